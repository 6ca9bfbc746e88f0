"""Quantity extraction, round 5: ranges written as two bounds, fractions of a unit, an amount written in dollars
and cents, pre-euro currencies. Sentences written for these tests (news-style), with the near misses that must
stay as they were."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.quantities import extract_quantities
from factcheck.extract.sentences import split_sentences
from factcheck.models import Document, Quantity


def extract(text: str) -> list[Quantity]:
    doc = Document(id="t", text=text)
    return extract_quantities(doc, split_sentences(doc))


def one(text: str) -> Quantity:
    found = extract(text)
    assert len(found) == 1, [q.span.text for q in found]
    return found[0]


# --- two bounds of one amount -----------------------------------------------------------------------------------


def test_lower_and_upper_bound_are_one_range() -> None:
    q = one("The scheme is open to residents over 18 and under 65.")
    assert q.span.text == "over 18 and under 65"
    assert (q.value, q.value_high, q.range) == (18, 65, True)
    assert (q.bounds.low, q.bounds.high, q.bounds.low_open, q.bounds.high_open) == (18, 65, True, True)


def test_bound_pair_keeps_counted_noun_and_closed_ends() -> None:
    q = one("Officials said at least 20 and up to 50 villagers were still missing.")
    assert (q.value, q.value_high, q.counted) == (20, 50, "villager")
    assert not q.bounds.low_open and not q.bounds.high_open


def test_upper_bound_written_first() -> None:
    q = one("The shelter can take at most 300 and at least 120 people a night.")
    assert (q.value, q.value_high) == (120, 300)
    assert q.interval.low == 120 and q.interval.high == 300


def test_bound_pair_with_a_unit() -> None:
    q = one("Trucks weighing more than 3.5 tonnes but less than 7.5 tonnes need the permit.")
    assert (q.value, q.value_high, q.unit) == (3.5, 7.5, "metric_ton")


@pytest.mark.parametrize(
    "text",
    [
        "At least 20 people were killed and more than 50 injured.",  # two facts, both lower bounds
        "More than 40 and less than 10 percent said so.",  # the bounds exclude each other
        "At least 20 people died and up to 50 were hurt.",  # words between: two statements
        "Under 30% of voters and over 60% of members agreed.",
        "Prices rose more than 5% and fell less than 3% on the day.",
    ],
)
def test_near_misses_stay_two_quantities(text: str) -> None:
    assert len(extract(text)) == 2
    assert not any(q.range for q in extract(text))


def test_and_up_to_is_not_a_trailing_hedge() -> None:
    q = extract("Tickets cost 20 and up to 50 dollars")[0]
    assert "and up" not in q.span.text
    assert one("Children aged 12 and up can enter.").hedge == "and up"


@given(
    st.integers(min_value=1, max_value=999),  # below 1000: a bare 4-digit number may be a year
    st.integers(min_value=1, max_value=999),
    st.sampled_from(["more than", "at least", "over"]),
    st.sampled_from(["less than", "at most", "under"]),
)
def test_bound_pair_property(a: int, b: int, lower: str, upper: str) -> None:
    """Two bounds joined by "and" are one range exactly when the lower is below the upper; the range's bounds
    lie inside each bound's own."""
    found = extract(f"The fund holds {lower} {a} and {upper} {b} bonds.")
    if a < b:
        assert len(found) == 1
        q = found[0]
        assert (q.value, q.value_high) == (a, b)
        assert q.bounds.low == a and q.bounds.high == b
        assert q.interval.low >= a and q.interval.high <= b
    else:
        assert len(found) == 2 and not any(q.range for q in found)


# --- "through" ---------------------------------------------------------------------------------------------------


def test_through_is_a_range() -> None:
    q = one("The district runs classes for grades 6 through 12.")
    assert (q.value, q.value_high) == (6, 12)


def test_through_after_change_is_not_a_range() -> None:
    assert len(extract("Its ranking rose from 6 through 12 to 3.")) >= 2


# --- a fraction of a unit or a magnitude ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The walk takes half an hour.", 0.5, "hour"),
        ("The road runs a quarter of a mile past the school.", 0.25, "mile"),
        ("The bank cut its rate by half a percentage point.", 0.5, "percentage_point"),
        ("They waited three-quarters of an hour.", 0.75, "hour"),
    ],
)
def test_fraction_of_a_unit_is_an_amount(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert math.isclose(q.value, value) and q.unit == unit


def test_fraction_of_a_unit_is_as_precise_as_its_decimal() -> None:
    q = one("The bank cut its rate by half a percentage point.")  # read as "0.5", not as a rounded "1"
    assert 0.4 < q.bounds.low <= 0.5 <= q.bounds.high < 0.6


@pytest.mark.parametrize(
    ("text", "value"),
    [("The house sold for a quarter million dollars.", 250_000), ("Some three quarters of a million fled.", 750_000)],
)
def test_fraction_of_a_magnitude(text: str, value: float) -> None:
    assert one(text).value == value


@pytest.mark.parametrize(
    "text",
    [
        "Half the time the trains are late.",  # a share of something, not a unit
        "She bought half a second-hand fleet.",  # "second" starts a compound word
        "A third of the voters stayed home.",
        "Half a million-dollar budget was spent.",  # "million-dollar" modifies the noun
    ],
)
def test_fraction_near_misses(text: str) -> None:
    q = extract(text)[0]
    assert q.unit is None and q.dimension == "fraction"


# --- dollars and cents --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A loaf now costs 3 dollars 50 cents.", 3.5),
        ("The fine was twelve dollars and seventy-five cents.", 12.75),
        ("Fares rose to $2 and 25 cents.", 2.25),
    ],
)
def test_dollars_and_cents_are_one_amount(text: str, value: float) -> None:
    q = one(text)
    assert math.isclose(q.value, value) and q.currency == "USD" and q.unit == "USD"


@pytest.mark.parametrize(
    "text",
    [
        "It raised $5 million and 50 cents came back.",  # a magnitude: two amounts
        "It cost 5 dollars and 50 euros.",  # another currency
        "They paid 5 dollars and 150 cents.",  # not a number of cents under one dollar
    ],
)
def test_dollars_and_cents_near_misses(text: str) -> None:
    assert len(extract(text)) == 2


# --- pre-euro currencies, a degree sign before the scale ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The bonds raised 250 million Dutch guilders.", "NLG"),
        ("The deal was worth 6.65 billion pesetas.", "ESP"),
        ("Nokia paid 420 million markkaa.", "FIM"),
        ("The painting sold for 5 billion lire.", "ITL"),
        ("Profit rose to 3 billion Deutsche marks.", "DEM"),
        ("The fee was 40 million French francs.", "FRF"),
    ],
)
def test_pre_euro_currencies(text: str, code: str) -> None:
    q = one(text)
    assert q.currency == code and q.dimension == "currency"


def test_turkish_lira_is_not_italian() -> None:
    assert one("The loan was 5 billion lira.").currency == "TRY"


def test_degree_sign_then_scale_name() -> None:
    q = one("Water boils at 100° Celsius at sea level.")
    assert q.unit == "degree_Celsius" and q.dimension == "temperature"
    assert one("Turn the wheel 90° to the left.").unit == "degree"


# --- currency codes with a magnitude letter, code + "$", hyphenated money words -------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("Net sales reached MSEK 1,234 in the quarter.", 1.234e9, "SEK"),
        ("The order is worth 120 MEUR.", 1.2e8, "EUR"),
        ("Consulting fees came to KUSD 350.", 3.5e5, "USD"),
        ("Fares start at CAD$ 15 on the route.", 15, "CAD"),
    ],
)
def test_codes_with_a_magnitude_or_dollar_sign(text: str, value: float, code: str) -> None:
    q = one(text)
    assert math.isclose(q.value, value) and q.currency == code


@pytest.mark.parametrize(
    "text",
    [
        "At 60 Maud retired from the board.",  # a name, not "MAUD"
        "He paid 120 meur to the seller.",  # a magnitude letter before a code only in capitals
    ],
)
def test_magnitude_code_near_misses(text: str) -> None:
    assert all(q.currency is None for q in extract(text))


def test_capital_a_before_a_dollar_is_the_article() -> None:
    q = one("A $5 million grant was awarded to the clinic.")
    assert q.currency == "USD" and q.value == 5e6


def test_canadian_dollar_written_apart() -> None:
    found = extract("The offer was C $6 (US $4.46) per share.")
    assert [q.currency for q in found] == ["CAD", "USD"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The board declared a 12-cent dividend.", 12, "cent"),
        ("Drivers face a 10-euro fine.", 10, "EUR"),
        ("She found a 20-dollar bill.", 20, "USD"),
    ],
)
def test_hyphenated_money_words(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert q.value == value and q.unit == unit and q.dimension == "currency"


def test_hyphenated_pound_stays_a_weight() -> None:
    assert one("He carried a five-pound bag.").unit == "pound"


# --- verbs of a threshold, units per millisecond ----------------------------------------------------------------


def test_exceed_and_surpass_are_lower_bounds() -> None:
    for text in ("The toll could exceed 3,000 this week.", "Sales may surpass 40,000 units."):
        q = one(text)
        assert q.bounds.low_open and math.isinf(q.bounds.high)


def test_rate_per_millisecond() -> None:
    q = one("The pulse travels 50 meters per millisecond.")
    assert q.unit == "meter / millisecond"
    assert one("The delay was 20 ms.").unit == "millisecond"


# --- compound measures -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The new model emits 95 grams of CO2 per kilometre.", "gram / kilometer"),
        ("The field pumps 2 million barrels of oil a day.", "barrel / day"),
        ("Tests found 40 mg/L in the tap water.", "milligram / liter"),
        ("Steel traded at $500/t last week.", "USD / metric_ton"),
        ("The hatchback is rated at 120 g/km.", "gram / kilometer"),
    ],
)
def test_compound_measures(text: str, unit: str) -> None:
    assert one(text).unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("He put in 10 hours of work a week.", "hour"),  # a time per a time is no rate
        ("They ate 5 kg of rice a month later.", "kilogram"),  # "a month later" is a date
        ("The plant stores 1 million barrels of oil.", "barrel"),
        ("The grade rose 5% a t the end.", "percent"),  # one letter is a unit only after a slash
    ],
)
def test_compound_measure_near_misses(text: str, unit: str) -> None:
    assert extract(text)[0].unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [("The lake covers 4 km squared.", "kilometer ** 2"), ("The flat is 30 metres squared.", "meter ** 2")],
)
def test_squared_after_the_unit_is_an_area(text: str, unit: str) -> None:
    assert one(text).unit == unit


def test_code_that_is_a_word_only_in_capitals() -> None:
    assert one("Wales won with an eight-try display.").currency is None
    assert one("The fee was 5 TRY at the border.").currency == "TRY"
    assert one("The fee was 20 usd at the border.").currency == "USD"  # not a word: any case


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=99), st.booleans())
def test_dollars_and_cents_property(dollars: int, cents: int, joined: bool) -> None:
    """Whole dollars then a number of cents under 100 are one amount, dollars + cents / 100."""
    sep = " and " if joined else " "
    q = one(f"The ticket cost {dollars} dollars{sep}{cents} cents.")
    assert math.isclose(q.value, dollars + cents / 100) and q.currency == "USD"
