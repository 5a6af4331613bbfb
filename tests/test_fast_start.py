"""Start-up with many meetings: the index snapshot, the file check after the window shows.

Real store in a temp folder, the real window offscreen. The snapshot is a cache of the
index shards; these tests check that the list read from it is the list the shards give,
that a stale or missing snapshot falls back to the shards (the old format), and that the
meeting files still heal the index (at once in Store.open, or right after the window is
shown when the window opens the store with check_files=False).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from remotework_desktop.core.atomic import NO_FSYNC_ENV, atomic_write_bytes
from remotework_desktop.core.meetings import Meeting, new_id
from remotework_desktop.core.settings import Settings
from remotework_desktop.core.store import Store, StoreLocked
from remotework_desktop.core.store import files as store_files
from remotework_desktop.core.store.snapshot import SNAPSHOT_NAME, CompactIndex
from remotework_desktop.gui.main_window import MainWindow

COUNT = 60

MakeMeeting = Callable[..., Meeting]


@pytest.fixture
def stored(
    data_dir: Path, make_meeting: MakeMeeting, monkeypatch: pytest.MonkeyPatch
) -> list[Meeting]:
    monkeypatch.setenv(NO_FSYNC_ENV, "1")
    template = make_meeting()
    meetings = [
        template.model_copy(
            update={
                "id": new_id(),
                "employee_name": f"Medarbejder {n:02d}",
                "company": "Kaffe A/S" if n % 2 else "Ærø Tekstil",
                "meeting_date": f"2025-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
            }
        )
        for n in range(COUNT)
    ]
    with Store.open(data_dir) as store:
        for meeting in meetings:
            store.save(meeting)
    monkeypatch.delenv(NO_FSYNC_ENV)
    return meetings


def _replace_company(data_dir: Path, meeting_id: str, company: str) -> None:
    """Change a meeting file behind the store's back, the way a save does (a rename)."""
    path = data_dir / "meetings" / f"{meeting_id}.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    record["meeting"]["1"]["company"] = company
    atomic_write_bytes(path, json.dumps(record).encode("utf-8"))


def test_the_snapshot_lists_what_the_shards_list(
    data_dir: Path, stored: list[Meeting], monkeypatch: pytest.MonkeyPatch
) -> None:
    snapshot = data_dir / "index" / SNAPSHOT_NAME
    assert snapshot.is_file()  # written when the store that saved them closed
    snapshot.unlink()
    with Store.open(data_dir) as store:  # the old format: the shards alone
        assert not isinstance(store._index, CompactIndex)
        from_shards = store.list()
    assert snapshot.is_file()  # and the snapshot written again on close

    reads = []
    real = store_files.read_docs
    monkeypatch.setattr(
        "remotework_desktop.core.store.index.read_docs",
        lambda *a: reads.append(a) or real(*a),
    )
    with Store.open(data_dir) as store:
        assert isinstance(store._index, CompactIndex)
        listing = store.listing()
        assert list(listing) == from_shards == store.list()
        assert reads == []  # not one shard file was read
        assert len(from_shards) == COUNT
        # Same order as ever: newest meeting date first.
        dates = [s.meeting_date for s in from_shards]
        assert dates == sorted(dates, reverse=True)


def test_a_listing_makes_only_the_rows_asked_for(data_dir: Path, stored: list[Meeting]) -> None:
    with Store.open(data_dir, check_files=False) as store:
        listing = store.listing()
        assert len(listing) == COUNT
        first = listing[0]
        assert listing._made.keys() == {0}  # one summary made, not sixty
        assert listing.id_at(COUNT - 1) and listing._made.keys() == {0}
        assert listing[listing.row_of(first.id)] is first


def test_a_stale_snapshot_is_not_used(
    data_dir: Path, stored: list[Meeting], make_meeting: MakeMeeting
) -> None:
    """A crash after a save that rewrote a shard: the snapshot no longer matches it."""
    changed = stored[3].model_copy(update={"company": "Efter styrtet"})
    store = Store.open(data_dir)
    store.save(changed)  # rewrites a shard, then "crashes": no close, no new snapshot
    store._folder_lock.release()
    with Store.open(data_dir) as again:
        assert not isinstance(again._index, CompactIndex)
        assert {s.id: s.company for s in again.list()}[changed.id] == "Efter styrtet"
    with Store.open(data_dir) as again:  # the snapshot written on that close is used
        assert isinstance(again._index, CompactIndex)
        assert {s.id: s.company for s in again.list()}[changed.id] == "Efter styrtet"


def test_meeting_files_still_heal_an_index_read_from_the_snapshot(
    data_dir: Path, stored: list[Meeting]
) -> None:
    edited, removed = stored[0], stored[1]
    _replace_company(data_dir, edited.id, "Ændret udefra")
    (data_dir / "meetings" / f"{removed.id}.json").unlink()
    with Store.open(data_dir) as store:
        assert isinstance(store._index, CompactIndex)
        companies = {s.id: s.company for s in store.list()}
        assert companies[edited.id] == "Ændret udefra"
        assert removed.id not in companies and len(companies) == COUNT - 1


def test_the_file_check_can_wait_but_runs_before_any_other_use(
    data_dir: Path, stored: list[Meeting]
) -> None:
    edited = stored[0]
    _replace_company(data_dir, edited.id, "Ændret udefra")
    with Store.open(data_dir, check_files=False) as store:
        # The listing is the index as read, until the files are checked …
        assert {s.id: s.company for s in store.listing()}[edited.id] != "Ændret udefra"
        assert store.check_files() is True
        assert {s.id: s.company for s in store.listing()}[edited.id] == "Ændret udefra"
        assert store.check_files() is False  # once
    with Store.open(data_dir, check_files=False) as store:
        _replace_company(data_dir, edited.id, "Igen")
        # … and anything else checks them first: here list() and save().
        assert {s.id: s.company for s in store.list()}[edited.id] == "Igen"
    (data_dir / "meetings" / f"{stored[2].id}.json").write_bytes(b'{"meeting": ')
    with Store.open(data_dir, check_files=False) as store:
        store.save(stored[4])
        assert any("flyttet til" in p for p in store.problems)  # set aside while saving


def test_the_window_checks_the_files_once_shown(
    qtbot: QtBot, data_dir: Path, stored: list[Meeting]
) -> None:
    edited, broken = stored[0], stored[1]
    _replace_company(data_dir, edited.id, "Ændret udefra")
    (data_dir / "meetings" / f"{broken.id}.json").write_bytes(b'{"meeting": ')
    store = Store.open(data_dir, check_files=False)
    try:
        window = MainWindow(store, Settings(), data_dir)
        qtbot.addWidget(window)
        listing = window.meeting_list
        ids = listing.visible_ids()
        assert broken.id in ids  # the index as read, before the check
        window.show()
        qtbot.waitUntil(lambda: broken.id not in listing.visible_ids(), timeout=5000)
        assert len(listing.visible_ids()) == COUNT - 1
        listing.search.setText("ændret udefra")
        assert listing.visible_ids() == [edited.id]
        assert window.notice.isVisible() and "flyttet til" in window.notice_label.text()
    finally:
        store.close()


def test_a_second_store_on_the_folder_is_refused_in_the_same_process(data_dir: Path) -> None:
    with Store.open(data_dir):
        with pytest.raises(StoreLocked):
            Store.open(data_dir)
        with Store.open(data_dir, read_only=True) as view:
            assert view.read_only
    with Store.open(data_dir):  # released on close
        pass
    assert oct((data_dir / "store.lock").stat().st_mode & 0o777) == oct(0o600) or os.name == "nt"


def test_columns_fit_their_texts_again_after_a_zoom(
    qtbot: QtBot, data_dir: Path, stored: list[Meeting]
) -> None:
    from remotework_desktop.gui.main_window import apply_zoom

    apply_zoom(100)  # whatever zoom an earlier test left the program at
    with Store.open(data_dir) as store:
        window = MainWindow(store, Settings(), data_dir)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        table = window.meeting_list.table
        before = table.columnWidth(0)
        assert before >= table.sizeHintForColumn(0)  # fitted to the names
        try:
            apply_zoom(200)
            qtbot.waitUntil(lambda: table.columnWidth(0) > before * 1.5, timeout=3000)
        finally:
            apply_zoom(100)
            QTest.qWait(50)


def test_the_save_state_is_shown_in_full_in_a_narrow_window(
    qtbot: QtBot, data_dir: Path, stored: list[Meeting]
) -> None:
    """The state beside a long reason is never squeezed (the reason may be elided): the
    label without word wrap keeps its text's width, with no size policy of its own."""
    from remotework_desktop.gui.autosave import SaveState

    with Store.open(data_dir) as store:
        window = MainWindow(store, Settings(), data_dir)
        qtbot.addWidget(window)
        window.show()
        window.open_meeting(stored[0].id)
        window._on_save_state(SaveState.FAILED, "Disken er fuld. " * 20)
        window.resize(420, window.height())
        QTest.qWait(50)
        label = window.save_label
        assert label.text()
        assert label.width() >= label.sizeHint().width()


def _snapshot_parts(data_dir: Path) -> tuple[dict[str, object], str, bytes]:
    """The header, the ids block and what follows it."""
    raw = (data_dir / "index" / SNAPSHOT_NAME).read_bytes()
    head_line, _, rest = raw.partition(b"\n")
    head = json.loads(head_line)
    size = head["ids_size"]
    return head, rest[:size].decode("ascii"), rest[size:]


def _write_parts(data_dir: Path, head: dict[str, object], ids: str, after: bytes) -> None:
    head = {**head, "ids_size": len(ids.encode("ascii"))}
    line = json.dumps(head, separators=(",", ":")).encode("utf-8")
    (data_dir / "index" / SNAPSHOT_NAME).write_bytes(line + b"\n" + ids.encode("ascii") + after)


def test_the_snapshot_holds_ids_and_numbers_outside_its_json(
    data_dir: Path, stored: list[Meeting]
) -> None:
    """The JSON header stays small: the ids are one comma-separated block after it, and
    the numbers packed bytes (10,000 meetings made ~600 KB of JSON to scan otherwise)."""
    head, ids, after = _snapshot_parts(data_dir)
    assert head["count"] == COUNT
    assert not {"ids", "stats", "starts"} & head.keys()
    with Store.open(data_dir, check_files=False) as store:
        assert isinstance(store._index, CompactIndex)
        listing = store.listing()
        assert ids == ",".join(listing.id_at(r) for r in range(len(listing)))
        assert sorted(ids.split(",")) == sorted(m.id for m in stored)
    # 3 numbers a meeting, and where each row starts and the last ends, then the rows.
    rows = after[8 * (3 * COUNT + COUNT + 1) :]
    assert rows.count(b"\n") == COUNT


@pytest.mark.parametrize(
    "damage",
    [
        "version 2",  # an older program's snapshot (ids and numbers inside the JSON)
        "one id short",
        "cut short",
        "one byte more",
    ],
)
def test_a_snapshot_not_in_this_format_is_not_used(
    data_dir: Path, stored: list[Meeting], damage: str
) -> None:
    head, ids, after = _snapshot_parts(data_dir)
    if damage == "version 2":
        head["version"] = 2
    elif damage == "one id short":
        ids = ids.rpartition(",")[0]
    elif damage == "cut short":
        after = after[: len(after) // 2]
    else:
        after += b"x"
    _write_parts(data_dir, head, ids, after)
    with Store.open(data_dir) as store:
        assert not isinstance(store._index, CompactIndex)  # the shards were read
        assert sorted(s.id for s in store.list()) == sorted(m.id for m in stored)
    with Store.open(data_dir) as store:  # and the snapshot written again on close
        assert isinstance(store._index, CompactIndex)
        assert sorted(s.id for s in store.list()) == sorted(m.id for m in stored)
