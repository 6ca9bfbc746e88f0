"""cross-document-number enumerates its pairs by the counts' positions in the run (issue 9): the same pairs, in the
same order, as the enumeration by (document, offset, number) keys it replaced, with every document checked or
only some (context documents pair only with checked ones), less the pairs :func:`cdn._outcome` finds unrelated at
once (no name or fewer than ``min_shared`` words in common), which ``_pairs`` leaves out."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.checks import cross_document_number as cdn
from factcheck.engine import build_facts
from factcheck.facts import FactBase
from factcheck.models import Document

NUMBERS = ["430", "200", "over 400", "about 300", "12", "1,240"]
NOUNS = ["soldiers", "troops", "flights", "patients"]
TAILS = [
    "were captured near Kursk, officials said.",
    "were cancelled at Heathrow on Friday, the airport said.",
    "were captured by Ukrainian forces near Kursk.",
    "enrolled in the Heathrow trial, officials said.",
]
sentence = st.builds(
    lambda n, noun, tail: f"{n} {noun} {tail}".capitalize(), *map(st.sampled_from, (NUMBERS, NOUNS, TAILS))
)
documents = st.lists(st.lists(sentence, min_size=1, max_size=4).map(" ".join), min_size=2, max_size=6)


def pairs_by_keys(index: cdn._Index, checked: set[str]) -> Iterator[tuple[cdn._Count, cdn._Count]]:
    """The enumeration before: pairs de-duplicated by (document, offset, number start) keys."""
    seen: set[tuple[str, int, int, str, int, int]] = set()
    for bucket in index.by_key.values():
        if len(bucket) > 200:
            continue
        mine = [j for j, item in enumerate(bucket) if item.doc in checked]
        if not mine:
            continue
        for i, a in enumerate(bucket):
            later = range(i + 1, len(bucket)) if a.doc in checked else mine[bisect.bisect_right(mine, i) :]
            for j in later:
                b = bucket[j]
                if a.doc == b.doc or (a.doc not in checked and b.doc not in checked):
                    continue
                a, b = (a, b) if (a.doc, a.offset) < (b.doc, b.offset) else (b, a)
                key = (a.doc, a.offset, a.num.start, b.doc, b.offset, b.num.start)
                if key in seen:
                    continue
                seen.add(key)
                yield a, b


def related(pairs: Iterator[tuple[cdn._Count, cdn._Count]], min_shared: int) -> list[tuple[cdn._Count, cdn._Count]]:
    """The pairs :func:`cdn._outcome` does not find unrelated by its first test."""
    return [(a, b) for a, b in pairs if not a.names.isdisjoint(b.names) and len(a.words & b.words) >= min_shared]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.data())
def test_pairs_by_position_equal_pairs_by_key(texts: list[str], data: st.DataObject) -> None:
    docs = [Document(id=f"d{i}", text=t) for i, t in enumerate(texts)]
    base = build_facts(docs, needs={"sentences", "dates"})
    context = data.draw(st.sets(st.sampled_from([d.id for d in docs])))
    facts = FactBase(documents=base.documents, extractions=base.extractions, against=frozenset(context))
    index = cdn._index(facts)
    checked = {d.id for d, _ in facts.checked()}
    min_shared = data.draw(st.integers(0, 3))
    got = list(cdn._pairs(index, checked, min_shared))
    assert got == related(pairs_by_keys(index, checked), min_shared)
    for key, bucket in index.by_key.items():  # positions grow along each bucket, with the documents
        where = index.positions[key]
        assert len(where) == len(bucket)
        assert all(p < q and d <= e for (p, d), (q, e) in itertools.pairwise(where))


def test_the_property_sees_pairs() -> None:
    texts = [
        "Officials said 430 soldiers were captured near Kursk, officials said.",
        "About 300 soldiers were captured near Kursk, officials said. 12 troops were captured near Kursk.",
    ]
    facts = build_facts([Document(id=f"d{i}", text=t) for i, t in enumerate(texts)], needs={"sentences", "dates"})
    index = cdn._index(facts)
    got = list(cdn._pairs(index, {"d0", "d1"}, 2))
    assert got and got == related(pairs_by_keys(index, {"d0", "d1"}), 2)
