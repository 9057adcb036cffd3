"""LM003: "leadership" as a force or quality that happens to people, the subject of a narrative verb or a saying.

Biographies, sermons, match reports and family stories personify the quality: "leadership ran in
the family", "leadership grew in him", "all leadership went out the window", "leadership passed
to his daughter", "leadership is calling you". The verbs are the ones a group at the top takes
too ("leadership ran the numbers", "is calling a meeting", "will be calling you on Monday"), so
no verb list tells them apart; the rest of the clause does: a person, a family or a team as the
place the quality lives in, an idiom said of forces, an heir it passes to, a calling with no
errand, every level it fails at.
"""
from __future__ import annotations

from lintkit.engine.conditions.lm003_subjects import content_verb, is_acronym, names_a_doer, person_like, relation, starts_with_phrase
from lintkit.engine.conditions.shared import first_conjunct
from lintkit.engine.conditions.words import condition_words

# Relations of what a verb takes or hands on: "kicked in an extra week" takes an object.
_OBJECTS = frozenset({"dobj", "pobj", "dative", "attr", "oprd"})
# What a verb does to something or someone, or says of its subject: any of them makes the clause more than where and when.
_TAKES = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "oprd", "agent", "auxpass", "nsubjpass", "csubj"})


def force_subject(token, words) -> bool:
    """"Leadership" is the active subject of a verb whose clause makes it a force or quality,
    or the head of a relative clause that does ("the leadership that emerged in her")."""
    if any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in words["thing_relative_pronouns"] for g in c.children) and force_clause(c, words)
           for c in token.children):
        return True
    subject = first_conjunct(token)
    if relation(subject) != "nsubj" or token.conjuncts and not _among_qualities(token, words):
        return False
    verb = content_verb(subject, words)
    return force_clause(verb, words) or bare(token) and _happens_somewhere(verb, words)


def bare(token) -> bool:
    """"Leadership" with no determiner or modifier: "our leadership", "the rebel leadership" point at people."""
    return not any(c.dep_ in {"det", "poss", "amod", "compound", "nmod", "nummod"} for c in token.children)


def _among_qualities(token, words) -> bool:
    """"Discipline and leadership withered after the colonel died": joined only to bare nouns that no one is, it shares
    their fate; beside "the board", "staff" or "finance" it is one group among others."""
    others = [c for c in token.conjuncts if c.i != token.i]
    return all(c.pos_ == "NOUN" and bare(c) and not bearer(c, words) for c in others)


def maxim(token, words) -> bool:
    """"Leadership demands sacrifice, my father used to say": a generic present handed down as a saying.

    A saying someone used to repeat, or "as the old saying goes", states what leading is; "leadership
    wants the report, my boss said" reports the group.
    """
    if relation(token) != "nsubj":
        return False
    verb = content_verb(token, words)
    if verb.tag_ not in {"VBZ", "VBP"} or any(c.dep_ == "aux" for c in verb.children):
        return False
    return any(_a_saying(t, words) for t in token.sent)


def _a_saying(token, words) -> bool:
    """"Used to say", "liked to growl", "would say", "as the old saying goes": words repeated as a habit."""
    if token.lemma_.lower() in words["saying_nouns"]:
        return True
    if token.lower_ not in words["saying_verbs"] and token.lemma_.lower() not in words["saying_verbs"] or token.i < 2:
        return False
    before, earlier = token.nbor(-1), token.nbor(-2)
    return before.lower_ in words["habit_markers"] or before.lower_ == "to" and earlier.lemma_.lower() in words["habit_verbs"]


def force_clause(verb, words) -> bool:
    """The clause of ``verb`` says what a quality or a force does, not what people at the top did.

    A verb only people do ("leadership believed in him") keeps the group reading whatever follows.
    """
    if _absent(verb, words) or _defined_by_doing(verb, words) or _a_state_in_people(verb, words):
        return True
    if verb.pos_ != "VERB" or verb.lemma_.lower() in words["people_only_verbs"]:
        return False
    return (_dwells_in_people(verb, words) or _force_idiom(verb, words) or _passes_to_heir(verb, words)
            or _calls_without_errand(verb, words) or _befalls_a_person(verb, words) or _at_every_level(verb, words)
            or _springs_from(verb, words) or _embodied(verb, words) or _leaves_people(verb, words) or _down_a_line(verb, words))


def _a_state_in_people(verb, words) -> bool:
    """"Leadership was quiet in him until the war", "was awake in her by sixteen": a state the quality is in, inside a
    person, as it "grew in him"; "leadership was quiet in the meeting" is people in a room, and "our leadership have
    been brilliant through all of this" people through a time, "in all of this" in what happened."""
    if verb.lemma_ != "be" or not any(c.dep_ == "acomp" for c in verb.children):
        return False
    return any(bearer(g, words) and (g.pos_ != "PRON" or g.tag_ == "PRP") for g in prepositional_objects(verb, "prep", words["inside_prepositions"]))


def _happens_somewhere(verb, words) -> bool:
    """"Leadership dissolved in the heat of the final lap", "withered in the regiment after the colonel's death",
    "bubbled up from the volunteers": a verb that takes nothing, said only with where and when it happened, tells
    what became of a quality (bare "leadership" only: see ``force_subject``).

    The group at the top acts on something ("stalled the rollout", "passed on it", "backpedalled on the four-day
    week", "dithered over the shortlist"), and what only people do ("met in Denver") is left to the group
    before this test. The clause must hold a place or time ("in", "during", "after") and no phrase of another kind,
    unless the verb is one English says of things changing in degree or state (``change_verbs``: "evaporated from
    the touchline", "sank to its lowest ebb", "doesn't hatch overnight"): then only a phrase of what people act on
    ("wavered over the shortlist") keeps the group, and a phrase set off before the clause ("For her, ...") is the scene.
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() in words["people_only_verbs"]:
        return False
    if any(c.dep_ in _TAKES or c.dep_ == "prt" and c.lower_ not in words["drift_particles"] for c in verb.children):
        return False
    phrases = [c for c in verb.children if c.dep_ == "prep"]
    changes = verb.lemma_.lower() in words["change_verbs"]
    if changes:
        phrases = [c for c in phrases if not _sets_the_scene(c)]
        if any(_aimed(c, words) or _counted(c, words) for c in phrases):
            return False  # "faltered on the rollout", "wavered over the shortlist": what people at the top act on
        if any(g.lemma_.lower() in words["sight_nouns"] for g in prepositional_objects(verb, "prep", {"from"})):
            return False  # "faded from view after the scandal": people gone out of sight
    elif not phrases or not all(c.lower_ in words["circumstance_prepositions"] or _on_the_ground(c, words) for c in phrases):
        return False  # "On Monday, leadership regrouped in Denver": any verb else needs where and when, and nothing more
    objects = [g for c in phrases for g in c.children if g.dep_ == "pobj"]
    if any(g.lemma_.lower() in words["embodiment_nouns"] for g in objects):
        return False  # "arrived in the form of a memo": what it came as is read by ``_embodied``
    handed = [g for c in phrases for g in c.children if g.dep_ == "pobj" and (not changes or c.lower_ == "into" or bearer(g, words))]
    if any(d.dep_ == "det" and d.lower_ in condition_words("shared")["indefinite_articles"] for g in handed for d in g.children):
        return False  # "kicked in an extra week", "grew into a team of twelve", "dwindled to a skeleton crew": a thing handed over or become
    # What the same subject goes on to do: "crept into the back of the room and listened", "faded from the town
    # halls, sending a recorded video instead", "wavered, then approved the cuts" (a second verb the parser leaves
    # unplaced) are people's doings; a clause with a subject of its own ("unravelled within days, and every officer
    # argued for his own route") tells what others did.
    doings = [v for v in [*verb.conjuncts, *(c for c in verb.children if c.dep_ in {"advcl", "xcomp", "dep"})]
              if not any(g.dep_.startswith("nsubj") for g in v.children)]
    return not any(v.lemma_.lower() in words["people_only_verbs"] or any(c.dep_ in _TAKES for c in v.children) for v in doings)


def _aimed(phrase, words) -> bool:
    """"On the rollout", "over the shortlist": a phrase of what is acted on, not of when ("over the season", "over thirty years")
    nor of where a side plays ("on the ice")."""
    return (phrase.lower_ in words["aimed_prepositions"] and not _on_the_ground(phrase, words)
            and not any(g.dep_ == "pobj" and a_time(g, words) for g in phrase.children))


def _on_the_ground(phrase, words) -> bool:
    """"Collapsed on the field", "evaporated on the ice": where a side plays or a crew works, a place and nothing people act on."""
    return phrase.lower_ == "on" and any(g.dep_ == "pobj" and g.lower_ in words["ground_nouns"] for g in phrase.children)


def _counted(phrase, words) -> bool:
    """"Shrank to three people", "swelled to forty vice presidents", "grew from five to twelve": a group counted by head, where
    a quality has no number ("sank to its lowest ebb"; "ripened over thirty years", "in 1974" are times)."""
    return phrase.lower_ not in words["circumstance_prepositions"] and any(g.dep_ == "pobj" and not a_time(g, words) and (g.like_num or any(c.dep_ == "nummod" for c in g.children))
               for g in phrase.children)


def a_time(noun, words) -> bool:
    """"The season", "thirty years": a time, not "a week of talks" (an amount of something)."""
    return (noun.ent_type_ in {"DATE", "TIME"} or noun.lemma_.lower() in words["time_nouns"]) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _sets_the_scene(phrase) -> bool:
    """"For her, leadership crystallised ...", "For a generation, leadership skipped the family": a phrase set off
    before the clause says for whom, where or when the whole of it holds, not what its subject did it for or with."""
    after = phrase.right_edge.i + 1
    return phrase.i < phrase.head.i and after < len(phrase.doc) and phrase.doc[after].text == ","


def _absent(verb, words) -> bool:
    """"Leadership was missing in the second half", "was sorely lacking", "went missing": the quality is not there.

    The word of absence must be the clause's predicate, after "be", "go" or a linking verb, with no object
    ("leadership was missing the point" misses something) and not away from what people attend or send
    ("leadership was missing from the all-hands": the people did not come).
    """
    if verb.lower_ in words["absence_words"] and verb.pos_ in {"VERB", "ADJ"}:
        word = verb
    else:
        word = next((c for c in verb.children if c.dep_ in {"acomp", "oprd", "xcomp"} and c.lower_ in words["absence_words"]), None)
        if word is None or verb.lemma_.lower() not in words["absence_verbs"] | words["linking_verbs"]:
            return False
    parts = [*word.children, *verb.children]
    if any(c.dep_ in {"dobj", "dative", "ccomp"} for c in parts):
        return False
    return not any(g.lemma_.lower() in words["people_artefacts"] for g in prepositional_objects(word, "prep", {"from"}) + prepositional_objects(verb, "prep", {"from"}))


def _weighed_against_doing(verb, words) -> bool:
    """"Is listening more than talking", "is asking rather than telling": a gerund weighed against another gerund (the
    parser hangs "than" on the comparative or on the verb, and the other gerund under "than" or beside the verb)."""
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "advmod" for g in c.children)]
    thans = [c for c in near if c.dep_ == "prep" and c.lower_ == "than"]
    if not thans or not any(t.lower_ in words["definition_comparisons"] for c in (*near, *thans) for t in (c, *c.children)):
        return False
    return any(g.dep_ == "pcomp" and g.tag_ == "VBG" for t in thans for g in t.children) or any(
        c.dep_ == "conj" and c.tag_ == "VBG" and c.i > thans[0].i for c in verb.children)


def _defined_by_doing(verb, words) -> bool:
    """"Leadership is mostly listening", "is simply caring", "is mainly noticing what others miss", "is listening more
    than talking": "be" and a gerund with an adverb of extent, or weighed against another gerund, define the activity by
    what it consists of.

    An object that is a thing ("leadership is mostly ignoring the survey") and an adverb of time ("is still
    deciding", "is finally listening") make it people at work.
    """
    if verb.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
        return False
    if not (any(c.dep_ == "advmod" and c.lower_ in words["definition_adverbs"] for c in verb.children) or _weighed_against_doing(verb, words)):
        return False
    return not any(c.dep_ in {"dobj", "dative"} and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)


def bearer(noun, words) -> bool:
    """A person, a family or a team, as the one who carries a quality ("in him", "in the family", "among the women")."""
    if noun.pos_ == "PRON":
        return noun.lower_ not in words["thing_pronouns"]
    return (noun.lemma_.lower() in words["bearer_nouns"] or noun.ent_type_ == "PERSON" or person_like(noun, words)
            or noun.lower_ in words["personal_owners"]  # "fell to the captain", "grew in the young vicar"
            or noun.tag_ == "NN" and any(c.dep_ in {"compound", "amod"} and c.lower_ in words["personal_owners"] for c in noun.children)  # "the deputy clerk"
            or any(c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ not in words["thing_pronouns"] for c in noun.children)
            or any(c.dep_ == "relcl" and any(g.lower_ in words["personal_relative_pronouns"] for g in c.children) for c in noun.children)  # "the vice-captain, who ..."
            or any(g.dep_ == "pobj" and person_like(g, words) for of in noun.children if of.dep_ == "prep" and of.lower_ == "of"
                   for g in of.children))  # "a band of volunteers", "a group of strangers"


def prepositional_objects(verb, relation_name: str, prepositions=None) -> list:
    """The objects of the word's prepositions among ``prepositions`` ("in the family", "from the bishops"), or of all of
    them."""
    return [g for c in verb.children if c.dep_ == relation_name and (prepositions is None or c.lower_ in prepositions)
            for g in c.children if g.dep_ == "pobj"]


def _dwells_in_people(verb, words) -> bool:
    """"Ran in the family", "grew in him", "sat lightly on her shoulders", "crept into her voice": the quality lives in people.

    Not a verb whose "in" names whom people back or join ("invested in the team"), nor one with an object.
    """
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    if any(g.lemma_.lower() in words["body_nouns"] for g in prepositional_objects(verb, "prep", words["body_reaching_prepositions"] | words["presence_prepositions"])):
        return True
    return verb.lemma_.lower() not in words["joining_verbs"] and any(
        bearer(g, words) or _conduct_of_a_person(g, words) for g in prepositional_objects(verb, "prep", words["presence_prepositions"]))


def _leaves_people(verb, words) -> bool:
    """"Drained out of the squad", "seeped away from the crew", "faded from the family": the quality leaves the people
    it lived in, as it grows in them.

    Only a company of people as the source: "withdrew from the talks", "walked out of the meeting" leave an event, as a group does.
    """
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    sources = [*prepositional_objects(verb, "prep", {"from"}),
               *(g for c in verb.children if c.dep_ in {"prep", "advmod", "prt"} and c.lower_ in words["leaving_adverbs"]
                 for p in c.children if p.lower_ in words["leaving_prepositions"] for g in p.children if g.dep_ == "pobj")]
    return any(_a_company_of_people(g, words) for g in sources)


def _a_company_of_people(noun, words) -> bool:
    """A family, a crew, a team, a band of volunteers: one company that a quality lives in and leaves.

    Not a person ("heard it from us", "from a reporter": where news came from), nor people or a body one deals
    with ("backed off from the engineers", "retreated from the staff").
    """
    return noun.tag_ == "NN" and noun.lower_ not in words["peer_groups"] and bearer(noun, words)


def _conduct_of_a_person(noun, words) -> bool:
    """"In the way she listened", "in everything he did": a person's conduct, where a quality lives, told by a clause whose subject is the person."""
    return any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.pos_ == "PRON" and g.lower_ not in words["thing_pronouns"] for g in c.children)
               for c in noun.children)


def _force_idiom(verb, words) -> bool:
    """"Went out the window", "took its toll", "ran thin", "kicked in": idioms said of a force or a quality.

    The idiom must close its phrase: "kicked in an extra week of leave" hands something out,
    "kicked in the moment the alarm sounded" says when.
    """
    rest = verb.doc.text[verb.idx + len(verb.text):verb.sent.end_char].lower()
    phrase = starts_with_phrase(f"{verb.lemma_.lower()}{rest}", words["force_idioms"])
    if phrase is None:
        return False
    end = verb.idx + len(phrase) - len(verb.lemma_) + len(verb.text)
    after = next((t for t in verb.doc[verb.i + 1:verb.sent.end] if t.idx >= end), None)
    return after is None or not any(t.dep_ in _OBJECTS for t in _heads_after(after, end))


def _heads_after(token, start: int) -> list:
    """``token`` and its heads, as long as they stand at or after the character offset ``start``."""
    path = [token]
    while path[-1].head.i != path[-1].i and path[-1].head.idx >= start:
        path.append(path[-1].head)
    return path


def _passes_to_heir(verb, words) -> bool:
    """"Leadership passed naturally to his daughter", "settled on the youngest brother", "returned to the squad": the
    role or the quality handed on or coming back, with no object and no errand ("for the first time" is when, not what for)."""
    if verb.lemma_.lower() not in words["succession_verbs"] or any(c.dep_ == "dobj" for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in words["errand_prepositions"] - words["heir_prepositions"] and not _of_time(c, words) for c in verb.children):
        return False  # "leadership returned to the board with a plan": an errand
    return (any(bearer(g, words) for g in prepositional_objects(verb, "prep", words["heir_prepositions"]))
            or any(_one_newcomer(g, words) and not a_time(g, words) for g in prepositional_objects(verb, "prep", {"to"})))


def _of_time(phrase, words) -> bool:
    """"For the first time", "for a decade": a phrase whose object is a time says when or how long."""
    objects = [g for g in phrase.children if g.dep_ == "pobj"]
    return bool(objects) and all(a_time(g, words) for g in objects)


def _one_newcomer(noun, words) -> bool:
    """"Passed to a young surveyor", "fell to the ship's doctor", "passed to Ms Adeyemi": one person brought in by a name, or
    by "a" or an owner before a noun of what someone does; a group at the top goes to places and bodies, not to a stranger.

    A noun with "of" after it is a matter or a place ("returned to the matter of pay"), and a name a tagger
    takes for a place or a body, or a short form, is one.
    """
    if noun.tag_ == "NNP":
        return noun.ent_type_ in {"", "PERSON"} and not is_acronym(noun)
    introduced = any(c.dep_ == "det" and c.lower_ in condition_words("shared")["indefinite_articles"] or c.dep_ == "poss" and c.tag_ != "PRP$" for c in noun.children)
    if noun.tag_ == "NN" and _picked_out_by_a_superlative(noun, words):
        return True  # "fell to the most senior nurse on duty", "passed to the longest-serving steward": one person singled out
    return (noun.tag_ == "NN" and introduced and names_a_doer(noun.lower_)
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children))


def _picked_out_by_a_superlative(noun, words) -> bool:
    """"The most senior nurse", "the oldest deacon": "the" and a superlative of age or standing (``seniority_adjectives``)
    single out one person, as "a" brings one in; "the most important question" is a matter people return to."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    return any(c.dep_ == "amod" and c.lemma_.lower() in words["seniority_adjectives"]
               and (c.tag_ == "JJS" or any(a.tag_ == "RBS" for a in c.children)) for c in noun.children)


def _calls_without_errand(verb, words) -> bool:
    """"Leadership is calling you", "leadership beckoned": a vocation calling, with no errand, no date, no modal.

    "Leadership is calling a meeting" calls something; "will be calling you on Monday" and
    "beckoned me into the corner office" send people somewhere at a time: the group.
    """
    if verb.lemma_.lower() not in words["vocation_verbs"]:
        return False
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in words["event_auxiliaries"]) for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ == "dobj" and not bearer(child, words):
            return False  # "calling an emergency meeting"
        if _to_a_bearer(child, words):
            continue  # "leadership called to him early"
        if child.dep_ in {"prt", "prep"} or child.dep_ == "npadvmod" and child.ent_type_ in {"DATE", "TIME"}:
            return False  # "beckoned the team leads over", "into the corner office", "on Monday"
    return True


def _to_a_bearer(child, words) -> bool:
    return child.dep_ == "prep" and child.lower_ == "to" and any(g.dep_ == "pobj" and bearer(g, words) and g.pos_ == "PRON" for g in child.children)


def _befalls_a_person(verb, words) -> bool:
    """"Leadership found him early", "hit me like a bus", "tested him in ways the army never had", "wore her
    down": what comes upon a person, like luck, fear or a burden.

    Only the person, a particle, a time, a manner, a simile or a path may follow; an instrument, a
    topic or an errand ("hit me with a pay cut", "tested him on the new process", "found him a
    mentor") and a thing as the object ("deserted the project") are what people at the top did.
    A phrase of how long ("eluded him for a decade", "over thirty years") is a time, whatever its preposition.
    """
    if verb.lemma_.lower() not in words["befalling_verbs"]:
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative", "oprd", "ccomp", "xcomp", "acomp"}]
    preps = [c for c in verb.children if c.dep_ in {"prep", "agent"} and not _sets_the_scene(c)
             and not any(g.dep_ == "pobj" and a_time(g, words) for g in c.children)]
    return (len(objects) == 1 and objects[0].dep_ == "dobj" and bearer(objects[0], words)
            and not any(p.lower_ in words["errand_prepositions"] for p in preps))


def _down_a_line(verb, words) -> bool:
    """"Leadership flowed down the Okonkwo line", "coursed through the generations", "passed down the male line": a
    quality or a role going down a line of descent; people at the top go down corridors and chains of command."""
    if verb.lemma_.lower() not in words["descent_verbs"]:
        return False
    down = any(c.dep_ == "prt" and c.lower_ in words["descent_prepositions"] for c in verb.children)
    taken = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    if any(not (down and c.lemma_.lower() in words["lineage_nouns"]) for c in taken):
        return False  # "passed the memo down the line": people handing something on
    return any(g.lemma_.lower() in words["lineage_nouns"] for g in [*taken, *prepositional_objects(verb, "prep", words["descent_prepositions"])])


def _springs_from(verb, words) -> bool:
    """"Leadership sprang from inborn qualities", "came from an unlikely place": where a quality comes from, not where people went.

    Only a source that is no place or body people come from: "leadership came from the offsite" is the group.
    """
    if verb.lemma_.lower() not in words["origin_verbs"] or any(c.dep_ == "dobj" for c in verb.children):
        return False
    sources = [*prepositional_objects(verb, "prep", {"from"}), *(g for out in verb.children if out.dep_ == "prep" and out.lower_ == "out"
                                                   for of in out.children if of.lower_ == "of" for g in of.children if g.dep_ == "pobj")]
    if any(g.lower_ in words["surprise_words"] or any(c.lower_ in words["surprise_words"] for c in g.children) for g in sources):
        return True  # "from an unlikely place", "from the most surprising corner", "from nowhere"
    return any(g.pos_ == "NOUN" and g.lemma_.lower() in words["quality_sources"] for g in sources)  # "from hardship", "out of hardship"


def _embodied(verb, words) -> bool:
    """"Leadership arrived in the form of a 19-year-old keeper": a quality that comes embodied in someone.

    Not in what people at the top send: "in the form of a memo" is their errand.
    """
    return any(g.lemma_.lower() in words["embodiment_nouns"] and any(
        of.lower_ == "of" and any(p.dep_ == "pobj" and p.lower_ not in words["deliverables"] | words["people_artefacts"] for p in of.children)
        for of in g.children) for g in prepositional_objects(verb, "prep", {"in"}))


def _at_every_level(verb, words) -> bool:
    """"Leadership failed at every level": spread over all the ranks, it is the function, not the people at the top."""
    universal = condition_words("shared")["universal_quantifiers"]
    return any(g.lemma_.lower() in words["rank_heads"] and any(d.lower_ in universal for d in g.children)
               for g in prepositional_objects(verb, "prep", words["spread_prepositions"]))
