"""The review page's output (gui/review/output.py): no PDF is saved from the store while the
meeting on screen could not be saved there first."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from remotework_desktop.core.meetings import Meeting
from remotework_desktop.core.store import Store
from remotework_desktop.gui.review.review_page import ReviewPage


def test_no_pdf_is_saved_while_the_meeting_could_not_be_saved_first(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, make_meeting: Callable[..., Meeting]
) -> None:
    meeting = make_meeting()
    with Store.open(data_dir) as store:
        store.save(meeting)
        page = ReviewPage(meeting, store, "da")
        qtbot.addWidget(page)
        page.show()
        asked: list[bool] = []
        page.save_meeting = lambda: asked.append(True) and False
        target = tmp_path / "plan.pdf"
        assert page.save_pdf(target) is None
        assert asked == [True] and not target.exists()
        assert "ikke kunne gemmes først" in page.save_status.text()
        assert store.exports_for(meeting.id) == []
        # Once the host has saved, the same call saves the PDF and records the export.
        page.save_meeting = lambda: True
        assert page.save_pdf(target) is not None and target.exists()
        assert len(store.exports_for(meeting.id)) == 1
