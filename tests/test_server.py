"""The HTTP service: verdicts, limits, validation, inline rules, rule reloading, and one real server process.

The checks here run a tiny rule set built in this file (a "word" check that flags a word, a check that sleeps and
one that crashes), registered for this module only, so the tests do not depend on the built-in rules.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

pytest.importorskip("fastapi", reason="the HTTP service needs the 'server' extra (fastapi, uvicorn, httpx)")
pytest.importorskip("httpx", reason="FastAPI's TestClient needs httpx (part of the 'server' extra for tests)")

with warnings.catch_warnings():  # starlette suggests httpx2 over httpx; either works
    warnings.filterwarnings("ignore", message=".*httpx2.*")
    from fastapi.testclient import TestClient

from factcheck.checks._common import Verdict, fail
from factcheck.checks._registry import _REGISTRY, register_check
from factcheck.errors import RuleError
from factcheck.facts import FactBase
from factcheck.rules.base import RuleBase
from factcheck.rules.loader import LoadedRules
from factcheck.server import Limits, add_serve_parser
from factcheck.service import RuleStore, create_app

ROOT = Path(__file__).resolve().parent.parent


# --- a tiny rule set -------------------------------------------------------------------------------------------


class WordRule(RuleBase):
    type: Literal["test-server-word"] = "test-server-word"
    word: str


class SleepRule(RuleBase):
    type: Literal["test-server-sleep"] = "test-server-sleep"
    seconds: float


class CrashRule(RuleBase):
    type: Literal["test-server-crash"] = "test-server-crash"


def check_word(rule: WordRule, facts: FactBase) -> Iterator[Verdict]:
    for doc, _ in facts.checked():
        start = doc.text.find(rule.word)
        while start >= 0:
            span = doc.span(start, start + len(rule.word))
            yield fail(f"'{rule.word}' is written here", [facts.evidence(doc.id, span, role="stated")])
            start = doc.text.find(rule.word, start + 1)


def check_sleep(rule: SleepRule, facts: FactBase) -> Iterator[Verdict]:
    time.sleep(rule.seconds)
    yield from ()


def check_crash(rule: CrashRule, facts: FactBase) -> Iterator[Verdict]:
    raise RuntimeError("this check always breaks")
    yield  # pragma: no cover


@pytest.fixture(scope="module", autouse=True)
def tiny_checks() -> Iterator[None]:
    """Register the tiny checks for this module only (so no other test sees them in the registry)."""
    from factcheck.checks._registry import registered

    registered()  # import the built-in checks first
    register_check(WordRule)(check_word)
    register_check(SleepRule)(check_sleep)
    register_check(CrashRule)(check_crash)
    yield
    for name in ("test-server-word", "test-server-sleep", "test-server-crash"):
        _REGISTRY.pop(name, None)


def make_client(limits: Limits | None = None, rules: list[RuleBase] | None = None) -> TestClient:
    ruleset = LoadedRules(rules=rules if rules is not None else [WordRule(id="test.banned-word", word="Atlantis")])
    store = RuleStore([], defaults=False, ruleset=ruleset)
    return TestClient(create_app(store, limits), raise_server_exceptions=False)


@pytest.fixture
def client() -> TestClient:
    return make_client()


def doc(text: str, id: str = "post-1", **meta: Any) -> dict[str, Any]:
    return {"id": id, "text": text, **meta}


CLEAN = "The council approved the budget on Monday. Members voted nine to two.\n"
FLAGGED = "The council approved the budget on Monday. Atlantis was not mentioned.\n"


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    assert "Traceback" not in response.text
    error: dict[str, Any] = body["error"]
    return error


# --- verdicts ---------------------------------------------------------------------------------------------------


def test_clean_document_passes_with_the_report_at_top_level(client: TestClient) -> None:
    r = client.post("/v1/check", json={"documents": [doc(CLEAN, published="2025-03-13", title="Budget")]})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["verdict"] == "pass"
    assert body["schema_version"] == "1"
    assert body["tool"]["name"] == "factcheck"
    assert body["findings"] == [] and body["errors"] == []
    assert body["documents"] == [{"id": "post-1", "title": "Budget", "published": "2025-03-13", "source": None}]


def test_finding_fails_with_evidence_sliced_from_the_text(client: TestClient) -> None:
    r = client.post("/v1/check", json={"documents": [doc(FLAGGED)]})
    body = r.json()
    assert body["verdict"] == "fail"
    [finding] = body["findings"]
    assert finding["rule"] == "test.banned-word" and finding["check"] == "test-server-word"
    [ev] = finding["evidence"]
    assert ev["document"] == "post-1" and FLAGGED[ev["start"] : ev["end"]] == ev["text"] == "Atlantis"


@pytest.mark.parametrize(
    ("severity", "fail_on", "verdict"),
    [
        ("error", "never", "pass"),
        ("warning", "error", "pass"),
        ("warning", "warning", "fail"),
        ("info", "warning", "pass"),
        ("info", "info", "fail"),
    ],
)
def test_fail_on_sets_the_verdict(severity: str, fail_on: str, verdict: str) -> None:
    client = make_client(rules=[WordRule(id="test.banned-word", word="Atlantis", severity=severity)])
    r = client.post("/v1/check", json={"documents": [doc(FLAGGED)], "fail_on": fail_on})
    assert r.status_code == 200
    assert r.json()["verdict"] == verdict
    assert len(r.json()["findings"]) == 1


def test_against_documents_are_compared_not_checked(client: TestClient) -> None:
    payload = {"documents": [doc(CLEAN)], "against": [doc(FLAGGED, id="wire-copy", source="Agency")]}
    body = client.post("/v1/check", json=payload).json()
    assert body["verdict"] == "pass"
    assert [d["id"] for d in body["documents"]] == ["post-1", "wire-copy"]


def test_a_crashing_rule_is_an_error_entry_and_fails_the_verdict() -> None:
    client = make_client(rules=[CrashRule(id="test.always-crashes")])
    r = client.post("/v1/check", json={"documents": [doc(CLEAN)]})
    assert r.status_code == 200
    body = r.json()
    assert body["verdict"] == "fail"
    assert body["errors"] == [
        {"source": "rule test.always-crashes", "message": "RuntimeError: this check always breaks"}
    ]


# --- limits -----------------------------------------------------------------------------------------------------


def test_body_over_the_limit_is_413_by_declared_length() -> None:
    client = make_client(Limits(max_body_bytes=1000))
    err = assert_error(client.post("/v1/check", json={"documents": [doc("x" * 2000)]}), 413, "body_too_large")
    assert "1,000 bytes" in err["message"]


def test_body_over_the_limit_is_413_when_streamed_without_length() -> None:
    client = make_client(Limits(max_body_bytes=1000))
    payload = json.dumps({"documents": [doc("x" * 2000)]}).encode()
    chunks = iter([payload[:600], payload[600:]])
    r = client.post("/v1/check", content=chunks, headers={"content-type": "application/json"})
    assert "content-length" not in {k.lower() for k in r.request.headers}
    assert_error(r, 413, "body_too_large")


def test_too_many_documents_is_413_counting_against() -> None:
    client = make_client(Limits(max_documents=2))
    ok = client.post("/v1/check", json={"documents": [doc(CLEAN, "a"), doc(CLEAN, "b")]})
    assert ok.status_code == 200
    payload = {"documents": [doc(CLEAN, "a"), doc(CLEAN, "b")], "against": [doc(CLEAN, "c")]}
    err = assert_error(client.post("/v1/check", json=payload), 413, "too_many_documents")
    assert "3 documents" in err["message"] and "limit is 2" in err["message"]


def test_document_over_the_size_limit_is_413_naming_it() -> None:
    client = make_client(Limits(max_document_chars=100))
    payload = {"documents": [doc(CLEAN, "short"), doc("word " * 30, "long-one")]}
    err = assert_error(client.post("/v1/check", json=payload), 413, "document_too_large")
    assert "documents[1]" in err["message"] and "'long-one'" in err["message"]


def test_time_budget_exceeded_is_504_and_the_slot_stays_taken_until_the_check_ends() -> None:
    limits = Limits(timeout=0.3, max_concurrent=1)
    client = make_client(limits, rules=[SleepRule(id="test.slow", seconds=1.5)])
    started = time.monotonic()
    err = assert_error(client.post("/v1/check", json={"documents": [doc(CLEAN)]}), 504, "timeout")
    assert "0.3 s" in err["message"]
    assert time.monotonic() - started < 1.4
    # the first check still runs in its thread: the only slot is busy for this request's whole budget
    r = client.post("/v1/check", json={"documents": [doc(CLEAN)]})
    assert_error(r, 503, "busy")
    assert r.headers["retry-after"]


# --- validation -------------------------------------------------------------------------------------------------


def test_malformed_json_is_400(client: TestClient) -> None:
    r = client.post("/v1/check", content=b'{"documents": [', headers={"content-type": "application/json"})
    err = assert_error(r, 400, "invalid_json")
    assert "not valid JSON" in err["message"]


def test_form_or_text_body_is_415_asking_for_json(client: TestClient) -> None:
    err = assert_error(client.post("/v1/check", data={"documents": "x"}), 415, "unsupported_media_type")
    assert "application/json" in err["message"] and "x-www-form-urlencoded" in err["message"]
    r = client.post(
        "/v1/check", content=json.dumps({"documents": [doc(CLEAN)]}), headers={"content-type": "text/plain"}
    )
    assert_error(r, 415, "unsupported_media_type")


def test_empty_body_is_400(client: TestClient) -> None:
    assert_error(client.post("/v1/check", headers={"content-type": "application/json"}), 400, "empty_body")
    assert_error(client.post("/v1/check"), 400, "empty_body")


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"documents": [doc(CLEAN)], "colour": "red"}, "colour: unknown field"),
        ({"documents": [{"id": "a", "text": CLEAN, "author": "x"}]}, "documents.0.author: unknown field"),
        ({"documents": [{"id": "a"}]}, "documents.0.text: Field required"),
        ({"documents": []}, "documents: List should have at least 1 item"),
        ({}, "documents: Field required"),
        ({"documents": [doc(CLEAN, published="13 March")]}, "documents.0.published"),
        ({"documents": [doc(CLEAN)], "fail_on": "critical"}, "fail_on: Input should be"),
        ({"documents": "some text"}, "documents: Input should be a valid list"),
        ([1, 2], "Input should be a valid dictionary"),
    ],
)
def test_invalid_requests_are_422_with_a_readable_message(client: TestClient, payload: Any, expected: str) -> None:
    err = assert_error(client.post("/v1/check", json=payload), 422, "invalid_request")
    assert expected in err["message"], err
    assert err["details"]


def test_duplicate_document_ids_are_422(client: TestClient) -> None:
    payload = {"documents": [doc(CLEAN, "a")], "against": [doc(CLEAN, "a")]}
    err = assert_error(client.post("/v1/check", json=payload), 422, "duplicate_document_id")
    assert "a" in err["message"]


def test_bad_front_matter_date_is_422_naming_the_document(client: TestClient) -> None:
    text = "---\npublished: last week\n---\nThe council met.\n"
    err = assert_error(client.post("/v1/check", json={"documents": [doc(text, "fm")]}), 422, "invalid_document")
    assert "fm" in err["message"] and "YYYY-MM-DD" in err["message"]


def test_unknown_path_and_wrong_method_are_json_errors(client: TestClient) -> None:
    assert_error(client.get("/v2/check"), 404, "not_found")
    assert_error(client.get("/v1/check"), 405, "method_not_allowed")


def test_internal_error_is_500_json_without_traceback(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.service

    def boom(request: Any, ruleset: Any) -> Any:
        raise ZeroDivisionError("secret internals")

    monkeypatch.setattr(factcheck.service, "run_check", boom)
    r = client.post("/v1/check", json={"documents": [doc(CLEAN)]})
    err = assert_error(r, 500, "internal_error")
    assert "secret" not in r.text and "ZeroDivision" not in r.text
    assert err["message"] == "internal error; the server log has the details"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
request_like = st.fixed_dictionaries(
    {},
    optional={
        "documents": st.lists(
            st.fixed_dictionaries(
                {"id": st.text(max_size=5), "text": st.text(max_size=40)}, optional={"x": json_values}
            )
            | json_values,
            max_size=3,
        ),
        "against": json_values,
        "fail_on": st.sampled_from(["error", "never", "bogus"]) | json_values,
        "rules": st.text(max_size=40) | json_values,
    },
)


@given(body=json_values | request_like)
def test_no_json_body_gets_a_500(body: Any) -> None:
    r = _HYPOTHESIS_CLIENT.post("/v1/check", json=body)
    assert r.status_code in (200, 400, 413, 422), r.text
    if r.status_code != 200:
        assert set(r.json()) == {"error"}


_HYPOTHESIS_CLIENT = make_client()


# --- inline rules -----------------------------------------------------------------------------------------------


def test_inline_rules_run_with_the_servers_rules(client: TestClient) -> None:
    rules = "rules:\n  - id: test.no-lemuria\n    type: test-server-word\n    word: Lemuria\n"
    text = "Atlantis and Lemuria were discussed.\n"
    body = client.post("/v1/check", json={"documents": [doc(text)], "rules": rules}).json()
    assert sorted(f["rule"] for f in body["findings"]) == ["test.banned-word", "test.no-lemuria"]


def test_inline_rules_with_a_yaml_error_are_422_naming_the_line(client: TestClient) -> None:
    rules = "rules:\n  - id: test.x\n    type: [unclosed\n    word: y\n"
    err = assert_error(client.post("/v1/check", json={"documents": [doc(CLEAN)], "rules": rules}), 422, "invalid_rules")
    assert "<request>:4:" in err["message"], err


def test_inline_rules_the_loader_refuses_are_422_without_the_temporary_path(client: TestClient) -> None:
    rules = "rules:\n  - id: test.typo\n    type: test-server-wrod\n"
    r = client.post("/v1/check", json={"documents": [doc(CLEAN)], "rules": rules})
    err = assert_error(r, 422, "invalid_rules")
    [detail] = err["details"]
    assert detail.startswith("<request>:3:11: rules[0].type: unknown check type 'test-server-wrod'")
    assert "did you mean 'test-server-word'" in detail
    assert "factcheck-rules-" not in r.text


# --- rules endpoint, health, OpenAPI ----------------------------------------------------------------------------


def test_rules_endpoint_lists_the_loaded_rules() -> None:
    client = make_client(rules=[WordRule(id="test.banned-word", word="A", severity="warning", description="no A")])
    body = client.get("/v1/rules").json()
    assert body["rules"] == [
        {
            "id": "test.banned-word",
            "type": "test-server-word",
            "severity": "warning",
            "enabled": True,
            "description": "no A",
        }
    ]
    assert body["loaded_at"]


def test_healthz(client: TestClient) -> None:
    body = client.get("/healthz").json()
    assert body["status"] == "ok" and body["rules"] == 1 and body["reload_error"] is None


def test_openapi_documents_the_verdict_and_the_error_shape(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    post = schema["paths"]["/v1/check"]["post"]
    ok_ref = post["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    response = schema["components"]["schemas"][ok_ref.rsplit("/", 1)[1]]
    assert {"verdict", "findings", "passed", "errors", "documents", "schema_version"} <= set(response["properties"])
    assert "verdict" in response["required"]
    for status in ("400", "413", "422", "504"):
        assert post["responses"][status]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorResponse")
    assert {"/healthz", "/v1/rules"} <= set(schema["paths"])
    assert client.get("/docs").status_code == 200


# --- reloading --------------------------------------------------------------------------------------------------


def _write_rules(path: Path, word: str) -> None:
    path.write_text(f"rules:\n  - id: test.word\n    type: test-server-word\n    word: {word}\n", encoding="utf-8")


def test_watch_reloads_changed_rule_files_and_keeps_old_rules_on_error(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    _write_rules(rules / "a.yaml", "Atlantis")
    store = RuleStore([str(rules)], defaults=False, watch=True)
    assert [r.word for r in store.current().rules] == ["Atlantis"]
    _write_rules(rules / "a.yaml", "Lemuria")
    os.utime(rules / "a.yaml", ns=(time.time_ns() + 10**9, time.time_ns() + 10**9))
    assert [r.word for r in store.current().rules] == ["Lemuria"]
    (rules / "b.yaml").write_text("rules:\n  - id: test.bad\n    type: nope\n", encoding="utf-8")
    assert [r.word for r in store.current().rules] == ["Lemuria"]
    assert store.reload_error is not None and "unknown check type 'nope'" in store.reload_error
    (rules / "b.yaml").unlink()
    assert store.reload() is True and store.reload_error is None


def test_without_watch_rules_change_only_on_reload(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    _write_rules(path, "Atlantis")
    store = RuleStore([str(path)], defaults=False)
    _write_rules(path, "Lemuria")
    assert [r.word for r in store.current().rules] == ["Atlantis"]
    assert store.reload() is True
    assert [r.word for r in store.current().rules] == ["Lemuria"]


def test_bad_rules_at_start_raise_rule_error_listing_every_problem(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("rules:\n  - id: t.a\n    type: x\n  - id: t.b\n    type: y\n", encoding="utf-8")
    with pytest.raises(RuleError) as info:
        RuleStore([str(path)], defaults=False)
    assert str(info.value).count("unknown check type") == 2


def test_serve_parser_defaults_and_limits() -> None:
    import argparse

    parser = argparse.ArgumentParser()
    add_serve_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["serve"])
    assert (args.host, args.port, args.rules, args.no_defaults, args.reload_rules) == (
        "127.0.0.1",
        8080,
        [],
        False,
        False,
    )
    assert args.max_body_bytes == Limits().max_body_bytes and args.timeout == Limits().timeout
    args = parser.parse_args(["serve", "--rules", "a.yaml", "--rules", "dir", "--max-documents", "5"])
    assert args.rules == ["a.yaml", "dir"] and args.max_documents == 5
    with pytest.raises(SystemExit):
        parser.parse_args(["serve", "--max-documents", "0"])


# --- the real server process ------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _call(url: str, payload: Any = None, timeout: float = 10) -> tuple[int, dict[str, Any]]:
    data = None if payload is None else json.dumps(payload).encode()
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def _wait_for(predicate: Any, seconds: float, what: str) -> Any:
    deadline = time.monotonic() + seconds
    while True:
        try:
            result = predicate()
            if result:
                return result
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if time.monotonic() > deadline:
            pytest.fail(f"{what} within {seconds:g} s")
        time.sleep(0.1)


SPELLING_RULES = """entities:
  Sudzha: {{variants: [{variant}]}}
rules:
  - {{id: test.sudzha-spelling, type: spelling}}
"""


def test_real_server_process_over_http(tmp_path: Path) -> None:
    rules = tmp_path / "spelling.yaml"
    rules.write_text(SPELLING_RULES.format(variant="Suzha"), encoding="utf-8")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    cmd = [sys.executable, "-m", "factcheck", "serve", "--port", str(port), "--no-defaults", "--rules", str(rules)]
    cmd += ["--max-documents", "2", "--log-level", "warning"]
    proc = subprocess.Popen(cmd, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    article = {"documents": [doc("Troops left Suzha on Monday.\n", published="2025-03-13")]}
    try:

        def healthy() -> dict[str, Any] | None:
            if proc.poll() is not None:
                out = proc.stdout.read().decode() if proc.stdout else ""
                pytest.fail(f"server exited with {proc.returncode}:\n{out}")
            status, body = _call(f"{base}/healthz", timeout=2)
            return body if status == 200 else None

        health = _wait_for(healthy, 30, "the server did not answer /healthz")
        assert health["status"] == "ok" and health["rules"] == 1

        status, body = _call(f"{base}/v1/check", article)
        assert status == 200 and body["verdict"] == "fail", body
        assert body["findings"][0]["rule"] == "test.sudzha-spelling"
        assert body["findings"][0]["evidence"][0]["text"] == "Suzha"

        status, body = _call(f"{base}/v1/check", {"documents": [doc(CLEAN, str(i)) for i in range(3)]})
        assert status == 413 and body["error"]["code"] == "too_many_documents"

        if hasattr(signal, "SIGHUP"):  # SIGHUP reloads the rules (and does not end the process)
            rules.write_text(SPELLING_RULES.format(variant="Suja"), encoding="utf-8")
            proc.send_signal(signal.SIGHUP)
            _wait_for(
                lambda: _call(f"{base}/healthz", timeout=2)[1]["loaded_at"] != health["loaded_at"],
                10,
                "the rules were not reloaded after SIGHUP",
            )
            status, body = _call(f"{base}/v1/check", article)
            assert status == 200 and body["verdict"] == "pass", body
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        if proc.stdout:
            proc.stdout.close()
    assert proc.returncode in (0, -signal.SIGTERM)
