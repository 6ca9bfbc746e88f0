"""Helpers the renderers share: locations, paths, ordering and quoting. Pure functions, no I/O."""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import PurePath
from typing import Any

from factcheck.models import SEVERITY_RANK, Document, Evidence, Finding, Report

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def report_data(report: Report) -> dict[str, Any]:
    """``report.model_dump(mode="json")`` with non-finite floats as ``null`` (pydantic's JSON rule).

    ``model_dump(mode="json")`` keeps ``inf`` inside untyped ``values`` (an :class:`Interval` with an
    open end), which ``json.dumps`` would write as the invalid token ``Infinity``.
    """
    data: dict[str, Any] = json.loads(report.model_dump_json())
    return data


def ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Errors, then warnings, then info; within a severity by (document, start, rule, message)."""
    return sorted(findings, key=lambda f: (-SEVERITY_RANK[f.severity], f.sort_key()))


def line_col(documents: Mapping[str, Document], document: str, offset: int) -> tuple[int, int] | None:
    """1-based line and code-point column of ``offset`` in ``document``; None when its text is not at hand."""
    doc = documents.get(document)
    if doc is None:
        return None
    return doc.line_col(min(offset, len(doc.text)))


def location(documents: Mapping[str, Document], finding: Finding) -> tuple[str, tuple[int, int] | None]:
    """The document a finding points at (its first evidence) and the line/column there."""
    if finding.evidence:
        ev = finding.evidence[0]
        return ev.document, line_col(documents, ev.document, ev.start)
    return (finding.documents[0] if finding.documents else ""), None


def involved_documents(finding: Finding) -> list[str]:
    """Every document of a finding, evidence order first, without repeats."""
    seen: dict[str, None] = {}
    for ev in finding.evidence:
        seen.setdefault(ev.document, None)
    for doc in finding.documents:
        seen.setdefault(doc, None)
    return list(seen)


def relative_path(document_id: str, cwd: str | None = None) -> str:
    """A document id as a path relative to ``cwd`` (when it lies under it), with forward slashes."""
    if not document_id:
        return document_id
    path = PurePath(document_id)
    if path.is_absolute():
        with contextlib.suppress(ValueError):
            path = path.relative_to(PurePath(cwd if cwd is not None else os.getcwd()))
    return path.as_posix()


def one_line(text: str) -> str:
    """Text for a single terminal line: line breaks as ⏎, tabs as spaces, other controls escaped."""
    text = text.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎").replace("\t", " ")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def shorten(text: str, width: int = 100) -> str:
    """Keep the head and tail of a long quote, joined by …; ``width`` counts code points."""
    if len(text) <= width:
        return text
    head = (width * 2) // 3
    tail = width - head - 1
    return text[:head].rstrip() + "…" + text[len(text) - tail :].lstrip()


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word if n == 1 else (words or word + 's')}"


def summary(report: Report, documents: Mapping[str, Document]) -> str:
    """``3 findings (1 error, 2 warnings), 5 checks passed, 0 errors in 5 documents``."""
    counts = {sev: sum(1 for f in report.findings if f.severity == sev) for sev in SEVERITIES}
    names = {"error": ("error", "errors"), "warning": ("warning", "warnings"), "info": ("info", "info")}
    parts = [plural(counts[sev], *names[sev]) for sev in SEVERITIES if counts[sev]]
    breakdown = f" ({', '.join(parts)})" if parts else ""
    n_docs = len(report.documents) or len(documents)
    return (
        f"{plural(len(report.findings), 'finding')}{breakdown}, "
        f"{plural(len(report.passed), 'check')} passed, "
        f"{plural(len(report.errors), 'error')} in {plural(n_docs, 'document')}"
    )


def evidence_key(finding_index: int, evidence_index: int) -> str:
    """Stable ids used by the HTML renderer: finding ``f3``, its evidence ``f3.0``."""
    return f"f{finding_index}.{evidence_index}"


def valid_span(doc: Document, ev: Evidence) -> bool:
    return 0 <= ev.start <= ev.end <= len(doc.text)
