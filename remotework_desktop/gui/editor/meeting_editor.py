"""The meeting editor: navigation on the left, one page on the right, progress on top.

Pages: each chosen checklist, then the action plan, then any extra pages the main window
adds (e.g. review and signing). The editor owns no rules: the pages change the live
``Meeting`` through its methods and the editor only keeps progress and read-only state in
step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.core.meetings import Meeting
from remotework_desktop.gui.editor.action_plan import ActionPlanPage
from remotework_desktop.gui.editor.checklist_page import ChecklistPage
from remotework_desktop.gui.editor.item_card import NAVIGATION
from remotework_desktop.gui.editor.tasks_hooks import add_tasks_page, is_preparation
from remotework_desktop.gui.style import ScaledLabel, rescale_labels

translate = QCoreApplication.translate
ACTIONS_KEY = "actions"
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class MeetingEditor(QWidget):
    """Edit one meeting: its checklists, its action plan, and pages the caller adds."""

    changed = Signal()  # after every successful change to the meeting

    def __init__(self, meeting: Meeting, lang: str = "da", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.lang = lang
        self._read_only = False
        self._keys: list[str] = []
        self.setObjectName("meeting-editor")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)

        self.banner = ScaledLabel(
            translate(
                "MeetingEditor",
                "Aftalen er underskrevet og låst. Den kan læses og udskrives, men ikke ændres.",
            ),
            1.15,
            True,
            self,
        )
        self.banner.setObjectName("locked-banner")
        self.banner.setFrameShape(QFrame.Shape.Box)
        self.banner.setMargin(10)
        self.banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.banner.setAutoFillBackground(True)
        self.banner.setAccessibleName(self.banner.text())
        self.banner.hide()
        outer.addWidget(self.banner)

        top = QHBoxLayout()
        self.progress_label = ScaledLabel("", 1.15, True, self)
        self.progress_label.setObjectName("total-progress")
        self.progress_label.setWordWrap(False)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setAccessibleName(translate("MeetingEditor", "Fremdrift for hele mødet"))
        top.addWidget(self.progress_label)
        top.addWidget(self.progress_bar, 1)
        top.addStretch(1)
        outer.addLayout(top)

        body = QHBoxLayout()
        body.setSpacing(16)
        self.nav = QListWidget(self)
        self.nav.setObjectName("editor-navigation")
        self.nav.setAccessibleName(translate("MeetingEditor", "Mødets sider"))
        self.nav.setAccessibleDescription(
            translate("MeetingEditor", "Pil op og ned skifter side. Ctrl+Page Down går til næste.")
        )
        self.nav.setProperty(NAVIGATION, True)
        self.nav.setWordWrap(True)
        self.nav.setSpacing(4)
        self.stack = QStackedWidget(self)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)

        self.checklist_pages: dict[str, ChecklistPage] = {}
        for ref in meeting.checklists:
            page = ChecklistPage(meeting, ref.id, lang, self.stack)
            page.changed.connect(self._page_changed)
            page.action_requested.connect(self.make_action)
            self.checklist_pages[ref.id] = page
            self._add_page(f"checklist:{ref.id}", "", page)
        self.tasks_page = add_tasks_page(self, meeting, lang)
        self.actions_page = ActionPlanPage(meeting, lang, self.stack)
        self.actions_page.changed.connect(self._actions_changed)
        if not is_preparation(meeting):  # a preparation has only its task list
            self._add_page(
                ACTIONS_KEY, translate("MeetingEditor", "Handlingsplan"), self.actions_page
            )
        else:
            self.actions_page.hide()

        self._shortcuts = [
            QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self),
            QShortcut(QKeySequence("Ctrl+PgDown"), self),
            QShortcut(QKeySequence("Ctrl+PgUp"), self),
        ]
        for shortcut in self._shortcuts:
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._shortcuts[0].activated.connect(self.show_help_for_current)
        self._shortcuts[1].activated.connect(lambda: self._step_page(1))
        self._shortcuts[2].activated.connect(lambda: self._step_page(-1))

        self._fit_widths()  # the labels were made at the current font: no rescale yet
        self.nav.setCurrentRow(0)
        self._update_progress()
        self._update_action_counts()
        if meeting.is_signed:
            self.set_read_only(True)

    def changeEvent(self, event: QEvent) -> None:
        # The app zoom changes the font; sizes derived from it follow here.
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_font()
        super().changeEvent(event)

    def _fit_widths(self) -> None:
        char = self.fontMetrics().averageCharWidth()
        self.nav.setMinimumWidth(char * 28)
        self.nav.setMaximumWidth(char * 36)
        self.progress_bar.setMaximumWidth(char * 40)

    def _fit_to_font(self) -> None:
        self._fit_widths()
        # Looking the labels up by class makes PySide6 create every QtWidgets enum it has
        # not made yet (~40, 15-20 ms the first time): only on a font change, not on opening.
        rescale_labels(self)

    # -- pages -------------------------------------------------------------------------------
    def _add_page(self, key: str, title: str, widget: QWidget) -> None:
        item = QListWidgetItem(title)
        item.setData(KEY_ROLE, key)
        self.nav.addItem(item)
        self.stack.addWidget(widget)
        self._keys.append(key)

    def add_extra_page(self, title: str, widget: QWidget) -> None:
        """Add a page after the action plan (e.g. 'Gennemse og underskriv')."""
        self._add_page(title, title, widget)

    def show_page(self, key: str) -> None:
        """Show 'checklist:<id>', 'actions' or an extra page by its title."""
        if key not in self._keys:
            raise KeyError(key)
        self.nav.setCurrentRow(self._keys.index(key))

    def current_key(self) -> str:
        return self._keys[self.stack.currentIndex()]

    def page_keys(self) -> list[str]:
        return list(self._keys)

    def _step_page(self, step: int) -> None:
        self.nav.setCurrentRow((self.nav.currentRow() + step) % self.nav.count())

    # -- keeping in step ---------------------------------------------------------------------
    def _page_changed(self) -> None:
        self._update_progress()
        self.changed.emit()

    def _actions_changed(self) -> None:
        self._update_action_counts()
        self.changed.emit()

    def _update_progress(self) -> None:
        done, total = self.meeting.total_progress()
        self.progress_label.setText(
            translate("MeetingEditor", "{0} af {1} punkter drøftet").format(done, total)
        )
        self.progress_label.setAccessibleName(self.progress_label.text())
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        for row, key in enumerate(self._keys):
            if not key.startswith("checklist:"):
                continue
            cid = key.removeprefix("checklist:")
            d, t = self.meeting.progress(cid)
            title = self.meeting.definition(cid).title.get(self.lang)
            text = translate("MeetingEditor", "{0}\n{1} af {2} drøftet").format(title, d, t)
            self.nav.item(row).setText(text)

    def _update_action_counts(self) -> None:
        for cid, page in self.checklist_pages.items():
            counts: dict[str, int] = {}
            for action in self.meeting.actions:
                if action.checklist_id == cid and action.item_id:
                    counts[action.item_id] = counts.get(action.item_id, 0) + 1
            page.set_action_counts(counts)

    def make_action(self, checklist_id: str, item_id: str) -> None:
        """'Gør til handling': the add dialog, prefilled with the item's prompt."""
        if not self._read_only:
            self.actions_page.add_action(checklist_id, item_id)

    # -- the contract with the main window ------------------------------------------------
    def set_read_only(self, ro: bool) -> None:
        """Disable every editing control and show the locked banner (a signed meeting)."""
        self._read_only = ro
        self.banner.setHidden(not ro)
        for page in self.checklist_pages.values():
            page.set_read_only(ro)
        self.actions_page.set_read_only(ro)
        if self.tasks_page is not None:
            self.tasks_page.set_read_only(ro)

    @property
    def read_only(self) -> bool:
        return self._read_only

    def flush(self) -> None:
        """Apply every pending typed edit now (before save or close)."""
        for page in self.checklist_pages.values():
            page.commit()
        self.actions_page.commit()
        if self.tasks_page is not None:
            self.tasks_page.commit()

    def show_help_for_current(self) -> None:
        """F1: show or hide the help of the item that has focus (or the first on the page)."""
        page = self.stack.currentWidget()
        if not isinstance(page, ChecklistPage):
            return
        card = page.card_containing(QApplication.focusWidget())
        if card is None:
            cards = page.visible_cards()
            if not cards:
                return
            card = cards[0]
        card.toggle_help()
