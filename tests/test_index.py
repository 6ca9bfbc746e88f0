"""The corpus index: building, incremental updates, candidate lookup, ``--against-index`` runs, concurrent readers."""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.engine import build_facts, run_rules
from factcheck.index import Index, facts_against_index, index_paths, open_index
from factcheck.ingest import from_text, read_paths
from factcheck.models import Document, Finding
from factcheck.rules.loader import load_rules

EXTRACT = importlib.import_module("factcheck.extract")
ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_001 = next(SEEDS.glob("001_*.txt"))

TEXTS = {
    "harbour.txt": "The Harbour Authority of Saltcombe said 14 cranes were idle on Monday. Dockers blamed pay.",
    "museum.txt": "The Corvena museum drew 40,000 visitors in March. Its director, Ana Ruiz, called it a record.",
    "bridge.txt": "Westbury council approved 12 million euros for the new bridge. Work starts in the spring.",
}


def _docs(texts: dict[str, str]) -> list[Document]:
    return [from_text(t, id=name, published="2025-05-08") for name, t in texts.items()]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[Document]]]:
    """An index of the seeds and 24 generated articles (three of them varied seeds), built once."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from make_archive import main as make
    finally:
        sys.path.remove(str(ROOT / "bench"))
    base = tmp_path_factory.mktemp("archive")
    make([str(base / "articles"), "-n", "24"])
    docs = [d for d in read_paths([str(SEEDS), str(base / "articles")]) if isinstance(d, Document)]
    update, report, _ = index_paths(base / "index", [str(SEEDS), str(base / "articles")], check=False)
    assert report is None and not update.failed
    assert len(update.added) == len(docs) == update.total == 29
    yield base / "index", docs
    open_index(base / "index").close()


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Index:
    index = Index(tmp_path_factory.mktemp("small") / "ix")
    index.add(_docs(TEXTS))
    return index


def _draft() -> Document:
    """001 with one count changed (24 settlements → 60): a draft that disagrees with 001."""
    text, n = re.subn(r"\b24 settlements\b", "60 settlements", SEED_001.read_text(encoding="utf-8"))
    assert n == 1
    return from_text(text, id="drafts/kursk.txt", published="2025-03-14")


def _key(f: Finding) -> tuple[Any, ...]:
    return (f.rule, f.message, tuple((e.document, e.start, e.end) for e in f.evidence))


# --- building and updating ----------------------------------------------------------------------------------------


def test_reindexing_unchanged_documents_extracts_nothing(
    archive: tuple[Path, list[Document]], calls: list[str]
) -> None:
    path, docs = archive
    update = Index(path).add(docs, declarations=load_rules(None).declarations)  # as the CLI indexed them
    assert calls == []
    assert (update.added, update.updated, update.unchanged, update.extracted) == ([], [], 29, 0)


def test_an_edited_document_is_re_extracted_and_re_keyed(tmp_path: Path, calls: list[str]) -> None:
    index = Index(tmp_path / "ix")
    docs = _docs(TEXTS)
    assert len(index.add(docs).added) == 3
    calls.clear()
    edited = [d.model_copy(update={"text": d.text.replace("blamed pay.", "blamed a strike over rotas.")}) for d in docs]
    update = index.add(edited)
    assert calls == ["harbour.txt"]
    assert update.updated == ["harbour.txt"] and update.unchanged == 2
    old = EXTRACT.extract(from_text("Pay.", id="probe"))
    new = EXTRACT.extract(from_text("A strike over rotas.", id="probe"))
    assert [c.id for c in index.candidates(old, 10)] == []  # its old words are gone from the postings
    assert [c.id for c in index.candidates(new, 10)] == ["harbour.txt"]
    assert index.load(["harbour.txt"])[0][0].text.endswith("strike over rotas.")


def test_documents_are_removed_only_with_prune(tmp_path: Path) -> None:
    index = Index(tmp_path / "ix")
    docs = _docs(TEXTS)
    index.add(docs)
    assert index.add(docs[:1]).removed == [] and len(index) == 3
    update = index.add(docs[:1], prune=True)
    assert update.removed == ["bridge.txt", "museum.txt"] and index.ids() == ["harbour.txt"]
    probe = EXTRACT.extract(from_text("Westbury council approved the bridge.", id="probe"))
    assert index.candidates(probe, 10) == []


def test_candidates_rank_shared_rare_keys_and_skip_the_draft_itself(tmp_path: Path) -> None:
    index = Index(tmp_path / "ix")
    index.add(_docs(TEXTS))
    probe = EXTRACT.extract(from_text("Ana Ruiz said the museum had 41,000 visitors in March.", id="museum.txt"))
    assert [c.id for c in index.candidates(probe, 10)] == []  # the only match is the draft's own id
    probe = probe.model_copy(update={"document": "draft.txt"})
    found = index.candidates(probe, 10)
    assert found[0].id == "museum.txt" and "e:ana ruiz" in found[0].shared
    assert index.candidates(probe, 0) == []


@settings(max_examples=25)
@given(limit=st.integers(min_value=0, max_value=6), pick=st.sampled_from(sorted(TEXTS)))
def test_candidates_are_bounded_unique_and_never_the_draft(small: Index, limit: int, pick: str) -> None:
    index = small
    ex = index.load([pick])[0][1]
    found = index.candidates(ex, limit)
    ids = [c.id for c in found]
    assert len(ids) <= limit and len(set(ids)) == len(ids) and pick not in ids
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)
    draft = ex.model_copy(update={"document": "draft.txt"})
    assert [c.id for c in index.candidates(draft, limit)][:1] == ([pick] if limit else [])  # itself ranks first


# --- checking a draft against the index ---------------------------------------------------------------------------


def test_against_index_finds_the_disagreement_with_001_loading_few_candidates(
    archive: tuple[Path, list[Document]], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = archive
    loaded: list[list[str]] = []
    real = Index.load

    def spy(self: Index, ids: Any, *args: Any, **kwargs: Any) -> Any:
        loaded.append(list(ids))
        return real(self, ids, *args, **kwargs)

    monkeypatch.setattr(Index, "load", spy)
    report = factcheck.check([_draft()], against_index=path, max_candidates=5)
    assert len(loaded) == 1 and 0 < len(loaded[0]) <= 5
    assert str(SEED_001.relative_to(ROOT)) in loaded[0] or str(SEED_001) in loaded[0]
    hits = [f for f in report.findings if f.check == "cross-document-number" and "drafts/kursk.txt" in f.documents]
    assert any(any(Path(d).name == SEED_001.name for d in f.documents) for f in hits)
    assert {d.id for d in report.documents} == {"drafts/kursk.txt", *loaded[0]}
    # the candidates are context, never checked: no finding quotes a candidate alone
    for f in [*report.findings, *report.passed]:
        quoted = {e.document for e in f.evidence}
        assert len(quoted) > 1 or quoted == {"drafts/kursk.txt"}, f.message


def test_against_index_equals_a_run_over_the_draft_and_the_same_candidates(
    archive: tuple[Path, list[Document]],
) -> None:
    path, _ = archive
    ruleset = load_rules(None)
    draft = _draft()
    facts = facts_against_index([draft], path, declarations=ruleset.declarations, limit=8)
    via_index = run_rules(ruleset.rules, facts)
    assert len(facts.against) == 8 and "drafts/kursk.txt" not in facts.against
    assert set(facts.sources) >= {"drafts/kursk.txt"}  # alignment: the draft rewrites 001 (and its varied copy)
    # the same candidates read from disk and extracted afresh, no index involved
    fresh = [d for d in read_paths(sorted(facts.against)) if isinstance(d, Document)]
    assert len(fresh) == 8
    plain = run_rules(ruleset.rules, build_facts([draft], declarations=ruleset.declarations, context=fresh))
    assert [_key(f) for f in via_index.findings] == [_key(f) for f in plain.findings]
    assert [_key(f) for f in via_index.passed] == [_key(f) for f in plain.passed]
    # a full check of draft + candidates (every one checked) reports the same about the draft, and more about them
    full = run_rules(ruleset.rules, build_facts([draft, *fresh], declarations=ruleset.declarations))
    full_keys = {_key(f) for f in full.findings}
    assert {_key(f) for f in via_index.findings} <= full_keys
    cross = [_key(f) for f in full.findings if f.check == "cross-document-number" and draft.id in f.documents]
    assert cross and cross == [_key(f) for f in via_index.findings if f.check == "cross-document-number"]


def test_explicit_against_sources_stay_explicit_beside_the_index(archive: tuple[Path, list[Document]]) -> None:
    path, docs = archive
    source = next(d for d in docs if Path(d.id).name == SEED_001.name)
    facts = facts_against_index([_draft()], path, against=[source], limit=3)
    assert facts.sources == {"drafts/kursk.txt": [source.id]}
    assert source.id in facts.against and len(facts.against) == 4


# --- concurrency and the command line -----------------------------------------------------------------------------

READER = textwrap.dedent(
    """
    import sys
    from factcheck.index import Index
    from factcheck.extract import extract
    from factcheck.ingest import from_text
    index = Index(sys.argv[1])
    probe = extract(from_text("Saltcombe dockers blamed pay for idle cranes.", id="probe"))
    found = set()
    for _ in range(30):
        found.update(c.id for c in index.candidates(probe, 50))
        for doc, ex in index.load(index.ids()):  # documents being written meanwhile included
            span = ex.sentences[-1].span  # the extraction read is the one of the text read
            assert ex.document == doc.id and doc.text[span.start : span.end] == span.text, doc.id
    print(",".join(sorted(found)))
    """
)


def test_index_survives_concurrent_readers_while_a_writer_updates_it(tmp_path: Path) -> None:
    path = tmp_path / "ix"
    index = Index(path)
    base = _docs(TEXTS)
    index.add(base)
    env = {"PYTHONPATH": str(ROOT)}
    readers = [
        subprocess.Popen(
            [sys.executable, "-c", READER, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
        )
        for _ in range(3)
    ]
    more = [
        from_text(f"The ferry {n} of the Istra line was inspected by {n} engineers.", id=f"day{n}.txt")
        for n in range(2, 30)
    ]
    for i in range(0, len(more), 4):
        index.add(more[: i + 4])
    for p in readers:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()
        assert out.decode().split() == ["harbour.txt"]
    assert len(index) == 3 + len(more)
    assert {c.id for c in index.candidates(EXTRACT.extract(more[0]), 100)} >= {"day3.txt", "day4.txt"}


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={"PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(cwd / ".cache")},
        check=False,
    )


def test_cli_index_then_against_index(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in TEXTS.items():
        (corpus / name).write_text("Published: 2025-05-08\n\n" + text, encoding="utf-8")
    built = _cli("check", str(corpus), "--index", str(tmp_path / "ix"), "--index-only", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    assert built.stdout == ""
    assert "3 documents (3 added, 0 updated, 0 unchanged, 0 removed); 3 extracted" in built.stderr
    again = _cli("check", str(corpus), "--index", str(tmp_path / "ix"), "-f", "json", cwd=tmp_path)
    assert "0 extracted" in again.stderr and again.returncode in (0, 1)
    assert len(json.loads(again.stdout)["documents"]) == 3
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Published: 2025-05-09\n\nThe Harbour Authority of Saltcombe said 40 cranes were idle on Monday.\n",
        encoding="utf-8",
    )
    got = _cli(
        "check",
        str(draft),
        "--against-index",
        str(tmp_path / "ix"),
        "--max-candidates",
        "1",
        "-f",
        "json",
        cwd=tmp_path,
    )
    assert got.returncode in (0, 1), got.stderr
    report = json.loads(got.stdout)
    assert {d["id"] for d in report["documents"]} == {str(draft), str(corpus / "harbour.txt")}
    assert _cli("check", str(draft), "--prune", cwd=tmp_path).returncode == 2
    assert (
        _cli(
            "check", str(draft), "--index", str(tmp_path / "ix"), "--against-index", str(tmp_path), cwd=tmp_path
        ).returncode
        == 2
    )


# --- checking an archive document by document (--each) -----------------------------------------------------------


def test_each_against_the_index_of_the_seeds_equals_one_run_over_them(tmp_path: Path) -> None:
    from factcheck.engine import check
    from factcheck.index import check_each_against_index

    update, _, _ = index_paths(tmp_path / "ix", [str(SEEDS)], check=False)
    assert not update.failed
    each, quoted = check_each_against_index([str(SEEDS)], tmp_path / "ix")
    whole = check([str(SEEDS)])
    assert each.findings and sorted(map(_key, each.findings)) == sorted(map(_key, whole.findings))
    assert [d.id for d in each.documents] == [d.id for d in whole.documents]
    assert {e.document for f in each.findings for e in f.evidence} == set(quoted)
    for f in each.findings:  # every evidence quote indexes the document the renderers get
        assert all(quoted[e.document].text[e.start : e.end] == e.text for e in f.evidence)


def test_each_reports_a_cross_document_finding_once(archive: tuple[Path, list[Document]]) -> None:
    from factcheck.index import check_each_against_index

    index, _ = archive
    report, _ = check_each_against_index([str(SEEDS)], index, limit=10)
    assert len({_key(f) for f in report.findings}) == len(report.findings)
    assert any(len({e.document for e in f.evidence}) > 1 for f in report.findings)


def test_cli_each(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in TEXTS.items():
        (corpus / name).write_text("Published: 2025-05-08\n\n" + text, encoding="utf-8")
    assert _cli("check", str(corpus), "--index", str(tmp_path / "ix"), "--index-only", cwd=tmp_path).returncode == 0
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    got = _cli("check", str(corpus), "--against-index", str(tmp_path / "ix"), "--each", "-f", "json", cwd=tmp_path)
    report = json.loads(got.stdout)
    assert got.returncode == 2  # the empty file is an input error; the other three were checked
    assert [e["source"] for e in report["errors"]] == [str(corpus / "empty.txt")]
    assert len(report["documents"]) == 3
    no_index = _cli("check", str(corpus), "--each", cwd=tmp_path)
    assert no_index.returncode == 2 and "--each needs --against-index" in no_index.stderr
