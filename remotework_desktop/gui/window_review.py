"""The open meeting's last page, "Gennemse og underskriv", wired to the window: saving before
an export, saving a signature at once, the lock, and going to an item the page points at.

The page is built when first needed, not with the meeting (``ReviewSlot``): opening a meeting
waits neither for its modules nor for its widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from remotework_desktop.core.meetings import Meeting
    from remotework_desktop.core.store import Store
    from remotework_desktop.gui.main_window import MainWindow
    from remotework_desktop.gui.review.render_job import RenderJob
    from remotework_desktop.gui.review.review_page import ReviewPage


# How long the review page's first build waits for its render's request to go out (it
# takes ~5-10 ms; a helper that does not answer is the job's to handle, not the build's).
SEND_WAIT_S = 0.1


class ReviewSlot(QWidget):
    """The review page's place among the editor's pages; the page is built in it when first
    needed: shown, rendered ahead (``prerender``), or asked for (``MainWindow.review``).

    Shown first, the PDF's render starts before the page is built, so the helper renders
    while the page's modules load and its widgets are made.
    """

    def __init__(
        self,
        build: Callable[[RenderJob | None], ReviewPage],
        store: Store | None,
        meeting: Meeting,
    ) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._build = build
        self._store = store
        self._meeting = meeting
        self.page: ReviewPage | None = None

    def get(self, *, render_first: bool = False) -> ReviewPage:
        """The page, built now if it was not yet."""
        if self.page is None:
            job = None
            if render_first:
                from remotework_desktop.gui.review.render_job import RenderJob

                job = RenderJob.begin(self._store, self._meeting, first_page=True)
                # The job's thread gets its request to the helper out first: building the
                # page meanwhile would hold the interpreter and hold the request back.
                job.sent.wait(SEND_WAIT_S)
            page = self._build(job)
            self.page = page
            self.layout().addWidget(page)
            if self.isVisible():
                page.show()  # now, not when the layout gets round to it: it shows the PDF
        return self.page

    def prerender(self) -> bool:
        """Someone is heading for the review: build the page and render its PDF ahead."""
        return self.get().prerender()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.page is None:
            self.get(render_first=True)


class ReviewHooks(QObject):
    """Adds the review page to the editor and answers its signals for the window."""

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win

    def _add_review_page(self, editor: Any, meeting: Meeting) -> ReviewSlot:
        """The last page of a meeting: the plan as printed, signing, print and save (built
        when first needed)."""
        from remotework_desktop.gui.review.prerender import prerender_when_heading_for_review

        slot = ReviewSlot(
            lambda job: self._make_review_page(editor, meeting, job), self.win.store, meeting
        )
        editor.add_extra_page(self.tr("Gennemse og underskriv"), slot)
        prerender_when_heading_for_review(editor, slot)
        return slot

    def _make_review_page(self, editor: Any, meeting: Meeting, job: RenderJob | None) -> Any:
        from remotework_desktop.gui.editor.tasks_hooks import show_task
        from remotework_desktop.gui.review.review_page import ReviewPage

        review = ReviewPage(meeting, self.win.store, self.win.lang, editor, job=job)
        review.save_meeting = self.save_quietly
        review.set_can_sign(not self.win.read_only)
        review.signed.connect(self._on_signed)
        review.locked.connect(self._on_locked)
        review.new_version_requested.connect(self.win.start_new_version)
        review.follow_up_requested.connect(self.win.start_follow_up)
        review.jump_requested.connect(self.show_item)
        review.task_jump_requested.connect(lambda task_id: show_task(editor, task_id))
        review.refused_on_screen = self._refused_on_screen
        return review

    def _refused_on_screen(self) -> list[tuple[str, str]]:
        """Items whose typed answer the screen shows as refused (not stored)."""
        if self.win.editor is None:
            return []
        return [
            (cid, iid)
            for cid, page in self.win.editor.checklist_pages.items()
            for iid, card in page.cards.items()
            if not card.answer_error.isHidden() and not card.isHidden()
        ]

    def show_item(self, checklist_id: str, item_id: str) -> None:
        """Go to one item's card and put the focus in its answer."""
        if self.win.editor is None:
            return
        self.win.editor.show_page(f"checklist:{checklist_id}")
        page = self.win.editor.checklist_pages[checklist_id]
        card = page.cards.get(item_id)
        if card is not None:
            page.scroll.ensureWidgetVisible(card)
            card.focus_first()

    def save_quietly(self) -> bool:
        """Save the open meeting now (before a PDF is exported from the store)."""
        if self.win.editor is None or self.win.read_only:
            return True
        self.win.editor.flush()
        return self.win.autosaver.save_now()

    def _on_signed(self, _role: str) -> None:
        # A signature is saved at once, not after the autosave pause.
        self.win.autosaver.mark_changed()
        if self.win.autosaver.save_now():
            self.win.statusBar().showMessage(self.tr("Underskriften er gemt."), 8000)
            from remotework_desktop.core.archive.outbox import queue_if_signed

            meeting = self.win.current_meeting
            if meeting is not None and queue_if_signed(self.win.data_dir, meeting):
                self.win.archive_sync.push_now()
        self.win._update_actions()

    def _on_locked(self) -> None:
        if self.win.editor is not None:
            self.win.editor.set_read_only(True)
        self.win.statusBar().showMessage(
            self.tr("Aftalen er underskrevet af begge og låst. Den kan nu udskrives."), 10000
        )
        self.win._update_actions()
