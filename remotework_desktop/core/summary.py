"""A meeting's summary: the few fields the meeting list and ``list`` show, from the index.

Light on purpose (the standard library only): the list is shown at start-up, before the
meeting model (pydantic) is loaded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

SIGNED = "signed"


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    id: str
    company: str = ""
    manager_name: str = ""
    employee_name: str = ""
    meeting_date: str = ""
    follow_up_date: str | None = None
    state: str = "draft"
    version: int = 1
    updated_at: str = ""
    follows: str | None = None  # the signed agreement this meeting follows up
    amends: str | None = None  # the signed meeting this is a new version of

    @property
    def is_signed(self) -> bool:
        """Signed and locked (the one place that says what a summary's state means)."""
        return self.state == SIGNED

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MeetingSummary:
        """From the stored form (``Meeting.summary()``, kept in the index)."""
        return cls(
            id=str(data["id"]),
            company=str(data.get("company") or ""),
            manager_name=str(data.get("manager_name") or ""),
            employee_name=str(data.get("employee_name") or ""),
            meeting_date=str(data.get("meeting_date") or ""),
            follow_up_date=data.get("follow_up_date") or None,
            state=str(data.get("state") or "draft"),
            version=int(data.get("version") or 1),
            updated_at=str(data.get("updated_at") or ""),
            follows=data.get("follows") or None,
            amends=data.get("amends") or None,
        )

    def as_dict(self) -> dict[str, Any]:
        """The stored form again, e.g. for ``list --json``."""
        return asdict(self)
