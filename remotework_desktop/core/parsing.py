"""Typed input -> values: the dates, numbers and clock times people type into a field.

Reading '31-01-2026' as a date or '2,5' as a number is a rule of the program, the same for
every caller; the messages follow the chosen language (``core.text``).
"""

from __future__ import annotations

import datetime as dt
import math
import re

from remotework_desktop.core.text import t


class InputError(ValueError):
    """Typed input that cannot be read; the message is for people."""


_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY_DATE = re.compile(r"^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})$")
_CLOCK = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?$")
_CLOCK_COMPACT = re.compile(r"^(\d{2})(\d{2})$")


def parse_date_text(text: str) -> str | None:
    """'31-01-2026', '31.1.2026' or '2026-01-31' -> '2026-01-31'; '' -> None."""
    text = text.strip()
    if not text:
        return None
    m = _ISO_DATE.match(text)
    if m:
        year, month, day = (int(g) for g in m.groups())
    else:
        m = _DMY_DATE.match(text)
        if not m:
            raise InputError(t("parsing.date"))
        day, month, year = (int(g) for g in m.groups())
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        raise InputError(t("parsing.no_such_date")) from None


def date_to_text(iso: str | None) -> str:
    """'2026-01-31' -> '31-01-2026', the form people type."""
    if not iso:
        return ""
    day = dt.date.fromisoformat(iso)
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def parse_number_text(text: str) -> int | float | None:
    """'3', '2,5' or '2.5' -> a number; '' -> None."""
    text = text.strip().replace(" ", "")
    if not text:
        return None
    message = t("parsing.number")
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise InputError(message) from None
    if not math.isfinite(value):
        raise InputError(message)
    return int(value) if value.is_integer() else value


def parse_clock_text(text: str) -> str | None:
    """'9', '9.30', '09:30' or '0930' -> '09:30'; '' -> None."""
    text = text.strip()
    if not text:
        return None
    m = _CLOCK.match(text) or _CLOCK_COMPACT.match(text)
    if m:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if hour < 24 and minute < 60:
            return f"{hour:02d}:{minute:02d}"
    raise InputError(t("parsing.time"))
