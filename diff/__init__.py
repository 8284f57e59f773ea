"""Year-over-year diff of two plans: rows added, dropped, renumbered, and changed field by field.

``diff_plans(old, new, agencies)`` pairs the rows (:mod:`diff.pairing`), compares each pair
(:mod:`diff.changes`) and returns a :class:`~diff.model.PlanDiff`; :mod:`diff.inputs` reads
plan.json files or plan documents into :class:`~diff.model.Plan` objects, and :mod:`diff.render`
writes a diff as text, JSON, Markdown or HTML.
"""

from __future__ import annotations

from pathlib import Path

from core.model import FIELDS
from diff.changes import plan_agency_ids, row_diff
from diff.fields import compared_fields, plan_fields
from diff.inputs import ReadDocuments, load_plan
from diff.lineage import lineage_list, place_translation, translated
from diff.model import Plan, PlanDiff
from diff.pairing import pair_rows
from diff.render import RENDERERS, render
from diff.roles import load_agencies
from normalize.agencies import AgencyList

__all__ = ["RENDERERS", "Plan", "PlanDiff", "diff_files", "diff_plans", "load_agencies", "load_plan", "render"]


def diff_plans(old: Plan, new: Plan, agencies: AgencyList | None = None) -> PlanDiff:
    """Compare two plans; ``agencies`` is the canonical list (renames, cell resolution), if any.

    Examples
    --------
    >>> from core.model import Row
    >>> row = Row("1.1.1", 1, 1, "1. D", "1. C", "1. Chỉ tiêu", "- Việc", "UBND", "Phòng Y tế", "", "", (1,))
    >>> diff_plans(Plan("2024", (row,)), Plan("2025", (row,))).is_empty
    True
    """
    # bodies of the two plans' own lists are one where those lists say so (diff.lineage)
    old_rows = translated(old.rows, place_translation(old.rows, new.rows))
    lineage = lineage_list(agencies, (old.jurisdiction, new.jurisdiction))
    pairs, removed, added = pair_rows(old_rows, new.rows)
    existing = plan_agency_ids(old_rows, agencies)
    old_fields, new_fields = plan_fields(old.rows, old.header), plan_fields(new.rows, new.header)
    fields = compared_fields(old_fields, new_fields)
    return PlanDiff(
        old,
        new,
        added,
        removed,
        tuple(row_diff(pair, agencies, existing, fields, lineage) for pair in pairs),
        fields,
        only_old=tuple(name for name in FIELDS if name in old_fields - new_fields),
        only_new=tuple(name for name in FIELDS if name in new_fields - old_fields),
    )


def diff_files(
    old: Path,
    new: Path,
    *,
    old_source: str | None = None,
    new_source: str | None = None,
    read_documents: ReadDocuments | None = None,
    agencies: AgencyList | None = None,
) -> PlanDiff:
    """Compare two plan.json files or plan documents (PDF, DOCX; extracted with ``read_documents``).

    ``old_source`` and ``new_source`` name the document to take from a plan.json that holds
    several. Raises :class:`~diff.errors.DiffInputError` for an unreadable input and
    :class:`~diff.errors.DiffUsageError` for a name the input does not hold.
    """
    return diff_plans(load_plan(old, old_source, read_documents), load_plan(new, new_source, read_documents), agencies)
