"""Refresh the Qt translations: lupdate the GUI sources into the .ts, then lrelease the .qm.

    python scripts/update_translations.py                 # lupdate + lrelease
    python scripts/update_translations.py --fill en.json  # also fill translations first

``--fill`` takes a JSON object {Danish source: English text} and fills every message whose
source matches and that has no finished translation yet. The script ends with the number of
messages still untranslated (exit code 1 if any), so a forgotten string is noticed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "remotework_en.ts"
QM = TS.with_suffix(".qm")
SOURCES = sorted((ROOT / "remotework_desktop" / "gui").rglob("*.py"))


def _tool(name: str) -> str:
    """Qt's own lupdate/lrelease binary shipped inside the PySide6 package.

    Called directly rather than through the ``pyside6-*`` wrappers, which break when the
    package's ``__init__.py`` is missing (as after uninstalling a sibling PySide6 wheel).
    """
    spec = importlib.util.find_spec("PySide6")
    for folder in spec.submodule_search_locations or [] if spec else []:
        binary = Path(folder) / name
        if binary.exists():
            return str(binary)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def lupdate() -> None:
    files = [str(p.relative_to(ROOT)) for p in SOURCES]
    subprocess.run(
        [_tool("lupdate"), *files, "-no-obsolete", "-ts", str(TS.relative_to(ROOT))],
        cwd=ROOT,
        check=True,
    )


def fill(translations: dict[str, str]) -> int:
    """Fill unfinished messages from ``translations``; returns how many were filled."""
    tree = ET.parse(TS)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        target = message.find("translation")
        if target is None or source not in translations:
            continue
        if target.get("type") in ("unfinished", "vanished", "obsolete") or not target.text:
            target.text = translations[source]
            target.attrib.pop("type", None)
            filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return filled


def unfinished() -> list[str]:
    """Sources of the messages that still lack a finished translation."""
    root = ET.parse(TS).getroot()
    missing = []
    for message in root.iter("message"):
        target = message.find("translation")
        if target is None or target.get("type") == "unfinished" or not (target.text or ""):
            missing.append(message.findtext("source") or "")
    return missing


def lrelease() -> None:
    subprocess.run([_tool("lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fill", type=Path, help="JSON file {Danish source: English text}")
    args = parser.parse_args(argv)
    lupdate()
    if args.fill:
        count = fill(json.loads(args.fill.read_text(encoding="utf-8")))
        print(f"filled {count} translations")
        lupdate()  # rewrite the .ts in lupdate's own layout
    lrelease()
    missing = unfinished()
    for source in missing:
        print(f"untranslated: {source!r}")
    print(f"{len(missing)} untranslated message(s)")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
