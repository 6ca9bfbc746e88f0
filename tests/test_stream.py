"""``factcheck check --format jsonl``: with ``--each`` the verdicts stream out document by document.

The stream holds what the JSON report holds, failed documents are error lines and the run goes on, exit codes are
those of the whole report, and a run that is cut short leaves a stream without its summary line.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import factcheck.engine
from factcheck.cli import main
from factcheck.index import index_paths, iter_each_against_index
from factcheck.models import Finding, Report
from factcheck.report.jsonl import IncompleteStream, read

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def seeds_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stream") / "ix"
    update, _, _ = index_paths(path, [str(SEEDS)], check=False)
    assert not update.failed
    return path


def _key(f: Finding) -> str:
    return f.model_dump_json()


def _run(*args: str) -> int:
    return main(["check", *args, "--no-cache"])


def _same_report(jsonl: Path, json_file: Path) -> Report:
    stream = read(jsonl.read_text(encoding="utf-8").splitlines(keepends=True)).report
    whole = Report.model_validate_json(json_file.read_text(encoding="utf-8"))
    assert whole.findings and sorted(map(_key, stream.findings)) == sorted(map(_key, whole.findings))
    assert sorted(map(_key, stream.passed)) == sorted(map(_key, whole.passed))
    assert sorted(d.id for d in stream.documents) == [d.id for d in whole.documents]
    assert stream.errors == whole.errors
    return stream


def test_each_jsonl_holds_the_findings_of_each_json(seeds_index: Path, tmp_path: Path) -> None:
    each = ("--against-index", str(seeds_index), "--each")
    assert _run(str(SEEDS), *each, "-f", "jsonl", "-o", str(tmp_path / "r.jsonl")) == 1
    assert _run(str(SEEDS), *each, "-f", "json", "-o", str(tmp_path / "r.json")) == 1
    stream = _same_report(tmp_path / "r.jsonl", tmp_path / "r.json")
    assert any(len({e.document for e in f.evidence}) > 1 for f in stream.findings)  # cross-document ones, once


def test_plain_jsonl_holds_the_findings_of_json(tmp_path: Path) -> None:
    assert _run(str(SEEDS), "-f", "jsonl", "-o", str(tmp_path / "r.jsonl")) == 1
    assert _run(str(SEEDS), "-f", "json", "-o", str(tmp_path / "r.json")) == 1
    _same_report(tmp_path / "r.jsonl", tmp_path / "r.json")


def test_the_iterator_yields_each_document_as_it_is_checked(seeds_index: Path) -> None:
    files = sorted(SEEDS.glob("*.txt"))
    items = iter_each_against_index([str(f) for f in files], seeds_index)
    first = next(items)
    assert first.id == str(files[0]) and first.info is not None and not first.errors
    assert [c.id for c in items] == [str(f) for f in files[1:]]


def test_a_failing_document_is_an_error_line_and_the_rest_is_checked(
    seeds_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    (corpus / "empty.txt").write_text("", encoding="utf-8")  # cannot be read as a document
    (corpus / "boom.txt").write_text("Published: 2025-05-08\n\nThe council approved 12 bridges.", encoding="utf-8")
    real = factcheck.engine.run_rules

    def run_rules(rules: Any, facts: Any, **kw: Any) -> Report:
        if any(d.endswith("boom.txt") for d in facts.documents):
            raise RuntimeError("a bug in a check")
        return real(rules, facts, **kw)

    monkeypatch.setattr(factcheck.engine, "run_rules", run_rules)
    out = tmp_path / "r.jsonl"
    assert _run(str(corpus), "--against-index", str(seeds_index), "--each", "-f", "jsonl", "-o", str(out)) == 2
    stream = read(out.read_text(encoding="utf-8").splitlines(keepends=True))
    boom, empty = stream.report.errors
    assert (boom.source, empty.source) == (str(corpus / "boom.txt"), str(corpus / "empty.txt"))
    assert boom.message == "check failed: RuntimeError: a bug in a check"
    assert len(stream.report.documents) == 5 and stream.report.findings  # the seeds were all checked
    assert stream.summary["exit_code"] == 2 and stream.summary["errors"] == 2


@pytest.mark.parametrize(("fail_on", "code"), [("error", 1), ("never", 0), ("info", 1)])
def test_exit_codes_when_streaming(seeds_index: Path, tmp_path: Path, fail_on: str, code: int) -> None:
    out = tmp_path / "r.jsonl"
    each = ("--against-index", str(seeds_index), "--each", "-f", "jsonl", "--fail-on", fail_on)
    assert _run(str(SEEDS), *each, "-o", str(out)) == code
    assert read(out.read_text(encoding="utf-8").splitlines(keepends=True)).summary["exit_code"] == code
    assert _run(str(SEEDS), *each, "-q") == code


def test_an_info_only_document_exits_0(seeds_index: Path, tmp_path: Path) -> None:
    doc = tmp_path / "calm.txt"
    doc.write_text("Published: 2025-05-08\n\nThe harbour reopened on Monday after repairs.", encoding="utf-8")
    out = tmp_path / "r.jsonl"
    assert _run(str(doc), "--against-index", str(seeds_index), "--each", "-f", "jsonl", "-o", str(out)) == 0
    summary = json.loads(out.read_text(encoding="utf-8").splitlines()[-1])
    assert summary["type"] == "summary" and summary["severities"]["error"] == 0 and summary["exit_code"] == 0


def test_an_interrupted_stream_lacks_the_summary(
    seeds_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = factcheck.engine.run_rules
    calls: list[int] = []

    def run_rules(rules: Any, facts: Any, **kw: Any) -> Report:
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(rules, facts, **kw)

    monkeypatch.setattr(factcheck.engine, "run_rules", run_rules)
    out = tmp_path / "r.jsonl"
    assert _run(str(SEEDS), "--against-index", str(seeds_index), "--each", "-f", "jsonl", "-o", str(out)) == 130
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    rows = [json.loads(line) for line in lines]  # what was written is whole lines: the first two documents
    assert rows[0]["type"] == "start" and [r["type"] for r in rows].count("document") == 2
    assert "summary" not in {r["type"] for r in rows}
    with pytest.raises(IncompleteStream, match="no summary"):
        read(lines)
