"""rules/lemma-forms.toml: the strings a lemma test needs in the text, so windows skip sentences without them."""
from __future__ import annotations

import json
import random

import pytest

from lintkit.engine.lemma_needs import forms_needed, lemma_forms
from lintkit.engine.lemma_table import forms_of, table_from, toml_text
from lintkit.engine.loader import rules_for
from lintkit.engine.requirements import requirement_index, lemmas_tested
from lintkit.nlp.prefilter import words_of
from tests.helpers import REPO

SHIPPED = [rule for rule in rules_for(()).values() if rule.patterns]


@pytest.fixture(scope="module")
def plain(nlp):
    """The model as spaCy loads it: its own lemmatizer and attribute ruler, whose tables the table is built from."""
    from lintkit.nlp.pipeline import load_pipeline

    return load_pipeline(plain_spacy=True)


def test_the_table_is_what_the_model_gives_for_the_lemmas_the_shipped_patterns_test(plain):
    expected = table_from(plain, lemmas_tested(SHIPPED))
    assert lemma_forms() == {lemma: tuple(forms) for lemma, forms in expected.items()}, "run: python -m lintkit.engine.lemma_table"
    assert (REPO / "rules" / "lemma-forms.toml").read_text(encoding="utf-8") == toml_text(expected)


def test_a_suffix_rule_keeps_the_stem_and_an_exception_names_its_word():
    rules = [("es", "e"), ("es", ""), ("ing", "e"), ("ies", "y")]
    assert forms_of("teach", rules, {"teach": {"taught"}}, {}) == ["taught", "teach"]
    assert forms_of("make", rules, {"make": {"made"}}, {}) == ["made", "mak"]  # "making" holds "mak"
    assert forms_of("study", rules, {}, {}) == ["stud"]  # "studies"


def _texts() -> list[str]:
    examples = [example.text for rule in SHIPPED for example in (*rule.flag, *rule.passes)]
    written = [json.loads(line)["text"] for path in sorted((REPO / "corpora").glob("*.jsonl")) for line in path.open(encoding="utf-8")]
    return examples + random.Random(7).sample(written, min(1500, len(written)))


def test_every_word_the_pipeline_gives_a_listed_lemma_holds_one_of_its_forms(nlp):
    table = lemma_forms()
    missed = {(token.text, token.lemma_) for doc in nlp.pipe(_texts(), batch_size=64) for token in doc
              if token.lemma_ in table and not any(form in token.text.lower() for form in table[token.lemma_])}
    assert not missed


def test_a_lemma_outside_the_table_needs_nothing():
    assert forms_needed(["teach", "learn"]) == ("learn", "taught", "teach")
    assert forms_needed(["teach", "zorble"]) is None


def test_a_denied_teaching_needs_a_teaching_word_in_the_sentence():
    index = requirement_index(())

    def fires(sentence: str) -> bool:
        low = sentence.lower()
        return ("LM004", "teaching-denied") in index.patterns(words_of(low), low)

    assert fires("Leadership can't be taught.")
    assert fires("You can never learn to lead.")
    assert not fires("Leaders can be found anywhere.")


def test_a_lemma_with_a_form_shorter_than_three_characters_needs_nothing():
    assert "b" in lemma_forms()["be"]  # "being" holds only the "b" of "be"
    assert forms_needed(["be"]) is None
