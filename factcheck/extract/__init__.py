"""Extraction: turn a Document into typed mentions with exact spans (see :func:`extract`).

Bump :data:`EXTRACTOR_VERSION` with any change to what an extractor produces (code, tables, a dependency it reads
outside this package): the extraction cache (:mod:`factcheck.cache`) keys on it. Edits inside this package, tables/,
models.py, intervals.py, units.py and rules/declarations.py also change the cache key by themselves (their sources
are hashed), but the version is the stated contract.
"""

from __future__ import annotations

from collections.abc import Collection

from factcheck.models import Document, Extraction

EXTRACTOR_VERSION = 23
DECLARATIONS_USED = frozenset({"entities"})  # the declarations fields extractors read (part of the cache key)
ALL = frozenset({"sentences", "quantities", "dates", "entities", "assertions"})


def extract(doc: Document, needs: Collection[str] = ALL, declarations: object = None) -> Extraction:
    """Extract what ``needs`` names from ``doc`` (sentences always; dates run before quantities to mask them).

    ``declarations`` (the rule set's entities) lets entity mentions resolve aliases and variants.
    """
    from factcheck.extract.sentences import split_sentences

    out = Extraction(document=doc.id, sentences=split_sentences(doc))
    if "dates" in needs or "quantities" in needs:
        from factcheck.extract.dates import extract_dates

        out.dates, out.durations = extract_dates(doc, out.sentences)
    if "quantities" in needs:
        from factcheck.extract.quantities import extract_quantities

        masked = [(d.span.start, d.span.end) for d in out.dates]
        out.quantities = extract_quantities(doc, out.sentences, exclude=masked)
    if "entities" in needs or "assertions" in needs:
        from factcheck.extract.entities import extract_entities

        out.entities = extract_entities(doc, out.sentences, declarations)
    if "assertions" in needs:
        from factcheck.extract.assertions import extract_assertions

        out.assertions = extract_assertions(doc, out.sentences, out.entities)
    return out
