"""Shared fixtures: the repository root, the seeds, and hypothesis settings for CI."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"

settings.register_profile("ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=60, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_docs() -> dict[str, object]:
    """The five seed documents by their three-digit number ('000' … '004')."""
    from factcheck.ingest import read_paths
    from factcheck.models import Document

    docs = [d for d in read_paths([str(SEEDS)]) if isinstance(d, Document)]
    return {Path(d.id).name[:3]: d for d in docs}


@pytest.fixture(autouse=True)
def _private_cache_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI caches extractions in the user cache directory: tests use a temporary one instead."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Ids of the documents actually extracted (not served from a cache or an index), in order."""
    import importlib

    from factcheck.models import Document, Extraction

    package = importlib.import_module("factcheck.extract")  # the package: ``factcheck.extract`` reads as the function
    seen: list[str] = []
    real = package.extract

    def counting(doc: Document, *args: object, **kwargs: object) -> Extraction:
        seen.append(doc.id)
        result: Extraction = real(doc, *args, **kwargs)
        return result

    monkeypatch.setattr(package, "extract", counting)
    return seen
