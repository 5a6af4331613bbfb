"""Later meetings: a new version of a signed meeting (to change it) and a follow-up that
carries its open actions; ``Meeting`` gets these methods from the mixin."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from remotework_desktop.core.checklists import AnswerError, parse_date
from remotework_desktop.core.meeting_actions import Action
from remotework_desktop.core.meeting_base import MeetingError, _now, new_id
from remotework_desktop.core.text import t

if TYPE_CHECKING:
    from remotework_desktop.core.meetings import Meeting


class VersionsMixin:
    """New-version and follow-up methods of ``Meeting`` (see the module docstring)."""

    if TYPE_CHECKING:
        meeting_date: str
        follow_up_date: str | None

        @property
        def is_signed(self) -> bool: ...
        def copied_tasks(self) -> dict[str, Any]: ...

    def new_version(self) -> Meeting:
        """A draft copy of a signed meeting to change it; the signed one stays as it was."""
        from remotework_desktop.core.meetings import Meeting

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
        from remotework_desktop.core.meetings import Meeting

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


def _before_original(date: str) -> str:
    return t("meetings.date_before_original", date=date)
