"""Check an archive on a Dask cluster: the same findings as :func:`factcheck.engine.check`, written as Parquet.

Why Dask (not Ray): Dask is a pure-Python install from PyPI (``dask[distributed]``, no daemon or large native
wheel), starts an in-process ``LocalCluster`` in about a second (tests, laptops) and runs the same code on a real
cluster (dask-jobqueue, Kubernetes, SSH); ``dask.bag`` maps plain Python objects (our pydantic Documents and
Extractions) over partitions and shuffles them by key with a task-based groupby; Parquet goes through pyarrow.
Ray would work too, but it brings a large native runtime, a slower start, and an Arrow-first data API that suits
our small nested objects less well. The core package never imports this module or Dask.

How a run is split (see :func:`check_archive`):

1. **Map** (one task per partition of ``partition_size`` documents): read the documents, extract what the rule set
   needs (:func:`factcheck.extract.extract`), run the *document-scope* rules on the partition, and compute each
   *corpus-scope* rule's mention keys for every document (measures it mentions, entity names it spells).
2. **Plan** (on the client, from the small key lists only): per keyed rule (agreement, relation, spelling: see
   :func:`shard_keys`), the connected components of the document–key graph; documents that share a key
   (transitively) meet in one group.
3. **Shuffle and reduce**: every (document, extraction) is sent to its groups (``Bag.groupby``, task shuffle) and
   the keyed rule runs per group on a FactBase of exactly those documents.
4. **Gathered**: a corpus rule without keys runs on every document in one task (a task per rule, in parallel),
   after one task has detected the rewrites (which document restates which) over the whole run.

Exactness: a document-scope check's verdicts on a document never depend on other documents, so partitions are
exact. A keyed check's verdicts involve only documents that share one of its keys, and a component holds every
document with each of its keys, so components are exact. The alignment checks (negation-flip, causal-reversal,
hedge-dropped, unsupported-claim: any rule that reads the detected rewrites) cannot be split exactly: sentence
scores are TF-IDF cosines with IDF over every sentence of the run, so they are gathered, as are the checks whose
indexes compare any two documents (weekday-date, duration-dates, cross-document-number, entity-spelling, stance,
stance-conflict). Then, as the engine: a rule that failed anywhere reports no verdicts, generic verdicts a declared
rule supersedes are dropped, findings are sorted and deduplicated.

Memory: workers keep their partitions' documents and extractions until the end of the run; a gathered rule holds
every document and extraction on one worker; findings come back to the client before the Parquet files are written.

Scope: each check declares it with ``register_check(..., scope="document" | "corpus")``; undeclared is corpus-scope.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import operator
import os
import re
import time
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.facts import FactBase
from factcheck.models import Document, DocumentInfo, Evidence, Extraction, Finding, ReportError
from factcheck.rules.base import RuleBase
from factcheck.rules.loader import LoadedRules, ruleset_hash

log = logging.getLogger("factcheck.distributed")

# keys(rule, facts of one document, document id) -> the keys linking this document to others for ``rule``.
# Contract: the check's verdicts on a corpus are the union of its verdicts on each connected component of the
# document–key graph, and a document without keys contributes nothing. A keyed check must not read
# ``facts.sources`` (detected rewrites depend on corpus-wide TF-IDF weights; they are not computed per group).
KeyFunction = Callable[[Any, FactBase, str], Iterable[Hashable]]
_KEYS: dict[str, KeyFunction] = {}


def shard_keys(check_type: str) -> Callable[[KeyFunction], KeyFunction]:
    """Register the mention-key function that lets a corpus-scope check run per group of related documents."""

    def decorate(function: KeyFunction) -> KeyFunction:
        _KEYS[check_type] = function
        return function

    return decorate


def scope_of(check_type: str) -> str:
    """ "document" or "corpus": the scope a registered check type declares."""
    from factcheck.checks._registry import get_check

    return get_check(check_type).scope


# --- mention keys of the corpus checks that can be split -------------------------------------------------------


def _measure_keys(names: Iterable[str], facts: FactBase, key: str) -> list[Hashable]:
    from factcheck.rules.declarations import Declarations, select_measure

    decl = facts.declarations
    if not isinstance(decl, Declarations):
        return []
    for name in names:
        if name in decl.measures and select_measure(name, facts):
            return [key]
    return []


@shard_keys("agreement")
def _agreement_keys(rule: Any, facts: FactBase, doc_id: str) -> list[Hashable]:
    """Documents that mention the rule's measure all meet (one group per rule)."""
    return _measure_keys([rule.measure], facts, "measure")


@shard_keys("relation")
def _relation_keys(rule: Any, facts: FactBase, doc_id: str) -> list[Hashable]:
    """Documents that mention any measure of the relation all meet (a missing measure is taken from the others)."""
    from factcheck.rules import expr

    return _measure_keys(expr.names(rule.tree), facts, "measures")


@shard_keys("spelling")
def _spelling_keys(rule: Any, facts: FactBase, doc_id: str) -> list[Hashable]:
    """One key per entity whose canonical name, alias or variant the document contains (case-blind: a superset)."""
    from factcheck.rules.declarations import Declarations

    decl = facts.declarations
    if not isinstance(decl, Declarations):
        return []
    doc = facts.documents[doc_id]
    names = rule.entities or sorted(n for n, e in decl.entities.items() if e.variants)
    keys: list[Hashable] = []
    for name in names:
        entity = decl.entities.get(name)
        if entity is None or not entity.variants:
            continue
        words = [name, *entity.aliases, *entity.variants]
        alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        if re.search(rf"(?:{alts})", doc.text[doc.body_start :], re.IGNORECASE):
            keys.append(name)
    return keys


# --- the run ----------------------------------------------------------------------------------------------------


@dataclass
class ArchiveResult:
    """What :func:`check_archive` wrote: the Parquet files, their counts, and the rule set's hash."""

    output: Path
    ruleset_hash: str
    documents: int
    findings: int
    passed: int
    errors: list[ReportError]
    files: dict[str, Path] = field(default_factory=dict)
    groups: dict[str, int] = field(default_factory=dict)  # rule id → number of document groups it ran on


@dataclass
class _Plan:
    """What every task needs: the loaded rules split by scope, and what to extract."""

    rules: list[RuleBase]
    declarations: Any
    needs: frozenset[str]
    document_rules: list[int]
    keyed_rules: list[int]
    gathered_rules: list[int]
    cache: str | bool | None = None  # the extraction cache each worker opens (see factcheck.cache)


@dataclass
class _Part:
    """One partition after the map step (kept in worker memory until the shuffle)."""

    items: list[tuple[int, int, Document, Extraction]]  # (position, sub-position, document, extraction)
    findings: list[Finding]
    passed: list[Finding]
    errors: list[tuple[tuple[int, int], ReportError]]
    rule_errors: list[ReportError]
    keys: dict[int, dict[str, list[Hashable]]]  # keyed rule index → document id → keys


def check_archive(
    paths_or_dataframe: Any,
    rules: Any = None,
    *,
    output: str | os.PathLike[str],
    client: Any = None,
    partition_size: int = 100,
    defaults: bool = True,
    cache: str | os.PathLike[str] | bool | None = None,
) -> ArchiveResult:
    """Check an archive on Dask and write ``findings``, ``passed``, ``errors`` and ``documents`` Parquet files.

    ``paths_or_dataframe``: a path, a list of paths (directories are walked as ``factcheck check`` does; workers read
    the files, so they must see the same file system), Document objects, or a pandas DataFrame with columns ``id``,
    ``text`` and optionally ``published``, ``title``, ``source``. ``rules``: as for :func:`factcheck.engine.check`.
    ``output``: the directory to write to. ``client``: a ``distributed.Client`` (None: Dask's default scheduler,
    which is the current client if one exists). ``partition_size``: documents per map task. ``cache``: the
    extraction cache each worker uses (True: the user cache directory of each worker's machine; a path: an SQLite
    file every worker can write, best on a local disk per machine; None: none), see :mod:`factcheck.cache`.
    """
    import dask.bag as db
    from dask.base import compute as compute_all
    from dask.delayed import delayed

    from factcheck.engine import requirements
    from factcheck.rules.loader import load_rules

    ruleset = rules if isinstance(rules, LoadedRules) else load_rules(rules, defaults=defaults)
    digest = ruleset_hash(ruleset)
    enabled = [r for r in ruleset.rules if r.enabled]
    plan = _Plan(enabled, ruleset.declarations, requirements(enabled), [], [], [])
    plan.cache = os.fspath(cache) if isinstance(cache, (str, os.PathLike)) else cache
    for i, rule in enumerate(enabled):
        if scope_of(rule.type) == "document":
            plan.document_rules.append(i)
        elif rule.type in _KEYS:
            plan.keyed_rules.append(i)
        else:
            plan.gathered_rules.append(i)

    items, input_errors = _inputs(paths_or_dataframe)
    compute: dict[str, Any] = {"scheduler": client} if client is not None else {}
    plan_d = delayed(plan, traverse=False)
    size = max(1, partition_size)
    npart = max(1, math.ceil(len(items) / size))
    bag = db.from_sequence(items or [], npartitions=npart)  # type: ignore[no-untyped-call]
    mapped = bag.map_partitions(_map_partition, plan_d)
    mapped = client.persist(mapped) if client is not None else mapped.persist()

    started = time.perf_counter()
    summaries: list[dict[str, Any]] = list(mapped.map(_summary).compute(**compute))
    log.info("map: %d partitions in %.2f s", npart, time.perf_counter() - started)
    findings = [f for s in summaries for f in s["findings"]]
    passed = [f for s in summaries for f in s["passed"]]
    doc_errors = sorted((e for s in summaries for e in s["errors"]), key=operator.itemgetter(0))
    rule_errors = [e for s in summaries for e in s["rule_errors"]]
    infos = sorted((i for s in summaries for i in s["documents"]), key=operator.itemgetter(0))

    assign, groups, counts = _group(plan, summaries, [info[1].id for info in infos])
    tasks: list[Any] = []
    if groups:  # keyed corpus rules: shuffle each document to its groups, run the rule per group
        records = mapped.map(_emit, delayed(assign, traverse=False)).flatten()
        grouped = records.groupby(operator.itemgetter(0), shuffle="tasks")
        tasks.append(grouped.map(_run_group, plan_d, delayed(groups, traverse=False)))
    if plan.gathered_rules and infos:  # the rest: every document in one place, rewrites detected once, a task a rule
        whole = delayed(_gather)(mapped.to_delayed())
        sources = delayed(_sources)(whole, plan_d)
        tasks += [delayed(_run_gathered)(whole, sources, plan_d, i) for i in plan.gathered_rules]
        for i in plan.gathered_rules:
            counts[plan.rules[i].id] = 1
    started = time.perf_counter()
    computed = compute_all(*tasks, **compute) if tasks else ()  # type: ignore[no-untyped-call]
    log.info("corpus rules: %d keyed groups, %.2f s", len(groups), time.perf_counter() - started)
    for got in computed:
        for got_findings, got_passed, got_errors in got if isinstance(got, list) else [got]:
            findings += got_findings
            passed += got_passed
            rule_errors += got_errors

    errors = list(ruleset.errors) + input_errors + [e for _, e in doc_errors] + _unique_errors(rule_errors)
    findings, passed = _merged(findings, rule_errors), _merged(passed, rule_errors)
    out = Path(output)
    files = _write(out, digest, findings, passed, errors, [i for _, i in infos], ruleset_hash_meta=digest)
    return ArchiveResult(
        output=out,
        ruleset_hash=digest,
        documents=len(infos),
        findings=len(findings),
        passed=len(passed),
        errors=errors,
        files=files,
        groups=counts,
    )


# --- inputs -----------------------------------------------------------------------------------------------------

_Item = tuple[int, str, Any]  # (position, kind "path" | "doc" | "row", payload)


def _inputs(source: Any) -> tuple[list[_Item], list[ReportError]]:
    """Work items in the engine's document order; directories are listed here, files are read on the workers."""
    from factcheck.ingest import SUFFIXES

    if _is_dataframe(source):
        rows = source.to_dict(orient="records")
        return [(i, "row", row) for i, row in enumerate(rows)], []
    if isinstance(source, (str, os.PathLike, Document)):
        source = [source]
    items: list[_Item] = []
    errors: list[ReportError] = []
    for raw in source:
        if isinstance(raw, Document):
            items.append((len(items), "doc", raw))
            continue
        given = os.fspath(raw)
        path = Path(given)
        if not path.is_dir():
            items.append((len(items), "path", given))
            continue
        files = sorted(
            p
            for p in path.rglob("*")
            if p.is_file()
            and p.suffix.lower() in SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not files:
            looked = ", ".join(sorted(SUFFIXES))
            errors.append(ReportError(source=given, message=f"no documents found (looked for {looked})"))
        for f in files:
            items.append((len(items), "path", os.path.join(given, str(f.relative_to(path)))))
    return items, errors


def _is_dataframe(source: Any) -> bool:
    return type(source).__name__ == "DataFrame" and hasattr(source, "to_dict")


def _row_document(row: dict[str, Any]) -> Document:
    from factcheck.ingest import from_text

    def clean(value: Any) -> Any:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return None
        if type(value).__name__ == "NaTType":
            return None
        if isinstance(value, dt.datetime):  # pandas Timestamp is a datetime
            return value.date()
        return value

    return from_text(
        str(row["text"]),
        id=str(row["id"]),
        published=clean(row.get("published")),
        title=clean(row.get("title")),
        source=clean(row.get("source")),
    )


def _read(item: _Item) -> Iterator[tuple[int, Document | ReportError]]:
    from factcheck.engine import load_documents

    _pos, kind, payload = item
    if kind == "doc":
        yield 0, payload
    elif kind == "row":
        try:
            yield 0, _row_document(payload)
        except Exception as exc:
            yield 0, ReportError(source=str(payload.get("id")), message=f"{type(exc).__name__}: {exc}")
    else:
        docs, errors = load_documents([payload])
        for err in errors:
            yield 0, err
        yield from enumerate(docs)


# --- the tasks --------------------------------------------------------------------------------------------------


def _map_partition(items: Sequence[_Item], plan: _Plan) -> list[_Part]:
    """Read, extract, run the document-scope rules, and compute the corpus rules' keys for one partition."""
    from factcheck.engine import run_rules
    from factcheck.parallel import extract_many

    part = _Part([], [], [], [], [], {i: {} for i in plan.keyed_rules})
    read: dict[str, tuple[int, int, Document]] = {}
    for item in items:
        for sub, got in _read(item):
            if isinstance(got, ReportError):
                part.errors.append(((item[0], sub), got))
            elif got.id not in read:
                read[got.id] = (item[0], sub, got)
    docs: dict[str, Document] = {}
    extractions: dict[str, Extraction] = {}
    found = extract_many([d for _, _, d in read.values()], plan.needs, plan.declarations, cache=plan.cache, jobs=1)
    for doc, result in found:  # as engine.build_facts: a document whose extraction fails is an error
        pos, sub, _ = read[doc.id]
        if isinstance(result, BaseException):
            message = f"extraction failed: {type(result).__name__}: {result}"
            part.errors.append(((pos, sub), ReportError(source=doc.id, message=message)))
            continue
        docs[doc.id] = doc
        extractions[doc.id] = result
        part.items.append((pos, sub, doc, result))
    if plan.document_rules:
        facts = FactBase(documents=docs, extractions=extractions, declarations=plan.declarations)
        report = run_rules([plan.rules[i] for i in plan.document_rules], facts)
        part.findings, part.passed, part.rule_errors = report.findings, report.passed, report.errors
    for _pos, _sub, doc, extraction in part.items:
        one = FactBase({doc.id: doc}, {doc.id: extraction}, declarations=plan.declarations)
        for i in plan.keyed_rules:
            rule = plan.rules[i]
            keys = list(_KEYS[rule.type](rule, one, doc.id))
            if keys:
                part.keys[i][doc.id] = keys
    return [part]


def _summary(part: _Part) -> dict[str, Any]:
    """The small part of a partition's result that goes to the client."""
    return {
        "findings": part.findings,
        "passed": part.passed,
        "errors": part.errors,
        "rule_errors": part.rule_errors,
        "keys": part.keys,
        "documents": [
            ((pos, sub), DocumentInfo(id=d.id, title=d.title, published=d.published, source=d.source))
            for pos, sub, d, _ in part.items
        ],
    }


def _group(
    plan: _Plan, summaries: list[dict[str, Any]], doc_ids: list[str]
) -> tuple[dict[str, list[str]], dict[str, list[int]], dict[str, int]]:
    """Group ids per document and rule indexes per group: components of the document–key graph per keyed rule."""
    assign: dict[str, list[str]] = {}
    groups: dict[str, list[int]] = {}
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for i, doc_id in enumerate(doc_ids):  # a document id read twice counts once (the first), as in the engine
        first.setdefault(doc_id, i)
    for i in plan.keyed_rules:
        parent: dict[Hashable, Hashable] = {}
        find = _finder(parent)
        members: dict[str, list[Hashable]] = {}
        for s in summaries:
            for doc_id, keys in s["keys"].get(i, {}).items():
                if doc_id in members:
                    continue
                nodes: list[Hashable] = [("key", k) for k in keys]
                for node in nodes:
                    parent.setdefault(node, node)
                for node in nodes[1:]:
                    parent[find(node)] = find(nodes[0])
                members[doc_id] = nodes
        roots: dict[Hashable, str] = {}
        for doc_id in sorted(members, key=lambda d: first.get(d, 0)):
            root = find(members[doc_id][0])
            gid = roots.setdefault(root, f"{i}:{len(roots)}")
            groups.setdefault(gid, [i])
            assign.setdefault(doc_id, []).append(gid)
        counts[plan.rules[i].id] = len(roots)
    return assign, groups, counts


def _finder(parent: dict[Hashable, Hashable]) -> Callable[[Hashable], Hashable]:
    """Union-find's find with path halving over ``parent``."""

    def find(x: Hashable) -> Hashable:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    return find


def _emit(part: _Part, assign: dict[str, list[str]]) -> list[tuple[str, int, int, Document, Extraction]]:
    """Every (group id, position, document, extraction) record of a partition, for the shuffle."""
    return [(gid, pos, sub, doc, ext) for pos, sub, doc, ext in part.items for gid in assign.get(doc.id, [])]


def _run_group(
    grouped: tuple[str, list[tuple[str, int, int, Document, Extraction]]], plan: _Plan, groups: dict[str, list[int]]
) -> tuple[list[Finding], list[Finding], list[ReportError]]:
    """Run a group's corpus rules on a FactBase of exactly its documents (in the engine's input order)."""
    from factcheck.engine import run_rules

    gid, records = grouped
    records = sorted(records, key=lambda r: (r[1], r[2]))
    docs: dict[str, Document] = {}
    extractions: dict[str, Extraction] = {}
    for _gid, _pos, _sub, doc, ext in records:
        if doc.id not in docs:
            docs[doc.id] = doc
            extractions[doc.id] = ext
    # no rewrite detection here: its TF-IDF weights are corpus-wide, so a keyed check must not read facts.sources
    facts = FactBase(documents=docs, extractions=extractions, declarations=plan.declarations)
    started = time.perf_counter()
    report = run_rules([plan.rules[i] for i in groups[gid]], facts)
    log.info("group %s: %d documents, rules in %.2f s", gid, len(docs), time.perf_counter() - started)
    return report.findings, report.passed, report.errors


def _gather(parts: list[list[_Part]]) -> tuple[dict[str, Document], dict[str, Extraction]]:
    """Every document and extraction of the run, in the engine's input order (the first of a repeated id)."""
    items = sorted((item for got in parts for part in got for item in part.items), key=lambda r: (r[0], r[1]))
    docs: dict[str, Document] = {}
    extractions: dict[str, Extraction] = {}
    for _pos, _sub, doc, ext in items:
        if doc.id not in docs:
            docs[doc.id] = doc
            extractions[doc.id] = ext
    return docs, extractions


def _sources(whole: tuple[dict[str, Document], dict[str, Extraction]], plan: _Plan) -> dict[str, list[str]]:
    """Which documents rewrite which, over the whole run (as engine.build_facts when a rule needs assertions)."""
    if "assertions" not in plan.needs:
        return {}
    from factcheck.align import detect_rewrites

    started = time.perf_counter()
    sources = detect_rewrites(FactBase(documents=whole[0], extractions=whole[1], declarations=plan.declarations))
    log.info("rewrites detected over %d documents in %.2f s", len(whole[0]), time.perf_counter() - started)
    return sources


def _run_gathered(
    whole: tuple[dict[str, Document], dict[str, Extraction]], sources: dict[str, list[str]], plan: _Plan, index: int
) -> tuple[list[Finding], list[Finding], list[ReportError]]:
    """One corpus rule on every document (its own FactBase: derived indexes are rebuilt, the rewrites are given)."""
    from factcheck.engine import run_rules

    facts = FactBase(documents=whole[0], extractions=whole[1], declarations=plan.declarations, sources=sources)
    started = time.perf_counter()
    report = run_rules([plan.rules[index]], facts)
    log.info("rule %s on %d documents in %.2f s", plan.rules[index].id, len(whole[0]), time.perf_counter() - started)
    return report.findings, report.passed, report.errors


# --- results ----------------------------------------------------------------------------------------------------


def _merged(findings: list[Finding], rule_errors: list[ReportError]) -> list[Finding]:
    """The tasks' verdicts as one run's: a rule that failed anywhere reports nothing (as in the engine, all or
    nothing), generic verdicts a declared rule supersedes are dropped (across tasks), then sorted and deduplicated.
    """
    from factcheck.engine import settle

    failed = {e.source.removeprefix("rule ") for e in rule_errors if e.source.startswith("rule ")}
    return settle([f for f in findings if f.rule not in failed])


def _unique_errors(errors: list[ReportError]) -> list[ReportError]:
    seen: set[tuple[str, str]] = set()
    out: list[ReportError] = []
    for e in errors:
        if (e.source, e.message) not in seen:
            seen.add((e.source, e.message))
            out.append(e)
    return out


def _write(
    out: Path,
    digest: str,
    findings: list[Finding],
    passed: list[Finding],
    errors: list[ReportError],
    documents: list[DocumentInfo],
    ruleset_hash_meta: str,
) -> dict[str, Path]:
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    from factcheck import __version__

    out.mkdir(parents=True, exist_ok=True)
    meta = {b"factcheck.ruleset_hash": ruleset_hash_meta.encode(), b"factcheck.version": __version__.encode()}
    evidence = pa.list_(
        pa.struct(
            [
                ("document", pa.string()),
                ("start", pa.int64()),
                ("end", pa.int64()),
                ("text", pa.string()),
                ("role", pa.string()),
            ]
        )
    )
    finding_schema = pa.schema(
        [
            ("rule", pa.string()),
            ("check", pa.string()),
            ("severity", pa.string()),
            ("message", pa.string()),
            ("evidence", evidence),
            ("documents", pa.list_(pa.string())),
            ("values", pa.string()),
            ("ruleset_hash", pa.string()),
        ],
        metadata=meta,
    )

    def finding_rows(items: list[Finding]) -> Any:
        return pa.Table.from_pylist(
            [
                {
                    "rule": f.rule,
                    "check": f.check,
                    "severity": f.severity,
                    "message": f.message,
                    "evidence": [e.model_dump() for e in f.evidence],
                    "documents": f.documents,
                    "values": json.dumps(f.values, sort_keys=True, default=str),
                    "ruleset_hash": digest,
                }
                for f in items
            ],
            schema=finding_schema,
        )

    error_schema = pa.schema(
        [("source", pa.string()), ("message", pa.string()), ("ruleset_hash", pa.string())], metadata=meta
    )
    doc_schema = pa.schema(
        [("id", pa.string()), ("title", pa.string()), ("published", pa.date32()), ("source", pa.string())],
        metadata=meta,
    )
    tables = {
        "findings": finding_rows(findings),
        "passed": finding_rows(passed),
        "errors": pa.Table.from_pylist(
            [{"source": e.source, "message": e.message, "ruleset_hash": digest} for e in errors], schema=error_schema
        ),
        "documents": pa.Table.from_pylist([d.model_dump() for d in documents], schema=doc_schema),
    }
    files: dict[str, Path] = {}
    for name, table in tables.items():
        files[name] = out / f"{name}.parquet"
        pq.write_table(table, files[name])
    return files


def read_findings(path: str | os.PathLike[str]) -> list[Finding]:
    """The findings (or passed) of a ``findings.parquet`` / ``passed.parquet`` file, as Finding objects."""
    import pyarrow.parquet as pq

    rows = pq.read_table(path).to_pylist()
    return [
        Finding(
            rule=r["rule"],
            check=r["check"],
            severity=r["severity"],
            message=r["message"],
            evidence=[Evidence(**e) for e in r["evidence"]],
            documents=r["documents"],
            values=json.loads(r["values"]),
        )
        for r in rows
    ]


def read_ruleset_hash(path: str | os.PathLike[str]) -> str:
    """The rule set's hash stored in a Parquet file's metadata."""
    import pyarrow.parquet as pq

    meta = pq.read_schema(path).metadata or {}
    return bytes(meta.get(b"factcheck.ruleset_hash", b"")).decode()


__all__ = [
    "ArchiveResult",
    "check_archive",
    "read_findings",
    "read_ruleset_hash",
    "ruleset_hash",
    "scope_of",
    "shard_keys",
]
