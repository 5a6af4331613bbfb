"""Render the review page's PDF before it is asked for, when someone is heading there.

Two moments say the review is next: a meeting opened and left as it is for a moment (to
read, print or sign it), and the action plan page shown (the page before the review). The
PDF is then rendered in the background and kept in memory, so clicking the review page
shows page 1 at once. Typing never starts a render: a change on a checklist page cancels
the wait, and on the action plan page it starts the pause again.

The render is the helper process's (``core/pdf/worker.py``, ReportLab and the fonts loaded in
its own process); PDFium, which shows the PDF, is loaded in the background once the opened
meeting has been left alone for a moment, even if no render follows: every change or page
change waits again. Not at once: a page clicked straight after opening does not share
the interpreter with them. The waits were a second until this round, because typing in that
first second waited up to 45-160 ms a keystroke; that came from the page's own card
building between keys (``checklist_page.TYPING_PAUSE_MS``), not from these loads: with the
load after 300 ms and the render after 400, a keystroke waits at most 6-8 ms, and the review
clicked half a second after opening shows page 1 in 80 ms instead of 385.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer

from remotework_desktop.core.pdf.worker import WORKER
from remotework_desktop.gui import warm_up
from remotework_desktop.gui.editor.meeting_editor import ACTIONS_KEY
from remotework_desktop.gui.review import render_job

# A meeting opened and not changed for this long: render ahead.
OPENED_IDLE_MS = 400
# The action plan page shown (and not changed) for this long: render ahead.
ACTIONS_IDLE_MS = 400
# A meeting opened and not changed for this long: load the PDF's libraries (and the review
# page's modules, if the list's load did not: a meeting opened at once, gui/warm_up.py).
LIBRARIES_AFTER_MS = 300


def prerender_when_heading_for_review(editor: Any, review: Any) -> QTimer:
    """Wire ``editor`` (a MeetingEditor) to call ``review.prerender()`` at those moments
    (``review``: the page, or the ``ReviewSlot`` it is built in when first needed)."""
    timer = QTimer(review)
    timer.setSingleShot(True)
    timer.timeout.connect(review.prerender)

    def restart(*_args: object) -> None:
        # A page change or an edit: wait again on the action plan page, else not at all.
        if editor.current_key() == ACTIONS_KEY:
            timer.start(ACTIONS_IDLE_MS)
        else:
            timer.stop()

    editor.stack.currentChanged.connect(restart)
    editor.changed.connect(restart)
    timer.start(OPENED_IDLE_MS)
    WORKER.start_soon()  # if not started with the window: it loads ReportLab meanwhile
    _load_libraries_when_left_alone(editor, review)
    return timer


def _load_libraries_when_left_alone(editor: Any, review: Any) -> None:
    libraries = QTimer(review)
    libraries.setSingleShot(True)

    def load() -> None:
        render_job.warm_up()  # looked up when it fires
        warm_up.load_review_modules()

    libraries.timeout.connect(load)

    def wait_again(*_args: object) -> None:
        if libraries.isActive():
            libraries.start(LIBRARIES_AFTER_MS)

    editor.stack.currentChanged.connect(wait_again)
    editor.changed.connect(wait_again)
    libraries.start(LIBRARIES_AFTER_MS)
