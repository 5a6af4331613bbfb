"""Between meetings: what a follow-up follows, what changed since the signed agreement, and
which agreements are due for their follow-up.

The meeting list uses this while the program starts, so it imports no meeting model at
import time (only the functions that take a Meeting touch one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from remotework_desktop.core.formatting import format_date
from remotework_desktop.core.summary import MeetingSummary
from remotework_desktop.core.text import t

if TYPE_CHECKING:
    from remotework_desktop.core.meetings import Meeting

KEPT, CHANGED, NEW = "kept", "changed", "new"
OVERDUE, DUE = "overdue", "due"
DUE_DAYS = 14


def follow_up_label(original_date: str | None, lang: str) -> str:
    """'Opfølgning af aftalen fra 3. marts 2026' / 'Follow-up of the agreement of …'."""
    if not original_date:
        return t("followups.of_earlier", lang)
    return t("followups.of_agreement", lang, date=format_date(original_date, lang))


def change_label(change: str, lang: str) -> str:
    return t(f"followups.change.{change}", lang)


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


Summaries = Iterable[MeetingSummary | Mapping[str, Any]]


def _summaries(summaries: Summaries) -> list[MeetingSummary]:
    """``Store.list()``'s summaries, or their stored form (dicts) made into summaries."""
    return [s if isinstance(s, MeetingSummary) else MeetingSummary.from_dict(s) for s in summaries]


def _handled(summaries: Iterable[MeetingSummary]) -> set[str]:
    """Agreements already followed up (a follow-up exists) or replaced by a signed version."""
    done: set[str] = set()
    for s in summaries:
        if s.follows:
            done.add(s.follows)
        if s.amends and s.is_signed:
            done.add(s.amends)
    return done


def due_states(
    summaries: Summaries, today: dt.date | None = None, days: int = DUE_DAYS
) -> dict[str, str]:
    """{meeting id: 'overdue' | 'due'} for the signed agreements whose follow-up is due.

    Due: the follow-up date falls within ``days`` days from ``today``; overdue: it has
    passed. An agreement already followed up, or replaced by a newer signed version, is not
    due any more.
    """
    rows = _summaries(summaries)
    today = today or dt.date.today()
    limit = (today + dt.timedelta(days=days)).isoformat()
    now = today.isoformat()
    handled = _handled(rows)
    states: dict[str, str] = {}
    for s in rows:
        date = s.follow_up_date
        if not s.is_signed or not date or s.id in handled:
            continue
        if date < now:
            states[s.id] = OVERDUE
        elif date <= limit:
            states[s.id] = DUE
    return states


def due_list(
    summaries: Summaries, today: dt.date | None = None, days: int = DUE_DAYS
) -> list[dict[str, Any]]:
    """The due agreements' summaries (stored form) with ``due`` set, soonest date first."""
    rows = _summaries(summaries)
    states = due_states(rows, today, days)
    found = [dict(s.as_dict(), due=states[s.id]) for s in rows if s.id in states]
    return sorted(found, key=lambda s: (s["follow_up_date"], s["id"]))


def due_text(state: str | None, follow_up_date: str | None, lang: str) -> str:
    """The list's words for a follow-up date, saying when it is due or overdue."""
    if not follow_up_date:
        return "—"
    date = format_date(follow_up_date, lang)
    if state == OVERDUE:
        return t("followups.overdue", lang, date=date)
    if state == DUE:
        return t("followups.due_soon", lang, date=date)
    return date
