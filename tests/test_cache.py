"""The extraction cache: hits and misses, what invalidates an entry, concurrent writers, a killed writer, the CLI."""

from __future__ import annotations

import datetime as dt
import importlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck.cache import ExtractionCache, declarations_key, document_key, open_cache
from factcheck.engine import build_facts
from factcheck.ingest import from_text
from factcheck.models import Document, Extraction, Sentence, Span
from factcheck.rules.declarations import Declarations

EXTRACT = importlib.import_module("factcheck.extract")  # the package (``factcheck.extract`` reads as the function)
ROOT = Path(__file__).resolve().parent.parent
NEEDS = ("sentences", "dates")

TEXTS = [
    "The council met on Tuesday. It approved a budget of 12 million euros for the new bridge.",
    "Flooding closed the valley road for three days last week. Crews reopened it on 4 May.",
    "The museum drew 40,000 visitors in March. Its director, Ana Ruiz, called it a record.",
]


@pytest.fixture
def docs() -> list[Document]:
    return [from_text(t, id=f"doc{i}.txt", published="2025-05-08") for i, t in enumerate(TEXTS)]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "cache" / "x.sqlite3"
    yield path
    store = open_cache(path)
    if store is not None:
        store.close()


def extractions(docs: list[Document], cache: Any, **kw: Any) -> dict[str, Extraction]:
    return build_facts(docs, needs=NEEDS, cache=cache, **kw).extractions


def test_second_run_is_served_from_the_cache(docs: list[Document], calls: list[str], db: Path) -> None:
    first = extractions(docs, db)
    assert sorted(calls) == ["doc0.txt", "doc1.txt", "doc2.txt"]
    calls.clear()
    second = extractions(docs, db)
    assert calls == []
    assert second == first
    assert first == extractions(docs, None)  # the cache changes nothing in the result
    store = open_cache(db)
    assert store is not None and len(store) == 3 and store.hits >= 3


def test_a_moved_document_is_a_hit_under_its_new_id(docs: list[Document], calls: list[str], db: Path) -> None:
    extractions(docs, db)
    calls.clear()
    moved = [d.model_copy(update={"id": "archive/" + d.id, "source": "elsewhere"}) for d in docs]
    got = extractions(moved, db)
    assert calls == []
    assert sorted(got) == sorted(d.id for d in moved)
    assert all(e.document == k for k, e in got.items())


def test_an_edited_document_alone_is_extracted_again(docs: list[Document], calls: list[str], db: Path) -> None:
    extractions(docs, db)
    calls.clear()
    edited = [*docs]
    edited[1] = from_text(TEXTS[1].replace("three days", "four days"), id="doc1.txt", published="2025-05-08")
    got = extractions(edited, db)
    assert calls == ["doc1.txt"]
    assert got["doc1.txt"] == extractions([edited[1]], None)["doc1.txt"]


def test_publication_date_and_needs_are_part_of_the_key(docs: list[Document], calls: list[str], db: Path) -> None:
    extractions(docs, db)
    calls.clear()
    later = [d.model_copy(update={"published": dt.date(2025, 6, 1)}) for d in docs[:1]]
    extractions(later, db)
    assert calls == ["doc0.txt"]  # "on Tuesday" resolves against another date
    calls.clear()
    build_facts(docs[:1], needs=("sentences",), cache=db)
    assert calls == ["doc0.txt"]


def test_entities_invalidate_but_measures_do_not(docs: list[Document]) -> None:
    base = Declarations.model_validate({"entities": {"Ana Ruiz": {"aliases": ["Ruiz"]}}})
    measure = Declarations.model_validate(
        {"entities": {"Ana Ruiz": {"aliases": ["Ruiz"]}}, "measures": {"visitors": {"counted": ["visitor"]}}}
    )
    alias = Declarations.model_validate({"entities": {"Ana Ruiz": {"aliases": ["Ruiz", "A. Ruiz"]}}})
    assert declarations_key(base) == declarations_key(measure)
    assert declarations_key(base) != declarations_key(alias)
    assert declarations_key(None) != declarations_key(base)
    key = document_key(docs[0], NEEDS, declarations_key(base), "1:x")
    assert key == document_key(docs[0], list(reversed(NEEDS)), declarations_key(measure), "1:x")
    assert key != document_key(docs[0], NEEDS, declarations_key(alias), "1:x")
    assert key != document_key(docs[0], NEEDS, declarations_key(base), "2:x")


def test_a_version_bump_misses_and_prunes_old_entries(
    docs: list[Document], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = ExtractionCache(db)
    old.put_many((d.id.encode(), _tiny(d)) for d in docs)
    assert old.get(b"doc0.txt") is not None
    old.close()
    monkeypatch.setattr(EXTRACT, "EXTRACTOR_VERSION", EXTRACT.EXTRACTOR_VERSION + 1)
    new = ExtractionCache(db)
    assert new.version != old.version
    assert new.get(b"doc0.txt") is None
    new.put(b"doc9.txt", _tiny(docs[0]))
    assert len(new) == 1  # the first write under a new version deleted the old entries
    new.close()


def test_an_unreadable_entry_is_a_miss(docs: list[Document], calls: list[str], db: Path) -> None:
    extractions(docs, db)
    store = open_cache(db)
    assert store is not None
    store.close()  # a fresh process: nothing in memory
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE extractions SET data = ?", (b"not zlib",))
    calls.clear()
    assert extractions(docs, db) == extractions(docs, None)
    assert len(calls) == 6  # three re-extracted through the cache, three without it


def test_memory_serves_a_repeated_check_without_sqlite(docs: list[Document], db: Path) -> None:
    first = extractions(docs, db)
    store = open_cache(db)
    assert store is not None
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM extractions")
    again = extractions(docs, db)
    assert all(again[k] is first[k] for k in first)  # the same objects, from memory
    small = ExtractionCache(db, memory=1)
    small.put_many((d.id.encode(), _tiny(d)) for d in docs)
    assert len(small._memo) == 1 and small.get(b"doc0.txt") == _tiny(docs[0])  # read back from the file
    small.close()


def test_an_unusable_cache_path_is_skipped(
    docs: list[Document], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    got = extractions(docs, blocker / "cache.sqlite3")  # its folder is a file
    assert sorted(got) == ["doc0.txt", "doc1.txt", "doc2.txt"]
    assert "running without it" in caplog.text


def test_copies_of_one_text_are_extracted_once(docs: list[Document], calls: list[str], db: Path) -> None:
    twins = [docs[0], docs[0].model_copy(update={"id": "copy.txt"})]
    got = extractions(twins, db)
    assert calls == ["doc0.txt"]
    assert got["copy.txt"].document == "copy.txt"
    assert got["copy.txt"].sentences == got["doc0.txt"].sentences


def _tiny(doc: Document) -> Extraction:
    return Extraction(document=doc.id, sentences=[Sentence(index=0, span=Span(start=0, end=3, text=doc.text[:3]))])


# --- several processes -------------------------------------------------------------------------------------------

WRITER = textwrap.dedent(
    """
    import sys, time
    from factcheck.cache import ExtractionCache
    from factcheck.models import Extraction, Sentence, Span

    path, tag, batches, stall = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    cache = ExtractionCache(path)
    state = {"batch": 0, "told": False}

    def progress():  # runs inside SQLite statements: from batch ``stall`` on, say so and stall mid-transaction
        if state["batch"] >= stall and not state["told"]:
            state["told"] = True
            print("inside", flush=True)
            time.sleep(60)
        return 0

    if stall >= 0:
        cache._conn.execute("PRAGMA cache_size = 5")  # spill uncommitted pages to the WAL before the commit
        cache._conn.set_progress_handler(progress, 50)
    text = "word " * 400
    for b in range(batches):
        state["batch"] = b
        rows = []
        for i in range(200):
            doc = f"{tag}-{b}-{i}"
            sentences = [Sentence(index=k, span=Span(start=0, end=len(text), text=text + doc)) for k in range(5)]
            rows.append((doc.encode(), Extraction(document=doc, sentences=sentences)))
        cache.put_many(rows)
        print(b, flush=True)
    """
)


def _writer(db: Path, tag: str, batches: int, stall: int = -1) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), tag, str(batches), str(stall)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_two_processes_write_at_once(db: Path) -> None:
    db.parent.mkdir(parents=True)
    procs = [_writer(db, tag, 5) for tag in ("a", "b")]
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, out + err
    store = ExtractionCache(db)
    assert len(store) == 2 * 5 * 200
    got = store.get_many(f"{t}-{b}-{i}".encode() for t in "ab" for b in range(5) for i in range(0, 200, 37))
    assert len(got) == 2 * 5 * 6 and all(e.sentences[0].span.text.endswith(e.document) for e in got.values())
    store.close()


def test_a_writer_killed_mid_batch_leaves_the_committed_entries(db: Path) -> None:
    db.parent.mkdir(parents=True)
    proc = _writer(db, "k", 10, stall=3)  # commits batches 0-2, then stalls inside batch 3's transaction
    assert proc.stdout is not None
    lines = [proc.stdout.readline().strip() for _ in range(4)]
    assert lines == ["0", "1", "2", "inside"]
    assert Path(str(db) + "-wal").stat().st_size > 0
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    store = ExtractionCache(db)
    assert len(store) == 600  # the three committed batches, nothing of the fourth
    keys = [f"k-{b}-{i}".encode() for b in range(3) for i in range(200)]
    assert len(store.get_many(keys)) == 600
    store.put(b"after", _tiny(Document(id="after", text="after the kill")))
    assert store.get(b"after") is not None
    store.close()


# --- the command line ----------------------------------------------------------------------------------------


@pytest.fixture
def article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    path = tmp_path / "a.txt"
    path.write_text("Published: 2025-05-08\n\n" + TEXTS[0] + "\n", encoding="utf-8")
    return path


def _cli(*args: str) -> int:
    from factcheck.cli import main

    return main(["check", *args, "-q"])


def test_cli_caches_in_the_user_cache_dir_by_default(article: Path, tmp_path: Path) -> None:
    assert _cli(str(article)) in (0, 1)
    default = tmp_path / "xdg" / "factcheck" / "extractions.sqlite3"
    assert default.exists()
    store = open_cache(default)
    assert store is not None and len(store) == 1
    store.close()


def test_cli_no_cache_writes_nothing(article: Path, tmp_path: Path) -> None:
    assert _cli(str(article), "--no-cache") in (0, 1)
    assert not (tmp_path / "xdg").exists()


def test_cli_cache_path(article: Path, tmp_path: Path) -> None:
    path = tmp_path / "elsewhere.sqlite3"
    assert _cli(str(article), "--cache", str(path)) in (0, 1)
    assert path.exists() and not (tmp_path / "xdg").exists()
    store = open_cache(path)
    assert store is not None and len(store) == 1
    store.close()
