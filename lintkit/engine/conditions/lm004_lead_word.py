"""LM004 (charisma): where the lead word stands, since the claim is about leading only when it is.

"Leadership potential is innate" makes the claim of the potential, "your leadership style" of a manner,
"leaders are born" of leaders in general; these conditions say which.
"""
from __future__ import annotations

from typing import Sequence

from lintkit.engine.conditions.lm004_basics import a_person, lm004_words
from lintkit.engine.conditions.shared import SUBJECT_DEPS, first_is_subject, path_up_to


def lead_not_a_manner(tokens: Sequence) -> bool:
    """A lead word that only modifies a noun of manner ("your leadership style will reflect your temperament") says
    how someone leads, which personality may well shape, not where the ability to lead comes from."""
    lead = next(t for t in tokens if t._.lk_family)
    return not (lead.dep_ in {"compound", "amod", "nmod"} and lead.head.i > lead.i and lead.head.lower_ in lm004_words()["manner_heads"])


def lead_heads_its_phrase(tokens: Sequence) -> bool:
    """A lead word that modifies another noun makes the claim that noun's: "leadership potential is genetic" still
    speaks of the ability to lead, "leadership development is the vibe this quarter" of a programme. An "=" between the
    two ("Leadership = dominance score", "Leadership = presence + drive") is the copula of a written-out equation that
    the parser folded into one noun phrase: no noun is modified across it."""
    lead = next(t for t in tokens if t._.lk_family)
    if lead.dep_ not in {"compound", "amod", "nmod"} or lead.head.i < lead.i:
        return True
    if any(t.orth_ == "=" for t in lead.doc[lead.i + 1:lead.head.i + 1]):
        return True
    words = lm004_words()
    return lead.head.lower_ in words["abilities"] or lead.head.lower_ in words["ability_heads"]


def ability_to_lead(tokens: Sequence) -> bool:
    """The ability is one to lead ("instinct for leadership", "leadership ability", "talent to lead", "the gift of
    leadership"), not the ability of a leader ("the talent of the leaders we hired"), and the predicate says where it
    came from ("was inherited", "is genetic"), not what happened to it ("was given a chance")."""
    if not subject_is_an_ability_to_lead(tokens):
        return False
    verb = next(t for t in tokens if t.lower_ in lm004_words()["abilities"] and t.dep_ in SUBJECT_DEPS).head
    return not any(c.dep_ in {"dobj", "dative"} for c in verb.children)


def subject_is_an_ability_to_lead(tokens: Sequence) -> bool:
    """The subject is an ability to lead, whatever its verb takes: "the knack for leadership passed down the maternal
    line" takes the line as its object."""
    ability = next(t for t in tokens if t.lower_ in lm004_words()["abilities"] and t.dep_ in SUBJECT_DEPS)
    lead = next(t for t in tokens if t._.lk_family)
    return an_ability_to_lead(lead, ability)


def inherited_ability_to_lead(tokens: Sequence) -> bool:
    """What is inherited is an ability to lead ("inherited their father's gift for leading", "her mother's talent for
    leadership"), not a title, a post or the people led ("inherited the leadership of the clan", "inherited his
    father's leaders"), which the spec lets pass."""
    ability = next(t for t in tokens if t.lower_ in lm004_words()["abilities"] and t.dep_ == "dobj")
    lead = next(t for t in tokens if t._.lk_family)
    return an_ability_to_lead(lead, ability)


def an_ability_to_lead(lead, ability) -> bool:
    """The lead word says what the ability is for, inside its own phrase: the ability is then the one to lead."""
    path = path_up_to(lead, ability)
    if not path or not all(n.dep_ in {"compound", "pobj", "prep", "pcomp", "xcomp", "acl", "aux"} for n in path):
        return False
    prepositions = lm004_words()["ability_prepositions"]
    if lead._.lk_form != "agent":
        prepositions = prepositions | lm004_words()["object_prepositions"]  # "the gift of leadership" is the gift to lead
    return not any(n.dep_ == "prep" and n.lower_ not in prepositions for n in path)


def no_effort_beside(tokens: Sequence) -> bool:
    """"Leading comes naturally to some" claims a gift; "... and must be worked at by others", "while others learn it"
    is the spec's "some people find it easier than others": effort or learning named in the same sentence."""
    words = lm004_words()
    sentence = tokens[0].doc[tokens[0].sent.start:tokens[-1].sent.end]
    return not any((t.lemma_.lower() in words["effort_lemmas"] | words["learnable_lemmas"] or t.lower_ in words["learnable"])
                   and not _refused(t) for t in sentence)


def _refused(word) -> bool:
    """"A natural gift for leading can't be learned": effort or learning said not to happen is no effort beside."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in word.children)


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
        return token.head.lemma_.lower() in lm004_words()["capacity_heads"]
    i = token.i - 1
    while i >= token.sent.start and token.doc[i].pos_ in {"DET", "ADJ"}:
        i -= 1
    if i >= token.sent.start and token.doc[i].lower_ == "of" and token.doc[i].head.lower_ in lm004_words()["residue_heads"]:
        return True  # "what's left of leadership is presence": what remains of it is still it
    return i < token.sent.start or token.doc[i].pos_ != "ADP"


def phrase_names_a_kind(tokens: Sequence) -> bool:
    """A phrase between the lead word and its verb says what kind or degree of leading is meant ("leadership of that
    order is born", "leading at that level is charisma"); one that names whom or what is led ("the leadership of the
    club is charismatic") makes the word the people in charge or the running of a thing, not the quality."""
    lead = next(t for t in tokens if t._.lk_family)
    inside = {t.i for t in tokens}
    preps = [c for c in lead.children if c.dep_ == "prep" and c.i in inside]
    return all(_a_setting(lead, p) or any(g.lower_ in lm004_words()["kinds_of_lead"] or _whose_leading(p, g) for g in p.children if g.dep_ == "pobj")
               for p in preps)


def _a_setting(lead, preposition) -> bool:
    """"Leadership in a raid", "leading on comms": a bare lead word with the place or game it is practised in is still the
    quality there; "the leadership in the club", with a determiner, can be the people who run it."""
    return preposition.lower_ in lm004_words()["setting_prepositions"] and not any(c.dep_ in {"det", "poss"} for c in lead.children)


def _whose_leading(preposition, noun) -> bool:
    """"Leadership for Aiden", "leading for me", "for most kids": the person whose leading the clause describes, which
    keeps the word a quality ("the leadership for the club" would be whoever runs it)."""
    return preposition.lower_ == "for" and (noun.pos_ in {"PROPN", "PRON"} or a_person(noun))


def generic_lead(tokens: Sequence) -> bool:
    """"Leaders are born with it" speaks of leaders in general; "our leader was born with a heart defect" of one person.
    "The leader" is generic with a superlative ("the best leader") or beside a generic "you" ("the leader is born with
    this quality, you cannot learn it")."""
    token = next(t for t in tokens if t._.lk_family)
    for child in token.children:
        if child.dep_ in {"det", "poss"} and child.lower_ in lm004_words()["specific_determiners"] and not _opens_the_clause(child, token):
            # "Her leadership was bred in the bone": one person's quality said to be inborn is the claim itself; only a
            # leader, a person, can be one particular leader with a life of their own ("our leader was born in Leeds").
            if child.dep_ == "poss" and token._.lk_form == "abstract":
                continue
            return False
        if child.dep_ == "det" and child.lower_ == "the" and token.tag_ == "NN":
            generic_you = any(t.lower_ == "you" and t.dep_ in SUBJECT_DEPS for t in token.sent)
            return generic_you or any(c.tag_ == "JJS" for c in token.children)
    return True


def _opens_the_clause(determiner, token) -> bool:
    """"The villagers held that leadership ran in the family": "that" right after the verb whose clause the lead word is
    the subject of opens that clause (the small model tags it a determiner); "they admired that leader" points at one."""
    verb = token.head
    return (determiner.i == token.i - 1 and token.dep_ in SUBJECT_DEPS and verb.dep_ == "ccomp" and determiner.i > 0
            and determiner.nbor(-1).i == verb.head.i)


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
    pronouns = lm004_words()["antecedent_pronouns"]
    pronoun = next(t for t in tokens[1:] if t.lower_ in pronouns and t.pos_ == "PRON")
    own = {t.i for t in lead.subtree}
    return not any(t.pos_ in {"NOUN", "PROPN"} and t.i not in own for t in lead.doc[lead.i + 1:pronoun.i])


def gerund_as_subject(tokens: Sequence) -> bool:
    """A lead gerund that opens the sentence is its subject, however the parser hangs it: in "Leading a team well is
    baked into your character" the small model makes "Leading" a clause of manner on "baked", which has no subject of
    its own. A gerund with a mark ("while leading"), after a comma, or beside a subject of the verb is a clause aside."""
    lead = next(t for t in tokens if t._.lk_family)
    if lead.dep_ != "advcl":
        return True
    verb = lead.head
    between = lead.doc[lead.i:verb.i]
    return (lead.tag_ == "VBG" and lead.i < verb.i and (lead.i == lead.sent.start or lead.doc[lead.i - 1].is_punct)
            and not any(c.dep_ == "mark" for c in lead.children)
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
            and not any(t.is_punct for t in between))


def subject_past_the_aside(tokens: Sequence) -> bool:
    """After an aside ("leadership, in the end, is charisma") the lead word must be what the verb speaks of, not an
    item of a list or a word inside a phrase. The small model often hangs the subject of a clause opened by "since"
    or "because" on the conjunction as if it were a preposition ("since leadership, once you strip the jargon away,
    is charisma"); a conjunction right before the word still opens a clause whose subject it is."""
    if first_is_subject(tokens):
        return True
    lead = next(t for t in tokens if t._.lk_family)
    i = lead.i - 1
    while i >= lead.sent.start and lead.doc[i].pos_ in {"DET", "ADJ"}:
        i -= 1
    return i >= lead.sent.start and lead.doc[i].pos_ == "SCONJ" and lead.head.i == i


CONDITIONS: dict = {
    "subject-past-the-aside": subject_past_the_aside,
    "gerund-as-subject": gerund_as_subject,
    "leading-is-what-is-said": leading_is_what_is_said,
    "it-takes-up-the-lead": it_takes_up_the_lead,
    "lead-not-in-phrase": lead_not_in_phrase,
    "no-effort-beside": no_effort_beside,
    "phrase-names-a-kind": phrase_names_a_kind,
    "generic-lead": generic_lead,
    "lead-not-a-manner": lead_not_a_manner,
    "lead-heads-its-phrase": lead_heads_its_phrase,
    "ability-to-lead": ability_to_lead,
    "inherited-ability-to-lead": inherited_ability_to_lead,
    "subject-is-an-ability-to-lead": subject_is_an_ability_to_lead,
}
