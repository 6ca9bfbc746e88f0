"""Fixes for general causes found by the twelfth held-out set (rewrite and multi-document checks), pinned with
hand-written sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import datetime as dt

import pytest
from _run import default_rule
from hypothesis import given
from hypothesis import strategies as st

from factcheck.checks.hedge_dropped import _head_noun
from factcheck.engine import build_facts, run_rules
from factcheck.ingest import from_text
from factcheck.models import Finding


def findings(check: str, source: str, rewrite: str) -> list[Finding]:
    """The default ``check``'s findings on a source and its rewrite, published a day apart, extracted as a full run
    extracts them (rewrite detection included)."""
    docs = [
        from_text(source, id="source.txt", published=dt.date(2025, 6, 2)),
        from_text(rewrite, id="rewrite.txt", published=dt.date(2025, 6, 3)),
    ]
    facts = build_facts(docs)
    assert facts.sources.get("rewrite.txt") == ["source.txt"]
    return list(run_rules([default_rule(check)], facts, strict=True).findings)


def fails(check: str, source: str, rewrite: str) -> bool:
    return bool(findings(check, source, rewrite))


# --- cross-document-number: another sentence's number holds a count only if it is a like count, stated closed -------

_FIRE_SOURCE = (
    "Fire crews spent the night at the Hollins timber yard after a blaze broke out in a storage shed. A crew of 64 "
    "firefighters, six engines and a water tender fought the fire for more than three hours, the fire service said. "
    "Nobody was hurt, and the cause of the fire is not yet known."
)
_FIRE_REWRITE = (
    "Fire crews spent the night at the Hollins timber yard after a blaze broke out in a storage shed. {} fought the "
    "fire for more than three hours, according to the fire service. Nobody was hurt, and the cause of the fire is not "
    "yet known."
)


@pytest.mark.parametrize(
    "crew",
    [
        "Some 46 firefighters, six engines and a water tender",  # a changed count beside an open-ended duration
        "A crew of 46 firefighters, six engines and a water tender",
    ],
)
def test_an_open_ended_duration_does_not_hold_a_changed_count(crew: str) -> None:
    assert fails("cross-document-number", _FIRE_SOURCE, _FIRE_REWRITE.format(crew))


@pytest.mark.parametrize(
    "crew",
    [
        "Some 64 firefighters, six engines and a water tender",  # kept
        "More than 60 firefighters, six engines and a water tender",  # a bound that holds 64
        "About 60 firefighters, six engines and a water tender",  # rounded
    ],
)
def test_a_kept_or_rounded_count_beside_a_duration_is_silent(crew: str) -> None:
    assert not fails("cross-document-number", _FIRE_SOURCE, _FIRE_REWRITE.format(crew))


def test_a_changed_count_beside_an_open_ended_count_of_another_noun_is_flagged() -> None:
    source = (
        "The Marlow Street food bank handed out 380 parcels last week to more than 120 families, its manager said. "
        "Demand has risen sharply since the winter, and volunteers are working extra shifts. The food bank will "
        "open on Sundays from next month."
    )
    rewrite = (
        "The Marlow Street food bank gave out 830 parcels last week to more than 120 families, its manager said. "
        "Demand has climbed sharply since the winter, and volunteers are working extra shifts. The food bank will "
        "open on Sundays from next month."
    )
    assert fails("cross-document-number", source, rewrite)


# --- cross-document-number: a place restriction under the gazetteer's other names for the place ---------------------

_CHAIN_SOURCE = (
    "Harbor & Pine, the home-goods retailer, said on Monday that it would close {} by the end of March. The company "
    "blamed falling sales and higher rents. It will keep its online store and its distribution centers open."
)
_CHAIN_REWRITE = (
    "Harbor & Pine, the home-goods retailer, will shut {} by the end of March, it said on Monday. The company "
    "blamed falling sales and rising rents. Its online store and distribution centers will stay open."
)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        ("140 stores in the United States", "410 stores in the U.S."),
        ("140 stores across the U.S.", "410 stores across America"),
        ("140 stores in Britain", "410 stores across the UK"),
    ],
)
def test_a_restricted_count_is_compared_under_another_name_for_the_place(source: str, rewrite: str) -> None:
    assert fails("cross-document-number", _CHAIN_SOURCE.format(source), _CHAIN_REWRITE.format(rewrite))


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        ("140 stores in the United States", "410 stores"),  # a part and the whole
        ("140 stores in the United States", "410 stores in the UK"),  # two places
        ("140 stores in the U.S.", "about 150 stores in America"),  # rounded
    ],
)
def test_a_restricted_count_of_another_place_or_the_whole_is_silent(source: str, rewrite: str) -> None:
    assert not fails("cross-document-number", _CHAIN_SOURCE.format(source), _CHAIN_REWRITE.format(rewrite))


# --- hedge-dropped: a neighbour's attribution to the same body, once by name and once by its common noun ------------

_WARD_SOURCE = (
    "A hospital ward in Westbrook was closed on Friday after an outbreak of a drug-resistant infection, the Westbrook "
    "health board said. Two patients died after catching the infection on the ward, the board said. Visiting has "
    "been suspended until further notice, and staff are being tested."
)
_WARD_REWRITE = (
    "A hospital ward in Westbrook has been shut since Friday after an outbreak of a drug-resistant infection, "
    "according to {}. Two patients died after catching the infection on the ward. Visiting has been suspended "
    "until further notice, and staff are being tested."
)


def test_a_neighbour_citing_the_body_by_name_and_noun_keeps_the_attribution() -> None:
    assert not fails("hedge-dropped", _WARD_SOURCE, _WARD_REWRITE.format("the Westbrook health board"))


def test_a_neighbour_citing_another_body_does_not_keep_the_attribution() -> None:
    found = findings("hedge-dropped", _WARD_SOURCE, _WARD_REWRITE.format("the Westbrook city council"))
    assert any("Two patients died" in f.message for f in found)


@given(
    st.sampled_from(["prefecture", "ministry", "board", "council", "regulator", "coroner", "police"]),
    st.sampled_from(["Savoie", "Westbrook", "Ohio", "Kent County"]),
)
def test_the_head_noun_of_a_source_is_the_same_in_every_form_of_attribution(noun: str, name: str) -> None:
    forms = [
        f"according to the {name} {noun}",
        f"the {name} {noun} said",
        f"said the {name} {noun}",
        f"the {noun} said",
        f"the {noun} told reporters",
        f"as reported by the {noun}",
    ]
    assert all(_head_noun(form) == {noun} for form in forms)
    assert _head_noun(f"{name} said") == set()
