"""One way to find paths: the data folder, the shipped checklists and the resources.

Content is found in a source checkout (``checklists/`` and ``resources/`` beside the
package), in an installed wheel (copied into ``remotework_desktop/_data/``) and in the
PyInstaller bundle (``checklists/`` and ``resources/`` in its ``sys._MEIPASS`` folder).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from remotework_desktop import APP_NAME

DATA_DIR_ENV = "REMOTEWORK_DATA_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _content_dir(name: str) -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # set only in a PyInstaller bundle
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / name
    installed = _PACKAGE_DIR / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / name


def checklists_dir() -> Path:
    """The folder holding the shipped checklist files."""
    return _content_dir("checklists")


def resources_dir() -> Path:
    """The folder holding fonts, icons and translations."""
    return _content_dir("resources")


def default_data_dir() -> Path:
    """The user's data folder by platform convention (e.g. ~/.local/share/remotework-desktop)."""
    # Imported here: a start with --data-dir (or $REMOTEWORK_DATA_DIR) needs none of it.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: an explicit override, else $REMOTEWORK_DATA_DIR, else the default."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return default_data_dir()
