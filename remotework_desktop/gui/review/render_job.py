"""The review page's PDF, rendered off the GUI thread, and the last few kept in memory.

``RenderJob`` renders the very bytes ``export_pdf`` saves in a worker thread. ``render_key``
says what those bytes depend on: the printed data's fingerprint (so an edit that is not
printed, e.g. a private note left out, renders nothing new) and the rest of what the
renderer reads. ``PdfCache`` keeps the bytes of the last few keys in memory only, never on
disk: they hold personal data, and they go when the meeting's page is closed.
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread, Signal

from remotework_desktop.core.meetings import Meeting, MeetingError
from remotework_desktop.core.pdf.printed import printed_fingerprint
from remotework_desktop.core.pdf.worker import WORKER, WorkerUnavailable
from remotework_desktop.core.store import Store

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# What the PDF bytes depend on (see render_key).
RenderKey = tuple[str | None, str, str, bool, str, str | None]

# Once an opened meeting is left alone a moment (``prerender``): PDFium, and for a signed
# plan ReportLab and the PDF's fonts, are loaded in the background, so the first render of
# the review page and showing it do not wait for them (half a second on a loaded machine).
# PDFium is also loaded as soon as a render starts: the helper renders meanwhile.
# The renderer (ReportLab); the export module itself imports it only when it renders.
RENDER_MODULE = "remotework_desktop.core.pdf.render"


def _load_pdf_libraries(renderer: bool) -> None:
    if renderer:
        importlib.import_module(RENDER_MODULE)
        from remotework_desktop.core.pdf.styles import register_fonts

        register_fonts()  # the font files parsed once, before the first render needs them
    importlib.import_module("pypdfium2")
    importlib.import_module("pypdfium2.raw")


def warm_up(renderer: bool = True) -> None:
    """Load PDFium (to show the PDF) and, with ``renderer``, ReportLab and the fonts in a
    background thread. A draft is rendered by the helper process: its window needs PDFium
    only."""
    _load_in_background(renderer)


def load_viewer() -> None:
    """Load PDFium in the background (a render started: the PDF is shown next)."""
    _load_in_background(renderer=False)


def _load_in_background(renderer: bool) -> None:
    needed = ["pypdfium2.raw"] + ([RENDER_MODULE] if renderer else [])
    if any(name not in sys.modules for name in needed):
        threading.Thread(
            target=_load_pdf_libraries, args=(renderer,), name="pdf-warm-up", daemon=True
        ).start()


def render_key(
    store: Store | None, meeting: Meeting, lang: str, include_private: bool
) -> RenderKey:
    """Everything the rendered bytes depend on; equal keys render equal bytes.

    The printed data (by its fingerprint), the language, the store (its seal key), and for a
    draft its last change, which the PDF gives as its creation date.
    """
    return (
        str(store.folder) if store is not None else None,
        meeting.id,
        printed_fingerprint(meeting, include_private=include_private),
        include_private,
        lang,
        None if meeting.is_signed else meeting.updated_at,
    )


class PdfCache:
    """The PDF bytes of the last ``size`` keys rendered (in memory only)."""

    def __init__(self, size: int = 3) -> None:
        self._size = size
        self._data: OrderedDict[RenderKey, bytes] = OrderedDict()

    def get(self, key: RenderKey) -> bytes | None:
        data = self._data.get(key)
        if data is not None:
            self._data.move_to_end(key)
        return data

    def put(self, key: RenderKey, data: bytes) -> None:
        self._data[key] = data
        self._data.move_to_end(key)
        while len(self._data) > self._size:
            self._data.popitem(last=False)


# Jobs still running: a QThread must outlive its run, even if its page is deleted first.
_RUNNING: set[QThread] = set()


def wait_for_jobs() -> None:
    """Before the program ends: let renders under way finish (their results are dropped)."""
    for job in list(_RUNNING):
        job.wait()
    _RUNNING.clear()


class RenderJob(QThread):
    """Renders the PDF bytes of a copy of the meeting off the GUI thread."""

    rendered = Signal(object)  # this job, once data or error is set

    def __init__(
        self,
        store: Store | None,
        meeting: Meeting,
        key: RenderKey,
        lang: str,
        parent: QWidget,
    ) -> None:
        super().__init__()  # no parent: the page may go while it runs (see _RUNNING)
        _RUNNING.difference_update([job for job in _RUNNING if job.isFinished()])
        _RUNNING.add(self)
        self._store = store
        self._meeting = meeting.model_copy(deep=True)  # the GUI may edit the original meanwhile
        self.key = key
        self._lang = lang
        self.data = b""
        self.error = ""
        self.ran_in: int | None = None  # the thread that rendered
        self.by_worker = False  # rendered by the helper process

    def run(self) -> None:
        self.ran_in = threading.get_ident()
        try:
            self.data = self._render()
        except (MeetingError, ValueError, OSError) as exc:
            self.error = str(exc)
        self.rendered.emit(self)

    def _render(self) -> bytes:
        meeting, include_private = self._meeting, self.key[3]
        if not meeting.is_signed:
            # A draft: the helper process renders it (see core/pdf/worker.py).
            from remotework_desktop.core.pdf.export import follows_date

            try:
                data = WORKER.render(
                    meeting,
                    lang=self._lang,
                    include_private=include_private,
                    follows_date=follows_date(self._store, meeting.follows),
                )
            except WorkerUnavailable:
                pass  # rendered here instead
            else:
                self.by_worker = True
                return data
        # Imported here: ReportLab is loaded off the GUI thread, when first needed.
        from remotework_desktop.core.pdf.export import render_for_export

        return render_for_export(
            self._store, meeting, lang=self._lang, include_private=include_private
        )
