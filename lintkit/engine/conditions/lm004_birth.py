"""LM004 (charisma): birth, early life and make-up as the source of leading.

Birth words are everywhere in prose ("born in 1962", "a natural next step", "by nature of the role");
these conditions keep only the ones that put leading in the person from the start.
"""
from __future__ import annotations

from typing import Sequence

from lintkit.engine.conditions.lm004_basics import a_person, a_persons_make_up, clause_denied, governing_verb, learned_another_way, learning_denied, learning_named, learns, lm004_words
from lintkit.engine.conditions.lm004_denials import not_universal
from lintkit.engine.conditions.lm004_lead_word import an_ability_to_lead, generic_lead
from lintkit.engine.conditions.shared import SUBJECT_DEPS, asks, first_conjunct, path_up_to, token_after
from lintkit.engine.conditions.words import condition_words, pattern_lists
from lintkit.nlp.relations import marked_infinitive


# What a passive making verb says of the person it makes: its purpose, stuff, manner, agent and circumstances (not a
# clause beside it, such as a denied learning before "he was simply made of the stuff").
MAKING_COMPLEMENTS = frozenset({"prep", "agent", "xcomp", "advmod", "npadvmod", "oprd", "dobj"})


def born_with_it_or_not(tokens: Sequence) -> bool:
    """"Either you're born with it or you're not": what one is born with is the vague thing standing for leading or a
    trait (not "born with a plan"), and learning affirmed near it ("born with it or you practise") makes it a skill."""
    words = lm004_words()
    lead = tokens[0]
    if any((learns(t) or t.lower_ in words["learnable"]) and not learning_denied(t) for t in lead.doc[lead.sent.start:tokens[-1].sent.end]):
        return False
    born = next(t for t in tokens[1:] if t.lower_ in words["born_or_wired"])
    if asks(born.sent):
        return False  # "Are you born with it or not?" asks; "Leadership? Either you're born with it or you're not." says
    held = [g for c in born.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    return not held or held[0].lower_ in words["vague_things"] or held[0].lower_ in words["traits"]


def fragment_opens_sentence(tokens: Sequence) -> bool:
    """"... in kindergarten. Born for it.": the birth word opens a sentence of its own with no verb of its own besides
    it, so it is said of the one just told leading; "Born that way, he still took a course" makes the birth the
    frame of a new clause about someone, and "Born for it? Hardly." asks."""
    birth = next(t for t in tokens if t.lower_ in lm004_words()["made_so"] and not t._.lk_family)
    sent = birth.sent
    intensifiers = lm004_words()["sentence_opening_intensifiers"]
    if birth.i != sent.start and not all(t.lower_ in intensifiers for t in birth.doc[sent.start:birth.i]):
        return False
    if asks(sent):
        return False  # "Born for it? Hardly.": asked, not said
    return not any(t.pos_ in {"VERB", "AUX"} and t.i != birth.i for t in sent)


def _teaching_denied_after(token) -> bool:
    """Later in the sentence, teaching or learning is denied: "... — it's not something we can teach in onboarding"."""
    rest = token.doc[token.i + 1:token.sent.end]
    words = lm004_words()
    training, negators = words["training_lemmas"], words["teaching_negators"]
    taught = [t for t in rest if t.lemma_.lower() in training]
    return bool(taught) and any(t.dep_ == "neg" or t.lower_ in negators for t in rest if t.i < taught[0].i)


def natural_names_a_person(tokens: Sequence) -> bool:
    """"a natural leader" is a person born to it; "natural leadership" only so with an ability after it ("natural leadership skills").

    "The natural leader for this project" is the obvious choice, not a gift.
    """
    family = next(t for t in tokens if t._.lk_family)
    before = [t.lower_ for t in tokens if t.i < family.i]
    if "natural" not in before:
        return True
    if before[-1] in lm004_words()["natural_at_ease_openers"]:
        return False  # "she felt natural as a leader": at ease, not born to it
    if family._.lk_form == "abstract":
        # "natural leadership skills", or "natural leadership — it's not something we can teach"
        return family is not tokens[-1] or _teaching_denied_after(family)
    doc = family.doc
    after = doc[family.i + 1].lower_ if family.i + 1 < len(doc) else ""
    first = tokens[0]
    article = doc[first.i - 1].lower_ if first.i > 0 else ""
    return after != "for" and not (article == "the" and family.tag_ == "NN")


def held_by_a_person(tokens: Sequence) -> bool:
    """Where the lead word is said to be is a person, or a person's make-up: "leadership was in Grandpa's blood",
    "some people just have leadership in them", "leaders have it in the blood". Not a thing's make-up ("leadership is
    in our company's DNA"), a place ("in the family business"), or a person for a lead word that is someone ("our
    teams have leaders in them")."""
    words = lm004_words()
    lead = next(t for t in tokens if t._.lk_family)
    holder = next(t for t in tokens if t.dep_ == "pobj" and t.lower_ in words["person_holders"])
    place = holder.head  # "in", on the verb ("was in his blood") or on the lead word ("have leadership in them")
    if place.head.i != lead.i and not any(c.i == lead.i for c in place.head.children):
        return False
    if holder.pos_ == "PRON":
        return lead._.lk_form == "abstract"
    return a_persons_make_up(holder)


def innate_ability(tokens: Sequence) -> bool:
    """What leading is said to need is innate: "the innate charisma that leadership requires", "leading takes an
    inborn confidence"; needing charisma alone ("charisma is one thing you need to lead") is not the innate view."""
    ability = next(t for t in tokens if t.lower_ in lm004_words()["abilities"] or t.lower_ in lm004_words()["charisma_words"])
    # The words just before it, not its modifiers: the parser often hangs "innate" on the verb ("requires innate charisma").
    return any(t.lower_ in lm004_words()["innate"] for t in ability.doc[max(ability.sent.start, ability.i - 2):ability.i])


def source_of_the_lead(tokens: Sequence) -> bool:
    """"Leaders by nature", "she leads by instinct": the source phrase is not in a clause of its own under the lead
    word, which would make it the source of another act ("the dog led the children home, tracking by instinct")."""
    lead = next(t for t in tokens if t._.lk_family)
    if lead.tag_ == "VBD" and any(c.dep_ == "dobj" for c in lead.children):
        return False  # "the dog led the flock home by instinct": how one act was done, not what a leader is
    source = next(t for t in reversed(tokens) if t.lower_ in lm004_words()["source_prepositions"])
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


def quality_is_inborn(tokens: Sequence) -> bool:
    """"that indefinable star quality that marks out a leader": a quality only counts with a modifier that puts it beyond learning."""
    head = tokens[0]
    if head.lower_ == "spark":
        return True
    before = head.doc[max(head.sent.start, head.i - 3):head.i]
    return any(t.lower_ in lm004_words()["inborn_quality_modifiers"] for t in before)


def natural_as_a_noun(tokens: Sequence) -> bool:
    """"a natural at leading" names a person gifted for it; "it's natural for leaders to doubt" is only normal."""
    first = tokens[0]
    if first.lower_ != "natural":
        return True
    before = first.doc[max(first.sent.start, first.i - 3):first.i]
    articles = condition_words("shared")["indefinite_articles"]
    return any(t.lower_ in articles for t in before)


def runs_in_the_family(tokens: Sequence) -> bool:
    """"Leadership runs in the family" and "is in the family line" are inheritance; "leadership in the family business"
    is not; "in their nature" needs the owner, and an owner named by a noun must be a person."""
    last = tokens[-1]
    if last.lower_ in lm004_words()["family_nouns"]:
        if last.dep_ == "compound":
            return last.head.lower_ in lm004_words()["lineage_heads"]  # "the family line", not "the family business"
        return any(t.lemma_.lower() == "run" for t in tokens)
    before = last.doc[last.i - 1] if last.i > 0 else None
    if before is not None and before.tag_ == "POS":
        return a_person(before.head)  # "some boys' nature", "a child's blood"; not "our company's DNA"
    if last.lower_ == "nature":
        return before is not None and before.tag_ == "PRP$"
    return True


def _cue_in_its_sense(marker) -> bool:
    """A word of the innate view in the sense of a person's make-up: not part of a compound ("blood bank", "nature
    reserve"), not an event ("gave birth"), not a date or place of birth ("born in 1962"), as an adjective of
    two senses only on an ability or a leader ("a natural gift", "a natural leader"; not "natural gas"); "an inborn
    confidence" has no other sense; a word of the earliest years only as the time a state dates from."""
    words = lm004_words()
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
    return after is not None and (after.lower_ in lm004_words()["persons_taken_in"] or (after.dep_ == "pobj" and a_person(after)))


def cue_in_its_sense(tokens: Sequence) -> bool:
    """The learned back-off reads a sentence only where its word of the innate view has that sense: the score was
    fitted on sentences about people, and "the blood bank" or "natural gas" beside a leader only looks like one."""
    cue = next(t for t in (tokens[-1], tokens[0]) if not t._.lk_family)
    if _post_handed_over(cue):
        return False
    return _cue_in_its_sense(cue) or _birth_of_the_leaders(cue, tokens)


def _post_handed_over(cue) -> bool:
    """"The leadership she inherited was a mess", "he inherited the leadership of the party": a leadership with its
    determiner, inherited, is a post or a team handed over; "some people inherit leadership the way they inherit a
    temper" keeps the bare word, the ability."""
    if cue.lemma_.lower() != "inherit" or cue.pos_ != "VERB":
        return False
    taken = [c for c in cue.children if c.dep_ == "dobj"] + ([cue.head] if cue.dep_ == "relcl" else [])
    return any(t._.lk_family and any(c.dep_ in {"det", "poss"} for c in t.children) for t in taken)


def _birth_of_the_leaders(cue, tokens) -> bool:
    """"Leaders in sport don't take courses. They're simply born competitors": after leaders denied learning, an
    adjective of birth on the kind of person a pronoun is said to be puts those leaders in birth, not only their bent
    for competing. Without the denial the pronoun may stand for anyone ("Our leaders met the squad. They are born
    dancers")."""
    words = lm004_words()
    lead = next((t for t in tokens if t._.lk_family), None)
    kind, verb = cue.head, cue.head.head
    if lead is None or lead._.lk_form != "agent" or lead.i > cue.i or cue.dep_ != "amod" or cue.lower_ not in words["innate"]:
        return False
    denied = any(t.dep_ == "neg" for t in lead.sent) and any(t.lower_ in words["learning_places"] or learns(t) for t in lead.sent)
    if not denied:
        return False
    said_of_a_pronoun = kind.dep_ == "attr" and verb.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in words["third_persons"] for c in verb.children)
    return said_of_a_pronoun and kind.lower_.endswith(("er", "ers", "or", "ors", "ist", "ists"))


def _birth_marker_fits(marker) -> bool:
    """A birth word that places something in the person: "come out of the womb", "at birth", "hard-wired", "in their
    DNA". Not a date or place of birth ("born in 1970"), a compound ("blood pressure"), an event ("gave birth"), a
    property of a thing ("leadership is in our company's DNA"), or an adjective of anything but an ability."""
    words = lm004_words()
    if not _cue_in_its_sense(marker):
        return False
    if marker.pos_ == "VERB" and any(c.dep_ == "dobj" for c in marker.children):
        return False  # "a matter of breeding trust over years": raising something, not descent
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
    words = lm004_words()
    return any(marker.lower_ in words[name] for name in ("early_life", "life_words", "first_events"))


def _dates_from(marker) -> bool:
    """A word of the earliest years as the time a state dates from: the object of "from"/"since" ("from childhood", "from
    the sandbox on") or inside a "since" clause ("since they were toddlers"); not what a leader had ("difficult
    childhoods") or led ("a childhood charity")."""
    words = lm004_words()
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
    clause = governing_verb(marker)
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in origins for c in clause.children)


def _start_of_a_life(life) -> bool:
    """"From day one of her life", "since the first day of his life": a life, a person's or none named, as what the
    noun after "from"/"since" is the start of; not a project's life or a life someone led."""
    words = lm004_words()
    owners = [c for c in life.children if c.dep_ == "poss"]
    if any(o.lower_ not in words["personal_possessives"] for o in owners) or life.dep_ != "pobj" or life.head.lower_ != "of":
        return False
    start = life.head.head
    while start.dep_ in {"nummod", "appos"} and start.head.i != start.i:
        start = start.head  # "day one of her life": the parser hangs "of" on "one"
    return start.pos_ == "NOUN" and start.dep_ == "pobj" and start.head.lower_ in words["origin_prepositions"]


def spotted_in_childhood(tokens: Sequence) -> bool:
    """Leaders are picked out by looking at small children: "you can spot the leaders on the first morning of
    kindergarten", "you could tell which kids would lead by age six". Both the lead word and the child's age or place
    hang under the verb of spotting, the place in a phrase of place or time and not inside a clause of its own ("leaders who played in the sandbox");
    an age has its number ("by the time a kid is six": a number after a word of age, counting nothing); nothing said
    with the spotting makes the leading learned or grown. The leaders may be
    named in the sentence before, and a pronoun the verb of spotting takes stands for them."""
    words = lm004_words()
    lead = next(t for t in tokens if t._.lk_family)
    scene = next(t for t in tokens if t.lower_ in words["childhood_scenes"] | words["early_age_numbers"] and not t._.lk_family)
    number = scene.lower_ in words["early_age_numbers"]
    if number:
        if not any(t.lower_ in words["age_words"] for t in scene.doc[lead.i + 1:scene.i]) or _counts_a_noun(scene):
            return False  # "by the six traits they share" counts something else
    elif scene.lower_ not in words["small_children"] and scene.dep_ != "pobj":
        return False  # "the nursery committee" names no child's place
    elif scene.dep_ == "compound" and scene.head.dep_ != "pobj":
        return False  # "a baby photo" is where one looks, after "in"; "the baby food brand" a leader leads is not
    if scene.lower_ in words["age_nouns"] and not _age_with_number(scene):
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
               for verb in spotting if not clause_denied(verb) and not _grown_under(verb))  # "toddlers can tell who leads" spot


def _grown_under(verb) -> bool:
    """What the verb of spotting says holds learning or growth: "spot the potential early and train it" (the writer's own
    "I've learned you can spot them" sits above it)."""
    words = lm004_words()
    return any(learns(t) or t.lemma_.lower() in words["learning_lemmas"] or t.lower_ in words["growth_words"] for t in verb.subtree)


def _counts_a_noun(number) -> bool:
    """"six traits": the number counts the noun after it, no age."""
    after = token_after(number)
    return after is not None and after.pos_ in {"NOUN", "PROPN"}


def _age_with_number(scene) -> bool:
    """"age five", "aged 6", "the age of four"."""
    after = scene.doc[scene.i + 1:scene.i + 3]
    return any(t.like_num for t in after)


def _under(token, verb) -> bool:
    """The token hangs under the verb with no clause of its own between them (a relative or reduced clause, or a side
    clause with no subject: "Look at this kindergarten photo: you can spot the team leader" looks, it does not date)."""
    node = token
    while node.i != verb.i:
        if node.head.i == node.i or node.dep_ in {"relcl", "acl"} and node.i != token.i:
            return False
        if node.dep_ == "advcl" and node.i != token.i and not any(c.dep_ in SUBJECT_DEPS for c in node.children):
            return False
        node = node.head
    return token.i != verb.i


def before_the_first_skills(tokens: Sequence) -> bool:
    """The clause dates leading from before a small child could do the first things one learns: "before she could
    walk", "since he could talk", "before he could spell it". A person as its subject, an ability modal, nothing
    that makes the skill an adult's task ("before she could read the contract", "before he could walk without a
    cane", "walk into the room")."""
    words, shared = lm004_words(), condition_words("shared")
    skill = next(t for t in tokens if t.dep_ == "advcl" and not t._.lk_family)
    kids = list(skill.children)
    marked = any(c.dep_ == "mark" and c.lower_ in words["first_skill_marks"] for c in kids)
    able = any(c.dep_ == "aux" and c.lower_ in words["ability_modals"] for c in kids)
    person = next((c for c in kids if c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON" and c.lower_ not in shared["negative_subjects"]), None)
    if person is None or not _same_person(person, skill.head):
        return False

    def own(c) -> bool:  # "spell it", "spell his name"
        return c.pos_ == "PRON" or any(g.dep_ == "poss" and g.lower_ in words["personal_possessives"] for g in c.children)

    bare = all(own(c) for c in kids if c.dep_ == "dobj") and not any(c.dep_ in {"prep", "advmod", "npadvmod"} and c.lower_ not in words["still_bare_adverbs"] for c in kids)
    return marked and able and bare


def before_any_teaching(tokens: Sequence) -> bool:
    """Leading dated before any teaching: a "before" clause whose verb teaches or trains ("before anyone trained
    them", "before they were ever coached", "before anyone could have taught them", or joined to a first "before"
    clause: "before anyone gave them the title, and before anyone trained them"), or "before" a noun of learning
    ("before any training"). A title or a role given first ("leaders before anyone gave them the title") says
    leading is not the post, not that it is inborn. Teaching of something else ("before I trained him as a pilot",
    "in our methods"), teaching after as well ("before training and after it"), learning named elsewhere ("before the
    course, on the job") and everyone made a leader ("everyone is a leader before ...") pass; "anyone" as the teacher
    is any teacher at all."""
    words = lm004_words()
    lead = next(t for t in tokens if t._.lk_family)
    before = next(t for t in tokens if t.dep_ in {"advcl", "conj", "prep"} and not t._.lk_family)
    if learned_another_way(tokens) or not not_universal([lead]):
        return False
    if before.dep_ == "prep":
        taught = [c for c in before.children if c.dep_ == "pobj" and c.lower_ in words["learning_nouns"] | words["learning_places"]]
        return bool(taught) and not any(c.dep_ == "conj" for c in before.children)
    marked = any(c.dep_ == "mark" and c.lower_ == "before" for c in before.children)
    plain = all(c.pos_ == "PRON" for c in before.children if c.dep_ in {"dobj", "dative"}) and not any(c.dep_ == "prep" for c in before.children)
    return marked and plain and not learning_denied(before)


def _same_person(pronoun, verb) -> bool:
    """The child who could not yet walk is the one who led: the same pronoun as the leading clause's subject, or one
    that can stand for a person named there ("Priya led ... before she could talk"), not someone else ("she was
    leading the meeting before I could speak")."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.pos_ == "PRON":
        return subject.lower_ == pronoun.lower_
    return pronoun.lower_ in lm004_words()["third_persons"]


def made_so_in_its_sense(tokens: Sequence) -> bool:
    """"Born to stand in front of men and lead them" is what the person is made for; "born in Leeds to teach and lead"
    is where, said of a birth word as the back-off reads it."""
    made = next(t for t in tokens if t.lower_ in lm004_words()["made_so"])
    return made.lower_ not in lm004_words()["birth_words"] or _cue_in_its_sense(made)


def meant_as_destiny(tokens: Sequence) -> bool:
    """"Not everyone is meant to lead", "some people are just meant for leadership": what a person is for. "Meant" is
    also what was planned or owed ("I was meant to lead the stand-up today", "who's meant to lead this week?"), which
    names a task: a question, or leading that takes a thing, a time or a place, is that sense. Leading people in
    general ("meant to lead others") is still what the person is for."""
    words = lm004_words()
    made = next(t for t in tokens if t.lower_ in words["made_so"] and not t._.lk_family)
    if made.lower_ != "meant":
        return True
    if asks(made.sent):
        return False
    lead = next(t for t in tokens if t._.lk_family)
    if lead.pos_ != "VERB":
        return True
    for c in lead.children:
        if c.dep_ == "dobj" and c.lower_ not in words["led_in_general"]:
            return False
        if c.dep_ in {"npadvmod", "prep", "advcl", "dative", "prt"}:
            return False
    return True


def _shaped_by_experience(made) -> bool:
    """What the making names is learning, experience or time ("forged in failure", "made from years of practice",
    "built by hardship"), or leaves the person like everyone else ("made of the same stuff as the rest of us")."""
    words = lm004_words()
    shaping = words["learning_nouns"] | words["learning_places"] | words["shaping_experiences"] | words["gradual_words"]
    alike = words["universal_subjects"] | words["everyone_else"]
    said = [t for c in made.children if c.dep_ in MAKING_COMPLEMENTS for t in c.subtree]
    return any(t.lower_ in shaping or t.lemma_.lower() in shaping or t.lower_ in alike for t in said)


def _constitution(made) -> str | None:
    """How the making puts leading in the person: what it is made for ("bred to lead", "stamped for it"), what it is
    made of ("made of the stuff", "cut from the same log", "bred like racehorses") or how it is made ("built that way",
    "the way he's made", "how someone is put together"). A bare "made" ("leaders are made, not born") is none."""
    words = lm004_words()
    lemma = made.lemma_.lower()
    by_a_giver = any(c.dep_ == "agent" and any(g.lower_ in words["innate_givers"] for g in c.children) for c in made.children)
    for c in made.children:
        if c.dep_ == "xcomp" and c._.lk_family and lemma != "make":  # "made to lead" is also "forced to lead"
            return "purpose"
        if c.dep_ == "advcl" and c._.lk_family and lemma != "make" and _bare_infinitive(c):
            return "purpose"  # the parser's other reading of the same "built to lead" ("whether you were built to lead")
        # "made by God to lead": a maker that forces no one (the parser hangs "to lead" as xcomp or advcl)
        if c.dep_ in {"xcomp", "advcl"} and c._.lk_family and by_a_giver:
            return "purpose"
        if c.dep_ == "prep" and c.lower_ == "for":
            objects = [g for g in c.children if g.dep_ in {"pobj", "pcomp"}]
            if any(g._.lk_family or g.lower_ in words["referring_pronouns"] for g in objects):
                return "purpose"
        if c.dep_ == "prep" and c.lower_ in words["made_from_prepositions"]:
            return "material"  # also "of" left at the end: "what the daughters were made of"
        if c.dep_ == "prep" and c.lower_ == "out" and any(g.lower_ in words["made_from_prepositions"] for g in c.children):
            return "material"  # "cut out of tougher timber"
        if c.dep_ == "prep" and c.lower_ == "like" and lemma in words["breeding_lemmas"]:
            return "material"
        if c.lower_ == "way" and any(g.dep_ == "det" and g.lower_ in words["way_demonstratives"] for g in c.children):
            return "manner"
        if c.dep_ == "advmod" and c.lower_ == "how":
            return "manner"
    if made.dep_ == "relcl" and made.head.lemma_.lower() == "way":
        return "manner"
    return None


def _bare_infinitive(verb) -> bool:
    """"to lead" with no subject of its own, which the parser sometimes hangs as a side clause of the making: the
    making's purpose, as its xcomp would be ("so that she could lead" has a subject and is someone's aim)."""
    return marked_infinitive(verb) and not any(
        c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children)


def _takes_up_the_sentence_before(lead, made) -> bool:
    """The making's sentence comes right after the lead word's and opens on a pronoun that takes it up as a whole:
    "I've been leading people since I could walk. It's how I'm built", "She has led every team she joined. That's the
    way she's made". A making further on, or in a sentence about something else, is not said of that leading."""
    first = made.sent[0]
    if made.sent.start != lead.sent.end or first.lower_ not in lm004_words()["antecedent_pronouns"] or first.dep_ not in SUBJECT_DEPS:
        return False
    return first.head.i == made.i or first.head.is_ancestor(made)


def made_for_it(tokens: Sequence) -> bool:
    """A person said to be made, bred, cut or built for leading, of its stuff or that way: "some people are simply built
    to lead", "the ones who will lead were stamped for it", "a leader is cut from the same log as his grandfather",
    "she leads because she was built that way". The maker is then nature, not learning: a making by, in or through
    learning, experience or time ("leaders are forged in failure", "made across ten thousand ordinary days") and a bare
    "made" ("leaders are made, not born") pass. Said of the leader's own subject ("leaders are made that way"), a manner
    is how anyone becomes one, so only a purpose or a stuff counts there."""
    words = lm004_words()
    made = next(t for t in tokens if t.lemma_.lower() in words["forming_lemmas"] and not t._.lk_family)
    lead = next(t for t in tokens if t._.lk_family)
    if made.sent.start != lead.sent.start and not _takes_up_the_sentence_before(lead, made):
        return False
    subject = next((c for c in made.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not a_person(subject) or _shaped_by_experience(made):
        return False
    if any(c.dep_ == "oprd" for c in made.children):
        return False  # "how they were made partners": appointed to something, not constituted
    kind = _constitution(made)
    if kind is None:
        return False
    return kind != "manner" or not any(t.i == lead.i for t in subject.subtree)


def birth_word_fits(tokens: Sequence) -> bool:
    """The birth word of "born ready to lead" places something in the person (not "born in 1962, ready to lead")."""
    return _birth_marker_fits(next(t for t in tokens if t.lower_ in lm004_words()["birth_words"] and not t._.lk_family))


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
    marker = next(t for t in tokens if t.lower_ in lm004_words()["birth_words"] | lm004_words()["life_starts"] and t.i != lead.i)
    return _born_in_what_is_said_of(lead, marker)


def _born_in_what_is_said_of(lead, marker) -> bool:
    """``birth_in_the_predicate`` for a given subject (a lead word, or the pronoun that takes one up) and birth word."""
    if not _birth_marker_fits(marker):
        return False
    low, high = sorted((lead.i, marker.i))
    if any(t.lower_ in lm004_words()["hedges"] for t in lead.doc[low + 1:high]):
        return False  # "leadership is rarely innate", "leaders are only partly born"
    if lead.dep_ == "attr" and _since_own_birthday(lead, marker):
        return True
    if lead.dep_ == "attr":
        # "From the cradle she was a leader": a person a leader since birth, the birth word the object of the
        # copula's own "from"/"since" ("she was a leader born in Leeds" dates her; "since the birth of her son"
        # dates from someone else's).
        origin = marker.head
        own = not any(c.dep_ == "prep" for c in marker.children)
        # The parser may hang the "since" on the leader itself ("a leader since the nursery").
        return own and marker.dep_ == "pobj" and origin.lower_ in lm004_words()["origin_prepositions"] and origin.head.i in (lead.head.i, lead.i)
    if lead.dep_ in SUBJECT_DEPS:
        verb = lead.head
        if verb.tag_ in {"VBN", "VBG"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
            return False  # "leadership reduced to charisma or inborn traits" names the idea, it does not assert it
        if any(t.lower_ in lm004_words()["comparison_turns"] for t in lead.doc[verb.i + 1:marker.i]):
            return False  # "leadership is built through experience rather than given at birth": birth is what loses
        if _an_early_time(marker) and verb.lemma_.lower() not in lm004_words()["held_verbs"]:
            return False  # "leaders have it since childhood", not what leaders did then ("read since they were kids")
        return marker not in list(lead.subtree) and not _in_a_statement_of_its_own(marker, verb)
    path = path_up_to(marker, lead)
    return path is not None and any(
        n.dep_ == "advcl" and any(c.lower_ in lm004_words()["comparing_marks"] for c in n.children) for n in path
    )


def _since_own_birthday(lead, marker) -> bool:
    """"She has been a leader since the day she was born": the copula's own "since"/"from" a moment of the person's
    own birth, told as a clause on "the day"; "since the day his daughter was born" dates from someone else's."""
    words = lm004_words()
    moment = marker.head
    if marker.dep_ != "relcl" or moment.lower_ not in words["birth_moments"] or moment.dep_ != "pobj":
        return False
    origin = moment.head
    if origin.lower_ not in words["origin_prepositions"] or origin.head.i != lead.head.i:
        return False
    born = next((c for c in marker.children if c.dep_ in SUBJECT_DEPS), None)
    holder = next((c for c in lead.head.children if c.dep_ in SUBJECT_DEPS), None)
    if born is None or holder is None or born.pos_ != "PRON":
        return False
    if holder.pos_ == "PRON":
        return born.lower_ == holder.lower_
    return born.lower_ in words["third_persons"]  # "Theo has been a leader since the day he was born"


def _fitted_sense(marker) -> bool:
    """A factory word in the sense of a device fitted before use: the first half of "pre-installed" or "factory-set",
    the "factory" of its settings, the box or factory a thing comes out of, "standard" and "preinstalled" as what a
    thing comes or is, a thing that ships (with something), or set in with nothing named it is set into ("baked in");
    not a real factory ("the factory floor"), a box of anything ("thinks outside the box"), a shipment ("shipped the
    release") or a place ("baked into our culture")."""
    words, doc = lm004_words(), marker.doc
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
        return arrives and marker.head.lower_ in words["made_from_prepositions"]
    return marker.tag_ == "VBN" or (arrives and marker.dep_ in {"acomp", "oprd", "advmod"})


def _fitted_clause(token):
    """The verb whose clause says what ``token`` says, through the complements it takes ("is factory-installed", "comes
    baked in")."""
    verb = governing_verb(token)
    while verb.dep_ in {"acomp", "oprd", "xcomp", "advcl"} and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    return verb


def fitted_at_the_factory(tokens: Sequence) -> bool:
    """The factory word is what its clause says of the lead word: the clause's subject or attribute is the lead word
    ("leadership comes pre-installed", "leading is a factory setting"), names it with "as" ("some folks come out of
    the box as leaders"), or is what a person ships with ("some kids ship with leadership built in"). A device that
    comes with a leader module ("leader boards ship pre-installed") or a leader who leaves a real factory ("the team
    leader came out of the factory at five") says nothing of where leading comes from."""
    words = lm004_words()
    lead = next(t for t in tokens if t._.lk_family)
    marker = next(t for t in tokens if (t.lower_ in words["factory_words"] or t.lower_ in words["set_into"]) and not t._.lk_family)
    if not _fitted_sense(marker):
        return False
    verb = _fitted_clause(marker)
    if lead.dep_ == "pobj" and lead.head.lower_ in words["shipped_with_prepositions"]:
        ships = lead.head.lower_ == "with" and lead.head.head.lemma_.lower() in words["arrival_verbs"]
        return lead.head.head.i == verb.i and (lead.head.lower_ == "as" or ships) or (ships and marker in list(lead.subtree))
    if marker.i == verb.i and marker.lemma_.lower() in words["arrival_verbs"]:
        return False  # "the leader ships with the team": what ships is the leader's work
    return (lead.dep_ in SUBJECT_DEPS or lead.dep_ == "attr") and _fitted_clause(lead.head).i == verb.i and marker not in list(lead.subtree)


def with_left_bare(tokens: Sequence) -> bool:
    """"Something you arrive with" ends its relative clause on "with", so what one arrives with is the lead word's
    ability itself; "something you arrive with a plan for" gives "with" an object of its own."""
    with_ = tokens[-1]
    return not any(c.dep_ in {"pobj", "pcomp"} for c in with_.children)


def taken_up_then_born(tokens: Sequence) -> bool:
    """Leaders in general as the subject of one sentence, then "they", "he" or "she" as the subject of the next, whose
    predicate puts it in them from birth: "A true leader doesn't need lessons. They have it inside them from the day
    they are born." The pronoun takes up the leader only when it opens its sentence (after an adverb at most) and the
    leader is generic ("our leader joined in May. She was born in Lisbon" is one person's life), and the pronoun's
    own clause must not deny it ("They are not born with it")."""
    words = lm004_words()
    lead = tokens[0]
    pronoun = next((t for t in tokens[1:] if t.lower_ in words["subject_pronouns"] and t.dep_ in SUBJECT_DEPS), None)
    if pronoun is None or lead._.lk_form != "agent" or lead.dep_ not in SUBJECT_DEPS or not generic_lead([lead]):
        return False
    if pronoun.sent.start == lead.sent.start or pronoun.sent.start != lead.sent.end:
        return False
    opening = lead.doc[pronoun.sent.start:pronoun.i]
    if any(not (t.pos_ == "ADV" or t.is_punct) or t.lower_ in words["doubting_adverbs"] | words["hedges"] for t in opening):
        return False  # "Perhaps they were born with it" wonders
    marker = next((t for t in reversed(tokens) if t.lower_ in words["birth_words"] | words["life_starts"] | words["early_life"]), None)
    if marker is None or marker.i < pronoun.i:
        return False
    if any(c.dep_ == "neg" for c in pronoun.head.children) or any(t.lower_ in words["hedges"] for t in lead.doc[pronoun.i + 1:marker.i]):
        return False
    return _born_in_what_is_said_of(pronoun, marker)


def a_natural_at_leading(tokens: Sequence) -> bool:
    """"He leads because he's a natural", "As a leader, she's a natural", "When it comes to leading, he's a natural": a
    person called "a natural" (the adjective standing as a noun after its article) where the clause that says so is
    about leading, as the reason for it, its field or its subject. A gift at something else ("a natural on the ball",
    "a natural finisher") and a lead word in a clause of its own ("the year he led the club, he was a natural") do not."""
    words = lm004_words()
    lead, natural = tokens[0], tokens[-1]
    verb = natural.head
    if natural.dep_ != "attr" or verb.lemma_ != "be" or natural.pos_ == "NOUN" and any(c.dep_ == "compound" for c in natural.children):
        return False
    for c in natural.children:
        if c.dep_ == "prep" and not any(g.lower_ in words["natural_field_pronouns"] or g._.lk_family for g in c.subtree if g.i != c.i):
            return False  # "a natural on the ball", "a natural with a left foot"
    if lead.i == verb.head.i and verb.dep_ == "advcl":
        return True  # "leads because he's a natural"
    if lead.dep_ in SUBJECT_DEPS and lead.head.i == verb.i:
        return lead._.lk_form == "agent"  # "a real leader is a natural"; "leading the club was a natural" is a choice
    path = path_up_to(lead, verb)
    if not path:
        return False
    return all(n.dep_ in {"pobj", "pcomp", "advcl", "det", "amod"} or n.dep_ == "prep" and n.lower_ in words["natural_field_preps"] for n in path) and any(
        n.dep_ == "prep" for n in path)


def owned_as_make_up(tokens: Sequence) -> bool:
    """"A leader's gene" is make-up; "a leader's instinct" or "the leader's gift to the squad" is what one leader showed
    or gave. The word after a possessive lead word must name make-up; "leadership gene" or "leadership gift" read as a
    compound hold as they are."""
    words = lm004_words()
    if not any(t.tag_ == "POS" for t in tokens):
        return True
    return tokens[-1].lower_ in words["heritable_units"]


def born_one_after_a_leader(tokens: Sequence) -> bool:
    """"You don't become a leader. You're born one", "Nobody becomes a leader at the academy; they come in as one": a
    pronoun takes up the leader just named as what someone is born or arrives as. Arriving ("arrive as one") is birth
    only after becoming or learning is denied of the leader ("he was a leader at his old club and arrived as one here"
    is a transfer); "born one" is birth itself. Not "one of the quietest", not denied ("she wasn't born one"), and the
    leader no further back than the sentence before."""
    words = lm004_words()
    lead, one = tokens[0], tokens[-1]
    if one.lower_ not in words["leader_standing_pronouns"] or any(c.dep_ in {"prep", "amod", "compound"} for c in one.children):
        return False
    nxt = token_after(one)
    if nxt is not None and nxt.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}:
        return False  # "born one day", "one more"
    if one.sent.start != lead.sent.start and one.sent.start != lead.sent.end:
        return False
    verb = governing_verb(one)
    if clause_denied(verb) or any(t.lower_ in words["hedges"] for t in verb.children if t.dep_ in {"advmod", "neg"}):
        return False
    if verb.lower_ in words["made_so"]:
        return True
    lead_verb = governing_verb(lead)
    becoming = lead_verb.lemma_.lower() in words["becoming_lemmas"] or learns(lead_verb)
    if learning_named(list(lead.doc[lead.sent.start:min(verb.i, lead.sent.end)])):
        return False  # "You don't become a leader overnight": a pace, not birth
    return verb.lower_ in words["world_arrivals"] and becoming and clause_denied(lead_verb)


def lead_in_a_second_gift(tokens: Sequence) -> bool:
    """"Born with a crown on her head and a leader's fire in her chest", "blessed with patience and a natural gift for
    leading": the lead word is, or is owned by, the second thing a person was given from the start (a leader's, of a
    leader, an ability for leading); a lead word in a clause of its own ("born with money and a brother who led the
    regiment") says what someone else did."""
    words = lm004_words()
    lead = next(t for t in tokens if t._.lk_family)
    given = next(t for t in tokens if t.dep_ == "conj" and not t._.lk_family) if lead.dep_ != "conj" else lead
    path = path_up_to(lead, given)
    if path is None:
        return False
    return all(n.dep_ in {"poss", "pobj", "pcomp", "compound"} or n.dep_ == "prep" and n.lower_ in words["object_prepositions"] | words["ability_prepositions"]
               for n in path)


def goes_down_a_line(tokens: Sequence) -> bool:
    """The line of descent is where the verb takes the ability: the object of its own "down", "through", "on" or "from
    ... to" ("descends on the firstborn", "coursed through the generations of the family"), or its object after "down"
    ("flowed down the Okonkwo line"); not a line met elsewhere ("came to the meeting with her father")."""
    words = lm004_words()
    verb = next(t for t in tokens if t.lemma_.lower() in words["descent_verbs"] | words["flowing_verbs"] and not t._.lk_family)
    line = next(t for t in reversed(tokens) if t.lower_ in words["lineage_nouns"] and t.i != verb.i)
    if line.dep_ == "dobj":
        return line.head.i == verb.i and any(c.dep_ == "prt" and c.lower_ in words["descent_particles"] for c in verb.children)
    phrase = line.head
    return phrase.dep_ == "prep" and phrase.head.i == verb.i and phrase.lower_ in words["descent_prepositions"]


def dates_from_a_baby(tokens: Sequence) -> bool:
    """The baby is what the leader was when the leading began: the noun after "be" in a "since" or "before" clause on the
    leading clause itself, or on the clause joined to it that goes on about the same person ("was a leader, and had been
    ever since she was a baby"), with the same person as subject. "She has led the ward since her daughter was a baby"
    dates from someone else's babyhood, and "a leader of babies" names who is led."""
    words = lm004_words()
    lead, baby = tokens[0], tokens[-1]
    then = baby.head
    if baby.dep_ != "attr" or then.lemma_ != "be" or then.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in words["first_skill_marks"] for c in then.children):
        return False
    verb = governing_verb(lead)
    holder = then.head
    if holder.i != verb.i and not (holder.dep_ == "conj" and holder.head.i == verb.i and not any(c.dep_ in SUBJECT_DEPS for c in holder.children)):
        return False
    person = next((c for c in then.children if c.dep_ in SUBJECT_DEPS), None)
    return person is not None and person.pos_ == "PRON" and _same_person(person, verb)


def had_from_a_forebear(tokens: Sequence) -> bool:
    """A forebear's ability to lead is what someone has, gets or inherits ("has his grandfather's knack for leading", "got
    her father's chin and her grandmother's knack for leading"): the ability comes down to them. Admired, missed or
    described ("she admired her father's gift for leading") it is only the forebear's."""
    words = lm004_words()
    ability = next(t for t in tokens if t.lower_ in words["abilities"])
    lead = next(t for t in tokens if t._.lk_family)
    if not an_ability_to_lead(lead, ability):
        return False
    held = first_conjunct(ability)
    verb = held.head
    return held.dep_ == "dobj" and verb.lemma_.lower() in words["having_lemmas"] | words["inheriting_lemmas"]


def split_for_good(tokens: Sequence) -> bool:
    """"Some people are leaders and some aren't, and no amount of door-knocking changes that": people sorted for good.
    Learning named in the sentence ("..., and practice moves them"), or "yet" after the split, makes it a stage."""
    sentence = tokens[0].doc[tokens[0].sent.start:tokens[-1].sent.end]
    if any(learning_named([t]) and not _learning_ruled_out(t) for t in sentence):
        return False
    after = token_after(tokens[-1])
    return after is None or after.lower_ not in lm004_words()["stage_words"]


def _learning_ruled_out(token) -> bool:
    """The learning is named only to be ruled out, by a "no" on its noun phrase: "and no training changes which one you
    are", "no amount of practice moves them" seal the split rather than leave room for learning."""
    negations = pattern_lists()["negations"]
    node = token
    for _ in range(3):
        if any(c.dep_ == "det" and c.lower_ in negations for c in node.children):
            return True
        if node.dep_ == "compound":
            node = node.head  # "no training changes"
        elif node.dep_ == "pobj" and node.head.lower_ == "of":
            node = node.head.head  # "no amount of practice"
        else:
            return False
    return False


def gene_not_ranked(tokens: Sequence) -> bool:
    """"Born with the leading gene" is a gene for leading; "the leading gene in the study", "the leading gene for
    autism" ranks genes, and its phrase says among what."""
    gene = tokens[-1]
    return not any(c.dep_ == "prep" for c in gene.children)


CONDITIONS: dict = {
    "gene-not-ranked": gene_not_ranked,
    "had-from-a-forebear": had_from_a_forebear,
    "split-for-good": split_for_good,
    "dates-from-a-baby": dates_from_a_baby,
    "goes-down-a-line": goes_down_a_line,
    "lead-in-a-second-gift": lead_in_a_second_gift,
    "taken-up-then-born": taken_up_then_born,
    "with-left-bare": with_left_bare,
    "cue-in-its-sense": cue_in_its_sense,
    "birth-word-fits": birth_word_fits,
    "natural-names-a-person": natural_names_a_person,
    "not-nature-of": not_nature_of,
    "quality-is-inborn": quality_is_inborn,
    "natural-as-a-noun": natural_as_a_noun,
    "runs-in-the-family": runs_in_the_family,
    "birth-in-the-predicate": birth_in_the_predicate,
    "fitted-at-the-factory": fitted_at_the_factory,
    "given-by-god": given_by_god,
    "held-by-a-person": held_by_a_person,
    "innate-ability": innate_ability,
    "source-of-the-lead": source_of_the_lead,
    "fragment-opens-sentence": fragment_opens_sentence,
    "born-with-it-or-not": born_with_it_or_not,
    "before-the-first-skills": before_the_first_skills,
    "spotted-in-childhood": spotted_in_childhood,
    "before-any-teaching": before_any_teaching,
    "made-so-in-its-sense": made_so_in_its_sense,
    "meant-as-destiny": meant_as_destiny,
    "made-for-it": made_for_it,
    "a-natural-at-leading": a_natural_at_leading,
    "owned-as-make-up": owned_as_make_up,
    "born-one-after-a-leader": born_one_after_a_leader,
}
