"""LM003 (rank): when "leadership" names people rather than an activity, and when management is set below it."""
from __future__ import annotations

from typing import Sequence

from lintkit.engine.conditions.words import condition_words, family_forms


def _words():
    return condition_words("LM003")


def _leadership(tokens):
    forms = family_forms("lead", "abstract")
    return next(t for t in tokens if t.lower_ in forms)


def _head_noun_after(token):
    """The word after ``token``, looking past a parenthesis: "leadership (i.e. management) training"."""
    doc = token.doc
    i = token.i + 1
    if i < len(doc) and doc[i].text == "(":
        while i < len(doc) and doc[i].text != ")":
            i += 1
        i += 1
    return doc[i] if i < len(doc) else None


def leadership_not_quality(tokens: Sequence) -> bool:
    """"senior leadership roles", "leadership skills": the activity, not the people at the top."""
    nxt = _head_noun_after(_leadership(tokens))
    return nxt is None or nxt.lower_ not in _words()["leadership_quality_heads"]


def leadership_not_abstract_subject(tokens: Sequence) -> bool:
    """"Her leadership decided the outcome" describes conduct; "the leadership decided" names people."""
    token = _leadership(tokens)
    before = token.nbor(-1) if token.i > 0 else None
    if before is not None and before.lower_ in _words()["leadership_quality_modifiers"]:
        return False
    if before is not None and before.lower_ in _words()["abstract_prepositions"]:
        return False  # "management without leadership feels safe"
    verb = tokens[-1]
    passive = verb.tag_ == "VBN" and any(t.lemma_ == "be" for t in tokens[tokens.index(token) + 1:-1])
    if passive and verb.lemma_ not in _words()["people_object_verbs"]:
        return False  # "guild leadership is recognized": leadership is what is acted on
    return leadership_not_quality(tokens)


def eventive_verb(tokens: Sequence) -> bool:
    """"Leadership flew in", "leadership will go for it": an event, which only people make.

    A generic present ("leadership shapes culture") describes the activity and is left alone.
    """
    verb = tokens[-1]
    if verb.tag_ in {"VBD", "VBG", "VBN"}:
        return True
    return any(t.lower_ in _words()["event_auxiliaries"] for t in tokens[:-1])


def management_acts(tokens: Sequence) -> bool:
    """"... and middle management executes it": management is the lower layer doing the work."""
    layer = _words()["management_layer_words"]
    token = next(t for t in reversed(tokens) if t._.lk_family == "manage" or t.lower_ in layer)
    i = token.i + 1
    while i < len(token.doc) and token.doc[i].pos_ in {"ADV", "AUX", "PART"}:
        i += 1
    return i < len(token.doc) and token.doc[i].lemma_.lower() in _words()["execution_verbs"]


def middle_acts(tokens: Sequence) -> bool:
    """"Middle management runs the day-to-day while leadership steers": a lower layer set under the top.

    Without a layer word ("middle", "line"), management must be doing the executing, so
    "management is doing things right; leadership is doing the right things" (a distinction) passes.
    """
    if tokens[0].lower_ not in _words()["management_layer_words"]:
        return True
    return management_acts(tokens[:2])


CONDITIONS = {
    "leadership-not-quality": leadership_not_quality,
    "leadership-not-abstract-subject": leadership_not_abstract_subject,
    "eventive-verb": eventive_verb,
    "management-acts": management_acts,
    "middle-acts": middle_acts,
}
