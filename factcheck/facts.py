"""The FactBase: every document of a run with what was extracted from it, read by the checks.

Checks never read files or keep state: what they share across documents (indexes, sentence alignments) is built
once per run through :meth:`FactBase.derived`, and evidence is made only through :meth:`FactBase.evidence`, so an
evidence quote always equals the document text at its offsets.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from factcheck.models import Document, Evidence, Extraction, Sentence, Span

T = TypeVar("T")
_MISSING: Any = object()


@dataclass
class FactBase:
    """Documents, their extractions, the rule set's declarations, and which documents rewrite which.

    ``sources`` maps a document id to the ids of documents it was written from (``--against``, or detected by
    sentence alignment); ``declarations`` is the rule set's ``entities``/``measures`` section (or None).
    """

    documents: dict[str, Document]
    extractions: dict[str, Extraction]
    declarations: Any = None
    sources: dict[str, list[str]] = field(default_factory=dict)
    against: frozenset[str] = frozenset()
    memo: dict[str, dict[Hashable, Any]] = field(default_factory=dict, repr=False)
    """Per document id, a store of :meth:`per_document` values that outlives the run (an open corpus index gives
    one to each of its documents: a warm check recomputes only the draft's values)."""
    _derived: dict[Any, Any] = field(default_factory=dict, repr=False)

    def evidence(self, document: str, span: Span, role: str | None = None) -> Evidence:
        """Evidence for ``span`` of ``document``, its text sliced from the document itself."""
        text = self.documents[document].text[span.start : span.end]
        return Evidence(document=document, start=span.start, end=span.end, text=text, role=role)

    def sentence(self, document: str, index: int) -> Sentence:
        return self.extractions[document].sentences[index]

    def sentence_text(self, document: str, index: int) -> str:
        return self.sentence(document, index).text

    def checked(self) -> Iterator[tuple[Document, Extraction]]:
        """The documents being checked (not the ``--against`` sources), with their extractions, in id order."""
        for doc_id in sorted(self.documents):
            if doc_id not in self.against:
                yield self.documents[doc_id], self.extractions[doc_id]

    def all(self) -> Iterator[tuple[Document, Extraction]]:
        """Every document (checked and sources), with its extraction, in id order."""
        for doc_id in sorted(self.documents):
            yield self.documents[doc_id], self.extractions[doc_id]

    def derived(self, key: Hashable, build: Callable[[FactBase], T]) -> T:
        """A value computed once per run from the whole FactBase (an index, an alignment) and shared by checks."""
        if key not in self._derived:
            self._derived[key] = build(self)
        value: T = self._derived[key]
        return value

    def per_document(self, key: Hashable, document: str, build: Callable[[Document, Extraction], T]) -> T:
        """``build(document, extraction)`` for one document, computed once per run (and across runs when the
        document has a :attr:`memo` store). ``build`` must be a pure function of the document and its extraction;
        ``key`` names it and includes every parameter it depends on."""
        store = self.memo.get(document)
        if store is None:
            store = self._derived.setdefault(("per-document", document), {})
        value: T = store.get(key, _MISSING)  # (one lookup when kept: a key may be slow to hash, a table of phrases)
        if value is _MISSING:
            value = store[key] = build(self.documents[document], self.extractions[document])
        return value

    def label(self, document: str) -> str:
        """A short name for a document in messages: its file name's leading number or stem ('003')."""
        stem = document.replace("\\", "/").rsplit("/", 1)[-1]
        stem = stem.rsplit(".", 1)[0]
        head = stem.split("_", 1)[0]
        return head if head.isdigit() else stem

    @staticmethod
    def documents_of(evidence: Iterable[Evidence]) -> list[str]:
        seen: dict[str, None] = {}
        for e in evidence:
            seen.setdefault(e.document, None)
        return list(seen)
