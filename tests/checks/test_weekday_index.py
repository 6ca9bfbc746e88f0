"""weekday-date finds a bare weekday's dated event through its index by verb and date as the linear search did."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from factcheck.checks.weekday_date import _Dated, _Index, _near

VERBS = ["agree", "met", "signe", "said"]
WORDS = ["talk", "kyiv", "deal", "minis", "peace"]
DAY0 = dt.date(2024, 3, 1)

items = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c"]),
        st.integers(0, 40),
        st.integers(-25, 25),
        st.frozensets(st.sampled_from(VERBS), min_size=1, max_size=2),
        st.frozensets(st.sampled_from(WORDS), max_size=4),
    ),
    max_size=30,
)


def _linear(flat: list[_Dated], verbs: frozenset[str], words: frozenset[str], doc: str, day: dt.date, window: int):
    """The search as it was: verb by verb over every dated item of the corpus."""
    seen: set[tuple[str, int]] = set()
    for v in sorted(verbs):
        for item in (i for i in flat if v in i.verbs):
            if (item.doc, item.start) in seen or (item.doc == doc and 10 <= item.start < 20):
                continue
            seen.add((item.doc, item.start))
            if len(words & item.words) < 2 or abs((item.date - day).days) > window:
                continue
            return item
    return None


@given(
    items,
    st.frozensets(st.sampled_from(VERBS), max_size=3),
    st.frozensets(st.sampled_from(WORDS), max_size=4),
    st.integers(-20, 20),
    st.integers(0, 12),
)
def test_index_search_matches_linear_search(raw, verbs, words, shift, window) -> None:  # type: ignore[no-untyped-def]
    flat: list[_Dated] = []
    index = _Index({}, {})
    unique = {(r[0], r[1]): r for r in raw}  # a date phrase is one item: (document, offset) identifies it
    for position, (doc, start, days, its_verbs, its_words) in enumerate(unique.values()):
        item = _Dated(doc, start, start + 1, DAY0 + dt.timedelta(days=days), its_verbs, its_words)
        flat.append(item)
        for v in its_verbs:
            index.by_verb.setdefault(v, {}).setdefault(item.date, []).append((position, item))
    day = DAY0 + dt.timedelta(days=shift)
    found = None
    for v in sorted(verbs):
        for item in _near(index.by_verb.get(v, {}), day, window):
            if item.doc == "a" and 10 <= item.start < 20:
                continue
            if len(words & item.words) < 2:
                continue
            found = item
            break
        if found is not None:
            break
    assert found == _linear(flat, verbs, words, "a", day, window)
