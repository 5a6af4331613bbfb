"""The meeting model: who met, the answers, the agreed actions, the signatures and the state.

Every rule about a meeting lives here (required fields, what may change when, how signing
locks it, how a follow-up or a new version is made), so the GUI and the CLI only call it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

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
from remotework_desktop.core.meeting_tasks import TasksMixin, task_part_for
from remotework_desktop.core.tasks import Task, TaskFinder
from remotework_desktop.core.text import LANGUAGES, t
from remotework_desktop.core.text_rules import normalise, text_problem

Status = Literal["open", "agreed", "not_relevant", "follow_up"]
STATUSES: tuple[str, ...] = ("open", "agreed", "not_relevant", "follow_up")
Owner = Literal["manager", "employee", "both", "other"]
OWNERS: tuple[str, ...] = ("manager", "employee", "both", "other")
Role = Literal["manager", "employee"]
ROLES: tuple[str, ...] = ("manager", "employee")
State = Literal["draft", "signed"]
Language = Literal["da", "en"]


def sign_statement(lang: str | None = None) -> str:
    """What both confirm when they sign, in ``lang``; recorded word for word in the signature."""
    return t("meetings.sign_statement", lang)


MAX_NAME = 200
MAX_ACTION = 2000
MAX_NOTE = 20_000


class MeetingError(ValueError):
    """A rule about meetings was broken; ``fields`` maps field names to plain messages."""

    def __init__(self, message: str, fields: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.fields: dict[str, str] = dict(fields or {})


class LockedError(MeetingError):
    """The meeting is signed and can no longer be changed (the model and the store say so)."""

    def __init__(self) -> None:
        super().__init__(t("meetings.locked"))


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def new_id() -> str:
    return uuid.uuid4().hex[:12]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class ItemEntry(_Model):
    answer: Any = None
    status: Status = "open"
    note: str = ""
    private: bool = False

    def is_empty(self) -> bool:
        return self.answer is None and self.status == "open" and not self.note and not self.private


class Action(_Model):
    id: str = Field(default_factory=new_id)
    what: Annotated[str, Field(min_length=1, max_length=2000)]
    owner: Owner = "both"
    owner_name: str = ""
    deadline: str | None = None
    done: bool = False
    checklist_id: str | None = None
    item_id: str | None = None
    carried_from: str | None = None

    def owner_label(self, lang: str, meeting: Meeting | None = None) -> str:
        if self.owner == "other":
            return self.owner_name or t("owner.other", lang)
        label = t(f"owner.{self.owner}", lang)
        if meeting is not None and self.owner == "manager":
            return f"{label} ({meeting.manager_name})"
        if meeting is not None and self.owner == "employee":
            return f"{label} ({meeting.employee_name})"
        return label


Point = tuple[float, float]


class Signature(_Model):
    role: Role
    name: Annotated[str, Field(min_length=1, max_length=MAX_NAME)]
    signed_at: str
    method: Literal["drawn", "typed"]
    # Vector strokes, each a list of (x, y) points in a 0..1000 x 0..(1000*aspect) box.
    strokes: list[list[Point]] = Field(default_factory=list)
    width: float = 1000.0
    height: float = 300.0
    statement: str


class ChecklistRef(_Model):
    """Which definition a meeting was started from; the snapshot itself is in ``snapshots``."""

    id: str
    version: int
    digest: str


def _is_none(value: Any) -> bool:
    return value is None


def _is_empty(value: Any) -> bool:
    return not value


class Meeting(TasksMixin, _Model):
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

    def add_action(
        self,
        what: str,
        owner: str = "both",
        deadline: str | dt.date | None = None,
        owner_name: str = "",
        checklist_id: str | None = None,
        item_id: str | None = None,
    ) -> Action:
        self._check_editable()
        action = Action(what="-", owner="both")
        self._apply_action(action, what=what, owner=owner, deadline=deadline, owner_name=owner_name)
        if checklist_id is not None or item_id is not None:
            if checklist_id is None or item_id is None:
                raise MeetingError(t("meetings.action_link_incomplete"))
            item = self._item(checklist_id, item_id)
            if not item.actionable:
                raise MeetingError(t("meetings.not_actionable"))
            action.checklist_id, action.item_id = checklist_id, item_id
        self.actions.append(action)
        self._touch()
        return action

    def update_action(self, action_id: str, **fields: Any) -> Action:
        self._check_editable()
        action = self.action(action_id)
        self._apply_action(action, **fields)
        self._touch()
        return action

    def remove_action(self, action_id: str) -> None:
        self._check_editable()
        action = self.action(action_id)
        self.actions.remove(action)
        self._touch()

    def action(self, action_id: str) -> Action:
        for a in self.actions:
            if a.id == action_id:
                return a
        raise MeetingError(t("meetings.no_action", action_id=action_id))

    @staticmethod
    def _apply_action(action: Action, **fields: Any) -> None:
        errors: dict[str, str] = {}
        allowed = {"what", "owner", "owner_name", "deadline", "done"}
        unknown = set(fields) - allowed
        if unknown:
            raise MeetingError(t("meetings.unknown_field", fields=", ".join(sorted(unknown))))
        what = fields.get("what", action.what)
        what = what.strip() if isinstance(what, str) else ""
        if not what:
            errors["what"] = t("meetings.write_what")
        elif "what" in fields:  # text stored before these rules stays until it is edited
            # Several lines, like the window's box for it and the PDF's cell.
            errors.update(_text_errors("what", what, MAX_ACTION, multiline=True))
            what = normalise(what, multiline=True)
        owner = fields.get("owner", action.owner)
        if owner not in OWNERS:
            errors["owner"] = t("meetings.choose_owner")
        owner_name = str(fields.get("owner_name", action.owner_name) or "").strip()
        if owner == "other" and not owner_name:
            errors["owner_name"] = t("meetings.write_owner_name")
        elif owner == "other" and "owner_name" in fields:
            errors.update(_text_errors("owner_name", owner_name, MAX_NAME))
            owner_name = normalise(owner_name)
        deadline = fields.get("deadline", action.deadline)
        if deadline in ("", None):
            deadline = None
        else:
            try:
                deadline = parse_date(deadline).isoformat()
            except AnswerError as exc:
                errors["deadline"] = str(exc)
        if errors:
            raise MeetingError(next(iter(errors.values())), errors)
        action.what = what
        action.owner = owner
        action.owner_name = owner_name if owner == "other" else ""
        action.deadline = deadline
        if "done" in fields:
            action.done = bool(fields["done"])

    def sorted_actions(self, key: str = "deadline") -> list[Action]:
        if key == "owner":
            return sorted(self.actions, key=lambda a: (OWNERS.index(a.owner), a.deadline or "~"))
        if key == "what":
            return sorted(self.actions, key=lambda a: a.what.casefold())
        if key == "done":
            return sorted(self.actions, key=lambda a: (a.done, a.deadline or "~"))
        return sorted(self.actions, key=lambda a: (a.deadline or "9999-99-99", a.what.casefold()))

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

    def sign(
        self,
        role: str,
        name: str,
        *,
        method: str = "typed",
        strokes: Iterable[Iterable[Point]] = (),
        width: float = 1000.0,
        height: float = 300.0,
        confirmed: bool = False,
        when: dt.datetime | None = None,
        statement_lang: str | None = None,
    ) -> Signature:
        """Add one signature; when both have signed the meeting is locked and fingerprinted.

        ``statement_lang`` is the language the signer read the statement in (default: the
        meeting's language); the statement is recorded word for word.
        """
        self._check_editable()
        if self.is_preparation:
            raise MeetingError(t("tasks.preparation_cannot_sign"))
        if role not in ROLES:
            raise MeetingError(t("meetings.not_a_role", role=role))
        if not confirmed:
            raise MeetingError(t("meetings.confirm_first"))
        name = (name if isinstance(name, str) else "").strip()
        if not name:
            raise MeetingError(
                t("meetings.name_to_sign"),
                {"name": t("meetings.write_your_name")},
            )
        problem = text_problem(name) or unprintable_problem(name)
        if problem:
            raise MeetingError(problem, {"name": problem})
        # A signed plan never prints an empty box: the details it prints must print too.
        for detail in (self.company, self.manager_title):
            if problem := unprintable_problem(detail):
                raise MeetingError(problem)
        name = normalise(name)
        expected = self.manager_name if role == "manager" else self.employee_name
        if name.casefold() != normalise(expected.strip()).casefold():
            raise MeetingError(
                t("meetings.name_not_on_meeting", expected=expected),
                {"name": t("meetings.name_expected", expected=expected)},
            )
        if self.signature(role) is not None:
            raise MeetingError(t(f"meetings.already_signed.{role}"))
        stroke_list = [[(round(float(x), 1), round(float(y), 1)) for x, y in s] for s in strokes]
        stroke_list = [s for s in stroke_list if s]
        if method == "drawn" and not any(len(s) >= 2 for s in stroke_list):
            raise MeetingError(t("meetings.pad_empty"))
        if method not in ("drawn", "typed"):
            raise MeetingError(t("meetings.unknown_method", method=method))
        when = when or dt.datetime.now(dt.UTC)
        signature = Signature(
            role=role,  # type: ignore[arg-type]
            name=name,
            signed_at=when.astimezone(dt.UTC).replace(microsecond=0).isoformat(),
            method=method,  # type: ignore[arg-type]
            strokes=stroke_list if method == "drawn" else [],
            width=width,
            height=height,
            statement=sign_statement(
                statement_lang if statement_lang in LANGUAGES else self.language
            ),
        )
        self.signatures.append(signature)
        if all(self.signature(r) is not None for r in ROLES):
            self.state = "signed"
            self.fingerprint = self.compute_fingerprint()
        self._touch()
        return signature

    def remove_signature(self, role: str) -> None:
        """Take back a signature before both have signed (e.g. the wrong person signed)."""
        self._check_editable()
        self.signatures = [s for s in self.signatures if s.role != role]
        self._touch()

    # -- later meetings --------------------------------------------------------------------
    def new_version(self) -> Meeting:
        """A draft copy of a signed meeting to change it; the signed one stays as it was."""
        if not self.is_signed:
            raise MeetingError(t("meetings.new_version_needs_signed"))
        data = self.model_dump(mode="python")
        data.update(
            id=new_id(),
            signatures=[],
            state="draft",
            version=self.version + 1,
            amends=self.id,
            fingerprint=None,
            created_at=_now(),
            updated_at=_now(),
        )
        return Meeting.model_validate(data)

    def default_follow_up_date(self, today: dt.date | None = None) -> str:
        """A follow-up's date unless told: the date agreed, else today; never before this."""
        date = self.follow_up_date or (today or dt.date.today()).isoformat()
        return max(date, self.meeting_date)

    def follow_up(self, meeting_date: str | dt.date | None = None) -> Meeting:
        """A new meeting that follows up this signed one and carries its open actions."""
        if not self.is_signed:
            raise MeetingError(t("meetings.follow_up_needs_signed"))
        if meeting_date in (None, ""):
            meeting_date = self.default_follow_up_date()
        try:
            date = parse_date(meeting_date).isoformat()
        except AnswerError as exc:
            raise MeetingError(str(exc), {"meeting_date": str(exc)}) from exc
        if date < self.meeting_date:
            message = _before_original(self.meeting_date)
            raise MeetingError(message, {"meeting_date": message})
        carried = [
            Action(
                what=a.what,
                owner=a.owner,
                owner_name=a.owner_name,
                deadline=a.deadline,
                checklist_id=a.checklist_id,
                item_id=a.item_id,
                carried_from=self.id,
            )
            for a in self.actions
            if not a.done
        ]
        return Meeting(
            company=self.company,
            manager_name=self.manager_name,
            manager_title=self.manager_title,
            employee_name=self.employee_name,
            meeting_date=date,
            language=self.language,
            checklists=[ref.model_copy() for ref in self.checklists],
            snapshots={k: dict(v) for k, v in self.snapshots.items()},
            # The answers are where the follow-up starts from; each item is discussed anew,
            # so its status starts over.
            entries={
                cid: {iid: e.model_copy(update={"status": "open"}) for iid, e in items.items()}
                for cid, items in self.entries.items()
            },
            actions=carried,
            follows=self.id,
            **self.copied_tasks(),
            previous_answers={
                cid: {iid: e.answer for iid, e in items.items() if e.answer is not None}
                for cid, items in self.entries.items()
            },
        )


def unprintable_problem(text: str) -> str | None:
    """A plain message naming the characters no font of the PDF prints (emoji …), else None.

    Signing refuses such a name; the new-meeting dialog shows it beside the field as typed.
    """
    from remotework_desktop.core.pdf.fonts import unprintable_characters

    found = unprintable_characters(text)
    if not found:
        return None
    shown = ", ".join(f"»{ch}« (U+{ord(ch):04X})" for ch in found)
    return t("meetings.unprintable", shown=shown)


def _before_original(date: str) -> str:
    return t("meetings.date_before_original", date=date)


def _text_errors(key: str, value: str, limit: int, *, multiline: bool = False) -> dict[str, str]:
    """{key: message} if ``value`` may not be the field's text (one line unless ``multiline``)."""
    problem = text_problem(value, multiline=multiline)
    if problem:
        return {key: problem}
    if len(normalise(value, multiline=multiline)) > limit:
        return {key: t("meetings.too_long", limit=limit)}
    return {}


def check_details(
    company: Any,
    manager_name: Any,
    manager_title: Any,
    employee_name: Any,
    meeting_date: Any,
    language: Any = "da",
    *,
    allow_no_employee: bool = False,
) -> dict[str, Any]:
    """Check the meeting's details; raise MeetingError naming each field that is wrong.

    ``allow_no_employee``: a preparation (only the task part) may leave the employee out.
    """
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    given = {"company": company, "manager_name": manager_name, "employee_name": employee_name}
    for key, label in (
        ("company", t("meetings.write_company")),
        ("manager_name", t("meetings.write_manager_name")),
        ("employee_name", t("meetings.write_employee_name")),
    ):
        value = given[key]
        value = value.strip() if isinstance(value, str) else ""
        if not value and key == "employee_name" and allow_no_employee:
            pass
        elif not value:
            errors[key] = label
        else:
            errors.update(_text_errors(key, value, MAX_NAME))
        clean[key] = normalise(value)
    title = manager_title.strip() if isinstance(manager_title, str) else ""
    errors.update(_text_errors("manager_title", title, MAX_NAME))
    clean["manager_title"] = normalise(title)
    try:
        clean["meeting_date"] = parse_date(meeting_date).isoformat()
    except AnswerError:
        errors["meeting_date"] = t("meetings.write_meeting_date")
    if language not in LANGUAGES:
        errors["language"] = t("meetings.language_da_or_en")
    clean["language"] = language
    if errors:
        raise MeetingError(next(iter(errors.values())), errors)
    return clean


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
