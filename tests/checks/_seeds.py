"""The generic numeric rules (factcheck/defaults/numeric.yaml) as rule objects, and a run over the seeds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from factcheck.checks._registry import get_check
from factcheck.engine import build_facts, load_documents, run_rules
from factcheck.models import Report
from factcheck.rules.base import RuleBase

ROOT = Path(__file__).resolve().parents[2]


def numeric_rules() -> list[RuleBase]:
    data: list[dict[str, Any]] = yaml.safe_load((ROOT / "factcheck/defaults/numeric.yaml").read_text())
    return [get_check(d["type"]).rule_model(**d) for d in data]


def run_seeds() -> Report:
    docs, errors = load_documents([ROOT / "seeds"])
    assert not errors
    rules = numeric_rules()
    needs: set[str] = set()
    for r in rules:
        needs |= get_check(r.type).requires
    return run_rules(rules, build_facts(docs, needs=needs), strict=True)
