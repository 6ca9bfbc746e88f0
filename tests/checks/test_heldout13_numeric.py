"""Fixes of the single-document numeric checks for general causes found by the thirteenth held-out set, pinned with
hand-written sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import pytest
from _run import default_rule, fails, passes, run

# --- sum-of-parts: magnitudes glued to the number ("£20m"), a currency sign after "Of the", the rupee -------------


@pytest.mark.parametrize(
    "text",
    [
        # verb head, colon head and "Of" head, each with a glued magnitude on every number
        "The £80m fund breaks down as £35m for housing, £25m for transport and £15m for skills.",
        "The regeneration pot of £80m: £35m for housing, £25m for transport and £15m for skills.",
        "Of the €80m, €35m goes to housing, €25m to transport and €15m to skills.",
        # a currency sign before the total of the "Of" head, magnitudes as words
        "Of the $310 million, $150 million goes to the stadium, $90 million to roads and $60 million to parking.",
        # the rupee, in crore and with a glued "k"
        "Of the ₹240 crore, ₹110 crore is for drains, ₹70 crore for parks and ₹50 crore for street lights.",
        "The ₹90k prize breaks down as ₹40k for the winner, ₹25k for the runner-up and ₹15k for third place.",
        # magnitudes written apart, converted through the glued letter
        "The £3m budget: £1.2m for staff, £900,000 for buildings and £600,000 for equipment.",
        "The £1.5bn deal is made up of £800m for trains, £450m for track and £150m for stations.",
        "The £2m grant will go on three projects: a library (£800,000), a park (£700,000) and a pool (£400,000).",
        "The £6m plan has three parts: a depot (£1m), new buses (£2m) and ticket machines (£500,000).",
        # labels first after a currency total
        "Of the £90m, housing got £40m, transport £30m and other projects £10m.",
        # a first label of up to eight words, the verb written once
        "Of the $240 million, $120 million will be spent on new classrooms and science laboratories, $70 million on"
        " roof repairs, and $45 million on sports fields.",
    ],
)
def test_glued_and_signed_breakdowns_are_read(text: str) -> None:
    assert fails("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        "The £80m fund breaks down as £35m for housing, £30m for transport and £15m for skills.",
        "The regeneration pot of £80m: £35m for housing, £30m for transport and £15m for skills.",
        "Of the €80m, €35m goes to housing, €30m to transport and €15m to skills.",
        "Of the $310 million, $150 million goes to the stadium, $100 million to roads and $60 million to parking.",
        "Of the ₹240 crore, ₹120 crore is for drains, ₹70 crore for parks and ₹50 crore for street lights.",
        "The £3m budget: £1.5m for staff, £900,000 for buildings and £600,000 for equipment.",
        "The £1.5bn deal is made up of £900m for trains, £450m for track and £150m for stations.",
    ],
)
def test_glued_breakdowns_that_add_up_pass(text: str) -> None:
    assert passes("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        # two currencies: nothing is compared
        "The £80m fund breaks down as $35m for housing, £25m for transport and £15m for skills.",
        "The $80m fund: $35m for housing, $25m for transport and €15m for skills.",
        # glued letters that are not magnitudes and differ ("m" without a currency sign may be metres)
        "The 12km route: 8km of road, 3km of towpath and 900m of beach.",
        "The 2km swim: 1,500m in the lake, 300m in the river and 150m in the harbour.",
        # a first label longer than eight words: not read as one item
        "Of the $240 million, $120 million is to be spent over the next five years on new classrooms and labs,"
        " $70 million on roof repairs, and $45 million on sports fields.",
        # "Of the $90 million, …" whose parts are shares, not amounts
        "Of the $90 million, 40% went to roads, 30% to parks and 20% to schools.",
    ],
)
def test_breakdowns_in_other_currencies_or_units_are_not_compared(text: str) -> None:
    assert not fails("sum-of-parts", text)


def test_a_converted_sum_is_shown_in_the_totals_magnitude() -> None:
    text = "The £3m budget: £1.2m for staff, £900,000 for buildings and £600,000 for tools."
    report = run(default_rule("sum-of-parts"), text)
    (finding,) = report.findings
    assert finding.message == "1.2m + 900,000 + 600,000 = 2.65–2.75m, not 3m"


# --- unit-conversion: a bare "degrees" converted in brackets to a temperature scale is the other scale ---------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The thermometer in Tucson hit 108 degrees (42 Celsius) by mid-afternoon.", False),
        ("The thermometer in Tucson hit 108 degrees (46 Celsius) by mid-afternoon.", True),
        ("Seville recorded 44 degrees (111F), a record for May.", False),
        ("Seville recorded 44 degrees (104F), a record for May.", True),
        ("Water boils at 212° (100C) at sea level.", False),
        ("Water boils at 212° (110C) at sea level.", True),
        # a sign in words still reads: "minus 20 degrees" is -4F
        ("Overnight it fell to minus 20 degrees (-4F) in Tromsø.", False),
    ],
)  # fmt: skip
def test_bare_degrees_before_a_bracketed_temperature(text: str, wrong: bool) -> None:
    assert fails("unit-conversion", text) is wrong
    if not wrong:
        assert passes("unit-conversion", text)


@pytest.mark.parametrize(
    "text",
    [
        # angles stay angles: no temperature in the bracket, nothing compared
        "The skateboarder turned 180 degrees (half a spin) in mid-air.",
        "The runway sits on a bearing of 270 degrees (due west) from the tower.",
        "The dish tilts 45 degrees (0.79 radians) towards the satellite.",
        # the bracket names the scale of the bare degrees: a restatement, not a conversion
        "It was 31 degrees (31C) in the shade in Athens.",
        # a change of temperature converts without the 32 ("warmed by 3 degrees (5.4F)")
        "The lake has warmed by 3 degrees (5.4F) since 1980.",
        # "or" is not a bracket: not read
        "Highs will reach 95 degrees, or 30 Celsius, on Friday.",
    ],
)
def test_bare_degrees_near_misses(text: str) -> None:
    assert not fails("unit-conversion", text)


def test_the_bare_reading_is_named_in_the_message() -> None:
    report = run(default_rule("unit-conversion"), "Phoenix reached 112 degrees (41 Celsius) on Sunday.")
    (finding,) = report.findings
    assert finding.message.startswith("112 degrees (read as Fahrenheit) is 44.44 Celsius")


# --- count-vs-list: a place phrase between an indefinite count and its list ---------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The board will shut three libraries in Fife — Kirkcaldy, Leven, Cupar and Methil — in May.", True),
        ("The board will shut four libraries in Fife — Kirkcaldy, Leven, Cupar and Methil — in May.", False),
        ("The trust runs four hospitals across the county: Ashford, Dover and Margate.", True),
        ("The trust runs three hospitals across the county: Ashford, Dover and Margate.", False),
        ("Rail staff will strike at two depots near Glasgow — Yoker, Shields and Eastfield — next week.", True),
    ],
)  # fmt: skip
def test_an_indefinite_count_with_a_place_phrase(text: str, wrong: bool) -> None:
    assert fails("count-vs-list", text) is wrong
    if not wrong:
        assert passes("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        # the phrase's own plural may be what the list names
        "The firm opened two offices in university cities — Oxford, Cambridge and Durham.",
        # a part of a whole
        "Two of five libraries in Fife — Kirkcaldy, Leven and Cupar — will shut.",
        # places after "in", fewer than the count: several items may be in one town
        "The chain has nine stores in Ohio — in Columbus, Dayton and Akron.",
        # no list after the dash, or a partial one
        "The board will shut four libraries in Fife — a decision that angered readers — in May.",
        "The board will shut four libraries in Fife — Kirkcaldy and Leven among them — in May.",
        # a relative clause still needs a definite count
        "Police said four men who fled the scene — Adams, Baker and Cole — were later arrested.",
    ],
)
def test_place_phrase_near_misses(text: str) -> None:
    assert not fails("count-vs-list", text)


# --- percent-of: "Of those ⟨noun phrase⟩, X ⟨predicate⟩, or Z%" of the group counted in the sentence before ---------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a demonstrative with a noun phrase, the share after a short predicate
        ("The college enrolled 2,400 part-time students this autumn. Of those part-time students, 900 study at night,"
         " or 45 percent.", True),
        ("The college enrolled 2,400 part-time students this autumn. Of those part-time students, 900 study at night,"
         " or 37.5 percent.", False),
        # the share names the group again ("of the … students"); the predicate may hold a number of another kind
        ("The hospital treated 1,200 patients in March. Of these patients, 300 waited longer than 4 hours, or about"
         " 30% of the patients.", True),
        ("The hospital treated 1,200 patients in March. Of these patients, 300 waited longer than 4 hours, or about"
         " 25% of all patients.", False),
        # the predicate form after a bare "those"
        ("The shelter took in 640 dogs last year. Of those, 160 were strays, or 40%.", True),
        # the noun phrase with the share as a dash aside
        ("The shelter took in 640 dogs last year. Of those dogs, 160 — 40% — were strays.", True),
        ("The shelter took in 640 dogs last year. Of those dogs, 160 — a quarter — were strays.", False),
    ],
)  # fmt: skip
def test_a_share_of_the_group_counted_before(text: str, wrong: bool) -> None:
    assert fails("percent-of", text) is wrong
    if not wrong:
        assert passes("percent-of", text)


@pytest.mark.parametrize(
    "text",
    [
        # the noun phrase names a group the sentence before does not count
        "The hospital treated 1,200 patients in March. Of those children, 300 waited four hours, or 40%.",
        # two counts before, neither of the phrase's things
        "The hospital treated 1,200 patients and 300 visitors in March. Of those cases, 300 were urgent, or 40%.",
        # the share of another whole
        "The college enrolled 2,400 students this autumn. Of those students, 900 study at night, or 45 percent of"
        " the college's staff.",
        # two parts before the share: which one it measures is not said
        "The college enrolled 2,400 students this autumn. Of those students, 900 study at night and 300 online, or"
        " 45 percent.",
        # a new paragraph opened by "Of those", whose sentence before counts two groups
        "The college enrolled 2,400 students and 300 staff this autumn.\n\nOf those, 900 study at night, or 45"
        " percent.",
        # a new paragraph, with no "Of those" to point back across it
        "The college enrolled 2,400 students this autumn.\n\nAbout 45 percent of them, 900 students, study at night.",
        # a share of the part's own subgroup
        "The college enrolled 2,400 students this autumn. Of those students, 900 study at night, or 45 percent of"
        " them do so online.",
    ],
)
def test_group_share_near_misses(text: str) -> None:
    assert not fails("percent-of", text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a compound of the phrase is read as its words, named apart in the sentence before
        ("The clinic said 3,000 of its patients were seen for the first time. Of those first-time patients, 600 are"
         " under 5, or 35 percent of the patients.", True),
        ("The clinic said 3,000 of its patients were seen for the first time. Of those first-time patients, 600 are"
         " under 5, or 20 percent of the patients.", False),
    ],
)  # fmt: skip
def test_a_compound_in_the_group_phrase(text: str, wrong: bool) -> None:
    assert fails("percent-of", text) is wrong
    if not wrong:
        assert passes("percent-of", text)


def test_a_compound_whose_words_the_sentence_before_lacks() -> None:
    text = (
        "The clinic said 3,000 of its patients were seen this year. Of those first-time patients, 600 are under 5,"
        " or 35 percent of the patients."
    )
    assert not fails("percent-of", text)
