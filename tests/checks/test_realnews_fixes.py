"""False alarms found on published news text (docs/benchmarks-realnews.md), each with a near miss that must stay
quiet and a real error of the same shape that must still be flagged."""

from __future__ import annotations

from factcheck.checks.cross_document_number import CrossDocumentNumberRule
from factcheck.checks.entity_spelling import EntitySpellingRule
from factcheck.checks.negation_flip import NegationFlipRule
from factcheck.checks.sum_of_parts import SumOfPartsRule
from factcheck.engine import build_facts, run_rules
from factcheck.ingest import from_text
from factcheck.models import Report
from tests.assertions._helpers import run

SPELLING = EntitySpellingRule(id="generic.entity-spelling")
SUMS = SumOfPartsRule(id="generic.sum-of-parts")


def _spelling(text: str) -> list[str]:
    facts = build_facts([from_text(text, id="a.txt")], needs={"sentences", "entities"})
    report: Report = run_rules([SPELLING], facts, strict=True)
    return [f.message for f in report.findings]


# --- entity-spelling: a country one letter from a person's surname ---------------------------------------------


def test_a_country_is_not_a_misspelt_surname() -> None:
    text = (
        "Midfielder Sam Jordon signed a two-year deal with a club in Jordan on Monday. "
        "Jordon said the move suited his family. Jordon played 40 games last season."
    )
    assert _spelling(text) == []


def test_the_country_written_after_the_given_name_is_still_flagged() -> None:
    text = (
        "Midfielder Sam Jordon signed a two-year deal on Monday. Jordon said the move suited his family. "
        "Sam Jordan played 40 games last season, and Jordon hopes to add more."
    )
    assert any("'Jordan'" in m for m in _spelling(text))


def test_a_misspelt_country_is_still_flagged() -> None:
    text = (
        "Troops crossed into Ukraine on Monday. Ukraine said the shelling went on overnight. "
        "Officials in Ukriane said 12 people were hurt, and Ukraine asked for help."
    )
    assert any("Ukriane" in m for m in _spelling(text))


# --- entity-spelling: straight and curly apostrophes are one spelling ------------------------------------------


def test_apostrophe_styles_are_one_spelling() -> None:
    text = (
        "Defender Niall O'Brien signed on Monday. O’Brien said the club had treated him well, "
        "and O'Brien will train with the squad from Friday."
    )
    assert _spelling(text) == []


def test_a_misspelt_name_with_the_other_apostrophe_is_still_flagged() -> None:
    text = (
        "Defender Niall O'Brien signed on Monday. O’Brian said the club had treated him well, "
        "and O'Brien will train with the squad from Friday. O'Brien is 24."
    )
    assert any("O’Brian" in m for m in _spelling(text))


# --- sum-of-parts: numbers in brackets that restate the total in another unit ----------------------------------


def _sums(text: str) -> list[str]:
    facts = build_facts([from_text(text, id="a.txt")], needs={"sentences"})
    return [f.message for f in run_rules([SUMS], facts, strict=True).findings]


def test_a_range_restated_in_another_unit_is_no_breakdown() -> None:
    assert _sums("The lake is between 900 and 1,300 feet deep (270 and 400 metres), the survey found.") == []


def test_a_breakdown_in_the_totals_unit_is_still_checked() -> None:
    text = "The council relaid 90 miles of pavement (40 miles in the east and 35 miles in the west) this year."
    assert _sums(text) == ["40 + 35 = 75, not 90"]


# --- negation-flip: "for failing to" negates its verb as "failed to" does ----------------------------------------

NEG = NegationFlipRule(id="t.negation-flip")


def test_failing_to_and_failed_to_are_one_polarity() -> None:
    source = "The club fined its goalkeeper a week's wages for failing to attend the training session on Monday."
    rewrite = "The goalkeeper was fined a week's wages after he failed to attend the training session on Monday."
    assert run(NEG, rewrite, against=[source]) == []


def test_failing_to_against_an_affirmed_verb_is_flagged() -> None:
    source = "The club fined its goalkeeper a week's wages for failing to attend the training session on Monday."
    rewrite = "The goalkeeper was fined a week's wages after he attended the training session on Monday."
    assert [f.check for f in run(NEG, rewrite, against=[source])] == ["negation-flip"]


# --- cross-document-number: "I" in two quotes is no shared name ----------------------------------------------------

CROSS = CrossDocumentNumberRule(id="t.cross-document-number")


def _cross(*texts: str) -> list[str]:
    docs = [from_text(t, id=f"{i}.txt") for i, t in enumerate(texts)]
    facts = build_facts(docs, needs={"sentences", "entities"})
    return [f.message for f in run_rules([CROSS], facts, strict=True).findings]


def test_two_quotes_that_both_say_i_name_no_one_in_common() -> None:
    a = '"I am proud to have led the choir for 20 years," she told the parish council.'
    b = '"In over 50 years, I can\'t recall a prouder moment for the choir," the conductor said.'
    assert _cross(a, b) == []


def test_the_counted_noun_is_no_shared_word() -> None:
    assert _cross("Hale taught for 30 years at a school in Leeds.", "Hale, 58, served 12 years in the navy.") == []


def test_two_counts_of_one_named_story_are_still_compared() -> None:
    assert len(_cross("Hale served 30 years in the navy.", "Hale, 58, served 12 years in the navy.")) == 1
    a = "About 300 flights were cancelled at Heathrow on Monday as fog closed both runways."
    b = "More than 500 flights were cancelled at Heathrow on Monday because of the fog."
    assert len(_cross(a, b)) == 1
