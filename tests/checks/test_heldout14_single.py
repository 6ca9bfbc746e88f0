"""Fixes of the single-document checks for general causes found by the fourteenth held-out set, pinned with
hand-written sentences that are not the held-out ones, and near-misses that must stay silent (the same
construction used correctly). Texts are published on Thursday 13 March 2025 (``_run.PUBLISHED``)."""

from __future__ import annotations

import pytest
from _run import default_rule, fails, passes, run, silent

# --- sum-of-parts: a verb head after a relative clause on the total's noun --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the 2,150 pupils who have been on the waiting list for more than six months, who break down"
        " as 1,300 girls and 900 boys, would be offered places.",
        "The 640 complaints that were lodged in 2025 were split into 410 about noise and 250 about parking.",
        "The 720 tenants who have waited over two years for repairs are made up of 500 families and 180 pensioners.",
        "The 3,100 patients who break down as 1,900 adults and 1,300 children were all seen.",
    ],
)
def test_a_breakdown_after_a_relative_clause_is_read(text: str) -> None:
    assert fails("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the 2,150 pupils who have been on the waiting list for more than six months, who break down"
        " as 1,250 girls and 900 boys, would be offered places.",
        "The 640 complaints that were lodged in 2025 were split into 390 about noise and 250 about parking.",
        # a sum may be singular
        "The £6m that was raised in 2024, which was split into £4m for roads and £2m for parks, has been spent.",
    ],
)
def test_a_breakdown_after_a_relative_clause_that_adds_up_passes(text: str) -> None:
    assert passes("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        # the singular verb breaks down the clause's own noun, not the counted total
        "The 90 nurses who work at the hospital, which is divided into 60 wards and 20 clinics, voted to strike.",
        # a number in the clause that is no year or period: another count stands between total and parts
        "The 640 complaints that came from 12 estates were split into 400 about noise and 200 about parking.",
    ],
)
def test_a_relative_clause_that_does_not_head_the_breakdown_is_not_read(text: str) -> None:
    assert silent("sum-of-parts", text)


# --- count-vs-list: a reduced relative clause; a verb of composition --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The two wards closed last winter — Elm, Oak and Birch — will reopen in May.",
        "The four players named by the manager: Hale, Ortiz and Brook.",
        "The three stations rebuilt after the flood — Ashford, Bexley, Crayford and Dartford — cost £40m.",
        "Three species made up the rest: red deer, roe deer, sika and muntjac.",
        "Two crops accounted for the remainder: barley, oats and rye.",
        "Five newcomers rounded out the squad: Lane, Okafor, Petit and Ruiz.",
    ],
)
def test_reduced_relatives_and_verbs_of_composition_are_read(text: str) -> None:
    assert fails("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        "The three wards closed last winter — Elm, Oak and Birch — will reopen in May.",
        "The three players named by the manager: Hale, Ortiz and Brook.",
        "Four species made up the rest: red deer, roe deer, sika and muntjac.",
        "Two crops accounted for the remainder: barley and oats.",
    ],
)
def test_reduced_relatives_and_verbs_of_composition_that_match_pass(text: str) -> None:
    assert passes("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        # a main verb with its object: the list may spell out the object
        "The four councils confirmed the plan: cuts, closures and job losses.",
        "Four councils confirmed the plan: cuts, closures and job losses.",
        "The two unions balloted members: nurses, porters and cleaners.",
        "Two firms completed the purchase: a depot, a yard and an office.",
        # a verb of composition whose object is plural: the list may name those
        "Two growers made up the shortfall with imports: grapes, apples and pears.",
        # not a participle
        "The two wards then — Elm, Oak and Birch — had 40 beds each.",
    ],
)
def test_a_main_verb_with_an_object_is_no_head(text: str) -> None:
    assert silent("count-vs-list", text)


# --- change-arithmetic: a size with a currency sign -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The pension fund shrank from $7.2 million to $5.1 million, a drop of $1.6 million.",
        "Revenue rose by £0.3m to £2.4m from £2.0m.",
        "Turnover was £3.1m, up £0.4m on last year's £2.5m.",
        "Ticket income rose from €840,000 to €910,000, an increase of €50,000.",
        "A €30,000 rise from €840,000 to €910,000 was reported.",
    ],
)
def test_a_signed_size_is_compared(text: str) -> None:
    assert fails("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        "The pension fund shrank from $7.2 million to $5.1 million, a drop of $2.1 million.",
        "Revenue rose by £0.4m to £2.4m from £2.0m.",
        "Turnover was £3.1m, up £0.6m on last year's £2.5m.",
        "Ticket income rose from €840,000 to €910,000, an increase of €70,000.",
        # a size in full beside ends with a glued magnitude
        "Costs rose from £1.6m to £2.1m, an increase of £500,000.",
    ],
)
def test_a_signed_size_that_matches_passes(text: str) -> None:
    assert passes("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        # another currency than the ends'
        "Costs rose from £800 to £840, an increase of $60.",
        # letters glued to an unsigned size are no magnitude ("pc": not read as a percentage here)
        "Sales rose 12pc to 560 from 500.",
    ],
)
def test_a_size_in_another_currency_or_with_unknown_letters_is_not_read(text: str) -> None:
    assert silent("change-arithmetic", text)


def test_the_computed_size_is_shown_in_the_stated_magnitude() -> None:
    report = run(
        default_rule("change-arithmetic"), "The fund fell from $4.1 million to $2.2 million, a drop of $1.6 million."
    )
    assert [f.message for f in report.findings] == [
        "from 4.1 million to 2.2 million is a fall of 1.9 million, not 1.6 million"
    ]


# --- weekday-date: an adjectival participle is no event verb; "through Sunday" ends a period -----------------------


def test_an_adjectival_participle_does_not_tie_a_weekday_to_a_range() -> None:
    text = (
        "Water officials on Thursday extended a hosepipe ban for the county. The extended hosepipe ban, running from"
        " 11 March through 16 March, covers the county's 40,000 homes."
    )
    assert not run(default_rule("weekday-date"), text).findings


def test_the_same_verb_used_as_a_verb_still_ties_the_dates() -> None:
    text = (
        "Water officials on Thursday extended a hosepipe ban for the county. Officials extended the ban on 11 March"
        " to cover 40,000 homes."
    )
    assert fails("weekday-date", text)


def test_a_weekday_after_through_is_not_resolved_to_a_past_day() -> None:
    text = "Officials extended the hosepipe ban through Sunday. Officials extended the hosepipe ban on 16 March."
    assert not run(default_rule("weekday-date"), text).findings


# --- duration-dates: "over N days" may mean across N days ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The inquiry will sit over four days, from Monday 7 April to Thursday 10 April, in Leeds.",
        "The festival was spread over three days, from 7 to 9 April.",
    ],
)
def test_over_a_span_reads_as_across_it(text: str) -> None:
    assert passes("duration-dates", text)


@pytest.mark.parametrize(
    "text",
    [
        # "for over": more than four days, not across them
        "The inquiry sat for over four days, from 7 April to 10 April.",
        "The talks took over four days, from 7 April to 10 April.",
        # across five days is wrong too
        "The festival ran over five days, from 7 April to 9 April.",
    ],
)
def test_over_after_a_measuring_word_stays_more_than(text: str) -> None:
    assert fails("duration-dates", text)
