"""Sentence splitting tuned for news copy.

A line break ends a sentence (headlines, captions, list items and bylines are their own units) unless it is a soft
wrap: text hard-wrapped at a fixed width (wire and e-mail copy) is read as the paragraphs it holds, see
``_soft_breaks``. Inside a paragraph, a sentence ends at ``.``, ``!`` or ``?`` (plus closing quotes and brackets)
followed by space and a capital, digit or opening quote — unless the word before the period is a known
abbreviation ("U.S.", "Gen.", "Sept.", "a.m.") or an initial ("Donald J. Trump"). A clock time's "a.m."/"p.m."
ends a sentence before a capitalised word that is no day, month, time zone or place's time ("… before 2 a.m. Lamb
was arrested …", not "at 9 a.m. Sunday"). List markers ("1.", "•") stay at the start of their item.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator

from factcheck.models import LINE_BREAKS_AS_SPACES, Document, Sentence

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
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_NEXT_STARTS = re.compile(r"\s+[\"'“‘(\[]?[A-Z0-9\u00c0-\u024f]")
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
    bounds = sentence_bounds(doc.text, doc.body_start, wraps=_may_wrap(doc))
    return [Sentence(index=i, span=doc.span(s, e)) for i, (s, e) in enumerate(bounds)]


def reading_text(doc: Document) -> str:
    """``doc.text`` as read: each soft line break (a wrap inside a paragraph) replaced by a space.

    The result has the same length as ``doc.text``, so offsets into one index the other: patterns match the reading
    text, evidence is sliced from ``doc.text``. Hard breaks (between headlines, paragraphs, list items) are kept.
    """
    return _reading(doc.text, doc.body_start, _may_wrap(doc))


def _may_wrap(doc: Document) -> bool:
    """HTML text has a line break only between blocks (whitespace inside a block is collapsed on reading)."""
    return doc.format != "html"


@functools.lru_cache(maxsize=1024)
def _reading(text: str, start: int, wraps: bool) -> str:
    """:func:`reading_text`, kept for the last 1,024 documents: the checks ask for it document by document, one check
    after another, so a run of more than a few dozen documents read each again per check (a text without a soft
    break is returned as it is: no copy kept)."""
    pieces: list[str] = []
    done = 0
    for seg_start, seg_end in _paragraphs(text, start, wraps):
        seg = text[seg_start:seg_end]
        flat = seg.translate(LINE_BREAKS_AS_SPACES)
        if flat != seg:
            pieces += [text[done:seg_start], flat]
            done = seg_end
    return "".join([*pieces, text[done:]]) if pieces else text


def sentence_bounds(text: str, start: int = 0, *, wraps: bool = True) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` offsets of each sentence of ``text`` from offset ``start`` (front matter skipped);
    ``wraps=False``: every line break ends a unit (text whose breaks are all between blocks)."""
    for seg_start, seg_end in _paragraphs(text, start, wraps):
        yield from _split_line(text, seg_start, seg_end)


# A line that starts a unit of its own: a list item, a markdown heading, quote or table row.
_STRUCTURAL = re.compile(r"[ \t]*(?:[-*•+▪–—][ \t]|\d{1,3}[.)][ \t]|[#>|])")
_LABEL = re.compile(r"[ \t]*\w[\w \t-]{0,25}:[ \t]")  # "Photo: …", "title: …": a field, not a sentence
_ENDS_CLAUSE = re.compile(r"[.!?…:;][\"'”’)\]]*$")
# A line ending on a word that never closes a sentence (an article, a conjunction, "of", "through", "from", "into",
# "between", "than", a possessive determiner) goes on to the next line, whatever its first letter ("The £18m gap will
# be closed through\n£7m of savings …").
_OPEN_END = re.compile(r"\b(?:a|an|the|and|or|of|through|from|into|between|than|its|their)$")


def _paragraphs(text: str, start: int, wraps: bool = True) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each run of lines joined by soft breaks (a line, when no break is soft)."""
    lines: list[tuple[int, int]] = []
    pos = start
    for line in text[start:].splitlines(keepends=True):
        lines.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    soft = _soft_breaks(text, lines) if wraps else set()
    run_start = 0
    for i in range(len(lines)):
        if i not in soft:
            yield lines[run_start][0], lines[i][1]
            run_start = i + 1


def _soft_breaks(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Indices of the lines whose line break only wraps the text: the sentence goes on on the next line.

    A break is soft when the next line starts in lower case, or the line ends on a word that never closes a sentence
    ("through", "of", "the": ``_OPEN_END``), after a line of a few words that does not end a clause nor start with a
    label, and the next line ends a clause or is long ("the ceasefire\nproposal was rejected.";
    not "Photo: AP\ncourtesy", nor a scraped page's "… ahead of US talks\ntext size"). In text hard-wrapped at a
    fixed width (:func:`_wrap_width`), a break after a line within 80 % of that width is soft too: a short line (a
    paragraph's last, a byline) keeps its break. A line that starts a list item, heading, quote or table row is
    never joined to the line before it, nor is a heading to the line after it.
    """
    body = [text[s:e].rstrip() for s, e in lines]
    width = _wrap_width(body)
    soft = set()
    for i, (line, nxt) in enumerate(itertools.pairwise(body)):
        if not line.strip() or not nxt.strip() or _STRUCTURAL.match(nxt) or line.lstrip().startswith("#"):
            continue
        goes_on = (nxt.lstrip()[0].islower() or _OPEN_END.search(line) is not None) and not (
            _ENDS_CLAUSE.search(line) or _LABEL.match(line)
        )
        sentence_like = len(line.split()) >= 4 and (len(nxt.split()) >= 6 or bool(_ENDS_CLAUSE.search(nxt)))
        if (goes_on and sentence_like) or (width and len(line) >= 0.8 * width):
            soft.add(i)
    return soft


def _wrap_width(body: list[str]) -> int:
    """The width a text is hard-wrapped at, or 0 for a text not hard-wrapped. Of the lines that go on to another
    line, at least half reach within 80 % of the width (the width: the length that most of them reach so, the
    longest such); a line longer than it is a later edit (a sentence rewritten in place), and such lines, headings
    aside, are fewer than half the lines that reach the width (a text whose paragraphs are single long lines is not
    wrapped: its few lines that go on, a title's or a byline's, set no width)."""
    inner = sorted(len(b) for b, nxt in itertools.pairwise(body) if b.strip() and nxt.strip())
    if len(inner) < 2:
        return 0
    reaching, width = max((bisect.bisect_right(inner, w) - bisect.bisect_left(inner, 0.8 * w), w) for w in set(inner))
    longer = sum(len(b) > width for b in body if not b.lstrip().startswith("#"))  # a heading is not wrapped
    return width if reaching >= 0.5 * len(inner) and 2 * longer < reaching else 0


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
        if _CLOCK_END.search(head) and _starts_after_clock(text[punct_at + 1 : punct_at + 80]):
            return True
        return (
            following.lstrip().lstrip("\"'“‘([").lower() in _SENTENCE_STARTERS
            or _next_word(text, punct_at) in _SENTENCE_STARTERS
        )
    word = _WORD_BEFORE.search(head)
    return not (word and word.group(1).lower() in _ABBREVIATIONS)


# A clock time ending in "a.m."/"p.m." ("shortly before 2 a.m. Lamb was arrested …"); what may follow it in the
# same sentence: a day, a month, a time zone or a place's time ("at 9 a.m. Sunday", "10 p.m. EST", "7 a.m. London
# time").
_CLOCK_END = re.compile(r"\d\s*[ap]\.m\.$", re.I)
_AFTER_CLOCK = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight", "tomorrow"}
    | {"yesterday", "january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct"}
    | {"nov", "dec", "eastern", "central", "mountain", "pacific", "atlantic", "local", "greenwich", "christmas", "new"}
)
_CLOCK_NEXT = re.compile(r"[\"'”’)\]]*\s+([A-Z][a-z]+)\b(?![.'’]?\s*(?:[A-Z][a-z]*\s+)*time\b)")


def _starts_after_clock(after: str) -> bool:
    """Whether what follows a clock time's "a.m."/"p.m." opens a new sentence: a capitalised word that is no day,
    month, zone or place-time ("… before 2 a.m. Lamb was arrested …", not "… at 9 a.m. Sunday")."""
    m = _CLOCK_NEXT.match(after)
    return m is not None and m.group(1).lower() not in _AFTER_CLOCK


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
