"""One handmade report over awkward text, shared by every renderer test.

The text has CRLF line endings, emoji outside the BMP (🇺🇦 is two code points, 😀 one), a combining caron
(``z\\u030c``), ``<script>``, quotes of every kind and a ``%``. The findings include a cross-document one,
overlapping and nested evidence in one document, an evidence span across a line break, an info finding, a
finding without evidence, a passed check and a report error.
"""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from pathlib import Path

from factcheck.models import Document, DocumentInfo, Evidence, Finding, Report, ReportError, ToolInfo

REPO = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).parent / "golden"

TEXT_A = (
    'Kursk update: Ukraine says it "retook" 86% of the 1,300 km² seized.\r\n'
    "Officials said about 500 km² 🇺🇦 were reclaimed near Sudz\u030cha.\r\n"
    "<script>alert('x')</script> & “smart quotes” — 100% sure?\r\n"
    "Kyiv agreed to the ceasefire on Wednesday.\r\n"
)
TEXT_B = "Kyiv remained silent on whether it will accept the truce 😀.\nSome 1,100 km² were retaken around Sudzha.\n"

DOC_A = Document(
    id="seeds/a.txt",
    text=TEXT_A,
    title="Kursk: <b>86%</b> retaken",
    published=dt.date(2025, 3, 13),
    source="Wire",
)
DOC_B = Document(id="seeds/b.txt", text=TEXT_B, title="Truce talk", published=dt.date(2025, 3, 12))


def ev(doc: Document, needle: str, role: str | None = None) -> Evidence:
    start = doc.text.index(needle)
    return Evidence(document=doc.id, start=start, end=start + len(needle), text=needle, role=role)


def make_report() -> Report:
    findings = [
        Finding(
            rule="kursk.area-retaken",
            check="relation",
            severity="error",
            message='86% of nearly 1,300 km² is 1,000–1,125 km², but a.txt says "about 500 km²" <script>x</script>',
            evidence=[
                ev(DOC_A, "86% of the 1,300 km² seized.\r\nOfficials", "stated"),
                ev(DOC_A, "about 500 km² 🇺🇦", "stated"),
            ],
            values={"expected": [1000, 1125], "stated": [450, 550]},
            documents=[DOC_A.id],
        ),
        Finding(
            rule="kursk.ukraine-ceasefire-stance",
            check="stance",
            severity="error",
            message="a.txt says Ukraine agreed to the ceasefire; b.txt says Kyiv remained silent",
            evidence=[
                ev(DOC_A, "Kyiv agreed to the ceasefire on Wednesday"),
                ev(DOC_B, "Kyiv remained silent on whether it will accept the truce 😀"),
            ],
            documents=[DOC_A.id, DOC_B.id],
        ),
        Finding(
            rule="names.spelling-variant",
            check="spelling",
            severity="warning",
            message="'Sudz\u030cha' and 'Sudzha' name the same place, spelled differently",
            evidence=[ev(DOC_A, "Sudz\u030cha"), ev(DOC_B, "Sudzha")],
            documents=[DOC_A.id, DOC_B.id],
        ),
        Finding(
            rule="kursk.share-hedge",
            check="hedge",
            severity="warning",
            message="'about 500 km² 🇺🇦 were reclaimed' overlaps another finding; 100% of: a, b",
            evidence=[ev(DOC_A, "500 km² 🇺🇦 were reclaimed")],
            documents=[DOC_A.id],
        ),
        Finding(
            rule="dates.weekday",
            check="weekday-date",
            severity="info",
            message="Wednesday before 13 March 2025 is 12 March 2025",
            evidence=[ev(DOC_A, "Wednesday")],
            values={"resolved": "2025-03-12"},
            documents=[DOC_A.id],
        ),
        Finding(
            rule="meta.no-sources",
            check="sources",
            severity="info",
            message="b.txt names no source",
            documents=[DOC_B.id],
        ),
    ]
    passed = [
        Finding(
            rule="kursk.area-total",
            check="relation",
            severity="error",
            message="about 1,100 km² agrees with 86% of 1,300 km²",
            evidence=[ev(DOC_B, "Some 1,100 km²")],
            documents=[DOC_B.id],
        )
    ]
    errors = [
        ReportError(
            source="rules/kursk.yaml:14:5",
            message="rules[1].tolerance: expected a percentage such as '5%', got 'five'",
        )
    ]
    return Report(
        tool=ToolInfo(version="0.0.0+test"),
        documents=[
            DocumentInfo(id=d.id, title=d.title, published=d.published, source=d.source) for d in (DOC_A, DOC_B)
        ],
        findings=findings,
        passed=passed,
        errors=errors,
    )


def sarif_schema_path() -> Path | None:
    """``shared/data/sarif/sarif-schema-2.1.0.json`` in the nearest ancestor of the repo that has one.

    CI checks the repo out beside ``shared`` (``../shared``); a git worktree may sit deeper, so look upward.
    ``FACTCHECK_SHARED`` overrides.
    """
    import os

    candidates = [Path(os.environ["FACTCHECK_SHARED"])] if os.environ.get("FACTCHECK_SHARED") else []
    candidates += [parent / "shared" for parent in REPO.parents]
    for shared in candidates:
        path = shared / "data" / "sarif" / "sarif-schema-2.1.0.json"
        if path.is_file():
            return path
    return None


class DocText(HTMLParser):
    """Collect each ``div.text``'s text, the tags inside it, and the text of each evidence key's marks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.docs: dict[str, str] = {}
        self.inner_tags: list[str] = []
        self.evidence: dict[str, str] = {}
        self.mark_findings: set[str] = set()
        self.scripts = 0
        self._doc: str | None = None
        self._depth = 0
        self._keys: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if self._doc is not None:
            self._depth += 1
            self.inner_tags.append(tag)
            if tag == "mark":
                self._keys = (a.get("data-ev") or "").split()
                self.mark_findings.update((a.get("data-finding") or "").split())
                for key in self._keys:
                    self.evidence.setdefault(key, "")
        elif tag == "div" and "text" in (a.get("class") or "").split():
            self._doc = a.get("data-doc") or ""
            self.docs[self._doc] = ""

    def handle_endtag(self, tag: str) -> None:
        if self._doc is None:
            return
        if self._depth == 0:
            self._doc = None
            return
        self._depth -= 1
        self._keys = []

    def handle_data(self, data: str) -> None:
        if self._doc is not None:
            self.docs[self._doc] += data
            for key in self._keys:
                self.evidence[key] += data


def parse_html(page: str) -> DocText:
    parser = DocText()
    parser.feed(page)
    parser.close()
    return parser
