"""Number misses of the thirty-third and thirty-fourth held-out sets, pinned with hand-written sentences that are not
the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import pytest
from _run import fails, passes, silent
from _run import rewrite_findings as findings

# --- sum-of-parts: the parts, the date they are counted on, then "— a combined N" -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # 3,210 + 1,480 = 4,690
        "The district had 3,210 primary and 1,480 high school pupils on Sept. 30 — a combined 5,690 pupils — the "
        "most on record.",
        # 412 + 198 = 610
        "The clinic saw 412 adults and 198 children in March, a combined 710 patients.",
        "The two ferries carried 9,300 cars and 2,100 lorries, for a combined 12,400 vehicles.",
    ],
)
def test_parts_that_miss_a_combined_total_are_flagged(text: str) -> None:
    assert fails("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        "The district had 3,210 primary and 1,480 high school pupils on Sept. 30 — a combined 4,690 pupils — the "
        "most on record.",
        "The clinic saw 412 adults and 198 children on 4 March 2027, a combined 610 patients.",
    ],
)
def test_parts_that_make_a_combined_total_pass(text: str) -> None:
    assert passes("sum-of-parts", text)


def test_a_combined_figure_after_a_list_with_other_numbers_between_is_not_read() -> None:
    # 1,200 and 800 are counted over 14 days: the gap holds a number that is no date
    assert silent(
        "sum-of-parts", "The clinic saw 1,200 adults and 800 children over 14 days, a combined 2,600 visits a year."
    )


# --- cross-document-number: one part of the same whole, "Of the N X, M …" ----------------------------------------

_SCHEME = (
    "The county council has approved a new housing estate on the edge of Wexcombe.\n\n"
    "{part}\n\n"
    "Construction is due to begin in the spring, with the first residents moving in within two years.\n\n"
    "The developer, Harlow Homes, will also pay for a new bus stop and a crossing on Mill Lane.\n\n"
    "Residents had objected to the loss of the playing field and the extra traffic on Mill Lane.\n"
)
_SOURCE_PART = "Of the 260 flats, 52 (20%) will be offered at social rent, in line with the council's policy."


def test_a_changed_part_of_the_same_whole_is_flagged() -> None:
    rewrite = "Of the 260 flats, 65 will be let at social rent, the council said."
    assert findings("cross-document-number", _SCHEME.format(part=_SOURCE_PART), _SCHEME.format(part=rewrite))


@pytest.mark.parametrize(
    "rewrite",
    [
        "Of the 260 flats, 52 will be let at social rent, the council said.",
        # another part of the whole: no content word in common
        "Of the 260 flats, 208 will be sold on the open market, the council said.",
        # the other side of the same predicate
        "Of the 260 flats, 208 will not be offered at social rent, the council said.",
    ],
)
def test_the_same_part_or_another_part_of_the_whole_is_not_flagged(rewrite: str) -> None:
    assert not findings("cross-document-number", _SCHEME.format(part=_SOURCE_PART), _SCHEME.format(part=rewrite))


# --- cross-document-number: a named quantity's change "from A to B" -----------------------------------------------

_POOL = (
    "Councillors have approved a £4.2m refurbishment of the Westgate leisure centre in Tamworth.\n\n"
    "{change}\n\n"
    "The centre will close for ten months from January while the work is carried out.\n\n"
    "Swimming clubs will move their sessions to the Riverside pool in the meantime, the council said.\n\n"
    "The leisure centre was built in 1974 and last refurbished in 2003.\n"
)
_SOURCE_CHANGE = "The works will increase the centre's gym capacity from 60 to 110."


def test_a_change_that_ends_at_another_value_is_flagged() -> None:
    rewrite = "The scheme will take the centre's gym capacity from 60 to 140."
    assert findings("cross-document-number", _POOL.format(change=_SOURCE_CHANGE), _POOL.format(change=rewrite))


@pytest.mark.parametrize(
    "rewrite",
    [
        "The scheme will take the centre's gym capacity from 60 to 110.",
        # another starting value: another change
        "The scheme will take the centre's gym capacity from 80 to 140.",
        # another quantity
        "The scheme will cut the centre's opening hours from 60 to 52 a week.",
        # a verb before "from": no named quantity
        "Since the works were announced, membership has grown from 60 to 140.",
    ],
)
def test_the_same_change_or_another_change_is_not_flagged(rewrite: str) -> None:
    assert not findings("cross-document-number", _POOL.format(change=_SOURCE_CHANGE), _POOL.format(change=rewrite))


# --- cross-document-number: a closing figure "at year-end" is restated, not updated ---------------------------------

_GRID = (
    "The grid operator published its annual report on Monday.\n\n"
    "{figure}\n\n"
    "Curtailment of wind and solar output fell for the first time in four years, the operator said.\n\n"
    "The operator expects two new transmission lines to enter service in the north by 2029.\n"
)
_SOURCE_FIGURE = "Rooftop solar in operation reached 1,840 MW at the end of 2026, and a further 600 MW is planned."


def test_a_changed_closing_figure_is_flagged() -> None:
    rewrite = "Rooftop solar reached 2,840MW at year-end, with another 600MW planned."
    assert findings("cross-document-number", _GRID.format(figure=_SOURCE_FIGURE), _GRID.format(figure=rewrite))


@pytest.mark.parametrize(
    "rewrite",
    [
        "Rooftop solar reached 1,840MW at year-end, with another 600MW planned.",
        # a running count: the rewrite's own update
        "Rooftop solar has now reached 2,840MW, with another 600MW planned.",
    ],
)
def test_the_same_closing_figure_or_an_update_is_not_flagged(rewrite: str) -> None:
    assert not findings("cross-document-number", _GRID.format(figure=_SOURCE_FIGURE), _GRID.format(figure=rewrite))
