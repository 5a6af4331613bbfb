"""Meeting files and the checklist snapshots (``definitions/``) they point at.

``meetings/<id>.json`` holds one meeting without its checklist snapshots;
``definitions/<digest>.json`` holds each snapshot once, by its SHA-256, shared by meetings.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from remotework_desktop.core.store.errors import DamagedFile, StoreError
from remotework_desktop.core.store.files import (
    DEFINITION_TABLE,
    DIGEST_RE,
    MEETING_TABLE,
    read_doc,
    write_doc,
)
from remotework_desktop.core.text import t

# The meeting model is imported where a meeting is read or written, not here:
# opening the store and listing summaries must not pay for building the models, which is
# most of the program's start-up time otherwise.
if TYPE_CHECKING:
    from remotework_desktop.core.meetings import Meeting


class RecordsMixin:
    """The meeting-file part of ``Store`` (it provides folder, _definitions …)."""

    def _read_record(self, path: Path) -> dict[str, Any] | None:
        return read_doc(path, MEETING_TABLE)

    def _read_meeting(self, path: Path, *, attach: bool) -> Meeting:
        """Read and validate one meeting file; DamagedFile if it is unusable."""
        record = self._read_record(path)
        if record is None:
            raise FileNotFoundError(errno.ENOENT, "no such meeting", str(path))
        if attach:
            snapshots = dict(record.get("snapshots") or {})
            for ref in record.get("checklists") or []:
                if isinstance(ref, dict) and ref.get("id") not in snapshots:
                    snapshots[ref.get("id")] = self._definition(str(ref.get("digest")))
            record["snapshots"] = snapshots
            part = record.get("task_part")
            if isinstance(part, dict) and record.get("task_snapshot") is None:
                record["task_snapshot"] = self._definition(str(part.get("digest")))
        from remotework_desktop.core.meetings import MeetingError, meeting_from_dict

        try:
            return meeting_from_dict(record)
        except MeetingError as exc:
            raise DamagedFile(str(exc)) from exc

    def _definition(self, digest: str) -> dict[str, Any]:
        """A checklist snapshot by its digest, checked against the digest once per session."""
        if digest in self._definitions:
            return self._definitions[digest]
        if not DIGEST_RE.match(digest):
            raise DamagedFile(t("store.bad_definition_ref"))
        path = self._definitions_dir / f"{digest}.json"
        from remotework_desktop.core.fingerprint import canonical_digest

        try:
            doc = read_doc(path, DEFINITION_TABLE)
            if doc is not None and (
                not isinstance(doc.get("snapshot"), dict)
                or canonical_digest(doc["snapshot"]) != digest
            ):
                raise DamagedFile(t("store.definition_digest"))
        except DamagedFile as exc:
            self._set_aside(path, exc.reason)
            self._definition_files.discard(digest)
            doc = None
        if doc is None:
            raise StoreError(t("store.definition_missing", rel=self._rel(path)))
        self._definitions[digest] = doc["snapshot"]
        self._definition_files.add(digest)
        return doc["snapshot"]

    def _split(self, meeting: Meeting) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
        """The record to store and the snapshots to keep in definitions/, by digest."""
        from remotework_desktop.core.fingerprint import canonical_digest

        record = meeting.model_dump(mode="json", exclude={"snapshots"})
        inline: dict[str, Any] = {}
        shared: dict[str, dict[str, Any]] = {}
        refs = {ref.id: ref.digest for ref in meeting.checklists}
        for checklist_id, snapshot in meeting.snapshots.items():
            digest = refs.get(checklist_id)
            # Only a snapshot that really hashes to its digest may be shared under it; any
            # other stays inside the meeting's own file so nothing is lost or mixed up.
            if digest is not None and DIGEST_RE.match(digest):
                if digest in self._definitions and self._definitions[digest] == snapshot:
                    shared[digest] = snapshot
                    continue
                if canonical_digest(snapshot) == digest:
                    shared[digest] = snapshot
                    continue
            inline[checklist_id] = snapshot
        # A JSON-typed deep copy, so the record compares equal to what is read back.
        record["snapshots"] = json.loads(json.dumps(inline)) if inline else {}
        # The task finder's snapshot is shared the same way (core/meeting_tasks.py).
        part, task_snapshot = meeting.task_part, meeting.task_snapshot
        if (
            part is not None
            and task_snapshot is not None
            and DIGEST_RE.match(part.digest)
            and canonical_digest(task_snapshot) == part.digest
        ):
            shared[part.digest] = task_snapshot
            record.pop("task_snapshot", None)
        return record, shared

    def _write_meeting_files(self, meeting: Meeting) -> tuple[dict[str, Any], os.stat_result]:
        """Write definitions first, then the meeting, so a meeting never points at nothing."""
        record, shared = self._split(meeting)
        for digest, snapshot in shared.items():
            if digest in self._definition_files:
                continue
            path = self._definitions_dir / f"{digest}.json"
            if not path.exists():
                write_doc(path, DEFINITION_TABLE, {"digest": digest, "snapshot": snapshot})
            self._definition_files.add(digest)
            self._definitions.setdefault(digest, snapshot)
        path = self._meeting_path(meeting.id)
        write_doc(path, MEETING_TABLE, record)
        return record, path.stat()
