"""Enter presses the focused button everywhere, not only in dialogs.

Qt lets Enter press a focused button only in a dialog (where buttons are "auto default");
in the main window it did nothing, though keyboard users expect it to act like Space.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterPressesButtons(QObject):
    """An application event filter: Enter on a focused button clicks it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and isinstance(watched, QPushButton | QToolButton)
            and watched.hasFocus()
            and watched.isEnabled()
            # In a dialog Qt already does this (and Enter elsewhere presses the default).
            and not (isinstance(watched, QPushButton) and watched.autoDefault())
        ):
            watched.click()
            return True
        return False


_filter: EnterPressesButtons | None = None


def install() -> None:
    """Install the filter once for the whole program."""
    global _filter  # noqa: PLW0603 - one filter per process
    app = QApplication.instance()
    if _filter is None and app is not None:
        _filter = EnterPressesButtons(app)
        app.installEventFilter(_filter)
