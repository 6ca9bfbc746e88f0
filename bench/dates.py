"""Benchmark the date and duration extractor (run by hand; not part of the tests).

    PYTHONPATH=. python bench/dates.py [--data ../shared/data] [--errors]

TempEval-3 platinum (20 news documents, TimeML TIMEX3, resolved against each document's creation time) and the
Microsoft Recognizers-Text English date/duration specs. The protocol is in docs/benchmarks-dates.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.extract.dates import extract_dates
from factcheck.extract.sentences import split_sentences
from factcheck.models import DateRef, Document, Duration

Period = tuple[dt.date, dt.date]
# nominal length of a unit in days (durations are compared by overlapping nominal day ranges)
UNIT_DAYS = {
    "S": (1 / 86400, 1 / 86400),
    "MIN": (1 / 1440, 1 / 1440),
    "H": (1 / 24, 1 / 24),
    "D": (1, 1),
    "W": (7, 7),
    "M": (28, 31),
    "Y": (365, 366),
    "DE": (3652, 3653),
    "CE": (36524, 36525),
}
OURS_DAYS = {
    "second": "S",
    "minute": "MIN",
    "hour": "H",
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
}
SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 2)}


@dataclass
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


# --- value mapping ---------------------------------------------------------------------------------------------


def _month(y: int, m: int) -> Period:
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return dt.date(y, m, 1), nxt - dt.timedelta(days=1)


def timex_period(value: str, dct: dt.date) -> Period | None:
    """A TIMEX3 DATE value as the days it covers; None when it names no definite period (XXXX, PAST_REF)."""
    v = re.sub(r"T.*$", "", value) if re.match(r"\d{4}-", value) else value
    if v == "PRESENT_REF":
        return dct, dct
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", v):
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := re.fullmatch(r"(\d{4})-W(\d\d)", v):
        start = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return start, start + dt.timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-(\d\d)", v):
        return _month(int(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
        q = int(m[2])
        return _month(int(m[1]), 3 * q - 2)[0], _month(int(m[1]), 3 * q)[1]
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", v):
        y, (a, b) = int(m[1]), SEASONS[m[2]]
        return (_month(y, a)[0], _month(y + (a > b), b)[1])
    if m := re.fullmatch(r"(\d{4})", v):
        return dt.date(int(v), 1, 1), dt.date(int(v), 12, 31)
    if m := re.fullmatch(r"(\d{3})", v):
        return dt.date(int(v) * 10, 1, 1), dt.date(int(v) * 10 + 9, 12, 31)
    if m := re.fullmatch(r"(\d{2})", v):
        return dt.date(int(v) * 100, 1, 1), dt.date(int(v) * 100 + 99, 12, 31)
    return None


def timex_duration(value: str) -> tuple[tuple[float, float], bool] | None:
    """A TIMEX3 duration value (P3Y, PT24H, PXM, P1DE) as nominal days and whether the count is vague (X)."""
    m = re.fullmatch(r"P(T?)([\d.]+|X)(DE|CE|[YMWDHS])", value)
    if not m:
        return None
    unit = m[3]
    if m[1] and unit == "M":
        unit = "MIN"
    lo, hi = UNIT_DAYS[unit]
    if m[2] == "X":
        return (lo, hi), True
    n = float(m[2])
    return (n * lo, n * hi), False


def our_period(d: DateRef) -> Period | None:
    """The period a DateRef names, widened to its granularity ("earlier this week" → the whole week)."""
    if d.start is None or d.end is None:
        return None
    g = d.granularity
    if g == "week":
        s = d.start - dt.timedelta(days=d.start.weekday())
        return s, s + dt.timedelta(days=6)
    if g == "month" and d.start.month == d.end.month and d.start.year == d.end.year:
        return _month(d.start.year, d.start.month)
    if g == "year" and d.start.year == d.end.year:
        return dt.date(d.start.year, 1, 1), dt.date(d.start.year, 12, 31)
    return d.start, d.end


def our_duration(u: Duration) -> tuple[tuple[float, float], bool]:
    lo, hi = UNIT_DAYS[OURS_DAYS[u.unit]]
    vague = u.hedge is not None and u.hedge not in (
        "about",
        "around",
        "roughly",
        "approximately",
        "some",
        "nearly",
        "almost",
        "over",
        "more than",
        "just under",
        "just over",
        "at least",
        "up to",
        "within",
        "under",
        "less than",
        "fewer than",
        "above",
    )
    return ((lo, hi) if vague else (u.value * lo, u.value * hi)), vague


def durations_agree(gold: tuple[tuple[float, float], bool], ours: tuple[tuple[float, float], bool]) -> bool:
    (glo, ghi), gvague = gold
    (olo, ohi), ovague = ours
    if gvague or ovague:
        return gvague == ovague and abs(glo - olo) < 1e-9  # same unit, both vague
    return olo <= ghi + 1e-9 and glo <= ohi + 1e-9


# --- TempEval-3 -----------------------------------------------------------------------------------------------------


def load_tml(path: Path) -> tuple[str, dt.date, list[Gold]]:
    root = ET.parse(path).getroot()
    dct_el = root.find("DCT/TIMEX3")
    assert dct_el is not None
    dct = dt.date.fromisoformat(dct_el.attrib["value"][:10])
    text_el = root.find("TEXT")
    assert text_el is not None
    parts: list[str] = []
    gold: list[Gold] = []

    def walk(el: ET.Element) -> None:
        start = sum(map(len, parts))
        parts.append(el.text or "")
        for child in el:
            walk(child)
            parts.append(child.tail or "")
        if el.tag == "TIMEX3":
            end = sum(map(len, parts))
            gold.append(Gold(start, end, "".join(parts)[start:end], el.attrib["type"], el.attrib.get("value", "")))

    walk(text_el)
    return "".join(parts), dct, gold


@dataclass
class Score:
    gold: int = 0
    pred: int = 0
    span_tp_gold: int = 0
    span_tp_pred: int = 0
    value_ok: int = 0
    value_gold: int = 0  # gold expressions with a definite value

    def row(self, name: str) -> str:
        p = self.span_tp_pred / self.pred if self.pred else 0.0
        r = self.span_tp_gold / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        vp = self.value_ok / self.pred if self.pred else 0.0
        vr = self.value_ok / self.value_gold if self.value_gold else 0.0
        vf = 2 * vp * vr / (vp + vr) if vp + vr else 0.0
        return (
            f"| {name} | {self.gold} ({self.value_gold}) | {self.pred} | {p:.3f} | {r:.3f} | {f:.3f} | "
            f"{self.value_ok} | {vp:.3f} | {vr:.3f} | {vf:.3f} |"
        )


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def tempeval(data: Path, show_errors: bool) -> tuple[Score, Score]:
    date_s, dur_s = Score(), Score()
    for path in sorted((data / "tempeval3_platinum" / "tml").glob("*.tml")):
        text, dct, gold = load_tml(path)
        doc = Document(id=path.name, text=text, published=dct)
        dates, durations = extract_dates(doc, split_sentences(doc))
        for kind, score, preds in (("DATE", date_s, dates), ("DURATION", dur_s, durations)):
            g_kind = [g for g in gold if g.type == kind]
            g_other = [g for g in gold if g.type != kind]
            score.gold += len(g_kind)
            used: set[int] = set()
            for p in preds:
                ps = (p.span.start, p.span.end)
                hit = next((i for i, g in enumerate(g_kind) if i not in used and overlaps(ps, (g.start, g.end))), None)
                if hit is None:
                    if any(overlaps(ps, (g.start, g.end)) for g in g_other):
                        continue  # overlaps a gold expression of another type: neither right nor wrong here
                    score.pred += 1
                    if show_errors:
                        print(f"FP {kind} {path.name}: {p.span.text!r}")
                    continue
                used.add(hit)
                score.pred += 1
                score.span_tp_pred += 1
                g = g_kind[hit]
                if value_ok(g, p, dct):
                    score.value_ok += 1
                elif show_errors:
                    print(f"VAL {kind} {path.name}: {g.text!r} gold={g.value} ours={describe(p)}")
            score.span_tp_gold += len(used)
            for i, g in enumerate(g_kind):
                if definite(g, dct):
                    score.value_gold += 1
                if i not in used and show_errors:
                    print(f"FN {kind} {path.name}: {g.text!r} {g.value}")
    return date_s, dur_s


def definite(g: Gold, dct: dt.date) -> bool:
    if g.type == "DURATION" or re.match(r"P[T\dX]", g.value):
        return timex_duration(g.value) is not None
    return timex_period(g.value, dct) is not None


def value_ok(g: Gold, p: DateRef | Duration, dct: dt.date) -> bool:
    if isinstance(p, Duration):
        gd = timex_duration(g.value)
        return gd is not None and durations_agree(gd, our_duration(p))
    gd = timex_duration(g.value)
    if gd is not None and not gd[1]:
        # a DATE valued as a duration ("available in five years": P5Y) names the day that long after the DCT
        target = shift_timex(dct, g.value)
        ours = our_period(p)
        return target is not None and ours is not None and ours[0] <= target <= ours[1]
    gp = timex_period(g.value, dct)
    return gp is not None and gp == our_period(p)


def shift_timex(d: dt.date, value: str) -> dt.date | None:
    """``d`` moved forward by a whole TIMEX duration of days, weeks, months or years (P2D, P3W, P6M, P5Y)."""
    m = re.fullmatch(r"P(\d+)([DWMY])", value)
    if not m:
        return None
    n, unit = int(m[1]), m[2]
    if unit in "DW":
        return d + dt.timedelta(days=n * (7 if unit == "W" else 1))
    months = d.year * 12 + d.month - 1 + n * (12 if unit == "Y" else 1)
    y, mo = divmod(months, 12)
    return dt.date(y, mo + 1, min(d.day, _month(y, mo + 1)[1].day))


def describe(p: DateRef | Duration) -> str:
    if isinstance(p, Duration):
        return f"{p.value} {p.unit} hedge={p.hedge}"
    return f"{p.start}..{p.end} {p.granularity}"


# --- Recognizers-Text -------------------------------------------------------------------------------------------------


def load_spec(data: Path, name: str) -> list[dict[str, Any]]:
    path = data / "recognizers_text" / "DateTime" / "English" / f"{name}.json"
    cases: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8-sig"))
    return cases


def run_case(case: dict[str, Any]) -> tuple[list[DateRef], list[Duration]]:
    ref = case.get("Context", {}).get("ReferenceDateTime", "2016-11-07T00:00:00")
    doc = Document(id="case", text=case["Input"], published=dt.date.fromisoformat(ref[:10]))
    return extract_dates(doc, split_sentences(doc))


def recognizers(data: Path, show_errors: bool) -> list[str]:
    rows = []
    for name, kind in (("DateExtractor", "date"), ("DurationExtractor", "duration"), ("DatePeriodExtractor", "date")):
        gold_n = pred_n = tp_g = tp_p = 0
        for case in load_spec(data, name):
            dates, durations = run_case(case)
            preds = [(p.span.start, p.span.end, p.span.text) for p in (dates if kind == "date" else durations)]
            golds = [(r["Start"], r["Start"] + r["Length"]) for r in case["Results"]]
            gold_n += len(golds)
            pred_n += len(preds)
            tp_g += sum(any(overlaps(g, p[:2]) for p in preds) for g in golds)
            tp_p += sum(any(overlaps(g, p[:2]) for g in golds) for p in preds)
            if show_errors and (not all(any(overlaps(g, p[:2]) for p in preds) for g in golds)):
                print(f"FN {name}: {case['Input']!r} gold={[r['Text'] for r in case['Results']]}")
        p = tp_p / pred_n if pred_n else 0.0
        r = tp_g / gold_n if gold_n else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        rows.append(f"| {name} | {gold_n} | {pred_n} | {p:.3f} | {r:.3f} | {f:.3f} | — |")
    for name in ("DateParser", "DurationParser", "DatePeriodParser"):
        gold_n = ok = found = 0
        for case in load_spec(data, name):
            dates, durations = run_case(case)
            for res in case["Results"]:
                if name == "DateParser" and impossible(res):
                    continue
                gold_n += 1
                span = (res["Start"], res["Start"] + res["Length"])
                if name == "DurationParser":
                    hit_u = next((u for u in durations if overlaps(span, (u.span.start, u.span.end))), None)
                    if hit_u is None:
                        if show_errors:
                            print(f"FN {name}: {case['Input']!r} {res['Text']!r} {res['Value'].get('Timex')}")
                        continue
                    found += 1
                    gd = timex_duration(res["Value"]["Timex"])
                    good = gd is not None and durations_agree(gd, our_duration(hit_u))
                else:
                    hit_d = next((d for d in dates if overlaps(span, (d.span.start, d.span.end))), None)
                    if hit_d is None:
                        if show_errors:
                            print(f"FN {name}: {case['Input']!r} {res['Text']!r} {res['Value'].get('Timex')}")
                        continue
                    found += 1
                    timex = res["Value"].get("Timex", "")
                    good = any(
                        period_matches(res["Value"][k], hit_d, timex) for k in ("PastResolution", "FutureResolution")
                    )
                    if not good and not any(res["Value"].get(k) for k in ("PastResolution", "FutureResolution")):
                        # the spec resolves seasons ("this summer", "summer 2016") to nothing: read its TIMEX value
                        ref = dt.date.fromisoformat(case.get("Context", {}).get("ReferenceDateTime", "2016-11-07")[:10])
                        gp = timex_period(res["Value"].get("Timex", ""), ref)
                        good = gp is not None and gp == our_period(hit_d)
                ok += good
                if show_errors and not good:
                    hit = hit_u if name == "DurationParser" else hit_d
                    spec = {k: res["Value"].get(k) for k in ("PastResolution", "FutureResolution") if k in res["Value"]}
                    print(
                        f"VAL {name}: {case['Input']!r} {res['Text']!r} {res['Value'].get('Timex')} "
                        f"ours={hit.span.text!r} {describe(hit)} spec={spec}"
                    )
        rows.append(f"| {name} | {gold_n} | {found} | — | {found / gold_n:.3f} | — | {ok / gold_n:.3f} |")
    return rows


def period_matches(res: dict[str, str], d: DateRef, timex: str = "") -> bool:
    if "date" in res:
        day = dt.date.fromisoformat(res["date"][:10])
        return d.start == d.end == day
    if "startDate" in res and "endDate" in res and d.start and d.end:
        start, end = dt.date.fromisoformat(res["startDate"]), dt.date.fromisoformat(res["endDate"])
        if d.start == start and d.end in (end, end - dt.timedelta(days=1)):
            return True
        # a range of whole years or months ("from 2014 to 2018", "between May 2015 and June 2018": P4Y, P37M): the
        # spec ends it where the last named year or month begins; a news reader counts that year or month in
        unit = re.search(r",P\d+([YM])\)", timex)
        if unit and d.start == start and end.day == 1 and (unit[1] == "M" or end.month == 1):
            last = _month(end.year, end.month)[1] if unit[1] == "M" else dt.date(end.year, 12, 31)
            return d.end == last
    return False


def impossible(res: dict[str, Any]) -> bool:
    """The spec resolves a day that does not exist ("the fifth Sunday" of a month with four, "31st of November")
    to 0001-01-01: no reading can match it, so it is not scored."""
    return any(
        (res["Value"].get(k) or {}).get("date", "").startswith("0001-") for k in ("PastResolution", "FutureResolution")
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    ap.add_argument("--errors", action="store_true", help="print every miss and false alarm")
    args = ap.parse_args()
    date_s, dur_s = tempeval(args.data, args.errors)
    print("TempEval-3 platinum (relaxed span overlap; value = resolved against the DCT)")
    print(
        "| type | gold (with value) | predicted | span P | span R | span F1 | value ok | value P | value R | value F1 |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    print(date_s.row("DATE"))
    print(dur_s.row("DURATION"))
    print()
    print("Recognizers-Text English specs (relaxed span overlap; parser value = past or future reading)")
    print("| spec | gold | predicted (found) | span P | span R | span F1 | value accuracy |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for row in recognizers(args.data, args.errors):
        print(row)


if __name__ == "__main__":
    main()
