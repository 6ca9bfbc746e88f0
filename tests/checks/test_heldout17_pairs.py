"""Fixes for general causes found by the seventeenth held-out set (source/rewrite pairs), pinned with hand-written
sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

from _run import fails, passes, silent
from _run import rewrite_findings as findings
from hypothesis import given
from hypothesis import strategies as st

from factcheck.checks._rewrite import is_notice
from factcheck.checks.unsupported_claim import _records

# --- change-arithmetic: the end's count as the subject, "are up from", and the size before its noun ----------------


def test_a_subject_count_up_from_its_start() -> None:
    assert fails("change-arithmetic", "The 12 complaints were up from eight in March, a 30% rise.")
    assert passes("change-arithmetic", "The 12 complaints were up from eight in March, a 50% rise.")
    assert passes("change-arithmetic", "The 30 closures are down from 40 last winter, a drop of 25%.")


def test_the_size_before_its_noun_after_a_comma() -> None:
    assert fails("change-arithmetic", "Membership was 1,320, up from 1,100 a year earlier, a 12% increase.")
    assert passes("change-arithmetic", "Membership was 1,320, up from 1,100 a year earlier, a 20% increase.")


def test_a_count_that_is_not_the_subject_is_no_end() -> None:
    """The end value must count the clause's subject: a count inside a phrase, after another count or before a
    preposition is not the changed quantity."""
    assert silent("change-arithmetic", "Sales at the 14 stores are up from 300 last year, a 5% rise.")
    assert silent("change-arithmetic", "Three of the 14 branches are up from nine, a 40% jump.")
    assert silent("change-arithmetic", "The 14 reports of fires are up from nine, a 40% jump.")


@given(st.integers(2, 500), st.integers(1, 400), st.integers(1, 300))
def test_subject_change_agrees_with_its_ends(start: int, rise: int, pct: int) -> None:
    """A stated rise passes exactly when it is the ends' relative change (within the rule's half-point tolerance)."""
    end = start + rise
    actual = 100 * rise / start
    text = f"The {end:,} claims are up from {start:,} in June, a {pct}% rise."
    if abs(actual - pct) <= 0.5:
        assert passes("change-arithmetic", text)
    elif abs(actual - pct) > 1.5:
        assert fails("change-arithmetic", text)


# --- count-vs-list: a demonym counted as the subject of a clause in the past, before a colon and names ----------------


def test_a_demonym_count_before_finishers() -> None:
    assert fails("count-vs-list", "Two Kenyans finished in the top ten: Kipchoge, Cheruiyot and Korir.")
    assert passes("count-vs-list", "Two Kenyans finished in the top ten: Kipchoge and Cheruiyot.")
    assert fails("count-vs-list", "Three clubs reached the last 16: Celtic and Rangers.")


def test_a_capitalised_head_that_is_no_demonym_is_not_counted() -> None:
    assert silent("count-vs-list", "Three Lions reached the final: Kane and Saka scored.")
    assert silent("count-vs-list", "Four Seasons opened in the city: the hotel and the spa.")


def test_a_second_count_in_the_clause_is_another_group() -> None:
    """ "criticised two policies: A and B": the list is the policies; only a ranked set ("the top five") may stand
    before the colon."""
    assert passes("count-vs-list", "Three ministers criticised two policies: Brexit and Austerity.")


# --- cross-document-number: a duration of something else, "per cent", a last period named by a restatement -------

_VISIT = (
    "A panel of five assessors visited the hospital for three days, from Tuesday 4 May to Thursday 6 May. During "
    "the visit they reviewed patient records across all wards, interviewed 318 patients and 52 carers, and met "
    "managers, union representatives and members of the League of Friends. The panel will publish its report in "
    "the summer. The hospital's chief executive, Dr Alan Reeve, said staff welcomed the visit. The trust was rated "
    "good at its last inspection."
)


def test_a_changed_count_beside_a_stay_of_a_week() -> None:
    rewrite = (
        "Five assessors spent three days at the hospital in May, reviewing patient records across the wards and "
        "interviewing {} patients and 52 carers. The panel will publish its report in the summer. The hospital's "
        "chief executive, Dr Alan Reeve, said staff welcomed the visit. The trust was rated good at its last "
        "inspection."
    )
    assert findings("cross-document-number", _VISIT, rewrite.format("381"))
    assert not findings("cross-document-number", _VISIT, rewrite.format("318"))
    spent_a_week = rewrite.replace("spent three days", "spent a week")
    assert findings("cross-document-number", _VISIT, spent_a_week.format("381"))


_RAIL = (
    "Northern Star Rail ranked second in the country for punctuality, the regulator said. Eastline Express ran "
    "64,200 services with an on-time rate of 88.1 percent. Coastway Trains posted 85.4 percent. The regulator "
    "covered 22 operators."
)


def test_per_cent_and_last_year_in_a_restatement() -> None:
    rewrite = (
        "Northern Star Rail was the second most punctual operator in the country, the regulator said. Eastline "
        "Express ran {} services last year, with an on-time rate of 88.1 per cent, while Coastway Trains recorded "
        "85.4 per cent. The regulator covered 22 operators."
    )
    assert findings("cross-document-number", _RAIL, rewrite.format("46,200"))
    assert not findings("cross-document-number", _RAIL, rewrite.format("64,200"))


# --- cross-document-number: a count told as the start of a change, a count of another subset ----------------------

_RECALL = (
    "Brightwell Appliances has received 22 complaints of the door latch failing, including four reports of minor "
    "cuts. Brightwell first warned retailers in October, when it had received 15 complaints of latch failures. "
    "The company said no one had been seriously hurt."
)


def test_the_start_of_a_change_is_no_disagreement() -> None:
    rewrite = (
        "Brightwell has received 22 complaints of the latch failing, including four reports of minor cuts. The 22 "
        "complaints are up from 15 in October, when Brightwell first warned retailers. The company said no one had "
        "been seriously hurt."
    )
    assert not findings("cross-document-number", _RECALL, rewrite)
    changed = rewrite.replace("up from 15 in October", "up from 12 in October")
    assert findings("cross-document-number", _RECALL, changed)


_MARATHON = (
    "A total of 9,850 runners started the marathon and 9,212 finished, meaning 638 did not complete the race, most "
    "of them at the 30km cut-off near Riverside Park. The winner, Jonah Kemboi, crossed the line in 2:09:41, the "
    "organisers said."
)


def test_two_subsets_of_one_field() -> None:
    """ "9,850 runners started … 638 did not complete" vs "About 640 runners did not complete": the rewrite's count is
    the source sentence's other number, and the source's count is one the rewrite gives too."""
    rewrite = (
        "Of the 9,850 runners who started, more than 9,000 finished. About {} runners did not complete the race, most "
        "of them stopped at the 30km cut-off near Riverside Park. The winner, Jonah Kemboi, crossed the line in "
        "2:09:41, the organisers said."
    )
    assert not findings("cross-document-number", _MARATHON, rewrite.format("640"))
    assert findings("cross-document-number", _MARATHON, rewrite.format("940"))


# --- unsupported-claim: a follow-up's marked update; a tally claim no source makes ------------------------------------


def test_an_updated_statement_naming_the_earlier_figure_is_a_notice() -> None:
    assert is_notice(
        "By Tuesday the number of patients admitted had risen to 19, the trust said in an updated statement, up from "
        "14 reported on Monday night."
    )
    assert not is_notice("The toll rose to 12, up from nine reported on Friday.")  # no update named
    assert not is_notice("Police issued an updated statement on Friday.")  # no earlier figure
    assert not is_notice("Sales rose to 40, up from 30 last year.")


def test_a_tally_is_a_record_claim() -> None:
    assert _records("It was the fourth break-in at the depot in the past six months.")[0][0] == "fourth"
    assert _records("Their third title in a row came on Sunday.")[0][0] == "third"
    assert not _records("Profits rose in the third quarter of this year.")
    assert not _records("The second half of this season was poor.")
    assert not _records("It was the third of five matches since Monday.")


_DEPOT = (
    "Thieves broke into a council depot in Ashford overnight on Sunday and stole tools worth about £8,000, Kent Police "
    "said. Officers are appealing for witnesses who saw a white van near the depot on Station Road. Staff found the "
    "damaged gate when they arrived at 7am on Monday. The council said bin collections would not be affected."
)


def test_a_new_tally_in_a_rewrite_is_unsupported() -> None:
    rewrite = (
        "Thieves broke into a council depot in Ashford overnight on Sunday and stole tools worth about £8,000, Kent "
        "Police said. It was the fourth break-in at the depot in the past six months. Officers are appealing for "
        "witnesses who saw a white van near the depot on Station Road. Staff found the damaged gate when they arrived "
        "at 7am on Monday. The council said bin collections would not be affected."
    )
    found = findings("unsupported-claim", _DEPOT, rewrite)
    assert any("fourth break-in" in e.text for f in found for e in f.evidence)
    tally = " It was the fourth break-in at the depot in the past six months."
    told = _DEPOT.replace(" Officers are", f"{tally} Officers are")
    assert not findings("unsupported-claim", told, rewrite)


# --- hedge-dropped: a "may" that grants a restricted permission is no hedge ------------------------------------------

_PARKING = (
    "The council approved new parking rules for the town centre on Tuesday. Under the rules, delivery vans may be "
    "parked only in marked bays before 10am. Officials said the changes may reduce congestion on the high street."
)


def test_a_permission_restated_as_a_rule() -> None:
    rewrite = (
        "The council approved new parking rules for the town centre on Tuesday. The rules restrict delivery vans to "
        "marked bays before 10am. Officials said the changes may reduce congestion on the high street."
    )
    assert not findings("hedge-dropped", _PARKING, rewrite)


def test_an_epistemic_may_is_still_a_hedge() -> None:
    rewrite = (
        "The council approved new parking rules for the town centre on Tuesday. Under the rules, delivery vans may be "
        "parked only in marked bays before 10am. The changes will reduce congestion on the high street."
    )
    assert findings("hedge-dropped", _PARKING, rewrite)
    only = _PARKING.replace("the changes may reduce", "the changes may only delay")
    assert findings("hedge-dropped", only, rewrite.replace("will reduce", "will only delay"))
