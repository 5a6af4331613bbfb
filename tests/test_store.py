"""The store on a real data folder: saving, listing, locking, damage, migration and backups."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import stat
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tinydb import TinyDB
from tinydb.storages import JSONStorage

from remotework_desktop.core import atomic
from remotework_desktop.core.meetings import LockedError, Meeting
from remotework_desktop.core.store import (
    AUTO_BACKUPS_KEPT,
    SCHEMA_VERSION,
    AtomicJSONStorage,
    NotFound,
    Store,
    StoreError,
    StoreLocked,
    StoreReadOnly,
)
from remotework_desktop.core.store import index as store_index
from remotework_desktop.core.summary import MeetingSummary

ROOT = Path(__file__).resolve().parent.parent
MakeMeeting = Callable[..., Meeting]
SHA_A = "a" * 64
SHA_B = "b" * 64


def live_files(folder: Path) -> dict[str, bytes]:
    """Every file of the store except backups and the lock file, by relative path."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "backups" not in p.parts and p.name != "store.lock"
    }


def signed(meeting: Meeting) -> Meeting:
    meeting.sign("manager", meeting.manager_name, confirmed=True)
    meeting.sign("employee", meeting.employee_name, confirmed=True)
    return meeting


# -- saving, reading, listing ---------------------------------------------------------------
def test_saved_meeting_reads_back_equal_with_snapshots_shared(
    data_dir: Path, make_meeting: MakeMeeting
) -> None:
    first, second = make_meeting(), make_meeting(company="Bageriet")
    first.set_answer("small", "days", 3)
    first.set_note("small", "needs", "Skærmlæser og rolige omgivelser")
    with Store.open() as store:  # no folder: honours $REMOTEWORK_DATA_DIR
        assert store.folder == data_dir
        store.save(first)
        store.save(second)
        assert store.get(first.id) == first
        assert store.get(second.id) == second
    meeting_file = data_dir / "meetings" / f"{first.id}.json"
    # The big snapshot is stored once in definitions/, not inside each meeting file.
    assert "Behov, ikke diagnoser." not in meeting_file.read_text(encoding="utf-8")
    definitions = list((data_dir / "definitions").glob("*.json"))
    assert [p.stem for p in definitions] == [first.checklists[0].digest]
    # Every file is a TinyDB file: plain TinyDB reads it with the store's storage.
    with TinyDB(meeting_file, storage=AtomicJSONStorage) as db:
        assert db.table("meeting").get(doc_id=1)["company"] == "Smedjen ApS"
    with Store.open(data_dir) as store:
        assert store.get(first.id) == first


def test_plain_tinydb_opens_every_store_file_and_shows_the_meeting_as_a_document(
    data_dir: Path, make_meeting: MakeMeeting
) -> None:
    meeting = make_meeting()
    meeting.set_note("small", "needs", "Hæve-sænkebord, ø og å")
    with Store.open(data_dir) as store:
        store.save(meeting)
        store.record_export(meeting.id, SHA_A, None, "da", False)
    record = meeting.model_dump(mode="json", exclude={"snapshots"}) | {"snapshots": {}}
    meeting_file = data_dir / "meetings" / f"{meeting.id}.json"
    # The bytes are the format data folders already hold: compact UTF-8 JSON, document 1.
    expected = json.dumps({"meeting": {"1": record}}, ensure_ascii=False, separators=(",", ":"))
    assert meeting_file.read_bytes() == expected.encode("utf-8")
    before = live_files(data_dir)
    with TinyDB(meeting_file) as db:  # TinyDB's own default storage, nothing of ours
        assert db.tables() == {"meeting"}
        (doc,) = db.table("meeting").all()
        assert doc.doc_id == 1
        assert doc == record
        assert db.table("meeting").get(doc_id=1)["company"] == "Smedjen ApS"
    expected_tables = {
        "store.json": "store",
        "exports.json": "exports",
        f"definitions/{meeting.checklists[0].digest}.json": "definition",
        f"index/{store_index.shard_of(meeting.id)}.json": "index",
    }
    for name, table in expected_tables.items():
        with TinyDB(data_dir / name) as db:
            assert db.tables() == {table}, name
            assert len(db.table(table)) == 1, name
    with TinyDB(data_dir / "index" / f"{store_index.shard_of(meeting.id)}.json") as db:
        assert db.table("index").get(doc_id=1)["summary"] == meeting.summary()
    assert live_files(data_dir) == before  # reading with TinyDB changed nothing


def test_list_is_newest_meeting_date_first_then_newest_change(
    data_dir: Path, make_meeting: MakeMeeting
) -> None:
    old = make_meeting(meeting_date="2023-03-01")
    tie_early = make_meeting(meeting_date="2024-06-01", company="Tidlig")
    tie_late = make_meeting(meeting_date="2024-06-01", company="Sen")
    tie_early.updated_at = "2024-06-01T08:00:00+00:00"
    tie_late.updated_at = "2024-06-01T09:00:00+00:00"
    newest = make_meeting(meeting_date="2025-01-15")
    with Store.open(data_dir) as store:
        for m in (tie_late, old, newest, tie_early):
            store.save(m)
        expected = [newest.id, tie_late.id, tie_early.id, old.id]
        assert [s.id for s in store.list()] == expected
        assert store.list()[0] == MeetingSummary.from_dict(newest.summary())
    with Store.open(data_dir) as store:  # the same order from the index on disk
        assert [s.id for s in store.list()] == expected


def test_resolve_id_by_unique_prefix(data_dir: Path, make_meeting: MakeMeeting) -> None:
    with Store.open(data_dir) as store:
        for mid in ("abc111", "abc222", "def333"):
            store.save(make_meeting().model_copy(update={"id": mid}))
        assert store.resolve_id("def") == "def333"
        assert store.resolve_id("ABC2") == "abc222"
        assert store.resolve_id("abc111") == "abc111"
        with pytest.raises(NotFound):
            store.resolve_id("xyz")
        with pytest.raises(StoreError, match="Flere møder"):
            store.resolve_id("abc")


def test_unsafe_ids_are_refused(data_dir: Path, make_meeting: MakeMeeting) -> None:
    with Store.open(data_dir) as store:
        with pytest.raises(StoreError):
            store.save(make_meeting().model_copy(update={"id": "../escape"}))
        with pytest.raises(NotFound):
            store.get("../escape")
    assert not (data_dir.parent / "escape.json").exists()


def test_get_of_unknown_meeting_is_not_found(data_dir: Path) -> None:
    with Store.open(data_dir) as store, pytest.raises(NotFound, match="intet møde"):
        store.get("0123456789ab")


def test_unchanged_summary_does_not_rewrite_the_index_shard(
    data_dir: Path, make_meeting: MakeMeeting
) -> None:
    meeting = make_meeting()
    with Store.open(data_dir) as store:
        store.save(meeting)
        (shard,) = (data_dir / "index").glob("*.json")
        shard_before = shard.stat().st_ino
        meeting_before = (data_dir / "meetings" / f"{meeting.id}.json").stat().st_ino
        stamp = meeting.updated_at
        meeting.set_note("small", "needs", "et tastetryk")
        meeting.updated_at = stamp  # same second: the summary is unchanged
        store.save(meeting)
        assert (data_dir / "meetings" / f"{meeting.id}.json").stat().st_ino != meeting_before
        assert shard.stat().st_ino == shard_before
        meeting.set_details(company="Nyt navn A/S")
        store.save(meeting)
        assert shard.stat().st_ino != shard_before
        assert store.list()[0].company == "Nyt navn A/S"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_arbitrary_text_round_trips_exactly(data: st.DataObject, tmp_path_factory) -> None:
    from conftest import load_small_checklist

    from remotework_desktop.core.meetings import new_meeting

    name = st.text(min_size=1, max_size=200).map(str.strip).filter(bool)
    # Any code point, lone surrogates included (they can come in through a paste).
    any_char = st.one_of(st.characters(), st.characters(categories=["Cs"]))
    note = st.text(alphabet=any_char, max_size=500)
    meeting = new_meeting(
        company="A",
        manager_name="B",
        employee_name="C",
        meeting_date="2024-02-29",
        checklists=[load_small_checklist()],
    )
    # Past the model's text rules, as data saved before them (or edited by hand) can be.
    meeting.company = data.draw(name)
    meeting.manager_name = data.draw(name)
    meeting.employee_name = data.draw(name)
    meeting.set_note("small", "needs", "-")
    meeting.entries["small"]["needs"].note = data.draw(note)
    folder = tmp_path_factory.mktemp("data")
    with Store.open(folder) as store:
        store.save(meeting)
    with Store.open(folder) as store:
        assert store.get(meeting.id) == meeting
        assert store.list() == [MeetingSummary.from_dict(meeting.summary())]


def test_save_from_a_worker_thread_while_reading(data_dir: Path, make_meeting: MakeMeeting) -> None:
    meeting = make_meeting()
    errors: list[BaseException] = []
    with Store.open(data_dir) as store:
        store.save(meeting)

        def worker() -> None:
            try:
                for n in range(150):
                    meeting.set_note("small", "needs", f"note {n}")
                    store.save(meeting)
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        thread = threading.Thread(target=worker)
        thread.start()
        while thread.is_alive():
            assert store.get(meeting.id).id == meeting.id
            assert len(store.list()) == 1
        thread.join()
        assert errors == []
        assert store.get(meeting.id).entry("small", "needs").note == "note 149"


# -- deleting -----------------------------------------------------------------------------
def test_delete_leaves_no_trace_in_live_files(data_dir: Path, make_meeting: MakeMeeting) -> None:
    secret = "UNIQUE-7f3a9-diagnose-tekst"
    doomed, kept = make_meeting(company=f"Firma {secret}"), make_meeting()
    doomed.set_note("small", "needs", secret)
    with Store.open(data_dir) as store:
        store.save(doomed)
        store.save(kept)
        store.record_export(doomed.id, SHA_A, None, "da", True)
        assert any(secret.encode() in b for b in live_files(data_dir).values())
        store.delete(doomed.id)
        assert [s.id for s in store.list()] == [kept.id]
        with pytest.raises(NotFound):
            store.get(doomed.id)
        with pytest.raises(NotFound):
            store.delete(doomed.id)
        assert store.exports_for(doomed.id) == []
        assert store.find_export(SHA_A) is None
    leftovers = [name for name, b in live_files(data_dir).items() if secret.encode() in b]
    assert leftovers == []
    with Store.open(data_dir) as store:
        assert [s.id for s in store.list()] == [kept.id]


def test_delete_also_removes_the_meeting_from_the_automatic_backups(
    data_dir: Path, make_meeting: MakeMeeting
) -> None:
    secret = "UNIQUE-backup-3c9e-note"
    doomed, kept = make_meeting(), make_meeting(company="Bliver ApS")
    doomed.set_note("small", "needs", secret)
    with Store.open(data_dir) as store:
        store.save(doomed)
        store.save(kept)
        store.record_export(doomed.id, SHA_A, None, "da", False)
    with Store.open(data_dir) as store:  # opening takes the day's automatic backup
        pass
    backups = sorted((data_dir / "backups").glob("auto-*.zip"))
    assert len(backups) == 1

    def unpacked(path: Path) -> bytes:
        with zipfile.ZipFile(path) as zf:
            return b"".join(zf.read(n) for n in zf.namelist())

    assert secret.encode() in unpacked(backups[0])
    with Store.open(data_dir) as store:
        store.delete(doomed.id)
    blob = unpacked(backups[0])
    assert secret.encode() not in blob and doomed.id.encode() not in blob
    assert b"Bliver ApS" in blob  # the rest of the backup is kept
    # The scrubbed backup still restores, with the other meeting only.
    restored = data_dir.parent / "restored"
    assert Store.restore(backups[0], restored) == 1
    with Store.open(restored) as store:
        assert [s.id for s in store.list()] == [kept.id]


def test_a_signed_meeting_can_be_deleted(data_dir: Path, make_meeting: MakeMeeting) -> None:
    meeting = signed(make_meeting())
    with Store.open(data_dir) as store:
        store.save(meeting)
        store.delete(meeting.id)
        assert store.list() == []


# -- signed meetings ----------------------------------------------------------------------
def test_a_signed_meeting_cannot_be_changed_through_the_store(
    data_dir: Path, make_meeting: MakeMeeting
) -> None:
    meeting = signed(make_meeting())
    with Store.open(data_dir) as store:
        store.save(meeting)
        store.save(store.get(meeting.id))  # saving it unchanged is harmless
        before = live_files(data_dir)
        changed = meeting.model_copy(update={"company": "Ændret A/S"})
        with pytest.raises(LockedError):
            store.save(changed)
        draft_again = meeting.model_copy(update={"state": "draft", "fingerprint": None})
        with pytest.raises(LockedError):
            store.save(draft_again)
        assert live_files(data_dir) == before
        assert store.get(meeting.id) == meeting


def test_a_signed_meeting_with_a_wrong_fingerprint_is_refused(
    data_dir: Path, make_meeting: MakeMeeting
) -> None:
    meeting = signed(make_meeting())
    forged = meeting.model_copy(update={"employee_name": "En anden"})
    with Store.open(data_dir) as store:
        with pytest.raises(StoreError, match="fingeraftryk"):
            store.save(forged)
        assert store.list() == []


# -- locking and read-only ------------------------------------------------------------------
def _open_in_child(folder: Path, read_only: bool) -> subprocess.CompletedProcess[str]:
    code = (
        "import sys\n"
        "from remotework_desktop.core.store import Store, StoreError\n"
        "try:\n"
        f"    s = Store.open(sys.argv[1], read_only={read_only})\n"
        "except StoreError as e:\n"
        "    print(type(e).__name__, e); sys.exit(3)\n"
        "print('opened', len(s.list()))\n"
        "try:\n"
        "    s.delete(s.list()[0].id)\n"
        "except StoreError as e:\n"
        "    print(type(e).__name__)\n"
        "s.close()\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, str(folder)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=60,
    )


def test_a_second_process_is_locked_out_or_gets_a_read_only_view(
    data_dir: Path, make_meeting: MakeMeeting
) -> None:
    meeting = make_meeting()
    store = Store.open(data_dir)
    try:
        store.save(meeting)
        locked = _open_in_child(data_dir, read_only=False)
        assert locked.returncode == 3, locked.stderr
        assert locked.stdout.startswith("StoreLocked Dataene bruges allerede af et andet vindue")
        viewer = _open_in_child(data_dir, read_only=True)
        assert viewer.returncode == 0, viewer.stderr
        assert viewer.stdout.split() == ["opened", "1", "StoreReadOnly"]
        assert store.get(meeting.id) == meeting
    finally:
        store.close()
    # Once the first program has closed, the folder is free: the child now really deletes.
    after = _open_in_child(data_dir, read_only=False)
    assert after.stdout.split() == ["opened", "1"], after.stderr
    with Store.open(data_dir) as store:
        assert store.list() == []


def test_read_only_view_refuses_changes_and_writes_nothing(
    data_dir: Path, make_meeting: MakeMeeting
) -> None:
    meeting = make_meeting()
    with Store.open(data_dir) as writer:
        writer.save(meeting)
        with pytest.raises(StoreLocked):
            Store.open(data_dir)
        before = live_files(data_dir)
        with Store.open(data_dir, read_only=True) as view:
            assert view.read_only
            assert view.get(meeting.id) == meeting
            with pytest.raises(StoreReadOnly):
                view.save(meeting)
            with pytest.raises(StoreReadOnly):
                view.delete(meeting.id)
            with pytest.raises(StoreReadOnly):
                view.record_export(meeting.id, SHA_A, None, "da", False)
            with pytest.raises(StoreReadOnly):
                view.purge_backups()
        assert live_files(data_dir) == before


# -- permissions --------------------------------------------------------------------------
@pytest.mark.skipif(os.name == "nt", reason="no POSIX modes on Windows")
def test_folders_are_owner_only_and_files_private(
    data_dir: Path, make_meeting: MakeMeeting, tmp_path: Path
) -> None:
    meeting = make_meeting()
    with Store.open(data_dir) as store:
        store.save(meeting)
        store.record_export(meeting.id, SHA_A, None, "da", False)
        backup = store.backup(tmp_path)
    with Store.open(data_dir):
        pass  # takes the day's automatic backup
    paths = [data_dir, *data_dir.rglob("*")]
    dirs = [p for p in paths if p.is_dir()]
    files = [p for p in paths if p.is_file()]
    assert {"meetings", "definitions", "index", "backups"} <= {d.name for d in dirs}
    assert any(f.parent.name == "backups" for f in files)
    assert {stat.S_IMODE(d.stat().st_mode) for d in dirs} == {0o700}
    assert {stat.S_IMODE(f.stat().st_mode) for f in files} == {0o600}
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600


# -- damaged files ------------------------------------------------------------------------
def _damaged(folder: Path) -> list[str]:
    return sorted(p.name for p in (folder / "damaged").iterdir())


def test_damaged_meeting_files_are_set_aside_and_reported(
    data_dir: Path, make_meeting: MakeMeeting
) -> None:
    good, broken_json, invalid = make_meeting(), make_meeting(), make_meeting()
    with Store.open(data_dir) as store:
        for m in (good, broken_json, invalid):
            store.save(m)
    meetings = data_dir / "meetings"
    (meetings / f"{broken_json.id}.json").write_bytes(b'{"meeting": {"1": {"id": ')
    record = json.loads((meetings / f"{invalid.id}.json").read_text(encoding="utf-8"))
    del record["meeting"]["1"]["company"]
    (meetings / f"{invalid.id}.json").write_text(json.dumps(record), encoding="utf-8")
    with Store.open(data_dir) as store:
        assert [s.id for s in store.list()] == [good.id]
        assert store.get(good.id) == good
        assert len(store.problems) == 2
        assert all("er flyttet til" in p for p in store.problems)
        assert any("ikke gyldig JSON" in p for p in store.problems)
        assert any("Mødedata er beskadigede" in p for p in store.problems)
    moved = _damaged(data_dir)
    assert any(name.endswith(f"meetings-{broken_json.id}.json") for name in moved)
    assert any(name.endswith(f"meetings-{invalid.id}.json") for name in moved)
    # The damaged content is kept, byte for byte.
    kept = next(p for p in (data_dir / "damaged").iterdir() if broken_json.id in p.name)
    assert kept.read_bytes() == b'{"meeting": {"1": {"id": '


@pytest.mark.parametrize(
    "damaged_text",
    [
        pytest.param("[1, 2, 3]", id="json-but-the-wrong-shape"),
        # TinyDB's document ids are numbers; TinyDB itself would fail on this one.
        pytest.param('{"index": {"x": {"id": "y"}}}', id="a-document-id-not-a-number"),
    ],
)
def test_a_damaged_index_shard_is_set_aside_and_rebuilt(
    data_dir: Path, make_meeting: MakeMeeting, damaged_text: str
) -> None:
    meetings = [make_meeting() for _ in range(5)]
    with Store.open(data_dir) as store:
        for m in meetings:
            store.save(m)
    shards = sorted((data_dir / "index").glob("*.json"))
    shards[0].write_text(damaged_text, encoding="utf-8")
    with Store.open(data_dir) as store:
        assert {s.id for s in store.list()} == {m.id for m in meetings}
        assert any("opbygning" in p and "flyttet til" in p for p in store.problems)
    assert any(name.endswith(f"index-{shards[0].name}") for name in _damaged(data_dir))
    assert json.loads(shards[0].read_text(encoding="utf-8"))["index"]  # rewritten


def test_a_damaged_store_json_is_set_aside_and_the_meetings_still_open(
    data_dir: Path, make_meeting: MakeMeeting
) -> None:
    meeting = make_meeting()
    with Store.open(data_dir) as store:
        store.save(meeting)
    (data_dir / "store.json").write_bytes(b"\x00\xff not json")
    with Store.open(data_dir) as store:
        assert store.get(meeting.id) == meeting
        assert any("store.json" in p for p in store.problems)
    assert any(name.endswith("store.json") for name in _damaged(data_dir))
    meta = json.loads((data_dir / "store.json").read_text(encoding="utf-8"))
    assert meta["store"]["1"]["schema"] == SCHEMA_VERSION


def test_a_damaged_checklist_definition_is_reported_and_rewritten_on_save(
    data_dir: Path, make_meeting: MakeMeeting
) -> None:
    meeting = make_meeting()
    with Store.open(data_dir) as store:
        store.save(meeting)
    (definition,) = (data_dir / "definitions").glob("*.json")
    text = definition.read_text(encoding="utf-8").replace("Lille tjekliste", "Ændret")
    definition.write_text(text, encoding="utf-8")
    with Store.open(data_dir) as store:
        with pytest.raises(StoreError, match="mangler i datamappen"):
            store.get(meeting.id)
        assert any("fingeraftryk" in p for p in store.problems)
        store.save(meeting)  # the meeting in memory still has its snapshot
        assert store.get(meeting.id) == meeting


def test_the_index_heals_from_files_changed_behind_its_back(
    data_dir: Path, make_meeting: MakeMeeting
) -> None:
    edited, removed = make_meeting(), make_meeting()
    with Store.open(data_dir) as store:
        store.save(edited)
        store.save(removed)
    meetings = data_dir / "meetings"
    record = json.loads((meetings / f"{edited.id}.json").read_text(encoding="utf-8"))
    record["meeting"]["1"]["company"] = "Ændret udefra"
    (meetings / f"{edited.id}.json").write_text(json.dumps(record), encoding="utf-8")
    record["meeting"]["1"]["id"] = "feedbeef0001"
    record["meeting"]["1"]["company"] = "Tilføjet udefra"
    (meetings / "feedbeef0001.json").write_text(json.dumps(record), encoding="utf-8")
    (meetings / f"{removed.id}.json").unlink()
    with Store.open(data_dir) as store:
        companies = {s.id: s.company for s in store.list()}
        assert companies == {edited.id: "Ændret udefra", "feedbeef0001": "Tilføjet udefra"}
        assert store.get("feedbeef0001").company == "Tilføjet udefra"
        assert store.problems == []
    with Store.open(data_dir) as store:  # the healed index was written back
        assert {s.id for s in store.list()} == {edited.id, "feedbeef0001"}


def test_leftover_temp_files_are_removed_on_open(data_dir: Path, make_meeting: MakeMeeting) -> None:
    meeting = make_meeting()
    with Store.open(data_dir) as store:
        store.save(meeting)
    stray = data_dir / "meetings" / f".{meeting.id}.json.abc123.tmp"
    stray.write_bytes(b'{"half": ')
    with Store.open(data_dir) as store:
        assert store.get(meeting.id) == meeting
        assert store.problems == []
    assert not stray.exists()


def test_the_window_s_open_sweeps_the_meetings_folder_before_anything_is_written(
    data_dir: Path, make_meeting: MakeMeeting
) -> None:
    """Opened as the window opens it, the meetings folder's sweep waits for the file check
    (it has a name per meeting); the other folders' leftovers go at once."""
    meeting = make_meeting()
    with Store.open(data_dir) as store:
        store.save(meeting)
    stray = data_dir / "meetings" / f".{meeting.id}.json.abc123.tmp"
    index_stray = data_dir / "index" / ".shard.json.abc123.tmp"
    for path in (stray, index_stray):
        path.write_bytes(b'{"half": ')
    with Store.open(data_dir, check_files=False) as store:
        assert not index_stray.exists()
        assert stray.exists()  # left for the check: not a scan of 10,000 names at start-up
        assert [s.id for s in store.listing()] == [meeting.id]
        store.save(meeting)  # any other use checks the files, and sweeps, first
        assert not stray.exists()
        assert store.get(meeting.id) == meeting


# -- disk errors --------------------------------------------------------------------------
def test_a_full_disk_keeps_the_old_file_and_says_so(
    data_dir: Path, make_meeting: MakeMeeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = make_meeting()
    meeting.set_note("small", "needs", "gammel tekst")
    with Store.open(data_dir) as store:
        store.save(meeting)
        before = live_files(data_dir)
        meeting.set_note("small", "needs", "ny tekst")

        def full(fd: int, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(atomic.os, "write", full)
        with pytest.raises(StoreError, match="Disken er fuld") as caught:
            store.save(meeting)
        assert "tidligere gemte udgave er uændret" in str(caught.value)
        monkeypatch.undo()
        assert live_files(data_dir) == before  # no temp file left either
        assert store.get(meeting.id).entry("small", "needs").note == "gammel tekst"
        store.save(meeting)  # works again once there is room
        assert store.get(meeting.id).entry("small", "needs").note == "ny tekst"


def test_a_failed_fsync_also_keeps_the_old_file(
    data_dir: Path, make_meeting: MakeMeeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = make_meeting()
    with Store.open(data_dir) as store:
        store.save(meeting)
        before = live_files(data_dir)
        meeting.set_details(company="Nyt")

        def broken(fd: int) -> None:
            raise OSError(errno.EIO, "Input/output error")

        monkeypatch.setattr(atomic.os, "fsync", broken)
        with pytest.raises(StoreError, match="Input/output error"):
            store.save(meeting)
        monkeypatch.undo()
        assert live_files(data_dir) == before


# -- exports ------------------------------------------------------------------------------
def test_exports_registry(data_dir: Path, make_meeting: MakeMeeting) -> None:
    one, two = make_meeting(), make_meeting()
    with Store.open(data_dir) as store:
        store.save(one)
        store.save(two)
        store.record_export(one.id, SHA_A, None, "da", False)
        store.record_export(one.id, SHA_B.upper(), "f" * 64, "en", True)
        with pytest.raises(NotFound):
            store.record_export("0000deadbeef", SHA_A, None, "da", False)
        with pytest.raises(StoreError, match="SHA-256"):
            store.record_export(one.id, "not-a-hash", None, "da", False)
    with Store.open(data_dir) as store:
        found = store.find_export(SHA_B)
        assert found is not None
        assert found["meeting_id"] == one.id
        assert (found["fingerprint"], found["lang"], found["include_private"]) == (
            "f" * 64,
            "en",
            True,
        )
        assert store.find_export("c" * 64) is None
        assert [e["sha256"] for e in store.exports_for(one.id)] == [SHA_A, SHA_B]
        assert store.exports_for(two.id) == []


# -- backup and restore -------------------------------------------------------------------
def test_backup_and_restore_round_trip(
    data_dir: Path, make_meeting: MakeMeeting, tmp_path: Path
) -> None:
    one, two = make_meeting(), signed(make_meeting(company="Bageriet"))
    with Store.open(data_dir) as store:
        store.save(one)
        store.save(two)
        store.record_export(two.id, SHA_A, two.fingerprint, "da", False)
        archive = store.backup(tmp_path / "kopi.zip")
    assert archive == tmp_path / "kopi.zip"
    elsewhere = tmp_path / "restored"
    assert Store.restore(archive, elsewhere) == 2
    with Store.open(elsewhere) as store:
        assert store.get(one.id) == one
        assert store.get(two.id) == two
        assert store.find_export(SHA_A)["meeting_id"] == two.id
        assert store.problems == []


def test_restore_replaces_content_after_backing_it_up(
    data_dir: Path, make_meeting: MakeMeeting, tmp_path: Path
) -> None:
    saved, later = make_meeting(), make_meeting(company="Kommer efter kopien")
    with Store.open(data_dir) as store:
        store.save(saved)
        archive = store.backup(tmp_path)
        store.save(later)
    assert archive.parent == tmp_path
    assert Store.restore(archive, data_dir, replace=True) == 1
    with Store.open(data_dir) as store:
        assert [s.id for s in store.list()] == [saved.id]
    (before_restore,) = (data_dir / "backups").glob("before-restore-*.zip")
    assert f"meetings/{later.id}.json" in zipfile.ZipFile(before_restore).namelist()
    assert not list(data_dir.glob("restore-old-*"))


def test_restore_refuses_an_archive_that_is_not_ours(
    data_dir: Path, make_meeting: MakeMeeting, tmp_path: Path
) -> None:
    meeting = make_meeting()
    with Store.open(data_dir) as store:
        store.save(meeting)
    before = live_files(data_dir)
    stranger = tmp_path / "fremmed.zip"
    with zipfile.ZipFile(stranger, "w") as zf:
        zf.writestr("meetings/abc.json", "{}")
    not_zip = tmp_path / "noget.zip"
    not_zip.write_text("hej", encoding="utf-8")
    for archive in (stranger, not_zip):
        with pytest.raises(StoreError, match="ikke en sikkerhedskopi fra dette program"):
            Store.restore(archive, data_dir)
    assert live_files(data_dir) == before


def test_automatic_backups_are_daily_and_rolling(data_dir: Path, make_meeting: MakeMeeting) -> None:
    with Store.open(data_dir) as store:
        store.save(make_meeting())
    backups = data_dir / "backups"
    backups.mkdir(mode=0o700)  # the first open had nothing to back up yet
    for day in range(1, 13):
        (backups / f"auto-202001{day:02d}-120000.zip").write_bytes(b"old")
    with Store.open(data_dir):
        pass
    today = dt.date.today().strftime("%Y%m%d")
    names = sorted(p.name for p in backups.glob("auto-*.zip"))
    assert len(names) == AUTO_BACKUPS_KEPT
    assert names[-1].startswith(f"auto-{today}-")
    assert names[0] == "auto-20200104-120000.zip"  # 12 old + 1 new: the 3 oldest went
    with Store.open(data_dir):  # same day: no second automatic backup
        pass
    assert sorted(p.name for p in backups.glob("auto-*.zip")) == names
    with Store.open(data_dir) as store:
        assert store.purge_backups() == AUTO_BACKUPS_KEPT
    assert list(backups.iterdir()) == []


# -- schema versions ----------------------------------------------------------------------
def test_a_legacy_single_file_store_is_migrated_after_a_backup(
    data_dir: Path, make_meeting: MakeMeeting
) -> None:
    one, two = make_meeting(), make_meeting(company="Bageriet")
    data_dir.mkdir()
    # What a naive first version wrote: TinyDB's own JSONStorage, all in one db.json.
    with TinyDB(data_dir / "db.json", storage=JSONStorage) as legacy:
        table = legacy.table("meetings")
        table.insert(one.model_dump(mode="json"))
        table.insert(two.model_dump(mode="json"))
        table.insert({"id": "brokenmeeting", "company": "Mangler alt andet"})
    with Store.open(data_dir) as store:
        assert store.get(one.id) == one
        assert store.get(two.id) == two
        assert len(store.list()) == 2
        assert any("sikkerhedskopi af de gamle data" in p for p in store.problems)
        assert any("ikke flyttes over" in p for p in store.problems)
    assert not (data_dir / "db.json").exists()
    meta = json.loads((data_dir / "store.json").read_text(encoding="utf-8"))
    assert meta["store"]["1"]["schema"] == SCHEMA_VERSION
    (backup,) = (data_dir / "backups").glob("before-migration-v0-*.zip")
    with zipfile.ZipFile(backup) as zf:
        legacy_copy = json.loads(zf.read("db.json"))
    assert len(legacy_copy["meetings"]) == 3
    (kept,) = (data_dir / "damaged").iterdir()
    assert json.loads(kept.read_text(encoding="utf-8"))["company"] == "Mangler alt andet"


def test_a_store_from_a_newer_program_is_refused_untouched(
    data_dir: Path, make_meeting: MakeMeeting
) -> None:
    with Store.open(data_dir) as store:
        store.save(make_meeting())
    meta = {"store": {"1": {"app": "remotework-desktop", "schema": SCHEMA_VERSION + 1}}}
    (data_dir / "store.json").write_text(json.dumps(meta), encoding="utf-8")
    (data_dir / "meetings" / "new-layout.bin").write_bytes(b"whatever v2 keeps here")
    before = live_files(data_dir)
    with pytest.raises(StoreError, match="nyere version"):
        Store.open(data_dir)
    assert live_files(data_dir) == before
    # The refused open released its lock: a second try is refused for the same reason.
    with pytest.raises(StoreError, match="nyere version") as again:
        Store.open(data_dir)
    assert not isinstance(again.value, StoreLocked)


def test_a_damaged_exports_file_is_set_aside_and_a_fresh_one_started(
    data_dir: Path, make_meeting: MakeMeeting
) -> None:
    meeting = make_meeting()
    with Store.open(data_dir) as store:
        store.save(meeting)
        store.record_export(meeting.id, SHA_A, None, "da", False)
    (data_dir / "exports.json").write_text('{"exports": [1]}', encoding="utf-8")
    with Store.open(data_dir) as store:
        assert any("exports.json" in p and "flyttet til" in p for p in store.problems)
        assert store.find_export(SHA_A) is None
        store.record_export(meeting.id, SHA_B, None, "en", False)
        assert [e["sha256"] for e in store.exports_for(meeting.id)] == [SHA_B]
    assert any(name.endswith("exports.json") for name in _damaged(data_dir))


def test_plain_os_error_speaks_the_chosen_language() -> None:
    from remotework_desktop.core import text
    from remotework_desktop.core.store import plain_os_error

    full = OSError(errno.ENOSPC, "No space left on device")
    assert plain_os_error(full).startswith("Disken er fuld")
    try:
        text.set_language("en")
        assert plain_os_error(full, "slette").startswith(
            "The disk is full, so the program could not delete the data."
        )
    finally:
        text.set_language("da")
