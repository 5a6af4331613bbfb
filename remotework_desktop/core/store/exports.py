"""The export registry: ``exports.json`` remembers the SHA-256 of every PDF made."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from tinydb import Query, TinyDB

from remotework_desktop.core.store.errors import (
    DamagedFile,
    NotFound,
    StoreError,
    plain_os_error,
)
from remotework_desktop.core.store.files import DIGEST_RE, EXPORTS_TABLE, ID_RE, now, open_db
from remotework_desktop.core.text import t


class ExportsMixin:
    """The export part of ``Store`` (it provides folder, read_only, _index, _lock …)."""

    @contextlib.contextmanager
    def _exports(self) -> Iterator[TinyDB]:
        db = open_db(self.folder / "exports.json", read_only=self.read_only)
        try:
            yield db
        finally:
            db.close()

    def _check_exports(self) -> None:
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
        sha = (sha256 or "").lower()
        if not DIGEST_RE.match(sha):
            raise StoreError(t("store.bad_pdf_digest"))
        with self._lock:
            self._check_open()
            if meeting_id not in self._index:
                raise NotFound(t("store.not_found", meeting_id=meeting_id))
            record = {
                "meeting_id": meeting_id,
                "sha256": sha,
                "fingerprint": fingerprint,
                "lang": lang,
                "include_private": bool(include_private),
                "exported_at": now().replace(microsecond=0).isoformat(),
            }
            try:
                with self._exports() as db:
                    db.table(EXPORTS_TABLE).insert(record)
            except DamagedFile as exc:
                raise StoreError(t("store.exports_unreadable")) from exc
            except OSError as exc:
                raise StoreError(plain_os_error(exc)) from exc

    def _search_exports(self, cond: Any) -> list[dict[str, Any]]:
        with self._lock:
            self._check_open()
            try:
                with self._exports() as db:
                    return [dict(d) for d in db.table(EXPORTS_TABLE).search(cond)]
            except DamagedFile:
                return []  # already reported (and set aside) when the store was opened
            except OSError as exc:
                raise StoreError(plain_os_error(exc, "læse")) from exc

    def find_export(self, sha256: str) -> dict[str, Any] | None:
        """The newest export record of a PDF with this SHA-256, or None."""
        found = self._search_exports(Query().sha256 == (sha256 or "").lower())
        return found[-1] if found else None

    def exports_for(self, meeting_id: str) -> list[dict[str, Any]]:
        """Every export record of one meeting, oldest first."""
        return self._search_exports(Query().meeting_id == meeting_id)

    def _forget_exports(self, meeting_id: str) -> None:
        with self._exports() as db:
            db.table(EXPORTS_TABLE).remove(Query().meeting_id == meeting_id)
