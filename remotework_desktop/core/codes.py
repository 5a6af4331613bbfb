"""The codes a week-plan answer is written in, shared by the checklist schema and the words.

Free of the models on purpose: formatting uses them while the program starts, before the
checklist and meeting models are loaded.
"""

from __future__ import annotations

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PLACES: tuple[str, ...] = ("home", "workplace", "off")
