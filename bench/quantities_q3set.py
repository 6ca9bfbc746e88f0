"""quantulum3's own English regression set: factcheck vs raw quantulum3, and what quantulum3 gets that factcheck loses.

Run by hand (not a test):

    PYTHONPATH=. python bench/quantities_q3set.py [--all-regressions]

Data: ``../shared/data/quantulum3/quantities.json`` (MIT; 101 sentences, 148 gold quantities), read at run time.
The set is quantulum3's own tests, so quantulum3 is expected to do well; the point is a floor (issue 8): list every
gold quantity quantulum3 gets right and factcheck does not.

Protocol: per sentence, each gold quantity is matched to at most one unused system quantity with the same value
(relative tolerance 1e-3, since the gold rounds some conversions; a range is compared by its midpoint, as the gold
writes ranges as midpoint ± uncertainty); ``value+unit`` also needs the same unit, compared by name after folding
case, spaces, plurals and British spellings (``bench/quantities_recognizers.py``: ``unit_key``); a plain count is
"dimensionless" (the gold's name), whatever noun it counts. P = matches / system quantities, R = matches / gold.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quantities_newsquant import QUANTULUM_NAMES, unit_name
from quantities_recognizers import unit_key

from factcheck.extract.quantities import extract_quantities
from factcheck.extract.sentences import split_sentences
from factcheck.models import Document

# ../shared/data from the main checkout (/work/main) or a worktree (/work/wt/<name>): the nearest ancestor
# that has shared/data
DATA = (
    next(
        (p / "shared" / "data" for p in Path(__file__).resolve().parents if (p / "shared" / "data").is_dir()),
        Path(__file__).resolve().parents[2] / "shared" / "data",
    )
    / "quantulum3/quantities.json"
)

Tag = tuple[float, str, str]  # value, unit key, surface


def tag_factcheck(text: str) -> list[Tag]:
    doc = Document(id="q", text=text)
    out: list[Tag] = []
    for q in extract_quantities(doc, split_sentences(doc)):
        value = (q.value + q.value_high) / 2 if q.range and q.value_high is not None else q.value
        unit = unit_key(unit_name(q.unit)) if q.unit else "dimensionless"
        out.append((value, unit, q.span.text))
    return out


def tag_quantulum(text: str) -> list[Tag]:
    from quantulum3 import parser

    out: list[Tag] = []
    for res in parser.parse(text):
        name = QUANTULUM_NAMES.get(res.unit.name.lower(), res.unit.name)
        out.append((float(res.value), "dimensionless" if name == "-" else unit_key(name), res.surface))
    return out


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 + 1e-3 * abs(b)


def match(gold: list[dict[str, Any]], tags: list[Tag]) -> list[tuple[bool, bool]]:
    """(value matched, value+unit matched) for each gold quantity."""
    used: set[int] = set()
    out: list[tuple[bool, bool]] = []
    for g in gold:
        unit = "dimensionless" if g["unit"] == "dimensionless" else unit_key(g["unit"])
        cands = [i for i, t in enumerate(tags) if i not in used and close(t[0], float(g["value"]))]
        best = next((i for i in cands if tags[i][1] == unit), cands[0] if cands else None)
        if best is None:
            out.append((False, False))
            continue
        used.add(best)
        out.append((True, tags[best][1] == unit))
    return out


def prf(tp: int, tags: int, gold: int) -> str:
    p = tp / tags if tags else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p * 100:.1f} / {r * 100:.1f} / **{f * 100:.1f}**"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="quantulum3's regression set: factcheck vs quantulum3")
    ap.add_argument("--all-regressions", action="store_true", help="list unit regressions too (default: values)")
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    cases: list[dict[str, Any]] = json.loads(DATA.read_text(encoding="utf-8"))
    n_gold = sum(len(c["res"]) for c in cases)
    totals = {n: {"tags": 0, "value": 0, "value+unit": 0} for n in ("factcheck", "quantulum3")}
    regressions: list[str] = []
    for case in cases:
        got = {"factcheck": tag_factcheck(case["req"]), "quantulum3": tag_quantulum(case["req"])}
        matched = {n: match(case["res"], tags) for n, tags in got.items()}
        for n, tags in got.items():
            totals[n]["tags"] += len(tags)
            totals[n]["value"] += sum(v for v, _ in matched[n])
            totals[n]["value+unit"] += sum(u for _, u in matched[n])
        for g, (fv, fu), (_qv, qu) in zip(case["res"], matched["factcheck"], matched["quantulum3"], strict=True):
            if qu and not fu:
                kind = "unit" if fv else "value"
                if kind == "value" or args.all_regressions:
                    regressions.append(
                        f"- {g['surface']!r} ({g['value']:g} {g['unit']}): factcheck loses the {kind}"
                        f" — {case['req'][:90]!r}"
                    )
    print(f"quantulum3 regression set: {len(cases)} sentences, {n_gold} gold quantities")
    print("command: PYTHONPATH=. python bench/quantities_q3set.py")
    print()
    print("| metric | factcheck P / R / F1 | quantulum3 P / R / F1 |")
    print("| --- | ---: | ---: |")
    for metric in ("value", "value+unit"):
        cells = [prf(totals[n][metric], totals[n]["tags"], n_gold) for n in ("factcheck", "quantulum3")]
        print(f"| {metric} | " + " | ".join(cells) + " |")
    print()
    print(f"Regressions (quantulum3 right on value+unit, factcheck not): {len(regressions)}")
    print("\n".join(regressions))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
