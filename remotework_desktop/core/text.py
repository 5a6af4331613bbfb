"""Every text core and the command line show people, in Danish and English, and the language.

One lookup: ``t("store.not_found", meeting_id=x)`` gives the text for the key in the chosen
language (or ``lang``), its ``{name}`` placeholders filled with ``str.format``. Messages are
made when an error is raised, so every caller (the window, the command line) shows them as
they are; the window sets the language when the user switches, the command line from --lang.
The window's own widgets are translated with Qt Linguist (gui/), not here. Keys are grouped
by the module that uses them, in four parts (core/catalogue/: the meeting, the store, the PDF,
the command line); a test checks every key has both languages with the same placeholders.
"""

from __future__ import annotations

from remotework_desktop.core.catalogue import cli as catalogue_cli
from remotework_desktop.core.catalogue import meeting as catalogue_meeting
from remotework_desktop.core.catalogue import pdf as catalogue_pdf
from remotework_desktop.core.catalogue import store as catalogue_store

LANGUAGES: tuple[str, ...] = ("da", "en")

_language = "da"


def normalise_lang(lang: str | None) -> str:
    """ "en" stays English; anything else (None, "da", unknown) is Danish, the default."""
    return "en" if lang == "en" else "da"


def set_language(lang: str | None) -> None:
    """Choose Danish ("da", the default) or English ("en") for texts from now on."""
    global _language  # noqa: PLW0603 - one setting for the whole process, like a locale
    _language = normalise_lang(lang)


def language() -> str:
    """The chosen language: "da" or "en"."""
    return _language


def t(key: str, lang: str | None = None, /, **values: object) -> str:
    """The text for ``key`` in ``lang`` (None: the chosen language), placeholders filled in."""
    da, en = CATALOGUE[key]
    chosen = normalise_lang(lang) if lang is not None else _language
    return (en if chosen == "en" else da).format(**values)


# key -> (Danish, English), joined from the parts in core/catalogue/ (a key is in one part
# only: tests/test_text.py checks).
PARTS: tuple[dict[str, tuple[str, str]], ...] = (
    catalogue_meeting.TEXTS,
    catalogue_store.TEXTS,
    catalogue_pdf.TEXTS,
    catalogue_cli.TEXTS,
)
CATALOGUE: dict[str, tuple[str, str]] = {key: pair for part in PARTS for key, pair in part.items()}
