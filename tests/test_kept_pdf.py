"""A signed plan's sealed PDF is made once and kept (issue 9): ``signed/<id>.<lang>.pdf``.

Later exports write the kept bytes out without ReportLab, pyHanko or the meeting models,
byte for byte what a fresh render and seal gives; anything the bytes depend on gives another
key; a read-only store never writes one; a full disk never fails the export; deleting a
meeting deletes its kept PDFs; a restore leaves none behind. Real stores in tmp_path, the
real CLI in subprocesses, the real PDF read back.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helper import run_python

from remotework_desktop.core import seal_key
from remotework_desktop.core.meetings import Meeting
from remotework_desktop.core.pdf import render as render_module
from remotework_desktop.core.pdf.export import export_pdf, render_for_export, sealing_time
from remotework_desktop.core.pdf.render import render_pdf
from remotework_desktop.core.pdf.seal import seal_pdf
from remotework_desktop.core.pdf.verify import MATCHES, verify_pdf
from remotework_desktop.core.pdf.worker import WORKER
from remotework_desktop.core.store import Store, signed_pdfs
from remotework_desktop.core.text import t
from tests.cli_helper import run_cli

try:
    from test_report import EMPLOYEE, MANAGER, build_meeting
except ImportError:  # pragma: no cover - run from the repository root
    from tests.test_report import EMPLOYEE, MANAGER, build_meeting

# The export as `remotework-desktop export-pdf` runs it, then what it loaded.
EXPORT = """
import json, sys
from remotework_desktop import cli
code = cli.main(sys.argv[1:])
heavy = ("reportlab", "pyhanko", "pyhanko_certvalidator", "remotework_desktop.core.schema",
         "remotework_desktop.core.meetings", "remotework_desktop.core.pdf.render",
         "remotework_desktop.core.pdf.seal")
print(json.dumps({"code": code, "loaded": [m for m in heavy if m in sys.modules]}))
"""


def _export_process(data: Path, meeting_id: str, target: Path, *args: str) -> list[str]:
    """Export in a fresh interpreter; return the heavy modules it loaded."""
    out = run_python(
        EXPORT, "--data-dir", str(data), "export-pdf", meeting_id, "-o", str(target), *args
    )
    assert out["code"] == 0
    return out["loaded"]


def _fresh(store: Store, meeting: Meeting, lang: str = "da", follows: str | None = None) -> bytes:
    """Render and seal from scratch, past the store (no kept copy involved)."""
    key = seal_key.load(store.folder)
    assert key is not None
    data = render_pdf(meeting, lang=lang, follows_date=follows)
    return seal_pdf(data, key, sealing_time(meeting), t("pdf.seal_reason", lang))


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each real render, by meeting id (the export module imports the renderer on use)."""
    jobs = sys.modules.get("remotework_desktop.gui.review.render_job")
    if jobs is not None:
        jobs.wait_for_jobs()  # a window of an earlier test may still render ahead
    seen: list[str] = []
    real = render_module.render_pdf

    def counted(meeting: Meeting, **kwargs: object) -> bytes:
        seen.append(meeting.id)
        return real(meeting, **kwargs)

    monkeypatch.setattr(render_module, "render_pdf", counted)
    # The window's renders are made by its helper process (core/pdf/worker.py).
    by_helper = WORKER.render

    def counted_by_helper(meeting: Meeting, **kwargs: object) -> bytes:
        seen.append(meeting.id)
        return by_helper(meeting, **kwargs)

    monkeypatch.setattr(WORKER, "render", counted_by_helper)
    return seen


@pytest.fixture
def signed(tmp_path: Path) -> Iterator[tuple[Store, Meeting]]:
    store = Store.open(tmp_path / "data")
    meeting = build_meeting(signed=True)
    store.save(meeting)
    try:
        yield store, meeting
    finally:
        store.close()


def _kept(store: Store, meeting_id: str, lang: str = "da") -> Path:
    return store.folder / "signed" / f"{meeting_id}.{lang}.pdf"


# -- made once, written out without ReportLab, pyHanko or the models --------------------------
def test_sign_keeps_the_sealed_pdf_and_export_writes_it_without_rendering(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    meeting_id = run_cli(data, "create-example").stdout.strip()
    with Store.open(data) as store:
        meeting = store.get(meeting_id)
    manager, employee = meeting.manager_name, meeting.employee_name
    sign = ["sign", meeting_id, "--allow-incomplete", "--yes"]
    run_cli(data, *sign, "--manager", manager, "--employee", employee)
    with Store.open(data) as store:
        meeting = store.get(meeting_id)
        assert meeting.is_signed
        kept = _kept(store, meeting_id, meeting.language)
        assert kept.is_file()  # made by `sign`, in the meeting's language
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
        assert stat.S_IMODE(kept.parent.stat().st_mode) == 0o700
        fresh = _fresh(store, meeting, meeting.language)

    target = tmp_path / "plan.pdf"
    loaded = _export_process(data, meeting_id, target)
    assert loaded == []  # no ReportLab, no pyHanko, no record checks built
    assert _sha(target.read_bytes()) == _sha(fresh)  # what a fresh render and seal gives
    with Store.open(data) as store:
        result = verify_pdf(target.read_bytes(), store)
        assert result.code == MATCHES, result.differences
        assert any("denne computers eget" in line for line in result.report)  # our seal
        record = store.exports_for(meeting_id)[-1]
    assert record["sha256"] == _sha(fresh)
    # The fingerprint the file prints, as the render's own export would record it.
    printed = render_module.embedded_document(meeting, include_private=False)["fingerprint"]
    assert record["fingerprint"] == printed and record["lang"] == meeting.language


def test_the_first_export_keeps_it_and_the_next_reuses_it(signed, renders, tmp_path) -> None:
    store, meeting = signed
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    assert export_pdf(store, meeting.id, first) == _sha(first.read_bytes())
    assert renders == [meeting.id] and _kept(store, meeting.id).read_bytes() == first.read_bytes()
    export_pdf(store, meeting.id, second)
    assert renders == [meeting.id]  # not rendered again
    assert second.read_bytes() == first.read_bytes() == _fresh(store, meeting)
    records = store.exports_for(meeting.id)
    assert [r["sha256"] for r in records] == [_sha(first.read_bytes())] * 2
    assert records[0]["fingerprint"] == records[1]["fingerprint"] is not None
    # The window's render uses it too (the meeting as stored).
    assert render_for_export(store, meeting, lang="da", include_private=False) == first.read_bytes()
    assert renders == [meeting.id]


# -- the key: anything the bytes depend on -------------------------------------------------------
def test_a_changed_meeting_file_is_rendered_again(signed, renders, tmp_path) -> None:
    store, meeting = signed
    export_pdf(store, meeting.id, tmp_path / "1.pdf")
    # The same record, other bytes (e.g. a private note changed and changed back).
    path = store.folder / "meetings" / f"{meeting.id}.json"
    path.write_bytes(json.dumps(json.loads(path.read_bytes()), indent=1).encode())
    export_pdf(store, meeting.id, tmp_path / "2.pdf")
    assert renders == [meeting.id] * 2
    assert (tmp_path / "2.pdf").read_bytes() == (tmp_path / "1.pdf").read_bytes()
    export_pdf(store, meeting.id, tmp_path / "3.pdf")
    assert renders == [meeting.id] * 2  # kept again under the new key


def test_a_private_note_changed_in_the_file_is_rendered_again(signed, renders, tmp_path) -> None:
    store, meeting = signed
    export_pdf(store, meeting.id, tmp_path / "1.pdf")
    path = store.folder / "meetings" / f"{meeting.id}.json"
    raw = path.read_bytes()
    assert b"HEMMELIGNOTE" in raw
    path.write_bytes(raw.replace(b"HEMMELIGNOTE", b"ANDEN NOTE"))
    export_pdf(store, meeting.id, tmp_path / "2.pdf")
    assert renders == [meeting.id] * 2


def test_each_language_is_kept_apart(signed, renders, tmp_path) -> None:
    store, meeting = signed
    export_pdf(store, meeting.id, tmp_path / "da.pdf", lang="da")
    export_pdf(store, meeting.id, tmp_path / "en.pdf", lang="en")
    export_pdf(store, meeting.id, tmp_path / "en2.pdf", lang="en")
    assert renders == [meeting.id] * 2
    assert (tmp_path / "en2.pdf").read_bytes() == _fresh(store, meeting, "en")
    assert _kept(store, meeting.id, "en").read_bytes() != _kept(store, meeting.id).read_bytes()


def test_a_pdf_with_private_items_is_never_kept_nor_taken_from_the_kept(
    signed, renders, tmp_path
) -> None:
    store, meeting = signed
    export_pdf(store, meeting.id, tmp_path / "plain.pdf")
    kept = _kept(store, meeting.id).read_bytes()
    export_pdf(store, meeting.id, tmp_path / "p1.pdf", include_private=True)
    export_pdf(store, meeting.id, tmp_path / "p2.pdf", include_private=True)
    assert renders == [meeting.id] * 3
    assert b"HEMMELIGNOTE" not in kept
    assert (tmp_path / "p1.pdf").read_bytes() != kept
    assert sorted(p.name for p in (store.folder / "signed").iterdir()) == [
        f"{meeting.id}.da.json",
        f"{meeting.id}.da.pdf",
    ]
    assert _kept(store, meeting.id).read_bytes() == kept


def test_a_new_seal_key_seals_again(signed, renders, tmp_path) -> None:
    store, meeting = signed
    export_pdf(store, meeting.id, tmp_path / "1.pdf")
    seal_key.create(store.folder, "Ny nøgle A/S")  # e.g. IT's key imported
    export_pdf(store, meeting.id, tmp_path / "2.pdf")
    export_pdf(store, meeting.id, tmp_path / "3.pdf")
    assert renders == [meeting.id] * 2  # once for each key, each kept
    second = (tmp_path / "2.pdf").read_bytes()
    assert second != (tmp_path / "1.pdf").read_bytes() and second == _fresh(store, meeting)
    assert verify_pdf(second, store).code == MATCHES


def test_another_program_version_renders_again(
    signed, renders, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, meeting = signed
    export_pdf(store, meeting.id, tmp_path / "1.pdf")
    monkeypatch.setattr(signed_pdfs, "__version__", "99.0")
    export_pdf(store, meeting.id, tmp_path / "2.pdf")
    assert renders == [meeting.id] * 2


def test_another_time_zone_renders_again(
    signed, renders, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The signing times print in this computer's time zone: other bytes."""
    store, meeting = signed
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        export_pdf(store, meeting.id, tmp_path / "utc.pdf")
        monkeypatch.setenv("TZ", "America/New_York")
        time.tzset()
        export_pdf(store, meeting.id, tmp_path / "ny.pdf")
        assert renders == [meeting.id] * 2
        assert (tmp_path / "ny.pdf").read_bytes() == _fresh(store, meeting)
        assert (tmp_path / "ny.pdf").read_bytes() != (tmp_path / "utc.pdf").read_bytes()
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_followed_meetings_date_is_part_of_the_key(tmp_path, renders) -> None:
    with Store.open(tmp_path / "data") as store:
        first = build_meeting(signed=True)
        store.save(first)
        follow = first.follow_up("2027-02-26")
        follow.sign("manager", MANAGER, confirmed=True)
        follow.sign("employee", EMPLOYEE, confirmed=True)
        store.save(follow)
        export_pdf(store, follow.id, tmp_path / "1.pdf")
        store.delete(first.id)  # the date it follows can no longer be looked up
        export_pdf(store, follow.id, tmp_path / "2.pdf")
        export_pdf(store, follow.id, tmp_path / "3.pdf")
        assert renders == [follow.id] * 2  # once for each, each kept
        assert (tmp_path / "2.pdf").read_bytes() == _fresh(store, follow)
        assert (tmp_path / "1.pdf").read_bytes() == _fresh(store, follow, follows="2026-11-26")


def test_a_damaged_kept_pdf_is_not_used(signed, renders, tmp_path) -> None:
    store, meeting = signed
    export_pdf(store, meeting.id, tmp_path / "1.pdf")
    kept = _kept(store, meeting.id)
    damaged = bytearray(kept.read_bytes())
    damaged[len(damaged) // 2] ^= 0x01
    kept.write_bytes(bytes(damaged))
    export_pdf(store, meeting.id, tmp_path / "2.pdf")
    assert renders == [meeting.id] * 2
    assert (tmp_path / "2.pdf").read_bytes() == (tmp_path / "1.pdf").read_bytes()


def test_the_window_uses_it_only_for_the_meeting_as_stored(signed, renders) -> None:
    store, meeting = signed
    stored = render_for_export(store, meeting, lang="da", include_private=False)
    other = meeting.model_copy(deep=True, update={"company": "Et andet firma ApS"})
    assert render_for_export(store, other, lang="da", include_private=False) != stored
    assert renders == [meeting.id] * 2  # rendered, not taken from the kept copy
    assert _kept(store, meeting.id).read_bytes() == stored  # and not kept under its key


# -- never writes in a read-only store; a full disk never fails the export --------------------
def test_a_read_only_store_uses_the_kept_pdf_but_never_writes_one(tmp_path, renders) -> None:
    data = tmp_path / "data"
    with Store.open(data) as writer:
        meeting = build_meeting(signed=True)
        writer.save(meeting)
        seal_key.create(data, meeting.company)
        with Store.open(data, read_only=True) as viewer:
            export_pdf(viewer, meeting.id, tmp_path / "1.pdf")
            render_for_export(viewer, meeting, lang="en", include_private=False)
            assert not (data / "signed").exists()
            export_pdf(writer, meeting.id, tmp_path / "2.pdf")  # the writer keeps it
            export_pdf(viewer, meeting.id, tmp_path / "3.pdf")  # and the viewer uses it
            assert renders == [meeting.id] * 3
            assert sorted(p.name for p in (data / "signed").iterdir()) == [
                f"{meeting.id}.da.json",
                f"{meeting.id}.da.pdf",
            ]
            assert (tmp_path / "3.pdf").read_bytes() == (tmp_path / "1.pdf").read_bytes()


def test_a_full_disk_still_exports_and_prints(
    signed, renders, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, meeting = signed

    def full(path: Path, data: bytes, mode: int = 0o600) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(signed_pdfs, "atomic_write_bytes", full)
    shown = render_for_export(store, meeting, lang="da", include_private=False)
    digest = export_pdf(store, meeting.id, tmp_path / "plan.pdf")
    assert (tmp_path / "plan.pdf").read_bytes() == shown == _fresh(store, meeting)
    assert digest == _sha(shown) and store.exports_for(meeting.id)[-1]["sha256"] == digest
    assert list((store.folder / "signed").iterdir()) == []  # nothing half-kept
    assert renders == [meeting.id] * 2


# -- deleting means deleted; a restore leaves none behind -----------------------------------------
def _files_holding(folder: Path, needles: list[bytes]) -> list[str]:
    return [
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and any(n in p.read_bytes() for n in needles)
    ]


def test_delete_removes_the_kept_pdfs(signed, tmp_path) -> None:
    store, meeting = signed
    export_pdf(store, meeting.id, tmp_path / "da.pdf")
    export_pdf(store, meeting.id, tmp_path / "en.pdf", lang="en")
    # A temp file a crash left while keeping one.
    (store.folder / "signed" / f".{meeting.id}.da.pdf.x1y2.tmp").write_bytes(b"%PDF-")
    needles = [meeting.id.encode(), EMPLOYEE.encode(), "Æblegården".encode()]
    assert "signed/meetingid.da.pdf".replace("meetingid", meeting.id) in _files_holding(
        store.folder, needles
    )
    store.delete(meeting.id)
    store.close()
    assert _files_holding(store.folder, needles) == []
    assert list((store.folder / "signed").iterdir()) == []


def test_kept_pdfs_of_meetings_no_longer_stored_are_removed_on_open(signed, tmp_path) -> None:
    store, meeting = signed
    export_pdf(store, meeting.id, tmp_path / "1.pdf")
    store.close()
    (store.folder / "meetings" / f"{meeting.id}.json").unlink()  # e.g. set aside elsewhere
    with Store.open(store.folder):
        assert list((store.folder / "signed").iterdir()) == []


def test_a_restore_leaves_no_kept_pdf_and_exports_the_same_bytes(tmp_path, renders) -> None:
    data = tmp_path / "data"
    with Store.open(data) as store:
        meeting = build_meeting(signed=True)
        store.save(meeting)
        backup = store.backup(tmp_path / "backup.zip")
        export_pdf(store, meeting.id, tmp_path / "before.pdf")
        other = build_meeting(signed=False)
        other.id = "meeting0002"
        other.sign("manager", MANAGER, confirmed=True)
        other.sign("employee", EMPLOYEE, confirmed=True)
        store.save(other)
        export_pdf(store, other.id, tmp_path / "other.pdf")
    assert sorted(p.name for p in (data / "signed").iterdir() if p.suffix == ".pdf") == [
        "meeting0001.da.pdf",
        "meeting0002.da.pdf",
    ]
    Store.restore(backup, data, replace=True)  # a backup without meeting0002
    assert not (data / "signed").exists()  # derived: moved out with the old data
    assert not any("meeting0002" in str(p) for p in data.rglob("*") if "backups" not in p.parts)
    with Store.open(data) as store:
        export_pdf(store, meeting.id, tmp_path / "after.pdf")
    assert (tmp_path / "after.pdf").read_bytes() == (tmp_path / "before.pdf").read_bytes()
    assert renders == ["meeting0001", "meeting0002", "meeting0001"]


def test_backups_hold_no_kept_pdf(signed, tmp_path) -> None:
    import zipfile

    store, meeting = signed
    export_pdf(store, meeting.id, tmp_path / "1.pdf")
    with zipfile.ZipFile(store.backup(tmp_path / "b.zip")) as archive:
        assert not [n for n in archive.namelist() if n.startswith("signed")]


def test_sign_warns_but_signs_when_the_pdf_cannot_be_made_ahead(tmp_path: Path) -> None:
    data = tmp_path / "data"
    meeting_id = run_cli(data, "create-example").stdout.strip()
    with Store.open(data) as store:
        meeting = store.get(meeting_id)
    (data / "seal").write_text("not a folder")  # no seal key can be made
    result = run_cli(
        data,
        "sign",
        meeting_id,
        "--allow-incomplete",
        "--yes",
        "--manager",
        meeting.manager_name,
        "--employee",
        meeting.employee_name,
    )
    assert "den forseglede PDF kunne ikke laves på forhånd" in result.stderr
    with Store.open(data) as store:
        assert store.get(meeting_id).is_signed
    assert not (data / "signed").exists()
    os.remove(data / "seal")


def test_a_render_after_the_store_closed_still_renders(signed, renders) -> None:
    """The review page renders in a worker thread, which may outlive the window's store."""
    store, meeting = signed
    open_bytes = render_for_export(store, meeting, lang="da", include_private=False)
    store.close()
    assert render_for_export(store, meeting, lang="da", include_private=False) == open_bytes
    assert render_for_export(store, meeting, lang="en", include_private=False)
    assert renders == [meeting.id] * 3
