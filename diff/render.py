"""Write a :class:`~diff.model.PlanDiff` as text (terminal), JSON, Markdown, HTML or CSV.

``render(result, fmt)`` picks the writer from :data:`RENDERERS`. Text opens with the counts,
the agency changes grouped across rows and the counts per dimension and field, then lists
added, removed, renumbered and modified rows, word diffs marked git-style
(``[-deleted-]{+inserted+}``); renames already grouped are not repeated per row.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from core.model import Row
from diff.errors import DiffUsageError
from diff.model import PlanDiff
from diff.render_markup import render_html, render_markdown
from diff.render_table import render_csv
from diff.report import (
    agency_text,
    detail_agency_change,
    detail_fields,
    detailed_rows,
    diff_to_dict,
    dimension_header,
    fields_note,
    pair_note,
    rename_only_keys,
    segments,
    summary_line,
    word_diff_text,
)
from diff.summary import Summary, group_text, summarize

#: Text-field changes are indented under their row by this much.
_INDENT = "    "
#: Dimension labels longer than this (characters) are shortened in the text table.
_LABEL_WIDTH = 44


def _row_lines(row: Row, mark: str) -> list[str]:
    first, *rest = row.indicators.split("\n") or [""]
    lines = [f"  {mark} {row.key}  {first}"]
    lines.extend(f"{_INDENT}{' ' * len(row.key)}{line}" for line in rest)
    return lines


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_WIDTH else label[: _LABEL_WIDTH - 1] + "…"


def summary_lines(result: PlanDiff, summary: Summary) -> list[str]:
    """Write the head of the report: agency groups with their rows, counts per dimension and field."""
    lines: list[str] = []
    if summary.agency_groups:
        lines += ["", "agencies:"]
        for group in summary.agency_groups:
            lines += [f"  {group_text(group)}", f"{_INDENT}{', '.join(group.keys)}"]
    note = fields_note(result)
    if note:
        lines += ["", f"fields {note}"]
    if summary.dimensions and not result.is_empty:
        head = dimension_header()
        lines += ["", f"  {head[0]:<{_LABEL_WIDTH}}  " + "  ".join(head[1:])]
        for d in summary.dimensions:
            cells = (d.added, d.removed, d.modified, d.renumbered, d.unchanged)
            counts = "  ".join(f"{n:>{len(name)}}" for n, name in zip(cells, head[1:], strict=True))
            lines.append(f"  {_short(d.label or str(d.number)):<{_LABEL_WIDTH}}  {counts}")
    if summary.fields:
        lines += ["", "rows changed per field: " + ", ".join(f"{name} {n}" for name, n in summary.fields)]
    return lines


def render_text(result: PlanDiff) -> str:
    """Write the terminal report: counts and summary first, then each kind of change."""
    lines = [f"{result.old.name} ({len(result.old.rows)} rows) → {result.new.name} ({len(result.new.rows)} rows)"]
    lines.append(summary_line(result))
    lines += summary_lines(result, summarize(result))
    if result.added:
        lines += ["", "added:"] + [line for row in result.added for line in _row_lines(row, "+")]
    if result.removed:
        lines += ["", "removed:"] + [line for row in result.removed for line in _row_lines(row, "-")]
    if result.renumbered:
        lines += ["", "renumbered:"]
        lines += [
            f"  {r.pair.old.key} → {r.pair.new.key}  (by indicator text, score {r.pair.score:.1f})"
            for r in result.rows
            if r.pair.renumbered
        ]
    if result.modified:
        lines += ["", "modified:"]
        for row in detailed_rows(result):
            lines.append(f"  {row.pair.new.key}: {', '.join(detail_fields(row))}{pair_note(row)}")
            changes = {c.field: word_diff_text(segments(c.words)) for c in row.text_changes}
            for change in row.agency_changes:
                shown = detail_agency_change(change)
                if shown is not None:
                    changes[change.field] = agency_text(shown)
            lines.extend(f"{_INDENT}{name}: {changes[name]}" for name in detail_fields(row))
        renamed = rename_only_keys(result)
        if renamed:
            lines.append(f"  only renamed agencies (see above): {', '.join(renamed)}")
    if result.is_empty:
        lines += ["", "no changes"]
    return "\n".join(lines) + "\n"


def render_json(result: PlanDiff) -> str:
    """Write the JSON document of :func:`diff.report.diff_to_dict`, indented, UTF-8 as is."""
    return json.dumps(diff_to_dict(result), ensure_ascii=False, indent=2) + "\n"


#: Every output format, by the name users give with ``--format``.
RENDERERS: dict[str, Callable[[PlanDiff], str]] = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
    "html": render_html,
    "csv": render_csv,
}


def render(result: PlanDiff, fmt: str) -> str:
    """Write the diff in format ``fmt``; an unknown name raises with the valid names."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError as exc:
        msg = f"unknown format {fmt!r}; choose one of: {', '.join(RENDERERS)}"
        raise DiffUsageError(msg) from exc
    return renderer(result)
