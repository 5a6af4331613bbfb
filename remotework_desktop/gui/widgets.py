"""Small widgets shared across the window: a field's error line, a text box, a heading font."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QWidget

# Bare `translate("Context", "...")` calls are what pyside6-lupdate finds.
translate = QCoreApplication.translate


# -- small building blocks -------------------------------------------------------------------
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
