"""LM004 (charisma): teaching and learning denied of leading, the commonest shape of the innate view.

"It can't be taught", "no course makes a leader", "they aren't made; they're born": what counts is that
the denial is aimed at learning to lead, with no other way to learn it granted in the same breath.
"""
from __future__ import annotations

from typing import Sequence

from lintkit.engine.conditions.lm004_basics import CLAUSE_END, PREDICATE_DEPS, a_learning_act, a_person, a_persons_make_up, clause_denied, denied_head, governing_verb, learned_another_way, learning_denied, learning_named, learning_named_elsewhere, learns, lm004_words, stance_polarity
from lintkit.engine.conditions.shared import SUBJECT_DEPS, asks, first_conjunct, is_negated, path_up_to, token_after, word_after
from lintkit.engine.conditions.words import condition_words, pattern_lists
from lintkit.nlp.relations import marked_infinitive


def learning_denied_then_trait(tokens: Sequence) -> bool:
    """"Leaders aren't trained. They're hatched", "leadership isn't taught at school; it comes from temperament": every
    negation before the trait word denies learning, in a clause of its own, and the trait's clause affirms the trait
    with no learning in it. Denied learning is the first half of the innate claim, not a denial of it ("leadership
    isn't taught; it's learned at work" and "leaders aren't trained in a week; their instincts are built over years"
    still deny)."""
    cue, doc = tokens[-1], tokens[0].doc
    if cue._.lk_family or learns(cue):
        return False
    negations = [t for t in doc[tokens[0].i:cue.i] if t.dep_ == "neg" or t.lower_ in condition_words("shared")["negative_subjects"]]
    verb = governing_verb(cue)
    heads = [t.head.head if t.head.dep_ in {"aux", "auxpass"} else t.head for t in negations]
    denied = [governing_verb(h) for h in heads]
    # A negation on a noun ("a skill you build, not a trait you're born with") denies that noun, not the verb's
    # learning; a trait inside what is denied ("isn't a skill you're born with") is no clause of its own.
    def denies_learning(head, verb) -> bool:
        return learns(verb) or (head.i == verb.i and _names_learning(verb) and cue.i not in {t.i for t in verb.subtree})

    if not denied or any(not denies_learning(h, v) or v.i == verb.i for h, v in zip(heads, denied)):
        return False
    clause = [t for t in doc[max(d.i for d in denied) + 1:cue.sent.end] if governing_verb(t).i == verb.i]
    return not any(t.dep_ == "neg" or (learns(t) and not _makes_it_there(t, cue)) for t in clause)


def _names_learning(verb) -> bool:
    """The verb's clause is about learning: a verb of learning or teaching, a learning act ("no classroom can give"), a
    place of learning or a skill as what it reads or is ("didn't read a single book about it", "leadership isn't a
    course", "isn't a skill"), or something said to be learned ("that's not something they learned")."""
    words = lm004_words()
    if learns(verb) or a_learning_act(verb):
        return True
    if any(c.dep_ == "attr" and any(g.dep_ == "relcl" and learns(g) for g in c.children) for c in verb.children):
        return True  # "that's not something they learned here", "it isn't a thing you get taught"
    return any(c.dep_ in {"dobj", "attr"} and c.lower_ in words["learning_places"] | words["learnables"] for c in verb.children)


def _makes_it_there(verb, cue) -> bool:
    """The making verb of the trait's clause only says where the trait put it: "They're made in the womb", "they're built
    from the bones out" (the cue in its phrase of place), not "their instincts are built over years"."""
    return cue.dep_ == "pobj" and cue.head.dep_ == "prep" and cue.head.head.i == verb.i


def making_denied_then_trait(tokens: Sequence) -> bool:
    """"The armband doesn't make the leader. The blood does", "no MBA gives you the stuff leaders are made of. That's
    handed out at birth": something denied the making of a leader (the leader in what it makes or gives), then a clause
    of its own puts the making in birth, affirmed and with nothing learned in it. A limit of pace or source ("no course
    makes a leader overnight") and learning named anywhere ("a title doesn't make you a leader; practice in your bones
    does") still deny that leading is innate."""
    make, cue = tokens[0], tokens[-1]
    lead = next(t for t in tokens if t._.lk_family)
    if make.pos_ not in {"VERB", "AUX"} or not clause_denied(make) or learns(cue):
        return False
    subjects = [t.i for c in make.children if c.dep_ in SUBJECT_DEPS for t in c.subtree]
    if lead.i not in {t.i for t in make.subtree} or lead.i in subjects or cue.i in {t.i for t in make.subtree}:
        return False
    if learning_named(make.doc[make.sent.start:cue.sent.end]):
        return False
    verb = governing_verb(cue)
    negative = condition_words("shared")["negative_subjects"] | pattern_lists()["negations"]
    between = make.doc[lead.i + 1:cue.i]
    if clause_denied(verb) or any(t.lower_ in negative for t in between if governing_verb(t).i == verb.i):
        return False
    return any(_takes_up_the_making(c, cue) for c in verb.children if c.dep_ in SUBJECT_DEPS)


def _takes_up_the_making(subject, cue) -> bool:
    """The trait's clause is about where leaders come from: its subject is the trait that does the making ("the blood
    does"), a word that takes up what was denied ("it's in you from the cradle", "that part was settled in the womb") or
    the leaders ("they come hard-wired"); not a clause about something else ("being born rich makes you rich")."""
    takers = lm004_words()["referring_pronouns"] | lm004_words()["vague_things"] | {"they"}
    return subject.i == cue.i or subject.lower_ in takers or any(d.dep_ == "det" and d.lower_ in takers for d in subject.children)


def _said_of_the_lead(lead, verb) -> bool:
    """The verb is said of the lead word: the word, or a pronoun that takes it up, is the verb's subject or object
    ("leaders aren't built", "they're mined", "I've only found them"), the verb qualifies it ("the leaders you can't
    make"), or the verb shares the subject of one said of it ("leaders reveal themselves and can't be developed")."""
    takers = lm004_words()["referring_pronouns"] | lm004_words()["taking_up_pronouns"]
    head = first_conjunct(lead)  # "they don't create captains or leaders"
    if any(c.dep_ in SUBJECT_DEPS | {"dobj"} and (c.i == head.i or c.lower_ in takers) for c in verb.children):
        return True
    if verb.dep_ == "relcl" and verb.head.i == head.i:
        return True
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    return verb.dep_ == "conj" and not own_subject and verb.head.i != verb.i and _said_of_the_lead(lead, verb.head)


def _makes(token) -> bool:
    words = lm004_words()
    return token.pos_ in {"VERB", "AUX"} and (learns(token) or token.lemma_.lower() in words["forming_lemmas"] | words["teaching_lemmas"] | words["bestow_verbs"])


def found_where_making_denied(tokens: Sequence) -> bool:
    """"Leaders aren't built in our programmes; they're mined", "leaders emerge, they aren't made", "find the leaders you
    can't make": leaders are come upon, and their making is denied, so they were there before anyone looked. The finding
    is affirmed and its clause names no learning ("they emerge through practice" is how leaders are made); the making
    is denied with no limit of pace or means ("leaders we couldn't develop fast enough")."""
    lead = next(t for t in tokens if t._.lk_family)
    find = next((t for t in tokens if t.pos_ == "VERB" and t.lemma_.lower() in lm004_words()["finding_lemmas"]), None)
    if find is None or clause_denied(find) or not _said_of_the_lead(lead, find):
        return False
    finds_out = any(c.dep_ == "prt" and c.lower_ in lm004_words()["fact_particles"] for c in find.children)
    if find.lemma_.lower() in lm004_words()["fact_finding_lemmas"] and finds_out and any(c.dep_ == "dobj" for c in find.children):
        return False  # "finding that out": a fact learned, not a leader come upon ("you find out that you always were one" is)
    if find.lemma_.lower() in lm004_words()["choosing_lemmas"] and not _all_one_can_do(find):
        return False
    sent = find.sent

    def clause(verb):  # the verb's own sentence: the making may be denied in the sentence before the finding
        return [t for t in verb.sent if t.i != verb.i and governing_verb(t).i == verb.i]

    # what is found may carry the learning ("you can only find one who is willing to learn")
    found = [t for c in find.children if c.dep_ == "dobj" for t in c.subtree]
    if any(learns(t) or t.lower_ in lm004_words()["learnable"] for t in clause(find) + found):
        return False
    doc = tokens[0].doc
    words = doc[tokens[0].sent.start:max(sent.end, tokens[-1].sent.end)]
    return any(_makes(m) and m.i != find.i and clause_denied(m) and _said_of_the_lead(lead, m) and not learning_named(clause(m))
               for m in words)


def _all_one_can_do(verb) -> bool:
    """"can only hire them": the choosing is all that is possible, so the leaders were there before it."""
    children = {c.lower_ for c in verb.children}
    return "only" in children and bool(children & lm004_words()["can_modals"])


def already_of_the_lead(tokens: Sequence) -> bool:
    """"The leaders, already formed, are what stays in the sieve", "the leader already inside the kid": "already" hangs in
    what is said of the lead word (the word itself, or its verb), so the leader was complete before anyone could shape
    it; a sentence that names how it got so ("already formed by ten years of coaching") leaves room for learning, and a
    completion that takes an object, or "with" one, is something the leaders did ("had already finished the budget",
    "already there, finished with their lunch")."""
    lead = next(t for t in tokens if t._.lk_family)
    already = next(t for t in tokens if t.lower_ in lm004_words()["already_words"])
    if any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with" for c in tokens[-1].children):
        return False
    anchors = {lead.i, governing_verb(lead).i}
    node = already
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i in anchors:
            return not learning_named(lead.doc[lead.i:lead.sent.end])
    return False


def there_or_never(tokens: Sequence) -> bool:
    """"Leaders aren't developed in a classroom; either the quality is there or it isn't", "Leadership either shows up by
    year three or it was never there": leading, or a quality that stands for it, is present in a person or absent for
    good, the first clause affirmed and the one after "or" denied, so nothing learned could put it there. "There" must be
    all either clause says ("there to be learned", "or it isn't leadership at all" say more)."""
    words = lm004_words()
    lead = next(t for t in tokens if t._.lk_family)
    alt = next((t for t in tokens if t.lower_ == "or" and t.dep_ == "cc"), None)
    if alt is None or alt.head.pos_ not in {"VERB", "AUX"}:
        return False
    first = alt.head
    second = next((c for c in first.children if c.dep_ == "conj" and c.i > alt.i), None)
    presence = words["presence_lemmas"]
    if second is None or first.lemma_.lower() not in presence or second.lemma_.lower() not in presence:
        return False
    if clause_denied(first) or not clause_denied(second):
        return False
    if not any(c.lower_ == "there" for v in (first, second) for c in v.children):
        return False
    if any(c.dep_ in PREDICATE_DEPS | {"xcomp", "ccomp", "advcl"} and c.i > v.i for v in (first, second) for c in v.children):
        return False  # "there to serve, or it isn't leadership at all": being there for something, or being something
    subject = next((c for c in first.children if c.dep_ in SUBJECT_DEPS), None)
    stand_ins = words["vague_things"] | words["abilities"] | words["charisma_words"] | words["referring_pronouns"]
    return subject is not None and (subject.i == first_conjunct(lead).i or subject.lower_ in stand_ins)


def trait_taken_up(tokens: Sequence) -> bool:
    """"Leadership is attitude, and attitude comes with the person", "leadership is grace, and grace is given": leading
    is said to be a thing, and the next clause, with that thing as its subject, puts it in birth or the person, so the
    claim runs through the word taken up. Both clauses affirmed, no name taken up, nothing handed to someone, and no
    learning in the second ("and grace is given through years of practice"). The second clause may instead deny that
    the thing can be learned at all ("Leadership is judgment, and judgment cannot be taught"); a limit on that denial
    ("cannot be taught in a day") leaves it learnable."""
    lead = next(t for t in tokens if t._.lk_family)
    source = tokens[-1]
    first = lead.head
    if lead.dep_ not in SUBJECT_DEPS or clause_denied(first):
        return False
    named = [c for c in first.children if c.dep_ in PREDICATE_DEPS]
    named += [g for c in first.children if c.dep_ in {"agent", "prep"} for g in c.children if g.dep_ == "pobj"]
    second = governing_verb(source)
    if second.dep_ != "conj" or second.head.i != first.i:
        return False
    learning = source.lemma_.lower() in lm004_words()["teaching_lemmas"]
    if learning != clause_denied(second):
        return False
    if learning and any(c.i > source.i and c.dep_ in {"prep", "advmod", "npadvmod", "agent"} for c in second.children):
        return False
    subject = next((c for c in second.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or not any(n.lower_ == subject.lower_ and n.pos_ != "PROPN" for n in named):
        return False  # "Our leader is Maria, and Maria was born in Porto" names a person
    if any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in second.children):
        return False  # "service is given freely to the person in front of you" is handed to someone
    clause = [t for t in tokens[0].sent if governing_verb(t).i == second.i and t.i != second.i]
    return not (learned_another_way(clause) if learning else learning_named(clause))


def remedy_denial(place):
    """The clause that says a place of learning does nothing, or None: "no certificate will put it there", "I don't
    think any programme changes that" (the denial on the verb above), "however many courses you send him on"."""
    verb = governing_verb(place)
    dets = {c.lower_ for c in place.children if c.dep_ in {"det", "amod", "advmod"}} | {d.lower_ for c in place.children for d in c.children}
    if "no" in dets or "however" in dets or "every" in dets:
        return verb
    if "any" in dets:
        return next((a for a in (verb, *verb.ancestors) if a.pos_ in {"VERB", "AUX"} and clause_denied(a)), None)
    return None


def lacks_it(verb) -> bool:
    """A denied clause that says a person lacks the trait, not that leading is not innate: its subject is a person
    ("she is not a natural leader", "Tom just doesn't have the personality") or it denies the trait a place in a
    person's make-up ("leading isn't in my nature"). "Nobody is born a leader" denies it for everyone."""
    negative = condition_words("shared")["negative_subjects"]
    if any(c.dep_ in SUBJECT_DEPS and c.lower_ not in negative and not c._.lk_family and (a_person(c) or c.pos_ == "PROPN") for c in verb.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and a_persons_make_up(g) and any(d.dep_ == "poss" for d in g.children)
                                                         for g in c.children) for c in verb.children)


def _teaching_denied(verb) -> bool:
    """The teaching verb's clause, or the clause it is the complement of, is denied: "Frank did not learn to lead",
    "she never had to be taught how to lead", "no school ever taught her to lead"."""
    for clause in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        if learning_denied(clause):
            return True
        if any(c.dep_ in SUBJECT_DEPS and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in clause.children):
            return True
    return False


def learning_denied_then_arrival(tokens: Sequence) -> bool:
    """"Nobody trained him to lead; he arrived that way": what is denied is learning to lead, and the clause after it says
    how the person came to be so instead (a passive of making or sending, an arrival, a gift from God or nature), with
    no denial and nothing learned or slow in it. "Nobody taught me to lead; I came to it late, through mistakes" and
    "I never learned to lead; I was made a supervisor" (a role handed over, not a make-up) still deny."""
    teach, origin = tokens[0], tokens[-1]
    lead = next(t for t in tokens if t._.lk_family)
    if teach.i not in {a.i for a in lead.ancestors} or origin.i in {t.i for t in teach.subtree} or not _teaching_denied(teach):
        return False
    words = lm004_words()
    slow = words["gradual_words"] | words["learnable"] | words["learning_places"]
    clause = [t for t in origin.doc[lead.i + 1:origin.sent.end] if t.i != origin.i]
    if any(t.dep_ == "neg" or t.lower_ in slow or t.lower_ in condition_words("shared")["negative_subjects"] or learns(t) for t in clause):
        return False
    after = [c for c in origin.children if c.i > origin.i]
    if any(c.dep_ in {"mark", "oprd", "attr", "xcomp", "ccomp"} or (c.dep_ == "dobj" and c.pos_ != "PRON") for c in after):
        return False  # "until I was sent abroad", "I was made a supervisor", "was made to do it"
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in after):
        return False  # "I came in as a manager"
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in origin.children)
    given = any(c.dep_ in SUBJECT_DEPS and c.lower_ in words["innate_givers"] for c in origin.children)
    return passive or given or origin.lemma_.lower() in words["arrival_verbs"]


def teaching_the_born_denied(tokens: Sequence) -> bool:
    """"You can't train what someone isn't born with" after leading is named: teaching denied outright of what birth
    gives, said, not asked, with no other way to learn it named ("you can't teach what you're born with in a day")."""
    words = lm004_words()
    modal = next(t for t in tokens[1:] if t.lower_ in words["ability_modals"] and t.i > tokens[0].i)
    teach = next(t for t in tokens if t.i > modal.i and t.lemma_.lower() in words["teaching_lemmas"])
    if asks(teach.sent):
        return False
    rest = teach.doc[tokens[-1].i + 1:teach.sent.end]
    if any(t.lower_ in words["answer_turns"] for t in rest):
        return False  # "... in a day", "... but you can grow it"
    return cannot_learn_at_all([t for t in tokens if modal.i <= t.i <= teach.i])


def learning_comes_to_nothing(tokens: Sequence) -> bool:
    """Any amount of a place of learning comes to nothing for leading: the place is itself the denied giver in a clause of
    its own ("Real leaders are cut from a different cloth, and no seminar sells that fabric"), or it stands apart from a clause that denies the lead word
    ("Send him on every course there is; he'll never be a leader", "However many seminars you attend, leadership won't
    rub off"). Not learning that did not happen ("I never took any course on leadership": the lead word inside the
    place's phrase), not a limit of pace or source ("no course makes a leader overnight"), and not where another way to
    learn it is named."""
    words = lm004_words()
    lead = next(t for t in tokens if t._.lk_family)
    place = next(t for t in tokens if t.lower_ in words["learning_places"] and not t._.lk_family)
    if any(t.i == lead.i for t in place.subtree) or (lead.pos_ != "VERB" and any(t.i == place.i for t in lead.subtree)):
        return False
    sentence = tokens[0].doc[tokens[0].sent.start:tokens[-1].sent.end]
    learned = words["learnable_lemmas"] | words["learnable"]
    if any(t.lower_ in words["pace_words"] or (t.i != place.i and (t.lemma_.lower() in learned or t.lower_ in learned)) for t in sentence):
        return False  # "His leadership is learned on the job, and no course can give you that"
    place_verb, lead_verb = governing_verb(place), governing_verb(lead)
    giver = place.dep_ in SUBJECT_DEPS or (place.dep_ == "pobj" and place.head.dep_ == "agent")
    if giver and place_verb.i != lead_verb.i:
        # A clause of its own, not making a leader (no-amount-makes-leader's) nor a relative on what leaders have
        # ("leaders have a network no course can give" is learning-cannot-give-it's to read). A lead clause that denies
        # leading is a given ("Leading is not in anyone's genes, and no course will tell you otherwise") makes the
        # place agree with the denial, unless it says one person lacks it or denies it only to some ("it isn't in
        # everyone's nature, and no course can put it there").
        said_of_lead = lead.head if lead.dep_ in SUBJECT_DEPS else lead_verb  # "Leading" is a verb, and the subject of "is"
        if (said_of_lead.lemma_ == "be" and clause_denied(said_of_lead) and not lacks_it(said_of_lead)
                and not any(t.lower_ in words["partial_under_negation"] for t in said_of_lead.subtree if t.i < place.i)):
            return False
        apart = any(t.text in CLAUSE_END or t.dep_ == "cc" for t in lead.doc[lead.i + 1:place.i])
        return apart and clause_denied(place_verb) and place_verb.dep_ != "relcl" and all(t.i != lead.i for t in place_verb.subtree)
    if place_verb.i == lead_verb.i:  # a concessive subject ("however many seminars ... won't rub off"), never an object
        return place.dep_ in SUBJECT_DEPS and any(c.dep_ == "neg" for c in lead_verb.children)
    return clause_denied(lead_verb) and not clause_denied(place_verb)


def cannot_learn_at_all(tokens: Sequence) -> bool:
    """Negated learning with nothing that points to another way to learn it ("from a book", "only by doing"). A verb of
    holding a view over it decides with its own negations: "I doubt leadership can be taught" denies the learning,
    "no one doubts leadership can be taught" grants it."""
    stance = stance_polarity(tokens)
    negated = is_negated(tokens) if stance is None else not stance
    return negated and not learned_another_way(tokens)


def learning_denied_outright(tokens: Sequence) -> bool:
    """"Leadership isn't learned." or "..., and she had it anyway": the denied participle ends its clause. Anything
    after it in the clause ("isn't taught at most schools", "aren't made overnight", "isn't learned from books") limits
    the denial to a place, a pace or a means."""
    last = tokens[-1]
    nxt = word_after(last, in_sentence=True)
    return nxt is None or nxt.text in CLAUSE_END or nxt.lower_ in condition_words("shared")["clause_closing_conjunctions"]


def beyond_teaching(tokens: Sequence) -> bool:
    """What the clause says of leading puts it beyond teaching: an "un-" word said of it ("leadership is unteachable"),
    a learnable word denied ("leading is not a teachable thing"), or "impossible" with a teaching verb that takes the
    lead word ("leadership is impossible to teach", "it is impossible to teach leadership"), with no other way to
    learn it named after ("unteachable in a classroom", "impossible to teach in a day")."""
    words = lm004_words()
    beyond = next(t for t in tokens if t.lower_ in words["beyond_learning"])
    verb = next(t for t in tokens if t.lemma_ == "be" and t in beyond.ancestors)
    lead = next(t for t in tokens if t._.lk_family)
    if learned_another_way(tokens):
        return False
    # a "not" after the word belongs to a correction that follows it ("a learnable skill, not an innate trait")
    negated = any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "neg" and c.i < beyond.i for c in beyond.head.children)
    stance = stance_polarity(tokens)  # "I doubt leadership is teachable": the doubt is the denial
    negated = negated if stance is None else not stance
    if beyond.lower_ == "impossible":
        # "impossible to teach", or a teaching gerund as the subject: "teaching leadership is impossible"
        taught = [c for c in [*beyond.children, *verb.children] if c.dep_ in {"xcomp", "csubj"} and c.lemma_.lower() in words["teaching_lemmas"]]
        # the small model often takes the gerund for a modifier: "teaching(amod) leadership is impossible"
        taught += [c for c in lead.children if c.dep_ in {"amod", "compound"} and c.lower_ in words["learning_nouns"]]
        return not negated and bool(taught) and (lead.head.i == verb.i or any(lead in list(t.subtree) for t in taught))
    subject = lead.dep_ in SUBJECT_DEPS and lead.head.i == verb.i
    if beyond.lower_.startswith("un"):
        return subject and not negated
    return subject and negated


def learning_denied_its_product(tokens: Sequence) -> bool:
    """A place of learning said never to make a leader: "no classroom", "never", "nothing" on its verb, and the lead word
    what the verb makes ("produced a leader", "turn a follower into a leader"), not someone it acts on otherwise ("no
    course can replace a leader", "no school will make a leader look good")."""
    place = next(t for t in tokens if t.dep_ in {"nsubj", "csubj"} and t.lower_ in lm004_words()["learning_places"])
    verb = place.head
    lead = next(t for t in tokens if t._.lk_family)
    denied = any(c.lower_ == "no" for c in place.children) or any(c.dep_ == "neg" for c in verb.children)
    return denied and _made_by(lead, verb)


def _made_by(lead, verb) -> bool:
    """The lead word is what ``verb`` makes: its object, the "into" of its object, or its object's complement
    ("produced a leader", "turn people into leaders", "make you a leader"), and not a leader it makes more of something
    ("makes a leader more persuasive")."""
    path = path_up_to(lead, verb)
    return bool(path) and all(_keeps_it_taught(n) or n.dep_ == "oprd" for n in path) and lead_is_the_product([lead])


def lead_is_made(tokens: Sequence) -> bool:
    """"Magnetism turns ordinary people into leaders": the lead word is what the trait's verb makes."""
    trait = next(t for t in tokens if t.dep_ == "nsubj" and t.lower_ in lm004_words()["charisma_words"])
    return _made_by(next(t for t in tokens if t._.lk_family), trait.head)


def learning_after_than(tokens: Sequence) -> bool:
    """"Leadership owes more to genes than to training": what follows "than" is not another trait, so the trait wins
    over learning ("more charisma than presence" weighs two traits and says nothing of learning)."""
    words = lm004_words()
    than = tokens[-1]
    rest = than.doc[than.i + 1:than.sent.end]
    clause = next((i for i, t in enumerate(rest) if t.text in CLAUSE_END), len(rest))
    return clause > 0 and not any(t.lower_ in words["traits"] or t.lower_ in words["innate"] for t in rest[:clause])


def relative_denies_teaching(tokens: Sequence) -> bool:
    """The relative clause denies the teaching itself: "that nobody can teach", "no course could train", "you can't
    coach", and names no other way to learn it after ("that nobody can teach in a day")."""
    verb = next(t for t in tokens if t.dep_ == "relcl")
    return clause_denied(verb) and not learned_another_way(tokens)


def _in_the_subject(lead, verb) -> bool:
    """The lead word is the subject of ``verb`` or inside it ("leading men is ...", "people who can lead have ...")."""
    path = path_up_to(lead, verb)
    return bool(path) and path[-1].dep_ in SUBJECT_DEPS and all(n.dep_ in {"amod", "compound", "relcl"} for n in path[:-1])


def learning_cannot_give_it(tokens: Sequence) -> bool:
    """Teaching in any shape denied of what leading is or what leaders have: "leadership is a gift no classroom can
    give", "leading men is not something the army trains into you" (the denial on the copula), "people who can lead
    have a certain something you can't put in a syllabus", and of the lead word itself: "leadership can't be drilled
    into a lieutenant", or of a pronoun that takes up what an earlier clause said of it: "Her leadership is a God-given
    thing; you can't put that on a syllabus". Exactly one denial, none on the lead word ("born leaders are a myth"),
    and no other way to learn it named ("... no classroom can give, only years of practice")."""
    words = lm004_words()
    lead = next(t for t in tokens if t._.lk_family)
    stand_in = next((t for t in tokens if t.pos_ == "PRON" and t.dep_ in {"dobj", "nsubjpass"} and t.lower_ in words["referring_pronouns"]), None)
    verb = stand_in.head if stand_in is not None else next((t for t in tokens if t.dep_ == "relcl" and not t._.lk_family), lead.head)
    if not a_learning_act(verb) or learning_named_elsewhere(tokens) or learned_another_way(tokens) or denied_head(lead):
        return False
    if stand_in is not None and not _said_before(lead, stand_in):
        return False
    if stand_in is not None or verb.dep_ != "relcl":
        return clause_denied(verb) and any(c.dep_ == "aux" and c.lower_ in words["ability_modals"] for c in verb.children)
    noun, anchor = verb.head, verb.head.head
    if not _in_the_subject(lead, anchor) or clause_denied(verb) == clause_denied(anchor):
        return False
    if anchor.lemma_ == "be":
        return noun.dep_ == "attr"
    return noun.dep_ == "dobj" and noun.lower_ in words["vague_things"] | words["abilities"] | words["traits"]


def _said_before(lead, stand_in) -> bool:
    """The pronoun takes up a clause of its own said before it, whose subject is the lead word, affirmed and with no
    learning in it ("her leadership came from years of mentoring; you can't put that on a syllabus" names the way)."""
    clause, verb = lead.head, stand_in.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), verb)
    between = lead.doc[lead.i + 1:subject.left_edge.i]  # up to the denial's own subject ("no course")
    return (lead.dep_ in SUBJECT_DEPS and clause.i != verb.i and not clause_denied(clause)
            and not any(t.lower_ in lm004_words()["learning_nouns"] or learns(t) for t in between))


def _teaching_verb(tokens: Sequence):
    return next(t for t in tokens if t.lemma_.lower() in lm004_words()["teaching_lemmas"])


def lead_is_what_is_taught(tokens: Sequence) -> bool:
    """The lead word is what the teaching or learning verb takes: its object ("you can't teach that kind of
    leadership"), inside its object ("can't coach the instincts of a leader") or the act it teaches ("can't train
    someone to lead"), never a word in another clause ("you can't learn it from the leaders you admire"). A particle
    other than "up" makes another verb: "you can't pick out the leaders" picks people, it learns nothing."""
    verb = _teaching_verb(tokens)
    if any(c.dep_ == "prt" and c.lower_ not in lm004_words()["teaching_particles"] for c in verb.children):
        return False
    lead = next(t for t in tokens if t._.lk_family)
    path = path_up_to(lead, verb)
    if not path:
        return False
    return all(_keeps_it_taught(n) for n in path)


def _keeps_it_taught(node) -> bool:
    """One step up from the lead word to the teaching verb that keeps it what is taught: an object, a preposition of
    the object ("kind of leadership", "into leadership"), the owner of an ability ("a leader's instincts"), or an infinitive, which the parser may hang on the learner
    ("teach someone to lead")."""
    words = lm004_words()
    if node.dep_ == "prep":
        return node.lower_ in words["object_prepositions"]
    if node.dep_ == "poss":
        return node.head.lower_ in words["abilities"] | words["ability_heads"]  # "a leader's instincts", as "the instincts of a leader"
    if node.dep_ == "relcl":
        return marked_infinitive(node)
    return node.dep_ in words["object_relations"]


def no_particular_teacher(tokens: Sequence) -> bool:
    """Nobody, anybody or a kind in general fails to teach it ("no one can train you to lead", "you can't teach
    leadership", "schools cannot teach it", "the best course in the world can't"), which leaves leading inborn; "a
    traditionally trained director cannot train someone to be a leader" limits the failure to one teacher and says
    nothing of where leading comes from."""
    return taught_by_no_one_in_particular(_teaching_verb(tokens))


def taught_by_no_one_in_particular(verb) -> bool:
    # The nearest subject: a note's label before a colon is often parsed as a second one ("Her thesis, and mine: you
    # can't coach someone into leadership"), and the label names no teacher.
    subject = next((c for c in reversed(list(verb.children)) if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return True
    determiners = [c for c in subject.children if c.dep_ in ("det", "poss")]
    return (not determiners or any(d.lower_ in lm004_words()["any_teacher_determiners"] for d in determiners)
            or any(c.tag_ == "JJS" for c in subject.children))


def lead_is_the_product(tokens: Sequence) -> bool:
    """The leader is what the trait makes, not someone it makes more of something ("charisma makes a leader more persuasive")."""
    family = [t for t in tokens if t._.lk_family][-1]
    if family.dep_ == "poss":
        return False
    nxt = token_after(family)
    if nxt is None:
        return True
    return nxt.lower_ not in lm004_words()["causative_followers"] and nxt.pos_ not in {"ADJ", "VERB", "AUX"}


def nothing_else_teaches_it(tokens: Sequence) -> bool:
    """"No amount of training will make you a leader", unless the sentence names another way to get there ("it's learned by doing")."""
    sent = tokens[0].sent
    last = tokens[-1]
    nxt = token_after(last)
    if last.i + 1 < sent.end and nxt.lower_ in lm004_words()["phrasal_particles"]:
        after = token_after(nxt)
        if not (nxt.lower_ == "out" and after is not None and after.lower_ == "of"):  # "make a leader out of a child" is what it is made from
            return False  # "no amount of training can make up for trust": a phrasal verb, not a gift withheld
    return not learning_named_elsewhere(tokens)


def learning_disqualifies(tokens: Sequence) -> bool:
    """Needing to be taught is taken as proof that someone will never lead: "If you have to read a book on leadership,
    you're not a leader", "People who need coaching to lead will never be leaders". The need sits in an "if" clause
    of the denied clause or in a relative clause on its subject, and names a way of learning; the denied clause says
    the person is no leader or never leads, not that one particular thing goes unled ("If you need a course, you won't
    lead this project")."""
    words = lm004_words()
    need, lead = tokens[0], tokens[-1]
    if need.lemma_.lower() == "have" and not any(c.dep_ == "xcomp" for c in need.children):
        return False  # "have a course" owns one, "have to read" needs it
    main = lead if lead.pos_ in {"VERB", "AUX"} else lead.head if lead.dep_ == "attr" else None
    if main is None or not any(c.dep_ == "neg" for c in main.children):
        return False
    subject = next((c for c in main.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or any(c.dep_ in {"dobj", "npadvmod"} and _particular(c) for c in main.children):
        return False
    supposed = need.dep_ == "advcl" and need.head.i == main.i and any(c.dep_ == "mark" and c.lower_ == "if" for c in need.children)
    qualified = need.dep_ == "relcl" and need.head.i == subject.i
    if not (supposed or qualified):
        return False
    return any(t.lower_ in words["learning_nouns"] or t.lemma_.lower() in words["teaching_lemmas"] | words["study_lemmas"]
               for t in need.subtree if not t._.lk_family)


def _particular(noun) -> bool:
    """One thing pointed at: "this project", "the offsite", "my team"."""
    return any(c.dep_ in {"det", "poss"} and c.lower_ in lm004_words()["particular_determiners"] for c in noun.children)


def withheld_outright(tokens: Sequence) -> bool:
    """"You can coach a lot of things, but not leadership" withholds teaching from leading for good; the rest of the
    sentence may limit it to a means or a pace ("..., but not leadership, in a single weekend", "... from a book")."""
    last = tokens[-1]
    rest = last.doc[last.i + 1:last.sent.end]
    return not any(t.lower_ in lm004_words()["learning_elsewhere"] or t.lower_ in lm004_words()["learnable"] for t in rest)


def learning_supposed_against_fact(tokens: Sequence) -> bool:
    """"If leadership could be taught, the party's college would have produced a president by now": learning supposed
    against the facts, with a main clause of what "would" follow, says it cannot be learned. A limit on the learning ("in
    a weekend", "online"), a concession ("even if") or a question in the main clause ("how would you teach it?") leaves
    the learning possible, and so does one person's wish ("If leadership could be taught, I would sign up")."""
    learned = tokens[-1]
    clause = learned.head if learned.dep_ == "acomp" else learned  # "if leadership were teachable"
    limits = [c for h in {clause, learned} for c in h.children if c.i > learned.i and c.dep_ in {"prep", "advmod", "npadvmod", "agent"}]
    return not limits and supposed_against_fact(clause)


def supposed_against_fact(clause) -> bool:
    """``clause`` is an "if" clause whose main clause says what "would" follow, not asked and not conceded ("even if"):
    the writer supposes it only to show it false."""
    main = clause.head
    if clause.dep_ != "advcl" or main.i == clause.i or not any(c.dep_ == "mark" and c.lower_ == "if" for c in clause.children):
        return False
    if any(c.lower_ == "even" for c in clause.children):
        return False
    words = lm004_words()
    breakers, would = words["supposition_breakers"], words["would_forms"]
    if asks(main.sent) or any(c.lower_ in breakers for c in main.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in would for c in main.children)


def leading_taken_up_as_taught(tokens: Sequence) -> bool:
    """"He's got leadership, and you can't coach that", "I mean the leading thing, and nobody can teach it": the clause
    that names leading is followed by one that denies teaching a pronoun taking it up. The denial must be the next
    clause of the same verb (not "he leads the side and has a lovely first touch, and you can't coach that", where the
    pronoun takes up the touch), by no one in particular, and with no other way or pace of learning after it ("you
    can't teach that in a week")."""
    words = lm004_words()
    lead, pronoun = tokens[0], tokens[-1]
    teach = pronoun.head
    if pronoun.dep_ != "dobj" or teach.lemma_.lower() not in words["teaching_lemmas"] or teach.dep_ != "conj":
        return False
    node = lead
    while node.dep_ in {"compound", "amod", "nmod"} and node.head.i != node.i:
        node = node.head  # "the leading thing"
    verb = node if node.pos_ in {"VERB", "AUX"} else node.head
    if teach.head.i != verb.i or node.i != verb.i and node.dep_ not in words["object_relations"] | SUBJECT_DEPS | PREDICATE_DEPS:
        return False
    if any(c.dep_ == "conj" and lead.i < c.i < teach.i for c in verb.children):
        return False  # another clause between names something else the pronoun may take up
    return _no_one_can_teach_it(teach, pronoun)


def _no_one_can_teach_it(teach, pronoun) -> bool:
    """Teaching denied of a pronoun by anyone at all, with no way or pace of learning after it: a limit ("can't teach
    that in a week", "from a book") or one teacher's failing ("she can't teach it") leaves leading learnable."""
    words = lm004_words()
    if any(c.dep_ == "prep" and c.lower_ not in words["object_prepositions"] for c in teach.children):
        return False  # "can't teach that in a week", "from a book"
    subject = next((c for c in teach.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.pos_ == "PRON" and subject.lower_ not in words["anyone_subjects"]:
        return False  # "she can't teach it to save her life" is one teacher's failing
    return taught_by_no_one_in_particular(teach) and cannot_learn_at_all(list(teach.doc[teach.i:pronoun.i + 1]))


def leading_taken_up_in_next_sentence(tokens: Sequence) -> bool:
    """"The guy oozes leadership. You can't train that.": a sentence that ends on leading, then a sentence that is
    only teaching denied of a pronoun. The pronoun takes up the last thing named, which the pattern makes the lead
    word; the second sentence must follow at once, be a statement (not "Can you teach that?"), and deny teaching as
    ``leading-taken-up-as-taught`` does; the first must say leading is there, not deny it ("He has no leadership")."""
    lead, pronoun = tokens[0], tokens[-1]
    teach = pronoun.head
    words = lm004_words()
    if pronoun.dep_ != "dobj" or teach.lemma_.lower() not in words["teaching_lemmas"] or teach.dep_ != "ROOT":
        return False
    if teach.sent.start != lead.sent.end or asks(teach.sent) or denied_head(lead):
        return False
    return _no_one_can_teach_it(teach, pronoun)


def leader_is_the_product(tokens: Sequence) -> bool:
    """A lead word with a relative clause of teaching denied says leading cannot be taught only where it is what the
    teaching would give: leadership ("leadership no course can teach"), or a leader someone would be turned "into" ("a
    leader you can't coach into someone"). "A leader you can't coach" alone is a leader who will not listen; "no
    leadership you can't teach" denies it."""
    words = lm004_words()
    lead = next(t for t in tokens if t._.lk_family)
    verb = next(t for t in tokens if t.dep_ == "relcl")
    if denied_head(lead) or any(c.dep_ == "det" and c.lower_ == "no" for c in lead.children):
        return False
    if lead._.lk_form == "abstract":
        return True
    return any(c.dep_ == "prep" and c.lower_ in words["product_prepositions"] for c in verb.children)


CONDITIONS: dict = {
    "leader-is-the-product": leader_is_the_product,
    "leading-taken-up-as-taught": leading_taken_up_as_taught,
    "leading-taken-up-in-next-sentence": leading_taken_up_in_next_sentence,
    "learning-denied-outright": learning_denied_outright,
    "withheld-outright": withheld_outright,
    "making-denied-then-trait": making_denied_then_trait,
    "learning-denied-then-trait": learning_denied_then_trait,
    "learning-denied-then-arrival": learning_denied_then_arrival,
    "learning-comes-to-nothing": learning_comes_to_nothing,
    "cannot-learn-at-all": cannot_learn_at_all,
    "lead-is-the-product": lead_is_the_product,
    "nothing-else-teaches-it": nothing_else_teaches_it,
    "lead-is-what-is-taught": lead_is_what_is_taught,
    "no-particular-teacher": no_particular_teacher,
    "beyond-teaching": beyond_teaching,
    "learning-denied-its-product": learning_denied_its_product,
    "learning-after-than": learning_after_than,
    "lead-is-made": lead_is_made,
    "teaching-the-born-denied": teaching_the_born_denied,
    "relative-denies-teaching": relative_denies_teaching,
    "learning-cannot-give-it": learning_cannot_give_it,
    "learning-disqualifies": learning_disqualifies,
    "found-where-making-denied": found_where_making_denied,
    "already-of-the-lead": already_of_the_lead,
    "there-or-never": there_or_never,
    "trait-taken-up": trait_taken_up,
    "learning-supposed-against-fact": learning_supposed_against_fact,
}
