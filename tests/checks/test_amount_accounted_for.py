"""cross-document-number: a source amount that one amount of a rewrite sentence restates is that amount's, never the
counterpart of the sentence's other amount ("will save £164,000 once bussing — around £38,000 — is counted" is
compared with the source's saving, not with its £38,000). Every sentence here is new."""

from __future__ import annotations

import pytest
from _run import rewrite_findings

_BEFORE = "The Harrowgate council cabinet met on Tuesday to decide the future of two village schools.\n\n"
_AFTER = "\n\nA final decision is due at the full council meeting in March, the cabinet was told.\n"

# (source passage, rewrite sentence, the changed amount as the rewrite writes it, the source amount it changes)
_CASES = [
    (
        "Running the minibus is expected to cost approximately £41,000 a year. With that counted, officers projected "
        "a net saving of £128,000 a year.",
        "The council says the closure will save £182,000 a year once the cost of the minibus — around £41,000 "
        "annually — is counted.",
        "£182,000",
        "£128,000",
    ),
    (
        "Repairs to the hall roof are estimated to cost about £65,000 this year. The sale of the playing field is "
        "valued at £310,000.",
        "Selling the playing field will raise £350,000 this year, well over the cost of the roof repairs — some "
        "£65,000 in all.",
        "£350,000",
        "£310,000",
    ),
    (
        "Heating the old building is forecast to cost roughly £23,000 a year. Officers put the overall saving from "
        "the move at £96,000 a year.",
        "The move will save £69,000 a year, even after the cost of heating the old building — about £23,000 annually.",
        "£69,000",
        "£96,000",
    ),
]


@pytest.mark.parametrize(("source", "rewrite", "changed", "original"), _CASES)
def test_a_restated_amount_is_no_counterpart_of_another(source: str, rewrite: str, changed: str, original: str) -> None:
    found = rewrite_findings("cross-document-number", _BEFORE + source + _AFTER, _BEFORE + rewrite + _AFTER)
    pairs = [
        ({e.text for e in f.evidence if e.role == "stated"}, {e.text for e in f.evidence if e.role == "source"})
        for f in found
    ]
    assert any(changed.lstrip("£") in s for stated, theirs in pairs for s in stated)
    # no finding reads the changed amount against the amount the rewrite restates unchanged
    restated = [s for stated, theirs in pairs if any(changed.lstrip("£") in x for x in stated) for s in theirs]
    assert all(original.lstrip("£") in s for s in restated)


@pytest.mark.parametrize(("source", "rewrite", "changed", "original"), _CASES)
def test_the_same_sentence_with_the_amount_kept_is_silent(
    source: str, rewrite: str, changed: str, original: str
) -> None:
    kept = rewrite.replace(changed, original)
    assert not rewrite_findings("cross-document-number", _BEFORE + source + _AFTER, _BEFORE + kept + _AFTER)


def test_a_bound_restates_no_amount() -> None:
    # "less than £60,000" holds the source's £57,400 but states none: "under £50,000" is still read against it
    source = "The appeal raised £57,400 in the town and £4,100 online, a total of £61,500, the committee said."
    rewrite = "The appeal raised under £50,000 in the town and less than £60,000 in all, the committee said."
    found = rewrite_findings("cross-document-number", _BEFORE + source + _AFTER, _BEFORE + rewrite + _AFTER)
    assert any("57,400" in e.text for f in found for e in f.evidence if e.role == "source")
