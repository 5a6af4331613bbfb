"""Every name prints: a font per run of text, Arabic joined and right to left.

DejaVu Sans (subset: Latin with every diacritic, Greek, Cyrillic) prints most text; a run it
has no glyph for falls back to Noto Sans Arabic (Arabic and Persian) and then to Droid Sans
Fallback (Chinese, Japanese, Korean). The fallback fonts are registered only when a text
needs them (Droid's 4 MB take ~0.3 s to parse) and ReportLab embeds only the glyphs used.
Arabic script is shaped into its joined presentation forms (``arabic_reshaper``) and put in
visual order (``python-bidi``), so a plain left-to-right line draws it correctly.
Whatever no font has (emoji, say) is what :func:`unprintable_characters` reports.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import cache
from html import escape as _html_escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from remotework_desktop.core import paths
from remotework_desktop.core.text_rules import printable

ARABIC = "NotoSansArabic"
ARABIC_BOLD = "NotoSansArabic-Bold"
CJK = "DroidSansFallback"
# (font name, bold name, file, bold file), tried in this order after DejaVu.
FALLBACKS: tuple[tuple[str, str, str, str], ...] = (
    (ARABIC, ARABIC_BOLD, "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    (CJK, CJK, "DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf"),
)
BASE_FILE = "DejaVuSans.ttf"


def _is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def _needs_no_glyph(ch: str) -> bool:
    """Spaces, line breaks and format characters (joiners, marks of direction) draw nothing."""
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf")


@cache
def _cmap(file: str) -> frozenset[int]:
    path = str(paths.resources_dir() / "fonts" / file)
    # The font the PDF already registered (DejaVu, before a render) is not parsed twice.
    for name in pdfmetrics.getRegisteredFontNames():
        face = getattr(pdfmetrics.getFont(name), "face", None)
        if getattr(face, "filename", None) == path:
            break
    else:
        face = TTFont(f"coverage:{file}", path).face
    return frozenset(cp for cp, glyph in face.charToGlyph.items() if glyph)


@cache
def _register(name: str) -> None:
    """Register a fallback font (and its bold) with ReportLab on first use."""
    for regular, bold, file, bold_file in FALLBACKS:
        if name == regular:
            folder = paths.resources_dir() / "fonts"
            pdfmetrics.registerFont(TTFont(regular, str(folder / file)))
            if bold != regular:
                pdfmetrics.registerFont(TTFont(bold, str(folder / bold_file)))
            pdfmetrics.registerFontFamily(
                regular, normal=regular, bold=bold, italic=regular, boldItalic=bold
            )
            return


@cache
def _base_characters() -> frozenset[str]:
    """The characters DejaVu (the base font) has a glyph for, but right-to-left ones."""
    return frozenset(ch for ch in map(chr, _cmap(BASE_FILE)) if not _is_rtl(ch))


def _all_base(text: str) -> bool:
    """Whether every character of ``text`` prints in the base font or draws nothing, and none
    is a right-to-left mark: then it is one run in the base font, in its own order. Most
    text is (Danish, English, other Latin, Greek, Cyrillic), and this asks once per distinct
    character instead of once per character (a paragraph's markup was ~10 % of a render)."""
    rest = set(text) - _base_characters()
    return all(_needs_no_glyph(ch) and not _is_rtl(ch) for ch in rest)


def font_of(ch: str) -> str | None:
    """The fallback font that prints ``ch``: None for DejaVu (the base font) or nothing.

    Use :func:`covered` to tell those two apart.
    """
    cp = ord(ch)
    if cp in _cmap(BASE_FILE) or _needs_no_glyph(ch):
        return None
    for regular, _bold, file, _bold_file in FALLBACKS:
        if cp in _cmap(file):
            return regular
    return None


def covered(ch: str) -> bool:
    cp = ord(ch)
    if _needs_no_glyph(ch) or cp in _cmap(BASE_FILE):
        return True
    return any(cp in _cmap(file) for _r, _b, file, _bf in FALLBACKS)


def unprintable_characters(text: str) -> list[str]:
    """The characters of ``text`` no font of the PDF can print, each once, in order.

    The sign and new-meeting dialogs show them beside the field; ``sign`` refuses them.
    """
    seen: list[str] = []
    # A character that cannot be shown at all (a control character, a lone surrogate in old
    # data) prints as U+FFFD, never as a box; text_rules reports those.
    for ch in printable(text):
        if ch not in seen and not covered(ch):
            seen.append(ch)
    return seen


def visual(text: str) -> str:
    """``text`` as drawn left to right: Arabic letters joined and right-to-left runs turned.

    Text without right-to-left letters is returned unchanged. Each line is ordered alone.
    """
    if _all_base(text) or not any(_is_rtl(ch) for ch in text):
        return text
    from arabic_reshaper import reshape
    from bidi.algorithm import get_display

    return "\n".join(get_display(reshape(line)) for line in text.split("\n"))


def runs(text: str) -> Iterator[tuple[str | None, str]]:
    """``text`` (already in visual order) cut into (fallback font or None, run) pieces.

    A character that draws nothing, or a combining mark, stays in the run before it.
    """
    if _all_base(text):
        if text:
            yield None, text
        return
    current: str | None = None
    buffer = ""
    for ch in text:
        font = current if _needs_no_glyph(ch) or unicodedata.combining(ch) else font_of(ch)
        if font != current and buffer:
            yield current, buffer
            buffer = ""
        current = font
        buffer += ch
    if buffer:
        yield current, buffer


def markup(text: str) -> str:
    """``text`` as paragraph markup: escaped, each fallback run wrapped in its <font>."""
    if text.isascii():
        return _html_escape(text)
    out = []
    for font, run in runs(visual(text)):
        if font is None:
            out.append(_html_escape(run))
        else:
            _register(font)
            out.append(f'<font name="{font}">{_html_escape(run)}</font>')
    return "".join(out)


def draw_runs(canvas: object, x: float, y: float, text: str, base: str, size: float) -> None:
    """Draw one line at (x, y): the base font, each fallback run in its own font."""
    for font, run in runs(visual(text)):
        name = base
        if font is not None:
            _register(font)
            name = font
        canvas.setFont(name, size)  # type: ignore[attr-defined]
        canvas.drawString(x, y, run)  # type: ignore[attr-defined]
        x += pdfmetrics.stringWidth(run, name, size)


def line_width(text: str, base: str, size: float) -> float:
    total = 0.0
    for font, run in runs(visual(text)):
        if font is not None:
            _register(font)
        total += pdfmetrics.stringWidth(run, font or base, size)
    return total
