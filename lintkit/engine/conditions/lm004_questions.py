"""LM004 (charisma): the innate view asked as a question and answered, or asked so as to claim it.

"Can leadership be taught? No." and "Isn't leadership just charisma?" claim; a question left open does not.
"""
from __future__ import annotations

from typing import Sequence

from lintkit.engine.conditions.lm004_basics import CLAUSE_END, learns, lm004_words, negations_in
from lintkit.engine.conditions.lm004_denials import not_denied
from lintkit.engine.conditions.lm004_teaching import cannot_learn_at_all
from lintkit.engine.conditions.shared import SUBJECT_DEPS, asks, not_question
from lintkit.engine.conditions.words import condition_words, pattern_lists


def answered_with_a_trait(tokens: Sequence) -> bool:
    """The lead word's phrase is all that is asked ("Her leadership?", "the good leaders?" after a semicolon), and what
    answers it is the trait itself or a clause of "be" naming it, with no denial, no turn and no learning in the answer
    ("Leadership? Charisma helps, but practice matters more", "Leadership? Not genetics, just reps" pass)."""
    lead, cue = tokens[0], tokens[-1]
    doc = lead.doc
    mark = next(t for t in tokens if t.text == "?")
    start = max((t.i + 1 for t in doc[lead.sent.start:lead.i] if t.text in CLAUSE_END), default=lead.sent.start)
    phrase = {t.i for t in lead.head.subtree} if lead.head.i < mark.i and lead.dep_ == "compound" else {t.i for t in lead.subtree}
    if any(t.i not in phrase and not t.is_punct for t in doc[start:mark.i]):
        return False
    if any(c.lower_ == "of" for c in cue.children):
        return False  # "Leadership? The nature of authority" names a topic
    return _bare_answer(doc[mark.i + 1:cue.sent.end])


def _bare_answer(answer) -> bool:
    """The answer names something, or says what it is with "be", and no more: no denial, no turn, no learning."""
    words = lm004_words()
    negative = condition_words("shared")["negative_subjects"] | pattern_lists()["negations"]
    learned = words["learnable_lemmas"] | words["learnable"] | words["learning_places"] | words["learning_nouns"]
    if any(t.lower_ in negative or t.lower_ in words["take_backs"] or t.lower_ in learned or learns(t) for t in answer):
        return False
    return all(t.lemma_.lower() == "be" for t in answer if t.pos_ in {"VERB", "AUX"})


def who_answered_with_a_kind(tokens: Sequence) -> bool:
    """"Who leads in a crisis? The dominant personalities." credits leading to a kind of person: the question asks who
    leads, in general (not who led, in a sample or a past event), and its answer is that kind alone, with no verb of its
    own ("the extraverts on the team are keen" says who is willing), no learning and no turn ("The dominant
    personalities, but only after training" does not)."""
    mark = next(t for t in tokens if t.text == "?")
    if any(t.text in CLAUSE_END for t in tokens[0].doc[tokens[0].i:mark.i]):
        return False
    if any(t.tag_ in {"VBD", "VBN"} for t in tokens[0].doc[tokens[0].i:mark.i] if t.pos_ in {"VERB", "AUX"}):
        return False
    kind = tokens[-1]
    answer = kind.doc[mark.i + 1:kind.sent.end]
    return _bare_answer(answer) and not any(t.pos_ in {"VERB", "AUX"} for t in answer)


def _answered_yes(sent) -> bool:
    """The next sentence answers a yes-no question and agrees ("The science says yes", "Honestly, yes."), with nothing
    that denies or takes back ("No.", "Yes, but it can be learned", "Yes and no"). A question between alternatives
    ("born or made?") is not answered by a yes."""
    doc = sent.doc
    if sent.end >= len(doc) or any(t.dep_ == "cc" and t.lower_ == "or" for t in sent):
        return False
    answer = [t for t in doc[sent.end].sent if not t.is_space]
    agree = next((n for n, t in enumerate(answer[:6]) if t.lower_ in lm004_words()["agreeing_answers"]), None)
    if agree is None or any(t.lower_ in lm004_words()["take_backs"] for t in answer):
        return False

    def denies(n: int, t) -> bool:  # "No.", "not really, yes", "yes and no"; not "Yes, and no course changes that"
        bare = n + 1 == len(answer) or answer[n + 1].is_punct
        return t.lower_ in pattern_lists()["negations"] and (n < agree or bare)

    return not any(denies(n, t) for n, t in enumerate(answer))


def _tag_question(tokens) -> bool:
    """"Leadership is basically charisma, right?", "leaders are born, don't you think?": a claim with a tag after its
    last comma that asks the reader to agree, which leaves the claim standing. A bare "is it?" doubts rather than agrees."""
    words = lm004_words()
    sent = [t for t in tokens[0].sent if not t.is_space]
    comma = max((n for n, t in enumerate(sent) if t.text == ","), default=None)
    if comma is None or sent[comma].i < tokens[-1].i or sent[-1].text != "?":
        return False
    if _rejected_by_the_reply(tokens[0].sent):
        return False  # "Leaders are born, right? Wrong."
    tag = sent[comma + 1:-1]
    agreeing = any(t.lower_ in words["tag_heads"] or t.lower_ in pattern_lists()["negations"] for t in tag)
    return 0 < len(tag) <= 4 and agreeing and all(t.lower_ in words["tag_heads"] | words["tag_words"] for t in tag)


def claim_or_answered_yes(tokens: Sequence) -> bool:
    """A claim, or a question the writer answers yes: "Are great leaders born with it? The science says yes" claims
    what it asked; "Are leaders born? Science says no" and a question left open do not. A claim with a tag question
    after it is still a claim ("leadership is basically charisma, right?")."""
    return not_question(tokens) or _answered_yes(tokens[0].sent) or _tag_question(tokens)


def claimed_or_asked_to_agree(tokens: Sequence) -> bool:
    """A claim no negation denies, or the same said as a question opened by a negated "be" ("Aren't the best leaders
    always the naturals?", "why pretend otherwise: isn't she a natural?"), which asks the reader to agree: its "n't" is
    the asking's. A reply that rejects it ("Aren't leaders naturals? No.") takes it back."""
    if not_denied(tokens) and claim_or_answered_yes(tokens):
        return True
    lead = next(t for t in tokens if t._.lk_family)
    copula = lead.head
    sent = lead.sent
    before = copula.doc[copula.i - 1] if copula.i > sent.start else None
    opens = before is None or before.is_punct
    negated = copula.i + 1 < len(copula.doc) and copula.doc[copula.i + 1].dep_ == "neg" and copula.doc[copula.i + 1].head.i == copula.i
    return (opens and negated and copula.lemma_ == "be" and copula.i < lead.i and asks(sent)
            and not _rejected_by_the_reply(sent) and len(negations_in(sent)) == 1)


def not_answered_no(tokens: Sequence) -> bool:
    """"Was Kenji born to lead? No. He was born to argue.": a question the next sentence answers with a denial or a
    rejection, or leaves open ("Hard to say"), claims nothing; any other question is left to the pattern ("wired to lead, and honestly? You knew that")."""
    sent = tokens[-1].sent
    return not (asks(sent) and (_rejected_by_the_reply(sent) or _left_open_by_the_reply(sent)))


def _left_open_by_the_reply(sent) -> bool:
    """"Was she born to lead? Hard to say.", "It depends": the reply keeps the question a question. Only
    its first words count: "Hard to say why, but yes" still answers it later, so a yes in the reply keeps the claim."""
    words = lm004_words()
    reply = [t for t in sent.doc[sent.end:] if not (t.is_space or t.is_punct)][:3]
    if any(t.lower_ in words["agreeing_answers"] for t in reply):
        return False
    return bool(reply) and (reply[0].lower_ in words["open_replies"] or (reply[0].lower_ == "it" and len(reply) > 1 and reply[1].lower_ in words["open_replies"]))


def _rejected_by_the_reply(sent) -> bool:
    """The first word after the sentence rejects what it asked or said: "Wrong.", "No.", "Nope"."""
    reply = next((t for t in sent.doc[sent.end:] if not (t.is_space or t.is_punct)), None)
    return reply is not None and reply.lower_ in lm004_words()["rejecting_replies"] | pattern_lists()["negations"]


def asked_then_learning_denied(tokens: Sequence) -> bool:
    """"Leadership? Can't be taught.": the lead word asked about on its own (no verb in its sentence), then a
    statement that denies learning it outright; a limit ("from a book", "in a day") or a question back ("Can't be
    taught? Nonsense.") does not."""
    lead = tokens[0]
    answer = [t for t in tokens if t.sent.start != lead.sent.start]
    if not answer or any(t.pos_ in {"VERB", "AUX"} for t in lead.sent):
        return False
    if asks(answer[0].sent):
        return False
    words = lm004_words()
    modal = next((t for t in answer if t.lower_ in words["ability_modals"]), answer[0])
    verb = answer[-1]
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if any(c.lower_ not in words["anyone_subjects"] for c in subjects):
        return False  # "I can't teach it, but our coaches can": one person's limit, not leading's
    rest = verb.doc[verb.i + 1:verb.sent.end]
    if any(t.lower_ in words["answer_turns"] for t in rest):
        return False  # "we can't teach it fast enough", "can't teach it in one workshop"
    return cannot_learn_at_all([t for t in answer if t.i >= modal.i])  # from the modal: "Nobody" is the denial, on its subject


def answer_stands(tokens: Sequence) -> bool:
    """"Can leadership be taught? No." answers the question; "No, but ..." or "Not only ..." goes on to grant it, "The
    answer is not simple" gives no answer, and "No, they're grown through practice" or "Nah, it's practised" denies
    only the word the question chose."""
    words = lm004_words()
    last = tokens[-1]
    rest = [t.lower_ for t in last.doc[last.i + 1:min(len(last.doc), last.i + 4)]]
    if any(w in words["answer_turns"] for w in rest):
        return False
    said_of = [t for t in last.doc[last.i + 1:min(last.sent.end, last.i + 3)] if t.pos_ in {"ADJ", "ADV"}]
    if last.lower_ == "not" and said_of and said_of[-1].pos_ == "ADJ":
        return False  # "The answer is not simple", "... not that easy": the answer is said to be hard ("Not really." answers)
    answer = last.doc[last.i + 1:last.sent.end]

    def learned_after_all(t) -> bool:  # "they're grown through practice"; not "born, not made", "it can't be built"
        if t.lower_ not in words["learning_ways"] or t.lower_ in words["answer_general_words"]:
            return False
        return not any(c.dep_ == "neg" for h in (t, t.head) for c in h.children)

    return not any(learned_after_all(t) for t in answer)


def rhetorical_question(tokens: Sequence) -> bool:
    """"Isn't leadership just charisma?", "Is leadership anything more than charm?": a question that claims."""
    return any(t.lower_ in lm004_words()["rhetorical_markers"] for t in tokens)


def trait_is_the_answer(tokens: Sequence) -> bool:
    """The trait is what the essence or the question comes to ("What makes a great raid leader? Honestly, charisma."),
    not something the answer goes on to weigh in its own clause ("... charisma helps, but reps matter more") nor a
    leader's own trait after a possessive ("the key to our leader's charisma is his voice")."""
    lead = next(t for t in tokens if t._.lk_family)
    trait = tokens[-1]
    if lead.dep_ == "poss" or any(c.dep_ == "case" for c in lead.children):
        return False
    verb = trait.head
    if not (trait.dep_ in SUBJECT_DEPS and verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() != "be" and verb.i > trait.i):
        return True
    # A numbered list the parser hung on a later verb ("1) charisma 2) charisma 3) see 1 and 2") is still the answer.
    return any(t.is_punct for t in trait.doc[trait.i + 1:verb.i])


CONDITIONS: dict = {
    "claimed-or-asked-to-agree": claimed_or_asked_to_agree,
    "who-answered-with-a-kind": who_answered_with_a_kind,
    "trait-is-the-answer": trait_is_the_answer,
    "answered-with-a-trait": answered_with_a_trait,
    "claim-or-answered-yes": claim_or_answered_yes,
    "not-answered-no": not_answered_no,
    "rhetorical-question": rhetorical_question,
    "answer-stands": answer_stands,
    "asked-then-learning-denied": asked_then_learning_denied,
}
