"""Fuzzing: mutated DOCX XML and PDF objects, each read through a real worker, always end as a document or one line.

Time budget: each test runs a fixed number of examples, each under the worker's time limit, so
the file stays well under a minute on the CI machine.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pypdf
import pytest
from hostile import GOOD_DOCX, GOOD_PDF, rewrite_docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf.generic import DecodedStreamObject, NameObject

from core.model import Document, Failure
from core.settings import LimitSettings, Settings
from phuluc.pipeline import read_document
from phuluc.worker import read_isolated

#: Examples per test: about a second each (a worker process reads one mutated document).
EXAMPLES = 25
#: Each mutated document's time limit (s): a hang shows as a failure line, and the test stays short.
TIMEOUT = 15
SETTINGS = Settings(limits=LimitSettings(timeout=TIMEOUT, max_memory=1 << 30))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

#: Values a hostile or broken file puts where numbers and names belong.
ODD_VALUES = ["-1", "0", "99999999999999999999", "1e18", "abc", "", "D800", "FFFFFFFF", "&#0;", "%1%2%9", "\u202e"]
DOCX_PARTS = [
    "word/document.xml",
    "word/numbering.xml",
    "word/styles.xml",
    "[Content_Types].xml",
    "word/_rels/document.xml.rels",
]
PDF_TOKENS = [b"0", b"-1", b"999999999", b"1 0 R", b"3 0 R", b"/Length", b"<<", b">>", b"[", b"endstream", b"%"]


def check(outcome: Document | Failure) -> None:
    """A document with clean text, or a failure of one non-empty line."""
    if isinstance(outcome, Failure):
        assert outcome.error and "\n" not in outcome.error and "Traceback" not in outcome.error
    else:
        assert not re.search(r"[\ud800-\udfff\x00-\x08]", repr(outcome.rows) + outcome.title)


@st.composite
def xml_mutation(draw: st.DrawFn) -> tuple[str, str, int, str]:
    """(part, kind, position, text): set an attribute value, cut the part, delete or insert at a place."""
    part = draw(st.sampled_from(DOCX_PARTS))
    kind = draw(st.sampled_from(["attribute", "cut", "delete", "insert"]))
    position = draw(st.integers(min_value=0, max_value=10_000_000))
    text = draw(st.sampled_from(ODD_VALUES) | st.text(alphabet='<>&;/="w:lvl0123 ', max_size=12))
    return part, kind, position, text


def mutate_xml(data: bytes, kind: str, position: int, text: str) -> bytes:
    xml = data.decode("utf-8")
    if kind == "attribute":
        values = list(re.finditer(r'="([^"]*)"', xml))
        if values:
            match = values[position % len(values)]
            return (xml[: match.start(1)] + text.replace('"', "") + xml[match.end(1) :]).encode("utf-8")
    at = position % (len(xml) + 1)
    if kind == "cut":
        return xml[:at].encode("utf-8")
    if kind == "delete":
        return (xml[:at] + xml[at + 1 + position % 200 :]).encode("utf-8")
    return (xml[:at] + text + xml[at:]).encode("utf-8")


@FUZZ
@given(mutations=st.lists(xml_mutation(), min_size=1, max_size=3))
def test_mutated_docx_xml_ends_as_a_document_or_one_line(
    mutations: list[tuple[str, str, int, str]], tmp_path: Path
) -> None:
    path = tmp_path / "mutated.docx"
    edits: dict[str, list[tuple[str, int, str]]] = {}
    for part, kind, position, text in mutations:
        edits.setdefault(part, []).append((kind, position, text))

    def apply(steps: list[tuple[str, int, str]]):  # type: ignore[no-untyped-def]
        def edit(data: bytes) -> bytes:
            for kind, position, text in steps:
                data = mutate_xml(data, kind, position, text)
            return data

        return edit

    rewrite_docx(path, {part: apply(steps) for part, steps in edits.items()}, GOOD_DOCX)
    (outcome,) = read_isolated([path], read_document, SETTINGS)
    check(outcome)


@pytest.fixture(scope="module")
def short_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The first three pages of the good PDF, uncompressed so mutations hit objects, not deflate streams."""
    writer = pypdf.PdfWriter()
    reader = pypdf.PdfReader(str(GOOD_PDF))
    for page in reader.pages[:3]:
        writer.add_page(page)
    for page in writer.pages:
        contents = page.get_contents()
        assert contents is not None
        plain = DecodedStreamObject()
        plain.set_data(contents.get_data())
        page[NameObject("/Contents")] = writer._add_object(plain)
    path = tmp_path_factory.mktemp("fuzz") / "short.pdf"
    writer.write(path)
    return path.read_bytes()


@st.composite
def pdf_mutation(draw: st.DrawFn) -> tuple[str, int, bytes]:
    """(kind, position, bytes): replace a number token, cut the file, delete or insert bytes."""
    kind = draw(st.sampled_from(["number", "number", "cut", "delete", "insert"]))
    position = draw(st.integers(min_value=0, max_value=10_000_000))
    token = draw(st.sampled_from(PDF_TOKENS) | st.binary(max_size=8))
    return kind, position, token


def mutate_pdf(data: bytes, kind: str, position: int, token: bytes) -> bytes:
    if kind == "number":
        numbers = list(re.finditer(rb"(?<![\w.])\d+(?![\w.])", data))
        if numbers:
            match = numbers[position % len(numbers)]
            return data[: match.start()] + token + data[match.end() :]
    at = position % (len(data) + 1)
    if kind == "cut":
        return data[:at]
    if kind == "delete":
        return data[:at] + data[at + 1 + position % 500 :]
    return data[:at] + token + data[at:]


@FUZZ
@given(mutations=st.lists(pdf_mutation(), min_size=1, max_size=3), engine=st.sampled_from(["pdfplumber", "pdfium"]))
def test_mutated_pdf_objects_end_as_a_document_or_one_line(
    mutations: list[tuple[str, int, bytes]], engine: str, short_pdf: bytes, tmp_path: Path
) -> None:
    data = short_pdf
    for kind, position, token in mutations:
        data = mutate_pdf(data, kind, position, token)
    path = tmp_path / "mutated.pdf"
    path.write_bytes(data)
    settings_ = Settings(extract=SETTINGS.extract.__class__(engine=engine), limits=SETTINGS.limits)
    (outcome,) = read_isolated([path], read_document, settings_)
    check(outcome)


def test_the_fuzzing_starts_from_good_documents(short_pdf: bytes, tmp_path: Path) -> None:
    with zipfile.ZipFile(GOOD_DOCX) as archive:
        assert set(DOCX_PARTS) <= set(archive.namelist())
    assert b"TJ" in short_pdf or b" Tj" in short_pdf  # operators in plain text, where mutations reach them
    path = tmp_path / "short.pdf"
    path.write_bytes(short_pdf)
    outcomes = list(read_isolated([path, GOOD_DOCX], read_document, SETTINGS))
    assert all(isinstance(o, Document) and o.rows for o in outcomes)
