"""A persistent extraction cache: SQLite, keyed by what extraction depends on, shared by concurrent runs.

Re-checking an archive after a rules change re-extracts nothing, and after an edit re-extracts only the edited
documents. One entry per (document content, extraction inputs, extractor version):

- the **content**: SHA-256 of the document's text and of the metadata extraction reads (``published``, the
  relative-date anchor; ``format``, ``body_start`` and ``title``). The document id and ``source`` are not part of
  the key, so a moved or renamed file is still a hit (the id in the cached value is replaced by the caller's).
- the **inputs**: the ``needs`` set and a hash of the declarations the extractors read (only the rule set's
  ``entities``: see :data:`factcheck.extract.DECLARATIONS_USED`), so a rules change that adds a measure or a rule
  is still a hit, while a new entity alias re-extracts.
- the **version**: :data:`factcheck.extract.EXTRACTOR_VERSION`. Bump it on any change to an extractor or a table it
  reads. As a safety net the version also hashes the sources of ``factcheck/extract``, ``factcheck/tables``,
  models.py, intervals.py, units.py, rules/declarations.py and the versions of quantulum3, pint, lemminflect and
  pydantic (:func:`extractor_version`). Entries of other versions are never returned and are deleted on the next write.

Values are the :class:`~factcheck.models.Extraction` as JSON, zlib-compressed. A value that no longer validates
(the models changed without a version bump) is a miss.

Where: the library caches nothing unless asked (``cache=`` on :func:`factcheck.engine.check`), so its results
never depend on hidden state. ``factcheck check`` uses :func:`default_path`
(``$XDG_CACHE_HOME/factcheck/extractions.sqlite3``, else ``~/.cache/factcheck/…``; ``%LOCALAPPDATA%`` on Windows):
an editor's pre-publish hook re-checks the same sources again and again. ``--cache PATH`` uses another file,
``--no-cache`` none.

Safety: WAL journal (readers never block the writer), a 30 s busy timeout, writes in ``BEGIN IMMEDIATE``
transactions of a batch each, so two runs writing at once both succeed and a run killed mid-write (SIGKILL) loses
at most its open batch: SQLite's atomic commit leaves every committed entry intact. One connection per process
(:func:`open_cache` shares it; a forked child opens its own). A cache that cannot be opened or written is logged
and skipped: the run goes on without it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sqlite3
import sys
import threading
import time
import zlib
from collections.abc import Callable, Collection, Iterable, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from factcheck.models import Document, Extraction

log = logging.getLogger("factcheck.cache")

FILE_NAME = "extractions.sqlite3"
BUSY_TIMEOUT_MS = 30_000
COMPRESSION_LEVEL = 3  # zlib: level 3 is within a few % of level 9 on extraction JSON, several times faster
BATCH = 256  # entries per write transaction
MEMORY = 20_000  # entries (and document keys) kept in memory per process; the oldest go first

_SCHEMA = """
CREATE TABLE IF NOT EXISTS extractions (
    key BLOB PRIMARY KEY,
    version TEXT NOT NULL,
    data BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def default_path() -> Path:
    """The per-user cache file: ``$XDG_CACHE_HOME/factcheck/extractions.sqlite3`` (``~/.cache`` if unset)."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not base and sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
    root = Path(base) if base else Path.home() / ".cache"
    return root / "factcheck" / FILE_NAME


_PACKAGE = Path(__file__).resolve().parent
# sources whose edits change extraction: hashed into the version so a forgotten bump cannot serve stale entries
_FINGERPRINTED = ("extract", "tables", "models.py", "intervals.py", "units.py", "rules/declarations.py")
_SUFFIXES = {".py", ".yaml", ".yml", ".json", ".txt", ".csv"}
_LIBRARIES = ("quantulum3", "pint", "lemminflect", "pydantic")


def extractor_version() -> str:
    """``EXTRACTOR_VERSION`` plus a short hash of the extractors' sources, tables and library versions."""
    from importlib import metadata

    from factcheck.extract import EXTRACTOR_VERSION

    h = hashlib.sha256()
    for name in _FINGERPRINTED:
        root = _PACKAGE / name
        files = sorted(p for p in root.rglob("*") if p.suffix in _SUFFIXES) if root.is_dir() else [root]
        for f in files:
            if f.is_file() and "__pycache__" not in f.parts:
                h.update(f.relative_to(_PACKAGE).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    for lib in _LIBRARIES:
        with contextlib.suppress(metadata.PackageNotFoundError):
            h.update(f"{lib}={metadata.version(lib)};".encode())
    return f"{EXTRACTOR_VERSION}:{h.hexdigest()[:16]}"


def declarations_key(declarations: object) -> str:
    """A hash of the part of ``declarations`` extraction reads (empty string for none)."""
    if declarations is None:
        return ""
    from factcheck.extract import DECLARATIONS_USED

    dump = getattr(declarations, "model_dump", None)
    data: Any = dump(mode="json") if callable(dump) else declarations
    if isinstance(data, Mapping):
        data = {k: v for k, v in data.items() if k in DECLARATIONS_USED}
    text = json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_key(doc: Document, needs: Collection[str], decl_key: str, version: str) -> bytes:
    """The cache key of ``doc``'s extraction: content, extraction inputs and extractor version (32 bytes)."""
    h = hashlib.sha256()
    meta = [version, sorted(needs), decl_key, str(doc.published), doc.format, doc.body_start, doc.title]
    h.update(json.dumps(meta, ensure_ascii=False).encode("utf-8"))
    h.update(b"\0")
    h.update(doc.text.encode("utf-8", "surrogatepass"))
    return h.digest()


class ExtractionCache:
    """A SQLite file of extractions (see the module docstring). Thread-safe; one per process via :func:`open_cache`.

    The last ``memory`` entries read or written also stay in memory, validated, with the keys of the documents they
    came from, so a long-lived process (a service, an editor plugin) re-checking a draft against the same corpus
    neither hashes nor decodes the corpus again. Extractions served from memory are shared between runs: treat them
    as read-only (checks are pure).
    """

    def __init__(self, path: str | os.PathLike[str], memory: int = MEMORY) -> None:
        self.path = Path(path)
        self.version = extractor_version()
        self.memory = memory
        self.hits = 0
        self.misses = 0
        self._memo: dict[bytes, Extraction] = {}
        self._keys: dict[tuple[Any, ...], bytes] = {}
        self._lock = threading.Lock()
        self._pruned = False
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Switching a new file to WAL takes an exclusive lock that SQLite does not wait for (no busy handler), so
        # two processes opening one new cache at once can see "database is locked": retry, bounded.
        _retry_locked(lambda: self._conn.execute("PRAGMA journal_mode = WAL"))
        self._conn.execute("PRAGMA synchronous = NORMAL")  # in WAL mode: durable against a killed process

        def create() -> None:
            with self._write():
                for stmt in filter(None, (s.strip() for s in _SCHEMA.split(";"))):
                    self._conn.execute(stmt)

        _retry_locked(create)

    # --- reading ----------------------------------------------------------------------------------------------

    def key(self, doc: Document, needs: frozenset[str], decl_key: str) -> bytes:
        """:func:`document_key` of ``doc``, remembered (a str caches its hash: a repeated lookup is O(1))."""
        memo = (needs, decl_key, doc.text, doc.published, doc.format, doc.body_start, doc.title)
        found = self._keys.get(memo)
        if found is None:
            found = self._keys[memo] = document_key(doc, needs, decl_key, self.version)
            _bound(self._keys, self.memory)
        return found

    def get_many(self, keys: Iterable[bytes]) -> dict[bytes, Extraction]:
        """The cached extractions among ``keys`` (missing and unreadable entries are left out)."""
        out: dict[bytes, Extraction] = {}
        wanted: list[bytes] = []
        for key in dict.fromkeys(keys):
            hit = self._memo.get(key)
            if hit is None:
                wanted.append(key)
            else:
                out[key] = hit
        self.hits += len(out)
        rows: list[tuple[bytes, bytes]] = []
        with self._lock:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                marks = ",".join("?" * len(chunk))
                rows += self._conn.execute(
                    f"SELECT key, data FROM extractions WHERE version = ? AND key IN ({marks})",
                    [self.version, *chunk],
                ).fetchall()
        found = 0
        for key, data in rows:
            try:
                out[bytes(key)] = self._remember(bytes(key), Extraction.model_validate_json(zlib.decompress(data)))
                found += 1
            except (zlib.error, ValidationError, ValueError):
                log.debug("unreadable cache entry %s; re-extracting", bytes(key).hex())
        self.hits += found
        self.misses += len(wanted) - found
        return out

    def _remember(self, key: bytes, extraction: Extraction) -> Extraction:
        self._memo[key] = extraction
        _bound(self._memo, self.memory)
        return extraction

    def get(self, key: bytes) -> Extraction | None:
        return self.get_many([key]).get(key)

    # --- writing ----------------------------------------------------------------------------------------------

    def put_many(self, items: Iterable[tuple[bytes, Extraction]]) -> None:
        """Store extractions, :data:`BATCH` per transaction (each batch is all-or-nothing)."""
        batch: list[tuple[bytes, str, bytes]] = []
        for key, extraction in items:
            self._remember(key, extraction)
            data = zlib.compress(extraction.model_dump_json().encode("utf-8"), COMPRESSION_LEVEL)
            batch.append((key, self.version, data))
            if len(batch) >= BATCH:
                self._insert(batch)
                batch = []
        if batch:
            self._insert(batch)

    def put(self, key: bytes, extraction: Extraction) -> None:
        self.put_many([(key, extraction)])

    def _insert(self, rows: list[tuple[bytes, str, bytes]]) -> None:
        with self._write():
            self._conn.executemany("INSERT OR REPLACE INTO extractions (key, version, data) VALUES (?, ?, ?)", rows)
            if not self._pruned:
                self._prune_stale()

    def _prune_stale(self) -> None:
        """Delete entries of other extractor versions once the version recorded in ``meta`` changes."""
        self._pruned = True
        row = self._conn.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
        if row is None or row[0] != self.version:
            self._conn.execute("DELETE FROM extractions WHERE version != ?", (self.version,))
            self._conn.execute("INSERT OR REPLACE INTO meta (name, value) VALUES ('version', ?)", (self.version,))

    def clear(self) -> None:
        """Delete every entry."""
        self._memo.clear()
        with self._write():
            self._conn.execute("DELETE FROM extractions")

    def __len__(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT count(*) FROM extractions").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._conn.close()
        key = (os.getpid(), str(self.path.resolve()))
        if _OPEN.get(key) is self:
            del _OPEN[key]

    def _write(self) -> _Transaction:
        return _Transaction(self)


def _bound(memo: dict[Any, Any], size: int) -> None:
    """Drop the oldest entries of ``memo`` beyond ``size``."""
    while len(memo) > size:
        del memo[next(iter(memo))]


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` under the instance lock (rollback on error)."""

    def __init__(self, cache: ExtractionCache) -> None:
        self.cache = cache

    def __enter__(self) -> None:
        self.cache._lock.acquire()
        try:
            self.cache._conn.execute("BEGIN IMMEDIATE")
        except BaseException:
            self.cache._lock.release()
            raise

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            self.cache._conn.execute("ROLLBACK" if exc_type else "COMMIT")
        finally:
            self.cache._lock.release()


_OPEN: dict[tuple[int, str], ExtractionCache] = {}
_OPEN_LOCK = threading.Lock()


def open_cache(cache: ExtractionCache | str | os.PathLike[str] | bool | None) -> ExtractionCache | None:
    """The cache ``cache`` names: None/False none, True the default path, a path that file, an instance itself.

    Connections are shared per process and path. A cache that cannot be opened is logged (warning) and None.
    """
    if cache is None or cache is False:
        return None
    if isinstance(cache, ExtractionCache):
        return cache
    path = default_path() if cache is True else Path(cache)
    key = (os.getpid(), str(path.resolve()))
    with _OPEN_LOCK:
        if key not in _OPEN:
            try:
                _OPEN[key] = ExtractionCache(path)
            except (OSError, sqlite3.Error) as exc:
                log.warning("extraction cache %s unavailable (%s); running without it", path, exc)
                return None
        return _OPEN[key]


__all__ = ["ExtractionCache", "declarations_key", "default_path", "document_key", "extractor_version", "open_cache"]


def _retry_locked(action: Callable[[], object], budget_s: float = BUSY_TIMEOUT_MS / 1000) -> None:
    """Run ``action``, retrying with growing pauses while SQLite reports the database locked (up to ``budget_s``)."""
    deadline = time.monotonic() + budget_s
    pause = 0.005
    while True:
        try:
            action()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.25)
