"""The open meeting's last page, "Gennemse og underskriv", wired to the window: saving before
an export, saving a signature at once, the lock, and going to an item the page points at."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from remotework_desktop.core.meetings import Meeting
    from remotework_desktop.gui.main_window import MainWindow


class ReviewHooks(QObject):
    """Adds the review page to the editor and answers its signals for the window."""

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win

    def _add_review_page(self, editor: Any, meeting: Meeting) -> Any:
        """The last page of a meeting: the plan as printed, signing, print and save."""
        from remotework_desktop.gui.editor.tasks_hooks import show_task
        from remotework_desktop.gui.review.prerender import prerender_when_heading_for_review
        from remotework_desktop.gui.review.review_page import ReviewPage

        review = ReviewPage(meeting, self.win.store, self.win.lang, editor)
        review.save_meeting = self.save_quietly
        review.set_can_sign(not self.win.read_only)
        review.signed.connect(self._on_signed)
        review.locked.connect(self._on_locked)
        review.new_version_requested.connect(self.win.start_new_version)
        review.follow_up_requested.connect(self.win.start_follow_up)
        review.jump_requested.connect(self.show_item)
        review.task_jump_requested.connect(lambda task_id: show_task(editor, task_id))
        review.refused_on_screen = self._refused_on_screen
        editor.add_extra_page(self.tr("Gennemse og underskriv"), review)
        prerender_when_heading_for_review(editor, review)
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
