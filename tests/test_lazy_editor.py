"""Opening a meeting builds only what is shown: the first page's first cards.

The real example meeting (three checklists, dozens of items) in a real MeetingEditor,
offscreen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from remotework_desktop.core.example import build_example_meeting
from remotework_desktop.gui.editor.checklist_page import FIRST_CARDS, TYPING_PAUSE_MS
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
    # Cards built a step at a time show and hide as their conditions say, headings too.
    visible = {i.id for i in meeting.visible_items(first.checklist_id)}
    assert {i for i, c in first.built_cards().items() if not c.isHidden()} == visible
    for section in meeting.definition(first.checklist_id).sections:
        shown = any(item.id in visible for item in section.items)
        assert first.headings[section.id].isHidden() is not shown

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


def test_typing_in_a_card_holds_the_building_until_the_typing_pauses(qtbot: QtBot) -> None:
    meeting = build_example_meeting(fixed_ids=True)
    editor = MeetingEditor(meeting, "da")
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    page = next(iter(editor.checklist_pages.values()))
    card = next(c for c in page.built_cards().values() if not c.isHidden())
    for key in (Qt.Key.Key_H, Qt.Key.Key_E):
        QTest.keyClick(card.note.edit, key)
        # The next step waits for a pause in the typing, not the next idle moment.
        assert page._step_timer.isActive()
        assert page._step_timer.remainingTime() > TYPING_PAUSE_MS // 2
    built = len(page.built_cards())
    assert not page.is_built()
    # Once the typing stops the rest is built, and what was typed is kept.
    qtbot.waitUntil(page.is_built, timeout=20000)
    assert len(page.built_cards()) > built
    assert card.note.edit.toPlainText() == "he"
