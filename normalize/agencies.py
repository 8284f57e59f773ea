"""The canonical agency list: normalize/agencies.csv, extended or overridden by a user's file.

The CSV has the columns of :data:`CSV_COLUMNS`: ``id`` (a stable slug), ``name``, ``kind``
(agency, group, external, channel), ``level`` (province, city, commune or empty), ``aliases``
(";"-separated), ``replaced_by`` (the id of the body it was renamed or merged into) and
``replaced_since`` (ISO date). A user's file has the same columns: a row with an id the package
list has replaces that entry, a new id adds one.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path

from core.errors import AgencyListError
from core.model import AGENCY_KINDS, AGENCY_LEVELS, Agency
from normalize.keys import expanded_key, name_key

CSV_COLUMNS: tuple[str, ...] = ("id", "name", "kind", "level", "aliases", "replaced_by", "replaced_since")
#: The package's own list, reviewed like code.
PACKAGE_FILE = "agencies.csv"
ALIAS_SEPARATOR = ";"
#: An id is a slug, or slugs joined by "/" (the catalogue's "quang-tri/so-noi-vu": place, then body type).
_ID_RE = re.compile(r"[a-z0-9]+(?:[-/][a-z0-9]+)*")


@dataclass(frozen=True)
class AgencyList:
    """The canonical entries, in list order (package entries first, then a user's new ones)."""

    entries: tuple[Agency, ...]
    #: Per replaced entry's id, what the change was and its legal basis (the catalogue's ``basis``).
    changes: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)
    _by_id: Mapping[str, Agency] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {agency.id: agency for agency in self.entries})

    def __iter__(self) -> Iterator[Agency]:
        """Iterate over the entries in list order."""
        return iter(self.entries)

    def __len__(self) -> int:
        """Count the entries."""
        return len(self.entries)

    def get(self, agency_id: str) -> Agency | None:
        """Return the entry with this id, None when the list has none."""
        return self._by_id.get(agency_id)

    def successor(self, agency_id: str) -> str | None:
        """Return the id of the body that finally took over ``agency_id`` (None if it was never replaced).

        The ``replaced_by`` links are followed to the end of the chain.

        Raises
        ------
        KeyError
            When ``agency_id`` is not in the list.
        """
        current = self._by_id[agency_id]
        if current.replaced_by is None:
            return None
        while current.replaced_by is not None:  # the loader rejects cycles
            current = self._by_id[current.replaced_by]
        return current.id


def _parse_date(value: str, where: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        msg = f"{where}: replaced_since {value!r} is not an ISO date (YYYY-MM-DD)"
        raise AgencyListError(msg) from exc


def record_to_agency(record: Mapping[str, str], where: str) -> Agency:
    """Turn one CSV record into an :class:`Agency`, its values checked."""
    values = {name: (record.get(name) or "").strip() for name in CSV_COLUMNS}
    if not _ID_RE.fullmatch(values["id"]):
        msg = f"{where}: id {values['id']!r} is not a slug (lower-case letters, digits, '-' and '/')"
        raise AgencyListError(msg)
    if not values["name"]:
        msg = f"{where}: {values['id']} has no name"
        raise AgencyListError(msg)
    if values["kind"] not in AGENCY_KINDS:
        msg = f"{where}: kind {values['kind']!r} is not one of {', '.join(AGENCY_KINDS)}"
        raise AgencyListError(msg)
    if values["level"] not in AGENCY_LEVELS:
        msg = f"{where}: level {values['level']!r} is not one of {', '.join(AGENCY_LEVELS[:-1])} or empty"
        raise AgencyListError(msg)
    if values["replaced_since"] and not values["replaced_by"]:
        msg = f"{where}: replaced_since is set but replaced_by is empty"
        raise AgencyListError(msg)
    aliases = tuple(a.strip() for a in values["aliases"].split(ALIAS_SEPARATOR) if a.strip())
    return Agency(
        id=values["id"],
        name=values["name"],
        kind=values["kind"],
        level=values["level"],
        aliases=aliases,
        replaced_by=values["replaced_by"] or None,
        replaced_since=_parse_date(values["replaced_since"], where),
    )


def csv_to_agencies(text: str, source: str, lines: dict[str, str] | None = None) -> list[Agency]:
    """Parse one agency CSV; ``source`` names the file in error messages.

    ``lines``, when given, is filled with each entry's id -> "file line N", for later messages.
    """
    reader = csv.DictReader(io.StringIO(text))
    missing = [name for name in CSV_COLUMNS if name not in (reader.fieldnames or ())]
    if missing:
        msg = f"{source}: missing column(s) {', '.join(missing)}; expected {','.join(CSV_COLUMNS)}"
        raise AgencyListError(msg)
    agencies: list[Agency] = []
    seen: set[str] = set()
    for record in reader:
        where = f"{source} line {reader.line_num}"
        if None in record:
            msg = f"{where}: more fields than the {len(CSV_COLUMNS)} columns (quote names that hold commas)"
            raise AgencyListError(msg)
        agency = record_to_agency(record, where)
        if agency.id in seen:
            msg = f"{where}: id {agency.id} appears twice"
            raise AgencyListError(msg)
        seen.add(agency.id)
        agencies.append(agency)
        if lines is not None:
            lines[agency.id] = where
    return agencies


def check_agencies(agencies: list[Agency], source: str, lines: Mapping[str, str] | None = None) -> None:
    """Reject a list whose successors are unknown or circular, or whose names point at two entries.

    ``lines`` gives an entry's file and line by id ("list.csv line 4"); ``source`` stands in for
    entries it does not hold.
    """
    lines = lines or {}
    by_id = {a.id: a for a in agencies}
    for agency in agencies:
        seen = {agency.id}
        current = agency
        while current.replaced_by is not None:
            if current.replaced_by not in by_id:
                where = lines.get(current.id, source)
                msg = f"{where}: {current.id} is replaced_by {current.replaced_by!r}, which is not in the list"
                raise AgencyListError(msg)
            current = by_id[current.replaced_by]
            if current.id in seen:
                msg = f"{lines.get(agency.id, source)}: replaced_by runs in a circle through {agency.id}"
                raise AgencyListError(msg)
            seen.add(current.id)
    owners: dict[str, str] = {}
    for agency in agencies:
        for spelling in (agency.name, *agency.aliases):
            for key in {name_key(spelling), expanded_key(spelling)}:
                owner = owners.setdefault(key, agency.id)
                if owner != agency.id:
                    where = lines.get(agency.id, lines.get(owner, source))
                    msg = f"{where}: {spelling!r} of {agency.id} is the same name as one of {owner}"
                    raise AgencyListError(msg)


def _read_user_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        msg = f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})"
        raise AgencyListError(msg) from exc
    except OSError as exc:
        msg = f"{path}: cannot read the agency list ({exc.strerror or exc})"
        raise AgencyListError(msg) from exc


def _package_agencies() -> list[Agency]:
    package_text = resources.files("normalize").joinpath(PACKAGE_FILE).read_text(encoding="utf-8")
    return csv_to_agencies(package_text, f"normalize/{PACKAGE_FILE}")


@functools.lru_cache(maxsize=8)
def _read_file(path: Path, stamp: tuple[int, int]) -> tuple[tuple[Agency, ...], tuple[tuple[str, str], ...]]:
    del stamp  # part of the cache key only: an edited file is read again
    lines: dict[str, str] = {}
    agencies = csv_to_agencies(_read_user_file(path), str(path), lines)
    return tuple(agencies), tuple(lines.items())


def read_agency_file(path: Path) -> tuple[list[Agency], dict[str, str]]:
    """Read a user's agency CSV: its entries, and each entry's "file line N" by id.

    Raises
    ------
    AgencyListError
        When the file cannot be read, lacks a column, has a bad value or a duplicate id.
    """
    try:
        stat = path.stat()
    except OSError as exc:
        msg = f"{path}: cannot read the agency list ({exc.strerror or exc})"
        raise AgencyListError(msg) from exc
    agencies, lines = _read_file(path.resolve(), (stat.st_mtime_ns, stat.st_size))
    return list(agencies), dict(lines)


def extend_list(base: AgencyList, path: Path) -> AgencyList:
    """Return ``base`` extended by the CSV at ``path``: an id ``base`` has is replaced, a new id added.

    Raises
    ------
    AgencyListError
        As :func:`read_agency_file`, or when the result has a ``replaced_by`` that is unknown or
        circular, or two entries sharing a name (the message names the file's line).
    """
    extra, lines = read_agency_file(path)
    merged = {a.id: a for a in base}
    for agency in extra:
        merged[agency.id] = agency
    agencies = list(merged.values())
    check_agencies(agencies, str(path), lines)
    return AgencyList(tuple(agencies), base.changes)


def user_list(path: Path) -> AgencyList:
    """Load the CSV at ``path`` alone: the list that replaces the built-in ones for a run (``--agencies``).

    Raises
    ------
    AgencyListError
        As :func:`extend_list`.
    """
    agencies, lines = read_agency_file(path)
    check_agencies(agencies, str(path), lines)
    return AgencyList(tuple(agencies))


@functools.cache
def package_list() -> AgencyList:
    """Load normalize/agencies.csv: the bodies of a city before the 2025 reform."""
    agencies = _package_agencies()
    check_agencies(agencies, f"normalize/{PACKAGE_FILE}")
    return AgencyList(tuple(agencies))


def load_agency_list(path: Path | None = None) -> AgencyList:
    """Load the package's agency list, extended and overridden by the CSV at ``path`` when given.

    Raises
    ------
    AgencyListError
        When a file cannot be read, lacks a column, has a bad value, a duplicate id, a
        ``replaced_by`` that is unknown or circular, or two entries sharing a name.
    """
    return package_list() if path is None else extend_list(package_list(), path)
