"""A usage error (a wrong command line) is one line in the chosen language, exit code 2, and
argparse's own words are Danish in the program's parser only (cli_argparse_da.py)."""

from __future__ import annotations

import argparse
import ast
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from remotework_desktop import cli_argparse_da
from remotework_desktop.cli import build_parser
from remotework_desktop.core import text
from remotework_desktop.core.settings import Settings, save_settings
from tests.cli_helper import ROOT, run_cli

ENGLISH_WORDS = ("usage", "error:", "argument -", "required", "invalid", "unrecognized", "expected")

# (arguments, in the Danish line, in the English line)
CASES: list[tuple[list[str], str, str | None]] = [
    (
        ["sign"],
        "fejl: følgende argumenter skal angives: id, --manager, --employee "
        "(se remotework-desktop sign --help)",
        "error: the following arguments are required: id, --manager, --employee "
        "(see remotework-desktop sign --help)",
    ),
    (
        ["archive", "configure"],
        "fejl: et af argumenterne --url --off skal angives "
        "(se remotework-desktop archive configure --help)",
        "error: one of the arguments --url --off is required",
    ),
    (["nonsense"], "ugyldigt valg: 'nonsense' (vælg mellem 'gui', 'list'", "invalid choice:"),
    (["list", "--bogus"], "fejl: ukendte argumenter: --bogus (se", "unrecognized arguments:"),
    (
        ["export-pdf", "x", "-o"],
        "fejl: argumentet -o/--output: forventede ét argument "
        "(se remotework-desktop export-pdf --help)",
        "error: argument -o/--output: expected one argument",
    ),
    (["due", "--days", "x"], "argumentet --days: ugyldig int-værdi: 'x'", "invalid int value"),
    (["list", "--json=1"], "--json: tager ingen værdi, men fik '1'", "ignored explicit argument"),
    (["--lang"], "fejl: argumentet --lang: forventede ét argument", None),  # no language
    (["show"], "fejl: følgende argumenter skal angives: id", "are required: id"),
]


def _one_line(result: object) -> str:
    lines = result.stderr.splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1, result.stderr  # type: ignore[attr-defined]
    assert result.stdout == ""  # type: ignore[attr-defined]
    return lines[0]


def test_a_usage_error_is_one_line_in_the_chosen_language_exit_2(tmp_path: Path) -> None:
    def both(case: tuple[list[str], str, str | None]) -> tuple[str, str | None]:
        args, _, in_english = case
        danish = _one_line(run_cli(tmp_path, *args, code=1))
        if in_english is None:
            return danish, None
        return danish, _one_line(run_cli(tmp_path, *args, code=1, lang="en"))

    with ThreadPoolExecutor(max_workers=4) as pool:
        lines = list(pool.map(both, CASES))
    for (args, in_danish, in_english), (danish, english) in zip(CASES, lines, strict=True):
        assert in_danish in danish, (args, danish)
        assert danish.startswith("fejl: ") and danish.endswith(" --help)"), danish
        assert re.search(r"\(se remotework-desktop[\w -]* --help\)$", danish), danish
        assert [w for w in ENGLISH_WORDS if w in danish] == [], danish
        if in_english is None:
            continue
        assert english is not None and in_english in english, (args, english)
        assert english.startswith("error: ") and english.endswith(" --help)"), english
        assert not re.search("[æøåÆØÅ]", english), english


def test_a_usage_error_follows_the_setting_and_shows_no_control_character(
    tmp_path: Path,
) -> None:
    save_settings(tmp_path, Settings(language="en"))
    line = _one_line(run_cli(tmp_path, "delete", code=1))
    required = "error: the following arguments are required: id"
    assert line == f"{required} (see remotework-desktop delete --help)"
    line = _one_line(run_cli(tmp_path, "list", "\x1b[31mx\u202e", code=1, lang="da"))
    assert line == "fejl: ukendte argumenter: \\x1b[31mx\\u202e (se remotework-desktop --help)"


def test_the_exit_codes_in_help_and_readme_are_what_happens(tmp_path: Path) -> None:
    danish = run_cli(tmp_path, "--help").stdout
    english = run_cli(tmp_path, "--help", lang="en").stdout
    assert "1: mislykkedes, også når kommandolinjen er forkert" in " ".join(danish.split())
    assert "1: failed, also when the command line is wrong" in " ".join(english.split())
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "1 on failure, with one line on stderr" in readme
    assert "also when the command line is wrong" in readme
    example = "fejl: følgende argumenter skal angives: id (se remotework-desktop delete --help)"
    assert f"`{example}`" in readme
    assert _one_line(run_cli(tmp_path, "delete", code=1)) == example
    run_cli(tmp_path, "delete", "abc", code=1)  # a failure, not a usage error


@pytest.fixture
def danish() -> object:
    text.set_language("da")
    yield
    text.set_language("da")


def test_other_parsers_in_the_process_keep_argparse_s_english(
    danish: object, capsys: pytest.CaptureFixture[str]
) -> None:
    other = argparse.ArgumentParser(prog="other")
    other.add_argument("--n", type=int, required=True)
    assert "usage: other" in other.format_help()
    assert "show this help message and exit" in other.format_help()
    ours = build_parser().format_help()
    assert ours.startswith("brug: remotework-desktop") and "vis denne hjælp og afslut" in ours
    assert "usage:" not in ours and "options:" not in ours
    with pytest.raises(SystemExit) as exit_info:
        other.parse_args(["--n", "x"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "usage: other" in err and "other: error: argument --n: invalid int value: 'x'" in err
    with pytest.raises(SystemExit):
        build_parser().parse_args(["due", "--days", "x"])
    assert "fejl: argumentet --days: ugyldig int-værdi: 'x'" in capsys.readouterr().err
    text.set_language("en")
    assert build_parser().format_help().startswith("usage: remotework-desktop")


def _argparse_msgids() -> set[str]:
    """Every text argparse.py of this Python passes to ``_`` or ``ngettext``."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id in ("_", "ngettext") and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
    return found


def test_every_word_argparse_can_print_has_its_danish() -> None:
    msgids = _argparse_msgids()
    assert {"usage: ", "options", "expected %s argument"} <= msgids and len(msgids) >= 30
    known = cli_argparse_da.DANISH.keys() | cli_argparse_da.DANISH_PLURAL.keys()
    assert sorted(msgids - known) == []
    placeholder = re.compile(r"%(?:\(\w+\))?[rsd]")
    for msgid, danish in cli_argparse_da.DANISH.items():
        assert sorted(placeholder.findall(danish)) == sorted(placeholder.findall(msgid)), msgid
        assert danish.endswith("\n") == msgid.endswith("\n"), msgid
    for msgid, forms in cli_argparse_da.DANISH_PLURAL.items():
        for danish in forms:
            assert placeholder.findall(danish) == placeholder.findall(msgid), msgid
