"""Numbers of the pairs of the thirty-seventh held-out set, pinned with hand-written sentences that are not the held-out
ones, and near-misses that must stay silent."""

from __future__ import annotations

import datetime as dt

import pytest
from _run import default_rule, rewrite_findings

from factcheck.checks._numeric import glued_currencies, scan
from factcheck.checks.cross_document_number import _slipped
from factcheck.checks.unsupported_claim import _records
from factcheck.engine import build_facts, run_rules
from factcheck.ingest import date_line, from_text, metadata_line

# --- an outlet's stamp with a weekday written short is a date line -----------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Nine News | Posted Tue 4 Mar 2025 at 7:02pm", dt.date(2025, 3, 4)),
        ("Posted Thu. 6 Mar 2025", dt.date(2025, 3, 6)),
        ("The Herald · Sat 8 March 2025", dt.date(2025, 3, 8)),
    ],
)
def test_a_stamp_with_a_short_weekday_dates_the_story_and_states_nothing(line: str, day: dt.date) -> None:
    assert date_line(line) == day
    assert metadata_line(line)


def test_a_sentence_that_opens_with_a_short_weekday_is_no_date_line() -> None:
    assert date_line("Tue 4 Mar 2025 was the day the bridge reopened.") is None


# --- digits glued to capitals that are no magnitude or unit name something -------------------------------------------


def test_a_network_generation_or_a_model_is_no_number() -> None:
    assert [n.text for n in scan("A 4G mast, 3D scans and the 737MAX fleet cover 81% of the county.")] == ["81%"]


def test_a_magnitude_a_unit_or_a_clock_glued_in_capitals_keeps_its_number() -> None:
    assert [n.text for n in scan("A $5M grant bought 16GB laptops and a 2MW panel by 9AM.")] == ["5", "16", "2", "9"]


_SHARED = (
    "The regulator published its annual connectivity report on Tuesday. "
    "Gigabit broadband now reaches 74% of homes across the country, the report said. "
    "The number of homes without a decent connection fell to 41,000 over the year. "
    "The regulator will publish operator-level figures in the autumn. "
)


def _mobile_source(share: str) -> str:
    return (
        "Connectivity report 2025.\n\n" + _SHARED + "\n\nStandalone 5G, which needs no 4G core network, is now "
        f"available outdoors from at least one operator at {share} of premises in rural areas.\n"
    )


_MOBILE_REWRITE = (
    _SHARED + "\n\nIn rural areas, standalone 5G is available outdoors from at least one network at 68% of premises.\n"
)


def test_a_share_restated_beside_a_network_generation_and_a_source_is_compared() -> None:
    # "5G" and "4G" are names, not numbers the two sentences must share, and "from at least one operator" tells
    # where the service comes from, no change from a figure
    found = rewrite_findings("cross-document-number", _mobile_source("62%"), _MOBILE_REWRITE)
    assert [f for f in found if "68%" in f.message and "62%" in f.message]


def test_a_share_restated_as_the_source_gives_it_is_silent() -> None:
    assert rewrite_findings("cross-document-number", _mobile_source("68%"), _MOBILE_REWRITE) == []


# --- a figure made more precise is no rounding: a copy slip ---------------------------------------------------


@pytest.mark.parametrize(
    ("mine", "theirs", "slip"),
    [
        ("$48,000", "$40,000", True),  # 48,000 rounds to 50,000: 40,000 is no rounding of it
        ("$44,000", "$40,000", False),  # 44,000 rounded to one significant digit (whichever text rewrites which)
        ("66,000", "60,000", True),  # 66,000 rounds to 70,000: 60,000 is no rounding of it
        ("40,000", "41,000", False),  # 41,000 rounded to one significant digit
        ("46,000", "46,300", False),  # 46,300 rounded to two
        ("32,000", "22,000", True),
    ],
)
def test_a_changed_digit_is_a_slip_unless_one_figure_rounds_the_other(mine: str, theirs: str, slip: bool) -> None:
    x, y = scan(mine)[0], scan(theirs)[0]
    assert _slipped(x, y) is slip


def test_a_letter_currency_glued_to_a_hyphenated_magnitude_is_money() -> None:
    text = "The city signed a P24.5-billion contract, then a P3.1 billion loan."
    assert sorted(glued_currencies(text)) == [text.index("24.5"), text.index("3.1")]


_BUS_SHARED = (
    "The transport board approved the purchase of electric buses on Monday. "
    "Board chairman Ramon Villareal said the first buses would arrive in March. "
    "The buses will serve 14 routes in the northern districts of Quezon City. "
    "Drivers will begin training on the new vehicles next month. "
)


def _bus_source(amount: str) -> str:
    return (
        "Transport board approves bus deal.\n\n" + _BUS_SHARED + f"\n\nThe board signed a P{amount} billion contract "
        "with a Chinese-Filipino consortium for the 320 buses, under a deal approved by Congress in 2024.\n"
    )


_BUS_REWRITE = _BUS_SHARED + "\n\nThe 320 buses are covered by a P25.4-billion contract approved by Congress in 2024.\n"


def test_a_peso_amount_with_a_hyphenated_magnitude_is_compared_as_a_copy_slip() -> None:
    found = rewrite_findings("cross-document-number", _bus_source("24.5"), _BUS_REWRITE)
    assert [f for f in found if "P25.4-billion" in f.message and "P24.5 billion" in f.message and "slip" in f.message]


def test_a_peso_amount_restated_is_silent() -> None:
    assert rewrite_findings("cross-document-number", _bus_source("25.4"), _BUS_REWRITE) == []


# --- a dateline's year is the story's date, no year the statement gives -------------------------------------------

_BREWERY = (
    "The offer values the brewer at 410p a share, the company said. "
    "The brewer's chairman Colm Hartigan said the deal secured its future in Kilkenny. "
    "The Dutch group has promised to keep the brewery open for at least ten years. "
    "Staff will keep their contracts under the deal, the union said. "
)


def _brewery_source(weak: str) -> str:
    return (
        "Brewery takeover backed.\n\nKILKENNY, 12 June 2025 — Shareholders of Dunmore Brewery backed a takeover by a "
        f"Dutch group on Thursday, after weak profits {weak}.\n\n" + _BREWERY
    )


_BREWERY_REWRITE = (
    "Shareholders of Dunmore Brewery backed the takeover by a Dutch group on Thursday, after weak profits in 2024.\n\n"
    + _BREWERY
)


def test_a_dateline_year_is_no_year_slot_of_the_statement() -> None:
    assert rewrite_findings("cross-document-number", _brewery_source("last year"), _BREWERY_REWRITE) == []


def test_a_year_of_the_statement_beside_a_dateline_is_compared() -> None:
    found = rewrite_findings("cross-document-number", _brewery_source("in 2023"), _BREWERY_REWRITE)
    assert [f for f in found if "2024" in f.message and "2023" in f.message]


# --- a superlative "in <name>'s history" is a record over all time ------------------------------------------------


def test_a_superlative_in_a_named_holders_history_is_a_record_over_all_time() -> None:
    assert _records("The walkout was the largest strike in Ryanair's history.") == [
        ("ever", "the largest strike in Ryanair's history")
    ]
    assert _records("It was the biggest fine in the club's history.")[0][0] == "ever"


def test_a_history_that_is_no_holders_is_no_record() -> None:
    assert not _records("The largest room is used for History lessons.")


# --- a next-day story's own figure, given again, is weighed once ---------------------------------------------------

_UPDATE_SOURCE = (
    "The port authority said on Sunday that 7 of the 40 cranes at the container terminal broke down during the storm. "
    "Harbour master Ines Calloway said salt spray was probably to blame. "
    "The terminal handled 12,400 containers last week, the authority said. "
    "Shipping lines were told to expect delays of up to two days. "
    "The authority will decide by Friday whether to close the terminal for repairs. "
)
_UPDATE = (
    "The port authority now says 9 of the 40 cranes at the container terminal broke down during the storm, up from "
    "the 7 it reported on Sunday, after two late reports from the night shift. "
    "Harbour master Ines Calloway said salt spray was the likely cause. "
    "The terminal handled 12,400 containers last week, the authority said. "
    "Shipping lines have been told to expect delays of up to two days. "
    "The authority will decide by Friday whether to close the terminal for repairs. "
    "Engineers from the manufacturer began checking the 9 cranes on Monday, Calloway said. "
)


def _update_findings(rewrite: str) -> list[str]:
    docs = [
        from_text(_UPDATE_SOURCE, id="source.txt", published=dt.date(2025, 6, 2)),
        from_text(rewrite, id="rewrite.txt", published=dt.date(2025, 6, 3)),
    ]
    facts = build_facts(docs[1:], against=docs[:1])
    return [f.message for f in run_rules([default_rule("unsupported-claim")], facts, strict=True).findings]


def test_a_next_day_storys_own_figure_given_again_is_not_flagged_twice() -> None:
    assert not [m for m in _update_findings(_UPDATE) if "began checking" in m]


def test_a_new_figure_a_next_day_story_never_gave_before_is_still_flagged() -> None:
    rewrite = _UPDATE.replace("checking the 9 cranes", "checking the 14 cranes")
    assert [m for m in _update_findings(rewrite) if "began checking" in m]
