"""The task list leaves the program: the PDF read back, its embedded data, and the command
line run as a subprocess (show --json, validate, create-example, a preparation)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from remotework_desktop.core.example import build_example_meeting
from remotework_desktop.core.meetings import Meeting
from remotework_desktop.core.pdf.render import render_pdf
from remotework_desktop.core.pdf.verify import extract_embedded
from remotework_desktop.core.tasks import task_finder_path

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 26)


def _text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "read.pdf"
    path.write_bytes(data)
    out = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    return " ".join(out.split())


def _example(*, tasks: bool = True) -> Meeting:
    return build_example_meeting(today=TODAY, fixed_ids=True, tasks=tasks)


def _signed(meeting: Meeting) -> Meeting:
    when = dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC)
    meeting.sign("manager", meeting.manager_name, confirmed=True, when=when)
    meeting.sign("employee", meeting.employee_name, confirmed=True, when=when)
    return meeting


def test_the_agreed_task_list_prints_after_the_plan_in_danish(tmp_path: Path) -> None:
    meeting = _signed(_example())
    text = _text(render_pdf(meeting), tmp_path)
    assert "Opgaver Opgave Timer/uge Hvor" in text
    assert text.index("Ordningen") < text.index("Opgaver Opgave") < text.index("Aftalte handl")
    assert "Scanning og arkivering af papirbilag" in text
    assert "Kræver udstyr, materialer eller papir på stedet" in text
    assert "På arbejdspladsen" in text and "Delvist hjemme" in text
    # The overridden task prints the computed result and the note that explains the choice.
    assert "Valgt i stedet for det beregnede: Delvist hjemme" in text
    assert "Note: Sparringen klarer vi på det faste videomøde mandag morgen." in text
    assert "Timer om ugen: Hjemme: 16,5 t · Delvist hjemme: 6 t · På arbejdspladsen: 6 t" in text
    assert "I alt 28,5 t om ugen." in text


def test_the_task_section_follows_the_language(tmp_path: Path) -> None:
    text = _text(render_pdf(_example(), lang="en"), tmp_path)
    assert "Tasks Task Hours/week Where" in text
    assert "Needs equipment, materials or paper on site" in text
    assert "Hours a week: Home: 16.5 h · Partly home: 6 h · At the workplace: 6 h" in text


def test_a_meeting_without_the_part_prints_no_task_section(tmp_path: Path) -> None:
    text = _text(render_pdf(_example(tasks=False)), tmp_path)
    assert "Timer/uge" not in text and "Timer om ugen" not in text
    embedded = extract_embedded(render_pdf(_example(tasks=False)))
    assert embedded is not None and "tasks" not in embedded["canonical"]


def test_the_embedded_data_carries_the_tasks_and_the_signed_fingerprint() -> None:
    meeting = _signed(_example())
    embedded = extract_embedded(render_pdf(meeting, include_private=True))
    assert embedded is not None
    assert embedded["fingerprint"] == meeting.fingerprint
    tasks = embedded["canonical"]["tasks"]
    assert [t["result"] for t in tasks] == [
        "home",
        "partly",
        "home",
        "workplace",
        "home",
        "home",
        "workplace",
    ]
    assert tasks[5]["override"] == "home" and tasks[5]["note"]


def run(data: Path, *args: str, code: int = 0) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REMOTEWORK_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "remotework_desktop", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return result


def test_create_example_and_show_json_list_the_tasks(tmp_path: Path) -> None:
    meeting_id = run(tmp_path, "create-example").stdout.strip()
    data = json.loads(run(tmp_path, "show", meeting_id, "--json").stdout)
    tasks = data["tasks"]
    assert len(tasks) >= 5
    assert {t["result"] for t in tasks} == {"home", "partly", "workplace"}
    for task in tasks:
        assert set(task) >= {"name", "answers", "result", "note", "computed", "override"}
        assert task["result"] in ("home", "partly", "workplace")
    overridden = [t for t in tasks if t["override"]]
    assert len(overridden) == 1 and overridden[0]["note"].strip()
    assert overridden[0]["computed"] != overridden[0]["result"]
    assert data["task_summary"]["home_hours"] == 16.5
    assert data["task_summary"]["suggested_home_days"] == 3
    assert "task_snapshot" not in data
    shown = run(tmp_path, "--lang", "en", "show", meeting_id).stdout
    assert "Tasks:      7 (home 16.5 h, partly 6 h, workplace 6 h)" in shown


def test_a_manager_prepares_on_the_command_line_then_starts_the_meeting(tmp_path: Path) -> None:
    prep = run(
        tmp_path, "new", "--company", "Smedjen", "--manager", "Lone", "--date", "2026-05-04",
        "--prepare",
    ).stdout.strip()  # fmt: skip
    data = json.loads(run(tmp_path, "show", prep, "--json").stdout)
    assert data["employee_name"] == "" and data["preparation"] is True and data["tasks"] == []
    assert "Medarbejder: Forberedelse" in run(tmp_path, "show", prep).stdout
    refused = run(tmp_path, "sign", prep, "--manager", "Lone", "--employee", "x", "--yes", code=1)
    assert refused.stderr.strip().startswith("fejl:")
    started = run(
        tmp_path, "start-from", prep, "--employee", "Nina", "--date", "2026-06-01",
        "--checklists", "leading",
    ).stdout.strip()  # fmt: skip
    data = json.loads(run(tmp_path, "show", started, "--json").stdout)
    assert data["employee_name"] == "Nina" and data["preparation"] is False
    assert [c["id"] for c in data["checklists"]] == ["leading"]
    # Without --prepare or --tasks the employee is still needed, and no task part is made.
    missing = run(tmp_path, "new", "--company", "A", "--manager", "B", "--date", "2026-05-04",
                  code=1)  # fmt: skip
    assert missing.stderr.strip() == "fejl: --employee: Skriv medarbejderens navn."
    plain = run(tmp_path, "new", "--company", "A", "--manager", "B", "--employee", "C",
                "--date", "2026-05-04").stdout.strip()  # fmt: skip
    assert "tasks" not in json.loads(run(tmp_path, "show", plain, "--json").stdout)
    with_tasks = run(tmp_path, "new", "--company", "A", "--manager", "B", "--employee", "C",
                     "--date", "2026-05-04", "--tasks").stdout.strip()  # fmt: skip
    assert json.loads(run(tmp_path, "show", with_tasks, "--json").stdout)["tasks"] == []


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        ("version = 1", "version = = 1", "tasks.toml: line 8, column 11: not valid TOML"),
        (
            'effect = "workplace"',
            'effect = "office"',
            "tasks.toml: question 'people' option 'always' effect: must be",
        ),
        (
            'id = "equipment"',
            'id = "people"',
            "tasks.toml: questions: question id 'people' is used twice",
        ),
        (
            'examples = { da = "Indtastning, registrering, rydde op i data", '
            'en = "Data entry, registration, cleaning up data" }',
            'examples = { da = "Indtastning" }',
            "tasks.toml: category 'data_processing' examples en: is missing",
        ),
    ],
    ids=["syntax", "unknown-effect", "duplicate-id", "missing-english"],
)
def test_validate_names_a_broken_task_file_in_one_line(
    tmp_path: Path, old: str, new: str, line: str
) -> None:
    shipped = task_finder_path().read_text("utf-8")
    assert old in shipped
    folder = tmp_path / "checklists"
    folder.mkdir()
    (folder / "tasks.toml").write_text(shipped.replace(old, new, 1), "utf-8")
    result = run(tmp_path, "validate", str(folder / "tasks.toml"), code=1)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(line)
    ok = run(tmp_path, "validate").stdout
    assert "tasks.toml: OK (version 1, 14 kategorier, 6 spørgsmål)" in ok


def test_a_signed_plan_with_tasks_exports_and_verifies(tmp_path: Path) -> None:
    meeting_id = run(tmp_path, "create-example").stdout.strip()
    run(tmp_path, "sign", meeting_id, "--manager", "Søren Ødegaard", "--employee",
        "Åse Brønnum-Jensen", "--yes", "--allow-incomplete")  # fmt: skip
    pdf = tmp_path / "plan.pdf"
    run(tmp_path, "export-pdf", meeting_id, "-o", str(pdf))
    assert "Opgaver Opgave Timer/uge Hvor" in _text(pdf.read_bytes(), tmp_path)
    assert run(tmp_path, "verify", str(pdf)).stdout.startswith("matches")


def test_two_hundred_tasks_print_over_pages_with_the_unassessed_named(tmp_path: Path) -> None:
    meeting = _example()
    for number in range(200):
        task = meeting.add_task(f"Opgave nummer {number:03d}", "other")
        meeting.set_task_answer(task.id, "hours", 0.5)
        if number == 199:
            meeting.set_task_note(task.id, "Lang note. " * 300)
    data = render_pdf(meeting)
    text = _text(data, tmp_path)
    assert "Opgave nummer 000" in text and "Opgave nummer 199" in text
    assert text.count("Ikke vurderet endnu") >= 200
    assert "Ikke vurderet endnu: 100 t" in text


def test_a_preparation_prints_as_one_without_signature_lines(tmp_path: Path) -> None:
    from remotework_desktop.core.meetings import new_meeting

    prep = new_meeting(
        company="Smedjen ApS",
        manager_name="Lone Leder",
        employee_name="",
        meeting_date="2026-05-04",
        checklists=[],
        tasks=True,
    )
    prep.add_task("Reception", "other")
    text = _text(render_pdf(prep), tmp_path)
    assert "Medarbejder Forberedelse" in text
    assert "Underskrifter" not in text
    assert "Reception Andet" in text and "Ikke vurderet endnu" in text


def test_new_and_start_from_refuse_an_unknown_checklist_in_one_line(tmp_path: Path) -> None:
    prep = run(
        tmp_path, "new", "--company", "Smedjen", "--manager", "Lone", "--date", "2026-05-04",
        "--prepare",
    ).stdout.strip()  # fmt: skip
    known = "getting_started, leading, conversation"
    new = run(tmp_path, "new", "--company", "A", "--manager", "B", "--employee", "C",
              "--date", "2026-05-04", "--checklists", "leading,nope", code=1)  # fmt: skip
    assert new.stderr.strip() == f"fejl: --checklists: ukendt tjekliste 'nope' (findes: {known})"
    started = run(tmp_path, "--lang", "en", "start-from", prep, "--employee", "Nina",
                  "--date", "2026-06-01", "--checklists", "nope", code=1)  # fmt: skip
    assert started.stderr.strip() == (
        f"error: --checklists: unknown checklist 'nope' (there are: {known})"
    )
