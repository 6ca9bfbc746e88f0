"""A FactBase of documents given as lists of sentences, with no extractor run (for alignment tests)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from factcheck.facts import FactBase
from factcheck.models import Document, Extraction, Sentence


def sentence_facts(texts: Mapping[str, list[str]], published: Mapping[str, dt.date | None] | None = None) -> FactBase:
    """Each document is its sentences joined by spaces; its Extraction holds only those sentences."""
    docs, extractions = {}, {}
    for doc_id, sentences in texts.items():
        text = " ".join(sentences)
        doc = Document(id=doc_id, text=text, published=(published or {}).get(doc_id))
        out, at = [], 0
        for i, s in enumerate(sentences):
            start = text.index(s, at)
            out.append(Sentence(index=i, span=doc.span(start, start + len(s))))
            at = start + len(s)
        docs[doc_id] = doc
        extractions[doc_id] = Extraction(document=doc_id, sentences=out)
    return FactBase(documents=docs, extractions=extractions)
