"""Fixes for general causes found by the pairs of the twenty-first and twenty-second held-out sets, pinned with
hand-written sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import datetime as dt

from _run import rewrite_findings as findings

from factcheck.ingest import date_line, from_text

# --- ingest: a publication date printed as a line of the head ----------------------------------------------------


def test_a_date_line_is_read_as_the_publication_date() -> None:
    assert date_line("March 3, 2026") == dt.date(2026, 3, 3)
    assert date_line("Tuesday, 3 March 2026") == dt.date(2026, 3, 3)
    assert date_line("Wed., Jan. 7th, 2026") == dt.date(2026, 1, 7)
    assert date_line("Oslo, 12 February 2026") == dt.date(2026, 2, 12)
    assert date_line("The Courier | Published Aug. 9, 2026") == dt.date(2026, 8, 9)
    assert date_line("Posted: 9:05 AM EST Dec. 1, 2026") == dt.date(2026, 12, 1)
    assert date_line("_Lagos, July 30, 2026_") == dt.date(2026, 7, 30)
    assert date_line("Published : Sept. 4, 2026 - 08:30") == dt.date(2026, 9, 4)


def test_a_line_that_only_mentions_a_date_is_not_the_publication_date() -> None:
    assert date_line("The inquiry will report on March 3, 2026.") is None
    assert date_line("Updated: 9:05 AM EST Dec. 1, 2026") is None  # a later version's date
    assert date_line("February 30, 2026") is None
    assert date_line("Ends/Tuesday, March 3, 2026") is None
    doc = from_text("HARBOUR BOARD\n\nFOR RELEASE\nMarch 3, 2026\n\nThe board met on Monday.\n")
    assert doc.published == dt.date(2026, 3, 3)
    late = "Line one.\n\nLine two.\n\nLine three.\n\nLine four.\n\nLine five.\n\nLine six.\n\nMarch 3, 2026\n"
    assert from_text(late).published is None  # only the head's lines are read
    assert from_text("---\npublished: 2026-05-01\n---\nMarch 3, 2026\n\nText.\n").published == dt.date(2026, 5, 1)


# --- unsupported-claim: a next-day story's own reporting ----------------------------------------------------------

_PLANT = (
    "Harlow Foods and the union representing about 1,850 packers at its Dunmore plant reached a deal on Tuesday "
    "that could end a three-week stoppage. "
    "The two-year agreement includes pay rises totalling 9 percent and a one-off payment of $2,000, the union said. "
    "Members will vote on the agreement on Thursday, with results expected that night. "
    "The company said production could restart as soon as next week if members back the deal. "
    "Union president Carla Moss said the offer was the best the local had ever put to members. "
    "The company said the stoppage had cost it about $40 million in lost sales so far."
)


def _plant_rewrite(added: str) -> str:
    return (
        "Packers at Harlow Foods' Dunmore plant voted on Thursday to accept a two-year agreement, ending a "
        "three-week stoppage, the union said. "
        "The agreement includes pay rises totalling 9 percent and a one-off payment of $2,000. "
        f"{added} "
        "Union president Carla Moss said the result was the best the local had ever put to members. "
        "The company has said the stoppage cost it about $40 million in lost sales."
    )


def test_a_next_day_story_may_restate_a_source_figure_in_other_words() -> None:
    assert not findings("unsupported-claim", _PLANT, _plant_rewrite("About 1,850 staff are covered by the deal."))


def test_a_figure_only_a_bound_holds_is_still_new() -> None:
    """ "up to 14 weeks" holds the source's 9 and 3 only as an interval: no source writes 14."""
    text = "Strikers face losing up to 14 weeks of bonus pay under the deal."
    assert findings("unsupported-claim", _PLANT, _plant_rewrite(text))


def test_a_next_day_story_may_report_an_announced_date() -> None:
    text = "Packers will return to the lines on Monday, Oct. 19, the company said, with full output by late November."
    assert not findings("unsupported-claim", _PLANT, _plant_rewrite(text))
    bare = "Packers will return to the lines on Monday, Oct. 19, with full output by late November."
    assert findings("unsupported-claim", _PLANT, _plant_rewrite(bare))  # no one says so
    same_day = findings("unsupported-claim", _PLANT, _plant_rewrite(text), days_apart=0)
    assert same_day  # a rewrite of the same day has no newer reporting


_BALLOT = (
    "Early returns from 40 of the district's 52 precincts showed Ana Ruiz ahead with 10,412 votes to Tom Baird's "
    "9,380, election officials said late on Tuesday. "
    "Officials said turnout was about 38 percent and the full count would be certified on Wednesday. "
    "Baird told supporters outside his campaign office that he was not conceding the race. "
    "Ruiz thanked volunteers at a rally in the town square and said the district wanted change. "
    "The seat became vacant in March when the previous councillor resigned."
)


def _ballot_rewrite(added: str) -> str:
    return (
        "Ana Ruiz has won the district seat, election officials said on Wednesday, after the count from all 52 "
        "precincts was certified. "
        f"{added} "
        "Baird told supporters outside his campaign office that he was not yet conceding the race. "
        "Ruiz thanked volunteers at a rally in the town square and said the district wanted change. "
        "The seat became vacant in March after the previous councillor resigned."
    )


def test_a_next_day_story_may_update_a_count_its_source_gave() -> None:
    text = "Ruiz finished with 13,905 votes and Baird with 12,211 votes, according to the certified result."
    assert not findings("unsupported-claim", _BALLOT, _ballot_rewrite(text))
    other_noun = "Ruiz finished with 13,905 votes, and 2,140 volunteers worked on her campaign."
    assert findings("unsupported-claim", _BALLOT, _ballot_rewrite(other_noun))  # unattributed, a new noun


def test_a_next_day_share_of_its_own_new_figures_is_computed() -> None:
    text = (
        "Ruiz finished with 13,905 votes and Baird with 12,211 votes, according to the certified result. "
        "In the certified count, 26,116 votes were cast. Ruiz took about 53pc of the votes cast."
    )
    assert not findings("unsupported-claim", _BALLOT, _ballot_rewrite(text))
    wrong = text.replace("about 53pc", "about 61pc")
    assert findings("unsupported-claim", _BALLOT, _ballot_rewrite(wrong))


def test_a_code_glued_to_letters_is_no_number() -> None:
    text = "Baird said on Wednesday he would file a Form-27 challenge with the county clerk before deciding."
    assert not [f for f in findings("unsupported-claim", _BALLOT, _ballot_rewrite(text)) if "Form-27" in f.message]


def test_a_changed_percentage_is_cross_document_number_s() -> None:
    """A restated sentence whose only new number is a percentage its source sentence gives with another value is a
    changed number, not an unsupported claim."""
    changed = _plant_rewrite("").replace("totalling 9 percent", "totalling 11 percent")
    assert not [f for f in findings("unsupported-claim", _PLANT, changed) if "11 percent" in f.message]
