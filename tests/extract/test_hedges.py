"""The hedge table (tables/hedges.yaml) and the intervals it gives (DESIGN "Numbers are intervals")."""

from __future__ import annotations

import math

import pytest

from factcheck.extract.hedges import hedge_interval, load_table, parse_table, vague_interval


def test_table_loads() -> None:
    table = load_table()
    assert "about" in table.by_phrase
    assert "or more" in table.by_after
    assert table.vague["a few"] == (2.0, 9.0)


def test_exact_integer() -> None:
    iv, b = hedge_interval(430)
    assert (iv.low, iv.high) == (430, 430)
    assert b == iv


def test_decimal_half_last_digit() -> None:
    iv, _ = hedge_interval(86, decimals=0, rounded=True)
    assert (iv.low, iv.high) == (85.5, 86.5)
    iv, _ = hedge_interval(7.2e9, decimals=1, scale=1e9)
    assert (iv.low, iv.high) == pytest.approx((7.15e9, 7.25e9))


@pytest.mark.parametrize("hedge", ["about", "around", "roughly", "some", "approximately", "~"])
def test_about(hedge: str) -> None:
    iv, b = hedge_interval(1100, hedge)
    assert (iv.low, iv.high) == pytest.approx((990, 1210))
    assert b == iv


@pytest.mark.parametrize("hedge", ["nearly", "almost", "just under"])
def test_nearly(hedge: str) -> None:
    iv, _ = hedge_interval(1300, hedge)
    assert (iv.low, iv.high) == pytest.approx((1170, 1300))


@pytest.mark.parametrize("hedge", ["over", "more than", "above", "More Than"])
def test_over(hedge: str) -> None:
    iv, b = hedge_interval(400, hedge)
    assert (iv.low, iv.high, iv.low_open) == (400, 600, True)
    assert (b.low, b.high, b.low_open) == (400, math.inf, True)
    assert not iv.contains(400) and iv.contains(401)


def test_at_least_up_to_fewer_than() -> None:
    iv, _ = hedge_interval(12, "at least")
    assert (iv.low, iv.high, iv.low_open) == (12, math.inf, False)
    iv, _ = hedge_interval(40, "up to")
    assert (iv.low, iv.high, iv.high_open) == (0, 40, False)
    iv, _ = hedge_interval(10, "fewer than")
    assert (iv.low, iv.high, iv.high_open) == (0, 10, True)
    iv, _ = hedge_interval(10, "or more")
    assert (iv.low, iv.high) == (10, math.inf)


def test_range_with_hedge() -> None:
    iv, _ = hedge_interval(20, "about", value_high=30)
    assert (iv.low, iv.high) == pytest.approx((18, 33))


@pytest.mark.parametrize(
    ("phrase", "low", "high"),
    [
        ("a few", 2, 9),
        ("several", 3, 9),
        ("dozens", 24, 99),
        ("hundreds", 200, 999),
        ("thousands", 2000, 9999),
    ],
)
def test_vague(phrase: str, low: float, high: float) -> None:
    iv = vague_interval(phrase)
    assert iv is not None and (iv.low, iv.high) == (low, high)


def test_table_rejects_unknown_keys() -> None:
    with pytest.raises(ValueError, match="unknown keys"):
        parse_table({"hedges": [{"phrases": ["x"], "interval": [1, 1], "widen": 2}]})
    with pytest.raises(ValueError, match=r"expected \[low, high\]"):
        parse_table({"hedges": [{"phrases": ["x"], "interval": 1}]})
