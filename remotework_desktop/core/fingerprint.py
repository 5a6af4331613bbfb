"""The fingerprint: canonical JSON and its SHA-256 digest.

A checklist's identity, a signed meeting's seal and a PDF's embedded data all use it, so the
same data always gives the same fingerprint. Standard library only: the store and verify
use it without loading the models or ReportLab.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical_json(data: Any) -> bytes:
    """Canonical serialisation: sorted keys, no spaces, UTF-8.

    surrogatepass: a lone surrogate stored before the text rules still gets a fingerprint
    (valid text gives the same bytes as plain UTF-8).
    """
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8", "surrogatepass"
    )


def canonical_digest(data: Any) -> str:
    """SHA-256 (hex) of the canonical JSON of ``data``."""
    return hashlib.sha256(canonical_json(data)).hexdigest()
