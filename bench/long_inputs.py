"""How the full check's cost grows with one document's size on pathological input: one sentence of thousands of
numbers, a page of words with no punctuation, a long list, thousands of dated weekdays, nested brackets.

    python bench/long_inputs.py [--base 2000] [--steps 3]

Each input is built at ``base`` units, then doubled ``steps - 1`` times, and checked once at each size with the
default rules (library call, no cache; CPU seconds of the check alone). Linear cost shows as a ratio near 2 between
successive sizes; a ratio near 4 is quadratic. Real copy never looks like this; a pre-publish hook fed a broken
export or a pasted table must still answer. Run by hand; not part of the tests.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_WORDS = (
    "council the rose fell by per cent from to and of million £ $ Monday March said not despite due record ( ) — , :"
)


def _numbers(n: int) -> str:
    return "The 5 of 10 (50%) " * n  # one sentence: no full stop anywhere


def _words(n: int) -> str:
    pick = random.Random(1).choice
    words = _WORDS.split()
    return " ".join(pick(words) for _ in range(15 * n))


def _list(n: int) -> str:
    return "The 100 items were " + ", ".join(f"{i} apples" for i in range(5 * n)) + " and 5 pears."


def _dates(n: int) -> str:
    return " ".join(f"Monday {1 + i % 28} March 2027," for i in range(5 * n))


def _shares(n: int) -> str:
    parts = (f"{i + 10} left, or about {i % 90 + 5}% of the total" for i in range(n))
    return "Of the 900 staff, " + ", ".join(parts) + "."


def _brackets(n: int) -> str:
    return "(" * 5 * n + "5" + ")" * 5 * n


INPUTS: dict[str, Callable[[int], str]] = {
    "one sentence of numbers": _numbers,
    "words, no punctuation": _words,
    "one long list": _list,
    "dated weekdays": _dates,
    "nested brackets": _brackets,
    "one sentence of shares": _shares,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=int, default=2000, help="units of the smallest input")
    parser.add_argument("--steps", type=int, default=3, help="sizes: base, 2 base, 4 base, …")
    args = parser.parse_args(argv)

    from factcheck.engine import check
    from factcheck.ingest import from_text

    check([from_text("Warm-up: 5 of 10 (50%) on Monday 1 March 2027.", "warm")])
    print("| input | " + " | ".join(f"{args.base << k} units" for k in range(args.steps)) + " | growth per doubling |")
    print("| --- |" + " ---: |" * (args.steps + 1))
    for name, build in INPUTS.items():
        cells, times = [], []
        for k in range(args.steps):
            text = build(args.base << k)
            doc = from_text(text, "long")
            start = time.process_time()
            report = check([doc])
            times.append(time.process_time() - start)
            cells.append(f"{len(text) / 1e3:.0f} kB: {times[-1]:.1f} s, {len(report.findings)} findings")
        growth = ", ".join(f"×{b / a:.1f}" for a, b in itertools.pairwise(times) if a > 0)
        print(f"| {name} | " + " | ".join(cells) + f" | {growth} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
