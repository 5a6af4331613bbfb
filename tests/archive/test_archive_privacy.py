"""Nothing private leaves the laptop: not in any column of any stored row, byte for byte."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from remotework_desktop.core.archive import client
from remotework_desktop.core.archive.outbox import Outbox, queue_if_signed
from remotework_desktop.core.archive.payload import NotArchivable, build_plan, check_public
from remotework_desktop.core.export import render_for_export
from remotework_desktop.core.meetings import Meeting
from remotework_desktop.core.store import Store
from remotework_desktop.core.verify import extract_embedded
from tests.archive.pgserver import LAPTOP, PgServer

NOTE = "Migræne om morgenen; har brug for et mørkt lokale"
ANSWER = "Skærmlæser og forstørrelse hver dag"


def every_stored_value(pg: PgServer) -> list[bytes]:
    """Each value of each column of each row, as the bytes the server holds or prints."""
    with psycopg.connect(pg.url()) as conn:
        cols = [
            r[0]
            for r in conn.execute(
                "SELECT column_name FROM information_schema.columns"
                " WHERE table_schema = 'remotework' AND table_name = 'plans'"
            )
        ]
        select = ", ".join(f"{c}" if c == "pdf" else f"{c}::text" for c in cols)
        rows = conn.execute(f"SELECT {select} FROM remotework.plans").fetchall()
    values = []
    for row in rows:
        for value in row:
            if value is not None:
                values.append(
                    bytes(value) if isinstance(value, (bytes, memoryview)) else value.encode()
                )
    return values


def test_a_private_note_is_in_no_column_of_any_row(
    clean_archive: PgServer,
    data_dir: Path,
    make_meeting: Callable[..., Meeting],
    signed_meeting: Callable[..., Meeting],
) -> None:
    plain = signed_meeting(employee_name="Åse Åben")
    secret = make_meeting(employee_name="Per Privat")
    secret.set_answer("small", "days", 3)
    secret.set_answer("small", "needs", ANSWER)
    secret.set_note("small", "needs", NOTE)
    assert secret.entry("small", "needs").private  # the checklist marks the item private
    secret.sign("manager", secret.manager_name, confirmed=True)
    secret.sign("employee", secret.employee_name, confirmed=True)
    with Store.open(data_dir) as store:
        store.save(secret)
        for m in (plain, secret):
            queue_if_signed(data_dir, m)
        outbox = Outbox(data_dir)
        with client.connect(clean_archive.url(LAPTOP)) as conn:
            result = client.push(conn, outbox, lambda mid: build_plan(store, mid))
    values = every_stored_value(clean_archive)
    assert values, "the plain plan must have been stored"
    assert any("Åse Åben".encode() in v for v in values)
    for text in (NOTE, ANSWER, "Migræne", "mørkt lokale", "Skærmlæser"):
        for form in (
            text.encode("utf-8"),
            text.encode("utf-16-be"),
            text.encode("latin-1", "ignore"),
        ):
            assert all(form not in v for v in values), text
    # A plan whose PDF would carry a private item is held back (and stays queued), never sent;
    # once the PDF leaves private items out it is sent like any other.
    if secret.id in result.held:
        assert secret.id in outbox.pending()
        assert any(w in result.held[secret.id] for w in ("fortrolige", "private items"))
    else:
        assert any(b"Per Privat" in v for v in values)


def test_the_guard_refuses_a_pdf_printed_with_private_items(
    data_dir: Path, make_meeting: Callable[..., Meeting]
) -> None:
    meeting = make_meeting()
    meeting.set_answer("small", "needs", ANSWER)
    meeting.set_note("small", "needs", NOTE)
    meeting.sign("manager", meeting.manager_name, confirmed=True)
    meeting.sign("employee", meeting.employee_name, confirmed=True)
    with Store.open(data_dir) as store:
        store.save(meeting)
        pdf = render_for_export(store, meeting, lang="da", include_private=True)
    document = extract_embedded(pdf)
    assert document is not None
    with pytest.raises(NotArchivable):
        check_public(meeting, document, pdf)
