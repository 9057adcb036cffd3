"""Learned scores: logistic weights kept as plain JSON data in the rules folder, read lazily.

Rules stall where writers find wordings nobody listed. A small logistic model over
parse facts generalises from the annotated sentences (``corpora/``) where the word
lists do not: LM003 scores the group reading of one "leadership" token
(``group_reading``); a claim score reads the sentence around two words a pattern
matched (a lead word and a word of the innate view, for LM004; a word of each
family, for LM001) and says whether it
makes the rule's claim, as a back-off where the rule's own patterns are silent.
Weights are trained by scripts in ``corpora/`` and stored as JSON (never pickle:
the linter only ever reads numbers); no file means no learned score.
"""
from __future__ import annotations

import functools
import json
import math
from typing import Callable, Sequence

from lintkit.engine.conditions.shared import asks
from lintkit.engine.conditions.words import condition_words, pattern_lists
from lintkit.resources import rules_dir


@functools.lru_cache(maxsize=None)
def weights(file_name: str) -> tuple[dict[str, float], float]:
    """The learned weights in ``file_name`` and their decision threshold; no file means no learned score."""
    path = rules_dir() / file_name
    if not path.is_file():
        return {}, math.inf
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(k): float(v) for k, v in data["weights"].items()}, float(data["threshold"])


def probability(table: dict[str, float], names: Sequence[str]) -> float:
    z = sum(table.get(name, 0.0) for name in names)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@functools.lru_cache(maxsize=None)
def word_classes(code: str) -> dict[str, tuple[str, ...]]:
    """Each word of the lexicon's lists (shared, pattern and the rule's own) with the names of the lists holding it.

    A list name is what a feature says instead of the word, so a weight learned
    for "innate" also speaks for "inborn" on a sentence worded in a way nobody wrote.
    """
    classes: dict[str, set[str]] = {}
    for prefix, table in (("", pattern_lists()), ("", condition_words("shared")), (f"{code}.", condition_words(code))):
        for name, words in table.items():
            for word in words:
                classes.setdefault(word, set()).add(prefix + name)
    return {word: tuple(sorted(names)) for word, names in classes.items()}


def _word(token) -> str:
    """A family word as its family and form, any other word as its lemma."""
    family = token._.lk_family
    if family:
        return f"{family.upper()}:{token._.lk_form}"
    return token.lemma_.lower()


def _path(a, b) -> tuple[list, list]:
    """The tokens from ``a`` up to the lowest head it shares with ``b``, and from ``b`` up to it."""
    up_a = [a, *a.ancestors]
    seen = {t.i for t in up_a}
    up_b = [b]
    for t in b.ancestors:
        up_b.append(t)
        if t.i in seen:
            break
    top = up_b[-1]
    if top.i not in seen:  # different sentences: no shared head
        return up_a, up_b
    return up_a[:[t.i for t in up_a].index(top.i) + 1], up_b


def claim_features(first, last, code: str) -> list[str]:
    """Parse facts about the sentence around two matched words, as feature names.

    Abstract where it can be (lexicon classes for words, families for family words,
    relations along the path between the two) so that a new wording of a known
    construction shares most of its features with the ones trained on.
    """
    classes = word_classes(code)
    negators = condition_words("shared")["path_negators"]
    sentence = first.doc[first.sent.start:last.sent.end]  # a claim may take two or three sentences
    out = ["bias"]
    for side, token in (("a", first), ("b", last)):
        out += [f"{side}={_word(token)}", f"{side}.dep={token.dep_}", f"{side}.head={_word(token.head)}"]
        out += [f"{side}.cls={c}" for c in classes.get(token.lower_, ())]
    up, down = _path(first, last)
    out.append("path=" + "^".join(t.dep_ for t in up[:-1]) + "|" + "^".join(t.dep_ for t in down[:-1]))
    out.append(f"pathlen={min(len(up) + len(down) - 2, 6)}")
    top = up[-1]
    out += [f"top={_word(top)}", f"top.pos={top.pos_}"]
    on_path = {t.i: t for t in (*up, *down)}
    for token in on_path.values():
        out += [f"onpath={_word(token)}", *(f"onpath.cls={c}" for c in classes.get(token.lower_, ()))]
        for child in token.children:
            if child.dep_ == "neg" or child.lower_ in negators:
                out.append("neg-on-path")
            if child.tag_ == "MD":
                out.append("modal-on-path")
            if child.dep_ == "mark":
                out.append(f"mark-on-path={child.lower_}")
    between = first.doc[first.i + 1:last.i]
    out.append(f"gap={min(len(between), 8)}")
    out += [f"btw={_word(t)}" for t in between]
    words = [_word(t) for t in sentence if not t.is_punct and not t.is_space]
    out += [f"w={w}" for w in words]
    out += [f"w2={x}_{y}" for x, y in zip(words, words[1:])]
    out += [f"cls={c}" for t in sentence for c in classes.get(t.lower_, ())]
    if any(t.dep_ == "neg" for t in sentence):
        out.append("neg-in-sentence")
    if asks(sentence):
        out.append("question")
    return sorted(set(out))


def claim_score(file_name: str, code: str, tokens: Sequence) -> tuple[float | None, float]:
    """The learned claim score of the sentence around a match's first and last word (None without weights), and its threshold."""
    table, threshold = weights(file_name)
    if not table:
        return None, threshold
    return probability(table, claim_features(tokens[0], tokens[-1], code)), threshold


def claim_condition(file_name: str, code: str) -> Callable[[Sequence], bool]:
    """A condition: the claim score reaches its threshold."""

    def holds(tokens) -> bool:
        score, threshold = claim_score(file_name, code, tokens)
        return score is not None and score >= threshold

    return holds


def claim_reading(file_name: str, code: str) -> Callable[[Sequence], str | None]:
    """What the claim score saw, in words: shown as evidence."""

    def reading(tokens) -> str | None:
        score, threshold = claim_score(file_name, code, tokens)
        return None if score is None else f"learned claim score {score:.2f} (from {threshold:.2f})"

    return reading
