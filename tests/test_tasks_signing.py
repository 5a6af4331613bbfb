"""Signing with tasks not assessed yet, as the people at the meeting meet it: core tells which
tasks are still open, and the command line's ``sign`` refuses them like items not discussed,
in both languages, until ``--allow-incomplete``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from remotework_desktop.core.meeting_tasks import not_assessed_text
from remotework_desktop.core.meetings import Meeting, new_meeting
from remotework_desktop.core.store import Store
from tests.cli_helper import run_cli as run
from tests.conftest import load_small_checklist

HOME = {"people": "no", "equipment": "no", "systems": "yes", "confidential": "no", "sparring": "no"}


def _meeting(lang: str = "da") -> Meeting:
    meeting = new_meeting(
        company="Smedjen ApS",
        manager_name="Lone Leder",
        employee_name="Mads Medarbejder",
        meeting_date="2026-05-04",
        checklists=[load_small_checklist()],
        language=lang,
        tasks=True,
    )
    for cid, item in [(r.id, i) for r in meeting.checklists for i in meeting.visible_items(r.id)]:
        meeting.set_status(cid, item.id, "not_relevant")
    return meeting


def test_a_task_not_assessed_yet_is_a_gap_until_answered_or_overridden() -> None:
    meeting = _meeting()
    assert meeting.signing_gaps() == ([], []) and meeting.task_gaps() == []
    done = meeting.add_task("Bogføring")
    for question, value in HOME.items():
        meeting.set_task_answer(done.id, question, value)
    open_one = meeting.add_task("Kundeservice")
    meeting.set_task_answer(open_one.id, "people", "no")  # one answer is not an assessment
    open_two = meeting.add_task("Posten")
    assert meeting.task_gaps() == [open_one.id, open_two.id]  # in the list's order
    # An answer that pulls the task to the workplace settles it, like an override with a note.
    meeting.set_task_answer(open_one.id, "people", "always")
    meeting.set_task_override(open_two.id, "workplace", "Posten kommer på papir")
    assert meeting.task_gaps() == []
    # A meeting without the part has no task gaps.
    plain = new_meeting(
        company="A",
        manager_name="B",
        employee_name="C",
        meeting_date="2026-05-04",
        checklists=[load_small_checklist()],
    )
    assert plain.task_gaps() == []


def test_the_count_of_open_tasks_is_said_with_real_plurals() -> None:
    assert not_assessed_text(1, "da") == "1 opgave, der ikke er vurderet endnu"
    assert not_assessed_text(3, "da") == "3 opgaver, der ikke er vurderet endnu"
    assert not_assessed_text(1, "en") == "1 task not assessed yet"
    assert not_assessed_text(2, "en") == "2 tasks not assessed yet"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "da",
            "2 opgaver, der ikke er vurderet endnu; underskriv alligevel med --allow-incomplete",
        ),
        ("en", "2 tasks not assessed yet; sign anyway with --allow-incomplete"),
    ],
)
def test_sign_on_the_command_line_refuses_open_tasks_unless_allowed(
    tmp_path: Path, lang: str, expected: str
) -> None:
    data = tmp_path / "d"
    meeting = _meeting(lang)
    meeting.add_task("Kundeservice")
    meeting.add_task("Posten")
    with Store.open(data) as store:
        store.save(meeting)
    names = ("--manager", "Lone Leder", "--employee", "Mads Medarbejder", "--yes")
    refused = run(data, "sign", meeting.id, *names, code=1, lang=lang)
    lines = [ln for ln in refused.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].endswith(expected), refused.stderr
    assert ("0 punkter" if lang == "da" else "0 items") in lines[0]  # the items are all discussed
    shown = json.loads(run(data, "show", meeting.id, "--json").stdout)
    assert shown["state"] == "draft"
    run(data, "sign", meeting.id, *names, "--allow-incomplete", lang=lang)
    assert json.loads(run(data, "show", meeting.id, "--json").stdout)["state"] == "signed"
