"""Using the seal key (issue 9, speed): loaded once per process, every signature checked.

cryptography's slow check of the RSA key is skipped when it is loaded; instead each signature
is verified with the certificate before it goes into a file. Real key files in temp data
folders, the real sealed PDF read back with pyHanko's validator, the CLI as a subprocess.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from remotework_desktop.core import seal_key, text
from remotework_desktop.core.pdf.export import export_pdf, sealing_time
from remotework_desktop.core.pdf.render import render_pdf
from remotework_desktop.core.pdf.seal import read_seal, seal_pdf
from remotework_desktop.core.seal_key import SealKeyError
from remotework_desktop.core.store import Store

try:
    from test_report import build_meeting
except ImportError:  # pragma: no cover - run from the repository root
    from tests.test_report import build_meeting


def _signed_store(folder: Path) -> str:
    with Store.open(folder) as store:
        meeting = build_meeting(signed=True)
        store.save(meeting)
        return meeting.id


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REMOTEWORK_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("REMOTEWORK_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "remotework_desktop", "--data-dir", str(data), *args],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_the_key_is_loaded_once_per_process_and_seals_stay_valid_and_equal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cryptography.hazmat.primitives import serialization

    calls: list[dict[str, object]] = []
    real = serialization.load_pem_private_key

    def counting(data, password, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(kwargs)
        return real(data, password, *args, **kwargs)

    monkeypatch.setattr(serialization, "load_pem_private_key", counting)
    key = seal_key.create(tmp_path / "data", "Æblegården ApS")  # a new key: not cached yet
    meeting = build_meeting(signed=True)
    data = render_pdf(meeting)
    first = seal_pdf(data, key, sealing_time(meeting), "Test")
    second = seal_pdf(data, key, sealing_time(meeting), "Test")
    # Two seals, each signing twice (pyHanko's size estimate and the real signature): the
    # key file is parsed once, by us, and pyHanko does not load it again.
    assert len(calls) == 1
    assert first == second
    check = read_seal(first)
    assert (check.present, check.intact, check.whole) == (True, True, True)
    assert check.cert_der == key.cert_der


def test_a_key_that_is_not_the_certificates_stops_the_export(tmp_path: Path) -> None:
    data = tmp_path / "data"
    meeting_id = _signed_store(data)
    made = seal_key.create(data, "Æblegården ApS")
    other = seal_key.create(tmp_path / "other", "Someone else")
    (data / "seal" / "key.pem").write_bytes(other.key_pem)  # cert.pem is still the first
    target = tmp_path / "plan.pdf"
    out = _cli(data, "export-pdf", meeting_id, "-o", str(target))
    assert out.returncode == 1, out.stdout + out.stderr
    assert out.stderr.strip() == f"{text.t('cli.error', 'da')}: {text.t('seal_key.unusable', 'da')}"
    assert "Traceback" not in out.stderr
    assert not target.exists()  # no PDF with a seal that does not hold
    # Put back, the same export seals and verifies.
    (data / "seal" / "key.pem").write_bytes(made.key_pem)
    out = _cli(data, "export-pdf", meeting_id, "--lang", "en", "-o", str(target))
    assert out.returncode == 0, out.stderr
    assert read_seal(target.read_bytes()).intact


def test_a_damaged_key_file_gives_the_same_clear_message(tmp_path: Path) -> None:
    data = tmp_path / "data"
    meeting_id = _signed_store(data)
    seal_key.create(data, "Æblegården ApS")
    key_file = data / "seal" / "key.pem"
    key_file.write_bytes(key_file.read_bytes()[:200] + b"\n-----END PRIVATE KEY-----\n")
    target = tmp_path / "plan.pdf"
    with Store.open(data) as store, pytest.raises(SealKeyError) as caught:
        export_pdf(store, meeting_id, target, lang="da")
    assert str(caught.value) == text.t("seal_key.unusable")
    assert isinstance(caught.value, ValueError)  # the review page reports ValueErrors
    assert not target.exists()
    out = _cli(data, "export-pdf", meeting_id, "--lang", "en", "-o", str(target))
    assert out.returncode == 1
    assert out.stderr.strip() == f"{text.t('cli.error', 'en')}: {text.t('seal_key.unusable', 'en')}"
