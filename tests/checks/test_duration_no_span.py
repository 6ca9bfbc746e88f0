"""duration-dates: a term, a record's span, a span ahead or a year span's end is no span of the sentence's dates."""

from __future__ import annotations

import pytest

from tests.checks.test_phrasing_grid import _one

_SILENT = [
    "Applications for the 2029/30 year open on Monday 24 April and close on Friday 12 May.",
    "Of the 860 bridges inspected since March, 95 will need new decks within ten years.",
    "The rate on a 15-year fixed mortgage rose to 5.9 percent this week, its highest since early February.",
    "She faces a possible 20-year jail sentence for thefts committed between 3 May 2025 and 9 June 2026.",
    "Output has grown since April and should keep growing over the next three years.",
]

_STILL_FLAGGED = [
    "The 12-day festival, which opened on 3 June and closed on 20 June, sold out.",
    "The bridge has been closed to lorries for 40 years since March 2027.",
]


@pytest.mark.parametrize("text", _SILENT)
def test_no_span_of_the_dates(text: str) -> None:
    assert not _one(text).findings, text


@pytest.mark.parametrize("text", _STILL_FLAGGED)
def test_a_span_of_the_dates_is_still_read(text: str) -> None:
    assert "duration-dates" in {f.check for f in _one(text).findings}, text
