"""Latency of checking one ~1,000-word draft against an indexed corpus (1,000 and 10,000 articles), warm and cold,
and the start-up cost of the CLI.

    python bench/draft_latency.py [--archive DIR] [--sizes 1000,10000] [--repeat 20]
    python bench/draft_latency.py --index [--archive DIR] [--sizes 1000,10000] [--repeat 20] [--keep DIR]

"Indexed" means the corpus's extractions are in the extraction cache (primed once by ``factcheck check CORPUS
--cache DB --jobs 0``, not timed), so a draft check extracts only the draft. Each timed check uses a slightly
different draft (one number changed), as an editor's successive saves would, so the draft itself is never a hit.

- warm: the library is loaded and the corpus Documents are in memory (a service or an editor plugin):
  ``factcheck.check([draft], against=corpus, cache=DB)``.
- cold: ``python -m factcheck check draft.txt --against CORPUS --cache DB`` as a subprocess.
- ``--index``: the corpus index instead (:mod:`factcheck.index`). Each size is indexed once
  (``factcheck check CORPUS --index DIR --index-only --jobs 0``, timed, reused from ``--keep DIR`` when there);
  warm: ``Index`` open, library loaded, ``factcheck.check([draft], against_index=index)`` with the time split into
  draft extraction, candidate lookup, loading the candidates, alignment (``build_facts``) and the rules; cold:
  ``python -m factcheck check draft.txt --against-index DIR --no-cache`` as a subprocess.
- start-up: ``factcheck --version`` and ``factcheck check draft.txt --no-cache`` (no corpus), as subprocesses; then
  the heaviest imports of the latter from ``python -X importtime``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
DRAFT_SEED = ROOT / "seeds" / "000_73fcdc58ae80f973.txt"  # 1,024 words


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(name: str, seconds: list[float]) -> str:
    ms = [s * 1000 for s in seconds]
    mean = statistics.mean(ms)
    return f"{name}: p50 {pct(ms, 0.5):.0f} ms, p95 {pct(ms, 0.95):.0f} ms, mean {mean:.0f} ms (n={len(ms)})"


def draft_text(i: int) -> str:
    """The draft, its first number changed by ``i`` (a new text each time)."""
    text = DRAFT_SEED.read_text(encoding="utf-8")
    return "Published: 2025-03-13\n\n" + re.sub(r"\d+", lambda m: str(int(m.group(0)) + i), text, count=1)


def cli(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "factcheck", *args], env=ENV, capture_output=True, check=False)
    return time.perf_counter() - start


def subset(archive: Path, n: int, into: Path) -> Path:
    """A folder holding the first ``n`` articles of ``archive`` (symlinks)."""
    files = sorted(archive.rglob("*.txt"))[:n]
    if len(files) < n:
        raise SystemExit(f"{archive} has {len(files)} articles; {n} wanted (make it with bench/make_archive.py -n {n})")
    out = into / f"corpus{n}"
    out.mkdir()
    for f in files:
        (out / f.name).symlink_to(f.resolve())
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--archive", type=Path, help="an archive from bench/make_archive.py (default: make one)")
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--repeat", type=int, default=20, help="warm checks per size (cold: a quarter of it)")
    parser.add_argument("--index", action="store_true", help="measure --against-index (the corpus index)")
    parser.add_argument("--max-candidates", type=int, default=50)
    parser.add_argument("--keep", type=Path, help="with --index: keep (and reuse) the indexes in this folder")
    parser.add_argument(
        "--forget",
        action="store_true",
        help="with --index: forget the candidates' per-document values before each warm check (as for a draft whose "
        "candidates the open index has not met yet: they are loaded from the index when it stores them, computed "
        "otherwise)",
    )
    parser.add_argument(
        "--freeze",
        action="store_true",
        help="with --index: gc.freeze() after the warm-up check (what a long-lived process may do once the index is "
        "open: its documents are never walked by a full collection again)",
    )
    parser.add_argument("--no-cold", action="store_true", help="skip the cold CLI checks")
    parser.add_argument("--profile", type=Path, help="with --index: cProfile the warm checks into this file")
    parser.add_argument(
        "--cpu-out", type=Path, help="with --index: append each warm check's CPU ms to this file (to pool runs)"
    )
    args = parser.parse_args(argv)
    if args.index:
        return index_main(args)
    sizes = [int(s) for s in args.sizes.split(",")]
    from factcheck.parallel import cpu_count

    work = Path(tempfile.mkdtemp(prefix="factcheck-latency-"))
    try:
        archive = args.archive
        if archive is None:
            sys.path.insert(0, str(ROOT / "bench"))
            from make_archive import main as make

            archive = work / "archive"
            make([str(archive), "-n", str(max(sizes))])
        draft = work / "draft.txt"
        draft.write_text(draft_text(0), encoding="utf-8")
        print(f"draft: {len(draft_text(0).split())} words; nproc {cpu_count()}; {sys.version.split()[0]}")

        print(summary("cold `factcheck --version`", [cli("--version") for _ in range(10)]))
        print(
            summary(
                "cold `factcheck check draft.txt --no-cache`",
                [cli("check", str(draft), "--no-cache", "-q") for _ in range(10)],
            )
        )
        imports = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "factcheck", "check", str(draft), "--no-cache", "-q"],
            env=ENV,
            capture_output=True,
            text=True,
            check=False,
        ).stderr
        rows = [line.split("|") for line in imports.splitlines() if line.startswith("import time:") and "|" in line]
        top = sorted(((int(r[1]), r[2].rstrip()) for r in rows if r[1].strip().isdigit()), reverse=True)[:12]
        print("heaviest imports (cumulative µs): " + "; ".join(f"{name.strip()} {us:,}" for us, name in top))

        import factcheck
        from factcheck.ingest import from_text, read_paths
        from factcheck.models import Document

        for n in sizes:
            corpus = subset(archive, n, work)
            db = work / f"cache{n}.sqlite3"
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "factcheck", "check", str(corpus), "--cache", str(db), "--jobs", "0", "-q"],
                env=ENV,
                check=False,
            )
            print(f"corpus {n}: indexed (extraction cache primed) in {time.perf_counter() - start:.1f} s")
            docs = [d for d in read_paths([str(corpus)]) if isinstance(d, Document)]
            factcheck.check([from_text(draft_text(1), id="draft.txt")], against=docs, cache=db)  # load everything
            warm = []
            for i in range(args.repeat):
                doc = from_text(draft_text(i + 2), id="draft.txt")
                start = time.perf_counter()
                factcheck.check([doc], against=docs, cache=db)
                warm.append(time.perf_counter() - start)
            print(summary(f"  warm check against {n}", warm))
            cold = []
            for i in range(max(3, args.repeat // 4)):
                draft.write_text(draft_text(1000 + i), encoding="utf-8")
                cold.append(cli("check", str(draft), "--against", str(corpus), "--cache", str(db), "-q"))
            print(summary(f"  cold CLI check against {n}", cold))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


INDEX_ONLY = ("--index-only", "--jobs", "0")


def index_main(args: argparse.Namespace) -> int:
    """Draft latency against a corpus index of each size (see the module docstring)."""
    from factcheck.parallel import cpu_count

    sizes = [int(s) for s in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="factcheck-latency-"))
    keep = args.keep or work
    keep.mkdir(parents=True, exist_ok=True)
    try:
        archive = args.archive
        if archive is None:
            sys.path.insert(0, str(ROOT / "bench"))
            from make_archive import main as make

            archive = work / "archive"
            make([str(archive), "-n", str(max(sizes))])
        draft = work / "draft.txt"
        print(f"draft: {len(draft_text(0).split())} words; nproc {cpu_count()}; {sys.version.split()[0]}")
        for n in sizes:
            where = keep / f"index{n}"
            if not where.exists():
                corpus = subset(archive, n, work)
                start = time.perf_counter()
                subprocess.run(
                    [sys.executable, "-m", "factcheck", "check", str(corpus), *("--index", str(where)), *INDEX_ONLY],
                    env=ENV,
                    check=False,
                )
                print(f"index {n}: built in {time.perf_counter() - start:.0f} s")
            size = sum(f.stat().st_size for f in where.iterdir()) / 1e6
            print(f"index {n}: {size:.0f} MB on disk")
            cpu = warm_index(
                where, args.repeat, args.max_candidates, forget=args.forget, freeze=args.freeze, profile=args.profile
            )
            if args.cpu_out:
                with args.cpu_out.open("a", encoding="utf-8") as f:
                    f.writelines(f"{ms * 1000:.2f}\n" for ms in cpu)
            if args.no_cold:
                continue
            cold = []
            for i in range(max(3, args.repeat // 4)):
                draft.write_text(draft_text(1000 + i), encoding="utf-8")
                limit = str(args.max_candidates)
                cold.append(
                    cli(
                        "check",
                        str(draft),
                        "--against-index",
                        str(where),
                        "--max-candidates",
                        limit,
                        "--no-cache",
                        "-q",
                    )
                )
            print(summary(f"  cold CLI check against index {n}", cold))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def warm_index(
    where: Path, repeat: int, limit: int, *, forget: bool = False, freeze: bool = False, profile: Path | None = None
) -> list[float]:
    """Warm checks against an open index, timed phase by phase (the phases of ``engine.run`` with an index, under its
    GC policy: ``fewer_collections``), with the CPU time of each check and of its garbage collections.

    The index keeps its documents' per-document values (``Index.derived``) between checks; ``forget``: not.
    ``freeze``: ``gc.freeze()`` after the warm-up check. ``profile``: cProfile the checks into this file. Returns
    each check's CPU seconds.
    """
    import cProfile
    import gc

    from factcheck.cache import declarations_key
    from factcheck.engine import build_facts, fewer_collections, requirements, run_rules
    from factcheck.index import facts_against_index, open_index
    from factcheck.ingest import from_text
    from factcheck.parallel import extract_many
    from factcheck.rules.loader import load_rules

    index = open_index(where)
    ruleset = load_rules(None)
    needs = index.needs | requirements(ruleset.rules)
    # the candidates' stored per-document values are valid when their stored extractions are the ones checked
    stored = needs <= index.needs and declarations_key(ruleset.declarations) == index.declarations_key
    warm_up = [from_text(draft_text(1), id="draft.txt")]
    with fewer_collections():
        facts = facts_against_index(warm_up, index, needs=needs, declarations=ruleset.declarations, limit=limit)
        run_rules(ruleset.rules, facts)
    del facts
    if freeze:
        gc.freeze()
    collections = [0.0, 0, 0.0]  # CPU seconds in collections, full (generation 2) collections, start of the current

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections[2] = time.process_time()
            return
        collections[0] += time.process_time() - collections[2]
        collections[1] += info["generation"] == 2

    gc.callbacks.append(on_gc)
    profiler = cProfile.Profile() if profile else None
    phases: dict[str, list[float]] = {k: [] for k in ("extract", "candidates", "load", "align", "rules", "total")}
    phases_cpu: dict[str, list[float]] = {k: [] for k in phases if k != "total"}
    loaded, cpu, gc_cpu, full = [], [], [], 0
    for i in range(repeat):
        doc = from_text(draft_text(i + 2), id="draft.txt")
        if forget:
            index._derived.clear()
        gc0, full0 = collections[0], collections[1]
        c0 = time.process_time()
        t0 = time.perf_counter()
        if profiler:
            profiler.enable()
        with fewer_collections():
            [(_, ex)] = list(extract_many([doc], needs, ruleset.declarations))
            assert not isinstance(ex, BaseException)
            t1, c1 = time.perf_counter(), time.process_time()
            ids = [c.id for c in index.candidates(ex, limit)]
            t2, c2 = time.perf_counter(), time.process_time()
            got = index.load(ids, needs, ruleset.declarations)
            t3, c3 = time.perf_counter(), time.process_time()
            facts = build_facts(
                [doc],
                (),
                needs,
                ruleset.declarations,
                context=[d for d, _ in got],
                extracted={doc.id: ex, **{d.id: e for d, e in got}},
                memo={d.id: index.derived(d, e, stored=stored) for d, e in got},
            )
            t4, c4 = time.perf_counter(), time.process_time()
            run_rules(ruleset.rules, facts)
            del facts
        t5, c5 = time.perf_counter(), time.process_time()
        if profiler:
            profiler.disable()
        cpu.append(time.process_time() - c0)
        gc_cpu.append(collections[0] - gc0)
        full += collections[1] - full0
        for k, v in zip(phases, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t5 - t0), strict=True):
            phases[k].append(v)
        for k, v in zip(phases, (c1 - c0, c2 - c1, c3 - c2, c4 - c3, c5 - c4), strict=False):
            phases_cpu[k].append(v)
        loaded.append(len(got))
    gc.callbacks.remove(on_gc)
    if freeze:
        gc.unfreeze()
    if profiler and profile:
        profiler.dump_stats(profile)
    print(summary(f"  warm check against index ({min(loaded)}–{max(loaded)} candidates)", phases.pop("total")))
    print("    wall: " + "; ".join(f"{k} p50 {pct(v, 0.5) * 1000:.0f} ms" for k, v in phases.items()))
    print("    CPU: " + "; ".join(f"{k} p50 {pct(v, 0.5) * 1000:.0f} ms" for k, v in phases_cpu.items()))
    print("    " + summary("CPU time", cpu))
    print("    " + summary("CPU time in garbage collection", gc_cpu) + f"; {full} full collections")
    slow = sorted(range(repeat), key=cpu.__getitem__)[-max(1, repeat // 20) :]
    slowest = ", ".join(f"{cpu[i] * 1000:.0f} ({gc_cpu[i] * 1000:.0f})" for i in slow)
    print(f"    slowest (CPU ms, of which GC): {slowest}")
    return cpu


if __name__ == "__main__":
    raise SystemExit(main())
