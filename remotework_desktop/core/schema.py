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

No Qt, no third-party import: this module is on the path of every command. The checks per
type and the errors are in ``core/schema_checks.py``.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Annotated, Any, ClassVar, Literal, get_args, get_origin

from remotework_desktop.core.schema_checks import (
    _MISSING,
    BeforeValidator,
    Check,
    Discriminator,
    Field,
    FieldError,
    FieldInfo,
    Loc,
    Tag,
    ValidationError,
    _error,
    _from_exception,
    _Invalid,
    compile_type,
)

__all__ = [
    "BeforeValidator",
    "ConfigDict",
    "Discriminator",
    "Field",
    "FieldError",
    "FieldInfo",
    "Model",
    "Tag",
    "ValidationError",
    "ValidationInfo",
    "field_validator",
    "model_validator",
]
_CLASS_VARS = ("ClassVar", "typing.ClassVar")


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


# -- the records ----------------------------------------------------------------------------
class _Field:
    __slots__ = ("alias", "check", "default", "exclude_if", "factory", "info", "name", "validators")

    def __init__(self, name: str, check: Check, info: FieldInfo) -> None:
        self.name = name
        self.info = info
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

    def validate(self, owner: type, value: Any, loc: Loc) -> Any:
        """``value`` checked against the type, then through the field validators."""
        value = self.check(value, loc)
        for validator in self.validators:
            try:
                if validator.takes_info:
                    value = validator.func(owner, value, ValidationInfo(self.name))
                else:
                    value = validator.func(owner, value)
            except (ValueError, AssertionError) as exc:
                raise _Invalid([_from_exception(exc, value, loc)]) from None
        return value


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
        return {f.name: f.info for f in cls._schema().fields}


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
            try:
                values[f.name] = f.validate(cls, data[key], (*loc, key))
            except _Invalid as exc:
                errors.extend(exc.errors)
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
                value = field.validate(cls, value, (name,))
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
