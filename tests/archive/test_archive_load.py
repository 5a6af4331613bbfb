"""Many laptops at once, and a server that dies mid-push: real processes, real server."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from remotework_desktop.core.archive import client
from remotework_desktop.core.archive.outbox import Outbox
from remotework_desktop.core.archive.payload import Plan
from tests.archive.pgserver import LAPTOP, PgServer
from tests.archive.push_worker import meeting_id, synthetic_plan

ROOT = Path(__file__).resolve().parents[2]
WORKER = [sys.executable, "-m", "tests.archive.push_worker"]


def worker(url: str, outbox: Path, first: int, count: int, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*WORKER, url, str(outbox), str(first), str(count), *extra],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def stored(pg: PgServer) -> dict[str, tuple[int, bool]]:
    """meeting id -> (pdf length, pdf matches its checksum), read as the admin."""
    with psycopg.connect(pg.url()) as conn:
        rows = conn.execute(
            "SELECT meeting_id, length(pdf), encode(sha256(pdf), 'hex') = pdf_sha256"
            " FROM remotework.plans"
        ).fetchall()
    return {m: (n, ok) for m, n, ok in rows}


@pytest.mark.slow
def test_ten_laptops_push_ten_thousand_at_once(clean_archive: PgServer, tmp_path: Path) -> None:
    go = tmp_path / "go"
    procs = []
    for i in range(10):
        # Each pushes its own 1,000 and, at the same moment, 100 of its neighbour's.
        neighbour = ((i + 1) % 10) * 1000
        extra = ["--extra", f"{neighbour}:100", "--go", str(go)]
        procs.append(
            worker(clean_archive.url(LAPTOP), tmp_path / f"outbox{i}", i * 1000, 1000, *extra)
        )
    for p in procs:
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    start = time.perf_counter()
    go.touch()
    outs = [p.communicate(timeout=120) for p in procs]
    took = time.perf_counter() - start
    assert [p.returncode for p in procs] == [0] * 10, outs
    assert all("pushed 1100" in out for out, _ in outs), outs
    rows = stored(clean_archive)
    assert len(rows) == 10_000
    assert set(rows) == {meeting_id(n) for n in range(10_000)}
    assert all(ok for _, ok in rows.values())
    with psycopg.connect(clean_archive.url()) as conn:
        (distinct,) = conn.execute(
            "SELECT count(DISTINCT fingerprint) FROM remotework.plans"
        ).fetchone()
    assert distinct == 10_000
    assert all(
        not (tmp_path / f"outbox{i}").exists() or not os.listdir(tmp_path / f"outbox{i}")
        for i in range(10)
    )
    print(f"\n10 x 1,100 pushes, 10,000 stored, in {took:.1f} s ({11_000 / took:.0f} pushes/s)")
    assert took < 60


@pytest.mark.slow
def test_server_killed_mid_push_leaves_nothing_half_stored(
    clean_archive: PgServer, tmp_path: Path
) -> None:
    total = 3000
    box = tmp_path / "outbox"
    # 64 KB PDFs, so the push takes long enough to be killed half-way.
    proc = worker(clean_archive.url(LAPTOP), box, 0, total, "--pdf-kb", "64")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        time.sleep(0.05)
        with psycopg.connect(clean_archive.url()) as conn:
            (count,) = conn.execute("SELECT count(*) FROM remotework.plans").fetchone()
        if count >= 50:
            break
    clean_archive.stop("immediate")  # as if the server lost power
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 1, err
    assert "failed:" in err

    clean_archive.start()
    rows = stored(clean_archive)
    assert 50 <= len(rows) < total
    # Every stored plan is whole: its bytes are all there and match their checksum.
    expected = len(synthetic_plan(meeting_id(0), 64).pdf)
    assert all(n == expected and ok for n, ok in rows.values())
    outbox = Outbox(tmp_path)
    outbox.folder = box
    waiting = set(outbox.pending())
    everything = {meeting_id(n) for n in range(total)}
    # What the server did not store is still queued; at most the one plan in flight when the
    # server died may be both stored and queued (its commit was not acknowledged).
    assert everything - set(rows) <= waiting
    assert len(waiting & set(rows)) <= 1
    assert waiting | set(rows) == everything

    # Back up: the push completes, each plan stored once.
    with client.connect(clean_archive.url(LAPTOP)) as conn:
        result = client.push(conn, outbox, lambda m: synthetic_plan(m, 64))
    assert result.waiting == 0 and outbox.pending() == []
    assert result.stored + result.already == len(waiting)
    rows = stored(clean_archive)
    assert set(rows) == everything and all(ok for _, ok in rows.values())


def test_a_plan_the_server_never_acknowledged_stays_queued(
    clean_archive: PgServer, tmp_path: Path
) -> None:
    """Deterministic: the server dies just as the 10th plan is about to be sent."""
    outbox = Outbox(tmp_path)
    for n in range(20):
        outbox.add(meeting_id(n))
    order = outbox.pending()

    def build(m: str) -> Plan:
        if m == order[9]:
            clean_archive.stop("immediate")
        return synthetic_plan(m)

    with pytest.raises(client.ArchiveError), client.connect(clean_archive.url(LAPTOP)) as conn:
        client.push(conn, outbox, build)
    clean_archive.start()
    assert set(stored(clean_archive)) == set(order[:9])
    assert outbox.pending() == order[9:]
    with client.connect(clean_archive.url(LAPTOP)) as conn:
        assert client.push(conn, outbox, synthetic_plan).stored == 11
    assert set(stored(clean_archive)) == set(order) and outbox.pending() == []
