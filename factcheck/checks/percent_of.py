"""percent_of: a stated share of a stated whole disagrees with the stated part.

What it flags: a sentence that gives a part, its whole and the share between them, where the part divided by the
whole does not fall in the share's interval (rounding of the last stated digit, hedges, a fraction word's slack of
2.5 points, plus the rule's tolerance). Forms: "X of N, or Z%", "X out of N (Z%)", "Of N …, X — Z — …",
"Z% of the N …, X", "N …, Z% of them (X)", "N …, X of them, or Z%".
Hedges: the strict reading (``Num.bounds``): "over 80 of 350" is any share above 22.9%.
Why it matters: a share that does not match its own numbers is the commonest arithmetic slip in copy.
Flags: "Of the 350 members polled, 84 — about a third — backed the plan."
Passes: "Of 1,200 staff, 300 — a quarter — were laid off."
Parameters: tolerance (percentage points added to both sides of the share; default 0.5).
Known false positives: a share of a different whole placed right after a part ("30 of the 90 firms, 12% of the
sector"); the part must not be followed by a list or "of them", and units of part and whole must agree.
Not tried: shares spread across sentences, shares of a total that is itself computed, percent changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from factcheck.checks._common import Verdict, fail, ok
from factcheck.checks._numeric import Num, SentenceNums, canonical_noun, fmt_iv, numbered_sentences, pct, quote_nums
from factcheck.checks._registry import register_check
from factcheck.facts import FactBase
from factcheck.rules.base import RuleBase


class PercentOfRule(RuleBase):
    type: Literal["percent-of"] = "percent-of"
    tolerance: float = Field(0.5, ge=0, description="percentage points of slack on each side of the stated share")


_DET = r"(?:the |its |their |all |a total of |some )?"
_GAP = r"[^⟨⟩;:.!?]{0,50}?"
_SEP = r"(?:,? or (?:about |roughly |some |nearly |almost )?|, | — | – | -- | \(|: )"
_NOT_LIST = r"(?![\w ]{0,25}?(?:,\s*⟨|\band\s+⟨))(?!\s*(?:of|per|each|a|an)\b)"
_PATTERNS = [
    # X (out) of (the) N …, or Z%
    re.compile(rf"⟨(?P<x>\d+)⟩ (?:out )?of {_DET}⟨(?P<n>\d+)⟩(?P<gap>{_GAP}){_SEP}⟨(?P<z>\d+)⟩(?! of\b)"),
    # Of (the) N …, X — Z —
    re.compile(rf"\b[Oo]f {_DET}⟨(?P<n>\d+)⟩(?P<gap>{_GAP}), ⟨(?P<x>\d+)⟩{_SEP}⟨(?P<z>\d+)⟩(?! of\b)"),
    # Z% of (the) N …, (about) X
    re.compile(rf"⟨(?P<z>\d+)⟩ of {_DET}⟨(?P<n>\d+)⟩(?P<gap>{_GAP}){_SEP}⟨(?P<x>\d+)⟩{_NOT_LIST}"),
    # N …, Z% of them (X)
    re.compile(rf"⟨(?P<n>\d+)⟩(?P<gap>{_GAP}), ⟨(?P<z>\d+)⟩ of (?:them|whom|which|those){_SEP}⟨(?P<x>\d+)⟩"),
    # N …, X of them, or Z%
    re.compile(rf"⟨(?P<n>\d+)⟩(?P<gap>{_GAP}), ⟨(?P<x>\d+)⟩ of (?:them|whom|which|those),?{_SEP}⟨(?P<z>\d+)⟩"),
]


def may_match(skel: str) -> bool:
    """False only when no pattern can match the skeleton: every one holds "of " or "Of " ("X of N", "Of N")."""
    return "of " in skel or "Of " in skel


_NOUN_AFTER = re.compile(r"\s*([A-Za-z²³]+(?:\s?[²³])?)")


def _noun_after(text: str, n: Num) -> str | None:
    m = _NOUN_AFTER.match(text, n.end)
    if not m:
        return None
    w = m.group(1).lower()
    if w in {
        "out",
        "or",
        "of",
        "and",
        "were",
        "was",
        "are",
        "is",
        "had",
        "have",
        "in",
        "on",
        "at",
        "to",
        "who",
        "that",
    }:
        return None
    return canonical_noun(w)


@register_check(PercentOfRule, requires={"sentences"})
def check(rule: PercentOfRule, facts: FactBase) -> Iterator[Verdict]:
    for _, sent, skel in numbered_sentences(facts, 3):
        if not may_match(skel):
            continue
        seen: set[tuple[int, int, int]] = set()
        for pattern in _PATTERNS:
            for m in pattern.finditer(skel):
                ix, iN, iz = int(m.group("x")), int(m.group("n")), int(m.group("z"))
                if (ix, iN, iz) in seen:
                    continue
                x, n, z = sent.nums[ix], sent.nums[iN], sent.nums[iz]
                if not (x.is_count and n.is_count and z.is_share) or n.value <= 0:
                    continue
                if x.value > n.value and z.value <= 100:
                    continue
                ux, un = _noun_after(sent.text, x), _noun_after(sent.text, n)
                if ux and un and ux != un:
                    continue
                seen.add((ix, iN, iz))
                yield _verdict(rule, facts, sent, x, n, z)


def _verdict(rule: PercentOfRule, facts: FactBase, sent: SentenceNums, x: Num, n: Num, z: Num) -> Verdict:
    share = (x.bounds / n.bounds).scale(100.0)
    stated = z.bounds.widen(abs_=rule.tolerance)
    point = x.value / n.value * 100
    evidence = [quote_nums(facts, sent, (x, n, z))]
    values = {"computed": share, "stated": z.bounds, "part": x.bounds, "whole": n.bounds}
    if share.overlaps(stated):
        return ok(f"{x.shown} of {n.shown} is {pct(point)}, matching {z.shown}", evidence, **values)
    return fail(f"{x.shown} of {n.shown} is {fmt_iv(share, '%')}, not {z.shown}", evidence, **values)
