"""Every renderer over the handmade report: golden files plus the properties each format promises."""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from report_fixture import DOC_A, GOLDEN, make_report, parse_html, sarif_schema_path

from factcheck.models import Document, Evidence, Finding, Report
from factcheck.report import FORMATS, render
from factcheck.report import github as github_format
from factcheck.report import html as html_format
from factcheck.report import sarif as sarif_format

RULE_DOCS = {
    "kursk.area-retaken": "relation: a stated share of a stated whole disagrees with a stated part.\n"
    'What it flags: "86% of nearly 1,300 km²" beside "about 500 km²" <b>.',
}

CASES: dict[str, tuple[str, dict[str, Any]]] = {
    "report.json": ("json", {}),
    "report.jsonl": ("jsonl", {"ruleset_hash": "0" * 64}),
    "report.txt": ("text", {}),
    "report-verbose.txt": ("text", {"verbose": True}),
    "report-color.txt": ("text", {"verbose": True, "color": True}),
    "report.sarif": ("sarif", {"rule_docs": RULE_DOCS}),
    "report.github.txt": ("github", {}),
    "report.html": ("html", {"rule_docs": RULE_DOCS}),
}


def rendered(report: Report, documents: dict[str, Document], fmt: str, **options: Any) -> str:
    out = io.StringIO(newline="")
    render(report, documents, fmt, out, **options)
    return out.getvalue()


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(name: str, report: Report, documents: dict[str, Document]) -> None:
    fmt, options = CASES[name]
    actual = rendered(report, documents, fmt, **options)
    path = GOLDEN / name
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="")
    assert path.is_file(), f"{path} missing: run with FACTCHECK_UPDATE_GOLDEN=1"
    assert actual == path.read_bytes().decode("utf-8"), f"{name} differs (FACTCHECK_UPDATE_GOLDEN=1)"


def test_every_format_has_a_golden_file() -> None:
    assert {fmt for fmt, _ in CASES.values()} == set(FORMATS)


def test_unknown_format_names_the_available_ones(report: Report) -> None:
    available = r"available: github, html, json, jsonl, sarif, text \(did you mean 'sarif'\?\)"
    with pytest.raises(ValueError, match=available):
        render(report, {}, "sarf", io.StringIO())


def test_fixture_evidence_is_the_document_slice(report: Report, documents: dict[str, Document]) -> None:
    for finding in [*report.findings, *report.passed]:
        for ev in finding.evidence:
            assert documents[ev.document].text[ev.start : ev.end] == ev.text


# --- json ---------------------------------------------------------------------------------------------------


def test_json_is_one_object_that_round_trips(report: Report, documents: dict[str, Document]) -> None:
    text = rendered(report, documents, "json")
    assert text.endswith("}\n") and text.count("\n}\n") == 1
    data = json.loads(text)
    assert data == report.model_dump(mode="json")
    assert Report.model_validate(data) == report
    assert "🇺🇦" in text  # ensure_ascii=False


def test_json_writes_infinite_values_as_null() -> None:
    from factcheck.intervals import Interval

    finding = Finding(rule="r.x", check="c", message="m", values={"bound": Interval(low=400, high=float("inf"))})
    data = json.loads(rendered(Report(findings=[finding]), {}, "json"))
    assert data["findings"][0]["values"]["bound"]["high"] is None
    assert Interval.model_validate(data["findings"][0]["values"]["bound"]).high == float("inf")


# --- text ---------------------------------------------------------------------------------------------------


def test_text_lines_and_summary(report: Report, documents: dict[str, Document]) -> None:
    lines = rendered(report, documents, "text").splitlines()
    heads = [line for line in lines if line and not line.startswith("    ")]
    severities = [m.group(1) for line in heads if (m := re.match(r"\S+: (error|warning|info) ", line))]
    assert severities == ["error", "error", "warning", "warning", "info", "info"]
    assert (
        "seeds/a.txt:4:33: info dates.weekday [weekday-date] Wednesday before 13 March 2025 is 12 March 2025" in lines
    )
    assert "    seeds/a.txt:1 (stated): “86% of the 1,300 km² seized.⏎Officials”" in lines
    assert "rules/kursk.yaml:14:5: rules[1].tolerance: expected a percentage such as '5%', got 'five'" in lines
    assert lines[-1] == "6 findings (2 errors, 2 warnings, 2 info), 1 check passed, 1 error in 2 documents"
    assert "kursk.area-total" not in "\n".join(lines)
    assert "\x1b" not in "\n".join(lines)
    assert "seeds/b.txt:2:1: passed kursk.area-total [relation]" in rendered(report, documents, "text", verbose=True)


def test_text_shortens_long_quotes_and_escapes_controls() -> None:
    text = "x" * 50 + "\x1b[31m" + "y" * 300
    doc = Document(id="d.txt", text=text)
    finding = Finding(
        rule="r.long",
        check="c",
        message="two\nlines",
        evidence=[Evidence(document="d.txt", start=0, end=len(text), text=text)],
    )
    out = rendered(Report(findings=[finding]), {"d.txt": doc}, "text")
    quote = out.splitlines()[1]
    assert "…" in quote and len(quote) < 130
    assert "\x1b" not in out and "\\x1b" in out
    assert "two⏎lines" in out


def test_text_summary_when_clean() -> None:
    assert rendered(Report(), {}, "text") == "0 findings, 0 checks passed, 0 errors in 0 documents\n"


# --- github -------------------------------------------------------------------------------------------------


def test_github_escaping() -> None:
    assert github_format.escape_data("100%\r\nnext: a,b") == "100%25%0D%0Anext: a,b"
    assert github_format.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    finding = Finding(
        rule="r:x,y", check="c", message="50% up\nthen: down, more", evidence=[], documents=["dir/a,b:c.txt"]
    )
    (line,) = rendered(Report(findings=[finding]), {}, "github").splitlines()
    assert line == "::error file=dir/a%2Cb%3Ac.txt,title=r%3Ax%2Cy::50%25 up%0Athen: down, more"


def test_github_lines_have_positions_from_the_documents(report: Report, documents: dict[str, Document]) -> None:
    lines = rendered(report, documents, "github").splitlines()
    assert len(lines) == len(report.findings) + len(report.errors)
    pattern = re.compile(r"^::(error|warning|notice) (?:[A-Za-z]+=[^,:]*)(?:,[A-Za-z]+=[^,:]*)*::[^\r\n]*$")
    for line in lines:
        assert pattern.match(line), line
    weekday = next(line for line in lines if "dates.weekday" in line)
    assert weekday.startswith("::notice file=seeds/a.txt,line=4,col=33,endLine=4,endColumn=42,")


# --- sarif --------------------------------------------------------------------------------------------------


def _sarif(report: Report, documents: dict[str, Document]) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(rendered(report, documents, "sarif", rule_docs=RULE_DOCS))
    return data


def validate_sarif(log: dict[str, Any]) -> None:
    path = sarif_schema_path()
    if path is None:
        pytest.skip("SARIF schema not found: ../shared/data/sarif/ is absent (set FACTCHECK_SHARED)")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(path.read_text(encoding="utf-8"))
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(log), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def test_sarif_validates_against_the_schema(report: Report, documents: dict[str, Document]) -> None:
    validate_sarif(_sarif(report, documents))
    validate_sarif(_sarif(Report(), {}))


def test_sarif_regions_give_back_the_evidence(report: Report, documents: dict[str, Document]) -> None:
    run = _sarif(report, documents)["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    for res in run["results"]:
        for loc in res.get("locations", []) + res.get("relatedLocations", []):
            phys = loc["physicalLocation"]
            doc = documents[phys["artifactLocation"]["uri"]]
            if "region" not in phys:
                continue
            reg = phys["region"]
            by_offset = doc.text[reg["charOffset"] : reg["charOffset"] + reg["charLength"]]
            assert by_offset == reg["snippet"]["text"]
            lines = doc.text.split("\n")
            start = sum(len(line) + 1 for line in lines[: reg["startLine"] - 1]) + reg["startColumn"] - 1
            end = sum(len(line) + 1 for line in lines[: reg["endLine"] - 1]) + reg["endColumn"] - 1
            assert doc.text[start:end] == by_offset


def test_sarif_content(report: Report, documents: dict[str, Document]) -> None:
    run = _sarif(report, documents)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted({f.rule for f in report.findings})
    area = next(r for r in rules if r["id"] == "kursk.area-retaken")
    assert area["shortDescription"]["text"].startswith("relation: a stated share")
    assert area["fullDescription"]["text"] == RULE_DOCS["kursk.area-retaken"]
    weekday = next(r for r in rules if r["id"] == "dates.weekday")
    assert weekday["shortDescription"]["text"] == "weekday-date"
    results = run["results"]
    assert [rules[r["ruleIndex"]]["id"] for r in results] == [r["ruleId"] for r in results]
    assert {r["level"] for r in results} == {"error", "warning", "note"}
    stance = next(r for r in results if r["ruleId"] == "kursk.ukraine-ceasefire-stance")
    assert stance["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "seeds/a.txt",
        "uriBaseId": "%SRCROOT%",
    }
    assert [loc["physicalLocation"]["artifactLocation"]["uri"] for loc in stance["relatedLocations"]] == ["seeds/b.txt"]
    no_evidence = next(r for r in results if r["ruleId"] == "meta.no-sources")
    assert no_evidence["locations"] == [
        {"physicalLocation": {"artifactLocation": {"uri": "seeds/b.txt", "uriBaseId": "%SRCROOT%"}}}
    ]
    area_result = next(r for r in results if r["ruleId"] == "kursk.area-retaken")
    assert area_result["properties"]["values"] == {"expected": [1000, 1125], "stated": [450, 550]}
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    note = invocation["toolExecutionNotifications"][0]
    assert note["locations"][0]["physicalLocation"]["region"] == {"startLine": 14, "startColumn": 5}
    assert _sarif(Report(), {})["runs"][0]["invocations"][0]["executionSuccessful"] is True


def test_sarif_fingerprint_ignores_offsets_and_message(report: Report) -> None:
    finding = report.findings[0]
    moved = finding.model_copy(
        update={
            "message": "reworded",
            "evidence": [e.model_copy(update={"start": e.start + 5, "end": e.end + 5}) for e in finding.evidence],
        }
    )
    assert sarif_format.fingerprint(moved) == sarif_format.fingerprint(finding)
    assert sarif_format.fingerprint(report.findings[1]) != sarif_format.fingerprint(finding)


def test_sarif_uri_of_an_absolute_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    inside = sarif_format.artifact_location(str(tmp_path / "sub dir" / "ä.txt"))
    assert inside == {"uri": "sub%20dir/%C3%A4.txt", "uriBaseId": "%SRCROOT%"}
    assert sarif_format.artifact_location("/elsewhere/x.txt") == {"uri": "file:///elsewhere/x.txt"}


# --- html ---------------------------------------------------------------------------------------------------


def test_html_documents_and_marks(report: Report, documents: dict[str, Document]) -> None:
    page = rendered(report, documents, "html", rule_docs=RULE_DOCS)
    parsed = parse_html(page)
    assert parsed.docs == {doc_id: doc.text for doc_id, doc in documents.items()}
    assert set(parsed.inner_tags) == {"mark"}
    ordered = sorted(report.findings, key=lambda f: (-{"info": 0, "warning": 1, "error": 2}[f.severity], f.sort_key()))
    for i, finding in enumerate(ordered):
        for j, ev in enumerate(finding.evidence):
            assert parsed.evidence[f"f{i}.{j}"] == ev.text
    assert parsed.mark_findings == {f"f{i}" for i, f in enumerate(ordered) if f.evidence}


def test_html_escapes_everything(report: Report, documents: dict[str, Document]) -> None:
    page = rendered(report, documents, "html", rule_docs=RULE_DOCS)
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<script>x</script>" not in page and "&lt;script&gt;x&lt;/script&gt;" in page
    assert "<b>86%</b>" not in page and "<b>." not in page
    assert parse_html(page).scripts == 1
    assert "\r" not in page and "&#13;" in page


def test_html_is_self_contained(report: Report, documents: dict[str, Document]) -> None:
    page = rendered(report, documents, "html")
    assert not re.search(r"""(?:src|href)\s*=|@import|url\(|https?://""", page)
    assert page.count("<style>") == 1 and page.count("<script>") == 1


def test_html_overlap_segments() -> None:
    text = "abcdefghij"
    doc = Document(id="d", text=text)
    f1 = Finding(
        rule="r.one",
        check="c",
        message="m",
        evidence=[Evidence(document="d", start=1, end=6, text=text[1:6])],
    )
    f2 = Finding(
        rule="r.two",
        check="c",
        severity="warning",
        message="m",
        evidence=[
            Evidence(document="d", start=4, end=9, text=text[4:9]),
            Evidence(document="d", start=7, end=7, text=""),
        ],
    )
    page = rendered(Report(findings=[f1, f2]), {"d": doc}, "html")
    body = re.search(r'<div class="text" data-doc="d">(.*?)</div>', page, re.S)
    assert body is not None
    marks = re.findall(
        r'<mark class="([^"]*)" data-finding="([^"]*)" data-ev="([^"]*)"[^>]*>([^<]*)</mark>', body.group(1)
    )
    assert [(c, f, e, t) for c, f, e, t in marks] == [
        ("sev-error", "f0", "f0.0", "bcd"),
        ("sev-error multi", "f0 f1", "f0.0 f1.0", "ef"),
        ("sev-warning", "f1", "f1.0", "g"),
        ("sev-warning empty", "f1", "f1.1", ""),
        ("sev-warning", "f1", "f1.0", "hi"),
    ]
    assert html_format.highlight("a<b", []) == "a&lt;b"


def test_html_without_document_text() -> None:
    finding = Finding(
        rule="r.x", check="c", message="m", evidence=[Evidence(document="gone.txt", start=0, end=1, text="<")]
    )
    page = rendered(Report(findings=[finding]), {}, "html")
    assert "Text not available." in page and "&lt;" in page


def test_doc_a_has_crlf_emoji_and_combining_marks() -> None:
    assert "\r\n" in DOC_A.text and "🇺🇦" in DOC_A.text and "\u030c" in DOC_A.text
    assert len(make_report().findings) == 6
