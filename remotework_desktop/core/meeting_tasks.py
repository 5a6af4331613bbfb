"""The meeting's task part: the thin methods ``Meeting`` gets for its task list.

The rules (the file, the evaluation, the summary) are in ``core.tasks``; this mixin checks
the input like the other setters (``MeetingError`` with ``fields``, ``LockedError`` once
signed) and keeps the list. ``Meeting`` holds the fields: ``task_part`` (which task finder,
by digest; None when the part is not chosen), ``task_snapshot`` and ``tasks``.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from remotework_desktop.core.parsing import InputError, parse_number_text
from remotework_desktop.core.tasks import (
    MAX_TASK_NAME,
    MAX_TASK_NOTE,
    MAX_TASKS,
    RESULTS,
    Evaluation,
    Task,
    TaskFinder,
    TaskSummary,
    evaluate,
    summarise,
    task_hours,
)
from remotework_desktop.core.text import t
from remotework_desktop.core.text_rules import normalise, text_problem

if TYPE_CHECKING:
    from remotework_desktop.core.checklists import ChecklistDefinition
    from remotework_desktop.core.meetings import ChecklistRef, Meeting

_UNSET: Any = object()


def _error(message: str, fields: dict[str, str] | None = None) -> Exception:
    from remotework_desktop.core.meetings import MeetingError

    return MeetingError(message, fields)


def _hours_value(value: Any, low: float, high: float) -> float:
    message = t("tasks.hours_range", low=f"{low:g}", high=f"{high:g}")
    if isinstance(value, str):
        try:
            value = parse_number_text(value)
        except InputError:
            value = None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _error(message, {"answer": message})
    value = round(float(value), 1)
    if not low <= value <= high:
        raise _error(message, {"answer": message})
    return value


def check_task_name(name: Any) -> str:
    """The name as stored (one line, NFC), or MeetingError beside the name field."""
    name = name.strip() if isinstance(name, str) else ""
    if not name:
        raise _error(t("tasks.write_name"), {"name": t("tasks.write_name")})
    problem = text_problem(name)
    if problem:
        raise _error(problem, {"name": problem})
    name = normalise(name)
    if len(name) > MAX_TASK_NAME:
        message = t("meetings.too_long", limit=MAX_TASK_NAME)
        raise _error(message, {"name": message})
    return name


def _check_note(note: Any) -> str:
    if not isinstance(note, str):
        raise _error(t("meetings.note_not_text"), {"note": t("meetings.note_not_text")})
    problem = text_problem(note, multiline=True)
    if problem:
        raise _error(problem, {"note": problem})
    note = normalise(note, multiline=True)
    if len(note) > MAX_TASK_NOTE:
        raise _error(t("meetings.note_too_long"), {"note": t("meetings.note_too_long")})
    return note


def not_assessed_text(count: int, lang: str | None = None) -> str:
    """'1 opgave, der ikke er vurderet endnu' / '3 tasks not assessed yet'."""
    return t(
        "tasks.not_assessed_one" if count == 1 else "tasks.not_assessed_many", lang, count=count
    )


def task_part_for(finder: TaskFinder) -> tuple[ChecklistRef, dict[str, Any]]:
    """The reference and the snapshot a meeting keeps of the task finder it was made with."""
    from remotework_desktop.core.meetings import ChecklistRef

    return ChecklistRef(id=finder.id, version=finder.version, digest=finder.digest()), (
        finder.snapshot()
    )


class TasksMixin:
    """Task-list methods of ``Meeting`` (see the module docstring)."""

    if TYPE_CHECKING:
        task_part: ChecklistRef | None
        task_snapshot: dict[str, Any] | None
        tasks: list[Task]
        employee_name: str
        checklists: list[ChecklistRef]

        def _check_editable(self) -> None: ...
        def _touch(self) -> None: ...

    # -- reading ---------------------------------------------------------------------------
    @property
    def has_tasks(self) -> bool:
        """True when the task part was chosen for this meeting."""
        return self.task_part is not None

    @property
    def is_preparation(self) -> bool:
        """Only the task part and no employee yet: the manager prepares alone."""
        return self.has_tasks and not self.checklists and not self.employee_name.strip()

    def task_finder(self) -> TaskFinder:
        """The task finder this meeting was made with (its snapshot, not today's file)."""
        if self.task_part is None or self.task_snapshot is None:
            raise _error(t("tasks.no_part"))
        cached = self.__dict__.get("_task_finder")
        if cached is None or cached[0] != self.task_part.digest:
            cached = (self.task_part.digest, TaskFinder.from_snapshot(self.task_snapshot))
            self.__dict__["_task_finder"] = cached
        return cached[1]

    def task(self, task_id: str) -> Task:
        for task in self.tasks:
            if task.id == task_id:
                return task
        raise _error(t("tasks.no_task", task_id=task_id))

    def task_evaluation(self, task_id: str, lang: str | None = None) -> Evaluation:
        return evaluate(self.task(task_id), self.task_finder(), lang)

    def task_summary(self) -> TaskSummary:
        return summarise(self.tasks, self.task_finder())

    def task_gaps(self) -> list[str]:
        """Ids of the tasks not assessed yet (no result and no override), in list order.

        Signing asks about them like the items not discussed (``signing_gaps``): the
        window's sign guard and the CLI's ``sign`` without ``--allow-incomplete``."""
        if self.task_part is None:
            return []
        finder = self.task_finder()
        return [task.id for task in self.tasks if evaluate(task, finder).result is None]

    def tasks_canonical(self) -> list[dict[str, Any]]:
        """The task list as the fingerprint covers it: each task with its result."""
        finder = self.task_finder()
        return [
            task.model_dump(mode="json") | {"result": evaluate(task, finder).result}
            for task in self.tasks
        ]

    # -- changing --------------------------------------------------------------------------
    def _tasks_editable(self) -> TaskFinder:
        self._check_editable()
        return self.task_finder()

    def _check_category(self, finder: TaskFinder, category: Any) -> str | None:
        if category in (None, ""):
            return None
        if not isinstance(category, str) or finder.category(category) is None:
            message = t("tasks.no_category", category=category)
            raise _error(message, {"category": message})
        return category

    def add_task(self, name: str, category: str | None = None) -> Task:
        finder = self._tasks_editable()
        if len(self.tasks) >= MAX_TASKS:
            raise _error(t("tasks.too_many", limit=MAX_TASKS))
        task = Task(name=check_task_name(name), category=self._check_category(finder, category))
        self.tasks.append(task)
        self._touch()
        return task

    def update_task(self, task_id: str, *, name: Any = _UNSET, category: Any = _UNSET) -> Task:
        finder = self._tasks_editable()
        task = self.task(task_id)
        new_name = check_task_name(name) if name is not _UNSET else task.name
        new_category = (
            self._check_category(finder, category) if category is not _UNSET else task.category
        )
        task.name = new_name
        task.category = new_category
        self._touch()
        return task

    def set_task_answer(self, task_id: str, question_id: str, value: Any) -> None:
        """An option id for a choice question, hours (a number or '7,5') for the hours one;
        None clears the answer."""
        finder = self._tasks_editable()
        task = self.task(task_id)
        question = finder.question(question_id)
        if question is None:
            raise _error(t("tasks.no_question", question_id=question_id))
        answers = dict(task.answers)
        if value is None or value == "":
            answers.pop(question_id, None)
        elif question.kind == "hours":
            answers[question_id] = _hours_value(value, question.min, question.max)
        else:
            if not isinstance(value, str) or question.option(value) is None:
                ids = ", ".join(o.id for o in question.options)
                message = t("tasks.choose_option", options=ids)
                raise _error(message, {"answer": message})
            answers[question_id] = value
        task.answers = answers
        self._touch()

    def set_task_override(self, task_id: str, result: str | None, note: Any = None) -> None:
        """Choose a result other than the computed one; it needs a note saying why.

        ``note`` None keeps the task's note; ``result`` None goes back to the computed result.
        """
        self._tasks_editable()
        task = self.task(task_id)
        if result is not None and result not in RESULTS:
            raise _error(t("tasks.bad_result"), {"override": t("tasks.bad_result")})
        text = task.note if note is None else _check_note(note)
        if result is not None and not text.strip():
            raise _error(t("tasks.override_needs_note"), {"note": t("tasks.override_needs_note")})
        task.override = result  # type: ignore[assignment]
        task.note = text
        self._touch()

    def set_task_note(self, task_id: str, note: Any) -> None:
        self._tasks_editable()
        task = self.task(task_id)
        text = _check_note(note)
        if task.override is not None and not text.strip():
            raise _error(t("tasks.override_needs_note"), {"note": t("tasks.override_needs_note")})
        task.note = text
        self._touch()

    def remove_task(self, task_id: str) -> None:
        self._tasks_editable()
        self.tasks.remove(self.task(task_id))
        self._touch()

    def move_task(self, task_id: str, delta: int) -> int:
        """Move a task up (negative) or down the list; returns its new position."""
        self._tasks_editable()
        task = self.task(task_id)
        old = self.tasks.index(task)
        new = max(0, min(len(self.tasks) - 1, old + int(delta)))
        if new != old:
            tasks = list(self.tasks)
            tasks.insert(new, tasks.pop(old))
            self.tasks = tasks
            self._touch()
        return new

    def task_hours(self, task_id: str) -> float:
        return task_hours(self.task(task_id), self.task_finder())

    def copied_tasks(self) -> dict[str, Any]:
        """The task part as fields for a new meeting (follow-up, from a preparation)."""
        if self.task_part is None:
            return {}
        return {
            "task_part": self.task_part.model_copy(),
            "task_snapshot": dict(self.task_snapshot or {}),
            "tasks": [task.model_copy(deep=True) for task in self.tasks],
        }

    def start_from_preparation(
        self,
        *,
        employee_name: str,
        meeting_date: Any = None,
        checklists: list[ChecklistDefinition] | tuple[()] = (),
        manager_title: str | None = None,
    ) -> Meeting:
        """A new meeting with the named employee, holding this preparation's task list.

        The preparation stays as it was (the manager can reuse it, e.g. for the next hire).
        """
        import datetime as dt

        from remotework_desktop.core.meetings import new_meeting

        if not self.is_preparation:
            raise _error(t("tasks.not_preparation"))
        me: Any = self
        meeting = new_meeting(
            company=me.company,
            manager_name=me.manager_name,
            manager_title=me.manager_title if manager_title is None else manager_title,
            employee_name=employee_name,
            meeting_date=meeting_date or dt.date.today(),
            checklists=checklists,
            language=me.language,
            tasks=True,
            task_finder=self.task_finder(),
        )
        copied = self.copied_tasks()
        meeting.task_part = copied["task_part"]
        meeting.task_snapshot = copied["task_snapshot"]
        meeting.tasks = copied["tasks"]
        return meeting
