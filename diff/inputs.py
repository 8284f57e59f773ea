"""Read the two sides of a diff: a plan.json, the output folder holding one, or plan documents.

Each side is one of: a plan.json that ``phuluc extract`` wrote; the folder it wrote it into;
a PDF or DOCX; a folder of PDF/DOCX plans. Where a side holds several documents, the caller
names one (its source name, path, file name or file stem), or the side must hold exactly one.
Documents are extracted on the fly by the ``read_documents`` function the caller passes (the
application's :func:`phuluc.pipeline.run_documents`), so this stage never reaches up into it;
from a folder of documents only the one chosen is extracted. Every problem becomes a
:class:`~diff.errors.DiffInputError` (the input cannot be read) or a
:class:`~diff.errors.DiffUsageError` (the command line asks for something the input lacks).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from core.codec import CodecError, from_data
from core.documents import PickError, document_names, folder_documents, pick_one
from core.model import AGENCY_FIELDS, FIELDS, TEMPLATE_FIELDS, Coverage, Jurisdiction, Mention, Result, Row
from core.schema import first_problem
from diff.errors import DiffInputError, DiffUsageError
from diff.model import Plan

T = TypeVar("T")

#: Reads plan documents (PDF, DOCX) into a result: the application's pipeline.
ReadDocuments = Callable[[list[Path]], Result]

#: Bytes read to tell JSON from a document: enough for a BOM and leading white space.
_SNIFF_BYTES = 64
#: The file ``phuluc extract`` writes into its output folder.
PLAN_JSON = "plan.json"


def is_json(path: Path) -> bool:
    """Tell whether the file's first non-blank character is "{" (PDF and DOCX never start so)."""
    with path.open("rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    return head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{")


def mention_from_dict(data: dict[str, Any]) -> Mention:
    """Read one agency mention of plan.json's ``agencies`` object."""
    return Mention(
        raw=str(data.get("raw") or data.get("name") or ""),
        id=data.get("id"),
        name=data.get("name"),
        score=float(data.get("score") or 0.0),
        method=str(data.get("method") or "unmatched"),
        requested=bool(data.get("requested", False)),
        indicators=tuple(int(n) for n in data.get("indicators") or ()),
        note=data.get("note"),
    )


def row_from_dict(data: dict[str, Any]) -> Row:
    """Read one logical row of plan.json; a missing or mistyped field raises KeyError/TypeError/ValueError.

    The template's eight fields must be there; the later ones (deadline, ...) and ``papi`` are read
    as empty when a plan.json written before them lacks them.
    """
    texts = {name: data[name] if name in TEMPLATE_FIELDS else data.get(name, "") for name in FIELDS}
    bad = [name for name, value in texts.items() if not isinstance(value, str)]
    if bad or not isinstance(data["key"], str):
        msg = f"row {data.get('key')!r}: {', '.join(bad) or 'key'} is not text"
        raise TypeError(msg)
    agencies = data.get("agencies") or {}
    return Row(
        key=data["key"],
        dimension_no=int(data["dimension_no"]),
        component_no=int(data["component_no"]),
        papi=str(data.get("papi") or ""),
        pages=tuple(int(p) for p in data.get("pages") or ()),
        extra=tuple(sorted((data.get("extra") or {}).items())),
        ocr_confidence=None if data.get("ocr_confidence") is None else float(data["ocr_confidence"]),
        agencies=tuple(
            (role, tuple(mention_from_dict(m) for m in agencies[role])) for role in AGENCY_FIELDS if role in agencies
        ),
        **texts,
    )


def _document_names(document: dict[str, Any]) -> set[str]:
    return document_names(str(document.get("source") or ""), str(document.get("path") or ""))


def _picked(
    candidates: Sequence[T],
    names_of: Callable[[T], Iterable[str]],
    shown: Callable[[T], str],
    source: str | None,
    where: object,
    nothing: str,
) -> T:
    """:func:`core.documents.pick_one` with the diff's errors: an empty side cannot be read, a name is a usage error."""
    try:
        return pick_one(candidates, names_of, shown, source)
    except PickError as exc:
        if exc.empty:
            msg = f"{where}: {nothing}"
            raise DiffInputError(msg) from exc
        msg = f"{where}: {exc}"
        raise DiffUsageError(msg) from exc


def pick_document(documents: list[dict[str, Any]], source: str | None, where: str) -> dict[str, Any]:
    """Return the document named ``source`` (source name, path, file name or stem), or the only one."""
    return _picked(
        documents, _document_names, lambda doc: str(doc.get("source")), source, where, "holds no extracted document"
    )


def plan_from_json(text: str, source: str | None, where: str) -> Plan:
    """Read the plan of one document of a plan.json text; ``where`` names the file in messages."""
    try:
        payload = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = f"{where}: not a plan.json written by phuluc extract (not JSON: {exc})"
        raise DiffInputError(msg) from exc
    problem = first_problem(payload)  # checked against core/plan.schema.json before any field is used
    if problem is not None:
        place = re.match(r"documents\[(\d+)\]\.rows\[\d+\]", problem)
        if place:
            source = payload["documents"][int(place.group(1))].get("source")
            msg = f"{where}: document {source!r} has a malformed row ({problem})"
        else:
            msg = f"{where}: not a plan.json written by phuluc extract ({problem})"
        raise DiffInputError(msg)
    documents = payload["documents"]
    document = pick_document(documents, source, where)
    try:
        rows = tuple(row_from_dict(row) for row in document["rows"])
        header = tuple(str(col["field"]) for col in document.get("header") or () if col.get("field"))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        msg = f"{where}: document {document.get('source')!r} has a malformed row ({type(exc).__name__}: {exc})"
        raise DiffInputError(msg) from exc
    name = str(document.get("source") or where)
    found_in = _jurisdiction(document.get("jurisdiction"), f"{where}: document {name!r}")
    return Plan(name, rows, header, found_in, _lost(document.get("coverage")))


def _lost(coverage: object) -> str:
    """Say what a plan.json document's coverage left out of its rows, "" when nothing (or no coverage)."""
    if not isinstance(coverage, dict) or coverage.get("complete", True) is not False:
        return ""
    try:
        region, placed = int(coverage["chars_in_table_region"]), int(coverage["chars_placed"])
        pages = tuple(int(page) for page in coverage["pages_with_loss"])
    except (KeyError, TypeError, ValueError):
        return "its coverage is incomplete"
    return Coverage(region, placed, pages).summary()


def _jurisdiction(data: object, where: str) -> Jurisdiction | None:
    """Return the jurisdiction a plan.json document was read against, None when it records none.

    plan.json writes the jurisdiction's fields and its derived ``label`` ("tỉnh Quảng Trị"); keys
    that are not fields of :class:`~core.model.Jurisdiction` are skipped, not a reason to drop the
    whole object (dropped, the diff knew no successions of the plan's own list: audit34 F1). A
    field that does not read is a malformed plan.json, said as such.
    """
    if not isinstance(data, dict):
        return None
    fields = {field.name for field in dataclasses.fields(Jurisdiction) if field.init}
    try:
        return from_data(Jurisdiction, {key: value for key, value in data.items() if key in fields})
    except (CodecError, KeyError, TypeError, ValueError) as exc:
        msg = f"{where}: its jurisdiction does not read ({type(exc).__name__}: {exc})"
        raise DiffInputError(msg) from exc


def plan_from_document(path: Path, source: str | None, read_documents: ReadDocuments | None) -> Plan:
    """Extract a PDF or DOCX with ``read_documents`` and return its plan."""
    if read_documents is None:
        msg = f"{path}: is not a plan.json, and no document reader was given to extract it"
        raise DiffUsageError(msg)
    result = read_documents([path])
    if result.failures:
        msg = f"{result.failures[0].source}: {result.failures[0].error}"
        raise DiffInputError(msg)
    (document,) = result.documents
    name = document.provenance.source
    if source is not None and source.casefold() not in document_names(name, str(path)):
        msg = f"{path}: is the document {name!r}, not {source!r}"
        raise DiffUsageError(msg)
    lost = "" if document.coverage is None or document.coverage.complete else document.coverage.summary()
    header = tuple(field for field, _ in document.header if field)
    return Plan(name, document.rows, header, document.jurisdiction, lost, document.warnings)


def pick_file(folder: Path, source: str | None) -> Path:
    """Return the plan document of ``folder`` named ``source`` (path, file name or stem), or the only one."""

    def names(path: Path) -> set[str]:
        return document_names(str(path.relative_to(folder)), str(path))

    nothing = f"holds neither {PLAN_JSON} nor a plan document (PDF, DOCX, DOC, ODT, RTF)"
    return _picked(folder_documents(folder), names, lambda path: str(path.relative_to(folder)), source, folder, nothing)


def load_plan(path: Path, source: str | None = None, read_documents: ReadDocuments | None = None) -> Plan:
    """Read one side of the diff: a plan.json, a folder holding one, a plan document or a folder of them."""
    if path.is_dir():
        if (path / PLAN_JSON).is_file():
            path = path / PLAN_JSON
        else:
            return plan_from_document(pick_file(path, source), None, read_documents)
    try:
        if is_json(path):
            return plan_from_json(path.read_text(encoding="utf-8-sig"), source, str(path))
    except FileNotFoundError as exc:
        msg = f"{path}: no such file"
        raise DiffInputError(msg) from exc
    except (OSError, UnicodeDecodeError) as exc:
        msg = f"{path}: cannot be read ({exc})"
        raise DiffInputError(msg) from exc
    return plan_from_document(path, source, read_documents)
