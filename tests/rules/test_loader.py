"""Loader: file:line:col errors, YAML 1.1 surprises, overrides of built-in rules, directories."""

from __future__ import annotations

import pickle
import textwrap
from pathlib import Path

import pytest

from factcheck.errors import RuleError
from factcheck.rules import loader as loader_mod
from factcheck.rules.loader import load_rules


def write(tmp_path: Path, text: str, name: str = "r.yaml") -> str:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return str(path)


def errors(path: str, **kw: object) -> list[str]:
    loaded = load_rules(path, defaults=False, **kw)  # type: ignore[arg-type]
    return [f"{e.source}: {e.message}" for e in loaded.errors]


GOOD = """
entities:
  Sudzha: {variants: [Suzha, Suja]}
rules:
  - id: t.spelling
    type: spelling
"""


def test_good_file_loads(tmp_path: Path) -> None:
    p = write(tmp_path, GOOD)
    loaded = load_rules(p, defaults=False)
    assert loaded.errors == []
    assert [r.id for r in loaded.rules] == ["t.spelling"]
    assert loaded.sources == {"t.spelling": f"{p}:4"}
    assert loaded.declarations.variant_of("Suja") == "Sudzha"


def test_yaml_syntax_error(tmp_path: Path) -> None:
    p = write(tmp_path, "rules:\n  - id: t.x\n    type: [spelling\n")
    assert errors(p) == [
        f"{p}:4:1: YAML syntax error: while parsing a flow sequence: expected ',' or ']', but got '<stream end>'"
    ]


def test_unknown_key_with_did_you_mean(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        """
        rules:
          - id: t.spelling
            type: spelling
            severty: warning
        """,
    )
    assert errors(p) == [f"{p}:4:5: rules[0].severty: unknown key 'severty' (did you mean 'severity'?)"]


def test_unknown_top_level_key(tmp_path: Path) -> None:
    p = write(tmp_path, "rule:\n  - {id: t.x, type: spelling}\n")
    assert errors(p) == [f"{p}:1:1: unknown key 'rule' (did you mean 'rules'?)"]


def test_wrong_type(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        """
        rules:
          - id: t.spelling
            type: spelling
            entities: Sudzha
            case_sensitive: maybe
        """,
    )
    assert errors(p) == [
        f"{p}:4:15: rules[0].entities: Input should be a valid list, got 'Sudzha'",
        f"{p}:5:21: rules[0].case_sensitive: Input should be a valid boolean, unable to interpret input, got 'maybe'",
    ]


def test_bad_severity_and_id(tmp_path: Path) -> None:
    p = write(tmp_path, "rules:\n  - id: NoNamespace\n    type: spelling\n    severity: fatal\n")
    errs = errors(p)
    assert errs[0].startswith(f"{p}:2:9: rules[0].id: String should match pattern")
    assert errs[1] == f"{p}:4:15: rules[0].severity: Input should be 'error', 'warning' or 'info', got 'fatal'"


def test_unknown_check_type_did_you_mean(tmp_path: Path) -> None:
    p = write(tmp_path, "rules:\n  - id: t.x\n    type: speling\n")
    (err,) = errors(p)
    assert err.startswith(f"{p}:3:11: rules[0].type: unknown check type 'speling'; available: ")
    assert err.endswith("(did you mean 'spelling'?)")


def test_missing_type(tmp_path: Path) -> None:
    p = write(tmp_path, "rules:\n  - id: t.x\n    severity: info\n")
    assert errors(p) == [f"{p}:2:5: rules[0]: missing key 'type' (the check to run) and no built-in rule has id 't.x'"]


def test_duplicate_id(tmp_path: Path) -> None:
    p = write(tmp_path, GOOD + "  - id: t.spelling\n    type: spelling\n")
    loaded = load_rules(p, defaults=False)
    assert [f"{e.source}: {e.message}" for e in loaded.errors] == [
        f"{p}:6:9: duplicate rule id 't.spelling' (first defined at {p}:4)"
    ]
    assert len(loaded.rules) == 1


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    a = write(tmp_path, GOOD, "a.yaml")
    write(tmp_path, "rules:\n  - {id: t.spelling, type: spelling}\n", "b.yaml")
    loaded = load_rules(str(tmp_path), defaults=False)
    b = str(tmp_path / "b.yaml")
    assert [f"{e.source}: {e.message}" for e in loaded.errors] == [
        f"{b}:2:10: duplicate rule id 't.spelling' (first defined at {a}:4)"
    ]


def test_broken_rule_next_to_good_one(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        GOOD
        + """
  - id: t.broken
    type: spelling
    entities: [Nowhere]
  - id: t.other
    type: spelling
    severity: info
""",
    )
    loaded = load_rules(p, defaults=False)
    assert [r.id for r in loaded.rules] == ["t.spelling", "t.other"]
    assert [f"{e.source}: {e.message}" for e in loaded.errors] == [
        f"{p}:9:16: rules[1].entities[0]: unknown entity 'Nowhere'; declared: Sudzha"
    ]


def test_broken_file_next_to_good_one(tmp_path: Path) -> None:
    write(tmp_path, GOOD, "a.yaml")
    write(tmp_path, "rules: [\n", "b.yaml")
    (tmp_path / "schema.json").write_text("{}")
    loaded = load_rules(str(tmp_path), defaults=False)
    assert [r.id for r in loaded.rules] == ["t.spelling"]
    assert len(loaded.errors) == 1 and loaded.errors[0].source.startswith(str(tmp_path / "b.yaml") + ":")


def test_missing_path(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.yaml")
    assert errors(missing) == [f"{missing}: no such file or directory"]


def test_yaml11_surprises_stay_strings(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        """
        entities:
          NO: {aliases: [Norway, yes, on, 2025-03-13, 1.10]}
          Off: {variants: [OFF]}
        measures:
          share: {unit: percent, near: [yes, no]}
        rules:
          - {id: t.spelling, type: spelling, enabled: yes, examples: [{text: NO, expect: none, published: 2025-03-13}]}
        """,
    )
    loaded = load_rules(p, defaults=False)
    assert loaded.errors == []
    ents = loaded.declarations.entities
    assert list(ents) == ["NO", "Off"]
    assert ents["NO"].aliases == ["Norway", "yes", "on", "2025-03-13", "1.10"]
    assert loaded.declarations.canonical("2025-03-13") == "NO"
    assert loaded.declarations.measures["share"].near == ["yes", "no"]
    rule = loaded.rules[0]
    assert rule.enabled is True
    assert rule.examples[0].text == "NO"
    assert str(rule.examples[0].published) == "2025-03-13"


def test_duplicate_yaml_key(tmp_path: Path) -> None:
    p = write(tmp_path, "rules:\n  - id: t.a\n    type: spelling\n    id: t.b\n")
    assert errors(p) == [f"{p}:4:5: duplicate key 'id'"]


@pytest.fixture
def builtins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "defaults.yaml"
    path.write_text(
        "rules:\n"
        "  - {id: generic.spelling, type: spelling, severity: warning}\n"
        "  - {id: generic.not-yet, type: not-yet-written}\n"
    )
    monkeypatch.setattr(loader_mod, "DEFAULTS_FILE", path)
    return path


def test_defaults_load_and_unknown_builtin_type_is_skipped(builtins: Path) -> None:
    loaded = load_rules(None)
    assert loaded.errors == []
    assert [(r.id, r.severity) for r in loaded.rules] == [("generic.spelling", "warning")]
    assert loaded.sources["generic.spelling"] == f"{builtins}:2"


def test_override_default_by_id(builtins: Path, tmp_path: Path) -> None:
    p = write(
        tmp_path, "rules:\n  - {id: generic.spelling, severity: info}\n  - {id: generic.not-yet, enabled: false}\n"
    )
    loaded = load_rules(p)
    assert loaded.errors == []
    (rule,) = loaded.rules
    assert (rule.id, rule.type, rule.severity) == ("generic.spelling", "spelling", "info")
    assert loaded.sources["generic.spelling"] == f"{p}:2"


def test_override_default_error_points_at_user_file(builtins: Path, tmp_path: Path) -> None:
    p = write(tmp_path, "rules:\n  - id: generic.spelling\n    enabled: perhaps\n")
    assert [f"{e.source}: {e.message}" for e in load_rules(p).errors] == [
        f"{p}:3:14: rules[0].enabled: Input should be a valid boolean, unable to interpret input, got 'perhaps'"
    ]


def test_disable_builtin(builtins: Path, tmp_path: Path) -> None:
    p = write(tmp_path, "rules:\n  - {id: generic.spelling, enabled: false}\n")
    (rule,) = load_rules(p).rules
    assert rule.enabled is False


def test_defaults_false_in_file(builtins: Path, tmp_path: Path) -> None:
    p = write(tmp_path, "defaults: false\n" + GOOD)
    assert [r.id for r in load_rules(p).rules] == ["t.spelling"]
    assert [r.id for r in load_rules(write(tmp_path, GOOD, "g.yaml"), defaults=False).rules] == ["t.spelling"]
    assert [r.id for r in load_rules(write(tmp_path, GOOD, "h.yaml")).rules] == ["generic.spelling", "t.spelling"]


def test_shipped_defaults_load_cleanly() -> None:
    assert load_rules(None).errors == []


def test_corpus_and_expect(tmp_path: Path) -> None:
    p = write(tmp_path, "corpus: ../seeds\n" + GOOD + "    expect: {seeds: inconsistent}\n")
    loaded = load_rules(p, defaults=False)
    assert loaded.errors == []
    assert loaded.corpus == {"seeds": str(tmp_path.parent / "seeds")}
    assert loaded.rules[0].expect == {"seeds": "inconsistent"}


def test_rule_error_pickles() -> None:
    err = RuleError("unknown key 'x'", "r.yaml:3:5")
    again = pickle.loads(pickle.dumps(err))
    assert str(again) == "r.yaml:3:5: unknown key 'x'"


MEASURES = """
measures:
  share: {unit: percent, near: [retaken]}
  seized: {unit: km**2, near: [seized]}
  retaken: {unit: km**2, near: [retaken]}
rules:
"""


def test_bad_tolerance(tmp_path: Path) -> None:
    p = write(
        tmp_path, MEASURES + "  - {id: t.r, type: relation, assert: share * seized ~= retaken, tolerance: five}\n"
    )
    assert errors(p) == [f"{p}:6:77: rules[0].tolerance: expected a tolerance such as '5%', 0.05 or 2, got 'five'"]


def test_expression_syntax_error_points_into_the_expression(tmp_path: Path) -> None:
    p = write(tmp_path, MEASURES + "  - id: t.r\n    type: relation\n    assert: share * (seized ~= retaken\n")
    assert errors(p) == [f"{p}:8:29: rules[0].assert: expected ')' to close column 9, got '~='"]


def test_unknown_measure_name_at_load_time(tmp_path: Path) -> None:
    p = write(tmp_path, MEASURES + "  - id: t.r\n    type: relation\n    assert: share * seizd ~= retaken\n")
    assert errors(p) == [f"{p}:8:13: rules[0].assert: unknown measure 'seizd'; declared: retaken, seized, share"]


def test_unit_mismatch_at_load_time(tmp_path: Path) -> None:
    p = write(tmp_path, MEASURES + "  - {id: t.r, type: relation, assert: share + seized ~= retaken}\n")
    assert errors(p) == [f"{p}:6:39: rules[0].assert: cannot add km² to %"]


def test_bad_measure_unit(tmp_path: Path) -> None:
    p = write(tmp_path, "measures:\n  area: {unit: bogons, near: [x]}\n")
    (err,) = errors(p)
    assert err.startswith(f"{p}:2:9: measures.area: unknown unit 'bogons'")


def test_relation_and_agreement_load(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        MEASURES
        + "  - {id: t.r, type: relation, assert: 'share × seized ≈ retaken', tolerance: 5%}\n"
        + "  - {id: t.a, type: agreement, measure: seized}\n",
    )
    loaded = load_rules(p, defaults=False)
    assert loaded.errors == []
    assert [r.type for r in loaded.rules] == ["relation", "agreement"]
    assert loaded.rules[0].tolerance.relative == pytest.approx(0.05)  # type: ignore[attr-defined]


def test_kursk_rules_load_cleanly() -> None:
    root = Path(__file__).resolve().parents[2]
    loaded = load_rules(str(root / "rules"), defaults=False)
    assert loaded.errors == []
    assert {"kursk.area-retaken", "kursk.prisoners-agree", "kursk.sudzha-spelling"} <= set(loaded.sources)
    assert loaded.declarations.canonical("Kyiv") == "Ukraine"
    assert loaded.declarations.variant_of("Suja") == "Sudzha"
    assert loaded.declarations.variant_of("Valeri Gerasimov") is None
    assert loaded.declarations.part_of("Jeddah") == ["Saudi Arabia"]
    assert loaded.corpus["seeds"] == str(root / "seeds")
