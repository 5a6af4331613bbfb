"""The one place that knows the store's file format: TinyDB's, written atomically.

Every file the store keeps is a TinyDB file ({table: {doc_id: document}}), opened with
``TinyDB(path, storage=AtomicJSONStorage)`` and read and written through TinyDB's Table API.
Only ``AtomicJSONStorage`` turns the tables into bytes and back (``_read_tables``).

TinyDB itself is imported when a file is first opened through it: the window's start-up
reads only ``store.json`` (``read_doc``, TinyDB's ``get(doc_id=1)`` on the same tables)
and the index snapshot, and importing tinydb was about 1 % of that start-up.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from remotework_desktop.core.atomic import atomic_write_bytes
from remotework_desktop.core.store.errors import DamagedFile, StoreReadOnly
from remotework_desktop.core.text import t

if TYPE_CHECKING:
    from tinydb import TinyDB
    from tinydb.table import Document

SCHEMA_VERSION = 1
MANIFEST_NAME = "remotework-backup.json"
# A restore under way (restore.py): its journal, and the folders it stages the backup in.
RESTORE_JOURNAL = "restore-journal.json"
RESTORE_STAGING_PREFIX = "restore-new-"

MEETING_TABLE = "meeting"
DEFINITION_TABLE = "definition"
INDEX_TABLE = "index"
META_TABLE = "store"
EXPORTS_TABLE = "exports"
# Lower-case only: ids become file names, and some file systems ignore case.
ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
DIGEST_RE = re.compile(r"^[0-9a-f]{64}$")
SHARD_RE = re.compile(r"^[0-9a-f]{2}\.json$")
ARCHIVE_MEMBER_RE = re.compile(
    r"^(store\.json|exports\.json|db\.json|meetings/[a-z0-9][a-z0-9_-]{0,63}\.json"
    r"|definitions/[0-9a-f]{64}\.json)$"
)


def dumps(data: Any) -> bytes:
    # surrogatepass: a lone surrogate pasted into a note round-trips instead of failing the save.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8", "surrogatepass"
    )


def loads(raw: bytes) -> Any:
    return json.loads(raw.decode("utf-8", "surrogatepass"))


def _check_shape(data: Any) -> dict[str, dict[str, Any]]:
    """TinyDB's shape, {table: {doc_id: document}} with number ids, or DamagedFile."""
    if not isinstance(data, dict) or not all(
        isinstance(table, dict)
        and all(isinstance(doc, dict) and doc_id.isdecimal() for doc_id, doc in table.items())
        for table in data.values()
    ):
        raise DamagedFile(t("store.bad_shape"))
    return data


def _read_tables(path: Path | str) -> dict[str, dict[str, Any]] | None:
    """A store file's tables; None if there is no file; DamagedFile if it is not valid
    JSON or not in TinyDB's shape."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError:
        return None
    try:
        data = loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise DamagedFile(t("store.bad_json")) from exc
    return _check_shape(data)


@cache
def _storage_class() -> type:
    from tinydb.storages import Storage

    class AtomicJSONStorage(Storage):
        """A TinyDB storage that replaces its whole file atomically and durably on every
        write.

        Reading a file that is not valid JSON, or not in TinyDB's shape, raises
        ``DamagedFile`` instead of silently starting empty, so the store can set it aside and
        report it. With ``overwrite=True`` the old file is not read before the first write:
        TinyDB's Table starts from nothing, so a file written whole costs one write (and a
        damaged old file is simply replaced).
        """

        def __init__(
            self, path: Path | str, *, read_only: bool = False, overwrite: bool = False
        ) -> None:
            self.path = path  # a plain string stays one: opening 256 index shards is hot
            self.read_only = read_only
            self._fresh = overwrite

        def read(self) -> dict[str, dict[str, Any]] | None:
            if self._fresh:
                return None
            return _read_tables(self.path)

        def write(self, data: dict[str, dict[str, Any]]) -> None:
            if self.read_only:
                raise StoreReadOnly("Dataene er åbnet skrivebeskyttet og kan ikke ændres.")
            atomic_write_bytes(Path(self.path), dumps(data))
            self._fresh = False

        def close(self) -> None:
            """Nothing stays open between reads and writes."""

    AtomicJSONStorage.__module__ = __name__
    AtomicJSONStorage.__qualname__ = "AtomicJSONStorage"
    return AtomicJSONStorage


def __getattr__(name: str) -> Any:
    """``AtomicJSONStorage``, made (and tinydb imported) when first asked for."""
    if name == "AtomicJSONStorage":
        return _storage_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_db(path: Path | str, *, read_only: bool = False, overwrite: bool = False) -> TinyDB:
    """The TinyDB of one store file (nothing is read until a table is used)."""
    from tinydb import TinyDB

    return TinyDB(path, storage=_storage_class(), read_only=read_only, overwrite=overwrite)


def read_doc(path: Path | str, table: str) -> dict[str, Any] | None:
    """The one document of a one-document file; None if the file does not exist.

    Read without TinyDB: what ``db.table(table).get(doc_id=1)`` gives from the same tables.
    """
    tables = _read_tables(path)
    doc = (tables or {}).get(table, {}).get("1")
    if doc is None:
        if os.path.lexists(path):
            raise DamagedFile(t("store.bad_shape"))
        return None
    return dict(doc)


def write_doc(path: Path, table: str, doc: dict[str, Any]) -> None:
    """Replace a one-document file with ``doc`` as document 1 of ``table``."""
    from tinydb.table import Document

    with open_db(path, overwrite=True) as db:
        db.table(table, cache_size=0).insert(Document(doc, doc_id=1))


def write_docs(path: Path, table: str, docs: list[dict[str, Any]]) -> None:
    """Replace a file with ``docs`` as documents 1, 2, … of ``table``."""
    with open_db(path, overwrite=True) as db:
        db.table(table, cache_size=0).insert_multiple(docs)


def read_docs(path: Path | str, table: str) -> list[Document]:
    """Every document of one table; [] if the file does not exist."""
    with open_db(path, read_only=True) as db:
        return db.table(table, cache_size=0).all()


def check_file(path: Path | str) -> None:
    """DamagedFile unless the file is a readable TinyDB file."""
    with open_db(path, read_only=True) as db:
        db.tables()


# -- folders --------------------------------------------------------------------------------
def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def stamp(when: dt.datetime | None = None) -> str:
    return (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")


def not_a_folder(folder: Path) -> str | None:
    """A plain message if ``folder``, or a folder above it, already exists as something else."""
    for path in (folder, *folder.parents):
        if path.is_dir():
            return None
        if os.path.lexists(path):
            return t("store.folder_is_file", path=path)
    return None


def private_dir(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name != "nt":  # mkdir's mode is cut by the umask; make sure it is owner-only.
        folder.chmod(0o700)


def restore_interrupted(folder: Path) -> bool:
    """Whether a restore was cut off after it began to move data (its journal is there)."""
    return (folder / RESTORE_JOURNAL).exists()


def restore_left_over(folder: Path) -> bool:
    """Whether a restore left its journal or a staged folder behind: the work of
    ``restore.recover``, which an ordinary open (the window's start) does not import."""
    if restore_interrupted(folder):
        return True
    with os.scandir(folder) as entries:
        return any(e.name.startswith(RESTORE_STAGING_PREFIX) and e.is_dir() for e in entries)
