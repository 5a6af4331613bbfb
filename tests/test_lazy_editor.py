"""Opening a meeting builds only what is shown: the first page's first cards.

The real example meeting (three checklists, dozens of items) in a real MeetingEditor,
offscreen.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from remotework_desktop.core.example import build_example_meeting
from remotework_desktop.gui.editor.checklist_page import FIRST_CARDS
from remotework_desktop.gui.editor.meeting_editor import MeetingEditor


def test_cards_are_built_when_their_page_is_first_shown(qtbot: QtBot) -> None:
    meeting = build_example_meeting(fixed_ids=True)
    editor = MeetingEditor(meeting, "da")
    qtbot.addWidget(editor)
    pages = list(editor.checklist_pages.values())
    assert len(pages) == 3
    # Made, not shown: no card at all.
    assert [len(p.built_cards()) for p in pages] == [0, 0, 0]
    editor.resize(1200, 800)
    editor.show()
    first, second, third = pages
    # Shown: the first page's first cards at once, the other pages nothing.
    assert len(first.built_cards()) == FIRST_CARDS
    assert [len(second.built_cards()), len(third.built_cards())] == [0, 0]
    # The rest of the first page follows while the event loop is idle.
    qtbot.waitUntil(first.is_built, timeout=20000)
    total = sum(len(s.items) for s in meeting.definition(first.checklist_id).sections)
    assert len(first.built_cards()) == total
    assert not second.is_built() and len(second.built_cards()) == 0

    # Read-only and action counts reach cards built later too.
    editor.set_read_only(True)
    item_id = meeting.definition(second.checklist_id).sections[0].items[0].id
    editor.show_page(f"checklist:{second.checklist_id}")
    assert 0 < len(second.built_cards()) <= FIRST_CARDS
    card = second.cards[item_id]  # asking for the cards builds them all
    assert second.is_built()
    assert not card.status.isEnabled() and not card.private.isEnabled()
    assert len(second.visible_cards()) > 0
    # Visibility rules hold for every built card, whatever order they were built in.
    visible = {i.id for i in meeting.visible_items(second.checklist_id)}
    assert {i for i, c in second.cards.items() if not c.isHidden()} == visible
