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


def _open_for_export(args: argparse.Namespace) -> Any:
    """The store as writer, or read-only while another window of the program writes it."""
    from remotework_desktop.core.store import StoreLocked

    try:
        return _open_store(args)
    except StoreLocked:
        return _open_store(args, read_only=True)


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from remotework_desktop.core.export import export_pdf

    with _open_for_export(args) as store:
        meeting_id = store.resolve_id(args.id)
        export_pdf(
            store,
            meeting_id,
            Path(args.output),
            lang=args.lang or store.get(meeting_id).language,
            include_private=args.include_private,
        )
        queued = store.read_only
    print(say(f"PDF gemt: {args.output}", f"PDF saved: {args.output}"))
    if queued:
        print(
            say(
                "Programmets vindue har dataene åbne: PDF'en er noteret i en kø, som vinduet "
                "tager med i listen over PDF'er, næste gang det åbner dataene. verify kender "
                "den allerede.",
                "The program's window has the data open: the PDF is noted in a queue the "
                "window takes into its list of PDFs the next time it opens the data. verify "
                "knows it already.",
            )
        )
    return EXIT_OK


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
    print(say(f"Kalenderfil gemt: {args.output}", f"Calendar file saved: {args.output}"))
    return EXIT_OK


def cmd_due(args: argparse.Namespace) -> int:
    from remotework_desktop.core.followups import due_list, due_text

    if args.days < 0:
        raise CliError(say("--days skal være 0 eller mere.", "--days must be 0 or more."))
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
        print(
            say(
                f"Ingen opfølgninger inden for {args.days} dage.",
                f"No follow-ups within {args.days} days.",
            )
        )
        return EXIT_OK
    from remotework_desktop.core.messages import language

    for r in rows:
        when = due_text(r["due"], r["follow_up_date"], language())
        _line(f"{r['id']}  {r['follow_up_date']}  {when}  {r['employee_name']} – {r['company']}")
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


def cmd_new(args: argparse.Namespace) -> int:
    from remotework_desktop.core import messages
    from remotework_desktop.core.checklists import load_checklists
    from remotework_desktop.core.meetings import MeetingError, new_meeting

    result = load_checklists()
    available = result.ordered()
    if args.checklists:
        wanted = [c.strip() for c in args.checklists.split(",") if c.strip()]
        unknown = [c for c in wanted if c not in result.definitions]
        if unknown:
            known = ", ".join(d.id for d in available)
            raise CliError(
                say(
                    f"--checklists: ukendt tjekliste '{unknown[0]}' (findes: {known})",
                    f"--checklists: unknown checklist '{unknown[0]}' (there are: {known})",
                )
            )
        chosen = [result.definitions[c] for c in wanted]
    else:
        chosen = available
    try:
        meeting = new_meeting(
            company=args.company,
            manager_name=args.manager,
            manager_title=args.manager_title or "",
            employee_name=args.employee,
            meeting_date=args.date,
            checklists=chosen,
            language=args.lang or messages.language(),
        )
    except MeetingError as exc:
        raise _field_error(exc) from exc
    with _open_store(args) as store:
        store.save(meeting)
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


def cmd_sign(args: argparse.Namespace) -> int:
    from remotework_desktop.core.meetings import SIGN_STATEMENT

    with _open_store(args) as store:
        meeting = _get(store, args.id)
        if not meeting.is_signed and not args.allow_incomplete:
            undiscussed, refused = meeting.signing_gaps()
            if undiscussed or refused:
                raise CliError(
                    say(
                        f"planen har {len(undiscussed)} punkter, der ikke er drøftet, og "
                        f"{len(refused)} svar, der ikke er gyldige; underskriv alligevel med "
                        "--allow-incomplete",
                        f"the plan has {len(undiscussed)} items not discussed and "
                        f"{len(refused)} answers that are not valid; sign anyway with "
                        "--allow-incomplete",
                    )
                )
        meeting.sign("manager", args.manager, method="typed", confirmed=True)
        meeting.sign("employee", args.employee, method="typed", confirmed=True)
        store.save(meeting)
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
    p.add_argument(
        "--allow-incomplete",
        action="store_true",
        help="underskriv også når punkter ikke er drøftet eller svar ikke er gyldige",
    )
    p = add("new", cmd_new, "opret et nyt møde og skriv dets id")
    p.add_argument("--company", required=True, metavar="C", help="virksomhedens navn")
    p.add_argument("--manager", required=True, metavar="NAME", help="lederens navn")
    p.add_argument("--manager-title", metavar="T", help="lederens titel")
    p.add_argument("--employee", required=True, metavar="NAME", help="medarbejderens navn")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="mødets dato")
    p.add_argument(
        "--checklists", metavar="ID,ID", help="tjeklisternes id, adskilt af komma (standard: alle)"
    )
    p.add_argument(
        "--lang",
        choices=["da", "en"],
        default=argparse.SUPPRESS,
        help="aftalens og beskedernes sprog (standard: programmets sprog)",
    )
    p = add("follow-up", cmd_follow_up, "start en opfølgning af en underskrevet aftale, skriv id")
    p.add_argument("id")
    p.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="opfølgningens dato (standard: den aftalte opfølgningsdato, ellers i dag)",
    )
    p = add("due", cmd_due, "vis aftaler, hvis opfølgning er overskredet eller snart skal ske")
    p.add_argument(
        "--days", type=int, default=14, metavar="N", help="inden for N dage (standard 14)"
    )
    p.add_argument("--json", action="store_true", help="maskinlæsbart JSON")
    p = add("calendar", cmd_calendar, "gem opfølgningsdatoen som kalenderfil (.ics)")
    p.add_argument("id")
    p.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    p.add_argument("--actions", action="store_true", help="tag handlingernes frister med")
    p = add("verify", cmd_verify, "kontroller at en PDF svarer til sig selv og de gemte data")
    p.add_argument("pdf", metavar="FILE.pdf")
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
