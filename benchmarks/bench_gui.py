"""GUI figures: start-up, opening a meeting, the review page, printing, memory, typing.

Every ratio is against ``startup_ms_bare_qt`` / ``peak_rss_mib_bare_qt`` measured in the
same run, so a loaded machine slows both sides alike.

startup_ms_*          wall time of a fresh process that starts, shows its first window and
                      exits once it is shown; median of several runs, the processes
                      alternating. bare_qt: QApplication + an empty QMainWindow, the floor
                      for any Qt program; main_window_1000 / _10000: ``python -m
                      remotework_desktop`` (the real entry point, CLI included) on a data
                      folder with 1,000 / 10,000 meetings, with REMOTEWORK_EXIT_AFTER_SHOW=1,
                      which quits the same way as bare_qt. Same interpreter and flags, with
                      bytecode caches (a temporary PYTHONPYCACHEPREFIX, filled by one untimed
                      run of each), as an installed program has them. The untimed run also
                      takes the day's automatic backup. Targets: 10,000 <= 1.5x bare.
                      The window checks the index against the meeting files in idle time
                      once it is shown; main_window_10000_checked: the same process, but
                      it checks them as soon as the window is shown, before it quits.
startup_instructions_*
                      the 10,000 start-up and bare Qt once each under valgrind: exact
                      instruction counts, the ratio steady on a loaded machine (skipped
                      without valgrind); minimal_window: MINIMAL_WINDOW, a window with the
                      list's widgets and nothing of the program, written plainly (naming
                      Qt's enums): the program starts below it (see gui/qt_ints.py).
store_check_files_ms_10000
                      that check alone, in-process (a stat call per meeting file).
open_meeting_ms       in a fresh process with the window shown: from open_meeting on the
                      example meeting (three checklists) until it returned and the event loop
                      ran once (the editor painted and taking input). Target <= 1.0x bare.
review_page_ms        then from showing the review page until page 1 is on screen (painted):
                      page 1 alone, which the helper sends first while it lays out the rest
                      (``render_first_page``), or the plan's. Target <= 1.0x bare.
review_page_whole_plan_ms
                      the same click until the whole plan is shown (all pages; printing and
                      saving possible). No target: nobody reads past page 1 that soon.
                      All are cold: the meeting is opened as soon as the window is shown and
                      the review right after, so nothing was rendered ahead, and the review
                      page is built on that click (its render started first). The render
                      helper (core/pdf/worker.py) starts with the window's first frame, as it
                      does for a user, and loads ReportLab meanwhile in its own process.
startup_ms_bare_qt_beside_*
                      these ratios' bare Qt start: run just before each run of the window
                      (median), so both sides of a ratio meet the machine as it was then.
peak_rss_mib_window_after_review, peak_rss_mib_render_helper
                      after that cold review: the peak memory (VmHWM) of the window's process
                      and of the helper's, which a user has too.
open_meeting_after_list_idle_ms, review_page_after_editor_idle_ms
                      the same two steps as a person takes them: the list shown for
                      IDLE_MS before the meeting is opened, the editor shown for IDLE_MS
                      before the review is clicked (the event loop running, as when reading;
                      the program loads and renders ahead meanwhile). Same targets.
open_meeting_after_list_idle_500_ms, review_page_after_editor_idle_500_ms
                      the same with IDLE_QUICK_MS: about the quickest a person reads the
                      list and clicks, so what is loaded or rendered ahead by then counts.
print_ms_9_pages      printing the signed 9-page example with a PrintJob to a QPrinter PDF
                      file at HighResolution; gui_blocked_max_ms_print: the longest gap
                      between ticks of a 10 ms timer on the GUI thread meanwhile (<= 100).
peak_rss_mib_*        peak resident memory (getrusage in the process itself) of bare Qt and
                      of the window with 10,000 meetings (_checked: with the file check
                      run before it quits, as above). Target <= 1.5x bare.
keystroke_to_screen_ms
                      a keystroke in an item's note until the event loop is free again
                      (the text painted; typing never waits on a save). Target <= 16.
keystroke_to_saved_ms with the debounces as shipped: a keystroke until the store save
                      finished ("Gemt"). Target <= the typing debounce + 50 ms.
keystroke_to_saved_ms_no_debounce
                      the same with both debounces set to 0: the work itself.
keystroke_max_ms_search_at_once, keystroke_max_ms_note_at_once (and _median_)
                      typing a key every 60 ms for 1.2 s as soon as the list is shown (in
                      the search field) or as soon as a meeting is opened (in the first
                      note), while the program loads ahead in the background: the longest
                      and the median wait of a keystroke. Alone: ``gui:typing_at_once``.
tasks_page_ms_200     in a fresh process with the window shown and a meeting with the three
                      checklists and 200 answered tasks open: from choosing "Opgaver på
                      distancen" in the navigation until the page is painted (built on first
                      show). tasks_page_ms_5: the same with 5 tasks; the ratio is 200 vs 5, in
                      the same run. Alone: ``python benchmarks/run.py gui:tasks_page``.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE_QT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1200, 820)
w.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def _env(pycache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["REMOTEWORK_EXIT_AFTER_SHOW"] = "1"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)  # not the checkout: others work in it
    return env


def _wall_ms(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, capture_output=True, cwd=ROOT)
    return (time.perf_counter() - start) * 1000


def _startup_ms(commands: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, float]:
    """Median wall time of each command; one untimed run each first, then alternating runs."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(runs + 1):
        for name, argv in commands.items():
            took = _wall_ms(argv, env)
            if round_:
                times[name].append(took)
    return {name: statistics.median(t) for name, t in times.items()}


def _populate(folder: Path, count: int) -> None:
    """``count`` meetings saved through the store, with fsync off for this fixture only."""
    from remotework_desktop.core.atomic import NO_FSYNC_ENV
    from remotework_desktop.core.checklists import load_checklists
    from remotework_desktop.core.meetings import new_id, new_meeting
    from remotework_desktop.core.store import Store

    definitions = load_checklists().ordered()
    template = new_meeting(
        company="Virksomhed",
        manager_name="Leder",
        employee_name="Medarbejder",
        meeting_date="2024-01-01",
        checklists=definitions,
    )
    os.environ[NO_FSYNC_ENV] = "1"
    try:
        with Store.open(folder) as store:
            have = len(store.list())
            for i in range(have, count):
                meeting = template.model_copy(deep=True)
                meeting.id = new_id()
                meeting.company = f"Virksomhed {i % 97}"
                meeting.manager_name = f"Leder {i % 31}"
                meeting.employee_name = f"Medarbejder {i}"
                meeting.meeting_date = f"20{20 + i % 6}-0{1 + i % 9}-1{i % 9}"
                store.save(meeting)
    finally:
        del os.environ[NO_FSYNC_ENV]


def _keystroke_to_saved(samples: int, *, debounced: bool) -> tuple[float, float]:
    """Medians of (keystroke to screen, keystroke to saved)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from remotework_desktop.core.settings import Settings
    from remotework_desktop.core.store import Store
    from remotework_desktop.gui.editor import answer_controls
    from remotework_desktop.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    saved_debounce = answer_controls.DEBOUNCE_MS
    if not debounced:
        answer_controls.DEBOUNCE_MS = 0  # read when the editor's text controls are built
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _populate(folder, 1)
        store = Store.open(folder)
        try:
            window = MainWindow(store, Settings(), folder, debounce_ms=None if debounced else 0)
            window.show()
            window.open_meeting(store.list()[0].id)
            page = next(iter(window.editor.checklist_pages.values()))
            edit = page.visible_cards()[0].note.edit
            edit.setFocus()
            times, screen = [], []
            for _ in range(samples):
                loop = QEventLoop()
                window.autosaver.saved.connect(loop.quit)
                QTimer.singleShot(5000, loop.quit)  # never hang the benchmark
                start = time.perf_counter()
                QTest.keyClick(edit, Qt.Key.Key_A)
                app.processEvents()  # the typed letter painted
                screen.append((time.perf_counter() - start) * 1000)
                loop.exec()
                times.append((time.perf_counter() - start) * 1000)
                window.autosaver.saved.disconnect(loop.quit)
            window.close()
            app.processEvents()
        finally:
            answer_controls.DEBOUNCE_MS = saved_debounce
            store.close()
    return statistics.median(screen), statistics.median(times)


# How long a person looks at the list, then at the meeting, before the next click.
IDLE_MS = 1500
IDLE_QUICK_MS = 500  # about the quickest a person reads the list and clicks
# The names the three runs of OPEN_AND_REVIEW print under (open, review).
COLD = ("open_meeting", "review_page")
AFTER_IDLE = ("open_meeting_after_list_idle", "review_page_after_editor_idle")
AFTER_QUICK_IDLE = (
    f"open_meeting_after_list_idle_{IDLE_QUICK_MS}",
    f"review_page_after_editor_idle_{IDLE_QUICK_MS}",
)

OPEN_AND_REVIEW = """
import json, os, sys, time
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
idle_ms = int(sys.argv[2])


def idle():
    if idle_ms:
        loop = QEventLoop()
        QTimer.singleShot(idle_ms, loop.quit)
        loop.exec()


from remotework_desktop.core.settings import Settings
from remotework_desktop.core.store import Store
from remotework_desktop.gui.main_window import MainWindow
folder = Path(sys.argv[1])
store = Store.open(folder)
meeting_id = store.list()[0].id
window = MainWindow(store, Settings(), folder)
window.resize(1200, 820)
window.show()
for _ in range(5):
    app.processEvents()
idle()
start = time.perf_counter()
window.open_meeting(meeting_id)
app.processEvents()
opened = time.perf_counter() - start
idle()
start = time.perf_counter()
window.editor.show_page(window.editor.page_keys()[-1])
review = window.review
view = review.view
while not (view.isVisible() and view.rasterised_pages()):  # page 1 (alone, or the plan's)
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
app.processEvents()
shown = time.perf_counter() - start
while review.is_rendering():  # the whole plan, to print and save
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
app.processEvents()
whole = time.perf_counter() - start
assert view.isVisible() and view.page_count() > 1


def peak_mib(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


from remotework_desktop.core.pdf.worker import WORKER
helper = WORKER.pid()
print(json.dumps({
    "open": opened * 1000,
    "review": shown * 1000,
    "whole": whole * 1000,
    "window_mib": peak_mib("self"),
    "helper_mib": peak_mib(helper) if helper else 0.0,
}))
from remotework_desktop.gui import app as app_module
app_module.finish_background_jobs()  # as the program does when it ends
store.close()
"""

# The real entry point, with the window's idle-time file check run as soon as it is shown.
CHECKED = """
import runpy
from remotework_desktop.gui import app
_show = app.AppController.show
def show(self):
    window = _show(self)
    window.check_store_files()
    return window
app.AppController.show = show
runpy.run_module("remotework_desktop", run_name="__main__")
"""

TASKS_PAGE = """
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from remotework_desktop.core.settings import Settings
from remotework_desktop.core.store import Store
from remotework_desktop.gui.main_window import MainWindow
folder = Path(sys.argv[1])
store = Store.open(folder)
meeting_id = store.list()[0].id
window = MainWindow(store, Settings(), folder)
window.resize(1200, 820)
window.show()
window.open_meeting(meeting_id)
for _ in range(5):
    app.processEvents()
editor = window.editor
start = time.perf_counter()
editor.nav.setCurrentRow(editor.page_keys().index("tasks"))  # as a click on it does
app.processEvents()
shown = time.perf_counter() - start
page = editor.stack.currentWidget()
assert page.isVisible() and page.model.rowCount() == len(editor.meeting.tasks)
print(json.dumps({"tasks": shown * 1000}))
from remotework_desktop.gui import app as app_module
app_module.finish_background_jobs()  # as the program does when it ends
store.close()
"""


def _tasks_fixture(folder: Path, count: int) -> None:
    """One meeting (the real checklists) with ``count`` tasks, every question answered."""
    from remotework_desktop.core.checklists import load_checklists
    from remotework_desktop.core.meetings import new_meeting
    from remotework_desktop.core.store import Store

    meeting = new_meeting(
        company="Virksomhed",
        manager_name="Leder",
        employee_name="Medarbejder",
        meeting_date="2024-01-01",
        checklists=load_checklists().ordered(),
        tasks=True,
    )
    finder = meeting.task_finder()
    for n in range(count):
        task = meeting.add_task(f"Opgave {n + 1}")
        for question in finder.questions:
            if question.kind == "hours":
                meeting.set_task_answer(task.id, question.id, 1 + n % 8)
            else:
                option = question.options[n % len(question.options)]
                meeting.set_task_answer(task.id, question.id, option.id)
    with Store.open(folder) as store:
        store.save(meeting)


def _script_figures(script: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Run ``script`` in a fresh process; the JSON object its last line prints."""
    out = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _script_runs(
    script: str, args: list[str], env: dict[str, str], runs: int
) -> list[dict[str, float]]:
    """``runs`` results of ``script``, after one untimed run that fills the bytecode cache."""
    _script_figures(script, args, env)
    return [_script_figures(script, args, env) for _ in range(runs)]


def _tasks_page_ms(folder: Path, env: dict[str, str]) -> float:
    return float(_script_figures(TASKS_PAGE, [str(folder)], env)["tasks"])


# Typing as soon as something appears, while the program loads ahead in the background:
# in the search field right after start-up ("search"), or in the first card's note right
# after opening a meeting ("note"). Prints the longest and the median keystroke (a key until
# the event loop is free again), one every 60 ms for 1.2 s.
TYPING_AT_ONCE = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from remotework_desktop.core.settings import Settings
from remotework_desktop.core.store import Store
from remotework_desktop.gui.main_window import MainWindow


def run_for(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


folder = Path(sys.argv[1])
store = Store.open(folder, check_files=False)
window = MainWindow(store, Settings(), folder)
window.resize(1200, 820)
window.show()
for _ in range(3):
    app.processEvents()
if sys.argv[2] == "note":
    run_for(1500)  # the list read for a moment: the models are loaded
    window.open_meeting(store.listing()[0].id)
    for _ in range(3):
        app.processEvents()
    page = next(iter(window.editor.checklist_pages.values()))
    # The first card shown; not visible_cards(), which builds every card of the page first.
    card = next(c for c in page.built_cards().values() if not c.isHidden())
    edit = card.note.edit
else:
    edit = window.meeting_list.search
edit.setFocus()
waits = []
end = time.perf_counter() + 1.2
while time.perf_counter() < end:
    start = time.perf_counter()
    QTest.keyClick(edit, Qt.Key.Key_E)
    app.processEvents()
    waits.append((time.perf_counter() - start) * 1000)
    run_for(60)
    if sys.argv[2] == "search" and len(edit.text()) > 5:
        edit.clear()
waits.sort()
print(json.dumps({"max": waits[-1], "median": waits[len(waits) // 2]}))
window.autosaver.save_if_dirty()
from remotework_desktop.gui import app as app_module
app_module.finish_background_jobs()
store.close()
"""


def run_typing_at_once(quick: bool) -> None:
    """keystroke_max_ms_*_at_once: typing while the program loads ahead (medians of runs)."""
    runs = 3 if quick else 5
    with tempfile.TemporaryDirectory() as tmp:
        env = _env(Path(tmp) / "pycache")
        folder = Path(tmp) / "ex"
        from remotework_desktop.core.example import build_example_meeting
        from remotework_desktop.core.store import Store

        with Store.open(folder) as store:
            store.save(build_example_meeting())
        for where in ("search", "note"):
            figures = _script_runs(TYPING_AT_ONCE, [str(folder), where], env, runs)
            longest = statistics.median(f["max"] for f in figures)
            median = statistics.median(f["median"] for f in figures)
            print(f"keystroke_max_ms_{where}_at_once: {longest:.0f} ms", flush=True)
            print(f"keystroke_median_ms_{where}_at_once: {median:.1f} ms", flush=True)


def run_tasks_page(quick: bool) -> None:
    """tasks_page_ms_200 against tasks_page_ms_5, measured alternately in the same run."""
    runs = 3 if quick else 7
    with tempfile.TemporaryDirectory() as tmp:
        env = _env(Path(tmp) / "pycache")
        few, many = Path(tmp) / "t5", Path(tmp) / "t200"
        _tasks_fixture(few, 5)
        _tasks_fixture(many, 200)
        _tasks_page_ms(few, env)  # untimed: fills the bytecode cache
        small, large = [], []
        for _ in range(runs):
            small.append(_tasks_page_ms(few, env))
            large.append(_tasks_page_ms(many, env))
        ms5, ms200 = statistics.median(small), statistics.median(large)
    print(f"tasks_page_ms_5: {ms5:.0f} ms", flush=True)
    print(f"tasks_page_ms_200: {ms200:.0f} ms", flush=True)
    print(f"tasks_page_ratio_200_vs_5: {ms200 / ms5:.2f} x (target <= 1.5)", flush=True)


RSS_REPORT = """
import resource, runpy, sys

try:
    if sys.argv[1:2] == ["--bare"]:
        exec(BARE)
    elif sys.argv[1:2] == ["--checked"]:
        del sys.argv[1]
        exec(CHECKED)
    else:
        runpy.run_module("remotework_desktop", run_name="__main__")
except SystemExit:
    pass
print("RSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


def _open_and_review(
    folder: Path, env: dict[str, str], runs: int, idle_ms: int = 0
) -> dict[str, float]:
    """Medians of OPEN_AND_REVIEW's figures (open, review, whole) and of a bare Qt start run
    just before each of its runs (bare): the ratio's two sides see the machine alike."""
    _script_figures(OPEN_AND_REVIEW, [str(folder), str(idle_ms)], env)  # fills the cache
    bare: list[float] = []
    figures = []
    for _ in range(runs):
        bare.append(_wall_ms([sys.executable, "-c", BARE_QT], env))
        figures.append(_script_figures(OPEN_AND_REVIEW, [str(folder), str(idle_ms)], env))
    if not idle_ms:
        _LAST_REVIEW_MEMORY[:] = [
            statistics.median(f["window_mib"] for f in figures),
            statistics.median(f["helper_mib"] for f in figures),
        ]
    keys = ("open", "review", "whole")
    medians = {key: statistics.median(f[key] for f in figures) for key in keys}
    medians["bare"] = statistics.median(bare)
    return medians


def _print_open_and_review(figures: dict[str, float], open_name: str, review_name: str) -> None:
    """The figures under their names (``*_ms``, ``*_ratio_vs_bare``), each ratio against
    the bare starts run beside them."""
    bare = figures["bare"]
    print(f"startup_ms_bare_qt_beside_{open_name}: {bare:.0f} ms", flush=True)
    for name, key in ((open_name, "open"), (review_name, "review")):
        print(f"{name}_ms: {figures[key]:.0f} ms", flush=True)
        print(f"{name}_ratio_vs_bare: {figures[key] / bare:.2f} x (target <= 1.0)", flush=True)
    whole = figures["whole"]
    print(f"{review_name}_whole_plan_ms: {whole:.0f} ms ({whole / bare:.2f} x)", flush=True)


# Peak memory (VmHWM) of the window and of the render helper after the cold review.
_LAST_REVIEW_MEMORY: list[float] = []


def _print_review_memory() -> None:
    if _LAST_REVIEW_MEMORY and _LAST_REVIEW_MEMORY[0]:
        window, helper = _LAST_REVIEW_MEMORY
        print(f"peak_rss_mib_window_after_review: {window:.1f} MiB", flush=True)
        print(f"peak_rss_mib_render_helper: {helper:.1f} MiB", flush=True)


# What a PySide window with the list's widgets costs, and nothing of the program, written
# plainly: a 10,000-row table model (texts made only when Qt asks), search field, filter, a
# menu of twelve actions, three buttons. It names Qt's enums before its first frame, which
# builds all 93 of the Qt namespace (~120 M instructions); the program does not (see
# gui/qt_ints.py) and so starts below it.
MINIMAL_WINDOW = """
import sys
from PySide6.QtCore import QAbstractTableModel, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMainWindow, QPushButton, QTableView, QVBoxLayout, QWidget,
)
DISPLAY = Qt.ItemDataRole.DisplayRole


class Model(QAbstractTableModel):
    def rowCount(self, parent=None):
        return 10_000

    def columnCount(self, parent=None):
        return 6

    def data(self, index, role=DISPLAY):
        if role == DISPLAY:
            return f"Medarbejder {index.row()}" if index.column() == 0 else "Virksomhed"
        return None

    def headerData(self, section, orientation, role=DISPLAY):
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal:
            return f"Kolonne {section}"
        return None


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 820)
menu = window.menuBar().addMenu("&Filer")
for n in range(12):
    action = QAction(f"Handling {n}", window)
    action.setShortcut(QKeySequence(f"Ctrl+{n % 10}"))
    menu.addAction(action)
central = QWidget()
layout = QVBoxLayout(central)
top = QHBoxLayout()
top.addWidget(QLabel("Søg:"))
top.addWidget(QLineEdit())
choice = QComboBox()
choice.addItems(["Alle møder", "Opfølgning snart"])
top.addWidget(choice)
layout.addLayout(top)
model = Model()
proxy = QSortFilterProxyModel()
proxy.setSourceModel(model)
table = QTableView()
table.setModel(proxy)
table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
header = table.horizontalHeader()
header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
header.setResizeContentsPrecision(32)
header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
table.setSortingEnabled(True)
table.resizeColumnsToContents()
layout.addWidget(table)
buttons = QHBoxLayout()
for text in ("Åbn", "Nyt møde", "Slet"):
    buttons.addWidget(QPushButton(text))
layout.addLayout(buttons)
window.setCentralWidget(central)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def _instructions(argv: list[str], env: dict[str, str]) -> int | None:
    """Instructions one run of ``argv`` executes (valgrind's callgrind: exact, whatever the
    load), or None without valgrind."""
    if shutil.which("valgrind") is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out", *argv],
            env=env,
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        )
    found = re.search(r"Collected : (\d+)", out.stderr)
    return int(found.group(1)) if found else None


def _print_startup_instructions(large: Path, env: dict[str, str]) -> None:
    """startup_instructions_*: the same start-ups counted in instructions, so the ratio
    does not swing with the machine's load (each run ~50x slower under valgrind)."""
    bare = _instructions([sys.executable, "-c", BARE_QT], env)
    subprocess.run(  # untimed: fills the bytecode cache
        [sys.executable, "-c", MINIMAL_WINDOW], env=env, check=True, cwd=ROOT, capture_output=True
    )
    minimal = _instructions([sys.executable, "-c", MINIMAL_WINDOW], env)
    full = _instructions(
        [sys.executable, "-m", "remotework_desktop", "--data-dir", str(large)], env
    )
    if bare is None or full is None or minimal is None:
        print("startup_instructions_ratio_10000_vs_bare: skipped (no valgrind)", flush=True)
        return
    print(f"startup_instructions_bare_qt: {bare / 1e6:.0f} M", flush=True)
    print(f"startup_instructions_main_window_10000: {full / 1e6:.0f} M", flush=True)
    print(
        f"startup_instructions_minimal_window: {minimal / 1e6:.0f} M "
        f"({minimal / bare:.2f} x bare: a plain window with the list's widgets)",
        flush=True,
    )
    print(
        f"startup_instructions_ratio_10000_vs_bare: {full / bare:.2f} x (target <= 1.5)",
        flush=True,
    )


def _check_files_ms(folder: Path, runs: int) -> float:
    """Median time of ``check_files()`` on a store opened as the window opens it."""
    from remotework_desktop.core.store import Store

    times = []
    for _ in range(runs):
        with Store.open(folder, check_files=False) as store:
            start = time.perf_counter()
            store.check_files()
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _peak_rss_mib(argv: list[str], env: dict[str, str], runs: int = 3) -> float:
    """Median peak RSS of a process running ``argv`` (the window or --bare), in MiB."""
    script = "BARE = " + repr(BARE_QT) + "\nCHECKED = " + repr(CHECKED) + "\n" + RSS_REPORT
    peaks = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", script, *argv],
            env=env,
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        line = next(x for x in out.stderr.splitlines() if x.startswith("RSS "))
        peaks.append(int(line.split()[1]) / 1024)  # ru_maxrss is in KiB on Linux
    return statistics.median(peaks)


def _print_figures(runs: int) -> tuple[float, float]:
    """Medians of (whole print time, longest GUI-thread gap) over ``runs`` print jobs."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_pdf import _signed_example

    from remotework_desktop.core.pdf.render import render_pdf
    from remotework_desktop.gui.review.printing import PrintJob

    app = QApplication.instance() or QApplication(sys.argv[:1])
    data = render_pdf(_signed_example())
    totals, gaps = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(runs):
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(Path(tmp) / f"print{n}.pdf"))
            job = PrintJob(data, printer)
            ticks: list[float] = []
            timer = QTimer()
            timer.setInterval(10)
            timer.timeout.connect(lambda ticks=ticks: ticks.append(time.perf_counter()))
            loop = QEventLoop()
            result: list[int] = []
            job.finished_printing.connect(lambda count, _c, r=result: r.append(count))
            job.finished_printing.connect(loop.quit)
            start = time.perf_counter()
            ticks.append(start)
            timer.start()
            job.start()
            loop.exec()
            end = time.perf_counter()
            timer.stop()
            job.wait()
            assert result == [9], result
            ticks.append(end)
            totals.append((end - start) * 1000)
            gaps.append(max(b - a for a, b in itertools.pairwise(ticks)) * 1000)
    app.processEvents()
    return statistics.median(totals), statistics.median(gaps)


def run_open(quick: bool) -> None:
    """open_meeting_ms and review_page_ms (cold) against startup_ms_bare_qt, alone."""
    with tempfile.TemporaryDirectory() as tmp:
        env = _env(Path(tmp) / "pycache")
        from remotework_desktop.core.example import build_example_meeting
        from remotework_desktop.core.store import Store

        example = Path(tmp) / "ex"
        with Store.open(example) as store:
            store.save(build_example_meeting())
        _print_open_and_review(_open_and_review(example, env, 3 if quick else 7), *COLD)
        _print_review_memory()


def run(quick: bool) -> None:
    runs = 5 if quick else 11
    with tempfile.TemporaryDirectory() as tmp:
        env = _env(Path(tmp) / "pycache")
        small, large, example = Path(tmp) / "d1000", Path(tmp) / "d10000", Path(tmp) / "ex"
        start = time.perf_counter()
        _populate(small, 1000)
        _populate(large, 10_000)
        print(f"fixture_10000_build_s: {time.perf_counter() - start:.1f} s", flush=True)
        medians = _startup_ms(
            {
                "bare": [sys.executable, "-c", BARE_QT],
                "full": [sys.executable, "-m", "remotework_desktop", "--data-dir", str(small)],
                "full10k": [sys.executable, "-m", "remotework_desktop", "--data-dir", str(large)],
                "checked": [sys.executable, "-c", CHECKED, "--data-dir", str(large)],
            },
            env,
            runs,
        )
        bare, full, full10k = medians["bare"], medians["full"], medians["full10k"]
        print(f"startup_ms_bare_qt: {bare:.0f} ms", flush=True)
        print(f"startup_ms_main_window_1000: {full:.0f} ms", flush=True)
        print(f"startup_ratio_main_window_vs_bare: {full / bare:.2f} x", flush=True)
        print(f"startup_ms_main_window_10000: {full10k:.0f} ms", flush=True)
        print(f"startup_ratio_10000_vs_bare: {full10k / bare:.2f} x (target <= 1.5)", flush=True)
        checked = medians["checked"]
        print(f"startup_ms_main_window_10000_checked: {checked:.0f} ms", flush=True)
        print(f"startup_ratio_10000_checked_vs_bare: {checked / bare:.2f} x", flush=True)
        print(f"store_check_files_ms_10000: {_check_files_ms(large, runs):.0f} ms", flush=True)
        _print_startup_instructions(large, env)

        from remotework_desktop.core.example import build_example_meeting
        from remotework_desktop.core.store import Store

        with Store.open(example) as store:
            store.save(build_example_meeting())
        rounds = 3 if quick else 7
        _print_open_and_review(_open_and_review(example, env, rounds), *COLD)
        _print_review_memory()
        idle = _open_and_review(example, env, rounds, IDLE_MS)
        _print_open_and_review(idle, *AFTER_IDLE)
        quick_idle = _open_and_review(example, env, rounds, IDLE_QUICK_MS)
        _print_open_and_review(quick_idle, *AFTER_QUICK_IDLE)

        rss_bare = _peak_rss_mib(["--bare"], env)
        rss_gui = _peak_rss_mib(["--data-dir", str(large)], env)
        rss_checked = _peak_rss_mib(["--checked", "--data-dir", str(large)], env)
        print(f"peak_rss_mib_bare_qt: {rss_bare:.1f} MiB", flush=True)
        print(f"peak_rss_mib_gui_10000: {rss_gui:.1f} MiB", flush=True)
        print(f"peak_rss_ratio_vs_bare: {rss_gui / rss_bare:.2f} x (target <= 1.5)", flush=True)
        print(f"peak_rss_mib_gui_10000_checked: {rss_checked:.1f} MiB", flush=True)
        print(f"peak_rss_ratio_checked_vs_bare: {rss_checked / rss_bare:.2f} x", flush=True)

    run_tasks_page(quick)
    run_typing_at_once(quick)

    print_ms, blocked = _print_figures(1 if quick else 3)
    print(f"print_ms_9_pages: {print_ms:.0f} ms", flush=True)
    print(f"gui_blocked_max_ms_print: {blocked:.0f} ms (target <= 100)", flush=True)

    from remotework_desktop.gui.editor import answer_controls

    samples = 10 if quick else 30
    _, no_debounce = _keystroke_to_saved(samples, debounced=False)
    print(f"keystroke_to_saved_ms_no_debounce: {no_debounce:.1f} ms", flush=True)
    screen, saved = _keystroke_to_saved(5 if quick else 10, debounced=True)
    print(f"keystroke_to_screen_ms: {screen:.1f} ms (target <= 16)", flush=True)
    print(
        f"keystroke_to_saved_ms: {saved:.0f} ms "
        f"(target <= {answer_controls.DEBOUNCE_MS} + 50: the typing debounce as shipped)",
        flush=True,
    )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    run("--quick" in sys.argv)
