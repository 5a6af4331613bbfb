"""The headless commands, run as real subprocesses on a temp data folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_helper import run_cli as run


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode != 0
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("fejl:")


def test_help_lists_the_commands(tmp_path: Path) -> None:
    out = run(tmp_path, "--help").stdout
    for command in (
        "list",
        "show",
        "create-example",
        "validate",
        "backup",
        "restore",
        "export-pdf",
        "sign",
        "verify",
    ):
        assert command in out


def test_validate_shipped_and_broken(tmp_path: Path) -> None:
    ok = run(tmp_path, "validate")
    assert ok.stdout.count("ok ") == 3
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "x"\nversion = 1\ntitle = { da = "T" }\n', encoding="utf-8")
    result = run(tmp_path, "validate", str(bad), code=1)
    assert "bad.toml" in result.stderr and "title" in result.stderr and "en" in result.stderr
    missing = run(tmp_path, "validate", str(tmp_path / "nope.toml"), code=1)
    assert_one_line_error(missing)


def test_example_list_show_and_json(tmp_path: Path) -> None:
    assert run(tmp_path, "list").stdout.strip() == "Ingen møder gemt endnu."
    meeting_id = run(tmp_path, "create-example").stdout.strip()
    assert len(meeting_id) == 12
    rows = json.loads(run(tmp_path, "list", "--json").stdout)
    assert [r["id"] for r in rows] == [meeting_id]
    assert rows[0]["employee_name"] == "Åse Brønnum-Jensen"
    line = run(tmp_path, "list").stdout
    assert meeting_id in line and "kladde" in line and "Æblegården" in line
    data = json.loads(run(tmp_path, "show", meeting_id[:6], "--json").stdout)
    assert data["id"] == meeting_id and data["actions"]
    assert_one_line_error(run(tmp_path, "show", "doesnotexist", code=None))
    # --data-dir after the command points somewhere else
    other = tmp_path / "other"
    assert run(other, "list", "--data-dir", str(other)).stdout.strip() == "Ingen møder gemt endnu."


def test_backup_restore_and_delete(tmp_path: Path) -> None:
    data = tmp_path / "data"
    meeting_id = run(data, "create-example").stdout.strip()
    archive = tmp_path / "backup.zip"
    run(data, "backup", "-o", str(archive))
    assert archive.is_file()
    run(data, "delete", meeting_id)
    assert json.loads(run(data, "list", "--json").stdout) == []
    restored = run(data, "restore", str(archive))
    assert "1" in restored.stdout
    assert [r["id"] for r in json.loads(run(data, "list", "--json").stdout)] == [meeting_id]
    assert_one_line_error(run(data, "restore", str(tmp_path / "nope.zip"), code=None))
    not_ours = tmp_path / "x.zip"
    not_ours.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    assert_one_line_error(run(data, "restore", str(not_ours), code=None))


def test_sign_export_and_verify(tmp_path: Path) -> None:
    data = tmp_path / "data"
    meeting_id = run(data, "create-example").stdout.strip()
    wrong = run(
        data,
        "sign",
        meeting_id,
        "--manager",
        "Nogen Andre",
        "--employee",
        "Åse Brønnum-Jensen",
        code=None,
    )
    assert_one_line_error(wrong)
    run(
        data,
        "sign",
        meeting_id,
        "--manager",
        "Søren Ødegaard",
        "--employee",
        "Åse Brønnum-Jensen",
        "--yes",
        "--allow-incomplete",  # the example leaves a few items undiscussed
    )
    shown = json.loads(run(data, "show", meeting_id, "--json").stdout)
    assert shown["state"] == "signed" and len(shown["fingerprint"]) == 64
    again = run(
        data,
        "sign",
        meeting_id,
        "--manager",
        "Søren Ødegaard",
        "--employee",
        "Åse Brønnum-Jensen",
        code=None,
    )
    assert_one_line_error(again)  # a signed meeting cannot be signed again

    pdf = tmp_path / "plan.pdf"
    run(data, "export-pdf", meeting_id, "-o", str(pdf), "--lang", "da")
    assert pdf.read_bytes().startswith(b"%PDF")
    ok = run(data, "verify", str(pdf))
    assert "matches" in ok.stdout

    changed = bytearray(pdf.read_bytes())
    changed[len(changed) // 2] ^= 0x01
    bad = tmp_path / "changed.pdf"
    bad.write_bytes(bytes(changed))
    result = run(data, "verify", str(bad), code=None)
    assert result.returncode in (1, 2)

    not_pdf = tmp_path / "note.pdf"
    not_pdf.write_text("hej", encoding="utf-8")
    assert run(data, "verify", str(not_pdf), code=None).returncode == 2
    assert run(tmp_path / "empty", "verify", str(pdf), code=None).returncode == 1


@pytest.mark.parametrize("args", [["show"], ["export-pdf", "x"], ["nonsense"]])
def test_usage_errors_exit_non_zero(tmp_path: Path, args: list[str]) -> None:
    result = run(tmp_path, *args, code=None)
    assert result.returncode == 1  # a failure like any other: exit 1 and one line
    assert len(result.stderr.strip().splitlines()) == 1


def test_no_screen_is_one_line_not_a_crash(tmp_path: Path) -> None:
    no_screen = {"DISPLAY": None, "WAYLAND_DISPLAY": None, "QT_QPA_PLATFORM": ""}
    result = run(tmp_path, env=no_screen, code=None, timeout=60)
    if not sys.platform.startswith("linux"):
        pytest.skip("only X11/Wayland platforms need a display variable")
    assert result.returncode == 1
    assert_one_line_error(result)
    assert "skærm" in result.stderr


@pytest.mark.parametrize("how", ["setting", "--lang"])
def test_no_screen_follows_the_language_without_building_the_parser(
    tmp_path: Path, how: str
) -> None:
    """The window's start reads its options without a parser (cli._run): its messages
    still follow --lang, else the language the program is set to."""
    if not sys.platform.startswith("linux"):
        pytest.skip("only X11/Wayland platforms need a display variable")
    from remotework_desktop.core.settings import Settings, save_settings

    no_screen = {"DISPLAY": None, "WAYLAND_DISPLAY": None, "QT_QPA_PLATFORM": ""}
    if how == "setting":
        save_settings(tmp_path, Settings(language="en"))
        result = run(tmp_path, env=no_screen, code=None, timeout=60)
    else:
        result = run(tmp_path, env=no_screen, code=None, timeout=60, lang="en")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "error: there is no screen to show the window on (neither DISPLAY nor WAYLAND_DISPLAY"
        " is set); the other commands work without a screen, see --help"
    ]
