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

from remotework_desktop.core.meetings import Meeting, MeetingError, meeting_from_dict
from remotework_desktop.core.pdf.export import render_for_export
from remotework_desktop.core.pdf.printed import printed_fingerprint
from remotework_desktop.core.pdf.worker import WORKER
from remotework_desktop.core.store import Store
from remotework_desktop.core.text import normalise_lang

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# What the PDF bytes depend on (see render_key).
RenderKey = tuple[str | None, str, str, bool, str, str | None]

# Once an opened meeting is left alone a moment (``prerender``), and as soon as a render
# starts, PDFium is loaded in the background, so showing the PDF does not wait for it. The
# render itself is the helper's (core/pdf/worker.py): ReportLab is loaded in its process.


def _load_pdf_libraries() -> None:
    importlib.import_module("pypdfium2")
    importlib.import_module("pypdfium2.raw")


def warm_up() -> None:
    """The meeting was left alone a moment: load PDFium in a background thread."""
    load_viewer()


def load_viewer() -> None:
    """Load PDFium in the background (also as a render starts: the PDF is shown next)."""
    if "pypdfium2.raw" not in sys.modules:
        threading.Thread(target=_load_pdf_libraries, name="pdf-warm-up", daemon=True).start()


def printed_lang(meeting: Meeting) -> str:
    """The printed plan is in the agreement's language, whatever the window shows."""
    return normalise_lang(meeting.language)


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

    @classmethod
    def begin(
        cls,
        store: Store | None,
        meeting: Meeting,
        key: RenderKey | None = None,
        *,
        first_page: bool = False,
    ) -> RenderJob:
        """A job started at once: the plan in its language, as ``key`` says (by default
        without private notes: what the review page shows first, see ReviewSlot).
        ``first_page``: someone is waiting for it, so page 1 comes alone first."""
        lang = printed_lang(meeting)
        job = cls(store, meeting, key or render_key(store, meeting, lang, False), lang)
        job.first_page = first_page
        job.start()
        return job

    rendered = Signal(object)  # this job, once data or error is set
    # This job, once ``first_page_data`` is set: page 1 alone, to look at until ``rendered``
    # (never printed, saved nor kept). Only a job with ``first_page`` set, rendered by the
    # helper, whose plan has more than one page and was not kept from before.
    first_page_ready = Signal(object)

    def __init__(
        self,
        store: Store | None,
        meeting: Meeting,
        key: RenderKey,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__()  # no parent: the page may go while it runs (see _RUNNING)
        _RUNNING.difference_update([job for job in _RUNNING if job.isFinished()])
        _RUNNING.add(self)
        self._store = store
        # The GUI may edit the meeting meanwhile: the job renders it as it is now. Its data
        # is taken here (~1 ms) and made a meeting again in the job's thread: a deep copy
        # took ~8 ms of the GUI thread, the data and the check ~3 in all.
        self._meeting_data = meeting.model_dump(mode="json")
        self.key = key
        self._lang = lang
        self.data = b""
        self.error = ""
        self.ran_in: int | None = None  # the thread that rendered
        self.done = False  # set before ``rendered`` is emitted
        self.first_page = False
        self.first_page_data = b""
        # Set once the render is under way (the request sent to the helper), or the job over.
        self.sent = threading.Event()

    def _on_first_page(self, data: bytes) -> None:
        self.first_page_data = data
        self.first_page_ready.emit(self)

    def _on_sent(self) -> None:
        if self.sent.is_set():
            return  # told already
        self.sent.set()
        # PDFium, to show the PDF, loads while the helper renders: not before, where its
        # import would hold the interpreter and hold the request back.
        load_viewer()

    def run(self) -> None:
        self.ran_in = threading.get_ident()
        try:
            self.data = self._render()
        except (MeetingError, ValueError, OSError) as exc:
            self.error = str(exc)
        finally:
            self._on_sent()  # if not yet: a kept PDF, or a failure, sent nothing
        self.done = True
        self.rendered.emit(self)

    def _render(self) -> bytes:
        # The helper process renders (see core/pdf/worker.py): started with the window, and
        # again here if it died; if it cannot be, ReportLab is loaded here, off the GUI thread.
        WORKER.start()
        meeting = meeting_from_dict(self._meeting_data)
        return render_for_export(
            self._store,
            meeting,
            lang=self._lang,
            include_private=self.key[3],
            on_sent=self._on_sent,
            on_first_page=self._on_first_page if self.first_page else None,
        )
