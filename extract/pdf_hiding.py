"""What may hide a pdfium text object's characters, in page space: its clipping box, white boxes drawn over it.

pdfium gives a text object's clipping path and bounds in the space of the form XObject it was
drawn in, less the matrix the form was drawn with: :func:`moved` takes them to page space, where
the characters are. A character outside its clipping box, or under an opaque white box drawn
after it, is not seen (:mod:`extract.unseen`).
"""

from __future__ import annotations

from typing import Any, NamedTuple

#: A box in page space: x0, y0, x1, y1.
Box4 = tuple[float, float, float, float]


class Hiding(NamedTuple):
    """What may hide some characters of a text object: its clipping box, opaque white boxes drawn over it later."""

    clip: Box4 | None
    covers: tuple[Box4, ...]


def inside(inner: tuple[float, ...], outer: Box4, slack: float) -> bool:
    """Tell whether a box (x0, y0, x1, y1) lies inside another, ``slack`` pt allowed."""
    return (
        inner[0] >= outer[0] - slack
        and inner[2] <= outer[2] + slack
        and inner[1] >= outer[1] - slack
        and inner[3] <= outer[3] + slack
    )


def overlaps(a: tuple[float, ...], b: Box4) -> bool:
    """Tell whether two boxes (x0, y0, x1, y1) overlap."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


#: The matrix that changes nothing.
IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def moved(box: Box4, matrix: tuple[float, ...]) -> Box4:
    """Return the box around a box (left, bottom, right, top) taken through a matrix."""
    a, b, c, d, e, f = matrix
    left, bottom, right, top = box
    points = [(a * x + c * y + e, b * x + d * y + f) for x in (left, right) for y in (bottom, top)]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)


def clip_box(calls: Any, clip: int, point: tuple[Any, Any], point_at: tuple[int, int]) -> Box4 | None:
    """Return the box a clipping path keeps (its paths intersected, each by its corners' box), in page space.

    ``point`` is a pair of floats the segments' points are read into (at addresses ``point_at``).
    """
    box: Box4 | None = None
    x, y = point
    for path in range(calls.clip_paths(clip)):
        xs, ys = [], []
        for index in range(calls.clip_segments(clip, path)):
            segment = calls.clip_segment(clip, path, index)
            if segment and calls.point(segment, *point_at):
                xs.append(x.value)
                ys.append(y.value)
        if not xs:
            continue
        part = (min(xs), min(ys), max(xs), max(ys))
        box = (
            part
            if box is None
            else (max(box[0], part[0]), max(box[1], part[1]), min(box[2], part[2]), min(box[3], part[3]))
        )
    return box
