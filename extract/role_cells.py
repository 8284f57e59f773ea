"""One column for two roles: its label names both ("Cơ quan chủ trì/phối hợp"), its cells may name each.

A plan may give the lead and the coordinating bodies one column. The header reads it as the
first field its label names; the second has no column and stays empty, which is said. Where a
cell writes each role before its bodies ("Chủ trì: Phòng Tư pháp; Phối hợp: Văn phòng UBND"),
or after them in brackets ("Phòng Tư pháp (chủ trì); Văn phòng UBND (phối hợp)"), the parts go to
their fields: nothing is lost, and no coordinating body is counted as a lead (samples/audit41 F4).
A cell without the role words stays whole in the first field.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from core.model import Row
from core.text import fold
from extract.header import label_scores, tasks_hold_indicators

#: A label scoring this for a field holds one of that field's own names ("chủ trì", "phối hợp"), not a
#: word it shares with others ("thực hiện", "nội dung").
WHOLE_NAME_SCORE = 10
#: The role words a cell writes before a role's bodies, and the field of each (folded).
ROLE_FIELDS = {"chủ trì": "lead", "phối hợp": "coordinating", "thực hiện": "implementing"}
#: A role written before its bodies: "Phối hợp:", "Cơ quan chủ trì:", "Đơn vị phối hợp -", "phối hợp thực
#: hiện:" (a few words between the role and the colon).
_ROLE_RE = re.compile(
    r"(?:(?:cơ quan|đơn vị)\s+)?(" + "|".join(ROLE_FIELDS) + r")(?:\s*[:\-–]|(?:\s+[^\s:;,.]+){1,3}\s*:)\s*",
    re.IGNORECASE,
)
#: What may stand between one role's bodies and the next role: a stop, a semicolon, a comma, a line end.
_ROLE_BREAK_RE = re.compile(r"[;.,\n]\s*$")
#: A role written after its bodies, in brackets: "Phòng Nội vụ (chủ trì); Phòng Tư pháp (phối hợp)", with
#: the break after it (a stop, semicolon, comma, "và") taken with it.
_ROLES = "|".join(ROLE_FIELDS)
#: ... in brackets ("(chủ trì)", "[phối hợp]", "(cùng phối hợp)") or after a dash at a break ("Sở A - chủ trì;").
_ROLE_AFTER_RE = re.compile(
    rf"\s*(?:[(\[]\s*(?:cùng\s+)?({_ROLES})\s*[)\]]|\s[-–]\s*({_ROLES})(?=\s*(?:[;.,\n]|$)))\s*(?:[;.,]\s*)?(?:và\s+)?",
    re.IGNORECASE,
)
#: A role word anywhere: a body holding one ("Phòng Văn hóa (phối hợp với ...)") is no one role's bodies.
_ANY_ROLE_RE = re.compile(_ROLES, re.IGNORECASE)


def shared_columns(header: Sequence[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """Return each column whose label also names a field no column has: (label, its field, the other field).

    "Cơ quan chủ trì Cơ quan phối hợp" is two labels in one column (a borderless table's gutter not
    found: two columns run together) or a column holding both roles ("Cơ quan chủ trì, phối hợp").
    """
    fields = {field for field, _ in header if field}
    known = ("tasks", "indicators") if tasks_hold_indicators(header) else ()  # "Chỉ tiêu, nhiệm vụ, giải pháp" (README)
    shared = []
    for field, label in header:
        if field:
            more = [f for f, score in label_scores(label).items() if score >= WHOLE_NAME_SCORE and f not in fields]
            shared += [(label, field, other) for other in more if (field, other) != known]
    return shared


def shared_columns_warning(header: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    """Name the header columns whose label names two fields (:func:`shared_columns`): one column read for two."""
    shared = shared_columns(header)
    if not shared:
        return ()
    named = "; ".join(f"{' '.join(text.split())!r} read as {field}, also naming {also}" for text, field, also in shared)
    return (
        f"header column(s) whose label names two fields: {named}; each such column's text is in the first field "
        "and the other field is empty (two columns run together, or one column for both roles), but for cells "
        'that write each role before or after its bodies ("Chủ trì: ...; Phối hợp: ...", "... (chủ trì); ...'
        ' (phối hợp)"), split into the two fields',
    )


def split_roles(text: str, fields: set[str]) -> dict[str, str] | None:
    """Return a cell's bodies by role when it writes each role before or after its bodies, each at most once.

    ``fields`` are the roles the column's label names: a cell naming another stays whole (None).
    """
    return roles_before(text, fields) or roles_after(text, fields)


def roles_after(text: str, fields: set[str]) -> dict[str, str] | None:
    """Return a cell's bodies by role when every body is followed by its role in brackets, each role once.

    >>> roles_after("Phòng Nội vụ (chủ trì); Phòng Tư pháp, UBND các xã (phối hợp)", {"lead", "coordinating"})
    {'lead': 'Phòng Nội vụ', 'coordinating': 'Phòng Tư pháp, UBND các xã'}
    >>> roles_after("Phòng Nội vụ (chủ trì), Phòng Tư pháp", {"lead", "coordinating"}) is None
    True
    >>> roles_after("Phòng Tư pháp (phối hợp với Phòng Văn hóa); UBND xã (chủ trì)", {"lead", "coordinating"}) is None
    True
    """
    parts: dict[str, str] = {}
    start = 0
    for match in _ROLE_AFTER_RE.finditer(text):
        field = ROLE_FIELDS[fold(match.group(1) or match.group(2))]
        body = text[start : match.start()].strip()
        if not body or field not in fields or field in parts or _ANY_ROLE_RE.search(body):
            return None
        parts[field] = body
        start = match.end()
    if not parts or text[start:].strip():
        return None  # a body with no role after it: the cell stays whole
    return parts


def roles_before(text: str, fields: set[str]) -> dict[str, str] | None:
    """Return a cell's bodies by role when it opens with a role and names each of ``fields`` at most once.

    A later role starts after a stop, semicolon, comma or line end, or, capitalised and with its
    colon, after a space (a PDF line end read as one: "... Phòng Nội vụ Phối hợp: UBND các xã").

    >>> roles_before("Chủ trì: Phòng Tư pháp; Phối hợp: Văn phòng UBND, Phòng Nội vụ", {"lead", "coordinating"})
    {'lead': 'Phòng Tư pháp', 'coordinating': 'Văn phòng UBND, Phòng Nội vụ'}
    >>> roles_before("Chủ trì: Sở Nội vụ. Phối hợp: UBND các xã.", {"lead", "coordinating"})
    {'lead': 'Sở Nội vụ', 'coordinating': 'UBND các xã.'}
    >>> roles_before("Phòng Tư pháp (chủ trì: tuyên truyền)", {"lead", "coordinating"}) is None
    True
    """
    found = [m for m in _ROLE_RE.finditer(text) if _starts_role(text, m)]
    if not found or text[: found[0].start()].strip():
        return None
    parts: dict[str, str] = {}
    for match, after in zip(found, [*found[1:], None], strict=True):
        field = ROLE_FIELDS[fold(match.group(1))]
        if field not in fields or field in parts:
            return None
        body = text[match.end() : after.start() if after else len(text)].strip()
        parts[field] = body.rstrip(";.,").rstrip() if after else body  # the break before the next role is none of it
    if any(_ROLE_RE.search(part) and ":" in part for part in parts.values()):
        return None  # a role written in a way not read here: the cell stays whole
    return parts


def _starts_role(text: str, match: re.Match[str]) -> bool:
    """Tell whether a role found in a cell starts one: at its start, after a break, or capitalised after a space."""
    before = text[: match.start()]
    if not before.strip() or _ROLE_BREAK_RE.search(before):
        return True
    return text[match.start()].isupper() and match.group(0).rstrip().endswith(":")


def split_role_cells(rows: Sequence[Row], header: Sequence[tuple[str, str]]) -> tuple[list[Row], tuple[str, ...]]:
    """Split the cells of a column for two roles that name each role; say how many were split and how many not."""
    out = list(rows)
    said = []
    for label, field, other in shared_columns(header):
        if {field, other} - set(ROLE_FIELDS.values()):
            continue
        split = kept = 0
        for index, row in enumerate(out):
            text = getattr(row, field)
            parts = split_roles(text, {field, other}) if text.strip() else None
            if parts is None:
                kept += bool(text.strip())
                continue
            changes: dict[str, Any] = {field: parts.get(field, ""), other: parts.get(other, "")}
            out[index] = replace(row, **changes)
            split += 1
        if split:
            rest = f"; {kept} cell(s) name no role and stay in {field}" if kept else ""
            said.append(
                f"{split} cell(s) of the column {' '.join(label.split())!r} write each role before or after its"
                " bodies: "
                f"split into {field} and {other}{rest}"
            )
    return out, tuple(said)
