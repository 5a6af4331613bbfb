"""The meeting editor, driven through its real widgets (pytest-qt, offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from remotework_desktop.core.checklists import ChecklistDefinition, load_checklists
from remotework_desktop.core.meetings import Meeting, new_meeting
from remotework_desktop.core.parsing import (
    InputError,
    parse_clock_text,
    parse_date_text,
    parse_number_text,
)
from remotework_desktop.gui import errors
from remotework_desktop.gui.editor.action_plan import ActionDialog
from remotework_desktop.gui.editor.item_card import NAVIGATION, ItemCard
from remotework_desktop.gui.editor.meeting_editor import MeetingEditor

# Every item kind, a show_if condition, a private item and a non-actionable one.
CID = "small"


@pytest.fixture
def meeting(small_checklist: ChecklistDefinition) -> Meeting:
    return new_meeting(
        company="Smedjen ApS",
        manager_name="Lone Leder",
        employee_name="Mads Medarbejder",
        meeting_date="2026-03-02",
        checklists=[small_checklist],
    )


@pytest.fixture
def make_editor(qtbot) -> Callable[..., MeetingEditor]:
    def make(meeting: Meeting, lang: str = "da") -> MeetingEditor:
        editor = MeetingEditor(meeting, lang)
        qtbot.addWidget(editor)
        editor.resize(1200, 800)
        editor.show()
        qtbot.waitExposed(editor)
        editor.activateWindow()
        return editor

    return make


@pytest.fixture
def editor(make_editor, meeting: Meeting) -> MeetingEditor:
    return make_editor(meeting)


def card(editor: MeetingEditor, item_id: str) -> ItemCard:
    return editor.checklist_pages[CID].cards[item_id]


def answer(meeting: Meeting, item_id: str) -> object:
    return meeting.entry(CID, item_id).answer


def type_into(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def choose(combo: QComboBox, label: str) -> None:
    """Pick an entry the way a user does: open the combo's list and activate the entry."""
    index = combo.findText(label)
    assert index >= 0, f"{label!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setFocus()
    # Keyboard selection: Home then Down n times, as a keyboard user would.
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == index


# -- typed input parsing --------------------------------------------------------------------
def test_typed_dates_numbers_and_clock_times_are_read_the_danish_way() -> None:
    assert parse_date_text("31-01-2026") == "2026-01-31"
    assert parse_date_text(" 1.2.2026 ") == "2026-02-01"
    assert parse_date_text("2026-02-01") == "2026-02-01"
    assert parse_date_text("") is None
    assert parse_number_text("2,5") == 2.5
    assert parse_number_text("3") == 3
    assert parse_number_text("") is None
    assert parse_clock_text("9") == "09:00"
    assert parse_clock_text("9.30") == "09:30"
    assert parse_clock_text("0930") == "09:30"
    for bad, parse in (
        ("31-02-2026", parse_date_text),
        ("i morgen", parse_date_text),
        ("tre", parse_number_text),
        ("nan", parse_number_text),
        ("25.00", parse_clock_text),
    ):
        with pytest.raises(InputError):
            parse(bad)


# -- answering every kind -----------------------------------------------------------------
def test_every_kind_is_answered_through_its_widget(qtbot, editor: MeetingEditor) -> None:
    m = editor.meeting
    changes: list[None] = []
    editor.changed.connect(lambda: changes.append(None))

    number = card(editor, "days").answer.edit
    type_into(qtbot, number, "3")
    QTest.keyClick(number, Qt.Key.Key_Return)
    assert answer(m, "days") == 3

    choose(card(editor, "regular").answer.combo, "Ja")
    assert answer(m, "regular") is True
    choose(card(editor, "chair").answer.combo, "Ja")
    assert answer(m, "chair") is True
    choose(card(editor, "chair").answer.combo, "Ikke besvaret")
    assert answer(m, "chair") is None

    text = card(editor, "purpose").answer.edit
    type_into(qtbot, text, "Mindre transport, mere ro")
    qtbot.waitUntil(lambda: answer(m, "purpose") == "Mindre transport, mere ro")

    choose(card(editor, "contact").answer.combo, "Chat")
    assert answer(m, "contact") == "chat"

    boxes = card(editor, "tasks").answer.boxes
    qtbot.mouseClick(boxes["mail"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(boxes["data"], Qt.MouseButton.LeftButton)
    assert answer(m, "tasks") == ["data", "mail"]
    qtbot.mouseClick(boxes["data"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(boxes["mail"], Qt.MouseButton.LeftButton)
    assert answer(m, "tasks") is None
    # The option's (word-wrapped) text ticks its box too.
    qtbot.mouseClick(card(editor, "tasks").answer.labels["phone"], Qt.MouseButton.LeftButton)
    assert answer(m, "tasks") == ["phone"]

    date = card(editor, "start").answer.edit
    type_into(qtbot, date, "1-4-2026")
    QTest.keyClick(date, Qt.Key.Key_Return)
    assert answer(m, "start") == "2026-04-01"

    week = card(editor, "week").answer.combos
    choose(week["mon"], "Hjemme")
    choose(week["tue"], "Arbejdspladsen")
    assert answer(m, "week") == {"mon": "home", "tue": "workplace"}

    hours = card(editor, "hours").answer
    type_into(qtbot, hours.start, "9")
    type_into(qtbot, hours.end, "15.30")
    QTest.keyClick(hours.end, Qt.Key.Key_Return)
    assert answer(m, "hours") == {"start": "09:00", "end": "15:30"}

    assert len(changes) >= 10


def test_a_mistake_is_shown_in_words_under_the_control_and_the_text_is_kept(
    qtbot, editor: MeetingEditor
) -> None:
    m = editor.meeting
    c = card(editor, "days")
    type_into(qtbot, c.answer.edit, "12")
    QTest.keyClick(c.answer.edit, Qt.Key.Key_Return)
    assert answer(m, "days") is None
    assert not c.answer_error.isHidden()
    assert c.answer_error.text() == "Fejl: Tallet må ikke være større end 5."
    assert c.answer.edit.text() == "12"

    c.answer.edit.selectAll()
    qtbot.keyClicks(c.answer.edit, "4")
    QTest.keyClick(c.answer.edit, Qt.Key.Key_Return)
    assert answer(m, "days") == 4
    assert c.answer_error.isHidden()

    d = card(editor, "start")
    type_into(qtbot, d.answer.edit, "31-02-2026")
    QTest.keyClick(d.answer.edit, Qt.Key.Key_Return)
    assert "findes ikke" in d.answer_error.text()
    assert answer(m, "start") is None

    h = card(editor, "hours")
    type_into(qtbot, h.answer.start, "16")
    type_into(qtbot, h.answer.end, "8")
    QTest.keyClick(h.answer.end, Qt.Key.Key_Return)
    assert h.answer_error.text() == "Fejl: Sluttidspunktet skal ligge efter starttidspunktet."
    assert answer(m, "hours") is None


def test_flush_applies_typed_text_at_once_and_nothing_is_lost(qtbot, editor) -> None:
    m = editor.meeting
    text = card(editor, "purpose").answer.edit
    note = card(editor, "contact").note.edit
    date = card(editor, "start").answer.edit
    type_into(qtbot, text, "Ro til at skrive")
    type_into(qtbot, note, "Helst før kl. 10")
    date.setFocus()
    qtbot.keyClicks(date, "02-03-2026")
    hours = card(editor, "hours").answer
    type_into(qtbot, hours.start, "8")
    type_into(qtbot, hours.end, "16")
    editor.flush()
    assert answer(m, "hours") == {"start": "08:00", "end": "16:00"}
    assert answer(m, "purpose") == "Ro til at skrive"
    assert m.entry(CID, "contact").note == "Helst før kl. 10"
    assert answer(m, "start") == "2026-03-02"
    # Emptying a text clears the answer rather than storing "".
    text.setFocus()
    text.selectAll()
    QTest.keyClick(text, Qt.Key.Key_Delete)
    editor.flush()
    assert answer(m, "purpose") is None


def test_leaving_a_text_field_applies_it(qtbot, editor: MeetingEditor) -> None:
    m = editor.meeting
    text = card(editor, "purpose").answer.edit
    type_into(qtbot, text, "Færre afbrydelser")
    card(editor, "contact").answer.combo.setFocus()
    qtbot.waitUntil(lambda: answer(m, "purpose") == "Færre afbrydelser")
    assert not card(editor, "purpose").answer.pending


# -- conditions, status, note, private -------------------------------------------------------
def test_a_condition_shows_and_hides_an_item_live_keeping_focus(qtbot, editor) -> None:
    chair = card(editor, "chair")
    # Unknown while the deciding answers are missing: shown, marked, and the marker is named.
    assert not chair.isHidden()
    assert not chair.depends.isHidden()
    assert chair.depends.text() == "Afhænger af svarene ovenfor"
    assert chair.depends.accessibleName() == "Afhænger af svarene ovenfor"
    assert chair.accessibleName().endswith("– Afhænger af svarene ovenfor")
    assert card(editor, "days").depends.isHidden()
    choose(card(editor, "regular").answer.combo, "Ja")
    assert not chair.isHidden() and not chair.depends.isHidden()  # days still unanswered
    number = card(editor, "days").answer.edit
    type_into(qtbot, number, "3")
    QTest.keyClick(number, Qt.Key.Key_Return)
    assert not chair.isHidden()
    assert chair.depends.isHidden()
    assert "Afhænger" not in chair.accessibleName()
    assert QApplication.focusWidget() is number
    number.selectAll()
    qtbot.keyClicks(number, "1")
    QTest.keyClick(number, Qt.Key.Key_Return)
    assert chair.isHidden()
    assert number.text() == "1"


def test_status_note_and_private_are_stored(qtbot, editor: MeetingEditor) -> None:
    m = editor.meeting
    c = card(editor, "purpose")
    choose(c.status, "Følges op")
    assert m.entry(CID, "purpose").status == "follow_up"
    type_into(qtbot, c.note.edit, "Tages op igen i maj")
    editor.flush()
    assert m.entry(CID, "purpose").note == "Tages op igen i maj"
    qtbot.mouseClick(c.private, Qt.MouseButton.LeftButton)
    assert m.entry(CID, "purpose").private is True
    # A private item starts ticked, as the checklist says.
    assert card(editor, "needs").private.isChecked()


def test_the_private_box_shows_the_models_choice(make_editor, meeting: Meeting) -> None:
    """The card shows what the model says; it does not decide the private default itself."""
    meeting.set_private(CID, "needs", False)  # private by the checklist, unticked on purpose
    meeting.set_private(CID, "purpose", True)  # not private by the checklist, ticked on purpose
    editor = make_editor(meeting)
    assert not card(editor, "needs").private.isChecked()
    assert card(editor, "purpose").private.isChecked()
    assert not card(editor, "days").private.isChecked()  # untouched, not private


def test_progress_is_updated_live_in_the_top_line_and_the_navigation(editor) -> None:
    # The chair item counts: it is shown while its condition is unknown.
    assert editor.progress_label.text() == "0 af 11 punkter drøftet"
    assert editor.nav.item(0).text() == "Lille tjekliste\n0 af 11 drøftet"
    choose(card(editor, "purpose").status, "Aftalt")
    choose(card(editor, "contact").status, "Ikke relevant")
    assert editor.progress_label.text() == "2 af 11 punkter drøftet"
    assert editor.nav.item(0).text() == "Lille tjekliste\n2 af 11 drøftet"
    assert editor.progress_bar.value() == 2


def test_f1_toggles_the_help_of_the_focused_item(qtbot, editor: MeetingEditor) -> None:
    c = card(editor, "contact")
    c.answer.combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is c.answer.combo)
    assert c.help.isHidden()
    QTest.keyClick(c.answer.combo, Qt.Key.Key_F1)
    assert not c.help.isHidden()
    assert c.help.text() == "Den kanal, der virker."
    editor.show_help_for_current()
    assert c.help.isHidden()
    qtbot.mouseClick(c.help_button, Qt.MouseButton.LeftButton)
    assert not c.help.isHidden()


def test_keyboard_only_answers_an_item_and_sets_its_status(qtbot, editor) -> None:
    m = editor.meeting
    page = editor.checklist_pages[CID]
    page.section_selector.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.section_selector)

    def press(key: Qt.Key) -> None:
        QTest.keyClick(QApplication.focusWidget(), key)

    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card(editor, "days").answer.edit
    qtbot.keyClicks(QApplication.focusWidget(), "2")
    press(Qt.Key.Key_Tab)  # leaving the field applies it
    assert answer(m, "days") == 2
    assert QApplication.focusWidget() is card(editor, "days").status
    press(Qt.Key.Key_Down)
    assert m.entry(CID, "days").status == "agreed"
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card(editor, "days").private
    press(Qt.Key.Key_Space)
    assert m.entry(CID, "days").private is True


def test_section_selector_jumps_to_the_first_item_of_a_section(qtbot, editor) -> None:
    page = editor.checklist_pages[CID]
    page.show_section("plan")
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is card(editor, "tasks").answer.boxes["data"]
    )


# -- the action plan -------------------------------------------------------------------------
def open_dialog(editor: MeetingEditor) -> ActionDialog:
    dialog = editor.actions_page.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_an_action_is_made_from_an_item_edited_sorted_and_deleted(
    qtbot, editor: MeetingEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    m = editor.meeting
    page = editor.actions_page
    qtbot.mouseClick(card(editor, "purpose").action_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(editor)
    assert dialog.what.toPlainText() == "Hvorfor hjemmearbejde?"
    assert "Hvorfor hjemmearbejde?" in dialog.source.text()
    dialog.what.selectAll()
    qtbot.keyClicks(dialog.what, "Skriv formålet ned")
    choose(dialog.owner, "Medarbejder (Mads Medarbejder)")
    type_into(qtbot, dialog.deadline.edit, "15-05-2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None)
    (first,) = m.actions
    assert (first.what, first.owner, first.deadline) == (
        "Skriv formålet ned",
        "employee",
        "2026-05-15",
    )
    assert (first.checklist_id, first.item_id) == (CID, "purpose")
    assert card(editor, "purpose").action_count.text() == "1 handling(er) fra dette punkt"

    # A second action from the page; core's refusals are shown at the field, dialog stays.
    editor.show_page("actions")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(editor)
    choose(dialog.owner, "Anden (skriv navn)")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.what_error.text() == "Fejl: Skriv, hvad der skal gøres."
    assert dialog.owner_name_error.text() == "Fejl: Skriv navnet på den, der har ansvaret."
    qtbot.keyClicks(dialog.what, "Bestil headset")
    type_into(qtbot, dialog.owner_name, "IT-afdelingen")
    type_into(qtbot, dialog.deadline.edit, "01-04-2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert len(m.actions) == 2
    assert page.row_texts(1) == ["Medarbejder (Mads Medarbejder)", "IT-afdelingen"]
    assert page.row_texts(4) == ["Hvorfor hjemmearbejde?", "—"]

    # Sort by clicking the deadline header, then again for descending.
    header = page.table.horizontalHeader()
    deadline_x = header.sectionViewportPosition(2) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(deadline_x, 5))
    assert page.row_texts(0) == ["Bestil headset", "Skriv formålet ned"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(deadline_x, 5))
    assert page.row_texts(0) == ["Skriv formålet ned", "Bestil headset"]

    # Edit the selected row with Enter, by keyboard.
    page.table.setFocus()
    page.table.selectRow(1)
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    dialog = open_dialog(editor)
    assert dialog.what.toPlainText() == "Bestil headset"
    dialog.what.selectAll()
    qtbot.keyClicks(dialog.what, "Bestil headset og skærm")
    dialog.done_box.setFocus()
    QTest.keyClick(dialog.done_box, Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None)
    edited = next(a for a in m.actions if a.owner == "other")
    assert (edited.what, edited.done) == ("Bestil headset og skærm", True)
    assert page.selected_action() is edited

    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert edited.done is False

    # Delete asks first: "keep" keeps it, "delete" deletes it.
    asked: list[str] = []

    def answer_no(*args: object, **kwargs: object) -> bool:
        asked.append(str(args[2]))
        return False

    monkeypatch.setattr(errors, "ask", answer_no)
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(m.actions) == 2
    assert "Bestil headset og skærm" in asked[0]
    monkeypatch.setattr(errors, "ask", lambda *a, **k: True)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [a.what for a in m.actions] == ["Skriv formålet ned"]
    assert page.row_texts(0) == ["Skriv formålet ned"]


def test_non_actionable_items_have_no_action_button(editor: MeetingEditor) -> None:
    assert card(editor, "contact").action_button is None
    assert card(editor, "purpose").action_button is not None


def test_follow_up_date_is_set_and_cleared(qtbot, editor: MeetingEditor) -> None:
    m = editor.meeting
    page = editor.actions_page
    editor.show_page("actions")
    type_into(qtbot, page.follow_up.edit, "01-09-2026")
    QTest.keyClick(page.follow_up.edit, Qt.Key.Key_Return)
    assert m.follow_up_date == "2026-09-01"
    page.follow_up.edit.selectAll()
    qtbot.keyClicks(page.follow_up.edit, "snart")
    QTest.keyClick(page.follow_up.edit, Qt.Key.Key_Return)
    assert "dd-mm-åååå" in page.follow_up_error.text()
    assert m.follow_up_date == "2026-09-01"
    page.follow_up.edit.clear()
    QTest.keyClick(page.follow_up.edit, Qt.Key.Key_Return)
    assert m.follow_up_date is None


# -- pages, read-only, accessibility ---------------------------------------------------------
def test_pages_can_be_shown_by_key_and_extra_pages_added(editor: MeetingEditor) -> None:
    review = QLabel("Gennemse")
    editor.add_extra_page("Gennemse og underskriv", review)
    assert editor.page_keys() == ["checklist:small", "actions", "Gennemse og underskriv"]
    editor.show_page("Gennemse og underskriv")
    assert editor.stack.currentWidget() is review
    editor.show_page("actions")
    assert editor.stack.currentWidget() is editor.actions_page
    assert editor.nav.currentItem().text() == "Handlingsplan"
    with pytest.raises(KeyError):
        editor.show_page("checklist:nope")


def _editing_controls(root: QWidget) -> list[QWidget]:
    found = []
    widgets = root.findChildren(QWidget)
    combo_parts = _combo_parts(root)
    for w in widgets:
        if w.property(NAVIGATION):
            continue
        # Internal parts of composite widgets (a combo's popup, a scroll bar) are not controls.
        if id(w) in combo_parts or isinstance(w.parentWidget(), QAbstractSpinBox):
            continue
        if isinstance(w, QLineEdit | QPlainTextEdit | QComboBox | QAbstractButton):
            if w.objectName().startswith("qt_"):
                continue
            found.append(w)
    return found


def test_read_only_leaves_no_enabled_editing_control(editor: MeetingEditor) -> None:
    editor.meeting.add_action("Noget", "both")
    editor.actions_page.refresh()
    editor.actions_page.select_action(editor.meeting.actions[0].id)
    editor.set_read_only(True)
    assert not editor.banner.isHidden()
    assert "underskrevet og låst" in editor.banner.text()
    editor.checklist_pages[CID].ensure_built()  # every card, not only those built so far
    controls = _editing_controls(editor)
    assert len(controls) > 40
    still_editable = [
        w.accessibleName() or type(w).__name__
        for w in controls
        if w.isEnabled() and not (isinstance(w, QLineEdit | QPlainTextEdit) and w.isReadOnly())
    ]
    assert still_editable == []
    # Help stays available on a locked meeting.
    assert card(editor, "purpose").help_button.isEnabled()
    editor.set_read_only(False)
    assert editor.banner.isHidden()
    assert card(editor, "purpose").status.isEnabled()


def test_a_signed_meeting_opens_locked(make_editor, meeting: Meeting) -> None:
    meeting.sign("manager", "Lone Leder", confirmed=True)
    meeting.sign("employee", "Mads Medarbejder", confirmed=True)
    editor = make_editor(meeting)
    assert editor.read_only
    assert not editor.banner.isHidden()
    assert not card(editor, "purpose").status.isEnabled()
    assert not editor.actions_page.add_button.isEnabled()


def _combo_parts(root: QWidget) -> set[int]:
    """Parts of combo boxes (their popup lists) belong to the combo, which carries the name.

    (Found from the combos down, not by walking up parents: PySide6 6.12 on Python 3.11
    drops a reference to None whenever parentWidget() returns no widget.)
    """
    parts: set[int] = set()
    for combo in root.findChildren(QComboBox):
        parts.update(id(w) for w in combo.findChildren(QWidget))
    return parts


def _interactive(root: QWidget) -> list[QWidget]:
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QCheckBox)
    out = []
    widgets = root.findChildren(QWidget)  # kept alive so the ids below stay theirs
    combo_parts = _combo_parts(root)
    for w in widgets:
        # A line edit's clear button is reached with the keyboard as Ctrl+A, Delete instead.
        if w.objectName().startswith("qt_") or id(w) in combo_parts:
            continue
        if isinstance(w.parentWidget(), QLineEdit):
            continue
        if isinstance(w, kinds) or w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            if isinstance(w, QLabel):
                continue
            out.append(w)
    return out


def test_every_interactive_widget_has_an_accessible_name(editor: MeetingEditor) -> None:
    for page in (editor.checklist_pages[CID], editor.actions_page):
        widgets = _interactive(page)
        assert len(widgets) > 5
        unnamed = [
            f"{type(w).__name__} {w.objectName()} {w.parentWidget()}"
            for w in widgets
            if not w.accessibleName()
        ]
        assert unnamed == []
    assert editor.nav.accessibleName()
    # The item's help text travels with the answer control for screen readers.
    assert card(editor, "chair").answer.combo.accessibleDescription() == "Kræves over to dage."


def test_english_shows_the_checklist_in_english(make_editor, meeting: Meeting) -> None:
    editor = make_editor(meeting, "en")
    c = card(editor, "contact")
    assert c.prompt.text() == "How to contact you?"
    assert [c.answer.combo.itemText(i) for i in range(3)] == ["Not answered", "Phone", "Chat"]
    assert c.status.itemText(1) == "Agreed"
    assert card(editor, "chair").depends.text() == "Depends on the answers above"


def test_every_shipped_checklist_item_gets_a_named_widget(make_editor) -> None:
    result = load_checklists()
    if not result.definitions:
        pytest.skip("no checklists/*.toml shipped yet")
    assert result.errors == []
    meeting = new_meeting(
        company="Smedjen ApS",
        manager_name="Lone Leder",
        employee_name="Mads Medarbejder",
        meeting_date="2026-03-02",
        checklists=result.ordered(),
    )
    editor = make_editor(meeting)
    for definition in result.ordered():
        page = editor.checklist_pages[definition.id]
        assert set(page.cards) == {i.id for i in definition.items()}
        for item_card in page.cards.values():
            assert item_card.answer.focus_widget().accessibleName()
        unnamed = [type(w).__name__ for w in _interactive(page) if not w.accessibleName()]
        assert unnamed == []
    assert isinstance(editor.actions_page.add_button, QPushButton)


def test_large_text_follows_the_app_zoom(qtbot, editor: MeetingEditor) -> None:
    prompt = card(editor, "purpose").prompt
    original = QApplication.font()
    try:
        bigger = QFont(original)
        bigger.setPointSizeF(24)
        QApplication.setFont(bigger)
        qtbot.waitUntil(lambda: prompt.font().pointSizeF() == pytest.approx(24 * 1.2))
        assert editor.progress_label.font().pointSizeF() == pytest.approx(24 * 1.15)
    finally:
        QApplication.setFont(original)


def test_the_action_table_caps_content_columns_at_a_share_of_its_viewport(qtbot) -> None:
    """The cap uses the viewport's width worked out from sizes (asking Qt for the viewport
    made PySide build every QtWidgets class): the same width, scroll bar or not."""
    from remotework_desktop.core.example import build_example_meeting
    from remotework_desktop.gui.editor.action_table import CONTENT_SHARE

    meeting = build_example_meeting()
    for n in range(12):
        meeting.add_action(f"Handling {n}: aftal hvornår vi ses næste gang", owner="both")
    for width, height in ((1200, 900), (700, 300)):
        editor = MeetingEditor(meeting, "da")
        qtbot.addWidget(editor)
        editor.resize(width, height)
        editor.show()
        editor.show_page("actions")
        table = editor.actions_page.table
        qtbot.waitUntil(lambda table=table: table.viewport().width() > 0)
        assert table.viewport_width() == table.viewport().width()
        for column in range(table.model().columnCount()):
            assert table.sizeHintForColumn(column) <= table.viewport().width() * CONTENT_SHARE
    assert table.verticalScrollBar().isVisible()  # the small one scrolls: both cases seen
