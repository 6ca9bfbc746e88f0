"""Hard-wrapped copy is checked as the paragraphs it holds; a duration is tied to its range among other dates; a
period ending on a day may sit between a change's ends; a share of a sum set off after its part.

The texts are hand-written for these tests (not the held-out sets); ``run`` asserts every evidence quote is the
document's own text, line breaks included.
"""

from __future__ import annotations

import pytest
from _run import default_rule, fails, passes, run, silent


def _wrap(text: str, width: int = 60) -> str:
    import textwrap

    return "\n\n".join(textwrap.fill(p, width) for p in text.split("\n\n"))


BREAKDOWN = (
    "The trust said it answered 9,400 calls in August: 5,100 from the city, 2,900 from the coastal towns and "
    "900 from the hill villages, the busiest month it has recorded."
)
CHANGE = (
    "Ticket sales at the riverside theatre climbed 25% to 3,300 in the year to March, up from 3,000, the theatre said."
)


@pytest.mark.parametrize(("check", "text"), [("sum-of-parts", BREAKDOWN), ("change-arithmetic", CHANGE)])
def test_a_statement_cut_by_a_wrap_is_checked_as_one(check: str, text: str) -> None:
    wrapped = _wrap(
        f"Opening paragraph of the story, long enough to wrap at sixty columns as wire copy does.\n\n{text}"
    )
    assert "\n" in wrapped.split("\n\n")[1]
    assert fails(check, text) and fails(check, wrapped)
    report = run(default_rule(check), wrapped)
    assert any("\n" in e.text for f in report.findings for e in f.evidence)  # quotes index the original text


def test_consistent_statements_stay_consistent_when_wrapped() -> None:
    text = BREAKDOWN.replace("9,400", "8,900")
    assert passes("sum-of-parts", _wrap(text)) and passes("sum-of-parts", text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The jury found him guilty on Wednesday 26 February, at the end of a three-week trial, which ran from "
         "19 January to 26 February.", True),
        ("The jury found him guilty on Wednesday 26 February, at the end of a five-week trial, which ran from "
         "19 January to 26 February.", False),
        ("Crowds came on Saturday 6 June to the 10-day fair, held from 1 June to 14 June, organisers said.", True),
        ("Crowds came on Saturday 6 June to the 14-day fair, held from 1 June to 14 June, organisers said.", False),
    ],
)  # fmt: skip
def test_a_duration_right_before_its_range_is_checked_among_other_dates(text: str, wrong: bool) -> None:
    assert fails("duration-dates", text) is wrong


@pytest.mark.parametrize(
    "text",
    [
        # a date between the duration and the range: the range may be another period
        "A three-week trial ended on 26 February; hearings ran from 19 January to 26 February.",
        # two ranges: which one the duration spans is not said
        "The two-week works ran from 1 June to 14 June and from 20 July to 2 August.",
    ],
)
def test_a_duration_not_tied_to_one_range_is_left_alone(text: str) -> None:
    assert silent("duration-dates", text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Operating profit climbed by 12% to £340m in the six months to 30 June, from £280m a year earlier.", True),
        ("Operating profit climbed by 21% to £340m in the six months to 30 June, from £280m a year earlier.", False),
        ("Sales rose 10% to $520m in the year ending June 30, up from $400m.", True),
        ("Sales rose 30% to $520m in the year ending June 30, up from $400m.", False),
    ],
)  # fmt: skip
def test_a_period_ending_on_a_day_may_sit_between_a_changes_ends(text: str, wrong: bool) -> None:
    assert fails("change-arithmetic", text) is wrong


def test_a_number_that_is_no_day_of_the_month_still_blocks_the_reading() -> None:
    assert silent("change-arithmetic", "Sales rose 10% to $520m in the year ending June 45, up from $400m.")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Of the £412m, £103m — about 40% — will go on care for older adults.", True),
        ("Of the £412m, £103m — about a quarter — will go on care for older adults.", False),
        ("Of the $2.4bn budget, $0.6bn — a third — goes to schools.", True),
    ],
)  # fmt: skip
def test_a_share_of_a_sum_set_off_after_the_part(text: str, wrong: bool) -> None:
    assert fails("percent-of", text) is wrong


@pytest.mark.parametrize(
    "text",
    [
        "Of the £412m, £103k — about 40% — went on agency staff.",  # another magnitude: not this whole's unit
        "Of the 400 staff, £96m — about 40% — went on pay.",  # a sum is no share of a headcount
    ],
)
def test_a_part_of_another_kind_is_no_share_of_the_whole(text: str) -> None:
    assert silent("percent-of", text)
