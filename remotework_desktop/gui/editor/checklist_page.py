"""One checklist on screen: its sections as headings, each visible item as a card.

All cards are built once; answering an item only shows or hides the cards whose condition
changed, so focus and typed text are never lost to a rebuild. They are built when the page
is first shown, not when the meeting opens: the first few at once, the rest a few at a time
while the event loop is idle (anything that needs them all, e.g. ``cards``, finishes the
job at once). A page left before all its cards exist builds the rest when shown again.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from remotework_desktop.core.meetings import Meeting
from remotework_desktop.gui.editor.item_card import NAVIGATION, ItemCard
from remotework_desktop.gui.style import ScaledLabel
from remotework_desktop.gui.widgets import keep_focus_visible

translate = QCoreApplication.translate
# Cards built when the page is first shown (a screenful and more), then per idle step.
FIRST_CARDS = 5
CARDS_PER_STEP = 3
# The first idle step waits this long, so the page is painted (and usable) before it.
FIRST_STEP_AFTER_MS = 50
# While someone types in a card, the steps wait until the typing has paused this long: a
# step (a few cards, 10-25 ms) run between two keys made the second one wait for it.
TYPING_PAUSE_MS = 400


class ChecklistPage(QWidget):
    """A checklist, section by section, with a selector to jump to a section."""

    changed = Signal()  # something was applied to the meeting
    action_requested = Signal(str, str)  # checklist id, item id

    def __init__(
        self, meeting: Meeting, checklist_id: str, lang: str = "da", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.checklist_id = checklist_id
        self.lang = lang
        definition = meeting.definition(checklist_id)
        self.setObjectName(f"checklist-{checklist_id}")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        self.title = ScaledLabel(definition.title.get(lang), 1.5, True, self)
        outer.addWidget(self.title)

        jump = QHBoxLayout()
        self.section_label = QLabel(translate("ChecklistPage", "&Gå til afsnit:"), self)
        self.section_selector = QComboBox(self)
        self.section_selector.setProperty(NAVIGATION, True)
        self.section_selector.setAccessibleName(translate("ChecklistPage", "Gå til afsnit"))
        count = len(definition.sections)
        for n, section in enumerate(definition.sections, start=1):
            self.section_selector.addItem(f"{n}. {section.title.get(lang)}", section.id)
        self.section_selector.setToolTip(
            translate("ChecklistPage", "Tjeklisten har {0} afsnit").format(count)
        )
        self.section_label.setBuddy(self.section_selector)
        self.section_selector.activated.connect(
            lambda index: self.show_section(self.section_selector.itemData(index))
        )
        jump.addWidget(self.section_label)
        jump.addWidget(self.section_selector, 1)
        outer.addLayout(jump)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.scroll, 1)

        body = QWidget(self.scroll)
        body.setObjectName("checklist-body")
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 16, 24)
        column.setSpacing(14)
        intro = ScaledLabel(definition.intro.get(lang), 1.0, False, body)
        column.addWidget(intro)
        column.addStretch(1)
        self.scroll.setWidget(body)
        keep_focus_visible(self.scroll)

        self._cards: dict[str, ItemCard] = {}
        self.headings: dict[str, QLabel] = {}
        self._section_items: dict[str, list[str]] = {
            section.id: [item.id for item in section.items] for section in definition.sections
        }
        self._read_only = False
        self._action_counts: dict[str, int] = {}
        self._steps: Iterator[None] | None = self._build_steps(body, column)
        self._step_timer = QTimer(self)
        self._step_timer.setSingleShot(True)
        self._step_timer.setInterval(0)
        self._step_timer.timeout.connect(self._idle_step)

    # -- building, lazily ----------------------------------------------------------------------
    def _build_steps(self, body: QWidget, column: QVBoxLayout) -> Iterator[None]:
        """Adds the headings and cards in order, yielding after each card."""
        definition = self.meeting.definition(self.checklist_id)
        count = len(definition.sections)
        for n, section in enumerate(definition.sections, start=1):
            heading = ScaledLabel(
                translate("ChecklistPage", "Afsnit {0} af {1}: {2}").format(
                    n, count, section.title.get(self.lang)
                ),
                1.35,
                True,
                body,
            )
            heading.setContentsMargins(0, 18, 0, 0)
            self.headings[section.id] = heading
            column.insertWidget(column.count() - 1, heading)  # before the closing stretch
            if section.intro is not None:
                section_intro = ScaledLabel(section.intro.get(self.lang), 1.0, False, body)
                column.insertWidget(column.count() - 1, section_intro)
            for item in section.items:
                card = ItemCard(self.meeting, self.checklist_id, item, self.lang, body)
                card.changed.connect(self.changed)
                card.answer_changed.connect(self.refresh_visibility)
                card.action_requested.connect(self.action_requested)
                card.typing.connect(self._typing)
                if self._read_only:
                    card.set_read_only(True)
                card.set_action_count(self._action_counts.get(item.id, 0))
                self._cards[item.id] = card
                column.insertWidget(column.count() - 1, card)
                yield

    def _build(self, limit: int | None) -> None:
        """Build up to ``limit`` more cards (all that are left when None)."""
        if self._steps is None:
            return
        self._step_timer.stop()
        if all(ref.id != self.checklist_id for ref in self.meeting.checklists):
            # The checklist was taken off the meeting (edit details): this page is going away.
            self._steps = None
            return
        had = len(self._cards)
        for built, _ in enumerate(self._steps, start=1):
            if limit is not None and built >= limit:
                break
        else:
            self._steps = None
        # New cards go below every card built before them, so nothing on screen moves: only
        # they are shown or hidden, and the page is not laid out again (refresh_visibility
        # does both, which grew with every card built and made a keystroke wait meanwhile).
        self._apply_conditions(list(self._cards)[had:])
        if self._steps is not None:
            self._step_timer.start(0)
        elif limit is None:
            # Everything asked for at once: lay the new cards out now, so they have their
            # places before the event loop runs (a click or a scroll to them works at once).
            body = self.scroll.widget()
            body.layout().activate()
            body.adjustSize()

    def _idle_step(self) -> None:
        # Only while the page is shown: on another page (e.g. the review, rendering its PDF
        # in a worker) these cards would only take time from it; showing resumes them.
        if self.isVisible():
            self._build(CARDS_PER_STEP)

    def _typing(self) -> None:
        if self._steps is not None:
            self._step_timer.start(TYPING_PAUSE_MS)

    def is_built(self) -> bool:
        """True once every card exists."""
        return self._steps is None

    def ensure_built(self) -> None:
        self._build(None)

    @property
    def cards(self) -> dict[str, ItemCard]:
        """Every item's card, by item id (builds those not built yet)."""
        self.ensure_built()
        return self._cards

    def built_cards(self) -> dict[str, ItemCard]:
        """The cards built so far, without building more."""
        return self._cards

    def showEvent(self, event: QShowEvent) -> None:
        if self._steps is not None and not self._step_timer.isActive():
            self._build(FIRST_CARDS)
            if self._steps is not None:
                self._step_timer.start(FIRST_STEP_AFTER_MS)
        super().showEvent(event)

    def refresh_visibility(self) -> None:
        """Show the items whose conditions hold now; hide empty sections' headings.

        The focused control stays where it was on screen; if its own card is hidden, focus
        moves to the nearest card still shown, so it is never lost off-screen."""
        focus = QApplication.focusWidget()
        anchor = self.card_containing(focus)
        before = self._viewport_y(anchor)
        self._apply_conditions(list(self._cards))
        if anchor is None or before is None:
            return
        if anchor.isHidden():
            # Only cards already built: this never forces the rest of the page to be built.
            cards = list(self._cards.values())
            index = cards.index(anchor)
            near = [c for c in cards[index:] + cards[:index][::-1] if not c.isHidden()]
            if near:
                near[0].focus_first()
            return
        self.scroll.widget().layout().activate()
        after = self._viewport_y(anchor)
        if after is not None and after != before:
            bar = self.scroll.verticalScrollBar()
            bar.setValue(bar.value() + after - before)

    def _apply_conditions(self, item_ids: list[str]) -> None:
        """Show or hide these items' cards, and every heading, as the conditions say now."""
        visible = {item.id for item in self.meeting.visible_items(self.checklist_id)}
        pending = {item.id for item in self.meeting.pending_items(self.checklist_id)}
        for item_id in item_ids:
            card = self._cards[item_id]
            # setHidden, not setVisible: the page itself may not be shown yet.
            card.setHidden(item_id not in visible)
            card.set_pending(item_id in pending)
        for section_id, heading in self.headings.items():
            heading.setHidden(not any(i in visible for i in self._section_items[section_id]))

    def _viewport_y(self, card: ItemCard | None) -> int | None:
        if card is None or not card.isVisible():
            return None
        return card.mapTo(self.scroll.viewport(), QPoint(0, 0)).y()

    def visible_cards(self) -> list[ItemCard]:
        return [card for card in self.cards.values() if not card.isHidden()]

    def show_section(self, section_id: str) -> None:
        """Scroll the section's heading to the top and put focus on its first visible item."""
        self.ensure_built()
        heading = self.headings[section_id]
        self.scroll.verticalScrollBar().setValue(heading.y())
        first = next(
            (
                self._cards[i]
                for i in self._section_items[section_id]
                if not self._cards[i].isHidden()
            ),
            None,
        )
        if first is not None:
            first.focus_first()

    def card_containing(self, widget: QWidget | None) -> ItemCard | None:
        """The card a widget sits in (to find the item that has focus)."""
        # Walk up only inside this page: PySide6 6.12 on Python 3.11 drops a reference to
        # None each time a call returns a null widget, so never ask past the top.
        if widget is None or not self.isAncestorOf(widget):
            return None
        while widget is not self:
            if isinstance(widget, ItemCard):
                return widget
            widget = widget.parentWidget()
        return None

    def commit(self) -> None:
        for card in self._cards.values():  # a card not built yet has nothing typed
            card.commit()

    def set_read_only(self, ro: bool) -> None:
        self._read_only = ro  # cards built later follow it
        for card in self._cards.values():
            card.set_read_only(ro)

    def set_action_counts(self, counts: dict[str, int]) -> None:
        self._action_counts = dict(counts)
        for item_id, card in self._cards.items():
            card.set_action_count(counts.get(item_id, 0))
