"""PDF benchmarks: in-process render time and whole-process export vs --help.

Prints ``pdf_render_ms`` (median of warm renders of the signed three-checklist example
meeting; target < 150 ms), ``pdf_render_first_ms`` (the first render, which also loads the
fonts), ``pdf_pages`` and ``pdf_kib``, ``pdf_render_ms_note_of_10000_lines`` (the draft
example with the longest note allowed, as 10,000 short lines: a pasted list; ``_and_plan_answer``:
with such an answer in the plan's table too), then
``export_pdf_process_ms``, ``help_process_ms`` and ``export_import_floor_ms`` (median wall
time of a whole process, the three run in turn): the floor is a process that only imports
what an export needs (ReportLab's modules the report uses, tinydb, the program's record
checks), which no export can beat; ``--help`` imports none of them.
Target: ``export_floor_ratio`` <= 1.3. Added beside them, from the same interleaved runs:
``export_draft_process_ms`` (the same example unsigned: no seal, so no pyHanko) with its
ratio to the floor, and ``export_seal_floor_ms``, the floor plus importing pyHanko's signer,
which a sealed export pays as long as pyHanko makes the seal. ``export_cpu_floor_ratio`` and
``export_draft_cpu_floor_ratio``: the same ratios in CPU time (user + system, the medians of
the same runs), which a loaded machine disturbs far less than wall time.

The signed example's sealed PDF is kept in the data folder once made (as after signing in
the program), so ``export_pdf_process_ms`` writes the kept copy out;
``export_pdf_process_ms_first`` is the same export with the kept copy removed before each run
(render and seal, as after a restore), with its ratios to the floor and the seal floor.
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _signed_example():  # -> Meeting
    from remotework_desktop.core.example import build_example_meeting

    meeting = build_example_meeting(today=dt.date(2026, 11, 26), fixed_ids=True)
    when = dt.datetime(2026, 11, 26, 13, 5, tzinfo=dt.UTC)
    strokes = [[(10 + 8 * i, 150 + ((-1) ** i) * 60) for i in range(60)]]
    meeting.sign(
        "manager",
        meeting.manager_name,
        method="drawn",
        strokes=strokes,
        confirmed=True,
        when=when,
    )
    meeting.sign("employee", meeting.employee_name, method="typed", confirmed=True, when=when)
    return meeting


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def bench_render(quick: bool) -> None:
    from remotework_desktop.core.pdf.render import render_pdf

    meeting = _signed_example()
    start = time.perf_counter()
    data = render_pdf(meeting)
    first = time.perf_counter() - start
    times = []
    for _ in range(5 if quick else 20):
        start = time.perf_counter()
        render_pdf(meeting)
        times.append(time.perf_counter() - start)
    print(f"pdf_render_ms: {_ms(statistics.median(times))} ms")
    print(f"pdf_render_first_ms: {_ms(first)} ms")
    print(f"pdf_pages: {data.count(b'/Type /Page') - data.count(b'/Type /Pages')} pages")
    print(f"pdf_kib: {len(data) / 1024:.0f} KiB")
    # The longest note there can be, as a pasted list of short lines (MAX_NOTE characters).
    from remotework_desktop.core.meetings import MAX_NOTE

    ref = meeting.checklists[0].id
    item = meeting.definition(ref).sections[0].items[0]
    from remotework_desktop.core.example import build_example_meeting

    listed = build_example_meeting(today=dt.date(2026, 11, 26), fixed_ids=True)
    listed.set_note(ref, item.id, "x\n" * (MAX_NOTE // 2))
    start = time.perf_counter()
    render_pdf(listed)
    print(f"pdf_render_ms_note_of_{MAX_NOTE // 2}_lines: {_ms(time.perf_counter() - start)} ms")
    # The same as an answer printed in the plan's table (and again with its checklist).
    listed.set_answer("getting_started", "contact_rhythm", "x\n" * (MAX_NOTE // 2))
    start = time.perf_counter()
    render_pdf(listed)
    took = _ms(time.perf_counter() - start)
    print(f"pdf_render_ms_note_and_plan_answer_of_{MAX_NOTE // 2}_lines: {took} ms")


# What an export process must import whatever the program does: the floor for its time.
IMPORT_FLOOR = (
    "import reportlab.lib.colors, reportlab.lib.styles, reportlab.pdfbase.pdfmetrics, "
    "reportlab.pdfbase.ttfonts, reportlab.pdfgen.canvas, reportlab.platypus, tinydb, "
    "remotework_desktop.core.schema"
)


# What a sealed export must import besides: pyHanko's signer (with its aiohttp and certvalidator).
SEAL_FLOOR = IMPORT_FLOOR + "; import pyhanko.sign"


# CPU seconds (user + system) of each process run, by its arguments: on a loaded machine the
# CPU time a process needs swings far less than its wall time.
_CPU: dict[str, list[float]] = {}


def _process_s(args: list[str], env: dict[str, str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, *(args if args[0] == "-c" else ["-m", "remotework_desktop", *args])],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    _CPU.setdefault(" ".join(args), []).append(cpu)
    return wall


def bench_processes(quick: bool) -> None:
    if not (ROOT / "remotework_desktop" / "cli.py").exists():
        print("export_pdf_process_ms: skipped (no cli.py yet)")
        return
    from remotework_desktop.core.store import Store

    runs = 3 if quick else 9
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        with Store.open(folder) as store:
            meeting = _signed_example()
            store.save(meeting)
            from remotework_desktop.core.example import build_example_meeting

            draft = build_example_meeting(today=dt.date(2026, 11, 26), fixed_ids=True)
            draft = draft.model_copy(update={"id": "example0002"})  # the same, unsigned
            store.save(draft)
        env = {**os.environ, "REMOTEWORK_DATA_DIR": str(folder), "QT_QPA_PLATFORM": "offscreen"}
        # An installed program has its bytecode compiled (pip does it); a checkout run with
        # PYTHONDONTWRITEBYTECODE would recompile every module in every run. Keep a cache
        # outside the checkout, filled by one untimed run of each command.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        export_args = ["--data-dir", str(folder), "export-pdf", meeting.id, "-o", f"{tmp}/p.pdf"]
        # The same export under another output name: run with the kept copy removed first.
        first_args = ["--data-dir", str(folder), "export-pdf", meeting.id, "-o", f"{tmp}/f.pdf"]
        floor_args = ["-c", IMPORT_FLOOR]
        draft_args = ["--data-dir", str(folder), "export-pdf", draft.id, "-o", f"{tmp}/d.pdf"]
        seal_floor_args = ["-c", SEAL_FLOOR]
        kept = folder / "signed"

        def first_export() -> float:
            shutil.rmtree(kept, ignore_errors=True)  # as after a restore: render and seal
            return _process_s(first_args, env)

        first_export()
        _process_s(export_args, env)  # the kept copy is there from here on
        _process_s(["--help"], env)
        _process_s(floor_args, env)
        _process_s(draft_args, env)
        _process_s(seal_floor_args, env)
        export, help_, floor, draft_s, seal_floor, first = [], [], [], [], [], []
        _CPU.clear()  # only the timed runs below
        # In turn, so a busy moment on a shared machine hits all alike.
        for _ in range(runs):
            export.append(_process_s(export_args, env))
            help_.append(_process_s(["--help"], env))
            floor.append(_process_s(floor_args, env))
            draft_s.append(_process_s(draft_args, env))
            seal_floor.append(_process_s(seal_floor_args, env))
            first.append(first_export())  # keeps it again for the next round's export
    export_ms, help_ms = statistics.median(export), statistics.median(help_)
    first_ms = statistics.median(first)
    floor_ms = statistics.median(floor)
    draft_ms, seal_floor_ms = statistics.median(draft_s), statistics.median(seal_floor)
    print(f"export_pdf_process_ms: {_ms(export_ms)} ms")
    print(f"help_process_ms: {_ms(help_ms)} ms")
    print(f"export_import_floor_ms: {_ms(floor_ms)} ms")
    print(f"export_help_ratio: {export_ms / help_ms:.2f} x")
    print(f"export_floor_ratio: {export_ms / floor_ms:.2f} x (target <= 1.3)")
    print(f"export_draft_process_ms: {_ms(draft_ms)} ms (unsigned: not sealed)")
    print(f"export_draft_floor_ratio: {draft_ms / floor_ms:.2f} x")
    print(f"export_seal_floor_ms: {_ms(seal_floor_ms)} ms (the floor + import pyhanko.sign)")
    print(f"export_seal_floor_ratio: {export_ms / seal_floor_ms:.2f} x")
    print(f"export_pdf_process_ms_first: {_ms(first_ms)} ms (no kept copy: render and seal)")
    print(f"export_first_floor_ratio: {first_ms / floor_ms:.2f} x")
    print(f"export_first_seal_floor_ratio: {first_ms / seal_floor_ms:.2f} x")
    cpu = {
        name: statistics.median(_CPU[" ".join(a)])
        for name, a in (
            ("export", export_args),
            ("first", first_args),
            ("draft", draft_args),
            ("floor", floor_args),
        )
    }
    print(f"export_cpu_floor_ratio: {cpu['export'] / cpu['floor']:.2f} x (CPU time, user + sys)")
    print(f"export_first_cpu_floor_ratio: {cpu['first'] / cpu['floor']:.2f} x (CPU time)")
    print(f"export_draft_cpu_floor_ratio: {cpu['draft'] / cpu['floor']:.2f} x (CPU time)")


def bench_seal(quick: bool) -> None:
    """``seal_ms``: what sealing adds to an export (median, warm; a key made beforehand)."""
    from remotework_desktop.core import seal_key
    from remotework_desktop.core.pdf.export import sealing_time
    from remotework_desktop.core.pdf.render import render_pdf
    from remotework_desktop.core.pdf.seal import read_seal, seal_pdf

    meeting = _signed_example()
    data = render_pdf(meeting)
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        key = seal_key.create(Path(folder), meeting.company)
        keygen = time.perf_counter() - start
    when = sealing_time(meeting)
    start = time.perf_counter()
    sealed = seal_pdf(data, key, when, "bench")
    first = time.perf_counter() - start
    times, checks = [], []
    for _ in range(3 if quick else 10):
        start = time.perf_counter()
        seal_pdf(data, key, when, "bench")
        times.append(time.perf_counter() - start)
        start = time.perf_counter()
        read_seal(sealed)
        checks.append(time.perf_counter() - start)
    print(f"seal_ms: {_ms(statistics.median(times))} ms")
    print(f"seal_first_ms: {_ms(first)} ms (imports pyHanko)")
    print(f"seal_check_ms: {_ms(statistics.median(checks))} ms")
    print(f"seal_keygen_ms: {_ms(keygen)} ms (once per laptop)")
    print(f"seal_added_kib: {(len(sealed) - len(data)) / 1024:.1f} KiB")


def run(quick: bool) -> None:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    bench_render(quick)
    bench_seal(quick)
    bench_processes(quick)


if __name__ == "__main__":
    run("--quick" in sys.argv)
