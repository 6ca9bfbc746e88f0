"""relation: stated measures break an arithmetic relation that must hold among them.

What it flags: ``assert: share_retaken * area_seized ~= area_retaken`` where the stated share of the stated area is
not the stated retaken area: "86% of nearly 1,300 km²" is 1,000–1,125 km², not "about 500 km²". Each measure is a
declared ``measures:`` entry; its mentions are picked per document (a document's own mentions first, and a measure
the document does not mention is taken from the other documents, giving the benefit of the doubt: the relation holds
if any of their mentions satisfies it). Confirmations are listed in ``passed`` with the arithmetic.
Why it matters: rewrites recombine numbers from several sources; a share, a whole and a part that do not fit
together mean one of them was changed or misread.
Flags: "Ukraine seized nearly 1,300 km². Russia says 86% of it was retaken, amounting to about 500 km²."
Passes: "Ukraine seized nearly 1,300 km². Russia says 86% of it was retaken, amounting to around 1,100 km²."
Parameters: ``assert`` (the relation; see factcheck.rules.expr for the syntax and comparison semantics),
``tolerance`` (default 0: the stated intervals already carry the hedges), ``max_combinations`` (default 64).
Known false positives: two different wholes (areas seized at different dates) selected as the same measure; narrow
the measure with ``near``/``not_near``/``documents``.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from typing import Any, Literal

from pydantic import ConfigDict, Field, PrivateAttr, field_validator

from factcheck.checks._common import Verdict, fail, ok
from factcheck.checks._registry import register_check
from factcheck.facts import FactBase
from factcheck.intervals import Interval, format_interval, format_number
from factcheck.models import Quantity
from factcheck.rules import expr
from factcheck.rules.base import RuleBase
from factcheck.rules.declarations import Declarations, Measure, in_unit, select_measure
from factcheck.rules.tolerance import Tolerance, ToleranceField

_VERBS = {"~=": "consistent with", "==": "equal to", "<": "below", "<=": "at most", ">": "above", ">=": "at least"}
_NOT = {"~=": "inconsistent with", "==": "not equal to", "<": "not below", "<=": "over", ">": "not above"}
_NOT[">="] = "under"


class RelationRule(RuleBase):
    """An arithmetic relation among declared measures."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    type: Literal["relation"] = "relation"
    assert_: str = Field(
        alias="assert",
        description="a comparison of measure expressions, e.g. 'share_retaken * area_seized ~= area_retaken'",
    )
    tolerance: ToleranceField = Field(
        default_factory=Tolerance, description="widening of the left side: '5%', 0.05, 2 (absolute) or '2 km**2'"
    )
    max_combinations: int = Field(64, ge=1, le=10000, description="cap on mention combinations tried per document")

    _tree: expr.Compare = PrivateAttr()

    @field_validator("assert_")
    @classmethod
    def _parses(cls, v: str) -> str:
        expr.parse_relation(v)
        return v

    def model_post_init(self, __context: Any) -> None:
        self._tree = expr.parse_relation(self.assert_)

    @property
    def tree(self) -> expr.Compare:
        return self._tree

    def check_declarations(self, declarations: Any) -> list[tuple[tuple[str | int, ...], str]]:
        measures = declarations.measures if isinstance(declarations, Declarations) else {}
        unknown = [n for n in expr.names(self._tree) if n not in measures]
        if unknown:
            known = ", ".join(sorted(measures)) or "none declared"
            listed = ", ".join(repr(n) for n in unknown)
            return [(("assert",), f"unknown measure{'s' if len(unknown) > 1 else ''} {listed}; declared: {known}")]
        try:
            expr.check_units(self._tree, {n: measures[n].canonical_unit for n in expr.names(self._tree)})
        except expr.ExprError as exc:
            return [(("assert",), exc.message)]
        return []


Mention = tuple[str, Quantity]


def quantity_text(q: Quantity, measure: Measure | None = None) -> str:
    """A quantity as an editor writes it: hedge, number and unit symbol ('nearly 1,300 km²', '86%', 'over 400')."""
    from factcheck.rules._units import canonical_unit, with_unit

    number = format_number(q.value)
    if q.value_high is not None:
        number += "–" + format_number(q.value_high)
    unit = "dimensionless"
    if q.unit:
        try:
            unit = canonical_unit(q.unit)
        except ValueError:
            unit = "dimensionless"
    text = with_unit(number, unit)
    return f"{q.hedge} {text}" if q.hedge else text


def outward(iv: Interval, sig: int = 4) -> Interval:
    """``iv`` rounded outward to ``sig`` significant digits, for display (1,000.35–1,124.5 → 1,000–1,125)."""

    def rnd(x: float, up: bool) -> float:
        if not math.isfinite(x) or x == 0:
            return x
        step = 10 ** (math.floor(math.log10(abs(x))) - sig + 1)
        q = x / step
        q = math.ceil(q - 1e-9) if up else math.floor(q + 1e-9)
        return float(q * step) if step >= 1 else round(q * step, 12)

    return Interval(low=rnd(iv.low, False), high=rnd(iv.high, True), low_open=iv.low_open, high_open=iv.high_open)


@register_check(RelationRule, requires={"quantities"}, scope="corpus")
def check(rule: RelationRule, facts: FactBase) -> Iterator[Verdict]:
    decl = facts.declarations
    if not isinstance(decl, Declarations):
        return
    tree = rule.tree
    names = expr.names(tree)
    if any(n not in decl.measures for n in names):
        return
    measures = {n: decl.measures[n] for n in names}
    found = {n: select_measure(measures[n], facts) for n in names}
    if any(not found[n] for n in names):
        return
    by_doc: dict[str, dict[str, list[Mention]]] = {}
    for n in names:
        for doc_id, q in found[n]:
            by_doc.setdefault(doc_id, {}).setdefault(n, []).append((doc_id, q))
    checked = {d.id for d, _ in facts.checked()}
    anchors = sorted((d for d in by_doc if d in checked), key=lambda d: (-len(by_doc[d]), d))
    reported: set[frozenset[tuple[str, int, str]]] = set()
    for doc_id in anchors:
        local = by_doc[doc_id]
        local_names = [n for n in names if n in local]
        missing = [n for n in names if n not in local]
        others = {n: [m for m in found[n] if m[0] != doc_id] for n in missing}
        if any(not others[n] for n in missing):
            continue
        local_combos = itertools.islice(itertools.product(*(local[n] for n in local_names)), rule.max_combinations)
        for combo in local_combos:
            chosen = dict(zip(local_names, combo, strict=True))
            fills = itertools.islice(itertools.product(*(others[n] for n in missing)), rule.max_combinations)
            best: tuple[float, dict[str, Mention], expr.Outcome] | None = None
            for fill in fills:
                env_mentions = {**chosen, **dict(zip(missing, fill, strict=True))}
                outcome = _evaluate(rule, tree, measures, env_mentions)
                score = 0.0 if outcome.held else _gap(outcome)
                if best is None or score < best[0]:
                    best = (score, env_mentions, outcome)
                if outcome.held:
                    break
            if best is None:
                continue
            _, mentions, outcome = best
            key = frozenset((d, q.span.start, n) for n, (d, q) in mentions.items())
            if key in reported:
                continue
            reported.add(key)
            yield _verdict(rule, tree, measures, mentions, outcome, facts)


def _evaluate(
    rule: RelationRule, tree: expr.Compare, measures: dict[str, Measure], mentions: dict[str, Mention]
) -> expr.Outcome:
    env = {n: expr.Value(in_unit(measures[n], q), measures[n].canonical_unit) for n, (_, q) in mentions.items()}
    left = expr.evaluate(tree.left, env)
    right = expr.evaluate(tree.right, env)
    return expr.compare(tree.op, left, right, rule.tolerance, tree.pos)


def _gap(outcome: expr.Outcome) -> float:
    a, b = outcome.left, outcome.right
    if a.high < b.low:
        return b.low - a.high
    if b.high < a.low:
        return a.low - b.high
    return 0.0


def _verdict(
    rule: RelationRule,
    tree: expr.Compare,
    measures: dict[str, Measure],
    mentions: dict[str, Mention],
    outcome: expr.Outcome,
    facts: FactBase,
) -> Verdict:
    from factcheck.rules._units import symbol

    texts = {n: quantity_text(q, measures[n]) for n, (_, q) in mentions.items()}
    unit = symbol(outcome.unit)
    lhs = expr.render(tree.left, texts)
    rhs = expr.render(tree.right, texts)
    computed = format_interval(outward(outcome.left), unit)
    if not isinstance(tree.right, expr.Name | expr.Num):
        rhs = f"{rhs} = {format_interval(outward(outcome.right), unit)}"
    head = lhs if isinstance(tree.left, expr.Name) else f"{lhs} = {computed}"
    docs = list(dict.fromkeys(d for d, _ in mentions.values()))
    where = ""
    if len(docs) > 1:
        parts = []
        for d in docs:
            own = [texts[n] for n, (dd, _) in mentions.items() if dd == d]
            parts.append(f"{' and '.join(own)} in {facts.label(d)}")
        where = f" ({'; '.join(parts)})"
    elif docs:
        where = f" ({facts.label(docs[0])})"
    verb = _VERBS[tree.op] if outcome.held else _NOT[tree.op]
    tol = f" within {rule.tolerance}" if str(rule.tolerance) != "0" and tree.op != "==" else ""
    message = f"{head}, {verb} {rhs}{tol}{where}"
    evidence = []
    seen: set[tuple[str, int]] = set()
    for n in expr.names(tree):
        d, q = mentions[n]
        if (d, q.span.start) in seen:
            continue
        seen.add((d, q.span.start))
        evidence.append(facts.evidence(d, q.span, role=n))
    values: dict[str, Any] = {
        n: {"text": q.span.text, "interval": in_unit(measures[n], q), "document": d} for n, (d, q) in mentions.items()
    }
    values.update(
        expression=rule.assert_,
        computed=outcome.left,
        stated=outcome.right,
        unit=unit,
        tolerance=str(rule.tolerance),
    )
    return (ok if outcome.held else fail)(message, evidence, **values)
