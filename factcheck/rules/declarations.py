"""Declarations: the named entities and measures a rule set talks about.

``entities`` map a canonical name to ``aliases`` (other names of the same actor: Kyiv for Ukraine), ``variants``
(inconsistent spellings that the ``spelling`` check flags: Suzha, Suja for Sudzha), ``part_of`` (Jeddah in Saudi
Arabia) and a ``kind``. ``measures`` name a quantity the rules compare, selected from the extracted quantities by
unit (or dimension, or ``count`` of a ``counted`` noun) and by words that must occur near it (lemma-aware: "near:
[reclaim]" matches "reclaimed"). :func:`select_measure` returns every mention of a measure in a run.

Selection, in order: the quantity's unit converts to the measure's unit (or its dimension/counted noun matches); its
clause (the sentence cut at ``,`` ``;`` ``:`` dashes and brackets) contains a ``near`` phrase (or, with ``scope:
sentence``, its sentence); no ``not_near`` phrase is in that scope; the document id matches ``documents``. A
quantity that several measures select goes to the measure(s) whose near phrase is closest to it.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from pydantic import Field, PrivateAttr, field_validator, model_validator

from factcheck.intervals import Interval
from factcheck.models import EntityKind, Model, Quantity

if TYPE_CHECKING:
    from factcheck.facts import FactBase


class Entity(Model):
    """A named actor or place: its other names and how it relates to other entities."""

    aliases: list[str] = Field(default_factory=list, description="other names of the same actor (not errors)")
    variants: list[str] = Field(default_factory=list, description="inconsistent spellings the spelling check flags")
    part_of: str | None = Field(None, description="the entity this one lies in or belongs to")
    kind: EntityKind = "other"


class Measure(Model):
    """A named quantity: which extracted quantities are mentions of it."""

    unit: str | None = Field(
        None, description="pint unit ('km**2', 'percent', 'USD') or 'count' for a number of things"
    )
    dimension: str | None = Field(None, description="instead of unit: a Quantity dimension ('area', 'percent', ...)")
    counted: list[str] = Field(
        default_factory=list, description="for counts: the nouns counted ('troop', 'soldier'); lemma-aware"
    )
    near: list[str] = Field(default_factory=list, description="words or phrases that must occur near the quantity")
    not_near: list[str] = Field(default_factory=list, description="words or phrases that must not occur near it")
    scope: Literal["clause", "sentence"] = Field("clause", description="where near/not_near words are looked for")
    documents: str | None = Field(None, description="glob on document ids: only these documents mention it")
    description: str | None = None

    _name: str = PrivateAttr("")
    _canonical_unit: str = PrivateAttr("dimensionless")

    @field_validator("counted", "near", "not_near", mode="before")
    @classmethod
    def _one_or_many(cls, v: object) -> object:
        return [v] if isinstance(v, str) else v

    @model_validator(mode="after")
    def _unit_known(self) -> Measure:
        if self.unit is None and self.dimension is None and not self.counted:
            raise ValueError("a measure needs a unit, a dimension or counted nouns")
        if self.unit is not None:
            from factcheck.rules._units import canonical_unit

            try:
                self._canonical_unit = canonical_unit(self.unit)
            except ValueError as exc:
                raise ValueError(str(exc)) from None
        return self

    @property
    def name(self) -> str:
        return self._name

    @property
    def canonical_unit(self) -> str:
        """The pint unit values of this measure are expressed in ('dimensionless' for counts)."""
        return self._canonical_unit

    @property
    def is_count(self) -> bool:
        return (self.unit or "").strip().lower() == "count" or (self.unit is None and bool(self.counted))


class Declarations(Model):
    """The ``entities`` and ``measures`` of a rule set (merged over its files), with a name resolver."""

    entities: dict[str, Entity] = Field(default_factory=dict)
    measures: dict[str, Measure] = Field(default_factory=dict)

    _names: dict[str, str] = PrivateAttr(default_factory=dict)
    _variants: dict[str, str] = PrivateAttr(default_factory=dict)

    def model_post_init(self, __context: object) -> None:
        self.reindex()

    def reindex(self) -> None:
        """Rebuild the name index (call after changing ``entities`` or ``measures`` in place)."""
        self._names = {}
        self._variants = {}
        for name, ent in self.entities.items():
            self._names[_fold(name)] = name
            for alias in ent.aliases:
                self._names.setdefault(_fold(alias), name)
            for variant in ent.variants:
                self._variants.setdefault(_fold(variant), name)
        for name, measure in self.measures.items():
            measure._name = name

    def canonical(self, name: str) -> str | None:
        """The canonical entity ``name`` denotes (itself, or through an alias or a variant); None if undeclared."""
        key = _fold(name)
        return self._names.get(key) or self._variants.get(key)

    def variant_of(self, name: str) -> str | None:
        """The canonical name if ``name`` is a declared variant spelling (an inconsistency), else None."""
        key = _fold(name)
        if key in self._names:
            return None
        return self._variants.get(key)

    def part_of(self, name: str) -> list[str]:
        """The chain of entities ``name`` lies in (Jeddah → [Saudi Arabia])."""
        chain: list[str] = []
        current = self.canonical(name)
        while current is not None and current in self.entities:
            parent = self.entities[current].part_of
            if parent is None or parent in chain:
                break
            chain.append(self.canonical(parent) or parent)
            current = self.canonical(parent)
        return chain

    def merge(self, other: Declarations) -> list[str]:
        """Add ``other``'s declarations; returns the names of measures declared differently in both (conflicts).

        An entity declared twice gets the union of its aliases and variants (later part_of/kind win if set).
        """
        conflicts: list[str] = []
        for name, ent in other.entities.items():
            if name not in self.entities:
                self.entities[name] = ent.model_copy(deep=True)
                continue
            mine = self.entities[name]
            mine.aliases = _union(mine.aliases, ent.aliases)
            mine.variants = _union(mine.variants, ent.variants)
            if ent.part_of is not None:
                mine.part_of = ent.part_of
            if ent.kind != "other":
                mine.kind = ent.kind
        for name, measure in other.measures.items():
            if name in self.measures and self.measures[name].model_dump() != measure.model_dump():
                conflicts.append(name)
                continue
            self.measures[name] = measure
        self.reindex()
        return conflicts


def _fold(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip()).casefold()


def _union(a: list[str], b: list[str]) -> list[str]:
    return list(dict.fromkeys([*a, *b]))


# --- measure selection -----------------------------------------------------------------------------------------

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_CLAUSE_BREAK = re.compile(r"[;:()\[\]—–]|,(?=\s)|\s-\s")


@lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """The word itself (lower case) and every lemma lemminflect knows for it, any part of speech."""
    from lemminflect import getAllLemmas

    low = word.lower()
    out = {low}
    for forms in getAllLemmas(low).values():
        out.update(f.lower() for f in forms)
    return frozenset(out)


@lru_cache(maxsize=4096)
def _phrase(phrase: str) -> tuple[frozenset[str], ...]:
    return tuple(lemmas(w) for w in _WORD.findall(phrase))


def _tokens(text: str, offset: int) -> list[tuple[int, int, frozenset[str]]]:
    return [(offset + m.start(), offset + m.end(), lemmas(m.group())) for m in _WORD.finditer(text)]


def _find(phrases: Iterable[str], toks: list[tuple[int, int, frozenset[str]]]) -> list[tuple[int, int]]:
    """Token index ranges ``[i, j)`` where a phrase matches (every word shares a lemma with the token)."""
    hits: list[tuple[int, int]] = []
    for phrase in phrases:
        words = _phrase(phrase)
        if not words:
            continue
        n = len(words)
        for i in range(len(toks) - n + 1):
            if all(words[k] & toks[i + k][2] for k in range(n)):
                hits.append((i, i + n))
    return hits


def _scope(text: str, start: int, end: int, sentence_start: int, clause: bool) -> tuple[int, int]:
    """The character range (absolute) of the clause (or sentence) containing ``[start, end)``."""
    rel_s, rel_e = start - sentence_start, end - sentence_start
    if not clause:
        return sentence_start, sentence_start + len(text)
    lo, hi = 0, len(text)
    for m in _CLAUSE_BREAK.finditer(text):
        if m.end() <= rel_s:
            lo = m.end()
        elif m.start() >= rel_e:
            hi = m.start()
            break
    return sentence_start + lo, sentence_start + hi


def _unit_matches(measure: Measure, q: Quantity) -> bool:
    from factcheck.rules._units import canonical_unit, factor

    if measure.is_count or (measure.unit is None and measure.counted):
        if q.dimension != "count" or q.unit not in (None, "", "dimensionless"):
            return False
        if measure.counted:
            if not q.counted:
                return False
            wanted = set().union(*(lemmas(c) for c in measure.counted))
            return bool(wanted & lemmas(q.counted.split()[-1]))
        return True
    if measure.unit is not None:
        if q.unit is None:
            return False
        try:
            return factor(canonical_unit(q.unit), measure.canonical_unit) is not None
        except ValueError:
            return False
    return q.dimension == measure.dimension


def _distance(hit: tuple[int, int], q_first: int, q_last: int) -> int:
    i, j = hit
    if j <= q_first:
        return q_first - j
    if i > q_last:
        return i - q_last - 1
    return 0


def _select_all(measures: dict[str, Measure], facts: FactBase) -> dict[str, list[tuple[str, Quantity]]]:
    """Assign every quantity of the run to the measures it mentions (closest near phrase wins)."""
    out: dict[str, list[tuple[str, Quantity]]] = {name: [] for name in measures}
    for doc, ext in facts.all():
        for q in ext.quantities:
            candidates = [
                m
                for m in measures.values()
                if (m.documents is None or fnmatch.fnmatch(doc.id, m.documents)) and _unit_matches(m, q)
            ]
            if not candidates:
                continue
            if q.sentence < 0 or q.sentence >= len(ext.sentences):
                continue
            sent = ext.sentences[q.sentence]
            best: list[tuple[int, str]] = []
            for m in candidates:
                lo, hi = _scope(sent.text, q.span.start, q.span.end, sent.span.start, m.scope == "clause")
                toks = _tokens(sent.text[lo - sent.span.start : hi - sent.span.start], lo)
                if m.not_near and _find(m.not_near, toks):
                    continue
                if not m.near:
                    best.append((10**6, m.name))
                    continue
                inside = [k for k, t in enumerate(toks) if t[0] < q.span.end and t[1] > q.span.start]
                first, last = (inside[0], inside[-1]) if inside else (0, -1)
                hits = [h for h in _find(m.near, toks) if not (h[0] >= first and h[1] <= last + 1 and inside)]
                if hits:
                    best.append((min(_distance(h, first, last) for h in hits), m.name))
            if best:
                closest = min(d for d, _ in best)
                for d, name in best:
                    if d == closest:
                        out[name].append((doc.id, q))
    return out


def select_measure(measure: Measure | str, facts: FactBase) -> list[tuple[str, Quantity]]:
    """Every mention of ``measure`` in the run, as (document id, quantity), in document and text order.

    With ``facts.declarations`` a :class:`Declarations`, all its measures are selected together once per run
    (shared through ``facts.derived``), so a quantity goes to the measure whose near phrase is closest.
    """
    decl = facts.declarations
    if isinstance(measure, str):
        if not isinstance(decl, Declarations) or measure not in decl.measures:
            raise KeyError(f"undeclared measure {measure!r}")
        measure = decl.measures[measure]
    if isinstance(decl, Declarations) and decl.measures.get(measure.name) is measure:
        index = facts.derived("rules.measures", lambda f: _select_all(decl.measures, f))
        return list(index[measure.name])
    return _select_all({measure.name or "_": measure}, facts)[measure.name or "_"]


def in_unit(measure: Measure, q: Quantity) -> Interval:
    """The quantity's interval expressed in the measure's unit (unchanged for counts and dimensions)."""
    from factcheck.rules._units import canonical_unit, factor

    if measure.unit is None or measure.is_count or q.unit is None:
        return q.interval
    k = factor(canonical_unit(q.unit), measure.canonical_unit)
    return q.interval if k is None or k == 1.0 else q.interval.scale(k)
