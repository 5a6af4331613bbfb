"""A meeting's summary: the few fields the meeting list and ``list`` show, from the index.

Light on purpose (the standard library only): the list is shown at start-up, before the
meeting model is loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, overload

SIGNED = "signed"
FIELDS = (
    "id",
    "company",
    "manager_name",
    "employee_name",
    "meeting_date",
    "follow_up_date",
    "state",
    "version",
    "updated_at",
    "follows",
    "amends",
)


class MeetingSummary:
    """One meeting's summary: a frozen record (equal by value, hashable, immutable).

    Written out rather than a frozen dataclass: the dataclass decorator compiles each method
    it makes, and importing ``dataclasses`` and building this class was a measurable part of
    the window's start-up. Setting a field raises ``dataclasses.FrozenInstanceError``, as the
    dataclass did.
    """

    __slots__ = FIELDS
    __match_args__ = FIELDS

    id: str
    company: str
    manager_name: str
    employee_name: str
    meeting_date: str
    follow_up_date: str | None
    state: str
    version: int
    updated_at: str
    follows: str | None  # the signed agreement this meeting follows up
    amends: str | None  # the signed meeting this is a new version of

    def __init__(
        self,
        id: str,
        company: str = "",
        manager_name: str = "",
        employee_name: str = "",
        meeting_date: str = "",
        follow_up_date: str | None = None,
        state: str = "draft",
        version: int = 1,
        updated_at: str = "",
        follows: str | None = None,
        amends: str | None = None,
    ) -> None:
        put = object.__setattr__
        put(self, "id", id)
        put(self, "company", company)
        put(self, "manager_name", manager_name)
        put(self, "employee_name", employee_name)
        put(self, "meeting_date", meeting_date)
        put(self, "follow_up_date", follow_up_date)
        put(self, "state", state)
        put(self, "version", version)
        put(self, "updated_at", updated_at)
        put(self, "follows", follows)
        put(self, "amends", amends)

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in FIELDS)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in FIELDS)
        return f"{self.__class__.__qualname__}({inner})"

    def __setattr__(self, name: str, value: Any) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type[MeetingSummary], tuple[Any, ...]]:
        return self.__class__, self._values()

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
        return {name: getattr(self, name) for name in FIELDS}


class SummaryRows(Sequence[MeetingSummary]):
    """Summaries in list order, each made when first asked for (then kept).

    The store hands these to the meeting list: with 10,000 meetings the list shows a few
    dozen rows at start, so only those are made. ``id_at`` and ``row_of`` need no summary;
    ``linked`` gives the rows with a follow-up date, or following or amending another (the
    only ones that decide which agreements are due).
    """

    def __init__(
        self,
        ids: Sequence[str],
        make: Callable[[int], MeetingSummary],
        linked: Sequence[int],
    ) -> None:
        self._ids = ids
        self._make = make
        self._linked = linked
        self._made: dict[int, MeetingSummary] = {}
        self._rows: dict[str, int] | None = None

    @classmethod
    def of(cls, summaries: Iterable[MeetingSummary]) -> SummaryRows:
        """Rows over summaries already made (in the order given)."""
        items = list(summaries)
        linked = [row for row, s in enumerate(items) if s.follow_up_date or s.follows or s.amends]
        return cls([s.id for s in items], items.__getitem__, linked)

    def __len__(self) -> int:
        return len(self._ids)

    @overload
    def __getitem__(self, row: int) -> MeetingSummary: ...
    @overload
    def __getitem__(self, row: slice) -> list[MeetingSummary]: ...
    def __getitem__(self, row: int | slice) -> MeetingSummary | list[MeetingSummary]:
        if isinstance(row, slice):
            return [self[r] for r in range(*row.indices(len(self._ids)))]
        if row < 0:
            row += len(self._ids)
        made = self._made.get(row)
        if made is None:
            if not 0 <= row < len(self._ids):
                raise IndexError(row)
            made = self._made[row] = self._make(row)
        return made

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, meeting_id: str) -> int | None:
        if self._rows is None:
            self._rows = {meeting_id: row for row, meeting_id in enumerate(self._ids)}
        return self._rows.get(meeting_id)

    def linked(self) -> list[MeetingSummary]:
        return [self[row] for row in self._linked]
