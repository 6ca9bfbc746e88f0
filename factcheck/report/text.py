"""text: the report for people at a terminal, in the ``path:line:col: severity rule-id [check] message`` form.

Findings come errors first, then warnings, then info; under each, its quotes with ``document:line``. Then the
report errors (``source: message``) and one summary line. Passed checks are counted, and listed with
``verbose=True``. ``color=True`` adds ANSI colours (off by default: the output is also the golden-file
format).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TextIO

from factcheck.models import Document, Evidence, Finding, Report
from factcheck.report._common import line_col, location, one_line, ordered, shorten, summary

QUOTE_WIDTH = 100

_STYLE = {
    "error": "\x1b[1;31m",
    "warning": "\x1b[1;33m",
    "info": "\x1b[1;36m",
    "passed": "\x1b[1;32m",
    "path": "\x1b[1m",
    "dim": "\x1b[2m",
}
_RESET = "\x1b[0m"


class _Painter:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, style: str, text: str) -> str:
        return f"{_STYLE[style]}{text}{_RESET}" if self.color and text else text


def position(documents: Mapping[str, Document], finding: Finding) -> str:
    """``path:line:col`` of a finding's first evidence (``path`` alone when the text is not at hand)."""
    doc, lc = location(documents, finding)
    if lc is None:
        return doc or "<no document>"
    return f"{doc}:{lc[0]}:{lc[1]}"


def evidence_line(ev: Evidence, documents: Mapping[str, Document]) -> str:
    """``document:line: “quote”`` (quote shortened, line breaks as ⏎), with the role when there is one."""
    lc = line_col(documents, ev.document, ev.start)
    where = f"{ev.document}:{lc[0]}" if lc else ev.document
    role = f" ({ev.role})" if ev.role else ""
    return f"{where}{role}: “{shorten(one_line(ev.text), QUOTE_WIDTH)}”"


def render(
    report: Report,
    documents: Mapping[str, Document],
    out: TextIO,
    *,
    verbose: bool = False,
    color: bool = False,
) -> None:
    """Write the findings, their quotes, the report errors and a summary line."""
    paint = _Painter(color)

    def emit(finding: Finding, label: str, style: str) -> None:
        pos = position(documents, finding)
        out.write(
            f"{paint('path', pos)}: {paint(style, label)} {finding.rule} [{finding.check}] "
            f"{one_line(finding.message)}\n"
        )
        for ev in finding.evidence:
            out.write(f"    {paint('dim', evidence_line(ev, documents))}\n")

    for finding in ordered(report.findings):
        emit(finding, finding.severity, finding.severity)
    if verbose:
        for finding in sorted(report.passed, key=Finding.sort_key):
            emit(finding, "passed", "passed")
    if report.errors:
        if report.findings or (verbose and report.passed):
            out.write("\n")
        for error in report.errors:
            out.write(f"{paint('error', one_line(error.source))}: {one_line(error.message)}\n")
    if report.findings or report.errors or (verbose and report.passed):
        out.write("\n")
    out.write(summary(report, documents) + "\n")
