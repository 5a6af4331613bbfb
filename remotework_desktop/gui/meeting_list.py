"""The list of stored meetings: search, open, new, delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.core.followups import DUE, OVERDUE, due_states, due_text, follow_up_label
from remotework_desktop.core.formatting import format_date
from remotework_desktop.core.summary import MeetingSummary
from remotework_desktop.gui.style import ScaledLabel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
DUE_ROLE = Qt.ItemDataRole.UserRole + 3
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
# Plain ints: data() runs thousands of times while the columns are sized, and looking the
# enum members up on every call is a good part of its cost.
_TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole)})
_ROLES = _TEXT_ROLES | {ID_ROLE, SORT_ROLE, DUE_ROLE, _DECORATION}
COL_EMPLOYEE, COL_COMPANY, COL_MANAGER, COL_DATE, COL_STATE, COL_FOLLOW_UP = range(6)
SEARCH_COLUMNS = (COL_EMPLOYEE, COL_COMPANY)
# Rows measured to size a column to its contents: the rows in view first (18 in the default
# window at 100 %), then the next ones. Each is a Python call per cell and role, and Qt
# measures three times before the first frame, so measuring more slows the start.
RESIZE_PRECISION_ROWS = 32


class _MeetingsModel(QAbstractTableModel):
    """The summaries as table rows: (display texts, sort keys, id) per meeting.

    A plain model over Python lists rather than QStandardItemModel: it is lighter for
    thousands of rows, and PySide6 6.12 corrupts Python's refcount of None on every item
    whose ownership passes to Qt (QStandardItem, QListWidgetItem), which aborts the process
    at exit once a few thousand have been made.
    """

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[tuple[list[str], list[str], str, str]] = []
        # The due icons: a warning for overdue, information for due soon (text says it too).
        style = parent.style() if parent is not None else None
        self._icons = (
            {
                OVERDUE: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
                DUE: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
            }
            if style is not None
            else {}
        )

    def set_rows(self, rows: list[tuple[list[str], list[str], str, str]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        # Most calls ask for roles this model has no data for (font, colours, icon, …).
        if role not in _ROLES or not index.isValid():
            return None
        texts, keys, meeting_id, due = self._rows[index.row()]
        if role in _TEXT_ROLES:
            return texts[index.column()]
        if role == ID_ROLE:
            return meeting_id
        if role == SORT_ROLE:
            return keys[index.column()]
        if role == DUE_ROLE:
            return due
        if role == _DECORATION and index.column() == COL_FOLLOW_UP and due:
            return self._icons.get(due)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class _SearchProxy(QSortFilterProxyModel):
    """Filters on employee and company name only, case- and accent-insensitively enough."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.due_only = False
        self.setSortRole(SORT_ROLE)

    def set_due_only(self, due_only: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9; invalidateFilter is deprecated
            self.beginFilterChange()
            self.due_only = due_only
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.due_only = due_only
            self.invalidateFilter()

    def set_needle(self, text: str) -> None:
        needle = text.strip().casefold()
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9; invalidateFilter is deprecated
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._needle = needle
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if self.due_only and not model.index(row, 0, parent).data(DUE_ROLE):
            return False
        if not self._needle:
            return True
        return any(
            self._needle in str(model.index(row, col, parent).data() or "").casefold()
            for col in SEARCH_COLUMNS
        )


class _Table(QTableView):
    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class MeetingList(QWidget):
    """Shows the stored meetings newest first; emits what the user wants to do."""

    open_requested = Signal(str)
    new_requested = Signal()
    delete_requested = Signal(str)

    def __init__(self, lang: str = "da", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._read_only = False

        self.heading = ScaledLabel(self.tr("Møder"), 1.5, True)
        self.heading.setAccessibleName(self.tr("Møder"))

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Medarbejder eller virksomhed"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Søg"))
        self.search.setAccessibleDescription(
            self.tr("Søg på medarbejderens eller virksomhedens navn. Genvej: Ctrl+F.")
        )
        search_label = QLabel(self.tr("Sø&g:"))
        search_label.setBuddy(self.search)
        self.show_filter = QComboBox()
        self.show_filter.addItem(self.tr("Alle møder"), False)
        self.show_filter.addItem(self.tr("Opfølgning snart eller overskredet"), True)
        self.show_filter.setAccessibleName(self.tr("Vis"))
        self.show_filter.setAccessibleDescription(
            self.tr("Vis alle møder eller kun aftaler, hvis opfølgning snart skal ske.")
        )
        show_label = QLabel(self.tr("V&is:"))
        show_label.setBuddy(self.show_filter)
        self.show_filter.currentIndexChanged.connect(self._on_show_filter)

        self.model = _MeetingsModel(
            [
                self.tr("Medarbejder"),
                self.tr("Virksomhed"),
                self.tr("Leder"),
                self.tr("Mødedato"),
                self.tr("Status"),
                self.tr("Opfølgning"),
            ],
            self,
        )
        self.proxy = _SearchProxy(self)
        self.proxy.setSourceModel(self.model)

        self.table = _Table()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Size columns from the first rows only; measuring thousands of rows slows the start.
        header.setResizeContentsPrecision(RESIZE_PRECISION_ROWS)
        header.setStretchLastSection(True)
        # No sort indicator: the store's order (newest first) until a header is clicked.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAccessibleName(self.tr("Gemte møder"))
        self.table.setAccessibleDescription(
            self.tr("Vælg et møde med piletasterne og tryk Enter for at åbne det.")
        )
        self.table.activated.connect(self._on_activated)
        self.table.delete_pressed.connect(self._on_delete)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("Ingen møder"))

        self.open_button = QPushButton(self.tr("&Åbn"))
        self.open_button.setAccessibleName(self.tr("Åbn det valgte møde"))
        self.open_button.clicked.connect(self._on_open)
        self.new_button = QPushButton(self.tr("&Nyt møde …"))
        self.new_button.setAccessibleName(self.tr("Nyt møde"))
        self.new_button.setAccessibleDescription(self.tr("Start et nyt møde. Genvej: Ctrl+N."))
        self.new_button.clicked.connect(self.new_requested)
        self.delete_button = QPushButton(self.tr("S&let …"))
        self.delete_button.setAccessibleName(self.tr("Slet det valgte møde"))
        self.delete_button.setAccessibleDescription(
            self.tr("Sletter mødet helt efter en bekræftelse.")
        )
        self.delete_button.clicked.connect(self._on_delete)
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self._focus_first_row)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_button)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(show_label)
        search_row.addWidget(self.show_filter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addLayout(search_row)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.new_button, self.search)
        self.setTabOrder(self.search, self.show_filter)
        self.setTabOrder(self.show_filter, self.table)
        self.setTabOrder(self.table, self.open_button)
        self.setTabOrder(self.open_button, self.delete_button)
        self._update_empty()
        self._update_buttons()

    # -- content ----------------------------------------------------------------------------
    def _state_text(self, summary: MeetingSummary) -> str:
        text = self.tr("Underskrevet") if summary.is_signed else self.tr("Kladde")
        version = summary.version
        if version > 1:
            text += " " + self.tr("(version {n})").format(n=version)
        return text

    def set_meetings(self, summaries: list[MeetingSummary]) -> None:
        """Show these meetings (``Store.list()`` order); keeps the selection where possible."""
        keep = self.current_id()
        rows = []
        due = due_states(summaries)
        dates = {s.id: s.meeting_date for s in summaries}
        for s in summaries:
            follow = s.follow_up_date
            date = s.meeting_date
            state = due.get(s.id, "")
            status = self._state_text(s)
            if s.follows:  # linked to the agreement it follows
                status += " · " + follow_up_label(dates.get(s.follows), self._lang)
            texts = [
                s.employee_name,
                s.company,
                s.manager_name,
                format_date(date, self._lang) if date else "—",
                status,
                due_text(state, follow, self._lang),
            ]
            keys = [
                texts[0].casefold(),
                texts[1].casefold(),
                texts[2].casefold(),
                date,
                s.state,
                # Overdue first, then due soon, then by date; no follow-up date sorts last.
                {OVERDUE: "0", DUE: "1"}.get(state, "2") + (follow or "9999"),
            ]
            rows.append((texts, keys, s.id, state))
        self.model.set_rows(rows)
        self._update_empty()
        found = bool(keep) and self.select_id(keep)
        if not found and self.proxy.rowCount() > 0:
            self.table.selectRow(0)
        self._update_buttons()

    def visible_ids(self) -> list[str]:
        """The ids of the rows shown, top to bottom."""
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return index.data(ID_ROLE)

    def select_id(self, meeting_id: str) -> bool:
        """Select the row of this meeting if it is shown; True if found."""
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data(ID_ROLE) == meeting_id:
                self.table.selectRow(r)
                self.table.scrollTo(self.proxy.index(r, 0))
                return True
        return False

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.new_button.setVisible(not read_only)
        self._update_buttons()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- reactions --------------------------------------------------------------------------
    def set_due_only(self, due_only: bool) -> None:
        """Show only the agreements whose follow-up is due or overdue (the 'Vis' choice)."""
        self.show_filter.setCurrentIndex(1 if due_only else 0)

    def _on_show_filter(self, index: int) -> None:
        self.proxy.set_due_only(bool(self.show_filter.itemData(index)))
        if self.proxy.rowCount() and self.current_id() is None:
            self.table.selectRow(0)
        self._update_empty()
        self._update_buttons()

    def _on_search(self, text: str) -> None:
        self.proxy.set_needle(text)
        if self.proxy.rowCount() and self.current_id() is None:
            self.table.selectRow(0)
        self._update_empty()
        self._update_buttons()

    def _focus_first_row(self) -> None:
        if self.proxy.rowCount():
            if self.current_id() is None:
                self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_activated(self, index: QModelIndex) -> None:
        meeting_id = index.data(ID_ROLE)
        if meeting_id:
            self.open_requested.emit(meeting_id)

    def _on_open(self) -> None:
        meeting_id = self.current_id()
        if meeting_id:
            self.open_requested.emit(meeting_id)

    def _on_delete(self) -> None:
        meeting_id = self.current_id()
        if meeting_id and not self._read_only:
            self.delete_requested.emit(meeting_id)

    def _update_buttons(self, *_: object) -> None:
        has = self.current_id() is not None
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has and not self._read_only)

    def _update_empty(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == 0:
            self.empty.setText(
                self.tr("Der er ingen møder endnu. Vælg »Nyt møde« for at starte det første.")
            )
        elif shown == 0:
            self.empty.setText(self.tr("Ingen møder passer til søgningen."))
        self.empty.setVisible(shown == 0)
        self.table.setVisible(total > 0)
