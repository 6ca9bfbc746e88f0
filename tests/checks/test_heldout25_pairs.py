"""Fixes for general causes found by the pairs of the twenty-fifth held-out set, pinned with hand-written sentences
that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

from _run import default_rule, fails, run
from _run import rewrite_findings as findings

from factcheck.checks.unsupported_claim import _records

# --- a kind of the counted noun both documents name once ("absentee ballots") is one count ---------------------------

_COUNTY = (
    "The Marlow County clerk said 61,250 ballots had been counted by Wednesday evening in the sheriff's race. "
    "The clerk's office received 9,400 requests for absentee ballots before the deadline. "
    "By Wednesday, 7,315 signed absentee ballots had come back to the clerk. "
    "Sheriff Dale Orton leads challenger Rita Vance by 812 votes. "
    "The county will certify the result on Friday."
)


def _county_rewrite(returned: str) -> str:
    return (
        "Sheriff Dale Orton leads Rita Vance by 812 votes, the Marlow County clerk said, with 61,250 ballots "
        "counted by Wednesday evening. "
        f"The clerk said {returned} absentee ballots had come back by Wednesday, out of 9,400 requests received "
        "before the deadline, meaning about 2,000 requested ballots are still out. "
        "The county will certify the result on Friday."
    )


def test_a_changed_count_of_a_named_kind_of_the_noun_fails() -> None:
    assert fails("cross-document-number", _COUNTY, _county_rewrite("7,513"))


def test_the_same_count_of_a_named_kind_of_the_noun_passes() -> None:
    assert not fails("cross-document-number", _COUNTY, _county_rewrite("7,315"))


def test_a_kind_counted_twice_with_two_values_is_no_one_count() -> None:
    # the source counts absentee ballots twice (mailed and returned): "absentee" does not say which is which
    # (a value that is no copy slip of 7,315: "7,513", its digits reordered, is one of the sentence it restates)
    source = _COUNTY.replace("the deadline. ", "the deadline and mailed 8,100 absentee ballots. ")
    rewrite = _county_rewrite("7,640")
    report = run(default_rule("cross-document-number"), source, rewrite)
    assert not [f for f in report.findings if "7,640" in f.message]


# --- a superlative over a span of years is a record claim ----------------------------------------------------------

_RESERVOIR = (
    "The water board said on Monday that the Kellan reservoir stood at 41 per cent of capacity after a dry spring. "
    "Hosepipe use will be banned across the county from Friday, the board said. "
    "The board's chief executive, Mark Dunne, urged households to take shorter showers. "
    "Rainfall in April and May was less than half the seasonal average, according to the board."
)


def _reservoir_rewrite(extra: str) -> str:
    return (
        "The Kellan reservoir stood at 41 per cent of capacity after a dry spring, the water board said on Monday. "
        "Hosepipe use will be banned across the county from Friday, the board said. "
        f"{extra}"
        "Chief executive Mark Dunne urged households to take shorter showers. "
        "Rainfall in April and May was less than half the seasonal average, according to the board."
    )


def test_a_superlative_over_years_no_source_makes_is_unsupported() -> None:
    claim = "The 41 per cent level is the lowest for the reservoir in more than 30 years, the board said. "
    assert findings("unsupported-claim", _RESERVOIR, _reservoir_rewrite(claim))
    decade = "At 41 per cent, the reservoir is at its lowest level in a decade, the board said. "
    assert findings("unsupported-claim", _RESERVOIR, _reservoir_rewrite(decade))


def test_a_superlative_over_years_the_source_makes_is_supported() -> None:
    source = _RESERVOIR.replace("after a dry spring.", "after a dry spring, its lowest level since 1995.")
    claim = "The 41 per cent level is the lowest for the reservoir in more than 30 years, the board said. "
    assert not findings("unsupported-claim", source, _reservoir_rewrite(claim))


def test_a_superlative_with_a_duration_of_something_else_is_no_record() -> None:
    assert _records("She was the youngest of four children and lived for 20 years in Leeds.") == []
    assert _records("The tallest tower in the city was finished in 1990.") == []
    assert [m for m, _ in _records("It was the wettest June on record.")] == ["span"]


# --- a poll table's previous values and an outlet's own figures are not unsupported -------------------------------

_POLL = (
    "Northgate Polling's latest survey of 1,850 adults puts the Unity Party on 34%, ahead of the Civic League.\n\n"
    "Changes from the April survey in brackets:\n\n"
    "- Unity Party: 34% (-2)\n- Civic League: 27% (+3)\n- Greens: 12% (n/c)\n- Others: 27% (-1)\n\n"
    "The survey was conducted online between 4 and 6 May. "
    "Unity's lead has narrowed from 13 points to seven, Northgate said. "
    "The Civic League's leader said the party was gaining ground in the suburbs. "
    "Northgate Polling is a member of the British Polling Council and abides by its rules. "
    "Data were weighted by age, gender, region and past vote to represent all adults."
)


def _poll_rewrite(extra: str, table: str = "Unity Party 34% (-2), Civic League 27% (+3), Greens 12% (n/c)") -> str:
    return (
        "Northgate Polling's latest survey of 1,850 adults puts the Unity Party on 34%, ahead of the Civic League.\n\n"
        f"{table}, others 27%.\n\n"
        "The survey was conducted online between 4 and 6 May. "
        "Unity's lead has narrowed from 13 points to seven, Northgate said. "
        f"{extra}"
        "The Civic League's leader said the party was gaining ground in the suburbs."
    )


def test_a_previous_share_worked_back_from_a_bracketed_change_is_supported() -> None:
    extra = "Northgate's April survey had the Unity Party on 36% and the Civic League on 24%. "
    assert not findings("unsupported-claim", _POLL, _poll_rewrite(extra), days_apart=0)
    wrong = "Northgate's April survey had the Unity Party on 38% and the Civic League on 21%. "
    assert findings("unsupported-claim", _POLL, _poll_rewrite(wrong), days_apart=0)


def test_an_outlets_own_average_is_its_own_figure() -> None:
    extra = "Our rolling average of recent polls has the Unity Party on 32.5% and the Civic League on 28.1%. "
    assert not findings("unsupported-claim", _POLL, _poll_rewrite(extra), days_apart=0)
    theirs = "A rolling average of recent polls has the Unity Party on 32.5% and the Civic League on 28.1%. "
    assert findings("unsupported-claim", _POLL, _poll_rewrite(theirs), days_apart=0)


# --- a poll table's row copied with another share ------------------------------------------------------------------


def test_a_table_row_with_the_same_change_and_another_share_fails() -> None:
    rewrite = _poll_rewrite("", "Unity Party 34% (-2), Civic League 27% (+3), Greens 13% (n/c)")
    found = findings("cross-document-number", _POLL, rewrite)
    assert any("13%" in e.text for f in found for e in f.evidence)


def test_table_rows_that_agree_or_another_poll_pass() -> None:
    assert not findings("cross-document-number", _POLL, _poll_rewrite(""))
    # another poll: every change differs, so no row is this poll's row copied wrong
    other = _poll_rewrite("", "Unity Party 35% (+1), Civic League 25% (-2), Greens 13% (+1)")
    assert not findings("cross-document-number", _POLL, other)


# --- inside or outside a limit ---------------------------------------------------------------------------------------

_BUDGET = (
    "The county's new library opened on Saturday after three years of building work. "
    "The council said the project finished within its budget of £12 million and on schedule. "
    "The library holds 80,000 books and a children's theatre. "
    "Council leader Jane Ibbot said the building would serve the county for generations."
)


def _budget_rewrite(middle: str) -> str:
    return (
        "The county's new library opened on Saturday after three years of building work. "
        f"{middle} "
        "The library holds 80,000 books and a children's theatre. "
        "Council leader Jane Ibbot said the building would serve the county for generations."
    )


def test_a_limit_crossed_to_its_other_side_fails() -> None:
    flipped = "The council said the project went beyond its budget of £12 million but finished on schedule."
    assert findings("negation-flip", _BUDGET, _budget_rewrite(flipped))


def test_a_limit_kept_on_its_side_passes() -> None:
    kept = "The council said the project came in within its £12 million budget and on schedule."
    assert not findings("negation-flip", _BUDGET, _budget_rewrite(kept))
    other = "The council said the project finished within its budget of £12 million, beyond what critics expected."
    assert not findings("negation-flip", _BUDGET, _budget_rewrite(other))
