"""Renderers: stable bytes for equal inputs, escaping, the JSON contract, context around changes."""

from __future__ import annotations

import json
import random
from html.parser import HTMLParser

from plans import by_key, golden_dicts, plan

from diff import diff_plans, load_agencies, render
from diff.model import PlanDiff
from diff.render import RENDERERS
from diff.report import CONTEXT_WORDS, ELLIPSIS

AGENCIES = load_agencies()


def _changed(shuffle_seed: int | None = None) -> PlanDiff:
    old, new = golden_dicts(), golden_dicts()
    by_key(new, "4.2.1")["tasks"] += "\n- Kiểm tra <script>alert('x')</script> & | *đậm* [liên kết]"
    by_key(new, "3.2.1")["lead"] = "Phòng Nội vụ"
    by_key(new, "8.1.1")["lead"] = "Phòng Văn hóa, Khoa học và Thông tin"
    new = [row for row in new if row["key"] != "7.3.1"]
    if shuffle_seed is not None:
        random.Random(shuffle_seed).shuffle(new)
    return diff_plans(plan(old, "2024"), plan(new, "2025"), AGENCIES)


def test_output_is_byte_identical_whatever_the_row_order() -> None:
    for fmt in RENDERERS:
        outputs = {render(_changed(seed), fmt) for seed in (None, 1, 2, 3)}
        assert len(outputs) == 1, fmt


def test_json_has_the_contract_keys_and_details() -> None:
    data = json.loads(render(_changed(), "json"))
    assert data["added"] == [] and data["removed"] == ["7.3.1"]
    assert data["modified"] == {"3.2.1": ["lead"], "4.2.1": ["tasks"], "8.1.1": ["lead"]}
    assert data["changes"]["3.2.1"]["lead"] == {
        "kind": "agencies",
        "added": [{"id": "phong-noi-vu", "name": "Phòng Nội vụ"}],
        "removed": [{"id": "thanh-tra-thanh-pho", "name": "Thanh tra thành phố"}],
        "renamed": [],
    }
    assert data["changes"]["8.1.1"]["lead"]["renamed"] == [
        {
            "old": {"id": "phong-van-hoa-thong-tin", "name": "Phòng Văn hóa và Thông tin"},
            "new": {"id": "phong-van-hoa-khoa-hoc-thong-tin", "name": "Phòng Văn hóa, Khoa học và Thông tin"},
            "since": "2025-03-01",
            "merged": False,
        }
    ]
    steps = data["changes"]["4.2.1"]["tasks"]["words"]
    assert steps[-1]["op"] == "insert" and steps[-1]["new"].startswith("- Kiểm tra <script>")
    assert {"old": "3.2.1", "new": "3.2.1", "method": "key", "score": 100.0} in data["pairs"]
    assert data["removed_rows"][0]["key"] == "7.3.1"


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_escaped_and_self_contained() -> None:
    page = render(_changed(), "html")
    parser = _Collect()
    parser.feed(page)
    assert "script" not in parser.tags and "link" not in parser.tags and "img" not in parser.tags
    assert "<script>alert('x')</script>" in "".join(parser.text)
    assert "http" not in page and '<meta charset="utf-8">' in page and "<del>Thanh tra thành phố</del>" in page


def test_markdown_escapes_table_and_emphasis_characters() -> None:
    page = render(_changed(), "markdown")
    assert "\\| \\*đậm\\* \\[liên kết\\]" in page and "\\<script\\>" in page
    assert "| removed | 1 |" in page


def test_text_shows_a_few_words_of_context_around_a_change() -> None:
    old, new = golden_dicts(), golden_dicts()
    row = by_key(new, "1.1.1")
    row["tasks"] = row["tasks"].replace("cộng đồng dân cư", "cộng đồng dân cư và doanh nghiệp")
    text = render(diff_plans(plan(old), plan(new), AGENCIES), "text")
    (line,) = [line for line in text.splitlines() if line.startswith("    tasks:")]
    before, after = line.split("{+và doanh nghiệp+}")
    assert before.strip().startswith(f"tasks: {ELLIPSIS}") and after.strip().endswith(ELLIPSIS)
    assert len(before.split()) == CONTEXT_WORDS + 2 and len(after.split()) == CONTEXT_WORDS + 1
