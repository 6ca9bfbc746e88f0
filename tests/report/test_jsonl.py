"""The JSON Lines format: lines the writer streams, what the reader rebuilds, and how a cut stream shows."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from report_fixture import DOC_A, DOC_B, make_report

from factcheck.models import Document, DocumentInfo, Evidence, Finding, Report, ReportError
from factcheck.report import render
from factcheck.report.jsonl import IncompleteStream, JsonlWriter, read


def _jsonl(report: Report, documents: dict[str, Document], **options: str) -> str:
    out = io.StringIO(newline="")
    render(report, documents, "jsonl", out, **options)
    return out.getvalue()


def _key(f: Finding) -> str:
    return f.model_dump_json()


def test_every_line_is_one_object_first_start_last_summary(report: Report, documents: dict[str, Document]) -> None:
    text = _jsonl(report, documents, ruleset_hash="ab" * 32, fail_on="warning")
    lines = text.split("\n")
    assert lines[-1] == ""  # every line ends with a newline
    rows = [json.loads(line) for line in lines[:-1]]
    assert rows[0]["type"] == "start" and rows[-1]["type"] == "summary"
    assert rows[0] == {
        "type": "start",
        "schema_version": "1",
        "tool": {"name": "factcheck", "version": "0.0.0+test"},
        "ruleset_hash": "ab" * 32,
    }
    assert rows[-1] == {
        "type": "summary",
        "documents": 2,
        "findings": 6,
        "severities": {"error": 2, "warning": 2, "info": 2},
        "passed": 1,
        "errors": 1,
        "ruleset_hash": "ab" * 32,
        "fail_on": "warning",
        "exit_code": 2,  # the report has an error
    }
    # a document's line comes before its verdicts
    first_a = next(i for i, r in enumerate(rows) if r.get("document") == DOC_A.id)
    assert rows[first_a - 1] == {"type": "document", **report.documents[0].model_dump(mode="json")}


def test_reading_back_gives_the_report(report: Report, documents: dict[str, Document]) -> None:
    stream = read(io.StringIO(_jsonl(report, documents, ruleset_hash="cd" * 32)))
    got = stream.report
    assert stream.ruleset_hash == "cd" * 32 and got.tool == report.tool
    assert got.documents == report.documents and got.errors == report.errors
    assert sorted(map(_key, got.findings)) == sorted(map(_key, report.findings))
    assert sorted(map(_key, got.passed)) == sorted(map(_key, report.passed))
    # each finding is reported for the first of its documents the report checked
    for f, owner in zip(got.findings, stream.owners, strict=True):
        assert owner == ([e.document for e in f.evidence] + f.documents)[0]


def test_finding_lines_are_the_json_reports_findings_plus_type_and_document(
    report: Report, documents: dict[str, Document]
) -> None:
    rows = [json.loads(line) for line in _jsonl(report, documents).splitlines()]
    as_json = json.loads(report.model_dump_json())
    findings = [r for r in rows if r["type"] == "finding"]
    assert all(list(r)[:2] == ["type", "document"] for r in findings)
    stripped = [{k: v for k, v in r.items() if k not in ("type", "document")} for r in findings]
    key = lambda d: json.dumps(d, sort_keys=True)  # noqa: E731
    assert sorted(map(key, stripped)) == sorted(map(key, as_json["findings"]))


def test_every_cut_stream_is_refused(report: Report, documents: dict[str, Document]) -> None:
    text = _jsonl(report, documents)
    lines = text.splitlines(keepends=True)
    read(lines)  # the whole stream reads
    for n in range(len(lines)):  # any whole-line prefix lacks the summary
        with pytest.raises(IncompleteStream):
            read(lines[:n])
    for cut in (1, len(lines[-1]) // 2, len(lines[-1]) - 1):  # a line cut inside, or before its newline
        with pytest.raises(IncompleteStream):
            read([*lines[:-1], lines[-1][:cut]])
    with pytest.raises(IncompleteStream, match="summary counts"):  # a line lost in the middle
        read([*lines[:2], *lines[3:]])


def test_line_separators_inside_strings_are_escaped() -> None:
    doc = Document(id="a\u2028.txt", text="one\u2028two\x85three\u2029")
    finding = Finding(
        rule="r",
        check="c",
        message="x\u2028y",
        evidence=[Evidence(document=doc.id, start=0, end=len(doc.text), text=doc.text)],
        documents=[doc.id],
    )
    report = Report(documents=[DocumentInfo(id=doc.id)], findings=[finding])
    text = _jsonl(report, {doc.id: doc})
    assert not {"\x85", "\u2028", "\u2029"} & set(text)
    assert len(text.splitlines()) == text.count("\n") == 4
    assert read(text.splitlines(keepends=True)).report.findings == [finding]


SEVERITY = st.sampled_from(["error", "warning", "info"])


@given(
    severities=st.lists(st.lists(SEVERITY, max_size=4), max_size=4),
    errors=st.lists(st.booleans(), max_size=4),
    fail_on=st.sampled_from(["error", "warning", "info", "never"]),
)
def test_streamed_exit_code_is_the_reports(severities: list[list[str]], errors: list[bool], fail_on: str) -> None:
    """Written document by document, the exit code is that of the whole report."""
    writer = JsonlWriter(io.StringIO(), fail_on=fail_on)
    writer.start()
    whole = Report()
    for i, sevs in enumerate(severities):
        found = [Finding(rule=f"r{j}", check="c", severity=s, message="m") for j, s in enumerate(sevs)]  # type: ignore[arg-type]
        writer.verdicts(f"d{i}", found)
        whole.findings.extend(found)
        if i < len(errors) and errors[i]:
            err = ReportError(source=f"d{i}", message="unreadable")
            writer.errors([err])
            whole.errors.append(err)
    assert writer.finish() == whole.exit_code(fail_on)


def test_quiet_writer_counts_without_writing() -> None:
    writer = JsonlWriter(None)
    writer.start()
    writer.verdicts(DOC_B.id, make_report().findings)
    assert writer.finish() == 1
