"""The PDF's task section ("Opgaver" / "Tasks"): the agreed task list after the plan.

Only a meeting with the task part prints it. Each task: its name (and example category),
hours a week, the result in words, and the reasons, or the note when the two chose another
result than the computed one. Then the hours summary.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from remotework_desktop.core import formatting as fmt
from remotework_desktop.core.pdf.styles import LONG_TEXT, _heading, _p, _pm, escape
from remotework_desktop.core.tasks import evaluate, summarise, task_hours
from remotework_desktop.core.text import t

if TYPE_CHECKING:
    from remotework_desktop.core.pdf.render import _Builder

HOURS_W = 28 * mm
RESULT_W = 38 * mm


def result_text(result: str | None, lang: str) -> str:
    """The result in words ("Hjemme", "Delvist hjemme", … or "Ikke vurderet endnu")."""
    return t(f"tasks.result.{result or 'none'}", lang)


def hours_text(hours: float, lang: str) -> str:
    return t("pdf.tasks.hours_value", lang, hours=fmt.format_number(hours, lang))


def task_section(builder: _Builder) -> list[Flowable]:
    meeting, lang = builder.m, builder.lang
    out = _heading(t("pdf.tasks", lang), "h2")
    if not meeting.tasks:
        out.append(_p(t("pdf.tasks.none", lang), "small"))
        return out
    finder = meeting.task_finder()
    head = [_p(t(f"pdf.tasks.{key}", lang), "cellhead") for key in ("task", "hours_head", "result")]
    rows: list[list[Any]] = [head]
    longest = 0
    for task in meeting.tasks:
        ev = evaluate(task, finder, lang)
        name: list[Flowable] = [_pm(f"<b>{escape(task.name)}</b>", "cell")]
        category = finder.category(task.category) if task.category else None
        if category is not None:
            name.append(_p(category.label.get(lang), "small"))
        if task.override is not None:
            computed = result_text(ev.computed, lang)
            name.append(_p(t("pdf.tasks.overridden", lang, computed=computed), "small"))
        elif ev.reasons:
            name.append(_p("; ".join(ev.reasons), "small"))
        if task.note:
            name.append(_p(f"{t('pdf.note', lang)}: {task.note}", "small"))
        rows.append(
            [
                name,
                _p(hours_text(task_hours(task, finder), lang), "cell"),
                _p(result_text(ev.result, lang), "cell"),
            ]
        )
        longest = max(longest, len(task.note))
    widths = [builder.width - HOURS_W - RESULT_W, HOURS_W, RESULT_W]
    out.append(builder._table(rows, widths, header=True, long=longest > LONG_TEXT))
    summary = summarise(meeting.tasks, finder)
    parts = [
        (t("tasks.result.home", lang), summary.home_hours),
        (t("tasks.result.partly", lang), summary.partly_hours),
        (t("tasks.result.workplace", lang), summary.workplace_hours),
    ]
    if summary.unassessed_hours:
        parts.append((t("tasks.result.none", lang), summary.unassessed_hours))
    listed = " · ".join(f"{escape(label)}: {escape(hours_text(h, lang))}" for label, h in parts)
    total = hours_text(summary.total_hours, lang)
    out.append(Spacer(1, 2 * mm))
    out.append(_pm(f"<b>{escape(t('pdf.tasks.summary', lang))}:</b> {listed}"))
    out.append(_p(t("pdf.tasks.total", lang, total=total), "small"))
    return out
