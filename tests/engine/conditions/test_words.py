"""The words conditions test are data: no set of English words is written in the code that reads the parse.

A word class written inline cannot be found, reviewed or shared with the rule packs and the learned
scores, which see the lexicon's lists as features. spaCy's labels (``dep_``, ``pos_``, ``tag_``) and
punctuation stay in code: they are the parser's vocabulary, not the language's.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

import lintkit

PACKAGE = Path(lintkit.__file__).parent
CODE = sorted([*(PACKAGE / "engine" / "conditions").glob("*.py"), *(PACKAGE / "nlp").glob("*.py")])
WORD_ATTRIBUTES = {"lower_", "lemma_", "text", "norm_", "orth_"}


def _inline_word_sets(source: str) -> list[int]:
    """Lines where a token's word is compared with a literal set, tuple or list holding a word."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare) or not isinstance(node.left, ast.Attribute) or node.left.attr not in WORD_ATTRIBUTES:
            continue
        for op, right in zip(node.ops, node.comparators):
            if isinstance(op, (ast.In, ast.NotIn)) and isinstance(right, (ast.Set, ast.Tuple, ast.List)) and any(
                    isinstance(e, ast.Constant) and isinstance(e.value, str) and any(c.isalpha() for c in e.value) for e in right.elts):
                lines.append(node.lineno)
    return lines


@pytest.mark.parametrize("path", CODE, ids=[p.name for p in CODE])
def test_no_word_set_is_written_in_code(path):
    assert _inline_word_sets(path.read_text(encoding="utf-8")) == []


def test_an_inline_word_set_is_found():
    assert _inline_word_sets('if token.lower_ in {"of", "part"}:\n    pass\n') == [1]
    assert _inline_word_sets('if token.dep_ in {"nsubj", "dobj"} or token.text in {".", ";"}:\n    pass\n') == []
