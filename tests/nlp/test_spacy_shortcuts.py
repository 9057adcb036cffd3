"""spaCy with lintkit's shortcuts gives every token, and every finding, that spaCy as packaged gives.

lintkit imports spaCy without its command line, loads the model's tokenizer
only once (from the package) and sets part of speech, morphology and lemmas by
look-up instead of the model's attribute_ruler and lemmatizer; none of it may
change a token or a finding. ``plain_spacy`` turns all of them off.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lintkit.api import find
from lintkit.config import Config
from lintkit.documents import read_document
from lintkit.nlp.spacy_shortcuts import COMPONENT, REPLACED

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


CORPORA = sorted((ROOT / "corpora").glob("*.jsonl"))
EXAMPLES = sorted((ROOT / "tests" / "fixtures").glob("*.md")) + sorted((ROOT / "examples").glob("*.md"))


def _corpus_texts(corpus: Path) -> list[str]:
    return [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]


def _texts(every: int = 1) -> list[str]:
    """The special texts, every ``every``-th corpus text and every example paragraph."""
    texts = list(SPECIAL)
    corpus_texts = [text for corpus in CORPORA for text in _corpus_texts(corpus)]
    texts += corpus_texts[::every]
    for example in EXAMPLES:
        texts += example.read_text(encoding="utf-8").split("\n\n")
    return texts


@pytest.fixture(scope="module")
def reference(nlp):
    """The same model as spaCy loads it, with its own tokenizer, attribute_ruler and lemmatizer."""
    from lintkit.nlp.pipeline import load_pipeline

    return load_pipeline(plain_spacy=True)


def _attributes(doc) -> list[tuple]:
    return [(t.idx, t.text, t.whitespace_, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_the_component_replaces_the_two(nlp, reference):
    assert COMPONENT in nlp.pipe_names
    assert not set(REPLACED) & set(nlp.pipe_names)
    assert COMPONENT not in reference.pipe_names and set(REPLACED) <= set(reference.pipe_names)


@pytest.mark.parametrize("every", [3, pytest.param(1, marks=pytest.mark.slow)])
def test_every_token_gets_what_the_model_gives(nlp, reference, every):
    """Every text twice over costs most of a minute; by default every third corpus text, all of them with the slow ones."""
    texts = _texts(every)
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

    from lintkit.nlp.spacy_shortcuts import TokenAttributes, _token_tests

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


def _findings_both_ways(text: str, markup: str) -> tuple[list, list]:
    document = read_document(text, markup)
    return find(document, Config(), "x"), find(document, Config(plain_spacy=True), "x")


@pytest.mark.slow  # every corpus linted twice more: minutes
@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.name)
def test_every_corpus_sentence_gets_the_findings_of_plain_spacy(reference, corpus):
    shortcuts, plain = _findings_both_ways("\n\n".join(_corpus_texts(corpus)), "text")
    assert shortcuts == plain
    assert shortcuts, "the corpus must have findings to compare"


@pytest.mark.slow
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_every_example_gets_the_findings_of_plain_spacy(reference, example):
    shortcuts, plain = _findings_both_ways(example.read_text(encoding="utf-8"), "markdown")
    assert shortcuts == plain


@pytest.mark.slow
def test_spacy_imports_without_its_command_line_yet_keeps_it():
    code = (
        "import sys; from lintkit.nlp.spacy_shortcuts import import_spacy; spacy = import_spacy(); "
        "print('typer' in sys.modules, 'spacy.cli.info' in sys.modules); "
        "import spacy.cli; print(sys.modules['spacy.cli.info'].__file__.endswith('info.py'), spacy.cli.info.__module__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False", "True", "spacy.cli.info"]


def test_patterns_on_the_token_slots_match_what_they_match_on_the_extensions():
    """Why the sense tags are also in the entity slots: spaCy's Matcher reads those in C and the
    ``Token._`` extensions through Python, token by token (the cost is in benchmarks/README.md)."""
    from spacy.matcher import Matcher

    from lintkit.engine.matching import split_span_marks
    from lintkit.nlp.senses import tag_senses
    from tests.hand_built import parsed

    doc = parsed(
        "We need leaders , not lead pipes or managers .",
        pos="PRON VERB NOUN PUNCT PART NOUN NOUN CCONJ NOUN PUNCT",
        deps="nsubj ROOT dobj punct neg compound appos cc conj punct",
        heads="1 1 1 2 6 6 2 6 6 1",
        tags="PRP VBP NNS , RB NN NNS CC NNS .",
        families=False,
    )
    tag_senses(doc)
    spec = [{"_": {"lk_family": "lead", "lk_form": {"IN": ["agent", "abstract"]}}}, {"OP": "*"}, {"_": {"lk_family": {"NOT_IN": ["lead"]}}, "IS_ALPHA": True}]
    found = {}
    for slots in (True, False):
        matcher = Matcher(doc.vocab)
        matcher.add("contrast", [split_span_marks(spec, slots=slots)[0]])
        found[slots] = [doc[start:end].text for _, start, end in matcher(doc)]
    assert found[True] == found[False]
    # "lead" of "lead pipes" is set aside, so it reads as no family word in either place.
    assert found[True] == ["leaders, not", "leaders, not lead", "leaders, not lead pipes", "leaders, not lead pipes or", "leaders, not lead pipes or managers"]
