"""Opening a meeting cold loads only what the open needs.

Fresh processes (what is loaded is per process), the real store with the example meeting:
reading a meeting loads nothing beyond the standard library, TinyDB, platformdirs (the data
folder) and the program (no validation library, no importlib.metadata); a record class's
checks are built on first use, so the task finder's are built only when a meeting with the
task part needs them. (A damaged meeting file's message: tests/test_store.py.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helper import run_python

from remotework_desktop.core.example import build_example_meeting
from remotework_desktop.core.store import Store

ROOT = Path(__file__).resolve().parent.parent

OPEN = """
import json, sys
from pathlib import Path
before = set(sys.modules)
from remotework_desktop.core.store import Store
store = Store.open(Path(sys.argv[1]))
meeting = store.get(store.list()[0].id)
for ref in meeting.checklists:
    for item in meeting.visible_items(ref.id):
        meeting.entry(ref.id, item.id)
from remotework_desktop.core import tasks
own = {"remotework_desktop", "tinydb", "platformdirs", "__main__"}
out = {
    "metadata": "importlib.metadata" in sys.modules,
    "others": sorted({
        name.split(".")[0] for name in set(sys.modules) - before
        if name.split(".")[0] not in sys.stdlib_module_names | own
    }),
    "finder_built": tasks.TaskFinder.__dict__.get("_built") is not None,
    "task_rows": len(meeting.tasks),
}
if meeting.has_tasks:
    finder = meeting.task_finder()
    out["questions"] = len(finder.questions)
    out["finder_built"] = tasks.TaskFinder.__dict__.get("_built") is not None
store.close()
print(json.dumps(out))
"""


def _open(folder: Path) -> dict[str, object]:
    return run_python(OPEN, str(folder))


@pytest.fixture
def example_store(tmp_path: Path) -> Path:
    with Store.open(tmp_path / "data") as store:
        store.save(build_example_meeting())
    return tmp_path / "data"


def test_reading_a_meeting_loads_no_library_but_tinydb_and_platformdirs(
    example_store: Path,
) -> None:
    out = _open(example_store)
    assert out["others"] == []
    assert out["metadata"] is False


def test_the_task_finder_checks_are_built_only_for_a_meeting_with_tasks(tmp_path: Path) -> None:
    plain, with_tasks = tmp_path / "plain", tmp_path / "tasks"
    with Store.open(plain) as store:
        store.save(build_example_meeting())
    with Store.open(with_tasks) as store:
        store.save(build_example_meeting(tasks=True))
    out = _open(plain)
    assert out["finder_built"] is False and out["task_rows"] == 0
    out = _open(with_tasks)
    assert out["task_rows"] > 0 and out["questions"] > 0 and out["finder_built"] is True


# A fresh process: the window shown with the warm-up's timing as shipped.
FIRST_FRAME = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from remotework_desktop.core.settings import Settings
from remotework_desktop.core.store import Store
from remotework_desktop.gui import app as app_module, warm_up
from remotework_desktop.gui.main_window import MainWindow

store = Store.open(Path(sys.argv[1]))
window = MainWindow(store, Settings(), Path(sys.argv[1]))
painted = []


class Frames(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not painted:
            painted.append({"started": bool(warm_up._started),
                            "models": "remotework_desktop.core.meetings" in sys.modules})
        return False


frames = Frames()
window.installEventFilter(frames)
window.show()
passes = 0
while not warm_up._started and passes < 50:
    app.processEvents()
    passes += 1
if warm_up._started:
    warm_up.done.wait(60)
print(json.dumps({"first_paint": painted[0] if painted else None, "passes": passes}))
app_module.finish_background_jobs()
store.close()
"""


def test_the_warm_up_starts_right_after_the_first_frame_not_during_it(
    example_store: Path,
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, str(example_store)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    # The first frame was drawn before anything of the load started or was imported …
    assert out["first_paint"] == {"started": False, "models": False}
    # … and the load started within a few passes of the event loop after it, not 200 ms on
    # (a pass with nothing to do returns at once, so 50 passes are far less than that).
    assert out["passes"] < 50


# A fresh process: a meeting opened as soon as the window is shown (before the list's load).
OPEN_AT_ONCE = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from remotework_desktop.core.settings import Settings
from remotework_desktop.core.store import Store
from remotework_desktop.gui import app as app_module
from remotework_desktop.gui.main_window import MainWindow

store = Store.open(Path(sys.argv[1]))
window = MainWindow(store, Settings(), Path(sys.argv[1]))
window.show()
window.open_meeting(store.list()[0].id)
app.processEvents()
keys = window.editor.page_keys()
print(json.dumps({"tasks_page": "remotework_desktop.gui.editor.tasks_page" in sys.modules,
                  "has_tasks_page": "tasks" in keys}))
app_module.finish_background_jobs()
store.close()
"""


def test_a_meeting_without_tasks_opens_without_loading_the_task_page(tmp_path: Path) -> None:
    plain, with_tasks = tmp_path / "plain", tmp_path / "tasks"
    with Store.open(plain) as store:
        store.save(build_example_meeting())
    with Store.open(with_tasks) as store:
        store.save(build_example_meeting(tasks=True))
    outs = []
    for folder in (plain, with_tasks):
        result = subprocess.run(
            [sys.executable, "-c", OPEN_AT_ONCE, str(folder)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            check=False,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        outs.append(json.loads(result.stdout.strip().splitlines()[-1]))
    assert outs[0] == {"tasks_page": False, "has_tasks_page": False}
    assert outs[1] == {"tasks_page": True, "has_tasks_page": True}
