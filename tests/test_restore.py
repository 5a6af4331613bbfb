"""Restore, a full disk and delete never lose or leak data (issue 7, points 3, 4 and 6).

Run as a script, this file is the child that restores and dies at a named step.
"""

from __future__ import annotations

import errno
import json
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from remotework_desktop.core import store as store_module
from remotework_desktop.core import text
from remotework_desktop.core.meetings import Meeting
from remotework_desktop.core.store import NotFound, Store, StoreError
from remotework_desktop.core.store import backups as store_backups
from remotework_desktop.core.store import files as store_files
from remotework_desktop.core.store import index as store_index
from remotework_desktop.core.store import restore as restore_module
from tests.cli_helper import run_cli, run_python

ROOT = Path(__file__).resolve().parent.parent
MakeMeeting = Callable[..., Meeting]


def child(folder: str, archive: str, step: str) -> None:
    restore_module.CRASH_AT = step
    Store.restore(Path(archive), folder, replace=True)
    sys.exit(0)  # the step was never reached


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under the data folder except the lock file, by relative path."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "store.lock"
    }


def ids(folder: Path, *, read_only: bool = False) -> set[str]:
    with Store.open(folder, read_only=read_only) as store:
        return {s.id for s in store.list()}


def stored(folder: Path, make_meeting: MakeMeeting, count: int, company: str) -> list[Meeting]:
    meetings = [make_meeting(company=f"{company} {n}") for n in range(count)]
    with Store.open(folder) as store:
        for meeting in meetings:
            store.save(meeting)
    return meetings


def rewrite(archive: Path, target: Path, change: Callable[[dict[str, bytes]], None]) -> Path:
    """A copy of a backup with its members changed by ``change`` (a dict name -> bytes)."""
    with zipfile.ZipFile(archive) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    change(files)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in files.items():
            out.writestr(name, data)
    return target


@pytest.fixture
def three_and_backup(
    data_dir: Path, make_meeting: MakeMeeting, tmp_path: Path
) -> tuple[list[Meeting], Path]:
    """Three meetings stored, and a good backup of them."""
    meetings = stored(data_dir, make_meeting, 3, "Gammel")
    with Store.open(data_dir) as store:
        archive = store.backup(tmp_path / "good.zip")
    return meetings, archive


# -- point 3: everything is checked before anything is replaced ---------------------------
def test_a_backup_whose_store_json_is_newer_is_refused_before_anything_changes(
    data_dir: Path, three_and_backup: tuple[list[Meeting], Path], tmp_path: Path
) -> None:
    meetings, good = three_and_backup

    def newer(files: dict[str, bytes]) -> None:
        meta = json.loads(files["store.json"])
        meta["store"]["1"]["schema"] = store_module.SCHEMA_VERSION + 1
        files["store.json"] = json.dumps(meta).encode()

    bad = rewrite(good, tmp_path / "newer.zip", newer)
    before = snapshot(data_dir)
    with pytest.raises(StoreError, match=r"nyere version.*Intet er ændret"):
        Store.restore(bad, data_dir)
    assert snapshot(data_dir) == before  # true: nothing at all was written
    # Every command still works, a restore of a good backup too.
    assert ids(data_dir, read_only=True) == {m.id for m in meetings}
    assert Store.restore(good, data_dir) == 3


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda doc: {"meeting": {"1": {"id": "x"}}}, id="not-a-meeting"),
        pytest.param(lambda doc: {"meeting": {"1": "text"}}, id="wrong-shape"),
        pytest.param(lambda doc: [doc], id="a-list"),
    ],
)
def test_meeting_files_of_the_wrong_shape_are_refused(
    data_dir: Path,
    three_and_backup: tuple[list[Meeting], Path],
    tmp_path: Path,
    damage: Callable[[object], object],
) -> None:
    meetings, good = three_and_backup
    victim = f"meetings/{meetings[0].id}.json"

    def change(files: dict[str, bytes]) -> None:
        files[victim] = json.dumps(damage(json.loads(files[victim]))).encode()

    bad = rewrite(good, tmp_path / "bad.zip", change)
    before = snapshot(data_dir)
    with pytest.raises(StoreError, match=f"beskadiget \\({victim}.*Intet er ændret"):
        Store.restore(bad, data_dir, replace=True)
    assert snapshot(data_dir) == before
    assert not list(data_dir.glob("restore-*"))


def test_an_exports_list_of_the_wrong_shape_is_refused(
    data_dir: Path, three_and_backup: tuple[list[Meeting], Path], tmp_path: Path
) -> None:
    _, good = three_and_backup
    bad = rewrite(good, tmp_path / "exports.zip", lambda f: f.__setitem__("exports.json", b"[]"))
    before = snapshot(data_dir)
    with pytest.raises(StoreError, match=r"beskadiget \(exports.json.*Intet er ændret"):
        Store.restore(bad, data_dir, replace=True)
    assert snapshot(data_dir) == before


def test_a_backup_from_before_the_migration_is_checked_meeting_by_meeting(
    data_dir: Path, make_meeting: MakeMeeting, tmp_path: Path
) -> None:
    one, two = make_meeting(), make_meeting(company="Bageriet")
    old = tmp_path / "old"
    old.mkdir()
    legacy = {"meetings": {"1": one.model_dump(mode="json"), "2": two.model_dump(mode="json")}}
    (old / "db.json").write_text(json.dumps(legacy), encoding="utf-8")
    Store.open(old).close()  # migrates, after a backup of the version-0 folder
    (good,) = (old / "backups").glob("before-migration-v0-*.zip")
    (now,) = stored(data_dir, make_meeting, 1, "Nu")
    assert ids(data_dir) == {now.id}  # this open takes the day's automatic backup

    def damage(files: dict[str, bytes]) -> None:
        files["db.json"] = json.dumps({"meetings": {**legacy["meetings"], "2": {"id": "x"}}})

    bad = rewrite(good, tmp_path / "bad-v0.zip", damage)
    before = snapshot(data_dir)
    with pytest.raises(StoreError, match=r"beskadiget \(db.json #2.*Intet er ændret"):
        Store.restore(bad, data_dir)
    assert snapshot(data_dir) == before
    assert Store.restore(good, data_dir) == 2
    assert ids(data_dir) == {one.id, two.id}


def test_fewer_readable_meetings_than_the_manifest_says_is_refused(
    data_dir: Path, three_and_backup: tuple[list[Meeting], Path], tmp_path: Path
) -> None:
    meetings, good = three_and_backup
    bad = rewrite(good, tmp_path / "short.zip", lambda f: f.pop(f"meetings/{meetings[1].id}.json"))
    before = snapshot(data_dir)
    with pytest.raises(StoreError, match=r"kun 2 læselige møder.*siger 3"):
        Store.restore(bad, data_dir, replace=True)
    assert snapshot(data_dir) == before


def test_a_meeting_whose_checklist_is_missing_is_refused(
    data_dir: Path, three_and_backup: tuple[list[Meeting], Path], tmp_path: Path
) -> None:
    _, good = three_and_backup

    def drop_definitions(files: dict[str, bytes]) -> None:
        for name in [n for n in files if n.startswith("definitions/")]:
            del files[name]

    bad = rewrite(good, tmp_path / "nodefs.zip", drop_definitions)
    before = snapshot(data_dir)
    with pytest.raises(StoreError, match=r"Tjeklisten.*mangler.*Intet er ændret"):
        Store.restore(bad, data_dir, replace=True)
    assert snapshot(data_dir) == before


def test_replacing_with_fewer_meetings_needs_replace(
    data_dir: Path, make_meeting: MakeMeeting, tmp_path: Path
) -> None:
    (single,) = stored(data_dir, make_meeting, 1, "Ny")
    with Store.open(data_dir) as store:
        one = store.backup(tmp_path / "one.zip")
    stored(data_dir, make_meeting, 2, "Senere")
    before = snapshot(data_dir)
    with pytest.raises(restore_module.RestoreShrinks) as caught:
        Store.restore(one, data_dir)
    assert (caught.value.now, caught.value.incoming) == (3, 1)
    assert snapshot(data_dir) == before
    # The command line: exit 1 and one line saying how many, in the chosen language.
    refused = run_cli(data_dir, "--lang", "en", "restore", str(one), code=None)
    assert refused.returncode == 1, refused.stderr
    (line,) = [ln for ln in refused.stderr.splitlines() if ln.strip()]
    assert "replace 3 meetings with 1" in line and "--replace" in line
    refused_da = run_cli(data_dir, "restore", str(one), code=None)
    assert "erstatte 3 møder med 1" in refused_da.stderr
    assert snapshot(data_dir) == before
    done = run_cli(data_dir, "restore", "--replace", str(one), code=None)
    assert done.returncode == 0, done.stderr
    assert "Gendannet: 1 møder" in done.stdout
    assert ids(data_dir) == {single.id}


def test_an_empty_backup_over_meetings_needs_replace(
    data_dir: Path, three_and_backup: tuple[list[Meeting], Path], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.zip"
    with Store.open(tmp_path / "nothing") as store:
        store.backup(empty)
    before = snapshot(data_dir)
    with pytest.raises(restore_module.RestoreShrinks, match="erstatte 3 møder med 0"):
        Store.restore(empty, data_dir)
    assert snapshot(data_dir) == before
    assert Store.restore(empty, data_dir, replace=True) == 0


def test_a_zip_bomb_is_refused_without_unpacking_it(
    data_dir: Path, three_and_backup: tuple[list[Meeting], Path], tmp_path: Path
) -> None:
    meetings, good = three_and_backup
    big = b'{"meeting":{"1":{"pad":"' + b" " * (3 * 2**20) + b'"}}}'
    bomb = rewrite(
        good, tmp_path / "bomb.zip", lambda f: f.__setitem__(f"meetings/{meetings[0].id}.json", big)
    )
    assert bomb.stat().st_size < 64 * 2**10  # small on disk, 3 MB unpacked
    before = snapshot(data_dir)
    with pytest.raises(StoreError, match=r"fylder over 1 MB.*Intet er ændret"):
        restore_module.restore(bomb, data_dir, max_member=2**20)
    with pytest.raises(StoreError, match="fylder over 2 MB"):
        restore_module.restore(bomb, data_dir, max_total=2 * 2**20)
    assert snapshot(data_dir) == before
    assert not (data_dir / "damaged").exists()
    assert not list(data_dir.glob("restore-*"))


def test_the_streaming_read_stops_at_the_cap_whatever_the_header_says(tmp_path: Path) -> None:
    archive = tmp_path / "big.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("store.json", b"0" * 300_000)
    written = bytearray()

    class Sink:
        def write(self, chunk: bytes) -> None:
            written.extend(chunk)

    with zipfile.ZipFile(archive) as zf, pytest.raises(StoreError, match="fylder over"):
        restore_module._read_limited(zf, zf.getinfo("store.json"), 100_000, Sink())
    assert len(written) <= 100_000


def test_a_header_that_understates_a_member_is_refused(
    data_dir: Path, three_and_backup: tuple[list[Meeting], Path], tmp_path: Path
) -> None:
    meetings, good = three_and_backup
    big = b'{"meeting":{"1":{"pad":"' + b" " * (3 * 2**20) + b'"}}}'
    lying = rewrite(
        good, tmp_path / "lie.zip", lambda f: f.__setitem__(f"meetings/{meetings[0].id}.json", big)
    )
    raw = bytearray(lying.read_bytes())
    # Patch the declared (uncompressed) size in the local and central headers to 100 bytes.
    real = len(big).to_bytes(4, "little")
    assert raw.count(real) == 2
    raw = raw.replace(real, (100).to_bytes(4, "little"))
    lying.write_bytes(bytes(raw))
    before = snapshot(data_dir)
    with pytest.raises(StoreError, match="Intet er ændret"):
        restore_module.restore(lying, data_dir, max_member=2**20)
    assert snapshot(data_dir) == before


# -- point 3: a restore killed at any step leaves the old or the new data --------------------
def test_a_restore_killed_at_any_step_leaves_the_old_or_the_new_meetings(
    data_dir: Path, make_meeting: MakeMeeting, tmp_path: Path
) -> None:
    new = stored(tmp_path / "source", make_meeting, 3, "Ny")
    with Store.open(tmp_path / "source") as store:
        archive = store.backup(tmp_path / "new.zip")
    old = stored(data_dir, make_meeting, 2, "Gammel")
    with Store.open(data_dir) as store:
        store.record_export(old[0].id, "a" * 64, None, "da", False)
    old_ids, new_ids = {m.id for m in old}, {m.id for m in new}
    committed = False
    for n, step in enumerate(restore_module.STEPS):
        committed = committed or step == "journal"
        folder = tmp_path / f"kill-{n}"
        shutil.copytree(data_dir, folder)
        result = subprocess.run(
            [sys.executable, __file__, str(folder), str(archive), step],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
            check=False,
        )
        assert result.returncode == 86, (step, result.stderr)  # it died at that very step
        expected = new_ids if committed else old_ids
        # `list` opens read-only; it must already see one whole set.
        assert ids(folder, read_only=True) == expected, step
        with Store.open(folder) as store:
            assert {s.id for s in store.list()} == expected, step
            assert store.problems == [], (step, store.problems)
            for meeting_id in expected:
                store.get(meeting_id)
        leftovers = [p.name for p in folder.iterdir() if p.name.startswith("restore-")]
        assert leftovers == [], step
    assert committed


def test_an_open_with_nothing_to_recover_does_not_import_the_restore(
    data_dir: Path, make_meeting: MakeMeeting
) -> None:
    """The window's start opens the store: the restore (zip handling) is imported only when
    a restore left its journal or a staged folder behind (the test above)."""
    stored(data_dir, make_meeting, 1, "Gammel")
    code = (
        "import json, sys\n"
        "from remotework_desktop.core.store import Store\n"
        "Store.open(sys.argv[1]).close()\n"
        "Store.open(sys.argv[1], read_only=True).close()\n"
        "print(json.dumps('remotework_desktop.core.store.restore' in sys.modules))\n"
    )
    assert run_python(code, str(data_dir)) is False


# -- point 4: a full disk does not lock the user out ---------------------------------------------
def test_a_full_disk_still_opens_and_deletes(
    data_dir: Path, make_meeting: MakeMeeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept, last = make_meeting(), make_meeting(company="Sidst gemt")
    with Store.open(data_dir) as store:
        store.save(kept)
        store.record_export(kept.id, "a" * 64, None, "da", False)

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    # The last save wrote the meeting, but not its index entry: the disk was full.
    with Store.open(data_dir) as store:
        monkeypatch.setattr(Store, "_write_shard", full)
        store.save(last)
        store.record_export(last.id, "b" * 64, None, "da", False)
        store.backup(data_dir / "backups" / "auto-20240101-000000.zip")
    monkeypatch.undo()
    # Now every write fails.
    monkeypatch.setattr(store_files, "atomic_write_bytes", full)
    monkeypatch.setattr(store_backups, "atomic_writer", full)
    with Store.open(data_dir) as store:
        assert {s.id for s in store.list()} == {kept.id, last.id}
        assert any("Disken er fuld" in p for p in store.problems), store.problems
        store.delete(last.id)  # frees the space
        assert not (data_dir / "meetings" / f"{last.id}.json").exists()
        assert [s.id for s in store.list()] == [kept.id]
    for archive in (data_dir / "backups").glob("*.zip"):
        assert f"meetings/{last.id}.json" not in zipfile.ZipFile(archive).namelist()
    monkeypatch.undo()
    with Store.open(data_dir) as store:
        assert [s.id for s in store.list()] == [kept.id]
        assert store.exports_for(last.id) == []
        assert len(store.exports_for(kept.id)) == 1
    shards = [json.loads(p.read_bytes()) for p in (data_dir / "index").glob("*.json")]
    assert last.id not in json.dumps(shards)


def test_a_full_disk_message_follows_the_language(
    data_dir: Path, make_meeting: MakeMeeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = make_meeting()
    with Store.open(data_dir) as store:
        store.save(meeting)
    (data_dir / "index").joinpath(f"{store_index.shard_of(meeting.id)}.json").unlink()

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_files, "atomic_write_bytes", full)
    text.set_language("en")
    try:
        with Store.open(data_dir) as store:
            assert any("The disk is full" in p for p in store.problems), store.problems
    finally:
        text.set_language("da")


# -- point 6: delete finds the meeting everywhere; leftovers expire ----------------------------
def test_delete_finds_damaged_copies_and_restore_leftovers(
    data_dir: Path, make_meeting: MakeMeeting
) -> None:
    broken, other = make_meeting(), make_meeting(company="Anden")
    stored_ids = {broken.id, other.id}
    with Store.open(data_dir) as store:
        store.save(broken)
        store.save(other)
    (data_dir / "meetings" / f"{broken.id}.json").write_text("{ødelagt", encoding="utf-8")
    leftover = data_dir / "restore-old-20990101-000000" / "meetings"
    leftover.mkdir(parents=True)
    (leftover / f"{broken.id}.json").write_text("gamle data", encoding="utf-8")
    (leftover / f"{other.id}.json").write_text("gamle data", encoding="utf-8")
    with Store.open(data_dir) as store:
        assert any("restore-old-20990101-000000" in p for p in store.problems)
        assert {s.id for s in store.list()} == {other.id}
    assert any(broken.id in p.name for p in (data_dir / "damaged").iterdir())
    result = run_cli(data_dir, "delete", broken.id, code=None)
    assert result.returncode == 0, result.stderr
    assert f"Slettet: {broken.id}" in result.stdout
    everything = "\n".join(p.as_posix() for p in data_dir.rglob("*"))
    assert broken.id not in everything
    for archive in (data_dir / "backups").glob("*.zip"):
        assert f"meetings/{broken.id}.json" not in zipfile.ZipFile(archive).namelist()
    assert (leftover / f"{other.id}.json").exists()  # someone else's leftover stays
    with Store.open(data_dir) as store:
        with pytest.raises(NotFound):
            store.delete(broken.id)  # now it is nowhere
        assert {s.id for s in store.list()} == stored_ids - {broken.id}


def test_delete_takes_the_meeting_out_of_a_backup_from_before_the_migration(
    data_dir: Path, make_meeting: MakeMeeting
) -> None:
    one, two = make_meeting(), make_meeting(company="Bageriet")
    data_dir.mkdir()
    legacy = {"meetings": {"1": one.model_dump(mode="json"), "2": two.model_dump(mode="json")}}
    (data_dir / "db.json").write_text(json.dumps(legacy), encoding="utf-8")
    with Store.open(data_dir) as store:
        store.delete(one.id)
    (backup,) = (data_dir / "backups").glob("before-migration-v0-*.zip")
    with zipfile.ZipFile(backup) as zf:
        text = zf.read("db.json").decode()
    assert one.id not in text
    assert two.id in text


def test_leftovers_older_than_the_retention_are_removed_on_open(
    data_dir: Path, make_meeting: MakeMeeting
) -> None:
    stored(data_dir, make_meeting, 1, "x")
    old_stamp, new_stamp = "20200101-000000", store_files.stamp()
    made = []
    for stamp in (old_stamp, new_stamp):
        damaged = data_dir / "damaged" / f"{stamp}-meetings-abc.json"
        damaged.parent.mkdir(exist_ok=True)
        (data_dir / "backups").mkdir(exist_ok=True)
        damaged.write_text("x", encoding="utf-8")
        leftover = data_dir / f"restore-old-{stamp}"
        leftover.mkdir()
        (leftover / "store.json").write_text("x", encoding="utf-8")
        before = data_dir / "backups" / f"before-restore-{stamp}.zip"
        before.write_bytes(b"x")
        made.append((damaged, leftover, before))
    auto = data_dir / "backups" / "auto-20200101-000000.zip"
    auto.write_bytes(b"x")
    with Store.open(data_dir):
        pass
    assert not any(p.exists() for p in made[0])
    assert all(p.exists() for p in made[1])
    assert auto.exists()  # automatic backups: the newest 10 are kept, whatever their age


def test_the_readme_states_the_retention() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"deleted {store_backups.RETENTION_DAYS} days after" in readme
    assert f"{store_module.AUTO_BACKUPS_KEPT} automatic daily backups" in readme
    assert f"{restore_module.MAX_MEMBER_BYTES // 2**20} MiB" in readme


if __name__ == "__main__":
    child(*sys.argv[1:4])
