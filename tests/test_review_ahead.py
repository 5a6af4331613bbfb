"""Opening a meeting and its review page without waiting: loaded and rendered ahead.

The real window and store (offscreen), the real example meeting, the real PDF: what is
loaded while the list is read, what is rendered when someone heads for the review page,
the PDF kept in memory, the view drawing the page in view first, and cards built only on
the page shown.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from cli_helper import run_python
from pytestqt.qtbot import QtBot
from qt_helpers import WINDOW_CHILD_PRELUDE

from remotework_desktop.core.example import build_example_meeting
from remotework_desktop.core.pdf.export import render_for_export
from remotework_desktop.core.pdf.render import render_pdf
from remotework_desktop.core.settings import Settings
from remotework_desktop.core.store import Store
from remotework_desktop.gui import warm_up
from remotework_desktop.gui.editor.checklist_page import FIRST_CARDS
from remotework_desktop.gui.editor.meeting_editor import MeetingEditor
from remotework_desktop.gui.main_window import MainWindow
from remotework_desktop.gui.review import prerender, render_job
from remotework_desktop.gui.review.pdf_pages import page_texts
from remotework_desktop.gui.review.pdf_view import PdfView
from remotework_desktop.gui.review.render_job import RenderJob, render_key
from remotework_desktop.gui.review.review_page import ReviewPage
from remotework_desktop.gui.window_review import ReviewHooks

ROOT = Path(__file__).resolve().parent.parent
OFFSCREEN = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # a child process's environment
REVIEW = "Gennemse og underskriv"


@pytest.fixture
def store(tmp_path: Path):
    opened = Store.open(tmp_path / "data")
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def quick_prerender(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same pauses, shorter: the tests wait less."""
    monkeypatch.setattr(prerender, "OPENED_IDLE_MS", 300)
    monkeypatch.setattr(prerender, "ACTIONS_IDLE_MS", 100)


def _open(qtbot: QtBot, store: Store, tmp_path: Path) -> MainWindow:
    meeting = build_example_meeting(fixed_ids=True)
    store.save(meeting)
    window = MainWindow(store, Settings(), tmp_path)
    qtbot.addWidget(window)
    window.resize(1200, 820)
    window.show()
    assert window.open_meeting(meeting.id)
    return window


def test_the_action_plan_page_renders_the_review_ahead_and_it_shows_at_once(
    qtbot: QtBot, store: Store, tmp_path: Path, quick_prerender: None
) -> None:
    window = _open(qtbot, store, tmp_path)
    review = window.review
    window.editor.show_page("actions")
    # Heading for the review: rendered in a worker while the review page is not shown.
    qtbot.waitUntil(lambda: review.renders == 1, timeout=5000)
    job = review._job
    qtbot.waitUntil(lambda: not review.is_rendering(), timeout=20000)
    assert job is not None and job.ran_in not in (None, threading.main_thread().ident)
    assert not review.isVisible() and not review.view.isVisible()

    window.editor.show_page(REVIEW)
    # Shown from memory: page 1 on screen at once, no placeholder, nothing rendered again.
    assert review.view.isVisible() and not review.placeholder.isVisible()
    assert review.renders == 1 and not review.is_rendering()
    assert review.view.rasterised_pages() >= 1
    # Drawn at once at the zoom that fits the view's own width (not redrawn when laid out).
    assert abs(review.view.zoom() - review.view._width_zoom()) < 0.002
    meeting = window.current_meeting
    assert review.pdf_bytes() == render_for_export(store, meeting, lang="da", include_private=False)

    # Changed since: the review renders again (placeholder meanwhile) and shows the change.
    window.editor.show_page("actions")
    meeting.add_action("Aftal mødedag hver torsdag", owner="both")
    window.editor.show_page(REVIEW)
    assert review.renders == 2 and review.placeholder.isVisible()
    qtbot.waitUntil(lambda: not review.is_rendering(), timeout=20000)
    pages = range(1, review.view.page_count() + 1)
    assert "Aftal mødedag hver torsdag" in "".join(review.view.page_text(n) for n in pages)


def test_a_meeting_left_unchanged_after_opening_is_rendered_ahead(
    qtbot: QtBot, store: Store, tmp_path: Path, quick_prerender: None
) -> None:
    window = _open(qtbot, store, tmp_path)
    assert window.review.renders == 0  # not while opening
    qtbot.waitUntil(lambda: window.review.renders == 1, timeout=5000)
    qtbot.waitUntil(lambda: not window.review.is_rendering(), timeout=20000)
    window.editor.show_page(REVIEW)
    assert window.review.view.isVisible() and window.review.renders == 1


def test_editing_a_checklist_starts_no_render(
    qtbot: QtBot, store: Store, tmp_path: Path, quick_prerender: None
) -> None:
    window = _open(qtbot, store, tmp_path)
    # A change on a checklist page right after opening: the person is working, not reading.
    window.editor.changed.emit()
    qtbot.wait(prerender.OPENED_IDLE_MS + 400)
    assert window.review.renders == 0 and not window.review.is_rendering()
    # On the action plan page an edit only starts the pause again.
    window.editor.show_page("actions")
    window.editor.changed.emit()
    assert window.review.renders == 0
    qtbot.waitUntil(lambda: window.review.renders == 1, timeout=5000)


def test_the_pdf_libraries_wait_while_the_person_works_and_load_once_left_alone(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loaded in a thread, they take the interpreter from the window: not while typing.

    Timed from below only (a loaded machine makes the load later, never sooner): it comes
    a whole pause after the last change, so every change made it wait again."""
    pause_s = 1.5
    monkeypatch.setattr(prerender, "LIBRARIES_AFTER_MS", int(pause_s * 1000))
    calls: list[float] = []
    monkeypatch.setattr(render_job, "warm_up", lambda **_: calls.append(time.monotonic()))
    window = _open(qtbot, store, tmp_path)
    opened = time.monotonic()
    # Changes (typing) and a page change for about half a pause, until well after opening.
    last = opened
    for n in range(8):
        if n == 5:
            window.editor.show_page("actions")
        else:
            window.editor.changed.emit()
        last = time.monotonic()
        qtbot.wait(100)
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=10_000)
    # Not at the first pause after opening (Qt may fire a coarse timer up to 5 % early).
    assert calls[0] - last >= pause_s * 0.9
    qtbot.wait(int(pause_s * 1000) + 200)
    assert len(calls) == 1  # once per meeting opened


def test_the_review_keeps_recent_pdfs_in_memory(qtbot: QtBot, store: Store) -> None:
    from remotework_desktop.gui.review.review_page import ReviewPage

    meeting = build_example_meeting(fixed_ids=True)
    store.save(meeting)
    page = ReviewPage(meeting, store, "da")
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    qtbot.waitUntil(lambda: not page.is_rendering(), timeout=20000)
    without = page.pdf_bytes()
    page.include_private.click()
    assert page.renders == 2
    with_private = page.pdf_bytes()
    assert with_private == render_pdf(meeting, lang="da", include_private=True) != without
    # Back to the first choice: the bytes kept are shown at once, not rendered again.
    page.include_private.click()
    assert page.renders == 2 and not page.is_rendering() and page.view.isVisible()
    assert page.pdf_bytes() == without == render_pdf(meeting, lang="da")
    # The same meeting with nothing printed changed is not rendered again either.
    page.hide()
    page.show()
    assert page.renders == 2 and not page.is_rendering()
    # A draft's PDF carries the time of its last change: a later change renders anew.
    page.hide()
    meeting.updated_at = "2030-01-02T03:04:05+00:00"
    page.show()
    assert page.renders == 3
    assert page.pdf_bytes() == render_pdf(meeting, lang="da") != without


def test_the_view_draws_the_page_in_view_first_and_the_rest_while_idle(qtbot: QtBot) -> None:
    data = render_pdf(build_example_meeting(fixed_ids=True), lang="da")
    view = PdfView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    view.set_pdf(data)
    total = view.page_count()
    assert total >= 3
    assert view.rasterised_pages() == 1 and view.current_page() == 1
    # Every page already has its size (scrolling and page numbers work), and its text.
    assert all(label.height() > 100 for label in view._labels)
    assert view.page_text(total).strip()
    qtbot.waitUntil(lambda: view.rasterised_pages() == total, timeout=10000)
    assert all(not label.pixmap().isNull() for label in view._labels)
    assert all(label.accessibleDescription() for label in view._labels)
    # A new zoom: the page in view at once, the rest again one per idle step.
    view.zoom_in()
    assert view.rasterised_pages() == 1
    qtbot.waitUntil(lambda: view.rasterised_pages() == total, timeout=10000)


def test_cards_are_built_only_on_the_page_shown(qtbot: QtBot) -> None:
    meeting = build_example_meeting(fixed_ids=True)
    editor = MeetingEditor(meeting, "da")
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    first, second, _third = editor.checklist_pages.values()
    assert len(first.built_cards()) == FIRST_CARDS
    # Left at once for another page: the first page's remaining cards wait for it.
    editor.show_page("actions")
    qtbot.wait(300)
    assert len(first.built_cards()) == FIRST_CARDS and not first.is_built()
    assert len(second.built_cards()) == 0
    # Shown again: the rest follows while idle.
    editor.show_page(f"checklist:{first.checklist_id}")
    qtbot.waitUntil(first.is_built, timeout=20000)


# A fresh process: the window shown, what is loaded when.
LOADING = (
    WINDOW_CHILD_PRELUDE
    + """
from remotework_desktop.gui import warm_up

HEAVY = (
    "remotework_desktop.core.meetings",
    "remotework_desktop.gui.editor.meeting_editor",
    "remotework_desktop.gui.review.review_page",
    "pypdfium2",
    "reportlab",
)


def loaded():
    return [name for name in HEAVY if name in sys.modules]


meeting_id = store.list()[0].id
window = MainWindow(store, Settings(), folder)
out = {}
run_for(600)
out["not_shown"] = loaded()
warm_up.START_AFTER_MS = 1000  # a loaded machine may take 200 ms to paint
window.show()
app.processEvents()
out["shown"] = loaded()
if sys.argv[2] == "open_at_once":
    from remotework_desktop.gui.review import prerender
    prerender.OPENED_IDLE_MS = 600_000  # no render ahead: what loads, loads in the background
    window.open_meeting(meeting_id)
    out["opened"] = loaded()  # what opening itself loaded (no timer has run yet)
    # Then the PDF's libraries, in the background while the meeting is shown.
    run_for(1200)  # the list's load would have started by now
    for _ in range(600):
        if "pypdfium2" in loaded() and "remotework_desktop.gui.review.review_page" in loaded():
            break
        run_for(100)
    run_for(300)  # ReportLab too, were it loaded
    out["later"] = loaded()
    out["load_started"] = bool(warm_up._started)
    from remotework_desktop.core.pdf.worker import WORKER
    out["helper"] = WORKER.pid() is not None
else:
    for _ in range(600):
        run_for(100)
        if warm_up.done.is_set():
            break
    out["loaded"] = warm_up.done.is_set()
    for _ in range(600):  # then the review page's, unless a meeting is being opened
        if "remotework_desktop.gui.review.review_page" in loaded():
            break
        run_for(100)
    run_for(300)
    out["while_list_shown"] = loaded()
print(json.dumps(out))
app_module.finish_background_jobs()  # as the program does when it ends
store.close()
"""
)


def _loading(tmp_path: Path, how: str) -> dict[str, object]:
    store = Store.open(tmp_path / "data")
    store.save(build_example_meeting())
    store.close()
    return run_python(LOADING, str(tmp_path / "data"), how, env=OFFSCREEN)


def test_the_models_and_the_editor_load_while_the_list_is_shown(tmp_path: Path) -> None:
    out = _loading(tmp_path, "wait")
    # Never before the window is shown, nor during its first paint.
    assert out["not_shown"] == [] and out["shown"] == []
    assert out["loaded"] is True
    # Not the PDF's libraries: only a meeting opened needs them.
    assert out["while_list_shown"] == [
        "remotework_desktop.core.meetings",
        "remotework_desktop.gui.editor.meeting_editor",
        "remotework_desktop.gui.review.review_page",
    ]


def test_opening_a_meeting_loads_the_pdf_libraries_after_it_is_shown(tmp_path: Path) -> None:
    out = _loading(tmp_path, "open_at_once")
    assert out["shown"] == []
    # The editor and the models, yes; the PDF's libraries not while opening.
    assert out["opened"] == [
        "remotework_desktop.core.meetings",
        "remotework_desktop.gui.editor.meeting_editor",
    ]
    # Opened before the list's load started: that load no longer starts.
    assert out["load_started"] is False
    # Once the meeting is shown, PDFium and the review page's modules load in the
    # background (opening waited for neither). ReportLab does not: the draft is rendered by
    # the helper process, started when the meeting was opened.
    assert out["later"] == [
        "remotework_desktop.core.meetings",
        "remotework_desktop.gui.editor.meeting_editor",
        "remotework_desktop.gui.review.review_page",
        "pypdfium2",
    ]
    assert out["helper"] is True


QUIT_WHILE_RENDERING = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
from remotework_desktop.core.example import build_example_meeting
from remotework_desktop.gui import app as app_module
from remotework_desktop.gui.review.render_job import RenderJob, render_key
meeting = build_example_meeting()
page = QWidget()
job = RenderJob(None, meeting, render_key(None, meeting, "da", False), "da", page)
job.start()  # the review renders ahead; then the program ends at once
app_module.finish_background_jobs()  # what run_gui does after the event loop
assert job.isFinished() and job.data.startswith(b"%PDF")
print("ended")
"""


def test_quitting_while_the_review_renders_ends_the_program_cleanly() -> None:
    """A QThread destroyed while it runs aborts the process (a crash on quit)."""
    result = subprocess.run(
        [sys.executable, "-c", QUIT_WHILE_RENDERING],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ended"


# The list's load in a fresh process, without a window: what it imports, and when.
LIST_LOAD = """
import json, sys, threading, time
from remotework_desktop.core.pdf.worker import WORKER
WORKER.start = lambda: True  # no helper process: only the imports are watched here
from remotework_desktop.gui import warm_up
gate = threading.Event()
warm_up.start(gate)  # the load starts, its imports wait for the gate (the first frame)
if sys.argv[1] == "open_meanwhile":
    opener = threading.Thread(target=warm_up.wait_for_open)  # a meeting opened meanwhile
    opener.start()
    while not warm_up._opening.is_set():
        time.sleep(0.01)
gate.set()
warm_up._started[0].join(60)
print(json.dumps({name: name in sys.modules for name in warm_up.FOR_OPEN + warm_up.FOR_REVIEW}))
"""


@pytest.mark.parametrize("how", ["list_only", "open_meanwhile"])
def test_the_list_load_takes_the_review_page_only_if_no_meeting_is_being_opened(
    how: str,
) -> None:
    out = run_python(LIST_LOAD, how, env=OFFSCREEN)
    assert all(out[name] for name in warm_up.FOR_OPEN)
    # The review page's modules: next, on their own; not while a meeting is being opened
    # (the open does not wait for them, and they would take the interpreter from it).
    assert out["remotework_desktop.gui.review.review_page"] is (how == "list_only")


def test_opening_builds_no_review_page_and_showing_it_renders_before_building_it(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prerender, "OPENED_IDLE_MS", 60_000)  # no render ahead here
    built_with: list[RenderJob | None] = []
    make = ReviewHooks._make_review_page

    def recorded(self, editor, meeting, job):  # type: ignore[no-untyped-def]
        built_with.append(job)
        return make(self, editor, meeting, job)

    monkeypatch.setattr(ReviewHooks, "_make_review_page", recorded)
    window = _open(qtbot, store, tmp_path)
    slot = window._review_slot
    assert slot.page is None and built_with == []  # opening built no review page

    window.editor.show_page(REVIEW)
    # Built on its first show, the PDF's render already running (started before the page
    # was made, so the helper renders while the page is built).
    assert len(built_with) == 1 and built_with[0] is not None
    assert built_with[0].first_page  # someone waits: page 1 comes alone first
    review = slot.page
    assert review is window.review and review.isVisible()
    assert review._job is built_with[0] and review.renders == 1
    qtbot.waitUntil(lambda: not review.is_rendering(), timeout=20000)
    meeting = window.current_meeting
    assert review.pdf_bytes() == render_for_export(store, meeting, lang="da", include_private=False)
    assert review.renders == 1


def test_asking_for_the_review_page_builds_it_without_rendering(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prerender, "OPENED_IDLE_MS", 60_000)
    window = _open(qtbot, store, tmp_path)
    assert window._review_slot.page is None
    review = window.review  # e.g. a menu command that needs the page
    assert review is window._review_slot.page and not review.isVisible()
    assert review.renders == 0 and not review.is_rendering()


def test_a_render_done_before_its_page_was_built_is_shown(qtbot: QtBot) -> None:
    meeting = build_example_meeting(fixed_ids=True)
    job = RenderJob.begin(None, meeting)
    job.wait()  # done before the page existed: its signal reached no one
    assert job.done and job.data.startswith(b"%PDF")
    page = ReviewPage(meeting, None, "da", job=job)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitUntil(page.view.isVisible, timeout=10000)
    assert not page.placeholder.isVisible() and not page.is_rendering()
    assert page.pdf_bytes() == job.data and page.renders == 1


def test_a_render_job_prints_the_meeting_as_it_was_when_the_job_was_made(qtbot: QtBot) -> None:
    meeting = build_example_meeting(fixed_ids=True)
    job = RenderJob(None, meeting, render_key(None, meeting, "da", False), "da")
    meeting.add_action("Aftalt efter jobbet blev lavet", owner="both")  # edited meanwhile
    later = RenderJob(None, meeting, render_key(None, meeting, "da", False), "da")
    for each in (job, later):
        each.start()
        each.wait()
    assert not job.error and not later.error
    assert "Aftalt efter jobbet blev lavet" not in "".join(page_texts(job.data))
    assert "Aftalt efter jobbet blev lavet" in "".join(page_texts(later.data))


def test_a_page_is_drawn_in_its_own_colours(qtbot: QtBot) -> None:
    """The page's pixels go to Qt in the format a pixmap keeps (no conversion): red must
    stay red and blue blue, whatever the byte order."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from remotework_desktop.gui.review.pdf_pages import open_pdf, render_page

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(200, 100))
    canvas.setFillColorRGB(1, 0, 0)
    canvas.rect(0, 0, 100, 100, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 1)
    canvas.rect(100, 0, 100, 100, stroke=0, fill=1)
    canvas.save()
    with open_pdf(buffer.getvalue()) as doc:
        page = doc[0]
        image = render_page(page, 1.0)
        page.close()
    left, right = image.pixelColor(50, 50), image.pixelColor(150, 50)
    assert (left.red(), left.green(), left.blue()) == (255, 0, 0)
    assert (right.red(), right.green(), right.blue()) == (0, 0, 255)
    assert image.pixelColor(50, 50).alpha() == 255  # opaque: no stray alpha byte


def test_pdfium_loads_once_the_render_is_under_way_and_for_a_kept_pdf_too(
    monkeypatch: pytest.MonkeyPatch, store: Store
) -> None:
    """Loading PDFium holds the interpreter: started before the request went out, it held
    the request back. A signed plan's kept PDF sends none and still needs PDFium."""
    from test_report import build_meeting

    seen: list[tuple[str, bool]] = []
    monkeypatch.setattr(
        render_job, "load_viewer", lambda: seen.append((job.key[1], job.sent.is_set()))
    )
    draft = build_example_meeting(fixed_ids=True)
    job = RenderJob.begin(None, draft)
    job.wait()
    assert not job.error and seen == [(draft.id, True)]

    signed = build_meeting(signed=True)
    store.save(signed)
    render_for_export(store, signed, lang="da", include_private=False)  # kept from now on
    seen.clear()
    job = RenderJob.begin(store, signed)
    job.wait()
    assert not job.error and seen == [(signed.id, True)]
