"""Fixes for general causes found by the single articles of the forty-fifth and forty-sixth held-out sets, pinned
with hand-written sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import pytest
from _run import default_rule, fails, passes, run

# --- sum-of-parts: a bare "rest" before a noun is a thing, no remainder ------------------------------------------


def test_rest_homes_in_a_label_is_no_remainder() -> None:
    # 1,210 + 530 + 340 = 2,080, not 2,180
    report = run(
        default_rule("sum-of-parts"),
        "The board had 2,180 flu jabs left - 1,210 given at clinics, 530 in care and rest homes, and 340 at "
        "pharmacies in the town.",
    )
    assert [f.message for f in report.findings] == ["1,210 + 530 + 340 = 2,080, not 2,180"]


def test_rest_homes_in_a_label_that_adds_up_passes() -> None:
    assert passes(
        "sum-of-parts",
        "The board had 2,080 flu jabs left - 1,210 given at clinics, 530 in care and rest homes, and 340 at "
        "pharmacies in the town.",
    )


def test_the_rest_is_still_a_remainder() -> None:
    report = run(
        default_rule("sum-of-parts"), "The 900 tickets sold: 410 to members, 300 to schools and the rest to visitors."
    )
    assert not report.findings
    assert [p.message for p in report.passed] == ["410 + 300 = 710, leaving 190 of 900 for the rest"]


# --- sum-of-parts: "A accounted for X, B for Y and C for Z, making up the N total" --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # 4,120 + 1,870 + 2,310 = 8,300, not 8,500
        "Leeds accounted for 4,120 claims, the coastal towns of Whitby, Filey and Scarborough for 1,870 and the "
        "rest of the county for 2,310, making up the 8,500 total.",
        "Leeds accounted for 4,120 claims, Hull for 1,870 and York for 2,310, making up a total of 8,500.",
    ],
)
def test_parts_labels_first_after_accounted_for_are_summed(text: str) -> None:
    assert fails("sum-of-parts", text)


def test_parts_labels_first_after_accounted_for_that_add_up_pass() -> None:
    report = run(
        default_rule("sum-of-parts"),
        "Leeds accounted for 4,120 claims, the coastal towns of Whitby, Filey and Scarborough for 1,870 and the "
        "rest of the county for 2,310, making up the 8,300 total.",
    )
    assert not report.findings
    assert [p.message for p in report.passed] == ["4,120 + 1,870 + 2,310 = 8,300, matching 8,300"]


def test_accounted_for_with_a_partial_list_is_silent() -> None:
    report = run(
        default_rule("sum-of-parts"),
        "Leeds accounted for 4,120 claims, including Hull for 1,870 and York for 2,310, making up the 8,500 total.",
    )
    assert not report.findings


# --- count-vs-list: a name may end on a small number ---------------------------------------------------------------


def test_a_name_ending_on_a_number_is_one_item() -> None:
    report = run(
        default_rule("count-vs-list"),
        "The line's three depots — Northfield, Kings Cross Sector 4 and Riverside Yard — will be rebuilt first, "
        "the ministry said.",
    )
    assert [p.message for p in report.passed] == ["'three depots' lists 3 items"]


def test_a_name_ending_on_a_number_in_a_longer_list_is_flagged() -> None:
    report = run(
        default_rule("count-vs-list"),
        "The line's three depots — Northfield, Kings Cross Sector 4, Eastgate and Riverside Yard — will be rebuilt "
        "first, the ministry said.",
    )
    assert [f.message for f in report.findings] == ["'three depots' are followed by 4 items"]


def test_a_score_after_a_name_is_no_part_of_it() -> None:
    assert not fails(
        "count-vs-list", "The three teams — Leeds, York and Hull 3-1 winners over Bath — went through to the final."
    )


# --- percent-of: a share credited to a name whose count a sentence before gives -----------------------------------

_RESULTS = (
    "Official results gave Moreau 21,340 votes. Her rival, the pharmacist Paul Dancourt, polled 16,870, and the "
    "Green candidate Ines Vidal finished third on 7,790. That makes 46,000 valid votes in all, from a roll of 98,500. "
)


def test_a_named_share_is_checked_against_the_total_an_exact_share_fits() -> None:
    # Moreau 21,340 / 46,000 = 46.4% fits the total; Dancourt 16,870 / 46,000 = 36.7%, not about 41%
    report = run(
        default_rule("percent-of"),
        _RESULTS + "Moreau took 46.4 percent of the valid vote; Dancourt finished on about 41 percent, and Vidal on "
        "just under 17 percent.",
    )
    assert [f.message for f in report.findings] == [
        "Dancourt's 16,870 of the total 46,000 (which Moreau's 21,340 is 46.4 percent of, as stated) is 36.67%, not "
        "about 41 percent"
    ]
    assert [p.message for p in report.passed] == [
        "Vidal's 7,790 of the total 46,000 (which Moreau's 21,340 is 46.4 percent of, as stated) is 16.9%, "
        "matching just under 17 percent"
    ]


def test_named_shares_that_fit_pass() -> None:
    assert passes(
        "percent-of",
        _RESULTS + "Moreau took 46.4 percent of the valid vote; Dancourt finished on about 37 percent, and Vidal on "
        "just under 17 percent.",
    )


@pytest.mark.parametrize(
    "results",
    [
        # no exact share fits a total stated before
        _RESULTS.replace("46,000", "about 46,000"),
        # the name's number is an age, no count of votes
        "Moreau, 52, won the seat. Dancourt, 61, came second. That makes 46,000 valid votes in all. ",
    ],
)
def test_named_shares_without_a_fitting_total_or_count_are_silent(results: str) -> None:
    report = run(
        default_rule("percent-of"),
        results + "Moreau took 46.4 percent of the valid vote; Dancourt finished on about 41 percent.",
    )
    assert not report.findings
