"""The digital seal (issue 14): a PAdES signature over each signed plan, checked by anyone.

Real key files in temp data folders, the real PDF, poppler's pdfsig and pyHanko's validator,
the CLI as a subprocess.
"""

from __future__ import annotations

import shutil
import stat
import subprocess
from functools import partial
from pathlib import Path

import pytest

from remotework_desktop.core import seal_key
from remotework_desktop.core.pdf.export import export_pdf, sealing_time
from remotework_desktop.core.pdf.render import render_pdf
from remotework_desktop.core.pdf.seal import read_seal, seal_pdf
from remotework_desktop.core.pdf.verify import DIFFERS, MATCHES, NOT_OURS, verify_pdf
from remotework_desktop.core.store import Store
from tests.cli_helper import run_cli

try:
    from test_report import build_meeting
except ImportError:  # pragma: no cover - run from the repository root
    from tests.test_report import build_meeting

PDFSIG = shutil.which("pdfsig")
run = partial(run_cli, code=None)  # each test checks the exit code itself


@pytest.fixture(scope="module")
def sealed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, bytes]:
    """(data folder, the exported PDF, its bytes) for one signed plan."""
    root = tmp_path_factory.mktemp("sealed")
    data = root / "data"
    with Store.open(data) as store:
        meeting = build_meeting(signed=True)
        store.save(meeting)
        target = root / "plan.pdf"
        export_pdf(store, meeting.id, target, lang="da")
    return data, target, target.read_bytes()


def flipped(data: bytes, offset: int) -> bytes:
    out = bytearray(data)
    out[offset] ^= 0x01
    return bytes(out)


def test_the_key_is_made_on_first_use_owner_only(sealed) -> None:
    data, _pdf, _bytes = sealed
    folder = data / "seal"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for name in ("key.pem", "cert.pem"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
    key = seal_key.load(data)
    assert key is not None and b"ENCRYPTED" not in key.key_pem
    subject, _fp = seal_key.describe(key.cert_der)
    assert "Æblegården ApS" in subject  # named after the company


def test_a_draft_is_not_sealed_and_no_key_is_made(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        meeting = build_meeting(signed=False)
        store.save(meeting)
        export_pdf(store, meeting.id, tmp_path / "d.pdf")
    assert not read_seal((tmp_path / "d.pdf").read_bytes()).present
    assert not (tmp_path / "data" / "seal").exists()


@pytest.mark.skipif(PDFSIG is None, reason="poppler-utils (pdfsig) not installed")
def test_pdfsig_reads_the_seal_valid_and_a_flipped_byte_invalid(sealed, tmp_path) -> None:
    _data, pdf, data = sealed
    out = subprocess.run([PDFSIG, str(pdf)], capture_output=True, text=True, check=False)
    assert "Signature is Valid" in out.stdout, out.stdout + out.stderr
    assert "Total document signed" in out.stdout
    assert "ETSI.CAdES.detached" in out.stdout  # PAdES
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(flipped(data, len(data) // 3))
    out = subprocess.run([PDFSIG, str(bad)], capture_output=True, text=True, check=False)
    assert "Signature is Valid" not in out.stdout, out.stdout


def test_pyhanko_validator_agrees(sealed) -> None:
    _data, _pdf, data = sealed
    good = read_seal(data)
    assert (good.present, good.intact, good.whole) == (True, True, True)
    assert not read_seal(flipped(data, len(data) // 3)).intact
    appended = read_seal(data + b"\n% one more line\n")
    assert appended.intact and not appended.whole  # a change after the signed range


def test_same_plan_same_key_same_bytes(sealed, tmp_path) -> None:
    data_dir, _pdf, data = sealed
    with Store.open(data_dir) as store:
        meeting_id = store.list()[0].id
        again = tmp_path / "again.pdf"
        export_pdf(store, meeting_id, again, lang="da")
    assert again.read_bytes() == data


def test_the_seal_time_is_the_last_signing_time(sealed) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    _data, pdf, _bytes = sealed
    with pdf.open("rb") as handle:
        sig = PdfFileReader(handle).embedded_signatures[0]
        when = sig.self_reported_timestamp
    assert when == sealing_time(build_meeting(signed=True))


def test_the_untouched_plan_verifies_with_every_line(sealed) -> None:
    data_dir, pdf, _bytes = sealed
    result = run(data_dir, "--lang", "en", "verify", str(pdf))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("matches")
    assert lines[1].startswith("  Seal: valid, by the certificate")
    assert "this computer's own" in lines[1] and "SHA-256 " in lines[1]
    assert lines[2] == "  Unchanged since sealing: yes."
    assert lines[3].startswith("  Data and fingerprint: match the fingerprint printed on every")
    assert lines[4] == "  Stored record: matches the meeting in this data."
    assert lines[5] == "  State: signed by both."


def test_elsewhere_the_genuine_plan_verifies_against_hrs_certificate(sealed, tmp_path) -> None:
    data_dir, pdf, _bytes = sealed
    cert = tmp_path / "hr.pem"
    exported = run(data_dir, "seal-key", "export-cert", str(cert))
    assert exported.returncode == 0, exported.stderr
    fresh = tmp_path / "fresh"
    ok = run(fresh, "verify", str(pdf), "--cert", str(cert))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "det er det givne certifikat" in ok.stdout
    assert "ukendt møde" in ok.stdout  # said, but the seal is what counts here
    # Without the certificate: the seal holds, but this computer cannot say whose it is.
    unknown = run(fresh, "verify", str(pdf))
    assert unknown.returncode == 1
    assert "IKKE denne computers" in unknown.stderr


def _forge(tmp_path: Path) -> tuple[bytes, bytes]:
    """A forger's copies: the company changed, rendered again (so the data, its fingerprint
    and the fingerprint on every page all agree); once unsealed, once sealed with a key of
    their own named after the same company."""
    meeting = build_meeting(signed=True)
    object.__setattr__(meeting, "company", "Æblegården ApS (forfalsket)")
    forged = render_pdf(meeting)
    key = seal_key.create(tmp_path / "forger", "Æblegården ApS")
    return forged, seal_pdf(forged, key, sealing_time(meeting), "forged")


def test_a_forgery_fails_verify_in_a_fresh_data_folder(sealed, tmp_path) -> None:
    data_dir, _pdf, _bytes = sealed
    unsealed, resealed = _forge(tmp_path)
    cert = tmp_path / "hr.pem"
    assert run(data_dir, "seal-key", "export-cert", str(cert)).returncode == 0
    for name, forged in (("unsealed", unsealed), ("resealed", resealed)):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(forged)
        fresh = tmp_path / f"fresh-{name}"
        plain = run(fresh, "verify", str(path))
        checked = run(fresh, "verify", str(path), "--cert", str(cert))
        assert plain.returncode != 0 and checked.returncode != 0, name
        assert "matches" not in plain.stdout + checked.stdout
    # No seal and in no registry: not ours. A seal by another key: not the given cert.
    assert run(tmp_path / "f1", "verify", str(tmp_path / "unsealed.pdf")).returncode == NOT_OURS
    resealed_check = run(
        tmp_path / "f2", "verify", str(tmp_path / "resealed.pdf"), "--cert", str(cert)
    )
    assert resealed_check.returncode == DIFFERS
    assert "IKKE det givne certifikat" in resealed_check.stderr


def test_a_byte_changed_in_the_seals_padding_is_caught(sealed) -> None:
    """Validators stop at the end of the signature; verify checks the zeros after it."""
    data_dir, _pdf, data = sealed
    end = data.rindex(b"00000000>")  # the zero padding at the end of /Contents
    damaged = bytearray(data)
    damaged[end] = ord("1")
    with Store.open(data_dir, read_only=True) as store:
        assert verify_pdf(data, store).code == MATCHES
        assert verify_pdf(bytes(damaged), store).code == DIFFERS


def test_seal_key_import_p12_with_a_passphrase_file(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.serialization import (
        BestAvailableEncryption,
        load_pem_private_key,
        pkcs12,
    )
    from cryptography.x509 import load_pem_x509_certificate

    made = seal_key.create(tmp_path / "it", "IT-afdelingen A/S")
    key = load_pem_private_key(made.key_pem, None)
    cert = load_pem_x509_certificate(made.cert_pem)
    p12 = tmp_path / "org.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"org",
            key,
            cert,
            None,
            BestAvailableEncryption(b"hemmelig"),  # type: ignore[arg-type]
        )
    )
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("forkert\n")
    data = tmp_path / "data"
    refused = run(data, "seal-key", "import", str(p12), "--passphrase-file", str(wrong))
    assert refused.returncode == 1 and "adgangskode" in refused.stderr
    right = tmp_path / "pass.txt"
    right.write_text("hemmelig\n")
    done = run(data, "seal-key", "import", str(p12), "--passphrase-file", str(right))
    assert done.returncode == 0, done.stderr
    stored = seal_key.load(data)
    assert stored is not None and stored.cert_pem == made.cert_pem
    assert stat.S_IMODE((data / "seal" / "key.pem").stat().st_mode) == 0o600
    # The passphrase is nowhere in the data folder, and the key is stored unencrypted.
    for path in data.rglob("*"):
        if path.is_file():
            assert b"hemmelig" not in path.read_bytes(), path
    # Typed at the prompt instead (getpass reads the terminal; without one, stdin).
    again = run(tmp_path / "data2", "seal-key", "import", str(p12), input="hemmelig\n")
    assert again.returncode == 0, again.stderr


def test_export_cert_without_a_key_says_so(tmp_path: Path) -> None:
    result = run(tmp_path / "data", "--lang", "en", "seal-key", "export-cert", "x.pem")
    assert result.returncode == 1
    assert "no seal yet" in result.stderr


def test_pages_that_print_another_fingerprint_are_caught(tmp_path: Path) -> None:
    """Even sealed with this laptop's own key: the data must be what every page prints."""
    try:
        from test_verify import embedded, reembed
    except ImportError:  # pragma: no cover
        from tests.test_verify import embedded, reembed

    stored = build_meeting(signed=True)
    shown = build_meeting(signed=True)
    object.__setattr__(shown, "company", "Et andet firma ApS")
    data_dir = tmp_path / "data"
    with Store.open(data_dir) as store:
        store.save(stored)
        key = seal_key.load_or_create(data_dir, stored.company)
        genuine = embedded(render_pdf(stored))
        pages = render_pdf(shown)  # prints the other meeting's fingerprint
        mixed = seal_pdf(reembed(pages, genuine), key, sealing_time(stored), "test")
        result = verify_pdf(mixed, store)
    assert result.code == DIFFERS
    assert result.differences == ["Fingeraftrykket på siderne passer ikke med aftalens data."], (
        result.differences
    )
