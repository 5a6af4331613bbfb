"""Between meetings in the real window (offscreen): the due list, editing a draft's details,
saving to a calendar, and signing an incomplete plan only after being told what is missing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from remotework_desktop.core.example import build_example_meeting
from remotework_desktop.core.settings import load_settings
from remotework_desktop.core.store import Store
from remotework_desktop.gui import errors, i18n
from remotework_desktop.gui.app import AppController
from remotework_desktop.gui.meeting_rows import COL_FOLLOW_UP, DUE_ROLE
from remotework_desktop.gui.new_meeting_dialog import NewMeetingDialog
from remotework_desktop.gui.review.review_page import ReviewPage
from tests.qt_helpers import run_modal

MANAGER = "Søren Ødegaard"
EMPLOYEE = "Åse Brønnum-Jensen"


@pytest.fixture(autouse=True)
def _quiet(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[list[str]]:
    said: list[str] = []
    monkeypatch.setattr(errors, "show_error", lambda *a, **k: said.append(str(a[1:])))
    yield said
    i18n.install_translators("da")


@pytest.fixture
def start(qtbot: QtBot, data_dir: Path) -> Iterator[Callable[[], AppController]]:
    opened: list[AppController] = []

    def _start() -> AppController:
        store = Store.open(data_dir)
        controller = AppController(store, data_dir, load_settings(data_dir), debounce_ms=20)
        window = controller.show()
        qtbot.addWidget(window)
        opened.append(controller)
        return controller

    yield _start
    for controller in opened:
        if controller.window.isVisible():
            controller.window.close()
        controller.store.close()


def signed(follow_up: dt.date | None, company: str) -> object:
    m = build_example_meeting()
    m.company = company
    m.follow_up_date = follow_up.isoformat() if follow_up else None
    m.sign("manager", MANAGER, confirmed=True)
    m.sign("employee", EMPLOYEE, confirmed=True)
    return m


def test_list_shows_due_and_overdue_in_words_and_icon_sorts_and_filters(
    start: Callable[[], AppController], data_dir: Path, qtbot: QtBot
) -> None:
    today = dt.date.today()
    with Store.open(data_dir) as store:
        for when, name in (
            (today - dt.timedelta(days=3), "Forsinket"),
            (today + dt.timedelta(days=5), "Snart"),
            (today + dt.timedelta(days=90), "Senere"),
        ):
            store.save(signed(when, name))
        store.save(build_example_meeting())  # a draft with a follow-up date: never due
    controller = start()
    listing = controller.window.meeting_list
    by_company = {listing.proxy.index(r, 1).data(): r for r in range(listing.proxy.rowCount())}
    late = listing.proxy.index(by_company["Forsinket"], COL_FOLLOW_UP)
    soon = listing.proxy.index(by_company["Snart"], COL_FOLLOW_UP)
    later = listing.proxy.index(by_company["Senere"], COL_FOLLOW_UP)
    assert late.data().endswith("– overskredet") and late.data(DUE_ROLE) == "overdue"
    assert soon.data().endswith("– snart") and soon.data(DUE_ROLE) == "due"
    assert "–" not in later.data()
    # Not by colour alone: the text says it, and an icon shows it.
    for index in (late, soon):
        assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
        assert index.data(Qt.ItemDataRole.AccessibleTextRole) == index.data()
    assert later.data(Qt.ItemDataRole.DecorationRole) is None
    # Sort by the follow-up column: overdue first, then due soon. Sorting is switched on
    # (the indicator shown) just after the window's first frame, which on a busy machine
    # comes a while after show().
    header = listing.table.horizontalHeader()
    qtbot.waitUntil(header.isSortIndicatorShown, timeout=10000)
    listing.table.sortByColumn(COL_FOLLOW_UP, Qt.SortOrder.AscendingOrder)
    companies = [listing.proxy.index(r, 1).data() for r in range(listing.proxy.rowCount())]
    assert companies[:2] == ["Forsinket", "Snart"]
    # Filter: only the due ones.
    listing.set_due_only(True)
    shown = sorted(listing.proxy.index(r, 1).data() for r in range(listing.proxy.rowCount()))
    assert shown == ["Forsinket", "Snart"]
    listing.set_due_only(False)
    assert listing.proxy.rowCount() == 4


def test_edit_details_of_a_draft_and_asks_before_removing_a_checklist_with_answers(
    start: Callable[[], AppController], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = build_example_meeting()
    with Store.open(data_dir) as store:
        store.save(meeting)
    controller = start()
    window = controller.window
    assert window.open_meeting(meeting.id)
    assert window.details_action.isEnabled() and window.meeting_page.details_button.isVisible()
    asked: list[int] = []
    answers = iter([False, True])
    monkeypatch.setattr(
        NewMeetingDialog, "confirm_drop", lambda self, n: asked.append(n) or next(answers)
    )
    first = meeting.checklists[0].id

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        assert dialog.windowTitle() == "Ret oplysninger"
        assert dialog.company.text() == meeting.company
        dialog.company.setText("")
        dialog.ok_button.click()
        assert "virksomhedens navn" in dialog.error_text("company")
        dialog.company.setText("Nyt Firma ApS")
        dialog.employee_name.setText("Åse B. Jensen")
        dialog.checklist_boxes[first].setChecked(False)
        dialog.ok_button.click()  # asked, and "keep them": nothing changes, dialog stays
        assert dialog.isVisible()
        dialog.ok_button.click()  # asked again, and "remove them"

    run_modal(edit)
    assert window.edit_details()
    assert asked == [1, 1]
    stored = controller.store.get(meeting.id)
    assert (stored.company, stored.employee_name) == ("Nyt Firma ApS", "Åse B. Jensen")
    assert first not in [r.id for r in stored.checklists] and first not in stored.entries
    assert f"checklist:{first}" not in window.editor.page_keys()
    assert "Nyt Firma ApS" in window.meeting_page.meeting_title.text()
    # A signed meeting's details change only through a new version.
    signed_one = signed(None, "Låst A/S")
    controller.store.save(signed_one)
    assert window.open_meeting(signed_one.id)
    assert (
        not window.details_action.isEnabled() and not window.meeting_page.details_button.isVisible()
    )
    assert not window.edit_details()


def test_save_to_calendar_from_the_window(
    start: Callable[[], AppController], data_dir: Path, tmp_path: Path
) -> None:
    meeting = signed(dt.date(2027, 3, 9), "Kalender ApS")
    with Store.open(data_dir) as store:
        store.save(meeting)
    controller = start()
    window = controller.window
    assert window.open_meeting(meeting.id)
    assert window.calendar_action.isEnabled() and window.meeting_page.calendar_button.isVisible()
    target = tmp_path / "f.ics"
    assert window.save_calendar(target, include_actions=False)
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert [e.decoded("dtstart") for e in events] == [dt.date(2027, 3, 9)]

    def tick_actions(dialog: QDialog) -> None:
        dialog.actions_box.setChecked(True)
        dialog.accept()

    run_modal(tick_actions)
    assert window.save_calendar(target)
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    with_deadline = [a for a in meeting.actions if a.deadline and not a.done]
    assert len(events) == 1 + len(with_deadline)


def test_signing_an_incomplete_plan_asks_and_can_jump_to_the_first_gap(
    start: Callable[[], AppController], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = build_example_meeting()
    with Store.open(data_dir) as store:
        store.save(meeting)
    undiscussed, _ = meeting.signing_gaps()
    assert undiscussed
    controller = start()
    window = controller.window
    assert window.open_meeting(meeting.id)
    review = window.review
    assert isinstance(review, ReviewPage)
    asked: list[tuple[int, int]] = []
    choice = {"value": "cancel"}
    monkeypatch.setattr(
        ReviewPage, "confirm_incomplete", lambda self, n, k: asked.append((n, k)) or choice["value"]
    )
    opened: list[str] = []
    monkeypatch.setattr(ReviewPage, "make_sign_dialog", lambda self, role: opened.append(role))
    assert not review.open_sign_dialog("manager")
    assert asked == [(len(undiscussed), 0)] and opened == []
    # "Go to the first": the page of the first undiscussed item, focus in its answer.
    choice["value"] = "jump"
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    assert not review.open_sign_dialog("manager")
    cid, iid = undiscussed[0]
    assert window.editor.current_key() == f"checklist:{cid}"
    card = window.editor.checklist_pages[cid].cards[iid]
    focus = QApplication.focusWidget()
    assert isinstance(focus, QWidget) and card.isAncestorOf(focus)
    # An answer the screen refuses counts too.
    other = next(c for c in window.editor.checklist_pages[cid].visible_cards() if c is not card)
    other.answer_error.show_error("nej")
    choice["value"] = "cancel"
    review.open_sign_dialog("manager")
    assert asked[-1] == (len(undiscussed), 1)
    # Sign anyway goes on to the sign dialog.
    choice["value"] = "sign"
    with pytest.raises(AttributeError):  # the stand-in dialog above is None: it was reached
        review.open_sign_dialog("manager")
    assert opened == ["manager"]
