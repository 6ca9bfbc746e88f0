"""Quantity extraction accuracy on NewsQuant (the CQE paper's news test set): factcheck vs raw quantulum3.

Run by hand (not a test):

    PYTHONPATH=. python bench/quantities_newsquant.py [--errors N]

Protocol (reconstructed from CQE_Evaluation ``evaluate_models.py`` and ``tagger.py``, commit e7d6607):

* per sentence, gold and system quantities are each sorted by normalised unit; for every gold quantity the system
  quantities are scanned in order: a value match (``np.isclose``, rtol 1e-5, ranges as (low, high) pairs; for
  quantulum3, whose ranges are midpoints, gold ranges are averaged) counts for ``value`` (at most as many as there
  are gold quantities in the sentence) and, if the change labels agree, for ``value+change``; if the normalised
  units are equal as well it counts for ``value+unit``, the system quantity is used up and the scan stops.
* P = matches / system quantities, R = matches / gold quantities (904), F1 their harmonic mean.
* A count's unit is its counted noun phrase (``counted_phrase``, "14 first-team players" → "first-team player");
  both sides are compared lower-case with function words left out and modifiers lemmatised (the gold's own form:
  "best screens" → "good screen"); the head noun alone ("player") is accepted only when the gold unit is a single
  word.
* Normalised units follow the gold's quantulum-style names ("percentage", "dollar", "kilometre", "mile per hour",
  "year of age"); a count's unit is its counted noun ("24 settlements" → "settlement"), "-" when it has none.
  quantulum3's units go through the CQE tagger's own renaming table. factcheck's pint units and ISO currencies go
  through ``UNIT_NAMES`` below (naming only: no value is changed).
* "from X to Y" is one quantity in the gold (the range X–Y in the order written, every such case in the set);
  factcheck keeps the two ends of a movement apart and marks them (``endpoint`` "from"/"to"), so a "from" end
  followed by its "to" end is scored as one tag (X, Y) with the start's unit and change label.
* naming only: a fraction ("one fourth of the US population") is "% <what it is a share of>" ("% us population",
  "% -"), the gold's name; an amount or count per a non-unit noun (``per``) is "<unit> per <noun>" ("cent per
  share", "point per game"); a number after "the age of" is a "year of age".
* change labels: ">" or "<" from the hedge's direction, else "up"/"down" from ``change``, else "~" from an
  approximating hedge, else "=" (the gold is split on a hedged change: "rose about 1.5%" is mostly "up", sometimes
  "~").
  quantulum3 gives none, so (as in the paper) it has no value+change figure.

The evaluation data are read from ``../shared/data/newsquant`` (never copied into the repository).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from factcheck.extract.hedges import direction
from factcheck.extract.quantities import extract_quantities
from factcheck.extract.sentences import split_sentences
from factcheck.models import Document, Quantity

# ../shared/data from the main checkout (/work/main) or a worktree (/work/wt/<name>): the nearest ancestor
# that has shared/data
DATA = (
    next(
        (p / "shared" / "data" for p in Path(__file__).resolve().parents if (p / "shared" / "data").is_dir()),
        Path(__file__).resolve().parents[2] / "shared" / "data",
    )
    / "newsquant/NewsQuant.json"
)

# factcheck (pint / ISO) unit → the quantulum-style names NewsQuant's gold uses
UNIT_NAMES: dict[str, str] = {
    "percent": "percentage",
    "percentage_point": "percentage point",
    "basis_point": "basis point",
    "USD": "dollar",
    "EUR": "euro",
    "GBP": "pound sterling",
    "JPY": "japanese yen",
    "CNY": "chinese yuan",
    "AUD": "australian dollar",
    "CAD": "canadian dollar",
    "HKD": "hong kong dollar",
    "NZD": "new zealand dollar",
    "SGD": "singapore dollar",
    "ILS": "shekel",
    "MYR": "malaysian ringgit",
    "DKK": "danish krone",
    "SEK": "swedish krona",
    "NOK": "norwegian krone",
    "cent": "cent",
    "penny": "penny",
    "sen": "sen",
    "foot_pound": "pound-foot",
    "mile / gallon": "mile per gallon",
    "nanometer": "nanometre",
    "kilohertz": "kilohertz",
    "INR": "indian rupee",
    "RUB": "russian ruble",
    "CHF": "swiss franc",
    "KRW": "south korean won",
    "ZAR": "south african rand",
    "TRY": "turkish lira",
    "BRL": "brazilian real",
    "MXN": "mexican peso",
    "BTC": "bitcoin",
    "DEM": "deutsche mark",
    "FRF": "french franc",
    "ITL": "italian lira",
    "ESP": "peseta",
    "NLG": "netherlands guilder",
    "FIM": "finnish markka",
    "meter": "metre",
    "kilometer": "kilometre",
    "centimeter": "centimetre",
    "millimeter": "millimetre",
    "micrometer": "micrometre",
    "meter ** 2": "square metre",
    "kilometer ** 2": "square kilometre",
    "mile ** 2": "square mile",
    "foot ** 2": "square foot",
    "meter ** 3": "cubic metre",
    "foot ** 3": "cubic foot",
    "kilometer ** 3": "cubic kilometre",
    "liter": "litre",
    "milliliter": "millilitre",
    "mile_per_hour": "mile per hour",
    "kilometer / hour": "kilometre per hour",
    "meter / second": "metre per second",
    "degree_Celsius": "celsius",
    "degree_Fahrenheit": "fahrenheit",
    "pound": "pound-mass",
    "metric_ton": "metric ton",
    "kilowatt_hour": "kilowatt hour",
    "megawatt_hour": "megawatt hour",
    "gigawatt_hour": "gigawatt hour",
    "terawatt_hour": "terawatt hour",
    "revolutions_per_minute": "revolutions per minute",
    "milliampere_hour": "milliampere-hour",
    "pound_force_per_square_inch": "pound-force per square inch",
    "nautical_mile": "nautical mile",
    "light_year": "light-year",
    "megabit / second": "megabit per second",
    "kip_per_square_inch": "kilopound per square inch",
    "parts_per_billion": "parts-per-billion",
    "ppm": "part per million",
    "gigametric_ton": "gigaton",
    "megametric_ton": "megaton",
    "meter * newton": "newton metre",
    "gigabit / second": "gigabit per second",
    "metric_horsepower": "horsepower",
    "million_btu": "mega british thermal unit",
}

# the CQE tagger's renaming of quantulum3 unit names (tagger.py, QuantulumTagger.dictionary_unit)
QUANTULUM_NAMES: dict[str, str] = {
    "dimensionless": "-",
    "unk": "-",
    "per cent": "percentage",
    "dollar dollar": "dollar",
    "united states dollar": "dollar",
    "tonne": "metric ton",
    "degree angle": "degree",
    "degree celsius": "celsius",
    "degree fahrenheit": "fahrenheit",
    "percentage drop": "percentage",
    "second of arc": "second",
    "minute of arc": "minute",
    "yard yard": "yard",
    "cubic centimetre": "millilitre",
    "degree angle degree fahrenheit": "fahrenheit",
    "pound sterling year": "pound sterling per year",
    "per year per newton per day": "year",
}

_AGE_AFTER = re.compile(r"[\s-]*old\b", re.IGNORECASE)
_AGED_BEFORE = re.compile(r"\b(?:aged|age|ages)\s*$", re.IGNORECASE)


def unit_name(unit: str) -> str:
    if unit in UNIT_NAMES:
        return UNIT_NAMES[unit]
    if " / " in unit:  # a rate: "USD / barrel" → "dollar per barrel"
        return " per ".join(unit_name(part.strip("() ")) for part in unit.split(" / ", 1))
    return unit.replace("_", " ")


def factcheck_unit(q: Quantity, text: str) -> str:
    name = _unit_name(q, text)
    return f"{name} per {q.per}" if q.per else name


def _unit_name(q: Quantity, text: str) -> str:
    if q.dimension == "fraction":  # "one fourth of the US population" → "% us population" (quantulum's name)
        return f"% {q.counted_phrase or '-'}"
    if q.unit is None:
        if q.counted == "time":
            return "count"  # "3200 times": quantulum's name for a number of occurrences
        return q.counted_phrase or q.counted or "-"
    name = unit_name(q.unit)
    if q.dimension == "time" and (
        _AGE_AFTER.match(text, q.span.end)
        or _AGED_BEFORE.search(text[: q.span.start])
        or q.span.text.endswith("old")
        or (q.hedge or "").lower().split()[-2:] == ["age", "of"]
        or (q.unit == "year" and not re.search("[A-Za-z]", q.span.text))  # years not written: an age ("Maddon, 66,")
    ):
        return f"{name} of age"
    return name


def factcheck_change(q: Quantity) -> str:
    # one label from two fields: a bound (">", "<") first, then the change, then "~" ("rose about 1.5%" → "up")
    hedged = direction(q.hedge)
    if hedged in (">", "<"):
        return hedged
    return q.change or hedged or "="


def tag_factcheck(text: str) -> list[dict[str, Any]]:
    doc = Document(id="s", text=text)
    out: list[dict[str, Any]] = []
    quantities = extract_quantities(doc, split_sentences(doc))
    for i, q in enumerate(quantities):
        value: Any = (q.value, q.value_high) if q.value_high is not None and q.range else q.value
        if q.endpoint == "to" and i and quantities[i - 1].endpoint == "from":
            continue  # merged into the start below
        unit = factcheck_unit(q, text)
        if q.endpoint == "from" and i + 1 < len(quantities) and quantities[i + 1].endpoint == "to":
            end = quantities[i + 1]  # "from X to Y" is one quantity X–Y in the gold, in the order written
            value = (q.value, end.value)
            if unit == "-":
                unit = factcheck_unit(end, text)
        tag = {"value": value, "normalized_unit": unit, "change": factcheck_change(q)}
        if q.unit is None and q.counted:
            tag["head"] = q.counted
        out.append(tag)
    return out


def tag_quantulum(text: str) -> list[dict[str, Any]]:
    from quantulum3 import parser

    out = []
    for res in parser.parse(text):
        unit = res.unit.name
        unit = QUANTULUM_NAMES.get(unit.lower(), unit)
        out.append({"value": res.value, "normalized_unit": unit.strip(), "change": None})
    return out


# --- the CQE scoring, reimplemented -----------------------------------------------------------------------------


def decode(result: dict[str, Any], average_ranges: bool) -> tuple[Any, str, Any]:
    raw = result["value"]
    value: Any
    if isinstance(raw, str) and "E" not in raw and not raw.startswith("-") and "-" in raw:
        lo, hi = (float(x) for x in raw.split("-"))
        value = (lo + hi) / 2 if average_ranges else (lo, hi)
    elif isinstance(raw, tuple):
        value = (float(raw[0]), float(raw[1]))
    else:
        value = float(raw)
    return value, str(result["normalized_unit"]).lower(), result.get("change")


_STOP = frozenset({"a", "an", "the", "of", "and", "or", "&", "in", "on", "at", "to", "for", "with", "by", "from"})


def phrase_key(phrase: str) -> str:
    """A noun phrase as the gold writes its units: lower-case, function words left out ("Kia and Hyundai vehicle"
    → "kia hyundai vehicle")."""
    from lemminflect import getLemma

    words = phrase.lower().split()
    kept = [w for w in words if w not in _STOP] or words
    if len(kept) > 1:  # the gold lemmatises modifiers too: "best wireless speaker" → "good wireless speaker"
        kept = [getLemma(w, upos="ADJ")[0] if i < len(kept) - 1 else w for i, w in enumerate(kept)]
    return " ".join(kept)


def units_match(gold: str, tag: dict[str, Any]) -> bool:
    """The tag's unit (for a count: its whole counted phrase) equals the gold's; a count's head noun alone is
    accepted only when the gold unit is a single word (gold "player" for "14 first-team players")."""
    if phrase_key(str(tag["normalized_unit"])) == phrase_key(gold):
        return True
    head = tag.get("head")
    return head is not None and " " not in gold and head.lower() == gold


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-8 + 1e-5 * abs(b)


def values_match(gt: Any, model: Any) -> bool:
    if isinstance(gt, tuple) and isinstance(model, tuple):
        return close(model[0], gt[0]) and close(model[1], gt[1])
    if isinstance(gt, tuple) or isinstance(model, tuple):
        return False
    return close(model, gt)


def score(rows: list[dict[str, Any]], average_ranges: bool) -> dict[str, tuple[float, float, float]]:
    total_gt = total_tags = c_value = c_unit = c_change = 0
    for row in rows:
        total_gt += len(row["gt"])
        total_tags += len(row["tags"])
        tags = sorted(row["tags"], key=lambda d: d["normalized_unit"])
        gts = sorted(row["gt"], key=lambda d: d["normalized_unit"])
        remaining = len(gts)
        for g in gts:
            gv, gu, gc = decode(g, average_ranges)
            for t in list(tags):
                tv, _, tc = decode(t, False)
                if not values_match(gv, tv):
                    continue
                if remaining > 0:
                    c_value += 1
                    remaining -= 1
                if tc == gc:
                    c_change += 1
                if units_match(gu, t):
                    c_unit += 1
                    tags.remove(t)
                    tags.sort(key=lambda d: d["normalized_unit"])
                    break

    def prf(tp: int) -> tuple[float, float, float]:
        p = tp / total_tags if total_tags else 0.0
        r = tp / total_gt if total_gt else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return round(p * 100, 1), round(r * 100, 1), round(f * 100, 1)

    return {"value": prf(c_value), "value+unit": prf(c_unit), "value+change": prf(c_change)}


def stripped(text: str) -> bool:
    """Sentences whose punctuation was stripped by the dataset's makers (no comma, apostrophe or quote)."""
    return not re.search(r"[,'’\"“”]", text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="NewsQuant accuracy: factcheck vs raw quantulum3")
    ap.add_argument("--errors", type=int, default=0, help="print up to N sentences where factcheck disagrees")
    ap.add_argument("--skip-quantulum", action="store_true")
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    data = json.loads(DATA.read_text(encoding="utf-8"))
    systems: list[tuple[str, Callable[[str], list[dict[str, Any]]], bool]] = [("factcheck", tag_factcheck, False)]
    if not args.skip_quantulum:
        systems.append(("quantulum3", tag_quantulum, True))
    results: dict[str, dict[str, dict[str, tuple[float, float, float]]]] = {}
    timing: dict[str, float] = {}
    tagged: dict[str, list[dict[str, Any]]] = {}
    for name, tagger, average in systems:
        t0 = time.perf_counter()
        rows = [{"text": d["text"], "gt": d["quantities"], "tags": tagger(d["text"])} for d in data]
        timing[name] = time.perf_counter() - t0
        tagged[name] = rows
        results[name] = {
            "all": score(rows, average),
            "stripped": score([r for r in rows if stripped(r["text"])], average),
            "punctuated": score([r for r in rows if not stripped(r["text"])], average),
        }
    n_strip = sum(stripped(d["text"]) for d in data)
    print(
        f"NewsQuant: {len(data)} sentences, {sum(len(d['quantities']) for d in data)} gold quantities "
        f"({n_strip} sentences with punctuation stripped)"
    )
    print("command: PYTHONPATH=. python bench/quantities_newsquant.py")
    print()
    names = [n for n, _, _ in systems]
    print("| subset | metric | " + " | ".join(f"{n} P / R / F1" for n in names) + " |")
    print("| --- | --- | " + " | ".join("---:" for _ in names) + " |")
    for subset in ("all", "stripped", "punctuated"):
        for metric in ("value", "value+unit", "value+change"):
            cells = []
            for n in names:
                p, r, f = results[n][subset][metric]
                cells.append("—" if n == "quantulum3" and metric == "value+change" else f"{p} / {r} / **{f}**")
            print(f"| {subset} | {metric} | " + " | ".join(cells) + " |")
    print()
    print("time: " + ", ".join(f"{n} {timing[n]:.2f} s" for n in names))
    if args.errors:
        shown = 0
        for row in tagged["factcheck"]:
            got = sorted((_fmt(t["value"]), t["normalized_unit"], t["change"]) for t in row["tags"])
            want = sorted((_fmt(decode(g, False)[0]), g["normalized_unit"].lower(), g["change"]) for g in row["gt"])
            if got != want:
                print(f"\n{row['text']}\n  gold: {want}\n  got:  {got}")
                shown += 1
                if shown >= args.errors:
                    break
    return 0


def _fmt(v: Any) -> str:
    if isinstance(v, tuple):
        return f"{_fmt(v[0])}-{_fmt(v[1])}"
    return f"{v:g}" if isinstance(v, float) and math.isfinite(v) else str(v)


if __name__ == "__main__":
    raise SystemExit(main())
