"""datapackage.json: a Frictionless Data Package (v1) describing rows.csv, agency_mentions.csv and review.csv.

Each CSV becomes a tabular resource with a Table Schema: field types, titles and descriptions
(export/columns.csv), constraints, the primary key and foreign keys between the three files
(a mention points at its row, a review line at its mention). Column lists come from the CSV
writers, so the descriptor cannot drift from the files. Nothing varies between runs.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from core.model import AGENCY_FIELDS, FIELDS, METHOD_PATTERN, SUGGESTIONS, Result
from export.agency_csv import MENTION_COLUMNS, REVIEW_COLUMNS
from export.atomic import write_text_atomic
from export.columns import column_doc
from export.tables_csv import ROW_COLUMNS

#: The descriptor's file name, beside the CSVs it describes.
DESCRIPTOR = "datapackage.json"
#: A row key "D.C.I", with "-2", "-3" for a key a document repeats.
KEY_PATTERN = r"\d+\.\d+\.\d+(-\d+)?"
#: A list of numbers separated by ";" (pages, indicator scopes); empty is allowed.
NUMBER_LIST_PATTERN = r"(\d+(;\d+)*)?"
#: The CSV dialect every writer uses (csv.writer with "\n" line ends).
DIALECT = {"delimiter": ",", "doubleQuote": True, "lineTerminator": "\n", "quoteChar": '"', "header": True}
#: Scores are 0-100.
SCORE = {"minimum": 0, "maximum": 100}

ROW_KEY = ["source", "key"]
MENTION_KEY = ["source", "key", "role", "position"]

#: Type and constraints of the columns that are not plain optional text, by column name.
FIELD_TYPES: dict[str, dict[str, Any]] = {
    "source": {"type": "string", "constraints": {"required": True}},
    "key": {"type": "string", "constraints": {"required": True, "pattern": KEY_PATTERN}},
    "dimension_no": {"type": "integer", "constraints": {"required": True, "minimum": 0}},
    "component_no": {"type": "integer", "constraints": {"required": True, "minimum": 0}},
    "pages": {"type": "string", "constraints": {"pattern": NUMBER_LIST_PATTERN}},
    "extra": {"type": "object"},
    "role": {"type": "string", "constraints": {"required": True, "enum": list(AGENCY_FIELDS)}},
    "position": {"type": "integer", "constraints": {"required": True, "minimum": 1}},
    "raw": {"type": "string", "constraints": {"required": True}},
    "score": {"type": "number", "constraints": {"required": True, **SCORE}},
    "ocr_confidence": {"type": "number", "constraints": SCORE},
    "method": {"type": "string", "constraints": {"required": True, "pattern": METHOD_PATTERN}},
    "requested": {"type": "boolean", "trueValues": ["1"], "falseValues": ["0"], "constraints": {"required": True}},
    **{f"suggestion_score_{n}": {"type": "number", "constraints": SCORE} for n in range(1, SUGGESTIONS + 1)},
}
#: Per resource, the columns whose type differs from :data:`FIELD_TYPES`.
RESOURCE_TYPES: dict[str, dict[str, dict[str, Any]]] = {
    "agency_mentions": {"indicators": {"type": "string", "constraints": {"pattern": NUMBER_LIST_PATTERN}}},
}


def field_of(resource: str, column: str) -> dict[str, Any]:
    """Describe one CSV column as a Table Schema field."""
    doc = column_doc(resource, column)
    spec = RESOURCE_TYPES.get(resource, {}).get(column) or FIELD_TYPES.get(column) or {"type": "string"}
    return {"name": column, "title": doc.title, "description": doc.description, **spec}


def resource_of(name: str, title: str, description: str, columns: tuple[str, ...]) -> dict[str, Any]:
    """Describe one CSV file of the output folder as a tabular data resource."""
    return {
        "name": name,
        "path": f"{name}.csv",
        "profile": "tabular-data-resource",
        "title": title,
        "description": description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": DIALECT,
        "schema": {"fields": [field_of(name, column) for column in columns], "missingValues": [""]},
    }


def descriptor(result: Result) -> dict[str, Any]:
    """Return the Data Package descriptor of one run's CSV files."""
    return descriptor_of([doc.provenance.source for doc in result.documents])


def descriptor_of(sources: Sequence[str]) -> dict[str, Any]:
    """Return the Data Package descriptor of the CSV files of a run over documents named ``sources``."""
    rows = resource_of(
        "rows",
        "Appendix rows",
        f"One line per logical row of every document: the {len(FIELDS)} appendix columns, pages and extra columns.",
        ROW_COLUMNS,
    )
    rows["schema"]["primaryKey"] = ROW_KEY
    mentions = resource_of(
        "agency_mentions",
        "Agency mentions",
        "Every agency named in the four agency columns, resolved against the canonical list, in document order.",
        MENTION_COLUMNS,
    )
    mentions["schema"]["primaryKey"] = MENTION_KEY
    mentions["schema"]["foreignKeys"] = [{"fields": ROW_KEY, "reference": {"resource": "rows", "fields": ROW_KEY}}]
    review = resource_of(
        "review",
        "Mentions to review",
        "The mentions a person should check (unmatched, or fuzzy under the review score) with their best candidates.",
        REVIEW_COLUMNS,
    )
    review["schema"]["primaryKey"] = MENTION_KEY
    review["schema"]["foreignKeys"] = [
        {"fields": MENTION_KEY, "reference": {"resource": "agency_mentions", "fields": MENTION_KEY}}
    ]
    return {
        "profile": "tabular-data-package",
        "name": "phuluc-plan-appendix",
        "title": "PAPI plan appendix tables",
        "description": "The appendix table (Phụ lục) of Vietnamese PAPI plan documents, extracted by phuluc: "
        "one row per logical row, agency names resolved. Documents: " + (", ".join(sources) or "none") + ".",
        "sources": [{"title": source} for source in sources],
        "resources": [rows, mentions, review],
    }


def write_descriptor(sources: Sequence[str], out_dir: Path) -> Path:
    """Write ``out_dir/datapackage.json`` for a run over documents named ``sources``."""
    text = json.dumps(descriptor_of(sources), ensure_ascii=False, indent=2) + "\n"
    return write_text_atomic(out_dir / DESCRIPTOR, text)
