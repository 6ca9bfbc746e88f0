"""Fixtures for the renderer tests; the data lives in ``report_fixture.py`` (a unique module name)."""

from __future__ import annotations

import pytest
from report_fixture import DOC_A, DOC_B, make_report

from factcheck.models import Document, Report


@pytest.fixture
def report() -> Report:
    return make_report()


@pytest.fixture
def documents() -> dict[str, Document]:
    return {DOC_A.id: DOC_A, DOC_B.id: DOC_B}
