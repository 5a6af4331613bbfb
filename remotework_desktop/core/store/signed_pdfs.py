"""Sealed PDFs of signed meetings, made once and kept: ``signed/<id>.<lang>.pdf``.

A signed plan does not change and its export is deterministic (the seal's time is the last
signing time), so its sealed PDF is made the first time it is needed (the review page right
after signing, ``sign`` on the command line, or the first export) and kept; every later
export writes those bytes out without ReportLab, pyHanko or the meeting models.

It is a cache of a deterministic result. Beside each PDF, ``<id>.<lang>.json`` holds the key
of everything the bytes depend on, and the PDF's SHA-256 and printed fingerprint (for the
export registry). The key is a digest of: the meeting file's bytes as stored (any change,
a private note included, gives another key; the checklist snapshots are in it by their
digest), the language, the date of the meeting it follows, the signing times as this
computer's clock prints them (its time zone), the seal key's certificate and the program's
version. A copy is used only while its key and SHA-256 match; otherwise the plan is rendered
and sealed again. Only PDFs without private items are kept. A read-only copy of the store
(another window writes the data) reads kept copies but never writes one.

Derived, so never backed up; a restore moves the folder aside with the old data, and
deleting a meeting deletes its kept PDFs.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from remotework_desktop import __version__
from remotework_desktop.core.atomic import atomic_write_bytes, fsync_dir, is_temp_name
from remotework_desktop.core.store.files import ID_RE, MEETING_TABLE, loads, private_dir
from remotework_desktop.core.text import LANGUAGES

if TYPE_CHECKING:
    from remotework_desktop.core.meetings import Meeting

SIGNED_DIR = "signed"
# Raised when the rendered bytes change without a new program version (none so far).
KEPT_FORMAT = 1


class KeptPdf:
    """A kept sealed PDF that matches the meeting as stored (a plain class: no dataclass to
    build as the store's modules load at start-up)."""

    __slots__ = ("data", "fingerprint", "lang", "sha256")

    def __init__(self, data: bytes, sha256: str, fingerprint: str, lang: str) -> None:
        self.data = data
        self.sha256 = sha256
        self.fingerprint = fingerprint  # the fingerprint the file prints
        self.lang = lang


def _sha(data: bytes) -> str:
    import hashlib  # here: its OpenSSL is loaded only when a kept PDF is hashed

    return hashlib.sha256(data).hexdigest()


def _digest(key: dict[str, Any]) -> str:
    """The key as kept in the key file: one digest (the signing times stay out of it)."""
    return _sha(json.dumps(key, sort_keys=True, ensure_ascii=False).encode("utf-8"))


class SignedPdfsMixin:
    """The kept-PDF part of ``Store`` (it provides folder, read_only, _lock, _index …)."""

    _signed_dir = property(lambda self: self.folder / SIGNED_DIR)

    def _kept_paths(self, meeting_id: str, lang: str) -> tuple[Path, Path]:
        base = self._signed_dir / f"{meeting_id}.{lang}"
        return base.with_name(base.name + ".pdf"), base.with_name(base.name + ".json")

    def _raw_record(self, meeting_id: str) -> tuple[bytes, dict[str, Any]] | None:
        """A meeting file's bytes and its record, unvalidated; None if it cannot be read."""
        if not isinstance(meeting_id, str) or not ID_RE.match(meeting_id):
            return None
        try:
            raw = self._meeting_path(meeting_id).read_bytes()
            record = loads(raw)[MEETING_TABLE]["1"]
        except (OSError, ValueError, UnicodeDecodeError, KeyError, TypeError):
            return None
        return (raw, record) if isinstance(record, dict) else None

    def _kept_key(self, raw: bytes, record: dict[str, Any], lang: str) -> dict[str, Any] | None:
        """Everything the sealed bytes depend on; None when it cannot be told (then render)."""
        from remotework_desktop.core.formatting import format_datetime
        from remotework_desktop.core.seal_key import CERT_FILE, seal_dir

        if lang not in LANGUAGES:
            return None
        # As render_for_export: the date of the meeting it follows, if that is stored.
        follows, follows_date = record.get("follows"), None
        if (
            isinstance(follows, str)
            and ID_RE.match(follows)
            and self._meeting_path(follows).exists()
        ):
            followed = self._raw_record(follows)
            if followed is None:
                return None
            follows_date = followed[1].get("meeting_date")
        try:
            cert = (seal_dir(self.folder) / CERT_FILE).read_bytes()
            # Printed in this computer's time zone: another zone prints other bytes.
            times = [format_datetime(s["signed_at"], lang) for s in record["signatures"]]
        except (OSError, KeyError, TypeError, ValueError):
            return None
        if not times:
            return None
        return {
            "format": KEPT_FORMAT,
            "program": __version__,
            "record": _sha(raw),
            "lang": lang,
            "include_private": False,
            "follows_date": follows_date,
            "signing_times": times,
            "seal_cert": _sha(cert),
        }

    def kept_pdf(
        self, meeting_id: str, lang: str | None, meeting: Meeting | None = None
    ) -> KeptPdf | None:
        """The kept sealed PDF of a stored signed meeting (without private items) when it
        still matches; None otherwise. ``lang`` None: the meeting's own language.

        Given ``meeting``, only if that is the meeting as stored. Reads files only: no model
        is built unless ``meeting`` is given.
        """
        with self._lock:
            # Closed (a render in a worker may outlive the store) or not: only files read,
            # and never an error; the caller then renders.
            if self._closed:
                return None
            found = self._raw_record(meeting_id)
            if found is None:
                return None
            raw, record = found
            if meeting is not None and self._split(meeting)[0] != record:
                return None
            lang = lang or record.get("language")
            key = self._kept_key(raw, record, lang) if isinstance(lang, str) else None
            if key is None:
                return None
            pdf_path, key_path = self._kept_paths(meeting_id, lang)
            try:
                info = json.loads(key_path.read_bytes())
                if not isinstance(info, dict) or info.get("key") != _digest(key):
                    return None
                data = pdf_path.read_bytes()
            except (OSError, ValueError, UnicodeDecodeError):
                return None
            sha, fingerprint = _sha(data), info.get("fingerprint")
            if sha != info.get("sha256") or not isinstance(fingerprint, str):
                return None
            return KeptPdf(data, sha, fingerprint, lang)

    def keep_pdf(
        self,
        meeting: Meeting,
        lang: str,
        data: bytes,
        *,
        fingerprint: str,
        follows_date: str | None,
        cert_pem: bytes,
    ) -> bool:
        """Keep the sealed PDF (no private items) of ``meeting``, if it is signed and is the
        meeting as stored, rendered with ``follows_date`` and sealed with ``cert_pem``.

        True if kept. Never writes in a read-only store, and never fails: a file that
        cannot be written (a full disk) is simply not kept.
        """
        if self.read_only or not meeting.is_signed:
            return False
        with self._lock:
            if self._closed:
                return False
            found = self._raw_record(meeting.id)
            if found is None or self._split(meeting)[0] != found[1]:
                return False  # not the meeting as stored: never kept under its key
            key = self._kept_key(*found, lang)
            if key is None or key["follows_date"] != follows_date:
                return False
            if key["seal_cert"] != _sha(cert_pem):
                return False
            pdf_path, key_path = self._kept_paths(meeting.id, lang)
            info = {"key": _digest(key), "sha256": _sha(data), "fingerprint": fingerprint}
            try:
                private_dir(self._signed_dir)
                # The PDF first: a key file never names bytes that are not there (and the
                # SHA-256 is checked on every use anyway).
                atomic_write_bytes(pdf_path, data)
                atomic_write_bytes(key_path, json.dumps(info, sort_keys=True).encode())
            except OSError:
                for path in (key_path, pdf_path):
                    with contextlib.suppress(OSError):
                        path.unlink(missing_ok=True)
                return False
            return True

    def _forget_kept_pdfs(self, meeting_id: str) -> int:
        """Remove a meeting's kept PDFs (and any temp file a crash left of one)."""
        folder = self._signed_dir
        if not folder.is_dir():
            return 0
        removed = 0
        with os.scandir(folder) as entries:
            names = [e.name for e in entries]
        for name in names:
            bare = name[1:] if is_temp_name(name) else name
            if bare.split(".", 1)[0] == meeting_id:
                (folder / name).unlink(missing_ok=True)
                removed += 1
        if removed:
            fsync_dir(folder)
        return removed

    def _sweep_kept_pdfs(self) -> None:
        """The writer removes kept PDFs of meetings no longer stored (e.g. set aside)."""
        folder = self._signed_dir
        if self.read_only or not folder.is_dir():
            return
        with contextlib.suppress(OSError):
            with os.scandir(folder) as entries:
                ids = {e.name.lstrip(".").split(".", 1)[0] for e in entries}
            for meeting_id in ids:
                if not ID_RE.match(meeting_id) or meeting_id in self._index:
                    continue
                if not self._meeting_path(meeting_id).exists():
                    self._forget_kept_pdfs(meeting_id)
