"""``phuluc diff`` on the command line: inputs, source choice, formats, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from plans import by_key, golden_dicts, plan_json

from phuluc.cli import main


@pytest.fixture
def two_years(tmp_path: Path) -> tuple[Path, Path]:
    new = golden_dicts()
    by_key(new, "3.2.1")["lead"] = "Phòng Nội vụ"
    old_path, new_path = tmp_path / "2024.json", tmp_path / "2025.json"
    old_path.write_text(plan_json(("plan-2024.docx", golden_dicts())), encoding="utf-8")
    new_path.write_text(plan_json(("plan-2025.docx", new)), encoding="utf-8")
    return old_path, new_path


def test_text_goes_to_stdout_counts_first(
    two_years: tuple[Path, Path], capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["diff", *map(str, two_years)]) == 0
    lines = capsysbinary.readouterr().out.decode("utf-8").splitlines()
    assert lines[0] == "plan-2024.docx (36 rows) → plan-2025.docx (36 rows)"
    assert lines[1] == "0 added, 0 removed, 1 modified, 0 renumbered, 35 unchanged"
    assert "    lead: removed Thanh tra thành phố | added Phòng Nội vụ" in lines


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_every_format_writes_a_file(two_years: tuple[Path, Path], tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"diff.{fmt}"
    assert main(["diff", *map(str, two_years), "--format", fmt, "--output", str(out)]) == 0
    assert "Thanh tra thành phố" in out.read_text(encoding="utf-8")


def test_a_plan_json_with_several_documents_needs_a_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    both = tmp_path / "plan.json"
    changed = golden_dicts()
    by_key(changed, "1.1.1")["tasks"] += "\n- Thêm một việc."
    both.write_text(plan_json(("a.docx", golden_dicts()), ("b.pdf", changed)), encoding="utf-8")
    assert main(["diff", str(both), str(both)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "holds 2 documents (a.docx, b.pdf)" in err and "--old-source" in err
    assert (
        main(
            ["diff", str(both), str(both), "--old-source", "a.docx", "--new-source", "plans/b.pdf", "--format", "json"]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["modified"] == {"1.1.1": ["tasks"]}
    assert main(["diff", str(both), str(both), "--old-source", "c.docx", "--new-source", "a.docx"]) == 2
    assert "no document named 'c.docx'; it holds: a.docx, b.pdf" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "status", "message"),
    [
        (None, 1, "no such file"),
        ("{not json", 1, "not a plan.json"),
        ('{"documents": [{"source": "x", "rows": [{"key": "1.1.1"}]}]}', 1, "malformed row"),
        ('{"documents": []}', 1, "holds no extracted document"),
        ("Kế hoạch, không phải PDF", 1, "broken.pdf"),
    ],
)
def test_unreadable_inputs_give_one_line_and_status_1(
    two_years: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str | None,
    status: int,
    message: str,
) -> None:
    bad = tmp_path / ("broken.pdf" if content and not content.startswith("{") else "bad.json")
    if content is not None:
        bad.write_text(content, encoding="utf-8")
    assert main(["diff", str(two_years[0]), str(bad)]) == status
    err = capsys.readouterr().err
    assert err.startswith("phuluc: error: ") and err.count("\n") == 1 and message in err
    assert "Traceback" not in err


def test_usage_errors_give_status_2(two_years: tuple[Path, Path], tmp_path: Path) -> None:
    assert main(["diff", str(two_years[0])]) == 2
    assert main(["diff", *map(str, two_years), "--format", "pdf"]) == 2
    assert main(["diff", str(two_years[0]), str(two_years[1]), "--new-source", "nowhere"]) == 2


def test_extract_still_works(tmp_path: Path) -> None:
    from conftest import SAMPLES

    assert main(["extract", str(SAMPLES / "plan-2024-landscape.docx"), "--out", str(tmp_path), "--quiet"]) == 0
    assert (tmp_path / "plan.json").exists()


def test_a_side_whose_reading_lost_text_is_named_on_stderr(
    two_years: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """samples/audit27 F1: a row the reader lost showed in the diff as added, and nothing said so."""
    old, new = two_years
    payload = json.loads(old.read_text(encoding="utf-8"))
    payload["documents"][0]["coverage"] = {
        "chars_in_table_region": 900,
        "chars_placed": 850,
        "pages_with_loss": [5],
        "complete": False,
    }
    old.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    assert main(["diff", str(old), str(new)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [
        '"plan-2024.docx": note: 50 of 900 characters of the table region are in no row (page(s) 5); '
        "what its reading lost shows here as changes"
    ]
    assert main(["diff", str(new), str(new)]) == 0 and capsys.readouterr().err == ""


def test_a_document_sides_reading_warnings_are_noted_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    """samples/audit43 F3: extract warned of its reading (one column read for two roles); the diff said nothing."""
    from conftest import SAMPLES

    pair = SAMPLES / "audit43" / "pairs" / "p03"
    assert main(["diff", str(pair / "old.pdf"), str(pair / "new.pdf"), "--format", "json"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert any(line.startswith('"old.pdf": note: its reading: continuation mark') for line in err)
    assert any(line.startswith('"new.pdf": note: its reading: continuation mark') for line in err)
    assert all(line.startswith(('"old.pdf": note:', '"new.pdf": note:')) for line in err)
