"""Group numbers a plan does not write: from the PAPI code its labels name, else from the labels' order.

A plan that heads its groups with bare names ("Kiểm soát tham nhũng trong khu vực công" over "Kiểm
soát tham nhũng trong chính quyền địa phương") gives the keys no D or C. Taking 1 for both keyed
every row by its place in the whole plan (1.1.1, 1.1.1-2, ... 1.1.1-13; samples/audit28 F2), so a
year that inserts one indicator re-paired every row after it. The PAPI code the labels name
(:func:`extract.papi.labels_to_code`) is the same every year, whatever order and wording the plan
uses: it numbers such a group, and its rows' keys join across years by component. A label that
names no PAPI entry takes its place among its level's labels (the next number no other label of
the level has); so does one whose PAPI number the plan writes for another label of the level (a bare
"Tri thức công dân", PAPI 1.1, beside the plan's "1. Cơ hội tham gia": samples/review34 g1c). A
number the plan writes always wins; the rows numbered here are named in a warning.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

#: How many keys a warning lists.
QUOTED_KEYS = 8

#: A label in its scope: (the dimension it is under, or () for a dimension; its text).
Scoped = tuple[Hashable, str]
#: One row at one level: its scope, label, the number the plan writes (None: none) and the PAPI code's number.
LevelRow = tuple[Hashable, str, int | None, int | None]


@dataclass(frozen=True)
class GroupLabels:
    """A row's two group labels, the numbers the plan writes for them (None: none), and their PAPI code."""

    dimension: str
    dimension_no: int | None
    component: str
    component_no: int | None
    papi: str


@dataclass(frozen=True)
class GroupNumbers:
    """A row's dimension and component numbers; ``implied`` when either is not the plan's own."""

    dimension_no: int
    component_no: int
    implied: bool = False


def _papi_part(code: str, level: int) -> int | None:
    """Return the dimension (level 0) or component (1) number of a PAPI code ("3.3"), or None."""
    parts = code.split(".") if code else []
    return int(parts[level]) if len(parts) > level else None


def _agreed(values: Sequence[int | None]) -> int | None:
    """Return the one number the values give (None left out), or None when they give none or several."""
    found = {value for value in values if value is not None}
    return found.pop() if len(found) == 1 else None


def _by_order(labels: Sequence[Scoped], known: dict[Scoped, int]) -> dict[Scoped, int]:
    """Give the labels without a number their place among their scope's labels, skipping numbers taken.

    ``labels`` are (scope, label) pairs in document order; ``known`` the numbers the plan or the
    PAPI index gives. A label whose place another label of its scope has takes the next free number.
    """
    numbers = dict(known)
    order: dict[Hashable, list[str]] = {}
    for scope, label in labels:
        if label not in order.setdefault(scope, []):
            order[scope].append(label)
    for scope, names in order.items():
        taken = {number for (s, _), number in numbers.items() if s == scope}
        for place, label in enumerate(names, start=1):
            if (scope, label) in numbers:
                continue
            while place in taken:
                place += 1
            numbers[(scope, label)] = place
            taken.add(place)
    return numbers


def _level_numbers(rows: Sequence[LevelRow]) -> list[tuple[int, bool]]:
    """Return (number, implied) per row at one level.

    The plan's own number stands; a label without one takes the PAPI number its rows agree on unless
    the plan writes that number for another label of its scope, else its place (:func:`_by_order`).
    A row without a label is 1 (nothing to number) unless its PAPI code says otherwise.
    """
    papi: dict[Scoped, list[int | None]] = {}
    for scope, label, own, code in rows:
        if label and own is None:
            papi.setdefault((scope, label), []).append(code)
    written = _own_numbers(rows)
    owners = {(scope, number): label for (scope, label), number in written.items()}
    known = {
        (scope, label): number
        for (scope, label), codes in papi.items()
        if (number := _agreed(codes)) is not None and owners.get((scope, number), label) == label
    }
    labelled = [(scope, label) for scope, label, _, _ in rows if label]
    numbers = _by_order(labelled, {**known, **written})
    result: list[tuple[int, bool]] = []
    for scope, label, own, code in rows:
        if own is not None:
            result.append((own, False))
        elif label:
            result.append((numbers[(scope, label)], True))
        else:
            result.append((code or 1, code is not None))
    return result


def _own_numbers(rows: Sequence[LevelRow]) -> dict[Scoped, int]:
    """Return the numbers the plan writes, per (scope, label): other labels of the scope do not take them."""
    return {(scope, label): own for scope, label, own, _ in rows if label and own is not None}


def group_numbers(rows: Sequence[GroupLabels]) -> list[GroupNumbers]:
    """Give every row its dimension and component numbers, the plan's own where it writes them.

    A component is numbered among the components of its dimension (the same label under two
    dimensions is two components).
    """
    dimensions = _level_numbers([((), r.dimension, r.dimension_no, _papi_part(r.papi, 0)) for r in rows])
    components = _level_numbers(
        [
            ((r.dimension, d), r.component, r.component_no, _papi_part(r.papi, 1) if r.component else None)
            for r, (d, _) in zip(rows, dimensions, strict=True)
        ]
    )
    return [
        GroupNumbers(d, c, d_implied or c_implied)
        for (d, d_implied), (c, c_implied) in zip(dimensions, components, strict=True)
    ]


def implied_number_warnings(keys: Sequence[str], numbers: Sequence[GroupNumbers]) -> tuple[str, ...]:
    """Name the rows whose dimension or component number the plan does not write (:func:`group_numbers`)."""
    implied = [key for key, number in zip(keys, numbers, strict=True) if number.implied]
    if not implied:
        return ()
    quoted = ", ".join(implied[:QUOTED_KEYS]) + (", ..." if len(implied) > QUOTED_KEYS else "")
    return (
        f"{len(implied)} row(s) have group labels the plan does not number ({quoted}): their dimension and "
        "component numbers (and keys) are not the plan's own but the PAPI code the labels name (column papi), "
        "else the labels' order in the plan",
    )
