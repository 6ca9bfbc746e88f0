"""A tiny stand-in for factcheck.extract.entities (capitalised word runs), used by these tests until it lands."""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Sequence
from typing import Any

from factcheck.models import Document, EntityMention, Sentence

_RUN = re.compile(r"(?:[A-Z][\w’'.-]*[\w.]|[A-Z])(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w’'.-]*\w)*")
_SKIP = {
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "But",
    "And",
    "Meanwhile",
    "However",
    "He",
    "She",
    "It",
    "They",
    "This",
    "That",
    "Until",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "Despite",
    "His",
    "Her",
    "Their",
    "We",
    "I",
    "Should",
    "During",
    "With",
    "Unlike",
    "Days",
    "To",
    "Russian",
    "Ukrainian",
    "American",
    "Over",
    "Since",
}


def extract_entities(doc: Document, sentences: Sequence[Sentence], declarations: Any = None) -> list[EntityMention]:
    aliases: dict[str, str] = {}
    for name, decl in ((declarations or {}).get("entities") or {}).items() if isinstance(declarations, dict) else ():
        aliases[name] = name
        for a in (decl or {}).get("aliases", []):
            aliases[a] = name
    out: list[EntityMention] = []
    for s in sentences:
        for m in _RUN.finditer(s.span.text):
            words = m.group().split()
            start = s.span.start + m.start()
            while words and words[0] in _SKIP:
                start += len(words[0])
                start = doc.text.index(words[1], start) if len(words) > 1 else start
                words = words[1:]
            if not words:
                continue
            end = s.span.start + m.end()
            name = doc.text[start:end]
            name = re.sub(r"['’]s$", "", name)
            end = start + len(name)
            if name in _SKIP or not name:
                continue
            out.append(
                EntityMention(span=doc.span(start, end), sentence=s.index, name=name, canonical=aliases.get(name, name))
            )
    return out


def install() -> None:
    """Make ``factcheck.extract.entities`` importable (the real module wins when it exists)."""
    try:
        import factcheck.extract.entities  # noqa: F401
    except ImportError:
        mod = types.ModuleType("factcheck.extract.entities")
        mod.extract_entities = extract_entities  # type: ignore[attr-defined]
        sys.modules["factcheck.extract.entities"] = mod
