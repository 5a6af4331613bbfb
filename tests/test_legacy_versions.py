"""Meetings stored under older checklist versions keep their snapshot.

``tests/legacy/v1`` holds a data folder and a signed PDF made with the release before the
checklist files were raised to version 2 (create-example, sign, export-pdf through the CLI).
The new code must open that meeting as it was, export it, and still verify the old PDF.
"""

from __future__ import annotations

import json
import shutil
from functools import partial
from pathlib import Path

import pytest

from remotework_desktop.core.checklists import load_checklists
from remotework_desktop.core.store import Store
from tests.cli_helper import run_cli

LEGACY = Path(__file__).resolve().parent / "legacy" / "v1"
MEETING_ID = "bd6fa4a7bfbc"
run = partial(run_cli, code=None)  # each test checks the exit code itself


@pytest.fixture
def legacy(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the old data folder (0700/0600, as the program makes it) and the old PDF."""
    data = tmp_path / "data"
    shutil.copytree(LEGACY / "data", data)
    for path in [data, *data.rglob("*")]:
        path.chmod(0o700 if path.is_dir() else 0o600)
    pdf = tmp_path / "signed-v1.pdf"
    shutil.copyfile(LEGACY / "signed.pdf", pdf)
    return data, pdf


def test_the_old_meeting_keeps_its_version_1_snapshot(legacy: tuple[Path, Path]) -> None:
    data, _pdf = legacy
    shipped = load_checklists().definitions
    assert {d.version for d in shipped.values()} == {2}
    store = Store.open(data, read_only=True)
    try:
        meeting = store.get(MEETING_ID)
    finally:
        store.close()
    assert meeting.is_signed
    assert [(r.id, r.version) for r in meeting.checklists] == [
        ("getting_started", 1),
        ("leading", 1),
        ("conversation", 1),
    ]
    old = meeting.definition("getting_started")
    assert old.item("working_hours") is None  # a version-2 item is not forced on it
    assert old.item("ending") is not None
    assert meeting.compute_fingerprint() == meeting.fingerprint


def test_the_old_meeting_opens_exports_and_its_old_pdf_still_verifies(
    legacy: tuple[Path, Path], tmp_path: Path
) -> None:
    data, old_pdf = legacy
    shown = run(data, "show", MEETING_ID, "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["state"] == "signed"
    new_pdf = tmp_path / "again.pdf"
    exported = run(data, "export-pdf", MEETING_ID, "-o", str(new_pdf))
    assert exported.returncode == 0, exported.stderr
    assert new_pdf.stat().st_size > 10_000
    old = run(data, "verify", str(old_pdf))
    assert old.returncode == 0, old.stdout + old.stderr
    again = run(data, "verify", str(new_pdf))
    assert again.returncode == 0, again.stdout + again.stderr
