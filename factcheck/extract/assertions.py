"""Assertions: what each clause claims, who says so, how sure it is, and why (rule-based, lemminflect only).

A sentence is split into clauses (at ";", ", but", "although", "while", ...). Each clause with a verb becomes an
:class:`~factcheck.models.Assertion`: the subject (the nearest entity before the verb, resolved through declared
aliases and a small table of capital-for-country metonyms: Kyiv → Ukraine), the predicate lemma, the object words,
polarity ("not", "n't", "never", "no longer", "failed to", "refused to"), modality ("could", "may", "reportedly",
"allegedly", "tentatively", "likely", "appear to", "could not be independently verified"), the sentence's attribution
("according to X", "X said", "as claimed by X") with its span, and a causal ("because of", "due to", "thanks to",
"as a result of", "led to") or concessive ("despite", "although", "even though", "in spite of") link with the span of
the connective and what it links to.

No model download and no parser: tokens, word lists and :mod:`lemminflect` lemmas. The token helpers here
(:func:`tokenize`, :func:`content_lemmas`) are shared with sentence alignment and the stance checks.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Final

from factcheck.extract.sentences import reading_text
from factcheck.models import Assertion, Document, EntityMention, Sentence, Span

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+(?:[.,]\d+)*%?|[^\w\s]")


class Token:
    """A word, number or punctuation mark with its absolute offsets and its candidate lemmas.

    Equal, hashed and shown by ``(text, start, end)``; not to be modified. Written by hand rather than as a frozen
    dataclass: its slots are set by plain assignments (a frozen dataclass sets each through ``object.__setattr__``,
    and tokens are made for every word of every sentence), and ``__dict__`` holds only the lemmas, once read."""

    __slots__ = ("__dict__", "end", "is_word", "lower", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text: Final = text
        self.start: Final = start
        self.end: Final = end
        lower = text.lower()
        self.lower: Final = lower.replace("’", "'") if "’" in lower else lower
        """The text lowercased, with a typographic apostrophe made straight."""
        self.is_word: Final = text[:1].isalpha()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.text, self.start, self.end) == (other.text, other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))

    def __repr__(self) -> str:
        return f"Token(text={self.text!r}, start={self.start!r}, end={self.end!r})"

    @cached_property
    def lemmas(self) -> frozenset[str]:
        return lemma_set(self.lower)

    @cached_property
    def lemma(self) -> str:
        return primary_lemma(self.lower)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text``; offsets are shifted by ``offset`` (the text's start in its document)."""
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=65536)
def lemma_set(word: str) -> frozenset[str]:
    """Every lemma lemminflect knows for ``word`` (any part of speech), plus the word itself."""
    from lemminflect import getAllLemmas

    base = word[:-3] if word.endswith("n't") and len(word) > 4 else word
    if word in ("can't", "won't"):
        base = {"can't": "can", "won't": "will"}[word]
    out = {base}
    for lemmas in getAllLemmas(base).values():
        out.update(lemmas)
    return frozenset(out)


@lru_cache(maxsize=65536)
def primary_lemma(word: str) -> str:
    """One lemma for content matching: the noun reading first, then verb, adjective, adverb."""
    from lemminflect import getAllLemmas

    found = getAllLemmas(word)
    for pos in ("NOUN", "VERB", "ADJ", "ADV", "PROPN", "AUX"):
        if found.get(pos):
            return str(found[pos][0])
    return word


@lru_cache(maxsize=65536)
def _pos(word: str) -> frozenset[str]:
    from lemminflect import getAllLemmas

    return frozenset(getAllLemmas(word))


def may_be_noun(word: str) -> bool:
    """Whether a lowercase word can be a noun ("power", "plan"; not "able")."""
    return "NOUN" in _pos(word)


# Auxiliary and modal verbs (also stopwords); contractions count as auxiliaries before a verb.
_AUXILIARIES_TEXT = (
    "be is are was were been being am have has had having do does did will would shall should can could may might must"
)
_AUXILIARIES = frozenset(_AUXILIARIES_TEXT.split())
_AUX = _AUXILIARIES | {"'s", "'ve", "'d"}

STOPWORDS = _AUXILIARIES | frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "so",
        "yet",
        "for",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "into",
        "onto",
        "upon",
        "over",
        "under",
        "about",
        "above",
        "below",
        "as",
        "than",
        "then",
        "that",
        "this",
        "these",
        "those",
        "there",
        "here",
        "it",
        "its",
        "it's",
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "they",
        "them",
        "their",
        "theirs",
        "we",
        "us",
        "our",
        "ours",
        "you",
        "your",
        "i",
        "me",
        "my",
        "mine",
        "who",
        "whom",
        "whose",
        "which",
        "what",
        "when",
        "where",
        "why",
        "how",
        "whether",
        "if",
        "while",
        "because",
        "although",
        "though",
        "despite",
        "doing",
        "not",
        "no",
        "never",
        "also",
        "just",
        "only",
        "even",
        "still",
        "already",
        "very",
        "more",
        "most",
        "much",
        "many",
        "some",
        "any",
        "each",
        "every",
        "all",
        "both",
        "either",
        "neither",
        "other",
        "another",
        "such",
        "own",
        "same",
        "too",
        "s",
        "'t",
        "n't",
        "said",
        "says",
        "say",
        "saying",
        "told",
        "tell",
        "according",
        "per",
        "via",
        "up",
        "down",
        "out",
        "off",
        "after",
        "before",
        "since",
        "until",
        "during",
        "against",
        "between",
        "through",
        "across",
        "around",
        "within",
        "without",
        "meanwhile",
        "however",
        "further",
        "again",
        "once",
        "new",
    ]
)


def content_lemmas(tokens: Iterable[Token]) -> list[str]:
    """Lemmas of the content words (no punctuation, stopwords or one-letter words); numbers are kept as written."""
    out: list[str] = []
    for t in tokens:
        if t.text[0].isdigit():
            out.append(t.text.replace(",", ""))
        elif t.is_word and len(t.text) > 1 and t.lower not in STOPWORDS:
            out.append(t.lemma)
    return out


def token_words(text: str) -> list[str]:
    """``[t.lower for t in tokenize(text)]`` without building tokens (nor match objects: ``_TOKEN`` has no group, so
    ``findall`` gives each token's text)."""
    return [word.lower().replace("’", "'") for word in _TOKEN.findall(text)]


def text_lemmas(text: str) -> list[str]:
    """``content_lemmas(tokenize(text))`` without building tokens nor match objects (what sentence alignment
    indexes)."""
    out: list[str] = []
    for word in _TOKEN.findall(text):
        if word[0].isdigit():
            out.append(word.replace(",", ""))
        elif word[0].isalpha() and len(word) > 1:
            low = word.lower().replace("’", "'")
            if low not in STOPWORDS:
                out.append(primary_lemma(low))
    return out


def stem(word: str) -> str:
    """A crude stem for loose matching across parts of speech: 'additional' ~ 'addition', 'Korean' ~ 'Korea'."""
    return word.lower()[:5]


# --- cue lists ----------------------------------------------------------------------------------------------------

NEGATIONS = frozenset({"not", "never", "no", "none", "nobody", "nothing", "neither", "nor", "cannot"})
NEGATING_PHRASES: tuple[tuple[str, ...], ...] = (
    ("no", "longer"),
    ("failed", "to"),
    ("fails", "to"),
    ("fail", "to"),
    ("failing", "to"),  # "suspended for failing to turn up": as negating as "failed to turn up"
    ("refused", "to"),
    ("refuses", "to"),
    ("refuse", "to"),
    ("refusing", "to"),
    ("declined", "to"),
    ("declines", "to"),
    ("declining", "to"),
    ("unable", "to"),
    ("yet", "to"),
    ("nowhere", "near"),  # "was nowhere near contained": as negating as "was not contained"
    ("nowhere", "close", "to"),
)
HEDGE_WORDS = frozenset(
    {
        "could",
        "may",
        "might",
        "reportedly",
        "allegedly",
        "alleged",
        "tentatively",
        "likely",
        "probably",
        "possibly",
        "perhaps",
        "apparently",
        "purportedly",
        "supposedly",
        "unverified",
        "unconfirmed",
        "presumably",
        "seem",
        "seems",
        "seemed",
    }
)
HEDGE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("appear", "to"),
    ("appears", "to"),
    ("appeared", "to"),
    ("seem", "to"),
    ("seems", "to"),
    ("seemed", "to"),
    ("believed", "to"),
    ("expected", "to"),
    ("anticipated", "to"),
    ("projected", "to"),
    ("predicted", "to"),
    ("thought", "to"),
    ("said", "to", "be"),
    ("not", "be", "independently", "verified"),
    ("not", "independently", "verify"),
    ("not", "been", "independently", "verified"),
    ("not", "be", "verified"),
    # the adverb after the participle, or none: "have not been verified independently", "were not independently
    # verified", "has not been independently confirmed"
    ("not", "been", "verified"),
    ("not", "independently", "verified"),
    ("not", "been", "independently", "confirmed"),
    ("not", "independently", "confirm"),
    ("not", "be", "independently", "confirmed"),
)
REPORTING_VERBS = frozenset(
    {
        "say",
        "tell",
        "claim",
        "report",
        "write",
        "state",
        "announce",
        "add",
        "insist",
        "note",
        "allege",
        "assert",
        "reveal",
        "declare",
        "warn",
        "acknowledge",
        "admit",
        "argue",
        "estimate",
        "explain",
        "suggest",
        "indicate",
        "confirm",
        "believe",
        "think",  # "officials think …" attributes as "officials believe …" does
        "maintain",
        "contend",
        "testify",
        "tweet",
        "post",
    }
)
_REPORTING_FORMS = frozenset(
    w
    for v in REPORTING_VERBS
    for w in {
        v,
        v + "s",
        v + "ed",
        v + "d",
        v + "ing",
        v[:-1] + "ing",
        "said",
        "told",
        "wrote",
        "written",
        "says",
        "saying",
        "tells",
        "telling",
        "writes",
        "thought",
    }
)
_CAUSE_DEGREES = ("largely", "mainly", "mostly", "partly", "primarily", "chiefly", "entirely", "solely")
CAUSAL_PHRASES: tuple[tuple[str, ...], ...] = (
    ("because", "of"),
    ("because",),
    ("due", "to"),
    ("thanks", "to"),
    ("as", "a", "result", "of"),
    ("owing", "to"),
    ("led", "to"),
    ("leads", "to"),
    ("leading", "to"),
    ("caused", "by"),
    ("driven", "by"),
    ("as", "a", "consequence", "of"),
    ("on", "account", "of"),
    # a degree adverb inside the connective: "due largely to", "thanks mainly to", "driven partly by"
    *(
        (head, *adverb, tail)
        for head, tail in (("due", "to"), ("thanks", "to"), ("owing", "to"), ("caused", "by"), ("driven", "by"))
        for adverb in (
            *((w,) for w in _CAUSE_DEGREES),
            ("in", "part"),
            ("in", "large", "part"),
        )
    ),
)
# A cause ascribed in the passive ("The decline was attributed to the rise in prices") or credited with a participle
# ("Food inflation eased, helped by a good harvest", "sales rose, boosted by …"): a causal link between two sentences
# that restate each other (causal-reversal), no connective of the clause's own assertion.
ASCRIBED_CAUSES: tuple[tuple[str, ...], ...] = (
    ("attributed", "to"),
    ("ascribed", "to"),
    ("blamed", "on"),
    ("put", "down", "to"),
    # with a degree adverb inside too: "Prices were underpinned largely by dry conditions", "lifted mainly by" (not
    # "supported by", which is also a funder's: "touring activity supported by the Council")
    *(
        (verb, *adverb, "by")
        for verb in (
            *("helped", "boosted", "aided", "fuelled", "fueled", "spurred", "buoyed", "hampered"),
            *("underpinned", "lifted", "propelled"),
        )
        for adverb in ((), *((w,) for w in _CAUSE_DEGREES), ("in", "part"))
    ),
    # a cause named as the effect's origin: "was largely a result of the deployment", "is the result of", "resulted
    # from", "stemmed from", "on the back of"
    *(
        (verb, *adverb, article, noun, "of")
        for verb in ("is", "was", "are", "were", "be", "been", "being")
        for adverb in ((), *((w,) for w in _CAUSE_DEGREES), ("in", "part"), ("in", "large", "part"))
        for article in ("a", "the")
        for noun in ("result", "consequence")
    ),
    *((verb, "from") for verb in ("resulted", "results", "resulting", "stemmed", "stems", "stemming")),
    ("on", "the", "back", "of"),
)
# A concession in words the clause's assertion does not read ("rose in the face of higher rates"): a concessive
# link between two sentences that restate each other (causal-reversal).
CONCEDED: tuple[tuple[str, ...], ...] = (("in", "the", "face", "of"),)
CONCESSIVE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("despite",),
    ("in", "spite", "of"),
    ("even", "though"),
    ("although",),
    ("though",),
    ("notwithstanding",),
    ("regardless", "of"),
    ("even", "as"),
)
# Clause openers: a new clause starts at these words (after a comma for the coordinators).
_CLAUSE_WORDS = frozenset({"although", "though", "whereas", "because", "while", "but", "yet"})
DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "every",
        "each",
        "no",
        "some",
        "any",
    ]
)
"""Articles, possessives and demonstratives that open a noun phrase ("the", "its", "no", "every", …)."""
_ADVERB_GAP = frozenset(
    [
        "already",
        "also",
        "now",
        "still",
        "yet",
        "just",
        "formally",
        "officially",
        "publicly",
        "reportedly",
        "allegedly",
        "tentatively",
        "finally",
        "then",
        "initially",
        "later",
        "quickly",
        "fully",
        "since",
        "never",
        "not",
        "n't",
        "reportedly",
        "previously",
        "earlier",
        "subsequently",
    ]
)

# Capitals and seats of government used for their countries ("Kyiv agreed" = Ukraine agreed), applied to names
# the rule set did not declare. Declared aliases (rule set ``entities``) take precedence.
METONYMS: dict[str, str] = {
    "kyiv": "Ukraine",
    "kiev": "Ukraine",
    "moscow": "Russia",
    "kremlin": "Russia",
    "the kremlin": "Russia",
    "washington": "United States",
    "white house": "United States",
    "the white house": "United States",
    "beijing": "China",
    "london": "United Kingdom",
    "downing street": "United Kingdom",
    "paris": "France",
    "elysee": "France",
    "berlin": "Germany",
    "tokyo": "Japan",
    "tehran": "Iran",
    "jerusalem": "Israel",
    "ankara": "Turkey",
    "pyongyang": "North Korea",
    "seoul": "South Korea",
    "minsk": "Belarus",
    "warsaw": "Poland",
    "brussels": "European Union",
    "damascus": "Syria",
    "taipei": "Taiwan",
    "new delhi": "India",
    "islamabad": "Pakistan",
    "ottawa": "Canada",
    "oslo": "Norway",
    "stockholm": "Sweden",
    "copenhagen": "Denmark",
    "helsinki": "Finland",
    "madrid": "Spain",
    "rome": "Italy",
    "lisbon": "Portugal",
    "athens": "Greece",
    "budapest": "Hungary",
    "cairo": "Egypt",
    "riyadh": "Saudi Arabia",
    "baghdad": "Iraq",
    "kabul": "Afghanistan",
    "caracas": "Venezuela",
    "havana": "Cuba",
    "pretoria": "South Africa",
    "brasilia": "Brazil",
    "mexico city": "Mexico",
    "canberra": "Australia",
    "us": "United States",
    "u.s.": "United States",
    "usa": "United States",
    "united states": "United States",
    "america": "United States",
    "uk": "United Kingdom",
    "britain": "United Kingdom",
}


def actor_name(mention: EntityMention) -> str:
    """The actor a mention stands for: its declared canonical name, else a capital's country, else the name."""
    if mention.canonical != mention.name:
        return mention.canonical
    return METONYMS.get(mention.name.lower(), mention.canonical)


# --- extraction ----------------------------------------------------------------------------------------------------


def extract_assertions(
    doc: Document, sentences: Sequence[Sentence], entities: Sequence[EntityMention]
) -> list[Assertion]:
    """One Assertion per clause with a verb, in text order; never raises on arbitrary text."""
    by_sentence: dict[int, list[EntityMention]] = {}
    for e in entities:
        by_sentence.setdefault(e.sentence, []).append(e)
    out: list[Assertion] = []
    for s in sentences:
        out.extend(sentence_assertions(doc, s, by_sentence.get(s.index, [])))
    return out


@dataclass(frozen=True)
class Attribution:
    source: str
    start: int
    end: int


def sentence_assertions(doc: Document, sentence: Sentence, entities: Sequence[EntityMention]) -> list[Assertion]:
    tokens = tokenize(sentence.text, sentence.span.start)
    if not tokens:
        return []
    attribution = find_attribution(tokens, entities)
    out: list[Assertion] = []
    for lo, hi in clause_bounds(tokens):
        clause = tokens[lo:hi]
        applies = attribution if attribution_applies(tokens, attribution, lo, hi) else None
        a = _clause_assertion(doc, sentence.index, clause, entities, applies)
        if a is not None:
            out.append(a)
    return out


def clause_bounds(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Token index ranges of the clauses of a sentence."""
    cuts = [0]
    for i, t in enumerate(tokens):
        low = t.lower
        if t.text == ";" or (t.text in "—–" and 0 < i < len(tokens) - 1):
            cuts.append(i + 1)
        elif low in _CLAUSE_WORDS and i > 0:
            prev = tokens[i - 1].lower
            if low in ("but", "yet", "while") and prev != ",":
                continue
            if low == "though" and prev in ("even", "as"):
                continue
            cuts.append(i - 1 if prev in ("even",) else i)
    cuts.append(len(tokens))
    bounds = []
    for a, b in itertools.pairwise(cuts):
        while a < b and not tokens[a].is_word and not tokens[a].text[0].isdigit():
            a += 1
        if a < b:
            bounds.append((a, b))
    return bounds


PhraseIndex = dict[str, tuple[tuple[str, ...], ...]]


def phrase_index(phrases: Iterable[Sequence[str]]) -> PhraseIndex:
    """``phrases`` (lowercase word tuples) keyed by their first word, longest first (ties in the given order)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted((tuple(p) for p in phrases), key=len, reverse=True):
        if not p:
            raise ValueError("empty phrase")
        out.setdefault(p[0], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=256)
def _cached_index(phrases: tuple[tuple[str, ...], ...]) -> PhraseIndex:
    return phrase_index(phrases)


def match_phrases(tokens: Sequence[Token], index: PhraseIndex) -> list[tuple[int, int]]:
    """:func:`find_phrases` with a prebuilt :func:`phrase_index`: only phrases starting with a token are tried."""
    hits: list[tuple[int, int]] = []
    n = len(tokens)
    i = 0
    while i < n:
        candidates = index.get(tokens[i].lower)
        if candidates:
            for p in candidates:
                size = len(p)
                if i + size <= n and all(tokens[i + k].lower == p[k] for k in range(1, size)):
                    hits.append((i, i + size))
                    i += size - 1  # the words of a hit are taken: the next hit starts after it
                    break
        i += 1
    return hits


def find_phrases(tokens: Sequence[Token], phrases: Iterable[Sequence[str]]) -> list[tuple[int, int]]:
    """Token index ranges where any of ``phrases`` (lowercase word tuples) occurs, longest first, no overlaps."""
    return match_phrases(tokens, _cached_index(tuple(tuple(p) for p in phrases)))


def _entity_ending_before(tokens: Sequence[Token], i: int, entities: Sequence[EntityMention]) -> EntityMention | None:
    """The entity mention whose last token is just before token ``i`` (skipping auxiliaries and adverbs)."""
    j = i - 1
    while j >= 0 and (tokens[j].lower in _AUX or tokens[j].lower in _ADVERB_GAP or tokens[j].lower.endswith("ly")):
        j -= 1
    if j < 0:
        return None
    end = tokens[j].end
    for e in entities:
        if e.span.end == end or (e.span.start <= tokens[j].start < e.span.end):
            return e
    return None


def find_attribution(tokens: Sequence[Token], entities: Sequence[EntityMention]) -> Attribution | None:
    """The sentence's attribution: 'according to X', 'as claimed by X', 'X said', '..., X said.', 'The developer, X,
    claims', 'X, which runs the ship, said'; else None.

    Not a source: a passive order ("residents were told to leave": told by someone unnamed, to do something).
    """
    n = len(tokens)
    for i in range(n):
        low = tokens[i].lower
        if low == "according" and i + 1 < n and tokens[i + 1].lower == "to":
            src_end = _noun_phrase_end(tokens, i + 2)
            if src_end > i + 2:
                return Attribution(
                    _source_name(tokens, i + 2, src_end, entities), tokens[i].start, tokens[src_end - 1].end
                )
        if (
            low in _PASSIVE_REPORTS
            and i + 2 < n
            and tokens[i + 1].lower == "by"
            and (tokens[i + 2].lower in DETERMINERS or tokens[i + 2].text[0].isupper())
            and tokens[i - 1].text == ","
        ):  # "The rise, announced by the ministry on Tuesday, is …"
            src_end = _noun_phrase_end(tokens, i + 2)
            if src_end > i + 2:
                return Attribution(
                    _source_name(tokens, i + 2, src_end, entities), tokens[i].start, tokens[src_end - 1].end
                )
        if low == "as" and i + 2 < n and tokens[i + 1].lower in _REPORTING_FORMS and tokens[i + 2].lower == "by":
            src_end = _noun_phrase_end(tokens, i + 3)
            if src_end > i + 3:
                return Attribution(
                    _source_name(tokens, i + 3, src_end, entities), tokens[i].start, tokens[src_end - 1].end
                )
    for i in range(n):
        t = tokens[i]
        if t.lower not in _REPORTING_FORMS or not (t.lemmas & REPORTING_VERBS) or (i > 0 and t.text[0].isupper()):
            continue
        prev = tokens[i - 1] if i > 0 else None
        plural_subject = prev is not None and (
            prev.lower in ("they", "we", "i", "you") or (_nounish(prev) and prev.lower.endswith("s"))
        )
        if t.lower in REPORTING_VERBS and not plural_subject and not (prev and prev.lower in _AUX | {"to"}):
            continue  # a bare base form is more often a noun ("state media", "a report") than a report
        if i > 0 and tokens[i - 1].lower in DETERMINERS:
            continue  # "the report", "a claim": nouns
        if i + 1 < n and tokens[i + 1].lower in ("to",) and t.lower not in ("said", "told"):
            continue
        if i + 1 < n and tokens[i + 1].lower == "to" and t.lower == "told" and _passive_be(tokens, i):
            continue  # "residents were told to leave": an order given to them, not a source
        e = _entity_ending_before(tokens, i, entities) or _appositive_subject(tokens, i, entities)
        if e is not None:
            return Attribution(actor_name(e), e.span.start, t.end)
        named = _name_appositive(tokens, i, entities) or _relative_subject(tokens, i, entities)
        if named is not None:
            return Attribution(named, tokens[0].start, t.end)
        # a common-noun or pronoun source: "police said", "he added", "officials told"
        j = i - 1
        while j >= 0 and tokens[j].lower in _AUX | _ADVERB_GAP:
            j -= 1
        if j >= 0 and _nounish(tokens[j]) and tokens[j].lower not in STOPWORDS:
            k = j
            while k - 1 >= 0 and _nounish(tokens[k - 1]) and tokens[k - 1].lower not in STOPWORDS and j - k < 3:
                k -= 1
            return Attribution(" ".join(x.text for x in tokens[k : j + 1]), tokens[k].start, t.end)
        if j >= 0 and tokens[j].lower in ("he", "she", "they", "it", "we", "i"):
            return Attribution(tokens[j].text, tokens[j].start, t.end)
        if t.lower.endswith("ing") and j >= 0 and tokens[j].text == ",":
            # "..., stating that ...": the subject is the sentence's first entity
            for e in entities:
                if e.span.end <= t.start:
                    return Attribution(actor_name(e), t.start, t.end)
        if j >= 1 and tokens[j].lower in ("which", "who") and tokens[j - 1].text == ",":
            # "… by the regulator, which said …": the antecedent before the comma said it
            k = j - 1
            while k - 1 >= 0 and _nounish(tokens[k - 1]) and tokens[k - 1].lower not in STOPWORDS and j - k < 5:
                k -= 1
            if k < j - 1:
                return Attribution(" ".join(x.text for x in tokens[k : j - 1]), tokens[k].start, t.end)
        inverted = _inverted_attribution(tokens, i, entities)
        if inverted is not None:
            return inverted
    return None


def _passive_be(tokens: Sequence[Token], i: int) -> bool:
    """Whether a form of "be" governs the participle at ``i`` ("were told", "had been repeatedly told")."""
    j = i - 1
    while j >= 0 and tokens[j].lower in _ADVERB_GAP | {"not", "never"}:
        j -= 1
    return j >= 0 and (tokens[j].lower in _BE or tokens[j].lower in ("get", "gets", "got"))


def _appositive_subject(tokens: Sequence[Token], i: int, entities: Sequence[EntityMention]) -> EntityMention | None:
    """The name opening the sentence before an appositive right before the reporting verb at ``i``: "E-Redes, the
    grid operator, said …" (the appositive starts with a determiner and holds no verb or further comma)."""
    if i < 4 or tokens[i - 1].text != ",":
        return None
    k = i - 2
    while k > 0 and tokens[k].text != "," and i - k <= 7:
        if not tokens[k].is_word or is_verb(tokens, k) == 2:
            return None
        k -= 1
    if k <= 0 or tokens[k].text != "," or tokens[k + 1].lower not in ("the", "a", "an", "its", "their"):
        return None
    e = _entity_ending_before(tokens, k, entities)
    if e is None or any(u.is_word for u in tokens if u.end <= e.span.start):
        return None  # not the sentence's opening name
    return e


_POSSESSIVE_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your"})
# titles written before a name, with or without a full stop ("Dr. Anne Keller", "Prof Li Wei")
_NAME_TITLES = frozenset(
    {"dr", "mr", "mrs", "ms", "mx", "prof", "sir", "dame", "rev", "gen", "col", "capt", "sgt", "insp", "det", "supt"}
)


def _name_appositive(tokens: Sequence[Token], i: int, entities: Sequence[EntityMention]) -> str | None:
    """The name set off by commas right before the reporting verb at ``i``, after the common noun opening the
    sentence: "The developer, Halcyon Digital, claims …", "Her lawyer, Maria Costa, said …", "Norvik's finance
    chief, Ann Lee, told …" (the opening holds two to five words, starts with a determiner or holds a possessive,
    and has no verb or comma; the name is a mention or one to four capitalised words)."""
    if i < 5 or tokens[i - 1].text != ",":
        return None
    end = tokens[i - 2]
    e = next((m for m in entities if m.span.end == end.end), None)
    if e is not None:
        k = next((j for j in range(i - 2, -1, -1) if tokens[j].start < e.span.start), -1)
    else:
        k = i - 2
        while k >= 0 and tokens[k].is_word and tokens[k].text[0].isupper() and i - 2 - k < 4:
            k -= 1
    first = k + 1
    if k >= 2 and k < i - 2 and tokens[k].text == "." and tokens[k - 1].lower in _NAME_TITLES:
        k -= 2  # "The race director, Dr. Anne Keller, said …": a title before the name
    elif k < i - 3 and tokens[k + 1].lower in _NAME_TITLES:
        first = k + 2  # "Dr Anne Keller"
    if k == i - 2 or not 2 <= k <= 5 or tokens[k].text != ",":
        return None
    lead = tokens[:k]
    possessive = any(t.lower.endswith(("'s", "’s")) for t in lead)
    if lead[0].lower not in _POSSESSIVE_OPENERS and not possessive:
        return None
    if not all(t.is_word for t in lead) or any(is_verb(lead, j) == 2 for j in range(len(lead))):
        return None
    if e is not None:
        return actor_name(e)
    return " ".join(t.text for t in tokens[first : i - 1])


def _relative_subject(tokens: Sequence[Token], i: int, entities: Sequence[EntityMention]) -> str | None:
    """The subject opening the sentence before a relative clause set off by commas right before the reporting verb
    at ``i``: "Fjordline North, which operates the ship, said …", "The operator, which runs the ship, said …", "Ann
    Lee, who chairs the board, told …" (the subject holds one to five words and no verb; the clause no comma)."""
    if i < 4 or tokens[i - 1].text != ",":
        return None
    k = next((j for j in range(i - 2, max(i - 14, 0), -1) if not tokens[j].is_word), -1)
    if k < 1 or k > 5 or tokens[k].text != "," or tokens[k + 1].lower not in ("which", "who"):
        return None
    lead = tokens[:k]
    if lead[0].lower in STOPWORDS and lead[0].lower not in _POSSESSIVE_OPENERS:
        return None  # "In March, which …": no subject
    if not all(t.is_word for t in lead) or any(is_verb(lead, j) == 2 for j in range(len(lead))):
        return None
    e = next((m for m in entities if m.span.start == lead[0].start and m.span.end == lead[-1].end), None)
    if e is not None:
        return actor_name(e)
    if lead[0].lower in _POSSESSIVE_OPENERS:
        lead = lead[1:]
    elif not all(t.text[0].isupper() for t in lead):
        return None
    return " ".join(t.text for t in lead) or None


_PASSIVE_REPORTS = frozenset({"announced", "reported", "confirmed", "stated", "claimed", "estimated", "disclosed"})
_INVERTED_ENDS = frozenset({"who", "whose", "which", "on", "in", "at", "after", "before", "during"})


def _inverted_attribution(tokens: Sequence[Token], i: int, entities: Sequence[EntityMention]) -> Attribution | None:
    """'…, said board chair Anna Berg.' / '…,” said a guard who asked not to be named.': the reporting verb after a
    comma or closing quote, followed by who said it up to the sentence end (or a relative clause or time phrase)."""
    n = len(tokens)
    if i == 0 or tokens[i - 1].text not in (",", "”", '"') or tokens[i].lower not in ("said", "says", "told", "added"):
        return None
    k = i + 1
    while k < n and tokens[k].is_word and tokens[k].lower not in _INVERTED_ENDS and k - i <= 8:
        if k > i + 1 and tokens[k].lower in _AUXILIARIES:
            return None  # "…, said the ministry was …": a clause, not a name
        k += 1
    if k == i + 1 or (k < n and tokens[k].lower not in _INVERTED_ENDS and tokens[k].text not in ".,;!?"):
        return None
    return Attribution(_source_name(tokens, i + 1, k, entities), tokens[i].start, tokens[k - 1].end)


def _nounish(t: Token) -> bool:
    """A word that can be part of a noun phrase (not a bare verb form such as 'denied')."""
    if not t.is_word:
        return False
    pos = _pos(t.lower)
    return not (t.lower.endswith("ed") and "VERB" in pos) and (not pos or bool(pos & {"NOUN", "ADJ", "PROPN"}))


def attribution_applies(tokens: Sequence[Token], attribution: Attribution | None, lo: int, hi: int) -> bool:
    """Whether the sentence's attribution covers the clause ``tokens[lo:hi]``: it lies inside the clause, or it
    frames the whole sentence ("According to X, ...", "..., X said.")."""
    if attribution is None:
        return False
    if tokens[lo].start <= attribution.start < tokens[hi - 1].end:
        return True
    first = next((t for t in tokens if t.is_word), None)  # (the first and last words only: a sentence may have
    last = next((t for t in reversed(tokens) if t.is_word), None)  # thousands of clauses, each asking)
    if first is None or last is None:
        return False
    return attribution.start <= first.start or last.start < attribution.end


def _noun_phrase_end(tokens: Sequence[Token], i: int) -> int:
    """End (exclusive token index) of a short noun phrase starting at ``i``: up to punctuation, max 10 words."""
    j = i
    while j < len(tokens) and j - i < 10 and (tokens[j].is_word or tokens[j].text in ".-'’"):
        if tokens[j].lower in ("that", "which", "who", "and", "but", "on", "in", "at") and j > i:
            break
        j += 1
    while j > i and not tokens[j - 1].is_word:
        j -= 1
    return j


def _source_name(tokens: Sequence[Token], i: int, j: int, entities: Sequence[EntityMention]) -> str:
    start, end = tokens[i].start, tokens[j - 1].end
    inside = [e for e in entities if start <= e.span.start and e.span.end <= end]
    if inside:
        return actor_name(inside[-1])
    return " ".join(t.text for t in tokens[i:j])


def _is_verb(tokens: Sequence[Token], i: int) -> int:
    """0: not a verb; 1: could be a verb; 2: surely a verb (inflected or after an auxiliary, modal or 'to')."""
    t = tokens[i]
    if not t.is_word or t.lower in STOPWORDS or (t.text[0].isupper() and i > 0):
        return 0
    pos = _pos(t.lower)
    if "VERB" not in pos:
        return 0
    prev = tokens[i - 1].lower if i > 0 else ""
    if prev in DETERMINERS or prev.endswith("'s"):
        return 0
    if prev in _AUX or prev == "to" or prev in ("not", "n't", "never") or prev.endswith("n't"):
        return 2
    if "NOUN" not in pos and "ADJ" not in pos:
        return 2
    if t.lower.endswith("ed") or (t.lower not in lemma_set(t.lower) - {t.lower} and t.lower != primary_lemma(t.lower)):
        return 2 if t.lower.endswith("ed") else 1
    return 1


def is_verb(tokens: Sequence[Token], i: int) -> int:
    """0: token ``i`` is not a verb; 1: it could be one; 2: it surely is (inflected, or after an auxiliary or "to")."""
    return _is_verb(tokens, i)


def _clause_assertion(
    doc: Document,
    sentence: int,
    clause: Sequence[Token],
    entities: Sequence[EntityMention],
    attribution: Attribution | None,
) -> Assertion | None:
    start, end = clause[0].start, clause[-1].end
    in_attr = (lambda t: attribution.start <= t.start < attribution.end) if attribution else (lambda t: False)
    best = -1
    weak = -1
    for i, t in enumerate(clause):
        if in_attr(t) or (t.lower in _CONTROL_VERBS and i + 1 < len(clause) and clause[i + 1].lower == "to"):
            continue  # "failed to retake": the predicate is "retake"
        kind = _is_verb(clause, i)
        if kind == 2:
            best = i
            break
        if kind == 1 and weak < 0:
            weak = i
    pred_i = best if best >= 0 else weak
    if pred_i < 0 and attribution is not None:
        # the clause is only the report itself ("Weber announced a referendum"): its verb is the predicate
        pred_i = next((i for i, t in enumerate(clause) if in_attr(t) and _is_verb(clause, i)), -1)
    if pred_i < 0:
        for i, t in enumerate(clause):
            if t.lower in ("is", "are", "was", "were", "be", "been") and not in_attr(t):
                pred_i = i
                break
    if pred_i < 0:
        return None
    pred = clause[pred_i]
    verb_lemmas = _verb_lemma(pred.lower)
    clause_entities = [e for e in entities if start <= e.span.start and e.span.end <= pred.start]
    subject = actor_name(clause_entities[-1]) if clause_entities else None
    obj_tokens = [t for t in clause[pred_i + 1 :] if not in_attr(t)][:10]
    while obj_tokens and not obj_tokens[-1].is_word and not obj_tokens[-1].text[0].isdigit():
        obj_tokens.pop()
    obj = reading_text(doc)[obj_tokens[0].start : obj_tokens[-1].end] if obj_tokens else None
    polarity = "negated" if negated_at(clause, pred_i) else "affirmed"
    hedge = find_hedge(clause)
    link, link_span = find_link(doc, clause)
    in_clause = attribution is not None and (attribution.start < end and start < attribution.end)
    return Assertion(
        span=doc.span(start, end),
        sentence=sentence,
        subject=subject,
        predicate=verb_lemmas,
        object=obj,
        polarity=polarity,
        modality="hedged" if hedge else "fact",
        hedge=hedge,
        attribution=attribution.source if attribution else None,
        attribution_span=doc.span(attribution.start, attribution.end) if attribution and in_clause else None,
        link=link,
        link_span=link_span,
    )


_CONTROL_VERBS = frozenset(
    [
        "fail",
        "fails",
        "failed",
        "failing",
        "refuse",
        "refuses",
        "refused",
        "refusing",
        "decline",
        "declines",
        "declined",
        "declining",
        "continue",
        "continues",
        "continued",
    ]
)


@lru_cache(maxsize=65536)
def _verb_lemma(word: str) -> str:
    """The verb (or auxiliary) lemma of ``word``, else the word (cached: lemminflect deep-copies its tables' answer)."""
    from lemminflect import getAllLemmas

    found = getAllLemmas(word)
    for pos in ("VERB", "AUX"):
        if found.get(pos):
            return str(found[pos][0])
    return word


def negation_count(tokens: Sequence[Token]) -> int:
    """Negation cues in ``tokens`` ("not", "n't", "never", "no longer", "failed to", ...)."""
    count = len(match_phrases(tokens, _NEGATING_INDEX))
    for i, t in enumerate(tokens):
        low = t.lower
        if low.endswith("n't") or low in ("cannot",):
            count += 1
        elif low in NEGATIONS:
            if low == "no" and i + 1 < len(tokens) and tokens[i + 1].lower in ("longer", "."):
                continue  # counted as a phrase / "No." abbreviation
            if i > 0 and t.text[0].isupper() and tokens[i - 1].is_word:
                continue  # part of a name: "Double or Nothing", "Dead Men Tell No Tales"
            if i > 0 and tokens[i - 1].lower in ("with", "without", "of"):
                continue  # "with no radio exposure": a noun phrase, not the clause's negation
            nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
            if low == "not" and nxt[:2] in ("un", "in", "im") and nxt[2:] in _ADJ_STEMS:
                continue  # litotes: "not uncommon", "not impossible" affirm
            count += 1
    return count


_NEGATING_INDEX = phrase_index(NEGATING_PHRASES)
_HEDGE_INDEX = phrase_index(HEDGE_PHRASES)
_CAUSAL_INDEX = phrase_index(CAUSAL_PHRASES)
_CONCESSIVE_INDEX = phrase_index(CONCESSIVE_PHRASES)
_LINKED_CAUSE_INDEX = phrase_index(CAUSAL_PHRASES + ASCRIBED_CAUSES)
_LINKED_CONCESSION_INDEX = phrase_index(CONCESSIVE_PHRASES + CONCEDED)

_VERB_GROUP = _AUX | _ADVERB_GAP | {"to", "longer", "n't", "cannot"}
_NEGATIVE_HEADS = frozenset({"no", "none", "nobody", "nothing", "neither"})
_NP_BREAK = frozenset(
    {"that", "which", "who", "whom", "whose", "where", "when", "said", "says", "and", "but", "because", "after"}
    | {"before", "since", "if", "whether", "as", "while", "although", "though", "until", "unless", "than"}
)
_OPEN_CUES = frozenset({"whether", "if", "unless"})
_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "who"})
_WH = frozenset({"how", "what", "why", "which", "whom"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re"})
# Particles of phrasal verbs ("bring back", "set up", "call off"): read with the verb before them.
_PARTICLES = frozenset({"back", "up", "down", "out", "off", "in", "on"})


def _negative_subject(tokens: Sequence[Token], start: int) -> int:
    """Index of a negative word opening the subject that ends just before ``start`` ("None of the passengers", "No
    shots", "no one"), or -1. The word must open its clause: "had no choice because its grant was cut" is not one.
    """
    k = start - 1
    while k >= 0 and start - k <= 10 and (tokens[k].is_word or tokens[k].text[0].isdigit()):
        low = tokens[k].lower
        if low in _NP_BREAK or low in _SUBJECT_PRONOUNS or low in _AUX or low in _WH or _is_verb(tokens, k) == 2:
            return -1  # the subject ends at a clause word, a pronoun subject, an auxiliary or a verb
        if low in _NEGATIVE_HEADS:
            if low == "no" and k + 1 < len(tokens) and tokens[k + 1].text == ".":
                return -1  # "No." abbreviation
            before = tokens[k - 1] if k > 0 else None
            opens = before is None or not before.is_word or before.lower in _NP_BREAK or before.lower in _CLAUSE_WORDS
            return k if opens else -1
        k -= 1
    return -1


def _manner_adverb(token: Token) -> bool:
    """A lowercase "-ly" word lemminflect reads as an adverb only ("significantly", "materially"; not "family")."""
    return token.text.islower() and token.lower.endswith("ly") and _pos(token.lower) == frozenset({"ADV"})


# Adverbs of frequency inside a verb group: "minutes were not always kept", "has not often lost".
_FREQUENCY = frozenset({"always", "often", "usually", "necessarily", "ever"})


def _in_verb_group(token: Token) -> bool:
    return token.lower in _VERB_GROUP or token.lower.endswith("n't") or token.lower in NEGATIONS - {"no", "none"}


def _verb_group_start(tokens: Sequence[Token], i: int) -> int:
    """First token of the verb group ending at ``i``: auxiliaries, adverbs, "not", "failed to", "no longer" …"""
    j = i
    while j > 0:
        prev = tokens[j - 1]
        if prev.lower == "longer" and j >= 2 and tokens[j - 2].lower == "no":
            j -= 2  # "no longer"
        elif prev.lower == "near" and j >= 2 and tokens[j - 2].lower == "nowhere":
            j -= 2  # "nowhere near (contained)"
        elif prev.lower == "close" and j >= 2 and tokens[j - 2].lower == "nowhere" and tokens[j].lower == "to":
            j -= 2  # "nowhere close to (finishing)"
        elif prev.lower in _VERB_GROUP or prev.lower.endswith("n't") or prev.lower in NEGATIONS - {"no", "none"}:
            j -= 1
        elif (
            (prev.lower in _CONTROL_VERBS or prev.lower in ("unable", "able", "need", "needs", "needed"))
            and j < len(tokens)
            and tokens[j].lower == "to"
        ):
            j -= 1  # "failed to", "refused to", "unable to", "no longer able to", "do not need to"
        elif j >= 2 and (_manner_adverb(prev) or prev.lower in _FREQUENCY) and _in_verb_group(tokens[j - 2]):
            j -= 1  # "did not significantly reduce", "were not always kept": an adverb inside the group
        else:
            break
    return j


# Verbs whose object "no" can be the answer given ("voted no", "said no to the plan"), not a negative object; the
# "no" is an answer only when a punctuation mark or one of _AFTER_ANSWER follows it ("answered no questions" is a
# negative object).
_ANSWERING = frozenset({"vote", "say", "answer", "reply", "respond"})
_AFTER_ANSWER = frozenset({"to", "on", "in", "at", "and", "but", "when", "after", "against", "for", "twice", "again"})


def negated_at(tokens: Sequence[Token], i: int) -> bool:
    """Whether the verb at token ``i`` is negated by the words that govern it, not by any negation in its clause.

    Counted: cues in its verb group ("did not", "has never", "failed to", "no longer", "refused to"), a negative
    subject just before it ("No shots were fired", "None of the 214 passengers was injured", "no one was hurt") and
    a negative object right after it ("found no traces", "received no offer"), except the answer "no" of a verb of
    voting or answering ("voted no", "said no to the plan", "answered no": an affirmed vote or answer). "nowhere
    near" and "nowhere close to" in the group negate ("was nowhere near contained"). A "not" in a relative clause or
    a coordinated clause ("…held and the river did not burst", "…who asked not to be named") is not its negation.
    """
    if i < 0 or i >= len(tokens):
        return False
    start = _verb_group_start(tokens, i)
    count = negation_count(tokens[start:i])
    if _negative_subject(tokens, start) >= 0:  # "None of the 214 passengers or 11 crew members was injured"
        count += 1
    # a negative object: "found no traces", "said nothing"
    if i + 1 < len(tokens) and tokens[i + 1].lower in ("no", "nothing", "none", "nobody"):
        nxt = tokens[i + 2].lower if i + 2 < len(tokens) else ""
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        answer = _verb_lemma(tokens[i].lower) in _ANSWERING and (
            after is None or not after.is_word or after.lower in _AFTER_ANSWER
        )
        if not (tokens[i + 1].lower == "no" and (nxt in ("longer", ".") or answer)):
            count += 1
    return count % 2 == 1


def verb_polarities(tokens: Sequence[Token]) -> tuple[list[tuple[int, str, str]], int]:
    """Every verb of a sentence with its own polarity: (token index, lemma, "affirmed"/"negated"), and the number of
    negation cues that govern no verb ("…only on how it was introduced, not on whether it was lawful").

    A verb is a token :func:`_is_verb` is sure of, or a possible verb followed by a determiner or possessive
    ("…and burst its banks", also after a particle: "…and set up a fund") or after a subject pronoun ("after it spread
    to …"). A particle after a verb ("bring back") is read with that verb.
    """
    out: list[tuple[int, str, str]] = []
    used: set[int] = set()
    objects = DETERMINERS - {"no", "that"}
    for i in range(len(tokens)):
        if out and out[-1][0] == i - 1 and tokens[i].lower in _PARTICLES:
            continue  # "will bring back its …": the particle is part of the verb before it, not a verb of its own
        kind = _is_verb(tokens, i)
        if kind == 0 and tokens[i].lower in _REPORTING_FORMS and i > 0 and tokens[i - 1].lower in _VERB_GROUP:
            kind = 2  # "has not said", "did not say" (reporting verbs are stopwords for content matching)
        if kind == 0:
            continue
        # an object right after the verb or after its particle ("…and set up a fund"); "in"/"on" are left out, being
        # mostly prepositions after a noun ("a rise in the rate")
        object_follows = i + 1 < len(tokens) and (
            tokens[i + 1].lower in objects
            or (
                tokens[i + 1].lower in _PARTICLES - {"in", "on"}
                and i + 2 < len(tokens)
                and tokens[i + 2].lower in objects
            )
        )
        if kind == 1 and not object_follows and not (i > 0 and tokens[i - 1].lower in _SUBJECT_PRONOUNS):
            continue  # "…and burst its banks", "after it spread to …" are verbs; "the spread of …" is not
        if tokens[i].lower in _CONTROL_VERBS and i + 1 < len(tokens) and tokens[i + 1].lower == "to":
            continue  # "failed to retake": the verb is "retake"
        start = _verb_group_start(tokens, i)
        low = tokens[i].lower
        if low.endswith("ing") and _verb_lemma(low) != low and not any(t.lower in _BE for t in tokens[start:i]):
            continue  # a participle or gerund ("a letter explaining …", "hopes of winning"), not "bring", "sing"
        used.update(range(start, i))
        if i + 1 < len(tokens) and tokens[i + 1].lower in ("no", "nothing", "none", "nobody"):
            used.add(i + 1)
        used.add(_negative_subject(tokens, start))
        if any(t.lower in _OPEN_CUES for t in tokens[max(0, start - 3) : start]):
            continue  # "deciding whether to call strikes": neither affirmed nor negated
        negated = negated_at(tokens, i) != _denied(tokens, i)
        out.append((i, _verb_lemma(tokens[i].lower), "negated" if negated else "affirmed"))
    orphans = sum(
        1
        for k, t in enumerate(tokens)
        if k not in used
        and negation_count(tokens[k : k + 1])
        and t.lower not in ("nor", "neither")
        and not (k > 0 and t.text[0].isupper() and tokens[k - 1].is_word)  # a name: "the No campaign", "Tell No Tales"
    )
    return out, orphans


_FINITE_BE = frozenset({"is", "are", "was", "were"})
_AFTER_COPULA_NEGATIONS = frozenset({"not", "never", "no"})
_MODAL_VERBS = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "cannot"})
_HAVE = frozenset({"has", "have", "had"})


def _compound_copula(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is a "be" after a modal in its verb group ("will not be compulsory", "could never be") or
    a "been" after a "have" ("had not been on the list")."""
    low = tokens[i].lower
    if low not in ("be", "been"):
        return False
    group = [u.lower for u in tokens[_verb_group_start(tokens, i) : i]]
    if low == "been":
        return any(u in _HAVE or u in ("hasn't", "haven't", "hadn't") for u in group)
    return any(u in _MODAL_VERBS or (u.endswith("n't") and u != "n't") for u in group)


def copula_polarities(
    tokens: Sequence[Token], verbs: Sequence[int] = ()
) -> list[tuple[int, tuple[str, ...], str, int]]:
    """Each finite copula of a sentence with its complement and polarity: (token index, the first three content
    lemmas of the complement, "affirmed"/"negated", the negation cues after the copula that it governs, which
    :func:`verb_polarities` counts as governing no verb). "were not at immediate risk of falling" → (…,
    ("immediate", "risk", "fall"), "negated", 1); "There were no injuries" → (…, ("injury",), "negated", 1). A "be"
    after a modal and a "been" after a "have" are ones too ("Vaccination will not be compulsory" → (…,
    ("compulsory",), "negated", 0); "had been on the list").

    A copula's polarity means nothing without its complement, so the complement is returned with it: up to six
    words after the copula (and its "not", "never", "no", "no longer", "n't" or adverbs such as "still"), to a
    punctuation mark or a clause word. Skipped: a copula that is an auxiliary (its next word is one of ``verbs``,
    the indices :func:`verb_polarities` returned: "was not closed" is "close" negated), that is in a verb's group
    ("were no longer able to hear") or that has no content word after it. Negations before the copula ("did not say
    it was …") are read as for any verb (:func:`negated_at`), with a denied clause ("denied that the homes were at
    risk") read as negated.
    """
    heads = [i for i, t in enumerate(tokens) if t.lower in _FINITE_BE or _compound_copula(tokens, i)]
    return _complement_polarities(tokens, verbs, heads)


def possession_polarities(
    tokens: Sequence[Token], verbs: Sequence[int] = ()
) -> list[tuple[int, tuple[str, ...], str, int]]:
    """Each "have" of possession with its object and polarity, as :func:`copula_polarities` gives a copula's: "he had
    no previous convictions" → (…, ("previous", "conviction"), "negated", 1); "the firm has not had a profit" is
    read at "had". A "have" before a participle or an infinitive ("had co-operated", "had to leave") is skipped."""
    heads = [i for i, t in enumerate(tokens) if t.lower in _HAVE and _possessed(tokens, i)]
    return _complement_polarities(tokens, verbs, heads)


def _possessed(tokens: Sequence[Token], i: int) -> bool:
    """Whether the "have" at ``i`` is followed by what is had, not by an auxiliary or "to" ("had been", "has to
    pay"), past its negations and adverbs ("had no", "has not yet")."""
    j = i + 1
    while j < len(tokens) and (tokens[j].lower in _AFTER_COPULA_NEGATIONS or tokens[j].lower in _ADVERB_GAP):
        j += 1
    return j < len(tokens) and tokens[j].lower not in _AUX and tokens[j].lower not in ("to", "got")


def _complement_polarities(
    tokens: Sequence[Token], verbs: Sequence[int], heads: Sequence[int]
) -> list[tuple[int, tuple[str, ...], str, int]]:
    """Each of ``heads`` (a copula or a "have") with its complement's first three content lemmas, its polarity and the
    negation cues after it (see :func:`copula_polarities`)."""
    out: list[tuple[int, tuple[str, ...], str, int]] = []
    verb_set = set(verbs)
    in_groups = {k for v in verbs for k in range(_verb_group_start(tokens, v), v)}
    for i in heads:
        count = 1 if negated_at(tokens, i) else 0
        j = i + 1
        while j < len(tokens):
            low = tokens[j].lower
            if low == "no" and j + 1 < len(tokens) and tokens[j + 1].lower == "longer":
                count, j = count + 1, j + 2
            elif low == "no" and j == i + 1:
                j += 1  # "were no injuries": counted by negated_at as a negative object
            elif low in _AFTER_COPULA_NEGATIONS or low.endswith("n't"):
                count, j = count + 1, j + 1
            elif low in _ADVERB_GAP:
                j += 1
            else:
                break
        if i in in_groups and j not in verb_set:
            continue  # "were no longer able to hear": part of the verb group of "hear"
        if j < len(tokens) and j in verb_set and tokens[j].is_word:
            # a passive or a word read as a verb ("was closed and in poor repair", "was fair and in the best
            # interests of members"): only the complements coordinated after it
            negated = (count % 2 == 1) != _denied(tokens, i)
            _words, k = _complement_words(tokens, j + 1, verb_set)
            for more in _coordinated(tokens, k, verb_set):
                out.append((i, more, "negated" if negated else "affirmed", 0))
            continue
        if j >= len(tokens) or not tokens[j].is_word:
            continue
        words, k = _complement_words(tokens, j, verb_set)
        if not words:
            continue
        negated = (count % 2 == 1) != _denied(tokens, i)
        cues = sum(1 for u in tokens[i + 1 : j] if negation_count([u]))
        out.append((i, tuple(words[:3]), "negated" if negated else "affirmed", cues))
        for more in _coordinated(tokens, k, verb_set):
            out.append((i, more, "negated" if negated else "affirmed", 0))
    return out


def _complement_words(tokens: Sequence[Token], j: int, verb_set: set[int]) -> tuple[list[str], int]:
    """The content lemmas of a complement opening at ``j`` (up to six words, to a punctuation mark, a clause word or
    a verb) and the index where it stops."""
    words: list[str] = []
    k = j
    while k < min(j + 6, len(tokens)):
        u = tokens[k]
        if not u.is_word or u.lower in _NP_BREAK or u.lower in _CLAUSE_WORDS or k in verb_set:
            break
        if len(u.text) > 2 and u.lower not in STOPWORDS:
            words.append(primary_lemma(u.lower))
        k += 1
    return words, k


_COORDINATED_MAX = 3  # conjuncts read after the first: "was fair, reasonable and in the best interests of members"


def _coordinated(tokens: Sequence[Token], k: int, verb_set: set[int]) -> list[tuple[str, ...]]:
    """The complements coordinated with the one that stops at ``k`` ("was fair and reasonable and in the best
    interests of shareholders" → (reasonable,), (best, interest, shareholder)): each after "and", "or" or a comma
    (", and"), its first three content lemmas, while none opens with a subject pronoun or holds a verb, an auxiliary or
    a negation of its own, nor is the subject of a verb ("was fair and the board approved it": the board's clause, no
    complement), nor runs into a clause word ("…, the officer said"); a conjunct after a bare comma must be followed by
    more of the list. The copula's polarity carries to each."""
    out: list[tuple[str, ...]] = []
    while len(out) < _COORDINATED_MAX and k < len(tokens):
        n = k
        while n < len(tokens) and tokens[n].lower in (",", "and", "or"):
            n += 1
        if n == k or n >= len(tokens):
            break
        first = tokens[n]
        if not first.is_word or first.lower in _AUX or first.lower in _SUBJECT_PRONOUNS or n in verb_set:
            break
        words, end = _complement_words(tokens, n, verb_set)
        listed = any(t.lower in ("and", "or") for t in tokens[k:n])
        ends = tokens[end].lower if end < len(tokens) else "."
        if (
            not words
            or (end < len(tokens) and tokens[end].is_word and ends not in ("and", "or"))
            or (not listed and ends not in (",", "and", "or"))
            or end in verb_set
            or any(m in verb_set or tokens[m].lower in _AUX or negation_count([tokens[m]]) for m in range(n, end))
        ):
            break  # the subject of a verb, or a verb or negation of its own ("was open and not in use"): another clause
        out.append(tuple(words[:3]))
        k = end
    return out


_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "there", "this", "that", "these", "those"})


_DENYING = frozenset({"deny", "denies", "denied", "denying"})
_CLAIM_NOUNS = frozenset({"claim", "claims", "report", "reports", "allegation", "allegations", "suggestion"})


def that_governor(tokens: Sequence[Token], i: int) -> str | None:
    """The word that governs, through "that", the clause of the verb at ``i`` ("The firm denied that passwords had
    been taken" → "denied"; "denied claims that it had hidden losses" → "denied"; the clause's subject, up to eight
    words, stands between the "that" and the verb group), or None."""
    start = _verb_group_start(tokens, i)
    k = start - 1
    while k >= 0 and start - k <= 8 and tokens[k].is_word and tokens[k].lower not in _NP_BREAK:
        k -= 1
    if k < 1 or tokens[k].lower != "that" or k == start - 1:
        return None
    at = k - 1
    if tokens[at].lower in _CLAIM_NOUNS and at >= 1:
        at -= 2 if tokens[at - 1].lower == "the" and at >= 2 else 1
    return tokens[at].lower


def _denied(tokens: Sequence[Token], i: int) -> bool:
    """Whether the clause of the verb at ``i`` is what someone denies ("denied that X was taken": X not taken)."""
    return that_governor(tokens, i) in _DENYING


_ADJ_STEMS = frozenset(
    ["common", "usual", "likely", "known", "reasonable", "possible", "important", "significant", "familiar"]
)


def find_hedge(tokens: Sequence[Token]) -> str | None:
    """The first hedge cue in ``tokens`` as written, or None."""
    phrases = match_phrases(tokens, _HEDGE_INDEX)
    first: tuple[int, int] | None = phrases[0] if phrases else None
    for i, t in enumerate(tokens):
        if t.lower == "may" and _is_month(tokens, i):
            continue  # "6 May 2016", "On 13 May", "in May": the month
        if t.lower == "likely" and i > 0 and tokens[i - 1].lower in ("less", "more", "most", "least", "as", "un"):
            continue  # "less likely to develop symptoms": a comparison of risks, not a hedge
        if t.lower in HEDGE_WORDS or (t.lower.endswith("n't") and t.lower[:-3] in ("could", "may", "might")):
            if t.lower.endswith("n't") and not any(u.lower in ("independently", "verified") for u in tokens[i:]):
                continue
            if first is None or i < first[0]:
                first = (i, i + 1)
            break
    if first is None:
        return None
    return " ".join(t.text for t in tokens[first[0] : first[1]])


def _is_month(tokens: Sequence[Token], i: int) -> bool:
    """Whether "May" at ``i`` is the month: capitalised inside a sentence, or next to a number; a lower-case "may"
    before a lower-case word is the modal even after a number ("Drivers on the A456 may face delays", "Sales in 2025
    may fall")."""
    if tokens[i].text == "may" and i + 1 < len(tokens) and tokens[i + 1].is_word and tokens[i + 1].text.islower():
        return False
    near = [tokens[k].text for k in (i - 1, i + 1) if 0 <= k < len(tokens)]
    if any(x[:1].isdigit() for x in near):
        return True
    return tokens[i].text == "May" and i > 0 and tokens[i - 1].text not in '"“(' and tokens[i - 1].is_word


def find_link(doc: Document, tokens: Sequence[Token]) -> tuple[str | None, Span | None]:
    """The first causal or concessive connective and what it links to (up to the next comma or the clause end)."""
    hits = [(r, "causal") for r in match_phrases(tokens, _CAUSAL_INDEX)]
    hits += [(r, "concessive") for r in match_phrases(tokens, _CONCESSIVE_INDEX)]
    hits = [h for h in hits if not (h[0][0] > 0 and tokens[h[0][0] - 1].lower == "as" and h[1] == "concessive")]
    if not hits:
        return None, None
    (i, j), kind = min(hits)
    k = j
    while k < len(tokens) and tokens[k].text not in ',;:.!?—–()"“”':
        k += 1
    end = tokens[k - 1].end if k > j else tokens[j - 1].end
    return kind, doc.span(tokens[i].start, end)


def _ends_link(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` ends a linked phrase: punctuation, but not the full stop of an abbreviation glued to a
    one-letter word ("a 3 p.m. kickoff", "the U.S. market")."""
    if tokens[k].text not in ',;:.!?—–()"“”':
        return False
    prev = tokens[k - 1] if k else None
    return not (
        tokens[k].text == "."
        and prev is not None
        and prev.end == tokens[k].start
        and len(prev.text) == 1
        and prev.text.isalpha()
    )


def links(doc: Document, tokens: Sequence[Token]) -> list[tuple[str, int, int, list[str]]]:
    """Every causal/concessive connective in ``tokens`` (a cause ascribed in the passive, "was attributed to",
    "was largely a result of", among the causal ones; "in the face of" among the concessive): (kind, start, end,
    content lemmas of what it links to). A cause that describes the conceded thing ("despite the disruption caused by
    the strike", "despite delays due to the strike") is part of the concession, no link of its own."""
    out: list[tuple[str, int, int, list[str]]] = []
    for index, kind in ((_LINKED_CAUSE_INDEX, "causal"), (_LINKED_CONCESSION_INDEX, "concessive")):
        for i, j in match_phrases(tokens, index):
            if kind == "concessive" and i > 0 and tokens[i - 1].lower == "as":
                continue
            k = j
            while k < len(tokens) and not _ends_link(tokens, k):
                k += 1
            end = tokens[k - 1].end if k > j else tokens[j - 1].end
            out.append((kind, tokens[i].start, end, content_lemmas(tokens[j:k])))
    taken = {start for _kind, start, _end, _words in out}
    for i, j in _active_ascriptions(tokens):
        if tokens[i].start in taken:
            continue
        k = j
        while k < len(tokens) and not _ends_link(tokens, k):
            k += 1
        out.append(
            ("causal", tokens[i].start, tokens[k - 1].end if k > j else tokens[j - 1].end, content_lemmas(tokens[j:k]))
        )
    conceded = [(start, end) for kind, start, end, _words in out if kind == "concessive"]
    return sorted(
        (x for x in out if not (x[0] == "causal" and _describes_conceded(doc, x[1], conceded))), key=lambda x: x[1]
    )


# A cause ascribed in the active voice, its effect between the verb and the particle: "Officials attributed the drop
# mainly to the road closure", "The union blames the delays on staff cuts".
_ACTIVE_ASCRIBERS = {
    **{f"attribute{e}": "to" for e in ("", "s", "d")},
    "attributing": "to",
    **{f"ascribe{e}": "to" for e in ("", "s", "d")},
    **{verb: "on" for verb in ("blame", "blames", "blamed", "blaming")},
}
_ASCRIBED_EFFECT_WORDS = 7  # at most this many words between the verb and its particle ("the decline mainly")


def _active_ascriptions(tokens: Sequence[Token]) -> Iterator[tuple[int, int]]:
    """Token ranges (verb, past the particle) of a cause ascribed in the active voice: "attributed the decline mainly
    to", "blames the delays on". The effect named between them must be a noun phrase (it opens with a determiner or
    a noun, never the particle itself: "was attributed to" is the passive connective), with no punctuation or verb of
    a second clause in it."""
    for i, t in enumerate(tokens):
        particle = _ACTIVE_ASCRIBERS.get(t.lower)
        if particle is None or i + 1 >= len(tokens) or tokens[i + 1].lower == particle:
            continue
        for j in range(i + 2, min(len(tokens), i + 2 + _ASCRIBED_EFFECT_WORDS)):
            word = tokens[j]
            if not (word.is_word or word.text[:1].isdigit() or word.text == "%"):
                break
            if word.lower in ("that", "which", "who", "and", "but", "because"):
                break
            if word.lower == particle:
                if any(not u.lower.endswith("ly") for u in tokens[i + 1 : j]):
                    yield i, j + 1  # a noun phrase between ("which the force attributes partly to": none, no link)
                break


# Causal connectives that describe the noun before them ("the disruption caused by the strike", "delays due to it").
_NOUN_CAUSES = frozenset(
    {"caused", "driven", "due", "brought", "triggered", "prompted", "sparked", "fuelled", "fueled"}
)


def _describes_conceded(doc: Document, start: int, conceded: list[tuple[int, int]]) -> bool:
    """Whether a causal link starting at ``start`` with a participle or "due" lies inside a concessive link's phrase:
    it describes the conceded thing ("despite the disruption caused by the strike")."""
    head = doc.text[start:].split(maxsplit=1)[0].lower() if doc.text[start:].strip() else ""
    return head in _NOUN_CAUSES and any(c_start < start < c_end for c_start, c_end in conceded)


__all__ = [
    "DETERMINERS",
    "METONYMS",
    "Token",
    "actor_name",
    "attribution_applies",
    "clause_bounds",
    "content_lemmas",
    "extract_assertions",
    "find_attribution",
    "find_hedge",
    "find_phrases",
    "is_verb",
    "lemma_set",
    "links",
    "match_phrases",
    "may_be_noun",
    "negated_at",
    "negation_count",
    "phrase_index",
    "primary_lemma",
    "stem",
    "text_lemmas",
    "that_governor",
    "token_words",
    "tokenize",
    "verb_polarities",
]
