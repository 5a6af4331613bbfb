"""Restoring a backup without ever losing or half-replacing data.

A restore runs in four steps:

1. The archive is streamed into a staging folder ``restore-new-<time>`` inside the data folder,
   each member and the whole capped (a zip bomb is refused, not unpacked).
2. Everything staged is checked: every file's shape, the schema of ``store.json`` and the
   manifest, every meeting read as a Meeting with the checklists it refers to, the number of
   meetings against the manifest. A refusal removes the staging folder: nothing was changed.
3. A journal, ``restore-journal.json``, is written atomically. From then on the restore is
   committed: the old parts move to ``restore-old-<time>``, the staged parts move in.
4. The old parts and the journal are removed (the before-restore backup keeps the old data).

``Store.open`` finishes a restore that was interrupted after step 3 (roll forward: the journal
is idempotent) and removes a staging folder without a journal (the old data never moved). So
after any interruption the next open shows either all the old meetings or all the new ones.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from remotework_desktop import APP_NAME
from remotework_desktop.core.atomic import atomic_write_bytes, fsync_dir
from remotework_desktop.core.store.backups import OLD_PREFIX
from remotework_desktop.core.store.errors import DamagedFile, StoreError, plain_os_error
from remotework_desktop.core.store.files import (
    ARCHIVE_MEMBER_RE,
    MANIFEST_NAME,
    META_TABLE,
    RESTORE_JOURNAL,
    RESTORE_STAGING_PREFIX,
    SCHEMA_VERSION,
    check_file,
    dumps,
    loads,
    open_db,
    private_dir,
    read_doc,
    stamp,
)
from remotework_desktop.core.store.store import Store
from remotework_desktop.core.text import t

# A meeting file with long notes and two drawn signatures is well under 1 MB and the
# exports list grows by ~250 bytes a PDF; a large store (a few hundred meetings) is ~20 MB.
MAX_MEMBER_BYTES = 16 * 2**20  # one file, unpacked: 16 MiB
MAX_TOTAL_BYTES = 2**30  # the whole backup, unpacked: 1 GiB (50x a large store)
MAX_MEMBERS = 100_000
_MANIFEST_MAX = 64 * 2**10
_CHUNK = 64 * 2**10

JOURNAL_NAME = RESTORE_JOURNAL
STAGING_PREFIX = RESTORE_STAGING_PREFIX
# "signed" (kept sealed PDFs, derived, never in a backup) moves out with the old data, so a
# restore leaves none of a meeting the restored data does not hold.
SWAP_NAMES = (
    "meetings",
    "definitions",
    "index",
    "store.json",
    "exports.json",
    "db.json",
    "signed",
)

# Fault injection for the crash tests: the name of the step after which the process dies.
CRASH_AT: str | None = None
STEPS = (
    "staging",  # the first member is staged
    "staged",  # everything is staged and checked; no journal yet
    "before-backup",  # the before-restore backup is written
    "journal",
    *(f"old:{name}" for name in SWAP_NAMES),
    *(f"new:{name}" for name in SWAP_NAMES),
    "swapped",
    "cleaned",  # old data removed, journal not yet
)
_CRASH_EXIT = 86


def _step(name: str) -> None:
    if name == CRASH_AT:
        os._exit(_CRASH_EXIT)


class RestoreShrinks(StoreError):
    """The backup holds fewer meetings than the data folder now: ask before replacing."""

    def __init__(self, now: int, incoming: int) -> None:
        super().__init__(t("backups.restore_shrinks", incoming=incoming, now=now))
        self.now = now
        self.incoming = incoming


def _refuse(key: str, **values: object) -> StoreError:
    return StoreError(t("backups.nothing_changed", reason=t(key, **values)))


def _damaged(name: str, reason: str) -> StoreError:
    return _refuse("backups.damaged", name=name, reason=reason)


def _too_big(name: str, limit: int) -> StoreError:
    mb = limit // 2**20
    return _refuse("backups.too_big", name=name, mb=mb)


# -- step 1: read and stage -----------------------------------------------------------------
def _not_ours(archive: Path) -> StoreError:
    return _refuse("backups.not_ours", archive=archive)


def _read_limited(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, out: Any) -> int:
    """Copy one member to ``out`` (a file or None) in chunks; _too_big past ``limit``."""
    size = 0
    with zf.open(info) as src:
        while chunk := src.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise _too_big(info.filename, limit)
            if out is not None:
                out.write(chunk)
    return size


def _manifest(zf: zipfile.ZipFile, archive: Path) -> dict[str, Any]:
    try:
        info = zf.getinfo(MANIFEST_NAME)
    except KeyError as exc:
        raise _not_ours(archive) from exc

    class _Buf(list):  # type: ignore[type-arg]
        def write(self, chunk: bytes) -> None:
            self.append(chunk)

    buf = _Buf()
    _read_limited(zf, info, _MANIFEST_MAX, buf)
    manifest = json.loads(b"".join(buf))
    if not isinstance(manifest, dict) or manifest.get("app") != APP_NAME:
        raise _not_ours(archive)
    schema = manifest.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 0:
        raise _damaged(MANIFEST_NAME, t("backups.no_version_number"))
    if schema > SCHEMA_VERSION:
        raise _newer()
    count = manifest.get("meetings")
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        raise _damaged(MANIFEST_NAME, t("backups.no_meeting_count"))
    return manifest


def _newer() -> StoreError:
    return _refuse("backups.newer")


def _members(zf: zipfile.ZipFile, archive: Path, max_member: int, max_total: int) -> list[Any]:
    infos = [i for i in zf.infolist() if i.filename != MANIFEST_NAME and not i.is_dir()]
    if len(infos) > MAX_MEMBERS:
        raise _too_big(archive.name, max_total)
    names = [i.filename for i in infos]
    if len(set(names)) != len(names) or not all(ARCHIVE_MEMBER_RE.match(n) for n in names):
        raise _not_ours(archive)
    # The declared sizes refuse an obvious bomb early; the streaming copy enforces the caps.
    declared = 0
    for info in infos:
        if info.file_size > max_member:
            raise _too_big(info.filename, max_member)
        declared += info.file_size
        if declared > max_total:
            raise _too_big(archive.name, max_total)
    return infos


def _stage(
    zf: zipfile.ZipFile, infos: list[Any], staging: Path, max_member: int, max_total: int
) -> None:
    total = 0
    for info in infos:
        target = staging / info.filename
        private_dir(target.parent)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            size = _read_limited(zf, info, min(max_member, max_total - total), out)
            out.flush()
            os.fsync(out.fileno())
        total += size
        _step("staging")
    for folder in {staging / i.filename for i in infos}:
        fsync_dir(folder.parent)
    fsync_dir(staging)


# -- step 2: check everything staged ------------------------------------------------------
def _check_staged(staging: Path, manifest: dict[str, Any]) -> int:
    """Every staged part is usable; return the number of meetings. StoreError if not."""
    from remotework_desktop.core.meetings import MeetingError, meeting_from_dict

    for path in sorted(p for p in staging.rglob("*.json") if p.is_file()):
        name = path.relative_to(staging).as_posix()
        try:
            check_file(path)
        except DamagedFile as exc:
            raise _damaged(name, exc.reason) from exc
    schema = manifest["schema"]
    meta_path = staging / "store.json"
    if meta_path.exists():
        try:
            meta = read_doc(meta_path, META_TABLE)
        except DamagedFile as exc:
            raise _damaged("store.json", exc.reason) from exc
        inner = (meta or {}).get("schema")
        if not isinstance(inner, int) or isinstance(inner, bool) or inner < 0:
            raise _damaged("store.json", t("backups.no_version_number"))
        if inner > SCHEMA_VERSION:
            raise _newer()
        if inner != schema:
            raise _damaged(
                "store.json",
                t("backups.version_mismatch", inner=inner, schema=schema),
            )
    # A probe on the staging folder reads meetings and checklists the way the store does.
    probe = Store(staging, read_only=True)
    for path in sorted(probe._definitions_dir.glob("*.json")):
        try:
            probe._definition(path.stem)
        except (DamagedFile, StoreError) as exc:
            raise _damaged(f"definitions/{path.name}", str(exc)) from exc
    count = 0
    for path in sorted(probe._meetings_dir.glob("*.json")):
        try:
            meeting = probe._read_meeting(path, attach=True)
            if meeting.id != path.stem:
                raise DamagedFile(t("store.id_not_filename"))
        except DamagedFile as exc:
            raise _damaged(f"meetings/{path.name}", exc.reason) from exc
        except StoreError as exc:
            raise _damaged(f"meetings/{path.name}", str(exc)) from exc
        count += 1
    legacy = staging / "db.json"
    if legacy.exists():  # a backup taken before the migration from schema 0
        with open_db(legacy, read_only=True) as db:
            for name in sorted(db.tables()):
                for doc in db.table(name, cache_size=0).all():
                    try:
                        meeting_from_dict(dict(doc))
                    except MeetingError as exc:
                        raise _damaged(f"db.json #{doc.doc_id}", str(exc)) from exc
                    count += 1
    if count < manifest["meetings"]:
        raise _refuse("backups.fewer_readable", count=count, listed=manifest["meetings"])
    return count


# -- steps 3 and 4: the journal ---------------------------------------------------------------
def _free_name(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.{n}")
    return candidate


def _roll_forward(folder: Path, journal: dict[str, Any]) -> None:
    """Finish a committed restore from wherever it stopped; safe to run again."""
    old = folder / str(journal["old"])
    new = folder / str(journal["new"])
    incoming = set(journal["names"])
    private_dir(old)
    for name in SWAP_NAMES:
        here = folder / name
        # A part in place is old unless it is a new one already moved in.
        if here.exists() and (name not in incoming or (new / name).exists()):
            os.replace(here, _free_name(old / name))
        _step(f"old:{name}")
    fsync_dir(folder)
    fsync_dir(old)
    for name in SWAP_NAMES:
        if name in incoming and (new / name).exists():
            os.replace(new / name, folder / name)
        _step(f"new:{name}")
    fsync_dir(folder)
    _step("swapped")
    shutil.rmtree(old)
    shutil.rmtree(new, ignore_errors=True)
    _step("cleaned")
    (folder / JOURNAL_NAME).unlink()
    fsync_dir(folder)


def recover(folder: Path) -> None:
    """On open, with the lock held: finish a committed restore, drop an uncommitted one."""
    journal_path = folder / JOURNAL_NAME
    if journal_path.exists():
        try:
            journal = loads(journal_path.read_bytes())
            _roll_forward(folder, journal)
        except (ValueError, UnicodeDecodeError, KeyError, TypeError) as exc:
            raise StoreError(t("backups.journal_unreadable", journal=JOURNAL_NAME)) from exc
    with os.scandir(folder) as entries:
        stray = [e.path for e in entries if e.name.startswith(STAGING_PREFIX) and e.is_dir()]
    for path in stray:  # staged, never committed: the old data never moved
        shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def _checked_archive(
    archive: Path, max_member: int, max_total: int
) -> Iterator[tuple[zipfile.ZipFile, dict[str, Any], list[Any]]]:
    """The open zip, its manifest and its members, checked before the store is touched."""
    archive = Path(archive)
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, ValueError) as exc:
        raise _not_ours(archive) from exc
    except OSError as exc:
        raise StoreError(plain_os_error(exc, "læse")) from exc
    with zf:
        try:
            manifest = _manifest(zf, archive)
            infos = _members(zf, archive, max_member, max_total)
        except (zipfile.BadZipFile, ValueError, UnicodeDecodeError, EOFError) as exc:
            raise _not_ours(archive) from exc
        yield zf, manifest, infos


def restore(
    archive: Path,
    folder: Path | str | None = None,
    *,
    replace: bool = False,
    max_member: int = MAX_MEMBER_BYTES,
    max_total: int = MAX_TOTAL_BYTES,
) -> int:
    """Replace the store in ``folder`` with a backup; return how many meetings it holds.

    Refuses (StoreError, nothing changed) a file that is not one of our backups, a damaged
    or oversized one, and (RestoreShrinks) one with fewer meetings than now unless ``replace``.
    """
    with (
        _checked_archive(archive, max_member, max_total) as checked,
        Store.open(folder) as store,
    ):
        return _restore_open(store, checked, replace, max_member, max_total)


def restore_open(
    store: Store,
    archive: Path,
    *,
    replace: bool = False,
    max_member: int = MAX_MEMBER_BYTES,
    max_total: int = MAX_TOTAL_BYTES,
) -> int:
    """``restore`` into a store the caller (the window) has open; it is reloaded after."""
    store._check_writable()
    with _checked_archive(archive, max_member, max_total) as checked:
        return _restore_open(store, checked, replace, max_member, max_total)


def _restore_open(
    store: Store,
    checked: tuple[zipfile.ZipFile, dict[str, Any], list[Any]],
    replace: bool,
    max_member: int,
    max_total: int,
) -> int:
    zf, manifest, infos = checked
    with store._lock:
        store._check_open()
        store._join_backup()  # the day's backup must not read folders while they move
        _restore_into(store, zf, manifest, infos, replace, max_member, max_total)
        try:
            _reload(store)
        except OSError as exc:
            raise StoreError(plain_os_error(exc, "åbne")) from exc
        return len(store._index)


def _reload(store: Store) -> None:
    """Read the restored parts as ``Store.open`` does (a backup from schema 0 is migrated)."""
    version = store._read_schema()
    for sub in (store._meetings_dir, store._definitions_dir, store._index_dir):
        private_dir(sub)
    if version < SCHEMA_VERSION:
        store._migrate(version)
    store._load_index()
    store._check_exports()


def _restore_into(
    store: Store,
    zf: zipfile.ZipFile,
    manifest: dict[str, Any],
    infos: list[Any],
    replace: bool,
    max_member: int,
    max_total: int,
) -> None:
    when = stamp()
    staging = _free_name(store.folder / f"{STAGING_PREFIX}{when}")
    try:
        private_dir(staging)
        _stage(zf, infos, staging, max_member, max_total)
        count = _check_staged(staging, manifest)
        now = len(store._index)
        if count < now and not replace:
            raise RestoreShrinks(now, count)
        _step("staged")
        if store._backup_members():
            private_dir(store._backups_dir)
            store._write_zip(store._backups_dir / f"before-restore-{when}.zip")
        _step("before-backup")
        journal = {
            "old": _free_name(store.folder / f"{OLD_PREFIX}{when}").name,
            "new": staging.name,
            "names": sorted(p.name for p in staging.iterdir()),
        }
        atomic_write_bytes(store.folder / JOURNAL_NAME, dumps(journal))
    except (zipfile.BadZipFile, EOFError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise _damaged(zf.filename or "zip", str(exc)) from exc
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise StoreError(
            t("backups.os_error_unchanged", error=plain_os_error(exc, "gendanne"))
        ) from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _step("journal")
    try:
        _roll_forward(store.folder, journal)
    except OSError as exc:
        raise StoreError(
            t("backups.os_error_finish_later", error=plain_os_error(exc, "gendanne"))
        ) from exc
    finally:
        store._index.clear()
        store._shards.clear()
        store._dirty_shards.clear()
        store._definitions.clear()
        store._definition_files.clear()
