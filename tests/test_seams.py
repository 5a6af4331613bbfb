"""The typed seams: the meeting summary, the store protocols, one meaning of "signed", and
the fingerprint and verify modules that load neither the models nor ReportLab."""

from __future__ import annotations

import ast
import dataclasses
import hashlib
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from remotework_desktop.core import fingerprint
from remotework_desktop.core.meetings import Meeting
from remotework_desktop.core.protocols import ExportRegistry, MeetingSource, SavingStore
from remotework_desktop.core.store import Store
from remotework_desktop.core.summary import MeetingSummary

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "remotework_desktop"


def test_the_list_gives_typed_summaries_that_know_when_signed(
    data_dir: Path, make_meeting: Callable[..., Meeting]
) -> None:
    draft = make_meeting(company="Kladde A/S", meeting_date="2026-01-01")
    signed = make_meeting(company="Aftale A/S", meeting_date="2026-02-01")
    signed.sign("manager", signed.manager_name, method="typed", confirmed=True)
    signed.sign("employee", signed.employee_name, method="typed", confirmed=True)
    with Store.open(data_dir) as store:
        store.save(draft)
        store.save(signed)
        rows = store.list()
    assert all(isinstance(r, MeetingSummary) for r in rows)
    assert [(r.id, r.company, r.is_signed) for r in rows] == [
        (signed.id, "Aftale A/S", True),
        (draft.id, "Kladde A/S", False),
    ]
    assert rows[0].as_dict() == signed.summary()  # list --json prints the same as before
    with pytest.raises(dataclasses.FrozenInstanceError):
        rows[0].state = "draft"  # type: ignore[misc]


def test_a_summary_from_an_older_index_entry_gets_defaults() -> None:
    summary = MeetingSummary.from_dict({"id": "abc", "state": "signed"})
    assert summary.is_signed and summary.version == 1 and summary.company == ""
    assert not MeetingSummary.from_dict({"id": "abc"}).is_signed


def test_the_store_satisfies_the_protocols_the_modules_ask_for(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        assert isinstance(store, MeetingSource)
        assert isinstance(store, SavingStore)
        assert isinstance(store, ExportRegistry)
    assert not isinstance(object(), ExportRegistry)


def _compares_with_signed(tree: ast.AST) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            parts = [node.left, *node.comparators]
            if any(isinstance(p, ast.Constant) and p.value == "signed" for p in parts):
                return True
    return False


def test_only_the_meeting_and_its_summary_say_what_signed_means() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if _compares_with_signed(ast.parse(path.read_text(encoding="utf-8"))):
            found.append(path.relative_to(PACKAGE).as_posix())
    assert found == ["core/meetings.py"]  # Meeting.is_signed; summary.py uses its constant


def test_the_fingerprint_is_sha256_of_canonical_json() -> None:
    data = {"b": [1, "æ"], "a": {"z": None, "y": 2.5}}
    expected = b'{"a":{"y":2.5,"z":null},"b":[1,"\xc3\xa6"]}'
    assert fingerprint.canonical_json(data) == expected
    assert fingerprint.canonical_digest(data) == hashlib.sha256(expected).hexdigest()
    assert json.loads(fingerprint.canonical_json(data)) == data


def _modules_after_import(module: str) -> list[str]:
    code = (
        f"import sys, json, {module}\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return json.loads(out.stdout)


def test_importing_verify_does_not_import_reportlab() -> None:
    assert "reportlab" not in _modules_after_import("remotework_desktop.core.pdf.verify")


def test_the_fingerprint_module_needs_only_the_standard_library() -> None:
    loaded = _modules_after_import("remotework_desktop.core.fingerprint")
    assert not {
        "remotework_desktop.core.schema",
        "reportlab",
        "pypdf",
        "tinydb",
        "PySide6",
    } & set(loaded)
