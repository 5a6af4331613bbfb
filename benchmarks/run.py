"""Run every benchmark: ``python benchmarks/run.py [--quick]``.

Imports each ``benchmarks/bench_*.py`` in name order and calls its ``run(quick)``, which
prints ``name: value unit`` lines. Works from a source checkout without installing.
``module:part`` runs one part of a module alone, its ``run_<part>(quick)``, e.g.
``python benchmarks/run.py gui:tasks_page`` for ``tasks_page_ms_200``.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the slowest (largest) steps")
    parser.add_argument(
        "only",
        nargs="*",
        help="run only these, e.g. 'store' for bench_store.py, 'gui:tasks_page' for one part",
    )
    args = parser.parse_args(argv)
    parts = dict(name.split(":", 1) for name in args.only if ":" in name)
    only = {name.split(":", 1)[0] for name in args.only}
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))  # the package, from a source checkout
    failed = []
    for path in sorted(HERE.glob("bench_*.py")):
        stem = path.stem.removeprefix("bench_")
        if args.only and stem not in only:
            continue
        print(f"# {path.stem}", flush=True)
        # One broken benchmark must not hide the others' figures.
        try:
            spec = importlib.util.spec_from_file_location(path.stem, path)
            assert spec is not None and spec.loader is not None
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            if stem in parts:
                getattr(module, f"run_{parts[stem]}")(args.quick)
            else:
                module.run(args.quick)
        except Exception:
            traceback.print_exc()
            failed.append(path.stem)
        sys.stdout.flush()
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
