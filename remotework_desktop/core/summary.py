"""A meeting's summary: the few fields the meeting list and ``list`` show, from the index.

Light on purpose (the standard library only): the list is shown at start-up, before the
meeting model is loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, overload

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
