"""Named conditions: the one escape hatch from pattern data into Python.

A pattern lists conditions by name; each is a small pure predicate over the
matched tokens that a Matcher pattern cannot say (is the copula negated, is the
sentence a question). Keep them few and general.
"""
from __future__ import annotations

from typing import Callable, Sequence

from lintkit.nlp.senses import senses

NEGATIONS = {"not", "n't", "never", "no", "nor", "neither", "nothing", "cannot"}
HYPOTHETICAL = {"if", "whether", "unless", "suppose", "supposing"}
RELATIVE_PRONOUNS = {"who", "that", "which", "whom", "whose"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}


def _sentence_tokens_before(tokens):
    first = tokens[0]
    return first.doc[first.sent.start:first.i]


CLAUSE_BREAKS = {",", ";", ":", "—", "–", "(", ")"}
NEGATIVE_SUBJECTS = {"nobody", "none", "noone", "nothing", "neither"}
NOT_NEGATING_AFTER_NOTHING = {"but", "more", "short", "less", "else"}


def _negates(token) -> bool:
    if token.lower_ == "nothing":
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return nxt is None or nxt.lower_ not in NOT_NEGATING_AFTER_NOTHING
    return token.lower_ in NEGATIONS


def is_negated(tokens: Sequence) -> bool:
    """Negation inside the match, on its verbs, or on the subject ("Nobody is a born leader")."""
    doc = tokens[0].doc
    span = doc[tokens[0].i:tokens[-1].i + 1]
    if any(_negates(t) for t in span):
        return True
    for token in reversed(_sentence_tokens_before(tokens)[-6:]):
        if token.text in CLAUSE_BREAKS:
            break
        if _negates(token) or token.lower_ in NEGATIVE_SUBJECTS:
            return True  # "there is no such thing as a born leader", "not true that ..."
    heads = {t.i for t in span} | {t.head.i for t in span if t.head.lemma_ == "be"}
    for i in heads:
        for child in doc[i].children:
            if child.i in range(span.start, span.end) or child.i > span.end:
                continue
            if child.dep_ == "neg" or (child.dep_ in SUBJECT_DEPS and child.lower_ in NEGATIVE_SUBJECTS):
                return True
    return False


def not_negated(tokens: Sequence) -> bool:
    """No negation inside the match or on its verbs ("Management is not leadership")."""
    return not is_negated(tokens)


def not_question(tokens: Sequence) -> bool:
    """Questions ask; they do not claim ("Managing is leading — what else would it be?" still claims)."""
    sent = tokens[0].sent
    after = tokens[0].doc[tokens[-1].i + 1:sent.end]
    if not sent.text.rstrip().endswith("?"):
        return True
    return any(t.text in {";", "—", "–", ":"} for t in after)


def not_hypothetical(tokens: Sequence) -> bool:
    """"If leadership is management, ..." supposes, it does not claim."""
    return not any(t.lower_ in HYPOTHETICAL for t in _sentence_tokens_before(tokens))


OPENING_POS = {"DET", "ADJ", "ADV", "PRON", "PUNCT", "CCONJ", "NUM", "SCONJ", "INTJ", "AUX", "SPACE"}
LABEL_ENDS = {":"}


def _clause_start(token) -> int:
    """Where the token's clause begins: its sentence's start, or just after a label ("Note: Leading a team is ...")."""
    before = token.doc[token.sent.start:token.i]
    return max((t.i + 1 for t in before if t.text in LABEL_ENDS), default=token.sent.start)


def _is_subject(token) -> bool:
    """The parse says it is the subject, or nothing but modifiers stands before it in its clause.

    The small model often hangs what follows a label's colon on the label, so
    the parse alone would miss the subject there.
    """
    if all(t.pos_ in OPENING_POS for t in token.doc[_clause_start(token):token.i]):
        return True
    while token.dep_ in {"conj", "appos", "compound", "amod"} and token.head.i != token.i:
        token = token.head
    return token.dep_ in SUBJECT_DEPS or token.dep_ == "ROOT"


def first_is_subject(tokens: Sequence) -> bool:
    """In "A is B", A must be what the sentence is about, not inside a prepositional phrase."""
    family = [t for t in tokens if t._.lk_family]
    return bool(family) and _is_subject(family[0])


def not_relative_clause(tokens: Sequence) -> bool:
    """"Managers who never lead, and leaders ..." describes people; it does not command."""
    for token in tokens:
        if token._.lk_family and token.dep_ == "relcl" and any(c.lower_ in RELATIVE_PRONOUNS for c in token.children):
            return False
    return True


def not_third_party(tokens: Sequence) -> bool:
    """"We use the words interchangeably" is the writer's usage; "many people use ..." reports others'."""
    from lintkit.nlp.context import words

    verb = tokens[0]
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return not subjects or subjects[0].lower_ not in words()["third_parties"]


EVENT_AUXILIARIES = {"will", "would", "has", "have", "had", "'s", "’s", "keeps", "kept", "was", "were", "did", "wo", "'ll", "’ll"}


def eventive_verb(tokens: Sequence) -> bool:
    """"Leadership flew in", "leadership will go for it": an event, which only people make.

    A generic present ("leadership shapes culture") describes the activity and is left alone.
    """
    verb = tokens[-1]
    if verb.tag_ in {"VBD", "VBG", "VBN"}:
        return True
    return any(t.lower_ in EVENT_AUXILIARIES for t in tokens[:-1])


def middle_acts(tokens: Sequence) -> bool:
    """"Middle management runs the day-to-day while leadership steers": a lower layer set under the top.

    Without a layer word ("middle", "line"), management must be doing the executing, so
    "management is doing things right; leadership is doing the right things" (a distinction) passes.
    """
    if tokens[0].lower_ not in {"managers", "management"}:
        return True
    return management_acts(tokens[:2])


WISH_VERBS = {"want", "need", "have", "be", "get", "like", "wish", "hope", "mean", "try", "do", "care", "bother", "expect", "plan", "intend", "aim", "seek", "let", "go", "love", "prefer", "deserve"}


def negated_wish(tokens: Sequence) -> bool:
    """"Nobody wants to be managed; ..." negates a wish; "we don't replace managers with ..." negates another act."""
    first_family = next(t for t in tokens if t._.lk_family)
    between = tokens[0].doc[tokens[0].i + 1:first_family.i]
    return all(t.lemma_ in WISH_VERBS for t in between if t.pos_ in {"VERB", "AUX"})


def not_both_required(tokens: Sequence) -> bool:
    """"... not only managers but also leaders" asks for both."""
    doc = tokens[0].doc
    window = doc[max(tokens[0].sent.start, tokens[0].i - 3):min(tokens[-1].sent.end, tokens[-1].i + 3)]
    lowered = [t.lower_ for t in window]
    negated = any(w in {"not", "n't", "n’t"} for w in lowered)
    return not ({"only", "also", "both", "too"} & set(lowered) or ("just" in lowered and negated))


GLOSS_MARKERS = {"i.e.", "i.e", "ie", "ie.", "aka", "a.k.a", "a.k.a.", "known", "called", "namely", "rather", "alias", "referred", "termed", "named", "means", "mean", "read"}
NOUN_FORMS = {"agent", "abstract"}


def real_gloss_marker(tokens: Sequence) -> bool:
    """"managers (i.e. leaders)" glosses; "leaders that lead" or "leadership or management" do not."""
    inner = [t.lower_ for t in tokens[1:-1]]
    return any(w in GLOSS_MARKERS for w in inner) or ("that" in inner and "is" in inner)


def _family_tokens(tokens):
    return [t for t in tokens if t._.lk_family]


def parallel_forms(tokens: Sequence) -> bool:
    """A contrast sets like against like: "leaders, not managers", "lead, not manage"."""
    family = _family_tokens(tokens)
    if len(family) < 2:
        return False
    first, last = family[0]._.lk_form, family[-1]._.lk_form
    return first == last or (first in NOUN_FORMS and last in NOUN_FORMS)


def _leadership(tokens):
    return next(t for t in tokens if t.lower_ in {"leadership", "leaderships"})


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
    return nxt is None or nxt.lower_ not in senses()["leadership_quality_heads"]


PEOPLE_OBJECT_VERBS = {"brief", "inform", "tell", "ask", "consult", "update", "invite", "notify", "email", "remind", "involve", "convince", "persuade", "copy", "cc", "introduce", "contact", "loop", "ping", "survey", "interview"}
ABSTRACT_PREPOSITIONS = {"without", "of", "with", "for", "in", "about", "on", "through", "by", "from", "to"}


def leadership_not_abstract_subject(tokens: Sequence) -> bool:
    """"Her leadership decided the outcome" describes conduct; "the leadership decided" names people."""
    token = _leadership(tokens)
    before = token.nbor(-1) if token.i > 0 else None
    if before is not None and before.lower_ in senses()["leadership_quality_modifiers"]:
        return False
    if before is not None and before.lower_ in ABSTRACT_PREPOSITIONS:
        return False  # "management without leadership feels safe"
    verb = tokens[-1]
    passive = verb.tag_ == "VBN" and any(t.lemma_ == "be" for t in tokens[tokens.index(token) + 1:-1])
    if passive and verb.lemma_ not in PEOPLE_OBJECT_VERBS:
        return False  # "guild leadership is recognized": leadership is what is acted on
    return leadership_not_quality(tokens)


EXECUTION_VERBS = {
    "execute", "implement", "carry", "follow", "handle", "deliver", "run", "administer",
    "operate", "maintain", "manage", "administrate", "enforce", "apply", "process", "track",
    "report", "supervise", "oversee", "comply", "obey", "fill", "translate", "roll",
}


def management_acts(tokens: Sequence) -> bool:
    """"... and middle management executes it": management is the lower layer doing the work."""
    token = next(t for t in reversed(tokens) if t._.lk_family == "manage" or t.lower_ in {"managers", "management"})
    i = token.i + 1
    while i < len(token.doc) and token.doc[i].pos_ in {"ADV", "AUX", "PART"}:
        i += 1
    return i < len(token.doc) and token.doc[i].lemma_.lower() in EXECUTION_VERBS


CONDITIONS: dict[str, Callable[[Sequence], bool]] = {
    "not-negated": not_negated,
    "not-question": not_question,
    "not-hypothetical": not_hypothetical,
    "first-is-subject": first_is_subject,
    "not-relative-clause": not_relative_clause,
    "not-both-required": not_both_required,
    "real-gloss-marker": real_gloss_marker,
    "parallel-forms": parallel_forms,
    "leadership-not-quality": leadership_not_quality,
    "leadership-not-abstract-subject": leadership_not_abstract_subject,
    "management-acts": management_acts,
    "is-negated": is_negated,
    "negated-wish": negated_wish,
    "not-third-party": not_third_party,
    "eventive-verb": eventive_verb,
    "middle-acts": middle_acts,
}
