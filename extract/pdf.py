"""PDF pages -> appendix table pieces, with pdfplumber: characters and ruling lines, nothing more.

We do not call pdfplumber's ``extract_tables``: it rebuilds text per cell without the geometry
the merge stage needs (where a line ends against the cell edge, how much room a cell leaves
under its text). Instead each page's rules become a :class:`~extract.grid.Grid`, each character
goes to the grid cell holding its centre, and each cell's characters become :class:`Line` objects.
Coordinates: points, origin at the page's top-left (pdfplumber's convention).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from core.errors import ExtractError
from core.process import can_fork_helper, in_child
from extract.grid import Grid, edges_to_grids
from extract.pdf_chain import pages_to_reading
from extract.pdf_objects import PageObjects, checked_edges, page_objects
from extract.pdf_page import PageReading, objects_to_page
from extract.reading import Reading

GridFinder = Callable[[int, Any, PageObjects], list[Grid]]


def rules_of_page(page_no: int, page: Any, objects: PageObjects) -> list[Grid]:
    """Find grids by default: the page's own ruling lines, as pdfplumber reads them."""
    return edges_to_grids(checked_edges(page_no, objects))


def pdfplumber_error(exc: Exception) -> ExtractError:
    """Turn pdfplumber's wrapped pdfminer error into one line: a missing password, or damage and its cause."""
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    cause = exc.args[0] if exc.args else exc
    if isinstance(cause, PDFPasswordIncorrect):
        return ExtractError("the PDF is encrypted and needs an open password (give it with --password)")
    return ExtractError(f"a damaged or truncated PDF ({type(cause).__name__}: {cause})")


def read_pdf(path: Path, password: str | None = None, find_grids: GridFinder = rules_of_page) -> Reading:
    """Read every page's ruled tables and return the appendix table's pieces in page order.

    ``find_grids(page_no, page, objects)`` finds the tables on a page; the camelot engine passes
    its own. With the default finder a long plan is read by two processes, a half each: pages are
    independent until their tables are chained into one appendix, which :func:`pages_to_reading`
    does in page order.
    """
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import PdfminerException

    quiet_pdfminer()
    try:
        with pdfplumber.open(path, password=password or "") as pdf:
            n_pages = len(pdf.pages)
            split = n_pages // 2 if find_grids is rules_of_page and can_fork(n_pages) else n_pages
            with pages_in_background(_read_file_pages, path, password, split, n_pages) as rest:
                readings = _read_page_range(pdf.pages, 0, split, find_grids)
                readings += rest() or []
    except PdfminerException as exc:
        raise pdfplumber_error(exc) from exc
    except (PDFSyntaxError, PSException) as exc:
        msg = f"a damaged or truncated PDF ({type(exc).__name__}: {exc})"
        raise ExtractError(msg) from exc
    return pages_to_reading(readings)


#: pdfminer's modules that trace every token, object and operator with ``log.debug``.
PDFMINER_TRACERS = ("pdfminer.psparser", "pdfminer.cmapdb", "pdfminer.pdfinterp", "pdfminer.pdfdocument")


class _NoDebug(logging.LoggerAdapter):  # type: ignore[type-arg]
    """A logger that drops debug records before any call into logging; everything else goes through."""

    def debug(self, msg: object, *args: object, **kwargs: object) -> None:
        """Drop the record: pdfminer's per-token trace, ~200k calls a plan."""


def quiet_pdfminer() -> None:
    """Stop pdfminer's debug trace at its source unless someone asked for it (its logger at DEBUG).

    A disabled ``log.debug`` still costs a call and a level check per token; the profile of a
    40-page plan shows 224k of them, about a tenth of the pdfplumber engine's time.
    """
    for name in PDFMINER_TRACERS:
        module = importlib.import_module(name)
        log = getattr(module, "log", None)
        if isinstance(log, logging.Logger) and not log.isEnabledFor(logging.DEBUG):
            module.log = _NoDebug(log, {})  # type: ignore[attr-defined]


#: Plans shorter than this are read in one process: starting a second costs more than it saves.
PARALLEL_MIN_PAGES = 8


T = TypeVar("T")
#: Reads pages ``start`` to ``stop`` (0-based, end excluded) of the PDF at ``path``: its pages (and
#: what else the engine reads with them).
RangeReader = Callable[[Path, "str | None", int, int], T]


def can_fork(n_pages: int) -> bool:
    """Tell whether a plan this long is worth reading with a second process, and one can be had."""
    return n_pages >= PARALLEL_MIN_PAGES and can_fork_helper()


@contextmanager
def pages_in_background(
    read_range: RangeReader[T], path: Path, password: str | None, start: int, stop: int
) -> Iterator[Callable[[], T | None]]:
    """Read pages ``start``-``stop`` in a forked process while the caller reads the others.

    Yields a function that waits for those pages; with nothing to read it returns None at once.
    """
    if start >= stop:
        yield lambda: None
        return
    with in_background(read_range, path, password, start, stop) as wait:
        yield wait


@contextmanager
def in_background(read: Callable[..., T], *args: Any) -> Iterator[Callable[[], T]]:
    """Run a page reader ``read(*args)`` in a forked process while the caller reads other pages.

    Yields a function that waits for what it read; an error other than :class:`ExtractError`
    is said as a damaged PDF, as the caller's own pages would be.
    """
    # the page reader dies with the process that forked it: a killed or timed-out run leaves none behind
    with in_child(read, *args) as future:

        def wait() -> T:
            try:
                return future.result()
            except ExtractError:
                raise
            except Exception as exc:  # a damaged page: say which error, as for the first half
                msg = f"a damaged or truncated PDF ({type(exc).__name__}: {exc})"
                raise ExtractError(msg) from exc

        yield wait


def _read_file_pages(path: Path, password: str | None, start: int, stop: int) -> list[PageReading]:
    import pdfplumber

    with pdfplumber.open(path, password=password or "") as pdf:
        return _read_page_range(pdf.pages, start, stop, rules_of_page)


def _read_page_range(pages: Sequence[Any], start: int, stop: int, find_grids: GridFinder) -> list[PageReading]:
    readings = []
    for index in range(start, stop):
        page = pages[index]
        readings.append(read_page(index + 1, page, find_grids))
        page.close()  # drop pdfplumber's per-page caches: memory stays flat over long plans
    return readings


def read_page(page_no: int, page: Any, find_grids: GridFinder) -> PageReading:
    """Find a pdfplumber page's ruled tables and turn each cell's characters into lines."""
    objects = page_objects(page)
    return objects_to_page(page_no, objects, find_grids(page_no, page, objects))
