"""Start the GUI: the application object, the data folder, the store, the window.

``AppController`` owns the one main window and rebuilds it when the language changes, so
widgets never need to retranslate themselves.
"""

from __future__ import annotations

import gc
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from remotework_desktop import APP_NAME
from remotework_desktop.core import paths
from remotework_desktop.core.settings import Settings, load_settings, save_settings
from remotework_desktop.gui import errors, i18n
from remotework_desktop.gui.main_window import MainWindow, apply_zoom
from remotework_desktop.gui.style import apply_contrast

if TYPE_CHECKING:  # the checklist models are not needed to show the list
    from remotework_desktop.core.checklists import LoadResult
    from remotework_desktop.core.store import Store

log = logging.getLogger(__name__)
# Spelled out at each call so lupdate finds the strings.
translate = QCoreApplication.translate

# Benchmarks and smoke tests: quit as soon as the first window has been shown.
EXIT_AFTER_SHOW_ENV = "REMOTEWORK_EXIT_AFTER_SHOW"
LOG_FOLDER = "logs"


class AppController(QObject):
    """Owns the main window; swaps it for a new one in another language."""

    def __init__(
        self,
        store: Store,
        data_dir: Path,
        settings: Settings,
        *,
        checklists: LoadResult | None = None,
        debounce_ms: int | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.data_dir = Path(data_dir)
        self.settings = settings
        self.checklists = checklists
        self.debounce_ms = debounce_ms
        self.lang = i18n.install_translators(settings.language)
        apply_zoom(settings.zoom)
        self.window = self._build()
        # The style sheet once the window is built, so each widget is styled once: with the
        # sheet in place, each subtree moved into its parent (the list into the stack, the
        # stack into the window) was styled again, ~2 % of a start with 10,000 meetings.
        apply_contrast(settings.high_contrast)
        self.window.show_store_problems()

    def _build(self) -> MainWindow:
        window = MainWindow(
            self.store,
            self.settings,
            self.data_dir,
            lang=self.lang,
            checklists=self.checklists,
            debounce_ms=self.debounce_ms,
        )
        window.language_requested.connect(self.switch_language)
        return window

    def show(self) -> MainWindow:
        self.window.show()
        return self.window

    def switch_language(self, lang: str) -> bool:
        """Save, then rebuild the window in ``lang`` with the same meeting open."""
        old = self.window
        if old.editor is not None and not old.read_only and not old.autosaver.save_if_dirty():
            errors.show_error(
                old,
                translate("app", "Sproget kan ikke skiftes, fordi mødet ikke kunne gemmes."),
                info=old.autosaver.message,
            )
            return False
        open_id = old.editor.meeting.id if old.editor is not None else None
        old.remember_geometry()
        self.settings.language = lang
        try:
            save_settings(self.data_dir, self.settings)
        except OSError as exc:
            log.warning("could not save settings: %s", exc)
        self.lang = i18n.install_translators(lang)
        new = self._build()
        if open_id is not None:
            new.open_meeting(open_id)
        was_visible = old.isVisible()
        old.discard()
        self.window = new
        if was_visible:
            new.show()
        return True

    def rescue(self) -> bool:
        """For the crash handler."""
        return self.window.rescue()


def finish_background_jobs() -> None:
    """Let renders and prints under way finish before the program ends.

    A QThread destroyed while it still runs aborts the whole process, so quitting while the
    review renders ahead (or a print runs) must wait for it. Only modules already loaded.
    """
    for name in (
        "remotework_desktop.gui.review.render_job",
        "remotework_desktop.gui.review.printing",
    ):
        # Still being imported (by the list's load) when the program ends: it started none.
        wait = getattr(sys.modules.get(name), "wait_for_jobs", None)
        if wait is not None:
            wait()
    worker = sys.modules.get("remotework_desktop.core.pdf.worker")
    if worker is not None:
        worker.WORKER.stop()  # the helper that renders the window's PDFs


def app_icon() -> QIcon:
    """The program's icon, every size drawn by scripts/make_icon.py."""
    icon = QIcon()
    for png in sorted((paths.resources_dir() / "icons").glob(f"{APP_NAME}-*.png")):
        icon.addFile(str(png))
    return icon


def _ensure_app() -> QApplication:
    app = QApplication.instance()
    made = app is None
    if app is None:
        # Fusion given as Qt's own start option: QApplication.setStyle returns the style,
        # which makes PySide build its QStyle class (hundreds of enum members) before the
        # first frame; the window never needs it to show the list.
        app = QApplication([*sys.argv[:1], "-style", "fusion"])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Hjemmearbejde")
    app.setOrganizationName(APP_NAME)
    # The window icon; on Linux the desktop file of the same name (packaging/) gives the rest.
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_NAME)
    # Fusion; the style sheet makes its tick boxes grow with the zoom (see gui/style.py).
    if not made:  # an application made elsewhere (tests): set it here
        app.setStyle("Fusion")
    return app


def _open_store(folder: Path) -> Store | None:
    """Open the store; on a lock, offer a read-only view. None means: quit.

    The meeting files are checked against the index once the window is shown
    (``MainWindow.check_store_files``), not before: with 10,000 meetings that is 10,000
    stat calls the list does not need to be shown.
    """
    from remotework_desktop.core.store import Store, StoreError, StoreLocked

    try:
        return Store.open(folder, check_files=False)
    except StoreLocked as exc:
        if not errors.ask(
            None,
            translate("app", "Programmet er allerede åbent"),
            translate(
                "app",
                "{reason}\n\nDu kan se møderne uden at kunne ændre dem, eller lukke og "
                "fortsætte i det vindue, der allerede er åbent.",
            ).format(reason=exc),
            yes=translate("app", "&Vis uden at ændre"),
            no=translate("app", "&Luk"),
        ):
            return None
        try:
            return Store.open(folder, read_only=True, check_files=False)
        except StoreError as again:
            errors.show_error(None, str(again))
            return None
    except StoreError as exc:
        errors.show_error(None, translate("app", "Dataene kunne ikke åbnes."), info=str(exc))
        return None


def collect_garbage_again() -> None:
    """Turn Python's garbage collector back on once the window is shown.

    What start-up made is kept for the whole run (Qt's classes and enums, the modules, the
    window), so it is frozen first: later collections no longer scan it.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def run_gui(data_dir: Path | None, *, demo: bool = False, lang: str | None = None) -> int:
    """Run the program until the window closes; returns the exit code."""
    demo_dir: Path | None = None
    if demo:
        demo_dir = Path(tempfile.mkdtemp(prefix="remotework-demo-"))
        folder = demo_dir
    else:
        folder = paths.data_dir(data_dir)
    try:
        return _run(folder, demo=demo, lang=lang)
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


def _run(folder: Path, *, demo: bool, lang: str | None) -> int:
    app = _ensure_app()
    settings = load_settings(folder)
    if lang in i18n.LANGUAGES:
        settings.language = lang
    # Translate the start-up questions (store locked) too.
    i18n.install_translators(settings.language)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        errors.show_error(
            None,
            translate("app", "Datamappen kunne ikke oprettes: {folder}").format(folder=folder),
            info=str(exc),
        )
        return 1
    store = _open_store(folder)
    if store is None:
        return 1
    controller: AppController | None = None
    crash = errors.CrashHandler(
        folder / LOG_FOLDER, lambda: controller.rescue() if controller else True
    ).install()
    try:
        if demo:
            from remotework_desktop.core.example import build_example_meeting

            store.save(build_example_meeting(tasks=True))  # with its task list, as create-example
        # Checklists load when the first new meeting is started: not on the start-up path.
        controller = AppController(store, folder, settings)
        window = controller.show()
        if demo:
            window.show_notice(
                translate(
                    "app",
                    "Dette er en demo med et udfyldt eksempel. Alt, du gør her, slettes, "
                    "når programmet lukkes.",
                )
            )
        # After the first frame (the list is on screen), not before: see cli.main.
        QTimer.singleShot(0, collect_garbage_again)
        if os.environ.get(EXIT_AFTER_SHOW_ENV) == "1":
            QTimer.singleShot(0, app.quit)
        code = app.exec()
        # Quitting without a close event (session end, exit-after-show) still saves.
        controller.window.autosaver.save_if_dirty()
        finish_background_jobs()
        return code
    finally:
        crash.uninstall()
        store.close()
