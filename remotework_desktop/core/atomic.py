"""Atomic, durable file writes: the one way the program saves a file.

A write goes to a temporary file in the target's own folder, is flushed and fsynced, then
moved over the target with ``os.replace`` and the folder is fsynced. A reader (or a crash)
therefore sees either the whole old file or the whole new one, never a torn mix.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

TEMP_SUFFIX = ".tmp"
_TEMP_PREFIX = "."


def failure_kind(exc: OSError) -> str:
    """Why a write failed, in the terms a message to the user needs.

    "full" (disk or quota full), "denied" (no permission, read-only disk), "missing" (the
    folder is gone) or "other".
    """
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return "full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "denied"
    if exc.errno == errno.ENOENT:
        return "missing"
    return "other"


def is_temp_name(name: str) -> bool:
    """True for the name of a temporary file left behind by an interrupted atomic write."""
    return name.startswith(_TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)


# Set only by the benchmarks while they build a fixture of thousands of meetings: writes
# stay atomic (temp file, replace) but are not forced to disk. Never set in use.
NO_FSYNC_ENV = "REMOTEWORK_BENCH_NO_FSYNC"


def _fsync_off() -> bool:
    return os.environ.get(NO_FSYNC_ENV) == "1"


def fsync_dir(folder: Path) -> None:
    """Make a rename or unlink in ``folder`` durable (a no-op where folders cannot be opened)."""
    # Windows cannot open a folder for fsync; NTFS journals renames.
    if os.name == "nt" or _fsync_off():
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(path: Path, mode: int = 0o600) -> Iterator[BinaryIO]:
    """Yield a binary file; on a clean exit it atomically and durably replaces ``path``.

    On any exception the temporary file is removed, ``path`` is left as it was, and the
    exception propagates.
    """
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(
        dir=path.parent, prefix=f"{_TEMP_PREFIX}{path.name}.", suffix=TEMP_SUFFIX
    )
    tmp = Path(tmp_name)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            fd = -1  # owned by the file object from here on
            yield handle
            handle.flush()
            if not _fsync_off():
                os.fsync(handle.fileno())
        # The handle is closed before the replace: Windows refuses to replace an open file.
        os.replace(tmp, path)
    except BaseException:
        if fd != -1:
            os.close(fd)
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically and durably; raise OSError on failure."""
    with atomic_writer(path, mode) as handle:
        view = memoryview(data)
        # Loop on os.write rather than handle.write so a short write is never silently lost.
        handle.flush()
        fileno = handle.fileno()
        while view:
            written = os.write(fileno, view)
            view = view[written:]
