"""LM003: whose "leadership" it is, read from the phrase around the word and from what takes it up later.

A narrative tells a person's deeds and names the quality as something the person has, shows or gives:
"the leadership she showed during the blackout", "the leadership shown by the junior doctors", "she
wore it lightly". Whatever verb the word is then the subject of ("earned her an award", "kept the
shelter running", "arrived late in her career"), it is the quality, not the people at the top: the
group at the top is hired or appointed ("the leadership we hired"), and it is taken up as "they",
not as the object "it".
"""
from __future__ import annotations

from lintkit.engine.conditions.lm003_forces import bare, bearer, prepositional_objects
from lintkit.engine.conditions.lm003_subjects import person_like
from lintkit.engine.conditions.shared import passive_agents

# Relations of an object "it" ("she wore it lightly", "no one picked it up", "ready for it").
_OBJECT_RELATIONS = frozenset({"dobj", "pobj", "dative"})


def shown_by_a_person(token, words) -> bool:
    """"The leadership she showed", "the leadership he brought to the club", "the leadership shown by the volunteers",
    "the leadership she had been given": a clause on the word in which a person shows, gives or is given it, as a
    possessive person owns it ("her leadership").

    Only verbs of conduct: "the leadership we hired" and "the leadership the board appointed" are people.
    """
    conduct = words["conduct_object_verbs"] | words["conduct_giving_verbs"]
    for clause in token.children:
        if clause.dep_ not in {"relcl", "acl"} or clause.lemma_.lower() not in conduct:
            continue
        if any(t.is_punct for t in token.doc[token.i + 1:clause.left_edge.i + 1]):
            continue  # "Leadership: "we value transparency"": a label and what it says, which the parser may hang as a clause
        doers = [c for c in clause.children if c.dep_ == "nsubj"] + passive_agents(clause)
        if clause.lemma_.lower() in words["conduct_giving_verbs"]:  # "the leadership she had been given": one person holds the role;
            doers += [c for c in clause.children if c.dep_ == "nsubjpass" and _one(c, words)]  # "the leadership we were given" may be our bosses
        if any(bearer(d, words) for d in doers):
            return True
    return False


def held_by_one_person(token, words) -> bool:
    """"He lacked the leadership to tell the client no", "she showed real leadership", "I exercised leadership": the object
    of a verb of conduct whose subject is one person is that person's own conduct, as "her leadership" is hers; a group
    at the top is shown something ("I showed leadership the deck": a second object) or told, asked and sent things."""
    verb = token.head
    if token.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in words["conduct_object_verbs"] | words["conduct_giving_verbs"]:
        return False
    if any(c.dep_ in {"dative", "dobj"} and c.i != token.i for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and (c.lower_ in words["one_person_pronouns"] or c.ent_type_ == "PERSON") for c in verb.children)


def longed_for(token, words) -> bool:
    """"The leadership they prayed for", "the leadership the valley had longed for": a clause on the word that wants it,
    its "for" left at the end, as "the moment called for leadership" wants the quality; people at the top are elected,
    trusted or answered to."""
    return any(clause.dep_ == "relcl" and clause.lemma_.lower() in words["wanting_verbs"]
               and any(c.dep_ == "prep" and c.lower_ == "for" and not any(g.dep_ == "pobj" for g in c.children) for c in clause.children)
               for clause in token.children)


def wanted_from_people(token, words) -> bool:
    """"The synod asked for leadership from the bishops", "shareholders expect leadership from the chair on pay": the bare
    word wanted, and the people named that it should come from, is the conduct they owe, as "her leadership" is hers.

    People at the top are what is asked for or met, never drawn from someone: "sign-off from leadership" has the
    word as the source, "leadership from both sites" names places, and an errand after the word ("asked for
    leadership from the vendor to attend") sends people somewhere.
    """
    if not bare(token) or token.dep_ not in {"dobj", "pobj"} or token.dep_ == "pobj" and token.head.lower_ != "for":
        return False
    wanting = token.head if token.dep_ == "dobj" else token.head.head
    if any(c.dep_ in {"xcomp", "ccomp"} and c.i > token.i for c in (*wanting.children, *token.children)):
        return False
    sources = [g for holder in (token, wanting) for g in prepositional_objects(holder, "prep", {"from"}) if g.head.i > token.i]
    return any(bearer(g, words) or person_like(g, words) or g.lemma_.lower() in words["personal_owners"] for g in sources)


def taken_up_as_it(token, words) -> bool:
    """"Leadership arrived late in her career, but she wore it lightly": later, a person has, feels or notices "it",
    and nothing else in the sentence is a thing "it" could stand for; people at the top are "they", not a thing one wears.

    The person must be the subject of the clause, and "it" no fact one learns or explains ("I found out about it",
    "nobody could explain it"): "leadership will go for it", "don't overthink it" and "what to do
    about it" point at something said before; "leadership said it would" speaks of the group as a body, and any singular
    thing named before ("announced the reorg and staff hated it") may be what "it" stands for.
    """
    later = next((t for t in token.doc[token.i + 1:token.sent.end] if t.lower_ == "it" and t.dep_ in _OBJECT_RELATIONS), None)
    if later is None or any(_a_thing(t, words) for t in token.doc[token.sent.start:later.i] if t.i != token.i):
        return False
    if later.dep_ == "pobj" and later.head.lower_ in words["topic_prepositions"]:
        return False  # "found out about it", "heard of it": a fact
    clause = next((a for a in later.ancestors if any(c.dep_ == "nsubj" for c in a.children)), None)
    if clause is None or clause.lemma_.lower() in words["fact_taking_verbs"]:
        return False
    return any(c.dep_ == "nsubj" and c.i != token.i and c.tag_ != "WP" and bearer(c, words) for c in clause.children)  # "leadership, who skim it"


def _a_thing(token, words) -> bool:
    """A singular noun "it" could stand for, other than the word itself and the times a narrative is set in."""
    return (token.tag_ in {"NN", "NNP"} and not bearer(token, words) and token.ent_type_ not in {"DATE", "TIME"}
            and token.lemma_.lower() not in words["time_nouns"])


def _one(noun, words) -> bool:
    """One person: "she", "he", "I", or a singular noun or name."""
    return noun.lower_ in words["one_person_pronouns"] or noun.tag_ in {"NN", "NNP"}
