"""The main window's menus and actions, and what the View and Help menus do.

Zoom (the application font), high contrast, the language, the window's size and place, the
guide and the about box. The actions are the window's attributes (``win.new_action``, …).
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from remotework_desktop import __version__
from remotework_desktop.gui import errors, qt_ints
from remotework_desktop.gui.style import ScaledLabel, apply_contrast, follow_zoom

if TYPE_CHECKING:
    from remotework_desktop.gui.main_window import MainWindow

MIN_BASE_POINT_SIZE = 11.0
_BASE_PT_PROPERTY = "remotework_base_point_size"


def base_point_size() -> float:
    """The 100 % font size: the system's, but never below 11 pt, fixed for the session."""
    app = QApplication.instance()
    value = app.property(_BASE_PT_PROPERTY)
    if not value:
        value = max(MIN_BASE_POINT_SIZE, QApplication.font().pointSizeF())
        app.setProperty(_BASE_PT_PROPERTY, value)
    return float(value)


def apply_zoom(percent: int) -> None:
    """Scale the whole program by setting the application font size."""
    font = QFont(QApplication.font())
    font.setPointSizeF(round(base_point_size() * percent / 100, 1))
    QApplication.setFont(font)
    follow_zoom()  # the tick boxes' size is in the style sheet
    # Qt only tells top-level windows; labels drawn at a multiple of the app font (headings,
    # prompts) set an explicit size and would keep their old one. Tell every widget, after
    # Qt's own posted font events, so they rescale from already-updated parents.
    for widget in QApplication.allWidgets():
        QCoreApplication.postEvent(widget, QEvent(QEvent.Type.ApplicationFontChange))
        if isinstance(widget, ScaledLabel):  # after the sheet, which restored their font
            widget.rescale()


class WindowMenus(QObject):
    """Builds the menus and actions on the window; zoom, contrast, language, size, help."""

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcuts: list[QKeySequence] | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self.win)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcuts:
            # A key listed twice (a standard key equal to an explicit one) makes Qt call the
            # shortcut ambiguous and fire nothing, so keep each key once.
            unique = {k.toString(): k for k in shortcuts if not k.isEmpty()}
            action.setShortcuts(list(unique.values()))
        if tip:
            action.setStatusTip(tip)
        self.win.addAction(action)
        return action

    def build_actions(self) -> None:
        key = QKeySequence
        self.win.new_action = self._action(
            self.tr("&Nyt møde …"), self.win.new_meeting, [key(key.StandardKey.New)]
        )
        self.win.save_action = self._action(
            self.tr("&Gem nu"), self.win.save_now, [key(key.StandardKey.Save)]
        )
        self.win.back_action = self._action(
            self.tr("&Tilbage til oversigten"), self.win.show_list, [key("Alt+Left")]
        )
        self.win.quit_action = self._action(self.tr("&Afslut"), self.win.close, [key("Ctrl+Q")])
        self.win.restore_action = self._action(
            self.tr("Gen&dan fra sikkerhedskopi …"), self.win.restore_backup
        )
        self.win.follow_up_action = self._action(
            self.tr("Start &opfølgningsmøde"), self.win.start_follow_up, [key("Ctrl+Shift+N")]
        )
        self.win.new_version_action = self._action(
            self.tr("Start ny &version af aftalen"), self.win.start_new_version
        )
        self.win.preparation_action = self._action(
            self.tr("Start &møde ud fra forberedelsen …"), self.win.start_from_preparation
        )
        self.win.details_action = self._action(self.tr("&Ret oplysninger …"), self.win.edit_details)
        self.win.calendar_action = self._action(self.tr("Gem i &kalender …"), self.win._on_calendar)
        self.win.search_action = self._action(
            self.tr("&Søg efter møde"), self.win.focus_search, [key(key.StandardKey.Find)]
        )
        self.win.zoom_in_action = self._action(
            self.tr("Større &tekst"),
            self.zoom_in,
            [key(key.StandardKey.ZoomIn), key("Ctrl+="), key("Ctrl++")],
        )
        self.win.zoom_out_action = self._action(
            self.tr("&Mindre tekst"), self.zoom_out, [key(key.StandardKey.ZoomOut), key("Ctrl+-")]
        )
        self.win.zoom_reset_action = self._action(
            self.tr("&Normal tekststørrelse"), self.zoom_reset, [key("Ctrl+0")]
        )
        # The editor owns the F1 shortcut itself; a second F1 here would make the key
        # ambiguous so that neither fires. The menu only shows the key.
        self.win.help_action = self._action(self.tr("&Hjælp til punktet") + "\tF1", self.show_help)
        self.win.about_action = self._action(self.tr("&Om programmet"), self.show_about)
        self.win.guide_action = self._action(self.tr("&Sådan bruger I programmet"), self.show_guide)
        # F1 on the list explains the program; inside a meeting the editor's F1 explains
        # the item (each shortcut lives on its own page, so the key is never ambiguous).
        guide_key = QShortcut(
            QKeySequence(QKeySequence.StandardKey.HelpContents), self.win.meeting_list
        )
        # By property: the enum would be the first of Qt's, before the first frame (qt_ints).
        guide_key.setProperty("context", qt_ints.WIDGET_WITH_CHILDREN_SHORTCUT)
        guide_key.activated.connect(self.show_guide)

        self.win.language_group = QActionGroup(self.win)
        self.win.language_actions: dict[str, QAction] = {}
        for code, label in (("da", "&Dansk"), ("en", "&English")):
            # Each language is named in itself, so it can be found from either language.
            action = QAction(label, self.win, checkable=True)
            action.setChecked(code == self.win.lang)
            action.triggered.connect(lambda _checked=False, c=code: self._on_language(c))
            self.win.language_group.addAction(action)
            self.win.language_actions[code] = action

        bar = self.win.menuBar()
        self.win.file_menu = bar.addMenu(self.tr("&Filer"))
        for a in (self.win.new_action, self.win.save_action, self.win.back_action):
            self.win.file_menu.addAction(a)
        self.win.file_menu.addSeparator()
        self.win.file_menu.addAction(self.win.follow_up_action)
        self.win.file_menu.addAction(self.win.new_version_action)
        self.win.file_menu.addAction(self.win.preparation_action)
        self.win.file_menu.addAction(self.win.details_action)
        self.win.file_menu.addAction(self.win.calendar_action)
        self.win.file_menu.addSeparator()
        self.win.file_menu.addAction(self.win.restore_action)
        self.win.file_menu.addSeparator()
        self.win.file_menu.addAction(self.win.quit_action)
        self.win.edit_menu = bar.addMenu(self.tr("R&ediger"))
        self.win.edit_menu.addAction(self.win.search_action)
        self.win.view_menu = bar.addMenu(self.tr("&Vis"))
        for a in (self.win.zoom_in_action, self.win.zoom_out_action, self.win.zoom_reset_action):
            self.win.view_menu.addAction(a)
        self.win.view_menu.addSeparator()
        self.win.contrast_action = QAction(self.tr("&Høj kontrast"), self.win, checkable=True)
        # setShortcuts: PySide checks setShortcut's argument against Qt.Key (see qt_ints).
        self.win.contrast_action.setShortcuts([QKeySequence("Ctrl+Shift+K")])
        self.win.contrast_action.setChecked(self.win.settings.high_contrast)
        self.win.contrast_action.toggled.connect(self.set_high_contrast)
        self.win.addAction(self.win.contrast_action)
        self.win.view_menu.addAction(self.win.contrast_action)
        self.win.language_menu = bar.addMenu(self.tr("&Sprog"))
        for a in self.win.language_actions.values():
            self.win.language_menu.addAction(a)
        self.win.help_menu = bar.addMenu(self.tr("&Hjælp"))
        self.win.help_menu.addAction(self.win.guide_action)
        self.win.help_menu.addAction(self.win.help_action)
        self.win.help_menu.addAction(self.win.about_action)
        for menu in (
            self.win.file_menu,
            self.win.edit_menu,
            self.win.view_menu,
            self.win.language_menu,
            self.win.help_menu,
        ):
            menu.setAccessibleName(menu.title().replace("&", ""))

    def restore_geometry(self) -> None:
        restored = False
        if self.win.settings.geometry:
            try:
                raw = base64.b64decode(self.win.settings.geometry, validate=True)
                restored = self.win.restoreGeometry(raw)
            except ValueError:
                restored = False
        if not restored:
            self.win.resize(1200, 820)
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Keep the whole window on the screen's free area: never taller or wider than it."""
        screen = self.win.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        self.win.setMaximumSize(free.size())
        if self.win.width() > free.width() or self.win.height() > free.height():
            self.win.resize(
                min(self.win.width(), free.width()), min(self.win.height(), free.height())
            )

    def remember_geometry(self) -> None:
        self.win.settings.geometry = base64.b64encode(
            bytes(self.win.saveGeometry().data())
        ).decode()

    def _set_zoom(self, percent: int) -> None:
        # The size chosen at 100 %; Ctrl+0 brings it back even if a zoom had to change it.
        if self.win._size_at_100 is None:
            self.win._size_at_100 = self.win.size()
        apply_zoom(percent)
        QApplication.sendPostedEvents()  # the font change reaches every widget now
        self.fit_to_screen()
        if percent == 100 and self.win._size_at_100 is not None:
            size, self.win._size_at_100 = self.win._size_at_100, None
            self._resize_after_layout(size)
            # Some layouts take the smaller font only on the next pass; once more after it.
            QTimer.singleShot(0, lambda: self._resize_after_layout(size))
        self.win._save_settings()
        self.win.statusBar().showMessage(self.tr("Tekststørrelse: {p} %").format(p=percent), 3000)

    def _resize_after_layout(self, size: QSize) -> None:
        for _ in range(3):  # nested layouts pass their new minimum up one level per round
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.win.resize(size)

    def set_high_contrast(self, on: bool) -> None:
        """White on black with yellow highlights, remembered; off follows the system."""
        self.win.settings.high_contrast = bool(on)
        apply_contrast(self.win.settings.high_contrast)
        self.win._save_settings()
        if self.win.contrast_action.isChecked() != self.win.settings.high_contrast:
            self.win.contrast_action.setChecked(self.win.settings.high_contrast)

    def zoom_in(self) -> None:
        self._set_zoom(self.win.settings.zoom_in())

    def zoom_out(self) -> None:
        self._set_zoom(self.win.settings.zoom_out())

    def zoom_reset(self) -> None:
        self._set_zoom(self.win.settings.zoom_reset())

    def _on_language(self, code: str) -> None:
        if code != self.win.lang:
            # The controller saves, rebuilds the window and switches the translator.
            self.win.language_requested.emit(code)
        self.win.language_actions[self.win.lang].setChecked(True)

    def show_help(self) -> None:
        if self.win.editor is not None:
            self.win.editor.show_help_for_current()

    def show_guide(self) -> None:
        """F1 on the list: how a meeting goes, in six short steps, with the keys."""
        text = self.tr(
            "Sådan holder I et møde om hjemmearbejde:\n\n"
            "1. Start et nyt møde (Ctrl+N), og skriv navnene.\n"
            "2. Gå tjeklisterne igennem sammen, ét punkt ad gangen. Tab flytter mellem "
            "felterne, Ctrl+PgDn skifter side, og F1 viser hjælpen til et punkt.\n"
            "3. Giv hvert punkt en status, og gør det, I aftaler, til en handling med "
            "ansvarlig og frist.\n"
            "4. Gennemse planen under »Gennemse og underskriv«, og skriv begge under – med "
            "en tegnet underskrift eller med jeres navn.\n"
            "5. Gem planen som PDF, eller udskriv den.\n"
            "6. Ved næste møde: start et opfølgningsmøde fra den underskrevne aftale "
            "(Ctrl+Shift+N).\n\n"
            "Alt gemmes af sig selv, mens I skriver. Ctrl+plus gør teksten større, og "
            "Ctrl+Shift+K giver høj kontrast."
        )
        errors.show_info(self.win, self.tr("Sådan bruger I programmet"), text)

    def show_about(self) -> None:
        text = self.tr(
            "Hjemmearbejde {version}\n\n"
            "Leder og medarbejder aftaler sammen, hvordan medarbejderen arbejder hjemme, "
            "skriver under og udskriver aftalen.\n\n"
            "Programmet virker helt uden internet og sender ingen data nogen steder. "
            "Alle oplysninger gemmes kun på denne computer, i mappen:\n{folder}"
        ).format(version=__version__, folder=self.win.data_dir)
        errors.show_info(self.win, self.tr("Om programmet"), text)
