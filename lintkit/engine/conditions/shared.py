"""Conditions several rules share: negation, questions, suppositions, subjects, parallel forms."""
from __future__ import annotations

from typing import Sequence

from lintkit.engine.conditions.words import condition_words, pattern_lists

# Parser labels and tags, not vocabulary: they belong to the model's scheme, so they stay here.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
OPENING_POS = frozenset({"DET", "ADJ", "ADV", "PRON", "PUNCT", "CCONJ", "NUM", "SCONJ", "INTJ", "AUX", "SPACE"})
LABEL_END = ":"
NOUN_FORMS = frozenset({"agent", "abstract"})


def sentence_tokens_before(tokens):
    first = tokens[0]
    return first.doc[first.sent.start:first.i]


def next_sentence_end(token) -> int:
    """Where the sentence after ``token``'s ends (the doc's end when there is none): a claim may close in the next one."""
    end = token.sent.end
    return end if end >= len(token.doc) else token.doc[end].sent.end


def written_words(span) -> list:
    """The tokens of ``span`` that hold text: a run of spaces ("None.  Moving on.") is a token of its own."""
    return [t for t in span if not t.is_space]


def asks(span) -> bool:
    """The sentence (or span) ends in a question mark: it asks rather than says."""
    return span.text.rstrip().endswith("?")


def token_after(token):
    """The token right after ``token`` in its doc, or None at the doc's end."""
    return token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None


def word_before(token):
    """The nearest token before ``token`` that is not white space, or None at the doc's start.

    spaCy keeps a line break as a token of its own; what a reader sees before a word is the text before it.
    """
    return next((t for t in reversed(token.doc[:token.i]) if not t.is_space), None)


def word_after(token, *, in_sentence: bool = False):
    """The nearest token after ``token`` that is not white space, or None at the doc's end (or, ``in_sentence``, at
    the end of the token's sentence)."""
    nxt = next((t for t in token.doc[token.i + 1:] if not t.is_space), None)
    return None if nxt is None or (in_sentence and nxt.i >= token.sent.end) else nxt


def first_conjunct(token):
    """The head of the coordination ``token`` stands in ("HR, finance and leadership" -> "HR")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def family_tokens(tokens):
    return [t for t in tokens if t._.lk_family]


def _negates(token) -> bool:
    if token.lower_ == "nothing":
        nxt = token_after(token)
        return nxt is None or nxt.lower_ not in condition_words("shared")["not_negating_after_nothing"]
    return token.lower_ in pattern_lists()["negations"]


def is_negated(tokens: Sequence) -> bool:
    """Negation inside the match, on its verbs, or on the subject ("Nobody is a born leader")."""
    words = condition_words("shared")
    doc = tokens[0].doc
    span = doc[tokens[0].i:tokens[-1].i + 1]
    if _double_negation(span):
        return False
    if any(_negates(t) for t in span):
        return True
    for token in reversed(sentence_tokens_before(tokens)[-6:]):
        if token.text in words["clause_punctuation"] or (token.dep_ == "cc" and token.lower_ in words["clause_opening_conjunctions"]):
            break
        if _cancels_a_misjudgement(token, span):
            continue  # "it wouldn't be wrong to call managers leaders", "nobody would deny that ...": the claim stands
        if (_negates(token) and not asked_to_assert(token, span)) or token.lower_ in words["negative_subjects"]:
            return True  # "there is no such thing as a born leader", "not true that ..."
    heads = {t.i for t in span} | {t.head.i for t in span if t.head.lemma_ == "be"}
    for i in heads:
        for child in doc[i].children:
            if child.i in range(span.start, span.end) or child.i > span.end:
                continue
            if _cancels_a_misjudgement(child, span):
                continue
            if (child.dep_ == "neg" and not asked_to_assert(child, span)) or (child.dep_ in SUBJECT_DEPS and child.lower_ in words["negative_subjects"]):
                return True
    return False


def _double_negation(span) -> bool:
    """"Leadership isn't not management", "it's not that managing isn't leading", "I wouldn't say leading isn't
    managing": a negated clause inside a negated frame, or a copula negated twice, asserts what it twice denies."""
    inner = [t for t in span if t.dep_ == "neg"]
    if len(inner) == 2:
        return inner[0].head.i == inner[1].head.i and inner[1].i == inner[0].i + 1
    if len(inner) != 1:
        return False
    clause = inner[0].head
    frame = clause.head
    if clause.dep_ not in {"ccomp", "xcomp"} or frame.i == clause.i:
        return False
    outer = [c for c in frame.children if c.dep_ == "neg" and c.i < span.start]
    return len(outer) == 1 and all(clause.left_edge.i <= t.i <= clause.right_edge.i for t in span if t._.lk_family)


def _cancels_a_misjudgement(negation, span) -> bool:
    """"It wouldn't be wrong to call our managers leaders", "nobody would deny that ...", "it's no mistake to ...": the
    negation denies a verdict against the clause that holds the match (a negative judgement or a verb of disputing),
    and two denials assert it. "It isn't true that ..." has no verdict against the clause and keeps its negation."""
    if not (_negates(negation) or negation.lower_ in condition_words("shared")["negative_subjects"]):
        return False
    verdicts = condition_words("shared")["misjudgements"]
    frame = negation.head
    if negation.dep_ == "det" and (frame.lemma_.lower() in verdicts or frame.dep_ in SUBJECT_DEPS):
        frame = frame.head  # "it's no mistake to ...", "no one could deny ...": the determiner's noun is the verdict or its subject
    verdict = frame if frame.lemma_.lower() in verdicts else next(
        (c for c in frame.children if c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in verdicts), None)
    if verdict is None or span.start <= verdict.i < span.end:
        return False  # a verdict the pattern itself reads ("it's not a myth that X and Y differ") stays denied
    return all(t.i in {d.i for d in frame.subtree} for t in span if t._.lk_family)


def asked_to_assert(negation, span) -> bool:
    """"Isn't it time we replaced our managers with leaders?", "Isn't it obvious that teams should be led rather than
    managed?": a question opened by a negated "be" with an empty "it" asks the reader to agree with the clause after it;
    the "n't" is the asking's, not the clause's. "Isn't leadership management?" has no empty "it" and keeps it."""
    frame = negation.head
    sent = negation.sent
    before = word_before(frame)
    opens = before is None or before.i < sent.start or before.is_punct  # the sentence's first word, or after a colon or quote mark
    asked = any(t.text.startswith("?") for t in sent.doc[span.end:sent.end])
    if not opens or frame.lemma_ != "be" or negation.i != frame.i + 1 or not asked:
        return False
    if not any(c.dep_ in SUBJECT_DEPS and c.lower_ in condition_words("shared")["rhetorical_subjects"] for c in frame.children):
        return False
    return all(t.i > negation.i + 1 for t in span) and all(
        t.dep_ in {"ccomp", "xcomp", "advcl"} for t in span if t._.lk_family and t.head.i == frame.i)


def not_negated(tokens: Sequence) -> bool:
    """No negation inside the match or on its verbs ("Management is not leadership")."""
    return not is_negated(tokens)


def twice_denied(tokens: Sequence) -> bool:
    """The match's own negation is itself denied, so the match asserts (see ``_double_negation``)."""
    doc = tokens[0].doc
    return _double_negation(doc[tokens[0].i:tokens[-1].i + 1])


def not_question(tokens: Sequence) -> bool:
    """Questions ask; they do not claim ("Managing is leading — what else would it be?" still claims,
    and so does a view put to the reader to share: "anyone else think the split is made up?", or what a "why" question
    takes as true: "why pay for courses when leaders are born?", or the premise it rests on: "given that leaders are
    born, why train anyone?")."""
    from lintkit.nlp.context import asks_to_agree, presupposed_by_premise, presupposed_by_why

    sent = tokens[0].sent
    after = tokens[0].doc[tokens[-1].i + 1:sent.end]
    if not asks(sent):
        return True
    return (any(t.text in condition_words("shared")["claim_continuers"] for t in after) or asks_to_agree(sent)
            or presupposed_by_why(sent, tokens[0]) or presupposed_by_premise(sent, tokens[0], tokens[-1]))


def not_hypothetical(tokens: Sequence) -> bool:
    """"If leadership is management, ..." supposes, it does not claim.

    "Whether A or B, C" supposes neither A nor B: it claims C either way, so a
    match outside that clause, or one that only names the alternatives in it
    (no verb of its own: "whether you're a leader or a manager, there is no real
    difference"), still claims; so does a reported "whether" question ("people keep asking whether they're a
    leader or a manager, and honestly there is no difference"). Any other marker supposes the whole sentence.

    A supposition ends with its sentence: a pair completed in a later one is said where it is completed ("If all
    you do is manage, your team will stall. Give them a leader."), unless the supposition is a denied one, which
    states a precondition ("If you can't manage your own calendar, you'll struggle. Leaders need time to think.").
    """
    markers = condition_words("shared")["hypothetical_markers"]
    first, last = tokens[0], tokens[-1]
    if last.sent.start == first.sent.start:
        return not any(t.lower_ in markers and _supposes(t, tokens) for t in sentence_tokens_before(tokens))
    completing = last.doc[last.sent.start:last.i]
    return not any(t.lower_ in markers and _supposes(t, tokens) for t in completing) and not any(
        t.lower_ in markers and any(c.dep_ == "neg" for c in t.head.children) for t in sentence_tokens_before(tokens))


def _supposes(marker, tokens: Sequence) -> bool:
    clause = marker.head
    if _speaker_aside(clause):
        return False
    alternatives = any(t.dep_ == "cc" and t.lower_ == "or" for t in clause.subtree)
    if marker.lower_ != "whether" or marker.dep_ != "mark" or clause.dep_ not in {"advcl", "ccomp"} or not alternatives:
        return True
    start, end = clause.left_edge.i, clause.right_edge.i
    words = [t for t in tokens if not t.is_punct]
    return all(start <= t.i <= end for t in words) and any(t.pos_ in {"VERB", "AUX"} for t in words)


def marked_as_supposed(clause) -> bool:
    """The clause opens with a mark of supposition ("if", "as if", "unless", "suppose"): it says what would be, not
    what is."""
    marks = condition_words("shared")["hypothetical_markers"]
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def _speaker_aside(clause) -> bool:
    """"Unless I'm missing something, leadership is management", "if we're honest, ...", "if you ask me, ...": the
    clause supposes something of the writer (who is its subject or object) and nothing of the two families, so it
    hedges the claim after it instead of supposing it. "If I manage a team, I lead it" supposes an act of the pair."""
    speakers = condition_words("shared")["speaker_pronouns"]
    if any(t._.lk_family for t in clause.subtree):
        return False
    return any(c.lower_ in speakers and (c.dep_ in SUBJECT_DEPS or c.dep_ in {"dobj", "dative"}) for c in clause.children)


def _clause_start(token) -> int:
    """Where the token's clause begins: its sentence's start, or just after a label ("Note: Leading a team is ...")."""
    before = token.doc[token.sent.start:token.i]
    start = max((t.i + 1 for t in before if t.text == LABEL_END), default=token.sent.start)
    # a fronted phrase of place or scope closed by a comma ("At Grade 7, 'leading' means ...") opens the clause
    fronted = token.doc[start:token.i]
    if len(fronted) and fronted[0].pos_ == "ADP":
        comma = next((t for t in fronted if t.text == ","), None)
        if comma is not None:
            start = comma.i + 1
    return start


def _is_subject(token) -> bool:
    """The parse says it is the subject, or nothing but modifiers stands before it in its clause.

    The small model often hangs what follows a label's colon on the label, so
    the parse alone would miss the subject there.
    """
    if all(t.pos_ in OPENING_POS for t in token.doc[_clause_start(token):token.i]):
        return True
    while token.head.i != token.i:
        if token.dep_ in {"amod", "nmod"} and token.head.pos_ in {"VERB", "AUX"} and token.i < token.head.i:
            # No adjective or noun modifier hangs on a verb: the word before it the parser hung there is its
            # subject, often a word in scare quotes ("At this level, 'leading' means managing").
            return True
        if _partitive(token):
            token = token.head.head
        elif token.dep_ in {"conj", "appos", "compound", "amod"}:
            token = token.head
        else:
            break
    return token.dep_ in SUBJECT_DEPS or token.dep_ == "ROOT"


def _partitive(token) -> bool:
    """"Each (one) of our managers", "all of the leaders": the group is what a quantifier of all picks from, and
    the quantifier stands in its place as the subject ("one of our managers" picks one person out)."""
    of = token.head
    if token.dep_ != "pobj" or of.lower_ != "of":
        return False
    quantifier = of.head
    every = condition_words("shared")["universal_quantifiers"]
    picks = [quantifier, *(c for c in quantifier.children if c.dep_ == "det")]
    if quantifier.dep_ == "conj":
        picks.append(quantifier.head)  # "each and every one of"
    return any(t.lower_ in every for t in picks)


# The relations a quantifier takes to the noun it counts ("some managers", "not all leaders", "a few of them").
QUANTIFIER_DEPS = frozenset({"det", "amod", "nummod", "quantmod"})


def taken_in_part(side) -> bool:
    """"Some managers", "many leaders", "a few of them": a quantifier that takes part of a side, so what is said is
    said of some of its members, not of the side."""
    part = condition_words("shared")["partial_quantifiers"]
    return any(c.dep_ in QUANTIFIER_DEPS and c.lower_ in part for c in side.children)


def first_is_subject(tokens: Sequence) -> bool:
    """In "A is B", A must be what the sentence is about, not inside a prepositional phrase."""
    family = family_tokens(tokens)
    return bool(family) and _is_subject(family[0])


def _form(token) -> str:
    """A family verb that says what a person word is for names that person, like the agent noun: "someone to lead
    them", "people who can lead" stand where "a leader", "leaders" would; "someone to lead the choir" names a task."""
    if token._.lk_form == "verb" and token.dep_ in {"relcl", "acl"} and token.head.i < token.i:
        tasked = any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in token.children)
        if token.head.lower_ in condition_words("shared")["person_heads"] and not tasked:
            return "agent"
    return token._.lk_form


def parallel_forms(tokens: Sequence) -> bool:
    """A contrast sets like against like: "leaders, not managers", "lead, not manage", "a manager ... someone to lead"."""
    family = family_tokens(tokens)
    if len(family) < 2:
        return False
    if family[0]._.lk_form == family[-1]._.lk_form:
        return True
    first, last = _form(family[0]), _form(family[-1])
    return first == last or (first in NOUN_FORMS and last in NOUN_FORMS)


def passive_agents(verb) -> list:
    """Who a passive names as doing it: the nouns of its by-phrase ("led by the product team", "shown by the volunteers")."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def path_up_to(token, ancestor) -> list | None:
    """The tokens from ``token`` up to (not including) ``ancestor``, or None if it is not an ancestor."""
    path = []
    node = token
    while node.i != ancestor.i:
        if node.head.i == node.i:
            return None
        path.append(node)
        node = node.head
    return path


CONDITIONS = {
    "not-negated": not_negated,
    "is-negated": is_negated,
    "not-question": not_question,
    "not-hypothetical": not_hypothetical,
    "first-is-subject": first_is_subject,
    "parallel-forms": parallel_forms,
    "twice-denied": twice_denied,
}
