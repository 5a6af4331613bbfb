"""Autosave: save the open meeting shortly after every change, off the GUI thread.

At most one save is in flight; changes made meanwhile are coalesced into one more save of the
newest state. The worker saves a deep copy, so typing never waits for the disk and the worker
never sees a half-made change. A failed save is reported and retried until it works.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

if TYPE_CHECKING:
    from remotework_desktop.core.meetings import Meeting
    from remotework_desktop.core.protocols import SavingStore

log = logging.getLogger(__name__)

# Short: typed text reaches the autosaver only after its own 300 ms typing pause
# (answer_controls.DEBOUNCE_MS); a second long pause on top made "Gemt" wait ~650 ms.
# This one only gathers a burst of clicks into one save.
DEBOUNCE_MS = 10
RETRY_MS = 3000


class SaveState(Enum):
    SAVED = "saved"
    PENDING = "pending"  # changed, waiting for the debounce
    SAVING = "saving"
    FAILED = "failed"


class _Relay(QObject):
    # Emitted from the worker thread; Qt queues it to the saver's (GUI) thread.
    done = Signal(int, object)


class _SaveJob(QRunnable):
    def __init__(self, store: SavingStore, copy: Meeting, seq: int, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._store, self._copy, self._seq, self._relay = store, copy, seq, relay

    def run(self) -> None:
        error: Exception | None = None
        try:
            self._store.save(self._copy)
        except Exception as exc:  # reported to the GUI thread, which decides what to say
            error = exc
        self._relay.done.emit(self._seq, error)


class AutoSaver(QObject):
    """Saves one meeting at a time; ``state_changed(state, message)`` drives the indicator.

    ``message`` is empty unless the save failed, then it is the store's plain-language reason.
    """

    state_changed = Signal(object, str)
    saved = Signal()

    def __init__(
        self,
        store: SavingStore,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        retry_ms: int = RETRY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._meeting: Meeting | None = None
        self._flush: Callable[[], None] | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._debounce = QTimer(self, singleShot=True, interval=debounce_ms)
        self._debounce.timeout.connect(self._start)
        self._retry = QTimer(self, singleShot=True, interval=retry_ms)
        self._retry.timeout.connect(self._start)
        self._seq = 0
        self._ignore_below = 0  # results of saves overtaken by a synchronous save
        self._in_flight = False
        self._dirty = False
        self.state = SaveState.SAVED
        self.message = ""

    # -- what is being watched --------------------------------------------------------------
    @property
    def meeting(self) -> Meeting | None:
        return self._meeting

    def watch(self, meeting: Meeting | None, flush: Callable[[], None] | None = None) -> None:
        """Start watching ``meeting`` (None: nothing open); the caller saved the previous one."""
        self._debounce.stop()
        self._retry.stop()
        self._pool.waitForDone()
        self._meeting, self._flush = meeting, flush
        self._dirty = False
        self._ignore_below = self._seq + 1
        self._set_state(SaveState.SAVED)

    def set_debounce(self, ms: int) -> None:
        self._debounce.setInterval(ms)

    def set_retry(self, ms: int) -> None:
        self._retry.setInterval(ms)

    @property
    def dirty(self) -> bool:
        """True while a change has not reached the disk."""
        return self._dirty or self._in_flight or self.state is SaveState.FAILED

    # -- triggers ---------------------------------------------------------------------------
    def mark_changed(self) -> None:
        """Connected to the editor's ``changed``: save soon."""
        if self._meeting is None:
            return
        self._dirty = True
        self._retry.stop()
        if self.state is not SaveState.FAILED:
            self._set_state(SaveState.PENDING)
        self._debounce.start()

    def save_now(self) -> bool:
        """Commit pending edits and save synchronously (Ctrl+S, switching, closing).

        Returns True when the meeting on disk now matches the one on screen.
        """
        if self._meeting is None:
            return True
        if self._flush is not None:
            self._flush()
        self._debounce.stop()
        self._retry.stop()
        # Let a save in flight finish first so the newest state is the last one written.
        self._pool.waitForDone()
        self._seq += 1
        self._ignore_below = self._seq
        self._in_flight = False
        self._set_state(SaveState.SAVING)
        try:
            self._store.save(self._meeting)
        except Exception as exc:
            return self._fail(exc)
        self._dirty = False
        self._set_state(SaveState.SAVED)
        self.saved.emit()
        return True

    def save_if_dirty(self) -> bool:
        """Flush, then save synchronously only if something is not yet on disk."""
        if self._meeting is None:
            return True
        if self._flush is not None:
            self._flush()
        if not self.dirty:
            return True
        return self.save_now()

    def wait(self) -> None:
        """Block until the save in flight (if any) has finished; for tests and shutdown."""
        self._pool.waitForDone()

    # -- internals --------------------------------------------------------------------------
    def _start(self) -> None:
        if self._meeting is None:
            return
        if self._in_flight:
            self._dirty = True  # picked up when the running save returns
            return
        self._dirty = False
        self._in_flight = True
        self._seq += 1
        copy = self._meeting.model_copy(deep=True)
        if self.state is not SaveState.FAILED:
            self._set_state(SaveState.SAVING)
        self._pool.start(_SaveJob(self._store, copy, self._seq, self._relay))

    def _on_done(self, seq: int, error: Any) -> None:
        if seq < self._ignore_below:
            return
        self._in_flight = False
        if error is not None:
            self._dirty = True
            self._fail(error)
            return
        if self._dirty:
            self._start()
            return
        self._set_state(SaveState.SAVED)
        self.saved.emit()

    def _fail(self, exc: BaseException) -> bool:
        """Report a failed save and retry; True when it was no failure after all."""
        # Only reached after a save, when the meeting model is loaded anyway: importing it
        # here keeps it off the program's start-up.
        from remotework_desktop.core.meetings import LockedError

        if isinstance(exc, LockedError):
            # A signed meeting cannot change, so what is on disk is what is on screen.
            self._dirty = False
            self._set_state(SaveState.SAVED)
            return True
        log.warning("autosave failed: %s", exc)
        self._dirty = True
        self._set_state(SaveState.FAILED, str(exc))
        self._retry.start()
        return False

    def _set_state(self, state: SaveState, message: str = "") -> None:
        self.state, self.message = state, message
        self.state_changed.emit(state, message)
