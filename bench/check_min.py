"""The full check's CPU cost per phase as the minimum of repeated runs, against raw quantulum3 (also a minimum).

    python bench/check_min.py ARCHIVE [-n 1000] [--repeat 2] [--default-gc]
    python bench/check_min.py --single bench/planted bench/heldout* seeds [--repeat 2]
    python bench/check_min.py --batch bench/planted bench/heldout* seeds [--repeat 2]

On a shared VM, stolen time and contention inflate CPU time and never deflate it, so the minimum of a few runs is the
steadiest figure to compare two versions of the code run one after the other (run this file from each checkout with
its own ``PYTHONPATH``; an older checkout without :func:`factcheck.engine.fewer_collections` runs with CPython's
GC defaults). Each repetition parses quantulum3's 200-article sample, extracts the first N articles of ARCHIVE (one
process, no cache), detects rewrites and runs every rule of the default rule set on a fresh FactBase.

``--single``: every document under the given paths (the hand-written sets: diverse text, unlike the archive's
templates) is checked on its own, as a one-document run (its own FactBase, rewrite detection and rules), and
quantulum3 parses all of their sentences (no sample). ``--batch``: the same documents checked together in one run
(a day's unrelated drafts, or a small archive of real stories; cross-document checks compare them). Run by hand; not
part of the tests.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", type=Path, nargs="+", help="an archive, or with --single any files or directories")
    parser.add_argument("-n", "--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--default-gc", action="store_true", help="CPython's default GC thresholds")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--single", action="store_true", help="check each document on its own (no sample)")
    mode.add_argument("--batch", action="store_true", help="check every document in one run (no sample)")
    args = parser.parse_args(argv)

    from factcheck import engine
    from factcheck.align import detect_rewrites
    from factcheck.checks._registry import get_check
    from factcheck.extract.sentences import split_sentences
    from factcheck.facts import FactBase
    from factcheck.ingest import read_paths
    from factcheck.models import Document, Extraction
    from factcheck.parallel import extract_many
    from factcheck.rules.loader import load_rules

    policy: Callable[[], Any] = getattr(engine, "fewer_collections", contextlib.nullcontext)
    if args.default_gc:
        policy = contextlib.nullcontext
    if args.single or args.batch:
        docs = [d for d in read_paths(args.paths) if isinstance(d, Document)]
        sample = docs
    else:
        files = sorted(args.paths[0].rglob("*.txt"))[: args.articles]
        docs = [d for d in read_paths(files) if isinstance(d, Document)]
        sample = docs[:: max(1, len(docs) // 200)][:200]
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    warnings.filterwarnings("ignore", message="Classifier dependencies")
    from quantulum3 import parser as q3

    sentences = [s.span.text for d in sample for s in split_sentences(d)]
    sample_mb = sum(len(d.text.encode("utf-8")) for d in sample) / 1e6
    q3.parse("about 12 km on 3 May")
    rules = load_rules(None).rules
    needs = engine.requirements(rules)
    best = dict.fromkeys(("quantulum3", "extract", "detect", "rules"), float("inf"))
    verdicts = 0
    for _ in range(args.repeat):
        start = time.process_time()
        for s in sentences:
            q3.parse(s)
        best["quantulum3"] = min(best["quantulum3"], time.process_time() - start)
        with policy():
            start = time.process_time()
            got = extract_many(docs, needs, None, cache=None, jobs=1)
            extractions = {d.id: ex for d, ex in got if isinstance(ex, Extraction)}
            best["extract"] = min(best["extract"], time.process_time() - start)
            runs = [[d] for d in docs] if args.single else [docs]
            detect = checks = 0.0
            verdicts = 0
            for run in runs:
                facts = FactBase(documents={d.id: d for d in run}, extractions={d.id: extractions[d.id] for d in run})
                start = time.process_time()
                facts.sources = detect_rewrites(facts)
                detect += time.process_time() - start
                start = time.process_time()
                for rule in rules:
                    if rule.enabled:
                        verdicts += sum(1 for _ in get_check(rule.type).function(rule, facts))
                checks += time.process_time() - start
            best["detect"] = min(best["detect"], detect)
            best["rules"] = min(best["rules"], checks)
        del extractions, facts
        gc.collect()
    total = best["extract"] + best["detect"] + best["rules"]
    what = "documents, each alone" if args.single else "documents in one run" if args.batch else "articles"
    rate = sample_mb / best["quantulum3"]
    print(
        f"{len(docs)} {what}, {mb:.2f} MB, min of {args.repeat}: "
        f"extract {best['extract']:.1f} s, rewrite detection {best['detect']:.1f} s, rules {best['rules']:.1f} s, "
        f"total {total:.1f} CPU s; quantulum3 {rate:.4f} MB/s; factcheck {mb / total:.4f} MB/s = "
        f"×{mb / total / rate:.2f} quantulum3; {verdicts} verdicts"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
