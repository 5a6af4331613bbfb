"""The between-meetings commands: calendar, due, start-from and follow-up (cli.py adds them)."""

from __future__ import annotations

import argparse
from pathlib import Path

from remotework_desktop.cli import (
    EXIT_OK,
    CliError,
    _chosen_checklists,
    _field_error,
    _get,
    _line,
    _open_store,
    _print_json,
)
from remotework_desktop.core import text
from remotework_desktop.core.text import t


def cmd_calendar(args: argparse.Namespace) -> int:
    from remotework_desktop.core.atomic import atomic_write_bytes
    from remotework_desktop.core.calendar_ics import CalendarError, calendar_ics

    with _open_store(args, read_only=True) as store:
        meeting = _get(store, args.id)
    try:
        data = calendar_ics(meeting, include_actions=args.actions)
    except CalendarError as exc:
        raise CliError(str(exc)) from exc
    atomic_write_bytes(Path(args.output), data)
    print(t("cli.calendar_saved", path=args.output))
    return EXIT_OK


def cmd_due(args: argparse.Namespace) -> int:
    from remotework_desktop.core.followups import due_list, due_text

    if args.days < 0:
        raise CliError(t("cli.due.days_negative"))
    with _open_store(args, read_only=True) as store:
        rows = due_list(store.list(), days=args.days)
    if args.json:
        _print_json(
            [
                {k: r.get(k) for k in ("id", "follow_up_date", "due", "employee_name", "company")}
                for r in rows
            ]
        )
        return EXIT_OK
    if not rows:
        print(t("cli.due.none", days=args.days))
        return EXIT_OK
    for r in rows:
        when = due_text(r["due"], r["follow_up_date"], text.language())
        _line(f"{r['id']}  {r['follow_up_date']}  {when}  {r['employee_name']} – {r['company']}")
    return EXIT_OK


def cmd_start_from(args: argparse.Namespace) -> int:
    from remotework_desktop.cli_tasks import start_from_preparation
    from remotework_desktop.core.checklists import load_checklists
    from remotework_desktop.core.meetings import MeetingError

    chosen = _chosen_checklists(load_checklists(), args.checklists)
    with _open_store(args) as store:
        try:
            meeting = start_from_preparation(
                store, args.id, employee=args.employee, date=args.date, chosen=chosen
            )
        except MeetingError as exc:
            raise _field_error(exc) from exc
    print(meeting.id)
    return EXIT_OK


def cmd_follow_up(args: argparse.Namespace) -> int:
    from remotework_desktop.core.meetings import MeetingError

    with _open_store(args) as store:
        meeting = _get(store, args.id)
        try:
            follow = meeting.follow_up(args.date)
        except MeetingError as exc:
            raise _field_error(exc) from exc
        store.save(follow)
    print(follow.id)
    return EXIT_OK
