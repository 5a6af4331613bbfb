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
    from remotework_desktop.core.pdf.export import export_pdf

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
    print(f"Underskrevet: {meeting.id}  fingeraftryk {meeting.fingerprint}")
    if not args.yes:
        print(f"Begge har bekræftet: {SIGN_STATEMENT[meeting.language]}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from remotework_desktop.core.pdf.verify import verify_pdf

    path = Path(args.pdf)
    try:
        data = path.read_bytes()
        cert = Path(args.cert).read_bytes() if args.cert else None
    except OSError as exc:
        where = exc.filename or path
        raise CliError(
            say(f"kan ikke læse {where}: {exc.strerror or exc}", f"cannot read {where}: {exc}"),
            EXIT_USAGE,
        ) from exc
    with _open_store(args, read_only=True) as store:
        try:
            result = verify_pdf(data, store, cert=cert)
        except ValueError as exc:
            raise CliError(
                say(
                    f"{args.cert} er ikke et certifikat (PEM eller DER)",
                    f"{args.cert} is not a certificate (PEM or DER)",
                ),
                EXIT_USAGE,
            ) from exc
    stream = sys.stdout if result.code == 0 else sys.stderr
    print(result.message, file=stream)
    for line in result.report:  # one line each: seal, unchanged, data, record, state
        _line(f"  {line}", file=stream)
    # The message already names the first difference; list the rest below the report.
    for diff in result.differences[1:]:
        _line(f"  {diff}", file=stream)
    return result.code


def cmd_seal_key(args: argparse.Namespace) -> int:
    import getpass

    from remotework_desktop.core import paths, seal_key

    folder = paths.data_dir(args.data_dir)
    if args.action == "export-cert":
        key = seal_key.load(folder)
        if key is None:
            raise CliError(
                say(
                    "der er intet segl på denne computer endnu; det laves ved første "
                    "udskrift af en underskrevet plan",
                    "this computer has no seal yet; it is made when a signed plan is "
                    "first exported",
                )
            )
        from remotework_desktop.core.atomic import atomic_write_bytes

        atomic_write_bytes(Path(args.file), key.cert_pem, mode=0o644)
        subject, fingerprint = seal_key.describe(key.cert_der)
        _line(say(f"Certifikat gemt: {args.file}", f"Certificate saved: {args.file}"))
        _line(f"  {subject}  SHA-256 {fingerprint}")
        return EXIT_OK
    try:
        p12 = Path(args.file).read_bytes()
        if args.passphrase_file:
            lines = Path(args.passphrase_file).read_bytes().splitlines()
            passphrase = lines[0] if lines else b""
        else:
            prompt = say("Adgangskode til .p12-filen: ", "Passphrase of the .p12 file: ")
            passphrase = getpass.getpass(prompt).encode("utf-8")
    except OSError as exc:
        raise CliError(f"{exc.filename}: {exc.strerror or exc}", EXIT_USAGE) from exc
    try:
        key = seal_key.import_p12(folder, p12, passphrase)
    except seal_key.SealKeyError as exc:
        raise CliError(str(exc)) from exc
    subject, fingerprint = seal_key.describe(key.cert_der)
    _line(say(f"Segl-nøgle importeret: {subject}", f"Seal key imported: {subject}"))
    _line(f"  SHA-256 {fingerprint}")
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
    p = add("verify", cmd_verify, "kontroller at en PDF svarer til sig selv og de gemte data")
    p.add_argument("pdf", metavar="FILE.pdf")
    p.add_argument("--cert", metavar="FILE.pem", help="seglet skal være lavet med dette certifikat")
    p = add("seal-key", cmd_seal_key, "organisationens segl: importer en .p12, gem certifikatet")
    p.add_argument("action", choices=["import", "export-cert"])
    p.add_argument("file", metavar="FILE", help=".p12 at importere / .pem at gemme")
    p.add_argument(
        "--passphrase-file", metavar="FILE", help="adgangskoden (første linje), til scripts"
    )
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
