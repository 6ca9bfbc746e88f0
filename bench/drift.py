"""Benchmark the default rule set on rewrite/claim pairs (run by hand, not in tests).

    PYTHONPATH=. python bench/drift.py [--limit N]

For each pair the claim/summary is the checked document and the article/evidence the --against source. A pair is
"flagged" when any finding names it; the figures are per check and for the union of checks.
Sets (../shared/data, see each SOURCE.md):
  summedits-num  SummEdits news rows whose summary changes a number of the seed summary; positive = label 0
  vitaminc-num   VitaminC real test numeric subset, REFUTES (positive) vs SUPPORTS (negative); NEI dropped
  summedits-all  every edited SummEdits news row (all edit types: negation, entity swaps, inserted facts)
  claimdiff-0    ClaimDiff weak-test relation-0 pairs: all negative (false-positive test)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

# ../shared/data from the repository root (a worktree sits one level deeper: the nearest parent that has it)
DATA = next(
    (p / "shared" / "data" for p in Path(__file__).resolve().parents if (p / "shared" / "data").is_dir()),
    Path(__file__).resolve().parents[2] / "shared" / "data",
)


def _rules() -> list[Any]:
    """The built-in default rule set (factcheck/defaults/rules.yaml), as the engine loads it with no --rules."""
    from factcheck.rules.loader import load_rules

    return list(load_rules(None, defaults=True).rules)


def _numbers(text: str) -> list[str]:
    return re.findall(r"\d+(?:[.,]\d+)*", text)


def pairs(name: str, limit: int | None) -> list[tuple[str, str, bool]]:
    out: list[tuple[str, str, bool]] = []
    if name == "summedits-num":
        for row in json.loads((DATA / "summedits_news" / "summedits_news.json").read_text()):
            if not row["id"].endswith("_og") and _numbers(row["summary"]) != _numbers(row["original_summary"]):
                out.append((row["summary"], row["doc"], row["label"] == 0))
    elif name == "summedits-all":
        for row in json.loads((DATA / "summedits_news" / "summedits_news.json").read_text()):
            if not row["id"].endswith("_og"):
                out.append((row["summary"], row["doc"], row["label"] == 0))
    elif name == "vitaminc-num":
        with open(DATA / "vitaminc" / "vitaminc_real_test_numeric_subset.jsonl", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if row["label"] != "NOT ENOUGH INFO":
                    out.append((row["claim"], row["evidence"], row["label"] == "REFUTES"))
    elif name == "claimdiff-0":
        data = json.loads((DATA / "claimdiff" / "ClaimDiff-weak-test.json").read_text())["data"]
        out = [(r["claim_b"], r["claim_a"], False) for r in data if r["relation"] == 0]
    return out[:limit] if limit else out


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from factcheck.engine import build_facts, requirements, run_rules
    from factcheck.ingest import from_text

    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--sets", default="summedits-num,summedits-all,vitaminc-num,claimdiff-0")
    parser.add_argument("--false-alarms", metavar="FILE", help="write each flagged negative pair's findings here")
    args = parser.parse_args()
    dump: list[str] | None = [] if args.false_alarms else None
    rules = _rules()
    needs = requirements(rules)
    print(f"rules: {', '.join(r.id for r in rules)}")
    for name in args.sets.split(","):
        data = pairs(name, args.limit)
        t0 = time.time()
        tp: Counter[str] = Counter()
        fp: Counter[str] = Counter()
        pos = sum(1 for *_x, p in data if p)
        errors = 0
        for claim, source, positive in data:
            facts = build_facts([from_text(claim, id="claim.txt")], [from_text(source, id="source.txt")], needs)
            report = run_rules(rules, facts)
            errors += len(report.errors)
            checks = {f.check for f in report.findings} | ({"ANY"} if report.findings else set())
            for c in checks:
                (tp if positive else fp)[c] += 1
            if dump is not None and not positive:
                for f in report.findings:
                    dump.append(f"{name}\t{f.check}\t{f.message}\n  CLAIM: {claim}\n  SOURCE: {source[:600]}\n")
        print(f"\n{name}: {len(data)} pairs, {pos} positive, {errors} rule errors, {time.time() - t0:.1f}s")
        for c in sorted(set(tp) | set(fp) | {"ANY"}):
            p = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else float("nan")
            r = tp[c] / pos if pos else float("nan")
            print(f"  {c:20s} flagged pos {tp[c]:5d}  flagged neg {fp[c]:5d}  precision {p:.3f}  recall {r:.3f}")
    if dump is not None:
        Path(args.false_alarms).write_text("".join(dump), encoding="utf-8")


if __name__ == "__main__":
    main()
