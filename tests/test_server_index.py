"""``factcheck serve --index DIR``: each request's documents are also compared with the indexed articles, as
``factcheck check --against-index DIR`` compares them; a request opts out with ``use_index: false``."""

from __future__ import annotations

import argparse
import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the HTTP service needs the 'server' extra (fastapi, uvicorn, httpx)")
pytest.importorskip("httpx", reason="FastAPI's TestClient needs httpx (part of the 'server' extra for tests)")

with warnings.catch_warnings():  # starlette suggests httpx2 over httpx; either works
    warnings.filterwarnings("ignore", message=".*httpx2.*")
    from fastapi.testclient import TestClient

import factcheck
from factcheck.index import Index, index_paths, open_index
from factcheck.ingest import from_text
from factcheck.server import add_serve_parser, serve
from factcheck.service import RuleStore, create_app

ROOT = Path(__file__).resolve().parent.parent
SEED_001 = next((ROOT / "seeds").glob("001_*.txt"))


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Index]:
    path = tmp_path_factory.mktemp("served") / "index"
    update, report, _ = index_paths(path, [str(ROOT / "seeds")], check=False)
    assert report is None and len(update.added) == 5
    yield open_index(path, create=False)
    open_index(path).close()


@pytest.fixture(scope="module")
def client(index: Index) -> TestClient:
    return TestClient(create_app(RuleStore([], defaults=True), index=index, max_candidates=5))


def _draft() -> str:
    """001 with one count changed (24 settlements → 60)."""
    text, n = re.subn(r"\b24 settlements\b", "60 settlements", SEED_001.read_text(encoding="utf-8"))
    assert n == 1
    return text


def _keys(findings: list[dict[str, object]] | list[factcheck.Finding]) -> list[tuple[object, ...]]:
    out = []
    for f in findings:
        d = f if isinstance(f, dict) else f.model_dump(mode="json")
        out.append((d["rule"], d["message"], tuple((e["document"], e["start"], e["end"]) for e in d["evidence"])))
    return out


def test_a_draft_is_compared_with_the_index_as_the_cli_compares_it(client: TestClient, index: Index) -> None:
    payload = {"documents": [{"id": "draft.txt", "text": _draft(), "published": "2025-03-14"}], "fail_on": "never"}
    response = client.post("/v1/check", json=payload)
    assert response.status_code == 200, response.text
    body = response.json()
    cross = [f for f in body["findings"] if f["check"] == "cross-document-number"]
    assert any(any(Path(d).name == SEED_001.name for d in f["documents"]) for f in cross)
    library = factcheck.check(
        [from_text(_draft(), id="draft.txt", published="2025-03-14")], against_index=index, max_candidates=5
    )
    assert _keys(body["findings"]) == _keys(library.findings)
    assert _keys(body["passed"]) == _keys(library.passed)


def test_a_request_may_leave_the_index_out(client: TestClient) -> None:
    payload = {"documents": [{"id": "draft.txt", "text": _draft(), "published": "2025-03-14"}], "use_index": False}
    body = client.post("/v1/check", json=payload).json()
    assert {d["id"] for d in body["documents"]} == {"draft.txt"}
    assert not [f for f in body["findings"] if f["check"] == "cross-document-number"]


def test_health_says_how_many_articles_are_indexed(client: TestClient) -> None:
    assert client.get("/healthz").json()["indexed"] == 5
    bare = TestClient(create_app(RuleStore([], defaults=True)))
    assert bare.get("/healthz").json()["indexed"] is None


def test_serve_refuses_a_directory_without_an_index(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser()
    add_serve_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["serve", "--index", str(tmp_path / "nowhere"), "--max-candidates", "5"])
    assert args.max_candidates == 5
    assert serve(args) == 2
    assert "no factcheck index" in capsys.readouterr().err
    assert not (tmp_path / "nowhere").exists()  # nothing created
