"""The archive tests run against a real PostgreSQL server, started once per session.

Without the server binaries these tests fail in CI (CI is set) and are skipped with a reason
on a developer's machine; scripts/setup.sh installs Debian's postgresql package for the tests.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from remotework_desktop.core.meetings import Meeting
from remotework_desktop.core.store import Store
from tests.archive.pgserver import PgServer, find_bin, setup_server


@pytest.fixture(scope="session")
def pg() -> Iterator[PgServer]:
    if find_bin() is None:
        reason = (
            "archive tests need PostgreSQL's server binaries (initdb, pg_ctl, postgres): "
            "apt-get install postgresql, or set PG_BIN"
        )
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    saved = {k: os.environ.get(k) for k in ("PGPASSFILE", "PGCONNECT_TIMEOUT")}
    server = setup_server()
    try:
        yield server
    finally:
        server.cleanup()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture
def clean_archive(pg: PgServer) -> PgServer:
    """The server with an empty plans table (emptied as the admin: laptops cannot delete)."""
    import psycopg

    pg.start_if_stopped()
    with psycopg.connect(pg.url(), autocommit=True) as conn:
        conn.execute("TRUNCATE remotework.plans")
    return pg


@pytest.fixture
def signed_meeting(data_dir: Path, make_meeting: Callable[..., Meeting]) -> Callable[..., Meeting]:
    """Save a meeting signed by both in the data folder; keyword arguments set its details."""

    def make(private_note: str = "", **details: str) -> Meeting:
        meeting = make_meeting(**details)
        meeting.set_answer("small", "days", 2)
        meeting.set_follow_up_date("2024-11-01")
        if private_note:
            meeting.set_note("small", "needs", private_note)
            meeting.set_private("small", "needs", True)
        meeting.sign("manager", meeting.manager_name, confirmed=True)
        meeting.sign("employee", meeting.employee_name, confirmed=True)
        with Store.open(data_dir) as store:
            store.save(meeting)
        return meeting

    return make
