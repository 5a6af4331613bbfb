"""Restore a backup from the window: pick the file, ask before fewer meetings replace more.

The checks and the safe swap are core's (``core.store.restore.restore_open``); this only asks.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from remotework_desktop.gui import errors

if TYPE_CHECKING:
    from remotework_desktop.core.store import Store

translate = QCoreApplication.translate


def choose_backup(parent: QWidget) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        translate("RestoreBackup", "Vælg sikkerhedskopien, der skal gendannes"),
        "",
        translate("RestoreBackup", "Sikkerhedskopier (*.zip)"),
    )
    return Path(chosen) if chosen else None


def restore_backup(parent: QWidget, store: Store, archive: Path) -> int | None:
    """Restore ``archive`` into the open store; the number of meetings, or None if not done.

    A backup with fewer meetings than the data folder now holds is restored only after the
    user has confirmed, seeing both numbers.
    """
    from remotework_desktop.core.store.restore import RestoreShrinks, restore_open

    try:
        try:
            return restore_open(store, archive)
        except RestoreShrinks as shrinks:
            text = translate(
                "RestoreBackup",
                "Datamappen har nu {now} møder. Sikkerhedskopien har {incoming}. Hvis du "
                "gendanner, erstattes alle {now} møder af de {incoming} fra "
                "sikkerhedskopien. De nuværende data gemmes først i en sikkerhedskopi i "
                "mappen 'backups'.",
            ).format(now=shrinks.now, incoming=shrinks.incoming)
            if not errors.ask(
                parent,
                translate("RestoreBackup", "Erstat møderne?"),
                text,
                yes=translate("RestoreBackup", "&Gendan alligevel"),
                no=translate("RestoreBackup", "&Fortryd"),
                danger=True,
            ):
                return None
            return restore_open(store, archive, replace=True)
    except Exception as exc:
        errors.show_error(
            parent,
            translate("RestoreBackup", "Sikkerhedskopien kunne ikke gendannes."),
            info=str(exc),
        )
        return None
