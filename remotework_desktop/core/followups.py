"""Between meetings: what a follow-up follows, what changed since the signed agreement, and
which agreements are due for their follow-up.

The meeting list uses this while the program starts, so it imports no pydantic model at
import time (only the functions that take a Meeting touch one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from remotework_desktop.core.formatting import format_date

if TYPE_CHECKING:
    from remotework_desktop.core.meetings import Meeting

KEPT, CHANGED, NEW = "kept", "changed", "new"
CHANGE_LABELS = {
    KEPT: {"da": "Uændret", "en": "Kept"},
    CHANGED: {"da": "Ændret", "en": "Changed"},
    NEW: {"da": "Nyt", "en": "New"},
}
OVERDUE, DUE = "overdue", "due"
DUE_DAYS = 14


def follow_up_label(original_date: str | None, lang: str) -> str:
    """'Opfølgning af aftalen fra 3. marts 2026' / 'Follow-up of the agreement of …'."""
    lang = "en" if lang == "en" else "da"
    if not original_date:
        return {
            "da": "Opfølgning af en tidligere aftale",
            "en": "Follow-up of an earlier agreement",
        }[lang]
    date = format_date(original_date, lang)
    return {
        "da": f"Opfølgning af aftalen fra {date}",
        "en": f"Follow-up of the agreement of {date}",
    }[lang]


def change_label(change: str, lang: str) -> str:
    return CHANGE_LABELS[change]["en" if lang == "en" else "da"]


def item_changes(meeting: Meeting) -> dict[tuple[str, str], str]:
    """Each shown item of a follow-up marked kept / changed / new against the signed answers.

    An item with an answer now and none in the agreement is new; one whose answer differs
    (cleared included) is changed; one with the same answer is kept. Items answered neither
    then nor now, and every item of a meeting that is no follow-up, are left out.
    """
    if not meeting.follows:
        return {}
    changes: dict[tuple[str, str], str] = {}
    for ref in meeting.checklists:
        for item in meeting.visible_items(ref.id):
            change = item_change(meeting, ref.id, item.id)
            if change is not None:
                changes[ref.id, item.id] = change
    return changes


def item_change(meeting: Meeting, checklist_id: str, item_id: str) -> str | None:
    """One item's mark (see ``item_changes``); None when it has none."""
    if not meeting.follows:
        return None
    before = meeting.previous_answer(checklist_id, item_id)
    now = meeting.entry(checklist_id, item_id).answer
    if before is None and now is None:
        return None
    if before is None:
        return NEW
    return KEPT if before == now else CHANGED


def _handled(summaries: Iterable[Mapping[str, Any]]) -> set[str]:
    """Agreements already followed up (a follow-up exists) or replaced by a signed version."""
    done: set[str] = set()
    for s in summaries:
        if s.get("follows"):
            done.add(str(s["follows"]))
        if s.get("amends") and s.get("state") == "signed":
            done.add(str(s["amends"]))
    return done


def due_states(
    summaries: Iterable[Mapping[str, Any]], today: dt.date | None = None, days: int = DUE_DAYS
) -> dict[str, str]:
    """{meeting id: 'overdue' | 'due'} for the signed agreements whose follow-up is due.

    Due: the follow-up date falls within ``days`` days from ``today``; overdue: it has
    passed. An agreement already followed up, or replaced by a newer signed version, is not
    due any more.
    """
    rows = list(summaries)
    today = today or dt.date.today()
    limit = (today + dt.timedelta(days=days)).isoformat()
    now = today.isoformat()
    handled = _handled(rows)
    states: dict[str, str] = {}
    for s in rows:
        date = s.get("follow_up_date")
        if s.get("state") != "signed" or not date or s.get("id") in handled:
            continue
        if date < now:
            states[str(s["id"])] = OVERDUE
        elif date <= limit:
            states[str(s["id"])] = DUE
    return states


def due_list(
    summaries: Iterable[Mapping[str, Any]], today: dt.date | None = None, days: int = DUE_DAYS
) -> list[dict[str, Any]]:
    """The due agreements' summaries with ``due`` set, soonest follow-up date first."""
    rows = list(summaries)
    states = due_states(rows, today, days)
    found = [dict(s, due=states[s["id"]]) for s in rows if s.get("id") in states]
    return sorted(found, key=lambda s: (s["follow_up_date"], s["id"]))


def due_text(state: str | None, follow_up_date: str | None, lang: str) -> str:
    """The list's words for a follow-up date, saying when it is due or overdue."""
    lang = "en" if lang == "en" else "da"
    if not follow_up_date:
        return "—"
    date = format_date(follow_up_date, lang)
    if state == OVERDUE:
        return {"da": f"{date} – overskredet", "en": f"{date} – overdue"}[lang]
    if state == DUE:
        return {"da": f"{date} – snart", "en": f"{date} – due soon"}[lang]
    return date
