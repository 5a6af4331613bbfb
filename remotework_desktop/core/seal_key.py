"""The organisation's seal key on this laptop: made on first use, or imported from IT's .p12.

Kept in ``<data folder>/seal/``: the folder 0700, ``key.pem`` (the RSA private key, PKCS#8
PEM, not encrypted) and ``cert.pem`` (its certificate) 0600. The key is not encrypted at
rest on purpose: a passphrase would have to be typed at every export or stored beside the
key, which protects nothing; the folder is the user's alone, like the meetings it seals.
An imported .p12's passphrase is used once to open it and never stored.

RSA with PKCS#1 v1.5 signatures only: they are deterministic, so the same plan sealed with
the same key gives the same bytes (ECDSA draws a random number per signature).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from remotework_desktop.core.atomic import atomic_write_bytes
from remotework_desktop.core.text import t
from remotework_desktop.core.text_rules import printable

FOLDER = "seal"
KEY_FILE = "key.pem"
CERT_FILE = "cert.pem"
KEY_BITS = 3072
# A self-made certificate is valid from 2000 so plans signed before the key existed can be
# sealed with their own signing time, and for 100 years: it is checked against HR's copy
# (export-cert), not against a date.
VALID_FROM = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
VALID_YEARS = 100


class SealKeyError(Exception):
    """A seal key that cannot be made, read or imported; the message says why."""


@dataclass(frozen=True)
class SealKey:
    """The private key and certificate, as ``cryptography`` objects and as PEM."""

    key_pem: bytes
    cert_pem: bytes

    @property
    def cert_der(self) -> bytes:
        from cryptography import x509
        from cryptography.hazmat.primitives.serialization import Encoding

        return x509.load_pem_x509_certificate(self.cert_pem).public_bytes(Encoding.DER)


def seal_dir(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def cert_fingerprint(cert_der: bytes) -> str:
    """The certificate's SHA-256 fingerprint, hex, as HR compares it."""
    return hashlib.sha256(cert_der).hexdigest()


def _private_dir(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name != "nt":
        folder.chmod(0o700)


def load(data_dir: Path) -> SealKey | None:
    """This laptop's seal key, or None when there is none yet."""
    folder = seal_dir(data_dir)
    try:
        return SealKey((folder / KEY_FILE).read_bytes(), (folder / CERT_FILE).read_bytes())
    except FileNotFoundError:
        return None


def _save(data_dir: Path, key_pem: bytes, cert_pem: bytes) -> SealKey:
    folder = seal_dir(data_dir)
    _private_dir(folder)
    atomic_write_bytes(folder / KEY_FILE, key_pem)  # 0600
    atomic_write_bytes(folder / CERT_FILE, cert_pem)
    return SealKey(key_pem, cert_pem)


def _key_pem(key: object) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def create(data_dir: Path, company: str) -> SealKey:
    """Make a new RSA key and a self-signed certificate named after ``company``."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    # X.509 names refuse U+FFFD, which printable() puts for a character that cannot show.
    company = printable(company, multiline=False).replace("\ufffd", "?").strip()[:56]
    company = company or "remotework-desktop"
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"{company} (segl)"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, company),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(VALID_FROM)
        .not_valid_after(VALID_FROM.replace(year=VALID_FROM.year + VALID_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return _save(data_dir, _key_pem(key), cert.public_bytes(serialization.Encoding.PEM))


def load_or_create(data_dir: Path, company: str) -> SealKey:
    """This laptop's key; on first use a new one named after ``company``."""
    return load(data_dir) or create(data_dir, company)


def import_p12(data_dir: Path, p12: bytes, passphrase: bytes | None) -> SealKey:
    """Replace this laptop's key with the one in IT's .p12 (RSA only); return it.

    The passphrase opens the file and is then forgotten: the key is written unencrypted to
    the 0600 key file, like a key made here.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        key, cert, _extra = pkcs12.load_key_and_certificates(p12, passphrase or None)
    except (ValueError, TypeError) as exc:
        raise SealKeyError(t("seal_key.cannot_open_p12")) from exc
    if key is None or cert is None:
        raise SealKeyError(t("seal_key.key_and_certificate"))
    if not isinstance(key, rsa.RSAPrivateKey):
        raise SealKeyError(t("seal_key.rsa_only"))
    return _save(data_dir, _key_pem(key), cert.public_bytes(serialization.Encoding.PEM))


def describe(cert_der: bytes) -> tuple[str, str]:
    """The certificate's subject (RFC 4514) and SHA-256 fingerprint."""
    from cryptography import x509

    cert = x509.load_der_x509_certificate(cert_der)
    return cert.subject.rfc4514_string(), cert_fingerprint(cert_der)
