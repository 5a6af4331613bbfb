"""Typed input is read by core, and its messages follow the chosen language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from remotework_desktop.core import text
from remotework_desktop.core.parsing import (
    InputError,
    parse_clock_text,
    parse_date_text,
    parse_number_text,
)


@pytest.fixture
def english() -> Iterator[None]:
    text.set_language("en")
    try:
        yield
    finally:
        text.set_language("da")


@pytest.mark.parametrize(
    ("parse", "text", "da", "en"),
    [
        (parse_date_text, "i morgen", "Skriv datoen som dd-mm-åååå", "Type the date as dd-mm-yyyy"),
        (parse_date_text, "31-02-2026", "Den dato findes ikke", "That date does not exist"),
        (parse_number_text, "tre", "Skriv et tal", "Type a number"),
        (parse_clock_text, "25.00", "Skriv et klokkeslæt", "Type a time"),
    ],
)
def test_a_typing_mistake_is_told_in_the_chosen_language(parse, text, da, en, request) -> None:
    with pytest.raises(InputError, match=da):
        parse(text)
    request.getfixturevalue("english")
    with pytest.raises(InputError, match=en):
        parse(text)
