"""The cheap tests that let the numeric checks skip a sentence never change what they find.

Each prefilter is compared with the unfiltered scan: on its own (random text, odd Unicode included) and through
the checks (random news-like documents, every generic numeric check run with the prefilters on and off).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.checks import (
    _calendar,
    _numeric,
    change_arithmetic,
    count_vs_list,
    percent_of,
    weekday_date,
)
from factcheck.checks._common import Verdict
from factcheck.checks._registry import get_check
from factcheck.engine import build_facts
from factcheck.facts import FactBase
from factcheck.models import Document
from factcheck.rules.loader import load_rules

FRAGMENTS = [
    "Of the", "350", "members polled,", "84", "—", "about a third", "backed the plan.", "rose", "fell", "12%",
    "to", "560", "from", "500", "doubled", "three", "regions:", "Tuscany,", "Umbria", "and", "Lazio", "or",
    "the 10-day festival", "opened on 1 June", "closed on 14 June", "since March", "for seven months", "over",
    "Tuesday, March 4, 2024,", "on Tuesday", "a million", "A HUNDRED", "half", "½", "2¾", "²", "①", "K", "ſ",
    "DAY", "Year", "Fortnight", "decades", "12 km (7.5 miles)", "40 km or 25 miles", "fifty-two", "of them",
    ",", ".", "soldiers", "flights were cancelled at Heathrow", "Officials said", "Ukrainian", "troops", "ı",
    "İ", "twenty", "percent", "points", "1,300", "7.2 billion", "a quarter", "two-thirds", "2019", "week-long",
]  # fmt: skip
NUMERIC_CHECKS = (
    "percent-of",
    "sum-of-parts",
    "change-arithmetic",
    "count-vs-list",
    "duration-dates",
    "unit-conversion",
    "weekday-date",
    "cross-document-number",
)

sentences = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=14).map(" ".join)
texts = st.one_of(sentences, st.text(max_size=60), st.text(alphabet="0123456789²③½KkſsıiİDdAaYy %-", max_size=30))


@given(texts)
def test_has_digit_is_isdigit(text: str) -> None:
    assert _numeric.has_digit(text) == any(c.isdigit() for c in text)


@given(texts)
def test_a_sentence_skipped_holds_no_number(text: str) -> None:
    if not _numeric.may_hold_number(text):
        assert _numeric.scan(text) == []


@given(texts)
def test_durations_filtered_as_unfiltered(text: str) -> None:
    assert _calendar.durations(text) == _calendar._durations(text)


@given(texts)
def test_pattern_prefilters_keep_every_match(text: str) -> None:
    skel = _numeric.skeleton(text, _numeric.scan(text))
    if not percent_of.may_match(skel):
        assert not any(p.search(skel) for p in percent_of._PATTERNS)
    if not change_arithmetic.may_match(skel):
        assert not any(p.search(skel) for p in [*change_arithmetic._PATTERNS, change_arithmetic._MULT])


def test_known_cases() -> None:
    assert _numeric.may_hold_number("A million people came.")  # scale words alone start a number
    assert _numeric.scan("A million people came.")
    assert not _numeric.may_hold_number("Nobody came.")
    assert _numeric.has_digit("x²") and not _numeric.has_digit("x")
    assert _calendar.durations("for over THREE YEARS") == _calendar._durations("for over THREE YEARS") != []
    assert not _calendar.may_hold_duration("They met on Tuesaay.")


def _verdicts(facts: FactBase) -> Iterator[tuple[str, Verdict]]:
    for rule in load_rules(None).rules:
        if rule.enabled and rule.type in NUMERIC_CHECKS:
            for v in get_check(rule.type).function(rule, facts):
                yield rule.type, v


def _unfiltered(monkeypatch: pytest.MonkeyPatch) -> None:
    every_char = lambda text: any(c.isdigit() for c in text)  # noqa: E731
    monkeypatch.setattr(_numeric, "may_hold_number", lambda text: True)
    monkeypatch.setattr(_numeric, "has_digit", every_char)
    monkeypatch.setattr(weekday_date, "has_digit", every_char)
    monkeypatch.setattr(_calendar, "may_hold_duration", lambda text: True)
    monkeypatch.setattr(percent_of, "may_match", lambda skel: True)
    monkeypatch.setattr(change_arithmetic, "may_match", lambda skel: True)
    monkeypatch.setattr(count_vs_list, "sentence_nums", lambda facts, doc, s: _numeric.scan(s.span.text))


documents = st.lists(st.lists(sentences, min_size=1, max_size=4), min_size=1, max_size=3)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_checks_find_the_same_with_and_without_prefilters(docs: list[list[str]]) -> None:
    published = dt.date(2024, 3, 9)
    made = [Document(id=f"d{i}", text=" ".join(s), published=published) for i, s in enumerate(docs)]
    base = build_facts(made, needs={"sentences", "dates", "quantities"})

    def fresh() -> FactBase:
        return FactBase(documents=base.documents, extractions=base.extractions, sources=base.sources)

    filtered = list(_verdicts(fresh()))
    with pytest.MonkeyPatch.context() as mp:
        _unfiltered(mp)
        unfiltered = list(_verdicts(fresh()))
    assert filtered == unfiltered


def test_the_property_sees_findings() -> None:
    """The documents above do reach the checks (a property over nothing would prove nothing)."""
    text = (
        "Of the 350 members polled, 84 — about a third — backed the plan. Sales rose 12% to 560 from 500. "
        "The three regions: Tuscany, Umbria, Lazio and Marche. The 10-day festival opened on 1 June and closed "
        "on 14 June. The road is 40 km (15 miles) long. The talks opened on Tuesday, March 4, 2024."
    )
    facts = build_facts([Document(id="a", text=text, published=dt.date(2024, 3, 9))], needs={"sentences", "dates"})
    found = {kind for kind, v in _verdicts(facts) if not v.held}
    assert {"percent-of", "count-vs-list", "duration-dates", "unit-conversion", "weekday-date"} <= found
