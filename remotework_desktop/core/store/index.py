"""The sharded index: every meeting's summary, for listing without reading every meeting.

``index/<xx>.json`` are 256 shards (by a hash of the id), each a TinyDB file whose ``index``
table holds the summaries of its meetings with the meeting file's size/mtime_ns/inode, so
the index heals itself on open from the meeting files by one scandir.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from remotework_desktop.core.atomic import fsync_dir, is_temp_name
from remotework_desktop.core.store.errors import DamagedFile, NotFound, StoreError, plain_os_error
from remotework_desktop.core.store.files import (
    ID_RE,
    INDEX_TABLE,
    SHARD_RE,
    read_docs,
    write_docs,
)
from remotework_desktop.core.summary import MeetingSummary
from remotework_desktop.core.text import t

if TYPE_CHECKING:
    from remotework_desktop.core.meetings import Meeting


def shard_of(meeting_id: str) -> str:
    # A hash, not the id's own first letters, so shards stay even whatever ids look like.
    return hashlib.sha256(meeting_id.encode("utf-8")).hexdigest()[:2]


def _sort_key(summary: dict[str, Any]) -> tuple[str, str]:
    return str(summary.get("meeting_date") or ""), str(summary.get("updated_at") or "")


def entry_of(meeting: Meeting, st: os.stat_result) -> dict[str, Any]:
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


class IndexMixin:
    """The index part of ``Store`` (it provides folder, read_only, problems, _lock …)."""

    def _load_index(self) -> None:
        """Read the index shards, then heal them against the meeting files by one scandir."""
        index: dict[str, dict[str, Any]] = {}
        shard_by_id: dict[str, str] = {}  # from the shard file's name: no hash per entry
        dirty: set[str] = set()
        if self._index_dir.is_dir():
            with os.scandir(self._index_dir) as entries:
                shard_files = sorted((e.name, e.path) for e in entries if SHARD_RE.match(e.name))
            for name, shard_path in shard_files:
                try:
                    docs = read_docs(shard_path, INDEX_TABLE)
                except DamagedFile as exc:
                    self._set_aside(Path(shard_path), exc.reason)
                    self.problems.append(t("store.index_rebuilt"))
                    continue
                for doc in docs:
                    if _valid_entry(doc):
                        # A plain dict: a kept TinyDB Document costs ~350 bytes more an
                        # entry (3.5 MiB at 10,000) and would carry its old doc_id along.
                        index[doc["id"]] = dict(doc)
                        shard_by_id[doc["id"]] = name[:2]
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
                if not ID_RE.match(meeting_id):
                    self._set_aside(Path(entry.path), "filnavnet er ikke et mødenummer")
                    continue
                st = entry.stat()
                known = index.get(meeting_id)
                # An entry from before the list knew what a meeting follows is re-read once.
                if known is not None and _same_file(known, st) and "follows" in known["summary"]:
                    seen.add(meeting_id)
                    continue
                # A Path per file only off the fast path: making 1,000 of them costs more
                # than the stat calls.
                path = Path(entry.path)
                try:
                    meeting = self._read_meeting(path, attach=False)
                    if meeting.id != meeting_id:
                        raise DamagedFile(t("store.id_not_filename"))
                except FileNotFoundError:  # removed since the scandir: nothing to index
                    continue
                except DamagedFile as exc:
                    self._set_aside(path, exc.reason)
                    continue
                seen.add(meeting_id)
                index[meeting_id] = entry_of(meeting, st)
                shard_by_id[meeting_id] = shard_of(meeting_id)
                dirty.add(shard_by_id[meeting_id])
        for gone in set(index) - seen:
            del index[gone]
            dirty.add(shard_by_id.pop(gone))
        self._index = index
        self._shards = {}
        for meeting_id, shard in shard_by_id.items():
            self._shards.setdefault(shard, set()).add(meeting_id)
        self._dirty_shards = dirty
        if not self.read_only:
            self._flush_pending()

    def _flush_pending(self) -> None:
        """Write the changed index shards; on a full disk they stay pending (retried later)."""
        try:
            self._flush_shards()
        except OSError as exc:
            self.problems.append(t("store.index_not_updated", error=plain_os_error(exc, "gemme")))

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
        write_docs(path, INDEX_TABLE, [self._index[m] for m in members])

    def _set_entry(self, meeting_id: str, entry: dict[str, Any] | None) -> str:
        shard = shard_of(meeting_id)
        if entry is None:
            self._index.pop(meeting_id, None)
            self._shards.get(shard, set()).discard(meeting_id)
        else:
            self._index[meeting_id] = entry
            self._shards.setdefault(shard, set()).add(meeting_id)
        return shard

    def _forget(self, meeting_id: str) -> None:
        self._dirty_shards.add(self._set_entry(meeting_id, None))
        self._flush_shards()

    # -- public reading -------------------------------------------------------------------
    def list(self) -> list[MeetingSummary]:
        """Every meeting's summary, newest meeting date first (ties: newest change first)."""
        with self._lock:
            self._check_open()
            summaries = [dict(e["summary"]) for e in self._index.values()]
        summaries.sort(key=_sort_key, reverse=True)
        return [MeetingSummary.from_dict(s) for s in summaries]

    def resolve_id(self, prefix: str) -> str:
        """The one stored id that starts with ``prefix``; NotFound or StoreError otherwise."""
        prefix = (prefix or "").strip().lower()
        with self._lock:
            self._check_open()
            if prefix in self._index:
                return prefix
            matches = [m for m in self._index if prefix and m.startswith(prefix)]
        if not matches:
            raise NotFound(t("store.no_prefix", prefix=prefix))
        if len(matches) > 1:
            raise StoreError(t("store.ambiguous_prefix", prefix=prefix))
        return matches[0]
