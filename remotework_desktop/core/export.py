"""Export a meeting's PDF: render it, save it atomically, remember its SHA-256.

The store's export registry is what lets ``verify`` say "this file is byte for byte the one
this installation made": any changed byte changes the hash.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from remotework_desktop.core.atomic import atomic_write_bytes
from remotework_desktop.core.report import embedded_document, render_pdf

if TYPE_CHECKING:
    from remotework_desktop.core.meetings import Meeting
    from remotework_desktop.core.protocols import ExportRegistry, MeetingSource


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
    return render_pdf(
        meeting,
        lang=lang,
        include_private=include_private,
        follows_date=_follows_date(store, meeting.follows),
    )


def export_pdf(
    store: ExportRegistry,
    meeting_id: str,
    target: Path,
    *,
    lang: str = "da",
    include_private: bool = False,
) -> str:
    """Render the meeting, write it to ``target`` atomically, record it; return its SHA-256.

    Raises the store's ``NotFound`` for an unknown meeting and ``OSError`` when the file
    cannot be written (the old file, if any, is then left as it was).
    """
    meeting = store.get(meeting_id)
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
