"""The command line on awkward input: stored text that could break output, odd paths and files.

Every command runs as a real subprocess; output is read as bytes, so a raw escape or a byte
that is not UTF-8 cannot hide behind decoding.
"""

from __future__ import annotations

import json
import subprocess
from functools import partial
from pathlib import Path

import pytest
from conftest import load_small_checklist
from pypdf import PdfReader

from remotework_desktop.core.meetings import Meeting, new_meeting
from remotework_desktop.core.store import Store
from tests.cli_helper import run_cli

ROOT = Path(__file__).resolve().parent.parent
FORGED = "Mads\n" + "0123456789ab  2024-01-01  underskrevet  v1  Forged"
EVIL_COMPANY = "Evil\ud800Co"
# Output is read as bytes; each test checks the exit code itself.
run = partial(run_cli, code=None, text=False, timeout=60)


def safe_text(raw: bytes) -> str:
    """The output as text, asserting it is UTF-8 and holds no control character but \\n."""
    text = raw.decode("utf-8")  # strict: a lone surrogate could not have been written
    assert not [c for c in text if (ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F]
    return text


def one_line(result: subprocess.CompletedProcess[bytes]) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    lines = safe_text(result.stderr).splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def stored_bad_meeting(folder: Path) -> Meeting:
    """A meeting saved with text from before the rules: a lone surrogate, ESC, NUL, newline."""
    meeting = new_meeting(
        company="A",
        manager_name="Lone",
        employee_name="Mads",
        meeting_date="2024-05-01",
        checklists=[load_small_checklist()],
    )
    meeting.company = EVIL_COMPANY
    meeting.employee_name = FORGED + "\x1b[31mred\x00"
    meeting.manager_title = "Chef\x1b]0;title\x07\u202e"
    action = meeting.add_action("Ring", "other", owner_name="IT")
    action.what = "Do\x1b[2J it\nnow"
    action.owner_name = "N\ud800"
    meeting.set_note("small", "needs", "-")
    meeting.entries["small"]["needs"].note = "note\x1b\ud800 here\nline two"
    meeting.entries["small"]["needs"].answer = "answer\x00\ud800"
    meeting.entries["small"]["needs"].private = False
    with Store.open(folder) as store:
        store.save(meeting)
        store.save(
            new_meeting(
                company="Good ApS",
                manager_name="Lone",
                employee_name="Åse",
                meeting_date="2024-04-01",
                checklists=[load_small_checklist()],
            )
        )
    return meeting


def test_stored_bad_text_is_listed_and_shown_safely(tmp_path: Path) -> None:
    data = tmp_path / "data"
    meeting = stored_bad_meeting(data)

    listed = run(data, "list")
    assert listed.returncode == 0, listed.stderr
    lines = safe_text(listed.stdout).splitlines()
    assert len(lines) == 2  # no forged second line
    bad_line = next(ln for ln in lines if ln.startswith(meeting.id))
    assert "Mads\\n0123456789ab" in bad_line and "\\x1b[31mred\\x00" in bad_line
    assert "Evil\\ud800Co" in bad_line

    shown = run(data, "show", meeting.id)
    assert shown.returncode == 0, shown.stderr
    text = safe_text(shown.stdout)
    assert "Virksomhed: Evil\\ud800Co" in text
    assert "Chef\\x1b]0;title\\x07\\u202e" in text
    assert len(text.splitlines()) == 7

    # JSON keeps the stored text exactly, as escapes that read back as the same strings.
    for args in (["list", "--json"], ["show", meeting.id, "--json"]):
        result = run(data, *args)
        assert result.returncode == 0, result.stderr
        loaded = json.loads(safe_text(result.stdout))
        first = loaded[0] if isinstance(loaded, list) else loaded
        assert first["company"] == EVIL_COMPANY
        assert first["employee_name"] == meeting.employee_name
    whole = json.loads(run(data, "show", meeting.id, "--json").stdout)
    assert whole["entries"]["small"]["needs"]["note"] == "note\x1b\ud800 here\nline two"


def test_stored_bad_text_exports_a_pdf_that_verifies(tmp_path: Path) -> None:
    data = tmp_path / "data"
    meeting = stored_bad_meeting(data)
    pdf = tmp_path / "plan.pdf"
    result = run(data, "export-pdf", meeting.id, "-o", str(pdf))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(pdf)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Evil\ufffdCo" in text
    assert "FORGED" not in text and "Forged\ufffd[31mred\ufffd" in text
    assert "note\ufffd\ufffd here" in text and "answer\ufffd\ufffd" in text
    assert not [c for c in text if ord(c) < 0x20 and c != "\n"]
    assert "\ufffd" in reader.metadata.title
    verified = run(data, "verify", str(pdf))
    # A draft: unchanged, but never a plain "matches" (exit 1, README).
    assert verified.returncode == 1, verified.stderr + verified.stdout
    assert verified.stderr.decode().startswith("draft – kladde"), verified.stderr
    assert "Gemte data: stemmer" in verified.stderr.decode()
    # An error that names the stored text says it on one safe line.
    refused = run(
        data,
        "sign",
        meeting.id,
        "--manager",
        "Lone",
        "--employee",
        "x",
        "--yes",
        "--allow-incomplete",
    )
    assert "Mads\\n0123456789ab" in one_line(refused)


def test_a_stored_lone_surrogate_can_be_signed_exported_and_verified(tmp_path: Path) -> None:
    data = tmp_path / "data"
    meeting = new_meeting(
        company="A",
        manager_name="Lone",
        employee_name="Mads",
        meeting_date="2024-05-01",
        checklists=[load_small_checklist()],
    )
    meeting.company = EVIL_COMPANY
    with Store.open(data) as store:
        store.save(meeting)
    signed = run(
        data,
        "sign",
        meeting.id,
        "--manager",
        "Lone",
        "--employee",
        "Mads",
        "--yes",
        "--allow-incomplete",
    )
    assert signed.returncode == 0, signed.stderr
    pdf = tmp_path / "signed.pdf"
    assert run(data, "export-pdf", meeting.id, "-o", str(pdf)).returncode == 0
    verified = run(data, "verify", str(pdf))
    assert verified.returncode == 0, verified.stderr + verified.stdout


def test_a_data_folder_that_is_a_file_is_named_plainly(tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x", encoding="utf-8")
    for args in (["list"], ["create-example"]):
        line = one_line(run(a_file, *args))
        assert str(a_file) in line and "er en fil og ikke en mappe" in line
    line = one_line(run(a_file / "sub", "--lang", "en", "create-example"))
    assert f"{a_file} already exists, but it is a file and not a folder" in line
    assert not (a_file / "sub").exists()


def write_settings(data: Path, lang: str) -> None:
    data.mkdir(parents=True, exist_ok=True)
    (data / "settings.json").write_text(json.dumps({"language": lang}), encoding="utf-8")


def test_validate_caps_the_errors_it_prints(tmp_path: Path) -> None:
    items = "".join(f'[[sections.items]]\nid = "i{n}"\n' for n in range(120))
    many = tmp_path / "many.toml"
    many.write_text(
        'id = "x"\nversion = 1\ntitle = { da = "T", en = "T" }\nintro = { da = "I", en = "I" }\n'
        '[[sections]]\nid = "s"\ntitle = { da = "S", en = "S" }\n' + items,
        encoding="utf-8",
    )
    result = run(tmp_path, "validate", str(many))
    assert result.returncode == 1
    lines = safe_text(result.stderr).splitlines()
    assert len(lines) == 51
    assert all(ln.startswith("many.toml: ") for ln in lines[:50])
    assert lines[50].startswith("… og ") and lines[50].endswith(" fejl mere")
    total = 50 + int(lines[50].split()[2])
    assert total >= 240  # each item lacks at least its kind and its prompt
    write_settings(tmp_path / "en", "en")
    english = run(tmp_path / "en", "validate", str(many))
    assert safe_text(english.stderr).splitlines()[50] == f"… and {total - 50} more errors"


def test_validate_refuses_a_huge_file_before_parsing(tmp_path: Path) -> None:
    huge = tmp_path / "huge.toml"
    with huge.open("wb") as f:
        f.write(b'x = "' + b"a" * (1024 * 1024) + b'"\n')
    line = one_line(run(tmp_path, "validate", str(huge)))
    assert line == "huge.toml: er for stor til at være en tjekliste (over 1 MiB); den er ikke læst"
    assert one_line(run(tmp_path, "--lang", "en", "validate", str(huge))) == (
        "huge.toml: is too big to be a checklist (over 1 MiB); it was not read"
    )


def test_validate_accepts_a_byte_order_mark(tmp_path: Path) -> None:
    shipped = ROOT / "checklists"
    first = sorted(shipped.glob("*.toml"))[0]
    with_bom = tmp_path / first.name
    with_bom.write_bytes(b"\xef\xbb\xbf" + first.read_bytes())
    result = run(tmp_path, "validate", str(with_bom))
    assert result.returncode == 0, result.stderr
    assert safe_text(result.stdout).startswith("ok  ")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_validate_refuses_a_device_and_a_folder(tmp_path: Path) -> None:
    line = one_line(run(tmp_path, "validate", "/dev/zero", timeout=30))
    assert line == "zero: er ikke en almindelig fil (men fx en mappe eller en enhed)"
    folder = tmp_path / "checklists"
    (folder / "odd.toml").mkdir(parents=True)
    write_settings(tmp_path / "en", "en")
    line = one_line(run(tmp_path / "en", "validate", str(folder)))
    assert line == "odd.toml: is not a regular file (but e.g. a folder or a device)"
