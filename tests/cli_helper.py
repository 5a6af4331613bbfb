"""The one way the tests run the command line (a real subprocess on a given data folder), and
a Python snippet in a fresh interpreter that reports as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def run_cli(
    data: Path,
    *args: str,
    code: int | None = 0,
    lang: str | None = None,
    env: Mapping[str, str | None] | None = None,
    input: str | None = None,
    timeout: float = 120,
    text: bool = True,
) -> subprocess.CompletedProcess[Any]:
    """Run ``python -m remotework_desktop [--lang LANG] ARGS`` with ``data`` as the data folder.

    The child runs from the repository root, headless (QT_QPA_PLATFORM=offscreen) and without
    REMOTEWORK_DEBUG. ``env`` adds variables to that environment; a value of None removes one.
    ``code`` is the exit code asserted (None: the caller checks it); a traceback on stderr always
    fails. ``text=False`` returns the raw bytes of stdout and stderr.
    """
    child_env = {**os.environ, "REMOTEWORK_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    child_env.pop("REMOTEWORK_DEBUG", None)
    for key, value in (env or {}).items():
        if value is None:
            child_env.pop(key, None)
        else:
            child_env[key] = value
    command = [sys.executable, "-m", "remotework_desktop"]
    if lang is not None:
        command += ["--lang", lang]
    result = subprocess.run(
        [*command, *args],
        capture_output=True,
        text=text,
        cwd=ROOT,
        env=child_env,
        input=input,
        timeout=timeout,
        check=False,
    )
    if code is not None:
        assert result.returncode == code, result.stdout + result.stderr
    assert ("Traceback" if text else b"Traceback") not in result.stderr
    return result


def run_python(
    code: str, *args: str, env: Mapping[str, str] | None = None, timeout: float = 120
) -> Any:
    """Run ``python -c CODE ARGS`` in a fresh interpreter from the repository root (what is
    loaded or built is per process); it must exit 0. Returns the JSON on its last line."""
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])
