"""Run one assertion check on in-memory texts."""

from __future__ import annotations

from typing import Any

from factcheck.engine import build_facts, run_rules
from factcheck.ingest import from_text
from factcheck.models import Finding


def run(rule: Any, texts: str | list[str], against: list[str] | None = None) -> list[Finding]:
    docs = [from_text(t, id=f"{i:03d}.txt") for i, t in enumerate([texts] if isinstance(texts, str) else texts)]
    sources = [from_text(t, id=f"src{i}.txt") for i, t in enumerate(against or [])]
    facts = build_facts(docs, sources, needs={"sentences", "entities", "assertions"})
    report = run_rules([rule], facts, strict=True)
    for f in report.findings + report.passed:
        for e in f.evidence:
            assert facts.documents[e.document].text[e.start : e.end] == e.text
    return report.findings
