"""Export a meeting's PDF: render it, seal a signed plan, save it, remember its SHA-256.

A signed plan carries the organisation's seal (``seal.py``, key in ``seal_key.py``), so any
copy can be checked without this store. The store's export registry still lets ``verify``
say "this file is byte for byte the one this installation made", for drafts and for PDFs
made before the seal existed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from remotework_desktop.core import seal_key
from remotework_desktop.core.atomic import atomic_write_bytes
from remotework_desktop.core.pdf.render import embedded_document, render_pdf
from remotework_desktop.core.pdf.seal import seal_pdf
from remotework_desktop.core.text import t

if TYPE_CHECKING:
    from remotework_desktop.core.meetings import Meeting
    from remotework_desktop.core.protocols import ExportRegistry, MeetingSource


_KEY_LOCK = threading.Lock()


def _follows_date(store: MeetingSource | None, meeting_id: str | None) -> str | None:
    """The date of the meeting this one follows up, if it is still in the store."""
    if not meeting_id or store is None:
        return None
    from remotework_desktop.core.store import NotFound

    try:
        return store.get(meeting_id).meeting_date
    except NotFound:
        return None


def render_for_export(
    store: MeetingSource | None, meeting: Meeting, *, lang: str, include_private: bool
) -> bytes:
    """The PDF bytes ``export_pdf`` would save for ``meeting``.

    The GUI's preview and print use this, so what is shown or printed is byte for byte
    what is exported (with the date of the meeting it follows up, looked up in ``store``).
    """
    data = render_pdf(
        meeting,
        lang=lang,
        include_private=include_private,
        follows_date=_follows_date(store, meeting.follows),
    )
    if not meeting.is_signed or store is None:
        return data  # a draft is not sealed: it is marked KLADDE on every page
    folder = Path(store.folder)
    # The window renders in a worker thread while it may also export: one key is made.
    with _KEY_LOCK:
        key = seal_key.load(folder)
        if key is None:
            if getattr(store, "read_only", False):
                # Another window writes the data: it makes the key; this export stays
                # unsealed (its record is queued, so verify still knows the file).
                return data
            key = seal_key.create(folder, meeting.company)
    return seal_pdf(data, key, sealing_time(meeting), t("pdf.seal_reason", lang))


def sealing_time(meeting: Meeting) -> dt.datetime:
    """The seal's time: the last person's signing time (so the same plan, same bytes)."""
    when = dt.datetime.fromisoformat(max(s.signed_at for s in meeting.signatures))
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def export_pdf(
    store: ExportRegistry,
    meeting_id: str,
    target: Path,
    *,
    lang: str | None = "da",
    include_private: bool = False,
) -> str:
    """Render the meeting, write it to ``target`` atomically, record it; return its SHA-256.

    ``lang`` None prints it in the meeting's own language (the meeting is read once).

    Raises the store's ``NotFound`` for an unknown meeting and ``OSError`` when the file
    cannot be written (the old file, if any, is then left as it was).
    """
    meeting = store.get(meeting_id)
    lang = lang or meeting.language
    data = render_for_export(store, meeting, lang=lang, include_private=include_private)
    # 0o600: the plan can hold personal data; the user can share it on purpose.
    atomic_write_bytes(Path(target), data)
    digest = hashlib.sha256(data).hexdigest()
    # The fingerprint the file prints: of exactly the data it carries.
    fingerprint = embedded_document(meeting, include_private=include_private)["fingerprint"]
    if store.read_only:  # another window writes the data: queue the record for it
        store.queue_export(meeting.id, digest, fingerprint, lang, include_private)
    else:
        store.record_export(meeting.id, digest, fingerprint, lang, include_private)
    return digest
