"""The writer's lock on a data folder: one program writes, a second one only reads.

``filelock`` holds an exclusive OS lock (flock on POSIX, msvcrt on Windows) on
``store.lock``; the OS drops it when the program ends, however it ends.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from filelock import FileLock

from remotework_desktop.core.store.errors import StoreLocked
from remotework_desktop.core.text import t

LOCK_NAME = "store.lock"


class FolderLock:
    """The lock on one data folder, held from ``take`` until ``release``."""

    def __init__(self, folder: Path) -> None:
        # Not a singleton and not per thread: a second Store in this process must be refused
        # like a second program, and the store may be closed from another thread.
        self._lock = FileLock(folder / LOCK_NAME, mode=0o600, thread_local=False)

    @classmethod
    def take(cls, folder: Path) -> FolderLock:
        """Take the lock without waiting; StoreLocked if another program holds it."""
        lock = cls(folder)
        try:
            lock._lock.acquire(blocking=False)
        except TimeoutError as exc:  # filelock.Timeout
            raise StoreLocked(t("store.in_use")) from exc
        return lock

    def release(self) -> None:
        with contextlib.suppress(OSError):
            self._lock.release(force=True)
