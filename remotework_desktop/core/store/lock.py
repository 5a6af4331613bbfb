"""The writer's lock on a data folder: one program writes, a second one only reads.

An exclusive OS lock on ``store.lock`` (flock on POSIX, msvcrt on Windows), taken without
waiting; the OS drops it when the program ends, however it ends. The lock belongs to the
open file, not to the process or a thread: a second ``Store`` in this process is refused
like a second program, and the store may be closed from another thread. (The standard
library's two calls, not ``filelock``: importing that took longer than a whole PDF export
spends on opening the store.)
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from remotework_desktop.core.store.errors import StoreLocked
from remotework_desktop.core.text import t

LOCK_NAME = "store.lock"
# What a lock held by someone else looks like (some filesystems say EACCES).
_HELD = frozenset({errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK})

if os.name == "nt":  # pragma: no cover - Windows
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class FolderLock:
    """The lock on one data folder, held from ``take`` until ``release``."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    @classmethod
    def take(cls, folder: Path) -> FolderLock:
        """Take the lock without waiting; StoreLocked if another program holds it."""
        fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            if exc.errno in _HELD:
                raise StoreLocked(t("store.in_use")) from exc
            raise
        return cls(fd)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            _unlock(fd)
        with contextlib.suppress(OSError):
            os.close(fd)
