"""The task finder page ("Opgaver på distancen"): which tasks can be done from home.

Master and detail: the list of tasks (name, hours, result in words) and one panel for the
chosen task, so 200 tasks stay quick. The hours summary is at the top. Adding, renaming,
answering, overriding, removing and moving all go through ``Meeting``; the page owns no rule.
Built when first shown: a meeting opens no faster or slower for having tasks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.core.meetings import Meeting, MeetingError
from remotework_desktop.gui import errors
from remotework_desktop.gui.editor.item_card import NAVIGATION
from remotework_desktop.gui.editor.task_detail import TaskDetail
from remotework_desktop.gui.editor.task_list import ID_ROLE, TaskListModel, summary_text
from remotework_desktop.gui.style import ScaledLabel
from remotework_desktop.gui.widgets import ErrorLabel, keep_focus_visible

translate = QCoreApplication.translate
# Side by side when the page is at least this many average characters wide, else stacked.
SIDE_BY_SIDE_CHARS = 100
LIST_ROWS = 8  # rows the list shows without scrolling
# Stacked (a large zoom): fewer rows, so the chosen task's questions are one short scroll
# away instead of a screen below a list that scrolls on its own.
LIST_ROWS_STACKED = 4


class _TaskTable(QTableView):
    """The list: arrows choose, Tab leaves, Delete asks to remove, Ctrl+Up/Down move."""

    delete_pressed = Signal()
    move_pressed = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.delete_pressed.emit()
            return
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_pressed.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


class TasksPage(QWidget):
    """The meeting's task list with the chosen task in detail."""

    changed = Signal()  # something was applied to the meeting

    def __init__(self, meeting: Meeting, lang: str = "da", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.lang = lang
        self._read_only = False
        self._built = False
        self.setObjectName("tasks-page")
        finder = meeting.task_finder()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        self.title = ScaledLabel(finder.title(lang), 1.5, True, self)
        outer.addWidget(self.title)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.scroll, 1)

    # -- building, when first shown ------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)

    def ensure_built(self) -> None:
        if self._built:
            return
        self._built = True
        body = QWidget(self.scroll)
        body.setObjectName("tasks-body")
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 16, 24)
        column.setSpacing(12)
        # The hours summary first, inside the scrolled part: at 200 % zoom on a small screen
        # every line kept outside it is a line less for the list and the questions.
        self.summary = ScaledLabel("", 1.05, True, body)
        self.summary.setObjectName("task-summary")
        column.addWidget(self.summary)
        intro = ScaledLabel(self.meeting.task_finder().intro(self.lang), 1.0, False, body)
        column.addWidget(intro)
        self._build_add_row(body, column)

        self.split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.split.setSpacing(20)
        left = QVBoxLayout()
        self.model = TaskListModel(self.meeting, self.lang, self)
        self.table = _TaskTable(body)
        self.table.setObjectName("task-list")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setProperty(NAVIGATION, True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(LIST_ROWS * 2)
        self.table.setAccessibleName(translate("TaskFinder", "Opgaver"))
        self.table.setAccessibleDescription(
            translate(
                "TaskFinder",
                "Pil op og ned vælger en opgave. Ctrl+pil flytter den. Delete fjerner den.",
            )
        )
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.delete_pressed.connect(self.remove_current)
        self.table.move_pressed.connect(self.move_current)
        # Not stretched to the detail's height: the buttons stay right under the rows.
        left.addWidget(self.table)
        buttons = QHBoxLayout()
        self.remove_button = QPushButton(translate("TaskFinder", "Fjer&n …"), body)
        self.remove_button.setAccessibleName(translate("TaskFinder", "Fjern den valgte opgave"))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QPushButton(translate("TaskFinder", "Flyt o&p"), body)
        self.up_button.setAccessibleName(translate("TaskFinder", "Flyt den valgte opgave op"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(translate("TaskFinder", "Flyt ne&d"), body)
        self.down_button.setAccessibleName(translate("TaskFinder", "Flyt den valgte opgave ned"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for button in (self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        self.empty = QLabel(
            translate("TaskFinder", "Skriv en opgave ovenfor, og vælg »Tilføj«."), body
        )
        self.empty.setWordWrap(True)
        left.addWidget(self.empty)
        left.addStretch(1)
        self.split.addLayout(left, 5)

        self.detail = TaskDetail(self.meeting, self.lang, body)
        self.detail.changed.connect(self._detail_changed)
        self.detail.set_read_only(self._read_only)
        self.split.addWidget(self.detail, 4)
        column.addLayout(self.split)
        column.addStretch(1)
        self.scroll.setWidget(body)
        keep_focus_visible(self.scroll)
        self._fit_to_font()
        self._refresh_list(self.meeting.tasks[0].id if self.meeting.tasks else None)
        self.set_read_only(self._read_only)

    def _build_add_row(self, body: QWidget, column: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.new_name = QLineEdit(body)
        self.new_name.setObjectName("new-task-name")
        self.new_name.setPlaceholderText(
            translate("TaskFinder", "Fx bogføring, kundeservice eller korrektur")
        )
        self.new_name.setAccessibleName(translate("TaskFinder", "Ny opgave"))
        self.new_name.setAccessibleDescription(
            translate("TaskFinder", "Skriv opgavens navn, eller vælg et eksempel. Enter tilføjer.")
        )
        examples = [c.label.get(self.lang) for c in self.meeting.task_finder().categories]
        completer = QCompleter(examples, self.new_name)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.new_name.setCompleter(completer)
        self.new_name.returnPressed.connect(self.add_typed)
        label = QLabel(translate("TaskFinder", "Ny &opgave:"), body)
        label.setBuddy(self.new_name)
        self.add_button = QPushButton(translate("TaskFinder", "Tilf&øj"), body)
        self.add_button.setAccessibleName(translate("TaskFinder", "Tilføj opgaven"))
        self.add_button.clicked.connect(self.add_typed)
        row.addWidget(label)
        row.addWidget(self.new_name, 1)
        row.addWidget(self.add_button)
        column.addLayout(row)
        self.new_error = ErrorLabel(body)
        column.addWidget(self.new_error)

    # -- size ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange and self._built:
            self._fit_to_font()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._built:
            self._fit_to_font()

    def _fit_to_font(self) -> None:
        """Side by side when there is room; list above detail at a large zoom."""
        char = self.fontMetrics().averageCharWidth()
        wide = self.width() >= char * SIDE_BY_SIDE_CHARS
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.split.direction() != direction:
            self.split.setDirection(direction)
        # Rows as tall as the zoomed text (the hidden row header does not follow the font).
        row = self.fontMetrics().height() + max(8, self.fontMetrics().height() // 2)
        self.table.verticalHeader().setDefaultSectionSize(row)
        rows = row * (LIST_ROWS if wide else LIST_ROWS_STACKED)
        self.table.setMinimumHeight(rows + self.table.horizontalHeader().sizeHint().height() + 4)
        self.table.setMinimumWidth(char * 30)

    # -- the list ------------------------------------------------------------------------------
    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, task_id: str | None) -> None:
        row = self.model.row_of(task_id) if task_id else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.detail.set_task(None)
        self._update_buttons()

    def _refresh_list(self, select: str | None) -> None:
        self.model.reset()
        self.select(select)
        self._update_summary()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.set_task(current.data(ID_ROLE) if current.isValid() else None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.meeting.tasks)
        row = self.table.currentIndex().row() if self.current_id() else -1
        editable = not self._read_only
        self.remove_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < count - 1)
        self.table.setHidden(count == 0)
        self.empty.setHidden(count > 0)

    def _update_summary(self) -> None:
        text = summary_text(self.meeting, self.lang)
        self.summary.setText(text)
        self.summary.setAccessibleName(text)

    def _detail_changed(self, task_id: str) -> None:
        self.model.task_changed(task_id)
        self._update_summary()
        self.changed.emit()

    # -- adding, removing, moving --------------------------------------------------------------
    def add_typed(self) -> bool:
        """Add the task typed in 'Ny opgave' (an empty name is refused beside the field)."""
        self.ensure_built()
        if self._read_only:
            return False
        name = self.new_name.text()
        category = next(
            (
                c.id
                for c in self.meeting.task_finder().categories
                if c.label.get(self.lang).casefold() == name.strip().casefold()
            ),
            None,
        )
        try:
            task = self.meeting.add_task(name, category)
        except MeetingError as exc:
            fields = exc.fields or {}
            self.new_error.show_error(fields.get("name") or str(exc))
            self.new_name.setAccessibleDescription(self.new_error.text())
            self.new_name.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self.new_error.clear_error()
        self.new_name.clear()
        self._refresh_list(task.id)
        self.changed.emit()
        return True

    def confirm_remove(self, name: str) -> bool:
        return errors.ask(
            self,
            translate("TaskFinder", "Fjern opgaven?"),
            translate("TaskFinder", "Opgaven »{0}« og dens svar fjernes fra listen.").format(name),
            yes=translate("TaskFinder", "&Fjern opgaven"),
            no=translate("TaskFinder", "&Behold den"),
            danger=True,
        )

    def remove_current(self) -> bool:
        task_id = self.current_id()
        if task_id is None or self._read_only:
            return False
        task = next(t for t in self.meeting.tasks if t.id == task_id)
        if not self.confirm_remove(task.name):
            return False
        row = self.model.row_of(task_id)
        try:
            self.meeting.remove_task(task_id)
        except MeetingError as exc:
            errors.show_error(self, str(exc))
            return False
        tasks = self.meeting.tasks
        self._refresh_list(tasks[min(row, len(tasks) - 1)].id if tasks else None)
        self.changed.emit()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def move_current(self, delta: int) -> bool:
        task_id = self.current_id()
        if task_id is None or self._read_only:
            return False
        row = self.model.row_of(task_id)
        if not 0 <= row + delta < len(self.meeting.tasks):
            return False
        try:
            self.meeting.move_task(task_id, delta)
        except MeetingError as exc:
            errors.show_error(self, str(exc))
            return False
        self._refresh_list(task_id)
        self.changed.emit()
        return True

    # -- the contract with the editor ----------------------------------------------------------
    def commit(self) -> None:
        if self._built:
            self.detail.commit()

    def set_read_only(self, ro: bool) -> None:
        self._read_only = ro
        if not self._built:
            return
        self.new_name.setReadOnly(ro)
        self.new_name.setClearButtonEnabled(False)
        self.add_button.setEnabled(not ro)
        self.detail.set_read_only(ro)
        self._update_buttons()

    def refresh(self) -> None:
        """The meeting's tasks changed from elsewhere (e.g. edit details): show them again."""
        if self._built:
            self._refresh_list(self.current_id())
