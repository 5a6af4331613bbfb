"""One laptop pushing synthetic plans, for the load and fault tests and the benchmark.

``python -m tests.archive.push_worker URL OUTBOX FIRST COUNT [--extra FIRST:COUNT]
[--pdf-kb N] [--go FILE]`` queues plans FIRST..FIRST+COUNT-1 (and the extra range) in the
outbox folder OUTBOX, waits for the file GO to exist (so many workers start together), then
pushes them through the real outbox and client code; only building the plan is synthetic
(no PDF rendering). Prints ``pushed N in S s`` and exits 0, or 1 if the push failed.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

from remotework_desktop.core.archive import client
from remotework_desktop.core.archive.outbox import Outbox
from remotework_desktop.core.archive.payload import Plan


def meeting_id(n: int) -> str:
    return f"p{n:07d}"


def synthetic_plan(meeting: str, pdf_kb: int = 1) -> Plan:
    """A small, valid plan for meeting id ``p<n>``: same id, same fingerprint and bytes."""
    n = int(meeting[1:])
    body = hashlib.sha256(meeting.encode()).hexdigest().encode() * (pdf_kb * 16)
    pdf = b"%PDF-1.7\n" + body
    return Plan(
        fingerprint=hashlib.sha256(f"plan {n}".encode()).hexdigest(),
        meeting_id=meeting,
        version=1,
        amends=None,
        follows=None,
        company="Smedjen ApS",
        manager_name="Lone Leder",
        manager_title="",
        employee_name=f"Medarbejder {n}",
        signers=[{"role": "manager", "name": "Lone Leder"}],
        language="da",
        meeting_date="2024-05-01",
        signed_at="2024-05-01T10:00:00+00:00",
        follow_up_date="2024-11-01",
        data={"id": meeting, "n": n},
        pdf=pdf,
        pdf_sha256=hashlib.sha256(pdf).hexdigest(),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("outbox", type=Path)
    parser.add_argument("first", type=int)
    parser.add_argument("count", type=int)
    parser.add_argument("--extra", default="")
    parser.add_argument("--pdf-kb", type=int, default=1)
    parser.add_argument("--go", type=Path)
    args = parser.parse_args(argv)
    outbox = Outbox(args.outbox.parent)
    outbox.folder = args.outbox
    numbers = list(range(args.first, args.first + args.count))
    if args.extra:
        first, count = (int(x) for x in args.extra.split(":"))
        numbers += list(range(first, first + count))
    for n in numbers:
        outbox.add(meeting_id(n))
    if args.go is not None:
        print("ready", flush=True)
        while not args.go.exists():
            time.sleep(0.01)
    start = time.perf_counter()
    try:
        with client.connect(args.url) as conn:
            result = client.push(conn, outbox, lambda m: synthetic_plan(m, args.pdf_kb))
    except client.ArchiveError as exc:
        print(f"failed: {exc}", file=sys.stderr)
        return 1
    took = time.perf_counter() - start
    print(f"pushed {result.stored + result.already} in {took:.3f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
