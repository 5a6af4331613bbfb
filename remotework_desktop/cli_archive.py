"""The ``archive`` commands (issue 16): the organisation's PostgreSQL archive of signed plans.

cli.build_parser() adds them with add_archive_parser(); a failure is one line, exit 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from remotework_desktop.cli import EXIT_FAIL, EXIT_OK, CliError, _line, _open_store
from remotework_desktop.core.text_rules import json_safe


def _archive_setup(args: argparse.Namespace) -> Path:
    """The data folder (main() has chosen the language of the messages already)."""
    from remotework_desktop.core import paths

    return paths.data_dir(args.data_dir)


def _archive_url(args: argparse.Namespace, folder: Path) -> str:
    from remotework_desktop.core.archive.config import archive_url
    from remotework_desktop.core.text import t

    url = getattr(args, "url", None) or archive_url(folder)
    if not url:
        raise CliError(t("archive.no_archive_is_set"))
    return url


def _archive_call(job: Callable[[], int]) -> int:
    """Run an archive job; a failure is one line on stderr in the chosen language, exit 1."""
    from remotework_desktop.core.archive.client import ArchiveError
    from remotework_desktop.core.archive.config import ArchiveConfigError
    from remotework_desktop.core.store import StoreError
    from remotework_desktop.core.text import t

    try:
        return job()
    except (ArchiveError, ArchiveConfigError, CliError, StoreError) as exc:
        print(f"{t('archive.error')}: {exc}", file=sys.stderr)
        return EXIT_FAIL


def cmd_archive_configure(args: argparse.Namespace) -> int:
    from remotework_desktop.core.archive.config import set_archive_url
    from remotework_desktop.core.text import t

    folder = _archive_setup(args)

    def job() -> int:
        set_archive_url(folder, None if args.off else args.url)
        if args.off:
            print(t("archive.the_archive_is_turned"))
        else:
            print(t("archive.archive_set_up", url=args.url))
        return EXIT_OK

    return _archive_call(job)


def cmd_archive_status(args: argparse.Namespace) -> int:
    from remotework_desktop.core.archive import client
    from remotework_desktop.core.archive.outbox import Outbox
    from remotework_desktop.core.text import t

    folder = _archive_setup(args)
    waiting = len(Outbox(folder))
    line = t("archive.agreements_waiting_for_the", waiting=waiting)

    def job() -> int:
        url = _archive_url(args, folder)
        try:
            with client.connect(url) as conn:
                version = client.schema_version(conn)
        except client.ArchiveError as exc:
            raise client.ArchiveError(f"{exc} {line}") from exc
        print(t("archive.the_archive_is_reachable", version=version) + line)
        return EXIT_OK

    return _archive_call(job)


def cmd_archive_migrate(args: argparse.Namespace) -> int:
    from remotework_desktop.core.archive import client
    from remotework_desktop.core.text import t

    folder = _archive_setup(args)

    def job() -> int:
        url = _archive_url(args, folder)
        with client.connect(url) as conn:
            applied = client.migrate(conn)
            version = client.schema_version(conn)
        done = ", ".join(applied) or t("archive.none_new")
        print(t("archive.schema_applied", version=version, done=done))
        return EXIT_OK

    return _archive_call(job)


def cmd_archive_push(args: argparse.Namespace) -> int:
    from remotework_desktop.core.archive import client
    from remotework_desktop.core.archive.outbox import Outbox
    from remotework_desktop.core.archive.payload import build_plan
    from remotework_desktop.core.text import t

    folder = _archive_setup(args)

    def job() -> int:
        url = _archive_url(args, folder)
        with _open_store(args) as store, client.connect(url) as conn:
            result = client.push(conn, Outbox(folder), lambda mid: build_plan(store, mid))
        for meeting_id, reason in result.held.items():
            print(f"{meeting_id}: {reason}")
        print(
            t(
                "archive.sent_already_there_waiting",
                stored=result.stored,
                already=result.already,
                waiting=result.waiting,
            )
        )
        return EXIT_OK

    return _archive_call(job)


def cmd_archive_list(args: argparse.Namespace) -> int:
    from remotework_desktop.core.archive import client
    from remotework_desktop.core.text import t

    folder = _archive_setup(args)

    def job() -> int:
        url = _archive_url(args, folder)
        with client.connect(url) as conn:
            rows = client.list_plans(conn, args.due_days)
        if args.json:
            print(json_safe(client.as_json(rows)))
        elif not rows:
            _line(t("archive.no_agreements_in_the"))
        for r in [] if args.json else rows:
            follow = r["follow_up_date"] or "-"
            # Names come from other laptops: no control character reaches the terminal.
            _line(
                f"{r['fingerprint']}  {r['meeting_date']}  v{r['version']}  "
                f"{r['employee_name']} / {r['manager_name']} – {r['company']}  "
                + t("archive.follow_up", follow=follow)
            )
        return EXIT_OK

    return _archive_call(job)


def cmd_archive_get(args: argparse.Namespace) -> int:
    from remotework_desktop.core.archive import client
    from remotework_desktop.core.atomic import atomic_write_bytes
    from remotework_desktop.core.text import t

    folder = _archive_setup(args)

    def job() -> int:
        url = _archive_url(args, folder)
        with client.connect(url) as conn:
            pdf = client.get_pdf(conn, args.fingerprint)
        if pdf is None:
            raise CliError(t("archive.the_archive_has_no", fingerprint=args.fingerprint))
        atomic_write_bytes(Path(args.output), pdf)
        print(t("archive.pdf_saved", output=args.output))
        return EXIT_OK

    return _archive_call(job)


def add_archive_parser(add: Callable[..., Any], common: argparse.ArgumentParser) -> None:
    from remotework_desktop.core.text import t

    p = add("archive", cmd_archive_status, t("archive.help.archive"))
    sub = p.add_subparsers(
        dest="archive_command", metavar="ARCHIVE_COMMAND", help=t("archive.help.command")
    )

    def add_sub(name: str, func: Callable[[argparse.Namespace], int], help_: str) -> Any:
        q = sub.add_parser(name, help=help_, description=help_, parents=[common])
        q.set_defaults(func=func)
        return q

    q = add_sub("configure", cmd_archive_configure, t("archive.help.configure"))
    how = q.add_mutually_exclusive_group(required=True)
    how.add_argument("--url", metavar="URL", help=t("archive.help.configure_url"))
    how.add_argument("--off", action="store_true", help=t("archive.help.configure_off"))
    add_sub("status", cmd_archive_status, t("archive.help.status"))
    q = add_sub("migrate", cmd_archive_migrate, t("archive.help.migrate"))
    q.add_argument("--url", metavar="URL", help=t("archive.help.migrate_url"))
    add_sub("push", cmd_archive_push, t("archive.help.push"))
    q = add_sub("list", cmd_archive_list, t("archive.help.list"))
    q.add_argument("--due-days", type=int, metavar="N", help=t("archive.help.list_due_days"))
    q.add_argument("--json", action="store_true", help=t("archive.help.list_json"))
    q = add_sub("get", cmd_archive_get, t("archive.help.get"))
    q.add_argument("fingerprint", metavar="FINGERPRINT", help=t("archive.help.get_fingerprint"))
    q.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help=t("cli.help.pdf_file"))
