"""The model's text rules: no control characters or lone surrogates get in, all text is NFC."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from remotework_desktop.core import text
from remotework_desktop.core.meetings import Meeting, MeetingError
from remotework_desktop.core.schema import ValidationError

MakeMeeting = Callable[..., Meeting]

# One of each kind that must not be in a one-line field.
BAD_LINE = {
    "escape": "Evil\x1b[31mCo",
    "newline": "Mads\n2024-01-01  forged",
    "nul": "A\x00B",
    "delete": "A\x7fB",
    "c1": "A\x85B",
    "tab": "A\tB",
    "line separator": "A\u2028B",
    "lone surrogate": "A\ud800B",
}
DECOMPOSED = "Se\u0301bastien Ærø"  # "é" as e + combining acute
COMPOSED = "Sébastien Ærø"


@pytest.fixture(autouse=True)
def _danish() -> Iterator[None]:
    text.set_language("da")
    yield
    text.set_language("da")


@pytest.mark.parametrize("field", ["company", "manager_name", "manager_title", "employee_name"])
@pytest.mark.parametrize("kind", list(BAD_LINE))
def test_one_line_details_refuse_control_characters_and_lone_surrogates(
    make_meeting: MakeMeeting, field: str, kind: str
) -> None:
    with pytest.raises(MeetingError) as info:
        make_meeting(**{field: BAD_LINE[kind]})
    assert set(info.value.fields) == {field}
    assert str(info.value) == info.value.fields[field]
    meeting = make_meeting()
    with pytest.raises(MeetingError) as info:
        meeting.set_details(**{field: BAD_LINE[kind]})
    assert set(info.value.fields) == {field}
    assert getattr(meeting, field) != BAD_LINE[kind]


def test_the_message_says_what_is_wrong_in_the_chosen_language(make_meeting: MakeMeeting) -> None:
    with pytest.raises(MeetingError) as info:
        make_meeting(company="Evil\x1bCo")
    assert info.value.fields["company"] == (
        "Teksten indeholder et styretegn (U+001B), som ikke kan vises. Fjern det."
    )
    text.set_language("en")
    with pytest.raises(MeetingError) as info:
        make_meeting(employee_name="Mads\nForged")
    assert info.value.fields["employee_name"] == "The field must be on one line (no line breaks)."
    with pytest.raises(MeetingError) as info:
        make_meeting(company="A\ud800")
    assert "invalid character (U+D800)" in info.value.fields["company"]


def test_ordinary_text_is_accepted_and_normalised_to_nfc(make_meeting: MakeMeeting) -> None:
    meeting = make_meeting(
        company="Smedjen  ApS\u00a0& Co",  # double space and no-break space are ordinary
        manager_name=DECOMPOSED,
        manager_title=" Leder (IT) ",
        employee_name="Zoë 李 🙂",
    )
    assert meeting.company == "Smedjen  ApS\u00a0& Co"
    assert meeting.manager_name == COMPOSED
    assert meeting.manager_title == "Leder (IT)"
    meeting.set_details(company=DECOMPOSED)
    assert meeting.company == COMPOSED
    meeting.set_note("small", "needs", f"{DECOMPOSED}\r\nline two\twith a tab")
    assert meeting.entry("small", "needs").note == f"{COMPOSED}\nline two\twith a tab"
    meeting.set_answer("small", "needs", DECOMPOSED)
    assert meeting.entry("small", "needs").answer == COMPOSED
    action = meeting.add_action(f"Ring til {DECOMPOSED}\nog aftal\tet møde", "other", None, "IT")
    assert action.what == f"Ring til {COMPOSED}\nog aftal\tet møde"
    meeting.update_action(action.id, owner_name=DECOMPOSED)
    assert action.owner_name == COMPOSED
    # The typed name matches the composed one on the meeting.
    meeting.sign("manager", DECOMPOSED, confirmed=True)
    assert meeting.signature("manager").name == COMPOSED


@pytest.mark.parametrize("text", ["note\x1bhere", "note\x00", "note\ud800", "a\x0bb", "a\rb"])
def test_multi_line_fields_keep_line_breaks_and_tabs_but_no_other_controls(
    make_meeting: MakeMeeting, text: str
) -> None:
    meeting = make_meeting()
    with pytest.raises(MeetingError) as info:
        meeting.set_note("small", "needs", text)
    assert set(info.value.fields) == {"note"}
    with pytest.raises(MeetingError) as info:
        meeting.set_answer("small", "needs", text)
    assert set(info.value.fields) == {"answer"}
    assert meeting.entry("small", "needs").note == ""
    assert meeting.entry("small", "needs").answer is None


@pytest.mark.parametrize(
    ("fields", "bad"),
    [
        ({"what": "Ring\x1b[2J"}, "what"),
        ({"what": "Ring\ud800"}, "what"),
        ({"what": "x" * 2001}, "what"),
        ({"what": 5}, "what"),
        ({"what": "Ring", "owner": "other", "owner_name": "IT\nForged"}, "owner_name"),
        ({"what": "Ring", "owner": "other", "owner_name": "IT\ud800"}, "owner_name"),
        ({"what": "Ring", "owner": "other", "owner_name": "I" * 201}, "owner_name"),
    ],
)
def test_actions_refuse_bad_text_with_the_models_own_error(
    make_meeting: MakeMeeting, fields: dict, bad: str
) -> None:
    meeting = make_meeting()
    try:
        meeting.add_action(**fields)
    except ValidationError as exc:  # pragma: no cover - the bug this guards against
        pytest.fail(f"raw validation error: {exc}")
    except MeetingError as exc:
        assert set(exc.fields) == {bad}
    else:
        pytest.fail("accepted")
    assert meeting.actions == []
    action = meeting.add_action("Ring", "both")
    with pytest.raises(MeetingError) as info:
        meeting.update_action(action.id, **fields)
    assert set(info.value.fields) == {bad}
    assert (action.what, action.owner_name) == ("Ring", "")


def test_text_stored_before_the_rules_does_not_block_other_changes(
    make_meeting: MakeMeeting,
) -> None:
    meeting = make_meeting()
    action = meeting.add_action("Ring", "other", owner_name="IT")
    action.what = "Old\x1bwhat"  # as loaded from data saved before the rules
    action.owner_name = "Old\x00name"
    meeting.update_action(action.id, done=True, deadline="2026-05-01")
    assert action.done and action.deadline == "2026-05-01"
    assert action.what == "Old\x1bwhat"


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("Lone\x1bLeder", "styretegn (U+001B)"),
        ("Lone\nLeder", "én linje"),
        ("Lone\ud800", "ugyldigt tegn (U+D800)"),
    ],
)
def test_a_signer_name_with_control_characters_is_refused_at_the_name(
    make_meeting: MakeMeeting, name: str, says: str
) -> None:
    meeting = make_meeting()
    with pytest.raises(MeetingError) as info:
        meeting.sign("manager", name, confirmed=True)
    assert set(info.value.fields) == {"name"}
    assert says in info.value.fields["name"]  # not just "the name must be Lone Leder"
    assert meeting.signatures == []
