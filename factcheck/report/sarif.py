"""sarif: SARIF 2.1.0 for code-scanning tools (GitHub code scanning, VS Code SARIF viewer, …).

One run. ``tool.driver.rules`` lists each rule that fired, described from ``rule_docs`` (rule id → the
check's docstring; STYLE §1) or else by its check name. Each result points at its first evidence (region
with 1-based line/column, ``charOffset``/``charLength`` and the quoted ``snippet``); the other evidence,
typically the other documents of a cross-document finding, are ``relatedLocations``. Columns and character
offsets count Unicode code points (``run.columnKind``), as the report's offsets do. Report ``errors`` become
tool execution notifications of the one invocation, which is then not ``executionSuccessful``. The shape
follows ruff's ``message/sarif.rs``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from typing import Any, TextIO
from urllib.parse import quote

from factcheck.models import Document, Evidence, Finding, Report
from factcheck.report._common import ordered, relative_path, report_data

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/factcheck-news/"
SRCROOT = "%SRCROOT%"
LEVELS: dict[str, str] = {"error": "error", "warning": "warning", "info": "note"}

_SOURCE = re.compile(r"^(?P<file>.+?):(?P<line>\d+)(?::(?P<col>\d+))?$")


def artifact_location(document_id: str) -> dict[str, Any]:
    """A document as a URI relative to the working directory (``%SRCROOT%``), or a ``file:`` URI."""
    path = relative_path(document_id)
    if path.startswith("/"):
        return {"uri": "file://" + quote(path)}
    return {"uri": quote(path, safe="/"), "uriBaseId": SRCROOT}


def region(ev: Evidence, documents: Mapping[str, Document]) -> dict[str, Any]:
    """Line/column (1-based, end exclusive), code-point offset and length, and the quoted text."""
    reg: dict[str, Any] = {}
    doc = documents.get(ev.document)
    if doc is not None and ev.end <= len(doc.text):
        start_line, start_col = doc.line_col(ev.start)
        end_line, end_col = doc.line_col(ev.end)
        reg.update(startLine=start_line, startColumn=start_col, endLine=end_line, endColumn=end_col)
    reg.update(charOffset=ev.start, charLength=ev.end - ev.start, snippet={"text": ev.text})
    return reg


def physical_location(ev: Evidence, documents: Mapping[str, Document]) -> dict[str, Any]:
    return {
        "physicalLocation": {
            "artifactLocation": artifact_location(ev.document),
            "region": region(ev, documents),
        }
    }


def fingerprint(finding: Finding) -> str:
    """Stable across runs and line shifts: a hash of the rule and its quotes (not offsets or message)."""
    parts = [finding.rule, *(f"{ev.document}\x1f{ev.text}" for ev in finding.evidence)]
    return hashlib.sha256("\x1e".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def rule_descriptor(rule: str, finding: Finding, rule_docs: Mapping[str, str]) -> dict[str, Any]:
    doc = (rule_docs.get(rule) or "").strip()
    short = doc.splitlines()[0].strip() if doc else finding.check
    full = doc or f"Rule {rule} (check type {finding.check})."
    return {
        "id": rule,
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": full},
        "defaultConfiguration": {"level": LEVELS[finding.severity]},
        "properties": {"check": finding.check, "tags": [finding.check]},
    }


def result(
    finding: Finding, data: Mapping[str, Any], rule_index: int, documents: Mapping[str, Document]
) -> dict[str, Any]:
    res: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
    }
    if finding.evidence:
        res["locations"] = [physical_location(finding.evidence[0], documents)]
    elif finding.documents:  # a whole-document finding; code scanning wants a location on every result
        res["locations"] = [{"physicalLocation": {"artifactLocation": artifact_location(finding.documents[0])}}]
    related = []
    for i, ev in enumerate(finding.evidence[1:], start=1):
        loc = physical_location(ev, documents)
        loc["id"] = i
        loc["message"] = {"text": f"{ev.role}: {ev.document}" if ev.role else ev.document}
        related.append(loc)
    if related:
        res["relatedLocations"] = related
    res["partialFingerprints"] = {"factcheck/v1": fingerprint(finding)}
    res["properties"] = {"check": finding.check, "values": data["values"], "documents": data["documents"]}
    return res


def notification(source: str, message: str) -> dict[str, Any]:
    note: dict[str, Any] = {"level": "error", "message": {"text": f"{source}: {message}"}}
    match = _SOURCE.match(source)
    if match:
        reg = {"startLine": int(match["line"])}
        if match["col"]:
            reg["startColumn"] = int(match["col"])
        note["locations"] = [
            {"physicalLocation": {"artifactLocation": artifact_location(match["file"]), "region": reg}}
        ]
    note["properties"] = {"source": source}
    return note


def sarif_log(
    report: Report, documents: Mapping[str, Document], rule_docs: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """The SARIF log as a dict (what :func:`render` writes)."""
    docs = rule_docs or {}
    data = report_data(report)
    findings = ordered(report.findings)
    dumped = {id(f): d for f, d in zip(report.findings, data["findings"], strict=True)}
    first: dict[str, Finding] = {}
    for finding in findings:
        first.setdefault(finding.rule, finding)
    rule_ids = sorted(first)
    index = {rule: i for i, rule in enumerate(rule_ids)}
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": report.tool.name,
                "version": report.tool.version,
                "informationUri": INFORMATION_URI,
                "rules": [rule_descriptor(rule, first[rule], docs) for rule in rule_ids],
            }
        },
        "invocations": [
            {
                "executionSuccessful": not report.errors,
                "toolExecutionNotifications": [notification(e.source, e.message) for e in report.errors],
            }
        ],
        "results": [result(f, dumped[id(f)], index[f.rule], documents) for f in findings],
        "columnKind": "unicodeCodePoints",
        "properties": {"passed": len(report.passed), "documents": [d["id"] for d in data["documents"]]},
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(
    report: Report,
    documents: Mapping[str, Document],
    out: TextIO,
    *,
    rule_docs: Mapping[str, str] | None = None,
) -> None:
    """Write the SARIF log as indented JSON; ``rule_docs`` maps rule id → description (first line: short)."""
    json.dump(sarif_log(report, documents, rule_docs), out, indent=2, ensure_ascii=False, allow_nan=False)
    out.write("\n")
