"""Typed records: the small part of a validation library that the models need, and no more.

The checklists, the task finder and the meeting are declared as classes with annotated
fields (``Model``). Building one from a mapping checks every field against its type and
limits and collects every problem, each with its place (``loc``), a kind (``type``) and a
message (``msg``), in one ``ValidationError``; ``checklists._pretty`` and
``meetings.meeting_from_dict`` turn those into plain words. What a field may hold:
``str``, ``int``, ``float``, ``bool``, ``Any``, ``None``, ``Literal[...]``, ``list[X]``,
``tuple[X, Y]``, ``dict[K, V]``, unions (``X | None``), another ``Model``, and
``Annotated[X, Field(...)]`` with ``min_length``, ``max_length``, ``pattern``, ``ge``, ``le``,
a ``BeforeValidator`` or, for a union, a ``Discriminator`` picking a ``Tag``ged member.

Why not pydantic, which the program used before: importing it alone took ~170 ms (over half
of opening a meeting as soon as the window is shown, and of every command that reads one).
The behaviour kept from it, on which stored meetings and the error messages rest: fields in
declaration order, defaults not checked, ``extra="forbid"``, ``frozen``,
``validate_assignment``, lax numbers (``"5"`` and ``5.0`` are an int, an int is a float),
a union takes a member of the value's own type before converting, ``model_dump`` (python or
json mode, ``by_alias``, ``exclude_none``, ``exclude``, a field's ``exclude_if``),
``model_copy`` (not checked, as before).

No Qt, no third-party import: this module is on the path of every command.
"""

from __future__ import annotations

import copy
import re
import sys
import types
from collections.abc import Callable, Iterable, Mapping
from typing import Annotated, Any, ClassVar, Literal, Union, get_args, get_origin

_MISSING: Any = object()
_CLASS_VARS = ("ClassVar", "typing.ClassVar")
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

    def error_count(self) -> int:
        return len(self._errors)


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


def ConfigDict(
    *,
    extra: Literal["forbid", "ignore"] = "ignore",
    frozen: bool = False,
    validate_assignment: bool = False,
    populate_by_name: bool = False,
) -> dict[str, Any]:
    return {
        "extra": extra,
        "frozen": frozen,
        "validate_assignment": validate_assignment,
        "populate_by_name": populate_by_name,
    }


class ValidationInfo:
    """What a field validator taking a second argument gets: the field's name."""

    def __init__(self, field_name: str) -> None:
        self.field_name = field_name


class _FieldValidator:
    def __init__(self, func: Any, names: tuple[str, ...]) -> None:
        self.func = func.__func__ if isinstance(func, classmethod) else func
        self.names = names
        self.takes_info = self.func.__code__.co_argcount >= 3


class _ModelValidator:
    def __init__(self, func: Callable[[Any], Any]) -> None:
        self.func = func


def field_validator(*names: str) -> Callable[[Any], Any]:
    """``@field_validator("a", "b") @classmethod def f(cls, value[, info])``: runs after the
    type check of each named field and returns the value to keep (or raises ValueError)."""

    def mark(func: Any) -> Any:
        return _FieldValidator(func, names)

    return mark


def model_validator(*, mode: Literal["after"] = "after") -> Callable[[Any], Any]:
    """``@model_validator(mode="after") def f(self)``: runs once every field is checked, on
    the record (and on each assignment when assignments are checked); returns it."""

    def mark(func: Callable[[Any], Any]) -> Any:
        return _ModelValidator(func)

    return mark


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
    return isinstance(tp, type) and issubclass(tp, Model) and isinstance(value, tp)


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
    if isinstance(tp, type) and issubclass(tp, Model):
        return tp._check_value
    raise TypeError(f"{owner.__name__}: no check for the type {tp!r}")


# -- the records ----------------------------------------------------------------------------
class _Field:
    __slots__ = ("alias", "check", "default", "exclude_if", "factory", "name", "validators")

    def __init__(self, name: str, check: Check, info: FieldInfo) -> None:
        self.name = name
        self.alias = info.alias
        self.check = check
        self.default = info.default
        self.factory = info.default_factory
        self.exclude_if = info.exclude_if
        self.validators: list[_FieldValidator] = []

    @property
    def required(self) -> bool:
        return self.default is _MISSING and self.factory is None

    def make_default(self) -> Any:
        return self.factory() if self.factory is not None else self.default


class _Schema:
    def __init__(self, fields: list[_Field], after: list[_ModelValidator], config: dict) -> None:
        self.fields = fields
        self.by_name = {f.name: f for f in fields}
        self.after = after
        self.forbid = config.get("extra") == "forbid"
        self.by_name_too = bool(config.get("populate_by_name"))
        self.keys = {f.alias or f.name for f in fields}
        if self.by_name_too:
            self.keys |= set(self.by_name)


class _Fields:
    """``Record.model_fields``: the fields by name, in declaration order."""

    def __get__(self, obj: Any, cls: type[Model]) -> dict[str, FieldInfo]:
        return {name: cls._infos()[name] for name in cls._schema().by_name}


class Model:
    """A typed record; see the module docstring."""

    model_config: ClassVar[dict[str, Any]] = {}
    model_fields: ClassVar[Any] = _Fields()
    _declared: ClassVar[dict[str, tuple[Any, FieldInfo]]] = {}
    _field_validators: ClassVar[list[_FieldValidator]] = []
    _model_validators: ClassVar[list[_ModelValidator]] = []
    __hash__: ClassVar[Any] = None  # each record class sets its own (frozen: by its values)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # Not inspect.get_annotations: importing inspect costs more than the whole module.
        own = cls.__dict__.get("__annotations__", {})  # noqa: RUF063
        declared: dict[str, tuple[Any, FieldInfo]] = {}
        for name, annotation in own.items():
            if name.startswith("_") or name in ("model_config", "model_fields"):
                continue
            if isinstance(annotation, str) and annotation.startswith(_CLASS_VARS):
                continue
            default = cls.__dict__.get(name, _MISSING)
            if isinstance(default, FieldInfo):
                info = default
            else:
                info = FieldInfo()
                info.default = default
            if name in cls.__dict__:
                delattr(cls, name)
            declared[name] = (annotation, info)
        cls._declared = declared
        field_validators, model_validators = [], []
        for name, value in list(cls.__dict__.items()):
            if isinstance(value, _FieldValidator):
                field_validators.append(value)
                setattr(cls, name, classmethod(value.func))
            elif isinstance(value, _ModelValidator):
                model_validators.append(value)
                setattr(cls, name, value.func)
        cls._field_validators = field_validators
        cls._model_validators = model_validators
        cls._built = None
        if cls.model_config.get("frozen"):
            cls.__hash__ = Model._frozen_hash  # type: ignore[method-assign]
        else:
            cls.__hash__ = None  # type: ignore[assignment]

    # -- the schema, built on first use (annotations may name classes defined later) ------
    @classmethod
    def _records(cls) -> list[type[Model]]:
        return [k for k in reversed(cls.__mro__) if issubclass(k, Model) and k is not Model]

    @classmethod
    def _infos(cls) -> dict[str, FieldInfo]:
        infos: dict[str, FieldInfo] = {}
        for klass in cls._records():
            for name, (_, info) in klass.__dict__.get("_declared", {}).items():
                infos[name] = info
        return infos

    @classmethod
    def _schema(cls) -> _Schema:
        built = cls.__dict__.get("_built")
        if built is not None:
            return built
        fields: dict[str, _Field] = {}
        validators: list[_FieldValidator] = []
        after: list[_ModelValidator] = []
        for klass in cls._records():
            declared = klass.__dict__.get("_declared", {})
            module = sys.modules[klass.__module__].__dict__
            for name, (annotation, declared_info) in declared.items():
                info = declared_info
                # Annotations are text (``from __future__ import annotations``): read in the
                # declaring module, once every class it names exists.
                tp = eval(annotation, module) if isinstance(annotation, str) else annotation
                check = compile_type(tp, cls)
                if get_origin(tp) is Annotated:  # an alias given in Annotated counts too
                    for meta in get_args(tp)[1:]:
                        if isinstance(meta, FieldInfo):
                            info = meta.merged(info)
                fields.pop(name, None)
                fields[name] = _Field(name, check, info)
            validators.extend(klass.__dict__.get("_field_validators", []))
            after.extend(klass.__dict__.get("_model_validators", []))
        for validator in validators:
            for name in validator.names:
                fields[name].validators.append(validator)
        built = _Schema(list(fields.values()), after, cls.model_config)
        cls._built = built
        return built

    @classmethod
    def model_rebuild(cls) -> None:
        """Build the schema now (every name its annotations use must exist by then)."""
        cls._schema()

    # -- building -----------------------------------------------------------------------------
    @classmethod
    def _checked_fields(cls, data: Mapping[str, Any], loc: Loc) -> dict[str, Any]:
        schema = cls._schema()
        values: dict[str, Any] = {}
        errors: list[dict[str, Any]] = []
        for f in schema.fields:
            key = f.name
            if f.alias is not None and (f.alias in data or not schema.by_name_too):
                key = f.alias
            if key not in data:
                if f.required:
                    errors.append(_error("missing", "Field required", data, (*loc, key)))
                else:
                    values[f.name] = f.make_default()
                continue
            value = data[key]
            try:
                value = f.check(value, (*loc, key))
            except _Invalid as exc:
                errors.extend(exc.errors)
                continue
            for validator in f.validators:
                try:
                    if validator.takes_info:
                        value = validator.func(cls, value, ValidationInfo(f.name))
                    else:
                        value = validator.func(cls, value)
                except (ValueError, AssertionError) as exc:
                    errors.append(_from_exception(exc, value, (*loc, key)))
                    break
            values[f.name] = value
        if schema.forbid:
            for key in data:
                if key not in schema.keys:
                    msg = "Extra inputs are not permitted"
                    errors.append(_error("extra_forbidden", msg, data[key], (*loc, key)))
        if errors:
            raise _Invalid(errors)
        return values

    def _after(self, loc: Loc) -> Any:
        record = self
        for validator in self._schema().after:
            try:
                record = validator.func(record)
            except (ValueError, AssertionError) as exc:
                raise _Invalid([_from_exception(exc, self, loc)]) from None
        return record

    @classmethod
    def _check_value(cls, value: Any, loc: Loc) -> Any:
        if isinstance(value, cls):
            return value
        if not isinstance(value, Mapping):
            msg = f"Input should be a valid dictionary or instance of {cls.__name__}"
            raise _Invalid([_error("model_type", msg, value, loc)])
        record = cls.__new__(cls)
        record.__dict__.update(cls._checked_fields(value, loc))
        return record._after(loc)

    @classmethod
    def model_validate(cls, data: Any) -> Any:
        """A record built from ``data`` (a mapping), or ValidationError with every problem."""
        try:
            return cls._check_value(data, ())
        except _Invalid as exc:
            raise ValidationError(exc.errors, cls.__name__) from None

    def __init__(self, **data: Any) -> None:
        cls = type(self)
        try:
            self.__dict__.update(cls._checked_fields(data, ()))
            self._after(())
        except _Invalid as exc:
            raise ValidationError(exc.errors, cls.__name__) from None

    def __setattr__(self, name: str, value: Any) -> None:
        cls = type(self)
        schema = cls._schema()
        field = schema.by_name.get(name)
        if field is None:
            if name.startswith("_"):
                object.__setattr__(self, name, value)
                return
            raise ValueError(f'"{cls.__name__}" object has no field "{name}"')
        if cls.model_config.get("frozen"):
            error = _error("frozen_instance", "Instance is frozen", value, (name,))
            raise ValidationError([error], cls.__name__)
        if cls.model_config.get("validate_assignment"):
            try:
                value = field.check(value, (name,))
                for validator in field.validators:
                    try:
                        if validator.takes_info:
                            value = validator.func(cls, value, ValidationInfo(name))
                        else:
                            value = validator.func(cls, value)
                    except (ValueError, AssertionError) as exc:
                        raise _Invalid([_from_exception(exc, value, (name,))]) from None
                old = self.__dict__.get(name, _MISSING)
                self.__dict__[name] = value
                try:
                    self._after(())
                except _Invalid:
                    if old is _MISSING:
                        self.__dict__.pop(name, None)
                    else:
                        self.__dict__[name] = old
                    raise
            except _Invalid as exc:
                raise ValidationError(exc.errors, cls.__name__) from None
            return
        self.__dict__[name] = value

    # -- reading --------------------------------------------------------------------------
    def model_dump(
        self,
        *,
        mode: Literal["python", "json"] = "python",
        by_alias: bool = False,
        exclude_none: bool = False,
        exclude: Iterable[str] | None = None,
    ) -> dict[str, Any]:
        """The record as plain dicts and lists (json mode: tuples as lists too)."""
        left_out = set(exclude or ())
        out: dict[str, Any] = {}
        for f in self._schema().fields:
            if f.name in left_out:
                continue
            value = self.__dict__.get(f.name)
            if exclude_none and value is None:
                continue
            if f.exclude_if is not None and f.exclude_if(value):
                continue
            key = f.alias if by_alias and f.alias else f.name
            out[key] = _dump(value, mode == "json", by_alias, exclude_none)
        return out

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Any:
        """A copy (``deep``: nothing shared), with ``update``'s fields set as given."""
        record = type(self).__new__(type(self))
        state = copy.deepcopy(self.__dict__) if deep else dict(self.__dict__)
        state.update(update or {})
        record.__dict__.update(state)
        return record

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        names = self._schema().by_name
        return all(self.__dict__.get(n) == other.__dict__.get(n) for n in names)

    def _frozen_hash(self) -> int:
        return hash((type(self), *(self.__dict__.get(n) for n in self._schema().by_name)))

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={self.__dict__.get(n)!r}" for n in self._schema().by_name)
        return f"{type(self).__name__}({shown})"


def _dump(value: Any, json: bool, by_alias: bool, exclude_none: bool) -> Any:
    if isinstance(value, Model):
        return value.model_dump(
            mode="json" if json else "python", by_alias=by_alias, exclude_none=exclude_none
        )
    if isinstance(value, dict):
        return {k: _dump(v, json, by_alias, exclude_none) for k, v in value.items()}
    if isinstance(value, list):
        return [_dump(v, json, by_alias, exclude_none) for v in value]
    if isinstance(value, tuple):
        items = [_dump(v, json, by_alias, exclude_none) for v in value]
        return items if json else tuple(items)
    return value
