"""count-vs-list: a short prepositional phrase between the counted noun and a closed list after a dash or colon ("the
three new entrants to the top 100 — A, B, C and D —"), found by the eleventh held-out set; sentences here are not
the held-out ones."""

from __future__ import annotations

import re

import pytest
from _run import fails, passes
from hypothesis import given
from hypothesis import strategies as st

from factcheck.checks._numeric import scan, skeleton, skeleton_offset


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The three newcomers to the top 40 — Ardent, Bellwood, Castell and Dorne — all began as indie labels.", True),
        ("The four newcomers to the top 40 — Ardent, Bellwood, Castell and Dorne — all began as indie labels.", False),
        ("The two clubs in the relegation zone: Harwick, Lindon and Mossbury.", True),
        ("The three clubs in the relegation zone: Harwick, Lindon and Mossbury.", False),
        ("The five suppliers with contracts worth over £2m — Arlo, Brisk, Cobalt and Delph — were named.", True),
    ],
)  # fmt: skip
def test_a_prepositional_phrase_before_the_list(text: str, wrong: bool) -> None:
    assert fails("count-vs-list", text) is wrong
    if not wrong:
        assert passes("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        # the list may name the phrase's own plural instead of the counted noun
        "The two envoys from the Nordic countries — Norway, Sweden, Finland and Denmark — met on Monday.",
        "The two envoys from Nordic countries — Norway, Sweden, Finland and Denmark — met on Monday.",
        # partial or open lists
        "The three clubs in the relegation zone — Harwick and Lindon among them — lost again.",
        "The three clubs in the relegation zone: Harwick, Lindon and Mossbury, and Tarrow were close.",
        # a part of a whole, and a count that is not of items
        "Two of the four clubs in the relegation zone — Harwick, Lindon and Mossbury — lost again.",
        "The three hours in the queue — Monday, Tuesday and Friday — were the worst.",
    ],
)
def test_prepositional_phrase_near_misses(text: str) -> None:
    assert not fails("count-vs-list", text)


_WORDS = ["12", "1,200", "about 40", "over £2m", "three", "nearly half", "people", "top", "—", ",", "the", "5.5%", "x"]


@given(st.lists(st.sampled_from(_WORDS), max_size=14))
def test_skeleton_offsets_index_the_text(words: list[str]) -> None:
    """Every skeleton position outside a number's slot maps to the same character of the text."""
    text = " ".join(words)
    nums = scan(text)
    skel = skeleton(text, nums)
    slots = [range(m.start(), m.end()) for m in re.finditer(r"⟨\d+⟩", skel)]
    for pos, char in enumerate(skel):
        if not any(pos in r for r in slots):
            assert text[skeleton_offset(skel, pos, nums)] == char
