"""Where the archive is: a PostgreSQL URL kept in the program's settings, never a password.

The password goes through libpq's own conventions (a password file named by PGPASSFILE or
~/.pgpass, a service file, or PGPASSWORD in the environment), so the settings file never
holds a secret.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from remotework_desktop.core.settings import load_settings, save_settings
from remotework_desktop.core.text import t


class ArchiveConfigError(ValueError):
    """A URL the archive cannot use; the message is one line in the chosen language."""


def check_url(url: str) -> str:
    """The URL cleaned up, or ArchiveConfigError (a password in it is refused)."""
    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres") or not (parts.hostname or parts.path):
        raise ArchiveConfigError(t("archive.the_address_must_look"))
    query = parse_qs(parts.query)
    if parts.password is not None or "password" in query:
        raise ArchiveConfigError(t("archive.the_address_must_not"))
    return url


def archive_url(data_dir: Path) -> str | None:
    """The configured archive URL, or None: then the program never contacts a server."""
    return load_settings(data_dir).archive_url


def set_archive_url(data_dir: Path, url: str | None) -> None:
    """Store (or with None, forget) the archive URL; a URL with a password is refused."""
    settings = load_settings(data_dir)
    settings.archive_url = check_url(url) if url is not None else None
    save_settings(data_dir, settings)
