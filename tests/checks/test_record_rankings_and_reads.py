"""unsupported-claim's record claims read as structure, on new sentences (a court, a regulator, a planning board, a
car park, an exporter, a factory, an oil terminal):

- a superlative that ranks what was done to its peers by a participle ("the longest term handed to a club official",
  "the largest penalty imposed on a building society") and one "at any" or "in any" of the peers ("the highest
  charge at any council car park") are rankings among peers; one over a time ("at any point since 2010") is not;
- a first or only that its own clause ranks with a pronoun doing it ("the first it had approved for a football
  ground") is a first; "The first they heard of it" is none;
- a follow-up's revision of an earlier figure excuses its figure, not a record its sentence adds;
- a ranking that reads a source's listed figures (the largest of them, given with its figure) is the source's, and a
  "second" whose one precedent the source tells is the source's two events counted; a "third" is not.
"""

from __future__ import annotations

import pytest
from _run import rewrite_findings

from factcheck.checks.unsupported_claim import _records

_CHECK = "unsupported-claim"
_BEFORE = "The regional council met in Harwick on Tuesday to review its spending plans for the coming year. "
_AFTER = " The council will publish the full minutes of the meeting on its website next week."


def _flags(source: str, rewrite: str, days_apart: int = 1) -> bool:
    found = rewrite_findings(_CHECK, _BEFORE + source + _AFTER, _BEFORE + rewrite + _AFTER, days_apart)
    return any(rewrite in e.text for f in found for e in f.evidence)


_ADDED_RANKINGS = [
    (
        "The court jailed the club's former treasurer for six years for stealing from its accounts.",
        "The court jailed the club's former treasurer for six years, the longest term handed to a club official for "
        "theft.",
    ),
    (
        "The regulator fined the Eastmoor Building Society £4m on Tuesday over its complaints handling.",
        "The regulator fined the Eastmoor Building Society £4m on Tuesday, the largest penalty imposed on a building "
        "society over complaints handling.",
    ),
    (
        "Parking at the Mill Lane car park will cost £3 an hour from June, the council said.",
        "Parking at the Mill Lane car park will cost £3 an hour from June, the highest charge at any council car park "
        "in the county.",
    ),
    (
        "The planning board approved the new north stand at Carrow Park in April.",
        "The planning board approved the new north stand at Carrow Park in April, the first it had approved for a "
        "football ground.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _ADDED_RANKINGS)
def test_a_ranking_no_source_makes_is_flagged(source: str, rewrite: str) -> None:
    assert _flags(source, rewrite)


_KEPT_RANKINGS = [
    (
        "The six-year term is the longest handed to a club official for theft, the judge said.",
        "The judge said the six-year term was the longest sentence handed to a club official for theft.",
    ),
    (
        "The £4m fine is the largest imposed on any building society, the regulator said.",
        "The regulator said the £4m fine was the largest penalty imposed on a building society.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _KEPT_RANKINGS)
def test_a_ranking_a_source_makes_is_not_flagged(source: str, rewrite: str) -> None:
    assert not _flags(source, rewrite)


@pytest.mark.parametrize(
    "text",
    [
        "The first they heard of the closure was a letter from the owners.",
        "The reading was the lowest at any point since 2010, forecasters said.",
        "Sales were the highest in any single month, the firm said.",
        "The most common complaint raised by residents was parking.",
    ],
)
def test_no_ranking_among_peers_is_read_in(text: str) -> None:
    assert not any(marker == "peers" or marker in ("first", "only") for marker, _phrase in _records(text))


# --- a follow-up's revision and a record in the same sentence -------------------------------------------------------


_SPILL = (
    "Crews laid booms along the harbour wall at the Kelby terminal on Monday as the oil spread. "
    "Officials put the spill at 1,200 barrels."
)


def _spill_flags(rewrite: str, quote: str) -> bool:
    found = rewrite_findings(_CHECK, _BEFORE + _SPILL + _AFTER, _BEFORE + rewrite + _AFTER)
    return any(quote in e.text for f in found for e in f.evidence)


def test_a_revision_does_not_excuse_a_record_it_adds() -> None:
    rewrite = (
        "Crews laid booms along the harbour wall at the Kelby terminal on Monday as the oil spread. The new "
        "estimate, 300 barrels more than the earlier estimate, makes it the largest spill at the terminal in its "
        "history."
    )
    assert _spill_flags(rewrite, "the largest spill at the terminal in its history")


def test_a_revision_with_no_record_is_an_update() -> None:
    rewrite = (
        "Crews laid booms along the harbour wall at the Kelby terminal on Monday as the oil spread. The new "
        "estimate, 1,500 barrels, is 300 barrels more than the earlier estimate, officials said."
    )
    assert not _spill_flags(rewrite, "The new estimate")


# --- a ranking or tally the source's own facts make -----------------------------------------------------------------

_LISTED = "Germany took 41.2% of Tarrow's exports last year. France took 22.5% and Italy 15.1%, the report said."


def test_the_largest_of_a_source_list_given_with_its_figure_is_the_sources() -> None:
    rewrite = "Germany remains Tarrow's biggest export market, taking 41.2% of its exports last year."
    assert not _flags(_LISTED, rewrite)


def test_a_ranking_the_source_list_contradicts_is_still_flagged() -> None:
    rewrite = "France remains Tarrow's biggest export market, taking 22.5% of its exports last year."
    assert _flags(_LISTED, rewrite)


_PRECEDED = "The shutdown followed a two-day stoppage at the firm's Carrow plant in March, the union said."


def test_a_second_whose_one_precedent_the_source_tells_is_the_sources() -> None:
    rewrite = (
        "The shutdown was the second to hit the firm this year, after a two-day stoppage at its Carrow plant in March."
    )
    assert not _flags(_PRECEDED, rewrite)


def test_a_third_with_one_precedent_told_is_still_flagged() -> None:
    rewrite = (
        "The shutdown was the third to hit the firm this year, after a two-day stoppage at its Carrow plant in March."
    )
    assert _flags(_PRECEDED, rewrite)
