"""core/meetings.py is split into parts; every name is still imported from meetings.py,
each part imports on its own (no import cycle) and Meeting keeps its fields in their order."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from remotework_desktop.core import (
    meeting_actions,
    meeting_base,
    meeting_details,
    meeting_signing,
    meeting_versions,
    meetings,
)

ROOT = Path(__file__).resolve().parent.parent
PARTS = (
    "meeting_base",
    "meeting_details",
    "meeting_actions",
    "meeting_signing",
    "meeting_versions",
)

# Every public name core/meetings.py defined before the split, and the part it moved to.
MOVED = {
    meeting_base: (
        "Status",
        "STATUSES",
        "Owner",
        "OWNERS",
        "Role",
        "ROLES",
        "State",
        "Language",
        "MAX_NAME",
        "MAX_ACTION",
        "MAX_NOTE",
        "MeetingError",
        "LockedError",
        "new_id",
    ),
    meeting_details: ("check_details", "unprintable_problem"),
    meeting_actions: ("Action",),
    meeting_signing: ("Point", "Signature", "sign_statement"),
}
STAYED = ("ItemEntry", "ChecklistRef", "Meeting", "new_meeting", "meeting_from_dict")


def test_every_name_is_still_imported_from_meetings() -> None:
    for part, names in MOVED.items():
        for name in names:
            assert getattr(meetings, name) is getattr(part, name), name
            assert name in meetings.__all__, name
    for name in STAYED:
        assert getattr(meetings, name).__module__ == meetings.__name__, name
        assert name in meetings.__all__, name


@pytest.mark.parametrize("part", PARTS)
def test_each_part_imports_on_its_own(part: str) -> None:
    """A fresh interpreter imports the part first: an import cycle would fail here."""
    code = f"import remotework_desktop.core.{part}; import remotework_desktop.core.meetings"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stderr


def test_meeting_is_made_of_the_parts_and_keeps_its_fields_in_order() -> None:
    for mixin in (
        meeting_actions.ActionsMixin,
        meeting_signing.SigningMixin,
        meeting_versions.VersionsMixin,
    ):
        assert issubclass(meetings.Meeting, mixin)
    # The field order is the order of the stored JSON; the mixins add no field.
    assert list(meetings.Meeting.model_fields) == [
        "id",
        "company",
        "manager_name",
        "manager_title",
        "employee_name",
        "meeting_date",
        "language",
        "checklists",
        "snapshots",
        "entries",
        "actions",
        "follow_up_date",
        "signatures",
        "state",
        "version",
        "follows",
        "previous_answers",
        "amends",
        "fingerprint",
        "created_at",
        "updated_at",
        "task_part",
        "task_snapshot",
        "tasks",
    ]
