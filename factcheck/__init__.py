"""factcheck: find inconsistencies in news text before it is published.

>>> import factcheck
>>> report = factcheck.check(["seeds/"], rules=["rules/"])   # doctest: +SKIP
>>> [f.message for f in report.findings]                     # doctest: +SKIP

Heavy modules (quantulum3, pint, the rule loader) are imported on first use, so ``factcheck --version`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from factcheck.engine import check, run
    from factcheck.extract import extract
    from factcheck.ingest import from_text, read_document
    from factcheck.models import Document, Finding, Report

_LAZY = {
    "check": "factcheck.engine",
    "run": "factcheck.engine",
    "extract": "factcheck.extract",
    "from_text": "factcheck.ingest",
    "read_document": "factcheck.ingest",
    "Document": "factcheck.models",
    "Finding": "factcheck.models",
    "Report": "factcheck.models",
}

__all__ = ["Document", "Finding", "Report", "__version__", "check", "extract", "from_text", "read_document", "run"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
