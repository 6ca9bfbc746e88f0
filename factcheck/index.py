"""A corpus index: check one draft against a newsroom archive by loading only the articles it could disagree with.

``factcheck check ARCHIVE --index DIR`` builds (or updates) the index; ``factcheck check draft.txt --against-index
DIR`` extracts the draft, looks up the archived articles sharing its rare keys, loads only those (at most
``--max-candidates``, default :data:`MAX_CANDIDATES`) and runs the rules with them as *context documents*.

Storage: one SQLite file, ``DIR/index.sqlite3``, that is also an :class:`~factcheck.cache.ExtractionCache` (its
``extractions`` table, its WAL journal, busy timeout, ``BEGIN IMMEDIATE`` batches, compression, extractor versioning
and in-memory layer are reused as they are). Beside it the index keeps:

- ``docs``: per document its id, title, published date, source, format, body start, the SHA-256 of its text, the
  extraction key (:func:`factcheck.cache.document_key`: content + extraction inputs + extractor version), its text
  (zlib; evidence quotes are sliced from it) and the ids of its keys.
- ``terms`` (key → id, document frequency) and ``postings`` (key id, document): the keys cross-document checks meet
  on. ``e:<entity canonical name>``; ``q:<counted noun or unit>`` and ``q:<…>:<magnitude>`` (the power of ten of the
  value: "300 flights" and "500 flights" share ``q:flight:2``); ``w:<lemma>`` for every content-word lemma of every
  sentence (numbers as written), the keys sentence alignment (rewrite detection) scores on.
- ``derived`` (document, :func:`values_version`, data): the per-document values the checks compute for a context
  document (:data:`STORED_VALUES`: alignment term weights, scanned numbers, stances, ...), computed at index time
  (:meth:`Index.store_values`, run by ``--index``) so that a draft's first check against a candidate loads them
  (pickled plain data, loaded by an unpickler that admits only plain types and factcheck's own classes). Values of
  another version (another extractor, an edited check, another Python) are ignored and recomputed; an index built
  before they existed has none (a draft check computes them, as before; re-indexing stores them).

Updating re-extracts only documents whose extraction key changed (new, edited, or indexed by another extractor
version or rule-set entities); a document missing from the paths given is removed only with ``--prune``. An
extraction already in the file under the same content (a moved file) is reused.

Candidates: a key is *rare* when at most ``max(MIN_RARE_DF, RARE_SHARE × documents)`` documents hold it; each
indexed document scores Σ weight(kind) × log(1 + N/df) over the rare keys it shares with the draft (entities and
quantities weigh more than words), best first, ties by id; the draft's own id is never a candidate. Keys too common
to be rare find no candidates, so a lookup reads at most (draft keys × rare df) postings whatever the archive's size.

Context documents, not sources: the candidates go to :func:`factcheck.engine.build_facts` as ``context``: compared by
every cross-document check, never checked themselves (``FactBase.against``), and *not* the draft's explicit rewrite
sources (``FactBase.sources``). Explicit sources (``--against``) make every rewrite check treat the draft as written
from them (an unrelated archived article would make every sentence of the draft an "unsupported claim"). With context
only, sentence alignment (:func:`factcheck.align.detect_rewrites`) decides, as in a run over the draft and the same
articles: a candidate becomes a source only when most of the draft's sentences restate it. Explicit ``--against``
sources given beside ``--against-index`` stay explicit.

Concurrency: any number of readers (a pre-publish hook per editor) and one writer at a time; readers never block
(WAL) and see either the old or the new version of a document (each batch is one transaction).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import hashlib
import heapq
import importlib
import io
import logging
import math
import os
import pickle
import sqlite3
import sys
import threading
import time
import zlib
from array import array
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.cache import COMPRESSION_LEVEL, ExtractionCache, declarations_key, extractor_version
from factcheck.errors import FactcheckError
from factcheck.models import Document, DocumentInfo, Extraction, Finding, Report, ReportError

if TYPE_CHECKING:
    from factcheck.facts import FactBase
    from factcheck.rules.loader import LoadedRules

log = logging.getLogger("factcheck.index")

FILE_NAME = "index.sqlite3"
MAX_CANDIDATES = 50
"""Default cap on the archived articles a draft is compared with."""
MIN_RARE_DF = 20
RARE_SHARE = 0.02
"""A key held by more than max(MIN_RARE_DF, RARE_SHARE × documents) documents is too common to find candidates."""
WEIGHTS = {"e": 2.0, "q": 1.5, "w": 1.0}
"""Weight of a shared key by kind: entity, quantity, word."""
BATCH = 128
"""Documents written per transaction."""
MEMORY = 2_000
"""Extractions (and texts) kept in memory by an open index: a warm draft check reloads nothing."""
DERIVED_MEMORY = 500
"""Documents whose per-document values (:meth:`Index.derived`) an open index keeps: ≈ 205 kB each for the synthetic
archive's articles (≈ 170 kB, plus ≈ 35 kB of alignment keys: docs/benchmarks-index.md), beside their extractions."""
LOOKUP_MEMORY = 200_000
"""Keys (and rare keys' postings) an open index keeps in memory for candidate lookups before it starts afresh."""
ALL_NEEDS = frozenset({"sentences", "quantities", "dates", "entities", "assertions"})
STORED_VALUES = frozenset(
    {
        "align.weights",
        "align.named",
        "numeric.sentences",
        "weekday-date.dated",
        "duration-dates.starts",
        "cross-document-number.counts",
        "stances",
    }
)
"""The per-document values (:meth:`FactBase.per_document` keys, or a tuple key's first item) an index stores at
index time, so that a draft's first check against a candidate loads them instead of computing them: those made of
plain data that cost more to compute than to load (docs/benchmarks-index.md)."""
PRIME_BATCH = 64
"""Documents whose per-document values one index-time run computes."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    key BLOB NOT NULL,
    sha TEXT NOT NULL,
    title TEXT,
    published TEXT,
    source TEXT,
    format TEXT NOT NULL,
    body_start INTEGER NOT NULL,
    text BLOB NOT NULL,
    terms BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS terms (tid INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE, df INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS postings (tid INTEGER NOT NULL, num INTEGER NOT NULL, PRIMARY KEY (tid, num)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS index_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS derived (num INTEGER PRIMARY KEY, version TEXT NOT NULL, data BLOB NOT NULL);
"""

VALUES_FORMAT = 1
"""Version of the stored values' layout (:func:`dump_values`): bump it when that changes."""
# sources whose edits may change a stored per-document value: the checks that build them, and what they read
_VALUE_SOURCES = ("checks", "align.py", "facts.py", "intervals.py", "models.py", "rules")


@functools.cache
def values_version() -> str:
    """The version stored per-document values are valid for: :data:`VALUES_FORMAT`,
    :func:`~factcheck.cache.extractor_version` (they are made from the extraction), a hash of the sources that build
    them and the Python version (pickle). Values of any other version are never loaded (computed as if absent, and
    replaced the next time the index is built)."""
    package = Path(__file__).resolve().parent
    h = hashlib.sha256(f"{VALUES_FORMAT};{extractor_version()};{sys.version_info[:2]};".encode())
    for name in _VALUE_SOURCES:
        root = package / name
        files = sorted(root.rglob("*.py")) if root.is_dir() else [root]
        for f in files:
            if f.is_file() and "__pycache__" not in f.parts:
                h.update(f.relative_to(package).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:24]


_PLAIN = {
    ("builtins", "set"),
    ("builtins", "frozenset"),
    ("builtins", "list"),
    ("builtins", "dict"),
    ("builtins", "tuple"),
    ("collections", "Counter"),
    ("datetime", "date"),
    ("datetime", "datetime"),
    ("datetime", "timedelta"),
}


class _ValueUnpickler(pickle.Unpickler):
    """Loads stored values made of plain data and factcheck's own classes only (an index file written by someone
    else cannot make it call anything else)."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _PLAIN:
            return super().find_class(module, name)
        if module.startswith("factcheck.") and "." not in name:
            found = getattr(importlib.import_module(module), name, None)
            if isinstance(found, type) and found.__module__ == module and _plain_data(found):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in stored values")


def _plain_data(cls: type) -> bool:
    """A class whose instances are data (a dataclass, pydantic model, named tuple or enum): making one runs no code
    of consequence, unlike a class whose constructor opens files or connections."""
    from pydantic import BaseModel

    return dataclasses.is_dataclass(cls) or issubclass(cls, (BaseModel, tuple, enum.Enum))


def dump_values(store: dict[Hashable, Any]) -> bytes | None:
    """The :data:`STORED_VALUES` of one document's store, pickled and compressed (None when it holds none)."""
    kept = {k: v for k, v in store.items() if _value_name(k) in STORED_VALUES}
    if not kept:
        return None
    return zlib.compress(pickle.dumps(kept, protocol=5), COMPRESSION_LEVEL)


def _value_name(key: Hashable) -> str | None:
    if isinstance(key, str):
        return key
    if isinstance(key, tuple) and key and isinstance(key[0], str):
        return key[0]
    return None


def load_values(data: bytes) -> dict[Hashable, Any]:
    """:func:`dump_values`'s store back (:class:`pickle.UnpicklingError` for anything but plain data)."""
    got = _ValueUnpickler(io.BytesIO(zlib.decompress(data))).load()
    if not isinstance(got, dict):
        raise pickle.UnpicklingError("stored values are not a dict")
    return got


@dataclass(frozen=True)
class Candidate:
    """An indexed document that shares rare keys with a draft: its id, score and the shared keys."""

    id: str
    score: float
    shared: tuple[str, ...]


@dataclass
class IndexUpdate:
    """What :meth:`Index.add` did."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    extracted: int = 0
    failed: list[ReportError] = field(default_factory=list)
    seconds: float = 0.0
    total: int = 0

    def summary(self, path: str | os.PathLike[str]) -> str:
        """One line for stderr."""
        failed = f", {len(self.failed)} failed" if self.failed else ""
        return (
            f"index {os.fspath(path)}: {self.total} documents ({len(self.added)} added, {len(self.updated)} updated, "
            f"{self.unchanged} unchanged, {len(self.removed)} removed{failed}); "
            f"{self.extracted} extracted in {self.seconds:.1f} s"
        )


def document_keys(extraction: Extraction) -> set[str]:
    """The keys an extraction is indexed (and looked up) under: entities, quantities, sentence lemmas."""
    from factcheck.align import sentence_lemmas

    keys = {f"e:{e.canonical.casefold()}" for e in extraction.entities}
    for q in extraction.quantities:
        thing = q.counted or q.unit or (q.currency and f"currency {q.currency}")
        if not thing:
            continue
        keys.add(f"q:{thing}")
        if q.value:
            keys.add(f"q:{thing}:{math.floor(math.log10(abs(q.value)))}")
    for s in extraction.sentences:
        keys.update(f"w:{lemma.casefold()}" for lemma in sentence_lemmas(s.text))  # (= content_lemmas(tokenize(…)))
    return keys


def _text_sha(doc: Document) -> str:
    return hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest()


class Index:
    """A corpus index in directory ``path`` (created if missing; see the module docstring).

    Thread-safe (one SQLite connection under a lock, as :class:`~factcheck.cache.ExtractionCache`); every process
    opens its own. ``memory``: extractions and texts kept validated in memory between lookups; ``derived_memory``:
    documents whose per-document values are kept (:meth:`derived`).
    """

    def __init__(
        self, path: str | os.PathLike[str], *, memory: int = MEMORY, derived_memory: int = DERIVED_MEMORY
    ) -> None:
        self.path = Path(path)
        if self.path.exists() and not self.path.is_dir():
            raise FactcheckError(f"index {self.path} is not a directory")
        try:
            self.store = ExtractionCache(self.path / FILE_NAME, memory=memory)
            with self.store._write():
                for stmt in filter(None, (s.strip() for s in _SCHEMA.split(";"))):
                    self.store._conn.execute(stmt)
        except (OSError, sqlite3.Error) as exc:
            raise FactcheckError(f"cannot open index {self.path}: {exc}") from exc
        self.memory = memory
        self.derived_memory = derived_memory
        self._docs: dict[str, Document] = {}
        self._derived: dict[str, tuple[Document, Extraction, dict[Hashable, Any]]] = {}
        self._derived_lock = threading.Lock()
        # what candidates() read, kept until the index changes
        self._version: int | None = None
        self._total: int | None = None
        self._terms: dict[str, tuple[int, int] | None] = {}
        self._postings: dict[int, tuple[int, ...]] = {}
        self._names: dict[int, str] = {}

    # --- metadata -----------------------------------------------------------------------------------------------

    def _meta(self) -> dict[str, str]:
        with self.store._lock:
            return dict(self.store._conn.execute("SELECT name, value FROM index_meta").fetchall())

    @property
    def needs(self) -> frozenset[str]:
        """The extractors the index's extractions ran (set by the last :meth:`add`)."""
        value = self._meta().get("needs")
        return frozenset(value.split(",")) if value else ALL_NEEDS

    @property
    def declarations_key(self) -> str:
        """:func:`~factcheck.cache.declarations_key` of the declarations the index was built with."""
        return self._meta().get("declarations", "")

    def __len__(self) -> int:
        with self.store._lock:
            return int(self.store._conn.execute("SELECT count(*) FROM docs").fetchone()[0])

    def ids(self) -> list[str]:
        with self.store._lock:
            return [r[0] for r in self.store._conn.execute("SELECT id FROM docs ORDER BY id")]

    # --- building -----------------------------------------------------------------------------------------------

    def add(
        self,
        documents: Iterable[Document],
        needs: Iterable[str] = ALL_NEEDS,
        declarations: Any = None,
        *,
        prune: bool = False,
        jobs: int | None = 1,
    ) -> IndexUpdate:
        """Index ``documents``: extract the new and changed ones, re-key them; with ``prune`` drop the others.

        ``needs`` should cover every rule set the index will serve (default: every extractor); ``declarations``
        are the rule set's (entity aliases change extraction, so other declarations re-extract every document).
        """
        from factcheck.parallel import extract_many

        start = time.perf_counter()
        needs = frozenset(needs) | {"sentences"}
        decl = declarations_key(declarations)
        out = IndexUpdate()
        with self.store._lock:
            known = {r[0]: bytes(r[1]) for r in self.store._conn.execute("SELECT id, key FROM docs")}
        given: dict[str, Document] = {}
        for doc in documents:
            given.setdefault(doc.id, doc)
        todo: list[Document] = []
        keys: dict[str, bytes] = {}
        for doc in given.values():
            keys[doc.id] = key = self.store.key(doc, needs, decl)
            if known.get(doc.id) == key:
                out.unchanged += 1
            else:
                todo.append(doc)
        misses = self.store.misses
        with self.store._write():
            self.store._conn.executemany(
                "INSERT OR REPLACE INTO index_meta (name, value) VALUES (?, ?)",
                [("needs", ",".join(sorted(needs))), ("declarations", decl)],
            )
        rows: list[tuple[Document, bytes, Extraction]] = []
        for doc, result in extract_many(todo, needs, declarations, cache=self.store, jobs=jobs):
            if isinstance(result, BaseException):
                out.failed.append(ReportError(source=doc.id, message=f"extraction failed: {type(result).__name__}"))
                continue
            (out.updated if doc.id in known else out.added).append(doc.id)
            rows.append((doc, keys[doc.id], result))
            if len(rows) >= BATCH:
                self._write_docs(rows)
                rows = []
        self._write_docs(rows)
        out.extracted = self.store.misses - misses
        if prune:
            gone = sorted(set(known) - set(given))
            self.remove(gone)
            out.removed = gone
        out.total = len(self)
        out.seconds = time.perf_counter() - start
        return out

    def _write_docs(self, rows: Sequence[tuple[Document, bytes, Extraction]]) -> None:
        if not rows:
            return
        with self.store._write():
            self._forget_lookups()
            conn = self.store._conn
            for doc, key, extraction in rows:
                self._delete(conn, doc.id)
                self._docs.pop(doc.id, None)
                self._derived.pop(doc.id, None)
                tids = array("q")
                for term in sorted(document_keys(extraction)):
                    row = conn.execute(
                        "INSERT INTO terms (term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1 "
                        "RETURNING tid",
                        (term,),
                    ).fetchone()
                    tids.append(int(row[0]))
                cur = conn.execute(
                    "INSERT INTO docs (id, key, sha, title, published, source, format, body_start, text, terms) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        doc.id,
                        key,
                        _text_sha(doc),
                        doc.title,
                        doc.published.isoformat() if doc.published else None,
                        doc.source,
                        doc.format,
                        doc.body_start,
                        zlib.compress(doc.text.encode("utf-8", "surrogatepass"), COMPRESSION_LEVEL),
                        tids.tobytes(),
                    ),
                )
                num = cur.lastrowid
                conn.executemany("INSERT INTO postings (tid, num) VALUES (?, ?)", [(t, num) for t in tids])

    def remove(self, ids: Iterable[str]) -> None:
        """Drop documents (and their postings) from the index."""
        ids = list(ids)
        for i in range(0, len(ids), BATCH):
            with self.store._write():
                self._forget_lookups()
                for doc_id in ids[i : i + BATCH]:
                    self._delete(self.store._conn, doc_id)
                    self._docs.pop(doc_id, None)
                    self._derived.pop(doc_id, None)

    @staticmethod
    def _delete(conn: sqlite3.Connection, doc_id: str) -> None:
        row = conn.execute("SELECT num, terms FROM docs WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return
        num, tids = row[0], array("q", bytes(row[1]))
        conn.executemany("DELETE FROM postings WHERE tid = ? AND num = ?", [(t, num) for t in tids])
        conn.executemany("UPDATE terms SET df = df - 1 WHERE tid = ?", [(t,) for t in tids])
        conn.execute("DELETE FROM docs WHERE num = ?", (num,))
        conn.execute("DELETE FROM derived WHERE num = ?", (num,))

    # --- looking up ---------------------------------------------------------------------------------------------

    def candidates(self, extraction: Extraction, limit: int = MAX_CANDIDATES) -> list[Candidate]:
        """The indexed documents sharing the most rare keys with ``extraction`` (best first, at most ``limit``).

        The keys' document frequencies, the rare keys' postings and the documents' ids read are kept in memory until
        the index changes (a write through this Index, or a commit by another connection: ``PRAGMA data_version``),
        so successive drafts sharing keys read them once."""
        if limit <= 0:
            return []
        keys = sorted(document_keys(extraction))
        with self.store._lock:
            conn = self.store._conn
            self._fresh(conn)
            if self._total is None:
                self._total = int(conn.execute("SELECT count(*) FROM docs").fetchone()[0])
            total = self._total
            max_df = max(MIN_RARE_DF, int(RARE_SHARE * total))
            known = self._terms
            for chunk in _chunks([k for k in keys if k not in known], 500):
                marks = ",".join("?" * len(chunk))
                found = {
                    term: (int(tid), int(df))
                    for tid, term, df in conn.execute(f"SELECT tid, term, df FROM terms WHERE term IN ({marks})", chunk)
                }
                known.update((k, found.get(k)) for k in chunk)
            terms: dict[int, tuple[str, float]] = {}
            for k in keys:
                got = known[k]
                if got is not None and 0 < got[1] <= max_df:
                    terms[got[0]] = (k, WEIGHTS[k[0]] * math.log(1 + total / got[1]))
            rare = sorted(terms)
            postings = self._postings
            for chunk in _chunks([t for t in rare if t not in postings], 500):
                marks = ",".join("?" * len(chunk))
                read: dict[int, list[int]] = {int(t): [] for t in chunk}
                for tid, num in conn.execute(
                    f"SELECT tid, num FROM postings WHERE tid IN ({marks}) ORDER BY tid, num", chunk
                ):
                    read[int(tid)].append(int(num))
                postings.update((t, tuple(nums)) for t, nums in read.items())
            # each document's score sums its shared keys' weights in key id order
            scores: dict[int, float] = {}
            for tid in rare:
                weight = terms[tid][1]
                for num in postings[tid]:
                    scores[num] = scores.get(num, 0) + weight
            names = self._names
            for chunk in _chunks(sorted(n for n in scores if n not in names), 500):
                marks = ",".join("?" * len(chunk))
                names.update(conn.execute(f"SELECT num, id FROM docs WHERE num IN ({marks})", chunk).fetchall())
        # the best limit + 1 (the draft itself may be among them): sorted(...)[: limit + 1], without sorting them all
        ranked = heapq.nsmallest(
            limit + 1,
            ((-round(score, 6), names[num], num) for num, score in scores.items() if num in names),
            key=lambda r: (r[0], r[1]),
        )
        chosen = [(neg, doc_id, num) for neg, doc_id, num in ranked if doc_id != extraction.document][:limit]
        # the rare keys each chosen document holds, read from the postings once
        shared: dict[int, list[str]] = {num: [] for _neg, _id, num in chosen}
        among = set(shared)
        for tid in rare:
            for num in among.intersection(postings[tid]):
                shared[num].append(terms[tid][0])
        return [Candidate(doc_id, -neg, tuple(sorted(shared[num]))) for neg, doc_id, num in chosen]

    def _fresh(self, conn: sqlite3.Connection) -> None:
        """Forget what :meth:`candidates` keeps in memory when another connection changed the file."""
        version = int(conn.execute("PRAGMA data_version").fetchone()[0])
        if version != self._version or len(self._terms) > LOOKUP_MEMORY or len(self._postings) > LOOKUP_MEMORY:
            self._forget_lookups()
            self._version = version

    def _forget_lookups(self) -> None:
        self._total = None
        self._terms.clear()
        self._postings.clear()
        self._names.clear()

    def documents(self, ids: Iterable[str]) -> list[Document]:
        """The indexed documents ``ids`` (unknown ids are left out), in the order given."""
        wanted = list(dict.fromkeys(ids))
        missing = [i for i in wanted if i not in self._docs]
        with self.store._lock:
            for chunk in _chunks(missing, 500):
                marks = ",".join("?" * len(chunk))
                for row in self.store._conn.execute(
                    f"SELECT id, title, published, source, format, body_start, text FROM docs WHERE id IN ({marks})",
                    chunk,
                ):
                    doc_id, title, published, source, fmt, body_start, text = row
                    self._docs[doc_id] = Document(
                        id=doc_id,
                        text=zlib.decompress(text).decode("utf-8", "surrogatepass"),
                        title=title,
                        published=dt.date.fromisoformat(published) if published else None,
                        source=source,
                        format=fmt,
                        body_start=body_start,
                    )
                    while len(self._docs) > self.memory:
                        del self._docs[next(iter(self._docs))]
        return [self._docs[i] for i in wanted if i in self._docs]

    def load(
        self, ids: Iterable[str], needs: Iterable[str] | None = None, declarations: Any = None
    ) -> list[tuple[Document, Extraction]]:
        """The documents ``ids`` with their extractions (for ``needs``/``declarations``, default the index's).

        Stored extractions are served from memory or the file; one missing (the extractor changed since the index
        was built, or other needs or declarations are asked for) is extracted from the stored text and stored.
        """
        from factcheck.parallel import extract_many

        docs = self.documents(ids)
        wanted = self.needs if needs is None else frozenset(needs)
        out: list[tuple[Document, Extraction]] = []
        for doc, result in extract_many(docs, wanted, declarations, cache=self.store, jobs=1):
            if isinstance(result, BaseException):
                log.warning("indexed document %s could not be extracted: %s", doc.id, result)
                continue
            out.append((doc, result))
        return out

    def derived(self, doc: Document, extraction: Extraction, *, stored: bool = False) -> dict[Hashable, Any]:
        """The store of an indexed document's per-document values (:meth:`FactBase.per_document`), kept while the
        document is among the last ``derived_memory`` used: a warm check computes them for its candidates once. A new
        Document or Extraction object for the id (the text or the extractor changed) starts a new store: with
        ``stored`` (``extraction`` is the one stored for the document's text, as :meth:`load` gives it for the
        index's needs and declarations), filled with the values stored at index time (:meth:`store_values`), if
        they are of the current :func:`values_version`; otherwise empty."""
        with self._derived_lock:
            entry = self._derived.pop(doc.id, None)
            if entry is None or entry[0] is not doc or entry[1] is not extraction:
                entry = (doc, extraction, self._stored_values(doc) if stored else {})
            self._derived[doc.id] = entry
            while len(self._derived) > self.derived_memory:
                del self._derived[next(iter(self._derived))]
            return entry[2]

    def _stored_values(self, doc: Document) -> dict[Hashable, Any]:
        with self.store._lock:
            row = self.store._conn.execute(
                "SELECT v.data FROM docs d JOIN derived v ON v.num = d.num "
                "WHERE d.id = ? AND d.sha = ? AND v.version = ?",
                (doc.id, _text_sha(doc), values_version()),
            ).fetchone()
        if row is None:
            return {}
        try:
            return load_values(bytes(row[0]))
        except Exception as exc:  # a damaged or foreign row: the values are computed instead
            log.warning("stored values of %s in index %s not loaded: %s", doc.id, self.path, exc)
            return {}

    def store_values(self, rules: Any = None, declarations: Any = None, *, needs: Iterable[str] | None = None) -> int:
        """Compute and store the per-document values (:data:`STORED_VALUES`) ``rules`` (a list of rules, default the
        built-in rule set's) make for every indexed document that lacks values of the current
        :func:`values_version`: each batch of :data:`PRIME_BATCH` documents is run as the context documents of an
        empty draft, which makes the checks compute them as for any draft. Returns the documents stored."""
        from factcheck.engine import build_facts, fewer_collections, requirements, run_rules
        from factcheck.models import Document as Doc
        from factcheck.rules.loader import load_rules

        if rules is None:
            ruleset = load_rules(None)
            rules, declarations = ruleset.rules, ruleset.declarations
        if declarations_key(declarations) != self.declarations_key:
            return 0  # (the stored extractions are not the ones these declarations make)
        wanted = self.needs | requirements(rules) if needs is None else frozenset(needs)
        if not wanted <= self.needs:
            return 0
        version = values_version()
        with self.store._lock:
            keys = {
                r[0]: bytes(r[1])
                for r in self.store._conn.execute(
                    "SELECT d.id, d.key FROM docs d LEFT JOIN derived v ON v.num = d.num "
                    "WHERE v.version IS NULL OR v.version != ? ORDER BY d.id",
                    (version,),
                )
            }
        todo = list(keys)
        empty = Doc(id="\0values", text="")
        done = 0
        for batch in _chunks(todo, PRIME_BATCH):
            got = self.load(batch, self.needs, declarations)
            memo: dict[str, dict[Hashable, Any]] = {d.id: {} for d, _ex in got}
            with fewer_collections():
                facts = build_facts(
                    [empty],
                    (),
                    self.needs,
                    declarations,
                    context=[d for d, _ex in got],
                    extracted={d.id: ex for d, ex in got},
                    memo=memo,
                )
                run_rules(rules, facts)
            rows = []
            for doc, _ex in got:
                data = dump_values(memo[doc.id])
                if data is not None:
                    rows.append((version, data, doc.id, _text_sha(doc), keys[doc.id]))
            with self.store._write():  # (for the document as read: not if another writer changed it meanwhile)
                self.store._conn.executemany(
                    "INSERT OR REPLACE INTO derived (num, version, data) "
                    "SELECT num, ?, ? FROM docs WHERE id = ? AND sha = ? AND key = ?",
                    rows,
                )
            done += len(rows)
        return done

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


_OPEN: dict[tuple[int, str], Index] = {}


def open_index(index: Index | str | os.PathLike[str], *, create: bool = True) -> Index:
    """The index ``index`` names (an instance, or a directory: one open Index per process and directory).

    With ``create=False`` a directory that holds no index is an :class:`~factcheck.errors.InputError` (checking a
    draft against an index that was never built would silently compare it with nothing).
    """
    if isinstance(index, Index):
        return index
    if not create and not (Path(index) / FILE_NAME).is_file():
        from factcheck.errors import InputError

        raise InputError(f"no factcheck index here (no {FILE_NAME}); build one with --index DIR", os.fspath(index))
    key = (os.getpid(), str(Path(index).resolve()))
    if key not in _OPEN:
        _OPEN[key] = Index(index)
    return _OPEN[key]


def facts_against_index(
    documents: Sequence[Document],
    index: Index | str | os.PathLike[str],
    against: Sequence[Document] = (),
    needs: Iterable[str] = ALL_NEEDS,
    declarations: Any = None,
    errors: list[ReportError] | None = None,
    *,
    limit: int = MAX_CANDIDATES,
    cache: Any = None,
    jobs: int | None = 1,
) -> FactBase:
    """The FactBase of ``documents`` (the drafts) with their candidates from ``index`` as context documents.

    The drafts are extracted with the index's needs when they cover ``needs`` (every document of the run then has
    the same fields, as in a run over all of them), through ``cache`` (the caller's extraction cache, never the
    index: drafts are not archived). Each draft brings at most ``limit`` candidates.
    """
    from factcheck.engine import build_facts
    from factcheck.parallel import extract_many

    idx = open_index(index, create=False)
    needs = frozenset(needs)
    stored = idx.needs
    as_stored = needs <= stored and declarations_key(declarations) == idx.declarations_key
    if as_stored:
        needs = stored
    else:
        log.info("index %s was built for other extractors or entities: its candidates are re-extracted", idx.path)
    extracted: dict[str, Extraction] = {}
    drafts: list[Document] = []
    for doc, result in extract_many(list(documents), needs, declarations, cache=cache, jobs=jobs):
        if isinstance(result, BaseException):
            if errors is None:
                raise result
            errors.append(ReportError(source=doc.id, message=f"extraction failed: {type(result).__name__}: {result}"))
            continue
        extracted[doc.id] = result
        drafts.append(doc)
    skip = {d.id for d in [*documents, *against]}
    wanted: dict[str, None] = {}
    for doc in drafts:
        found = [c.id for c in idx.candidates(extracted[doc.id], limit + len(skip)) if c.id not in skip]
        wanted.update(dict.fromkeys(found[:limit]))
    context: list[Document] = []
    for doc, extraction in idx.load(wanted, needs, declarations):
        context.append(doc)
        extracted[doc.id] = extraction
    log.info("against index %s: %d context documents", idx.path, len(context))
    memo = {doc.id: idx.derived(doc, extracted[doc.id], stored=as_stored) for doc in context}
    return build_facts(
        drafts,
        against,
        needs,
        declarations,
        errors,
        cache=cache,
        jobs=jobs,
        context=context,
        extracted=extracted,
        memo=memo,
    )


@dataclass
class CheckedDocument:
    """One document checked by :func:`iter_each_against_index`: its verdicts not reported before, and its errors."""

    id: str
    """The document's id, or the path that could not be read."""
    info: DocumentInfo | None
    """None when the document could not be read or extracted (see ``errors``)."""
    findings: list[Finding] = field(default_factory=list)
    passed: list[Finding] = field(default_factory=list)
    errors: list[ReportError] = field(default_factory=list)
    documents: dict[str, Document] = field(default_factory=dict)
    """The documents the findings quote (the document and its candidates), for renderers that show context."""


def check_each_against_index(
    paths: Iterable[str | os.PathLike[str]],
    index: Index | str | os.PathLike[str],
    rules: Any = None,
    *,
    defaults: bool = True,
    limit: int = MAX_CANDIDATES,
    strict: bool = False,
) -> tuple[Report, dict[str, Document]]:
    """``factcheck check ARCHIVE --against-index DIR --each``: check every document on its own against the index.

    Collects :func:`iter_each_against_index` into one report (sorted and settled as a run's): its working memory is
    one document and its candidates, plus the report itself, which grows with the archive (``--format jsonl``
    streams instead). Returns the report and the documents its findings quote (for the renderers). Unlike a run over
    the whole archive, each document meets only its candidates, so what a full run finds between two articles that
    share no rare key is not looked for.
    """
    from factcheck.engine import settle
    from factcheck.rules.loader import load_rules

    ruleset = load_rules(rules, defaults=defaults)
    infos: dict[str, DocumentInfo] = {}
    findings: list[Finding] = []
    passed: list[Finding] = []
    errors: list[ReportError] = list(ruleset.errors)
    quoted: dict[str, Document] = {}
    for checked in iter_each_against_index(paths, index, ruleset, limit=limit, strict=strict):
        if checked.info is not None:
            infos[checked.id] = checked.info
        findings.extend(checked.findings)
        passed.extend(checked.passed)
        errors.extend(checked.errors)
        quoted.update(checked.documents)
    report = Report(
        documents=[infos[i] for i in sorted(infos)], findings=settle(findings), passed=settle(passed), errors=errors
    )
    return report, quoted


def iter_each_against_index(
    paths: Iterable[str | os.PathLike[str]],
    index: Index | str | os.PathLike[str],
    rules: Any = None,
    *,
    defaults: bool = True,
    limit: int = MAX_CANDIDATES,
    strict: bool = False,
) -> Iterator[CheckedDocument]:
    """Check the documents under ``paths`` one at a time against at most ``limit`` candidates from ``index`` each.

    Yields a :class:`CheckedDocument` per document (or per path that could not be read), as soon as it is checked;
    the working memory is one document and its candidates whatever the archive's size (the index's in-memory layers
    are bounded). Extractions come from the index when it holds the document unchanged. A verdict seen from several
    of its documents is yielded once: the run remembers a 16-byte digest per verdict that involves a document not yet
    checked, and the ids checked (a document read twice is checked once). A document whose check fails (unless
    ``strict``) yields its error and the run goes on. Rule-file errors are not yielded: they are
    ``load_rules(rules).errors`` (pass loaded rules to read them).
    """
    from factcheck.rules.loader import load_rules

    ruleset = load_rules(rules, defaults=defaults)
    # an index of its own with small in-memory layers (the shared one keeps thousands of documents for drafts)
    given = open_index(index, create=False)
    keep = max(50, 4 * limit)
    idx = given if isinstance(index, Index) else Index(given.path, memory=keep, derived_memory=keep)
    try:
        yield from _check_each(paths, idx, ruleset, limit=limit, strict=strict)
    finally:
        if idx is not given:
            idx.close()


def _check_each(
    paths: Iterable[str | os.PathLike[str]], idx: Index, ruleset: LoadedRules, *, limit: int, strict: bool
) -> Iterator[CheckedDocument]:
    from factcheck.engine import requirements, run_rules
    from factcheck.errors import InputError
    from factcheck.ingest import read_paths

    needs = requirements(ruleset.rules)
    done: set[str] = set()
    seen: set[bytes] = set()
    for item in (got for path in paths for got in read_paths([path])):
        if isinstance(item, InputError):
            source = item.source or "input"
            yield CheckedDocument(id=source, info=None, errors=[ReportError(source=source, message=item.message)])
            continue
        if item.id in done:
            continue
        done.add(item.id)
        checked = CheckedDocument(id=item.id, info=None)
        try:
            facts = facts_against_index(
                [item], idx, (), needs, ruleset.declarations, checked.errors, limit=limit, cache=idx.store
            )
            report = run_rules(ruleset.rules, facts, strict=strict)
        except Exception as exc:
            if strict:
                raise
            log.exception("checking %s failed", item.id)
            checked.errors.append(ReportError(source=item.id, message=f"check failed: {type(exc).__name__}: {exc}"))
            yield checked
            continue
        checked.errors.extend(report.errors)
        if item.id in facts.documents:
            checked.info = DocumentInfo(id=item.id, title=item.title, published=item.published, source=item.source)
        for held, found, kept in ((False, report.findings, checked.findings), (True, report.passed, checked.passed)):
            local: set[str] = set()
            for f in found:
                key = repr((held, f.rule, *((e.document, e.start, e.end) for e in f.evidence)))
                if key in local:
                    continue
                local.add(key)
                involved = {e.document for e in f.evidence} | set(f.documents)
                if len(involved) > 1:  # seen again only from another of its documents
                    digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).digest()
                    if digest in seen:
                        continue
                    if item.id not in involved or not involved <= done:
                        seen.add(digest)
                kept.append(f)
                if not held:
                    for e in f.evidence:
                        if e.document not in checked.documents and e.document in facts.documents:
                            checked.documents[e.document] = facts.documents[e.document]
        yield checked


def index_paths(
    index: Index | str | os.PathLike[str],
    paths: Iterable[str | os.PathLike[str]],
    rules: Any = None,
    against: Iterable[str | os.PathLike[str]] | None = None,
    *,
    defaults: bool = True,
    prune: bool = False,
    check: bool = True,
    jobs: int | None = 1,
    strict: bool = False,
) -> tuple[IndexUpdate, Report | None, FactBase | None]:
    """``factcheck check PATH… --index DIR``: index the documents, then (``check``) check them as usual.

    The checks reuse the extractions just stored in the index (its needs cover the rules'), so nothing is extracted
    twice. Documents that cannot be read and rule-file errors are the report's errors (and the update's ``failed``).
    """
    from factcheck.engine import build_facts, load_documents, requirements, run_rules
    from factcheck.rules.loader import load_rules

    idx = open_index(index)
    ruleset = load_rules(rules, defaults=defaults)
    errors: list[ReportError] = list(ruleset.errors)
    docs, doc_errors = load_documents(paths)
    sources, source_errors = load_documents(against)
    errors.extend(doc_errors + source_errors)
    needs = ALL_NEEDS | requirements(ruleset.rules)
    update = idx.add(docs, needs, ruleset.declarations, prune=prune, jobs=jobs)
    update.failed = doc_errors + update.failed
    idx.store_values(ruleset.rules, ruleset.declarations)
    if not check:
        return update, None, None
    facts = build_facts(docs, sources, needs, ruleset.declarations, errors, cache=idx.store, jobs=jobs)
    report = run_rules(ruleset.rules, facts, strict=strict)
    report.errors = errors + report.errors
    return update, report, facts


__all__ = [
    "MAX_CANDIDATES",
    "Candidate",
    "CheckedDocument",
    "Index",
    "IndexUpdate",
    "check_each_against_index",
    "document_keys",
    "facts_against_index",
    "index_paths",
    "iter_each_against_index",
    "open_index",
]
