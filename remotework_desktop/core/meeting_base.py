"""What every part of the meeting model shares: the literal types, the limits, the errors.

Kept apart so ``meetings.py`` and its parts (``meeting_details``, ``meeting_actions``,
``meeting_versions``, ``meeting_signing``) import it without importing each other.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Literal

from remotework_desktop.core.schema import ConfigDict, Model
from remotework_desktop.core.text import t

Status = Literal["open", "agreed", "not_relevant", "follow_up"]
STATUSES: tuple[str, ...] = ("open", "agreed", "not_relevant", "follow_up")
Owner = Literal["manager", "employee", "both", "other"]
OWNERS: tuple[str, ...] = ("manager", "employee", "both", "other")
Role = Literal["manager", "employee"]
ROLES: tuple[str, ...] = ("manager", "employee")
State = Literal["draft", "signed"]
Language = Literal["da", "en"]


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


class _Model(Model):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)
