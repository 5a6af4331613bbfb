"""Files that cannot be used are moved to ``damaged/`` and reported, never deleted."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from remotework_desktop.core.atomic import atomic_write_bytes, fsync_dir, is_temp_name
from remotework_desktop.core.store.files import private_dir, stamp
from remotework_desktop.core.text import t


class DamagedMixin:
    """The set-aside part of ``Store`` (it provides folder, read_only, problems …)."""

    def _rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.folder).as_posix()
        except ValueError:
            return str(path)

    def _damaged_target(self, name: str) -> Path:
        private_dir(self._damaged_dir)
        base = f"{stamp()}-{name}"
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
            self.problems.append(t("store.unreadable_kept", rel=rel, reason=reason))
            return
        dest = self._damaged_target(rel.replace("/", "-"))
        os.replace(path, dest)
        fsync_dir(path.parent)
        fsync_dir(dest.parent)
        self.problems.append(t("store.unreadable_set_aside", rel=rel, reason=reason, dest=dest))

    def _keep_aside_bytes(self, name: str, data: bytes) -> Path:
        dest = self._damaged_target(name)
        atomic_write_bytes(dest, data)
        return dest

    def _remove_temp_files(self, *, meetings: bool = True, others: bool = True) -> None:
        """Temp files are only ever left by a crash; with the lock held no write is running.

        The meetings folder (10,000 names with 10,000 meetings) may be left for
        ``check_files``, which runs before anything is written there; the others must be
        swept at once, before the background backup starts writing its own temp file.
        """
        folders = [self._meetings_dir] if meetings else []
        if others:
            folders += [
                self.folder,
                self._definitions_dir,
                self._index_dir,
                self._backups_dir,
                self._damaged_dir,
                self._signed_dir,
            ]
        for folder in folders:
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
