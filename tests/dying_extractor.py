"""An extract function whose process dies on documents containing ``DIE`` (imported by pool workers in tests)."""

from __future__ import annotations

import os

from factcheck.extract import extract as real_extract
from factcheck.models import Document, Extraction


def extract(doc: Document, needs: frozenset[str], declarations: object) -> Extraction:
    if "DIE" in doc.text:
        os._exit(3)  # as a segfault or the OOM killer would: no exception, no cleanup
    return real_extract(doc, needs, declarations)


class DiesOnArrival:
    """Extracts like the real thing, but a worker process that receives it dies (workers that cannot start)."""

    def __init__(self) -> None:
        self.state = "dies when unpickled"  # a non-empty state, so that unpickling calls __setstate__

    def __call__(self, doc: Document, needs: frozenset[str], declarations: object) -> Extraction:
        return real_extract(doc, needs, declarations)

    def __setstate__(self, state: object) -> None:
        os._exit(4)
