"""Fixes of the single-document checks for general causes found by the twelfth held-out set, pinned with
hand-written sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import pytest
from _run import fails

from factcheck.checks._calendar import report_day

# --- weekday-date: the day a statement was made dates the report, not the event ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # published Thursday 13 March 2025: "said Thursday" is the day of the statement, the theft a week earlier
        "Harbor Bank said Thursday that thieves had copied the files of 40,000 clients. Harbor Bank said the thieves"
        " were detected on 5 March inside its systems.",
        "The regulator announced on Wednesday that the mill had closed its gates. The mill closed its gates on 4"
        " March, the regulator said.",
        "The ministry on Tuesday said the port reopened after the storm. The port reopened on 3 March after the"
        " storm, the ministry said.",
        # the explicit date is the day of a statement, the weekday the event's
        "The port was reopened on Tuesday after the storm, the ministry said. The ministry said on 3 March that the"
        " port had been reopened after the storm.",
        # two statements, "said" the only verb they share
        "Coach Rana Ilves said on Monday the squad was tired. On 4 March, Ilves said the squad was fit.",
    ],
)
def test_a_report_day_is_never_linked_to_the_event(text: str) -> None:
    assert not fails("weekday-date", text)


@pytest.mark.parametrize(
    "text",
    [
        "The port was reopened on Tuesday after the storm. The port was reopened on 3 March after the storm, the"
        " ministry said.",
        "The ministry said the port reopened on Tuesday after the storm. On 4 March the port reopened after the storm.",
        "Ukraine agreed to the ceasefire proposal on Tuesday under the condition that Russia follows suit. Meanwhile,"
        " on 12 March, Kyiv agreed to a 30-day ceasefire proposed by the US.",
    ],
)
def test_an_event_verb_beside_both_dates_still_links_them(text: str) -> None:
    assert fails("weekday-date", text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Lakeside said Friday that it would appeal.", "Friday"),
        ("The council announced on Monday a new budget.", "Monday"),
        ("The agency told reporters Sunday the roads were clear.", "Sunday"),
        ("The club on Saturday confirmed the signing.", "Saturday"),
    ],
)
def test_report_day_phrases(text: str, day: str) -> None:
    start = text.index(day)
    assert report_day(text, start, start + len(day))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The bridge reopened on Friday, the council said.", "Friday"),
        ("Talks said to be stalled resumed Monday.", "Monday"),
        ("On Saturday the club signed a striker.", "Saturday"),
    ],
)
def test_event_days_are_no_report_days(text: str, day: str) -> None:
    start = text.index(day)
    assert not report_day(text, start, start + len(day))
