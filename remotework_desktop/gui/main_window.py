"""The main window: the meeting list, the open meeting, menus, zoom and the save indicator.

Start-up shows only the list, which works on the store's plain summaries. So the meeting and
checklist models (pydantic, most of the start-up time otherwise) and the new meeting dialog
are imported when a meeting is first opened or created, not here.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QFont,
    QKeySequence,
    QPaintEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop import __version__
from remotework_desktop.core.formatting import format_date
from remotework_desktop.core.settings import Settings, save_settings
from remotework_desktop.core.text import t
from remotework_desktop.gui import errors, keys, warm_up
from remotework_desktop.gui.archive_sync import ArchiveSync
from remotework_desktop.gui.autosave import AutoSaver, SaveState
from remotework_desktop.gui.meeting_list import MeetingList
from remotework_desktop.gui.style import ScaledLabel, apply_contrast

if TYPE_CHECKING:
    from remotework_desktop.core.checklists import LoadResult
    from remotework_desktop.core.meetings import Meeting
    from remotework_desktop.core.store import Store

log = logging.getLogger(__name__)

MIN_BASE_POINT_SIZE = 11.0
_BASE_PT_PROPERTY = "remotework_base_point_size"


def _make_editor(meeting: Meeting, lang: str, parent: QWidget) -> Any:
    """The meeting editor (imported late: it is the heaviest part of the GUI)."""
    from remotework_desktop.gui.editor.meeting_editor import MeetingEditor

    return MeetingEditor(meeting, lang, parent)


def base_point_size() -> float:
    """The 100 % font size: the system's, but never below 11 pt, fixed for the session."""
    app = QApplication.instance()
    value = app.property(_BASE_PT_PROPERTY)
    if not value:
        value = max(MIN_BASE_POINT_SIZE, QApplication.font().pointSizeF())
        app.setProperty(_BASE_PT_PROPERTY, value)
    return float(value)


def apply_zoom(percent: int) -> None:
    """Scale the whole program by setting the application font size."""
    font = QFont(QApplication.font())
    font.setPointSizeF(round(base_point_size() * percent / 100, 1))
    QApplication.setFont(font)
    # Qt only tells top-level windows; labels drawn at a multiple of the app font (headings,
    # prompts) set an explicit size and would keep their old one. Tell every widget, after
    # Qt's own posted font events, so they rescale from already-updated parents.
    for widget in QApplication.allWidgets():
        QCoreApplication.postEvent(widget, QEvent(QEvent.Type.ApplicationFontChange))


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
        self.review: Any = None
        self.discarded = False  # set when the window is replaced (language switch)
        self._size_at_100: QSize | None = None
        self._files_check_due = True  # see paintEvent

        self.setWindowTitle(self.tr("Hjemmearbejde"))
        self.setAccessibleName(self.tr("Hjemmearbejde – hovedvindue"))
        keys.install()  # Enter presses the focused button here too, as in a dialog
        warm_up.after_first_show(self)  # the editor's modules load while the list is read
        self.autosaver = AutoSaver(store, parent=self)
        if debounce_ms is not None:
            self.autosaver.set_debounce(debounce_ms)
        self.autosaver.state_changed.connect(self._on_save_state)

        self.meeting_list = MeetingList(lang)
        self.meeting_list.open_requested.connect(self.open_meeting)
        self.meeting_list.new_requested.connect(self.new_meeting)
        self.meeting_list.delete_requested.connect(self.delete_meeting)
        self.meeting_list.set_read_only(self.read_only)

        self.meeting_page = QWidget()
        self.back_button = QPushButton(self.tr("← &Tilbage til oversigten"))
        self.back_button.setAccessibleName(self.tr("Tilbage til oversigten"))
        self.back_button.setAccessibleDescription(
            self.tr("Gemmer mødet og viser listen over møder. Genvej: Alt+Venstre.")
        )
        self.back_button.clicked.connect(self.show_list)
        self.meeting_title = ScaledLabel("", 1.3, True)
        self.meeting_title.setAccessibleName(self.tr("Mødets titel"))
        # A follow-up says which agreement it follows, under the title.
        self.follows_label = QLabel()
        self.follows_label.setWordWrap(True)
        self.details_button = QPushButton(self.tr("Ret oplysninger …"))
        self.details_button.setAccessibleName(self.tr("Ret mødets oplysninger"))
        self.details_button.clicked.connect(self.edit_details)
        self.calendar_button = QPushButton(self.tr("Gem i kalender …"))
        self.calendar_button.setAccessibleName(self.tr("Gem opfølgningen i kalenderen"))
        self.calendar_button.clicked.connect(self._on_calendar)
        # A preparation (the manager alone, the task list) leads to a meeting with an employee.
        self.preparation_button = QPushButton(self.tr("Start &møde med en medarbejder …"))
        self.preparation_button.clicked.connect(self.start_from_preparation)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.preparation_button)
        top.addWidget(self.details_button)
        top.addWidget(self.calendar_button)
        self._meeting_layout = QVBoxLayout(self.meeting_page)
        self._meeting_layout.setContentsMargins(16, 16, 16, 8)
        self._meeting_layout.setSpacing(12)
        self._meeting_layout.addLayout(top)
        # The title has a row of its own: between the buttons it took five lines at 200 %.
        self._meeting_layout.addWidget(self.meeting_title)
        self._meeting_layout.addWidget(self.follows_label)

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
        # The state must always be readable in full; the reason beside it may be elided.
        self.save_label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
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

        self._build_actions()
        self._restore_geometry()
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
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.notice_label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        frame.hide()
        return frame

    def show_notice(self, text: str) -> None:
        """A calm, dismissible message above the content (not a modal popup)."""
        self.notice_label.setText(text)
        self.notice.show()

    def show_store_problems(self) -> None:
        """Tell once, in plain words, which damaged files the store moved aside."""
        problems = list(getattr(self.store, "problems", []) or [])
        if problems:
            lead = self.tr(
                "Nogle filer i datamappen var beskadigede. De er lagt til side, og resten "
                "virker som normalt:"
            )
            self.show_notice(lead + "\n" + "\n".join(f"• {p}" for p in problems))

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcuts: list[QKeySequence] | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcuts:
            # A key listed twice (a standard key equal to an explicit one) makes Qt call the
            # shortcut ambiguous and fire nothing, so keep each key once.
            unique = {k.toString(): k for k in shortcuts if not k.isEmpty()}
            action.setShortcuts(list(unique.values()))
        if tip:
            action.setStatusTip(tip)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        self.new_action = self._action(
            self.tr("&Nyt møde …"), self.new_meeting, [key(key.StandardKey.New)]
        )
        self.save_action = self._action(
            self.tr("&Gem nu"), self.save_now, [key(key.StandardKey.Save)]
        )
        self.back_action = self._action(
            self.tr("&Tilbage til oversigten"), self.show_list, [key("Alt+Left")]
        )
        self.quit_action = self._action(self.tr("&Afslut"), self.close, [key("Ctrl+Q")])
        self.restore_action = self._action(
            self.tr("Gen&dan fra sikkerhedskopi …"), self.restore_backup
        )
        self.follow_up_action = self._action(
            self.tr("Start &opfølgningsmøde"), self.start_follow_up, [key("Ctrl+Shift+N")]
        )
        self.new_version_action = self._action(
            self.tr("Start ny &version af aftalen"), self.start_new_version
        )
        self.preparation_action = self._action(
            self.tr("Start &møde ud fra forberedelsen …"), self.start_from_preparation
        )
        self.details_action = self._action(self.tr("&Ret oplysninger …"), self.edit_details)
        self.calendar_action = self._action(self.tr("Gem i &kalender …"), self._on_calendar)
        self.search_action = self._action(
            self.tr("&Søg efter møde"), self.focus_search, [key(key.StandardKey.Find)]
        )
        self.zoom_in_action = self._action(
            self.tr("Større &tekst"),
            self.zoom_in,
            [key(key.StandardKey.ZoomIn), key("Ctrl+="), key("Ctrl++")],
        )
        self.zoom_out_action = self._action(
            self.tr("&Mindre tekst"), self.zoom_out, [key(key.StandardKey.ZoomOut), key("Ctrl+-")]
        )
        self.zoom_reset_action = self._action(
            self.tr("&Normal tekststørrelse"), self.zoom_reset, [key("Ctrl+0")]
        )
        # The editor owns the F1 shortcut itself; a second F1 here would make the key
        # ambiguous so that neither fires. The menu only shows the key.
        self.help_action = self._action(self.tr("&Hjælp til punktet") + "\tF1", self.show_help)
        self.about_action = self._action(self.tr("&Om programmet"), self.show_about)
        self.guide_action = self._action(self.tr("&Sådan bruger I programmet"), self.show_guide)
        # F1 on the list explains the program; inside a meeting the editor's F1 explains
        # the item (each shortcut lives on its own page, so the key is never ambiguous).
        guide_key = QShortcut(
            QKeySequence(QKeySequence.StandardKey.HelpContents), self.meeting_list
        )
        guide_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        guide_key.activated.connect(self.show_guide)

        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("da", "&Dansk"), ("en", "&English")):
            # Each language is named in itself, so it can be found from either language.
            action = QAction(label, self, checkable=True)
            action.setChecked(code == self.lang)
            action.triggered.connect(lambda _checked=False, c=code: self._on_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action

        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Filer"))
        for a in (self.new_action, self.save_action, self.back_action):
            self.file_menu.addAction(a)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.follow_up_action)
        self.file_menu.addAction(self.new_version_action)
        self.file_menu.addAction(self.preparation_action)
        self.file_menu.addAction(self.details_action)
        self.file_menu.addAction(self.calendar_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(self.tr("R&ediger"))
        self.edit_menu.addAction(self.search_action)
        self.view_menu = bar.addMenu(self.tr("&Vis"))
        for a in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            self.view_menu.addAction(a)
        self.view_menu.addSeparator()
        self.contrast_action = QAction(self.tr("&Høj kontrast"), self, checkable=True)
        self.contrast_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.contrast_action.setChecked(self.settings.high_contrast)
        self.contrast_action.toggled.connect(self.set_high_contrast)
        self.addAction(self.contrast_action)
        self.view_menu.addAction(self.contrast_action)
        self.language_menu = bar.addMenu(self.tr("&Sprog"))
        for a in self.language_actions.values():
            self.language_menu.addAction(a)
        self.help_menu = bar.addMenu(self.tr("&Hjælp"))
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.help_action)
        self.help_menu.addAction(self.about_action)
        for menu in (
            self.file_menu,
            self.edit_menu,
            self.view_menu,
            self.language_menu,
            self.help_menu,
        ):
            menu.setAccessibleName(menu.title().replace("&", ""))

    def _restore_geometry(self) -> None:
        restored = False
        if self.settings.geometry:
            try:
                raw = base64.b64decode(self.settings.geometry, validate=True)
                restored = self.restoreGeometry(QByteArray(raw))
            except ValueError:
                restored = False
        if not restored:
            self.resize(1200, 820)
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Keep the whole window on the screen's free area: never taller or wider than it."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        self.setMaximumSize(free.size())
        if self.width() > free.width() or self.height() > free.height():
            self.resize(min(self.width(), free.width()), min(self.height(), free.height()))

    def remember_geometry(self) -> None:
        self.settings.geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode()

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
        self.details_button.setVisible(editable)
        self.calendar_action.setEnabled(has_meeting)
        preparing = has_meeting and self.editor.meeting.is_preparation and not self.read_only
        self.preparation_action.setEnabled(preparing)
        self.preparation_button.setVisible(preparing)

    # -- the list -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._files_check_due:
            # Once the first frame is drawn: the list shows the index as read, and the
            # meeting files are checked against it now, in idle time (app._open_store).
            self._files_check_due = False
            QTimer.singleShot(0, self.check_store_files)

    def check_store_files(self) -> None:
        """Check the index against the meeting files (once); show what that changed."""
        if self.discarded:
            return
        from remotework_desktop.core.store import StoreError

        before = len(self.store.problems)
        try:
            changed = self.store.check_files()
        except StoreError as exc:
            errors.show_error(self, str(exc))
            return
        if changed:
            self.refresh_list()
        if len(self.store.problems) > before:
            self.show_store_problems()

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
        """Delete for real after asking; a signed agreement gets a stronger warning."""
        summary = next((s for s in self.store.list() if s.id == meeting_id), None)
        if summary is None or self.read_only:
            return False
        who = f"{summary.employee_name or t('tasks.preparation', self.lang)}, {summary.company}"
        date = format_date(summary.meeting_date, self.lang)
        if summary.is_signed:
            text = self.tr(
                "Mødet med {who} den {date} er en underskrevet aftale. Hvis du sletter det, "
                "forsvinder aftalen og alle noter helt fra programmet og kan ikke hentes "
                "tilbage. Udskrevne eller gemte PDF-filer berøres ikke."
            ).format(who=who, date=date)
        else:
            text = self.tr(
                "Mødet med {who} den {date} og alle dets noter slettes helt og kan ikke "
                "hentes tilbage."
            ).format(who=who, date=date)
        if not errors.ask(
            self,
            self.tr("Slet mødet?"),
            text,
            yes=self.tr("&Slet mødet"),
            no=self.tr("&Fortryd"),
            danger=True,
        ):
            return False
        if self.editor is not None and self.editor.meeting.id == meeting_id:
            self._close_editor()
        try:
            self.store.delete(meeting_id)
        except Exception as exc:
            errors.show_error(self, self.tr("Mødet kunne ikke slettes."), info=str(exc))
            return False
        self.refresh_list()
        self.statusBar().showMessage(self.tr("Mødet er slettet."), 5000)
        return True

    def restore_backup(self, archive: Path | None = None) -> bool:
        """Leave the open meeting, then restore a backup (asking first if it holds fewer)."""
        from remotework_desktop.gui import restore

        if self.read_only or not self.show_list():
            return False
        archive = archive or restore.choose_backup(self)
        if archive is None:
            return False
        self._close_editor()
        count = restore.restore_backup(self, self.store, archive)
        self.refresh_list()
        if count is None:
            return False
        self.statusBar().showMessage(self.tr("Gendannet: {count} møder.").format(count=count))
        return True

    # -- one meeting ----------------------------------------------------------------------
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
        self._meeting_layout.addWidget(editor, 1)
        read_only = self.read_only or meeting.is_signed
        editor.set_read_only(read_only)
        if not self.read_only:
            editor.changed.connect(self.autosaver.mark_changed)
            self.autosaver.watch(meeting, editor.flush)
        # A preparation is never signed: it has no review page.
        self.review = None if meeting.is_preparation else self._add_review_page(editor, meeting)
        self._show_title(meeting)
        self.stack.setCurrentWidget(self.meeting_page)
        self._update_actions()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _follows_date(self, meeting: Meeting) -> str | None:
        from remotework_desktop.core.pdf.export import _follows_date

        return _follows_date(self.store, meeting.follows)

    def _show_title(self, meeting: Meeting) -> None:
        from remotework_desktop.core.followups import follow_up_label

        title = f"{meeting.employee_name or t('tasks.preparation', self.lang)} – {meeting.company}"
        self.meeting_title.setText(title + " · " + format_date(meeting.meeting_date, self.lang))
        self.setWindowTitle(self.tr("Hjemmearbejde") + " – " + title)
        label = follow_up_label(self._follows_date(meeting), self.lang) if meeting.follows else ""
        self.follows_label.setText(label)
        self.follows_label.setAccessibleName(label)
        self.follows_label.setVisible(bool(label))

    def edit_details(self) -> bool:
        """Change the open draft's details in the new-meeting dialog (edit mode)."""
        meeting = self.current_meeting
        if meeting is None or meeting.is_signed or self.read_only:
            return False
        from remotework_desktop.gui.new_meeting_dialog import NewMeetingDialog

        self.editor.flush()
        result = self._load_checklists()
        dialog = self.make_details_dialog(result.ordered(), meeting)
        if dialog.exec() != NewMeetingDialog.DialogCode.Accepted:
            return False
        # The checklists may have changed: the editor is built again on the same meeting.
        self.autosaver.mark_changed()
        if not self.autosaver.save_now():
            return False
        self._close_editor()
        self._show_meeting(meeting)
        self.statusBar().showMessage(self.tr("Oplysningerne er gemt."), 5000)
        return True

    def make_details_dialog(self, definitions: list[Any], meeting: Meeting) -> Any:
        from remotework_desktop.gui.new_meeting_dialog import NewMeetingDialog

        return NewMeetingDialog(
            definitions,
            self.lang,
            parent=self,
            edit=meeting,
            not_before=self._follows_date(meeting),
        )

    def _on_calendar(self) -> None:
        self.save_calendar()

    def save_calendar(
        self, target: Path | None = None, include_actions: bool | None = None
    ) -> bool:
        """Write the open meeting's follow-up (and deadlines on request) as an .ics file."""
        from PySide6.QtWidgets import QFileDialog

        from remotework_desktop.core.atomic import atomic_write_bytes
        from remotework_desktop.core.calendar_ics import CalendarError, calendar_ics
        from remotework_desktop.gui.between_dialogs import CalendarDialog

        meeting = self.current_meeting
        if meeting is None:
            return False
        if self.editor is not None:
            self.editor.flush()
        if include_actions is None:
            dialog = CalendarDialog(self)
            if dialog.exec() != CalendarDialog.DialogCode.Accepted:
                return False
            include_actions = dialog.actions_box.isChecked()
        try:
            data = calendar_ics(meeting, include_actions=include_actions)
        except CalendarError as exc:
            errors.show_error(self, str(exc))
            return False
        if target is None:
            name = f"Opfoelgning-{meeting.meeting_date}.ics"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Gem i kalender"), str(Path.home() / name), "iCalendar (*.ics)"
            )
            if not chosen:
                return False
            target = Path(chosen)
        try:
            atomic_write_bytes(target, data)
        except OSError as exc:
            errors.show_error(self, self.tr("Kalenderfilen kunne ikke gemmes."), info=str(exc))
            return False
        self.statusBar().showMessage(self.tr("Kalenderfilen er gemt."), 5000)
        return True

    def _add_review_page(self, editor: Any, meeting: Meeting) -> Any:
        """The last page of a meeting: the plan as printed, signing, print and save."""
        from remotework_desktop.gui.editor.tasks_hooks import show_task
        from remotework_desktop.gui.review.prerender import prerender_when_heading_for_review
        from remotework_desktop.gui.review.review_page import ReviewPage

        review = ReviewPage(meeting, self.store, self.lang, editor)
        review.save_meeting = self.save_quietly
        review.set_can_sign(not self.read_only)
        review.signed.connect(self._on_signed)
        review.locked.connect(self._on_locked)
        review.new_version_requested.connect(self.start_new_version)
        review.follow_up_requested.connect(self.start_follow_up)
        review.jump_requested.connect(self.show_item)
        review.task_jump_requested.connect(lambda task_id: show_task(editor, task_id))
        review.refused_on_screen = self._refused_on_screen
        editor.add_extra_page(self.tr("Gennemse og underskriv"), review)
        prerender_when_heading_for_review(editor, review)
        return review

    def _refused_on_screen(self) -> list[tuple[str, str]]:
        """Items whose typed answer the screen shows as refused (not stored)."""
        if self.editor is None:
            return []
        return [
            (cid, iid)
            for cid, page in self.editor.checklist_pages.items()
            for iid, card in page.cards.items()
            if not card.answer_error.isHidden() and not card.isHidden()
        ]

    def show_item(self, checklist_id: str, item_id: str) -> None:
        """Go to one item's card and put the focus in its answer."""
        if self.editor is None:
            return
        self.editor.show_page(f"checklist:{checklist_id}")
        page = self.editor.checklist_pages[checklist_id]
        card = page.cards.get(item_id)
        if card is not None:
            page.scroll.ensureWidgetVisible(card)
            card.focus_first()

    def save_quietly(self) -> bool:
        """Save the open meeting now (before a PDF is exported from the store)."""
        if self.editor is None or self.read_only:
            return True
        self.editor.flush()
        return self.autosaver.save_now()

    def _on_signed(self, _role: str) -> None:
        # A signature is saved at once, not after the autosave pause.
        self.autosaver.mark_changed()
        if self.autosaver.save_now():
            self.statusBar().showMessage(self.tr("Underskriften er gemt."), 8000)
            from remotework_desktop.core.archive.outbox import queue_if_signed

            meeting = self.current_meeting
            if meeting is not None and queue_if_signed(self.data_dir, meeting):
                self.archive_sync.push_now()
        self._update_actions()

    def _on_locked(self) -> None:
        if self.editor is not None:
            self.editor.set_read_only(True)
        self.statusBar().showMessage(
            self.tr("Aftalen er underskrevet af begge og låst. Den kan nu udskrives."), 10000
        )
        self._update_actions()

    def _start_from_signed(self, make: Callable[[Meeting], Meeting], what: str) -> bool:
        meeting = self.current_meeting
        if meeting is None or not meeting.is_signed or self.read_only:
            return False
        try:
            new = make(meeting)
            self.store.save(new)
        except Exception as exc:
            errors.show_error(self, what, info=str(exc))
            return False
        return self.open_meeting(new.id)

    def start_new_version(self) -> bool:
        """A signed agreement is never edited: a new draft version links back to it."""
        return self._start_from_signed(
            lambda m: m.new_version(), self.tr("Den nye version kunne ikke startes.")
        )

    def start_follow_up(self) -> bool:
        """A follow-up meeting carries the signed one's open actions forward; it asks its date."""
        meeting = self.current_meeting
        if meeting is None or not meeting.is_signed or self.read_only:
            return False
        dialog = self.make_follow_up_dialog(meeting)
        if dialog.exec() != dialog.DialogCode.Accepted or dialog.follow_up is None:
            return False
        made = dialog.follow_up
        return self._start_from_signed(
            lambda _m: made, self.tr("Opfølgningsmødet kunne ikke startes.")
        )

    def start_from_preparation(self) -> bool:
        """A meeting with a named employee from the open preparation (its tasks copied)."""
        from remotework_desktop.gui.preparation import start_from_preparation

        return start_from_preparation(self)

    def make_follow_up_dialog(self, meeting: Meeting) -> Any:
        from remotework_desktop.gui.between_dialogs import FollowUpDialog

        return FollowUpDialog(meeting, self)

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
        self.review = None
        self.autosaver.watch(None)
        if editor is not None:
            self._meeting_layout.removeWidget(editor)
            editor.hide()
            editor.deleteLater()
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
        self.meeting_list.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def save_now(self) -> bool:
        """Ctrl+S: save even if autosave already did, and say so."""
        if self.editor is None or self.read_only:
            return False
        ok = self.autosaver.save_now()
        if ok:
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
    def _set_zoom(self, percent: int) -> None:
        # The size chosen at 100 %; Ctrl+0 brings it back even if a zoom had to change it.
        if self._size_at_100 is None:
            self._size_at_100 = self.size()
        apply_zoom(percent)
        QApplication.sendPostedEvents()  # the font change reaches every widget now
        self.fit_to_screen()
        if percent == 100 and self._size_at_100 is not None:
            size, self._size_at_100 = self._size_at_100, None
            self._resize_after_layout(size)
            # Some layouts take the smaller font only on the next pass; once more after it.
            QTimer.singleShot(0, lambda: self._resize_after_layout(size))
        self._save_settings()
        self.statusBar().showMessage(self.tr("Tekststørrelse: {p} %").format(p=percent), 3000)

    def _resize_after_layout(self, size: QSize) -> None:
        for _ in range(3):  # nested layouts pass their new minimum up one level per round
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.resize(size)

    def set_high_contrast(self, on: bool) -> None:
        """White on black with yellow highlights, remembered; off follows the system."""
        self.settings.high_contrast = bool(on)
        apply_contrast(self.settings.high_contrast)
        self._save_settings()
        if self.contrast_action.isChecked() != self.settings.high_contrast:
            self.contrast_action.setChecked(self.settings.high_contrast)

    def zoom_in(self) -> None:
        self._set_zoom(self.settings.zoom_in())

    def zoom_out(self) -> None:
        self._set_zoom(self.settings.zoom_out())

    def zoom_reset(self) -> None:
        self._set_zoom(self.settings.zoom_reset())

    def _on_language(self, code: str) -> None:
        if code != self.lang:
            # The controller saves, rebuilds the window and switches the translator.
            self.language_requested.emit(code)
        self.language_actions[self.lang].setChecked(True)

    def show_help(self) -> None:
        if self.editor is not None:
            self.editor.show_help_for_current()

    def show_guide(self) -> None:
        """F1 on the list: how a meeting goes, in six short steps, with the keys."""
        text = self.tr(
            "Sådan holder I et møde om hjemmearbejde:\n\n"
            "1. Start et nyt møde (Ctrl+N), og skriv navnene.\n"
            "2. Gå tjeklisterne igennem sammen, ét punkt ad gangen. Tab flytter mellem "
            "felterne, Ctrl+PgDn skifter side, og F1 viser hjælpen til et punkt.\n"
            "3. Giv hvert punkt en status, og gør det, I aftaler, til en handling med "
            "ansvarlig og frist.\n"
            "4. Gennemse planen under »Gennemse og underskriv«, og skriv begge under – med "
            "en tegnet underskrift eller med jeres navn.\n"
            "5. Gem planen som PDF, eller udskriv den.\n"
            "6. Ved næste møde: start et opfølgningsmøde fra den underskrevne aftale "
            "(Ctrl+Shift+N).\n\n"
            "Alt gemmes af sig selv, mens I skriver. Ctrl+plus gør teksten større, og "
            "Ctrl+Shift+K giver høj kontrast."
        )
        errors.show_info(self, self.tr("Sådan bruger I programmet"), text)

    def show_about(self) -> None:
        text = self.tr(
            "Hjemmearbejde {version}\n\n"
            "Leder og medarbejder aftaler sammen, hvordan medarbejderen arbejder hjemme, "
            "skriver under og udskriver aftalen.\n\n"
            "Programmet virker helt uden internet og sender ingen data nogen steder. "
            "Alle oplysninger gemmes kun på denne computer, i mappen:\n{folder}"
        ).format(version=__version__, folder=self.data_dir)
        errors.show_info(self, self.tr("Om programmet"), text)

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
