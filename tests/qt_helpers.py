"""Small helpers shared by the Qt tests."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def run_modal(action: Callable[[QDialog], None]) -> None:
    """Run ``action`` on the next modal dialog once it is open (it is closed if it fails).

    A modal dialog's ``exec()`` blocks the test; this drives it from inside its own loop.
    """

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        assert isinstance(dialog, QDialog)
        try:
            action(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, act)
