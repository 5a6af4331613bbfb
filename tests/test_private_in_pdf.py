"""Private stays private: no private item's text in any byte of a PDF, unless asked for.

Each PDF is searched four ways: the raw bytes, every stream inflated, the embedded
agreement data (pypdf) and the text a reader sees (pdftotext). The needles are searched
in UTF-8, UTF-16 (PDF text strings) and JSON-escaped form.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import subprocess
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader

from remotework_desktop.core import text
from remotework_desktop.core.checklists import load_checklists
from remotework_desktop.core.fingerprint import canonical_digest
from remotework_desktop.core.meetings import Meeting, new_meeting
from remotework_desktop.core.pdf.constants import ATTACHMENT_NAME, FORMAT, FORMAT_V1
from remotework_desktop.core.pdf.export import export_pdf
from remotework_desktop.core.pdf.render import render_pdf
from remotework_desktop.core.pdf.verify import DIFFERS, MATCHES, verify_pdf
from remotework_desktop.core.store import Store
from tests.cli_helper import run_cli as run

try:  # tests/ is a plain folder on sys.path, or a package
    from test_report import CID, GOLDEN, build_meeting, flat
    from test_verify import reembed
except ImportError:  # pragma: no cover
    from tests.test_report import CID, GOLDEN, build_meeting, flat
    from tests.test_verify import reembed

# In build_meeting: a private note on a plan row ('aids', private by its checklist) and a
# private answer ('wellbeing', private by its checklist).
SECRETS = ("HEMMELIGNOTE om behov for ro", "PRIVATSVAR om faste rammer", "Støjdæmpende headset")
# In the example meeting: a note made private on purpose, a note and an answer on items
# their checklist marks private.
EXAMPLE_SECRETS = (
    "søn er hjemme om eftermiddagen",
    "rolig formiddag uden",
    "Computeren slukkes og lægges i skabet",
)
STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.DOTALL)


def _forms(needle: str) -> list[bytes]:
    escaped = json.dumps(needle)[1:-1].encode("ascii")  # ensure_ascii=True form
    return [needle.encode("utf-8"), needle.encode("utf-16-be"), escaped]


def inflated_streams(data: bytes) -> list[bytes]:
    """Every stream of the file, inflated when it is compressed (raw when it is not)."""
    out = []
    for raw in STREAM.findall(data):
        try:
            out.append(zlib.decompressobj().decompress(raw))
        except zlib.error:
            out.append(raw)
    return out


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "read.pdf"
    path.write_bytes(data)
    result = subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True)
    return flat(result.stdout.decode("utf-8"))


def embedded_bytes(data: bytes) -> bytes:
    return PdfReader(io.BytesIO(data)).attachments[ATTACHMENT_NAME][0]


def where_found(data: bytes, needle: str, tmp_path: Path) -> list[str]:
    """The places ``needle`` occurs in the PDF ``data``: empty when it is nowhere."""
    streams = inflated_streams(data)
    # The search must really look inside: the pages' content and the fonts are compressed.
    assert sum(1 for s in streams if s not in data) >= 3
    places = []
    for form in _forms(needle):
        if form in data:
            places.append(f"raw bytes ({form[:20]!r})")
        places += [f"stream {i}" for i, s in enumerate(streams) if form in s]
        if form in embedded_bytes(data):
            places.append("embedded data")
    if needle in pdf_text(data, tmp_path):
        places.append("page text")
    return places


# -- point 1: private notes and answers stay out of every byte -----------------------------
def test_private_note_and_answer_are_in_no_byte_of_the_pdf(tmp_path: Path) -> None:
    signed = build_meeting(signed=True)
    data = render_pdf(signed)
    for secret in SECRETS:
        assert where_found(data, secret, tmp_path) == [], secret
    # Nor the private items themselves: their ids are not in the embedded data.
    document = json.loads(embedded_bytes(data))
    assert set(document["canonical"]["entries"][CID]) & {"aids", "wellbeing"} == set()
    assert document["include_private"] is False


def test_private_text_is_there_when_included_on_purpose(tmp_path: Path) -> None:
    data = render_pdf(build_meeting(signed=True), include_private=True)
    for secret in SECRETS:
        places = where_found(data, secret, tmp_path)
        assert "embedded data" in places and "page text" in places, (secret, places)


def test_embedded_data_is_the_printed_data_and_hashes_to_the_printed_fingerprint(
    tmp_path: Path,
) -> None:
    signed = build_meeting(signed=True)
    without = json.loads(embedded_bytes(render_pdf(signed)))
    full = json.loads(embedded_bytes(render_pdf(signed, include_private=True)))
    assert without["format"] == full["format"] == FORMAT
    # Everything printed: the embedded data is the whole signed record, the signed fingerprint.
    assert full["canonical"] == signed.canonical()
    assert full["fingerprint"] == signed.fingerprint == canonical_digest(full["canonical"])
    # Private items left out: the same record less exactly those two items.
    expected = signed.canonical()
    del expected["entries"][CID]["aids"], expected["entries"][CID]["wellbeing"]
    assert without["canonical"] == expected
    assert without["fingerprint"] == canonical_digest(expected) != signed.fingerprint
    text = pdf_text(render_pdf(signed), tmp_path)
    assert f"Fingeraftryk {without['fingerprint'][:12]}" in text
    assert signed.fingerprint[:12] not in text


def test_left_out_items_leave_no_trace_in_last_answers_or_action_links() -> None:
    first = build_meeting(signed=True)
    first_aids = first.actions[0]
    follow = first.follow_up("2027-02-26")
    linked = follow.add_action("Søg hjælpemiddel", "both", checklist_id=CID, item_id="aids")
    follow.set_answer(CID, "screen_work_regular", False)  # hides 'screen_ok'
    document = json.loads(embedded_bytes(render_pdf(follow)))
    data = document["canonical"]
    assert "aids" not in data["previous_answers"][CID]
    assert "wellbeing" not in data["previous_answers"][CID]
    assert "screen_ok" not in data["previous_answers"][CID]  # hidden: not printed either
    assert "screen_ok" not in data["entries"][CID]
    assert data["previous_answers"][CID]["home_days"] == 3  # a printed item keeps it
    action = next(a for a in data["actions"] if a["id"] == linked.id)
    assert (action["what"], action["checklist_id"], action["item_id"]) == (
        "Søg hjælpemiddel",
        None,
        None,
    )
    assert first_aids.what in {a["what"] for a in data["actions"]}
    included = json.loads(embedded_bytes(render_pdf(follow, include_private=True)))["canonical"]
    assert included["previous_answers"][CID]["aids"] == "Støjdæmpende headset via jobcentret."
    action = next(a for a in included["actions"] if a["id"] == linked.id)
    assert action["item_id"] == "aids"


def test_export_records_the_printed_fingerprint_and_verifies(tmp_path: Path) -> None:
    meeting = build_meeting(signed=True)
    with Store.open(tmp_path / "data") as store:
        store.save(meeting)
        for include_private in (False, True):
            target = tmp_path / f"plan-{include_private}.pdf"
            sha = export_pdf(store, meeting.id, target, include_private=include_private)
            data = target.read_bytes()
            record = store.find_export(sha)
            assert record["fingerprint"] == json.loads(embedded_bytes(data))["fingerprint"]
            result = verify_pdf(data, store)
            assert (result.code, result.differences) == (MATCHES, []), include_private
            assert record["fingerprint"][:12] in result.message


def test_a_flipped_include_private_flag_is_caught(tmp_path: Path) -> None:
    meeting = build_meeting(signed=True)
    with Store.open(tmp_path / "data") as store:
        store.save(meeting)
        export_pdf(store, meeting.id, tmp_path / "plan.pdf")
        data = (tmp_path / "plan.pdf").read_bytes()
        document = json.loads(embedded_bytes(data))
        document["include_private"] = True
        result = verify_pdf(reembed(data, document), store)
    assert result.code == DIFFERS
    assert "Forskel fra de gemte data: entries.plan_test.aids" in result.differences
    document["include_private"] = "ja"
    with Store.open(tmp_path / "data") as store:
        result = verify_pdf(reembed(data, document), store)
    assert result.code == DIFFERS
    assert "Filens 'include_private' er hverken sand eller falsk." in result.differences


# The signing statement of the previous release, which its signatures recorded.
PREVIOUS_STATEMENT = {
    "da": (
        "Jeg har læst den aftalte plan for hjemmearbejde, som den er vist, og er enig i den. "
        "Aftalen er frivillig, og den kan evalueres og ændres ved næste opfølgning."
    ),
    "en": (
        "I have read the agreed plan for working from home as shown, and I agree to it. "
        "The agreement is voluntary and can be evaluated and changed at the next follow-up."
    ),
}


def test_a_pdf_of_the_previous_release_still_verifies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The golden file made by the previous release embeds the whole record (format /1)."""
    old = (GOLDEN / "previous_release_signed_da.pdf").read_bytes()
    assert json.loads(embedded_bytes(old))["format"] == FORMAT_V1
    # The meeting as the previous release stored it: signed under its statement.
    previous = (PREVIOUS_STATEMENT["da"], PREVIOUS_STATEMENT["en"])
    monkeypatch.setitem(text.CATALOGUE, "meetings.sign_statement", previous)
    meeting = build_meeting(signed=True)
    with Store.open(tmp_path / "data") as store:
        store.save(meeting)
        # What the previous release's export_pdf recorded for it.
        store.record_export(
            meeting.id, hashlib.sha256(old).hexdigest(), meeting.fingerprint, "da", False
        )
        result = verify_pdf(old, store)
        assert (result.code, result.differences) == (MATCHES, [])
        assert meeting.fingerprint[:12] in result.message
    (tmp_path / "old.pdf").write_bytes(old)
    assert "matches" in run(tmp_path / "data", "verify", str(tmp_path / "old.pdf")).stdout
    damaged = bytearray(old)
    damaged[len(old) // 3] ^= 0x20
    (tmp_path / "damaged.pdf").write_bytes(bytes(damaged))
    # Neither a seal nor an entry in the export registry any more: not ours.
    run(tmp_path / "data", "verify", str(tmp_path / "damaged.pdf"), code=2)


def test_cli_export_keeps_private_text_out_unless_asked(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    meeting_id = run(data_dir, "create-example").stdout.strip()
    plain, full = tmp_path / "plan.pdf", tmp_path / "full.pdf"
    run(data_dir, "export-pdf", meeting_id, "-o", str(plain))
    run(data_dir, "export-pdf", meeting_id, "-o", str(full), "--include-private")
    for secret in EXAMPLE_SECRETS:
        assert where_found(plain.read_bytes(), secret, tmp_path) == [], secret
        places = where_found(full.read_bytes(), secret, tmp_path)
        assert "embedded data" in places and "page text" in places, (secret, places)
    for pdf in (plain, full):  # the example is a draft: unchanged, but never "matches"
        assert "draft" in run(data_dir, "verify", str(pdf), code=1).stderr


# -- point 2: an untouched private item is private in core ---------------------------------
def _fresh_meeting() -> Meeting:
    loaded = load_checklists()
    assert loaded.definitions and not loaded.errors
    return new_meeting(
        company="Æblegården ApS",
        manager_name="Søren Ødegaard",
        employee_name="Åse Brønnum-Jensen",
        meeting_date=dt.date(2026, 11, 26),
        checklists=loaded.ordered(),
    )


def _visible_private_prompts(meeting: Meeting) -> list[str]:
    prompts = [
        item.prompt.get("da")
        for ref in meeting.checklists
        for item in meeting.visible_items(ref.id)
        if item.private
    ]
    assert len(prompts) >= 5  # the shipped checklists do have private items
    return prompts


def test_untouched_private_items_are_private_in_the_model() -> None:
    meeting = _fresh_meeting()
    for ref in meeting.checklists:
        for item in meeting.definition(ref.id).items():
            assert meeting.entry(ref.id, item.id).private is item.private
    assert meeting.entries == {}  # reading creates nothing
    # An explicit choice sticks, both ways.
    meeting.set_private("getting_started", "reason", False)
    assert meeting.entry("getting_started", "reason").private is False
    meeting.set_note("getting_started", "purpose", "x")
    meeting.set_private("getting_started", "purpose", True)
    assert meeting.entry("getting_started", "purpose").private is True


def test_cli_export_of_a_fresh_meeting_prints_no_private_prompt(tmp_path: Path) -> None:
    meeting = _fresh_meeting()
    prompts = _visible_private_prompts(meeting)
    data_dir = tmp_path / "data"
    with Store.open(data_dir) as store:
        store.save(meeting)
    plain, full = tmp_path / "plan.pdf", tmp_path / "full.pdf"
    run(data_dir, "export-pdf", meeting.id, "-o", str(plain), "--lang", "da")
    run(data_dir, "export-pdf", meeting.id, "-o", str(full), "--lang", "da", "--include-private")
    text, full_text = pdf_text(plain.read_bytes(), tmp_path), pdf_text(full.read_bytes(), tmp_path)
    embedded = embedded_bytes(plain.read_bytes()).decode("utf-8")
    for prompt in prompts:
        assert prompt not in text, prompt
        assert prompt not in embedded, prompt
        assert prompt in full_text, prompt  # the control: the search would find it
    assert "fortrolige punkter er ikke med i denne udskrift" in text
    assert "fortrolige punkter" not in full_text
    # A non-private prompt is printed.
    assert "Hvad skal hjemmearbejdet gøre bedre?" in text


@pytest.mark.parametrize("lang", ["da", "en"])
def test_fresh_meeting_pdf_in_core_prints_no_private_prompt(tmp_path: Path, lang: str) -> None:
    meeting = _fresh_meeting()
    prompts = [
        item.prompt.get(lang)
        for ref in meeting.checklists
        for item in meeting.visible_items(ref.id)
        if item.private
    ]
    data = render_pdf(meeting, lang=lang)
    text = pdf_text(data, tmp_path)
    for prompt in prompts:
        assert prompt not in text, prompt
    assert json.loads(embedded_bytes(data))["canonical"]["entries"] == {}
