"""spelling: a declared variant spelling of a name appears in the corpus.

What it flags: every occurrence of an entity's declared ``variants`` ("Suzha", "Suja" for Sudzha), as whole words,
one finding per document and entity, quoting each variant and (if the corpus has one) the canonical spelling.
Why it matters: a name spelled two ways reads as two places or people, and a transliteration slip undermines trust.
Flags: "Troops left Suzha on Monday." with ``entities: {Sudzha: {variants: [Suzha]}}``.
Passes: "Troops left Sudzha on Monday." (the canonical spelling), and "Suzhanka" (not a whole word).
Parameters: ``entities`` (names to check; default every entity with variants), ``case_sensitive`` (default true).
Known false positives: a variant that is also an ordinary word or another real name; declare only true variants.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Literal

from pydantic import Field

from factcheck.checks._common import Verdict, fail, ok
from factcheck.checks._registry import register_check
from factcheck.extract.sentences import reading_text
from factcheck.facts import FactBase
from factcheck.models import Evidence
from factcheck.rules.base import RuleBase
from factcheck.rules.declarations import Declarations


class SpellingRule(RuleBase):
    """Flag declared variant spellings of entity names."""

    type: Literal["spelling"] = "spelling"
    entities: list[str] = Field(
        default_factory=list, description="canonical entity names to check; empty: every entity with variants"
    )
    case_sensitive: bool = Field(True, description="match variants with their case as declared")

    def check_declarations(self, declarations: Any) -> list[tuple[tuple[str | int, ...], str]]:
        if not isinstance(declarations, Declarations):
            return []
        problems: list[tuple[tuple[str | int, ...], str]] = []
        for i, name in enumerate(self.entities):
            if name not in declarations.entities:
                known = ", ".join(sorted(declarations.entities)) or "none declared"
                problems.append((("entities", i), f"unknown entity {name!r}; declared: {known}"))
            elif not declarations.entities[name].variants:
                problems.append((("entities", i), f"entity {name!r} declares no variants"))
        return problems


def _pattern(words: list[str], case_sensitive: bool) -> re.Pattern[str]:
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w])", 0 if case_sensitive else re.IGNORECASE)


def _occurrences(facts: FactBase, pattern: re.Pattern[str], checked_only: bool) -> dict[str, list[re.Match[str]]]:
    out: dict[str, list[re.Match[str]]] = {}
    docs = facts.checked() if checked_only else facts.all()
    for doc, _ext in docs:
        found = list(pattern.finditer(reading_text(doc), doc.body_start))
        if found:
            out[doc.id] = found
    return out


@register_check(SpellingRule, supersedes={"entity-spelling"}, scope="corpus")
def check(rule: SpellingRule, facts: FactBase) -> Iterator[Verdict]:
    decl = facts.declarations
    if not isinstance(decl, Declarations):
        return
    names = rule.entities or sorted(n for n, e in decl.entities.items() if e.variants)
    for name in names:
        entity = decl.entities.get(name)
        if entity is None or not entity.variants:
            continue
        variants = _occurrences(facts, _pattern(entity.variants, rule.case_sensitive), checked_only=True)
        canonical = _occurrences(facts, _pattern([name, *entity.aliases], True), checked_only=False)
        reference = _first(facts, canonical)
        for doc_id in sorted(variants):
            matches = variants[doc_id]
            spelled = list(dict.fromkeys(m.group() for m in matches))
            evidence = [
                facts.evidence(doc_id, facts.documents[doc_id].span(m.start(), m.end()), "stated") for m in matches
            ]
            local = canonical.get(doc_id)
            ref = reference
            if local:
                ref = facts.evidence(doc_id, facts.documents[doc_id].span(local[0].start(), local[0].end()), "expected")
            if ref is not None:
                evidence.append(ref)
            quoted = " and ".join(f"'{s}'" for s in spelled)
            where = "" if local else (f"; {facts.label(ref.document)} has '{ref.text}'" if ref else "")
            also = f", and also '{name}'" if local else ""
            yield fail(
                f"{facts.label(doc_id)} spells {name} as {quoted}{also}{where}",
                evidence,
                entity=name,
                variants=spelled,
                count=len(matches),
            )
        if not variants and reference is not None:
            docs = sorted(canonical)
            yield ok(
                f"{name} is spelled '{name}' throughout ({len(docs)} document{'s' if len(docs) != 1 else ''})",
                [reference],
                entity=name,
                documents=[facts.label(d) for d in docs],
            )


def _first(facts: FactBase, found: dict[str, list[re.Match[str]]]) -> Evidence | None:
    for doc_id in sorted(found):
        m = found[doc_id][0]
        return facts.evidence(doc_id, facts.documents[doc_id].span(m.start(), m.end()), "expected")
    return None
