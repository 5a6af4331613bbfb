"""The outbox: signed plans waiting for the archive, one small file per plan.

It lives in the data folder as ``archive-outbox/<meeting id>``, apart from the store's files.
One file per plan means adding and acknowledging never rewrite a shared file, so the window
and the command line can both use it without a lock: adding is an atomic write (0600),
acknowledging is an unlink. Should an unlink be lost in a crash, the plan is sent again and
the archive stores it once (pushing is idempotent by fingerprint).
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path
from typing import Any

from remotework_desktop.core.atomic import atomic_write_bytes, is_temp_name

OUTBOX_DIR = "archive-outbox"
_ID_RE = re.compile(r"^[0-9A-Za-z_-]{1,64}$")


class Outbox:
    """The plans in ``data_dir`` that are signed but not yet acknowledged by the archive."""

    def __init__(self, data_dir: Path | str) -> None:
        self.folder = Path(data_dir) / OUTBOX_DIR

    def add(self, meeting_id: str) -> None:
        """Queue one signed meeting (again queuing it is harmless)."""
        if not _ID_RE.match(meeting_id):
            raise ValueError(f"not a meeting id: {meeting_id!r}")
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = self.folder / meeting_id
        if not path.exists():
            atomic_write_bytes(path, meeting_id.encode("ascii"))

    def pending(self) -> list[str]:
        """The queued meeting ids, oldest first (ties by id, so the order is stable)."""
        try:
            entries = list(os.scandir(self.folder))
        except FileNotFoundError:
            return []
        found = [
            (e.stat().st_mtime_ns, e.name)
            for e in entries
            if e.is_file() and not is_temp_name(e.name) and _ID_RE.match(e.name)
        ]
        return [name for _, name in sorted(found)]

    def __len__(self) -> int:
        return len(self.pending())

    def acknowledge(self, meeting_id: str) -> None:
        """The archive has the plan: take it out of the outbox."""
        with contextlib.suppress(FileNotFoundError):
            (self.folder / meeting_id).unlink()


def queue_if_signed(data_dir: Path | str, meeting: Any) -> bool:
    """Put a fully signed meeting in the outbox; the one hook the window and the CLI call.

    Called after the signed meeting is saved. Queuing happens whether or not an archive is
    configured, so plans signed before it was set up reach it too; nothing is sent until then.
    """
    if not getattr(meeting, "is_signed", False):
        return False
    Outbox(data_dir).add(meeting.id)
    return True
