"""The PDF read back: text (pdftotext), metadata and attachment (pypdf), determinism, goldens.

Regenerate the golden files after an intended change to the layout:

    REGENERATE_GOLDEN=1 /work/venv/bin/pytest tests/test_report.py -q

then look at the new pages (pdftoppm -r 60 -png tests/golden/plan_signed_da.pdf /tmp/p).
golden/previous_release_signed_da.pdf is never regenerated: it is a file the previous release
made (format remotework-desktop/1), kept to show such files still verify.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from remotework_desktop.core import formatting as fmt
from remotework_desktop.core.checklists import load_file
from remotework_desktop.core.fingerprint import canonical_digest
from remotework_desktop.core.meetings import Meeting, new_meeting
from remotework_desktop.core.pdf.constants import ATTACHMENT_NAME, FORMAT
from remotework_desktop.core.pdf.render import printed_data, render_pdf

GOLDEN = Path(__file__).resolve().parent / "golden"
ROOT = Path(__file__).resolve().parent.parent
CHECKLIST = GOLDEN / "plan_checklist.toml"
CID = "plan_test"
TZ = ZoneInfo("Europe/Copenhagen")
SIGNED_AT = dt.datetime(2026, 11, 26, 13, 5, tzinfo=dt.UTC)  # 14.05 in Copenhagen
MANAGER = "Søren Ødegaard"
EMPLOYEE = "Åse Brønnum-Jensen"
DRAWN = [
    [(10, 200), (60, 80), (110, 210), (160, 90), (210, 190), (260, 120)],
    [(300, 150), (420, 140), (560, 160)],
    [(600, 100)],
]
REGENERATE = os.environ.get("REGENERATE_GOLDEN") == "1"


def build_meeting(*, signed: bool = True) -> Meeting:
    """A filled-in meeting with fixed ids and times, so its PDF is byte-stable."""
    definition, errors = load_file(CHECKLIST)
    assert definition is not None, errors
    m = new_meeting(
        company="Æblegården ApS",
        manager_name=MANAGER,
        manager_title="Afdelingsleder",
        employee_name=EMPLOYEE,
        meeting_date="2026-11-26",
        checklists=[definition],
    )
    m.id = "meeting0001"
    m.set_answer(CID, "reason", ["fleksjob", "quiet"])
    m.set_status(CID, "reason", "agreed")
    m.set_answer(CID, "home_days", 3)
    m.set_status(CID, "home_days", "agreed")
    m.set_answer(
        CID,
        "schedule",
        {"mon": "home", "tue": "workplace", "wed": "home", "thu": "home", "fri": "workplace"},
    )
    m.set_answer(CID, "contact_hours", {"start": "09:00", "end": "14:30"})
    m.set_answer(CID, "contact_rhythm", "Kort videomøde hver mandag og sparring torsdag.")
    m.set_answer(CID, "start_date", "2027-01-04")
    m.set_answer(CID, "trial_period", "m3")
    m.set_answer(CID, "evaluation_date", "2027-03-29")
    m.set_answer(CID, "ending", "Begge kan afslutte ordningen med en måneds varsel.")
    m.set_answer(CID, "equipment", "Bærbar pc, skærm, tastatur, mus og headset.")
    m.set_note(CID, "equipment", "IT-support sætter VPN op før start.")
    m.set_answer(CID, "costs", "Arbejdspladsen betaler udstyr og internet.")
    m.set_answer(CID, "aids", "Støjdæmpende headset via jobcentret.")
    m.set_note(CID, "aids", "HEMMELIGNOTE om behov for ro.")
    m.set_answer(CID, "data_security", True)
    m.set_answer(CID, "screen_work_regular", True)
    m.set_answer(CID, "screen_ok", False)
    m.set_status(CID, "screen_ok", "follow_up")
    m.set_note(CID, "screen_ok", "Ny skærm bestilles.")
    m.set_answer(CID, "wellbeing", "PRIVATSVAR om faste rammer.")
    m.set_follow_up_date("2027-02-26")
    m.add_action("Bestil skærm og headset", "manager", "2026-12-10")
    m.add_action("Indret arbejdsplads i stuen", "employee", "2026-12-20")
    m.add_action("Opsæt VPN og adgang", "other", "2026-12-15", owner_name="IT-support")
    m.add_action("Aftal fast mødetid for sparring", "both", None)
    for i, action in enumerate(m.actions, 1):
        action.id = f"action{i:02d}"
    m.actions[3].done = True
    # Fixed before signing: the fingerprint covers created_at.
    m.created_at = m.updated_at = "2026-11-26T09:00:00+00:00"
    if signed:
        m.sign("manager", MANAGER, method="drawn", strokes=DRAWN, confirmed=True, when=SIGNED_AT)
        m.sign(
            "employee",
            EMPLOYEE,
            method="typed",
            confirmed=True,
            when=SIGNED_AT + dt.timedelta(minutes=2),
        )
        m.updated_at = "2026-11-26T09:00:00+00:00"
    return m


def pdf_pages(data: bytes, tmp_path: Path) -> list[str]:
    """The text of each page as pdftotext reads it (what a screen reader or search sees)."""
    path = tmp_path / "read.pdf"
    path.write_bytes(data)
    out = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    pages = out.split("\f")
    return [p for p in pages if p.strip()]


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def signed() -> Meeting:
    return build_meeting(signed=True)


@pytest.fixture(scope="module")
def signed_pdf(signed: Meeting) -> bytes:
    return render_pdf(signed, tz=TZ)


# -- content ------------------------------------------------------------------------------
def test_signed_pdf_shows_plan_actions_and_both_signers(signed_pdf: bytes, tmp_path) -> None:
    text = flat(" ".join(pdf_pages(signed_pdf, tmp_path)))
    for expected in (
        "Aftalt plan for hjemmearbejde",
        "Æblegården ApS",
        "Søren Ødegaard, Afdelingsleder",
        "Åse Brønnum-Jensen",
        "26. november 2026",
        "Flere timer i fleksjob, Færre mennesker omkring sig",
        "kl. 09.00–14.30",
        "4. januar 2027",
        "3 måneder",
        "29. marts 2027",
        "IT-support sætter VPN op før start.",
        "Næste opfølgning: 26. februar 2027",
        # actions: what, owner with name, deadline, done
        "Bestil skærm og headset Leder (Søren Ødegaard) 10. december 2026 Nej",
        "Opsæt VPN og adgang IT-support 15. december 2026 Nej",
        "Aftal fast mødetid for sparring Begge – Ja",
        # signatures: names, roles, local times, typed marker, statement
        "Søren Ødegaard, Leder",
        "Åse Brønnum-Jensen, Medarbejder",
        "Underskrevet 26. november 2026 kl. 14.05",
        "Underskrevet 26. november 2026 kl. 14.07",
        "Underskrevet med navn",
        "Underskrevet på skærmen",
        "Jeg har læst den aftalte plan for hjemmearbejde",
    ):
        assert expected in text, expected
    assert "Udført" in text
    # The plan comes before the checklists, and the weekday table lists the places.
    assert text.index("Ordningen") < text.index("Tjeklisternes svar")
    assert "Mandag Hjemme Tirsdag Arbejdspladsen Onsdag Hjemme" in text
    assert "Ikke drøftet" in text  # untouched item ('breaks') is still listed


def test_checklist_part_lists_visible_items_with_status_and_note(signed_pdf, tmp_path) -> None:
    text = flat(" ".join(pdf_pages(signed_pdf, tmp_path)))
    assert "Er skærmen egnet? Følges op Nej Note: Ny skærm bestilles." in text
    assert "Note: Ny skærm bestilles." in text
    assert "Holder du pauser? Ikke drøftet" in text


def test_hidden_items_are_left_out(tmp_path) -> None:
    m = build_meeting(signed=False)
    m.set_answer(CID, "screen_work_regular", False)  # hides 'screen_ok'
    text = flat(" ".join(pdf_pages(render_pdf(m, tz=TZ), tmp_path)))
    assert "Er skærmen egnet?" not in text
    assert "Er skærmarbejdet hjemme regelmæssigt?" in text


def test_items_with_an_unknown_condition_are_printed_marked(tmp_path) -> None:
    m = build_meeting(signed=False)
    m.set_answer(CID, "screen_work_regular", None)  # 'screen_ok' now depends on it
    text = flat(" ".join(pdf_pages(render_pdf(m, tz=TZ), tmp_path)))
    assert "Er skærmen egnet? Følges op Afhænger af svarene ovenfor Nej" in text
    english = flat(" ".join(pdf_pages(render_pdf(m, lang="en", tz=TZ), tmp_path)))
    assert "Depends on the answers above" in english
    m.set_answer(CID, "screen_work_regular", True)  # known: printed without the marker
    again = flat(" ".join(pdf_pages(render_pdf(m, tz=TZ), tmp_path)))
    assert "Er skærmen egnet? Følges op Nej" in again
    assert "Afhænger af svarene ovenfor" not in again


def test_private_entries_absent_by_default_present_when_asked(signed, tmp_path) -> None:
    default = flat(" ".join(pdf_pages(render_pdf(signed, tz=TZ), tmp_path)))
    assert "HEMMELIGNOTE" not in default
    assert "PRIVATSVAR" not in default
    assert "Støjdæmpende headset" not in default  # a private plan row is left out too
    assert "2 fortrolige punkter er ikke med i denne udskrift." in default
    full = flat(" ".join(pdf_pages(render_pdf(signed, tz=TZ, include_private=True), tmp_path)))
    assert "HEMMELIGNOTE om behov for ro." in full
    assert "PRIVATSVAR om faste rammer." in full
    assert "Støjdæmpende headset via jobcentret." in full
    assert "Fortroligt" in full
    assert "fortrolige punkter" not in full


def test_english_pdf(signed, tmp_path) -> None:
    data = render_pdf(signed, lang="en", tz=TZ, include_private=True)
    pages = pdf_pages(data, tmp_path)
    text = flat(" ".join(pages))
    for expected in (
        "Agreed plan for working from home",
        "Manager (Søren Ødegaard)",
        "10 December 2026",
        "Signed 26 November 2026, 14:05",
        "Signed by typed name",
        "Next follow-up: 26 February 2027",
        "Private",
    ):
        assert expected in text, expected
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
    assert PdfReader(io.BytesIO(data)).trailer["/Root"]["/Lang"] == "en"


def test_page_x_of_y_version_and_fingerprint_on_every_page(signed, signed_pdf, tmp_path):
    pages = pdf_pages(signed_pdf, tmp_path)
    assert len(pages) >= 3
    # The fingerprint of exactly the printed data (the private items are left out).
    printed = canonical_digest(printed_data(signed, include_private=False))
    for number, page in enumerate(pages, 1):
        assert f"Side {number} af {len(pages)}" in page
        assert "Version 1" in page
        assert f"Fingeraftryk {printed[:12]}" in page
        assert "KLADDE" not in page
    # Nothing left out: the printed data is the whole record, its fingerprint the signed one.
    full = pdf_pages(render_pdf(signed, tz=TZ, include_private=True), tmp_path)
    assert all(f"Fingeraftryk {signed.fingerprint[:12]}" in page for page in full)


def test_draft_is_marked_on_every_page(tmp_path) -> None:
    data = render_pdf(build_meeting(signed=False), tz=TZ)
    pages = pdf_pages(data, tmp_path)
    assert len(pages) >= 2
    for number, page in enumerate(pages, 1):
        assert f"Side {number} af {len(pages)}" in page
        assert "KLADDE – ikke underskrevet af begge" in page  # the banner at the top
        assert page.count("KLADDE – ikke underskrevet") >= 2  # ... and the footer
        assert "Fingeraftryk" not in page
    # Nobody signed in the program: both get a line to sign by hand.
    assert flat(" ".join(pages)).count("Underskriv her med pen") == 2


def test_one_signature_is_still_a_draft(tmp_path) -> None:
    m = build_meeting(signed=False)
    m.sign("employee", EMPLOYEE, method="typed", confirmed=True, when=SIGNED_AT)
    text = flat(" ".join(pdf_pages(render_pdf(m, tz=TZ), tmp_path)))
    assert "KLADDE" in text
    assert "Underskrevet med navn" in text
    assert text.count("Underskriv her med pen") == 1


def test_metadata_and_language(signed_pdf: bytes, signed: Meeting) -> None:
    reader = PdfReader(io.BytesIO(signed_pdf))
    meta = reader.metadata
    assert meta.title == "Aftalt plan for hjemmearbejde – Åse Brønnum-Jensen"
    assert meta.author == "Æblegården ApS (Søren Ødegaard)"
    assert meta.subject == "Aftale om hjemmearbejde mellem Æblegården ApS og Åse Brønnum-Jensen"
    assert meta.creator == "remotework-desktop"
    assert reader.trailer["/Root"]["/Lang"] == "da-DK"
    # Dated by the last signature (deterministic), not by ReportLab's invariant 2000-01-01.
    last = max(dt.datetime.fromisoformat(s.signed_at) for s in signed.signatures)
    assert meta["/CreationDate"] == last.astimezone(dt.UTC).strftime("D:%Y%m%d%H%M%S+00'00'")
    # A4 in points
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_font_is_embedded_dejavu(signed_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(signed_pdf))
    fonts = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
            for desc in font.get("/DescendantFonts", []):
                assert "/FontFile2" in desc.get_object()["/FontDescriptor"]
    assert {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"} <= fonts


def test_drawn_signature_is_vector_paths_with_round_caps(signed_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(signed_pdf))
    contents = b"".join(p.get_contents().get_data() for p in reader.pages)
    assert b"1 J" in contents and b"1 j" in contents  # round caps and joins
    assert contents.count(b" c\n") >= 4  # smoothed with curves, not only straight lines


def test_embedded_data_extracts_and_hashes_to_fingerprint(signed, signed_pdf) -> None:
    reader = PdfReader(io.BytesIO(signed_pdf))
    assert list(reader.attachments) == [ATTACHMENT_NAME]
    doc = json.loads(reader.attachments[ATTACHMENT_NAME][0])
    assert doc["format"] == FORMAT
    assert doc["meeting_id"] == "meeting0001"
    assert doc["version"] == 1
    assert doc["state"] == "signed"
    assert doc["include_private"] is False
    assert doc["canonical"] == printed_data(signed, include_private=False)
    assert canonical_digest(doc["canonical"]) == doc["fingerprint"] != signed.fingerprint


def test_draft_embeds_digest_of_its_printed_data() -> None:
    m = build_meeting(signed=False)
    for include_private in (False, True):
        pdf = render_pdf(m, include_private=include_private)
        doc = json.loads(PdfReader(io.BytesIO(pdf)).attachments[ATTACHMENT_NAME][0])
        assert doc["state"] == "draft"
        assert doc["canonical"] == printed_data(m, include_private=include_private)
        assert doc["fingerprint"] == canonical_digest(doc["canonical"])
    # Everything printed: the digest of the whole record.
    assert doc["fingerprint"] == m.compute_fingerprint()


def test_new_version_and_follow_up_are_named(signed, tmp_path) -> None:
    amended = signed.new_version()
    text = flat(" ".join(pdf_pages(render_pdf(amended, tz=TZ), tmp_path)))
    assert "Version 2 (ændrer version 1)" in text
    follow = signed.follow_up("2027-02-26")
    text = flat(" ".join(pdf_pages(render_pdf(follow, follows_date="2026-11-26"), tmp_path)))
    assert "opfølgning på mødet den 26. november 2026" in text
    # Open actions carried forward are in the new plan; the done one is not.
    assert "Bestil skærm og headset" in text
    assert "Aftal fast mødetid for sparring" not in text
    # A changed answer is printed with what was signed last time; an unchanged one is not.
    assert "Aftalt sidst" not in text
    follow.set_answer(CID, "home_days", 2)
    text = flat(" ".join(pdf_pages(render_pdf(follow, follows_date="2026-11-26"), tmp_path)))
    assert "Aftalt sidst: 3" in text
    assert text.count("Aftalt sidst") == 1


def test_long_content_flows_over_pages(tmp_path) -> None:
    m = build_meeting(signed=False)
    for i in range(60):
        m.add_action(f"Handling nummer {i} med æøå og en lidt længere tekst", "both", "2027-01-01")
    m.set_note(CID, "quiet_room", "En lang note. " * 400)
    m.set_answer(CID, "equipment", "Et langt svar i planen. " * 500)  # a plan row > 1 page
    m.add_action(("Meget " * 333).strip(), "both")  # the longest action the model allows
    pages = pdf_pages(render_pdf(m), tmp_path)
    assert len(pages) >= 8
    for number, page in enumerate(pages, 1):
        assert f"Side {number} af {len(pages)}" in page
    text = flat(" ".join(pages))
    assert "Handling nummer 59 med æøå" in text
    # Nothing lost at the page breaks (counted by word: a footer can sit inside a sentence).
    assert text.count("langt") == 500 * 2  # the plan row and the checklist item
    assert text.count(" lang ") == 400
    assert text.count("Meget") == 333
    assert text.count("Hvad Ansvarlig Frist Udført") >= 2  # header row repeats


def _pasted_list(lines: int) -> str:
    """A note pasted as a list: short lines, some right to left, one with markup characters."""
    return "\n".join(
        f"Punkt {i} مرحبا {i}" if i % 9 == 0 else f"Punkt {i} <b> & {i}" if i == 7 else f"Punkt {i}"
        for i in range(1, lines + 1)
    )


def test_a_pasted_list_in_a_note_prints_every_line_in_order(tmp_path) -> None:
    m = build_meeting(signed=False)
    m.set_note(CID, "quiet_room", _pasted_list(1200))
    lines = [flat(line) for page in pdf_pages(render_pdf(m), tmp_path) for line in page.split("\n")]
    listed = [int(found[1]) for line in lines if (found := re.search(r"Punkt (\d+)", line))]
    assert listed == list(range(1, 1201))
    assert "Punkt 7 <b> & 7" in lines


def test_a_long_note_is_set_in_blocks_of_lines_exactly_as_one_paragraph(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Platypus lays a paragraph split over pages out again on every page (thousands of lines
    took seconds): a long note is cut into blocks of lines, and looks the same."""
    from remotework_desktop.core.pdf import styles

    m = build_meeting(signed=False)
    m.set_note(CID, "quiet_room", _pasted_list(400))
    blocks = render_pdf(m)
    monkeypatch.setattr(styles, "LINES_A_PARAGRAPH", 1_000_000)  # the note in one paragraph
    whole = render_pdf(m)
    assert blocks != whole  # set differently ...
    out = tmp_path / "png"
    out.mkdir()
    for name, data in (("blocks", blocks), ("whole", whole)):
        (out / f"{name}.pdf").write_bytes(data)
        subprocess.run(
            ["pdftoppm", "-r", "40", "-png", str(out / f"{name}.pdf"), str(out / name)],
            check=True,
        )
    pictures = sorted(out.glob("blocks*.png"))
    assert len(pictures) == len(list(out.glob("whole*.png"))) > 3
    for picture in pictures:  # ... and drawn alike, page for page
        twin = out / picture.name.replace("blocks", "whole")
        assert picture.read_bytes() == twin.read_bytes(), picture.name
    # In blocks of LINES_A_PARAGRAPH lines (the rest as one paragraph would be quadratic).
    monkeypatch.undo()
    from remotework_desktop.core.pdf.render import _Builder

    item = next(i for s in m.definition(CID).sections for i in s.items if i.id == "quiet_room")
    builder = _Builder(m, "da", False, None, None)
    parts = builder._item(CID, item, m.entry(CID, "quiet_room"))
    note = [p.text for p in parts if "Punkt" in getattr(p, "text", "")]
    assert len(note) == 8 and all(p.count("<br/>") < styles.LINES_A_PARAGRAPH for p in note)


def test_a_long_answer_in_the_plans_table_prints_every_line_in_order(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In blocks of lines in the plan's table too (and its note); a page may end a line
    sooner or later than with one paragraph, nothing else changes."""
    from remotework_desktop.core.pdf import styles

    m = build_meeting(signed=False)
    m.set_answer(CID, "equipment", _pasted_list(300))  # in the plan's table and the checklist
    m.set_note(CID, "equipment", _pasted_list(120))
    printed = []
    for lines_a_paragraph in (styles.LINES_A_PARAGRAPH, 1_000_000):
        monkeypatch.setattr(styles, "LINES_A_PARAGRAPH", lines_a_paragraph)
        pages = pdf_pages(render_pdf(m), tmp_path)
        lines = [flat(line) for page in pages for line in page.split("\n")]
        printed.append(([line for line in lines if "Punkt" in line], len(pages)))
    (blocks, blocks_pages), (whole, whole_pages) = printed
    assert blocks == whole and blocks_pages == whole_pages
    numbers = [int(found[1]) for line in blocks if (found := re.search(r"Punkt (\d+)", line))]
    # The answer twice (plan and checklist), each followed by its note where it has one.
    assert numbers == [*range(1, 301), *range(1, 121), *range(1, 301), *range(1, 121)]
    # The table's cell holds the blocks (one paragraph would be laid out again every page).
    from reportlab.platypus import Table

    from remotework_desktop.core.pdf.render import _Builder

    monkeypatch.undo()
    (table,) = [
        f for f in _Builder(m, "da", False, None, None).arrangement() if isinstance(f, Table)
    ]
    cells = [row[1] for row in table._cellvalues if isinstance(row[1], list)]
    texts = [p.text for cell in cells for p in cell if "Punkt" in getattr(p, "text", "")]
    assert len(texts) == 6 + 3 and all(t.count("<br/>") < styles.LINES_A_PARAGRAPH for t in texts)


def _name_past_the_limits() -> Meeting:
    """A company name of 20,000 characters: past the program's limit of 200, as only a data
    folder edited by hand can hold (loading does not refuse it)."""
    from remotework_desktop.core.meetings import meeting_from_dict

    data = build_meeting(signed=False).model_dump(mode="json")
    data["company"] = "Virksomhed " * 1800
    return meeting_from_dict(data)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_text_too_tall_for_a_page_is_refused_in_plain_words(lang: str) -> None:
    from remotework_desktop.core.meetings import MeetingError
    from remotework_desktop.core.text import set_language

    set_language(lang)
    try:
        with pytest.raises(MeetingError) as refused:
            render_pdf(_name_past_the_limits())
    finally:
        set_language("da")
    expected = {"da": "for lang til en side", "en": "too long for one page"}[lang]
    assert expected in str(refused.value) and "Flowable" not in str(refused.value)


def test_export_of_text_too_tall_for_a_page_says_so_in_one_line(tmp_path) -> None:
    from remotework_desktop.core.store import Store
    from tests.cli_helper import run_cli

    data = tmp_path / "data"
    meeting = _name_past_the_limits()
    with Store.open(data) as store:
        store.save(meeting)
    done = run_cli(data, "export-pdf", meeting.id, "-o", str(tmp_path / "plan.pdf"), code=1)
    assert done.stderr.strip().splitlines() == [
        "fejl: Planen kunne ikke sættes op som PDF: en tekst i den er for lang til en side "
        "(måske et navn eller en titel). Gør teksten kortere, og prøv igen."
    ]
    assert not (tmp_path / "plan.pdf").exists()


def test_markup_characters_in_user_text_are_printed_as_typed(tmp_path) -> None:
    m = build_meeting(signed=False)
    m.set_details(company="A & B <ApS>")
    m.set_note(CID, "quiet_room", "Brug <b> & </para> som tekst")
    text = flat(" ".join(pdf_pages(render_pdf(m), tmp_path)))
    assert "A & B <ApS>" in text
    assert "Brug <b> & </para> som tekst" in text


# -- determinism and goldens --------------------------------------------------------------
def test_two_renders_are_byte_identical(signed, signed_pdf) -> None:
    assert render_pdf(signed, tz=TZ) == signed_pdf
    assert render_pdf(build_meeting(signed=True), tz=TZ) == signed_pdf


def test_render_in_a_fresh_process_is_byte_identical(signed_pdf: bytes, tmp_path) -> None:
    script = (
        "import sys, zoneinfo; sys.path.insert(0, sys.argv[1]);"
        "from test_report import build_meeting;"
        "from remotework_desktop.core.pdf.render import render_pdf;"
        "sys.stdout.buffer.write(render_pdf(build_meeting(signed=True),"
        " tz=zoneinfo.ZoneInfo('Europe/Copenhagen')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(Path(__file__).parent)],
        check=True,
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONHASHSEED": "123", "TZ": "America/New_York"},
    ).stdout
    assert out == signed_pdf


def check_golden(name: str, data: bytes) -> None:
    path = GOLDEN / name
    if REGENERATE:
        path.write_bytes(data)
    assert path.exists(), f"missing {path}; run with REGENERATE_GOLDEN=1 to create it"
    assert data == path.read_bytes(), (
        f"{name} differs from the golden file; if the change is intended, regenerate with "
        "REGENERATE_GOLDEN=1 and look at the pages"
    )


def test_golden_signed_da(signed_pdf: bytes) -> None:
    check_golden("plan_signed_da.pdf", signed_pdf)


def test_golden_draft_en_private() -> None:
    data = render_pdf(build_meeting(signed=False), lang="en", include_private=True, tz=TZ)
    check_golden("plan_draft_en_private.pdf", data)


def example_meeting() -> Meeting:
    # Imported here, not skipped: a broken example fails its golden test (and only that).
    from remotework_desktop.core import example

    m = example.build_example_meeting(today=dt.date(2026, 11, 26), fixed_ids=True)
    m.sign("manager", m.manager_name, method="drawn", strokes=DRAWN, confirmed=True, when=SIGNED_AT)
    m.sign(
        "employee",
        m.employee_name,
        method="typed",
        confirmed=True,
        when=SIGNED_AT + dt.timedelta(minutes=2),
    )
    m.updated_at = "2026-11-26T09:00:00+00:00"
    return m


def test_golden_example_meeting_signed(tmp_path) -> None:
    m = example_meeting()
    data = render_pdf(m, tz=TZ)
    check_golden("example_signed_da.pdf", data)
    pages = pdf_pages(data, tmp_path)
    for number, page in enumerate(pages, 1):
        assert f"Side {number} af {len(pages)}" in page
    text = flat(" ".join(pages))
    assert "Æblegården ApS" in text
    assert "Underskrevet med navn" in text


@pytest.mark.skipif(not REGENERATE, reason="only when regenerating: refreshes docs/pdf-page1.png")
def test_regenerate_readme_page_image(tmp_path) -> None:
    """Writes docs/pdf-page1.png from the example meeting (or the test meeting)."""
    m = example_meeting()
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(render_pdf(m, tz=TZ))
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    (ROOT / "docs").mkdir(exist_ok=True)
    shutil.copyfile(next(tmp_path.glob("p*.png")), ROOT / "docs" / "pdf-page1.png")


# -- formatting ---------------------------------------------------------------------------
def test_format_dates_and_times() -> None:
    assert fmt.format_date("2026-11-26") == "26. november 2026"
    assert fmt.format_date("2026-05-01", "en") == "1 May 2026"
    assert fmt.format_date(None) == ""
    # Summer and winter time in Copenhagen.
    assert fmt.format_datetime("2026-11-26T13:05:00+00:00", "da", TZ) == (
        "26. november 2026 kl. 14.05"
    )
    assert fmt.format_datetime("2026-07-01T22:30:00+00:00", "da", TZ) == ("2. juli 2026 kl. 00.30")
    assert fmt.format_datetime("2026-07-01T08:00:00", "en", dt.UTC) == "1 July 2026, 08:00"


def test_format_answers_of_every_kind() -> None:
    definition, _ = load_file(CHECKLIST)
    assert definition is not None
    item = definition.item
    assert fmt.format_answer(item("data_security"), True) == "Ja"
    assert fmt.format_answer(item("data_security"), False, "en") == "No"
    assert fmt.format_answer(item("reason"), ["quiet", "space"], "en") == (
        "Fewer people around, Lack of space"
    )
    assert fmt.format_answer(item("trial_period"), "m6") == "6 måneder"
    assert fmt.format_answer(item("start_date"), "2027-01-04") == "4. januar 2027"
    assert fmt.format_answer(item("home_days"), 2.5) == "2,5"
    assert fmt.format_answer(item("home_days"), 2.5, "en") == "2.5"
    assert fmt.format_answer(item("home_days"), 3.0) == "3"
    assert fmt.format_answer(item("home_days"), 0) == "0"
    assert fmt.format_answer(item("contact_hours"), {"start": "08:00", "end": "12:15"}) == (
        "kl. 08.00–12.15"
    )
    assert fmt.format_answer(item("schedule"), {"mon": "home", "tue": "off", "fri": "home"}) == (
        "Hjemme: mandag, fredag. Fri: tirsdag"
    )
    assert fmt.format_answer(item("ending"), "Med varsel") == "Med varsel"
    assert fmt.format_answer(item("ending"), None) == ""
    assert fmt.format_answer(item("reason"), []) == ""


def test_status_owner_and_role_labels() -> None:
    m = build_meeting(signed=False)
    assert fmt.status_label("follow_up") == "Følges op"
    assert fmt.status_label("agreed", "en") == "Agreed"
    assert fmt.role_label("employee") == "Medarbejder"
    assert fmt.owner_label("both", "en") == "Both"
    assert fmt.owner_text(m.actions[0], m) == "Leder (Søren Ødegaard)"
    assert fmt.owner_text(m.actions[2], m, "en") == "IT-support"
    assert fmt.done_text(True, "en") == "Yes"


# -- fonts ----------------------------------------------------------------------------------
def _strings(value: object) -> list[str]:
    """Every string inside nested dicts, lists and tuples."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def test_shipped_font_subsets_cover_every_character_the_program_prints() -> None:
    """The fonts are subsets: a character outside them would print as an empty box."""
    from reportlab.pdfbase.ttfonts import TTFont

    from remotework_desktop.core import text
    from remotework_desktop.core.checklists import load_checklists

    loaded = load_checklists()
    assert loaded.definitions and not loaded.errors
    texts = [s for d in loaded.ordered() for s in _strings(d.model_dump(mode="json"))]
    texts += _strings(
        [
            text.CATALOGUE,
        ]
    )
    texts.append("æøåÆØÅéüÉÜöäÖÄ –—‘’“”„…•€§½«»·×÷°±")
    # Names of colleagues from elsewhere in Europe: Polish, Romanian, Turkish, Ukrainian, Greek.
    texts.append("Łukasz Żółć Ștefan Ţăran Şükrü Ğİ Олена Їжак Ελένη")
    needed = {c for text in texts for c in text if c.isprintable() and c != " "}
    assert len(needed) > 100  # the checklists were really read
    folder = ROOT / "resources" / "fonts"
    for file in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        cmap = TTFont("coverage-" + file, str(folder / file)).face.charToGlyph
        missing = sorted(c for c in needed if cmap.get(ord(c), 0) == 0)
        assert not missing, f"{file} has no glyph for {missing}"


def test_shipped_fonts_are_subsets() -> None:
    """Small files: a full DejaVu takes ReportLab ~13 ms a file to parse (scripts/subset_fonts.py)."""
    folder = ROOT / "resources" / "fonts"
    for file in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        assert (folder / file).stat().st_size < 200_000, file
    assert (folder / "DejaVu-LICENSE.txt").is_file()
