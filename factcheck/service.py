"""The HTTP service behind ``factcheck serve``: request/response models, the rule store and the FastAPI app.

``factcheck/server.py`` holds the command line (and re-exports this module's names); this module imports pydantic
models at import time and FastAPI in :func:`create_app`. No ``from __future__ import annotations`` here: FastAPI
reads the endpoint annotations at run time.
"""

import asyncio
import concurrent.futures
import datetime as dt
import logging
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from factcheck import __version__
from factcheck.errors import FactcheckError, RuleError
from factcheck.models import Model, Report, Severity
from factcheck.server import Limits

if TYPE_CHECKING:
    from fastapi import FastAPI

log = logging.getLogger("factcheck.server")

FailOn = Literal["error", "warning", "info", "never"]
RULE_SUFFIXES = (".yaml", ".yml")
REQUEST_RULES = "<request>"

Loader = Callable[[list[Any] | None, bool], Any]
"""``load(paths_or_None, defaults) -> rule set`` with ``.rules``, ``.declarations`` and ``.errors``."""


# --- request and response models (the OpenAPI schema is generated from these) ---------------------------------


class DocumentIn(Model):
    """One article: its text and metadata. Front matter and a ``Published:`` line in the text are read too."""

    id: str = Field(min_length=1, max_length=1000, description="the caller's id for the document, e.g. a post id")
    text: str = Field(description="the article text (plain text or Markdown)")
    published: dt.date | None = Field(None, description="publication date, YYYY-MM-DD (anchors 'on Tuesday')")
    title: str | None = None
    source: str | None = Field(None, description="where the article comes from, e.g. an agency or a URL")


class CheckRequest(Model):
    """Documents to check, optional source documents they were written from, optional extra rules."""

    documents: list[DocumentIn] = Field(min_length=1, description="the documents to check")
    against: list[DocumentIn] = Field(
        default_factory=list, description="source documents the checked documents were written from (not checked)"
    )
    rules: str | None = Field(
        None, description="extra rules as YAML text (the rule-file format); they run with the server's rules"
    )
    fail_on: FailOn = Field("error", description="lowest finding severity that makes the verdict 'fail'")
    use_index: bool = Field(
        True,
        description="also compare the documents with the server's corpus index (`factcheck serve --index`), when it "
        "has one: at most --max-candidates indexed articles sharing their rare keys, compared but never checked",
    )


class CheckResponse(Report):
    """The JSON report (the same object as ``factcheck check --format json``) with the verdict added."""

    verdict: Literal["pass", "fail"] = Field(
        description="'fail' when a finding reaches fail_on or a document or rule could not be checked (errors)"
    )


class ErrorBody(Model):
    code: str = Field(description="stable machine-readable code, e.g. 'too_many_documents'")
    message: str = Field(description="what was wrong, for a human")
    details: list[str] = Field(default_factory=list, description="one line per problem (validation, rule errors)")


class ErrorResponse(Model):
    """Every error the service returns has this shape."""

    error: ErrorBody


class RuleInfo(Model):
    id: str
    type: str
    severity: Severity
    enabled: bool
    description: str | None = None


class RulesResponse(Model):
    rules: list[RuleInfo]
    loaded_at: dt.datetime = Field(description="when the rules were (re)loaded, UTC")


class HealthResponse(Model):
    status: Literal["ok"] = "ok"
    version: str = __version__
    rules: int = Field(description="number of loaded rules")
    loaded_at: dt.datetime
    reload_error: str | None = Field(None, description="why the last reload failed (the previous rules stay)")
    indexed: int | None = Field(None, description="articles in the server's corpus index (null: no index)")


class ApiError(Exception):
    """An error answered as ``{"error": {"code", "message", "details"}}`` with ``status``."""

    def __init__(
        self, status: int, code: str, message: str, details: Sequence[str] = (), headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = list(details)
        self.headers = headers

    def body(self) -> dict[str, Any]:
        return ErrorResponse(error=ErrorBody(code=self.code, message=self.message, details=self.details)).model_dump()


# --- rules --------------------------------------------------------------------------------------------------


def _default_loader(paths: list[str] | None, defaults: bool) -> Any:
    from factcheck.rules.loader import load_rules

    return load_rules(paths, defaults=defaults)


def _problems(ruleset: Any) -> list[str]:
    out = []
    for err in getattr(ruleset, "errors", None) or ():
        source = getattr(err, "source", None)
        message = getattr(err, "message", str(err))
        out.append(f"{source}: {message}" if source else str(message))
    return out


class RuleStore:
    """The service's rule set: loaded at start, reloaded on request (SIGHUP) or when a rule file changed.

    A reload that fails keeps the previous rules and records why (``reload_error``, shown by ``/healthz``).
    ``ruleset`` starts the store with an already loaded rule set (tests, embedding); ``loader`` replaces
    :func:`factcheck.rules.loader.load_rules`.
    """

    def __init__(
        self,
        paths: Sequence[str | os.PathLike[str]] = (),
        defaults: bool = True,
        *,
        watch: bool = False,
        loader: Loader | None = None,
        ruleset: Any = None,
    ) -> None:
        self.paths = [os.fspath(p) for p in paths]
        self.defaults = defaults
        self.watch = watch
        self._load = loader or _default_loader
        self._lock = threading.Lock()
        self._stamp = self._fingerprint()
        self._fixed = ruleset is not None and not self.paths
        self.ruleset = ruleset if ruleset is not None else self._load_checked(self.paths or None)
        self.loaded_at = dt.datetime.now(dt.UTC)
        self.reload_error: str | None = None

    def _load_checked(self, paths: list[Any] | None, rename: tuple[str, str] | None = None) -> Any:
        """Load ``paths``; raise RuleError listing every problem (with ``rename`` = (path, shown name) applied)."""
        try:
            ruleset = self._load(paths, self.defaults)
        except FactcheckError as exc:
            raise RuleError(_rename(str(exc), rename)) from None
        problems = [_rename(p, rename) for p in _problems(ruleset)]
        if problems:
            raise RuleError("\n".join(problems))
        return ruleset

    def _fingerprint(self) -> tuple[tuple[str, int, int], ...]:
        stamps: list[tuple[str, int, int]] = []
        for given in self.paths:
            path = Path(given)
            files = sorted(p for p in path.rglob("*") if p.suffix in RULE_SUFFIXES) if path.is_dir() else [path]
            for f in files:
                try:
                    st = f.stat()
                    stamps.append((str(f), st.st_mtime_ns, st.st_size))
                except OSError:
                    stamps.append((str(f), -1, -1))
        return tuple(stamps)

    def reload(self) -> bool:
        """Load the rule files again; True if the new rules are in use (False: failed, or nothing to reload)."""
        if self._fixed:
            return False
        with self._lock:
            self._stamp = self._fingerprint()
            try:
                ruleset = self._load_checked(self.paths or None)
            except RuleError as exc:
                self.reload_error = str(exc)
                log.error("rules not reloaded (the previous rules stay): %s", exc)
                return False
            self.ruleset, self.loaded_at, self.reload_error = ruleset, dt.datetime.now(dt.UTC), None
            log.info("rules reloaded: %d rules", len(ruleset.rules))
            return True

    def current(self) -> Any:
        """The rule set in use; with ``watch``, first reloads it if a rule file changed, appeared or went away."""
        if self.watch and self.paths and self._fingerprint() != self._stamp:
            self.reload()
        return self.ruleset

    def with_text(self, text: str) -> Any:
        """The server's rules plus the rules in ``text`` (YAML), loaded by the same loader; RuleError if invalid.

        The loader reads files, so the text goes to a file in a private temporary directory, removed afterwards;
        error messages name it ``<request>``.
        """
        folder = tempfile.mkdtemp(prefix="factcheck-rules-")
        try:
            path = os.path.join(folder, "request.yaml")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            # a store started from a loaded rule set has no files to reload: its rule objects go in instead
            base: list[Any] = list(self.ruleset.rules) if self._fixed else list(self.paths)
            return self._load_checked([*base, path], rename=(path, REQUEST_RULES))
        finally:
            shutil.rmtree(folder, ignore_errors=True)


def _rename(text: str, rename: tuple[str, str] | None) -> str:
    return text.replace(rename[0], rename[1]) if rename else text


# --- checking -------------------------------------------------------------------------------------------------


def run_check(
    request: CheckRequest, ruleset: Any, index: Any = None, max_candidates: int | None = None
) -> CheckResponse:
    """Check the request's documents with a loaded ``ruleset`` (blocking; the service runs it in a worker thread),
    against ``index`` (an open :class:`factcheck.index.Index`, or None) when the request uses it."""
    from factcheck.engine import check
    from factcheck.ingest import from_text

    def build(items: list[DocumentIn]) -> list[Any]:
        docs = []
        for d in items:
            try:
                docs.append(from_text(d.text, id=d.id, published=d.published, title=d.title, source=d.source))
            except FactcheckError as exc:
                raise ApiError(422, "invalid_document", str(exc)) from None
        return docs

    documents, against = build(request.documents), build(request.against)
    report = check(
        documents,
        rules=ruleset,
        against=against or None,
        defaults=False,
        against_index=index if request.use_index else None,
        max_candidates=max_candidates,
    )
    code = report.exit_code(request.fail_on)
    return CheckResponse(**dict(report), verdict="pass" if code == 0 else "fail")


def _validate_limits(request: CheckRequest, limits: Limits) -> None:
    items = [*request.documents, *request.against]
    if len(items) > limits.max_documents:
        raise ApiError(
            413,
            "too_many_documents",
            f"{len(items)} documents (documents and against together); the limit is {limits.max_documents}",
        )
    for where, group in (("documents", request.documents), ("against", request.against)):
        for i, d in enumerate(group):
            if len(d.text) > limits.max_document_chars:
                raise ApiError(
                    413,
                    "document_too_large",
                    f"{where}[{i}] ({d.id!r}) has {len(d.text):,} characters; the limit is "
                    f"{limits.max_document_chars:,}",
                )
    ids = [d.id for d in items]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ApiError(422, "duplicate_document_id", f"document ids must be unique; repeated: {', '.join(dupes)}")


class _Slots:
    """At most ``n`` checks run at once; a slot is freed when its thread finishes, even after a timeout."""

    def __init__(self, n: int) -> None:
        self._sem = threading.BoundedSemaphore(n)
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=n, thread_name_prefix="factcheck-check")

    async def run(self, fn: Callable[[], Any], timeout: float) -> Any:
        from anyio import to_thread

        deadline = time.monotonic() + timeout
        if not await to_thread.run_sync(self._sem.acquire, True, timeout):
            raise ApiError(
                503,
                "busy",
                "every check slot stayed busy for the whole time budget; try again shortly",
                headers={"Retry-After": "5"},
            )
        try:
            future = self._pool.submit(fn)
        except BaseException:
            self._sem.release()
            raise
        future.add_done_callback(lambda _: self._sem.release())
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), max(deadline - time.monotonic(), 0.001))
        except TimeoutError:
            raise ApiError(504, "timeout", f"the check did not finish within the {timeout:g} s time budget") from None


# --- the application ------------------------------------------------------------------------------------------


class _BodyLimit:
    """ASGI middleware: refuse a request body over ``limit`` bytes with 413 before anything parses it."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        from starlette.responses import JSONResponse

        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def refuse(status: int, code: str, message: str) -> None:
            await JSONResponse(ApiError(status, code, message).body(), status_code=status)(scope, receive, send)

        too_large = f"the request body is larger than the limit of {self.limit:,} bytes"
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                await refuse(400, "bad_request", "invalid Content-Length header")
                return
            if declared > self.limit:
                await refuse(413, "body_too_large", too_large)
                return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await refuse(413, "body_too_large", too_large)
                return
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Any:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "the body is empty or not valid JSON"},
    413: {"model": ErrorResponse, "description": "body, number of documents or a document over the limit"},
    415: {"model": ErrorResponse, "description": "the body is not sent as application/json"},
    422: {"model": ErrorResponse, "description": "the request or its inline rules are invalid"},
    500: {"model": ErrorResponse, "description": "internal error (details in the server log)"},
    503: {"model": ErrorResponse, "description": "every check slot busy for the whole time budget"},
    504: {"model": ErrorResponse, "description": "the check did not finish within the time budget"},
}


def create_app(
    rules: RuleStore, limits: Limits | None = None, index: Any = None, max_candidates: int | None = None
) -> "FastAPI":
    """The FastAPI application serving ``rules`` under ``limits``; with ``index`` (an open
    :class:`factcheck.index.Index`), each check also compares its documents with at most ``max_candidates`` (default
    50) indexed articles (see :mod:`factcheck.index`)."""
    from fastapi import FastAPI, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse
    from starlette.concurrency import run_in_threadpool
    from starlette.exceptions import HTTPException

    limits = limits or Limits()
    slots = _Slots(limits.max_concurrent)
    app = FastAPI(
        title="factcheck",
        version=__version__,
        description=(
            "Find inconsistencies in news text before it is published. POST the article to `/v1/check`; publish "
            'when `verdict` is `pass`. Errors are `{"error": {"code", "message", "details"}}`.'
        ),
    )
    app.state.rules = rules
    app.state.limits = limits
    app.state.index = index

    def error_response(exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(ApiError)
    async def on_api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = list(exc.errors())
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media and media != "application/json" and not media.endswith("+json"):
            message = f"send the body as JSON with 'Content-Type: application/json' (got {media!r})"
            return error_response(ApiError(415, "unsupported_media_type", message))
        if any(tuple(err.get("loc", ())) == ("body",) and err.get("type") == "missing" for err in errors):
            message = "the request has no body; send a JSON object with 'documents'"
            return error_response(ApiError(400, "empty_body", message))
        details = []
        for err in errors:
            loc = [str(p) for p in err.get("loc", ()) if p != "body"]
            where = ".".join(loc) or "body"
            if err.get("type") == "extra_forbidden":
                details.append(f"{where}: unknown field")
            else:
                details.append(f"{where}: {err.get('msg', 'invalid')}")
        if any(err.get("type") == "json_invalid" for err in errors):
            ctx = next((e.get("ctx") or {} for e in errors if e.get("type") == "json_invalid"), {})
            reason = ctx.get("error", "invalid JSON") if isinstance(ctx, dict) else "invalid JSON"
            return error_response(ApiError(400, "invalid_json", f"the body is not valid JSON: {reason}"))
        message = (
            "invalid request: " + "; ".join(details[:5]) + (f" (and {len(details) - 5} more)" * (len(details) > 5))
        )
        return error_response(ApiError(422, "invalid_request", message, details))

    @app.exception_handler(HTTPException)
    async def on_http_error(request: Request, exc: HTTPException) -> JSONResponse:
        codes = {404: "not_found", 405: "method_not_allowed"}
        code = codes.get(exc.status_code, "http_error")
        return JSONResponse(
            ApiError(exc.status_code, code, str(exc.detail)).body(),
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(Exception)
    async def on_crash(request: Request, exc: Exception) -> JSONResponse:
        log.error("internal error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(ApiError(500, "internal_error", "internal error; the server log has the details"))

    @app.get("/healthz", response_model=HealthResponse, tags=["service"])
    async def healthz() -> HealthResponse:
        """Liveness and the loaded rules' count."""
        store: RuleStore = app.state.rules
        indexed = await run_in_threadpool(len, index) if index is not None else None
        return HealthResponse(
            rules=len(store.ruleset.rules),
            loaded_at=store.loaded_at,
            reload_error=store.reload_error,
            indexed=indexed,
        )

    @app.get("/v1/rules", response_model=RulesResponse, tags=["rules"])
    async def list_rules() -> RulesResponse:
        """The rules the service runs: built-in generic rules (unless --no-defaults) and the --rules files."""
        store: RuleStore = app.state.rules
        ruleset = await run_in_threadpool(store.current)
        return RulesResponse(
            rules=[
                RuleInfo(id=r.id, type=r.type, severity=r.severity, enabled=r.enabled, description=r.description)
                for r in ruleset.rules
            ],
            loaded_at=store.loaded_at,
        )

    @app.post("/v1/check", response_model=CheckResponse, responses=ERROR_RESPONSES, tags=["check"])
    async def check(body: CheckRequest) -> CheckResponse:
        """Check documents; the answer is the JSON report with a `verdict` (`pass`/`fail`) to act on."""
        _validate_limits(body, limits)
        store: RuleStore = app.state.rules
        if body.rules is not None and len(body.rules) > limits.max_document_chars:
            raise ApiError(413, "rules_too_large", f"inline rules over {limits.max_document_chars:,} characters")

        def work() -> CheckResponse:
            if body.rules is not None and body.rules.strip():
                try:
                    ruleset = store.with_text(body.rules)
                except RuleError as exc:
                    lines = str(exc).splitlines()
                    raise ApiError(422, "invalid_rules", f"the inline rules are invalid: {lines[0]}", lines) from None
            else:
                ruleset = store.current()
            return run_check(body, ruleset, index, max_candidates)

        result: CheckResponse = await slots.run(work, limits.timeout)
        return result

    app.add_middleware(_BodyLimit, limit=limits.max_body_bytes)
    return app


__all__ = [
    "ApiError",
    "CheckRequest",
    "CheckResponse",
    "DocumentIn",
    "RuleStore",
    "create_app",
    "run_check",
]
