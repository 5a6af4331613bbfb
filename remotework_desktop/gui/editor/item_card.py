"""One checklist item as a card: its answer control, status, note, privacy, help and action.

Every answer kind gets a control (``answer_controls``) that shows the stored answer and emits
``edited(value)`` with the new one (None clears it). The card hands that value to ``Meeting``
and shows any error from core, in words, right under the control it concerns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.core import formatting
from remotework_desktop.core.checklists import AnswerError, Item
from remotework_desktop.core.followups import CHANGED, KEPT, NEW, item_change
from remotework_desktop.core.meetings import STATUSES, Meeting, MeetingError
from remotework_desktop.gui.editor.answer_controls import TextControl, make_answer_control
from remotework_desktop.gui.editor.task_suggestion import attach_task_suggestion
from remotework_desktop.gui.style import ScaledLabel
from remotework_desktop.gui.widgets import ErrorLabel

# Widgets with this property only navigate or show things; they stay usable when read-only.
NAVIGATION = "rwNavigation"
# Bare `translate("Context", "...")` calls are what pyside6-lupdate finds.
translate = QCoreApplication.translate


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
    typing = Signal()  # a key went into the answer or the note

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
        # Shown while the item's condition is unknown (set_pending); read by screen readers.
        depends = formatting.depends_on_answers_text(lang)
        self.depends = QLabel(depends, self)
        self.depends.setObjectName("depends")
        self.depends.setAccessibleName(depends)
        self.depends.setHidden(True)
        layout.addWidget(self.depends)
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

        # A follow-up marks the item kept / changed / new against the signed agreement.
        self.change = QLabel(self)
        self.change.setObjectName("change")
        self.change.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.change)
        self._show_change()

        self.answer = make_answer_control(item, lang, self)
        self.answer.describe(prompt_text, help_text)
        self.answer.set_value(meeting.entry(checklist_id, item.id).answer)
        self.prompt.setBuddy(self.answer.focus_widget())
        self.answer_error = ErrorLabel(self)
        layout.addWidget(self.answer)
        layout.addWidget(self.answer_error)
        self.answer.edited.connect(self._apply_answer)
        self.answer.invalid.connect(self.answer_error.show_error)
        self.answer.typing.connect(self.typing)
        # The task list's suggestion on the home-days and week-plan items (tasks chosen).
        self.task_suggestion = attach_task_suggestion(self)

        entry = meeting.entry(checklist_id, item.id)

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
        self.private = QCheckBox(translate("ItemWidgets", "Fortroligt"), self)
        # The explanation wraps beside the tick box (a tick box's own text cannot wrap and
        # pushed the card wider than the page at a large zoom).
        self.private_note = QLabel(translate("ItemWidgets", "– kommer ikke med i udskriften"), self)
        self.private_note.setWordWrap(True)
        self.private.setChecked(entry.private)
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
        private_row.addWidget(self.private_note, 1)
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
        self.note.typing.connect(self.typing)
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
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # On a line of its own, wrapping: beside the buttons it made the card too wide.
        self.action_count = QLabel(self)
        self.action_count.setWordWrap(True)
        layout.addWidget(self.action_count)

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

    def _show_change(self) -> None:
        change = item_change(self.meeting, self.checklist_id, self.item.id)
        texts = {
            KEPT: translate("ItemWidgets", "= Uændret siden aftalen"),
            CHANGED: translate("ItemWidgets", "✎ Ændret siden aftalen"),
            NEW: translate("ItemWidgets", "+ Nyt siden aftalen"),
        }
        text = texts.get(change or "", "")
        self.change.setText(text)
        self.change.setAccessibleName(text)
        self.change.setHidden(not text)

    def set_pending(self, pending: bool) -> None:
        """Mark the card as depending on answers above (its condition is still unknown)."""
        self.depends.setHidden(not pending)
        name = self.item.prompt.get(self.lang)
        self.setAccessibleName(f"{name} – {self.depends.text()}" if pending else name)

    def _apply_answer(self, value: Any) -> None:
        cid, iid = self.checklist_id, self.item.id
        if self._apply(lambda: self.meeting.set_answer(cid, iid, value), self.answer_error):
            self._show_change()
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
        if self.task_suggestion is not None:
            self.task_suggestion.set_read_only(ro)

    def focus_first(self) -> None:
        self.answer.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
