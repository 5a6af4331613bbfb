"""The checklist loader and validator: good files load, broken files give one clear line each."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from remotework_desktop.core.checklists import (
    ChecklistError,
    condition_state,
    evaluate,
    load_checklists,
    parse_checklist,
    pending_items,
    visible_items,
)

GOOD = """\
id = "sample"
version = 2
order = 5
title = { da = "Prøveliste", en = "Sample list" }
intro = { da = "Til prøve.", en = "For testing." }

[[sections]]
id = "first"
title = { da = "Første", en = "First" }

[[sections.items]]
id = "works_home"
kind = "check"
audience = "employee"
prompt = { da = "Arbejder du hjemme?", en = "Do you work from home?" }
help = { da = "Svar ja eller nej.", en = "Answer yes or no." }

[[sections.items]]
id = "place"
kind = "choice"
prompt = { da = "Hvor?", en = "Where?" }
help = { da = "Vælg et sted.", en = "Pick a place." }
options = [
  { id = "kitchen", da = "Køkkenet", en = "The kitchen" },
  { id = "study", da = "Kontoret", en = "The study" },
]
show_if = { item = "works_home", op = "eq", value = true }

[[sections]]
id = "second"
title = { da = "Anden", en = "Second" }

[[sections.items]]
id = "chair"
kind = "check"
prompt = { da = "Er stolen god?", en = "Is the chair good?" }
help = { da = "Tænk på ryggen.", en = "Think of your back." }
show_if = { any = [ { item = "place", op = "eq", value = "study" }, { not = { item = "works_home", op = "answered" } } ] }
"""


def _replace(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_good_file_loads_with_its_content(tmp_path: Path) -> None:
    _write(tmp_path, "sample.toml", GOOD)
    result = load_checklists([tmp_path])
    assert result.errors == []
    definition = result.definitions["sample"]
    assert (definition.version, definition.order, definition.title.en) == (2, 5, "Sample list")
    assert [i.id for i in definition.items()] == ["works_home", "place", "chair"]
    place = definition.item("place")
    assert place is not None and place.option("study") is not None
    assert definition.section_of("chair") is not None
    assert definition.section_of("chair").id == "second"  # type: ignore[union-attr]


def test_conditions_of_the_good_file_evaluate(tmp_path: Path) -> None:
    definition, errors = parse_checklist(GOOD, "sample.toml")
    assert errors == [] and definition is not None

    def shown(answers: dict[str, object]) -> list[str]:
        return [i.id for i in visible_items(definition, answers)]

    def pending(answers: dict[str, object]) -> list[str]:
        return [i.id for i in pending_items(definition, answers)]

    # Unknown (the deciding answer is missing) shows the item, marked as pending.
    assert shown({}) == ["works_home", "place", "chair"]
    assert pending({}) == ["place"]
    assert shown({"works_home": False}) == ["works_home", "chair"]
    assert pending({"works_home": False}) == ["chair"]  # place is unanswered: unknown
    assert pending({"works_home": True, "place": "kitchen"}) == []
    assert shown({"works_home": True, "place": "kitchen"}) == ["works_home", "place"]
    assert shown({"works_home": True, "place": "study"}) == ["works_home", "place", "chair"]
    assert evaluate(None, {}) is True
    assert condition_state(None, {}) is True


def test_conditions_are_three_valued() -> None:
    definition, _ = parse_checklist(GOOD)
    assert definition is not None
    place = definition.item("place")
    assert place is not None and place.show_if is not None
    assert condition_state(place.show_if, {}) is None
    assert condition_state(place.show_if, {"works_home": True}) is True
    assert condition_state(place.show_if, {"works_home": False}) is False
    assert evaluate(place.show_if, {}) is False  # unknown is not "holds"
    chair = definition.item("chair")
    assert chair is not None and chair.show_if is not None
    # any: True as soon as one part is True, even with another part unknown
    assert condition_state(chair.show_if, {"place": "study"}) is True
    assert condition_state(chair.show_if, {"works_home": True}) is None
    assert condition_state(chair.show_if, {"works_home": True, "place": "kitchen"}) is False


def test_snapshot_round_trips_to_the_same_digest(tmp_path: Path) -> None:
    definition, _ = parse_checklist(GOOD)
    assert definition is not None
    again = type(definition).from_snapshot(definition.snapshot())
    assert again == definition and again.digest() == definition.digest()


# Each case: the file's content and what the one error line must say.
BROKEN = [
    pytest.param(
        _replace(GOOD, 'kind = "check"\naudience', "kind = check\naudience"),
        ["line 13, column 8", "not valid TOML"],
        id="toml-syntax-error",
    ),
    pytest.param(
        _replace(GOOD, 'prompt = { da = "Hvor?", en = "Where?" }\n', ""),
        ["section 'first' item 'place' prompt", "is missing"],
        id="missing-field",
    ),
    pytest.param(
        _replace(GOOD, 'kind = "choice"', 'kind = "slider"'),
        ["section 'first' item 'place' kind", "must be 'check'"],
        id="unknown-kind",
    ),
    pytest.param(
        _replace(GOOD, 'id = "chair"', 'id = "place"'),
        ["item id 'place' is used twice"],
        id="duplicate-item-id",
    ),
    pytest.param(
        _replace(GOOD, 'item = "works_home", op = "eq"', 'item = "works_at_home", op = "eq"'),
        ["item 'place'", "unknown item 'works_at_home'"],
        id="unknown-show-if-item",
    ),
    pytest.param(
        _replace(GOOD, '  { id = "study", da = "Kontoret", en = "The study" },\n', ""),
        ["section 'first' item 'place'", "needs at least two options"],
        id="option-missing",
    ),
    pytest.param(
        _replace(
            GOOD,
            '{ id = "study", da = "Kontoret", en = "The study" }',
            '{ id = "study", da = "Kontoret" }',
        ),
        ["section 'first' item 'place' option 'study' en", "is missing"],
        id="option-text-missing",
    ),
    pytest.param(
        _replace(GOOD, 'value = "study"', 'value = "garden"'),
        ["item 'chair'", "'garden'", "not an option of 'place'"],
        id="wrong-option-in-condition",
    ),
    pytest.param(
        _replace(GOOD, 'value = "study"', 'value = "study", colour = "red"'),
        ["section 'second' item 'chair' show_if", "colour", "not a known field"],
        id="unknown-field-in-condition",
    ),
    pytest.param(
        _replace(GOOD, 'op = "eq", value = "study"', 'op = "in", value = "study"'),
        ["item 'chair'", "needs a list"],
        id="in-without-a-list",
    ),
    pytest.param(
        GOOD.encode("utf-8").replace("Prøveliste".encode(), "Prøveliste".encode("latin-1")),
        ["byte ", "not UTF-8"],
        id="not-utf-8",
    ),
    pytest.param(b"", ["is empty"], id="empty-file"),
    pytest.param("# only a comment\n\n", ["is empty"], id="only-comments"),
]


@pytest.mark.parametrize(("content", "expected"), BROKEN)
def test_broken_file_gives_one_line_naming_file_place_and_problem(
    tmp_path: Path, content: str | bytes, expected: list[str]
) -> None:
    _write(tmp_path, "broken.toml", content)
    result = load_checklists([tmp_path])
    assert result.definitions == {}
    assert len(result.errors) == 1, [str(e) for e in result.errors]
    line = str(result.errors[0])
    assert "\n" not in line
    assert line.startswith("broken.toml: ")
    for part in expected:
        assert part in line


def test_syntax_error_line_number_points_at_the_broken_line(tmp_path: Path) -> None:
    lines = GOOD.splitlines()
    broken_at = lines.index('id = "chair"')
    lines[broken_at] = 'id = "chair'  # unterminated string
    _write(tmp_path, "broken.toml", "\n".join(lines))
    (error,) = load_checklists([tmp_path]).errors
    assert error.place.startswith(f"line {broken_at + 1},")


def test_one_broken_file_does_not_stop_the_others(tmp_path: Path) -> None:
    _write(tmp_path, "a_good.toml", GOOD)
    _write(tmp_path, "b_broken.toml", _replace(GOOD, 'kind = "choice"', 'kind = "slider"'))
    _write(tmp_path, "c_other.toml", _replace(GOOD, 'id = "sample"', 'id = "other"'))
    _write(tmp_path, "d_bytes.toml", b"\xff\xfe\x00garbage")
    _write(tmp_path, "notes.txt", "not a checklist")
    result = load_checklists([tmp_path])
    assert sorted(result.definitions) == ["other", "sample"]
    assert sorted(e.file for e in result.errors) == ["b_broken.toml", "d_bytes.toml"]


def test_two_files_with_the_same_id_keep_the_first(tmp_path: Path) -> None:
    _write(tmp_path, "a.toml", GOOD)
    _write(tmp_path, "b.toml", _replace(GOOD, "version = 2", "version = 3"))
    result = load_checklists([tmp_path])
    assert result.definitions["sample"].version == 2
    assert [str(e) for e in result.errors] == ["b.toml: id: checklist id 'sample' is already used"]


def test_unreadable_path_is_an_error_not_a_crash(tmp_path: Path) -> None:
    result = load_checklists([tmp_path / "missing.toml"])
    assert result.definitions == {}
    assert len(result.errors) == 1 and "cannot be read" in str(result.errors[0])


def test_deeply_nested_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    _write(tmp_path, "deep.toml", "x = " + "[" * 5000 + "]" * 5000 + "\n")
    result = load_checklists([tmp_path])
    assert [e.file for e in result.errors] == ["deep.toml"]


# -- nothing a file can hold makes the loader raise ---------------------------------------
def _check_result(folder: Path) -> None:
    result = load_checklists([folder])
    # Exactly one outcome per file: a definition or at least one error, never both.
    assert len(result.definitions) + (1 if result.errors else 0) == 1
    for error in result.errors:
        assert isinstance(error, ChecklistError) and error.file == "fuzz.toml"
        assert str(error).startswith("fuzz.toml: ")


_FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_FUZZ
@given(data=st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(tmp_path: Path, data: bytes) -> None:
    _write(tmp_path, "fuzz.toml", data)
    _check_result(tmp_path)


# Pieces a mutation may insert: TOML syntax and schema words, so mutants get past the parser.
_TOKENS = st.sampled_from(
    [
        "[",
        "]",
        "{",
        "}",
        '"',
        "=",
        ",",
        "\n",
        "[[sections]]\n",
        "[[sections.items]]\n",
        'id = "x"\n',
        'kind = "multi"\n',
        'op = "in"',
        "value = 3",
        "value = [1, 2]",
        'show_if = { item = "place" }\n',
        "options = []\n",
        "min = 5\nmax = 1\n",
        "1979-05-27T07:32:00Z",
        "inf",
        "nan",
        "ø",
        "\x00",
    ]
)


@st.composite
def _mutants(draw: st.DrawFn) -> str:
    text = GOOD
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["delete", "insert", "token", "swap_lines"]))
        if action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
        elif action == "insert":
            text = text[:at] + draw(st.text(max_size=10)) + text[at:]
        elif action == "token":
            text = text[:at] + draw(_TOKENS) + text[at:]
        else:
            lines = text.splitlines(keepends=True)
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            text = "".join(lines)
    return text


@_FUZZ
@given(text=_mutants())
def test_mutations_of_a_good_file_never_raise(tmp_path: Path, text: str) -> None:
    _write(tmp_path, "fuzz.toml", text.encode("utf-8", "surrogatepass"))
    _check_result(tmp_path)
