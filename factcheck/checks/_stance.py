"""Stance mentions shared by the ``stance`` and ``stance-conflict`` checks.

A stance mention is an actor taking a position on something: "Ukraine has already agreed to the ceasefire"
(accepted), "Kyiv has remained silent on whether it will accept" (undecided), "Moscow rejected the plan" (rejected).
Phrases are matched on lemmas ("agree" matches "agreed", "agrees", "has already agreed"), with auxiliaries and
adverbs allowed between their words. A phrase is not a stance when it is a goal or a condition ("to persuade Putin to
sign", "ready to agree", "whether it will accept", "if Russia agrees"), a prediction ("Putin will probably agree"),
or a question, nor is a verb a particle turns into a retreat ("backed down", "backed out of"): "backed the plan", like
"endorsed", is an acceptance. A negated acceptance ("has not agreed to") counts as the class ``negated_as`` maps it to.
An open question is composed rather than listed: a negation, "yet to", "still to", "declined to" or "refused to", then
a verb of saying or deciding, then "whether" or "if" ("has yet to say whether", "has not confirmed if", "declined to
say whether": undecided, not a refusal). The actor is the name right before the phrase, or a name with a common noun
as its head ("The GMB union has …", "the Acme company said …"). A phrase embedded under a verb of voting, deciding,
urging or refusing is the stance that verb's subject takes (:func:`embedded_stance`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial

from factcheck.align import one_story_or_brief
from factcheck.checks._common import Verdict, fail
from factcheck.checks._rewrite import shared_tokens
from factcheck.extract.assertions import (
    REPORTING_VERBS,
    STOPWORDS,
    Attribution,
    Token,
    actor_name,
    attribution_applies,
    clause_bounds,
    find_attribution,
    is_verb,
    lemma_set,
    primary_lemma,
    token_words,
)
from factcheck.extract.dates import WEEKDAY_NAMES
from factcheck.extract.entities import is_demonym, tables
from factcheck.extract.sentences import reading_text
from factcheck.facts import FactBase
from factcheck.models import Document, EntityMention, Span

_GAP = frozenset(
    [
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "been",
        "be",
        "being",
        "do",
        "does",
        "did",
        "already",
        "also",
        "now",
        "still",
        "yet",
        "formally",
        "officially",
        "publicly",
        "so",
        "far",
        "reportedly",
        "tentatively",
        "finally",
        "quickly",
        "fully",
        "swiftly",
    ]
)
_NEG = frozenset({"not", "never", "n't", "no", "cannot"})
# Words between a subject and its verb that say how or by how many it took the stance ("both supported",
# "unanimously rejected"), and asides set off by commas ("Jubaland, however, rejected …").
_SUBJECT_ADVERBS = frozenset(
    {"both", "all", "each", "jointly", "unanimously", "strongly", "firmly", "narrowly", "overwhelmingly", "too"}
)
_ASIDES = frozenset({"however", "too", "meanwhile", "though", "nevertheless", "instead"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "'ll", "shall"})
_CONDITION = frozenset({"whether", "if", "unless", "once", "when"})
_PREPOSITIONS = frozenset({"for", "of", "about", "before", "after", "without", "from", "by", "to", "on", "in"})
_TEMPORAL_SHIFT = frozenset(
    {"initially", "originally", "previously", "formerly", "eventually", "later", "subsequently"}
)
# A particle that turns a stance verb into a retreat ("backed down", "backed away from", "backed out of", "backed off").
_TURNING_PARTICLES = frozenset({"down", "away", "out", "off"})
# Verbs "back" follows as a particle ("come back", "report back", "scale back"), no stance.
_BEFORE_BACK = frozenset(
    {"come", "go", "bring", "get", "send", "report", "look", "hold", "scale", "pull", "roll", "cut", "fight", "call",
     "pay", "give", "step", "sit", "turn", "put", "set", "write", "answer", "talk", "push", "head", "fall", "win"}
)  # fmt: skip
_EPISTEMIC = frozenset({"probably", "likely", "possibly", "perhaps", "reportedly", "allegedly", "apparently"})
_STOP_AT = frozenset(',;:.!?()"“”')
_SYNONYMS = {"truce": "ceasefire", "cease-fire": "ceasefire", "armistice": "ceasefire"}
GENERIC_TOPIC = frozenset(
    [
        "proposal",
        "propose",
        "proposed",
        "term",
        "plan",
        "deal",
        "offer",
        "agreement",
        "idea",
        "request",
        "call",
        "claim",
        "report",
        "statement",
        "demand",
        "condition",
        "initiative",
        "part",
        "issue",
        "matter",
        "question",
        "way",
        "day",
        "week",
        "month",
        "year",
        "time",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "back",
        "thing",
        "anything",
        "something",
        "accept",
        "agree",
        "reject",
        "earlier",
    ]
)

# An open question, composed: a negation or a "yet to" (… or "declined to") + a verb of saying or deciding + "whether"
# or "if" ("has yet to say whether", "has not confirmed if", "declined to say whether", "has still to decide whether").
_NOT_YET = ("not", "never", "yet to", "still to", "decline to", "refuse to")
_SAYING_OR_DECIDING = (
    "say", "decide", "confirm", "indicate", "announce", "disclose", "reveal", "state", "signal", "comment on",
    "make clear",
)  # fmt: skip
OPEN_QUESTIONS = [f"{neg} {verb} {q}" for neg in _NOT_YET for verb in _SAYING_OR_DECIDING for q in ("whether", "if")]

# Verbs that state a position by its noun ("indicated its opposition to", "expressed support for").
_STATING = ("indicate", "express", "voice", "declare", "signal")
_WHOSE = ("", "its ", "their ", "his ", "her ")
# Verbs that give a stance by its noun ("gave its backing to", "lent its support to").
_GIVING = ("give", "lend", "pledge")
# Verbs of an act done for or against a matter: "wrote in support of", "argued against", "lobbied in favour of".
_ADVOCATING_ACTS = ("speak", "write", "argue", "campaign", "lobby", "testify", "petition")
# A phrase's object between a verb and its particle ("turn … down" matches "turned the scheme down"): up to four
# words, no punctuation.
_OBJECT_GAP = "…"
_OBJECT_GAP_WORDS = 4


_OBJECT_OPENERS = ("the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "any")
# A matter that holds a party's stance by its noun, the holder after "of" ("The proposal had the backing of the city
# council", "the plan won the support of the union"): the holder is the actor, as a passive's agent is.
HELD_BY = tuple(
    f"{verb} the {noun} of"
    for verb in ("have", "win", "receive", "enjoy", "gain", "secure")
    for noun in ("backing", "support", "endorsement")
)
DEFAULT_STANCES: dict[str, list[str]] = {
    # "has signed off on the plan": approved it
    "accepted": ["agree", "accept", "approve", "endorse", "back", "confirm", "sign on to", "sign off on"],
    "undecided": [
        *OPEN_QUESTIONS,
        "remain silent on whether",
        "remain silent on",
        "remain silent about",
        "yet to respond",
        "yet to decide",
        "yet to accept",
        "not respond",
        "decline to comment",
        "remain undecided",
        "remain noncommittal",
        # "has not yet formed a position on the proposed alignment", "is yet to take a view on"
        *(
            f"{neg} {verb} a {what}"
            for neg in ("not yet", "yet to")
            for verb in ("form", "take")
            for what in ("position", "view")
        ),
    ],
    # "declined the offer" (an object after it; "declined to comment" is undecided, "prices declined" no stance)
    "rejected": [
        "reject",
        "refuse",
        "deny",
        "rule out",
        "turn down",
        # the object before the particle: "urged colleagues to turn the scheme down", "voted the motion down"
        f"turn {_OBJECT_GAP} down",
        f"vote {_OBJECT_GAP} down",
        "dismiss",
        *(f"decline {d}" for d in _OBJECT_OPENERS),
        # "expressed its rejection of the relocation"
        *(f"{verb} {whose}rejection of" for verb in _STATING for whose in _WHOSE),
    ],
    "supported": [
        "support",
        "welcome",
        "be in favour of",
        "be in favor of",
        "vote for",
        # "Director Kwan also voted yes": a vote cast for the motion
        "vote yes",
        "vote aye",
        "vote in favour of",
        "vote in favor of",
        # "spoke in support of the budget", "had written in support of the scheme", "argued in favour of the plan": a
        # word or an act for the matter ("has come out in favour of the plan")
        *(f"{verb} in {what}" for verb in _ADVOCATING_ACTS for what in ("support of", "favour of", "favor of")),
        *(f"come out in {what}" for what in ("favour of", "favor of", "support of")),
        *(f"{verb} {whose}support for" for verb in _STATING for whose in _WHOSE),
        # a stance given or stated by its noun: "gave its backing to the relocation", "lent its support to the plan",
        # "expressed its endorsement of", "threw its weight behind the plan"
        *(
            f"{verb} {whose}{noun}"
            for verb in (*_GIVING, *_STATING)
            for whose in _WHOSE
            for noun in ("backing to", "backing for", "endorsement of", "endorsement to")
        ),
        *(f"{verb} {whose}support to" for verb in _GIVING for whose in _WHOSE),
        *HELD_BY,
        # an act for the matter, its object opening after "for" ("argued for the new rosters", "lobbied for a levy";
        # not "argued for years", "campaigned for 20 years")
        *(f"{verb} for {d}" for verb in _ADVOCATING_ACTS if verb != "testify" for d in _OBJECT_OPENERS),
        *(f"throw {whose}weight behind" for whose in _WHOSE),
        # an adviser's or a body's advice for the matter: "recommended in favour of the deal", "recommended
        # acceptance of the offer"
        *(f"recommend {what}" for what in ("in favour of", "in favor of", "acceptance of", "approval of")),
    ],
    "opposed": [
        "oppose",
        "object to",
        # "The residents' group objected, saying …", "The union objected on the grounds that …": objected to the matter
        *(f"object {after}" for after in (",", ".", ";", "on the grounds", "in writing", "strongly")),
        "vote against",
        "vote no",
        "vote nay",
        # "Ms Rowe was against it", "Cllr Pyke was against the delay"
        "be against",
        *(f"{verb} against" for verb in _ADVOCATING_ACTS if verb != "testify"),  # "testified against" a defendant
        *(f"{verb} in opposition to" for verb in _ADVOCATING_ACTS),  # "spoke in opposition to the increase"
        # "the adviser recommended against the merger", "recommended rejection of the offer"
        "recommend against",
        "recommend rejection of",
        "push back on",
        "push back against",
        "come out against",
        "speak out against",
        # a position stated with its noun: "has indicated its opposition to the proposal"
        *(f"{verb} {whose}opposition to" for verb in _STATING for whose in _WHOSE),
        *(f"{verb} {whose}objection to" for verb in _STATING for whose in _WHOSE),
    ],
    # criticism contradicts support ("welcomed the offer" / "criticised the offer"), not a grudging acceptance
    "criticised": ["criticise", "criticize", "condemn"],
}
# Pairs of stance classes that contradict each other for one actor and topic.
DEFAULT_CONFLICTS: list[tuple[str, str]] = [
    ("accepted", "undecided"),
    ("accepted", "rejected"),
    ("supported", "opposed"),
    ("supported", "rejected"),
    ("accepted", "opposed"),
    ("supported", "criticised"),
]


@dataclass(frozen=True)
class Phrase:
    words: tuple[frozenset[str], ...]
    text: str


def compile_phrases(stances: Mapping[str, Sequence[str]]) -> tuple[tuple[str, Phrase], ...]:
    """(class, phrase) pairs, longest phrases first so "remain silent on whether" wins over "remain silent on" (made
    once per distinct table: a rule's table is compiled again on every run, a draft check's included)."""
    return _compiled(tuple((cls, tuple(phrases)) for cls, phrases in stances.items()))


@lru_cache(maxsize=64)
def _compiled(stances: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[str, Phrase], ...]:
    out = []
    for cls, phrases in stances:
        for p in phrases:
            words = tuple(frozenset() if w == _OBJECT_GAP else lemma_set(w.lower()) for w in p.split())
            if words:
                out.append((cls, Phrase(words, p)))
    return tuple(sorted(out, key=lambda cp: -len(cp[1].words)))


@dataclass(frozen=True)
class StanceMention:
    document: str
    sentence: int
    actor: str
    stance: str
    phrase: str
    span: Span
    """The phrase as written (from its first to its last word)."""
    clause: Span
    statement: Span
    """From the actor as written (when it precedes the phrase) to the end of the clause: what the message quotes."""
    topic: frozenset[str]
    words: frozenset[str]
    """Content lemmas of the whole sentence (for rules that name topic words)."""
    attribution: str | None
    attribution_span: Span | None
    temporal_shift: bool
    resolved: bool = False
    """The actor is not named before the phrase but resolved: an organisation's common noun ("the company
    confirmed") to the organisation named last, or the unwritten subject of a second verb ("X said …, but denied")
    to the sentence's subject. Such a mention conflicts only with the sentence it restates."""
    candidates: tuple[str, ...] = ()
    """For a resolved common noun, every name it may refer back to (the actor is the last of them)."""
    as_written: bool = False
    """The actor is its subject as written, no name read in it (:func:`_written_subject`)."""
    recorded_vote: bool = False
    """A member a written record lists as voting for or against a motion (:mod:`factcheck.checks._votes`)."""


def _auxiliary(tokens: Sequence[Token], j: int) -> bool:
    """Whether token ``j`` stands between a subject and its stance verb: an auxiliary, an adverb of the gap, a
    negation, or "can"/"could" refusing it ("could not support")."""
    t = tokens[j].lower
    if t in _GAP or t in _NEG or t in _SUBJECT_ADVERBS or t.endswith("n't"):
        return True
    return t in ("can", "could") and j + 1 < len(tokens) and tokens[j + 1].lower == "not"


def _match(tokens: Sequence[Token], i: int, phrase: Phrase) -> int:
    """End token index of ``phrase`` matched at ``i`` (0 if it does not match)."""
    j = i
    for k, lemmas in enumerate(phrase.words):
        if not lemmas:  # the object gap: the next word of the phrase closes it
            particle = phrase.words[k + 1]
            end = j
            while end < len(tokens) and end - j < _OBJECT_GAP_WORDS and tokens[end].is_word:
                if tokens[end].lemmas & particle:
                    break
                end += 1
            if end == j or end >= len(tokens) or not (tokens[end].lemmas & particle):
                return 0
            j = end
            continue
        if k > 0 and phrase.words[k - 1]:
            gaps = 0
            while j < len(tokens) and tokens[j].lower in _GAP and not (tokens[j].lemmas & lemmas) and gaps < 3:
                j += 1
                gaps += 1
        if j >= len(tokens) or not (tokens[j].lemmas & lemmas):
            return 0
        j += 1
    return j


def _clause_start(tokens: Sequence[Token], i: int) -> int:
    j = i
    while j > 0 and tokens[j - 1].text not in ";" and tokens[j - 1].lower not in ("but", "while", "although"):
        j -= 1
    return j


def _clause_end(tokens: Sequence[Token], j: int) -> int:
    k = j
    while k < len(tokens) and tokens[k].lower not in ("but", "while"):
        if tokens[k].text in ";!?" or (
            tokens[k].text == "." and (k + 1 == len(tokens) or tokens[k + 1].start > tokens[k].end)
        ):
            break
        k += 1
    return k


def _topic(tokens: Sequence[Token], lemmas: Sequence[str]) -> frozenset[str]:
    out = set()
    for t in tokens:
        if not t.is_word or len(t.text) < 3 or t.lower in STOPWORDS:
            continue
        lemma = primary_lemma(t.lower)
        lemma = _SYNONYMS.get(lemma, lemma)
        if lemma not in GENERIC_TOPIC and lemma not in lemmas:
            out.add(lemma)
    return frozenset(out)


def _actors_before(
    tokens: Sequence[Token], i: int, entities: Sequence[EntityMention]
) -> tuple[list[EntityMention], int]:
    """Entity mentions that are the subject just before token ``i`` ("Washington and Kyiv agreed", "The GMB union
    has …": a name with a common noun as its head), and where."""
    j = _subject_at(tokens, i)
    j = _before_relative(tokens, j, entities)
    j = _before_day(tokens, j)
    if j >= 2 and tokens[j].lower in ("who", "which") and tokens[j - 1].text == ",":
        # the subject of a relative clause: "Mr Bhatti, who had accepted the results", also after an appositive
        # ("Harlow Estates, the chain's largest landlord, which has said …")
        after_appositive = _before_relative(tokens, j - 1, entities)
        j = after_appositive if after_appositive != j - 1 else j - 2
    j = _before_acronym(tokens, j) if not _place_tail_acronym(tokens, j, entities) else j - 1
    if j >= 1 and tokens[j].lower in _ORGANISATION_NOUNS | _NAMED_HEADS and _in_entity(tokens[j - 1], entities):
        j -= 1  # a name and its common noun: "The GMB union has …", "the Acme company said"
    found: list[EntityMention] = []
    listed = False
    while j >= 0:
        e = next((e for e in entities if e.span.start <= tokens[j].start < e.span.end), None)
        if e is None:
            break
        found.insert(0, e)
        while j >= 0 and tokens[j].start >= e.span.start:
            j -= 1
        k = _before_listed_name(tokens, j)  # "Mr Stroud and Ms Pike voted against", "Ms Rowe and the Greens …"
        if k >= 0 and (tokens[k].lower in ("and", "&") or (tokens[k].text == "," and listed)):
            listed = True  # "Dana Whitfield, Erik Brandt and Naomi Osei voted against"
            j = k - 1
            continue
        break
    if not found and j >= 1 and tokens[j].text == "," and i - 1 == j:
        # an appositive name: "The third union, FIOM, rejected …"
        e = next((e for e in entities if e.span.start <= tokens[j - 1].start < e.span.end), None)
        k = j - 1
        while e is not None and k >= 0 and tokens[k].start >= e.span.start:
            k -= 1
        if e is not None and _apposition_opens(tokens, k):
            return [e], k + 1
        if e is not None and (speaker := _representing(tokens, k, entities)) is not None:
            return [speaker, e], _entity_start(tokens, speaker)
    return found, j + 1


_ON_BEHALF = (("on", "behalf", "of"), ("representing",), ("speaking", "for"))


def _representing(tokens: Sequence[Token], k: int, entities: Sequence[EntityMention]) -> EntityMention | None:
    """The speaker named before an aside ending at token ``k`` that names whom they speak for ("Ms Farah Oduya, on
    behalf of the Guelph Community Safety Coalition, spoke …"): both hold the stance; None if no such aside."""
    if k >= 0 and tokens[k].lower == "the":
        k -= 1
    for words in _ON_BEHALF:
        n = len(words)
        if k - n >= 1 and tuple(t.lower for t in tokens[k - n + 1 : k + 1]) == words and tokens[k - n].text == ",":
            return next((e for e in entities if e.span.start <= tokens[k - n - 1].start < e.span.end), None)
    return None


def _entity_start(tokens: Sequence[Token], e: EntityMention) -> int:
    """The index of the first token of entity mention ``e``."""
    return next(k for k, t in enumerate(tokens) if t.start >= e.span.start)


def _before_title(tokens: Sequence[Token], k: int) -> int:
    """Where the token before a person's titles ending at ``k`` stands ("Cllr", "Coun.", "Dr"), ``k`` if none."""
    titles = person_titles()
    while k >= 1:
        if tokens[k].text == "." and f"{tokens[k - 1].lower}." in titles:
            k -= 2
        elif tokens[k].lower in titles or f"{tokens[k].lower}." in titles:
            k -= 1
        else:
            break
    return k


def _apposition_opens(tokens: Sequence[Token], k: int) -> bool:
    """Whether an appositive name opens after token ``k``: after its comma, its article ("The players' association,
    the SLCA, accepted …"), "known as" / "called" ("The environment agency, known as DLH, approved …") or a person's
    title ("The Portfolio Holder for Finance, Cllr Ridley, said …")."""
    k = _before_title(tokens, k)
    if k >= 1 and tokens[k].lower in ("the", "called"):
        k -= 1
    elif k >= 2 and tokens[k].lower == "as" and tokens[k - 1].lower == "known":
        k -= 2
    return k >= 0 and tokens[k].text == ","


_WEEKDAYS = frozenset(w.lower() for w in WEEKDAY_NAMES)


def _participle_aside(tokens: Sequence[Token], start: int) -> bool:
    """Whether an attribution is a participle after a comma ("rejected a proposal by several lawmakers, stating that
    …", "…, saying it …"): the subject of the sentence explains its own stance, whatever name stands nearer."""
    k = next((k for k, t in enumerate(tokens) if t.start == start), None)
    return k is not None and k > 0 and tokens[k].lower in _SAYING and tokens[k - 1].text == ","


def _possessed_participle(tokens: Sequence[Token], end: int) -> bool:
    """Whether an attribution's verb follows a possessive ("the ferry's estimated $6.2-million cost"): a noun
    phrase's modifier, no one's report."""
    k = next((k for k, t in enumerate(tokens) if t.end == end), None)
    return k is not None and k > 0 and tokens[k - 1].lower.endswith(("'s", "’s"))


# The participles of speaking with which a subject explains itself ("…, saying …"; not "…, according to …").
_SAYING = frozenset({"saying", "stating", "adding", "explaining", "arguing", "noting", "insisting", "citing"})


_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})


def _before_day(tokens: Sequence[Token], j: int) -> int:
    """Where the words before a day a stance is dated by end ("which on Tuesday welcomed", "who yesterday rejected",
    "who on Saturday night opposed", "which last night rejected"): the day is no part of the subject."""
    if j >= 1 and tokens[j].lower in _DAY_PARTS and (tokens[j - 1].lower in _WEEKDAYS or tokens[j - 1].lower == "last"):
        j -= 1  # "on Saturday night", "last night"
        if tokens[j].lower == "last":
            return j - 1
    if j >= 0 and tokens[j].lower in ("yesterday", "today"):
        return j - 1
    if j >= 1 and tokens[j].lower in _WEEKDAYS and tokens[j - 1].lower == "on":
        return j - 2
    return j


def _before_acronym(tokens: Sequence[Token], j: int) -> int:
    """Where a name ends before the acronym it is given in brackets ("the Manufacturers Association of Nigeria (MAN)
    has opposed …"): the bracket is the same actor's short name, no break in the subject."""
    if j >= 3 and tokens[j].text == ")" and tokens[j - 2].text == "(" and tokens[j - 1].text[:1].isupper():
        return j - 3  # (an acronym, "(MAN)", or a short name, "(Namfrel)")
    if _slashed_tag(tokens, j):
        return j - 5  # a tag of the places it serves, "the Aboriginal Legal Service (NSW/ACT) rejected …"
    return _before_bracketed_role(tokens, j)


_BRACKETED_WORDS = 5


def _before_bracketed_role(tokens: Sequence[Token], j: int) -> int:
    """Where a name ends before a bracketed aside of a few words and no verb ("Cllr Jan Whitford (Independent group
    leader) said …", "Dr Ames (Aberdeen) voted against"), or ``j``."""
    if tokens[j].text != ")":
        return j
    for k in range(j - 1, max(0, j - _BRACKETED_WORDS - 2), -1):
        if tokens[k].text == "(":
            inside = range(k + 1, j)
            plain = all(tokens[x].is_word or tokens[x].text in ",-" for x in inside)
            return k - 1 if k < j - 1 and plain and not any(is_verb(tokens, x) == 2 for x in inside) else j
    return j


def _slashed_tag(tokens: Sequence[Token], j: int) -> bool:
    """Whether a bracket of two capitalised words joined by a slash ends at token ``j`` ("(NSW/ACT)")."""
    if j < 5 or tokens[j].text != ")" or tokens[j - 2].text != "/" or tokens[j - 4].text != "(":
        return False
    return tokens[j - 1].text[:1].isupper() and tokens[j - 3].text[:1].isupper()


def _place_tail_acronym(tokens: Sequence[Token], j: int, entities: Sequence[EntityMention]) -> bool:
    """Whether the short name in brackets ending at token ``j`` belongs to a longer name that ends in a place, not to
    the place ("the Association des médecins urgentistes de France (AMUF)", where only "France" is read as a name):
    the short name is then the actor."""
    if _before_acronym(tokens, j) == j:
        return False
    place = next((e for e in entities if e.span.start <= tokens[j - 3].start < e.span.end), None)
    return place is not None and place.kind == "place" and not _abbreviates(tokens[j - 1].text, place.span.text)


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is ``name``'s initials or its opening ("US" of "United States", "Namfrel" of none)."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return short.upper() == initials.upper() or name.lower().startswith(short.lower())


# A short name given in brackets right after a name: "the National Democratic Congress (NDC)", "(Namfrel)".
_SHORT_NAME = re.compile(r"[ \t]*\([ \t]*(?P<short>[A-Z][\w&-]{1,11})[ \t]*\)")


def short_names(facts: FactBase) -> dict[str, str]:
    """Each name of the run given a short name in brackets ("the National Democratic Congress (NDC)", "(Namfrel)"),
    and each such short name, lowercased, with the name in full: one actor, whichever of the two a document writes
    ("the SLCA, accepted …" is the Sri Lanka Cricketers' Association). A short name given to two names is left as it
    is."""
    full: dict[str, set[str]] = {}
    for doc, ex in facts.all():
        text = reading_text(doc)
        for e in ex.entities:
            m = _SHORT_NAME.match(text, e.span.end)
            if m and m.group("short").lower() != e.span.text.lower():
                if e.kind == "place" and not _abbreviates(m.group("short"), e.span.text):
                    continue  # the short name of a longer name ending in the place ("… de France (AMUF)")
                name = bare_name(actor_name(e))
                full.setdefault(m.group("short").lower(), set()).add(name)
                full.setdefault(bare_name(e.span.text).lower(), set()).add(name)
    return {key: names.pop() for key, names in full.items() if len(names) == 1}


# Common nouns that follow a name as its head besides an organisation's ("the Kestrel family", "the Delta airline").
_NAMED_HEADS = frozenset({"family", "party", "campaign", "team", "alliance", "coalition", "federation", "association"})


# A company's legal form after its name ("Asahi Seiko Co.", "Nordwerk Elektrik AG"): the same actor without it.
_LEGAL_FORMS = frozenset(
    {"co", "corp", "inc", "ltd", "plc", "llc", "ag", "sa", "se", "gmbh", "nv", "bv", "spa", "ab", "asa", "oyj", "kk"}
)


def bare_name(name: str) -> str:
    """A name without the titles and bodies written before it as one capitalised run ("Council Members Dana
    Whitfield", "Mr Bhatti", "Police Chief Ann Roe" → "Dana Whitfield", "Bhatti", "Ann Roe"), nor a company's legal
    form after it ("Asahi Seiko Co." → "Asahi Seiko"); the name as it is when nothing named would remain ("Council
    Leader", "Ministry of Health")."""
    words = name.split()
    if len(words) > 1 and words[-1].rstrip(".").lower() in _LEGAL_FORMS:
        words = words[:-1]
        name = " ".join(words)
    t = tables()
    k = 0
    while k < len(words) - 1 and words[k].lower() in t.titles | t.org_words | _MEMBERS and words[k + 1][:1].isupper():
        k += 1
    if k and words[k].lower() not in t.titles | t.org_words | _MEMBERS:
        return " ".join(words[k:])
    return _after_affiliation(words) or name


# A legislator's title by its initials ("MP", "MEP", "MSP", "TD"), lowercased.
_LEGISLATORS = frozenset({"mp", "mep", "msp", "ms", "mla", "mpp", "mna", "td", "mhk", "mk"})


def group_of_members(word: str) -> bool:
    """Whether a word is a role in the plural ("MPs", "Councillors", "Trustees"): a group, no one's name."""
    w = word.lower()
    return len(w) > 2 and w.endswith("s") and w[:-1] in person_titles() | _LEGISLATORS


def _after_affiliation(words: Sequence[str]) -> str:
    """A person's name after a party or group and a title ("Bloc Québécois MP Luc Dufresne", "Labour councillor
    Ann Lee" → "Luc Dufresne", "Ann Lee"): the capitalised words after the last title, two or more of them, none a
    title or an organisation's word; empty when there are none."""
    t = tables()
    roles = t.titles | _MEMBERS | _LEGISLATORS
    last = max((k for k, w in enumerate(words[:-2]) if w.lower() in roles), default=-1)
    rest = words[last + 1 :]
    if last < 0 or not all(w[:1].isupper() and w.lower() not in roles | t.org_words for w in rest):
        return ""
    return " ".join(rest)


# Role words before a name that the entity table's titles lack.
_MEMBERS = frozenset(
    {
        "member", "members", "councillor", "councillors", "councilor", "councilors", "councilman", "councilwoman",
        "trustee", "trustees", "cllr", "cllrs", "cr", "cr.", "crs", "coun.", "supervisor", "supervisors", "alderman",
        "alderwoman", "aldermen", "selectman", "selectwoman",
    }
)  # fmt: skip


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """Titles and roles written before a person's name ("Cllr", "Ms", "Trustee"), lowercased."""
    return frozenset(tables().titles | _MEMBERS)


def _before_listed_name(tokens: Sequence[Token], j: int) -> int:
    """The token before the title ("Ms", "Dr.") or "the" that opens a listed name ending before token ``j + 1``."""
    if j >= 2 and tokens[j].text == "." and _is_title(tokens[j - 1]):
        return j - 2
    return j - 1 if j >= 1 and (_is_title(tokens[j]) or tokens[j].lower == "the") else j


def _is_title(token: Token) -> bool:
    """Whether a token is a title or role written before a person's name ("Ms", "Cllr", "Dr.")."""
    return token.lower in person_titles() or token.lower + "." in person_titles()


def _same_actor(source: str, actor: str) -> bool:
    """Whether an attribution's source is the actor itself, by its name or its name and common noun ("Transit
    Workers union" for "Transit Workers"), titles aside ("Mr Bhatti" for "Bhatti", "WA Police Commissioner Col
    Blanch" for "Col Blanch")."""
    words, own = bare_name(source).lower().split(), actor.lower().split()
    return (
        words == own
        or (words[: len(own)] == own and all(w in _ORGANISATION_NOUNS | _NAMED_HEADS for w in words[len(own) :]))
        or (
            len(own) > 1 and words[-len(own) :] == own
        )  # a full name after its titles ("WA Police Commissioner Col Blanch")
    )


def _in_entity(token: Token, entities: Sequence[EntityMention]) -> bool:
    return any(e.span.start <= token.start < e.span.end for e in entities)


def _before_relative(tokens: Sequence[Token], j: int, entities: Sequence[EntityMention] = ()) -> int:
    """Where the subject ends when a non-restrictive relative clause closes at ``j`` ("The Dockers' Union, which
    represents 9,000 workers, rejected …": the token before ", which"), or an appositive after a name ("Asahi Seiko
    Co., the supplier that made the pumps, has accepted …": a determiner opens it, a name ends before it); else
    ``j``."""
    if j < 3 or tokens[j].text != ",":
        return j
    k = _segment_open(tokens, j)
    if tokens[k].text != "," or k + 1 >= j:
        return j
    # a relative clause may hold verbless asides of its own ("which controls 19.6 per cent, or about 12 million
    # shares, has accepted"): each is part of the clause
    opening, close = k, j
    for _aside in range(2):
        if tokens[opening + 1].lower in _RELATIVES or not _verbless(tokens, opening, close):
            break
        opening, close = _segment_open(tokens, opening), opening
    if tokens[opening].text == "," and tokens[opening + 1].lower in _RELATIVES:
        return opening - 1
    name_end = k - 2 if tokens[k - 1].text == "." else k - 1  # "Asahi Seiko Co.,": the abbreviation's stop
    # "Jenni Roe, president of the teachers' union, urged …": a role opens it as well as a determiner
    if tokens[k + 1].lower in ("the", "a", "an", *_VOICE_ROLES) and _in_entity(tokens[name_end], entities):
        return name_end
    return j


_RELATIVES = frozenset({"which", "who", "whose"})


def _segment_open(tokens: Sequence[Token], j: int) -> int:
    """The punctuation that opens the comma segment closing at ``j`` (at most 16 tokens back), or where the search
    stopped."""
    k = j - 1
    while k > 0 and j - k <= 16 and tokens[k].text not in ',;:.()"“”':
        k -= 1
    return k


def _verbless(tokens: Sequence[Token], opening: int, close: int) -> bool:
    """Whether the comma segment between ``opening`` and ``close`` has no verb ("or about 12 million shares")."""
    return tokens[opening].text == "," and not any(
        (is_verb(tokens, k) == 2 and tokens[k].lower != "including")
        or primary_lemma(tokens[k].lower) in REPORTING_VERBS
        for k in range(opening + 1, close)
    )


_SUBORDINATE = frozenset({"that", "which", "who", "whom", "whose", "when", "after", "before", "if", "as", "because"})
# Common nouns an organisation is referred back to by ("the company confirmed …").
_ORGANISATION_NOUNS = frozenset(
    {
        "company", "firm", "group", "ministry", "government", "council", "union", "club", "agency", "authority",
        "department", "commission", "regulator", "operator", "broadcaster", "airline", "bank", "insurer", "retailer",
        "carrier", "charity", "organisation", "organization", "provider", "manufacturer", "developer", "board",
    }
)  # fmt: skip


def _resolved_actor(
    tokens: Sequence[Token], i: int, entities: Sequence[EntityMention], document: Sequence[EntityMention], sentence: int
) -> tuple[EntityMention, int, tuple[str, ...]] | None:
    """The actor of a phrase at ``i`` with no name before it, and where its subject stands: "the company" (an
    organisation's common noun opening the clause) is the organisation named last in this or the previous sentence;
    the unwritten subject of a verb after ", but" / ", and" ("X said on Tuesday that …, but denied …") is the
    sentence's subject, a name opening it (after a dateline place and demonyms). Also every name a common noun may
    refer back to."""
    j = _subject_at(tokens, i)
    if _declared_intention(tokens, i):
        j -= 1  # "X has said it will back …": the subject stands before the modal
    own = _own_subject(tokens, j, entities)
    if own is not None:
        return own
    if j >= 1 and tokens[j].lower in _ORGANISATION_NOUNS and tokens[j - 1].lower == "the":
        if j >= 2 and tokens[j - 2].is_word and tokens[j - 2].lower not in ("and", "but", "while", "that"):
            return None  # "… of the company confirmed": not the clause's subject ("said that the agency …" is)
        named = [
            e
            for e in document
            if sentence - 1 <= e.sentence <= sentence
            and e.span.end <= tokens[j - 1].start
            and e.kind not in ("person", "place")
            and not is_demonym(e.name)
        ]
        titled = None if any(_holds_noun(e, tokens[j]) for e in named) else _titled_body(tokens[j], document, sentence)
        if titled is not None:
            return titled, j - 1, (bare_name(actor_name(titled)),)
        return (named[-1], j - 1, tuple(dict.fromkeys(bare_name(actor_name(e)) for e in named))) if named else None
    if j >= 1 and tokens[j].lower in ("but", "and") and tokens[j - 1].text == ",":
        for e in entities:
            if e.kind == "place" or is_demonym(e.name):
                continue
            before = [k for k, t in enumerate(tokens) if t.end <= e.span.start and t.is_word]
            if not any(is_verb(tokens, k) == 2 or tokens[k].lower in _SUBORDINATE for k in before):
                # only a dateline, a determiner and descriptive words before the name ("Australian telecoms
                # provider X said …"): it is the sentence's subject
                return e, next(k for k, t in enumerate(tokens) if t.start >= e.span.start), ()
            return None
    if j >= 1 and tokens[j].lower in ("but", "and"):
        return _coordinated_subject(tokens, j, entities)
    return None


def _titled_body(noun: Token, document: Sequence[EntityMention], sentence: int) -> EntityMention | None:
    """The organisation a capitalised common noun stands for when no name in its sentence or the one before holds the
    noun ("The Council rejected …" after "the Climate Accountability Council of Canada"): the last one named up to
    this sentence with that noun in its name, however far back; None for a noun in lower case ("the company": the
    organisation named last)."""
    if not noun.text[:1].isupper():
        return None
    holding = [
        e
        for e in document
        if e.sentence <= sentence and e.span.start < noun.start and e.kind not in ("person", "place")
        if _holds_noun(e, noun)
    ]
    return holding[-1] if holding else None


def _holds_noun(e: EntityMention, noun: Token) -> bool:
    """Whether the name of ``e`` has the common noun ``noun`` as one of its words ("Board of Directors": "board")."""
    return noun.lower in (w.lower() for w in e.name.split())


def _coordinated_subject(
    tokens: Sequence[Token], j: int, entities: Sequence[EntityMention]
) -> tuple[EntityMention, int, tuple[str, ...]] | None:
    """The unwritten subject of a verb after "and" / "but" at ``j`` with no comma ("X had considered the proposal
    and did not support it"): the name that is the subject of the verb it is joined to, the nearest verb before."""
    k = _joined_verb(tokens, j)
    if k is None:
        return None
    found, at = _actors_before(tokens, k, entities)
    return (found[0], at, ()) if len(found) == 1 and found[0].kind != "place" else None


def _joined_verb(tokens: Sequence[Token], j: int) -> int | None:
    """The verb that a verb after "and" / "but" at ``j`` with no comma is joined to (the nearest verb before it, in
    its clause), or None."""
    if j < 1 or tokens[j].lower not in ("and", "but"):
        return None
    k = j - 1
    while k > 0 and tokens[k].text not in ',;:()"“”' and tokens[k].lower not in _SUBORDINATE:
        if is_verb(tokens, k) == 2:
            return k
        k -= 1
    return None


# Common nouns for a body a story may never name ("the province", "the city", "the council"): a rewrite sentence and
# the source sentence it restates that give one of them a stance speak of the same body.
_BODY_NOUNS = _ORGANISATION_NOUNS | frozenset(
    {
        "province", "state", "city", "county", "municipality", "region", "administration", "cabinet", "parliament",
        "legislature", "committee", "employer", "landlord", "owner", "school", "hospital", "university", "court",
        "insurer", "league", "federation", "association", "trust",
    }
)  # fmt: skip


BODY_NOUNS = _BODY_NOUNS  # (for the checks that read stance mentions)

# Heads of a group named by common nouns alone that takes a stance as one ("the governing body voted against", "the
# appeals panel rejected", "the trustees backed"): its subject as written (:func:`_written_subject`).
_GROUP_HEADS = frozenset({"body", "panel", "governors", "trustees", "directors", "tribunal", "jury", "guild"})
# An office that decides alone, named by its role ("The judge rejected the council's argument", "the inspector
# accepted …"): its subject as written too.
_DECIDING_ROLES = frozenset({"judge", "coroner", "inspector", "magistrate", "sheriff", "ombudsman", "arbitrator"})


def _body_actor(doc: Document, tokens: Sequence[Token], i: int, sentence: int) -> tuple[EntityMention, int] | None:
    """The unnamed body that is the subject of a phrase at ``i`` ("the province has agreed", "…, but the city has not
    decided whether …"), as a mention named by its common noun ("the province"), and where it stands; None when the
    noun does not open its clause ("… of the province agreed")."""
    j = _subject_at(tokens, i)
    joined = _joined_verb(tokens, j)
    if joined is not None:  # "the Board had considered the proposal and had rejected it": the subject of "considered"
        j = _subject_at(tokens, joined)
    office = _office_of(tokens, j)
    if office is not None:
        return _common_noun_mention(doc, tokens, office, j, sentence), office
    j = _first_of_pair(tokens, j)
    if j < 1 or tokens[j].lower not in _BODY_NOUNS or tokens[j - 1].lower != "the":
        return None
    if j >= 2 and tokens[j - 2].is_word and tokens[j - 2].lower not in ("and", "but", "while", "whereas", "that"):
        return None  # "… of the province agreed": not the clause's subject ("stated that the board had …" is)
    return _common_noun_mention(doc, tokens, j - 1, j, sentence), j - 1


def _first_of_pair(tokens: Sequence[Token], j: int) -> int:
    """Where the first of two subjects in lower case joined by "and" stands, when it is a body's common noun after
    "the" ("The board and principal accepted …", "the council and the health board backed …": the board, the
    council, holds the stance; the second is read no further), else ``j``."""
    if not (tokens[j].is_word and tokens[j].text.islower()):
        return j
    k = j  # the second's words ("principal", "the health board", "the market manager")
    while k >= 1 and j - k < 2 and tokens[k - 1].is_word and tokens[k - 1].text.islower():
        if tokens[k - 1].lower in ("the", "and"):
            break
        k -= 1
    k = k - 1 if k >= 1 and tokens[k - 1].lower == "the" else k
    if k < 3 or tokens[k - 1].lower != "and":
        return j
    first = k - 2
    return first if tokens[first].lower in _BODY_NOUNS and tokens[first - 1].lower == "the" else j


_OFFICES = _BODY_NOUNS | frozenset({"office", "cabinet", "team", "spokesperson"})
_TITLE_WORDS = 4


def _office_of(tokens: Sequence[Token], j: int) -> int | None:
    """Where a title's office opens its clause ("The Head of Government's office rejected …", "…, but the Mayor's
    office backed …": "the", a capitalised title of up to four words, "'s", a body noun at ``j``): the body of the
    one office holder, named so in both sentences; None otherwise."""
    if j < 2 or tokens[j].lower not in _OFFICES or not tokens[j - 1].lower.endswith(("'s", "’s")):
        return None
    k = j - 1
    while k > 0 and j - k <= _TITLE_WORDS and (tokens[k].text[:1].isupper() or tokens[k].lower == "of"):
        if tokens[k - 1].lower == "the":
            opens = k - 1 == 0 or not tokens[k - 2].is_word or tokens[k - 2].lower in ("and", "but", "while")
            return k - 1 if opens and tokens[k].text[:1].isupper() else None
        k -= 1
    return None


def _common_noun_mention(doc: Document, tokens: Sequence[Token], at: int, noun: int, sentence: int) -> EntityMention:
    """A body named by its common noun ("the province", "the head of government's office"), written from token
    ``at`` to token ``noun``."""
    words = [t.lower.replace("’", "'") for t in tokens[at + 1 : noun + 1]]
    name = "the " + " ".join(words)
    span = doc.span(tokens[at].start, tokens[noun].end)
    return EntityMention(span=span, sentence=sentence, name=name, canonical=name, kind="organization")


def _pronoun_body(
    doc: Document, tokens: Sequence[Token], i: int, entities: Sequence[EntityMention], sentence: int
) -> tuple[EntityMention, int] | None:
    """The unnamed body a pronoun subject of a phrase at ``i`` refers back to: the sentence opens with the body by
    its common noun and names nothing else before the pronoun ("The board told members that at a meeting on Monday
    it rejected …": the board); with where the body stands."""
    j = _subject_at(tokens, i)
    if j < 3 or tokens[j].lower != "it" or tokens[0].lower != "the" or tokens[1].lower not in _BODY_NOUNS:
        return None
    if any(t.lower in ("it", "its", "which") or t.text in ";:" for t in tokens[2:j]) or (
        "that" not in (t.lower for t in tokens[2:j]) and _reporting_verb(tokens, j) is None
    ):
        return None  # the pronoun must be the subject of a clause the body reports ("… that it rejected", "said it")
    if any(e.span.start < tokens[j].start for e in entities):
        return None
    return _common_noun_mention(doc, tokens, 0, 1, sentence), 0


def _participle_holder(
    tokens: Sequence[Token], i: int, entities: Sequence[EntityMention]
) -> tuple[EntityMention, int] | None:
    """The holder of a stance given by a participle after a comma that follows a name introduced by "from" or "by"
    ("representations were received from the Oakfield Residents' Association, opposing the closure, and …", "a
    letter from Acme, supporting the bid"): what that name sent or said takes the stance; with where the name
    stands."""
    if i < 3 or not tokens[i].lower.endswith("ing") or tokens[i - 1].text != ",":
        return None
    e = next((e for e in entities if e.span.start <= tokens[i - 2].start < e.span.end), None)
    if e is None or e.kind == "place":
        return None
    k = next(k for k, t in enumerate(tokens) if t.start >= e.span.start)
    at = k
    if k >= 1 and tokens[k - 1].lower == "the":
        k -= 1
    return (e, at) if k >= 1 and tokens[k - 1].lower in ("from", "by") else None


_SUBJECT_WORDS = 6
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})


_CLAUSE_OPENERS = frozenset({"but", "while", "whereas"})


def _written_subject(doc: Document, tokens: Sequence[Token], i: int, sentence: int) -> tuple[EntityMention, int] | None:
    """The subject of a phrase at ``i`` as written when no name is read in it ("The Coordination rurale rejected
    …", "Jubaland's regional administration, however, rejected …"): a noun phrase of up to six words opening its
    sentence or a clause after a conjunction, no pronoun, list or verb in it, the verb not a passive's; named by its
    words lowercased, without an opening article. Compared only with the sentence it restates."""
    j = _subject_at(tokens, i)
    if j < 0 or (any(t.lower in _BE for t in tokens[j + 1 : i]) and tokens[i].lower.endswith("ed")):
        return None  # "The plan was rejected": the subject is what the stance is on
    k = j
    while k >= 0 and j - k < _SUBJECT_WORDS and (tokens[k].is_word or tokens[k].text in ("'", "’")):
        if tokens[k].lower in _CLAUSE_OPENERS:
            break  # the conjunction opens the clause, no word of its subject (", but the management rejected it")
        t = tokens[k]
        if t.lower in _PRONOUNS or t.lower in ("and", "or", "who", "which", "that"):
            return None
        if is_verb(tokens, k) == 2 and not _modifying_participle(tokens, k, j):
            return None
        k -= 1
    opens = k < 0 or tokens[k].text in ",;:" or tokens[k].lower in _CLAUSE_OPENERS
    first = k + 1 + (tokens[k + 1].lower in ("the", "a", "an"))
    if k == j or not opens or first > j or all(t.lower in STOPWORDS for t in tokens[first : j + 1]):
        return None
    span = doc.span(tokens[first].start, tokens[j].end)
    name = " ".join(span.text.replace("’", "'").split())
    return EntityMention(span=span, sentence=sentence, name=name, canonical=name, kind="organization"), k + 1


def _modifying_participle(tokens: Sequence[Token], k: int, head: int) -> bool:
    """Whether an "-ing" word inside a subject modifies the noun after it ("the governing body", "the ruling
    coalition", "the marina's steering group"), not a verb of its own ("Residents opposing the plan"): an article, a
    possessive or the subject's opening before it, a content word after it, before the subject's head."""
    if k >= head or not tokens[k].lower.endswith("ing"):
        return False
    before = tokens[k - 1].lower if k > 0 else ""
    after = tokens[k + 1]
    opens = k == 0 or before in ("the", "a", "an", "its", "their") or before.endswith(("'s", "’s"))
    opens = opens or not tokens[k - 1].is_word
    return opens and after.is_word and after.lower not in STOPWORDS


# Asides of several words set off by commas between a subject and its verb ("The union, on the other hand, rejected
# it", "The council, for its part, welcomed …").
_ASIDE_PHRASES = frozenset(
    {
        ("on", "the", "other", "hand"),
        ("for", "its", "part"),
        ("for", "their", "part"),
        ("for", "his", "part"),
        ("for", "her", "part"),
        ("by", "contrast"),
        ("in", "contrast"),
        ("in", "turn"),
        ("in", "response"),
        ("at", "the", "same", "time"),
    }
)


def _aside_before(tokens: Sequence[Token], j: int) -> int:
    """Where an aside of several words set off by commas ends before token ``j`` (its closing comma) starts, less
    one (the subject's last token), or -1 if none."""
    if tokens[j].text != ",":
        return -1
    for words in _ASIDE_PHRASES:
        k = j - len(words)
        if k >= 1 and tokens[k - 1].text == "," and tuple(t.lower for t in tokens[k:j]) == words:
            return k - 2
    return _means_aside(tokens, j)


# Prepositions that open an aside on how or where a holder took its stance ("in a written submission", "at a meeting
# last Thursday", "through its lawyers"), or in what capacity ("Cllr Hargreaves, as Ward Member, spoke …").
_MEANS = frozenset({"in", "at", "through", "via", "during", "as"})
_MEANS_WORDS = 6


def _means_aside(tokens: Sequence[Token], j: int) -> int:
    """Where an aside of how or where, set off by commas and closing at ``j`` ("The Supporters' Trust, in a written
    submission, opposed …"), starts, less one; -1 if none: a preposition of :data:`_MEANS` and up to five words, no
    verb among them."""
    for k in range(j - 2, max(0, j - _MEANS_WORDS - 1), -1):
        if not tokens[k].is_word:
            return -1
        if tokens[k].lower in _MEANS and tokens[k - 1].text == ",":
            verbless = all(tokens[x].is_word and is_verb(tokens, x) != 2 for x in range(k + 1, j))
            return k - 2 if verbless and k >= 2 else -1
    return -1


def _subject_at(tokens: Sequence[Token], i: int) -> int:
    """Where the subject of a phrase at ``i`` ends: the token before it and its auxiliaries, adverbs, negation and a
    parenthetical aside ("Jubaland, however, rejected …", "the two councillors both supported …")."""
    j = i - 1
    while j >= 0:
        if _auxiliary(tokens, j):
            j -= 1
        elif j >= 2 and tokens[j].text == "," and tokens[j - 1].lower in _ASIDES and tokens[j - 2].text == ",":
            j -= 3
        elif (aside := _aside_before(tokens, j)) >= 0:
            j = aside
        else:
            return j
    return j


def _speakers_pronoun(
    tokens: Sequence[Token], i: int, entities: Sequence[EntityMention]
) -> tuple[EntityMention, int] | None:
    """The named subject of a verb of saying whose reported clause has a pronoun subject for the phrase at ``i``
    ("The Consumers Association (Case) said on Monday that it welcomed the offer"; "The Acme Trust, which owns 9 per
    cent, said in a statement it had rejected the bid"; "Councillor Ruiz stated that she could not support it"): the
    speaker's own word, when the speaker opens the sentence (maybe after an appositive) and nothing else is named
    before the pronoun; with where the speaker stands."""
    j = _subject_at(tokens, i)
    said = _reporting_verb(tokens, j)
    if said is None:
        return None
    found, at = _actors_before(tokens, said, entities)
    if len(found) != 1 or any(
        is_verb(tokens, k) == 2 or (tokens[k].text in ";:" and not _opening_label(tokens, k)) for k in range(at)
    ):
        return None
    speaker = found[0]
    personal = tokens[j].lower in ("he", "she")
    if (speaker.kind == "person" and not personal) or (speaker.kind in ("organization", "place") and personal):
        return None  # "it" for a person, "she" for a company: another's stance
    bracketed = {t.end for t in tokens if t.text == "("}  # where a short name in brackets may start ("(TUM)")
    if any(speaker.span.end <= e.span.start < tokens[j].start and e.span.start not in bracketed for e in entities):
        return None
    return speaker, at


_REPORTED_SUBJECTS = frozenset({"it", "they", "he", "she"})


def _opening_label(tokens: Sequence[Token], k: int) -> bool:
    """Whether a colon at ``k`` closes a one-word label opening the sentence ("Discussion: Commissioner Ortega
    stated he opposed …", "Update: the union said it …"): a heading, no clause of its own."""
    return k == 1 and tokens[k].text == ":" and tokens[0].text[:1].isupper() and tokens[0].text.isalpha()


def _reporting_verb(tokens: Sequence[Token], j: int) -> int | None:
    """Where the verb of saying stands whose reported clause has the pronoun at ``j`` as its subject ("said that it",
    "said in a brief statement that it", "said it"): the nearest verb before the pronoun, with no pronoun, clause
    break or relative between them."""
    if j < 2 or tokens[j].lower not in _REPORTED_SUBJECTS:
        return None
    for k in range(_before_concession(tokens, j), 0, -1):
        t = tokens[k]
        if t.text in ";:" or t.lower in _PRONOUNS or t.lower in ("its", "which", "who"):
            return None
        if (primary_lemma(t.lower) in REPORTING_VERBS or t.lemmas & _TELLING) and t.lower != "according":
            return k
        if is_verb(tokens, k) == 2:
            return None
    return None


# Verbs of telling someone, whose reported clause follows their object ("informed the regulator that it does not
# accept …", "has advised members that it will oppose …", "notified the court that it rejected …").
_TELLING = frozenset({"inform", "advise", "notify", "assure", "remind", "write"})
_CONCESSIVE = frozenset({"while", "whilst", "although", "though"})
_CONCESSION_WORDS = 12


def _before_concession(tokens: Sequence[Token], j: int) -> int:
    """The token before a concession that opens a reported clause and closes with a comma before the pronoun at
    ``j`` ("said that while she sympathised with traders, she could not support …"), or the token before ``j``."""
    if tokens[j - 1].text != ",":
        return j - 1
    for k in range(j - 2, max(0, j - _CONCESSION_WORDS), -1):
        if tokens[k].lower in _CONCESSIVE:
            before = tokens[k - 1]
            reported = before.lower == "that" or primary_lemma(before.lower) in REPORTING_VERBS
            return k - 1 if reported else j - 1
        if not (tokens[k].is_word or tokens[k].text == ","):
            break
    return j - 1


def _majority_actor(
    doc: Document, tokens: Sequence[Token], i: int, j: int, sentence: int
) -> tuple[EntityMention, int] | None:
    """A majority of a group as the subject of a phrase at ``tokens[i:j]``, opening its clause ("A majority of
    member states backed …", "…, but the majority of shareholders rejected …") or as a passive's agent ("was rejected
    by a majority of member states"): one actor named "majority of" the group; with where its subject stands."""
    k = i - 1
    while k >= 0 and (tokens[k].lower in _GAP or tokens[k].lower in _NEG or tokens[k].lower.endswith("n't")):
        k -= 1
    end = k + 1
    while k >= 0 and tokens[k].is_word and tokens[k].text.islower() and tokens[k].lower != "of" and end - k <= 3:
        k -= 1
    at = k - 2
    if (
        at >= 0
        and end - k > 1
        and _majority_of(tokens, at)
        and (at == 0 or not tokens[at - 1].is_word or tokens[at - 1].lower in ("and", "but", "while"))
    ):
        return _group_mention(doc, tokens, at, end, sentence)
    if j + 4 < len(tokens) and tokens[j].lower == "by" and _majority_of(tokens, j + 1):
        end = j + 4
        while end < len(tokens) and tokens[end].is_word and tokens[end].text.islower() and end - j < 7:
            end += 1
        group = _group_mention(doc, tokens, j + 1, end, sentence)
        if group is not None and (end == len(tokens) or not tokens[end].is_word):
            return group[0], i
    return None


def _passive_body(
    doc: Document, tokens: Sequence[Token], i: int, j: int, sentence: int
) -> tuple[EntityMention, int] | None:
    """An unnamed body as a passive's agent after a phrase at ``tokens[i:j]`` ("was rejected by the union, while …",
    "had been approved by the board."): the body named by its common noun, its subject standing at ``i``; None when
    the noun does not end the agent ("by the union's members")."""
    noun = j + 2
    if noun >= len(tokens) or tokens[j].lower != "by" or tokens[j + 1].lower != "the":
        return None
    if tokens[noun].lower not in _BODY_NOUNS or (noun + 1 < len(tokens) and tokens[noun + 1].text in ("'", "’")):
        return None
    if noun + 1 < len(tokens) and tokens[noun + 1].is_word and tokens[noun + 1].lower not in _CLAUSE_OPENERS | {"and"}:
        return None
    return _common_noun_mention(doc, tokens, j + 1, noun, sentence), i


def _majority_of(tokens: Sequence[Token], at: int) -> bool:
    """Whether "a majority of" or "the majority of" stands at ``at``."""
    return (
        at + 2 < len(tokens)
        and tokens[at].lower in ("a", "the")
        and tokens[at + 1].lower == "majority"
        and tokens[at + 2].lower == "of"
    )


def _group_mention(
    doc: Document, tokens: Sequence[Token], at: int, end: int, sentence: int
) -> tuple[EntityMention, int] | None:
    """A majority of a group, written from token ``at`` up to ``end``, named without its articles ("majority of
    member states" for "a majority of the member states"); None for a count of votes ("a majority of seven votes")."""
    if primary_lemma(tokens[end - 1].lower) == "vote":
        return None
    name = " ".join(t.lower for t in tokens[at + 1 : end] if t.lower != "the")
    span = doc.span(tokens[at].start, tokens[end - 1].end)
    return EntityMention(span=span, sentence=sentence, name=name, canonical=name, kind="organization"), at


_REPORTED_BY = frozenset({"said", "says", "announced", "confirmed", "added", "stated", "insisted", "advised", "wrote"})
# What may stand between a reporting verb and its "that": how and when it was said ("advised in writing on 14 July
# 2027 that it …", "said in a letter on Monday that it …").
_REPORT_ASIDE = frozenset(
    {"on", "in", "at", "writing", "a", "an", "the", "letter", "statement", "email", "late", "early"}
)

# Roles whose holder speaks for a body or a person: "CBK Governor Dr Peter Kiprono", "Ogunleye's counsel, Mr Olumide
# Bankole", "Jane Roe, Acme's chief executive".
_VOICE_ROLES = frozenset(
    {
        "governor", "chief", "executive", "ceo", "cfo", "chair", "chairman", "chairwoman", "chairperson", "president",
        "director", "director-general", "head", "leader", "minister", "secretary", "spokesperson", "spokesman",
        "spokeswoman", "counsel", "lawyer", "lawyers", "attorney", "solicitor", "barrister", "representative",
        "manager", "commissioner", "mayor", "founder", "owner", "official", "officer", "boss", "principal",
        "vice-chancellor", "chancellor", "dean", "superintendent", "treasurer", "agent", "coach", "captain",
    }
)  # fmt: skip
_LEGAL_COUNSEL = r"(?:lawyers?|counsel|attorneys?|solicitors?|barristers?|advocates?|legal\s+team)"
_ACTING_FOR = r"(?:for|representing|acting\s+for)"
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
# A document nobody is named as the author of ("according to a statement issued on Monday", "according to the
# release", "according to the letter"): the writer's report, no party to a dispute.
_UNOWNED = re.compile(
    r"(?:an?|the)\s+(?:[a-z-]+\s+)?(?:statement|release|filing|notice|announcement|document|letter|newsletter|memo"
    r"|circular|email)(?:\s+(?:issued|released|published))?$"
    # the written record itself: "according to council documents", "court papers show", "meeting minutes"
    r"|(?i:(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:documents|papers|records|minutes|filings))$"
)

# A written record cited by its issuer's name ("according to the EPA notice", "an Acme statement said"): the record,
# as :data:`_UNOWNED` reads it, when the attribution names its issuer alone ("EPA").
_CITED_RECORD = re.compile(
    r"(?i)\b(?:an?|the)\s+(?:[\w'’.-]+\s+){1,2}(?:statement|release|filing|notice|announcement|document|letter"
    r"|newsletter|memo|circular|email)$"
)


def _speaks_for(text: str, source: str, names: Iterable[str]) -> bool:
    """Whether an attribution's source holds a role for the actor (one of its ``names`` as written), said beside the
    source's name anywhere in ``text``: as a title before it ("CBK Governor Dr Peter Kiprono", "Ogunleye's counsel,
    Mr Olumide Bankole") or in an apposition after it ("Jane Roe, Acme's chief executive, said")."""
    names = [n for n in names if n]
    if not names or not source[:1].isupper():
        return False
    for at in re.finditer(rf"(?<!\w){re.escape(source)}(?!\w)", text):
        before = re.split(r"[.;:!?()\"“”\n]", text[max(0, at.start() - 80) : at.start()])[-1]
        after = re.split(r"[.;:!?()\"“”\n]|,", text[at.end() : at.end() + 100] + ",")
        apposition = after[1] if len(after) > 2 and not after[0].strip() else ""
        for name in names:
            own = rf"(?<!\w){re.escape(name)}(?:['’]s)?(?!\w)"
            title = re.search(rf"{own}(?P<title>(?:[\s,]+[\w.'’-]+){{0,5}}?)[\s,]*$", before)
            if title and title.group("title").count(",") <= 1 and _VOICE_ROLES & _words(title.group("title")):
                return True
            words = apposition.split()
            if (
                0 < len(words) <= 8
                and re.search(own, apposition)
                and _VOICE_ROLES & _words(apposition)
                and (words[0].lower() in ("the", "a", "an") or words[0] in name or _VOICE_ROLES & _words(words[0]))
            ):
                return True
    return False


def _named_before(entities: Sequence[EntityMention], actor: str, offset: int) -> bool:
    """Whether the sentence names the actor before ``offset`` (where a pronoun attribution, "she said", refers back
    to it)."""
    return any(bare_name(actor_name(e)) == actor and e.span.end <= offset for e in entities)


def _words(text: str) -> set[str]:
    return {w.lower().strip(".,'’") for w in text.split()}


def _client_of(
    doc_text: str, tokens: Sequence[Token], i: int, entities: Sequence[EntityMention]
) -> tuple[EntityMention, int] | None:
    """The client a lawyer speaks of as the subject of a phrase at ``i`` ("Ogunleye's counsel said his client had not
    decided whether …", "a lawyer for Acme said her client rejects …"): the one name of the sentence the lawyer is
    for; with where the subject stands."""
    j = _subject_at(tokens, i)
    if j < 1 or tokens[j].lower not in ("client", "clients") or tokens[j - 1].lower not in ("his", "her", "their"):
        return None
    sentence = doc_text[tokens[0].start : tokens[j - 1].start]
    found = {
        actor_name(e): e
        for e in entities
        if e.kind not in ("place",)
        and (
            re.search(rf"(?<!\w){re.escape(e.name)}['’]s?\s+(?:\w+\s+)?{_LEGAL_COUNSEL}(?!\w)", sentence)
            or re.search(rf"{_LEGAL_COUNSEL}\s+{_ACTING_FOR}\s+(?:\w+\s+)?{re.escape(e.name)}", sentence)
        )
    }
    return (next(iter(found.values())), j - 1) if len(found) == 1 else None


_SPOKES = ("spokesperson", "spokesman", "spokeswoman")


def _spokesperson_for(tokens: Sequence[Token], start: int) -> bool:
    """Whether an attribution starting at offset ``start`` is a spokesperson's ("a spokesperson for the Department of
    Local Government said": the attribution's source is read as the department), so no reported dispute."""
    before = [t.lower for t in tokens if t.end <= start][-3:]
    while before and before[-1] in ("the", "a", "an"):
        before.pop()
    return len(before) >= 2 and before[-1] in ("for", "of", "at") and before[-2] in _SPOKES


def _own_officer(tokens: Sequence[Token], start: int) -> bool:
    """Whether an attribution starting at offset ``start`` is given to the subject's own officer by a possessive
    ("…, its head Sitti Marhamah told lawmakers", "their chief executive said"): the body's own word."""
    before = [t.lower for t in tokens if t.end <= start][-4:]
    for k, word in enumerate(before):
        if word in ("its", "their") and before[k + 1 :] and all(w in _VOICE_ROLES for w in before[k + 1 :]):
            return True
    return False


def _bare_role(tokens: Sequence[Token], attribution: Attribution) -> bool:
    """Whether an attribution is to an officer named by a bare role ("The Chair stated that the Board had rejected
    it", "…, chair Morag Lennox told members"; not "union leader Jo Bell said"): for a body named by its common noun,
    the body's own officer, its own word."""
    before = [t for t in tokens if t.end <= attribution.start]
    inside = [t.lower for t in tokens if attribution.start <= t.start < attribution.end]
    role = inside[: len(attribution.source.split())]
    k = len(before)
    if not (role and all(w in _VOICE_ROLES for w in role)):  # "chair Morag Lennox": the role before the name
        while k > 0 and before[k - 1].lower in _VOICE_ROLES:
            k -= 1
        if k == len(before):
            return False
    return k == 0 or before[k - 1].text == "," or before[k - 1].lower == "the"


_REPORTING_TO_A_MEETING = frozenset({"reported", "informed", "briefed", "updated"})


def _officer_report(tokens: Sequence[Token], attribution: Attribution, entities: Sequence[EntityMention]) -> bool:
    """Whether an attribution is an officer's report to a meeting, the officer named by office alone ("The Employee
    Director reported that the Forum did not support it"): the record's account, no party's claim (a person named,
    "Dana Ruiz reported", or a plain "said" stays a reported dispute)."""
    words = attribution.source.split()
    if not words or len(words) > 3 or words[-1].lower() not in _VOICE_ROLES:
        return False
    inside = [t for t in tokens if attribution.start <= t.start < attribution.end]
    if not any(t.lower in _REPORTING_TO_A_MEETING for t in inside):
        return False
    return not any(e.kind == "person" and attribution.start <= e.span.start < attribution.end for e in entities)


def _apposed_to(tokens: Sequence[Token], start: int, entities: Sequence[EntityMention], actor: str) -> bool:
    """Whether an attribution starting at offset ``start`` has the actor's appositive as its source ("Harlow Estates,
    the chain's largest landlord, which has said it will …"): the actor's own word."""
    before = [t for t in tokens if t.end <= start][-3:]
    if before and before[-1].lower in ("the", "a", "an"):
        before.pop()
    if len(before) < 2 or before[-1].text != ",":
        return False
    return any(e.span.end == before[-2].end and bare_name(actor_name(e)) == actor for e in entities)


def _spokespersons_body(
    tokens: Sequence[Token], i: int, document: Sequence[EntityMention], sentence: int
) -> tuple[EntityMention, int] | None:
    """The body a spokesperson speaks of as the subject of a phrase at ``i``: "A council spokeswoman said the local
    authority had not decided whether …", "a spokesman for the company said the firm has agreed …" (the subject a
    body's common noun after "the" and at most one modifier) is the one organisation the document has named so far
    whose name ends in the spokesperson's noun ("Stirling Council", "Kestrel Company"); with where the subject
    stands. None when the sentence has no such spokesperson or the document names no or several such bodies."""
    j = _subject_at(tokens, i)
    if j < 1 or tokens[j].lower not in _BODY_NOUNS:
        return None
    at = j - 1 if tokens[j - 1].lower == "the" else j - 2
    if at < 0 or tokens[at].lower != "the" or (at < j - 1 and not tokens[j - 1].text[:1].islower()):
        return None
    lower = [t.lower for t in tokens[:at]]
    if "said" not in lower[-3:] and "says" not in lower[-3:]:
        return None  # the subject must open the reported clause: "… spokeswoman said the local authority had …"
    nouns = {lower[k - 1] for k in range(1, len(lower)) if lower[k] in _SPOKES}
    nouns |= {lower[k + 2] for k in range(len(lower) - 2) if lower[k] in _SPOKES and lower[k + 1] in ("for", "of")}
    nouns |= {lower[k + 3] for k in range(len(lower) - 3) if lower[k] in _SPOKES and lower[k + 2] == "the"}
    nouns &= _BODY_NOUNS
    if len(nouns) != 1:
        return None
    noun = nouns.pop()
    named = {
        actor_name(e): e
        for e in document
        if e.sentence <= sentence and e.kind not in ("person", "place") and e.name.lower().split()[-1:] == [noun]
    }
    return (next(iter(named.values())), at) if len(named) == 1 else None


def _report_before(tokens: Sequence[Token], k: int) -> int:
    """Where a verb of saying stands whose reported clause opens after ``k`` ("said that", "said on Monday that",
    "advised in writing on 14 July 2027 that"), or where the search stopped."""
    if tokens[k].lower == "that" and k >= 1:
        k -= 1
    if k >= 2 and tokens[k - 1].lower == "on" and tokens[k].text[:1].isupper():
        k -= 2  # "said on Monday that it …"
    m = k
    while m > max(0, k - 8) and (
        tokens[m].lower in _REPORT_ASIDE or tokens[m].text[:1].isdigit() or tokens[m].text[:1].isupper()
    ):
        m -= 1  # "advised in writing on 14 July 2027 that it …"
    if m < k and tokens[m].lower in _REPORTED_BY and tokens[m + 1].lower in ("on", "in"):
        k = m
    return k


def _own_subject(
    tokens: Sequence[Token], j: int, entities: Sequence[EntityMention]
) -> tuple[EntityMention, int, tuple[str, ...]] | None:
    """A named actor written as the subject before token ``j`` in other words: the pronoun of its own report ("X said
    it accepted …", "X said on Monday that it …": ``j`` at "it") or its board ("X's board has accepted …", "Rovers'
    board …"); with where the name stands. The name must open its clause (no lowercase word before it but a
    determiner or a conjunction: not "… of the club's board")."""
    if j < 1:
        return None
    found: list[EntityMention] = []
    at = -1
    if tokens[j].lower in ("it", "they"):
        k = _report_before(tokens, j - 1)
        if tokens[k].lower in _REPORTED_BY:
            found, at = _actors_before(tokens, k, entities)
    elif tokens[j].lower in ("board", "directors", "management"):
        k = j - 1
        if tokens[k].text in ("'", "’") and k >= 1:
            k -= 1
        e = next((e for e in entities if e.span.start <= tokens[k].start < e.span.end), None)
        if e is not None and (tokens[k].text != tokens[j - 1].text or tokens[k].lower.endswith(("'s", "’s"))):
            while k >= 0 and tokens[k].start >= e.span.start:
                k -= 1
            found, at = [e], k + 1
    if len(found) != 1 or found[0].kind in ("person", "place"):
        return None
    before = tokens[at - 1] if at >= 1 else None
    if before is not None and before.text[:1].islower() and before.lower not in ("the", "and", "but", "while"):
        return None  # "… of the club's board": not the clause's subject
    return found[0], at, ()


def _actors_after_by(
    tokens: Sequence[Token], j: int, entities: Sequence[EntityMention], held: bool = False
) -> list[EntityMention]:
    """Agents of a passive: "agreed upon by both Washington and Kyiv"; ``held``: the holders named right after a
    phrase that ends in "of" ("had the backing of Cork City Council and An Taisce", :data:`HELD_BY`)."""
    k = j
    if not held:
        while k < len(tokens) and tokens[k].lower in ("upon", "on", "to"):
            k += 1
        if k >= len(tokens) or tokens[k].lower != "by":
            return []
        k += 1
    if k < len(tokens) and tokens[k].lower in ("both", "the"):
        k += 1
    k = _after_role(tokens, k, entities)
    found: list[EntityMention] = []
    while k < len(tokens):
        e = next((e for e in entities if e.span.start <= tokens[k].start < e.span.end), None)
        if e is None:
            break
        found.append(e)
        while k < len(tokens) and tokens[k].start < e.span.end:
            k += 1
        if k < len(tokens) and tokens[k].lower in ("and", ","):
            k += 1
            if k + 1 < len(tokens) and tokens[k].lower in ("the", "an", "a") and _in_entity(tokens[k + 1], entities):
                k += 1  # "… and the Green Party", "… and An Taisce" (its article read as no part of the name)
            continue
        break
    return found


_ROLE_WORDS = 3


def _after_role(tokens: Sequence[Token], k: int, entities: Sequence[EntityMention]) -> int:
    """Where a name starts after the role written before it in lower case ("by non-executive director Anne
    Whitfield", "by board member Ruth Obi"): up to three content words, no function word, then a name; ``k`` if
    none."""
    m = k
    while m < len(tokens) and m - k < _ROLE_WORDS and tokens[m].is_word and tokens[m].text.islower():
        if tokens[m].lower in STOPWORDS or is_verb(tokens, m) == 2:
            return k
        m += 1
    return m if m > k and m < len(tokens) and _in_entity(tokens[m], entities) else k


@lru_cache(maxsize=64)
def _first_words(phrases: tuple[tuple[str, Phrase], ...]) -> dict[str, tuple[int, ...]]:
    """Lemma → positions in ``phrases`` of the phrases whose first word has that lemma."""
    out: dict[str, list[int]] = {}
    for n, (_cls, phrase) in enumerate(phrases):
        for lemma in phrase.words[0] if phrase.words else ():
            out.setdefault(lemma, []).append(n)
    return {k: tuple(v) for k, v in out.items()}


def _starting(first: Mapping[str, tuple[int, ...]], lemmas: frozenset[str]) -> tuple[int, ...]:
    """Positions of the phrases that can start at a token with ``lemmas``, in phrase order."""
    found = [first[lemma] for lemma in lemmas if lemma in first]
    if len(found) <= 1:
        return found[0] if found else ()
    return tuple(sorted(set().union(*found)))


_INDEXES: dict[str, tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]] = {}


def _table_index(
    phrases: tuple[tuple[str, Phrase], ...],
) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    """A phrase table's :func:`_first_words` and its memo of the phrases that can start at each lowered word, filled
    by :func:`_phrases_starting` (none for most words): one dictionary lookup per word where each sentence took a
    union of its words' lemma sets, and each token a lemma-set lookup and an intersection with the table's first
    words. The words of news text repeat: the memo holds one entry per distinct word the table met. Kept by the
    table's digest (:func:`_table_key`), which the last table gets without hashing its ≈ 150 phrases."""
    key = _table_key(phrases)
    if key not in _INDEXES:
        _INDEXES[key] = (_first_words(phrases), {})
    return _INDEXES[key]


def _phrases_starting(
    memo: dict[str, tuple[int, ...]], first: Mapping[str, tuple[int, ...]], word: str
) -> tuple[int, ...]:
    """Positions of the phrases that can start at the lowered ``word``, in phrase order (``first`` and ``memo``: the
    table's :func:`_table_index`)."""
    found = memo.get(word)
    if found is None:
        found = memo[word] = _starting(first, lemma_set(word))
    return found


def _may_match(
    phrases: Sequence[tuple[str, Phrase]],
    memo: dict[str, tuple[int, ...]],
    first: Mapping[str, tuple[int, ...]],
    words: set[str],
) -> bool:
    """Whether a phrase that can start at one of a sentence's lowered ``words`` has every other word's lemmas among
    theirs too (``memo`` and ``first``: the table's :func:`_table_index`): :func:`_match` needs a token with each of a
    phrase's words' lemmas, so a sentence failing this has no stance, and most that pass the first word only fail it."""
    candidates: set[int] = set()
    for word in words:
        found = memo.get(word)  # (:func:`_phrases_starting`, its memo read inline: a call per word cost half)
        if found is None:
            found = _phrases_starting(memo, first, word)
        if found:
            candidates.update(found)
    if not candidates:
        return False
    lemmas: set[str] = set().union(*(lemma_set(word) for word in words))
    return any(all(w & lemmas or not w for w in phrases[n][1].words[1:]) for n in candidates)


def find_stances(
    facts: FactBase,
    document: str,
    phrases: Sequence[tuple[str, Phrase]],
    negated_as: Mapping[str, str],
) -> Iterator[StanceMention]:
    """Every stance mention of one document, in text order."""
    table = tuple(phrases)
    first, memo = _table_index(table)
    doc = facts.documents[document]
    ex = facts.extractions[document]
    text = reading_text(doc)
    by_sentence: dict[int, list[EntityMention]] = {}
    for e in ex.entities:
        if not _verb_in_capitals(e, memo, first):
            by_sentence.setdefault(e.sentence, []).append(e)
    for s in ex.sentences:
        entities = by_sentence.get(s.index, [])
        if s.text.rstrip("\"'”’ ").endswith("?"):
            continue
        words = set(token_words(s.text))
        if (
            not entities
            and not (by_sentence.get(s.index - 1) and _ORGANISATION_NOUNS & words)
            and not (_BODY_NOUNS & words)
            and not (_GROUP_HEADS & words)
            and not (_DECIDING_ROLES & words)
            and "majority" not in words
        ):
            continue  # no actor named, nor an organisation referred back to ("the company"), a body unnamed, a group
        if not _may_match(table, memo, first, words):
            continue  # no phrase can match anywhere in the sentence (checked before building tokens)
        tokens = shared_tokens(s.text, s.span.start)
        starts = [(i, at) for i, t in enumerate(tokens) if (at := _phrases_starting(memo, first, t.lower))]
        if not starts:
            continue  # no phrase can start anywhere in the sentence
        # read once a phrase has matched with an actor (most sentences where one can start have none)
        attribution: Attribution | None = None
        clauses: list[tuple[int, int]] = []
        sentence_words: frozenset[str] = frozenset()
        read = False
        taken: set[int] = set()
        # a verb a stance is embedded under is no stance of its own ("agreed to reject": rejected, not accepted)
        heads = {
            found[0]
            for p, at in starts
            if (found := _embedding(tokens, p)) is not None and any(_match(tokens, p, phrases[n][1]) for n in at)
        }
        for i, at in starts:
            if i in taken or i in heads:
                continue
            for cls, phrase in (phrases[n] for n in at):
                j = _match(tokens, i, phrase)
                if not j:
                    continue
                taken.update(range(i, j))
                embedded = embedded_stance(tokens, i, cls, negated_as)
                head = embedded[0] if embedded is not None else None
                cls = embedded[1] if embedded is not None else cls
                v = head if head is not None else i  # where the verb whose subject is the actor stands
                mention_of = partial(_mention, facts, document, s.index, tokens, i, j, cls, phrase)
                participle = _participle_holder(tokens, i, entities)
                if participle is not None:  # "a submission from the Residents' Association, opposing the closure,"
                    head = v = i
                    mention = mention_of([participle[0]], negated_as, participle[1], head)
                else:
                    mention = mention_of(entities, negated_as, None, head)
                resolved = None
                as_written = False
                body = None
                if mention is None:
                    resolved = _resolved_actor(tokens, v, entities, ex.entities, s.index)
                    if resolved is not None:
                        mention = mention_of([resolved[0]], negated_as, resolved[1], head)
                    else:
                        spoken = (
                            _spokespersons_body(tokens, v, ex.entities, s.index)
                            or _client_of(text, tokens, v, entities)
                            or _speakers_pronoun(tokens, v, entities)
                        )
                        body = None if spoken else _body_actor(doc, tokens, v, s.index)
                        if not spoken:
                            body = (
                                body
                                or _pronoun_body(doc, tokens, v, entities, s.index)
                                or _majority_actor(doc, tokens, v, j, s.index)
                                or _passive_body(doc, tokens, v, j, s.index)
                            )
                            if body is None:
                                body = _written_subject(doc, tokens, v, s.index)
                                as_written = body is not None
                        # the body its own spokesperson names, a lawyer's client, the speaker of "she said she …":
                        # named
                        if spoken is not None:
                            mention = mention_of([spoken[0]], negated_as, spoken[1], head)
                        elif body is not None:  # compared only with the sentence it restates, as a resolved actor
                            resolved = (body[0], body[1], ())
                            mention = mention_of([body[0]], negated_as, body[1], head)
                if mention is None:
                    break
                if not read:
                    attribution = find_attribution(tokens, entities)
                    clauses = clause_bounds(tokens)
                    sentence_words = frozenset(primary_lemma(t.lower) for t in tokens if t.is_word)
                    read = True
                actors, topic, clause_span, statement = mention
                lo, hi = next(((a, b) for a, b in clauses if a <= v < b), (0, len(tokens)))
                applies = attribution_applies(tokens, attribution, lo, hi) and not _named_own_clause(
                    tokens, attribution, v
                )
                # "the company confirmed that …": the attribution is the resolved subject's own verb
                attribution_is_subject = attribution is not None and attribution.end == tokens[j - 1].end
                for actor in actors:
                    attr = attribution.source if attribution and applies else None
                    if attr is not None and (
                        _same_actor(attr, actor)
                        or (resolved and attribution_is_subject)
                        or attr.lower().split()[-1:] in [[w] for w in _SPOKES]
                        or _spokesperson_for(tokens, attribution.start if attribution else 0)
                        or _own_officer(tokens, attribution.start if attribution else 0)
                        or (body is not None and attribution is not None and _bare_role(tokens, attribution))
                        or _apposed_to(tokens, attribution.start if attribution else 0, entities, actor)
                        or (attribution is not None and _officer_report(tokens, attribution, entities))
                        or (
                            attribution is not None
                            and attr.lower() in _PRONOUNS
                            and _named_before(entities, actor, attribution.start)
                        )
                        or _UNOWNED.match(attr) is not None
                        or (attribution is not None and _CITED_RECORD.search(text[attribution.start : attribution.end]))
                        or (attribution is not None and _participle_aside(tokens, attribution.start))
                        or (attribution is not None and _possessed_participle(tokens, attribution.end))
                        or _speaks_for(text, attr, [e.name for e in ex.entities if bare_name(actor_name(e)) == actor])
                    ):
                        attr = None  # the actor's own word ("…, a spokesperson confirms"): no reported dispute
                    yield StanceMention(
                        document=document,
                        sentence=s.index,
                        actor=actor,
                        stance=_negated(tokens, v, cls, negated_as),
                        phrase=reading_text(doc)[tokens[v].start : tokens[j - 1].end],
                        span=doc.span(tokens[v].start, tokens[j - 1].end),
                        clause=clause_span,
                        statement=statement,
                        topic=topic,
                        words=sentence_words,
                        attribution=attr,
                        attribution_span=doc.span(attribution.start, attribution.end) if attr and attribution else None,
                        temporal_shift=any(t.lower in _TEMPORAL_SHIFT for t in tokens[max(0, v - 4) : v]),
                        resolved=resolved is not None,
                        candidates=resolved[2] if resolved is not None else (),
                        as_written=as_written,
                    )
                break


def _verb_in_capitals(e: EntityMention, memo: dict[str, tuple[int, ...]], first: Mapping[str, tuple[int, ...]]) -> bool:
    """Whether a name is one word in capitals that a stance phrase opens: a verb minutes write in capitals ("the board
    REJECTED the offer", "Resolved: the motion was APPROVED"), no name."""
    word = e.span.text
    return " " not in word and len(word) > 3 and word.isupper() and bool(_phrases_starting(memo, first, word.lower()))


def document_stances(
    facts: FactBase,
    document: str,
    phrases: Sequence[tuple[str, Phrase]],
    negated_as: Mapping[str, str],
) -> list[StanceMention]:
    """:func:`find_stances` of one document, computed once per document (:meth:`FactBase.per_document`: across
    runs for an index's documents). Shared: do not modify."""
    key = ("stances", _table_key(tuple(phrases)), tuple(sorted(negated_as.items())))
    return facts.per_document(key, document, lambda _doc, _ex: list(find_stances(facts, document, phrases, negated_as)))


_LAST_TABLE: list[tuple[tuple[tuple[str, Phrase], ...], str]] = []


def _table_key(phrases: tuple[tuple[str, Phrase], ...]) -> str:
    """A phrase table's digest (its classes, phrases and their words, sorted): the per-document stores' key names the
    table by it, a string whose hash is kept, instead of the table itself (≈ 150 phrases hashed at every lookup).
    The last table's digest is kept (the rule's table is compiled once: one object, run after run)."""
    last = _LAST_TABLE[0] if _LAST_TABLE else None
    if last is not None and last[0] is phrases:
        return last[1]
    canonical = repr([(cls, p.text, [sorted(w) for w in p.words]) for cls, p in phrases])
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]
    _LAST_TABLE[:] = [(phrases, digest)]
    return digest


def _is_negated(tokens: Sequence[Token], i: int) -> bool:
    return any(t.lower in _NEG or t.lower.endswith("n't") for t in tokens[max(0, i - 4) : i])


def _negated(tokens: Sequence[Token], i: int, cls: str, negated_as: Mapping[str, str]) -> str:
    if not _is_negated(tokens, i):
        return cls
    if cls in _REFUSED and _declared_intention(tokens, i):
        return _REFUSED[cls]  # "said it would not back Puig": a refusal the holder declares
    return negated_as.get(cls, cls)


def _stance_verb(tokens: Sequence[Token], i: int, phrase: Phrase) -> bool:
    """Whether a phrase at ``i`` is a position taken: not a goal ("to sign", "ready to agree"), a gerund or a noun
    ("the support of the council")."""
    prev = tokens[i - 1].lower if i > 0 else ""
    if phrase.text.split()[0] not in ("to", "yet") and prev in _PREPOSITIONS:
        return False  # "to sign", "ready to agree", "for agreeing to": a goal, not a position
    if tokens[i].lower.endswith("ing") and prev not in ("is", "are", "was", "were", "been"):
        return False
    if len(phrase.words) > 1:
        return True
    if _capitalised_verb(tokens, i):
        t = tokens[i]
        tokens = [*tokens[:i], Token(t.text.lower(), t.start, t.end), *tokens[i + 1 :]]
    return bool(is_verb(tokens, i))


def _capitalised_verb(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is a word in capitals in a sentence in lower case, as minutes write a decision's verb ("the
    board REJECTED the offer by 6 votes to 3"; not a headline in capitals, "UNION REJECTS OFFER")."""
    t = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return len(t.text) > 3 and t.text.isupper() and (nxt is None or not nxt.is_word or nxt.text.islower())


def _mention(
    facts: FactBase,
    document: str,
    sentence: int,
    tokens: Sequence[Token],
    i: int,
    j: int,
    cls: str,
    phrase: Phrase,
    entities: Sequence[EntityMention],
    negated_as: Mapping[str, str],
    subject: int | None = None,
    head: int | None = None,
) -> tuple[list[str], frozenset[str], Span, Span] | None:
    """The actors, topic, clause and statement of a phrase matched at ``tokens[i:j]``; ``subject``: the token where
    a resolved actor's subject stands (its ``entities`` then hold just that actor); ``head``: the verb the phrase is
    embedded under (:func:`embedded_stance`), whose subject is the actor."""
    doc = facts.documents[document]
    if j < len(tokens) and tokens[j].lower in _TURNING_PARTICLES:
        return None  # "backed down", "backed out of the deal": a retreat, not a position taken
    if i > 0 and tokens[i].lower == "back" and tokens[i - 1].lemmas & _BEFORE_BACK:
        return None  # "asked that the plan come back to the Commission": a particle, no stance
    if head is None and not _stance_verb(tokens, i, phrase):
        return None
    if head is not None:
        i = head
    start = _clause_start(tokens, i)
    before = tokens[start:i]
    lowered = [t.lower for t in before]
    modal = any(
        t.lower in _MODALS and not _month_may(tokens, start + k) for k, t in enumerate(before) if k >= len(before) - 4
    )
    if any(w in _CONDITION for w in lowered) or (
        modal and not _declared_intention(tokens, i) and not _refused_by_ability(tokens, i)
    ):
        return None
    if any(w in _EPISTEMIC for w in lowered[-4:]):
        return None
    if _is_negated(tokens, i) and cls not in negated_as:
        return None
    if subject is not None:
        found, subject_at = list(entities), subject
    else:
        found, subject_at = _actors_before(tokens, i, entities)
    held = False
    if not found:
        held = phrase.text in HELD_BY
        found = _actors_after_by(tokens, j, entities, held=held)
        subject_at = i
    if not found:
        return None
    actors = sorted({bare_name(actor_name(e)) for e in found})
    end = _clause_end(tokens, j)
    # the matter that holds the stance is the subject ("The proposal had the backing of …")
    window = list(tokens[start:i] if held else tokens[j : _second_predicate(tokens, j, min(end, j + 12))])
    if not all(phrase.words):  # the object inside the phrase ("turned the offer down")
        window = [*tokens[i + 1 : j - 1], *window]
    rel = None
    for r in range(subject_at - 1, max(start, subject_at - 5) - 1, -1):
        if tokens[r].lower in ("that", "which"):
            rel = r
            break
        if tokens[r].text in _STOP_AT:
            break
    if rel is not None:
        window = list(tokens[max(0, rel - 8) : rel]) + window
    stop = next((k for k, t in enumerate(window) if t.text in _STOP_AT and k > 0 and rel is None), len(window))
    window = window[:stop]
    actor_words = {primary_lemma(w.lower()) for a in actors for w in a.split()}
    actor_words |= {primary_lemma(w.lower()) for e in found for w in e.name.split()}
    topic = _topic(window, sorted(actor_words))
    clause_start = tokens[min(start, subject_at)].start
    clause_end = tokens[end - 1].end if end > 0 else tokens[-1].end
    del sentence
    clause_end = max(clause_end, tokens[j - 1].end)
    statement_start = tokens[subject_at].start if subject_at < i else clause_start
    return actors, topic, doc.span(clause_start, clause_end), doc.span(statement_start, clause_end)


def _second_predicate(tokens: Sequence[Token], j: int, end: int) -> int:
    """Where a named object of a stance ends before ``end``: at "and" before a second verb of its subject ("could
    not support the plan and moved to postpone the item": the plan is the matter, the postponement another act); a
    pronoun object ("opposed it and asked for a longer exhibition period") is named by what follows, so kept."""
    if j < len(tokens) and tokens[j].lower in ("it", "them", "this", "these", "that", "those"):
        return end
    return next(
        (
            k
            for k in range(j + 1, end - 1)
            if tokens[k].lower == "and" and is_verb(tokens, k + 1) == 2 and tokens[k + 1].lower.endswith("ed")
        ),
        end,
    )


def _month_may(tokens: Sequence[Token], k: int) -> bool:
    """Whether "May" at ``k`` is the month ("on 25 May and did not …"): capitalised after the sentence's first word."""
    return tokens[k].text == "May" and k > 0


def _declared_intention(tokens: Sequence[Token], i: int) -> bool:
    """Whether a phrase at ``i`` is an intention its actor declares ("Harlow Estates has said it will vote against
    the plan", "the union said that they would back it"): "will" or "would" after the actor's own report of itself,
    a position taken, not the writer's prediction; not one on a condition ("said it would back it if …")."""
    k = i - 1
    while k >= 0 and (tokens[k].lower in _GAP or tokens[k].lower == "not"):
        k -= 1
    if k < 2 or tokens[k].lower not in ("will", "would") or tokens[k - 1].lower not in ("it", "they"):
        return False
    k = _report_before(tokens, k - 2)
    end = _clause_end(tokens, i)
    return tokens[k].lower in _REPORTED_BY and not any(t.lower in _CONDITION for t in tokens[i:end])


def _refused_by_ability(tokens: Sequence[Token], i: int) -> bool:
    """Whether a phrase at ``i`` is refused with "could not" or "can not" ("said she could not support it"): a
    position declared, as "did not support" is, not a prediction; not one on a condition ("… unless fees fall")."""
    k = i - 1
    while k >= 0 and tokens[k].lower in _GAP:
        k -= 1
    if not (k >= 1 and tokens[k].lower == "not" and tokens[k - 1].lower in ("can", "could")):
        return False
    return not any(t.lower in _CONDITION for t in tokens[i : _clause_end(tokens, i)])


# A stance embedded under another verb with "to": the holder takes it by a vote or decision ("voted 5-0 to reject the
# request", "decided to back the plan"), urges it on others ("urged the board to reject the budget": opposed;
# "recommended that its members accept the offer": supported), refuses it ("declined to back the plan": rejected) or
# says it cannot take it ("was not in a position to endorse the framework": not accepted).
# (an intention the holder declares is a position: "intends to vote against the deal")
_TAKING = frozenset({"vote", "decide", "agree", "resolve", "opt", "elect", "pledge", "promise", "intend"})
_ADVOCATING = frozenset({"urge", "ask", "press", "encourage", "advise", "recommend", "implore", "call"})
_REFUSING = frozenset({"decline", "refuse"})
_URGING_THAT = frozenset({"recommend", "urge", "ask"})
_UNABLE = ("unable", "unwilling", "not in a position", "not prepared", "not ready", "not willing")
_ADVOCATED = {"accepted": "supported", "supported": "supported", "rejected": "opposed", "opposed": "opposed"}
_REFUSED = {"accepted": "rejected", "supported": "opposed"}
_NOUN_PHRASE_WORDS = 5


def embedded_stance(tokens: Sequence[Token], i: int, cls: str, negated_as: Mapping[str, str]) -> tuple[int, str] | None:
    """Where the verb a stance phrase at ``i`` is embedded under stands and the stance its subject takes by it (see
    :data:`_TAKING`), or None when the phrase is not so embedded."""
    found = _embedding(tokens, i)
    if found is None:
        return None
    head, how = found
    stance = {"taking": cls, "unable": negated_as.get(cls), "refusing": _REFUSED.get(cls)}.get(how, _ADVOCATED.get(cls))
    return (head, stance) if stance is not None else None


def _embedding(tokens: Sequence[Token], i: int) -> tuple[int, str] | None:
    """The verb a stance phrase at ``i`` is embedded under and how: "taking", "refusing", "unable" or
    "advocating"."""
    if i >= 2 and tokens[i - 1].lower == "to":
        unable = _unable_at(tokens, i - 1)
        if unable is not None:
            return unable, "unable"
        head = _taking_head(tokens, i - 2)
        if head is not None:
            return head, "refusing" if tokens[head].lemmas & _REFUSING else "taking"
    joined = _joining_head(tokens, i)
    if joined is not None:
        return joined, "taking"
    outcome = _outcome_head(tokens, i)
    if outcome is not None:
        return outcome, "taking"
    head = _advocating_head(tokens, i)
    return (head, "advocating") if head is not None else None


_JOINED_WORDS = 8


def _outcome_head(tokens: Sequence[Token], i: int) -> int | None:
    """Where a verb of how things turned out stands before the stance phrase at ``i``: "ended up" with a gerund
    ("who ended up voting for the plan"), "went on to" ("went on to back the bid"); its subject takes the stance."""
    if i >= 2 and tokens[i].lower.endswith("ing") and tokens[i - 1].lower == "up" and "end" in tokens[i - 2].lemmas:
        return i - 2
    if i >= 3 and tokens[i - 1].lower == "to" and tokens[i - 2].lower == "on" and "go" in tokens[i - 3].lemmas:
        return i - 3
    return None


def _joining_head(tokens: Sequence[Token], i: int) -> int | None:
    """ "joined" before those joined and "in" with the stance phrase as a gerund at ``i`` ("Webb joined Directors
    Romero and Whitaker in voting no", "joined the majority in voting for the cut"): its subject takes the stance."""
    if i < 3 or tokens[i - 1].lower != "in" or not tokens[i].lower.endswith("ing"):
        return None
    for k in range(i - 3, max(-1, i - 2 - _JOINED_WORDS), -1):
        t = tokens[k]
        if "join" in t.lemmas and is_verb(tokens, k) == 2:
            return k
        if not (t.is_word or t.text == ","):
            return None
    return None


def _unable_at(tokens: Sequence[Token], to: int) -> int | None:
    """Where "unable", "not in a position" etc. opens before "to" at ``to``."""
    for words in _UNABLE:
        n = len(words.split())
        if to >= n and " ".join(t.lower for t in tokens[to - n : to]) == words:
            return to - n
    return None


def _taking_head(tokens: Sequence[Token], k: int) -> int | None:
    """A verb of voting, deciding or refusing at ``k`` or before a score or an adverb ("voted 5-0", "voted
    unanimously", "decided on Monday")."""
    for _filler in range(5):
        if k < 0:
            return None
        t = tokens[k]
        if t.lemmas & (_TAKING | _REFUSING) and is_verb(tokens, k) == 2:
            return k
        if not (t.text.isdigit() or t.text in ("-", "–") or (t.lower.endswith("ly") and t.text.islower())):
            if not (t.lower in _WEEKDAYS and k >= 1 and tokens[k - 1].lower == "on"):
                return None
            k -= 1
        k -= 1
    return None


def _advocating_head(tokens: Sequence[Token], i: int) -> int | None:
    """A verb of urging at the head of a stance phrase at ``i``, its addressee between them: "urged the board to
    reject", "called on members to back", "recommended that its members accept", "recommended accepting"."""
    k = i - 1
    if k < 1:
        return None
    if tokens[i].lower.endswith("ing"):
        return k if tokens[k].lemmas & _ADVOCATING and is_verb(tokens, k) == 2 else None  # "recommended accepting"
    if tokens[k].lower == "to":
        at = _before_addressee(tokens, k - 1)
        if at == k - 1:
            return None  # no addressee: "was urged to reject" (the subject is the one urged)
        if at >= 1 and tokens[at].lower in ("on", "upon") and "call" in tokens[at - 1].lemmas:
            return at - 1
        return at if at >= 0 and tokens[at].lemmas & _ADVOCATING and is_verb(tokens, at) == 2 else None
    # "recommended that its own members accept": the addressee, then "that", the verb bare
    at = _before_addressee(tokens, k)
    if at == k or at < 1 or tokens[at].lower != "that" or primary_lemma(tokens[i].lower) != tokens[i].lower:
        return None
    return at - 1 if tokens[at - 1].lemmas & _URGING_THAT and is_verb(tokens, at - 1) == 2 else None


def _before_addressee(tokens: Sequence[Token], k: int) -> int:
    """Where the token before an addressee ending at ``k`` stands ("the board", "its own members", "councillors"):
    up to five words, none a verb or a preposition but "of"; ``k`` itself when there is none."""
    start = k
    while k >= 0 and start - k < _NOUN_PHRASE_WORDS and tokens[k].is_word:
        t = tokens[k]
        if (
            (t.lower in _PREPOSITIONS and t.lower != "of")
            or t.lower in ("that", "and")
            or (k < start and is_verb(tokens, k) == 2)
        ):
            break
        k -= 1
    return k if k < start else start


def _quote(m: StanceMention, after: int = 60) -> str:
    """The statement (actor, phrase and what follows in its clause), cut at a word boundary with an ellipsis."""
    text, start = m.statement.text, m.statement.start
    hi = min(len(text), m.span.end - start + after)
    while hi < len(text) and hi > m.span.end - start and not text[hi].isspace():
        hi -= 1
    body = " ".join(text[:hi].split()).rstrip(",;:")
    return body + ("…" if hi < len(text) else "")


_CLASS_TEXT = {
    "accepted": "accepted it",
    "rejected": "rejected it",
    "undecided": "has not decided on it",
    "supported": "supports it",
    "opposed": "opposes it",
    "criticised": "criticised it",
}
_NodeKey = tuple[str, int, int, str]


def _key(m: StanceMention) -> _NodeKey:
    return (m.document, m.clause.start, m.clause.end, m.stance)


_Place = tuple[str, int]


def _conflicting(
    first: StanceMention,
    second: StanceMention,
    pairs: set[tuple[str, str]],
    restating: frozenset[tuple[_Place, _Place]] = frozenset(),
    held: Mapping[tuple[str, int, str], set[str]] | None = None,
    rewrites: frozenset[tuple[str, str]] = frozenset(),
    matters: Mapping[tuple[str, int, str], list[frozenset[str]]] | None = None,
) -> bool:
    if (first.stance, second.stance) not in pairs:
        return False
    if first.resolved or second.resolved:
        if not _restated_flip(first, second, restating, held or {}, matters):
            return False
    elif not (first.topic & second.topic) and not _restated_flip(first, second, restating, held or {}, matters):
        return False
    if first.temporal_shift or second.temporal_shift:
        return False  # a change over time
    if first.attribution != second.attribution and not (
        _unnamed_in_rewrite(first, second, rewrites) or _credited_in_rewrite(first, second, rewrites, restating)
    ):
        return False  # a reported dispute ("Russia says ...; Ukraine denies ...")
    return not (first.clause.start == second.clause.start and first.document == second.document)


def _unnamed_in_rewrite(first: StanceMention, second: StanceMention, rewrites: frozenset[tuple[str, str]]) -> bool:
    """Whether two statements are in a rewrite and its source (``rewrites``: (rewrite, source) document pairs) and
    every attribution they have is to people unnamed ("Indonesia endorsed the framework, officials said"): the
    rewrite's own report of the source's matter, no party disputing it."""
    docs = (first.document, second.document)
    if docs not in rewrites and docs[::-1] not in rewrites:
        return False
    return all(_unnamed_report(m) for m in (first, second))


def _credited_in_rewrite(
    first: StanceMention,
    second: StanceMention,
    rewrites: frozenset[tuple[str, str]],
    restating: frozenset[tuple[_Place, _Place]],
) -> bool:
    """Whether a rewrite sentence credits to a body named by its common noun alone ("Coastline Bus has rejected the
    recommendation, the union said") the stance the source sentence it restates states as fact ("Coastline Bus …
    accepts the recommendation"): the body whose statement the source is, the rewrite's report of its source, no
    party disputing it (a party named, "Fiji's foreign minister claimed", or a third party, "according to local
    residents", still reports a dispute)."""
    places = ((first.document, first.sentence), (second.document, second.sentence))
    if places not in restating and places[::-1] not in restating:
        return False
    if (second.document, first.document) in rewrites:
        first, second = second, first
    elif (first.document, second.document) not in rewrites:
        return False
    return second.attribution is None and first.attribution in _BODY_NOUNS  # "union", as written: no name


# Unnamed sources a report gives its news from ("officials said", "according to diplomats"): no party to a dispute.
_UNNAMED_SOURCES = frozenset({"official", "officials", "source", "sources", "diplomat", "diplomats", "aides"})


def _unnamed_report(m: StanceMention) -> bool:
    """Whether a mention has no attribution, or one to unnamed sources that reports it ("officials said"; not a
    report still to come, "officers will report back", nor a third party's word, "according to local residents")."""
    if m.attribution is None:
        return True
    said = m.attribution_span.text.lower().split() if m.attribution_span is not None else []
    source = m.attribution.split()
    return len(source) <= 2 and source[-1] in _UNNAMED_SOURCES and not _MODALS & set(said)


def _restated_flip(
    first: StanceMention,
    second: StanceMention,
    restating: frozenset[tuple[_Place, _Place]],
    held: Mapping[tuple[str, int, str], set[str]],
    matters: Mapping[tuple[str, int, str], list[frozenset[str]]] | None = None,
) -> bool:
    """The two mentions are in sentences that restate each other (a rewrite and its source), which supplies the
    shared topic ("FIOM rejected the agreement" / "FIOM accepted the agreement"), and neither sentence also gives the
    actor the other's stance ("accepted the pay rise but rejected the job cuts" in both)."""
    a, b = (first.document, first.sentence), (second.document, second.sentence)
    if (a, b) not in restating and (b, a) not in restating:
        return False
    actor = first.actor.lower()
    if second.stance in held.get((*a, actor), set()) or first.stance in held.get((*b, actor), set()):
        return False
    if _matched_elsewhere(first, second, matters or {}) or _matched_elsewhere(second, first, matters or {}):
        return False
    # nor the other's stance word with another subject ("accepted the pay rise but rejected the rota"); the verb an
    # open question is about is no stance ("has not said whether it will accept the terms"); one verb refused in one
    # and not in the other ("did not accept the finding" / "has accepted the finding") is each one's own word
    # … unless the holder is only its words as written ("The council's cabinet did not approve the closure"): a
    # verb refused in one and affirmed in the other is then negation-flip's
    if _phrase_lemmas(first.phrase) == _phrase_lemmas(second.phrase) and (_refused(first) or _refused(second)):
        return not (first.as_written or second.as_written)
    # … unless that word is another named actor's ("Poland voted against, while Austria backed the text")
    return not (
        (
            _other_word(second, first)
            and not _open_question(first)
            and not _held_by_another(held, a, actor, second.stance)
        )
        or (
            _other_word(first, second)
            and not _open_question(second)
            and not _held_by_another(held, b, actor, first.stance)
        )
    )


def _matched_elsewhere(
    mention: StanceMention, other: StanceMention, matters: Mapping[tuple[str, int, str], list[frozenset[str]]]
) -> bool:
    """Whether two stances name different matters ("endorsed the knowledge test" / "spoke out against the cap") and
    another stance of the holder in ``mention``'s sentence names ``other``'s ("criticised the cap … but endorsed the
    knowledge test"): each is paired with the stance on its own matter, not with the other."""
    if not mention.topic or not other.topic or mention.topic & other.topic:
        return False
    topics = matters.get((mention.document, mention.sentence, mention.actor.lower()), [])
    return any(t & other.topic for t in topics if t != mention.topic)


def _other_word(mention: StanceMention, other: StanceMention) -> bool:
    """Whether ``other``'s sentence has the words of ``mention``'s stance phrase outside a phrase of its own that
    embeds them ("was not in a position to endorse" holds "endorse" as its own word, no second stance)."""
    words = _phrase_lemmas(mention.phrase)
    return words <= other.words and not words < _phrase_lemmas(other.phrase)


_JOINING = frozenset({"and", "but", "while", "whereas"})


def _named_own_clause(tokens: Sequence[Token], attribution: Attribution | None, i: int) -> bool:
    """Whether the stance phrase at ``i`` is in a clause joined after the attributed one (", and", ", but") whose
    subject is a name of its own ("The High Command has said it supports the idea, and the Police Federation has
    endorsed the proposal"): the writer's own statement, not the first speaker's report."""
    if attribution is None:
        return False
    for k in range(i - 1, 0, -1):
        t = tokens[k]
        if t.start < attribution.end or t.text in (";", ":"):
            return False
        if t.lower in _JOINING and tokens[k - 1].text == ",":
            between = tokens[k + 1 : i]
            return any(u.is_word and u.text[0].isupper() for u in between) and all(u.is_word for u in between)
    return False


def _held_by_another(held: Mapping[tuple[str, int, str], set[str]], place: _Place, actor: str, stance: str) -> bool:
    """Whether an actor other than ``actor`` takes ``stance`` in the sentence at ``place``."""
    return any(key[:2] == place and key[2] != actor and stance in stances for key, stances in held.items())


def stance_flipped(facts: FactBase, stated: _Place, source: _Place, lemma: str) -> bool:
    """Whether a sentence and the source sentence it restates give one actor conflicting stances (the default table)
    with a phrase of the verb ``lemma`` ("did not accept Kurosawa's finding" → "has accepted Kurosawa's finding"):
    the actor's position on a matter, which stance-conflict reports."""
    phrases = compile_phrases(DEFAULT_STANCES)
    negated_as = {"accepted": "undecided"}
    pairs = {(a, b) for a, b in DEFAULT_CONFLICTS} | {(b, a) for a, b in DEFAULT_CONFLICTS}
    found = {
        place: [
            m
            for m in document_stances(facts, place[0], phrases, negated_as)
            if m.sentence == place[1] and lemma in _phrase_lemmas(m.phrase)
        ]
        for place in (stated, source)
    }
    held: dict[tuple[str, int, str], set[str]] = {}
    for m in found[stated] + found[source]:
        held.setdefault((m.document, m.sentence, m.actor.lower()), set()).add(m.stance)
    restating = frozenset({(stated, source)})
    return any(
        a.actor.lower() == b.actor.lower() and _conflicting(a, b, pairs, restating, held)
        for a in found[stated]
        for b in found[source]
    )


# A refusal: the verb negated with "do", "can" or "never" ("did not accept", "does not agree", "could not support",
# "never approved"), a position taken; not an act still pending ("has not yet approved").
_REFUSAL = re.compile(r"(?i)\b(?:(?:did|does|do|could|can)\s*(?:not|n['’]t)|cannot|never)\s+$")


def _refused(m: StanceMention) -> bool:
    """Whether a mention's verb is refused ("did not accept"), not merely not yet done ("has not yet approved")."""
    return _REFUSAL.search(m.statement.text[: max(0, m.span.start - m.statement.start)]) is not None


def _open_question(m: StanceMention) -> bool:
    """An undecided stance put as a question left open ("has not said whether", "has not decided if")."""
    return m.stance == "undecided" and m.phrase.split()[-1].lower() in ("whether", "if")


def _one_story(facts: FactBase, a: str, b: str) -> bool:
    """Whether two statements' documents are one (a document contradicting itself), tell one story, or are not dated
    apart and one is too short to tell its story (a one-line brief: its actor and topic are all there is)."""
    return a == b or one_story_or_brief(facts, a, b)


def _phrase_lemmas(phrase: str) -> frozenset[str]:
    return frozenset(primary_lemma(w.lower()) for w in phrase.split() if w.lower() not in _GAP)


def conflict_verdicts(
    facts: FactBase,
    mentions: Sequence[StanceMention],
    conflicts: Sequence[tuple[str, str]],
    subject: str | None,
    restating: frozenset[tuple[_Place, _Place]] = frozenset(),
) -> Iterator[Verdict]:
    """One finding per conflicting statement: the statement that conflicts with the most others (the odd one out;
    on a tie the one in a checked document, then the one whose class is the rarer), with every statement it
    conflicts with as evidence. Reported disputes and positions that changed over time are not conflicts (nor two
    statements in documents that do not tell one story, :func:`factcheck.align.one_story`: dated apart, or two
    stories whose actors share a name, "the Forum"; a one-line brief cannot tell). Mentions are grouped by actor, so
    cost grows with each actor's mentions, never with all pairs of the corpus.
    ``restating``: ((document, sentence), (document, sentence)) pairs that restate each other, whose mentions need
    no shared topic word (see :func:`_restated_flip`)."""
    pairs = {(a, b) for a, b in conflicts} | {(b, a) for a, b in conflicts}
    held: dict[tuple[str, int, str], set[str]] = {}
    matters: dict[tuple[str, int, str], list[frozenset[str]]] = {}
    for m in mentions:
        held.setdefault((m.document, m.sentence, m.actor.lower()), set()).add(m.stance)
        matters.setdefault((m.document, m.sentence, m.actor.lower()), []).append(m.topic)
    rewrites = frozenset((doc, source) for doc, sources in facts.sources.items() for source in sources)
    checked = {doc.id for doc, _ex in facts.checked()}
    by_actor: dict[str, dict[_NodeKey, StanceMention]] = {}
    for m in mentions:
        by_actor.setdefault(m.actor.lower(), {}).setdefault(_key(m), m)
    for group in by_actor.values():
        nodes = sorted(group.values(), key=lambda m: (m.document, m.span.start))
        edges: dict[_NodeKey, set[_NodeKey]] = {}
        for x, first in enumerate(nodes):
            for second in nodes[x + 1 :]:
                if _conflicting(first, second, pairs, restating, held, rewrites, matters) and _one_story(
                    facts, first.document, second.document
                ):
                    edges.setdefault(_key(first), set()).add(_key(second))
                    edges.setdefault(_key(second), set()).add(_key(first))
        classes: dict[str, int] = {}
        for m in nodes:
            classes[m.stance] = classes.get(m.stance, 0) + 1
        order = {_key(m): n for n, m in enumerate(nodes)}
        while any(edges.values()):
            pivot = min(
                (k for k, v in edges.items() if v),
                key=lambda k: (-len(edges[k]), k[0] not in checked, classes[k[3]], order[k]),
            )
            others = sorted(edges.pop(pivot), key=order.__getitem__)
            for k in others:
                edges[k].discard(pivot)
            yield _verdict(facts, group[pivot], [group[k] for k in others], subject)


def _docs(facts: FactBase, documents: Sequence[str]) -> str:
    labels = [facts.label(d) for d in dict.fromkeys(documents)]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


def _verdict(facts: FactBase, pivot: StanceMention, others: Sequence[StanceMention], subject: str | None) -> Verdict:
    evidence = []
    for m, role in [(pivot, "stated"), *((o, "conflicting") for o in others)]:
        evidence.append(facts.evidence(m.document, m.clause, role=role))
        if m.attribution_span is not None and not (
            m.clause.start <= m.attribution_span.start and m.attribution_span.end <= m.clause.end
        ):
            evidence.append(facts.evidence(m.document, m.attribution_span, role="attribution"))
    actor = subject or pivot.actor
    said = pivot.statement.text.lower()
    topic = sorted(
        set().union(*(pivot.topic & o.topic for o in others)),
        key=lambda w: (said.find(w) if w in said else len(said), w),  # in the order the statement has them
    )
    by_class: dict[str, list[str]] = {}
    for o in others:
        by_class.setdefault(o.stance, []).append(o.document)
    claims = "; ".join(
        f"{_docs(facts, docs)} {'says' if len(set(docs)) == 1 else 'say'} {actor} "
        f"{_CLASS_TEXT.get(cls, f'is {cls} on it')}"
        for cls, docs in by_class.items()
    )
    label = facts.label(pivot.document)
    notes = [f"{len(others)} statement{'s' if len(others) > 1 else ''}"]
    if any(o.document == pivot.document for o in others):
        notes.append(f"{label} contradicts itself")
    if not topic:
        notes.append("in sentences that restate each other")  # no shared topic word: the alignment supplies it
    on = f"On the {' '.join(topic)}, " if topic else ""
    message = f"{on}{label} says “{_quote(pivot)}”; {claims} ({'; '.join(notes)})"
    return fail(
        message,
        evidence,
        actor=actor,
        topic=topic,
        stance=pivot.stance,
        stances=[pivot.stance, *sorted(by_class)],
        statements=len(others),
        documents=[facts.label(d) for d in dict.fromkeys(o.document for o in others)],
        self_contradiction=any(o.document == pivot.document for o in others),
        phrases=[pivot.phrase, *(o.phrase for o in others)],
        attribution=[pivot.attribution, *(o.attribution for o in others)],
    )
