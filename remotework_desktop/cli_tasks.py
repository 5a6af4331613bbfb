"""The command line's part for the task finder: ``show`` (text and JSON), ``validate``
of ``tasks.toml`` and ``start-from`` (a meeting from a manager's preparation).

Kept beside ``cli.py`` so that file only hooks these in; every rule is in core.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from remotework_desktop.core import formatting as fmt
from remotework_desktop.core.text import language, t

if TYPE_CHECKING:
    from remotework_desktop.core.checklists import ChecklistError
    from remotework_desktop.core.meetings import Meeting


def tasks_json(meeting: Meeting, data: dict[str, Any]) -> dict[str, Any]:
    """``show --json``: the tasks with their evaluation, and the summary, when chosen."""
    data.pop("task_snapshot", None)
    if not meeting.has_tasks:
        return data
    from remotework_desktop.core.tasks import summary_dict, task_dict

    finder = meeting.task_finder()
    data["tasks"] = [task_dict(task, finder, meeting.language) for task in meeting.tasks]
    data["task_summary"] = summary_dict(meeting.task_summary())
    data["preparation"] = meeting.is_preparation
    return data


def tasks_lines(meeting: Meeting) -> list[str]:
    """``show``: one line about the task list, when the part is chosen."""
    if not meeting.has_tasks:
        return []
    summary = meeting.task_summary()

    def hours(value: float) -> str:
        return fmt.format_number(value, language())

    return [
        t(
            "cli.show.tasks",
            count=summary.count,
            home=hours(summary.home_hours),
            partly=hours(summary.partly_hours),
            workplace=hours(summary.workplace_hours),
        )
    ]


def task_files(given: list[Path] | None) -> tuple[list[Path], list[Path]]:
    """The paths ``validate`` got, split into task finder files and the rest.

    No paths: the shipped ``tasks.toml``; a folder: its ``tasks.toml`` if it has one (the
    checklist loader skips that file).
    """
    from remotework_desktop.core.tasks import FILE_NAME, task_finder_path

    if not given:
        shipped = task_finder_path()
        return ([shipped] if shipped.exists() else []), []
    tasks, rest = [], []
    for path in given:
        if path.is_dir():
            if (path / FILE_NAME).is_file():
                tasks.append(path / FILE_NAME)
            rest.append(path)
        elif path.name == FILE_NAME:
            tasks.append(path)
        else:
            rest.append(path)
    return tasks, rest


def validate_tasks(files: list[Path]) -> tuple[list[str], list[ChecklistError]]:
    """(lines for the files that are fine, errors for those that are not)."""
    from remotework_desktop.core.tasks import read_task_finder

    ok: list[str] = []
    errors: list[ChecklistError] = []
    for path in files:
        finder, problems = read_task_finder(path)
        if finder is None:
            errors.extend(problems)
            continue
        ok.append(
            t(
                "cli.tasks_ok",
                version=finder.version,
                categories=len(finder.categories),
                questions=len(finder.questions),
            )
        )
    return ok, errors


def start_from_preparation(
    store: Any, ident: str, *, employee: str, date: str, chosen: list[Any]
) -> Meeting:
    """A new meeting from the preparation ``ident``, saved; the preparation stays."""
    prep = store.get(ident)
    meeting = prep.start_from_preparation(
        employee_name=employee, meeting_date=date, checklists=chosen
    )
    store.save(meeting)
    return meeting
