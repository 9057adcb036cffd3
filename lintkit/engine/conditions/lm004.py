"""LM004 (charisma): conditions only the innate-leadership rule needs; their words are in ``[conditions.LM004]``."""
from __future__ import annotations

from typing import Sequence

from lintkit.engine.conditions.shared import SUBJECT_DEPS, asks, first_conjunct, first_is_subject, is_negated, not_question, path_up_to, sentence_tokens_before, token_after
from lintkit.engine.conditions.words import condition_words, pattern_lists

PREDICATE_DEPS = frozenset({"attr", "acomp", "oprd"})

# What a passive making verb says of the person it makes: its purpose, stuff, manner, agent and circumstances (not a
# clause beside it, such as a denied learning before "he was simply made of the stuff").
MAKING_COMPLEMENTS = frozenset({"prep", "agent", "xcomp", "advmod", "npadvmod", "oprd", "dobj"})

CLAUSE_END = frozenset({",", ";", ":", "—", "–", "(", ")", ".", "!", "?"})


def _words():
    return condition_words("LM004")


def _predicate_denies(verb) -> bool:
    words = _words()
    if verb.lower_ in words["denial_words"] or verb.lemma_.lower() in words["denial_words"]:
        return True

    def denies(c) -> bool:
        if c.lower_ in words["matter_nouns"] and any(g.lower_ == "of" for g in c.children):
            return False  # "a question of temperament" says what leading comes down to
        return c.lower_ in words["denial_words"] or c.lemma_.lower() in words["denial_words"]

    return any(c.dep_ in PREDICATE_DEPS and denies(c) for c in verb.children)


def _denied_head(token) -> bool:
    """The noun phrase holding ``token`` is the subject of a denial ("born leaders are a myth") or the object of one.

    Only the phrase's own clause counts: a frame around a whole claim ("the myth that ...",
    "I used to think ...") is the context layer's to mark as attributed.
    """
    node = token
    while node.dep_ in {"compound", "amod", "nmod"} and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head  # "the notion of the born leader has been debunked"
    if node.dep_ in SUBJECT_DEPS and _predicate_denies(node.head):
        return True  # "born leaders are a myth", "the natural-born leader is a comforting fiction"
    return node.dep_ == "dobj" and node.head.lemma_.lower() in _words()["denial_words"]  # "research has debunked the born leader"


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
    regret = next((a for a in tokens[0].ancestors if a.lemma_.lower() in _words()["regret_words"] or a.lower_ in _words()["regret_words"]), None)
    if regret is None or regret.i > tokens[0].i:
        return False
    return not any(t.dep_ == "neg" or t.lower_ in condition_words("shared")["negative_subjects"] for t in tokens[0].doc[regret.i + 1:tokens[-1].i + 1])


def _not_all(token) -> bool:
    """"Not everyone", "not all of us": a negated universal subject, which leaves the gift to the few."""
    return token.lower_ in _words()["universal_subjects"] and any(c.dep_ == "neg" for c in token.children)


def _of_a_named_few(token) -> bool:
    """"Each of whom", "every one of them", "all of these": a universal word taken over a group named before it (the
    new prefects, my five captains), which are some people, not everyone; "each of us" may still be all of us."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in _words()["named_group_pronouns"] for g in c.children)
               for c in token.children)


def _only_not_all(tokens) -> bool:
    """"Not everyone is born to lead", "Not everyone has the leadership gene": the one negation in the clause takes
    "everyone" down to some, which claims the gift for the few rather than denying it."""
    doc = tokens[0].doc
    clause = doc[tokens[0].sent.start:tokens[-1].i + 1]
    negations = [t for t in clause if t.dep_ == "neg" or t.lower_ in condition_words("shared")["negative_subjects"]]
    return bool(negations) and all(t.dep_ == "neg" and _not_all(t.head) for t in negations)


def _learns(token) -> bool:
    words = _words()
    return token.lemma_.lower() in words["learning_lemmas"] or token.lower_ in words["learning_lemmas"] | words["learned"]


def learning_denied_then_trait(tokens: Sequence) -> bool:
    """"Leaders aren't trained. They're hatched", "leadership isn't taught at school; it comes from temperament": every
    negation before the trait word denies learning, in a clause of its own, and the trait's clause affirms the trait
    with no learning in it. Denied learning is the first half of the innate claim, not a denial of it ("leadership
    isn't taught; it's learned at work" and "leaders aren't trained in a week; their instincts are built over years"
    still deny)."""
    cue, doc = tokens[-1], tokens[0].doc
    if cue._.lk_family or _learns(cue):
        return False
    negations = [t for t in doc[tokens[0].i:cue.i] if t.dep_ == "neg" or t.lower_ in condition_words("shared")["negative_subjects"]]
    verb = _governing_verb(cue)
    heads = [t.head.head if t.head.dep_ in {"aux", "auxpass"} else t.head for t in negations]
    denied = [_governing_verb(h) for h in heads]
    # A negation on a noun ("a skill you build, not a trait you're born with") denies that noun, not the verb's
    # learning; a trait inside what is denied ("isn't a skill you're born with") is no clause of its own.
    def denies_learning(head, verb) -> bool:
        return _learns(verb) or (head.i == verb.i and _names_learning(verb) and cue.i not in {t.i for t in verb.subtree})

    if not denied or any(not denies_learning(h, v) or v.i == verb.i for h, v in zip(heads, denied)):
        return False
    clause = [t for t in doc[max(d.i for d in denied) + 1:cue.sent.end] if _governing_verb(t).i == verb.i]
    return not any(t.dep_ == "neg" or (_learns(t) and not _makes_it_there(t, cue)) for t in clause)


def _names_learning(verb) -> bool:
    """The verb's clause is about learning: a verb of learning or teaching, a learning act ("no classroom can give"), a
    place of learning or a skill as what it reads or is ("didn't read a single book about it", "leadership isn't a
    course", "isn't a skill"), or something said to be learned ("that's not something they learned")."""
    words = _words()
    if _learns(verb) or _a_learning_act(verb):
        return True
    if any(c.dep_ == "attr" and any(g.dep_ == "relcl" and _learns(g) for g in c.children) for c in verb.children):
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
    if make.pos_ not in {"VERB", "AUX"} or not _clause_denied(make) or _learns(cue):
        return False
    subjects = [t.i for c in make.children if c.dep_ in SUBJECT_DEPS for t in c.subtree]
    if lead.i not in {t.i for t in make.subtree} or lead.i in subjects or cue.i in {t.i for t in make.subtree}:
        return False
    if _learning_named(make.doc[make.sent.start:cue.sent.end]):
        return False
    verb = _governing_verb(cue)
    negative = condition_words("shared")["negative_subjects"] | pattern_lists()["negations"]
    between = make.doc[lead.i + 1:cue.i]
    if _clause_denied(verb) or any(t.lower_ in negative for t in between if _governing_verb(t).i == verb.i):
        return False
    return any(_takes_up_the_making(c, cue) for c in verb.children if c.dep_ in SUBJECT_DEPS)


def _learning_named(tokens) -> bool:
    """Learning, practice or time named anywhere in these words ("practice in your bones does", "not overnight"): the
    claim then leaves room for learning, and is no innate view."""
    words = _words()
    learned = words["learnable_lemmas"] | words["learnable"] | words["gradual_words"] | words["pace_words"]
    return any(t.lower_ in learned or (t.lemma_.lower() in learned and t.pos_ == "VERB") for t in tokens)


def _takes_up_the_making(subject, cue) -> bool:
    """The trait's clause is about where leaders come from: its subject is the trait that does the making ("the blood
    does"), a word that takes up what was denied ("it's in you from the cradle", "that part was settled in the womb") or
    the leaders ("they come hard-wired"); not a clause about something else ("being born rich makes you rich")."""
    takers = _words()["referring_pronouns"] | _words()["vague_things"] | {"they"}
    return subject.i == cue.i or subject.lower_ in takers or any(d.dep_ == "det" and d.lower_ in takers for d in subject.children)


def _said_of_the_lead(lead, verb) -> bool:
    """The verb is said of the lead word: the word, or a pronoun that takes it up, is the verb's subject or object
    ("leaders aren't built", "they're mined", "I've only found them"), the verb qualifies it ("the leaders you can't
    make"), or the verb shares the subject of one said of it ("leaders reveal themselves and can't be developed")."""
    takers = _words()["referring_pronouns"] | _words()["taking_up_pronouns"]
    head = first_conjunct(lead)  # "they don't create captains or leaders"
    if any(c.dep_ in SUBJECT_DEPS | {"dobj"} and (c.i == head.i or c.lower_ in takers) for c in verb.children):
        return True
    if verb.dep_ == "relcl" and verb.head.i == head.i:
        return True
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    return verb.dep_ == "conj" and not own_subject and verb.head.i != verb.i and _said_of_the_lead(lead, verb.head)


def _makes(token) -> bool:
    words = _words()
    return token.pos_ in {"VERB", "AUX"} and (_learns(token) or token.lemma_.lower() in words["forming_lemmas"] | words["teaching_lemmas"] | words["bestow_verbs"])


def found_where_making_denied(tokens: Sequence) -> bool:
    """"Leaders aren't built in our programmes; they're mined", "leaders emerge, they aren't made", "find the leaders you
    can't make": leaders are come upon, and their making is denied, so they were there before anyone looked. The finding
    is affirmed and its clause names no learning ("they emerge through practice" is how leaders are made); the making
    is denied with no limit of pace or means ("leaders we couldn't develop fast enough")."""
    lead = next(t for t in tokens if t._.lk_family)
    find = next((t for t in tokens if t.pos_ == "VERB" and t.lemma_.lower() in _words()["finding_lemmas"]), None)
    if find is None or _clause_denied(find) or not _said_of_the_lead(lead, find):
        return False
    sent = find.sent

    def clause(verb):  # the verb's own sentence: the making may be denied in the sentence before the finding
        return [t for t in verb.sent if t.i != verb.i and _governing_verb(t).i == verb.i]

    # what is found may carry the learning ("you can only find one who is willing to learn")
    found = [t for c in find.children if c.dep_ == "dobj" for t in c.subtree]
    if any(_learns(t) or t.lower_ in _words()["learnable"] for t in clause(find) + found):
        return False
    doc = tokens[0].doc
    words = doc[tokens[0].sent.start:max(sent.end, tokens[-1].sent.end)]
    return any(_makes(m) and m.i != find.i and _clause_denied(m) and _said_of_the_lead(lead, m) and not _learning_named(clause(m))
               for m in words)


def already_of_the_lead(tokens: Sequence) -> bool:
    """"The leaders, already formed, are what stays in the sieve", "the leader already inside the kid": "already" hangs in
    what is said of the lead word (the word itself, or its verb), so the leader was complete before anyone could shape
    it; a sentence that names how it got so ("already formed by ten years of coaching") leaves room for learning, and a
    completion that takes an object is something the leaders did ("had already finished the budget")."""
    lead = next(t for t in tokens if t._.lk_family)
    already = next(t for t in tokens if t.lower_ in _words()["already_words"])
    if any(c.dep_ == "dobj" for c in tokens[-1].children):
        return False
    anchors = {lead.i, _governing_verb(lead).i}
    node = already
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i in anchors:
            return not _learning_named(lead.doc[lead.i:lead.sent.end])
    return False


def there_or_never(tokens: Sequence) -> bool:
    """"Leaders aren't developed in a classroom; either the quality is there or it isn't", "Leadership either shows up by
    year three or it was never there": leading, or a quality that stands for it, is present in a person or absent for
    good, the first clause affirmed and the one after "or" denied, so nothing learned could put it there. "There" must be
    all either clause says ("there to be learned", "or it isn't leadership at all" say more)."""
    words = _words()
    lead = next(t for t in tokens if t._.lk_family)
    alt = next((t for t in tokens if t.lower_ == "or" and t.dep_ == "cc"), None)
    if alt is None or alt.head.pos_ not in {"VERB", "AUX"}:
        return False
    first = alt.head
    second = next((c for c in first.children if c.dep_ == "conj" and c.i > alt.i), None)
    presence = words["presence_lemmas"]
    if second is None or first.lemma_.lower() not in presence or second.lemma_.lower() not in presence:
        return False
    if _clause_denied(first) or not _clause_denied(second):
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
    learning in the second ("and grace is given through years of practice")."""
    lead = next(t for t in tokens if t._.lk_family)
    source = tokens[-1]
    first = lead.head
    if lead.dep_ not in SUBJECT_DEPS or _clause_denied(first):
        return False
    named = [c for c in first.children if c.dep_ in PREDICATE_DEPS]
    named += [g for c in first.children if c.dep_ in {"agent", "prep"} for g in c.children if g.dep_ == "pobj"]
    second = _governing_verb(source)
    if second.dep_ != "conj" or second.head.i != first.i or _clause_denied(second):
        return False
    subject = next((c for c in second.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or not any(n.lower_ == subject.lower_ and n.pos_ != "PROPN" for n in named):
        return False  # "Our leader is Maria, and Maria was born in Porto" names a person
    if any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in second.children):
        return False  # "service is given freely to the person in front of you" is handed to someone
    clause = [t for t in tokens[0].sent if _governing_verb(t).i == second.i and t.i != second.i]
    return not _learning_named(clause)


def answered_with_a_trait(tokens: Sequence) -> bool:
    """The lead word's phrase is all that is asked ("Her leadership?", "the good leaders?" after a semicolon), and what
    answers it is the trait itself or a clause of "be" naming it, with no denial, no turn and no learning in the answer
    ("Leadership? Charisma helps, but practice matters more", "Leadership? Not genetics, just reps" pass)."""
    lead, cue, words = tokens[0], tokens[-1], _words()
    doc = lead.doc
    mark = next(t for t in tokens if t.text == "?")
    start = max((t.i + 1 for t in doc[lead.sent.start:lead.i] if t.text in CLAUSE_END), default=lead.sent.start)
    phrase = {t.i for t in lead.head.subtree} if lead.head.i < mark.i and lead.dep_ == "compound" else {t.i for t in lead.subtree}
    if any(t.i not in phrase and not t.is_punct for t in doc[start:mark.i]):
        return False
    if any(c.lower_ == "of" for c in cue.children):
        return False  # "Leadership? The nature of authority" names a topic
    answer = doc[mark.i + 1:cue.sent.end]
    negative = condition_words("shared")["negative_subjects"] | pattern_lists()["negations"]
    learned = words["learnable_lemmas"] | words["learnable"] | words["learning_places"] | words["learning_nouns"]
    if any(t.lower_ in negative or t.lower_ in words["take_backs"] or t.lower_ in learned or _learns(t) for t in answer):
        return False
    return all(t.lemma_.lower() == "be" for t in answer if t.pos_ in {"VERB", "AUX"})


def _answered_yes(sent) -> bool:
    """The next sentence answers a yes-no question and agrees ("The science says yes", "Honestly, yes."), with nothing
    that denies or takes back ("No.", "Yes, but it can be learned", "Yes and no"). A question between alternatives
    ("born or made?") is not answered by a yes."""
    doc = sent.doc
    if sent.end >= len(doc) or any(t.dep_ == "cc" and t.lower_ == "or" for t in sent):
        return False
    answer = [t for t in doc[sent.end].sent if not t.is_space]
    agree = next((n for n, t in enumerate(answer[:6]) if t.lower_ in _words()["agreeing_answers"]), None)
    if agree is None or any(t.lower_ in _words()["take_backs"] for t in answer):
        return False

    def denies(n: int, t) -> bool:  # "No.", "not really, yes", "yes and no"; not "Yes, and no course changes that"
        bare = n + 1 == len(answer) or answer[n + 1].is_punct
        return t.lower_ in pattern_lists()["negations"] and (n < agree or bare)

    return not any(denies(n, t) for n, t in enumerate(answer))


def temperament_sets_the_bar(tokens: Sequence) -> bool:
    """The temperament is the subject of the clause that shuts it out of leading ("Introverts will never be leaders",
    "quiet types are not leadership material") or what an "if" clause makes the reader ("if you're not an extravert,
    you're not leadership material"), and the sentence does not go on to learning or take it back ("they become
    leaders through practice", "but many do"). Where the sentence goes on to name the trait ("Quiet people can't lead;
    leading takes a big personality you're born with"), that is where the claim is read, once."""
    kind, words = tokens[0], _words()
    node = kind.head if kind.dep_ in {"amod", "compound"} else kind
    if node.i != kind.i and node.lower_ not in words["temperament_heads"]:
        return False  # "quiet weeks", "shy smile": a temperament of people only
    supposed = node.dep_ in PREDICATE_DEPS and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in node.head.children)
    if node.dep_ not in SUBJECT_DEPS and not supposed:
        return False
    rest = kind.doc[tokens[-1].i + 1:tokens[-1].sent.end]
    return not any(_learns(t) or t.lower_ in words["take_backs"] or t.lower_ in words["innate_cues"] for t in rest)


def _tag_question(tokens) -> bool:
    """"Leadership is basically charisma, right?", "leaders are born, don't you think?": a claim with a tag after its
    last comma that asks the reader to agree, which leaves the claim standing. A bare "is it?" doubts rather than agrees."""
    words = _words()
    sent = [t for t in tokens[0].sent if not t.is_space]
    comma = max((n for n, t in enumerate(sent) if t.text == ","), default=None)
    if comma is None or sent[comma].i < tokens[-1].i or sent[-1].text != "?":
        return False
    after = tokens[0].doc[sent[-1].i + 1:]
    reply = next((t for t in after if not (t.is_space or t.is_punct)), None)
    if reply is not None and reply.lower_ in words["rejecting_replies"] | pattern_lists()["negations"]:
        return False  # "Leaders are born, right? Wrong."
    tag = sent[comma + 1:-1]
    agreeing = any(t.lower_ in words["tag_heads"] or t.lower_ in pattern_lists()["negations"] for t in tag)
    return 0 < len(tag) <= 4 and agreeing and all(t.lower_ in words["tag_heads"] | words["tag_words"] for t in tag)


def claim_or_answered_yes(tokens: Sequence) -> bool:
    """A claim, or a question the writer answers yes: "Are great leaders born with it? The science says yes" claims
    what it asked; "Are leaders born? Science says no" and a question left open do not. A claim with a tag question
    after it is still a claim ("leadership is basically charisma, right?")."""
    return not_question(tokens) or _answered_yes(tokens[0].sent) or _tag_question(tokens)


def _birth_withheld_beyond_remedy(tokens) -> bool:
    """"You can't put leadership into a boy who wasn't born with it", "you can't teach leadership to someone who wasn't
    born with it": leading denied to a person only where birth withheld it, so birth is its source. The sentence's
    denials are exactly two: the one on the verb that would hand the lead word over, and the one on the birth in the
    relative clause on the person it would be handed to, with no learning named in the sentence."""
    lead = next((t for t in tokens if t._.lk_family), None)
    birth = next((t for t in tokens if t.lemma_.lower() in _words()["endowed"] | {"bear"} and t.dep_ == "relcl"), None)
    if lead is None or birth is None or lead.dep_ != "dobj":
        return False
    remedy, person = lead.head, birth.head
    if not (person.dep_ == "pobj" and person.head.head.i == remedy.i and person.head.lower_ in {"into", "to", "in", "on"}):
        return False
    if not _a_person(person):
        return False
    if any(_learns(t) and t.pos_ == "VERB" and t.dep_ not in {"pobj", "pcomp"} and t.i != remedy.i for t in tokens[0].sent):
        return False  # "..., but you can teach him": learning named as working ("years of coaching" only dates the view)
    shared = condition_words("shared")
    denials = [t for t in remedy.subtree if t.dep_ == "neg" or t.lower_ in shared["negative_subjects"] or (t.dep_ == "det" and t.lower_ == "no")]
    return {_governing_verb(t.head).i for t in denials} == {remedy.i, birth.i} and _clause_denied(remedy) and _clause_denied(birth)


def not_denied(tokens: Sequence) -> bool:
    """Not negated, and not named only to be rejected ("born leaders are a myth", "the myth of the born leader")."""
    if (is_negated(tokens) and not _double_negative(tokens) and not _refused_regret(tokens) and not _only_not_all(tokens)
            and not learning_denied_then_trait(tokens) and not _lack_beyond_remedy(tokens) and not _birth_withheld_beyond_remedy(tokens)):
        return False
    return not any(_denied_head(t) for t in tokens if t._.lk_family)


def _remedy_denial(place):
    """The clause that says a place of learning does nothing, or None: "no certificate will put it there", "I don't
    think any programme changes that" (the denial on the verb above), "however many courses you send him on"."""
    verb = _governing_verb(place)
    dets = {c.lower_ for c in place.children if c.dep_ in {"det", "amod", "advmod"}} | {d.lower_ for c in place.children for d in c.children}
    if "no" in dets or "however" in dets or "every" in dets:
        return verb
    if "any" in dets:
        return next((a for a in (verb, *verb.ancestors) if a.pos_ in {"VERB", "AUX"} and _clause_denied(a)), None)
    return None


def _lacks_it(verb) -> bool:
    """A denied clause that says a person lacks the trait, not that leading is not innate: its subject is a person
    ("she is not a natural leader", "Tom just doesn't have the personality") or it denies the trait a place in a
    person's make-up ("leading isn't in my nature"). "Nobody is born a leader" denies it for everyone."""
    negative = condition_words("shared")["negative_subjects"]
    if any(c.dep_ in SUBJECT_DEPS and c.lower_ not in negative and not c._.lk_family and (_a_person(c) or c.pos_ == "PROPN") for c in verb.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and _a_persons_make_up(g) and any(d.dep_ == "poss" for d in g.children)
                                                         for g in c.children) for c in verb.children)


def _lack_beyond_remedy(tokens: Sequence) -> bool:
    """"She is not a natural leader and I don't think any programme changes that", "leading isn't in my nature and no
    certificate will put it there": the denial says a person lacks the trait and the same sentence denies that learning
    could supply it, so the trait is held to be fixed. Learning named as working anywhere in the sentence ("... so I
    practise every day", "not overnight") keeps it a denial."""
    words = _words()
    sentence = tokens[0].doc[tokens[0].sent.start:tokens[-1].sent.end]
    places = [t for t in sentence if t.lower_ in words["learning_places"] | words["learning_nouns"] and not t._.lk_family]
    remedies = [v for v in map(_remedy_denial, places) if v is not None]
    if not remedies or any(_denied_head(t) for t in tokens if t._.lk_family):
        return False
    if _learning_named(sentence):
        return False
    negative = condition_words("shared")["negative_subjects"]
    denials = [t for t in sentence if (t.dep_ == "neg" or t.lower_ in negative) and all(t.head.i != v.i for v in remedies)]
    return bool(denials) and all(_lacks_it(_governing_verb(t.head)) for t in denials)


def _learning_denied(cue) -> bool:
    """The learning word's own clause is denied: "leadership isn't taught", "nobody teaches you to lead", "isn't
    something we develop" (the denial on the copula the relative clause hangs from)."""
    verb = _governing_verb(cue)
    clauses = [verb, verb.head.head] if verb.dep_ == "relcl" else [verb]
    negative = condition_words("shared")["negative_subjects"]
    return any(c.dep_ == "neg" or (c.dep_ in SUBJECT_DEPS and c.lower_ in negative) for v in clauses for c in v.children)


def _teaching_denied(verb) -> bool:
    """The teaching verb's clause, or the clause it is the complement of, is denied: "Frank did not learn to lead",
    "she never had to be taught how to lead", "no school ever taught her to lead"."""
    for clause in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        if _learning_denied(clause):
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
    words = _words()
    slow = words["gradual_words"] | words["learnable"] | words["learning_places"]
    clause = [t for t in origin.doc[lead.i + 1:origin.sent.end] if t.i != origin.i]
    if any(t.dep_ == "neg" or t.lower_ in slow or t.lower_ in condition_words("shared")["negative_subjects"] or _learns(t) for t in clause):
        return False
    after = [c for c in origin.children if c.i > origin.i]
    if any(c.dep_ in {"mark", "oprd", "attr", "xcomp", "ccomp"} or (c.dep_ == "dobj" and c.pos_ != "PRON") for c in after):
        return False  # "until I was sent abroad", "I was made a supervisor", "was made to do it"
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in after):
        return False  # "I came in as a manager"
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in origin.children)
    given = any(c.dep_ in SUBJECT_DEPS and c.lower_ in words["innate_givers"] for c in origin.children)
    return passive or given or origin.lemma_.lower() in words["arrival_verbs"]


# Denials written as one word, as the tokenizer keeps them inside a hyphenated compound ("you-have-it-or-you-don't").
_ONE_TOKEN_DENIALS = {"never", "dont", "doesnt", "didnt", "dnt", "don't", "doesn't", "didn't", "don’t", "doesn’t", "didn’t"}


def _kind_of(noun):
    """The noun a "one of those things" phrase hangs from ("leadership is one of those things you have or you don't"):
    what is said of the lead word is the "one", not the things it is one of."""
    node = noun
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i != node.head.i:
        node = node.head.head
    return node


def has_it_or_not(tokens: Sequence) -> bool:
    """What is had or not is the vague thing that stands for leading ("she has it or she doesn't", "that dog in him"), a
    trait, or the lead word the clause hangs from ("the leading part you either brought with you"), not a thing of its
    own ("leaders either have a plan or they don't"), and the second half denies the same having. Learning affirmed
    anywhere near ("leading takes practice; either you get it with reps or you don't") makes it a skill, not a gift."""
    words = _words()
    lead = tokens[0]
    if any((_learns(t) or t.lower_ in words["learnable"]) and not _learning_denied(t) for t in tokens[0].doc[lead.sent.start:tokens[-1].sent.end]):
        return False
    have = next(t for t in tokens[1:] if t.lemma_.lower() in words["having_lemmas"] and t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass"})
    if not any(t.lower_ in words["lacking_words"] and (t.dep_ == "neg" or t.lower_ in _ONE_TOKEN_DENIALS
                                                       or t.lemma_.lower() in {"do", "will", "have"}) for t in tokens if t.i > have.i):
        return False
    objects = [c for c in have.children if c.dep_ in {"dobj", "attr"}]
    if not objects:  # "the leading part you either brought with you", "leadership is something you have or you don't"
        return have.dep_ == "relcl" and any(t.i == lead.i for t in (have.head, *have.head.children, *_kind_of(have.head).head.children))
    held = objects[0]
    if held._.lk_family:
        return False
    in_person = any(c.lower_ == "in" and any(g.pos_ == "PRON" for g in c.children) for c in held.children)
    return held.lower_ in words["vague_things"] or held.lower_ in words["traits"] or in_person


def teaching_the_born_denied(tokens: Sequence) -> bool:
    """"You can't train what someone isn't born with" after leading is named: teaching denied outright of what birth
    gives, said, not asked, with no other way to learn it named ("you can't teach what you're born with in a day")."""
    words = _words()
    modal = next(t for t in tokens[1:] if t.lower_ in words["ability_modals"] and t.i > tokens[0].i)
    teach = next(t for t in tokens if t.i > modal.i and t.lemma_.lower() in words["teaching_lemmas"])
    if asks(teach.sent):
        return False
    rest = teach.doc[tokens[-1].i + 1:teach.sent.end]
    if any(t.lower_ in words["answer_turns"] for t in rest):
        return False  # "... in a day", "... but you can grow it"
    return cannot_learn_at_all([t for t in tokens if modal.i <= t.i <= teach.i])


def its_as_it_is(tokens: Sequence) -> bool:
    """Chat spells "it's" as "its" ("u cant teach leadership, its in ur dna"); a possessive "its" before a noun
    ("Leadership? Its nature changed after the merger") is not that."""
    its = next((t for t in tokens[1:] if t.lower_ == "its"), None)
    if its is None:
        return True
    nxt = token_after(its)
    return its.dep_ != "poss" and (nxt is None or nxt.pos_ not in {"NOUN", "PROPN"})


def trait_is_the_subject(tokens: Sequence) -> bool:
    """The trait, or "it"/"that" taking it up, is what is said to set leaders apart: "Charisma is the only thing that
    separates leaders", "The 'it factor' is real, and it's the one thing ..."; not a trait left behind by another
    subject ("Charisma aside, practice is the only thing that makes a leader"). "Factor" counts only as the X or it factor."""
    words = _words()
    trait = tokens[0]
    if trait.lower_ == "factor":
        before = [t for t in trait.doc[max(0, trait.i - 3):trait.i] if t.lower_ not in {"'", "’", '"', "-", "the"}]
        if not before or before[-1].lower_ not in {"x", "it"}:
            return False
    verb = next(t for t in tokens[1:] if t.lemma_ == "be")
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return any(c.i == trait.i or (c.lower_ in words["trait_pronouns"] and c.i > trait.i) for c in subjects) or (
        bool(subjects) and subjects[0].dep_ == "nsubj" and trait in list(subjects[0].subtree))


def born_with_it_or_not(tokens: Sequence) -> bool:
    """"Either you're born with it or you're not": what one is born with is the vague thing standing for leading or a
    trait (not "born with a plan"), and learning affirmed near it ("born with it or you practise") makes it a skill."""
    words = _words()
    lead = tokens[0]
    if any((_learns(t) or t.lower_ in words["learnable"]) and not _learning_denied(t) for t in lead.doc[lead.sent.start:tokens[-1].sent.end]):
        return False
    born = next(t for t in tokens[1:] if t.lower_ in words["born_or_wired"])
    if asks(born.sent):
        return False  # "Are you born with it or not?" asks; "Leadership? Either you're born with it or you're not." says
    held = [g for c in born.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    return not held or held[0].lower_ in words["vague_things"] or held[0].lower_ in words["traits"]


def learning_comes_to_nothing(tokens: Sequence) -> bool:
    """Any amount of a place of learning comes to nothing for leading: the place is itself the denied giver in a clause of
    its own ("Real leaders are cut from a different cloth, and no seminar sells that fabric"), or it stands apart from a clause that denies the lead word
    ("Send him on every course there is; he'll never be a leader", "However many seminars you attend, leadership won't
    rub off"). Not learning that did not happen ("I never took any course on leadership": the lead word inside the
    place's phrase), not a limit of pace or source ("no course makes a leader overnight"), and not where another way to
    learn it is named."""
    words = _words()
    lead = next(t for t in tokens if t._.lk_family)
    place = next(t for t in tokens if t.lower_ in words["learning_places"] and not t._.lk_family)
    if any(t.i == lead.i for t in place.subtree) or (lead.pos_ != "VERB" and any(t.i == place.i for t in lead.subtree)):
        return False
    sentence = tokens[0].doc[tokens[0].sent.start:tokens[-1].sent.end]
    learned = words["learnable_lemmas"] | words["learnable"]
    if any(t.lower_ in words["pace_words"] or (t.i != place.i and (t.lemma_.lower() in learned or t.lower_ in learned)) for t in sentence):
        return False  # "His leadership is learned on the job, and no course can give you that"
    place_verb, lead_verb = _governing_verb(place), _governing_verb(lead)
    giver = place.dep_ in SUBJECT_DEPS or (place.dep_ == "pobj" and place.head.dep_ == "agent")
    if giver and place_verb.i != lead_verb.i:
        # A clause of its own, not making a leader (no-amount-makes-leader's) nor a relative on what leaders have
        # ("leaders have a network no course can give" is learning-cannot-give-it's to read). A lead clause that denies
        # leading is a given ("Leading is not in anyone's genes, and no course will tell you otherwise") makes the
        # place agree with the denial, unless it says one person lacks it or denies it only to some ("it isn't in
        # everyone's nature, and no course can put it there").
        said_of_lead = lead.head if lead.dep_ in SUBJECT_DEPS else lead_verb  # "Leading" is a verb, and the subject of "is"
        if (said_of_lead.lemma_ == "be" and _clause_denied(said_of_lead) and not _lacks_it(said_of_lead)
                and not any(t.lower_ in words["partial_under_negation"] for t in said_of_lead.subtree if t.i < place.i)):
            return False
        apart = any(t.text in CLAUSE_END or t.dep_ == "cc" for t in lead.doc[lead.i + 1:place.i])
        return apart and _clause_denied(place_verb) and place_verb.dep_ != "relcl" and all(t.i != lead.i for t in place_verb.subtree)
    if place_verb.i == lead_verb.i:  # a concessive subject ("however many seminars ... won't rub off"), never an object
        return place.dep_ in SUBJECT_DEPS and any(c.dep_ == "neg" for c in lead_verb.children)
    return _clause_denied(lead_verb) and not _clause_denied(place_verb)


def learning_denied_or_not_denied(tokens: Sequence) -> bool:
    """The back-off's guard: a denial vetoes the pair, as in ``not_denied``, unless what is denied is its own word of
    learning; then the denial is the first half of the innate claim ("Leadership isn't taught. It's who you are"), and
    the learned score reads the rest ("leading isn't learned in a week; it takes years" is one of its negatives). A
    teacher in particular who cannot teach it says nothing of where leading comes from."""
    cue = next(t for t in (tokens[-1], tokens[0]) if not t._.lk_family)
    if _innate_words_all_rejected(tokens) or _holders_hedged(tokens):
        return False
    if cue.pos_ == "VERB" and cue.lemma_.lower() in _words()["teaching_lemmas"] and not _taught_by_no_one_in_particular(cue):
        return False  # one teacher's failure, as for no_particular_teacher
    return (_learns(cue) and _learning_denied(cue)) or not_denied(tokens) or _denies_only_learning(tokens)


def _holders_hedged(tokens: Sequence) -> bool:
    """What is said of the leaders is denied with a hedge: "Charismatic leaders are not always effective" says the
    trait guarantees nothing, the opposite of the innate view. The rule's own patterns still read "born leaders"."""
    lead = next(t for t in tokens if t._.lk_family)
    if lead.dep_ not in SUBJECT_DEPS:
        return False
    verb = lead.head
    return any(c.dep_ == "neg" for c in verb.children) and any(c.lower_ in _words()["guarantee_hedges"] for c in verb.children)


def _innate_words_all_rejected(tokens: Sequence) -> bool:
    """Every word of the innate view in the sentence is in a noun phrase a "not" rejects: "Leadership is a learnable
    skill, not an innate trait" leaves the back-off nothing innate to read, whichever cue the pair holds."""
    words = _words()
    sentence = tokens[0].doc[tokens[0].sent.start:tokens[-1].sent.end]
    learning = words["learnable"] | {w for w in words["beyond_learning"] if not w.startswith("un")}  # "learnable", "teachable"
    innate = [t for t in sentence if t.lower_ in words["innate_cues"] and not _learns(t) and t.lower_ not in learning]
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
    words = _words()
    negative = condition_words("shared")["negative_subjects"]
    sentence = tokens[0].doc[tokens[0].sent.start:tokens[-1].sent.end]
    denials = [t for t in sentence if t.dep_ == "neg" or t.lower_ in negative or (t.dep_ == "det" and t.lower_ == "no")]

    def aimed_at_learning(denial) -> bool:
        if denial.head.pos_ not in {"VERB", "AUX"}:  # "not training", "no course"; not "not from their genes"
            return any(t.lower_ in words["learning_places"] | words["learning_nouns"] for t in denial.head.subtree)
        verb = _governing_verb(denial.head)
        clauses = [verb, *(r for c in verb.children if c.dep_ in PREDICATE_DEPS for r in c.children if r.dep_ == "relcl")]
        return any(_a_learning_act(v) or _learns(v) for v in clauses)

    return bool(denials) and all(aimed_at_learning(t) for t in denials) and not any(_denied_head(t) for t in tokens if t._.lk_family)


def _governing_verb(token):
    node = token
    for _ in range(4):
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return node
        node = node.head
    return node


def _says_what_its_subject_is(verb, tokens: Sequence) -> bool:
    """The verb says what its subject is or was given ("we are all born leaders", "everyone is born with it", "everyone
    has it in them to lead", "everyone comes out of the box as a leader"), not what the subject wants or does with someone else ("we want a born leader", "we only
    hire leaders who were born with it")."""
    words = _words()
    return verb.lemma_.lower() in words["being_verbs"] | words["arrival_verbs"] or any(t.i == verb.i for t in tokens)


def not_universal(tokens: Sequence) -> bool:
    """"Everyone is born with the capacity to lead", "we are all born leaders": all can lead, the opposite of a gift of the few."""
    for verb in {_governing_verb(t).i: _governing_verb(t) for t in tokens}.values():
        if not _says_what_its_subject_is(verb, tokens):
            continue
        if any(c.dep_ == "advmod" and c.lower_ in _words()["universal_subjects"] for c in verb.children):
            return False  # "we are all born ..."
        for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS and not c._.lk_family and not _not_all(c) and not _of_a_named_few(c)):
            if subject.lower_ in _words()["universal_subjects"] or any(c.lower_ in _words()["universal_subjects"] for c in subject.children):
                return False  # "everyone is ...", "every child is ...", "we all are ..."
    return True


def cannot_learn_at_all(tokens: Sequence) -> bool:
    """Negated learning with nothing that points to another way to learn it ("from a book", "only by doing")."""
    return is_negated(tokens) and not _learned_another_way(tokens)


def _learned_another_way(tokens: Sequence) -> bool:
    """After the match, another way to learn it ("only learned"), or a place, pace or means in its clause that limits
    the denial to it ("from a book", "in a single afternoon")."""
    sent = tokens[0].sent
    after = list(tokens[0].doc[tokens[-1].i + 1:sent.end])
    if any(t.lower_ in _words()["learnable"] for t in after):
        return True
    clause = next((i for i, t in enumerate(after) if t.text in CLAUSE_END), len(after))
    return any(t.lower_ in _words()["learning_elsewhere"] for t in after[:clause])


def beyond_teaching(tokens: Sequence) -> bool:
    """What the clause says of leading puts it beyond teaching: an "un-" word said of it ("leadership is unteachable"),
    a learnable word denied ("leading is not a teachable thing"), or "impossible" with a teaching verb that takes the
    lead word ("leadership is impossible to teach", "it is impossible to teach leadership"), with no other way to
    learn it named after ("unteachable in a classroom", "impossible to teach in a day")."""
    words = _words()
    beyond = next(t for t in tokens if t.lower_ in words["beyond_learning"])
    verb = next(t for t in tokens if t.lemma_ == "be" and t in beyond.ancestors)
    lead = next(t for t in tokens if t._.lk_family)
    if _learned_another_way(tokens):
        return False
    # a "not" after the word belongs to a correction that follows it ("a learnable skill, not an innate trait")
    negated = any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "neg" and c.i < beyond.i for c in beyond.head.children)
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
    place = next(t for t in tokens if t.dep_ in {"nsubj", "csubj"} and t.lower_ in _words()["learning_places"])
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
    trait = next(t for t in tokens if t.dep_ == "nsubj" and t.lower_ in _words()["charisma_words"])
    return _made_by(next(t for t in tokens if t._.lk_family), trait.head)


def lead_not_a_manner(tokens: Sequence) -> bool:
    """A lead word that only modifies a noun of manner ("your leadership style will reflect your temperament") says
    how someone leads, which personality may well shape, not where the ability to lead comes from."""
    lead = next(t for t in tokens if t._.lk_family)
    return not (lead.dep_ in {"compound", "amod", "nmod"} and lead.head.i > lead.i and lead.head.lower_ in _words()["manner_heads"])


def fragment_opens_sentence(tokens: Sequence) -> bool:
    """"... in kindergarten. Born for it.": the birth word opens a sentence of its own with no verb of its own besides
    it, so it is said of the one just told leading; "Born that way, he still took a course" makes the birth the
    frame of a new clause about someone, and "Born for it? Hardly." asks."""
    birth = next(t for t in tokens if t.lower_ in _words()["made_so"] and not t._.lk_family)
    sent = birth.sent
    if birth.i != sent.start and not all(t.lower_ in {"just", "simply", "totally", "literally"} for t in birth.doc[sent.start:birth.i]):
        return False
    if asks(sent):
        return False  # "Born for it? Hardly.": asked, not said
    return not any(t.pos_ in {"VERB", "AUX"} and t.i != birth.i for t in sent)


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
    words = _words()
    modal = next((t for t in answer if t.lower_ in words["ability_modals"]), answer[0])
    verb = answer[-1]
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if any(c.lower_ not in words["anyone_subjects"] for c in subjects):
        return False  # "I can't teach it, but our coaches can": one person's limit, not leading's
    rest = verb.doc[verb.i + 1:verb.sent.end]
    if any(t.lower_ in words["answer_turns"] for t in rest):
        return False  # "we can't teach it fast enough", "can't teach it in one workshop"
    return cannot_learn_at_all([t for t in answer if t.i >= modal.i])  # from the modal: "Nobody" is the denial, on its subject


def lead_heads_its_phrase(tokens: Sequence) -> bool:
    """A lead word that modifies another noun makes the claim that noun's: "leadership potential is genetic" still
    speaks of the ability to lead, "leadership development is the vibe this quarter" of a programme."""
    lead = next(t for t in tokens if t._.lk_family)
    if lead.dep_ not in {"compound", "amod", "nmod"} or lead.head.i < lead.i:
        return True
    words = _words()
    return lead.head.lower_ in words["abilities"] or lead.head.lower_ in words["ability_heads"]


def one_thing_named(tokens: Sequence) -> bool:
    """"Charisma and leadership are the same (thing)" makes one thing of the two; "the same age-old topic" or "the same
    ones we used" names something else they share."""
    last = tokens[-1]
    nxt = token_after(last)
    if nxt is None or nxt.pos_ not in {"NOUN", "PROPN", "ADJ", "PRON", "NUM"}:
        return True
    return nxt.lower_ in _words()["one_thing_nouns"]


def answer_stands(tokens: Sequence) -> bool:
    """"Can leadership be taught? No." answers the question; "No, but ..." or "Not only ..." goes on to grant it, and
    "No, they're grown through practice" or "Nah, it's practised" denies only the word the question chose."""
    words = _words()
    last = tokens[-1]
    rest = [t.lower_ for t in last.doc[last.i + 1:min(len(last.doc), last.i + 4)]]
    if any(w in words["answer_turns"] for w in rest):
        return False
    answer = last.doc[last.i + 1:last.sent.end]

    def learned_after_all(t) -> bool:  # "they're grown through practice"; not "born, not made", "it can't be built"
        if t.lower_ not in words["learning_ways"] or t.lower_ in words["answer_general_words"]:
            return False
        return not any(c.dep_ == "neg" for h in (t, t.head) for c in h.children)

    return not any(learned_after_all(t) for t in answer)


def learning_after_than(tokens: Sequence) -> bool:
    """"Leadership owes more to genes than to training": what follows "than" is not another trait, so the trait wins
    over learning ("more charisma than presence" weighs two traits and says nothing of learning)."""
    words = _words()
    than = tokens[-1]
    rest = than.doc[than.i + 1:than.sent.end]
    clause = next((i for i, t in enumerate(rest) if t.text in CLAUSE_END), len(rest))
    return clause > 0 and not any(t.lower_ in words["traits"] or t.lower_ in words["innate"] for t in rest[:clause])


def ability_to_lead(tokens: Sequence) -> bool:
    """The ability is one to lead ("instinct for leadership", "leadership ability", "talent to lead"), not the ability of
    a leader ("the talent of the leaders we hired"), and the predicate says where it came from ("was inherited", "is
    genetic"), not what happened to it ("was given a chance")."""
    ability = next(t for t in tokens if t.lower_ in _words()["abilities"] and t.dep_ in SUBJECT_DEPS)
    lead = next(t for t in tokens if t._.lk_family)
    path = path_up_to(lead, ability)
    if not path or not all(n.dep_ in {"compound", "pobj", "prep", "pcomp", "xcomp", "acl", "aux"} for n in path):
        return False
    if any(n.dep_ == "prep" and n.lower_ not in {"for", "to", "at"} for n in path):
        return False
    verb = ability.head
    return not any(c.dep_ in {"dobj", "dative"} for c in verb.children)


def _clause_denied(verb) -> bool:
    """A "not" on the verb, or a subject that is nobody or "no" one thing: "you can't coach", "no course could train"."""
    shared = condition_words("shared")
    return any(
        c.dep_ == "neg" or (c.dep_ in SUBJECT_DEPS and (c.lower_ in shared["negative_subjects"] or any(d.lower_ == "no" for d in c.children)))
        for c in verb.children
    )


def relative_denies_teaching(tokens: Sequence) -> bool:
    """The relative clause denies the teaching itself: "that nobody can teach", "no course could train", "you can't
    coach", and names no other way to learn it after ("that nobody can teach in a day")."""
    verb = next(t for t in tokens if t.dep_ == "relcl")
    return _clause_denied(verb) and not _learned_another_way(tokens)


def _a_learning_act(verb) -> bool:
    """What ``verb`` does is teaching, whatever the verb: a verb of teaching ("the army trains into you"), a place or
    document of learning as its subject or where it puts something ("no classroom can give", "put in a syllabus",
    "get from an MBA"), or a verb of forcing something in "into" someone ("drilled into a lieutenant")."""
    words = _words()
    if verb.lemma_.lower() in words["teaching_lemmas"]:
        return True
    preps = [c for c in verb.children if c.dep_ == "prep"]
    sources = [c for c in verb.children if c.dep_ in SUBJECT_DEPS] + [g for p in preps for g in p.children if g.dep_ == "pobj"]
    named = sources + [m for s in sources for m in s.children if m.dep_ in {"compound", "amod"}]  # "no coaching clinic"
    if any(s.lower_ in words["learning_places"] or s.lower_ in words["learning_documents"] for s in named):
        return True
    return verb.lemma_.lower() in words["implant_lemmas"] and any(p.lower_ == "into" for p in preps)


def _in_the_subject(lead, verb) -> bool:
    """The lead word is the subject of ``verb`` or inside it ("leading men is ...", "people who can lead have ...")."""
    path = path_up_to(lead, verb)
    return bool(path) and path[-1].dep_ in SUBJECT_DEPS and all(n.dep_ in {"amod", "compound", "relcl"} for n in path[:-1])


def _learning_named_elsewhere(tokens: Sequence) -> bool:
    """Another way to learn it anywhere in the sentence outside the match ("it's learned by doing", "you develop it")."""
    inside = {t.i for t in tokens}
    return any(t.i not in inside and (t.lemma_.lower() in _words()["learnable_lemmas"] or t.lower_ in _words()["learnable"])
               for t in tokens[0].sent)


def learning_cannot_give_it(tokens: Sequence) -> bool:
    """Teaching in any shape denied of what leading is or what leaders have: "leadership is a gift no classroom can
    give", "leading men is not something the army trains into you" (the denial on the copula), "people who can lead
    have a certain something you can't put in a syllabus", and of the lead word itself: "leadership can't be drilled
    into a lieutenant", or of a pronoun that takes up what an earlier clause said of it: "Her leadership is a God-given
    thing; you can't put that on a syllabus". Exactly one denial, none on the lead word ("born leaders are a myth"),
    and no other way to learn it named ("... no classroom can give, only years of practice")."""
    words = _words()
    lead = next(t for t in tokens if t._.lk_family)
    stand_in = next((t for t in tokens if t.pos_ == "PRON" and t.dep_ in {"dobj", "nsubjpass"} and t.lower_ in words["referring_pronouns"]), None)
    verb = stand_in.head if stand_in is not None else next((t for t in tokens if t.dep_ == "relcl" and not t._.lk_family), lead.head)
    if not _a_learning_act(verb) or _learning_named_elsewhere(tokens) or _learned_another_way(tokens) or _denied_head(lead):
        return False
    if stand_in is not None and not _said_before(lead, stand_in):
        return False
    if stand_in is not None or verb.dep_ != "relcl":
        return _clause_denied(verb) and any(c.dep_ == "aux" and c.lower_ in words["ability_modals"] for c in verb.children)
    noun, anchor = verb.head, verb.head.head
    if not _in_the_subject(lead, anchor) or _clause_denied(verb) == _clause_denied(anchor):
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
    return (lead.dep_ in SUBJECT_DEPS and clause.i != verb.i and not _clause_denied(clause)
            and not any(t.lower_ in _words()["learning_nouns"] or _learns(t) for t in between))


def make_up_of_a_person(tokens: Sequence) -> bool:
    """The make-up leading is set into is a person's ("their character", "some personalities", "the genome"), not a
    thing's ("our company's DNA")."""
    holder = next(t for t in tokens if t.dep_ == "pobj" and t.lower_ in _words()["make_up"])
    owners = [c for c in holder.children if c.dep_ == "poss"]
    return not owners or _a_persons_make_up(holder)


def rhetorical_question(tokens: Sequence) -> bool:
    """"Isn't leadership just charisma?", "Is leadership anything more than charm?": a question that claims."""
    return any(t.lower_ in _words()["rhetorical_markers"] for t in tokens)


def lead_not_in_phrase(tokens: Sequence) -> bool:
    """The lead word is what the clause is about: its subject, or at least not inside a phrase ("a course in leadership is ...").

    The small model often parses "In my view leadership is ..." or "believed leadership was ..."
    with the lead word as an object; a preposition right before it is the sure sign it is not the topic.
    """
    if first_is_subject(tokens):
        return True
    token = next(t for t in tokens if t._.lk_family)
    if token.pos_ in {"VERB", "AUX"}:
        # "being asked to lead is a gift": the asking is the topic; "being able to lead is a gift": the ability is
        return token.head.lemma_.lower() in _words()["capacity_heads"]
    i = token.i - 1
    while i >= token.sent.start and token.doc[i].pos_ in {"DET", "ADJ"}:
        i -= 1
    if i >= token.sent.start and token.doc[i].lower_ == "of" and token.doc[i].head.lower_ in _words()["residue_heads"]:
        return True  # "what's left of leadership is presence": what remains of it is still it
    return i < token.sent.start or token.doc[i].pos_ != "ADP"


def phrase_names_a_kind(tokens: Sequence) -> bool:
    """A phrase between the lead word and its verb says what kind or degree of leading is meant ("leadership of that
    order is born", "leading at that level is charisma"); one that names whom or what is led ("the leadership of the
    club is charismatic") makes the word the people in charge or the running of a thing, not the quality."""
    lead = next(t for t in tokens if t._.lk_family)
    inside = {t.i for t in tokens}
    preps = [c for c in lead.children if c.dep_ == "prep" and c.i in inside]
    return all(any(g.lower_ in _words()["kinds_of_lead"] or _whose_leading(p, g) for g in p.children if g.dep_ == "pobj") for p in preps)


def _whose_leading(preposition, noun) -> bool:
    """"Leadership for Aiden", "leading for me", "for most kids": the person whose leading the clause describes, which
    keeps the word a quality ("the leadership for the club" would be whoever runs it)."""
    return preposition.lower_ == "for" and (noun.pos_ in {"PROPN", "PRON"} or _a_person(noun))


def generic_lead(tokens: Sequence) -> bool:
    """"Leaders are born with it" speaks of leaders in general; "our leader was born with a heart defect" of one person.
    "The leader" is generic with a superlative ("the best leader") or beside a generic "you" ("the leader is born with
    this quality, you cannot learn it")."""
    token = next(t for t in tokens if t._.lk_family)
    for child in token.children:
        if child.dep_ in {"det", "poss"} and child.lower_ in _words()["specific_determiners"]:
            return False
        if child.dep_ == "det" and child.lower_ == "the" and token.tag_ == "NN":
            generic_you = any(t.lower_ == "you" and t.dep_ in SUBJECT_DEPS for t in token.sent)
            return generic_you or any(c.tag_ == "JJS" for c in token.children)
    return True


def _teaching_denied_after(token) -> bool:
    """Later in the sentence, teaching or learning is denied: "... — it's not something we can teach in onboarding"."""
    rest = token.doc[token.i + 1:token.sent.end]
    taught = [t for t in rest if t.lemma_.lower() in {"teach", "learn", "train", "coach"}]
    return bool(taught) and any(t.dep_ == "neg" or t.lower_ in {"not", "n't", "n’t", "never", "cannot"} for t in rest if t.i < taught[0].i)


def natural_names_a_person(tokens: Sequence) -> bool:
    """"a natural leader" is a person born to it; "natural leadership" only so with an ability after it ("natural leadership skills").

    "The natural leader for this project" is the obvious choice, not a gift.
    """
    family = next(t for t in tokens if t._.lk_family)
    before = [t.lower_ for t in tokens if t.i < family.i]
    if "natural" not in before:
        return True
    if before[-1] in {"a", "an", "as"}:
        return False  # "she felt natural as a leader": at ease, not born to it
    if family._.lk_form == "abstract":
        # "natural leadership skills", or "natural leadership — it's not something we can teach"
        return family is not tokens[-1] or _teaching_denied_after(family)
    doc = family.doc
    after = doc[family.i + 1].lower_ if family.i + 1 < len(doc) else ""
    first = tokens[0]
    article = doc[first.i - 1].lower_ if first.i > 0 else ""
    return after != "for" and not (article == "the" and family.tag_ == "NN")


def trait_of_the_person(tokens: Sequence) -> bool:
    """The trait word is the person's, not an event or a present.

    "The leader was born in Leeds", "new leaders are born every day in a crisis" tell when and where;
    "leadership is a gift we give to others" is a gift given, not one received at birth.
    """
    last = tokens[-1]
    nxt = token_after(last)
    if last.lower_ in _words()["being_there_words"]:
        if any(t.lower_ == "about" for t in tokens) or (nxt is not None and nxt.lower_ in {"of", "on", "in", "at"}):
            return False  # "leadership is about presence, showing up", "presence on the floor": being there, not an aura
    if nxt is None:
        return True
    if last.lower_ in _words()["trust_words"] and nxt.lower_ in {"in", "that"}:
        placed_in = token_after(nxt)
        return nxt.lower_ == "in" and placed_in is not None and placed_in.lower_.endswith(("self", "selves"))
    if last.dep_ == "compound" and last.head.i > last.i and last.head.lower_ not in _words()["trait_heads"] | _words()["chat_tags"]:
        return False  # "leadership is a personality test", "a vibe shift": a thing named after the trait; not "a personality trait", "charisma tbh"
    if last.lower_ in _words()["skill_adjectives"] and nxt.pos_ in {"NOUN", "PROPN", "ADJ", "ADP"}:
        return False  # "leaders are gifted communicators", "gifted at budgets": a skill named, not an endowment
    if last.lower_ == "born":
        return nxt.pos_ in {"PUNCT", "CCONJ"} or nxt.lower_ in _words()["born_continuations"]
    if last.lower_ in _words()["given_words"]:
        rest = last.doc[last.i + 1:last.sent.end]
        giver = [t for t in rest[1:3] if t.lower_ != "the"][:1]
        if nxt.lower_ == "from" and giver and giver[0].lower_ in _words()["innate_givers"]:
            return True  # "a gift from God", "a gift from the gods"
        return nxt.lower_ not in {"to", "for", "from"} and not any(t.lemma_.lower() in _words()["giving_verbs"] for t in rest)
    return True


def no_hedge_between(tokens: Sequence) -> bool:
    """Nothing between the lead word and the trait weakens the claim ("leadership is rarely innate", "partly charisma")."""
    family = next(t for t in tokens if t._.lk_family)
    last = tokens[-1]
    return not any(t.lower_ in _words()["hedges"] for t in family.doc[family.i + 1:last.i])


def trait_wins_the_comparison(tokens: Sequence) -> bool:
    """"Leadership is less learned than inherited": what "less" weakens is the learning before "than"; the trait
    after it is what leading is said to be. "Less charisma than practice" puts the trait before "than" and passes."""
    doc = tokens[0].doc
    less = next(t for t in tokens if t.lower_ in _words()["lesser_words"])
    than = next((t for t in doc[less.i + 1:tokens[-1].i] if t.lower_ == "than"), None)
    if than is None:
        return False
    before = doc[less.i + 1:than.i]
    return not any(t.lower_ in _words()["traits"] or t.lower_ in _words()["innate"] for t in before)


def _teaching_verb(tokens: Sequence):
    return next(t for t in tokens if t.lemma_.lower() in _words()["teaching_lemmas"])


def lead_is_what_is_taught(tokens: Sequence) -> bool:
    """The lead word is what the teaching or learning verb takes: its object ("you can't teach that kind of
    leadership"), inside its object ("can't coach the instincts of a leader") or the act it teaches ("can't train
    someone to lead"), never a word in another clause ("you can't learn it from the leaders you admire"). A particle
    other than "up" makes another verb: "you can't pick out the leaders" picks people, it learns nothing."""
    verb = _teaching_verb(tokens)
    if any(c.dep_ == "prt" and c.lower_ not in _words()["teaching_particles"] for c in verb.children):
        return False
    lead = next(t for t in tokens if t._.lk_family)
    path = path_up_to(lead, verb)
    if not path:
        return False
    return all(_keeps_it_taught(n) for n in path)


def _keeps_it_taught(node) -> bool:
    """One step up from the lead word to the teaching verb that keeps it what is taught: an object, a preposition of
    the object ("kind of leadership", "into leadership"), or an infinitive, which the parser may hang on the learner
    ("teach someone to lead")."""
    words = _words()
    if node.dep_ == "prep":
        return node.lower_ in words["object_prepositions"]
    if node.dep_ == "relcl":
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
    return node.dep_ in words["object_relations"]


def no_particular_teacher(tokens: Sequence) -> bool:
    """Nobody, anybody or a kind in general fails to teach it ("no one can train you to lead", "you can't teach
    leadership", "schools cannot teach it", "the best course in the world can't"), which leaves leading inborn; "a
    traditionally trained director cannot train someone to be a leader" limits the failure to one teacher and says
    nothing of where leading comes from."""
    return _taught_by_no_one_in_particular(_teaching_verb(tokens))


def _taught_by_no_one_in_particular(verb) -> bool:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return True
    determiners = [c for c in subject.children if c.dep_ in ("det", "poss")]
    return (not determiners or any(d.lower_ in _words()["any_teacher_determiners"] for d in determiners)
            or any(c.tag_ == "JJS" for c in subject.children))


def held_by_a_person(tokens: Sequence) -> bool:
    """Where the lead word is said to be is a person, or a person's make-up: "leadership was in Grandpa's blood",
    "some people just have leadership in them", "leaders have it in the blood". Not a thing's make-up ("leadership is
    in our company's DNA"), a place ("in the family business"), or a person for a lead word that is someone ("our
    teams have leaders in them")."""
    words = _words()
    lead = next(t for t in tokens if t._.lk_family)
    holder = next(t for t in tokens if t.dep_ == "pobj" and t.lower_ in words["person_holders"])
    place = holder.head  # "in", on the verb ("was in his blood") or on the lead word ("have leadership in them")
    if place.head.i != lead.i and not any(c.i == lead.i for c in place.head.children):
        return False
    if holder.pos_ == "PRON":
        return lead._.lk_form == "abstract"
    return _a_persons_make_up(holder)


def _a_persons_make_up(noun) -> bool:
    """A make-up noun owned by a person ("his blood", "Grandpa's bones") or the body in general ("in the blood"), not a
    thing's ("our company's DNA")."""
    words = _words()
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners:
        return noun.lower_ in words["body_of_the_person"] and any(c.lower_ == "the" for c in noun.children)
    return all(o.lower_ in words["personal_possessives"] or o.pos_ == "PROPN" or o.lemma_.lower() in words["kin_words"]
               for o in owners)


def innate_ability(tokens: Sequence) -> bool:
    """What leading is said to need is innate: "the innate charisma that leadership requires", "leading takes an
    inborn confidence"; needing charisma alone ("charisma is one thing you need to lead") is not the innate view."""
    ability = next(t for t in tokens if t.lower_ in _words()["abilities"] or t.lower_ in _words()["charisma_words"])
    # The words just before it, not its modifiers: the parser often hangs "innate" on the verb ("requires innate charisma").
    return any(t.lower_ in _words()["innate"] for t in ability.doc[max(ability.sent.start, ability.i - 2):ability.i])


def not_played_down(tokens: Sequence) -> bool:
    """"The innateness of leadership is obvious" claims it; "the heritability of leadership is low" or "overstated"
    plays it down."""
    noun = tokens[0]
    if noun.dep_ == "amod":
        noun = noun.head  # "the genetic basis of leadership is weak"
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head  # "estimates of the heritability of leadership are modest"
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return True
    verb = noun.head
    said = [verb] + [c for c in verb.children if c.dep_ in PREDICATE_DEPS]
    return not any(t.lower_ in _words()["weak_measures"] or t.lower_ in _words()["denial_words"] for t in said)


def source_of_the_lead(tokens: Sequence) -> bool:
    """"Leaders by nature", "she leads by instinct": the source phrase is not in a clause of its own under the lead
    word, which would make it the source of another act ("the dog led the children home, tracking by instinct")."""
    lead = next(t for t in tokens if t._.lk_family)
    if lead.tag_ == "VBD" and any(c.dep_ == "dobj" for c in lead.children):
        return False  # "the dog led the flock home by instinct": how one act was done, not what a leader is
    source = next(t for t in reversed(tokens) if t.lower_ in _words()["source_prepositions"])
    node = source.head
    while node.i != lead.i and node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return node.i == lead.i or lead not in list(node.ancestors)


def given_by_god(tokens: Sequence) -> bool:
    """"given" puts an ability there from the start only as "God-given"; "a given skill" is taken for granted."""
    given = next((t for t in tokens if t.lower_ == "given"), None)
    if given is None:
        return True
    doc = given.doc
    return given.i >= 2 and doc[given.i - 1].text == "-" and doc[given.i - 2].lower_ == "god"


def not_nature_of(tokens: Sequence) -> bool:
    """"by nature of the role" is about the role, not the person's nature."""
    last = tokens[-1]
    nxt = last.nbor(1) if last.i + 1 < len(last.doc) else None
    return nxt is None or nxt.lower_ != "of"


def lead_is_the_product(tokens: Sequence) -> bool:
    """The leader is what the trait makes, not someone it makes more of something ("charisma makes a leader more persuasive")."""
    family = [t for t in tokens if t._.lk_family][-1]
    if family.dep_ == "poss":
        return False
    nxt = token_after(family)
    if nxt is None:
        return True
    return nxt.lower_ not in _words()["causative_followers"] and nxt.pos_ not in {"ADJ", "VERB", "AUX"}


def quality_is_inborn(tokens: Sequence) -> bool:
    """"that indefinable star quality that marks out a leader": a quality only counts with a modifier that puts it beyond learning."""
    head = tokens[0]
    if head.lower_ == "spark":
        return True
    before = head.doc[max(head.sent.start, head.i - 3):head.i]
    return any(t.lower_ in _words()["inborn_quality_modifiers"] for t in before)


def natural_as_a_noun(tokens: Sequence) -> bool:
    """"a natural at leading" names a person gifted for it; "it's natural for leaders to doubt" is only normal."""
    first = tokens[0]
    if first.lower_ != "natural":
        return True
    before = first.doc[max(first.sent.start, first.i - 3):first.i]
    return any(t.lower_ in {"a", "an"} for t in before)


def nothing_else_teaches_it(tokens: Sequence) -> bool:
    """"No amount of training will make you a leader", unless the sentence names another way to get there ("it's learned by doing")."""
    sent = tokens[0].sent
    last = tokens[-1]
    nxt = token_after(last)
    if last.i + 1 < sent.end and nxt.lower_ in _words()["phrasal_particles"]:
        after = token_after(nxt)
        if not (nxt.lower_ == "out" and after is not None and after.lower_ == "of"):  # "make a leader out of a child" is what it is made from
            return False  # "no amount of training can make up for trust": a phrasal verb, not a gift withheld
    return not _learning_named_elsewhere(tokens)


# Number words for a share of leadership: "ninety percent presence" is most of it, "ten percent charisma" is not.
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}


def most_of_it(tokens: Sequence) -> bool:
    """A share in the claim is most of leadership ("90% charisma", "ninety percent presence"), not a small part ("10% charisma").
    The share is read from the whole stretch of the match, which a parse-read match does not list word by word."""
    doc = tokens[0].doc
    numbers = [t for t in doc[tokens[0].i:tokens[-1].i + 1] if t.like_num]
    if not numbers:
        return True
    text = numbers[0].lower_.replace(",", "")
    try:
        value = float(text)
    except ValueError:
        value = NUMBER_WORDS.get(text, 0)
    return value >= 50


def runs_in_the_family(tokens: Sequence) -> bool:
    """"Leadership runs in the family" and "is in the family line" are inheritance; "leadership in the family business"
    is not; "in their nature" needs the owner, and an owner named by a noun must be a person."""
    last = tokens[-1]
    if last.lower_ in {"family", "families"}:
        lineage = last.dep_ == "compound" and last.head.lower_ in _words()["lineage_heads"]
        return lineage or any(t.lemma_.lower() == "run" for t in tokens)
    before = last.doc[last.i - 1] if last.i > 0 else None
    if before is not None and before.tag_ == "POS":
        return _a_person(before.head)  # "some boys' nature", "a child's blood"; not "our company's DNA"
    if last.lower_ == "nature":
        return before is not None and before.tag_ == "PRP$"
    return True


def lacks_the_trait(tokens: Sequence) -> bool:
    """"If you don't have charisma, you can't lead": the supposition is a lack, so the claim is that the trait is needed."""
    first = tokens[0]
    if first.lower_ != "if":
        return True
    return any(t.dep_ == "neg" or t.lower_ in {"n't", "n’t", "not", "no", "lack", "lacks", "lacking", "without"} or t.lemma_.lower() == "lack"
               for t in tokens[1:] if t.i < next(x.i for x in tokens if x.lower_ in _words()["traits"]))


def _cue_in_its_sense(marker) -> bool:
    """A word of the innate view in the sense of a person's make-up: not part of a compound ("blood bank", "nature
    reserve"), not an event ("gave birth"), not a date or place of birth ("born in 1962"), as an adjective of
    two senses only on an ability or a leader ("a natural gift", "a natural leader"; not "natural gas"); "an inborn
    confidence" has no other sense; a word of the earliest years only as the time a state dates from."""
    words = _words()
    nxt = token_after(marker)
    if marker.dep_ == "compound" or marker.head.lemma_.lower() in words["birth_events"]:
        return False
    if marker.lower_ == "born" and nxt is not None and (nxt.lower_ in words["birth_places"] or nxt.like_num):
        # "born in you", "born in him": the person it is put in, not a place or a date
        return nxt.lower_ == "in" and _in_a_person(nxt)
    if marker.dep_ == "amod" and marker.lower_ not in words["make_up_adjectives"]:  # the parser may tag "born" a verb
        return marker.head.lower_ in words["abilities"] or bool(marker.head._.lk_family)
    if _an_early_time(marker):
        return _dates_from(marker)  # "they were toddlers once" is a time, not where a trait dates from
    return True


def _in_a_person(preposition) -> bool:
    """"In you", "in some kids", "in her": what follows the preposition is a person, not a place or a year."""
    after = token_after(preposition)
    return after is not None and (after.lower_ in _words()["persons_taken_in"] or (after.dep_ == "pobj" and _a_person(after)))


def cue_in_its_sense(tokens: Sequence) -> bool:
    """The learned back-off reads a sentence only where its word of the innate view has that sense: the score was
    fitted on sentences about people, and "the blood bank" or "natural gas" beside a leader only looks like one."""
    cue = next(t for t in (tokens[-1], tokens[0]) if not t._.lk_family)
    return _cue_in_its_sense(cue) or _birth_of_the_leaders(cue, tokens)


def _birth_of_the_leaders(cue, tokens) -> bool:
    """"Leaders in sport don't take courses. They're simply born competitors": after leaders denied learning, an
    adjective of birth on the kind of person a pronoun is said to be puts those leaders in birth, not only their bent
    for competing. Without the denial the pronoun may stand for anyone ("Our leaders met the squad. They are born
    dancers")."""
    words = _words()
    lead = next((t for t in tokens if t._.lk_family), None)
    kind, verb = cue.head, cue.head.head
    if lead is None or lead._.lk_form != "agent" or lead.i > cue.i or cue.dep_ != "amod" or cue.lower_ not in words["innate"]:
        return False
    denied = any(t.dep_ == "neg" for t in lead.sent) and any(t.lower_ in words["learning_places"] or _learns(t) for t in lead.sent)
    if not denied:
        return False
    said_of_a_pronoun = kind.dep_ == "attr" and verb.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in {"they", "he", "she"} for c in verb.children)
    return said_of_a_pronoun and kind.lower_.endswith(("er", "ers", "or", "ors", "ist", "ists"))


def _birth_marker_fits(marker) -> bool:
    """A birth word that places something in the person: "come out of the womb", "at birth", "hard-wired", "in their
    DNA". Not a date or place of birth ("born in 1970"), a compound ("blood pressure"), an event ("gave birth"), a
    property of a thing ("leadership is in our company's DNA"), or an adjective of anything but an ability."""
    words = _words()
    if not _cue_in_its_sense(marker):
        return False
    if _an_early_time(marker):
        return _dates_from(marker)
    if marker.lower_ in words["body_of_the_person"]:
        owners = [c for c in marker.children if c.dep_ == "poss"]
        return bool(owners) and all(o.lower_ in words["personal_possessives"] for o in owners)
    if marker.pos_ == "ADJ":  # "an inborn gift", "leadership is (natural and) innate"; not an adjective left loose
        if marker.dep_ == "amod":
            return marker.head.lower_ in words["abilities"]
        marker = first_conjunct(marker)
        return marker.dep_ in {"acomp", "attr"} and marker.head.lemma_ == "be"
    return True


def _an_early_time(marker) -> bool:
    """A word of the earliest years or of the start of a life, which places a trait only as the time it dates from."""
    words = _words()
    return any(marker.lower_ in words[name] for name in ("early_life", "life_words", "first_events"))


def _dates_from(marker) -> bool:
    """A word of the earliest years as the time a state dates from: the object of "from"/"since" ("from childhood", "from
    the sandbox on") or inside a "since" clause ("since they were toddlers"); not what a leader had ("difficult
    childhoods") or led ("a childhood charity")."""
    words = _words()
    origins = words["origin_prepositions"]
    if marker.lower_ in words["life_words"]:
        return _start_of_a_life(marker)
    if marker.lower_ in words["first_events"]:
        # a person's own first breath or steps, not "the first steps of the company"
        first = any(c.dep_ == "amod" and c.lower_ == "first" for c in marker.children)
        owners_ok = all(c.lower_ in words["personal_possessives"] for c in marker.children if c.dep_ == "poss")
        of_something = any(c.dep_ == "prep" for c in marker.children)
        return first and owners_ok and not of_something and marker.dep_ == "pobj" and marker.head.lower_ in origins
    if marker.dep_ == "pobj" and marker.head.lower_ in origins:
        return True
    clause = _governing_verb(marker)
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in origins for c in clause.children)


def _start_of_a_life(life) -> bool:
    """"From day one of her life", "since the first day of his life": a life, a person's or none named, as what the
    noun after "from"/"since" is the start of; not a project's life or a life someone led."""
    words = _words()
    owners = [c for c in life.children if c.dep_ == "poss"]
    if any(o.lower_ not in words["personal_possessives"] for o in owners) or life.dep_ != "pobj" or life.head.lower_ != "of":
        return False
    start = life.head.head
    while start.dep_ in {"nummod", "appos"} and start.head.i != start.i:
        start = start.head  # "day one of her life": the parser hangs "of" on "one"
    return start.pos_ == "NOUN" and start.dep_ == "pobj" and start.head.lower_ in words["origin_prepositions"]


def learning_disqualifies(tokens: Sequence) -> bool:
    """Needing to be taught is taken as proof that someone will never lead: "If you have to read a book on leadership,
    you're not a leader", "People who need coaching to lead will never be leaders". The need sits in an "if" clause
    of the denied clause or in a relative clause on its subject, and names a way of learning; the denied clause says
    the person is no leader or never leads, not that one particular thing goes unled ("If you need a course, you won't
    lead this project")."""
    words = _words()
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
    return any(t.lower_ in words["learning_nouns"] or t.lemma_.lower() in words["teaching_lemmas"] | {"read"}
               for t in need.subtree if not t._.lk_family)


def _particular(noun) -> bool:
    """One thing pointed at: "this project", "the offsite", "my team"."""
    return any(c.dep_ in {"det", "poss"} and c.lower_ in _words()["particular_determiners"] for c in noun.children)


def spotted_in_childhood(tokens: Sequence) -> bool:
    """Leaders are picked out by looking at small children: "you can spot the leaders on the first morning of
    kindergarten", "you could tell which kids would lead by age six". Both the lead word and the child's age or place
    hang under the verb of spotting, the place in a phrase of place or time and not inside a clause of its own ("leaders who played in the sandbox");
    an age has its number ("by the time a kid is six": a number after a word of age, counting nothing); nothing said
    with the spotting makes the leading learned or grown. The leaders may be
    named in the sentence before, and a pronoun the verb of spotting takes stands for them."""
    words = _words()
    lead = next(t for t in tokens if t._.lk_family)
    scene = next(t for t in tokens if t.lower_ in words["childhood_scenes"] | words["early_age_numbers"] and not t._.lk_family)
    number = scene.lower_ in words["early_age_numbers"]
    if number:
        if not any(t.lower_ in words["age_words"] for t in scene.doc[lead.i + 1:scene.i]) or _counts_a_noun(scene):
            return False  # "by the six traits they share" counts something else
    elif scene.lower_ not in words["small_children"] and scene.dep_ != "pobj":
        return False  # "the nursery committee" names no child's place
    if scene.lower_ in {"age", "aged"} and not _age_with_number(scene):
        return False
    spotted = lead
    if scene.sent.start != lead.sent.start:
        if lead.sent.end != scene.sent.start:
            return False
        # "Some people are just leaders. You see it at age six": a pronoun the verb of spotting takes stands for them
        spotted = next((t for t in scene.sent if t.dep_ == "dobj" and t.lower_ in words["spotted_pronouns"]), None)
        if spotted is None:
            return False
    spotting = [t for t in scene.sent if t.pos_ == "VERB" and t.lemma_.lower() in words["spotting_lemmas"]]
    return any(_under(spotted, verb) and (number or _under(scene, verb)) and not (scene.head.i == verb.i and scene.dep_ in SUBJECT_DEPS)
               for verb in spotting if not _clause_denied(verb) and not _grown_under(verb))  # "toddlers can tell who leads" spot


def _grown_under(verb) -> bool:
    """What the verb of spotting says holds learning or growth: "spot the potential early and train it" (the writer's own
    "I've learned you can spot them" sits above it)."""
    words = _words()
    return any(_learns(t) or t.lemma_.lower() in words["learning_lemmas"] or t.lower_ in words["growth_words"] for t in verb.subtree)


def _counts_a_noun(number) -> bool:
    """"six traits": the number counts the noun after it, no age."""
    after = token_after(number)
    return after is not None and after.pos_ in {"NOUN", "PROPN"}


def _age_with_number(scene) -> bool:
    """"age five", "aged 6", "the age of four"."""
    after = scene.doc[scene.i + 1:scene.i + 3]
    return any(t.like_num for t in after)


def _under(token, verb) -> bool:
    """The token hangs under the verb with no clause of its own between them (a relative or reduced clause)."""
    node = token
    while node.i != verb.i:
        if node.head.i == node.i or node.dep_ in {"relcl", "acl"} and node.i != token.i:
            return False
        node = node.head
    return token.i != verb.i


def before_the_first_skills(tokens: Sequence) -> bool:
    """The clause dates leading from before a small child could do the first things one learns: "before she could
    walk", "since he could talk", "before he could spell it". A person as its subject, an ability modal, nothing
    that makes the skill an adult's task ("before she could read the contract", "before he could walk without a
    cane", "walk into the room")."""
    words, shared = _words(), condition_words("shared")
    skill = next(t for t in tokens if t.dep_ == "advcl" and not t._.lk_family)
    kids = list(skill.children)
    marked = any(c.dep_ == "mark" and c.lower_ in words["first_skill_marks"] for c in kids)
    able = any(c.dep_ == "aux" and c.lower_ in words["ability_modals"] for c in kids)
    person = next((c for c in kids if c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON" and c.lower_ not in shared["negative_subjects"]), None)
    if person is None or not _same_person(person, skill.head):
        return False

    def own(c) -> bool:  # "spell it", "spell his name"
        return c.pos_ == "PRON" or any(g.dep_ == "poss" and g.lower_ in words["personal_possessives"] for g in c.children)

    bare = all(own(c) for c in kids if c.dep_ == "dobj") and not any(c.dep_ in {"prep", "advmod", "npadvmod"} and c.lower_ not in {"even", "yet"} for c in kids)
    return marked and able and bare


def before_any_teaching(tokens: Sequence) -> bool:
    """Leading dated before any teaching: a "before" clause whose verb teaches or trains ("before anyone trained
    them", "before they were ever coached", "before anyone could have taught them"), or "before" a noun of learning
    ("before any training"). A title or a role given first ("leaders before anyone gave them the title") says
    leading is not the post, not that it is inborn. Teaching of something else ("before I trained him as a pilot",
    "in our methods"), teaching after as well ("before training and after it"), learning named elsewhere ("before the
    course, on the job") and everyone made a leader ("everyone is a leader before ...") pass; "anyone" as the teacher
    is any teacher at all."""
    words = _words()
    lead = next(t for t in tokens if t._.lk_family)
    before = next(t for t in tokens if t.dep_ in {"advcl", "prep"} and not t._.lk_family)
    if _learned_another_way(tokens) or not not_universal([lead]):
        return False
    if before.dep_ == "prep":
        taught = [c for c in before.children if c.dep_ == "pobj" and c.lower_ in words["learning_nouns"] | words["learning_places"]]
        return bool(taught) and not any(c.dep_ == "conj" for c in before.children)
    marked = any(c.dep_ == "mark" and c.lower_ == "before" for c in before.children)
    plain = all(c.pos_ == "PRON" for c in before.children if c.dep_ in {"dobj", "dative"}) and not any(c.dep_ == "prep" for c in before.children)
    return marked and plain and not _learning_denied(before)


def _same_person(pronoun, verb) -> bool:
    """The child who could not yet walk is the one who led: the same pronoun as the leading clause's subject, or one
    that can stand for a person named there ("Priya led ... before she could talk"), not someone else ("she was
    leading the meeting before I could speak")."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.pos_ == "PRON":
        return subject.lower_ == pronoun.lower_
    return pronoun.lower_ in _words()["third_persons"]


def made_so_in_its_sense(tokens: Sequence) -> bool:
    """"Born to stand in front of men and lead them" is what the person is made for; "born in Leeds to teach and lead"
    is where, said of a birth word as the back-off reads it."""
    made = next(t for t in tokens if t.lower_ in _words()["made_so"])
    return made.lower_ not in _words()["birth_words"] or _cue_in_its_sense(made)


def trait_is_the_whole(tokens: Sequence) -> bool:
    """What the trait is said to be is all of leading, not a part of it: a noun of the whole ("the whole substance of
    leadership", "the beating heart of leadership") or one that "only", "sole" or "all" makes the whole ("the only thing
    that matters", "all a leader needs"). A relative clause on it must be of need or mattering ("the only thing people
    notice about a leader" ranks nothing), and "a part", "one aspect" or "an ingredient" of leadership is a share."""
    words = _words()
    trait = next(t for t in tokens if t.lower_ in words["charisma_words"] and not t._.lk_family)
    whole = next((c for c in trait.head.children if c.dep_ == "attr"), None)
    if whole is None:
        return False
    mattering = words["need_verbs"] | words["mattering_lemmas"]
    if whole.lemma_.lower() in words["need_verbs"]:  # "all a leader needs", read as a noun "needs"
        return any(c.lower_ == "all" for c in whole.subtree)
    kids = list(whole.children)
    the_one = any(c.lower_ == "one" for c in kids) and any(c.dep_ == "det" and c.lower_ == "the" for c in kids)
    total = the_one or whole.lemma_.lower() in words["whole_nouns"] or any(
        c.dep_ in {"amod", "predet", "det", "advmod"} and c.lower_ in words["whole_modifiers"] for c in kids)
    # A concession the parser hangs on the noun ("whatever the consultants say") restricts nothing.
    relatives = [c for c in kids if c.dep_ == "relcl" and not any(t.lower_ in words["concessive_words"] for t in c.subtree)]
    return total and all(r.lemma_.lower() in mattering for r in relatives)


def _a_person(noun) -> bool:
    """Someone rather than something: only a person can be made of the stuff of leaders ("the tool was built for
    leading workshops" says what a tool is for). A name is left out, as the parse cannot tell a person's ("Marisol")
    from a product's ("Pulse is built for leading, not managing")."""
    words = _words()
    if noun._.lk_family:
        return True
    if noun.pos_ == "PRON":
        return noun.lower_ not in words["referring_pronouns"] | {"what", "which"}
    people = words["temperament_heads"] | words["kin_words"] | condition_words("shared")["person_heads"]
    return noun.lower_ in people or noun.lemma_.lower() in people


def _shaped_by_experience(made) -> bool:
    """What the making names is learning, experience or time ("forged in failure", "made from years of practice",
    "built by hardship"), or leaves the person like everyone else ("made of the same stuff as the rest of us")."""
    words = _words()
    shaping = words["learning_nouns"] | words["learning_places"] | words["shaping_experiences"] | words["gradual_words"]
    alike = words["universal_subjects"] | words["everyone_else"]
    said = [t for c in made.children if c.dep_ in MAKING_COMPLEMENTS for t in c.subtree]
    return any(t.lower_ in shaping or t.lemma_.lower() in shaping or t.lower_ in alike for t in said)


def _constitution(made) -> str | None:
    """How the making puts leading in the person: what it is made for ("bred to lead", "stamped for it"), what it is
    made of ("made of the stuff", "cut from the same log", "bred like racehorses") or how it is made ("built that way",
    "the way he's made", "how someone is put together"). A bare "made" ("leaders are made, not born") is none."""
    words = _words()
    lemma = made.lemma_.lower()
    by_a_giver = any(c.dep_ == "agent" and any(g.lower_ in words["innate_givers"] for g in c.children) for c in made.children)
    for c in made.children:
        if c.dep_ == "xcomp" and c._.lk_family and lemma != "make":  # "made to lead" is also "forced to lead"
            return "purpose"
        # "made by God to lead": a maker that forces no one (the parser hangs "to lead" as xcomp or advcl)
        if c.dep_ in {"xcomp", "advcl"} and c._.lk_family and by_a_giver:
            return "purpose"
        if c.dep_ == "prep" and c.lower_ == "for":
            objects = [g for g in c.children if g.dep_ in {"pobj", "pcomp"}]
            if any(g._.lk_family or g.lower_ in words["referring_pronouns"] for g in objects):
                return "purpose"
        if c.dep_ == "prep" and c.lower_ in {"of", "from"}:
            return "material"  # also "of" left at the end: "what the daughters were made of"
        if c.dep_ == "prep" and c.lower_ == "out" and any(g.lower_ in {"of", "from"} for g in c.children):
            return "material"  # "cut out of tougher timber"
        if c.dep_ == "prep" and c.lower_ == "like" and lemma in words["breeding_lemmas"]:
            return "material"
        if c.lower_ == "way" and any(g.dep_ == "det" and g.lower_ in {"that", "this"} for g in c.children):
            return "manner"
        if c.dep_ == "advmod" and c.lower_ == "how":
            return "manner"
    if made.dep_ == "relcl" and made.head.lemma_.lower() == "way":
        return "manner"
    return None


def _takes_up_the_sentence_before(lead, made) -> bool:
    """The making's sentence comes right after the lead word's and opens on a pronoun that takes it up as a whole:
    "I've been leading people since I could walk. It's how I'm built", "She has led every team she joined. That's the
    way she's made". A making further on, or in a sentence about something else, is not said of that leading."""
    first = made.sent[0]
    if made.sent.start != lead.sent.end or first.lower_ not in {"it", "that", "this"} or first.dep_ not in SUBJECT_DEPS:
        return False
    return first.head.i == made.i or first.head.is_ancestor(made)


def made_for_it(tokens: Sequence) -> bool:
    """A person said to be made, bred, cut or built for leading, of its stuff or that way: "some people are simply built
    to lead", "the ones who will lead were stamped for it", "a leader is cut from the same log as his grandfather",
    "she leads because she was built that way". The maker is then nature, not learning: a making by, in or through
    learning, experience or time ("leaders are forged in failure", "made across ten thousand ordinary days") and a bare
    "made" ("leaders are made, not born") pass. Said of the leader's own subject ("leaders are made that way"), a manner
    is how anyone becomes one, so only a purpose or a stuff counts there."""
    words = _words()
    made = next(t for t in tokens if t.lemma_.lower() in words["forming_lemmas"] and not t._.lk_family)
    lead = next(t for t in tokens if t._.lk_family)
    if made.sent.start != lead.sent.start and not _takes_up_the_sentence_before(lead, made):
        return False
    subject = next((c for c in made.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not _a_person(subject) or _shaped_by_experience(made):
        return False
    if any(c.dep_ == "oprd" for c in made.children):
        return False  # "how they were made partners": appointed to something, not constituted
    kind = _constitution(made)
    if kind is None:
        return False
    return kind != "manner" or not any(t.i == lead.i for t in subject.subtree)


def birth_word_fits(tokens: Sequence) -> bool:
    """The birth word of "born ready to lead" places something in the person (not "born in 1962, ready to lead")."""
    return _birth_marker_fits(next(t for t in tokens if t.lower_ in _words()["birth_words"] and not t._.lk_family))


def _in_a_statement_of_its_own(marker, verb) -> bool:
    """"Born leaders are a myth; leadership is learned": the birth word hangs under the verb through a clause the
    parser put beneath it (a complement or a side clause with its own subject), which says something else."""
    path = path_up_to(marker, verb)
    return bool(path) and path[-1].dep_ in {"ccomp", "parataxis"} and any(c.dep_ in SUBJECT_DEPS for c in path[-1].children)


def birth_in_the_predicate(tokens: Sequence) -> bool:
    """What the clause says of a lead word puts it in the person from birth: "real leaders come out of the womb that
    way", "a true leader comes hard-wired with the vision", "leaders arrive with a special spark at birth", "leading
    takes a big personality you're born with", "Aisha leads like she was born for it". The birth word must be in the
    predicate, not in the subject ("leaders born in the eighties") and not in the object of a leading verb ("she
    leads a charity for children born early") unless a "like"/"as if" clause compares the leading to it."""
    lead = next(t for t in tokens if t._.lk_family)
    marker = next(t for t in tokens if t.lower_ in _words()["birth_words"] | _words()["life_starts"] and t.i != lead.i)
    if not _birth_marker_fits(marker):
        return False
    low, high = sorted((lead.i, marker.i))
    if any(t.lower_ in _words()["hedges"] for t in lead.doc[low + 1:high]):
        return False  # "leadership is rarely innate", "leaders are only partly born"
    if lead.dep_ == "attr":
        # "From the cradle she was a leader": a person a leader since birth, the birth word the object of the
        # copula's own "from"/"since" ("she was a leader born in Leeds" dates her; "since the birth of her son"
        # dates from someone else's).
        origin = marker.head
        own = not any(c.dep_ == "prep" for c in marker.children)
        return own and marker.dep_ == "pobj" and origin.lower_ in _words()["origin_prepositions"] and origin.head.i == lead.head.i
    if lead.dep_ in SUBJECT_DEPS:
        verb = lead.head
        if verb.tag_ in {"VBN", "VBG"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
            return False  # "leadership reduced to charisma or inborn traits" names the idea, it does not assert it
        if _an_early_time(marker) and verb.lemma_.lower() not in _words()["held_verbs"]:
            return False  # "leaders have it since childhood", not what leaders did then ("read since they were kids")
        return marker not in list(lead.subtree) and not _in_a_statement_of_its_own(marker, verb)
    path = path_up_to(marker, lead)
    return path is not None and any(
        n.dep_ == "advcl" and any(c.lower_ in _words()["comparing_marks"] for c in n.children) for n in path
    )


def _fitted_sense(marker) -> bool:
    """A factory word in the sense of a device fitted before use: the first half of "pre-installed" or "factory-set",
    the "factory" of its settings, the box or factory a thing comes out of, "standard" and "preinstalled" as what a
    thing comes or is, a thing that ships (with something), or set in with nothing named it is set into ("baked in");
    not a real factory ("the factory floor"), a box of anything ("thinks outside the box"), a shipment ("shipped the
    release") or a place ("baked into our culture")."""
    words, doc = _words(), marker.doc
    after = doc[marker.i + 1:marker.i + 3]
    if marker.lower_ in words["set_into"]:
        return any(c.lower_ == "in" and c.dep_ in {"prt", "prep", "advmod"} and not list(c.children) for c in marker.children)
    if len(after) == 2 and after[0].text == "-":
        return after[1].lower_ in words["fitted_participles"]  # not "pre-selected by the board"
    if marker.dep_ == "compound":
        return marker.head.lower_ in words["factory_states"]
    if marker.pos_ == "VERB" and marker.lemma_.lower() in words["arrival_verbs"]:
        return not any(c.dep_ == "dobj" for c in marker.children)
    arrives = _fitted_clause(marker).lemma_.lower() in words["arrival_verbs"]
    if marker.dep_ == "pobj":
        return arrives and marker.head.lower_ in {"of", "from"}
    return marker.tag_ == "VBN" or (arrives and marker.dep_ in {"acomp", "oprd", "advmod"})


def _fitted_clause(token):
    """The verb whose clause says what ``token`` says, through the complements it takes ("is factory-installed", "comes
    baked in")."""
    verb = _governing_verb(token)
    while verb.dep_ in {"acomp", "oprd", "xcomp", "advcl"} and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    return verb


def fitted_at_the_factory(tokens: Sequence) -> bool:
    """The factory word is what its clause says of the lead word: the clause's subject or attribute is the lead word
    ("leadership comes pre-installed", "leading is a factory setting"), names it with "as" ("some folks come out of
    the box as leaders"), or is what a person ships with ("some kids ship with leadership built in"). A device that
    comes with a leader module ("leader boards ship pre-installed") or a leader who leaves a real factory ("the team
    leader came out of the factory at five") says nothing of where leading comes from."""
    words = _words()
    lead = next(t for t in tokens if t._.lk_family)
    marker = next(t for t in tokens if (t.lower_ in words["factory_words"] or t.lower_ in words["set_into"]) and not t._.lk_family)
    if not _fitted_sense(marker):
        return False
    verb = _fitted_clause(marker)
    if lead.dep_ == "pobj" and lead.head.lower_ in {"as", "with"}:
        ships = lead.head.lower_ == "with" and lead.head.head.lemma_.lower() in words["arrival_verbs"]
        return lead.head.head.i == verb.i and (lead.head.lower_ == "as" or ships) or (ships and marker in list(lead.subtree))
    if marker.i == verb.i and marker.lemma_.lower() in words["arrival_verbs"]:
        return False  # "the leader ships with the team": what ships is the leader's work
    return (lead.dep_ in SUBJECT_DEPS or lead.dep_ == "attr") and _fitted_clause(lead.head).i == verb.i and marker not in list(lead.subtree)


def trait_not_questioned(tokens: Sequence) -> bool:
    """The clause naming the trait claims it: "What makes a leader? Honestly, it's mostly genetics." answers the
    question; "Leadership? Is it really just charisma?" only asks."""
    last = tokens[-1]
    return not asks(last.sent)


def it_stands_alone(tokens: Sequence) -> bool:
    """"Some people just have it." ends the thought; "some people just have it easier" (or "have it taught to them")
    goes on to say how, which is not a gift of the few."""
    last = tokens[-1]
    doc = last.doc
    nxt = next((t for t in doc[last.i + 1:last.sent.end] if not t.is_space), None)
    return nxt is None or (nxt.is_punct and nxt.text != "-") or nxt.lower_ in _words()["it_tails"]


def ranked_first(tokens: Sequence) -> bool:
    """What leading needs is reduced to the trait: "just need charisma" before it, or "more than anything",
    "above all", "first and foremost" right after it or fronted before the clause; "need charisma, but ... more"
    ranks it lower."""
    words = _words()
    if any(t.lower_ in words["only_words"] for t in tokens):
        return True
    first, last = tokens[0], tokens[-1]
    before = [t.lower_ for t in first.doc[first.sent.start:first.i]]
    if any(" ".join(before[n:n + 2]) in words["ranking_tails"] for n in range(len(before))):
        return True  # fronted: "Above all, a leader needs magnetism"
    after = [t.lower_ for t in last.doc[last.i + 1:min(last.sent.end, last.i + 4)]]
    return any(" ".join(after[n:n + 2]) in words["ranking_tails"] for n in range(len(after)))


def not_one_share(tokens: Sequence) -> bool:
    """The sentence gives the trait as one share of leading among others ("Personality is one input into leadership,
    among many", "temperament is a factor in leadership, not the whole of it"): what it says is a share, with "a",
    "an", "one" or "some" and nothing that makes it the main one ("a key ingredient", "the biggest factor", "the one
    ingredient you can't fake" claim)."""
    words = _words()
    sentence = tokens[0].doc[tokens[0].sent.start:tokens[-1].sent.end]
    for share in sentence:
        if share.lemma_.lower() not in words["share_nouns"] or share.dep_ not in {"attr", "dobj", "appos"}:
            continue
        kids = list(share.children)
        the_one = any(c.lower_ == "one" for c in kids) and any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an", "some"} for c in kids)
        some = not the_one and any(c.dep_ in {"det", "nummod"} and c.lower_ in {"a", "an", "one", "some"} for c in kids)
        main = any(c.lower_ in words["main_share_modifiers"] or c.tag_ == "JJS" for c in kids if c.dep_ in {"amod", "advmod", "compound"})
        if some and not main:
            return False
    return True


def the_whole_of_it(tokens: Sequence) -> bool:
    """"is everything" or "is all that matters" makes the trait the whole; "is all over the news" does not."""
    last = tokens[-1]
    return last.lower_ == "everything" or last.lemma_.lower() in {"matter", "count"}


def _steps_keep_the_claim(path, verb) -> bool:
    """Each step from the trait up to the predicate stays inside what the clause says leading is or comes from: no
    other verb ("is about managing your temperament"), no clause of its own, and only prepositions that link."""
    words = _words()
    for node in path:
        if node.dep_ not in words["linking_relations"]:
            return False
        if node.dep_ == "dobj" and node.head.i == verb.i and verb.lemma_.lower() not in words["object_predicates"]:
            return False
        if node.dep_ == "prep" and node.lower_ not in words["linking_prepositions"]:
            return False
        if node.pos_ in {"VERB", "AUX"} and node.i != path[0].i:
            return False
    return True


def _grants_learning_after(trait, verb) -> bool:
    """"Leadership is temperament plus years of practice", "charisma, but it can be developed": learning granted after
    the trait, in the predicate's own clause or said of "it", and not denied. Learning in a clause about something else
    ("and all we can do is teach people how to run a one-to-one") grants nothing to leading."""
    words = _words()
    rest = trait.doc[trait.i + 1:trait.sent.end]

    def grants(token) -> bool:
        if token.lemma_.lower() not in words["learning_lemmas"] and token.lower_ not in words["learning_lemmas"]:
            return False
        if token.pos_ in {"VERB", "AUX"}:
            return any(c.dep_ in SUBJECT_DEPS and c.lower_ in words["referring_pronouns"] for c in token.children)
        governing = _governing_verb(token)
        return governing.i == verb.i or (governing.dep_ == "conj" and governing.head.i == verb.i)  # "... and shaped by practice"

    return any(grants(t) for t in rest) and not any(t.dep_ == "neg" or t.lower_ in condition_words("shared")["negative_subjects"] for t in rest)


def trait_linked_by_predicate(tokens: Sequence) -> bool:
    """The trait is what the predicate says of the lead word, a few steps down through links that equate, reduce or
    source ("comes down to", "a matter of", "stems from"); nothing between them grants more than the trait ("more
    than charisma"), and no learning is granted after it. A need ("leadership requires charisma") reduces leading to
    the trait only when ranked first ("just needs", "above all") or inborn ("requires an inborn charisma")."""
    words = _words()
    lead = next(t for t in tokens if t._.lk_family)
    verb = lead.head
    if lead.dep_ == "compound" and not (verb.dep_ == "ROOT" and verb.tag_ == "NNS"):
        return False  # only a verb in -s read as the noun of a verbless sentence: "leadership springs from ..."
    trait = next(t for t in tokens if t.i not in {lead.i, verb.i})
    if any(c.dep_ == "det" and c.lower_ in words["range_determiners"] for c in trait.children):
        return False  # "leaders come in every temperament": a range of traits, none of them the source
    path = path_up_to(trait, verb)
    if not path or len(path) > 3 or not _steps_keep_the_claim(path, verb):
        return False
    if any(t.lower_ in words["beyond_words"] for t in trait.doc[min(verb.i, trait.i) + 1:trait.i]):
        return False
    if _more_granted_after(trait, verb):
        return False
    body = trait.lower_ in words["body_of_the_person"]
    if body and not _a_persons_make_up(trait):
        return False  # "leadership is in our company's DNA"
    if not (generic_lead(tokens) or body or _inborn(trait)):
        return False  # "her leadership comes from her personality" describes her; "... from a natural gift" is the innate view
    # The whole stretch, so "about" before "presence" is seen; an inborn gift is the person's whatever follows it.
    if not _inborn(trait) and not trait_of_the_person(trait.doc[tokens[0].i:trait.i + 1]):
        return False
    if verb.lemma_.lower() in words["need_predicates"]:
        return ranked_first(trait.doc[tokens[0].i:trait.i + 1]) or _inborn(trait)
    return True


def trait_not_outweighed(tokens: Sequence) -> bool:
    """"Leadership is charisma" reduces it; "is more than charisma" (but not "nothing more than"), "is temperament
    plus years of practice" and "is charisma to some extent" grant more, and a leader "in a bad temperament" is in a
    mood, not of a kind. The trait that wins a comparison ("more a matter of charisma than skill", "a trait rather
    than a skill") still reduces it."""
    words = _words()
    trait = tokens[-1]
    link = next(t for t in tokens if t.lemma_ in {"be", "equal", "mean", "="})
    lowered = [t.lower_ for t in trait.doc[link.i + 1:trait.i]]
    if any(w in words["outweighing_words"] for w in lowered) and not any(w in {"nothing", "no"} for w in lowered):
        return False
    if "in" in lowered and any(w in {"a", "an"} for w in lowered[lowered.index("in"):]):
        return False
    rest = trait.doc[trait.i + 1:trait.sent.end]
    if any(t.lower_ in words["comparison_turns"] for t in rest):
        return True  # what comes after "than" or "rather than" is what the trait beats
    return not _more_granted_after(trait, link)


def _more_granted_after(trait, verb) -> bool:
    """After the trait its clause grants learning ("plus years of practice") or makes it a share ("to some extent")."""
    return _grants_learning_after(trait, verb) or _weakened_after(trait)


def _weakened_after(trait) -> bool:
    """"Leadership depends on personality to some extent", "... in part": the rest of the clause makes it a share."""
    rest = trait.doc[trait.i + 1:trait.sent.end]
    clause = next((i for i, t in enumerate(rest) if t.text in CLAUSE_END), len(rest))
    return any(t.lower_ in _words()["weakening_tails"] for t in rest[:clause])


def _inborn(trait) -> bool:
    """The trait is an innate word or has one just before it ("an inborn charisma", "a natural gift for people")."""
    return any(t.lower_ in _words()["innate"] for t in trait.doc[max(trait.sent.start, trait.i - 2):trait.i + 1])


def label_taken_up_whole(tokens: Sequence) -> bool:
    """A trait that ends one sentence is a label for leading only when the next opens on a pronoun that takes it up and
    ends on the lead word, or on "is" after it: "... is charisma. That's all leadership is." ("We need charisma. That's
    the leadership team's job" goes on to name something else.)"""
    trait, lead = tokens[0], tokens[-1]
    if trait.sent.start == lead.sent.start:
        return True
    opener = lead.doc[lead.sent.start]
    if opener.lower_ not in {"that", "this", "it"}:
        return False
    rest = [t for t in lead.doc[lead.i + 1:lead.sent.end] if not t.is_space]
    if rest and rest[0].lemma_ == "be":
        rest = rest[1:]
    return all(t.is_punct for t in rest)


def withheld_outright(tokens: Sequence) -> bool:
    """"You can coach a lot of things, but not leadership" withholds teaching from leading for good; the rest of the
    sentence may limit it to a means or a pace ("..., but not leadership, in a single weekend", "... from a book")."""
    last = tokens[-1]
    rest = last.doc[last.i + 1:last.sent.end]
    return not any(t.lower_ in _words()["learning_elsewhere"] or t.lower_ in _words()["learnable"] for t in rest)


def leading_is_what_is_said(tokens: Sequence) -> bool:
    """Before "it's who she is", the first clause says that someone leads or is a leader ("I have always been a leader",
    "leading the choir isn't a job for Tom"); a leader as the subject of something else ("our leader left early, that's
    who Sam is") leaves the pronoun to take up that something else."""
    lead = tokens[0]
    return not (lead._.lk_form == "agent" and lead.dep_ in SUBJECT_DEPS)


def it_takes_up_the_lead(tokens: Sequence) -> bool:
    """The pronoun can only stand for the lead word when no other noun comes between them, except what the lead word
    itself governs: "we do not coach leadership, because it can't be coached", "leading a crew: that can't be taught";
    not "our leaders asked for a plan, because it can't be made"."""
    lead = tokens[0]
    pronoun = next(t for t in tokens[1:] if t.lower_ in {"it", "that", "this"} and t.pos_ == "PRON")
    own = {t.i for t in lead.subtree}
    return not any(t.pos_ in {"NOUN", "PROPN"} and t.i not in own for t in lead.doc[lead.i + 1:pronoun.i])


CONDITIONS: dict = {
    "withheld-outright": withheld_outright,
    "leading-is-what-is-said": leading_is_what_is_said,
    "it-takes-up-the-lead": it_takes_up_the_lead,
    "label-taken-up-whole": label_taken_up_whole,
    "answered-with-a-trait": answered_with_a_trait,
    "making-denied-then-trait": making_denied_then_trait,
    "cue-in-its-sense": cue_in_its_sense,
    "birth-word-fits": birth_word_fits,
    "trait-not-outweighed": trait_not_outweighed,
    "trait-of-the-person": trait_of_the_person,
    "lead-not-in-phrase": lead_not_in_phrase,
    "phrase-names-a-kind": phrase_names_a_kind,
    "generic-lead": generic_lead,
    "natural-names-a-person": natural_names_a_person,
    "not-nature-of": not_nature_of,
    "not-denied": not_denied,
    "learning-denied-or-not-denied": learning_denied_or_not_denied,
    "claim-or-answered-yes": claim_or_answered_yes,
    "temperament-sets-the-bar": temperament_sets_the_bar,
    "learning-denied-then-trait": learning_denied_then_trait,
    "learning-denied-then-arrival": learning_denied_then_arrival,
    "has-it-or-not": has_it_or_not,
    "learning-comes-to-nothing": learning_comes_to_nothing,
    "not-universal": not_universal,
    "cannot-learn-at-all": cannot_learn_at_all,
    "rhetorical-question": rhetorical_question,
    "lead-is-the-product": lead_is_the_product,
    "quality-is-inborn": quality_is_inborn,
    "natural-as-a-noun": natural_as_a_noun,
    "nothing-else-teaches-it": nothing_else_teaches_it,
    "most-of-it": most_of_it,
    "runs-in-the-family": runs_in_the_family,
    "lacks-the-trait": lacks_the_trait,
    "birth-in-the-predicate": birth_in_the_predicate,
    "fitted-at-the-factory": fitted_at_the_factory,
    "trait-not-questioned": trait_not_questioned,
    "it-stands-alone": it_stands_alone,
    "ranked-first": ranked_first,
    "the-whole-of-it": the_whole_of_it,
    "not-one-share": not_one_share,
    "given-by-god": given_by_god,
    "no-hedge-between": no_hedge_between,
    "trait-wins-the-comparison": trait_wins_the_comparison,
    "lead-is-what-is-taught": lead_is_what_is_taught,
    "no-particular-teacher": no_particular_teacher,
    "held-by-a-person": held_by_a_person,
    "innate-ability": innate_ability,
    "not-played-down": not_played_down,
    "source-of-the-lead": source_of_the_lead,
    "trait-linked-by-predicate": trait_linked_by_predicate,
    "beyond-teaching": beyond_teaching,
    "learning-denied-its-product": learning_denied_its_product,
    "learning-after-than": learning_after_than,
    "make-up-of-a-person": make_up_of_a_person,
    "lead-is-made": lead_is_made,
    "answer-stands": answer_stands,
    "one-thing-named": one_thing_named,
    "lead-not-a-manner": lead_not_a_manner,
    "lead-heads-its-phrase": lead_heads_its_phrase,
    "asked-then-learning-denied": asked_then_learning_denied,
    "fragment-opens-sentence": fragment_opens_sentence,
    "born-with-it-or-not": born_with_it_or_not,
    "trait-is-the-subject": trait_is_the_subject,
    "its-as-it-is": its_as_it_is,
    "teaching-the-born-denied": teaching_the_born_denied,
    "ability-to-lead": ability_to_lead,
    "relative-denies-teaching": relative_denies_teaching,
    "learning-cannot-give-it": learning_cannot_give_it,
    "before-the-first-skills": before_the_first_skills,
    "spotted-in-childhood": spotted_in_childhood,
    "learning-disqualifies": learning_disqualifies,
    "before-any-teaching": before_any_teaching,
    "made-so-in-its-sense": made_so_in_its_sense,
    "made-for-it": made_for_it,
    "trait-is-the-whole": trait_is_the_whole,
    "found-where-making-denied": found_where_making_denied,
    "already-of-the-lead": already_of_the_lead,
    "there-or-never": there_or_never,
    "trait-taken-up": trait_taken_up,
}
