"""The crash-safe store: TinyDB files in the data folder, written atomically, one per meeting.

Layout of the data folder (schema version 1)::

    store.json                 schema version and store metadata
    store.lock                 held (an OS file lock) by the one program that may write
    meetings/<id>.json         one meeting, without its checklist snapshots
    definitions/<digest>.json  checklist snapshots, content-addressed, written once, shared
    index/<xx>.json            256 shards of meeting summaries, for listing without reading
                               every meeting; each entry carries the meeting file's
                               size/mtime_ns/inode so the index heals itself on open
    index/list.snapshot        the whole index in list order, one file (a cache of the
                               shards, used while it matches them: a fast start)
    exports.json               SHA-256 of every exported PDF
    signed/<id>.<lang>.pdf     a signed meeting's sealed PDF, made once and kept, with its
                               key in <id>.<lang>.json (a cache: ``signed_pdfs``)
    backups/*.zip              rolling daily backups and backups taken before a migration
    damaged/<time>-<name>      files that could not be read, kept aside (never deleted)

Every file but the caches (the snapshot, see ``snapshot``, and the kept PDFs and their keys,
written atomically too) is a TinyDB file ({table: {doc_id: document}}), opened with
``TinyDB(path, storage=AtomicJSONStorage)`` and read and written with TinyDB's Table API,
so a crash leaves either the old or the new file, never a torn one. Saving one meeting
writes its own small file, plus one small index shard only when the meeting's summary
changed, so it costs the same with ten meetings stored as with 10,000.

The package, by job: ``files`` (the storage, the only code that knows the file format),
``lock``, ``index`` (and its ``snapshot``), ``records`` (meeting files and checklist
snapshots), ``exports``, ``signed_pdfs``, ``backups``, ``restore``, ``migrations``,
``damaged``, and ``store`` (the ``Store`` façade).
"""

from remotework_desktop.core.store.backups import AUTO_BACKUPS_KEPT
from remotework_desktop.core.store.errors import (
    DamagedFile,
    NotFound,
    StoreError,
    StoreLocked,
    StoreReadOnly,
    plain_os_error,
)
from remotework_desktop.core.store.files import (
    MANIFEST_NAME,
    SCHEMA_VERSION,
)
from remotework_desktop.core.store.migrations import MIGRATIONS
from remotework_desktop.core.store.store import Store

__all__ = [
    "AUTO_BACKUPS_KEPT",
    "MANIFEST_NAME",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "AtomicJSONStorage",
    "DamagedFile",
    "NotFound",
    "Store",
    "StoreError",
    "StoreLocked",
    "StoreReadOnly",
    "plain_os_error",
]


def __getattr__(name: str) -> object:
    """``AtomicJSONStorage`` when asked for: it imports tinydb (see ``files``)."""
    if name == "AtomicJSONStorage":
        from remotework_desktop.core.store import files

        return files.AtomicJSONStorage
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
