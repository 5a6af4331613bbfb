"""The crash-safe store: TinyDB files in the data folder, written atomically, one per meeting.

Layout of the data folder (schema version 1)::

    store.json                 schema version and store metadata
    store.lock                 held (flock/msvcrt) by the one program that may write
    meetings/<id>.json         one meeting, without its checklist snapshots
    definitions/<digest>.json  checklist snapshots, content-addressed, written once, shared
    index/<xx>.json            256 shards of meeting summaries, for listing without reading
                               every meeting; each entry carries the meeting file's
                               size/mtime_ns/inode so the index heals itself on open
    exports.json               SHA-256 of every exported PDF
    backups/*.zip              rolling daily backups and backups taken before a migration
    damaged/<time>-<name>      files that could not be read, kept aside (never deleted)

Every file is in TinyDB's format ({table: {doc_id: document}}) and is written through
``AtomicJSONStorage``, so a crash leaves either the old or the new file, never a torn one.
Saving one meeting writes its own small file, plus one small index shard only when the
meeting's summary changed, so it costs the same with ten meetings stored as with 10,000.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import re
import shutil
import sys
import threading
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from tinydb import Query, TinyDB
from tinydb.storages import Storage

from remotework_desktop import APP_NAME
from remotework_desktop.core import paths
from remotework_desktop.core.atomic import (
    atomic_write_bytes,
    atomic_writer,
    failure_kind,
    fsync_dir,
    is_temp_name,
)
from remotework_desktop.core.messages import say

# The meeting model (pydantic) is imported where a meeting is read or written, not here:
# opening the store and listing summaries must not pay for building the models, which is
# most of the program's start-up time otherwise.
if TYPE_CHECKING:
    from remotework_desktop.core.meetings import Meeting

SCHEMA_VERSION = 1
AUTO_BACKUPS_KEPT = 10
MANIFEST_NAME = "remotework-backup.json"

_MEETING_TABLE = "meeting"
_DEFINITION_TABLE = "definition"
_INDEX_TABLE = "index"
_META_TABLE = "store"
_EXPORTS_TABLE = "exports"
# Lower-case only: ids become file names, and some file systems ignore case.
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_DIGEST_RE = re.compile(r"^[0-9a-f]{64}$")
_SHARD_RE = re.compile(r"^[0-9a-f]{2}\.json$")
_AUTO_RE = re.compile(r"^auto-(\d{8})-\d{6}(?:-\d+)?\.zip$")
_ARCHIVE_MEMBER_RE = re.compile(
    r"^(store\.json|exports\.json|db\.json|meetings/[a-z0-9][a-z0-9_-]{0,63}\.json"
    r"|definitions/[0-9a-f]{64}\.json)$"
)
_NOT_SAVED = "Den tidligere gemte udgave er uændret."


class StoreError(Exception):
    """Something went wrong with the stored data; the message is plain Danish for the user."""


class StoreLocked(StoreError):
    """Another running copy of the program has the data folder open for writing."""


class StoreReadOnly(StoreError):
    """The store was opened read-only, so it cannot save or delete."""


class NotFound(StoreError):
    """No meeting with that id (or id prefix) is stored."""


class DamagedFile(Exception):
    """A stored file cannot be used; ``reason`` says why in plain Danish."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# -- the TinyDB storage -------------------------------------------------------------------
def _dumps(data: Any) -> bytes:
    # surrogatepass: a lone surrogate pasted into a note round-trips instead of failing the save.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8", "surrogatepass"
    )


def _loads(raw: bytes) -> Any:
    return json.loads(raw.decode("utf-8", "surrogatepass"))


def _check_shape(data: Any) -> dict[str, dict[str, Any]]:
    """TinyDB's shape, {table: {doc_id: document}}, or DamagedFile."""
    if not isinstance(data, dict) or not all(
        isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values())
        for table in data.values()
    ):
        raise DamagedFile("filen har ikke den forventede opbygning")
    return data


def _read_tables(path: Path | str) -> dict[str, dict[str, Any]] | None:
    """A file's tables; None if it does not exist, DamagedFile if it is unusable.

    Takes a plain string too: opening the store reads 256 index shards, and making Path
    objects for them costs more than reading them.
    """
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError:
        return None
    try:
        data = _loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise DamagedFile("filen er ikke gyldig JSON") from exc
    return _check_shape(data)


class AtomicJSONStorage(Storage):
    """A TinyDB storage that replaces its whole file atomically and durably on every write.

    Reading a file that is not valid JSON, or not in TinyDB's shape, raises ``DamagedFile``
    instead of silently starting empty, so the store can set it aside and report it.
    """

    def __init__(self, path: Path | str, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only

    def read(self) -> dict[str, dict[str, Any]] | None:
        return _read_tables(self.path)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self.read_only:
            raise StoreReadOnly("Dataene er åbnet skrivebeskyttet og kan ikke ændres.")
        atomic_write_bytes(self.path, _dumps(data))

    def close(self) -> None:
        """Nothing stays open between reads and writes."""


def _read_single(path: Path, table: str) -> dict[str, Any] | None:
    """The one document of a one-document file; None if the file does not exist."""
    data = AtomicJSONStorage(path).read()
    if data is None:
        return None
    doc = data.get(table, {}).get("1")
    if doc is None:
        raise DamagedFile("filen har ikke den forventede opbygning")
    return doc


def _write_single(path: Path, table: str, doc: dict[str, Any]) -> None:
    # Written directly: TinyDB's Table would read the file first only to replace its one doc.
    AtomicJSONStorage(path).write({table: {"1": doc}})


# -- small helpers ------------------------------------------------------------------------
def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _stamp(when: dt.datetime | None = None) -> str:
    return (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")


def _shard_of(meeting_id: str) -> str:
    # A hash, not the id's own first letters, so shards stay even whatever ids look like.
    return hashlib.sha256(meeting_id.encode("utf-8")).hexdigest()[:2]


def _sort_key(summary: dict[str, Any]) -> tuple[str, str]:
    return str(summary.get("meeting_date") or ""), str(summary.get("updated_at") or "")


_DOING_EN = {
    "gemme": "save",
    "læse": "read",
    "slette": "delete",
    "åbne": "open",
    "gendanne": "restore",
    "sikkerhedskopiere": "back up",
}


def plain_os_error(exc: OSError, doing: str = "gemme") -> str:
    """A plain sentence for a failed file operation, for the user (Danish or English).

    ``doing`` is the Danish verb (gemme, læse, slette, åbne, gendanne, sikkerhedskopiere).
    """
    doing_en = _DOING_EN.get(doing, "use")
    kind = failure_kind(exc)
    if kind == "full":
        return say(
            f"Disken er fuld, så programmet kunne ikke {doing} dataene. Frigør plads, og "
            "prøv igen.",
            f"The disk is full, so the program could not {doing_en} the data. Free some space "
            "and try again.",
        )
    if kind == "denied":
        where = f" ({exc.filename})" if exc.filename else ""
        return say(
            f"Programmet har ikke lov til at skrive i datamappen{where}, så det kunne ikke "
            f"{doing} dataene.",
            f"The program may not write in the data folder{where}, so it could not "
            f"{doing_en} the data.",
        )
    reason = exc.strerror or str(exc)
    return say(
        f"Programmet kunne ikke {doing} dataene ({reason}).",
        f"The program could not {doing_en} the data ({reason}).",
    )


def _lock_file(fd: int) -> None:
    """Take an exclusive, non-blocking lock on an open file; OSError if someone holds it."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock_file(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _not_a_folder(folder: Path) -> str | None:
    """A plain message if ``folder``, or a folder above it, already exists as something else."""
    for path in (folder, *folder.parents):
        if path.is_dir():
            return None
        if os.path.lexists(path):
            return say(
                f"Datamappen kan ikke bruges: {path} findes allerede, men er en fil og ikke en "
                "mappe. Vælg en anden datamappe, eller flyt filen.",
                f"The data folder cannot be used: {path} already exists, but it is a file and "
                "not a folder. Choose another data folder, or move the file.",
            )
    return None


def _private_dir(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name != "nt":  # mkdir's mode is cut by the umask; make sure it is owner-only.
        folder.chmod(0o700)


# -- migrations ---------------------------------------------------------------------------
def _migrate_0_to_1(store: Store) -> None:
    """Version 0 was one TinyDB file, ``db.json``, holding every meeting with its snapshots."""
    legacy = store.folder / "db.json"
    if not legacy.exists():
        return
    from remotework_desktop.core.meetings import MeetingError, meeting_from_dict

    try:
        data = _loads(legacy.read_bytes())
        if not isinstance(data, dict):
            raise DamagedFile("filen har ikke den forventede opbygning")
    except (ValueError, UnicodeDecodeError, DamagedFile) as exc:
        reason = exc.reason if isinstance(exc, DamagedFile) else "filen er ikke gyldig JSON"
        store._set_aside(legacy, reason)
        return
    for table_name, table in data.items():
        docs = table.items() if isinstance(table, dict) else [("?", table)]
        for doc_id, doc in docs:
            try:
                if not isinstance(doc, dict):
                    raise MeetingError("Mødedata er beskadigede (ikke et møde).")
                meeting = meeting_from_dict(doc)
                store._check_id(meeting.id)
                store._write_meeting_files(meeting)
            except (MeetingError, StoreError) as exc:
                name = f"db.json-{table_name}-{doc_id}.json"
                dest = store._keep_aside_bytes(name, _dumps(doc))
                store.problems.append(
                    f"Et møde i den gamle datafil kunne ikke flyttes over ({exc}). "
                    f"Det er gemt i {dest} og er ikke slettet."
                )
    # The backup taken before the migration holds db.json; keeping it live would leave
    # deleted meetings' text in a live file.
    legacy.unlink()
    fsync_dir(store.folder)


# version -> function that lifts a store from that version to the next one.
MIGRATIONS: dict[int, Callable[[Store], None]] = {0: _migrate_0_to_1}


# -- the store ----------------------------------------------------------------------------
class Store:
    """The meetings in one data folder. Open with ``Store.open``; close when done."""

    folder: Path
    read_only: bool
    problems: list[str]

    def __init__(self, folder: Path, read_only: bool = False) -> None:
        """Use ``Store.open``; this only sets up an unopened store."""
        self.folder = folder
        self.read_only = read_only
        self.problems = []
        self._lock = threading.RLock()
        self._lock_fd: int | None = None
        self._closed = False
        self._index: dict[str, dict[str, Any]] = {}
        self._shards: dict[str, set[str]] = {}
        self._dirty_shards: set[str] = set()
        self._definitions: dict[str, dict[str, Any]] = {}
        self._definition_files: set[str] = set()
        self._backup_thread: threading.Thread | None = None

    # -- folders --------------------------------------------------------------------------
    @property
    def _meetings_dir(self) -> Path:
        return self.folder / "meetings"

    @property
    def _definitions_dir(self) -> Path:
        return self.folder / "definitions"

    @property
    def _index_dir(self) -> Path:
        return self.folder / "index"

    @property
    def _backups_dir(self) -> Path:
        return self.folder / "backups"

    @property
    def _damaged_dir(self) -> Path:
        return self.folder / "damaged"

    def _meeting_path(self, meeting_id: str) -> Path:
        return self._meetings_dir / f"{meeting_id}.json"

    # -- opening and closing --------------------------------------------------------------
    @classmethod
    def open(cls, folder: Path | str | None = None, *, read_only: bool = False) -> Store:
        """Open the data folder (default: ``paths.data_dir()``), taking the writer's lock.

        Raises StoreLocked if another copy of the program writes to it (unless read_only),
        and StoreError if it was made by a newer version of the program.
        """
        store = cls(paths.data_dir(folder), read_only)
        try:
            store._start()
        except BaseException:
            store.close()
            raise
        return store

    def _start(self) -> None:
        problem = _not_a_folder(self.folder)
        if problem:
            raise StoreError(problem)
        try:
            from remotework_desktop.core import backups

            if not self.read_only:
                _private_dir(self.folder)
                self._take_lock()
                backups.recover(self.folder)  # before anything reads or makes a part
            elif backups.needs_recovery(self.folder):
                self._recover_read_only()
            version = self._read_schema()
            if version > SCHEMA_VERSION:
                raise StoreError(
                    "Dataene er gemt af en nyere version af programmet og kan ikke åbnes af "
                    "denne version. Opdatér programmet. Dataene er ikke ændret."
                )
            if not self.read_only:
                for sub in (self._meetings_dir, self._definitions_dir, self._index_dir):
                    _private_dir(sub)
                self._remove_temp_files()
                backups.sweep(self)
            if version < SCHEMA_VERSION:
                if self.read_only:
                    raise StoreError(
                        "Dataene skal først opdateres til denne version af programmet. "
                        "Luk det andet vindue, og åbn dem igen."
                    )
                self._migrate(version)
            self._load_index()
            self._check_exports()
            if not self.read_only:
                self._start_auto_backup()
        except OSError as exc:
            raise StoreError(plain_os_error(exc, "åbne")) from exc

    def _take_lock(self) -> None:
        fd = os.open(self.folder / "store.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock_file(fd)
        except OSError as exc:
            os.close(fd)
            raise StoreLocked(
                say(
                    "Dataene bruges allerede af et andet vindue af programmet. Luk det andet "
                    "vindue, eller åbn dataene skrivebeskyttet for kun at læse dem.",
                    "The data is already in use by another window of the program. Close the "
                    "other window, or open the data read-only to only read it.",
                )
            ) from exc
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
        self._lock_fd = fd

    def _recover_read_only(self) -> None:
        """An interrupted restore is finished first, if no other window has the data open."""
        from remotework_desktop.core import backups

        self._take_lock()  # StoreLocked: the window that has it finishes the restore
        try:
            backups.recover(self.folder)
        finally:
            fd, self._lock_fd = self._lock_fd, None
            if fd is not None:
                with contextlib.suppress(OSError):
                    _unlock_file(fd)
                os.close(fd)

    def close(self) -> None:
        """Finish the background backup, write any pending index change and release the lock."""
        self._join_backup()
        with self._lock:
            if self._closed:
                return
            self._closed = True
            if not self.read_only and self._lock_fd is not None:
                with contextlib.suppress(OSError):
                    self._flush_shards()
            if self._lock_fd is not None:
                with contextlib.suppress(OSError):
                    _unlock_file(self._lock_fd)
                os.close(self._lock_fd)
                self._lock_fd = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError("Dataene er lukket. Åbn dem igen.")

    def _check_writable(self) -> None:
        self._check_open()
        if self.read_only:
            raise StoreReadOnly(
                "Dataene er åbnet skrivebeskyttet, fordi et andet vindue af programmet bruger "
                "dem. Ændringer kan ikke gemmes her."
            )

    def _check_id(self, meeting_id: str) -> None:
        if not isinstance(meeting_id, str) or not _ID_RE.match(meeting_id):
            raise StoreError(f"'{meeting_id}' er ikke et gyldigt mødenummer.")

    def _remove_temp_files(self) -> None:
        """Temp files are only ever left by a crash; with the lock held no write is running."""
        for folder in (
            self.folder,
            self._meetings_dir,
            self._definitions_dir,
            self._index_dir,
            self._backups_dir,
            self._damaged_dir,
        ):
            if not folder.is_dir():
                continue
            with os.scandir(folder) as entries:
                for entry in entries:
                    if is_temp_name(entry.name):
                        if entry.is_dir(follow_symlinks=False):
                            shutil.rmtree(entry.path, ignore_errors=True)
                        else:
                            with contextlib.suppress(OSError):
                                os.unlink(entry.path)

    # -- schema and migrations ------------------------------------------------------------
    def _read_schema(self) -> int:
        meta_path = self.folder / "store.json"
        meta: dict[str, Any] | None = None
        try:
            meta = _read_single(meta_path, _META_TABLE)
        except DamagedFile as exc:
            self._set_aside(meta_path, exc.reason)
        if meta is not None:
            schema = meta.get("schema")
            if isinstance(schema, int) and not isinstance(schema, bool) and schema >= 0:
                return schema
            self._set_aside(meta_path, "versionsnummeret mangler")
        # No usable store.json: a legacy single-file store, or a new (or re-described) one.
        if (self.folder / "db.json").exists() and not any(self._meetings_dir.glob("*.json")):
            return 0
        if not self.read_only:
            self._write_meta(SCHEMA_VERSION)
        return SCHEMA_VERSION

    def _write_meta(self, schema: int) -> None:
        _write_single(
            self.folder / "store.json",
            _META_TABLE,
            {"app": APP_NAME, "schema": schema, "written_at": _now().isoformat()},
        )

    def _migrate(self, version: int) -> None:
        """Back up the whole store, then lift it one version at a time."""
        _private_dir(self._backups_dir)
        target = self._backups_dir / f"before-migration-v{version}-{_stamp()}.zip"
        self._write_zip(target, version)
        self.problems.append(
            f"Dataene er opdateret til den nye version. En sikkerhedskopi af de gamle data "
            f"ligger i {target}."
        )
        for v in range(version, SCHEMA_VERSION):
            MIGRATIONS[v](self)
            self._write_meta(v + 1)

    # -- damaged files --------------------------------------------------------------------
    def _rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.folder).as_posix()
        except ValueError:
            return str(path)

    def _damaged_target(self, name: str) -> Path:
        _private_dir(self._damaged_dir)
        base = f"{_stamp()}-{name}"
        dest = self._damaged_dir / base
        n = 1
        while dest.exists():
            n += 1
            dest = self._damaged_dir / f"{base}.{n}"
        return dest

    def _set_aside(self, path: Path, reason: str) -> None:
        """Move a file that cannot be used to damaged/ and report it; never delete it."""
        rel = self._rel(path)
        if self.read_only:
            self.problems.append(
                f"Filen {rel} kunne ikke læses ({reason}). Den er ikke ændret; åbn dataene "
                f"normalt for at få den lagt til side."
            )
            return
        dest = self._damaged_target(rel.replace("/", "-"))
        os.replace(path, dest)
        fsync_dir(path.parent)
        fsync_dir(dest.parent)
        self.problems.append(
            f"Filen {rel} kunne ikke læses ({reason}). Den er flyttet til {dest} og er ikke "
            f"slettet. Resten af dataene er åbnet som normalt."
        )

    def _keep_aside_bytes(self, name: str, data: bytes) -> Path:
        dest = self._damaged_target(name)
        atomic_write_bytes(dest, data)
        return dest

    # -- the index ------------------------------------------------------------------------
    def _load_index(self) -> None:
        """Read the index shards, then heal them against the meeting files by one scandir."""
        index: dict[str, dict[str, Any]] = {}
        shard_of: dict[str, str] = {}  # from the shard file's name: no hash per entry
        dirty: set[str] = set()
        if self._index_dir.is_dir():
            with os.scandir(self._index_dir) as entries:
                shard_files = sorted((e.name, e.path) for e in entries if _SHARD_RE.match(e.name))
            for name, shard_path in shard_files:
                try:
                    docs = (_read_tables(shard_path) or {}).get(_INDEX_TABLE, {})
                except DamagedFile as exc:
                    self._set_aside(Path(shard_path), exc.reason)
                    self.problems.append(
                        "Oversigten over møderne er bygget op igen ud fra møderne selv."
                    )
                    continue
                for doc in docs.values():
                    if _valid_entry(doc):
                        index[doc["id"]] = doc
                        shard_of[doc["id"]] = name[:2]
                    else:
                        dirty.add(name[:2])  # a bad entry is re-read from its meeting file
        seen: set[str] = set()
        if self._meetings_dir.is_dir():
            with os.scandir(self._meetings_dir) as entries:
                files = [e for e in entries if e.name.endswith(".json")]
            for entry in files:
                if is_temp_name(entry.name):
                    continue
                meeting_id = entry.name[: -len(".json")]
                if not _ID_RE.match(meeting_id):
                    self._set_aside(Path(entry.path), "filnavnet er ikke et mødenummer")
                    continue
                st = entry.stat()
                known = index.get(meeting_id)
                if known is not None and _same_file(known, st):
                    seen.add(meeting_id)
                    continue
                # A Path per file only off the fast path: making 1,000 of them costs more
                # than the stat calls.
                path = Path(entry.path)
                try:
                    meeting = self._read_meeting(path, attach=False)
                    if meeting.id != meeting_id:
                        raise DamagedFile("mødets nummer passer ikke med filnavnet")
                except FileNotFoundError:  # removed since the scandir: nothing to index
                    continue
                except DamagedFile as exc:
                    self._set_aside(path, exc.reason)
                    continue
                seen.add(meeting_id)
                index[meeting_id] = _entry(meeting, st)
                shard_of[meeting_id] = _shard_of(meeting_id)
                dirty.add(shard_of[meeting_id])
        for gone in set(index) - seen:
            del index[gone]
            dirty.add(shard_of.pop(gone))
        self._index = index
        self._shards = {}
        for meeting_id, shard in shard_of.items():
            self._shards.setdefault(shard, set()).add(meeting_id)
        self._dirty_shards = dirty
        if not self.read_only:
            self._flush_pending()

    def _flush_pending(self) -> None:
        """Write the changed index shards; on a full disk they stay pending (retried later)."""
        try:
            self._flush_shards()
        except OSError as exc:
            self.problems.append(
                say(
                    "Oversigten over møderne kunne ikke opdateres "
                    f"({plain_os_error(exc, 'gemme')}) Det sker, når der er plads igen; "
                    "møderne selv er uændrede.",
                    f"The list of meetings could not be updated ({plain_os_error(exc, 'gemme')}) "
                    "It is done once there is room again; the meetings themselves are unchanged.",
                )
            )

    def _flush_shards(self) -> None:
        for shard in sorted(self._dirty_shards):
            self._write_shard(shard)
            self._dirty_shards.discard(shard)

    def _write_shard(self, shard: str) -> None:
        path = self._index_dir / f"{shard}.json"
        members = sorted(self._shards.get(shard, ()))
        if not members:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                fsync_dir(self._index_dir)
            return
        docs = {str(n): self._index[m] for n, m in enumerate(members, start=1)}
        AtomicJSONStorage(path).write({_INDEX_TABLE: docs})

    def _set_entry(self, meeting_id: str, entry: dict[str, Any] | None) -> str:
        shard = _shard_of(meeting_id)
        if entry is None:
            self._index.pop(meeting_id, None)
            self._shards.get(shard, set()).discard(meeting_id)
        else:
            self._index[meeting_id] = entry
            self._shards.setdefault(shard, set()).add(meeting_id)
        return shard

    # -- reading meetings -----------------------------------------------------------------
    def _read_record(self, path: Path) -> dict[str, Any] | None:
        return _read_single(path, _MEETING_TABLE)

    def _read_meeting(self, path: Path, *, attach: bool) -> Meeting:
        """Read and validate one meeting file; DamagedFile if it is unusable."""
        record = self._read_record(path)
        if record is None:
            raise FileNotFoundError(errno.ENOENT, "no such meeting", str(path))
        if attach:
            record = dict(record)
            snapshots = dict(record.get("snapshots") or {})
            for ref in record.get("checklists") or []:
                if isinstance(ref, dict) and ref.get("id") not in snapshots:
                    snapshots[ref.get("id")] = self._definition(str(ref.get("digest")))
            record["snapshots"] = snapshots
        from remotework_desktop.core.meetings import MeetingError, meeting_from_dict

        try:
            return meeting_from_dict(record)
        except MeetingError as exc:
            raise DamagedFile(str(exc)) from exc

    def _definition(self, digest: str) -> dict[str, Any]:
        """A checklist snapshot by its digest, checked against the digest once per session."""
        if digest in self._definitions:
            return self._definitions[digest]
        if not _DIGEST_RE.match(digest):
            raise DamagedFile("henvisningen til tjeklisten er ugyldig")
        path = self._definitions_dir / f"{digest}.json"
        from remotework_desktop.core.checklists import canonical_digest

        try:
            doc = _read_single(path, _DEFINITION_TABLE)
            if doc is not None and (
                not isinstance(doc.get("snapshot"), dict)
                or canonical_digest(doc["snapshot"]) != digest
            ):
                raise DamagedFile("tjeklisten stemmer ikke med sit fingeraftryk")
        except DamagedFile as exc:
            self._set_aside(path, exc.reason)
            self._definition_files.discard(digest)
            doc = None
        if doc is None:
            raise StoreError(
                f"Tjeklisten, som mødet bygger på, mangler i datamappen ({self._rel(path)}). "
                "Gendan den fra en sikkerhedskopi."
            )
        self._definitions[digest] = doc["snapshot"]
        self._definition_files.add(digest)
        return doc["snapshot"]

    # -- public reading -------------------------------------------------------------------
    def list(self) -> list[dict[str, Any]]:
        """Every meeting's summary, newest meeting date first (ties: newest change first)."""
        with self._lock:
            self._check_open()
            summaries = [dict(e["summary"]) for e in self._index.values()]
        summaries.sort(key=_sort_key, reverse=True)
        return summaries

    def get(self, meeting_id: str) -> Meeting:
        """The whole meeting with its checklist snapshots; NotFound if it is not stored."""
        if not isinstance(meeting_id, str) or not _ID_RE.match(meeting_id):
            raise NotFound(f"Der findes intet møde med nummeret '{meeting_id}'.")
        with self._lock:
            self._check_open()
            path = self._meeting_path(meeting_id)
            try:
                return self._read_meeting(path, attach=True)
            except FileNotFoundError as exc:
                raise NotFound(f"Der findes intet møde med nummeret '{meeting_id}'.") from exc
            except DamagedFile as exc:
                self._set_aside(path, exc.reason)
                if not self.read_only:
                    self._forget(meeting_id)
                raise StoreError(
                    f"Mødet kunne ikke læses ({exc.reason}). Filen er lagt til side og ikke "
                    "slettet."
                ) from exc
            except OSError as exc:
                raise StoreError(plain_os_error(exc, "læse")) from exc

    def resolve_id(self, prefix: str) -> str:
        """The one stored id that starts with ``prefix``; NotFound or StoreError otherwise."""
        prefix = (prefix or "").strip().lower()
        with self._lock:
            self._check_open()
            if prefix in self._index:
                return prefix
            matches = [m for m in self._index if prefix and m.startswith(prefix)]
        if not matches:
            raise NotFound(f"Der findes intet møde, hvis nummer begynder med '{prefix}'.")
        if len(matches) > 1:
            raise StoreError(
                f"Flere møder har et nummer, der begynder med '{prefix}'. Skriv flere tegn."
            )
        return matches[0]

    # -- saving and deleting --------------------------------------------------------------
    def _split(self, meeting: Meeting) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
        """The record to store and the snapshots to keep in definitions/, by digest."""
        from remotework_desktop.core.checklists import canonical_digest

        record = meeting.model_dump(mode="json", exclude={"snapshots"})
        inline: dict[str, Any] = {}
        shared: dict[str, dict[str, Any]] = {}
        refs = {ref.id: ref.digest for ref in meeting.checklists}
        for checklist_id, snapshot in meeting.snapshots.items():
            digest = refs.get(checklist_id)
            # Only a snapshot that really hashes to its digest may be shared under it; any
            # other stays inside the meeting's own file so nothing is lost or mixed up.
            if digest is not None and _DIGEST_RE.match(digest):
                if digest in self._definitions and self._definitions[digest] == snapshot:
                    shared[digest] = snapshot
                    continue
                if canonical_digest(snapshot) == digest:
                    shared[digest] = snapshot
                    continue
            inline[checklist_id] = snapshot
        # A JSON-typed deep copy, so the record compares equal to what is read back.
        record["snapshots"] = json.loads(json.dumps(inline)) if inline else {}
        return record, shared

    def _write_meeting_files(self, meeting: Meeting) -> tuple[dict[str, Any], os.stat_result]:
        """Write definitions first, then the meeting, so a meeting never points at nothing."""
        record, shared = self._split(meeting)
        for digest, snapshot in shared.items():
            if digest in self._definition_files:
                continue
            path = self._definitions_dir / f"{digest}.json"
            if not path.exists():
                _write_single(path, _DEFINITION_TABLE, {"digest": digest, "snapshot": snapshot})
            self._definition_files.add(digest)
            self._definitions.setdefault(digest, snapshot)
        path = self._meeting_path(meeting.id)
        _write_single(path, _MEETING_TABLE, record)
        return record, path.stat()

    def save(self, meeting: Meeting) -> None:
        """Save atomically; the index shard is rewritten only if the summary changed.

        Raises LockedError if the stored meeting is signed and this differs from it,
        StoreError for a signed meeting whose fingerprint does not match, or for a disk error
        (the previously saved file is then intact), StoreReadOnly in a read-only view.
        """
        self._check_writable()
        self._check_id(meeting.id)
        with self._lock:
            self._check_open()
            known = self._index.get(meeting.id)
            if known is not None and known["summary"].get("state") == "signed":
                try:
                    stored = self._read_record(self._meeting_path(meeting.id))
                except (DamagedFile, OSError):
                    stored = None
                if stored is None or self._split(meeting)[0] != stored:
                    from remotework_desktop.core.meetings import LockedError

                    raise LockedError()
                return
            if meeting.is_signed and meeting.fingerprint != meeting.compute_fingerprint():
                raise StoreError(
                    "Den underskrevne aftale passer ikke med sit fingeraftryk og er ikke gemt."
                )
            try:
                _, st = self._write_meeting_files(meeting)
            except OSError as exc:
                raise StoreError(f"{plain_os_error(exc)} {_NOT_SAVED}") from exc
            entry = _entry(meeting, st)
            shard = self._set_entry(meeting.id, entry)
            if known is None or known["summary"] != entry["summary"]:
                self._dirty_shards.add(shard)
            # The meeting itself is saved; an index write that fails is retried on the next
            # save and healed on the next open, so it is not reported as a failed save.
            with contextlib.suppress(OSError):
                self._flush_shards()

    def delete(self, meeting_id: str) -> None:
        """Delete a meeting for real, wherever it is: its file, its index entry, its export
        records, its damaged copies, restore leftovers and the automatic backups.

        On a full disk the file is still removed (freeing room); index and export records
        that cannot be rewritten then are healed on the next open (see ``problems``).
        """
        self._check_writable()
        if not isinstance(meeting_id, str) or not _ID_RE.match(meeting_id):
            raise NotFound(f"Der findes intet møde med nummeret '{meeting_id}'.")
        from remotework_desktop.core import backups

        with self._lock:
            self._check_open()
            path = self._meeting_path(meeting_id)
            found = meeting_id in self._index
            try:
                try:
                    path.unlink()
                    found = True
                except FileNotFoundError:
                    pass
                fsync_dir(path.parent)
                found = backups.forget_leftovers(self, meeting_id) > 0 or found
            except OSError as exc:
                raise StoreError(plain_os_error(exc, "slette")) from exc
            try:
                self._dirty_shards.add(self._set_entry(meeting_id, None))
                self._flush_shards()
                with self._exports() as db:
                    db.table(_EXPORTS_TABLE).remove(Query().meeting_id == meeting_id)
            except OSError as exc:  # the file is gone; the rest is healed on the next open
                self.problems.append(
                    say(
                        f"Mødet er slettet, men oversigten kunne ikke opdateres "
                        f"({plain_os_error(exc, 'slette')}) Det sker næste gang, dataene "
                        "åbnes.",
                        f"The meeting is deleted, but the overview could not be updated "
                        f"({plain_os_error(exc, 'slette')}) That happens the next time the "
                        "data is opened.",
                    )
                )
        # Deleted means deleted: the automatic backups must not keep the meeting either.
        self._join_backup()
        with self._lock:
            try:
                found = self._scrub_backups(meeting_id) > 0 or found
            except OSError as exc:
                raise StoreError(
                    "Mødet er slettet, men det kunne ikke fjernes fra de automatiske "
                    f"sikkerhedskopier ({plain_os_error(exc)}). Slet mappen 'backups' i "
                    "datamappen for at fjerne det helt."
                ) from exc
        if not found:
            raise NotFound(f"Der findes intet møde med nummeret '{meeting_id}'.")

    @staticmethod
    def _without_meeting(kept: dict[str, bytes], meeting_id: str) -> bool:
        """Take the meeting out of a backup's files; True if it was in them."""
        member = f"meetings/{meeting_id}.json"
        held = kept.pop(member, None) is not None
        if "db.json" in kept:  # a backup from before the migration: all meetings in one file
            with contextlib.suppress(ValueError, AttributeError, UnicodeDecodeError):
                legacy = _loads(kept["db.json"])
                for name, table in legacy.items():
                    docs = {k: v for k, v in table.items() if v.get("id") != meeting_id}
                    if len(docs) != len(table):
                        legacy[name] = docs
                        held = True
                kept["db.json"] = _dumps(legacy)
        return held

    def _scrub_backups(self, meeting_id: str) -> int:
        """Rewrite every backup that holds the meeting without it; return how many changed.

        On a full disk a backup that cannot be rewritten is deleted instead.
        """
        if not self._backups_dir.is_dir():
            return 0
        changed = 0
        for archive in sorted(self._backups_dir.glob("*.zip")):
            try:
                with zipfile.ZipFile(archive) as zf:
                    kept = {n: zf.read(n) for n in zf.namelist()}
            except (zipfile.BadZipFile, OSError):
                continue  # not readable as a backup: restore refuses it anyway
            if not self._without_meeting(kept, meeting_id):
                continue
            if MANIFEST_NAME in kept:
                with contextlib.suppress(ValueError, AttributeError):
                    manifest = json.loads(kept[MANIFEST_NAME])
                    manifest["meetings"] = sum(1 for n in kept if n.startswith("meetings/"))
                    kept[MANIFEST_NAME] = json.dumps(manifest, indent=1).encode()
            if "exports.json" in kept:
                with contextlib.suppress(ValueError, AttributeError):
                    exports = json.loads(kept["exports.json"])
                    rows = exports.get(_EXPORTS_TABLE, {})
                    exports[_EXPORTS_TABLE] = {
                        k: v for k, v in rows.items() if v.get("meeting_id") != meeting_id
                    }
                    kept["exports.json"] = json.dumps(exports).encode()
            try:
                with (
                    atomic_writer(archive) as handle,
                    zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as out,
                ):
                    for name, data in kept.items():
                        out.writestr(name, data)
            except OSError as exc:
                if failure_kind(exc) != "full":
                    raise
                archive.unlink()
                self.problems.append(
                    say(
                        f"Disken er fuld, så sikkerhedskopien {archive.name}, som indeholdt "
                        "mødet, er slettet i stedet for at blive skrevet om.",
                        f"The disk is full, so the backup {archive.name}, which held the "
                        "meeting, was deleted instead of rewritten.",
                    )
                )
            changed += 1
        return changed

    def _forget(self, meeting_id: str) -> None:
        self._dirty_shards.add(self._set_entry(meeting_id, None))
        self._flush_shards()

    # -- exports --------------------------------------------------------------------------
    @contextlib.contextmanager
    def _exports(self) -> Iterator[TinyDB]:
        db = TinyDB(
            self.folder / "exports.json", storage=AtomicJSONStorage, read_only=self.read_only
        )
        try:
            yield db
        finally:
            db.close()

    def _check_exports(self) -> None:
        path = self.folder / "exports.json"
        try:
            data = AtomicJSONStorage(path).read()
        except DamagedFile as exc:
            self._set_aside(path, exc.reason)
            return
        rows = (data or {}).get(_EXPORTS_TABLE, {})
        # Records of a meeting deleted on a full disk are dropped once there is room.
        kept = {k: v for k, v in rows.items() if self._still_held(v.get("meeting_id"))}
        if len(kept) != len(rows) and not self.read_only:
            with contextlib.suppress(OSError):
                AtomicJSONStorage(path).write({**(data or {}), _EXPORTS_TABLE: kept})

    def _still_held(self, meeting_id: Any) -> bool:
        """The meeting is stored, or a damaged copy of it is kept aside."""
        if meeting_id in self._index:
            return True
        if not isinstance(meeting_id, str) or not _ID_RE.match(meeting_id):
            return False
        return self._meeting_path(meeting_id).exists() or any(
            self._damaged_dir.glob(f"*meetings-{meeting_id}.json*")
        )

    def record_export(
        self,
        meeting_id: str,
        sha256: str,
        fingerprint: str | None,
        lang: str,
        include_private: bool,
    ) -> None:
        """Remember that a PDF with this SHA-256 was made from this meeting."""
        self._check_writable()
        sha = (sha256 or "").lower()
        if not _DIGEST_RE.match(sha):
            raise StoreError("PDF-filens fingeraftryk (SHA-256) er ugyldigt.")
        with self._lock:
            self._check_open()
            if meeting_id not in self._index:
                raise NotFound(f"Der findes intet møde med nummeret '{meeting_id}'.")
            record = {
                "meeting_id": meeting_id,
                "sha256": sha,
                "fingerprint": fingerprint,
                "lang": lang,
                "include_private": bool(include_private),
                "exported_at": _now().replace(microsecond=0).isoformat(),
            }
            try:
                with self._exports() as db:
                    db.table(_EXPORTS_TABLE).insert(record)
            except DamagedFile as exc:
                raise StoreError(
                    "Listen over udskrevne PDF-filer kan ikke læses. Åbn programmet igen."
                ) from exc
            except OSError as exc:
                raise StoreError(plain_os_error(exc)) from exc

    def _search_exports(self, cond: Any) -> list[dict[str, Any]]:
        with self._lock:
            self._check_open()
            try:
                with self._exports() as db:
                    return [dict(d) for d in db.table(_EXPORTS_TABLE).search(cond)]
            except DamagedFile:
                return []  # already reported (and set aside) when the store was opened
            except OSError as exc:
                raise StoreError(plain_os_error(exc, "læse")) from exc

    def find_export(self, sha256: str) -> dict[str, Any] | None:
        """The newest export record of a PDF with this SHA-256, or None."""
        found = self._search_exports(Query().sha256 == (sha256 or "").lower())
        return found[-1] if found else None

    def exports_for(self, meeting_id: str) -> list[dict[str, Any]]:
        """Every export record of one meeting, oldest first."""
        return self._search_exports(Query().meeting_id == meeting_id)

    # -- backups --------------------------------------------------------------------------
    def _backup_members(self) -> list[tuple[str, Path]]:
        """Every file of the store a backup needs; the index is left out (it is rebuilt)."""
        skip_dirs = {"backups", "damaged", "index"}
        members: list[tuple[str, Path]] = []
        for root, dirs, files in os.walk(self.folder):
            rel_root = Path(root).relative_to(self.folder)
            if rel_root == Path("."):
                dirs[:] = [d for d in dirs if d not in skip_dirs and not is_temp_name(d)]
            for name in sorted(files):
                if is_temp_name(name) or name == "store.lock":
                    continue
                arc = (rel_root / name).as_posix()
                if _ARCHIVE_MEMBER_RE.match(arc):
                    members.append((arc, Path(root) / name))
        return members

    def _write_zip(self, target: Path, schema: int = SCHEMA_VERSION) -> int:
        """Write one zip of the whole store atomically; return the number of meetings in it."""
        members = self._backup_members()
        count = sum(1 for arc, _ in members if arc.startswith("meetings/"))
        manifest = {
            "app": APP_NAME,
            "kind": "backup",
            "schema": schema,
            "created_at": _now().replace(microsecond=0).isoformat(),
            "meetings": count,
        }
        with (
            atomic_writer(target) as handle,
            zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive,
        ):
            archive.writestr(MANIFEST_NAME, json.dumps(manifest, indent=1))
            for arc, path in members:
                try:
                    data = path.read_bytes()
                except FileNotFoundError:  # deleted meanwhile: nothing to keep
                    continue
                archive.writestr(arc, data)
        return count

    def backup(self, target: Path) -> Path:
        """Write one zip of the whole store to ``target`` (a file, or a folder to put it in)."""
        self._check_open()
        target = Path(target)
        if target.is_dir():
            target = target / f"hjemmearbejde-sikkerhedskopi-{_stamp()}.zip"
        with self._lock:
            try:
                self._write_zip(target)
            except OSError as exc:
                raise StoreError(plain_os_error(exc, "sikkerhedskopiere")) from exc
        return target

    def _start_auto_backup(self) -> None:
        """At most one automatic backup a day, in the background, keeping the newest few."""
        if not self._index:
            return
        today = dt.date.today().strftime("%Y%m%d")
        if self._backups_dir.is_dir():
            for path in self._backups_dir.iterdir():
                match = _AUTO_RE.match(path.name)
                if match and match.group(1) == today:
                    return
        _private_dir(self._backups_dir)
        thread = threading.Thread(target=self._auto_backup, name="store-backup", daemon=True)
        self._backup_thread = thread
        thread.start()

    def _join_backup(self) -> None:
        if self._backup_thread is not None:
            self._backup_thread.join()
            self._backup_thread = None

    def _auto_backup(self) -> None:
        try:
            self._write_zip(self._backups_dir / f"auto-{_stamp()}.zip")
            autos = sorted(p for p in self._backups_dir.iterdir() if _AUTO_RE.match(p.name))
            for old in autos[:-AUTO_BACKUPS_KEPT]:
                old.unlink()
        except OSError as exc:
            self.problems.append(f"Den daglige sikkerhedskopi mislykkedes: {plain_os_error(exc)}")

    def purge_backups(self) -> int:
        """Delete every backup (they may hold deleted meetings); return how many were deleted."""
        self._check_writable()
        self._join_backup()
        with self._lock:
            count = 0
            if self._backups_dir.is_dir():
                for path in self._backups_dir.iterdir():
                    if path.is_file():
                        path.unlink()
                        count += 1
                fsync_dir(self._backups_dir)
            return count

    # -- restore --------------------------------------------------------------------------
    @classmethod
    def restore(
        cls, archive: Path, folder: Path | str | None = None, *, replace: bool = False
    ) -> int:
        """Replace the store in ``folder`` with a backup; return how many meetings it holds.

        See ``core.backups.restore``: everything is checked before anything is replaced.
        """
        from remotework_desktop.core.backups import restore

        return restore(Path(archive), folder, replace=replace)


def _entry(meeting: Meeting, st: os.stat_result) -> dict[str, Any]:
    return {
        "id": meeting.id,
        "summary": meeting.summary(),
        "size": st.st_size,
        "mtime_ns": st.st_mtime_ns,
        "ino": st.st_ino,
    }


def _same_file(entry: dict[str, Any], st: os.stat_result) -> bool:
    # The inode changes on every atomic replace, so an edit with equal size and a coarse
    # mtime is still noticed.
    return (
        entry["size"] == st.st_size
        and entry["mtime_ns"] == st.st_mtime_ns
        and entry["ino"] == st.st_ino
    )


def _valid_entry(doc: Any) -> bool:
    # Spelled out rather than all(...) over the keys: it runs once per meeting on every open.
    return (
        isinstance(doc, dict)
        and isinstance(doc.get("id"), str)
        and isinstance(doc.get("summary"), dict)
        and isinstance(doc.get("size"), int)
        and isinstance(doc.get("mtime_ns"), int)
        and isinstance(doc.get("ino"), int)
    )
