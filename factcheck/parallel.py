"""Extract many documents: from the extraction cache where possible, the rest in-process or in a process pool.

:func:`extract_many` is what :func:`factcheck.engine.build_facts` calls. With ``jobs > 1`` and enough documents to
extract (at least :data:`MIN_PER_JOB` per worker), a process pool does the extraction: each worker imports the
extractors once (the pool starts from a ``forkserver`` that preloads them, where the platform has one) and warms
them up on a short text; documents go out in chunks and Extractions come back, in the order given. The checks run in
the main process over the whole FactBase (cross-document checks need everything).

Results are identical whatever ``jobs`` is: extraction is a pure function of the document, the needs and the
declarations. A document whose extraction raises yields the exception in place of its Extraction; one that kills
its worker process (out of memory, a crash in a C extension) yields :class:`WorkerDied`, and the rest go on.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from factcheck.cache import ExtractionCache, declarations_key, open_cache
from factcheck.models import Document, Extraction

log = logging.getLogger("factcheck")

MIN_PER_JOB = 8  # fewer documents than this per worker: extract in-process (starting a pool costs ~0.3–1 s)
CHUNK = 16  # most documents per task sent to a worker
START_FAILURES = 3  # workers in a row dying as they start: extract in this process instead
_PRELOAD = [
    "factcheck.parallel",
    "factcheck.extract",
    "factcheck.extract.sentences",
    "factcheck.extract.dates",
    "factcheck.extract.quantities",
    "factcheck.extract.entities",
    "factcheck.extract.assertions",
]
_WARM_TEXT = "On Tuesday, 4 March 2025, about 1,200 troops from Ukraine retook 86% of the 30 km² area, officials said."

Result = Extraction | BaseException


def cpu_count() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def extract_many(
    documents: Sequence[Document],
    needs: Iterable[str],
    declarations: object = None,
    *,
    cache: ExtractionCache | str | os.PathLike[str] | bool | None = None,
    jobs: int | None = 1,
) -> Iterator[tuple[Document, Result]]:
    """Each document with its Extraction (or the exception extracting it raised), in the order given.

    ``cache``: see :func:`factcheck.cache.open_cache`. ``jobs``: worker processes (None or 0: every core).
    """
    from factcheck.extract import extract

    needs = frozenset(needs)
    store = open_cache(cache)
    results: list[Result | None] = [None] * len(documents)
    keys: list[bytes] = []
    if store is not None:
        decl = declarations_key(declarations)
        keys = [store.key(doc, needs, decl) for doc in documents]
        try:
            cached = store.get_many(keys)
        except Exception as exc:  # a broken cache must not stop the run
            log.warning("extraction cache %s unreadable (%s); running without it", store.path, exc)
            store, cached = None, {}
        for i, doc in enumerate(documents):
            hit = cached.get(keys[i])
            if hit is not None:
                results[i] = hit if hit.document == doc.id else hit.model_copy(update={"document": doc.id})
    todo = [i for i, r in enumerate(results) if r is None]
    first: dict[bytes, int] = {}
    if store is not None:  # the same content twice (a copy under another name) is extracted once
        todo = [i for i in todo if first.setdefault(keys[i], i) == i]
    workers = jobs if jobs else cpu_count()
    workers = min(workers, len(todo) // MIN_PER_JOB)
    if workers > 1:
        fresh = _extract_pool([documents[i] for i in todo], needs, declarations, workers)
    else:
        fresh = (_extract_one(extract, documents[i], needs, declarations) for i in todo)
    pending: list[tuple[bytes, Extraction]] = []
    for i, got in zip(todo, fresh, strict=True):
        results[i] = got
        if store is not None and isinstance(got, Extraction):
            pending.append((keys[i], got))
            if len(pending) >= 256:
                _store(store, pending)
                pending = []
    if store is not None:
        _store(store, pending)
    for i, doc in enumerate(documents):
        result = results[i]
        if result is None:  # a copy of content extracted above under another id
            result = results[first[keys[i]]]
            assert result is not None
            if isinstance(result, Extraction):
                result = result.model_copy(update={"document": doc.id})
        yield doc, result


def _store(store: ExtractionCache, items: list[tuple[bytes, Extraction]]) -> None:
    if not items:
        return
    try:
        store.put_many(items)
    except Exception as exc:
        log.warning("could not write the extraction cache %s (%s)", store.path, exc)


def _extract_one(extract: Any, doc: Document, needs: frozenset[str], declarations: object) -> Result:
    try:
        result: Extraction = extract(doc, needs, declarations)
        return result
    except Exception as exc:  # one broken document must not stop the others
        log.debug("extraction failed for %s", doc.id, exc_info=True)
        return exc


class WorkerDied(RuntimeError):
    """The process extracting a document died (killed, out of memory, or a crash in a C extension)."""


def _extract_pool(
    docs: list[Document], needs: frozenset[str], declarations: object, workers: int, extractor: Any = None
) -> Iterator[Result]:
    """Extract ``docs`` in ``workers`` processes; results in the order given.

    Each worker is its own single-process pool with one chunk in flight, so a worker that dies is known by the chunk
    it held: that chunk is retried one document per process, and a document that kills its process alone is yielded
    as :class:`WorkerDied` while the others go on. A new worker first answers a ping, so one that dies as it starts
    blames no document; if workers keep dying as they start, the rest is extracted in this process. ``extractor``
    (tests): the extract function workers import.
    """
    ctx = _context()
    size = max(1, min(CHUNK, len(docs) // (workers * 4)))
    queue = deque(list(range(i, min(i + size, len(docs)))) for i in range(0, len(docs), size))
    window = workers * size * 8  # most results held out of order while an earlier chunk is still running
    slots: list[ProcessPoolExecutor | None] = [None] * workers
    running: dict[Future[list[Result]], tuple[int, list[int]]] = {}
    done: dict[int, Result] = {}
    following = 0  # the next index to yield
    stillborn = 0  # workers in a row that died as they started
    log.info("extracting %d documents in %d processes", len(docs), workers)
    try:
        while (queue or running) and stillborn < START_FAILURES:
            busy = {slot for slot, _ in running.values()}
            idle = [s for s in range(workers) if s not in busy]
            pings = {s: _start(ctx, needs, declarations, extractor) for s in idle[: len(queue)] if slots[s] is None}
            for slot, (new, ping) in pings.items():
                try:
                    ping.result()
                    slots[slot], stillborn = new, 0
                except BrokenProcessPool:
                    new.shutdown(wait=False)
                    stillborn += 1
            for slot in idle:
                pool = slots[slot]
                if pool is None or not queue or queue[0][0] - following >= window:
                    continue
                chunk = queue.popleft()
                running[pool.submit(_extract_chunk, [docs[i] for i in chunk])] = (slot, chunk)
            if not running:
                continue
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                slot, chunk = running.pop(future)
                try:
                    done.update(zip(chunk, future.result(), strict=True))
                except BrokenProcessPool:
                    dead, slots[slot] = slots[slot], None
                    if dead is not None:
                        dead.shutdown(wait=False)
                    if len(chunk) > 1:  # which one? retry them one per process
                        queue.extendleft([i] for i in reversed(chunk))
                    else:
                        log.warning("the process extracting %s died", docs[chunk[0]].id)
                        done[chunk[0]] = WorkerDied("the extraction process died while reading this document")
            while following in done:
                yield done.pop(following)
                following += 1
    finally:
        for left in slots:
            if left is not None:
                left.shutdown(wait=True, cancel_futures=True)
    if following < len(docs):
        log.warning("extraction processes die as they start; extracting the remaining documents in this process")
        extract = _import_extractor(extractor)
        for i in range(following, len(docs)):
            yield done.pop(i) if i in done else _extract_one(extract, docs[i], needs, declarations)


def _start(
    ctx: multiprocessing.context.BaseContext, needs: frozenset[str], declarations: object, extractor: Any
) -> tuple[ProcessPoolExecutor, Future[bool]]:
    """A new single-process pool and the future of its first answer (the worker started and warmed up)."""
    initargs = (needs, declarations, extractor)
    pool = ProcessPoolExecutor(1, mp_context=ctx, initializer=_init_worker, initargs=initargs)
    return pool, pool.submit(_ready)


def _ready() -> bool:
    return True


def _context() -> multiprocessing.context.BaseContext:
    """``forkserver`` preloading the extractors where the platform has it, else ``spawn``."""
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload(_PRELOAD)
    return ctx


_WORKER: dict[str, Any] = {}


def _init_worker(needs: frozenset[str], declarations: object, extractor: Any = None) -> None:
    """Import the extractors once per worker and warm them up (lazy tables, quantulum3's models)."""
    extract = _import_extractor(extractor)
    _WORKER.update(extract=extract, needs=needs, declarations=declarations)
    _extract_one(extract, Document(id="warm-up", text=_WARM_TEXT), needs, declarations)


def _import_extractor(extractor: Any) -> Any:
    from factcheck.extract import extract

    return extractor or extract


def _extract_chunk(docs: list[Document]) -> list[Result]:
    out: list[Result] = []
    for doc in docs:
        result = _extract_one(_WORKER["extract"], doc, _WORKER["needs"], _WORKER["declarations"])
        if isinstance(result, BaseException):
            result = _picklable(result)
        out.append(result)
    return out


def _picklable(exc: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")


__all__ = ["WorkerDied", "cpu_count", "extract_many"]
