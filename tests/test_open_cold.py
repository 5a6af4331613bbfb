"""Opening a meeting cold loads only what the open needs.

Fresh processes (what is loaded is per process), the real store with the example meeting:
with pydantic's plugins off, as the program runs, reading a meeting does not import
importlib.metadata; the task finder's models are built only when a meeting with the task
part needs them. (A damaged meeting file's message: tests/test_store.py.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from remotework_desktop.core.example import build_example_meeting
from remotework_desktop.core.store import Store

ROOT = Path(__file__).resolve().parent.parent

OPEN = """
import json, sys
from pathlib import Path
from remotework_desktop.core.store import Store
store = Store.open(Path(sys.argv[1]))
meeting = store.get(store.list()[0].id)
for ref in meeting.checklists:
    for item in meeting.visible_items(ref.id):
        meeting.entry(ref.id, item.id)
from remotework_desktop.core import tasks
out = {
    "metadata": "importlib.metadata" in sys.modules,
    "loader": type(sys.modules["pydantic.plugin._loader"].get_plugins()).__name__,
    "finder_built": tasks.TaskFinder.__pydantic_complete__,
    "task_rows": len(meeting.tasks),
}
if meeting.has_tasks:
    finder = meeting.task_finder()
    out["questions"] = len(finder.questions)
    out["finder_built"] = tasks.TaskFinder.__pydantic_complete__
store.close()
print(json.dumps(out))
"""


def _open(folder: Path, plugins_off: bool) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    if plugins_off:
        env["PYDANTIC_DISABLE_PLUGINS"] = "__all__"  # as cli.main sets it
    result = subprocess.run(
        [sys.executable, "-c", OPEN, str(folder)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def example_store(tmp_path: Path) -> Path:
    with Store.open(tmp_path / "data") as store:
        store.save(build_example_meeting())
    return tmp_path / "data"


def test_reading_a_meeting_with_plugins_off_does_not_import_importlib_metadata(
    example_store: Path,
) -> None:
    out = _open(example_store, plugins_off=True)
    assert out["metadata"] is False
    assert out["loader"] == "tuple"  # no plugins, as pydantic answers with them off


def test_with_plugins_on_pydantic_looks_them_up_as_before(example_store: Path) -> None:
    out = _open(example_store, plugins_off=False)
    # pydantic's own look-up ran (it reads the installed packages' entry points).
    assert out["metadata"] is True
    assert out["loader"] == "dict_values"


def test_the_task_finder_models_are_built_only_for_a_meeting_with_tasks(tmp_path: Path) -> None:
    plain, with_tasks = tmp_path / "plain", tmp_path / "tasks"
    with Store.open(plain) as store:
        store.save(build_example_meeting())
    with Store.open(with_tasks) as store:
        store.save(build_example_meeting(tasks=True))
    out = _open(plain, plugins_off=True)
    assert out["finder_built"] is False and out["task_rows"] == 0
    out = _open(with_tasks, plugins_off=True)
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
            painted.append({"started": bool(warm_up._started), "pydantic": "pydantic" in sys.modules})
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
    assert out["first_paint"] == {"started": False, "pydantic": False}
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
