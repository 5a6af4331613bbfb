"""The helper process that renders the review's PDF of a draft (core/pdf/worker.py).

The real helper process, the real renderer and the real window offscreen: the helper's bytes
are the window's own, the review and the window's saves are rendered by it, the window
renders itself when the helper cannot, the commands never start one, and the helper starts
with the window and ends with it.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import struct
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
from remotework_desktop.core.meetings import ROLES, Meeting
from remotework_desktop.core.pdf import worker
from remotework_desktop.core.pdf.export import export_pdf
from remotework_desktop.core.pdf.render import render_pdf
from remotework_desktop.core.pdf.worker import (
    FAILED,
    OK,
    REFUSED,
    WORKER,
    RenderWorker,
    WorkerUnavailable,
    render_pdf_bytes,
)
from remotework_desktop.core.store import Store
from remotework_desktop.gui import app as app_module
from remotework_desktop.gui.review.render_job import RenderJob, render_key


@pytest.fixture
def helper():
    started = RenderWorker()
    try:
        yield started
    finally:
        started.stop()


def _draft_request(meeting: Meeting, lang: str) -> dict[str, object]:
    """A request as the window sends it (without private notes, not a follow-up)."""
    return {
        "meeting": meeting.model_dump(mode="json"),
        "lang": lang,
        "include_private": False,
        "follows_date": None,
    }


def _request(payload: dict[str, object]) -> bytes:
    data = json.dumps(payload).encode("utf-8")
    return struct.pack(">I", len(data)) + data


def _replies(data: bytes) -> list[tuple[int, bytes]]:
    replies, at = [], 0
    while at < len(data):
        status, size = struct.unpack_from(">BI", data, at)
        at += 5
        replies.append((status, data[at : at + size]))
        at += size
    return replies


def test_the_helper_renders_the_very_bytes_the_window_renders(helper: RenderWorker) -> None:
    """A real helper process: a follow-up, with and without private notes, in both
    languages, with names in other scripts."""
    meeting = build_example_meeting(fixed_ids=True)
    meeting.employee_name = "Αλέξης Παπαδόπουλος · 王小明 · Ольга"
    # Text stored before the rules: a lone surrogate and an escape sequence.
    meeting.__dict__["company"] = "Firma\ud800 \x1b[2J A/S"
    for include_private in (False, True):
        for lang in ("da", "en"):
            made = helper.render(
                meeting, lang=lang, include_private=include_private, follows_date="2026-03-02"
            )
            assert made == render_pdf(
                meeting, lang=lang, include_private=include_private, follows_date="2026-03-02"
            )
    assert helper.renders == 4
    pid = helper.pid()
    assert pid is not None and pid != os.getpid()
    helper.stop()
    assert helper.pid() is None


def test_the_helper_answers_in_order_and_ends_when_its_pipe_ends() -> None:
    """The exchange itself, in this process: a draft, damaged data, then the end."""
    meeting = build_example_meeting(fixed_ids=True)
    good = _draft_request(meeting, "en")
    damaged = {**good, "meeting": {**good["meeting"], "meeting_date": 5}}
    sink = io.BytesIO()
    assert worker.serve(io.BytesIO(_request(good) + _request(damaged)), sink) == 0
    (status, pdf), (refused, message) = _replies(sink.getvalue())
    assert status == OK and pdf == render_pdf(meeting, lang="en")
    # The meeting cannot be printed: the plain message the window shows, no traceback.
    assert refused == REFUSED and "meeting_date" in message.decode("utf-8")
    assert b"Traceback" not in message
    # Something unforeseen: the window is told to render itself.
    sink = io.BytesIO()
    worker.serve(io.BytesIO(_request({"lang": "da"})), sink)
    assert _replies(sink.getvalue()) == [(FAILED, b"KeyError")]


def test_a_refusal_is_reported_with_its_message_and_the_helper_goes_on(
    helper: RenderWorker,
) -> None:
    meeting = build_example_meeting(fixed_ids=True)
    meeting.__dict__["meeting_date"] = 5  # past the checks, as damaged data would be
    with pytest.raises(WorkerUnavailable, match=r"^Mødedata er beskadigede \(meeting_date"):
        helper.render(meeting, lang="en", include_private=False, follows_date=None)
    pid = helper.pid()
    assert pid is not None
    good = build_example_meeting(fixed_ids=True)
    assert helper.render(good, lang="da", include_private=False, follows_date=None) == (
        render_pdf(good, lang="da")
    )
    assert helper.pid() == pid


def _dies_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The helper's command: a process that ends before it answers."""
    monkeypatch.setattr(
        worker, "_command", lambda: ([sys.executable, "-c", "pass"], dict(os.environ))
    )


def test_a_helper_that_dies_is_reported_and_one_found_dead_is_started_again(
    helper: RenderWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = build_example_meeting(fixed_ids=True)
    with monkeypatch.context() as patched:
        _dies_at_once(patched)
        with pytest.raises(WorkerUnavailable):
            helper.render(meeting, lang="da", include_private=False, follows_date=None)
    helper.start()
    pid = helper.pid()
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    for _ in range(200):
        if helper.pid() is None:
            break
        time.sleep(0.01)
    assert helper.render(meeting, lang="da", include_private=False, follows_date=None) == (
        render_pdf(meeting, lang="da")
    )
    assert helper.pid() not in (None, pid)


def _job(store: Store | None, meeting, parent) -> RenderJob:
    job = RenderJob(store, meeting, render_key(store, meeting, "da", False), "da", parent)
    job.start()
    job.wait()
    return job


def test_the_review_is_rendered_by_the_helper_and_the_window_renders_when_it_cannot(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    with Store.open(tmp_path / "data") as store:
        draft = build_example_meeting(fixed_ids=True)
        store.save(draft)
        before = WORKER.renders
        job = _job(store, draft, parent)
        assert not job.error and WORKER.renders == before + 1 and WORKER.pid() is not None
        assert job.data == render_pdf(draft, lang="da")
        assert job.ran_in not in (None, threading.main_thread().ident)

        # The helper dies before it answers: the window renders the draft itself.
        WORKER.stop()
        with monkeypatch.context() as patched:
            _dies_at_once(patched)
            job = _job(store, draft, parent)
        assert not job.error and WORKER.renders == before + 1
        assert job.data == render_pdf(draft, lang="da")

        # A signed plan: the helper renders, the window seals with the store's key and
        # keeps the sealed PDF; shown again, the kept PDF is used and nothing is rendered.
        signed = build_example_meeting()
        for role in ROLES:
            name = signed.manager_name if role == "manager" else signed.employee_name
            signed.sign(role, name, confirmed=True)
        store.save(signed)
        job = _job(store, signed, parent)
        assert not job.error and WORKER.renders == before + 2
        assert b"/ByteRange" in job.data
        again = _job(store, signed, parent)
        assert again.data == job.data and WORKER.renders == before + 2

        # Saving the PDF from the window: the helper renders it too.
        digest = export_pdf(store, draft.id, tmp_path / "plan.pdf", lang="da")
        assert WORKER.renders == before + 3
        assert (tmp_path / "plan.pdf").read_bytes() == render_pdf(draft, lang="da")
        assert digest == hashlib.sha256(render_pdf(draft, lang="da")).hexdigest()
    app_module.finish_background_jobs()
    assert WORKER.pid() is None


def test_without_the_window_nothing_starts_a_helper(tmp_path: Path) -> None:
    """The commands (export-pdf, sign) render in their own process."""
    WORKER.stop()  # as in a command's process: no window started one (a test before may have)
    meeting = build_example_meeting(fixed_ids=True)
    renders = WORKER.renders
    data = render_pdf_bytes(meeting, lang="en", include_private=True, follows_date=None)
    assert data == render_pdf(meeting, lang="en", include_private=True)
    assert WORKER.pid() is None and WORKER.renders == renders


HELPER_WITH_THE_WINDOW = (
    WINDOW_CHILD_PRELUDE
    + """
from remotework_desktop.core.pdf.worker import WORKER
window = MainWindow(store, Settings(), folder)
out = {"before_shown": WORKER.pid()}
window.show()
for _ in range(100):
    run_for(50)
    if WORKER.pid() is not None:
        break
pid = out["with_list"] = WORKER.pid()
app_module.finish_background_jobs()  # as the program does when it ends
out["after_end"] = WORKER.pid()
for _ in range(100):
    try:
        with open(f"/proc/{pid}/stat") as stat:
            state = stat.read().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        state = "gone"
    if state in ("gone", "Z"):
        break
    time.sleep(0.05)
out["process"] = state
store.close()
print(json.dumps(out))
"""
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_helper_starts_with_the_window_and_ends_with_the_program(tmp_path: Path) -> None:
    Store.open(tmp_path / "data").close()
    out = run_python(HELPER_WITH_THE_WINDOW, str(tmp_path / "data"))
    assert out["before_shown"] is None  # not before the window's first frame
    assert isinstance(out["with_list"], int)  # while the list is read
    assert out["after_end"] is None and out["process"] == "gone"


LAZY_PATTERN = """
import json, re
from remotework_desktop.core.pdf import worker
compile_before = re.compile
worker._load_renderer()
import reportlab.platypus.paragraph as paragraph
from reportlab.lib import textsplit
print(json.dumps({
    "stand_in": type(paragraph.uri_pat).__name__,
    "cjk": type(textsplit.rx).__name__,
    "cjk_split": textsplit.rx.sub(r"\\1 ", "\u65e5\u672cx"),
    "split": paragraph._uri_split_pairs("https://example.dk/a/b"),
    "restored": re.compile is compile_before,
    "others": type(paragraph._hy_letters_pat).__name__,
}))
"""


def test_the_helper_compiles_reportlabs_wide_patterns_only_when_used() -> None:
    out = run_python(LAZY_PATTERN)
    assert out["stand_in"] == out["cjk"] == "_CompiledWhenUsed" and out["others"] == "Pattern"
    assert out["cjk_split"] == "\u65e5 \u672c x"  # compiled when used, and works
    assert out["split"][0] == ["https://example.dk/a/", "b"]
    assert out["restored"] is True


def test_a_bundled_program_starts_itself_as_the_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    command, env = worker._command()
    assert command == [sys.executable] and env[worker.ENV_FLAG] == "1"
    monkeypatch.delattr(sys, "frozen")
    command, env = worker._command()
    assert command[1:] == ["-m", "remotework_desktop.core.pdf.worker"]
    for launcher in ("launch_gui.py", "launch_cli.py"):
        text = (Path(__file__).resolve().parent.parent / "packaging" / launcher).read_text()
        assert f'os.environ.get("{worker.ENV_FLAG}") == "1"' in text


NOISY_HELPER = """
import sys
from remotework_desktop.core.pdf import worker
real = worker._render


def noisy(request, first_page):
    print("a library's warning")  # into the standard output, as some libraries do
    import os
    os.write(1, b"and one from C\\n")
    return real(request, first_page)


worker._render = noisy
sys.exit(worker.main())
"""


def test_what_the_helper_prints_goes_to_its_error_output_not_into_a_reply() -> None:
    meeting = build_example_meeting(fixed_ids=True)
    request = _draft_request(meeting, "da")
    done = subprocess.run(
        [sys.executable, "-c", NOISY_HELPER],
        input=_request(request),
        capture_output=True,
        check=False,
        timeout=120,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert done.returncode == 0, done.stderr
    assert _replies(done.stdout) == [(OK, render_pdf(meeting, lang="da"))]
    assert b"a library's warning" in done.stderr and b"and one from C" in done.stderr


def test_the_helper_prints_times_in_the_windows_time_zone(
    helper: RenderWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    signed = build_example_meeting(fixed_ids=True)
    for role in ROLES:
        name = signed.manager_name if role == "manager" else signed.employee_name
        signed.sign(role, name, confirmed=True)
    helper.start()  # started in one time zone
    try:
        for zone in ("UTC", "America/New_York", "Asia/Tokyo"):
            monkeypatch.setenv("TZ", zone)
            time.tzset()
            made = helper.render(signed, lang="da", include_private=False, follows_date=None)
            assert made == render_pdf(signed, lang="da")
    finally:
        monkeypatch.undo()
        time.tzset()


def test_asking_whether_the_helper_runs_never_waits_for_a_render(helper: RenderWorker) -> None:
    """The window asks when a meeting opens, perhaps while a render ahead is under way."""
    assert helper.start()
    answer: list[int | None] = []
    with helper._lock:  # as a render under way holds it
        asking = threading.Thread(target=lambda: answer.append(helper.pid()))
        asking.start()
        asking.join(timeout=5)
        assert answer == [helper._process.pid]
    asking.join()


PILLOW_WHEN_USED = """
import io, json, sys
from remotework_desktop.core.example import build_example_meeting
from remotework_desktop.core.pdf import worker
worker._load_renderer()
data = build_example_meeting().model_dump(mode="json")
pdf = worker._render(
    {"meeting": data, "lang": "da", "include_private": False, "follows_date": None, "tz": None}
)
ran_for_the_plan = "PIL.ExifTags" in sys.modules  # what Image imports when it runs
from PIL import Image  # then used: the real module, run now
buffer = io.BytesIO()
Image.new("RGB", (2, 2), "red").save(buffer, "PNG")
from reportlab.lib.utils import ImageReader
size = ImageReader(io.BytesIO(buffer.getvalue())).getSize()
print(json.dumps({"pdf": pdf[:5].decode(), "ran_for_the_plan": ran_for_the_plan,
                  "size": list(size)}))
"""


def test_the_helper_runs_pillow_only_if_a_bitmap_is_drawn() -> None:
    """ReportLab imports Pillow's Image module; the helper loads it when first used: a plan
    draws no bitmap, so its render does not wait for it, and a use still finds it whole."""
    out = run_python(PILLOW_WHEN_USED)
    assert out["pdf"] == "%PDF-"
    assert out["ran_for_the_plan"] is False
    assert out["size"] == [2, 2]


def test_the_caller_is_told_as_soon_as_the_render_is_under_way(
    helper: RenderWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The review page's first build waits for that (ReviewSlot), then builds while the
    helper renders: told before the reply, by the helper's path and by the one in here."""
    meeting = build_example_meeting(fixed_ids=True)
    told: list[int] = []
    made = helper.render(
        meeting,
        lang="da",
        include_private=False,
        follows_date=None,
        on_sent=lambda: told.append(helper.renders),
    )
    assert made.startswith(b"%PDF") and told == [0]  # before the reply was counted
    monkeypatch.setattr(worker, "WORKER", RenderWorker())  # no helper running: made here
    told.clear()
    here = worker.render_pdf_bytes(
        meeting,
        lang="da",
        include_private=False,
        follows_date=None,
        on_sent=lambda: told.append(1),
    )
    assert here == made and told == [1]
