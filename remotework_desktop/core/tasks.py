"""The task finder ("Opgaver på distancen" / "Tasks at a distance"): which tasks fit home.

``checklists/tasks.toml`` holds the example categories and the questions asked about each
task; every answer has an effect (home, partly, workplace) and a short reason. This module
parses and checks that file (one plain line per problem, naming the file and the place, like
the checklists), and computes a task's result and the hours summary. No Qt; the meeting's
methods that change the task list are in ``core.meeting_tasks``.
"""

from __future__ import annotations

import math
import stat
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from remotework_desktop.core import paths
from remotework_desktop.core.checklists import ChecklistError, Text, _pretty, read_toml
from remotework_desktop.core.fingerprint import canonical_digest
from remotework_desktop.core.schema import (
    ConfigDict,
    Field,
    Model,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from remotework_desktop.core.text import language, normalise_lang, t

RESULTS: tuple[str, ...] = ("home", "partly", "workplace")
Result = Literal["home", "partly", "workplace"]
FILE_NAME = "tasks.toml"
MAX_TASK_NAME = 200
MAX_TASK_NOTE = 20_000
MAX_TASKS = 1000
_ID = r"^[a-z][a-z0-9_-]{0,63}$"
# A file this big is not a task finder (and is not parsed).
MAX_FILE_BYTES = 1024 * 1024


class _Strict(Model):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Category(_Strict):
    id: Annotated[str, Field(pattern=_ID)]
    label: Text
    examples: Text


class AnswerOption(_Strict):
    id: Annotated[str, Field(pattern=_ID)]
    label: Text
    effect: Result
    reason: Text


class Question(_Strict):
    id: Annotated[str, Field(pattern=_ID)]
    kind: Literal["choice", "hours"]
    prompt: Text
    help: Text
    options: list[AnswerOption] = Field(default_factory=list)
    min: float = 0.0
    max: float = 60.0

    @model_validator(mode="after")
    def _check(self) -> Question:
        if self.kind == "choice":
            if len(self.options) < 2:
                raise ValueError("a 'choice' question needs at least two options")
            ids = [o.id for o in self.options]
            dup = sorted({i for i in ids if ids.count(i) > 1})
            if dup:
                raise ValueError(f"option id '{dup[0]}' is used twice")
        elif self.options:
            raise ValueError("an 'hours' question cannot have options")
        if self.min < 0 or self.min > self.max:
            raise ValueError("min must be 0 or more and not larger than max")
        return self

    def option(self, option_id: str) -> AnswerOption | None:
        return next((o for o in self.options if o.id == option_id), None)


class TaskFinder(_Strict):
    """The parsed ``tasks.toml``: categories, questions and their effects."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    schema_: Annotated[int, Field(alias="schema", ge=1, le=1)]
    id: Literal["tasks"]
    version: Annotated[int, Field(ge=1)]
    title_text: Text = Field(alias="title")
    intro_text: Text = Field(alias="intro")
    categories: Annotated[list[Category], Field(min_length=1)]
    questions: Annotated[list[Question], Field(min_length=1)]

    @field_validator("categories", "questions")
    @classmethod
    def _unique(cls, items: list[Any], info: ValidationInfo) -> list[Any]:
        ids = [i.id for i in items]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        if dup:
            name = "category" if info.field_name == "categories" else "question"
            raise ValueError(f"{name} id '{dup[0]}' is used twice")
        hours = [q for q in items if getattr(q, "kind", None) == "hours"]
        if info.field_name == "questions" and len(hours) != 1:
            raise ValueError("there must be exactly one 'hours' question")
        return items

    def title(self, lang: str | None = None) -> str:
        return self.title_text.get(_lang(lang))

    def intro(self, lang: str | None = None) -> str:
        return self.intro_text.get(_lang(lang))

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)

    @property
    def hours_question(self) -> Question:
        return next(q for q in self.questions if q.kind == "hours")

    @property
    def effect_questions(self) -> list[Question]:
        return [q for q in self.questions if q.kind == "choice"]

    def snapshot(self) -> dict[str, Any]:
        """A plain JSON-able copy, kept with every meeting that has the task part."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)

    def digest(self) -> str:
        return canonical_digest(self.snapshot())

    @classmethod
    def from_snapshot(cls, data: Mapping[str, Any]) -> TaskFinder:
        return cls.model_validate(data)


def _lang(lang: str | None) -> str:
    return normalise_lang(lang if lang is not None else language())


# -- the task stored in a meeting ---------------------------------------------------------
def new_task_id() -> str:
    return uuid.uuid4().hex[:12]


class Task(Model):
    """One of the employee's tasks, with the answers about it (stored in the meeting)."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    id: str = Field(default_factory=new_task_id)
    name: Annotated[str, Field(min_length=1, max_length=MAX_TASK_NAME)]
    category: str | None = None
    answers: dict[str, str | float] = Field(default_factory=dict)
    override: Result | None = None
    note: str = ""


@dataclass(frozen=True)
class Evaluation:
    """A task's result: ``computed`` from the answers, ``result`` after any override."""

    computed: str | None
    result: str | None
    reasons: list[str]
    missing: list[str]


def task_hours(task: Task, finder: TaskFinder) -> float:
    value = task.answers.get(finder.hours_question.id)
    return float(value) if isinstance(value, int | float) else 0.0


def evaluate(task: Task, finder: TaskFinder, lang: str | None = None) -> Evaluation:
    """Any answer that needs the workplace → workplace; any unanswered → not assessed (None);
    else partly if any answer says partly, else home. An override wins over the computed."""
    chosen = _lang(lang)
    by_effect: dict[str, list[str]] = {r: [] for r in RESULTS}
    missing: list[str] = []
    for q in finder.effect_questions:
        option = q.option(str(task.answers.get(q.id))) if q.id in task.answers else None
        if option is None:
            missing.append(q.id)
            continue
        by_effect[option.effect].append(option.reason.get(chosen))
    if by_effect["workplace"]:
        computed: str | None = "workplace"
        reasons = by_effect["workplace"]
    elif missing:
        computed, reasons = None, []
    elif by_effect["partly"]:
        computed, reasons = "partly", by_effect["partly"]
    else:
        computed, reasons = "home", [t("tasks.all_home", chosen)]
    return Evaluation(
        computed=computed,
        result=task.override or computed,
        reasons=reasons,
        missing=missing,
    )


@dataclass(frozen=True)
class TaskSummary:
    """Hours per week by result (a task not assessed yet counts as unassessed)."""

    home_hours: float = 0.0
    partly_hours: float = 0.0
    workplace_hours: float = 0.0
    unassessed_hours: float = 0.0
    count: int = 0
    by_result: dict[str, int] = field(default_factory=dict)

    @property
    def total_hours(self) -> float:
        return self.home_hours + self.partly_hours + self.workplace_hours + self.unassessed_hours


def summarise(tasks: Iterable[Task], finder: TaskFinder) -> TaskSummary:
    hours = {r: 0.0 for r in (*RESULTS, None)}
    counts = {r: 0 for r in (*RESULTS, "unassessed")}
    n = 0
    for task in tasks:
        n += 1
        result = evaluate(task, finder).result
        hours[result] += task_hours(task, finder)
        counts[result or "unassessed"] += 1
    return TaskSummary(
        home_hours=round(hours["home"], 1),
        partly_hours=round(hours["partly"], 1),
        workplace_hours=round(hours["workplace"], 1),
        unassessed_hours=round(hours[None], 1),
        count=n,
        by_result=counts,
    )


def suggested_home_days(summary: TaskSummary, days_per_week: int = 5) -> int | None:
    """A suggestion for the number of home days: the share of the assessed hours that can be
    done at home (a partly task counts half), of the working week, rounded to whole days.

    None when no assessed task has hours. Only ever shown as a suggestion, never filled in.
    """
    assessed = summary.home_hours + summary.partly_hours + summary.workplace_hours
    if assessed <= 0:
        return None
    share = (summary.home_hours + summary.partly_hours / 2) / assessed
    return max(0, min(days_per_week, math.floor(share * days_per_week + 0.5)))


def summary_dict(summary: TaskSummary) -> dict[str, Any]:
    """The summary as plain data (``show --json``)."""
    return {
        "home_hours": summary.home_hours,
        "partly_hours": summary.partly_hours,
        "workplace_hours": summary.workplace_hours,
        "unassessed_hours": summary.unassessed_hours,
        "count": summary.count,
        "suggested_home_days": suggested_home_days(summary),
    }


def task_dict(task: Task, finder: TaskFinder, lang: str | None = None) -> dict[str, Any]:
    """One task as plain data with its evaluation (``show --json``)."""
    ev = evaluate(task, finder, lang)
    return {
        "id": task.id,
        "name": task.name,
        "category": task.category,
        "answers": dict(task.answers),
        "result": ev.result,
        "computed": ev.computed,
        "override": task.override,
        "note": task.note,
        "hours": task_hours(task, finder),
        "reasons": ev.reasons,
    }


# -- reading the file ---------------------------------------------------------------------
class TaskFinderError(ValueError):
    """``tasks.toml`` cannot be used; ``errors`` holds one named line per problem."""

    def __init__(self, errors: list[ChecklistError]) -> None:
        super().__init__(str(errors[0]) if errors else FILE_NAME)
        self.errors = errors


_LABELS = {"categories": "category", "questions": "question", "options": "option"}


def _place(raw: Any, loc: tuple[Any, ...]) -> str:
    """An error location as "question 'systems' option 'no' effect", using the file's ids."""
    parts: list[str] = []
    node = raw
    i = 0
    while i < len(loc):
        key = loc[i]
        if key in _LABELS and i + 1 < len(loc) and isinstance(loc[i + 1], int):
            idx = loc[i + 1]
            seq = node.get(key) if isinstance(node, Mapping) else None
            child = seq[idx] if isinstance(seq, list) and idx < len(seq) else None
            ident = child.get("id") if isinstance(child, Mapping) else None
            parts.append(f"{_LABELS[key]} '{ident}'" if ident else f"{_LABELS[key]} #{idx + 1}")
            node = child
            i += 2
            continue
        if isinstance(key, str) and key not in ("choice", "hours"):
            parts.append(key)
        node = node.get(key) if isinstance(node, Mapping) else None
        i += 1
    return " ".join(parts)


def parse_task_finder(
    text: str, file: str = FILE_NAME
) -> tuple[TaskFinder | None, list[ChecklistError]]:
    """Parse and check the task finder's text; the finder, or one error per problem."""
    raw, problems = read_toml(text, file)
    if raw is None:
        return None, problems
    if not raw:
        return None, [ChecklistError(file, "", "is empty (no task finder in it)")]
    try:
        return TaskFinder.model_validate(raw), []
    except ValidationError as exc:
        return None, [
            ChecklistError(file, _place(raw, tuple(err.get("loc", ()))), _pretty(err))
            for err in exc.errors()
        ]


def task_finder_path() -> Path:
    return paths.checklists_dir() / FILE_NAME


def read_task_finder(path: Path | None = None) -> tuple[TaskFinder | None, list[ChecklistError]]:
    """Read and check the file (default: the shipped one); never raises for a bad file."""
    path = Path(path) if path is not None else task_finder_path()
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return None, [ChecklistError(path.name, "", t("checklists.not_regular_file"))]
        with path.open("rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        return None, [ChecklistError(path.name, "", f"cannot be read ({exc.strerror or exc})")]
    if len(data) > MAX_FILE_BYTES:
        return None, [ChecklistError(path.name, "", t("checklists.too_big"))]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, [
            ChecklistError(path.name, f"byte {exc.start}", "is not UTF-8 text (save it as UTF-8)")
        ]
    return parse_task_finder(text, path.name)


_cache: dict[tuple[str, int, int], TaskFinder] = {}


def load_task_finder(path: Path | None = None) -> TaskFinder:
    """The task finder (default: the shipped file), cached while the file is unchanged.

    Raises TaskFinderError (its text: the first named problem) for a broken file.
    """
    path = Path(path) if path is not None else task_finder_path()
    try:
        st = path.stat()
        key = (str(path.resolve()), st.st_mtime_ns, st.st_size)
    except OSError:
        key = None
    if key is not None and key in _cache:
        return _cache[key]
    finder, errors = read_task_finder(path)
    if finder is None:
        raise TaskFinderError(errors)
    if key is not None:
        _cache[key] = finder
    return finder
