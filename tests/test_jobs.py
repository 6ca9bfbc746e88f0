"""``jobs``: extraction in a process pool gives the same extractions and the same report as in-process."""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

import pytest

import factcheck.parallel
from factcheck.engine import build_facts, run
from factcheck.extract import ALL
from factcheck.models import Document

# the extractors that exist on this branch (the rest land on main one by one)
NEEDS = frozenset(n for n in ALL if n == "sentences" or importlib.util.find_spec(f"factcheck.extract.{n}"))


@pytest.fixture
def pooled(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Use the pool even for a handful of documents; the log tells whether it ran."""
    monkeypatch.setattr(factcheck.parallel, "MIN_PER_JOB", 1)
    caplog.set_level(logging.INFO, logger="factcheck")
    return caplog


def test_seed_extractions_are_identical_with_two_jobs(
    seed_docs: dict[str, Document], pooled: pytest.LogCaptureFixture
) -> None:
    docs = list(seed_docs.values())
    one = build_facts(docs, needs=NEEDS, jobs=1)
    assert "processes" not in pooled.text
    two = build_facts(docs, needs=NEEDS, jobs=2)
    assert "extracting 5 documents in 2 processes" in pooled.text
    assert list(two.extractions) == list(one.extractions)
    assert two.extractions == one.extractions
    assert two.documents == one.documents


def test_seed_reports_are_identical_with_two_jobs(seeds_dir: Path, pooled: pytest.LogCaptureFixture) -> None:
    one, _ = run([str(seeds_dir)], jobs=1)
    two, _ = run([str(seeds_dir)], jobs=2)
    assert two.model_dump(mode="json") == one.model_dump(mode="json")


def test_jobs_with_a_cache(seed_docs: dict[str, Document], pooled: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    docs = list(seed_docs.values())
    reference = build_facts(docs, needs=NEEDS).extractions
    db = tmp_path / "c.sqlite3"
    assert build_facts(docs, needs=NEEDS, jobs=2, cache=db).extractions == reference
    pooled.clear()
    assert build_facts(docs, needs=NEEDS, jobs=2, cache=db).extractions == reference
    assert "processes" not in pooled.text  # everything was a hit: no pool


def test_few_documents_stay_in_process(seed_docs: dict[str, Document], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="factcheck")
    build_facts(list(seed_docs.values()), needs=("sentences",), jobs=2)
    assert "processes" not in caplog.text


class _Exploding:
    """Declarations whose name lookup raises (entity extraction calls ``canonical``)."""

    def canonical(self, name: str) -> str:
        raise ValueError(f"cannot resolve {name}")


def test_a_failing_document_becomes_a_picklable_error(seed_docs: dict[str, Document]) -> None:
    if "entities" not in NEEDS:
        pytest.skip("entity extractor not on this branch")
    factcheck.parallel._init_worker(frozenset({"sentences", "entities"}), _Exploding())
    (result,) = factcheck.parallel._extract_chunk([seed_docs["001"]])
    assert isinstance(result, ValueError) and "cannot resolve" in str(result)


def test_unpicklable_errors_are_replaced() -> None:
    class Local(Exception):
        pass

    got = factcheck.parallel._picklable(Local("boom"))
    assert type(got) is RuntimeError and str(got) == "Local: boom"


def test_a_document_that_kills_its_worker_fails_alone(caplog: pytest.LogCaptureFixture) -> None:
    from dying_extractor import extract as dying

    from factcheck.parallel import WorkerDied, _extract_pool

    texts = [f"Document {i} says 1{i} people came on 4 March 2025." for i in range(40)]
    texts[5] = texts[17] = "This one will DIE."
    docs = [Document(id=f"d{i:02}", text=t) for i, t in enumerate(texts)]
    expected = [build_facts([d], needs=("sentences", "quantities")).extractions[d.id] for d in docs]
    got = list(_extract_pool(docs, frozenset({"sentences", "quantities"}), None, 2, extractor=dying))
    assert len(got) == len(docs)
    for i, result in enumerate(got):
        if i in (5, 17):
            assert isinstance(result, WorkerDied)
        else:
            assert result == expected[i]
    assert "the process extracting d05 died" in caplog.text


def test_a_dead_worker_is_a_document_error_in_the_report(
    tmp_path: Path, pooled: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dying_extractor import extract as dying

    real = factcheck.parallel._extract_pool
    monkeypatch.setattr(factcheck.parallel, "_extract_pool", lambda *args: real(*args, extractor=dying))
    for i in range(12):
        (tmp_path / f"a{i:02}.txt").write_text(f"About {i + 10} people came. Of them, 50% stayed.\n", encoding="utf-8")
    (tmp_path / "a03.txt").write_text("This one will DIE.\n", encoding="utf-8")
    report, _ = run([str(tmp_path)], jobs=2, cache=False)
    assert "extracting 12 documents in 2 processes" in pooled.text
    assert [(e.source, e.message) for e in report.errors] == [
        (
            str(tmp_path / "a03.txt"),
            "extraction failed: WorkerDied: the extraction process died while reading this document",
        )
    ]
    assert sorted(d.id for d in report.documents) == [str(tmp_path / f"a{i:02}.txt") for i in range(12) if i != 3]


def test_workers_that_cannot_start_leave_the_work_to_this_process(caplog: pytest.LogCaptureFixture) -> None:
    from dying_extractor import DiesOnArrival

    from factcheck.parallel import START_FAILURES, _extract_pool

    docs = [Document(id=f"d{i:02}", text=f"Document {i} says 1{i} people came.") for i in range(30)]
    expected = [build_facts([d], needs=("sentences", "quantities")).extractions[d.id] for d in docs]
    got = list(_extract_pool(docs, frozenset({"sentences", "quantities"}), None, 2, extractor=DiesOnArrival()))
    assert got == expected
    assert "extraction processes die as they start" in caplog.text
    assert caplog.text.count("died") <= START_FAILURES  # no process started per document
