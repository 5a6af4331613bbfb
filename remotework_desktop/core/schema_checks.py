"""The checks behind the typed records (``core/schema.py``): a field's declaration
(``Field``, ``BeforeValidator``, ``Discriminator``, ``Tag``), the errors, and one check per type
a field may have (``compile_type``), each collecting every problem with its place.

Standard library only, like ``core/schema.py``, which is what the models import.
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable, Iterable, Mapping
from typing import Annotated, Any, Literal, Union, get_args, get_origin

_MISSING: Any = object()
Loc = tuple[Any, ...]
Check = Callable[[Any, Loc], Any]


# -- errors -------------------------------------------------------------------------------
def _error(kind: str, msg: str, value: Any, loc: Loc) -> dict[str, Any]:
    return {"type": kind, "loc": tuple(loc), "msg": msg, "input": value}


class _Invalid(Exception):
    def __init__(self, errors: list[dict[str, Any]]) -> None:
        super().__init__(errors)
        self.errors = errors


class ValidationError(ValueError):
    """Every problem found building one record; ``errors()`` lists them (type, loc, msg)."""

    def __init__(self, errors: list[dict[str, Any]], title: str = "") -> None:
        self._errors = errors
        self.title = title
        lines = [f"{len(errors)} validation error{'s' if len(errors) != 1 else ''} for {title}"]
        for err in errors:
            lines.append(".".join(str(p) for p in err["loc"]) or "(the record)")
            lines.append(f"  {err['msg']} [type={err['type']}]")
        super().__init__("\n".join(lines))

    def errors(self) -> list[dict[str, Any]]:
        return [dict(err) for err in self._errors]


class FieldError(ValueError):
    """Raised by a validator to report its own kind of problem (``kind``) and message;
    ``{name}`` in the message is filled from ``context``."""

    def __init__(self, kind: str, message: str, context: Mapping[str, Any] | None = None) -> None:
        self.kind = kind
        self.message = message.format(**(context or {}))
        super().__init__(self.message)


def _from_exception(exc: Exception, value: Any, loc: Loc) -> dict[str, Any]:
    if isinstance(exc, FieldError):
        return _error(exc.kind, exc.message, value, loc)
    if isinstance(exc, AssertionError):
        return _error("assertion_error", f"Assertion failed, {exc}", value, loc)
    return _error("value_error", f"Value error, {exc}", value, loc)


# -- declaring fields -----------------------------------------------------------------------
class FieldInfo:
    """A field's default and limits, from ``Field(...)`` (as the default or in Annotated)."""

    __slots__ = (
        "alias",
        "default",
        "default_factory",
        "exclude_if",
        "ge",
        "le",
        "max_length",
        "min_length",
        "pattern",
    )

    def __init__(self, **given: Any) -> None:
        for name in self.__slots__:
            setattr(self, name, given.get(name))
        if self.default is None and "default" not in given:
            self.default = _MISSING

    def merged(self, other: FieldInfo) -> FieldInfo:
        out = FieldInfo()
        for name in self.__slots__:
            mine, theirs = getattr(self, name), getattr(other, name)
            setattr(out, name, theirs if theirs not in (None, _MISSING) else mine)
        return out


def Field(
    default: Any = _MISSING,
    *,
    default_factory: Callable[[], Any] | None = None,
    alias: str | None = None,
    min_length: int | None = None,
    max_length: int | None = None,
    pattern: str | None = None,
    ge: float | None = None,
    le: float | None = None,
    exclude_if: Callable[[Any], bool] | None = None,
) -> Any:
    info = FieldInfo(
        default_factory=default_factory,
        alias=alias,
        min_length=min_length,
        max_length=max_length,
        pattern=pattern,
        ge=ge,
        le=le,
        exclude_if=exclude_if,
    )
    info.default = default
    return info


class BeforeValidator:
    """In Annotated: ``func(value)`` runs before the type check (and may raise)."""

    def __init__(self, func: Callable[[Any], Any]) -> None:
        self.func = func


class Discriminator:
    """In Annotated around a union: ``func(value)`` names the ``Tag`` of the member to use."""

    def __init__(self, func: Callable[[Any], str]) -> None:
        self.func = func


class Tag:
    def __init__(self, name: str) -> None:
        self.name = name


# -- checking values ------------------------------------------------------------------------
_TRUE = frozenset({"1", "on", "t", "true", "y", "yes"})
_FALSE = frozenset({"0", "off", "f", "false", "n", "no"})
_INT_TEXT = re.compile(r"^[+-]?\d+$")


def _check_any(value: Any, loc: Loc) -> Any:
    return value


def _check_none(value: Any, loc: Loc) -> Any:
    if value is None:
        return None
    raise _Invalid([_error("none_required", "Input should be None", value, loc)])


def _check_str(value: Any, loc: Loc) -> str:
    if isinstance(value, str):
        return value
    raise _Invalid([_error("string_type", "Input should be a valid string", value, loc)])


def _check_int(value: Any, loc: Loc) -> int:
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        msg = "Input should be a valid integer, got a number with a fractional part"
        raise _Invalid([_error("int_from_float", msg, value, loc)])
    if isinstance(value, str):
        text = value.strip()
        if _INT_TEXT.match(text):
            return int(text)
        msg = "Input should be a valid integer, unable to parse string as an integer"
        raise _Invalid([_error("int_parsing", msg, value, loc)])
    raise _Invalid([_error("int_type", "Input should be a valid integer", value, loc)])


def _check_float(value: Any, loc: Loc) -> float:
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            pass
        msg = "Input should be a valid number, unable to parse string as a number"
        raise _Invalid([_error("float_parsing", msg, value, loc)])
    raise _Invalid([_error("float_type", "Input should be a valid number", value, loc)])


def _check_bool(value: Any, loc: Loc) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE or text in _FALSE:
            return text in _TRUE
        msg = "Input should be a valid boolean, unable to interpret input"
        raise _Invalid([_error("bool_parsing", msg, value, loc)])
    raise _Invalid([_error("bool_type", "Input should be a valid boolean", value, loc)])


_PRIMITIVES: dict[Any, Check] = {
    Any: _check_any,
    object: _check_any,
    str: _check_str,
    int: _check_int,
    float: _check_float,
    bool: _check_bool,
    None: _check_none,
    type(None): _check_none,
}


def _words(values: Iterable[Any]) -> str:
    shown = [repr(v) for v in values]
    return f"{', '.join(shown[:-1])} or {shown[-1]}" if len(shown) > 1 else shown[0]


def _literal(values: tuple[Any, ...]) -> Check:
    msg = f"Input should be {_words(values)}"

    def check(value: Any, loc: Loc) -> Any:
        for allowed in values:
            if value == allowed and type(value) is type(allowed):
                return allowed
        raise _Invalid([_error("literal_error", msg, value, loc)])

    return check


def _sequence_of(item: Check) -> Check:
    def check(value: Any, loc: Loc) -> list[Any]:
        if not isinstance(value, list | tuple):
            raise _Invalid([_error("list_type", "Input should be a valid list", value, loc)])
        out, errors = [], []
        for index, element in enumerate(value):
            try:
                out.append(item(element, (*loc, index)))
            except _Invalid as exc:
                errors.extend(exc.errors)
        if errors:
            raise _Invalid(errors)
        return out

    return check


def _tuple_of(items: list[Check]) -> Check:
    def check(value: Any, loc: Loc) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise _Invalid([_error("tuple_type", "Input should be a valid tuple", value, loc)])
        if len(value) > len(items):
            msg = f"Tuple should have at most {len(items)} items after validation, not {len(value)}"
            raise _Invalid([_error("too_long", msg, value, loc)])
        out, errors = [], []
        for index, item in enumerate(items):
            if index >= len(value):
                errors.append(_error("missing", "Field required", value, (*loc, index)))
                continue
            try:
                out.append(item(value[index], (*loc, index)))
            except _Invalid as exc:
                errors.extend(exc.errors)
        if errors:
            raise _Invalid(errors)
        return tuple(out)

    return check


def _mapping_of(key: Check, item: Check) -> Check:
    def check(value: Any, loc: Loc) -> dict[Any, Any]:
        if not isinstance(value, Mapping):
            raise _Invalid([_error("dict_type", "Input should be a valid dictionary", value, loc)])
        out, errors = {}, []
        for k, v in value.items():
            try:
                checked_key = key(k, (*loc, k))
                out[checked_key] = item(v, (*loc, k))
            except _Invalid as exc:
                errors.extend(exc.errors)
        if errors:
            raise _Invalid(errors)
        return out

    return check


def _is_record(tp: Any) -> bool:
    """A ``schema.Model`` class (known by its check, as that module imports this one)."""
    return isinstance(tp, type) and hasattr(tp, "_check_value")


def _exact(tp: Any, value: Any) -> bool:
    """True when ``value`` is already of ``tp`` as it is (a union prefers such a member)."""
    if tp in (Any, object):
        return True
    if tp in (None, type(None)):
        return value is None
    if tp in (str, int, float, bool):
        return type(value) is tp
    origin = get_origin(tp)
    if origin is Annotated:
        return _exact(get_args(tp)[0], value)
    if origin is Literal:
        return any(value == v and type(value) is type(v) for v in get_args(tp))
    if origin in (list, tuple, dict):
        return isinstance(value, origin)
    return _is_record(tp) and isinstance(value, tp)


def _union(members: tuple[Any, ...], owner: type) -> Check:
    # ``X | None`` is X that may be None: a problem is reported as X's alone.
    nullable = any(tp in (None, type(None)) for tp in members)
    checks = [(tp, compile_type(tp, owner)) for tp in members if tp not in (None, type(None))]
    if nullable and len(checks) == 1:
        only = checks[0][1]

        def check_nullable(value: Any, loc: Loc) -> Any:
            return None if value is None else only(value, loc)

        return check_nullable

    def check(value: Any, loc: Loc) -> Any:
        if value is None and nullable:
            return None
        for tp, member in checks:
            if _exact(tp, value):
                try:
                    return member(value, loc)
                except _Invalid:
                    pass
        errors: list[dict[str, Any]] = []
        for _, member in checks:
            try:
                return member(value, loc)
            except _Invalid as exc:
                errors.extend(exc.errors)
        raise _Invalid(errors)

    return check


def _tagged_union(members: tuple[Any, ...], choose: Discriminator, owner: type) -> Check:
    by_tag: dict[str, Check] = {}
    for tp in members:
        tag = next((m for m in get_args(tp)[1:] if isinstance(m, Tag)), None)
        if tag is None:
            raise TypeError(f"every member of a tagged union needs a Tag: {tp}")
        by_tag[tag.name] = compile_type(tp, owner)
    expected = _words(by_tag)

    def check(value: Any, loc: Loc) -> Any:
        tag = choose.func(value)
        member = by_tag.get(tag)
        if member is None:
            msg = (
                f"Input tag {tag!r} found using the discriminator does not match any of the "
                f"expected tags: {expected}"
            )
            raise _Invalid([_error("union_tag_invalid", msg, value, loc)])
        return member(value, (*loc, tag))

    return check


def _limited(base: Check, info: FieldInfo) -> Check:
    """``base`` and then the limits in ``info`` (lengths, pattern, bounds)."""
    low, high = info.min_length, info.max_length
    pattern = re.compile(info.pattern) if info.pattern is not None else None
    ge, le = info.ge, info.le
    if low is None and high is None and pattern is None and ge is None and le is None:
        return base

    def check(value: Any, loc: Loc) -> Any:
        value = base(value, loc)
        if isinstance(value, str):
            what, unit = "String", "character"
            kind = "string_too_short"
        else:
            what, unit = "List", "item"
            kind = "too_short"
        if low is not None and len(value) < low:
            extra = "" if what == "String" else f" after validation, not {len(value)}"
            msg = f"{what} should have at least {low} {unit}{'s' if low != 1 else ''}{extra}"
            raise _Invalid([_error(kind, msg, value, loc)])
        if high is not None and len(value) > high:
            extra = "" if what == "String" else f" after validation, not {len(value)}"
            msg = f"{what} should have at most {high} {unit}{'s' if high != 1 else ''}{extra}"
            long_kind = "string_too_long" if what == "String" else "too_long"
            raise _Invalid([_error(long_kind, msg, value, loc)])
        if pattern is not None and not pattern.search(value):
            msg = f"String should match pattern '{pattern.pattern}'"
            raise _Invalid([_error("string_pattern_mismatch", msg, value, loc)])
        if ge is not None and value < ge:
            msg = f"Input should be greater than or equal to {ge}"
            raise _Invalid([_error("greater_than_equal", msg, value, loc)])
        if le is not None and value > le:
            msg = f"Input should be less than or equal to {le}"
            raise _Invalid([_error("less_than_equal", msg, value, loc)])
        return value

    return check


def _before(func: Callable[[Any], Any], base: Check) -> Check:
    def check(value: Any, loc: Loc) -> Any:
        try:
            value = func(value)
        except (ValueError, AssertionError) as exc:
            raise _Invalid([_from_exception(exc, value, loc)]) from None
        return base(value, loc)

    return check


def compile_type(tp: Any, owner: type) -> Check:
    """The check for a value of type ``tp`` (``owner``: the record declaring it)."""
    if tp in _PRIMITIVES:
        return _PRIMITIVES[tp]
    origin = get_origin(tp)
    args = get_args(tp)
    if origin is Annotated:
        base, *meta = args
        choose = next((m for m in meta if isinstance(m, Discriminator)), None)
        if choose is not None:
            check = _tagged_union(get_args(base), choose, owner)
        else:
            check = compile_type(base, owner)
        infos = [m for m in meta if isinstance(m, FieldInfo)]
        if infos:
            info = infos[0]
            for more in infos[1:]:
                info = info.merged(more)
            check = _limited(check, info)
        for m in reversed(meta):
            if isinstance(m, BeforeValidator):
                check = _before(m.func, check)
        return check
    if origin is Literal:
        return _literal(args)
    if origin in (Union, types.UnionType):
        return _union(args, owner)
    if origin is list:
        return _sequence_of(compile_type(args[0], owner) if args else _check_any)
    if origin is tuple:
        return _tuple_of([compile_type(a, owner) for a in args])
    if origin in (dict, Mapping) or tp in (dict, Mapping):
        key, value = args if args else (Any, Any)
        return _mapping_of(compile_type(key, owner), compile_type(value, owner))
    if tp is list:
        return _sequence_of(_check_any)
    if _is_record(tp):
        return tp._check_value
    raise TypeError(f"{owner.__name__}: no check for the type {tp!r}")
