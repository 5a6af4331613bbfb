"""Small widgets shared across the window: a field's error line, a text box, a heading font,
the one date field, and a scroll area that keeps the focused control in view."""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.core.parsing import InputError, date_to_text, parse_date_text

# Bare `translate("Context", "...")` calls are what pyside6-lupdate finds.
translate = QCoreApplication.translate


# -- small building blocks -------------------------------------------------------------------
class ZoomComboBox(QComboBox):
    """A combo box whose minimum width follows its font when the text is zoomed.

    QComboBox works out its minimum size hint once and keeps it after a font change, while
    it works out its size hint again; with the sizing policies used here the two are the
    same computation. Without this, a box built before a zoom keeps its old minimum, and
    whether a page fits depends on which cards happened to be built before the zoom.
    """

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class ErrorLabel(QLabel):
    """A plain-text error under a control: the word 'Fejl' says it, not only a colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont()
        font.setBold(True)
        self.setFont(font)
        self.hide()

    def show_error(self, message: str) -> None:
        if message:
            self.setText(translate("ItemWidgets", "Fejl: {0}").format(message))
            self.setAccessibleName(self.text())
            self.show()
        else:
            self.clear_error()

    def clear_error(self) -> None:
        self.clear()
        self.hide()


class TextBox(QPlainTextEdit):
    """A plain-text box of a set number of lines where Tab moves on (keyboard users must be
    able to leave it). Its height follows the font, so the app zoom keeps every line visible;
    longer text scrolls inside the box, which keeps the cards calm."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        doc_margin = int(self.document().documentMargin() * 2)
        height = self.fontMetrics().lineSpacing() * self._lines + doc_margin
        return QSize(super().sizeHint().width(), height + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        super().changeEvent(event)


def make_text_edit(parent: QWidget | None, lines: int) -> TextBox:
    return TextBox(lines, parent)


def heading_font(widget: QWidget, factor: float = 1.35) -> QFont:
    """A bold font relative to the widget's own, so the app zoom scales headings too."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(True)
    return font


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(name)
    label.setVisible(False)
    return label


def show_error(label: QLabel, message: str) -> None:
    # The word "Fejl" and the sign carry the meaning; colour alone never does.
    label.setText(f"⚠ {message}" if message else "")
    label.setVisible(bool(message))


# -- the one date field ----------------------------------------------------------------------
class DateEntry(QWidget):
    """A date typed as dd-mm-åååå, or picked in a calendar (a button beside the field).

    ``iso()`` reads what was typed through ``core.parsing``: an impossible date raises
    InputError with a message for people; it is never turned into another date.
    """

    picked = Signal()  # a date was chosen in the calendar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(translate("ItemWidgets", "dd-mm-åååå"))
        chars = self.edit.fontMetrics().averageCharWidth()
        self.edit.setMinimumWidth(chars * 12 + 40)
        self.edit.setMaximumWidth(chars * 24 + 60)
        self.calendar_button = QPushButton(translate("ItemWidgets", "Kalender…"), self)
        self.calendar_button.setAccessibleName(translate("ItemWidgets", "Vælg dato i kalender"))
        self.calendar_button.clicked.connect(self.pick_in_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.calendar_button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def iso(self) -> str | None:
        """The typed date as 'YYYY-MM-DD', None when empty; InputError when impossible."""
        return parse_date_text(self.edit.text())

    def set_iso(self, iso: str | None) -> None:
        self.edit.setText(date_to_text(iso))

    def set_read_only(self, ro: bool) -> None:
        self.edit.setReadOnly(ro)
        self.edit.setClearButtonEnabled(not ro)
        self.calendar_button.setEnabled(not ro)

    def pick_in_calendar(self) -> None:
        """A calendar in a small dialog: arrows move, Enter picks, Esc cancels."""
        dialog = QDialog(self)
        dialog.setWindowTitle(translate("ItemWidgets", "Vælg dato"))
        calendar = QCalendarWidget(dialog)
        calendar.setAccessibleName(translate("ItemWidgets", "Kalender"))
        calendar.setGridVisible(True)
        try:
            current = self.iso()
        except InputError:
            current = None
        start = dt.date.fromisoformat(current) if current else dt.date.today()
        calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        calendar.activated.connect(dialog.accept)
        layout = QVBoxLayout(dialog)
        layout.addWidget(calendar)
        layout.addWidget(buttons)
        calendar.setFocus()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_iso(calendar.selectedDate().toPython().isoformat())
            self.picked.emit()
        self.edit.setFocus()


# -- scrolling -------------------------------------------------------------------------------
class _FollowFocus(QObject):
    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self._scroll = scroll
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus)

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self._scroll):
            # The scroll area (a closed dialog) is gone; stop listening.
            QApplication.instance().focusChanged.disconnect(self._on_focus)
            return
        body = self._scroll.widget()
        if new is not None and body is not None and body.isAncestorOf(new):
            self._scroll.ensureWidgetVisible(new, 16, 16)


def keep_focus_visible(scroll: QScrollArea) -> None:
    """Scroll ``scroll`` so that whatever gets keyboard focus inside it is on screen."""
    _FollowFocus(scroll)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size a window to ``width`` x ``height``, but never larger than the screen's free area."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        window.setMaximumSize(free.size())
        width, height = min(width, free.width()), min(height, free.height())
    window.resize(width, height)
