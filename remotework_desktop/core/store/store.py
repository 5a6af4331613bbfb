"""The ``Store`` façade: the meetings in one data folder, opened, read, saved and deleted.

The jobs live beside it: ``files`` (the TinyDB storage and file format), ``lock``,
``index``, ``records`` (meeting files and checklist snapshots), ``exports``, ``backups``,
``restore``, ``migrations`` and ``damaged``. See the package docstring for the layout.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from remotework_desktop import APP_NAME
from remotework_desktop.core import paths
from remotework_desktop.core.atomic import fsync_dir
from remotework_desktop.core.store import backups
from remotework_desktop.core.store.backups import BackupsMixin
from remotework_desktop.core.store.damaged import DamagedMixin
from remotework_desktop.core.store.errors import (
    DamagedFile,
    NotFound,
    StoreError,
    StoreReadOnly,
    plain_os_error,
)
from remotework_desktop.core.store.exports import ExportsMixin
from remotework_desktop.core.store.files import (
    ID_RE,
    META_TABLE,
    SCHEMA_VERSION,
    not_a_folder,
    now,
    private_dir,
    read_doc,
    restore_interrupted,
    restore_left_over,
    stamp,
    write_doc,
)
from remotework_desktop.core.store.index import IndexMixin, entry_of
from remotework_desktop.core.store.lock import FolderLock
from remotework_desktop.core.store.migrations import MIGRATIONS
from remotework_desktop.core.store.records import RecordsMixin
from remotework_desktop.core.store.signed_pdfs import SignedPdfsMixin
from remotework_desktop.core.summary import MeetingSummary
from remotework_desktop.core.text import t

if TYPE_CHECKING:
    from remotework_desktop.core.meetings import Meeting


class Store(IndexMixin, RecordsMixin, ExportsMixin, SignedPdfsMixin, BackupsMixin, DamagedMixin):
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
        self._folder_lock: FolderLock | None = None
        self._closed = False
        self._index: dict[str, dict[str, Any]] = {}
        self._shards: dict[str, set[str]] = {}
        self._dirty_shards: set[str] = set()
        self._snapshot_stale = False  # the index changed since its snapshot was read
        self._files_checked = True  # the index was checked against the meeting files
        self._temp_files_due = False  # the meetings folder's leftover temp files
        self._definitions: dict[str, dict[str, Any]] = {}
        self._definition_files: set[str] = set()
        self._backup_thread: threading.Thread | None = None

    # -- folders --------------------------------------------------------------------------
    _meetings_dir = property(lambda self: self.folder / "meetings")
    _definitions_dir = property(lambda self: self.folder / "definitions")
    _index_dir = property(lambda self: self.folder / "index")
    _backups_dir = property(lambda self: self.folder / "backups")
    _damaged_dir = property(lambda self: self.folder / "damaged")

    def _meeting_path(self, meeting_id: str) -> Path:
        return self._meetings_dir / f"{meeting_id}.json"

    # -- opening and closing --------------------------------------------------------------
    @classmethod
    def open(
        cls,
        folder: Path | str | None = None,
        *,
        read_only: bool = False,
        check_files: bool = True,
    ) -> Store:
        """Open the data folder (default: ``paths.data_dir()``), taking the writer's lock.

        Raises StoreLocked if another copy of the program writes to it (unless read_only),
        and StoreError if it was made by a newer version of the program. With
        ``check_files=False`` the index is not yet checked against the meeting files:
        ``listing()`` shows it as read, and ``check_files()`` (or any other use) checks.
        """
        store = cls(paths.data_dir(folder), read_only)
        try:
            store._start(check_files)
        except BaseException:
            store.close()
            raise
        return store

    def _start(self, check_files: bool = True) -> None:
        problem = not_a_folder(self.folder)
        if problem:
            raise StoreError(problem)
        try:
            # The restore (zip handling) is imported only when one left work behind.
            if not self.read_only:
                private_dir(self.folder)
                self._folder_lock = FolderLock.take(self.folder)
                if restore_left_over(self.folder):
                    from remotework_desktop.core.store import restore

                    restore.recover(self.folder)  # before anything reads or makes a part
            elif restore_interrupted(self.folder):
                from remotework_desktop.core.store import restore

                # An interrupted restore is finished first, if no other window has the data
                # open (StoreLocked otherwise: the window that has it finishes the restore).
                lock = FolderLock.take(self.folder)
                try:
                    restore.recover(self.folder)
                finally:
                    lock.release()
            version = self._read_schema()
            if version > SCHEMA_VERSION:
                raise StoreError(t("store.newer_version"))
            if not self.read_only:
                for sub in (self._meetings_dir, self._definitions_dir, self._index_dir):
                    private_dir(sub)
                # With 10,000 meetings their folder's sweep waits for check_files.
                self._remove_temp_files(meetings=check_files)
                self._temp_files_due = not check_files
                backups.sweep(self)
            if version < SCHEMA_VERSION:
                if self.read_only:
                    raise StoreError(t("store.needs_update"))
                self._migrate(version)
            self._load_index(check_files=check_files)
            if check_files:  # else with the files, in check_files()
                self._check_exports()
                self._sweep_kept_pdfs()
            if not self.read_only:
                self._start_auto_backup()
        except OSError as exc:
            raise StoreError(plain_os_error(exc, "åbne")) from exc

    def close(self) -> None:
        """Finish the background backup, write any pending index change and release the lock."""
        self._join_backup()
        with self._lock:
            if self._closed:
                return
            self._closed = True
            if self._folder_lock is not None:
                if not self.read_only:
                    with contextlib.suppress(OSError):
                        self._flush_shards()
                    self._save_snapshot()
                self._folder_lock.release()
                self._folder_lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _check_open(self, *, check_files: bool = True) -> None:
        if self._closed:
            raise StoreError(t("store.closed"))
        if check_files and not self._files_checked:
            self.check_files()

    def _check_writable(self) -> None:
        self._check_open()
        if self.read_only:
            raise StoreReadOnly(t("store.read_only"))

    def _check_id(self, meeting_id: str) -> None:
        if not isinstance(meeting_id, str) or not ID_RE.match(meeting_id):
            raise StoreError(t("store.invalid_id", meeting_id=meeting_id))

    # -- schema and migrations ------------------------------------------------------------
    def _read_schema(self) -> int:
        meta_path = self.folder / "store.json"
        meta: dict[str, Any] | None = None
        try:
            meta = read_doc(meta_path, META_TABLE)
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
        meta = {"app": APP_NAME, "schema": schema, "written_at": now().isoformat()}
        write_doc(self.folder / "store.json", META_TABLE, meta)

    def _migrate(self, version: int) -> None:
        """Back up the whole store, then lift it one version at a time."""
        private_dir(self._backups_dir)
        target = self._backups_dir / f"before-migration-v{version}-{stamp()}.zip"
        self._write_zip(target, version)
        self.problems.append(t("store.migrated", target=target))
        for v in range(version, SCHEMA_VERSION):
            MIGRATIONS[v](self)
            self._write_meta(v + 1)

    # -- reading, saving and deleting -----------------------------------------------------
    def get(self, meeting_id: str) -> Meeting:
        """The whole meeting with its checklist snapshots; NotFound if it is not stored."""
        if not isinstance(meeting_id, str) or not ID_RE.match(meeting_id):
            raise NotFound(t("store.not_found", meeting_id=meeting_id))
        with self._lock:
            self._check_open()
            path = self._meeting_path(meeting_id)
            try:
                return self._read_meeting(path, attach=True)
            except FileNotFoundError as exc:
                raise NotFound(t("store.not_found", meeting_id=meeting_id)) from exc
            except DamagedFile as exc:
                self._set_aside(path, exc.reason)
                if not self.read_only:
                    self._forget(meeting_id)
                raise StoreError(t("store.meeting_unreadable", reason=exc.reason)) from exc
            except OSError as exc:
                raise StoreError(plain_os_error(exc, "læse")) from exc

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
            if known is not None and MeetingSummary.from_dict(known["summary"]).is_signed:
                try:
                    stored = self._read_record(self._meeting_path(meeting.id))
                except (DamagedFile, OSError):
                    stored = None
                if stored is None or self._split(meeting)[0] != stored:
                    from remotework_desktop.core.meetings import LockedError

                    raise LockedError()
                return
            if meeting.is_signed and meeting.fingerprint != meeting.compute_fingerprint():
                raise StoreError(t("store.fingerprint_mismatch"))
            try:
                _, st = self._write_meeting_files(meeting)
            except OSError as exc:
                raise StoreError(f"{plain_os_error(exc)} {t('store.not_saved')}") from exc
            entry = entry_of(meeting, st)
            shard = self._set_entry(meeting.id, entry)
            if known is None or known["summary"] != entry["summary"]:
                self._dirty_shards.add(shard)
            # The meeting itself is saved; an index write that fails is retried on the next
            # save and healed on the next open, so it is not reported as a failed save.
            with contextlib.suppress(OSError):
                self._flush_shards()

    def delete(self, meeting_id: str) -> None:
        """Delete a meeting for real, wherever it is: its file, its kept sealed PDFs, its
        index entry, its export records, its damaged copies, restore leftovers and the
        automatic backups.

        On a full disk the file is still removed (freeing room); index and export records
        that cannot be rewritten then are healed on the next open (see ``problems``).
        """
        self._check_writable()
        if not isinstance(meeting_id, str) or not ID_RE.match(meeting_id):
            raise NotFound(t("store.not_found", meeting_id=meeting_id))
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
                found = self._forget_kept_pdfs(meeting_id) > 0 or found
                found = backups.forget_leftovers(self, meeting_id) > 0 or found
            except OSError as exc:
                raise StoreError(plain_os_error(exc, "slette")) from exc
            try:
                self._forget(meeting_id)
                self._forget_exports(meeting_id)
            except OSError as exc:  # the file is gone; the rest is healed on the next open
                self.problems.append(
                    t("store.delete_index_not_updated", error=plain_os_error(exc, "slette"))
                )
        # Deleted means deleted: the automatic backups must not keep the meeting either.
        self._join_backup()
        with self._lock:
            try:
                found = self._scrub_backups(meeting_id) > 0 or found
            except OSError as exc:
                raise StoreError(
                    t("store.delete_backups_failed", error=plain_os_error(exc))
                ) from exc
        if not found:
            raise NotFound(t("store.not_found", meeting_id=meeting_id))

    @classmethod
    def restore(
        cls, archive: Path, folder: Path | str | None = None, *, replace: bool = False
    ) -> int:
        """Replace the store in ``folder`` with a backup; return how many meetings it holds.

        See ``core.store.restore``: everything is checked before anything is replaced.
        """
        from remotework_desktop.core.store.restore import restore

        return restore(Path(archive), folder, replace=replace)
