"""The garbage collector is off only while the program starts, never for the rest of a run.

Start-up turns it off (importing Qt makes thousands of objects the collector would scan
again and again); the window turns it back on after its first frame, a command once its
arguments are parsed, and an in-process caller gets its own setting back.
"""

from __future__ import annotations

import argparse
import gc
import os
from pathlib import Path

import pytest
from cli_helper import run_python

from remotework_desktop import cli
from remotework_desktop.gui import app as app_module

# The real entry point (python -m remotework_desktop); reports at exit what the run left.
CHILD = """
import atexit, gc, json, runpy, sys
atexit.register(lambda: print(json.dumps(
    {"enabled": gc.isenabled(), "frozen": gc.get_freeze_count()}
)))
sys.argv = ["remotework_desktop", "--data-dir", sys.argv[1]]
runpy.run_module("remotework_desktop", run_name="__main__")
"""


def test_the_window_collects_garbage_again_once_it_is_shown(tmp_path: Path) -> None:
    env = {**os.environ, app_module.EXIT_AFTER_SHOW_ENV: "1", "QT_QPA_PLATFORM": "offscreen"}
    seen = run_python(CHILD, str(tmp_path / "data"), env=env)
    assert seen["enabled"] is True
    assert seen["frozen"] > 10_000  # what start-up made is frozen, not scanned again


def test_a_command_runs_with_the_collector_on(monkeypatch, tmp_path: Path) -> None:
    during: list[bool] = []

    def fake_list(args: argparse.Namespace) -> int:
        during.append(gc.isenabled())
        return 0

    monkeypatch.setattr(cli, "cmd_list", fake_list)
    gc.disable()
    try:
        assert cli.main(["--data-dir", str(tmp_path), "list"]) == 0
        assert during == [True]
        assert gc.isenabled()  # turned on for the command, and not turned off again
    finally:
        gc.enable()


@pytest.mark.parametrize("before", [True, False])
def test_an_in_process_caller_gets_its_setting_back(tmp_path: Path, before: bool) -> None:
    (gc.enable if before else gc.disable)()
    try:
        assert cli.main(["--data-dir", str(tmp_path), "--version"]) == 0
        assert gc.isenabled() is before
    finally:
        gc.enable()
