"""causal_reversal: a rewrite turns "despite X" into "because of X" (or the reverse).

What it flags: a sentence of a rewrite and the source sentence it restates link the same thing (at least two shared
content words after the connective) with a concessive connective ("despite", "although", "even though", "in spite
of") in one and a causal connective ("because of", "due to", "thanks to", "as a result of", "led to"; also with a degree
adverb inside: "due largely
to", "thanks in part to") in the other.
A cause named as the effect's origin ("was largely a result of", "is the result of", "stemmed from", "on the back
of") is causal, and "in the face of" concessive; a cause that describes the conceded thing ("despite the disruption
caused by the strike", "despite delays due to the works") is part of the concession, no causal link of its own.
"amid" sets a scene ("shares fell amid fears of a strike"): it neither gives nor concedes a cause, so a link restated
with "amid" is no reversal. A rewrite's link that restates two words of the source's effect (what the source says
before its link, or after it when the link opens the sentence) as well as its cause concedes the whole causal claim
against something else ("Because the numbers are small, changes should not be read as
a trend" → "…, three fewer — though the office warns against reading a trend into such small numbers"): no reversal.
Why it matters: "struggled despite the reinforcements" and "improved due to the reinforcements" credit opposite
causes; the words barely change, the claim reverses.
Flags: source "The team lost despite the new coach." rewrite "The team lost because of the new coach."
Passes: source "The team lost despite the new coach." rewrite "Even with a new coach, the team lost, despite the
new coach's efforts." (both concessive)
A pair of sentences that restate each other closely (scoring at least ``CLOSE``, 0.5) needs only one shared content
word in the two linked phrases ("lowered by 1.5 million tonnes due to damage caused by the corn leafhopper" → "lowered
by 1.5 million tonnes in spite of the attacks of the leafhopper"): the rest of the sentence pins the claim.
A rewrite sentence is compared with every source sentence it restates (scoring at least the aligner's threshold), not
only its best match: a sentence merging two source sentences may take its link from either; so is the source sentence
after its best match (a claim, then its cause: "The rate improved. Officials said this was due to the cameras."),
whose link must share ``min_shared`` words.
A rewrite sentence that restates no source sentence is compared with its counterpart there (its best match scoring at
least the support floor), else with each source sentence with a link that shares one of its figures, years aside
("attendance fell by 4%, due to the postponement of the Zuloaga show to 2028" → "Temporary shows drew 4% fewer
visitors despite the decision to push the Zuloaga show back to 2028": the figure pins the claim); the links must share
``min_shared`` words. A cause ascribed in the passive ("The decline was attributed to the increase in ticket prices")
is a causal link, and so is one credited with a participle, a degree adverb maybe inside ("Prices were underpinned
largely by dry conditions", "lifted by", "boosted mainly by"; not "supported by", a funder's too).
Parameters: min_shared (content-word stems the two linked phrases must share, default 2).
Known false positives: a rewrite that adds a second, genuinely causal link about the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from factcheck.align import ALIGN_THRESHOLD, SUPPORT_FLOOR, Match, rewrite_pairs
from factcheck.checks._common import Verdict, fail
from factcheck.checks._registry import register_check
from factcheck.checks._rewrite import per_sentence, restatements, sentence_tokens, source_scores_at_least
from factcheck.extract.assertions import STOPWORDS, Token, links, stem
from factcheck.facts import FactBase
from factcheck.models import LINE_BREAKS_AS_SPACES, Evidence
from factcheck.rules.base import RuleBase

CLOSE = 0.5
"""A sentence pair scoring this much restates one claim closely: its two links need share only one content word ("due
to damage caused by the corn leafhopper" → "in spite of the attacks of the leafhopper")."""


class CausalReversalRule(RuleBase):
    type: Literal["causal-reversal"] = "causal-reversal"
    min_shared: int = Field(2, ge=1, description="content-word stems the two linked phrases must share")


def _links(facts: FactBase, document: str, sentence: int) -> list[tuple[str, int, int, list[str]]]:
    return per_sentence(
        facts,
        "links",
        document,
        sentence,
        lambda: links(facts.documents[document], sentence_tokens(facts, document, sentence)),
    )


def _restated(facts: FactBase, m: Match) -> list[Match]:
    """A rewrite sentence's best match and every other source sentence it restates (scoring at least the aligner's
    threshold), best first: a rewrite sentence that merges two source sentences may take its link from the second
    best ("The authority will lower the draft." + "Despite heavy rain in April, the lake stood low." → "Because of
    heavy rain in April, the authority will lower the draft"), and the source sentence after its best match (a claim
    and its cause in two sentences, "The rate improved to 41%. Officials said this was due to the new cameras." →
    "The rate improved to 41% despite the new cameras": its link then shares at least ``min_shared`` words)."""
    out = [m]
    sources = facts.sources.get(m.document) or [m.other]
    for score, src, i in source_scores_at_least(facts, m.document, m.sentence, list(sources), ALIGN_THRESHOLD):
        if (src, i) != (m.other, m.other_sentence):
            out.append(Match(m.document, m.sentence, src, i, score))
    seen = {(c.other, c.other_sentence) for c in out}
    following = (m.other, m.other_sentence + 1)
    if following not in seen and following[1] < len(facts.extractions[m.other].sentences):
        out.append(Match(m.document, m.sentence, m.other, following[1], 0.0))  # scored 0: it needs min_shared
    return out


_FIGURE = re.compile(r"\d[\d,.]*%?")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _figures(text: str) -> frozenset[str]:
    """The figures of a sentence written in digits, years aside ("4%", "318,460")."""
    return frozenset(f.rstrip(".,") for f in _FIGURE.findall(text) if not _YEAR.fullmatch(f.rstrip(".,")))


@register_check(CausalReversalRule, requires={"assertions"}, supersedes={"unsupported-claim"}, scope="corpus")
def check(rule: CausalReversalRule, facts: FactBase) -> Iterator[Verdict]:
    aligned = list(restatements(facts))
    for best in aligned:
        mine = _links(facts, best.document, best.sentence)
        if not mine:
            continue  # (a sentence without a link reverses none)
        candidates = _restated(facts, best) if best.score >= ALIGN_THRESHOLD else [best]
        links_of = {(c.other, c.other_sentence): _links(facts, c.other, c.other_sentence) for c in candidates}
        every = [x for found in links_of.values() for x in found]  # the links of the sentences it restates
        for c in candidates + _same_phrase(facts, best, mine, candidates):  # best first; same-phrase ones last
            theirs = links_of.get((c.other, c.other_sentence)) or _links(facts, c.other, c.other_sentence)
            known = every if (c.other, c.other_sentence) in links_of else every + theirs
            found = list(_reversals(rule, facts, c, mine, theirs, known)) or list(_swaps(facts, c, mine, theirs, known))
            if found:
                yield from found
                break
    for counterparts in _unaligned(facts, aligned):
        mine = _links(facts, counterparts[0].document, counterparts[0].sentence)
        for c in counterparts + _same_phrase(facts, counterparts[0], mine, counterparts):  # the first one's reversals
            theirs = _links(facts, c.other, c.other_sentence)
            found = list(_reversals(rule, facts, c, mine, theirs, theirs))
            if found:
                yield from found
                break


SAME_PHRASE = 3
"""A source sentence anywhere whose link shares this many content words with a rewrite sentence's link links the same
thing, however loosely the rest is paraphrased ("survived thanks to the wet roads in the finale" → "held on despite the
wet roads in the finale")."""


def _same_phrase(
    facts: FactBase, m: Match, mine: list[tuple[str, int, int, list[str]]], seen: list[Match]
) -> list[Match]:
    """The source sentences, not among ``seen``, with a link sharing ``SAME_PHRASE`` content words with one of the
    rewrite sentence's links (scored 0: the shared phrase pins the claim). They are compared after the sentences the
    rewrite sentence restates, and a link of theirs of the rewrite's kind does not stand for those sentences' (a cause
    the source gives elsewhere for another effect is no support for the restated one)."""
    taken = {(c.other, c.other_sentence) for c in seen}
    stems_of = [{stem(w) for w in words} for _kind, _start, _end, words in mine]
    out: list[Match] = []
    for src in facts.sources.get(m.document) or [m.other]:
        for t in facts.extractions[src].sentences:
            if (src, t.index) in taken:
                continue
            theirs = _links(facts, src, t.index)
            if any(len(s & {stem(w) for w in words}) >= SAME_PHRASE for s in stems_of for _k, _s, _e, words in theirs):
                out.append(Match(m.document, m.sentence, src, t.index, 0.0))
    return out


SWAPPED = 2
"""Content words each side of a swap must share: the rewrite's cause with the source's effect, and the rewrite's
effect with the source's cause."""


def _side_stems(facts: FactBase, document: str, sentence: int, link: tuple[int, int]) -> set[str]:
    """The content-word stems of what a causal link explains: the words before it in its sentence, else (a link
    opening the sentence, "Because the road was shut, the bus ran late") the words after it."""
    tokens = sentence_tokens(facts, document, sentence)
    return _stems([t for t in tokens if t.end <= link[0]]) or _stems([t for t in tokens if t.start >= link[1]])


def _quoted_links(
    facts: FactBase, m: Match, link: tuple[int, int], source_link: tuple[int, int]
) -> tuple[str, str, list[Evidence]]:
    """The rewrite's link and its source's as written (one line each) and as evidence."""
    stated = facts.documents[m.document].text[link[0] : link[1]].translate(LINE_BREAKS_AS_SPACES)
    source = facts.documents[m.other].text[source_link[0] : source_link[1]].translate(LINE_BREAKS_AS_SPACES)
    return (
        stated,
        source,
        [
            facts.evidence(m.document, facts.documents[m.document].span(*link), role="stated"),
            facts.evidence(m.other, facts.documents[m.other].span(*source_link), role="source"),
        ],
    )


# A link whose phrase is the cause ("because of the drought", "due to …"), not the effect ("led to a failed harvest",
# "resulted in …"): only such links can have their cause and effect swapped.
_GIVES_CAUSE = re.compile(
    r"(?i)(?:because|due to|owing to|thanks to|as a result of|on account of|in the wake of|caused by|driven by"
    r"|blamed on|attributed to|the result of)\b"
)


def _swaps(
    facts: FactBase,
    m: Match,
    mine: list[tuple[str, int, int, list[str]]],
    theirs: list[tuple[str, int, int, list[str]]],
    every: list[tuple[str, int, int, list[str]]],
) -> Iterator[Verdict]:
    """A cause and its effect swapped: the rewrite's cause is what the source's causal link explains and its effect the
    source's cause ("Queues grew because the kiosks were switched off" → "The kiosks were switched off because queues
    grew"). The two causes share no more than one word, and no causal link of any source sentence the rewrite
    restates gives the rewrite's cause."""
    text, other_text = facts.documents[m.document].text, facts.documents[m.other].text
    for kind, start, end, words in mine:
        if kind != "causal" or not _GIVES_CAUSE.match(text, start):
            continue
        cause = {stem(w) for w in words}
        if any(k == "causal" and len(cause & {stem(w) for w in ws}) >= SWAPPED for k, _s, _e, ws in every):
            continue  # a source sentence gives the same cause
        effect = _side_stems(facts, m.document, m.sentence, (start, end))
        for other_kind, o_start, o_end, o_words in theirs:
            if other_kind != "causal" or not _GIVES_CAUSE.match(other_text, o_start):
                continue
            o_cause = {stem(w) for w in o_words}
            o_effect = _side_stems(facts, m.other, m.other_sentence, (o_start, o_end))
            if len(cause & o_cause) > 1 or len(cause & o_effect) < SWAPPED or len(o_cause & effect) < SWAPPED:
                continue
            stated, source, evidence = _quoted_links(facts, m, (start, end), (o_start, o_end))
            yield fail(
                f"{facts.label(m.document)} gives “{stated}” as the cause where its source "
                f"{facts.label(m.other)} has it as the effect (“{source}”)",
                evidence,
                stated="causal",
                source="causal",
                swapped=True,
                shared=sorted((cause & o_effect) | (o_cause & effect)),
                score=m.score,
            )
            return


def _conceded_effect(facts: FactBase, m: Match, link: tuple[int, int], source_link: tuple[int, int]) -> set[str]:
    """The words of the source sentence's effect that the rewrite states only inside its link ``link``. The effect is
    what the source says before its link ``source_link`` ("the cost rose because of …"), or after it when the link
    opens the sentence ("Because the numbers are small, changes should not be read as a trend"); a link's phrase may
    run on past where it was cut ("because of the netting needed after a second, smaller slip"), so the words after
    a link within its sentence are never the effect. Two such words mean the rewrite links the whole causal claim,
    cause and effect, to something else: "…, three fewer — though the statistician warns against reading a trend
    into such small numbers"."""
    mine = sentence_tokens(facts, m.document, m.sentence)
    theirs = sentence_tokens(facts, m.other, m.other_sentence)
    before = [t for t in theirs if t.end <= source_link[0]]
    effect = _stems(before) or _stems([t for t in theirs if t.start >= source_link[1]])
    inside = _stems([t for t in mine if link[0] <= t.start < link[1]])
    rest = _stems([t for t in mine if not link[0] <= t.start < link[1]])
    return (inside - _stems([t for t in theirs if source_link[0] <= t.start < source_link[1]]) - rest) & effect


_NAMED_AGAIN = re.compile(r"(?:the|its|their)\s+[\w-]+(?:\s+[\w-]+)?", re.IGNORECASE)
RENAMED_EFFECT = 0.75
"""Share of the rewrite's effect words (before its link) that the source's effect must have when the two links name
the cause in different words."""


def _renamed(facts: FactBase, m: Match, link: tuple[int, int], source_link: tuple[int, int]) -> bool:
    """Whether two links that share no word name one thing again: each ends its sentence's claim with a definite noun
    phrase of one or two words (an event the story has already named: "because of the stoppage" → "despite the
    walkout"), and the effects before them restate each other (``RENAMED_EFFECT`` of the rewrite's effect words, at
    least three)."""
    for document, sentence, (start, end) in ((m.document, m.sentence, link), (m.other, m.other_sentence, source_link)):
        tokens = sentence_tokens(facts, document, sentence)
        inside = [t for t in tokens if start <= t.start < end]
        # the connective's own words, then the noun phrase
        at = next(
            (i for i, t in enumerate(inside) if _NAMED_AGAIN.fullmatch(" ".join(x.text for x in inside[i:]))), None
        )
        if at is None or at == 0:
            return False
    mine = sentence_tokens(facts, m.document, m.sentence)
    theirs = sentence_tokens(facts, m.other, m.other_sentence)
    effect = _stems([t for t in mine if t.end <= link[0]])
    source_effect = _stems([t for t in theirs if t.end <= source_link[0]])
    shared = effect & source_effect
    return len(shared) >= 3 and len(shared) >= RENAMED_EFFECT * len(effect)


def _stems(tokens: list[Token]) -> set[str]:
    """The stems of every candidate lemma of the content words ("reading" → read, readi)."""
    return {
        stem(lemma) for t in tokens if t.is_word and len(t.text) > 1 and t.lower not in STOPWORDS for lemma in t.lemmas
    }


def _unaligned(facts: FactBase, aligned: list[Match]) -> Iterator[list[Match]]:
    """For each rewrite sentence with a link that restates no source sentence, its counterparts: its best match if
    that scores at least ``SUPPORT_FLOOR`` ("attendance fell despite the longer hours, Tuhiwai said, with many families
    …" → "Health NZ said that attendance at its clinics had dropped because of the longer opening hours"), then each
    source sentence with a link that shares one of its figures, years aside (scored 0: a figure pins the claim however
    loosely the rest is paraphrased)."""
    seen = {(m.document, m.sentence) for m in aligned}
    for document, sources in rewrite_pairs(facts):
        linked: list[tuple[str, int, frozenset[str]]] | None = None  # the sources' sentences with a link (read once)
        for s in facts.extractions[document].sentences:
            if (document, s.index) in seen or not _links(facts, document, s.index):
                continue
            best = source_scores_at_least(facts, document, s.index, sources, SUPPORT_FLOOR)[:1]
            out = [Match(document, s.index, src, i, score) for score, src, i in best]
            if linked is None:
                linked = [
                    (src, t.index, _figures(t.text))
                    for src in sources
                    for t in facts.extractions[src].sentences
                    if _links(facts, src, t.index)
                ]
            figures = _figures(s.text)
            out += [
                Match(document, s.index, src, i, 0.0)
                for src, i, theirs in linked
                if figures & theirs and all((src, i) != (b, k) for _score, b, k in best)
            ]
            if out:
                yield out


def _reversals(
    rule: CausalReversalRule,
    facts: FactBase,
    m: Match,
    mine: list[tuple[str, int, int, list[str]]],
    theirs: list[tuple[str, int, int, list[str]]],
    every: list[tuple[str, int, int, list[str]]],
) -> Iterator[Verdict]:
    """The reversals between a rewrite sentence and one source sentence it restates (``theirs``: that sentence's
    links); a link of the rewrite's kind on the same words in any source sentence it restates (``every``: their
    links, its own copy among them) means none."""
    needed = 1 if m.score >= CLOSE else rule.min_shared
    for kind, start, end, words in mine:
        stems = {stem(w) for w in words}
        for other_kind, o_start, o_end, o_words in theirs:
            shared = stems & {stem(w) for w in o_words}
            if other_kind == kind:
                continue
            if len(shared) < max(1, min(needed, len(stems), len(o_words))) and not (
                m.score >= CLOSE
                and len(mine) == len(theirs) == 1
                and _renamed(facts, m, (start, end), (o_start, o_end))
            ):
                continue
            if any(k == other_kind and {stem(w) for w in ws} & shared for k, _s, _e, ws in mine):
                continue  # the rewrite keeps the source's link too
            if any(k == kind and {stem(w) for w in ws} & shared for k, _s, _e, ws in every):
                continue  # the source has the rewrite's link as well (in any sentence the rewrite restates)
            if len(_conceded_effect(facts, m, (start, end), (o_start, o_end))) >= 2:
                continue  # the rewrite's link takes in the source's effect too: it concedes the whole causal claim
            stated, source, evidence = _quoted_links(facts, m, (start, end), (o_start, o_end))
            yield fail(
                f"{facts.label(m.document)} gives “{stated}” as {kind} where its source "
                f"{facts.label(m.other)} has “{source}” ({other_kind})",
                evidence,
                stated=kind,
                source=other_kind,
                shared=sorted(shared),
                score=m.score,
            )
            break
