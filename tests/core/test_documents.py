"""Which files of a folder are plans, for extract and diff alike, and picking one by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.documents import PickError, folder_documents, pick_one
from diff.errors import DiffUsageError
from diff.inputs import pick_file
from phuluc.batch import missing
from phuluc.pipeline import gather_inputs, iter_inputs


def make(folder: Path, *names: str) -> None:
    for name in names:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")


def test_every_document_kind_is_found_and_lock_hidden_and_other_files_are_not(tmp_path: Path) -> None:
    make(tmp_path, "b.PDF", "a.docx", "old/c.doc", "d.odt", "e.rtf", "~$a.docx", ".f.pdf", "notes.txt", "plan.json")
    expected = [tmp_path / n for n in ("a.docx", "b.PDF", "d.odt", "e.rtf", "old/c.doc")]
    assert folder_documents(tmp_path) == expected
    assert list(iter_inputs([tmp_path])) == expected  # extract reads the folder as diff does


def test_links_to_folders_are_followed_each_folder_once(tmp_path: Path) -> None:
    batch, shared = tmp_path / "batch", tmp_path / "shared"
    make(batch, "a.pdf")
    make(shared, "son-la/b.docx")
    (batch / "son-la").symlink_to(shared / "son-la")  # a province's shared folder, linked in (audit46 F1)
    (batch / "up").symlink_to(batch)  # a link back up: searched already
    (shared / "son-la" / "again").symlink_to(shared / "son-la")  # a loop inside the linked folder
    assert folder_documents(batch) == [batch / "a.pdf", batch / "son-la" / "b.docx"]
    (batch / "z-b.docx").symlink_to(shared / "son-la" / "b.docx")  # the same file by a second path (review45 M3)
    assert folder_documents(batch) == [batch / "a.pdf", batch / "son-la" / "b.docx"]


def test_diff_finds_a_word97_plan_alone_in_its_folder(tmp_path: Path) -> None:
    make(tmp_path, "ke-hoach-2023.doc", "~$ke-hoach-2023.doc")
    assert pick_file(tmp_path, None) == tmp_path / "ke-hoach-2023.doc"


def test_diff_names_every_document_when_a_folder_holds_several(tmp_path: Path) -> None:
    make(tmp_path, "a.pdf", "b.odt")
    with pytest.raises(DiffUsageError, match=r"holds 2 documents \(a.pdf, b.odt\)"):
        pick_file(tmp_path, None)
    assert pick_file(tmp_path, "B") == tmp_path / "b.odt"


def test_pick_one_tells_a_wrong_name_from_no_name() -> None:
    names = {"x": {"x"}, "y": {"y", "why"}}
    assert pick_one(list(names), names.__getitem__, str, "WHY") == "y"
    with pytest.raises(PickError) as wrong:
        pick_one(list(names), names.__getitem__, str, "z")
    assert wrong.value.named and "it holds: x, y" in str(wrong.value)
    with pytest.raises(PickError) as none:
        pick_one([], names.__getitem__, str, None)
    assert none.value.empty and not none.value.named


def test_a_folder_that_cannot_be_listed_or_holds_no_plan_fails_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os


    make(tmp_path, "p/a/one.docx", "p/b/two.docx", "empty/notes.txt")
    scandir = os.scandir

    def refused(path: object) -> object:  # as a user without read access to p/b
        if str(path).endswith("/b"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", refused)
    found, failures = gather_inputs([tmp_path / "p", tmp_path / "empty"])
    assert found == [tmp_path / "p/a/one.docx"]
    assert [(f.source, f.error) for f in failures] == [
        (str(tmp_path / "p/b"), "cannot list the folder (Permission denied)"),
        (
            str(tmp_path / "empty"),
            "the folder holds no plan document (.pdf, .docx, .doc, .odt, .rtf, .xlsx, .xls, .ods)",
        ),
    ]


def test_links_to_no_file_in_a_folder_are_failures_not_skipped(tmp_path: Path) -> None:
    """audit50 F3: a broken link and a loop of links named as plans were skipped without a word."""
    make(tmp_path, "batch/good.docx")
    (tmp_path / "batch/share.pdf").symlink_to("gone.pdf")
    (tmp_path / "batch/a.pdf").symlink_to("b.pdf")
    (tmp_path / "batch/b.pdf").symlink_to("a.pdf")
    (tmp_path / "batch/notes.txt").symlink_to("gone.txt")  # no plan by its name: not one to report
    found, failures = gather_inputs([tmp_path / "batch"])
    assert found == [tmp_path / "batch/good.docx"]
    assert [(Path(f.source).name, f.error.split(" (")[0].split(":")[0]) for f in failures] == [
        ("a.pdf", "a link that leads back to itself"),
        ("b.pdf", "a link that leads back to itself"),
        ("share.pdf", "a link to a file that does not exist"),
    ]
    assert missing(tmp_path / "batch/share.pdf").error == "a link to a file that does not exist (gone.pdf)"
