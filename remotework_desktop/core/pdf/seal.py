"""The digital seal: a PAdES signature (pyHanko) over a signed plan's final bytes.

The seal's time is the last person's signing time and the file's second ID is derived from
the unsealed bytes, so the same plan sealed with the same (RSA) key gives the same bytes.
``read_seal`` checks a file's seal with pyHanko's validator: the signature, the digest of the
signed byte range, and whether anything was added after it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
from dataclasses import dataclass
from functools import lru_cache

from remotework_desktop.core.seal_key import SealKey, SealKeyError
from remotework_desktop.core.text import t

FIELD_NAME = "Segl"


class SealKeyUnusable(SealKeyError, ValueError):
    """The key file is damaged or does not belong to the certificate: nothing is sealed.

    A ValueError too, as cryptography's error for a damaged key file was, so the callers that
    report those (the review page's render) report this one.
    """


@lru_cache(maxsize=4)
def _keys(key_pem: bytes, cert_pem: bytes) -> tuple[object, object]:
    """The private key and the certificate's public key, loaded once per process.

    cryptography's check of an RSA private key costs ~0.15 s per load (pyHanko's own loader
    would pay it a second time). It is skipped: instead every signature is checked against
    the certificate before it is used (``_check``), which also catches a key that does not
    belong to the certificate and a faulty signature, which could reveal the key.
    """
    from cryptography.hazmat.primitives.serialization import load_pem_private_key
    from cryptography.x509 import load_pem_x509_certificate

    try:
        private = load_pem_private_key(key_pem, None, unsafe_skip_rsa_key_validation=True)
        public = load_pem_x509_certificate(cert_pem).public_key()
    except (ValueError, TypeError) as exc:
        raise SealKeyUnusable(t("seal_key.unusable")) from exc
    return private, public


def _check(public: object, signature: bytes, data: bytes) -> bytes:
    """``signature`` if the certificate's public key verifies it over ``data``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    try:
        public.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())  # type: ignore[attr-defined]
    except (InvalidSignature, TypeError, AttributeError) as exc:
        raise SealKeyUnusable(t("seal_key.unusable")) from exc
    return signature


def _key_info(key_pem: bytes) -> object:
    """The key as pyHanko wants it (asn1crypto), read from the PKCS#8 PEM the key file holds
    without loading (and checking) it with cryptography a second time."""
    from asn1crypto import keys, pem

    try:
        kind, _headers, der = pem.unarmor(key_pem)
        if kind == "PRIVATE KEY":
            return keys.PrivateKeyInfo.load(der)
    except ValueError:
        pass
    from pyhanko.keys import load_private_key_from_pemder_data

    return load_private_key_from_pemder_data(key_pem, None)


def _signer(key: SealKey) -> object:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding
    from pyhanko.keys import load_certs_from_pemder_data
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    private, public = _keys(key.key_pem, key.cert_pem)

    class _Signer(signers.SimpleSigner):
        """pyHanko loads the key again for each of its two signatures (size estimate and
        the real one); this signs with the key loaded once. RSA PKCS#1 v1.5: deterministic."""

        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            if digest_algorithm != "sha256":
                return super().sign_raw(data, digest_algorithm)
            signature = private.sign(data, padding.PKCS1v15(), hashes.SHA256())  # type: ignore[attr-defined]
            return _check(public, signature, data)

    (cert,) = load_certs_from_pemder_data(key.cert_pem)
    return _Signer(
        signing_cert=cert,
        signing_key=_key_info(key.key_pem),
        cert_registry=SimpleCertificateStore.from_certs([cert]),
        prefer_pss=False,  # PKCS#1 v1.5: deterministic
    )


def seal_pdf(data: bytes, key: SealKey, signing_time: dt.datetime, reason: str) -> bytes:
    """``data`` (an unsealed PDF) with a PAdES seal appended as an incremental update."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.signers.pdf_signer import PdfSigner

    class _AtTime(PdfSigner):
        """pyHanko takes the clock's time; the seal takes the plan's signing time."""

        def init_signing_session(self, pdf_out, existing_fields_only=False):  # type: ignore[no-untyped-def]
            session = super().init_signing_session(
                pdf_out, existing_fields_only=existing_fields_only
            )
            session.system_time = signing_time
            return session

    class _Writer(IncrementalPdfFileWriter):
        """pyHanko stamps the clock's time as /ModDate; the plan's own dates are kept."""

        def _update_meta(self) -> None:
            return None

    writer = _Writer(io.BytesIO(data))
    # pyHanko gives the updated file a random second ID; derive it from the input instead.
    first_id = writer._document_id[0]
    second = hashlib.sha256(b"remotework-desktop seal\0" + data).digest()[:16]
    writer._document_id = generic.ArrayObject([first_id, generic.ByteStringObject(second)])
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
    )
    out = _AtTime(meta, signer=_signer(key)).sign_pdf(writer)
    return out.getvalue()


def _padding_is_clean(data: bytes, sig: object) -> bool:
    """The unsigned gap holds exactly the signature and zeros after it.

    The gap (/Contents) is left out of the signed digest, and validators stop reading at the
    end of the signature's DER: a byte changed in its zero padding would go unseen.
    """
    start, length, after, _ = (int(x) for x in sig.sig_object["/ByteRange"])  # type: ignore[attr-defined]
    gap = data[start + length : after]
    if len(gap) < 4 or gap[:1] != b"<" or gap[-1:] != b">":
        return False
    try:
        raw = bytes.fromhex(gap[1:-1].decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return False
    if len(raw) < 2 or raw[0] != 0x30:
        return False
    if raw[1] & 0x80:
        count = raw[1] & 0x7F
        size = 2 + count + int.from_bytes(raw[2 : 2 + count], "big")
    else:
        size = 2 + raw[1]
    return size <= len(raw) and not any(raw[size:])


@dataclass
class SealCheck:
    """What a file's seal says.

    ``present``: the file has a signature at all; ``intact``: the signature is valid over
    the bytes it covers; ``whole``: it covers the whole file (nothing added after it);
    ``cert_der``: the signing certificate; ``error``: why it could not be checked.
    """

    present: bool
    intact: bool = False
    whole: bool = False
    cert_der: bytes | None = None
    error: str = ""


def read_seal(data: bytes) -> SealCheck:
    """Check the seal of ``data`` with pyHanko (trust is decided by the caller)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    logger = logging.getLogger("pyhanko")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = reader.embedded_signatures
        if not sigs:
            # A signature dictionary the reader no longer finds is a broken seal, not none.
            return SealCheck(present=b"/ByteRange" in data, error="no readable signature")
        sig = sigs[-1]
        cert_der = sig.signer_cert.dump() if sig.signer_cert is not None else None
        # Trust: the certificate itself, so only the signature and coverage are judged here.
        trust = [sig.signer_cert] if sig.signer_cert is not None else []
        context = ValidationContext(trust_roots=trust, allow_fetching=False)
        status = validate_pdf_signature(sig, context)
        from pyhanko.sign.validation.status import SignatureCoverageLevel

        # Any byte after the signed range counts as a change, even an allowed update.
        whole = len(sigs) == 1 and status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        return SealCheck(
            present=True,
            intact=bool(status.intact and status.valid) and _padding_is_clean(data, sig),
            whole=bool(whole),
            cert_der=cert_der,
        )
    except Exception as exc:  # a damaged file or signature: the seal does not hold
        return SealCheck(present=True, error=f"{type(exc).__name__}: {exc}")
    finally:
        logger.setLevel(level)
