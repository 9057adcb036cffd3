"""Shared fixtures: the spaCy pipeline loads once per test session."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from lintkit.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def lint(nlp):
    """lint_text with the session's warm pipeline (it is cached per process)."""
    from lintkit import lint_text

    return lint_text
