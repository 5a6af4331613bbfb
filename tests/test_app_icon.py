"""The application icon: drawn in every size, used by the window and named by the desktop file."""

from __future__ import annotations

import configparser
from pathlib import Path

from cli_helper import run_python
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = {16, 24, 32, 48, 64, 128, 256}

WINDOW_CHILD = """
import json, os, sys
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from remotework_desktop.gui import app
from remotework_desktop.core.settings import Settings
from remotework_desktop.core.store import Store
qapp = app._ensure_app()
store = Store.open(Path(sys.argv[1]))
controller = app.AppController(store, Path(sys.argv[1]), Settings())
window = controller.show()
sizes = sorted(s.width() for s in window.windowIcon().availableSizes())
store.close()
print(json.dumps({"sizes": sizes, "desktop": qapp.desktopFileName()}))
"""


def test_the_main_window_carries_the_icon_in_every_size(tmp_path: Path) -> None:
    out = run_python(WINDOW_CHILD, str(tmp_path))
    assert set(out["sizes"]) == SIZES
    assert out["desktop"] == "remotework-desktop"


def test_the_windows_icon_file_holds_every_size() -> None:
    with Image.open(ICONS / "remotework-desktop.ico") as ico:
        assert set(ico.info["sizes"]) == {(s, s) for s in SIZES}
    for size in SIZES:
        with Image.open(ICONS / f"remotework-desktop-{size}.png") as png:
            assert png.size == (size, size)
    assert "<svg" in (ICONS / "remotework-desktop.svg").read_text(encoding="utf-8")


def test_the_desktop_file_starts_the_window_with_the_icon() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(ROOT / "packaging" / "remotework-desktop.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Icon"] == "remotework-desktop"
    assert (ICONS / f"{entry['Icon']}.svg").is_file()
    assert entry["Exec"].split()[0] == "remotework-desktop-gui"
    assert entry["Terminal"] == "false"
