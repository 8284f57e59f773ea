"""The static SVG bar chart: well-formed, proportional, escaped, no script."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from export.svg_chart import LABEL_CHARS, bar_chart

SVG = "{http://www.w3.org/2000/svg}"


def bars_of(svg: str) -> list[ET.Element]:
    return list(ET.fromstring(svg).iter(f"{SVG}rect"))


def test_bars_are_proportional_to_their_values() -> None:
    svg = bar_chart([("Phòng Nội vụ", 12), ("UBND cấp xã", 6), ("Thanh tra", 3)], title="Mentions")
    widths = [float(r.attrib["width"]) for r in bars_of(svg)]
    assert widths[0] == pytest.approx(2 * widths[1]) == pytest.approx(4 * widths[2])
    assert "Phòng Nội vụ" in svg and "<script" not in svg and "href" not in svg


def test_labels_are_escaped_and_long_ones_cut_with_the_whole_in_the_tooltip() -> None:
    label = "Ban <b>Chỉ đạo</b> & " + "rất dài " * 10
    root = ET.fromstring(bar_chart([(label, 1)], title="a < b"))
    texts = [t.text or "" for t in root.iter(f"{SVG}text")]
    assert texts[0] == "a < b"
    assert texts[1].endswith("…") and len(texts[1]) <= LABEL_CHARS and texts[1].startswith("Ban <b>Chỉ đạo</b> &")
    assert any(label in (t.text or "") for t in root.iter(f"{SVG}title"))


def test_no_bars_says_so_and_negative_values_are_refused() -> None:
    assert "no data" in bar_chart([], title="Nothing")
    assert bars_of(bar_chart([("zero", 0)], title="Zero"))[0].attrib["width"] == "0.0"
    with pytest.raises(ValueError, match="negative"):
        bar_chart([("x", -1)], title="Bad")


def test_the_same_bars_give_the_same_bytes() -> None:
    bars = [("A", 2.5), ("B", 1)]
    assert bar_chart(bars, title="T", unit="rows") == bar_chart(list(bars), title="T", unit="rows")
