"""Turn answers, dates, times, statuses and owners into readable Danish or English text.

One place for these words so the PDF and the GUI say the same thing the same way.
Every function takes ``lang`` ("da" or "en"; anything else falls back to Danish).

The meeting list formats dates while the program starts, so this module must not import the
checklist and meeting models (pydantic) at import time: the functions that need them import
them when called, by which time a meeting is open and they are loaded anyway.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from remotework_desktop.core.codes import PLACES, WEEKDAYS

if TYPE_CHECKING:
    from remotework_desktop.core.checklists import Item
    from remotework_desktop.core.meetings import Action, Meeting


MONTHS = {
    "da": (
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
WEEKDAY_NAMES = {
    "da": dict(
        zip(
            WEEKDAYS,
            ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
            strict=True,
        )
    ),
    "en": dict(
        zip(
            WEEKDAYS,
            ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
            strict=True,
        )
    ),
}
PLACE_LABELS = {
    "home": {"da": "Hjemme", "en": "Home"},
    "workplace": {"da": "Arbejdspladsen", "en": "Workplace"},
    "off": {"da": "Fri", "en": "Off"},
}
YES_NO = {"da": ("Ja", "Nej"), "en": ("Yes", "No")}
NOT_ANSWERED = {"da": "Ikke besvaret", "en": "Not answered"}
NOT_DISCUSSED = {"da": "Ikke drøftet", "en": "Not discussed"}
# Marks an item whose show-if condition is still unknown (checklists.pending_items).
DEPENDS_ON_ANSWERS = {"da": "Afhænger af svarene ovenfor", "en": "Depends on the answers above"}


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "da"


def format_date(value: str | dt.date | None, lang: str = "da") -> str:
    """'2026-11-26' -> '26. november 2026' (da) / '26 November 2026' (en); '' for None."""
    if value in (None, ""):
        return ""
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    if isinstance(day, dt.datetime):
        day = day.date()
    month = MONTHS[_lang(lang)][day.month - 1]
    if _lang(lang) == "en":
        return f"{day.day} {month} {day.year}"
    return f"{day.day}. {month} {day.year}"


def format_clock(hhmm: str, lang: str = "da") -> str:
    """'09:30' -> '09.30' in Danish (the Danish way to write a time), unchanged in English."""
    return hhmm.replace(":", ".") if _lang(lang) == "da" else hhmm


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
    if _lang(lang) == "en":
        return f"{format_date(local.date(), lang)}, {clock}"
    return f"{format_date(local.date(), lang)} kl. {clock}"


def format_number(value: float | int, lang: str = "da") -> str:
    """A number with a decimal comma in Danish; whole numbers without decimals."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return text.replace(".", ",") if _lang(lang) == "da" else text


def format_hours(value: Mapping[str, str], lang: str = "da") -> str:
    """{'start': '09:00', 'end': '15:00'} -> 'kl. 09.00–15.00' / '09:00–15:00'."""
    span = f"{format_clock(value['start'], lang)}–{format_clock(value['end'], lang)}"
    return f"kl. {span}" if _lang(lang) == "da" else span


def weekday_name(day: str, lang: str = "da") -> str:
    return WEEKDAY_NAMES[_lang(lang)][day]


def place_label(place: str, lang: str = "da") -> str:
    return PLACE_LABELS[place][_lang(lang)]


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
    return KINDS[item.kind].printed(item, value, _lang(lang))


def status_label(status: str, lang: str = "da") -> str:
    from remotework_desktop.core.meetings import STATUS_LABELS

    return STATUS_LABELS[status][_lang(lang)]


def role_label(role: str, lang: str = "da") -> str:
    from remotework_desktop.core.meetings import ROLE_LABELS

    return ROLE_LABELS[role][_lang(lang)]


def owner_text(action: Action, meeting: Meeting | None = None, lang: str = "da") -> str:
    """Who owns an action, with the person's name where the meeting knows it."""
    return action.owner_label(_lang(lang), meeting)


def owner_label(owner: str, lang: str = "da") -> str:
    from remotework_desktop.core.meetings import OWNER_LABELS

    return OWNER_LABELS[owner][_lang(lang)]


def done_text(done: bool, lang: str = "da") -> str:
    return YES_NO[_lang(lang)][0] if done else YES_NO[_lang(lang)][1]
