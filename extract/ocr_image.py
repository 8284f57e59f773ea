"""A scanned page image -> straightened image and its table rules, with OpenCV.

Scans come turned by a degree or two; the rules of a table are the longest straight dark
runs on the page. :func:`deskew` finds the turn that makes the horizontal rules sharpest (the
row profile of the ink peaks highest) and undoes it; :func:`find_rules` keeps the long thin
horizontal and vertical strokes with a morphological opening and returns them as
pdfplumber-style edges in points (origin top-left), for :func:`extract.grid.edges_to_grids`.
"""

from __future__ import annotations

from typing import Any

import numpy as np

#: Points per inch: edges are given in PDF points, as every other reader gives them.
POINTS_PER_INCH = 72.0
#: The largest turn (degrees) looked for; scanners and hand-fed pages stay well within it.
MAX_SKEW = 3.0
#: Step (degrees) of the search for the turn: at 300 dpi a 0.1 degree error moves the far end
#: of a 25 cm rule by 0.4 mm, under one rule width.
SKEW_STEP = 0.1
#: The image is searched for its turn at this scale: rule profiles survive a quarter scale.
SKEW_SEARCH_SCALE = 0.25
#: A horizontal rule is a dark run at least this long (pt): longer than any word, shorter than
#: the narrowest column (1.6 cm = 45 pt).
MIN_RULE_LENGTH = 30.0
#: A vertical rule at least this tall (pt): taller than a line of 14 pt text with its marks.
MIN_RULE_HEIGHT = 18.0
#: Gaps (pt) bridged along a rule, before and after the opening: scan noise and dropouts break
#: rules into pieces (1-3 px speckles at 200-300 dpi). No wider: at 2 pt the gaps between the
#: tops of a bold word's letters were bridged too, a 30 pt word ("nguyện" in a section row) became
#: a rule and its top half was erased.
RULE_GAP = 1.0


def to_binary(gray: Any) -> Any:
    """Return the ink mask (255 where ink) of a grey image, by Otsu's threshold."""
    import cv2

    _, mask = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return mask


#: How far from the ink's grey towards the paper's a pixel still counts as part of a rule: a rule
#: 0.5 pt thin, scanned at 200 dpi in grey and turned straight, is a light grey line (median 158,
#: paper 250, Otsu's threshold 165 on a LibreOffice plan) that the ink mask breaks into pieces; a
#: long straight run is a rule at any grey, while text and speckle make no such runs.
RULE_GREY_SHARE = 0.75


#: Grey at least this wide (pt) in both directions is a cell's shading, not a rule (rules are under
#: 1.5 pt): Word's "Gray-25%" fill (grey 192) is darker than the rule mask's limit, and its area
#: would make a rule of the whole header; the ink mask's rules (black rules beside it) are kept.
MIN_SHADING_WIDTH = 3.0


def to_rule_binary(gray: Any, dpi: float) -> Any:
    """Return the mask (255 where dark) rules are looked for in: lighter than the ink mask (:data:`RULE_GREY_SHARE`).

    The ink mask, and the grey that is not a shaded area (:data:`MIN_SHADING_WIDTH`).
    """
    import cv2

    otsu, ink_mask = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    dark = gray[gray <= otsu]
    ink, paper = float(np.median(dark)) if dark.size else 0.0, float(np.median(gray))
    limit = max(float(otsu) + 1, ink + (paper - ink) * RULE_GREY_SHARE)
    light = np.where(gray < limit, np.uint8(255), np.uint8(0))
    size = max(3, round(MIN_SHADING_WIDTH * dpi / POINTS_PER_INCH))
    shading = cv2.morphologyEx(light, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (size, size)))
    shading = cv2.dilate(shading, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))  # and its blurred edge
    return cv2.bitwise_or(ink_mask, cv2.bitwise_and(light, cv2.bitwise_not(shading)))


#: A column (or row) of pixels dark over at least this share of its length, in a run from the image's
#: edge inwards, is the scanner's edge: a lid left open, a copier's black border. No rule or text of a
#: page lies at the image's very edge (the page has margins), and read as rules such a band ran the
#: table's frame up through the title (samples/audit15 s08).
EDGE_DARK_SHARE = 0.5
#: Paper (pt) also cleared past a band: its blurred inner edge.
EDGE_SLACK = 1.0


#: Where a band cleared from a page's edge ended: (side, pixels from the image's left or top), side one of
#: "left", "right", "top", "bottom".
Band = tuple[str, int]


def clear_scanner_edges(gray: Any, dpi: float, mask: Any = None) -> tuple[Any, list[Band]]:
    """Return the page with the dark bands along its edges (:data:`EDGE_DARK_SHARE`) painted the paper's grey.

    Also where each band ended: a table frame the band covered is taken to end there
    (:func:`frame_at_bands`). ``mask`` is the page's :func:`to_rule_binary`, when made already.
    """
    dark = (to_rule_binary(gray, dpi) if mask is None else mask) > 0
    slack = round(EDGE_SLACK * dpi / POINTS_PER_INCH)
    bands: list[Band] = []
    for axis, (near, far) in ((0, ("left", "right")), (1, ("top", "bottom"))):  # down each column, along each row
        share = dark.mean(axis=axis)
        first, last = _edge_run(share), _edge_run(share[::-1])
        bands += [(near, min(first + slack, len(share)))] if first else []
        bands += [(far, max(0, len(share) - last - slack))] if last else []
    if not bands:
        return gray, bands
    clean = gray.copy()
    paper = np.median(gray)
    for side, end in bands:
        if side == "left":
            clean[:, :end] = paper
        elif side == "right":
            clean[:, end:] = paper
        elif side == "top":
            clean[:end, :] = paper
        else:
            clean[end:, :] = paper
    return clean, bands


#: A rule that ends this close (pt) to a cleared band ran into it: the band hid the rest of it.
BAND_REACH = 3.0


def frame_at_bands(edges: list[dict[str, float | str]], bands: list[Band], dpi: float) -> list[dict[str, float | str]]:
    """Return the frame rules a page's edge bands hid: one at a band's inner end where the table's rules run into it.

    A band over the page's left margin hides the table's left rule with it; the row rules that
    reach the band say the table went on under it, so its first column is closed at the band.
    """
    px = dpi / POINTS_PER_INCH
    frame: list[dict[str, float | str]] = []
    for side, end in bands:
        at = end / px
        across = "h" if side in ("left", "right") else "v"
        start, stop = ("x0", "x1") if across == "h" else ("top", "bottom")
        near = start if side in ("left", "top") else stop
        reaching = [e for e in edges if e["orientation"] == across and abs(float(e[near]) - at) <= BAND_REACH]
        if len(reaching) < 2:
            continue
        if across == "h":
            top, bottom = min(float(e["top"]) for e in reaching), max(float(e["top"]) for e in reaching)
            frame.append({"orientation": "v", "x0": at, "x1": at, "top": top, "bottom": bottom})
        else:
            left, right = min(float(e["x0"]) for e in reaching), max(float(e["x0"]) for e in reaching)
            frame.append({"orientation": "h", "x0": left, "x1": right, "top": at, "bottom": at})
    return frame


def _edge_run(share: Any) -> int:
    """Return how many lines from the start of ``share`` are dark (:data:`EDGE_DARK_SHARE`) without a break."""
    light = np.flatnonzero(share < EDGE_DARK_SHARE)
    return int(light[0]) if light.size else len(share)


def skew_angle(gray: Any) -> float:
    """Return the turn (degrees, counter-clockwise positive as OpenCV counts) that straightens the page."""
    import cv2

    small = cv2.resize(gray, None, fx=SKEW_SEARCH_SCALE, fy=SKEW_SEARCH_SCALE, interpolation=cv2.INTER_AREA)
    mask = to_binary(small)
    height, width = mask.shape
    centre = (width / 2, height / 2)
    best, best_score = 0.0, -1.0
    for step in range(int(-MAX_SKEW / SKEW_STEP), int(MAX_SKEW / SKEW_STEP) + 1):
        angle = step * SKEW_STEP
        matrix = cv2.getRotationMatrix2D(centre, angle, 1.0)
        turned = cv2.warpAffine(mask, matrix, (width, height), flags=cv2.INTER_NEAREST, borderValue=0)
        profile = turned.sum(axis=1, dtype=np.float64)
        score = float(np.square(profile).sum())
        if score > best_score:
            best, best_score = angle, score
    return best


def deskew(gray: Any) -> tuple[Any, float]:
    """Return the page turned straight, and the turn (degrees) that was undone."""
    import cv2

    angle = skew_angle(gray)
    if abs(angle) < SKEW_STEP / 2:
        return gray, 0.0
    height, width = gray.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    straight = cv2.warpAffine(gray, matrix, (width, height), flags=cv2.INTER_CUBIC, borderValue=255)
    return straight, angle


def find_rules(gray: Any, dpi: float, mask: Any = None) -> tuple[list[dict[str, float | str]], Any]:
    """Return the page's rules as edges (points, origin top-left) and the ink mask with them erased.

    The erased mask lets the text be read without the rules touching it. ``mask`` is the page's
    :func:`to_rule_binary`, when made already.
    """
    import cv2

    mask = to_rule_binary(gray, dpi) if mask is None else mask
    px = dpi / POINTS_PER_INCH
    gap = max(1, round(RULE_GAP * px))
    edges: list[dict[str, float | str]] = []
    rules = np.zeros_like(mask)
    rows: list[tuple[float, float, float]] = []  # the horizontal rules (px): x0, x1, middle
    for orientation, length in (("h", MIN_RULE_LENGTH), ("v", MIN_RULE_HEIGHT)):
        size = max(3, round(length * px))
        shape = (size, 1) if orientation == "h" else (1, size)
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, shape)
        bridge = cv2.getStructuringElement(cv2.MORPH_RECT, (gap, 1) if orientation == "h" else (1, gap))
        # bridge first: white speckles cut a rule into pieces shorter than the opening keeps
        bridged = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, bridge)
        vertical = bridged if orientation == "v" else mask  # short column rules are looked for in it too
        lines = cv2.morphologyEx(bridged, cv2.MORPH_OPEN, kernel)
        lines = cv2.morphologyEx(lines, cv2.MORPH_CLOSE, bridge)
        count, _, stats, _ = cv2.connectedComponentsWithStats(lines, connectivity=8)
        for x, y, w, h, _ in stats[1:count]:
            if orientation == "h":
                middle = y + h / 2
                rows.append((float(x), float(x + w), middle))
                edges.append(
                    {"orientation": "h", "x0": x / px, "x1": (x + w) / px, "top": middle / px, "bottom": middle / px}
                )
                continue
            top, bottom = trim_stubs(x + w / 2, float(y), float(y + h), rows, px)
            lines[y : max(y, round(top - gap)), x : x + w] = 0  # a letter's stem is no rule: left to be read
            lines[round(bottom + gap) : y + h, x : x + w] = 0
            middle = (x + w / 2) / px
            edges.append({"orientation": "v", "x0": middle, "x1": middle, "top": top / px, "bottom": bottom / px})
        rules |= lines
    short_edges, short = _short_column_rules(vertical, rows, rules, px)
    edges += short_edges
    dilated = cv2.dilate(rules | short, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
    return edges, dilated


#: A column rule shorter than :data:`MIN_RULE_HEIGHT` (but this tall, pt) is one where its ink joins the
#: row rule above it to the one below and the rule above is a spanning cell's, narrower than the table:
#: the rule between "Chủ trì" and "Phối hợp" in a grouped header's second band, parted from its column's
#: rule by a section row across the table (samples/audit48 s01). A bold capital's stem may touch both
#: rules of a tight section row (s04: "ĐIỆN"), whose rules run across the table.
MIN_SHORT_RULE_HEIGHT = 6.0
#: A row rule this much (share) of the widest one, or more, runs across the table.
ACROSS_TABLE_SHARE = 0.9


def _short_column_rules(
    bridged: Any, rows: list[tuple[float, float, float]], found: Any, px: float
) -> tuple[list[dict[str, float | str]], Any]:
    """Return the short column rules that run from one row rule to the next, as edges and a mask.

    ``bridged`` is the rule mask with its vertical gaps bridged, as the long column rules were found in it.
    """
    import cv2

    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(3, round(MIN_SHORT_RULE_HEIGHT * px))))
    lines = cv2.morphologyEx(bridged, cv2.MORPH_OPEN, kernel)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(lines, connectivity=8)
    edges: list[dict[str, float | str]] = []
    keep = np.zeros_like(bridged)
    widest = max((x1 - x0 for x0, x1, _ in rows), default=0.0)
    for index in range(1, count):
        x, y, w, h, _ = stats[index]
        middle = x + w / 2
        if h >= MIN_RULE_HEIGHT * px or found[y + h // 2, min(x + w // 2, found.shape[1] - 1)]:
            continue  # a long rule, found already
        crossing = sorted((m, x1 - x0) for x0, x1, m in rows if x0 <= middle <= x1)
        above = [(m, width) for m, width in crossing if m <= y + h / 2]
        below = [m for m, _ in crossing if m > y + h / 2]
        if not above or not below or y > above[-1][0] or y + h < below[0]:
            continue  # not joined to a row rule at each end
        if above[-1][1] >= ACROSS_TABLE_SHARE * widest:
            continue  # under a rule across the table: no spanning cell over it
        keep[labels == index] = 255
        top, bottom = float(above[-1][0] / px), float(below[0] / px)
        edges.append(
            {"orientation": "v", "x0": float(middle / px), "x1": float(middle / px), "top": top, "bottom": bottom}
        )
    return edges, keep


#: A column rule's end that runs this far (pt) or less past a row rule into a row closed on its far
#: side is a letter's stem touching the rule (a bold section row's "g" at 200 dpi), not the rule:
#: a stem is no taller than a line of text.
MAX_STUB = MIN_RULE_HEIGHT
#: A column rule's end within this much (pt) of a row rule ends at it (the rule's width and blur).
STUB_SLACK = 2.0


def trim_stubs(
    x: float, top: float, bottom: float, rows: list[tuple[float, float, float]], px: float
) -> tuple[float, float]:
    """Cut a column rule's ends (px) back to the row rules they poke past into a closed row.

    ``rows`` are the row rules (x0, x1, middle; px). An end is cut when it lies inside a row (a
    row rule crosses the column beyond it and none at it) and within :data:`MAX_STUB` of the nearer rule.
    """
    crossing = sorted(middle for x0, x1, middle in rows if x0 <= x <= x1)
    slack, stub = STUB_SLACK * px, MAX_STUB * px
    inner_top = [m for m in crossing if top + slack < m < bottom]
    if inner_top and inner_top[0] - top <= stub and _in_row(top, crossing, slack, above=True):
        top = inner_top[0]
    inner_bottom = [m for m in crossing if top < m < bottom - slack]
    if inner_bottom and bottom - inner_bottom[-1] <= stub and _in_row(bottom, crossing, slack, above=False):
        bottom = inner_bottom[-1]
    return top, bottom


def _in_row(end: float, crossing: list[float], slack: float, *, above: bool) -> bool:
    """Tell whether a column rule's end (px) lies inside a row: a row rule beyond it (``above`` a top end), none at it.

    An end on a row rule is a rule's true end (the short rule between "Chủ trì" and "Phối hợp"
    under a spanning header cell starts on the rule under that cell), whatever lies below it.
    """
    beyond = any(m < end - slack if above else m > end + slack for m in crossing)
    return beyond and not any(abs(m - end) <= slack for m in crossing)


#: Ink blobs smaller than this (pt², 9 px at 300 dpi) are scanner speckle, not text: the
#: smallest mark of 10 pt text (the dot of "i", the dot below "ạ") covers about 1.5 pt²; on
#: the noisy sample the blobs are 1-3 px, with none between 10 and 20 px.
MAX_SPECK_AREA = 0.5


def _specks(ink: Any, dpi: float) -> Any:
    """Return the mask of the ink blobs of an ink mask that are speckle (:data:`MAX_SPECK_AREA`)."""
    import cv2

    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    limit = MAX_SPECK_AREA * (dpi / POINTS_PER_INCH) ** 2
    specks = np.flatnonzero(stats[:, cv2.CC_STAT_AREA] < limit)
    return np.isin(labels, specks[specks > 0])  # label 0 is the background


def erase(gray: Any, rules: Any, dpi: float) -> Any:
    """Return the grey page with the rules and the speckles painted white, for the text reader."""
    clean = gray.copy()
    clean[rules > 0] = 255
    clean[_specks(to_binary(clean), dpi)] = 255
    return clean


def ink_only(gray: Any, dpi: float) -> Any:
    """Return the grey page with all but its ink white: what is lighter than its threshold, and speckle.

    Faint speckles that :func:`erase` keeps (they are not ink by the page's threshold) are read
    by Tesseract in a small crop, which it thresholds by itself: a speck by the stop of "3." made "3;".
    """
    ink = to_binary(gray)
    ink[_specks(ink, dpi)] = 0
    return np.where(ink > 0, gray, 255).astype(gray.dtype)


#: An upright bar is at least this many times as tall as it is wide: the sans-serif "I" of a Roman
#: numeral (31 x 5 px at 300 dpi in 10.5 pt); a "1" with its flag is under 3 times.
BAR_ASPECT = 4.0
#: Bars of one numeral are this alike in height (shortest over tallest).
BAR_HEIGHT_RATIO = 0.8
#: At most this many bars make a Roman numeral ("III").
MAX_BARS = 3


def upright_bars(gray: Any) -> int:
    """Return how many upright bars of one height are all the ink of a cell image, 0 if other ink.

    Tesseract reads a sans-serif "III" (three bare strokes) as "II" or nothing; the strokes, counted,
    give the Roman numeral.
    """
    import cv2

    count, _, stats, _ = cv2.connectedComponentsWithStats(to_binary(gray), connectivity=8)
    boxes = [(int(w), int(h)) for _, _, w, h, _ in stats[1:count]]
    if not 1 <= len(boxes) <= MAX_BARS or any(h < BAR_ASPECT * w for w, h in boxes):
        return 0
    heights = [h for _, h in boxes]
    return len(boxes) if min(heights) >= BAR_HEIGHT_RATIO * max(heights) else 0


#: A stem runs down at least this share of the tallest ink's height: the upright of a Roman "I"
#: (serif or not) runs the whole cap height; a "V" or "X" has none (its diagonals cross a column
#: for a third of the height at most), the dot of a stop is short.
STEM_SHARE = 0.8


def upright_stems(gray: Any) -> int:
    """Return how many upright stems the ink of a word image has: the "I"s of a Roman numeral.

    A stem is a run of neighbouring columns each holding an unbroken vertical run of ink at least
    :data:`STEM_SHARE` of the tallest connected ink's height. Bold serif "III." has its serifs
    joined (one blob, so no bars to count) but still three stems; "VIII." three, "VI." one, "V." none.
    """
    import cv2

    mask = to_binary(gray) > 0
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    if count < 2:
        return 0
    height = int(stats[1:count, cv2.CC_STAT_HEIGHT].max())
    longest = np.zeros(mask.shape[1], np.int32)
    current = np.zeros(mask.shape[1], np.int32)
    for row in mask:
        current = (current + 1) * row
        longest = np.maximum(longest, current)
    stem = longest >= STEM_SHARE * height
    return int(np.count_nonzero(stem[1:] & ~stem[:-1]) + int(stem[0]))
