"""The answer controls: one per answer kind, each showing the stored answer and emitting
``edited(value)`` with the new one (None clears it). Typed input (text, dates, numbers, hours)
is applied on a short pause, on leaving the field and on ``commit()``, so nothing typed is
ever lost; reading what was typed is core's job (``core.parsing``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from remotework_desktop.core import formatting
from remotework_desktop.core.checklists import PLACES, WEEKDAYS, Item
from remotework_desktop.core.parsing import (
    InputError,
    date_to_text,
    parse_clock_text,
    parse_number_text,
)
from remotework_desktop.gui.widgets import DateEntry, ZoomComboBox, make_text_edit

DEBOUNCE_MS = 300
# A choice needs room for this many characters; longer options show in full as the card
# widens (at 200 % zoom, 45 made the checklist scroll sideways on a 1366-wide screen and 30
# in a 1200-wide window).
COMBO_CHARS = 20
# Bare `translate("Context", "...")` calls are what pyside6-lupdate finds.
translate = QCoreApplication.translate


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
    typing = Signal()  # a key changed the text (before any pause or Enter applies it)

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
        # Line edits last: turning off a clear button deletes that button, a child found here.
        children = self.findChildren(QWidget)
        children.sort(key=lambda w: isinstance(w, QLineEdit))
        for child in children:
            if isinstance(child, QLineEdit | QPlainTextEdit):
                child.setReadOnly(ro)
                if isinstance(child, QLineEdit):
                    # A read-only field offers no clear (×) button.
                    child.setClearButtonEnabled(not ro)
            elif not isinstance(child, QLabel | DateEntry):
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
        self.combo = ZoomComboBox(self)
        for value, label in choices:
            self.combo.addItem(label, value)
        # Long option texts would make the card wider than the window: the closed combo
        # needs room for COMBO_CHARS characters and grows with the card to show more; its
        # open list shows every option in full.
        longest = max(len(label) for _, label in choices)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(min(longest, COMBO_CHARS))
        self.combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.combo.view().setMinimumWidth(self.combo.view().sizeHintForColumn(0) + 32)
        if longest > COMBO_CHARS:
            self.combo.setToolTip("\n".join(label for _, label in choices))
            self._layout.addWidget(self.combo, 1)
        else:
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
        self.typing.emit()

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
        edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * chars + 40)
        edit.setMaximumWidth(edit.fontMetrics().averageCharWidth() * chars * 2 + 60)
        return self._wire(edit)

    def _wire(self, edit: QLineEdit) -> QLineEdit:
        edit.setClearButtonEnabled(True)
        edit.textEdited.connect(self._typed)
        edit.textChanged.connect(self._cleared)
        edit.editingFinished.connect(self._finished)
        self._edits.append(edit)
        return edit

    def _typed(self) -> None:
        self._pending = True
        self.typing.emit()

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
        self.entry = DateEntry(self)
        self.edit = self._wire(self.entry.edit)
        self.calendar_button = self.entry.calendar_button
        self.entry.picked.connect(self._picked)
        self._layout.addWidget(self.entry)
        self._layout.addStretch(1)

    def read(self) -> str | None:
        return self.entry.iso()

    def set_value(self, value: Any) -> None:
        self._show(self.edit, date_to_text(value))
        self._pending = False

    def set_text(self, text: str) -> None:
        """Put typed text in the field as if the user typed it (pending until committed)."""
        self.edit.setText(text)
        self._pending = True

    def pick_in_calendar(self) -> None:
        self.entry.pick_in_calendar()

    def _picked(self) -> None:
        self._pending = True
        self.commit()

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
        self.start_label = QLabel(translate("ItemWidgets", "F&ra kl."), self)
        self.start = self._add_edit(translate("ItemWidgets", "tt.mm"), 6)
        self.end_label = QLabel(translate("ItemWidgets", "ti&l kl."), self)
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
            combo = ZoomComboBox(self)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.addItem("—", None)
            for place in PLACES:
                combo.addItem(formatting.place_label(place, lang), place)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(self._changed)
            # One day a row, Monday to Sunday: a second pair of columns for the weekend
            # was too wide at 200 % (770 px for the week in a 694 px page).
            grid.addWidget(label, n, 0)
            grid.addWidget(combo, n, 1)
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


# -- one widget factory per answer kind (core/answers.py holds the kinds) ------------------
AnswerControlFactory = Callable[[Item, str, QWidget | None], AnswerControl]


def _not_answered(lang: str) -> str:
    return formatting.not_answered_text(lang)


def _check_control(item: Item, lang: str, parent: QWidget | None) -> AnswerControl:
    yes, no = formatting.done_text(True, lang), formatting.done_text(False, lang)
    return ComboControl([(None, _not_answered(lang)), (True, yes), (False, no)], parent)


def _choice_control(item: Item, lang: str, parent: QWidget | None) -> AnswerControl:
    choices: list[tuple[Any, str]] = [(None, _not_answered(lang))]
    choices += [(o.id, o.label(lang)) for o in item.options]
    return ComboControl(choices, parent)


ANSWER_CONTROLS: dict[str, AnswerControlFactory] = {
    "check": _check_control,
    "text": lambda item, lang, parent: TextControl(3, parent),
    "choice": _choice_control,
    "multi": MultiControl,
    "date": lambda item, lang, parent: DateControl(parent),
    "number": NumberControl,
    "schedule": lambda item, lang, parent: ScheduleControl(lang, parent),
    "hours": lambda item, lang, parent: HoursControl(lang, parent),
}


def make_answer_control(item: Item, lang: str, parent: QWidget | None = None) -> AnswerControl:
    """The right control for the item's kind."""
    factory = ANSWER_CONTROLS.get(item.kind)
    if factory is None:  # pragma: no cover - a test checks every kind has a factory
        raise ValueError(f"unknown item kind {item.kind!r}")
    return factory(item, lang, parent)
