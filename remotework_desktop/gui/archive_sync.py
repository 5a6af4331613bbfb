"""Sends signed plans to the organisation's archive in the background, quietly.

Only when an archive is configured (``archive configure``): a job on its own thread pool
pushes the outbox shortly after start, after each signing and every few minutes. The status
bar says how many agreements wait ("3 aftaler venter på arkivet"); a server that cannot be
reached only leaves that text (its reason in the tooltip): never a popup, never a wait.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel

from remotework_desktop.core.archive.config import archive_url
from remotework_desktop.core.text import t

log = logging.getLogger(__name__)

RETRY_MS = 3 * 60 * 1000
FIRST_MS = 2000


def waiting_text(count: int) -> str:
    if count == 0:
        return ""
    if count == 1:
        return t("archive.agreement_waiting_for_the")
    return t("archive.agreements_waiting_for_the_", count=count)


class _Relay(QObject):
    # Emitted from the worker thread; Qt queues it to the GUI thread.
    done = Signal(object)


class _PushJob(QRunnable):
    def __init__(self, store: Any, data_dir: Path, url: str, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._store, self._data_dir, self._url, self._relay = store, data_dir, url, relay

    def run(self) -> None:
        from remotework_desktop.core.archive import client
        from remotework_desktop.core.archive.outbox import Outbox
        from remotework_desktop.core.archive.payload import build_plan

        problem: str | None = None
        try:
            with client.connect(self._url) as conn:
                client.push(conn, Outbox(self._data_dir), lambda m: build_plan(self._store, m))
        except Exception as exc:  # any failure only means "try again later"
            problem = str(exc)
            log.info("archive push failed: %s", problem)
        self._relay.done.emit(problem)


class ArchiveSync(QObject):
    """Keeps ``label`` saying how many plans wait, and pushes them when it can."""

    finished = Signal()

    def __init__(
        self, store: Any, data_dir: Path, label: QLabel, *, retry_ms: int = RETRY_MS
    ) -> None:
        super().__init__(label)
        self._store, self._data_dir, self._label = store, Path(data_dir), label
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._running = False
        self._timer = QTimer(self)
        self._timer.setInterval(retry_ms)
        self._timer.timeout.connect(self.push_now)
        label.setAccessibleName(t("archive.archive"))
        self.update_label()

    def start(self, first_ms: int = FIRST_MS) -> None:
        """Begin the periodic pushes (nothing at all happens without a configured archive)."""
        self._timer.start()
        QTimer.singleShot(first_ms, self, self.push_now)

    def update_label(self, problem: str | None = None) -> None:
        """The count of waiting plans; nothing at all when no archive is configured."""
        text = ""
        if archive_url(self._data_dir) is not None:  # the outbox module only then
            from remotework_desktop.core.archive.outbox import Outbox

            text = waiting_text(len(Outbox(self._data_dir)))
        self._label.setText(text)
        self._label.setVisible(bool(text))
        self._label.setToolTip(problem or "")

    def push_now(self) -> bool:
        """Start one background push if an archive is configured and none is running."""
        self.update_label()
        url = archive_url(self._data_dir)
        if not url or self._running:
            return False
        self._running = True
        self._pool.start(_PushJob(self._store, self._data_dir, url, self._relay))
        return True

    def _on_done(self, problem: str | None) -> None:
        self._running = False
        self.update_label(problem)
        self.finished.emit()

    def stop(self, wait_ms: int = 6000) -> None:
        """On closing: no new pushes; let a running one end (its connection times out)."""
        self._timer.stop()
        self._pool.waitForDone(wait_ms)
