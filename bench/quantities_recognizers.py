"""Units, percentages and number ranges on Microsoft Recognizers-Text's English specs: factcheck vs raw quantulum3.

Run by hand (not a test):

    PYTHONPATH=. python bench/quantities_recognizers.py [--errors N]

Data: ``../shared/data/recognizers_text`` (MIT), read at run time: ``NumberWithUnit/English/{Currency,
Dimension,Temperature,Age}Model.json`` and ``Number/English/{NumberRange,Percent}Model.json``.

Protocol (one table, both systems on the same inputs):

* per input, each gold result is matched to at most one unused system quantity whose value is equal (relative
  tolerance 1e-6); ``value`` counts those matches, ``value+unit`` those whose unit is the same as well. Units are
  compared by name after folding case, spaces, hyphens, plurals and British spellings ("Square meter" =
  "square metre" = pint ``meter ** 2``); a currency also matches on its ISO code; the Currency model's bare
  "Pound" is sterling, "Degree" in the Temperature model is a degree of any scale. P = matches / system
  quantities, R = matches / gold results.
* NumberRange: the gold is interval notation ("(30,)" = more than 30). factcheck's ``bounds`` (the strict logical
  reading of the hedge: "over 30" → (30, ∞)) are compared end by end: ``ends`` when both ends are equal,
  ``ends+open`` when each end's openness is too. quantulum3 has no bounds; its value ± uncertainty is used as a
  closed interval, which is what a caller of quantulum3 would have. factcheck reads "under 170" / "up to 700" as
  [0, 170) (amounts are not negative); the specs write (-∞, 170), so a low end of 0 from a "<" hedge is compared
  as unbounded.
* A currency also matches on the last word of its name, since the specs' "Dollar", "Franc", "Rupee" name no
  country.
* Percent: value and the unit percent.
* Typed precision (round 5): each spec tags one kind of quantity (the Currency model money, the Dimension model
  physical measures, the Temperature model temperatures, the Age model ages; NumberRange ranges and bounds,
  Percent percentages), so a system quantity of another kind that matches no gold result ("27 %" or "four
  years" in a Currency input, a plain count anywhere) is outside the spec and not counted in precision; a
  system quantity of the spec's kind that matches nothing is a false positive, and every matched quantity counts
  whatever its kind. Kinds: money; temperature (a bare "degree", angle or temperature, is both); time (ages);
  any other measure is a dimension; counts, fractions and percentages are numbers; for NumberRange a quantity
  whose bounds are not one point. Applied to both systems alike (quantulum3's kind from its unit's entity).
  ``--untyped`` counts every system quantity, the protocol before round 5.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quantities_newsquant import QUANTULUM_NAMES, unit_name

from factcheck.extract.hedges import direction
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
    / "recognizers_text"
)
UNIT_FILES = ("Currency", "Dimension", "Temperature", "Age")
INF = math.inf

_SYNONYMS = {
    "unitedstatesdollar": "dollar",
    "c": "celsius",
    "f": "fahrenheit",
    "degreecelsius": "celsius",
    "degreefahrenheit": "fahrenheit",
    "britishpound": "poundsterling",
    "pence": "penny",
    "pennie": "penny",
    "poundmass": "pound",
    "tonne": "metricton",
    "percentage": "percent",
}


def unit_key(name: str) -> str:
    name = re.sub(r"^(\w+) \*\* 2$", r"square \1", re.sub(r"^(\w+) \*\* 3$", r"cubic \1", name))
    k = re.sub(r"[\s_\-*]+", "", name.lower()).replace("metre", "meter").replace("litre", "liter")
    k = k.replace("per", "/") if "per" in k and not k.startswith("per") else k
    if k.endswith("s") and len(k) > 3 and not k.endswith(("ss", "us", "celsius")):
        k = k[:-1]
    return _SYNONYMS.get(k, k)


# --- systems: each returns [(value, low, high, low_open, high_open, unit keys)] -----------------------------------

Tag = tuple[float, float, float, bool, bool, frozenset[str], frozenset[str]]

# the kind of quantity each spec tags; a system quantity whose kinds miss it is outside that spec
MODEL_KIND = {"Currency": "money", "Dimension": "dimension", "Temperature": "temperature", "Age": "time"}
UNTYPED = False  # --untyped: every system quantity counts in precision (the protocol before round 5)
_NUMBER_KINDS = frozenset({"count", "fraction", "percent", "dimensionless"})


def kinds_of(dimension: str, money: bool, degree: bool) -> frozenset[str]:
    """The kinds a quantity can be judged as: money, temperature, time, dimension or number."""
    if money:
        return frozenset({"money"})
    if degree:  # a bare "degree": an angle or a temperature
        return frozenset({"dimension", "temperature"})
    if dimension in ("temperature", "time"):
        return frozenset({dimension})
    return frozenset({"number"}) if dimension in _NUMBER_KINDS else frozenset({"dimension"})


def tag_factcheck(text: str) -> list[Tag]:
    doc = Document(id="r", text=text)
    out: list[Tag] = []
    for q in extract_quantities(doc, split_sentences(doc)):
        keys = {unit_key(unit_name(q.unit))} if q.unit else {"dimensionless"}
        if q.currency:
            name = unit_name(q.currency)
            keys |= {q.currency.lower(), unit_key(name), unit_key(name.split()[-1])}  # "Franc" = any franc
        b = q.bounds
        low = b.low
        if low == 0 and direction(q.hedge) == "<" and q.value > 0:
            low = -INF  # "under 170": factcheck adds "not negative"; the specs leave the low end open
        kinds = kinds_of(q.dimension, q.currency is not None, q.unit == "degree")
        out.append((q.value, low, b.high, b.low_open, b.high_open, frozenset(keys), kinds))
    return out


def tag_quantulum(text: str) -> list[Tag]:
    from quantulum3 import parser

    out: list[Tag] = []
    for res in parser.parse(text):
        name = QUANTULUM_NAMES.get(res.unit.name.lower(), res.unit.name)
        keys = {unit_key(name), "dimensionless" if name == "-" else unit_key(name)}
        cur = getattr(res.unit, "currency_code", None)
        if cur:
            keys.add(str(cur).lower())
        u = float(res.uncertainty or 0.0)
        entity = res.unit.entity.name
        kinds = kinds_of(entity, entity == "currency", entity == "angle" and name.startswith("degree"))
        out.append((float(res.value), res.value - u, res.value + u, False, False, frozenset(keys), kinds))
    return out


# --- gold -------------------------------------------------------------------------------------------------------


def load(path: Path) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8-sig"))
    return data


def gold_units(model: str, res: dict[str, Any]) -> frozenset[str]:
    r = res["Resolution"]
    unit = str(r.get("unit", ""))
    keys = {unit_key(unit)}
    if model == "Currency" and unit == "Pound":
        keys = {"poundsterling"}
    if model == "Temperature" and unit == "Degree":
        keys |= {"celsius", "fahrenheit"}
    if r.get("isoCurrency"):
        keys.add(str(r["isoCurrency"]).lower())
    return frozenset(keys)


def parse_range(notation: str) -> tuple[float, float, bool, bool]:
    lo_s, hi_s = notation[1:-1].split(",")
    lo = float(lo_s) if lo_s.strip() else -INF
    hi = float(hi_s) if hi_s.strip() else INF
    return lo, hi, notation[0] == "(" and lo != -INF, notation[-1] == ")" and hi != INF


def close(a: float, b: float) -> bool:
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= 1e-9 + 1e-6 * abs(b)


# --- scoring ----------------------------------------------------------------------------------------------------


class Score:
    def __init__(self) -> None:
        self.gold = self.tags = 0
        self.hits: dict[str, int] = {}
        self.false_positives: list[str] = []

    def judged(self, tags: list[Tag], used: set[int], kind: str, text: str) -> None:
        """Count in precision the matched tags and the unmatched ones of the spec's kind."""
        for i, t in enumerate(tags):
            if UNTYPED or i in used or kind in t[6]:
                self.tags += 1
                if i not in used:
                    self.false_positives.append(f"[{kind}] {text[:100]!r}: {t[0]:g} {sorted(t[5])}")

    def add(self, metric: str, n: int = 1) -> None:
        self.hits[metric] = self.hits.get(metric, 0) + n

    def prf(self, metric: str) -> str:
        tp = self.hits.get(metric, 0)
        p = tp / self.tags if self.tags else 0.0
        r = tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{p * 100:.1f} / {r * 100:.1f} / **{f * 100:.1f}**"


def score_units(
    cases: list[tuple[str, dict[str, Any]]], tagger: Callable[[str], list[Tag]], errors: list[str]
) -> Score:
    sc = Score()
    for model, case in cases:
        tags = tagger(case["Input"])
        sc.gold += len(case["Results"])
        used: set[int] = set()
        for res in case["Results"]:
            if res["Resolution"].get("value") is None:  # a unit with no number ("dollars"): nothing to match
                sc.gold -= 1
                continue
            value = float(res["Resolution"]["value"])
            units = gold_units(model, res)
            cands = [i for i, t in enumerate(tags) if i not in used and close(t[0], value)]
            best = next((i for i in cands if tags[i][5] & units), cands[0] if cands else None)
            if best is None:
                errors.append(f"[{model}] {case['Input'][:110]!r}: missed {res['Text']!r} {value:g} {sorted(units)}")
                continue
            used.add(best)
            sc.add("value")
            if tags[best][5] & units:
                sc.add("value+unit")
            else:
                errors.append(f"[{model}] {case['Input'][:110]!r}: unit {sorted(tags[best][5])} vs {sorted(units)}")
        sc.judged(tags, used, MODEL_KIND[model], case["Input"])
    return sc


def score_ranges(cases: list[dict[str, Any]], tagger: Callable[[str], list[Tag]], errors: list[str]) -> Score:
    sc = Score()
    for case in cases:
        tags = [(*t[:6], t[6] | {"range"} if t[1] != t[2] else t[6]) for t in tagger(case["Input"])]
        sc.gold += len(case["Results"])
        used: set[int] = set()
        for res in case["Results"]:
            lo, hi, lo_open, hi_open = parse_range(res["Resolution"]["value"])
            cands = [i for i, t in enumerate(tags) if i not in used and close(t[1], lo) and close(t[2], hi)]
            if not cands:
                got = [f"{'(' if t[3] else '['}{t[1]:g},{t[2]:g}{')' if t[4] else ']'}" for t in tags]
                errors.append(f"[Range] {case['Input'][:90]!r}: {res['Resolution']['value']} vs {got}")
                continue
            exact = [i for i in cands if tags[i][3] == lo_open and tags[i][4] == hi_open]
            used.add((exact or cands)[0])
            sc.add("ends")
            if exact:
                sc.add("ends+open")
        sc.judged(tags, used, "range", case["Input"])
    return sc


def score_percent(cases: list[dict[str, Any]], tagger: Callable[[str], list[Tag]], errors: list[str]) -> Score:
    sc = Score()
    for case in cases:
        tags = [(*t[:6], t[6] | {"percent"} if "percent" in t[5] else t[6]) for t in tagger(case["Input"])]
        sc.gold += len(case["Results"])
        used: set[int] = set()
        for res in case["Results"]:
            raw = str(res["Resolution"]["value"]).rstrip("%")
            if not re.fullmatch(r"-?[\d.]+", raw):  # "null%" ("percent" with no number): nothing to match
                sc.gold -= 1
                continue
            value = float(raw)
            cands = [i for i, t in enumerate(tags) if i not in used and close(t[0], value)]
            best = next((i for i in cands if "percent" in tags[i][5]), cands[0] if cands else None)
            if best is None or "percent" not in tags[best][5]:
                errors.append(f"[Percent] {case['Input'][:90]!r}: {res['Text']!r} {sorted(t[5] for t in tags)}")
            if best is None:
                continue
            used.add(best)
            sc.add("value")
            if "percent" in tags[best][5]:
                sc.add("value+unit")
        sc.judged(tags, used, "percent", case["Input"])
    return sc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Recognizers-Text units, ranges and percentages: factcheck vs quantulum3")
    ap.add_argument("--errors", type=int, default=0, help="print up to N factcheck misses")
    ap.add_argument("--untyped", action="store_true", help="count every system quantity in precision (pre-round 5)")
    ap.add_argument("--false-positives", action="store_true", help="list factcheck's judged unmatched quantities")
    args = ap.parse_args(argv)
    global UNTYPED
    UNTYPED = args.untyped
    warnings.filterwarnings("ignore")
    unit_cases = [(m, c) for m in UNIT_FILES for c in load(DATA / "NumberWithUnit" / "English" / f"{m}Model.json")]
    range_cases = load(DATA / "Number" / "English" / "NumberRangeModel.json")
    percent_cases = load(DATA / "Number" / "English" / "PercentModel.json")
    rows: list[tuple[str, str, dict[str, Score]]] = []
    errs: list[str] = []
    systems = {"factcheck": tag_factcheck, "quantulum3": tag_quantulum}
    for model in UNIT_FILES:
        subset = [(m, c) for m, c in unit_cases if m == model]
        scores = {n: score_units(subset, t, errs if n == "factcheck" else []) for n, t in systems.items()}
        rows += [(f"{model}Model", metric, scores) for metric in ("value", "value+unit")]
    scores = {n: score_units(unit_cases, t, []) for n, t in systems.items()}
    rows += [("NumberWithUnit (all)", metric, scores) for metric in ("value", "value+unit")]
    scores = {n: score_ranges(range_cases, t, errs if n == "factcheck" else []) for n, t in systems.items()}
    rows += [("NumberRangeModel", metric, scores) for metric in ("ends", "ends+open")]
    scores = {n: score_percent(percent_cases, t, errs if n == "factcheck" else []) for n, t in systems.items()}
    rows += [("PercentModel", metric, scores) for metric in ("value", "value+unit")]
    print(
        f"Recognizers-Text English specs: {len(unit_cases)} NumberWithUnit inputs, {len(range_cases)} NumberRange, "
        f"{len(percent_cases)} Percent"
    )
    print("command: PYTHONPATH=. python bench/quantities_recognizers.py")
    print()
    print("| spec | metric | factcheck P / R / F1 | quantulum3 P / R / F1 |")
    print("| --- | --- | ---: | ---: |")
    for spec, metric, sc in rows:
        print(f"| {spec} | {metric} | {sc['factcheck'].prf(metric)} | {sc['quantulum3'].prf(metric)} |")
    for line in errs[: args.errors]:
        print(line)
    if args.false_positives:
        per_spec = {id(sc["factcheck"]): sc["factcheck"] for spec, _, sc in rows if spec != "NumberWithUnit (all)"}
        for sc_ in per_spec.values():
            for line in sc_.false_positives:
                print("FP", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
