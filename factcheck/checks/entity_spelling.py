"""entity_spelling: one person's or place's name is spelled two ways in a document or across the corpus.

What it flags: a rare spelling of a name beside a dominant one, one edit apart (or, from six letters, two letters
swapped a letter apart: Monterola/Montelora) or equal once common transliteration sounds are merged (zh/j, dzh/j,
w/v, doubled letters, the French endings -eau/-eaux/-aux/-ault: Thibodeau/Thibodaux), when both are used in similar
contexts: the same document, the same given name beside a surname, or shared words around them; two spellings in
different documents only when the documents tell one story (``factcheck.align.one_story``). Declared ``variants``
are always flagged. Common transliteration pairs (Valeri/Valery, Sergei/Sergey, Zelensky/Zelenskyy, -skiy/-sky,
kh/h, ts/tz, ee/i before a consonant: Rasheed/Rashid), spellings with and without diacritics (Micheál/Micheal),
known old/new place names (Kiev/Kyiv) and declared aliases are reported at ``transliteration_severity`` (info)
with their own message; a transliteration or diacritics variant only when one document uses both spellings, unless
``variants_across_documents`` is set (one outlet writes Zelenskyy and another Zelensky, and a rewrite may keep to its
own house style).

Why it matters: a misspelt name is the error readers notice first, and rewrites of agency copy often carry two
spellings of the same town or person.

Flags: "Troops entered Sudzha on Monday." beside "The centre of Suzha was shelled." (one edit apart, same story)

Passes: "North Korea and South Korea", "Dmitry Peskov and Ivan Petrov", "UN" beside "United Nations".

The reference spelling is the one used most (in the most documents); on a tie (often one use each) the message
says so and names its reason: a declared canonical, else the gazetteer's spelling, else the spelling of the
earliest-published document (a rewrite copies its source), else the one that introduces the name in full (with
its given name), else the one used first.

Parameters: transliteration_severity (default info), variants_across_documents (default false), min_length
(default 5): shorter names are never compared by edit distance.

The second parts of two double-barrelled surnames with the same first part, from four letters and at most two
edits apart, are one family's name misspelt ("Harte-Lisle" beside "Harte-Lyle").

Organisations' names are compared only with a twin: a name of three words or more that another organisation's name
in the document matches but for one word ("Parraway Tunnelling Alliance" beside "Paraway Tunnelling Alliance"), on
that word. A name ending in -ia beside the same with -n ("Tasmania", "Tasmanian") is a region and its adjective,
never two spellings, unless a person bears either.

Known false positives: two different places or people whose names differ by one letter and appear in the same
story (Pokrovsk/Pokrovske are spared because one extends the other; two unknown villages one letter apart are not).
A surname one letter longer or shorter than another (not an added "s") is a slip when both follow the same first
name, or when it is only ever written alone in a document that introduces the other in full ("Gerald Nyaga" …
"Mr Nyagah").
A particle before a surname ("Al" of "Mariam Al Suwaidi") is no given name: "Al Suweidi" is compared with it; nor is
the first part of a double-barrelled surname ("Lorena Vasquez-Hartley" … "Vasquez-Hartly": one family's name, the
second part compared; "Garcia-Hartly" beside "Vasquez-Hartley" names another family).
Never compared: abbreviations, demonyms (the gazetteer's, also as a word of a name that is no person's: "Latin
American" beside "the Americas"; and a known place's demonym built the regular way:
Kansas/Kansan, Ohio/Ohioans), names in the gazetteer against each other (Gambia/Zambia), given names of
different surnames, a given name against a surname, a word only ever written before another name word (a first
name: "President Andry Rajoelina") against one never written so ("the Androy region"), whatever kinds the entity
tagger gave them, common English words (Defence/Defense), masculine and feminine forms of one surname
(Wisniewski/Wisniewska, Novak/Novakova: two people of one family), a gazetteer place against the last word of a
longer name never written with the place ("Greece" beside "Maurice Greene", "Slovenia" beside "RTV Slovenija"), a
spelling with or without diacritics used only inside an institution's name in its own language, after a capitalised
word and a particle ("Université de Montréal" beside "Montreal's observatory", "Universidad de Bogotá" beside
"Bogota"), a spelling that is an English common word beside one that is no English word, only its last vowel
changed and never written in a longer name ("Culture" beside a Spanish section's "Cultura": the word in another
language), and two spellings that two texts each write both of (a source and its rewrite each with "Oginga" and
"Odinga": two names of one person, or two names; a slip is made in one text).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from pydantic import Field

from factcheck.align import one_story, too_short_to_tell
from factcheck.checks._common import Verdict, fail
from factcheck.checks._registry import register_check
from factcheck.extract.entities import common_word, is_demonym, old_name_of, strip_accents, tables
from factcheck.facts import FactBase
from factcheck.models import Document, EntityMention, Evidence, Extraction, Severity, Span
from factcheck.rules.base import RuleBase


class EntitySpellingRule(RuleBase):
    """Two spellings of one name."""

    type: Literal["entity-spelling"] = "entity-spelling"
    transliteration_severity: Severity = Field(
        "info",
        description="severity for common transliteration pairs, diacritics, old/new names and declared aliases",
    )
    variants_across_documents: bool = Field(
        False,
        description="also report transliteration and diacritics variants that never meet in one document (off: "
        "outlets transliterate differently, and a rewrite may follow its own house style)",
    )
    min_length: int = Field(5, ge=3, description="names shorter than this are never compared by edit distance")


# --- spelling keys ----------------------------------------------------------------------------------------------

# Common transliteration alternations, merged by the "common" key (reported at info).
_COMMON = [
    (re.compile(r"(?:skyy|skyi|skiy|skii|skij|ski)$"), "sky"),
    (re.compile(r"ei$"), "ey"),
    (re.compile(r"(?:iy|yy|ii|yi|ij|i)$"), "y"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"tz"), "ts"),
    (re.compile(r"ks"), "x"),
    (re.compile(r"^ye"), "e"),
    (re.compile(r"iu"), "yu"),
    (re.compile(r"ija"), "ia"),  # South Slavic -ija: Marija / Maria, Srbija / Serbia
    (re.compile(r"ia"), "ya"),
    (re.compile(r"ay(?=[^aeiouy]|$)"), "ai"),
    (re.compile(r"off$"), "ov"),
    (re.compile(r"ee(?=[^aeiouy])"), "i"),  # Urdu and Arabic long i: Rasheed / Rashid, Khursheedi / Khurshidi
]
# Looser sound merges, used only to find candidates (reported at the rule's severity).
_LOOSE = [
    (re.compile(r"d?zh|dj|dzh"), "j"),
    (re.compile(r"w"), "v"),
    (re.compile(r"sch"), "sh"),
    (re.compile(r"tch"), "ch"),
    (re.compile(r"(?:eaux|eault|eau|aux|ault)$"), "o"),  # French endings that sound alike: Thibodeau / Thibodaux
    (re.compile(r"(.)\1"), r"\1"),
]
_WORD = re.compile(r"[a-z]{4,}")
_CONTEXT_STOP = frozenset(
    [
        "that",
        "this",
        "with",
        "from",
        "have",
        "has",
        "had",
        "were",
        "was",
        "been",
        "will",
        "would",
        "could",
        "should",
        "said",
        "says",
        "also",
        "into",
        "their",
        "there",
        "they",
        "them",
        "than",
        "then",
        "which",
        "what",
        "when",
        "where",
        "while",
        "after",
        "before",
        "about",
        "over",
        "under",
        "more",
        "most",
        "other",
        "some",
        "such",
        "only",
        "very",
        "just",
        "being",
        "does",
        "did",
        "doing",
        "made",
        "make",
        "makes",
        "like",
        "well",
        "back",
        "still",
        "even",
        "many",
        "much",
        "news",
        "report",
        "reported",
        "told",
        "according",
    ]
)


# Letters that carry their mark in the letter itself, so Unicode decomposition leaves them (Sørensen, Łukasz, Þór):
# written without the mark they are the same name, as "Micheal" is for "Micheál".
_UNMARKED = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "ı": "i", "ħ": "h"})
_UNMARKED_MULTI = (("æ", "ae"), ("Æ", "Ae"), ("œ", "oe"), ("Œ", "Oe"), ("ß", "ss"), ("þ", "th"), ("Þ", "Th"))


def unmarked(name: str) -> str:
    """``name`` without diacritics, including the letters that do not decompose ("Sørensen" → "Sorensen")."""
    out = strip_accents(name).translate(_UNMARKED)
    for letter, plain_letters in _UNMARKED_MULTI:
        out = out.replace(letter, plain_letters)
    return out


_APOSTROPHES = str.maketrans(dict.fromkeys("’‘ʼ`´", "'"))


def _typed(name: str) -> str:
    """``name`` lower-cased with every apostrophe written alike: what differs only in typography is one spelling."""
    return name.translate(_APOSTROPHES).lower()


def plain(name: str) -> str:
    return unmarked(name).lower().replace("’", "").replace("'", "")


def common_key(name: str) -> str:
    key = plain(name)
    for pattern, repl in _COMMON:
        key = pattern.sub(repl, key)
    return key


def loose_key(name: str) -> str:
    key = common_key(name)
    for pattern, repl in _LOOSE:
        key = pattern.sub(repl, key)
    return key


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Optimal-string-alignment distance (a transposition counts one), capped at ``limit + 1``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


# --- the index of name forms ------------------------------------------------------------------------------------

Role = Literal["given", "surname"]


@dataclass
class Occurrence:
    document: str
    span: Span
    sentence: int
    mention: EntityMention
    role: Role
    others: tuple[str, ...]  # the other words of the name ("Valery" for "Gerasimov")
    leading: bool = False  # followed by another name word of the same mention ("Andry" in "Andry Rajoelina")


@dataclass
class Form:
    text: str
    occurrences: list[Occurrence] = field(default_factory=list)
    context: set[str] = field(default_factory=set)

    @property
    def documents(self) -> list[str]:
        return sorted({o.document for o in self.occurrences})

    def count(self, document: str | None = None) -> int:
        return sum(1 for o in self.occurrences if document is None or o.document == document)


@dataclass
class Index:
    forms: dict[str, Form]
    pairs: list[tuple[str, str]]


_WORD_SPLIT = re.compile(r"[^\s\-]+")


def _name_words(doc: Document, extraction: Extraction) -> list[tuple[str, Occurrence, frozenset[str]]]:
    """Every name word of one document (not a demonym, abbreviation or table word), where it occurs and the words of
    its sentence (its context), in text order."""
    skip = _skipped()
    contexts: dict[int, frozenset[str]] = {}
    out: list[tuple[str, Occurrence, frozenset[str]]] = []
    twins = _org_twins(extraction)
    for m in extraction.entities:
        if (m.kind == "organization" and m.name not in twins) or is_demonym(m.name):
            continue
        words = [(w.start(), w.group()) for w in _WORD_SPLIT.finditer(m.name)]
        # a demonym in a name that is no person's ("Latin American") is an adjective, never a misspelt "Americas"
        named = [_name_word(word, skip) and (m.kind == "person" or not is_demonym(word)) for _, word in words]
        if m.kind == "organization":  # only the word in which it differs from its twin
            named = [named[k] and k == twins[m.name] for k in range(len(words))]
        for k, (offset, word) in enumerate(words):
            if not named[k]:
                continue
            role: Role = "given" if m.kind == "person" and len(words) >= 2 and k < len(words) - 1 else "surname"
            others = tuple(w for j, (_, w) in enumerate(words) if j != k)
            start = m.span.start + offset
            span = doc.span(start, start + len(word))
            if m.sentence not in contexts:
                text = extraction.sentences[m.sentence].text.lower()
                contexts[m.sentence] = frozenset(w for w in _WORD.findall(text) if w not in _CONTEXT_STOP)
            occurrence = Occurrence(doc.id, span, m.sentence, m, role, others, any(named[k + 1 :]))
            out.append((word, occurrence, contexts[m.sentence]))
    return out


def _org_twins(extraction: Extraction) -> dict[str, int]:
    """Organisations' names of three words or more that another organisation's name in the document matches but for
    one word ("Parraway Tunnelling Alliance" beside "Paraway Tunnelling Alliance"), each with the index of that
    word: a name spelled two ways; other organisations' words are never compared (a firm's coined name is no
    person's or place's)."""
    names = {m.name for m in extraction.entities if m.kind == "organization"}
    by_shape: dict[tuple[int, tuple[str, ...]], set[str]] = defaultdict(set)
    for name in names:
        words = name.split()
        if len(words) < 3:
            continue
        for k in range(len(words)):
            by_shape[(k, (*words[:k], "*", *words[k + 1 :]))].add(name)
    twins: dict[str, int] = {}
    for (k, _), group in by_shape.items():
        if len(group) == 2:
            for name in group:
                twins.setdefault(name, k)
    return twins


def _document_forms(doc: Document, extraction: Extraction) -> list[tuple[str, list[Occurrence], frozenset[str]]]:
    """One document's :func:`_name_words` by word (in order of first occurrence): its occurrences in text order and
    the union of their contexts (shared: do not modify)."""
    grouped: dict[str, tuple[list[Occurrence], set[str]]] = {}
    for word, occurrence, context in _name_words(doc, extraction):
        got = grouped.get(word)
        if got is None:
            got = grouped[word] = ([], set())
        got[0].append(occurrence)
        got[1].update(context)
    return [(word, occurrences, frozenset(context)) for word, (occurrences, context) in grouped.items()]


@lru_cache(maxsize=1)
def _skipped() -> frozenset[str]:
    """The table words that are never name words (the union made once: the tables are loaded once)."""
    t = tables()
    return frozenset(t.titles | t.org_words | t.place_words | t.particles | t.not_names | t.calendar)


_SWAP_MIN = 6  # shorter names with two letters swapped a letter apart are too often two names


@lru_cache(maxsize=100_000)
def _blocking_keys(word: str) -> tuple[str, ...]:
    """The keys a name word is blocked under: same key, or one deletion apart (symmetric-delete blocking)."""
    p = plain(word)
    keys = {"c:" + common_key(word), "l:" + loose_key(word), "p:" + p}
    if len(p) >= _SWAP_MIN:
        keys.add("s:" + "".join(sorted(p)))  # two letters swapped a letter apart (Monterola / Montelora)
    if len(p) >= _VOWEL_SLIP_MIN:
        keys.add("v:" + consonants(p))  # vowels changed, a letter doubled (Linklater / Linkletter)
    if len(p) >= 4:
        keys.add("d:" + p)
        keys.update("d:" + p[:i] + p[i + 1 :] for i in range(len(p)))
    return tuple(sorted(keys))


def build_index(facts: FactBase) -> Index:
    """Every name word (not a demonym, abbreviation or table word) with where it occurs, and candidate pairs (each
    document's name words through :meth:`FactBase.per_document`)."""
    forms: dict[str, Form] = {}
    for doc, _extraction in facts.all():
        for word, occurrences, context in facts.per_document("entity-spelling.forms", doc.id, _document_forms):
            form = forms.get(word)
            if form is None:
                form = forms[word] = Form(word)
            form.occurrences += occurrences
            form.context |= context
    # candidate pairs: same key, or one deletion apart (symmetric-delete blocking: linear in the vocabulary)
    buckets: dict[str, set[str]] = defaultdict(set)
    for word in forms:
        for key in _blocking_keys(word):
            buckets[key].add(word)
        for barrel in _barrels(forms[word]):
            buckets["b:" + barrel].add(word)  # the second parts of one first part (_one_barrel)
        old = old_name_of(word)
        if old:
            buckets["o:" + old].add(word)
            if old in forms:
                buckets["o:" + old].add(old)
    pairs: set[tuple[str, str]] = set()
    for group in buckets.values():
        if 1 < len(group) < 50:
            ordered = sorted(group)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1 :]:
                    pairs.add((a, b))
    for form in forms.values():
        form.context -= {plain(form.text)}
    return Index(forms, sorted(pairs))


def _name_word(word: str, skip: frozenset[str] | set[str]) -> bool:
    """Whether a word of a name is compared: capitalised, not an abbreviation, title, table word or number."""
    if word.lower() in skip or not word[:1].isupper() or word.isupper() or "." in word:
        return False
    return not any(c.isdigit() for c in word)


# --- deciding a pair --------------------------------------------------------------------------------------------

Relation = Literal["variant", "transliteration", "diacritics", "old-name", "alias", "declared"]


def relation(a: Form, b: Form, rule: EntitySpellingRule, declarations: object) -> Relation | None:
    """How two spellings relate, or None when they are different names (precision first)."""
    pa, pb = plain(a.text), plain(b.text)
    if pa == pb and _typed(a.text) == _typed(b.text):
        return None  # case or apostrophe style only: "O'Brien" / "O’Brien"
    if not _same_context(a, b) or _in_one_name(a, b):
        return None
    declared = _declared(a.text, b.text, declarations)
    if declared:
        return declared
    if pa == pb:
        return "diacritics"
    if old_name_of(a.text) == b.text or old_name_of(b.text) == a.text:
        return "old-name"
    t = tables()
    ka, kb = t.known.get(pa), t.known.get(pb)
    if ka and kb and ka[1] != kb[1]:
        return None  # two different gazetteer names: Gambia / Zambia
    if _place_and_person(a, b, ka is not None, kb is not None):
        return None  # "Maurice Greene" beside "Greece": a known place and a person's surname
    if (ka and _demonym_of(pb, pa)) or (kb and _demonym_of(pa, pb)):
        return None  # "Kansan" beside "Kansas": a known place and the name of its people
    if _adjective_in_n(pa, pb) and not any(o.mention.kind == "person" for o in (*a.occurrences, *b.occurrences)):
        return None  # "Istrian" beside "Istria", "Tasmanian" beside "Tasmania": a region and its adjective
    if common_key(a.text) == common_key(b.text):
        return "transliteration"
    if pa[0] != pb[0]:
        return None
    extends = pa.startswith(pb) or pb.startswith(pa)
    if extends and loose_key(a.text) != loose_key(b.text) and not _clipped_surname(a, b):
        # one extends the other (Pokrovsk / Pokrovske, Ivanov / Ivanova) other than by doubling its last letter
        # (Hartman / Hartmann) or by a surname's last letter after the same first name (Greenhalg / Greenhalgh)
        return None
    if common_word(pa) and common_word(pb):
        return None  # Defence / Defense
    if _translated_word(a, b) or _translated_word(b, a):
        return None  # "Cultura" beside "Culture": the English word in another language
    if _gendered_pair(pa, pb) or _gendered_given_names(a, b):
        return None  # Wisniewski / Wisniewska, Novak / Novakova, Paolo / Paola: a man and a woman of one family
    if loose_key(a.text) == loose_key(b.text) and min(len(pa), len(pb)) >= 4:
        return "variant"
    if min(len(pa), len(pb)) >= 4 and _one_barrel(a, b) and edit_distance(pa, pb, 2) <= 2:
        return "variant"  # "Brennan-Lisle" beside "Brennan-Lyle": one family's double-barrelled surname, misspelt
    if min(len(pa), len(pb)) >= rule.min_length and edit_distance(pa, pb, 1) <= 1:
        return "variant"
    if swapped_apart(pa, pb) or vowel_slip(pa, pb):
        return "variant"
    return None


_VOWEL_SLIP_MIN = 7  # shorter names whose vowels differ are too often two names (Karin / Karen, Maria / Mario)
_VOWEL = re.compile(r"[aeiou]")
_DOUBLED = re.compile(r"(.)\1")


def consonants(name: str) -> str:
    """The consonants of a plain (lower-case, unaccented) name in order, a doubled one once ("linkletter" →
    "lnkltr")."""
    return _DOUBLED.sub(r"\1", _VOWEL.sub("", name))


def vowel_slip(a: str, b: str) -> bool:
    """Whether two plain names of at least seven letters have the same consonants in the same order (a doubled
    one counted once) and the same last letter, and are at most two edits apart: the vowels misheard or misplaced, a
    letter doubled ("halvorsen" / "halverson", "linklater" / "linkletter"), the consonants that carry a name kept."""
    if min(len(a), len(b)) < _VOWEL_SLIP_MIN or consonants(a) != consonants(b) or a[-1] != b[-1]:
        return False  # another last letter is another form of the name: Wisniewski / Wisnewska, a man and a woman
    return edit_distance(a, b, 2) <= 2


def _translated_word(english: Form, other: Form) -> bool:
    """Whether ``other`` is the English common word ``english`` in another language: only its last vowel differs
    ("Cultura" / "Culture"), it is no English word itself, and it is never written with other words of a name ("Rosa
    Parks" beside "Rose Parks" is still compared)."""
    pe, po = plain(english.text), plain(other.text)
    if len(pe) != len(po) or pe[:-1] != po[:-1] or not (pe[-1] in _VOWELS and po[-1] in _VOWELS):
        return False
    return common_word(pe) and not common_word(po) and not any(o.others for o in other.occurrences)


_VOWELS = frozenset("aeiou")


def _in_one_name(a: Form, b: Form) -> bool:
    """Whether one name holds both spellings ("Jaramogi Oginga Odinga"): two words of one name are two names (a
    given name and a surname), not one misspelt."""
    return any(b.text in o.others for o in a.occurrences) or any(a.text in o.others for o in b.occurrences)


def swapped_apart(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with two letters one letter apart swapped, the rest unchanged ("monterola" /
    "montelora"): a slip of the hand, not another name (names of at least six letters)."""
    if len(a) != len(b) or len(a) < _SWAP_MIN:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] - diff[0] == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


_DEMONYM_ENDINGS = ("n", "an", "ian", "ese")  # after the place, or after it less a last vowel, y or s
_WHOLE_PLACE_ENDINGS = ("er", "i", "ite")  # after the whole place only


def _demonym_of(word: str, place: str) -> bool:
    """Whether ``word`` (lower-cased) is ``place``'s demonym built the regular way, singular or plural: -n, -an,
    -ian or -ese after the place or after it less a last vowel, y or s ("kansas" → "kansan", "kansans"; "ohio" →
    "ohioan"; "canada" → "canadian"), -er, -i or -ite after the whole place ("london" → "londoner")."""
    if len(place) < 4 or word == place:
        return False
    singular = word[:-1] if word.endswith("s") else word
    if not singular.startswith(place[:-1]):
        return False
    if singular.startswith(place) and singular[len(place) :] in _DEMONYM_ENDINGS + _WHOLE_PLACE_ENDINGS:
        return True
    return place[-1] in "aeiouys" and singular[len(place) - 1 :] in _DEMONYM_ENDINGS


def _adjective_in_n(a: str, b: str) -> bool:
    """Whether one spelling (lower-cased) is the other, a name ending in -ia, with -n added, singular or plural: the
    adjective and demonym of a region the gazetteer may not hold ("Tasmania", "Tasmanian(s)"); a person's pair
    ("Julia", "Julian") is told apart by the caller."""
    short, long = sorted((a, b), key=len)
    return short.endswith("ia") and long in (short + "n", short + "ns")


_NAMED = ("person", "other")  # a name written after another word that is no place or organization: "Maurice Greene"


def _place_and_person(a: Form, b: Form, a_known: bool, b_known: bool) -> bool:
    """Whether one spelling is a gazetteer place and the other the last word of a longer name that is no place or
    organization (a person's "Maurice Greene", a broadcaster's "RTV Slovenija"), and the place is never written after
    the same first word: a correctly spelt place, not a slip for the name ("Greece" / "Maurice Greene").
    "Maurice Greece" beside "Maurice Greene" is still compared."""
    if a_known == b_known:
        return False
    place, other = (a, b) if a_known else (b, a)
    people = {o.others[0] for o in other.occurrences if o.others and o.role == "surname" and o.mention.kind in _NAMED}
    return bool(people) and not people & {o.others[0] for o in place.occurrences if o.others}


def _clipped_surname(a: Form, b: Form) -> bool:
    """One surname is the other with its last letter dropped, after the same first name ("Paul Greenhalg" /
    "Paul Greenhalgh"), or one of them only ever written alone in a document that introduces the other with a first
    name ("Gerald Nyaga" … "Mr Nyagah"): a typo. Not an added "s" (Richard / Richards, Edward / Edwards are other
    families)."""
    short, long = sorted((plain(a.text), plain(b.text)), key=len)
    if len(long) != len(short) + 1 or len(short) < 5 or long.endswith("s"):
        return False

    def given(form: Form) -> set[str]:
        people = (o for o in form.occurrences if o.role == "surname" and o.mention.kind == "person")
        barrels = {_barrel_before(o, form.text) for o in form.occurrences if o.role == "surname"} - {""}
        return {o.others[0] for o in people if o.others} | barrels

    return bool(given(a) & given(b)) or _alone_beside_full(a, b) or _alone_beside_full(b, a)


def _barrel_before(occurrence: Occurrence, word: str) -> str:
    """The first part of a double-barrelled surname whose second part is ``word`` ("Vasquez" of "Lorena
    Vasquez-Hartley"), or "": the same first part names one family."""
    m = re.search(rf"([A-Z][\w'’]*)-{re.escape(word)}\b", occurrence.mention.name)
    return m.group(1) if m else ""


def _barrels(form: Form) -> set[str]:
    """The first parts of the double-barrelled surnames ``form`` ends."""
    return {_barrel_before(o, form.text) for o in form.occurrences} - {""}


def _one_barrel(a: Form, b: Form) -> bool:
    """Whether two spellings are each the second part of a double-barrelled surname with the same first part."""
    return bool(_barrels(a) & _barrels(b))


def _alone_beside_full(alone: Form, full: Form) -> bool:
    """``alone`` is only ever a surname written alone, never tagged a place ("Marchban, a village"), in a document
    where ``full`` is introduced with a first name (the later references of a story are to the person it
    introduced)."""
    if any(o.others or o.role != "surname" or o.mention.kind not in _NAMED for o in alone.occurrences):
        return False
    introduced = {o.document for o in full.occurrences if o.role == "surname" and o.others}
    return bool(introduced & set(alone.documents))


# Masculine / feminine surname endings (Slavic and Baltic): the two forms name different people.
_GENDERED = (
    ("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"), ("sky", "ska"), ("ky", "ka"), ("ov", "ova"), ("ev", "eva"),
    ("in", "ina"), ("y", "a"), ("", "ova"), ("", "ová"), ("as", "iene"), ("is", "iene"), ("us", "iene"),
    ("as", "aite"), ("ys", "yte"),
)  # fmt: skip


def _gendered_given_names(a: Form, b: Form) -> bool:
    """Whether two given names differ only in their last vowel ("Paolo" / "Paola", "Antonio" / "Antonia"): a man's
    and a woman's name, two people of one family when written before one surname."""
    pa, pb = plain(a.text), plain(b.text)
    given = all(any(o.leading for o in f.occurrences) for f in (a, b))
    return given and len(pa) == len(pb) and pa[:-1] == pb[:-1] and {pa[-1], pb[-1]} <= _VOWELS


def _gendered_pair(a: str, b: str) -> bool:
    """Whether two spellings are the masculine and feminine forms of one surname."""
    for x, y in ((a, b), (b, a)):
        for m, f in _GENDERED:
            if x.endswith(m) and y.endswith(f) and x[: len(x) - len(m)] == y[: len(y) - len(f)]:
                return True
    return False


def _declared(a: str, b: str, declarations: object) -> Relation | None:
    variant_of = getattr(declarations, "variant_of", None)
    canonical = getattr(declarations, "canonical", None)
    if callable(variant_of):
        va, vb = variant_of(a), variant_of(b)
        if (isinstance(va, str) and va == b) or (isinstance(vb, str) and vb == a):
            return "declared"
    if callable(canonical):
        ca, cb = canonical(a), canonical(b)
        if isinstance(ca, str) and ca and ca == cb:
            return "alias"
    return None


def _same_context(a: Form, b: Form) -> bool:
    """Whether two spellings are used of the same thing: roles agree and the names around them are compatible."""
    roles_a = {o.role for o in a.occurrences}
    roles_b = {o.role for o in b.occurrences}
    if _leading_only(a) != _leading_only(b) and not (roles_a & roles_b & {"given"}):
        # a word only ever written before another name word ("Andry" of "President Andry Rajoelina") against one
        # never written so ("the Androy region"): a first name and a place or surname, whatever the entity kinds
        return False
    if "given" in roles_a or "given" in roles_b:
        # given names: only with the same surname ("Valeri Gerasimov" / "Valery Gerasimov")
        surnames_a = {o.others[-1] for o in a.occurrences if o.role == "given" and o.others}
        surnames_b = {o.others[-1] for o in b.occurrences if o.role == "given" and o.others}
        return bool(surnames_a & surnames_b)
    barrels_a, barrels_b = ({_barrel_before(o, f.text) for o in f.occurrences} - {""} for f in (a, b))
    if barrels_a and barrels_b and not barrels_a & barrels_b:
        return False  # "Vasquez-Hartley" / "Garcia-Hartly": two families
    given_a, given_b = _beside(a), _beside(b)
    if given_a and given_b and not _compatible(given_a, given_b):
        return False  # "Dmitry Peskov" / "Ivan Petkov": different people
    if given_a & given_b:
        return True
    if set(a.documents) & set(b.documents):
        return True
    return len(a.context & b.context) >= 2


def _leading_only(form: Form) -> bool:
    return all(o.leading for o in form.occurrences)


def _compatible(xs: set[str], ys: set[str]) -> bool:
    return any(x == y or common_key(x) == common_key(y) or plain(x) == plain(y) for x in xs for y in ys)


# --- the check --------------------------------------------------------------------------------------------------


def _roster(labels: list[str]) -> str:
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


@register_check(EntitySpellingRule, requires={"entities", "assertions"}, scope="corpus")
def check(rule: EntitySpellingRule, facts: FactBase) -> Iterator[Verdict]:
    index = facts.derived("entity-spelling", build_index)
    forms = index.forms
    errors: dict[str, str] = {}  # variant form → dominant form
    soft: list[tuple[str, str, Relation]] = []
    parent: dict[str, str] = {}
    linked: set[str] = set()

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for a, b in index.pairs:
        rel = relation(forms[a], forms[b], rule, facts.declarations)
        if rel is None or (rel != "declared" and not _one_story(forms[a], forms[b], facts)):
            continue
        if rel in ("variant", "declared"):
            linked.update((a, b))
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb
        else:
            soft.append((a, b, rel))
    clusters: dict[str, list[str]] = defaultdict(list)
    for word in sorted(linked):
        clusters[find(word)].append(word)
    checked = {doc.id for doc, _ in facts.checked()}
    for members in clusters.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda w: (-forms[w].count(), -len(forms[w].documents), w))
        dominant = _declared_canonical(members, facts.declarations)
        why = None
        if dominant is None:
            dominant, why = _tie_broken(members, forms, facts)
        variants = [w for w in members if w != dominant and not _two_names(forms[w], forms[dominant])]
        for w in variants:
            errors[w] = dominant
        yield from _variant_verdicts(dominant, variants, forms, facts, checked, why)
    for a, b, rel in soft:
        if a in errors or b in errors:
            continue
        if rel in _HOUSE_STYLE and not rule.variants_across_documents and _apart(forms[a], forms[b]):
            continue
        if rel == "diacritics" and (_in_native_name(forms[a], facts) or _in_native_name(forms[b], facts)):
            continue  # "Université de Montréal" beside "Montreal's …": the institution's own name keeps its accents
        verdict = _soft_verdict(forms[a], forms[b], rel, facts, checked)
        if verdict is not None:
            verdict.severity = rule.transliteration_severity
            yield verdict


# A capitalised word and a particle of a language that writes its accents ("Université de", "Universidad del",
# "Banco do"): the name after them is part of an institution's name in that language.
_NATIVE_PARTICLE = re.compile(r"\b[A-ZÀ-Ý][\w'’-]*\s+(?:de|du|des|del|della|di|da|do|dos|das|d['’])\s*$")


def _in_native_name(form: Form, facts: FactBase) -> bool:
    """Whether every use of a spelling follows a capitalised word and a foreign particle ("Université de Montréal",
    "Universidad de Bogotá"): the spelling of another thing's own name, not the writer's spelling of the place."""
    return all(
        o.mention.kind != "person"  # "José da Conceição": a person's name, whose spelling the writer chooses
        and _NATIVE_PARTICLE.search(facts.documents[o.document].text, max(0, o.span.start - 40), o.span.start)
        for o in form.occurrences
    )


def _one_story(a: Form, b: Form, facts: FactBase) -> bool:
    """Whether two spellings meet in one document, or in two documents of one story, or beside one given name in two
    documents too short to tell their stories (unrelated articles of one run have their own Prices and Pryces, told
    apart only by the words around, and their own Peter Lanza and Peter Langat)."""
    if set(a.documents) & set(b.documents):
        return True
    return any(
        one_story(facts, x, y, by_name=False) or _one_person(facts, (a, x), (b, y))
        for x in a.documents
        for y in b.documents
    )


def _one_person(facts: FactBase, first: tuple[Form, str], second: tuple[Form, str]) -> bool:
    """Whether two spellings, each in a document, follow one given name there, in documents too short to tell
    whether they tell one story (a one-line brief): two articles that restate nothing of each other are two
    stories, each with its own "Peter" or "Kavita Rao"."""
    (a, x), (b, y) = first, second
    return bool(_beside(a, x) & _beside(b, y)) and too_short_to_tell(facts, x, y)


def _story_of(facts: FactBase, document: str, candidates: list[str]) -> list[str]:
    """The candidates that tell one story with ``document``, or with one of those (a follow-up restating the report
    that the document restates), in their order."""
    story: set[str] = set()
    frontier = [document]
    while frontier:
        here = frontier.pop()
        near = [d for d in candidates if d not in story and one_story(facts, here, d, by_name=False)]
        story.update(near)
        frontier.extend(near)
    return [d for d in candidates if d in story]


def _beside(form: Form, document: str | None = None) -> set[str]:
    """The name words written first beside a spelling (its given names: "Harriet" of "Harriet Wilkinson"), in one
    document or in all; a particle or title is none ("Al" of "Al Suwaidi" and of "Mariam Al Suwaidi"), nor the first
    part of a double-barrelled surname ("Vasquez" of "Vasquez-Hartley")."""
    skip = _skipped()
    firsts = (
        next((w for w in o.others if _name_word(w, skip) and w != _barrel_before(o, form.text)), None)
        for o in form.occurrences
    )
    return {w for o, w in zip(form.occurrences, firsts, strict=True) if w and document in (None, o.document)}


# Relations that are a house style, not a mistake, when each document keeps to one of the two spellings.
_HOUSE_STYLE: frozenset[Relation] = frozenset({"transliteration", "diacritics"})


def _apart(a: Form, b: Form) -> bool:
    """Whether no document uses both spellings."""
    return not set(a.documents) & set(b.documents)


def _tie_broken(members: list[str], forms: dict[str, Form], facts: FactBase) -> tuple[str, str | None]:
    """The reference spelling of a cluster sorted by use, and when the most used forms tie (as often, one use each)
    why the chosen one was taken: the gazetteer's spelling; else the spelling of the earliest-published document (a
    rewrite or follow-up copies its source); else the one that introduces the name in full (with a given name) or,
    failing that, first."""
    top = members[0]
    key = (forms[top].count(), len(forms[top].documents))
    tied = [w for w in members if (forms[w].count(), len(forms[w].documents)) == key]
    if len(tied) < 2:
        return top, None
    known = [w for w in tied if w.lower() in tables().known]
    if len(known) == 1:
        return known[0], "the gazetteer's spelling"
    dated = {w: [(day, d) for d in forms[w].documents if (day := facts.documents[d].published)] for w in tied}
    if all(len(dated[w]) == len(forms[w].documents) for w in tied):
        first = {w: min(dated[w]) for w in tied}
        earliest = min(day for day, _ in first.values())
        winners = [w for w in tied if first[w][0] == earliest]
        if len(winners) == 1:
            return winners[0], f"the spelling of the earlier {facts.label(first[winners[0]][1])}"
    order = {doc.id: i for i, (doc, _) in enumerate(facts.all())}

    def opening(w: str) -> Occurrence:
        return min(forms[w].occurrences, key=lambda o: (order.get(o.document, len(order)), o.span.start))

    skip = _skipped()  # "Al Suwaidi" after "Mariam Al Suwaidi" is not in full: a particle is no given name
    full = [w for w in tied if opening(w).role == "surname" and any(_name_word(x, skip) for x in opening(w).others)]
    if len(full) == 1:
        return full[0], "the spelling that introduces the name in full"
    w = min(tied, key=lambda w: (order.get(opening(w).document, len(order)), opening(w).span.start))
    return w, "the spelling used first"


def _declared_canonical(members: list[str], declarations: object) -> str | None:
    variant_of = getattr(declarations, "variant_of", None)
    if not callable(variant_of):
        return None
    for w in members:
        got = variant_of(w)
        if isinstance(got, str) and got in members:
            return got
    return None


def _two_names(variant: Form, dominant: Form) -> bool:
    """Whether two spellings are two names: at least two texts each write both ("Oginga" and "Odinga" in a source and
    its rewrite, "the Americas" and "American" in two stories). A slip is made once, in one text; a rewrite that
    copies its source's slip is not told from one that copies two names."""
    return len(set(variant.documents) & set(dominant.documents)) >= 2


def _variant_verdicts(
    dominant: str,
    variants: list[str],
    forms: dict[str, Form],
    facts: FactBase,
    checked: set[str],
    why: str | None = None,
) -> Iterator[Verdict]:
    dom = forms[dominant]
    docs = sorted({d for w in variants for d in forms[w].documents} & checked)
    for doc in docs:
        label = facts.label(doc)
        here = [w for w in variants if forms[w].count(doc)]
        counts = Counter({w: forms[w].count(doc) for w in here})
        spelled = " and ".join(f"'{w}' ({counts[w]}×)" for w in here)
        evidence: list[Evidence] = []
        for w in here:
            evidence.extend(
                facts.evidence(o.document, o.span, "variant") for o in forms[w].occurrences if o.document == doc
            )
        if dom.count(doc):
            message = f"{label} spells {dominant} as {spelled} and as '{dominant}' ({dom.count(doc)}×)"
            refs = [o for o in dom.occurrences if o.document == doc][:1]
        else:
            # the reference spelling as the document's own story writes it, else as the documents that write the
            # same given name before it do: unrelated stories' documents are no evidence
            others = _story_of(facts, doc, dom.documents) or [
                d for d in dom.documents if any(_one_person(facts, (forms[w], doc), (dom, d)) for w in here)
            ]
            if not others:
                continue  # the reference spelling is only in other stories (and no full name is shared)
            roster = _roster([facts.label(d) for d in others])
            message = f"{label} spells {dominant} as {spelled}; {roster} write '{dominant}'"
            if len(others) == 1:
                message = message.replace(" write '", " writes '")
            refs = [next(o for o in dom.occurrences if o.document == d) for d in others[:4]]
        evidence.extend(facts.evidence(o.document, o.span, "dominant") for o in refs)
        if why is not None:
            message += f" (a tie: '{dominant}' is taken as {why})"
        yield fail(
            message,
            evidence,
            name=dominant,
            variants={w: counts[w] for w in here},
            dominant=dominant,
            dominant_documents=dom.documents,
        )


_SOFT_WORDS = {
    "transliteration": "a common transliteration variant of",
    "diacritics": "the same name without its diacritics as",
    "old-name": "a former spelling of",
    "alias": "a declared alias of",
}


def _soft_verdict(a: Form, b: Form, rel: Relation, facts: FactBase, checked: set[str]) -> Verdict | None:
    rare, common = sorted((a, b), key=lambda f: (f.count(), f.text))
    if rel == "diacritics" and unmarked(common.text) == common.text:
        rare, common = common, rare  # name the accented spelling as the reference
    if rel == "old-name" and old_name_of(common.text) == rare.text:
        rare, common = common, rare
    if not set(rare.documents) & checked:
        return None  # the odd spelling is only in context documents (an archive, sources): not this draft's problem
    rare_name = _display(rare)
    common_name = _display(common)
    docs_r = ", ".join(facts.label(d) for d in rare.documents)
    docs_c = ", ".join(facts.label(d) for d in common.documents)
    message = (
        f"'{rare_name}' ({docs_r}, {rare.count()}×) is {_SOFT_WORDS[rel]} '{common_name}' ({docs_c}, {common.count()}×)"
    )
    evidence = [facts.evidence(o.document, o.span, "variant") for o in _first_per_doc(rare)]
    evidence += [facts.evidence(o.document, o.span, "dominant") for o in _first_per_doc(common)]
    return fail(message, evidence, name=common.text, variant=rare.text, relation=rel)


def _first_per_doc(form: Form) -> list[Occurrence]:
    seen: dict[str, Occurrence] = {}
    for o in form.occurrences:
        seen.setdefault(o.document, o)
    return list(seen.values())[:4]


def _display(form: Form) -> str:
    """The fullest name the form is written in ("Valeri Gerasimov" for "Valeri")."""
    names = Counter(o.mention.name for o in form.occurrences if o.role == "given")
    return names.most_common(1)[0][0] if names else form.text
