"""The list of meetings at scale: rows formatted only when shown, the index without hashing.

Real store in a temp folder (written without fsync, as the benchmarks' fixture is), the
real MeetingList offscreen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from remotework_desktop.core.atomic import NO_FSYNC_ENV
from remotework_desktop.core.meetings import Meeting, new_id
from remotework_desktop.core.store import Store
from remotework_desktop.core.store import index as index_module
from remotework_desktop.gui.meeting_list import MeetingList
from remotework_desktop.gui.meeting_rows import ID_ROLE

COUNT = 400


@pytest.fixture
def many(
    data_dir: Path, make_meeting: Callable[..., Meeting], monkeypatch: pytest.MonkeyPatch
) -> Path:
    monkeypatch.setenv(NO_FSYNC_ENV, "1")
    template = make_meeting()
    with Store.open(data_dir) as store:
        for n in range(COUNT):
            store.save(
                template.model_copy(
                    update={
                        "id": new_id(),
                        "employee_name": f"Medarbejder {n:03d}",
                        "company": "Kaffe A/S" if n % 2 else "Ærø Tekstil",
                        "meeting_date": f"2025-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
                    }
                )
            )
    monkeypatch.delenv(NO_FSYNC_ENV)
    return data_dir


def test_the_index_loads_without_hashing_each_entry(
    many: Path, monkeypatch: pytest.MonkeyPatch, make_meeting: Callable[..., Meeting]
) -> None:
    calls = []
    real = index_module.shard_of
    monkeypatch.setattr(index_module, "shard_of", lambda mid: calls.append(mid) or real(mid))
    with Store.open(many) as store:
        assert len(store.list()) == COUNT
        assert calls == []  # the shard of each entry is the file it was read from
        added = make_meeting(employee_name="Ny Nielsen")
        store.save(added)
    with Store.open(many) as store:
        assert len(store.list()) == COUNT + 1
        assert store.get(added.id).employee_name == "Ny Nielsen"
        store.delete(added.id)
    with Store.open(many) as store:
        assert len(store.list()) == COUNT


def _shown_list(qtbot: QtBot, folder: Path) -> MeetingList:
    """The list of the meetings in ``folder``, shown (as the window shows it)."""
    with Store.open(folder) as store:
        summaries = store.list()
    mlist = MeetingList("da")
    qtbot.addWidget(mlist)
    mlist.resize(1000, 700)
    mlist.show()
    mlist.set_meetings(summaries)
    qtbot.waitExposed(mlist)
    return mlist


def test_the_list_formats_only_the_rows_it_shows(qtbot: QtBot, many: Path) -> None:
    mlist = _shown_list(qtbot, many)
    QTest.qWait(50)
    model = mlist.model
    shown = model.rowCount()
    assert shown == COUNT
    # The rows on screen and the few measured to size the columns; not all 400.
    assert 0 < model.rows_formatted < 80, model.rows_formatted
    first = model.rows_formatted
    # Cached: painting again formats nothing new.
    mlist.table.viewport().repaint()
    assert model.rows_formatted == first

    # Search keeps working on every row without formatting them.
    mlist.search.setText("kaffe")
    assert len(mlist.visible_ids()) == COUNT // 2
    mlist.search.clear()
    assert model.rows_formatted < 120

    # Sorting by a column sorts all rows by their keys, still without formatting them all:
    # two clicks on its header (the window lets them sort after its first frame).
    mlist.enable_sorting()
    header = mlist.table.horizontalHeader()
    middle = QPoint(header.sectionViewportPosition(0) + header.sectionSize(0) // 2, 5)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert mlist.proxy.index(0, 0).data() == "Medarbejder 000"
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert header.sortIndicatorSection() == 0
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    top = mlist.proxy.index(0, 0)
    assert top.data() == "Medarbejder 399"
    assert mlist.table.model().index(0, 0).data() == "Medarbejder 399"  # what is shown
    assert model.rows_formatted < 160

    # Keyboard: Ctrl+End goes to the last row, which is then formatted, with its screen-reader text.
    mlist.table.setFocus()
    QTest.keyClick(mlist.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = mlist.table.currentIndex()
    assert last.row() == COUNT - 1
    name = last.siblingAtColumn(0)
    assert name.data() == "Medarbejder 000"
    assert name.data(Qt.ItemDataRole.AccessibleTextRole) == "Medarbejder 000"
    assert mlist.current_id() == last.data(ID_ROLE)
    assert model.rows_formatted < 200
    assert mlist.proxy.index(0, 4).data() == "Kladde"


def test_a_screen_reader_hears_the_column_names_and_no_row_numbers(
    qtbot: QtBot, many: Path
) -> None:
    """The headers reach a screen reader through the model the table shows (a Qt header
    model, see meeting_rows.with_headers); a row has no header, sorted or not (Qt's default
    would read out the row's place in the store)."""
    from PySide6.QtGui import QAccessible

    mlist = _shown_list(qtbot, many)
    mlist.enable_sorting()
    header = mlist.table.horizontalHeader()
    middle = QPoint(header.sectionViewportPosition(0) + header.sectionSize(0) // 2, 5)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    table = QAccessible.queryAccessibleInterface(mlist.table)
    children = [table.child(i) for i in range(table.childCount())]
    name = QAccessible.Text.Name
    columns = [c.text(name) for c in children if c.role() == QAccessible.Role.ColumnHeader]
    assert columns == ["Medarbejder", "Virksomhed", "Leder", "Mødedato", "Status", "Opfølgning"]
    rows = [c.text(name) for c in children if c.role() == QAccessible.Role.RowHeader]
    assert rows and set(rows) == {""}
    cells = [c.text(name) for c in children if c.role() == QAccessible.Role.Cell]
    assert cells[0] == "Medarbejder 000"


def test_each_header_has_room_for_the_sort_arrow_a_click_puts_in_it(
    qtbot: QtBot, many: Path
) -> None:
    """The columns are fitted before sorting is switched on (after the first frame), yet
    with room for the arrow: no header is cut once a click shows it."""
    mlist = _shown_list(qtbot, many)
    header = mlist.table.horizontalHeader()
    assert not header.isSortIndicatorShown()  # no arrow before sorting is switched on
    mlist.enable_sorting()
    assert header.isSortIndicatorShown()
    for column in range(header.count() - 1):  # the last one stretches to the edge
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
