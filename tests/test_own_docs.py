"""lintkit's own documentation lints clean: a linter that flags its own README teaches users to ignore it.

Mentions of the mistakes stay in quotation marks (reported as quoted, below warning) or
inside a suppression block; nothing the writer asserts may be flagged.
"""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DOCS = sorted(
    str(path.relative_to(REPO))
    for path in REPO.glob("**/*.md")
    if not {"tests", "examples", "reviews", "build", ".venv"} & set(path.relative_to(REPO).parts)
)


def test_the_docs_are_found():
    assert {"README.md", "ARCHITECTURE.md", "rules/README.md", "corpora/real/README.md"} <= set(DOCS)


@pytest.mark.parametrize("name", DOCS)
def test_doc_has_no_asserted_finding(lint, name):
    text = (REPO / name).read_text(encoding="utf-8")
    asserted = [f"{f.line}:{f.column} {f.code} {text[f.start:f.end]!r}" for f in lint(text, path=name) if f.context is None]
    assert asserted == []


def test_readme_rule_table_example_is_not_flagged(lint):
    """The README's rule table once drew LM003 on its own description of LM004."""
    assert [f.code for f in lint("The book describes leadership reduced to personality.")] == []
