"""The answer kinds: for each, the one entry that says what an answer of that kind is.

An entry gives the kind's validation (a given answer -> the stored value, or AnswerError with
a message for people) and its printed form (the stored value -> the text the PDF and the
window show). Adding a kind means adding one entry to ``KINDS`` here and one widget factory
to ``gui/editor/answer_controls.ANSWER_CONTROLS``; the checklist schema accepts exactly the
kinds in ``KINDS``.

Not on the start-up path: the checklist schema imports this module, and formatting only when
an answer is printed.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from remotework_desktop.core import formatting as fmt
from remotework_desktop.core.codes import PLACES, WEEKDAYS
from remotework_desktop.core.text import t

if TYPE_CHECKING:
    from remotework_desktop.core.checklists import Item

MAX_TEXT = 20_000
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class AnswerError(ValueError):
    """An answer that does not fit its item; the message is for people."""


@dataclass(frozen=True)
class AnswerKind:
    """One kind of answer.

    ``validate(item, value)`` gets a given answer (never None: None always clears) and
    returns the value to store or raises AnswerError; ``printed(item, value, lang)`` gets an
    answered stored value and ``lang`` "da" or "en". ``options``: items of this kind list
    options to choose from; ``bounds``: they may set ``min`` and ``max``.
    """

    name: str
    validate: Callable[[Item, Any], Any]
    printed: Callable[[Item, Any, str], str]
    options: bool = False
    bounds: bool = False


# The shapes a given answer must have, strictly: nothing is converted ("1" is not 1, 1 is
# not True).
def _is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


def _is_option_ids(value: Any) -> bool:
    return isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)


def _is_number(value: Any) -> bool:
    """An int that is not a bool, or a finite float."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and math.isfinite(value))


def parse_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise AnswerError(t("checklists.not_a_date", value=value))


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def _not_a_choice(value: Any) -> AnswerError:
    return AnswerError(t("checklists.not_a_choice", value=value))


def _label(item: Item, value: Any, lang: str) -> str:
    option = item.option(str(value))
    return option.label(lang) if option else str(value)


# -- the kinds ----------------------------------------------------------------------------
def _check(item: Item, value: Any) -> bool:
    if not _is_bool(value):
        raise AnswerError(t("checklists.answer_not_yes_no"))
    return value


def _text(item: Item, value: Any) -> str:
    if not _is_text(value):
        raise AnswerError(t("checklists.answer_not_text"))
    if len(value) > MAX_TEXT:
        raise AnswerError(t("checklists.text_too_long"))
    return value


def _choice(item: Item, value: Any) -> str:
    if not _is_text(value) or item.option(value) is None:
        raise _not_a_choice(value)
    return value


def _multi(item: Item, value: Any) -> list[str]:
    if not _is_option_ids(value):
        raise AnswerError(t("checklists.answer_not_list"))
    order = [o.id for o in item.options]
    for v in value:
        if v not in order:
            raise _not_a_choice(v)
    return [o for o in order if o in set(value)]


def _date(item: Item, value: Any) -> str:
    return parse_date(value).isoformat()


def _number(item: Item, value: Any) -> int | float:
    if not _is_number(value):
        raise AnswerError(t("checklists.answer_not_number"))
    if item.min is not None and value < item.min:
        raise AnswerError(t("checklists.number_too_small", limit=_num(item.min)))
    if item.max is not None and value > item.max:
        raise AnswerError(t("checklists.number_too_big", limit=_num(item.max)))
    return int(value) if float(value).is_integer() else float(value)


def _schedule(item: Item, value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise AnswerError(t("checklists.week_plan_incomplete"))
    out: dict[str, str] = {}
    for day, place in value.items():
        if day not in WEEKDAYS:
            raise AnswerError(t("checklists.not_a_weekday", day=day))
        if place not in PLACES:
            raise AnswerError(t("checklists.not_a_place", place=place))
        out[day] = place
    return {d: out[d] for d in WEEKDAYS if d in out}


def _hours(item: Item, value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping) or set(value) != {"start", "end"}:
        raise AnswerError(t("checklists.hours_incomplete"))
    start, end = value["start"], value["end"]
    for clock in (start, end):
        if not (isinstance(clock, str) and _HHMM.match(clock)):
            raise AnswerError(
                t("checklists.start_not_a_time", start=clock)
                if clock is start
                else t("checklists.end_not_a_time", end=clock)
            )
    if end <= start:
        raise AnswerError(t("checklists.end_before_start"))
    return {"start": start, "end": end}


KINDS: dict[str, AnswerKind] = {
    kind.name: kind
    for kind in (
        AnswerKind(
            "check",
            _check,
            lambda item, value, lang: fmt.done_text(bool(value), lang),
        ),
        AnswerKind("text", _text, lambda item, value, lang: str(value)),
        AnswerKind("choice", _choice, _label, options=True),
        AnswerKind(
            "multi",
            _multi,
            lambda item, value, lang: ", ".join(_label(item, v, lang) for v in value),
            options=True,
        ),
        AnswerKind("date", _date, lambda item, value, lang: fmt.format_date(value, lang)),
        AnswerKind(
            "number",
            _number,
            lambda item, value, lang: fmt.format_number(value, lang),
            bounds=True,
        ),
        AnswerKind(
            "schedule", _schedule, lambda item, value, lang: fmt.format_schedule(value, lang)
        ),
        AnswerKind("hours", _hours, lambda item, value, lang: fmt.format_hours(value, lang)),
    )
}


def validate_answer(item: Item, value: Any) -> Any:
    """Check and normalise an answer for ``item``; None always clears it."""
    if value is None:
        return None
    kind = KINDS.get(item.kind)
    if kind is None:  # pragma: no cover - the schema accepts only registered kinds
        raise AnswerError(f"Ukendt type '{item.kind}'.")
    return kind.validate(item, value)
