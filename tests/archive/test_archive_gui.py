"""The window pushes to the archive in the background: a quiet status text, never a popup."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from remotework_desktop.core.archive.outbox import Outbox, queue_if_signed
from remotework_desktop.core.checklists import ChecklistDefinition, LoadResult
from remotework_desktop.core.meetings import Meeting
from remotework_desktop.core.settings import Settings, save_settings
from remotework_desktop.core.store import Store
from remotework_desktop.gui import errors, i18n
from remotework_desktop.gui.app import AppController
from tests.archive.pgserver import LAPTOP, PgServer


@pytest.fixture
def popups(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every modal box the window would show (errors.* is the one path)."""
    said: list[str] = []
    for name in ("ask", "show_error", "show_info", "show_crash_dialog"):
        monkeypatch.setattr(errors, name, lambda *a, _n=name, **k: said.append(f"{_n}: {a}"))
    return said


@pytest.fixture
def window_on(
    qtbot: QtBot, data_dir: Path, small_checklist: ChecklistDefinition
) -> Iterator[Callable[..., Any]]:
    opened: list[tuple[Store, AppController]] = []

    def start(url: str | None, language: str = "da") -> Any:
        save_settings(data_dir, Settings(language=language, archive_url=url))
        store = Store.open(data_dir)
        controller = AppController(
            store,
            data_dir,
            Settings(language=language, archive_url=url),
            checklists=LoadResult(definitions={small_checklist.id: small_checklist}),
            debounce_ms=30,
        )
        window = controller.show()
        qtbot.addWidget(window)
        opened.append((store, controller))
        return window

    yield start
    for store, controller in opened:
        if controller.window.isVisible():
            controller.window.close()
        store.close()
    i18n.install_translators("da")


def rows(pg: PgServer) -> list[tuple[str, str]]:
    with psycopg.connect(pg.url()) as conn:
        return conn.execute("SELECT meeting_id, employee_name FROM remotework.plans").fetchall()


def test_waiting_plans_are_pushed_in_the_background(
    qtbot: QtBot,
    clean_archive: PgServer,
    data_dir: Path,
    signed_meeting: Callable[..., Meeting],
    window_on: Callable[..., Any],
    popups: list[str],
) -> None:
    meeting = signed_meeting()
    queue_if_signed(data_dir, meeting)
    window = window_on(clean_archive.url(LAPTOP))
    assert window.archive_label.text() == "1 aftale venter på arkivet"
    assert window.archive_label.accessibleName() == "Arkiv"
    qtbot.waitUntil(lambda: rows(clean_archive) != [], timeout=15000)
    qtbot.waitUntil(lambda: not window.archive_label.isVisible(), timeout=5000)
    assert rows(clean_archive) == [(meeting.id, "Mads Medarbejder")]
    assert Outbox(data_dir).pending() == []
    assert popups == []


def test_signing_in_the_window_queues_and_pushes(
    qtbot: QtBot,
    clean_archive: PgServer,
    data_dir: Path,
    make_meeting: Callable[..., Meeting],
    window_on: Callable[..., Any],
    popups: list[str],
) -> None:
    draft = make_meeting(employee_name="Sif Skærm")
    draft.set_answer("small", "days", 2)
    with Store.open(data_dir) as store:
        store.save(draft)
    window = window_on(clean_archive.url(LAPTOP))
    assert window.open_meeting(draft.id)
    meeting = window.current_meeting
    review = window.review
    assert review is not None
    meeting.sign("manager", meeting.manager_name, confirmed=True)
    review.after_signing("manager")
    assert Outbox(data_dir).pending() == []  # one signature: not yet a signed plan
    meeting.sign("employee", meeting.employee_name, confirmed=True)
    review.after_signing("employee")
    qtbot.waitUntil(lambda: rows(clean_archive) == [(draft.id, "Sif Skærm")], timeout=15000)
    qtbot.waitUntil(lambda: Outbox(data_dir).pending() == [], timeout=5000)
    assert popups == []


def test_an_unreachable_archive_only_leaves_the_count(
    qtbot: QtBot,
    data_dir: Path,
    signed_meeting: Callable[..., Meeting],
    window_on: Callable[..., Any],
    popups: list[str],
) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    for m in (signed_meeting(), signed_meeting(employee_name="Bo Blind")):
        queue_if_signed(data_dir, m)
    window = window_on(f"postgresql://x@127.0.0.1:{port}/archive", language="en")
    with qtbot.waitSignal(window.archive_sync.finished, timeout=15000):
        window.archive_sync.push_now()
    assert window.archive_label.text() == "2 agreements waiting for the archive"
    assert window.archive_label.isVisible()
    assert window.archive_label.toolTip()  # the reason, for whoever looks
    assert QApplication.activeModalWidget() is None
    assert popups == []
    assert len(Outbox(data_dir)) == 2


def test_without_an_archive_nothing_is_contacted(
    data_dir: Path,
    signed_meeting: Callable[..., Meeting],
    window_on: Callable[..., Any],
) -> None:
    queue_if_signed(data_dir, signed_meeting())
    window = window_on(None)
    assert window.archive_sync.push_now() is False
    # No archive, no talk of one: the plan just stays queued for the day one is set up.
    assert window.archive_label.text() == "" and not window.archive_label.isVisible()
    assert len(Outbox(data_dir)) == 1
