"""Fixes for general causes found by the twentieth held-out set, pinned with hand-written sentences that are not
the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import pytest
from _run import fails, passes

from factcheck.checks._numeric import letter_currency

# --- a currency written in letters before its amount; a start value named by a noun phrase ("the X of") ------------


@pytest.mark.parametrize(
    ("text", "sign"),
    [("KSh 24.00", "¤"), ("NOK 4.1 billion", "¤"), ("Rs 980 crore", "₹"), ("Rs980", "₹"), ("USD 15", "$")],
)
def test_a_currency_in_letters_reads_as_a_sign(text: str, sign: str) -> None:
    start = next(i for i, c in enumerate(text) if c.isdigit())
    found = letter_currency(text, start)
    assert found is not None
    assert found[0] == sign
    assert found[1] == 0


@pytest.mark.parametrize("text", ["PS5 sales", "BBC 3 viewers", "Chapter 12", "KRSh 5"])
def test_other_capitals_before_a_number_are_no_currency(text: str) -> None:
    start = next(i for i, c in enumerate(text) if c.isdigit())
    assert letter_currency(text, start) is None


@pytest.mark.parametrize(
    "text",
    [
        "Bus fares settled at NOK 52.00, up from the old flat rate of NOK 40.00, an increase of 45 per cent.",
        "The bond traded at $108, up from the issue price of $100, a gain of 12%.",
        "Membership reached KSh 3,300, down from a peak of KSh 4,000, a fall of 25 per cent.",
    ],
)
def test_a_start_named_by_a_noun_phrase_is_checked(text: str) -> None:
    assert fails("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        "Bus fares settled at NOK 52.00, up from the old flat rate of NOK 40.00, an increase of 30 per cent.",
        "The bond traded at $108, up from the issue price of $100, a gain of 8%.",
        "Membership reached KSh 3,300, down from a peak of KSh 4,000, a fall of 17.5 per cent.",
    ],
)
def test_a_start_named_by_a_noun_phrase_that_fits_passes(text: str) -> None:
    assert passes("change-arithmetic", text)


# --- the period between the ends may follow the end's unit words or its bracketed conversion ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Income climbed 25% to 96 million euros ($104 million) in the nine months to Sept. 30 from 80 million euros.",
        "Exports fell 20% to 310 tonnes in the 12 weeks to March 4 from 360 tonnes.",
    ],
)
def test_a_period_after_the_end_unit_is_read(text: str) -> None:
    assert fails("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        "Income climbed 20% to 96 million euros ($104 million) in the nine months to Sept. 30 from 80 million euros.",
        "Exports fell 14% to 310 tonnes in the 12 weeks to March 4 from 360 tonnes.",
    ],
)
def test_a_period_after_the_end_unit_that_fits_passes(text: str) -> None:
    assert passes("change-arithmetic", text)


def test_a_count_in_the_period_after_the_unit_leaves_the_change_unread() -> None:
    # the words after the end hold another count, not a period: the ends are not read
    assert not fails("change-arithmetic", "Sales rose 30% to 500 units at 12 stores from 450 units.")
