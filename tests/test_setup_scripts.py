"""scripts/start.sh and scripts/test.sh: once set up, they install nothing and need no network.

The set-up itself (first run) may use the network; everything after it runs with every
package index made unreachable, so any `pip install` on the way would fail the test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(os.name == "nt", reason="the shell scripts are POSIX")

OFFLINE = {
    "PIP_INDEX_URL": "http://127.0.0.1:9/",  # the discard port: nothing answers
    "PIP_NO_INDEX": "1",
    "PIP_FIND_LINKS": "",
    "PIP_EXTRA_INDEX_URL": "",
    "PIP_CONFIG_FILE": os.devnull,
    "PIP_DEFAULT_TIMEOUT": "2",
}


def offline_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env.pop("VIRTUAL_ENV", None)
    return env | OFFLINE | extra


@pytest.fixture(scope="module")
def set_up() -> None:
    """The first set-up (a no-op when the stamp says .venv is current, as under test.sh)."""
    subprocess.run([ROOT / "scripts/setup.sh", "test"], check=True, timeout=900)


def test_start_sh_shows_the_window_offline_without_installing(set_up: None, tmp_path: Path):
    data = tmp_path / "data"
    env = offline_env(QT_QPA_PLATFORM="offscreen", REMOTEWORK_EXIT_AFTER_SHOW="1")
    began = time.monotonic()
    result = subprocess.run(
        [ROOT / "scripts/start.sh", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    took = time.monotonic() - began
    assert result.returncode == 0, result.stdout + result.stderr
    assert "pip" not in result.stdout + result.stderr
    assert (data / "meetings").is_dir()  # the store was opened: the window came up
    assert took < 20, took


def test_test_sh_runs_offline_when_the_venv_is_current(set_up: None):
    result = subprocess.run(
        [ROOT / "scripts/test.sh", "-q", "-p", "no:cacheprovider", "tests/test_layering.py"],
        capture_output=True,
        text=True,
        env=offline_env(),
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert " passed" in result.stdout


def test_a_changed_lock_file_makes_the_venv_stale(set_up: None, tmp_path: Path):
    """The stamp covers requirements.lock: a new pin means install again (here: offline, fails)."""
    for name in ("pyproject.toml", "requirements.lock", "scripts/setup.sh"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        shutil.copy2(ROOT / name, tmp_path / name)
    (tmp_path / ".venv/bin").mkdir(parents=True)
    (tmp_path / ".venv/bin/python").symlink_to(ROOT / ".venv/bin/python")
    shutil.copy2(ROOT / ".venv/remotework-setup.stamp", tmp_path / ".venv")
    env = offline_env(PATH="/usr/bin:/bin")  # no sudo prompt can appear: the packages are in

    def setup() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [tmp_path / "scripts/setup.sh"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )

    assert setup().returncode == 0
    with (tmp_path / "requirements.lock").open("a") as lock:
        lock.write("tinydb==4.8.0\n")
    stale = setup()
    assert stale.returncode != 0
    assert "hatchling" in stale.stderr or "pip" in stale.stderr, stale.stderr
