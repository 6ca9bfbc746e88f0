"""General causes of misses and false alarms found by the held-out set (bench/heldout, bench/planted.py --dir),
each pinned with hand-written sentences that are not the held-out ones."""

from __future__ import annotations

import pytest
from _run import run
from _seeds import numeric_rules
from hypothesis import given
from hypothesis import strategies as st

from factcheck.checks._common import dashes
from factcheck.rules.base import RuleBase

RULES: dict[str, RuleBase] = {r.type: r for r in numeric_rules()}


def _fails(check: str, *texts: str) -> bool:
    return bool(run(RULES[check], *texts).findings)


def _passes(check: str, *texts: str) -> bool:
    report = run(RULES[check], *texts)
    return not report.findings and bool(report.passed)


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
    assert _passes("unit-conversion", text)


def test_unit_conversion_still_flags_a_reading_that_matches_only_as_a_difference() -> None:
    assert _fails("unit-conversion", "At noon it was 20C (36F) in the shade.")


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
    assert _fails("unit-conversion", text) is wrong
    if not wrong:
        assert _passes("unit-conversion", text)


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
    assert _fails(check, text)


def test_spaced_hyphen_list_that_matches_passes() -> None:
    assert _passes("count-vs-list", "Three bridges - the Tower, Albert and Chelsea bridges - were shut.")
    assert _passes("percent-of", "Of the 800 nurses polled, 380 - nearly half - said they would strike.")


@given(st.text(alphabet="ab -—,0⟨⟩", max_size=40))
def test_dashes_keeps_offsets(text: str) -> None:
    out = dashes(text)
    assert len(out) == len(text)
    assert all(a == b or (a == "-" and b == "—") for a, b in zip(text, out, strict=True))
