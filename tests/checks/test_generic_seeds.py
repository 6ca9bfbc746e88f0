"""End to end on the seed articles: the statements issue 4 names must hold (appear in ``passed``)."""

from __future__ import annotations

import pytest
from _seeds import run_seeds

from factcheck.models import Finding, Report


@pytest.fixture(scope="module")
def report() -> Report:
    return run_seeds()


def _held(report: Report, rule: str, *quotes: str) -> list[Finding]:
    return [f for f in report.passed if f.rule == rule and all(any(q in e.text for e in f.evidence) for q in quotes)]


@pytest.mark.parametrize(
    ("rule", "quotes"),
    [
        ("generic.count-vs-list", ("five key European NATO countries", "France, Germany, Italy, Poland, and the UK")),
        ("generic.duration-dates", ("seven-month", "August")),
        ("generic.duration-dates", ("over three years", "February 2022")),
        ("generic.weekday-date", ("Tuesday", "11 March")),
        ("generic.weekday-date", ("Wednesday", "12 March")),
        ("generic.cross-document-number", ("430", "over 400")),
    ],
)
def test_seed_statements_hold(report: Report, rule: str, quotes: tuple[str, ...]) -> None:
    assert _held(report, rule, *quotes), [f.message for f in report.passed if f.rule == rule]


def test_no_generic_numeric_findings_on_seeds(report: Report) -> None:
    assert [f.message for f in report.findings] == []
