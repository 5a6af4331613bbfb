"""Talking to the archive server (psycopg 3): migrate, push the outbox, list and fetch plans.

Each plan is sent in its own transaction and leaves the outbox only after the server has
committed it, so a connection lost half-way leaves nothing half-stored and the rest queued.
A plan already in the archive (same fingerprint) is stored once: ``ON CONFLICT DO NOTHING``
needs only the INSERT privilege the laptop role has.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from remotework_desktop.core.archive.config import check_url
from remotework_desktop.core.archive.outbox import Outbox
from remotework_desktop.core.archive.payload import NotArchivable, Plan
from remotework_desktop.core.text import t

CONNECT_TIMEOUT_S = 5
_MIGRATION_RE = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")
# Any fixed number: only `archive migrate` takes this lock, so two admins never race.
_MIGRATE_LOCK = 0x72656D6F


class ArchiveError(Exception):
    """The archive could not be reached or refused; the message is one line to show."""


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError as exc:
        raise ArchiveError(t("archive.the_archive_needs_psycopg")) from exc
    return psycopg


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


@contextmanager
def connect(url: str) -> Iterator[Any]:
    """A connection to the archive; ArchiveError (one line) when it cannot be made."""
    psycopg = _psycopg()
    url = check_url(url)
    try:
        conn = psycopg.connect(
            url, connect_timeout=CONNECT_TIMEOUT_S, application_name="remotework"
        )
    except psycopg.Error as exc:
        raise ArchiveError(t("archive.the_archive_cannot_be", v0=_one_line(exc))) from exc
    try:
        yield conn
    except psycopg.Error as exc:
        raise ArchiveError(t("archive.the_archive_failed", v0=_one_line(exc))) from exc
    finally:
        conn.close()


# -- the schema ----------------------------------------------------------------------------
def migrations() -> list[tuple[int, str, str]]:
    """The shipped migrations as (version, file name, SQL), in order."""
    folder = resources.files("remotework_desktop.core.archive") / "schema"
    found = []
    for entry in folder.iterdir():
        match = _MIGRATION_RE.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def schema_version(conn: Any) -> int:
    """The newest migration applied on the server (0 for an empty database)."""
    with conn.cursor() as cur:
        cur.execute("SELECT to_regclass('remotework.schema_version') IS NOT NULL")
        (exists,) = cur.fetchone()
        if not exists:
            conn.rollback()
            return 0
        cur.execute("SELECT coalesce(max(version), 0) FROM remotework.schema_version")
        (version,) = cur.fetchone()
    conn.rollback()
    return int(version)


def migrate(conn: Any) -> list[str]:
    """Apply the migrations not yet applied, each in one transaction; the names applied."""
    applied: list[str] = []
    with conn.transaction(), conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATE_LOCK,))
        cur.execute("CREATE SCHEMA IF NOT EXISTS remotework")
        cur.execute(
            "CREATE TABLE IF NOT EXISTS remotework.schema_version ("
            " version integer PRIMARY KEY, name text NOT NULL,"
            " applied_at timestamptz NOT NULL DEFAULT now())"
        )
        cur.execute("SELECT version FROM remotework.schema_version")
        done = {row[0] for row in cur.fetchall()}
        for version, name, sql in migrations():
            if version in done:
                continue
            with conn.transaction():
                cur.execute(sql)
                cur.execute(
                    "INSERT INTO remotework.schema_version (version, name) VALUES (%s, %s)",
                    (version, name),
                )
            applied.append(name)
        cur.execute("REVOKE ALL ON remotework.schema_version FROM PUBLIC")
        cur.execute("GRANT SELECT ON remotework.schema_version TO remotework_laptop, remotework_hr")
    return applied


# -- pushing -------------------------------------------------------------------------------
_INSERT = """
INSERT INTO remotework.plans (
  fingerprint, meeting_id, version, amends, follows, company, manager_name, manager_title,
  employee_name, signers, language, meeting_date, signed_at, follow_up_date, data, pdf,
  pdf_sha256)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
ON CONFLICT (fingerprint) DO NOTHING
"""


def insert_plan(conn: Any, plan: Plan) -> bool:
    """Store one plan in its own transaction; False if the archive already had it."""
    from psycopg.types.json import Jsonb

    with conn.transaction(), conn.cursor() as cur:
        cur.execute(
            _INSERT,
            (
                plan.fingerprint,
                plan.meeting_id,
                plan.version,
                plan.amends,
                plan.follows,
                plan.company,
                plan.manager_name,
                plan.manager_title,
                plan.employee_name,
                Jsonb(plan.signers),
                plan.language,
                plan.meeting_date,
                plan.signed_at,
                plan.follow_up_date,
                Jsonb(plan.data),
                plan.pdf,
                plan.pdf_sha256,
            ),
        )
        return cur.rowcount == 1


@dataclass
class PushResult:
    """What one push did: plans stored now, already there, held back (id: reason), left."""

    stored: int = 0
    already: int = 0
    held: dict[str, str] = field(default_factory=dict)
    waiting: int = 0


def push(conn: Any, outbox: Outbox, build: Callable[[str], Plan]) -> PushResult:
    """Send every plan in the outbox; each leaves it only once the server has committed it.

    ``build`` makes the plan for a meeting id (``payload.build_plan`` on the store). A plan that
    cannot be archived stays queued with its reason; a lost connection stops the push with
    ArchiveError (or psycopg's error inside ``connect``), the rest still queued.
    """
    result = PushResult()
    for meeting_id in outbox.pending():
        try:
            plan = build(meeting_id)
        except NotArchivable as exc:
            result.held[meeting_id] = str(exc)
            continue
        if insert_plan(conn, plan):
            result.stored += 1
        else:
            result.already += 1
        outbox.acknowledge(meeting_id)
    result.waiting = len(outbox)
    return result


# -- reading -------------------------------------------------------------------------------
def list_plans(conn: Any, due_days: int | None = None) -> list[dict[str, Any]]:
    """Every archived plan (newest first), or with ``due_days`` those whose follow-up is due
    within that many days and not yet followed up or replaced by a newer signed version."""
    sql = (
        "SELECT p.fingerprint, p.meeting_id, p.version, p.company, p.manager_name,"
        " p.employee_name, p.meeting_date, p.signed_at, p.follow_up_date, p.amends, p.follows"
        " FROM remotework.plans p"
    )
    params: tuple[Any, ...] = ()
    if due_days is not None:
        sql += (
            " WHERE p.follow_up_date IS NOT NULL"
            " AND p.follow_up_date <= current_date + %s::int"
            " AND NOT EXISTS (SELECT 1 FROM remotework.plans n"
            "   WHERE n.follows = p.meeting_id OR n.amends = p.meeting_id)"
            " ORDER BY p.follow_up_date, p.employee_name"
        )
        params = (due_days,)
    else:
        sql += " ORDER BY p.signed_at DESC, p.fingerprint"
    with conn.cursor() as cur:
        cur.execute(sql, params)
        names = [d.name for d in cur.description]
        rows = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    conn.rollback()
    for row in rows:
        for key in ("meeting_date", "follow_up_date", "signed_at"):
            if row[key] is not None:
                row[key] = row[key].isoformat()
    return rows


def get_pdf(conn: Any, fingerprint: str) -> bytes | None:
    """The PDF bytes stored for a fingerprint (or a unique start of one), None if unknown."""
    prefix = fingerprint.strip().lower()
    if not re.fullmatch(r"[0-9a-f]{6,64}", prefix):
        return None
    with conn.cursor() as cur:
        cur.execute(
            "SELECT pdf FROM remotework.plans WHERE fingerprint LIKE %s LIMIT 2", (prefix + "%",)
        )
        rows = cur.fetchall()
    conn.rollback()
    if len(rows) != 1:
        return None
    return bytes(rows[0][0])


def as_json(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2)
