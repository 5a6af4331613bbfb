"""Fonts, colours, sizes and the paragraph styles of the PDF."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, Paragraph

from remotework_desktop.core import paths
from remotework_desktop.core.pdf.fonts import markup
from remotework_desktop.core.text_rules import printable

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"

# Calm colours: dark text, one muted blue for structure, a warm tone for the draft marks.
INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#57606a")
ACCENT = colors.HexColor("#1d4e89")
RULE = colors.HexColor("#c8d1dc")
TINT = colors.HexColor("#eef3f8")
DRAFT = colors.HexColor("#b35900")
DRAFT_TINT = colors.HexColor("#fff1e0")

MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 22 * mm
LABEL_W = 50 * mm
SIGNATURE_H = 22 * mm
STATUS_W = 38 * mm
# Text longer than this may not fit on one page: let it flow instead of keeping it whole.
LONG_TEXT = 1200


# -- fonts and styles ---------------------------------------------------------------------
@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Set ReportLab up once per process: DejaVu (æ ø å and all of Danish), binary streams.

    The fonts are subsets (scripts/subset_fonts.py): a full DejaVu file took ~13 ms to parse.
    ASCII85 around the compressed streams only makes them 25 % larger and costs a pure
    Python pass over every page; this program is the only ReportLab user in its process.
    """
    rl_config.useA85 = 0
    folder = paths.resources_dir() / "fonts"
    for name, file in (
        (FONT, "DejaVuSans.ttf"),
        (FONT_BOLD, "DejaVuSans-Bold.ttf"),
        (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body", fontName=FONT, fontSize=10.5, leading=14.5, textColor=INK, alignment=TA_LEFT
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=12, textColor=MUTED),
        "label": ParagraphStyle("label", parent=base, fontName=FONT_BOLD, textColor=INK),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=20,
            leading=25,
            spaceAfter=4 * mm,
            textColor=ACCENT,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=14,
            leading=18,
            spaceBefore=6 * mm,
            spaceAfter=2.5 * mm,
            textColor=ACCENT,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=4 * mm,
            spaceAfter=1.5 * mm,
            textColor=INK,
        ),
        "prompt": ParagraphStyle("prompt", parent=base, fontName=FONT_BOLD),
        "status": ParagraphStyle("status", parent=base, fontSize=9.5, leading=13, textColor=MUTED),
        "answer": ParagraphStyle(
            "answer", parent=base, leftIndent=4, rightIndent=STATUS_W, spaceBefore=1
        ),
        "note": ParagraphStyle(
            "note",
            parent=base,
            fontSize=9,
            leading=12,
            textColor=MUTED,
            leftIndent=4,
            rightIndent=STATUS_W,
            spaceBefore=2,
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=10, leading=13.5),
        "cellhead": ParagraphStyle(
            "cellhead", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13.5
        ),
    }


class _Paragraph(Paragraph):
    """A Paragraph that keeps its line breaks when it is wrapped again at the same width.

    Platypus wraps most paragraphs two or three times at one width (KeepTogether, the
    table, the frame), and breaking lines is the costliest step of a render. The result
    depends only on the text, style and width, so reusing it changes no byte. ``split``
    may drop or replace ``blPara``; the cache then no longer matches and is not used.
    """

    _wrapped: tuple[float, Any, tuple[float, float]] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        cached = self._wrapped
        if (
            cached is not None
            and cached[0] == avail_width
            and self.__dict__.get("blPara") is cached[1]
            and (self.width, self.height) == cached[2]
        ):
            return cached[2]
        size = super().wrap(avail_width, avail_height)
        self._wrapped = (avail_width, self.__dict__.get("blPara"), size)
        return size


def escape(text: str) -> str:
    """Text for a paragraph's markup: markup characters escaped, any character that cannot
    be shown (a control character, a lone surrogate in old data) as U+FFFD, and each run
    DejaVu has no glyph for in a fallback font (Arabic joined, right to left; fonts.py)."""
    return markup(printable(text))


def _p(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text: markup characters escaped, line breaks kept."""
    return _Paragraph(escape(text).replace("\n", "<br/>"), _styles()[style])


# Platypus breaks a paragraph laid over several pages into lines again from where it was
# split, on every page: one of thousands of short lines (a pasted list in a note) took
# seconds (4,000 lines: 4.4 s, 10,000: 32 s). Longer text is cut into paragraphs of this many
# lines, set one under the other as the lines of one paragraph would be.
LINES_A_PARAGRAPH = 50


def _p_lines(text: str, style: str = "body", lead: str = "") -> list[Paragraph]:
    """Plain ``text`` as paragraphs, line breaks kept (``lead``: trusted markup before it,
    such as "Note:"): one paragraph, or over LINES_A_PARAGRAPH lines one a block of lines,
    the later ones with no space above them."""
    lines = text.replace("\r\n", "\n").split("\n")
    out = []
    for start in range(0, len(lines), LINES_A_PARAGRAPH):
        block = escape("\n".join(lines[start : start + LINES_A_PARAGRAPH]))
        if start:
            out.append(_Paragraph(block.replace("\n", "<br/>"), _continued(style)))
        else:
            out.append(_Paragraph(lead + block.replace("\n", "<br/>"), _styles()[style]))
    return out


@lru_cache(maxsize=8)
def _continued(style: str) -> ParagraphStyle:
    """``style`` for the next block of lines of the same text: nothing above it."""
    first = _styles()[style]
    return ParagraphStyle(f"{style}-continued", parent=first, spaceBefore=0)


def _heading(text: str, style: str) -> list[Flowable]:
    """A heading that is never left alone at the foot of a page.

    A conditional break rather than keepWithNext: that would glue the heading to the whole
    following table and push a long table (and a page of white) onto the next page.
    """
    return [CondPageBreak(35 * mm if style == "h2" else 28 * mm), _p(text, style)]


def _rule() -> Flowable:
    return HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=4, spaceAfter=0)


def _pm(markup: str, style: str = "body") -> Paragraph:
    """A paragraph of trusted markup (every user value inside it already escaped)."""
    return _Paragraph(markup, _styles()[style])
