"""Enter presses the focused button everywhere, not only in dialogs.

Qt lets Enter press a focused button only in a dialog (where buttons are "auto default");
in the main window it did nothing, though keyboard users expect it to act like Space.

The filter watches only the button that has the focus: it moves with the focus
(``QApplication.focusChanged``). An application-wide filter ran Python for every event to
every object, which cost about a sixth of the start-up and every paint after it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_BUTTONS = (QPushButton, QToolButton)


class EnterPressesButtons(QObject):
    """An event filter on the focused button: Enter clicks it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and isinstance(watched, _BUTTONS)
            and watched.hasFocus()
            and watched.isEnabled()
            # In a dialog Qt already does this (and Enter elsewhere presses the default).
            and not (isinstance(watched, QPushButton) and watched.autoDefault())
        ):
            watched.click()
            return True
        return False

    def follow_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        """Move the filter from the button that lost the focus to the one that got it."""
        if isinstance(old, _BUTTONS):
            old.removeEventFilter(self)
        if isinstance(new, _BUTTONS):
            new.installEventFilter(self)


_filter: EnterPressesButtons | None = None


def install() -> None:
    """Install the filter once for the whole program."""
    global _filter  # noqa: PLW0603 - one filter per process
    app = QApplication.instance()
    if _filter is None and isinstance(app, QApplication):
        _filter = EnterPressesButtons(app)
        app.focusChanged.connect(_filter.follow_focus)
        _filter.follow_focus(None, app.focusWidget())
