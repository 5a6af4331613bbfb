"""The agreed actions: ``Action`` and the methods ``Meeting`` gets to add, change, remove
and sort them (a mixin, like ``meeting_tasks``); each checked like the other setters."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any

from remotework_desktop.core.checklists import AnswerError, parse_date
from remotework_desktop.core.meeting_base import (
    MAX_ACTION,
    MAX_NAME,
    OWNERS,
    MeetingError,
    Owner,
    _Model,
    new_id,
)
from remotework_desktop.core.meeting_details import _text_errors
from remotework_desktop.core.schema import Field
from remotework_desktop.core.text import t
from remotework_desktop.core.text_rules import normalise

if TYPE_CHECKING:
    from remotework_desktop.core.checklists import Item
    from remotework_desktop.core.meetings import Meeting


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


class ActionsMixin:
    """Action methods of ``Meeting`` (see the module docstring)."""

    if TYPE_CHECKING:
        actions: list[Action]

        def _check_editable(self) -> None: ...
        def _touch(self) -> None: ...
        def _item(self, checklist_id: str, item_id: str) -> Item: ...

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
