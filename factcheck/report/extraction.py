"""A table of what extraction found, for ``factcheck extract`` (people; ``--format json`` is for machines)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from factcheck.intervals import format_interval
from factcheck.models import Document, Extraction, Span


def render_extractions(documents: Sequence[Document], extractions: Sequence[Extraction], out: TextIO) -> None:
    """One block per document: each mention with line:col, kind, the quote and its reading."""
    for doc, ex in zip(documents, extractions, strict=True):
        out.write(f"{doc.id}  ({doc.published or 'no publication date'})\n")
        rows: list[tuple[int, str, Span, str]] = []
        for q in ex.quantities:
            what = q.counted or q.unit or q.dimension
            flags = [f for f in ("additive", "range", "approximate") if getattr(q, f)] + (
                [q.change] if q.change else []
            )
            reading = f"{format_interval(q.interval)} {what}" + (f"  [{', '.join(flags)}]" if flags else "")
            rows.append((q.span.start, "quantity", q.span, reading))
        for d in ex.dates:
            period = f"{d.start}" if d.start == d.end else f"{d.start} … {d.end}"
            notes = [d.granularity] + (["relative"] if d.relative else []) + (["since"] if d.since else [])
            rows.append((d.span.start, "date", d.span, f"{period}  [{', '.join(notes)}]"))
        for u in ex.durations:
            rows.append((u.span.start, "duration", u.span, f"{format_interval(u.days)} days"))
        for e in ex.entities:
            rows.append((e.span.start, "entity", e.span, f"{e.canonical} ({e.kind})"))
        for start, kind, span, reading in sorted(rows, key=lambda r: (r[0], r[1])):
            line, col = doc.line_col(start)
            quote = span.text.replace("\n", " ")
            out.write(f"  {line:>4}:{col:<4} {kind:9} {quote!r:44} {reading}\n")
        out.write("\n")
