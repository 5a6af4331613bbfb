"""The list of stored meetings: search, open, new, delete."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QConcatenateTablesProxyModel,
    QModelIndex,
    QSortFilterProxyModel,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.core.followups import DUE, OVERDUE, due_states, due_text, follow_up_label
from remotework_desktop.core.formatting import format_date
from remotework_desktop.core.summary import MeetingSummary, SummaryRows
from remotework_desktop.core.text import t
from remotework_desktop.gui import qt_ints
from remotework_desktop.gui.style import ScaledLabel

if TYPE_CHECKING:  # PySide builds a class when it is first named: these, not for the list
    from PySide6.QtCore import QAbstractItemModel, QPersistentModelIndex, Qt
    from PySide6.QtGui import QKeyEvent

# Plain ints (Qt's values, see qt_ints): the list is built before the first frame, and data()
# runs thousands of times while the columns are sized.
ID_ROLE = qt_ints.USER_ROLE + 1
SORT_ROLE = qt_ints.USER_ROLE + 2
DUE_ROLE = qt_ints.USER_ROLE + 3
SEARCH_ROLE = qt_ints.USER_ROLE + 4  # what the search looks in, casefolded
_DECORATION = qt_ints.DECORATION_ROLE
_TEXT_ROLES = frozenset({qt_ints.DISPLAY_ROLE, qt_ints.ACCESSIBLE_TEXT_ROLE})
_ROLES = _TEXT_ROLES | {ID_ROLE, SORT_ROLE, DUE_ROLE, SEARCH_ROLE, _DECORATION}
COL_EMPLOYEE, COL_COMPANY, COL_MANAGER, COL_DATE, COL_STATE, COL_FOLLOW_UP = range(6)
# Rows measured to size a column to its contents: the rows in view first (18 in the default
# window at 100 %), then the next ones. Each is a Python call per cell and role, so
# measuring more slows the start; the columns are sized when the rows or the font change
# (not on every layout, as Qt's ResizeToContents mode does: three times before the first
# frame, and on every selection change).
RESIZE_PRECISION_ROWS = 32


class _MeetingsModel(QAbstractTableModel):
    """The summaries as table rows; a row's texts are formatted only when Qt asks for them.

    Qt asks for the rows on screen (and the few it measures to size the columns), so with
    10,000 meetings only a few dozen are formatted at start-up; each formatted row is
    cached until the next ``set_summaries``. Sort keys, ids and the searched names come
    from the summary itself, without formatting; the summaries are ``SummaryRows``, so
    even they are made only for the rows asked for (ids and due states need none).

    A plain model over Python lists rather than QStandardItemModel: it is lighter for
    thousands of rows, and PySide6 6.12 corrupts Python's refcount of None on every item
    whose ownership passes to Qt (QStandardItem, QListWidgetItem), which aborts the process
    at exit once a few thousand have been made.
    """

    def __init__(
        self,
        headers: list[str],
        format_row: Callable[[MeetingSummary], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.headers = headers  # shown by the list (see _with_headers)
        self._format_row = format_row
        self._summaries = SummaryRows.of([])
        self._texts: dict[int, list[str]] = {}
        self._keys: dict[int, list[str]] = {}
        self._searched: dict[int, str] = {}
        self._due: dict[str, str] = {}  # meeting id -> DUE / OVERDUE, for the ones due
        self.rows_formatted = 0  # how many rows were formatted so far (read by tests)
        # The due icons: a warning for overdue, information for due soon (text says it too);
        # made when a due row is first shown (see _icon).
        self._icons: dict[str, Any] | None = None

    def set_summaries(self, summaries: SummaryRows) -> None:
        self.beginResetModel()
        self._summaries = summaries
        self._texts = {}
        self._keys = {}
        self._searched = {}
        # Due needs every summary that links to another or has a follow-up date (a later
        # follow-up or version ends it): worked out once here, from those rows only.
        self._due = due_states(summaries.linked())
        self.endResetModel()

    def due(self, row: int) -> str:
        """DUE, OVERDUE or "" for the meeting in this row."""
        return self._due.get(self._summaries.id_at(row), "")

    def due_of(self, meeting_id: str) -> str:
        return self._due.get(meeting_id, "")

    def meeting_date(self, meeting_id: str | None) -> str | None:
        row = self._summaries.row_of(meeting_id) if meeting_id else None
        return None if row is None else self._summaries[row].meeting_date

    def texts(self, row: int) -> list[str]:
        texts = self._texts.get(row)
        if texts is None:
            texts = self._texts[row] = self._format_row(self._summaries[row])
            self.rows_formatted += 1
        return texts

    def sort_keys(self, row: int) -> list[str]:
        keys = self._keys.get(row)
        if keys is None:
            s = self._summaries[row]
            keys = self._keys[row] = [
                s.employee_name.casefold(),
                s.company.casefold(),
                s.manager_name.casefold(),
                s.meeting_date,
                s.state,
                # Overdue first, then due soon, then by date; no follow-up date sorts last.
                {OVERDUE: "0", DUE: "1"}.get(self.due(row), "2") + (s.follow_up_date or "9999"),
            ]
        return keys

    def search_text(self, row: int) -> str:
        """The employee's and the company's name (the columns the search looks in),
        casefolded, one a line: a typed search (one line) matches within one of them."""
        text = self._searched.get(row)
        if text is None:
            s = self._summaries[row]
            text = self._searched[row] = f"{s.employee_name.casefold()}\n{s.company.casefold()}"
        return text

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._summaries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        # Most calls ask for roles this model has no data for (font, colours, icon, …).
        if role not in _ROLES or not index.isValid():
            return None
        if role in _TEXT_ROLES:
            return self.texts(index.row())[index.column()]
        if role == ID_ROLE:
            return self._summaries.id_at(index.row())
        if role == SORT_ROLE:
            return self.sort_keys(index.row())[index.column()]
        if role == DUE_ROLE:
            return self.due(index.row())
        if role == SEARCH_ROLE:
            return self.search_text(index.row())
        if role == _DECORATION and index.column() == COL_FOLLOW_UP:
            return self._icon(self.due(index.row()))
        return None

    def _icon(self, due: str) -> Any:
        """The icon of a due or overdue row (None for the others), from the list's style.

        Made when first asked for, not with the model: QStyle is a big class for PySide to
        build (its enums hold hundreds of members), and a list with no agreement due on
        screen never needs it.
        """
        if not due:
            return None
        if self._icons is None:
            from PySide6.QtWidgets import QStyle

            parent = self.parent()
            style = parent.style() if isinstance(parent, QWidget) else None
            self._icons = (
                {
                    OVERDUE: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
                    DUE: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
                }
                if style is not None
                else {}
            )
        return self._icons.get(due)


def _with_headers(
    model: QAbstractItemModel, headers: list[str], parent: QWidget
) -> QAbstractItemModel:
    """``model`` with these column headers, given by Qt's own models.

    A ``headerData`` in Python receives a ``Qt.Orientation``, and handing Python that
    first enum made PySide build all of ``Qt``'s (see qt_ints) before the first frame. A
    table proxy that puts models' rows one after the other takes its headers from the
    first model: an empty QStandardItemModel holding the headers, then the meetings (the
    search proxy: the proxy asks it for its rows in C++, never the Python model).
    Screen readers read the headers through the same model the table shows. The proxy
    does not sort: MeetingList.enable_sorting has the header's clicks sort the search
    proxy.
    """
    labels = QStandardItemModel(0, len(headers), parent)
    labels.setHorizontalHeaderLabels(headers)
    table = QConcatenateTablesProxyModel(parent)
    table.addSourceModel(labels)
    table.addSourceModel(model)
    return table


class _SearchProxy(QSortFilterProxyModel):
    """Filters on employee and company name only, case- and accent-insensitively enough,
    and (through the proxy below it) on the due agreements.

    Both filters are Qt's own (a role matched against a pattern), not a Python
    filterAcceptsRow: Qt calls that once a row whenever the rows are set, even with no
    filter, which with 10,000 meetings was 10,000 Python calls at start-up. With no search
    and all meetings shown, no row is asked for anything.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.due_only = False
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(0)
        self._due_filter = QSortFilterProxyModel(self)
        self._due_filter.setFilterRole(DUE_ROLE)
        self._due_filter.setFilterKeyColumn(0)
        super().setSourceModel(self._due_filter)

    def setSourceModel(self, model: QAbstractTableModel) -> None:  # type: ignore[override]
        self._due_filter.setSourceModel(model)

    def set_due_only(self, due_only: bool) -> None:
        self.due_only = due_only
        # DUE_ROLE is "overdue", "due" or "": any character means due.
        self._due_filter.setFilterRegularExpression("." if due_only else "")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        """No row has a header (a screen reader would read the row's place in the store):
        only the rows' headers come here, and only when asked for (the table hides them),
        so the ``Qt.Orientation`` Qt passes builds no enums before the first frame. The
        columns' come from the header model above (_with_headers)."""
        from PySide6.QtCore import Qt

        if orientation == Qt.Orientation.Vertical:
            return None
        return super().headerData(section, orientation, role)

    def set_needle(self, text: str) -> None:
        needle = text.strip().casefold()
        if not needle:
            self.setFilterRegularExpression("")
            return
        from PySide6.QtCore import QRegularExpression  # at the first search, not at start-up

        pattern = QRegularExpression.escape(needle)
        self.setFilterRegularExpression(pattern)


class _Table(QTableView):
    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == qt_ints.KEY_DELETE and self.currentIndex().isValid():
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
            self._format_row,
            self,
        )
        self.proxy = _SearchProxy(self)
        self.proxy.setSourceModel(self.model)

        self.table = _Table()
        self.table.setModel(_with_headers(self.proxy, self.model.headers, self))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Sized to their contents by fit_columns; the user may widen one.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Size columns from the first rows only; measuring thousands of rows slows the start.
        header.setResizeContentsPrecision(RESIZE_PRECISION_ROWS)
        header.setStretchLastSection(True)
        # Sorting is switched on by enable_sorting, after the first frame (it needs Qt enums).
        self.table.setAccessibleName(self.tr("Gemte møder"))
        self.table.setAccessibleDescription(
            self.tr("Vælg et møde med piletasterne og tryk Enter for at åbne det.")
        )
        self.table.activated.connect(self._on_activated)
        self.table.delete_pressed.connect(self._on_delete)
        self._fit_due = False
        self._sorting = False  # see enable_sorting
        # A zoom changes the table's font, so the texts' widths: refit. The header tells of
        # it (its size follows the font), not a changeEvent of the table: PySide, to hand
        # Python each event as its own class, built ~45 event classes before the first frame.
        self._fitted_font: QFont | None = None
        header.geometriesChanged.connect(self._fit_columns_soon)
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

    def enable_sorting(self) -> None:
        """Let a click on a column's header sort by it; until then (and after, until a click)
        the store's order, newest first. Called after the window's first frame: it names
        Qt's enums (see qt_ints)."""
        if self._sorting:
            return
        from PySide6.QtCore import Qt

        # No sort indicator: Qt would otherwise sort by the first column at once.
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self.proxy.sort)
        self._sorting = True

    # -- content ----------------------------------------------------------------------------
    def _state_text(self, summary: MeetingSummary) -> str:
        text = self.tr("Underskrevet") if summary.is_signed else self.tr("Kladde")
        version = summary.version
        if version > 1:
            text += " " + self.tr("(version {n})").format(n=version)
        return text

    def _format_row(self, s: MeetingSummary) -> list[str]:
        """The texts of one row, in the window's language (called lazily by the model)."""
        follow = s.follow_up_date
        date = s.meeting_date
        status = self._state_text(s)
        if s.follows:  # linked to the agreement it follows
            status += " · " + follow_up_label(self.model.meeting_date(s.follows), self._lang)
        return [
            # A preparation (the manager alone with the task list) has no employee yet.
            s.employee_name or t("tasks.preparation", self._lang),
            s.company,
            s.manager_name,
            format_date(date, self._lang) if date else "—",
            status,
            due_text(self.model.due_of(s.id), follow, self._lang),
        ]

    def set_meetings(self, summaries: Sequence[MeetingSummary]) -> None:
        """Show these meetings (``Store.listing()`` or ``list()`` order); keeps the selection
        where possible."""
        keep = self.current_id()
        if not isinstance(summaries, SummaryRows):
            summaries = SummaryRows.of(summaries)
        self.model.set_summaries(summaries)
        self.fit_columns()
        self._update_empty()
        found = bool(keep) and self.select_id(keep)
        if not found and self.proxy.rowCount() > 0:
            self.table.selectRow(0)
        self._update_buttons()

    def fit_columns(self) -> None:
        """Size the columns to their contents (the first rows, in the current font), each
        header with room for the sort arrow a click puts in it (measured with the arrows
        shown: before the first frame they are not, see enable_sorting)."""
        self._fitted_font = QFont(self.table.font())
        header = self.table.horizontalHeader()
        shown = header.isSortIndicatorShown()
        header.setSortIndicatorShown(True)
        self.table.resizeColumnsToContents()
        header.setSortIndicatorShown(shown)

    def _fit_columns_soon(self) -> None:
        # Once every widget has its new font (Qt tells them one by one, in no set order).
        if not self._fit_due:
            self._fit_due = True
            # The table as context: a list closed meanwhile (a window replaced, whose
            # font changes as the style sheet is set again) is not fitted.
            QTimer.singleShot(0, self.table, self._fit_columns_now)

    def _fit_columns_now(self) -> None:
        self._fit_due = False
        if self.table.font() != self._fitted_font:  # the header changes for more than fonts
            self.fit_columns()

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
                self.table.scrollTo(self.table.model().index(r, 0))
                return True
        return False

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.new_button.setVisible(not read_only)
        self._update_buttons()

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt  # not needed before the first frame (see qt_ints)

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
            self.table.setFocus()  # Qt's OtherFocusReason, without naming Qt's enums

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
