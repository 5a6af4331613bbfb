"""gui/pyside_hook: PySide's import hook gets the same answers, read from the file."""

from __future__ import annotations

import os

from cli_helper import run_python

# A fresh interpreter: the window's modules, then modules imported after PySide (the
# store's restore, the editor) as the program imports them later.
CHILD = """
import inspect, json, sys
import remotework_desktop.gui.app
import remotework_desktop.core.store.restore
import remotework_desktop.gui.editor.meeting_editor
feature = sys.modules["shibokensupport.feature"]
wrong, checked = [], 0
for name, answer in feature.pyside_feature_dict.items():
    module = sys.modules.get(name)
    path = getattr(module, "__file__", None) or ""
    if path.endswith(".py"):
        checked += 1
        if answer != (0 if "PySide6" in inspect.getsource(module) else -1):
            wrong.append(name)
print(json.dumps({"wrong": wrong, "checked": checked,
                  "ours": getattr(feature._mod_uses_pyside, "_remotework_from_file", False),
                  "gui": feature.pyside_feature_dict.get("remotework_desktop.gui.main_window"),
                  "core": feature.pyside_feature_dict.get("remotework_desktop.core.summary")}))
"""


def test_pyside_hears_the_same_answer_for_every_module() -> None:
    seen = run_python(CHILD, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert seen["ours"] is True  # the window's package installed it
    assert seen["checked"] > 50
    assert seen["wrong"] == []
    assert (seen["gui"], seen["core"]) == (0, -1)  # uses PySide / ignored in switching


def test_installing_twice_keeps_one_wrapper() -> None:
    import sys

    from remotework_desktop.gui import pyside_hook

    assert pyside_hook.install() is True
    first = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    assert pyside_hook.install() is True
    assert sys.modules["shibokensupport.feature"]._mod_uses_pyside is first
