"""GUI figures: start-up time against bare Qt, and keystroke-to-saved latency.

startup_ms_*          wall time of a fresh process that starts, shows its first window and
                      exits once it is shown; median of several runs, the two processes
                      alternating so that a busy machine slows both alike.
                      bare_qt: QApplication + an empty QMainWindow, the floor for any Qt
                      program; main_window_1000: ``python -m remotework_desktop`` (the real
                      entry point, CLI included) on a data folder with 1,000 meetings, with
                      REMOTEWORK_EXIT_AFTER_SHOW=1, which quits the same way as bare_qt.
                      Both run with the same interpreter and flags and with bytecode caches
                      (in a temporary PYTHONPYCACHEPREFIX, filled by one untimed run of each),
                      as an installed program has them; the development environment's
                      PYTHONDONTWRITEBYTECODE would otherwise make every run compile the
                      package from source, which no user's start-up does. The untimed run
                      also takes the day's automatic backup, which runs once a day.
keystroke_to_saved_ms median time from one keystroke in an item's note to the store save
                      having finished (the worker's "saved" reached the GUI thread), with the
                      editor's text debounce and the autosave debounce both set to 0, so it
                      measures the work itself: apply, deep copy, atomic save, signal back.
keystroke_to_saved_ms_with_debounce
                      the same with the shipped debounces, i.e. what a user waits for.
"""

from __future__ import annotations

import os
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


def _startup_ms(commands: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, float]:
    """Median wall time of each command; one untimed run each first, then alternating runs."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(runs + 1):
        for name, argv in commands.items():
            start = time.perf_counter()
            subprocess.run(argv, env=env, check=True, capture_output=True, cwd=ROOT)
            if round_:
                times[name].append((time.perf_counter() - start) * 1000)
    return {name: statistics.median(t) for name, t in times.items()}


def _populate(folder: Path, count: int) -> None:
    from remotework_desktop.core.checklists import load_checklists
    from remotework_desktop.core.meetings import new_meeting
    from remotework_desktop.core.store import Store

    definitions = load_checklists().ordered()
    with Store.open(folder) as store:
        for i in range(count):
            store.save(
                new_meeting(
                    company=f"Virksomhed {i % 97}",
                    manager_name=f"Leder {i % 31}",
                    employee_name=f"Medarbejder {i}",
                    meeting_date=f"20{20 + i % 6}-0{1 + i % 9}-1{i % 9}",
                    checklists=definitions,
                )
            )


def _keystroke_to_saved(samples: int, *, debounced: bool) -> float:
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
            times = []
            for _ in range(samples):
                loop = QEventLoop()
                window.autosaver.saved.connect(loop.quit)
                QTimer.singleShot(5000, loop.quit)  # never hang the benchmark
                start = time.perf_counter()
                QTest.keyClick(edit, Qt.Key.Key_A)
                loop.exec()
                times.append((time.perf_counter() - start) * 1000)
                window.autosaver.saved.disconnect(loop.quit)
            window.close()
            app.processEvents()
        finally:
            answer_controls.DEBOUNCE_MS = saved_debounce
            store.close()
    return statistics.median(times)


def run(quick: bool) -> None:
    runs = 7 if quick else 15
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        _populate(folder, 1000)
        medians = _startup_ms(
            {
                "bare": [sys.executable, "-c", BARE_QT],
                "full": [sys.executable, "-m", "remotework_desktop", "--data-dir", str(folder)],
            },
            _env(Path(tmp) / "pycache"),
            runs,
        )
    bare, full = medians["bare"], medians["full"]
    print(f"startup_ms_bare_qt: {bare:.0f} ms", flush=True)
    print(f"startup_ms_main_window_1000: {full:.0f} ms", flush=True)
    print(f"startup_ratio_main_window_vs_bare: {full / bare:.2f} x", flush=True)
    samples = 10 if quick else 30
    print(
        f"keystroke_to_saved_ms: {_keystroke_to_saved(samples, debounced=False):.1f} ms",
        flush=True,
    )
    with_debounce = _keystroke_to_saved(5 if quick else 10, debounced=True)
    print(f"keystroke_to_saved_ms_with_debounce: {with_debounce:.0f} ms", flush=True)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    run("--quick" in sys.argv)
