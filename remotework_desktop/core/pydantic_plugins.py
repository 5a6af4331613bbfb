"""Pydantic's plugin look-up, without importing importlib.metadata while plugins are off.

The first model pydantic builds imports ``pydantic.plugin._loader``, which imports
``importlib.metadata`` (and with it the email package) at its top, only to return no plugins
when ``PYDANTIC_DISABLE_PLUGINS`` turns them off, as the program does (``cli.main``). That
import is about a sixth of the work of loading the meeting models when a meeting is opened.

Importing this module puts a stand-in for that module in place before pydantic loads it. Its
``get_plugins`` answers as pydantic's does: no plugins while they are off; otherwise it loads
pydantic's own module, takes the stand-in out and asks it. Every module that defines models
imports this one first.
"""

from __future__ import annotations

import importlib
import os
import sys
import types
from collections.abc import Iterable
from typing import Any

LOADER = "pydantic.plugin._loader"
OFF = ("__all__", "1", "true")  # the values pydantic's get_plugins reads as "all off"


def _get_plugins() -> Iterable[Any]:
    if os.getenv("PYDANTIC_DISABLE_PLUGINS") in OFF:
        return ()
    if sys.modules.get(LOADER) is _STAND_IN:
        del sys.modules[LOADER]
    real = importlib.import_module(LOADER)
    return real.get_plugins()


_STAND_IN = types.ModuleType(LOADER, __doc__)
_STAND_IN.get_plugins = _get_plugins  # type: ignore[attr-defined]
# The state pydantic's module keeps, as it stands while plugins are off: never searched.
_STAND_IN._plugins = None  # type: ignore[attr-defined]
_STAND_IN._loading_plugins = False  # type: ignore[attr-defined]
_STAND_IN.PYDANTIC_ENTRY_POINT_GROUP = "pydantic"  # type: ignore[attr-defined]


def install() -> None:
    """Put the stand-in in place unless pydantic's own module is already loaded."""
    sys.modules.setdefault(LOADER, _STAND_IN)


install()
