"""A real, throwaway PostgreSQL server for the archive tests (and the benchmark).

Debian's server binaries (/usr/lib/postgresql/*/bin) run initdb and pg_ctl on a temporary
folder, listening on 127.0.0.1 only on a free port. PostgreSQL refuses to run as root, so
as root the cluster belongs to the ``postgres`` system user and runs through ``runuser``.
Logins use passwords (scram) read from a password file, as libpq does for laptops.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

ADMIN = "archive_admin"
DATABASE = "archive"
LAPTOP = "laptop_anna"
HR = "hr_henrik"
_PASSWORD = "test-only-secret"


def find_bin() -> Path | None:
    """The folder of initdb/pg_ctl/postgres: $PG_BIN, Debian's newest, or the PATH."""
    candidates = []
    if os.environ.get("PG_BIN"):
        candidates.append(Path(os.environ["PG_BIN"]))
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    found = shutil.which("pg_ctl")
    if found:
        candidates.append(Path(found).parent)
    for folder in candidates:
        if all((folder / n).is_file() for n in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """One cluster: ``start``, ``stop(mode)``, and URLs for the admin, a laptop and HR."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="remotework-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = _free_port()
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            # Run as the postgres system user; the folder must be theirs (and passable).
            self._as_user = ["runuser", "-u", "postgres", "--"]
            os.chmod(self.root, 0o755)
            shutil.chown(self.root, "postgres", "postgres")
        self.passfile = Path(tempfile.mkdtemp(prefix="remotework-pgpass-")) / "pgpass"
        lines = [f"127.0.0.1:{self.port}:*:{u}:{_PASSWORD}" for u in (ADMIN, LAPTOP, HR)]
        self.passfile.write_text("\n".join(lines) + "\n")
        self.passfile.chmod(0o600)

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as_user, *args], check=True, capture_output=True, cwd=self.root)

    def init(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text(_PASSWORD + "\n")
        if self._as_user:
            shutil.chown(pwfile, "postgres", "postgres")
        self._run(
            str(self.bin / "initdb"),
            "-D", str(self.data),
            "-U", ADMIN,
            "-E", "UTF8",
            "--locale=C",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            f"--pwfile={pwfile}",
            "--no-sync",
        )  # fmt: skip
        pwfile.unlink()

    def start(self) -> None:
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories={self.root}"
            " -c max_connections=40 -c shared_buffers=16MB"
        )
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log),
            "-o", options, "-w", "-t", "60", "start",
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        subprocess.run(
            [
                *self._as_user,
                str(self.bin / "pg_ctl"),
                "-D",
                str(self.data),
                "-m",
                mode,
                "-w",
                "stop",
            ],
            capture_output=True,
            cwd=self.root,
            check=False,
        )

    def is_running(self) -> bool:
        status = subprocess.run(
            [*self._as_user, str(self.bin / "pg_ctl"), "-D", str(self.data), "status"],
            capture_output=True,
            cwd=self.root,
            check=False,
        )
        return status.returncode == 0

    def start_if_stopped(self) -> None:
        if not self.is_running():
            self.start()

    def url(self, user: str = ADMIN, database: str = DATABASE) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def env(self) -> dict[str, str]:
        """What a laptop sets for libpq: the password file (never a password in the URL)."""
        return {"PGPASSFILE": str(self.passfile), "PGCONNECT_TIMEOUT": "5"}

    def cleanup(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)
        shutil.rmtree(self.passfile.parent, ignore_errors=True)

    def wait_ready(self, timeout: float = 30) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.1)
        raise TimeoutError("the test server did not start")


def setup_server() -> PgServer:
    """Create, start and prepare a cluster: the archive database, migrated, two login roles."""
    import psycopg

    bin_dir = find_bin()
    if bin_dir is None:
        raise FileNotFoundError("PostgreSQL server binaries (initdb, pg_ctl, postgres)")
    server = PgServer(bin_dir)
    try:
        server.init()
        server.start()
        os.environ.update(server.env())
        with psycopg.connect(server.url(database="postgres"), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {DATABASE}")
        from remotework_desktop.core.archive import client

        with client.connect(server.url()) as conn:
            client.migrate(conn)
        with psycopg.connect(server.url(), autocommit=True) as conn:
            # What an admin does per person (docs/archive.md): a login role in a group role.
            conn.execute(
                f"CREATE ROLE {LAPTOP} LOGIN PASSWORD '{_PASSWORD}' IN ROLE remotework_laptop"
            )
            conn.execute(f"CREATE ROLE {HR} LOGIN PASSWORD '{_PASSWORD}' IN ROLE remotework_hr")
    except BaseException:
        server.cleanup()
        raise
    return server
