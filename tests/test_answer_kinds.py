"""One registry of answer kinds: core/answers.KINDS and gui answer_controls.ANSWER_CONTROLS.

Every kind the shipped checklists use has an entry in both; and a kind made up here, added to
those two registries and nowhere else, works end to end: the checklist file loads, answers
are checked, the PDF and the window print it, the window edits it, the store keeps it.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import SMALL_CHECKLIST, load_small_checklist
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from remotework_desktop.core import formatting as fmt
from remotework_desktop.core import text
from remotework_desktop.core.answers import KINDS, AnswerError, AnswerKind, validate_answer
from remotework_desktop.core.checklists import Item, load_checklists, parse_checklist
from remotework_desktop.core.example import build_example_meeting
from remotework_desktop.core.meetings import new_meeting
from remotework_desktop.core.pdf.render import render_pdf
from remotework_desktop.core.store import Store
from remotework_desktop.gui.editor import answer_controls
from remotework_desktop.gui.editor.answer_controls import (
    ANSWER_CONTROLS,
    AnswerControl,
    make_answer_control,
)
from remotework_desktop.gui.editor.meeting_editor import MeetingEditor


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "read.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True)
    return " ".join(out.stdout.decode("utf-8").split())


# -- every shipped kind has its entries ----------------------------------------------------------
def test_every_kind_in_the_shipped_checklists_has_a_core_entry_and_a_widget(qtbot) -> None:
    loaded = load_checklists()
    assert loaded.errors == []
    items: dict[str, Item] = {}
    for definition in loaded.ordered():
        for item in definition.items():
            items.setdefault(item.kind, item)
    assert len(items) >= 8  # all eight kinds are in use today
    for kind, item in items.items():
        assert isinstance(KINDS.get(kind), AnswerKind), f"no core entry for {kind!r}"
        assert KINDS[kind].name == kind
        assert kind in ANSWER_CONTROLS, f"no widget factory for {kind!r}"
        control = make_answer_control(item, "da")
        qtbot.addWidget(control)
        assert isinstance(control, AnswerControl)
    # Neither registry has a kind the other lacks.
    assert set(KINDS) == set(ANSWER_CONTROLS)


def test_every_kind_answered_in_the_example_is_validated_printed_and_shown() -> None:
    """The example meeting answers items of every kind: each answer passes its kind's
    validation unchanged and has a printed form in both languages."""
    meeting = build_example_meeting(fixed_ids=True)
    seen: set[str] = set()
    for ref in meeting.checklists:
        definition = meeting.definition(ref.id)
        for item in definition.items():
            value = meeting.entry(ref.id, item.id).answer
            if value is None:
                continue
            seen.add(item.kind)
            assert KINDS[item.kind].validate(item, value) == value
            for lang in ("da", "en"):
                assert fmt.format_answer(item, value, lang).strip(), (item.id, lang)
    assert seen == set(KINDS)


def test_a_kind_with_options_or_bounds_is_told_by_its_entry() -> None:
    assert {k for k, e in KINDS.items() if e.options} == {"choice", "multi"}
    assert {k for k, e in KINDS.items() if e.bounds} == {"number"}
    with_min = SMALL_CHECKLIST.replace('kind = "text"', 'kind = "text"\nmin = 1', 1)
    assert [e.message for e in parse_checklist(with_min)[1]] == [
        "only 'number' items can have min and max"
    ]


# Values a lax check would take (coerce) and the kinds refuse, with the words people see.
REFUSED = [
    ("regular", 1, "Svaret skal være ja eller nej."),
    ("regular", "true", "Svaret skal være ja eller nej."),
    ("purpose", 5, "Svaret skal være tekst."),
    ("purpose", b"tekst", "Svaret skal være tekst."),
    ("contact", 1, "'1' er ikke en af valgmulighederne."),
    ("tasks", {"phone"}, "Svaret skal være en liste af valgmuligheder."),
    ("tasks", "phone", "Svaret skal være en liste af valgmuligheder."),
    ("tasks", [1], "Svaret skal være en liste af valgmuligheder."),
    ("days", "3", "Svaret skal være et tal."),
    ("days", True, "Svaret skal være et tal."),
    ("days", float("nan"), "Svaret skal være et tal."),
    ("days", float("inf"), "Svaret skal være et tal."),
    ("days", 6, "Tallet må ikke være større end 5."),
    ("start", 20270104, "'20270104' er ikke en dato (ÅÅÅÅ-MM-DD)."),
    ("week", [("mon", "home")], "Ugeplanen skal angive et sted for hver dag."),
    ("hours", [("start", "09:00")], "Tidsrummet skal have et start- og et sluttidspunkt."),
    ("hours", {"start": "9:00", "end": "10:00"}, "'9:00' er ikke et klokkeslæt (TT:MM)."),
]


@pytest.mark.parametrize(("item_id", "value", "says"), REFUSED)
def test_the_shipped_kinds_refuse_values_they_would_have_to_coerce(
    item_id: str, value: Any, says: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text, "_language", "da")
    item = load_small_checklist().item(item_id)
    assert item is not None
    with pytest.raises(AnswerError) as info:
        validate_answer(item, value)
    assert str(info.value) == says


def test_the_shipped_kinds_normalise_what_they_accept() -> None:
    item = load_small_checklist().item
    assert (
        validate_answer(item("days"), 3.0) == 3 and type(validate_answer(item("days"), 3.0)) is int
    )
    assert validate_answer(item("days"), 2.5) == 2.5
    assert validate_answer(item("tasks"), ("phone", "data")) == ["data", "phone"]
    assert validate_answer(item("start"), dt.datetime(2027, 1, 4, 9, 30)) == "2027-01-04"
    assert validate_answer(item("week"), {"tue": "off", "mon": "home"}) == {
        "mon": "home",
        "tue": "off",
    }
    assert validate_answer(item("regular"), None) is None


# -- a made-up kind, added to the two registries only ----------------------------------------
def _validate_rating(item: Item, value: Any) -> int:
    # Strictly a whole number (not "4", True or 4.0) from 1 to 5.
    if type(value) is not int or not 1 <= value <= 5:
        raise AnswerError(
            "The rating must be from 1 to 5."
            if text.language() == "en"
            else "Vurderingen skal være fra 1 til 5."
        )
    return value


def _printed_rating(item: Item, value: Any, lang: str) -> str:
    return f"{value} af 5" if lang == "da" else f"{value} of 5"


class RatingControl(AnswerControl):
    """A spin box from 1 to 5; 0 shows as '–' and means not answered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = QSpinBox(self)
        self.spin.setRange(0, 5)
        self.spin.setSpecialValueText("–")
        self._layout.addWidget(self.spin)
        self.spin.valueChanged.connect(lambda v: self.edited.emit(v or None))

    def set_value(self, value: Any) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(value or 0)
        self.spin.blockSignals(False)

    def focus_widget(self) -> QWidget:
        return self.spin


RATING_CHECKLIST = """
id = "rated"
version = 1
title = { da = "Vurdering", en = "Rating" }
intro = { da = "Til test.", en = "For tests." }

[[sections]]
id = "main"
title = { da = "Hoved", en = "Main" }

[[sections.items]]
id = "calm"
kind = "rating"
prompt = { da = "Hvor rolig er arbejdspladsen derhjemme?", en = "How calm is the home workplace?" }
help = { da = "1 er meget uroligt, 5 er meget roligt.", en = "1 is very busy, 5 very calm." }
"""


@pytest.fixture
def rating_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    """The made-up kind, in the core registry and the widget registry, and nowhere else."""
    monkeypatch.setitem(KINDS, "rating", AnswerKind("rating", _validate_rating, _printed_rating))
    monkeypatch.setitem(
        answer_controls.ANSWER_CONTROLS, "rating", lambda item, lang, parent: RatingControl(parent)
    )
    monkeypatch.setattr(text, "_language", "da")


def test_a_kind_not_in_the_registry_is_refused_by_the_checklist_schema() -> None:
    definition, errors = parse_checklist(RATING_CHECKLIST, "rated.toml")
    assert definition is None
    assert [str(e) for e in errors] == [
        "rated.toml: section 'main' item 'calm' kind: must be 'check', 'text', 'choice', "
        "'multi', 'date', 'number', 'schedule' or 'hours'"
    ]


@pytest.mark.usefixtures("rating_kind")
def test_a_made_up_kind_added_only_to_the_registries_works_end_to_end(
    qtbot, tmp_path: Path
) -> None:
    # The checklist file with the new kind loads; the kind's entry says it has no options.
    definition, errors = parse_checklist(RATING_CHECKLIST, "rated.toml")
    assert definition is not None, errors
    with_options = RATING_CHECKLIST + 'options = [{ id = "a", da = "A", en = "A" }]\n'
    assert "a 'rating' item cannot have options" in str(parse_checklist(with_options)[1][0])
    with_min = RATING_CHECKLIST + "min = 1\n"
    assert "only 'number' items can have min and max" in str(parse_checklist(with_min)[1][0])
    meeting = new_meeting(
        company="Smedjen ApS",
        manager_name="Lone Leder",
        employee_name="Mads Medarbejder",
        meeting_date="2026-03-02",
        checklists=[definition],
    )
    item = definition.item("calm")
    assert item is not None and item.kind == "rating"

    # Validation: its own rule, its own words in the chosen language; None clears.
    for wrong in (7, 0, "4", True, 4.0):
        with pytest.raises(AnswerError, match="Vurderingen skal være fra 1 til 5"):
            meeting.set_answer("rated", "calm", wrong)
    text.set_language("en")
    with pytest.raises(AnswerError, match="The rating must be from 1 to 5"):
        meeting.set_answer("rated", "calm", 9)
    text.set_language("da")
    meeting.set_answer("rated", "calm", 4)
    assert meeting.entry("rated", "calm").answer == 4

    # Printing: the printed form in both languages, in the PDF read back.
    assert fmt.format_answer(item, 4, "da") == "4 af 5"
    assert fmt.format_answer(item, 4, "en") == "4 of 5"
    assert "Hvor rolig er arbejdspladsen derhjemme? Ikke drøftet endnu 4 af 5" in pdf_text(
        render_pdf(meeting, tz=dt.UTC), tmp_path
    )
    assert "4 of 5" in pdf_text(render_pdf(meeting, lang="en", tz=dt.UTC), tmp_path)

    # The store keeps it: saved, opened again from the files, same answer.
    with Store.open(tmp_path / "store") as store:
        store.save(meeting)
    with Store.open(tmp_path / "store") as store:
        meeting = store.get(meeting.id)
    assert meeting.entry("rated", "calm").answer == 4

    # The window: the card holds the kind's widget, showing the answer and editing it.
    editor = MeetingEditor(meeting, "da")
    qtbot.addWidget(editor)
    control = editor.checklist_pages["rated"].cards["calm"].answer
    assert isinstance(control, RatingControl)
    assert control.spin.value() == 4
    control.spin.setValue(2)
    assert meeting.entry("rated", "calm").answer == 2
    control.spin.setValue(0)
    assert meeting.entry("rated", "calm").answer is None


@pytest.mark.usefixtures("rating_kind")
def test_a_follow_up_prints_the_made_up_kinds_answer_from_last_time(qtbot, tmp_path) -> None:
    definition, errors = parse_checklist(RATING_CHECKLIST, "rated.toml")
    assert definition is not None, errors
    first = new_meeting(
        company="Smedjen ApS",
        manager_name="Lone Leder",
        employee_name="Mads Medarbejder",
        meeting_date="2026-03-02",
        checklists=[definition],
    )
    first.set_answer("rated", "calm", 3)
    for role, name in (("manager", "Lone Leder"), ("employee", "Mads Medarbejder")):
        first.sign(role, name, method="typed", confirmed=True)
    follow = first.follow_up("2026-09-01")
    follow.set_answer("rated", "calm", 5)
    assert "Aftalt sidst: 3 af 5" in pdf_text(render_pdf(follow, tz=dt.UTC), tmp_path)
    editor = MeetingEditor(follow, "da")
    qtbot.addWidget(editor)
    card = editor.checklist_pages["rated"].cards["calm"]
    assert card.answer.spin.value() == 5
    assert any("Aftalt sidst: 3 af 5" in label.text() for label in card.findChildren(QLabel))
