"""Enter presses the focused button everywhere, not only in dialogs.

Qt lets Enter press a focused button only in a dialog (where buttons are "auto default");
in the main window it did nothing, though keyboard users expect it to act like Space.

The filter watches only the button that has the focus: it moves with the focus
(``QApplication.focusChanged``). An application-wide filter ran Python for every event to
every object, which cost about a sixth of the start-up and every paint after it.

It stops following the focus when the event loop ends (``aboutToQuit``): the window is then
destroyed with a button focused, Qt reports the focus leaving a half-destroyed widget, and
PySide, looking for that widget's Python class, built every widget class it has (QWizard,
QCalendarWidget, …): about 5 % of a start-up that quits once shown.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

# By Qt's class name: PySide builds a Python class (and its enums) when one is first named,
# and the start follows the focus before any button has it.
_BUTTON_CLASSES = ("QPushButton", "QToolButton")


def _is_button(widget: object) -> bool:
    return isinstance(widget, QWidget) and any(widget.inherits(c) for c in _BUTTON_CLASSES)


class EnterPressesButtons(QObject):
    """An event filter on the focused button: Enter clicks it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QPushButton

        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        from PySide6.QtCore import Qt  # only once a key is pressed (see qt_ints)

        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and _is_button(watched)
            and watched.hasFocus()
            and watched.isEnabled()
            # In a dialog Qt already does this (and Enter elsewhere presses the default).
            and not (isinstance(watched, QPushButton) and watched.autoDefault())
        ):
            watched.click()
            return True
        return False

    following = False

    def start_following(self, app: QApplication) -> None:
        if not self.following:
            self.following = True
            app.focusChanged.connect(self.follow_focus)
            app.aboutToQuit.connect(self.stop_following)
            self.follow_focus(None, app.focusWidget())

    def stop_following(self) -> None:
        """The event loop is over: no focus to follow (see the module's docstring)."""
        app = QApplication.instance()
        if not self.following or not isinstance(app, QApplication):
            return
        self.following = False
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            app.focusChanged.disconnect(self.follow_focus)
            app.aboutToQuit.disconnect(self.stop_following)
        focused = app.focusWidget()
        if _is_button(focused):
            focused.removeEventFilter(self)

    def follow_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        """Move the filter from the button that lost the focus to the one that got it."""
        if _is_button(old):
            old.removeEventFilter(self)
        if _is_button(new):
            new.installEventFilter(self)


_filter: EnterPressesButtons | None = None


def install() -> None:
    """Install the filter once for the whole program (following the focus again if an
    event loop ended since)."""
    global _filter  # noqa: PLW0603 - one filter per process
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _filter is None:
        _filter = EnterPressesButtons(app)
    _filter.start_following(app)
