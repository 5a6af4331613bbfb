"""The command line speaks the chosen language: --lang, else the program's setting, else Danish.

Every command runs as a real subprocess on a temp data folder.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from remotework_desktop.core.settings import Settings, save_settings
from tests.cli_helper import run_cli as run

ROOT = Path(__file__).resolve().parent.parent
BAD_CHECKLIST = 'id = "x"\nversion = 1\ntitle = { da = "T" }\n'


def error_line(result: subprocess.CompletedProcess[str]) -> str:
    (line,) = [ln for ln in result.stderr.splitlines() if ln.strip()]
    return line


def test_list_and_show_in_english(tmp_path: Path) -> None:
    assert run(tmp_path, "--lang", "en", "list").stdout.strip() == "No meetings saved yet."
    assert run(tmp_path, "list").stdout.strip() == "Ingen møder gemt endnu."
    meeting_id = run(tmp_path, "create-example").stdout.strip()
    listed = run(tmp_path, "--lang", "en", "list").stdout
    assert "draft" in listed and "kladde" not in listed
    shown = run(tmp_path, "--lang", "en", "show", meeting_id).stdout
    assert f"Meeting {meeting_id} (draft)" in shown
    assert "Company:" in shown and "Discussed:" in shown and "Virksomhed" not in shown


def test_show_of_an_unknown_id_in_english(tmp_path: Path) -> None:
    run(tmp_path, "create-example")
    line = error_line(run(tmp_path, "--lang", "en", "show", "zzzz", code=1))
    assert line == "error: There is no meeting whose number begins with 'zzzz'."
    line = error_line(run(tmp_path, "show", "zzzz", code=1))
    assert line == "fejl: Der findes intet møde, hvis nummer begynder med 'zzzz'."


def test_validate_errors_in_english(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    line = error_line(run(tmp_path, "--lang", "en", "validate", str(missing), code=1))
    assert line == f"error: does not exist: {missing}"
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(20):  # three errors each: more than are shown
        (folder / f"bad{n:02d}.toml").write_text(BAD_CHECKLIST, encoding="utf-8")
    result = run(tmp_path, "--lang", "en", "validate", str(folder), code=1)
    assert result.stderr.splitlines()[-1] == "… and 10 more errors"
    result = run(tmp_path, "validate", str(folder), code=1)
    assert result.stderr.splitlines()[-1] == "… og 10 fejl mere"


def test_restore_refusals_in_english(tmp_path: Path) -> None:
    data = tmp_path / "data"
    line = error_line(run(data, "--lang", "en", "restore", str(tmp_path / "x.zip"), code=1))
    assert line == f"error: does not exist: {tmp_path / 'x.zip'}"
    fake = tmp_path / "fake.zip"
    fake.write_bytes(b"not a zip at all")
    line = error_line(run(data, "--lang", "en", "restore", str(fake), code=1))
    assert line == (
        f"error: The file {fake} is not a backup made by this program. Nothing was changed."
    )
    line = error_line(run(data, "restore", str(fake), code=1))
    assert line.endswith("er ikke en sikkerhedskopi fra dette program. Intet er ændret.")


def test_the_setting_chooses_the_language_when_lang_is_not_given(tmp_path: Path) -> None:
    tmp_path.mkdir(exist_ok=True)
    save_settings(tmp_path, Settings(language="en"))
    assert run(tmp_path, "list").stdout.strip() == "No meetings saved yet."
    line = error_line(run(tmp_path, "delete", "abcdef123456", code=1))
    assert line == "error: There is no meeting with the number 'abcdef123456'."
    # --lang still wins over the setting.
    assert run(tmp_path, "--lang", "da", "list").stdout.strip() == "Ingen møder gemt endnu."


def test_help_in_english(tmp_path: Path) -> None:
    english = run(tmp_path, "--lang", "en", "--help").stdout
    assert "With no command the window starts." in english
    assert "show the saved meetings, one line each" in english
    danish = run(tmp_path, "--help").stdout
    assert "Uden kommando starter vinduet." in danish
