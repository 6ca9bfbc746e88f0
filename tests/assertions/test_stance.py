"""stance-conflict (generic) and stance (declared subject and topic), and the seeds' acceptance."""

from __future__ import annotations

import pytest

from factcheck.checks.stance import StanceRule
from factcheck.checks.stance_conflict import StanceConflictRule
from tests.assertions._helpers import run

GENERIC = StanceConflictRule(id="t.stance-conflict")

FLAGS = [
    [
        "Norway has agreed to the fishing quota deal. "
        "Meanwhile, Oslo has remained silent on whether it will accept the quota."
    ],
    [
        "Meanwhile, Kyiv agreed to the truce on Tuesday.",
        "Ukraine has remained silent on whether it will accept the ceasefire.",
    ],
    ["Hamas accepted the hostage exchange proposal on Sunday.", "Hamas rejected the hostage exchange proposal."],
    ["Portugal approved the water treaty last month.", "Portugal has yet to respond to the water treaty."],
    ["Tehran accepted the inspection regime in Vienna.", "Iran refused the inspection regime."],
    [
        "The Teamsters Union has agreed to the wage settlement.",
        "The Teamsters Union has not agreed to the wage settlement.",
    ],
    ["Apple confirmed the battery recall on Monday.", "Apple denied the battery recall."],
    [
        "Serbia endorsed the border agreement with Kosovo.",
        "Serbia has yet to decide on the border agreement with Kosovo.",
    ],
    ["Beijing agreed to the tariff truce in Geneva.", "China rejected the tariff truce."],
    ["Greece accepted the bailout terms on Friday.", "Greece turned down the bailout terms."],
    [
        "Toyota agreed to the emissions settlement with regulators.",
        "Toyota has declined to comment on the emissions settlement.",
    ],
]
PASSES = [
    ["Russia says Ukraine agreed to the ceasefire.", "Ukraine denied the ceasefire."],
    ["Norway agreed to the fishing quota deal.", "Norway agreed to the fishing quota in Bergen."],
    ["Hamas accepted the hostage exchange proposal.", "Israel rejected the hostage exchange proposal."],
    ["Portugal approved the water treaty.", "Portugal has yet to respond to the trade pact."],
    ["Iran initially rejected the inspection regime.", "Iran later accepted the inspection regime."],
    [
        "The union will probably agree to the wage settlement.",
        "The Teamsters Union has yet to respond to the wage settlement.",
    ],
    [
        "Officials hope to persuade Serbia to accept the border agreement.",
        "Serbia has yet to decide on the border agreement.",
    ],
    ["It is unclear whether Greece will accept the bailout terms.", "Greece has yet to respond to the bailout terms."],
    ["Is China ready to agree to the tariff truce?", "China rejected the tariff truce."],
    ["According to Reuters, Toyota agreed to the emissions settlement.", "Toyota rejected the emissions settlement."],
    ["Apple confirmed the battery recall.", "Apple confirmed the battery recall again on Friday."],
]


@pytest.mark.parametrize("texts", FLAGS)
def test_stance_conflict_flags(texts: list[str]) -> None:
    found = run(GENERIC, texts)
    assert len(found) == 1, [f.message for f in found]
    assert {e.role for e in found[0].evidence} >= {"stated", "conflicting"}


@pytest.mark.parametrize("texts", PASSES)
def test_stance_conflict_passes(texts: list[str]) -> None:
    assert run(GENERIC, texts) == []


DECLARED = StanceRule(
    id="t.ceasefire-stance",
    subject="Ukraine",
    topic=["ceasefire", "truce"],
    stances={
        "accepted": ["agree", "accept"],
        "undecided": ["remain silent on whether", "yet to respond"],
        "rejected": ["reject"],
    },
    conflicts=[("accepted", "undecided"), ("accepted", "rejected")],
)
DECLARED_FLAGS = [
    ["Ukraine agreed to the truce on Tuesday.", "Ukraine has yet to respond to the ceasefire offer."],
    ["Ukraine accepted the ceasefire.", "Ukraine rejected the ceasefire."],
    ["Ukraine has remained silent on whether it will accept the truce. Ukraine agreed to the ceasefire."],
    ["Ukraine rejected the truce plan.", "Ukraine accepted the ceasefire plan."],
    ["Ukraine has already agreed to the ceasefire.", "Ukraine has yet to formally respond to the truce."],
    ["Ukraine agreed to the 30-day truce.", "Ukraine rejected the 30-day truce."],
    ["The deal: Ukraine agreed to the ceasefire.", "Ukraine has yet to respond to the truce proposal."],
    ["Ukraine accepted a ceasefire on Sunday.", "Ukraine has remained silent on whether to back the truce."],
    ["Ukraine agreed to a partial ceasefire.", "Ukraine rejected a partial ceasefire."],
    ["Ukraine agreed to the US ceasefire plan.", "Ukraine has yet to respond to the US truce."],
]
DECLARED_PASSES = [
    ["Ukraine agreed to the truce on Tuesday.", "Ukraine agreed to the ceasefire."],
    ["Ukraine agreed to the truce.", "Russia rejected the ceasefire."],
    ["Ukraine agreed to the grain deal.", "Ukraine rejected the prisoner swap."],
    ["Ukraine rejected the ceasefire.", "Ukraine has yet to respond to the ceasefire."],
    ["Russia says Ukraine agreed to the truce.", "Ukraine rejected the truce."],
    ["Ukraine may agree to the truce.", "Ukraine has yet to respond to the ceasefire."],
    ["Ukraine initially rejected the truce.", "Ukraine later agreed to the ceasefire."],
    ["Will Ukraine accept the truce?", "Ukraine rejected the ceasefire."],
    ["Officials urged Ukraine to accept the truce.", "Ukraine rejected the ceasefire."],
    [
        "Ukraine has yet to respond to the truce.",
        "Ukraine has remained silent on whether it will accept the ceasefire.",
    ],
]


@pytest.mark.parametrize("texts", DECLARED_FLAGS)
def test_stance_rule_flags(texts: list[str]) -> None:
    assert len(run(DECLARED, texts)) == 1


@pytest.mark.parametrize("texts", DECLARED_PASSES)
def test_stance_rule_passes(texts: list[str]) -> None:
    assert run(DECLARED, texts) == []


def test_seeds_acceptance(seed_docs: dict[str, object]) -> None:
    """No topic rules: 001's inner conflict and 001 vs 003 found; 002 rewrites 004 with the despite → due to
    reversal; the Gerasimov/Syrskyi dispute is not flagged."""

    from factcheck.align import detect_rewrites
    from factcheck.engine import build_facts, run_rules
    from factcheck.rules.loader import load_rules

    rules = [
        r
        for r in load_rules(None).rules
        if r.type
        in frozenset({"stance-conflict", "negation-flip", "causal-reversal", "hedge-dropped", "unsupported-claim"})
    ]
    facts = build_facts(list(seed_docs.values()), needs={"sentences", "assertions"})  # type: ignore[arg-type]
    assert {k[-24:-21]: [x[-24:-21] for x in v] for k, v in detect_rewrites(facts).items()} == {"002": ["004"]}
    report = run_rules(rules, facts, strict=True)
    stance = [f for f in report.findings if f.check == "stance-conflict"]
    # grouped: one finding for 001's odd statement, with every statement it conflicts with as evidence
    assert len(stance) == 1, [f.message for f in stance]
    (finding,) = stance
    stated = [e for e in finding.evidence if e.role == "stated"]
    assert [(e.document[-24:-21], "Kyiv has remained silent on whether" in e.text) for e in stated] == [("001", True)]
    conflicting = [(e.document[-24:-21], e.text) for e in finding.evidence if e.role == "conflicting"]
    assert any(d == "001" and "Ukraine has already agreed to" in t for d, t in conflicting)  # 001's inner conflict
    assert any(d == "003" and "Kyiv agreed to a 30-day ceasefire" in t for d, t in conflicting)  # 001 vs 003
    assert sorted({d for d, _t in conflicting}) == ["000", "001", "002", "003", "004"]
    assert finding.message.startswith("On the ceasefire, 001 says “Kyiv has remained silent on whether it will accept")
    assert (
        "000, 001, 002, 003 and 004 say Ukraine accepted it (6 statements; 001 contradicts itself)" in finding.message
    )
    assert finding.values["self_contradiction"] is True
    causal = [f for f in report.findings if f.check == "causal-reversal"]
    assert [(e.text, e.document[-24:-21]) for e in causal[0].evidence] == [
        ("due to the addition of North Korean troops to the Russian ranks", "002"),
        ("despite deploying additional soldiers from North Korea", "004"),
    ]
    everything = " ".join(e.text for f in report.findings for e in f.evidence)
    assert "encircled" not in everything and "surrounded" not in everything


def test_seeds_declared_stance_rule_is_grouped(seed_docs: dict[str, object]) -> None:
    """rules/stance.yaml's kursk.ukraine-ceasefire-stance: one finding for 001's silence, 001's inner conflict kept."""
    from factcheck.engine import build_facts, run_rules
    from factcheck.rules.loader import load_rules

    rules = [r for r in load_rules(["rules/stance.yaml"], defaults=False).rules if r.type == "stance"]
    facts = build_facts(list(seed_docs.values()), needs={"sentences", "entities", "assertions"})  # type: ignore[arg-type]
    findings = run_rules(rules, facts, strict=True).findings
    assert len(findings) == 1, [f.message for f in findings]
    message = findings[0].message
    assert message.startswith("Ukraine's ceasefire position differs. On the ceasefire, 001 says “Kyiv has remained")
    assert "(6 statements; 001 contradicts itself)" in message


GROUPED = [
    # the odd statement conflicts with three others: one finding listing all three
    (
        [
            "Norway agreed to the fishing quota deal on Monday.",
            "Oslo has remained silent on whether it will accept the fishing quota.",
            "Norway accepted the fishing quota in Bergen.",
            "Norway formally agreed to the fishing quota last week.",
        ],
        "001",
        ["000", "002", "003"],
    ),
    # a statement that conflicts with its own document and another one
    (
        [
            "Greece accepted the bailout terms on Friday. Later that day, Greece rejected the bailout terms.",
            "Greece accepted the bailout terms in Brussels.",
        ],
        "000",
        ["000", "001"],
    ),
]


@pytest.mark.parametrize(("texts", "odd", "others"), GROUPED)
def test_stance_conflicts_are_grouped_by_statement(texts: list[str], odd: str, others: list[str]) -> None:
    found = run(GENERIC, texts)
    assert len(found) == 1, [f.message for f in found]
    evidence = found[0].evidence
    assert [e.document[:3] for e in evidence if e.role == "stated"] == [odd]
    assert sorted(e.document[:3] for e in evidence if e.role == "conflicting") == others
    assert found[0].values["statements"] == len(others)
    assert f"({len(others)} statements" in found[0].message
    assert ("contradicts itself" in found[0].message) == (odd in others)


def test_stance_conflict_prefers_the_checked_document() -> None:
    """Between a checked document and an --against source, the checked document's statement is the one stated."""
    found = run(GENERIC, ["Portugal has yet to respond to the water treaty."], ["Portugal approved the water treaty."])
    assert [(e.role, e.document) for e in found[0].evidence] == [("stated", "000.txt"), ("conflicting", "src0.txt")]
    assert found[0].message == (
        "On the water treaty, 000 says “Portugal has yet to respond to the water treaty”; src0 says Portugal "
        "accepted it (1 statement)"
    )
