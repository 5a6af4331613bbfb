"""Command line: with no command it starts the program; subcommands run the headless jobs.

Every failure ends with a non-zero exit code and one plain line on stderr, never a traceback.
Qt is imported only when the window is started, so the headless jobs start fast.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from remotework_desktop import __version__
from remotework_desktop.core.messages import say
from remotework_desktop.core.text_rules import json_safe, terminal_safe

EXIT_OK = 0
EXIT_FAIL = 1
EXIT_USAGE = 2
# validate prints at most this many errors, then how many more there are.
MAX_ERRORS_SHOWN = 50


class CliError(Exception):
    """A failure to report as one line; ``code`` is the exit code."""

    def __init__(self, message: str, code: int = EXIT_FAIL) -> None:
        super().__init__(message)
        self.code = code


def _open_store(args: argparse.Namespace, *, read_only: bool = False) -> Any:
    from remotework_desktop.core.store import Store

    store = Store.open(args.data_dir, read_only=read_only)
    for problem in store.problems:
        print(f"advarsel: {problem}", file=sys.stderr)
    return store


def _get(store: Any, ident: str) -> Any:
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
        _print_json(rows)
        return EXIT_OK
    if not rows:
        print("Ingen møder gemt endnu.")
        return EXIT_OK
    for r in rows:
        state = "underskrevet" if r["state"] == "signed" else "kladde"
        follow = f"  opfølgning {r['follow_up_date']}" if r.get("follow_up_date") else ""
        _line(
            f"{r['id']}  {r['meeting_date']}  {state:<12}  v{r['version']}  "
            f"{r['employee_name']} – {r['company']}{follow}"
        )
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with _open_store(args, read_only=True) as store:
        meeting = _get(store, args.id)
    data = meeting.model_dump(mode="json")
    if args.json:
        _print_json(data)
        return EXIT_OK
    done, total = meeting.total_progress()
    _line(f"Møde {meeting.id} ({'underskrevet' if meeting.is_signed else 'kladde'})")
    _line(f"  Virksomhed: {meeting.company}")
    _line(f"  Leder:      {meeting.manager_name} {meeting.manager_title}".rstrip())
    _line(f"  Medarbejder: {meeting.employee_name}")
    _line(f"  Dato:       {meeting.meeting_date}")
    _line(f"  Drøftet:    {done} af {total} punkter")
    _line(f"  Handlinger: {len(meeting.actions)}")
    if meeting.fingerprint:
        _line(f"  Fingeraftryk: {meeting.fingerprint}")
    return EXIT_OK


def cmd_create_example(args: argparse.Namespace) -> int:
    from remotework_desktop.core.example import build_example_meeting

    meeting = build_example_meeting()
    with _open_store(args) as store:
        store.save(meeting)
    print(meeting.id)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from remotework_desktop.core.checklists import load_checklists

    given = [Path(p) for p in args.paths] or None
    if given:
        missing = [p for p in given if not p.exists()]
        if missing:
            raise CliError(f"findes ikke: {missing[0]}")
    result = load_checklists(given)
    for err in result.errors[:MAX_ERRORS_SHOWN]:
        _line(err, file=sys.stderr)
    more = len(result.errors) - MAX_ERRORS_SHOWN
    if more > 0:
        _line(say(f"… og {more} fejl mere", f"… and {more} more errors"), file=sys.stderr)
    if result.errors:
        return EXIT_FAIL
    if not result.definitions:
        raise CliError("ingen tjeklister fundet")
    for d in result.ordered():
        count = sum(1 for _ in d.items())
        print(f"ok  {d.id} v{d.version}: {count} punkter")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    with _open_store(args, read_only=True) as store:
        path = store.backup(Path(args.output))
    print(f"Sikkerhedskopi gemt: {path}")
    return EXIT_OK


def _language(args: argparse.Namespace) -> Callable[[str, str], str]:
    """Core's messages follow --lang from here on; returns the function that picks one."""
    from remotework_desktop.core import messages

    if args.lang:
        messages.set_language(args.lang)
    return messages.say


def cmd_restore(args: argparse.Namespace) -> int:
    from remotework_desktop.core.store import Store

    say = _language(args)
    archive = Path(args.archive)
    if not archive.is_file():
        raise CliError(say(f"findes ikke: {archive}", f"does not exist: {archive}"))
    count = Store.restore(archive, args.data_dir, replace=args.replace)
    print(say(f"Gendannet: {count} møder", f"Restored: {count} meetings"))
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    from remotework_desktop.core.store import NotFound

    say = _language(args)
    with _open_store(args) as store:
        seen = len(store.problems)
        try:
            meeting_id = store.resolve_id(args.id)
        except NotFound:  # it may still be kept aside as damaged, or in a leftover or backup
            meeting_id = args.id.strip().lower()
        store.delete(meeting_id)
        for problem in store.problems[seen:]:
            print(f"advarsel: {problem}", file=sys.stderr)
    print(say(f"Slettet: {meeting_id}", f"Deleted: {meeting_id}"))
    return EXIT_OK


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from remotework_desktop.core.export import export_pdf

    with _open_store(args) as store:
        meeting_id = store.resolve_id(args.id)
        export_pdf(
            store,
            meeting_id,
            Path(args.output),
            lang=args.lang or store.get(meeting_id).language,
            include_private=args.include_private,
        )
    print(f"PDF gemt: {args.output}")
    return EXIT_OK


def cmd_sign(args: argparse.Namespace) -> int:
    from remotework_desktop.core.meetings import SIGN_STATEMENT

    with _open_store(args) as store:
        meeting = _get(store, args.id)
        meeting.sign("manager", args.manager, method="typed", confirmed=True)
        meeting.sign("employee", args.employee, method="typed", confirmed=True)
        store.save(meeting)
        from remotework_desktop.core.archive.outbox import queue_if_signed

        queue_if_signed(store.folder, meeting)
    print(f"Underskrevet: {meeting.id}  fingeraftryk {meeting.fingerprint}")
    if not args.yes:
        print(f"Begge har bekræftet: {SIGN_STATEMENT[meeting.language]}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from remotework_desktop.core.verify import verify_pdf

    path = Path(args.pdf)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CliError(f"kan ikke læse {path}: {exc.strerror or exc}", EXIT_USAGE) from exc
    with _open_store(args, read_only=True) as store:
        result = verify_pdf(data, store)
    stream = sys.stdout if result.code == 0 else sys.stderr
    print(result.message, file=stream)
    # The message already names the first difference; list the rest below it.
    for diff in result.differences[1:]:
        print(f"  {diff}", file=stream)
    return result.code


def _no_screen() -> bool:
    """On Linux and BSD, no X11 or Wayland display and no Qt platform chosen: Qt would abort."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return False
    return not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    )


def cmd_gui(args: argparse.Namespace) -> int:
    if _no_screen():
        raise CliError(
            "der er ingen skærm at vise vinduet på (hverken DISPLAY eller WAYLAND_DISPLAY er "
            "sat); de øvrige kommandoer virker uden skærm, se --help"
        )
    try:
        from remotework_desktop.gui.app import run_gui
    except ImportError as exc:  # e.g. Qt's system libraries are missing
        raise CliError(f"vinduet kan ikke starte: {exc}") from exc
    return run_gui(args.data_dir, demo=args.demo, lang=args.lang)


# -- archive (issue 16): the organisation's PostgreSQL archive of signed plans ----------------
def _archive_setup(args: argparse.Namespace) -> Path:
    """The data folder; the archive's messages follow --lang, else the program's language."""
    from remotework_desktop.core import messages, paths
    from remotework_desktop.core.settings import load_settings

    folder = paths.data_dir(args.data_dir)
    messages.set_language(args.lang or load_settings(folder).language)
    return folder


def _archive_url(args: argparse.Namespace, folder: Path) -> str:
    from remotework_desktop.core.archive.config import archive_url
    from remotework_desktop.core.messages import say

    url = getattr(args, "url", None) or archive_url(folder)
    if not url:
        raise CliError(
            say(
                "Intet arkiv er sat op: brug 'archive configure --url postgresql://…'.",
                "No archive is set up: use 'archive configure --url postgresql://…'.",
            )
        )
    return url


def _archive_call(job: Callable[[], int]) -> int:
    """Run an archive job; a failure is one line on stderr in the chosen language, exit 1."""
    from remotework_desktop.core.archive.client import ArchiveError
    from remotework_desktop.core.archive.config import ArchiveConfigError
    from remotework_desktop.core.messages import say
    from remotework_desktop.core.store import StoreError

    try:
        return job()
    except (ArchiveError, ArchiveConfigError, CliError, StoreError) as exc:
        print(f"{say('fejl', 'error')}: {exc}", file=sys.stderr)
        return EXIT_FAIL


def cmd_archive_configure(args: argparse.Namespace) -> int:
    from remotework_desktop.core.archive.config import set_archive_url
    from remotework_desktop.core.messages import say

    folder = _archive_setup(args)

    def job() -> int:
        set_archive_url(folder, None if args.off else args.url)
        if args.off:
            print(say("Arkivet er slået fra.", "The archive is turned off."))
        else:
            print(say(f"Arkiv sat op: {args.url}", f"Archive set up: {args.url}"))
        return EXIT_OK

    return _archive_call(job)


def cmd_archive_status(args: argparse.Namespace) -> int:
    from remotework_desktop.core.archive import client
    from remotework_desktop.core.archive.outbox import Outbox
    from remotework_desktop.core.messages import say

    folder = _archive_setup(args)
    waiting = len(Outbox(folder))
    line = say(
        f"{waiting} aftaler venter på arkivet.", f"{waiting} agreements waiting for the archive."
    )

    def job() -> int:
        url = _archive_url(args, folder)
        try:
            with client.connect(url) as conn:
                version = client.schema_version(conn)
        except client.ArchiveError as exc:
            raise client.ArchiveError(f"{exc} {line}") from exc
        print(
            say(
                f"Arkivet kan nås (skema {version}). ",
                f"The archive is reachable (schema {version}). ",
            )
            + line
        )
        return EXIT_OK

    return _archive_call(job)


def cmd_archive_migrate(args: argparse.Namespace) -> int:
    from remotework_desktop.core.archive import client
    from remotework_desktop.core.messages import say

    folder = _archive_setup(args)

    def job() -> int:
        url = _archive_url(args, folder)
        with client.connect(url) as conn:
            applied = client.migrate(conn)
            version = client.schema_version(conn)
        done = ", ".join(applied) or say("ingen nye", "none new")
        print(say(f"Skema {version} (anvendt: {done}).", f"Schema {version} (applied: {done})."))
        return EXIT_OK

    return _archive_call(job)


def cmd_archive_push(args: argparse.Namespace) -> int:
    from remotework_desktop.core.archive import client
    from remotework_desktop.core.archive.outbox import Outbox
    from remotework_desktop.core.archive.payload import build_plan
    from remotework_desktop.core.messages import say

    folder = _archive_setup(args)

    def job() -> int:
        url = _archive_url(args, folder)
        with _open_store(args) as store, client.connect(url) as conn:
            result = client.push(conn, Outbox(folder), lambda mid: build_plan(store, mid))
        for meeting_id, reason in result.held.items():
            print(f"{meeting_id}: {reason}")
        print(
            say(
                f"Sendt: {result.stored}, fandtes allerede: {result.already}, "
                f"venter: {result.waiting}.",
                f"Sent: {result.stored}, already there: {result.already}, "
                f"waiting: {result.waiting}.",
            )
        )
        return EXIT_OK

    return _archive_call(job)


def cmd_archive_list(args: argparse.Namespace) -> int:
    from remotework_desktop.core.archive import client
    from remotework_desktop.core.messages import say

    folder = _archive_setup(args)

    def job() -> int:
        url = _archive_url(args, folder)
        with client.connect(url) as conn:
            rows = client.list_plans(conn, args.due_days)
        if args.json:
            print(json_safe(client.as_json(rows)))
        elif not rows:
            _line(say("Ingen aftaler i arkivet.", "No agreements in the archive."))
        for r in [] if args.json else rows:
            follow = r["follow_up_date"] or "-"
            # Names come from other laptops: no control character reaches the terminal.
            _line(
                f"{r['fingerprint']}  {r['meeting_date']}  v{r['version']}  "
                f"{r['employee_name']} / {r['manager_name']} – {r['company']}  "
                + say(f"opfølgning {follow}", f"follow-up {follow}")
            )
        return EXIT_OK

    return _archive_call(job)


def cmd_archive_get(args: argparse.Namespace) -> int:
    from remotework_desktop.core.archive import client
    from remotework_desktop.core.atomic import atomic_write_bytes
    from remotework_desktop.core.messages import say

    folder = _archive_setup(args)

    def job() -> int:
        url = _archive_url(args, folder)
        with client.connect(url) as conn:
            pdf = client.get_pdf(conn, args.fingerprint)
        if pdf is None:
            raise CliError(
                say(
                    f"Arkivet har ingen (entydig) aftale med fingeraftrykket {args.fingerprint}.",
                    f"The archive has no (unique) agreement with fingerprint {args.fingerprint}.",
                )
            )
        atomic_write_bytes(Path(args.output), pdf)
        print(say(f"PDF gemt: {args.output}", f"PDF saved: {args.output}"))
        return EXIT_OK

    return _archive_call(job)


def _add_archive_parser(add: Callable[..., Any], common: argparse.ArgumentParser) -> None:
    p = add("archive", cmd_archive_status, "organisationens arkiv af underskrevne aftaler")
    sub = p.add_subparsers(dest="archive_command", metavar="ARCHIVE_COMMAND")

    def add_sub(name: str, func: Callable[[argparse.Namespace], int], help_: str) -> Any:
        q = sub.add_parser(name, help=help_, description=help_, parents=[common])
        q.set_defaults(func=func)
        return q

    q = add_sub("configure", cmd_archive_configure, "sæt arkivets adresse (uden adgangskode)")
    how = q.add_mutually_exclusive_group(required=True)
    how.add_argument("--url", metavar="URL", help="postgresql://bruger@vært:port/database")
    how.add_argument("--off", action="store_true", help="glem arkivet")
    add_sub("status", cmd_archive_status, "kan arkivet nås, og hvor mange aftaler venter")
    q = add_sub("migrate", cmd_archive_migrate, "opret/opdater arkivets tabeller (administrator)")
    q.add_argument("--url", metavar="URL", help="en administrators adresse (ellers den satte)")
    add_sub("push", cmd_archive_push, "send de underskrevne aftaler, der venter, til arkivet")
    q = add_sub("list", cmd_archive_list, "vis aftalerne i arkivet (fra alle computere)")
    q.add_argument("--due-days", type=int, metavar="N", help="kun opfølgninger inden N dage")
    q.add_argument("--json", action="store_true", help="maskinlæsbart JSON")
    q = add_sub("get", cmd_archive_get, "hent en aftales PDF fra arkivet, byte for byte")
    q.add_argument("fingerprint", metavar="FINGERPRINT")
    q.add_argument("-o", "--output", required=True, metavar="FILE.pdf")


# -- parser -----------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="remotework-desktop",
        description=(
            "Hjemmearbejde: leder og medarbejder udfylder tjeklisterne sammen, aftaler "
            "handlinger, underskriver og udskriver planen. Uden kommando starter vinduet."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="datamappe (ellers $REMOTEWORK_DATA_DIR eller brugerens standardmappe)",
    )
    parser.add_argument("--demo", action="store_true", help="start på en midlertidig demomappe")
    parser.add_argument("--lang", choices=["da", "en"], help="sprog (da eller en)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # --data-dir is accepted after the command too ("list --data-dir X").
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="datamappe")

    def add(name: str, func: Callable[[argparse.Namespace], int], help_: str) -> Any:
        p = sub.add_parser(name, help=help_, description=help_, parents=[common])
        p.set_defaults(func=func)
        return p

    p = add("gui", cmd_gui, "start vinduet (standard)")
    p.add_argument("--demo", action="store_true", default=argparse.SUPPRESS, help="demomappe")
    p = add("list", cmd_list, "vis de gemte møder, én linje hver")
    p.add_argument("--json", action="store_true", help="maskinlæsbart JSON")
    p = add("show", cmd_show, "vis ét møde")
    p.add_argument("id", help="mødets id (eller en entydig begyndelse)")
    p.add_argument("--json", action="store_true", help="hele mødet som JSON")
    add("create-example", cmd_create_example, "tilføj et udfyldt eksempelmøde og skriv dets id")
    p = add("validate", cmd_validate, "kontroller tjeklistefilerne (de medfølgende eller de givne)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="filer eller mapper")
    p = add("backup", cmd_backup, "gem en sikkerhedskopi af alle data i én fil")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p = add("restore", cmd_restore, "gendan data fra en sikkerhedskopi")
    p.add_argument("archive", metavar="FILE")
    p.add_argument(
        "--replace",
        action="store_true",
        help="gendan også når sikkerhedskopien har færre møder end datamappen nu",
    )
    p = add("delete", cmd_delete, "slet et møde helt")
    p.add_argument("id")
    p = add("export-pdf", cmd_export_pdf, "gem mødets plan som PDF")
    p.add_argument("id")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--include-private", action="store_true", help="medtag fortrolige noter")
    p.add_argument("--lang", choices=["da", "en"], help="PDF'ens sprog")
    p = add("sign", cmd_sign, "underskriv med indtastede navne (til scripts)")
    p.add_argument("id")
    p.add_argument("--manager", required=True, metavar="NAME")
    p.add_argument("--employee", required=True, metavar="NAME")
    p.add_argument(
        "--yes", action="store_true", help="skriv ikke erklæringen, der underskrives på, ud"
    )
    p = add("verify", cmd_verify, "kontroller at en PDF svarer til sig selv og de gemte data")
    p.add_argument("pdf", metavar="FILE.pdf")
    _add_archive_parser(add, common)
    return parser


def _model_errors() -> tuple[type[Exception], ...]:
    """The meeting and checklist models' own errors, from those of the two already imported.

    A module never imported cannot have raised its error, and importing them up front would
    load pydantic for every command, the window's start-up included.
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


def _choose_language(args: argparse.Namespace) -> None:
    """Messages in --lang if given, else in the language the program is set to."""
    import logging

    from remotework_desktop.core import messages, paths, settings

    lang = getattr(args, "lang", None)
    folder = paths.data_dir(args.data_dir)
    if lang is None and folder.is_dir():  # not a folder: the store says so in a moment
        # A damaged settings file means Danish here; the window reports it, not every command.
        logging.getLogger(settings.__name__).disabled = True
        try:
            lang = settings.load_settings(folder).language
        finally:
            logging.getLogger(settings.__name__).disabled = False
    messages.set_language(lang or "da")


def _error_word() -> str:
    return say("fejl", "error")


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", cmd_gui)
    from remotework_desktop.core.store import StoreError

    if func is not cmd_gui:  # the window chooses its language itself
        _choose_language(args)
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
        print("afbrudt", file=sys.stderr)
        return 130


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `remotework-desktop` and `python main.py`."""
    try:
        return _run(argv)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except Exception as exc:  # last resort: one line, never a traceback
        if os.environ.get("REMOTEWORK_DEBUG"):
            raise
        print(f"fejl: uventet fejl: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAIL


def gui_main() -> int:
    """Entry point of the GUI launcher (no console window on Windows)."""
    return main()
