"""One checklist item as a card: its answer control, status, note, privacy, help and action.

Every answer kind gets a control that shows the stored answer and emits ``edited(value)``
with the new one (None clears it). The card hands that value to ``Meeting`` and shows any
error from core, in words, right under the control it concerns. Typed input (text, notes,
dates, numbers, hours) is applied on a short pause, on leaving the field and on ``commit()``,
so nothing typed is ever lost.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.core import formatting
from remotework_desktop.core.checklists import PLACES, WEEKDAYS, AnswerError, Item
from remotework_desktop.core.meetings import STATUSES, Meeting, MeetingError
from remotework_desktop.gui.style import ScaledLabel

DEBOUNCE_MS = 300
# Widgets with this property only navigate or show things; they stay usable when read-only.
NAVIGATION = "rwNavigation"
# Bare `translate("Context", "...")` calls are what pyside6-lupdate finds.
translate = QCoreApplication.translate


# -- typed input -> values ------------------------------------------------------------------
class InputError(ValueError):
    """Typed input that cannot be read; the message is for people."""


_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY_DATE = re.compile(r"^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})$")
_CLOCK = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?$")
_CLOCK_COMPACT = re.compile(r"^(\d{2})(\d{2})$")


def parse_date_text(text: str) -> str | None:
    """'31-01-2026', '31.1.2026' or '2026-01-31' -> '2026-01-31'; '' -> None."""
    text = text.strip()
    if not text:
        return None
    m = _ISO_DATE.match(text)
    if m:
        year, month, day = (int(g) for g in m.groups())
    else:
        m = _DMY_DATE.match(text)
        if not m:
            raise InputError(
                translate("ItemWidgets", "Skriv datoen som dd-mm-åååå, fx 31-01-2026.")
            )
        day, month, year = (int(g) for g in m.groups())
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        raise InputError(translate("ItemWidgets", "Den dato findes ikke i kalenderen.")) from None


def date_to_text(iso: str | None) -> str:
    """'2026-01-31' -> '31-01-2026', the form people type."""
    if not iso:
        return ""
    day = dt.date.fromisoformat(iso)
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def parse_number_text(text: str) -> int | float | None:
    """'3', '2,5' or '2.5' -> a number; '' -> None."""
    text = text.strip().replace(" ", "")
    if not text:
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise InputError(translate("ItemWidgets", "Skriv et tal, fx 3 eller 2,5.")) from None
    if not math.isfinite(value):
        raise InputError(translate("ItemWidgets", "Skriv et tal, fx 3 eller 2,5."))
    return int(value) if value.is_integer() else value


def parse_clock_text(text: str) -> str | None:
    """'9', '9.30', '09:30' or '0930' -> '09:30'; '' -> None."""
    text = text.strip()
    if not text:
        return None
    m = _CLOCK.match(text) or _CLOCK_COMPACT.match(text)
    if m:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if hour < 24 and minute < 60:
            return f"{hour:02d}:{minute:02d}"
    raise InputError(translate("ItemWidgets", "Skriv et klokkeslæt som tt.mm, fx 9.30."))


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


class _FocusOut(QObject):
    """Calls back when a watched widget loses keyboard focus (leaving a field commits it)."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


# -- answer controls ---------------------------------------------------------------------------
class AnswerControl(QWidget):
    """Edits one answer; ``edited`` carries the new value, ``invalid`` a typing mistake."""

    edited = Signal(object)
    invalid = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_value(self, value: Any) -> None:
        """Show ``value`` without emitting ``edited``."""
        raise NotImplementedError

    def commit(self) -> None:
        """Apply typed input that is still pending (no-op for controls that apply at once)."""

    def set_read_only(self, ro: bool) -> None:
        for child in self.findChildren(QWidget):
            if isinstance(child, QLineEdit | QPlainTextEdit):
                child.setReadOnly(ro)
            elif not isinstance(child, QLabel):
                child.setEnabled(not ro)

    def focus_widget(self) -> QWidget:
        """The widget that takes focus for this answer (the prompt's buddy)."""
        return self

    def describe(self, name: str, description: str) -> None:
        """Set accessible names on the focusable parts."""
        self.focus_widget().setAccessibleName(name)
        self.focus_widget().setAccessibleDescription(description)


class ComboControl(AnswerControl):
    """A choice of fixed values, the first being 'not answered' (check and choice items)."""

    def __init__(self, choices: list[tuple[Any, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        for value, label in choices:
            self.combo.addItem(label, value)
        # Long option texts would make the card wider than the window: the closed combo
        # shows up to 45 characters, its open list shows every option in full.
        longest = max(len(label) for _, label in choices)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(min(longest, 45))
        self.combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.combo.view().setMinimumWidth(self.combo.view().sizeHintForColumn(0) + 32)
        if longest > 45:
            self.combo.setToolTip("\n".join(label for _, label in choices))
        self._layout.addWidget(self.combo)
        self._layout.addStretch(1)
        self.combo.currentIndexChanged.connect(self._changed)

    def _changed(self, index: int) -> None:
        self.edited.emit(self.combo.itemData(index))

    def set_value(self, value: Any) -> None:
        index = next(
            (
                i
                for i in range(self.combo.count())
                if self.combo.itemData(i) == value and type(self.combo.itemData(i)) is type(value)
            ),
            0,
        )
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)

    def focus_widget(self) -> QWidget:
        return self.combo


class _ClickToToggle(QObject):
    """Lets a click on an option's wrapped text tick its checkbox, as a checkbox text would."""

    def __init__(self, box: QCheckBox) -> None:
        super().__init__(box)
        self._box = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and self._box.isEnabled():
            self._box.toggle()
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return False


class MultiControl(AnswerControl):
    """One checkbox per option; the answer is the list of ticked option ids.

    Option texts can be a whole sentence and a checkbox's own text never wraps, so each text
    is a word-wrapped label beside a bare checkbox that carries the text as its name.
    """

    def __init__(self, item: Item, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setColumnStretch(1, 1)
        self._layout.addLayout(grid, 1)
        self.boxes: dict[str, QCheckBox] = {}
        self.labels: dict[str, QLabel] = {}
        for row, option in enumerate(item.options):
            box = QCheckBox(self)
            label = QLabel(option.label(lang), self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(box)
            label.installEventFilter(_ClickToToggle(box))
            box.setAccessibleName(option.label(lang))
            box.toggled.connect(self._changed)
            grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
            self.boxes[option.id] = box
            self.labels[option.id] = label

    def _changed(self) -> None:
        ticked = [oid for oid, box in self.boxes.items() if box.isChecked()]
        self.edited.emit(ticked or None)

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for oid, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(oid in chosen)
            box.blockSignals(False)

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()))

    def describe(self, name: str, description: str) -> None:
        for oid, box in self.boxes.items():
            box.setAccessibleName(f"{self.labels[oid].text()} – {name}")
            box.setAccessibleDescription(description)


class TextControl(AnswerControl):
    """Free text, applied after a short pause, on leaving the box and on ``commit``."""

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = make_text_edit(self, lines)
        self._layout.addWidget(self.edit)
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.commit)
        self.edit.textChanged.connect(self._typed)
        self.edit.installEventFilter(_FocusOut(self.commit, self))

    def _typed(self) -> None:
        self._pending = True
        self._timer.start()

    def commit(self) -> None:
        self._timer.stop()
        if not self._pending:
            return
        self._pending = False
        text = self.edit.toPlainText()
        self.edited.emit(text or None)

    @property
    def pending(self) -> bool:
        return self._pending

    def set_value(self, value: Any) -> None:
        self.edit.blockSignals(True)
        self.edit.setPlainText(value or "")
        self.edit.blockSignals(False)
        self._pending = False

    def focus_widget(self) -> QWidget:
        return self.edit


class _LineControl(AnswerControl):
    """Typed values read on Enter, on leaving the field and on ``commit`` (not per key,
    because a half-typed date is not a mistake yet)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pending = False
        self._edits: list[QLineEdit] = []

    def _add_edit(self, placeholder: str, chars: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * chars + 40)
        edit.setMaximumWidth(edit.fontMetrics().averageCharWidth() * chars * 2 + 60)
        edit.textEdited.connect(self._typed)
        edit.textChanged.connect(self._cleared)
        edit.editingFinished.connect(self._finished)
        self._edits.append(edit)
        return edit

    def _typed(self) -> None:
        self._pending = True

    def _cleared(self, text: str) -> None:
        # The clear button changes the text without textEdited; clearing is an edit too.
        if not text:
            self._pending = True

    def _finished(self) -> None:
        """Enter or leaving a field."""
        self.commit()

    def commit(self) -> None:
        if not self._pending:
            return
        try:
            value = self.read()
        except InputError as exc:
            self.invalid.emit(str(exc))
            return
        self._pending = False
        self.edited.emit(value)

    def read(self) -> Any:
        """The typed value, or InputError."""
        raise NotImplementedError

    def _show(self, edit: QLineEdit, text: str) -> None:
        edit.blockSignals(True)
        edit.setText(text)
        edit.blockSignals(False)

    def focus_widget(self) -> QWidget:
        return self._edits[0]


class DateControl(_LineControl):
    """A date typed as dd-mm-åååå, or picked in a calendar; an empty field means no date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = self._add_edit(translate("ItemWidgets", "dd-mm-åååå"), 12)
        self.calendar_button = QPushButton(translate("ItemWidgets", "Kalender…"), self)
        self.calendar_button.setAccessibleName(translate("ItemWidgets", "Vælg dato i kalender"))
        self.calendar_button.clicked.connect(self.pick_in_calendar)
        self._layout.addWidget(self.edit)
        self._layout.addWidget(self.calendar_button)
        self._layout.addStretch(1)

    def read(self) -> str | None:
        return parse_date_text(self.edit.text())

    def set_value(self, value: Any) -> None:
        self._show(self.edit, date_to_text(value))
        self._pending = False

    def set_text(self, text: str) -> None:
        """Put typed text in the field as if the user typed it (pending until committed)."""
        self.edit.setText(text)
        self._pending = True

    def pick_in_calendar(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(translate("ItemWidgets", "Vælg dato"))
        layout = QVBoxLayout(dialog)
        calendar = QCalendarWidget(dialog)
        calendar.setAccessibleName(translate("ItemWidgets", "Kalender"))
        calendar.setGridVisible(True)
        try:
            current = self.read()
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
        layout.addWidget(calendar)
        layout.addWidget(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            picked = calendar.selectedDate()
            self.edit.setText(f"{picked.day():02d}-{picked.month():02d}-{picked.year()}")
            self._pending = True
            self.commit()
        self.edit.setFocus()

    def describe(self, name: str, description: str) -> None:
        super().describe(name, description)
        self.calendar_button.setAccessibleDescription(name)


class NumberControl(_LineControl):
    """A number; the allowed range is in the placeholder and checked by core."""

    def __init__(self, item: Item, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        if item.min is not None and item.max is not None:
            hint = translate("ItemWidgets", "Et tal fra {0} til {1}").format(
                formatting.format_number(item.min, lang), formatting.format_number(item.max, lang)
            )
        else:
            hint = translate("ItemWidgets", "Et tal")
        self.edit = self._add_edit(hint, 14)
        self._layout.addWidget(self.edit)
        self._layout.addStretch(1)

    def read(self) -> int | float | None:
        return parse_number_text(self.edit.text())

    def set_value(self, value: Any) -> None:
        text = "" if value is None else formatting.format_number(value, self.lang)
        self._show(self.edit, text)
        self._pending = False


class HoursControl(_LineControl):
    """A span of time 'fra' - 'til'; both empty clears it."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.start_label = QLabel(translate("ItemWidgets", "&Fra kl."), self)
        self.start = self._add_edit(translate("ItemWidgets", "tt.mm"), 6)
        self.end_label = QLabel(translate("ItemWidgets", "&til kl."), self)
        self.end = self._add_edit(translate("ItemWidgets", "tt.mm"), 6)
        self.start_label.setBuddy(self.start)
        self.end_label.setBuddy(self.end)
        for w in (self.start_label, self.start, self.end_label, self.end):
            self._layout.addWidget(w)
        self._layout.addStretch(1)

    def read(self) -> dict[str, str] | None:
        start = parse_clock_text(self.start.text())
        end = parse_clock_text(self.end.text())
        if start is None and end is None:
            return None
        if start is None or end is None:
            raise InputError(translate("ItemWidgets", "Skriv både fra og til."))
        return {"start": start, "end": end}

    def _finished(self) -> None:
        # Moving from 'fra' to 'til' is not the end of the edit; wait until both are left.
        # (``commit`` itself always applies, so a flush never skips what was typed.)
        if (self.start.hasFocus() or self.end.hasFocus()) and (
            not self.start.text().strip() or not self.end.text().strip()
        ):
            return
        self.commit()

    def set_value(self, value: Any) -> None:
        value = value or {}
        for edit, key in ((self.start, "start"), (self.end, "end")):
            text = formatting.format_clock(value[key], self.lang) if key in value else ""
            self._show(edit, text)
        self._pending = False

    def describe(self, name: str, description: str) -> None:
        self.start.setAccessibleName(translate("ItemWidgets", "Fra klokken – {0}").format(name))
        self.end.setAccessibleName(translate("ItemWidgets", "Til klokken – {0}").format(name))
        self.start.setAccessibleDescription(description)
        self.end.setAccessibleDescription(description)


class ScheduleControl(AnswerControl):
    """A place for each weekday: hjemme / arbejdspladsen / fri / not decided."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self._layout.addLayout(grid)
        self._layout.addStretch(1)
        self.combos: dict[str, QComboBox] = {}
        for n, day in enumerate(WEEKDAYS):
            label = QLabel(formatting.weekday_name(day, lang).capitalize(), self)
            combo = QComboBox(self)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.addItem("—", None)
            for place in PLACES:
                combo.addItem(formatting.place_label(place, lang), place)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(self._changed)
            # Weekdays in the first pair of columns, the weekend in the second.
            row, col = (n, 0) if n < 5 else (n - 5, 2)
            grid.addWidget(label, row, col)
            grid.addWidget(combo, row, col + 1)
            self.combos[day] = combo
            combo.setProperty("dayName", label.text())

    def _changed(self) -> None:
        value = {d: c.currentData() for d, c in self.combos.items() if c.currentData()}
        self.edited.emit(value or None)

    def set_value(self, value: Any) -> None:
        value = value or {}
        for day, combo in self.combos.items():
            combo.blockSignals(True)
            index = combo.findData(value.get(day)) if day in value else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def focus_widget(self) -> QWidget:
        return self.combos[WEEKDAYS[0]]

    def describe(self, name: str, description: str) -> None:
        for combo in self.combos.values():
            combo.setAccessibleName(f"{combo.property('dayName')} – {name}")
            combo.setAccessibleDescription(description)


def make_answer_control(item: Item, lang: str, parent: QWidget | None = None) -> AnswerControl:
    """The right control for the item's kind."""
    not_answered = formatting.NOT_ANSWERED["en" if lang == "en" else "da"]
    if item.kind == "check":
        yes, no = formatting.YES_NO["en" if lang == "en" else "da"]
        return ComboControl([(None, not_answered), (True, yes), (False, no)], parent)
    if item.kind == "choice":
        choices: list[tuple[Any, str]] = [(None, not_answered)]
        choices += [(o.id, o.label(lang)) for o in item.options]
        return ComboControl(choices, parent)
    if item.kind == "multi":
        return MultiControl(item, lang, parent)
    if item.kind == "text":
        return TextControl(3, parent)
    if item.kind == "date":
        return DateControl(parent)
    if item.kind == "number":
        return NumberControl(item, lang, parent)
    if item.kind == "schedule":
        return ScheduleControl(lang, parent)
    if item.kind == "hours":
        return HoursControl(lang, parent)
    raise ValueError(f"unknown item kind {item.kind!r}")  # pragma: no cover - schema forbids it


# -- the card ----------------------------------------------------------------------------------
def audience_hint(audience: str) -> str:
    """Who the item mainly speaks to, as a short line under the prompt."""
    if audience == "manager":
        return translate("ItemWidgets", "Mest til lederen")
    if audience == "employee":
        return translate("ItemWidgets", "Mest til medarbejderen")
    return translate("ItemWidgets", "Til jer begge")


class ItemCard(QFrame):
    """One visible checklist item: prompt, answer, status, note, privacy, help, action."""

    changed = Signal()  # something was applied to the meeting
    answer_changed = Signal(str)  # item id; other items' visibility may follow
    action_requested = Signal(str, str)  # checklist id, item id

    def __init__(
        self,
        meeting: Meeting,
        checklist_id: str,
        item: Item,
        lang: str = "da",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.checklist_id = checklist_id
        self.item = item
        self.lang = lang
        self.setObjectName(f"card-{item.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        prompt_text = item.prompt.get(lang)
        help_text = item.help.get(lang)
        self.setAccessibleName(prompt_text)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)

        self.prompt = ScaledLabel(prompt_text, 1.2, True, self)
        self.audience = QLabel(audience_hint(item.audience), self)
        self.audience.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.prompt)
        layout.addWidget(self.audience)
        # A follow-up shows what was agreed last time, to evaluate against it.
        self.previous: QLabel | None = None
        previous = meeting.previous_answer(checklist_id, item.id)
        if meeting.follows and previous is not None:
            text = translate("ItemWidgets", "Aftalt sidst: {answer}").format(
                answer=formatting.format_answer(item, previous, lang)
            )
            self.previous = QLabel(text, self)
            self.previous.setWordWrap(True)
            self.previous.setTextFormat(Qt.TextFormat.PlainText)
            self.previous.setAccessibleName(text)
            layout.addWidget(self.previous)

        self.answer = make_answer_control(item, lang, self)
        self.answer.describe(prompt_text, help_text)
        self.answer.set_value(meeting.entry(checklist_id, item.id).answer)
        self.prompt.setBuddy(self.answer.focus_widget())
        self.answer_error = ErrorLabel(self)
        layout.addWidget(self.answer)
        layout.addWidget(self.answer_error)
        self.answer.edited.connect(self._apply_answer)
        self.answer.invalid.connect(self.answer_error.show_error)

        entry = meeting.entry(checklist_id, item.id)
        known = item.id in meeting.entries.get(checklist_id, {})

        row = QHBoxLayout()
        row.setSpacing(12)
        self.status_label = QLabel(translate("ItemWidgets", "Status:"), self)
        self.status = QComboBox(self)
        for status in STATUSES:
            self.status.addItem(formatting.status_label(status, lang), status)
        self.status.setCurrentIndex(STATUSES.index(entry.status))
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status.setAccessibleName(translate("ItemWidgets", "Status – {0}").format(prompt_text))
        self.status_label.setBuddy(self.status)
        self.status.currentIndexChanged.connect(self._apply_status)
        self.private = QCheckBox(
            translate("ItemWidgets", "Fortroligt – kommer ikke med i udskriften"), self
        )
        self.private.setChecked(entry.private if known else item.private)
        self.private.setAccessibleName(
            translate("ItemWidgets", "Fortroligt – {0}").format(prompt_text)
        )
        self.private.setAccessibleDescription(
            translate("ItemWidgets", "Punktet gemmes, men kommer ikke med i den udskrevne aftale.")
        )
        self.private.toggled.connect(self._apply_private)
        row.addWidget(self.status_label)
        row.addWidget(self.status)
        row.addStretch(1)
        layout.addLayout(row)
        # On a line of its own: beside the status it pushes the card wide at large zoom.
        private_row = QHBoxLayout()
        private_row.addWidget(self.private)
        private_row.addStretch(1)
        layout.addLayout(private_row)
        self.status_error = ErrorLabel(self)
        layout.addWidget(self.status_error)

        self.note_label = QLabel(translate("ItemWidgets", "Note:"), self)
        self.note = TextControl(2, self)
        self.note.set_value(entry.note)
        self.note.edit.setPlaceholderText(
            translate("ItemWidgets", "Skriv en note til punktet (valgfrit)")
        )
        self.note.edit.setAccessibleName(translate("ItemWidgets", "Note – {0}").format(prompt_text))
        self.note_label.setBuddy(self.note.edit)
        self.note.edited.connect(self._apply_note)
        self.note_error = ErrorLabel(self)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.note_error)

        buttons = QHBoxLayout()
        self.help_button = QPushButton(translate("ItemWidgets", "Hjælp (F1)"), self)
        self.help_button.setCheckable(True)
        self.help_button.setAccessibleName(
            translate("ItemWidgets", "Vis hjælp – {0}").format(prompt_text)
        )
        self.help_button.setAccessibleDescription(help_text)
        self.help_button.setProperty(NAVIGATION, True)
        self.help_button.toggled.connect(self._show_help)
        buttons.addWidget(self.help_button)
        self.action_button: QPushButton | None = None
        if item.actionable:
            self.action_button = QPushButton(translate("ItemWidgets", "Gør til handling…"), self)
            self.action_button.setAccessibleName(
                translate("ItemWidgets", "Gør til handling – {0}").format(prompt_text)
            )
            self.action_button.clicked.connect(
                lambda: self.action_requested.emit(self.checklist_id, self.item.id)
            )
            buttons.addWidget(self.action_button)
        self.action_count = QLabel(self)
        buttons.addWidget(self.action_count)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.help = QLabel(help_text, self)
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.PlainText)
        self.help.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.help.setAutoFillBackground(True)
        self.help.setMargin(12)
        self.help.setAccessibleName(translate("ItemWidgets", "Hjælp"))
        self.help.hide()
        layout.addWidget(self.help)

    # -- applying to the meeting -----------------------------------------------------------
    def _apply(self, change: Callable[[], None], error: ErrorLabel) -> bool:
        try:
            change()
        except (MeetingError, AnswerError) as exc:
            error.show_error(str(exc))
            return False
        error.clear_error()
        self.changed.emit()
        return True

    def _apply_answer(self, value: Any) -> None:
        cid, iid = self.checklist_id, self.item.id
        if self._apply(lambda: self.meeting.set_answer(cid, iid, value), self.answer_error):
            self.answer_changed.emit(iid)

    def _apply_status(self, index: int) -> None:
        status = self.status.itemData(index)
        cid, iid = self.checklist_id, self.item.id
        self._apply(lambda: self.meeting.set_status(cid, iid, status), self.status_error)

    def _apply_private(self, checked: bool) -> None:
        cid, iid = self.checklist_id, self.item.id
        self._apply(lambda: self.meeting.set_private(cid, iid, checked), self.status_error)

    def _apply_note(self, text: str | None) -> None:
        cid, iid = self.checklist_id, self.item.id
        self._apply(lambda: self.meeting.set_note(cid, iid, text or ""), self.note_error)

    # -- public ------------------------------------------------------------------------------
    def commit(self) -> None:
        """Apply anything typed but not yet applied."""
        self.answer.commit()
        self.note.commit()

    def toggle_help(self) -> None:
        self.help_button.toggle()

    def _show_help(self, shown: bool) -> None:
        self.help.setVisible(shown)
        self.help_button.setText(
            translate("ItemWidgets", "Skjul hjælp (F1)")
            if shown
            else translate("ItemWidgets", "Hjælp (F1)")
        )

    def set_action_count(self, count: int) -> None:
        self.action_count.setText(
            translate("ItemWidgets", "{0} handling(er) fra dette punkt").format(count)
            if count
            else ""
        )

    def set_read_only(self, ro: bool) -> None:
        self.answer.set_read_only(ro)
        self.note.set_read_only(ro)
        self.status.setEnabled(not ro)
        self.private.setEnabled(not ro)
        if self.action_button is not None:
            self.action_button.setEnabled(not ro)

    def focus_first(self) -> None:
        self.answer.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
