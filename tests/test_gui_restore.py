"""Restoring a backup from the window: fewer meetings replace more only after a confirm."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from remotework_desktop.core.meetings import Meeting
from remotework_desktop.core.settings import load_settings
from remotework_desktop.core.store import Store
from remotework_desktop.gui import errors, i18n
from remotework_desktop.gui.app import AppController
from tests.qt_helpers import run_modal


@pytest.fixture
def window_and_backup(
    qtbot: QtBot,
    qapp: QApplication,
    data_dir: Path,
    tmp_path: Path,
    make_meeting: Callable[..., Meeting],
) -> Iterator[tuple[AppController, Path, Meeting]]:
    single = make_meeting(company="I kopien")
    with Store.open(tmp_path / "source") as source:
        source.save(single)
        archive = source.backup(tmp_path / "one.zip")
    with Store.open(data_dir) as store:
        for n in range(3):
            store.save(make_meeting(company=f"Nu {n}"))
    store = Store.open(data_dir)
    controller = AppController(store, data_dir, load_settings(data_dir), debounce_ms=20)
    window = controller.show()
    qtbot.addWidget(window)
    yield controller, archive, single
    i18n.install_translators("da")
    window.close()
    store.close()


def answer(button_text: str, seen: list[str]) -> Callable[[QDialog], None]:
    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        (button,) = [b for b in dialog.buttons() if b.text() == button_text]
        button.click()

    return act


def shown_rows(controller: AppController) -> int:
    return controller.window.meeting_list.table.model().rowCount()


def test_fewer_meetings_replace_more_only_after_a_confirm_that_gives_both_numbers(
    window_and_backup: tuple[AppController, Path, Meeting],
) -> None:
    controller, archive, single = window_and_backup
    window = controller.window
    seen: list[str] = []
    run_modal(answer("&Fortryd", seen))
    assert window.restore_backup(archive) is False
    assert "Datamappen har nu 3 møder. Sikkerhedskopien har 1." in seen[0]
    assert len(controller.store.list()) == 3
    assert shown_rows(controller) == 3

    run_modal(answer("&Gendan alligevel", seen))
    assert window.restore_backup(archive) is True
    assert [s.id for s in controller.store.list()] == [single.id]
    assert shown_rows(controller) == 1
    assert controller.store.get(single.id) == single  # the same open store reads it


def test_the_confirm_follows_the_language(
    window_and_backup: tuple[AppController, Path, Meeting],
) -> None:
    controller, archive, _ = window_and_backup
    i18n.install_translators("en")
    seen: list[str] = []
    run_modal(answer("&Cancel", seen))
    assert controller.window.restore_backup(archive) is False
    assert "The data folder now holds 3 meetings. The backup holds 1." in seen[0]


def test_a_damaged_backup_is_refused_with_a_true_message(
    window_and_backup: tuple[AppController, Path, Meeting],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller, _, _ = window_and_backup
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK not really a zip")
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(errors, "show_error", lambda _p, text, info="": said.append((text, info)))
    assert controller.window.restore_backup(broken) is False
    ((text, info),) = said
    assert text == "Sikkerhedskopien kunne ikke gendannes."
    assert "Intet er ændret" in info
    assert len(controller.store.list()) == 3
