"""The follow-up date (and, on request, each action's deadline) as an iCalendar file.

Outlook and Google Calendar import the file; every event is all-day and has a stable UID
made of the meeting's id and what the event is, so importing a second export updates the
event instead of adding a copy. No private text goes in: no answers, no notes, and an action
taken from an item marked private is named only by its number.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from remotework_desktop import APP_NAME, __version__
from remotework_desktop.core.formatting import format_date
from remotework_desktop.core.text import t

if TYPE_CHECKING:
    from remotework_desktop.core.meetings import Action, Meeting

UID_DOMAIN = "remotework-desktop.invalid"


class CalendarError(ValueError):
    """Nothing to put in the calendar."""


def _t(key: str, lang: str, **kw: str) -> str:
    return t(f"calendar.{key}", lang, **kw)


def _private_action(meeting: Meeting, action: Action) -> bool:
    """An action taken from an item that is private (or whose checklist is gone)."""
    if action.checklist_id is None or action.item_id is None:
        return False
    if action.checklist_id not in meeting.snapshots:
        return True
    return meeting.entry(action.checklist_id, action.item_id).private


def event_uid(meeting_id: str, what: str) -> str:
    """The same meeting and the same event give the same UID in every export."""
    return f"{meeting_id}-{what}@{UID_DOMAIN}"


def calendar_ics(
    meeting: Meeting, *, include_actions: bool = False, now: dt.datetime | None = None
) -> bytes:
    """The .ics bytes; raises CalendarError (in the message language) if it has no event."""
    from icalendar import Calendar, Event

    lang = meeting.language
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    # The sequence grows with each change of the meeting, so a calendar takes the newer one.
    changed = dt.datetime.fromisoformat(meeting.updated_at)
    sequence = int(changed.timestamp()) // 60
    people = {
        "employee": meeting.employee_name,
        "manager": meeting.manager_name,
        "company": meeting.company,
        "date": format_date(meeting.meeting_date, lang),
    }
    events: list[Event] = []

    def add(uid: str, day: str, summary: str, description: str) -> None:
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("sequence", sequence)
        start = dt.date.fromisoformat(day)
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(days=1))
        event.add("summary", summary)
        event.add("description", description)
        event.add("transp", "TRANSPARENT")
        events.append(event)

    if meeting.follow_up_date:
        add(
            event_uid(meeting.id, "follow-up"),
            meeting.follow_up_date,
            _t("follow_up", lang, **people),
            _t("follow_up_desc", lang, **people),
        )
    if include_actions:
        for n, action in enumerate(meeting.sorted_actions(), start=1):
            if not action.deadline or action.done:
                continue
            summary = (
                _t("action_private", lang, n=str(n))
                if _private_action(meeting, action)
                else _t("action", lang, what=" ".join(action.what.split()))
            )
            add(
                event_uid(meeting.id, f"action-{action.id}"),
                action.deadline,
                summary,
                _t("action_desc", lang, n=str(n), **people),
            )
    if not events:
        raise CalendarError(t("calendar.no_events"))
    cal = Calendar()
    cal.add("prodid", f"-//{APP_NAME}//{__version__}//{lang.upper()}")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    for event in events:
        cal.add_component(event)
    return cal.to_ical()
