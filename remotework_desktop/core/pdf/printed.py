"""What the PDF prints of a meeting, and the fingerprint of that (no ReportLab).

The renderer, ``verify`` and the review page's lock banner all use these, so the banner,
the footer of every page and the embedded data speak of the same data.
"""

from __future__ import annotations

from typing import Any

from remotework_desktop.core.fingerprint import canonical_digest
from remotework_desktop.core.meetings import Meeting


def printed_items(meeting: Meeting, include_private: bool) -> dict[str, set[str]]:
    """Per checklist, the items the PDF prints: the visible ones, less the private ones.

    A private item is printed only when ``include_private`` asks for it on purpose.
    """
    return {
        ref.id: {
            item.id
            for item in meeting.visible_items(ref.id)
            if include_private or not meeting.entry(ref.id, item.id).private
        }
        for ref in meeting.checklists
    }


def printed_data(meeting: Meeting, *, include_private: bool) -> dict[str, Any]:
    """The meeting's canonical data cut down to what the PDF prints.

    An item that is not printed leaves no trace: its entry (answer, status, note), its answer
    from last time and the link of an action made from it are left out. With nothing left
    out this is ``meeting.canonical()`` itself, so its digest is the signed fingerprint.
    """
    data = meeting.canonical()
    shown = printed_items(meeting, include_private)
    for key in ("entries", "previous_answers"):
        data[key] = {
            cid: {iid: value for iid, value in items.items() if iid in shown.get(cid, ())}
            for cid, items in data[key].items()
        }
    for action in data["actions"]:
        if action["item_id"] not in shown.get(action["checklist_id"], ()):
            action["checklist_id"] = action["item_id"] = None
    return data


def printed_fingerprint(meeting: Meeting, *, include_private: bool) -> str:
    """The fingerprint the PDF prints on every page: SHA-256 of the printed data."""
    return canonical_digest(printed_data(meeting, include_private=include_private))
