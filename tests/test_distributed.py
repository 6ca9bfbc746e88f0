"""factcheck.distributed on a two-worker local Dask cluster: the same findings as the single-process engine."""

from __future__ import annotations

import operator
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

pytest.importorskip("dask")
pytest.importorskip("distributed")
pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")

from factcheck import engine  # noqa: E402
from factcheck.distributed import (  # noqa: E402
    check_archive,
    read_findings,
    read_ruleset_hash,
    scope_of,
)
from factcheck.ingest import from_text  # noqa: E402
from factcheck.models import Document, Finding, Report  # noqa: E402
from factcheck.rules.loader import load_rules, ruleset_hash  # noqa: E402

# Threads in this process: worker processes would hash strings with other seeds, and a check that iterates a set of
# strings (cross-document-number picks its confirming partner so, today) then differs from run to run even alone.
PROCESSES = False
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

RULES = """
entities:
  Marvenko: {variants: [Marvenco, Marvenkó], kind: place}
  Lindqvist: {variants: [Lindquist], kind: person}
measures:
  volunteers: {unit: count, counted: [volunteer], near: [joined, helped]}
  debris_total: {unit: tonne, near: [collected, gathered]}
  share_removed: {unit: percent, near: [removed, hauled]}
  debris_removed: {unit: tonne, near: [removed, hauled, amounting to]}
rules:
  - {id: t.volunteers, type: agreement, measure: volunteers}
  - {id: t.debris, type: relation, assert: share_removed * debris_total ~= debris_removed}
  - {id: t.spelling, type: spelling, severity: warning}
"""

# Hand-written articles: an agreement conflict, a relation, variant spellings in two unrelated groups of documents.
ARTICLES = {
    "h/001.txt": (
        "Harbour cleanup draws crowds\n\n"
        "The council said 430 volunteers joined the cleanup of Marvenko harbour on Tuesday. "
        "Crews collected nearly 1,200 tonnes of debris. About 60% of it was hauled away, amounting to about "
        "700 tonnes. The mayor thanked everyone on Wednesday."
    ),
    "h/002.txt": (
        "Cleanup at Marvenco\n\n"
        "Fewer than 300 volunteers joined the cleanup at Marvenco harbour, organisers said. "
        "They removed 90% of the debris, amounting to about 300 tonnes."
    ),
    "h/003.txt": (
        "Bakery record\n\nThe Lindquist bakery sold 45 loaves on Friday, and 12% more than last week. "
        "Anna Lindqvist said the ovens ran for 14 hours."
    ),
    "h/004.txt": "Volunteers return\n\nOver 400 volunteers helped in Marvenko again on Saturday, the council said.",
    "h/005.txt": "Quiet week\n\nNothing of note happened in the valley this week; the road reopened on 3 March 2025.",
}


def variant(text: str, n: int) -> str:
    """A rewrite-like variant of a text: some numbers changed, a hedge dropped, a negation flipped, cut short."""
    count = 0

    def bump(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return str(int(m.group()) + n) if count % 3 == n % 3 else m.group()

    text = re.sub(r"(?<![\d,.])\d{2,3}(?![\d,])", bump, text)
    text = text.replace(" about ", " ", 1).replace(" nearly ", " ", 1)
    text = text.replace(" did not ", " did ", 1) if n % 2 else text.replace(" has ", " has not ", 1)
    paragraphs = text.split("\n\n")
    return "\n\n".join(paragraphs[: max(2, len(paragraphs) * 2 // 3)])


def key(findings: list[Finding]) -> list[tuple[Any, ...]]:
    return sorted(
        (f.rule, f.message, tuple((e.document, e.start, e.end, e.text) for e in f.evidence)) for f in findings
    )


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=PROCESSES, dashboard_address=None)
    with Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture(scope="module")
def rules_file(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("rules") / "rules.yaml"
    path.write_text(textwrap.dedent(RULES))
    assert load_rules(str(path)).errors == []
    return str(path)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The seeds, a rewrite-like variant of each, and the hand-written articles (and their variants), as paths."""
    root = tmp_path_factory.mktemp("archive")
    index = []
    for i, seed in enumerate(sorted(SEEDS.glob("*.txt"))):
        name = f"v{i:03d}.txt"
        (root / name).write_text(variant(seed.read_text(encoding="utf-8"), i + 1), encoding="utf-8")
        index.append(f"{name}: {{published: 2025-03-{14 + i}}}")
    (root / "index.yaml").write_text("\n".join(index) + "\n")
    for doc_id, text in ARTICLES.items():
        path = root / doc_id
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        path.with_name("v" + path.name).write_text(variant(text, 2), encoding="utf-8")
    (root / "h" / "index.yaml").write_text("\n".join(f"{Path(d).name}: {{published: 2025-03-13}}" for d in ARTICLES))
    return [str(SEEDS), str(root)]


def assert_same(result_dir: Path, single: Report) -> None:
    assert key(read_findings(result_dir / "findings.parquet")) == key(single.findings)
    assert key(read_findings(result_dir / "passed.parquet")) == key(single.passed)


def test_paths_give_the_single_process_findings(
    client: Any, archive: list[str], rules_file: str, tmp_path: Path
) -> None:
    single = engine.check(archive, rules_file)
    result = check_archive(archive, rules_file, output=tmp_path / "out", client=client, partition_size=4)
    assert result.documents == len(single.documents) >= 20
    assert_same(tmp_path / "out", single)
    assert sorted((e.source, e.message) for e in result.errors) == sorted((e.source, e.message) for e in single.errors)
    # not vacuous: the keyed rules found something, and spelling ran on two separate groups of documents
    rules_hit = {f.rule for f in single.findings}
    assert {"t.spelling", "t.volunteers"} <= rules_hit
    assert result.groups["t.spelling"] == 2
    assert result.groups["t.volunteers"] == 1


def test_parquet_carries_the_rule_set_hash(client: Any, archive: list[str], rules_file: str, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    result = check_archive(archive[1:], rules_file, output=tmp_path, client=client, partition_size=8)
    digest = ruleset_hash(load_rules(rules_file))
    assert result.ruleset_hash == digest and len(digest) == 64
    for name in ("findings", "passed", "errors", "documents"):
        assert read_ruleset_hash(tmp_path / f"{name}.parquet") == digest
    table = pq.read_table(tmp_path / "findings.parquet")
    assert set(table.column("ruleset_hash").to_pylist()) == {digest}
    assert ruleset_hash(load_rules(None)) != digest


def test_dataframe_input_defaults_only(client: Any, archive: list[str], tmp_path: Path) -> None:
    docs, _ = engine.load_documents(archive)
    frame = pd.DataFrame(
        {
            "id": [d.id for d in docs],
            "text": [d.text for d in docs],
            "published": [d.published for d in docs],
            "title": [d.title for d in docs],
        }
    )
    same = [from_text(d.text, id=d.id, published=d.published, title=d.title) for d in docs]
    single = engine.check(same)
    check_archive(frame, output=tmp_path, client=client, partition_size=3)
    assert_same(tmp_path, single)


def test_unreadable_documents_are_errors_and_the_rest_is_checked(client: Any, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Officials said 25 people attended, up 10% from 20 last year.")
    (tmp_path / "in" / "b.txt").write_bytes(b"\xff\xfe broken")
    paths = [str(tmp_path / "in"), str(tmp_path / "missing.txt")]
    single = engine.check(paths)
    result = check_archive(paths, output=tmp_path / "out", client=client)
    assert result.documents == 1
    assert sorted((e.source, e.message) for e in result.errors) == sorted((e.source, e.message) for e in single.errors)
    assert len(result.errors) == 2
    assert_same(tmp_path / "out", single)


def test_scopes() -> None:
    assert scope_of("percent-of") == "document"
    assert scope_of("agreement") == scope_of("duration-dates") == "corpus"


def test_document_scope_checks_judge_each_document_alone(seeds_dir: Path) -> None:
    """A check that declares scope "document" gives a corpus the union of what it gives each document alone."""
    from factcheck.ingest import read_paths

    docs = [d for d in read_paths([seeds_dir, seeds_dir.parent / "bench" / "planted"]) if isinstance(d, Document)]
    rules = [r for r in load_rules(None).rules if scope_of(r.type) == "document"]
    assert {r.type for r in rules} >= {"percent-of", "sum-of-parts", "count-vs-list"}
    together = engine.check(docs, rules, defaults=False)
    alone = [f for doc in docs for f in engine.check([doc], rules, defaults=False).findings]
    assert together.findings, "the corpus should hold findings of document-scope checks"
    key = operator.attrgetter("rule", "message")
    assert sorted(map(key, together.findings)) == sorted(map(key, alone))


def test_without_a_client_the_default_scheduler_runs_it(tmp_path: Path) -> None:
    docs = [from_text(text, id=doc_id, published="2025-03-13") for doc_id, text in ARTICLES.items()]
    single = engine.check(docs)
    result = check_archive(docs, output=tmp_path, partition_size=2)
    assert result.documents == len(docs)
    assert_same(tmp_path, single)


@given(st.lists(st.lists(st.integers(0, 6), max_size=3), max_size=12))
def test_groups_are_the_connected_components_of_shared_keys(doc_keys: list[list[int]]) -> None:
    from factcheck.distributed import _group, _Plan

    plan = _Plan(
        rules=load_rules(None).rules[:1],
        declarations=None,
        needs=frozenset(),
        document_rules=[],
        keyed_rules=[0],
        gathered_rules=[],
    )
    ids = [f"d{i}" for i in range(len(doc_keys))]
    keys = {doc: ks for doc, ks in zip(ids, doc_keys, strict=True) if ks}
    assign, groups, counts = _group(plan, [{"keys": {0: keys}}], ids)
    assert set(groups) == {g for gs in assign.values() for g in gs}
    assert set(assign) == set(keys)  # a document without keys meets no one
    group_of = {doc: g[0] for doc, g in assign.items()}
    for a in keys:
        for b in keys:
            if set(keys[a]) & set(keys[b]):
                assert group_of[a] == group_of[b]
    # and a group is connected: from any member, shared keys reach every other member
    for g in set(group_of.values()):
        members = {d for d in group_of if group_of[d] == g}
        reached, frontier = set(), {next(iter(members))}
        while frontier:
            d = frontier.pop()
            reached.add(d)
            frontier |= {e for e in members - reached if set(keys[e]) & set(keys[d])}
        assert reached == members
    assert counts[plan.rules[0].id] == len(set(group_of.values()))


def test_extraction_cache_is_shared_by_the_workers(client: Any, archive: list[str], tmp_path: Path) -> None:
    from factcheck.cache import open_cache

    db = tmp_path / "extractions.sqlite"
    first = check_archive(archive[1:], output=tmp_path / "a", client=client, partition_size=4, cache=db)
    store = open_cache(db)
    assert store is not None and len(store) >= first.documents > 0
    again = check_archive(archive[1:], output=tmp_path / "b", client=client, partition_size=4, cache=db)
    assert key(read_findings(again.files["findings"])) == key(read_findings(first.files["findings"]))
    assert key(read_findings(again.files["passed"])) == key(read_findings(first.files["passed"]))
