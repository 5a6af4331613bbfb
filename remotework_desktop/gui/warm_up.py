"""Load what opening a meeting needs while the list is shown, so the click does not wait.

A person needs well over a second to find a meeting in the list; in that time a background
thread imports the meeting models, the editor and the review page (about 25 MiB
of memory, which any opened meeting needs). It starts as soon as the window's first frame
is drawn: the first paint never waits for it, and a quick click finds more of it done.
Opening a meeting waits for a load under way (importing the same modules from two threads
at once is avoided); a meeting opened before the load started loads what it needs itself,
and the load does not start any more. The PDF's libraries load once an opened meeting is
left alone a moment (``review.prerender``, ``review.render_job.warm_up``); the helper process
that renders the review's PDF is started first (``core/pdf/worker.py``): it loads ReportLab
on another core, in its own memory.
"""

from __future__ import annotations

import importlib
import threading

from PySide6.QtCore import QEvent, QObject, QTimer

# The list's load: after the window's first frame is drawn (the event that draws it, then
# this long).
START_AFTER_MS = 0
# Should no frame be drawn (a platform that draws no frame when shown): this long after shown.
FALLBACK_AFTER_MS = 1000
FOR_OPEN = (
    "remotework_desktop.core.meetings",
    "remotework_desktop.gui.editor.meeting_editor",
    "remotework_desktop.gui.review.review_page",
    "remotework_desktop.gui.editor.tasks_page",  # for a meeting with the task part
)

_lock = threading.Lock()
_started: list[threading.Thread] = []  # the one thread, once started
_too_late: list[bool] = []  # a meeting was opened first: it loaded what it needed itself
done = threading.Event()  # set when the load is over


def _run() -> None:
    try:
        from remotework_desktop.core.pdf.worker import WORKER

        WORKER.start()  # the helper that renders the review's PDF loads ReportLab now
        for name in FOR_OPEN:
            importlib.import_module(name)
    finally:
        done.set()


def start() -> None:
    """Start loading in the background (once per process; not once a meeting was opened)."""
    with _lock:
        if not _started and not _too_late:
            _started.append(threading.Thread(target=_run, name="warm-up", daemon=True))
            _started[0].start()


def wait_for_open() -> None:
    """Before opening a meeting: let a load under way finish first."""
    with _lock:
        if not _started:
            _too_late.append(True)
            return
    done.wait()


class _FirstFrame(QObject):
    """Starts the load ``START_AFTER_MS`` after the window's first frame is drawn, or
    ``FALLBACK_AFTER_MS`` after it is shown should no frame come (a platform that draws
    none)."""

    def __init__(self, window: QObject) -> None:
        super().__init__(window)
        self._shown = False
        self._called = False
        window.installEventFilter(self)

    def _call(self) -> None:
        if not self._called:
            self._called = True
            start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and not self._shown:
            self._shown = True
            QTimer.singleShot(FALLBACK_AFTER_MS, self, self._call)
        elif kind == QEvent.Type.UpdateRequest and self._shown:
            # The window draws its frame as it handles this event; the timer's time starts
            # after that (a 0 ms timer runs once the event loop is back).
            watched.removeEventFilter(self)
            QTimer.singleShot(START_AFTER_MS, self, self._call)
        return False


def after_first_show(window: QObject) -> None:
    """Start loading ``START_AFTER_MS`` after ``window``'s first frame is drawn."""
    _FirstFrame(window)
