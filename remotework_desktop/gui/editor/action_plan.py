"""The action plan page: the agreed actions in a sortable table, and the follow-up date.

Adding, editing, deleting and marking actions done all go through ``Meeting``; errors from
core are shown next to the field they concern, and the add/edit dialog stays open until the
action is valid.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.core import formatting
from remotework_desktop.core.meetings import OWNERS, Action, Meeting, MeetingError
from remotework_desktop.core.parsing import InputError
from remotework_desktop.gui import errors
from remotework_desktop.gui.editor.action_table import ActionTable
from remotework_desktop.gui.editor.answer_controls import DateControl
from remotework_desktop.gui.editor.item_card import NAVIGATION
from remotework_desktop.gui.style import ScaledLabel
from remotework_desktop.gui.widgets import ErrorLabel, make_text_edit

translate = QCoreApplication.translate
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


def item_prompt(meeting: Meeting, action: Action, lang: str) -> str:
    """The prompt of the checklist item an action came from, or ''."""
    if not action.checklist_id or not action.item_id:
        return ""
    try:
        item = meeting.definition(action.checklist_id).item(action.item_id)
    except MeetingError:
        return ""
    return item.prompt.get(lang) if item else ""


class ActionTableModel(QAbstractTableModel):
    """The meeting's actions as rows: what, owner, deadline, done, from which item."""

    COLUMNS = ("what", "owner", "deadline", "done", "source")

    def __init__(self, meeting: Meeting, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.lang = lang

    def headers(self) -> list[str]:
        return [
            translate("ActionPlan", "Hvad"),
            translate("ActionPlan", "Ansvarlig"),
            translate("ActionPlan", "Frist"),
            translate("ActionPlan", "Udført"),
            translate("ActionPlan", "Fra punkt"),
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.meeting.actions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        action = self.meeting.actions[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return action.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "what":
                return action.what
            if column == "owner":
                return formatting.owner_text(action, self.meeting, self.lang)
            if column == "deadline":
                return formatting.format_date(action.deadline, self.lang) or "—"
            if column == "done":
                return formatting.done_text(action.done, self.lang)
            return item_prompt(self.meeting, action, self.lang) or "—"
        if role == Qt.ItemDataRole.ToolTipRole and column == "what":
            # The whole text, however narrow the column (Enter opens it to read and edit).
            return action.what
        if role == SORT_ROLE:
            if column == "what":
                return action.what.casefold()
            if column == "owner":
                return OWNERS.index(action.owner)
            if column == "deadline":
                # No deadline sorts last, as in Meeting.sorted_actions.
                return action.deadline or "9999-99-99"
            if column == "done":
                return int(action.done)
            return item_prompt(self.meeting, action, self.lang).casefold()
        return None

    def reload(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class ActionDialog(QDialog):
    """Add or edit one action; stays open and shows core's message until it is valid."""

    def __init__(
        self,
        meeting: Meeting,
        lang: str,
        submit: Callable[[dict[str, Any]], None],
        action: Action | None = None,
        what: str = "",
        source: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self._submit = submit
        self.setWindowTitle(
            translate("ActionPlan", "Ret handling")
            if action
            else translate("ActionPlan", "Ny handling")
        )
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(8)

        if source:
            self.source = QLabel(translate("ActionPlan", "Fra punktet: {0}").format(source), self)
            self.source.setWordWrap(True)
            form.addRow(self.source)

        self.what = make_text_edit(self, 3)
        self.what.setPlainText(action.what if action else what)
        self.what.setAccessibleName(translate("ActionPlan", "Hvad skal gøres"))
        self.what_error = ErrorLabel(self)
        what_label = QLabel(translate("ActionPlan", "&Hvad skal gøres?"), self)
        what_label.setBuddy(self.what)
        form.addRow(what_label)
        form.addRow(self.what)
        form.addRow(self.what_error)

        self.owner = QComboBox(self)
        for owner in OWNERS:
            label = formatting.owner_label(owner, lang)
            name = {"manager": meeting.manager_name, "employee": meeting.employee_name}.get(owner)
            if name:
                label = f"{label} ({name})"
            elif owner == "other":
                label = translate("ActionPlan", "Anden (skriv navn)")
            self.owner.addItem(label, owner)
        self.owner.setCurrentIndex(OWNERS.index(action.owner if action else "both"))
        self.owner.setAccessibleName(translate("ActionPlan", "Ansvarlig"))
        owner_label = QLabel(translate("ActionPlan", "&Ansvarlig:"), self)
        owner_label.setBuddy(self.owner)
        self.owner_error = ErrorLabel(self)
        form.addRow(owner_label, self.owner)
        form.addRow(self.owner_error)

        self.owner_name = QLineEdit(action.owner_name if action else "", self)
        self.owner_name.setAccessibleName(translate("ActionPlan", "Navn på den ansvarlige"))
        name_label = QLabel(translate("ActionPlan", "&Navn på den ansvarlige:"), self)
        name_label.setBuddy(self.owner_name)
        self.owner_name_error = ErrorLabel(self)
        form.addRow(name_label, self.owner_name)
        form.addRow(self.owner_name_error)
        self.owner.currentIndexChanged.connect(self._owner_changed)
        self._owner_changed()

        self.deadline = DateControl(self)
        self.deadline.set_value(action.deadline if action else None)
        self.deadline.describe(translate("ActionPlan", "Frist"), "")
        deadline_label = QLabel(translate("ActionPlan", "&Frist:"), self)
        deadline_label.setBuddy(self.deadline.focus_widget())
        self.deadline_error = ErrorLabel(self)
        form.addRow(deadline_label, self.deadline)
        form.addRow(self.deadline_error)

        self.done_box: QCheckBox | None = None
        if action is not None:
            self.done_box = QCheckBox(translate("ActionPlan", "&Udført"), self)
            self.done_box.setChecked(action.done)
            self.done_box.setAccessibleName(translate("ActionPlan", "Udført"))
            form.addRow(self.done_box)

        self.general_error = ErrorLabel(self)
        form.addRow(self.general_error)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            translate("ActionPlan", "&Gem"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            translate("ActionPlan", "Annuller"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setAccessibleName(translate("ActionPlan", "Gem handlingen"))
        self.cancel_button.setAccessibleName(translate("ActionPlan", "Annuller"))
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.what.setFocus()

    def _owner_changed(self) -> None:
        other = self.owner.currentData() == "other"
        self.owner_name.setEnabled(other)

    def fields(self) -> dict[str, Any]:
        """What the dialog holds, as keyword arguments for add_action/update_action."""
        self.deadline_error.clear_error()
        try:
            deadline = self.deadline.read()
        except InputError as exc:
            self.deadline_error.show_error(str(exc))
            raise
        fields: dict[str, Any] = {
            "what": self.what.toPlainText(),
            "owner": self.owner.currentData(),
            "owner_name": self.owner_name.text(),
            "deadline": deadline,
        }
        if self.done_box is not None:
            fields["done"] = self.done_box.isChecked()
        return fields

    def save(self) -> None:
        """Try to save; on an error show it at its field and keep the dialog open."""
        labels = {
            "what": self.what_error,
            "owner": self.owner_error,
            "owner_name": self.owner_name_error,
            "deadline": self.deadline_error,
        }
        for label in (*labels.values(), self.general_error):
            label.clear_error()
        try:
            self._submit(self.fields())
        except InputError:
            return
        except MeetingError as exc:
            for key, message in exc.fields.items():
                labels.get(key, self.general_error).show_error(message)
            if not exc.fields:
                self.general_error.show_error(str(exc))
            return
        self.accept()


class _TableKeys(QObject):
    """Enter edits the selected action, Delete deletes it (after asking)."""

    def __init__(self, page: ActionPlanPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.page.edit_selected()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.page.delete_selected()
                return True
        return False


class ActionPlanPage(QWidget):
    """All actions of the meeting, and the follow-up date."""

    changed = Signal()

    def __init__(self, meeting: Meeting, lang: str = "da", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.lang = lang
        self.dialog: ActionDialog | None = None
        self._read_only = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(ScaledLabel(translate("ActionPlan", "Handlingsplan"), 1.5, True, self))
        intro = QLabel(
            translate(
                "ActionPlan",
                "Det, I aftaler at gøre: hvem gør hvad, og hvornår. "
                "Vælg en handling og tryk Enter for at rette den, eller Delete for at slette den.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        follow = QHBoxLayout()
        self.follow_up_label = QLabel(translate("ActionPlan", "&Opfølgningsdato:"), self)
        self.follow_up = DateControl(self)
        self.follow_up.set_value(meeting.follow_up_date)
        self.follow_up.describe(
            translate("ActionPlan", "Opfølgningsdato"),
            translate("ActionPlan", "Hvornår I mødes igen for at følge op på aftalen."),
        )
        self.follow_up_label.setBuddy(self.follow_up.focus_widget())
        self.follow_up.edited.connect(self._apply_follow_up)
        self.follow_up_error = ErrorLabel(self)
        self.follow_up.invalid.connect(self.follow_up_error.show_error)
        follow.addWidget(self.follow_up_label)
        follow.addWidget(self.follow_up, 1)
        layout.addLayout(follow)
        layout.addWidget(self.follow_up_error)

        self.model = ActionTableModel(meeting, lang, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = ActionTable(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # store order until clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(translate("ActionPlan", "Handlinger"))
        self.table.setAccessibleDescription(
            translate("ActionPlan", "Enter retter den valgte handling, Delete sletter den.")
        )
        self.table.setProperty(NAVIGATION, True)
        # Rows grow to show the whole "Hvad" text, wrapped, instead of cutting it off.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(_TableKeys(self))
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.table_error = ErrorLabel(self)
        layout.addWidget(self.table_error)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("ActionPlan", "T&ilføj handling…"), self)
        self.edit_button = QPushButton(translate("ActionPlan", "&Ret…"), self)
        self.done_button = QPushButton(translate("ActionPlan", "Marker som &udført"), self)
        self.delete_button = QPushButton(translate("ActionPlan", "S&let…"), self)
        self.add_button.setAccessibleName(translate("ActionPlan", "Tilføj handling"))
        self.edit_button.setAccessibleName(translate("ActionPlan", "Ret den valgte handling"))
        self.done_button.setAccessibleName(
            translate("ActionPlan", "Marker den valgte handling som udført eller ikke udført")
        )
        self.delete_button.setAccessibleName(translate("ActionPlan", "Slet den valgte handling"))
        # Not connected directly: clicked(bool) would pass `checked` as the checklist id.
        self.add_button.clicked.connect(lambda: self.add_action())  # noqa: PLW0108
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button.clicked.connect(self.toggle_done_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_button, self.edit_button, self.done_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.count_label = QLabel(self)
        layout.addWidget(self.count_label)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------
    def selected_action(self) -> Action | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        action_id = self.proxy.data(rows[0], ID_ROLE)
        return next((a for a in self.meeting.actions if a.id == action_id), None)

    def select_action(self, action_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, ID_ROLE) == action_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(index)
                return

    def row_texts(self, column: int = 0) -> list[str]:
        """The displayed texts of one column, top to bottom (as sorted on screen)."""
        return [self.proxy.index(r, column).data() for r in range(self.proxy.rowCount())]

    # -- changing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the table from the meeting, keeping the selected action selected."""
        selected = self.selected_action()
        self.model.reload()
        if selected is not None:
            self.select_action(selected.id)
        total = len(self.meeting.actions)
        done = sum(1 for a in self.meeting.actions if a.done)
        self.count_label.setText(
            translate("ActionPlan", "{0} handlinger, {1} udført").format(total, done)
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected_action()
        has = selected is not None
        # The button undoes itself: on a done action it marks it not done again.
        if selected is not None and selected.done:
            self.done_button.setText(translate("ActionPlan", "Marker som ikke &udført"))
        else:
            self.done_button.setText(translate("ActionPlan", "Marker som &udført"))
        self.add_button.setEnabled(not self._read_only)
        for button in (self.edit_button, self.done_button, self.delete_button):
            button.setEnabled(has and not self._read_only)

    def _changed(self, select: str | None = None) -> None:
        self.refresh()
        if select:
            self.select_action(select)
        self.changed.emit()

    def add_action(
        self, checklist_id: str | None = None, item_id: str | None = None
    ) -> ActionDialog:
        """Open the add dialog (not blocking); prefilled from an item when one is given."""
        source = ""
        if checklist_id and item_id:
            item = self.meeting.definition(checklist_id).item(item_id)
            source = item.prompt.get(self.lang) if item else ""

        def submit(fields: dict[str, Any]) -> None:
            action = self.meeting.add_action(checklist_id=checklist_id, item_id=item_id, **fields)
            self._changed(action.id)

        return self._open(ActionDialog(self.meeting, self.lang, submit, None, source, source, self))

    def edit_selected(self) -> ActionDialog | None:
        action = self.selected_action()
        if action is None:
            return None
        if self._read_only:
            # A locked plan cannot be edited, but its whole text can still be read.
            errors.show_info(self, translate("ActionPlan", "Hvad skal gøres"), action.what)
            return None

        def submit(fields: dict[str, Any]) -> None:
            self.meeting.update_action(action.id, **fields)
            self._changed(action.id)

        source = item_prompt(self.meeting, action, self.lang)
        return self._open(ActionDialog(self.meeting, self.lang, submit, action, "", source, self))

    def _open(self, dialog: ActionDialog) -> ActionDialog:
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.table.setFocus()

    def delete_selected(self) -> bool:
        """Delete the selected action after asking; True when it was deleted."""
        action = self.selected_action()
        if action is None or self._read_only:
            return False
        if not errors.ask(
            self,
            translate("ActionPlan", "Slet handling"),
            translate(
                "ActionPlan", "Vil I slette handlingen »{0}«? Det kan ikke fortrydes."
            ).format(action.what),
            yes=translate("ActionPlan", "&Slet"),
            no=translate("ActionPlan", "&Behold"),
            danger=True,
        ):
            return False
        if not self._try(lambda: self.meeting.remove_action(action.id)):
            return False
        self._changed()
        return True

    def toggle_done_selected(self) -> None:
        action = self.selected_action()
        if action is None or self._read_only:
            return
        if self._try(lambda: self.meeting.update_action(action.id, done=not action.done)):
            self._changed(action.id)

    def _try(self, change: Callable[[], object]) -> bool:
        """Run a change; show core's refusal under the table instead of failing silently."""
        try:
            change()
        except MeetingError as exc:
            self.table_error.show_error(str(exc))
            return False
        self.table_error.clear_error()
        return True

    def _apply_follow_up(self, value: str | None) -> None:
        try:
            self.meeting.set_follow_up_date(value)
        except MeetingError as exc:
            self.follow_up_error.show_error(exc.fields.get("follow_up_date", str(exc)))
            return
        self.follow_up_error.clear_error()
        self.changed.emit()

    def commit(self) -> None:
        self.follow_up.commit()

    def set_read_only(self, ro: bool) -> None:
        self._read_only = ro
        self.follow_up.set_read_only(ro)
        self._update_buttons()
