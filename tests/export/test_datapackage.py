"""datapackage.json: a Frictionless Data Package that `frictionless validate` accepts, and rejects when broken."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from core.model import METHOD_PATTERN, SURE_METHODS
from normalize.rules import RULES

FRICTIONLESS = Path(sys.executable).parent / "frictionless"


def validate(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(FRICTIONLESS), "validate", "datapackage.json"], cwd=folder, capture_output=True, text=True, check=False
    )


def test_frictionless_validates_the_samples_outputs(samples_out: Path) -> None:
    done = validate(samples_out)
    assert done.returncode == 0, done.stdout[-3000:]
    assert done.stdout.count("VALID") == 3 and "INVALID" not in done.stdout


def test_the_schema_names_every_csv_column_with_a_description(samples_out: Path) -> None:
    package = json.loads((samples_out / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["path"] for r in package["resources"]] == ["rows.csv", "agency_mentions.csv", "review.csv"]
    for resource in package["resources"]:
        with (samples_out / resource["path"]).open(encoding="utf-8-sig", newline="") as handle:
            header = next(csv.reader(handle))
        fields = resource["schema"]["fields"]
        assert [f["name"] for f in fields] == header
        assert all(f["description"] and f["title"] for f in fields)
        assert set(resource["schema"]["primaryKey"]) <= set(header)
    plan = json.loads((samples_out / "plan.json").read_text(encoding="utf-8"))
    assert [s["title"] for s in package["sources"]] == [d["source"] for d in plan["documents"]]


def test_a_mention_pointing_at_no_row_is_rejected(samples_out: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(samples_out, broken)
    path = broken / "agency_mentions.csv"
    lines = path.read_text(encoding="utf-8-sig").split("\n")
    cells = next(csv.reader([lines[1]]))
    cells[1] = "99.99.99"
    lines[1] = ",".join(f'"{c}"' for c in cells)
    path.write_text("\ufeff" + "\n".join(lines), encoding="utf-8")
    done = validate(broken)
    assert done.returncode != 0 and "foreign-key" in done.stdout


def test_a_score_out_of_range_is_rejected(samples_out: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(samples_out, broken)
    path = broken / "agency_mentions.csv"
    text = path.read_text(encoding="utf-8-sig").split("\n")
    cells = next(csv.reader([text[1]]))
    cells[7] = "101.0"
    text[1] = ",".join(f'"{c}"' for c in cells)
    path.write_text("\ufeff" + "\n".join(text), encoding="utf-8")
    done = validate(broken)
    assert done.returncode != 0 and "constraint" in done.stdout


def test_every_method_the_normalizer_names_fits_the_schema() -> None:
    names = {rule.name for rule in RULES} | set(SURE_METHODS) | {"fuzzy", "unmatched"}
    assert all(re.fullmatch(METHOD_PATTERN, name) for name in names)
