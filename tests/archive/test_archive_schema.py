"""The archive's schema on a real server: migrations, who may do what, and what is refused."""

from __future__ import annotations

import hashlib

import psycopg
import pytest

from remotework_desktop.core.archive import client
from remotework_desktop.core.archive.payload import Plan
from tests.archive.pgserver import HR, LAPTOP, PgServer


def plan(n: int = 1, **changes: object) -> Plan:
    pdf = b"%PDF-1.7\n" + f"plan {n}".encode()
    fields: dict[str, object] = dict(
        fingerprint=hashlib.sha256(f"fp{n}".encode()).hexdigest(),
        meeting_id=f"m{n:06d}",
        version=1,
        amends=None,
        follows=None,
        company="Smedjen ApS",
        manager_name="Lone Leder",
        manager_title="",
        employee_name=f"Medarbejder {n}",
        signers=[
            {"role": "manager", "name": "Lone Leder", "signed_at": "2024-05-01T10:00:00+00:00"}
        ],
        language="da",
        meeting_date="2024-05-01",
        signed_at="2024-05-01T10:00:00+00:00",
        follow_up_date="2024-11-01",
        data={"id": f"m{n:06d}"},
        pdf=pdf,
        pdf_sha256=hashlib.sha256(pdf).hexdigest(),
    )
    fields.update(changes)
    return Plan(**fields)  # type: ignore[arg-type]


def test_migrate_is_idempotent_and_recorded(clean_archive: PgServer) -> None:
    with client.connect(clean_archive.url()) as conn:
        assert client.migrate(conn) == []  # the session fixture applied them already
        assert client.schema_version(conn) == max(v for v, _, _ in client.migrations())
        assert client.migrate(conn) == []
        rows = conn.execute("SELECT version, name FROM remotework.schema_version").fetchall()
    assert [(v, n) for v, n, _ in client.migrations()] == sorted(rows)


def test_laptop_inserts_and_reads_but_cannot_update_or_delete(clean_archive: PgServer) -> None:
    with client.connect(clean_archive.url(LAPTOP)) as conn:
        assert client.insert_plan(conn, plan(1))
        assert client.insert_plan(conn, plan(1)) is False  # same fingerprint: stored once
        assert len(client.list_plans(conn)) == 1
        for sql in (
            "UPDATE remotework.plans SET employee_name = 'x'",
            "DELETE FROM remotework.plans",
            "TRUNCATE remotework.plans",
            "UPDATE remotework.schema_version SET version = 99",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
                conn.execute(sql)
            conn.rollback()
    with client.connect(clean_archive.url()) as conn:
        (count,) = conn.execute("SELECT count(*) FROM remotework.plans").fetchone()
    assert count == 1


def test_hr_reads_only(clean_archive: PgServer) -> None:
    with client.connect(clean_archive.url(LAPTOP)) as conn:
        client.insert_plan(conn, plan(1))
    with client.connect(clean_archive.url(HR)) as conn:
        assert [r["meeting_id"] for r in client.list_plans(conn)] == ["m000001"]
        assert client.get_pdf(conn, plan(1).fingerprint) == plan(1).pdf
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
            client.insert_plan(conn, plan(2))
        conn.rollback()
        for sql in ("UPDATE remotework.plans SET company = 'x'", "DELETE FROM remotework.plans"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
                conn.execute(sql)
            conn.rollback()


@pytest.mark.parametrize(
    ("changes", "constraint"),
    [
        ({"fingerprint": "ABC"}, "fingerprint"),
        ({"fingerprint": "g" * 64}, "fingerprint"),
        ({"pdf": b"<html>not a pdf"}, "pdf"),
        ({"meeting_date": "1899-01-01"}, "meeting_date"),
        ({"follow_up_date": "2024-01-01"}, "check"),  # before the meeting
        ({"signed_at": "2020-01-01T00:00:00+00:00"}, "check"),  # long before the meeting
        ({"language": "de"}, "language"),
        ({"pdf_sha256": "nope"}, "pdf_sha256"),
    ],
)
def test_checks_refuse_bad_rows(
    clean_archive: PgServer, changes: dict[str, object], constraint: str
) -> None:
    with client.connect(clean_archive.url(LAPTOP)) as conn:
        with pytest.raises(psycopg.errors.CheckViolation, match=constraint):
            client.insert_plan(conn, plan(1, **changes))
        conn.rollback()
        assert client.list_plans(conn) == []
