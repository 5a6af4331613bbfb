"""The program's own settings (zoom, language, window geometry), as JSON in the data folder.

Qt-free, so the CLI and tests can read them. A damaged or odd settings file never stops the
program: every bad value falls back to its default and the problem is logged.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from remotework_desktop.core.atomic import atomic_write_bytes
from remotework_desktop.core.text import LANGUAGES

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
# Zoom steps in percent; 100 is the base font (itself at least 11 pt, see the GUI).
ZOOM_STEPS: tuple[int, ...] = (80, 90, 100, 110, 125, 150, 175, 200, 225, 250)
ZOOM_DEFAULT = 100


class Settings:
    """What the program remembers between runs.

    A plain class rather than a dataclass (see ``core.summary.MeetingSummary``): the window
    reads the settings first thing at start-up.
    """

    FIELDS = ("zoom", "language", "geometry", "high_contrast", "archive_url")  # as saved
    __slots__ = FIELDS

    def __init__(
        self,
        zoom: int = ZOOM_DEFAULT,
        language: str = "da",
        geometry: str | None = None,
        high_contrast: bool = False,
        archive_url: str | None = None,
    ) -> None:
        self.zoom = zoom
        self.language = language
        # QMainWindow.saveGeometry() as base64 text; opaque to the core.
        self.geometry = geometry
        # White on black with yellow highlights, for low vision; off follows the system colours.
        self.high_contrast = high_contrast
        # The organisation's archive (core/archive): a PostgreSQL URL without a password, or None.
        self.archive_url = archive_url

    def as_dict(self) -> dict[str, Any]:
        """The fields in order, as saved."""
        return {name: getattr(self, name) for name in self.FIELDS}

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.as_dict() == other.as_dict()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment] - mutable, as the dataclass was

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self.as_dict().items())
        return f"{self.__class__.__qualname__}({inner})"

    def zoom_in(self) -> int:
        """Step the zoom up one step (stays at the top step); returns the new zoom."""
        self.zoom = next((z for z in ZOOM_STEPS if z > self.zoom), ZOOM_STEPS[-1])
        return self.zoom

    def zoom_out(self) -> int:
        """Step the zoom down one step (stays at the bottom step); returns the new zoom."""
        self.zoom = next((z for z in reversed(ZOOM_STEPS) if z < self.zoom), ZOOM_STEPS[0])
        return self.zoom

    def zoom_reset(self) -> int:
        self.zoom = ZOOM_DEFAULT
        return self.zoom


def _clean(raw: Any) -> Settings:
    """Take what is usable from a parsed file; anything odd becomes the default."""
    settings = Settings()
    if not isinstance(raw, dict):
        log.warning("settings: expected a JSON object, using defaults")
        return settings
    zoom = raw.get("zoom", ZOOM_DEFAULT)
    if isinstance(zoom, int) and not isinstance(zoom, bool):
        # Clamp rather than reject, so a hand-edited 300 still gives the largest text.
        settings.zoom = min(max(zoom, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
    else:
        log.warning("settings: zoom %r is not a whole number, using %d", zoom, ZOOM_DEFAULT)
    language = raw.get("language", "da")
    if language in LANGUAGES:
        settings.language = language
    else:
        log.warning("settings: unknown language %r, using Danish", language)
    geometry = raw.get("geometry")
    if isinstance(geometry, str) or geometry is None:
        settings.geometry = geometry
    settings.high_contrast = raw.get("high_contrast") is True
    archive_url = raw.get("archive_url")
    if isinstance(archive_url, str) and archive_url.strip():
        settings.archive_url = archive_url.strip()
    return settings


def load_settings(folder: Path) -> Settings:
    """Read the settings from ``folder``; defaults when missing or damaged (never raises)."""
    path = Path(folder) / SETTINGS_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("settings: cannot read %s (%s), using defaults", path, exc)
        return Settings()
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        log.warning("settings: %s is not valid JSON (%s), using defaults", path, exc)
        return Settings()
    return _clean(raw)


def save_settings(folder: Path, settings: Settings) -> None:
    """Write the settings atomically; raises OSError if the folder cannot be written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    data = json.dumps(settings.as_dict(), indent=2, ensure_ascii=False).encode("utf-8")
    atomic_write_bytes(folder / SETTINGS_FILE, data)
