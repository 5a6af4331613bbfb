"""The language of the plain-language messages core gives people: Danish first, English second.

Messages are made when an error is raised, in the language chosen here, so every caller (the
window, the command line) shows them as they are. The GUI sets it with the program's language.
"""

from __future__ import annotations

_language = "da"


def set_language(lang: str) -> None:
    """Choose Danish ("da", the default) or English ("en") for messages from now on."""
    global _language  # noqa: PLW0603 - one setting for the whole process, like a locale
    _language = "en" if lang == "en" else "da"


def language() -> str:
    return _language


def say(da: str, en: str) -> str:
    """The message in the chosen language."""
    return en if _language == "en" else da
