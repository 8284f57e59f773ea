"""What every reader (PDF engine or DOCX) hands back before the pieces become a Document."""

from __future__ import annotations

from dataclasses import dataclass

from core.model import PhysicalRow


@dataclass(frozen=True)
class Reading:
    """The appendix pieces in reading order, its title, its header labels and the page count.

    ``warnings`` say where text of the table went when it is not in the rows (a dropped row of
    column numbers), so that nothing is left out silently.
    """

    rows: tuple[PhysicalRow, ...]
    title: str
    header: tuple[tuple[str, str], ...]
    pages: int
    warnings: tuple[str, ...] = ()
