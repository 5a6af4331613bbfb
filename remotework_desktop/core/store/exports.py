"""The export registry: ``exports.json`` remembers the SHA-256 of every PDF made.

A read-only copy (another window writes the data) queues its records instead, one small
file each in ``exports-pending/``; ``find_export`` reads the queue too, and the writer takes
it into the registry when it next opens the data.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from remotework_desktop.core.atomic import atomic_write_bytes, is_temp_name
from remotework_desktop.core.store.errors import (
    DamagedFile,
    NotFound,
    StoreError,
    plain_os_error,
)
from remotework_desktop.core.store.files import (
    DIGEST_RE,
    EXPORTS_TABLE,
    ID_RE,
    now,
    open_db,
    private_dir,
)
from remotework_desktop.core.text import t

if TYPE_CHECKING:
    from tinydb import TinyDB
    from tinydb.queries import Query


def _query() -> Query:
    """A TinyDB query (tinydb is imported when the exports are first searched)."""
    from tinydb import Query

    return Query()


# Export records queued by a read-only copy, one small file each, for the writer to take in.
PENDING_EXPORTS = "exports-pending"


class ExportsMixin:
    """The export part of ``Store`` (it provides folder, read_only, _index, _lock …)."""

    @contextlib.contextmanager
    def _exports(self) -> Iterator[TinyDB]:
        db = open_db(self.folder / "exports.json", read_only=self.read_only)
        try:
            yield db
        finally:
            db.close()

    @property
    def _pending_dir(self) -> Path:
        return self.folder / PENDING_EXPORTS

    def _pending_exports(self) -> list[tuple[Path, dict[str, Any]]]:
        """Export records a read-only copy queued, of meetings still stored, oldest first."""
        found: list[tuple[Path, dict[str, Any]]] = []
        if not self._pending_dir.is_dir():
            return found
        for path in sorted(self._pending_dir.glob("*.json")):
            if is_temp_name(path.name):
                continue
            try:
                record = json.loads(path.read_bytes())
            except (OSError, ValueError):
                continue  # half-written or unreadable: not a record
            if (
                isinstance(record, dict)
                and record.get("meeting_id") in self._index
                and DIGEST_RE.match(str(record.get("sha256", "")))
            ):
                found.append((path, record))
        return found

    def _take_in_pending_exports(self) -> None:
        """The writer moves the queued export records into the registry, then removes them."""
        pending = self._pending_exports()
        if pending:
            with self._exports() as db:
                table = db.table(EXPORTS_TABLE)
                for _, record in pending:
                    table.insert(record)
        if self._pending_dir.is_dir():
            for path in self._pending_dir.iterdir():
                path.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                self._pending_dir.rmdir()

    def _check_exports(self) -> None:
        if not self.read_only:
            # If that fails they stay queued, are still found, and are taken in next time.
            with contextlib.suppress(OSError, DamagedFile):
                self._take_in_pending_exports()
        try:
            with self._exports() as db:
                table = db.table(EXPORTS_TABLE, cache_size=0)
                rows = table.all()
                # Records of a meeting deleted on a full disk are dropped once there is room.
                gone = [r.doc_id for r in rows if not self._still_held(r.get("meeting_id"))]
                if gone and not self.read_only:
                    with contextlib.suppress(OSError):
                        table.remove(doc_ids=gone)
        except DamagedFile as exc:
            self._set_aside(self.folder / "exports.json", exc.reason)

    def _still_held(self, meeting_id: Any) -> bool:
        """The meeting is stored, or a damaged copy of it is kept aside."""
        if meeting_id in self._index:
            return True
        if not isinstance(meeting_id, str) or not ID_RE.match(meeting_id):
            return False
        return self._meeting_path(meeting_id).exists() or any(
            self._damaged_dir.glob(f"*meetings-{meeting_id}.json*")
        )

    def record_export(
        self,
        meeting_id: str,
        sha256: str,
        fingerprint: str | None,
        lang: str,
        include_private: bool,
    ) -> None:
        """Remember that a PDF with this SHA-256 was made from this meeting."""
        self._check_writable()
        with self._lock:
            record = self._export_record(meeting_id, sha256, fingerprint, lang, include_private)
            try:
                with self._exports() as db:
                    db.table(EXPORTS_TABLE).insert(record)
            except DamagedFile as exc:
                raise StoreError(t("store.exports_unreadable")) from exc
            except OSError as exc:
                raise StoreError(plain_os_error(exc)) from exc

    def queue_export(
        self,
        meeting_id: str,
        sha256: str,
        fingerprint: str | None,
        lang: str,
        include_private: bool,
    ) -> None:
        """``record_export`` for a read-only copy (another window writes the data).

        The record goes into a small file of its own in ``exports-pending/``, which
        ``find_export`` reads too and the writer takes into the registry when it next opens
        the data; the registry itself is left to the writer.
        """
        with self._lock:
            record = self._export_record(meeting_id, sha256, fingerprint, lang, include_private)
            name = f"{record['exported_at'][:19].replace(':', '')}-{record['sha256']}.json"
            try:
                private_dir(self._pending_dir)
                atomic_write_bytes(self._pending_dir / name, json.dumps(record).encode())
            except OSError as exc:
                raise StoreError(plain_os_error(exc)) from exc

    def _export_record(
        self,
        meeting_id: str,
        sha256: str,
        fingerprint: str | None,
        lang: str,
        include_private: bool,
    ) -> dict[str, Any]:
        sha = (sha256 or "").lower()
        if not DIGEST_RE.match(sha):
            raise StoreError(t("store.bad_pdf_digest"))
        self._check_open()
        if meeting_id not in self._index:
            raise NotFound(t("store.not_found", meeting_id=meeting_id))
        return {
            "meeting_id": meeting_id,
            "sha256": sha,
            "fingerprint": fingerprint,
            "lang": lang,
            "include_private": bool(include_private),
            "exported_at": now().replace(microsecond=0).isoformat(),
        }

    def _search_exports(self, cond: Any) -> list[dict[str, Any]]:
        with self._lock:
            self._check_open()
            try:
                with self._exports() as db:
                    found = [dict(d) for d in db.table(EXPORTS_TABLE).search(cond)]
            except DamagedFile:
                found = []  # already reported (and set aside) when the store was opened
            except OSError as exc:
                raise StoreError(plain_os_error(exc, "læse")) from exc
            return found + [r for _, r in self._pending_exports() if cond(r)]

    def find_export(self, sha256: str) -> dict[str, Any] | None:
        """The newest export record of a PDF with this SHA-256, or None."""
        found = self._search_exports(_query().sha256 == (sha256 or "").lower())
        return found[-1] if found else None

    def exports_for(self, meeting_id: str) -> list[dict[str, Any]]:
        """Every export record of one meeting, oldest first."""
        return self._search_exports(_query().meeting_id == meeting_id)

    def _forget_exports(self, meeting_id: str) -> None:
        with self._exports() as db:
            db.table(EXPORTS_TABLE).remove(_query().meeting_id == meeting_id)
