"""Start a meeting with a named employee from a preparation (the manager's task list).

The new meeting gets the preparation's task list (core's ``start_from_preparation``); the
preparation itself stays as it was, so it can be used again (the next hire, say).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from remotework_desktop.gui import errors

if TYPE_CHECKING:
    from remotework_desktop.gui.main_window import MainWindow

translate = QCoreApplication.translate


def start_from_preparation(window: MainWindow) -> bool:
    """Ask for the employee (and date, checklists), store the new meeting and open it."""
    from remotework_desktop.gui.new_meeting_dialog import NewMeetingDialog

    meeting = window.current_meeting
    if meeting is None or not meeting.is_preparation or window.read_only:
        return False
    window.editor.flush()
    dialog = NewMeetingDialog(
        window._load_checklists().ordered(), window.lang, parent=window, from_preparation=meeting
    )
    if dialog.exec() != NewMeetingDialog.DialogCode.Accepted or dialog.meeting is None:
        return False
    new = dialog.meeting
    if not window._leave_meeting():  # the preparation is saved first
        return False
    try:
        window.store.save(new)
    except Exception as exc:
        errors.show_error(
            window, translate("Preparation", "Mødet kunne ikke oprettes."), info=str(exc)
        )
        return False
    window._show_meeting(new)
    return True
