"""What text may hold, and how stored text is shown safely wherever it goes.

Input: one-line fields (names, company, titles, an action) hold no control characters at all;
multi-line fields (notes, text answers) may hold line breaks and tabs. Neither may hold a lone
surrogate, which cannot be written as UTF-8. Accepted text is normalised to NFC.

Output: data saved before these rules (or edited by hand) may still hold such text, so the
terminal, JSON and PDF each get a safe form of it instead of failing or being fooled.
"""

from __future__ import annotations

import re
import unicodedata

from remotework_desktop.core.text import t

# C0 controls, DEL, C1 controls; the Unicode line and paragraph separators break a line too.
_CONTROL = "\x00-\x1f\x7f-\x9f\u2028\u2029"
# The same without the line break (\n) and tab (\t) that multi-line text may hold.
_CONTROL_MULTILINE = "\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029"
_SURROGATE = "\ud800-\udfff"
# The character classes, compiled when first used: compiling one that reaches past U+00FF
# builds a bitmap of the whole plane in Python, most of what importing this module cost, and
# the window's start-up (which imports it with the command line) uses none of them.
_CLASSES = {
    "line": f"[{_CONTROL}{_SURROGATE}]",
    "multiline": f"[{_CONTROL_MULTILINE}{_SURROGATE}]",
    # On a terminal, also the bidirectional overrides and isolates that reorder what is shown.
    "terminal": f"[{_CONTROL}{_SURROGATE}\u200e\u200f\u202a-\u202e\u2066-\u2069]",
    "surrogate": f"[{_SURROGATE}]",
}
_compiled: dict[str, re.Pattern[str]] = {}


def _pattern(name: str) -> re.Pattern[str]:
    found = _compiled.get(name)
    if found is None:
        found = _compiled[name] = re.compile(_CLASSES[name])
    return found


def _describe(char: str) -> str:
    code = f"U+{ord(char):04X}"
    if "\ud800" <= char <= "\udfff":
        return t("text_rules.invalid_character", code=code)
    if char in "\n\r":
        return t("text_rules.one_line")
    return t("text_rules.control_character", code=code)


def text_problem(text: str, *, multiline: bool = False) -> str | None:
    """A plain message if ``text`` holds a character it may not hold, else None."""
    if multiline:
        text = text.replace("\r\n", "\n")
    found = _pattern("multiline" if multiline else "line").search(text)
    return _describe(found.group()) if found else None


def normalise(text: str, *, multiline: bool = False) -> str:
    """NFC, and in multi-line text Windows line ends as plain line breaks."""
    if multiline:
        text = text.replace("\r\n", "\n")
    return unicodedata.normalize("NFC", text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code == 0x0A:
        return "\\n"
    if code == 0x09:
        return "\\t"
    if code == 0x0D:
        return "\\r"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: object) -> str:
    """``text`` with every control, separator, bidi control and lone surrogate escaped visibly."""
    return _pattern("terminal").sub(_escape, str(text))


def json_safe(json_text: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) that can always be UTF-8.

    A lone surrogate inside a string becomes its own JSON escape (``\\ud800``), which reads
    back as the same string; JSON already escapes control characters.
    """
    return _pattern("surrogate").sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)


def printable(text: str, *, multiline: bool = True) -> str:
    """For a document: each character that cannot be shown becomes U+FFFD (the replacement
    character); line breaks and tabs stay in multi-line text."""
    bad = _pattern("multiline" if multiline else "line")
    return bad.sub("\ufffd", text.replace("\r\n", "\n"))
