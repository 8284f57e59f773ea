"""What every reader (PDF engine or DOCX) hands back before the pieces become a Document."""

from __future__ import annotations

from dataclasses import dataclass

from core.model import Coverage, PhysicalRow


@dataclass(frozen=True)
class Reading:
    """The appendix pieces in reading order, its title, its header labels and the page count.

    ``warnings`` say where text of the table went when it is not in the rows (a dropped row of
    column numbers), so that nothing is left out silently; ``coverage`` counts the characters of
    the table region against those placed (None where the reader cannot count them).
    """

    rows: tuple[PhysicalRow, ...]
    title: str
    header: tuple[tuple[str, str], ...]
    pages: int
    warnings: tuple[str, ...] = ()
    coverage: Coverage | None = None
    seen: str = ""  # what the reader saw, said when it found no appendix table
    heading: str = ""  # the document's opening lines (a DOCX's heading block), where a plan names its issuer
