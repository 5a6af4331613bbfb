"""The program's look: Fusion with tick boxes that grow with the text, high contrast, and
labels that stay a set size larger than the text when the zoom changes.

Fusion draws the same on every platform and follows the system palette (light or dark). Its
check box and radio button indicators have a fixed pixel size, so at a large zoom they would
stay tiny next to the text; the program's style sheet sizes them from the text's height
instead, and is set again when the zoom changes (``follow_zoom``). A Python style that
answered Qt's size questions did this before, but Qt asked it about 2,000 times before the
first frame, for every widget, each a call into Python.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from remotework_desktop.gui import qt_ints

if TYPE_CHECKING:  # QPalette and QColor load at the first switch to high contrast
    from PySide6.QtGui import QPalette

# The indicator's side as a share of the text's line height.
INDICATOR_SHARE = 0.85


def indicator_px() -> int:
    """The side of a tick box or radio button indicator, in pixels, at the program's font."""
    return max(1, round(QFontMetrics(QApplication.font()).height() * INDICATOR_SHARE))


_system_palette: QPalette | None = None


def high_contrast_palette() -> QPalette:
    """White text on black, yellow selection and focus: strong contrast for low vision."""
    from PySide6.QtGui import QColor, QPalette

    black, white = QColor("#000000"), QColor("#ffffff")
    yellow, grey = QColor("#ffff00"), QColor("#bdbdbd")
    palette = QPalette()
    roles = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in (
            (roles.Window, black),
            (roles.WindowText, white),
            (roles.Base, black),
            (roles.AlternateBase, QColor("#1a1a1a")),
            (roles.Text, white),
            (roles.Button, black),
            (roles.ButtonText, white),
            (roles.BrightText, yellow),
            (roles.Highlight, yellow),
            (roles.HighlightedText, black),
            (roles.ToolTipBase, black),
            (roles.ToolTipText, white),
            (roles.PlaceholderText, grey),
            (roles.Link, QColor("#00ffff")),
            (roles.Light, white),
            (roles.Midlight, grey),
            (roles.Mid, grey),
            (roles.Dark, white),
            (roles.Shadow, white),
        ):
            palette.setColor(group, role, colour)
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, grey)
    for role in (roles.Window, roles.Base, roles.Button):
        palette.setColor(disabled, role, black)
    return palette


# Fusion draws frames a shade darker than the window: on black they would vanish. In high
# contrast every field, button and tick box gets a white frame, yellow when it has the focus.
HIGH_CONTRAST_SHEET = """
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QPushButton, QComboBox,
QListWidget, QTableView, QListView {
    border: 2px solid #ffffff;
    border-radius: 3px;
    padding: 2px;
}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus,
QPushButton:focus, QComboBox:focus, QListWidget:focus, QTableView:focus, QListView:focus {
    border: 3px solid #ffff00;
}
QPushButton:disabled, QLineEdit:disabled, QComboBox:disabled { border-color: #9e9e9e; }
QScrollBar:vertical, QScrollBar:horizontal { background: #000000; border: 1px solid #ffffff; }
QScrollBar:vertical { width: 0.9em; }
QScrollBar:horizontal { height: 0.9em; }
QScrollBar::handle { background: #ffffff; min-height: 2em; min-width: 2em; }
QScrollBar::add-line, QScrollBar::sub-line { height: 0; width: 0; }
QCheckBox::indicator, QRadioButton::indicator {
    border: 2px solid #ffffff;
    background: #000000;
}
QRadioButton::indicator { border-radius: 0.5em; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked {
    background: #ffff00;
    border: 2px solid #ffffff;
}
QCheckBox:focus, QRadioButton:focus { color: #ffff00; }
QFrame[frameShape="6"] { border: 2px solid #ffffff; }
QToolButton { border: 2px solid #ffffff; border-radius: 3px; padding: 2px; }
QToolButton:focus, QScrollArea:focus { border: 3px solid #ffff00; }
QCheckBox, QRadioButton { border: 3px solid transparent; padding: 1px; }
QCheckBox:focus, QRadioButton:focus { border: 3px solid #ffff00; }
QProgressBar {
    border: 2px solid #ffffff; border-radius: 3px; background: #000000; color: #ffffff;
    min-height: 0.8em;
}
QProgressBar::chunk { background: #ffff00; }
QAbstractSpinBox { color: #ffffff; background: #000000; min-width: 3em; }
/* The field inside a spin box has no frame of its own (two frames hid the page number). */
QAbstractSpinBox QLineEdit { border: none; padding: 0; margin: 0; }
QSpinBox#page-number::up-button, QSpinBox#page-number::down-button {
    width: 0px; border: none; image: none;
}
/* Last, so the focus frame wins over the plain frame rules above. */
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus,
QListWidget:focus, QTableView:focus, QListView:focus, QScrollArea:focus {
    border: 3px solid #ffff00;
}
"""

# The system's colours with a focus frame strong enough to see: every field, button, list
# and tick box has a 2 px frame that turns the highlight colour (and 3 px) when focused.
NORMAL_SHEET = """
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox,
QListWidget, QTableView, QListView {
    border: 2px solid palette(mid);
    border-radius: 3px;
    padding: 2px;
    background: palette(base);
}
QPushButton, QToolButton {
    border: 2px solid palette(mid);
    border-radius: 4px;
    padding: 4px 12px;
    background: palette(button);
}
QPushButton:pressed, QToolButton:pressed, QPushButton:checked { background: palette(midlight); }
QPushButton:disabled, QToolButton:disabled { color: palette(mid); }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus,
QPushButton:focus, QToolButton:focus, QComboBox:focus, QListWidget:focus, QTableView:focus,
QListView:focus, QScrollArea:focus {
    border: 3px solid palette(highlight);
}
QCheckBox, QRadioButton { border: 3px solid transparent; padding: 1px; }
QCheckBox:focus, QRadioButton:focus { border: 3px solid palette(highlight); }
QAbstractSpinBox { min-width: 3em; }
QAbstractSpinBox QLineEdit { border: none; padding: 0; margin: 0; }
QSpinBox#page-number::up-button, QSpinBox#page-number::down-button {
    width: 0px; border: none; image: none;
}
"""


# The contrast the sheet was last set for; None until it is first set.
_high: bool | None = None


def _sheet(high: bool) -> str:
    px = indicator_px()
    indicators = (
        f"QCheckBox::indicator, QRadioButton::indicator {{ width: {px}px; height: {px}px; }}\n"
    )
    return (HIGH_CONTRAST_SHEET if high else NORMAL_SHEET) + indicators


def apply_contrast(high: bool) -> None:
    """Switch the whole program to high contrast, or back to the system's colours."""
    global _system_palette, _high  # noqa: PLW0603 - kept once per process
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if high and _system_palette is None:
        from PySide6.QtGui import QPalette

        _system_palette = QPalette(app.palette())  # to switch back to
    # The sheet goes first: changing the palette under a sheet that refers to it crashed Qt.
    app.setStyleSheet("")
    if high:
        app.setPalette(high_contrast_palette())
    elif _system_palette is not None:  # never switched: the system's palette is still set
        app.setPalette(_system_palette)
    app.setStyleSheet(_sheet(high))
    _high = high


def follow_zoom() -> None:
    """After the application font changed: the indicators take the new text height."""
    if _high is not None:
        # As a contrast switch does it: setting a sheet straight over one that refers to the
        # palette crashed Qt while another window was being replaced.
        apply_contrast(_high)


class ScaledLabel(QLabel):
    """A label whose text is a fixed factor larger than the surrounding text.

    Qt fonts have no relative size, and a widget with its own font no longer hears of font
    changes around it; so the size is recomputed from the application font on a zoom: by the
    label itself when it is a window, otherwise by ``rescale_labels`` from the page holding it.
    On a zoom, ``apply_zoom`` rescales every one once the style sheet is set again (which
    gives each widget back the font it had before the sheet). No event() of its own: PySide,
    to hand Python each event as its own class, built ~45 event classes before the first frame.
    """

    def __init__(
        self, text: str = "", factor: float = 1.0, bold: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(text, parent)
        self._factor = factor
        self._bold = bold
        self.setWordWrap(True)
        # By property: the enum would be the first of Qt's, before the first frame (qt_ints).
        self.setProperty("textFormat", qt_ints.PLAIN_TEXT)
        self.rescale()

    def rescale(self) -> None:
        # The application font, not the parent's: on a zoom every widget hears of the change
        # in no set order, so the parent may not have its new size yet.
        base = QApplication.font()
        font = QFont(base)
        if base.pointSizeF() > 0:
            font.setPointSizeF(base.pointSizeF() * self._factor)
        font.setBold(self._bold)
        self.setFont(font)


def rescale_labels(root: QWidget) -> None:
    """Bring every ScaledLabel under ``root`` to the current application font."""
    for label in root.findChildren(ScaledLabel):
        label.rescale()
