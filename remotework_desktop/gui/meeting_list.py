"""The list of stored meetings: search, open, new, delete."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QFont
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

from remotework_desktop.core.followups import due_text, follow_up_label
from remotework_desktop.core.formatting import format_date
from remotework_desktop.core.summary import MeetingSummary, SummaryRows
from remotework_desktop.core.text import t
from remotework_desktop.gui import qt_ints
from remotework_desktop.gui.meeting_rows import ID_ROLE, MeetingsModel, SearchProxy, with_headers
from remotework_desktop.gui.style import ScaledLabel

if TYPE_CHECKING:  # PySide builds a class when it is first named: these, not for the list
    from PySide6.QtGui import QKeyEvent

# Rows measured to size a column to its contents: the rows in view first (18 in the default
# window at 100 %), then the next ones. Each is a Python call per cell and role, so
# measuring more slows the start; the columns are sized when the rows or the font change
# (not on every layout, as Qt's ResizeToContents mode does: three times before the first
# frame, and on every selection change).
RESIZE_PRECISION_ROWS = 32


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

        self.model = MeetingsModel(
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
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)

        self.table = _Table()
        self.table.setModel(with_headers(self.proxy, self.model.headers, self))
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
