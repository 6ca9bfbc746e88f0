"""cross-document-number between a source and its rewrite, hand-written sentences in several registers (an election
night count, council minutes, a results table, a science summary, a business brief, a sports page):

- a follow-up whose count differs from the source's by a figure it states of its own ("counted 240 more ballots") tells
  what moved the count, no contradiction; with no such figure, the changed count is reported;
- a sum of money of 1,000 or more written with two significant digits, swapped ("£530,000" for "£350,000"), is a copy
  slip wherever the source states it, once or repeated, and though the rewrite's headline gives the right sum or the
  source sentence tells of a change in another clause;
- an update cue does not explain a figure mistyped (digits moved) in a row of figures the rewrite otherwise copies;
- a decimal figure below two is a quantity ("1.4 metres", "1.7 million homes"), compared like any count.
"""

from __future__ import annotations

import pytest
from _run import framed_messages

_CHECK = "cross-document-number"


def _found(source: str, rewrite: str) -> list[str]:
    return framed_messages(_CHECK, source, rewrite)


# --- a follow-up that states what moved its count -------------------------------------------------------------------

_TOLD = [
    (
        "About 820 ballots remain to be counted, the county clerk said.",
        "Officials counted 240 more ballots on Thursday. Roughly 580 ballots are still to be counted, the clerk said.",
    ),
    (
        "The shelter was housing 415 families on Monday night.",
        "Another 65 families arrived overnight. The shelter is now housing 480 families, staff said.",
    ),
    (
        "The club has sold 12,300 season tickets for the new campaign.",
        "A late rush brought 1,450 further sales this week, taking the club to 13,750 season tickets.",
    ),
    (
        "Some 2,600 patients are waiting for a hip operation at the trust.",
        "The trust cleared 350 cases in May. About 2,250 patients are waiting for a hip operation, it said.",
    ),
    (
        "The appeal has registered 930 volunteers so far.",
        "A weekend drive signed up 170 new volunteers. The appeal has 1,100 volunteers registered, organisers said.",
    ),
    (
        "There are 64 lorries still queuing at the border crossing.",
        "Customs officers waved through 38 of them overnight, leaving 26 lorries queuing at the border crossing.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _TOLD)
def test_a_follow_up_that_states_what_moved_its_count_is_no_contradiction(source: str, rewrite: str) -> None:
    assert _found(source, rewrite) == []


_UNTOLD = [
    (
        "About 820 ballots remain to be counted, the county clerk said.",
        "Officials met on Thursday. Roughly 580 ballots are still to be counted, the clerk said.",
    ),
    (
        "The shelter was housing 415 families on Monday night.",
        "Staff worked through the night. The shelter was housing 480 families on Monday night, staff said.",
    ),
    (
        "The library lent 18,400 books last year.",
        "The library held 30 events. It lent 16,900 books last year, it said.",
    ),
    (
        "The hospital treated 3,240 patients in its emergency unit in June.",
        "Its emergency unit treated 3,710 patients in June, the hospital said.",
    ),
    (
        "The appeal has registered 930 volunteers so far.",
        "A weekend drive was held. The appeal has 1,100 volunteers registered, organisers said.",
    ),
    (
        "The museum welcomed 48,200 visitors during the summer.",
        "The museum held 12 events. It welcomed 42,800 visitors during the summer, it said.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _UNTOLD)
def test_a_changed_count_with_no_stated_difference_is_reported(source: str, rewrite: str) -> None:
    assert _found(source, rewrite)


# --- a sum with two significant digits swapped --------------------------------------------------------------------

_SWAPPED_SUMS = [
    (
        "The committee recommended a grant of £350,000 over three years, conditional on the company raising its kill "
        "fee from £68 to £79 a head.\n\nResolved: to approve a grant of £350,000 to the company.",
        "The abattoir is to receive £530,000 of council money over the next three years.",
    ),
    (
        "The board approved a budget of $460,000 for the new library wing.",
        "Trustees signed off $640,000 for the library's new wing.",
    ),
    (
        "The charity received a bequest of €72,000 from a former volunteer.",
        "A former volunteer left the charity €27,000 in her will.",
    ),
    (
        "Repairs to the harbour wall will cost £1.3 million, the engineers estimate.",
        "The harbour wall repairs are put at £3.1 million.",
    ),
    (
        "The fine, set at $45,000, was paid in full by the operator.",
        "The operator paid the $54,000 penalty in full.",
    ),
    (
        "The town council set aside £290,000 for road resurfacing, after the budget rose from £1.1m to £1.4m.",
        "Road resurfacing gets £920,000 from the town council.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _SWAPPED_SUMS)
def test_a_sum_with_two_digits_swapped_is_reported(source: str, rewrite: str) -> None:
    assert _found(source, rewrite)


_OTHER_SUMS = [
    (
        "The committee recommended a grant of £350,000 over three years.",
        "The abattoir is to receive £500,000 of council money over the next three years.",
    ),
    (
        "The board approved a budget of $460,000 for the new library wing, and $640,000 for the car park.",
        "Trustees signed off $640,000 for the car park.",
    ),
    (
        "The trust has 72 beds on its stroke ward.",
        "The stroke ward was praised by inspectors for its 27 nurses.",
    ),
    (
        "The fine, set at $45,000, was paid in full by the operator.",
        "The operator paid the $45,000 penalty in full.",
    ),
    (
        "Repairs to the harbour wall will cost £1.3 million, the engineers estimate.",
        "The harbour wall repairs are put at about £1.3 million.",
    ),
    (
        "The season ticket costs £530 this year.",
        "A season ticket now costs £350, down from last year.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _OTHER_SUMS)
def test_a_sum_the_source_states_or_no_swap_of_it_is_no_copy_slip(source: str, rewrite: str) -> None:
    assert not [m for m in _found(source, rewrite) if "two digits swapped" in m]


def test_the_right_sum_in_the_rewrite_headline_does_not_hide_the_slip_of_its_lead() -> None:
    source = "The committee recommended a grant of £350,000 over three years to the company."
    rewrite = "# Councillors back £350k lifeline\n\nThe company is to receive £530,000 of council money."
    assert [m for m in _found(source, rewrite) if "530,000" in m]


# --- a row of figures copied, one mistyped, under an update cue -------------------------------------------------------

_ROWS = [
    (
        "Results: Kane 8,214 votes; Ode 7,365 votes; Roy 2,987 votes.",
        "Updated figures put Kane on 8,214, Ode on 7,635 and Roy on 2,987.",
    ),
    (
        "The latest count gives Aldine 12,480 signatures, Brook 9,315 and Carrow 4,702.",
        "The count has since reached 12,480 for Aldine, 9,135 for Brook and 4,702 for Carrow.",
    ),
    (
        "Entries: North 3,842; South 2,716; East 1,935.",
        "Updated totals show North with 3,842 entries, South 2,176 and East 1,935.",
    ),
    (
        "Ticket sales stand at 15,260 for Friday, 14,390 for Saturday and 9,870 for Sunday.",
        "Revised figures now show 15,260 for Friday, 13,490 for Saturday and 9,870 for Sunday.",
    ),
    (
        "The tally: Lowe 6,118 votes, Marsh 5,427 votes, Nye 1,309 votes.",
        "So far Lowe has 6,118 votes, Marsh 5,472 and Nye 1,309.",
    ),
    (
        "Registrations: Harbour ward 2,845, Mill ward 2,391, Park ward 1,764.",
        "Latest registrations: Harbour ward 2,845, Mill ward 2,931, Park ward 1,764.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _ROWS)
def test_an_update_cue_does_not_explain_one_mistyped_figure_of_a_copied_row(source: str, rewrite: str) -> None:
    assert [m for m in _found(source, rewrite) if "swapped" in m or "reordered" in m]


_UPDATED_ROWS = [
    (
        "Results: Kane 8,214 votes; Ode 7,365 votes; Roy 2,987 votes.",
        "Updated figures put Kane on 8,590, Ode on 7,635 and Roy on 3,102.",
    ),
    (
        "The latest count gives Aldine 12,480 signatures, Brook 9,315 and Carrow 4,702.",
        "The count has since reached 12,480 for Aldine, 9,420 for Brook and 4,702 for Carrow.",
    ),
    (
        "Entries: North 3,842; South 2,716; East 1,935.",
        "Updated totals show North with 3,842 entries and South 2,176.",
    ),
    (
        "Ticket sales stand at 15,260 for Friday, 14,390 for Saturday and 9,870 for Sunday.",
        "Revised figures now show 16,120 for Friday, 14,930 for Saturday and 10,240 for Sunday.",
    ),
    (
        "The tally: Lowe 6,118 votes, Marsh 5,427 votes, Nye 1,309 votes.",
        "So far Lowe has 6,118 votes, Marsh 5,530 and Nye 1,309.",
    ),
    (
        "Registrations: Harbour ward 2,845, Mill ward 2,391, Park ward 1,764.",
        "Latest registrations: Harbour ward 2,845, Mill ward 2,391, Park ward 1,764.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _UPDATED_ROWS)
def test_an_update_that_changes_its_figures_is_no_copy_slip(source: str, rewrite: str) -> None:
    assert not [m for m in _found(source, rewrite) if "copy slip" in m]


# --- a decimal figure below two is a quantity -----------------------------------------------------------------------

_DECIMALS = [
    (
        "Across the nine reference glaciers, the surface lowered by 1.4 metres of water equivalent.",
        "The nine reference glaciers lost an average of 1.7 metres of water equivalent.",
    ),
    (
        "The programme will insulate 1.2 million homes by 2030, the minister said.",
        "The minister said 1.8 million homes will be insulated by 2030.",
    ),
    (
        "The new bypass is 1.6 kilometres long and opens in March.",
        "The 1.9 kilometres bypass opens in March.",
    ),
    (
        "The winning jump measured 1.92 metres, a championship best.",
        "She cleared 1.29 metres to win, a championship best.",
    ),
    (
        "The reservoir rose by 0.8 metres overnight after the storm.",
        "After the storm the reservoir rose 1.3 metres overnight.",
    ),
    (
        "The airline carried 1.45 million passengers in July.",
        "July saw the airline carry 1.75 million passengers.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _DECIMALS)
def test_a_changed_decimal_quantity_below_two_is_reported(source: str, rewrite: str) -> None:
    assert _found(source, rewrite)


_SAME_DECIMALS = [
    (
        "Across the nine reference glaciers, the surface lowered by 1.43 metres of water equivalent.",
        "The nine reference glaciers lost an average of about 1.4 metres of water equivalent.",
    ),
    (
        "The programme will insulate 1.2 million homes by 2030, the minister said.",
        "The minister said 1.2 million homes will be insulated by 2030.",
    ),
    (
        "The new bypass is 1.6 kilometres (one mile) long and opens in March.",
        "The mile-long bypass opens in March.",
    ),
    (
        "Prices rose 1.5 times faster than wages over the decade.",
        "Over the decade prices rose about one and a half times as fast as wages.",
    ),
    (
        "The reservoir rose by 0.8 metres overnight after the storm, to 14.2 metres.",
        "After the storm the reservoir stood at 14.2 metres.",
    ),
    (
        "The airline carried 1.45 million passengers in July.",
        "July saw the airline carry nearly 1.5 million passengers.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _SAME_DECIMALS)
def test_a_decimal_quantity_restated_or_rounded_is_silent(source: str, rewrite: str) -> None:
    assert _found(source, rewrite) == []


# --- a sentence in its place in the source's order -------------------------------------------------------------------

_IN_ORDER = [
    (
        "Unassigned fund balance stood at $38.5 million on June 30. If the deficit is not reduced, it would fall to "
        "$31.7 million by next June. This remains above the board's policy minimum of 12 percent.",
        "Reserves were healthy at the start of the year. Left alone, the shortfall would leave the county holding "
        "$33.7 million. That is still above the 12 percent floor the board set for itself.",
    ),
    (
        "The pool closed for repairs in March. Engineers put the cost of the new roof at £842,000 in their survey. "
        "The council expects the pool to reopen in the spring of next year.",
        "The pool shut in March for repairs. Fixing the roof alone is priced at £847,000 by the surveyors. "
        "The council hopes the pool will reopen next spring.",
    ),
    (
        "The airport handled 61,500 flights in the year. Passenger numbers reached 8.46 million, a record for the "
        "site. The operator plans to extend the terminal by 2030.",
        "The airport dealt with 61,500 flights over the year. Travellers through its gates totalled 8.64 million. "
        "A terminal extension is planned for 2030, the operator said.",
    ),
    (
        "The orchestra gave 96 concerts last season. Ticket income came to €2.35 million over the season. The "
        "board will review prices in the autumn.",
        "The orchestra played 96 concerts last season. Box-office takings were €2.85 million. Prices will be "
        "reviewed by the board in the autumn.",
    ),
    (
        "The hospital opened its new wing on Monday. Building it cost $126.4 million, the trust said. The wing adds "
        "forty beds to the hospital.",
        "The hospital's new wing opened on Monday. The whole project came in at $162.4 million. Forty beds are added "
        "to the hospital by the wing.",
    ),
    (
        "The ferry service resumed on Friday. Operators carried 3,918 vehicles across the strait over the weekend. "
        "A second vessel joins the route in June.",
        "Ferry crossings restarted on Friday. Over the weekend some 3,981 cars and vans made the trip. A second "
        "vessel joins the route in June.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _IN_ORDER)
def test_a_slip_in_a_sentence_that_stands_in_the_source_order_is_reported(source: str, rewrite: str) -> None:
    assert [m for m in _found(source, rewrite) if "copy slip" in m]


_IN_ORDER_KEPT = [
    (
        "Unassigned fund balance stood at $38.5 million on June 30. If the deficit is not reduced, it would fall to "
        "$31.7 million by next June. This remains above the board's policy minimum of 12 percent.",
        "Reserves were healthy at the start of the year. Left alone, the shortfall would leave the county holding "
        "$31.7 million. That is still above the 12 percent floor the board set for itself.",
    ),
    (
        "The pool closed for repairs in March. Engineers put the cost of the new roof at £842,000 in their survey. "
        "The council expects the pool to reopen in the spring of next year.",
        "The pool shut in March for repairs. A separate bill for the changing rooms is £530,000, officers said. "
        "The council hopes the pool will reopen next spring.",
    ),
    (
        "The airport handled 61,500 flights in the year. Passenger numbers reached 8.46 million, a record for the "
        "site. The operator plans to extend the terminal by 2030.",
        "The airport dealt with 61,500 flights over the year. Travellers through its gates totalled about 8.5 "
        "million. A terminal extension is planned for 2030, the operator said.",
    ),
    (
        "The orchestra gave 96 concerts last season. Ticket income came to €2.35 million over the season. The "
        "board will review prices in the autumn.",
        "The orchestra played 96 concerts last season. Its youth scheme reached 4,100 pupils. Prices will be "
        "reviewed by the board in the autumn.",
    ),
    (
        "The hospital opened its new wing on Monday. Building it cost $126.4 million, the trust said. The wing adds "
        "forty beds to the hospital.",
        "The hospital's new wing opened on Monday. The whole project came in at $126.4 million. Forty beds are added "
        "to the hospital by the wing.",
    ),
    (
        "The ferry service resumed on Friday. Operators carried 3,918 vehicles across the strait over the weekend. "
        "A second vessel joins the route in June.",
        "Ferry crossings restarted on Friday. The crossing takes 95 minutes in calm weather. A second vessel joins "
        "the route in June.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _IN_ORDER_KEPT)
def test_a_sentence_in_the_source_order_that_keeps_or_changes_its_subject_is_silent(source: str, rewrite: str) -> None:
    assert not [m for m in _found(source, rewrite) if "copy slip" in m]


# --- the base of a rate is no count ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "The most active group comprised 16,210 people, and 412 of them developed diabetes.",
            "For every 100 people in the most active group, roughly two fewer developed diabetes.",
        ),
        (
            "The city recorded 2,380 burglaries, a rate of 9.1 per 1,000 households.",
            "Burglaries ran at 9.1 for every 1,000 households, the city said.",
        ),
        (
            "The clinic treated 4,600 patients last year.",
            "The clinic saw about 12 patients per 100 residents of the town last year.",
        ),
    ],
)
def test_the_base_of_a_rate_is_no_count(source: str, rewrite: str) -> None:
    assert _found(source, rewrite) == []


def test_a_changed_count_beside_a_rate_is_still_found() -> None:
    source = "The most active group comprised 16,210 people, and 412 of them developed diabetes."
    rewrite = "The most active group comprised 16,120 people; for every 100 of them, about two developed diabetes."
    assert len(_found(source, rewrite)) == 1
