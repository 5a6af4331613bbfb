"""Regenerate the subset DejaVu fonts in resources/fonts/ (developer tool, not run-time).

The full DejaVu Sans files are ~700 KB each and ReportLab parses every glyph when it loads
one, which was a large part of a ``export-pdf`` process. The PDF only needs the scripts
Danish and English text (and the names people type) are written in, so we ship subsets.

Needs fontTools (``pip install fonttools``), only here; the program reads the subset TTFs
with ReportLab alone. Usage::

    python scripts/subset_fonts.py [SOURCE_DIR]

SOURCE_DIR defaults to /usr/share/fonts/truetype/dejavu (Debian's fonts-dejavu-core).
The DejaVu licence (resources/fonts/DejaVu-LICENSE.txt) allows modified copies; it is kept.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "fonts"
DEFAULT_SOURCE = Path("/usr/share/fonts/truetype/dejavu")
FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")

# Unicode ranges kept, inclusive. Latin covers Danish, English and the names of most
# European employees; Greek and Cyrillic are kept for names too (e.g. Ukrainian
# colleagues), which costs little. The symbols are what the report and the UI texts draw.
RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement: æ ø å é ü « » § ½ ...
    (0x0100, 0x017F),  # Latin Extended-A
    (0x0180, 0x024F),  # Latin Extended-B (ș ț ...)
    (0x0300, 0x036F),  # combining diacritics, for decomposed input
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x04FF),  # Cyrillic
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese ...)
    (0x2000, 0x206F),  # General Punctuation: – — ‘ ’ “ ” „ … • ‰ ‹ ›
    (0x20AC, 0x20AC),  # €
    (0x2116, 0x2116),  # №
    (0x2122, 0x2122),  # ™
    (0x2190, 0x2195),  # ← ↑ → ↓ ↔ ↕
    (0x2212, 0x2212),  # − minus
    (0x2260, 0x2265),  # ≠ ≡ ≤ ≥
    (0x25A0, 0x25A1),  # ■ □
    (0x25CB, 0x25CF),  # ○ ●
    (0x2610, 0x2612),  # ☐ ☑ ☒
    (0x2713, 0x2717),  # ✓ ✔ ✕ ✖ ✗
    (0xFFFD, 0xFFFD),  # replacement character
)


def codepoints() -> list[int]:
    """Every code point the subsets keep (when the source font has it)."""
    return [cp for start, end in RANGES for cp in range(start, end + 1)]


def subset_font(source: Path, target: Path) -> None:
    """Write ``source`` cut down to :data:`RANGES`, with hinting dropped, to ``target``."""
    options = subset.Options()
    options.layout_features = ["kern", "liga", "ccmp", "locl", "mark", "mkmk"]
    options.hinting = False  # the PDF is read on screens and printers that do their own
    options.desubroutinize = True
    options.name_IDs = ["*"]  # keep the copyright and licence strings
    options.name_languages = ["*"]
    options.notdef_outline = True  # a visible box for a character outside the subset
    options.glyph_names = False
    # recalcTimestamp=False: keep the source's dates, so reruns give identical bytes.
    font = TTFont(str(source), recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints())
    subsetter.subset(font)
    font.save(str(target), reorderTables=True)


def main(argv: list[str]) -> int:
    source_dir = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    for name in FILES:
        source = source_dir / name
        if not source.is_file():
            print(f"missing: {source}", file=sys.stderr)
            return 1
        target = TARGET / name
        subset_font(source, target)
        print(f"{target.relative_to(ROOT)}: {source.stat().st_size} -> {target.stat().st_size} B")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
