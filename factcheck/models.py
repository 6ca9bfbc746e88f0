"""The pydantic models every part of factcheck shares.

Mentions (Quantity, DateRef, Duration, EntityMention, Assertion) each carry an exact :class:`Span` into their
document's text: ``document.text[span.start:span.end] == span.text``. Offsets count Unicode code points of the text
as read (after decoding, line endings kept). The :class:`Report` is the JSON contract of ``../shared/DESIGN.md``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck import __version__
from factcheck.intervals import Interval

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


class Model(BaseModel):
    """Base: unknown fields are refused so typos surface."""

    model_config = ConfigDict(extra="forbid")


class Span(Model):
    """A half-open slice ``[start, end)`` of one document's text, with the text it covers."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Document(Model):
    """One article as read: the id is the path as given (or the caller's id for in-memory text)."""

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    format: Literal["text", "markdown", "html", "json"] = "text"
    body_start: int = Field(0, ge=0, description="offset where the article body starts (after front matter)")

    def span(self, start: int, end: int) -> Span:
        """The span ``[start, end)`` of this document, its text sliced from the document."""
        return Span(start=start, end=end, text=self.text[start:end])

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of a character offset."""
        line = self.text.count("\n", 0, offset) + 1
        col = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return line, col


# Every character ``str.splitlines`` breaks at, mapped to a space (same length: offsets are unchanged).
LINE_BREAKS_AS_SPACES = str.maketrans(dict.fromkeys("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029", " "))


class Sentence(Model):
    """A sentence (or a heading, list item or caption: any line-level unit of text)."""

    index: int
    span: Span

    @property
    def text(self) -> str:
        """The sentence as read: its line breaks (soft wraps of hard-wrapped copy) as spaces; offsets as ``span``."""
        text = self.span.text
        # every line break is unprintable: a printable text has none (the test is far cheaper than the translation)
        return text if text.isprintable() else text.translate(LINE_BREAKS_AS_SPACES)


class Quantity(Model):
    """A number as written, what it counts or measures, and the interval the statement commits to.

    ``interval`` is the reading used to compare two statements ("over 400" → (400, 600]), ``bounds`` the strict
    logical reading ("over 400" → (400, ∞)). For a range ("between 20 and 30") ``value`` is the low end and
    ``value_high`` the high end.
    """

    span: Span
    sentence: int
    value: float
    value_high: float | None = None
    unit: str | None = Field(None, description="pint-compatible canonical unit, e.g. 'kilometer ** 2', 'percent'")
    counted: str | None = Field(None, description="singular noun a count counts: '24 settlements' → 'settlement'")
    counted_phrase: str | None = Field(
        None, description="the counted noun phrase, singular head: '14 first-team players' → 'first-team player'"
    )
    dimension: str = Field(
        "count", description="count, percent, area, length, speed, temperature, mass, currency, time, ..."
    )
    currency: str | None = Field(None, description="ISO 4217 code for money, e.g. 'USD'")
    hedge: str | None = Field(None, description="the hedge as written: 'nearly', 'more than', 'about', ...")
    interval: Interval
    bounds: Interval
    decimals: int = Field(0, description="digits after the decimal point as written (precision of the value)")
    additive: bool = Field(False, description="'five more settlements': an increment, not a total")
    range: bool = False
    approximate: bool = False
    change: Literal["up", "down"] | None = Field(None, description="'rose 12%', 'fell by 5': a change")
    words: bool = Field(False, description="written in words ('five', 'two-thirds', 'dozens')")
    per: str | None = Field(
        None, description="a noun that is not a unit the amount or count is given per: '63 cents a share' → 'share'"
    )
    endpoint: Literal["from", "to"] | None = Field(
        None, description="'fell from $2,415 to $2,315': the start ('from') or end ('to') of a movement"
    )


Granularity = Literal["day", "week", "month", "season", "quarter", "year", "decade", "century"]


class DateRef(Model):
    """A calendar date or period, resolved to ``[start, end]`` (inclusive days).

    ``relative`` marks expressions resolved against ``anchor`` (the publication date): "on Wednesday", "last year".
    ``alternatives`` lists other readings when the resolution is ambiguous (e.g. a weekday just past and to come).
    """

    span: Span
    sentence: int
    start: dt.date | None = None
    end: dt.date | None = None
    granularity: Granularity = "day"
    weekday: int | None = Field(None, ge=0, le=6, description="stated weekday, Monday = 0")
    relative: bool = False
    anchor: dt.date | None = None
    alternatives: list[tuple[dt.date, dt.date]] = Field(default_factory=list)
    since: bool = Field(False, description="'since February': the period runs from this date to the anchor")


class Duration(Model):
    """A length of time as written ("seven months", "30-day", "over three years"), in days as an interval."""

    span: Span
    sentence: int
    value: float
    unit: Literal["second", "minute", "hour", "day", "week", "month", "year", "decade"]
    hedge: str | None = None
    days: Interval


EntityKind = Literal["person", "place", "organization", "other"]


class EntityMention(Model):
    """A proper name as written, and the canonical entity it resolves to (itself when unknown)."""

    span: Span
    sentence: int
    name: str
    canonical: str
    kind: EntityKind = "other"
    title: str | None = Field(None, description="a title or role written before the name: 'President', 'spokesman'")


class Assertion(Model):
    """A clause's claim: subject · predicate · object, with polarity, modality, attribution and links."""

    span: Span
    sentence: int
    subject: str | None = None
    predicate: str
    object: str | None = None
    polarity: Literal["affirmed", "negated"] = "affirmed"
    modality: Literal["fact", "hedged"] = "fact"
    hedge: str | None = None
    attribution: str | None = None
    attribution_span: Span | None = None
    link: Literal["causal", "concessive"] | None = None
    link_span: Span | None = None


class Extraction(Model):
    """Everything extracted from one document."""

    document: str
    sentences: list[Sentence] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    dates: list[DateRef] = Field(default_factory=list)
    durations: list[Duration] = Field(default_factory=list)
    entities: list[EntityMention] = Field(default_factory=list)
    assertions: list[Assertion] = Field(default_factory=list)


# --- the report (contract: ../shared/DESIGN.md) ---------------------------------------------------------------


class Evidence(Model):
    """A quote that supports a finding: ``text == document_text[start:end]``."""

    document: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    role: str | None = Field(None, description="what the quote is to the finding: 'stated', 'expected', 'source'")


class Finding(Model):
    """One rule's verdict on one set of statements: a problem in ``findings``, a confirmation in ``passed``."""

    rule: str
    check: str
    severity: Severity = "error"
    message: str
    evidence: list[Evidence] = Field(default_factory=list)
    values: dict[str, Any] = Field(default_factory=dict)
    documents: list[str] = Field(default_factory=list, description="every document the finding involves")

    def sort_key(self) -> tuple[str, int, str, str]:
        first = self.evidence[0] if self.evidence else None
        return (first.document if first else "", first.start if first else -1, self.rule, self.message)


class DocumentInfo(Model):
    id: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None


class ReportError(Model):
    """A rule or document that could not be checked; the rest of the run went on."""

    source: str
    message: str


class ToolInfo(Model):
    name: str = "factcheck"
    version: str = __version__


class Report(Model):
    """The result of a run: what failed, what held, and what could not be checked."""

    schema_version: Literal["1"] = "1"
    tool: ToolInfo = Field(default_factory=ToolInfo)
    documents: list[DocumentInfo] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    passed: list[Finding] = Field(default_factory=list)
    errors: list[ReportError] = Field(default_factory=list)

    def exit_code(self, fail_on: str = "error") -> int:
        """DESIGN exit codes: 2 if anything could not be checked, 1 if a finding reaches ``fail_on``, else 0."""
        if self.errors:
            return 2
        if fail_on == "never":
            return 0
        floor = SEVERITY_RANK[fail_on]
        return 1 if any(SEVERITY_RANK[f.severity] >= floor for f in self.findings) else 0
