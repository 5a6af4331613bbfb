"""Load what opening a meeting needs while the list is shown, so the click does not wait.

A person needs well over a second to find a meeting in the list; in that time a background
thread imports the meeting models (pydantic), the editor and the review page, then PDFium,
ReportLab and the PDF's fonts. It starts a moment after the window is first shown, so the
first paint never waits for it. Opening a meeting waits for the first group if the thread
is still at it (importing the same modules from two threads at once is avoided), never for
the second; a meeting opened before the load started loads what it needs itself, and the
load does not start any more. Nothing is read from or written to disk but the program's
own code and fonts.
"""

from __future__ import annotations

import importlib
import threading

from PySide6.QtCore import QEvent, QObject, QTimer

# After the window is first shown: its first paint is done by then.
START_AFTER_MS = 200
FOR_OPEN = (
    "remotework_desktop.core.meetings",
    "remotework_desktop.gui.editor.meeting_editor",
    "remotework_desktop.gui.review.review_page",
)
FOR_REVIEW = ("pypdfium2", "pypdfium2.raw", "remotework_desktop.core.pdf.export")

_lock = threading.Lock()
_started: list[threading.Thread] = []  # the one thread, once started
_too_late: list[bool] = []  # a meeting was opened first: it loaded what it needed itself
_open_ready = threading.Event()
done = threading.Event()  # set when everything is loaded (read by tests)


def _run() -> None:
    try:
        for name in FOR_OPEN:
            importlib.import_module(name)
    finally:
        _open_ready.set()
    for name in FOR_REVIEW:
        importlib.import_module(name)
    from remotework_desktop.core.pdf.styles import register_fonts

    register_fonts()  # the fonts' files parsed once, before the first render needs them
    done.set()


def start() -> None:
    """Start loading in the background (once per process; not once a meeting was opened)."""
    with _lock:
        if not _started and not _too_late:
            _started.append(threading.Thread(target=_run, name="warm-up", daemon=True))
            _started[0].start()


def wait_for_open() -> None:
    """Before opening a meeting: let a load under way finish the editor's modules first."""
    with _lock:
        if not _started:
            _too_late.append(True)
            return
    _open_ready.wait()


class _FirstShow(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            QTimer.singleShot(START_AFTER_MS, start)
        return False


def after_first_show(window: QObject) -> None:
    """Start loading ``START_AFTER_MS`` after ``window`` is first shown."""
    watcher = _FirstShow(window)
    window.installEventFilter(watcher)
