"""CPU time of the date extractor: this checkout's against another checkout's, interleaved in one process.

Run by hand (not a test):

    PYTHONPATH=. python bench/dates_speed.py --other /work/main [--passes 25]

Documents: the seeds and every planted and held-out article of this checkout. Each pass runs ``extract_dates`` over
all of them (sentences split once, outside the timing); the passes of the two extractors alternate, and the minimum
CPU time (``time.process_time``) of each is reported with their ratio. The other checkout's ``dates.py`` is loaded
under another module name and reads its own word tables; everything else it imports comes from this checkout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType

import factcheck.extract.dates as this
from factcheck.extract.sentences import split_sentences
from factcheck.models import Document, Sentence

ROOT = Path(__file__).resolve().parent.parent


def load_other(checkout: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("other_dates", checkout / "factcheck" / "extract" / "dates.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no factcheck/extract/dates.py under {checkout}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["other_dates"] = module
    spec.loader.exec_module(module)
    return module


def documents() -> list[tuple[Document, list[Sentence]]]:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        p for d in sorted(ROOT.glob("bench/planted")) + sorted(ROOT.glob("bench/heldout*")) for p in d.glob("*.md")
    )
    out = []
    for p in paths:
        doc = Document(id=p.name, text=p.read_text(encoding="utf-8"), published=dt.date(2025, 3, 13))
        out.append((doc, split_sentences(doc)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="date extractor CPU time: this checkout vs another")
    ap.add_argument("--other", type=Path, required=True, help="the other checkout's root (e.g. /work/main)")
    ap.add_argument("--passes", type=int, default=25)
    args = ap.parse_args(argv)
    other = load_other(args.other)
    docs = documents()
    print(f"{len(docs)} documents, {sum(len(d.text) for d, _ in docs) / 1e6:.2f} MB")
    best = {"other": float("inf"), "this": float("inf")}
    runs = (("other", other), ("this", this))
    for i in range(args.passes):
        for name, module in runs if i % 2 == 0 else runs[::-1]:
            t0 = time.process_time()
            for doc, sentences in docs:
                module.extract_dates(doc, sentences)
            best[name] = min(best[name], time.process_time() - t0)
    print(f"min CPU s: other {best['other']:.3f}, this {best['this']:.3f}; ratio {best['this'] / best['other']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
