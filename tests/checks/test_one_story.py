"""Documents of one story: unrelated articles checked in one run are never compared with each other."""

from __future__ import annotations

import datetime as dt

from factcheck.align import one_story
from factcheck.checks.cross_document_number import CrossDocumentNumberRule
from factcheck.engine import build_facts, run_rules
from factcheck.facts import FactBase
from factcheck.ingest import from_text

RULE = CrossDocumentNumberRule(id="t.cross-document-number")
DAY = dt.date(2025, 5, 6)

# two council elections on one day: the same party, noun and verb, different councils
NORTH = (
    "Labour won 27 seats on Northfield council on Thursday, the returning officer said. "
    "Turnout was 31 per cent, and the count finished after midnight."
)
SOUTH = (
    "Labour won five seats on Thursday in a bad night for the party in the Vale, where the Greens took control. "
    "The new leader will be chosen at a meeting next week."
)
# another report of the Northfield count
NORTH_AGAIN = (
    "On Thursday Labour won 25 seats on Northfield council, officials said. "
    "Turnout was 31 per cent and the count finished after midnight."
)


def _facts(*texts: str) -> FactBase:
    return build_facts([from_text(t, id=f"doc{i}.txt", published=DAY) for i, t in enumerate(texts)])


def test_unrelated_articles_are_not_one_story() -> None:
    facts = _facts(NORTH, SOUTH, NORTH_AGAIN)
    assert not one_story(facts, "doc0.txt", "doc1.txt")
    assert one_story(facts, "doc0.txt", "doc2.txt")


def test_counts_in_unrelated_articles_are_not_compared() -> None:
    assert not run_rules([RULE], _facts(NORTH, SOUTH), strict=True).findings
    found = run_rules([RULE], _facts(NORTH, NORTH_AGAIN), strict=True).findings
    assert [f.values["first"] for f in found]
