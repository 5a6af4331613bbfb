"""The task finder in the window ("Opgaver på distancen"), as user stories (pytest-qt, offscreen).

The real meeting model, the real shipped tasks.toml, the real store in a temp folder and the
real window; keyboard-only where the story says so.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QTableView,
    QWidget,
)

from remotework_desktop.core.checklists import ChecklistDefinition, load_checklists
from remotework_desktop.core.meetings import Meeting, new_meeting
from remotework_desktop.core.settings import load_settings
from remotework_desktop.core.store import Store
from remotework_desktop.gui import errors, i18n
from remotework_desktop.gui.app import AppController
from remotework_desktop.gui.editor.meeting_editor import MeetingEditor
from remotework_desktop.gui.editor.task_detail import ChoiceQuestion, HoursQuestion
from remotework_desktop.gui.editor.tasks_page import TasksPage
from remotework_desktop.gui.main_window import MainWindow
from remotework_desktop.gui.new_meeting_dialog import NewMeetingDialog
from tests.qt_helpers import run_modal
from tests.test_gui_a11y import assert_fits, menu_clashes, mnemonic_clashes, settle, zoom_to

TASKS = "tasks"


def tasks_meeting(checklists: list[ChecklistDefinition], **details: str) -> Meeting:
    fields = {
        "company": "Smedjen ApS",
        "manager_name": "Lone Leder",
        "employee_name": "Mads Medarbejder",
        "meeting_date": "2026-03-02",
    } | details
    return new_meeting(checklists=checklists, tasks=True, **fields)


def answer_all(meeting: Meeting, task_id: str, effect: str, hours: float) -> None:
    """Answer every question of a task with an option of this effect (home if none has it)."""
    finder = meeting.task_finder()
    for question in finder.questions:
        if question.kind == "hours":
            meeting.set_task_answer(task_id, question.id, hours)
            continue
        option = next((o for o in question.options if o.effect == effect), None)
        option = option or next(o for o in question.options if o.effect == "home")
        meeting.set_task_answer(task_id, question.id, option.id)


@pytest.fixture
def make_editor(qtbot) -> Callable[..., MeetingEditor]:
    def make(meeting: Meeting, lang: str = "da") -> MeetingEditor:
        editor = MeetingEditor(meeting, lang)
        qtbot.addWidget(editor)
        editor.resize(1200, 800)
        editor.show()
        qtbot.waitExposed(editor)
        editor.activateWindow()
        assert QTest.qWaitForWindowActive(editor)
        return editor

    return make


def open_tasks(editor: MeetingEditor) -> TasksPage:
    editor.show_page(TASKS)
    page = editor.stack.currentWidget()
    assert isinstance(page, TasksPage)
    return page


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab_to(widget: QWidget, limit: int = 80) -> None:
    """Press Tab until ``widget`` has the focus (it must be reachable by keyboard)."""
    for _ in range(limit):
        if focused() is widget:
            return
        press(Qt.Key.Key_Tab)
    assert focused() is widget, f"Tab never reached {widget.accessibleName()!r}"


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = focused()
    assert widget is not None, "no widget has the keyboard focus"
    QTest.keyClick(widget, key, modifier)


# -- keyboard only ---------------------------------------------------------------------------
def test_keyboard_only_add_a_task_answer_it_and_override_the_result_with_a_note(
    qtbot, make_editor, small_checklist
) -> None:
    meeting = tasks_meeting([small_checklist])
    editor = make_editor(meeting)
    # The page sits after the checklists and before the action plan.
    assert editor.page_keys()[:3] == ["checklist:small", TASKS, "actions"]
    page = open_tasks(editor)
    assert "Ingen opgaver" in page.summary.text()

    # An empty name is refused beside the field; nothing is added.
    page.new_name.setFocus()
    press(Qt.Key.Key_Return)
    assert meeting.tasks == []
    assert page.new_error.isVisible() and page.new_error.text().startswith("Fejl: ")
    assert page.new_error.text() in page.new_name.accessibleDescription()

    # Typed and added with Enter; the list shows it, chosen, with its result in words.
    QTest.keyClicks(page.new_name, "Bogføring")
    press(Qt.Key.Key_Return)
    assert [t.name for t in meeting.tasks] == ["Bogføring"]
    assert not page.new_error.isVisible()
    assert page.current_id() == meeting.tasks[0].id
    assert page.model.texts(0) == ("Bogføring", "—", "Ikke vurderet endnu")
    task_id = meeting.tasks[0].id

    # Every question by keyboard: Tab into the group, the arrow keys choose within it.
    detail = page.detail
    for qid, widget in detail.questions.items():
        if isinstance(widget, HoursQuestion):
            tab_to(widget.edit)
            QTest.keyClicks(widget.edit, "7,5")
            press(Qt.Key.Key_Return)
            continue
        assert isinstance(widget, ChoiceQuestion)
        tab_to(widget.buttons[None])  # "Ikke besvaret" is checked: Tab lands there
        press(Qt.Key.Key_Down)  # the first real option
        assert focused() is list(widget.buttons.values())[1]
        assert meeting.task(task_id).answers[qid] == list(widget.buttons)[1]
    assert meeting.task(task_id).answers[meeting.task_finder().hours_question.id] == 7.5
    evaluation = meeting.task_evaluation(task_id, "da")
    assert evaluation.computed is not None
    assert detail.result.text() == f"Resultat: {page.model.texts(0)[2]}"
    assert page.model.texts(0)[1] == "7,5 t"
    for reason in evaluation.reasons:
        assert reason in detail.reasons.text()

    # Override without a note: refused beside the note, the result stays as computed.
    tab_to(detail.override)
    press(Qt.Key.Key_End)  # "På arbejdspladsen"
    assert detail.override.currentData() == "workplace"
    assert meeting.task(task_id).override is None
    assert detail.note_error.isVisible()
    assert detail.note_error.text() == "Fejl: Skriv en note om, hvorfor I vælger et andet resultat."
    # The note written carries the override.
    tab_to(detail.note.edit)
    QTest.keyClicks(detail.note.edit, "Kunderne kommer her")
    press(Qt.Key.Key_Tab)
    assert meeting.task(task_id).override == "workplace"
    assert meeting.task(task_id).note == "Kunderne kommer her"
    assert not detail.note_error.isVisible()
    assert page.model.texts(0)[2] == "På arbejdspladsen (rettet)"
    assert "Rettet af jer. Beregnet:" in detail.reasons.text()
    assert "7,5" in page.summary.text() and "på arbejdspladsen 7,5" in page.summary.text()
    # The navigation counts the tasks.
    assert editor.nav.item(editor.page_keys().index(TASKS)).text().endswith("\n1 opgave")


def test_the_list_keys_move_and_remove_after_asking(qtbot, make_editor, small_checklist) -> None:
    meeting = tasks_meeting([small_checklist])
    for name in ("Korrektur", "Layout", "Kundeservice"):
        meeting.add_task(name)
    editor = make_editor(meeting)
    page = open_tasks(editor)
    page.table.setFocus()
    page.select(meeting.tasks[0].id)
    assert not page.up_button.isEnabled() and page.down_button.isEnabled()
    press(Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Down moves it down
    assert [t.name for t in meeting.tasks] == ["Layout", "Korrektur", "Kundeservice"]
    assert page.current_id() == meeting.tasks[1].id
    page.up_button.click()
    assert [t.name for t in meeting.tasks] == ["Korrektur", "Layout", "Kundeservice"]

    # Delete asks first; "Behold den" keeps it, "Fjern opgaven" removes it.
    def answer(button_text: str) -> Callable[[QDialog], None]:
        def act(box: QDialog) -> None:
            assert isinstance(box, QMessageBox) and "»Korrektur«" in box.text()
            next(b for b in box.buttons() if b.text() == button_text).click()

        return act

    page.table.setFocus()
    run_modal(answer("&Behold den"))
    press(Qt.Key.Key_Delete)
    assert len(meeting.tasks) == 3
    run_modal(answer("&Fjern opgaven"))
    page.remove_button.click()
    assert [t.name for t in meeting.tasks] == ["Layout", "Kundeservice"]
    assert page.current_id() == meeting.tasks[0].id  # the next one is chosen
    assert page.detail.name.text() == "Layout"


def test_renaming_to_an_empty_name_is_refused_beside_the_field(
    qtbot, make_editor, small_checklist
) -> None:
    meeting = tasks_meeting([small_checklist])
    meeting.add_task("Telefonvagt")
    page = open_tasks(make_editor(meeting))
    name = page.detail.name
    name.setFocus()
    name.selectAll()
    press(Qt.Key.Key_Delete)
    press(Qt.Key.Key_Tab)  # leaving the field applies it
    assert meeting.tasks[0].name == "Telefonvagt"
    assert page.detail.name_error.text() == "Fejl: Skriv opgavens navn."
    assert name.text() == ""  # what was typed stays for the user to mend
    QTest.keyClicks(name, "Telefonsupport")
    name.setFocus()
    press(Qt.Key.Key_Return)
    assert meeting.tasks[0].name == "Telefonsupport"
    assert not page.detail.name_error.isVisible()
    assert page.model.texts(0)[0] == "Telefonsupport"


# -- screen readers ----------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_control_on_the_page_has_a_screen_reader_name(
    qtbot, request, make_editor, small_checklist, lang: str
) -> None:
    i18n.install_translators(lang)
    request.addfinalizer(lambda: i18n.install_translators("da"))
    meeting = tasks_meeting([small_checklist], language=lang)
    meeting.add_task("Bogføring")
    page = open_tasks(make_editor(meeting, lang))
    controls = [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit | QComboBox | QPlainTextEdit | QTableView)
        and w.isVisible()
        and not w.objectName().startswith("qt_")
    ]
    assert len(controls) > 20
    unnamed = [type(w).__name__ for w in controls if not w.accessibleName().strip()]
    assert unnamed == []
    # A radio button names its question too, so it is understood on its own.
    radio = next(w for w in controls if isinstance(w, QRadioButton))
    assert " – " in radio.accessibleName()
    if lang == "en":
        assert page.title.text() == "Tasks at a distance"
        assert page.model.headers() == ["Task", "Hours/week", "Can be done"]


# -- zoom ----------------------------------------------------------------------------------------
def _open_window(qtbot, data_dir: Path, lang: str = "da") -> Iterator[MainWindow]:
    store = Store.open(data_dir)
    meeting = tasks_meeting(load_checklists().ordered(), language=lang)
    for n, (name, effect) in enumerate(
        [("Bogføring", "home"), ("Kundeservice", "partly"), ("Posten", "workplace")]
    ):
        task = meeting.add_task(name)
        answer_all(meeting, task.id, effect, 5 + n)
    store.save(meeting)
    settings = load_settings(data_dir)
    settings.language = lang
    controller = AppController(store, data_dir, settings, checklists=load_checklists())
    win = controller.show()
    qtbot.addWidget(win)
    win.activateWindow()
    QTest.qWaitForWindowActive(win)
    win.open_meeting(meeting.id)
    yield win
    win.close()
    store.close()


@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:
    """The real window on a meeting with the real checklists and three tasks."""
    yield from _open_window(qtbot, data_dir)


def test_the_page_fits_a_small_screen_at_100_150_and_200_percent(qtbot, window: MainWindow) -> None:
    editor = window.editor
    page = open_tasks(editor)
    for percent in (100, 150, 200):
        zoom_to(window, percent)
        editor.show_page(TASKS)
        settle()
        assert_fits(window)
        # Up and down only, never sideways.
        assert page.scroll.widget().minimumSizeHint().width() <= page.scroll.viewport().width()
        # Focus on the last control of the detail scrolls it into view.
        page.table.setFocus()
        settle()
        page.detail.note.edit.setFocus()
        settle()
        viewport = page.scroll.viewport()
        top_left = page.detail.note.edit.mapTo(viewport, page.detail.note.edit.rect().topLeft())
        assert viewport.rect().contains(top_left)
    # Side by side at 100 %, the list above the detail at 200 %.
    assert page.split.direction() == page.split.Direction.TopToBottom
    window.zoom_reset()
    settle()
    assert page.split.direction() == page.split.Direction.LeftToRight


@pytest.mark.parametrize("lang", ["da", "en"])
def test_mnemonics_on_the_page_and_in_the_dialog_are_unique_in_both_languages(
    qtbot, request, data_dir: Path, small_checklist, lang: str
) -> None:
    request.addfinalizer(lambda: i18n.install_translators("da"))
    opened = _open_window(qtbot, data_dir, lang)
    window = next(opened)
    request.addfinalizer(lambda: next(opened, None))  # close the window and the store
    window.editor.show_page(TASKS)
    settle()
    assert mnemonic_clashes(window) == [] and menu_clashes(window) == []
    dialog = NewMeetingDialog([small_checklist], lang)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.task_part.kind.setCurrentIndex(1)  # the preparation's button text
    settle()
    assert mnemonic_clashes(dialog) == []


# -- autosave, the suggestion, locking ------------------------------------------------------------
def test_a_task_added_in_the_window_reaches_the_store(qtbot, window: MainWindow) -> None:
    page = open_tasks(window.editor)
    page.new_name.setFocus()
    QTest.keyClicks(page.new_name, "Undertekster til video")
    press(Qt.Key.Key_Return)
    meeting = window.editor.meeting
    qtbot.waitUntil(lambda: not window.autosaver.dirty and window.save_label.text() == "Gemt")
    stored = window.store.get(meeting.id)
    assert [t.name for t in stored.tasks][-1] == "Undertekster til video"
    # An answer too, and the override with its note.
    task_id = meeting.tasks[-1].id
    page.detail.override.setCurrentIndex(page.detail.override.findData("home"))
    page.detail.override.activated.emit(page.detail.override.currentIndex())
    page.detail.note.edit.setPlainText("Kan klippes hjemme")
    page.detail.note.commit()
    qtbot.waitUntil(lambda: not window.autosaver.dirty and window.save_label.text() == "Gemt")
    stored = window.store.get(meeting.id)
    assert stored.task(task_id).override == "home"
    assert stored.task(task_id).note == "Kan klippes hjemme"


def test_the_suggestion_on_home_days_changes_the_answer_only_when_pressed(
    qtbot, window: MainWindow
) -> None:
    editor = window.editor
    meeting = editor.meeting
    editor.show_page("checklist:getting_started")
    cards = editor.checklist_pages["getting_started"].cards
    days_card, week_card = cards["home_days"], cards["schedule"]
    suggestion = days_card.task_suggestion
    assert suggestion is not None and suggestion.isVisibleTo(days_card)
    # 5 h home, 6 h partly, 7 h at the workplace: (5 + 3) / 18 of 5 days -> 2 days.
    assert suggestion.days == 2
    assert "Opgavelisten peger på 2 dage hjemme om ugen" in suggestion.text.text()
    assert meeting.entry("getting_started", "home_days").answer is None  # never filled silently
    week = week_card.task_suggestion
    assert week is not None and week.use_button is None
    assert "5 timer om ugen hjemme, 6 delvist hjemme og 7 på arbejdspladsen" in week.text.text()

    # The tasks change: the suggestion follows, still without touching the answer.
    page = open_tasks(editor)
    page.select(meeting.tasks[2].id)  # the workplace task
    detail = page.detail
    detail.override.setCurrentIndex(detail.override.findData("home"))
    detail.note.edit.setPlainText("Posten scannes nu")
    detail.override.activated.emit(detail.override.currentIndex())
    assert meeting.tasks[2].override == "home"
    assert suggestion.days == 4  # (12 + 3) / 18 of 5 days
    assert meeting.entry("getting_started", "home_days").answer is None

    editor.show_page("checklist:getting_started")
    suggestion.use_button.click()
    assert meeting.entry("getting_started", "home_days").answer == 4
    assert days_card.answer.edit.text() == "4"
    assert window.autosaver.dirty or window.save_label.text() in ("Gemmer …", "Gemt")


def test_a_signed_meeting_shows_its_tasks_read_only(
    qtbot, make_editor, small_checklist, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = tasks_meeting([small_checklist])
    task = meeting.add_task("Bogføring")
    answer_all(meeting, task.id, "home", 10)
    editor = make_editor(meeting)
    page = open_tasks(editor)  # built while the meeting can still be edited
    assert not page.detail.name.isReadOnly() and page.add_button.isEnabled()
    for role, name in (("manager", "Lone Leder"), ("employee", "Mads Medarbejder")):
        meeting.sign(role, name, confirmed=True)
    assert meeting.is_signed
    editor.set_read_only(True)  # what the window does once both have signed

    def assert_read_only(page: TasksPage) -> None:
        assert page.model.texts(0) == ("Bogføring", "10 t", "Hjemme")
        assert page.new_name.isReadOnly() and not page.add_button.isEnabled()
        assert not page.remove_button.isEnabled() and not page.down_button.isEnabled()
        detail = page.detail
        assert detail.name.isReadOnly() and not detail.category.isEnabled()
        assert not detail.override.isEnabled() and detail.note.edit.isReadOnly()
        for widget in detail.questions.values():
            if isinstance(widget, ChoiceQuestion):
                assert not any(b.isEnabled() for b in widget.buttons.values())
            else:
                assert widget.edit.isReadOnly()
        assert page.table.isEnabled()  # reading still works: the list can be walked

    assert_read_only(page)
    # Nothing changes by any route, and nothing asks: Enter in the field, Delete in the list.
    asked: list[object] = []
    monkeypatch.setattr(errors, "ask", lambda *a, **k: asked.append(a) or True)
    monkeypatch.setattr(errors, "show_error", lambda *a, **k: asked.append(a))
    assert page.add_typed() is False
    page.table.setFocus()
    press(Qt.Key.Key_Delete)
    press(Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert asked == []
    assert [t.name for t in meeting.tasks] == ["Bogføring"]
    # Opened again once signed: read-only from the start.
    assert_read_only(open_tasks(make_editor(meeting)))


# -- a preparation ---------------------------------------------------------------------------------
def test_a_preparation_has_only_the_task_page_and_starts_a_meeting_for_an_employee(
    qtbot, window: MainWindow
) -> None:
    # The manager alone: the new-meeting dialog's "Forberedelse", no employee name needed.
    def prepare(dialog: QDialog) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        dialog.task_part.kind.setFocus()
        QTest.keyClick(dialog.task_part.kind, Qt.Key.Key_Down)  # "Forberedelse: …"
        assert dialog.task_part.preparing()
        assert not dialog.employee_name.isEnabled()
        assert not any(c.isEnabled() for c in dialog.checklist_boxes.values())
        assert dialog.ok_button.text() == "&Start forberedelsen"
        dialog.company.setText("Smedjen ApS")
        dialog.manager_name.setText("Lone Leder")
        dialog.ok_button.click()

    run_modal(prepare)
    preparation = window.new_meeting()
    settle()
    assert preparation is not None and preparation.is_preparation
    assert window.editor.page_keys() == [TASKS]  # no action plan, no signing
    assert window.review is None
    assert (
        window.meeting_page.preparation_button.isVisible() and window.preparation_action.isEnabled()
    )
    assert window.meeting_page.meeting_title.text().startswith("Forberedelse – Smedjen ApS")
    page = open_tasks(window.editor)
    page.new_name.setText("Bogføring")
    assert page.add_typed()
    window.show_list()
    row = window.meeting_list.visible_ids().index(preparation.id)
    assert window.meeting_list.model.texts(row)[0] == "Forberedelse"

    # Later: a meeting with the named employee, carrying the task list.
    window.open_meeting(preparation.id)

    def name_employee(dialog: QDialog) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        assert dialog.company.text() == "Smedjen ApS" and dialog.company.isReadOnly()
        assert not dialog.task_part.kind.isVisible()
        dialog.ok_button.click()  # no name yet: refused beside the field
        assert dialog.meeting is None and dialog.error_text("employee_name")
        dialog.employee_name.setText("Mads Medarbejder")
        dialog.ok_button.click()

    run_modal(name_employee)
    assert window.start_from_preparation()
    meeting = window.editor.meeting
    assert meeting.id != preparation.id and meeting.employee_name == "Mads Medarbejder"
    assert [t.name for t in meeting.tasks] == ["Bogføring"]
    assert TASKS in window.editor.page_keys() and window.review is not None
    assert not window.meeting_page.preparation_button.isVisible()
    assert [t.name for t in window.store.get(preparation.id).tasks] == ["Bogføring"]


def test_a_broken_task_file_is_said_in_the_dialog_and_the_checklists_still_work(
    qtbot, small_checklist, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from remotework_desktop.core import tasks

    broken = tmp_path / "tasks.toml"
    broken.write_text('schema = 1\nid = "tasks"\nversion = "one"\n', encoding="utf-8")
    monkeypatch.setattr(tasks, "task_finder_path", lambda: broken)
    dialog = NewMeetingDialog([small_checklist], "da")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.task_part.check is None and not dialog.task_part.kind.isVisible()
    notice = dialog.findChild(QWidget, "tasks-file-broken")
    assert notice is not None and notice.isVisible()
    assert "tasks.toml" in notice.text() and "Intet er tabt" in notice.text()
    for widget, text in ((dialog.company, "S"), (dialog.manager_name, "L")):
        widget.setText(text)
    dialog.employee_name.setText("M")
    dialog.ok_button.click()
    assert dialog.meeting is not None and not dialog.meeting.has_tasks


# -- 200 tasks -------------------------------------------------------------------------------------
def test_with_200_tasks_the_page_shows_in_a_moment(qtbot, make_editor, small_checklist) -> None:
    meeting = tasks_meeting([small_checklist])
    for n in range(200):
        task = meeting.add_task(f"Opgave {n + 1}")
        answer_all(meeting, task.id, ("home", "partly", "workplace")[n % 3], 1 + n % 8)
    editor = make_editor(meeting)
    start = time.perf_counter()
    page = open_tasks(editor)
    settle()
    elapsed = time.perf_counter() - start
    assert page.summary.text().startswith("Opgaver: 200 ·")
    # Only the rows on screen are worked out, not all 200.
    assert 0 < page.model.rows_formatted < 80
    assert elapsed < 2.0  # generous: a loaded shared machine; the benchmark has the figure
    page.table.setFocus()
    press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert page.detail.name.text() == "Opgave 200"
