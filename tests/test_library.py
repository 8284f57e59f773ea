"""``--update``: the library keeps its documents, reads only what changed, and gives a fresh run's bytes."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import unicodedata
from pathlib import Path

import pytest
from conftest import SAMPLES

from core.settings import ExtractSettings, NormalizeSettings, Settings
from phuluc.batch import source_names
from phuluc.cli import main
from phuluc.library import LIBRARY_DIR, MANIFEST, settings_for
from phuluc.pipeline import OutputSet, extract_to, run

#: The outputs a fresh run writes; an --update folder holds them and its library.
OUTPUTS = [
    "agency_mentions.csv",
    "datapackage.json",
    "metadata.json",
    "plan.json",
    "plan.sqlite",
    "review.csv",
    "review.html",
    "rows.csv",
]
#: Small plans, quick to read: two DOCX and a 10-page PDF (its rows have page crops).
SOURCES = {
    "a.docx": SAMPLES / "plan-2024-landscape.docx",
    "b.pdf": SAMPLES / "layouts" / "long-row-reportlab.pdf",
    "c.docx": SAMPLES / "plan-2024-grouped.docx",
}


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Copies of the plans in a folder of their own, the working folder (paths are given relative, as people do)."""
    folder = tmp_path / "plans"
    folder.mkdir()
    for name, source in SOURCES.items():
        shutil.copyfile(source, folder / name)
    monkeypatch.chdir(tmp_path)
    return folder


def outputs(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in OUTPUTS}


def update(*paths: str, out: str = "lib", settings: Settings | None = None) -> tuple[int, int]:
    """Run --update; return (documents in the outputs, documents taken from the library unread)."""
    with OutputSet(Path(out)) as held:
        report, written = extract_to([Path(p) for p in paths], held, settings, update=True)
    assert written and not report.failures
    return len(report.documents), report.reused


def fresh(*paths: str, out: str = "fresh") -> dict[str, bytes]:
    result, written = run([Path(p) for p in paths], Path(out))
    assert written and not result.failures
    return outputs(Path(out))


def manifest(out: str = "lib") -> dict:  # type: ignore[type-arg]
    return json.loads(Path(out, LIBRARY_DIR, MANIFEST).read_text(encoding="utf-8"))


def test_documents_added_later_give_the_bytes_of_one_fresh_run(plans: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "plans/a.docx", "plans/b.pdf", "--out", "lib", "--update", "-q"]) == 0
    os.remove("plans/a.docx")  # a library document not given again is never read again: its file may go
    assert main(["extract", "plans/c.docx", "--out", "lib", "--update"]) == 0
    assert "library: 3 documents, 1 read, 2 unchanged" in capsys.readouterr().out
    shutil.copyfile(SOURCES["a.docx"], "plans/a.docx")
    assert outputs(Path("lib")) == fresh("plans/a.docx", "plans/b.pdf", "plans/c.docx")
    assert "<img " in outputs(Path("lib"))["review.html"].decode("utf-8")  # the PDF's crops came from the library
    assert [d["path"] for d in manifest()["documents"]] == ["plans/a.docx", "plans/b.pdf", "plans/c.docx"]


def test_an_unchanged_batch_is_read_from_the_library(plans: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "plans", "--out", "lib", "--update", "-q"]) == 0
    before = outputs(Path("lib"))
    assert main(["extract", "plans", "--out", "lib", "--update"]) == 0
    assert "library: 3 documents, 0 read, 3 unchanged" in capsys.readouterr().out
    assert outputs(Path("lib")) == before


def test_a_changed_file_is_read_again_in_its_place(plans: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "plans", "--out", "lib", "--update", "-q"]) == 0
    shutil.copyfile(SAMPLES / "plan-2024-portrait.docx", "plans/a.docx")  # new bytes, same name
    assert main(["extract", "plans/a.docx", "--out", "lib", "--update"]) == 0
    out = capsys.readouterr().out
    assert "library: 3 documents, 1 read, 2 unchanged" in out
    assert '"plans/a.docx": ' in out and "(python-docx; read)\n" in out  # which one was read (audit46 F3)
    assert "(pdfium; from the library)\n" in out
    assert outputs(Path("lib")) == fresh("plans/a.docx", "plans/b.pdf", "plans/c.docx")


@pytest.mark.parametrize(
    "changed",
    [
        Settings(normalize=NormalizeSettings(jurisdiction="tỉnh Quảng Trị")),
        Settings(extract=ExtractSettings(strict=True)),
    ],
    ids=["jurisdiction", "strict"],
)
def test_other_settings_read_every_given_file_again(plans: Path, changed: Settings) -> None:
    assert update("plans/a.docx", "plans/b.pdf") == (2, 0)
    assert update("plans/a.docx", "plans/b.pdf", settings=changed) == (2, 0)
    keys = {d["key"] for d in manifest()["documents"]}
    assert update("plans/a.docx", "plans/b.pdf", settings=changed) == (2, 2)
    assert {d["key"] for d in manifest()["documents"]} == keys


def test_a_pdf_setting_reads_the_pdfs_again_not_the_docx(plans: Path) -> None:
    changed = ExtractSettings(engine="pdfplumber")  # --ocr is the same rule (settings_for, below), 13 s of OCR
    assert update("plans/a.docx", "plans/b.pdf") == (2, 0)
    assert update("plans/a.docx", "plans/b.pdf", settings=Settings(extract=changed)) == (2, 1)
    assert update("plans/a.docx", "plans/b.pdf") == (2, 1)  # the PDF once more, as the default engine reads it


def test_a_docx_laid_out_as_pdf_pages_is_read_again_by_another_engine() -> None:
    docx = {"file_type": "docx", "settings": {"engine": "pdfium", "ocr": False, "docx_pdf": True, "strict": False}}
    assert settings_for(docx["file_type"], docx["settings"]) == docx["settings"]
    plain = {**docx["settings"], "docx_pdf": False}
    assert settings_for("docx", plain) == {"strict": False}
    assert settings_for("xlsx", docx["settings"]) == {"strict": False}
    assert settings_for("pdf", docx["settings"]) == {"engine": "pdfium", "ocr": False, "strict": False}
    assert settings_for(None, plain) == plain


def test_a_list_file_counts_by_its_contents(plans: Path, tmp_path: Path) -> None:
    extra = tmp_path / "extra.csv"
    shutil.copyfile(Path(__file__).parent.parent / "normalize" / "agencies.csv", extra)
    settings = Settings(normalize=NormalizeSettings(agencies_add=extra))
    assert update("plans/a.docx", settings=settings) == (1, 0)
    assert update("plans/a.docx", settings=settings) == (1, 1)
    extra.write_text(extra.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert update("plans/a.docx", settings=settings) == (1, 0)


def test_a_damaged_entry_is_read_again_when_given(plans: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "plans/a.docx", "plans/c.docx", "--out", "lib", "--update", "-q"]) == 0
    for entry in Path("lib", LIBRARY_DIR).glob("*.json.gz"):
        entry.write_bytes(gzip.compress(b'{"document": {"provenance": 1}}'))
    shutil.copyfile(SAMPLES / "plan-2024-portrait.docx", "plans/c.docx")  # c.docx changed, and was not given
    assert main(["extract", "plans/a.docx", "--out", "lib", "--update", "-q"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        'phuluc: error: "plans/c.docx": its copy in the library is damaged and its file has changed since it was '
        "read; give the file again, or drop it from the library with --forget PATH"
    ]
    without_failures = ["rows.csv", "agency_mentions.csv", "review.csv", "datapackage.json", "metadata.json"]
    again, read = outputs(Path("lib")), fresh("plans/a.docx")
    assert {name: again[name] for name in without_failures} == {name: read[name] for name in without_failures}
    assert [d["path"] for d in manifest()["documents"]] == ["plans/a.docx", "plans/c.docx"]  # c stays, named
    assert main(["extract", "plans/c.docx", "--out", "lib", "--update", "-q"]) == 0  # given: read as it is now
    assert outputs(Path("lib")) == fresh("plans/a.docx", "plans/c.docx")


def test_a_damaged_entry_whose_file_is_unchanged_is_read_again_in_its_place(
    plans: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # audit21 F1: a cut-short entry whose file was not given was named once, then dropped silently
    assert main(["extract", "plans/a.docx", "plans/c.docx", "--out", "lib", "--update", "-q"]) == 0
    for entry in Path("lib", LIBRARY_DIR).glob("*.json.gz"):
        entry.write_bytes(entry.read_bytes()[:100])
    os.chdir("plans")  # the library knows the file by its absolute path, not by the working folder
    assert main(["extract", "b.pdf", "--out", "../lib", "--update"]) == 0
    out = capsys.readouterr()
    assert out.err == ""
    assert (
        "library: 3 documents, 3 read, 0 unchanged; 2 damaged library copies read again from their files: "
        '"plans/a.docx", "plans/c.docx"' in out.out
    )
    os.chdir("..")
    assert [d["path"] for d in manifest()["documents"]] == ["plans/a.docx", "plans/c.docx", "b.pdf"]
    assert main(["extract", "plans/a.docx", "--out", "lib", "--update"]) == 0
    assert "library: 3 documents, 0 read, 3 unchanged\n" in capsys.readouterr().out


def test_a_damaged_entry_is_named_by_every_run_until_its_file_is_given(
    plans: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "plans/a.docx", "plans/c.docx", "--out", "lib", "--update", "-q"]) == 0
    for entry in Path("lib", LIBRARY_DIR).glob("*.json.gz"):
        entry.write_bytes(entry.read_bytes()[:100])
    os.remove("plans/c.docx")
    named = (
        'phuluc: error: "plans/c.docx": its copy in the library is damaged and its file is gone; give the file '
        "again, or drop it from the library with --forget PATH\n"
    )
    for _ in range(2):  # every run, not the first only
        assert main(["extract", "plans/a.docx", "--out", "lib", "--update", "-q"]) == 1
        assert capsys.readouterr().err == named
        assert [d["path"] for d in manifest()["documents"]] == ["plans/a.docx", "plans/c.docx"]
    shutil.copyfile(SOURCES["c.docx"], "plans/c.docx")
    assert main(["extract", "plans/c.docx", "--out", "lib", "--update", "-q"]) == 0
    assert outputs(Path("lib")) == fresh("plans/a.docx", "plans/c.docx")


def test_a_damaged_entry_can_be_forgotten(plans: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "plans/a.docx", "plans/c.docx", "--out", "lib", "--update", "-q"]) == 0
    for entry in Path("lib", LIBRARY_DIR).glob("*.json.gz"):
        entry.unlink()  # gone altogether
    os.remove("plans/c.docx")
    assert main(["extract", "plans/a.docx", "--out", "lib", "--update", "-q"]) == 1
    assert "damaged and its file is gone" in capsys.readouterr().err
    assert main(["extract", "--out", "lib", "--update", "-q", "--forget", "plans/c.docx"]) == 0
    assert [d["path"] for d in manifest()["documents"]] == ["plans/a.docx"]
    assert outputs(Path("lib")) == fresh("plans/a.docx")


def test_a_given_file_that_is_gone_leaves_the_library(plans: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "plans/a.docx", "plans/c.docx", "--out", "lib", "--update", "-q"]) == 0
    os.remove("plans/a.docx")
    assert main(["extract", "plans/a.docx", "--out", "lib", "--update", "-q"]) == 1
    assert capsys.readouterr().err == 'phuluc: error: "plans/a.docx": no such file or folder\n'
    assert [d["path"] for d in manifest()["documents"]] == ["plans/c.docx"]


def test_a_library_document_whose_file_now_fails_is_said_to_leave_it(
    plans: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "plans", "--out", "lib", "--update", "-q"]) == 0
    Path("plans/b.pdf").write_bytes(Path("plans/b.pdf").read_bytes()[:5000])  # a botched download (audit46 F2)
    assert main(["extract", "plans", "--out", "lib", "--update"]) == 1
    captured = capsys.readouterr()
    assert '"plans/b.pdf"' in captured.err
    summary = "library: 2 documents, 0 read, 2 unchanged; 1 dropped, their files now failing (errors above; "
    assert f'{summary}fix and give again): "plans/b.pdf"\n' in captured.out
    assert [d["path"] for d in manifest()["documents"]] == ["plans/a.docx", "plans/c.docx"]


def test_outputs_written_without_update_are_not_taken_for_a_library(
    plans: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "plans/a.docx", "--out", "out", "-q"]) == 0
    before = outputs(Path("out"))
    assert main(["extract", "plans/c.docx", "--out", "out", "--update", "-q"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "written without --update" in err and "no library to add to" in err
    assert outputs(Path("out")) == before


def test_a_truncated_entry_is_read_again_when_given_and_named_when_not(
    plans: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a full disk or an interrupted copy cuts a gzip short: EOFError, not a bad-gzip OSError
    assert main(["extract", "plans/a.docx", "plans/c.docx", "--out", "lib", "--update", "-q"]) == 0
    for entry in Path("lib", LIBRARY_DIR).glob("*.json.gz"):
        entry.write_bytes(entry.read_bytes()[:100])
    os.rename("plans/c.docx", "c.docx")
    assert main(["extract", "plans/a.docx", "--out", "lib", "--update", "-q"]) == 1  # c.docx was not given
    err = capsys.readouterr().err
    assert err.startswith('phuluc: error: "plans/c.docx": its copy in the library is damaged and its file is gone;')
    os.rename("c.docx", "plans/c.docx")
    assert main(["extract", "plans/a.docx", "plans/c.docx", "--out", "lib", "--update", "-q"]) == 0
    assert [d["path"] for d in manifest()["documents"]] == ["plans/a.docx", "plans/c.docx"]


def test_a_library_whose_plan_json_was_deleted_is_refused_not_dropped(
    plans: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "plans/a.docx", "plans/c.docx", "--out", "lib", "--update", "-q"]) == 0
    os.remove("lib/plan.json")
    assert main(["extract", "plans/a.docx", "--out", "lib", "--update", "-q"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "its plan.json is gone but its library" in err
    assert [d["path"] for d in manifest()["documents"]] == ["plans/a.docx", "plans/c.docx"]  # nothing changed


@pytest.mark.parametrize("damage", ["garbled", "removed"])
def test_a_library_list_that_is_damaged_or_gone_is_named(
    plans: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    assert main(["extract", "plans/a.docx", "--out", "lib", "--update", "-q"]) == 0
    listed = Path("lib", LIBRARY_DIR, MANIFEST)
    if damage == "garbled":
        listed.write_text("{garbage", encoding="utf-8")
    else:
        listed.unlink()
    assert main(["extract", "plans/c.docx", "--out", "lib", "--update", "-q"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"its library's list ({LIBRARY_DIR}/{MANIFEST}) is missing or damaged" in err


def test_a_library_that_is_not_its_folders_is_refused(plans: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "plans/a.docx", "--out", "lib", "--update", "-q"]) == 0
    Path("lib", "plan.json").write_text('{"documents": [], "failures": []}\n', encoding="utf-8")
    assert main(["extract", "plans/c.docx", "--out", "lib", "--update", "-q"]) == 1
    assert "does not match its plan.json" in capsys.readouterr().err


def test_a_library_list_that_does_not_read_is_refused(plans: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "plans/a.docx", "--out", "lib", "--update", "-q"]) == 0
    listed = manifest()
    listed["documents"] = [{"path": "plans/a.docx"}]  # the rest of the entry lost
    Path("lib", LIBRARY_DIR, MANIFEST).write_text(json.dumps(listed), encoding="utf-8")
    assert main(["extract", "plans/c.docx", "--out", "lib", "--update", "-q"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not match its plan.json" in err and "Traceback" not in err


def test_a_run_without_update_replaces_the_library_too(plans: Path) -> None:
    assert main(["extract", "plans/a.docx", "--out", "lib", "--update", "-q"]) == 0
    assert main(["extract", "plans/c.docx", "--out", "lib", "-q"]) == 0
    assert sorted(p.name for p in Path("lib").iterdir()) == OUTPUTS


def test_a_library_in_a_folder_with_other_files_is_replaced_in_place(plans: Path) -> None:
    Path("lib").mkdir()
    Path("lib", "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["extract", "plans/a.docx", "--out", "lib", "--update", "-q"]) == 0
    assert main(["extract", "plans/c.docx", "--out", "lib", "--update", "-q"]) == 0
    assert [d["path"] for d in manifest()["documents"]] == ["plans/a.docx", "plans/c.docx"]
    assert len(list(Path("lib", LIBRARY_DIR).glob("*.json.gz"))) == 2
    assert main(["extract", "plans/c.docx", "--out", "lib", "-q"]) == 0  # without --update: the library goes
    assert sorted(p.name for p in Path("lib").iterdir()) == sorted([*OUTPUTS, "notes.txt"])


def test_a_folder_left_mixed_by_a_stopped_run_is_refused_by_update(
    plans: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from export.outputset import MOVING_MARK

    Path("lib").mkdir()
    Path("lib", "notes.txt").write_text("mine", encoding="utf-8")  # outputs are renamed in one by one here
    assert main(["extract", "plans/a.docx", "--out", "lib", "--update", "-q"]) == 0
    assert not Path("lib", MOVING_MARK).exists()  # a whole run leaves no mark
    Path("lib", MOVING_MARK).write_text("plan.json\n", encoding="utf-8")  # as a kill -9 between renames leaves it
    assert main(["extract", "plans/c.docx", "--out", "lib", "--update", "-q"]) == 1
    assert "may hold a mix of two sets" in capsys.readouterr().err
    assert main(["extract", "plans/c.docx", "--out", "lib", "-q"]) == 0  # a whole set again, the mark gone
    assert not Path("lib", MOVING_MARK).exists()


def test_a_renamed_plans_folder_keeps_each_document_once_in_its_place(
    plans: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "plans/a.docx", "plans/c.docx", "--out", "lib", "--update", "-q"]) == 0
    os.rename("plans", "plans-2025")
    assert main(["extract", "plans-2025/c.docx", "plans-2025/a.docx", "--out", "lib", "--update", "-q"]) == 0
    assert [d["path"] for d in manifest()["documents"]] == ["plans-2025/a.docx", "plans-2025/c.docx"]
    fresh_set = fresh("plans-2025/a.docx", "plans-2025/c.docx")
    assert outputs(Path("lib"))["rows.csv"] == fresh_set["rows.csv"]  # each document once, in its old place


def test_library_documents_whose_file_is_gone_are_named_each_run_and_can_be_forgotten(
    plans: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # audit21 F3: a deleted plan stayed and every run printed it as if it had been read
    assert main(["extract", "plans", "--out", "lib", "--update", "-q"]) == 0
    os.remove("plans/a.docx")
    os.remove("plans/c.docx")
    gone = (
        'phuluc: warning: 2 library documents\' files are gone, kept as read: "plans/a.docx", "plans/c.docx"; '
        'to drop one: phuluc extract --out "lib" --update --forget PATH\n'
    )
    for _ in range(2):
        assert main(["extract", "plans", "--out", "lib", "--update"]) == 0
        out = capsys.readouterr()
        assert out.err == gone
        assert '"plans/a.docx": 36 rows, 2 pages (python-docx; kept from the library, its file is gone)' in out.out
        assert '"plans/b.pdf": ' in out.out and "(pdfium; from the library)\n" in out.out  # audit46 F3: which one read
    assert main(["extract", "--out", "lib", "--update", "-q", "--forget", "plans/nowhere.pdf"]) == 1
    assert '--forget "plans/nowhere.pdf": its library holds no document of this path' in capsys.readouterr().err
    assert main(["extract", "plans/b.pdf", "--out", "lib", "-q", "--forget", "plans/a.docx"]) == 2
    assert "give --update too" in capsys.readouterr().err
    assert len(manifest()["documents"]) == 3  # refused: nothing changed
    assert main(["extract", "plans", "--out", "lib", "--update", "-q", "--forget", "plans/a.docx"]) == 0
    assert capsys.readouterr().err == gone.replace(
        "2 library documents' files are", "1 library document's file is"
    ).replace('"plans/a.docx", ', "")
    assert [d["path"] for d in manifest()["documents"]] == ["plans/b.pdf", "plans/c.docx"]
    shutil.copyfile(SOURCES["c.docx"], "plans/c.docx")
    assert outputs(Path("lib")) == fresh("plans/b.pdf", "plans/c.docx")


def test_a_renamed_file_takes_its_place_with_its_reading(plans: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # audit21 F2: a file renamed in its folder was kept twice, the old path gone, the rows counted twice
    assert main(["extract", "plans", "--out", "lib", "--update", "-q"]) == 0
    os.rename("plans/b.pdf", "plans/b-2024.pdf")
    assert main(["extract", "plans", "--out", "lib", "--update"]) == 0
    out = capsys.readouterr()
    assert out.err == ""
    assert (
        "library: 3 documents, 0 read, 3 unchanged; 1 renamed or moved (same bytes, the old file gone): "
        '"plans/b.pdf" -> "plans/b-2024.pdf"\n' in out.out
    )
    assert [d["path"] for d in manifest()["documents"]] == ["plans/a.docx", "plans/b-2024.pdf", "plans/c.docx"]
    assert outputs(Path("lib")) == fresh("plans/a.docx", "plans/b-2024.pdf", "plans/c.docx")
    assert main(["extract", "plans", "--out", "lib", "--update"]) == 0
    assert "library: 3 documents, 0 read, 3 unchanged\n" in capsys.readouterr().out
    shutil.copyfile("plans/c.docx", "plans/d.docx")  # the same bytes twice, both there: two documents, as before
    assert main(["extract", "plans", "--out", "lib", "--update", "-q"]) == 0
    assert [d["path"] for d in manifest()["documents"]][-1] == "plans/d.docx"
    assert len(manifest()["documents"]) == 4


def test_a_renamed_file_read_with_other_settings_is_read_again_in_its_place(plans: Path) -> None:
    assert update("plans/a.docx", "plans/c.docx") == (2, 0)
    os.rename("plans/a.docx", "plans/a-2024.docx")
    strict = Settings(extract=ExtractSettings(strict=True))
    assert update("plans/a-2024.docx", "plans/c.docx", settings=strict) == (2, 0)
    assert [d["path"] for d in manifest()["documents"]] == ["plans/a-2024.docx", "plans/c.docx"]


def test_sources_are_nfc_and_names_differing_only_in_normalization_are_told_apart() -> None:
    # audit21 F4: a file name written by macOS (NFD) gave a source that is not NFC, the twin of an NFC one
    name = "Kế hoạch xã Phú Vang 2024.docx"
    nfd = unicodedata.normalize("NFD", name)
    assert nfd != name
    assert source_names([Path("hue", nfd)]) == [name]
    assert source_names([Path("a", name), Path("b", nfd)]) == [f"a/{name}", f"b/{name}"]
    twins = source_names([Path("x", name), Path("x", nfd)])
    assert twins == [f"x/{name}", f"x/{name} (2)"]
    assert all(unicodedata.is_normalized("NFC", source) for source in twins)


def test_a_file_named_in_nfd_gives_an_nfc_source_and_is_opened_by_its_name(
    plans: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "Kế hoạch xã Phú Vang 2024.docx"
    Path("mac").mkdir()
    shutil.copyfile(SOURCES["c.docx"], Path("mac", unicodedata.normalize("NFD", name)))
    shutil.copyfile(SOURCES["c.docx"], Path("plans", name))
    assert main(["extract", "mac", "plans", "--out", "lib", "--update", "-q"]) == 0
    plan = json.loads(Path("lib", "plan.json").read_text(encoding="utf-8"))
    sources = [d["source"] for d in plan["documents"]]
    assert sources[0] == f"mac/{name}" and f"plans/{name}" in sources
    assert all(unicodedata.is_normalized("NFC", source) for source in sources)


def test_a_library_listed_without_sha256_still_knows_a_renamed_file_and_lists_them_again(plans: Path) -> None:
    assert update("plans/a.docx", "plans/c.docx") == (2, 0)
    listed = manifest()
    assert all(len(d.pop("sha256")) == 64 for d in listed["documents"])  # as a library of before listed them
    Path("lib", LIBRARY_DIR, MANIFEST).write_text(json.dumps(listed), encoding="utf-8")
    os.rename("plans/a.docx", "plans/a-2024.docx")
    assert update("plans/a-2024.docx") == (2, 2)  # known by the bytes its stored copy was read from
    assert [d["path"] for d in manifest()["documents"]] == ["plans/a-2024.docx", "plans/c.docx"]
    assert all(len(d["sha256"]) == 64 for d in manifest()["documents"])
