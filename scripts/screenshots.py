"""Take the README's screenshots of the real program in a real X window.

Run under a virtual screen (Debian: xvfb, imagemagick):

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py docs/

With a zoom (e.g. 200) on a small screen it shoots the pages and dialogs at that zoom instead,
as docs/zoom200-*.png:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py docs/ 200

It opens the program on a throwaway data folder with the example meeting, walks the main
views and captures the whole screen with ImageMagick's ``import`` after each one.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from remotework_desktop.core.example import build_example_meeting
from remotework_desktop.core.meetings import Meeting
from remotework_desktop.core.settings import load_settings
from remotework_desktop.core.store import Store
from remotework_desktop.gui import i18n
from remotework_desktop.gui.app import AppController
from remotework_desktop.gui.main_window import MainWindow


def shoot(path: Path) -> None:
    QTest.qWait(600)
    subprocess.run(["import", "-window", "root", str(path)], check=True)
    print(path)


def shoot_review(window: MainWindow, path: Path) -> None:
    """The review page once its PDF is shown (a worker renders it when the page is shown)."""
    window.editor.show_page("Gennemse og underskriv")
    for _ in range(300):
        QTest.qWait(100)
        if not window.review.is_rendering():
            break
    shoot(path)


def shoot_zoomed(window: MainWindow, meeting: Meeting, zoom: int, out: Path) -> None:
    """The window filling a small screen at ``zoom`` %, each page and the dialogs."""
    from remotework_desktop.gui.new_meeting_dialog import NewMeetingDialog

    while window.settings.zoom < zoom:
        window.zoom_in()
    window.resize(window.maximumSize())
    window.open_meeting(meeting.id)
    shoot(out / f"zoom{zoom}-checklist.png")
    window.editor.show_page("actions")
    shoot(out / f"zoom{zoom}-action-plan.png")
    shoot_review(window, out / f"zoom{zoom}-review-page.png")
    dialog = window.review.make_sign_dialog("employee")
    dialog.show()
    dialog.move(0, 0)
    shoot(out / f"zoom{zoom}-sign-dialog.png")
    dialog.close()
    new = NewMeetingDialog(window._load_checklists().ordered(), "da", parent=window)
    new.show()
    new.move(0, 0)
    shoot(out / f"zoom{zoom}-new-meeting.png")
    new.close()
    window.zoom_reset()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    zoom = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    i18n.install_translators("da")
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        store = Store.open(data)
        meeting = build_example_meeting()
        store.save(meeting)
        controller = AppController(store, data, load_settings(data))
        window = controller.show()
        window.move(0, 0)
        window.resize(1400, 900)
        if zoom != 100:
            shoot_zoomed(window, meeting, zoom, out)
            window.close()
            store.close()
            return 0
        shoot(out / "main-window.png")
        window.open_meeting(meeting.id)
        shoot(out / "checklist.png")
        window.editor.show_page("actions")
        shoot(out / "action-plan.png")
        shoot_review(window, out / "review-page.png")
        window.autosaver.save_if_dirty()
        window.close()
        store.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
