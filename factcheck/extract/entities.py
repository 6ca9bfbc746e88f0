"""Proper-name mentions: people, places, organizations, with exact spans and a canonical name.

A name is a run of capitalised words, with particles inside it ("Ursula von der Leyen"), ``al-``/``el-`` prefixes,
hyphens, apostrophes and diacritics ("Micheál Martin"), camel case ("DeepState"), dotted and plain abbreviations
("U.S.", "UN", "NATO", "G7"). What is not a name:

- a capitalised common word at the start of a sentence, after an opening quote or a colon ("However", "Military
  observers"): a word found in the English lexicon (lemminflect) or the ``not_names`` table is kept there only if
  the document also capitalises it mid-sentence, or if the tables know it;
- words of a headline (a line where most words are capitalised) unless they pass the same test: headlines are read
  conservatively;
- weekdays and months; titles, which are kept apart in ``title`` ("President Vladimir Putin" → name "Vladimir
  Putin", title "President"; "spokesman Dmitry Peskov" → title "spokesman").

Kinds come from the tables in ``factcheck/tables/`` (``places.yaml``: countries, demonyms, cities, regions;
``entities.yaml``: titles, organization words, known organizations, given names): a title or a known given name makes
a person, a gazetteer entry or a place word ("Kursk region") a place, an organization word ("Defense Ministry") an
organization.

Canonical names: the rule set's declarations win (``canonical(name)``, duck-typed, see :class:`EntityDeclarations`);
then the gazetteer's aliases ("U.S." → "United States", "UN" → "United Nations" is left as written: an abbreviation
is its own canonical unless the tables map it); then a surname used alone resolves to the full name the document
uses for that person ("Putin" → "Vladimir Putin"). Demonyms ("Ukrainian", "Russians", "North Korean") are kept as
mentions of kind ``other`` whose canonical is the country ("Ukraine"): they name the actor without being its name,
so checks that compare spellings skip them (:func:`is_demonym`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from factcheck import yamlfast
from factcheck.extract.sentences import reading_text
from factcheck.models import Document, EntityKind, EntityMention, Sentence

TABLES = Path(__file__).resolve().parent.parent / "tables"


@runtime_checkable
class EntityDeclarations(Protocol):
    """What entity extraction needs from a rule set's declarations (``factcheck.rules.declarations``)."""

    def canonical(self, name: str) -> str | None: ...

    def variant_of(self, name: str) -> str | None: ...


# --- tables -----------------------------------------------------------------------------------------------------


@dataclass
class Tables:
    """The word tables, lowercased and indexed (built once, lazily)."""

    known: dict[str, tuple[EntityKind, str]] = field(default_factory=dict)  # phrase → (kind, canonical)
    demonyms: dict[str, str] = field(default_factory=dict)  # "ukrainians" → "Ukraine"
    old_names: dict[str, str] = field(default_factory=dict)  # "kiev" → "Kyiv"
    countries: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)  # continents, states, provinces: places that hold towns
    titles: frozenset[str] = frozenset()
    org_words: frozenset[str] = frozenset()
    place_words: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    calendar: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()
    connector_heads: frozenset[str] = frozenset()


def _low(words: Iterable[Any]) -> frozenset[str]:
    return frozenset(str(w).lower() for w in words)


@functools.cache
def tables() -> Tables:
    """Load ``places.yaml`` and ``entities.yaml`` once."""

    places = yamlfast.safe_load((TABLES / "places.yaml").read_text(encoding="utf-8"))
    words = yamlfast.safe_load((TABLES / "entities.yaml").read_text(encoding="utf-8"))
    t = Tables(
        titles=_low(words["titles"]),
        org_words=_low(words["org_words"]),
        place_words=_low(words["place_words"]),
        not_names=_low(words["not_names"]),
        calendar=_low(words["calendar"]),
        particles=_low(words["particles"]),
        given_names=_low(words["given_names"]),
    )
    for name, spec in (places.get("countries") or {}).items():
        name = str(name)
        spec = spec or {}
        t.countries.add(name.lower())
        t.known[name.lower()] = ("place", name)
        for alias in spec.get("aliases", []):
            t.known.setdefault(str(alias).lower(), ("place", name))
        for dem in spec.get("demonyms", []):
            dem = str(dem)
            t.demonyms[dem.lower()] = name
            if dem.endswith(("an", "i")):
                t.demonyms[dem.lower() + "s"] = name
    for name in places.get("places") or []:
        t.known.setdefault(str(name).lower(), ("place", str(name)))
    for name in places.get("regions") or []:
        t.regions.add(str(name).lower())
        t.known.setdefault(str(name).lower(), ("place", str(name)))
    for new, olds in (places.get("old_names") or {}).items():
        t.known.setdefault(str(new).lower(), ("place", str(new)))
        for old in olds:
            t.old_names[str(old).lower()] = str(new)
            t.known.setdefault(str(old).lower(), ("place", str(old)))
    for name in words["organizations"]:
        t.known.setdefault(str(name).lower(), ("organization", str(name)))
    t.connector_heads = t.org_words | t.place_words | t.titles | {"republic", "kingdom", "sea", "gulf", "isle"}
    return t


def is_demonym(name: str) -> bool:
    """Whether ``name`` is a demonym in the gazetteer ("Ukrainian", "Russians", "North Korean")."""
    return name.lower() in tables().demonyms


def is_area(name: str) -> bool:
    """Whether ``name`` is a country (or its alias) or a large region in the gazetteer ("England", "Texas", "U.S.",
    "Europe"): a place that holds towns, as in "Guildford, England"."""
    t = tables()
    low = name.lower()
    known = t.known.get(low)
    return low in t.regions or (known is not None and known[1].lower() in t.countries)


def name_words(name: str) -> tuple[str, ...] | None:
    """A name's lower-cased words, for telling it from others, or None when it identifies no story: a country or
    large region ("Europe", "Texas": many stories name them), a lone given name ("Sarah") or a lone generic word
    ("Council", "Minister")."""
    if is_area(name):
        return None
    t = tables()
    words = tuple(name.lower().replace("’", "'").split())
    if len(words) == 1 and (words[0] in t.given_names or words[0] in t.connector_heads):
        return None
    return _country_in_full(words, t) or None


def _country_in_full(words: tuple[str, ...], t: Tables) -> tuple[str, ...]:
    """A name whose first words are a country's alias, with the country's own name there ("U.S. Department of
    Agriculture" and "United States Department of Agriculture" are one name)."""
    for n in (4, 3, 2, 1):
        known = t.known.get(" ".join(words[:n])) if len(words) > n else None
        if known is not None and known[1].lower() in t.countries:
            return tuple(known[1].lower().split()) + words[n:]
    return words


def old_name_of(name: str) -> str | None:
    """The current name for a known former spelling ("Kiev" → "Kyiv"), else None."""
    return tables().old_names.get(name.lower())


def known_place(name: str) -> bool:
    kind = tables().known.get(name.lower())
    return kind is not None and kind[0] == "place"


@functools.cache
def _parts_of_speech(word: str) -> frozenset[str]:
    """The parts of speech lowercase ``word`` may be in lemminflect's lexicon ("NOUN", "ADJ", …; none: no word)."""
    try:
        import lemminflect
    except ImportError:  # pragma: no cover - lemminflect is a dependency
        return frozenset()
    return frozenset(lemminflect.getAllLemmas(word))


def _adjective(word: str) -> bool:
    """Whether lowercase ``word`` may be an adjective ("new", "regional"): "New Council members" names no council."""
    return "ADJ" in _parts_of_speech(word)


@functools.cache  # (asked of most capitalised words a run reads)
def common_word(word: str) -> bool:
    """Whether lowercase ``word`` is an English common word (lemminflect's lexicon)."""
    return bool(_parts_of_speech(word))


# --- tokens -----------------------------------------------------------------------------------------------------

# A word: letters (any script), with internal apostrophes or hyphens; a dotted abbreviation; or an alphanumeric code.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_](?:[^\W_]|['’\-](?=[^\W_]))*")
_CODE = re.compile(r"^[A-Z]{1,4}\d{1,3}$")  # G7, G20
_AL_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|ibn|bin|abu)-[^\W\d_]", re.IGNORECASE)
_HAS_UPPER = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž]")
_SMALL = frozenset(
    ["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "as", "from", "into"]
)
_PLACE_NOUNS = r"(?:town|city|village|settlement|region|province|district|capital|port|area|hamlet|oblast)"
_PLACE_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}" + _PLACE_NOUNS + r"\b")
_PLACE_BEFORE = re.compile(_PLACE_NOUNS + r"\s+of\s+$")
_OPENERS = "“\"‘'(:—–•*[‹«-"


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    cap: bool
    initial: bool = False  # first word of a sentence, or after an opening quote / colon / bullet


def _tokens(text: str, offset: int) -> list[Token]:
    out: list[Token] = []
    prev_end = 0
    only_numbers = True  # every token so far is all digits (a word after them starts the sentence)
    for m in _TOKEN.finditer(text):
        word = m.group()
        start, end = m.start(), m.end()
        if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
            word = word[:-2]  # possessive: "Trump's" → "Trump"
            end -= 2
        if not word.isalpha() and any(c.isdigit() for c in word) and not _CODE.match(word):  # (letters: no digit)
            out.append(Token(offset + start, offset + end, word, False))
            only_numbers = only_numbers and word.isdigit()
            prev_end = end
            continue
        if only_numbers:
            initial = True
        else:
            gap = text[prev_end:start].strip()
            initial = gap != "" and gap[-1] in _OPENERS
        cap = word[0].isupper() or ("-" in word and bool(_AL_PREFIX.match(word)))  # the prefix ends in a hyphen
        out.append(Token(offset + start, offset + end, word, cap, initial))
        only_numbers = only_numbers and word.isdigit()
        prev_end = end
    return out


# --- runs -------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Candidate:
    tokens: list[Token]
    sentence: int
    title: str | None = None


def _is_headline(tokens: list[Token], sentence_text: str) -> bool:
    if sentence_text.rstrip().endswith((".", "!", ";", ",")):
        return False
    significant = [t for t in tokens if t.text.lower() not in _SMALL and t.text.isalpha()]
    if len(significant) < 3:
        return False
    caps = sum(1 for t in significant if t.cap)
    return caps / len(significant) >= 0.7


_CONTRACTED = re.compile(r"['’](?:re|ve|ll|m|d|s)$")


class _Extractor:
    def __init__(self, doc: Document, sentences: list[Sentence], declarations: object | None) -> None:
        self.doc = doc
        self.text = reading_text(doc)
        self.sentences = sentences
        self.t = tables()
        self.declarations = declarations
        self.confirmed: set[str] = set()

    def never(self, low: str) -> bool:
        """Whether a lower-cased word is never a name on its own: in the ``not_names`` table, or one of its words
        with a contraction ("we're", "they’ve", "i'm")."""
        return low in self.t.not_names or _CONTRACTED.sub("", low) in self.t.not_names

    def namey(self, tok: Token, strict: bool) -> bool:
        """Whether a capitalised token at a sentence start (or in a headline) is a name rather than a common word."""
        word = tok.text
        low = word.lower()
        if self.never(low) or low in self.t.calendar:
            return False
        if low in self.t.known or low in self.t.demonyms or low in self.t.given_names:
            return True
        if word in self.confirmed:
            return True
        if (len(word) > 1 and word.isupper()) or any(c.isupper() for c in word[1:]):
            return True  # NATO, U.S., DeepState
        if strict and low in self.t.titles:
            return False
        parts = low.replace("’", "'").split("-")
        return not any(common_word(p) for p in parts if p)

    def run(self) -> list[EntityMention]:
        per_sentence: list[tuple[Sentence, list[Token], bool]] = []
        for s in self.sentences:
            text = s.text
            if not _HAS_UPPER.search(text):
                continue
            toks = _tokens(text, s.span.start)
            headline = _is_headline(toks, text)
            per_sentence.append((s, toks, headline))
            if not headline:
                self.confirmed.update(t.text for t in toks if t.cap and not t.initial)
        candidates: list[_Candidate] = []
        for s, toks, headline in per_sentence:
            candidates.extend(self._runs(s.index, toks, headline))
        mentions: list[EntityMention] = []
        for cand in candidates:
            mentions.extend(self._classify(cand))
        return self._resolve(mentions)

    def _runs(self, sentence: int, toks: list[Token], headline: bool) -> list[_Candidate]:
        text = self.text
        runs: list[list[Token]] = []
        current: list[Token] = []
        i = 0
        while i < len(toks):
            tok = toks[i]
            if (
                tok.cap
                and current
                and (_joined(text, current[-1], tok) or _plural_possessive(text, current[-1], tok, self.t.org_words))
            ):
                current.append(tok)
                i += 1
                continue
            if current and not tok.cap and _joined(text, current[-1], tok):
                # particles ("von der") and connectors ("Ministry of Defence") continue a run before a capital
                j = i
                low = tok.text.lower()
                if low in self.t.particles or (
                    low in ("of", "for") and current[-1].text.lower() in self.t.connector_heads
                ):
                    j = i + 1
                    if j < len(toks) and toks[j].text.lower() in ("the", "der", "la", "le") and not toks[j].cap:
                        j += 1
                    if (
                        j < len(toks)
                        and toks[j].cap
                        and all(_joined(text, toks[k], toks[k + 1]) for k in range(i - 1, j))
                    ):
                        current.extend(toks[i : j + 1])
                        i = j + 1
                        continue
            if current:
                runs.append(current)
                current = []
            if tok.cap:
                current = [tok]
            i += 1
        if current:
            runs.append(current)
        out: list[_Candidate] = []
        for run in runs:
            for piece in self._clean(run, headline):
                out.append(_Candidate(piece, sentence))
        return out

    def _connected(self, run: list[Token]) -> set[int]:
        """Positions of the words of a name joined by a connector after its head ("Department of Agriculture",
        "Ministry of Defence", "University of Leeds"), and of a sentence's first word before a capitalised
        organisation word ("Theatre Forum said"): a name in a headline or at a sentence's start too, where its common
        words alone ("Department", "Agriculture", "Theatre") would not pass as names."""
        named: set[int] = set()
        if len(run) > 1 and run[0].initial and run[1].cap and run[1].text.lower() in self.t.org_words:
            first = run[0].text.lower()
            if not (self.never(first) or first in self.t.calendar or first in self.t.titles or _adjective(first)):
                named.add(0)  # "Theatre Forum, the resource organisation …": a name's first word at a sentence start
        for k in range(len(run) - 2):
            if run[k].cap and run[k].text.lower() in self.t.org_words and run[k + 1].text.lower() in ("of", "for"):
                j = k + 2 + (run[k + 2].text.lower() == "the" and k + 3 < len(run))
                if run[j].cap:
                    named.update((k, j))
        return named

    def _clean(self, run: list[Token], headline: bool) -> list[list[Token]]:
        """Drop non-name words from a run (sentence-initial common words, headline noise, calendar words)."""
        # split hyphenated compounds of known places/demonyms: "Russia-Ukraine", "Russian-North Korean"
        split: list[Token] = []
        for tok in run:
            split.extend(self._split_compound(tok))
        if " ".join(x.text for x in split).lower() in self.t.known:
            return [split]  # "The Hague", "The Netherlands"
        protected = 0  # a known phrase at the start of the run ("White House") keeps its first word
        for n in (4, 3, 2):
            if len(split) >= n and " ".join(x.text for x in split[:n]).lower() in self.t.known:
                protected = n
                break
        named = self._connected(split)
        pieces: list[list[Token]] = []
        current: list[Token] = []
        for k, tok in enumerate(split):
            low = tok.text.lower()
            bad = False
            if k < protected or k in named:
                pass
            elif tok.cap:
                if (
                    low in self.t.calendar
                    or self.never(low)
                    or ((headline or (tok.initial and not current)) and not self.namey(tok, strict=headline))
                ):
                    bad = True
                elif len(tok.text) == 1 and not (k + 1 < len(split) and current):
                    bad = True  # "I", a stray letter
            if bad:
                if current:
                    pieces.append(current)
                current = []
                continue
            if not tok.cap and not current:
                continue  # a run never starts with a particle
            current.append(tok)
        if current:
            pieces.append(current)
        out = []
        text = self.text
        for piece in pieces:
            # parts of a split compound are separate names: "Russia-Ukraine"
            cut = 0
            for k in range(1, len(piece) + 1):
                if k == len(piece) or text[piece[k - 1].end : piece[k].start] == "-":
                    part = piece[cut:k]
                    while part and not part[-1].cap:
                        part = part[:-1]
                    if part:
                        out.append(part)
                    cut = k
        return out

    def _split_compound(self, tok: Token) -> list[Token]:
        if "-" not in tok.text or not tok.cap:
            return [tok]
        parts = tok.text.split("-")
        first = parts[0].lower()
        known = first in self.t.demonyms or first in self.t.known or first.replace(".", "") in ("us", "uk")
        if known and not parts[1][:1].isupper():
            # "Russian-held", "Moscow-based", "U.S.-backed": the name is the first part
            return [Token(tok.start, tok.start + len(parts[0]), parts[0], True, tok.initial)]
        if (first in self.t.demonyms or first in self.t.countries) and parts[1][:1].isupper():
            out: list[Token] = []
            pos = tok.start
            for part in parts:
                out.append(Token(pos, pos + len(part), part, part[:1].isupper(), tok.initial and pos == tok.start))
                pos += len(part) + 1
            return out
        return [tok]

    # --- classification ---------------------------------------------------------------------------------------

    def _classify(self, cand: _Candidate) -> list[EntityMention]:
        toks = cand.tokens
        t = self.t
        out: list[EntityMention] = []
        lows = [x.text.lower() for x in toks]
        whole = " ".join(x.text for x in toks).lower()
        if whole in t.known or whole in t.demonyms:
            return [self._mention(toks, cand.sentence, self._lowercase_title(toks[0]))]
        # a title followed by a name: "Russian General Staff Chief Valeri Gerasimov", "President Putin"
        split_at = None
        for k in range(len(toks) - 1):
            nxt = lows[k + 1]
            if (
                lows[k] in t.titles
                and toks[k + 1].cap
                and nxt not in t.titles
                and nxt not in t.org_words
                and nxt not in t.place_words
            ):
                split_at = k + 1
        if split_at is not None:
            head, name = toks[:split_at], toks[split_at:]
            title = self.text[head[0].start : head[-1].end]
            out.extend(self._leading_demonym(head, cand.sentence))
            out.append(self._mention(name, cand.sentence, title, person=True))
            return out
        if lows[0] in t.titles and len(toks) > 2 and not toks[1].cap:
            # "Commander-in-Chief of the Ukrainian Armed Forces": keep what follows the connector
            start = next(i for i, x in enumerate(toks) if i > 0 and x.cap)
            return self._classify(_Candidate(toks[start:], cand.sentence))
        # trailing title after a place: "US President", "Ukrainian President"
        if len(toks) >= 2 and lows[-1] in t.titles:
            body = " ".join(lows[:-1])
            if body in t.known or body in t.demonyms:
                return [self._mention(toks[:-1], cand.sentence, None)]
            if all(w in t.titles for w in lows):
                return []
        if len(toks) == 1 and (lows[0] in t.titles or lows[0] in t.org_words or lows[0] in t.place_words):
            return []  # "Ministry", "President", "Region" alone
        # a demonym before other words: "Russian Defense Ministry" is one organization, "Ukrainian Skadovskyi" two
        dem = self._leading_demonym(toks, cand.sentence, places=False)
        if dem and not any(w in t.org_words for w in lows):
            n = len(dem[0].name.split())
            rest = toks[n:]
            while rest and not rest[0].cap:
                rest = rest[1:]
            if rest:
                return [*dem, *self._classify(_Candidate(rest, cand.sentence))]
            return dem
        return [self._mention(toks, cand.sentence, self._lowercase_title(toks[0]))]

    def _leading_demonym(self, toks: list[Token], sentence: int, places: bool = True) -> list[EntityMention]:
        """A demonym (or, in a title, a place: "Belarus President") at the start of ``toks``, as a mention."""
        for n in (3, 2, 1):
            if len(toks) < n:
                continue
            phrase = " ".join(x.text for x in toks[:n]).lower()
            if phrase in self.t.demonyms or (places and n < len(toks) and known_place(phrase)):
                return [self._mention(toks[:n], sentence, None)]
        return []

    def _lowercase_title(self, first: Token) -> str | None:
        """A lowercase role noun right before the name ("spokesman Dmitry Peskov", "envoy Steve Witkoff")."""
        before = self.text[max(0, first.start - 40) : first.start]
        m = re.search(r"([a-z][a-z\-]+)\s+$", before)
        if m and m.group(1) in self.t.titles and m.group(1) not in ("head", "leader", "chair"):
            return m.group(1)
        return None

    def _mention(self, toks: list[Token], sentence: int, title: str | None, person: bool = False) -> EntityMention:
        start, end = toks[0].start, toks[-1].end
        name = self.text[start:end]
        kind, canonical = self._kind(name, toks, title, person, end)
        return EntityMention(
            span=self.doc.span(start, end), sentence=sentence, name=name, canonical=canonical, kind=kind, title=title
        )

    def _kind(self, name: str, toks: list[Token], title: str | None, person: bool, end: int) -> tuple[EntityKind, str]:
        t = self.t
        low = name.lower()
        lows = [x.text.lower() for x in toks]
        if low in t.demonyms:
            return "other", t.demonyms[low]
        if low in t.known:
            return t.known[low]
        if any(w in t.org_words for w in lows):
            return "organization", name
        if lows[-1] in t.place_words and len(toks) > 1:
            return "place", name
        if person or title:
            return "person", name
        if len(toks) >= 2 and lows[0] in t.given_names:
            return "person", name
        after = self.text[end : end + 40]
        m = re.match(r"\s+([a-z]+)", after)
        if m and m.group(1) in t.place_words:
            return "place", name  # "Kursk region"
        if _PLACE_AFTER.match(after) or _PLACE_BEFORE.search(self.text[max(0, toks[0].start - 30) : toks[0].start]):
            return "place", name  # "Sudzha, a border town", "the town of Sudzha"
        return "other", name

    # --- resolution --------------------------------------------------------------------------------------------

    def _resolve(self, mentions: list[EntityMention]) -> list[EntityMention]:
        mentions.sort(key=lambda m: (m.span.start, m.span.end))
        # full person names by surname, to resolve "Putin" → "Vladimir Putin" (the latest full name before the
        # mention, else the first one after it)
        by_surname: dict[str, list[tuple[int, str]]] = {}
        kinds: dict[str, EntityKind] = {}
        for m in mentions:
            if m.kind == "person":
                parts = m.name.split()
                if len(parts) >= 2:
                    by_surname.setdefault(parts[-1], []).append((m.span.start, m.canonical))
            if m.kind in ("person", "place") and not is_demonym(m.name):
                kinds.setdefault(m.name, m.kind)
        for m in mentions:
            if m.kind not in ("other", "person") or is_demonym(m.name):
                continue
            full = by_surname.get(m.name) if " " not in m.name else None
            if full:
                before = [c for pos, c in full if pos < m.span.start]
                m.canonical = before[-1] if before else full[0][1]
                m.kind = "person"
            elif m.kind == "other" and m.name in kinds:
                m.kind = kinds[m.name]
        canonical = getattr(self.declarations, "canonical", None)
        if callable(canonical):
            for m in mentions:
                for key in (m.name, m.canonical):
                    got = canonical(key)
                    if isinstance(got, str) and got and got != key:
                        m.canonical = got
                        break
        return sorted(mentions, key=lambda m: (m.span.start, m.span.end))


def _joined(text: str, a: Token, b: Token) -> bool:
    """Whether two tokens are separated only by one run of spaces (no line break, no punctuation)."""
    gap = text[a.end : b.start]
    return 0 < len(gap) <= 3 and gap.strip(" \u00a0") == ""


def _plural_possessive(text: str, a: Token, b: Token, org_words: Container[str]) -> bool:
    """Whether a capitalised plural possessive runs on into an organisation's word of one name ("National Teachers'
    Association", "Workers' Party"; not "Acme Biologics' RSV vaccine")."""
    return a.cap and a.text[-1:] == "s" and text[a.end : b.start] in ("' ", "’ ") and b.text.lower() in org_words


def extract_entities(
    doc: Document, sentences: list[Sentence], declarations: object | None = None
) -> list[EntityMention]:
    """Proper-name mentions of ``doc``, in text order, each with an exact span (see the module docstring)."""
    return _Extractor(doc, sentences, declarations).run()


def strip_accents(text: str) -> str:
    """``text`` without combining marks ("Micheál" → "Michael" is not done: "Micheál" → "Micheal")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
