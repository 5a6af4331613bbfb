"""The commands about the seal: verify a PDF, and the seal key (cli.py adds them)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from remotework_desktop.cli import EXIT_FAIL, EXIT_NOT_OURS, EXIT_OK, CliError, _line, _open_store
from remotework_desktop.core.text import t


def cmd_verify(args: argparse.Namespace) -> int:
    from remotework_desktop.core.pdf.verify import verify_pdf

    path = Path(args.pdf)
    try:
        data = path.read_bytes()
        cert = Path(args.cert).read_bytes() if args.cert else None
    except OSError as exc:
        where = exc.filename or path
        error = exc.strerror or exc
        raise CliError(t("cli.cannot_read", path=where, error=error), EXIT_NOT_OURS) from exc
    with _open_store(args, read_only=True) as store:
        try:
            result = verify_pdf(data, store, cert=cert)
        except ValueError as exc:
            raise CliError(t("cli.not_a_certificate", path=args.cert), EXIT_NOT_OURS) from exc
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
            raise CliError(t("cli.no_seal_yet"))
        from remotework_desktop.core.atomic import atomic_write_bytes

        atomic_write_bytes(Path(args.file), key.cert_pem, mode=0o644)
        subject, fingerprint = seal_key.describe(key.cert_der)
        _line(t("cli.certificate_saved", path=args.file))
        _line(f"  {subject}  SHA-256 {fingerprint}")
        return EXIT_OK
    try:
        p12 = Path(args.file).read_bytes()
        if args.passphrase_file:
            lines = Path(args.passphrase_file).read_bytes().splitlines()
            passphrase = lines[0] if lines else b""
        else:
            prompt = t("cli.p12_passphrase")
            passphrase = getpass.getpass(prompt).encode("utf-8")
    except OSError as exc:
        raise CliError(f"{exc.filename}: {exc.strerror or exc}", EXIT_FAIL) from exc
    try:
        key = seal_key.import_p12(folder, p12, passphrase)
    except seal_key.SealKeyError as exc:
        raise CliError(str(exc)) from exc
    subject, fingerprint = seal_key.describe(key.cert_der)
    _line(t("cli.seal_key_imported", subject=subject))
    _line(f"  SHA-256 {fingerprint}")
    return EXIT_OK
