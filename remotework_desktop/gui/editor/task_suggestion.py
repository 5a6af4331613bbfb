"""The task list's suggestion beside the getting-started items on home days and the week.

"Opgavelisten peger på …": the hours the task finder found can be done at home, shown on the
item cards that fill the plan's home days and week plan. It is only a suggestion: the answer
changes only when "Brug forslaget" is pressed, never by itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from remotework_desktop.core import formatting
from remotework_desktop.core.tasks import suggested_home_days

if TYPE_CHECKING:
    from remotework_desktop.gui.editor.item_card import ItemCard

translate = QCoreApplication.translate
PLAN_FIELDS = ("home_days", "schedule")


class TaskSuggestion(QFrame):
    """The suggestion on one card; ``refresh`` after the tasks change."""

    def __init__(self, card: ItemCard) -> None:
        super().__init__(card)
        self.card = card
        self.meeting = card.meeting
        self.lang = card.lang
        self.days: int | None = None
        self._read_only = False
        self.setObjectName("task-suggestion")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.text)
        self.use_button: QPushButton | None = None
        if card.item.plan == "home_days":
            row = QHBoxLayout()
            self.use_button = QPushButton(translate("TaskFinder", "Brug forslaget"), self)
            self.use_button.clicked.connect(self.use)
            row.addWidget(self.use_button)
            row.addStretch(1)
            layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        summary = self.meeting.task_summary()
        n = formatting.format_number
        total = (
            summary.home_hours
            + summary.partly_hours
            + summary.workplace_hours
            + summary.unassessed_hours
        )
        if not total:
            self.days = None
            self.hide_all()
            return
        if self.card.item.plan == "home_days":
            self.days = suggested_home_days(summary)
            template = (
                translate(
                    "TaskFinder",
                    "Opgavelisten peger på 1 dag hjemme om ugen: {home} af {total} timer "
                    "kan klares hjemme, {partly} delvist.",
                )
                if self.days == 1
                else translate(
                    "TaskFinder",
                    "Opgavelisten peger på {days} dage hjemme om ugen: {home} af {total} timer "
                    "kan klares hjemme, {partly} delvist.",
                )
            )
            text = template.format(
                days=self.days if self.days is not None else 0,
                home=n(summary.home_hours, self.lang),
                total=n(total, self.lang),
                partly=n(summary.partly_hours, self.lang),
            )
        else:
            text = translate(
                "TaskFinder",
                "Opgavelisten peger på {home} timer om ugen hjemme, {partly} delvist hjemme og "
                "{workplace} på arbejdspladsen.",
            ).format(
                home=n(summary.home_hours, self.lang),
                partly=n(summary.partly_hours, self.lang),
                workplace=n(summary.workplace_hours, self.lang),
            )
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.setAccessibleName(text)
        if self.use_button is not None:
            self.use_button.setAccessibleName(
                translate("TaskFinder", "Brug forslaget: 1 dag hjemme")
                if self.days == 1
                else translate("TaskFinder", "Brug forslaget: {0} dage hjemme").format(self.days)
            )
            self.use_button.setEnabled(self.days is not None and not self._read_only)
        self.setHidden(False)

    def hide_all(self) -> None:
        self.setHidden(True)

    def use(self) -> None:
        """Put the suggested number of home days in the answer, as if typed there."""
        if self.days is None or self._read_only:
            return
        self.card.answer.set_value(self.days)
        self.card.answer.edited.emit(self.days)

    def set_read_only(self, ro: bool) -> None:
        self._read_only = ro
        if self.use_button is not None:
            self.use_button.setEnabled(self.days is not None and not ro)


def attach_task_suggestion(card: ItemCard) -> TaskSuggestion | None:
    """Put the suggestion under the answer of a home-days or week-plan card (tasks chosen)."""
    if card.item.plan not in PLAN_FIELDS or not card.meeting.has_tasks:
        return None
    suggestion = TaskSuggestion(card)
    layout = card.layout()
    layout.insertWidget(layout.indexOf(card.answer_error) + 1, suggestion)
    return suggestion


def refresh_task_suggestions(cards: Iterable[ItemCard]) -> None:
    for card in cards:
        suggestion = getattr(card, "task_suggestion", None)
        if suggestion is not None:
            suggestion.refresh()
