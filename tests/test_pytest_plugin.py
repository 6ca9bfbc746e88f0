"""The pytest plugin: rule files collected as tests, run on a corpus, with readable failures (pytester, in-process)."""

from __future__ import annotations

import dataclasses
import importlib
import os
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Imported before any in-process run, so that the runs share these modules (and one check registry).
import factcheck.checks
import factcheck.pytest_plugin
import factcheck.rules.loader  # noqa: F401
from factcheck.engine import build_facts  # noqa: F401

pytest_plugins = ["pytester"]
ROOT = Path(__file__).resolve().parent.parent

PLUGIN = "factcheck.pytest_plugin"

# A rule file using the `spelling` check: two entities with one variant spelling each.
RULES = """\
corpus: corpus
entities:
  Sudzha: {variants: [Suzha]}
  Kharkiv: {variants: [Kharkov]}
rules:
  - id: t.sudzha
    type: spelling
    entities: [Sudzha]
  - id: t.kharkiv
    type: spelling
    entities: [Kharkiv]
"""

A_TEXT = "Troops entered Sudzha on Monday.\nThe mayor of Kharkiv spoke later.\n"
B_TEXT = "Published: 2025-03-13\n\nShelling hit the outskirts of Suzha overnight, officials said.\n"


@pytest.fixture
def tester(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    """A pytester directory with the plugin loaded explicitly (entry points off) and a two-document corpus."""
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    monkeypatch.setenv("PYTEST_ADDOPTS", f"-p {PLUGIN} -W ignore::pytest.PytestAssertRewriteWarning")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    write(pytester, "corpus/a.txt", A_TEXT)
    write(pytester, "corpus/b.txt", B_TEXT)
    return pytester


def write(pytester: pytest.Pytester, name: str, text: str) -> None:
    path = pytester.path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")


def outcomes(result: pytest.RunResult) -> dict[str, int]:
    return {k: v for k, v in result.parseoutcomes().items() if v and k not in ("warnings", "warning")}


# --- collection ---------------------------------------------------------------------------------------------------


def test_collects_one_item_per_rule_and_example(tester: pytest.Pytester) -> None:
    write(
        tester,
        "checks.factcheck.yaml",
        RULES
        + """\
    examples:
      - {text: "Suzha fell.", expect: finding}
      - {text: "Sudzha fell.", expect: none}
""",
    )
    write(tester, "other.yaml", RULES)  # not a *.factcheck.yaml and not under factcheck_rules: not collected
    result = tester.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines(
        [
            "checks.factcheck.yaml::t.sudzha",
            "checks.factcheck.yaml::t.kharkiv",
            "checks.factcheck.yaml::t.kharkiv[[]example-1[]]",
            "checks.factcheck.yaml::t.kharkiv[[]example-2[]]",
            "4 tests collected*",
        ]
    )
    assert "other.yaml" not in result.stdout.str()
    assert result.ret == 0


def test_collect_only_tree_names_the_item_classes(tester: pytest.Pytester) -> None:
    write(tester, "checks.factcheck.yaml", RULES)
    result = tester.runpytest("--collect-only")
    result.stdout.fnmatch_lines(
        ["*<FactcheckFile checks.factcheck.yaml>", "*<RuleItem t.sudzha>", "*<RuleItem t.kharkiv>"]
    )


def test_rules_directories_from_ini_share_declarations(tester: pytest.Pytester) -> None:
    tester.makeini("[pytest]\nfactcheck_rules = rules\nfactcheck_corpus = corpus\n")
    write(tester, "rules/names.yaml", "entities:\n  Sudzha: {variants: [Suzha]}\n")
    write(tester, "rules/nested/spell.yml", "rules:\n  - {id: t.uses-other-file, type: spelling, entities: [Sudzha]}\n")
    write(tester, "rules/schema.json", "{}")
    write(tester, "elsewhere/x.yaml", "rules: [oops")  # outside factcheck_rules: ignored
    result = tester.runpytest("-v")
    result.stdout.fnmatch_lines(["rules/nested/spell.yml::t.uses-other-file FAILED*"])
    assert outcomes(result) == {"failed": 1}
    assert "schema.json" not in result.stdout.str()


def test_reportinfo_points_at_the_rule_line(tester: pytest.Pytester) -> None:
    write(
        tester,
        "checks.factcheck.yaml",
        RULES + "    examples:\n      - {text: Kharkov, expect: finding}\n",
    )
    items = tester.getitems(tester.path / "checks.factcheck.yaml")
    info = {item.name: item.reportinfo() for item in items}
    assert info["t.sudzha"][1] == 5  # `- id: t.sudzha` is line 6 (1-based)
    assert info["t.kharkiv"][1] == 8
    assert info["t.kharkiv[example-1]"][1] == 12
    assert str(info["t.sudzha"][0]).endswith("checks.factcheck.yaml")


# --- outcomes ------------------------------------------------------------------------------------------------------


def test_pass_and_readable_failure(tester: pytest.Pytester) -> None:
    write(tester, "checks.factcheck.yaml", RULES)
    result = tester.runpytest("-v")
    assert outcomes(result) == {"passed": 1, "failed": 1}
    result.stdout.fnmatch_lines(
        [
            "checks.factcheck.yaml::t.sudzha FAILED*",
            "checks.factcheck.yaml::t.kharkiv PASSED*",
            "*factcheck rule t.sudzha*",
            "t.sudzha (checks.factcheck.yaml:6): 1 finding on corpus 'corpus'",
            "error: b spells Sudzha as 'Suzha'; a has 'Sudzha'",
            "    corpus/b.txt:3 (stated):",
            "        | Shelling hit the outskirts of Suzha overnight, officials said.",
            "        |                               ^^^^^",
            "    corpus/a.txt:1 (expected):",
            "    values compared:",
            "        entity: Sudzha",
        ]
    )
    out = result.stdout.str()
    assert "Traceback" not in out and "pytest_plugin.py" not in out and "raise RuleFailed" not in out


def test_fail_on_ini_ignores_lower_severities(tester: pytest.Pytester) -> None:
    write(
        tester,
        "checks.factcheck.yaml",
        RULES.replace("    entities: [Sudzha]", "    entities: [Sudzha]\n    severity: warning"),
    )
    tester.makeini("[pytest]\nfactcheck_fail_on = error\n")
    assert outcomes(tester.runpytest()) == {"passed": 2}


def test_expected_inconsistency_is_strict_xfail(tester: pytest.Pytester) -> None:
    rules = RULES.replace("    entities: [Sudzha]", "    entities: [Sudzha]\n    expect: {corpus: inconsistent}")
    write(tester, "checks.factcheck.yaml", rules)
    result = tester.runpytest("-rx")
    assert outcomes(result) == {"passed": 1, "xfailed": 1}
    result.stdout.fnmatch_lines(["XFAIL checks.factcheck.yaml::t.sudzha - expected inconsistent on corpus: b spells*"])

    write(tester, "corpus/b.txt", B_TEXT.replace("Suzha", "Sudzha"))  # the corpus is corrected
    result = tester.runpytest()
    assert outcomes(result) == {"passed": 1, "failed": 1}
    result.stdout.fnmatch_lines(
        [
            "expected t.sudzha to be inconsistent on corpus, but it held (checks.factcheck.yaml:6)",
            "*remove or update `expect: {corpus: inconsistent}`*",
        ]
    )


def test_expect_consistent_and_other_corpus_names(tester: pytest.Pytester) -> None:
    # an expectation for another corpus does not apply: on `corpus` the rule must be consistent
    rules = RULES.replace("    entities: [Kharkiv]", "    entities: [Kharkiv]\n    expect: {corpus: consistent}")
    rules = rules.replace("    entities: [Sudzha]", "    entities: [Sudzha]\n    expect: {seeds: inconsistent}")
    write(tester, "checks.factcheck.yaml", rules)
    assert outcomes(tester.runpytest()) == {"passed": 1, "failed": 1}


def test_examples_pass_and_fail(tester: pytest.Pytester) -> None:
    rules = (
        RULES
        + """\
    examples:
      - {text: "Kharkov was shelled.", expect: finding}
      - {text: "Kharkiv was shelled.", expect: none}
      - {text: "Kharkiv was shelled.", expect: finding}
      - {text: ["Kharkiv held.", "Kharkov fell."], expect: none, published: 2025-03-13}
"""
    )
    write(tester, "checks.factcheck.yaml", rules)
    result = tester.runpytest("-v", "-k", "example")
    result.stdout.fnmatch_lines(
        [
            "*t.kharkiv[[]example-1[]] PASSED*",
            "*t.kharkiv[[]example-2[]] PASSED*",
            "*t.kharkiv[[]example-3[]] FAILED*",
            "*t.kharkiv[[]example-4[]] FAILED*",
            "t.kharkiv example 3 (checks.factcheck.yaml:15): expected a finding, got none",
            "    example-3: “Kharkiv was shelled.”",
            "t.kharkiv example 4 (checks.factcheck.yaml:16): expected no finding, got 1",
            "    example-4.2:1 (stated):",
        ]
    )
    assert outcomes(result) == {"passed": 2, "failed": 2, "deselected": 2}


def test_rule_that_raises_is_an_error_not_a_failure(tester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.checks import _registry

    spec = _registry.get_check("spelling")

    def boom(rule: Any, facts: Any) -> Iterator[Any]:
        raise RuntimeError("boom in the check")
        yield  # pragma: no cover

    monkeypatch.setitem(_registry._REGISTRY, "spelling", dataclasses.replace(spec, function=boom))
    write(tester, "checks.factcheck.yaml", RULES)
    result = tester.runpytest()
    assert outcomes(result) == {"errors": 2}
    result.stdout.fnmatch_lines(
        [
            "*ERROR at setup of factcheck rule t.sudzha*",
            "t.sudzha (checks.factcheck.yaml:6) raised RuntimeError: boom in the check",
        ]
    )
    out = result.stdout.str()
    assert "Traceback" not in out and "def boom" not in out and "During handling" not in out

    result = tester.runpytest("--factcheck-traceback")
    assert outcomes(result) == {"errors": 2}
    result.stdout.fnmatch_lines(['*raise RuntimeError("boom in the check")*', "E*RuntimeError: boom in the check"])


def test_missing_corpus_is_an_error_and_no_corpus_skips(tester: pytest.Pytester) -> None:
    write(tester, "checks.factcheck.yaml", RULES.replace("corpus: corpus", "corpus: nowhere"))
    result = tester.runpytest()
    assert outcomes(result) == {"errors": 2}
    result.stdout.fnmatch_lines(["corpus 'nowhere' (corpus: in checks.factcheck.yaml) cannot be used:", "nowhere: *"])

    write(tester, "checks.factcheck.yaml", RULES.replace("corpus: corpus\n", ""))
    result = tester.runpytest("-rs")
    assert outcomes(result) == {"skipped": 2}
    result.stdout.fnmatch_lines(["*no corpus: pass --factcheck-corpus PATH*"])


# --- rule file errors ---------------------------------------------------------------------------------------------


def test_bad_rule_file_is_a_collection_error_with_file_line_col(tester: pytest.Pytester) -> None:
    write(tester, "checks.factcheck.yaml", RULES.replace("    entities: [Kharkiv]", "    entitiez: [Kharkiv]"))
    write(tester, "good.factcheck.yaml", RULES)
    result = tester.runpytest()
    result.stdout.fnmatch_lines(
        [
            "*ERROR collecting checks.factcheck.yaml*",
            "checks.factcheck.yaml:11:5: rules[1].entitiez: unknown key 'entitiez' (did you mean 'entities'?)",
        ]
    )
    assert "Traceback" not in result.stdout.str()
    assert result.ret == pytest.ExitCode.INTERRUPTED


def test_yaml_syntax_error_is_reported_at_its_line(tester: pytest.Pytester) -> None:
    write(tester, "checks.factcheck.yaml", "rules:\n  - id: t.x\n    type: [spelling\n")
    result = tester.runpytest()
    result.stdout.fnmatch_lines(["checks.factcheck.yaml:4:1: YAML syntax error*"])


# --- corpus selection and caching ---------------------------------------------------------------------------------


def test_corpus_precedence_cli_then_file_then_ini(tester: pytest.Pytester) -> None:
    for name in ("cli", "filed", "ini"):
        write(tester, f"{name}/{name}.txt", "Suzha again.\n")
    tester.makeini("[pytest]\nfactcheck_corpus = ini\n")
    write(tester, "checks.factcheck.yaml", RULES.replace("corpus: corpus", "corpus: filed"))

    def document_named() -> str:
        out = tester.runpytest(*args).stdout.str()
        return next(n for n in ("cli/cli.txt", "filed/filed.txt", "ini/ini.txt") if f"{n}:1 (stated)" in out)

    args: tuple[str, ...] = ("--factcheck-corpus", "cli")
    assert document_named() == "cli/cli.txt"
    args = ()
    assert document_named() == "filed/filed.txt"
    write(tester, "checks.factcheck.yaml", RULES.replace("corpus: corpus\n", ""))
    assert document_named() == "ini/ini.txt"


def test_several_corpora_give_one_item_each(tester: pytest.Pytester) -> None:
    write(tester, "clean/c.txt", "Sudzha and Kharkiv.\n")
    rules = RULES.replace("corpus: corpus", "corpus: {dirty: corpus, clean: clean}")
    rules = rules.replace("    entities: [Sudzha]", "    entities: [Sudzha]\n    expect: {dirty: inconsistent}")
    write(tester, "checks.factcheck.yaml", rules)
    result = tester.runpytest("-v")
    result.stdout.fnmatch_lines(
        [
            "*::t.sudzha[[]dirty[]] XFAIL*",
            "*::t.sudzha[[]clean[]] PASSED*",
            "*::t.kharkiv[[]dirty[]] PASSED*",
            "*::t.kharkiv[[]clean[]] PASSED*",
        ]
    )


def test_documents_are_extracted_once_per_session(tester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    module = importlib.import_module("factcheck.extract")  # the module (the package also exports a function)
    calls: list[tuple[str, frozenset[str]]] = []
    real = module.extract

    def counting(doc: Any, needs: Any, declarations: Any = None) -> Any:
        calls.append((doc.id, frozenset(needs)))
        return real(doc, needs, declarations)

    monkeypatch.setattr(module, "extract", counting)
    rules = RULES + "  - {id: t.both, type: spelling}\n    \n"
    write(tester, "checks.factcheck.yaml", rules + "")
    write(tester, "more.factcheck.yaml", RULES.replace("t.", "u."))  # another rule set: its own extraction
    write(tester, "third.factcheck.yaml", RULES.replace("t.", "v.").replace("corpus: corpus", "corpus: ./corpus/"))
    result = tester.runpytest()
    assert sum(outcomes(result).values()) == 7
    corpus_calls = sorted(doc for doc, _ in calls)
    assert len(corpus_calls) == 6  # 2 documents × 3 rule sets, not × 7 rules
    assert {needs for _, needs in calls} == {frozenset({"sentences"})}  # spelling needs no other extractor


# --- usual pytest habits ------------------------------------------------------------------------------------------


def test_marker_keyword_and_exitfirst(tester: pytest.Pytester) -> None:
    write(tester, "checks.factcheck.yaml", RULES)
    write(tester, "test_plain.py", "def test_plain():\n    pass\n")
    assert outcomes(tester.runpytest("-m", "factcheck")) == {"passed": 1, "failed": 1, "deselected": 1}
    assert outcomes(tester.runpytest("-m", "not factcheck")) == {"passed": 1, "deselected": 2}
    assert outcomes(tester.runpytest("-k", "kharkiv")) == {"passed": 1, "deselected": 2}
    assert outcomes(tester.runpytest("-x", "checks.factcheck.yaml")) == {"failed": 1}
    result = tester.runpytest("--markers")
    result.stdout.fnmatch_lines(["@pytest.mark.factcheck:*"])


def test_junitxml_names_each_rule(tester: pytest.Pytester) -> None:
    write(tester, "checks.factcheck.yaml", RULES)
    tester.runpytest("--junitxml=out.xml")
    root = ET.parse(tester.path / "out.xml").getroot()
    cases = {c.get("name"): c for c in root.iter("testcase")}
    assert set(cases) == {"t.sudzha", "t.kharkiv"}
    failure = cases["t.sudzha"].find("failure")
    assert failure is not None and "corpus/b.txt:3" in (failure.text or "")


def test_xdist_runs_rules_in_workers(tester: pytest.Pytester) -> None:
    pytest.importorskip("xdist")
    write(tester, "checks.factcheck.yaml", RULES)
    result = tester.runpytest_subprocess("-n", "2", "-p", "xdist")
    assert outcomes(result) == {"passed": 1, "failed": 1}
