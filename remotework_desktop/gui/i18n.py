"""Install the Qt translators for the chosen language.

Source strings are Danish, so Danish needs none of our own translations; it still loads Qt's
Danish qtbase catalogue so standard buttons ("Annuller") and dialogs match. English loads our
``remotework_en.qm`` plus Qt's English catalogue.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from remotework_desktop.core import paths, text

log = logging.getLogger(__name__)

LANGUAGES = text.LANGUAGES
_LOCALES = {
    "da": QLocale(QLocale.Language.Danish, QLocale.Country.Denmark),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
# Installed translators must stay referenced from Python, or they are collected and vanish.
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """Where our .ts sources and built .qm files live."""
    return paths.resources_dir() / "i18n"


def _load(path_dir: str | Path, name: str) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(name, str(path_dir)):
        return translator
    log.warning("i18n: could not load translation %s from %s", name, path_dir)
    return None


def install_translators(lang: str) -> str:
    """Replace any installed translators with those for ``lang``; returns the language used.

    An unknown language falls back to Danish, which needs no file to be complete.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QApplication")
    lang = text.normalise_lang(lang)
    while _installed:
        app.removeTranslator(_installed.pop())
    wanted: list[tuple[str | Path, str]] = [
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{lang}")
    ]
    if lang != "da":
        wanted.append((translations_dir(), f"remotework_{lang}"))
    for folder, name in wanted:
        translator = _load(folder, name)
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    # Qt adds this name to every window title (X11, Wayland): it must follow the language.
    if isinstance(app, QGuiApplication):
        app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", "Hjemmearbejde"))
    # Dates and numbers in Qt widgets (QDateEdit, spin boxes) follow the chosen language.
    QLocale.setDefault(_LOCALES[lang])
    # The messages core gives (a wrong date, a missing name) follow the same choice.
    text.set_language(lang)
    return lang
