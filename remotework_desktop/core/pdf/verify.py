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
from typing import Any

from remotework_desktop.core import seal_key
from remotework_desktop.core.checklists import canonical_digest
from remotework_desktop.core.messages import say
from remotework_desktop.core.pdf.render import printed_data
from remotework_desktop.core.pdf.seal import read_seal
from remotework_desktop.core.pdf.strings import ATTACHMENT_NAME, FORMAT, FORMAT_V1

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
    data: bytes, store: Any, cert: bytes | None, registered: bool
) -> tuple[bool, list[str], list[str]]:
    """(sealed, report lines, problems) for the seal and for "unchanged since sealing"."""
    seal = read_seal(data)
    if not seal.present:
        line = say(
            "Segl: intet segl (lavet før seglet fandtes, eller en kladde).",
            "Seal: no seal (made before the seal existed, or a draft).",
        )
        if registered:
            same = say(
                "Uændret: ja, byte for byte den PDF, dette program gemte (eksportlisten).",
                "Unchanged: yes, byte for byte the PDF this program saved (export registry).",
            )
        else:
            same = say(
                "Uændret: kan ikke afgøres uden segl.", "Unchanged: cannot tell without a seal."
            )
        return False, [line, same], []
    problems: list[str] = []
    if seal.cert_der is None or not seal.intact:
        line = say(
            "Segl: UGYLDIGT – filen er ændret efter forseglingen, eller seglet er beskadiget.",
            "Seal: INVALID – the file was changed after sealing, or the seal is damaged.",
        )
        problems.append(line)
    else:
        subject, fingerprint = seal_key.describe(seal.cert_der)
        if cert is not None:
            known = cert == seal.cert_der
            whose = (
                say("det er det givne certifikat", "it is the given certificate")
                if known
                else say("det er IKKE det givne certifikat", "it is NOT the given certificate")
            )
        else:
            own = seal_key.load(store.folder) if store is not None else None
            known = own is not None and own.cert_der == seal.cert_der
            whose = (
                say("det er denne computers eget", "it is this computer's own")
                if known
                else say(
                    "det er IKKE denne computers; sammenlign fingeraftrykket med HR's, "
                    "eller brug --cert",
                    "it is NOT this computer's; compare the fingerprint with HR's, or use --cert",
                )
            )
        line = say(
            f"Segl: gyldigt, af certifikatet {subject} (SHA-256 {fingerprint}); {whose}.",
            f"Seal: valid, by the certificate {subject} (SHA-256 {fingerprint}); {whose}.",
        )
        if not known:
            problems.append(line)
    if seal.intact and seal.whole:
        same = say("Uændret siden forseglingen: ja.", "Unchanged since sealing: yes.")
    else:
        same = say(
            "Uændret siden forseglingen: NEJ – der er ændret eller tilføjet noget.",
            "Unchanged since sealing: NO – something was changed or added.",
        )
        problems.append(same)
    return True, [line, same], problems


def verify_pdf(data: bytes, store: Any, *, cert: bytes | None = None) -> VerifyResult:
    """Check ``data`` (a PDF's bytes): its seal, its own data, ``store``'s record.

    ``cert``: the certificate (PEM or DER) the seal must be made with; None means this
    laptop's own seal certificate.
    """
    from remotework_desktop.core.store import NotFound

    ours = any(marker in data for marker in _MARKERS)
    if not data.startswith(b"%PDF-") and not ours:
        return VerifyResult(
            NOT_OURS, say("not ours – filen er ikke en PDF.", "not ours – the file is not a PDF.")
        )
    document = extract_embedded(data)
    if document is None:
        if ours:
            # Our marker is there but the data cannot be read: the file was damaged.
            msg = say(
                "Filen er ændret eller beskadiget: aftalens data kan ikke læses.",
                "The file is changed or damaged: the agreement's data cannot be read.",
            )
            return VerifyResult(
                DIFFERS,
                say(f"differs – stemmer ikke: {msg}", f"differs – does not match: {msg}"),
                [msg],
            )
        return VerifyResult(
            NOT_OURS,
            say(
                "not ours – PDF'en er ikke lavet af dette program (ingen aftaledata).",
                "not ours – the PDF was not made by this program (no agreement data).",
            ),
        )
    canonical = document.get("canonical")
    form = document.get("format")
    if form not in (FORMAT, FORMAT_V1) or not isinstance(canonical, dict):
        return VerifyResult(
            NOT_OURS,
            say(
                "not ours – PDF'en har aftaledata i et ukendt format.",
                "not ours – the PDF holds agreement data in an unknown format.",
            ),
        )
    cert_der = _cert_der(cert) if cert is not None else None
    registered = store.find_export(hashlib.sha256(data).hexdigest()) is not None
    sealed, report, differences = _seal_lines(data, store, cert_der, registered)
    # The embedded data against its fingerprint, and the fingerprint every page prints.
    own: list[str] = []
    fingerprint = document.get("fingerprint")
    if canonical_digest(canonical) != fingerprint:
        own.append(
            say(
                "Aftalens indhold passer ikke med fingeraftrykket i filen (indholdet er ændret).",
                "The agreement's content does not match the fingerprint in the file "
                "(the content was changed).",
            )
        )
    for key, canon_key in (("meeting_id", "id"), ("version", "version"), ("state", "state")):
        if document.get(key) != canonical.get(canon_key):
            own.append(
                say(
                    f"Filens '{key}' passer ikke med aftalens indhold.",
                    f"The file's '{key}' does not match the agreement's content.",
                )
            )
    include_private = document.get("include_private")
    if form == FORMAT and not isinstance(include_private, bool):
        own.append(
            say(
                "Filens 'include_private' er hverken sand eller falsk.",
                "The file's 'include_private' is neither true nor false.",
            )
        )
    signed = canonical.get("state") == "signed"
    if signed:
        printed = page_fingerprints(data)
        if not printed or any(p != str(fingerprint)[:12] for p in printed):
            own.append(
                say(
                    "Fingeraftrykket på siderne passer ikke med aftalens data.",
                    "The fingerprint printed on the pages does not match the agreement's data.",
                )
            )
    short = str(fingerprint)[:12]
    if own:
        report.append(
            say(
                f"Data og fingeraftryk: STEMMER IKKE – {own[0]}",
                f"Data and fingerprint: DO NOT MATCH – {own[0]}",
            )
        )
    elif signed:
        report.append(
            say(
                f"Data og fingeraftryk: stemmer med fingeraftrykket på hver side ({short}).",
                f"Data and fingerprint: match the fingerprint printed on every page ({short}).",
            )
        )
    else:
        report.append(
            say(
                f"Data og fingeraftryk: stemmer ({short}); en kladde har intet på siderne.",
                f"Data and fingerprint: match ({short}); a draft prints none on its pages.",
            )
        )
    differences += own

    meeting_id = str(document.get("meeting_id") or canonical.get("id") or "")
    stored: list[str] = []
    try:
        local = store.get(meeting_id)
    except NotFound:
        report.append(
            say(
                f"Gemte data: mødet {meeting_id} findes ikke i disse data (ukendt møde).",
                f"Stored record: meeting {meeting_id} is not in this data (unknown meeting).",
            )
        )
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
            stored.append(
                say(f"Forskel fra de gemte data: {name}", f"Differs from the stored record: {name}")
            )
        if local.is_signed and local.fingerprint != signed_print:
            stored.append(
                say(
                    "Forskel fra de gemte data: fingerprint",
                    "Differs from the stored record: fingerprint",
                )
            )
        report.append(
            say(
                f"Gemte data: STEMMER IKKE – {stored[0]}",
                f"Stored record: DOES NOT MATCH – {stored[0]}",
            )
            if stored
            else say(
                "Gemte data: stemmer med mødet i disse data.",
                "Stored record: matches the meeting in this data.",
            )
        )
        differences += stored

    if signed:
        report.append(say("Status: underskrevet af begge.", "State: signed by both."))
    else:
        report.append(
            say(
                "Status: KLADDE – ikke underskrevet af begge; ikke en gyldig aftale.",
                "State: DRAFT – not signed by both; not a valid agreement.",
            )
        )
    if not sealed and not registered:
        # Anyone can make a file like this one: it proves nothing, whatever it holds.
        return VerifyResult(
            NOT_OURS,
            say(
                "not ours – filen har hverken et segl eller en plads i dette programs liste "
                "over gemte PDF'er.",
                "not ours – the file has neither a seal nor an entry in this program's list "
                "of saved PDFs.",
            ),
            differences,
            report,
        )
    if differences:
        first = differences[0]
        return VerifyResult(
            DIFFERS,
            say(f"differs – stemmer ikke: {first}", f"differs – does not match: {first}"),
            differences,
            report,
        )
    if not signed:
        return VerifyResult(
            DIFFERS,
            say(
                f"draft – kladde, ikke underskrevet: filen er uændret (fingeraftryk {short}), "
                "men er ikke en gyldig aftale.",
                f"draft – not signed: the file is unchanged (fingerprint {short}) but is not "
                "a valid agreement.",
            ),
            [],
            report,
        )
    note = (
        ""
        if sealed
        else say(
            " Filen har intet segl (lavet før seglet fandtes).",
            " The file has no seal (made before the seal existed).",
        )
    )
    return VerifyResult(
        MATCHES,
        say(
            f"matches – stemmer: PDF'en svarer til sine data (fingeraftryk {short}).{note}",
            f"matches – the PDF matches its data (fingerprint {short}).{note}",
        ),
        [],
        report,
    )
