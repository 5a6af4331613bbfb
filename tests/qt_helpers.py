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


# The start of a child script that drives the real window in a fresh process: a QApplication,
# the window's classes, ``run_for(ms)`` (the event loop for that long) and the store of the
# data folder given as the first argument. The script goes on with its own steps.
WINDOW_CHILD_PRELUDE = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from remotework_desktop.core.settings import Settings
from remotework_desktop.core.store import Store
from remotework_desktop.gui import app as app_module
from remotework_desktop.gui.main_window import MainWindow


def run_for(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


folder = Path(sys.argv[1])
store = Store.open(folder)
"""
