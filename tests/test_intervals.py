"""Interval arithmetic: containment properties and the DESIGN example."""

from __future__ import annotations

import math

from hypothesis import assume, given
from hypothesis import strategies as st

from factcheck.intervals import Interval, format_interval, format_number

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)


@st.composite
def intervals(draw: st.DrawFn) -> tuple[Interval, float]:
    a, b = draw(finite), draw(finite)
    iv = Interval.closed(a, b)
    t = draw(st.floats(min_value=0, max_value=1))
    return iv, iv.low + t * (iv.high - iv.low)


def _close_contains(iv: Interval, x: float) -> bool:
    return iv.widen(1e-9, 1e-9).contains(x)


@given(intervals(), intervals())
def test_sum_difference_product_contain_pointwise_results(a: tuple[Interval, float], b: tuple[Interval, float]) -> None:
    (ia, x), (ib, y) = a, b
    assert _close_contains(ia + ib, x + y)
    assert _close_contains(ia - ib, x - y)
    assert _close_contains(ia * ib, x * y)


@given(intervals(), intervals())
def test_quotient_contains_pointwise_result(a: tuple[Interval, float], b: tuple[Interval, float]) -> None:
    (ia, x), (ib, y) = a, b
    assume(abs(y) > 1e-6)
    assert _close_contains(ia / ib, x / y)


@given(intervals(), intervals())
def test_overlap_is_symmetric_and_matches_a_shared_point(a: tuple[Interval, float], b: tuple[Interval, float]) -> None:
    ia, ib = a[0], b[0]
    assert ia.overlaps(ib) == ib.overlaps(ia)
    shared = max(ia.low, ib.low)
    assert ia.overlaps(ib) == (ia.contains(shared) and ib.contains(shared))


def test_design_example_share_of_area() -> None:
    share = Interval.closed(0.855, 0.865)  # 86%, ± half the last digit
    seized = Interval.closed(1170, 1300)  # nearly 1,300
    retaken = Interval.closed(990, 1210)  # around 1,100
    product = share * seized
    assert math.isclose(product.low, 1000.35) and math.isclose(product.high, 1124.5)
    assert product.overlaps(retaken)
    assert not product.overlaps(Interval.closed(450, 550))


def test_open_ends_do_not_overlap_at_the_shared_point() -> None:
    over_400 = Interval(low=400, high=None, low_open=True)
    assert not over_400.overlaps(Interval.point(400))
    assert over_400.overlaps(Interval.point(430))
    assert Interval(low=0, high=300, high_open=True).overlaps(Interval.point(299))


def test_division_by_an_interval_containing_zero_is_unbounded() -> None:
    assert not (Interval.point(1) / Interval.closed(-1, 1)).bounded


def test_json_writes_infinite_ends_as_null_and_reads_them_back() -> None:
    iv = Interval(low=400, high=None, low_open=True)
    text = iv.model_dump_json()
    assert '"high":null' in text
    assert Interval.model_validate_json(text) == iv


def test_formatting_for_messages() -> None:
    assert format_number(1300) == "1,300"
    assert format_number(1124.5, rounding="up") == "1,125"
    assert format_number(1000.35, rounding="down") == "1,000"
    assert format_interval(Interval.closed(1000.35, 1124.5), "km²") == "1,000–1,125 km²"
    assert format_number(0.865) == "0.865"
    assert format_interval(Interval.closed(1000, 1125), "km²") == "1,000–1,125 km²"
    assert format_interval(Interval(low=400, high=None, low_open=True)) == "over 400"
    assert format_interval(Interval(low=None, high=9)) == "at most 9"
    assert format_interval(Interval.point(430)) == "430"
