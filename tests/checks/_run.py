"""Run one generic rule on hand-written texts (no rule loader needed)."""

from __future__ import annotations

import datetime as dt

from factcheck.checks._registry import get_check
from factcheck.checks.hedge_dropped import EVERY_DROP
from factcheck.checks.unsupported_claim import EVERY_CLAIM
from factcheck.engine import build_facts, run_rules
from factcheck.ingest import from_text
from factcheck.models import Finding, Report
from factcheck.rules.base import RuleBase

PUBLISHED = dt.date(2025, 3, 13)


def run(rule: RuleBase, *texts: str, published: dt.date | list[dt.date] | None = PUBLISHED) -> Report:
    dates = published if isinstance(published, list) else [published] * len(texts)
    docs = [from_text(t, id=f"doc{i}.txt", published=d) for i, (t, d) in enumerate(zip(texts, dates, strict=True))]
    spec = get_check(rule.type)
    facts = build_facts(docs, needs=spec.requires)
    report = run_rules([rule], facts, strict=True)
    for f in report.findings + report.passed:
        for e in f.evidence:
            assert e.text == facts.documents[e.document].text[e.start : e.end]
    return report


# --- one default numeric rule on hand-written texts, by its check type ---------------------------------------------


def default_rule(check: str, **params: object) -> RuleBase:
    """The built-in rule of type ``check`` (as ``factcheck check`` runs it with no rule files), with ``params``
    changed (``routine_severity="info"`` to see hedge-dropped's routine notes); unsupported-claim reports every claim
    kind unless ``claims`` is given, hedge-dropped every kind of drop unless ``report`` is."""
    from factcheck.rules.loader import load_rules

    rule = next(r for r in load_rules(None).rules if r.type == check)
    if check == "unsupported-claim":  # its opt-in claim kinds too, which most of its tests are about
        params = {"claims": EVERY_CLAIM} | params
    if check == "hedge-dropped":  # its opt-in kinds of drop too
        params = {"report": EVERY_DROP} | params
    return rule.model_validate(rule.model_dump() | params) if params else rule


def fails(check: str, *texts: str) -> bool:
    """The default ``check`` reports a finding on ``texts``."""
    return bool(run(default_rule(check), *texts).findings)


def passes(check: str, *texts: str) -> bool:
    """The default ``check`` compares something in ``texts`` and finds it consistent."""
    report = run(default_rule(check), *texts)
    return not report.findings and bool(report.passed)


def silent(check: str, *texts: str) -> bool:
    """The default ``check`` says nothing about ``texts`` (neither a finding nor a pass)."""
    report = run(default_rule(check), *texts)
    return not report.findings and not report.passed


# --- one default rule on a source and its rewrite ---------------------------------------------------------------


def rewrite_report(
    check: str, source: str, rewrite: str, published: dt.date = PUBLISHED, days_apart: int = 1, **params: object
) -> Report:
    """The default ``check`` (with ``params`` changed) on a source and its rewrite published ``days_apart`` days later
    (``published``), extracted as a full run extracts them: the rewrite must be detected as rewriting the source (no
    ``--against``)."""
    docs = [
        from_text(source, id="source.txt", published=published - dt.timedelta(days=days_apart)),
        from_text(rewrite, id="rewrite.txt", published=published),
    ]
    facts = build_facts(docs)
    assert facts.sources.get("rewrite.txt") == ["source.txt"]
    report = run_rules([default_rule(check, **params)], facts, strict=True)
    for f in report.findings + report.passed:
        for e in f.evidence:
            assert e.text == facts.documents[e.document].text[e.start : e.end]
    return report


def rewrite_fails(check: str, source: str, rewrite: str, published: dt.date = PUBLISHED) -> bool:
    """The default ``check`` reports a finding on a source and its rewrite (see :func:`rewrite_report`)."""
    return bool(rewrite_report(check, source, rewrite, published).findings)


PAIR_DAY = dt.date(2025, 6, 3)


def rewrite_findings(check: str, source: str, rewrite: str, days_apart: int = 1, **params: object) -> list[Finding]:
    """The default ``check``'s findings (``params`` changed) on a source and its rewrite published ``days_apart``
    days apart (0: the same day)."""
    return list(rewrite_report(check, source, rewrite, PAIR_DAY, days_apart, **params).findings)


def rewrite_flags(check: str, source: str, rewrite: str, sentence: str) -> bool:
    """Whether a finding of the default ``check`` on a source and its rewrite quotes ``sentence``."""
    return any(sentence in e.text for f in rewrite_findings(check, source, rewrite) for e in f.evidence)


# A story's other paragraphs, so that a source and its rewrite of one changed sentence are a rewrite pair.
STORY_FRAME = (
    "{first}\n\n"
    "The announcement followed months of talks between the owners, the union and the regional council.\n\n"
    "Council leader Priya Okafor said the authority would work with the owners on what happens next.\n\n"
    "Okafor added that the regional council would publish a full report on the matter before the summer recess.\n\n"
    "The union's regional secretary, Tomasz Wren, said members would be consulted at meetings across the region.\n"
)


def framed_messages(check: str, source: str, rewrite: str) -> list[str]:
    """The messages of the default ``check`` on a source and its rewrite, each written into :data:`STORY_FRAME`."""
    found = rewrite_findings(check, STORY_FRAME.format(first=source), STORY_FRAME.format(first=rewrite))
    return [f.message for f in found]
