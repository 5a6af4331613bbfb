"""The archive commands as real subprocesses, against the real test server."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from remotework_desktop.core.meetings import Meeting
from remotework_desktop.core.pdf.verify import extract_embedded
from remotework_desktop.core.settings import load_settings
from remotework_desktop.core.store import Store
from tests.archive.pgserver import LAPTOP, PgServer
from tests.cli_helper import run_cli


def run(data: Path, *args: str, code: int = 0) -> subprocess.CompletedProcess[str]:
    result = run_cli(data, *args, code=code)
    if code:
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    return result


def draft(data_dir: Path, make_meeting: Callable[..., Meeting], **details: str) -> Meeting:
    meeting = make_meeting(**details)
    meeting.set_answer("small", "days", 2)
    meeting.set_follow_up_date("2024-11-01")
    with Store.open(data_dir) as store:
        store.save(meeting)
    return meeting


def test_configure_refuses_a_password_in_the_url(data_dir: Path) -> None:
    bad = "postgresql://anna:hemmelig@db.example:5432/archive"
    da = run(data_dir, "archive", "configure", "--url", bad, code=1)
    assert da.stderr.startswith("fejl:") and "PGPASSFILE" in da.stderr
    assert "hemmelig" not in da.stderr
    en = run(data_dir, "--lang", "en", "archive", "configure", "--url", bad, code=1)
    assert en.stderr.startswith("error: The address must not contain a password")
    query = "postgresql://anna@db.example/archive?password=hemmelig"
    run(data_dir, "archive", "configure", "--url", query, code=1)
    assert load_settings(data_dir).archive_url is None
    settings_file = data_dir / "settings.json"
    assert not settings_file.exists() or "hemmelig" not in settings_file.read_text()


def test_not_configured_never_connects(data_dir: Path) -> None:
    for command in ("status", "push", "list"):
        result = run(data_dir, "archive", command, code=1)
        assert "archive configure" in result.stderr
        result = run(data_dir, "--lang", "en", "archive", command, code=1)
        assert result.stderr.startswith("error: No archive is set up: use 'archive configure")


def test_sign_push_list_get_verify(
    clean_archive: PgServer, data_dir: Path, make_meeting: Callable[..., Meeting], tmp_path: Path
) -> None:
    url = clean_archive.url(LAPTOP)
    run(data_dir, "archive", "configure", "--url", url)
    assert load_settings(data_dir).archive_url == url
    meeting = draft(data_dir, make_meeting)
    run(
        data_dir,
        "sign",
        meeting.id,
        "--manager",
        "Lone Leder",
        "--employee",
        "Mads Medarbejder",
        "--allow-incomplete",  # the example leaves items undiscussed
    )
    assert "1 aftaler venter" in run(data_dir, "archive", "status").stdout
    assert "Sendt: 1, fandtes allerede: 0, venter: 0." in run(data_dir, "archive", "push").stdout
    en = run(data_dir, "--lang", "en", "archive", "status").stdout
    assert "reachable" in en and "0 agreements waiting" in en

    rows = json.loads(run(data_dir, "archive", "list", "--json").stdout)
    assert len(rows) == 1
    row = rows[0]
    assert row["meeting_id"] == meeting.id
    assert (row["employee_name"], row["manager_name"]) == ("Mads Medarbejder", "Lone Leder")
    assert row["follow_up_date"] == "2024-11-01"
    text = run(data_dir, "archive", "list").stdout
    assert row["fingerprint"] in text and "opfølgning 2024-11-01" in text

    out = tmp_path / "fra-arkivet.pdf"
    run(data_dir, "archive", "get", row["fingerprint"], "-o", str(out))
    with psycopg.connect(url) as conn:
        (stored,) = conn.execute("SELECT pdf FROM remotework.plans").fetchone()
    assert out.read_bytes() == bytes(stored)
    # The fingerprint is the one the PDF carries (and prints), and verify accepts the file.
    embedded = extract_embedded(out.read_bytes())
    assert embedded is not None and embedded["fingerprint"] == row["fingerprint"]
    assert "matches" in run(data_dir, "verify", str(out)).stdout

    # Twice sent, stored once.
    run(data_dir, "sign", meeting.id, "--manager", "x", "--employee", "y", code=1)
    from remotework_desktop.core.archive.outbox import Outbox

    Outbox(data_dir).add(meeting.id)
    assert "Sendt: 0, fandtes allerede: 1" in run(data_dir, "archive", "push").stdout
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM remotework.plans").fetchone() == (1,)

    missing = run(data_dir, "--lang", "en", "archive", "get", "0" * 64, "-o", str(out), code=1)
    assert missing.stderr.startswith("error: The archive has no")


def test_due_days_lists_only_follow_ups_due(
    clean_archive: PgServer, data_dir: Path, signed_meeting: Callable[..., Meeting]
) -> None:
    import datetime as dt

    run(data_dir, "archive", "configure", "--url", clean_archive.url(LAPTOP))
    soon = signed_meeting(employee_name="Snart Opfølgning")
    later = signed_meeting(employee_name="Senere Opfølgning")
    today = dt.date.today()
    from remotework_desktop.core.archive.outbox import queue_if_signed

    with Store.open(data_dir) as store:
        for original, days in ((soon, 10), (later, 100)):
            m = store.get(original.id)
            # The follow-up date is part of what is signed, so set it on fresh copies.
            copy = m.new_version()
            copy.set_follow_up_date(today + dt.timedelta(days=days))
            copy.sign("manager", copy.manager_name, confirmed=True)
            copy.sign("employee", copy.employee_name, confirmed=True)
            store.save(copy)
            queue_if_signed(data_dir, m)
            queue_if_signed(data_dir, copy)
    run(data_dir, "archive", "push")
    rows = json.loads(run(data_dir, "archive", "list", "--due-days", "30", "--json").stdout)
    # The old versions (follow-up 2024-11-01) are replaced by newer ones; only "soon" is due.
    assert [r["employee_name"] for r in rows] == ["Snart Opfølgning"]
    assert len(json.loads(run(data_dir, "archive", "list", "--json").stdout)) == 4


def test_status_when_the_server_cannot_be_reached(data_dir: Path) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    run(data_dir, "archive", "configure", "--url", f"postgresql://x@127.0.0.1:{port}/archive")
    result = run(data_dir, "archive", "status", code=1)
    assert result.stderr.startswith("fejl: Arkivet kan ikke nås")
    assert "0 aftaler venter" in result.stderr
    assert run(data_dir, "archive", "push", code=1).stderr.startswith("fejl: Arkivet kan ikke nås")
    english = run(data_dir, "--lang", "en", "archive", "status", code=1).stderr
    assert english.startswith("error: The archive cannot be reached")
    assert "0 agreements waiting for the archive." in english


@pytest.mark.parametrize("command", ["configure", "status", "migrate", "push", "list", "get"])
def test_every_archive_command_has_help(data_dir: Path, command: str) -> None:
    assert "brug:" in run(data_dir, "archive", command, "--help").stdout
