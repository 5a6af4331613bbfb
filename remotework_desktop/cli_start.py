"""What the command line reads before its parser is built: the language of the messages
and help, and the window's own options (so starting the window builds no command parser)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from remotework_desktop.cli_argparse_da import QuietParser
from remotework_desktop.core import text


def choose_language(args: argparse.Namespace) -> None:
    """Messages in --lang if given, else in the language the program is set to."""
    import logging

    from remotework_desktop.core import paths, settings

    lang = getattr(args, "lang", None)
    folder = paths.data_dir(args.data_dir)
    if lang is None and folder.is_dir():  # not a folder: the store says so in a moment
        # A damaged settings file means Danish here; the window reports it, not every command.
        logging.getLogger(settings.__name__).disabled = True
        try:
            lang = settings.load_settings(folder).language
        finally:
            logging.getLogger(settings.__name__).disabled = False
    text.set_language(lang)


def help_language(argv: Sequence[str] | None) -> None:
    """--help and usage errors follow --lang, else the program's setting, like the commands'
    messages: it is read before the parser, whose help texts need it."""
    early = QuietParser(add_help=False)
    early.add_argument("--lang")
    early.add_argument("--data-dir")
    early.add_argument("-h", "--help", action="store_true")
    try:
        known, _ = early.parse_known_args(argv)
    except SystemExit:  # e.g. --lang without a value: the real parser says so
        return
    if known.lang:
        text.set_language(known.lang)
    else:  # a usage error is found while parsing: the setting is read before
        from contextlib import suppress

        with suppress(OSError):  # an unreadable data folder: the help in Danish, the default
            choose_language(known)


def window_options(argv: Sequence[str]) -> dict[str, Any] | None:
    """The window's own options (``--data-dir DIR``, ``--demo``, ``--lang da|en``), read
    without building every command's parser, as the window starts; None for anything else
    (a command, --help, a mistake): the full parser reads those, with its messages."""
    found: dict[str, Any] = {"data_dir": None, "demo": False, "lang": None}
    items = list(argv)
    while items:
        arg = items.pop(0)
        name, eq, value = arg.partition("=")
        if arg == "--demo":
            found["demo"] = True
            continue
        if name not in ("--data-dir", "--lang"):
            return None
        if not eq:
            if not items or items[0].startswith("-"):
                return None
            value = items.pop(0)
        if name == "--lang" and value not in text.LANGUAGES:
            return None
        found[name[2:].replace("-", "_")] = value
    return found
