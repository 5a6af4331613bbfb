"""The list of meetings as Qt models: its roles, the rows formatted when Qt asks for them,
the column headers from a Qt model, and the search and due filters (``gui/meeting_list.py``
is the widget that shows them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QConcatenateTablesProxyModel,
    QModelIndex,
    QSortFilterProxyModel,
)
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QWidget

from remotework_desktop.core.followups import DUE, OVERDUE, due_states
from remotework_desktop.core.summary import MeetingSummary, SummaryRows
from remotework_desktop.gui import qt_ints

if TYPE_CHECKING:  # PySide builds a class when it is first named: these, not for the list
    from PySide6.QtCore import QAbstractItemModel, QPersistentModelIndex, Qt

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


class MeetingsModel(QAbstractTableModel):
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
        self.headers = headers  # shown by the list (see with_headers)
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


def with_headers(
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


class SearchProxy(QSortFilterProxyModel):
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
        columns' come from the header model above (with_headers)."""
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
