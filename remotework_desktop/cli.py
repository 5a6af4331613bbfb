"""Command line: with no command it starts the program; subcommands run the headless jobs.

Every failure ends with a non-zero exit code and one plain line on stderr, never a traceback.
Qt is imported only when the window is started, so the headless jobs start fast.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from remotework_desktop import __version__
from remotework_desktop.cli_argparse_da import ProgramParser
from remotework_desktop.cli_start import choose_language, help_language, window_options
from remotework_desktop.core import text
from remotework_desktop.core.text import t
from remotework_desktop.core.text_rules import json_safe, terminal_safe

if TYPE_CHECKING:  # both load on demand: --help and the window's start need neither model
    from remotework_desktop.core.checklists import ChecklistDefinition, LoadResult
    from remotework_desktop.core.meetings import Meeting
    from remotework_desktop.core.store import Store

EXIT_OK = 0
EXIT_FAIL = 1
EXIT_NOT_OURS = 2  # verify: the file is not one of the program's PDFs
# validate prints at most this many errors, then how many more there are.
MAX_ERRORS_SHOWN = 50


class CliError(Exception):
    """A failure to report as one line; ``code`` is the exit code."""

    def __init__(self, message: str, code: int = EXIT_FAIL) -> None:
        super().__init__(message)
        self.code = code


def _open_store(args: argparse.Namespace, *, read_only: bool = False) -> Store:
    from remotework_desktop.core.store import Store

    store = Store.open(args.data_dir, read_only=read_only)
    for problem in store.problems:
        print(t("cli.warning", problem=problem), file=sys.stderr)
    return store


def _get(store: Store, ident: str) -> Meeting:
    return store.get(store.resolve_id(ident))


def _line(text: object = "", *, file: Any = None) -> None:
    """Print one line of possibly stored text: no escape, line break or bad character in it
    reaches the terminal raw (each is shown as an escape such as \\x1b)."""
    print(terminal_safe(text), file=file)


def _print_json(data: Any) -> None:
    print(json_safe(json.dumps(data, ensure_ascii=False, indent=2)))


# -- commands ---------------------------------------------------------------------------
def cmd_list(args: argparse.Namespace) -> int:
    with _open_store(args, read_only=True) as store:
        rows = store.list()
    if args.json:
        _print_json([r.as_dict() for r in rows])
        return EXIT_OK
    if not rows:
        print(t("cli.no_meetings"))
        return EXIT_OK
    for r in rows:
        state = t("cli.state.signed" if r.is_signed else "cli.state.draft")
        follow = t("cli.follow_up", date=r.follow_up_date) if r.follow_up_date else ""
        _line(
            f"{r.id}  {r.meeting_date}  {state:<12}  v{r.version}  "
            f"{r.employee_name} – {r.company}{follow}"
        )
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with _open_store(args, read_only=True) as store:
        meeting = _get(store, args.id)
    from remotework_desktop.cli_tasks import tasks_json, tasks_lines

    data = tasks_json(meeting, meeting.model_dump(mode="json"))
    if args.json:
        _print_json(data)
        return EXIT_OK
    done, total = meeting.total_progress()
    state = t("cli.state.signed" if meeting.is_signed else "cli.state.draft")
    _line(t("cli.show.title", id=meeting.id, state=state))
    _line(t("cli.show.company", company=meeting.company))
    name, title = meeting.manager_name, meeting.manager_title
    _line(t("cli.show.manager", name=name, title=title).rstrip())
    _line(t("cli.show.employee", name=meeting.employee_name or t("tasks.preparation")))
    _line(t("cli.show.date", date=meeting.meeting_date))
    _line(t("cli.show.progress", done=done, total=total))
    _line(t("cli.show.actions", count=len(meeting.actions)))
    for line in tasks_lines(meeting):
        _line(line)
    if meeting.fingerprint:
        _line(t("cli.show.fingerprint", fingerprint=meeting.fingerprint))
    return EXIT_OK


def cmd_create_example(args: argparse.Namespace) -> int:
    from remotework_desktop.core.example import build_example_meeting

    meeting = build_example_meeting(tasks=True)
    with _open_store(args) as store:
        store.save(meeting)
    print(meeting.id)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from remotework_desktop.cli_tasks import task_files, validate_tasks
    from remotework_desktop.core.checklists import load_checklists

    given = [Path(p) for p in args.paths] or None
    if given:
        missing = [p for p in given if not p.exists()]
        if missing:
            raise CliError(t("cli.does_not_exist", path=missing[0]))
    tasks, rest = task_files(given)
    tasks_ok, task_errors = validate_tasks(tasks)
    result = load_checklists(rest if given else None)
    result.errors[:0] = task_errors
    for err in result.errors[:MAX_ERRORS_SHOWN]:
        _line(err, file=sys.stderr)
    more = len(result.errors) - MAX_ERRORS_SHOWN
    if more > 0:
        _line(t("cli.more_errors", more=more), file=sys.stderr)
    if result.errors:
        return EXIT_FAIL
    if not result.definitions and not tasks_ok:
        raise CliError(t("cli.no_checklists"))
    for d in result.ordered():
        count = sum(1 for _ in d.items())
        print(t("cli.checklist_ok", id=d.id, version=d.version, count=count))
    for line in tasks_ok:
        print(line)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    with _open_store(args, read_only=True) as store:
        path = store.backup(Path(args.output))
    print(t("cli.backup_saved", path=path))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from remotework_desktop.core.store import Store

    archive = Path(args.archive)
    if not archive.is_file():
        raise CliError(t("cli.does_not_exist", path=archive))
    count = Store.restore(archive, args.data_dir, replace=args.replace)
    print(t("cli.restored", count=count))
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    from remotework_desktop.core.store import NotFound

    with _open_store(args) as store:
        seen = len(store.problems)
        try:
            meeting_id = store.resolve_id(args.id)
        except NotFound:  # it may still be kept aside as damaged, or in a leftover or backup
            meeting_id = args.id.strip().lower()
        store.delete(meeting_id)
        for problem in store.problems[seen:]:
            print(t("cli.warning", problem=problem), file=sys.stderr)
    print(t("cli.deleted", meeting_id=meeting_id))
    return EXIT_OK


def _open_for_export(args: argparse.Namespace) -> Any:
    """The store as writer, or read-only while another window of the program writes it."""
    from remotework_desktop.core.store import StoreLocked

    try:
        return _open_store(args)
    except StoreLocked:
        return _open_store(args, read_only=True)


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from remotework_desktop.core.pdf.export import export_pdf
    from remotework_desktop.core.seal_key import SealKeyError

    with _open_for_export(args) as store:
        meeting_id = store.resolve_id(args.id)
        try:
            export_pdf(
                store,
                meeting_id,
                Path(args.output),
                lang=args.lang,  # None: the meeting's own language
                include_private=args.include_private,
            )
        except SealKeyError as exc:
            raise CliError(str(exc)) from exc
        queued = store.read_only
    print(t("cli.pdf_saved", path=args.output))
    if queued:
        print(t("cli.export_queued"))
    return EXIT_OK


# Which option a field of the meeting's details comes from, to name it in a message.
_DETAIL_OPTIONS = {
    "company": "--company",
    "manager_name": "--manager",
    "manager_title": "--manager-title",
    "employee_name": "--employee",
    "meeting_date": "--date",
    "language": "--lang",
    "checklists": "--checklists",
}


def _field_error(exc: Exception) -> CliError:
    """A MeetingError as one line that names the option it is about."""
    fields = getattr(exc, "fields", {}) or {}
    key = next(iter(fields), None)
    if key is None:
        return CliError(str(exc))
    return CliError(f"{_DETAIL_OPTIONS.get(key, key)}: {fields[key]}")


def _chosen_checklists(result: LoadResult, spec: str | None) -> list[ChecklistDefinition]:
    """The checklists ``--checklists`` names (ids, comma-separated), in that order; all of
    them when it is not given. An unknown id is refused, naming the known ones."""
    available = result.ordered()
    if not spec:
        return available
    wanted = [c.strip() for c in spec.split(",") if c.strip()]
    unknown = [c for c in wanted if c not in result.definitions]
    if unknown:
        known = ", ".join(d.id for d in available)
        raise CliError(t("cli.new.unknown_checklist", checklist=unknown[0], known=known))
    return [result.definitions[c] for c in wanted]


def cmd_new(args: argparse.Namespace) -> int:
    from remotework_desktop.core.checklists import load_checklists
    from remotework_desktop.core.meetings import MeetingError, new_meeting
    from remotework_desktop.core.tasks import TaskFinderError

    chosen = [] if args.prepare else _chosen_checklists(load_checklists(), args.checklists)
    try:
        meeting = new_meeting(
            company=args.company,
            manager_name=args.manager,
            manager_title=args.manager_title or "",
            employee_name=args.employee or "",
            meeting_date=args.date,
            checklists=chosen,
            language=args.lang or text.language(),
            tasks=args.tasks or args.prepare,
        )
    except (MeetingError, TaskFinderError) as exc:
        raise _field_error(exc) from exc
    with _open_store(args) as store:
        store.save(meeting)
    print(meeting.id)
    return EXIT_OK


def cmd_sign(args: argparse.Namespace) -> int:
    from remotework_desktop.core.meeting_tasks import not_assessed_text
    from remotework_desktop.core.meetings import sign_statement
    from remotework_desktop.core.pdf.export import keep_ahead

    with _open_store(args) as store:
        meeting = _get(store, args.id)
        if not meeting.is_signed and not args.allow_incomplete:
            undiscussed, refused = meeting.signing_gaps()
            unassessed = meeting.task_gaps()
            if unassessed:
                raise CliError(
                    t(
                        "cli.sign.incomplete_tasks",
                        undiscussed=len(undiscussed),
                        refused=len(refused),
                        tasks=not_assessed_text(len(unassessed)),
                    )
                )
            if undiscussed or refused:
                raise CliError(
                    t(
                        "cli.sign.incomplete",
                        undiscussed=len(undiscussed),
                        refused=len(refused),
                    )
                )
        meeting.sign("manager", args.manager, method="typed", confirmed=True)
        meeting.sign("employee", args.employee, method="typed", confirmed=True)
        store.save(meeting)
        from remotework_desktop.core.archive.outbox import queue_if_signed

        queue_if_signed(store.folder, meeting)
        problem = keep_ahead(store, meeting)  # so the first export-pdf is fast
    if problem:
        print(t("cli.warning", problem=problem), file=sys.stderr)
    print(t("cli.signed", id=meeting.id, fingerprint=meeting.fingerprint))
    if not args.yes:
        print(t("cli.both_confirmed", statement=sign_statement(meeting.language)))
    return EXIT_OK


def _no_screen() -> bool:
    """On Linux and BSD, no X11 or Wayland display and no Qt platform chosen: Qt would abort."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return False
    return not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    )


def cmd_gui(args: argparse.Namespace) -> int:
    if _no_screen():
        raise CliError(t("cli.no_screen"))
    try:
        from remotework_desktop.gui.app import run_gui
    except ImportError as exc:  # e.g. Qt's system libraries are missing
        raise CliError(t("cli.gui_failed", error=exc)) from exc
    return run_gui(args.data_dir, demo=args.demo, lang=args.lang)


# -- parser -----------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    # These modules import this one (its helpers), so they are imported here.
    from remotework_desktop.cli_between import cmd_calendar, cmd_due, cmd_follow_up, cmd_start_from
    from remotework_desktop.cli_seal import cmd_seal_key, cmd_verify

    parser = ProgramParser(
        prog="remotework-desktop",
        description=t("cli.help.description"),
        epilog=t("cli.help.exit_codes"),
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}", help=t("cli.help.version")
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=t("cli.help.data_dir"),
    )
    parser.add_argument("--demo", action="store_true", help=t("cli.help.demo"))
    parser.add_argument("--lang", choices=text.LANGUAGES, help=t("cli.help.lang"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", help=t("cli.help.command"))
    # --data-dir is accepted after the command too ("list --data-dir X").
    common = ProgramParser(add_help=False)
    common.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=t("cli.help.data_dir_short")
    )

    def add(name: str, func: Callable[[argparse.Namespace], int], help_: str) -> Any:
        p = sub.add_parser(name, help=help_, description=help_, parents=[common])
        p.set_defaults(func=func)
        return p

    p = add("gui", cmd_gui, t("cli.help.gui"))
    p.add_argument(
        "--demo", action="store_true", default=argparse.SUPPRESS, help=t("cli.help.demo_short")
    )
    p = add("list", cmd_list, t("cli.help.list"))
    p.add_argument("--json", action="store_true", help=t("cli.help.list_json"))
    p = add("show", cmd_show, t("cli.help.show"))
    p.add_argument("id", help=t("cli.help.show_id"))
    p.add_argument("--json", action="store_true", help=t("cli.help.show_json"))
    add("create-example", cmd_create_example, t("cli.help.create_example"))
    p = add("validate", cmd_validate, t("cli.help.validate"))
    p.add_argument("paths", nargs="*", metavar="PATH", help=t("cli.help.paths"))
    p = add("backup", cmd_backup, t("cli.help.backup"))
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=t("cli.help.backup_file"))
    p = add("restore", cmd_restore, t("cli.help.restore"))
    p.add_argument("archive", metavar="FILE", help=t("cli.help.restore_file"))
    p.add_argument(
        "--replace",
        action="store_true",
        help=t("cli.help.replace"),
    )
    p = add("delete", cmd_delete, t("cli.help.delete"))
    p.add_argument("id", help=t("cli.help.id"))
    p = add("export-pdf", cmd_export_pdf, t("cli.help.export_pdf"))
    p.add_argument("id", help=t("cli.help.id"))
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=t("cli.help.pdf_file"))
    p.add_argument("--include-private", action="store_true", help=t("cli.help.include_private"))
    p.add_argument("--lang", choices=text.LANGUAGES, help=t("cli.help.pdf_lang"))
    p = add("sign", cmd_sign, t("cli.help.sign"))
    p.add_argument("id", help=t("cli.help.id"))
    p.add_argument("--manager", required=True, metavar="NAME", help=t("cli.help.sign_manager"))
    p.add_argument("--employee", required=True, metavar="NAME", help=t("cli.help.sign_employee"))
    p.add_argument("--yes", action="store_true", help=t("cli.help.yes"))
    p.add_argument("--allow-incomplete", action="store_true", help=t("cli.help.allow_incomplete"))
    p = add("new", cmd_new, t("cli.help.new"))
    p.add_argument("--company", required=True, metavar="C", help=t("cli.help.new_company"))
    p.add_argument("--manager", required=True, metavar="NAME", help=t("cli.help.new_manager"))
    p.add_argument("--manager-title", metavar="T", help=t("cli.help.new_manager_title"))
    p.add_argument("--employee", metavar="NAME", help=t("cli.help.new_employee"))
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD", help=t("cli.help.new_date"))
    p.add_argument("--checklists", metavar="ID,ID", help=t("cli.help.new_checklists"))
    p.add_argument("--tasks", action="store_true", help=t("cli.help.new_tasks"))
    p.add_argument("--prepare", action="store_true", help=t("cli.help.new_prepare"))
    p.add_argument(
        "--lang",
        choices=text.LANGUAGES,
        default=argparse.SUPPRESS,
        help=t("cli.help.new_lang"),
    )
    p = add("start-from", cmd_start_from, t("cli.help.start_from"))
    p.add_argument("id", help=t("cli.help.start_from_id"))
    p.add_argument("--employee", required=True, metavar="NAME", help=t("cli.help.new_employee"))
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD", help=t("cli.help.new_date"))
    p.add_argument("--checklists", metavar="ID,ID", help=t("cli.help.new_checklists"))
    p = add("follow-up", cmd_follow_up, t("cli.help.follow_up"))
    p.add_argument("id", help=t("cli.help.follow_up_id"))
    p.add_argument("--date", metavar="YYYY-MM-DD", help=t("cli.help.follow_up_date"))
    p = add("due", cmd_due, t("cli.help.due"))
    p.add_argument("--days", type=int, default=14, metavar="N", help=t("cli.help.due_days"))
    p.add_argument("--json", action="store_true", help=t("cli.help.json"))
    p = add("calendar", cmd_calendar, t("cli.help.calendar"))
    p.add_argument("id", help=t("cli.help.id"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.ics", help=t("cli.help.ics_file"))
    p.add_argument("--actions", action="store_true", help=t("cli.help.calendar_actions"))
    p = add("verify", cmd_verify, t("cli.help.verify"))
    p.add_argument("pdf", metavar="FILE.pdf", help=t("cli.help.verify_file"))
    p.add_argument("--cert", metavar="FILE.pem", help=t("cli.help.cert"))
    p = add("seal-key", cmd_seal_key, t("cli.help.seal_key"))
    p.add_argument("action", choices=["import", "export-cert"], help=t("cli.help.seal_key_action"))
    p.add_argument("file", metavar="FILE", help=t("cli.help.seal_key_file"))
    p.add_argument("--passphrase-file", metavar="FILE", help=t("cli.help.passphrase_file"))
    from remotework_desktop.cli_archive import add_archive_parser  # it imports this module too

    add_archive_parser(add, common)
    return parser


def _model_errors() -> tuple[type[Exception], ...]:
    """The meeting and checklist models' own errors, from those of the two already imported.

    A module never imported cannot have raised its error, and importing them up front would
    load the models for every command, the window's start-up included.
    """
    found: list[type[Exception]] = []
    for module, name in (
        ("remotework_desktop.core.meetings", "MeetingError"),
        ("remotework_desktop.core.checklists", "AnswerError"),
    ):
        loaded = sys.modules.get(module)
        if loaded is not None:
            found.append(getattr(loaded, name))
    return tuple(found)


def _error_word() -> str:
    return t("cli.error")


def _run(argv: Sequence[str] | None) -> int:
    window = window_options(sys.argv[1:] if argv is None else argv)
    if window is not None:
        args = argparse.Namespace(**window, func=cmd_gui)
        # The messages before the window is up (no screen, Qt missing) in its language;
        # no parser is built, so its help needs no language (nor argparse's gettext,
        # which loads locale: ~0.5 % of the window's start-up). An unreadable data folder:
        # Danish, the default; the window says what is wrong with it.
        with contextlib.suppress(OSError):
            choose_language(args)
    else:
        help_language(argv)
        args = build_parser().parse_args(argv)
    func = getattr(args, "func", cmd_gui)
    if func is not cmd_gui:
        gc.enable()  # a command may run long (push an archive): collect as usual
    from remotework_desktop.core.store import StoreError

    if func is not cmd_gui:  # the window chooses its language itself
        choose_language(args)
    try:
        return func(args)
    except CliError as exc:
        _line(f"{_error_word()}: {exc}", file=sys.stderr)
        return exc.code
    # An except clause's tuple is evaluated only when an exception reaches it.
    except (StoreError, *_model_errors()) as exc:
        _line(f"{_error_word()}: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        _line(f"{_error_word()}: {exc.strerror or exc}{where}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print(t("cli.interrupted"), file=sys.stderr)
        return 130


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `remotework-desktop` and `python main.py`."""
    # No garbage collection while starting: importing Qt makes thousands of objects (its
    # enums are Python classes), and the collector scanned them again and again, a tenth of
    # the window's start-up. A command turns it back on once parsed; the window after its
    # first frame (gui.app.collect_garbage_again). A caller's own setting is restored.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _run(argv)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_FAIL
    except Exception as exc:  # last resort: one line, never a traceback
        if os.environ.get("REMOTEWORK_DEBUG"):
            raise
        unexpected = t("cli.unexpected", kind=type(exc).__name__, error=exc)
        print(f"{_error_word()}: {unexpected}", file=sys.stderr)
        return EXIT_FAIL
    finally:
        if was_enabled:
            gc.enable()


def gui_main() -> int:
    """Entry point of the GUI launcher (no console window on Windows)."""
    return main()
