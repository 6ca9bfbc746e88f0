"""agreement: mentions of one measure disagree beyond their hedges.

What it flags: two mentions of a declared measure whose intervals cannot both be true: "430 soldiers captured"
(000) and "fewer than 300 troops captured" (002). "over 400" ((400, 600]) agrees with 430. When every mention
overlaps every other, the rule is listed in ``passed`` with all the mentions.
Why it matters: the same figure reported differently across articles (or within one) means one was changed.
Flags: "Officials said 430 soldiers were captured." beside "Fewer than 300 soldiers were captured."
Passes: "Officials said 430 soldiers were captured." beside "Over 400 soldiers were captured."
Parameters: ``measure`` (a declared measure), ``tolerance`` (widens each mention; default 0),
``across_documents`` (default true: compare mentions in different documents only; false adds same-document pairs).
Known false positives: the same measure at different times (prisoners taken this week vs since August); narrow the
measure with ``near``/``not_near`` or ``documents``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

from pydantic import Field

from factcheck.checks._common import Verdict, fail, ok
from factcheck.checks._registry import register_check
from factcheck.checks.relation import quantity_text
from factcheck.facts import FactBase
from factcheck.intervals import Interval
from factcheck.models import Quantity
from factcheck.rules.base import RuleBase
from factcheck.rules.declarations import Declarations, in_unit, select_measure
from factcheck.rules.tolerance import Tolerance, ToleranceField


class AgreementRule(RuleBase):
    """Every mention of a measure must agree with the others."""

    type: Literal["agreement"] = "agreement"
    measure: str = Field(description="the declared measure whose mentions must agree")
    tolerance: ToleranceField = Field(default_factory=Tolerance, description="widens each mention: '5%', 2, ...")
    across_documents: bool = Field(True, description="compare only mentions in different documents")

    def check_declarations(self, declarations: Any) -> list[tuple[tuple[str | int, ...], str]]:
        measures = declarations.measures if isinstance(declarations, Declarations) else {}
        if self.measure not in measures:
            known = ", ".join(sorted(measures)) or "none declared"
            return [(("measure",), f"unknown measure {self.measure!r}; declared: {known}")]
        return []


Mention = tuple[str, Quantity, Interval]


@register_check(AgreementRule, requires={"quantities"}, supersedes={"cross-document-number"}, scope="corpus")
def check(rule: AgreementRule, facts: FactBase) -> Iterator[Verdict]:
    decl = facts.declarations
    if not isinstance(decl, Declarations) or rule.measure not in decl.measures:
        return
    measure = decl.measures[rule.measure]
    mentions: list[Mention] = [
        (d, q, rule.tolerance.widen(in_unit(measure, q))) for d, q in select_measure(measure, facts)
    ]
    if len({d for d, _, _ in mentions}) < (2 if rule.across_documents else 1) or len(mentions) < 2:
        return
    # Sorted by low end, a mention disagrees with an earlier one exactly when it starts above the smallest high end
    # seen so far: sweep once, pairing each mention with the earlier mention whose interval ends lowest.
    mentions.sort(key=lambda m: (m[2].low, m[0], m[1].span.start))
    conflicts: list[tuple[Mention, Mention]] = []
    lowest: dict[str, Mention] = {}  # per document: the earlier mention with the lowest high end
    for m in mentions:
        for doc, prev in lowest.items():
            if rule.across_documents and doc == m[0]:
                continue
            if not prev[2].overlaps(m[2]):
                conflicts.append((prev, m))
        cur = lowest.get(m[0])
        if cur is None or m[2].high < cur[2].high:
            lowest[m[0]] = m
    if not conflicts:
        texts = [f"{quantity_text(q)} ({facts.label(d)})" for d, q, _ in _in_text_order(mentions)]
        yield ok(
            f"{rule.measure}: {', '.join(texts)} agree",
            [facts.evidence(d, q.span, role="stated") for d, q, _ in _in_text_order(mentions)],
            measure=rule.measure,
            mentions=[_value(m) for m in _in_text_order(mentions)],
        )
        return
    seen: set[tuple[str, str]] = set()
    for a, b in conflicts:
        if (a[0], b[0]) in seen:  # one finding per pair of documents: the most extreme pair found first
            continue
        seen.add((a[0], b[0]))
        first, second = sorted((a, b), key=lambda m: (m[0], m[1].span.start))
        yield fail(
            f"{facts.label(first[0])} says {_quote(first)} but {facts.label(second[0])} says {_quote(second)}"
            f" ({rule.measure})",
            [
                facts.evidence(first[0], first[1].span, role="stated"),
                facts.evidence(second[0], second[1].span, role="stated"),
            ],
            measure=rule.measure,
            mentions=[_value(first), _value(second)],
        )


def _quote(m: Mention) -> str:
    return f"'{m[1].span.text}'"


def _value(m: Mention) -> dict[str, Any]:
    return {"document": m[0], "text": m[1].span.text, "interval": m[2]}


def _in_text_order(mentions: list[Mention]) -> list[Mention]:
    return sorted(mentions, key=lambda m: (m[0], m[1].span.start))
