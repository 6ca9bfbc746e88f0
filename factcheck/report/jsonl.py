"""jsonl: JSON Lines, one object a line, written as the run goes (``--format jsonl``).

Every line is a JSON object with a ``type``; the first is ``start`` and, only when the run finished, the last is
``summary``, so a stream without a ``summary`` line (or whose last line has no newline) was cut short:

- ``start``: ``schema_version``, ``tool``, ``ruleset_hash`` (SHA-256 of the loaded rules and declarations,
  :func:`factcheck.rules.loader.ruleset_hash`).
- ``document``: a checked document, as the JSON report's ``documents[]`` (``id``, ``title``, ``published``,
  ``source``); with ``--each`` it comes before the verdicts found while checking it.
- ``finding`` and ``passed``: ``document`` (the checked document the verdict was reported for) followed by the
  JSON report's Finding fields, serialised by the same pydantic serializer as ``--format json``.
- ``error``: a document or rule that could not be checked (``source``, ``message``), as the report's ``errors[]``.
- ``summary``: ``documents``, ``findings``, ``severities`` (error/warning/info counts), ``passed`` and ``errors``
  counts (what a reader can compare with the lines it saw), ``ruleset_hash``, ``fail_on`` and the ``exit_code``.

Lines other than the first and the last come in no guaranteed order (with ``--each``: document by document, in the
order read). Types may be added; readers skip types they do not know. U+0085, U+2028 and U+2029 are escaped, so a
line is also a line to ``str.splitlines``. :func:`read` turns a stream back into the :class:`Report`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TextIO

from factcheck.models import SEVERITY_RANK, Document, DocumentInfo, Finding, Report, ReportError, ToolInfo
from factcheck.report._common import SEVERITIES, involved_documents

_SEPARATORS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


class IncompleteStream(ValueError):
    """A JSON Lines report that was cut short (no summary, a cut line) or does not add up."""


class JsonlWriter:
    """Writes a JSON Lines report as verdicts arrive, keeping only counts; ``out=None`` writes nothing.

    Each call writes whole lines and flushes, so a reader following the file sees complete documents.
    """

    def __init__(
        self, out: TextIO | None, *, ruleset_hash: str = "", fail_on: str = "error", tool: ToolInfo | None = None
    ) -> None:
        self.out = out
        self.tool = tool or ToolInfo()
        self.ruleset_hash = ruleset_hash
        self.fail_on = fail_on
        self.counts = {"documents": 0, "passed": 0, "errors": 0}
        self.severities = dict.fromkeys(SEVERITIES, 0)
        self._worst: Finding | None = None
        self._first_error: ReportError | None = None

    def _write(self, lines: list[str]) -> None:
        if self.out is not None and lines:
            self.out.write("".join(line.translate(_SEPARATORS) + "\n" for line in lines))
            self.out.flush()

    def start(self) -> None:
        head = {"type": "start", "schema_version": Report().schema_version, "tool": self.tool.model_dump(mode="json")}
        self._write(
            [json.dumps({**head, "ruleset_hash": self.ruleset_hash}, ensure_ascii=False, separators=(",", ":"))]
        )

    def document(self, info: DocumentInfo) -> None:
        self.counts["documents"] += 1
        self._write(['{"type":"document",' + info.model_dump_json()[1:]])

    def verdicts(self, document: str, findings: Iterable[Finding], passed: Iterable[Finding] = ()) -> None:
        """The findings and passed checks reported for ``document`` (a checked document's id)."""
        prefix = json.dumps(document, ensure_ascii=False)
        lines = []
        for f in findings:
            self.severities[f.severity] += 1
            if self._worst is None or SEVERITY_RANK[f.severity] > SEVERITY_RANK[self._worst.severity]:
                self._worst = f
            lines.append('{"type":"finding","document":' + prefix + "," + f.model_dump_json()[1:])
        for f in passed:
            self.counts["passed"] += 1
            lines.append('{"type":"passed","document":' + prefix + "," + f.model_dump_json()[1:])
        self._write(lines)

    def errors(self, errors: Iterable[ReportError]) -> None:
        lines = []
        for e in errors:
            self.counts["errors"] += 1
            self._first_error = self._first_error or e
            lines.append('{"type":"error",' + e.model_dump_json()[1:])
        self._write(lines)

    def exit_code(self) -> int:
        """The DESIGN exit code of what was written so far (as :meth:`Report.exit_code` of the whole report)."""
        seen = Report(
            findings=[self._worst] if self._worst else [], errors=[self._first_error] if self._first_error else []
        )
        return seen.exit_code(self.fail_on)

    def finish(self) -> int:
        """Write the summary line (the stream is then complete) and return the exit code."""
        code = self.exit_code()
        summary = {
            "type": "summary",
            "documents": self.counts["documents"],
            "findings": sum(self.severities.values()),
            "severities": self.severities,
            "passed": self.counts["passed"],
            "errors": self.counts["errors"],
            "ruleset_hash": self.ruleset_hash,
            "fail_on": self.fail_on,
            "exit_code": code,
        }
        self._write([json.dumps(summary, ensure_ascii=False, separators=(",", ":"))])
        return code


def render(
    report: Report,
    documents: Mapping[str, Document],
    out: TextIO,
    *,
    ruleset_hash: str = "",
    fail_on: str = "error",
) -> None:
    """Write a whole report as JSON Lines: per checked document its line, findings and passed checks; then errors.

    A verdict is reported for the first of its documents (evidence order) that the report checked.
    """
    del documents
    checked = {d.id: d for d in report.documents}
    groups: dict[str, tuple[list[Finding], list[Finding]]] = {d: ([], []) for d in checked}
    for held, verdicts in ((False, report.findings), (True, report.passed)):
        for f in verdicts:
            involved = involved_documents(f)
            owner = next((d for d in involved if d in checked), involved[0] if involved else "")
            groups.setdefault(owner, ([], []))[held].append(f)
    writer = JsonlWriter(out, ruleset_hash=ruleset_hash, fail_on=fail_on, tool=report.tool)
    writer.start()
    for doc_id, (findings, passed) in groups.items():
        if doc_id in checked:
            writer.document(checked[doc_id])
        writer.verdicts(doc_id, findings, passed)
    writer.errors(report.errors)
    writer.finish()


@dataclass
class JsonlStream:
    """A JSON Lines report read back: the report (verdicts in stream order), its rule set's hash and summary."""

    report: Report
    ruleset_hash: str
    summary: dict[str, Any]
    owners: list[str]
    """Per finding of ``report.findings``, the document it was reported for."""


def read(lines: Iterable[str]) -> JsonlStream:
    """Read a JSON Lines report (an open file, or lines ending in newlines).

    Raises :class:`IncompleteStream` when it has no ``start`` first or no ``summary`` last, a line is cut (no
    newline, not JSON), or the summary's counts differ from the lines read.
    """
    report = Report()
    owners: list[str] = []
    head: dict[str, Any] | None = None
    summary: dict[str, Any] | None = None
    for number, line in enumerate(lines, start=1):
        if summary is not None:
            raise IncompleteStream(f"line {number}: a line after the summary")
        try:
            if not line.endswith("\n"):
                raise ValueError("no newline at its end")
            data = json.loads(line)
            if not isinstance(data, dict):
                raise ValueError("not an object")
        except ValueError as exc:
            raise IncompleteStream(f"line {number} is cut or not JSON: {exc}") from None
        kind = data.pop("type", None)
        if head is None:
            if kind != "start":
                raise IncompleteStream(f"line {number}: the first line is not the start line")
            if data.get("schema_version") != report.schema_version:
                raise IncompleteStream(f"unknown schema_version {data.get('schema_version')!r}")
            head = data
            report.tool = ToolInfo.model_validate(data["tool"])
        elif kind == "document":
            report.documents.append(DocumentInfo.model_validate(data))
        elif kind in ("finding", "passed"):
            owner = data.pop("document")
            (report.findings if kind == "finding" else report.passed).append(Finding.model_validate(data))
            if kind == "finding":
                owners.append(owner)
        elif kind == "error":
            report.errors.append(ReportError.model_validate(data))
        elif kind == "summary":
            summary = data
    if head is None or summary is None:
        raise IncompleteStream("no summary line: the stream was cut short")
    read_counts = {
        "documents": len(report.documents),
        "findings": len(report.findings),
        "passed": len(report.passed),
        "errors": len(report.errors),
    }
    stated = {name: summary.get(name) for name in read_counts}
    if stated != read_counts:
        raise IncompleteStream(f"the summary counts {stated}, the stream holds {read_counts}")
    return JsonlStream(report=report, ruleset_hash=str(head.get("ruleset_hash", "")), summary=summary, owners=owners)


__all__ = ["IncompleteStream", "JsonlStream", "JsonlWriter", "read", "render"]
