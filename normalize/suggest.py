"""Propose a canonical agency list from the mentions of extracted plans (``phuluc agencies suggest``).

What a new office needs on day one: every body its plans name, once, with the spellings they use.
Mentions resolved to an entry are one cluster per entry (the entry's name is the proposal, its
catalogue type recognised); unmatched mentions are grouped by their key with abbreviations written
out and initials glued (:func:`~normalize.keys.compact_key`), then a group joins a larger one with
the same head noun when their keys are alike (``SIMILAR``). The proposed name of an unmatched
cluster is its most frequent spelling (the longest among equals, abbreviations least). The result is
in the ``--agencies`` format (normalize/agencies.csv's columns) with two more columns a loader
ignores: ``count`` (mentions) and ``catalogue`` (the entry it was recognised as, empty when none).
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from core.model import Agency
from core.text import strip_marks
from normalize.agencies import CSV_COLUMNS
from normalize.keys import compact_key, expanded_key, key_levels, name_key

#: Two unmatched groups with the same head noun whose keys score this much (token_sort_ratio,
#: 0-100) or more are one body spelled two ways: typos and word order, not another field.
SIMILAR = 92.0
SUGGEST_COLUMNS = (*CSV_COLUMNS, "count", "catalogue")
#: Head words of a name that tell its kind when the list does not know it.
_KIND_HEADS: tuple[tuple[str, str], ...] = (
    ("các ", "group"),
    ("đài ", "channel"),
    ("trang ", "channel"),
    ("cổng ", "channel"),
    ("báo ", "channel"),
    ("ủy ban mặt trận", "external"),
    ("mặt trận", "external"),
    ("hội ", "external"),
    ("đoàn ", "external"),
    ("tòa án", "external"),
    ("viện kiểm sát", "external"),
)
_LEVELS = (("province", "province"), ("city", "city"), ("commune", "commune"))


@dataclass(frozen=True)
class Seen:
    """One mention as a plan gave it: the raw text and the entry it was resolved to (None when unmatched)."""

    raw: str
    id: str | None


@dataclass(frozen=True)
class Cluster:
    """One proposed body: its name, kind, level, the spellings met with their counts, the entry recognised."""

    id: str
    name: str
    kind: str
    level: str
    spellings: tuple[tuple[str, int], ...]
    recognised: str

    @property
    def count(self) -> int:
        """Count the mentions of the cluster."""
        return sum(n for _, n in self.spellings)


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", strip_marks(text).casefold())) or "body"


def _guess_kind(name: str) -> str:
    key = compact_key(name) + " "
    return next((kind for head, kind in _KIND_HEADS if key.startswith(head)), "agency")


def _guess_level(name: str) -> str:
    levels = key_levels(compact_key(name))
    return next((level for found, level in _LEVELS if found in levels), "")


def _best_spelling(counts: Counter[str]) -> str:
    return max(counts, key=lambda s: (counts[s], len(s.split()), len(s)))


def _group_unmatched(raws: Counter[str]) -> list[Counter[str]]:
    by_key: dict[str, Counter[str]] = defaultdict(Counter)
    for raw, n in raws.items():
        by_key[compact_key(raw)][raw] += n
    groups = sorted(by_key.items(), key=lambda kv: -sum(kv[1].values()))
    merged: list[tuple[str, Counter[str]]] = []
    for key, counts in groups:
        head = key.split()[:1]
        home = next((c for k, c in merged if k.split()[:1] == head and fuzz.token_sort_ratio(k, key) >= SIMILAR), None)
        if home is None:
            merged.append((key, Counter(counts)))
        else:
            home.update(counts)
    return [counts for _, counts in merged]


def suggest(mentions: Iterable[Seen], entries: Mapping[str, Agency]) -> list[Cluster]:
    """Cluster the mentions into proposed bodies, most mentioned first.

    ``entries`` are the list entries the plans were resolved against (by id), for the names,
    kinds and levels of the clusters they recognised.
    """
    by_id: dict[str, Counter[str]] = defaultdict(Counter)
    unmatched: Counter[str] = Counter()
    for mention in mentions:
        if mention.id is None:
            unmatched[mention.raw] += 1
        else:
            by_id[mention.id][mention.raw] += 1
    clusters: list[Cluster] = []
    for agency_id, counts in by_id.items():
        entry = entries.get(agency_id)
        name = entry.name if entry else _best_spelling(counts)
        kind = entry.kind if entry else _guess_kind(name)
        level = entry.level if entry else _guess_level(name)
        clusters.append(Cluster(agency_id, name, kind, level, tuple(counts.most_common()), agency_id))
    taken = {c.id for c in clusters}
    for counts in _group_unmatched(unmatched):
        name = _best_spelling(counts)
        slug = _slug(name)
        unique, n = slug, 2
        while unique in taken:
            unique, n = f"{slug}-{n}", n + 1
        taken.add(unique)
        clusters.append(Cluster(unique, name, _guess_kind(name), _guess_level(name), tuple(counts.most_common()), ""))
    return _merge_same_names(sorted(clusters, key=lambda c: (-c.count, c.id)))


def _merge_same_names(clusters: list[Cluster]) -> list[Cluster]:
    """Join clusters proposing the same name (two plans' "Công an") into the most mentioned one.

    A list cannot give one name to two bodies; the joined cluster names every entry it was
    recognised as in ``recognised`` (";"-separated), for the person editing it.
    """
    by_key: dict[str, int] = {}
    merged: list[Cluster] = []
    for cluster in clusters:
        key = name_key(cluster.name)
        if key not in by_key:
            by_key[key] = len(merged)
            merged.append(cluster)
            continue
        home = merged[by_key[key]]
        counts = Counter(dict(home.spellings))
        counts.update(dict(cluster.spellings))
        recognised = ";".join(r for r in dict.fromkeys((*home.recognised.split(";"), cluster.recognised)) if r)
        merged[by_key[key]] = Cluster(
            home.id, home.name, home.kind, home.level, tuple(counts.most_common()), recognised
        )
    return sorted(merged, key=lambda c: (-c.count, c.id))


def clusters_to_csv(clusters: Iterable[Cluster]) -> str:
    """Write the clusters in the ``--agencies`` format, with ``count`` and ``catalogue`` after its columns.

    Aliases are the spellings other than the name, most frequent first, each once by its key.
    """
    clusters = list(clusters)
    proposed: list[list[str]] = []
    owners: Counter[str] = Counter()
    for cluster in clusters:
        seen = {compact_key(cluster.name)}
        aliases = []
        for spelling, _ in cluster.spellings:
            key = compact_key(spelling)
            if key not in seen and ";" not in spelling:
                seen.add(key)
                aliases.append(spelling)
        proposed.append(aliases)
        owners.update({k for s in (cluster.name, *aliases) for k in (name_key(s), expanded_key(s))})
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(SUGGEST_COLUMNS)
    for cluster, spellings in zip(clusters, proposed, strict=True):
        # a spelling two clusters share names neither for sure: the loader would refuse it
        aliases = [a for a in spellings if owners[name_key(a)] == 1 and owners[expanded_key(a)] == 1]
        writer.writerow(
            [
                cluster.id,
                cluster.name,
                cluster.kind,
                cluster.level,
                ";".join(aliases),
                "",
                "",
                cluster.count,
                cluster.recognised,
            ]
        )
    return out.getvalue()
