"""Run one generic rule on hand-written texts (no rule loader needed)."""

from __future__ import annotations

import datetime as dt

from factcheck.checks._registry import get_check
from factcheck.engine import build_facts, run_rules
from factcheck.ingest import from_text
from factcheck.models import Report
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
