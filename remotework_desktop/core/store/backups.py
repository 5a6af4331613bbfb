"""Backups: one zip of the store, a daily automatic one, and what is kept how long.

A backup holds every file of the store except the index (rebuilt on open), with a manifest
(``remotework-backup.json``). Deleting a meeting rewrites every backup in ``backups/`` that
holds it. Restoring a backup is ``core.store.restore``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import threading
import zipfile
from pathlib import Path

from remotework_desktop import APP_NAME
from remotework_desktop.core.atomic import atomic_writer, failure_kind, fsync_dir, is_temp_name
from remotework_desktop.core.store.errors import StoreError, plain_os_error
from remotework_desktop.core.store.files import (
    ARCHIVE_MEMBER_RE,
    EXPORTS_TABLE,
    MANIFEST_NAME,
    SCHEMA_VERSION,
    dumps,
    loads,
    now,
    private_dir,
    stamp,
)
from remotework_desktop.core.text import t

AUTO_BACKUPS_KEPT = 10
# Damaged copies, restore leftovers and the backups taken before a restore or a migration
# are removed this many days after they were made, on the next writable open.
RETENTION_DAYS = 30
OLD_PREFIX = "restore-old-"

_AUTO_RE = re.compile(r"^auto-(\d{8})-\d{6}(?:-\d+)?\.zip$")
_STAMP_RE = re.compile(r"(\d{8}-\d{6})")


class BackupsMixin:
    """The backup part of ``Store`` (it provides folder, problems, _lock, _index …)."""

    _backup_thread: threading.Thread | None

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
                if ARCHIVE_MEMBER_RE.match(arc):
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
            "created_at": now().replace(microsecond=0).isoformat(),
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
            target = target / f"hjemmearbejde-sikkerhedskopi-{stamp()}.zip"
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
        private_dir(self._backups_dir)
        thread = threading.Thread(target=self._auto_backup, name="store-backup", daemon=True)
        self._backup_thread = thread
        thread.start()

    def _join_backup(self) -> None:
        if self._backup_thread is not None:
            self._backup_thread.join()
            self._backup_thread = None

    def _auto_backup(self) -> None:
        try:
            self._write_zip(self._backups_dir / f"auto-{stamp()}.zip")
            autos = sorted(p for p in self._backups_dir.iterdir() if _AUTO_RE.match(p.name))
            for old in autos[:-AUTO_BACKUPS_KEPT]:
                old.unlink()
        except OSError as exc:
            self.problems.append(t("store.auto_backup_failed", error=plain_os_error(exc)))

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

    @staticmethod
    def _without_meeting(kept: dict[str, bytes], meeting_id: str) -> bool:
        """Take the meeting out of a backup's files; True if it was in them."""
        member = f"meetings/{meeting_id}.json"
        held = kept.pop(member, None) is not None
        if "db.json" in kept:  # a backup from before the migration: all meetings in one file
            with contextlib.suppress(ValueError, AttributeError, UnicodeDecodeError):
                legacy = loads(kept["db.json"])
                for name, table in legacy.items():
                    docs = {k: v for k, v in table.items() if v.get("id") != meeting_id}
                    if len(docs) != len(table):
                        legacy[name] = docs
                        held = True
                kept["db.json"] = dumps(legacy)
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
                    rows = exports.get(EXPORTS_TABLE, {})
                    exports[EXPORTS_TABLE] = {
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
                self.problems.append(t("store.backup_scrub_full", name=archive.name))
            changed += 1
        return changed


# -- what is kept aside, and for how long --------------------------------------------------------
def _made(name: str) -> dt.datetime | None:
    match = _STAMP_RE.search(name)
    if match is None:
        return None
    try:
        return dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def sweep(store: BackupsMixin, now: dt.datetime | None = None) -> None:
    """Remove damaged copies, restore leftovers and before-* backups past the retention."""
    limit = (now or dt.datetime.now()) - dt.timedelta(days=RETENTION_DAYS)
    folder = store.folder
    candidates: list[Path] = []
    with os.scandir(folder) as entries:
        leftovers = [Path(e.path) for e in entries if e.name.startswith(OLD_PREFIX)]
    candidates += leftovers
    if store._damaged_dir.is_dir():
        candidates += list(store._damaged_dir.iterdir())
    if store._backups_dir.is_dir():
        candidates += [p for p in store._backups_dir.iterdir() if p.name.startswith("before-")]
    for path in candidates:
        made = _made(path.name)
        if made is None or made >= limit:
            continue
        with contextlib.suppress(OSError):
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
            if path in leftovers:
                leftovers.remove(path)
    for path in leftovers:
        store.problems.append(t("backups.restore_leftover", path=path, days=RETENTION_DAYS))


def forget_leftovers(store: BackupsMixin, meeting_id: str) -> int:
    """Remove a meeting's damaged copies and restore leftovers; return how many were removed."""
    removed = 0
    paths: list[Path] = []
    if store._damaged_dir.is_dir():
        for path in store._damaged_dir.iterdir():
            if f"meetings-{meeting_id}.json" in path.name:
                paths.append(path)
            elif "-db.json-" in path.name and path.is_file():
                with contextlib.suppress(OSError):
                    if meeting_id.encode() in path.read_bytes():
                        paths.append(path)
    for old in store.folder.glob(f"{OLD_PREFIX}*"):
        paths += list(old.glob(f"meetings*/{meeting_id}.json"))
        paths += list(old.glob(f"signed*/{meeting_id}.*"))
    for path in paths:
        path.unlink()
        fsync_dir(path.parent)
        removed += 1
    return removed
