"""Documents dated more than STORY_DAYS apart are two stories: no rewrite, no cross-document number or stance."""

from __future__ import annotations

import datetime as dt

from factcheck.align import STORY_DAYS, dated_apart, detect_rewrites, one_story
from factcheck.checks.cross_document_number import CrossDocumentNumberRule
from factcheck.checks.stance_conflict import StanceConflictRule
from factcheck.engine import build_facts, run_rules
from factcheck.ingest import from_text

DAY = dt.date(2026, 3, 2)

SPRING = """Harwick Foods said on Monday it would open a bakery in Lowmere next year.
Harwick Foods employs about 4,200 people at its plants in the region.
The Lowmere council backed the plan for the new bakery at its March meeting.
"""
LATER = """Harwick Foods said on Monday it would open a bakery in Lowmere next year.
Harwick Foods employs about 6,900 people at its plants in the region.
The Lowmere council rejected the plan for the new bakery at its March meeting.
"""


def _findings(days: int, check: str) -> list[str]:
    docs = [
        from_text(SPRING, id="spring.txt", published=DAY),
        from_text(LATER, id="later.txt", published=DAY + dt.timedelta(days=days)),
    ]
    facts = build_facts(docs, needs={"sentences", "dates", "entities", "assertions"})
    rule = (
        CrossDocumentNumberRule(id="t.numbers", severity="warning")
        if check == "numbers"
        else StanceConflictRule(id="t.stance", severity="error")
    )
    return [f.message for f in run_rules([rule], facts).findings]


def test_a_figure_changed_within_the_news_cycle_is_flagged() -> None:
    assert any("4,200" in m and "6,900" in m for m in _findings(2, "numbers"))


def test_a_figure_in_a_story_months_later_is_not_compared() -> None:
    """A company's headcount changes between stories months apart; a stock sentence restates it."""
    assert _findings(STORY_DAYS + 60, "numbers") == []


def test_a_stance_months_later_is_no_conflict() -> None:
    assert _findings(1, "stance")  # (the premise: within days the two positions conflict)
    assert _findings(STORY_DAYS + 1, "stance") == []


def test_a_copy_months_later_is_no_rewrite_unless_given_as_the_source() -> None:
    day = DAY + dt.timedelta(days=STORY_DAYS + 1)
    copy = [from_text(SPRING, id="a.txt", published=DAY), from_text(SPRING, id="b.txt", published=day)]
    facts = build_facts(copy, needs={"sentences", "assertions", "entities"})
    assert dated_apart(facts, "a.txt", "b.txt") and detect_rewrites(facts) == {}
    assert not one_story(facts, "a.txt", "b.txt")
    given = build_facts([copy[1]], [copy[0]], needs={"sentences", "assertions", "entities"})
    assert one_story(given, "b.txt", "a.txt")  # --against: the relation is given, whatever the dates


def test_undated_documents_are_never_apart() -> None:
    docs = [from_text(SPRING, id="a.txt", published=DAY), from_text(LATER, id="b.txt")]
    facts = build_facts(docs, needs={"sentences"})
    assert not dated_apart(facts, "a.txt", "b.txt")
