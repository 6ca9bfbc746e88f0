"""negation_flip: a rewrite states the opposite of its source ("did not resign" → "resigned").

What it flags: a sentence of a rewrite and the source sentence it restates share a verb (the same lemma) that is
negated in one and affirmed in the other. A verb's negation is what governs it: a "not", "never", "no longer",
"failed to", "no longer able to" in its verb group, a clause someone denies ("denied that any data had been
taken"), a negative subject ("No shots were fired", "None of the passengers was hurt") or object ("found no
traces"; not the answer of "voted no"); a "not" elsewhere in the sentence ("…held and the river did not burst",
"…who asked not to be named") is another verb's. A copula ("were not at risk of falling" → "are at risk of
falling") is compared only with its complement: the first three content words after it must be the same in both
sentences (a copula's polarity alone means nothing), or one of the two complements the start of the other ("will not
be compulsory" → "will be compulsory this year"), when it is the only such complement. A "be" after a modal ("will not
be compulsory") and a "been" after a "have" ("had not been on the list") are copulas too, and a "have" of possession
is read with what is had as a copula with its complement ("had no previous convictions" → "had previous
convictions"). A word that may be a noun or a verb ("The Nova supports satellite messaging") is read as the verb
the other sentence has surely ("does not support satellite messaging") when the same object follows it (its first
two content words); not a gerund ("barred from holding public office") nor a verb the reading left open on purpose
("whether to call"). An affirmed sentence with more negations that govern no verb
than its negated counterpart ("ruled only on how it was introduced, not on whether it was lawful") is not compared.
Why it matters: a lost or added "not" reverses a claim while leaving every name and number intact, so it survives
proofreading.
Flags: source "The minister did not resign after the vote." rewrite "The minister resigned after the vote."
Passes: source "The minister did not resign after the vote." rewrite "After the vote, the minister did not step
down or resign." (the negation is kept)
A rewrite sentence that merges two adjacent source sentences is compared with each (see hedge-dropped).
A rewrite sentence's verb and object head ("would require a rezoning") that the source sentence next to its best
match has the other way ("… that the project would not require a rezoning. She stated that the project would require
a minor amendment …") is a flip too, however little else of that sentence it restates, when the best match holds the
verb with another object.
A limit crossed to its other side ("is within the margin of error" → "is outside the margin of error", "within its
budget" → "beyond its budget": within/inside against outside/beyond, the same object's content words) is a flip
too, unless either sentence gives both sides of it. A side denied is the other one ("is not within the Green Belt",
"does not lie within" put it outside: "lies within the Green Belt" flips it, "lies outside" keeps it); the object ends
at a clause word ("within the Green Belt but outside …"); a pair whose limit is crossed is reported once, as that.
A verb after a near-negative quantifier ("little to fall back on", "few places to go"; not "a little") is all
but negated: no flip of "nothing to fall back on".
A noun's infinitive ("have the power to act", "its plan to close") names what the power or plan is for, no act
affirmed or denied: it is not compared ("where councils failed to act" is no flip of "councils have the power to act").
A denial restated as a confirmation ("denied that X was taken" → "confirmed that X was taken") is stance-conflict's,
and so is an actor's stance verb refused in one and affirmed in the other when stance-conflict gives the actor the
two stances ("did not accept the finding" → "has accepted the finding"; not "has not yet approved the funding" →
"has approved the funding", an act still pending restated as done).
A rewrite sentence is also compared with its other counterparts in the source (each scoring at least the support
floor), for a verb it has not already compared with a sentence it restates: the verb once in each, the words after it
sharing two content words ("was not selected for the International Competition" → "was selected for the International
Competition", when the rewrite's best match is another sentence), and no counterpart having it the rewrite's way. A
verb after "not enough to" or "too … to" ("was not enough to offset the costs"), or after a negated purpose ("was not
designed to show", "is not set up to test", "not meant to replace"), is all but negated.
Parameters: min_score (alignment score a sentence pair needs, default the aligner's threshold).
When one sentence has the verb both ways (in two clauses: "agreed to extend the truce, but have not agreed to stop
the raids"), the clause whose words after the verb share the most with the other sentence's is compared, and only
when it wins outright.
A verb with a bare noun as its object ("has taken note of all submissions", "took part in") is one predicate with
that noun: it is not compared with the verb in a sentence that lacks the noun ("no final decision had been taken").
A verb denied by its noun after "no" ("there had been no violation of Article 6", "found no breach of the code") is
negated: "had been violated" and "breached the code" flip it (the noun before a preposition; its verb read by its
ending: violation → violate, agreement → agree, acceptance → accept, approval → approve, or the noun itself: breach,
increase); when both sentences hold that verb, it alone is compared, not the "found no" the noun sits in.
A verb affirmed by its noun with the actor's possessive ("welcomed the AFL's agreement to schedule matches", "the
players' agreement to a pay cut", "its approval of the plan": the noun before "to", "of" or "for") is the act told as
done, the other side of "has not agreed to schedule matches"; not one awaited, sought or done without ("still
waiting for the insurer's payment of the claim", "will seek the committee's approval of", "without the union's
agreement").
A word that may be a noun or a verb is a verb when a verb group's adverb shows it: after an auxiliary and adverbs
("pupils do not yet read widely") or after a subject noun and an adverb that is no negation ("The bill also bans
donations"); a plural after a verb is its object ("bans gifts"), not one predicate with it. A body's "heard" or "was
told" ("…, an inquest has heard", "the court heard that …") attributes what was said: no act of hearing to flip ("he
did not hear him say …"; "the panel heard evidence" is one). A verb inside a quoted promise or assurance ("promising
them their money was "never lent out"") is the speaker's word, which the story may show broken: no flip of a rewrite
that tells it happened.
A participle in the scope of "without" ("held up for 20 minutes without anyone being turned away", "was sold without
having been inspected"; a short subject and "being", "having" or "been" between) is negated: "no elector was turned
away" keeps it, "some electors were turned away" flips it. A verb of the same change of an amount ("cut", "lower"
for "reduce"; "raise", "lift" for "increase"; "stop" for "halt") with the same object (a content word of its noun
phrase in common) is compared with the other sentence's: "did not reduce the number of visits" → "cut the number
of visits" is a flip.
A verb after "may" or "might" is a possibility, no act: "may apply for a loan … but has not applied" affirms no
application, and "may not be resold" (a rule) denies no resale found; so is one after "could" or "would" in a sentence
that states a condition ("If the school has not complied by then, the VRQA could cancel its registration"; not "as if",
"even if"); a possibility flips only the same possibility denied ("may reopen" → "may not reopen"). A conceding verb
with a "that" clause ("accepted that councils faced pressures") is another predicate than the verb with a matter as its
object ("did not accept the WLGA's figure").
Known false positives: a rewrite that negates a different part of the sentence with the same verb ("did not win
the first round but won the second").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from typing import Literal

from lemminflect import getLemma
from pydantic import Field

from factcheck.align import SUPPORT_FLOOR, Match, rewrite_pairs
from factcheck.checks._common import Verdict, fail
from factcheck.checks._registry import register_check
from factcheck.checks._rewrite import (
    per_sentence,
    restatements,
    sentence_assertions,
    sentence_tokens,
    source_scores_at_least,
)
from factcheck.checks._stance import stance_flipped
from factcheck.checks.hedge_dropped import merged
from factcheck.extract.assertions import (
    DETERMINERS,
    NEGATIONS,
    STOPWORDS,
    Token,
    copula_polarities,
    is_verb,
    may_be_noun,
    negated_at,
    possession_polarities,
    primary_lemma,
    that_governor,
    verb_polarities,
)
from factcheck.facts import FactBase
from factcheck.models import Span
from factcheck.rules.base import RuleBase

_IGNORED = frozenset({"be", "have", "do"})
_REFUSING = frozenset({"refused", "refuses", "refuse", "refusing", "declined", "declines", "decline", "declining"})


# Quantities, not purposes, before an infinitive: "a little to live on" and "nothing to live on" say how much
_QUANTITIES = frozenset({"little", "few", "much", "lot", "nothing", "something", "anything", "everything", "plenty"})


class NegationFlipRule(RuleBase):
    type: Literal["negation-flip"] = "negation-flip"
    min_score: float = Field(0.0, ge=0, le=1, description="minimum alignment score of the sentence pair")


def noun_infinitive(tokens: list[Token], i: int) -> bool:
    """Whether verb ``i`` is the infinitive of a noun ("have the power to act", "its plan to close", "a right to
    appeal"): it says what the power, plan or right is for, not that the act happened or did not, so it has no
    polarity of its own ("where councils failed to act" negates no "power to act"). The noun (a word that can be one:
    not "able", nor a quantity: "a little to live on" has something to live on) and up to two words before it (no
    verb, no negation) follow a determiner or a possessive."""
    noun = tokens[i - 2].lower if i >= 3 else ""
    if i < 3 or tokens[i - 1].lower != "to" or not may_be_noun(noun) or noun in _QUANTITIES:
        return False  # "were no longer able to hear": an adjective's infinitive is the verb's own
    for k in range(i - 2, max(-1, i - 6), -1):
        t = tokens[k]
        if k < i - 2 and (t.lower in DETERMINERS or t.lower.endswith("'s")):
            return True
        if not t.is_word or t.lower in NEGATIONS or is_verb(tokens, k):
            return False
    return False


# Words that raise an infinitive's subject and let a negation of theirs pass down to it: "are not expected to be
# affected" denies that they will be affected, as "would not be affected" does; "is not likely to close", "are not
# thought to have left".
_RAISING = frozenset(
    {"expected", "likely", "thought", "believed", "set", "due", "going", "forecast", "predicted", "projected"}
    | {"anticipated", "understood", "known", "considered"}
)
# Words that may stand between a raising word and its "to": "is unlikely on its own to move prices".
_RAISER_GAP = 4
# What may stand between the "to" and the verb it raises: "to be affected", "to have left", "to have been told".
_RAISED_AUXILIARIES = frozenset({"be", "have", "been"})
_FINITE_AUXILIARIES = frozenset(
    {"had", "has", "have", "was", "were", "is", "are", "will", "would", "could", "can", "may", "might", "should"}
    | {"must", "shall"}
)


def raised_negation(tokens: list[Token], i: int) -> bool:
    """Whether verb ``i`` is the infinitive of a raising word that is negated ("Flights are not expected to be
    affected", "the plant is unlikely to reopen", "is not thought to have left"): the negation of the expectation
    passes to what is expected, so the verb is read as negated."""
    k = i - 1
    while k >= 0 and tokens[k].lower in _RAISED_AUXILIARIES:
        k -= 1
    if k < 1 or tokens[k].lower != "to":
        return False
    for r in range(k - 1, max(-1, k - 1 - _RAISER_GAP), -1):  # "unlikely on its own to move"
        raiser = tokens[r].lower
        if raiser == "unlikely":
            return True
        if raiser in _RAISING:
            return negated_at(tokens, r)
        if is_verb(tokens, r) == 2 or raiser in _RAISED_AUXILIARIES or raiser in _OBJECT_PARTICLES:
            return False  # "was not set up to cover": a purpose, no expectation
    return False


def subject_noun(tokens: list[Token], i: int) -> bool:
    """Whether the possible verb ``i`` is the head noun of a subject, right before its finite auxiliary ("no new
    hospital transports had been reported", "the council plans were approved"): a finite verb is not followed by
    one, so the word names a thing, and no act is affirmed or denied by it."""
    return (
        i + 1 < len(tokens)
        and tokens[i + 1].lower in _FINITE_AUXILIARIES
        and _noun_word(tokens[i].lower)
        and not tokens[i].lower.endswith("ed")
    )


def _noun_word(word: str) -> bool:
    """Whether ``word`` may be a noun or a noun's plural ("transports", which the lexicon gives as a verb only)."""
    return may_be_noun(word) or (word.endswith("s") and may_be_noun(word[:-1]))


def _own_predicate(tokens: list[Token], i: int) -> bool:
    """Whether verb ``i`` is a predicate of its own to compare: not a noun's infinitive, a forum's "heard", nor a
    subject's head noun."""
    return not (noun_infinitive(tokens, i) or _forum_heard(tokens, i) or subject_noun(tokens, i))


def _read_polarity(tokens: list[Token], i: int, polarity: str) -> str:
    """A verb's polarity with a raising word's negation passed down to it (:func:`raised_negation`); a verb already
    read as negated stays so ("not going to sign": its "not" may be the one already read). So is one that opens a
    quotation right after a "not" or "never" ("would not "sign a blank cheque""). A verb after "may", "might" or
    "could" is a possibility (:func:`_possibility`)."""
    quoted = i >= 2 and tokens[i - 1].text in _QUOTE_MARKS and tokens[i - 2].lower in _NEGATORS
    if quoted or raised_negation(tokens, i) or without_scope(tokens, i):
        return "negated"
    return _possibility(tokens, i, polarity)


# Modals of a possibility: "may apply for a loan", "might close" (not "could", which may be an ability: "could still
# close the bridge" flips "was no longer able to close it"); what may stand between them and the verb ("may also
# apply", "might not have been told").
_POSSIBLE = frozenset({"may", "might"})
_POSSIBLE_GAP = frozenset({"also", "still", "yet", "well", "even", "eventually", "later", "not", "n't", "have", "be"})
POSSIBLE, POSSIBLY_NOT = "possible", "possibly-not"


def _possibility(tokens: list[Token], i: int, polarity: str) -> str:
    """A verb's polarity read with a modal of possibility before it: "may apply" is a possibility (``POSSIBLE``), no
    act affirmed, and "may not reopen" one denied, or forbidden (``POSSIBLY_NOT``); the two flip each other, and
    neither flips a plain act ("may apply … but has not applied" affirms no application; "may not be resold" denies
    no resale found)."""
    k = i - 1
    while k >= 0 and tokens[k].lower in _POSSIBLE_GAP:
        k -= 1
    if k < 0 or (k > 0 and tokens[k].text == "May"):  # not the month
        return polarity
    conditional = tokens[k].lower in _CONDITIONAL_MODALS and _conditioned(tokens)
    if tokens[k].lower not in _POSSIBLE and not conditional:
        return polarity
    return POSSIBLY_NOT if polarity == "negated" else POSSIBLE


# Modals of a consequence under a condition the sentence states ("If the school has not complied by then, the VRQA
# could cancel its registration"): a possibility too.
_CONDITIONAL_MODALS = frozenset({"could", "would", "might", "may"})
_NOT_A_CONDITION = frozenset({"as", "even", "ask", "asks", "asked", "asking", "see", "wonder", "wondered", "whether"})


def _conditioned(tokens: list[Token]) -> bool:
    """Whether the sentence states a condition ("if", "unless"; not "as if", "even if", "asked if")."""
    return any(
        t.lower in ("if", "unless") and (j == 0 or tokens[j - 1].lower not in _NOT_A_CONDITION)
        for j, t in enumerate(tokens)
    )


def _acts(polarities: set[str]) -> set[str]:
    """A sentence's polarities of a verb, its possibilities left out when it also states the act ("may apply … but
    has not yet applied": not applied)."""
    plain = polarities - {POSSIBLE, POSSIBLY_NOT}
    return plain or polarities


def _compared(stated: str, source: str) -> tuple[str, str] | None:
    """Two polarities of one predicate as a flip to report (affirmed, negated), or None: a possibility flips only a
    possibility denied ("may reopen" / "may not reopen")."""
    modal = {stated, source} & {POSSIBLE, POSSIBLY_NOT}
    if modal and {stated, source} != {POSSIBLE, POSSIBLY_NOT}:
        return None
    named = {POSSIBLE: "affirmed", POSSIBLY_NOT: "negated"}
    return named.get(stated, stated), named.get(source, source)


# What a "without" may govern before its participle: a subject ("without anyone", "without a single voter", "without
# their parents") and the non-finite auxiliary that makes the participle its verb ("being", "having", "been").
_WITHOUT_SUBJECT_WORDS = 4
_NON_FINITE = frozenset({"being", "having", "been"})


def without_scope(tokens: list[Token], i: int) -> bool:
    """Whether verb ``i`` is a participle in the scope of "without" ("…held up for 20 minutes without anyone being
    turned away", "was sold without having been inspected", "closed without a single worker being laid off"): the
    clause denies the act as "no one was turned away" does. Between "without" and the verb stand only a short subject
    (words, no verb, no punctuation) and a non-finite auxiliary, which must be there ("without delay, approved" is
    another verb's)."""
    k = i - 1
    if k < 0 or tokens[k].lower not in _NON_FINITE:
        return False
    while k >= 0 and tokens[k].lower in _NON_FINITE:
        k -= 1
    for j in range(k, max(-1, k - _WITHOUT_SUBJECT_WORDS - 1), -1):
        t = tokens[j]
        if t.lower == "without":
            return True
        if not t.is_word or t.lower in NEGATIONS or (j < k and is_verb(tokens, j) == 2):
            return False
    return False


def polarities(facts: FactBase, document: str, sentence: int) -> tuple[dict[str, tuple[set[str], Span]], int]:
    """Each verb lemma of a sentence with its polarities and the clause (or sentence) it is in, and the number of
    negations that govern no verb: a new dict and new sets each call (the check adds to them), copied from
    :func:`_polarities` made once per sentence (a sentence is read again as a pair's side, a best match's neighbour
    and a counterpart: about 28,500 calls for 10,000 sentences on a 1,000-article archive)."""
    found, orphans = per_sentence(
        facts, "negation-flip.polarities", document, sentence, lambda: _polarities(facts, document, sentence)
    )
    return {lemma: (set(pols), span) for lemma, (pols, span) in found.items()}, orphans


def _polarities(facts: FactBase, document: str, sentence: int) -> tuple[dict[str, tuple[set[str], Span]], int]:
    """:func:`polarities`, made (do not modify: kept per sentence)."""
    tokens = sentence_tokens(facts, document, sentence)
    clauses = sentence_assertions(facts, document, sentence)
    verbs, orphans = per_sentence(facts, "verb-polarities", document, sentence, lambda: verb_polarities(tokens))
    out: dict[str, tuple[set[str], Span]] = {}
    predicates = [
        (i, _conceded(tokens, i, lemma), _read_polarity(tokens, i, polarity))
        for i, lemma, polarity in verbs
        if lemma not in _IGNORED and _own_predicate(tokens, i)
    ]
    copulas = per_sentence(facts, "copula-polarities", document, sentence, lambda: _complements(tokens, verbs))
    predicates += [(i, f"{head} {' '.join(complement)}", polarity) for head, i, complement, polarity, _ in copulas]
    predicates += [(i, lemma, "negated") for i, lemma in _negated_nominals(tokens) if lemma not in _IGNORED]
    predicates += [(i, lemma, "affirmed") for i, lemma in _owned_nominals(tokens) if lemma not in _IGNORED]
    predicates += [p for p in _adverb_verbs_of(facts, document, sentence, verbs) if p[1] not in _IGNORED]
    orphans = max(0, orphans - sum(cues for *_, cues in copulas))  # "were not at risk": the "not" is the copula's
    for i, lemma, polarity in predicates:
        at = tokens[i].start
        span = next((a.span for a in clauses if a.span.start <= at < a.span.end), None)
        pols, first = out.get(lemma, (set(), span or facts.sentence(document, sentence).span))
        pols.add(polarity)
        out[lemma] = (pols, first)
    return out, orphans


# Verbs that concede a fact with "that" ("accepted that councils faced pressures") and take a matter as their object
# ("did not accept the figure", "agreed to the deal"): two predicates.
_CONCEDING = frozenset({"accept", "acknowledge", "admit", "agree", "concede", "recognise", "recognize"})


def _conceded(tokens: list[Token], i: int, lemma: str) -> str:
    """A verb's predicate: "accept that" for a conceding verb with a "that" clause after it ("though he accepted that
    councils faced pressures"), which flips no "did not accept the WLGA's figure"; else the verb's lemma."""
    after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return f"{lemma} that" if lemma in _CONCEDING and after == "that" else lemma


# Adverbs of a verb group: "The bill also bans …", "pupils do not yet read …", "the scheme now covers …".
_GROUP_ADVERBS = frozenset(
    {"also", "now", "still", "already", "yet", "always", "often", "usually", "rarely", "seldom", "never", "not", "n't"}
    | {"routinely", "effectively", "further", "even", "only", "jointly", "formally", "explicitly", "specifically"}
)
# Auxiliaries that make the next verb sure: "do not yet read", "will also ban".
_GROUP_AUXILIARIES = frozenset(
    {"do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "shall"}
)
_NEGATORS = frozenset({"not", "n't", "never"})


def _adverb_verbs_of(
    facts: FactBase, document: str, sentence: int, verbs: list[tuple[int, str, str]]
) -> list[tuple[int, str, str]]:
    """The verbs of a sentence that only their adverbs show (:func:`_adverb_verbs`), beyond ``verbs`` already read."""
    tokens = sentence_tokens(facts, document, sentence)
    found = per_sentence(facts, "adverb-verbs", document, sentence, lambda: _adverb_verbs(tokens))
    read = {i for i, _, _ in verbs}
    return [p for p in found if p[0] not in read]


def _adverb_verbs(tokens: list[Token]) -> list[tuple[int, str, str]]:
    """The words that may be nouns or verbs ("bans", "read") that a verb group's adverb shows to be verbs: after an
    auxiliary and adverbs ("pupils do not yet read widely") or after a subject noun and an adverb that is no negation
    ("The bill also bans donations", "the plan now covers"), as (token index, verb lemma, polarity)."""
    out: list[tuple[int, str, str]] = []
    for k, t in enumerate(tokens):
        if not t.is_word or is_verb(tokens, k) != 1 or t.lower.endswith("ing"):
            continue
        j = k - 1
        while j >= 0 and tokens[j].lower in _GROUP_ADVERBS:
            j -= 1
        skipped = {u.lower for u in tokens[j + 1 : k]}
        if j < 0 or not skipped:
            continue
        before = tokens[j]
        subject = (
            before.is_word
            and before.lower not in STOPWORDS
            and not before.text[:1].isdigit()
            and is_verb(tokens, j) == 0
            and bool(skipped - _NEGATORS)
        )
        if before.lower in _GROUP_AUXILIARIES or subject:
            lemma = getLemma(t.lower, upos="VERB")[0]
            out.append((k, lemma, "negated" if negated_at(tokens, k) else "affirmed"))
    return out


# Bodies that hear evidence: "an inquest has heard", "the court heard", "the jury was told".
_FORUMS = frozenset({"court", "inquest", "jury", "tribunal", "hearing", "trial", "inquiry", "committee", "panel"})
_FORUM_AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "is", "are"})
# What opens the account a body heard, or when: "the court heard that …", "heard how …", "heard he had …", "a tribunal
# heard on Monday".
_REPORT_OPENERS = frozenset(
    {"that", "how", "he", "she", "they", "it", "we", "i", "his", "her", "their", "on", "yesterday", "today", "earlier"}
)


def _forum_heard(tokens: list[Token], i: int) -> bool:
    """Whether verb ``i`` is the "heard" or "was told" of a body hearing evidence ("…, an inquest has heard", "the
    court heard"): a formula that attributes what was said, no act of hearing to affirm or deny ("he did not hear him
    say …" flips nothing); not one that hears something named ("the panel heard evidence from the police")."""
    if not tokens[i].lemmas & {"hear", "tell"}:
        return False
    j = i - 1
    while j >= 0 and tokens[j].lower in _FORUM_AUXILIARIES:
        j -= 1
    forum = j >= 0 and tokens[j].lower in _FORUMS
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    reported = after is None or not after.is_word or after.lower in _REPORT_OPENERS  # not "heard evidence from"
    return forum and reported and ("hear" in tokens[i].lemmas or j < i - 1)  # "the jury was told", not "panel told"


def _complements(
    tokens: list[Token], verbs: list[tuple[int, str, str]]
) -> list[tuple[str, int, tuple[str, ...], str, int]]:
    """Each copula ("were not at risk", "will not be compulsory") and each "have" of possession ("had no previous
    convictions") of a sentence, as (head lemma, token index, complement, polarity, negation cues it governs): read
    with what follows it, as "be at risk", "have previous conviction" (a bare "be" or "have" means nothing)."""
    kept = [k for k, t in enumerate(tokens) if t.lower not in _CONNECTIVES]  # "was therefore not broad-based"
    read = [tokens[k] for k in kept]
    index = {k: n for n, k in enumerate(kept)}
    at = [index[i] for i, _, _ in verbs if i in index]
    copulas = [("be", *c) for c in copula_polarities(read, at)]
    found = copulas + [("have", *c) for c in possession_polarities(read, at)]
    keyed = [(head, kept[n], complement, polarity, cues) for head, n, complement, polarity, cues in found]
    return keyed + _receipts(tokens, verbs)


# Verbs of getting what a "without" denies: "was built without any state subsidy" → "received state subsidies".
_RECEIVING = frozenset({"receive", "get", "obtain", "win", "gain"})
_RECEIPT = "get"
_RECEIVED_OPENERS = frozenset({"any", "a", "an", "the", "its", "their", "his", "her"})


def _receipts(
    tokens: list[Token], verbs: list[tuple[int, str, str]]
) -> list[tuple[str, int, tuple[str, ...], str, int]]:
    """What a sentence says was got or gone without, as a "get" with its object, like a copula's complement
    (:func:`_complements`): "was built without any state subsidy" → ("get", …, ("state", "subsidy"), "negated", 0);
    "received state subsidies" and "did not receive state subsidies" → the same object, affirmed or negated. The
    object is a noun phrase (no gerund: "without consulting residents" is another act)."""
    out = [
        (_RECEIPT, k, words, "negated", 0)
        for k, t in enumerate(tokens)
        if t.lower == "without" and (words := _received(tokens, k))
    ]
    out += [
        ("get", i, words, polarity, 0)
        for i, lemma, polarity in verbs
        if lemma in _RECEIVING and (words := _received(tokens, i))
    ]
    return out


def _received(tokens: list[Token], k: int) -> tuple[str, ...]:
    """The content lemmas (up to three) of the noun phrase after token ``k`` ("without any state subsidy" → state,
    subsidy), or none when no noun opens it."""
    j = k + 1
    if j < len(tokens) and tokens[j].lower in _RECEIVED_OPENERS:
        j += 1
    if j >= len(tokens) or not _object_opens(tokens[j]) or tokens[j].lower.endswith("ing"):
        return ()
    words: list[str] = []
    for n in range(j, min(j + 4, len(tokens))):
        u = tokens[n]
        if not u.is_word or u.lower in _OBJECT_ENDS or is_verb(tokens, n) == 2:
            break
        if u.lower not in STOPWORDS:
            words.append(primary_lemma(u.lower))
    return tuple(words[:_OBJECT_WORDS]) if any(_noun_word(w) for w in words) else ()


# Connective adverbs that may stand between a copula and its "not" ("was therefore not broad-based", "is thus not
# subject to …"): they link the sentence to the one before and are read past, as no part of the complement.
_CONNECTIVES = frozenset({"therefore", "thus", "hence", "consequently", "accordingly", "nonetheless", "nevertheless"})


# A verb's noun and the verb lemmas it may come from: "violation" → violate, "agreement" → agree, "acceptance" →
# accept, "interference" → interfere, "approval" → approve, "dismissal" → dismiss.
_NOMINAL_ENDINGS = (
    ("ation", ("ate", "", "e")),
    ("ment", ("",)),
    ("ance", ("", "e")),
    ("ence", ("", "e")),
    ("al", ("e", "")),
)
# What follows a verb's own noun after "no": "no violation of", "no breach of", "no increase in", "no change to".
_NOMINAL_AFTER = frozenset({"of", "in", "to", "on", "by", "from"})


def _negated_nominals(tokens: list[Token]) -> list[tuple[int, str]]:
    """The verbs a sentence denies by their noun ("found that there had been no violation of Article 6": violate;
    "no breach of the rules": breach), as (token index, candidate lemma): a noun right after "no" and before a
    preposition. Each candidate only counts where the other sentence has that verb."""
    out: list[tuple[int, str]] = []
    for k in range(1, len(tokens) - 1):
        if tokens[k - 1].lower != "no" or tokens[k + 1].lower not in _NOMINAL_AFTER or not tokens[k].is_word:
            continue
        noun = tokens[k].lower
        out.append((k, noun))
        out.extend((k, lemma) for lemma in _verbs_of_noun(noun))
    return out


def _verbs_of_noun(noun: str) -> list[str]:
    """The verb lemmas a verb's noun may come from ("agreement" → agree, "approval" → approve, approv)."""
    return [
        noun[: -len(ending)] + stem
        for ending, stems in _NOMINAL_ENDINGS
        if noun.endswith(ending) and len(noun) > len(ending) + 2
        for stem in stems
    ]


# What follows an actor's noun of its act: "the AFL's agreement to schedule", "the board's approval of the sale".
_OWNED_AFTER = frozenset({"to", "of", "for"})
# Verbs that tell of an act still to come: "awaiting the council's approval of", "sought the union's agreement to".
_AWAITING = frozenset(
    {"wait", "await", "seek", "demand", "call", "urge", "ask", "want", "need", "require", "expect", "hope", "press"}
    | {"push", "pending", "without", "subject"}
)


def _owned_nominals(tokens: list[Token]) -> list[tuple[int, str]]:
    """The verbs a sentence affirms by their noun with the actor's possessive ("welcomed the AFL's agreement to
    schedule matches": agree; "the council's approval of the plan": approve), as (token index, candidate lemma): a
    noun of a verb after a possessive ("X's", "its", "their") and before "to", "of" or "for". The act is told as done,
    the other side of "has not agreed to schedule matches"; not one awaited or sought ("still waiting for the insurer's
    payment of the claim", "called for the board's approval of"). Each candidate only counts where the other sentence
    has that verb."""
    return [
        (k, lemma)
        for k in range(1, len(tokens) - 1)
        if tokens[k + 1].lower in _OWNED_AFTER
        and tokens[k].is_word
        and _after_possessive(tokens, k)
        and not any(t.lemmas & _AWAITING for t in tokens[max(0, k - 5) : k - 1])
        for lemma in _verbs_of_noun(tokens[k].lower)
    ]


def _after_possessive(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` follows a possessive: a name's ("AFL's", "the players' ") or a pronoun's ("its")."""
    word = tokens[k - 1].lower
    if word in ("'", "’"):
        return k > 1 and tokens[k - 2].lower.endswith("s")
    return word.endswith(("'s", "’s", "s'", "s’")) or word in ("its", "their", "his", "her")


def _verb_clauses(
    facts: FactBase, document: str, sentence: int, lemma: str
) -> Iterator[tuple[str, Span | None, list[Token], int]]:
    """Each occurrence of verb ``lemma`` in a sentence (not a noun's infinitive): its polarity, its clause (None when
    no clause holds it), the sentence's tokens and the verb's index among them."""
    tokens = sentence_tokens(facts, document, sentence)
    clauses = sentence_assertions(facts, document, sentence)
    verbs, _ = per_sentence(facts, "verb-polarities", document, sentence, lambda: verb_polarities(tokens))
    for i, verb, polarity in verbs + _adverb_verbs_of(facts, document, sentence, verbs):
        if verb != lemma or not _own_predicate(tokens, i):
            continue
        at = tokens[i].start
        yield (
            _read_polarity(tokens, i, polarity),
            next((a.span for a in clauses if a.span.start <= at < a.span.end), None),
            tokens,
            i,
        )


def _occurrences(facts: FactBase, document: str, sentence: int, lemma: str) -> list[tuple[str, Span, frozenset[str]]]:
    """Each occurrence of verb ``lemma`` in a sentence: its polarity, its clause, and the content lemmas of what
    follows it in that clause (its complement: "agreed to stop the raids" → stop, raid)."""
    out = []
    for polarity, span, tokens, i in _verb_clauses(facts, document, sentence, lemma):
        if span is None:
            continue
        after = [t for t in tokens[i + 1 :] if t.end <= span.end][:8]
        words = frozenset(
            primary_lemma(t.lower) for t in after if t.is_word and len(t.text) > 2 and t.lower not in STOPWORDS
        )
        out.append((polarity, span, words))
    return out


def _first_words(facts: FactBase, document: str, sentence: int, lemma: str) -> list[tuple[str, Span, str]]:
    """Each occurrence of verb ``lemma`` in a sentence with its polarity, its clause and the first content lemma
    after it (its object's head: "would not require a rezoning" → "rezoning")."""
    out = []
    for polarity, span, tokens, i in _verb_clauses(facts, document, sentence, lemma):
        head = next((t for t in tokens[i + 1 : i + 4] if t.is_word and t.lower not in STOPWORDS), None)
        if span is not None and head is not None:
            out.append((polarity, span, primary_lemma(head.lower)))
    return out


def _same_complements(mine: dict[str, tuple[set[str], Span]], theirs: dict[str, tuple[set[str], Span]]) -> None:
    """Key a copula's or a "have"'s complement in ``mine`` as the other sentence's when one of the two opens the
    other ("will not be compulsory" and "will be compulsory this year": "be compulsory" and "be compulsory year";
    "be mandatory bus tram" and "be mandatory bus"), and only one complement of the other sentence does so: one
    complement said with fewer or more words."""
    for key in [k for k in mine if " " in k and k not in theirs]:
        head, *words = key.split()
        alike = [
            k
            for k in theirs
            if k not in mine and k.split()[0] == head and _opens(words, k.split()[1:]) and len(k.split()) > 1
        ]
        if len(alike) == 1:
            mine[alike[0]] = mine.pop(key)


def _opens(a: list[str], b: list[str]) -> bool:
    """Whether one of two word lists is the start of the other."""
    n = min(len(a), len(b))
    return n > 0 and a[:n] == b[:n]


def _read_by_object(
    facts: FactBase,
    here: tuple[str, int],
    there: tuple[str, int],
    theirs: dict[str, tuple[set[str], Span]],
    mine: dict[str, tuple[set[str], Span]],
) -> dict[str, tuple[set[str], Span]]:
    """The verbs of sentence ``here`` that only the other sentence's reading shows: a word that may be a noun or a
    verb ("The phone supports satellite messaging", :func:`_noun_or_verb`) is the verb the other sentence has surely
    ("does not support satellite messaging", in ``theirs``) when the same object follows it in both (its first two
    content words, or its one). Each with its polarity and clause, for verbs ``mine`` lacks."""
    tokens = sentence_tokens(facts, *here)
    clauses = sentence_assertions(facts, *here)
    out: dict[str, tuple[set[str], Span]] = {}
    for lemma in sorted(set(theirs) - set(mine) - _IGNORED):
        if " " in lemma:
            continue
        objects = {_object_words(other, i) for _p, _s, other, i in _verb_clauses(facts, *there, lemma)} - {()}
        for k, t in enumerate(tokens[:-1]):
            if lemma not in t.lemmas or not _noun_or_verb(tokens, k) or _object_words(tokens, k) not in objects:
                continue
            span = next((a.span for a in clauses if a.span.start <= t.start < a.span.end), None)
            if span is not None:
                out[lemma] = ({"negated" if negated_at(tokens, k) else "affirmed"}, span)
                break
    return out


# Verbs that say the same change of an amount, each with the others of its class: "did not reduce the number of
# visits" is denied by "cut the number of visits" as by "reduced" it.
_SAME_CHANGE = (
    frozenset({"reduce", "cut", "lower", "decrease", "lessen", "curb", "shrink", "trim", "slash"}),
    frozenset({"increase", "raise", "boost", "lift", "expand", "grow"}),
    frozenset({"improve", "better"}),
    frozenset({"halt", "stop", "end", "cease", "suspend"}),
)


def _read_as_synonym(
    facts: FactBase,
    here: tuple[str, int],
    there: tuple[str, int],
    mine: dict[str, tuple[set[str], Span]],
    theirs: dict[str, tuple[set[str], Span]],
) -> dict[str, tuple[set[str], Span]]:
    """The verbs of sentence ``here`` read as the other sentence's verb of the same change ("cut the number of
    emergency visits" as "reduce" when the other has "did not reduce the number of emergency visits"): the same
    object (a content word of its noun phrase in common), neither verb in both sentences. Each under the other
    sentence's lemma, with its own polarities and clause."""
    out: dict[str, tuple[set[str], Span]] = {}
    mine_tokens, their_tokens = sentence_tokens(facts, *here), sentence_tokens(facts, *there)
    for lemma in sorted(set(mine) - set(theirs)):
        same = next((c for c in _SAME_CHANGE if lemma in c), frozenset())
        for other in sorted(same & set(theirs) - set(mine)):
            ours, others = _direct_objects(mine_tokens, lemma), _direct_objects(their_tokens, other)
            if ours and others and len(ours) == len(others) == 1 and ours[0] & others[0]:
                out[other] = mine[lemma]
    return out


def _noun_or_verb(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is a word that may be a verb or a noun, which the verb reading left aside ("supports"; not
    a sure verb it skipped on purpose, "whether to call", nor a gerund, "barred from holding", nor a word opening the
    sentence or after a determiner, "Support for older phones")."""
    opens_phrase = k == 0 or tokens[k - 1].lower in DETERMINERS  # "Support for older phones is …": a noun
    return is_verb(tokens, k) == 1 and not tokens[k].lower.endswith("ing") and not opens_phrase


def _object_words(tokens: list[Token], i: int) -> tuple[str, ...]:
    """The first two content lemmas of the object after verb ``i`` ("supports satellite messaging" → satellite,
    messaging), within its next four words and before any punctuation."""
    words: list[str] = []
    for t in tokens[i + 1 : i + 5]:
        if not t.is_word:
            break
        if t.lower not in STOPWORDS:
            words.append(primary_lemma(t.lower))
    return tuple(words[:2])


def _bare_noun_object(tokens: list[Token], lemma: str) -> str | None:
    """The bare noun right after verb ``lemma`` in a sentence, no determiner before it ("has taken note of",
    "took part in", "did not reach agreement"): the verb and that noun are one predicate ("take note" is not "take a
    decision"; a plural is an ordinary object: "bans gifts"), or None."""
    for k, t in enumerate(tokens[:-1]):
        nxt = tokens[k + 1]
        verb = lemma in t.lemmas and is_verb(tokens, k)
        noun = nxt.is_word and nxt.lower not in STOPWORDS and may_be_noun(nxt.lower) and is_verb(tokens, k + 1) < 2
        noun = noun and not _plural(nxt.lower)  # "bans donations": a plural is an object, not one predicate
        noun = noun and nxt.lower not in _EVIDENCE  # "did not find evidence that …" denies what "found that …" says
        if verb and noun and not nxt.text[:1].isupper():
            return primary_lemma(nxt.lower)
    return None


# Nouns of evidence a finding is of: "did not find evidence that the managers knew" denies the finding "found that
# the managers knew", no other predicate.
_EVIDENCE = frozenset({"evidence", "proof", "indication", "sign", "signs", "trace", "traces", "grounds"})


def _plural(word: str) -> bool:
    """Whether ``word`` is a plural noun ("donations", "gifts"; not "news", "series")."""
    return word.endswith("s") and primary_lemma(word) != word


def _other_predicates(facts: FactBase, m: Match, lemma: str) -> bool:
    """Whether the two sentences use verb ``lemma`` in two predicates: one has it with a bare noun object ("has
    taken note of all submissions") that the other sentence does not have at all ("no final decision had been
    taken"): the same verb, another act."""
    places = ((m.document, m.sentence), (m.other, m.other_sentence))
    if _objects_differ(sentence_tokens(facts, *places[0]), sentence_tokens(facts, *places[1]), lemma):
        return True
    for here, there in (places, places[::-1]):
        noun = _bare_noun_object(sentence_tokens(facts, *here), lemma)
        if noun is not None and not any(noun in t.lemmas for t in sentence_tokens(facts, *there)):
            return True
    return False


# What ends a direct object: a preposition, a clause word or an infinitive ("expects punctuality in August to …").
_OBJECT_ENDS = frozenset(
    {"in", "on", "at", "for", "from", "to", "by", "with", "of", "after", "before", "since", "until", "over", "into"}
    | {"that", "which", "who", "and", "but", "or", "as", "because", "while", "if", "than", "despite", "amid"}
)
_OBJECT_OPENERS = frozenset({"a", "an", "the", "any", "its", "their", "his", "her", "our", "this", "these", "those"})
_OBJECT_WORDS = 3
_OBJECT_REACH = 6
_OBJECT_PARTICLES = frozenset({"out", "up", "down", "off", "back"})
_TIME_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tomorrow"}
    | {"last", "next", "earlier", "later", "again", "once", "twice", "overnight", "tonight"}
)


def _direct_objects(tokens: list[Token], lemma: str) -> list[frozenset[str]] | None:
    """The content lemmas of the direct object of each verb ``lemma`` of a sentence ("does not expect a quick
    recovery" → {quick, recovery}; "ruled out equipment failure": past its particle), or None when one has none that
    names a thing (a preposition, "that", an adverb, a pronoun, a bare figure or a time follows it: "resigned after the
    vote", "approved it", "resigned on Tuesday"); an amount before a noun is passed over ("received a $10 credit")."""
    out: list[frozenset[str]] = []
    for k, t in enumerate(tokens):
        if lemma not in t.lemmas or not is_verb(tokens, k):
            continue
        j = k + 1
        if j < len(tokens) and tokens[j].lower in _OBJECT_PARTICLES:
            j += 1
        if j < len(tokens) and tokens[j].lower in _OBJECT_OPENERS:
            j += 1
        opened = j
        while j < len(tokens) and j - opened < _FIGURE_TOKENS and _figure_part(tokens[j]):
            j += 1  # an amount before the noun it counts: "received a $10 credit", "signed a 12-month lease"
        if j >= len(tokens) or not _object_opens(tokens[j]):
            return None
        words = _object_phrase(tokens, j)
        if not words:
            return None
        out.append(words)
    return out or None


_FIGURE_TOKENS = 3


def _figure_part(token: Token) -> bool:
    """Whether ``token`` is part of a figure written in digits ("$", "10", "12-month", "%")."""
    return token.text[:1].isdigit() or token.text in ("$", "£", "€", "¥", "%")


def _object_phrase(tokens: list[Token], j: int) -> frozenset[str]:
    """The content lemmas of the noun phrase opening at ``j`` (up to ``_OBJECT_REACH`` tokens, figures passed over:
    "the proposed 2 per cent surcharge"), or none when an auxiliary follows it: "believe the incident is linked" has
    a clause, no object."""
    words: list[str] = []
    for n in range(j, min(j + _OBJECT_REACH, len(tokens))):
        u = tokens[n]
        if u.lower in _FINITE_AUXILIARIES:
            return frozenset()  # "believe the incident is linked": a clause
        if u.text[:1].isdigit():
            continue
        if not u.is_word or u.lower in _OBJECT_ENDS or is_verb(tokens, n) == 2:
            break
        if u.lower not in STOPWORDS:
            words.append(primary_lemma(u.lower))
    return frozenset(words)


_TAIL_SHARED = 2
"""Content words two verbs' complements (to the first punctuation) must share to be one predicate although their
objects differ ("does not ban gifts from registered clubs" / "bans donations from registered clubs")."""
_TAIL_REACH = 8


def _complement_words(tokens: list[Token], lemma: str) -> frozenset[str]:
    """The content lemmas after each verb ``lemma`` of a sentence, up to ``_TAIL_REACH`` words and the first
    punctuation mark."""
    out: set[str] = set()
    for k, t in enumerate(tokens):
        if lemma not in t.lemmas or not is_verb(tokens, k):
            continue
        for u in tokens[k + 1 : k + 1 + _TAIL_REACH]:
            if not u.is_word and not u.text[:1].isdigit():
                break
            if u.is_word and u.lower not in STOPWORDS:
                out.add(primary_lemma(u.lower))
    return frozenset(out)


def _object_opens(token: Token) -> bool:
    """Whether ``token`` may open a noun phrase that names a thing: a word, no stopword, adverb or time."""
    low = token.lower
    return (
        token.is_word
        and low not in STOPWORDS
        and low not in _OBJECT_ENDS
        and low not in _TIME_WORDS
        and not (low.endswith("ly") and not may_be_noun(low))
    )


def _objects_differ(one: list[Token], other: list[Token], lemma: str) -> bool:
    """Whether both sentences give verb ``lemma`` a direct object every time, no object of one shares a content word
    with one of the other, and what follows the verbs shares fewer than ``_TAIL_SHARED`` ("does not expect a quick
    recovery" → "expects punctuality to remain at …"): the same verb of another thing, no polarity to compare."""
    mine, theirs = _direct_objects(one, lemma), _direct_objects(other, lemma)
    if mine is None or theirs is None or any(a & b for a in mine for b in theirs):
        return False
    tails = [_complement_words(one, lemma), _complement_words(other, lemma)]
    return len(tails[0] & tails[1]) < _TAIL_SHARED  # "bans donations from registered clubs" / "gifts from …"


def _neighbour_flips(facts: FactBase, m: Match, compared: Collection[tuple[str, int, str, int]]) -> Iterator[Verdict]:
    """A rewrite sentence's verb and its object ("would require a rezoning") that the source sentence next to its
    best match has the other way ("… and that the project would not require a rezoning. She stated that the project
    would require a minor amendment …"): the rewrite merged the two and lost the "not" of the one it barely restates.
    Only the same verb with the same object head, once in each sentence, the best match not having it, and a
    neighbour not already ``compared`` with the sentence."""
    mine, _ = polarities(facts, m.document, m.sentence)
    best, _ = polarities(facts, m.other, m.other_sentence)
    # the best match must hold the verb too (the rewrite merges two sentences about one act); a copula's complement
    # is compared in restatements only: with no such verb, the neighbours are not read
    shared = {lemma for lemma in mine if lemma in best and " " not in lemma} - _IGNORED
    if not shared:
        return
    for k in (m.other_sentence - 1, m.other_sentence + 1):
        if k < 0 or k >= len(facts.extractions[m.other].sentences) or (m.document, m.sentence, m.other, k) in compared:
            continue
        theirs, _ = polarities(facts, m.other, k)
        for lemma in sorted(shared.intersection(theirs)):
            ours = _first_words(facts, m.document, m.sentence, lemma)
            there = _first_words(facts, m.other, k, lemma)
            if len(ours) != 1 or len(there) != 1 or ours[0][0] == there[0][0] or ours[0][2] != there[0][2]:
                continue
            if any(head == ours[0][2] for *_x, head in _first_words(facts, m.other, m.other_sentence, lemma)):
                continue
            (stated, s1, _h), (source, s2, _g) = ours[0], there[0]
            read = _compared(stated, source)
            if read is None:
                continue
            stated, source = read
            if _explained(facts, Match(m.document, m.sentence, m.other, k, m.score), lemma, stated):
                continue  # a quoted promise the best match shows broken, a stance, a degree
            yield _flipped(facts, m, lemma, lemma, (stated, s1), (source, s2))
            return


def _matching_clause(
    facts: FactBase, m: Match, lemma: str, mixed_in_source: bool
) -> tuple[str, Span, str, Span] | None:
    """When one sentence has a verb both negated and affirmed (in two clauses) and the other has it one way, the
    mixed sentence's occurrence whose complement shares the most words with the other's ("have not agreed to stop
    kidnapping" for "have agreed to end kidnappings", not "agreed to extend the truce"): (stated polarity, its
    clause, source polarity, its clause), or None when no occurrence wins outright."""
    single = (m.document, m.sentence) if mixed_in_source else (m.other, m.other_sentence)
    mixed = (m.other, m.other_sentence) if mixed_in_source else (m.document, m.sentence)
    ones = _occurrences(facts, *single, lemma)
    if not ones:
        return None
    polarity, span, words = ones[0]
    scored = sorted(((len(words & w), p, s) for p, s, w in _occurrences(facts, *mixed, lemma)), key=lambda x: -x[0])
    if len(scored) < 2 or scored[0][0] == 0 or scored[0][0] == scored[1][0]:
        return None
    _, other_polarity, other_span = scored[0]
    if mixed_in_source:
        return polarity, span, other_polarity, other_span
    return other_polarity, other_span, polarity, span


def _flipped(
    facts: FactBase, m: Match, shown: str, predicate: str, stated: tuple[str, Span], source: tuple[str, Span]
) -> Verdict:
    """The verdict: the rewrite has ``predicate`` (written as ``shown``) with one polarity where its source has the
    other, each with its clause."""
    (polarity, s1), (theirs, s2) = stated, source
    return fail(
        f"{facts.label(m.document)} has “{shown}” {polarity} (“{s1.text}”) where its source "
        f"{facts.label(m.other)} has it {theirs} (“{s2.text}”)",
        [facts.evidence(m.document, s1, role="stated"), facts.evidence(m.other, s2, role="source")],
        predicate=predicate,
        stated=polarity,
        source=theirs,
        score=m.score,
    )


def _governing_verb(tokens: list[Token], lemma: str) -> str | None:
    """The verb that governs ``lemma`` through "to" ("refused to join" → "refuse"), if any."""
    for k, t in enumerate(tokens):
        if k >= 2 and lemma in t.lemmas and tokens[k - 1].lower == "to" and tokens[k - 2].is_word:
            return tokens[k - 2].lemma if tokens[k - 2].lower not in _REFUSING else "refuse"
    return None


def _stance_governed(facts: FactBase, m: Match, lemma: str) -> bool:
    """Both sentences put the verb under another verb and one of them is a refusal ("refused to join" vs "agreed to
    join"): the difference is the actor's stance, not a lost "not"."""
    mine = _governing_verb(sentence_tokens(facts, m.document, m.sentence), lemma)
    theirs = _governing_verb(sentence_tokens(facts, m.other, m.other_sentence), lemma)
    return mine is not None and theirs is not None and "refuse" in (mine, theirs) and mine != theirs


# Near-negative quantifiers: "little to fall back on", "few places to turn to" all but deny what "a little", "a few"
# affirm.
_SCARCE = frozenset({"little", "few"})


def _scarce(tokens: list[Token], lemma: str) -> bool:
    """Whether the verb ``lemma`` is the infinitive of a near-negative quantifier ("little to fall back on", "few
    options to choose from"; not "a little to eat"): all but negated, no affirmation of what "nothing to …"
    denies."""
    for k, t in enumerate(tokens):
        if k < 2 or lemma not in t.lemmas or tokens[k - 1].lower != "to":
            continue
        for j in range(k - 2, max(-1, k - 5), -1):
            if tokens[j].lower in _SCARCE:
                return j == 0 or tokens[j - 1].lower not in ("a", "quite")
            if not tokens[j].is_word:
                break
    return False


_AVOWING = frozenset({"confirm", "admit", "acknowledge", "concede", "deny"})


def _avowal(tokens: list[Token], lemma: str) -> str | None:
    """The verb of avowal or denial that governs ``lemma`` through "that" ("denied that X was taken" → "deny",
    "confirmed that X had been taken" → "confirm"), if any."""
    for k, t in enumerate(tokens):
        if lemma in t.lemmas:
            word = that_governor(tokens, k)
            found = primary_lemma(word) if word else None
            if found in _AVOWING:
                return found
    return None


def _denial_governed(facts: FactBase, m: Match, lemma: str) -> bool:
    """Both sentences put the verb under a "that" of avowal and one of them is a denial ("denied that X was taken"
    vs "confirmed that X was taken"): the difference is the actor's stance, reported by stance-conflict."""
    mine = _avowal(sentence_tokens(facts, m.document, m.sentence), lemma)
    theirs = _avowal(sentence_tokens(facts, m.other, m.other_sentence), lemma)
    return mine is not None and theirs is not None and "deny" in (mine, theirs) and mine != theirs


# Inside or outside a limit: "within the margin of error" / "outside the margin of error", "within budget" / "over
# budget" (the preposition, then up to four words of its object before any punctuation).
_LIMIT = re.compile(r"(?i)\b(?P<side>within|inside|outside|beyond)\s+(?P<object>(?:[\w’'-]+\s+){0,3}[\w’'-]+)")
_INSIDE = frozenset({"within", "inside"})


# A word that ends a limit's object: "within the Green Belt but outside …", "within budget and on time".
_CLAUSE_WORD = re.compile(r"(?i)\s+(?:and|but|or|which|that|where|while)\b")
# A negation of a limit's side, up to two words before it: "is not within", "does not lie within", "never inside".
_NOT_SIDE = re.compile(r"(?i)\b(?:not|n[’']t|never)\s+(?:[\w’'-]+\s+){0,2}$")


def _limits(text: str) -> list[tuple[bool, frozenset[str], int, int]]:
    """The limits a sentence puts something inside or outside of: (inside, the object's content lemmas, span). A side
    denied is the other one ("is not within the Green Belt", "does not lie within" put it outside), its span from the
    negation."""
    out = []
    for m in _LIMIT.finditer(text):
        cut = _CLAUSE_WORD.search(m.group("object"))
        end = m.start("object") + cut.start() if cut else m.end()  # "within the Green Belt but outside …"
        words = [w for w in re.findall(r"[\w’'-]+", text[m.start("object") : end].lower()) if w not in STOPWORDS]
        words = [primary_lemma(w.removesuffix("’s").removesuffix("'s")) for w in words]
        denied = _NOT_SIDE.search(text[: m.start()])
        inside = (m.group("side").lower() in _INSIDE) != bool(denied)
        out.append((inside, frozenset(words), denied.start() if denied else m.start(), end))
    return out


def _bounds_flipped(facts: FactBase, m: Match) -> Iterator[Verdict]:
    """A rewrite sentence that puts something outside a limit its source sentence puts it within ("is within the
    margin of error" → "is outside the margin of error"), or the reverse: the same object (every content word of the
    shorter one, at least two, or one word alike) on the other side, neither sentence giving both sides of it."""
    mine = _limits(facts.sentence_text(m.document, m.sentence))
    theirs = _limits(facts.sentence_text(m.other, m.other_sentence))
    for inside, words, start, end in mine:
        for other_inside, other_words, o_start, o_end in theirs:
            if inside == other_inside or not words or not other_words:
                continue
            small = min(words, other_words, key=len)
            if not small <= (words & other_words) or (len(small) < 2 and words != other_words):
                continue
            both = any(i == other_inside and small <= w for i, w, *_ in mine) or any(
                i == inside and small <= w for i, w, *_ in theirs
            )
            if both:
                continue
            a, b = facts.sentence(m.document, m.sentence).span, facts.sentence(m.other, m.other_sentence).span
            stated = facts.documents[m.document].span(a.start + start, a.start + end)
            source = facts.documents[m.other].span(b.start + o_start, b.start + o_end)
            yield fail(
                f"{facts.label(m.document)} says “{stated.text}” where its source {facts.label(m.other)} says "
                f"“{source.text}”: the other side of the same limit",
                [facts.evidence(m.document, stated, role="stated"), facts.evidence(m.other, source, role="source")],
                predicate="within",
                stated="affirmed" if inside else "negated",
                source="affirmed" if other_inside else "negated",
                score=m.score,
            )
            return


@register_check(NegationFlipRule, requires={"assertions"}, supersedes={"unsupported-claim"}, scope="corpus")
def check(rule: NegationFlipRule, facts: FactBase) -> Iterator[Verdict]:
    pairs = {(m.document, m.sentence, m.other, m.other_sentence): m for m in restatements(facts)}
    for m in merged(facts):  # a rewrite sentence merging two source sentences restates each of them
        pairs.setdefault((m.document, m.sentence, m.other, m.other_sentence), m)
    for m in restatements(facts):
        if m.score >= rule.min_score:
            yield from _neighbour_flips(facts, m, pairs)
    for m in (pairs[k] for k in sorted(pairs)):
        if m.score < rule.min_score:
            continue
        bounds = list(_bounds_flipped(facts, m))
        if bounds:
            yield from bounds
            continue  # the limit crossed is the flip ("lies within" → "does not lie within": one finding)
        mine, _ = polarities(facts, m.document, m.sentence)
        theirs, _ = polarities(facts, m.other, m.other_sentence)
        mine.update(_read_by_object(facts, (m.document, m.sentence), (m.other, m.other_sentence), theirs, mine))
        theirs.update(_read_by_object(facts, (m.other, m.other_sentence), (m.document, m.sentence), mine, theirs))
        mine.update(_read_as_synonym(facts, (m.document, m.sentence), (m.other, m.other_sentence), mine, theirs))
        _same_complements(mine, theirs)
        flips: list[tuple[str, Verdict]] = []
        for predicate in sorted(set(mine) & set(theirs)):
            (p1, s1), (p2, s2) = mine[predicate], theirs[predicate]
            p1, p2 = _acts(p1), _acts(p2)
            if len(p1) == 1 and len(p2) == 1:
                if p1 == p2:
                    continue
                stated, source = next(iter(p1)), next(iter(p2))
            else:
                # one side has the verb both ways: compare the clause whose complement matches the other side's
                picked = _matching_clause(facts, m, predicate, len(p2) > 1) if len(p1) + len(p2) == 3 else None
                if picked is None or picked[0] == picked[2]:
                    continue
                stated, s1, source, s2 = picked
            read = _compared(stated, source)
            if read is None:
                continue
            stated, source = read
            lemma = predicate.split()[0]  # "be at risk" → "be"
            if _explained(facts, m, lemma, stated) or (" " not in predicate and _other_predicates(facts, m, lemma)):
                continue
            shown = predicate if lemma not in _IGNORED else f"to {lemma} … {predicate.removeprefix(lemma + ' ')}"
            flips.append((predicate, _flipped(facts, m, shown, predicate, (stated, s1), (source, s2))))
        flips = _one_claim(facts, m, flips, mine, theirs)
        # "found no breach of" against "found … breached" or "did not breach": the breach is compared, not "find"
        shared = _nominals(facts, m) & set(mine) & set(theirs) if flips else set()
        yield from (v for p, v in flips if p in shared or not shared)
    yield from _counterpart_flips(facts, pairs)


def _one_claim(
    facts: FactBase,
    m: Match,
    flips: list[tuple[str, Verdict]],
    mine: dict[str, tuple[set[str], Span]],
    theirs: dict[str, tuple[set[str], Span]],
) -> list[tuple[str, Verdict]]:
    """The flips of a pair, each claim once: a verb whose negation a raising word passed down ("is not expected to
    operate") is not reported beside that word's own flip ("expect"), nor what was got ("get report") beside the
    verb of getting found in both sentences ("has not received any reports" → "has received reports")."""
    flipped = {p for p, _ in flips}
    raisers = flipped & _RAISING_LEMMAS
    raised = _raised_lemmas(facts, (m.document, m.sentence)) | _raised_lemmas(facts, (m.other, m.other_sentence))
    got = bool(_RECEIVING & set(mine) & set(theirs))
    return [(p, v) for p, v in flips if not (raisers and p in raised) and not (got and p.startswith(_RECEIPT + " "))]


_RAISING_LEMMAS = frozenset({primary_lemma(w) for w in _RAISING} | {"expect", "think", "believe", "set", "go"})


def _raised_lemmas(facts: FactBase, place: tuple[str, int]) -> set[str]:
    """The verbs of a sentence whose negation a raising word passes down (:func:`raised_negation`)."""
    tokens = sentence_tokens(facts, *place)
    return {lemma for k, t in enumerate(tokens) if raised_negation(tokens, k) for lemma in t.lemmas}


def _nominals(facts: FactBase, m: Match) -> set[str]:
    """The verbs either sentence of a pair denies by their noun (:func:`_negated_nominals`)."""
    return {
        lemma
        for doc, k in ((m.document, m.sentence), (m.other, m.other_sentence))
        for _, lemma in _negated_nominals(sentence_tokens(facts, doc, k))
    }


def _explained(facts: FactBase, m: Match, lemma: str, stated: str) -> bool:
    """Whether a verb's polarities differ for a reason that is no lost "not": the actor's stance ("refused to join" vs
    "agreed to join", "did not accept the finding" vs "accepted the finding", reported by stance-conflict), or a
    degree ("nothing to fall back on" → "little to fall back on"), or a negation of something else on the affirmed
    side ("ruled on how, not on whether": more negations that govern no verb than the other side), or a promise
    quoted on one side only (:func:`_promised`)."""
    mine, theirs = polarities(facts, m.document, m.sentence)[1], polarities(facts, m.other, m.other_sentence)[1]
    if (mine > theirs) if stated == "affirmed" else (theirs > mine):
        return True
    if (
        _stance_governed(facts, m, lemma)
        or _denial_governed(facts, m, lemma)
        or stance_flipped(facts, (m.document, m.sentence), (m.other, m.other_sentence), lemma)
    ):
        return True
    affirmed = sentence_tokens(
        facts, *((m.document, m.sentence) if stated == "affirmed" else (m.other, m.other_sentence))
    )
    negated = sentence_tokens(
        facts, *((m.other, m.other_sentence) if stated == "affirmed" else (m.document, m.sentence))
    )
    if _promised(negated, lemma) != _promised(affirmed, lemma):
        return True
    if _purposes(negated, lemma) & _denied_purposes(affirmed):
        return True
    if _after_verb(negated, lemma, _ENOUGH) and _after_verb(affirmed, lemma, _TOO_LITTLE):
        return True  # "had not been given enough credit" → "had been given too little credit": the same shortfall
    return (
        _scarce(affirmed, lemma)
        or _insufficient(affirmed, lemma)
        or _counterfactual(affirmed, lemma)
        or (_until(negated, lemma, negated_too=True) and not _until(affirmed, lemma))
    )


# A shortfall said two ways: "not … enough" on the negated side, "too little", "too few", "insufficient" or
# "inadequate" on the affirmed one ("was not paid enough" → "was paid too little").
_ENOUGH = ("enough", "sufficient")
_TOO_LITTLE = ("too little", "too few", "too small", "too short", "insufficient", "inadequate")
_SHORTFALL_REACH = 5


def _after_verb(tokens: list[Token], lemma: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` (a word or two) stands within ``_SHORTFALL_REACH`` words after the verb ``lemma``,
    before any punctuation."""
    for k, t in enumerate(tokens):
        if lemma not in t.lemmas:
            continue
        ahead: list[str] = []
        for u in tokens[k + 1 : k + 1 + _SHORTFALL_REACH]:
            if not u.is_word:
                break
            ahead.append(u.lower)
        text = f" {' '.join(ahead)} "
        if any(f" {w} " in text for w in words):
            return True
    return False


# Words of a promise or assurance: "promising customers their money was "never lent out"", "assured investors".
_PROMISING = ("promis", "assur", "pledg", "guarantee", "vow")
_QUOTE_MARKS = frozenset({'"', "“", "”"})


def _promised(tokens: list[Token], lemma: str) -> bool:
    """Whether every ``lemma`` of a sentence stands inside a quotation after a word of promise or assurance
    ("promising yields of 12% and telling them their money was "never lent out without collateral""): the speaker's
    word, which the story may show broken; a rewrite telling that the money was lent flips no fact of the source."""
    at = [k for k, t in enumerate(tokens) if lemma in t.lemmas]
    for k in at:
        marks = [j for j in range(k) if tokens[j].text in _QUOTE_MARKS]
        if len(marks) % 2 == 0 or not any(t.lower.startswith(_PROMISING) for t in tokens[: marks[-1]]):
            return False
    return bool(at)


def _purposes(tokens: list[Token], lemma: str) -> set[str]:
    """The verbs of the purposes ``lemma`` is given for: "is not built to survive the night" → {"survive"}."""
    return {
        tokens[k + 2].lower
        for k, t in enumerate(tokens[:-2])
        if lemma in t.lemmas and tokens[k + 1].lower == "to" and tokens[k + 2].is_word
    }


def _denied_purposes(tokens: list[Token]) -> set[str]:
    """The verbs of purposes a sentence denies with any verb: "is not designed to survive" → {"survive"}. A purpose
    denied on both sides is no flip, whichever verb gives it ("not designed to" → "not built to")."""
    return {
        tokens[j + 1].lower
        for j in range(2, len(tokens) - 1)
        if tokens[j].lower == "to" and any(u.lower in _NEGATORS for u in tokens[max(0, j - 3) : j - 1])
    }


# A verb after "should have" (ought to, could, would, might, must have) states what did not happen ("the town should
# have sought other bids" says it had not sought them): no affirmation.
_COUNTERFACTUAL = frozenset({"should", "could", "would", "might", "must", "ought"})


def _counterfactual(tokens: list[Token], lemma: str) -> bool:
    """Whether every ``lemma`` of the affirmed side follows a modal and "have" (see ``_COUNTERFACTUAL``)."""
    at = [k for k, t in enumerate(tokens) if lemma in t.lemmas]
    return bool(at) and all(
        k >= 2
        and tokens[k - 1].lower == "have"
        and (tokens[k - 2].lower in _COUNTERFACTUAL or (k >= 3 and tokens[k - 2].lower == "to"))
        for k in at
    )


# "would not take place before February", "won't open until May": a negation that bounds when, not whether.
_UNTIL = frozenset({"before", "until", "till"})


def _until(tokens: list[Token], lemma: str, negated_too: bool = False) -> bool:
    """Whether ``lemma`` is bounded in time by "before"/"until" within the three words after it (with
    ``negated_too``, and denied by "not"/"never" within the three before it). A negation so bounded says when, not
    whether: "will take place in February" restates "would not take place before February"; "is expected to recover
    before 2029" still flips "is not expected to recover before 2029", the bound kept."""
    return any(
        lemma in t.lemmas
        and any(u.lower in _UNTIL for u in tokens[k + 1 : k + 4])
        and (
            not negated_too
            or any(u.lower in ("not", "n't", "never") for u in tokens[max(0, k - 3) : k])
            or raised_negation(tokens, k)  # "was unlikely to reopen before Wednesday"
        )
        for k, t in enumerate(tokens)
    )


def _insufficient(tokens: list[Token], lemma: str) -> bool:
    """Whether the verb ``lemma`` is the infinitive of what falls short ("was not enough to offset the costs", "too
    late to stop it") or of a purpose denied ("was not designed to show whether …"): all but negated, no affirmation
    of what "did not offset" or "could not show" denies."""
    for k, t in enumerate(tokens):
        if k < 3 or lemma not in t.lemmas or tokens[k - 1].lower != "to":
            continue
        if tokens[k - 2].lower == "enough" and any(u.lower in NEGATIONS for u in tokens[max(0, k - 5) : k - 2]):
            return True
        if tokens[k - 3].lower == "too":
            return True
        purpose = k - 3 if tokens[k - 2].lower == "up" else k - 2  # "was not set up to test"
        if tokens[purpose].lower in _PURPOSES and any(
            u.lower in NEGATIONS for u in tokens[max(0, purpose - 3) : purpose]
        ):
            return True
    return False


# What a thing is made or allowed for: a verb after a negated one ("was not designed to show whether …", "not set up to
# test", "is not meant to replace") is all but negated.
_PURPOSES = frozenset({"designed", "meant", "intended", "supposed", "built", "set", "equipped", "allowed", "permitted"})


COUNTERPART_SHARED = 2
"""Content words a verb's complement must share with the source's to be compared in a counterpart that is not the
rewrite sentence's restated match."""


def _counterpart_flips(facts: FactBase, pairs: Collection[tuple[str, int, str, int]]) -> Iterator[Verdict]:
    """A rewrite sentence's verb flipped in another source sentence that is its counterpart (scoring at least
    ``SUPPORT_FLOOR``, not only its best match: "The film was selected for the International Competition and will open
    the festival at the Teatro Auditorium" best matches a sentence on ticket sales at the Teatro Auditorium, and
    "The film was not selected for the International Competition" less well): the verb once in each sentence, its
    complement sharing ``COUNTERPART_SHARED`` content words, and no counterpart having it the rewrite's way; a verb
    already compared with a source sentence the rewrite sentence restates (``pairs``) is not compared again."""
    compared: dict[tuple[str, int], set[str]] = {}
    for document, sentence, other, other_sentence in pairs:
        compared.setdefault((document, sentence), set()).update(polarities(facts, other, other_sentence)[0])
    for document, sources in rewrite_pairs(facts):
        for s in facts.extractions[document].sentences:
            scored = source_scores_at_least(facts, document, s.index, sources, SUPPORT_FLOOR)
            mine, _ = polarities(facts, document, s.index)
            verbs = {lemma for lemma, (pols, _span) in mine.items() if len(pols) == 1 and " " not in lemma}
            verbs -= compared.get((document, s.index), set())
            if not scored:
                continue
            found = _counterpart_flip(facts, document, s.index, scored, verbs, pairs)
            done = compared.get((document, s.index), set())
            found = found or _counterpart_complement_flip(facts, (document, s.index), scored, pairs, done)
            if found is not None:
                yield found


def _counterpart_flip(
    facts: FactBase,
    document: str,
    sentence: int,
    scored: list[tuple[float, str, int]],
    verbs: set[str],
    pairs: Collection[tuple[str, int, str, int]],
) -> Verdict | None:
    """The first verb of ``verbs`` flipped in one of a rewrite sentence's counterparts (``scored``), if any."""
    for lemma in sorted(verbs - _IGNORED):
        ours = _occurrences(facts, document, sentence, lemma)
        if len(ours) != 1:
            continue
        stated, s1, words = ours[0]
        ways = {(src, i): _occurrences(facts, src, i, lemma) for _score, src, i in scored}
        if any(p == stated for found in ways.values() for p, _s, w in found if len(w & words) >= COUNTERPART_SHARED):
            continue  # a counterpart has it the rewrite's way
        for score, src, i in scored:
            there = ways[(src, i)]
            if (document, sentence, src, i) in pairs or len(there) != 1:
                continue
            source, s2, other_words = there[0]
            read = _compared(stated, source)
            if source == stated or read is None or len(words & other_words) < COUNTERPART_SHARED:
                continue
            m = Match(document, sentence, src, i, score)
            if not _explained(facts, m, lemma, read[0]) and not _other_predicates(facts, m, lemma):
                return _flipped(facts, m, lemma, lemma, (read[0], s1), (read[1], s2))
    return None


COUNTERPART_SUBJECT = 2
"""Content words the words before a copula must share with a counterpart's to compare its complement there (one
when the complement has two content words or more)."""


def _counterpart_complement_flip(
    facts: FactBase,
    here: tuple[str, int],
    scored: list[tuple[float, str, int]],
    pairs: Collection[tuple[str, int, str, int]],
    compared: Collection[str],
) -> Verdict | None:
    """A rewrite sentence's copula and complement ("peak fares will be reintroduced") that a counterpart other than
    the sentences it restates has the other way ("Peak fares … will not be reintroduced"), when the rewrite sentence's
    best match is another sentence ("Ms Drummond said:"): the same complement once in each, the words before the
    copula sharing ``COUNTERPART_SUBJECT`` content words (the same subject: not "Refunds will be available" for
    "Tickets will not be available"), no counterpart having it the rewrite's way, and not already ``compared`` with a
    sentence the rewrite sentence restates."""
    document, sentence = here
    mine, _ = polarities(facts, document, sentence)
    keys = [k for k, (pols, _s) in mine.items() if " " in k and len(pols) == 1 and k not in compared]
    for key in sorted(keys):
        (stated,), s1 = mine[key]
        ways = {(src, i): polarities(facts, src, i)[0].get(key) for _score, src, i in scored}
        if any(found is not None and stated in found[0] for found in ways.values()):
            continue  # a counterpart has it the rewrite's way
        subject = _before_copula(facts, document, sentence, key)
        for score, src, i in scored:
            there = ways[(src, i)]
            if (document, sentence, src, i) in pairs or there is None or len(there[0]) != 1:
                continue
            need = COUNTERPART_SUBJECT if len(key.split()) == 2 else 1  # one word of complement, or more
            if len(subject & _before_copula(facts, src, i, key)) < need:
                continue
            m = Match(document, sentence, src, i, score)
            (source,), s2 = there
            read = _compared(stated, source)
            if read is not None and not _explained(facts, m, key.split()[0], read[0]):
                shown = f"to be … {key.removeprefix('be ')}" if key.startswith("be ") else key
                return _flipped(facts, m, shown, key, (read[0], s1), (read[1], s2))
    return None


def _before_copula(facts: FactBase, document: str, sentence: int, key: str) -> frozenset[str]:
    """The content lemmas of a sentence before its copula or "have" of complement ``key`` (its subject and what
    precedes it)."""
    tokens = sentence_tokens(facts, document, sentence)
    verbs, _ = per_sentence(facts, "verb-polarities", document, sentence, lambda: verb_polarities(tokens))
    copulas = per_sentence(facts, "copula-polarities", document, sentence, lambda: _complements(tokens, verbs))
    at = next((i for head, i, complement, *_ in copulas if f"{head} {' '.join(complement)}" == key), 0)
    return frozenset(primary_lemma(t.lower) for t in tokens[:at] if t.is_word and t.lower not in STOPWORDS)
