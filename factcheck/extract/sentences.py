"""Sentence splitting tuned for news copy.

A line break always ends a sentence (headlines, captions, list items and bylines are their own units). Inside a
line, a sentence ends at ``.``, ``!`` or ``?`` (plus closing quotes and brackets) followed by space and a capital,
digit or opening quote — unless the word before the period is a known abbreviation ("U.S.", "Gen.", "Sept.", "a.m.")
or an initial ("Donald J. Trump"). List markers ("1.", "•") stay at the start of their item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.models import Document, Sentence

# Abbreviations that do not end a sentence when followed by a capital (titles, months, common shortenings).
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cmdr",
        "adm",
        "sgt",
        "cpl",
        "pvt",
        "rep",
        "sen",
        "gov",
        "pres",
        "supt",
        "insp",
        "det",
        "rev",
        "fr",
        "sr",
        "jr",
        "st",
        "messrs",
        "mme",
        "mlle",
        "hon",
        "amb",
        "atty",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "no",
        "nos",
        "vol",
        "vols",
        "fig",
        "figs",
        "approx",
        "est",
        "dept",
        "univ",
        "corp",
        "inc",
        "ltd",
        "co",
        "bros",
        "ave",
        "blvd",
        "rd",
        "mt",
        "ft",
        "vs",
        "etc",
        "al",
        "cf",
        "ca",
    ]
)
# Dotted abbreviations ("U.S.", "a.m.", "e.g."): a sentence may still end after them, see _ends_after_dotted.
_DOTTED = re.compile(r"(?:\b[A-Za-z]\.){2,}$")
_INITIAL = re.compile(r"(?:^|[\s(\"'“‘])[A-Z]\.$")
# A candidate boundary: terminal punctuation, optional closers, then whitespace on the same line.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=[ \t\u00a0]+)")
_NEXT_STARTS = re.compile(r"[ \t\u00a0]+[\"'“‘(\[]?[A-Z0-9\u00c0-\u024f]")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)\.$")
# Words that commonly start a sentence right after a dotted abbreviation ("... the U.S. The talks ...").
_SENTENCE_STARTERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "in",
        "on",
        "at",
        "but",
        "and",
        "however",
        "meanwhile",
        "after",
        "before",
    ]
)


def split_sentences(doc: Document) -> list[Sentence]:
    """Split ``doc.text`` into sentences with exact spans (leading/trailing whitespace excluded)."""
    bounds = sentence_bounds(doc.text, doc.body_start)
    return [Sentence(index=i, span=doc.span(s, e)) for i, (s, e) in enumerate(bounds)]


def sentence_bounds(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` offsets of each sentence of ``text`` from offset ``start`` (front matter skipped)."""
    pos = start
    for line in text[start:].splitlines(keepends=True):
        yield from _split_line(text, pos, pos + len(line.rstrip("\r\n")))
        pos += len(line)


def _split_line(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    seg_start = start
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.end()
        nxt = _NEXT_STARTS.match(text, cut, end)
        if not nxt or not _is_boundary(text, seg_start, m.start(), m.group(), nxt.group()):
            continue
        yield from _trimmed(text, seg_start, cut)
        seg_start = cut
    yield from _trimmed(text, seg_start, end)


def _is_boundary(text: str, seg_start: int, punct_at: int, punct: str, following: str) -> bool:
    if not punct.startswith("."):
        return True
    head = text[seg_start : punct_at + 1]
    if re.fullmatch(r"\s*(?:\d{1,2}|[A-Za-z]|[ivxIVX]{1,4})\.", head):
        return False  # a list marker "1." or "a." at the start of an item
    if _INITIAL.search(head):
        return False
    dotted = _DOTTED.search(head)
    if dotted:
        return (
            following.strip(" \t\u00a0\"'“‘([").split(" ")[0].lower() in _SENTENCE_STARTERS
            or _next_word(text, punct_at) in _SENTENCE_STARTERS
        )
    word = _WORD_BEFORE.search(head)
    return not (word and word.group(1).lower() in _ABBREVIATIONS)


def _next_word(text: str, punct_at: int) -> str:
    m = re.match(r"[.!?…\"'”’)\]]*\s+[\"'“‘(\[]?([A-Za-z]+)", text[punct_at : punct_at + 40])
    return m.group(1).lower() if m else ""


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield (start, end)
