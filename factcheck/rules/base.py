"""Fields every rule has, whatever its check type; each check module subclasses :class:`RuleBase`."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import Field

from factcheck.models import Model, Severity

RULE_ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)+$"


class Example(Model):
    """A short text a rule must flag (``expect: finding``) or leave alone (``expect: none``); run as a test."""

    text: str | list[str] = Field(description="the document text, or several documents' texts")
    expect: Literal["finding", "none"]
    against: list[str] = Field(default_factory=list, description="texts of source documents the text rewrites")
    published: dt.date | None = Field(None, description="publication date of every example document")


class RuleBase(Model):
    """What every rule declares. ``type`` names the check (a module in ``factcheck/checks/``)."""

    id: str = Field(pattern=RULE_ID_PATTERN, description="'<namespace>.<kebab-problem>', e.g. 'kursk.area-retaken'")
    type: str
    severity: Severity = "error"
    message: str | None = Field(
        None,
        description="message template; {names} are the finding's values and {message} the check's own text",
    )
    description: str | None = None
    link: str | None = None
    enabled: bool = True
    examples: list[Example] = Field(default_factory=list)
    expect: dict[str, Literal["consistent", "inconsistent"]] = Field(
        default_factory=dict,
        description="outcome expected on a named corpus, e.g. {seeds: inconsistent} (an expected finding: xfail)",
    )

    def check_declarations(self, declarations: Any) -> list[tuple[tuple[str | int, ...], str]]:
        """Problems with the names this rule uses (measures, entities), as (key path in the rule, message).

        Called by the loader once every file's declarations are merged; the rule is dropped if any are returned.
        """
        return []
