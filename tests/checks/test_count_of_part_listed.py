"""count-vs-list: "N of the ⟨group⟩ — A, B, C —", a count of some of a group then a dash or colon and a closed list of
names, lists the N picked out (an uncounted group is not what "N of the …" lists); after "N of the M …" the list may
name the M, so only a list of neither N nor M items is flagged. Hand-written sentences, none from bench/."""

from __future__ import annotations

import pytest
from _run import fails, passes


@pytest.mark.parametrize(
    "text",
    [
        "The aid is aimed at four of the hardest-hit counties — Tom Green, Coleman, Runnels, Concho and McCulloch — "
        "where pastures are bare.",
        "The chain sells to two of its biggest customers: Tesco, Asda and Aldi.",
        "Three of the five largest cities — Almora and Betten — voted yes.",
        "Police have charged three of the suspects: Dean Ross, Leo Hart, Amy Cole and Sam Pike.",
        "The grant goes to five of the county's smallest schools — Ashby, Bream, Colne and Dunford.",
        "Two of the club's academy graduates – Reece Mallory, Theo Grant and Ollie Spiers – signed professional terms.",
        "Rescuers reached four of the stranded villages: Kipsoi, Tartar, Chesoi, Kaptalamwa and Sambirir.",
    ],
)
def test_a_list_of_the_part_that_is_not_the_count_is_flagged(text: str) -> None:
    assert fails("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        "The aid is aimed at four of the counties — Coleman, Runnels, Concho and McCulloch — where pastures are bare.",
        "Two of the club's academy graduates – Reece Mallory and Theo Grant – signed professional terms.",
        "Rescuers reached four of the stranded villages: Kipsoi, Tartar, Chesoi and Sambirir.",
    ],
)
def test_a_list_of_the_part_that_matches_passes(text: str) -> None:
    assert passes("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        # the list may name the counted whole
        "Three of the four largest cities — Almora, Betten, Corlin and Dunmore — voted yes.",
        # a partial list
        "The aid is aimed at four of the counties — including Coleman and Runnels — where pastures are bare.",
        # lower-case phrases are not read as the part's names
        "The deal met three of the union's demands: smaller classes, more nurses, better pay and longer breaks.",
        # an open list
        "Police have charged three of the suspects: Dean Ross, Leo Hart, Amy Cole and others.",
        # several stores may stand in one state
        "The chain will close five of its stores — in Ohio and Texas — by March.",
        # a share of a group, not a count of its members
        "Rain fell on 12 of the last 20 days: Monday, Tuesday and Friday were the wettest.",
    ],
)
def test_a_list_after_a_part_of_a_group_stays_silent_when_it_may_name_another_group(text: str) -> None:
    assert not fails("count-vs-list", text)
