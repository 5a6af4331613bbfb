"""The one text catalogue (core/text.py): complete in both languages, and the only lookup."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from remotework_desktop.core import text

PACKAGE = Path(__file__).resolve().parent.parent / "remotework_desktop"


@pytest.fixture(autouse=True)
def _danish() -> Iterator[None]:
    text.set_language("da")
    yield
    text.set_language("da")


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_every_key_has_both_languages_with_the_same_placeholders() -> None:
    assert len(text.CATALOGUE) > 100
    for key, (da, en) in text.CATALOGUE.items():
        assert da.strip() and en.strip(), key
        assert _placeholders(da) == _placeholders(en), key
        # One placeholder style: named str.format fields only, no positional {} or %s.
        assert all(name.isidentifier() for name in _placeholders(da)), key
        assert "%s" not in da + en and "%1" not in da + en, key


def test_t_follows_the_chosen_language_or_the_one_given() -> None:
    assert text.t("store.not_found", meeting_id="abc") == (
        "Der findes intet møde med nummeret 'abc'."
    )
    assert text.t("store.not_found", "en", meeting_id="abc") == (
        "There is no meeting with the number 'abc'."
    )
    text.set_language("en")
    assert text.language() == "en"
    assert text.t("cli.no_meetings") == "No meetings saved yet."
    assert text.t("cli.no_meetings", "da") == "Ingen møder gemt endnu."
    text.set_language("fr")  # anything but English is Danish
    assert text.language() == "da"


@pytest.mark.parametrize(
    ("given", "expected"), [("en", "en"), ("da", "da"), (None, "da"), ("EN", "da"), ("de", "da")]
)
def test_normalise_lang(given: str | None, expected: str) -> None:
    assert text.normalise_lang(given) == expected


def _calls_of_t() -> Iterator[tuple[str, ast.expr, ast.Call]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            func = node.func if isinstance(node, ast.Call) else None
            if (
                isinstance(node, ast.Call)
                and node.args
                and (
                    (isinstance(func, ast.Name) and func.id == "t")
                    or (
                        isinstance(func, ast.Attribute)
                        and func.attr == "t"
                        and isinstance(func.value, ast.Name)
                        and func.value.id == "text"
                    )
                )
            ):
                yield path.relative_to(PACKAGE).as_posix(), node.args[0], node


def test_no_key_is_in_two_parts_of_the_catalogue() -> None:
    """Joined into one dict, a key in two parts would silently lose one of its texts."""
    seen: dict[str, int] = {}
    for number, part in enumerate(text.PARTS):
        for key in part:
            assert key not in seen, f"{key} in parts {seen[key]} and {number}"
            seen[key] = number
    assert len(seen) == len(text.CATALOGUE)


def test_every_key_the_code_asks_for_exists_with_its_placeholders() -> None:
    """A typo in a key or a placeholder would only show when that message is raised."""
    seen = 0
    prefixes = {key.rsplit(".", 1)[0] + "." for key in text.CATALOGUE}
    for where, key, call in _calls_of_t():
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            assert key.value in text.CATALOGUE, f"{where}: {key.value}"
            given = {kw.arg for kw in call.keywords}
            if None not in given:  # no **values
                assert given == _placeholders(text.CATALOGUE[key.value][0]), f"{where}: {key.value}"
            seen += 1
        elif isinstance(key, ast.JoinedStr):  # t(f"status.{status}"): its prefix is a group
            head = key.values[0]
            assert isinstance(head, ast.Constant) and head.value in prefixes, where
            seen += 1
        elif isinstance(key, ast.IfExp):
            for branch in (key.body, key.orelse):
                assert isinstance(branch, ast.Constant) and branch.value in text.CATALOGUE, where
            seen += 1
    assert seen > 150


def test_no_other_way_to_choose_danish_or_english_is_left() -> None:
    """core (the PDF renderer included) and the CLI use the catalogue only."""
    assert not (PACKAGE / "core" / "messages.py").exists()
    for path in [*sorted((PACKAGE / "core").rglob("*.py")), PACKAGE / "cli.py"]:
        if path.name == "text.py":
            continue
        source = path.read_text(encoding="utf-8")
        assert "core.messages" not in source, path.name
        assert '"en" if lang == "en"' not in source, path.name
        assert '{"da": "' not in source, path.name
