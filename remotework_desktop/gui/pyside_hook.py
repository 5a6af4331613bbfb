"""PySide's import hook, answered from the file instead of through ``inspect``.

Once PySide is loaded, it looks at every module imported after it: does its source say
"PySide6"? (Such a module may switch on PySide's ``__feature__`` options.) It asks
``inspect.getsource``, which reads the file line by line into ``linecache`` and joins the
lines again: for the ~50 modules the window imports after PySide, about 3 % of a start-up
with 10,000 meetings. The same question is answered here from the file's bytes; a module
without a ``.py`` file still goes to PySide's own check.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

_MARK = "_remotework_from_file"


def _from_file(original: Any) -> Any:
    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    setattr(mod_uses_pyside, _MARK, True)
    return mod_uses_pyside


def install() -> bool:
    """Answer PySide's check from the file; False when this PySide has no such check."""
    import PySide6  # noqa: F401 - loads shiboken, which brings its import hook

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        return False
    if not getattr(original, _MARK, False):
        feature._mod_uses_pyside = _from_file(original)  # type: ignore[union-attr]
    return True
