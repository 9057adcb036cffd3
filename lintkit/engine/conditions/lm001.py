"""LM001 (interchangeable): what tells a gloss from a list, and the writer's usage from others'."""
from __future__ import annotations

from typing import Sequence

from lintkit.engine.conditions.shared import SUBJECT_DEPS
from lintkit.engine.conditions.words import condition_words


def real_gloss_marker(tokens: Sequence) -> bool:
    """"managers (i.e. leaders)" glosses; "leaders that lead" or "leadership or management" do not."""
    inner = [t.lower_ for t in tokens[1:-1]]
    return any(w in condition_words("LM001")["gloss_markers"] for w in inner) or ("that" in inner and "is" in inner)


def not_third_party(tokens: Sequence) -> bool:
    """"We use the words interchangeably" is the writer's usage; "many people use ..." reports others'."""
    from lintkit.nlp.context import words

    verb = tokens[0]
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return not subjects or subjects[0].lower_ not in words()["third_parties"]


CONDITIONS = {
    "real-gloss-marker": real_gloss_marker,
    "not-third-party": not_third_party,
}
