"""html: one self-contained page (inline CSS and JS, no network) to read a report beside the articles.

Each document's text is shown with line breaks kept and every evidence span highlighted by severity:
``<mark class="sev-error" data-finding="f3" data-ev="f3.0">``. Overlapping spans are split into segments; a
segment lists every finding (``data-finding="f1 f3"``) and evidence (``data-ev``) it belongs to and takes the
colour of the most severe. Clicking a finding scrolls to its highlights and flashes them; clicking a highlight
goes to its finding. Cross-document findings show their quotes side by side, one column per document. Findings
filter by severity and rule; passed checks sit in a collapsed section; report errors are listed.

All article, message and rule text is HTML-escaped; carriage returns are written as ``&#13;`` so the page's
DOM text equals the document text exactly (the HTML parser would drop a literal CR).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape
from importlib import resources
from typing import TextIO

from factcheck.models import SEVERITY_RANK, Document, Evidence, Finding, Report
from factcheck.report._common import SEVERITIES, involved_documents, line_col, ordered, plural, summary


def _asset(name: str) -> str:
    """The page's stylesheet or script, shipped beside this module and inlined into every page."""
    return resources.files(__package__ or "factcheck.report").joinpath(name).read_text(encoding="utf-8")


def esc(text: str) -> str:
    """Escape text for element content or a quoted attribute; CR as a character reference."""
    return escape(text, quote=True).replace("\r", "&#13;")


def _where(documents: Mapping[str, Document], ev: Evidence) -> str:
    lc = line_col(documents, ev.document, ev.start)
    return f"{ev.document}:{lc[0]}:{lc[1]}" if lc else ev.document


class _Span:
    __slots__ = ("end", "finding", "key", "severity", "start", "title")

    def __init__(self, start: int, end: int, finding: str, key: str, severity: str, title: str) -> None:
        self.start, self.end, self.finding, self.key, self.severity, self.title = (
            start,
            end,
            finding,
            key,
            severity,
            title,
        )


def _mark(spans: list[_Span], content: str) -> str:
    severity = max((s.severity for s in spans), key=SEVERITY_RANK.__getitem__)
    findings = " ".join(dict.fromkeys(s.finding for s in spans))
    keys = " ".join(s.key for s in spans)
    title = "\n".join(dict.fromkeys(s.title for s in spans))
    classes = f"sev-{severity}" + (" multi" if len(set(s.finding for s in spans)) > 1 else "")
    classes += "" if content else " empty"
    return (
        f'<mark class="{classes}" data-finding="{esc(findings)}" data-ev="{esc(keys)}" '
        f'title="{esc(title)}">{content}</mark>'
    )


def highlight(text: str, spans: Iterable[_Span]) -> str:
    """The escaped text with each span wrapped in marks, overlaps split into segments."""
    valid = [s for s in spans if 0 <= s.start <= s.end <= len(text)]
    bounds = sorted({0, len(text), *(s.start for s in valid), *(s.end for s in valid)})
    parts: list[str] = []
    for i, a in enumerate(bounds):
        empties = [s for s in valid if s.start == s.end == a]
        if empties:
            parts.append(_mark(empties, ""))
        if i + 1 == len(bounds):
            break
        b = bounds[i + 1]
        active = [s for s in valid if s.start <= a and b <= s.end and s.start < s.end]
        content = esc(text[a:b])
        parts.append(_mark(active, content) if active else content)
    return "".join(parts)


def _quote(ev: Evidence, key: str, documents: Mapping[str, Document]) -> str:
    role = f'<span class="role">{esc(ev.role)}</span> ' if ev.role else ""
    return (
        f'<blockquote class="quote" data-ev="{esc(key)}" title="Show in the document">'
        f'<span class="pos">{role}{esc(_where(documents, ev))}</span>'
        f'<span class="q">{esc(ev.text)}</span></blockquote>'
    )


def _quotes(fid: str, finding: Finding, documents: Mapping[str, Document]) -> str:
    keyed = [(f"{fid}.{i}", ev) for i, ev in enumerate(finding.evidence)]
    docs = list(dict.fromkeys(ev.document for ev in finding.evidence))
    if len(docs) <= 1:
        return '<div class="quotes">' + "".join(_quote(ev, k, documents) for k, ev in keyed) + "</div>"
    cols = []
    for doc in docs:
        quotes = "".join(_quote(ev, k, documents) for k, ev in keyed if ev.document == doc)
        cols.append(f'<div class="col"><div class="doc-name">{esc(doc)}</div>{quotes}</div>')
    return f'<div class="quotes cross" style="--cols:{len(docs)}">' + "".join(cols) + "</div>"


def _finding_item(fid: str, finding: Finding, documents: Mapping[str, Document], rule_docs: Mapping[str, str]) -> str:
    where = esc(_where(documents, finding.evidence[0])) if finding.evidence else esc(", ".join(finding.documents))
    doc = rule_docs.get(finding.rule, "")
    rule_title = f' title="{esc(doc.strip())}"' if doc else ""
    cross = len(involved_documents(finding)) > 1
    return (
        f'<li class="finding sev-{finding.severity}" id="{fid}" data-rule="{esc(finding.rule)}" '
        f'data-severity="{finding.severity}" tabindex="0">'
        f'<div class="head"><span class="badge sev-{finding.severity}">{finding.severity}</span> '
        f'<code class="rule"{rule_title}>{esc(finding.rule)}</code> '
        f'<span class="check">{esc(finding.check)}</span>'
        f"{' <span class=cross-tag>across documents</span>' if cross else ''}"
        f'<span class="where">{where}</span></div>'
        f'<p class="message">{esc(finding.message)}</p>'
        f"{_quotes(fid, finding, documents)}</li>"
    )


def _document_ids(report: Report, documents: Mapping[str, Document]) -> list[str]:
    ids = [d.id for d in report.documents]
    for finding in [*report.findings, *report.passed]:
        ids.extend(involved_documents(finding))
    return list(dict.fromkeys(ids))


def render(
    report: Report,
    documents: Mapping[str, Document],
    out: TextIO,
    *,
    rule_docs: Mapping[str, str] | None = None,
    title: str = "factcheck report",
) -> None:
    """Write the page. ``rule_docs`` (rule id → description) becomes the rule's tooltip."""
    docs = rule_docs or {}
    findings = ordered(report.findings)
    fids = [f"f{i}" for i in range(len(findings))]
    info = {d.id: d for d in report.documents}

    spans: dict[str, list[_Span]] = {}
    for fid, finding in zip(fids, findings, strict=True):
        tip = f"{finding.severity} {finding.rule}: {finding.message}"
        for i, ev in enumerate(finding.evidence):
            spans.setdefault(ev.document, []).append(_Span(ev.start, ev.end, fid, f"{fid}.{i}", finding.severity, tip))

    w = out.write
    w('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
    w(f"<title>{esc(title)}</title>\n<style>\n{_asset('report.css')}</style>\n</head>\n<body>\n")
    w(f'<header class="top"><h1>{esc(title)}</h1>\n')
    w(f'<p class="summary">{esc(summary(report, documents))}</p>\n')
    w(f'<p class="tool">{esc(report.tool.name)} {esc(report.tool.version)}</p>\n')
    if findings:
        w('<form class="filters" onsubmit="return false"><span class="label">Show</span>')
        for sev in SEVERITIES:
            n = sum(1 for f in findings if f.severity == sev)
            w(
                f'<label class="chk sev-{sev}"><input type="checkbox" name="severity" value="{sev}" checked> '
                f"{sev} ({n})</label>"
            )
        w('<label class="sel">rule <select name="rule"><option value="">all rules</option>')
        for rule in sorted({f.rule for f in findings}):
            w(f'<option value="{esc(rule)}">{esc(rule)}</option>')
        w("</select></label></form>\n")
    w("</header>\n<main>\n")

    if report.errors:
        w('<section class="errors" id="errors"><h2>Could not check</h2><ul>')
        for error in report.errors:
            w(f"<li><code>{esc(error.source)}</code>: {esc(error.message)}</li>")
        w("</ul></section>\n")

    w(f'<section id="findings"><h2>{esc(plural(len(findings), "finding"))}</h2>\n')
    if findings:
        w('<ol class="findings">\n')
        for fid, finding in zip(fids, findings, strict=True):
            w(_finding_item(fid, finding, documents, docs) + "\n")
        w("</ol>\n")
    else:
        w('<p class="none">No findings.</p>\n')
    w("</section>\n")

    if report.passed:
        w(f'<details class="passed"><summary>{esc(plural(len(report.passed), "check"))} passed</summary><ul>')
        for finding in sorted(report.passed, key=Finding.sort_key):
            where = (
                f' <span class="where">{esc(_where(documents, finding.evidence[0]))}</span>' if finding.evidence else ""
            )
            w(
                f'<li><code class="rule">{esc(finding.rule)}</code> '
                f'<span class="check">{esc(finding.check)}</span> {esc(finding.message)}{where}</li>'
            )
        w("</ul></details>\n")

    w('<section id="documents"><h2>Documents</h2>\n')
    for n, doc_id in enumerate(_document_ids(report, documents)):
        doc = documents.get(doc_id)
        meta = info.get(doc_id)
        heading = (meta.title if meta else None) or (doc.title if doc else None) or doc_id
        details = [doc_id]
        published = (meta.published if meta else None) or (doc.published if doc else None)
        source = (meta.source if meta else None) or (doc.source if doc else None)
        if published:
            details.append(published.isoformat())
        if source:
            details.append(source)
        w(f'<article class="doc" id="doc-{n}"><header><h3>{esc(heading)}</h3>')
        w(f'<p class="meta">{" · ".join(esc(d) for d in details)}</p></header>\n')
        if doc is None:
            w('<p class="none">Text not available.</p>')
        else:
            marked = highlight(doc.text, spans.get(doc_id, []))
            w(f'<div class="text" data-doc="{esc(doc_id)}">{marked}</div>')
        w("</article>\n")
    w("</section>\n</main>\n")
    w(f"<script>\n{_asset('report.js')}</script>\n</body>\n</html>\n")
