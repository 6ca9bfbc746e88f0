"""Behaviour of the generic numeric and calendar checks on hand-written texts, their docstrings, and any text."""

from __future__ import annotations

import re

import pytest
from _run import run
from _seeds import numeric_rules
from cases import FLAGS, PASSES, Case
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.checks._registry import get_check
from factcheck.rules.base import RuleBase

RULES: dict[str, RuleBase] = {r.type: r for r in numeric_rules()}


def _texts(case: Case) -> tuple[str, ...]:
    return (case,) if isinstance(case, str) else case


def _params(table: dict[str, list[Case]]) -> list[object]:
    return [
        pytest.param(check, case, id=f"{check}-{i}") for check, cases in table.items() for i, case in enumerate(cases)
    ]


@pytest.mark.parametrize(("check", "case"), _params(FLAGS))
def test_flags(check: str, case: Case) -> None:
    report = run(RULES[check], *_texts(case))
    assert report.findings, f"{check} missed: {case}"
    for f in report.findings:
        assert "{" not in f.message


@pytest.mark.parametrize(("check", "case"), _params(PASSES))
def test_passes(check: str, case: Case) -> None:
    report = run(RULES[check], *_texts(case))
    assert not report.findings, [f.message for f in report.findings]


def test_enough_cases() -> None:
    for check in RULES:
        assert len(FLAGS[check]) >= 10 and len(PASSES[check]) >= 10, check


_DOC_EXAMPLE = re.compile(r"^(Flags|Passes): (.+)$", re.M)


def _doc_examples() -> list[object]:
    out = []
    for check in sorted(RULES):
        for kind, body in _DOC_EXAMPLE.findall(get_check(check).doc):
            texts = tuple(re.findall(r"\"([^\"]+)\"", body))
            out.append(pytest.param(check, kind, texts, id=f"{check}-{kind}"))
    return out


@pytest.mark.parametrize(("check", "kind", "texts"), _doc_examples())
def test_docstring_examples(check: str, kind: str, texts: tuple[str, ...]) -> None:
    report = run(RULES[check], *texts)
    if kind == "Flags":
        assert report.findings
    else:
        assert not report.findings


def test_messages_show_the_arithmetic() -> None:
    assert run(RULES["percent-of"], FLAGS["percent-of"][0]).findings[0].message == "84 of 350 is 24%, not about a third"
    assert run(RULES["sum-of-parts"], FLAGS["sum-of-parts"][0]).findings[0].message == "8 + 6 + 4 = 18, not 19"


_PIECES = " of | or | and | rose | from | to | the rest| miles | km|°F|°C| March | Tuesday|, 2024| days| since | about "
_PIECES += "| over | three | a third| doubled | points| troops| flights| war| invasion| has been |\n"
_NEWSY = st.lists(
    st.sampled_from([*"0123456789 ,.;:()%—–-abcdefghijklmnopqrstuvwxyz", *_PIECES.split("|")]), max_size=60
).map("".join)


@pytest.mark.parametrize("check", sorted(RULES))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(a=_NEWSY, b=st.one_of(_NEWSY, st.text(max_size=300)))
def test_never_raises(check: str, a: str, b: str) -> None:
    run(RULES[check], a, b)
