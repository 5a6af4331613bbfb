"""Load what opening a meeting needs while the list is shown, so the click does not wait.

A person needs well over a second to find a meeting in the list; in that time a background
thread imports the meeting models and the editor, then the review page (about 25 MiB
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
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

# The list's load: after the window's first frame is drawn (the event that draws it, then
# this long).
START_AFTER_MS = 0
# Should no frame be drawn (a platform that draws no frame when shown): this long after shown.
FALLBACK_AFTER_MS = 1000
FOR_OPEN = (
    "remotework_desktop.core.meetings",
    "remotework_desktop.gui.editor.meeting_editor",
    "remotework_desktop.gui.editor.tasks_page",  # for a meeting with the task part
    "remotework_desktop.gui.review.render_job",  # the review's render starts first
)
# Then, unless a meeting is being opened by then (it does not wait for these): the review
# page's, which is built when first needed (gui/window_review.py). A meeting opened at once
# loads them once it is left alone a moment (review/prerender.py).
FOR_REVIEW = ("remotework_desktop.gui.review.review_page",)

_lock = threading.Lock()
_started: list[threading.Thread] = []  # the one thread, once started
_too_late: list[bool] = []  # a meeting was opened first: it loaded what it needed itself
done = threading.Event()  # set when what opening needs is loaded
_opening = threading.Event()  # a meeting is being opened: the review's modules wait


def _run(imports_after: threading.Event | None) -> None:
    try:
        from remotework_desktop.core.pdf.worker import WORKER

        WORKER.start()  # the helper that renders the review's PDF loads ReportLab now
        if imports_after is not None:
            imports_after.wait()
        _import(FOR_OPEN)
    finally:
        done.set()
    if not _opening.is_set():
        _import(FOR_REVIEW)


def _import(names: tuple[str, ...]) -> None:
    for name in names:
        importlib.import_module(name)


def load_review_modules() -> None:
    """The review page's modules, in a background thread, if the list's load did not take
    them (a meeting opened at once): once an opened meeting is left alone a moment."""
    if any(name not in sys.modules for name in FOR_REVIEW):
        threading.Thread(
            target=_import, args=(FOR_REVIEW,), name="review-load", daemon=True
        ).start()


def start(imports_after: threading.Event | None = None) -> None:
    """Start loading in the background (once per process; not once a meeting was opened):
    the render helper at once, the modules once ``imports_after`` is set (if given)."""
    with _lock:
        if not _started and not _too_late:
            thread = threading.Thread(
                target=_run, args=(imports_after,), name="warm-up", daemon=True
            )
            _started.append(thread)
            thread.start()


def wait_for_open() -> None:
    """Before opening a meeting: let a load under way finish what opening needs first."""
    _opening.set()
    with _lock:
        if not _started:
            _too_late.append(True)
            return
    done.wait()


class FirstFrame:
    """Calls ``then`` and starts the load ``START_AFTER_MS`` after the window's first frame
    is drawn, or ``FALLBACK_AFTER_MS`` after it is shown should no frame come (a platform
    that draws none). The window calls ``shown`` from its showEvent and ``painted`` from its
    paintEvent: an event filter on it ran Python for each of its events, and PySide, to hand
    each event to Python as its own class, built ~45 event classes before the first frame."""

    def __init__(self, window: QObject, then: Callable[[], object]) -> None:
        self._window = window  # the timers' context: a window gone starts nothing
        self._then = then
        self._shown = False
        self._painted = False
        self._called = False

    def _call(self) -> None:
        if not self._called:
            self._called = True
            # The helper first: it starts loading ReportLab on the other core at once. The
            # modules after ``then``: it builds Qt's enums (gui/qt_ints.py), which they name
            # too, and PySide must not build them from two threads at once.
            then_done = threading.Event()
            start(then_done)
            try:
                self._then()
            finally:
                then_done.set()

    def shown(self) -> None:
        if not self._shown:
            self._shown = True
            QTimer.singleShot(FALLBACK_AFTER_MS, self._window, self._call)

    def painted(self) -> None:
        if self._shown and not self._painted:
            # The window draws its frame as it paints; the timer's time starts after that
            # (a 0 ms timer runs once the event loop is back).
            self._painted = True
            QTimer.singleShot(START_AFTER_MS, self._window, self._call)


def after_first_show(window: QObject, then: Callable[[], object]) -> FirstFrame:
    """Call ``then`` and start loading ``START_AFTER_MS`` after ``window``'s first frame is
    drawn: the window calls the result's ``shown`` and ``painted`` (see FirstFrame)."""
    return FirstFrame(window, then)
