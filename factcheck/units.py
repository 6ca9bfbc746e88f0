"""The one pint unit registry of factcheck, built lazily, and the unit helpers every numeric check uses.

Currencies are independent base dimensions (``USD = [currency_USD]``): pint refuses to convert between them, so no
check can silently compare dollars with euros. ``percentage_point`` is defined beside pint's ``percent``.
Construct quantities with :func:`Q_` (a value and a unit string, the unit parsed once and cached) rather than by
parsing ``"5 km"`` strings: it is several times faster (pint ``docs/advanced/performance.rst``).
"""

from __future__ import annotations

import functools
import logging
import math
import threading
from typing import Any

# ISO 4217 codes defined as their own dimensions (news currencies; extend here, never convert between them).
CURRENCIES: tuple[str, ...] = (
    "USD", "EUR", "GBP", "JPY", "CNY", "INR", "RUB", "UAH", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "KRW",
    "BRL", "MXN", "ZAR", "TRY", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "ILS", "SAR", "AED", "QAR", "EGP",
    "NGN", "KES", "PKR", "BDT", "IDR", "MYR", "THB", "PHP", "VND", "TWD", "ARS", "CLP", "COP", "PEN", "IRR",
    "BTC", "DEM", "FRF", "ITL", "ESP", "NLG", "FIM", "CRC", "GEL", "LAK", "MNT", "KZT", "AZN", "PYG",
)  # fmt: skip
# Minor units written as such ("19 cents", "164p"): same dimension as their currency, so they convert to it.
MINOR_UNITS: tuple[tuple[str, str], ...] = (("cent", "USD"), ("penny", "GBP"), ("sen", "MYR"))

# Dimension names, each with a reference unit whose dimensionality defines it.
_DIMENSION_REFERENCES: tuple[tuple[str, str], ...] = (
    ("length", "meter"),
    ("area", "meter ** 2"),
    ("volume", "meter ** 3"),
    ("mass", "kilogram"),
    ("time", "second"),
    ("temperature", "kelvin"),
    ("speed", "meter / second"),
    ("acceleration", "meter / second ** 2"),
    ("energy", "joule"),
    ("power", "watt"),
    ("pressure", "pascal"),
    ("frequency", "hertz"),
    ("density", "kilogram / meter ** 3"),
    ("current", "ampere"),
    ("voltage", "volt"),
    ("charge", "ampere * hour"),
    ("force", "newton"),
    ("substance", "mole"),
    ("luminosity", "candela"),
    ("angle", "radian"),
)
_INFORMATION_SUFFIXES = ("bit", "byte", "bit / second", "byte / second")
_PERCENT_UNITS = frozenset({"percent", "percentage_point", "permille", "basis_point"})

_lock = threading.Lock()
_registry: Any = None


def get_registry() -> Any:
    """The project's single :class:`pint.UnitRegistry` (built on first use, about 0.1 s)."""
    global _registry
    if _registry is None:
        with _lock:
            if _registry is None:
                _registry = _build_registry()
    return _registry


def _build_registry() -> Any:
    import pint

    ureg: Any = pint.UnitRegistry(autoconvert_offset_to_baseunit=True, cache_folder=None)
    for code in CURRENCIES:
        ureg.define(f"{code} = [currency_{code}]")
    for minor, code in MINOR_UNITS:
        ureg.define(f"{minor} = 0.01 * {code}")
    # pint's default registry already has "pp" and "bp" as other units; news means points and basis points.
    pint_log = logging.getLogger("pint")
    level = pint_log.level
    pint_log.setLevel(logging.ERROR)
    try:
        ureg.define("percentage_point = percent = pp")
        ureg.define("basis_point = 0.01 * percent = bp")
        ureg.define("parts_per_billion = 1e-9 = ppb")
        ureg.define("million_btu = 1e6 * british_thermal_unit = MMBtu")  # natural gas prices: "$2.24 per mmBtu"
    finally:
        pint_log.setLevel(level)
    return ureg


_SI_PREFIXES = (
    "yotta", "zetta", "exa", "peta", "tera", "giga", "mega", "kilo", "hecto", "deca", "deka", "deci", "centi",
    "milli", "micro", "nano", "pico", "femto", "atto", "zepto", "yocto",
)  # fmt: skip


@functools.lru_cache(maxsize=4096)
def prefixed_unit(word: str) -> str | None:
    """The pint unit a lower-case word written in full with an SI prefix names, singular or plural
    ("millisieverts" → "millisievert", "kilonewtons", "picometres", "megapixels"), else None.

    Only full names (never symbols) of pint's registry, so any SI-prefixed unit is read without a hand list, and
    a word that merely starts like a prefix ("microphones", "decades") is none."""
    if not word.islower() or not word.isalpha():
        return None
    for prefix in _SI_PREFIXES:
        if word.startswith(prefix):
            rest = word[len(prefix) :]
            for cand in (rest, rest[:-1] if rest.endswith("s") else "", rest[:-2] if rest.endswith("es") else ""):
                cand = cand.replace("metre", "meter").replace("litre", "liter")
                if len(cand) < 3:
                    continue
                definition = get_registry()._units.get(cand)
                if definition is not None and definition.name == cand:
                    name = canonical_unit(prefix + cand)
                    # a count of things is no measure ("nanoparticles": pint's "particle" is an amount of substance)
                    return None if dimension_of(name) in ("count", "substance") else name
            return None
    return None


@functools.lru_cache(maxsize=1024)
def unit(name: str) -> Any:
    """The pint Unit for ``name`` (cached; raises pint's UndefinedUnitError for an unknown name)."""
    return get_registry().Unit(name)


def Q_(value: float, unit_name: str) -> Any:
    """A pint Quantity from a value and a unit name, the unit parsed once per process."""
    return get_registry().Quantity(value, unit(unit_name))


@functools.lru_cache(maxsize=1024)
def canonical_unit(name: str) -> str:
    """pint's canonical spelling of a unit: ``"km**2"`` → ``"kilometer ** 2"``, ``"mph"`` → ``"mile_per_hour"``."""
    return str(unit(name))


@functools.lru_cache(maxsize=1024)
def dimension_of(unit_name: str | None) -> str:
    """The dimension name of a unit: area, length, speed, temperature, mass, volume, time, percent, currency,
    count (None or dimensionless), energy, power, ...; ``"other"`` for a dimensionality without a name."""
    if unit_name is None:
        return "count"
    u = unit(unit_name)
    if str(u) in _PERCENT_UNITS:
        return "percent"
    dims = u.dimensionality
    if any(str(k).startswith("[currency_") for k in dims):
        return "currency" if len(dims) == 1 else "other"
    if str(u).endswith(_INFORMATION_SUFFIXES):
        return "information"
    return _dimension_names().get(str(dims), "count" if not dims else "other")


@functools.cache
def _dimension_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for name, ref in _DIMENSION_REFERENCES:
        names.setdefault(str(unit(ref).dimensionality), name)
    return names


def currency_of(unit_name: str | None) -> str | None:
    """The ISO 4217 code of a money unit (``"USD"``), else None."""
    if unit_name is None:
        return None
    dims = unit(unit_name).dimensionality
    for k in dims:
        if str(k).startswith("[currency_"):
            return str(k)[len("[currency_") : -1]
    return None


def convertible(from_unit: str | None, to_unit: str | None) -> bool:
    """True when a value in ``from_unit`` can be expressed in ``to_unit`` (same dimensionality)."""
    if from_unit is None or to_unit is None:
        return from_unit == to_unit
    return bool(unit(from_unit).dimensionality == unit(to_unit).dimensionality)


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """``value`` in ``from_unit`` expressed in ``to_unit`` (offset units such as °F → °C handled).

    Raises pint's DimensionalityError when the units measure different things (currencies included).
    """
    if from_unit == to_unit:
        return value
    return float(Q_(value, from_unit).to(unit(to_unit)).magnitude)


def convert_interval(low: float, high: float, from_unit: str, to_unit: str) -> tuple[float, float]:
    """Both ends of an interval converted (infinite ends stay infinite; offset units keep order)."""
    lo = convert(low, from_unit, to_unit) if math.isfinite(low) else low
    hi = convert(high, from_unit, to_unit) if math.isfinite(high) else high
    return (min(lo, hi), max(lo, hi))
