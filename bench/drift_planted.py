"""Precision and recall of the default rule set on hand-written rewrites with planted drift and faithful paraphrases.

Run by hand (not a test), from the repository root:

    PYTHONPATH=. python bench/drift_planted.py [--mode explicit|detected|both] [--verbose]

Each ``bench/drift_planted/NN-rewrite-X.md`` is checked twice with the built-in rules only:

* explicit: the rewrite checked with its ``NN-source.md`` as ``--against`` (``factcheck check rewrite --against src``);
* detected: the source and the rewrite checked together as a corpus, no ``--against`` (the rewrite must be detected).

A finding is a hit when its check type equals a planted drift's and one of its evidence spans in the rewrite overlaps
the planted quote (``bench/drift_planted/answers.yaml``); every other finding is a false alarm (several findings on
one planted drift count once). A finding in detected mode whose evidence is only in the source is a false alarm too.
Prints precision and recall per check and mode, whether detected mode found the rewrite, then each false alarm and
miss with its quotes.
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

from factcheck.engine import run  # noqa: E402
from factcheck.models import SEVERITY_RANK, Finding  # noqa: E402

DATA = ROOT / "bench" / "drift_planted"
MODES = ("explicit", "detected")


@dataclass
class Planted:
    rewrite: str
    check: str
    quote: str
    start: int
    end: int
    found: bool = False


def _cases() -> list[tuple[Path, Path, list[Planted]]]:
    answers = yaml.safe_load((DATA / "answers.yaml").read_text(encoding="utf-8"))
    cases = []
    for name, spec in answers["rewrites"].items():
        path = DATA / name
        text = path.read_text(encoding="utf-8")
        planted = []
        for d in spec.get("drifts") or []:
            at = text.find(d["quote"])
            if at < 0:
                raise SystemExit(f"{name}: planted quote not found: {d['quote']!r}")
            planted.append(Planted(name, d["check"], d["quote"], at, at + len(d["quote"])))
        cases.append((path, DATA / f"{name[:2]}-source.md", planted))
    return cases


def _matches(finding: Finding, error: Planted) -> bool:
    if finding.check != error.check:
        return False
    return any(
        Path(ev.document).name == error.rewrite and ev.start < error.end and error.start < ev.end
        for ev in finding.evidence
    )


@dataclass
class Result:
    hits: Counter[str]
    alarms: Counter[str]
    planted: Counter[str]
    found: Counter[str]
    false_alarms: list[str]
    misses: list[str]
    undetected: list[str]
    cases: int


def evaluate(mode: str, floor: int, verbose: bool) -> Result:
    """Run every case in one mode; return counts and the lists of false alarms and misses."""
    hits: Counter[str] = Counter()
    alarms: Counter[str] = Counter()
    planted_n: Counter[str] = Counter()
    found_n: Counter[str] = Counter()
    false_alarms: list[str] = []
    misses: list[str] = []
    undetected: list[str] = []
    for rewrite, source, planted in _cases():
        if mode == "explicit":
            report, facts = run([str(rewrite)], against=[str(source)])
        else:
            report, facts = run([str(source), str(rewrite)])
            if not any(Path(d).name == rewrite.name for d in facts.sources):
                undetected.append(rewrite.name)
        for err in report.errors:
            print(f"ERROR {mode} {rewrite.name}: {err}")
        for f in report.findings:
            if SEVERITY_RANK[f.severity] < floor:
                continue
            matched = [e for e in planted if _matches(f, e)]
            quotes = " | ".join(f"{Path(ev.document).name}: {ev.text!r}" for ev in f.evidence)
            if verbose:
                print(f"  {mode} {rewrite.name} {f.check} [{f.severity}] {f.message} -- {quotes}")
            if matched:
                hits[f.check] += 1
                for e in matched:
                    e.found = True
            else:
                alarms[f.check] += 1
                false_alarms.append(f"{rewrite.name} {f.check} [{f.severity}]: {f.message} -- {quotes}")
        for e in planted:
            planted_n[e.check] += 1
            found_n[e.check] += e.found
            if not e.found:
                misses.append(f"{e.rewrite} {e.check}: {e.quote!r}")
    return Result(hits, alarms, planted_n, found_n, false_alarms, misses, undetected, len(_cases()))


def _row(label: str, p: int, fd: int, h: int, a: int) -> str:
    recall = f"{fd / p:.0%}" if p else "-"
    precision = f"{h / (h + a):.0%}" if h + a else "-"
    return f"{label:<24}{p:>8}{fd:>7}{recall:>8}{h + a:>10}{a:>7}{precision:>11}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", default="both", choices=[*MODES, "both"])
    parser.add_argument("--min-severity", default="info", choices=list(SEVERITY_RANK))
    parser.add_argument("--verbose", action="store_true", help="print every finding")
    args = parser.parse_args()
    floor = SEVERITY_RANK[args.min_severity]
    for mode in MODES if args.mode == "both" else (args.mode,):
        r = evaluate(mode, floor, args.verbose)
        print(f"\n== {mode} mode ==")
        if mode == "detected":
            missed = ", ".join(r.undetected) or "-"
            print(f"rewrites detected: {r.cases - len(r.undetected)}/{r.cases} (missed or reversed: {missed})")
        print(f"{'check':<24}{'planted':>8}{'found':>7}{'recall':>8}{'findings':>10}{'false':>7}{'precision':>11}")
        for c in sorted(set(r.planted) | set(r.hits) | set(r.alarms)):
            print(_row(c, r.planted[c], r.found[c], r.hits[c], r.alarms[c]))
        total = (sum(r.planted.values()), sum(r.found.values()), sum(r.hits.values()), sum(r.alarms.values()))
        print(_row("overall", *total))
        print("\nFalse alarms:")
        for line in r.false_alarms:
            print("  " + line)
        print("\nMisses:")
        for line in r.misses:
            print("  " + line)


if __name__ == "__main__":
    main()
