"""Lifting a data folder from an older schema version to the next, one version at a time.

A migration sees the store only through ``MigratingStore``: the few things it needs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from remotework_desktop.core.atomic import fsync_dir
from remotework_desktop.core.store.errors import DamagedFile, StoreError
from remotework_desktop.core.store.files import dumps, loads
from remotework_desktop.core.text import t

if TYPE_CHECKING:
    from remotework_desktop.core.meetings import Meeting


class MigratingStore(Protocol):
    """What a migration may use of the store it lifts."""

    @property
    def folder(self) -> Path: ...

    @property
    def problems(self) -> list[str]: ...

    def _check_id(self, meeting_id: str) -> None:
        """StoreError unless ``meeting_id`` can name a meeting file."""

    def _write_meeting_files(self, meeting: Meeting) -> Any:
        """Store one meeting (its file and its checklist snapshots)."""

    def _set_aside(self, path: Path, reason: str) -> None:
        """Move an unusable file to damaged/ and report it."""

    def _keep_aside_bytes(self, name: str, data: bytes) -> Path:
        """Keep ``data`` in damaged/ under ``name``; return where."""


def _migrate_0_to_1(store: MigratingStore) -> None:
    """Version 0 was one TinyDB file, ``db.json``, holding every meeting with its snapshots."""
    legacy = store.folder / "db.json"
    if not legacy.exists():
        return
    from remotework_desktop.core.meetings import MeetingError, meeting_from_dict

    # Read as plain JSON, not through TinyDB: a version-0 file may hold a document that is not
    # a mapping, and that one document is kept aside rather than the whole file.
    try:
        data = loads(legacy.read_bytes())
        if not isinstance(data, dict):
            raise DamagedFile(t("store.bad_shape"))
    except (ValueError, UnicodeDecodeError, DamagedFile) as exc:
        reason = exc.reason if isinstance(exc, DamagedFile) else t("store.bad_json")
        store._set_aside(legacy, reason)
        return
    for table_name, table in data.items():
        docs = table.items() if isinstance(table, dict) else [("?", table)]
        for doc_id, doc in docs:
            try:
                if not isinstance(doc, dict):
                    raise MeetingError(t("store.not_a_meeting"))
                meeting = meeting_from_dict(doc)
                store._check_id(meeting.id)
                store._write_meeting_files(meeting)
            except (MeetingError, StoreError) as exc:
                name = f"db.json-{table_name}-{doc_id}.json"
                dest = store._keep_aside_bytes(name, dumps(doc))
                store.problems.append(t("store.legacy_not_moved", error=exc, dest=dest))
    # The backup taken before the migration holds db.json; keeping it live would leave
    # deleted meetings' text in a live file.
    legacy.unlink()
    fsync_dir(store.folder)


# version -> function that lifts a store from that version to the next one.
MIGRATIONS: dict[int, Callable[[MigratingStore], None]] = {0: _migrate_0_to_1}
