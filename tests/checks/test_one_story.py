"""Documents of one story: unrelated articles checked in one run are never compared with each other."""

from __future__ import annotations

import datetime as dt

from factcheck.align import one_story, share_a_name
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


# two councils' budgets written from one template: stock sentences restated, no name in common
EAST = (
    "Councillors in Eastborough have approved a £612m budget for 2026-27, including the maximum council tax rise. "
    "About 85 posts will go, most through vacancies and voluntary redundancy. "
    "Opposition councillors voted against the budget, arguing that the council had wasted money on consultants. "
    "The vote at the full council meeting was 38 to 21, with two abstentions. "
    "The new council tax bills will be sent out in March."
)
WEST = (
    "Councillors in Westmoor have approved a £412m budget for 2026-27, including the maximum council tax rise. "
    "About 140 posts will go, most through vacancies and voluntary redundancy. "
    "Opposition councillors voted against the budget, arguing that the council had wasted money on agency staff. "
    "The vote at the full council meeting was 41 to 27, with three abstentions. "
    "The new council tax bills will be sent out in March."
)
# the Eastborough story rewritten: the same names
EAST_AGAIN = (
    "Eastborough councillors approved a £612m budget for 2026-27 with the maximum council tax rise. "
    "About 85 posts will go, mostly through vacancies and voluntary redundancy. "
    "Opposition councillors voted against the budget, saying the council had wasted money on consultants. "
    "The vote at the full council meeting was 38 to 21, with three abstentions."
)


def test_a_template_restated_about_another_council_is_not_one_story() -> None:
    facts = _facts(EAST, WEST, EAST_AGAIN)
    assert not facts.sources.get("doc1.txt") and "doc1.txt" not in facts.sources.get("doc0.txt", [])
    assert not one_story(facts, "doc0.txt", "doc1.txt")
    assert one_story(facts, "doc0.txt", "doc2.txt")
    assert not run_rules([RULE], _facts(EAST, WEST), strict=True).findings
    found = run_rules([RULE], _facts(EAST, EAST_AGAIN), strict=True).findings
    assert [f.values["noun"] for f in found] == ["abstention"]  # two against three


def test_share_a_name_ignores_countries_and_regions() -> None:
    facts = _facts(
        "Flooding in Europe closed 40 schools in Wexford, officials said on Monday.",
        "Flooding in Europe closed 40 roads in Lyonnais, officials said on Monday.",
        "Flooding closed 40 schools in Wexford on Monday.",
    )
    assert not share_a_name(facts, "doc0.txt", "doc1.txt")
    assert share_a_name(facts, "doc0.txt", "doc2.txt")


def test_a_name_inside_another_is_shared_but_not_a_lone_given_name() -> None:
    facts = _facts(
        "Harbour Water said on Monday that it would refund 9,000 customers, Sarah Whitlock told reporters.",
        "The board of Harbour Water agreed to refund 9,000 customers, Whitlock said.",
        "Sarah Okafor said the board of Brightline Energy would refund 9,000 customers.",
    )
    assert share_a_name(facts, "doc0.txt", "doc1.txt")
    assert not share_a_name(facts, "doc0.txt", "doc2.txt")


def test_a_name_opened_by_a_countrys_alias_is_the_name_with_the_country_in_full() -> None:
    facts = _facts(
        "The U.S. Department of Agriculture raised its corn forecast to 15.1 billion bushels on Tuesday.",
        "United States Department of Agriculture, National Agricultural Statistics Service",
        "The U.S. Department of Energy raised its oil forecast to 15.1 million barrels on Tuesday.",
    )
    assert share_a_name(facts, "doc0.txt", "doc1.txt")
    assert not share_a_name(facts, "doc1.txt", "doc2.txt")
