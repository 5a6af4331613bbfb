"""The application shell driven for real, offscreen: list, new meeting, autosave, zoom, errors."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cli_helper import run_python
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from remotework_desktop.core.checklists import ChecklistDefinition, LoadResult
from remotework_desktop.core.meetings import Meeting
from remotework_desktop.core.settings import (
    ZOOM_STEPS,
    Settings,
    load_settings,
    save_settings,
)
from remotework_desktop.core.store import Store, StoreError
from remotework_desktop.gui import app as app_module
from remotework_desktop.gui import errors, i18n
from remotework_desktop.gui.app import AppController
from remotework_desktop.gui.editor.meeting_editor import MeetingEditor
from remotework_desktop.gui.main_window import MainWindow
from remotework_desktop.gui.new_meeting_dialog import NewMeetingDialog


# -- fixtures -------------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def _restore_app_state(qapp: QApplication) -> Iterator[None]:
    """Zoom and language are application-wide; put them back after each test."""
    font = QFont(qapp.font())
    base = qapp.property("remotework_base_point_size")
    yield
    qapp.setFont(font)
    qapp.setProperty("remotework_base_point_size", base)
    i18n.install_translators("da")


class Dialogs:
    """Stands in for every modal box (errors.* is the one path), recording what was said."""

    def __init__(self) -> None:
        self.answers: list[bool] = []
        self.asked: list[str] = []
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.crashes: list[str] = []

    def ask(self, parent: Any, title: str, text: str, **_: Any) -> bool:
        self.asked.append(text)
        assert self.answers, f"unexpected question: {text}"
        return self.answers.pop(0)

    def error(self, parent: Any, text: str, *, info: str = "", details: str = "") -> None:
        self.errors.append(f"{text} {info}".strip())

    def info(self, parent: Any, title: str, text: str) -> None:
        self.infos.append(text)

    def crash(self, text: str, details: str) -> bool:
        self.crashes.append(text + "\n" + details)
        return False


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    d = Dialogs()
    monkeypatch.setattr(errors, "ask", d.ask)
    monkeypatch.setattr(errors, "show_error", d.error)
    monkeypatch.setattr(errors, "show_info", d.info)
    monkeypatch.setattr(errors, "show_crash_dialog", d.crash)
    return d


@pytest.fixture
def checklists(small_checklist: ChecklistDefinition) -> LoadResult:
    return LoadResult(definitions={small_checklist.id: small_checklist})


Start = Callable[..., AppController]


@pytest.fixture
def start(
    qtbot: QtBot, data_dir: Path, checklists: LoadResult, dialogs: Dialogs
) -> Iterator[Start]:
    """Open the store on the test folder and show the real main window; closes both after."""
    opened: list[tuple[Store, AppController]] = []

    def _start(*, debounce_ms: int = 30, read_only: bool = False) -> AppController:
        store = Store.open(data_dir, read_only=read_only)
        controller = AppController(
            store,
            data_dir,
            load_settings(data_dir),
            checklists=checklists,
            debounce_ms=debounce_ms,
        )
        window = controller.show()
        qtbot.addWidget(window)
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window)  # shortcuts only reach the active window
        opened.append((store, controller))
        return controller

    yield _start
    for store, controller in opened:
        if controller.window.isVisible():
            controller.window.close()
        store.close()


def restart(start: Start, controller: AppController, **kw: Any) -> AppController:
    """Close the window and the store, as quitting the program does, and start again."""
    assert controller.window.close()
    controller.store.close()
    return start(**kw)


def fill_dialog(
    qtbot: QtBot,
    dialog: NewMeetingDialog,
    *,
    company: str = "Byg & Bo ApS",
    manager: str = "Lone Leder",
    employee: str = "Ærø Østergård",
) -> None:
    for widget, text in (
        (dialog.company, company),
        (dialog.manager_name, manager),
        (dialog.employee_name, employee),
    ):
        widget.clear()
        qtbot.keyClicks(widget, text)


@pytest.fixture
def dialog_fills(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, str]]:
    """Make the modal new-meeting dialog type the queued values into its real fields."""
    queue: list[dict[str, str]] = []

    def exec_(self: NewMeetingDialog) -> int:
        self.show()
        fill_dialog(qtbot, self, **queue.pop(0))
        qtbot.mouseClick(self.ok_button, Qt.MouseButton.LeftButton)
        return self.result()

    monkeypatch.setattr(NewMeetingDialog, "exec", exec_)
    return queue


def create_meeting(qtbot: QtBot, window: MainWindow) -> Meeting:
    """Ctrl+N, type the details into the dialog, start the meeting."""
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editor is not None)
    return window.editor.meeting


def note_edit(window: MainWindow, item_id: str = "needs") -> QWidget:
    editor = window.editor
    assert isinstance(editor, MeetingEditor)
    page = next(iter(editor.checklist_pages.values()))
    return page.cards[item_id].note.edit


def wait_saved(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.save_label.text() == "Gemt" and not window.autosaver.dirty)


def open_stored_meeting(controller: AppController, meeting: Meeting) -> MainWindow:
    """Put ``meeting`` in the store and open it in the running window, as from the list."""
    controller.store.save(meeting)
    window = controller.window
    window.refresh_list()
    assert window.open_meeting(meeting.id)
    return window


# -- settings (core, Qt-free) ---------------------------------------------------------------
def test_settings_round_trip_and_damaged_file_falls_back(tmp_path: Path) -> None:
    save_settings(tmp_path, Settings(zoom=150, language="en", geometry="AAAA"))
    assert load_settings(tmp_path) == Settings(zoom=150, language="en", geometry="AAAA")
    (tmp_path / "settings.json").write_text("{ not json", encoding="utf-8")
    assert load_settings(tmp_path) == Settings()
    (tmp_path / "settings.json").write_text(
        json.dumps({"zoom": 900, "language": "fr", "geometry": 5}), encoding="utf-8"
    )
    odd = load_settings(tmp_path)
    assert (odd.zoom, odd.language) == (ZOOM_STEPS[-1], "da")


def test_zoom_steps_stop_at_the_ends() -> None:
    s = Settings(zoom=ZOOM_STEPS[-1])
    assert s.zoom_in() == ZOOM_STEPS[-1]
    s.zoom = ZOOM_STEPS[0]
    assert s.zoom_out() == ZOOM_STEPS[0]
    assert s.zoom_in() == ZOOM_STEPS[1]
    assert s.zoom_reset() == 100


# -- the new-meeting dialog -----------------------------------------------------------------
def test_dialog_shows_required_field_errors_and_focuses_first(
    qtbot: QtBot, small_checklist: ChecklistDefinition
) -> None:
    dialog = NewMeetingDialog([small_checklist], "da")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.meeting is None
    assert dialog.error_text("company") == "⚠ Skriv virksomhedens navn."
    assert dialog.error_text("employee_name") == "⚠ Skriv medarbejderens navn."
    assert dialog.error_text("manager_title") == ""
    assert dialog.focusWidget() is dialog.company
    # The error is also in what a screen reader hears on the field.
    assert "Skriv virksomhedens navn." in dialog.company.accessibleDescription()

    qtbot.keyClicks(dialog.company, "Smedjen ApS")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("company") == ""
    assert dialog.focusWidget() is dialog.manager_name

    fill_dialog(qtbot, dialog)
    dialog.checklist_boxes[small_checklist.id].setChecked(False)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("checklists") == "⚠ Vælg mindst én tjekliste."
    assert dialog.meeting is None

    dialog.checklist_boxes[small_checklist.id].setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == NewMeetingDialog.DialogCode.Accepted
    assert dialog.meeting is not None
    assert dialog.meeting.employee_name == "Ærø Østergård"
    assert [r.id for r in dialog.meeting.checklists] == [small_checklist.id]


def test_dialog_controls_have_accessible_names(
    qtbot: QtBot, small_checklist: ChecklistDefinition
) -> None:
    dialog = NewMeetingDialog([small_checklist], "da")
    qtbot.addWidget(dialog)
    interactive = (
        "QLineEdit",
        "QDateEdit",
        "QComboBox",
        "QCheckBox",
        "QPushButton",
    )
    widgets = [
        w
        for w in dialog.findChildren(QWidget)
        if w.metaObject().className() in interactive
        and not w.objectName().startswith("qt_")  # Qt's own parts, named by their owner
    ]
    assert len(widgets) >= 9
    assert [w.metaObject().className() for w in widgets if not w.accessibleName()] == []


# -- the whole path: create, edit, autosave, close, find it again ----------------------------
def test_create_edit_autosave_close_and_find_again(
    qtbot: QtBot, start: Start, dialog_fills: list[dict[str, str]], data_dir: Path
) -> None:
    controller = start()
    window = controller.window
    assert window.meeting_list.visible_ids() == []
    assert "ingen møder endnu" in window.meeting_list.empty.text()

    dialog_fills.append({"employee": "Ærø Østergård"})
    meeting = create_meeting(qtbot, window)
    assert window.stack.currentWidget() is window.meeting_page
    assert "Ærø Østergård" in window.meeting_page.meeting_title.text()
    stored = controller.store.get(meeting.id)
    assert stored.employee_name == "Ærø Østergård"

    # Type a note through the real editor; autosave puts it on disk.
    edit = note_edit(window)
    edit.setFocus()
    qtbot.keyClicks(edit, "Har brug for en stille arbejdsplads")
    qtbot.waitUntil(lambda: controller.store.get(meeting.id).entry("small", "needs").note != "")
    wait_saved(qtbot, window)
    assert controller.store.get(meeting.id).entry("small", "needs").note == (
        "Har brug for en stille arbejdsplads"
    )

    # More typing, then close at once: the close path flushes and saves synchronously.
    qtbot.keyClicks(edit, ", og to skærme")
    controller = restart(start, controller)
    window = controller.window
    assert window.meeting_list.visible_ids() == [meeting.id]
    row_text = window.meeting_list.model.index(0, 0).data()
    assert row_text == "Ærø Østergård"
    assert window.meeting_list.model.index(0, 4).data() == "Kladde"

    # Open with Enter from the list.
    window.meeting_list.table.setFocus()
    QTest.keyClick(window.meeting_list.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor is not None)
    assert note_edit(window).toPlainText() == "Har brug for en stille arbejdsplads, og to skærme"

    # Alt+Left goes back to the list.
    QTest.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.meeting_list)
    assert window.editor is None


def test_ctrl_s_saves_now_and_says_so(qtbot: QtBot, start: Start, make_meeting: Callable) -> None:
    controller = start(debounce_ms=60_000)  # autosave would not fire within the test
    meeting = make_meeting()
    window = open_stored_meeting(controller, meeting)
    edit = note_edit(window)
    edit.setFocus()
    qtbot.keyClicks(edit, "Gemmes med Ctrl+S")
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert controller.store.get(meeting.id).entry("small", "needs").note == "Gemmes med Ctrl+S"
    assert window.save_label.text() == "Gemt"
    assert window.statusBar().currentMessage().startswith("Mødet er gemt kl.")


def test_f1_toggles_the_help_of_the_focused_item(
    qtbot: QtBot, start: Start, make_meeting: Callable
) -> None:
    controller = start()
    meeting = make_meeting()
    window = open_stored_meeting(controller, meeting)
    window.activateWindow()
    edit = note_edit(window)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    card = next(iter(window.editor.checklist_pages.values())).cards["needs"]
    assert card.help.isHidden()
    QTest.keyClick(edit, Qt.Key.Key_F1)
    assert not card.help.isHidden()


# -- list: search, delete -------------------------------------------------------------------
def test_search_filters_by_employee_or_company_and_ctrl_f_focuses(
    qtbot: QtBot, start: Start, make_meeting: Callable
) -> None:
    controller = start()
    a = make_meeting(employee_name="Anna Andersen", company="Bageriet")
    b = make_meeting(employee_name="Bo Berg", company="Anna's Blomster")
    c = make_meeting(employee_name="Carl Clausen", company="Cykelsmeden")
    for m in (a, b, c):
        controller.store.save(m)
    window = controller.window
    window.refresh_list()
    mlist = window.meeting_list
    assert sorted(mlist.visible_ids()) == sorted([a.id, b.id, c.id])

    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(mlist.search.hasFocus)
    qtbot.keyClicks(mlist.search, "anna")
    assert sorted(mlist.visible_ids()) == sorted([a.id, b.id])
    mlist.search.clear()
    qtbot.keyClicks(mlist.search, "smeden")
    assert mlist.visible_ids() == [c.id]
    mlist.search.clear()
    # The manager's name is not searched: every meeting has the same manager.
    qtbot.keyClicks(mlist.search, "Lone")
    assert mlist.visible_ids() == []
    assert mlist.empty.text() == "Ingen møder passer til søgningen."


def test_delete_asks_first_and_really_deletes(
    qtbot: QtBot, start: Start, make_meeting: Callable, dialogs: Dialogs, data_dir: Path
) -> None:
    controller = start()
    draft = make_meeting(employee_name="Dorte Draft")
    signed = make_meeting(employee_name="Sine Signed")
    signed.sign("manager", "Lone Leder", confirmed=True)
    signed.sign("employee", "Sine Signed", confirmed=True)
    for m in (draft, signed):
        controller.store.save(m)
    window = controller.window
    window.refresh_list()
    mlist = window.meeting_list

    mlist.select_id(draft.id)
    dialogs.answers.append(False)  # "Fortryd"
    mlist.table.setFocus()
    QTest.keyClick(mlist.table, Qt.Key.Key_Delete)
    assert len(dialogs.asked) == 1
    assert "Dorte Draft" in dialogs.asked[0]
    assert draft.id in mlist.visible_ids()
    assert controller.store.get(draft.id).employee_name == "Dorte Draft"

    dialogs.answers.append(True)
    qtbot.mouseClick(mlist.delete_button, Qt.MouseButton.LeftButton)
    assert mlist.visible_ids() == [signed.id]
    assert not any("Dorte Draft" in p.read_text(errors="replace") for p in _live_files(data_dir))

    mlist.select_id(signed.id)
    dialogs.answers.append(True)
    qtbot.mouseClick(mlist.delete_button, Qt.MouseButton.LeftButton)
    assert "underskrevet aftale" in dialogs.asked[-1]  # the stronger warning
    assert mlist.visible_ids() == []


def _live_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*.json") if "backups" not in p.parts]


# -- zoom -----------------------------------------------------------------------------------
def test_zoom_changes_the_font_and_is_remembered(
    qtbot: QtBot, start: Start, data_dir: Path
) -> None:
    controller = start()
    window = controller.window
    base = QApplication.font().pointSizeF()
    assert base >= 11
    heading = window.meeting_list.heading.font().pointSizeF()
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert controller.settings.zoom == 125
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.25, abs=0.1)
    # Widgets follow (Qt posts the font change), headings too: they scale from the app font.
    qtbot.waitUntil(lambda: abs(window.meeting_list.search.font().pointSizeF() - base * 1.25) < 0.1)
    assert window.meeting_list.heading.font().pointSizeF() > heading
    assert json.loads((data_dir / "settings.json").read_text())["zoom"] == 125

    QTest.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert controller.settings.zoom == 110
    controller = restart(start, controller)
    assert controller.settings.zoom == 110
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.10, abs=0.1)
    QTest.keyClick(controller.window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(base, abs=0.1)


def test_high_contrast_is_switched_by_keyboard_and_remembered(
    qtbot: QtBot, start: Start, data_dir: Path
) -> None:
    from PySide6.QtGui import QPalette

    from remotework_desktop.gui.style import apply_contrast

    role = QPalette.ColorRole
    normal = QApplication.palette().color(role.Window)
    controller = start()
    window = controller.window
    try:
        window.activateWindow()
        shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        QTest.keyClick(window, Qt.Key.Key_K, shift_ctrl)
        assert window.contrast_action.isChecked()
        palette = QApplication.palette()
        assert palette.color(role.Window).name() == "#000000"
        assert palette.color(role.WindowText).name() == "#ffffff"
        assert palette.color(role.Highlight).name() == "#ffff00"
        assert json.loads((data_dir / "settings.json").read_text())["high_contrast"] is True
        controller = restart(start, controller)
        assert controller.window.contrast_action.isChecked()
        assert QApplication.palette().color(role.Window).name() == "#000000"
        controller.window.contrast_action.trigger()  # off again: the system's colours
        assert QApplication.palette().color(role.Window) == normal
        assert json.loads((data_dir / "settings.json").read_text())["high_contrast"] is False
    finally:
        apply_contrast(False)


def test_f1_on_the_list_explains_how_a_meeting_goes(
    qtbot: QtBot, start: Start, dialogs: Dialogs
) -> None:
    window = start().window
    window.meeting_list.table.setFocus()
    QTest.keyClick(window.meeting_list.table, Qt.Key.Key_F1)
    assert len(dialogs.infos) == 1
    assert "Start et nyt møde (Ctrl+N)" in dialogs.infos[0]
    assert "Gennemse og underskriv" in dialogs.infos[0]


# -- the indicator tells the truth -----------------------------------------------------------
def test_indicator_never_says_saved_while_a_change_is_unsaved(
    qtbot: QtBot,
    start: Start,
    make_meeting: Callable,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Type, let a save start, type again before it finishes: "Gemt" only once both are on disk."""
    controller = start(debounce_ms=30)
    meeting = make_meeting()
    window = open_stored_meeting(controller, meeting)
    store = controller.store

    # The real save, each call held at the door until the test lets one through.
    real_save = Store.save
    permits = threading.Semaphore(0)
    calls = {"n": 0}

    def held_save(self: Store, m: Meeting) -> None:
        calls["n"] += 1
        assert permits.acquire(timeout=20), "the test never let the save through"
        real_save(self, m)

    monkeypatch.setattr(Store, "save", held_save)
    edit = note_edit(window)
    seen: list[tuple[str, str, str]] = []  # indicator, note on screen, note on disk

    def watch(*_: object) -> None:
        # Runs after the window's own slot, so the label already shows the new state.
        on_disk = store.get(meeting.id).entry("small", "needs").note
        seen.append((window.save_label.text(), edit.toPlainText(), on_disk))

    def saved_while_unsaved() -> list[tuple[str, str, str]]:
        return [s for s in seen if s[0] == "Gemt" and s[1] != s[2]]

    window.autosaver.state_changed.connect(watch)
    edit.setFocus()
    qtbot.keyClicks(edit, "Første")
    qtbot.waitUntil(lambda: calls["n"] == 1)  # the first save is under way, held
    qtbot.keyClicks(edit, " og anden")
    qtbot.waitUntil(lambda: window.editor.meeting.entry("small", "needs").note == "Første og anden")
    qtbot.wait(150)  # past the autosave pause: the second change asks for a save
    assert window.save_label.text() == "Gemmer …"

    permits.release()  # the first save ends; the second change is still not on disk
    qtbot.waitUntil(lambda: calls["n"] >= 2 or window.save_label.text() == "Gemt")
    qtbot.wait(50)
    assert not saved_while_unsaved(), seen
    assert window.save_label.text() == "Gemmer …"

    permits.release(10)
    wait_saved(qtbot, window)
    assert store.get(meeting.id).entry("small", "needs").note == "Første og anden"
    assert seen[-1][0] == "Gemt"
    assert not saved_while_unsaved(), seen


# -- a failing save -------------------------------------------------------------------------
def test_failed_save_is_shown_keeps_the_change_and_retries(
    qtbot: QtBot,
    start: Start,
    make_meeting: Callable,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller = start()
    meeting = make_meeting()
    window = open_stored_meeting(controller, meeting)
    window.autosaver.set_retry(100)

    real_save = Store.save
    failing = {"on": True, "calls": 0}

    def flaky_save(self: Store, m: Meeting) -> None:
        if failing["on"]:
            failing["calls"] += 1
            raise StoreError("Disken er fuld. Gør plads, så gemmer programmet igen.")
        real_save(self, m)

    monkeypatch.setattr(Store, "save", flaky_save)
    edit = note_edit(window)
    edit.setFocus()
    qtbot.keyClicks(edit, "Må ikke gå tabt")
    qtbot.waitUntil(lambda: window.save_label.text() == "Kunne ikke gemme – prøver igen")
    assert "Disken er fuld" in window.save_detail.text()
    assert edit.toPlainText() == "Må ikke gå tabt"
    assert window.editor.meeting.entry("small", "needs").note == "Må ikke gå tabt"
    qtbot.waitUntil(lambda: failing["calls"] >= 2)  # it keeps trying on its own

    failing["on"] = False
    wait_saved(qtbot, window)
    assert window.save_detail.text() == ""
    assert controller.store.get(meeting.id).entry("small", "needs").note == "Må ikke gå tabt"


def test_leaving_a_meeting_that_cannot_be_saved_keeps_it_open(
    qtbot: QtBot,
    start: Start,
    make_meeting: Callable,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: Dialogs,
) -> None:
    controller = start(debounce_ms=60_000)
    meeting = make_meeting()
    window = open_stored_meeting(controller, meeting)

    real_save = Store.save
    broken = {"on": True}

    def save(self: Store, m: Meeting) -> None:
        if broken["on"]:
            raise StoreError("Mappen findes ikke længere.")
        real_save(self, m)

    monkeypatch.setattr(Store, "save", save)
    edit = note_edit(window)
    edit.setFocus()
    qtbot.keyClicks(edit, "Vigtigt")
    assert not window.show_list()
    assert window.editor is not None
    assert "Mappen findes ikke længere." in dialogs.errors[-1]
    dialogs.answers.append(False)  # "Bliv i programmet"
    assert not window.close()
    assert window.isVisible()
    broken["on"] = False
    assert window.close()
    assert controller.store.get(meeting.id).entry("small", "needs").note == "Vigtigt"


# -- a second program on the same folder ----------------------------------------------------
def test_store_locked_offers_a_read_only_view(
    qtbot: QtBot, data_dir: Path, dialogs: Dialogs, make_meeting: Callable
) -> None:
    first = Store.open(data_dir)
    try:
        meeting = make_meeting()
        first.save(meeting)
        dialogs.answers.append(False)  # "Luk"
        assert app_module._open_store(data_dir) is None
        assert "allerede" in dialogs.asked[-1]

        dialogs.answers.append(True)  # "Vis uden at ændre"
        second = app_module._open_store(data_dir)
        assert second is not None and second.read_only
        try:
            window = MainWindow(second, Settings(), data_dir)
            qtbot.addWidget(window)
            assert not window.new_action.isEnabled()
            assert not window.meeting_list.delete_button.isEnabled()
            assert window.open_meeting(meeting.id)
            assert window.editor.read_only
            assert not window.save_action.isEnabled()
        finally:
            second.close()
    finally:
        first.close()


# -- crash handler --------------------------------------------------------------------------
def test_crash_handler_saves_the_open_meeting_logs_and_explains(
    qtbot: QtBot, start: Start, make_meeting: Callable, dialogs: Dialogs, data_dir: Path
) -> None:
    controller = start(debounce_ms=60_000)
    meeting = make_meeting()
    window = open_stored_meeting(controller, meeting)
    edit = note_edit(window)
    edit.setFocus()
    qtbot.keyClicks(edit, "Skrevet lige før fejlen")

    handler = errors.CrashHandler(data_dir / "logs", controller.rescue)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        handler(type(exc), exc, exc.__traceback__)

    assert controller.store.get(meeting.id).entry("small", "needs").note == (
        "Skrevet lige før fejlen"
    )
    log_file = data_dir / "logs" / "crash.log"
    if os.name == "posix":  # a traceback can quote what was typed: the user's eyes only
        assert log_file.stat().st_mode & 0o777 == 0o600
        assert log_file.parent.stat().st_mode & 0o777 == 0o700
    log = log_file.read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in log
    assert "Dit arbejde er gemt." in dialogs.crashes[0]
    assert "boom in a slot" in dialogs.crashes[0]


# -- demo -----------------------------------------------------------------------------------
# The demo runs the real event loop to its end (app.exec, then quit). A quit application
# leaves Qt's timers dead for every later test in the same process, so it runs in a child.
DEMO_CHILD = """
import json, sys, tempfile
from pathlib import Path
from remotework_desktop.gui import app as app_module
from remotework_desktop.gui.app import AppController

made, seen = [], {}
real_mkdtemp = tempfile.mkdtemp

def mkdtemp(**kw):
    path = real_mkdtemp(dir=sys.argv[1], **kw)
    made.append(path)
    return path

app_module.tempfile.mkdtemp = mkdtemp
real_show = AppController.show

def show(self):
    window = real_show(self)
    seen["rows"] = window.meeting_list.model.rowCount()
    seen["folder"] = str(self.data_dir)
    return window

AppController.show = show
code = app_module.run_gui(None, demo=True)
print(json.dumps({"code": code, "made": made, **seen}))
"""


def test_demo_opens_on_a_throwaway_folder_with_the_example(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "REMOTEWORK_DATA_DIR": str(tmp_path / "must-not-be-used"),
        app_module.EXIT_AFTER_SHOW_ENV: "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    out = run_python(DEMO_CHILD, str(tmp_path), env=env)
    assert out["code"] == 0
    assert out["rows"] == 1
    assert out["folder"] == out["made"][0]
    assert not Path(out["made"][0]).exists()  # deleted on exit
    assert not (tmp_path / "must-not-be-used").exists()
