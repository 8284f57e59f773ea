"""What a plan diff holds: row pairs, per-field changes, and the whole :class:`PlanDiff`.

Every object is frozen and built once; the renderers in :mod:`diff.render` only read them.
Keys are the rows' "D.C.I" keys; an added row is named by its key in the new plan, a removed
row by its key in the old one, and a paired row by its key in the new plan.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.model import FIELDS, Jurisdiction, Row

#: How a pair was found: the same key (and agreeing text), or the indicator text alone.
PAIR_METHODS: tuple[str, ...] = ("key", "text")
#: The word-diff operations, as difflib names them.
WORD_OPS: tuple[str, ...] = ("equal", "delete", "insert", "replace")


@dataclass(frozen=True)
class Plan:
    """One side of the diff: the name it is shown by, its logical rows, the fields its header maps, where it is from.

    ``jurisdiction`` is the place whose agency list the plan was read against (None when unknown);
    ``lost`` says what its reading left out of the rows (its coverage's summary), "" when nothing;
    ``warnings`` are its reading's warnings when the diff read it from a PDF or DOCX (a plan.json
    holds its own), which no output of the diff would keep otherwise.
    """

    name: str
    rows: tuple[Row, ...]
    header: tuple[str, ...] = ()
    jurisdiction: Jurisdiction | None = None
    lost: str = ""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pair:
    """An old row and the new row it became.

    ``method`` is "key" or "text" (see :data:`PAIR_METHODS`); ``score`` is the 0-100 similarity
    of the two rows' indicator text (rapidfuzz ``fuzz.ratio`` on folded text).
    """

    old: Row
    new: Row
    method: str
    score: float

    @property
    def renumbered(self) -> bool:
        """True when the row's key changed (the rows around it were added or dropped)."""
        return self.old.key != self.new.key


@dataclass(frozen=True)
class WordOp:
    """One step of a word diff: words kept, deleted, inserted or replaced (original spelling)."""

    op: str
    old: str
    new: str


@dataclass(frozen=True)
class TextChange:
    """A changed text field (group label, indicators, tasks) as word-diff steps."""

    field: str
    words: tuple[WordOp, ...]


@dataclass(frozen=True)
class AgencyRef:
    """An agency as the diff shows it: canonical id (None when unmatched) and display name."""

    id: str | None
    name: str


@dataclass(frozen=True)
class Rename:
    """A body that the canonical list says was renamed, or merged into another, from a date."""

    old: AgencyRef
    new: AgencyRef
    since: str | None
    merged: bool


@dataclass(frozen=True)
class AgencyChange:
    """A changed agency field (role): bodies added, removed, and renamed by the reorganization."""

    field: str
    added: tuple[AgencyRef, ...]
    removed: tuple[AgencyRef, ...]
    renamed: tuple[Rename, ...]


@dataclass(frozen=True)
class RowDiff:
    """One paired row and what changed in it, field by field in :data:`core.model.FIELDS` order."""

    pair: Pair
    text_changes: tuple[TextChange, ...]
    agency_changes: tuple[AgencyChange, ...]

    @property
    def changed_fields(self) -> tuple[str, ...]:
        """The names of the changed fields, in document column order."""
        changed = {c.field for c in self.text_changes} | {c.field for c in self.agency_changes}
        return tuple(name for name in FIELDS if name in changed)


@dataclass(frozen=True)
class PlanDiff:
    """Everything that changed between two plans.

    ``added`` and ``removed`` are the unpaired new and old rows; ``rows`` holds every pair, changed
    or not, sorted by new key, so ``modified`` and ``renumbered`` are views of it. ``fields`` are
    the fields compared; ``only_old`` and ``only_new`` those only one plan has (not compared).
    """

    old: Plan
    new: Plan
    added: tuple[Row, ...]
    removed: tuple[Row, ...]
    rows: tuple[RowDiff, ...]
    fields: tuple[str, ...] = FIELDS
    only_old: tuple[str, ...] = ()
    only_new: tuple[str, ...] = ()

    @property
    def modified(self) -> tuple[RowDiff, ...]:
        """The pairs with at least one changed field."""
        return tuple(row for row in self.rows if row.changed_fields)

    @property
    def renumbered(self) -> tuple[Pair, ...]:
        """The pairs whose key changed."""
        return tuple(row.pair for row in self.rows if row.pair.renumbered)

    @property
    def renumbered_modified(self) -> int:
        """How many modified pairs also changed key (counted as modified, like the per-dimension table)."""
        return sum(1 for row in self.rows if row.changed_fields and row.pair.renumbered)

    @property
    def renumbered_only(self) -> int:
        """How many pairs changed key and nothing else: added, removed, modified, these and unchanged add up."""
        return len(self.renumbered) - self.renumbered_modified

    @property
    def unchanged(self) -> int:
        """How many pairs have neither a changed field nor a new key."""
        return sum(1 for row in self.rows if not row.changed_fields and not row.pair.renumbered)

    @property
    def is_empty(self) -> bool:
        """True when the plans hold the same rows under the same keys."""
        return not (self.added or self.removed or self.modified or self.renumbered)
