"""Every finding of the default rule set on a folder of published news articles (no planted errors).

Run by hand (not a test), from the repository root:

    PYTHONPATH=. python bench/realnews.py DIR [--min-severity info|warning|error]

``DIR`` holds ``singles/*.txt`` (each article checked alone) and ``groups/<story>/*.txt`` (the articles of one story,
from several outlets, checked together). The articles are never in the repository (their licences are the
publishers'); ``docs/benchmarks-realnews.md`` says where each came from. Published news is nearly always
consistent, so almost every finding is a false alarm to classify by hand: prints one line per finding (unit,
severity, check, message, evidence), then the counts per check and severity.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.engine import check  # noqa: E402
from factcheck.models import SEVERITY_RANK  # noqa: E402
from factcheck.rules.loader import load_rules  # noqa: E402


def units(root: Path) -> list[tuple[str, list[Path]]]:
    """(name, documents) to check together: each single alone, each group's articles together."""
    singles = [(p.name, [p]) for p in sorted((root / "singles").glob("*.txt"))]
    groups = [(g.name, sorted(g.glob("*.txt"))) for g in sorted((root / "groups").glob("*")) if g.is_dir()]
    return singles + groups


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path, help="a folder with singles/ and groups/")
    parser.add_argument("--min-severity", default="info", choices=list(SEVERITY_RANK))
    args = parser.parse_args()
    rules = load_rules(None, defaults=True)
    floor = SEVERITY_RANK[args.min_severity]
    counts: Counter[tuple[str, str]] = Counter()
    checked = 0
    for name, paths in units(args.dir):
        report = check([str(p) for p in paths], rules)
        checked += len(paths)
        for err in report.errors:
            print(f"ERROR\t{name}\t{err.source}: {err.message}")
        for f in sorted(report.findings, key=lambda f: f.sort_key()):
            if SEVERITY_RANK[f.severity] < floor:
                continue
            counts[(f.check, f.severity)] += 1
            quotes = " | ".join(f"{Path(e.document).name}: {e.text[:120]!r}" for e in f.evidence)
            print(f"{name}\t{f.severity}\t{f.check}\t{f.message}\t{quotes}")
    print(f"\n{sum(counts.values())} findings in {checked} checked documents ({len(units(args.dir))} units)")
    for (name, severity), n in sorted(counts.items()):
        print(f"  {name:<24} {severity:<8} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
