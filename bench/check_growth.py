"""How the cost of ``factcheck check`` (default rule set) grows with the corpus: CPU seconds per phase and per check
at several archive sizes, in one process, with raw quantulum3 on a sample of the same text as the yardstick.

    python bench/check_growth.py ARCHIVE [--sizes 1000,5000,10000] [--baseline-sample 200] [--top 8]

Each size takes the first N articles of ARCHIVE (made by bench/make_archive.py) in file order. Phases: extraction
(one process, no cache), rewrite detection (sentence alignment over the whole run), then every rule; CPU time
(``time.process_time``), so a busy shared machine inflates the figures less than wall time; quantulum3's rate is
measured before and after each size and the ratio uses their mean (the range is printed too). ``per article`` should
stay about flat as N grows if the cost is linear. Peak memory is the process's maximum RSS so far (it only grows,
so run one size per process with ``--sizes N`` for a per-size figure). The phases run under the engine's GC policy
(:func:`factcheck.engine.fewer_collections`) as ``factcheck check`` does; ``--default-gc`` keeps CPython's default
thresholds (to measure the policy). Run by hand; not part of the tests.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import warnings
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.models import Document

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def quantulum_rate(docs: list[Document], sample: int) -> float:
    """Raw quantulum3 ``parse`` sentence by sentence on ``sample`` of ``docs``: MB of text per CPU second."""
    from factcheck.extract.sentences import split_sentences

    warnings.filterwarnings("ignore", message="Classifier dependencies")
    from quantulum3 import parser

    step = max(1, len(docs) // sample)
    chosen = docs[::step][:sample]
    sentences = [s.span.text for d in chosen for s in split_sentences(d)]
    parser.parse("about 12 km on 3 May")
    start = time.process_time()
    for s in sentences:
        parser.parse(s)
    seconds = time.process_time() - start
    return sum(len(d.text.encode("utf-8")) for d in chosen) / 1e6 / seconds


def measure(docs: list[Document], top: int) -> dict[str, float]:
    from factcheck.align import detect_rewrites
    from factcheck.checks._registry import get_check
    from factcheck.engine import requirements
    from factcheck.facts import FactBase
    from factcheck.models import Extraction
    from factcheck.parallel import extract_many
    from factcheck.rules.loader import load_rules

    rules = load_rules(None).rules
    needs = requirements(rules)
    start = time.process_time()
    extractions = {
        d.id: ex for d, ex in extract_many(docs, needs, None, cache=None, jobs=1) if isinstance(ex, Extraction)
    }
    extract_s = time.process_time() - start
    facts = FactBase(
        documents={d.id: d for d in docs if d.id in extractions}, extractions=extractions
    )  # as build_facts assembles it
    start = time.process_time()
    facts.sources = detect_rewrites(facts)  # (building the alignment index included)
    detect_s = time.process_time() - start
    per_check: dict[str, float] = defaultdict(float)
    findings = passed = 0
    for rule in rules:
        if not rule.enabled:
            continue
        spec = get_check(rule.type)
        start = time.process_time()
        for verdict in spec.function(rule, facts):
            if verdict.held:
                passed += 1
            else:
                findings += 1
        per_check[spec.name] += time.process_time() - start
    rules_s = sum(per_check.values())
    out = {"extract": extract_s, "detect": detect_s, "rules": rules_s, "findings": findings, "passed": passed}
    out["sources"] = sum(len(v) for v in facts.sources.values())
    out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for name, seconds in sorted(per_check.items(), key=lambda kv: -kv[1])[:top]:
        out[f"check {name}"] = seconds
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--sizes", default="1000,5000,10000")
    parser.add_argument("--baseline-sample", type=int, default=200)
    parser.add_argument("--top", type=int, default=8, help="slowest checks to list")
    parser.add_argument("--default-gc", action="store_true", help="CPython's default GC thresholds, not the engine's")
    args = parser.parse_args(argv)

    from factcheck.engine import fewer_collections
    from factcheck.ingest import read_paths
    from factcheck.models import Document
    from factcheck.parallel import cpu_count

    files = sorted(args.archive.rglob("*.txt"))
    sizes = [int(n) for n in args.sizes.split(",")]
    docs = [d for d in read_paths(files[: max(sizes)]) if isinstance(d, Document)]
    gc_policy = "CPython default" if args.default_gc else "engine's"
    print(f"archive {args.archive}: nproc {cpu_count()}; {gc_policy} GC")
    rate = quantulum_rate(docs, args.baseline_sample)
    for n in sizes:
        part = docs[:n]
        mb = sum(len(d.text.encode("utf-8")) for d in part) / 1e6
        if args.default_gc:
            r = measure(part, args.top)
        else:
            with fewer_collections():
                r = measure(part, args.top)
        # quantulum3 measured right before and right after: a shared machine's speed drifts during a run
        after = quantulum_rate(docs, args.baseline_sample)
        mean = (rate + after) / 2
        total = r["extract"] + r["detect"] + r["rules"]
        print(
            f"{len(part)} articles, {mb:.2f} MB: extract {r['extract']:.1f} s, rewrite detection {r['detect']:.1f} s, "
            f"rules {r['rules']:.1f} s; total {total:.1f} CPU s = {total / len(part) * 1000:.1f} ms per article, "
            f"{mb / total:.4f} MB/s = ×{mb / total / mean:.2f} quantulum3 ({rate:.4f} before, {after:.4f} after; "
            f"×{mb / total / max(rate, after):.2f}–{mb / total / min(rate, after):.2f}); "
            f"peak RSS {r['rss_mb']:.0f} MB; "
            f"{r['sources']} detected sources, {r['findings']:.0f} findings, {r['passed']:.0f} passed"
        )
        rate = after
        for key, value in r.items():
            if key.startswith("check "):
                print(f"    {key[6:]}: {value:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
