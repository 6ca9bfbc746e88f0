"""General causes of misses and false alarms found by the held-out set (bench/heldout, bench/planted.py --dir),
each pinned with hand-written sentences that are not the held-out ones."""

from __future__ import annotations

import pytest
from _run import fails, passes
from hypothesis import given
from hypothesis import strategies as st

from factcheck.checks._common import dashes


# unit-conversion: a temperature difference converts without the 32 ("warmed by 0.9C (1.6F)")
@pytest.mark.parametrize(
    "text",
    [
        "Oceans have warmed by 0.9C (1.6F) since 1900.",
        "The city was 4C (7.2F) warmer than the surrounding farmland.",
        "Summers could be 3C (5.4F) hotter by the end of the century.",
    ],
)
def test_unit_conversion_passes_temperature_differences(text: str) -> None:
    assert passes("unit-conversion", text)


def test_unit_conversion_still_flags_a_reading_that_matches_only_as_a_difference() -> None:
    assert fails("unit-conversion", "At noon it was 20C (36F) in the shade.")


# unit-conversion: with an open-ended hedge the bracket converts the written number
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The relay covers more than 10 miles (25 km) of coast.", True),
        ("The relay covers more than 10 miles (16 km) of coast.", False),
        ("Rain fell over 20 square miles (80 square kilometres) of farmland.", True),
        ("Rain fell over 20 square miles (52 square kilometres) of farmland.", False),
    ],
)
def test_unit_conversion_reads_open_hedges_as_written(text: str, wrong: bool) -> None:
    assert fails("unit-conversion", text) is wrong
    if not wrong:
        assert passes("unit-conversion", text)


# percent-of, sum-of-parts, count-vs-list: a spaced hyphen written for a dash
@pytest.mark.parametrize(
    ("check", "text"),
    [
        ("percent-of", "Of the 800 nurses polled, 200 - nearly half - said they would strike."),
        ("sum-of-parts", "The club used 25 players - 11 defenders, 8 midfielders and 4 forwards - over the season."),
        ("count-vs-list", "Three bridges - the Tower, Millennium, Albert and Chelsea bridges - were shut."),
    ],
)
def test_spaced_hyphen_is_a_dash(check: str, text: str) -> None:
    assert fails(check, text)


def test_spaced_hyphen_list_that_matches_passes() -> None:
    assert passes("count-vs-list", "Three bridges - the Tower, Albert and Chelsea bridges - were shut.")
    assert passes("percent-of", "Of the 800 nurses polled, 380 - nearly half - said they would strike.")


@given(st.text(alphabet="ab -—,0⟨⟩", max_size=40))
def test_dashes_keeps_offsets(text: str) -> None:
    out = dashes(text)
    assert len(out) == len(text)
    assert all(a == b or (a == "-" and b == "—") for a, b in zip(text, out, strict=True))


# change-arithmetic: ends with a glued magnitude or unit ("to 2.4m from 1.8m") are compared as a ratio
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Visitor numbers rose by a half to 2.4m from 1.8m last year.", True),
        ("Visitor numbers rose by a third to 2.4m from 1.8m last year.", False),
        ("The catch doubled to 40kg from 12kg.", True),
        ("The catch doubled to 40kg from 20kg.", False),
    ],
)
def test_change_arithmetic_reads_glued_ends(text: str, wrong: bool) -> None:
    assert fails("change-arithmetic", text) is wrong
    if not wrong:
        assert passes("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        "Visitor numbers rose by 600,000 to 2.4m from 1.8m last year.",  # absolute change: units unknown
        "Output rose 10% to 2.4m from 1.8bn.",  # ends in different magnitudes
    ],
)
def test_change_arithmetic_leaves_glued_ends_it_cannot_compare(text: str) -> None:
    assert not fails("change-arithmetic", text)


# percent-of: "Of N …, <who> <verb> X, or Z%", with a year or a small number in words in the whole's phrase
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Of the 48,000 votes cast in the two wards, Ms Lane received 30,000, or 48%.", True),
        ("Of the 48,000 votes cast in the two wards, Ms Lane received 30,000, or 62.5%.", False),
        ("Of the 1,000 homes built in 2023, the council sold 400, or 55%.", True),
        ("Of the 1,000 homes built in 2023, inspectors visited 400, or 40%.", False),
    ],
)
def test_percent_of_reads_a_subject_and_verb_before_the_part(text: str, wrong: bool) -> None:
    assert fails("percent-of", text) is wrong
    if not wrong:
        assert passes("percent-of", text)


def test_percent_of_skips_a_whole_phrase_holding_another_count() -> None:
    assert not fails("percent-of", "Of the 1,000 homes on 300 streets, the council sold 400, or 55%.")


# sum-of-parts: labels before their numbers, the verb written once
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Of the 45 seats on the city council, Labour won 20, the Greens 15 and independents 9.", True),
        ("Of the 45 seats on the city council, Labour won 20, the Greens 15 and independents 10.", False),
        ("Of the parliament's 45 seats, Labour won 20, the Greens 15 and independents 9, officials said.", True),
        ("Of the 45 seats, Labour won 20, the Greens 15 and independents the rest.", False),
        ("Of the 45 seats, Labour won 20, the Greens 15 and independents the rest, 12.", True),
    ],
)
def test_sum_of_parts_reads_label_first_lists(text: str, wrong: bool) -> None:
    assert fails("sum-of-parts", text) is wrong
    if not wrong:
        assert passes("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        "Of the 45 seats, Labour won 20 and the Greens 15.",  # two items: may be partial
        "Of the 45 seats, Labour won 20, the Greens 15 and the Liberal Democrats 5, up from 3.",  # clause goes on
        "Of the 45 seats, Labour won 20, the Greens 15 and the Liberal Democrats 5, with independents taking the rest.",
        "Of the 45 seats, Labour won 20, the Greens 15 and the Liberal Democrats 5; independents took the rest.",
        "Of the 650 seats, Labour won 411, the Conservatives 121 and the Liberal Democrats 72.",  # the largest only
        "Of the 20 stages, Pogacar won 6, Vingegaard 4 and Evenepoel 2.",
    ],
)
def test_sum_of_parts_leaves_open_label_first_lists(text: str) -> None:
    assert not fails("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        "Of the 20 stages, Pogacar won 9, Vingegaard 8 and Evenepoel 5.",  # more than the total
        "Of the 45 seats, Labour won 20, the Greens 15 and other parties 9.",  # a catch-all: the list is complete
    ],
)
def test_sum_of_parts_flags_label_first_lists_that_cannot_be_partial(text: str) -> None:
    assert fails("sum-of-parts", text)


# count-vs-list: a definite count whose list follows "are"/"were", names or years
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The club's four seeded players who reached the semi-finals were Ames, Brook and Carr.", True),
        ("The four finalists were Ames, Brook, Carr and Dunn.", False),
        ("The two driest years were 1976, 1921 and 2022.", True),
        ("The two driest years on record were 1976 and 1921.", False),
    ],
)
def test_count_vs_list_reads_lists_after_a_copula(text: str, wrong: bool) -> None:
    assert fails("count-vs-list", text) is wrong
    if not wrong:
        assert passes("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        "The five victims were British and Irish, police said.",  # adjectives, not names
        "Three of the five finalists were Ames, Brook and Carr.",  # the part is listed
        "Four new members were Ames, Brook and Carr.",  # no determiner: not a closed group
        "The four finalists were, among others, Ames, Brook and Carr.",
        "The three sisters were born in Leeds, Hull and York.",
    ],
)
def test_count_vs_list_leaves_copula_sentences_that_are_not_enumerations(text: str) -> None:
    assert not fails("count-vs-list", text)


# unit-conversion: a magnitude word sets the place of the last stated digit ("2.8bn" is 2.75–2.85 billion)
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The probe has flown 1.8 billion miles (2.8bn km) so far.", False),
        ("The probe has flown 1.2 billion miles (2bn km) so far.", False),
        ("The probe has flown 1.8 billion miles (4bn km) so far.", True),
        ("The forest covers 2 million acres (700,000 hectares).", True),
    ],
)
def test_unit_conversion_rounds_at_the_magnitude(text: str, wrong: bool) -> None:
    assert fails("unit-conversion", text) is wrong
    if not wrong:
        assert passes("unit-conversion", text)


# sum-of-parts: the total's noun phrase may run to five words ("14 defendants in the fraud case — …")
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The 14 defendants in the fraud case — 9 men and 4 women — appeared in court.", True),
        ("The 13 defendants in the fraud case — 9 men and 4 women — appeared in court.", False),
        ("Rescuers pulled 12 people from the collapsed building: 7 adults and 4 children.", True),
    ],
)
def test_sum_of_parts_reads_longer_total_phrases(text: str, wrong: bool) -> None:
    assert fails("sum-of-parts", text) is wrong
    if not wrong:
        assert passes("sum-of-parts", text)


# scanner: "half" in "the first half" or "half-marathon" is not a share
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Sales were $9.6 billion in the first half: $5.1 billion at home and the rest, $4.2 billion, abroad.", True),
        ("Sales were $9.6 billion in the first half: $5.1 billion at home and the rest, $4.5 billion, abroad.", False),
    ],
)
def test_sum_of_parts_reads_past_a_first_half(text: str, wrong: bool) -> None:
    assert fails("sum-of-parts", text) is wrong
    if not wrong:
        assert passes("sum-of-parts", text)


def test_half_is_still_a_share_on_its_own() -> None:
    assert fails("percent-of", "Of the 96 entrants, 40 — half — were eliminated.")
    assert passes("percent-of", "Of the 96 entrants, 48 — half — were eliminated.")
