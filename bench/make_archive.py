"""Write a synthetic news archive for the benchmarks: the seeds (numbers scaled, years shifted; names kept) plus
generated articles built from hand-written templates (names, places, organisations, numbers and dates drawn at
random), each a .txt file with a ``Published:`` line.

    python bench/make_archive.py OUT_DIR [-n 5000] [--seed 1]

About one generated article in six carries a deliberate slip (a share that does not match its parts, a weekday that
does not match its date, a misspelt name) so the checks have something to find. Deterministic for a given ``--seed``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

CITIES = [
    "Avondale",
    "Brackley",
    "Corvena",
    "Dunmore",
    "Eastwick",
    "Farrow",
    "Glenhaven",
    "Harlow Bay",
    "Istra",
    "Jarnac",
    "Kelso",
    "Lindqvist",
    "Marbella Norte",
    "Norwood",
    "Ostrava Nova",
    "Pellham",
    "Quarry Hill",
    "Redmarsh",
    "Saltcombe",
    "Tarnow",
    "Ulverton",
    "Valemont",
    "Westbury",
    "Yarrowdale",
    "Zellwood",
]
REGIONS = ["North Vale", "the Eastern Province", "Lower Merrow", "the Coastal District", "Upper Tarn", "West Hollin"]
FIRST = ["Ana", "Marek", "Priya", "Tomasz", "Helen", "Kofi", "Ines", "David", "Yuki", "Olu", "Sara", "Pavel", "Leila"]
LAST = ["Ruiz", "Kowalski", "Nair", "Brennan", "Mensah", "Okafor", "Lindgren", "Haddad", "Sato", "Varga", "Duarte"]
TITLES = ["Mayor", "Minister", "Director", "spokeswoman", "spokesman", "chief executive", "Governor", "Professor"]
ORGS = [
    "the Regional Water Board",
    "Northline Rail",
    "the Harbour Authority",
    "Meridian Health Trust",
    "the Statistics Office",
    "Corvena University",
    "the Transport Ministry",
    "Greenfield Energy",
    "the City Council",
    "the Farmers' Union",
]
THINGS = [
    ("homes", "home"),
    ("jobs", "job"),
    ("schools", "school"),
    ("buses", "bus"),
    ("beds", "bed"),
    ("trees", "tree"),
    ("students", "student"),
    ("patients", "patient"),
    ("flights", "flight"),
    ("stores", "store"),
]
HEDGES = ["about", "nearly", "more than", "around", "almost", "some", "at least", "roughly", ""]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

LEADS = [
    "{org_c} said on {weekday} that it would spend {money} on {n1} new {things} in {city} by {year2}.",
    "{city} recorded {hedge} {n1} {things} in {month}, up {pct}% from {n0} a year earlier, {org} said.",
    "{person} announced on {date} that {org} had cut {n2} {things} across {region}, leaving {n3}.",
    "Officials in {city} confirmed on {weekday}, {date}, that {hedge} {n1} {things} were affected by the storm.",
]
BODY = [
    "Of the {n1} {things}, {k} were in {city}, or {share}% of the total.",
    "The project covers {area} square kilometers ({area_mi} square miles) and will take {months} months.",
    '{person}, {title} of {org}, said the figure was "{adj}" and that a review would begin on {date2}.',
    "Spending rose {pct}% to {money2} from {money3} in {year0}.",
    "The first phase ends in {month2} {year2}; the second, {hedge} {years} years later.",
    "Critics in {region} said {n4} {things} had been promised in {year0} but only {n5} were delivered.",
    "Three {things_pl2} — in {city}, {city2} and {city3} — will close, {org} said on {weekday2}.",
    "Temperatures reached {temp} degrees Celsius ({temp_f} degrees Fahrenheit) on {date3}, the highest since {year0}.",
    "The line is {km} kilometers long and trains will run at up to {speed} km/h, "
    "cutting the journey by {mins} minutes.",
    "{org_c} employs {hedge} {staff} people, {part}% of them part-time.",
    "Turnout was {turnout}%, with {votes} votes cast out of {voters} registered voters.",
    "{person2} of {org2} disputed the numbers, saying fewer than {n6} {things} were built last year.",
    "The council meets again on {weekday3}, {date4}, to vote on the plan.",
    "Prices have doubled since {year0}, from {money3} to {money4}, according to {org2}.",
    "A spokesperson declined to comment on the {days}-day delay.",
]
CLOSERS = [
    "{person} is expected to present the final figures to {org} in {month2}.",
    "The full report is due to be published in {year2}.",
    "{org_c} did not respond to a request for comment.",
]


def _money(rng: random.Random, lo: float, hi: float) -> str:
    v = rng.uniform(lo, hi)
    if v >= 1e9:
        return f"${v / 1e9:.1f} billion"
    if v >= 1e6:
        return f"${v / 1e6:.1f} million"
    return f"${round(v, -3):,.0f}"


def _date(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def article(rng: random.Random, index: int) -> tuple[str, dt.date]:
    """One generated article (~250–750 words) and its publication date."""
    published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 6 * 365))
    slip = rng.random() < 1 / 6
    shared = _slots(rng, published, slip)
    names = {k: shared[k] for k in ("org", "org_c", "city", "person", "things")}
    title = f"{shared['city']}: {shared['org_c']} {rng.choice(['expands', 'cuts', 'reviews', 'defends'])} "
    title += f"{shared['things']} plan"
    paragraphs = [rng.choice(LEADS).format(**shared)]
    for _ in range(rng.randrange(4, 14)):  # each paragraph draws fresh numbers, dates and secondary names
        slots = {**_slots(rng, published, slip and rng.random() < 0.3), **names}
        paragraphs.append(" ".join(t.format(**slots) for t in rng.sample(BODY, k=rng.randrange(1, 4))))
    paragraphs.append(rng.choice(CLOSERS).format(**shared))
    text = "\n\n".join(re.sub(r" +", " ", p).replace(" ,", ",") for p in paragraphs)
    return f"{title}\nPublished: {published.isoformat()}\n\n{text}\n", published


def _slots(rng: random.Random, published: dt.date, slip: bool) -> dict[str, object]:
    """Values for every template slot (``slip``: make the share, the weekday or the conversion wrong)."""

    def person() -> str:
        return f"{rng.choice(FIRST)} {rng.choice(LAST)}"

    def near(days: int) -> dt.date:
        return published + dt.timedelta(days=rng.randrange(-days, days + 1))

    n1 = rng.randrange(40, 9000)
    k = rng.randrange(5, n1)
    share = round(100 * k / n1) + (rng.choice([-15, 12, 20]) if slip else 0)
    area = rng.randrange(3, 900)
    temp = rng.randrange(-10, 42)
    votes = rng.randrange(2000, 90000)
    voters = int(votes / rng.uniform(0.35, 0.85))
    d1, d2, d3, d4 = near(20), near(60), near(30), near(14) + dt.timedelta(days=3)
    weekday_of_d4 = WEEKDAYS[d4.weekday() if not slip else (d4.weekday() + 2) % 7]
    things, _ = rng.choice(THINGS)
    org = rng.choice(ORGS)
    slots: dict[str, object] = {
        "org": org,
        "org_c": org[0].upper() + org[1:],
        "org2": rng.choice(ORGS),
        "city": rng.choice(CITIES),
        "city2": rng.choice(CITIES),
        "city3": rng.choice(CITIES),
        "region": rng.choice(REGIONS),
        "person": person(),
        "person2": person(),
        "title": rng.choice(TITLES),
        "things": things,
        "things_pl2": rng.choice(THINGS)[0],
        "hedge": rng.choice(HEDGES),
        "n0": f"{rng.randrange(40, 9000):,}",
        "n1": f"{n1:,}",
        "n2": f"{rng.randrange(10, 500):,}",
        "n3": f"{rng.randrange(100, 5000):,}",
        "n4": f"{rng.randrange(100, 900):,}",
        "n5": f"{rng.randrange(10, 99):,}",
        "n6": f"{rng.randrange(10, 400):,}",
        "k": f"{k:,}",
        "share": share,
        "pct": rng.choice([3, 5, 8, 12, 15, 20, 25, 40]),
        "part": rng.randrange(5, 60),
        "money": _money(rng, 2e5, 3e9),
        "money2": _money(rng, 1e6, 9e8),
        "money3": _money(rng, 1e6, 9e8),
        "money4": _money(rng, 1e6, 9e8),
        "area": f"{area:,}",
        "area_mi": f"{area * 0.386:,.0f}",
        "months": rng.randrange(2, 36),
        "years": rng.randrange(2, 9),
        "days": rng.choice([10, 14, 30, 60, 90]),
        "temp": temp,
        "temp_f": round(temp * 9 / 5 + 32) + (9 if slip and rng.random() < 0.5 else 0),
        "km": rng.randrange(12, 400),
        "speed": rng.choice([120, 160, 200, 250, 300]),
        "mins": rng.randrange(5, 90),
        "staff": f"{rng.randrange(50, 40000):,}",
        "turnout": round(100 * votes / voters),
        "votes": f"{votes:,}",
        "voters": f"{voters:,}",
        "adj": rng.choice(["encouraging", "disappointing", "a record", "in line with forecasts"]),
        "weekday": WEEKDAYS[d1.weekday()],
        "weekday2": WEEKDAYS[d2.weekday()],
        "weekday3": weekday_of_d4,
        "date": _date(d1),
        "date2": _date(d2),
        "date3": _date(d3),
        "date4": _date(d4),
        "month": MONTHS[(published.month - 2) % 12],
        "month2": rng.choice(MONTHS),
        "year0": published.year - rng.randrange(1, 10),
        "year2": published.year + rng.randrange(1, 6),
    }
    return slots


def vary_seed(rng: random.Random, text: str) -> str:
    """A seed with its numbers scaled and its dates shifted, so the copy is new text."""

    def number(m: re.Match[str]) -> str:
        raw = m.group(0)
        if len(raw) == 4 and raw.startswith(("19", "20")):
            return str(int(raw) + rng.randrange(-3, 2))
        value = float(raw.replace(",", ""))
        new = value * rng.uniform(0.7, 1.3)
        return f"{new:,.0f}" if "," in raw or value >= 100 else str(max(1, round(new)))

    return re.sub(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?![\w])|(?<![\w.])\d+(?![\w.])", number, text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("-n", "--articles", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    seeds = sorted(SEEDS.glob("*.txt"))
    total = 0
    for i in range(args.articles):
        if i % 10 == 0 and seeds:  # one in ten: a varied seed
            seed = seeds[(i // 10) % len(seeds)]
            published = dt.date(2025, 3, 13) + dt.timedelta(days=rng.randrange(-30, 30))
            text = f"Published: {published.isoformat()}\n\n" + vary_seed(rng, seed.read_text(encoding="utf-8"))
        else:
            text, _ = article(rng, i)
        path = args.out / f"{i // 1000:03d}" / f"a{i:06d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    print(f"{args.articles} articles, {total / 1e6:.1f} MB in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
