"""The task finder's list: one row per task (name, hours a week, result in words).

A plain table model over the meeting's tasks. A row's texts are worked out only when Qt asks
for them (the rows on screen) and kept until that task changes, so a list of 200 tasks shows
at once. The result is always said in words; colour is never the only sign.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from remotework_desktop.core import formatting
from remotework_desktop.core.meetings import Meeting
from remotework_desktop.core.text import t

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_TEXT_ROLES = frozenset(
    {
        int(Qt.ItemDataRole.DisplayRole),
        int(Qt.ItemDataRole.AccessibleTextRole),
        int(Qt.ItemDataRole.ToolTipRole),
    }
)


def result_words(result: str | None, lang: str) -> str:
    """home / partly / workplace / None (not assessed) in words: the PDF's words."""
    return t(f"tasks.result.{result or 'none'}", lang)


def hours_text(hours: float | None, lang: str) -> str:
    """'7,5 t' (da) / '7.5 h' (en); '—' when not given."""
    if hours is None:
        return "—"
    return translate("TaskFinder", "{0} t").format(formatting.format_number(hours, lang))


def summary_text(meeting: Meeting, lang: str) -> str:
    """The hours a week at home, partly, at the workplace and not yet assessed, in one line."""
    s = meeting.task_summary()
    if not s.count:
        return translate("TaskFinder", "Ingen opgaver endnu.")
    n = formatting.format_number
    text = translate(
        "TaskFinder",
        "Opgaver: {count} · timer om ugen: hjemme {home} · delvist hjemme {partly} · "
        "på arbejdspladsen {workplace}",
    ).format(
        count=s.count,
        home=n(s.home_hours, lang),
        partly=n(s.partly_hours, lang),
        workplace=n(s.workplace_hours, lang),
    )
    if s.unassessed_hours:
        text += translate("TaskFinder", " · ikke vurderet endnu {0}").format(
            n(s.unassessed_hours, lang)
        )
    return text


class TaskListModel(QAbstractTableModel):
    """The meeting's tasks, in their order; ``task_changed`` refreshes one row."""

    def __init__(self, meeting: Meeting, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.lang = lang
        self._texts: dict[str, tuple[str, str, str]] = {}
        self.rows_formatted = 0  # how many rows were worked out (read by tests)

    def headers(self) -> list[str]:
        return [
            translate("TaskFinder", "Opgave"),
            translate("TaskFinder", "Timer/uge"),
            translate("TaskFinder", "Kan klares"),
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.meeting.tasks)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def texts(self, row: int) -> tuple[str, str, str]:
        task = self.meeting.tasks[row]
        texts = self._texts.get(task.id)
        if texts is None:
            evaluation = self.meeting.task_evaluation(task.id, self.lang)
            result = result_words(evaluation.result, self.lang)
            if task.override is not None:
                result += " " + translate("TaskFinder", "(rettet)")
            texts = (task.name, hours_text(task_hours(self.meeting, task.id), self.lang), result)
            self._texts[task.id] = texts
            self.rows_formatted += 1
        return texts

    def data(self, index: _Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        if role in _TEXT_ROLES:
            return self.texts(index.row())[index.column()]
        if role == ID_ROLE:
            return self.meeting.tasks[index.row()].id
        return None

    def row_of(self, task_id: str) -> int:
        return next((r for r, task in enumerate(self.meeting.tasks) if task.id == task_id), -1)

    def task_changed(self, task_id: str) -> None:
        """One task's texts are stale: work them out again when next shown."""
        self._texts.pop(task_id, None)
        row = self.row_of(task_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, 2))

    def reset(self) -> None:
        """Tasks were added, removed or moved."""
        self.beginResetModel()
        self._texts.clear()
        self.endResetModel()


def task_hours(meeting: Meeting, task_id: str) -> float | None:
    """The hours a week given for a task (the file's hours question), None if not given."""
    value = meeting.task(task_id).answers.get(meeting.task_finder().hours_question.id)
    return value if isinstance(value, int | float) else None
