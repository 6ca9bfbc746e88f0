"""Precision and recall of the default rule set on hand-written articles with planted errors and near-misses.

Run by hand (not a test), from the repository root:

    PYTHONPATH=. python bench/planted.py [--dir PATH] [--min-severity info|warning|error] [--against] [--verbose]

``--dir`` picks the set (default ``bench/planted``; ``bench/heldout`` is the held-out set written blind, see
``docs/benchmarks-heldout.md``). Each ``art-*.md`` is checked alone and each pair ``pair-NNa.md`` + ``pair-NNb.md``
together, with the built-in rules only (what ``factcheck check article.txt`` runs); with ``--against`` a pair's first
document is checked alone and the others against it (what ``factcheck check rewrite.md --against source.md`` runs),
so that which document rewrites which is given, not detected. A finding is a hit when its
check type equals a planted error's and one of its evidence quotes overlaps the planted quote (the set's
``answers.yaml``); every other finding is a false alarm (several findings on one planted error count once). Prints
precision and recall per check and overall, then each false alarm and miss with its quote.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.engine import check  # noqa: E402
from factcheck.models import SEVERITY_RANK, Finding  # noqa: E402

DEFAULT_DIR = ROOT / "bench" / "planted"


@dataclass
class Planted:
    case: str
    check: str
    doc: str
    quote: str
    start: int
    end: int
    found: bool = False


def _locate(doc: Path, quote: str) -> tuple[int, int]:
    text = doc.read_text(encoding="utf-8")
    at = text.find(quote)
    if at < 0:
        raise SystemExit(f"{doc.name}: planted quote not found: {quote!r}")
    return at, at + len(quote)


def _cases(data: Path) -> list[tuple[str, list[Path], list[Planted]]]:
    answers = yaml.safe_load((data / "answers.yaml").read_text(encoding="utf-8"))
    cases = []
    for name, spec in answers["articles"].items():
        path = data / name
        planted = [Planted(name, e["check"], name, e["quote"], *_locate(path, e["quote"])) for e in spec["errors"]]
        cases.append((name, [path], planted))
    for name, spec in answers["pairs"].items():
        paths = [data / d for d in spec["documents"]]
        planted = [
            Planted(name, e["check"], e["doc"], e["quote"], *_locate(data / e["doc"], e["quote"]))
            for e in spec["errors"]
        ]
        cases.append((name, paths, planted))
    return cases


def _matches(finding: Finding, error: Planted) -> bool:
    if finding.check != error.check:
        return False
    return any(
        Path(ev.document).name == error.doc and ev.start < error.end and error.start < ev.end for ev in finding.evidence
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="the set: a directory with answers.yaml")
    parser.add_argument("--min-severity", default="info", choices=list(SEVERITY_RANK))
    parser.add_argument("--verbose", action="store_true", help="print every finding")
    parser.add_argument("--against", action="store_true", help="check a pair's later documents against its first")
    args = parser.parse_args()
    floor = SEVERITY_RANK[args.min_severity]

    hits: Counter[str] = Counter()
    alarms: Counter[str] = Counter()
    planted_n: Counter[str] = Counter()
    found_n: Counter[str] = Counter()
    false_alarms: list[str] = []
    all_planted: list[Planted] = []
    for name, paths, planted in _cases(args.dir):
        all_planted += planted
        if args.against and len(paths) > 1:
            reports = [check([str(paths[0])]), check([str(p) for p in paths[1:]], against=[str(paths[0])])]
        else:
            reports = [check([str(p) for p in paths])]
        for err in (e for r in reports for e in r.errors):
            print(f"ERROR {name}: {err}")
        for f in (f for r in reports for f in r.findings):
            if SEVERITY_RANK[f.severity] < floor:
                continue
            matched = [e for e in planted if _matches(f, e)]
            quotes = " | ".join(f"{Path(ev.document).name}: {ev.text!r}" for ev in f.evidence)
            if args.verbose:
                print(f"  {name} {f.check} [{f.severity}] {f.message} -- {quotes}")
            if matched:
                hits[f.check] += 1
                for e in matched:
                    e.found = True
            else:
                alarms[f.check] += 1
                false_alarms.append(f"{name} {f.check} [{f.severity}]: {f.message} -- {quotes}")
    for e in all_planted:
        planted_n[e.check] += 1
        found_n[e.check] += e.found

    checks = sorted(set(planted_n) | set(hits) | set(alarms))
    print(f"{'check':<24}{'planted':>8}{'found':>7}{'recall':>8}{'findings':>10}{'false':>7}{'precision':>11}")

    def row(label: str, p: int, fd: int, h: int, a: int) -> None:
        recall = f"{fd / p:.0%}" if p else "-"
        precision = f"{h / (h + a):.0%}" if h + a else "-"
        print(f"{label:<24}{p:>8}{fd:>7}{recall:>8}{h + a:>10}{a:>7}{precision:>11}")

    for c in checks:
        row(c, planted_n[c], found_n[c], hits[c], alarms[c])
    row("overall", sum(planted_n.values()), sum(found_n.values()), sum(hits.values()), sum(alarms.values()))
    print("\nFalse alarms:")
    for line in false_alarms:
        print("  " + line)
    print("\nMisses:")
    for e in all_planted:
        if not e.found:
            print(f"  {e.case} {e.check}: {e.quote!r}")


if __name__ == "__main__":
    main()
