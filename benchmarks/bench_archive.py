"""Archive benchmark: plans pushed per second to a real, throwaway PostgreSQL server.

``archive_push_per_s`` is one laptop pushing small synthetic plans (1 KB PDF) through the
real outbox and client code, one transaction each, fsync on; ``archive_push_real_per_s``
pushes real signed meetings, each exported to PDF on the way (what a laptop does). Skips,
saying why, when PostgreSQL's server binaries or psycopg are missing.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path


def run(quick: bool = False) -> None:
    try:
        import psycopg  # noqa: F401

        from tests.archive.pgserver import find_bin, setup_server
    except ImportError as exc:
        print(f"archive_push_per_s: skipped ({exc})")
        return
    if find_bin() is None:
        print("archive_push_per_s: skipped (no PostgreSQL server binaries: initdb, pg_ctl)")
        return
    from remotework_desktop.core.archive import client
    from remotework_desktop.core.archive.outbox import Outbox
    from tests.archive.pgserver import LAPTOP
    from tests.archive.push_worker import meeting_id, synthetic_plan

    server = setup_server()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            outbox = Outbox(Path(tmp))
            count = 300 if quick else 2000
            for n in range(count):
                outbox.add(meeting_id(n))
            with client.connect(server.url(LAPTOP)) as conn:
                start = time.perf_counter()
                result = client.push(conn, outbox, synthetic_plan)
                took = time.perf_counter() - start
            assert result.stored == count
            print(f"archive_push_per_s: {count / took:.0f} plans/s ({count} synthetic, 1 KB)")
            _real(server.url(LAPTOP), Path(tmp), 10 if quick else 30)
    finally:
        server.cleanup()


def _real(url: str, folder: Path, count: int) -> None:
    from remotework_desktop.core.archive import client
    from remotework_desktop.core.archive.outbox import Outbox, queue_if_signed
    from remotework_desktop.core.archive.payload import build_plan
    from remotework_desktop.core.example import build_example_meeting
    from remotework_desktop.core.store import Store

    data = folder / "data"
    with Store.open(data) as store:
        for _ in range(count):
            meeting = build_example_meeting()
            for entries in meeting.entries.values():
                for entry in entries.values():
                    entry.private = False  # so every plan may go (see payload.check_public)
            if not meeting.is_signed:
                meeting.sign("manager", meeting.manager_name, confirmed=True)
                meeting.sign("employee", meeting.employee_name, confirmed=True)
            store.save(meeting)
            queue_if_signed(data, meeting)
        with client.connect(url) as conn:
            start = time.perf_counter()
            result = client.push(conn, Outbox(data), lambda m: build_plan(store, m))
            took = time.perf_counter() - start
    print(
        f"archive_push_real_per_s: {result.stored / took:.1f} plans/s "
        f"({result.stored} example plans exported and pushed, {len(result.held)} held)"
    )
