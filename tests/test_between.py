"""Between meetings, as user stories: edit a draft's details, follow up a signed agreement on
its own date, see what changed, find what is due, put it in a calendar, sign only on purpose
when the plan is incomplete, and read (and export) while the window holds the data."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from remotework_desktop.core.calendar_ics import calendar_ics
from remotework_desktop.core.checklists import load_checklists
from remotework_desktop.core.followups import CHANGED, KEPT, NEW, due_states, item_changes
from remotework_desktop.core.meetings import MeetingError
from remotework_desktop.core.store import Store
from tests.cli_helper import run_cli as run
from tests.conftest import load_small_checklist


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def new(data: Path, *extra: str, date: str = "2026-03-03") -> str:
    out = run(
        data,
        "new",
        "--company",
        "Firma A/S",
        "--manager",
        "Lea Leder",
        "--employee",
        "Emil Ansat",
        "--date",
        date,
        *extra,
    ).stdout.strip()
    assert len(out) == 12 and "\n" not in out
    return out


def sign(data: Path, meeting_id: str, *extra: str, code: int = 0) -> subprocess.CompletedProcess:
    return run(
        data,
        "sign",
        meeting_id,
        "--manager",
        "Lea Leder",
        "--employee",
        "Emil Ansat",
        "--yes",
        *extra,
        code=code,
    )


def signed_with_follow_up(data: Path, follow_up_date: str | None) -> str:
    """A signed agreement with every item discussed and the given follow-up date."""
    meeting_id = new(data, "--checklists", "getting_started")
    with Store.open(data) as store:
        m = store.get(meeting_id)
        for ref in m.checklists:
            for item in m.visible_items(ref.id):
                m.set_status(ref.id, item.id, "agreed")
        m.set_follow_up_date(follow_up_date)
        m.add_action("Bestil skærm", deadline="2026-04-01")
        store.save(m)
    sign(data, meeting_id)
    return meeting_id


# -- commands for scripts ---------------------------------------------------------------
def test_new_prints_the_id_and_bad_input_names_the_field(tmp_path: Path) -> None:
    data = tmp_path / "d"
    meeting_id = new(data, "--checklists", "getting_started,leading", "--lang", "en")
    shown = json.loads(run(data, "show", meeting_id, "--json").stdout)
    assert shown["language"] == "en" and shown["company"] == "Firma A/S"
    assert [c["id"] for c in shown["checklists"]] == ["getting_started", "leading"]
    for bad in ("2026-02-31", "31-02-2026"):
        line = one_line_error(
            run(data, "new", "--company", "C", "--manager", "M", "--employee", "E",
                "--date", bad, code=None)
        )  # fmt: skip
        assert "--date" in line and "ÅÅÅÅ-MM-DD" in line
    line = one_line_error(
        run(data, "--lang", "en", "new", "--company", "C", "--manager", " ", "--employee", "E",
            "--date", "2026-01-01", code=None)
    )  # fmt: skip
    assert line == "error: --manager: Write the manager's name."
    assert len(json.loads(run(data, "list", "--json").stdout)) == 1
    helptext = run(data, "--help").stdout
    for command in ("new", "follow-up", "due", "calendar"):
        assert command in helptext


def test_follow_up_gets_its_own_date_never_before_the_agreement(tmp_path: Path) -> None:
    data = tmp_path / "d"
    original = signed_with_follow_up(data, "2026-06-01")
    line = one_line_error(run(data, "follow-up", original, "--date", "2026-03-02", code=None))
    assert "--date" in line and "2026-03-03" in line
    follow = run(data, "follow-up", original).stdout.strip()
    shown = json.loads(run(data, "show", follow, "--json").stdout)
    assert shown["follows"] == original
    assert shown["meeting_date"] == "2026-06-01"  # the follow-up date agreed
    other = run(data, "follow-up", original, "--date", "2026-05-05").stdout.strip()
    assert json.loads(run(data, "show", other, "--json").stdout)["meeting_date"] == "2026-05-05"
    draft = new(data)
    assert "--" not in one_line_error(run(data, "follow-up", draft, code=None))


def test_sign_refuses_an_incomplete_plan_unless_allowed(tmp_path: Path) -> None:
    data = tmp_path / "d"
    meeting_id = new(data, "--checklists", "getting_started")
    line = one_line_error(sign(data, meeting_id, code=1))
    assert "--allow-incomplete" in line and "ikke er drøftet" in line
    with Store.open(data, read_only=True) as store:
        undiscussed, _ = store.get(meeting_id).signing_gaps()
        total = len(undiscussed)
    assert f"{total} punkter" in line
    assert json.loads(run(data, "show", meeting_id, "--json").stdout)["state"] == "draft"
    sign(data, meeting_id, "--allow-incomplete")
    assert json.loads(run(data, "show", meeting_id, "--json").stdout)["state"] == "signed"


def test_due_lists_overdue_and_soon_not_later_nor_followed_up(tmp_path: Path) -> None:
    data = tmp_path / "d"
    today = dt.date.today()
    overdue = signed_with_follow_up(data, (today - dt.timedelta(days=1)).isoformat())
    soon = signed_with_follow_up(data, (today + dt.timedelta(days=10)).isoformat())
    later = signed_with_follow_up(data, (today + dt.timedelta(days=40)).isoformat())
    done = signed_with_follow_up(data, (today + dt.timedelta(days=2)).isoformat())
    run(data, "follow-up", done)
    rows = json.loads(run(data, "due", "--json").stdout)
    assert [(r["id"], r["due"]) for r in rows] == [(overdue, "overdue"), (soon, "due")]
    assert all(r["follow_up_date"] for r in rows)
    wide = json.loads(run(data, "due", "--days", "60", "--json").stdout)
    assert [r["id"] for r in wide] == [overdue, soon, later]
    text = run(data, "--lang", "en", "due").stdout
    assert overdue in text and "overdue" in text and later not in text


# -- calendar ---------------------------------------------------------------------------
def test_calendar_file_has_stable_uids_all_day_events_and_no_private_text(
    tmp_path: Path,
) -> None:
    data = tmp_path / "d"
    meeting_id = new(data, "--checklists", "getting_started")
    secret = "Diagnose: migræne"
    with Store.open(data) as store:
        m = store.get(meeting_id)
        ref = m.checklists[0].id
        items = [i for i in m.visible_items(ref) if i.actionable]
        m.set_note(ref, items[0].id, secret)
        m.set_private(ref, items[0].id, True)
        m.add_action(f"{secret} – hvil", deadline="2026-04-02", checklist_id=ref,
                     item_id=items[0].id)  # fmt: skip
        m.add_action("Bestil skærm", deadline="2026-04-01")
        m.set_follow_up_date("2026-06-01")
        store.save(m)
    ics = tmp_path / "plan.ics"
    run(data, "calendar", meeting_id, "-o", str(ics))
    cal = Calendar.from_ical(ics.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1
    assert events[0].decoded("dtstart") == dt.date(2026, 6, 1)  # a date: all day
    assert "Opfølgning" in str(events[0]["summary"])
    first_uid = str(events[0]["uid"])
    run(data, "calendar", meeting_id, "-o", str(ics), "--actions")
    raw = ics.read_bytes()
    events = list(Calendar.from_ical(raw).walk("VEVENT"))
    assert len(events) == 3
    uids = [str(e["uid"]) for e in events]
    assert first_uid in uids and len(set(uids)) == 3 and all(meeting_id in u for u in uids)
    assert "Bestil skærm" in raw.decode()
    assert "migræne" not in raw.decode() and "Diagnose" not in raw.decode()
    # Exported again: the same UIDs, so a calendar updates the events instead of copying.
    run(data, "calendar", meeting_id, "-o", str(ics), "--actions")
    again = [str(e["uid"]) for e in Calendar.from_ical(ics.read_bytes()).walk("VEVENT")]
    assert again == uids
    # English agreement, English events.
    english = new(data, "--checklists", "getting_started", "--lang", "en")
    with Store.open(data) as store:
        m = store.get(english)
        m.set_follow_up_date("2026-06-01")
        store.save(m)
        events = list(Calendar.from_ical(calendar_ics(store.get(english))).walk("VEVENT"))
    assert str(events[0]["summary"]).startswith("Follow-up")
    nothing = new(data)
    line = one_line_error(run(data, "calendar", nothing, "-o", str(ics), code=None))
    assert "opfølgningsdato" in line


# -- reading while the window holds the data -------------------------------------------
def test_reading_commands_work_while_the_writer_holds_the_data(tmp_path: Path) -> None:
    data = tmp_path / "d"
    meeting_id = signed_with_follow_up(data, dt.date.today().isoformat())
    pdf = tmp_path / "plan.pdf"
    with Store.open(data) as writer:  # the window
        assert run(data, "list").returncode == 0
        assert run(data, "show", meeting_id).returncode == 0
        assert meeting_id in run(data, "due").stdout
        run(data, "calendar", meeting_id, "-o", str(tmp_path / "x.ics"))
        out = run(data, "export-pdf", meeting_id, "-o", str(pdf)).stdout
        assert "kø" in out
        assert run(data, "verify", str(pdf)).returncode == 0
        assert writer.find_export(__import__("hashlib").sha256(pdf.read_bytes()).hexdigest())
        assert (
            not (data / "exports.json").exists()
            or meeting_id not in (data / "exports.json").read_text()
        )
    # The writer takes the queued record into the registry when it next opens the data.
    with Store.open(data) as writer:
        assert meeting_id in (data / "exports.json").read_text()
        assert not (data / "exports-pending").exists()
    assert run(data, "verify", str(pdf)).returncode == 0


# -- core rules -------------------------------------------------------------------------
def test_update_details_checks_fields_and_asks_before_dropping_answers() -> None:
    from remotework_desktop.core.meetings import new_meeting

    small = load_small_checklist()
    second = next(d for d in load_checklists().ordered() if d.id == "leading")
    m = new_meeting(
        company="A", manager_name="L", employee_name="E", meeting_date="2026-01-05",
        checklists=[small, second],
    )  # fmt: skip
    item = m.visible_items(second.id)[0]
    m.set_note(second.id, item.id, "noget")
    details = {"company": "B", "manager_name": "L2", "manager_title": "Chef",
               "employee_name": "E2", "meeting_date": "2026-01-06"}  # fmt: skip
    with pytest.raises(MeetingError) as caught:
        m.update_details(**details, checklists=[small])
    assert set(caught.value.fields) == {"checklists"} and m.company == "A"
    with pytest.raises(MeetingError) as caught:
        m.update_details(**{**details, "employee_name": "", "meeting_date": "2026-02-31"})
    assert set(caught.value.fields) == {"employee_name", "meeting_date"}
    with pytest.raises(MeetingError) as caught:
        m.update_details(**details, not_before="2026-02-01")
    assert set(caught.value.fields) == {"meeting_date"}
    m.update_details(**details, checklists=[small], drop_answers=True)
    assert (m.company, m.employee_name, m.meeting_date) == ("B", "E2", "2026-01-06")
    assert [r.id for r in m.checklists] == [small.id] and second.id not in m.entries
    m.update_details(**details, checklists=[small, second])
    assert [r.id for r in m.checklists] == [small.id, second.id]
    m.sign("manager", "L2", confirmed=True)
    m.sign("employee", "E2", confirmed=True)
    with pytest.raises(MeetingError):
        m.update_details(**details)


def test_item_changes_mark_kept_changed_new(make_meeting) -> None:
    m = make_meeting()
    cid = m.checklists[0].id
    items = [i for i in m.visible_items(cid) if i.kind == "text"]
    assert len(items) >= 1
    checks = [i for i in m.visible_items(cid) if i.kind == "check"]
    m.set_answer(cid, items[0].id, "før")
    m.set_answer(cid, checks[0].id, True)
    m.sign("manager", m.manager_name, confirmed=True)
    m.sign("employee", m.employee_name, confirmed=True)
    assert item_changes(m) == {}
    f = m.follow_up()
    assert item_changes(f) == {(cid, items[0].id): KEPT, (cid, checks[0].id): KEPT}
    f.set_answer(cid, items[0].id, "efter")
    if len(checks) > 1:
        f.set_answer(cid, checks[1].id, False)
    changes = item_changes(f)
    assert changes[cid, items[0].id] == CHANGED and changes[cid, checks[0].id] == KEPT
    if len(checks) > 1:
        assert changes[cid, checks[1].id] == NEW


def test_due_states_ignore_drafts_and_replaced_agreements() -> None:
    today = dt.date(2026, 5, 1)
    rows = [
        {"id": "a", "state": "signed", "follow_up_date": "2026-04-30"},
        {"id": "b", "state": "draft", "follow_up_date": "2026-04-30"},
        {"id": "c", "state": "signed", "follow_up_date": "2026-05-15"},
        {"id": "d", "state": "signed", "follow_up_date": "2026-05-16"},
        {"id": "e", "state": "signed", "follow_up_date": "2026-05-02"},
        {"id": "f", "state": "signed", "follow_up_date": "2026-05-02", "amends": "e"},
    ]
    assert due_states(rows, today) == {"a": "overdue", "c": "due", "f": "due"}


def test_follow_up_pdf_is_labelled_and_says_what_changed(tmp_path: Path) -> None:
    data = tmp_path / "d"
    original = signed_with_follow_up(data, "2026-06-01")
    follow = run(data, "follow-up", original).stdout.strip()
    with Store.open(data) as store:
        f = store.get(follow)
        ref = f.checklists[0].id
        text_item = next(i for i in f.visible_items(ref) if i.kind == "text")
        f.set_answer(ref, text_item.id, "Nyt svar")
        store.save(f)
    pdf = tmp_path / "f.pdf"
    run(data, "export-pdf", follow, "-o", str(pdf))
    first = PdfReader(pdf).pages[0].extract_text()
    assert "Opfølgning af aftalen fra 3. marts 2026" in first
    assert "Hvad er ændret" in first and "1 nyt" in first
    assert "Nyt:" in first
    assert first.index("Hvad er ændret") < first.index("Virksomhed")
    plain = tmp_path / "o.pdf"
    run(data, "export-pdf", original, "-o", str(plain))
    assert "Hvad er ændret" not in PdfReader(plain).pages[0].extract_text()


def test_an_index_entry_from_before_follows_was_listed_is_read_again(tmp_path: Path) -> None:
    data = tmp_path / "d"
    original = signed_with_follow_up(data, "2026-06-01")
    follow = run(data, "follow-up", original).stdout.strip()
    for shard in (data / "index").glob("*.json"):  # as the previous release wrote them
        raw = json.loads(shard.read_text())
        for doc in next(iter(raw.values())).values():
            doc["summary"].pop("follows", None)
            doc["summary"].pop("amends", None)
        shard.write_text(json.dumps(raw))
    with Store.open(data, read_only=True) as store:
        rows = {r.id: r for r in store.list()}
    assert rows[follow].follows == original
