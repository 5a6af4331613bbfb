"""The main window: the meeting list, the open meeting, menus, zoom and the save indicator.

Start-up shows only the list, which works on the store's plain summaries. So the meeting and
checklist models, the editor and the new meeting dialog
are imported when a meeting is first opened or created, not here.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QSize,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.core.settings import Settings, save_settings
from remotework_desktop.gui import errors, keys, warm_up
from remotework_desktop.gui.archive_sync import ArchiveSync
from remotework_desktop.gui.autosave import AutoSaver, SaveState
from remotework_desktop.gui.meeting_list import MeetingList
from remotework_desktop.gui.meeting_page import MeetingPage
from remotework_desktop.gui.window_between import BetweenMeetings
from remotework_desktop.gui.window_menus import (  # noqa: F401 (the zoom's old home)
    MIN_BASE_POINT_SIZE,
    WindowMenus,
    apply_zoom,
    base_point_size,
)
from remotework_desktop.gui.window_review import ReviewHooks
from remotework_desktop.gui.window_store import StoreActions

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from remotework_desktop.core.checklists import LoadResult
    from remotework_desktop.core.meetings import Meeting
    from remotework_desktop.core.store import Store

log = logging.getLogger(__name__)


def _make_editor(meeting: Meeting, lang: str, parent: QWidget) -> Any:
    """The meeting editor (imported late: it is the heaviest part of the GUI)."""
    from remotework_desktop.gui.editor.meeting_editor import MeetingEditor

    return MeetingEditor(meeting, lang, parent)


class MainWindow(QMainWindow):
    """One window: the list of meetings, or one open meeting in the editor."""

    language_requested = Signal(str)

    def __init__(
        self,
        store: Store,
        settings: Settings,
        data_dir: Path,
        *,
        lang: str = "da",
        checklists: LoadResult | None = None,
        debounce_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.data_dir = Path(data_dir)
        self.lang = lang
        self._checklists = checklists
        self.editor: Any = None
        self._review_slot: Any = None  # the open meeting's review page, built when needed
        self.discarded = False  # set when the window is replaced (language switch)
        self._size_at_100: QSize | None = None
        self._files_check_due = True  # see paintEvent

        self.setWindowTitle(self.tr("Hjemmearbejde"))
        self.setAccessibleName(self.tr("Hjemmearbejde – hovedvindue"))
        keys.install()  # Enter presses the focused button here too, as in a dialog
        # After the first frame (told in showEvent, paintEvent): what waited for it, then
        # the editor's modules load while the list is read.
        self._first_frame = warm_up.after_first_show(self, self.after_first_frame)
        self.autosaver = AutoSaver(store, parent=self)
        if debounce_ms is not None:
            self.autosaver.set_debounce(debounce_ms)
        self.autosaver.state_changed.connect(self._on_save_state)

        self.meeting_list = MeetingList(lang)
        self.meeting_list.open_requested.connect(self.open_meeting)
        self.meeting_list.new_requested.connect(self.new_meeting)
        self.meeting_list.delete_requested.connect(self.delete_meeting)
        self.meeting_list.set_read_only(self.read_only)

        self.meeting_page = MeetingPage()
        self.meeting_page.back_button.clicked.connect(self.show_list)
        self.meeting_page.details_button.clicked.connect(self.edit_details)
        self.meeting_page.calendar_button.clicked.connect(self._on_calendar)
        self.meeting_page.preparation_button.clicked.connect(self.start_from_preparation)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.meeting_list)
        self.stack.addWidget(self.meeting_page)

        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        self.notice = self._build_notice()
        central_layout.addWidget(self.notice)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.save_label = QLabel()
        self.save_label.setAccessibleName(self.tr("Gemmestatus"))
        # The state must always be readable in full; the reason beside it may be elided. A
        # label without word wrap is never narrower than its text (its minimum size hint),
        # so no size policy: naming QSizePolicy built its class, ~0.4 % of a start.
        self.save_detail = QLabel()
        self.save_detail.setAccessibleName(self.tr("Hvorfor mødet ikke kunne gemmes"))
        self.statusBar().addPermanentWidget(self.save_detail, 1)
        self.statusBar().addPermanentWidget(self.save_label)
        if self.read_only:
            ro = QLabel(self.tr("Kun visning – programmet er åbent i et andet vindue"))
            ro.setAccessibleName(ro.text())
            self.statusBar().addPermanentWidget(ro)
        # The organisation's archive, if configured: pushes in the background, quietly.
        self.archive_label = QLabel()
        self.statusBar().addPermanentWidget(self.archive_label)
        self.archive_sync = ArchiveSync(store, self.data_dir, self.archive_label)
        if not self.read_only:
            self.archive_sync.start()

        self.menus = WindowMenus(self)
        self.between = BetweenMeetings(self)
        self.store_actions = StoreActions(self)
        self.review_hooks = ReviewHooks(self)
        self.menus.build_actions()
        self.menus.restore_geometry()
        self.refresh_list()
        self._update_actions()

    # -- building -------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return bool(getattr(self.store, "read_only", False))

    def _build_notice(self) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setAccessibleName(self.tr("Besked"))
        close = QPushButton(self.tr("&Luk besked"))
        close.setAccessibleName(self.tr("Luk besked"))
        close.clicked.connect(frame.hide)
        # The button at the top of a long message: in a column over a stretch (an
        # alignment flag would be the first of Qt's enums, see qt_ints).
        button_column = QVBoxLayout()
        button_column.addWidget(close)
        button_column.addStretch(1)
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.notice_label, 1)
        layout.addLayout(button_column)
        frame.hide()
        return frame

    def show_notice(self, text: str) -> None:
        """A calm, dismissible message above the content (not a modal popup)."""
        self.notice_label.setText(text)
        self.notice.show()

    def show_store_problems(self) -> None:
        self.store_actions.show_store_problems()

    def fit_to_screen(self) -> None:
        self.menus.fit_to_screen()

    def remember_geometry(self) -> None:
        self.menus.remember_geometry()

    def _save_settings(self) -> None:
        try:
            save_settings(self.data_dir, self.settings)
        except OSError as exc:
            # Settings are a convenience; failing to keep them must not stop the work.
            log.warning("could not save settings: %s", exc)

    def _update_actions(self) -> None:
        has_meeting = self.editor is not None
        self.save_action.setEnabled(has_meeting and not self.read_only)
        self.back_action.setEnabled(has_meeting)
        self.help_action.setEnabled(has_meeting)
        self.new_action.setEnabled(not self.read_only)
        self.restore_action.setEnabled(not self.read_only)
        signed = has_meeting and self.editor.meeting.is_signed
        self.follow_up_action.setEnabled(signed and not self.read_only)
        self.new_version_action.setEnabled(signed and not self.read_only)
        editable = has_meeting and not signed and not self.read_only
        self.details_action.setEnabled(editable)
        self.meeting_page.details_button.setVisible(editable)
        self.calendar_action.setEnabled(has_meeting)
        preparing = has_meeting and self.editor.meeting.is_preparation and not self.read_only
        self.preparation_action.setEnabled(preparing)
        self.meeting_page.preparation_button.setVisible(preparing)

    # -- the list -------------------------------------------------------------------------
    def after_first_frame(self) -> None:
        """What waits for the window's first frame (warm_up.FirstFrame calls it once): PySide
        builds Qt's enums here, in one go, not before the frame (see qt_ints)."""
        self.meeting_list.enable_sorting()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._first_frame.shown()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._first_frame.painted()
        if self._files_check_due:
            # Once the first frame is drawn: the list shows the index as read, and the
            # meeting files are checked against it now, in idle time (app._open_store).
            self._files_check_due = False
            QTimer.singleShot(0, self.check_store_files)

    def check_store_files(self) -> None:
        self.store_actions.check_store_files()

    def refresh_list(self) -> None:
        try:
            summaries = self.store.listing()  # rows made as they are shown
        except Exception as exc:
            errors.show_error(self, str(exc))
            return
        self.meeting_list.set_meetings(summaries)

    def focus_search(self) -> None:
        if self.editor is not None and not self.show_list():
            return
        self.meeting_list.focus_search()

    def _load_checklists(self) -> LoadResult:
        warm_up.wait_for_open()
        if self._checklists is None:
            from remotework_desktop.core.checklists import load_checklists

            self._checklists = load_checklists()
        return self._checklists

    def new_meeting(self) -> Meeting | None:
        """Ask for the details, store the new meeting and open it."""
        if self.read_only:
            return None
        from remotework_desktop.gui.new_meeting_dialog import NewMeetingDialog

        result = self._load_checklists()
        dialog = NewMeetingDialog(
            result.ordered(), self.lang, load_errors=result.errors, parent=self
        )
        if dialog.exec() != NewMeetingDialog.DialogCode.Accepted or dialog.meeting is None:
            return None
        meeting = dialog.meeting
        if not self._leave_meeting():
            return None
        try:
            self.store.save(meeting)
        except Exception as exc:
            errors.show_error(self, self.tr("Mødet kunne ikke oprettes."), info=str(exc))
            return None
        self._show_meeting(meeting)
        return meeting

    def delete_meeting(self, meeting_id: str) -> bool:
        return self.store_actions.delete_meeting(meeting_id)

    def restore_backup(self, archive: Path | None = None) -> bool:
        return self.store_actions.restore_backup(archive)

    # -- one meeting ----------------------------------------------------------------------
    @property
    def review(self) -> Any:
        """The open meeting's review page (built now if it was not yet), or None."""
        return self._review_slot.get() if self._review_slot is not None else None

    @property
    def current_meeting(self) -> Meeting | None:
        return self.editor.meeting if self.editor is not None else None

    def open_meeting(self, meeting_id: str) -> bool:
        """Save and leave the open meeting (if any), then open this one."""
        if self.editor is not None and self.editor.meeting.id == meeting_id:
            self.stack.setCurrentWidget(self.meeting_page)
            return True
        if not self._leave_meeting():
            return False
        warm_up.wait_for_open()
        try:
            meeting = self.store.get(meeting_id)
        except Exception as exc:
            errors.show_error(self, self.tr("Mødet kunne ikke åbnes."), info=str(exc))
            self.refresh_list()
            return False
        self._show_meeting(meeting)
        return True

    def _show_meeting(self, meeting: Meeting) -> None:
        editor = _make_editor(meeting, self.lang, self.meeting_page)
        self.editor = editor
        self.meeting_page.show_editor(editor)
        read_only = self.read_only or meeting.is_signed
        editor.set_read_only(read_only)
        if not self.read_only:
            editor.changed.connect(self.autosaver.mark_changed)
            self.autosaver.watch(meeting, editor.flush)
        # A preparation is never signed: it has no review page.
        if meeting.is_preparation:
            self._review_slot = None
        else:
            self._review_slot = self._add_review_page(editor, meeting)
        self._show_title(meeting)
        self.stack.setCurrentWidget(self.meeting_page)
        self._update_actions()
        editor.setFocus()  # Qt's OtherFocusReason, without naming Qt's enums

    def _follows_date(self, meeting: Meeting) -> str | None:
        from remotework_desktop.core.pdf.export import follows_date

        return follows_date(self.store, meeting.follows)

    def _show_title(self, meeting: Meeting) -> None:
        follows = self._follows_date(meeting) if meeting.follows else None
        title = self.meeting_page.show_title(meeting, self.lang, follows)
        self.setWindowTitle(self.tr("Hjemmearbejde") + " – " + title)

    def edit_details(self) -> bool:
        return self.between.edit_details()

    def make_details_dialog(self, definitions: list[Any], meeting: Meeting) -> Any:
        return self.between.make_details_dialog(definitions, meeting)

    def _on_calendar(self) -> None:
        self.save_calendar()

    def save_calendar(
        self, target: Path | None = None, include_actions: bool | None = None
    ) -> bool:
        return self.between.save_calendar(target, include_actions)

    def _add_review_page(self, editor: Any, meeting: Meeting) -> Any:
        return self.review_hooks._add_review_page(editor, meeting)

    def show_item(self, checklist_id: str, item_id: str) -> None:
        self.review_hooks.show_item(checklist_id, item_id)

    def save_quietly(self) -> bool:
        return self.review_hooks.save_quietly()

    def start_new_version(self) -> bool:
        return self.between.start_new_version()

    def start_follow_up(self) -> bool:
        return self.between.start_follow_up()

    def start_from_preparation(self) -> bool:
        """A meeting with a named employee from the open preparation (its tasks copied)."""
        from remotework_desktop.gui.preparation import start_from_preparation

        return start_from_preparation(self)

    def make_follow_up_dialog(self, meeting: Meeting) -> Any:
        return self.between.make_follow_up_dialog(meeting)

    def _leave_meeting(self) -> bool:
        """Save the open meeting; keep it open (and say why) if that fails."""
        if self.editor is None:
            return True
        if not self.read_only and not self.autosaver.save_if_dirty():
            errors.show_error(
                self,
                self.tr("Mødet kunne ikke gemmes, så det bliver stående åbent."),
                info=self.autosaver.message,
            )
            return False
        self._close_editor()
        return True

    def _close_editor(self) -> None:
        editor, self.editor = self.editor, None
        self._review_slot = None
        self.autosaver.watch(None)
        if editor is not None:
            self.meeting_page.remove_editor(editor)
        self.setWindowTitle(self.tr("Hjemmearbejde"))
        self.save_label.clear()
        self.save_detail.clear()
        self._update_actions()

    def show_list(self) -> bool:
        """Back to the list, saving the open meeting first; False if it had to stay open."""
        meeting_id = self.editor.meeting.id if self.editor is not None else None
        if not self._leave_meeting():
            return False
        self.refresh_list()
        self.stack.setCurrentWidget(self.meeting_list)
        if meeting_id:
            self.meeting_list.select_id(meeting_id)
        self.meeting_list.table.setFocus()  # Qt's OtherFocusReason, without naming Qt's enums
        return True

    def save_now(self) -> bool:
        """Ctrl+S: save even if autosave already did, and say so."""
        if self.editor is None or self.read_only:
            return False
        ok = self.autosaver.save_now()
        if ok:
            from PySide6.QtCore import QTime

            stamp = QTime.currentTime().toString("HH:mm:ss")
            self.statusBar().showMessage(self.tr("Mødet er gemt kl. {time}.").format(time=stamp))
        return ok

    def rescue(self) -> bool:
        """For the crash handler: get the open meeting onto disk if at all possible."""
        if self.editor is None or self.read_only:
            return True
        try:
            self.editor.flush()
        except Exception:
            log.exception("flush failed while rescuing")
        try:
            self.store.save(self.editor.meeting)
        except Exception:
            log.exception("rescue save failed")
            return False
        return True

    def _on_save_state(self, state: SaveState, message: str) -> None:

        texts = {
            SaveState.SAVED: self.tr("Gemt"),
            SaveState.PENDING: self.tr("Gemmer …"),
            SaveState.SAVING: self.tr("Gemmer …"),
            SaveState.FAILED: self.tr("Kunne ikke gemme – prøver igen"),
        }
        self.save_label.setText(texts[state] if self.editor is not None else "")
        self.save_label.setAccessibleDescription(message)
        self.save_detail.setText(message if state is SaveState.FAILED else "")

    # -- zoom, language, help -------------------------------------------------------------
    def set_high_contrast(self, on: bool) -> None:
        self.menus.set_high_contrast(on)

    def zoom_in(self) -> None:
        self.menus.zoom_in()

    def zoom_out(self) -> None:
        self.menus.zoom_out()

    def zoom_reset(self) -> None:
        self.menus.zoom_reset()

    def show_help(self) -> None:
        self.menus.show_help()

    def show_guide(self) -> None:
        self.menus.show_guide()

    def show_about(self) -> None:
        self.menus.show_about()

    # -- closing --------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.discarded:
            event.accept()
            return
        if self.editor is not None and not self.read_only and not self.autosaver.save_if_dirty():
            leave = errors.ask(
                self,
                self.tr("Mødet kunne ikke gemmes"),
                self.tr(
                    "De seneste ændringer kunne ikke gemmes: {reason}\n\n"
                    "Hvis du lukker nu, går de tabt. Programmet prøver fortsat at gemme, "
                    "hvis du lader det være åbent."
                ).format(reason=self.autosaver.message),
                yes=self.tr("&Luk alligevel"),
                no=self.tr("&Bliv i programmet"),
                danger=True,
            )
            if not leave:
                event.ignore()
                return
        self.autosaver.wait()
        self.archive_sync.stop()
        self.remember_geometry()
        self._save_settings()
        event.accept()

    def discard(self) -> None:
        """Close without saving again: the caller already saved (language switch)."""
        self.discarded = True
        self.archive_sync.stop()
        self.autosaver.watch(None)
        self.close()
        self.deleteLater()
