"""Helpers every check uses: the verdict a check yields and the one way to build a finding from it."""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from factcheck.facts import FactBase
from factcheck.models import Evidence, Finding, Severity
from factcheck.rules.base import RuleBase


@dataclass
class Verdict:
    """One check outcome: ``held`` False is a finding, True a confirmation listed in ``passed``."""

    held: bool
    message: str
    evidence: list[Evidence]
    values: dict[str, Any] = field(default_factory=dict)
    severity: str | None = None  # lower than the rule's severity for this verdict only (e.g. "info")


def fail(message: str, evidence: list[Evidence], **values: Any) -> Verdict:
    return Verdict(False, message, evidence, values)


def ok(message: str, evidence: list[Evidence], **values: Any) -> Verdict:
    return Verdict(True, message, evidence, values)


_FIELD = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def fill_template(template: str, values: Mapping[str, Any]) -> str:
    """Fill ``{name}`` placeholders from ``values``; only plain names are allowed (no ``{x.attr}``, ``{x[0]}``).

    Unknown names are left as written, so a message never fails to render.
    """
    out: list[str] = []
    for literal, name, spec, conv in string.Formatter().parse(template):
        out.append(literal)
        if name is None:
            continue
        if not _FIELD.match(name) or name not in values:
            out.append("{" + name + (f"!{conv}" if conv else "") + (f":{spec}" if spec else "") + "}")
            continue
        value = values[name]
        try:
            out.append(format(value, spec or ""))
        except (TypeError, ValueError):
            out.append(str(value))
    return "".join(out)


def to_finding(rule: RuleBase, check: str, verdict: Verdict, facts: FactBase) -> Finding:
    """The report entry for a verdict: rule id and severity from the rule, message from its template if any."""
    message = verdict.message
    if rule.message:
        message = fill_template(rule.message, {**verdict.values, "message": verdict.message})
    return Finding(
        rule=rule.id,
        check=check,
        severity=_lower(rule.severity, verdict.severity),
        message=message,
        evidence=verdict.evidence,
        values=_jsonable(verdict.values),
        documents=facts.documents_of(verdict.evidence),
    )


def _lower(rule_severity: Severity, verdict_severity: str | None) -> Severity:
    """The verdict's own severity when it is lower than the rule's, else the rule's."""
    from factcheck.models import SEVERITY_RANK

    if verdict_severity in SEVERITY_RANK and SEVERITY_RANK[verdict_severity] < SEVERITY_RANK[rule_severity]:
        return verdict_severity  # type: ignore[return-value]
    return rule_severity


def _jsonable(values: Mapping[str, Any]) -> dict[str, Any]:
    """Values as JSON-friendly data (intervals become [low, high] with null for an unbounded end)."""
    from factcheck.intervals import Interval

    def conv(v: Any) -> Any:
        if isinstance(v, Interval):
            return [
                None if abs(v.low) == float("inf") else v.low,
                None if abs(v.high) == float("inf") else v.high,
            ]
        if isinstance(v, Mapping):
            return {str(k): conv(x) for k, x in v.items()}
        if isinstance(v, (list, tuple)):
            return [conv(x) for x in v]
        if isinstance(v, float) and v != v:
            return None
        return v

    return {k: conv(v) for k, v in values.items()}


# A bulleted line ("- Wheat: 9,800 tonnes", "* …", "• …"): one item of a list.
BULLET = re.compile(r"^\s*[-*•]\s")
_SPACED_HYPHEN = re.compile(r"(?<=\S) - (?=\S)")


def dashes(text: str) -> str:
    """``text`` with a spaced hyphen written for a dash ("1,050 - a quarter - said") as an em dash; offsets are kept
    (one character for one), so a match in the result indexes the original text."""
    return _SPACED_HYPHEN.sub(" — ", text) if " - " in text else text  # (most texts: no regex pass)
