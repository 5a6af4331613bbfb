"""The PyInstaller bundle: built from packaging/remotework-desktop.spec, it runs on its own.

The slow test builds the bundle into a temp folder (scripts/build-bundle.sh) and runs its two
executables from a folder outside the repository, with no virtualenv on PATH.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from remotework_desktop.core import paths

ROOT = Path(__file__).resolve().parent.parent
NAME = "remotework-desktop"
EXE_SUFFIX = ".exe" if os.name == "nt" else ""


def test_a_frozen_program_finds_its_data_in_the_bundle_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.checklists_dir() == tmp_path / "checklists"
    assert paths.resources_dir() == tmp_path / "resources"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("bundle")
    subprocess.run(
        [
            ROOT / "scripts" / "build-bundle.sh",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "build"),
        ],
        check=True,
        timeout=1500,
    )
    yield out / "dist" / NAME


def _outside_env(data: Path) -> dict[str, str]:
    """No venv, no repository on any path: only what the bundle brings."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "REMOTEWORK_DEBUG"}
    }
    env["PATH"] = os.pathsep.join(p for p in ("/usr/bin", "/bin") if Path(p).is_dir())
    env["REMOTEWORK_DATA_DIR"] = str(data)
    return env


def _run(exe: Path, *args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [str(exe), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_the_bundle_runs_the_commands_and_shows_the_window(bundle: Path, tmp_path: Path) -> None:
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = _outside_env(tmp_path / "data")
    cli = bundle / f"{NAME}{EXE_SUFFIX}"
    gui = bundle / f"{NAME}-gui{EXE_SUFFIX}"

    helped = _run(cli, "--help", cwd=work, env=env)
    assert helped.returncode == 0 and "export-pdf" in helped.stdout
    validated = _run(cli, "validate", cwd=work, env=env)
    assert validated.returncode == 0, validated.stderr
    assert validated.stdout.count("ok ") == 3  # the three shipped checklists, found in the bundle
    made = _run(cli, "create-example", cwd=work, env=env)
    assert made.returncode == 0, made.stderr
    meeting_id = made.stdout.strip()
    draft = _run(cli, "export-pdf", meeting_id, "-o", "draft.pdf", cwd=work, env=env)
    assert draft.returncode == 0, draft.stderr
    checked = _run(cli, "verify", "draft.pdf", cwd=work, env=env)
    assert checked.returncode == 1 and "draft" in checked.stderr  # a draft never "matches"
    names = ["--manager", "Søren Ødegaard", "--employee", "Åse Brønnum-Jensen", "--yes"]
    # The example leaves a few items undiscussed.
    signed = _run(cli, "sign", meeting_id, *names, "--allow-incomplete", cwd=work, env=env)
    assert signed.returncode == 0, signed.stderr
    exported = _run(cli, "export-pdf", meeting_id, "-o", "plan.pdf", cwd=work, env=env)
    assert exported.returncode == 0, exported.stderr
    assert b"/ByteRange" in (work / "plan.pdf").read_bytes()  # sealed (pyHanko is bundled)
    verified = _run(cli, "verify", "plan.pdf", cwd=work, env=env)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    # icalendar travels in the bundle: the example's follow-up date as a calendar file.
    cal = _run(cli, "calendar", meeting_id, "-o", "plan.ics", "--actions", cwd=work, env=env)
    assert cal.returncode == 0, cal.stderr
    assert (work / "plan.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")

    shown_env = env | {"QT_QPA_PLATFORM": "offscreen", "REMOTEWORK_EXIT_AFTER_SHOW": "1"}
    for lang in ("da", "en"):
        shown = _run(gui, "--lang", lang, cwd=work, env=shown_env)
        assert shown.returncode == 0, shown.stderr
        # gui/i18n.py warns when Qt's catalogue (qtbase_da.qm / qtbase_en.qm) is missing
        assert "could not load translation" not in shown.stderr, shown.stderr
    assert (tmp_path / "data" / "settings.json").is_file()  # the window ran on the data folder

    # The window's executable is also the helper that renders a draft's review PDF.
    from remotework_desktop.core.example import build_example_meeting
    from remotework_desktop.core.pdf.render import render_pdf
    from remotework_desktop.core.pdf.worker import ENV_FLAG, OK

    meeting = build_example_meeting(fixed_ids=True)
    request = json.dumps(
        {
            "meeting": meeting.model_dump(mode="json"),
            "lang": "en",
            "include_private": False,
            "follows_date": None,
        }
    ).encode("ascii")
    helper = subprocess.run(
        [str(gui)],
        input=struct.pack(">I", len(request)) + request,
        capture_output=True,
        cwd=work,
        env=env | {ENV_FLAG: "1"},
        timeout=120,
        check=False,
    )
    assert helper.returncode == 0 and b"Traceback" not in helper.stderr, helper.stderr
    status, size = struct.unpack_from(">BI", helper.stdout)
    assert status == OK and helper.stdout[5:] == render_pdf(meeting, lang="en")
    assert size == len(helper.stdout) - 5


@pytest.mark.slow
def test_the_bundle_keeps_qt_danish_and_leaves_out_what_is_unused(bundle: Path) -> None:
    files = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()]
    catalogues = {Path(f).name for f in files if "/translations/" in f and f.endswith(".qm")}
    assert catalogues == {"qtbase_da.qm", "qtbase_en.qm"}
    unused_qt = ("QtNetwork", "QtQml", "QtSql", "qtiff", "qwebp", "sqldrivers", "qgtk3", "libpango")
    for unused in unused_qt:
        assert not [f for f in files if unused in f], unused
    for shipped in (
        "checklists/leading.toml",
        "resources/fonts/DejaVuSans.ttf",
        "resources/i18n/remotework_en.qm",
        "resources/icons/remotework-desktop-256.png",
    ):
        assert [f for f in files if f.endswith(shipped)], shipped
