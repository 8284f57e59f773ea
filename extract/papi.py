"""The PAPI index's own names (extract/papi.csv): tell which dimension or component a label names.

Plans head their groups with the index's names, numbered their own way ("I. Tham gia của người
dân ở cấp cơ sở", "1. Tri thức công dân", "Chỉ số nội dung 1: ..."). A label is compared with
every name on folded words, its numbering and any closing parenthesis left out; the best name
scoring at least :data:`NAME_CUTOFF` wins.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rapidfuzz import fuzz

from core.text import fold

#: The data file, inside this package.
PACKAGE_FILE = "papi.csv"
#: 0-100 ``fuzz.ratio`` a label needs to name an entry. Measured on the 2024 names: two different
#: entries score at most 80.5 against each other ("Kiểm soát tham nhũng trong khu vực công" and
#: "... trong cung ứng dịch vụ công"); the seed's typo "trong việc định" scores 95.
NAME_CUTOFF = 85.0
#: A label cut short (a row too low for it, a cell clipped) names the one entry whose name it
#: begins, when it holds at least this many words ("Giải đáp khiếu nại, tố cáo, khúc mắc").
PREFIX_WORDS = 4

#: Numbering and group words in front of a name: "I.", "1.2", "A)", "2/", "2.1/", "1-3", "2,4.", "Chỉ số nội dung 1:",
#: "Nội dung thành phần 2 -", "Phần II.".
_LEAD_RE = re.compile(
    r"^\s*(?:(?:chỉ số nội dung|chỉ số|nội dung thành phần|nội dung|thành phần|lĩnh vực|phần|mục)\s*)?"
    r"(?:[ivxlc]{1,6}|\d{1,2}(?:[.,\-–]\d{1,2})*|[a-zđ])?\s*[.:)/\-–]?\s+",
)
#: A closing parenthesis ("(PAR 01)", "(trọng số 15%)") says nothing about the name.
_TRAILING_NOTE_RE = re.compile(r"\s*\([^()]*\)\s*$")
_PUNCT_RE = re.compile(r"[^\w\s]")


@dataclass(frozen=True)
class PapiEntry:
    """One dimension (``code`` "D") or component ("D.C") of the index."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()

    @property
    def is_dimension(self) -> bool:
        """True for a dimension, False for one of its components."""
        return "." not in self.code

    @property
    def dimension(self) -> str:
        """The code of the dimension the entry is or belongs to."""
        return self.code.split(".")[0]


def name_key(label: str) -> str:
    """Return the words a label is compared on: folded, numbering and punctuation left out.

    >>> name_key("III. Trách nhiệm giải trình với người dân (PAR 03)")
    'trách nhiệm giải trình với người dân'
    """
    text = " ".join(fold(label).split())
    text = _LEAD_RE.sub("", text, count=1)
    text = _TRAILING_NOTE_RE.sub("", text)
    return " ".join(_PUNCT_RE.sub(" ", text).split())


@cache
def papi_entries() -> tuple[PapiEntry, ...]:
    """Read the index's names from the package's data file (once)."""
    text = resources.files("extract").joinpath(PACKAGE_FILE).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    return tuple(
        PapiEntry(row["code"], row["name"], tuple(a for a in (row["aliases"] or "").split(";") if a))
        for row in csv.DictReader(io.StringIO("\n".join(lines)))
    )


@cache
def _keys() -> tuple[tuple[str, PapiEntry], ...]:
    return tuple((name_key(name), entry) for entry in papi_entries() for name in (entry.name, *entry.aliases))


@cache
def named_entry(label: str, dimension: str | None = None) -> PapiEntry | None:
    """Return the entry a label names, or None; ``dimension`` limits components to that dimension's.

    >>> named_entry("1. Tri thức công dân").code, named_entry("VII. QUẢN TRỊ MÔI TRƯỜNG").code
    ('1.1', '7')
    """
    key = name_key(label)
    if not key:
        return None
    best: tuple[float, PapiEntry] | None = None
    for name, entry in _keys():
        if dimension is not None and not entry.is_dimension and entry.dimension != dimension:
            continue
        score = fuzz.ratio(key, name)
        if score >= NAME_CUTOFF and (best is None or score > best[0]):
            best = (score, entry)
    return best[1] if best else _begun_entry(key, dimension)


def _begun_entry(key: str, dimension: str | None) -> PapiEntry | None:
    """Return the one entry whose name a label of :data:`PREFIX_WORDS` words or more begins, else None."""
    if len(key.split()) < PREFIX_WORDS:
        return None
    begun = {
        entry
        for name, entry in _keys()
        if name.startswith(key + " ") and (dimension is None or entry.is_dimension or entry.dimension == dimension)
    }
    return begun.pop() if len(begun) == 1 else None


def labels_to_code(dimension: str, component: str) -> str:
    """Return the PAPI code the two group labels name: "D.C", "D" for a dimension alone, or ""."""
    dim = named_entry(dimension) if dimension else None
    comp = named_entry(component, dim.code if dim and dim.is_dimension else None) if component else None
    if comp is not None and not comp.is_dimension:
        return comp.code
    if dim is not None:
        return dim.dimension
    return ""
