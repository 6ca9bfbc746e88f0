"""The built-in numeric rules (from factcheck/defaults/rules.yaml) as rule objects, and a run over the seeds."""

from __future__ import annotations

from pathlib import Path

from factcheck.checks._registry import get_check
from factcheck.engine import build_facts, load_documents, run_rules
from factcheck.models import Report
from factcheck.rules.base import RuleBase
from factcheck.rules.loader import load_rules

ROOT = Path(__file__).resolve().parents[2]


NUMERIC_TYPES = frozenset(
    [
        "percent-of",
        "sum-of-parts",
        "change-arithmetic",
        "count-vs-list",
        "unit-conversion",
        "weekday-date",
        "duration-dates",
        "cross-document-number",
    ]
)


def numeric_rules() -> list[RuleBase]:
    return [r for r in load_rules(None).rules if r.type in NUMERIC_TYPES]


def run_seeds() -> Report:
    docs, errors = load_documents([ROOT / "seeds"])
    assert not errors
    rules = numeric_rules()
    needs: set[str] = set()
    for r in rules:
        needs |= get_check(r.type).requires
    return run_rules(rules, build_facts(docs, needs=needs), strict=True)
