"""Every command's --help follows the chosen language: each sub-command, each of its own.

The commands are found by walking cli.build_parser(), so a new one is checked without being
listed here; each --help runs as a real subprocess in English and in Danish.
"""

from __future__ import annotations

import argparse
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from remotework_desktop.cli import build_parser
from remotework_desktop.core import text
from remotework_desktop.core.settings import Settings, save_settings
from tests.cli_helper import run_cli

# argparse's own words in English: in the English help only (cli_argparse_da.py).
ARGPARSE_WORDS = (
    "show this help message and exit",
    "show program's version number and exit",
    "positional arguments:",
    "options:",
    "usage:",
)
# An option (-o, --output), a metavar (FILE, FILE.pdf, YYYY-MM-DD, ID,ID) or punctuation.
SYNTAX = re.compile(r"-{1,2}[a-z][\w-]*|[A-Z][A-Z0-9_-]*(?:\.[a-z]+)?(?:,[A-Z]+)*|\.\.\.|")


def command_paths(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list:
    """Every command reachable from ``parser``: (), ("list",), ("archive", "get"), …"""
    found = [path]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found += command_paths(child, (*path, name))
    return found


def plain_words(parser: argparse.ArgumentParser) -> set[str]:
    """The words a help may show in both languages: names of the program, commands, choices
    and positional arguments (``id``)."""
    words = {"remotework-desktop"}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                words |= {name} | plain_words(child)
        elif action.choices:
            words |= {str(c) for c in action.choices}
        elif not action.option_strings:
            words.add(action.metavar or action.dest)
    return words


def untranslated(english: str, danish: str, words: set[str]) -> list[str]:
    """The lines both helps share that hold a text: one not translated (or in one language)."""
    danish_lines = set(danish.splitlines())
    shared = []
    for line in english.splitlines():
        if line not in danish_lines:
            continue
        rest = line
        for phrase in ARGPARSE_WORDS:
            rest = rest.replace(phrase, " ")
        tokens = [tok.strip("[](){}|,:") for tok in rest.split()]
        pieces = [p for tok in tokens for p in tok.split(",")]
        if not all(p in words or SYNTAX.fullmatch(p) for p in pieces):
            shared.append(line)
    return shared


def test_every_command_has_its_help_in_english_and_in_danish(tmp_path: Path) -> None:
    parser = build_parser()
    paths = command_paths(parser)
    names = {" ".join(p) for p in paths}
    assert {"list", "archive", "archive get", "archive configure", "seal-key"} <= names
    assert len(paths) >= 24, names  # the program, 17 commands, 6 archive commands
    words = plain_words(parser)

    def helps(path: tuple[str, ...]) -> tuple[str, str]:
        english = run_cli(tmp_path, *path, "--help", lang="en").stdout
        danish = run_cli(tmp_path, *path, "--help", lang="da").stdout
        return english, danish

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = dict(zip(paths, pool.map(helps, paths), strict=True))
    # The default language is Danish: --help without --lang is the Danish help.
    assert run_cli(tmp_path, "archive", "get", "--help").stdout == results[("archive", "get")][1]
    for path, (english, danish) in results.items():
        command = " ".join(path) or "(the program)"
        assert english.startswith("usage: remotework-desktop"), command
        assert danish.startswith("brug: remotework-desktop"), command
        assert [w for w in ARGPARSE_WORDS if w in danish] == [], command
        assert "tilvalg:" in danish and "vis denne hjælp og afslut" in danish, command
        assert english != danish, command
        assert not re.search("[æøåÆØÅ]", english), (command, english)
        assert untranslated(english, danish, words) == [], command


def test_help_follows_the_setting_when_lang_is_not_given(tmp_path: Path) -> None:
    save_settings(tmp_path, Settings(language="en"))
    english = run_cli(tmp_path, "archive", "list", "--help").stdout  # the folder from the env
    assert "show the agreements in the archive" in english
    other = tmp_path / "other"
    english = run_cli(other, "list", "--data-dir", str(tmp_path), "--help").stdout
    assert "machine-readable JSON" in english
    danish = run_cli(tmp_path, "archive", "list", "--help", lang="da").stdout  # --lang wins
    assert "vis aftalerne i arkivet" in danish
    assert "maskinlæsbart JSON" in run_cli(other, "list", "--help").stdout  # no setting: Danish


def _argument_helps(lang: str) -> dict[tuple[str, ...], dict[str, object]]:
    """Each command's arguments (by their first option string, metavar or name) -> help."""
    text.set_language(lang)
    try:
        parser = build_parser()
    finally:
        text.set_language("da")
    found: dict[tuple[str, ...], dict[str, object]] = {}

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        found[path] = {}
        for action in parser._actions:
            name = (action.option_strings or [action.metavar or action.dest])[0]
            found[path][name] = action.help
            if isinstance(action, argparse._SubParsersAction):
                for command, child in action.choices.items():
                    walk(child, (*path, command))

    walk(parser, ())
    return found


def test_every_argument_of_every_command_says_what_it_is_in_both_languages() -> None:
    danish, english = _argument_helps("da"), _argument_helps("en")
    assert danish.keys() == english.keys()
    assert len(danish) >= 24
    count = 0
    for path, arguments in danish.items():
        for name, help_da in arguments.items():
            help_en = english[path][name]
            where = (" ".join(path), name)
            assert isinstance(help_da, str) and help_da.strip(), where
            assert help_da != argparse.SUPPRESS, where
            assert isinstance(help_en, str) and help_en.strip(), where
            assert help_da != help_en, where
            assert not re.search("[æøåÆØÅ]", help_en), where
            count += 1
    assert count >= 80, count
    # The ones that had none: a command's id, the output files, restore's backup, sign's names.
    assert danish[("archive", "get")]["FINGERPRINT"].startswith("aftalens fingeraftryk")
    assert english[("archive", "get")]["-o"] == "the file to save the PDF in"
    assert english[("sign",)]["--manager"] == "the manager's name, as the manager signs"
    assert danish[("restore",)]["FILE"].startswith("sikkerhedskopien")
    assert danish[("delete",)]["id"] == "mødets id (eller en entydig begyndelse)"
