"""LM004 (charisma): when the innate view is named only to be rejected, hedged or left to some.

"Born leaders are a myth", "not everyone is born to lead", "we are all born leaders": a negation or a
universal decides whether the words claim that leading is inborn.
"""
from __future__ import annotations

from typing import Sequence

from lintkit.engine.conditions.lm004_basics import PREDICATE_DEPS, a_learning_act, a_person, clause_denied, denied_head, governing_verb, learning_denied, learning_named, learns, lm004_words, doubted_by_the_frame, negations_up_to_the_match, stance_polarity
from lintkit.engine.conditions.lm004_teaching import lacks_it, learning_denied_then_trait, remedy_denial, supposed_against_fact, taught_by_no_one_in_particular
from lintkit.engine.conditions.shared import SUBJECT_DEPS, first_conjunct, is_negated, marked_as_supposed, sentence_tokens_before
from lintkit.engine.conditions.words import condition_words, pattern_lists


def _double_negative(tokens) -> bool:
    """"If you weren't born a leader, no training will fix that": a negated supposition whose outcome is negated too."""
    before = sentence_tokens_before(tokens)
    if not any(t.lower_ in condition_words("shared")["hypothetical_markers"] for t in before):
        return False
    after = tokens[0].doc[tokens[-1].i + 1:tokens[0].sent.end]
    negative = condition_words("shared")["negative_subjects"] | {"no"}
    return any(t.lower_ in negative for t in after)  # "no training will fix that", not "don't worry"


def _refused_regret(tokens) -> bool:
    """"Not gonna apologise for being born to lead": the negation refuses an apology for the claim, which affirms it.

    The match must hang under the regret word with no negation between them ("not sorry I wasn't born to lead" denies).
    """
    regret = next((a for a in tokens[0].ancestors if a.lemma_.lower() in lm004_words()["regret_words"] or a.lower_ in lm004_words()["regret_words"]), None)
    if regret is None or regret.i > tokens[0].i:
        return False
    return not any(t.dep_ == "neg" or t.lower_ in condition_words("shared")["negative_subjects"] for t in tokens[0].doc[regret.i + 1:tokens[-1].i + 1])


def _not_all(token) -> bool:
    """"Not everyone", "not all of us": a negated universal subject, which leaves the gift to the few."""
    return token.lower_ in lm004_words()["universal_subjects"] and any(c.dep_ == "neg" for c in token.children)


def _of_a_named_few(token) -> bool:
    """"Each of whom", "every one of them", "all of these": a universal word taken over a group named before it (the
    new prefects, my five captains), which are some people, not everyone; "each of us" may still be all of us."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in lm004_words()["named_group_pronouns"] for g in c.children)
               for c in token.children)


def _only_not_all(tokens) -> bool:
    """"Not everyone is born to lead", "Not everyone has the leadership gene": the one negation in the clause takes
    "everyone" down to some, which claims the gift for the few rather than denying it."""
    negations = negations_up_to_the_match(tokens)
    return bool(negations) and all(t.dep_ == "neg" and _not_all(t.head) for t in negations)


def _some_just_lack_it(tokens) -> bool:
    """"Some people are just not born leaders", "some kids simply aren't wired for it": the one negation in the clause
    is on what "some" are, and "just" or "simply" makes their lack a fact of them, so others have the gift. Learning
    named in the sentence ("some people just aren't born leaders; they learn it") leaves it a denial."""
    doc = tokens[0].doc
    negations = negations_up_to_the_match(tokens)
    if len(negations) != 1 or negations[0].dep_ != "neg" or learning_named(doc[tokens[0].sent.start:tokens[-1].sent.end]):
        return False
    path = [negations[0].head]  # up to the clause's verb: "some people are just not born leaders" negates "born"
    while not any(c.dep_ in SUBJECT_DEPS for c in path[-1].children) and path[-1].head.i != path[-1].i and len(path) < 4:
        path.append(path[-1].head)
    words = lm004_words()
    some = any(c.dep_ in SUBJECT_DEPS and (c.lower_ in words["some_subjects"] or any(g.lower_ in words["some_subjects"] for g in c.children))
               for c in path[-1].children)
    return some and any(c.dep_ == "advmod" and c.lower_ in words["only_words"] for node in path for c in node.children)


def _imitation_refused(tokens) -> bool:
    """"You can't fake the leader gene", "nobody can bottle a born leader's presence": every negation up to the match is
    on a verb of imitating whose object holds the match, so what is denied is a copy of the trait, which says the trait
    is real and cannot be had another way."""
    negations = negations_up_to_the_match(tokens)
    imitations = lm004_words()["imitation_verbs"]
    for negation in negations:
        verb = negation.head
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.lemma_.lower() not in imitations or not any(o.left_edge.i <= tokens[0].i and tokens[-1].i <= o.right_edge.i for o in objects):
            return False
    return bool(negations)


def _birth_withheld_beyond_remedy(tokens) -> bool:
    """"You can't put leadership into a boy who wasn't born with it", "you can't teach leadership to someone who wasn't
    born with it": leading denied to a person only where birth withheld it, so birth is its source. The sentence's
    denials are exactly two: the one on the verb that would hand the lead word over, and the one on the birth in the
    relative clause on the person it would be handed to, with no learning named in the sentence."""
    lead = next((t for t in tokens if t._.lk_family), None)
    birth = next((t for t in tokens if t.lemma_.lower() in lm004_words()["endowed"] | {"bear"} and t.dep_ == "relcl"), None)
    if lead is None or birth is None or lead.dep_ != "dobj":
        return False
    remedy, person = lead.head, birth.head
    if not (person.dep_ == "pobj" and person.head.head.i == remedy.i and person.head.lower_ in lm004_words()["remedy_prepositions"]):
        return False
    if not a_person(person):
        return False
    if any(learns(t) and t.pos_ == "VERB" and t.dep_ not in {"pobj", "pcomp"} and t.i != remedy.i for t in tokens[0].sent):
        return False  # "..., but you can teach him": learning named as working ("years of coaching" only dates the view)
    return _denied_there_only(_denials_in(remedy.subtree), remedy, birth)


def _denials_in(tokens) -> list:
    """The negations among ``tokens`` and each "no" before a noun ("no course will help you")."""
    negative = condition_words("shared")["negative_subjects"]
    return [t for t in tokens if t.dep_ == "neg" or t.lower_ in negative or (t.dep_ == "det" and t.lower_ == "no")]


def _denied_there_only(denials, remedy, birth) -> bool:
    """The remedy and the birth are each denied, and every denial is one of theirs: no third one turns the claim."""
    return {governing_verb(t.head).i for t in denials} == {remedy.i, birth.i} and clause_denied(remedy) and clause_denied(birth)


def _learning_vain_without_birth(tokens) -> bool:
    """"Reading leadership books won't help if you weren't born with the instinct", "no leadership course will help you
    if you were not born with it": a means of learning, holding the lead word, is denied its effect on the condition
    that birth withheld the trait, so birth is its source. The denials are those two clauses' and no others."""
    words = lm004_words()
    lead = next((t for t in tokens if t._.lk_family), None)
    birth = next((t for t in tokens[0].sent if t.lemma_.lower() in words["endowed"] | {"bear"} and t.tag_ == "VBN" and marked_as_supposed(t)), None)
    if lead is None or birth is None or birth.dep_ not in {"advcl", "ccomp"}:
        return False
    remedy = birth.head
    doers = [c for c in remedy.children if c.dep_ in SUBJECT_DEPS]
    means = words["learning_nouns"] | words["learning_places"] | words["learning_documents"]
    if not any(lead in list(d.subtree) and any(t.lower_ in means for t in d.subtree) for d in doers):
        return False
    return _denied_there_only(_denials_in(tokens[0].sent), remedy, birth)


def not_denied(tokens: Sequence) -> bool:
    """Not negated, and not named only to be rejected ("born leaders are a myth", "the myth of the born leader")."""
    stance = stance_polarity(tokens)
    if stance is True:
        return not any(denied_head(t) for t in tokens if t._.lk_family)
    if doubted_by_the_frame(tokens):
        return False  # "I doubt leadership is inborn"; a frame's "not" is left to the rest, which knows its exceptions
    if (is_negated(tokens) and not _double_negative(tokens) and not _refused_regret(tokens) and not _only_not_all(tokens)
            and not _some_just_lack_it(tokens) and not _imitation_refused(tokens)
            and not learning_denied_then_trait(tokens) and not _lack_beyond_remedy(tokens) and not _birth_withheld_beyond_remedy(tokens)
            and not _learning_vain_without_birth(tokens)
            and not _denials_aside(tokens)):
        return False
    return not any(denied_head(t) for t in tokens if t._.lk_family)


def _denials_aside(tokens: Sequence) -> bool:
    """"You lead because you can't help it; it's the way you were made", "leadership is a gift you can't fake": each
    negation between the two ends of the claim says something else, in a clause of its own that neither end heads or
    hangs under, so the claim stands. A negation on what says the claim ("Leadership isn't charisma", "I don't think
    leaders are born"), or one on either end or just before it, still denies."""
    first, last = tokens[0], tokens[-1]
    negative = condition_words("shared")["negative_subjects"]
    negators = [t for t in first.doc[first.i:last.i + 1] if t.dep_ == "neg" or t.lower_ in negative
                or t.dep_ == "det" and t.lower_ in pattern_lists()["negations"]]  # "no plan"
    if not negators or is_negated([first]) or is_negated([last]):
        return False
    for negator in negators:
        clause = negator.head
        if clause.i in (first.i, last.i) or clause.is_ancestor(first) or clause.is_ancestor(last):
            return False
        if clause.pos_ not in {"VERB", "AUX"}:
            if clause.dep_ == "conj" and clause.head.i in (first.i, last.i):
                continue  # "all charisma and no plan": a thing denied beside the trait, which is left standing alone
            return False  # "no seminar", "not a skill": a denied thing, not a clause aside
    return True


def _lack_beyond_remedy(tokens: Sequence) -> bool:
    """"She is not a natural leader and I don't think any programme changes that", "leading isn't in my nature and no
    certificate will put it there": the denial says a person lacks the trait and the same sentence denies that learning
    could supply it, so the trait is held to be fixed. Learning named as working anywhere in the sentence ("... so I
    practise every day", "not overnight") keeps it a denial."""
    words = lm004_words()
    sentence = tokens[0].doc[tokens[0].sent.start:tokens[-1].sent.end]
    places = [t for t in sentence if t.lower_ in words["learning_places"] | words["learning_nouns"] and not t._.lk_family]
    remedies = [v for v in map(remedy_denial, places) if v is not None]
    if not remedies or any(denied_head(t) for t in tokens if t._.lk_family):
        return False
    if learning_named(sentence):
        return False
    negative = condition_words("shared")["negative_subjects"]
    denials = [t for t in sentence if (t.dep_ == "neg" or t.lower_ in negative) and all(t.head.i != v.i for v in remedies)]
    return bool(denials) and all(lacks_it(governing_verb(t.head)) for t in denials)


def learning_denied_or_not_denied(tokens: Sequence) -> bool:
    """The back-off's guard: a denial vetoes the pair, as in ``not_denied``, unless what is denied is its own word of
    learning; then the denial is the first half of the innate claim ("Leadership isn't taught. It's who you are"), and
    the learned score reads the rest ("leading isn't learned in a week; it takes years" is one of its negatives). A
    teacher in particular who cannot teach it says nothing of where leading comes from."""
    cue = next(t for t in (tokens[-1], tokens[0]) if not t._.lk_family)
    if not learns(cue) and _nobody_is_so(governing_verb(cue)):
        return False  # "leading is a learned thing, nobody pops out of the womb knowing how": the innate word's own clause is denied
    if not learns(cue) and _listed_after_no(cue):
        return False  # "we found no gene, personality type or birth order that predicts who will lead": none of them is so
    if stance_polarity(tokens) is not True and (_innate_words_all_rejected(tokens) or _holders_hedged(tokens)):
        return False  # unless a refused denial holds them: "I wouldn't say leadership isn't an innate gift"
    if _trait_falls_short(cue):
        return False
    if cue.pos_ == "VERB" and cue.lemma_.lower() in lm004_words()["teaching_lemmas"] and not taught_by_no_one_in_particular(cue):
        return False  # one teacher's failure, as for no_particular_teacher
    return (learns(cue) and learning_denied(cue)) or not_denied(tokens) or _denies_only_learning(tokens)


def _trait_falls_short(cue) -> bool:
    """"For leaders, extroversion is not enough", "charisma and confidence aren't everything": the trait, as subject, is
    denied to suffice, which denies that it is the whole of leading. The parse puts the "not" after the pair, where the
    denial checks of the match do not look."""
    subject = first_conjunct(cue)
    verb = subject.head
    return (subject.dep_ in SUBJECT_DEPS and any(c.dep_ == "neg" for c in verb.children)
            and any(c.dep_ in PREDICATE_DEPS and c.lower_ in lm004_words()["sufficiency_words"] for c in verb.children))


def _listed_after_no(cue) -> bool:
    """The innate word is, or is an item of a list, that "no" opens: the determiner on the first item denies every item
    of the coordination, though the parse hangs it on the first alone ("no gene, personality type or birth order")."""
    node = cue
    while node.dep_ in {"compound", "amod", "nmod"} and node.head.i != node.i:
        node = node.head
    return any(c.dep_ == "det" and c.lower_ in pattern_lists()["negations"] for c in first_conjunct(node).children)


def _nobody_is_so(verb) -> bool:
    """The innate word's clause says it of nobody: "nobody pops out of the womb knowing how", "no one is wired that
    way". A means of learning that gives nobody the trait ("no course gives you presence") is the innate claim's
    first half, and a condition ("if you weren't born with it") denies nothing of its own."""
    negative = condition_words("shared")["negative_subjects"]
    return (any(c.dep_ in SUBJECT_DEPS and c.lower_ in negative for c in verb.children)
            and not a_learning_act(verb) and not marked_as_supposed(verb))


def _holders_hedged(tokens: Sequence) -> bool:
    """What is said of the leaders is denied with a hedge: "Charismatic leaders are not always effective" says the
    trait guarantees nothing, the opposite of the innate view. The rule's own patterns still read "born leaders"."""
    lead = next(t for t in tokens if t._.lk_family)
    if lead.dep_ not in SUBJECT_DEPS:
        return False
    verb = lead.head
    return any(c.dep_ == "neg" for c in verb.children) and any(c.lower_ in lm004_words()["guarantee_hedges"] for c in verb.children)


def _innate_words_all_rejected(tokens: Sequence) -> bool:
    """Every word of the innate view in the sentence is in a noun phrase a "not" rejects: "Leadership is a learnable
    skill, not an innate trait" leaves the back-off nothing innate to read, whichever cue the pair holds."""
    words = lm004_words()
    sentence = tokens[0].doc[tokens[0].sent.start:tokens[-1].sent.end]
    learning = words["learnable"] | {w for w in words["beyond_learning"] if not w.startswith("un")}  # "learnable", "teachable"
    innate = [t for t in sentence if t.lower_ in words["innate_cues"] and not learns(t) and t.lower_ not in learning]
    return bool(innate) and all(_rejected_noun_phrase(t) for t in innate)


def _rejected_noun_phrase(cue) -> bool:
    """The cue's noun phrase is what a "not" rejects: "not an innate trait", or the correction after a comma,
    "a learnable skill, not an innate trait", where the small model hangs the "not" on a word before it."""
    phrase = cue.head if cue.dep_ in {"amod", "compound"} and cue.head.pos_ in {"NOUN", "PROPN"} else cue
    if phrase.pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return False
    start = phrase.left_edge.i
    return any(c.dep_ == "neg" and c.i < phrase.i for c in phrase.children) or (start > phrase.sent.start and phrase.doc[start - 1].dep_ == "neg")


def _denies_only_learning(tokens: Sequence) -> bool:
    """Every denial in the pair's sentences is aimed at learning, wherever it stands: "It is temperament, not training,
    that produces leaders", "Leadership isn't something you pick up at a seminar, it's poured into you" (the denial on
    the copula the learning clause hangs from). Denied learning is the first half of the innate claim, as for the cue
    itself; a lead word named only to be rejected ("born leaders are a myth") still vetoes."""
    words = lm004_words()
    sentence = tokens[0].doc[tokens[0].sent.start:tokens[-1].sent.end]
    denials = _denials_in(sentence)

    def aimed_at_learning(denial) -> bool:
        if denial.head.pos_ not in {"VERB", "AUX"}:  # "not training", "no course"; not "not from their genes"
            return any(t.lower_ in words["learning_places"] | words["learning_nouns"] for t in denial.head.subtree)
        verb = governing_verb(denial.head)
        clauses = [verb, *(r for c in verb.children if c.dep_ in PREDICATE_DEPS for r in c.children if r.dep_ == "relcl")]
        return any(a_learning_act(v) or learns(v) for v in clauses)

    return bool(denials) and all(aimed_at_learning(t) for t in denials) and not any(denied_head(t) for t in tokens if t._.lk_family)


def _says_what_its_subject_is(verb, tokens: Sequence) -> bool:
    """The verb says what its subject is or was given ("we are all born leaders", "everyone is born with it", "everyone
    has it in them to lead", "everyone comes out of the box as a leader"), not what the subject wants or does with someone else ("we want a born leader", "we only
    hire leaders who were born with it")."""
    words = lm004_words()
    return verb.lemma_.lower() in words["being_verbs"] | words["arrival_verbs"] or any(t.i == verb.i for t in tokens)


def not_universal(tokens: Sequence) -> bool:
    """"Everyone is born with the capacity to lead", "we are all born leaders": all can lead, the opposite of a gift of the few."""
    for verb in {governing_verb(t).i: governing_verb(t) for t in tokens}.values():
        if not _says_what_its_subject_is(verb, tokens):
            continue
        if any(c.dep_ == "advmod" and c.lower_ in lm004_words()["universal_subjects"] for c in verb.children):
            return False  # "we are all born ..."
        for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS and not c._.lk_family and not _not_all(c) and not _of_a_named_few(c)):
            if subject.lower_ in lm004_words()["universal_subjects"] or any(c.lower_ in lm004_words()["universal_subjects"] for c in subject.children):
                return False  # "everyone is ...", "every child is ...", "we all are ..."
    return True


def not_supposed_against_fact(tokens: Sequence) -> bool:
    """"If leadership were purely innate, our mentoring scheme would have failed": the trait supposed against the facts
    is held false. Learning supposed so is the opposite, the innate claim itself ("if leadership could be taught, ...
    would ..."), so a pair whose cue is a word of learning is left to the rest."""
    cue = next(t for t in (tokens[-1], tokens[0]) if not t._.lk_family)
    if learns(cue) or cue.lower_ in lm004_words()["beyond_learning"]:
        return True
    clause = next((a for a in [cue, *cue.ancestors] if a.dep_ == "advcl"), None)
    # a lack supposed ("if you weren't born a leader, no course would make you one") is the claim, not its denial
    return clause is None or clause_denied(clause) or not supposed_against_fact(clause)


CONDITIONS: dict = {
    "not-supposed-against-fact": not_supposed_against_fact,
    "not-denied": not_denied,
    "learning-denied-or-not-denied": learning_denied_or_not_denied,
    "not-universal": not_universal,
}
