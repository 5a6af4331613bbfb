"""argparse's own words in Danish, for the program's parser only.

argparse looks its texts up through the module-level ``_`` and ``ngettext`` of argparse.py
("usage: ", "options", "the following arguments are required: %s", …). Those two are
replaced once by lookups that answer in Danish only while a ``ProgramParser`` is at work
(building itself, parsing, formatting its help) and core/text.py's language is Danish;
any other parser in the process gets what argparse gave before. A usage error is one line
on stderr in the chosen language, naming the command's --help, exit code 2.
"""

from __future__ import annotations

import argparse
import contextvars
import functools
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

from remotework_desktop.core import text
from remotework_desktop.core.text import t
from remotework_desktop.core.text_rules import terminal_safe

# A usage error is a failure like any other: one line, exit 1 (README, --help).
EXIT_USAGE = 1

# argparse's msgid -> Danish (Python 3.11 to 3.13); the same %-placeholders.
DANISH: dict[str, str] = {
    # help
    "usage: ": "brug: ",
    "positional arguments": "argumenter",
    "options": "tilvalg",
    "subcommands": "kommandoer",
    "show this help message and exit": "vis denne hjælp og afslut",
    "show program's version number and exit": "vis programmets version og afslut",
    "%(heading)s:": "%(heading)s:",
    " (default: %(default)s)": " (standard: %(default)s)",
    # usage errors
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "ukendte argumenter: %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tvetydigt tilvalg: %(option)s kan være %(matches)s"
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ugyldigt valg: %(value)r (vælg mellem %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ugyldig %(type)s-værdi: %(value)r",
    "expected one argument": "forventede ét argument",
    "expected at most one argument": "forventede højst ét argument",
    "expected at least one argument": "forventede mindst ét argument",
    "the following arguments are required: %s": "følgende argumenter skal angives: %s",
    "one of the arguments %s is required": "et af argumenterne %s skal angives",
    "not allowed with argument %s": "kan ikke bruges sammen med argumentet %s",
    "ignored explicit argument %r": "tager ingen værdi, men fik %r",
    "unexpected option string: %s": "uventet tilvalg: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "ukendt kommando %(parser_name)r (vælg mellem: %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "kan ikke åbne '%(filename)s': %(error)s",
    'argument "-" with mode %r': 'argumentet "-" med tilstanden %r',
    "cannot have multiple subparser arguments": "der kan kun være ét sæt kommandoer",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fejl: %(message)s\n",
    "%(prog)s: warning: %(message)s\n": "%(prog)s: advarsel: %(message)s\n",
    "command '%(parser_name)s' is deprecated": "kommandoen '%(parser_name)s' udgår",
    "option '%(option)s' is deprecated": "tilvalget '%(option)s' udgår",
    "argument '%(argument_name)s' is deprecated": "argumentet '%(argument_name)s' udgår",
    # a parser built wrongly (a programming error, not the user's)
    ".__call__() not defined": ".__call__() er ikke defineret",
    "'required' is an invalid argument for positionals": (
        "'required' kan ikke bruges til positionelle argumenter"
    ),
    "mutually exclusive arguments must be optional": (
        "argumenter, der udelukker hinanden, skal være tilvalg"
    ),
    "%r is not callable": "%r kan ikke kaldes",
    "cannot merge actions - two groups are named %r": (
        "kan ikke flette handlinger – to grupper hedder %r"
    ),
    "invalid option string %(option)r: must start with a character %(prefix_chars)r": (
        "ugyldigt tilvalg %(option)r: skal begynde med et af tegnene %(prefix_chars)r"
    ),
    "dest= is required for options like %r": "dest= skal angives for tilvalg som %r",
    "invalid conflict_resolution value: %r": "ugyldig værdi af conflict_resolution: %r",
    "conflicting subparser: %s": "kommandoen findes allerede: %s",
    "conflicting subparser alias: %s": "kommandoens alias findes allerede: %s",
}
# ngettext's singular msgid -> Danish (singular, plural).
DANISH_PLURAL: dict[str, tuple[str, str]] = {
    "conflicting option string: %s": (
        "tilvalget findes allerede: %s",
        "tilvalgene findes allerede: %s",
    ),
    "expected %s argument": ("forventede %s argument", "forventede %s argumenter"),
}

_ours: contextvars.ContextVar[bool] = contextvars.ContextVar("argparse_ours", default=False)
_F = TypeVar("_F", bound=Callable[..., Any])


def _danish() -> bool:
    return _ours.get() and text.language() == "da"


def _install() -> None:
    """Put the lookups in argparse once; each hands on to what argparse had before."""
    if getattr(argparse._, "_remotework", False):  # type: ignore[attr-defined]
        return
    before_gettext = argparse._  # type: ignore[attr-defined]
    before_ngettext = argparse.ngettext  # type: ignore[attr-defined]

    def gettext(message: str) -> str:
        if _danish():
            return DANISH.get(message, message)
        return before_gettext(message)

    def ngettext(singular: str, plural: str, n: int) -> str:
        if _danish() and singular in DANISH_PLURAL:
            one, many = DANISH_PLURAL[singular]
            return one if n == 1 else many
        return before_ngettext(singular, plural, n)

    gettext._remotework = True  # type: ignore[attr-defined]
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


def _speaks(method: _F) -> _F:
    """Run ``method`` with argparse's words in the program's language."""

    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        token = _ours.set(True)
        try:
            return method(*args, **kwargs)
        finally:
            _ours.reset(token)

    return wrapper  # type: ignore[return-value]


class ProgramParser(argparse.ArgumentParser):
    """The program's parser (and, as argparse makes them of the same class, its commands')."""

    __init__ = _speaks(argparse.ArgumentParser.__init__)
    add_subparsers = _speaks(argparse.ArgumentParser.add_subparsers)
    parse_args = _speaks(argparse.ArgumentParser.parse_args)  # type: ignore[assignment]
    parse_known_args = _speaks(argparse.ArgumentParser.parse_known_args)  # type: ignore[assignment]
    format_usage = _speaks(argparse.ArgumentParser.format_usage)
    format_help = _speaks(argparse.ArgumentParser.format_help)

    def error(self, message: str) -> NoReturn:
        """One line in the chosen language, as every failure of the program: what is wrong and
        where to read how the command is used; exit code 1."""
        hint = t("cli.see_help", prog=self.prog)
        self.exit(EXIT_USAGE, terminal_safe(f"{t('cli.error')}: {message} ({hint})") + "\n")


class QuietParser(argparse.ArgumentParser):
    """A parser that reads a few options early and leaves every complaint to the real one."""

    def error(self, message: str) -> NoReturn:
        raise SystemExit(EXIT_USAGE)


_install()
