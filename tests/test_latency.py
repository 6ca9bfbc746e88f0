"""Draft latency (issue 9): rewrite detection for the checked documents only gives the same rows as the full
computation, and per-document values kept by an open index give the same reports warm as cold."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
from _sentence_facts import sentence_facts
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import align
from factcheck.engine import run_rules
from factcheck.facts import FactBase
from factcheck.index import Index, facts_against_index
from factcheck.ingest import from_text
from factcheck.models import Document, Extraction, Finding
from factcheck.rules.loader import load_rules

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

VOCAB = ["ceasefire", "troops", "Kursk", "border", "talks", "offensive", "village", "drone", "report", "17", "2024"]
BASE = st.lists(st.lists(st.sampled_from(VOCAB), min_size=3, max_size=7), min_size=3, max_size=6)


@st.composite
def corpora(draw: st.DrawFn) -> tuple[dict[str, list[str]], dict[str, dt.date | None]]:
    """A few documents written from one base story (sentences kept, dropped or reworded) plus unrelated ones, some
    published on the same day: rewrites in both directions, mutual ones and none."""
    base = draw(BASE)
    texts: dict[str, list[str]] = {}
    published: dict[str, dt.date | None] = {}
    for n in range(draw(st.integers(2, 7))):
        sentences = []
        for words in base:
            if draw(st.booleans()) and draw(st.booleans()):
                continue  # dropped
            if draw(st.booleans()):
                words = [draw(st.sampled_from(VOCAB)) if draw(st.booleans()) else w for w in words]
            sentences.append(" ".join(words) + ".")
        if not sentences or draw(st.integers(0, 5)) == 0:
            sentences = [" ".join(draw(st.lists(st.sampled_from(VOCAB), min_size=1, max_size=6))) + "."]
        texts[f"d{n}"] = sentences
        published[f"d{n}"] = draw(st.sampled_from([None, dt.date(2025, 3, 1), dt.date(2025, 3, 2)]))
    return texts, published


def _passes(k: int, n: int) -> bool:
    return bool(n) and k >= align.MIN_ALIGNED and k / n >= align.REWRITE_SHARE


@given(corpora(), st.data(), st.sampled_from([1, 2, 50]), st.sampled_from([3, 8, 200]))
@settings(max_examples=200, deadline=None)
def test_rewrites_of_some_documents_equal_those_rows_of_the_full_computation(
    corpus: tuple[dict[str, list[str]], dict[str, dt.date | None]], data: st.DataObject, cap: int, budget: int
) -> None:
    texts, published = corpus
    # a small cap and budget make the counting cap and the postings budget bind in small corpora too
    with mock.patch.object(align, "MAX_RESTATED_DOCUMENTS", cap), mock.patch.object(align, "MAX_POSTINGS", budget):
        full = align.detect_rewrites(sentence_facts(texts, published))
        only = data.draw(st.sets(st.sampled_from(sorted(texts)), min_size=1))
        part = align.detect_rewrites(sentence_facts(texts, published), only=only)
        assert part == {b: a for b, a in full.items() if b in only}
        # one pair's share, counted alone, equals the full count
        facts = sentence_facts(texts, published)
        shares = align._aligned_shares(facts)
        for b in texts:
            for a in texts:
                if a != b:
                    exact = align._share(facts, b, a)
                    assert exact == shares.get((b, a), (0, 0))
                    # a count that stops once the outcome is settled gives the same outcome
                    assert _passes(*align._share(facts, b, a, settle=True)) == _passes(*exact)


def _rewrites_by_definition(facts: FactBase) -> dict[str, list[str]]:
    """:func:`align.detect_rewrites` as its docstring defines it, from every pair's share (the back-share of A in B
    looked up for every pair that passes, dated or not)."""
    shares = align._aligned_shares(facts)
    length: Counter[str] = Counter()
    for (doc, _i), size in align.index(facts).sizes.items():
        length[doc] += size
    out: dict[str, list[str]] = {}
    for (b, a), (k, n) in shares.items():
        if not _passes(k, n) or align._predates(facts, b, a):
            continue
        back_k, back_n = shares.get((a, b), (0, 0))
        if _passes(back_k, back_n) and not align._rewrites(
            facts, (b, n - k, length[b]), (a, back_n - back_k, length[a])
        ):
            continue
        if align._close(facts, b, a) >= (1 if k / n >= align.REWRITE_SHARE else align.MIN_CLOSE):
            out.setdefault(b, []).append(a)
    return {b: sorted(a) for b, a in sorted(out.items())}


@given(corpora(), st.data())
@settings(max_examples=200, deadline=None)
def test_rewrites_equal_the_definition_without_back_shares_for_pairs_dated_apart(
    corpus: tuple[dict[str, list[str]], dict[str, dt.date | None]], data: st.DataObject
) -> None:
    texts, published = corpus
    want = _rewrites_by_definition(sentence_facts(texts, published))
    assert align.detect_rewrites(sentence_facts(texts, published)) == want
    only = data.draw(st.sets(st.sampled_from(sorted(texts)), min_size=1))
    part = align.detect_rewrites(sentence_facts(texts, published), only=only)
    assert part == {b: a for b, a in want.items() if b in only}


@given(corpora(), st.sampled_from([0.2, 0.3, 0.5]), st.sampled_from([3, 8, 200]))
@settings(max_examples=150, deadline=None)
def test_restated_in_one_document_equals_the_whole_search(
    corpus: tuple[dict[str, list[str]], dict[str, dt.date | None]], floor: float, budget: int
) -> None:
    texts, published = corpus
    with mock.patch.object(align, "MAX_POSTINGS", budget):
        idx = align.index(sentence_facts(texts, published))
        for doc, i in idx.vectors:
            found = idx.restated(doc, i, floor)
            for other in texts:
                assert idx.restated_in(doc, i, other, floor) == (None if other == doc else found.get(other))


def _best_by_scan(scores: dict[int, float], sentence: int) -> tuple[float, int]:
    """The definition of :func:`align.best_of`: every score in sentence order."""
    top: float | None = None
    at = 0
    for idx in sorted(scores):
        score = scores[idx]
        if top is None or score > top + 1e-9 or (abs(score - top) <= 1e-9 and abs(idx - sentence) < abs(at - sentence)):
            top, at = round(score, 6), idx
    assert top is not None
    return top, at


# scores near one another: equal, within 1e-9, within rounding (5e-7) and around the shortcut's margin (2e-6)
NEAR = st.builds(
    lambda base, step, k: base + step * k,
    st.sampled_from([0.3, 0.4123455, 0.4123465, 0.75]),
    st.sampled_from([0.0, 1e-10, 4e-10, 1e-9, 3e-7, 5e-7, 1e-6, 1.9e-6, 2e-6, 2.1e-6, 1e-3]),
    st.integers(-3, 3),
)


@given(st.dictionaries(st.integers(0, 30), st.one_of(NEAR, st.floats(0.0, 1.0)), min_size=1), st.integers(0, 30))
@settings(max_examples=500, deadline=None)
def test_the_best_score_equals_the_scan_in_sentence_order(scores: dict[int, float], sentence: int) -> None:
    assert align.best_of(scores, sentence) == _best_by_scan(scores, sentence)


@given(corpora())
@settings(max_examples=100, deadline=None)
def test_scores_with_one_document_equal_the_cosine_over_every_word(
    corpus: tuple[dict[str, list[str]], dict[str, dt.date | None]],
) -> None:
    texts, published = corpus
    idx = align.index(sentence_facts(texts, published))
    for (doc, i), vec in idx.vectors.items():
        for other in texts:
            # the definition: the sum over every word of the sentence, in its order (a word not shared adds 0.0)
            expected = {
                j: sum(w * idx.vectors[(other, j)].get(t, 0.0) for t, w in vec.items())
                for (d, j) in idx.vectors
                if d == other and idx.vectors[(d, j)].keys() & vec.keys()
            }
            assert idx.scores(doc, i, other) == expected  # bit for bit: the scores are rounded and compared after


@given(corpora())
@settings(max_examples=100, deadline=None)
def test_the_alignment_index_made_from_per_document_parts_equals_the_definition(
    corpus: tuple[dict[str, list[str]], dict[str, dt.date | None]],
) -> None:
    texts, published = corpus
    facts = sentence_facts(texts, published)
    idx = align.index(facts)
    # the definition: TF-IDF over every sentence of the run, sublinear TF, normalised; postings in sentence order
    counts = {(doc.id, i): terms for doc, ex in facts.all() for i, terms in align.document_terms(doc, ex)}
    df = Counter(t for terms in counts.values() for t in terms)
    idf = {t: math.log((1 + len(counts)) / (1 + k) + 1) for t, k in df.items()}
    vectors = {}
    postings: dict[str, list[tuple[str, int]]] = {}
    for key, terms in counts.items():
        vec = {t: (1 + math.log(c)) * idf[t] for t, c in terms.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors[key] = {t: v / norm for t, v in vec.items()}
        for t in vec:
            postings.setdefault(t, []).append(key)
    assert idx.vectors == vectors and list(idx.vectors) == list(vectors)
    assert idx.postings == postings and list(idx.postings) == list(postings)
    assert idx.sizes == {key: sum(terms.values()) for key, terms in counts.items()}
    assert idx.by_document == align.AlignmentIndex(vectors, postings, idx.sizes).by_document  # made from postings


def test_per_document_values_are_computed_once_per_run_or_per_store() -> None:
    facts = sentence_facts({"a": ["troops crossed the border."], "b": ["talks resumed."]}, {})
    calls: list[str] = []

    def build(doc: Document, _ex: Extraction) -> int:
        calls.append(doc.id)
        return len(doc.text)

    assert facts.per_document("n", "a", build) == facts.per_document("n", "a", build) == 26
    assert calls == ["a"]
    store: dict[object, object] = {"n": 99}
    facts.memo["b"] = store  # a store that outlives the run (an open index's) is read first
    assert facts.per_document("n", "b", build) == 99 and calls == ["a"]
    assert facts.per_document("m", "b", build) == 14 and store["m"] == 14


def test_an_index_keeps_a_document_store_until_the_document_or_its_extraction_changes(tmp_path: Path) -> None:
    index = Index(tmp_path / "ix", derived_memory=2)
    doc = from_text("Troops crossed the border.", id="a.txt")
    ex = Extraction(document="a.txt")
    store = index.derived(doc, ex)
    store["x"] = 1
    assert index.derived(doc, ex) is store
    assert index.derived(doc, Extraction(document="a.txt")) == {}  # a new extraction: a new store
    assert index.derived(from_text("Talks resumed.", id="a.txt"), ex) == {}  # a new text: a new store
    for n in range(3):  # only the last ``derived_memory`` documents are kept
        index.derived(from_text("x", id=f"{n}.txt"), ex)["y"] = n
    assert set(index._derived) == {"1.txt", "2.txt"}
    index.close()


def _key(f: Finding) -> tuple[object, ...]:
    return (f.rule, f.message, f.severity, tuple((e.document, e.start, e.end, e.text, e.role) for e in f.evidence))


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("latency") / "ix"
    with Index(path) as index:
        docs = [
            from_text(p.read_text(encoding="utf-8"), id=p.name, published="2025-03-12") for p in SEEDS.glob("*.txt")
        ]
        assert not index.add(docs).failed
    yield path


def _draft(i: int) -> Document:
    text = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    return from_text(re.sub(r"\d+", lambda m: str(int(m.group()) + i), text, count=1), id="draft.txt")


def test_warm_checks_against_an_open_index_equal_cold_ones(seed_index: Path) -> None:
    ruleset = load_rules(None)
    with Index(seed_index) as warm:
        for i in range(3):  # the same index object: its documents' values are reused from the second check on
            facts = facts_against_index([_draft(i)], warm, declarations=ruleset.declarations)
            assert facts.memo and set(facts.memo) == set(facts.against)
            got = run_rules(ruleset.rules, facts)
            with Index(seed_index) as cold:
                want = factcheck.check([_draft(i)], against_index=cold)
            assert [_key(f) for f in got.findings] == [_key(f) for f in want.findings]
            assert [_key(f) for f in got.passed] == [_key(f) for f in want.passed]
        assert got.findings and facts.sources.get("draft.txt")  # the draft rewrites the seed it was made from


def test_candidate_lookups_kept_in_memory_follow_every_change_of_the_index(tmp_path: Path) -> None:
    from factcheck.extract import extract

    texts = {
        "a.txt": "The Saltcombe harbour authority said 14 cranes were idle on Monday.",
        "b.txt": "The Corvena museum drew 40,000 visitors in March.",
    }
    reader, writer = Index(tmp_path / "ix"), Index(tmp_path / "ix")  # two connections: two processes' views
    reader.add([from_text(t, id=k) for k, t in texts.items()])
    draft = extract(from_text("Saltcombe harbour cranes were idle; Corvena visitors came in March.", id="d.txt"))
    first = [c.id for c in reader.candidates(draft)]
    assert first == [c.id for c in reader.candidates(draft)] and set(first) == {"a.txt", "b.txt"}
    writer.add([from_text("Saltcombe harbour cranes: 14 idle, the Saltcombe authority said.", id="c.txt")])
    assert "c.txt" in [c.id for c in reader.candidates(draft)]  # committed by another connection
    reader.remove(["a.txt"])
    assert "a.txt" not in [c.id for c in reader.candidates(draft)]  # written through this one
    fresh = Index(tmp_path / "ix")
    assert reader.candidates(draft) == fresh.candidates(draft)
    for index in (reader, writer, fresh):
        index.close()


NUMBER_WORDS = ["troops", "border", "17", "2,400", "three", "percent", "1.5", "million", "March", "rose", "to", "from"]


@given(st.lists(st.lists(st.sampled_from(NUMBER_WORDS), min_size=1, max_size=8), min_size=1, max_size=5))
@settings(max_examples=100, deadline=None)
def test_stored_values_load_back_equal_to_the_values_computed(sentences: list[list[str]]) -> None:
    from factcheck.checks._numeric import scanned
    from factcheck.index import dump_values, load_values

    texts = {"a": [" ".join(words) + "." for words in sentences]}
    memo: dict[str, dict[object, object]] = {"a": {}}
    facts = sentence_facts(texts, {})
    facts.memo = memo  # type: ignore[assignment]
    want = align.index(facts)
    scanned(facts)
    data = dump_values(memo["a"])  # type: ignore[arg-type]
    assert data is not None
    loaded = load_values(data)
    assert set(loaded) == {"align.weights", "numeric.sentences"}  # (not "align.keyed": made from the weights)
    assert loaded == {k: v for k, v in memo["a"].items() if k in loaded}
    # a run reading the loaded values makes the same alignment index
    again = sentence_facts(texts, {})
    again.memo = {"a": loaded}
    assert align.index(again) == want


def test_stored_values_never_call_anything_but_factcheck_classes() -> None:
    import pickle
    import zlib

    from factcheck.index import load_values

    class Boom:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (print, ("called",))

    with pytest.raises(pickle.UnpicklingError):
        load_values(zlib.compress(pickle.dumps({"align.weights": Boom()})))


def test_an_index_stores_its_documents_values_and_a_draft_check_loads_them(tmp_path: Path) -> None:
    import sqlite3

    from factcheck import index as index_module

    path = tmp_path / "ix"
    ruleset = load_rules(None)
    docs = [from_text(p.read_text(encoding="utf-8"), id=p.name, published="2025-03-12") for p in SEEDS.glob("*.txt")]
    with Index(path) as index:
        index.add(docs, declarations=ruleset.declarations)
        assert index.store_values(ruleset.rules, ruleset.declarations) == len(index) == len(docs)
        assert index.store_values(ruleset.rules, ruleset.declarations) == 0  # nothing left to do
        facts = facts_against_index([_draft(0)], index, declarations=ruleset.declarations)
        # the stores start with the values stored at index time ...
        # (beside them, what rewrite detection has made since: the weights keyed for the run)
        made = {
            k for s in facts.memo.values() for k in s if index_module._value_name(k) not in index_module.STORED_VALUES
        }
        assert made <= {"align.keyed"}
        stored = {d: {k: v for k, v in store.items() if k not in made} for d, store in facts.memo.items()}
        assert all(stored.values())
        got = run_rules(ruleset.rules, facts)
    # ... equal to those a check computes afresh (the same index, its stored values deleted)
    conn = sqlite3.connect(path / "index.sqlite3")
    with conn:
        conn.execute("DELETE FROM derived")
    conn.close()
    with Index(path) as fresh:
        facts = facts_against_index([_draft(0)], fresh, declarations=ruleset.declarations)
        want = run_rules(ruleset.rules, facts)
        for d, values in stored.items():
            assert values == {k: v for k, v in facts.memo[d].items() if k in values}
            assert set(values) == {
                k for k in facts.memo[d] if index_module._value_name(k) in index_module.STORED_VALUES
            }
    assert [_key(f) for f in got.findings] == [_key(f) for f in want.findings] and got.findings
    assert [_key(f) for f in got.passed] == [_key(f) for f in want.passed]
    # values of another version are never loaded
    with Index(path) as index:
        index.store_values(ruleset.rules, ruleset.declarations)
    conn = sqlite3.connect(path / "index.sqlite3")
    with conn:
        conn.execute("UPDATE derived SET version = 'other'")
    conn.close()
    with Index(path) as index:
        assert not any(index._stored_values(doc) for doc in index.documents(index.ids()))
        assert index.store_values(ruleset.rules, ruleset.declarations) == len(index)  # replaced


def test_indexing_from_the_command_line_stores_the_values(tmp_path: Path) -> None:
    import sqlite3

    from factcheck.index import index_paths, values_version

    seeds = sorted(SEEDS.glob("*.txt"))[:2]
    update, report, _facts = index_paths(tmp_path / "ix", seeds, check=False)
    assert len(update.added) == 2 and report is None
    conn = sqlite3.connect(tmp_path / "ix" / "index.sqlite3")
    assert conn.execute("SELECT count(*) FROM derived WHERE version = ?", (values_version(),)).fetchone()[0] == 2
    conn.close()


SOURCE_SENTENCES = [
    "Ontario became the first province to offer the shots, officials said on Tuesday.",
    "The programme cost £38.5m and reached 78.4% of residents in March.",
    "About twenty clinics opened, up from 12 in 2024.",
    "It was the only region to have met the target for the first time.",
]


@given(st.lists(st.sampled_from(SOURCE_SENTENCES), min_size=1, max_size=4), st.sampled_from(SOURCE_SENTENCES))
@settings(max_examples=50, deadline=None)
def test_unsupported_claim_source_values_are_per_document_and_equal_their_definition(
    source: list[str], claim: str
) -> None:
    from factcheck.checks import unsupported_claim as uc
    from factcheck.checks._numeric import scan
    from factcheck.extract.sentences import reading_text

    facts = sentence_facts({"src": source, "draft": [claim]})
    store: dict[object, object] = {}
    facts.memo["src"] = store  # (an open index's store for its document)
    text = reading_text(facts.documents["src"])
    # the definitions (what the run-wide caches computed from the source's whole text)
    values = [(key, n.value * factor) for n in scan(text) if not n.year for key, factor in [uc._reading(text, n)]]
    assert uc._source_numbers(facts, ["src"]) == uc._numbers_in(text)
    assert uc._source_values(facts, ["src"]) == values
    assert uc._source_months(facts, ["src"]) == set(uc._MONTH.findall(text))
    record = uc.new_record(facts, claim, ["src"])
    known = set(uc._document_records(facts.documents["src"], facts.extractions["src"]))
    assert record == next(
        (phrase for marker, phrase in uc._records(claim) if not uc._vouched(marker, phrase, known, claim)), None
    )
    new = uc.new_numbers(facts, claim, ["src"], words=True)
    # (the source's records are read only for a claim that makes one)
    read = {"unsupported.numbers", "unsupported.values"} | ({"unsupported.records"} if uc._records(claim) else set())
    assert read <= set(store)
    # a later run with the same store reads them from it, never from the source's text again
    again = sentence_facts({"src": source, "draft": [claim]})
    again.memo["src"] = store
    with mock.patch.object(uc, "reading_text", side_effect=AssertionError("recomputed")):
        assert uc.new_record(again, claim, ["src"]) == record
        assert uc._source_values(again, ["src"]) == values
    assert uc.new_numbers(again, claim, ["src"], words=True) == new
