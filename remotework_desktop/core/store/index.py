"""The sharded index: every meeting's summary, for listing without reading every meeting.

``index/<xx>.json`` are 256 shards (by a hash of the id), each a TinyDB file whose ``index``
table holds the summaries of its meetings with the meeting file's size/mtime_ns/inode, so
the index heals itself on open from the meeting files by one scandir. On open the shards
are read from their snapshot (``snapshot.py``: one file, in list order) while it matches
them, which is how a large store starts quickly. The window opens the store with
``check_files=False`` and checks the files right after it is shown (``check_files()``); every
other use of such a store checks them first.
"""

from __future__ import annotations

import contextlib
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
from remotework_desktop.core.store.snapshot import (
    CompactIndex,
    read_snapshot,
    sort_key,
    write_snapshot,
)
from remotework_desktop.core.summary import MeetingSummary, SummaryRows
from remotework_desktop.core.text import t

if TYPE_CHECKING:
    from remotework_desktop.core.meetings import Meeting


def shard_of(meeting_id: str) -> str:
    # A hash, not the id's own first letters, so shards stay even whatever ids look like.
    import hashlib  # here: its OpenSSL costs 3 MiB, and opening a store hashes nothing

    return hashlib.sha256(meeting_id.encode("utf-8")).hexdigest()[:2]


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


def _is_current(index: dict[str, Any] | CompactIndex, meeting_id: str, st: os.stat_result) -> bool:
    """The index holds this meeting from exactly this file (and knows what it follows)."""
    if isinstance(index, CompactIndex):
        return index.same_file(meeting_id, st)  # without making its entry
    known = index.get(meeting_id)
    # An entry from before the list knew what a meeting follows is re-read once.
    return known is not None and _same_file(known, st) and "follows" in known["summary"]


class IndexMixin:
    """The index part of ``Store`` (it provides folder, read_only, problems, _lock …)."""

    _shard_sets: dict[str, set[str]] | None = None
    _shard_codes: tuple[CompactIndex, str] | None = None

    @property
    def _shards(self) -> dict[str, set[str]]:
        """{shard: the ids in it}; from a snapshot made when first needed (not to list)."""
        if self._shard_sets is None:
            shards: dict[str, set[str]] = {}
            if self._shard_codes is not None:
                compact, codes = self._shard_codes
                for row, meeting_id in enumerate(compact.ids):
                    shards.setdefault(codes[2 * row : 2 * row + 2], set()).add(meeting_id)
            self._shard_sets, self._shard_codes = shards, None
        return self._shard_sets

    @_shards.setter
    def _shards(self, shards: dict[str, set[str]]) -> None:
        self._shard_sets, self._shard_codes = shards, None

    def _load_index(self, *, check_files: bool = True) -> None:
        """Read the index (its snapshot, or else its shards), then heal it against the
        meeting files by one scandir (or leave that to ``check_files()``)."""
        loaded = None
        if self._index_dir.is_dir():
            loaded = read_snapshot(self._index_dir)
        if loaded is not None:
            index: dict[str, dict[str, Any]] | CompactIndex = loaded[0]
            self._index, self._dirty_shards = index, set()
            # self._shards is made from the snapshot's codes when first needed.
            self._shard_sets, self._shard_codes = None, loaded
        else:
            index, self._shards, self._dirty_shards = self._read_shards()
            self._index = index
        self._files_checked = check_files
        if check_files:
            self._heal()
        # Written again when the store closes, unless it is still the snapshot just read.
        self._snapshot_stale = not (isinstance(index, CompactIndex) and index.unchanged)
        if not self.read_only:
            self._flush_pending()

    def check_files(self) -> bool:
        """Check an index opened with ``check_files=False`` against the meeting files (and
        the export records against the index); True if the list changed.

        About 10,000 stat calls with 10,000 meetings, so the window does it in idle time
        once it is shown; every other use of the store does it first (``_check_open``).
        """
        with self._lock:
            if self._files_checked or self._closed:
                return False
            self._files_checked = True
            try:
                if self._temp_files_due:  # before anything is written there
                    self._temp_files_due = False
                    self._remove_temp_files(others=False)
                changed = self._heal()
                self._snapshot_stale = self._snapshot_stale or changed
                if not self.read_only:
                    self._flush_pending()
                self._check_exports()
                self._sweep_kept_pdfs()
            except OSError as exc:
                raise StoreError(plain_os_error(exc, "åbne")) from exc
            return changed

    def _heal(self) -> bool:
        """Bring the index in line with the meeting files: one scandir, one stat a file, and
        a file read only for a meeting new or changed behind the index's back. True if the
        index changed."""
        changed = False
        index, shards, dirty = self._index, self._shards, self._dirty_shards
        seen: set[str] = set()
        folder = self._meetings_dir
        if folder.is_dir():
            # Names only: a DirEntry keeps its stat result, ~1 KiB a file (10 MiB at 10,000).
            with os.scandir(folder) as entries:
                names = [e.name for e in entries if e.name.endswith(".json")]
            prefix = os.path.join(folder, "")
            for name in names:
                if is_temp_name(name):
                    continue
                meeting_id = name[: -len(".json")]
                if not ID_RE.match(meeting_id):
                    self._set_aside(folder / name, "filnavnet er ikke et mødenummer")
                    continue
                try:
                    st = os.stat(prefix + name)
                except FileNotFoundError:  # removed since the scandir: nothing to index
                    continue
                if _is_current(index, meeting_id, st):
                    seen.add(meeting_id)
                    continue
                # A Path per file only off the fast path: making 1,000 of them costs more
                # than the stat calls.
                path = folder / name
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
                changed = True
                index[meeting_id] = entry_of(meeting, st)
                shard = shard_of(meeting_id)
                shards.setdefault(shard, set()).add(meeting_id)
                dirty.add(shard)
        for gone in set(index) - seen:
            changed = True
            del index[gone]
            for shard, members in shards.items():
                if gone in members:
                    members.discard(gone)
                    dirty.add(shard)
        return changed

    def _read_shards(self) -> tuple[dict[str, dict[str, Any]], dict[str, set[str]], set[str]]:
        """Every entry of the shard files (their members by shard), and the shards to
        write again (one held a bad entry)."""
        index: dict[str, dict[str, Any]] = {}
        shards: dict[str, set[str]] = {}  # from the shard file's name: no hash per entry
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
                        shards.setdefault(name[:2], set()).add(doc["id"])
                    else:
                        dirty.add(name[:2])  # a bad entry is re-read from its meeting file
        return index, shards, dirty

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

    def _save_snapshot(self) -> None:
        """Write the list snapshot if the index changed and every shard is written."""
        if not self._snapshot_stale or self._dirty_shards or self.read_only:
            return
        shard_by_id = {m: shard for shard, members in self._shards.items() for m in members}
        with contextlib.suppress(OSError):  # only a cache: the next open reads the shards
            write_snapshot(self._index_dir, self._index, shard_by_id)
            self._snapshot_stale = False

    def _set_entry(self, meeting_id: str, entry: dict[str, Any] | None) -> str:
        self._snapshot_stale = True
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
            self._check_open()  # the meeting files checked first
            return list(self.listing())

    def listing(self) -> SummaryRows:
        """``list()`` as rows made when first asked for: straight from the snapshot while
        the index is unchanged since it was read, so showing 10,000 makes few of them.

        Of a store opened with ``check_files=False`` this is the index as read, before the
        meeting files are checked (the window shows it, then calls ``check_files()``)."""
        with self._lock:
            self._check_open(check_files=False)
            index = self._index
            if isinstance(index, CompactIndex) and index.unchanged:
                return SummaryRows(
                    index.ids,
                    lambda row: MeetingSummary.from_dict(index.summary_at(row)),
                    index.linked,
                )
            summaries = [dict(e["summary"]) for e in index.values()]
        summaries.sort(key=sort_key, reverse=True)
        return SummaryRows.of(MeetingSummary.from_dict(s) for s in summaries)

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
