"""The shipped checklists and the example meeting: they load, read well and follow the rules."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from remotework_desktop.core.checklists import (
    ITEM_KINDS,
    PLACES,
    PLAN_FIELDS,
    WEEKDAYS,
    AnswerError,
    ChecklistDefinition,
    Item,
    LoadResult,
    Text,
    condition_state,
    load_checklists,
    validate_answer,
    visible_items,
)
from remotework_desktop.core.example import build_example_meeting
from remotework_desktop.core.meetings import (
    Meeting,
    meeting_from_dict,
    new_meeting,
    sign_statement,
)

SHIPPED = ("getting_started", "leading", "conversation")
# Words that are simply the same in Danish and English; anything else must be translated.
SAME_IN_BOTH = {"Headset", "Chat", "Video", "E-mail"}
GATE_ITEMS = (
    "screen_work_regular",
    "home_screen_days",
    "total_screen_days",
    "compliant_station_elsewhere",
)
WORKSTATION_ITEMS = (
    "ws_screen",
    "ws_keyboard_mouse",
    "ws_desk_chair",
    "ws_lighting",
    "ws_breaks",
    "ws_eyes",
)
TODAY = dt.date(2026, 3, 2)


@pytest.fixture(scope="module")
def loaded() -> LoadResult:
    return load_checklists()


@pytest.fixture(scope="module")
def defs(loaded: LoadResult) -> dict[str, ChecklistDefinition]:
    return loaded.definitions


def _texts(definition: ChecklistDefinition) -> Iterator[tuple[str, str, str]]:
    """Every (place, da, en) text pair in a checklist, options included."""
    yield "title", definition.title.da, definition.title.en
    yield "intro", definition.intro.da, definition.intro.en
    for section in definition.sections:
        yield f"{section.id}.title", section.title.da, section.title.en
        if section.intro is not None:
            yield f"{section.id}.intro", section.intro.da, section.intro.en
        for item in section.items:
            for name in ("prompt", "help"):
                text: Text = getattr(item, name)
                yield f"{item.id}.{name}", text.da, text.en
            for option in item.options:
                yield f"{item.id}.{option.id}", option.da, option.en


def _sample_answer(item: Item) -> Any:
    """A sensible answer a person could give to this item."""
    if item.kind == "check":
        return True
    if item.kind == "text":
        return "Vi aftaler det på fredagsmødet."
    if item.kind == "choice":
        return item.options[-1].id
    if item.kind == "multi":
        return [item.options[1].id, item.options[0].id]
    if item.kind == "date":
        return "2026-04-01"
    if item.kind == "number":
        low, high = item.min or 0, item.max if item.max is not None else 10
        return (low + high) / 2
    if item.kind == "schedule":
        return dict(zip(WEEKDAYS, PLACES * 3, strict=False))
    if item.kind == "hours":
        return {"start": "09:00", "end": "15:00"}
    raise AssertionError(f"no sample for kind {item.kind}")


# -- loading and shape --------------------------------------------------------------------
def test_shipped_files_load_without_errors_in_order(loaded: LoadResult) -> None:
    assert [str(e) for e in loaded.errors] == []
    assert [d.id for d in loaded.ordered()] == list(SHIPPED)
    assert [d.order for d in loaded.ordered()] == [1, 2, 3]
    # Raised with the content review (issue 12); meetings keep their own snapshot.
    assert all(d.version == 2 for d in loaded.ordered())


@pytest.mark.parametrize("checklist_id", SHIPPED)
def test_each_checklist_has_at_least_twelve_items(
    defs: dict[str, ChecklistDefinition], checklist_id: str
) -> None:
    assert len(list(defs[checklist_id].items())) >= 12


@pytest.mark.parametrize("checklist_id", SHIPPED)
def test_every_text_has_danish_and_a_real_english_translation(
    defs: dict[str, ChecklistDefinition], checklist_id: str
) -> None:
    for place, da, en in _texts(defs[checklist_id]):
        assert da.strip() and en.strip(), place
        if da not in SAME_IN_BOTH:
            assert da != en, f"{place}: English is a copy of the Danish text"
        # Danish letters in the English text mean a sentence was left untranslated.
        assert not re.search("[æøåÆØÅ]", en), f"{place}: Danish letters in English: {en!r}"


@pytest.mark.parametrize("checklist_id", SHIPPED)
def test_help_texts_are_short(defs: dict[str, ChecklistDefinition], checklist_id: str) -> None:
    for item in defs[checklist_id].items():
        sentences = [s for s in re.split(r"[.!?](?:\s|$)", item.help.da) if s.strip()]
        assert 1 <= len(sentences) <= 3, f"{item.id}: {len(sentences)} sentences of help"


# Prompts longer than this many words need a reason here.
MAX_PROMPT_WORDS = 12
LONG_PROMPTS: dict[tuple[str, str, str], str] = {}


@pytest.mark.parametrize("checklist_id", SHIPPED)
def test_prompts_are_short(defs: dict[str, ChecklistDefinition], checklist_id: str) -> None:
    long = {
        (checklist_id, item.id, lang): len(item.prompt.get(lang).split())
        for item in defs[checklist_id].items()
        for lang in ("da", "en")
        if len(item.prompt.get(lang).split()) > MAX_PROMPT_WORDS
    }
    assert set(long) <= set(LONG_PROMPTS), long


# Wordings the review (issue 12) asked to replace, and where they must not come back.
AVOIDED = [
    ("da", "bygge ordningen om"),
    ("da", "let svagere"),
    ("da", "Udskrivning af lydoptagelser"),
    ("da", "fast ved en skærm"),
    ("da", "på tværs af vinduet"),
    ("da", "brug for for at"),
    ("da", "gåtur når"),
    ("da", "computer der"),
    ("en", "sparring"),
    ("en", "clear frames"),
    ("en", "a set colleague"),
    ("en", "a set buddy"),
    ("en", "What marks the tasks"),
]


@pytest.mark.parametrize("checklist_id", SHIPPED)
def test_reviewed_wordings_are_gone(
    defs: dict[str, ChecklistDefinition], checklist_id: str
) -> None:
    for place, da, en in _texts(defs[checklist_id]):
        text = {"da": da, "en": en}
        for lang, phrase in AVOIDED:
            assert phrase.casefold() not in text[lang].casefold(), f"{place}: {phrase!r}"


def test_ending_and_voluntary_state_no_right_as_law(defs: dict[str, ChecklistDefinition]) -> None:
    gs = defs["getting_started"]
    for item_id in ("ending", "voluntary"):
        item = gs.item(item_id)
        assert item is not None
        assert "har ret til at komme tilbage" not in item.help.da, item_id
        assert "altid sige nej" not in item.help.da, item_id
        assert "ingen generel ret" in item.help.da and "no general right" in item.help.en
        assert "handicap" in item.help.da and "disability" in item.help.en
    ending = gs.item("ending")
    assert ending is not None
    assert "overenskomst" in ending.help.da and "ikke bare stoppe" in ending.help.da
    assert "ansat til at arbejde hjemme" in ending.help.da
    # The statement both sign says the same: agreed together, not "voluntary".
    assert "frivillig" not in sign_statement("da") and "voluntary" not in sign_statement("en")
    assert "sammen" in sign_statement("da") and "together" in sign_statement("en")


def test_rest_period_is_eleven_consecutive_hours(defs: dict[str, ChecklistDefinition]) -> None:
    rest = defs["leading"].item("rest_periods")
    assert rest is not None
    assert "11 sammenhængende timer" in rest.help.da
    assert "11 consecutive hours" in rest.help.en


def test_flexjob_hours_are_settled_with_the_jobcenter(
    defs: dict[str, ChecklistDefinition],
) -> None:
    commute = defs["conversation"].item("commute_minutes")
    hours = defs["getting_started"].item("working_hours")
    for item in (commute, hours):
        assert item is not None
        assert "fleksjob" in item.help.da and "jobcentret" in item.help.da
        assert "løn og tilskud" in item.help.da and "wage and subsidy" in item.help.en
    assert commute is not None and "dig, der bestemmer" in commute.help.da
    assert "ekstra time" not in commute.help.da  # no nudge towards more hours


def test_aids_tell_the_jobcenter_from_the_employers_duty(
    defs: dict[str, ChecklistDefinition],
) -> None:
    aids = defs["conversation"].item("aids_needed")
    assert aids is not None
    assert "ikke normalt finder på en arbejdsplads" in aids.help.da
    assert "not normally found at a workplace" in aids.help.en
    assert "arbejdsgiverens pligt" in aids.help.da and "employer's duty" in aids.help.en
    screen = defs["getting_started"].item("ws_screen")
    assert screen is not None and "arbejdsgiverens pligt" in screen.help.da


def test_printed_free_text_asks_for_needs_not_diagnoses(
    defs: dict[str, ChecklistDefinition],
) -> None:
    for checklist_id, item_id in (
        ("getting_started", "purpose"),
        ("conversation", "motivation_why"),
    ):
        item = defs[checklist_id].item(item_id)
        assert item is not None and not item.private  # printed, so the help warns
        assert "udskriften" in item.help.da and "diagnoser" in item.help.da
        assert "printed" in item.help.en and "diagnoses" in item.help.en


# The topics no list asked about before issue 12: (checklist, item id, section, private).
NEW_TOPICS = [
    ("getting_started", "working_hours", "arrangement", False),
    ("getting_started", "time_registration", "arrangement", False),
    ("getting_started", "access_transport", "arrangement", False),
    ("getting_started", "accommodation", "equipment", True),
    ("getting_started", "sick_report", "health", False),
    ("getting_started", "chronic_illness_agreement", "health", True),
    ("getting_started", "work_injury", "health", False),
    ("getting_started", "private_notes", "health", False),
    ("conversation", "mentor", "support", False),
]


@pytest.mark.parametrize(("checklist_id", "item_id", "section", "private"), NEW_TOPICS)
def test_new_topics_are_asked_where_they_belong(
    defs: dict[str, ChecklistDefinition],
    checklist_id: str,
    item_id: str,
    section: str,
    private: bool,
) -> None:
    definition = defs[checklist_id]
    item = definition.item(item_id)
    assert item is not None, item_id
    assert definition.section_of(item_id).id == section  # type: ignore[union-attr]
    assert item.private is private
    assert item.show_if is None  # always asked


def test_new_topics_say_what_the_rules_say(defs: dict[str, ChecklistDefinition]) -> None:
    gs = defs["getting_started"]

    def help_da(item_id: str) -> str:
        item = gs.item(item_id)
        assert item is not None
        return item.help.da

    assert "juli 2024" in help_da("time_registration")
    assert "§ 56" in help_da("chronic_illness_agreement")
    assert "første fraværsdag" in help_da("chronic_illness_agreement")
    assert "Kommunen" in help_da("chronic_illness_agreement")
    assert "skyldes arbejdet" in help_da("work_injury")
    assert "rimelige tilpasninger" in help_da("accommodation")
    assert "uforholdsmæssig" in help_da("accommodation")
    assert "slettet" in help_da("private_notes")
    mentor = defs["conversation"].item("mentor")
    assert mentor is not None and "Jobcentret" in mentor.help.da


def test_every_kind_is_used_at_least_twice(defs: dict[str, ChecklistDefinition]) -> None:
    kinds = Counter(i.kind for d in defs.values() for i in d.items())
    assert {k: kinds[k] for k in ITEM_KINDS if kinds[k] < 2} == {}


def test_ids_are_unique_and_lower_snake(defs: dict[str, ChecklistDefinition]) -> None:
    snake = re.compile(r"^[a-z][a-z0-9_]*$")
    for definition in defs.values():
        section_ids = [s.id for s in definition.sections]
        item_ids = [i.id for i in definition.items()]
        assert len(set(section_ids)) == len(section_ids), definition.id
        assert len(set(item_ids)) == len(item_ids), definition.id
        for item in definition.items():
            assert snake.match(item.id), item.id
            option_ids = [o.id for o in item.options]
            assert len(set(option_ids)) == len(option_ids), item.id
            assert all(snake.match(o) for o in option_ids), item.id


def test_getting_started_fills_every_field_of_the_plan(
    defs: dict[str, ChecklistDefinition],
) -> None:
    plans = {i.plan: i for i in defs["getting_started"].items() if i.plan}
    assert set(plans) == set(PLAN_FIELDS)
    expected_kinds = {
        "reason": "multi",
        "home_days": "number",
        "schedule": "schedule",
        "contact_hours": "hours",
        "start_date": "date",
        "evaluation_date": "date",
    }
    assert {f: plans[f].kind for f in expected_kinds} == expected_kinds
    assert (plans["home_days"].min, plans["home_days"].max) == (0, 5)
    # The reason offers exactly the six situations where home work helps.
    assert len(plans["reason"].options) == 6
    # Only one checklist fills the plan, so Meeting.plan_value never has to choose.
    others = [i.id for c in ("leading", "conversation") for i in defs[c].items() if i.plan]
    assert others == []


def test_items_about_health_or_home_life_are_private(
    defs: dict[str, ChecklistDefinition],
) -> None:
    private = {(d.id, i.id) for d in defs.values() for i in d.items() if i.private}
    assert {
        ("getting_started", "reason"),
        ("getting_started", "aids"),
        ("leading", "early_signs"),
        ("conversation", "energy_after"),
        ("conversation", "support_needed"),
        ("conversation", "aids_needed"),
        ("conversation", "work_life_boundary"),
    } <= private


def test_audiences_fit_each_checklist(defs: dict[str, ChecklistDefinition]) -> None:
    leading = Counter(i.audience for i in defs["leading"].items())
    talk = Counter(i.audience for i in defs["conversation"].items())
    assert leading["manager"] > leading["employee"] + leading["both"] / 2
    assert talk["employee"] > talk["manager"] + talk["both"] / 2


def test_gate_questions_cannot_become_actions(defs: dict[str, ChecklistDefinition]) -> None:
    getting_started = defs["getting_started"]
    for item_id in GATE_ITEMS:
        item = getting_started.item(item_id)
        assert item is not None and not item.actionable and item.show_if is None


# -- the screen-work rule (BEK 384/2022 as amended by BEK 1846/2023) ----------------------
RULE_CASES = [
    # regular, home screen days, total screen days, compliant station elsewhere, state
    # state: True the rule applies (shown), False it does not (hidden), None unknown (shown,
    # marked "depends on the answers above").
    pytest.param(True, 3, 3, True, True, id="regular-3-home-days"),
    pytest.param(True, 2.5, 2.5, True, True, id="regular-2.5-home-days"),
    pytest.param(True, 2, 2, False, False, id="regular-2-home-days"),
    pytest.param(False, 4, 4, False, False, id="not-regular-4-home-days"),
    pytest.param(True, 2, 3, False, True, id="3-screen-days-no-station-elsewhere"),
    pytest.param(True, 2, 3, True, False, id="3-screen-days-station-elsewhere"),
    pytest.param(True, 1, 1.5, False, False, id="old-one-day-threshold-not-used"),
    pytest.param(None, None, None, None, None, id="nothing-answered-unknown"),
    pytest.param(True, None, None, None, None, id="only-regular-unknown"),
    pytest.param(True, 3, None, None, True, id="regular-3-home-days-rest-unanswered"),
    pytest.param(True, 2, 3, None, None, id="station-elsewhere-unanswered-unknown"),
    pytest.param(False, None, None, None, False, id="not-regular-rest-unanswered"),
    pytest.param(None, 1, 1, None, False, id="too-few-days-regular-unanswered"),
]


@pytest.mark.parametrize(("regular", "home", "total", "elsewhere", "state"), RULE_CASES)
def test_workstation_items_follow_the_screen_work_rule(
    defs: dict[str, ChecklistDefinition],
    regular: bool | None,
    home: float | None,
    total: float | None,
    elsewhere: bool | None,
    state: bool | None,
) -> None:
    definition = defs["getting_started"]
    meeting = new_meeting(
        company="Test ApS",
        manager_name="Lene",
        employee_name="Ib",
        meeting_date=TODAY,
        checklists=[definition],
    )
    for item_id, value in zip(GATE_ITEMS, (regular, home, total, elsewhere), strict=True):
        meeting.set_answer("getting_started", item_id, value)
    visible = {i.id for i in meeting.visible_items("getting_started")}
    pending = {i.id for i in meeting.pending_items("getting_started")}
    shown = state is not False
    assert {i: i in visible for i in WORKSTATION_ITEMS} == dict.fromkeys(WORKSTATION_ITEMS, shown)
    marked = state is None
    assert {i: i in pending for i in WORKSTATION_ITEMS} == dict.fromkeys(WORKSTATION_ITEMS, marked)
    for item_id in WORKSTATION_ITEMS:
        item = definition.item(item_id)
        assert item is not None
        assert condition_state(item.show_if, meeting.answers("getting_started")) is state
    # The gate questions themselves are always asked, and never marked.
    assert set(GATE_ITEMS) <= visible and not set(GATE_ITEMS) & pending


def test_workstation_section_has_no_unconditional_rule_items(
    defs: dict[str, ChecklistDefinition],
) -> None:
    section = next(s for s in defs["getting_started"].sections if s.id == "workstation")
    conditional = [i.id for i in section.items if i.show_if is not None]
    assert conditional == list(WORKSTATION_ITEMS)
    # Every home workplace belongs in the workplace assessment (APV), so it is always asked.
    assert defs["getting_started"].item("ws_apv").show_if is None
    # A height-adjustable desk is not required; the text must not suggest it is.
    desk = defs["getting_started"].item("ws_desk_chair")
    assert desk is not None and "behøver ikke" in desk.help.da


# -- answers ------------------------------------------------------------------------------
@pytest.mark.parametrize("checklist_id", SHIPPED)
def test_validate_answer_accepts_a_sensible_answer_for_every_item(
    defs: dict[str, ChecklistDefinition], checklist_id: str
) -> None:
    for item in defs[checklist_id].items():
        value = _sample_answer(item)
        normalised = validate_answer(item, value)
        assert normalised is not None, item.id
        # Normalising is stable: a stored answer validates to itself.
        assert validate_answer(item, normalised) == normalised, item.id
        with pytest.raises(AnswerError):
            validate_answer(item, object())


# -- the example meeting ------------------------------------------------------------------
@pytest.fixture(scope="module")
def example() -> Meeting:
    return build_example_meeting(today=TODAY)


def test_example_is_a_filled_in_draft(example: Meeting) -> None:
    assert (example.company, example.manager_name, example.employee_name) == (
        "Æblegården ApS",
        "Søren Ødegaard",
        "Åse Brønnum-Jensen",
    )
    assert example.manager_title == "Afdelingsleder"
    assert example.meeting_date == TODAY.isoformat()
    assert [r.id for r in example.checklists] == list(SHIPPED)
    assert example.state == "draft" and example.signatures == [] and example.fingerprint is None
    done, total = example.total_progress()
    assert done >= total * 0.8 and done < total  # mostly discussed, a few still open
    statuses = Counter(e.status for items in example.entries.values() for e in items.values())
    assert statuses["follow_up"] >= 2
    follow_up = dt.date.fromisoformat(example.follow_up_date or "")
    assert 80 <= (follow_up - TODAY).days <= 110


def test_example_fills_the_plan(example: Meeting) -> None:
    missing = [f for f in PLAN_FIELDS if example.plan_value(f) is None]
    assert missing == []
    unanswered = [f for f in PLAN_FIELDS if example.plan_value(f)[1].answer is None]  # type: ignore[index]
    assert unanswered == []
    reason = example.plan_value("reason")
    assert reason is not None and reason[1].private  # health-related, so kept out of print


def test_example_actions_have_owners_and_deadlines_after_the_meeting(example: Meeting) -> None:
    assert 4 <= len(example.actions) <= 6
    assert {a.owner for a in example.actions} == {"manager", "employee", "both", "other"}
    other = [a for a in example.actions if a.owner == "other"]
    assert all(a.owner_name for a in other)
    for action in example.actions:
        assert action.deadline is not None
        assert TODAY < dt.date.fromisoformat(action.deadline) <= TODAY + dt.timedelta(days=60)
        if action.item_id is not None:
            item = example.definition(action.checklist_id or "").item(action.item_id)
            assert item is not None and item.actionable


def test_example_keeps_needs_in_private_notes(example: Meeting) -> None:
    private_notes = [
        (cid, iid, e.note)
        for cid, items in example.entries.items()
        for iid, e in items.items()
        if e.private and e.note
    ]
    assert ("conversation", "support_needed") in {(c, i) for c, i, _ in private_notes}
    # A note the item does not mark private was made private on purpose (set_private).
    quiet = example.entry("conversation", "home_quiet")
    assert quiet.private and quiet.note
    # Needs, not diagnoses.
    words = " ".join(
        str(e.answer) + " " + e.note for items in example.entries.values() for e in items.values()
    ).casefold()
    for word in ("diagnose", "autisme", "depression", "angst", "sygdom"):
        assert word not in words


def test_example_answers_are_valid_and_visible(example: Meeting) -> None:
    for checklist_id, items in example.entries.items():
        definition = example.definition(checklist_id)
        visible = {i.id for i in visible_items(definition, example.answers(checklist_id))}
        for item_id, entry in items.items():
            item = definition.item(item_id)
            assert item is not None
            if entry.answer is not None:
                assert validate_answer(item, entry.answer) == entry.answer
                assert item_id in visible, f"{item_id} is answered but hidden"


def test_example_uses_the_new_topics(example: Meeting) -> None:
    for checklist_id, item_id, _section, _private in NEW_TOPICS:
        entry = example.entry(checklist_id, item_id)
        assert entry.answer is not None and entry.status == "agreed", item_id
    ending = example.entry("getting_started", "ending").answer
    assert isinstance(ending, str) and "altid vende tilbage" not in ending


def test_example_round_trips_through_json(example: Meeting) -> None:
    data = example.model_dump(mode="json")
    again = meeting_from_dict(data)
    assert again.model_dump(mode="json") == data
    assert again.compute_fingerprint() == example.compute_fingerprint()


def test_example_with_fixed_ids_is_identical_on_every_build() -> None:
    first = build_example_meeting(today=TODAY, fixed_ids=True)
    second = build_example_meeting(today=TODAY, fixed_ids=True)
    assert first.model_dump(mode="json") == second.model_dump(mode="json")
    assert first.id == "example0001"
    assert [a.id for a in first.actions] == [f"action{n:02d}" for n in range(1, 6)]
    assert first.created_at == first.updated_at == "2026-03-02T09:00:00+00:00"


def test_example_without_fixed_ids_differs_only_in_ids_and_times() -> None:
    volatile = {"id", "created_at", "updated_at"}
    first = build_example_meeting(today=TODAY).model_dump(mode="json")
    second = build_example_meeting(today=TODAY).model_dump(mode="json")
    assert first["id"] != second["id"]
    for data in (first, second):
        for key in volatile:
            data.pop(key)
        for action in data["actions"]:
            action.pop("id")
    assert first == second


def test_example_works_with_a_subset_of_checklists(defs: dict[str, ChecklistDefinition]) -> None:
    meeting = build_example_meeting([defs["leading"]], today=TODAY)
    assert [r.id for r in meeting.checklists] == ["leading"]
    assert set(meeting.entries) == {"leading"}
    # Actions whose item is not in the meeting are kept, just not tied to an item.
    assert len(meeting.actions) == 5
    assert {a.checklist_id for a in meeting.actions} == {"leading", None}
