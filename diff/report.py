"""The diff as plain data: the JSON document, and the pieces every renderer shows.

The JSON keeps ``added``, ``removed`` (keys), ``modified`` (new key -> changed field names) and
``renumbered`` (old key -> new key) at the top for scripts, then the details: every pair with its
method and score, per field the word diff or the agency changes, and the added and removed rows.
Dicts are built in a fixed order and lists are sorted by key, so equal inputs give equal bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.model import FIELDS, Row
from diff.model import AgencyChange, AgencyRef, PlanDiff, Rename, RowDiff, TextChange, WordOp
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
    """Write an added or removed row's key and eight field texts."""
    return {"key": row.key, **{name: row.text(name) for name in FIELDS}}


def diff_to_dict(result: PlanDiff) -> dict[str, Any]:
    """Write the whole diff as the JSON document described above."""
    return {
        "old": {"name": result.old.name, "rows": len(result.old.rows)},
        "new": {"name": result.new.name, "rows": len(result.new.rows)},
        "summary": {
            "added": len(result.added),
            "removed": len(result.removed),
            "modified": len(result.modified),
            "renumbered": len(result.renumbered),
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
    }


def pair_note(row: RowDiff) -> str:
    """Say how a pair was found, for a modified or renumbered row: "(was 6.1.5; indicator text 100.0)"."""
    pair = row.pair
    if pair.method == "key":
        return ""
    return f" (was {pair.old.key}; paired by indicator text, score {pair.score:.1f})"


def summary_line(result: PlanDiff) -> str:
    """Write the counts, in the order the sections follow."""
    return (
        f"{len(result.added)} added, {len(result.removed)} removed, {len(result.modified)} modified, "
        f"{len(result.renumbered)} renumbered, {result.unchanged} unchanged"
    )


def rename_text(rename: Rename) -> str:
    """Write a rename as one phrase: "renamed A → B (since ...)" or "merged A into B (since ...)"."""
    since = f" (since {rename.since})" if rename.since else ""
    if rename.merged:
        return f"merged {rename.old.name} into {rename.new.name}{since}"
    return f"renamed {rename.old.name} → {rename.new.name}{since}"
