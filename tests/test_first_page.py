"""Page 1 alone first: while the helper lays out the rest of the plan, the review shows page 1.

It is a first sight only: the same page as the plan's page 1 (its footer says "Side 1 af …"),
never printed, saved nor kept; the whole plan replaces it where the reader is.
"""

from __future__ import annotations

import io
import json
import struct
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from remotework_desktop.core.example import build_example_meeting
from remotework_desktop.core.meetings import Meeting
from remotework_desktop.core.pdf import worker
from remotework_desktop.core.pdf.render import render_first_page, render_pdf
from remotework_desktop.core.pdf.worker import FIRST_PAGE, OK, WORKER
from remotework_desktop.core.store import Store
from remotework_desktop.gui.review.pdf_pages import open_pdf, page_texts, render_page
from remotework_desktop.gui.review.render_job import RenderJob, render_key
from remotework_desktop.gui.review.review_page import ReviewPage


def _one_page_plan() -> Meeting:
    """A plan without the checklists' answers (which start on a page of their own) and
    with nothing agreed yet: it fits on one page."""
    meeting = build_example_meeting(fixed_ids=True)
    meeting.checklists = []
    meeting.actions = []
    return meeting


def _request(meeting: Meeting, *, first_page: bool) -> bytes:
    data = json.dumps(
        {
            "meeting": meeting.model_dump(mode="json"),
            "lang": "da",
            "include_private": False,
            "follows_date": None,
            "first_page": first_page,
        }
    ).encode("ascii")
    return struct.pack(">I", len(data)) + data


def _replies(data: bytes) -> list[tuple[int, bytes]]:
    replies, at = [], 0
    while at < len(data):
        status, size = struct.unpack_from(">BI", data, at)
        replies.append((status, data[at + 5 : at + 5 + size]))
        at += 5 + size
    return replies


def _pixels(data: bytes, index: int = 0) -> list[bytes]:
    """Page ``index`` at 50 dpi, row by row (the rows' bytes)."""
    with open_pdf(data) as doc:
        page = doc[index]
        try:
            image = render_page(page, 50 / 72)
        finally:
            page.close()
    rows = []
    for y in range(image.height()):
        line = image.constScanLine(y)
        rows.append(bytes(line)[: image.bytesPerLine()])
    return rows


# -- the renderer --------------------------------------------------------------------------
def test_the_first_page_is_the_plans_page_1_with_its_total_not_yet_known(qtbot: QtBot) -> None:
    meeting = build_example_meeting(fixed_ids=True)
    whole = render_pdf(meeting, lang="da")
    first = render_first_page(meeting, lang="da")
    assert first is not None
    texts, first_texts = page_texts(whole), page_texts(first)
    assert len(texts) > 2 and len(first_texts) == 1
    assert f"Side 1 af {len(texts)}" in texts[0]
    assert first_texts[0] == texts[0].replace(f"Side 1 af {len(texts)}", "Side 1 af …")
    # Drawn alike above the footer: the same lines in the same places.
    rows, first_rows = _pixels(whole), _pixels(first)
    footer = len(rows) * 88 // 100  # the footer sits in the bottom 12 %
    assert first_rows[:footer] == rows[:footer] and first_rows != rows


def test_the_first_page_in_english_too() -> None:
    meeting = build_example_meeting(fixed_ids=True)
    first = render_first_page(meeting, lang="en")
    assert first is not None
    (text,) = page_texts(first)
    assert "Page 1 of …" in text


def test_a_plan_of_one_page_has_no_first_page_of_its_own() -> None:
    meeting = _one_page_plan()
    assert len(page_texts(render_pdf(meeting, lang="da"))) == 1
    assert render_first_page(meeting, lang="da") is None


# -- the helper ----------------------------------------------------------------------------
def test_the_helper_sends_page_1_alone_before_the_plan_when_asked() -> None:
    meeting = build_example_meeting(fixed_ids=True)
    short = _one_page_plan()
    sink = io.BytesIO()
    requests = [
        _request(meeting, first_page=True),
        _request(meeting, first_page=False),
        _request(short, first_page=True),  # one page: the plan alone
    ]
    assert worker.serve(io.BytesIO(b"".join(requests)), sink) == 0
    assert _replies(sink.getvalue()) == [
        (FIRST_PAGE, render_first_page(meeting, lang="da")),
        (OK, render_pdf(meeting, lang="da")),
        (OK, render_pdf(meeting, lang="da")),
        (OK, render_pdf(short, lang="da")),
    ]


# -- the render job ------------------------------------------------------------------------
def _job(meeting: Meeting, *, first_page: bool) -> tuple[RenderJob, list[str]]:
    """A started job; what it told, in order ("first page", "rendered")."""
    told: list[str] = []
    job = RenderJob(None, meeting, render_key(None, meeting, "da", False), "da")
    job.first_page = first_page
    job.first_page_ready.connect(lambda _: told.append("first page"))
    job.rendered.connect(lambda _: told.append("rendered"))
    job.start()
    return job, told


def test_a_job_someone_waits_for_tells_page_1_first_then_the_plan(qtbot: QtBot) -> None:
    meeting = build_example_meeting(fixed_ids=True)
    assert WORKER.start()
    job, told = _job(meeting, first_page=True)
    qtbot.waitUntil(lambda: told == ["first page", "rendered"], timeout=30000)
    assert job.first_page_data == render_first_page(meeting, lang="da")
    assert job.data == render_pdf(meeting, lang="da")
    # A render ahead (nobody waiting) makes the plan only.
    job, told = _job(meeting, first_page=False)
    qtbot.waitUntil(lambda: told == ["rendered"], timeout=30000)
    assert job.first_page_data == b"" and job.data == render_pdf(meeting, lang="da")


def test_without_the_helper_the_job_renders_the_plan_only(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rendered in the window's process, page 1 first would only hold the interpreter."""
    monkeypatch.setattr(WORKER, "start", lambda: False)
    monkeypatch.setattr(WORKER, "pid", lambda: None)
    meeting = build_example_meeting(fixed_ids=True)
    job, told = _job(meeting, first_page=True)
    qtbot.waitUntil(lambda: told == ["rendered"], timeout=30000)
    assert job.first_page_data == b"" and job.data == render_pdf(meeting, lang="da")


# -- the review page -----------------------------------------------------------------------
@pytest.fixture
def held_back(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The plan's reply is read only once the event is set (page 1 is told at once)."""
    release = threading.Event()
    render = WORKER.render

    def held(meeting: Meeting, **kwargs: object) -> bytes:
        told = kwargs.get("on_first_page")
        if callable(told):

            def then_wait(data: bytes) -> None:
                told(data)
                assert release.wait(30)

            kwargs["on_first_page"] = then_wait
        return render(meeting, **kwargs)

    monkeypatch.setattr(WORKER, "render", held)
    yield release
    release.set()


def _shown(qtbot: QtBot, page: ReviewPage) -> ReviewPage:
    """The page shown, once its view shows a PDF (page 1 alone, or the plan)."""
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitUntil(page.view.isVisible, timeout=30000)
    return page


def test_the_review_shows_page_1_to_read_but_prints_and_saves_only_the_plan(
    qtbot: QtBot, tmp_path: Path, held_back: threading.Event
) -> None:
    assert WORKER.start()
    store = Store.open(tmp_path / "data")
    try:
        meeting = build_example_meeting(fixed_ids=True)
        store.save(meeting)
        page = _shown(qtbot, ReviewPage(meeting, store, "da"))
        # Page 1 to read, its total not yet known; nothing to print or save yet.
        view, job = page.view, page._job
        assert job is not None
        assert not page.placeholder.isVisible() and page.is_rendering()
        assert view.page_count() == 1 and view.rasterised_pages() == 1
        assert view._of.text() == "af …"
        assert view._labels[0].accessibleName() == "Side 1 af …"
        assert "Aftalt plan for hjemmearbejde" in view.page_text(1)
        assert not page.preview_button.isEnabled() and not page.save_button.isEnabled()
        # The reader scrolls down page 1 meanwhile.
        bar = view._scroll.verticalScrollBar()
        assert bar.maximum() > 200
        bar.setValue(200)

        held_back.set()
        qtbot.waitUntil(lambda: not page.is_rendering(), timeout=30000)
        whole = render_pdf(meeting, lang="da")
        assert page.pdf_bytes() == view.data() == whole
        total = len(page_texts(whole))
        assert view.page_count() == total and view._of.text() == f"af {total}"
        assert view._labels[0].accessibleName() == f"Side 1 af {total}"
        assert bar.value() == 200  # the plan took page 1's place where the reader was
        assert page.preview_button.isEnabled() and page.save_button.isEnabled()
        # Page 1 told late (after the plan) changes nothing: the plan stays.
        job.first_page_ready.emit(job)
        assert view.page_count() == total and view.data() == whole
    finally:
        store.close()


def test_asking_for_the_pdf_while_page_1_shows_waits_for_the_plan(
    qtbot: QtBot, held_back: threading.Event
) -> None:
    assert WORKER.start()
    meeting = build_example_meeting(fixed_ids=True)
    page = _shown(qtbot, ReviewPage(meeting, None, "da"))
    assert page.view.page_count() == 1
    threading.Timer(0.3, held_back.set).start()
    assert page.pdf_bytes() == render_pdf(meeting, lang="da")  # waited for the plan
    assert page.view.page_count() > 1


def test_a_render_ahead_brings_no_page_1_of_its_own(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nobody waits for a render ahead: it makes the plan only (less for the helper)."""
    meeting = build_example_meeting(fixed_ids=True)
    page = ReviewPage(meeting, None, "da")
    qtbot.addWidget(page)
    assert page.prerender()
    job = page._job
    assert job is not None and job.first_page is False
    qtbot.waitUntil(lambda: not page.is_rendering(), timeout=30000)
    assert job.first_page_data == b""


def test_page_1_told_before_the_page_was_built_is_shown(
    qtbot: QtBot, held_back: threading.Event
) -> None:
    """The first show starts the render before it builds the page (ReviewSlot): page 1 may
    be told before the page listens."""
    assert WORKER.start()
    meeting = build_example_meeting(fixed_ids=True)
    job = RenderJob.begin(None, meeting, first_page=True)
    qtbot.waitUntil(lambda: bool(job.first_page_data), timeout=30000)
    page = _shown(qtbot, ReviewPage(meeting, None, "da", job=job))
    assert page.view.page_count() == 1 and page.is_rendering()
    held_back.set()
    qtbot.waitUntil(lambda: not page.is_rendering(), timeout=30000)
    assert page.view.page_count() > 1


def test_a_reader_further_on_gets_the_new_plan_at_that_page(qtbot: QtBot) -> None:
    """Page 1 alone would be no use to someone reading page 3: the plan renders whole and
    shows at page 3 again, as before."""
    assert WORKER.start()
    meeting = build_example_meeting(fixed_ids=True)
    page = _shown(qtbot, ReviewPage(meeting, None, "da"))
    qtbot.waitUntil(lambda: not page.is_rendering(), timeout=30000)
    page.view.go_to_page(3)
    assert page.view.current_page() == 3
    page.include_private.click()  # renders again, with the private notes
    job = page._job
    assert job is not None and job.first_page is False
    qtbot.waitUntil(lambda: not page.is_rendering(), timeout=30000)
    assert page.pdf_bytes() == render_pdf(meeting, lang="da", include_private=True)
    assert page.view.current_page() == 3


def _rendered_after_page_1(qtbot: QtBot, page: ReviewPage) -> None:
    """Show ``page`` and wait for its render, which must have told page 1 alone first."""
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    job = page._job
    assert job is not None
    qtbot.waitUntil(lambda: not page.is_rendering(), timeout=60000)
    assert job.first_page_data  # page 1 was told (and shown) before the plan's end


def test_when_the_plan_cannot_be_made_page_1_shown_before_it_goes(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from remotework_desktop.core.pdf import render as render_module
    from remotework_desktop.core.pdf.worker import WorkerUnavailable

    render = WORKER.render

    def page_1_then_fail(meeting: Meeting, **kwargs: object) -> bytes:
        told = kwargs.get("on_first_page")
        assert callable(told)
        render(meeting, **kwargs)  # page 1 told, the plan dropped
        raise WorkerUnavailable("the helper refused the plan")

    def fails(meeting: Meeting, **kwargs: object) -> bytes:
        raise ValueError("Planen er for lang til en side.")

    assert WORKER.start()
    monkeypatch.setattr(WORKER, "render", page_1_then_fail)
    monkeypatch.setattr(render_module, "render_pdf", fails)  # and here, in the window
    page = ReviewPage(build_example_meeting(fixed_ids=True), None, "da")
    _rendered_after_page_1(qtbot, page)
    assert page.renders == 1 and not page.view.isVisible()
    assert page.view_error.isVisible() and "for lang" in page.view_error.text()
    assert not page.preview_button.isEnabled() and not page.save_button.isEnabled()


def test_a_plan_too_tall_for_its_pages_shows_the_reason_not_page_1(qtbot: QtBot) -> None:
    """Past the program's limits (a data folder edited by hand), a text can be too tall for
    a page: page 1 may still be laid out and shown, then the plan fails. The reason shows,
    in plain words, and page 1 goes."""
    from remotework_desktop.core.meetings import meeting_from_dict

    assert WORKER.start()
    data = build_example_meeting(fixed_ids=True).model_dump(mode="json")
    data["company"] = "Virksomhed " * 1800
    page = ReviewPage(meeting_from_dict(data), None, "da")
    _rendered_after_page_1(qtbot, page)
    assert not page.view.isVisible() and page.view_error.isVisible()
    assert "for lang til en side" in page.view_error.text()
