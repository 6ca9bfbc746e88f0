"""Batch runs: unrelated stories of one kind are never joined, two reports of one story still are."""

from __future__ import annotations

import datetime as dt

from factcheck.align import one_story
from factcheck.checks.cross_document_number import CrossDocumentNumberRule
from factcheck.checks.weekday_date import WeekdayDateRule
from factcheck.engine import build_facts, run_rules
from factcheck.facts import FactBase
from factcheck.ingest import from_text

NUMBERS = CrossDocumentNumberRule(id="t.cross-document-number")
WEEKDAY = WeekdayDateRule(id="t.weekday-date")


def _facts(*texts: tuple[str, dt.date]) -> FactBase:
    return build_facts([from_text(t, id=f"doc{i}.txt", published=day) for i, (t, day) in enumerate(texts)])


# two wildfires a week apart: the genre's stock sentences and the same federal agency, nothing else in common
RIDGE = (
    "A wildfire in the hills above Corvallo has burned 18,000 acres and destroyed 14 homes, the U.S. Forest Service "
    "said on Monday. About 950 firefighters were assigned to the blaze, backed by nine helicopters. "
    "Temperatures were expected to reach the high 90s this week, with gusty afternoon winds. "
    "Evacuation orders remained in place for the Piney Creek subdivision."
)
CANYON = (
    "A fire that started near a campground in Tessaro Canyon has grown to 6,200 acres, the U.S. Forest Service said. "
    "About 410 firefighters are assigned to the blaze. "
    "Temperatures could reach the upper 90s by the weekend, and winds are forecast to pick up. "
    "Residents of Larkspur Flats were told to be ready to leave."
)
# another report of the Corvallo fire, in its own words
RIDGE_AGAIN = (
    "The fire above Corvallo grew to 18,000 acres overnight and has now destroyed 14 homes, officials said. "
    "Some 950 firefighters and nine helicopters are fighting the blaze. "
    "People in the Piney Creek subdivision are still under an evacuation order."
)

# two winter storms: the same relief organisation opens shelters in each
ICE = (
    "An ice storm left about 40,000 homes in Braddock County without power on Friday. "
    "The American Red Cross opened three shelters, at schools in Milltown and Harlan Springs. "
    "Crews from four states were helping to restore lines."
)
SNOW = (
    "Heavy snow closed roads across the Dunmore valley on Friday and cut power to 12,000 customers. "
    "The American Red Cross opened two shelters, at a church in Eastvale and a community centre in Roan. "
    "Plows worked through the night on the main highway."
)


def test_stock_sentences_of_two_wildfires_do_not_make_one_story() -> None:
    facts = _facts((RIDGE, dt.date(2027, 8, 2)), (CANYON, dt.date(2027, 8, 9)), (RIDGE_AGAIN, dt.date(2027, 8, 3)))
    assert not one_story(facts, "doc0.txt", "doc1.txt")
    assert one_story(facts, "doc0.txt", "doc2.txt")


def test_firefighters_of_two_wildfires_are_not_compared() -> None:
    facts = _facts((RIDGE, dt.date(2027, 8, 2)), (CANYON, dt.date(2027, 8, 9)))
    assert not run_rules([NUMBERS], facts, strict=True).findings


def test_a_generic_relief_organisation_does_not_join_two_storms() -> None:
    facts = _facts((ICE, dt.date(2027, 1, 8)), (SNOW, dt.date(2027, 1, 8)))
    assert not one_story(facts, "doc0.txt", "doc1.txt")
    assert not run_rules([NUMBERS], facts, strict=True).findings


# two school boards adopting their budgets in one week: the same verb and nouns beside a date
BOARD = (
    "Trustees of the Halden Unified School District on Monday adopted a $96.4 million budget for the coming year. "
    "The plan adds six teaching posts at Marrow Hill Elementary. "
    "Superintendent Joan Achebe said the district had drawn down its reserve to avoid cuts."
)
BOARD_ELSEWHERE = (
    "Orsk Valley trustees adopted on 14 June a budget for the coming year, with one dissent. "
    "The budget includes a raise of 2.5 per cent for bus drivers. "
    "Board chair Tomas Weller said enrolment had fallen for a third year."
)
# another report of the Halden meeting, dating it
BOARD_AGAIN = (
    "On 14 June, Halden Unified School District trustees adopted a $96.4 million budget for the coming year. "
    "Superintendent Joan Achebe said the district had used reserves to avoid cutting staff. "
    "Six new teaching posts will go to Marrow Hill Elementary."
)


def test_an_unrelated_story_does_not_date_the_same_event() -> None:
    facts = _facts((BOARD, dt.date(2027, 6, 23)), (BOARD_ELSEWHERE, dt.date(2027, 6, 15)))
    assert not run_rules([WEEKDAY], facts, strict=True).findings


def test_another_report_of_the_story_still_dates_the_same_event() -> None:
    facts = _facts((BOARD, dt.date(2027, 6, 23)), (BOARD_AGAIN, dt.date(2027, 6, 15)))
    found = run_rules([WEEKDAY], facts, strict=True).findings
    assert [f.check for f in found] == ["weekday-date"]
    assert "dates the same event 14 June" in found[0].message


# a player's name in two reports of one final, and in a report of another tournament months later
FINAL = (
    "Marta Kowalczyk won the Brisbane International on Sunday, beating Elena Sabalenko 6-3, 6-4 in the final. "
    "Kowalczyk, 24, saved all five break points she faced in the 87-minute match. "
    "Sabalenko had reached the final without dropping a set."
)
FINAL_AGAIN = (
    "Elena Sabalenka lost the Brisbane International final 6-3, 6-4 to Marta Kowalczyk on Sunday. "
    "Kowalczyk saved all five break points she faced in the 87-minute match, her coach said."
)


def _spellings(second_published: dt.date) -> list[str]:
    from factcheck.checks.entity_spelling import EntitySpellingRule

    facts = _facts((FINAL, dt.date(2027, 1, 10)), (FINAL_AGAIN, second_published))
    return [f.message for f in run_rules([EntitySpellingRule(id="t.entity-spelling")], facts, strict=True).findings]


def test_a_spelling_is_compared_between_two_reports_of_one_story() -> None:
    assert any("Sabalenka" in m for m in _spellings(dt.date(2027, 1, 11)))


def test_a_spelling_is_not_compared_with_a_story_dated_months_apart() -> None:
    assert _spellings(dt.date(2027, 9, 14)) == []
