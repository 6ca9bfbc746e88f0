"""cross-document-number: a rewrite figure with the role of a source figure but another value is a changed figure.

The roles read here: the end of one change from the same start ("from Y to Z"), a limit a rule sets ("is allowed N",
"can set up to N"), and the one amount of a currency in a restated pair, however the currency is written; and the
figures that have no such role: a share the rewrite works out from counts beside it ("N of the M …, or P%"), a
period "over" runs across ("over three seasons"). Sentences written for these tests, none from a benchmark set.
"""

from __future__ import annotations

import pytest
from _run import rewrite_findings

_STORY = (
    "The county council met on Monday to approve the new library budget for the coming year.\n\n"
    "Councillors agreed to keep all branch libraries open on Saturdays after a public campaign.\n\n"
    "The chief librarian said the mobile library van would return to the northern villages in spring.\n\n"
    "A review of opening hours in the market towns will report to the council in the autumn.\n\n"
)
_RETOLD = (
    "The county council has approved the new library budget for the coming year at its Monday meeting.\n\n"
    "Councillors agreed to keep every branch library open on Saturdays after a public campaign.\n\n"
    "The chief librarian said the mobile library van would return to the northern villages in the spring.\n\n"
    "A review of opening hours in the market towns will report to the council in the autumn.\n\n"
)


def _numbers(source: str, rewrite: str) -> list[str]:
    """cross-document-number's messages on the story with ``source`` and ``rewrite`` added to each side."""
    findings = rewrite_findings("cross-document-number", _STORY + source + "\n", _RETOLD + rewrite + "\n")
    return [f.message for f in findings]


# --- the end of one change from the same start -----------------------------------------------------------------------

_CHANGE_HITS = [
    (
        "Membership of the rowing club fell from 2,310 to 1,980 over the winter.",
        "Membership of the rowing club dropped from 2,310 to 1,890 over the winter.",
    ),
    (
        "Bus fares on the coastal route will rise from £2.40 to £2.90 in April.",
        "Bus fares on the coastal route will go up from £2.40 to £3.20 in April.",
    ),
    (
        "The hospital trust cut its waiting list from 14,500 to 11,200 patients in a year.",
        "In a year the hospital trust has brought its waiting list down from 14,500 to 12,100 patients.",
    ),
    (
        "Average class sizes at the academy went from 31 to 27 pupils after the new wing opened.",
        "After the new wing opened, average class sizes at the academy went from 31 to 24 pupils.",
    ),
    (
        "Passenger numbers at the regional airport climbed to 8.4 million from 7.9 million last year.",
        "The regional airport saw passenger numbers rise to 8.9 million from 7.9 million last year.",
    ),
    (
        "The reservoir level dropped from 86 metres to 81 metres during the dry summer.",
        "During the dry summer the reservoir level dropped from 86 metres to 79 metres.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _CHANGE_HITS)
def test_a_change_from_the_same_start_must_end_at_the_same_value(source: str, rewrite: str) -> None:
    assert _numbers(source, rewrite)
    assert not _numbers(source, source)


_CHANGE_SOURCE = "Membership of the rowing club fell from 2,310 to 1,980 over the winter."
_CHANGE_NEAR_MISSES = [
    # the end rounded
    "Membership of the rowing club fell from 2,310 to 2,000 over the winter.",
    # a hedged end: no value stated as one
    "Membership of the rowing club fell from 2,310 to under 2,000 over the winter.",
    # an update the rewrite tells
    "Membership of the rowing club has now fallen from 2,310 to 1,700 since the winter.",
    # another change, from another start
    "Membership of the rowing club is forecast to slip from 1,980 to 1,850 over the summer.",
    # the same change restated in its own words
    "Over the winter the rowing club lost members, falling from 2,310 to 1,980.",
    # years, no figures of the change
    "Membership of the rowing club fell every year from 2019 to 2024, the winter included.",
]


@pytest.mark.parametrize("rewrite", _CHANGE_NEAR_MISSES)
def test_a_change_restated_rounded_updated_or_of_another_start_is_no_changed_end(rewrite: str) -> None:
    assert not _numbers(_CHANGE_SOURCE, rewrite)


# --- a limit a rule sets ---------------------------------------------------------------------------------------------

_LIMIT_HITS = [
    ("Each licence holder can set up to 300 traps.", "Each licence holder is allowed 250 traps."),
    ("Each angler may use up to three rods on the lake.", "On the lake each angler is allowed two rods."),
    ("The village minibus is limited to 16 passengers.", "The village minibus can carry up to 18 passengers."),
    (
        "Households may put out up to four bags of rubbish each week.",
        "Households are permitted three bags of rubbish each week.",
    ),
    ("The arts fund has a cap of 40 grants a year.", "The arts fund is capped at 50 grants a year."),
    ("Each member can bring up to three guests to the gala.", "Each member may bring up to two guests to the gala."),
]


@pytest.mark.parametrize(("source", "rewrite"), _LIMIT_HITS)
def test_a_limit_restated_with_another_value_is_changed(source: str, rewrite: str) -> None:
    assert any("limit" in m or "up to" in m for m in _numbers(source, rewrite))


_LIMIT_SOURCE = "Each licence holder can set up to 300 traps."
_LIMIT_NEAR_MISSES = [
    (_LIMIT_SOURCE, "Each licence holder is allowed 300 traps."),  # the same limit
    (_LIMIT_SOURCE, "Each licence holder set about 250 traps this year."),  # what was done, within the limit
    ("The village minibus can carry up to 16 passengers.", "The village minibus carried 12 passengers on Friday."),
    ("Gusts of up to 70 mph are forecast on the coast.", "Gusts of 60 mph are forecast on the coast."),  # a peak
    ("The arts fund has a cap of 40 grants a year.", "The arts fund awarded 35 grants a year."),
    ("Up to 300 people attended the vigil.", "About 250 people attended the vigil."),  # a count's bound, no rule
]


@pytest.mark.parametrize(("source", "rewrite"), _LIMIT_NEAR_MISSES)
def test_a_figure_within_a_limit_or_a_bound_that_sets_none_is_no_changed_limit(source: str, rewrite: str) -> None:
    assert not _numbers(source, rewrite)


# --- the one amount of a currency in a restated pair -----------------------------------------------------------------

_CURRENCY_HITS = [
    (
        "The plan commits 14 billion euros to new rail lines over five years.",
        "Over five years, EUR 11 billion will go to new rail lines under the plan.",
    ),
    (
        "The club agreed a fee of 4.5 million pounds sterling for the striker, its chairman said.",
        "The striker cost the club GBP 5.2 million, its chairman said.",
    ),
    (
        "The council will borrow $22 million to rebuild the harbour bridge by 2029.",
        "To rebuild the harbour bridge by 2029 the council is borrowing $26 million, about 8% of its budget.",
    ),
    (
        "Fines paid by the harbour operators totalled 3.2 million Swedish crowns in 2027.",
        "The harbour operators paid fines of SEK 3.9 million in 2027.",
    ),
    (
        "The ministry set aside ¥840 billion for flood defences along the river.",
        "For flood defences along the river the ministry set aside 620 billion yen, officials said.",
    ),
    (
        "The state will spend Rs 4,512 crore on the metro extension.",
        "The metro extension will cost the state INR 4,125 crore.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _CURRENCY_HITS)
def test_the_one_amount_of_a_currency_restated_with_another_value_is_changed(source: str, rewrite: str) -> None:
    assert _numbers(source, rewrite)


_CURRENCY_SOURCE = "The plan commits 14 billion euros to new rail lines over five years."
_CURRENCY_NEAR_MISSES = [
    "Over five years, EUR 14bn will go to new rail lines under the plan.",  # the same amount
    "Over five years, about €15 billion will go to new rail lines under the plan.",  # a hedge holds 14
    "Over five years, €14 billion will go to new rail lines and €3 billion to new roads.",  # two amounts
    "The plan has now been raised to €16 billion for new rail lines over five years.",  # an update
    "Funding for new rail lines rose from €12 billion to €14 billion over five years.",  # a change
    "Over five years, $15.2 billion will go to new rail lines under the plan.",  # another currency
    "Over five years, another EUR 3 billion will go to new rail lines under the plan.",  # an addition to it
]


def test_two_additions_in_one_currency_are_one_amount() -> None:
    source = "The plan commits 14 billion euros in additional funding to new rail lines over five years."
    rewrite = "Over five years, an additional EUR 11 billion will go to new rail lines under the plan."
    assert _numbers(source, rewrite)


@pytest.mark.parametrize("rewrite", _CURRENCY_NEAR_MISSES)
def test_an_amount_restated_alike_hedged_updated_or_in_another_currency_is_no_changed_amount(rewrite: str) -> None:
    assert not _numbers(_CURRENCY_SOURCE, rewrite)


def test_an_amount_of_another_clause_stated_in_the_source_is_no_changed_amount() -> None:
    source = "The plan commits EUR 14 billion to new rail lines over five years. It sets aside EUR 3 billion for roads."
    rewrite = "Over five years, EUR 3 billion for roads comes on top of the plan for new rail lines."
    assert not _numbers(source, rewrite)


def test_a_copy_slip_of_a_currency_amount_keeps_its_copy_slip_message() -> None:
    source = "The ministry said the new hospital wing would cost EUR 2,640 million to build."
    rewrite = "The new hospital wing will cost 2,460 million euros to build, the ministry said."
    assert any("swapped" in m for m in _numbers(source, rewrite))


# --- figures with no role of a source figure -----------------------------------------------------------------------

_SHARE_SOURCE = "Of the 1,200 farms surveyed, 312 reported losses to the floods, 26% of the total."


@pytest.mark.parametrize(
    "rewrite",
    [
        "Some 312 of the 1,200 farms surveyed, or 31%, reported losses to the floods.",
        "The floods cost 312 out of 1,200 farms surveyed (31%) some of their harvest, they reported.",
        "Losses to the floods were reported by 312 of the 1,200 farms surveyed – 31 per cent – in all.",
    ],
)
def test_a_share_worked_out_from_its_own_counts_is_no_restated_share(rewrite: str) -> None:
    assert not _numbers(_SHARE_SOURCE, rewrite)


def test_a_share_given_without_its_counts_is_still_compared() -> None:
    assert _numbers(
        "In the survey, 26% of the farms reported losses to the floods.",
        ("In the survey, 31% of the farms reported losses to the floods."),
    )


@pytest.mark.parametrize("period", ["seasons", "semesters", "centuries"])
def test_over_a_number_of_periods_may_run_across_them(period: str) -> None:
    source = f"The keeper made 140 appearances for the club across three {period}, keeping 51 clean sheets."
    rewrite = f"In all the keeper played 140 times for the club over three {period}, with 51 clean sheets."
    assert not _numbers(source, rewrite)
    assert _numbers(source, rewrite.replace("over three", "more than five"))
