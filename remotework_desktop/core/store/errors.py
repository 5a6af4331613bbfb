"""The store's exceptions and the plain sentence for a failed file operation."""

from __future__ import annotations

from remotework_desktop.core.atomic import failure_kind
from remotework_desktop.core.text import t


class StoreError(Exception):
    """Something went wrong with the stored data; the message is plain Danish for the user."""


class StoreLocked(StoreError):
    """Another running copy of the program has the data folder open for writing."""


class StoreReadOnly(StoreError):
    """The store was opened read-only, so it cannot save or delete."""


class NotFound(StoreError):
    """No meeting with that id (or id prefix) is stored."""


class DamagedFile(Exception):
    """A stored file cannot be used; ``reason`` says why in plain Danish."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def plain_os_error(exc: OSError, doing: str = "gemme") -> str:
    """A plain sentence for a failed file operation, for the user (Danish or English).

    ``doing`` is the Danish verb (gemme, læse, slette, åbne, gendanne, sikkerhedskopiere).
    """
    doing = t(f"store.doing.{doing}")
    kind = failure_kind(exc)
    if kind == "full":
        return t("store.os_full", doing=doing)
    if kind == "denied":
        where = f" ({exc.filename})" if exc.filename else ""
        return t("store.os_denied", where=where, doing=doing)
    reason = exc.strerror or str(exc)
    return t("store.os_other", doing=doing, reason=reason)
