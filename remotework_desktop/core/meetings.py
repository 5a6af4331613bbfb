"""The meeting model: who met, the answers, the agreed actions, the signatures and the state.

Every rule about a meeting lives here (required fields, what may change when, how signing
locks it, how a follow-up or a new version is made), so the GUI and the CLI only call it.
Some rules sit in parts ``Meeting`` is made of (mixins) or uses: ``meeting_base`` (types,
limits, errors), ``meeting_details``, ``meeting_actions``, ``meeting_signing``,
``meeting_versions`` and ``meeting_tasks``; import every name from this module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from remotework_desktop.core.checklists import (
    AnswerError,
    ChecklistDefinition,
    Item,
    parse_date,
    pending_items,
    validate_answer,
    visible_items,
)
from remotework_desktop.core.fingerprint import canonical_digest
from remotework_desktop.core.meeting_actions import Action, ActionsMixin
from remotework_desktop.core.meeting_base import (
    MAX_ACTION,
    MAX_NAME,
    MAX_NOTE,
    OWNERS,
    ROLES,
    STATUSES,
    Language,
    LockedError,
    MeetingError,
    Owner,
    Role,
    State,
    Status,
    _Model,
    _now,
    new_id,
)
from remotework_desktop.core.meeting_details import check_details, unprintable_problem
from remotework_desktop.core.meeting_signing import Point, Signature, SigningMixin, sign_statement
from remotework_desktop.core.meeting_tasks import TasksMixin, task_part_for
from remotework_desktop.core.meeting_versions import VersionsMixin, _before_original
from remotework_desktop.core.schema import Field, ValidationError
from remotework_desktop.core.tasks import Task, TaskFinder
from remotework_desktop.core.text import t
from remotework_desktop.core.text_rules import normalise, text_problem

# Moved to the modules above; named here too, so every caller imports from this module.
__all__ = [
    "MAX_ACTION",
    "MAX_NAME",
    "MAX_NOTE",
    "OWNERS",
    "ROLES",
    "STATUSES",
    "Action",
    "ChecklistRef",
    "ItemEntry",
    "Language",
    "LockedError",
    "Meeting",
    "MeetingError",
    "Owner",
    "Point",
    "Role",
    "Signature",
    "State",
    "Status",
    "check_details",
    "meeting_from_dict",
    "new_id",
    "new_meeting",
    "sign_statement",
    "unprintable_problem",
]


class ItemEntry(_Model):
    answer: Any = None
    status: Status = "open"
    note: str = ""
    private: bool = False

    def is_empty(self) -> bool:
        return self.answer is None and self.status == "open" and not self.note and not self.private


class ChecklistRef(_Model):
    """Which definition a meeting was started from; the snapshot itself is in ``snapshots``."""

    id: str
    version: int
    digest: str


def _is_none(value: Any) -> bool:
    return value is None


def _is_empty(value: Any) -> bool:
    return not value


class Meeting(TasksMixin, ActionsMixin, SigningMixin, VersionsMixin, _Model):
    id: str = Field(default_factory=new_id)
    company: str
    manager_name: str
    manager_title: str = ""
    employee_name: str
    meeting_date: str
    language: Language = "da"
    checklists: list[ChecklistRef] = Field(default_factory=list)
    snapshots: dict[str, dict[str, Any]] = Field(default_factory=dict)
    entries: dict[str, dict[str, ItemEntry]] = Field(default_factory=dict)
    actions: list[Action] = Field(default_factory=list)
    follow_up_date: str | None = None
    signatures: list[Signature] = Field(default_factory=list)
    state: State = "draft"
    version: int = 1
    follows: str | None = None
    # In a follow-up: the answers as they stood in the signed meeting it follows, so the two
    # can evaluate against what they signed even after changing an answer.
    previous_answers: dict[str, dict[str, Any]] = Field(default_factory=dict)
    amends: str | None = None
    fingerprint: str | None = None
    created_at: str = Field(default_factory=_now)
    updated_at: str = Field(default_factory=_now)
    # The task part (core/meeting_tasks.py); left out of every dump while empty, so a
    # meeting without it is stored and fingerprinted exactly as before.
    task_part: ChecklistRef | None = Field(default=None, exclude_if=_is_none)
    task_snapshot: dict[str, Any] | None = Field(default=None, exclude_if=_is_none)
    tasks: list[Task] = Field(default_factory=list, exclude_if=_is_empty)

    # -- reading ---------------------------------------------------------------------------
    @property
    def is_signed(self) -> bool:
        return self.state == "signed"

    def definition(self, checklist_id: str) -> ChecklistDefinition:
        cached = self.__dict__.setdefault("_defs", {})
        if checklist_id not in cached:
            if checklist_id not in self.snapshots:
                raise MeetingError(t("meetings.no_checklist", checklist_id=checklist_id))
            cached[checklist_id] = ChecklistDefinition.from_snapshot(self.snapshots[checklist_id])
        return cached[checklist_id]

    def definitions(self) -> list[ChecklistDefinition]:
        return [self.definition(ref.id) for ref in self.checklists]

    def entry(self, checklist_id: str, item_id: str) -> ItemEntry:
        """The item's entry; for an item nobody has touched, a fresh one (not stored)."""
        found = self.entries.get(checklist_id, {}).get(item_id)
        return found if found is not None else self._fresh_entry(checklist_id, item_id)

    def _fresh_entry(self, checklist_id: str, item_id: str) -> ItemEntry:
        """An entry with no choices made yet: the one place the private default lives.

        An item its checklist marks ``private`` is private until someone says otherwise,
        whether the entry is only read (the PDF, the window) or created by a first change.
        """
        item = (
            self.definition(checklist_id).item(item_id) if checklist_id in self.snapshots else None
        )
        return ItemEntry(private=item is not None and item.private)

    def answers(self, checklist_id: str) -> dict[str, Any]:
        return {k: e.answer for k, e in self.entries.get(checklist_id, {}).items()}

    def visible_items(self, checklist_id: str) -> list[Item]:
        return visible_items(self.definition(checklist_id), self.answers(checklist_id))

    def pending_items(self, checklist_id: str) -> list[Item]:
        """Shown items whose condition depends on answers not given yet."""
        return pending_items(self.definition(checklist_id), self.answers(checklist_id))

    def plan_value(self, plan_field: str) -> tuple[Item, ItemEntry, str] | None:
        """The item (and its entry) that fills one field of the agreed plan, if any."""
        for ref in self.checklists:
            definition = self.definition(ref.id)
            for item in visible_items(definition, self.answers(ref.id)):
                if item.plan == plan_field:
                    return item, self.entry(ref.id, item.id), ref.id
        return None

    def previous_answer(self, checklist_id: str, item_id: str) -> Any:
        """In a follow-up, the answer agreed in the signed meeting (None if there was none)."""
        return self.previous_answers.get(checklist_id, {}).get(item_id)

    def signature(self, role: str) -> Signature | None:
        return next((s for s in self.signatures if s.role == role), None)

    def summary(self) -> dict[str, Any]:
        """The few fields the meeting list shows."""
        return {
            "id": self.id,
            "company": self.company,
            "manager_name": self.manager_name,
            "employee_name": self.employee_name,
            "meeting_date": self.meeting_date,
            "follow_up_date": self.follow_up_date,
            "state": self.state,
            "version": self.version,
            "updated_at": self.updated_at,
            "follows": self.follows,
            "amends": self.amends,
        }

    # -- changing --------------------------------------------------------------------------
    def _check_editable(self) -> None:
        if self.is_signed:
            raise LockedError()

    def _item(self, checklist_id: str, item_id: str) -> Item:
        item = self.definition(checklist_id).item(item_id)
        if item is None:
            raise MeetingError(t("meetings.no_item", checklist_id=checklist_id, item_id=item_id))
        return item

    def _touch(self) -> None:
        self.updated_at = _now()

    def _entry_for_update(self, checklist_id: str, item_id: str) -> ItemEntry:
        self._check_editable()
        item = self._item(checklist_id, item_id)
        entries = self.entries.setdefault(checklist_id, {})
        if item_id not in entries:
            entries[item_id] = self._fresh_entry(checklist_id, item.id)
        return entries[item_id]

    def set_answer(self, checklist_id: str, item_id: str, value: Any) -> None:
        item = self._item(checklist_id, item_id)
        if isinstance(value, str):
            problem = text_problem(value, multiline=True)
            if problem:
                raise MeetingError(problem, {"answer": problem})
            value = normalise(value, multiline=True)
        normalised = validate_answer(item, value)
        self._entry_for_update(checklist_id, item_id).answer = normalised
        self._touch()

    def set_status(self, checklist_id: str, item_id: str, status: str) -> None:
        if status not in STATUSES:
            raise MeetingError(t("meetings.bad_status", status=status))
        self._entry_for_update(checklist_id, item_id).status = status  # type: ignore[assignment]
        self._touch()

    def set_note(self, checklist_id: str, item_id: str, note: str) -> None:
        if not isinstance(note, str):
            raise MeetingError(t("meetings.note_not_text"))
        problem = text_problem(note, multiline=True)
        if problem:
            raise MeetingError(problem, {"note": problem})
        note = normalise(note, multiline=True)
        if len(note) > MAX_NOTE:
            raise MeetingError(t("meetings.note_too_long"))
        self._entry_for_update(checklist_id, item_id).note = note
        self._touch()

    def set_private(self, checklist_id: str, item_id: str, private: bool) -> None:
        self._entry_for_update(checklist_id, item_id).private = bool(private)
        self._touch()

    def set_details(self, **fields: Any) -> None:
        """Change company, names, title, date or language, with the same checks as creation."""
        self._check_editable()
        allowed = {
            "company",
            "manager_name",
            "manager_title",
            "employee_name",
            "meeting_date",
            "language",
        }
        unknown = set(fields) - allowed
        if unknown:
            raise MeetingError(t("meetings.unknown_field", fields=", ".join(sorted(unknown))))
        merged = {k: getattr(self, k) for k in allowed} | fields
        clean = check_details(**merged, allow_no_employee=self.has_tasks and not self.checklists)
        for k in fields:
            setattr(self, k, clean[k])
        self._touch()

    def checklists_with_answers(self, keep: Iterable[str]) -> list[str]:
        """The ids of this meeting's checklists not in ``keep`` that hold answers or notes."""
        kept = set(keep)
        return [
            ref.id
            for ref in self.checklists
            if ref.id not in kept
            and any(not e.is_empty() for e in self.entries.get(ref.id, {}).values())
        ]

    def update_details(
        self,
        *,
        company: Any,
        manager_name: Any,
        manager_title: Any,
        employee_name: Any,
        meeting_date: Any,
        language: Any = None,
        checklists: Iterable[ChecklistDefinition] | None = None,
        drop_answers: bool = False,
        not_before: str | None = None,
        tasks: bool | None = None,
    ) -> None:
        """Change a draft's details and which checklists it holds, checked like a new one.

        A checklist that holds answers is removed only with ``drop_answers`` (the window
        asks first); a checklist kept keeps its snapshot, one added is snapshotted now.
        ``not_before`` is the earliest date allowed (a follow-up's original's date).
        ``tasks`` adds (True) or removes (False) the task part; None keeps it as it is.
        Raises MeetingError with ``fields``; a signed meeting changes only by a new version.
        """
        self._check_editable()
        errors: dict[str, str] = {}
        clean: dict[str, Any] = {}
        chosen = list(checklists) if checklists is not None else None
        with_tasks = self.has_tasks if tasks is None else bool(tasks)
        try:
            clean = check_details(
                company,
                manager_name,
                manager_title,
                employee_name,
                meeting_date,
                self.language if language is None else language,
                allow_no_employee=with_tasks
                and not (self.checklists if chosen is None else chosen),
            )
        except MeetingError as exc:
            errors.update(exc.fields)
        if self.tasks and not with_tasks and not drop_answers:
            errors["tasks"] = t("tasks.removed_part_has_tasks", count=len(self.tasks))
        if "meeting_date" in clean and not_before and clean["meeting_date"] < not_before:
            errors["meeting_date"] = _before_original(not_before)
        if chosen is not None:
            ids = [d.id for d in chosen]
            if not chosen and not with_tasks:
                errors["checklists"] = t("meetings.choose_checklist")
            elif len(set(ids)) != len(ids):
                errors["checklists"] = t("meetings.checklist_twice")
            elif not drop_answers and self.checklists_with_answers(ids):
                n = len(self.checklists_with_answers(ids))
                errors["checklists"] = t("meetings.removed_checklists_have_answers", count=n)
        if errors:
            raise MeetingError(next(iter(errors.values())), errors)
        for key, value in clean.items():
            setattr(self, key, value)
        if chosen is not None:
            old = {ref.id: ref for ref in self.checklists}
            refs = [
                old.get(d.id) or ChecklistRef(id=d.id, version=d.version, digest=d.digest())
                for d in chosen
            ]
            snapshots = {
                d.id: self.snapshots[d.id] if d.id in self.snapshots else d.snapshot()
                for d in chosen
            }
            ids = set(snapshots)
            self.checklists = refs
            self.snapshots = snapshots
            self.entries = {k: v for k, v in self.entries.items() if k in ids}
            self.previous_answers = {k: v for k, v in self.previous_answers.items() if k in ids}
            for action in self.actions:
                if action.checklist_id is not None and action.checklist_id not in ids:
                    action.checklist_id = action.item_id = None
            self.__dict__.pop("_defs", None)
        if with_tasks and not self.has_tasks:
            from remotework_desktop.core.tasks import load_task_finder

            self.task_part, self.task_snapshot = task_part_for(load_task_finder())
        elif not with_tasks:
            self.task_part, self.task_snapshot, self.tasks = None, None, []
        self._touch()

    def signing_gaps(self) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """(undiscussed, refused): shown items not yet discussed, and shown items whose
        stored answer the checklist's rules now refuse, each as (checklist id, item id)."""
        undiscussed: list[tuple[str, str]] = []
        refused: list[tuple[str, str]] = []
        for ref in self.checklists:
            for item in self.visible_items(ref.id):
                entry = self.entry(ref.id, item.id)
                if entry.status == "open":
                    undiscussed.append((ref.id, item.id))
                if entry.answer is not None:
                    try:
                        validate_answer(item, entry.answer)
                    except (AnswerError, ValueError):
                        refused.append((ref.id, item.id))
        return undiscussed, refused

    def set_follow_up_date(self, value: str | dt.date | None) -> None:
        self._check_editable()
        if value in (None, ""):
            self.follow_up_date = None
        else:
            try:
                self.follow_up_date = parse_date(value).isoformat()
            except AnswerError as exc:
                raise MeetingError(str(exc), {"follow_up_date": str(exc)}) from exc
        self._touch()

    # -- progress --------------------------------------------------------------------------
    def progress(self, checklist_id: str) -> tuple[int, int]:
        """(discussed, total) over the visible items of one checklist."""
        items = self.visible_items(checklist_id)
        done = sum(1 for i in items if self.entry(checklist_id, i.id).status != "open")
        return done, len(items)

    def total_progress(self) -> tuple[int, int]:
        done = total = 0
        for ref in self.checklists:
            d, t = self.progress(ref.id)
            done, total = done + d, total + t
        return done, total

    # -- signing ---------------------------------------------------------------------------
    def canonical(self) -> dict[str, Any]:
        """What the fingerprint covers: content and signatures, snapshots by their digest."""
        data = self.model_dump(mode="json")
        for key in ("fingerprint", "updated_at", "snapshots", "task_snapshot"):
            data.pop(key, None)
        if self.has_tasks:
            data["tasks"] = self.tasks_canonical()
        # Leave out empty entries so an untouched item and a cleared one are the same.
        data["entries"] = {
            cid: {iid: e for iid, e in items.items() if e != ItemEntry().model_dump(mode="json")}
            for cid, items in data["entries"].items()
        }
        data["entries"] = {cid: v for cid, v in data["entries"].items() if v}
        return data

    def compute_fingerprint(self) -> str:
        return canonical_digest(self.canonical())


def new_meeting(
    *,
    company: str,
    manager_name: str,
    employee_name: str,
    meeting_date: str | dt.date,
    checklists: Iterable[ChecklistDefinition],
    manager_title: str = "",
    language: str = "da",
    tasks: bool = False,
    task_finder: TaskFinder | None = None,
) -> Meeting:
    """Start a meeting from the chosen checklist definitions (snapshotted into the meeting).

    ``tasks`` adds the task part (``task_finder``, default the shipped file, snapshotted).
    With only the task part the employee may be left out: a preparation by the manager.
    """
    chosen = list(checklists)
    clean = check_details(
        company,
        manager_name,
        manager_title,
        employee_name,
        meeting_date,
        language,
        allow_no_employee=tasks and not chosen,
    )
    task_fields: dict[str, Any] = {}
    if tasks:
        if task_finder is None:
            from remotework_desktop.core.tasks import load_task_finder

            task_finder = load_task_finder()
        ref, snapshot = task_part_for(task_finder)
        task_fields = {"task_part": ref, "task_snapshot": snapshot}
    if not chosen and not tasks:
        raise MeetingError(
            t("meetings.choose_checklist"),
            {"checklists": t("meetings.choose_checklist")},
        )
    ids = [d.id for d in chosen]
    if len(set(ids)) != len(ids):
        raise MeetingError(t("meetings.checklist_twice"))
    return Meeting(
        **clean,
        checklists=[ChecklistRef(id=d.id, version=d.version, digest=d.digest()) for d in chosen],
        snapshots={d.id: d.snapshot() for d in chosen},
        **task_fields,
    )


def meeting_from_dict(data: Mapping[str, Any]) -> Meeting:
    """Rebuild a meeting from stored data; raises MeetingError in plain words if it is bad."""
    try:
        return Meeting.model_validate(dict(data))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise MeetingError(t("meetings.damaged", where=where, error=first.get("msg"))) from exc
