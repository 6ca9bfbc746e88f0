"""The dates extractor's needles (``factcheck.extract.dates._NEEDLE_BY_START``): a pattern whose needle finds nothing
in a sentence cannot match it, so skipping the pattern there changes no extraction."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import dates

ROOT = Path(__file__).resolve().parents[1]
_NEEDLED = [(i, dates._GATED_ALL[i][0], n) for i, n in enumerate(dates._NEEDLES) if n is not None]

# Characters the five patterns read, so random texts often come near a match.
_ALPHABET = "0123456789/.-'’ sndrthaAeEcCpPjJuUlLyYgGoObBvVmMiI,"
_PIECES = [
    "1990s", "'80s", " the 80's", "late 70s", "2024's", "the 2024 election", "a 2009 analysis", "March 12",
    "Sept. the 3rd", "sept 3", "MAY 1", "2015/08/12", "3/7/2024", "21-04-2016", "2016-11", "11 / 2016", "the 21st.",
    "on the 3rd and", "Tuesday, ", "Dec. ", "1 ", "2", "0", "s", "’", "'", " ", "/", "-", ".", "2019-05-12",
    "March 2025", "May 10:30", "won 3-0", "2.5", "12/2016", "2016 / 1", "1 / 2016", "05/05/89", "3.7.2024",
]  # fmt: skip


def test_five_patterns_have_needles() -> None:
    assert [dates._GATED_ALL[i][1].__name__ for i, _p, _n in _NEEDLED] == [
        "_h_digits",
        "_h_day_month",
        "_h_year",
        "_h_year",
        "_h_decade",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose in the 1990s and the '80s.",
        "It happened on March 12, 2024, and again on Sept. the 3rd.",
        "The 2024 election was close; the 1990's were calmer.",
        "Filed 2015/08/12, amended 3/7/2024 and 21-04-2016, due 11 / 2016, heard on the 21st.",
        "Filed 2015.5.13, amended 13.5.2015 and 05/05/89, due 2016-11 and 11/2016, not 2019-05-12 nor March 2025.",
    ],
)
def test_needles_find_what_the_patterns_match(text: str) -> None:
    for _i, pattern, needle in _NEEDLED:
        if pattern.search(text):
            assert needle.search(text)


def _sentences() -> set[str]:
    texts: set[str] = set()
    for folder in ("bench/planted", "bench/heldout", "seeds"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in (".txt", ".md"):
                text = path.read_text(encoding="utf-8")
                texts.update(text.splitlines())
                texts.update(re.split(r"(?<=[.!?])\s+", text))
    return texts


def test_needles_on_the_bench_sets() -> None:
    texts = _sentences()
    assert texts
    for text in texts:
        for i, pattern, needle in _NEEDLED:
            assert needle.search(text) or not pattern.search(text), (i, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(alphabet=_ALPHABET, max_size=6)), max_size=12))
def test_needles_on_random_texts(parts: list[str]) -> None:
    text = "".join(parts)
    for i, pattern, needle in _NEEDLED:
        assert needle.search(text) or not pattern.search(text), (i, text)
