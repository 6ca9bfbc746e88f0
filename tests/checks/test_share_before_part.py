"""percent-of: a share stated before the part it renames, the part in brackets or a dash aside right after the share
(and its noun): "nearly two-thirds (198) were aged over 75" after "Among the 412 people …,", "Only one in ten
farmers — 2,870 of the 14,200 who replied —". The whole is the part's own "X of N", else the N of "Of N …," or "Among
N …," opening the sentence, whose phrase may hold a length of time but no other count.
"""

from __future__ import annotations

import pytest
from _run import fails, passes, silent

_WRONG = [
    "Among the 412 patients who waited more than 12 hours, nearly two-thirds (198) were over 75.",
    "Of the 900 workers balloted, about a third (410) voted to strike.",
    "Only one in ten growers — 2,870 of the 14,200 who replied to the survey — plan to sow more wheat.",
    "Of the 1,250 applicants, roughly half (402) were offered a place.",
    "Just a quarter of the claims – 1,900 of the 5,200 lodged last year – were paid in full.",
    "Among the 64 clubs in the league, almost 40% (12) ended the season in debt.",
]


@pytest.mark.parametrize("text", _WRONG)
def test_a_share_before_its_part_that_does_not_match_is_flagged(text: str) -> None:
    assert fails("percent-of", text)


_RIGHT = [
    "Among the 412 patients who waited more than 12 hours, nearly two-thirds (270) were over 75.",
    "Of the 900 workers balloted, about a third (310) voted to strike.",
    "Only one in five growers — 2,870 of the 14,200 who replied to the survey — plan to sow more wheat.",
    "Of the 1,250 applicants, roughly half (612) were offered a place.",
    "Just a quarter of the claims – 1,300 of the 5,200 lodged last year – were paid in full.",
    "Among the 64 clubs in the league, almost 40% (25) ended the season in debt.",
]


@pytest.mark.parametrize("text", _RIGHT)
def test_a_share_before_its_part_that_matches_passes(text: str) -> None:
    assert passes("percent-of", text)


_NOT_A_SHARE_OF_IT = [
    "Of the 1,000 homes on 300 streets, about a third (410) lost power.",  # two counts in the whole's phrase
    "Sales rose 12% (£4m) on the year.",  # a change, not a share
    "About a third (35%) of the 900 workers voted to strike.",  # the share restated as a percentage
    "Nearly half of the budget (£4.1m) goes on staff, the council said.",  # no whole stated
    "Only one in ten growers — about 2,900 people — plan to sow more wheat.",  # no whole stated
    "A fifth (22) of the clubs changed their manager.",  # no whole stated as a count
]


@pytest.mark.parametrize("text", _NOT_A_SHARE_OF_IT)
def test_a_share_whose_part_or_whole_is_not_stated_is_silent(text: str) -> None:
    assert silent("percent-of", text)
