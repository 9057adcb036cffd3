"""LM004 (charisma): the clause facts every concept of the rule reads: its words, denial, learning, a person.

The innate view is mostly said against learning ("can't be taught", "born, not made"), so whether a
clause is denied and whether it names learning are asked by nearly every condition of the rule.
"""
from __future__ import annotations

from typing import Sequence

from lintkit.engine.conditions.shared import SUBJECT_DEPS, asks, token_after
from lintkit.engine.conditions.words import condition_words, pattern_lists


PREDICATE_DEPS = frozenset({"attr", "acomp", "oprd"})


CLAUSE_END = frozenset({",", ";", ":", "—", "–", "(", ")", ".", "!", "?"})


def lm004_words():
    return condition_words("LM004")


def _predicate_denies(verb) -> bool:
    words = lm004_words()
    if verb.lower_ in words["denial_words"] or verb.lemma_.lower() in words["denial_words"]:
        return True

    def denies(c) -> bool:
        if c.lower_ in words["matter_nouns"] and any(g.lower_ == "of" for g in c.children):
            return False  # "a question of temperament" says what leading comes down to
        return c.lower_ in words["denial_words"] or c.lemma_.lower() in words["denial_words"]

    predicates = [c for c in verb.children if c.dep_ in PREDICATE_DEPS]
    predicates += [g for c in predicates for g in c.children if g.dep_ == "conj"]  # "flattering and false"
    return any(denies(c) for c in predicates)


def _relative_denies(clause) -> bool:
    """A relative clause on the phrase, its relative pronoun the subject, says the thing is a myth or does not exist:
    the phrase is named in passing only to be rejected, wherever it stands in the main clause."""
    words = lm004_words()
    if not any(c.dep_ in SUBJECT_DEPS and c.lower_ in words["denying_relatives"] for c in clause.children):
        return False
    if _predicate_denies(clause):
        return True
    return clause.lemma_.lower() in words["existence_lemmas"] and any(c.dep_ == "neg" for c in clause.children)


def denied_head(token) -> bool:
    """The noun phrase holding ``token`` is the subject of a denial ("born leaders are a myth") or the object of one.

    Only the phrase's own clause counts: a frame around a whole claim ("the myth that ...",
    "I used to think ...") is the context layer's to mark as attributed.
    """
    node = token
    while node.dep_ in {"compound", "amod", "nmod", "poss"} and node.head.i != node.i:
        node = node.head  # a possessor stands in its phrase: "a natural leader's instincts are a myth"
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head  # "the notion of the born leader has been debunked"
    if node.dep_ in SUBJECT_DEPS and _predicate_denies(node.head):
        return True  # "born leaders are a myth", "the natural-born leader is a comforting fiction"
    if any(c.dep_ == "relcl" and _relative_denies(c) for c in node.children):
        return True  # "looking for natural-born leaders, which do not exist", "the born leader, who is a myth"
    return node.dep_ == "dobj" and node.head.lemma_.lower() in lm004_words()["denial_words"]  # "research has debunked the born leader"


def learns(token) -> bool:
    words = lm004_words()
    return token.lemma_.lower() in words["learning_lemmas"] or token.lower_ in words["learning_lemmas"] | words["learned"]


def learning_named(tokens) -> bool:
    """Learning, practice or time named anywhere in these words ("practice in your bones does", "not overnight"): the
    claim then leaves room for learning, and is no innate view."""
    words = lm004_words()
    learned = words["learnable_lemmas"] | words["learnable"] | words["gradual_words"] | words["pace_words"]
    return any((t.lower_ in learned or (t.lemma_.lower() in learned and t.pos_ == "VERB"))
               and not (t.lower_ in words["numeral_pace_words"] and t.dep_ != "nummod") for t in tokens)


def learning_denied(cue) -> bool:
    """The learning word's own clause is denied: "leadership isn't taught", "nobody teaches you to lead", "isn't
    something we develop" (the denial on the copula the relative clause hangs from)."""
    verb = governing_verb(cue)
    clauses = [verb, verb.head.head] if verb.dep_ == "relcl" else [verb]
    negative = condition_words("shared")["negative_subjects"]
    return any(c.dep_ == "neg" or (c.dep_ in SUBJECT_DEPS and c.lower_ in negative) for v in clauses for c in v.children)


def governing_verb(token):
    node = token
    for _ in range(4):
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return node
        node = node.head
    return node


def learned_another_way(tokens: Sequence) -> bool:
    """After the match, another way to learn it ("only learned"), or a place, pace or means in its clause that limits
    the denial to it ("from a book", "in a single afternoon")."""
    sent = tokens[0].sent
    after = list(tokens[0].doc[tokens[-1].i + 1:sent.end])
    if any(t.lower_ in lm004_words()["learnable"] for t in after):
        return True
    clause = next((i for i, t in enumerate(after) if t.text in CLAUSE_END), len(after))
    return any(t.lower_ in lm004_words()["learning_elsewhere"] for t in after[:clause])


def clause_denied(verb) -> bool:
    """A "not" on the verb, or a subject that is nobody or "no" one thing: "you can't coach", "no course could train"."""
    shared = condition_words("shared")
    return any(
        c.dep_ == "neg" or (c.dep_ in SUBJECT_DEPS and (c.lower_ in shared["negative_subjects"] or any(d.lower_ == "no" for d in c.children)))
        for c in verb.children
    )


def a_learning_act(verb) -> bool:
    """What ``verb`` does is teaching, whatever the verb: a verb of teaching ("the army trains into you"), a place or
    document of learning as its subject or where it puts something ("no classroom can give", "put in a syllabus",
    "get from an MBA"), or a verb of forcing something in "into" someone ("drilled into a lieutenant")."""
    words = lm004_words()
    if verb.lemma_.lower() in words["teaching_lemmas"]:
        return True
    preps = [c for c in verb.children if c.dep_ == "prep"]
    # A subject the line's label ends on is no doer: in "Interviewer training slide: don't rate leadership on presence"
    # the parse makes the label the subject of the imperative.
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not _ends_a_label(c)]
    sources = subjects + [g for p in preps for g in p.children if g.dep_ == "pobj"]
    named = sources + [m for s in sources for m in s.children if m.dep_ in {"compound", "amod"}]  # "no coaching clinic"
    if any(s.lower_ in words["learning_places"] or s.lower_ in words["learning_documents"] for s in named):
        return True
    return verb.lemma_.lower() in words["implant_lemmas"] and any(p.lower_ == "into" for p in preps)


def _ends_a_label(token) -> bool:
    nxt = token_after(token)
    return nxt is not None and nxt.text == ":" and token.i < nxt.i < token.head.i


def learning_named_elsewhere(tokens: Sequence) -> bool:
    """Another way to learn it anywhere in the sentence outside the match ("it's learned by doing", "you develop it")."""
    inside = {t.i for t in tokens}
    return any(t.i not in inside and (t.lemma_.lower() in lm004_words()["learnable_lemmas"] or t.lower_ in lm004_words()["learnable"])
               for t in tokens[0].sent)


def a_persons_make_up(noun) -> bool:
    """A make-up noun owned by a person ("his blood", "Grandpa's bones") or the body in general ("in the blood"), not a
    thing's ("our company's DNA")."""
    words = lm004_words()
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners:
        return noun.lower_ in words["body_of_the_person"] and any(c.lower_ == "the" for c in noun.children)
    return all(o.lower_ in words["personal_possessives"] or o.pos_ == "PROPN" or o.lemma_.lower() in words["kin_words"]
               for o in owners)


def a_person(noun) -> bool:
    """Someone rather than something: only a person can be made of the stuff of leaders ("the tool was built for
    leading workshops" says what a tool is for). A name is left out, as the parse cannot tell a person's ("Marisol")
    from a product's ("Pulse is built for leading, not managing")."""
    words = lm004_words()
    if noun._.lk_family:
        return True
    if noun.pos_ == "PRON":
        return noun.lower_ not in words["referring_pronouns"] | words["wh_pronouns"]
    people = words["temperament_heads"] | words["typed_people"] | words["kin_words"] | condition_words("shared")["person_heads"]
    return noun.lower_ in people or noun.lemma_.lower() in people


def negations_in(span) -> list:
    """The negations in ``span``: a "not" or a negative subject."""
    negative = condition_words("shared")["negative_subjects"]
    return [t for t in span if t.dep_ == "neg" or t.lower_ in negative]


def negations_up_to_the_match(tokens) -> list:
    """The negations of the clause from its sentence's start to the match's end."""
    return negations_in(tokens[0].doc[tokens[0].sent.start:tokens[-1].i + 1])


def stance_polarity(tokens) -> bool | None:
    """The claim is the clause of a verb of saying or holding a view that turns it round: a negation on the verb or its
    subject, a doubting verb, or a question of disbelief ("I don't think leadership is inborn", "I doubt leadership is
    inborn", "Do you really believe it can be taught?"). With the clause's own negations, an even count keeps the claim
    ("I wouldn't say leadership isn't inborn", "nobody could tell me leaders aren't born", "no one can deny leaders are
    born") and an odd one rejects it. None where nothing turns the frame round ("I think leaders aren't made" is left to
    the clause) or a negation stands elsewhere."""
    counts = _stance_counts(tokens)
    if counts is None or counts[0] + counts[1] == 0:
        return None
    return sum(counts) % 2 == 0


def doubted_by_the_frame(tokens) -> bool:
    """Only a doubt turns the claim round, with no negation in the frame or the clause: "I doubt leadership is inborn",
    "Do you really think leaders are born?"."""
    counts = _stance_counts(tokens)
    return counts is not None and counts == (0, 1, 0)


def _stance_counts(tokens) -> tuple[int, int, int] | None:
    """(negations of the verb of holding a view, its doubts, negations of the claim's clause), or None where no such verb
    frames the claim or a negation stands elsewhere."""
    words = lm004_words()
    ordered = sorted(tokens, key=lambda t: not t._.lk_family)  # the lead word's clause first; the parser may hang it elsewhere
    clause = next((a for t in ordered for a in [t, *t.ancestors] if a.dep_ == "ccomp"), None)
    if clause is None or clause.head.pos_ not in {"VERB", "AUX"} or clause.head.lemma_.lower() not in words["stance_verbs"]:
        return None
    stance = clause.head
    no = pattern_lists()["negations"]
    kept = condition_words("shared")["not_negating_after_nothing"]
    negations = {t.i: t for t in negations_up_to_the_match(tokens)  # "nothing but charisma" denies nothing
                 if not (t.lower_ == "nothing" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in kept)}
    negations.update((t.i, t) for t in tokens[0].doc[tokens[0].sent.start:tokens[-1].i + 1] if t.dep_ == "det" and t.lower_ in no)
    # the verb a negation turns: a "not" or "no" (of the verb or of its subject: "no one can deny") by its head, a
    # negative subject by itself
    turned = [governing_verb(t.head if t.dep_ in {"neg", "det"} else t).i for t in negations.values()]
    if any(i not in (clause.i, stance.i) for i in turned):
        return None
    # "Do you really believe leadership can be taught?": a view put to the reader with an adverb of disbelief doubts it.
    disbelieved = asks(stance.sent) and any(c.dep_ == "advmod" and c.lower_ in words["disbelief_adverbs"] for c in stance.children)
    doubts = (stance.lemma_.lower() in words["doubting_verbs"]) + disbelieved
    return turned.count(stance.i), min(doubts, 1), turned.count(clause.i)
