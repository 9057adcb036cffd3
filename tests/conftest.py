"""Shared fixtures: the spaCy pipeline loads once per test session.

Under CI the property tests are derandomized (the same examples every run, no example
database), so a red run is reproducible and never a coin toss; a developer's run
keeps exploring new examples.
"""
from __future__ import annotations

import os

import pytest
from hypothesis import settings

settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def nlp():
    from lintkit.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def lint(nlp):
    """lint_text with the session's warm pipeline (it is cached per process)."""
    from lintkit import lint_text

    return lint_text
