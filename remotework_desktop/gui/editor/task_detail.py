"""The chosen task in detail: its name, category, the questions, the result and an override.

One panel for whichever task is chosen in the list (so 200 tasks cost one panel, not 200).
Every change goes through the ``Meeting`` methods; an error from core is shown in words right
under the field it concerns, and what was typed stays in the field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.core import formatting
from remotework_desktop.core.meetings import Meeting, MeetingError
from remotework_desktop.core.parsing import InputError, parse_number_text
from remotework_desktop.gui.editor.answer_controls import TextControl
from remotework_desktop.gui.editor.task_list import result_words
from remotework_desktop.gui.style import ScaledLabel
from remotework_desktop.gui.widgets import ErrorLabel

translate = QCoreApplication.translate
RESULTS = ("home", "partly", "workplace")


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class _ClickChooses(QObject):
    """A click on an option's wrapped text chooses its radio button, as the button's own
    text would (a button's text cannot wrap, which made the page wider than the screen)."""

    def __init__(self, button: QRadioButton) -> None:
        super().__init__(button)
        self._button = button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and self._button.isEnabled():
            self._button.click()
            self._button.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return False


class ChoiceQuestion(QFrame):
    """One choice question as a group of radio buttons; the first is 'not answered'.

    Arrow keys move within the group and choose; Tab moves on to the next group. Each option's
    text is a word-wrapped label beside a bare radio button that carries it as its name."""

    chosen = Signal(str, object)  # question id, option id or None

    def __init__(self, question: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question_id = question.id
        prompt = question.prompt.get(lang)
        help_text = question.help.get(lang)
        self.setAccessibleName(prompt)
        self.setAccessibleDescription(help_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.prompt = _plain_label(prompt, self)
        font = self.prompt.font()
        font.setBold(True)
        self.prompt.setFont(font)
        self.help = _plain_label(help_text, self)
        self.help.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.prompt)
        layout.addWidget(self.help)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.group = QButtonGroup(self)
        self.buttons: dict[str | None, QRadioButton] = {}
        self.labels: dict[str | None, QLabel] = {}
        options = [(None, formatting.not_answered_text(lang))]
        options += [(o.id, o.label.get(lang)) for o in question.options]
        for row, (value, label_text) in enumerate(options):
            button = QRadioButton(self)
            label = _plain_label(label_text, self)
            label.installEventFilter(_ClickChooses(button))
            # The question in the name too: a screen reader landing on an option hears both.
            button.setAccessibleName(f"{label_text} – {prompt}")
            button.setAccessibleDescription(help_text)
            self.group.addButton(button)
            self.buttons[value] = button
            self.labels[value] = label
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
            button.toggled.connect(
                lambda checked, value=value: checked and self.chosen.emit(self.question_id, value)
            )
        self.prompt.setBuddy(self.buttons[None])

    def set_value(self, value: Any) -> None:
        button = self.buttons.get(value, self.buttons[None])
        for b in self.buttons.values():
            b.blockSignals(True)
        button.setChecked(True)
        for b in self.buttons.values():
            b.blockSignals(False)

    def value(self) -> str | None:
        return next((v for v, b in self.buttons.items() if b.isChecked()), None)

    def set_read_only(self, ro: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not ro)


class HoursQuestion(QWidget):
    """The hours a week, typed ('7,5'); read on Enter and on leaving the field."""

    typed = Signal(str, object)  # question id, number or None

    def __init__(self, question: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question_id = question.id
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = _plain_label(question.prompt.get(lang), self)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.help = _plain_label(question.help.get(lang), self)
        self.help.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(translate("TaskFinder", "Timer om ugen, fx 7,5"))
        chars = self.edit.fontMetrics().averageCharWidth()
        self.edit.setMaximumWidth(chars * 28 + 60)
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(question.prompt.get(lang))
        self.edit.setAccessibleDescription(question.help.get(lang))
        self.label.setBuddy(self.edit)
        self.error = ErrorLabel(self)
        for widget in (self.label, self.help, self.edit, self.error):
            layout.addWidget(widget)
        self._shown = ""
        self.edit.editingFinished.connect(self.commit)

    def set_value(self, value: Any) -> None:
        self._shown = "" if value is None else formatting.format_number(value, self.lang)
        self.edit.setText(self._shown)
        self.error.clear_error()

    def commit(self) -> None:
        text = self.edit.text()
        if text == self._shown:
            return
        try:
            value = parse_number_text(text)
        except InputError as exc:
            self.error.show_error(str(exc))
            return
        self._shown = text
        self.typed.emit(self.question_id, value)

    def set_read_only(self, ro: bool) -> None:
        self.edit.setReadOnly(ro)
        self.edit.setClearButtonEnabled(not ro)


class TaskDetail(QWidget):
    """Edits one task of the meeting; ``changed(task_id)`` after each applied change."""

    changed = Signal(str)

    def __init__(self, meeting: Meeting, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.lang = lang
        self.task_id: str | None = None
        self._read_only = False
        finder = meeting.task_finder()
        self.setObjectName("task-detail")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        self.heading = ScaledLabel("", 1.2, True, self)
        layout.addWidget(self.heading)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(translate("TaskFinder", "Opgavens navn"))
        self.name_label = QLabel(translate("TaskFinder", "N&avn:"), self)
        self.name_label.setBuddy(self.name)
        self.name_error = ErrorLabel(self)
        self.name.editingFinished.connect(self._apply_name)
        self.category = QComboBox(self)
        self.category.addItem(translate("TaskFinder", "Ingen kategori"), None)
        for category in finder.categories:
            self.category.addItem(category.label.get(lang), category.id)
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category.setMinimumContentsLength(16)
        self.category.setAccessibleName(translate("TaskFinder", "Opgavens kategori"))
        self.category_label = QLabel(translate("TaskFinder", "&Kategori:"), self)
        self.category_label.setBuddy(self.category)
        self.category.activated.connect(self._apply_category)
        self.examples = _plain_label("", self)
        self.examples.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.category_error = ErrorLabel(self)
        form.addRow(self.name_label, self.name)
        form.addRow("", self.name_error)
        form.addRow(self.category_label, self.category)
        form.addRow("", self.examples)
        form.addRow("", self.category_error)
        layout.addLayout(form)

        self.questions: dict[str, ChoiceQuestion | HoursQuestion] = {}
        self.answer_errors: dict[str, ErrorLabel] = {}
        for question in finder.questions:
            if question.kind == "hours":
                widget: ChoiceQuestion | HoursQuestion = HoursQuestion(question, lang, self)
                widget.typed.connect(self._apply_answer)
                error = widget.error
                layout.addWidget(widget)
            else:
                widget = ChoiceQuestion(question, lang, self)
                widget.chosen.connect(self._apply_answer)
                error = ErrorLabel(self)
                layout.addWidget(widget)
                layout.addWidget(error)
            self.questions[question.id] = widget
            self.answer_errors[question.id] = error

        self.result_box = QFrame(self)
        self.result_box.setObjectName("task-result")
        self.result_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.result_box.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.result_box.setAutoFillBackground(True)
        box = QVBoxLayout(self.result_box)
        self.result = ScaledLabel("", 1.15, True, self.result_box)
        self.result.setObjectName("task-result-text")
        self.reasons = _plain_label("", self.result_box)
        self.reasons.setObjectName("task-reasons")
        box.addWidget(self.result)
        box.addWidget(self.reasons)
        layout.addWidget(self.result_box)

        over = QFormLayout()
        over.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.override = QComboBox(self)
        self.override.addItem(translate("TaskFinder", "Brug det beregnede resultat"), None)
        for result in RESULTS:
            self.override.addItem(result_words(result, lang), result)
        self.override.setAccessibleName(translate("TaskFinder", "Ret resultat"))
        self.override.setAccessibleDescription(
            translate("TaskFinder", "Vælg et andet resultat end det beregnede. Skriv hvorfor.")
        )
        self.override_label = QLabel(translate("TaskFinder", "Ret &resultat:"), self)
        self.override_label.setBuddy(self.override)
        self.override.activated.connect(self._apply_override)
        self.note = TextControl(3, self)
        self.note.edit.setAccessibleName(translate("TaskFinder", "Begrundelse og note"))
        self.note.edit.setPlaceholderText(
            translate("TaskFinder", "Skriv hvorfor, hvis I retter resultatet (ellers valgfrit)")
        )
        self.note_label = QLabel(translate("TaskFinder", "&Begrundelse og note:"), self)
        self.note_label.setBuddy(self.note.edit)
        self.note.edited.connect(self._apply_note)
        self.note_error = ErrorLabel(self)
        over.addRow(self.override_label, self.override)
        over.addRow(self.note_label, self.note)
        over.addRow("", self.note_error)
        layout.addLayout(over)
        layout.addStretch(1)

    # -- showing a task ----------------------------------------------------------------------
    def task(self) -> Any:
        return next((t for t in self.meeting.tasks if t.id == self.task_id), None)

    def set_task(self, task_id: str | None) -> None:
        """Show this task (None: no task chosen, the panel is hidden)."""
        if self.task_id is not None and task_id != self.task_id:
            self.commit()
        self.task_id = task_id
        task = self.task()
        self.setHidden(task is None)
        if task is None:
            return
        for error in (self.name_error, self.category_error, self.note_error):
            error.clear_error()
        for error in self.answer_errors.values():
            error.clear_error()
        self.heading.setText(task.name)
        self.name.setText(task.name)
        self.category.setCurrentIndex(max(self.category.findData(task.category), 0))
        self._show_examples()
        for qid, widget in self.questions.items():
            widget.set_value(task.answers.get(qid))
        self.override.setCurrentIndex(max(self.override.findData(task.override), 0))
        self.note.set_value(task.note)
        self.show_result()

    def _show_examples(self) -> None:
        cid = self.category.currentData()
        text = ""
        if cid is not None:
            category = self.meeting.task_finder().category(cid)
            examples = category.examples.get(self.lang) if category is not None else ""
            if examples:
                text = translate("TaskFinder", "Eksempler: {0}").format(examples)
        self.examples.setText(text)
        self.examples.setHidden(not text)
        self.category.setAccessibleDescription(text)

    def show_result(self) -> None:
        """The computed result and its reasons, or what is still to be answered."""
        task = self.task()
        if task is None:
            return
        evaluation = self.meeting.task_evaluation(task.id, self.lang)
        text = translate("TaskFinder", "Resultat: {0}").format(
            result_words(evaluation.result, self.lang)
        )
        lines = [f"• {reason}" for reason in evaluation.reasons]
        if task.override is not None:
            lines.insert(
                0,
                translate("TaskFinder", "Rettet af jer. Beregnet: {0}").format(
                    result_words(evaluation.computed, self.lang)
                ),
            )
        missing = ""
        if evaluation.missing:
            # Short on screen; the questions by name in the tooltip and for screen readers.
            finder = self.meeting.task_finder()
            names = [finder.question(q).prompt.get(self.lang) for q in evaluation.missing]
            missing = translate("TaskFinder", "Mangler svar på: {0}").format("; ".join(names))
            lines.append(
                translate("TaskFinder", "1 spørgsmål mangler svar")
                if len(names) == 1
                else translate("TaskFinder", "{0} spørgsmål mangler svar").format(len(names))
            )
        self.result.setText(text)
        self.result.setAccessibleName(text)
        self.reasons.setText("\n".join(lines))
        self.reasons.setAccessibleName("\n".join(lines))
        self.reasons.setAccessibleDescription(missing)
        self.reasons.setToolTip(missing)
        self.reasons.setHidden(not lines)
        self.result_box.setAccessibleName(text)

    # -- applying ----------------------------------------------------------------------------
    def _apply(self, change: Callable[[], None], error: ErrorLabel, field: str = "") -> bool:
        if self.task_id is None:
            return False
        try:
            change()
        except MeetingError as exc:
            fields = exc.fields or {}
            error.show_error(fields.get(field) or next(iter(fields.values()), str(exc)))
            return False
        error.clear_error()
        self.show_result()
        self.changed.emit(self.task_id)
        return True

    def _apply_name(self) -> None:
        task = self.task()
        if task is None or self.name.text() == task.name:
            if task is not None:
                self.name_error.clear_error()
            return
        tid = task.id
        name = self.name.text()
        if self._apply(lambda: self.meeting.update_task(tid, name=name), self.name_error, "name"):
            self.heading.setText(self.task().name)

    def _apply_category(self, index: int) -> None:
        tid, cid = self.task_id, self.category.itemData(index)
        self._show_examples()
        self._apply(
            lambda: self.meeting.update_task(tid, category=cid), self.category_error, "category"
        )

    def _apply_answer(self, question_id: str, value: Any) -> None:
        tid = self.task_id
        self._apply(
            lambda: self.meeting.set_task_answer(tid, question_id, value),
            self.answer_errors[question_id],
            "answer",
        )

    def _apply_override(self, index: int) -> None:
        tid, result = self.task_id, self.override.itemData(index)
        note = self.note.edit.toPlainText()
        self.note.set_value(note)  # typed text is applied together with the override
        self._apply(
            lambda: self.meeting.set_task_override(tid, result, note), self.note_error, "note"
        )

    def _apply_note(self, text: str | None) -> None:
        task = self.task()
        if task is None:
            return
        tid, note, chosen = task.id, text or "", self.override.currentData()
        if chosen != task.override:
            # An override refused for want of a note: the note now written carries it.
            self._apply(
                lambda: self.meeting.set_task_override(tid, chosen, note), self.note_error, "note"
            )
        else:
            self._apply(lambda: self.meeting.set_task_note(tid, note), self.note_error, "note")

    # -- the contract with the page ------------------------------------------------------------
    def commit(self) -> None:
        """Apply anything typed but not yet applied (name, hours, note)."""
        if self.task() is None:
            return
        self._apply_name()
        for widget in self.questions.values():
            if isinstance(widget, HoursQuestion):
                widget.commit()
        self.note.commit()

    def set_read_only(self, ro: bool) -> None:
        self._read_only = ro
        self.name.setReadOnly(ro)
        self.category.setEnabled(not ro)
        for widget in self.questions.values():
            widget.set_read_only(ro)
        self.override.setEnabled(not ro)
        self.note.set_read_only(ro)

    def focus_first(self) -> None:
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_first_missing(self) -> None:
        """The focus on the first question still to be answered (else on the name)."""
        task = self.task()
        missing = self.meeting.task_evaluation(task.id).missing if task is not None else []
        widget = self.questions.get(missing[0]) if missing else None
        if isinstance(widget, ChoiceQuestion):
            widget.buttons[None].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_first()
