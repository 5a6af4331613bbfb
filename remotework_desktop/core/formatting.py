"""Turn answers, dates, times, statuses and owners into readable Danish or English text.

One place for these words so the PDF and the GUI say the same thing the same way.
Every function takes ``lang`` ("da" or "en"; anything else falls back to Danish).

The meeting list formats dates while the program starts, so this module must not import the
checklist and meeting models at import time: the functions that need them import
them when called, by which time a meeting is open and they are loaded anyway.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from remotework_desktop.core.codes import PLACES, WEEKDAYS
from remotework_desktop.core.text import LANGUAGES, normalise_lang, t

if TYPE_CHECKING:
    from remotework_desktop.core.checklists import Item
    from remotework_desktop.core.meetings import Action, Meeting


# The PDF renderer still reads these two as {lang: text}; the words live in core.text.
NOT_DISCUSSED = {lang: t("item.not_discussed", lang) for lang in LANGUAGES}
# Marks an item whose show-if condition is still unknown (checklists.pending_items).
DEPENDS_ON_ANSWERS = {lang: t("item.depends_on_answers", lang) for lang in LANGUAGES}


def format_date(value: str | dt.date | None, lang: str = "da") -> str:
    """'2026-11-26' -> '26. november 2026' (da) / '26 November 2026' (en); '' for None."""
    if value in (None, ""):
        return ""
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    if isinstance(day, dt.datetime):
        day = day.date()
    month = t(f"month.{day.month}", lang)
    return t("format.date", lang, day=day.day, month=month, year=day.year)


def format_clock(hhmm: str, lang: str = "da") -> str:
    """'09:30' -> '09.30' in Danish (the Danish way to write a time), unchanged in English."""
    return hhmm.replace(":", ".") if normalise_lang(lang) == "da" else hhmm


def format_datetime(value: str | dt.datetime, lang: str = "da", tz: dt.tzinfo | None = None) -> str:
    """An ISO timestamp as local time: '26. november 2026 kl. 14.05' / '26 November 2026, 14:05'.

    ``tz`` None means the computer's own time zone; a naive timestamp is taken as UTC
    (the meeting model stores UTC).
    """
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone(tz) if tz is not None else moment.astimezone()
    clock = format_clock(f"{local.hour:02d}:{local.minute:02d}", lang)
    return t("format.datetime", lang, date=format_date(local.date(), lang), clock=clock)


def format_number(value: float | int, lang: str = "da") -> str:
    """A number with a decimal comma in Danish; whole numbers without decimals."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return text.replace(".", ",") if normalise_lang(lang) == "da" else text


def format_hours(value: Mapping[str, str], lang: str = "da") -> str:
    """{'start': '09:00', 'end': '15:00'} -> 'kl. 09.00–15.00' / '09:00–15:00'."""
    span = f"{format_clock(value['start'], lang)}–{format_clock(value['end'], lang)}"
    return t("format.hours", lang, span=span)


def weekday_name(day: str, lang: str = "da") -> str:
    return t(f"weekday.{day}", lang)


def place_label(place: str, lang: str = "da") -> str:
    return t(f"place.{place}", lang)


def format_schedule(value: Mapping[str, str], lang: str = "da") -> str:
    """A weekday schedule as one line grouped by place: 'Hjemme: mandag, tirsdag. ...'."""
    parts = []
    for place in PLACES:
        days = [weekday_name(d, lang) for d in WEEKDAYS if value.get(d) == place]
        if days:
            parts.append(f"{place_label(place, lang)}: {', '.join(days)}")
    return ". ".join(parts)


def format_answer(item: Item, value: Any, lang: str = "da") -> str:
    """An answer as text for people; '' when there is no answer (each kind's printed form)."""
    from remotework_desktop.core.answers import KINDS
    from remotework_desktop.core.checklists import is_answered

    if not is_answered(value):
        return ""
    return KINDS[item.kind].printed(item, value, normalise_lang(lang))


def status_label(status: str, lang: str = "da") -> str:
    return t(f"status.{status}", lang)


def role_label(role: str, lang: str = "da") -> str:
    return t(f"role.{role}", lang)


def owner_text(action: Action, meeting: Meeting | None = None, lang: str = "da") -> str:
    """Who owns an action, with the person's name where the meeting knows it."""
    return action.owner_label(normalise_lang(lang), meeting)


def owner_label(owner: str, lang: str = "da") -> str:
    return t(f"owner.{owner}", lang)


def done_text(done: bool, lang: str = "da") -> str:
    return t("answer.yes" if done else "answer.no", lang)


def not_answered_text(lang: str = "da") -> str:
    return t("answer.not_answered", lang)


def depends_on_answers_text(lang: str = "da") -> str:
    return t("item.depends_on_answers", lang)
