"""Builds ``rules/lemma-forms.toml`` (see ``engine.lemma_needs``) from a spaCy pipeline's own tables.

Run after changing the lemmas the shipped patterns test, or the model:

    python -m lintkit.engine.lemma_table
"""
from __future__ import annotations

import json
from os.path import commonprefix
from typing import Iterable

from lintkit.engine.lemma_needs import TABLE_FILE
from lintkit.resources import rules_dir

HEADER = """\
# Strings one of which every word the pipeline lemmatises to each lemma contains: "taught" for teach.
# Generated from the model's lemmatizer and attribute-ruler tables, for the lemmas the shipped patterns test:
#     python -m lintkit.engine.lemma_table
# Read by the window requirements only (a sentence without any of a lemma's forms cannot match its test);
# tests/engine/test_lemma_needs.py checks the table against the model.
"""


def forms_of(lemma: str, rules: list[tuple[str, str]], exceptions: dict[str, set[str]], ruled: dict[str, set[str] | None]) -> list[str]:
    """The shortest strings covering every word the lemmatizer could give ``lemma``.

    A suffix rule (old, new) makes "<stem>new" of "<stem>old": the word holds the
    stem and what old and new begin with alike ("teaches" holds "teach"; "studies"
    holds "stud"). An exception or a ruler pattern names its words outright.
    """
    found = {lemma}
    for old, new in rules:
        if lemma.endswith(new) and len(lemma) > len(new):
            found.add(lemma[: len(lemma) - len(new)] + commonprefix([old, new]))
    found |= exceptions.get(lemma, set())
    found |= ruled.get(lemma) or set()
    found = {form for form in found if form}
    return sorted(form for form in found if not any(other != form and other in form for other in found))


def table_from(nlp, lemmas: Iterable[str]) -> dict[str, list[str]]:
    """``lemma -> forms`` for ``lemmas`` from a plain spaCy pipeline's lemmatizer and attribute ruler.

    A lemma that a ruler pattern sets on a token the pattern does not spell out
    (a tag alone) could be any word: it is left out, so it requires nothing.
    """
    lemmatizer = nlp.get_pipe("lemmatizer")
    rules = [(old, new) for table in lemmatizer.lookups.get_table("lemma_rules").values() for old, new in table]
    exceptions: dict[str, set[str]] = {}
    for table in lemmatizer.lookups.get_table("lemma_exc").values():
        for word, their_lemmas in table.items():
            for lemma in their_lemmas:
                exceptions.setdefault(lemma, set()).add(word.lower())
    ruled: dict[str, set[str] | None] = {}
    for entry in nlp.get_pipe("attribute_ruler").patterns:
        lemma = entry["attrs"].get("LEMMA")
        if lemma is None:
            continue
        for pattern in entry["patterns"]:
            words = _spelled(pattern[entry.get("index", 0)])
            ruled[lemma] = None if words is None or ruled.get(lemma, set()) is None else ruled.get(lemma, set()) | words
    return {lemma: forms_of(lemma, rules, exceptions, ruled) for lemma in sorted(set(lemmas)) if ruled.get(lemma, set()) is not None}


def _spelled(token: dict) -> set[str] | None:
    """The lower-case words a ruler token spec allows, or None when it does not spell them out (a norm is no
    spelling: "’s" has the norm "'s")."""
    for key in ("ORTH", "LOWER", "TEXT"):
        value = token.get(key)
        if isinstance(value, str):
            return {value.lower()}
        if isinstance(value, dict) and isinstance(value.get("IN"), list):
            return {str(v).lower() for v in value["IN"]}
    return None


def toml_text(table: dict[str, list[str]]) -> str:
    return HEADER + "".join(f"{json.dumps(lemma)} = {json.dumps(forms, ensure_ascii=False)}\n" for lemma, forms in sorted(table.items()))


def main() -> None:
    """Rewrite the table for the lemmas the shipped patterns test, from the default model."""
    from lintkit.engine.loader import rules_for
    from lintkit.engine.requirements import lemmas_tested
    from lintkit.nlp.pipeline import load_pipeline

    lemmas = lemmas_tested(rule for rule in rules_for(()).values() if rule.patterns)
    table = table_from(load_pipeline(plain_spacy=True), lemmas)
    (rules_dir() / TABLE_FILE).write_text(toml_text(table), encoding="utf-8")
    print(f"{len(table)} lemmas written to {rules_dir() / TABLE_FILE}")


if __name__ == "__main__":
    main()
