"""Build a FactBase from short texts with hand-made quantities (independent of the quantity extractor)."""

from __future__ import annotations

from typing import Any

from factcheck.engine import build_facts
from factcheck.facts import FactBase
from factcheck.ingest import from_text
from factcheck.intervals import INF, Interval
from factcheck.models import Quantity
from factcheck.rules.loader import LoadedRules

HEDGES: dict[str, Any] = {
    None: lambda v: (v, v, False),
    "nearly": lambda v: (0.9 * v, v, False),
    "around": lambda v: (0.9 * v, 1.1 * v, False),
    "about": lambda v: (0.9 * v, 1.1 * v, False),
    "over": lambda v: (v, 1.5 * v, True),
    "fewer than": lambda v: (0.0, v, False),
}


def q(text: str, surface: str, value: float, unit: str | None = None, hedge: str | None = None, **kw: Any) -> Quantity:
    """A Quantity for the first occurrence of ``surface`` in ``text`` (sentence index filled in later)."""
    start = text.index(surface)
    low, high, low_open = HEDGES[hedge](value)
    if unit == "percent" and hedge is None:
        low, high = value - 0.5, value + 0.5
    interval = Interval(low=low, high=high, low_open=low_open)
    dimension = kw.pop("dimension", {"percent": "percent", "kilometer ** 2": "area"}.get(unit or "", "count"))
    return Quantity(
        span={"start": start, "end": start + len(surface), "text": surface},
        sentence=-1,
        value=value,
        unit=unit,
        hedge=hedge,
        interval=interval,
        bounds=Interval(low=low, high=INF) if hedge == "over" else interval,
        dimension=dimension,
        **kw,
    )


def facts(docs: dict[str, tuple[str, list[Quantity]]], loaded: LoadedRules) -> FactBase:
    documents = [from_text(text, id=doc_id) for doc_id, (text, _) in docs.items()]
    fb = build_facts(documents, needs=("sentences",), declarations=loaded.declarations)
    for doc_id, (_, quantities) in docs.items():
        ext = fb.extractions[doc_id]
        for quantity in quantities:
            sent = next(s for s in ext.sentences if s.span.start <= quantity.span.start < s.span.end)
            ext.quantities.append(quantity.model_copy(update={"sentence": sent.index}))
    return fb
