"""The pipeline as loaded gives every token what the model as packaged gives.

lintkit loads the model's tokenizer only once (from the package) and sets
part of speech, morphology and lemmas by look-up instead of the model's
attribute_ruler and lemmatizer; neither may change a token.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from lintkit.nlp.token_attributes import COMPONENT, REPLACED

ROOT = Path(__file__).resolve().parents[2]
# Tokens the ruler's two-token and regular-expression patterns are about, blanks, and odd casing.
SPECIAL = [
    "Y'all ain't gon na believe it, let's go. C'm on, we got ta lead.",
    "There is a leader.\n\n   There are managers.  \t Here's   the thing",
    "LEADERSHIP MEANS MANAGEMENT. Leaders Lead. gets got Get",
    "",
    "   ",
    "She managed to lead; he led (lead pipes). The U.S.-based team's managers'",
]


def _texts() -> list[str]:
    texts = list(SPECIAL)
    for corpus in sorted((ROOT / "corpora").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    for example in sorted((ROOT / "tests" / "fixtures").glob("*.md")) + sorted((ROOT / "examples").glob("*.md")):
        texts += example.read_text(encoding="utf-8").split("\n\n")
    return texts


@pytest.fixture(scope="module")
def reference(nlp):
    """The same model with its own attribute_ruler and lemmatizer."""
    import spacy
    import spacy.util

    from lintkit.nlp.pipeline import FALLBACK_MODELS, UNUSED_COMPONENTS

    name = next(name for name in FALLBACK_MODELS if spacy.util.is_package(name))  # what "auto" loads
    return spacy.load(name, exclude=list(UNUSED_COMPONENTS))


def _attributes(doc) -> list[tuple]:
    return [(t.idx, t.text, t.whitespace_, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_the_component_replaces_the_two(nlp):
    assert COMPONENT in nlp.pipe_names
    assert not set(REPLACED) & set(nlp.pipe_names)


def test_every_token_gets_what_the_model_gives(nlp, reference):
    texts = _texts()
    assert len(texts) > 1500
    ours = nlp.pipe(texts, batch_size=64)
    theirs = reference.pipe(texts, batch_size=64)
    for text, mine, model in zip(texts, ours, theirs):
        assert _attributes(mine) == _attributes(model), text


class _LowerCaseLemmas:
    """A lemmatizer stand-in: the component only asks it for lemmas it has not seen."""

    overwrite = False
    mode = "lookup"

    def lemmatize(self, token):
        return [token.lower_]


def test_patterns_the_tables_cannot_hold_still_apply(nlp):
    """Operators and unread attributes go through a Matcher, in the ruler's order of precedence."""
    import spacy

    from lintkit.nlp.token_attributes import TokenAttributes, _token_tests

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"LOWER": "good"}]], {"POS": "ADV"}, index=0)  # an operator
    ruler.add([[{"LENGTH": 5}]], {"POS": "NOUN"})  # an attribute outside the look-up rows
    ruler.add([[{"LOWER": "good"}]], {"POS": "ADJ", "LEMMA": "well"})
    assert _token_tests(blank.vocab, {"LOWER": "very", "OP": "+"}) is None
    component = TokenAttributes(ruler, _LowerCaseLemmas())
    assert len(component.matcher) == 2
    text = "very very good pasta"
    expected, ours = ruler(blank(text)), component(blank(text))
    assert [(t.pos_, t.lemma_ or t.lower_) for t in expected] == [(t.pos_, t.lemma_) for t in ours]
    assert [(t.pos_, t.lemma_) for t in ours] == [("ADV", "very"), ("ADV", "very"), ("ADJ", "well"), ("NOUN", "pasta")]
