"""Exact gates for regular expressions: the words a match must contain, read from the pattern itself.

:func:`gate` reads a compiled pattern's syntax tree and returns a :class:`Gate`: a conjunction of disjunctions of
lower-case ASCII literals (and :data:`DIGIT`, "a decimal digit") such that any text the pattern can match in holds,
once :func:`fold`-ed, at least one literal of every disjunction. A sentence that fails the gate cannot contain a
match, so the pattern need not run on it; a sentence that passes is searched as before (the gate only skips work,
it never changes a result). The gate is built from the pattern, so it follows any edit to the pattern or to the
word tables it is built from.

Word literals: where the pattern says that a literal stands at a word's edge (``\\b``, or a consumed non-word
character such as ``\\s+`` or ``–`` next to it), the literal is a *word literal* (written with a leading
:data:`WORD` mark): it is looked for in :func:`words`, the folded text with every run of non-word characters made
one space and a space added at both ends. ``(?:\\s+|-)(?i:min|sec)\\b`` thus requires " min " or " sec ", which
"minister" and "second" do not hold, where the plain literals "min" and "sec" were found inside them.

Soundness rests on three facts (tests/extract/test_gate.py checks them): a literal is read only from the ASCII
characters of the pattern, lower-cased, so it holds whether the pattern matches case-sensitively or not; the text is
folded character by character (:data:`_SPECIAL_FOLD` maps the four non-ASCII characters that ``re.IGNORECASE``
matches to an ASCII letter, then ``str.lower``); look-arounds are read as empty, ``\\b`` only as "a non-word
character or the text's edge on the side away from a word character", and anything the reader does not understand
gives no requirement (a weaker gate, never a wrong one). A word literal holds in :func:`words` whenever its match
holds in the text: letters and digits are kept in place, and every non-word character the match consumes, or that
``\\b`` puts beside it, lies in a run that became one space.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

DIGIT = "\x00digit"  # the requirement "a decimal digit" (what ``\d`` matches)
WORD = "\x01"  # leads a word literal: looked for in words(text), not in fold(text)
_EDGE = "\x02"  # inside an exact string while reading: a \b (zero width)
_NONWORD = "\x03"  # inside an exact string while reading: one or more consumed non-word characters
EXACT_LIMIT = 256  # the most strings an exact set may hold before it is cut into requirements
WORD_LIMIT = 32  # the same for sets that span word edges (they would multiply word by word): fewer literals to test
# Non-ASCII characters that re.IGNORECASE matches to an ASCII letter and that str.lower() does not map to it.
_SPECIAL_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_SPECIAL = re.compile("[\u0130\u0131\u017f\u212a]")
_DIGIT_RE = re.compile(r"\d")
_WORD_RUN = re.compile(r"\w+")
_SPACES = re.compile(" +")
_WORD_CHAR = re.compile(r"\w")

Requirement = frozenset[str]  # at least one of these literals


def fold(text: str) -> str:
    """``text`` as the gates read it: one character for one, lower case, the IGNORECASE specials mapped to ASCII."""
    if _SPECIAL.search(text) is None:  # most texts: str.translate with a table is slow
        return text.lower()
    return text.translate(_SPECIAL_FOLD).lower()


def words(text: str) -> str:
    """``text`` as word literals are read: :func:`fold`-ed, each run of non-word characters one space, padded."""
    return f" {' '.join(_WORD_RUN.findall(fold(text)))} "  # fold keeps every character a word or a non-word one


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a decimal digit (what ``\\d`` matches)."""
    return _DIGIT_RE.search(text) is not None


class Reading(NamedTuple):
    """A text as the gates read it (see :func:`read`)."""

    folded: str  # fold(text)
    digit: bool  # has_digit(text)
    worded: str  # words(text)
    words: frozenset[str]  # the words of words(text)


def read(text: str) -> Reading:
    """``text`` read once for any number of gates."""
    folded = fold(text)
    found = _WORD_RUN.findall(folded)
    return Reading(folded, has_digit(text), f" {' '.join(found)} ", frozenset(found))


# One requirement, its literals sorted by how they are tested (the same answer as testing each as a substring):
# DIGIT is one of them; word literals " w " (w is one of the text's words); plain literals (substrings of
# fold(text)); the other word literals (the words they hold whole must be the text's words, then a substring test).
_Test = tuple[bool, frozenset[str], tuple[str, ...], tuple[tuple[frozenset[str], str], ...]]


def _test(alternatives: tuple[str, ...]) -> _Test:
    whole: set[str] = set()
    plain: list[str] = []
    spans: list[tuple[frozenset[str], str]] = []
    for lit in alternatives:
        if lit is DIGIT:
            continue
        if lit[:1] != WORD:
            plain.append(lit)
            continue
        parts = lit[1:].split(" ")
        inner = [w for w in parts[1:-1] if w]  # the words with a space on both sides
        if len(parts) == 3 and not parts[0] and not parts[2]:
            whole.add(parts[1])  # " w " is in words(text) exactly when w is one of its words
        else:
            spans.append((frozenset(inner), lit[1:]))
    return DIGIT in alternatives, frozenset(whole), tuple(plain), tuple(spans)


@dataclass(frozen=True)
class Gate:
    """Every requirement must hold (an empty gate passes everything)."""

    requirements: tuple[tuple[str, ...], ...]
    _tests: tuple[_Test, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_tests", tuple(_test(r) for r in self.requirements))

    def passes(self, text: Reading) -> bool:
        """Whether a text (read by :func:`read`) may hold a match: one literal of each requirement is in it."""
        folded, digit, worded, found = text
        for has_digit_lit, whole, plain, spans in self._tests:
            if has_digit_lit and digit:
                continue
            if whole and not whole.isdisjoint(found):
                continue
            for lit in plain:
                if lit in folded:
                    break
            else:
                for inner, lit in spans:
                    if inner <= found and lit in worded:
                        break
                else:
                    return False
        return True

    def admits(self, text: str) -> bool:
        """:meth:`passes` on a raw text."""
        return self.passes(read(text))


_NON_WORD_RUN = re.compile(r"\W+")
# What one literal says about a single word of words(text): it is the word, a prefix, a suffix or a part of it.
_Kind = Literal["whole", "prefix", "suffix", "infix"]


def _word_condition(lit: str) -> tuple[_Kind, str] | None:
    """A condition on one word of a text that holds whenever ``lit`` holds in the text (None: no such condition).

    A literal's pieces between non-word characters (between spaces, for a word literal) lie in the text's words:
    a piece with a non-word character on both sides is one of them whole, the first piece ends one, the last
    starts one, and a literal of one piece lies inside one. The longest piece is kept (the rarest, as a rule), a
    whole word before an end at equal length.
    """
    if lit is DIGIT:
        return None
    pieces = lit[1:].split(" ") if lit[:1] == WORD else _NON_WORD_RUN.split(lit)
    if len(pieces) == 1:
        return ("infix", pieces[0]) if pieces[0] else None
    options: list[tuple[_Kind, str]] = [("whole", p) for p in pieces[1:-1]]
    options += [("suffix", pieces[0]), ("prefix", pieces[-1])]
    kind, piece = max(options, key=lambda o: (len(o[1]), o[0] == "whole"))
    return (kind, piece) if piece else None


def _exact(lit: str) -> bool:
    """Whether :func:`_word_condition` holds exactly when the literal does (not only whenever it does)."""
    if lit is DIGIT:
        return True
    if lit[:1] == WORD:
        parts = lit[1:].split(" ")
        return len(parts) == 3 and not parts[0] and not parts[2]  # " w ": w is one of the text's words
    return _NON_WORD_RUN.search(lit) is None  # a plain literal of word characters: inside one word


class GateIndex:
    """The gates of a list that a text may pass, found from its words rather than by testing each gate.

    Each requirement of a gate whose every literal (:func:`_word_condition`) says something about a single word,
    or is :data:`DIGIT`, gets a bit; a word's mask holds the bits of the requirements one of whose literals it
    meets. A gate is a candidate when the text's words (and its digit) meet all of its indexed requirements; the
    candidates are then tested by :meth:`Gate.passes`, unless every requirement of the gate was indexed exactly
    (:func:`_exact`). So :meth:`passing` gives the same gates as testing each, in their order.

    The mask of each word is computed once and kept (``_masks``): texts share most of their words, and a mask
    depends on the word alone. The memo is emptied when it exceeds :data:`MEMO_LIMIT` words.
    """

    MEMO_LIMIT = 100_000

    def __init__(self, gates: Sequence[Gate]) -> None:
        self.gates = tuple(gates)
        self._digit = 0
        self._by_kind: dict[_Kind, dict[str, int]] = {"whole": {}, "prefix": {}, "suffix": {}, "infix": {}}
        self._needs: list[tuple[int, int, bool]] = []  # each gate: its index, its indexed bits, whether exact
        bit = 1
        for i, g in enumerate(self.gates):
            need = 0
            exact = True
            for requirement in g.requirements:
                conditions = [_word_condition(lit) for lit in requirement]
                if any(c is None and lit is not DIGIT for c, lit in zip(conditions, requirement, strict=True)):
                    exact = False  # a literal says nothing about one word: the requirement is left to passes()
                    continue
                for c in conditions:
                    if c is None:
                        self._digit |= bit
                    else:
                        table = self._by_kind[c[0]]
                        table[c[1]] = table.get(c[1], 0) | bit
                exact = exact and all(_exact(lit) for lit in requirement)
                need |= bit
                bit <<= 1
            self._needs.append((i, need, exact))
        self._lengths = {kind: sorted({len(k) for k in table}) for kind, table in self._by_kind.items()}
        self._masks: dict[str, int] = {}

    def _mask(self, word: str) -> int:
        whole, prefix, suffix, infix = (self._by_kind[k] for k in ("whole", "prefix", "suffix", "infix"))
        mask = whole.get(word, 0)
        size = len(word)
        for k in self._lengths["prefix"]:
            if k <= size:
                mask |= prefix.get(word[:k], 0)
        for k in self._lengths["suffix"]:
            if k <= size:
                mask |= suffix.get(word[-k:], 0)
        for k in self._lengths["infix"]:
            for start in range(size - k + 1):
                mask |= infix.get(word[start : start + k], 0)
        return mask

    def passing(self, text: Reading) -> list[int]:
        """The positions, in order, of the gates ``text`` passes (the same as testing each with ``passes``)."""
        masks = self._masks
        mask = self._digit if text.digit else 0
        for word in text.words:
            m = masks.get(word)
            if m is None:
                if len(masks) >= self.MEMO_LIMIT:
                    masks.clear()
                m = masks[word] = self._mask(word)
            mask |= m
        gates = self.gates
        return [i for i, need, exact in self._needs if mask & need == need and (exact or gates[i].passes(text))]


def gate(pattern: re.Pattern[str]) -> Gate:
    """The gate of ``pattern`` (see the module docstring)."""
    return _gate_of(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)


def gated(source: str, flags: int = 0) -> tuple[re.Pattern[str], Gate]:
    """``source`` compiled behind its :func:`lead`, and its :func:`gate`: the pattern is parsed once for both."""
    tree = _parser.parse(source, flags)
    return re.compile(_lead_prefix(tree) + source, flags), _gate_of(tree, flags)


def _gate_of(tree: Any, flags: int) -> Gate:
    global _edges
    _edges = not flags & re.ASCII  # \b and \W as words() reads them (Unicode)
    exact, reqs = _sequence(list(tree))
    reqs = [*reqs, *_req(exact)]
    kept = sorted(_simplify_all(reqs), key=lambda r: (r != {DIGIT}, len(r)))  # the cheapest tests first
    return Gate(tuple(tuple(sorted(r, key=lambda s: (s is DIGIT, s[:1] != WORD, -len(s), s))) for r in kept))


_edges = True  # set by gate(): whether \b and non-word characters are read (not under re.ASCII)


def _req(exact: set[str] | None) -> list[Requirement]:
    """The requirement "one of these exact strings" (none if one of them always holds)."""
    if exact is None or "" in exact:
        return []
    lits = {_literal(s) for s in exact}
    return [] if "" in lits or WORD + " " in lits or WORD in lits else [frozenset(lits)]


def _is_word(ch: str) -> bool:
    return ch not in (_EDGE, _NONWORD) and _WORD_CHAR.match(ch) is not None


def _literal(s: str) -> str:
    """An exact string read from the pattern as a literal: plain if it holds no mark, else a word literal."""
    if _EDGE not in s and _NONWORD not in s:
        return s
    out: list[str] = []
    for i, ch in enumerate(s):
        if ch == _EDGE:
            # the nearest characters on either side that are not \b marks
            left = next((c for c in reversed(s[:i]) if c != _EDGE), None)
            right = next((c for c in s[i + 1 :] if c != _EDGE), None)
            if (left is None and right is not None and _is_word(right)) or (
                right is None and left is not None and _is_word(left)
            ):
                out.append(" ")  # a word starts (ends) here: a non-word character or the text's edge before (after)
        else:
            out.append(ch if _is_word(ch) else " ")
    return WORD + _SPACES.sub(" ", "".join(out))


# --- reading the syntax tree ---------------------------------------------------------------------------------------
# Each reader returns (exact, requirements): ``exact`` is every string the item can match (folded) when that is a
# small finite set, else None; ``requirements`` is a list of disjunctions, each of which any match must satisfy.

_Info = tuple[set[str] | None, list[Requirement]]


def _sequence(items: list[tuple[Any, Any]]) -> _Info:
    run: set[str] | None = {""}
    broken = False
    reqs: list[Requirement] = []

    def flush() -> None:
        reqs.extend(_req(run))

    for op, av in items:
        exact, sub = _item(op, av)
        if exact is not None and run is not None and len(run) * len(exact) <= _limit(run, exact):
            run = {a + b for a in run for b in exact}
            continue
        flush()
        broken = True
        if exact is not None:
            # the last character of the run still stands right before this item: kept when it says where a word ends
            tails = {a[-1:] for a in run} if run is not None else {""}
            if all(t and not _is_word(t) for t in tails) and len(tails) * len(exact) <= _limit(tails, exact):
                run = {a + b for a in tails for b in exact}
            else:
                run = set(exact)
        else:
            run = {""}
            reqs.extend(sub)
    if broken:
        flush()
        return None, reqs
    return run, reqs


def _limit(a: set[str], b: set[str]) -> int:
    marked = any(_EDGE in s or _NONWORD in s for s in (*a, *b))
    return WORD_LIMIT if marked else EXACT_LIMIT


def _item(op: Any, av: Any) -> _Info:
    if op is _c.LITERAL:
        ch = chr(av)
        if ch.isascii() and ch.isdigit():
            return None, [frozenset({DIGIT})]
        if ch.isascii():
            return {ch.lower()}, []
        if _edges and not _is_word(ch):
            return {_NONWORD}, []
        return None, []
    if op is _c.IN:
        return _charset(av)
    if op is _c.AT and av is _c.AT_BOUNDARY and _edges:
        return {_EDGE}, []
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {""}, []  # zero width: consumes nothing
    if op is _c.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is _c.BRANCH:
        return _branch([_sequence(list(alt)) for alt in av[1]])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, sub = av
        exact, reqs = _sequence(list(sub))
        if exact == {_NONWORD}:  # a run of non-word characters is one space in words()
            return ({_NONWORD} if low else {"", _NONWORD}), []
        if low == 0:
            if high == 1 and exact is not None:
                return exact | {""}, []
            return None, []
        if low == high == 1:
            return exact, reqs
        return None, [*reqs, *_req(exact)]  # at least one copy
    return None, []  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, GROUPREF_EXISTS...: no requirement


def _charset(items: list[tuple[Any, Any]]) -> _Info:
    chars: set[str] = set()
    digits_only = True
    plain = True  # ASCII characters and \d only: read as the characters themselves
    nonword = _edges  # non-word characters only: read as _NONWORD
    for op, av in items:
        if op is _c.NEGATE:
            return None, []
        if op is _c.LITERAL:
            codes = [av]
        elif op is _c.RANGE:
            if av[1] - av[0] > 64:
                return None, []
            codes = list(range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            chars.add(DIGIT)
            nonword = False
            continue
        elif op is _c.CATEGORY and av in (_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD):
            plain = False
            continue
        else:
            return None, []
        for code in codes:
            ch = chr(code)
            if _is_word(ch):
                nonword = False
            if not ch.isascii():
                plain = False
            elif ch.isdigit():
                chars.add(DIGIT)
            else:
                digits_only = False
                chars.add(ch.lower())
    if not plain:
        return ({_NONWORD} if nonword else None), []
    if digits_only and chars:
        return None, [frozenset({DIGIT})]
    if DIGIT in chars or not chars:
        return None, []
    return chars, []


def _branch(alternatives: list[_Info]) -> _Info:
    exacts = [e for e, _ in alternatives]
    if all(e is not None for e in exacts):
        union: set[str] = set().union(*(e for e in exacts if e is not None))
        if len(union) <= EXACT_LIMIT:
            return union, []
    either: set[str] = set()
    for exact, reqs in alternatives:
        options = [*reqs, *_req(exact)]
        if not options:
            return None, []
        either |= _best(options)
    return None, [frozenset(either)]


def _score(req: Requirement) -> tuple[int, int]:
    """Higher is more selective: the shortest literal's length (a digit counts as 1), then fewer literals."""
    return min(1 if s is DIGIT else len(s) for s in req), -len(req)


def _best(options: list[Requirement]) -> Requirement:
    return max((_simplify(r) for r in options), key=_score)


def _simplify(req: Requirement) -> Requirement:
    """Drop a literal that contains another one of the same disjunction (the shorter one is present whenever it is)."""
    lits = sorted(req, key=len)
    kept: list[str] = []
    for s in lits:
        if s is DIGIT or not any(k is not DIGIT and _implied(k, s) for k in kept):
            kept.append(s)
    return frozenset(kept)


def _implied(k: str, s: str) -> bool:
    """Whether literal ``k`` holds in every text literal ``s`` holds in."""
    if s[:1] != WORD:
        return k[:1] != WORD and k in s
    if k[:1] == WORD:
        return k[1:] in s[1:]
    return k.isalnum() and k in s[1:]  # letters and digits stand in words() as in fold()


def _simplify_all(reqs: list[Requirement]) -> list[Requirement]:
    out: list[Requirement] = []
    for r in sorted({_simplify(r) for r in reqs}, key=_score, reverse=True):
        if all(not prev <= r for prev in out):  # implied by a stronger one already kept
            out.append(r)
    return out


# --- leads: the characters a match can start with ---------------------------------------------------------------


def lead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead for the characters any of its matches starts with, when the pattern says so.

    ``(?=[...])P`` finds exactly the matches of ``P`` (a match's first character is in the set; the look-ahead
    consumes nothing), but a search fails at most positions after one character test instead of trying ``P``'s
    alternatives there. The set is read from the syntax tree like the gates (look-arounds and ``\\b`` are skipped,
    optional items add the next item's characters), case-blind (a superset under any flags); a pattern that can
    match the empty string, or whose first item the reader does not know, is returned unchanged. Global flags written
    at the start ("(?i)…") stay there (Python refuses them anywhere else).
    """
    prefix = _lead_prefix(_parser.parse(pattern.pattern, pattern.flags))
    if not prefix:
        return pattern
    flags = _GLOBAL_FLAGS.match(pattern.pattern)
    at = flags.end() if flags else 0
    return re.compile(pattern.pattern[:at] + prefix + pattern.pattern[at:], pattern.flags)


_GLOBAL_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))+")


def _lead_prefix(tree: Any) -> str:
    first, nullable = _first(list(tree))
    if first is None or nullable or not first:
        return ""
    return f"(?=(?i:[{''.join(sorted(first))}]))"


_CLASS_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _first(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """The class fragments a non-empty match of the sequence can start with (None: any), and whether it can be empty."""
    out: set[str] = set()
    for op, av in items:
        first, nullable = _first_item(op, av)
        if first is None:
            return None, True
        out |= first
        if not nullable:
            return out, False
    return out, True


def _first_item(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    if op is _c.LITERAL:
        return {_char(av)}, False
    if op is _c.IN:
        frags: set[str] = set()
        for iop, iav in av:
            if iop is _c.LITERAL:
                frags.add(_char(iav))
            elif iop is _c.RANGE:
                frags.add(f"{_char(iav[0])}-{_char(iav[1])}")
            elif iop is _c.CATEGORY and iav in _CLASS_CATEGORIES:
                frags.add(_CLASS_CATEGORIES[iav])
            else:
                return None, True  # NEGATE and the rest
        return frags, False
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return set(), True  # zero width: the next item starts the match
    if op is _c.SUBPATTERN:
        return _first(list(av[-1]))
    if op is _c.ATOMIC_GROUP:
        return _first(list(av))
    if op is _c.BRANCH:
        union: set[str] = set()
        empty = False
        for alt in av[1]:
            first, nullable = _first(list(alt))
            if first is None:
                return None, True
            union |= first
            empty = empty or nullable
        return union, empty
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, sub = av
        first, nullable = _first(list(sub))
        return first, nullable or low == 0
    return None, True


# --- alternations of words written as prefix trees ------------------------------------------------------------------


def alternation(words: Iterable[str], space: str = r"\s+") -> str:
    """The alternation ``"|".join`` of ``words`` longest first (each escaped, a space written as ``space``), written
    as a prefix tree: "seven(?:t(?:een|y)|)" for "seventeen|seventy|seven".

    ``re`` tries an alternation's branches one after the other, and under IGNORECASE it cannot skip a branch by its
    first character, so a long case-blind list of words costs a test per word at every position it is tried; the tree
    fails after a test per distinct letter. It finds the same matches: the words that match at a position (case-blind
    or not) are prefixes of one another, and both forms try them longest first (a tree tries a node's longer words
    before the word that ends there). That holds when a word that is a case-blind prefix of another is an exact prefix
    of it (not so for "Sep" and "SEPT"), every cased character is ASCII (``re`` folds those as ``str.lower``), and no
    word is empty or has a space at an end or two together (``space`` then matches one run of spaces); otherwise this
    returns the plain alternation.
    """
    unique = sorted(set(words), key=len, reverse=True)
    plain = "|".join(re.escape(w).replace(r"\ ", space) for w in unique)
    if not _tree_safe(unique):
        return plain
    tree: dict[str, Any] = {}
    for w in unique:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _tree(tree, space)


def _tree_safe(words: list[str]) -> bool:
    for w in words:
        if not w or w != w.strip(" ") or "  " in w or any(not c.isascii() and c.lower() != c.upper() for c in w):
            return False
    folded = sorted((w.lower(), w) for w in words)
    for i, (low, w) in enumerate(folded):  # a case-blind prefix sorts right before the words it starts
        for other_low, other in folded[i + 1 :]:
            if not other_low.startswith(low):
                break
            if len(other) > len(w) and not other.startswith(w):
                return False
    return True


def _tree(node: dict[str, Any], space: str) -> str:
    branches = [
        (space if ch == " " else re.escape(ch)) + _tree(child, space) for ch, child in sorted(node.items()) if ch
    ]
    if "" in node:
        branches.append("")  # the word that ends here, after the longer ones
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
