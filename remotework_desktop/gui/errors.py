"""One path for what the user is told: errors, questions, and the crash handler.

Every dialog goes through the functions here, so tests patch one place and every message
looks and reads the same. The crash handler keeps the data first (it asks the main window to
flush and save the open meeting), then logs the traceback, then explains in plain words.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)
# Spelled out at each call so lupdate finds the strings.
translate = QCoreApplication.translate

CRASH_LOG = "crash.log"
# QMessageBox is imported in each function that shows one: PySide builds a class (and its
# enums) when it is first named, and the window's start-up shows no message.


def show_error(parent: QWidget | None, text: str, *, info: str = "", details: str = "") -> None:
    """Tell the user something went wrong, in plain words, with optional details."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning, translate("errors", "Der opstod et problem"), text, parent=parent
    )
    box.setInformativeText(info)
    if details:
        box.setDetailedText(details)
    box.setAccessibleName(translate("errors", "Fejlmeddelelse"))
    box.setAccessibleDescription(text)
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """A plain message with one OK button (about box, notices)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    box.exec()


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    yes: str,
    no: str,
    danger: bool = False,
) -> bool:
    """Ask a yes/no question with buttons that say what they do; True for ``yes``.

    The safe answer is the default button, so a stray Enter never deletes anything.
    """
    from PySide6.QtWidgets import QMessageBox

    icon = QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question
    box = QMessageBox(icon, title, text, parent=parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    box.exec()
    return box.clickedButton() is yes_button


def write_crash_log(folder: Path, text: str) -> Path | None:
    """Append one crash report to ``<folder>/crash.log``; None if that is impossible."""
    try:
        # A traceback can quote what was typed: readable by the user only, like the data.
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = folder / CRASH_LOG
        stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(f"=== {stamp} ===\n{text}\n")
        return path
    except OSError:
        log.exception("could not write the crash log")
        return None


def show_crash_dialog(text: str, details: str) -> bool:
    """Show what happened; True when the user wants to close the program."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, translate("errors", "Uventet fejl"), text)
    box.setDetailedText(details)
    close_button = box.addButton(
        translate("errors", "&Luk programmet"), QMessageBox.ButtonRole.DestructiveRole
    )
    go_on = box.addButton(translate("errors", "&Fortsæt"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(go_on)
    box.setAccessibleName(translate("errors", "Uventet fejl"))
    box.setAccessibleDescription(text)
    box.exec()
    return box.clickedButton() is close_button


class CrashHandler:
    """``sys.excepthook`` for the GUI: save the open meeting, log, explain, carry on or quit.

    ``rescue`` flushes and saves whatever is open; it returns True when the work is safe.
    """

    def __init__(self, log_folder: Path, rescue: Callable[[], bool]) -> None:
        self.log_folder = log_folder
        self.rescue = rescue
        self._busy = False
        self._previous = sys.excepthook

    def install(self) -> CrashHandler:
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        if self._busy:
            # A failure inside the handler itself: log it and stop, never loop.
            write_crash_log(self.log_folder, "(while handling an earlier error)\n" + details)
            return
        self._busy = True
        try:
            # Keep the data before anything else can go wrong.
            try:
                saved = bool(self.rescue())
            except Exception:
                saved = False
                details += "\n(rescue save failed)\n" + traceback.format_exc()
            path = write_crash_log(self.log_folder, details)
            if saved:
                text = translate(
                    "errors", "Der opstod en uventet fejl i programmet. Dit arbejde er gemt."
                )
            else:
                text = translate(
                    "errors",
                    "Der opstod en uventet fejl i programmet. Det seneste automatisk gemte "
                    "er bevaret, men de sidste ændringer kunne ikke gemmes.",
                )
            if path is not None:
                text += "\n\n" + translate(
                    "errors", "En beskrivelse af fejlen er gemt i: {path}"
                ).format(path=path)
            if QApplication.instance() is None:
                sys.stderr.write(text + "\n" + details)
                return
            if show_crash_dialog(text, details):
                QApplication.quit()
        finally:
            self._busy = False
