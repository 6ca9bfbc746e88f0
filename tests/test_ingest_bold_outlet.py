"""A date line whose outlet or byline is in bold or italics ("**The Courier** — Wednesday 7 June 2028") dates the
story, as the same line in plain text does; a weekday date later in the story is read in that year."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.engine import check
from factcheck.ingest import date_line, from_text


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("**Harbour Gazette** — Thursday 9 March 2028", dt.date(2028, 3, 9)),
        ("*The Valley Herald* – Monday, April 3, 2028", dt.date(2028, 4, 3)),
        ("__Morning Wire__ -- 12 May 2028", dt.date(2028, 5, 12)),
        ("**By Tomás Reilly** | Aug. 2, 2027", dt.date(2027, 8, 2)),
        ("**Prairie Public Radio** | Friday, Sept. 1, 2028", dt.date(2028, 9, 1)),
        ("**Ana Souza** | Porto Alegre, 14 June 2028", dt.date(2028, 6, 14)),
    ],
)
def test_a_bold_outlet_before_the_date_is_a_date_line(line: str, day: dt.date) -> None:
    assert date_line(line) == day


@pytest.mark.parametrize(
    "line",
    [
        "**Warning** — snow is expected on Thursday 9 March 2028 across the hills",
        "**Correction** — an earlier version gave the wrong date",
        "**Harbour Gazette** — your weekly round-up",
        "**Schedule**: the works run from 9 March 2028 to 4 April 2028",
        "**The Courier** — 9 March to 4 April 2028",
        "**Key dates** | 9 March 2028 and 4 April 2028",
    ],
)
def test_a_line_that_says_more_than_a_date_is_not(line: str) -> None:
    assert date_line(line) is None


@pytest.mark.parametrize(
    ("weekday", "found"), [("Tuesday", ["4 September 2028 is a Monday, not a Tuesday"]), ("Monday", [])]
)
def test_a_story_dated_in_bold_reads_its_weekdays_in_that_year(weekday: str, found: list[str]) -> None:
    text = (
        "# Bypass to open in autumn\n\n**Harbour Gazette** — Thursday 9 March 2028\n\n"
        f"The county said the bypass could open to traffic as early as {weekday} 4 September, after two years of "
        "work.\n"
    )
    doc = from_text(text, id="story.md")
    assert doc.published == dt.date(2028, 3, 9)
    report = check([doc])
    assert [f.message for f in report.findings if f.check == "weekday-date"] == found
