"""Markdown and HTML reports, for sharing a diff: escaped, and the HTML self-contained.

Both show what the text report shows, in the same order: counts, the summary (agency changes
grouped across rows, counts per dimension and field), added, removed, renumbered, modified.
Deleted words are struck through and inserted words emphasised (``<del>``/``<ins>`` in HTML,
``~~...~~``/``**...**`` in Markdown).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from core.model import Row
from diff.model import AgencyChange, PlanDiff, Rename, RowDiff
from diff.report import (
    Segment,
    detail_agency_change,
    detail_fields,
    detailed_rows,
    dimension_header,
    fields_note,
    headline_counts,
    join_segments,
    pair_note,
    rename_only_keys,
    rename_text,
    segments,
)
from diff.summary import Summary, group_text, summarize

#: Characters with a meaning in (GitHub) Markdown inline text; each is escaped with a backslash.
_MARKDOWN_SPECIAL_RE = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")

#: The HTML report's only styling, inline so the file stands alone.
_CSS = """
body { font-family: "Noto Sans", "Segoe UI", Arial, sans-serif; margin: 2em; line-height: 1.45; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1em; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
del { background: #fdd; color: #900; }
ins { background: #dfd; color: #060; text-decoration: none; }
.key { font-family: monospace; white-space: nowrap; }
.field { font-weight: bold; white-space: nowrap; }
.indicators { white-space: pre-line; }
""".strip()


def md_escape(text: str) -> str:
    r"""Escape text for use inside a Markdown paragraph or table cell (line breaks become spaces).

    >>> md_escape("Phòng A | [B] *C*")
    'Phòng A \\| \\[B\\] \\*C\\*'
    """
    return _MARKDOWN_SPECIAL_RE.sub(r"\\\1", " ".join(text.split()))


def _md_words(parts: list[Segment]) -> str:
    marks = {"equal": "{}", "delete": "~~{}~~", "insert": "**{}**"}
    return join_segments(parts, [marks[s.kind].format(md_escape(s.text)) for s in parts])


def _md_agencies(change: AgencyChange) -> str:
    parts = [f"removed {md_escape(r.name)}" for r in change.removed]
    parts += [f"added {md_escape(r.name)}" for r in change.added]
    parts += [md_escape(rename_text(r)) for r in change.renamed]
    return "; ".join(parts)


def _md_row(row: Row) -> str:
    return f"- `{row.key}` {md_escape(row.indicators)}"


def _details(
    row: RowDiff, words: Callable[[list[Segment]], str], roles: Callable[[AgencyChange], str]
) -> dict[str, str]:
    """Render the changes a row's details show (renames left to the summary), by field."""
    details = {c.field: words(segments(c.words)) for c in row.text_changes}
    for change in row.agency_changes:
        shown = detail_agency_change(change)
        if shown is not None:
            details[change.field] = roles(shown)
    return details


def _md_modified(row: RowDiff) -> list[str]:
    out = [f"### `{row.pair.new.key}`{md_escape(pair_note(row))}", ""]
    details = _details(row, _md_words, _md_agencies)
    out += [f"- **{name}**: {details[name]}" for name in detail_fields(row)]
    return [*out, ""]


def _md_summary(result: PlanDiff, summary: Summary) -> list[str]:
    out: list[str] = []
    if summary.agency_groups:
        out += ["## Agencies", ""]
        out += [f"- {md_escape(group_text(g))}: {', '.join(f'`{k}`' for k in g.keys)}" for g in summary.agency_groups]
        out.append("")
    if fields_note(result):
        out += [f"Fields {md_escape(fields_note(result))}.", ""]
    if summary.dimensions and not result.is_empty:
        head = dimension_header()
        out += ["## By dimension", "", "| " + " | ".join(head) + " |", "| --- |" + " ---: |" * (len(head) - 1)]
        out += [
            f"| {md_escape(d.label or str(d.number))} | {d.added} | {d.removed} | {d.modified} | {d.renumbered} "
            f"| {d.unchanged} |"
            for d in summary.dimensions
        ]
        out.append("")
    if summary.fields:
        out += ["Rows changed per field: " + ", ".join(f"{name} {n}" for name, n in summary.fields) + ".", ""]
    return out


def render_markdown(result: PlanDiff) -> str:
    """Write the diff as a Markdown document (GitHub flavour)."""
    out = [f"# Plan diff: {md_escape(result.old.name)} → {md_escape(result.new.name)}", ""]
    out += ["| change | rows |", "| --- | ---: |"] + [f"| {name} | {n} |" for name, n in headline_counts(result)] + [""]
    out += _md_summary(result, summarize(result))
    if result.added:
        out += ["## Added", ""] + [_md_row(row) for row in result.added] + [""]
    if result.removed:
        out += ["## Removed", ""] + [_md_row(row) for row in result.removed] + [""]
    if result.renumbered:
        out += ["## Renumbered", ""]
        out += [f"- `{p.old.key}` → `{p.new.key}` (indicator text, score {p.score:.1f})" for p in result.renumbered]
        out.append("")
    if result.modified:
        out += ["## Modified", ""]
        for row in detailed_rows(result):
            out += _md_modified(row)
        if rename_only_keys(result):
            out += ["Only renamed agencies (see above): " + ", ".join(f"`{k}`" for k in rename_only_keys(result)), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _html_words(parts: list[Segment]) -> str:
    tags = {"equal": "{}", "delete": "<del>{}</del>", "insert": "<ins>{}</ins>"}
    return join_segments(parts, [tags[s.kind].format(_esc(s.text)) for s in parts])


def _html_rename(rename: Rename) -> str:
    return _esc(rename_text(rename))


def _html_agencies(change: AgencyChange) -> str:
    parts = [f"removed <del>{_esc(r.name)}</del>" for r in change.removed]
    parts += [f"added <ins>{_esc(r.name)}</ins>" for r in change.added]
    parts += [_html_rename(r) for r in change.renamed]
    return "<br>".join(parts)


def _html_rows(title: str, rows: tuple[Row, ...]) -> list[str]:
    out = [f"<h2>{title}</h2>", "<table>", "<tr><th>key</th><th>indicators</th></tr>"]
    out += [
        f'<tr><td class="key">{_esc(r.key)}</td><td class="indicators">{_esc(r.indicators)}</td></tr>' for r in rows
    ]
    return [*out, "</table>"]


def _html_summary(result: PlanDiff, summary: Summary) -> list[str]:
    out: list[str] = []
    if summary.agency_groups:
        out += ["<h2>Agencies</h2>", "<ul>"]
        out += [
            f'<li>{_esc(group_text(g))}: <span class="key">{_esc(", ".join(g.keys))}</span></li>'
            for g in summary.agency_groups
        ]
        out.append("</ul>")
    if fields_note(result):
        out.append(f"<p>Fields {_esc(fields_note(result))}.</p>")
    if summary.dimensions and not result.is_empty:
        out += [
            "<h2>By dimension</h2>",
            "<table>",
            "<tr>" + "".join(f"<th>{h}</th>" for h in dimension_header()) + "</tr>",
        ]
        for d in summary.dimensions:
            cells = "".join(f"<td>{n}</td>" for n in (d.added, d.removed, d.modified, d.renumbered, d.unchanged))
            out.append(f"<tr><td>{_esc(d.label or str(d.number))}</td>{cells}</tr>")
        out.append("</table>")
    if summary.fields:
        out.append(
            "<p>Rows changed per field: " + _esc(", ".join(f"{name} {n}" for name, n in summary.fields)) + "</p>"
        )
    return out


def _html_modified(result: PlanDiff) -> list[str]:
    out = ["<h2>Modified</h2>", "<table>", "<tr><th>key</th><th>field</th><th>change</th></tr>"]
    for row in detailed_rows(result):
        details = _details(row, _html_words, _html_agencies)
        shown = detail_fields(row)
        for index, name in enumerate(shown):
            span = len(shown)
            key_text = _esc(row.pair.new.key + pair_note(row))
            key_cell = f'<td class="key" rowspan="{span}">{key_text}</td>' if index == 0 else ""
            out.append(f'<tr>{key_cell}<td class="field">{name}</td><td>{details[name]}</td></tr>')
    out.append("</table>")
    if rename_only_keys(result):
        keys = _esc(", ".join(rename_only_keys(result)))
        out.append(f'<p>Only renamed agencies (see above): <span class="key">{keys}</span></p>')
    return out


def render_html(result: PlanDiff) -> str:
    """Write the diff as one self-contained HTML page (inline CSS, no scripts, every text escaped)."""
    title = f"Plan diff: {result.old.name} → {result.new.name}"
    out = [
        "<!DOCTYPE html>",
        '<html lang="vi">',
        '<head><meta charset="utf-8">',
        f"<title>{_esc(title)}</title>",
        f"<style>\n{_CSS}\n</style>",
        "</head>",
        "<body>",
        f"<h1>{_esc(title)}</h1>",
        "<table>",
    ]
    out += [f"<tr><th>{name}</th><td>{n}</td></tr>" for name, n in headline_counts(result)] + ["</table>"]
    out += _html_summary(result, summarize(result))
    if result.added:
        out += _html_rows("Added", result.added)
    if result.removed:
        out += _html_rows("Removed", result.removed)
    if result.renumbered:
        out += ["<h2>Renumbered</h2>", "<table>", "<tr><th>old key</th><th>new key</th><th>score</th></tr>"]
        out += [
            f'<tr><td class="key">{_esc(p.old.key)}</td><td class="key">{_esc(p.new.key)}</td>'
            f"<td>{p.score:.1f}</td></tr>"
            for p in result.renumbered
        ]
        out.append("</table>")
    if result.modified:
        out += _html_modified(result)
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"
