"""The meeting model: required fields, answers, actions, progress, signing and versions."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from conftest import SMALL_CHECKLIST, load_small_checklist
from hypothesis import given
from hypothesis import strategies as st

from remotework_desktop.core.checklists import ChecklistDefinition, parse_checklist
from remotework_desktop.core.meetings import (
    LockedError,
    Meeting,
    MeetingError,
    meeting_from_dict,
    new_meeting,
)


@pytest.fixture
def definition(small_checklist: ChecklistDefinition) -> ChecklistDefinition:
    return small_checklist


@pytest.fixture
def meeting(definition: ChecklistDefinition) -> Meeting:
    return new_meeting(
        company="Æblegården ApS",
        manager_name="Søren Ødegaard",
        manager_title="Afdelingsleder",
        employee_name="Åse Brønnum",
        meeting_date="2026-11-26",
        checklists=[definition],
    )


def test_required_fields_are_named(definition: ChecklistDefinition) -> None:
    with pytest.raises(MeetingError) as info:
        new_meeting(
            company="  ",
            manager_name="",
            employee_name="Åse",
            meeting_date="26/11/2026",
            checklists=[definition],
        )
    assert set(info.value.fields) == {"company", "manager_name", "meeting_date"}
    with pytest.raises(MeetingError) as info:
        new_meeting(
            company="A",
            manager_name="B",
            employee_name="C",
            meeting_date="2026-01-01",
            checklists=[],
        )
    assert "checklists" in info.value.fields


def test_snapshot_is_kept_and_independent_of_the_file(meeting: Meeting) -> None:
    assert meeting.checklists[0].id == "small" and meeting.checklists[0].version == 3
    assert meeting.definition("small").item("chair") is not None
    # A later edit of the file never changes the meeting: the meeting holds its own copy.
    changed, _ = parse_checklist(SMALL_CHECKLIST.replace("Stol i orden?", "Ny tekst"), "small.toml")
    assert changed is not None and changed.digest() != meeting.checklists[0].digest
    assert meeting.definition("small").item("chair").prompt.da == "Stol i orden?"


def test_answers_are_validated_per_kind(meeting: Meeting) -> None:
    meeting.set_answer("small", "days", 3)
    meeting.set_answer("small", "week", {"mon": "home", "tue": "workplace"})
    meeting.set_answer("small", "hours", {"start": "09:00", "end": "15:00"})
    meeting.set_answer("small", "tasks", ["phone", "data"])
    meeting.set_answer("small", "start", dt.date(2027, 1, 4))
    assert meeting.entry("small", "tasks").answer == ["data", "phone"]  # option order
    assert meeting.entry("small", "start").answer == "2027-01-04"
    for item, bad in [
        ("days", 9),
        ("days", "tre"),
        ("week", {"mon": "beach"}),
        ("hours", {"start": "15:00", "end": "09:00"}),
        ("tasks", ["golf"]),
        ("start", "i morgen"),
        ("regular", "ja"),
    ]:
        with pytest.raises(ValueError):
            meeting.set_answer("small", item, bad)
    assert meeting.entry("small", "days").answer == 3  # a bad answer changes nothing


def test_condition_and_progress(meeting: Meeting) -> None:
    # Unknown while unanswered: shown, and marked as depending on the answers.
    assert "chair" in [i.id for i in meeting.visible_items("small")]
    assert [i.id for i in meeting.pending_items("small")] == ["chair"]
    meeting.set_answer("small", "regular", False)
    assert "chair" not in [i.id for i in meeting.visible_items("small")]
    meeting.set_answer("small", "regular", True)
    meeting.set_answer("small", "days", 3)
    assert "chair" in [i.id for i in meeting.visible_items("small")]
    assert meeting.pending_items("small") == []
    assert meeting.progress("small") == (0, 11)
    meeting.set_status("small", "days", "agreed")
    meeting.set_status("small", "chair", "not_relevant")
    assert meeting.progress("small") == (2, 11)
    meeting.set_answer("small", "days", 2)  # chair disappears and no longer counts
    assert meeting.progress("small") == (1, 10)
    with pytest.raises(MeetingError):
        meeting.set_status("small", "days", "maybe")


def test_private_items_start_private(meeting: Meeting) -> None:
    meeting.set_note("small", "health", "Har brug for pauser")
    assert meeting.entry("small", "health").private is True
    meeting.set_note("small", "days", "x")
    assert meeting.entry("small", "days").private is False


def test_an_untouched_private_item_reads_private(meeting: Meeting) -> None:
    """The default lives in the model: read before anyone touched it, the item is private."""
    assert meeting.entry("small", "health").private is True
    assert meeting.entry("small", "days").private is False
    assert meeting.entries == {}  # reading stores nothing
    # An explicit choice is kept, also when it is the opposite of the checklist's.
    meeting.set_private("small", "health", False)
    assert meeting.entry("small", "health").private is False
    assert meeting_from_dict(meeting.model_dump()).entry("small", "health").private is False
    # An unknown checklist or item is simply not private (and not an error).
    assert meeting.entry("nope", "x").private is False
    assert meeting.entry("small", "nope").private is False


def test_actions(meeting: Meeting) -> None:
    a = meeting.add_action(
        "Bestil skærm", "manager", "2026-12-10", checklist_id="small", item_id="chair"
    )
    b = meeting.add_action("Prøv hjemmedage", "employee", None)
    with pytest.raises(MeetingError) as info:
        meeting.add_action("  ", "other", "snart")
    assert {"what", "owner_name", "deadline"} <= set(info.value.fields)
    with pytest.raises(MeetingError):
        meeting.add_action("Note", checklist_id="small", item_id="health")  # not actionable
    meeting.update_action(b.id, deadline="2026-12-01", done=True)
    assert [x.id for x in meeting.sorted_actions("deadline")] == [b.id, a.id]
    assert [x.id for x in meeting.sorted_actions("done")] == [a.id, b.id]
    meeting.remove_action(a.id)
    assert [x.id for x in meeting.actions] == [b.id]


def _sign_both(m: Meeting) -> None:
    m.sign("manager", "Søren Ødegaard", confirmed=True)
    m.sign(
        "employee",
        "åse brønnum",
        method="drawn",
        strokes=[[(0, 0), (5, 5), (9, 2)]],
        confirmed=True,
    )


def test_signing_rules(meeting: Meeting) -> None:
    with pytest.raises(MeetingError):
        meeting.sign("manager", "Søren Ødegaard")  # statement not confirmed
    with pytest.raises(MeetingError):
        meeting.sign("manager", "Someone Else", confirmed=True)
    with pytest.raises(MeetingError):
        meeting.sign("employee", "Åse Brønnum", method="drawn", strokes=[], confirmed=True)
    meeting.sign("manager", "Søren Ødegaard", confirmed=True)
    assert meeting.state == "draft" and meeting.fingerprint is None
    with pytest.raises(MeetingError):
        meeting.sign("manager", "Søren Ødegaard", confirmed=True)
    meeting.sign(
        "employee", "åse brønnum", method="drawn", strokes=[[(0, 0), (5, 5)]], confirmed=True
    )
    assert meeting.state == "signed"
    assert meeting.fingerprint == meeting.compute_fingerprint()
    assert len(meeting.fingerprint) == 64


def test_signed_meeting_is_locked(meeting: Meeting) -> None:
    meeting.add_action("Bestil skærm", "manager", "2026-12-10")
    _sign_both(meeting)
    for change in (
        lambda: meeting.set_answer("small", "days", 1),
        lambda: meeting.set_note("small", "days", "x"),
        lambda: meeting.set_status("small", "days", "agreed"),
        lambda: meeting.add_action("x"),
        lambda: meeting.update_action(meeting.actions[0].id, done=True),
        lambda: meeting.set_follow_up_date("2027-01-01"),
        lambda: meeting.set_details(company="Andet"),
    ):
        with pytest.raises(LockedError):
            change()


def test_fingerprint_covers_content_and_signatures(meeting: Meeting) -> None:
    _sign_both(meeting)
    fp = meeting.fingerprint
    data = meeting.model_dump(mode="json")
    copy = meeting_from_dict(data)
    assert copy.compute_fingerprint() == fp
    for mutate in (
        lambda d: d.update(company="Andet ApS"),
        lambda d: d["signatures"][0].update(name="X"),
        lambda d: d["signatures"][1]["strokes"][0].append([1.0, 1.0]),
        lambda d: d.update(follow_up_date="2030-01-01"),
    ):
        d = meeting.model_dump(mode="json")
        mutate(d)
        assert meeting_from_dict(d).compute_fingerprint() != fp


def test_an_untouched_item_and_a_cleared_one_give_the_same_fingerprint(meeting: Meeting) -> None:
    untouched = meeting.compute_fingerprint()
    meeting.set_answer("small", "days", 3)
    meeting.set_note("small", "days", "Mandag og torsdag")
    meeting.set_status("small", "days", "agreed")
    assert meeting.compute_fingerprint() != untouched
    # Cleared again: answer, note and status back as they were, the entry itself remains.
    meeting.set_answer("small", "days", None)
    meeting.set_note("small", "days", "")
    meeting.set_status("small", "days", "open")
    assert "days" in meeting.entries["small"]
    assert meeting.compute_fingerprint() == untouched


def test_new_version_and_follow_up(meeting: Meeting) -> None:
    meeting.add_action("Åben", "manager", "2026-12-10")
    done = meeting.add_action("Færdig", "employee")
    meeting.update_action(done.id, done=True)
    meeting.set_answer("small", "days", 2)
    meeting.set_status("small", "days", "agreed")
    _sign_both(meeting)
    before = meeting.model_dump(mode="json")
    v2 = meeting.new_version()
    assert (v2.version, v2.amends, v2.state, v2.signatures) == (2, meeting.id, "draft", [])
    v2.set_answer("small", "days", 3)
    assert meeting.model_dump(mode="json") == before  # the signed one stays as it was
    follow = meeting.follow_up("2027-03-01")
    assert follow.follows == meeting.id and follow.meeting_date == "2027-03-01"
    assert [a.what for a in follow.actions] == ["Åben"]
    assert follow.actions[0].carried_from == meeting.id
    # The signed answers carry over; each item is discussed anew.
    assert follow.entry("small", "days").answer == 2
    follow.set_answer("small", "days", 4)
    assert follow.previous_answer("small", "days") == 2  # what was signed stays visible
    assert follow.previous_answer("small", "week") is None
    assert follow.entry("small", "days").status == "open"
    assert follow.progress("small")[0] == 0
    with pytest.raises(MeetingError):
        v2.new_version()  # only a signed meeting gets a new version


@given(st.text(max_size=300))
def test_any_text_is_refused_plainly_or_round_trips_as_nfc(text: str) -> None:
    d = load_small_checklist()
    m = new_meeting(
        company="A", manager_name="B", employee_name="C", meeting_date="2026-01-01", checklists=[d]
    )
    # Multi-line text may hold line breaks and tabs, but no other control character (Cc),
    # line or paragraph separator (Zl, Zp) or lone surrogate (Cs).
    lines = text.replace("\r\n", "\n")
    bad = any(
        unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp") and c not in "\n\t" for c in lines
    )
    if bad:
        with pytest.raises(MeetingError) as info:
            m.set_note("small", "days", text)
        assert set(info.value.fields) == {"note"}
        with pytest.raises(MeetingError) as info:
            m.set_answer("small", "health", text)
        assert set(info.value.fields) == {"answer"}
        assert m.entry("small", "days").note == ""
        return
    m.set_note("small", "days", text)
    m.set_answer("small", "health", text)
    again = meeting_from_dict(m.model_dump(mode="json"))
    assert again.entry("small", "days").note == unicodedata.normalize("NFC", lines)
    assert again.entry("small", "health").answer == unicodedata.normalize("NFC", lines)


def test_damaged_data_gives_a_plain_error() -> None:
    with pytest.raises(MeetingError, match="beskadigede"):
        meeting_from_dict({"id": "x", "company": 5})


def test_messages_follow_the_chosen_language(meeting: Meeting) -> None:
    from remotework_desktop.core import text

    try:
        text.set_language("en")
        with pytest.raises(MeetingError) as info:
            meeting.add_action("  ", "other", "soon")
        assert info.value.fields["what"] == "Write what is to be done."
        assert "is not a date" in info.value.fields["deadline"]
        with pytest.raises(ValueError, match="must not be more than 5"):
            meeting.set_answer("small", "days", 9)
    finally:
        text.set_language("da")
    with pytest.raises(MeetingError) as info:
        meeting.add_action("  ")
    assert info.value.fields["what"] == "Skriv, hvad der skal gøres."
