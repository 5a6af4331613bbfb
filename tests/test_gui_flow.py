"""Whole journeys through the real main window with the shipped checklists.

One meeting is completed with the keyboard alone: created, answered, an action agreed,
reviewed, signed by both with typed names, locked. Then the signed meeting survives a restart,
its PDF verifies, and a new version or a follow-up starts from it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from remotework_desktop.core.example import build_example_meeting
from remotework_desktop.core.formatting import format_date
from remotework_desktop.core.pdf.verify import verify_pdf
from remotework_desktop.core.settings import load_settings
from remotework_desktop.core.store import Store
from remotework_desktop.gui import errors, i18n
from remotework_desktop.gui.app import AppController
from remotework_desktop.gui.between_dialogs import FollowUpDialog
from remotework_desktop.gui.editor.meeting_editor import MeetingEditor
from remotework_desktop.gui.review.review_page import ReviewPage
from remotework_desktop.gui.review.sign_dialog import SignDialog
from tests.qt_helpers import run_modal

MANAGER = "Søren Ødegaard"
EMPLOYEE = "Åse Brønnum-Jensen"


@pytest.fixture(autouse=True)
def _quiet_dialogs(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[None]:
    said: list[str] = []
    monkeypatch.setattr(errors, "show_error", lambda *a, **k: said.append(str(a[1:])))
    monkeypatch.setattr(errors, "show_info", lambda *a, **k: said.append(str(a[1:])))
    yield
    i18n.install_translators("da")
    assert said == [], f"unexpected message boxes: {said}"


@pytest.fixture
def start(qtbot: QtBot, data_dir: Path) -> Iterator[Callable[[], AppController]]:
    opened: list[AppController] = []

    def _start() -> AppController:
        store = Store.open(data_dir)
        controller = AppController(store, data_dir, load_settings(data_dir), debounce_ms=20)
        window = controller.show()
        qtbot.addWidget(window)
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window)
        opened.append(controller)
        return controller

    yield _start
    for controller in opened:
        if controller.window.isVisible():
            controller.window.close()
        controller.store.close()


# -- keyboard helpers ------------------------------------------------------------------------
def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def tab_to(target: QWidget, limit: int = 800) -> None:
    """Press Tab until ``target`` has the focus: proves it is reachable by keyboard."""
    for _ in range(limit):
        if focused() is target:
            return
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"never reached {target.accessibleName()!r} with Tab")


def reactivate(window: QWidget) -> None:
    """Offscreen, nothing hands activation back to the window when a dialog closes."""
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)


def wait_for_focus_in(dialog: QDialog) -> None:
    """A dialog that opens must take the keyboard focus itself."""
    for _ in range(100):
        widget = QApplication.focusWidget()
        if widget is not None and dialog.isAncestorOf(widget):
            return
        QTest.qWait(20)
    raise AssertionError(f"{dialog.windowTitle()!r} opened without keyboard focus")


def fill_new_meeting(dialog: QDialog) -> None:
    # The dialog opens in the company field; Tab walks the fields; Enter starts the meeting.
    wait_for_focus_in(dialog)
    type_text("Æblegården ApS")
    press(Qt.Key.Key_Tab)
    type_text(MANAGER)
    press(Qt.Key.Key_Tab)
    type_text("Afdelingsleder")
    press(Qt.Key.Key_Tab)
    type_text(EMPLOYEE)
    press(Qt.Key.Key_Return)


def sign_typed(name: str) -> Callable[[QDialog], None]:
    def sign(dialog: QDialog) -> None:
        assert isinstance(dialog, SignDialog)
        wait_for_focus_in(dialog)
        assert focused() is dialog.pad  # the tab bar takes no focus; Ctrl+Tab or Alt+S switch
        press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # "Skriv navn"
        assert focused() is dialog.typed_name  # focus lands where the name is typed
        type_text(name)
        press(Qt.Key.Key_Tab)
        assert focused() is dialog.confirm
        press(Qt.Key.Key_Space)
        press(Qt.Key.Key_Return)

    return sign


# These stay usable on a locked meeting: they move around or show help, they change nothing.
NAVIGATION = ("Gå til afsnit", "Vis hjælp – ")


def editing_controls(root: QWidget) -> list[QWidget]:
    """Every control under ``root`` that could still change the meeting."""
    found: list[QWidget] = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or not w.isEnabled():
            continue
        if w.accessibleName().startswith(NAVIGATION):
            continue
        editable_text = isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit) and not w.isReadOnly()
        toggles = isinstance(w, QAbstractButton) and w.isCheckable()
        if editable_text or toggles or isinstance(w, QComboBox):
            found.append(w)
    return found


# -- the journey -----------------------------------------------------------------------------
def test_a_whole_meeting_with_the_keyboard_alone(
    qtbot: QtBot, start: Callable[[], AppController]
) -> None:
    controller = start()
    window = controller.window

    run_modal(fill_new_meeting)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editor is not None)
    editor = window.editor
    assert isinstance(editor, MeetingEditor)
    meeting = editor.meeting
    assert (meeting.company, meeting.employee_name) == ("Æblegården ApS", EMPLOYEE)
    assert [ref.id for ref in meeting.checklists] == ["getting_started", "leading", "conversation"]

    page = editor.checklist_pages["getting_started"]
    cards = page.cards
    reactivate(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    # A number, then its status, by Tab, typing and arrow keys.
    days = cards["home_days"]
    tab_to(days.answer.edit)
    type_text("2")
    press(Qt.Key.Key_Return)
    tab_to(days.status)
    press(Qt.Key.Key_Down)
    assert meeting.entry("getting_started", "home_days").answer == 2
    assert meeting.entry("getting_started", "home_days").status == "agreed"

    # The weekday plan: Monday at the workplace, Tuesday at home.
    week = cards["schedule"].answer
    tab_to(week.combos["mon"])
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    tab_to(week.combos["tue"])
    press(Qt.Key.Key_Down)
    assert meeting.entry("getting_started", "schedule").answer == {
        "mon": "workplace",
        "tue": "home",
    }

    # Contact hours, the Danish way of writing times.
    hours = cards["contact_hours"].answer
    tab_to(hours.start)
    type_text("9.00")
    press(Qt.Key.Key_Tab)
    type_text("15.30")
    press(Qt.Key.Key_Tab)
    assert meeting.entry("getting_started", "contact_hours").answer == {
        "start": "09:00",
        "end": "15:30",
    }

    # A start date typed as dd-mm-åååå.
    start_date = cards["start_date"].answer
    tab_to(start_date.edit)
    type_text("04-01-2027")
    press(Qt.Key.Key_Return)
    assert meeting.entry("getting_started", "start_date").answer == "2027-01-04"

    # Turn an item into an agreed action: the dialog takes what, owner and deadline.
    tab_to(cards["schedule"].action_button)
    press(Qt.Key.Key_Space)
    dialog = editor.actions_page.dialog
    qtbot.waitUntil(dialog.isVisible)
    wait_for_focus_in(dialog)
    tab_to(dialog.what)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # replace the prefilled prompt
    type_text("Prøv to hjemmedage i tre måneder")
    tab_to(dialog.owner)
    press(Qt.Key.Key_Up)  # Begge (the default) -> Medarbejder
    tab_to(dialog.deadline.edit)
    type_text("01-04-2027")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [(a.what, a.owner, a.deadline, a.item_id) for a in meeting.actions] == [
        ("Prøv to hjemmedage i tre måneder", "employee", "2027-04-01", "schedule")
    ]

    # Autosave puts it all on disk.
    qtbot.waitUntil(lambda: not window.autosaver.dirty and window.save_label.text() == "Gemt")
    stored = controller.store.get(meeting.id)
    assert stored.entry("getting_started", "home_days").answer == 2
    assert len(stored.actions) == 1

    # Ctrl+PgDown walks the pages to the review page.
    review = window.review
    assert isinstance(review, ReviewPage)
    reactivate(window)
    editor.setFocus()
    for _ in range(10):
        if review.isVisible():
            break
        QTest.keyClick(editor, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert review.isVisible()
    assert review.pdf_bytes().startswith(b"%PDF")

    # Both sign with typed names; each opens the dialog with Space on its button. Not every
    # item was discussed, so the first signature asks first; "Underskriv alligevel" goes on.
    def sign_anyway(box: QDialog) -> None:
        assert isinstance(box, QMessageBox) and "ikke drøftet" in box.text()
        anyway = next(b for b in box.buttons() if b.text() == "&Underskriv alligevel")
        assert anyway.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable by Tab
        anyway.click()

        def then_sign() -> None:  # once the sign dialog has taken over from the question
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, SignDialog):
                QTimer.singleShot(20, then_sign)
                return
            sign_typed(MANAGER)(dialog)

        QTimer.singleShot(0, then_sign)

    run_modal(sign_anyway)
    tab_to(review.rows["manager"].sign_button)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: meeting.signature("manager") is not None)
    reactivate(window)
    # After one has signed, the focus waits on the other's button.
    assert focused() is review.rows["employee"].sign_button
    run_modal(sign_typed(EMPLOYEE))
    tab_to(review.rows["employee"].sign_button)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: meeting.is_signed)

    # Locked: the store holds the signed record, and nothing on the pages can edit it.
    assert controller.store.get(meeting.id).fingerprint == meeting.fingerprint
    # The review shows the sealed plan, which is kept: the first export need not render it.
    review.wait_rendered()
    kept = controller.store.folder / "signed" / f"{meeting.id}.{review.pdf_lang}.pdf"
    assert kept.read_bytes() == review.pdf_bytes()
    assert editor.read_only
    for key in editor.page_keys():
        editor.show_page(key)
        if key.startswith("checklist:") or key == "actions":
            names = [w.accessibleName() for w in editing_controls(editor.stack.currentWidget())]
            assert names == [], "; ".join(names[:40])
    assert window.new_version_action.isEnabled() and window.follow_up_action.isEnabled()


def test_signed_meeting_survives_restart_verifies_and_starts_new_versions(
    qtbot: QtBot, start: Callable[[], AppController], tmp_path: Path
) -> None:
    with Store.open(tmp_path / "data") as store:
        meeting = build_example_meeting()
        meeting.sign("manager", MANAGER, confirmed=True)
        meeting.sign("employee", EMPLOYEE, confirmed=True)
        store.save(meeting)
    controller = start()
    window = controller.window
    assert window.meeting_list.model.index(0, 4).data() == "Underskrevet"
    window.meeting_list.table.setFocus()
    QTest.keyClick(window.meeting_list.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor is not None)
    assert window.editor.read_only
    assert window.editor.meeting.entry("getting_started", "home_days").answer == 3

    # Save as PDF from the review page: verify says it matches this installation's record.
    target = tmp_path / "plan.pdf"
    window.editor.show_page("Gennemse og underskriv")
    assert window.review.save_pdf(target) is not None
    result = verify_pdf(target.read_bytes(), controller.store)
    assert result.code == 0, result.differences

    # A change to the signed agreement is a new version; the signed one stays as it was.
    signed_before = controller.store.get(meeting.id).model_dump(mode="json")
    assert window.start_new_version()
    v2 = window.editor.meeting
    assert (v2.version, v2.amends, v2.state) == (2, meeting.id, "draft")
    assert not window.editor.read_only
    v2.set_answer("getting_started", "home_days", 2)
    window.editor.changed.emit()
    assert window.show_list()
    assert controller.store.get(meeting.id).model_dump(mode="json") == signed_before
    assert controller.store.get(v2.id).entry("getting_started", "home_days").answer == 2

    # A follow-up meeting carries the open actions forward. It asks for its own date: the
    # follow-up date agreed to begin with; a day before the agreement is refused beside it.
    assert window.open_meeting(meeting.id)
    seen: dict[str, str] = {}

    def choose_date(dialog: QDialog) -> None:
        assert isinstance(dialog, FollowUpDialog)
        assert dialog.date.iso() == meeting.follow_up_date
        day = dt.date.fromisoformat(meeting.meeting_date) - dt.timedelta(days=1)
        dialog.date.set_iso(day.isoformat())
        dialog.ok_button.click()
        assert dialog.isVisible()
        seen["error"] = dialog.error.text()
        dialog.date.set_iso(meeting.follow_up_date)
        dialog.ok_button.click()

    run_modal(choose_date)
    assert window.start_follow_up()
    assert meeting.meeting_date in seen["error"] and seen["error"].startswith("Fejl:")
    follow = window.editor.meeting
    assert follow.follows == meeting.id
    assert follow.meeting_date == meeting.follow_up_date
    label = "Opfølgning af aftalen fra " + format_date(meeting.meeting_date, "da")
    assert (
        window.meeting_page.follows_label.text() == label
        and window.meeting_page.follows_label.isVisible()
    )
    # Each card shows what was agreed last time, to evaluate against it.
    days_card = window.editor.checklist_pages["getting_started"].cards["home_days"]
    assert days_card.previous is not None
    assert days_card.previous.text() == "Aftalt sidst: 3"
    # ... and whether it is kept, changed or new against the signed agreement.
    assert days_card.change.text() == "= Uændret siden aftalen"
    days_card._apply_answer(4)
    assert days_card.change.text() == "✎ Ændret siden aftalen"
    assert days_card.change.accessibleName() == days_card.change.text()
    assert window.show_list()
    row = window.meeting_list.visible_ids().index(follow.id)
    assert label in window.meeting_list.proxy.index(row, 4).data()
    assert [a.what for a in follow.actions] == [a.what for a in meeting.actions if not a.done]


def test_every_focusable_control_of_the_main_window_has_a_name(
    qtbot: QtBot, start: Callable[[], AppController], tmp_path: Path
) -> None:
    with Store.open(tmp_path / "data") as store:
        store.save(build_example_meeting())
    controller = start()
    window = controller.window

    def unnamed() -> list[str]:
        out = []
        for w in window.findChildren(QWidget):
            if not w.isVisibleTo(window) or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            if w.focusProxy() is None and not w.accessibleName().strip():
                out.append(f"{type(w).__name__} {w.objectName()}")
        return out

    assert unnamed() == []  # the list of meetings
    probe = QLineEdit(window.meeting_list)  # the check itself notices an unnamed control
    probe.show()
    assert unnamed() == ["QLineEdit "]
    probe.deleteLater()
    probe.hide()
    window.meeting_list.table.setFocus()
    QTest.keyClick(window.meeting_list.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor is not None)
    for key in window.editor.page_keys():
        window.editor.show_page(key)
        assert unnamed() == [], key
