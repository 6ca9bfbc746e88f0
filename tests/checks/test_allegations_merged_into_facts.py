"""hedge-dropped: a rewrite sentence that restates a fact and merges into it what the next (or previous) source
sentence only alleges ("Prosecutors allege …", "reportedly", "a former manager claims"), however loosely
paraphrased, states the allegation as fact; one that keeps the allegation in its own words, or merges a plain fact,
stays silent."""

from __future__ import annotations

import pytest
from _run import rewrite_findings

from factcheck.checks.hedge_dropped import DEFAULT_DROPS

_BEFORE = (
    "The hearing at Carrow Crown Court lasted less than an hour on Thursday. Judge Imelda Forsyth adjourned the case "
    "until 9 December at the Wyke law courts. "
)
_AFTER = (
    " A spokesperson for the Denholm county council said it would not comment while proceedings were under way. The "
    "council's annual budget for waste collection is £41 million."
)


def _flags(source: str, rewrite: str) -> bool:
    """Whether hedge-dropped, reporting its default kinds (forecasts and allegations), quotes the rewrite sentence."""
    found = rewrite_findings(
        "hedge-dropped", _BEFORE + source + _AFTER, _BEFORE + rewrite + _AFTER, report=list(DEFAULT_DROPS)
    )
    return any(rewrite in e.text for f in found for e in f.evidence)


_OFFICERS = (
    "Three former Denholm council officers were charged in March with misconduct in public office. Prosecutors allege "
    "they accepted cash from a waste contractor in return for approving inflated invoices."
)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            _OFFICERS,
            "Three former Denholm council officers, who took cash from a waste contractor to approve inflated "
            "invoices, were charged in March with misconduct in public office.",
        ),
        (
            "The cyclist Tomas Vell was suspended on Friday. The national anti-doping agency alleges that he used a "
            "banned blood booster during the spring classics.",
            "Tomas Vell, who used a banned blood booster in the spring classics, was suspended on Friday.",
        ),
        (
            "Shares in Halverd Foods fell 9% on Wednesday. A short seller claims the company overstated its Asian "
            "sales by about a third.",
            "Shares in Halverd Foods fell 9% on Wednesday; the company overstated its Asian sales by a third.",
        ),
        (
            "The Wyke striker Nuno Abade left the national training camp on Tuesday. He reportedly argued with the "
            "coach over his place in the starting side.",
            "Nuno Abade left the national training camp on Tuesday after arguing with the coach over his starting "
            "place.",
        ),
        (
            "Celebrity chef Aldo Renn closed his Wyke restaurant on Monday. A former manager claims he owed "
            "suppliers more than £200,000 in unpaid bills.",
            "Celebrity chef Aldo Renn closed his Wyke restaurant on Monday owing suppliers more than £200,000 in "
            "unpaid bills.",
        ),
        (
            "A 34-year-old man was arrested in Wyke on Saturday. Prosecutors allege he set fire to two parked vans "
            "outside the council depot.",
            "A 34-year-old man who set fire to two parked vans outside the council depot was arrested in Wyke on "
            "Saturday.",
        ),
    ],
)
def test_an_allegation_merged_into_a_fact_is_flagged(source: str, rewrite: str) -> None:
    assert _flags(source, rewrite)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        # the allegation kept in other words
        (
            _OFFICERS,
            "Three former Denholm council officers, who prosecutors say took cash from a waste contractor, were "
            "charged in March with misconduct in public office.",
        ),
        (
            _OFFICERS,
            "Three former Denholm council officers, who allegedly took cash from a waste contractor, were charged in "
            "March with misconduct in public office.",
        ),
        (
            _OFFICERS,
            "Three former Denholm council officers accused of taking cash from a waste contractor were charged in "
            "March with misconduct in public office.",
        ),
        # only the fact restated
        (_OFFICERS, "Three former Denholm council officers were charged in March with misconduct in public office."),
        # a plain fact merged, not an allegation
        (
            "Three former Denholm council officers were charged in March with misconduct in public office. They had "
            "worked in the waste department for more than a decade.",
            "Three former Denholm council officers, who had worked in the waste department for over a decade, were "
            "charged in March with misconduct in public office.",
        ),
        (
            "A 34-year-old man was arrested in Wyke on Saturday. Police said two parked vans were set alight outside "
            "the council depot.",
            "A 34-year-old man was arrested in Wyke on Saturday after two parked vans were set alight outside the "
            "council depot, police said.",
        ),
    ],
)
def test_an_allegation_kept_or_a_fact_merged_is_silent(source: str, rewrite: str) -> None:
    assert not _flags(source, rewrite)
