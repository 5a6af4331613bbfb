"""Export a meeting's PDF: render it, seal a signed plan, save it, remember its SHA-256.

A signed plan carries the organisation's seal (``seal.py``, key in ``seal_key.py``), so any
copy can be checked without this store. The store's export registry still lets ``verify``
say "this file is byte for byte the one this installation made", for drafts and for PDFs
made before the seal existed.

A signed plan's sealed PDF (without private items) is made once and kept in the data folder
(``core/store/signed_pdfs.py``); later exports write those bytes out. ReportLab and pyHanko
are imported only when a PDF is really rendered, so such an export loads neither, nor the
meeting models.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from remotework_desktop.core import seal_key
from remotework_desktop.core.atomic import atomic_write_bytes
from remotework_desktop.core.store.signed_pdfs import SignedPdfsMixin
from remotework_desktop.core.text import t

if TYPE_CHECKING:
    from collections.abc import Callable

    from remotework_desktop.core.meetings import Meeting
    from remotework_desktop.core.protocols import ExportRegistry, MeetingSource
    from remotework_desktop.core.store import Store


_KEY_LOCK = threading.Lock()


def follows_date(store: MeetingSource | None, meeting_id: str | None) -> str | None:
    """The date of the meeting this one follows up, if it is still in the store."""
    if not meeting_id or store is None:
        return None
    from remotework_desktop.core.store import NotFound

    try:
        return store.get(meeting_id).meeting_date
    except NotFound:
        return None


def render_for_export(
    store: MeetingSource | None,
    meeting: Meeting,
    *,
    lang: str,
    include_private: bool,
    on_sent: Callable[[], object] | None = None,
    on_first_page: Callable[[bytes], object] | None = None,
) -> bytes:
    """The PDF bytes ``export_pdf`` would save for ``meeting``.

    The GUI's preview and print use this, so what is shown or printed is byte for byte
    what is exported (with the date of the meeting it follows up, looked up in ``store``).
    A signed plan's kept PDF is used while it matches the meeting as stored, and a newly
    sealed one is kept (not by a read-only store; a file that cannot be written is skipped).
    ``on_sent``, ``on_first_page``: see ``render_pdf_bytes`` (neither called for a kept PDF).
    """
    return _render(store, meeting, lang, include_private, on_sent, on_first_page)[0]


def keep_ahead(store: Store, meeting: Meeting) -> str | None:
    """Right after signing: seal the plan in its language and keep it, so the first export
    is as fast as the later ones. The meeting is signed already, so a failure (no room for
    the seal key, say) is only reported: the message, or None when all went well.
    """
    from remotework_desktop.core.seal_key import SealKeyError

    if not meeting.is_signed:
        return None
    try:
        render_for_export(store, meeting, lang=meeting.language, include_private=False)
    except (SealKeyError, OSError, ValueError) as exc:
        return t("cli.sign.pdf_not_kept", error=exc)
    return None


def _keeper(store: object) -> SignedPdfsMixin | None:
    """The store, if it keeps sealed PDFs (a real ``Store``, not a stand-in)."""
    return store if isinstance(store, SignedPdfsMixin) else None


def _render(
    store: MeetingSource | None,
    meeting: Meeting,
    lang: str,
    include_private: bool,
    on_sent: Callable[[], object] | None = None,
    on_first_page: Callable[[bytes], object] | None = None,
) -> tuple[bytes, str | None]:
    """The PDF bytes and, when already known, the fingerprint they print. ``on_sent``,
    ``on_first_page``: see ``render_pdf_bytes``."""
    keeper = _keeper(store) if meeting.is_signed and not include_private else None
    if keeper is not None:
        kept = keeper.kept_pdf(meeting.id, lang, meeting)
        if kept is not None:
            return kept.data, kept.fingerprint
    from remotework_desktop.core.pdf.worker import render_pdf_bytes

    follows = follows_date(store, meeting.follows)
    data = render_pdf_bytes(  # by the window's helper process while it runs
        meeting,
        lang=lang,
        include_private=include_private,
        follows_date=follows,
        on_sent=on_sent,
        on_first_page=on_first_page,
    )
    if not meeting.is_signed or store is None:
        return data, None  # a draft is not sealed: it is marked KLADDE on every page
    folder = Path(store.folder)
    # The window renders in a worker thread while it may also export: one key is made.
    with _KEY_LOCK:
        key = seal_key.load(folder)
        if key is None:
            if getattr(store, "read_only", False):
                # Another window writes the data: it makes the key; this export stays
                # unsealed (its record is queued, so verify still knows the file).
                return data, None
            key = seal_key.create(folder, meeting.company)
    from remotework_desktop.core.pdf.seal import seal_pdf

    sealed = seal_pdf(data, key, sealing_time(meeting), t("pdf.seal_reason", lang))
    if keeper is None:
        return sealed, None
    fingerprint = _fingerprint(meeting, include_private)
    keeper.keep_pdf(
        meeting,
        lang,
        sealed,
        fingerprint=fingerprint,
        follows_date=follows,
        cert_pem=key.cert_pem,
    )
    return sealed, fingerprint


def _fingerprint(meeting: Meeting, include_private: bool) -> str:
    """The fingerprint the file prints: of exactly the data it carries."""
    from remotework_desktop.core.pdf.render import embedded_document

    return embedded_document(meeting, include_private=include_private)["fingerprint"]


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

    A signed plan's kept sealed PDF is written out as it is while it matches (only the
    meeting's file is read, no model is built); otherwise it is rendered, sealed and kept.
    ``lang`` None prints it in the meeting's own language (the meeting is read once).

    Raises the store's ``NotFound`` for an unknown meeting and ``OSError`` when the file
    cannot be written (the old file, if any, is then left as it was).
    """
    kept = _keeper(store)
    found = kept.kept_pdf(meeting_id, lang) if kept is not None and not include_private else None
    if found is not None:  # a signed plan sealed before: no render, no seal, no model
        data, fingerprint, lang = found.data, found.fingerprint, found.lang
        digest = found.sha256
    else:
        meeting = store.get(meeting_id)
        lang = lang or meeting.language
        data, fingerprint = _render(store, meeting, lang, include_private)
        digest = hashlib.sha256(data).hexdigest()
        fingerprint = fingerprint or _fingerprint(meeting, include_private)
    # 0o600: the plan can hold personal data; the user can share it on purpose.
    atomic_write_bytes(Path(target), data)
    if store.read_only:  # another window writes the data: queue the record for it
        store.queue_export(meeting_id, digest, fingerprint, lang, include_private)
    else:
        store.record_export(meeting_id, digest, fingerprint, lang, include_private)
    return digest
