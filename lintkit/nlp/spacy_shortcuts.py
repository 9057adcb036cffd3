"""Every shortcut lintkit takes through spaCy's internals, and the one switch that turns them all off.

spaCy as packaged is correct but slow to start and to tag; three shortcuts make
it faster without changing a single token (``plain=True`` loads spaCy as
packaged, for a check or when a new spaCy version breaks one of them):

1. ``import_spacy``: ``import spacy`` imports ``spacy.cli.info`` and with it
   every spaCy command and their libraries (typer, weasel, requests, httpx), a
   third of spaCy's import time, paid on every pre-commit run and never used
   here. A stand-in module takes that one import's place while spaCy loads and
   is removed at once, so a later ``import spacy.cli`` gets the real one.
2. ``load``: the models lintkit ships for build their tokenizer from the
   language's defaults and then replace all of it with the tokenizer saved in
   the package; building it twice costs a fifth of a second at every start, so
   the first build is of an empty tokenizer.
3. ``TokenAttributes``: the model's ``attribute_ruler`` runs a Matcher of some
   180 patterns over every token, and its ``lemmatizer`` runs Python rules for
   every token; on a big file the two cost as much as the parser. Both are
   deterministic functions of a few token attributes, so this component
   applies the very same patterns and lemma rules through dictionaries built
   once from the loaded components: a pattern is found by its first token's
   lower-case form or tag, and a lemma by (word, part of speech, morphology).
   A pattern the tables cannot read (an operator, another attribute) still goes
   through a Matcher, and a lemma never seen before is asked of the model's own
   lemmatizer.
4. ``SENSE_SLOTS``: rule patterns test the sense layer's ``Token._`` extensions,
   which spaCy's Matcher reads through Python for every token of every span it
   runs on, a sixth of a cold run on a big file. The sense layer also writes
   family and form into the token's ``ENT_ID``/``ENT_KB_ID`` slots (unused:
   the pipeline has no NER), which the Matcher reads in C, and patterns are
   translated to them.

Each reads private parts of spaCy (``spacy.cli.info``'s place in
``sys.modules``, the ruler's ``matcher``/``attrs``/``indices``, the lemmatizer's
``lemma_index`` table) or uses a part for what it was not made for (the entity
slots); checked against spaCy 3.8.18 and en_core_web_sm 3.8.0.
``tests/nlp/test_spacy_shortcuts.py`` checks that every token of the corpora,
and every finding, is the same with and without them; the time each saves is in
``benchmarks/README.md``.
"""
from __future__ import annotations

import re
import sys
import types
from dataclasses import dataclass

CLI_INFO = "spacy.cli.info"
EMPTY_TOKENIZER = "lintkit.empty_tokenizer.v1"
SENSE_SLOTS = {"lk_family": "ENT_ID", "lk_form": "ENT_KB_ID"}


def import_spacy(plain: bool = False):
    """spaCy, imported without its command line (with it, when ``plain``)."""
    if plain or "spacy" in sys.modules:
        import spacy

        return spacy
    stand_in = types.ModuleType(CLI_INFO)
    stand_in.info = _info
    sys.modules.setdefault(CLI_INFO, stand_in)
    try:
        import spacy
    finally:
        if sys.modules.get(CLI_INFO) is stand_in:
            del sys.modules[CLI_INFO]
    return spacy


def _info(*args, **kwargs):
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _empty_tokenizer():
    from spacy.tokenizer import Tokenizer

    return lambda nlp: Tokenizer(nlp.vocab)


def load(name: str, exclude: tuple[str, ...], *, saved_tokenizer: bool, plain: bool = False):
    """The pipeline ``name`` without ``exclude``, with the shortcuts unless ``plain``.

    ``saved_tokenizer`` says the package saves its whole tokenizer (so the one
    built from the language's defaults is thrown away).
    """
    spacy = import_spacy(plain)
    overrides = {}
    if saved_tokenizer and not plain:
        from spacy.util import registry

        registry.tokenizers.register(EMPTY_TOKENIZER, func=_empty_tokenizer)
        overrides = {"nlp": {"tokenizer": {"@tokenizers": EMPTY_TOKENIZER}}}
    nlp = spacy.load(name, exclude=list(exclude), config=overrides)
    if not plain:
        install(nlp)
    return nlp


def in_slots(token_spec: dict) -> dict:
    """A Matcher token spec that tests the slots where it tested ``_ = {lk_family, lk_form}`` (changed in place)."""
    for name, value in token_spec.pop("_", {}).items():
        token_spec[SENSE_SLOTS[name]] = value
    return token_spec


def write_slots(token, family: str, form: str) -> None:
    """The sense of an organisational family word, where ``in_slots`` patterns read it."""
    token.ent_id_ = family
    token.ent_kb_id_ = form


def read_slots(doc) -> list[tuple[int, str, str]]:
    """(token index, family, form) of each word ``write_slots`` gave a sense, read in one pass in C."""
    from spacy.attrs import ENT_ID, ENT_KB_ID

    values = doc.to_array([ENT_ID, ENT_KB_ID])
    strings = doc.vocab.strings
    return [(int(i), strings[int(values[i, 0])], strings[int(values[i, 1])]) for i in values[:, 0].nonzero()[0]]


COMPONENT = "lintkit_token_attributes"
REPLACED = ("attribute_ruler", "lemmatizer")
# The token attributes a pattern may test and still be read here (columns of a token's row).
ROW_KEYS = ("LOWER", "TAG", "DEP", "IS_SPACE")
LOWER, TAG = 0, 1


@dataclass(frozen=True)
class Test:
    """One attribute test of a pattern token: the value is (or, negated, is not) one of ``values``, or fits ``regex``."""

    column: int
    values: frozenset[int] = frozenset()
    negated: bool = False
    regex: re.Pattern | None = None

    def passes(self, row: tuple[int, ...], strings) -> bool:
        if self.regex is not None:
            return self.regex.search(strings[row[self.column]]) is not None
        return (row[self.column] in self.values) != self.negated


@dataclass(frozen=True)
class RulerPattern:
    """One alternative of a ruler pattern: the tests of each of its tokens, and which token gets ``attrs``."""

    attr_id: int  # the ruler's pattern number: later ones take precedence
    tokens: tuple[tuple[Test, ...], ...]
    index: int

    def target(self, start: int) -> int:
        return start + self.index if self.index >= 0 else start + len(self.tokens) + self.index


def _test(vocab, key: str, spec) -> Test | None:
    column = ROW_KEYS.index(key)
    negated = False
    if isinstance(spec, dict):
        if len(spec) != 1 or next(iter(spec)) not in {"IN", "NOT_IN", "REGEX"}:
            return None
        operator, spec = next(iter(spec.items()))
        if operator == "REGEX":
            return Test(column, regex=re.compile(spec)) if isinstance(spec, str) and key in {"LOWER", "TAG", "DEP"} else None
        negated = operator == "NOT_IN"
    values = spec if isinstance(spec, list) else [spec]
    if not all(isinstance(v, (str, bool)) for v in values):
        return None
    return Test(column, frozenset(int(v) if isinstance(v, bool) else vocab.strings.add(v) for v in values), negated)


def _token_tests(vocab, token: dict) -> tuple[Test, ...] | None:
    """The tests of a pattern token, or None when only a Matcher can read it."""
    tests = tuple(_test(vocab, key, spec) if key in ROW_KEYS else None for key, spec in token.items())
    return None if None in tests else tests


class TokenAttributes:
    """What ``attribute_ruler`` then ``lemmatizer`` set, computed per token from look-up tables."""

    def __init__(self, ruler, lemmatizer):
        from spacy.attrs import LEMMA
        from spacy.matcher import Matcher

        vocab = ruler.vocab
        self.lemmatizer = lemmatizer
        self.columns = sorted({attr for attrs in ruler.attrs for attr in attrs} | {LEMMA})
        self.lemma_column = self.columns.index(LEMMA)
        # What each ruler pattern sets, as (column of ``self.columns``, value).
        self.settings = [[(self.columns.index(attr), value) for attr, value in attrs.items()] for attrs in ruler.attrs]
        self.by_lower: dict[int, list[RulerPattern]] = {}
        self.by_tag: dict[int, list[RulerPattern]] = {}
        self.always: list[RulerPattern] = []
        self.matcher = Matcher(vocab)  # for patterns the tables cannot hold (none, in the English models)
        self.matcher_index: dict[int, int] = {}
        for attr_id in range(len(ruler.attrs)):
            _, alternatives = ruler.matcher.get(str(attr_id))
            read = [tuple(_token_tests(vocab, token) for token in alt) for alt in alternatives]
            if any(None in tokens for tokens in read):
                self.matcher.add(str(attr_id), alternatives)
                self.matcher_index[attr_id] = ruler.indices[attr_id]
                continue
            for tokens in read:
                self._file(RulerPattern(attr_id, tokens, ruler.indices[attr_id]))
        self.first_token: dict[tuple[int, ...], tuple[RulerPattern, ...]] = {}  # rules whose first token fits, by token row
        self.lemmas: dict[tuple[int, int, int], int] = {}
        _index_as_sets(lemmatizer)

    def _file(self, rule: RulerPattern) -> None:
        """Under the first token's lower-case forms, else its tags, else with the rules tried on every token."""
        for column, table in ((LOWER, self.by_lower), (TAG, self.by_tag)):
            keyed = [t for t in rule.tokens[0] if t.column == column and t.regex is None and not t.negated]
            if keyed:
                for value in keyed[0].values:
                    table.setdefault(value, []).append(rule)
                return
        self.always.append(rule)

    def _starting(self, row: tuple[int, ...], strings) -> tuple[RulerPattern, ...]:
        found = self.first_token.get(row)
        if found is None:
            candidates = (*self.by_lower.get(row[LOWER], ()), *self.by_tag.get(row[TAG], ()), *self.always)
            found = self.first_token[row] = tuple(r for r in candidates if all(t.passes(row, strings) for t in r.tokens[0]))
        return found

    def _matches(self, doc, rows: list[tuple[int, ...]]) -> list[tuple[int, int]]:
        """(pattern number, token index) of every pattern that applies, in the ruler's order."""
        strings = doc.vocab.strings
        found = []
        for start, row in enumerate(rows):
            for rule in self._starting(row, strings):
                if len(rule.tokens) == 1:
                    found.append((rule.attr_id, rule.target(start)))
                elif start + len(rule.tokens) <= len(rows) and all(
                    t.passes(rows[start + n], strings) for n, tests in enumerate(rule.tokens) if n for t in tests
                ):
                    found.append((rule.attr_id, rule.target(start)))
        for match_id, start, end in self.matcher(doc, allow_missing=True) if len(self.matcher) else ():
            attr_id = int(strings[match_id])
            index = self.matcher_index[attr_id]
            found.append((attr_id, start + index if index >= 0 else end + index))
        found.sort()  # later patterns take precedence, as in the ruler
        return found

    def __call__(self, doc):
        from spacy.attrs import DEP, IS_SPACE, LOWER as LOWER_ATTR, MORPH, ORTH, POS, TAG as TAG_ATTR

        if not len(doc):
            return doc
        rows = _rows(doc, [LOWER_ATTR, TAG_ATTR, DEP, IS_SPACE])
        values = doc.to_array(self.columns).tolist()
        for attr_id, i in self._matches(doc, rows):
            for column, value in self.settings[attr_id]:
                values[i][column] = value
        doc.from_array(self.columns, _as_array(values))
        self._lemmatize(doc, values, _rows(doc, [ORTH, POS, MORPH]))
        return doc

    def _lemmatize(self, doc, values: list[list[int]], keys: list[tuple[int, int, int]]) -> None:
        from spacy.attrs import LEMMA

        column, overwrite = self.lemma_column, self.lemmatizer.overwrite
        lemmas = []
        for i, (row, key) in enumerate(zip(values, keys)):
            lemma = row[column]
            if overwrite or lemma == 0:
                lemma = self.lemmas.get(key)
                if lemma is None:
                    lemma = self.lemmas[key] = doc.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas.append(lemma)
        doc.from_array([LEMMA], _as_array([[lemma] for lemma in lemmas]))


def _index_as_sets(lemmatizer) -> None:
    """The rule lemmatizer looks each candidate lemma up in a list of up to 60,000 words; a set answers the same."""
    if getattr(lemmatizer, "mode", None) != "rule":
        return
    index = lemmatizer.lookups.get_table("lemma_index", None)
    for key, words in list(index.items()) if index is not None else ():
        index[key] = frozenset(words)


def _rows(doc, attrs: list[int]) -> list[tuple[int, ...]]:
    """Each token's values of ``attrs``, as hashable tuples."""
    return list(zip(*(column.tolist() for column in doc.to_array(attrs).T)))


def _as_array(rows: list[list[int]]):
    import numpy

    return numpy.array(rows, dtype=numpy.uint64)


def make_token_attributes(nlp, name: str) -> TokenAttributes:
    """The component, built from the two it stands in for (they must be in ``nlp``)."""
    return TokenAttributes(nlp.get_pipe(REPLACED[0]), nlp.get_pipe(REPLACED[1]))


def install(nlp) -> None:
    """Put ``TokenAttributes`` in place of the model's attribute_ruler and lemmatizer, when they run one after the other."""
    from spacy.language import Language

    names = nlp.pipe_names
    if not all(name in names for name in REPLACED) or names.index(REPLACED[1]) != names.index(REPLACED[0]) + 1:
        return
    if not Language.has_factory(COMPONENT):
        Language.factory(COMPONENT, func=make_token_attributes)
    nlp.add_pipe(COMPONENT, after=REPLACED[1])
    for name in REPLACED:
        nlp.remove_pipe(name)
