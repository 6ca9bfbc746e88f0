"""Quantity extraction speed: factcheck's extractor vs raw quantulum3, sentence by sentence, on the same text.

Run by hand (not a test):

    PYTHONPATH=. python bench/extract_speed.py [--mb 1.0]

The five seeds are repeated until the text reaches ``--mb`` megabytes; both systems see the same sentences (split
once by factcheck's splitter, outside the timing). Peak memory is measured with tracemalloc on a separate pass over
the first 100 kB (tracemalloc slows code down, so it never runs during timing).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable
from pathlib import Path

from factcheck.extract.quantities import extract_quantities
from factcheck.extract.sentences import split_sentences
from factcheck.models import Document, Sentence

ROOT = Path(__file__).resolve().parent.parent
Docs = list[tuple[Document, list[Sentence]]]


def corpus(megabytes: float) -> Docs:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    out: Docs = []
    size = 0
    i = 0
    while size < megabytes * 1_000_000:
        text = texts[i % len(texts)]
        doc = Document(id=f"{seeds[i % len(seeds)].name}#{i}", text=text)
        out.append((doc, split_sentences(doc)))
        size += len(text)
        i += 1
    return out


def run_factcheck(docs: Docs) -> int:
    return sum(len(extract_quantities(doc, sents)) for doc, sents in docs)


def run_quantulum(docs: Docs) -> int:
    from quantulum3 import parser

    n = 0
    for _doc, sents in docs:
        for s in sents:
            n += len(parser.parse(s.span.text))
    return n


def timed(fn: Callable[[Docs], int], docs: Docs) -> tuple[float, int]:
    t0 = time.perf_counter()
    n = fn(docs)
    return time.perf_counter() - t0, n


def peak(fn: Callable[[Docs], int], docs: Docs) -> int:
    tracemalloc.start()
    fn(docs)
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return top


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="quantity extraction speed: factcheck vs raw quantulum3")
    ap.add_argument("--mb", type=float, default=1.0, help="megabytes of text (default 1.0)")
    ap.add_argument("--skip-quantulum", action="store_true")
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    docs = corpus(args.mb)
    chars = sum(len(d.text) for d, _ in docs)
    n_sent = sum(len(s) for _, s in docs)
    # warm both up (registry, tables, lemmatiser, quantulum's classifier) outside the timing
    run_factcheck(docs[:5])
    systems: list[tuple[str, Callable[[Docs], int]]] = [("factcheck", run_factcheck)]
    if not args.skip_quantulum:
        run_quantulum(docs[:1])
        systems.append(("quantulum3", run_quantulum))
    small = corpus(0.1)
    print(f"text: {chars:,} chars, {len(docs)} documents, {n_sent:,} sentences (seeds repeated)")
    print(f"python {sys.version.split()[0]}, one core")
    print()
    print("| system | seconds | sentences/s | chars/s | quantities | peak traced memory, 100 kB pass after warm-up |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    rates: dict[str, float] = {}
    for name, fn in systems:
        secs, n = timed(fn, docs)
        rates[name] = n_sent / secs
        mem = peak(fn, small)
        print(f"| {name} | {secs:.2f} | {n_sent / secs:,.0f} | {chars / secs:,.0f} | {n:,} | {mem / 1e3:,.0f} kB |")
    if "quantulum3" in rates:
        print(f"\nspeed-up: {rates['factcheck'] / rates['quantulum3']:.1f}x sentences/s")
    print(f"process max RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
