"""core/ never imports Qt; the CLI's headless jobs do not load Qt either."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "remotework_desktop" / "core"


def test_core_sources_do_not_import_qt() -> None:
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"}:
                    offenders.append(f"{path.name}: {name}")
                if name.startswith("remotework_desktop.gui"):
                    offenders.append(f"{path.name}: {name}")
    assert offenders == []


def test_importing_all_of_core_loads_no_qt() -> None:
    modules = sorted(p.stem for p in CORE.glob("*.py") if p.stem != "__init__")
    code = (
        "import sys\n"
        + "".join(f"import remotework_desktop.core.{m}\n" for m in modules)
        + "import remotework_desktop.cli\n"
        + "import remotework_desktop.cli_archive\n"
        + "import remotework_desktop.cli_between\n"
        + "import remotework_desktop.cli_seal\n"
        + "import remotework_desktop.cli_start\n"
        + "import remotework_desktop.cli_tasks\n"
        + "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        + "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
