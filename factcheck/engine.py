"""The engine: read documents, extract what the rules need, run every rule, collect a Report.

:func:`check` is the one call every front end (CLI, pytest plugin, HTTP service) makes. A document that cannot be
read and a rule that raises each become an ``errors`` entry; the run goes on.
"""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from factcheck.facts import FactBase
from factcheck.models import Document, DocumentInfo, Evidence, Extraction, Finding, Report, ReportError
from factcheck.rules.base import RuleBase

log = logging.getLogger("factcheck")

DocumentsLike = Iterable[Document | str | os.PathLike[str]]

#: GC thresholds while checking: a check allocates millions of small objects (models, tuples, dicts) that live until
#: the report is made, and CPython's default (700, 10, 10) rescans them over and over, up to a third of the run's CPU.
#: Collections still happen (every 100,000 net allocations in the youngest generation), so garbage cycles are freed.
CHECK_GC_THRESHOLDS = (100_000, 50, 100)


@contextmanager
def fewer_collections(thresholds: tuple[int, int, int] = CHECK_GC_THRESHOLDS) -> Iterator[None]:
    """Run the block with the cyclic GC's thresholds raised (never lowered); the old ones are restored on exit,
    exceptions included. Thresholds of (0, ...) (automatic collection off) are kept as they are."""
    old = gc.get_threshold()
    if old[0] != 0:
        gc.set_threshold(*(max(was, want) for was, want in zip(old, thresholds, strict=True)))
    try:
        yield
    finally:
        gc.set_threshold(*old)


def load_documents(items: DocumentsLike | None) -> tuple[list[Document], list[ReportError]]:
    """Documents from Document objects and paths (directories are walked); unreadable ones become errors."""
    from factcheck.ingest import read_paths

    docs: list[Document] = []
    errors: list[ReportError] = []
    for item in items or ():
        if isinstance(item, Document):
            docs.append(item)
            continue
        for got in read_paths([item]):
            if isinstance(got, Document):
                docs.append(got)
            else:
                errors.append(ReportError(source=got.source or os.fspath(item), message=got.message))
    return docs, errors


def requirements(rules: Sequence[RuleBase]) -> frozenset[str]:
    """The extractors the enabled rules need."""
    from factcheck.checks._registry import get_check

    needs: set[str] = {"sentences"}
    for rule in rules:
        if rule.enabled:
            needs |= get_check(rule.type).requires
    return frozenset(needs)


def build_facts(
    documents: Sequence[Document],
    against: Sequence[Document] = (),
    needs: Iterable[str] = ("sentences", "quantities", "dates", "entities", "assertions"),
    declarations: Any = None,
    errors: list[ReportError] | None = None,
    *,
    cache: Any = None,
    jobs: int | None = 1,
    context: Sequence[Document] = (),
    extracted: Mapping[str, Extraction] | None = None,
    memo: Mapping[str, dict[Hashable, Any]] | None = None,
) -> FactBase:
    """Extract every document once and assemble the FactBase; a document whose extraction fails is an error.

    ``cache``: an extraction cache (None: none; True: the user cache; a path; see :mod:`factcheck.cache`).
    ``jobs``: extraction processes (None or 0: every core; see :mod:`factcheck.parallel`).
    ``context``: documents compared but not checked, and unlike ``against`` not explicit rewrite sources (sentence
    alignment decides whether a checked document rewrites one): the candidates of ``--against-index``.
    ``extracted``: extractions already made, by document id (used as they are).
    ``memo``: per document id, a store of per-document values that outlives the run (``FactBase.memo``).
    """
    from factcheck.parallel import extract_many

    needs = frozenset(needs)
    unique: dict[str, Document] = {}
    for doc in [*documents, *against, *context]:
        unique.setdefault(doc.id, doc)
    docs: dict[str, Document] = {}
    extractions: dict[str, Extraction] = {}
    known = extracted or {}
    for doc_id in unique.keys() & known.keys():
        docs[doc_id], extractions[doc_id] = unique[doc_id], known[doc_id]
    todo = [doc for doc in unique.values() if doc.id not in known]
    for doc, result in extract_many(todo, needs, declarations, cache=cache, jobs=jobs):
        if isinstance(result, BaseException):  # one broken document must not stop the others
            if errors is None:
                raise result
            errors.append(ReportError(source=doc.id, message=f"extraction failed: {type(result).__name__}: {result}"))
            continue
        extractions[doc.id] = result
        docs[doc.id] = doc
    checked = {d.id for d in documents}
    against_ids = frozenset(d.id for d in against) - checked
    sources = {d.id: sorted(against_ids) for d in documents} if against_ids else {}
    facts = FactBase(
        documents=docs,
        extractions=extractions,
        declarations=declarations,
        sources=sources,
        against=against_ids | (frozenset(d.id for d in context) - checked),
        memo={k: v for k, v in (memo or {}).items() if k in docs and k not in checked},
    )
    if not against_ids and "assertions" in needs:
        # no explicit sources: rewrites detected by sentence alignment (only when a rule compares assertions); only
        # the checked documents' sources are used (context documents are never checked)
        from factcheck.align import detect_rewrites

        facts.sources = detect_rewrites(facts, only=checked & docs.keys())
    return facts


def run_rules(rules: Sequence[RuleBase], facts: FactBase, *, strict: bool = False) -> Report:
    """Run every enabled rule on ``facts``; a rule that raises becomes an error naming the rule."""
    from factcheck.checks._common import to_finding
    from factcheck.checks._registry import get_check

    findings: list[Finding] = []
    passed: list[Finding] = []
    errors: list[ReportError] = []
    for rule in rules:
        if not rule.enabled:
            continue
        spec = get_check(rule.type)
        try:
            verdicts = list(spec.function(rule, facts))  # all or nothing: a rule that breaks reports no verdicts
        except Exception as exc:
            if strict:
                raise
            log.debug("rule %s failed", rule.id, exc_info=True)
            errors.append(ReportError(source=f"rule {rule.id}", message=f"{type(exc).__name__}: {exc}"))
            continue
        for verdict in verdicts:
            if facts.against and all(e.document in facts.against for e in verdict.evidence):
                continue  # only about sources or context documents, none of which is being checked
            (passed if verdict.held else findings).append(to_finding(rule, spec.name, verdict, facts))
    return Report(
        documents=[
            DocumentInfo(id=d.id, title=d.title, published=d.published, source=d.source)
            for d in sorted(facts.documents.values(), key=lambda d: d.id)
        ],
        findings=settle(findings),
        passed=settle(passed),
        errors=errors,
    )


def settle(findings: list[Finding]) -> list[Finding]:
    """The report's order and content for a list of verdicts: superseded generic ones dropped, duplicates removed,
    sorted by document, offset and rule (the same however the verdicts were produced: one process or a cluster)."""
    return _dedupe(_superseded_dropped(findings))


def _superseded_dropped(findings: list[Finding]) -> list[Finding]:
    """Drop a verdict when a verdict of a check that supersedes its check covers the same statement: a declared rule
    over its generic twin (``spelling`` over ``entity-spelling``), or a specific generic check over the catch-all
    ``unsupported-claim`` (a rewrite's sum that does not add up, or figure changed from its source, is that error, not
    also a claim the source does not make).

    "The same statement" is the verdict's first evidence quote overlapping a quote of the superseding verdict.
    """
    from factcheck.checks._registry import registered

    specs = registered()
    covering: dict[str, list[Evidence]] = {}
    for f in findings:
        spec = specs.get(f.check)
        for generic in spec.supersedes if spec else ():
            covering.setdefault(generic, []).extend(f.evidence)
    if not covering:
        return findings

    def covered(f: Finding) -> bool:
        if f.check not in covering or not f.evidence:
            return False
        first = f.evidence[0]
        return any(
            e.document == first.document and e.start < first.end and first.start < e.end for e in covering[f.check]
        )

    return [f for f in findings if not covered(f)]


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[Any, ...]] = set()
    out: list[Finding] = []
    for f in sorted(findings, key=Finding.sort_key):
        key = (f.rule, f.message, tuple((e.document, e.start, e.end) for e in f.evidence))
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def run(
    documents: DocumentsLike,
    rules: Any = None,
    against: DocumentsLike | None = None,
    *,
    defaults: bool = True,
    strict: bool = False,
    cache: Any = None,
    jobs: int | None = 1,
    against_index: Any = None,
    max_candidates: int | None = None,
) -> tuple[Report, FactBase]:
    """Like :func:`check`, also returning the FactBase (documents and extractions) for renderers."""
    with fewer_collections():
        return _run(documents, rules, against, defaults, strict, cache, jobs, against_index, max_candidates)


def _run(
    documents: DocumentsLike,
    rules: Any,
    against: DocumentsLike | None,
    defaults: bool,
    strict: bool,
    cache: Any,
    jobs: int | None,
    against_index: Any,
    max_candidates: int | None,
) -> tuple[Report, FactBase]:
    from factcheck.rules.loader import load_rules

    errors: list[ReportError] = []
    ruleset = load_rules(rules, defaults=defaults)
    errors.extend(ruleset.errors)
    docs, doc_errors = load_documents(documents)
    sources, source_errors = load_documents(against)
    errors.extend(doc_errors + source_errors)
    needs = requirements(ruleset.rules)
    if against_index is not None:
        from factcheck.index import MAX_CANDIDATES, facts_against_index

        limit = MAX_CANDIDATES if max_candidates is None else max_candidates
        facts = facts_against_index(
            docs, against_index, sources, needs, ruleset.declarations, errors, limit=limit, cache=cache, jobs=jobs
        )
    else:
        facts = build_facts(docs, sources, needs, ruleset.declarations, errors, cache=cache, jobs=jobs)
    report = run_rules(ruleset.rules, facts, strict=strict)
    report.errors = errors + report.errors
    return report, facts


def check(
    documents: DocumentsLike,
    rules: Any = None,
    against: DocumentsLike | None = None,
    *,
    defaults: bool = True,
    strict: bool = False,
    cache: Any = None,
    jobs: int | None = 1,
    against_index: Any = None,
    max_candidates: int | None = None,
) -> Report:
    """Check ``documents`` (Document objects or paths) against ``rules`` and return the Report.

    ``rules``: None (the built-in generic rule set), rule file/directory paths, or a loaded rule set.
    ``against``: source documents the checked documents were written from (compared, not checked themselves).
    ``defaults``: also run the built-in generic rules when ``rules`` are given. ``strict`` re-raises rule errors.
    ``cache``: reuse extractions across runs (None: no cache; True: the user cache; a path): :mod:`factcheck.cache`.
    ``jobs``: extract in this many processes (None or 0: every core); the report is the same whatever it is.
    ``against_index``: a corpus index (a directory or :class:`factcheck.index.Index`): the documents are compared
    with at most ``max_candidates`` (default 50) indexed articles sharing their rare keys (:mod:`factcheck.index`).
    """
    return run(
        documents,
        rules,
        against,
        defaults=defaults,
        strict=strict,
        cache=cache,
        jobs=jobs,
        against_index=against_index,
        max_candidates=max_candidates,
    )[0]


__all__ = ["build_facts", "check", "fewer_collections", "load_documents", "run", "run_rules", "settle"]
