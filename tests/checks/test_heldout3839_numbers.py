"""Numbers, dates and names found by the held-out sets 38 and 39; sentences here are not the held-out ones."""

from __future__ import annotations

import datetime as dt

import pytest
from _run import default_rule, fails, passes, rewrite_findings

from factcheck.engine import build_facts, run_rules
from factcheck.ingest import from_text
from factcheck.models import Report


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Six districts reported the highest rates of burglary: Leith, Gorgie, Crail, Alloa and Elgin.", True),
        ("Five districts reported the highest rates of burglary: Leith, Gorgie, Crail, Alloa and Elgin.", False),
        ("Four clubs scored the most goals last season: Celtic, Rangers and Hibs.", True),
    ],
)  # fmt: skip
def test_a_count_whose_clause_has_a_superlative_object_is_compared_with_its_list(text: str, wrong: bool) -> None:
    assert fails("count-vs-list", text) is wrong
    if not wrong:
        assert passes("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        # a plain plural object: the list may name the object's things
        "Three unions have balloted their members: nurses, porters, cleaners and cooks.",
        "Two firms won the largest contracts: roads, bridges and tunnels.",
    ],
)
def test_a_list_that_may_name_the_object_is_not_compared(text: str) -> None:
    assert not fails("count-vs-list", text)


_SHARED = (
    "Officers searched 412 containers at Auckland and Tauranga during the operation. "
    "Customs Minister Rawiri Tane said the results showed the value of the new scanners. "
    "Eleven people have been charged with importing prohibited goods. "
    "The agency expects to publish its full-year figures in February. "
)
_MERGED_REWRITE = (
    _SHARED
    + "\n\nThe agency and port operators recovered $84.2 million in the first half of the year, and closed more "
    "than 3,100 import accounts flagged as fraudulent.\n"
)


def _merged_source(recovered: str) -> str:
    return (
        "Border agency releases half-year figures.\n\n" + _SHARED + "\n\nWorking with port operators, the agency "
        f"recovered NZ${recovered} million in the first half of 2027. The agency also closed more than 3,100 import "
        "accounts flagged as fraudulent.\n"
    )


def test_an_amount_of_a_merged_pair_is_compared_past_the_year_and_a_bound_beside_it() -> None:
    # the year of "the first half of 2027" is no amount the rewrite's could restate, and "more than 3,100" states no
    # figure of the source
    found = rewrite_findings("cross-document-number", _merged_source("48.2"), _MERGED_REWRITE)
    assert [f for f in found if "$84.2 million" in f.message and "NZ$48.2 million" in f.message]


def test_an_amount_a_merged_pair_restates_is_silent() -> None:
    assert rewrite_findings("cross-document-number", _merged_source("84.2"), _MERGED_REWRITE) == []


_MINUTES = (
    "Burglaries in the city fell by a fifth in March compared with a year earlier, according to the minutes. "
    "Commissioner Anjali Rao told the meeting that 212 burglaries were reported last month, against 265 a year ago. "
    "Vehicle thefts rose to 148 from 121, the minutes show. "
    "Rao ordered extra night patrols in the eastern districts and asked station heads to report weekly. "
)


def _weekday_report(weekday: str, *, source_dated: bool) -> Report:
    source = (
        "MINUTES OF THE MONTHLY REVIEW MEETING\n\n" + _MINUTES + "\n\nThe meeting was held on Thursday, 6 April 2028.\n"
    )
    rewrite = f"Nagpur, April 8 (PTI) {_MINUTES}\n\nThe meeting, held on {weekday} (April 6), was chaired by Rao.\n"
    docs = [
        from_text(source, id="minutes.txt", published=dt.date(2028, 4, 6) if source_dated else None),
        from_text(rewrite, id="wire.txt"),
    ]
    facts = build_facts(docs)
    assert facts.sources.get("wire.txt") == ["minutes.txt"]
    return run_rules([default_rule("weekday-date")], facts, strict=True)


def test_an_undated_rewrite_reads_a_yearless_date_in_its_sources_year() -> None:
    wrong = [f.message for f in _weekday_report("Friday", source_dated=True).findings]
    assert wrong == [
        "6 April 2028 is a Thursday, not a Friday (wire gives no year: read in the one nearest its source's date, "
        "6 April 2028)"
    ]
    assert _weekday_report("Thursday", source_dated=True).findings == []


def test_an_undated_rewrite_of_an_undated_source_reads_its_dates_in_the_year_the_source_writes() -> None:
    # the undated minutes write "Thursday, 6 April 2028" in full: the wire's year-less dates are read in 2028
    wrong = [f.message for f in _weekday_report("Friday", source_dated=False).findings]
    assert wrong == [
        "6 April 2028 is a Thursday, not a Friday (the document gives no year; 2028 is the year its source's weekday "
        "dates fall in)"
    ]
    assert _weekday_report("Thursday", source_dated=False).findings == []


_SAVINGS = (
    "Harbour Building Society said about 640,000 members hold the account, which it will close to new savers in "
    "March. Chief executive Mairi Dunn said the society had held its rates above the market average for two years. "
    "Campaigners said the society had been slower than its rivals to pass on rate rises. "
    "The society's mortgage rates are not affected by the change. "
)
_CUT_TO_FROM = (
    _SAVINGS + "\n\nThe society is also cutting its two-year fixed-rate bond to 3.6% from 3.9% for new savers.\n"
)


def _repriced(level: str) -> str:
    return (
        _SAVINGS
        + f"\n\nIts two-year fixed-rate bond will also be repriced, from 3.9% to {level}%, for new savers only.\n"
    )


def test_a_change_from_y_to_z_restated_as_to_z_from_y_must_end_at_the_same_level() -> None:
    found = rewrite_findings("cross-document-number", _repriced("3.7"), _CUT_TO_FROM)
    assert [f.message for f in found] == [
        "rewrite says 3.6% where the source sentence it restates says 3.7% (both down from 3.9%)"
    ]


def test_a_change_restated_in_the_other_order_at_the_same_level_is_silent() -> None:
    assert rewrite_findings("cross-document-number", _repriced("3.6"), _CUT_TO_FROM) == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The three farms harvested 41,000 tonnes at Kelso, 27,500 tonnes at Duns and 9,800 tonnes at Coldstream, "
         "bringing the group harvest to a total of 79,300 tonnes.", True),
        ("The three farms harvested 41,000 tonnes at Kelso, 27,500 tonnes at Duns and 9,800 tonnes at Coldstream, "
         "bringing the group harvest to a total of 78,300 tonnes.", False),
    ],
)  # fmt: skip
def test_parts_bringing_what_they_measure_to_a_total(text: str, wrong: bool) -> None:
    assert fails("sum-of-parts", text) is wrong
    if not wrong:
        assert passes("sum-of-parts", text)


def test_parts_bringing_an_earlier_count_to_a_total_are_not_a_breakdown() -> None:
    # (the parts are over half the total, so only the total's own noun tells them apart from a breakdown)
    text = "The museum acquired 140 paintings in May and 95 in June, bringing its collection to a total of 310."
    assert not fails("sum-of-parts", text)
