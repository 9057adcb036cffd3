"""LM002 (replacement): descriptions of people, requests for both, and negated wishes are not substitutions."""
from __future__ import annotations

from typing import Sequence

from lintkit.engine.conditions.shared import family_tokens
from lintkit.engine.conditions.words import condition_words


def not_relative_clause(tokens: Sequence) -> bool:
    """"Managers who never lead, and leaders ..." describes people; it does not command."""
    pronouns = condition_words("LM002")["relative_pronouns"]
    for token in tokens:
        if token._.lk_family and token.dep_ == "relcl" and any(c.lower_ in pronouns for c in token.children):
            return False
    return True


def negated_wish(tokens: Sequence) -> bool:
    """"Nobody wants to be managed; ..." negates a wish; "we don't replace managers with ..." negates another act."""
    first_family = family_tokens(tokens)[0]
    between = tokens[0].doc[tokens[0].i + 1:first_family.i]
    wishes = condition_words("LM002")["wish_verbs"]
    return all(t.lemma_ in wishes for t in between if t.pos_ in {"VERB", "AUX"})


def not_both_required(tokens: Sequence) -> bool:
    """"... not only managers but also leaders" asks for both."""
    words = condition_words("LM002")
    doc = tokens[0].doc
    window = doc[max(tokens[0].sent.start, tokens[0].i - 3):min(tokens[-1].sent.end, tokens[-1].i + 3)]
    lowered = [t.lower_ for t in window]
    negated = any(w in words["plain_negations"] for w in lowered)
    return not (words["both_markers"] & set(lowered) or ("just" in lowered and negated))


CONDITIONS = {
    "not-relative-clause": not_relative_clause,
    "not-both-required": not_both_required,
    "negated-wish": negated_wish,
}
