"""verify_pdf and export_pdf against a real store on tmp_path and real PDF files."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import random
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from remotework_desktop.core.export import export_pdf, render_for_export
from remotework_desktop.core.fingerprint import canonical_digest
from remotework_desktop.core.meetings import Meeting
from remotework_desktop.core.pdf_constants import ATTACHMENT_NAME, FORMAT
from remotework_desktop.core.report import render_pdf
from remotework_desktop.core.store import NotFound, Store
from remotework_desktop.core.verify import (
    DIFFERS,
    MATCHES,
    NOT_OURS,
    differing_fields,
    extract_embedded,
    verify_pdf,
)

try:  # tests/ is a plain folder on sys.path, or a package
    from test_report import CID, build_meeting, flat, pdf_pages
except ImportError:  # pragma: no cover
    from tests.test_report import CID, build_meeting, flat, pdf_pages


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "data") as s:
        yield s


@pytest.fixture
def signed_export(store: Store, tmp_path: Path) -> tuple[Meeting, bytes]:
    meeting = build_meeting(signed=True)
    store.save(meeting)
    target = tmp_path / "aftale.pdf"
    export_pdf(store, meeting.id, target, lang="da", include_private=False)
    return meeting, target.read_bytes()


def reembed(data: bytes, document: dict[str, Any] | bytes) -> bytes:
    """The same pages with a different aftale.json attached (what a forger would do)."""
    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.add_metadata({k: v for k, v in (reader.metadata or {}).items()})
    payload = document if isinstance(document, bytes) else json.dumps(document).encode()
    writer.add_attachment(ATTACHMENT_NAME, payload)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def embedded(data: bytes) -> dict[str, Any]:
    document = extract_embedded(data)
    assert document is not None
    return document


def changed(value: Any) -> Any:
    """A different value of the same general shape."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value + 1
    if isinstance(value, str):
        return value + "x"
    if isinstance(value, list):
        return value[:-1] if value else [{"x": 1}]
    if isinstance(value, dict):
        return {**value, "zz_added": {}}
    return "x"


# -- export -------------------------------------------------------------------------------
def test_export_writes_the_rendered_bytes_and_records_them(store: Store, tmp_path) -> None:
    meeting = build_meeting(signed=True)
    store.save(meeting)
    target = tmp_path / "out" / "plan.pdf"
    target.parent.mkdir()
    sha = export_pdf(store, meeting.id, target, lang="en", include_private=True)
    data = target.read_bytes()
    assert sha == hashlib.sha256(data).hexdigest()
    assert data == render_pdf(store.get(meeting.id), lang="en", include_private=True)
    record = store.find_export(sha)
    assert record is not None
    assert record["meeting_id"] == meeting.id
    assert record["fingerprint"] == meeting.fingerprint
    assert record["lang"] == "en"
    assert record["include_private"] is True
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["plan.pdf"]  # no temp file left


@pytest.mark.parametrize(("lang", "include_private"), [("da", False), ("en", True)])
def test_render_for_export_gives_the_bytes_export_saves(
    store: Store, tmp_path: Path, lang: str, include_private: bool
) -> None:
    # A follow-up: its PDF names the earlier meeting's date, which only the store knows.
    first = build_meeting(signed=True)
    store.save(first)
    follow = first.follow_up("2027-02-26")
    store.save(follow)
    target = tmp_path / "plan.pdf"
    sha = export_pdf(store, follow.id, target, lang=lang, include_private=include_private)
    shown = render_for_export(
        store, store.get(follow.id), lang=lang, include_private=include_private
    )
    assert shown == target.read_bytes()
    assert store.find_export(hashlib.sha256(shown).hexdigest())["meeting_id"] == follow.id
    assert sha == hashlib.sha256(shown).hexdigest()
    # Without the store's lookup the bytes differ: the helper is what keeps them equal.
    assert render_pdf(store.get(follow.id), lang=lang, include_private=include_private) != shown


def test_export_of_a_follow_up_names_the_earlier_meeting_date(store: Store, tmp_path) -> None:
    first = build_meeting(signed=True)
    store.save(first)
    follow = first.follow_up("2027-02-26")
    store.save(follow)
    target = tmp_path / "follow.pdf"
    export_pdf(store, follow.id, target, lang="da", include_private=False)
    text = target.read_bytes()
    assert embedded(text)["canonical"]["follows"] == first.id
    assert "opfølgning på mødet den 26. november 2026" in flat(" ".join(pdf_pages(text, tmp_path)))


def test_export_of_unknown_meeting_raises_not_found(store: Store, tmp_path) -> None:
    with pytest.raises(NotFound):
        export_pdf(store, "nosuchmeeting", tmp_path / "x.pdf", lang="da", include_private=False)
    assert not (tmp_path / "x.pdf").exists()


def test_export_into_missing_folder_raises_oserror_and_records_nothing(store, tmp_path) -> None:
    meeting = build_meeting(signed=True)
    store.save(meeting)
    with pytest.raises(OSError):
        export_pdf(store, meeting.id, tmp_path / "nope" / "x.pdf", lang="da", include_private=False)
    assert store.exports_for(meeting.id) == []


# -- verify: matches ----------------------------------------------------------------------
def test_untouched_export_matches(store: Store, signed_export) -> None:
    _, data = signed_export
    result = verify_pdf(data, store)
    assert (result.code, result.differences) == (MATCHES, [])
    # The fingerprint the file prints: of its printed data (private items left out).
    assert embedded(data)["fingerprint"][:12] in result.message


def test_untouched_draft_export_matches(store: Store, tmp_path) -> None:
    meeting = build_meeting(signed=False)
    store.save(meeting)
    export_pdf(store, meeting.id, tmp_path / "d.pdf", lang="da", include_private=False)
    assert verify_pdf((tmp_path / "d.pdf").read_bytes(), store).code == MATCHES


# -- verify: differs ----------------------------------------------------------------------
TOP_LEVEL_KEYS = sorted(build_meeting(signed=True).canonical())


@pytest.mark.parametrize("key", TOP_LEVEL_KEYS)
def test_any_changed_field_of_embedded_data_is_caught(store, signed_export, key) -> None:
    _, data = signed_export
    document = embedded(data)
    document["canonical"][key] = changed(document["canonical"][key])
    result = verify_pdf(reembed(data, document), store)
    assert result.code == DIFFERS
    assert any("fingeraftrykket" in d for d in result.differences)
    assert any(d.endswith(f": {key}") or f": {key}." in d for d in result.differences), (
        result.differences
    )


@pytest.mark.parametrize("key", TOP_LEVEL_KEYS)
def test_changed_field_with_a_recomputed_fingerprint_is_still_caught(
    store, signed_export, key
) -> None:
    """A forger who also fixes the fingerprint is caught by the local record and registry."""
    _, data = signed_export
    document = embedded(data)
    document["canonical"][key] = changed(document["canonical"][key])
    document["fingerprint"] = canonical_digest(document["canonical"])
    result = verify_pdf(reembed(data, document), store)
    assert result.code == DIFFERS
    assert not any("fingeraftrykket i filen" in d for d in result.differences)
    assert any("byte for byte" in d for d in result.differences)


def test_reembedded_identical_data_is_caught_by_the_export_registry(store, signed_export):
    _, data = signed_export
    result = verify_pdf(reembed(data, embedded(data)), store)
    assert result.code == DIFFERS
    assert result.differences == [
        "Filen er ikke byte for byte en PDF, som dette program har gemt (filen er ændret)."
    ]


def test_changed_signature_is_caught(store, signed_export) -> None:
    _, data = signed_export
    document = embedded(data)
    strokes = document["canonical"]["signatures"][0]["strokes"]
    strokes[0][0] = [strokes[0][0][0] + 5, strokes[0][0][1]]
    result = verify_pdf(reembed(data, document), store)
    assert result.code == DIFFERS
    assert "Forskel fra de gemte data: signatures" in result.differences


def test_signed_record_changed_behind_the_stores_back_is_caught(store, signed_export) -> None:
    meeting, data = signed_export
    files = [p for p in store.folder.rglob(f"{meeting.id}*.json") if "backup" not in str(p)]
    assert files
    for path in files:
        path.write_text(path.read_text("utf-8").replace("Æblegården ApS", "Pæregården ApS"))
    store.close()
    with Store.open(store.folder) as reopened:
        result = verify_pdf(data, reopened)
    assert result.code == DIFFERS
    assert "Forskel fra de gemte data: company" in result.differences


def test_signed_record_whose_own_fingerprint_was_changed_is_caught(store, signed_export):
    meeting, data = signed_export
    files = [p for p in store.folder.rglob(f"{meeting.id}*.json") if "backup" not in str(p)]
    for path in files:
        path.write_text(path.read_text("utf-8").replace(meeting.fingerprint, "0" * 64))
    store.close()
    with Store.open(store.folder) as reopened:
        assert reopened.get(meeting.id).fingerprint == "0" * 64
        result = verify_pdf(data, reopened)
    assert result.code == DIFFERS
    assert result.differences == ["Forskel fra de gemte data: fingerprint"]


STORE_CHANGES = {
    "company": lambda m: m.set_details(company="Pæregården ApS"),
    "actions": lambda m: m.add_action("Ny handling", "both"),
    "follow_up_date": lambda m: m.set_follow_up_date("2027-06-01"),
    "entries.plan_test.equipment": lambda m: m.set_note(CID, "equipment", "Anden note"),
    "entries.plan_test.breaks": lambda m: m.set_answer(CID, "breaks", True),
    "signatures": lambda m: m.sign(
        "employee", "Åse Brønnum-Jensen", method="typed", confirmed=True
    ),
}


@pytest.mark.parametrize("field", sorted(STORE_CHANGES))
def test_changed_local_record_is_caught(store: Store, tmp_path, field) -> None:
    meeting = build_meeting(signed=False)
    store.save(meeting)
    export_pdf(store, meeting.id, tmp_path / "d.pdf", lang="da", include_private=False)
    local = store.get(meeting.id)
    STORE_CHANGES[field](local)
    store.save(local)
    result = verify_pdf((tmp_path / "d.pdf").read_bytes(), store)
    assert result.code == DIFFERS
    assert f"Forskel fra de gemte data: {field}" in result.differences


def _flip_offsets(size: int) -> list[int]:
    rng = random.Random(20261126)
    return sorted({0, 1, 4, size // 2, size - 1, size - 7, *rng.sample(range(size), 150)})


def test_a_flipped_byte_anywhere_is_caught(store, signed_export) -> None:
    _, data = signed_export
    payload_at = data.index(b'"format"')
    offsets = [*_flip_offsets(len(data)), payload_at, payload_at + 3, data.index(b"%%EOF")]
    rng = random.Random(7)
    missed = []
    for offset in offsets:
        damaged = bytearray(data)
        damaged[offset] ^= rng.randrange(1, 256)
        result = verify_pdf(bytes(damaged), store)
        if result.code != DIFFERS:
            missed.append((offset, result))
    assert missed == []


def test_truncated_file_is_caught(store, signed_export) -> None:
    _, data = signed_export
    assert verify_pdf(data[: len(data) // 2], store).code == DIFFERS
    assert verify_pdf(data + b"\n% appended\n", store).code == DIFFERS


def test_unknown_meeting_is_caught(signed_export, tmp_path) -> None:
    _, data = signed_export
    with Store.open(tmp_path / "elsewhere") as other:
        result = verify_pdf(data, other)
    assert result.code == DIFFERS
    assert any("ukendt møde" in d for d in result.differences)


# -- verify: not ours ---------------------------------------------------------------------
def _reportlab_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.drawString(72, 720, "Et helt andet dokument")
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello",
        b"%PDF-1.4 but nothing else",
        bytes(random.Random(3).randrange(256) for _ in range(4096)),
        json.dumps({"format": FORMAT}).encode()[:10],
    ],
    ids=["empty", "text", "pdf-header-only", "random-bytes", "json-fragment"],
)
def test_non_pdf_bytes_are_not_ours(store: Store, data: bytes) -> None:
    assert verify_pdf(data, store).code == NOT_OURS


def test_random_pdf_is_not_ours(store: Store) -> None:
    result = verify_pdf(_reportlab_pdf(), store)
    assert result.code == NOT_OURS
    assert result.differences == []


def test_pdf_with_foreign_attachment_format_is_not_ours(store: Store) -> None:
    data = reembed(_reportlab_pdf(), {"format": "something-else/9", "canonical": {}})
    assert verify_pdf(data, store).code == NOT_OURS


# -- helpers ------------------------------------------------------------------------------
def test_differing_fields_names_entries_down_to_the_item() -> None:
    a = build_meeting(signed=False).canonical()
    b = copy.deepcopy(a)
    b["entries"][CID]["home_days"]["answer"] = 4
    b["entries"]["other"] = {"x": {}}
    b["company"] = "Andet"
    assert differing_fields(a, b) == [
        "company",
        "entries.other",
        f"entries.{CID}.home_days",
    ]
    assert differing_fields(a, copy.deepcopy(a)) == []
