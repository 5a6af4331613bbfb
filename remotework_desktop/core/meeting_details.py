"""The checks of a meeting's details: the fields ``new_meeting``, ``set_details`` and
``update_details`` share (company, names, title, date, language) and printable names."""

from __future__ import annotations

from typing import Any

from remotework_desktop.core.checklists import AnswerError, parse_date
from remotework_desktop.core.meeting_base import MAX_NAME, MeetingError
from remotework_desktop.core.text import LANGUAGES, t
from remotework_desktop.core.text_rules import normalise, text_problem


def unprintable_problem(text: str) -> str | None:
    """A plain message naming the characters no font of the PDF prints (emoji …), else None.

    Signing refuses such a name; the new-meeting dialog shows it beside the field as typed.
    """
    from remotework_desktop.core.pdf.fonts import unprintable_characters

    found = unprintable_characters(text)
    if not found:
        return None
    shown = ", ".join(f"»{ch}« (U+{ord(ch):04X})" for ch in found)
    return t("meetings.unprintable", shown=shown)


def _text_errors(key: str, value: str, limit: int, *, multiline: bool = False) -> dict[str, str]:
    """{key: message} if ``value`` may not be the field's text (one line unless ``multiline``)."""
    problem = text_problem(value, multiline=multiline)
    if problem:
        return {key: problem}
    if len(normalise(value, multiline=multiline)) > limit:
        return {key: t("meetings.too_long", limit=limit)}
    return {}


def check_details(
    company: Any,
    manager_name: Any,
    manager_title: Any,
    employee_name: Any,
    meeting_date: Any,
    language: Any = "da",
    *,
    allow_no_employee: bool = False,
) -> dict[str, Any]:
    """Check the meeting's details; raise MeetingError naming each field that is wrong.

    ``allow_no_employee``: a preparation (only the task part) may leave the employee out.
    """
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    given = {"company": company, "manager_name": manager_name, "employee_name": employee_name}
    for key, label in (
        ("company", t("meetings.write_company")),
        ("manager_name", t("meetings.write_manager_name")),
        ("employee_name", t("meetings.write_employee_name")),
    ):
        value = given[key]
        value = value.strip() if isinstance(value, str) else ""
        if not value and key == "employee_name" and allow_no_employee:
            pass
        elif not value:
            errors[key] = label
        else:
            errors.update(_text_errors(key, value, MAX_NAME))
        clean[key] = normalise(value)
    title = manager_title.strip() if isinstance(manager_title, str) else ""
    errors.update(_text_errors("manager_title", title, MAX_NAME))
    clean["manager_title"] = normalise(title)
    try:
        clean["meeting_date"] = parse_date(meeting_date).isoformat()
    except AnswerError:
        errors["meeting_date"] = t("meetings.write_meeting_date")
    if language not in LANGUAGES:
        errors["language"] = t("meetings.language_da_or_en")
    clean["language"] = language
    if errors:
        raise MeetingError(next(iter(errors.values())), errors)
    return clean
