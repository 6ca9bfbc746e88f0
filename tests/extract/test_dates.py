"""Date and duration extraction: the seed articles, hand-written sentences and properties."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.dates import MONTH_NAMES, _Cand, _select, extract_dates
from factcheck.extract.sentences import split_sentences
from factcheck.models import DateRef, Document, Duration

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PUBLISHED = dt.date(2025, 3, 13)  # a Thursday
D = dt.date


def run(text: str, published: dt.date | None = PUBLISHED) -> tuple[list[DateRef], list[Duration]]:
    doc = Document(id="t", text=text, published=published)
    return extract_dates(doc, split_sentences(doc))


def seed(prefix: str) -> tuple[list[DateRef], list[Duration]]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    doc = Document(id=path.name, text=path.read_text(encoding="utf-8"), published=PUBLISHED)
    return extract_dates(doc, split_sentences(doc))


def one_date(text: str, published: dt.date | None = PUBLISHED) -> DateRef:
    dates, _ = run(text, published)
    assert len(dates) == 1, [d.span.text for d in dates]
    return dates[0]


def one_duration(text: str) -> Duration:
    _, durations = run(text)
    assert len(durations) == 1, [d.span.text for d in durations]
    return durations[0]


def texts(items: list[DateRef] | list[Duration]) -> list[str]:
    return [i.span.text for i in items]


# --- seeds (published Thursday 13 March 2025) ----------------------------------------------------------------------


def test_seed_000() -> None:
    dates, durations = seed("000")
    by_text = {d.span.text: d for d in dates}
    assert (by_text["Tuesday"].start, by_text["Tuesday"].weekday) == (D(2025, 3, 11), 1)
    aug = by_text["the beginning of August 2024"]
    assert (aug.start, aug.end, aug.granularity, aug.relative) == (D(2024, 8, 1), D(2024, 8, 31), "month", False)
    feb = by_text["February"]
    assert (feb.start, feb.end, feb.granularity, feb.since) == (D(2025, 2, 1), D(2025, 2, 28), "month", True)
    assert by_text["Thursday"].start == PUBLISHED  # "Thursday's meeting": the publication day itself
    dur = {d.span.text: d for d in durations}
    assert (dur["seven-month"].value, dur["seven-month"].unit) == (7, "month")
    assert (dur["seven-month"].days.low, dur["seven-month"].days.high) == (196, 217)
    assert dur["30-day"].days.low == dur["30-day"].days.high == 30
    over = dur["over three years"]
    assert over.hedge == "over" and over.days.low == 1095 and over.days.low_open and over.days.high == 1647


def test_seed_001() -> None:
    dates, durations = seed("001")
    by_text = {d.span.text: d for d in dates}
    assert by_text["Wednesday"].start == D(2025, 3, 12) and by_text["Wednesday"].anchor == PUBLISHED
    assert by_text["Wednesday"].relative
    assert (by_text["last year"].start, by_text["last year"].end) == (D(2024, 1, 1), D(2024, 12, 31))
    assert by_text["last year"].granularity == "year"
    aug = by_text["August last year"]
    assert (aug.start, aug.end, aug.granularity) == (D(2024, 8, 1), D(2024, 8, 31), "month")
    past = by_text["the past five days"]
    assert (past.start, past.end) == (D(2025, 3, 8), PUBLISHED)
    assert by_text["Friday"].start == D(2025, 3, 14)  # "There will be no Ukrainian soldier there by Friday"
    five = {d.span.text: d for d in durations}["five days"]
    assert (five.value, five.unit, five.days.low) == (5, "day", 5)
    assert sorted(texts(durations)) == ["30-day", "five days"]


def test_seed_002() -> None:
    dates, _ = seed("002")
    by_text = {d.span.text: d for d in dates}
    assert by_text["Wednesday"].start == D(2025, 3, 12)
    assert by_text["Thursday"].start == PUBLISHED  # "confirmed the operation on Thursday"
    assert by_text["later Thursday"].start == PUBLISHED
    week = by_text["earlier this week"]
    assert (week.start, week.granularity) == (D(2025, 3, 10), "week") and week.end is not None
    assert week.end <= D(2025, 3, 16)
    feb22 = by_text["February 2022"]
    assert (feb22.start, feb22.end, feb22.granularity) == (D(2022, 2, 1), D(2022, 2, 28), "month")
    since = [d for d in dates if d.since]
    assert [(d.span.text, d.start) for d in since] == [("February", D(2025, 2, 1))]
    aug = by_text["August"]  # "a surprise incursion into Kursk in August" (past tense)
    assert aug.start == D(2024, 8, 1)


def test_seed_003() -> None:
    dates, durations = seed("003")
    by_text = {d.span.text: d for d in dates}
    assert (by_text["6 August 2024"].start, by_text["6 August 2024"].relative) == (D(2024, 8, 6), False)
    assert by_text["12 March"].start == D(2025, 3, 12) and by_text["12 March"].relative
    assert by_text["11 March"].start == D(2025, 3, 11)
    assert by_text["Friday"].start == D(2025, 3, 14)  # "will be left there by Friday"
    assert by_text["today"].start == PUBLISHED
    assert "seven months" in texts(durations)


def test_seed_004() -> None:
    dates, durations = seed("004")
    for d in dates:
        if d.weekday == 2:  # every Wednesday of the article is 12 March
            assert d.start == D(2025, 3, 12), d.span.text
        if d.weekday == 3:
            assert d.start == PUBLISHED, d.span.text
    by_text = {d.span.text: d for d in dates}
    assert by_text["late Wednesday"].start == D(2025, 3, 12)
    early = by_text["early February"]
    assert (early.start, early.end, early.granularity, early.since) == (D(2025, 2, 1), D(2025, 2, 28), "month", True)
    assert by_text["this week"].start == D(2025, 3, 10)
    dur = {d.span.text: d for d in durations}
    assert dur["more than seven months"].days.low_open and dur["more than seven months"].days.low == 196
    about = dur["about a month"]
    assert about.days.low == pytest.approx(25.2) and about.days.high == pytest.approx(34.1)


def test_seeds_spans_and_false_positives() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        doc = Document(id=path.name, text=path.read_text(encoding="utf-8"), published=PUBLISHED)
        dates, durations = extract_dates(doc, split_sentences(doc))
        for span in [i.span for i in dates] + [i.span for i in durations]:
            assert doc.text[span.start : span.end] == span.text
        found = " | ".join(texts(dates) + texts(durations))
        for wrong in ("430", "Rossiya 24", "24 settlements", "1,300", "(0)", "400", "86%"):
            assert wrong not in found, (path.name, wrong)


# --- hand-written sentences ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "start", "end", "granularity"),
    [
        ("The treaty was signed on 11 March.", "11 March", D(2025, 3, 11), D(2025, 3, 11), "day"),
        ("The bridge reopened March 11.", "March 11", D(2025, 3, 11), D(2025, 3, 11), "day"),
        ("Flooding hit the valley on 6 August 2024.", "6 August 2024", D(2024, 8, 6), D(2024, 8, 6), "day"),
        ("The port closed Sept. 2.", "Sept. 2", D(2024, 9, 2), D(2024, 9, 2), "day"),
        ("Rates fell on Sept 2, 2024, analysts said.", "Sept 2, 2024", D(2024, 9, 2), D(2024, 9, 2), "day"),
        ("Output dropped in August 2024.", "August 2024", D(2024, 8, 1), D(2024, 8, 31), "month"),
        ("Exports slumped in early February.", "early February", D(2025, 2, 1), D(2025, 2, 28), "month"),
        ("The mill has run since the 1990s.", "1990s", D(1990, 1, 1), D(1999, 12, 31), "decade"),
        ("Turnout rose in 2024.", "2024", D(2024, 1, 1), D(2024, 12, 31), "year"),
        ("Inflation has doubled since 2022.", "2022", D(2022, 1, 1), D(2022, 12, 31), "year"),
        ("The council approved 2022's budget late.", "2022", D(2022, 1, 1), D(2022, 12, 31), "year"),
        ("The mayor resigned yesterday.", "yesterday", D(2025, 3, 12), D(2025, 3, 12), "day"),
        ("Ferries run again today.", "today", PUBLISHED, PUBLISHED, "day"),
        ("Wages stagnated last year.", "last year", D(2024, 1, 1), D(2024, 12, 31), "year"),
        ("Sales slowed last month.", "last month", D(2025, 2, 1), D(2025, 2, 28), "month"),
        ("The strike ended last week.", "last week", D(2025, 3, 3), D(2025, 3, 9), "week"),
        ("The board meets next week.", "next week", D(2025, 3, 17), D(2025, 3, 23), "week"),
        ("Prices have climbed this year.", "this year", D(2025, 1, 1), D(2025, 12, 31), "year"),
        ("The fund was set up earlier this month.", "earlier this month", D(2025, 3, 1), PUBLISHED, "month"),
        ("The dam burst a month ago.", "a month ago", D(2025, 2, 1), D(2025, 2, 28), "month"),
        ("The envoy left two weeks ago.", "two weeks ago", D(2025, 2, 24), D(2025, 3, 2), "week"),
        ("The shop opened five days ago.", "five days ago", D(2025, 3, 8), D(2025, 3, 8), "day"),
        ("Fishing resumed in August last year.", "August last year", D(2024, 8, 1), D(2024, 8, 31), "month"),
        ("Crime fell in the past five days.", "the past five days", D(2025, 3, 8), PUBLISHED, "day"),
        (
            "The mine flooded in the third quarter of 2023.",
            "the third quarter of 2023",
            D(2023, 7, 1),
            D(2023, 9, 30),
            "quarter",
        ),
        ("Crops failed in the summer of 2021.", "summer of 2021", D(2021, 6, 1), D(2021, 8, 31), "season"),
        ("Roads were resurfaced between 2010 and 2012.", "2010 and 2012", D(2010, 1, 1), D(2012, 12, 31), "year"),
        ("The census dated 2024-08-06 was revised.", "2024-08-06", D(2024, 8, 6), D(2024, 8, 6), "day"),
        ("The plan ends by the end of 2026.", "the end of 2026", D(2026, 1, 1), D(2026, 12, 31), "year"),
    ],
)
def test_forms(text: str, span: str, start: dt.date, end: dt.date, granularity: str) -> None:
    d = one_date(text)
    assert (d.span.text, d.start, d.end, d.granularity) == (span, start, end, granularity)


@pytest.mark.parametrize(
    ("text", "span", "weekday", "date"),
    [
        # weekday and date agree
        ("Classes resumed on Monday, Sept. 2, 2024.", "Monday, Sept. 2, 2024", 0, D(2024, 9, 2)),
        ("The vote took place on Tuesday 11 March.", "Tuesday 11 March", 1, D(2025, 3, 11)),
        # weekday and date disagree: both are kept, it is for a check to flag
        ("The summit opened on Tuesday, March 4, 2024.", "Tuesday, March 4, 2024", 1, D(2024, 3, 4)),
        ("The ferry sank on Friday, 12 March.", "Friday, 12 March", 4, D(2025, 3, 12)),
        ("Polls closed Sunday, Jan. 5, 2025, at 8 p.m.", "Sunday, Jan. 5, 2025", 6, D(2025, 1, 5)),
    ],
)
def test_weekday_date_pairs(text: str, span: str, weekday: int, date: dt.date) -> None:
    d = one_date(text)
    assert (d.span.text, d.weekday, d.start, d.end) == (span, weekday, date, date)


@pytest.mark.parametrize(
    ("text", "date", "alternative"),
    [
        ("The minister resigned on Tuesday.", D(2025, 3, 11), None),  # past tense: the Tuesday just gone
        ("Rescuers reached the village late Wednesday.", D(2025, 3, 12), None),
        ("Talks were held on Thursday.", PUBLISHED, None),  # the publication weekday itself
        ("Ministers will meet on Friday.", D(2025, 3, 14), None),  # future tense: the next one
        ("Repairs must be finished by Friday.", D(2025, 3, 14), None),  # a deadline
        ("The committee meets on Monday.", D(2025, 3, 10), D(2025, 3, 17)),  # unclear: past + alternative
        ("Fans will gather on Thursday evening.", PUBLISHED, None),
        ("The deal collapsed last Friday.", D(2025, 3, 7), None),
        ("The deal collapsed last Tuesday.", D(2025, 3, 11), D(2025, 3, 4)),  # this week's, or last week's
        ("The trial opens next Tuesday.", D(2025, 3, 18), None),
        ("The trial opens next Saturday.", D(2025, 3, 15), D(2025, 3, 22)),  # this week's, or next week's
    ],
)
def test_weekday_direction(text: str, date: dt.date, alternative: dt.date | None) -> None:
    d = one_date(text)
    assert d.start == d.end == date and d.anchor == PUBLISHED and d.relative
    assert d.alternatives == ([(alternative, alternative)] if alternative else [])


def test_day_month_year_inference() -> None:
    # past tense: not after the publication date, even when a later reading is nearer
    assert one_date("The office closed on 20 March.").start == D(2024, 3, 20)
    assert one_date("The office will close on 20 March.").start == D(2025, 3, 20)
    # unclear tense: the nearest reading, the one on the other side of the anchor as an alternative
    d = one_date("The Sept. 28 deadline is tight.", published=D(2025, 3, 25))
    assert d.start == D(2024, 9, 28) and d.alternatives == [(D(2025, 9, 28), D(2025, 9, 28))]
    d = one_date("The June 1 deadline is tight.")
    assert d.start == D(2025, 6, 1) and d.alternatives == [(D(2024, 6, 1), D(2024, 6, 1))]


def test_no_publication_date() -> None:
    d = one_date("The mayor resigned on Wednesday.", published=None)
    assert (d.start, d.end, d.relative, d.weekday, d.anchor) == (None, None, True, 2, None)
    d = one_date("It was built in 1998.", published=None)
    assert (d.start, d.relative) == (D(1998, 1, 1), False)
    assert one_date("Talks resumed since February.", published=None).since


@pytest.mark.parametrize(
    "text",
    [
        "Police detained 430 Ukrainian soldiers and 24 settlements were shelled.",
        "Rossiya 24 TV showed the footage.",
        "The zone covers 1,300 square kilometers.",
        "Comments (0)",
        "1. Bring water",
        "Thousands march through the capital.",
        "May the best team win.",
        "Putin may view the offer as a trap.",
        "Some 2,024 people registered.",
        "There were 2022 people in the hall.",
        "They won by 2000 votes.",
        "He wore jersey number 24 in the final.",
        "Once a year the fair comes to town.",
    ],
)
def test_not_dates(text: str) -> None:
    dates, durations = run(text)
    assert dates == [] and durations == [], texts(dates) + texts(durations)


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "hedge", "low", "high", "low_open"),
    [
        ("The siege lasted seven months.", "seven months", 7, "month", None, 196, 217, False),
        ("A seven-month stretch ended.", "seven-month", 7, "month", None, 196, 217, False),
        ("They agreed a 30-day ceasefire.", "30-day", 30, "day", None, 30, 30, False),
        ("The war has raged for over three years.", "over three years", 3, "year", "over", 1095, 1647, True),
        ("The repairs took about a month.", "about a month", 1, "month", "about", 25.2, 34.1, False),
        (
            "He was held for more than seven months.",
            "more than seven months",
            7,
            "month",
            "more than",
            196,
            325.5,
            True,
        ),
        ("The strike lasted five days.", "five days", 5, "day", None, 5, 5, False),
        ("A two-week truce began.", "two-week", 2, "week", None, 14, 14, False),
        ("The feud has simmered for decades.", "decades", 2, "decade", "decades", 7304, 32877, False),
        ("The talks dragged on for nearly two years.", "nearly two years", 2, "year", "nearly", 657, 732, False),
        ("Fighting went on for a few days.", "a few days", 2, "day", "a few", 2, 9, False),
        ("It took twenty-five years to finish.", "twenty-five years", 25, "year", None, 9125, 9150, False),
        ("The outage lasted 48 hours.", "48 hours", 48, "hour", None, 2, 2, False),
        ("Prisoners waited a year and a half.", "a year and a half", 1.5, "year", None, 547.5, 549, False),
    ],
)
def test_durations(
    text: str, span: str, value: float, unit: str, hedge: str | None, low: float, high: float, low_open: bool
) -> None:
    d = one_duration(text)
    assert (d.span.text, d.value, d.unit, d.hedge) == (span, value, unit, hedge)
    assert d.days.low == pytest.approx(low) and d.days.high == pytest.approx(high) and d.days.low_open == low_open


@pytest.mark.parametrize(
    ("text", "span", "start", "end", "granularity"),
    [
        # benchmark-driven additions, each in its own words
        (
            "The agency must trim its budget this fiscal year.",
            "this fiscal year",
            D(2025, 1, 1),
            D(2025, 12, 31),
            "year",
        ),
        ("The drought of 2017-2019 emptied the reservoir.", "2017-2019", D(2017, 1, 1), D(2019, 12, 31), "year"),
        ("He joined the survey of 1911-12 as a cook.", "1911-12", D(1911, 1, 1), D(1912, 12, 31), "year"),
        ("Auditors cited a 2016 review of the accounts.", "2016", D(2016, 1, 1), D(2016, 12, 31), "year"),
        ("She lost her 2019 reelection bid.", "2019", D(2019, 1, 1), D(2019, 12, 31), "year"),
        ("The harbour is now closed to tankers.", "now", PUBLISHED, PUBLISHED, "day"),
        ("Two ministers currently share the post.", "currently", PUBLISHED, PUBLISHED, "day"),
    ],
)
def test_benchmark_driven_forms(text: str, span: str, start: dt.date, end: dt.date, granularity: str) -> None:
    d = one_date(text)
    assert (d.span.text, d.start, d.end, d.granularity) == (span, start, end, granularity)


@pytest.mark.parametrize(
    ("text", "span", "start", "end", "granularity"),
    [
        # quarters and halves of a named or relative year, halves of a month
        (
            "Earnings slipped in the third quarter of last year.",
            "the third quarter of last year",
            D(2024, 7, 1),
            D(2024, 9, 30),
            "quarter",
        ),
        ("Output in Q2 this year topped forecasts.", "Q2 this year", D(2025, 4, 1), D(2025, 6, 30), "quarter"),
        (
            "Margins widened in the second half of 2023.",
            "the second half of 2023",
            D(2023, 7, 1),
            D(2023, 12, 31),
            "month",
        ),
        (
            "Sales recovered in the first half of last year.",
            "the first half of last year",
            D(2024, 1, 1),
            D(2024, 6, 30),
            "month",
        ),
        (
            "The survey ran in the first half of February 2024.",
            "the first half of February 2024",
            D(2024, 2, 1),
            D(2024, 2, 15),
            "month",
        ),
        # ordinal weeks (Monday to Sunday, counted by their Thursday) and ordinal weekdays of a month or year
        (
            "Ballots were counted in the first week of November 2024.",
            "the first week of November 2024",
            D(2024, 11, 4),
            D(2024, 11, 10),
            "week",
        ),
        (
            "Trading was thin in the last week of December 2024.",
            "the last week of December 2024",
            D(2024, 12, 23),
            D(2024, 12, 29),
            "week",
        ),
        ("Hiring peaked in the second week of 2024.", "the second week of 2024", D(2024, 1, 8), D(2024, 1, 14), "week"),
        (
            "Parliament returns on the first Monday of September 2025.",
            "the first Monday of September 2025",
            D(2025, 9, 1),
            D(2025, 9, 1),
            "day",
        ),
        (
            "The vote is set for the second Tuesday of next month.",
            "the second Tuesday of next month",
            D(2025, 4, 8),
            D(2025, 4, 8),
            "day",
        ),
        (
            "The fair opened on the last Saturday of February.",
            "the last Saturday of February",
            D(2025, 2, 22),
            D(2025, 2, 22),
            "day",
        ),
        # a weekday of a relative week, a day of a relative month, a weekday with a day number
        ("Talks will resume Wednesday next week.", "Wednesday next week", D(2025, 3, 19), D(2025, 3, 19), "day"),
        ("The envoy arrived on Monday of last week.", "Monday of last week", D(2025, 3, 3), D(2025, 3, 3), "day"),
        ("Rent is due on the 1st of next month.", "the 1st of next month", D(2025, 4, 1), D(2025, 4, 1), "day"),
        ("The strike ended on Friday the 7th.", "Friday the 7th", D(2025, 3, 7), D(2025, 3, 7), "day"),
        # the rest of a period, the year to date, the weekend
        (
            "Shops will stay shut for the rest of the week.",
            "the rest of the week",
            D(2025, 3, 13),
            D(2025, 3, 16),
            "day",
        ),
        ("Shares have gained 8% in the year to date.", "the year to date", D(2025, 1, 1), D(2025, 3, 13), "day"),
        ("Two ferries collided over the weekend.", "the weekend", D(2025, 3, 8), D(2025, 3, 9), "day"),
        # "in N units" names a future date when the clause is future, or with "time"
        ("The tunnel should open in two years' time.", "two years' time", D(2027, 1, 1), D(2027, 12, 31), "year"),
        ("The line will reopen in six months.", "six months", D(2025, 9, 1), D(2025, 9, 30), "month"),
        ("Officials will meet this coming Friday.", "this coming Friday", D(2025, 3, 14), D(2025, 3, 14), "day"),
    ],
)
def test_news_period_forms(text: str, span: str, start: dt.date, end: dt.date, granularity: str) -> None:
    d = one_date(text)
    assert (d.span.text, d.start, d.end, d.granularity) == (span, start, end, granularity)


@pytest.mark.parametrize(
    ("text", "spans", "periods"),
    [
        # a range opened by "from"/"between": one DateRef; the year written at one end applies to the other
        ("Sales fell from January to March 2024.", ["January to March 2024"], [(D(2024, 1, 1), D(2024, 3, 31))]),
        ("The strike ran from 3 March to 7 March 2024.", ["3 March to 7 March 2024"], [(D(2024, 3, 3), D(2024, 3, 7))]),
        # year-less ends: the start is the latest reading not after the end
        (
            "Floods hit the valley between November and February.",
            ["November and February"],
            [(D(2024, 11, 1), D(2025, 2, 28))],
        ),
        (
            "The exhibition will run from November to February.",
            ["November to February"],
            [(D(2025, 11, 1), D(2026, 2, 28))],
        ),
        ("The count ran from March 2024 to June.", ["March 2024 to June"], [(D(2024, 3, 1), D(2024, 6, 30))]),
        # a list is not a range, but a year written once still dates both
        (
            "Talks were held on Feb. 3 and March 7, 2024.",
            ["Feb. 3", "March 7, 2024"],
            [(D(2024, 2, 3), D(2024, 2, 3)), (D(2024, 3, 7), D(2024, 3, 7))],
        ),
        (
            "Votes were cast on Monday and Tuesday.",
            ["Monday", "Tuesday"],
            [(D(2025, 3, 10), D(2025, 3, 10)), (D(2025, 3, 11), D(2025, 3, 11))],
        ),
        # not a range: the second date is earlier, or the words between are not a range's
        (
            "He moved from May 2024 to March 2023 in the chart.",
            ["May 2024", "March 2023"],
            [(D(2024, 5, 1), D(2024, 5, 31)), (D(2023, 3, 1), D(2023, 3, 31))],
        ),
        (
            "Born in March, she died in May 2024.",
            ["March", "May 2024"],
            [(D(2025, 3, 1), D(2025, 3, 31)), (D(2024, 5, 1), D(2024, 5, 31))],
        ),
    ],
)
def test_ranges_and_lists_of_dates(text: str, spans: list[str], periods: list[tuple[dt.date, dt.date]]) -> None:
    dates, _ = run(text)
    assert texts(dates) == spans and [(d.start, d.end) for d in dates] == periods


def test_week_of_a_day_and_a_bare_to_range() -> None:
    d = one_date("Hearings are set for the week of March 24, 2025.")
    assert (d.span.text, d.start, d.end, d.granularity) == (
        "the week of March 24, 2025",
        D(2025, 3, 24),
        D(2025, 3, 30),
        "week",
    )
    d = one_date("The festival ran Oct. 2 to Oct. 22, 2024.")
    assert (d.span.text, d.start, d.end) == ("Oct. 2 to Oct. 22, 2024", D(2024, 10, 2), D(2024, 10, 22))
    # a count between two dates is no range: "to" joins only two days or two months
    dates, _ = run("Turnout rose from 2019 to 61% in March 2024.")
    assert texts(dates) == ["2019", "March 2024"]


def test_ordinal_weekday_states_its_weekday() -> None:
    d = one_date("The court sits again on the first Monday of October.")
    assert d.weekday == 0 and d.start is not None and d.start.weekday() == 0 and d.start.day <= 7


def test_in_n_units_keeps_the_duration_and_past_clauses_stay_durations() -> None:
    dates, durations = run("The tunnel will open in two years.")
    assert texts(dates) == ["two years"] and texts(durations) == ["two years"]
    dates, durations = run("The bridge was built in two years.")
    assert dates == [] and texts(durations) == ["two years"]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Arsenal led 3-1 in the first half.", []),
        ("Their 1-2 punch carried the second half of the game.", []),
        ("The H1N1 virus spread in the first week of his tenure.", []),
        ("The fifth Monday of February 2025 never came.", ["Monday", "February 2025"]),
        ("In 20 years the town doubled in size.", []),
        ("He finished second in the 1-2 final on his 30th birthday.", []),
        ("The squad of 23 trained in the 2nd half of the session.", []),
    ],
)
def test_not_new_period_forms(text: str, spans: list[str]) -> None:
    dates, _ = run(text)
    assert texts(dates) == spans


def test_recent_plural_is_a_vague_duration() -> None:
    d = one_duration("Rents have soared in recent weeks.")
    assert (d.span.text, d.unit, d.hedge, d.days.low, d.days.high) == ("weeks", "week", "weeks", 14, 63)


def test_ago_is_a_date_not_a_duration() -> None:
    dates, durations = run("The bridge fell two weeks ago.")
    assert texts(dates) == ["two weeks ago"] and durations == []


# --- round 6 forms (published Thursday 13 March 2025) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "start", "end", "granularity"),
    [
        # a month standing alone: lower case or a bare abbreviation after a strong context word
        ("Exports slumped in Sept after the floods.", "Sept", D(2024, 9, 1), D(2024, 9, 30), "month"),
        ("The fund will close next june.", "next june", D(2025, 6, 1), D(2025, 6, 30), "month"),
        (
            "Ridership fell during the month of Dec, data show.",
            "the month of Dec",
            D(2024, 12, 1),
            D(2024, 12, 31),
            "month",
        ),
        ("Tolls rose in the month of June 2023.", "the month of June 2023", D(2023, 6, 1), D(2023, 6, 30), "month"),
        (
            "The ferry sails on the first Friday of july.",
            "the first Friday of july",
            D(2025, 7, 4),
            D(2025, 7, 4),
            "day",
        ),
        # a day in words, or a day of the month alone after a preposition
        (
            "The accord was signed on the tenth of September, 2001.",
            "the tenth of September, 2001",
            D(2001, 9, 10),
            D(2001, 9, 10),
            "day",
        ),
        ("The parade marks the Fourth of July.", "the Fourth of July", D(2025, 7, 4), D(2025, 7, 4), "day"),
        ("Bids are due by the 21st.", "the 21st", D(2025, 3, 21), D(2025, 3, 21), "day"),
        ("The rent was paid on the 2nd.", "the 2nd", D(2025, 3, 2), D(2025, 3, 2), "day"),
        ("The plant is idle from the 4th to the 22nd.", "the 4th to the 22nd", D(2025, 3, 4), D(2025, 3, 22), "day"),
        # numeric dates: dashes and dots, the year first, a two-digit year after slashes
        ("The permit expired on 21-04-2016.", "21-04-2016", D(2016, 4, 21), D(2016, 4, 21), "day"),
        ("Filed on 2015/08/12 in Osaka.", "2015/08/12", D(2015, 8, 12), D(2015, 8, 12), "day"),
        ("The vote took place on 13.5.2015.", "13.5.2015", D(2015, 5, 13), D(2015, 5, 13), "day"),
        ("The firm was founded 05/05/89.", "05/05/89", D(1989, 5, 5), D(1989, 5, 5), "day"),
        # two calendar units on or back; a count of units from a named day
        ("Talks resume the week after next.", "the week after next", D(2025, 3, 24), D(2025, 3, 30), "week"),
        ("Turnout peaked the year before last.", "the year before last", D(2023, 1, 1), D(2023, 12, 31), "year"),
        ("The report is due two weeks from today.", "two weeks from today", D(2025, 3, 27), D(2025, 3, 27), "day"),
        (
            "He was seen three days before yesterday.",
            "three days before yesterday",
            D(2025, 3, 9),
            D(2025, 3, 9),
            "day",
        ),
        # decades in words
        ("Disco peaked in the seventies.", "the seventies", D(1970, 1, 1), D(1979, 12, 31), "decade"),
        ("Phones shrank in the noughties.", "the noughties", D(2000, 1, 1), D(2009, 12, 31), "decade"),
        ("Jazz thrived in the nineteen-twenties.", "the nineteen-twenties", D(1920, 1, 1), D(1929, 12, 31), "decade"),
        # parts of the current week or year, the weekday of a week written week first
        ("Police made arrests earlier in the week.", "earlier in the week", D(2025, 3, 10), D(2025, 3, 13), "week"),
        ("Rates will fall later in the year.", "later in the year", D(2025, 3, 13), D(2025, 12, 31), "year"),
        ("The board meets next week on Friday.", "next week on Friday", D(2025, 3, 21), D(2025, 3, 21), "day"),
        ("Fares rise during upcoming month.", "upcoming month", D(2025, 4, 1), D(2025, 4, 30), "month"),
        # headlines drop the article: "over past three weeks", "clashes over weekend"
        ("Prices rose over past three weeks.", "past three weeks", D(2025, 2, 20), D(2025, 3, 13), "day"),
        ("Rioters clashed with police over weekend.", "weekend", D(2025, 3, 8), D(2025, 3, 9), "day"),
        ("Shops stay shut for rest of week.", "rest of week", D(2025, 3, 13), D(2025, 3, 16), "day"),
        # "the next N days" starts the day after the anchor
        ("More rain will fall in the next three days.", "the next three days", D(2025, 3, 14), D(2025, 3, 16), "day"),
        # so many units from a stated day on; "the week beginning" a day stays its calendar week
        (
            "The office shuts for a week starting tomorrow.",
            "a week starting tomorrow",
            D(2025, 3, 14),
            D(2025, 3, 20),
            "day",
        ),
        ("Repairs take two weeks starting May 5.", "two weeks starting May 5", D(2025, 5, 5), D(2025, 5, 18), "day"),
        # "until" joins two days like "to"
        ("The gallery closes 1 April until 22 April.", "1 April until 22 April", D(2025, 4, 1), D(2025, 4, 22), "day"),
    ],
)
def test_round6_forms(text: str, span: str, start: dt.date, end: dt.date, granularity: str) -> None:
    d = one_date(text)
    assert (d.span.text, d.start, d.end, d.granularity) == (span, start, end, granularity)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Jan Egeland said aid was blocked.", []),  # a given name, not a month
        ("He talked to Jan about the deal.", []),  # "to" is no context for a bare abbreviation
        ("The resort at Mar-a-Lago hosted talks.", []),
        ("He scored for the 21st time.", []),  # an ordinal before a noun
        ("The team rose to the 3rd.", []),  # "to" is a range's end only after a day
        ("In June second-quarter sales rose.", ["June", "second-quarter"]),
        ("Since May first lady Jill Biden has travelled.", ["May"]),
        ("Highs will reach the seventies on Sunday.", ["Sunday"]),  # temperatures, not a decade
        ("His last three years in office were calm.", []),  # a possessive: not the running period
        ("The strike is due to last 72 hours.", []),  # the verb "last"
        ("Later in the year, he was arrested.", []),  # told of another year
        ("It reached 6,107.31 August 2019 levels.", ["August 2019"]),  # a decimal's fraction is no day
        ("The shop is open 24/7/365.", []),
    ],
)
def test_not_round6_forms(text: str, spans: list[str]) -> None:
    dates, _ = run(text)
    assert texts(dates) == spans


def test_from_now_states_a_duration_and_ranges_of_durations() -> None:
    dates, durations = run("The loan matures eight years from now.")
    assert texts(dates) == ["eight years from now"] and texts(durations) == ["eight years"]
    assert (dates[0].start, dates[0].end) == (D(2033, 1, 1), D(2033, 12, 31))
    _, durations = run("The buyback could take between 12 and 18 months.")
    assert [(d.span.text, d.value, d.unit) for d in durations] == [("12", 12, "month"), ("18 months", 18, "month")]
    _, durations = run("The vaccine is for children 6 months and older.")
    assert durations == []


# --- properties -----------------------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_and_spans_are_exact(text: str) -> None:
    doc = Document(id="h", text=text, published=PUBLISHED)
    dates, durations = extract_dates(doc, split_sentences(doc))
    for span in [i.span for i in dates] + [i.span for i in durations]:
        assert span.start <= span.end
        assert text[span.start : span.end] == span.text
    for d in dates:
        if d.start is not None and d.end is not None:
            assert d.start <= d.end


_WORDS = st.sampled_from(
    [
        "on",
        "Tuesday",
        "12",
        "March",
        "2024",
        "in",
        "the",
        "past",
        "five",
        "days",
        "ago",
        "since",
        "May",
        "last",
        "year",
        "over",
        "three",
        "years",
        "-",
        ",",
        ".",
        "Sept.",
        "2",
        "1990s",
        "about",
        "a",
        "month",
        "will",
        "said",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=25), st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)))
def test_word_soup_never_raises(words: list[str], published: dt.date) -> None:
    text = " ".join(words)
    doc = Document(id="h", text=text, published=published)
    dates, _ = extract_dates(doc, split_sentences(doc))
    for d in dates:
        assert text[d.span.start : d.span.end] == d.span.text


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=400), st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)))
def test_days_ago_against_random_anchors(n: int, anchor: dt.date) -> None:
    d = one_date(f"The storm hit {n} days ago.", published=anchor)
    assert d.start == d.end == anchor - dt.timedelta(days=n) and d.anchor == anchor
    past = one_date(f"Rain fell over the past {n} days.", published=anchor)
    assert (past.start, past.end) == (anchor - dt.timedelta(days=n), anchor)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=6), st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)))
def test_weekday_resolution_against_random_anchors(weekday: int, anchor: dt.date) -> None:
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday]
    past = one_date(f"The ship docked on {name}.", published=anchor)
    assert past.start is not None and past.start.weekday() == weekday
    assert 0 <= (anchor - past.start).days <= 6
    future = one_date(f"The ship will dock on {name}.", published=anchor)
    assert future.start is not None and future.start.weekday() == weekday
    assert 0 <= (future.start - anchor).days <= 6


_ORDINAL_WORDS = ["first", "second", "third", "fourth"]


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1950, max_value=2090), st.integers(min_value=1, max_value=12), st.integers(0, 3))
def test_ordinal_week_of_a_month_is_a_week_with_its_thursday_in_the_month(year: int, month: int, n: int) -> None:
    d = one_date(f"Trade slowed in the {_ORDINAL_WORDS[n]} week of {MONTH_NAMES[month - 1]} {year}.")
    assert d.start is not None and d.end is not None and d.start.weekday() == 0
    assert (d.end - d.start).days == 6
    thursday = d.start + dt.timedelta(days=3)
    assert (thursday.year, thursday.month) == (year, month) and (thursday.day - 1) // 7 == n


@settings(max_examples=100, deadline=None)
@given(st.integers(1950, 2090), st.integers(1, 12), st.integers(0, 3), st.integers(0, 6))
def test_ordinal_weekday_of_a_month(year: int, month: int, n: int, weekday: int) -> None:
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday]
    d = one_date(f"The board met on the {_ORDINAL_WORDS[n]} {name} of {MONTH_NAMES[month - 1]} {year}.")
    assert d.start == d.end and d.start is not None and d.weekday == weekday
    assert (d.start.year, d.start.month, d.start.weekday(), (d.start.day - 1) // 7) == (year, month, weekday, n)


@settings(max_examples=100, deadline=None)
@given(st.integers(1950, 2090), st.integers(1, 12), st.integers(1, 12), st.sampled_from(["from", "between"]))
def test_month_ranges_share_the_written_year(year: int, m1: int, m2: int, opener: str) -> None:
    join = "to" if opener == "from" else "and"
    dates, _ = run(f"Prices rose {opener} {MONTH_NAMES[m1 - 1]} {join} {MONTH_NAMES[m2 - 1]} {year}.")
    assert all(d.start is not None and d.end is not None and d.start <= d.end for d in dates)
    assert dates[-1].end is not None and (dates[-1].end.year, dates[-1].end.month) == (year, m2)
    first = dates[0].start
    assert first is not None and first.month == m1 and first.year == (year if m1 <= m2 else year - 1)


@pytest.mark.parametrize(
    ("text", "spans", "periods"),
    [
        ("Output peaked in 2016-11 before the slump.", ["2016-11"], [(D(2016, 11, 1), D(2016, 11, 30))]),
        ("The series ran from 11/2016 on.", ["11/2016"], [(D(2016, 11, 1), D(2016, 11, 30))]),
        # a month number above the year's last digits ends a span of years
        ("The 2010-11 season was cut short.", ["2010-11"], [(D(2010, 1, 1), D(2011, 12, 31))]),
        ("Cuts came in the 2011/12 budget.", [], []),
        # a dash standing for a pause: "11" is neither a month nor a year
        ("In 2016 - 11 people died in the fire.", ["2016"], [(D(2016, 1, 1), D(2016, 12, 31))]),
        ("Flares were worn in the 70s.", ["70s"], [(D(1970, 1, 1), D(1979, 12, 31))]),
        ("Highs stayed in the 70s all week.", [], []),  # temperatures
        ("Her approval sat in the 40s.", [], []),  # a poll
    ],
)
def test_months_in_figures_and_decades_in_figures(
    text: str, spans: list[str], periods: list[tuple[dt.date, dt.date]]
) -> None:
    dates, _ = run(text)
    assert texts(dates) == spans and [(d.start, d.end) for d in dates] == periods


def test_compound_ago_within_and_whole_units() -> None:
    d = one_date("The mine closed two years and three months ago.")
    assert (d.span.text, d.start, d.end) == ("two years and three months ago", D(2022, 12, 13), D(2022, 12, 13))
    d = one_date("The audit began 1 month, 10 days ago.")
    assert d.start == d.end == D(2025, 2, 3)
    dates, durations = run("The envoy will return within five days.")
    assert [(x.span.text, x.start, x.end) for x in dates] == [("within five days", D(2025, 3, 13), D(2025, 3, 18))]
    assert texts(durations) == ["within five days"]
    dates, _ = run("Troops must leave within two weeks of the deal.")  # counted from an event
    assert dates == []
    dates, _ = run("The plant was rebuilt within five days.")  # a past clause: only the length
    assert dates == []
    assert run("The firm raised its full-year profit forecast.")[1] == []  # an accounting period, not a length
    got = [
        (x.span.text, x.value, x.unit) for x in run("The talks ran all day; a half-hour break came another week.")[1]
    ]
    assert got == [("all day", 1, "day"), ("a half-hour", 0.5, "hour"), ("another week", 1, "week")]


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=31), st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)))
def test_day_of_the_month_alone_is_that_day_next_to_the_anchor(day: int, anchor: dt.date) -> None:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    dates, _ = run(f"The fee is due on the {day}{suffix}.", published=anchor)
    assert len(dates) == 1 and dates[0].start == dates[0].end and dates[0].start is not None
    d = dates[0].start
    assert d.day == day and abs((d.year * 12 + d.month) - (anchor.year * 12 + anchor.month)) <= 1


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=60), st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)))
def test_days_from_a_named_day_against_random_anchors(n: int, anchor: dt.date) -> None:
    d = one_date(f"The verdict is due {n} days from tomorrow.", published=anchor)
    assert d.start == d.end == anchor + dt.timedelta(days=n + 1)
    d = one_date(f"The ship left {n} days before yesterday.", published=anchor)
    assert d.start == d.end == anchor - dt.timedelta(days=n + 1)


_ROUND6_WORDS = st.sampled_from(
    [
        "on",
        "the",
        "21st",
        "4th",
        "of",
        "Sept",
        "june",
        "month",
        "week",
        "after",
        "next",
        "last",
        "before",
        "yesterday",
        "today",
        "tomorrow",
        "from",
        "two",
        "days",
        "ago",
        "and",
        "years",
        "three",
        "seventies",
        "70s",
        "earlier",
        "later",
        "in",
        "within",
        "will",
        "2016-11",
        "11/2016",
        "13.5.2015",
        "05/05/89",
        "2015/08/12",
        "full-year",
        "all",
        "another",
        "half-hour",
        "starting",
        "a",
        "between",
        "12",
        "18",
        "months",
        "older",
        "until",
        "tenth",
        "September",
        "Fourth",
        "July",
        ",",
        ".",
        "-",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ROUND6_WORDS, max_size=25), st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)))
def test_round6_word_soup_spans_index_the_text(words: list[str], published: dt.date) -> None:
    text = " ".join(words)
    dates, durations = run(text, published=published)
    for item in [*dates, *durations]:
        assert text[item.span.start : item.span.end] == item.span.text and item.span.start < item.span.end
    for d in dates:
        assert d.start is None or d.end is None or d.start <= d.end


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=25))
def test_chosen_candidates_never_overlap_and_block_every_one_dropped(spans: list[tuple[int, int]]) -> None:
    cands = [_Cand(a, a + n, "date", {"i": i}) for i, (a, n) in enumerate(spans)]
    chosen = _select(cands)
    assert all(x.end <= y.start for x, y in itertools.pairwise(chosen))  # in order, none overlapping
    for c in cands:
        if not any(c is x for x in chosen):  # dropped: a chosen one at least as long, or as long and earlier, overlaps
            assert any(
                x.start < c.end and c.start < x.end and (x.end - x.start, -x.start) >= (c.end - c.start, -c.start)
                for x in chosen
            )
