"""Fixes for general causes found by the pairs of the twenty-fifth held-out set, pinned with hand-written sentences
that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

from _run import default_rule, fails, run

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
    source = _COUNTY.replace("the deadline. ", "the deadline and mailed 8,100 absentee ballots. ")
    rewrite = _county_rewrite("7,513")
    report = run(default_rule("cross-document-number"), source, rewrite)
    assert not [f for f in report.findings if "7,513" in f.message]
