"""GUI figures: start-up time against bare Qt, and keystroke-to-saved latency.

startup_ms_*          wall time of a fresh process that starts, shows its first window and
                      exits (REMOTEWORK_EXIT_AFTER_SHOW=1); median of several runs.
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
MAIN_WINDOW = """
import sys
from pathlib import Path
from remotework_desktop.gui.app import run_gui
sys.exit(run_gui(Path(sys.argv[1])))
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["REMOTEWORK_EXIT_AFTER_SHOW"] = "1"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _startup_ms(code: str, *args: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", code, *args],
            env=_env(),
            check=True,
            capture_output=True,
        )
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


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
    from remotework_desktop.gui import item_widgets
    from remotework_desktop.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    saved_debounce = item_widgets.DEBOUNCE_MS
    if not debounced:
        item_widgets.DEBOUNCE_MS = 0  # read when the editor's text controls are built
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _populate(folder, 1)
        store = Store.open(folder)
        try:
            window = MainWindow(store, Settings(), folder, debounce_ms=None if debounced else 0)
            window.show()
            window.open_meeting(store.list()[0]["id"])
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
            item_widgets.DEBOUNCE_MS = saved_debounce
            store.close()
    return statistics.median(times)


def run(quick: bool) -> None:
    runs = 3 if quick else 5
    bare = _startup_ms(BARE_QT, runs=runs)
    print(f"startup_ms_bare_qt: {bare:.0f} ms", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        _populate(folder, 1000)
        full = _startup_ms(MAIN_WINDOW, str(folder), runs=runs)
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
