"""relation, agreement and spelling on short hand-written texts (quantities built by hand)."""

from __future__ import annotations

import textwrap

import pytest

from factcheck.engine import build_facts, run_rules
from factcheck.ingest import from_text
from factcheck.models import Report
from factcheck.rules.loader import LoadedRules, load_rules
from tests.rules.helpers import facts, q

RULES = """
entities:
  Sudzha: {variants: [Suzha, Suja], kind: place}
  Ukraine: {aliases: [Kyiv]}
measures:
  area_seized: {unit: km**2, near: [captured, seized]}
  share_retaken: {unit: percent, near: [reclaimed, retaken, pushed back]}
  area_retaken: {unit: km**2, near: [reclaimed, retaken, amounting to]}
  prisoners: {unit: count, counted: [troop, soldier], near: [captured, capturing]}
rules:
  - {id: t.area, type: relation, assert: share_retaken * area_seized ~= area_retaken}
  - {id: t.prisoners, type: agreement, measure: prisoners}
  - {id: t.spelling, type: spelling, severity: warning}
"""


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> LoadedRules:
    path = tmp_path_factory.mktemp("rules") / "r.yaml"
    path.write_text(textwrap.dedent(RULES))
    result = load_rules(str(path), defaults=False)
    assert result.errors == []
    return result


SEIZED = "In the first week, nearly 1,300 square kilometers were captured by the raid."
RETAKEN_OK = "The general said 86% of that land had been reclaimed, amounting to around 1,100 square kilometers."
RETAKEN_BAD = "The general said 86% of that land had been reclaimed, amounting to about 500 square kilometers."


def seized() -> tuple[str, list]:  # type: ignore[type-arg]
    return SEIZED, [q(SEIZED, "nearly 1,300 square kilometers", 1300, "kilometer ** 2", "nearly")]


def retaken(text: str, value: float, hedge: str) -> tuple[str, list]:  # type: ignore[type-arg]
    surface = text[text.index(hedge) : text.index("square kilometers") + len("square kilometers")]
    return text, [q(text, "86%", 86, "percent"), q(text, surface, value, "kilometer ** 2", hedge)]


def run(loaded: LoadedRules, docs: dict[str, tuple[str, list]], rule: str) -> Report:  # type: ignore[type-arg]
    rules = [r for r in loaded.rules if r.id == rule]
    return run_rules(rules, facts(docs, loaded), strict=True)


def test_relation_confirms_across_documents(loaded: LoadedRules) -> None:
    report = run(loaded, {"s/000_a.txt": seized(), "s/001_b.txt": retaken(RETAKEN_OK, 1100, "around")}, "t.area")
    assert report.findings == []
    (p,) = report.passed
    assert p.message == (
        "86% × nearly 1,300 km² = 1,000–1,125 km², consistent with around 1,100 km²"
        " (86% and around 1,100 km² in 001; nearly 1,300 km² in 000)"
    )
    assert [e.text for e in p.evidence] == ["86%", "nearly 1,300 square kilometers", "around 1,100 square kilometers"]
    assert p.documents == ["s/001_b.txt", "s/000_a.txt"]
    assert p.values["computed"] == [pytest.approx(1000.35), pytest.approx(1124.5)]
    assert p.values["stated"] == [pytest.approx(990), pytest.approx(1210)]


def test_relation_flags_wrong_part(loaded: LoadedRules) -> None:
    report = run(loaded, {"s/000_a.txt": seized(), "s/002_c.txt": retaken(RETAKEN_BAD, 500, "about")}, "t.area")
    assert report.passed == []
    (f,) = report.findings
    assert f.message.startswith("86% × nearly 1,300 km² = 1,000–1,125 km², inconsistent with about 500 km²")
    assert {e.document for e in f.evidence} == {"s/000_a.txt", "s/002_c.txt"}


def test_relation_single_document(loaded: LoadedRules) -> None:
    text = SEIZED + " " + RETAKEN_OK
    qs = seized()[1] + retaken(RETAKEN_OK, 1100, "around")[1]
    qs = [x.model_copy(update={"span": x.span.model_copy(update={"start": text.index(x.span.text)})}) for x in qs]
    qs = [x.model_copy(update={"span": x.span.model_copy(update={"end": x.span.start + len(x.span.text)})}) for x in qs]
    report = run(loaded, {"one.txt": (text, qs)}, "t.area")
    (p,) = report.passed
    assert p.message.endswith("consistent with around 1,100 km² (one)")


def test_relation_benefit_of_the_doubt_across_documents(loaded: LoadedRules) -> None:
    other = "Earlier reports said 2,000 square kilometers were captured."
    docs = {
        "s/000_a.txt": seized(),
        "s/001_b.txt": retaken(RETAKEN_OK, 1100, "around"),
        "s/003_d.txt": (other, [q(other, "2,000 square kilometers", 2000, "kilometer ** 2")]),
    }
    report = run(loaded, docs, "t.area")
    # 001 fits 000's area (passed); 003's own area does not fit 001's share and part (found)
    assert len(report.passed) == 1
    (f,) = report.findings
    assert f.message.startswith("86% × 2,000 km² = 1,710–1,730 km², inconsistent with around 1,100 km²")
    assert f.documents == ["s/001_b.txt", "s/003_d.txt"]


def test_relation_needs_every_measure(loaded: LoadedRules) -> None:
    report = run(loaded, {"s/000_a.txt": seized()}, "t.area")
    assert report.findings == report.passed == []


def test_measure_near_words_pick_the_right_quantity(loaded: LoadedRules) -> None:
    # 1,100 sits in the clause "amounting to ...": area_retaken, not area_seized (though 'seized' is in the sentence)
    text = (
        "Officials said 86% of the land Ukraine seized had been retaken, amounting to around 1,100 square kilometers."
    )
    qs = [q(text, "86%", 86, "percent"), q(text, "around 1,100 square kilometers", 1100, "kilometer ** 2", "around")]
    fb = facts({"x.txt": (text, qs)}, loaded)
    from factcheck.rules.declarations import select_measure

    assert [x.value for _, x in select_measure("area_retaken", fb)] == [1100]
    assert select_measure("area_seized", fb) == []
    assert [x.value for _, x in select_measure("share_retaken", fb)] == [86]


A430 = "Officials said 430 soldiers were captured during the week."
OVER400 = "The general reported capturing over 400 troops in the process."
UNDER300 = "Local sources said fewer than 300 soldiers were captured."


def test_agreement_passes_430_and_over_400(loaded: LoadedRules) -> None:
    docs = {
        "s/000_a.txt": (A430, [q(A430, "430 soldiers", 430, counted="soldier")]),
        "s/001_b.txt": (OVER400, [q(OVER400, "over 400 troops", 400, hedge="over", counted="troop")]),
    }
    report = run(loaded, docs, "t.prisoners")
    assert report.findings == []
    (p,) = report.passed
    assert p.message == "prisoners: 430 (000), over 400 (001) agree"


def test_agreement_flags_fewer_than_300(loaded: LoadedRules) -> None:
    docs = {
        "s/000_a.txt": (A430, [q(A430, "430 soldiers", 430, counted="soldier")]),
        "s/001_b.txt": (OVER400, [q(OVER400, "over 400 troops", 400, hedge="over", counted="troop")]),
        "s/002_c.txt": (UNDER300, [q(UNDER300, "fewer than 300 soldiers", 300, hedge="fewer than", counted="soldier")]),
    }
    report = run(loaded, docs, "t.prisoners")
    assert report.passed == []
    assert [f.message for f in report.findings] == [
        "000 says '430 soldiers' but 002 says 'fewer than 300 soldiers' (prisoners)",
        "001 says 'over 400 troops' but 002 says 'fewer than 300 soldiers' (prisoners)",
    ]
    assert all(len(f.documents) == 2 for f in report.findings)


def test_agreement_ignores_other_counted_nouns(loaded: LoadedRules) -> None:
    text = "Officials said 24 settlements were captured."
    docs = {
        "s/000_a.txt": (A430, [q(A430, "430 soldiers", 430, counted="soldier")]),
        "s/001_b.txt": (text, [q(text, "24 settlements", 24, counted="settlement")]),
    }
    report = run(loaded, docs, "t.prisoners")
    assert report.findings == report.passed == []


def spelling(loaded: LoadedRules, texts: dict[str, str]) -> Report:
    docs = [from_text(t, id=i) for i, t in texts.items()]
    fb = build_facts(docs, needs=("sentences",), declarations=loaded.declarations)
    return run_rules([r for r in loaded.rules if r.id == "t.spelling"], fb, strict=True)


def test_spelling_flags_variants_with_every_occurrence(loaded: LoadedRules) -> None:
    report = spelling(
        loaded,
        {
            "s/000_a.txt": "Troops entered Sudzha on Monday.",
            "s/003_d.txt": "Fighting near Suzha went on. Residents of Suja fled. Suzha fell.",
        },
    )
    (f,) = report.findings
    assert f.severity == "warning"
    assert f.message == "003 spells Sudzha as 'Suzha' and 'Suja'; 000 has 'Sudzha'"
    assert [(e.text, e.role) for e in f.evidence] == [
        ("Suzha", "stated"),
        ("Suja", "stated"),
        ("Suzha", "stated"),
        ("Sudzha", "expected"),
    ]


def test_spelling_word_boundaries_and_canonical_pass(loaded: LoadedRules) -> None:
    report = spelling(loaded, {"a.txt": "The Suzhanka river and Sudzha town; no: Sujan."})
    assert report.findings == []
    (p,) = report.passed
    assert p.message == "Sudzha is spelled 'Sudzha' throughout (1 document)"


def test_spelling_same_document_mentions_canonical(loaded: LoadedRules) -> None:
    report = spelling(loaded, {"a.txt": "Sudzha fell. Later, Suja was retaken."})
    (f,) = report.findings
    assert f.message == "a spells Sudzha as 'Suja', and also 'Sudzha'"
