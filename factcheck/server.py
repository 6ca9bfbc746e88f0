"""The HTTP service ``factcheck serve``: a CMS or CI asks, before publishing, whether a story passes the rules.

Endpoints: ``POST /v1/check`` (documents in, the JSON report plus a ``verdict`` out), ``GET /v1/rules``,
``GET /healthz``; the OpenAPI schema is at ``/openapi.json`` and interactive docs at ``/docs``.

Rules are loaded once at start (``--rules``, plus the built-in generic rules unless ``--no-defaults``) and reloaded
on SIGHUP, or before a request when a rule file changed (``--reload-rules``). A request may add rules of its own as
YAML text (``rules``); they run with the server's rules. Every limit (body size, number and size of documents,
time budget, concurrent checks) answers with a JSON error ``{"error": {"code", "message"}}`` and a 4xx status
(503/504 for a busy server or an exhausted time budget), never a 500 with a traceback.

This module is the command line and stays light (the CLI imports it to build its parser); the models, rule store
and FastAPI app live in :mod:`factcheck.service` and are re-exported here on first use. FastAPI and uvicorn come
with the ``server`` extra and are imported only when serving.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.service import (
        ApiError,
        CheckRequest,
        CheckResponse,
        DocumentIn,
        RuleStore,
        create_app,
        run_check,
    )

log = logging.getLogger("factcheck.server")


# --- limits ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Limits:
    """What one request may ask for; each has a ``factcheck serve`` flag."""

    max_body_bytes: int = 2_000_000
    max_documents: int = 50
    max_document_chars: int = 200_000
    timeout: float = 10.0
    max_concurrent: int = 2


# --- command line ---------------------------------------------------------------------------------------------


def add_serve_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``factcheck serve`` to the CLI's subparsers (no FastAPI import here)."""
    d = Limits()
    p: argparse.ArgumentParser = subparsers.add_parser(
        "serve",
        help="run the HTTP service (POST /v1/check) for CMS pre-publish hooks",
        description="Serve POST /v1/check, GET /v1/rules, GET /healthz and the OpenAPI docs at /docs. "
        "Needs the 'server' extra. Rules reload on SIGHUP.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s, loopback only)")
    p.add_argument("--port", type=int, default=8080, help="port (default: %(default)s)")
    p.add_argument("--rules", action="append", default=[], metavar="FILE|DIR", help="rule file or folder")
    p.add_argument("--no-defaults", action="store_true", help="do not run the built-in generic rules")
    p.add_argument(
        "--reload-rules", action="store_true", help="reload the rules before a request when a rule file changed"
    )
    p.add_argument(
        "--max-body-bytes", type=_positive_int, default=d.max_body_bytes, metavar="N", help="(default: %(default)s)"
    )
    p.add_argument(
        "--max-documents",
        type=_positive_int,
        default=d.max_documents,
        metavar="N",
        help="documents per request, 'against' included (default: %(default)s)",
    )
    p.add_argument(
        "--max-document-chars",
        type=_positive_int,
        default=d.max_document_chars,
        metavar="N",
        help="characters per document and of inline rules (default: %(default)s)",
    )
    p.add_argument(
        "--timeout",
        type=_positive_float,
        default=d.timeout,
        metavar="SECONDS",
        help="time budget of one request; 504 after it (default: %(default)s)",
    )
    p.add_argument(
        "--max-concurrent",
        type=_positive_int,
        default=d.max_concurrent,
        metavar="N",
        help="checks running at once; more wait up to the time budget, then 503 (default: %(default)s)",
    )
    p.add_argument(
        "--index",
        metavar="DIR",
        help="a corpus index (built with 'factcheck check --index DIR'): every check also compares its documents with "
        "the indexed articles that share their rare keys (a request opts out with use_index: false)",
    )
    p.add_argument(
        "--max-candidates",
        type=_positive_int,
        default=None,
        metavar="N",
        help="with --index: most indexed articles compared with one request (default: 50)",
    )
    p.add_argument("--log-level", choices=("critical", "error", "warning", "info", "debug"), default="info")
    return p


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text}")
    return value


def _positive_float(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a positive number, got {text}")
    return value


def _warm_up(store: RuleStore, index: Any, max_candidates: int | None) -> None:
    """One small check before the first request (modules, rules and the index's lookups loaded), then
    ``gc.freeze()``: what is loaded now lives as long as the process, and the collector no longer walks it on every
    full collection during a request (which set the p95 of warm draft checks against an index)."""
    import gc

    from factcheck.service import CheckRequest, DocumentIn, run_check

    text = "The council approved the budget on Monday after a vote of nine to two.\n"
    run_check(CheckRequest(documents=[DocumentIn(id="warm-up", text=text)]), store.current(), index, max_candidates)
    gc.freeze()


def serve(args: argparse.Namespace) -> int:
    """Run the service until interrupted; 0 on a clean stop, 2 when the rules or the extra are missing."""
    try:
        import uvicorn
    except ImportError:
        print("factcheck: serve needs the 'server' extra: pip install 'factcheck-news[server]'", file=sys.stderr)
        return 2
    limits = Limits(
        max_body_bytes=args.max_body_bytes,
        max_documents=args.max_documents,
        max_document_chars=args.max_document_chars,
        timeout=args.timeout,
        max_concurrent=args.max_concurrent,
    )
    from factcheck.errors import RuleError
    from factcheck.service import RuleStore, create_app

    try:
        store = RuleStore(args.rules, defaults=not args.no_defaults, watch=args.reload_rules)
    except RuleError as exc:
        print(f"factcheck: rules not loaded:\n{exc}", file=sys.stderr)
        return 2
    index = None
    if args.index is not None:
        from factcheck.errors import FactcheckError
        from factcheck.index import open_index

        try:
            index = open_index(args.index, create=False)
        except FactcheckError as exc:
            print(f"factcheck: {exc}", file=sys.stderr)
            return 2
    app = create_app(store, limits, index, args.max_candidates)
    _warm_up(store, index, args.max_candidates)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, lambda signum, frame: threading.Thread(target=store.reload, daemon=True).start())
    logging.getLogger("factcheck").setLevel(args.log_level.upper())
    if index is not None:
        log.info("corpus index %s: %d articles", args.index, len(index))
    log.info("%d rules loaded; listening on http://%s:%d", len(store.ruleset.rules), args.host, args.port)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
    except SystemExit as exc:  # uvicorn exits on a start-up failure such as a port in use
        return 2 if exc.code else 0
    return 0


_LAZY = frozenset(
    {
        "ApiError",
        "CheckRequest",
        "CheckResponse",
        "DocumentIn",
        "RuleStore",
        "create_app",
        "run_check",
    }
)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import factcheck.service

        return getattr(factcheck.service, name)
    raise AttributeError(f"module 'factcheck.server' has no attribute {name!r}")


__all__ = [
    "ApiError",
    "CheckRequest",
    "CheckResponse",
    "DocumentIn",
    "Limits",
    "RuleStore",
    "add_serve_parser",
    "create_app",
    "run_check",
    "serve",
]
