"""The start-up path stays light: showing the meeting list must not load the models.

Building the meeting and checklist models is most of what importing them costs, and the list
works on the store's plain summaries, so the models load only when a meeting is opened or
created. These tests fail if an import on the start-up path pulls them in again.
"""

from __future__ import annotations

from pathlib import Path

from cli_helper import run_python

from remotework_desktop.core import checklists, formatting

ROOT = Path(__file__).resolve().parent.parent
HEAVY = (
    "remotework_desktop.core.schema",
    "remotework_desktop.core.meetings",
    "remotework_desktop.core.checklists",
)

# What `python -m remotework_desktop` does before the first window is shown, in a fresh
# interpreter: the CLI, the GUI modules, a store opened and listed, the window built (not
# shown: that needs no more imports, and the subprocess stays headless).
STARTUP = """
import json, os, sys
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import remotework_desktop.cli
from remotework_desktop.gui import app, main_window
from remotework_desktop.core.settings import Settings
from remotework_desktop.core.store import Store
qapp = app._ensure_app()
folder = Path(sys.argv[1])
store = Store.open(folder)
rows = store.list()
controller = app.AppController(store, folder, Settings())
shown = controller.window.meeting_list.visible_ids()
store.close()
heavy = sorted(m for m in sys.modules if m in {heavy!r})
print(json.dumps({{"rows": len(rows), "shown": len(shown), "heavy": heavy}}))
"""


def _populate(folder: Path, count: int) -> None:
    from remotework_desktop.core.meetings import new_meeting
    from remotework_desktop.core.store import Store

    definitions = checklists.load_checklists().ordered()
    with Store.open(folder) as store:
        for i in range(count):
            meeting = new_meeting(
                company=f"Firma {i}",
                manager_name="Leder",
                employee_name=f"Medarbejder {i}",
                meeting_date=f"2026-0{1 + i}-15",
                checklists=definitions,
            )
            store.save(meeting)


def _run_startup(folder: Path) -> dict[str, object]:
    code = STARTUP.format(heavy=set(HEAVY[1:]))
    return run_python(code, str(folder))


def test_showing_the_list_does_not_load_the_models(tmp_path: Path) -> None:
    _populate(tmp_path, 3)
    out = _run_startup(tmp_path)
    # The list really was filled from the store, so the path under test did its work.
    assert out["rows"] == 3 and out["shown"] == 3
    assert out["heavy"] == []


def test_a_missing_index_is_rebuilt_from_the_meetings(tmp_path: Path) -> None:
    """Healing reads the meeting files, so the store's late import of the model must work."""
    _populate(tmp_path, 2)
    for shard in (tmp_path / "index").glob("*.json"):
        shard.unlink()
    out = _run_startup(tmp_path)
    assert out["rows"] == 2 and out["shown"] == 2
    assert "remotework_desktop.core.meetings" in out["heavy"]  # it did read the meetings
    assert list((tmp_path / "index").glob("*.json"))  # and wrote the index back


def test_formatting_names_match_the_checklist_codes() -> None:
    """formatting and the checklist schema share one set of codes (core/codes.py)."""
    assert formatting.WEEKDAYS is checklists.WEEKDAYS
    assert formatting.PLACES is checklists.PLACES
    for lang in ("da", "en"):  # every code has its words in the text catalogue
        assert all(formatting.weekday_name(d, lang) for d in checklists.WEEKDAYS)
        assert all(formatting.place_label(p, lang) for p in checklists.PLACES)
    schedule = dict.fromkeys(checklists.WEEKDAYS, "home") | {"fri": "off"}
    assert formatting.format_schedule(schedule) == (
        "Hjemme: mandag, tirsdag, onsdag, torsdag, lørdag, søndag. Fri: fredag"
    )
