"""The window's work on the store as a whole: damaged files found at start-up or by the
check of the meeting files, deleting a meeting, restoring a backup."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from remotework_desktop.core.formatting import format_date
from remotework_desktop.core.text import t
from remotework_desktop.gui import errors

if TYPE_CHECKING:
    from remotework_desktop.gui.main_window import MainWindow


class StoreActions(QObject):
    """The store checks, delete and restore of the window."""

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win

    def show_store_problems(self) -> None:
        """Tell once, in plain words, which damaged files the store moved aside."""
        problems = list(getattr(self.win.store, "problems", []) or [])
        if problems:
            lead = self.tr(
                "Nogle filer i datamappen var beskadigede. De er lagt til side, og resten "
                "virker som normalt:"
            )
            self.win.show_notice(lead + "\n" + "\n".join(f"• {p}" for p in problems))

    def check_store_files(self) -> None:
        """Check the index against the meeting files (once); show what that changed."""
        if self.win.discarded:
            return
        from remotework_desktop.core.store import StoreError

        before = len(self.win.store.problems)
        try:
            changed = self.win.store.check_files()
        except StoreError as exc:
            errors.show_error(self.win, str(exc))
            return
        if changed:
            self.win.refresh_list()
        if len(self.win.store.problems) > before:
            self.show_store_problems()

    def delete_meeting(self, meeting_id: str) -> bool:
        """Delete for real after asking; a signed agreement gets a stronger warning."""
        summary = next((s for s in self.win.store.list() if s.id == meeting_id), None)
        if summary is None or self.win.read_only:
            return False
        who = f"{summary.employee_name or t('tasks.preparation', self.win.lang)}, {summary.company}"
        date = format_date(summary.meeting_date, self.win.lang)
        if summary.is_signed:
            text = self.tr(
                "Mødet med {who} den {date} er en underskrevet aftale. Hvis du sletter det, "
                "forsvinder aftalen og alle noter helt fra programmet og kan ikke hentes "
                "tilbage. Udskrevne eller gemte PDF-filer berøres ikke."
            ).format(who=who, date=date)
        else:
            text = self.tr(
                "Mødet med {who} den {date} og alle dets noter slettes helt og kan ikke "
                "hentes tilbage."
            ).format(who=who, date=date)
        if not errors.ask(
            self.win,
            self.tr("Slet mødet?"),
            text,
            yes=self.tr("&Slet mødet"),
            no=self.tr("&Fortryd"),
            danger=True,
        ):
            return False
        if self.win.editor is not None and self.win.editor.meeting.id == meeting_id:
            self.win._close_editor()
        try:
            self.win.store.delete(meeting_id)
        except Exception as exc:
            errors.show_error(self.win, self.tr("Mødet kunne ikke slettes."), info=str(exc))
            return False
        self.win.refresh_list()
        self.win.statusBar().showMessage(self.tr("Mødet er slettet."), 5000)
        return True

    def restore_backup(self, archive: Path | None = None) -> bool:
        """Leave the open meeting, then restore a backup (asking first if it holds fewer)."""
        from remotework_desktop.gui import restore

        if self.win.read_only or not self.win.show_list():
            return False
        archive = archive or restore.choose_backup(self.win)
        if archive is None:
            return False
        self.win._close_editor()
        count = restore.restore_backup(self.win, self.win.store, archive)
        self.win.refresh_list()
        if count is None:
            return False
        self.win.statusBar().showMessage(self.tr("Gendannet: {count} møder.").format(count=count))
        return True
