"""Crash safety: a child process saving in a loop is SIGKILLed at random moments.

After every kill the store must open cleanly, hold every save the child acknowledged (it
prints "saved <id> <n>" only after ``save()`` returned), and at most lose the one save that
was in flight. Run as a script, this file is the child.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 36
STEADY_IDS = ("c0ffee000001", "c0ffee000002", "c0ffee000003")


def child(folder: str, start: int) -> None:
    """Save meetings forever: update the steady ones, now and then create a new one."""
    from conftest import load_small_checklist  # the script's folder (tests/) is on sys.path

    from remotework_desktop.core.meetings import Meeting, new_meeting
    from remotework_desktop.core.store import NotFound, Store

    definition = load_small_checklist()

    def fresh(meeting_id: str | None = None) -> Meeting:
        m = new_meeting(
            company="Firma",
            manager_name="Lone Leder",
            employee_name="Mads Medarbejder",
            meeting_date="2024-05-01",
            checklists=[definition],
        )
        return m.model_copy(update={"id": meeting_id}) if meeting_id else m

    store = Store.open(folder)
    steady = {}
    for mid in STEADY_IDS:
        try:
            steady[mid] = store.get(mid)
        except NotFound:
            steady[mid] = fresh(mid)
    print("ready", flush=True)
    n = start
    while True:
        n += 1
        if n % 5 == 0:
            meeting = fresh()
        else:
            meeting = steady[STEADY_IDS[n % len(STEADY_IDS)]]
            if n % 3 == 0:  # a summary change, so index shards are rewritten too
                meeting.set_details(company=f"Firma {n}")
        meeting.set_note("small", "needs", f"n={n} " + "tekst " * (n % 50))
        store.save(meeting)
        print(f"saved {meeting.id} {n}", flush=True)


def _note_n(meeting: object) -> int:
    note = meeting.entry("small", "needs").note  # type: ignore[attr-defined]
    return int(note.split()[0].removeprefix("n="))


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_saves_survive_sigkill_at_random_moments(tmp_path: Path) -> None:
    from remotework_desktop.core.store import Store

    folder = tmp_path / "data"
    rng = random.Random(20240501)
    acked: dict[str, int] = {}  # id -> highest acknowledged (or landed) n
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    rounds_with_saves = 0
    for round_no in range(ROUNDS):
        start = round_no * 1_000_000
        proc = subprocess.Popen(
            [sys.executable, __file__, str(folder), str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline() == "ready\n"
        # Let it save for a random moment (a few dozen saves at most), then kill it.
        with pytest.raises(subprocess.TimeoutExpired):
            proc.wait(timeout=rng.uniform(0.0, 0.12))
        proc.send_signal(signal.SIGKILL)
        # Read the rest through the same buffered reader as "ready": readline() may already
        # hold acknowledgements in its buffer, which communicate() (raw pipe) would miss.
        out = proc.stdout.read()
        err = proc.stderr.read()
        proc.stdout.close()
        proc.stderr.close()
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL, err
        last_n = start
        for line in out.splitlines(keepends=True):
            if not line.endswith("\n"):
                continue  # a line cut by the kill was never fully acknowledged
            _, mid, n = line.split()
            acked[mid] = int(n)
            last_n = max(last_n, int(n))
        rounds_with_saves += last_n > start
        in_flight = last_n + 1

        with Store.open(folder) as store:
            assert store.problems == []
            listed = {s.id: _note_n(store.get(s.id)) for s in store.list()}
        assert set(acked) <= set(listed)
        # At most the one save in flight may have landed without an acknowledgement.
        assert len(set(listed) - set(acked)) <= 1
        for mid, stored in listed.items():
            assert stored in (acked.get(mid), in_flight), (mid, acked.get(mid), stored)
        acked = listed
        assert list(folder.rglob("*.tmp")) == []  # open cleared any half-written temp file
    assert rounds_with_saves >= ROUNDS // 2
    assert len(acked) > len(STEADY_IDS)  # new meetings were created along the way


if __name__ == "__main__":
    child(sys.argv[1], int(sys.argv[2]))
