"""The store's exceptions and the plain sentence for a failed file operation."""

from __future__ import annotations

from remotework_desktop.core.atomic import failure_kind
from remotework_desktop.core.messages import say


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


_DOING_EN = {
    "gemme": "save",
    "læse": "read",
    "slette": "delete",
    "åbne": "open",
    "gendanne": "restore",
    "sikkerhedskopiere": "back up",
}


def plain_os_error(exc: OSError, doing: str = "gemme") -> str:
    """A plain sentence for a failed file operation, for the user (Danish or English).

    ``doing`` is the Danish verb (gemme, læse, slette, åbne, gendanne, sikkerhedskopiere).
    """
    doing_en = _DOING_EN.get(doing, "use")
    kind = failure_kind(exc)
    if kind == "full":
        return say(
            f"Disken er fuld, så programmet kunne ikke {doing} dataene. Frigør plads, og "
            "prøv igen.",
            f"The disk is full, so the program could not {doing_en} the data. Free some space "
            "and try again.",
        )
    if kind == "denied":
        where = f" ({exc.filename})" if exc.filename else ""
        return say(
            f"Programmet har ikke lov til at skrive i datamappen{where}, så det kunne ikke "
            f"{doing} dataene.",
            f"The program may not write in the data folder{where}, so it could not "
            f"{doing_en} the data.",
        )
    reason = exc.strerror or str(exc)
    return say(
        f"Programmet kunne ikke {doing} dataene ({reason}).",
        f"The program could not {doing_en} the data ({reason}).",
    )
