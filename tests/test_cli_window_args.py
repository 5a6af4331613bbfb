"""Starting the window reads its own options without building every command's parser;
anything else still goes through the full parser, with its help and its messages."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from remotework_desktop import cli, cli_start


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], {"data_dir": None, "demo": False, "lang": None}),
        (["--data-dir", "/x"], {"data_dir": "/x", "demo": False, "lang": None}),
        (["--data-dir=/x y", "--demo"], {"data_dir": "/x y", "demo": True, "lang": None}),
        (["--lang", "en", "--data-dir", "ø"], {"data_dir": "ø", "demo": False, "lang": "en"}),
        (["--lang=da"], {"data_dir": None, "demo": False, "lang": "da"}),
    ],
)
def test_the_window_s_own_options_are_read_directly(argv: list[str], expected: dict) -> None:
    assert cli_start.window_options(argv) == expected


@pytest.mark.parametrize(
    "argv",
    [
        ["list"],
        ["--data-dir", "/x", "list"],
        ["--help"],
        ["--version"],
        ["--lang", "de"],
        ["--lang"],
        ["--data-dir"],
        ["--data-dir", "--demo"],
        ["--data", "/x"],  # argparse's abbreviation: the full parser decides
        ["--demo", "extra"],
    ],
)
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert cli_start.window_options(argv) is None


def test_starting_the_window_builds_no_command_parser(monkeypatch, tmp_path: Path) -> None:
    started: list[argparse.Namespace] = []

    def no_parser() -> argparse.ArgumentParser:
        raise AssertionError("the full parser was built")

    def fake_gui(args: argparse.Namespace) -> int:
        started.append(args)
        return 0

    monkeypatch.setattr(cli, "build_parser", no_parser)
    monkeypatch.setattr(cli, "cmd_gui", fake_gui)
    assert cli.main(["--data-dir", str(tmp_path), "--lang", "en"]) == 0
    assert [(a.data_dir, a.lang, a.demo) for a in started] == [(str(tmp_path), "en", False)]


def test_a_wrong_language_still_gets_the_full_parser_s_message(capsys, tmp_path: Path) -> None:
    assert cli.main(["--data-dir", str(tmp_path), "--lang", "de"]) == 1
    err = capsys.readouterr().err
    assert "--lang" in err and "de" in err
