"""Fixes for general causes found by the nineteenth held-out set, pinned with hand-written sentences that are not
the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import pytest

from factcheck.extract.assertions import find_attribution, tokenize

# --- a name with a title in apposition before the reporting verb is an attribution ---------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The chief inspector, Dr. Ruth Obi, said 12 herds were tested.", "Ruth Obi"),
        ("The ship's captain, Capt. Lars Eide, told reporters the hull was intact.", "Lars Eide"),
        ("Her solicitor, Mr Paul Grant, said the appeal would be lodged.", "Paul Grant"),
        ("The head teacher, Ms. Amara Diallo, said 310 pupils sat the exam.", "Amara Diallo"),
        ("Her lawyer, Maria Costa, said the deal was off.", "Maria Costa"),
    ],
)
def test_a_titled_name_in_apposition_is_a_source(text: str, source: str) -> None:
    found = find_attribution(tokenize(text), [])
    assert found is not None
    assert found.source == source


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Ruth Obi tested 12 herds on Monday.",  # no reporting verb
        "The report, by Dr. Ruth Obi, found 12 herds infected.",  # "found" is no reporting verb here
    ],
)
def test_a_titled_name_without_a_report_is_no_source(text: str) -> None:
    assert find_attribution(tokenize(text), []) is None
