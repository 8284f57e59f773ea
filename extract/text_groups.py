"""Grouped headers of tables drawn without column rules: a label over two columns, their own labels under it.

"Cơ quan, đơn vị thực hiện" over "Chủ trì" | "Phối hợp": a borderless table shows the grouping only
by where the labels stand. The group label, centred, crosses the gutter between the columns it
groups; left-aligned, it stands over the first alone, and the second column's own label is the
only one it has. :func:`extract.text_grid.text_table` makes such a header two bands, the group
label one cell over its columns, so the header is read as a ruled grouped header is
(:func:`extract.pdf_page.find_header`: "Cơ quan, đơn vị thực hiện › Chủ trì"), and its columns'
labels are read so too (:func:`header_labels`). Coordinates: points, origin at the page's top-left,
``top`` growing downwards.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.text import fold
from extract.header import KEY_PHRASES, name_fields_alone, stacked_label
from extract.pdf_objects import Char
from extract.text_lines import BIN, TextLine, column_of, crosses, gutters, overlaps_any, run_crosses, spaced

#: Lines read as a header start when their folded text holds one of these words.
HEADER_WORDS = tuple(sorted({phrase.split()[0] for phrases in KEY_PHRASES.values() for phrase, _ in phrases}))


def header_words(line: TextLine) -> int:
    """Return how many of the header words a line holds."""
    folded = fold(line.text)
    return sum(1 for word in HEADER_WORDS if word in folded)


#: A grouped header's spanning label ("Cơ quan, đơn vị thực hiện" over "Chủ trì" | "Phối hợp") lies
#: in the header's first lines, the labels under it with it: the lines looked at, from the header's first.
GROUPED_HEADER_LINES = 4


def spanning_label_lines(
    lines: Sequence[TextLine], start: int, gutter: tuple[float, float], strips: Sequence[tuple[float, float]] = ()
) -> set[int]:
    """Return the indexes of the header lines whose label spans ``gutter`` over a label on each side of it.

    A borderless grouped header centres its group's label over the columns it groups: the label
    crosses their gutter, which no data line does on the page, and read as a merged cell it ran
    the two columns into one (samples/audit43 p03: lead and coordinating one column, their bodies
    interleaved). The labels under it, one each side of the gutter and near it, say the gutter is
    real. Empty when the gutter is crossed otherwise, or nothing stands under the label. Each of
    those labels lies in the column beside the gutter, up to the next of ``strips`` (the table's
    other gutters): the next column's text is no label under it (samples/audit2 b4).
    """
    g0, g1 = gutter
    outer0 = max((s1 for _, s1 in strips if s1 <= g0), default=float("-inf"))
    outer1 = min((s0 for s0, _ in strips if s0 >= g1), default=float("inf"))
    spanning: list[int] = []
    left = right = False
    for i in range(start, min(start + GROUPED_HEADER_LINES, len(lines))):
        line = lines[i]
        if crosses(line, [gutter]):
            if left or right or (spanning and i != spanning[-1] + 1):
                return set()  # crossed again further down: not one label
            spanning.append(i)
            continue
        if not spanning:
            continue
        if line.top - lines[i - 1].bottom > HEADER_ROWS_GAP * line.size:
            break  # a gap: the header has ended
        p0, p1 = next((x0, x1) for x0, x1 in lines[spanning[-1]].spans if x0 < g0 + BIN and x1 > g1 - BIN)
        reach = (p1 - p0) / 2  # the labels under it lie under it, or about half its width from it
        runs = [run for run in line.spans if _is_label_run(line, run)]
        left = left or any(p0 - reach < x1 <= g0 + BIN and x0 >= outer0 - BIN for x0, x1 in runs)
        right = right or any(g1 - BIN <= x0 < p1 + reach and x1 <= outer1 + BIN for x0, x1 in runs)
        if left and right:
            return set(spanning)
    return set()


#: The labels under a group label stand at most this many font sizes under it: the two rows of a grouped
#: header, each cell padded (LibreOffice: 13.8 pt at 12 pt, samples/review44 sections-g2-l).
HEADER_ROWS_GAP = 2.0
#: A column's own label has at least this many letters: a list's number ("1.", "a)") or a bullet under a
#: header is the hanging indent of a list in the column, whose white strip is no gutter (samples/audit2 b4).
LABEL_LETTERS = 2


def _is_label_run(line: TextLine, run: tuple[float, float]) -> bool:
    """Tell whether a run of a line may be a column's own label: it has words, not only a list's number or bullet."""
    x0, x1 = run
    inside = (c["text"] for c in line.chars if x0 <= (c["x0"] + c["x1"]) / 2 <= x1)
    return sum(1 for text in inside for ch in text if ch.isalpha()) >= LABEL_LETTERS


def group_label_gutters(
    lines: Sequence[TextLine],
    start: int,
    body: Sequence[TextLine],
    strips: Sequence[tuple[float, float]],
    allowance: int,
) -> list[tuple[float, float]]:
    """Return the gutters of ``body`` (the table's lines) that only a group label of the header at ``start`` crosses.

    Measured without the header's first lines (down to the label's last), apart from ``strips``
    (the gutters found with them): on a short page the allowance of crossed gutters
    (:func:`extract.text_merged.crossed_gutters`) widens the strips beside such a gutter until
    they run into one another, and it was not found at all.
    """
    out: list[tuple[float, float]] = []
    for end in range(start + 1, min(start + GROUPED_HEADER_LINES, len(lines)) + 1):
        above = {id(line) for line in lines[start:end]}  # the header's lines down to the label's last
        for g0, g1 in gutters([line for line in body if id(line) not in above], allowance):
            if overlaps_any((g0, g1), [*strips, *out]):  # the first found: measured on most lines
                continue
            if spanning_label_lines(lines, start, (g0, g1), strips):
                out.append((g0, g1))
    return out


def under_spanning_labels(lines: Sequence[TextLine], crossed: Sequence[tuple[float, float]]) -> float | None:
    """Return where a grouped header's band of group labels ends and its columns' own labels start, or None.

    ``lines`` are the header band's; a line crossing one of the ``crossed`` gutters must be a
    label spanning it over a label each side (:func:`spanning_label_lines`).
    """
    over: set[int] = set()
    for gutter in crossed:
        if any(crosses(line, [gutter]) for line in lines):
            spanning = spanning_label_lines(lines, 0, gutter)
            if not spanning:
                return None
            over |= spanning
    if not over or max(over) + 1 >= len(lines):
        return None
    return (lines[max(over)].bottom + lines[max(over) + 1].top) / 2


def repeated_group_labels(
    lines: Sequence[TextLine], strips: Sequence[tuple[float, float]]
) -> list[tuple[float, float]]:
    """Return the gutters a grouped header repeated at the page's top spans with a group label.

    The label crosses the gutter; unread, the page's table started under it, and its columns'
    own labels ("Chủ trì", "Phối hợp") were read as a data row (samples/audit43 p03, page 2).
    """
    out = []
    for gutter in strips:
        spanning = spanning_label_lines(lines, 0, gutter, [s for s in strips if s != gutter])
        if spanning and header_words(lines[min(spanning)]):  # the header's first line among them
            out.append(gutter)
    return out


def left_group_labels(top: Sequence[str], under: Sequence[str]) -> set[int]:
    """Return the columns whose label in a header's top band is a group label over the next columns too.

    ``top`` and ``under`` are the labels of the header's band and the band under it, column by
    column. A group label left-aligned in its group ("Cơ quan, đơn vị thực hiện" over "Chủ trì")
    stands over the first column alone; the next column's label is only its own ("Phối hợp"), in
    the band under, which was read as a data row and the column as one with no label
    (samples/audit43 p03, LibreOffice). Every label under must name a field by itself, as a
    column's own label does and a data row's text does not.
    """
    named = [label for label in under if label.strip()]
    if len(named) < 2 or not name_fields_alone(named):
        return set()
    out: set[int] = set()
    for k in range(len(top) - 1):
        if not (top[k].strip() and under[k].strip()):
            continue
        j = k
        while j + 1 < len(top) and not top[j + 1].strip() and under[j + 1].strip():
            out.add(j)
            j += 1
    return out


def widened(
    strips: Sequence[tuple[float, float]],
    named: Sequence[tuple[float, float]],
    lines: Sequence[TextLine],
    allowance: int,
) -> list[tuple[float, float]]:
    """Return the gutters of ``lines`` (the table's, without its group labels) that the labels narrowed or hid.

    A group label that starts or ends inside a gutter (centred over three columns: it starts in the
    gutter before its first column's text ends) narrows it to the white beside the label, or hides
    it (samples/review44 pages-g3-repeat-r: lead and guidance one column). Each of ``strips`` is
    widened to the white gutter that holds it, and the gutters the labels hid are added; those of
    ``named`` (the labels cross them) are left to the caller. A later page, whose gutters are looked
    for inside the first page's, otherwise lost the boundary where its text ran wider
    (g3-center-l: the lead's body read into guidance).
    """
    found = gutters(lines, allowance)
    out = [next(((g0, g1) for g0, g1 in found if g0 <= s0 and s1 <= g1), (s0, s1)) for s0, s1 in strips]
    taken = [*out, *named]
    out += [gutter for gutter in found if not overlaps_any(gutter, taken)]
    return sorted(out)


def header_labels(
    lines: Sequence[TextLine],
    xs: Sequence[float],
    end: float,
    begin: float = float("-inf"),
    crossed: Sequence[tuple[float, float]] = (),
) -> list[str]:
    """Header labels: the text of each column above ``end`` (below ``begin``), lines joined with spaces.

    A run across one of the ``crossed`` gutters is a group label over the columns it spans: each
    of them is labelled under it ("Thời gian thực hiện › Bắt đầu"), as a ruled grouped header's are.
    """
    parts: list[list[str]] = [[] for _ in range(len(xs) - 1)]
    groups: list[list[str]] = [[] for _ in range(len(xs) - 1)]
    for line in lines:
        if line.top >= end:
            break
        if (line.top + line.bottom) / 2 < begin:
            continue
        words: dict[int, list[Char]] = {}
        spread: dict[tuple[float, float], list[Char]] = {}
        across = [run for run in line.spans if run_crosses(run, crossed)] if crossed else []
        for char in line.chars:
            middle = (char["x0"] + char["x1"]) / 2
            run = next((r for r in across if r[0] <= middle <= r[1]), None)
            if run is not None:
                spread.setdefault(run, []).append(char)
            elif (k := column_of(middle, xs)) is not None:
                words.setdefault(k, []).append(char)
        for k, chars in words.items():
            parts[k].append(spaced(chars))
        for (x0, x1), chars in spread.items():
            for k in range(len(xs) - 1):
                if x0 < xs[k + 1] and xs[k] < x1:
                    groups[k].append(spaced(chars))
    return [stacked_label(" ".join(g), " ".join(p)) for g, p in zip(groups, parts, strict=True)]
