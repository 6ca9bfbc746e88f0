"""cross-document-number between a source and its rewrite: a figure with the role of a source figure but another value
is a changed figure; a figure that restates another source figure is none. Hand-written sentences in several
registers (council minutes, wire copy, a business brief, a health notice, a sports page, diplomacy):

- a hedged round figure that another figure of the source sentence rounds to restates that one, no copy slip of a
  third ("around 302,000" of "301,700 … the previous year's 302,900");
- a rewrite sentence merging two source sentences may take its count from the neighbour ("roughly 2,200 offences"
  beside "… to 2,194");
- a count followed by its own list that names as many items as the source's count restates that count (the miscount
  is count-vs-list's);
- a share stated as "N …, about P% of the M" is the rewrite's own arithmetic (percent-of's), no restated share;
- a count a verb of adding adds ("would add 14 observers") is a change's size, never the total;
- a figure written in full and in millions is one precision ("$61,840,000" / "$62.84 million": a copy slip);
- a small swap is a slip when each document counts the noun with one value, a headline repeating it, added counts
  included ("84 extra beds" / "48 additional beds");
- a change whose ends are both ceilings ("from 180 to up to 240") must end alike, restated or not aligned;
- a share or an amount given for one year ("1.8% in 2028", "$18.50 an hour in 2029") has that year's role.
"""

from __future__ import annotations

import pytest
from _run import framed_messages

_CHECK = "cross-document-number"


def _found(source: str, rewrite: str) -> list[str]:
    return framed_messages(_CHECK, source, rewrite)


# --- a rounded figure restates the source figure it rounds ---------------------------------------------------------

_ROUNDED = [
    (
        "Total recorded crime stood at 301,700 offences, broadly unchanged on the previous year's 302,900.",
        "Overall crime was flat at around 302,000 offences.",
    ),
    (
        "The festival sold 48,620 tickets this year, against 49,310 the year before.",
        "The festival sold roughly 49,000 tickets, about the same as last year.",
    ),
    (
        "Turnover was £7.46 million in the year, compared with £7.64 million a year earlier.",
        "Turnover held at about £7.5 million.",
    ),
    (
        "The port handled 1,215 vessel calls, down slightly from 1,251 in the previous season.",
        "The port handled some 1,200 vessel calls, a little down on the season before.",
    ),
    (
        "Attendance reached 23,870 over the weekend, against 23,780 at last year's event.",
        "Attendance was close to 24,000, level with last year.",
    ),
    (
        "Membership stood at 6,540 at the end of March, little changed from 6,450 a year before.",
        "Membership is about 6,500, little changed from a year ago.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _ROUNDED)
def test_a_rounded_figure_restates_the_figure_it_rounds(source: str, rewrite: str) -> None:
    assert not [m for m in _found(source, rewrite) if "copy slip" in m]


_SLIPPED = [
    (
        "Total recorded crime stood at 301,700 offences, broadly unchanged on the previous year's 302,900.",
        "Total recorded crime stood at 310,700 offences, broadly unchanged on the previous year.",
    ),
    (
        "The festival sold 48,620 tickets this year, against 41,000 the year before.",
        "The festival sold 46,820 tickets this year, up on the year before.",
    ),
    (
        "The port handled 1,215 vessel calls this season, up from 1,090 in the previous season.",
        "The port handled 1,251 vessel calls this season, up from the previous season.",
    ),
    (
        "The hospital saw 18,432 patients in its emergency department in the quarter.",
        "The hospital saw 18,342 patients in its emergency department in the quarter.",
    ),
    (
        "The appeal raised $2.37 million from 14,500 donors, the charity said.",
        "The appeal raised $2.73 million from 14,500 donors, the charity said.",
    ),
    (
        "The museum welcomed 364,200 visitors last year, its director said.",
        "The museum welcomed 346,200 visitors last year, its director said.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _SLIPPED)
def test_a_changed_digit_is_still_a_copy_slip(source: str, rewrite: str) -> None:
    assert _found(source, rewrite)


# --- a merged sentence takes its count from the neighbouring source sentence --------------------------------------

_MERGED = [
    (
        "Knife-enabled offences fell by 6 per cent to 2,194. Vehicle crime fell by 9 per cent to 18,460 offences.",
        "Knife crime also dropped, with roughly 2,200 offences recorded, while vehicle crime fell by 9 per cent.",
    ),
    (
        "Cycle journeys rose by 4 per cent to 11,930. Bus journeys rose by 2 per cent to 84,100 journeys a week.",
        "Cycle use grew, with about 12,000 journeys a week, while bus journeys rose by 2 per cent.",
    ),
    (
        "Admissions for asthma fell to 612. Admissions for pneumonia fell by a tenth to 2,380 admissions.",
        "There were about 600 admissions for asthma, while pneumonia admissions fell by a tenth.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _MERGED)
def test_a_merged_sentence_restates_its_neighbours_figure(source: str, rewrite: str) -> None:
    assert not _found(source, rewrite)


# --- a count followed by its own list restates the source's count --------------------------------------------------

_LISTED = [
    (
        "Rebated fuel will continue to be available for three uses: agriculture, rail and fishing.",
        "The Treasury said rebated fuel would remain available for four uses – farming, rail and fishing.",
    ),
    (
        "The fund will support two sectors: tourism and hospitality.",
        "The fund will support three sectors: tourism and hospitality.",
    ),
    (
        "Grants are open to four kinds of group: charities, clubs, schools and churches.",
        "Grants are open to five kinds of group – charities, clubs, schools and churches.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _LISTED)
def test_a_count_whose_list_restates_the_source_count_is_left_to_count_vs_list(source: str, rewrite: str) -> None:
    assert not _found(source, rewrite)


# --- an added count is no total -----------------------------------------------------------------------------------

_ADDED = [
    (
        "A monitoring mechanism of 48 observers will verify compliance with the truce.",
        "The mission said it would add 14 observers to the monitoring mechanism that verifies the truce.",
    ),
    (
        "The ward has 32 beds for patients recovering from surgery.",
        "The hospital will add 12 beds to the ward for patients recovering from surgery.",
    ),
    (
        "The league has 18 clubs competing for the title this season.",
        "Officials plan on adding four clubs to the league competing for the title.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _ADDED)
def test_an_added_count_is_no_total(source: str, rewrite: str) -> None:
    assert not _found(source, rewrite)


# --- one precision written two ways --------------------------------------------------------------------------------

_FULL_AND_MILLIONS = [
    (
        "The board approved a net operating budget of $61,840,000 for the coming year.",
        "The board approved a net operating budget of $62.84 million for the coming year.",
        True,
    ),
    (
        "The contract is worth $3,280,000 over three years, the agency said.",
        "The contract is worth $3.82 million over three years, the agency said.",
        True,
    ),
    (
        "The board approved a net operating budget of $61,840,000 for the coming year.",
        "The board approved a net operating budget of $61.84 million for the coming year.",
        False,
    ),
    (
        "The contract is worth $3,284,600 over three years, the agency said.",
        "The contract is worth $3.28 million over three years, the agency said.",
        False,
    ),
]


@pytest.mark.parametrize(("source", "rewrite", "flagged"), _FULL_AND_MILLIONS)
def test_a_figure_in_full_and_in_millions_is_one_precision(source: str, rewrite: str, flagged: bool) -> None:
    assert bool(_found(source, rewrite)) is flagged


# --- a change whose ends are ceilings ------------------------------------------------------------------------------

_CEILING_SOURCE = (
    "The Security Council extended the mandate of the mission until 31 July 2029 and authorized an increase in its "
    "military observer strength from 180 to up to 240."
)


@pytest.mark.parametrize(
    ("rewrite", "flagged"),
    [
        ("The resolution lifts the cap on military observers from 180 to up to 280.", True),
        ("The resolution raises the ceiling on military observers from 180 to up to 420.", True),
        ("The resolution lifts the cap on military observers from 180 to up to 240.", False),
        ("The resolution lifts the cap on military observers from 180 to 240.", False),
    ],
)
def test_a_change_to_a_ceiling_must_end_alike(rewrite: str, flagged: bool) -> None:
    assert bool(_found(_CEILING_SOURCE, rewrite)) is flagged


# --- a figure given for a year -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "rewrite", "flagged"),
    [
        (
            "The Bank expects the economy to grow by 1.1% this year, unchanged from the previous meeting, and by "
            "1.3% in 2028.",
            "The Bank expects GDP to rise 1.1% this year and 1.8% in 2028, with weak investment weighing.",
            True,
        ),
        (
            "The ordinance would raise the local minimum wage from $16.50 to $18.25 per hour on January 1, 2029, "
            "and to $19.50 per hour on January 1, 2030.",
            "The council backed a plan to lift the minimum wage to $18.50 an hour in 2029 and $19.50 in 2030.",
            True,
        ),
        (
            "Fares will rise 2.4% in 2027 and 3.1% in 2028 under the operator's plan.",
            "Under the operator's plan fares will rise 2.4% in 2027 and 3.6% in 2028.",
            True,
        ),
        (
            "The Bank expects the economy to grow by 1.1% this year, unchanged from the previous meeting, and by "
            "1.3% in 2028.",
            "The Bank expects GDP to rise 1.1% this year and 1.3% in 2028, with weak investment weighing.",
            False,
        ),
        (
            "Fares will rise 2.4% in 2027 and 3.1% in 2028 under the operator's plan.",
            "Under the operator's plan fares will rise 2.4% in 2027 and about 3% in 2028.",
            False,
        ),
        (
            "Inflation is forecast at 3.5% for 2028, while wages grow 4.2% in 2027.",
            "Unemployment should ease to 6.1% in 2028, the forecasters said, while wages grow 4.2% in 2027.",
            False,
        ),
    ],
)
def test_a_figure_given_for_a_year_has_that_years_role(source: str, rewrite: str, flagged: bool) -> None:
    assert bool(_found(source, rewrite)) is flagged


# --- a share worked out from the rewrite's own counts is percent-of's ----------------------------------------------

_OWN_SHARE_SOURCE = "720 flights were cancelled during the month, or 3.2% of scheduled movements."


@pytest.mark.parametrize(
    ("rewrite", "flagged"),
    [
        ("720 flights were scrapped, about 5% of the 22,480 movements, mostly on the day.", False),
        ("In all 720 flights were cancelled during the month – some 5% of the 22,480 scheduled movements.", False),
        ("720 flights were cancelled during the month (5% of all 22,480 movements).", False),
        ("720 flights were cancelled during the month, about 5% of scheduled movements.", True),
        ("720 flights were cancelled during the month, or 5% of scheduled movements.", True),
    ],
)
def test_a_share_of_the_rewrites_own_counts_is_no_restated_share(rewrite: str, flagged: bool) -> None:
    assert bool(_found(_OWN_SHARE_SOURCE, rewrite)) is flagged


# --- a small swap between counts each document gives with one value -----------------------------------------------

_BEDS_SOURCE = (
    "The plan proposes to open 48 additional escalation beds from 1 November: 28 at the General and 20 at the "
    "Community Hospital."
)


@pytest.mark.parametrize(
    ("rewrite", "flagged"),
    [
        ("# Trust to open 84 extra beds\n\nHospitals on the coast will open 84 extra beds from November.", 1),
        ("Hospitals on the coast will open 84 extra beds from November to cope with winter.", 1),
        ("Hospitals on the coast will open 48 extra beds from November to cope with winter.", 0),
        ("Hospitals on the coast will open 84 extra beds from November, and close 16 beds in the spring.", 0),
    ],
)
def test_a_small_swap_of_a_count_given_once_is_a_slip(rewrite: str, flagged: int) -> None:
    assert len(_found(_BEDS_SOURCE, rewrite)) == flagged


# --- a change told by its end alone --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "rewrite", "flagged"),
    [
        (
            "Patients will pay less from 1 July, with the maximum co-payment to fall from $25.00 to $20.00 per script.",
            "The most a patient pays will fall to $18 a script from 1 July.",
            True,
        ),
        (
            "The bank said its standard variable rate would be cut from 6.2% to 5.9% for existing customers.",
            "The bank's standard variable rate will be cut to 5.6% for existing customers.",
            True,
        ),
        (
            "Parking charges in the town centre will rise from £1.20 to £1.50 an hour in April.",
            "Parking charges in the town centre will rise to £1.80 an hour in April.",
            True,
        ),
        (
            "Patients will pay less from 1 July, with the maximum co-payment to fall from $25.00 to $20.00 per script.",
            "The most a patient pays will fall to $20 a script from 1 July.",
            False,
        ),
        (
            "The bank said its standard variable rate would be cut from 6.2% to 5.9% for existing customers.",
            "The bank's standard variable rate will be cut to 5.9% for existing customers.",
            False,
        ),
        (
            "Parking charges in the town centre will rise from £1.20 to £1.50 an hour in April.",
            "Parking charges in the town centre have now risen to £1.80 an hour, after a second rise.",
            False,
        ),
    ],
)
def test_a_changes_end_alone_restates_the_sources_end(source: str, rewrite: str, flagged: bool) -> None:
    assert bool(_found(source, rewrite)) is flagged


# (the neighbour's figure put into the restated sentence's own role is still a changed one)
_NEIGHBOUR_ROLE = [
    (
        "More than 40,000 homes lost power at the height of the storm. By evening, about 9,000 homes were still dark.",
        "About 9,000 homes lost power at the height of the storm, the utility said.",
    ),
    (
        "Vehicle crime fell by 9 per cent to 18,460 offences. Knife-enabled offences fell by 6 per cent to 2,194.",
        "Vehicle crime fell by 9 per cent to roughly 2,200 offences.",
    ),
    (
        "The stadium seats 31,500 fans. About 24,000 fans attended the opening match.",
        "The stadium seats 24,000 fans, the club said.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _NEIGHBOUR_ROLE)
def test_a_neighbours_figure_in_the_restated_role_is_changed(source: str, rewrite: str) -> None:
    assert _found(source, rewrite)
