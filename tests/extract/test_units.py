"""The project's pint registry and unit helpers."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import units


def test_one_registry() -> None:
    assert units.get_registry() is units.get_registry()


@pytest.mark.parametrize(
    ("unit", "dimension"),
    [
        ("km**2", "area"),
        ("hectare", "area"),
        ("mile", "length"),
        ("mile_per_hour", "speed"),
        ("kilometer / hour", "speed"),
        ("degree_Celsius", "temperature"),
        ("kilogram", "mass"),
        ("barrel", "volume"),
        ("day", "time"),
        ("percent", "percent"),
        ("percentage_point", "percent"),
        ("USD", "currency"),
        ("EUR", "currency"),
        ("megawatt", "power"),
        ("kilowatt_hour", "energy"),
        (None, "count"),
    ],
)
def test_dimension_names(unit: str | None, dimension: str) -> None:
    assert units.dimension_of(unit) == dimension


def test_canonical_spelling() -> None:
    assert units.canonical_unit("km**2") == "kilometer ** 2"
    assert units.canonical_unit("mph") == "mile_per_hour"


def test_conversions() -> None:
    assert units.convert(26.2, "mile", "kilometer") == pytest.approx(42.16, abs=0.01)
    assert units.convert(100, "degree_Fahrenheit", "degree_Celsius") == pytest.approx(37.78, abs=0.01)
    assert units.convert(2, "acre", "hectare") == pytest.approx(0.809, abs=0.001)
    assert units.convert(5, "kilogram", "pound") == pytest.approx(11.02, abs=0.01)
    assert units.convert(1300, "kilometer ** 2", "mile ** 2") == pytest.approx(501.9, abs=0.1)


def test_currencies_never_convert() -> None:
    assert units.currency_of("EUR") == "EUR"
    assert not units.convertible("USD", "EUR")
    with pytest.raises(Exception, match=r"[Cc]annot convert"):
        units.convert(5, "USD", "EUR")


def test_interval_conversion_keeps_infinite_ends() -> None:
    lo, hi = units.convert_interval(400, math.inf, "mile", "kilometer")
    assert lo == pytest.approx(643.7, abs=0.1)
    assert hi == math.inf


_PAIRS = [
    ("kilometer", "mile"),
    ("kilometer ** 2", "acre"),
    ("kilogram", "pound"),
    ("degree_Celsius", "degree_Fahrenheit"),
    ("mile_per_hour", "kilometer / hour"),
    ("liter", "gallon"),
    ("percent", "percentage_point"),
]


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), st.sampled_from(_PAIRS))
def test_round_trip_is_identity(value: float, pair: tuple[str, str]) -> None:
    a, b = pair
    back = units.convert(units.convert(value, a, b), b, a)
    assert back == pytest.approx(value, rel=1e-9, abs=1e-6)


def test_currency_codes_are_listed_once() -> None:
    from factcheck.units import CURRENCIES

    assert len(CURRENCIES) == len(set(CURRENCIES))
