"""A helper process that renders the window's PDFs, so its process never waits on ReportLab.

The window starts it once its first frame is drawn, with the list's own loading
(``gui/warm_up.py``), or when a meeting is opened before that: while the two people find and
read the meeting, the helper loads ReportLab and the fonts on the machine's other core.
The review page then sends it the meeting and gets the PDF bytes back; the window's own
interpreter neither loads the renderer nor shares its lock with a render, so typing and
scrolling never wait for one. The bytes are those ``render_pdf`` makes in the window
(``invariant`` PDFs: same meeting, same bytes); ``export`` seals a signed plan's bytes in the
window afterwards (the seal key is the store's), or uses its kept PDF and renders nothing.

Nothing is written to disk: the meeting goes over a pipe to the helper and the PDF comes back
the same way. The helper ends when the program ends (or when its pipe closes, should the
window die). Should it fail to start or die, the window renders itself, as before.

The exchange: a request is a 4-byte big-endian length and a JSON object (``meeting``,
``lang``, ``include_private``, ``follows_date``, ``first_page``, and the window's ``TZ``, so
signing times print in its time zone); a reply is a status byte (``OK``;
``REFUSED``: the meeting could not be printed, with its message; ``FAILED``: something
unforeseen, with the error's name), a 4-byte length, and the PDF bytes or the message in
UTF-8. Either refusal has the window render itself, which reports what is wrong as before.
With ``first_page``, a ``FIRST_PAGE`` reply with page 1 alone (``render_first_page``) comes
before the document's, unless the plan has one page: the window shows it meanwhile.
"""

from __future__ import annotations

import json
import os
import struct
import sys
import threading
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    import subprocess
    from collections.abc import Callable

    from remotework_desktop.core.meetings import Meeting

OK, REFUSED, FAILED, FIRST_PAGE = 0, 1, 2, 3
# Set in the helper's environment: a bundled program (no ``python -m``) starts as the helper.
ENV_FLAG = "REMOTEWORK_RENDER_WORKER"
_LENGTH = struct.Struct(">I")
_REPLY = struct.Struct(">BI")


class WorkerUnavailable(Exception):
    """The helper could not render (not started, died, or failed): render in-process."""


def _read_exactly(stream: IO[bytes], size: int) -> bytes:
    data = stream.read(size)
    if data is None or len(data) != size:
        raise EOFError
    return data


# -- the helper's side --------------------------------------------------------------------
class _CompiledWhenUsed:
    """A regular expression compiled the first time it is used, not when it is made."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        import re

        compiled = re.compile(*self._args)
        self.__dict__.update({n: getattr(compiled, n) for n in ("match", "search")})
        return getattr(compiled, name)


def _load_when_used(name: str) -> None:
    """Import module ``name`` now but run it when one of its names is first used
    (``importlib.util.LazyLoader``). ReportLab imports Pillow's Image module (~15 ms) for
    bitmaps; the plan draws none, so in this process it is never run."""
    import importlib.util

    if name in sys.modules:
        return
    try:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            return  # not installed: the import that needs it says so
        loader = importlib.util.LazyLoader(spec.loader)
    except (ImportError, TypeError, ValueError):
        return  # a loader that cannot wait (a bundle's, say): imported as usual
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)


def _load_renderer() -> None:
    """Import the renderer, ReportLab and the models, and parse the fonts.

    ReportLab's paragraph module compiles a URL pattern (case-blind over every letter up to
    U+FFFF) when it is imported: 40-50 ms, a quarter of the import, for a pattern used only
    to break long links; its text-splitting module one for wrapping Chinese, Japanese and
    Korean text by hand (~5 ms), which the plan never asks for. Here they are compiled when
    first used (this process has no other thread that could meet the stand-in).
    """
    import re

    compile_now = re.compile

    def compile_wide_later(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and (
            (flags & re.IGNORECASE and "\xa1-\uffff" in pattern) or "[\u2e80-\uffff]" in pattern
        ):
            return _CompiledWhenUsed(pattern, flags)
        return compile_now(pattern, flags)

    re.compile = compile_wide_later  # type: ignore[assignment]
    try:
        _load_when_used("PIL.Image")
        import reportlab.platypus.paragraph  # noqa: F401
    finally:
        re.compile = compile_now
    from remotework_desktop.core import meetings  # noqa: F401
    from remotework_desktop.core.pdf import render  # noqa: F401
    from remotework_desktop.core.pdf.styles import register_fonts

    register_fonts()


def _follow_time_zone(tz: str | None) -> None:
    """Print signing times in the window's time zone (its ``TZ``, or the system's)."""
    if os.environ.get("TZ") == tz:
        return
    if tz is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = tz
    if hasattr(time, "tzset"):
        time.tzset()


def _render(request: dict[str, Any], first_page: Callable[[bytes], object] | None = None) -> bytes:
    """The document's bytes; page 1 alone given to ``first_page`` first when asked for."""
    from remotework_desktop.core.meetings import meeting_from_dict
    from remotework_desktop.core.pdf.render import render_first_page, render_pdf

    _follow_time_zone(request.get("tz"))

    meeting = meeting_from_dict(request["meeting"])
    options = {
        "lang": request["lang"],
        "include_private": bool(request["include_private"]),
        "follows_date": request["follows_date"],
    }
    if first_page is not None and request.get("first_page"):
        page = render_first_page(meeting, **options)
        if page is not None:
            first_page(page)
    return render_pdf(meeting, **options)


def _reply(sink: IO[bytes], status: int, payload: bytes) -> None:
    sink.write(_REPLY.pack(status, len(payload)))
    sink.write(payload)
    sink.flush()


def serve(source: IO[bytes], sink: IO[bytes]) -> int:
    """Answer requests from ``source`` on ``sink`` until ``source`` ends; 0 when it did."""
    _load_renderer()  # before the first request comes
    from remotework_desktop.core.meetings import MeetingError

    while True:
        try:
            (size,) = _LENGTH.unpack(_read_exactly(source, _LENGTH.size))
            request = json.loads(_read_exactly(source, size))
        except EOFError:
            return 0
        try:
            status, payload = OK, _render(request, lambda page: _reply(sink, FIRST_PAGE, page))
        except (MeetingError, ValueError, OSError) as exc:
            status, payload = REFUSED, str(exc).encode("utf-8", "replace")
        except Exception as exc:
            status, payload = FAILED, type(exc).__name__.encode("utf-8")
        _reply(sink, status, payload)


def main() -> int:
    # The replies own the standard output: anything else printed (a library's warning, from
    # Python or C) goes to the standard error instead of into a reply.
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    sys.stdout.flush()
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    return serve(sys.stdin.buffer, replies)


# -- the window's side --------------------------------------------------------------------
def _command() -> tuple[list[str], dict[str, str]]:
    env = dict(os.environ)
    env[ENV_FLAG] = "1"
    if getattr(sys, "frozen", False):  # the bundle: its launcher starts the helper
        return [sys.executable], env
    root = str(Path(__file__).resolve().parents[3])  # where remotework_desktop is found
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return [sys.executable, "-m", "remotework_desktop.core.pdf.worker"], env


class RenderWorker:
    """The window's handle on the helper: started once, one render at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self.renders = 0  # renders the helper made (the tests read it)

    def start(self) -> bool:
        """Start the helper if it is not running (it then loads ReportLab meanwhile).

        False when it cannot be started: the window renders itself then."""
        with self._lock:
            try:
                self._ensure_started()
            except WorkerUnavailable:
                return False
            return True

    def start_soon(self) -> None:
        """``start`` in a background thread: whoever calls it does not wait."""
        if self.pid() is None:
            threading.Thread(target=self.start, name="render-helper", daemon=True).start()

    def pid(self) -> int | None:
        """The running helper's process id, or None. Not under the lock: a render under way
        holds it, and the window asks at a meeting's opening."""
        process = self._process
        return process.pid if process is not None and process.poll() is None else None

    def _ensure_started(self) -> subprocess.Popen[bytes]:
        process = self._process
        if process is not None and process.poll() is None:
            return process
        import subprocess

        command, env = _command()
        try:
            process = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, close_fds=True
            )
        except OSError as exc:
            self._process = None
            raise WorkerUnavailable(str(exc)) from exc
        self._process = process
        return process

    def render(
        self,
        meeting: Meeting,
        *,
        lang: str,
        include_private: bool,
        follows_date: str | None,
        on_sent: Callable[[], object] | None = None,
        on_first_page: Callable[[bytes], object] | None = None,
    ) -> bytes:
        """The PDF bytes ``render_pdf`` makes of this meeting, made by the helper.

        ``on_sent`` is called as the request is written (all made, nothing left to wait
        for); ``on_first_page``, if given, with page 1 alone (``render_first_page``) while
        the rest is laid out. Raises WorkerUnavailable when it could not (it is restarted
        next time; one that died is stopped), with the helper's message when it refused:
        render here then.
        """
        request = json.dumps(
            {
                "meeting": meeting.model_dump(mode="json"),
                "lang": lang,
                "include_private": include_private,
                "follows_date": follows_date,
                "first_page": on_first_page is not None,
                "tz": os.environ.get("TZ"),
            },
        ).encode("ascii")  # escaped: text stored before the rules may hold lone surrogates
        with self._lock:
            try:
                process = self._ensure_started()
                assert process.stdin is not None and process.stdout is not None
                if on_sent is not None:
                    # Before the write: a request larger than the pipe waits in it until
                    # the helper reads, and the caller need not wait for that.
                    on_sent()
                process.stdin.write(_LENGTH.pack(len(request)) + request)
                process.stdin.flush()
                status, payload = self._read_reply(process.stdout)
                if status == FIRST_PAGE:
                    if on_first_page is not None:
                        on_first_page(payload)
                    status, payload = self._read_reply(process.stdout)
            except (OSError, EOFError, ValueError) as exc:
                self._stop_locked()
                raise WorkerUnavailable(type(exc).__name__) from exc
            if status != OK:
                raise WorkerUnavailable(payload.decode("utf-8", "replace"))
            self.renders += 1
            return payload

    @staticmethod
    def _read_reply(stream: IO[bytes]) -> tuple[int, bytes]:
        status, size = _REPLY.unpack(_read_exactly(stream, _REPLY.size))
        return status, _read_exactly(stream, size)

    def stop(self) -> None:
        """End the helper now (it holds nothing: no render is lost but one under way)."""
        with self._lock:
            self._stop_locked()

    def _stop_locked(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.kill()
        process.wait()
        for stream in (process.stdin, process.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass


def render_pdf_bytes(
    meeting: Meeting,
    *,
    lang: str,
    include_private: bool,
    follows_date: str | None,
    on_sent: Callable[[], object] | None = None,
    on_first_page: Callable[[bytes], object] | None = None,
) -> bytes:
    """``render_pdf``'s bytes: made by the window's helper while it runs (so the window's
    process does not load ReportLab nor hold its interpreter for a render), else here (the
    commands never start the helper). ``on_sent`` is called once the render is under way:
    the request sent to the helper, or the render begun here. ``on_first_page`` gets page 1
    alone first, from the helper only (here it would only hold the interpreter longer)."""
    if WORKER.pid() is not None:
        try:
            return WORKER.render(
                meeting,
                lang=lang,
                include_private=include_private,
                follows_date=follows_date,
                on_sent=on_sent,
                on_first_page=on_first_page,
            )
        except WorkerUnavailable:
            pass  # rendered here instead
    if on_sent is not None:
        on_sent()
    from remotework_desktop.core.pdf.render import render_pdf

    return render_pdf(
        meeting, lang=lang, include_private=include_private, follows_date=follows_date
    )


# The program's one helper: started with the window (``gui/warm_up.py``) or when a meeting
# is opened, ended when the program ends (``gui/app.finish_background_jobs``).
WORKER = RenderWorker()


if __name__ == "__main__":
    sys.exit(main())
