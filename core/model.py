"""The one data model that flows through the stages: extract -> merge -> normalize -> export.

Extraction turns a file into :class:`PhysicalRow` pieces (one per table row per page, with the
geometry the merge stage needs); merging turns them into logical :class:`Row` objects. Every
object is frozen: a stage returns a new :class:`Document` built with ``dataclasses.replace``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: The eight columns of the appendix template, in its column order.
TEMPLATE_FIELDS: tuple[str, ...] = (
    "dimension",
    "component",
    "indicators",
    "tasks",
    "implementing",
    "lead",
    "sector_guidance",
    "coordinating",
)
#: Columns many plans add to the template: when, what comes out, and with what money.
DETAIL_FIELDS: tuple[str, ...] = ("deadline", "expected_result", "budget")
#: Every text field of a row, by the names used in every output; a field a plan lacks stays empty.
FIELDS: tuple[str, ...] = TEMPLATE_FIELDS + DETAIL_FIELDS
#: The columns that are group labels, vertically merged over the rows they head.
GROUP_FIELDS: tuple[str, ...] = ("dimension", "component")
#: The columns that name agencies.
AGENCY_FIELDS: tuple[str, ...] = ("implementing", "lead", "sector_guidance", "coordinating")


@dataclass(frozen=True)
class Line:
    """One line of a cell: a visual line of a PDF cell, or a paragraph of a DOCX cell.

    ``slack`` is the free width (pt) between the line's end and the cell's right text edge,
    ``first_word_width`` the width (pt) of the line's first word plus one space, ``first_char_width``
    the width (pt) of its first character, and ``width`` the width (pt) of the whole line; all are
    None where the source has no geometry (DOCX). ``paragraph_end`` is True when the source itself marks the
    line as the end of a paragraph (a DOCX paragraph), None when only geometry can tell.
    ``gap_before`` is the vertical gap (pt) between this line's top and the previous line's bottom.
    """

    text: str
    slack: float | None = None
    first_word_width: float | None = None
    first_char_width: float | None = None
    width: float | None = None
    paragraph_end: bool | None = None
    gap_before: float | None = None


@dataclass(frozen=True)
class CellPiece:
    """The part of one cell that one page shows.

    ``merged_above`` marks a cell that continues a vertically merged cell of the row above
    (DOCX vMerge, or no rule between the two rows in a PDF); its text belongs to that cell.
    ``line_height`` is the typical line pitch (pt) in the cell, ``width`` the width (pt) text can
    use, and ``bottom_slack`` the free height (pt) under the last line: a cell that a page break
    cut has text down to its bottom edge. All three are None without geometry (DOCX).
    """

    lines: tuple[Line, ...] = ()
    merged_above: bool = False
    line_height: float | None = None
    width: float | None = None
    bottom_slack: float | None = None

    @property
    def text(self) -> str:
        """The raw lines joined by spaces: for tests of emptiness and quick looks only."""
        return " ".join(line.text for line in self.lines).strip()


@dataclass(frozen=True)
class PhysicalRow:
    """One table row as one page shows it: the unit that page breaks and converters produce.

    ``cells`` maps each field in :data:`FIELDS` (and any unmapped column's header label, in
    ``extra``) to its piece. ``page_top`` is True for the first data row under a page's header.
    ``page_end`` is True for the last row of the table on its page; ``top`` and ``bottom`` are
    its edges (pt from the page top), ``x0`` and ``x1`` the table's left and right edges (pt from
    the page's left), where the source has geometry. ``open_bottom`` is True when no rule closes
    the row at the page bottom although the table is ruled: the producer left it open because the
    row goes on over the page. ``ocr_confidence`` is the mean confidence (0-100) of the words OCR
    read in the row's band, or of those of its weakest cell when lower; None when the text was not
    read by OCR. ``opens_appendix`` is True for the first row of a second appendix (its own title
    block above its header on a later page, as when two plans are merged into one file): no group,
    section label or key numbering of the rows above carries over into it.
    """

    page: int
    cells: dict[str, CellPiece]
    extra: dict[str, CellPiece] = field(default_factory=dict)
    page_top: bool = False
    page_end: bool = False
    top: float | None = None
    bottom: float | None = None
    open_bottom: bool = False
    x0: float | None = None
    x1: float | None = None
    ocr_confidence: float | None = None
    opens_appendix: bool = False

    @property
    def box(self) -> Box | None:
        """Return where the row lies on its page, None without geometry (a DOCX; a reading from text alone)."""
        if self.top is None or self.bottom is None or self.x0 is None or self.x1 is None:
            return None
        return Box(self.page, self.x0, self.top, self.x1, self.bottom)


@dataclass(frozen=True)
class Box:
    """Where one piece of a logical row lies on a page: PDF points, origin at the page's top-left.

    ``page`` counts from 1; ``x0``/``x1`` run from the page's left edge, ``top``/``bottom`` down
    from its top edge (pdfplumber's convention).
    """

    page: int
    x0: float
    top: float
    x1: float
    bottom: float


#: The kinds of entry in the canonical agency list (normalize/agencies.csv).
AGENCY_KINDS: tuple[str, ...] = ("agency", "group", "external", "channel")
#: The administrative levels an entry may have ("" when it spans levels or has none).
AGENCY_LEVELS: tuple[str, ...] = ("province", "city", "commune", "")


@dataclass(frozen=True)
class Agency:
    """One entry of the canonical agency list.

    ``id`` is a stable slug; ``kind`` one of :data:`AGENCY_KINDS`; ``level`` one of
    :data:`AGENCY_LEVELS`. ``replaced_by`` is the id of the body this one was renamed or merged
    into, from ``replaced_since`` on (both None while it exists).
    """

    id: str
    name: str
    kind: str
    level: str
    aliases: tuple[str, ...] = ()
    replaced_by: str | None = None
    replaced_since: date | None = None


#: How a method (a matching rule's name, "exact", "fuzzy", "unmatched"...) is spelled: kebab case.
METHOD_PATTERN = "^[a-z]+(-[a-z]+)*$"
#: Fuzzy matches under this score (0-100) go to review.csv with the unmatched ones.
REVIEW_BELOW = 95.0
#: Candidates (id, score) kept per mention for a reviewer.
SUGGESTIONS = 3
#: Methods whose matches a person need not review: the text is the listed name (``exact``), an alias,
#: a spelling derived from them (``abbreviation``), or one of those read with the head noun or level
#: its piece's names share (``shared-head``, ``level-tail``, ``level-stem``, ``units-stem``) or with
#: the body that closes the piece (``owner-tail``: "Ban Tuyên giáo, Ban Dân vận Tỉnh ủy"), or a
#: body named surely whose successor after the 2025 reform it was given (``successor``). Every
#: other method (``fuzzy`` and each rescue rule of normalize/rules.py) is reviewed under REVIEW_BELOW.
SURE_METHODS = frozenset(
    {
        "exact",
        "alias",
        "abbreviation",
        "shared-head",
        "level-tail",
        "level-stem",
        "units-stem",
        "owner-tail",
        "successor",
    }
)

#: Rows OCR read with a mean word confidence (0-100) under this go to review: on the sample scans,
#: rows read with every letter right score 85-96, rows with a wrong mark 60-80.
OCR_REVIEW_BELOW = 80.0


@dataclass(frozen=True)
class Mention:
    """One agency named in an agency cell, resolved against the canonical list.

    ``raw`` is the text as the document wrote it (never lost); ``id`` and ``name`` are the
    canonical entry, None when unmatched. ``method`` names the rule that decided (see
    :data:`SURE_METHODS`; "fuzzy", a rescue rule's name, or "unmatched"); ``score`` 0-100.
    ``requested`` marks "Đề nghị ... phối hợp" (the body is asked, not assigned); ``indicators``
    the scope "(chỉ tiêu 1,2)"; ``note`` any other parenthetical note.
    ``suggestions`` are the best canonical candidates (id, score) for a person to review.
    """

    raw: str
    id: str | None
    name: str | None
    score: float
    method: str
    requested: bool = False
    indicators: tuple[int, ...] = ()
    note: str | None = None
    suggestions: tuple[tuple[str, float], ...] = ()

    @property
    def needs_review(self) -> bool:
        """Tell whether a person should check it: unmatched, or by no sure method and under :data:`REVIEW_BELOW`."""
        return self.id is None or (self.method not in SURE_METHODS and self.score < REVIEW_BELOW)


@dataclass(frozen=True)
class Row:
    r"""One logical row of the appendix, after page-split pieces are joined.

    ``key`` is "D.C.I": the dimension number, the component number and the number of the row's
    first indicator (where indicators are not numbered: the row's STT counted from the first row
    of its component, else 1), with "-2", "-3"... added when a document repeats a key. Text is
    NFC with lines joined by "\n". ``extra`` holds the text of any column the header did not map
    to a field, by header label. ``papi`` is the code ("D.C", or "D" for a dimension alone) of the
    PAPI dimension and component the row's group labels name, "" when they name none known.
    ``agencies`` holds, per agency field (role), the mentions the normalize stage found.
    ``boxes`` are the row's pieces on the pages of a PDF (one per page piece, in order); empty
    where the source has no geometry. ``ocr_confidence`` is, for a row read from a scan, the lowest
    mean word confidence (0-100) of its pieces; None for text that was not OCR'd.
    """

    key: str
    dimension_no: int
    component_no: int
    dimension: str
    component: str
    indicators: str
    tasks: str
    implementing: str
    lead: str
    sector_guidance: str
    coordinating: str
    pages: tuple[int, ...]
    deadline: str = ""
    expected_result: str = ""
    budget: str = ""
    papi: str = ""
    extra: tuple[tuple[str, str], ...] = ()
    agencies: tuple[tuple[str, tuple[Mention, ...]], ...] = ()
    boxes: tuple[Box, ...] = ()
    ocr_confidence: float | None = None

    @property
    def needs_ocr_review(self) -> bool:
        """Tell whether the row was OCR'd with a confidence under :data:`OCR_REVIEW_BELOW`."""
        return self.ocr_confidence is not None and self.ocr_confidence < OCR_REVIEW_BELOW

    def text(self, name: str) -> str:
        """Return the text of one of the :data:`FIELDS`, by name."""
        value = getattr(self, name)
        assert isinstance(value, str)
        return value


@dataclass(frozen=True)
class Provenance:
    """Where a document's rows came from and how: the file, its type and the engine used."""

    source: str
    path: str
    sha256: str
    file_type: str
    engine: str
    pages: int


@dataclass(frozen=True)
class Coverage:
    """How much of the appendix's text reached the rows: characters in the table region and placed.

    ``region_chars`` counts the characters (white space left out) on the appendix pages inside the
    table's region: its cells, and text under or over it where the table goes on over the page;
    ``placed_chars`` those that are in a row, in a header, title or column-number row. Pages where
    the two differ are ``loss_pages``; each has a line in the document's warnings.
    """

    region_chars: int
    placed_chars: int
    loss_pages: tuple[int, ...] = ()

    @property
    def complete(self) -> bool:
        """Tell whether every character of the region was placed."""
        return not self.loss_pages and self.placed_chars >= self.region_chars

    def summary(self) -> str:
        """Say in one phrase how much was not placed, and on which pages."""
        pages = ", ".join(str(p) for p in self.loss_pages)
        missing = self.region_chars - self.placed_chars
        return f"{missing} of {self.region_chars} characters of the table region are in no row (page(s) {pages})"


@dataclass(frozen=True)
class Jurisdiction:
    """Where a plan is from: the level and name of the body that issued it, and the plan's year.

    ``level`` is a key of normalize/places.toml [levels] ("province", "central-city", "ward",
    "commune", "special-zone", or before 1 July 2025 "district", "urban-district", "town",
    "provincial-city", "township"); ``word`` the level's word ("tỉnh", "phường"); ``name`` the
    place's name ("Quảng Trị"; "" when the document names only the level, "của UBND thành
    phố"); ``province`` the province it lies in (its own name for a province, "" when unknown);
    ``year`` the plan's year (None when not written), which tells the names of which time the
    plan is written in; ``issued`` the day the plan was issued, when its title or heading writes it
    (a plan of the reform's year names the bodies of that day).
    """

    level: str
    word: str
    name: str = ""
    province: str = ""
    year: int | None = None
    issued: date | None = None

    @property
    def label(self) -> str:
        """The jurisdiction as a plan writes it: level word and name ("tỉnh Quảng Trị")."""
        return f"{self.word} {self.name}".strip()


@dataclass(frozen=True)
class Document:
    """One plan document as it moves through the pipeline.

    ``page_pdf`` is a PDF showing the pages of a document that is not one (a DOCX converted by
    LibreOffice), whose pages the rows' boxes refer to; None for a PDF (its own pages) or when
    there is none. ``jurisdiction`` is where the plan is from (read from its title by the
    normalize stage, or given), None when unknown. ``heading`` is the document's opening lines
    where a reader has them (a DOCX's heading block: "ỦY BAN NHÂN DÂN / TỈNH QUẢNG NGÃI"), read for
    the place when the title names none.
    """

    provenance: Provenance
    title: str = ""
    header: tuple[tuple[str, str], ...] = ()
    physical_rows: tuple[PhysicalRow, ...] = ()
    rows: tuple[Row, ...] = ()
    warnings: tuple[str, ...] = ()
    coverage: Coverage | None = None
    page_pdf: str | None = None
    jurisdiction: Jurisdiction | None = None
    heading: str = ""


@dataclass(frozen=True)
class Failure:
    """An input that could not be extracted, with the one-line reason."""

    source: str
    error: str


@dataclass(frozen=True)
class Result:
    """What one run produced: the documents extracted, the inputs that failed, the agency list used."""

    documents: tuple[Document, ...] = ()
    failures: tuple[Failure, ...] = ()
    agencies: tuple[Agency, ...] = ()
