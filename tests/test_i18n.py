"""Translations: the .ts is complete, the .qm works, and the window switches language live."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from remotework_desktop.core import text
from remotework_desktop.core.checklists import ChecklistDefinition, LoadResult
from remotework_desktop.core.meetings import Meeting
from remotework_desktop.core.settings import load_settings
from remotework_desktop.core.store import NotFound, Store
from remotework_desktop.gui import i18n
from remotework_desktop.gui.app import AppController

TS = i18n.translations_dir() / "remotework_en.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{[a-z0-9_]*\}|%\d")
MNEMONIC = re.compile(r"&(?!&)\w")


def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [
        (ctx.findtext("name") or "", m.findtext("source") or "", m.find("translation"))
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    ]


def test_every_message_is_translated() -> None:
    messages = _messages()
    assert len(messages) > 100
    missing = [
        (ctx, src)
        for ctx, src, t in messages
        if t is None or t.get("type") in ("unfinished", "vanished", "obsolete") or not t.text
    ]
    assert missing == []


def test_translations_keep_placeholders_and_mnemonics() -> None:
    wrong = []
    for ctx, src, t in _messages():
        text = t.text or ""
        if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append((ctx, src, text, "placeholders"))
        if bool(MNEMONIC.search(src)) != bool(MNEMONIC.search(text)):
            wrong.append((ctx, src, text, "mnemonic"))
    assert wrong == []


def test_one_placeholder_style_str_format() -> None:
    """Every placeholder is a str.format field filled with .format(), never Qt's %1."""
    assert not [src for _, src, _ in _messages() if re.search(r"%\d", src)]
    for path in Path(i18n.__file__).parent.rglob("*.py"):
        assert not re.search(r"\.replace\(\s*\"%\d\"", path.read_text(encoding="utf-8")), path


def test_the_ts_is_up_to_date_with_the_gui_sources(tmp_path: Path) -> None:
    """lupdate over the GUI now finds no string that the committed .ts lacks."""
    spec = importlib.util.find_spec("PySide6")
    folders = list(spec.submodule_search_locations or []) if spec else []
    lupdate = next((Path(f) / "lupdate" for f in folders if (Path(f) / "lupdate").exists()), None)
    if lupdate is None:
        pytest.skip("Qt's lupdate is not shipped with this PySide6")
    fresh = tmp_path / "fresh.ts"
    gui = sorted(str(p) for p in Path(i18n.__file__).parent.rglob("*.py"))
    subprocess.run([str(lupdate), *gui, "-ts", str(fresh)], check=True, capture_output=True)
    now = {
        (ctx.findtext("name"), m.findtext("source"))
        for ctx in ET.parse(fresh).getroot().iter("context")
        for m in ctx.iter("message")
    }
    assert len(now) > 100
    committed = {(ctx, src) for ctx, src, _ in _messages()}
    assert sorted(now - committed) == [], "run scripts/update_translations.py"


def test_qm_loads_and_translates(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("MeetingList", "Møder") == "Meetings"
    assert translator.translate("WindowMenus", "&Filer") == "&File"
    assert translator.translate("errors", "Uventet fejl") == "Unexpected error"
    # The review page's placeholder and the print progress dialog.
    assert (
        translator.translate("ReviewPage", "Planen bliver gjort klar til visning …")
        == "Preparing the plan for display …"
    )
    assert translator.translate("PdfPreviewDialog", "&Annuller") == "&Cancel"
    assert (
        translator.translate("PdfPreviewDialog", "Udskriften blev annulleret.")
        == "Printing was cancelled."
    )


@pytest.fixture
def controller(
    qtbot: QtBot, data_dir: Path, small_checklist: ChecklistDefinition
) -> Iterator[AppController]:
    store = Store.open(data_dir)
    ctl = AppController(
        store,
        data_dir,
        load_settings(data_dir),
        checklists=LoadResult(definitions={small_checklist.id: small_checklist}),
        debounce_ms=30,
    )
    qtbot.addWidget(ctl.show())
    yield ctl
    if ctl.window.isVisible():
        ctl.window.close()
    store.close()
    i18n.install_translators("da")


def _menu_titles(ctl: AppController) -> list[str]:
    return [a.text() for a in ctl.window.menuBar().actions()]


def test_switching_language_rebuilds_the_window_and_keeps_the_meeting(
    qtbot: QtBot,
    controller: AppController,
    make_meeting: Callable[..., Meeting],
    data_dir: Path,
) -> None:
    meeting = make_meeting()
    controller.store.save(meeting)
    controller.window.refresh_list()
    assert _menu_titles(controller) == ["&Filer", "R&ediger", "&Vis", "&Sprog", "&Hjælp"]
    assert controller.window.open_meeting(meeting.id)
    note = next(iter(controller.window.editor.checklist_pages.values())).cards["needs"].note
    qtbot.keyClicks(note.edit, "Skrevet før sprogskift")
    first = controller.window

    controller.window.language_actions["en"].trigger()
    assert controller.window is not first
    assert _menu_titles(controller) == ["&File", "&Edit", "&View", "&Language", "&Help"]
    assert controller.window.language_actions["en"].isChecked()
    # Checklist text follows the language; the meeting stayed open and nothing was lost.
    editor = controller.window.editor
    assert editor is not None and editor.meeting.id == meeting.id
    card = next(iter(editor.checklist_pages.values())).cards["needs"]
    assert card.prompt.text() == "Needs"
    assert card.note.edit.toPlainText() == "Skrevet før sprogskift"
    assert controller.store.get(meeting.id).entry("small", "needs").note == (
        "Skrevet før sprogskift"
    )
    assert load_settings(data_dir).language == "en"
    # Qt's own strings come from Qt's catalogue for the language.
    assert QCoreApplication.translate("MeetingList", "Møder") == "Meetings"
    # Core's messages (the store's too) follow the switch.
    assert text.language() == "en"
    with pytest.raises(NotFound, match="There is no meeting with the number 'feedbeef0000'"):
        controller.store.get("feedbeef0000")

    controller.window.language_actions["da"].trigger()
    assert _menu_titles(controller) == ["&Filer", "R&ediger", "&Vis", "&Sprog", "&Hjælp"]
    assert QCoreApplication.translate("MeetingList", "Møder") == "Møder"
    assert load_settings(data_dir).language == "da"
    assert text.language() == "da"
    with pytest.raises(NotFound, match="Der findes intet møde med nummeret 'feedbeef0000'"):
        controller.store.get("feedbeef0000")
