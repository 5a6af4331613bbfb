"""Between meetings, on the open meeting: edit its details, save the follow-up in a calendar,
start a new version or a follow-up meeting from a signed agreement."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from remotework_desktop.gui import errors

if TYPE_CHECKING:
    from remotework_desktop.core.meetings import Meeting
    from remotework_desktop.gui.main_window import MainWindow


class BetweenMeetings(QObject):
    """The window's actions between meetings (details, calendar, new version, follow-up)."""

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win

    def edit_details(self) -> bool:
        """Change the open draft's details in the new-meeting dialog (edit mode)."""
        meeting = self.win.current_meeting
        if meeting is None or meeting.is_signed or self.win.read_only:
            return False
        from remotework_desktop.gui.new_meeting_dialog import NewMeetingDialog

        self.win.editor.flush()
        result = self.win._load_checklists()
        dialog = self.win.make_details_dialog(result.ordered(), meeting)
        if dialog.exec() != NewMeetingDialog.DialogCode.Accepted:
            return False
        # The checklists may have changed: the editor is built again on the same meeting.
        self.win.autosaver.mark_changed()
        if not self.win.autosaver.save_now():
            return False
        self.win._close_editor()
        self.win._show_meeting(meeting)
        self.win.statusBar().showMessage(self.tr("Oplysningerne er gemt."), 5000)
        return True

    def make_details_dialog(self, definitions: list[Any], meeting: Meeting) -> Any:
        from remotework_desktop.gui.new_meeting_dialog import NewMeetingDialog

        return NewMeetingDialog(
            definitions,
            self.win.lang,
            parent=self.win,
            edit=meeting,
            not_before=self.win._follows_date(meeting),
        )

    def save_calendar(
        self, target: Path | None = None, include_actions: bool | None = None
    ) -> bool:
        """Write the open meeting's follow-up (and deadlines on request) as an .ics file."""
        from PySide6.QtWidgets import QFileDialog

        from remotework_desktop.core.atomic import atomic_write_bytes
        from remotework_desktop.core.calendar_ics import CalendarError, calendar_ics
        from remotework_desktop.gui.between_dialogs import CalendarDialog

        meeting = self.win.current_meeting
        if meeting is None:
            return False
        if self.win.editor is not None:
            self.win.editor.flush()
        if include_actions is None:
            dialog = CalendarDialog(self.win)
            if dialog.exec() != CalendarDialog.DialogCode.Accepted:
                return False
            include_actions = dialog.actions_box.isChecked()
        try:
            data = calendar_ics(meeting, include_actions=include_actions)
        except CalendarError as exc:
            errors.show_error(self.win, str(exc))
            return False
        if target is None:
            name = f"Opfoelgning-{meeting.meeting_date}.ics"
            chosen, _ = QFileDialog.getSaveFileName(
                self.win, self.tr("Gem i kalender"), str(Path.home() / name), "iCalendar (*.ics)"
            )
            if not chosen:
                return False
            target = Path(chosen)
        try:
            atomic_write_bytes(target, data)
        except OSError as exc:
            errors.show_error(self.win, self.tr("Kalenderfilen kunne ikke gemmes."), info=str(exc))
            return False
        self.win.statusBar().showMessage(self.tr("Kalenderfilen er gemt."), 5000)
        return True

    def _start_from_signed(self, make: Callable[[Meeting], Meeting], what: str) -> bool:
        meeting = self.win.current_meeting
        if meeting is None or not meeting.is_signed or self.win.read_only:
            return False
        try:
            new = make(meeting)
            self.win.store.save(new)
        except Exception as exc:
            errors.show_error(self.win, what, info=str(exc))
            return False
        return self.win.open_meeting(new.id)

    def start_new_version(self) -> bool:
        """A signed agreement is never edited: a new draft version links back to it."""
        return self._start_from_signed(
            lambda m: m.new_version(), self.tr("Den nye version kunne ikke startes.")
        )

    def start_follow_up(self) -> bool:
        """A follow-up meeting carries the signed one's open actions forward; it asks its date."""
        meeting = self.win.current_meeting
        if meeting is None or not meeting.is_signed or self.win.read_only:
            return False
        dialog = self.win.make_follow_up_dialog(meeting)
        if dialog.exec() != dialog.DialogCode.Accepted or dialog.follow_up is None:
            return False
        made = dialog.follow_up
        return self._start_from_signed(
            lambda _m: made, self.tr("Opfølgningsmødet kunne ikke startes.")
        )

    def make_follow_up_dialog(self, meeting: Meeting) -> Any:
        from remotework_desktop.gui.between_dialogs import FollowUpDialog

        return FollowUpDialog(meeting, self.win)
