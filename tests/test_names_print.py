"""Every name prints (issue 14 point 2): a font per script, Arabic joined and right to left,
and whatever still cannot print is refused beside the field before signing."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from remotework_desktop.core.meetings import MeetingError
from remotework_desktop.core.pdf.fonts import unprintable_characters
from remotework_desktop.core.pdf.render import render_pdf
from remotework_desktop.core.store import Store
from remotework_desktop.gui.new_meeting_dialog import NewMeetingDialog
from remotework_desktop.gui.review.sign_dialog import SignDialog
from tests.cli_helper import run_cli

try:
    from test_report import build_meeting, flat, pdf_pages
except ImportError:  # pragma: no cover - run from the repository root
    from tests.test_report import build_meeting, flat, pdf_pages

ROOT = Path(__file__).resolve().parent.parent
NAMES = {
    "turkish": "Şükrü Işıkoğlu İnce",
    "polish": "Łukasz Żółćński",
    "vietnamese": "Nguyễn Thị Hương Phạm",
    "cyrillic": "Олена Ковальчук",
    "greek": "Ελένη Παπαδοπούλου",
    "chinese": "王小明",
    "arabic": "محمد عبد الرحمن",
    "persian": "پژمان رضایی",
}
RTL = {"arabic", "persian"}
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


FONT_OF = {"arabic": "NotoSansArabic-Regular", "persian": "NotoSansArabic-Regular"}
FONT_OF["chinese"] = "DroidSansFallback"


def _render_with(employee: str, manager: str, tmp_path: Path, *, signed: bool = True) -> str:
    meeting = build_meeting(signed=False)
    meeting.set_details(employee_name=employee, manager_name=manager)
    if signed:
        meeting.sign("manager", manager, method="typed", confirmed=True)
        meeting.sign("employee", employee, method="typed", confirmed=True)
    data = render_pdf(meeting)
    (tmp_path / "names.pdf").write_bytes(data)
    return " ".join(pdf_pages(data, tmp_path))


def _fonts(path: Path) -> set[str]:
    """The fonts a PDF embeds, by name without the subset prefix (pdffonts)."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return {line.split()[0].split("+")[-1] for line in out.stdout.splitlines()[2:]}


def _plain(text: str) -> str:
    """pdftotext's text with Arabic presentation forms normalised (NFKC), marks removed."""
    return flat(unicodedata.normalize("NFKC", text).translate(BIDI_CONTROLS))


@pytest.mark.parametrize("script", sorted(NAMES))
def test_a_name_in_each_script_round_trips_through_pdftotext(script: str, tmp_path) -> None:
    """In a draft: the name only in paragraphs (the typed signature is tested below)."""
    name = NAMES[script]
    text = _plain(_render_with(name, "Lone Leder", tmp_path, signed=False))
    if script in RTL:
        # pdftotext gives the words in visual order (right to left turned), each word's
        # letters in reading order; NFKC joins the presentation forms back into letters.
        assert " ".join(reversed(name.split())) in text, text[:400]
    else:
        assert name in text
    assert "\ufffd" not in text
    # pdftotext reads a missing glyph back as its character too: check the fonts drawn.
    fonts = _fonts(tmp_path / "names.pdf")
    if script in FONT_OF:
        assert FONT_OF[script] in fonts, fonts
    else:  # DejaVu has every character of these (the fallbacks are not even loaded)
        assert not fonts & set(FONT_OF.values()), fonts


@pytest.mark.parametrize("script", ["arabic", "chinese"])
def test_a_typed_signature_draws_each_script_in_its_font(script: str, tmp_path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from remotework_desktop.core.pdf.flowables import TypedSignature
    from remotework_desktop.core.pdf.styles import register_fonts

    register_fonts()
    path = tmp_path / "signature.pdf"
    canvas = Canvas(str(path))
    TypedSignature(f"Dr. {NAMES[script]}", 200, 60).drawOn(canvas, 50, 500)
    canvas.save()
    assert {FONT_OF[script], "DejaVuSans-Oblique"} <= _fonts(path)
    # pdftotext without -raw puts right-to-left text back in reading order.
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    assert NAMES[script] in _plain(out.stdout), out.stdout


def test_fallback_fonts_are_embedded_as_subsets(tmp_path) -> None:
    meeting = build_meeting(signed=False)
    meeting.set_details(employee_name=NAMES["arabic"], manager_name=NAMES["chinese"])
    path = tmp_path / "names.pdf"
    path.write_bytes(render_pdf(meeting))
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = {line.split()[0].split("+")[-1]: line.split() for line in out.stdout.splitlines()[2:]}
    for font in ("NotoSansArabic-Regular", "DroidSansFallback", "DejaVuSans"):
        assert font in rows, out.stdout
        assert rows[font][-5:-3] == ["yes", "yes"], rows[font]  # embedded, subset


def test_arabic_is_joined_in_the_drawn_text(tmp_path) -> None:
    """The page draws presentation forms (joined letters), not the bare isolated letters."""
    # A draft: the name only in paragraphs (the details table, the line to sign on).
    text = _render_with(NAMES["arabic"], "Lone Leder", tmp_path, signed=False)
    forms = [c for c in text if 0xFB50 <= ord(c) <= 0xFEFF]
    assert len(forms) >= len(NAMES["arabic"].replace(" ", "")) - 2


def test_text_the_base_font_prints_is_one_run_and_a_direction_mark_still_reorders() -> None:
    """Text DejaVu prints whole is one run in its own order, asked once per character kind;
    a right-to-left mark (which draws nothing) still puts the line in visual order."""
    from bidi.algorithm import get_display

    from remotework_desktop.core.pdf.fonts import markup, runs, visual

    plain = "Åse Ødegård & Søn\t– Ωμέγα, Жуков"
    assert visual(plain) == plain
    assert list(runs(plain)) == [(None, plain)]
    assert markup(plain) == "Åse Ødegård &amp; Søn\t– Ωμέγα, Жуков"
    marked = "Åse \u200f- 2"
    assert visual(marked) == get_display(marked) != marked
    assert list(runs("")) == []


def test_fonts_and_their_licences_are_shipped() -> None:
    folder = ROOT / "resources" / "fonts"
    for font, licence in (
        ("NotoSansArabic-Regular.ttf", "NotoSansArabic-LICENSE.txt"),
        ("NotoSansArabic-Bold.ttf", "NotoSansArabic-LICENSE.txt"),
        ("DroidSansFallbackFull.ttf", "DroidSansFallback-LICENSE.txt"),
    ):
        assert (folder / font).is_file()
        assert (folder / licence).is_file()
    assert "OFL" in (folder / "NotoSansArabic-LICENSE.txt").read_text()
    assert "Apache" in (folder / "DroidSansFallback-LICENSE.txt").read_text()
    total = sum(p.stat().st_size for p in folder.iterdir())
    assert total < 8_000_000


def test_unprintable_characters_names_what_no_font_has() -> None:
    assert unprintable_characters(" ".join(NAMES.values())) == []
    assert unprintable_characters("Åse 😀 Brønnum ☃ 😀") == ["😀", "☃"]


def test_core_refuses_to_sign_an_unprintable_name_naming_the_character(make_meeting) -> None:
    meeting = make_meeting(employee_name="Åse 😀")  # may be typed; it cannot be signed
    with pytest.raises(MeetingError) as caught:
        meeting.sign("employee", "Åse 😀", method="typed", confirmed=True)
    assert "😀" in caught.value.fields["name"]
    assert "U+1F600" in caught.value.fields["name"]
    assert meeting.signature("employee") is None
    other = make_meeting(company="Firma ☃")
    with pytest.raises(MeetingError, match="☃"):  # a detail the signed plan would print
        other.sign("manager", other.manager_name, method="typed", confirmed=True)


def test_cli_sign_refuses_a_stored_unprintable_name(tmp_path) -> None:
    data = tmp_path / "data"
    meeting = build_meeting(signed=False)
    meeting.set_details(employee_name="Åse 😀")
    with Store.open(data) as store:
        store.save(meeting)
    # --allow-incomplete: the refusal tested is the name's, not the plan's gaps.
    names = [
        "--manager",
        meeting.manager_name,
        "--employee",
        "Åse 😀",
        "--yes",
        "--allow-incomplete",
    ]
    result = run_cli(data, "sign", meeting.id, *names, lang="en", code=None)
    assert result.returncode == 1
    assert "Cannot be printed in the PDF: »😀« (U+1F600)" in result.stderr
    with Store.open(data, read_only=True) as store:
        assert not store.get(meeting.id).is_signed


def test_new_meeting_dialog_shows_it_beside_the_field(qtbot, small_checklist) -> None:
    dialog = NewMeetingDialog([small_checklist], "da")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.company.setText("Firma")
    dialog.manager_name.setText("王小明")
    dialog.employee_name.setText("Åse 😀")  # keyClicks cannot type an emoji
    assert "»😀« (U+1F600)" in dialog.error_text("employee_name")
    assert "😀" in dialog.employee_name.accessibleDescription()
    assert dialog.error_text("manager_name") == ""  # Chinese prints
    dialog.employee_name.setText("Åse")
    assert dialog.error_text("employee_name") == ""


def test_sign_dialog_shows_it_beside_the_name(qtbot) -> None:
    meeting = build_meeting(signed=False)
    meeting.set_details(employee_name="Åse 😀")
    dialog = SignDialog(meeting, "employee", "da")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(SignDialog.TYPED)
    dialog.typed_name.setText("Åse 😀")  # keyClicks cannot type an emoji
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and meeting.signature("employee") is None
    assert dialog.typed_name_error.isVisible()
    assert "😀" in dialog.typed_name_error.text()
