"""Write a :class:`~diff.model.PlanDiff` as text (terminal), JSON, Markdown or HTML.

``render(result, fmt)`` picks the writer from :data:`RENDERERS`. Text opens with the counts,
then lists added, removed, renumbered and modified rows, word diffs marked git-style
(``[-deleted-]{+inserted+}``).
"""

from __future__ import annotations

import json
from collections.abc import Callable

from core.model import Row
from diff.errors import DiffUsageError
from diff.model import AgencyChange, AgencyRef, PlanDiff
from diff.render_markup import render_html, render_markdown
from diff.report import Segment, diff_to_dict, join_segments, pair_note, rename_text, segments, summary_line

#: Text-field changes are indented under their row by this much.
_INDENT = "    "


def _names(refs: tuple[AgencyRef, ...]) -> str:
    return "; ".join(ref.name for ref in refs)


def agency_text(change: AgencyChange) -> str:
    """Write one role's changes as one line of text."""
    parts = []
    if change.removed:
        parts.append(f"removed {_names(change.removed)}")
    if change.added:
        parts.append(f"added {_names(change.added)}")
    parts.extend(rename_text(r) for r in change.renamed)
    return " | ".join(parts)


def _word_diff_text(parts: list[Segment]) -> str:
    marks = {"equal": "{}", "delete": "[-{}-]", "insert": "{{+{}+}}"}
    return join_segments(parts, [marks[s.kind].format(s.text) for s in parts])


def _row_lines(row: Row, mark: str) -> list[str]:
    first, *rest = row.indicators.split("\n") or [""]
    lines = [f"  {mark} {row.key}  {first}"]
    lines.extend(f"{_INDENT}{' ' * len(row.key)}{line}" for line in rest)
    return lines


def render_text(result: PlanDiff) -> str:
    """Write the terminal report: counts first, then each kind of change."""
    lines = [f"{result.old.name} ({len(result.old.rows)} rows) → {result.new.name} ({len(result.new.rows)} rows)"]
    lines.append(summary_line(result))
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
        for row in result.modified:
            lines.append(f"  {row.pair.new.key}: {', '.join(row.changed_fields)}{pair_note(row)}")
            changes = {c.field: _word_diff_text(segments(c.words)) for c in row.text_changes}
            changes.update({c.field: agency_text(c) for c in row.agency_changes})
            lines.extend(f"{_INDENT}{name}: {changes[name]}" for name in row.changed_fields)
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
}


def render(result: PlanDiff, fmt: str) -> str:
    """Write the diff in format ``fmt``; an unknown name raises with the valid names."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError as exc:
        msg = f"unknown format {fmt!r}; choose one of: {', '.join(RENDERERS)}"
        raise DiffUsageError(msg) from exc
    return renderer(result)
