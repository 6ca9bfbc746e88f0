"""Figures a rewrite derives from its source, and a change's size against a level, found by the held-out set 51;
sentences here are not the held-out ones."""

from __future__ import annotations

import datetime as dt

from _run import default_rule, rewrite_findings

from factcheck.engine import build_facts, run_rules
from factcheck.ingest import from_text

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


def _unsupported(source: str, rewrite: str) -> list[str]:
    """unsupported-claim's messages on the story with ``source`` and ``rewrite`` added to each side."""
    return [f.message for f in rewrite_findings("unsupported-claim", _STORY + source, _RETOLD + rewrite)]


def _same_day(source: str, rewrite: str) -> list[str]:
    """unsupported-claim's messages on the story's rewrite given with its source (``--against``), the two published
    the same day: no next-day story's own arithmetic."""
    day = dt.date(2027, 5, 12)
    docs = [
        from_text(_STORY + source, id="source.txt", published=day),
        from_text(_RETOLD + rewrite, id="rewrite.txt", published=day),
    ]
    facts = build_facts(docs[1:], against=docs[:1])
    return [f.message for f in run_rules([default_rule("unsupported-claim")], facts, strict=True).findings]


def _numbers(source: str, rewrite: str) -> list[str]:
    """cross-document-number's messages on the story with ``source`` and ``rewrite`` added to each side."""
    return [f.message for f in rewrite_findings("cross-document-number", _STORY + source, _RETOLD + rewrite)]


_BALLOT = "Result of the final round:\n\n- Ana Lopez: 18,312\n- Ben Okafor: 16,977\n- Not transferred: 4,921\n"


def test_a_margin_between_two_items_of_a_source_list_is_derived() -> None:
    rewrite = "In the library ward ballot Ms Lopez finished on 18,312 votes, 1,335 ahead of Mr Okafor.\n"
    assert not _same_day(_BALLOT, rewrite)  # 18,312 - 16,977 = 1,335
    assert any("1,353 ahead" in m for m in _same_day(_BALLOT, rewrite.replace("1,335", "1,353")))


_TURNOUT = "Total valid ballots: 40,210\n\nFirst round:\n\n- Ana Lopez: 18,312\n- Ben Okafor: 16,977\n"


def test_a_share_of_a_whole_the_source_names_with_its_figure_is_derived() -> None:
    rewrite = "Ms Lopez's 18,312 first-round votes were just over 45% of the valid ballots in the library ward.\n"
    assert not _unsupported(_TURNOUT, rewrite)  # 18,312 / 40,210 = 45.5%
    assert any("55%" in m for m in _unsupported(_TURNOUT, rewrite.replace("45%", "55%")))


_MIX = "Asset mix of the pension fund:\n\n- Public equity: 41.2%\n- Bonds: 30.3%\n- Property: 28.5%\n"


def test_a_worded_fraction_restates_a_labelled_share_of_a_source_list() -> None:
    assert not _unsupported(_MIX, "About two-fifths of its money sits in publicly listed companies.\n")
    # a share no labelled line of the source gives to what the sentence names
    assert any("ventures" in m for m in _unsupported(_MIX, "About two-fifths of its money is in overseas ventures.\n"))


def test_clock_times_a_source_writes_on_a_24_hour_clock_are_no_new_number() -> None:
    source = '"We are asking readers to use the drop box only between 06:00 and 09:00," the librarian said.\n'
    rewrite = "Until then, the council wants people to keep late returns to the early morning, between 6am and 9am.\n"
    assert not _unsupported(source, rewrite)
    assert any("7am" in m for m in _unsupported(source, rewrite.replace("6am", "7am")))


_FORECAST = (
    "Visits for the year are projected to grow by 5.1 per cent, with Q1 at 4.9 per cent and Q4 at 5.3 per cent.\n"
)


_QUARTERS = "- Visits forecast: up 5.1%, rising from 4.9% in the April–June quarter to 5.3% by January–March.\n"


def test_a_quarter_named_by_its_three_months_restates_a_source_s_quarters() -> None:
    assert not _unsupported(_FORECAST, _QUARTERS)


def test_four_months_are_no_quarter() -> None:
    assert _unsupported(_FORECAST, _QUARTERS.replace("April–June quarter", "April–July period"))


def test_a_source_that_speaks_of_no_quarters_dates_no_months() -> None:
    assert _unsupported(_FORECAST.replace("Q1", "early in the year").replace("Q4", "later"), _QUARTERS)


def test_a_change_s_size_is_not_compared_with_a_level_of_the_source() -> None:
    source = "The library trust was worth $84.2 million at year end, compared with $79.9 million a year earlier.\n"
    rewrite = "The library trust was worth about $84.2 million at year end, up $4.3 million from a year earlier.\n"
    assert not _numbers(source, rewrite)
    changed = (
        "The library trust was worth about $84.2 million at year end, compared with $77.9 million a year earlier.\n"
    )
    assert any("$77.9 million" in m for m in _numbers(source, changed))


_RETURN = "The library trust earned a return of 6.1% in the year to March, its chair said.\n"


def test_a_superlative_among_a_counted_top_group_is_a_ranking_no_source_makes() -> None:
    rewrite = (
        "The library trust earned 6.1% in the year to March, the best return among the region's five largest trusts.\n"
    )
    found = _unsupported(_RETURN, rewrite)
    assert any("a record claim" in m and "five largest" in m for m in found)
    # the source ranks it the same way: restated, no new claim
    ranked = _RETURN.replace(", its chair said", ", the best return among the region's five largest trusts")
    assert not _unsupported(ranked, rewrite)
