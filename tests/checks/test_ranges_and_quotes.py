"""unit-conversion of ranges; evidence quotes that hold what was written around the numbers ("£412m", "(52 km)");
sums shown in the total's magnitude word."""

from __future__ import annotations

import pytest
from _run import default_rule, fails, passes, run


@pytest.mark.parametrize(
    "text",
    [
        "The mantle there is 900 to 1,200 miles (5,400 to 7,200 km) thick.",
        "The trail is a 10-12 mile (16-25 km) walk.",
        "Highs of 30-35C (86-99F) are expected.",
    ],
)
def test_a_range_whose_conversion_is_wrong_at_either_end_is_flagged(text: str) -> None:
    assert fails("unit-conversion", text)


@pytest.mark.parametrize(
    "text",
    [
        "The mantle there is 900 to 1,200 miles (1,450 to 1,930 km) thick.",
        "The trail is a 10-12 mile (16-19 km) walk.",
        "Highs of 30-35C (86-95F) are expected.",
        "The fence is between 5 and 8 feet (1.5 and 2.4 metres) high.",
    ],
)
def test_a_range_converted_end_by_end_passes(text: str) -> None:
    assert passes("unit-conversion", text)


def test_a_range_gives_one_verdict_quoting_both_ranges() -> None:
    report = run(default_rule("unit-conversion"), "The mantle is 900 to 1,200 miles (5,400 to 7,200 km) thick.")
    assert [f.evidence[0].text for f in report.findings] == ["900 to 1,200 miles (5,400 to 7,200 km)"]
    assert report.findings[0].message == "900 miles is 1,448 km, not 5,400 km"


def test_a_conversion_quote_ends_with_its_bracket() -> None:
    report = run(default_rule("unit-conversion"), "The race covers 26 miles (52 km) of hills.")
    assert [f.evidence[0].text for f in report.findings] == ["26 miles (52 km)"]


def test_a_share_of_money_quotes_and_names_the_sums_as_written() -> None:
    report = run(default_rule("percent-of"), "Of the £412m, schools will get £121m, or 35%.")
    assert [f.evidence[0].text for f in report.findings] == ["£412m, schools will get £121m, or 35%"]
    assert report.findings[0].message == "£121m of £412m is 29.37%, not 35%"


def test_a_sum_is_shown_in_the_total_s_magnitude_word() -> None:
    report = run(
        default_rule("sum-of-parts"), "Sales of £14.6bn were made up of £9.2bn from food and £3.9bn from home."
    )
    assert [f.message for f in report.findings] == ["9.2bn + 3.9bn = 13–13.2bn, not 14.6bn"]
    assert report.findings[0].evidence[0].text == "£14.6bn were made up of £9.2bn from food and £3.9bn"
