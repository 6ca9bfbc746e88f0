"""Quantity extraction: the seeds, hand-written news sentences, and properties that hold on any text."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extract.quantities import date_spans, extract_quantities
from factcheck.extract.sentences import split_sentences
from factcheck.models import Document, Quantity

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def extract(text: str) -> list[Quantity]:
    doc = Document(id="t", text=text)
    return extract_quantities(doc, split_sentences(doc))


def one(text: str) -> Quantity:
    found = extract(text)
    assert len(found) == 1, [q.span.text for q in found]
    return found[0]


def surfaces(text: str) -> list[str]:
    return [q.span.text for q in extract(text)]


def seed(prefix: str) -> list[Quantity]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    doc = Document(id=str(path), text=path.read_text(encoding="utf-8"))
    return extract_quantities(doc, split_sentences(doc))


def find(quantities: list[Quantity], surface: str) -> Quantity:
    for q in quantities:
        if q.span.text == surface:
            return q
    raise AssertionError(f"{surface!r} not in {[q.span.text for q in quantities]}")


# --- the seeds ------------------------------------------------------------------------------------------------

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="seeds/ not present")


@needs_seeds
def test_seed_000() -> None:
    qs = seed("000")
    q = find(qs, "nearly 1,300 square kilometers")
    assert (q.value, q.unit, q.dimension, q.hedge) == (1300, "kilometer ** 2", "area", "nearly")
    assert (q.interval.low, q.interval.high) == pytest.approx((1170, 1300))
    q = find(qs, "a few square kilometers")
    assert (q.unit, q.interval.low, q.interval.high, q.words, q.approximate) == (
        "kilometer ** 2",
        2,
        9,
        True,
        True,
    )
    q = find(qs, "430")
    assert (q.counted, q.interval.low, q.interval.high) == ("soldier", 430, 430)
    q = find(qs, "over three years")
    assert (q.unit, q.bounds.low, q.bounds.high, q.bounds.low_open) == ("year", 3, math.inf, True)
    assert find(qs, "30-day").unit == "day"
    assert find(qs, "five").counted == "country"  # "five key European NATO countries"


@needs_seeds
def test_seed_001() -> None:
    qs = seed("001")
    q = find(qs, "86%")
    assert (q.unit, q.dimension, q.interval.low, q.interval.high) == ("percent", "percent", 85.5, 86.5)
    q = find(qs, "around 1,100 square kilometers")
    assert (q.interval.low, q.interval.high) == pytest.approx((990, 1210))
    q = find(qs, "over 400")
    assert q.counted == "troop"
    assert (q.bounds.low, q.bounds.high, q.bounds.low_open) == (400, math.inf, True)
    assert (q.interval.low, q.interval.high) == (400, 600)
    assert find(qs, "24").counted == "settlement"
    q = find(qs, "30-day")
    assert (q.value, q.unit, q.dimension) == (30, "day", "time")


@needs_seeds
def test_seed_003() -> None:
    qs = seed("003")
    q = find(qs, "five more")
    assert (q.counted, q.additive) == ("settlement", True)
    assert find(qs, "four").counted == "worker"


@needs_seeds
def test_seed_004() -> None:
    qs = seed("004")
    q = find(qs, "more than 86%")
    assert (q.bounds.low, q.bounds.low_open, q.interval.high) == (86, True, 100)
    assert find(qs, "about a month").unit == "month"


@needs_seeds
@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_false_positives(prefix: str) -> None:
    texts = [q.span.text for q in seed(prefix)]
    for bad in ["11", "12", "6", "2024", "2022", "1", "2", "3", "0", "14", "24 TV", "a", "U.S.", "300"]:
        assert bad not in texts, (bad, texts)
    units = {q.unit for q in seed(prefix)}
    assert not units & {"exayear", "teravolt", "atomic_mass_unit", "bit", "newton"}


def test_dates_list_markers_and_chrome_are_not_quantities() -> None:
    text = (
        "On 11 March, Kyiv agreed. On March 11, 2025 it met. It began on 6 August 2024 and on Sept. 2.\n"
        "It started in August 2024 and in February 2022, and in 2024.\n"
        "  1. The first point.\n"
        "Comments (0)\n"
        "COMMENT (14)\n"
        "It aired on Rossiya 24 TV at 9 a.m. and again at 10:30.\n"
        "A key town fell. A U.S. official spoke.\n"
    )
    assert extract(text) == []


# --- hand-written sentences -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value", "currency"),
    [
        ("The firm raised $2bn last year.", "$2bn", 2e9, "USD"),
        ("It spent €5m on adverts.", "€5m", 5e6, "EUR"),
        ("The deal was worth $7.2 billion.", "$7.2 billion", 7.2e9, "USD"),
        ("The flat sold for £300,000 in the end.", "£300,000", 3e5, "GBP"),
        ("They paid US$5 million for it.", "US$5 million", 5e6, "USD"),
        ("The fine was 40 million euros.", "40 million euros", 4e7, "EUR"),
        ("It trades at RM23.50 today.", "RM23.50", 23.5, "MYR"),
        ("The yacht cost USD10m.", "USD10m", 1e7, "USD"),
    ],
)
def test_money(text: str, surface: str, value: float, currency: str) -> None:
    q = one(text)
    assert q.span.text == surface
    assert q.value == pytest.approx(value)
    assert (q.currency, q.unit, q.dimension) == (currency, currency, "currency")


def test_money_precision_follows_the_digits() -> None:
    q = one("Exports reached $7.2 billion.")
    assert (q.interval.low, q.interval.high) == pytest.approx((7.15e9, 7.25e9))


@pytest.mark.parametrize("text", ["Turnout was 86 per cent.", "Turnout was 86 percent.", "Turnout was 86%."])
def test_percent_spellings(text: str) -> None:
    q = one(text)
    assert (q.unit, q.value, q.interval.low, q.interval.high) == ("percent", 86, 85.5, 86.5)


def test_percentage_points() -> None:
    q = one("Support dropped 3 percentage points.")
    assert (q.unit, q.dimension, q.change) == ("percentage_point", "percent", "down")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Between 20 and 30 people were hurt.", 20, 30),
        ("Some 20-30 people were hurt.", 18, 33),
        ("Officials expect 20 to 30 more buses.", 20, 30),
        ("Rents rose by 5-6 million dollars.", 5e6, 6e6),
    ],
)
def test_ranges(text: str, low: float, high: float) -> None:
    q = one(text)
    assert q.range
    assert (q.interval.low, q.interval.high) == pytest.approx((low, high))


def test_range_at_sentence_start_has_exact_span() -> None:
    q = one("Between 20 and 30 pupils stayed home.")
    assert q.span.start == 8 and q.span.text == "20 and 30"
    assert (q.value, q.value_high, q.counted) == (20, 30, "pupil")


def test_rose_from_to_is_not_a_range() -> None:
    assert surfaces("The rate rose from 4% to 5% last month.") == ["4%", "5%"]


def test_score_is_not_a_range() -> None:
    assert extract("The hosts won 3-1 at home.") == []


@pytest.mark.parametrize(
    ("text", "value", "dimension"),
    [
        ("Nearly two-thirds of voters agreed.", 2 / 3, "fraction"),
        ("A third of the staff left.", 1 / 3, "fraction"),
        ("Half of the homes lost power.", 0.5, "fraction"),
        ("The city has half a million homes.", 5e5, "count"),
        ("He waited two and a half hours.", 2.5, "time"),
    ],
)
def test_fractions(text: str, value: float, dimension: str) -> None:
    q = one(text)
    assert q.value == pytest.approx(value)
    assert q.dimension == dimension
    assert q.words


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("Twenty-four hostages were freed.", 24, "hostage"),
        ("They freed one hundred and five prisoners.", 105, "prisoner"),
        ("The town has 2.5 million residents.", 2.5e6, "resident"),
        ("A dozen drones were shot down.", 12, "drone"),
        ("Police said 5m people watched.", 5e6, "people"),
        ("Seven injured miners were rescued.", 7, "miner"),
    ],
)
def test_number_words_and_magnitudes(text: str, value: float, counted: str) -> None:
    q = one(text)
    assert q.value == pytest.approx(value)
    assert q.counted == counted


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Temperatures hit 100°F (38°C) on Sunday.", [("degree_Fahrenheit", 100), ("degree_Celsius", 38)]),
        ("The race is 26 miles (42 km) long.", [("mile", 26), ("kilometer", 42)]),
        ("He is 6 feet (1.8 meters) tall.", [("foot", 6), ("meter", 1.8)]),
        ("The plot is 2 acres (0.8 hectares).", [("acre", 2), ("hectare", 0.8)]),
        ("The bag weighs 5 kg (11 lb).", [("kilogram", 5), ("pound", 11)]),
        ("The car reached 60 mph.", [("mile_per_hour", 60)]),
        ("Winds of 90 km/h were recorded.", [("kilometer / hour", 90)]),
        ("The plant makes 500 MW of power.", [("megawatt", 500)]),
        ("Output was 10,000 barrels a day.", [("barrel / day", 10000)]),
    ],
)
def test_measurements(text: str, pairs: list[tuple[str, float]]) -> None:
    assert [(q.unit, q.value) for q in extract(text)] == pairs


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Inflation rose 12% in March.", "up"),
        ("Sales fell by 5 units.", "down"),
        ("The index was up 15 points.", "up"),
        ("Profits saw a 7% drop.", "down"),
        ("Inflation reached 12% in March.", None),
        ("Sales rose to 5 units.", None),
    ],
)
def test_change(text: str, change: str | None) -> None:
    assert extract(text)[0].change == change


@pytest.mark.parametrize(
    ("text", "low", "high", "bounds_high"),
    [
        ("At least 12 people died.", 12, math.inf, math.inf),
        ("Up to 40 people were hurt.", 0, 40, 40),
        ("Fewer than 10 homes remain.", 0, 10, 10),
        ("About 200 people came.", 180, 220, 220),
        ("Almost 300 people came.", 270, 300, 300),
        ("More than a dozen drones were launched.", 12, 18, math.inf),
        ("Dozens of drones were launched.", 24, 99, 99),
        ("Hundreds of people fled.", 200, 999, 999),
        ("Several villages burned.", 3, 9, 9),
        ("It took 5 years or more.", 5, math.inf, math.inf),
    ],
)
def test_hedged_intervals(text: str, low: float, high: float, bounds_high: float) -> None:
    q = one(text)
    assert (q.interval.low, q.interval.high) == pytest.approx((low, high))
    assert q.bounds.high == pytest.approx(bounds_high)


def test_additive() -> None:
    assert one("They took another 20 villages.").additive
    assert one("They took 20 more villages.").additive
    assert not one("They took 20 villages.").additive


@pytest.mark.parametrize(
    "text",
    [
        "The G7 met and the F-16 flew, COVID-19 spread.",
        "See page 5 and Section 427 of the Boeing 737 manual.",
        "He was born in 1990 and came back in 2014.",
        "It was the 22nd time, in the 1990s, with 5G.",
        "No one came, and the one that did left.",
        "Vote for number 7.",
    ],
)
def test_names_codes_and_years_are_not_quantities(text: str) -> None:
    assert extract(text) == [], surfaces(text)


def test_own_masker_finds_dates_and_times() -> None:
    text = "On 11 March and March 11, 2025, at 9 a.m. and 10:30, in 2024, in August 2024, on Sept. 2."
    found = [text[a:b] for a, b in date_spans(text)]
    for d in ["11 March", "March 11, 2025", "9 a.m.", "10:30", "in 2024", "August 2024", "Sept. 2"]:
        assert any(d in f for f in found), (d, found)


def test_exclude_spans_from_the_date_extractor() -> None:
    text = "Talks on day 12 of the war: 12 drones."
    doc = Document(id="t", text=text)
    got = extract_quantities(doc, split_sentences(doc), exclude=[(28, 30)])
    assert got == []


def test_sentence_index() -> None:
    qs = extract("No numbers here.\nThen 5 boats came. Then 7 planes.")
    assert [(q.sentence, q.value) for q in qs] == [(1, 5), (2, 7)]


# --- properties ------------------------------------------------------------------------------------------------

_PIECES = [*"0123456789 ,.-–%$€£()~:/", "about ", "over ", "km", " million", "nearly ", "a few ", "twenty-"]
_PIECES += ["five", " and ", " per cent", "between ", "°C", " soldiers", "March ", "bn", "\n", "½", "²", "A"]
_NEWSY = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=120), _NEWSY))
def test_never_raises_and_spans_are_exact(text: str) -> None:
    doc = Document(id="h", text=text)
    for q in extract_quantities(doc, split_sentences(doc)):
        assert text[q.span.start : q.span.end] == q.span.text
        assert q.span.start < q.span.end
        # the value lies inside the interval whenever the statement commits to it
        if q.hedge is None and q.value_high is None:
            assert q.interval.low <= q.value <= q.interval.high
        if q.value_high is not None:
            assert q.value <= q.value_high


@settings(max_examples=100)
@given(
    st.integers(min_value=1, max_value=999_999),
    st.sampled_from(["about", "nearly", "more than", "up to", "at least", ""]),
    st.sampled_from(["square kilometers", "km", "%", "people", "mph", ""]),
)
def test_generated_statements(n: int, hedge: str, unit: str) -> None:
    written = f"{n:,}"
    text = f"Officials said {hedge} {written} {unit} were affected.".replace("  ", " ")
    qs = extract(text)
    assert qs, text
    q = qs[0]
    assert q.value == n
    if hedge:
        assert q.hedge == hedge
    assert q.interval.contains(n) or hedge in ("more than",)


# --- general causes found on the NewsQuant benchmark (sentences written for these tests) ---------------------


@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "unit"),
    [
        ("Rents may climb between 3% and 4% next year.", "3% and 4%", 3, 4, "percent"),
        ("Fees run from 2 per cent to 2.5 per cent.", "2 per cent to 2.5 per cent", 2, 2.5, "percent"),
        ("A penalty of $2 billion to $4 billion is likely.", "$2 billion to $4 billion", 2e9, 4e9, "USD"),
        ("The lake cooled by 2 to 3 degrees Celsius.", "2 to 3 degrees Celsius", 2, 3, "degree_Celsius"),
    ],
)
def test_ranges_with_the_unit_on_both_ends(text: str, surface: str, low: float, high: float, unit: str) -> None:
    q = one(text)
    assert (q.span.text, q.value, q.value_high, q.unit, q.range) == (surface, low, high, unit, True)


def test_minor_currency_units_keep_the_written_value() -> None:
    q = one("The stock gained 12 cents on the day.")
    assert (q.value, q.unit, q.currency, q.dimension, q.change) == (12, "cent", "USD", "currency", "up")
    q = one("It closed at 240p.")
    assert (q.value, q.unit, q.currency) == (240, "penny", "GBP")


def test_prices_per_unit_are_rates() -> None:
    q = one("Oil sold at $71.50 per barrel.")
    assert (q.unit, q.dimension, q.currency) == ("USD / barrel", "rate", "USD")
    assert one("Costs grew 3 percent a year.").unit == "percent / year"


@pytest.mark.parametrize(
    ("text", "value", "surface"),
    [
        ("Nights drop to minus 40 degrees Celsius.", -40, "minus 40 degrees Celsius"),
        ("Nights drop to minus-40 degrees Celsius.", -40, "minus-40 degrees Celsius"),
        ("Markets: Nikkei -2.1% at the close.", -2.1, "-2.1%"),
    ],
)
def test_negative_numbers(text: str, value: float, surface: str) -> None:
    q = one(text)
    assert (q.value, q.span.text) == (value, surface)


def test_currency_codes_glued_to_digits() -> None:
    assert [(q.currency, q.value) for q in extract("It paid EUR40m and then AUD2.5m.")] == [
        ("EUR", 4e7),
        ("AUD", 2.5e6),
    ]


def test_camel_case_product_names_are_not_counts() -> None:
    assert extract("Reviewers liked the iPhone 13 and the eBook 7 reader.") == []


def test_phrasal_up_is_not_a_rise() -> None:
    assert one("The team gave up 312 yards.").change is None
    assert one("Shares were up 3%.").change == "up"


def test_just_under_points_below() -> None:
    q = one("Just under 40% of homes have solar panels.")
    assert (q.hedge, q.interval.high, q.interval.high_open) == ("Just under", 40, True)


def test_year_ranges_and_years_far_from_a_noun_are_not_counts() -> None:
    assert extract("Between 1750 and 1850 sea levels rose.") == []
    assert extract("Compact car 2021 road test - photos.") == []


def test_sub_prefix_and_new_units() -> None:
    q = one("Chips below the sub-5 nanometer node.")
    assert (q.value, q.unit) == (5, "nanometer")
    assert one("The radio runs at 5.8Ghz.").unit == "gigahertz"
    assert one("It makes 400 pound-feet of torque.").unit == "foot_pound"


def test_chained_magnitudes() -> None:
    assert one("Some 3 hundred million viewers tuned in.").value == pytest.approx(3e8, rel=0.2)


@pytest.mark.parametrize(
    ("text", "counted", "phrase"),
    [
        ("The hospital has carried out 120 kidney transplants since 1990.", "transplant", "kidney transplant"),
        ("Nine senior officials resigned.", "official", "senior official"),
        ("Police seized 40 stolen Ford and Toyota trucks.", "truck", "stolen Ford and Toyota truck"),
        ("Voters backed 12 NHS trusts.", "trust", "NHS trust"),
        ("The club sold 30 season tickets.", "ticket", "season ticket"),
        ("Officials counted 24 settlements.", "settlement", "settlement"),
    ],
)
def test_counted_noun_phrase_keeps_its_modifiers(text: str, counted: str, phrase: str) -> None:
    q = one(text)
    assert (q.counted, q.counted_phrase) == (counted, phrase)


def test_measures_and_transliterated_currency_signs() -> None:
    assert one("Grid frequency dipped to 49.6 HZ overnight.").unit == "hertz"
    assert one("The alloy withstood 95 gigapascals.").unit == "gigapascal"
    assert one("Readings reached 7 ppb in the creek.").unit == "parts_per_billion"
    assert one("Sheets melt by 150 gigatonnes.").unit == "gigametric_ton"
    assert one("The engine makes 510 Nm.").unit == "meter * newton"
    assert one("The reservoir holds 3km^3 of water.").unit == "kilometer ** 3"
    assert one("The fee was PS4.5m in all.").currency == "GBP"  # "£" folded to ASCII
    assert one("Profit reached Y=31 billion.").value == 31e9
    assert extract("She queued for a PS5 console.") == []
    assert one("He got a PS3m bonus.").value == 3e6


def test_conversions_in_brackets_keep_the_hedge_and_change() -> None:
    found = extract("The rocket climbs to well over 90 kilometres (56 miles / 295,000 feet) in minutes.")
    assert [q.hedge for q in found] == ["well over", "well over", "well over"]
    assert find(found, "56 miles").interval.low_open


def test_apposition_and_signs_mark_changes() -> None:
    found = extract("The index shed 210 points, or 1.4%, by noon.")
    assert [q.change for q in found] == ["down", "down"]
    found = extract("Markets: Nikkei +1.2% Hang Seng -0.8% at the close.")
    assert [(q.value, q.change) for q in found] == [(1.2, "up"), (-0.8, "down")]
    assert one("Exports were tumbling 12% in May.").change == "down"
    assert one("The chain hopes to lift revenue by 8 per cent next year.").change is None
    assert one("The chain hopes to grow revenue by 8 per cent next year.").change == "up"


def test_prefix_and_age_bounds() -> None:
    assert one("Most offices are sub-200 sq m units.").interval.high == 200
    q = one("Boys under the age of 12 years may enter.")
    assert (q.hedge, q.interval.high) == ("under the age of", 12)


def test_first_number_shares_the_unit_written_after_the_second() -> None:
    found = extract("Bore size grew from 71.5 to 72.0 mm on the new engine.")
    assert [(q.value, q.unit) for q in found] == [(71.5, "millimeter"), (72.0, "millimeter")]
    found = extract("Shipments climbed from 1.8 to 2.5 million phones.")
    assert [(q.value, q.counted) for q in found] == [(1.8e6, "phone"), (2.5e6, "phone")]
    assert one("Crowds of six to seven thousand people gathered.").value == 6000


def test_slash_fractions_before_of_or_a_unit() -> None:
    assert one("A teaspoon is 1/6 of a fluid ounce.").value == pytest.approx(1 / 6)
    assert (one("Drill a 3/8 inch hole.").value, one("Drill a 3/8 inch hole.").unit) == (0.375, "inch")
    assert extract("The shop is open 24/7 now.") == []
    assert extract("They met on 5/9 at noon.") == []


def test_bounds_written_out_in_full() -> None:
    assert one("Bids greater than or equal to 40 bids were void.").bounds.high == math.inf
    q = one("Loads less than or equal to 12 tonnes pass.")
    assert (q.bounds.low, q.bounds.high, q.bounds.high_open) == (0, 12, False)
    assert one("Costs exceeded 9 million dollars.").bounds.low_open


def test_notation_signs_and_mixed_numbers() -> None:
    assert one("The lens is 1.2×10−3 metres wide.").value == pytest.approx(1.2e-3)
    assert one("Pulses repeat at 3e9 hertz.").value == pytest.approx(3e9)
    q = one("The board is 1 3/4 inches thick.")
    assert (q.value, q.unit) == (1.75, "inch")
    assert one("Stir in 2½ tablespoons of oil.").value == 2.5
    q = one("The balance fell to $-12.5 on the statement.")
    assert (q.value, q.currency) == (-12.5, "USD")
    q = one("Tickets cost 35 € at the door.")
    assert (q.value, q.currency) == (35, "EUR")
    q = one("Expect a 5- to 8-day delay.")
    assert (q.value, q.value_high, q.unit) == (5, 8, "day")


def test_compound_adjectives_count_their_own_noun() -> None:
    assert one("The council published a 40-page plan.").counted == "page"
    assert one("Buyers want three-bedroom flats.").counted == "bedroom"
    assert one("It has a 4 cylinder motor under the hood.").counted == "cylinder"
    assert one("Rangers won 3 matches in a row.").counted == "match"


def test_a_year_earlier_is_not_a_rate() -> None:
    found = extract("Sales hit $4.1 billion, against $3.9 billion a year earlier.")
    assert [q.unit for q in found] == ["USD", "USD"]
    assert one("Tuition costs $9,000 a year.").unit == "USD / year"


def test_street_numbers_and_far_years_are_not_quantities() -> None:
    assert extract("The shop at 221 Baker Street reopened.") == []
    assert extract("Offices at 7-9 Harbour Rd were sold.") == []
    assert extract("The coast could flood by 2150, the study says.") == []
    assert one("The 221 tenants of Baker Street complained.").counted == "tenant"


def test_m_is_million_before_a_possessive_of_or_a_modified_plural() -> None:
    q = one("The firm has sold 12m of its smart speakers.")
    assert (q.value, q.counted) == (12e6, "speaker")
    assert one("It logged 1.4m combined online sales.").value == 1.4e6
    assert one("Lay 30m of cable.").unit == "meter"


def test_from_x_to_y_marks_the_two_ends_of_a_movement() -> None:
    found = extract("The coin slid from $61,200 overnight to $58,900 by noon.")
    assert [(q.value, q.endpoint) for q in found] == [(61200, "from"), (58900, "to")]
    found = extract("Her weight went down from 71 kilograms to 64 over the winter.")
    assert [(q.value, q.unit, q.endpoint) for q in found] == [(71, "kilogram", "from"), (64, "kilogram", "to")]
    found = extract("Revenue climbed from $2.1 billion to 2.6 in two years.")
    assert [q.value for q in found][:2] == [2.1e9, 2.6e9]
    found = extract("Flats measure from 40 sq m up to 95 sq m.")
    assert [q.endpoint for q in found] == ["from", "to"]
    found = extract("Staff numbers will go from 1200 to 1500 employees.")
    assert [(q.value, q.value_high, q.counted) for q in found] == [(1200, 1500, "employee")]
    # a range is not a movement; nor is "to Y from X"
    assert one("Rents range from $900 to $1,400.").endpoint is None
    assert [q.endpoint for q in extract("Output rose to 310 tonnes from 280 tonnes.")] == [None, None]


def test_a_bare_number_takes_the_unit_of_the_one_it_parallels() -> None:
    found = extract("The top bid was 96.5 cents, while the lowest was 88.25.")
    assert [(q.value, q.unit) for q in found] == [(96.5, "cent"), (88.25, "cent")]
    found = extract("The council built 212 flats in the north and 95 in the south.")
    assert [q.counted for q in found] == ["flat", "flat"]
    found = extract("About 4 million voters signed, including 1.2 million in the capital.")
    assert [q.counted for q in found] == ["voter", "voter"]
    found = extract("The Nikkei gained 85.3 points to 27,410.5 at the close.")
    assert [q.counted for q in found] == ["point", "point"]
    assert [q.counted for q in extract("Markets: Hang Seng (18,204.6 down 96.2 points).")] == ["point", "point"]
    # not after a percentage change ("to 120" is a level), nor after a duration
    assert [q.unit for q in extract("Shares rose 5% to 120 in early trade.")] == ["percent", None]
    found = extract("Some 5,100 people waited for two years and 2,300 who waited longer.")
    assert [q.counted for q in found] == ["people", None, None]


def test_counted_phrases_through_unknown_words_other_and_plural_heads() -> None:
    assert one("The firm sold three diesel-only drivetrain kits.").counted_phrase == "diesel-only drivetrain kit"
    assert one("Police arrested nine other suspects.").counted_phrase == "other suspect"
    assert one("A survey of 240 fintech founders was published.").counted_phrase == "fintech founder"
    assert one("It fits a 6 cylinder engine.").counted == "cylinder"
    assert one("In all, 2,450,000 Canadians voted early.").counted == "canadian"
    assert one("Two others were hurt.").counted is None


def test_amounts_and_counts_per_a_noun_that_is_not_a_unit() -> None:
    q = one("The bank reported earnings of 84 cents a share.")
    assert (q.unit, q.per) == ("cent", "share")
    assert one("Rooms go for $240 per night in August.").per == "night"
    q = one("The pump cycles about 1,200 times a minute.")
    assert (q.counted, q.per) == ("time", "minute")
    assert one("Labs ran 4,500 swabs per day last week.").per == "day"
    assert one("Fares rose by up to £30 a-year.").unit == "GBP / year"
    assert one("The lender posted 2 shares a year earlier.").per is None
    assert one("She sold 30 shares in May.").per is None


def test_a_loss_of_money_is_an_amount_not_a_fall() -> None:
    assert one("The group posted a net loss of $41 million.").change is None
    assert one("The group posted a loss of 12 cents per share.").change is None
    assert one("Output showed a loss of 4% on the year.").change == "down"


def test_fractions_name_what_they_are_a_share_of() -> None:
    q = one("One fifth of the adult population smokes.")
    assert (q.dimension, q.counted_phrase) == ("fraction", "adult population")
    assert one("Half the tenants moved out.").counted == "tenant"
    assert one("A quarter of those asked said no.").counted is None
    assert extract("They hired a third-party auditor.") == []
    assert [q.value for q in extract("The bank made a quarter-point cut.")] == [0.25]
    assert extract("He scored twice in the second half of the match.") == []


def test_more_unit_spellings_and_ages() -> None:
    assert one("The car topped out at 95 m.p.h. on the test track.").unit == "mile_per_hour"
    assert one("The screen measures 6.1″ across.").unit == "inch"
    assert one("The headset costs 3,499 Chinese yuan in Shanghai.").currency == "CNY"
    assert one("Entry is barred to anyone under the age of 18.").unit == "year"
    assert one("Rents rose by an average of 140 a month.").unit != "year"


def test_parallel_numbers_need_the_same_kind_of_number_and_no_noun_of_their_own() -> None:
    found = extract("He ran for 121 yards and 3 TDs in the win.")
    assert [q.unit for q in found] == ["yard", None]
    found = extract("The 6 speed model costs 1,990,000 and 2,150,000 with the options.")
    assert found[1].counted is None
    found = extract("Sales rose to 5.1 million tablets, up from 4.2 million a year earlier.")
    assert [q.counted for q in found] == ["tablet", "tablet"]
    found = extract("The fund has only raised 45 million of the 2 billion euros it needs.")
    assert [q.currency for q in found] == ["EUR", "EUR"]
    found = extract("Only 12 of the 30 members voted.")
    assert [q.counted for q in found] == ["member", "member"]


def test_same_dimension_rates_and_hyphenated_rates() -> None:
    q = one("Nurses work 45 to 50 hours a week there.")
    assert (q.unit, q.per) == ("hour", "week")
    assert one("The plant is a 90,000 barrel-a-day refinery.").unit == "barrel / day"


def test_box_score_abbreviations_count_per_game() -> None:
    found = extract("Guard Ana Ruiz (21.4 ppg, 5.2 rpg) leads the side.")
    assert [(q.counted, q.per) for q in found] == [("point", "game"), ("rebound", "game")]


def test_ranges_with_a_prefix_before_each_end_or_words_then_digits() -> None:
    q = one("Guidance was cut to between $US80 million and $US95 million.")
    assert (q.value, q.value_high, q.currency) == (80e6, 95e6, "USD")
    q = one("The works will take between eight to 12 months.")
    assert (q.value, q.value_high, q.unit) == (8, 12, "month")
    assert all(q.value_high is None for q in extract("Pick two to 3 of them."))


def test_multipliers_changes_with_their_level_and_hedged_amounts() -> None:
    q = one("Exports grew almost fivefold last decade.")
    assert (q.value, q.counted, q.hedge, q.change) == (5, "time", "almost", "up")
    assert one("They saw a 12-fold rise in cases.").value == 12
    assert one("The fold was 3 cm deep.").unit == "centimeter"
    found = extract("Debt increased by $12.5 billion to $310 billion.")
    assert [(q.value, q.value_high) for q in found] == [(12.5e9, None), (310e9, None)]
    assert one("Temperatures fell by 1 to 1.5 degrees.").value_high == 1.5
    assert one("About 1200 attended the talk.").value == 1200
    assert extract("Around 2010, the firm moved abroad.") == []


def test_numbers_inside_web_addresses_are_not_quantities() -> None:
    assert surfaces("Read it at https://news.example.org/item?id=305&page=20 today.") == []
    assert [q.counted for q in extract("Details at www.example.com/2024/report-17 and 12 photos.")] == ["photo"]
    assert one("Prices fell 5% (see http://a.example/b).").unit == "percent"


def test_percent_written_as_percentage_or_percents() -> None:
    assert one("Turnout was twenty percentage in the north.").unit == "percent"
    assert one("It is one hundred percents sure.").unit == "percent"
    assert one("Support rose 3 percentage points.").unit == "percentage_point"  # the longer unit still wins


def test_ages_written_without_years_old() -> None:
    assert one("Coach Ortega, 61, signed a new deal.").unit == "year"
    assert one("She moved abroad with her son, who was 9.").unit == "year"
    assert one("He will be 40 by the time the term ends.").unit == "year"
    assert one("The mayor turned 58 on Friday.").unit is None  # no person pronoun before the verb
    assert one("She turned 58 on Friday.").unit == "year"
    # near misses: a list, a sentence adverb, a score or a count after the verb, a thing as the subject
    assert all(q.unit is None for q in extract("Seats 4, 5, 6 were free."))
    assert one("However, 12, perhaps more, were hurt.").unit is None
    assert extract("He was 3 under par at the turn.")[0].unit is None
    assert one("She was 2 in the world rankings.").unit is None
    assert one("He was 10 points clear.").counted == "point"
    assert one("It was 10.").unit is None


def test_one_letter_units_written_apart_only_where_nothing_else_fits() -> None:
    q = one("They bought 3 to 4 L of olive oil.")
    assert (q.value, q.value_high, q.unit) == (3, 4, "liter")
    assert one("The mill handled 278,000 t last year.").unit == "metric_ton"
    assert one("It ships with a 5 W USB-C charger.").unit == "watt"
    assert one("Each bale weighs 2.5 t.").unit == "metric_ton"
    # near misses: a plain number before a letter, a grade, a road, an initial
    assert all(q.unit is None for q in extract("Pool 4 B was drawn first."))
    assert one("He scored 3 t in the match.").unit is None
    assert surfaces("Route 66 W is closed.") == []
    assert one("They met at 5 W. Main Street with 40 guests.").counted == "guest"


def test_a_rate_after_a_conversion_in_brackets_belongs_to_both_amounts() -> None:
    found = extract("The levy raises 4 billion rand ($270 million) a year.")
    assert [q.unit for q in found] == ["ZAR / year", "USD / year"]
    found = extract("Holders get A$3 (US$2.10) per share in cash.")
    assert [(q.currency, q.per) for q in found] == [("AUD", "share"), ("USD", "share")]
    found = extract("He paid $10 (8 euros) for the ticket.")  # near miss: no rate after the bracket
    assert [q.unit for q in found] == ["USD", "EUR"]


def test_metric_horsepower_and_million_btu() -> None:
    assert [q.unit for q in extract("It makes 250 hp (184 kW / 250 PS) in all.")][-1] == "metric_horsepower"
    assert one("Gas settled at $3.10 per mmBtu.").unit == "USD / million_btu"
    assert surfaces("She queued for two PS5 consoles.") == ["two"]


def test_any_si_prefixed_unit_written_in_full() -> None:
    assert one("Workers absorbed 20 millisieverts a year.").unit == "millisievert / year"
    assert one("The beam carries 40 kilonewtons.").unit == "kilonewton"
    assert one("Pores are 300 picometres wide.").unit == "picometer"
    assert one("The camera has 50 megapixels.").unit == "megapixel"
    # near misses: words that only start like a prefix, and counts of particles
    assert one("The studio has 12 microphones.").counted == "microphone"
    assert one("They found 30 nanoparticles.").counted == "nanoparticle"
    assert one("It took two decades.").unit == "decade"


def test_a_count_of_some_of_a_group_counts_the_group_noun() -> None:
    assert one("Two of Johnson's deputies resigned.").counted_phrase == "Johnson deputy"
    assert one("It is one of my favourite cafes.").counted_phrase == "favourite cafe"
    assert one("Three of the paintings were stolen.").counted == "painting"
    assert one("It was one of the most brutal raids yet.").counted_phrase == "brutal raid"
    assert one("He is one of the fastest and strongest runners.").counted == "runner"
    found = extract("They won five of their six games.")  # the six games are counted on their own
    assert [(q.value, q.counted) for q in found] == [(5, None), (6, "game")]
    assert one("He lost one of their best players.").counted_phrase == "best player"  # "the" is not "their"


def test_feet_and_inches_and_pounds_and_ounces_are_one_measure() -> None:
    q = one("The suspect is 5 feet 10 inches tall.")
    assert (q.unit, round(q.value, 3)) == ("foot", 5.833)
    assert round(one("He is 6ft 1in.").value, 3) == 6.083
    assert one("She weighed 7 pounds and 4 ounces.").value == 7.25
    # near misses: "in" before a determiner, more inches than a foot holds
    assert [q.value for q in extract("He stands 6 feet 4 in his socks.")] == [6, 4]
    assert [q.unit for q in extract("A 3 feet, 14 inches long pole.")] == ["foot", "inch"]


def test_cups_are_a_unit() -> None:
    assert [q.unit for q in extract("Add 1/2 cup milk and 2 cups of flour.")] == ["cup", "cup"]
    assert one("They have won 2 World Cups.").unit is None


def test_thousands_separated_by_spaces() -> None:
    assert one("The prize is 10 000 dollars.").value == 10_000
    assert one("About 250\u202f000 people marched.").value == 250_000
    assert one("A 1 000 000 euro fine.").value == 1_000_000
    # near misses: a plain space before a group other than 000 joins nothing
    assert [q.value for q in extract("It was 12 345 km away.")] == [12, 345]
    assert [q.value for q in extract("He won 3 100-metre races.")] == [3, 100]


def test_a_parallel_clause_with_by_keeps_the_direction() -> None:
    found = extract("Retailer A was down 2.3%, Retailer B by 2.6% before the bell.")
    assert [q.change for q in found] == ["down", "down"]
    found = extract("Sales rose 4%, driven by 2% of its clients.")  # near miss: no name before "by"
    assert [q.change for q in found] == ["up", None]


# --- round 6 (sentences written for these tests) -----------------------------------------------------------------


def test_currency_codes_with_a_dollar_sign_in_any_case() -> None:
    assert one("the c $ 40 million writedown").currency == "CAD"  # lower-cased, tokenised copy
    assert one("exports rose to hk $ 2.5 billion .").currency == "HKD"
    assert one("a fee of aud$ 30 applies").currency == "AUD"
    # near misses: a pronoun before "$", a lone "s" or "a" (a stripped possessive, an article) say nothing
    assert one("they paid us $5 for it").span.text == "$5"
    assert one("the firm s $5 million bonus pool").currency == "USD"


def test_a_dollar_sign_after_the_number() -> None:
    assert one("Le billet coûte 25 $.").currency == "USD"
    # near miss: a sign before the next number belongs to it
    assert [(q.value, q.currency) for q in extract("He won 10 $5 bills.")] == [(10, None), (5, "USD")]


def test_currency_signs_and_words_beyond_the_majors() -> None:
    assert one("A taxi ride costs 3,000 ₡ there.").currency == "CRC"
    assert one("She paid ₾40 for the ticket.").currency == "GEL"
    assert one("The fee is 100元.").currency == "CNY"
    assert one("Each costs 12 us dollar.").currency == "USD"


@given(st.integers(min_value=100_000, max_value=99_99_99_999))
def test_indian_digit_grouping_reads_one_number(n: int) -> None:
    digits = str(n)
    head, tail = digits[:-3], digits[-3:]
    pairs = [head[max(0, i - 2) : i] for i in range(len(head), 0, -2)][::-1]
    written = ",".join([*pairs, tail])  # 12,34,567
    q = one(f"The bill came to Rs {written} last year.")
    assert (q.value, q.currency) == (n, "INR")


def test_an_age_after_age_or_aged() -> None:
    assert one("She retired at age 65 last year.").unit == "year"
    q = one("Employment for women aged 25 to 54 grew.")
    assert (q.value, q.value_high, q.unit) == (25, 54, "year")
    assert one("He treated a man of age 40.").unit == "year"
    assert one("The patient is a 71 yo woman.").unit == "year"
    # near misses: a title, a number that is not an age
    assert extract("Ice Age 5 opened in July.") == []
    assert one("The stone age lasted 2000 years.").value == 2000


def test_bounds_written_with_or_equal() -> None:
    q = one("Pick a number bigger or equal than 40.")
    assert (q.value, q.hedge, q.bounds.low, q.bounds.high) == (40, "bigger or equal than", 40, math.inf)
    q = one("It must be less or equal than 12.")
    assert (q.bounds.low, q.bounds.high, q.bounds.high_open) == (0, 12, False)
    assert one("Scores =>30 pass.").hedge == "=>"


def test_fractions_of_a_national_unit_and_small_volumes() -> None:
    q = one("A cup holds 1/2 of a US pint.")
    assert (q.value, q.unit) == (0.5, "pint")
    assert one("A quarter of an imperial gallon was left.").unit == "gallon"
    assert one("They drank 3 quarts of cider.").unit == "quart"
    assert one("A 12 fl oz can of soda.").unit == "fluid_ounce"
    assert one("The bottle holds 75 cl.").unit == "centiliter"
    assert one("The arm turned 0.8rad.").unit == "radian"
    assert one("Set it at 50 deg.").unit == "degree"
    assert one("half a US company").unit is None  # near miss: no unit after the modifier


def test_a_counted_phrase_keeps_what_frames_it() -> None:
    assert one("They beat the top four teams in the league.").counted_phrase == "top team"
    assert one("She scored a record 41 points.").counted_phrase == "record point"
    assert one("It gained over the previous three sessions.").counted_phrase == "previous session"
    assert one("He logged 70 snaps of zone defence.").counted_phrase == "snap of zone defence"
    assert one("Tariffs hit 300 categories of goods.").counted_phrase == "category of good"
    # near misses: words that qualify the amount, "of" + a determiner, an "-ed" word
    assert one("They sold a mere 3 cars.").counted_phrase == "car"
    assert one("They sold a combined 435 homes.").counted_phrase == "home"
    assert one("He painted 35 sections of the wall.").counted_phrase == "section"


def test_a_bare_index_level_after_a_percentage_change() -> None:
    found = extract("The index lost 120.5 points, or 1.6%, to close at 7,410.2.")
    assert [q.counted for q in found] == ["point", None, "point"]
    found = extract("The A index fell 0.3% to 1,463.9 points, while the B index rose 0.2% to 1,301.4.")
    assert [q.counted for q in found] == [None, "point", None, "point"]
    assert extract("Shares ended down 1% at $4.")[0].change == "down"
    # near misses: a change in cents says nothing of the level's unit; no parallel level, no unit
    assert extract("Shares fell 12 cents, or 2%, to 5.88.")[-1].unit is None
    assert extract("The index rose 0.2% to 1,301.4.")[-1].counted is None
    assert extract("The plant was shut down 3 times.")[0].change is None


def test_a_bound_after_the_number_wins_over_an_approximation_before_it() -> None:
    q = one("It holds about 500 or more.")
    assert (q.hedge, q.bounds.low, q.bounds.high) == ("or more", 500, math.inf)
    assert one("It holds about 20 or so.").hedge == "about"


def test_compound_units_written_with_a_slash() -> None:
    q = one("Fine particles reached 40 µg/m3 on Monday.")  # "on" after a slash is no date
    assert q.unit == "microgram / meter ** 3"
    assert one("Objects fall at 9.8 m/s².").unit == "meter / second ** 2"
    assert one("It accelerates at 0.01 km/s2.").unit == "kilometer / second ** 2"
    assert one("The forcing is 2 W/m2 today.").unit == "watt / meter ** 2"
    assert one("A density of 1.3 A/cm2 was used.").unit == "ampere / centimeter ** 2"
    # near misses: letters before a slash that are not units, and "s" with no slash
    assert one("They ran 5 A/B tests.").unit is None
    assert one("It costs 5% a year earlier.").unit == "percent"


def test_oil_flows_and_radiation_doses() -> None:
    assert one("Output rose to 500,000 bpd in May.").unit == "barrel / day"
    assert one("Workers may absorb 20 mSv a year.").unit == "millisievert / year"
    assert one("A scan delivers 14 mGy to the abdomen.").unit == "milligray"
    assert one("The beams collide at 450 GeV.").unit == "gigaelectron_volt"
    assert one("The 3 Grays were at home.").unit is None  # near miss: a name, not the unit


def test_a_hyphenated_range_with_to_before_its_unit() -> None:
    q = one("It is a 10-to-15-minute walk.")
    assert (q.value, q.value_high, q.unit) == (10, 15, "minute")
    q = one("He faces a 3-to-5-year sentence.")
    assert (q.value, q.value_high, q.unit) == (3, 5, "year")
    assert [q.value for q in extract("They won 2-to-1 at home.")] == [2]  # near miss: a score stays no range


def test_every_age_of_a_list_after_aged() -> None:
    assert [q.unit for q in extract("The pair, aged 24 and 27, set out early.")] == ["year", "year"]
    assert [q.unit for q in extract("Children ages 4, 6 and 9 were rescued.")] == ["year"] * 3
    assert [q.unit for q in extract("A man aged 30 and 12 others were hurt.")] == ["year", None]  # near miss


def test_a_swiss_apostrophe_groups_thousands() -> None:
    assert one("Revenue reached CHF 2'315 million in the year.").value == pytest.approx(2315e6)
    assert one("The canton counted 14’508 commuters.").value == 14508
    assert one("It weighed 1'204'350 kg.").value == 1204350


def test_an_apostrophe_before_fewer_than_three_digits_groups_nothing() -> None:
    found = extract("The player was listed at 6'11 and 1'23 in 2027.")
    assert [q.value for q in found] == [6, 11, 1, 23]
