"""Fixes for general causes found by the single articles of the twenty-fourth held-out set, pinned with hand-written
sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import pytest
from _run import fails, passes

from factcheck.checks._numeric import currency_sign, glued_currencies, scan, skeleton

# --- the scanner: an amount glued to a currency written in letters ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Bread went up from K950 to K1,100 a loaf.", [950, 1100]),
        ("A share sold for P12.50 on Friday.", [12.5]),
        ("The deal is worth W3.2 trillion.", [3.2e12]),
        ("Rs450 crore was set aside.", [450e7]),
        ("Fees rose to KSh2,400 from KSh2,100.", [2400, 2100]),
    ],
)
def test_an_amount_glued_to_letters_of_a_currency_is_read(text: str, values: list[float]) -> None:
    nums = scan(text)
    assert [round(n.value) for n in nums] == [round(v) for v in values]
    assert all(currency_sign(text, n) for n in nums)


@pytest.mark.parametrize(
    "text",
    [
        "Take the R62 and then the N2 towards the coast.",
        "The W1 and W2 postcodes saw prices fall.",
        "Tickets for the P3 car park sell out.",
        "Its M6.2 quake shook the city.",
        "A K9 unit searched the B4 building.",
    ],
)
def test_a_single_letter_before_a_plain_number_is_no_currency(text: str) -> None:
    assert glued_currencies(text) == {}
    assert all(not currency_sign(text, n) for n in scan(text))


def test_a_letter_written_as_money_once_makes_its_other_amounts_money() -> None:
    text = "The fare went from R40 to R1,040, a jump of R1,000."
    assert [n.value for n in scan(text)] == [40, 1040, 1000]
    assert skeleton(text, scan(text)).count("¤") == 3


def test_a_hedge_before_the_letters_is_read() -> None:
    nums = scan("It cost about N2.5 trillion.")
    assert nums[0].hedge == "about"


# --- change-arithmetic: a neutral verb of change, a rate after both ends -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The bus fare moved from K1,650 to K1,780 per trip, a rise of K150.",
        "The levy went from $3.20 to $3.60 per bag, an increase of 50 cents.",
        "Rent changed from R4,500 to R4,100, a drop of R500.",
    ],
)
def test_a_change_after_a_neutral_verb_is_checked(text: str) -> None:
    assert fails("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        "The bus fare moved from K1,650 to K1,780 per trip, a rise of K130.",
        "The levy went from $3.20 to $3.60 per bag, an increase of 40 cents.",
    ],
)
def test_a_right_change_passes(text: str) -> None:
    assert passes("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        "Tickets cost from $10 to $20, an increase of $5 on last year.",
        "Rooms range from R4,500 to R4,100, a drop of R500 for members.",
        "The K9 team moved from B4 to B12, a rise of 3 floors.",
    ],
)
def test_a_range_or_codes_are_no_change(text: str) -> None:
    assert not fails("change-arithmetic", text)


# --- weekday-date: a schedule told ahead of its date is read in the year it lies ahead in -------------------------


def _weekday(text: str) -> tuple[list[str], list[str]]:
    import datetime as dt

    from _run import default_rule, run

    report = run(default_rule("weekday-date"), text, published=dt.date(2027, 5, 13))
    return [f.message for f in report.findings], [f.message for f in report.passed]


def test_a_scheduled_date_lies_ahead_of_publication() -> None:
    # in May 2027, "Sunday 12 December" is 12 December 2027 (a Sunday), not 2026 (a Saturday)
    found, passed = _weekday("The winter fares, which take effect on Sunday 12 December, were agreed.")
    assert not found and passed == ["12 December 2027 is a Sunday"]


def test_a_past_or_wrong_scheduled_date_is_still_checked() -> None:
    assert _weekday("The winter fares were agreed on Sunday 12 December.")[0]  # past tense: 2026, a Saturday
    assert _weekday("The winter fares will take effect on Friday 14 December.")[0]  # wrong in 2026 and 2027


# --- unit-conversion: the ounces of precious metals are troy ounces -----------------------------------------------


def test_ounces_of_gold_are_troy_ounces() -> None:
    assert passes("unit-conversion", "The refinery cast roughly 4,200 ounces (131kg) of gold bars.")
    assert fails("unit-conversion", "The refinery cast roughly 4,200 ounces (119kg) of gold bars.")
    assert passes("unit-conversion", "The recipe needs 8 ounces (227g) of butter.")
    assert fails("unit-conversion", "The recipe needs 8 ounces (249g) of butter.")


# --- change-arithmetic: ends and size all in cents ------------------------------------------------------------------


def test_a_change_written_in_cents_throughout_is_checked() -> None:
    assert fails("change-arithmetic", "The unit rate rose from 31.6 cents to 35.1 cents, a rise of 4.5 cents.")
    assert passes("change-arithmetic", "The unit rate rose from 31.6 cents to 35.1 cents, a rise of 3.5 cents.")
    assert passes("change-arithmetic", "The stamp rose from 85 pence to 95 pence, an increase of 10 pence.")


def test_a_schedule_just_past_or_told_in_the_past_stays_in_its_year() -> None:
    import datetime as dt

    from _run import default_rule, run

    # 11 July 2026 is a Saturday (2027: a Sunday); two days before publication, and "had been scheduled"
    for text in ("The match had been scheduled for Sunday, July 11, but rain moved it.", "It opens on Sunday, July 11"):
        report = run(default_rule("weekday-date"), text, published=dt.date(2026, 7, 13))
        assert [f.message for f in report.findings] == ["11 July 2026 is a Saturday, not a Sunday"]
    found, _ = _weekday("The winter fares were scheduled to take effect on Sunday 12 December.")
    assert found


# --- percent-of: shares of a total stated earlier, in an amount written with a spaced sign ("R$ 25.4 billion") ----

_BUDGET = (
    "The assembly passed a budget of R$ 80 billion for next year. Transport will receive R$ 12 billion, or {z}% of the"
    " total, mostly for buses. Schools will receive R$ 20 billion, or 25% of the budget."
)


def test_a_share_of_an_earlier_total_in_a_spaced_currency_is_checked() -> None:
    assert fails("percent-of", _BUDGET.format(z=18))  # 12/80 is 15%
    assert passes("percent-of", _BUDGET.format(z=15))


def test_a_spaced_sign_is_the_amounts_currency() -> None:
    text = "Health gets R$ 25.4 billion."
    assert [currency_sign(text, n) for n in scan(text)] == ["$"]
