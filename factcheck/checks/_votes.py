"""Recorded votes: the stances a written record gives each member it lists as voting for or against a motion.

Minutes record a vote as lists under a label ("For: Cllrs Patel, Moore and Hart. Against: Cllrs Bryce and Gunn.",
"- Voting for: Dr Marsh, Dr Varma.", "Ayes: Delgado, Osei, Park. Noes: Brannigan, Stein.", "YEAS: Luc Dufresne, … —
7;"), as a roll call ("Roll call: Smith, aye; Jones, nay") or as dissenters after a tally ("carried 7-2 (Councillors
Lee and Moss dissenting)"). Each listed member holds the stance (supported or opposed; an abstention is neither) on
the motion the record names just before the list: the text before the label in its sentence, else the sentence before
the lists, else the item heading above them when that sentence names no matter of its own ("The main motion was
approved 3-2."). A plural title distributes ("Cllrs Patel, Moore" are Cllr Patel and Cllr Moore). A list is read only
under a label that names a vote ("Ayes", "Voting against") or after a sentence that records one (a tally, "carried",
"approved", "the motion", "division"), or before a short one that does ("FOR: Crs Lee, Moss. AGAINST: Cr Hart.
CARRIED 5/2"); two motions, each with its own lists, stay apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from factcheck.checks._rewrite import shared_tokens
from factcheck.checks._stance import StanceMention, _topic, bare_name, person_titles
from factcheck.extract.assertions import primary_lemma
from factcheck.facts import FactBase
from factcheck.models import Document, Sentence

# Labels of a recorded vote's lists, by the stance each gives its members (None: an abstention, no stance).
_LABELS: dict[str, str | None] = {
    "for": "supported",
    "in favour": "supported",
    "in favor": "supported",
    "voting for": "supported",
    "voting in favour": "supported",
    "voting in favor": "supported",
    "voting yes": "supported",
    "voting aye": "supported",
    "votes for": "supported",
    "ayes": "supported",
    "aye": "supported",
    "yeas": "supported",
    "yes": "supported",
    "against": "opposed",
    "voting against": "opposed",
    "voting no": "opposed",
    "voting nay": "opposed",
    "votes against": "opposed",
    "opposed": "opposed",
    "noes": "opposed",
    "nays": "opposed",
    "no": "opposed",
    "abstained": None,
    "abstaining": None,
    "abstention": None,
    "abstentions": None,
    "abstain": None,
}
# Labels that name a vote on their own; the others ("For:", "Against:") only after a sentence that records one.
_VOTE_LABELS = frozenset(
    k for k in _LABELS if k.split()[0] in ("voting", "votes", "ayes", "aye", "yeas", "noes", "nays")
)
_LABEL = re.compile(
    r"(?:^|(?<=[\s(;.•*–—-]))(?P<label>"
    + "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _LABELS), key=len, reverse=True))
    + r")\s*(?::|\s[—–]\s?)\s*",
    re.IGNORECASE,
)
# A roll call's entries: "Smith, aye; Jones, nay".
_ROLL_CALL = re.compile(r"\broll[\s-]+call\b", re.IGNORECASE)
_ROLL_ENTRY = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*[,:–—-]?\s+(?P<vote>aye|yes|yea|nay|no|abstain(?:ed)?)\b",
    re.IGNORECASE,
)
_ROLL_VOTES = {"aye": "supported", "yes": "supported", "yea": "supported", "nay": "opposed", "no": "opposed"}
# Dissenters after a tally: "(Councillors Lee and Moss dissenting)", "with Cllr Moss dissenting".
_DISSENT = re.compile(r"(?:\(|\bwith\s+)(?P<names>[^()]{2,120}?)\s+dissent(?:ing|ed)\b", re.IGNORECASE)
# What a sentence recording a vote says: a tally, a motion's fate, a division.
_VOTE_CUE = re.compile(
    r"\b(?:vot\w*|carried|approved|adopted|passed|defeated|failed|lost|agreed|negatived|division|motion|resolution|"
    r"roll[\s-]+call|unanimous\w*)\b|\b\d+\s*[-–]\s*\d+\b",
    re.IGNORECASE,
)
# The main motion of a record, and its amendments: "The question being put on the main motion, …".
_MAIN_MOTION = re.compile(r"\b(?:main|substantive|original)\s+motion\b", re.IGNORECASE)
_AMENDMENT = re.compile(r"\bamend\w*", re.IGNORECASE)
# A motion moved: "Mr. Hallett moved, — That the Committee recommend …".
_MOVED = re.compile(r"\bmoved\b[\s,—–-]*that\b", re.IGNORECASE)
# Words of a vote's record, not of its matter ("The main motion was carried 6-3 on a recorded division").
_PROCEDURE = frozenset(
    primary_lemma(w)
    for w in (
        "motion", "main", "question", "put", "vote", "votes", "voted", "voting", "carried", "carry", "approved",
        "approve", "adopted", "adopt", "passed", "pass", "defeated", "defeat", "failed", "fail", "lost", "agreed",
        "negatived", "division", "recorded", "record", "following", "follows", "abstention", "abstentions",
        "unanimous", "unanimously", "item", "resolved", "moved", "seconded", "roll", "call", "tally", "members",
        "member", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "show", "hands", "original", "amended", "substantive", "final", "meeting",
    )
)  # fmt: skip
# Words a member's name may hold in lower case ("Ana de Souza", "Pieter van Dijk").
_NAME_PARTICLES = frozenset({"de", "da", "del", "van", "von", "der", "le", "la", "bin", "al", "di", "du", "dos"})
_NAME_WORDS = 4
# Words before a title that make one title with it ("Vice Chair", "Deputy Mayor").
_TITLE_PREFIXES = frozenset({"vice", "deputy", "acting", "assistant", "associate", "senior", "chief"})
_HEADING_LOOKBACK = 8


def recorded_votes(facts: FactBase, document: str) -> list[StanceMention]:
    """The stance of every member a recorded vote of ``document`` lists (computed once per document)."""
    return facts.per_document(("recorded votes",), document, lambda doc, ex: list(_votes(doc, ex.sentences)))


# A labelled list: where its label starts and ends, where its names start and end, the stance, whether the label
# names a vote on its own.
_List = tuple[int, int, int, int, str, bool]


def _votes(doc: Document, sentences: Sequence[Sentence]) -> Iterator[StanceMention]:
    listing = [_lists(s.text) for s in sentences]
    for k, s in enumerate(sentences):
        for label_start, label_end, list_start, list_end, stance, explicit in listing[k]:
            before = s.text[: listing[k][0][0]]  # the lists of one sentence record one motion
            matter = _matter(sentences, listing, k, before)
            if matter is None and not explicit:
                continue
            topic = matter if matter is not None else frozenset()
            members = _members(s.text, list_start, list_end)
            yield from _mentions(doc, s, members, stance, topic, label_start, label_end, list_end)
        for names_start, names_end, end in _dissenters(s.text):
            matter = _matter(sentences, listing, k, s.text[:names_start]) or frozenset()
            members = _members(s.text, names_start, names_end)
            yield from _mentions(doc, s, members, "opposed", matter, names_start, names_start, end)


def _lists(text: str) -> list[_List]:
    """Each labelled list of a sentence: where its label starts and ends, where the list starts and ends, the stance,
    and whether the label names a vote on its own; a roll call's entries as one list each."""
    if ":" not in text and "—" not in text and "–" not in text:
        return []
    out: list[_List] = []
    found = list(_LABEL.finditer(text))
    for n, m in enumerate(found):
        stance = _LABELS[" ".join(m["label"].lower().split())]
        end = found[n + 1].start() if n + 1 < len(found) else len(text)
        end = _list_end(text, m.end(), end)
        if stance is not None:
            out.append((m.start(), m.end(), m.end(), end, stance, " ".join(m["label"].lower().split()) in _VOTE_LABELS))
    call = _ROLL_CALL.search(text)
    if call is not None and not found:  # a roll call's own entries ("Smith, aye; Jones, nay"), not labelled lists
        for e in _ROLL_ENTRY.finditer(text, call.end()):
            vote = _ROLL_VOTES.get(e["vote"].lower())
            if vote is not None:
                out.append((call.start(), call.end(), e.start("name"), e.end("name"), vote, True))
    return out


_LIST_END = re.compile(r"\s*(?:[;)]|[—–-]\s*\d|\(\d|\.(?:\s|$))")


def _list_end(text: str, start: int, end: int) -> int:
    """Where a list that starts at ``start`` ends: at a semicolon, a closing bracket or a full stop after a name, at
    a count ("— 7") or at the next label."""
    m = _LIST_END.search(text, start, end)
    return m.start() if m is not None else end


def _members(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The members a list at ``text[start:end]`` names, each as where its name starts and ends in ``text``, titles
    left out (a plural one before several names, "Cllrs Patel, Moore", is each one's); empty when an item is not a
    name."""
    out: list[tuple[int, int]] = []
    for m in re.compile(r"[^,&]+").finditer(text, start, end):
        item = m.group()
        words = [(w.start() + m.start(), w.end() + m.start(), w.group()) for w in re.finditer(r"\S+", item)]
        if words and words[0][2].lower() == "and":
            words = words[1:]
        for part in _split_and(words):
            while part and (_title(part[0][2]) or (len(part) > 1 and _prefixed_title(part[0][2], part[1][2]))):
                part = part[1:]
            if not part or len(part) > _NAME_WORDS or not _name(part):
                return []
            out.append((part[0][0], part[-1][1]))
    return out


def _prefixed_title(first: str, second: str) -> bool:
    """Two words that make one title ("Vice Chair", "Deputy Mayor")."""
    return first.lower() in _TITLE_PREFIXES and _title(second)


def _split_and(words: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Words of a list item split at "and" ("Nolan and Hart")."""
    parts: list[list[tuple[int, int, str]]] = [[]]
    for w in words:
        if w[2].lower() in ("and", "&"):
            parts.append([])
        else:
            parts[-1].append(w)
    return [p for p in parts if p]


def _title(word: str) -> bool:
    w = word.lower()
    return w in person_titles() or w.rstrip(".") in person_titles() or _plural_title(word)


def _plural_title(word: str) -> bool:
    """A title in the plural that distributes over the names after it ("Cllrs", "Councillors", "Directors")."""
    w = word.lower().rstrip(".")
    titles = person_titles()
    return w.endswith("s") and (w in titles or w[:-1] in titles or w.removesuffix("es") in titles) and len(w) > 2


def _name(words: Sequence[tuple[int, int, str]]) -> bool:
    """Whether words are a person's name: capitalised words and particles, no digits, a capital first."""
    texts = [w[2].rstrip(".") for w in words]
    return texts[0][:1].isupper() and all(
        (t[:1].isupper() or t in _NAME_PARTICLES) and not any(c.isdigit() for c in t) for t in texts
    )


def _dissenters(text: str) -> list[tuple[int, int, int]]:
    """Where the names of the members a tally records as dissenting are ("carried 7-2 (Cllrs Lee and Moss
    dissenting)"), and where their record ends (after "dissenting": what the message quotes)."""
    if "dissent" not in text.lower() or not _VOTE_CUE.search(text):
        return []
    return [(m.start("names"), m.end("names"), m.end()) for m in _DISSENT.finditer(text)]


def _matter(
    sentences: Sequence[Sentence], listing: Sequence[list[_List]], k: int, before: str
) -> frozenset[str] | None:
    """The topic of the motion a list at sentence ``k`` records: the text before its label when that records a vote,
    else the sentence before the lists, else (when that names no matter of its own) the heading above; None when no
    sentence records a vote."""
    clause = re.split(r"[;:]", before)[-1] if _VOTE_CUE.search(before) else ""
    if clause and (topic := _words(clause)):
        return topic
    j = k - 1 if not clause else k
    while not clause and j >= 0 and listing[j] and j < k:
        j -= 1  # the lists before this one record the same motion
    if not clause:
        if j < 0 or not _VOTE_CUE.search(sentences[j].text):
            return _earlier_matter(sentences, listing, j + 1, False) if _tally_after(sentences, listing, k) else None
        if topic := _words(sentences[j].text):
            return topic
    return _earlier_matter(sentences, listing, j, _MAIN_MOTION.search(sentences[j].text) is not None)


def _tally_after(sentences: Sequence[Sentence], listing: Sequence[list[_List]], k: int) -> bool:
    """Whether the sentence after the run of lists at ``k`` records the vote they list, a short record of its fate
    or tally ("FOR: Crs Lee, Moss. AGAINST: Cr Hart. CARRIED 5/2", "… Motion lost."): the lists record that vote."""
    after = k + 1
    while after < len(sentences) and listing[after]:
        after += 1
    if after >= len(sentences):
        return False
    text = sentences[after].text
    return len(text.split()) <= _TALLY_WORDS and _VOTE_CUE.search(text) is not None


_TALLY_WORDS = 6


def _earlier_matter(
    sentences: Sequence[Sentence], listing: Sequence[list[_List]], j: int, main: bool
) -> frozenset[str]:
    """The matter of a vote whose record names none of its own ("The vote was 6-3.", "The main motion was approved
    3-2."): the nearest sentence before that records or moves a vote on a named matter, or the heading above
    (another motion's lists are passed over, and for the main motion every amendment of it)."""
    for h in range(j - 1, max(-1, j - _HEADING_LOOKBACK), -1):
        text = sentences[h].text
        if listing[h] or (main and _AMENDMENT.search(text)):
            continue
        if _heading(text):
            return _words(text, heading=True)
        if (_VOTE_CUE.search(text) or _MOVED.search(text)) and (topic := _words(text)):
            return topic
    return frozenset()


def _heading(text: str) -> bool:
    """A heading line: markdown's, an item's ("Item 7.1: Later start times"), or a line without a closing stop."""
    line = text.strip()
    return (
        line.startswith("#")
        or re.match(r"(?i)(?:agenda\s+)?item\s+[\w.]+\s*[:.–—-]", line) is not None
        or (bool(line) and line[-1] not in '.!?:;"”’)')
    )


def _words(text: str, heading: bool = False) -> frozenset[str]:
    """A motion's topic words, its record's own words left out, and in a sentence the capitalised words after its
    first (the body that voted, "the Valley Regional Transit Board approved an increase in the fare": its matter is
    named by common nouns; a heading's words are all kept, "Item 7.1: Later start times")."""
    tokens = shared_tokens(text, 0)
    if not heading:
        first = next((n for n, t in enumerate(tokens) if t.is_word and t.text[:1].isalpha()), 0)
        tokens = [t for n, t in enumerate(tokens) if n <= first or not t.text[:1].isupper()]
    return frozenset(_topic(tokens, sorted(_PROCEDURE)) - _PROCEDURE)


def _mentions(
    doc: Document,
    s: Sentence,
    members: Sequence[tuple[int, int]],
    stance: str,
    topic: frozenset[str],
    start: int,
    label_end: int,
    end: int,
) -> Iterator[StanceMention]:
    """One stance mention per member, its clause and statement the whole list (what the message quotes)."""
    base = s.span.start
    record = doc.span(base + start, base + end)
    words = frozenset(primary_lemma(w.lower()) for w in re.findall(r"[\w'’-]+", s.text))
    for lo, hi in members:
        yield StanceMention(
            document=doc.id,
            sentence=s.index,
            actor=bare_name(s.text[lo:hi]),
            stance=stance,
            phrase=s.text[start:label_end].strip(" :,"),
            span=doc.span(base + start, base + label_end),
            clause=record,
            statement=doc.span(base + start, base + end),
            topic=topic,
            words=words,
            attribution=None,
            attribution_span=None,
            temporal_shift=False,
            recorded_vote=True,
        )
