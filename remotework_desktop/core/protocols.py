"""What the modules that take a store need of it, as typing Protocols.

``core.store.Store`` satisfies each one; a function asks for the least it uses, so it can be
read (and tested) without the whole store in mind.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from remotework_desktop.core.meetings import Meeting


@runtime_checkable
class MeetingSource(Protocol):
    """Gives a stored meeting by its id (raises the store's NotFound for an unknown one)."""

    def get(self, meeting_id: str) -> Meeting: ...


@runtime_checkable
class SavingStore(Protocol):
    """Saves a meeting (autosave)."""

    def save(self, meeting: Meeting) -> None: ...


@runtime_checkable
class ExportRegistry(MeetingSource, Protocol):
    """Meetings plus the list of the PDFs made from them (export and verify).

    A read-only copy (``read_only``) queues its records with ``queue_export``.
    """

    read_only: bool

    def record_export(
        self,
        meeting_id: str,
        sha256: str,
        fingerprint: str | None,
        lang: str,
        include_private: bool,
    ) -> None: ...

    def queue_export(
        self,
        meeting_id: str,
        sha256: str,
        fingerprint: str | None,
        lang: str,
        include_private: bool,
    ) -> None: ...

    def find_export(self, sha256: str) -> dict[str, Any] | None: ...
