"""Check a PDF against itself and against the local record.

Exit codes follow the CLI: 0 the file matches; 1 it is one of ours but something differs
(changed content, changed local record, unknown meeting, or a file that is not byte for byte
an export from this installation); 2 it is not one of ours at all.

A file carries exactly the data it prints (``report.printed_data``), so it is compared with
the local record cut down the same way. A file of the previous release (``FORMAT_V1``)
carries the whole record and is compared with the whole record.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from remotework_desktop.core.fingerprint import canonical_digest
from remotework_desktop.core.pdf_constants import ATTACHMENT_NAME, FORMAT, FORMAT_V1
from remotework_desktop.core.text import t

if TYPE_CHECKING:
    from remotework_desktop.core.protocols import ExportRegistry

MATCHES = 0
DIFFERS = 1
NOT_OURS = 2

_MARKERS = (FORMAT.encode("ascii"), FORMAT_V1.encode("ascii"))


@dataclass
class VerifyResult:
    """The outcome: ``code`` 0/1/2, a one-line ``message``, and each difference found."""

    code: int
    message: str
    differences: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.code == MATCHES


def extract_embedded(data: bytes) -> dict[str, Any] | None:
    """The embedded agreement JSON of a PDF, or None if there is none or it cannot be read."""
    from pypdf import PdfReader

    # pypdf logs every oddity of a damaged file; the result already says what is wrong.
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        found = reader.attachments.get(ATTACHMENT_NAME)
        if not found:
            return None
        document = json.loads(found[0].decode("utf-8"))
    except Exception:  # any parse failure means "no readable data" here
        return None
    finally:
        logger.setLevel(level)
    return document if isinstance(document, dict) else None


def differing_fields(embedded: Mapping[str, Any], local: Mapping[str, Any]) -> list[str]:
    """Top-level fields that differ; entries are named down to the item (entries.cl.item)."""
    out: list[str] = []
    for key in sorted(set(embedded) | set(local)):
        a, b = embedded.get(key), local.get(key)
        if a == b:
            continue
        if key == "entries" and isinstance(a, Mapping) and isinstance(b, Mapping):
            for cid in sorted(set(a) | set(b)):
                ea, eb = a.get(cid), b.get(cid)
                if ea == eb:
                    continue
                if isinstance(ea, Mapping) and isinstance(eb, Mapping):
                    out += [
                        f"entries.{cid}.{iid}"
                        for iid in sorted(set(ea) | set(eb))
                        if ea.get(iid) != eb.get(iid)
                    ]
                else:
                    out.append(f"entries.{cid}")
        else:
            out.append(key)
    return out


def verify_pdf(data: bytes, store: ExportRegistry) -> VerifyResult:
    """Check ``data`` (a PDF's bytes) on its own and against ``store``."""
    from remotework_desktop.core.report import printed_data  # ReportLab: only when checking
    from remotework_desktop.core.store import NotFound

    ours = any(marker in data for marker in _MARKERS)
    if not data.startswith(b"%PDF-") and not ours:
        return VerifyResult(NOT_OURS, t("verify.not_pdf"))
    document = extract_embedded(data)
    if document is None:
        if ours:
            # Our marker is there but the data cannot be read: the file was damaged.
            msg = t("verify.unreadable")
            return VerifyResult(DIFFERS, t("verify.differs", difference=msg), [msg])
        return VerifyResult(NOT_OURS, t("verify.no_data"))
    canonical = document.get("canonical")
    form = document.get("format")
    if form not in (FORMAT, FORMAT_V1) or not isinstance(canonical, dict):
        return VerifyResult(NOT_OURS, t("verify.unknown_format"))

    differences: list[str] = []
    fingerprint = document.get("fingerprint")
    if canonical_digest(canonical) != fingerprint:
        differences.append(t("verify.content_changed"))
    for key, canon_key in (("meeting_id", "id"), ("version", "version"), ("state", "state")):
        if document.get(key) != canonical.get(canon_key):
            differences.append(t("verify.field_mismatch", key=key))
    include_private = document.get("include_private")
    if form == FORMAT and not isinstance(include_private, bool):
        differences.append(t("verify.include_private"))

    meeting_id = str(document.get("meeting_id") or canonical.get("id") or "")
    try:
        local = store.get(meeting_id)
    except NotFound:
        differences.append(t("verify.unknown_meeting", meeting_id=meeting_id))
    else:
        if form == FORMAT_V1:
            local_data = local.canonical()
            sealed = fingerprint  # the file printed the signed fingerprint itself
        else:
            local_data = printed_data(local, include_private=include_private is True)
            sealed = local.compute_fingerprint()
        for name in differing_fields(canonical, local_data):
            differences.append(t("verify.stored_differs", name=name))
        if local.is_signed and local.fingerprint != sealed:
            differences.append(t("verify.stored_differs", name="fingerprint"))

    if store.find_export(hashlib.sha256(data).hexdigest()) is None:
        differences.append(t("verify.not_exported"))
    if differences:
        return VerifyResult(DIFFERS, t("verify.differs", difference=differences[0]), differences)
    short = str(fingerprint)[:12]
    return VerifyResult(MATCHES, t("verify.matches", short=short))
