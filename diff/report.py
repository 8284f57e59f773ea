"""The diff as plain data: the JSON document, and the pieces every renderer shows.

The JSON keeps ``added``, ``removed`` (keys), ``modified`` (new key -> changed field names) and
``renumbered`` (old key -> new key) at the top for scripts, then the details: every pair with its
method and score, per field the word diff or the agency changes, and the added and removed rows,
then the summary (:mod:`diff.summary`): ``agency_groups``, ``dimensions``, ``fields_changed`` and
``fields`` (compared, and only in one plan). Dicts are built in a fixed order and lists are
sorted by key, so equal inputs give equal bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from core.model import FIELDS, Row
from diff.fields import field_text
from diff.model import AgencyChange, AgencyRef, PlanDiff, Rename, RowDiff, TextChange, WordOp
from diff.summary import AgencyGroup, Summary, summarize
from diff.words import is_closing

#: Words of unchanged text shown on each side of a change; enough to find the place in the plan.
CONTEXT_WORDS = 6
#: What stands for the unchanged words left out.
ELLIPSIS = "…"


@dataclass(frozen=True)
class Segment:
    """A piece of a word diff to show: kept text (possibly shortened), deleted or inserted words."""

    kind: str
    text: str


def _shorten(words: list[str], *, keep_head: bool, keep_tail: bool) -> str:
    head = words[:CONTEXT_WORDS] if keep_head else []
    tail = words[-CONTEXT_WORDS:] if keep_tail else []
    if len(head) + len(tail) >= len(words):
        return " ".join(words)
    return " ".join([*head, ELLIPSIS, *tail])


def segments(ops: tuple[WordOp, ...]) -> list[Segment]:
    """Cut a word diff into segments, unchanged runs shortened to :data:`CONTEXT_WORDS` around changes.

    >>> ops = (WordOp("equal", "a b c d e f g h", "a b c d e f g h"), WordOp("insert", "", "x"))
    >>> [(s.kind, s.text) for s in segments(ops)]
    [('equal', '… c d e f g h'), ('insert', 'x')]
    """
    out: list[Segment] = []
    for index, op in enumerate(ops):
        if op.op == "equal":
            words = op.new.split()
            out.append(Segment("equal", _shorten(words, keep_head=index > 0, keep_tail=index < len(ops) - 1)))
            continue
        if op.old:
            out.append(Segment("delete", op.old))
        if op.new:
            out.append(Segment("insert", op.new))
    return out


def join_segments(parts: list[Segment], marked: list[str]) -> str:
    """Join rendered segments with spaces, except before one that starts with closing punctuation."""
    out = ""
    for part, text in zip(parts, marked, strict=True):
        out += text if not out or is_closing(part.text) else f" {text}"
    return out


def ref_to_dict(ref: AgencyRef) -> dict[str, Any]:
    """Write an agency as JSON: canonical id (null when unmatched) and name."""
    return {"id": ref.id, "name": ref.name}


def agency_change_to_dict(change: AgencyChange) -> dict[str, Any]:
    """Write one role's changes as JSON."""
    return {
        "kind": "agencies",
        "added": [ref_to_dict(r) for r in change.added],
        "removed": [ref_to_dict(r) for r in change.removed],
        "renamed": [
            {"old": ref_to_dict(r.old), "new": ref_to_dict(r.new), "since": r.since, "merged": r.merged}
            for r in change.renamed
        ],
    }


def text_change_to_dict(change: TextChange) -> dict[str, Any]:
    """Write one text field's word diff as JSON: every step, unchanged runs in full."""
    steps: list[dict[str, str]] = []
    for op in change.words:
        if op.op == "equal":
            steps.append({"op": "equal", "text": op.new})
        elif op.op == "delete":
            steps.append({"op": "delete", "old": op.old})
        elif op.op == "insert":
            steps.append({"op": "insert", "new": op.new})
        else:
            steps.append({"op": "replace", "old": op.old, "new": op.new})
    return {"kind": "text", "words": steps}


def row_changes_to_dict(row: RowDiff) -> dict[str, Any]:
    """Write a paired row's changed fields, in column order."""
    by_field: dict[str, dict[str, Any]] = {c.field: text_change_to_dict(c) for c in row.text_changes}
    by_field.update({c.field: agency_change_to_dict(c) for c in row.agency_changes})
    return {name: by_field[name] for name in FIELDS if name in by_field}


def row_to_dict(row: Row) -> dict[str, Any]:
    """Write an added or removed row's key and field texts."""
    return {"key": row.key, **{name: field_text(row, name) for name in FIELDS}}


def group_to_dict(group: AgencyGroup) -> dict[str, Any]:
    """Write one agency group as JSON: what changed, and the rows and roles it touched."""
    return {
        "kind": group.kind,
        "old": [ref_to_dict(r) for r in group.old],
        "new": [ref_to_dict(r) for r in group.new],
        "since": group.since,
        "rows": list(group.keys),
        "roles": list(group.roles),
        "places": [list(place) for place in group.places],
    }


def summary_to_dict(result: PlanDiff, summary: Summary) -> dict[str, Any]:
    """Write the head of the report: agency groups, counts per dimension and field, fields compared."""
    return {
        "agency_groups": [group_to_dict(g) for g in summary.agency_groups],
        "dimensions": [
            {
                "dimension": d.number,
                "label": d.label,
                "added": d.added,
                "removed": d.removed,
                "modified": d.modified,
                "renumbered": d.renumbered,
                "unchanged": d.unchanged,
            }
            for d in summary.dimensions
        ],
        "fields_changed": dict(summary.fields),
        "fields": {
            "compared": list(result.fields),
            "only_old": list(result.only_old),
            "only_new": list(result.only_new),
        },
    }


def diff_to_dict(result: PlanDiff) -> dict[str, Any]:
    """Write the whole diff as the JSON document described above."""
    return {
        "old": {"name": result.old.name, "rows": len(result.old.rows)},
        "new": {"name": result.new.name, "rows": len(result.new.rows)},
        "summary": {
            "added": len(result.added),
            "removed": len(result.removed),
            "modified": len(result.modified),
            "renumbered": result.renumbered_only,  # as the dimensions count: a modified row is modified
            "unchanged": result.unchanged,
        },
        "added": [row.key for row in result.added],
        "removed": [row.key for row in result.removed],
        "modified": {row.pair.new.key: list(row.changed_fields) for row in result.modified},
        "renumbered": {pair.old.key: pair.new.key for pair in result.renumbered},
        "pairs": [
            {"old": r.pair.old.key, "new": r.pair.new.key, "method": r.pair.method, "score": r.pair.score}
            for r in result.rows
        ],
        "changes": {row.pair.new.key: row_changes_to_dict(row) for row in result.modified},
        "added_rows": [row_to_dict(row) for row in result.added],
        "removed_rows": [row_to_dict(row) for row in result.removed],
        **summary_to_dict(result, summarize(result)),
    }


def pair_note(row: RowDiff) -> str:
    """Say how a pair was found, for a modified or renumbered row: "(was 6.1.5; indicator text 100.0)"."""
    pair = row.pair
    if pair.method == "key":
        return ""
    return f" (was {pair.old.key}; paired by indicator text, score {pair.score:.1f})"


def headline_counts(result: PlanDiff) -> list[tuple[str, int]]:
    """Return the row counts, each row counted once as the per-dimension table counts it.

    A row renumbered and modified is a modified row ("modified (1 also renumbered)"); "renumbered"
    counts the rows whose key alone changed, so added, modified, renumbered and unchanged add up to
    the new plan's rows, removed, modified, renumbered and unchanged to the old plan's (audit34 F5).
    """
    both = result.renumbered_modified
    return [
        ("added", len(result.added)),
        ("removed", len(result.removed)),
        (f"modified ({both} also renumbered)" if both else "modified", len(result.modified)),
        ("renumbered", result.renumbered_only),
        ("unchanged", result.unchanged),
    ]


def summary_line(result: PlanDiff) -> str:
    """Write the counts, in the order the sections follow."""
    return ", ".join(f"{n} {name}" for name, n in headline_counts(result))


def rename_text(rename: Rename) -> str:
    """Write a rename as one phrase: "renamed A → B (since ...)" or "merged A into B (since ...)"."""
    since = f" (since {rename.since})" if rename.since else ""
    if rename.merged:
        return f"merged {rename.old.name} into {rename.new.name}{since}"
    return f"renamed {rename.old.name} → {rename.new.name}{since}"


def detail_agency_change(change: AgencyChange) -> AgencyChange | None:
    """Return what the row details show of a role's change: bodies added and removed, renames left out.

    Renames and merges of the agency list are grouped in the summary; a role changed by them
    alone shows nothing here.
    """
    if not change.added and not change.removed:
        return None
    return replace(change, renamed=())


def detail_fields(row: RowDiff) -> tuple[str, ...]:
    """Return the fields the row details show: text changes and agency changes other than renames."""
    shown = {c.field for c in row.text_changes}
    shown |= {c.field for c in row.agency_changes if detail_agency_change(c) is not None}
    return tuple(name for name in row.changed_fields if name in shown)


def detailed_rows(result: PlanDiff) -> tuple[RowDiff, ...]:
    """Return the modified rows with something to show besides the renames of the summary."""
    return tuple(row for row in result.modified if detail_fields(row))


def rename_only_keys(result: PlanDiff) -> tuple[str, ...]:
    """Return the keys of the modified rows that only the summary's renames and merges changed."""
    return tuple(row.pair.new.key for row in result.modified if not detail_fields(row))


def dimension_header() -> tuple[str, ...]:
    """Return the column names of the per-dimension table."""
    return ("dimension", "added", "removed", "modified", "renumbered", "unchanged")


def fields_note(result: PlanDiff) -> str:
    """Say which fields only one plan has (not compared), or "" when both have the same."""
    parts = []
    if result.only_old:
        parts.append(f"only in {result.old.name}: {', '.join(result.only_old)}")
    if result.only_new:
        parts.append(f"only in {result.new.name}: {', '.join(result.only_new)}")
    return "; ".join(parts) + (" (not compared)" if parts else "")


def _names(refs: tuple[AgencyRef, ...]) -> str:
    return "; ".join(ref.name for ref in refs)


def agency_text(change: AgencyChange) -> str:
    """Write one role's changes as one line of text: "removed A | added B | renamed C → D"."""
    parts = []
    if change.removed:
        parts.append(f"removed {_names(change.removed)}")
    if change.added:
        parts.append(f"added {_names(change.added)}")
    parts.extend(rename_text(r) for r in change.renamed)
    return " | ".join(parts)


def word_diff_text(parts: list[Segment]) -> str:
    """Write a word diff git-style: "kept [-deleted-]{+inserted+}"."""
    marks = {"equal": "{}", "delete": "[-{}-]", "insert": "{{+{}+}}"}
    return join_segments(parts, [marks[s.kind].format(s.text) for s in parts])
