"""Check a PDF: its seal, its own data, the local record, and whether it is signed.

Exit codes follow the CLI: 0 the seal is valid (by this laptop's certificate or the one
given) and everything matches, or an unsealed file of an older release is byte for byte in
this store's export registry; 1 something changed, the seal is by a certificate not known
here, or the plan is a draft (not a valid agreement); 2 the file is not ours, or has neither
a seal nor an entry in this store's export registry.

A file carries exactly the data it prints (``render.printed_data``), so it is compared with
the local record cut down the same way. A file of the previous release (``FORMAT_V1``)
carries the whole record and is compared with the whole record.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from remotework_desktop.core import seal_key
from remotework_desktop.core.fingerprint import canonical_digest
from remotework_desktop.core.pdf.constants import ATTACHMENT_NAME, FORMAT, FORMAT_V1
from remotework_desktop.core.pdf.seal import read_seal
from remotework_desktop.core.summary import MeetingSummary
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
    # One line each: the seal, unchanged since sealing, data vs fingerprint, the stored
    # record, signed or draft.
    report: list[str] = field(default_factory=list)

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


_PAGE_FINGERPRINT = re.compile(r"(?:Fingeraftryk|Fingerprint)\s+([0-9a-f]{12})")


def page_fingerprints(data: bytes) -> list[str | None]:
    """Per page, the fingerprint its footer prints (the first 12 hex digits), or None."""
    from pypdf import PdfReader

    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        found = [_PAGE_FINGERPRINT.search(page.extract_text() or "") for page in reader.pages]
    except Exception:  # unreadable pages print no fingerprint
        return []
    finally:
        logger.setLevel(level)
    return [m.group(1) if m else None for m in found]


def _cert_der(pem_or_der: bytes) -> bytes:
    """A certificate file (PEM or DER) as DER; ValueError if it is neither."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    if b"-----BEGIN" in pem_or_der:
        return x509.load_pem_x509_certificate(pem_or_der).public_bytes(Encoding.DER)
    return x509.load_der_x509_certificate(pem_or_der).public_bytes(Encoding.DER)


def _seal_lines(
    data: bytes, store: ExportRegistry | None, cert: bytes | None, registered: bool
) -> tuple[bool, list[str], list[str]]:
    """(sealed, report lines, problems) for the seal and for "unchanged since sealing"."""
    seal = read_seal(data)
    if not seal.present:
        line = t("verify.no_seal")
        same = t("verify.unchanged_registered") if registered else t("verify.unchanged_unknown")
        return False, [line, same], []
    problems: list[str] = []
    if seal.cert_der is None or not seal.intact:
        line = t("verify.seal_invalid")
        problems.append(line)
    else:
        subject, fingerprint = seal_key.describe(seal.cert_der)
        if cert is not None:
            known = cert == seal.cert_der
            whose = t("verify.given_cert" if known else "verify.not_given_cert")
        else:
            own = seal_key.load(store.folder) if store is not None else None
            known = own is not None and own.cert_der == seal.cert_der
            whose = t("verify.own_cert" if known else "verify.not_own_cert")
        line = t("verify.seal_valid", subject=subject, fingerprint=fingerprint, whose=whose)
        if not known:
            problems.append(line)
    if seal.intact and seal.whole:
        same = t("verify.unchanged_since_sealing")
    else:
        same = t("verify.changed_since_sealing")
        problems.append(same)
    return True, [line, same], problems


def verify_pdf(data: bytes, store: ExportRegistry, *, cert: bytes | None = None) -> VerifyResult:
    """Check ``data`` (a PDF's bytes): its seal, its own data, ``store``'s record.

    ``cert``: the certificate (PEM or DER) the seal must be made with; None means this
    laptop's own seal certificate.
    """
    from remotework_desktop.core.pdf.printed import printed_data
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
    cert_der = _cert_der(cert) if cert is not None else None
    registered = store.find_export(hashlib.sha256(data).hexdigest()) is not None
    sealed, report, differences = _seal_lines(data, store, cert_der, registered)
    # The embedded data against its fingerprint, and the fingerprint every page prints.
    own: list[str] = []
    fingerprint = document.get("fingerprint")
    if canonical_digest(canonical) != fingerprint:
        own.append(t("verify.content_changed"))
    for key, canon_key in (("meeting_id", "id"), ("version", "version"), ("state", "state")):
        if document.get(key) != canonical.get(canon_key):
            own.append(t("verify.field_mismatch", key=key))
    include_private = document.get("include_private")
    if form == FORMAT and not isinstance(include_private, bool):
        own.append(t("verify.include_private"))
    signed = MeetingSummary.from_dict({"id": "", "state": canonical.get("state")}).is_signed
    if signed:
        printed = page_fingerprints(data)
        if not printed or any(p != str(fingerprint)[:12] for p in printed):
            own.append(t("verify.page_fingerprint"))
    short = str(fingerprint)[:12]
    if own:
        report.append(t("verify.data_differs", difference=own[0]))
    elif signed:
        report.append(t("verify.data_matches_pages", short=short))
    else:
        report.append(t("verify.data_matches_draft", short=short))
    differences += own

    meeting_id = str(document.get("meeting_id") or canonical.get("id") or "")
    stored: list[str] = []
    try:
        local = store.get(meeting_id)
    except NotFound:
        report.append(t("verify.record_unknown", meeting_id=meeting_id))
        if not sealed:
            differences.append(report[-1])
    else:
        if form == FORMAT_V1:
            local_data = local.canonical()
            signed_print = fingerprint  # the file printed the signed fingerprint itself
        else:
            local_data = printed_data(local, include_private=include_private is True)
            signed_print = local.compute_fingerprint()
        for name in differing_fields(canonical, local_data):
            stored.append(t("verify.stored_differs", name=name))
        if local.is_signed and local.fingerprint != signed_print:
            stored.append(t("verify.stored_differs", name="fingerprint"))
        report.append(
            t("verify.record_differs", difference=stored[0])
            if stored
            else t("verify.record_matches")
        )
        differences += stored

    if signed:
        report.append(t("verify.state_signed"))
    else:
        report.append(t("verify.state_draft"))
    if not sealed and not registered:
        # Anyone can make a file like this one: it proves nothing, whatever it holds.
        return VerifyResult(NOT_OURS, t("verify.unproven"), differences, report)
    if differences:
        first = differences[0]
        return VerifyResult(DIFFERS, t("verify.differs", difference=first), differences, report)
    if not signed:
        return VerifyResult(DIFFERS, t("verify.draft", short=short), [], report)
    note = "" if sealed else " " + t("verify.no_seal_note")
    return VerifyResult(MATCHES, t("verify.matches", short=short, note=note), [], report)
