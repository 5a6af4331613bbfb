"""Where the task finder plugs into the meeting editor (kept here, so the editor stays small).

The page goes after the checklists and before the action plan; each change to the tasks
updates the page's line in the navigation, the suggestion on the getting-started cards, and
reaches the autosave through the editor's ``changed``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from remotework_desktop.core.meetings import Meeting
from remotework_desktop.gui.editor.task_suggestion import refresh_task_suggestions

if TYPE_CHECKING:
    from remotework_desktop.gui.editor.meeting_editor import MeetingEditor
    from remotework_desktop.gui.editor.tasks_page import TasksPage

translate = QCoreApplication.translate
TASKS_KEY = "tasks"


def is_preparation(meeting: Meeting) -> bool:
    """The manager alone, preparing the task list (no employee yet, nothing to sign)."""
    return bool(meeting.is_preparation)


def add_tasks_page(editor: MeetingEditor, meeting: Meeting, lang: str) -> TasksPage | None:
    """Add 'Opgaver på distancen' to the editor when the meeting has the task part."""
    if not meeting.has_tasks:
        return None
    # Here: a meeting without the task part (most) never loads the page's modules.
    from remotework_desktop.gui.editor.tasks_page import TasksPage

    page = TasksPage(meeting, lang, editor.stack)
    editor._add_page(TASKS_KEY, "", page)

    def changed() -> None:
        _update_nav(editor, page)
        for checklist_page in editor.checklist_pages.values():
            refresh_task_suggestions(checklist_page.built_cards().values())
        editor.changed.emit()

    page.changed.connect(changed)
    _update_nav(editor, page)
    if is_preparation(meeting):  # no checklists: "0 af 0 punkter drøftet" would say nothing
        editor.progress_label.hide()
        editor.progress_bar.hide()
    return page


def _update_nav(editor: MeetingEditor, page: TasksPage) -> None:
    row = editor.page_keys().index(TASKS_KEY)
    title = page.meeting.task_finder().title(page.lang)
    count = len(page.meeting.tasks)
    text = (
        translate("MeetingEditor", "{0}\n1 opgave").format(title)
        if count == 1
        else translate("MeetingEditor", "{0}\n{1} opgaver").format(title, count)
    )
    editor.nav.item(row).setText(text)


def show_task(editor: MeetingEditor, task_id: str) -> None:
    """Go to one task on the task page (from the sign guard's 'go to the first'), with the
    focus on its first unanswered question, or on its name."""
    from remotework_desktop.gui.editor.tasks_page import TasksPage

    editor.show_page(TASKS_KEY)
    page = editor.stack.currentWidget()
    if not isinstance(page, TasksPage):
        return
    page.ensure_built()
    page.select(task_id)
    page.detail.focus_first_missing()
