"""The task finder's loose ends in the window, as user stories (pytest-qt, offscreen): the part
added to and removed from a draft in "Ret oplysninger", real plurals, the short note of the
questions still to answer, and signing with tasks not assessed yet.

The real window on the real store in a temp folder, the real meeting model and tasks.toml.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from remotework_desktop.core.checklists import load_checklists
from remotework_desktop.core.meetings import Meeting, new_meeting
from remotework_desktop.core.settings import load_settings
from remotework_desktop.core.store import Store
from remotework_desktop.gui import i18n
from remotework_desktop.gui.app import AppController
from remotework_desktop.gui.main_window import MainWindow
from remotework_desktop.gui.new_meeting_dialog import NewMeetingDialog
from remotework_desktop.gui.review.review_page import ReviewPage
from remotework_desktop.gui.task_part import TaskPartChoice
from tests.conftest import load_small_checklist
from tests.qt_helpers import run_modal
from tests.test_gui_a11y import settle
from tests.test_gui_tasks import TASKS, answer_all, open_tasks


def _meeting(*, tasks: bool, lang: str = "da") -> Meeting:
    meeting = new_meeting(
        company="Smedjen ApS",
        manager_name="Lone Leder",
        employee_name="Mads Medarbejder",
        meeting_date="2026-03-02",
        checklists=[load_small_checklist()],
        language=lang,
        tasks=tasks,
    )
    # Every item talked about: the only gaps left are the tasks'.
    for ref in meeting.checklists:
        for item in meeting.visible_items(ref.id):
            meeting.set_status(ref.id, item.id, "not_relevant")
    return meeting


@pytest.fixture
def open_window(qtbot, data_dir: Path, request) -> Iterator[Callable[..., MainWindow]]:
    """The real window, in a language, on a meeting saved in the real store."""
    opened: list[tuple[MainWindow, Store]] = []

    def _open(meeting: Meeting, lang: str = "da") -> MainWindow:
        store = Store.open(data_dir)
        store.save(meeting)
        settings = load_settings(data_dir)
        settings.language = lang
        controller = AppController(store, data_dir, settings, checklists=load_checklists())
        window = controller.show()
        qtbot.addWidget(window)
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
        assert window.open_meeting(meeting.id)
        opened.append((window, store))
        return window

    yield _open
    for window, store in opened:
        window.close()
        store.close()
    i18n.install_translators("da")


def _nav_text(window: MainWindow) -> str:
    editor = window.editor
    return editor.nav.item(editor.page_keys().index(TASKS)).text()


# -- 1. "Ret oplysninger" adds and removes the part -----------------------------------------------
def test_the_details_of_a_draft_add_the_task_part_and_remove_it_after_asking(
    qtbot, open_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = _meeting(tasks=False)
    window = open_window(meeting)
    assert TASKS not in window.editor.page_keys()

    # Ticked in "Ret oplysninger": the page appears in the navigation, and is stored.
    def add_part(dialog: QDialog) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        check = dialog.task_part.check
        assert check is not None and check.isEnabled() and not check.isChecked()
        check.setFocus()
        QTest.keyClick(check, " ")  # by keyboard
        assert check.isChecked()
        dialog.ok_button.click()

    run_modal(add_part)
    assert window.edit_details()
    assert window.editor.page_keys().index(TASKS) == 1  # after the checklist, before the plan
    assert window.store.get(meeting.id).has_tasks
    page = open_tasks(window.editor)
    page.ensure_built()
    page.new_name.setText("Bogføring")
    assert page.add_typed()
    window.editor.flush()

    # Unticked again: the list holds a task, so it asks first; "keep it" keeps everything.
    asked: list[int] = []
    answer = {"value": False}
    monkeypatch.setattr(
        TaskPartChoice, "confirm_drop", lambda self, n: asked.append(n) or answer["value"]
    )

    def remove_part(dialog: QDialog) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        check = dialog.task_part.check
        assert check is not None and check.isChecked() and check.isEnabled()
        check.setChecked(False)
        dialog.ok_button.click()

    run_modal(remove_part)
    assert not window.edit_details()
    assert asked == [1]
    assert TASKS in window.editor.page_keys()
    assert [t.name for t in window.editor.meeting.tasks] == ["Bogføring"]

    answer["value"] = True
    run_modal(remove_part)
    assert window.edit_details()
    assert asked == [1, 1]
    assert TASKS not in window.editor.page_keys()
    stored = window.store.get(meeting.id)
    assert not stored.has_tasks and stored.tasks == []

    # Signed: the details cannot be changed at all (only a new version can).
    current = window.editor.meeting
    for role, name in (("manager", "Lone Leder"), ("employee", "Mads Medarbejder")):
        current.sign(role, name, confirmed=True)
    assert not window.edit_details()


def test_an_empty_task_list_is_removed_without_asking(
    qtbot, open_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(_meeting(tasks=True))
    asked: list[int] = []
    monkeypatch.setattr(TaskPartChoice, "confirm_drop", lambda self, n: asked.append(n) or False)

    def remove_part(dialog: QDialog) -> None:
        assert isinstance(dialog, NewMeetingDialog) and dialog.task_part.check is not None
        dialog.task_part.check.setChecked(False)
        dialog.ok_button.click()

    run_modal(remove_part)
    assert window.edit_details()
    assert asked == [] and TASKS not in window.editor.page_keys()


# -- 2. real plurals -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [("da", "\n1 opgave", "\n2 opgaver"), ("en", "\n1 task", "\n2 tasks")],
)
def test_the_navigation_counts_tasks_with_real_plurals(
    qtbot, open_window, lang: str, one: str, two: str
) -> None:
    meeting = _meeting(tasks=True, lang=lang)
    meeting.add_task("Bogføring")
    window = open_window(meeting, lang)
    assert _nav_text(window).endswith(one)
    assert "(" not in _nav_text(window)
    page = open_tasks(window.editor)
    page.new_name.setText("Korrektur")
    assert page.add_typed()
    assert _nav_text(window).endswith(two)


@pytest.mark.parametrize(
    ("lang", "one", "many"),
    [("da", "peger på 1 dag hjemme", "peger på 3 dage hjemme"),
     ("en", "points to 1 day at home", "points to 3 days at home")],
)  # fmt: skip
def test_the_home_days_suggestion_says_day_or_days(
    qtbot, open_window, lang: str, one: str, many: str
) -> None:
    meeting = new_meeting(
        company="Smedjen ApS",
        manager_name="Lone Leder",
        employee_name="Mads Medarbejder",
        meeting_date="2026-03-02",
        checklists=load_checklists().ordered(),
        language=lang,
        tasks=True,
    )
    home = meeting.add_task("Bogføring")
    answer_all(meeting, home.id, "home", 4)
    away = meeting.add_task("Posten")
    answer_all(meeting, away.id, "workplace", 16)  # 4 of 20 hours: 1 day
    window = open_window(meeting, lang)
    window.editor.show_page("checklist:getting_started")
    suggestion = window.editor.checklist_pages["getting_started"].cards["home_days"].task_suggestion
    assert suggestion is not None and suggestion.days == 1
    assert one in suggestion.text.text() and "(" not in suggestion.text.text()
    assert suggestion.use_button is not None and "(" not in suggestion.use_button.accessibleName()
    page = open_tasks(window.editor)
    page.select(away.id)
    page.detail.override.setCurrentIndex(page.detail.override.findData("partly"))
    page.detail.note.edit.setPlainText("Posten kan scannes om eftermiddagen")
    page.detail.override.activated.emit(page.detail.override.currentIndex())
    assert suggestion.days == 3 and many in suggestion.text.text()  # (4 + 8) / 20 of 5 days


# -- 3. the questions still to answer, short ---------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "pattern", "one"),
    [("da", r"^(\d+) spørgsmål mangler svar$", "1 spørgsmål mangler svar"),
     ("en", r"^(\d+) questions not answered yet$", "1 question not answered yet")],
)  # fmt: skip
def test_a_new_task_says_how_many_questions_are_left_and_names_them_for_screen_readers(
    qtbot, open_window, lang: str, pattern: str, one: str
) -> None:
    meeting = _meeting(tasks=True, lang=lang)
    task = meeting.add_task("Kundeservice")
    window = open_window(meeting, lang)
    page = open_tasks(window.editor)
    detail = page.detail
    finder = meeting.task_finder()
    effect_questions = [q for q in finder.questions if q.kind == "choice"]
    lines = detail.reasons.text().splitlines()
    assert len(lines) == 1, lines  # one short line, not every prompt
    match = re.match(pattern, lines[0])
    assert match and int(match.group(1)) == len(effect_questions)
    # The full list is one hover away, and a screen reader gets it with the line.
    for question in effect_questions:
        prompt = question.prompt.get(lang)
        assert prompt not in detail.reasons.text()
        assert prompt in detail.reasons.toolTip()
        assert prompt in detail.reasons.accessibleDescription()
    assert lines[0] == detail.reasons.accessibleName()

    # Answered in the window until one question is left: said in the singular, and by name.
    last = effect_questions[-1]
    for question in effect_questions[:-1]:
        widget = detail.questions[question.id]
        widget.buttons[question.options[0].id].click()
    assert detail.reasons.text().splitlines()[-1] == one
    assert detail.reasons.accessibleDescription().endswith(last.prompt.get(lang))
    widget = detail.questions[last.id]
    widget.buttons[last.options[0].id].click()
    assert window.editor.meeting.task_evaluation(task.id).missing == []
    assert detail.reasons.toolTip() == "" and detail.reasons.accessibleDescription() == ""


# -- 4. signing with tasks not assessed yet --------------------------------------------------------
def test_signing_asks_about_tasks_not_assessed_and_can_go_to_the_first(
    qtbot, open_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = _meeting(tasks=True)
    done = meeting.add_task("Bogføring")
    answer_all(meeting, done.id, "home", 10)
    first = meeting.add_task("Kundeservice")
    meeting.add_task("Posten")
    window = open_window(meeting)
    review = window.review
    assert isinstance(review, ReviewPage)
    asked: list[tuple[int, int, int]] = []
    choice = {"value": "cancel"}

    def confirm(self: ReviewPage, n: int, k: int, tasks: int = 0) -> str:
        asked.append((n, k, tasks))
        return choice["value"]

    monkeypatch.setattr(ReviewPage, "confirm_incomplete", confirm)
    opened: list[str] = []
    real_dialog = ReviewPage.make_sign_dialog
    monkeypatch.setattr(
        ReviewPage,
        "make_sign_dialog",
        lambda self, role: opened.append(role) or real_dialog(self, role),
    )
    # Closes the real sign dialog once one opens (only the last step below should open it).
    run_modal(lambda dialog: None)
    assert not review.open_sign_dialog("manager")
    assert asked == [(0, 0, 2)] and opened == []

    # "Go to the first": the task page, that task chosen, the focus in its first question.
    choice["value"] = "jump"
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    assert not review.open_sign_dialog("manager")
    assert window.editor.current_key() == TASKS
    page = open_tasks(window.editor)
    assert page.current_id() == first.id
    settle()
    focus = QApplication.focusWidget()
    question = page.detail.questions[meeting.task_finder().questions[0].id]
    assert isinstance(focus, QWidget) and question.isAncestorOf(focus)

    # Assessed (or overridden with a note), nothing is asked any more.
    meeting = window.editor.meeting  # the window's own copy, read from the store
    answer_all(meeting, first.id, "partly", 5)
    last = meeting.tasks[-1]
    meeting.set_task_override(last.id, "workplace", "Posten kommer på papir")
    asked.clear()
    assert not review.open_sign_dialog("manager")  # the real sign dialog, closed unsigned
    assert asked == [] and opened == ["manager"]


@pytest.mark.parametrize(
    ("lang", "one", "many"),
    [("da", "og 1 opgave er ikke vurderet endnu", "og 2 opgaver er ikke vurderet endnu"),
     ("en", "and 1 task has not been assessed yet", "and 2 tasks have not been assessed yet")],
)  # fmt: skip
def test_the_sign_question_counts_the_open_tasks_in_the_chosen_language(
    qtbot, open_window, monkeypatch: pytest.MonkeyPatch, lang: str, one: str, many: str
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = open_window(_meeting(tasks=True, lang=lang), lang)
    review = window.review
    assert review is not None
    shown: list[str] = []

    def exec_box(box: QMessageBox) -> int:
        shown.append(box.text())
        assert box.accessibleDescription() == box.text()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    assert review.confirm_incomplete(0, 0, tasks=1) == "cancel"
    assert review.confirm_incomplete(3, 1, tasks=2) == "cancel"
    assert one in shown[0] and many in shown[1]
    assert ("3 punkter" if lang == "da" else "3 items") in shown[1]


# -- 5. at 200 % the chosen task follows the list closely ------------------------------------------
def test_at_200_percent_the_chosen_tasks_questions_follow_a_short_list(qtbot, open_window) -> None:
    from tests.test_gui_a11y import zoom_to

    meeting = _meeting(tasks=True)
    for n in range(12):
        meeting.add_task(f"Opgave {n + 1}")
    window = open_window(meeting)
    window.resize(1366, 768)
    zoom_to(window, 200)
    window.editor.show_page(TASKS)
    page = open_tasks(window.editor)
    settle()
    assert page.split.direction() == page.split.Direction.TopToBottom
    row = page.table.verticalHeader().defaultSectionSize()
    # The list scrolls inside the page: at 200 % it keeps to a few rows, so the chosen task's
    # name field is less than a screen below the top of the list.
    assert page.table.minimumHeight() < row * 6
    viewport = page.scroll.viewport().height()
    name_y = page.detail.name.mapTo(page.scroll.widget(), page.detail.name.rect().topLeft()).y()
    assert name_y - page.table.y() < viewport


def test_side_by_side_the_list_buttons_sit_right_under_the_rows(qtbot, open_window) -> None:
    meeting = _meeting(tasks=True)
    for n in range(3):
        meeting.add_task(f"Opgave {n + 1}")
    window = open_window(meeting)
    window.resize(1366, 768)
    page = open_tasks(window.editor)
    settle()
    assert page.split.direction() == page.split.Direction.LeftToRight
    # Not at the foot of a list stretched to the height of the questions beside it.
    gap = page.remove_button.y() - (page.table.y() + page.table.height())
    assert 0 <= gap < page.remove_button.height()
    assert page.table.height() < page.detail.height() / 2


def test_unticking_a_checklist_with_answers_asks_first_when_only_the_task_part_is_left(
    qtbot, open_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = _meeting(tasks=True)
    meeting.set_answer("small", "days", 2)
    window = open_window(meeting)
    asked: list[int] = []
    monkeypatch.setattr(NewMeetingDialog, "confirm_drop", lambda self, n: asked.append(n) or False)

    def untick_checklist(dialog: QDialog) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        dialog.checklist_boxes["small"].setChecked(False)  # the task part stays
        dialog.ok_button.click()

    run_modal(untick_checklist)
    assert not window.edit_details()
    assert asked == [1]  # asked, and "keep them" kept them
    assert window.editor.meeting.entry("small", "days").answer == 2
    assert window.store.get(meeting.id).entry("small", "days").answer == 2
