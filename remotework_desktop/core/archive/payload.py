"""What one archived plan carries, built by the export code and checked for private items.

The PDF is made by ``export_pdf`` itself (one call, so what the archive holds is byte for
byte what the laptop exports, seal included once the export code adds one), and the public
data is the document that PDF embeds, read back from its bytes. Before anything is sent the
plan is checked: a private item (its answer or note) must be in neither.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from remotework_desktop.core.text import t


class NotArchivable(Exception):
    """This plan cannot go to the archive (not signed, gone, or it would carry private data)."""


@dataclass(frozen=True)
class Plan:
    """One signed plan as the archive stores it."""

    fingerprint: str
    meeting_id: str
    version: int
    amends: str | None
    follows: str | None
    company: str
    manager_name: str
    manager_title: str
    employee_name: str
    signers: list[dict[str, str]]
    language: str
    meeting_date: str
    signed_at: str
    follow_up_date: str | None
    data: dict[str, Any]
    pdf: bytes
    pdf_sha256: str = field(default="")


def _private_texts(meeting: Any) -> list[str]:
    """The text of every private answer and note, to look for in what would be sent."""
    texts: list[str] = []
    for items in meeting.entries.values():
        for entry in items.values():
            if not entry.private:
                continue
            for value in (entry.note, entry.answer):
                if isinstance(value, str) and len(value.strip()) >= 4:
                    texts.append(value.strip())
    return texts


def check_public(meeting: Any, document: dict[str, Any], pdf: bytes) -> None:
    """Raise NotArchivable if the embedded document or the PDF holds a private item."""
    canonical = document.get("canonical") or {}
    private = {
        (cid, iid)
        for cid, items in meeting.entries.items()
        for iid, e in items.items()
        if e.private
    }
    carried = {
        (cid, iid)
        for key in ("entries", "previous_answers")
        for cid, items in (canonical.get(key) or {}).items()
        for iid in items
    }
    raw = document_bytes(document)
    leaked = private & carried or any(
        t.encode("utf-8") in raw or t.encode("utf-8") in pdf for t in _private_texts(meeting)
    )
    if leaked:
        raise NotArchivable(t("archive.the_agreement_waits_its"))


def document_bytes(document: dict[str, Any]) -> bytes:
    """The document as the archive's JSON column will hold it (UTF-8, not escaped)."""
    return json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")


def build_plan(store: Any, meeting_id: str) -> Plan:
    """The plan to archive for one signed meeting in ``store`` (exported, and checked)."""
    from remotework_desktop.core.export import export_pdf
    from remotework_desktop.core.store import NotFound
    from remotework_desktop.core.verify import extract_embedded

    try:
        meeting = store.get(meeting_id)
    except NotFound as exc:
        raise NotArchivable(str(exc)) from exc
    if not meeting.is_signed:
        raise NotArchivable(t("archive.only_signed_agreements_are"))
    # Exported exactly as "Gem som PDF" does, to a private temporary folder in the data folder.
    with tempfile.TemporaryDirectory(dir=store.folder, prefix=".archive-") as tmp:
        target = Path(tmp) / "plan.pdf"
        export_pdf(store, meeting.id, target, lang=meeting.language, include_private=False)
        pdf = target.read_bytes()
    document = extract_embedded(pdf)
    if document is None or not isinstance(document.get("canonical"), dict):
        raise NotArchivable(t("archive.the_pdf_s_agreement"))
    check_public(meeting, document, pdf)
    signers = [
        {"role": s.role, "name": s.name, "signed_at": s.signed_at, "method": s.method}
        for s in meeting.signatures
    ]
    return Plan(
        fingerprint=str(document["fingerprint"]),
        meeting_id=meeting.id,
        version=meeting.version,
        amends=meeting.amends,
        follows=meeting.follows,
        company=meeting.company,
        manager_name=meeting.manager_name,
        manager_title=meeting.manager_title,
        employee_name=meeting.employee_name,
        signers=signers,
        language=meeting.language,
        meeting_date=meeting.meeting_date,
        signed_at=max(s.signed_at for s in meeting.signatures),
        follow_up_date=meeting.follow_up_date,
        data=document["canonical"],
        pdf=pdf,
        pdf_sha256=hashlib.sha256(pdf).hexdigest(),
    )
