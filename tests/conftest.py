"""Shared fixtures: sample documents, the hand-checked golden rows, and stage runners."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = ROOT / "tests" / "golden"

#: The fields every sample must reproduce exactly.
COMPARED = (
    "key",
    "dimension_no",
    "component_no",
    "dimension",
    "component",
    "indicators",
    "tasks",
    "implementing",
    "lead",
    "sector_guidance",
    "coordinating",
)


def audit_report(folder: Path, name: str, out: Path) -> str:
    """Extract one audit document as ``phuluc extract`` does and return the audit's own comparison of it.

    ``folder`` is a samples/auditN folder with ``compare_auditN.py`` and ``<doc>.expected.json``;
    the report ends in a "VERDICT: ..." line.
    """
    import contextlib
    import io
    import subprocess

    from phuluc.cli import main

    log = out.with_suffix(".log")
    with contextlib.redirect_stderr(io.StringIO()) as err, contextlib.redirect_stdout(io.StringIO()) as said:
        code = main(["extract", str(folder / name), "--out", str(out)])
    log.write_text(said.getvalue() + err.getvalue(), encoding="utf-8")
    compare = next(folder.glob("compare_audit*.py"))
    expected = folder / f"{Path(name).stem}.expected.json"
    command = [sys.executable, str(compare), str(expected), str(out), str(log), str(code)]
    return subprocess.run(command, capture_output=True, text=True, check=False).stdout


def sample_documents() -> list[Path]:
    """Every plan document in samples/: adding a file adds a test."""
    return sorted(p for p in SAMPLES.iterdir() if p.suffix.lower() in (".pdf", ".docx", ".xlsx"))


def seed_plan_documents() -> list[Path]:
    """The samples that are the seed's 2024 city plan (those with no expected rows of their own)."""
    return [p for p in sample_documents() if not (GOLDEN / p.stem / "rows.json").exists()]


@pytest.fixture(scope="session")
def seed_rows() -> list[dict[str, Any]]:
    """The 36 logical rows of the seed, checked by hand (tests/golden/seed/rows.json)."""
    rows: list[dict[str, Any]] = json.loads((GOLDEN / "seed" / "rows.json").read_text(encoding="utf-8"))
    return rows


@pytest.fixture(scope="session")
def odd_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """PDFs made from the landscape sample the way users meet them: encrypted with an open
    password ("secret"), with only an owner password, and scanned (pages as images, no text).
    """
    import pypdf
    import pypdfium2 as pdfium

    folder = tmp_path_factory.mktemp("odd-pdfs")
    source = SAMPLES / "plan-2024-landscape.pdf"
    made = {}
    for name, user, owner in (("user-password", "secret", "owner"), ("owner-password-only", "", "owner")):
        writer = pypdf.PdfWriter(clone_from=str(source))
        writer.encrypt(user_password=user, owner_password=owner, algorithm="AES-128")
        made[name] = folder / f"{name}.pdf"
        with made[name].open("wb") as handle:
            writer.write(handle)
    pdf = pdfium.PdfDocument(str(source))
    images = [pdf[i].render(scale=1).to_pil().convert("RGB") for i in range(1, 3)]
    made["scanned"] = folder / "scanned.pdf"
    images[0].save(made["scanned"], save_all=True, append_images=images[1:])
    return made


def load_bench(name: str) -> ModuleType:
    """Import ``bench/<name>.py`` (not a package) so tests can use its measurements."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def samples_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path]:
    """One run over every sample document, as `make extract` writes it: its result and output folder."""
    from phuluc.pipeline import run

    out = tmp_path_factory.mktemp("samples-out")
    result, _ = run(sample_documents(), out)
    assert not result.failures
    return result, out


@pytest.fixture(scope="session")
def samples_out(samples_run: tuple[Any, Path]) -> Path:
    """The output folder of one run over every sample document, as `make extract` writes it."""
    return samples_run[1]
