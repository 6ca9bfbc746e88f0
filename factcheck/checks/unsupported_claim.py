"""unsupported_claim: a rewrite makes a checkable claim that nothing in its sources says.

What it flags: a sentence of a rewrite (a document given with ``--against`` sources, or detected as rewriting
another) with a number, a quotation or a named actor's action, whose best match among the source sentences scores
below the floor (no source sentence shares enough of its content words).
Why it matters: a rewrite should add nothing its sources do not support; an added number or quote is the commonest
way a fabrication gets in.
Flags: source "The council approved the budget on Monday." rewrite "The council approved the budget on Monday. The
mayor said 40 teachers will be hired."
Passes: source "The council approved the budget on Monday." rewrite "On Monday the council approved the budget."
Parameters: floor (best alignment score below which a sentence is unsupported, default 0.2), min_words (shorter
sentences, such as headlines and captions, are skipped; default 6).
Known false positives: a fact the writer added from general knowledge or another source not given.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from factcheck.align import SUPPORT_FLOOR, best_support, rewrite_pairs
from factcheck.checks._common import Verdict, fail
from factcheck.checks._registry import register_check
from factcheck.checks._rewrite import assertions_by_sentence
from factcheck.facts import FactBase
from factcheck.rules.base import RuleBase

_NUMBER = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|"
    r"thousand|million|billion|dozens?|half)\b",
    re.I,
)
_QUOTE = re.compile(r"[“\"][^”\"]{12,}[”\"]")


class UnsupportedClaimRule(RuleBase):
    type: Literal["unsupported-claim"] = "unsupported-claim"
    floor: float = Field(SUPPORT_FLOOR, ge=0, le=1, description="best alignment score below which it is unsupported")
    min_words: int = Field(6, ge=1, description="sentences with fewer words are skipped (headlines, captions)")


@register_check(UnsupportedClaimRule, requires={"assertions"})
def check(rule: UnsupportedClaimRule, facts: FactBase) -> Iterator[Verdict]:
    by_sentence = assertions_by_sentence(facts)
    for doc_id, sources in rewrite_pairs(facts):
        for s in facts.extractions[doc_id].sentences:
            text = s.span.text
            if len(text.split()) < rule.min_words:
                continue
            actors = [
                a
                for a in by_sentence.get((doc_id, s.index), [])
                if (a.subject and a.predicate not in ("be", "have")) or a.attribution_span is not None
            ]
            kind = (
                "number" if _NUMBER.search(text) else "quote" if _QUOTE.search(text) else "action" if actors else None
            )
            if kind is None:
                continue
            best = best_support(facts, doc_id, s.index, sources)
            score = best.score if best else 0.0
            if score >= rule.floor:
                continue
            yield fail(
                f"{facts.label(doc_id)} states “{text}” ({kind}), which no sentence of "
                f"{', '.join(facts.label(x) for x in sources)} supports",
                [facts.evidence(doc_id, s.span, role="stated")],
                claim=kind,
                best_score=score,
                sources=list(sources),
            )
