"""Fixes for general causes found by the single articles of the twenty-eighth held-out set (courts, obituaries,
education and budgets), pinned with hand-written sentences that are not the held-out ones, and near-misses that must
stay silent."""

from __future__ import annotations

import pytest
from _run import fails, passes

# --- unit-conversion: the exchange rate stated inside the conversion's own bracket ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # TT$900m / 6.8 = US$132m
        "The port authority will borrow TT$900 million (US$150 million at an exchange rate of TT$6.8 to US$1) "
        "for a new container terminal.",
        # ₩2.4tn / 1,350 = $1.78bn
        "The carrier is paying ₩2.4 trillion (roughly $2.2 billion at ₩1,350 to the dollar) for the fleet.",
    ],
)
def test_a_conversion_that_misses_the_rate_in_its_own_bracket_is_flagged(text: str) -> None:
    assert fails("unit-conversion", text)


@pytest.mark.parametrize(
    "text",
    [
        "The port authority will borrow TT$900 million (US$132 million at an exchange rate of TT$6.8 to US$1) "
        "for a new container terminal.",
        "The carrier is paying ₩2.4 trillion (roughly $1.8 billion at ₩1,350 to the dollar) for the fleet.",
        # a later conversion in the same article at the rate stated once before
        "The port authority will borrow TT$900 million (US$132 million at an exchange rate of TT$6.8 to US$1). "
        "Of that, TT$340 million (US$50 million) goes to dredging.",
    ],
)
def test_a_conversion_at_the_rate_in_its_own_bracket_passes(text: str) -> None:
    assert passes("unit-conversion", text)


def test_a_later_conversion_that_misses_the_rate_stated_in_an_earlier_bracket_is_flagged() -> None:
    text = (
        "The port authority will borrow TT$900 million (US$132 million at an exchange rate of TT$6.8 to US$1). "
        "Of that, TT$340 million (US$65 million) goes to dredging."
    )
    assert fails("unit-conversion", text)  # 340 / 6.8 = US$50m


@pytest.mark.parametrize(
    "text",
    [
        # the rate is for the time of the deal, not stated as a number
        "The port authority borrowed TT$900 million (US$150 million at the time) for a new terminal.",
        # a rate forecast in the bracket is not the rate of the conversion
        "The port authority will borrow TT$900 million (US$150 million) for a new terminal (the budget assumes "
        "TT$6.8 to US$1 next year).",
        # two different local dollars are two currencies: a Trinidad rate says nothing of a Jamaican conversion
        "The bank lent J$900 million (US$150 million) to the port, which also raised TT$50 million (US$7.4 million "
        "at an exchange rate of TT$6.8 to US$1).",
    ],
)
def test_conversions_without_a_stated_rate_for_their_pair_stay_silent(text: str) -> None:
    assert not fails("unit-conversion", text)
