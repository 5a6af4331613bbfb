"""Shared fixtures: every test's own data folder, a small checklist and meetings built from it."""

from __future__ import annotations

import os

# Every Qt test runs headless; set before any test module imports PySide6. The offscreen
# screen is a common small laptop screen (1366 x 768), so the window must fit it.
_SCREEN = os.path.join(os.path.dirname(__file__), "offscreen-1366x768.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from remotework_desktop.core import paths  # noqa: E402
from remotework_desktop.core.checklists import ChecklistDefinition, parse_checklist  # noqa: E402
from remotework_desktop.core.meetings import Meeting, new_meeting  # noqa: E402

# The one test checklist: two sections, every answer kind, a show_if condition, audiences,
# private items, items that can become an action and items that cannot. Tests that need the real checklists load those.
SMALL_CHECKLIST = """
id = "small"
version = 3
title = { da = "Lille tjekliste", en = "Small checklist" }
intro = { da = "Til test.", en = "For tests." }

[[sections]]
id = "main"
title = { da = "Hoved", en = "Main" }

[[sections.items]]
id = "days"
kind = "number"
min = 0
max = 5
audience = "employee"
prompt = { da = "Dage hjemme", en = "Days at home" }
help = { da = "Gennemsnit pr. uge.", en = "Average per week." }
plan = "home_days"

[[sections.items]]
id = "needs"
kind = "text"
private = true
prompt = { da = "Behov", en = "Needs" }
help = { da = "Behov, ikke diagnoser.", en = "Needs, not diagnoses." }

[[sections.items]]
id = "purpose"
kind = "text"
prompt = { da = "Hvorfor hjemmearbejde?", en = "Why home work?" }
help = { da = "Med jeres egne ord.", en = "In your own words." }

[[sections.items]]
id = "regular"
kind = "check"
prompt = { da = "Fast skærmarbejde hjemme?", en = "Regular screen work at home?" }
help = { da = "Afgør reglerne.", en = "Decides the rules." }

[[sections.items]]
id = "chair"
kind = "check"
audience = "manager"
show_if = { all = [ { item = "regular", op = "eq", value = true }, { item = "days", op = "gt", value = 2 } ] }
prompt = { da = "Stol i orden?", en = "Chair fine?" }
help = { da = "Kræves over to dage.", en = "Required above two days." }

[[sections.items]]
id = "health"
kind = "text"
private = true
actionable = false
prompt = { da = "Helbred", en = "Health" }
help = { da = "Kun det, der har betydning for arbejdet.", en = "Only what matters for the work." }

[[sections]]
id = "plan"
title = { da = "Planen", en = "The plan" }

[[sections.items]]
id = "tasks"
kind = "multi"
options = [
  { id = "data", da = "Data", en = "Data" },
  { id = "phone", da = "Telefon", en = "Phone" },
  { id = "mail", da = "Post", en = "Mail" },
]
prompt = { da = "Opgaver", en = "Tasks" }
help = { da = "Hvilke opgaver.", en = "Which tasks." }

[[sections.items]]
id = "start"
kind = "date"
prompt = { da = "Startdato", en = "Start date" }
help = { da = "Hvornår.", en = "When." }

[[sections.items]]
id = "week"
kind = "schedule"
prompt = { da = "Ugeplan", en = "Week" }
help = { da = "Hvor er du hvornår.", en = "Where are you when." }
plan = "schedule"

[[sections.items]]
id = "hours"
kind = "hours"
prompt = { da = "Kontakttid", en = "Contact hours" }
help = { da = "Hvornår kan du nås.", en = "When you can be reached." }

[[sections.items]]
id = "contact"
kind = "choice"
actionable = false
options = [ { id = "phone", da = "Telefon", en = "Phone" }, { id = "chat", da = "Chat", en = "Chat" } ]
prompt = { da = "Hvordan kontaktes du?", en = "How to contact you?" }
help = { da = "Den kanal, der virker.", en = "What works." }
"""


def load_small_checklist() -> ChecklistDefinition:
    definition, errors = parse_checklist(SMALL_CHECKLIST, "small.toml")
    assert definition is not None, errors
    return definition


@pytest.fixture
def small_checklist() -> ChecklistDefinition:
    return load_small_checklist()


@pytest.fixture
def make_meeting(small_checklist: ChecklistDefinition) -> Callable[..., Meeting]:
    """Build a draft meeting; keyword arguments override the details."""

    def make(**details: str) -> Meeting:
        fields = {
            "company": "Smedjen ApS",
            "manager_name": "Lone Leder",
            "employee_name": "Mads Medarbejder",
            "meeting_date": "2024-05-01",
        } | details
        return new_meeting(checklists=[small_checklist], **fields)

    return make


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test's own throwaway data folder (and so its own settings file, which lives
    there): $REMOTEWORK_DATA_DIR points at it, and the platform folders a default would fall
    back to point into tmp_path too, so no test ever reads or writes the user's real data."""
    folder = tmp_path / "data"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return folder


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """As the program does when it ends (gui/app.finish_background_jobs): let renders still
    under way finish. A window a test closed may have been rendering ahead; a QThread still
    running when the interpreter ends aborts the process (exit 134 after every test passed)."""
    import sys

    jobs = sys.modules.get("remotework_desktop.gui.review.render_job")
    if jobs is not None:
        jobs.wait_for_jobs()
