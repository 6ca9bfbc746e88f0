"""The engine raises the GC thresholds while it checks and always puts the caller's back."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from factcheck import engine
from factcheck.engine import CHECK_GC_THRESHOLDS, fewer_collections
from factcheck.models import Document


@pytest.fixture(autouse=True)
def _keep_thresholds() -> Iterator[None]:
    old = gc.get_threshold()
    yield
    gc.set_threshold(*old)


def test_raised_inside_and_restored_after() -> None:
    gc.set_threshold(700, 10, 10)
    with fewer_collections():
        assert gc.get_threshold() == CHECK_GC_THRESHOLDS
    assert gc.get_threshold() == (700, 10, 10)


def test_restored_when_the_block_raises() -> None:
    gc.set_threshold(500, 7, 3)
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("boom")
    assert gc.get_threshold() == (500, 7, 3)


def test_never_lowers_a_higher_threshold_and_keeps_collection_off() -> None:
    gc.set_threshold(1_000_000, 5, 1000)
    with fewer_collections():
        assert gc.get_threshold() == (1_000_000, 50, 1000)
    gc.set_threshold(0)
    with fewer_collections():
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold()[0] == 0


def test_nested_blocks_restore_in_order() -> None:
    gc.set_threshold(700, 10, 10)
    with fewer_collections():
        with fewer_collections((200_000, 60, 200)):
            assert gc.get_threshold() == (200_000, 60, 200)
        assert gc.get_threshold() == CHECK_GC_THRESHOLDS
    assert gc.get_threshold() == (700, 10, 10)


def test_check_runs_under_the_policy_and_restores(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[int, int, int]] = []
    real = engine.run_rules

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.get_threshold())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "run_rules", spy)
    gc.set_threshold(700, 10, 10)
    report = engine.check([Document(id="a", text="Sales rose 10% to 5 million in 2020.")])
    assert seen == [CHECK_GC_THRESHOLDS]
    assert gc.get_threshold() == (700, 10, 10)
    assert not report.errors


def test_restored_when_the_check_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise OSError("disk gone")

    monkeypatch.setattr(engine, "build_facts", broken)
    gc.set_threshold(700, 10, 10)
    with pytest.raises(OSError, match="disk gone"):
        engine.check([Document(id="a", text="Sales rose 10%.")])
    assert gc.get_threshold() == (700, 10, 10)
