"""The engine: one call from paths to a Report; failures isolated; generic verdicts superseded by declared rules."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.checks import _registry
from factcheck.checks._common import Verdict, fail
from factcheck.checks.unsupported_claim import EVERY_CLAIM, UnsupportedClaimRule
from factcheck.engine import check
from factcheck.facts import FactBase
from factcheck.ingest import from_text
from factcheck.rules.base import RuleBase


class _BoomRule(RuleBase):
    type: Literal["test-boom"] = "test-boom"


@pytest.fixture
def boom_check() -> Iterator[None]:
    @_registry.register_check(_BoomRule)
    def _check(rule: _BoomRule, facts: FactBase) -> Iterator[Verdict]:
        doc = next(iter(facts.documents))
        yield fail("first verdict", [facts.evidence(doc, facts.sentence(doc, 0).span)])
        raise RuntimeError("the check broke")

    yield
    del _registry._REGISTRY["test-boom"]


def test_a_rule_that_raises_becomes_an_error_and_the_others_still_run(boom_check: None) -> None:
    doc = from_text("Of 1,200 staff, 300 — a third — were laid off.", id="a.txt")
    rules = [_BoomRule(id="t.boom", type="test-boom"), *_defaults("percent-of")]
    report = check([doc], rules=rules, defaults=False)
    assert [e.source for e in report.errors] == ["rule t.boom"]
    assert "RuntimeError: the check broke" in report.errors[0].message
    assert {f.rule for f in report.findings} == {"generic.percent-of"}
    assert report.exit_code() == 2


def test_an_unreadable_document_is_an_error_and_the_rest_is_checked(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Of 1,200 staff, 300 — a third — were laid off.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe")
    report = check([tmp_path], rules=_defaults("percent-of"), defaults=False)
    assert [e.source for e in report.errors] == [str(tmp_path / "bad.txt")]
    assert [d.id for d in report.documents] == [str(tmp_path / "good.txt")]
    assert [f.rule for f in report.findings] == ["generic.percent-of"]


def test_exit_codes_follow_fail_on() -> None:
    doc = from_text("Of 1,200 staff, 300 — a third — were laid off.", id="a.txt")
    report = check([doc], rules=_defaults("percent-of"), defaults=False)
    assert report.findings and report.findings[0].severity == "error"
    assert (report.exit_code("error"), report.exit_code("warning"), report.exit_code("never")) == (1, 1, 0)
    clean = check([from_text("Of 1,200 staff, 300 — a quarter — were laid off.")], rules=_defaults("percent-of"))
    assert clean.exit_code("info") == 0 and clean.passed


def test_evidence_indexes_the_document_and_findings_are_sorted() -> None:
    docs = [
        from_text(t, id=i)
        for i, t in (("b.txt", "Of 90 firms, 30 — 12% — closed."), ("a.txt", "Of 50 pupils, 5 — half — left."))
    ]
    report = check(docs, rules=_defaults("percent-of"), defaults=False)
    texts = {d.id: d.text for d in docs}
    assert [f.evidence[0].document for f in report.findings] == ["a.txt", "b.txt"]
    for f in report.findings:
        assert f.documents == sorted({e.document for e in f.evidence}, key=[e.document for e in f.evidence].index)
        for e in f.evidence:
            assert texts[e.document][e.start : e.end] == e.text


RULES = """
entities:
  Sudzha: {variants: [Suzha]}
rules:
  - {id: t.sudzha-spelling, type: spelling, entities: [Sudzha]}
"""


def test_a_declared_rule_supersedes_the_generic_verdict_on_the_same_statement(tmp_path: Path) -> None:
    text = "Russian troops entered Sudzha on Monday, officials in Sudzha said. Ukraine struck Suzha again on Tuesday."
    a = from_text(text, id="a.txt")
    generic_only = check([a], rules=_defaults("entity-spelling"), defaults=False)
    assert [f.rule for f in generic_only.findings] == ["generic.entity-spelling"]
    (tmp_path / "r.yaml").write_text(RULES, encoding="utf-8")
    both = check([a], rules=[str(tmp_path / "r.yaml")], defaults=True)
    spelling = [f.rule for f in both.findings if f.check in ("spelling", "entity-spelling")]
    assert spelling == ["t.sudzha-spelling"]


SOURCE = (
    "The regional council approved a new flood barrier for the harbour district on Tuesday. "
    "Work on the barrier will begin in March and take two years, the council said. "
    "The barrier will protect about 4,000 homes along the waterfront. "
    "Councillor Amy Dale said the vote was long overdue after three floods in five years. "
    "The contractor, Bayline Works, was chosen from six bidders."
)
REWRITE = (
    "The regional council on Tuesday approved a new flood barrier for the harbour district. "
    "Work on the barrier will start in March and take two years, the council said. "
    "The sea wall ($20.5m) and the pumping station ($14.2m) together account for $36.7m of the cost. "
    "The barrier will protect about 4,000 homes along the waterfront. "
    "Councillor Amy Dale said the vote was long overdue after three floods in five years. "
    "The contractor, Bayline Works, was chosen from six bidders."
)


def test_a_specific_check_supersedes_unsupported_claim_on_the_same_sentence() -> None:
    """A rewrite's new figure that a sum explains is reported as the sum's error, not also as an unsupported claim."""
    source, story = from_text(SOURCE, id="release.txt"), from_text(REWRITE, id="story.txt")
    numbers = UnsupportedClaimRule(id="t.unsupported", claims=EVERY_CLAIM)  # new numbers are opt-in
    alone = check([story], rules=[numbers], against=[source], defaults=False)
    assert [f.check for f in alone.findings] == ["unsupported-claim"]
    both = check([story], rules=[numbers, *_defaults("sum-of-parts")], against=[source], defaults=False)
    assert [f.check for f in both.findings] == ["sum-of-parts"]
    assert "= 34.6–34.8m, not 36.7m" in both.findings[0].message


def _defaults(check_type: str) -> list[RuleBase]:
    from factcheck.rules.loader import load_rules

    return [r for r in load_rules(None).rules if r.type == check_type]


def test_verdicts_only_about_context_documents_are_not_reported() -> None:
    draft = from_text("Of 1,200 staff, 300 — a quarter — were laid off.", id="draft.txt")
    archived = from_text("Of 1,200 staff, 300 — a third — were laid off.", id="archive.txt")
    report = check([draft], rules=_defaults("percent-of"), against=[archived], defaults=False)
    assert not report.findings
    assert [f.evidence[0].document for f in report.passed] == ["draft.txt"]


NEWSY = st.lists(
    st.sampled_from(
        [
            "Of",
            "the",
            "1,200",
            "staff",
            ",",
            "300",
            "—",
            "a",
            "third",
            "—",
            "were",
            "laid",
            "off",
            "on",
            "Monday,",
            "March",
            "3,",
            "2025",
            ".",
            "It",
            "rose",
            "12%",
            "to",
            "560",
            "from",
            "500",
            "doubled",
            "26",
            "miles",
            "(42",
            "km)",
            "about",
            "nearly",
            "over",
            "more",
            "than",
            "four",
            "regions",
            ":",
            "Kyiv,",
            "Sudzha",
            "and",
            "Suja",
            "despite",
            "due",
            "to",
            "not",
            "police",
            "said",
            "reportedly",
            "since",
            "February",
            "2022",
            "seven",
            "months",
            "30-day",
            "$2bn",
            "€5m",
            "86",
            "per",
            "cent",
            "half",
            "two-thirds",
            "\n",
            "(",
            ")",
            "“",
            "”",
            "'",
            "0",
            "1.",
            "•",
            "Comments",
            "(14)",
        ]
    ),
    max_size=60,
).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(NEWSY, st.text(max_size=200)), min_size=1, max_size=3))
def test_the_default_rules_never_fail_on_any_text(texts: list[str]) -> None:
    docs = [from_text(t or "x", id=f"d{i}.txt", published="2025-03-13") for i, t in enumerate(texts)]
    report = check(docs)
    assert not report.errors, report.errors
    for f in report.findings + report.passed:
        for e in f.evidence:
            assert docs[int(e.document[1])].text[e.start : e.end] == e.text
