"""An export does what it needs and no more (issue 9): one read of the meeting, no TOML
parser, no importlib.metadata, no filelock, the base font parsed once.

The export runs in a fresh interpreter (as ``remotework-desktop export-pdf`` does), so what
it imports and reads is what a real export pays.
"""

from __future__ import annotations

import json
from pathlib import Path

from cli_helper import run_cli, run_python
from pypdf import PdfReader

from remotework_desktop.core.pdf import fonts, styles

# Counts the real Store.get (it still reads and validates the file) and reports what was
# loaded once main() has returned.
EXPORT = """
import json, os, sys
from remotework_desktop import cli
from remotework_desktop.core.store import Store

reads = []
real_get = Store.get

def counted_get(self, meeting_id):
    reads.append(meeting_id)
    return real_get(self, meeting_id)

Store.get = counted_get
code = cli.main(sys.argv[1:])
print(json.dumps({
    "code": code,
    "reads": reads,
    "tomllib": "tomllib" in sys.modules,
    "filelock": "filelock" in sys.modules,
    "metadata": "importlib.metadata" in sys.modules,
}))
"""


def _export(data: Path, *args: str) -> dict[str, object]:
    return run_python(EXPORT, "--data-dir", str(data), "export-pdf", *args)


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)


def test_an_export_reads_the_meeting_once_and_loads_no_toml_or_metadata(tmp_path: Path) -> None:
    data = tmp_path / "data"
    meeting_id = run_cli(data, "create-example").stdout.strip()
    pdf = tmp_path / "plan.pdf"
    out = _export(data, meeting_id, "-o", str(pdf))
    assert out["code"] == 0 and pdf.read_bytes().startswith(b"%PDF")
    assert out["reads"] == [meeting_id]  # not once for its language and again to print it
    assert out["tomllib"] is False  # the checklists come from the stored snapshots (JSON)
    assert out["metadata"] is False  # no scan of every installed package's entry points
    assert out["filelock"] is False  # the writer's lock is two standard-library calls


def test_without_lang_the_pdf_is_in_the_meetings_own_language(tmp_path: Path) -> None:
    data = tmp_path / "data"
    meeting_id = run_cli(
        data,
        "new",
        "--company",
        "Acme",
        "--manager",
        "Mia",
        "--employee",
        "Bo",
        "--date",
        "2026-11-26",
        "--lang",
        "en",
    ).stdout.strip()
    english, danish = tmp_path / "en.pdf", tmp_path / "da.pdf"
    assert _export(data, meeting_id, "-o", str(english))["reads"] == [meeting_id]
    run_cli(data, "export-pdf", meeting_id, "-o", str(danish), "--lang", "da")
    assert "DRAFT" in _text(english) and "KLADDE" not in _text(english)
    assert "KLADDE" in _text(danish)  # --lang still chooses
    records = json.loads((data / "exports.json").read_text(encoding="utf-8"))
    langs = sorted(r["lang"] for r in records["exports"].values())
    assert langs == ["da", "en"]  # each recorded in the language it was printed in


def test_the_coverage_check_reuses_the_registered_base_font(monkeypatch) -> None:
    styles.register_fonts()  # as every render does first
    fonts._cmap.cache_clear()
    parsed: list[str] = []
    real_init = fonts.TTFont.__init__

    def counted_init(self, name, filename, *args, **kwargs):  # the real parse, counted
        parsed.append(str(filename))
        real_init(self, name, filename, *args, **kwargs)

    monkeypatch.setattr(fonts.TTFont, "__init__", counted_init)
    try:
        covered = fonts._cmap(fonts.BASE_FILE)
        assert parsed == []  # DejaVu is not parsed a second time for the check
        assert fonts.covered("ø") and not fonts.covered("\U0001f600")
    finally:
        fonts._cmap.cache_clear()
        monkeypatch.undo()
    # The same glyphs as parsing the file itself gives.
    path = fonts.paths.resources_dir() / "fonts" / fonts.BASE_FILE
    face = fonts.TTFont("coverage-check", str(path)).face
    assert covered == frozenset(cp for cp, glyph in face.charToGlyph.items() if glyph)
