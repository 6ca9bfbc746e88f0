"""Cost of the eight generic numeric and calendar rules relative to extraction, on the seeds repeated to ~1 MB.

Run by hand (not a test):

    PYTHONPATH=. python bench/generic_numeric.py [--mb 1.0]

Issue 4 budget: the generic rule set adds no more than 20% to extraction time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "checks"))

from _seeds import numeric_rules  # noqa: E402

from factcheck.engine import build_facts, load_documents, run_rules  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=1.0)
    args = parser.parse_args()
    seeds, _ = load_documents([ROOT / "seeds"])
    docs, size, i = [], 0, 0
    while size < args.mb * 1e6:
        for d in seeds:
            docs.append(d.model_copy(update={"id": f"{i:04d}_{Path(d.id).name}"}))
            size += len(d.text)
            i += 1
    t0 = time.perf_counter()
    facts = build_facts(docs, needs=("sentences", "quantities", "dates", "entities", "assertions"))
    t1 = time.perf_counter()
    report = run_rules(numeric_rules(), facts)
    t2 = time.perf_counter()
    print(
        f"{len(docs)} documents, {size / 1e6:.2f} MB: extraction {t1 - t0:.1f} s, generic numeric rules "
        f"{t2 - t1:.2f} s ({(t2 - t1) / (t1 - t0):.1%} of extraction); "
        f"{len(report.findings)} findings, {len(report.passed)} passed"
    )


if __name__ == "__main__":
    main()
