"""A rewrite sentence that merges or rewords a source sentence so much that it restates it only loosely (best score
between the support floor and the restating threshold) still carries the source's count: a changed number there is
a cross-document-number finding, not an unsupported claim (found by the eleventh held-out set; sentences here are
not the held-out ones)."""

from __future__ import annotations

import pytest
from _run import rewrite_report

from factcheck.models import Report

_SOURCE = (
    "The regional water board approved a plan on Tuesday to replace the ageing pipes under the old town, after three "
    "public hearings. The scheme covers 38 pumping stations spread across the valley. Work will start in the "
    "spring and is expected to last four years. The board said bills would rise by about 4% to pay for it. "
    "Residents' groups welcomed the decision but asked for more notice of road closures."
)
_REST = (
    "Work will start in the spring and is expected to last four years. The board said bills would rise by about 4% "
    "to pay for it. Residents' groups welcomed the decision but asked for more notice of road closures."
)

# restates the source's second sentence below the restating threshold (0.25–0.29) with any of the counts below
_MERGED = "Agreed after three public hearings and a long consultation, the scheme"


def _report(check: str, source: str, rewrite: str) -> Report:
    return rewrite_report(check, source, rewrite)


def _rewrite(merged: str) -> str:
    lead = "The regional water board approved a plan on Tuesday to replace the ageing pipes under the old town."
    return f"{lead} {merged} {_REST}"


def test_a_changed_count_in_a_merged_sentence_is_a_changed_number_not_an_unsupported_claim() -> None:
    rewrite = _rewrite(f"{_MERGED} takes in 83 pumping stations.")
    found = _report("cross-document-number", _SOURCE, rewrite).findings
    assert [f.values["first"] for f in found] == [[83, 83]]
    assert "restates loosely" in found[0].message
    assert [e.text for e in found[0].evidence] == ["83", "38"]
    assert not _report("unsupported-claim", _SOURCE, rewrite).findings


@pytest.mark.parametrize(
    "merged",
    [
        f"{_MERGED} takes in 38 pumping stations.",  # the same count
        f"{_MERGED} takes in nearly 40 pumping stations.",  # rounded
        "Last year the valley's other water board closed 83 pumping stations.",  # another window and subject
    ],
)
def test_a_kept_or_unrelated_count_is_not_a_changed_number(merged: str) -> None:
    assert not _report("cross-document-number", _SOURCE, _rewrite(merged)).findings


def test_a_noun_counted_twice_in_a_document_is_not_compared_loosely() -> None:
    merged = (
        "The scheme, agreed after three public hearings, covers 83 pumping stations, and 12 pumping stations close."
    )
    assert not _report("cross-document-number", _SOURCE, _rewrite(merged)).findings


def test_a_new_number_beside_a_changed_count_is_still_unsupported() -> None:
    merged = f"{_MERGED} will cost £140m and take in 83 pumping stations."
    assert _report("cross-document-number", _SOURCE, _rewrite(merged)).findings
    assert _report("unsupported-claim", _SOURCE, _rewrite(merged)).findings


@pytest.mark.parametrize(
    ("sentence", "update"),
    [
        ("The deal, reached after five rounds of talks, covers 46 stocks.", False),
        ("The agreement was reached on Monday and covers 46 stocks.", False),
        ("The death toll reached 46 on Monday.", True),
        ("Cases have reached nearly 4,000 across the region.", True),
        ("The fund reached a record of 46 stocks.", True),
    ],
)
def test_reached_is_an_update_only_before_a_number(sentence: str, update: bool) -> None:
    from factcheck.checks.cross_document_number import _UPDATE

    assert bool(_UPDATE.search(sentence)) is update
