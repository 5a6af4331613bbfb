"""The list snapshot: the whole index in one file, in list order, for a fast start.

``index/list.snapshot`` is a cache derived from the index shards, which stay the truth:
deleting it loses nothing. It is written when the store closes (if the index changed) and
read on open only while every shard file is exactly the one it was made from (same names,
size, mtime_ns and inode: a rewritten shard, a crash after a save or an older copy of the
program makes the store read the shards again, as before). Either way the index is then
checked against the meeting files as ever.

The format is built to be loaded cheaply. Line 1 is a small JSON header (the shard files'
stats, the fields, how many meetings, the linked rows, each meeting's shard as two letters,
the size of the ids block); then three binary blocks: the ids (ASCII, comma-separated: a
store id is letters, digits, "_" and "-" only), each meeting file's size/mtime_ns/inode and
where each row starts (packed 64-bit numbers, little-endian: no Python int per meeting,
and nothing for a parser to scan); then one line per meeting, in list order (newest
meeting date first), holding its summary as a JSON array. Those rows stay one block of
bytes until a row is asked for, so 10,000 meetings cost one small header to parse and no
object per meeting but its id. Versions 1 and 2 held the ids and numbers inside the JSON
header (the parser scanned ~600 KB at 10,000 meetings): such a snapshot is not read, and
is written again on close.
"""

from __future__ import annotations

import json
import os
import sys
from array import array
from collections.abc import Iterator, Mapping, MutableMapping
from pathlib import Path
from typing import Any

from remotework_desktop.core.atomic import atomic_write_bytes
from remotework_desktop.core.store.files import SHARD_RE

# The summary's fields (Meeting.summary()), in this order; a field added later is kept after
# these.
from remotework_desktop.core.summary import FIELDS

SNAPSHOT_NAME = "list.snapshot"  # not a shard name: the shards' loader never reads it
FORMAT = "remotework-list"
VERSION = 3
ID_SEPARATOR = ","  # never in a store id (files.ID_RE)
# The fields due_states reads besides the state: rows with none of them set are never due
# and end no other row's due, so the list works them out from the linked rows only.
LINK_FIELDS = ("follow_up_date", "follows", "amends")

Entry = dict[str, Any]


def sort_key(summary: Mapping[str, Any]) -> tuple[str, str]:
    """The list's order, reversed: newest meeting date first, then newest change first."""
    return str(summary.get("meeting_date") or ""), str(summary.get("updated_at") or "")


def _pack(numbers: list[int]) -> bytes:
    packed = array("q", numbers)
    if sys.byteorder == "big":  # pragma: no cover - the file is little-endian everywhere
        packed.byteswap()
    return packed.tobytes()


def _unpack(data: bytes | memoryview) -> array[int]:
    packed = array("q")
    packed.frombytes(data)  # ValueError unless a whole number of 8-byte numbers
    if sys.byteorder == "big":  # pragma: no cover
        packed.byteswap()
    return packed


def shard_stats(index_dir: Path) -> dict[str, list[int]]:
    """{shard: [size, mtime_ns, inode]} of every shard file now in the index folder."""
    stats: dict[str, list[int]] = {}
    with os.scandir(index_dir) as entries:
        for entry in entries:
            if SHARD_RE.match(entry.name):
                st = entry.stat()
                stats[entry.name[:2]] = [st.st_size, st.st_mtime_ns, st.st_ino]
    return stats


class CompactIndex(MutableMapping[str, Entry]):
    """The index as read from a snapshot: entries are made from their line when asked for.

    Changes after loading go to a small overlay (``changed``); ``unchanged`` says whether
    the rows are still exactly the snapshot's, in list order.
    """

    def __init__(
        self,
        ids: list[str],
        stats: array[int],
        fields: tuple[str, ...],
        body: bytes,
        starts: array[int],
        linked: list[int],
    ) -> None:
        self.ids = ids
        self._rows: dict[str, int] | None = None  # made when first needed
        self._stats = stats  # size, mtime_ns, inode of row 0, then of row 1, …
        self._fields = fields
        self._body = body
        self._starts = starts  # where each row starts in body, and where the last ends
        self.linked = linked
        self._changed: dict[str, Entry] = {}
        self._removed: set[str] = set()

    @property
    def rows(self) -> dict[str, int]:
        """{meeting id: row} (not needed to show the list, so made when first asked for)."""
        if self._rows is None:
            self._rows = {meeting_id: row for row, meeting_id in enumerate(self.ids)}
        return self._rows

    @property
    def unchanged(self) -> bool:
        return not self._changed and not self._removed

    def summary_at(self, row: int) -> dict[str, Any]:
        """The stored summary of the meeting in this row of the snapshot."""
        line = self._body[self._starts[row] : self._starts[row + 1]]
        values = json.loads(line.decode("utf-8", "surrogatepass"))
        return dict(zip(self._fields, values, strict=True))

    def same_file(self, meeting_id: str, st: os.stat_result) -> bool:
        """True if the index has this meeting with exactly this file (no entry is made)."""
        if meeting_id in self._changed:
            entry = self._changed[meeting_id]
            return (
                entry["size"] == st.st_size
                and entry["mtime_ns"] == st.st_mtime_ns
                and entry["ino"] == st.st_ino
                and "follows" in entry["summary"]
            )
        row = self.rows.get(meeting_id)
        if row is None or meeting_id in self._removed:
            return False
        stats = self._stats
        return (
            stats[3 * row] == st.st_size
            and stats[3 * row + 1] == st.st_mtime_ns
            and stats[3 * row + 2] == st.st_ino
        )

    def __getitem__(self, meeting_id: str) -> Entry:
        if meeting_id in self._changed:
            return self._changed[meeting_id]
        row = self.rows.get(meeting_id)
        if row is None or meeting_id in self._removed:
            raise KeyError(meeting_id)
        size, mtime_ns, ino = self._stats[3 * row : 3 * row + 3]
        return {
            "id": meeting_id,
            "summary": self.summary_at(row),
            "size": size,
            "mtime_ns": mtime_ns,
            "ino": ino,
        }

    def __contains__(self, meeting_id: object) -> bool:
        if meeting_id in self._changed:
            return True
        return meeting_id in self.rows and meeting_id not in self._removed

    def __setitem__(self, meeting_id: str, entry: Entry) -> None:
        self._changed[meeting_id] = entry

    def __delitem__(self, meeting_id: str) -> None:
        found = self._changed.pop(meeting_id, None) is not None
        if meeting_id in self.rows and meeting_id not in self._removed:
            self._removed.add(meeting_id)
            found = True
        if not found:
            raise KeyError(meeting_id)

    def __iter__(self) -> Iterator[str]:
        for meeting_id in self.ids:
            if meeting_id not in self._removed and meeting_id not in self._changed:
                yield meeting_id
        yield from self._changed

    def __len__(self) -> int:
        kept = len(self.ids) - len(self._removed)
        return kept + sum(1 for m in self._changed if m not in self.rows or m in self._removed)

    def clear(self) -> None:
        self.ids, self._rows, self.linked = [], {}, []
        self._changed.clear()
        self._removed.clear()


def read_snapshot(index_dir: Path) -> tuple[CompactIndex, str] | None:
    """The index and its rows' shards (two letters a row), if the snapshot is there and
    matches every shard file."""
    try:
        with open(index_dir / SNAPSHOT_NAME, "rb") as handle:
            head_line = handle.readline()
            rest = handle.read()
        stats = shard_stats(index_dir)
    except OSError:
        return None
    try:
        head = json.loads(head_line.decode("utf-8", "surrogatepass"))
        if head.get("format") != FORMAT or head.get("version") != VERSION:
            return None
        if head["shards"] != stats:
            return None
        count, ids_size, codes, linked = (
            head["count"],
            head["ids_size"],
            head["codes"],
            head["linked"],
        )
        fields = tuple(head["fields"])
        view = memoryview(rest)
        numbers_at = ids_size
        starts_at = numbers_at + 24 * count
        body_at = starts_at + 8 * (count + 1)
        if not 0 <= ids_size <= body_at <= len(rest):
            return None
        joined = rest[:ids_size].decode("utf-8", "surrogatepass")
        ids = joined.split(ID_SEPARATOR) if joined else []
        numbers = _unpack(view[numbers_at:starts_at])
        starts = _unpack(view[starts_at:body_at])
        body = rest[body_at:]
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeError):
        return None  # not ours or cut short: the shards are read instead
    if not (
        isinstance(codes, str)
        and len(ids) == count
        and len(codes) == 2 * count
        and len(numbers) == 3 * count
        and len(starts) == count + 1
        and starts[-1] == len(body)
    ):
        return None
    return CompactIndex(ids, numbers, fields, body, starts, linked), codes


def write_snapshot(
    index_dir: Path, index: Mapping[str, Entry], shard_by_id: Mapping[str, str]
) -> None:
    """Write the snapshot of ``index`` for the shard files now on disk (OSError on failure)."""
    entries = sorted(index.values(), key=lambda e: sort_key(e["summary"]), reverse=True)
    extra = sorted({k for e in entries for k in e["summary"]} - set(FIELDS))
    fields = (*FIELDS, *extra)
    rows, starts, at = [], [], 0
    for e in entries:
        summary = e["summary"]
        # surrogatepass: a lone surrogate in a name round-trips, as in the store's files.
        values = [summary.get(f) for f in fields]
        row = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
        data = row.encode("utf-8", "surrogatepass") + b"\n"
        rows.append(data)
        starts.append(at)
        at += len(data)
    starts.append(at)
    ids = ID_SEPARATOR.join(e["id"] for e in entries).encode("utf-8", "surrogatepass")
    head = {
        "format": FORMAT,
        "version": VERSION,
        "shards": shard_stats(index_dir),
        "fields": fields,
        "count": len(entries),
        "ids_size": len(ids),
        "codes": "".join(shard_by_id[e["id"]] for e in entries),
        "linked": [
            row
            for row, e in enumerate(entries)
            if any(e["summary"].get(field) for field in LINK_FIELDS)
        ],
    }
    head_line = json.dumps(head, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    numbers = _pack([n for e in entries for n in (e["size"], e["mtime_ns"], e["ino"])])
    blocks = [head_line, b"\n", ids, numbers, _pack(starts), *rows]
    atomic_write_bytes(index_dir / SNAPSHOT_NAME, b"".join(blocks))
