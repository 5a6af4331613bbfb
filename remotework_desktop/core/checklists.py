"""Checklist definitions: the schema, the loader/validator and the show-if conditions.

A checklist is one TOML file in ``checklists/``. Every file is checked (``core/schema.py``) on
load; a broken file yields one plain-language error per problem, naming the file and the
place in it, and never stops the other files from loading.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal, Union

from remotework_desktop.core import paths

# AnswerError, parse_date, validate_answer, PLACES and WEEKDAYS are imported from here too.
from remotework_desktop.core.answers import (  # noqa: F401
    KINDS,
    AnswerError,
    parse_date,
    validate_answer,
)
from remotework_desktop.core.codes import PLACES, WEEKDAYS  # noqa: F401
from remotework_desktop.core.fingerprint import canonical_digest
from remotework_desktop.core.schema import (
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    FieldError,
    Model,
    Tag,
    ValidationError,
    field_validator,
    model_validator,
)
from remotework_desktop.core.text import normalise_lang, t

# The kinds the program ships with; the schema accepts whatever ``answers.KINDS`` holds.
ITEM_KINDS: tuple[str, ...] = tuple(KINDS)
Audience = Literal["manager", "employee", "both"]
# Items can carry a `plan` key: which field of the printed agreed plan they fill.
PlanField = Literal[
    "reason",
    "home_days",
    "schedule",
    "contact_hours",
    "start_date",
    "trial_period",
    "evaluation_date",
    "ending",
    "equipment",
    "costs",
    "data_security",
    "contact_rhythm",
    "aids",
]
PLAN_FIELDS: tuple[str, ...] = PlanField.__args__  # type: ignore[attr-defined]
_ID = r"^[a-z][a-z0-9_-]{0,63}$"


class _Strict(Model):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Strict):
    """A text in Danish (first language) and English."""

    da: Annotated[str, Field(min_length=1)]
    en: Annotated[str, Field(min_length=1)]

    def get(self, lang: str) -> str:
        return self.en if normalise_lang(lang) == "en" else self.da


class Option(_Strict):
    id: Annotated[str, Field(pattern=_ID)]
    da: Annotated[str, Field(min_length=1)]
    en: Annotated[str, Field(min_length=1)]

    def label(self, lang: str) -> str:
        return self.en if normalise_lang(lang) == "en" else self.da


CompareOp = Literal["eq", "ne", "gt", "ge", "lt", "le", "in", "contains", "answered"]


class Compare(_Strict):
    """Compare the answer of another item in the same checklist with a value."""

    item: Annotated[str, Field(pattern=_ID)]
    op: CompareOp = "eq"
    value: Any = None


class AllOf(_Strict):
    all: Annotated[list[Condition], Field(min_length=1)]


class AnyOf(_Strict):
    any: Annotated[list[Condition], Field(min_length=1)]


class NotOf(_Strict):
    not_: Condition = Field(alias="not")


def _condition_tag(value: Any) -> str:
    if isinstance(value, Mapping):
        for key in ("all", "any", "not"):
            if key in value:
                return key
        return "compare"
    return {AllOf: "all", AnyOf: "any", NotOf: "not"}.get(type(value), "compare")


# A condition is picked by its key, so a mistake is reported for the branch that was meant.
Condition = Annotated[
    Union[  # noqa: UP007 (recursive alias)
        Annotated[Compare, Tag("compare")],
        Annotated[AllOf, Tag("all")],
        Annotated[AnyOf, Tag("any")],
        Annotated[NotOf, Tag("not")],
    ],
    Discriminator(_condition_tag),
]


def _known_kind(value: Any) -> Any:
    """A kind in the registry; otherwise the error a Literal of the kinds would give."""
    if isinstance(value, str) and value in KINDS:
        return value
    names = [f"'{name}'" for name in KINDS]
    expected = f"{', '.join(names[:-1])} or {names[-1]}" if len(names) > 1 else names[0]
    raise FieldError("literal_error", "Input should be {expected}", {"expected": expected})


class Item(_Strict):
    id: Annotated[str, Field(pattern=_ID)]
    kind: Annotated[str, BeforeValidator(_known_kind)]
    audience: Audience = "both"
    prompt: Text
    help: Text
    options: list[Option] = Field(default_factory=list)
    show_if: Condition | None = None
    private: bool = False
    actionable: bool = True
    plan: PlanField | None = None
    min: float | None = None
    max: float | None = None

    @model_validator(mode="after")
    def _check_options(self) -> Item:
        kind = KINDS[self.kind]
        if kind.options:
            if len(self.options) < 2:
                raise ValueError(f"a '{self.kind}' item needs at least two options")
            ids = [o.id for o in self.options]
            dup = sorted({i for i in ids if ids.count(i) > 1})
            if dup:
                raise ValueError(f"option id '{dup[0]}' is used twice")
        elif self.options:
            raise ValueError(f"a '{self.kind}' item cannot have options")
        if (self.min is not None or self.max is not None) and not kind.bounds:
            with_bounds = " or ".join(f"'{k.name}'" for k in KINDS.values() if k.bounds)
            raise ValueError(f"only {with_bounds} items can have min and max")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("min is larger than max")
        return self

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


class Section(_Strict):
    id: Annotated[str, Field(pattern=_ID)]
    title: Text
    intro: Text | None = None
    items: Annotated[list[Item], Field(min_length=1)]


class ChecklistDefinition(_Strict):
    """One checklist as loaded and validated from its file."""

    id: Annotated[str, Field(pattern=_ID)]
    version: Annotated[int, Field(ge=1)]
    title: Text
    intro: Text
    order: int = 100
    sections: Annotated[list[Section], Field(min_length=1)]

    @field_validator("sections")
    @classmethod
    def _unique_ids(cls, sections: list[Section]) -> list[Section]:
        seen_sections: set[str] = set()
        seen_items: set[str] = set()
        plans: set[str] = set()
        for section in sections:
            if section.id in seen_sections:
                raise ValueError(f"section id '{section.id}' is used twice")
            seen_sections.add(section.id)
            for item in section.items:
                if item.id in seen_items:
                    raise ValueError(f"item id '{item.id}' is used twice")
                seen_items.add(item.id)
                if item.plan:
                    if item.plan in plans:
                        raise ValueError(f"plan field '{item.plan}' is given to two items")
                    plans.add(item.plan)
        return sections

    @model_validator(mode="after")
    def _check_conditions(self) -> ChecklistDefinition:
        items = {i.id: i for i in self.items()}
        for item in self.items():
            if item.show_if is not None:
                for ref in _condition_refs(item.show_if):
                    if ref.item not in items:
                        raise ValueError(
                            f"item '{item.id}': show_if refers to unknown item '{ref.item}'"
                        )
                    if ref.item == item.id:
                        raise ValueError(f"item '{item.id}': show_if refers to itself")
                    target = items[ref.item]
                    # Checked here so a bad value is a file error, not a crash or a silent
                    # substring test when the condition is evaluated.
                    if ref.op == "in" and not isinstance(ref.value, list):
                        raise ValueError(
                            f"item '{item.id}': show_if with op 'in' needs a list of values"
                        )
                    has_options = KINDS[target.kind].options
                    if has_options and ref.op in ("eq", "ne", "contains"):
                        values = [ref.value]
                    elif has_options and ref.op == "in":
                        values = list(ref.value or [])
                    else:
                        values = []
                    for v in values:
                        if target.option(str(v)) is None:
                            raise ValueError(
                                f"item '{item.id}': show_if uses '{v}', which is not an "
                                f"option of '{ref.item}'"
                            )
        return self

    # -- helpers -------------------------------------------------------------------------
    def items(self) -> Iterable[Item]:
        for section in self.sections:
            yield from section.items

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self.items() if i.id == item_id), None)

    def section_of(self, item_id: str) -> Section | None:
        return next((s for s in self.sections if any(i.id == item_id for i in s.items)), None)

    def snapshot(self) -> dict[str, Any]:
        """A plain JSON-able copy, kept with every meeting started from this definition."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)

    def digest(self) -> str:
        """SHA-256 of the canonical snapshot: the identity of this exact text."""
        return canonical_digest(self.snapshot())

    @classmethod
    def from_snapshot(cls, data: Mapping[str, Any]) -> ChecklistDefinition:
        return cls.model_validate(data)


def _condition_refs(cond: Condition) -> Iterable[Compare]:
    if isinstance(cond, Compare):
        yield cond
    elif isinstance(cond, AllOf):
        for c in cond.all:
            yield from _condition_refs(c)
    elif isinstance(cond, AnyOf):
        for c in cond.any:
            yield from _condition_refs(c)
    elif isinstance(cond, NotOf):
        yield from _condition_refs(cond.not_)


# -- conditions ---------------------------------------------------------------------------
# A condition has three outcomes: True (it holds), False (it does not) and None (unknown:
# an answer it depends on is still missing). Unknown combines as in three-valued logic:
# "all" is False as soon as one part is False, "any" is True as soon as one part is True.
def condition_state(cond: Condition | None, answers: Mapping[str, Any]) -> bool | None:
    """True, False, or None while the answers the condition depends on are missing."""
    if cond is None:
        return True
    if isinstance(cond, AllOf):
        states = [condition_state(c, answers) for c in cond.all]
        if False in states:
            return False
        return None if None in states else True
    if isinstance(cond, AnyOf):
        states = [condition_state(c, answers) for c in cond.any]
        if True in states:
            return True
        return None if None in states else False
    if isinstance(cond, NotOf):
        state = condition_state(cond.not_, answers)
        return None if state is None else not state
    value = answers.get(cond.item)
    op = cond.op
    if op == "answered":
        return is_answered(value)
    if not is_answered(value):
        return None
    try:
        if op == "eq":
            return bool(value == cond.value)
        if op == "ne":
            return bool(value != cond.value)
        if op == "gt":
            return bool(value > cond.value)
        if op == "ge":
            return bool(value >= cond.value)
        if op == "lt":
            return bool(value < cond.value)
        if op == "le":
            return bool(value <= cond.value)
        if op == "in":
            return value in (cond.value or [])
        if op == "contains":
            return cond.value in value
    except TypeError:
        return False
    return False


def evaluate(cond: Condition | None, answers: Mapping[str, Any]) -> bool:
    """True when the condition holds for the answers given (unknown counts as not holding)."""
    return condition_state(cond, answers) is True


def visible_items(definition: ChecklistDefinition, answers: Mapping[str, Any]) -> list[Item]:
    """The items to show, in order: all but those the answers rule out.

    An item whose condition is still unknown is shown (see ``pending_items``), so a rule
    that may apply is never hidden just because a question is not answered yet.
    """
    return [i for i in definition.items() if condition_state(i.show_if, answers) is not False]


def pending_items(definition: ChecklistDefinition, answers: Mapping[str, Any]) -> list[Item]:
    """The shown items whose condition is unknown: they depend on answers not given yet."""
    return [i for i in definition.items() if condition_state(i.show_if, answers) is None]


def is_answered(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str | list | dict):
        return bool(value)
    return True


# -- loading ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChecklistError:
    """One problem in one checklist file, in a line a person can act on."""

    file: str
    place: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.place}: " if self.place else f"{self.file}: "
        return where + self.message


@dataclass
class LoadResult:
    definitions: dict[str, ChecklistDefinition] = field(default_factory=dict)
    errors: list[ChecklistError] = field(default_factory=list)

    def ordered(self) -> list[ChecklistDefinition]:
        return sorted(self.definitions.values(), key=lambda d: (d.order, d.id))


def _place(raw: Any, loc: tuple[Any, ...]) -> str:
    """Turn a record's error location into 'section 'x' item 'y' field' using the file's own ids."""
    parts: list[str] = []
    node = raw
    i = 0
    while i < len(loc):
        key = loc[i]
        if key in ("sections", "items", "options") and i + 1 < len(loc):
            idx = loc[i + 1]
            label = {"sections": "section", "items": "item", "options": "option"}[key]
            child = None
            if isinstance(node, Mapping):
                seq = node.get(key)
                if isinstance(seq, list) and isinstance(idx, int) and idx < len(seq):
                    child = seq[idx]
            ident = child.get("id") if isinstance(child, Mapping) else None
            parts.append(f"{label} '{ident}'" if ident else f"{label} #{int(idx) + 1}")
            node = child
            i += 2
            continue
        if isinstance(key, str) and key not in ("compare", "all", "any", "not"):
            parts.append(key)
        node = node.get(key) if isinstance(node, Mapping) else None
        i += 1
    return " ".join(parts)


def _pretty(err: Mapping[str, Any]) -> str:
    kind = err.get("type", "")
    msg = str(err.get("msg", "invalid"))
    if kind == "missing":
        return "is missing"
    if kind == "extra_forbidden":
        return "is not a known field (check the spelling)"
    if kind == "literal_error":
        return msg.replace("Input should be", "must be")
    if kind == "string_pattern_mismatch":
        return "must be lower-case letters, digits, '-' or '_' and start with a letter"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "too_short":
        return "must not be empty"
    msg = msg.removeprefix("Value error, ")
    return msg.replace("Input should be", "must be")


def read_toml(text: str, file: str) -> tuple[dict[str, Any] | None, list[ChecklistError]]:
    """The TOML in ``text``, or one named error (bad syntax, nested too deeply)."""
    import tomllib  # here: reading a meeting (an export, say) parses no TOML

    try:
        return tomllib.loads(text), []
    except RecursionError:
        # tomllib recurses per nesting level; a damaged file must not crash the program.
        return None, [ChecklistError(file, "", "not valid TOML: nested too deeply")]
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = re.search(r"\(at line (\d+), column (\d+)\)", msg)
        place = f"line {m.group(1)}, column {m.group(2)}" if m else ""
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", msg) or "not valid TOML"
        return None, [ChecklistError(file, place, f"not valid TOML: {reason}")]


def parse_checklist(text: str, file: str = "<text>") -> tuple[ChecklistDefinition | None, list]:
    """Parse and validate one checklist file's text; returns the definition or the errors."""
    raw, problems = read_toml(text, file)
    if raw is None:
        return None, problems
    if not raw:
        # One clear line instead of five "is missing" lines for an empty file.
        return None, [ChecklistError(file, "", "is empty (no checklist in it)")]
    try:
        return ChecklistDefinition.model_validate(raw), []
    except ValidationError as exc:
        errors = []
        seen: set[tuple[str, str]] = set()
        for err in exc.errors():
            loc = tuple(err.get("loc", ()))
            # Union branches of a condition each report; keep the first per place.
            place = _place(raw, loc)
            key = (place.split(" show_if")[0] if "show_if" in place else place, "")
            if "show_if" in place and key in seen:
                continue
            seen.add(key)
            errors.append(ChecklistError(file, place, _pretty(err)))
        return None, errors


# A checklist is a few tens of kilobytes; anything far bigger is not one (and is not parsed).
MAX_CHECKLIST_BYTES = 1024 * 1024


def load_file(path: Path) -> tuple[ChecklistDefinition | None, list[ChecklistError]]:
    try:
        # Only a regular file: a device (/dev/zero) or a pipe would never end.
        if not stat.S_ISREG(path.stat().st_mode):
            return None, [
                ChecklistError(
                    path.name,
                    "",
                    t("checklists.not_regular_file"),
                )
            ]
        with path.open("rb") as f:
            data = f.read(MAX_CHECKLIST_BYTES + 1)
    except OSError as exc:
        return None, [ChecklistError(path.name, "", f"cannot be read ({exc.strerror or exc})")]
    if len(data) > MAX_CHECKLIST_BYTES:
        return None, [
            ChecklistError(
                path.name,
                "",
                t("checklists.too_big"),
            )
        ]
    try:
        # utf-8-sig: a byte order mark at the start (Notepad writes one) is not part of the text.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, [
            ChecklistError(path.name, f"byte {exc.start}", "is not UTF-8 text (save it as UTF-8)")
        ]
    return parse_checklist(text, path.name)


# The task finder's file lives beside the checklists but is not one (core/tasks.py reads it).
TASKS_FILE = "tasks.toml"


def _checklist_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.toml") if p.name != TASKS_FILE)


def load_checklists(paths_: Iterable[Path] | None = None) -> LoadResult:
    """Load every checklist file (default: the shipped ones). Never raises for bad files."""
    if paths_ is None:
        folder = paths.checklists_dir()
        files = _checklist_files(folder) if folder.is_dir() else []
    else:
        files = []
        for given in paths_:
            p = Path(given)
            files.extend(_checklist_files(p) if p.is_dir() else [p])
    result = LoadResult()
    for f in files:
        definition, errors = load_file(f)
        if definition is None:
            result.errors.extend(errors)
            continue
        if definition.id in result.definitions:
            result.errors.append(
                ChecklistError(f.name, "id", f"checklist id '{definition.id}' is already used")
            )
            continue
        result.definitions[definition.id] = definition
    return result
