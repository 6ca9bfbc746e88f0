"""Properties over random documents and random valid spans (hypothesis).

Positions printed by the SARIF, text and github renderers agree with ``Document.line_col``; SARIF offsets give
back the evidence text; the HTML page never lets a ``<`` of the article through and shows the text unchanged.
"""

from __future__ import annotations

import io
import json
import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from report_fixture import parse_html

from factcheck.models import Document, Evidence, Finding, Report
from factcheck.report import render

SPECIAL = [
    "\r\n",
    "\n",
    "\r",
    "<",
    ">",
    "&",
    '"',
    "'",
    "<script>",
    "</div>",
    "&lt;",
    "😀",
    "🇺🇦",
    "e\u0301",
    "\t",
    "%",
]
texts = st.lists(st.one_of(st.sampled_from(SPECIAL), st.characters(codec="utf-8")), max_size=60).map("".join)


@st.composite
def reports(draw: st.DrawFn) -> tuple[Report, Document]:
    doc = Document(id="dir/d.txt", text=draw(texts))
    n = len(doc.text)
    findings = []
    for k in range(draw(st.integers(1, 3))):
        evidence = []
        for _ in range(draw(st.integers(1, 3))):
            start = draw(st.integers(0, n))
            end = draw(st.integers(start, n))
            span = doc.span(start, end)
            evidence.append(Evidence(document=doc.id, start=span.start, end=span.end, text=span.text))
        severity = draw(st.sampled_from(["error", "warning", "info"]))
        findings.append(
            Finding(rule=f"r.rule-{k}", check="c", severity=severity, message=draw(texts), evidence=evidence)
        )
    return Report(findings=findings), doc


def rendered(report: Report, doc: Document, fmt: str) -> str:
    out = io.StringIO(newline="")
    render(report, {doc.id: doc}, fmt, out)
    return out.getvalue()


@settings(max_examples=150, deadline=None)
@given(reports())
def test_sarif_regions_agree_with_line_col(case: tuple[Report, Document]) -> None:
    report, doc = case
    log: dict[str, Any] = json.loads(rendered(report, doc, "sarif"))
    results = log["runs"][0]["results"]
    by_fingerprint = {}
    for res in results:
        locations = res["locations"] + res.get("relatedLocations", [])
        by_fingerprint[res["partialFingerprints"]["factcheck/v1"]] = [loc["physicalLocation"] for loc in locations]
    for finding in report.findings:
        from factcheck.report.sarif import fingerprint

        for ev, phys in zip(finding.evidence, by_fingerprint[fingerprint(finding)], strict=True):
            reg = phys["region"]
            assert (reg["startLine"], reg["startColumn"]) == doc.line_col(ev.start)
            assert (reg["endLine"], reg["endColumn"]) == doc.line_col(ev.end)
            assert doc.text[reg["charOffset"] : reg["charOffset"] + reg["charLength"]] == ev.text
            assert reg["snippet"]["text"] == ev.text


@settings(max_examples=150, deadline=None)
@given(reports())
def test_text_and_github_positions_agree_with_line_col(case: tuple[Report, Document]) -> None:
    report, doc = case
    text = rendered(report, doc, "text")
    heads = re.findall(r"^dir/d\.txt:(\d+):(\d+): (?:error|warning|info) (r\.rule-\d+) ", text, re.M)
    assert sorted(heads) == sorted(
        (str(a), str(b), f.rule) for f in report.findings for a, b in [doc.line_col(f.evidence[0].start)]
    )
    quotes = re.findall(r"^    dir/d\.txt:(\d+): ", text, re.M)
    assert sorted(quotes) == sorted(str(doc.line_col(ev.start)[0]) for f in report.findings for ev in f.evidence)

    github = rendered(report, doc, "github").split("\n")[:-1]  # the runner splits on LF (and CR) only
    assert len(github) == len(report.findings)
    positions = sorted(
        tuple(int(x) for x in m.groups())
        for line in github
        if (m := re.match(r"^::\w+ file=dir/d\.txt,line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),", line))
    )
    assert positions == sorted(
        (*doc.line_col(f.evidence[0].start), *doc.line_col(f.evidence[0].end)) for f in report.findings
    )
    for line in github:
        message = line.split("::", 2)[2]
        assert "\r" not in message and "\n" not in message


@settings(max_examples=150, deadline=None)
@given(reports())
def test_html_never_lets_article_markup_through(case: tuple[Report, Document]) -> None:
    report, doc = case
    page = rendered(report, doc, "html")
    parsed = parse_html(page)
    assert parsed.docs == {doc.id: doc.text}
    assert set(parsed.inner_tags) <= {"mark"}
    assert parsed.scripts == 1
    # Every "<" on the page is the renderer's own: neutering the article's and the messages' changes none.
    plain = doc.model_copy(update={"text": doc.text.replace("<", "x")})
    plain_report = report.model_copy(
        update={"findings": [f.model_copy(update={"message": f.message.replace("<", "x")}) for f in report.findings]}
    )
    assert page.count("<") == rendered(plain_report, plain, "html").count("<")
