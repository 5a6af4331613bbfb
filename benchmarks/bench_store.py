"""Store benchmarks: save cost at 10 / 1,000 / 10,000 meetings, list, open and memory.

Every figure is on a real store in a fresh temporary folder on the same disk as the system
temp folder, with fsync on (as in use); only the fixture's thousands of meetings are written
with fsync off (``REMOTEWORK_BENCH_NO_FSYNC``), so it is built in seconds. The page cache
is warm: reopen times are what a user sees on the second start of a day, after the day's
automatic backup already exists.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

from remotework_desktop.core.atomic import NO_FSYNC_ENV
from remotework_desktop.core.checklists import parse_checklist
from remotework_desktop.core.meetings import Meeting, new_id, new_meeting
from remotework_desktop.core.store import Store

CHECKLIST = """
id = "bench"
version = 1
title = { da = "Benchmark", en = "Benchmark" }
intro = { da = "Til måling.", en = "For measuring." }

[[sections]]
id = "main"
title = { da = "Hoved", en = "Main" }
""" + "".join(
    f"""
[[sections.items]]
id = "item{i}"
kind = "text"
prompt = {{ da = "Spørgsmål nummer {i} om hjemmearbejdet", en = "Question {i} about home work" }}
help = {{ da = "En hjælpetekst af almindelig længde, der forklarer punkt {i}.", en = "Help {i}." }}
"""
    for i in range(40)
)

SAVES = 60


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def _populate(store: Store, template: Meeting, count: int) -> Meeting:
    """Save ``count`` more meetings through the store's own API; return the last one."""
    meeting = template
    os.environ[NO_FSYNC_ENV] = "1"  # the fixture only: every timed save has fsync on
    try:
        for n in range(count):
            meeting = template.model_copy(
                update={"id": new_id(), "meeting_date": f"2024-01-{n % 28 + 1:02d}"}
            )
            meeting.set_note("bench", "item1", f"Note for møde {n}: arbejder hjemme tirsdag.")
            store.save(meeting)
    finally:
        del os.environ[NO_FSYNC_ENV]
    return meeting


def _median_save(store: Store, meeting: Meeting) -> float:
    """Median time of an autosave after one keystroke (a changed note)."""
    times = []
    for n in range(-5, SAVES):  # the first few warm caches and are not counted
        if n < 0:
            store.save(meeting)
            continue
        meeting.set_note("bench", "item2", f"Tastetryk {n}: behov for hæve-sænkebord")
        start = time.perf_counter()
        store.save(meeting)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(quick: bool) -> None:
    definition, errors = parse_checklist(CHECKLIST, "bench.toml")
    assert definition is not None, errors
    template = new_meeting(
        company="Benchmark A/S",
        manager_name="Lone Leder",
        employee_name="Mads Medarbejder",
        meeting_date="2024-01-01",
        checklists=[definition],
    )
    folder = Path(tempfile.mkdtemp(prefix="rw-bench-")) / "data"
    try:
        store = Store.open(folder)
        stored = 0
        steps = (10, 1000) if quick else (10, 1000, 10_000)
        for target in steps:
            last = _populate(store, template, target - stored)
            stored = target
            print(f"save_ms_at_{target}: {_ms(_median_save(store, last))}", flush=True)
        if quick:
            store.close()
            return
        print(f"list_ms_at_10000: {_ms(statistics.median(_time(store.list) for _ in range(7)))}")
        store.close()
        Store.open(folder).close()  # the day's automatic backup; later opens skip it
        opens = []
        for _ in range(7):
            start = time.perf_counter()
            reopened = Store.open(folder)
            opens.append(time.perf_counter() - start)
            reopened.close()
        print(f"open_ms_at_10000: {_ms(statistics.median(opens))}")
        # tracemalloc peak of Python allocations while opening and listing the full store.
        tracemalloc.start()
        with Store.open(folder) as measured:
            measured.list()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"peak_mib_at_10000: {peak / 2**20:.1f} MiB", flush=True)
    finally:
        shutil.rmtree(folder.parent, ignore_errors=True)


def _time(func: object) -> float:
    start = time.perf_counter()
    func()  # type: ignore[operator]
    return time.perf_counter() - start
