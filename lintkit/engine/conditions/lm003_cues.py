"""LM003's cues for "leadership" naming a group of people: what its syntax and neighbours show.

Each cue is a construction, not a phrase: the role "leadership" plays in the parse
(subject of what only people do, object of what is done to people, a group among
groups...) and the words around it, tested against the word lists of
``[conditions.LM003]`` in ``rules/lexicon.toml`` and the rule's own ``[lists]``.
"""
from __future__ import annotations

from lintkit.engine.conditions.shared import first_conjunct
from lintkit.engine.conditions.words import condition_words, family_word_forms


def lm003_words():
    return condition_words("LM003")


def leadership_token(tokens):
    forms = family_word_forms("lead", "abstract")
    return next(t for t in tokens if t.lower_ in forms)


def head_noun_after(token):
    """The word after ``token``, looking past a parenthesis: "leadership (i.e. management) training"."""
    doc = token.doc
    i = token.i + 1
    if i < len(doc) and doc[i].text == "(":
        while i < len(doc) and doc[i].text != ")":
            i += 1
        i += 1
    return doc[i] if i < len(doc) else None



def characterised(verb) -> bool:
    """"Leadership reduced to personality", "leadership seen as a title": a reduced passive that describes leadership.

    "To"/"as" right after the verb leaves no room for an object, so it cannot be something
    the group did ("leadership reduced the budget to zero").
    """
    after = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return (
        verb.lemma_.lower() in lm003_words()["characterising_verbs"]
        and after is not None and after.lower_ in {"to", "as", "with", "into"}
    )


def _is_acronym(token) -> bool:
    """"TTS", "SE", "18F": a unit's short name (a whole line in capitals is emphasis, not a name)."""
    text = token.text
    return (2 <= len(text) <= 6 and text.isalnum() and text.isupper()
            and not all(t.is_upper or not t.is_alpha for t in token.sent))


def _relation(token) -> str:
    """``token.dep_``, except that the subject of an inverted question is a subject.

    In "Is leadership even reading ...?" the parser may call "leadership" a complement of
    "Is" when the auxiliary's head is the verb after it.
    """
    aux = token.head
    if token.dep_ == "attr" and aux.dep_ == "aux" and aux.i < token.i < aux.head.i and aux.head.pos_ == "VERB":
        return "nsubj"
    return token.dep_


def _content_verb(token, words):
    """The verb that says what the subject does: through "needs to trust", "continues to monitor".

    The parser sometimes hangs the subject of a question on its auxiliary ("Is leadership even
    reading ...?"); the verb is then the auxiliary's head.
    """
    verb = token.head
    if verb.dep_ == "aux" and verb.head.pos_ == "VERB":
        verb = verb.head
    while verb.lemma_.lower() in words["catenative_verbs"]:
        nxt = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), None)
        if nxt is None:
            break
        verb = nxt
    return verb


def _quality_reading(token, words) -> bool:
    """Modifiers and heads that make it the activity: "open leadership", "leadership skills", "her leadership"."""
    for child in token.children:
        if child.dep_ in {"amod", "compound", "nmod", "poss", "det"} and child.lower_ in words["leadership_quality_modifiers"] and _attached(child, token):
            return True
        if child.dep_ == "poss" and child.pos_ == "PROPN" and child.ent_type_ in {"", "PERSON"} and not _is_acronym(child):
            return child.is_title and not _group_word(child, words)  # "Aaron's leadership"
    if token.dep_ in {"compound", "amod", "nmod"} and token.head.lower_ in words["leadership_quality_heads"]:
        return True
    if token.dep_ == "conj" and token.head.dep_ == "compound" and token.head.head.lower_ in words["leadership_quality_heads"]:
        return True  # "maintainer and leadership positions"
    return False


def _attached(modifier, token) -> bool:
    """A modifier the parser hung across a comma ("in the open, leadership and stakeholders know") modifies nothing."""
    return not any(t.is_punct for t in token.doc[min(modifier.i, token.i) + 1:max(modifier.i, token.i)])


def _group_word(token, words) -> bool:
    return token.lower_ in words["group_namers"] or token.lower_ in words["rank_modifiers"] or _is_acronym(token)


def _person_like(token, words) -> bool:
    word = token.lower_
    return (word in words["people_nouns"] or word in words["peer_groups"] or _is_acronym(token)
            or (token.tag_ == "NNS" and word.endswith(("ers", "ors", "ists", "ees")) and word not in words["leadership_quality_heads"]))


def _named_by_modifier(token, words) -> bool:
    """"TTS leadership", "agency leadership", "senior leadership": a modifier names the group."""
    return any(c.dep_ in {"compound", "amod", "nmod", "nummod"} and c.i < token.i and _group_word(c, words) for c in token.children)


def _next_word(token) -> str:
    """The written word after ``token``, hyphens kept ("buy-in", "sign-off"), lower case."""
    doc = token.doc
    if not token.whitespace_:
        return ""
    parts = []
    for i in range(token.i + 1, len(doc)):
        parts.append(doc[i].text)
        joined = i + 1 < len(doc) and not doc[i].whitespace_ and "-" in (doc[i].text, doc[i + 1].text)
        if not joined:
            break
    return "".join(parts).lower()


def _heads_group_noun(token, words) -> bool:
    """"leadership team", "leadership buy-in", "leadership's priorities": people, or what people give."""
    heads = words["collective_heads"] | words["decision_heads"]
    if token.dep_ == "compound" and token.head.i > token.i and token.head.lower_ in heads:
        return True
    if _next_word(token) in heads:
        return True
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ in {"'s", "’s", "'"} and nxt.i + 1 < len(token.doc):
        owned = token.doc[nxt.i + 1]
        return owned.lower_ not in words["leadership_quality_heads"] and owned.pos_ in {"NOUN", "ADJ", "VERB"}
    return False


def _beside_people(token, words) -> bool:
    """"leadership and stakeholders", "HR, finance and leadership": a group among groups.

    Only the coordination "leadership" stands in, within its clause: a parenthesis
    ("Support Engineering (Leadership)") renames, and the parser's long conj chains
    across verbs join clauses, not groups.
    """
    first = first_conjunct(token)
    members = [first, *(c for c in first.subtree if c.dep_ == "conj" and first_conjunct(c) == first)]
    return any(m.i != token.i and _person_like(m, words) and not _verb_between(m, token) for m in members)


def _verb_between(a, b) -> bool:
    return any(t.pos_ in {"VERB", "AUX"} for t in a.doc[min(a.i, b.i):max(a.i, b.i)])


GOVERNORS = {"to": "governors_to", "with": "governors_with", "from": "governors_from", "by": "governors_by", "for": "governors_for", "in": "governors_in", "on": "governors_on"}


def _aimed_at_people(token, words) -> bool:
    """"escalate to leadership", "a meeting with leadership", "sign-off from leadership", "trust in leadership"."""
    first = first_conjunct(token)
    prep = first.head if first.dep_ == "pobj" else None
    if prep is None or prep.pos_ != "ADP":
        return _after_to(token, words)
    listed = GOVERNORS.get(prep.lower_)
    if listed is None:
        return False
    governor = prep.head
    if governor.lemma_.lower() in words[listed] or governor.lower_ in words[listed]:
        return True
    # A light verb with its noun: "the confidence we have in leadership", "we lost faith in leadership".
    return governor.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in words[listed] for c in governor.children)


def _after_to(token, words) -> bool:
    """"be clear to leadership": the parser can read "to leadership" as an infinitive; the words still say it."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].lower_ != "to":
        return False
    governors = [doc[token.i - 2], token.head] if token.dep_ == "xcomp" else [doc[token.i - 2]]
    return any(g.lemma_.lower() in words["governors_to"] or g.lower_ in words["governors_to"] for g in governors)


def _addressed(token, words) -> bool:
    """"Ask leadership", "engage leadership", "brief leadership": the object of what is done to people."""
    first = first_conjunct(token)
    after = head_noun_after(token)
    if first.dep_ != "dobj" or (after is not None and after.pos_ in {"NOUN", "PROPN"}):
        return False  # "update the leadership (i.e. management) training calendar": the calendar is the object
    verb = first.head.lemma_.lower()
    return verb in words["people_object_verbs"] or first.head.lower_ in words["object_verbs"]


def _acts_as_people(token, words) -> bool:
    """"leadership needs to trust", "leadership is aware", "leadership unable to see", "leadership who set the goals"."""
    for child in token.children:
        if child.dep_ == "relcl" and any(g.lower_ in {"who", "whom"} for g in child.children):
            return True
        if child.dep_ == "amod" and child.i > token.i and child.lower_ in words["human_states"]:
            return True
    relation = _relation(token)
    if relation not in {"nsubj", "nsubjpass"} or distinction(token):
        return False
    verb = _content_verb(token, words)
    if relation == "nsubjpass":  # "leadership was briefed", not "leadership is expected at every level"
        if acted_on_by_a_thing(verb, words):
            return False  # "leadership is informed by values"
        return verb.lemma_.lower() in words["people_object_verbs"] or verb.lower_ in words["human_states"]  # "is committed to"
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_.startswith("nsubj") for g in c.children))]
    if any(v.lemma_.lower() in words["people_only_verbs"] for v in verbs):
        return True  # "your leadership comes back and says ..."
    if verb.lemma_ == "be":
        if verb.dep_ == "auxpass":  # the parser may hang the subject on "is" in "leadership is committed to"
            return verb.head.lower_ in words["human_states"]
        return any(c.dep_ == "acomp" and c.lower_ in words["human_states"] for c in verb.children)
    if verb.lemma_ == "have":  # "leadership has questions about slide 7"
        return any(c.dep_ == "dobj" and c.lemma_.lower() in words["people_possessions"] for c in verb.children)
    return False


def acted_on_by_a_thing(verb, words) -> bool:
    """A by-phrase naming no person: "informed by values", not "briefed by the CFO" or "surprised by the results"."""
    if verb.lemma_.lower() in words["experiencer_verbs"]:
        return False  # "leadership was surprised by the results": people feel
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return bool(agents) and not any(_person_like(a, words) or a.pos_ in {"PROPN", "PRON"} for a in agents)


def _acts_in_frame(token, words) -> bool:
    """"Leadership must ensure", "leadership came back", "help leadership plan", "leadership was slow to respond".

    A verb that suits the activity ("leadership requires courage", "leadership can make or break
    a team") says nothing, nor does a bare past ("leadership fascinated him"); the same subject
    under an obligation or a plan, with a phrasal verb only people do, or handed a task, is the group.
    """
    if _relation(token) != "nsubj" or distinction(token):
        return False
    if _plural_agreement(token, words):
        return True
    verb = _content_verb(token, words)
    lemma = verb.lemma_.lower()
    if verb.pos_ == "AUX" or (verb.lemma_ == "be" and verb.pos_ != "VERB"):
        return _conduct(verb, words) or _in_people_state(verb, words, phrases_only=True)  # "leadership is out of touch"
    if verb.pos_ != "VERB" or characterised(verb) or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ == "back")}
    if particles & words["people_particles"] and (lemma not in words["abstract_predicates"] or "back" in particles):
        return True  # "leadership came back", "leadership weighed in"
    if lemma in words["abstract_predicates"]:
        return False
    framed = any(c.dep_ in {"aux", "auxpass"} and c.lower_ in words["agent_auxiliaries"] for c in verb.children)
    enabled = verb is token.head and verb.dep_ in {"ccomp", "xcomp"} and verb.head.lemma_.lower() in words["enabling_verbs"]
    return framed or enabled


def _plural_agreement(token, words) -> bool:
    """"Our leadership have been brilliant": a plural verb agrees with the people, never with the activity."""
    head = token.head
    forms = [head, *(c for c in head.children if c.dep_ in {"aux", "auxpass"})]
    if token.conjuncts:
        return False  # "your leadership and/or decisions have had": the coordination is plural
    return token.tag_ == "NN" and any(f.i > token.i and f.tag_ == "VBP" and f.lower_ in words["plural_agreement"] for f in forms)


def _conduct(verb, words) -> bool:
    """"Leadership was slow to respond": an adjective of conduct with the verb people do."""
    return any(c.dep_ == "acomp" and c.lower_ in words["conduct_adjectives"]
               and any(g.dep_ == "xcomp" and g.pos_ == "VERB" for g in c.children) for c in verb.children)


def _in_people_state(token, words, *, phrases_only: bool = False) -> bool:
    """The words right after ``token`` say a state only people are in: "on board", "in the loop", "out of touch".

    After a copula only the phrases count: "leadership is informed by values" is the activity.
    """
    rest = token.doc.text[token.idx + len(token.text):token.sent.end_char].lstrip().lower()
    return any(rest.startswith(phrase) and rest[len(phrase):len(phrase) + 1] in {"", " ", ",", ".", ";", ":", "!", "?", ")"}
               for phrase in words["people_state_phrases"] if not phrases_only or " " in phrase)


def _handed_a_task(token, words) -> bool:
    """"Help leadership to forecast", "give leadership a summary", "get leadership on board": people receive or do."""
    if token.dep_ == "dative":
        return True
    if token.dep_ != "dobj":
        return _in_people_state(token, words, phrases_only=True)  # "Tech Giant's Leadership Under Fire"
    if _in_people_state(token, words):
        return True  # "get leadership on board", "keep leadership in the loop"
    governor = token.head
    return governor.lemma_.lower() in words["enabling_verbs"] and any(
        c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB" and c.i > token.i
        and c.lemma_.lower() not in words["abstract_predicates"] for c in governor.children)


def _taken_up_as_they(token, words) -> bool:
    """"Engage leadership and they will show up": "they" after "leadership" with no other antecedent.

    The activity is "it"; a later "they" whose only candidate is "leadership" names people.
    Not when the sentence also speaks of management ("leadership and management ... they are
    the same") or of anyone else who could be "they".
    """
    if distinction(token) or token.dep_ == "nsubjpass":
        return False  # "guild leadership is recognized as a responsibility, and they ...": someone else
    for t in token.doc[token.i + 1:token.sent.end]:
        if t.lower_ in words["group_pronouns"] and t.tag_ in {"PRP", "PRP$"}:
            return not any(_other_antecedent(u, words) for u in token.sent if u.i < t.i and u.i != token.i)
    return False


def _other_antecedent(token, words) -> bool:
    return token.tag_ in {"NNS", "NNPS"} or token.lower_ in words["indefinite_people"] or token.lower_ in family_word_forms("lead", "abstract")


def _upper_ranks_of(token, words) -> bool:
    """"The highest levels of project leadership", "most of leadership", "the rest of leadership": part of a group."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "of":
        return False
    whole = prep.head
    if whole.lower_ in words["partitive_heads"]:
        return True
    return whole.lower_ in words["rank_heads"] and any(c.lower_ in words["rank_modifiers"] for c in whole.children)


def _of_a_body(token, words) -> bool:
    """"Leadership at Acme", "leadership at the agency": the people at the top of a named body.

    Not a subject taught or discussed ("a course on leadership and management at the college").
    """
    if distinction(token) or (token.dep_ == "pobj" and token.head.lower_ in words["topic_prepositions"]):
        return False
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "at":
            place = [g for g in prep.children if g.dep_ == "pobj"]
            if place and (place[0].pos_ == "PROPN" or place[0].lower_ in words["group_namers"]):
                return True
    return False


def _receives(token, words) -> bool:
    """"Leadership gets a copy of every postmortem": what is sent up lands with people."""
    verb = token.head
    return (token.dep_ == "nsubj" and verb.lemma_.lower() in words["receiving_verbs"]
            and any(c.dep_ == "dobj" and c.lower_ in words["deliverables"] for c in verb.children))


def _glossed_as_people(token, words) -> bool:
    """"Platform leadership (directors and VPs)", "Engineering Leadership - managers, directors": a gloss naming people."""
    doc = token.doc
    i = token.i + 1
    if i >= len(doc) or doc[i].text not in {"(", "-", "–", "—", ":"}:
        return False
    for t in doc[i + 1:min(i + 7, token.sent.end)]:
        if t.pos_ in {"VERB", "AUX"} or t.text in {")", ".", ";"}:
            return False
        if t.pos_ in {"NOUN", "PROPN"} and (_person_like(t, words) or t.lower_ in words["top_words"]):
            return True
    return False


def distinction(token) -> bool:
    """"Management keeps the trains running; leadership decides where they go": a contrast of functions, not people."""
    return any(t._.lk_family == "manage" and t.i != token.i for t in token.sent)


# Each listed cue, with what it saw in words (``--show-evidence`` says which one fired).
CUE_READINGS = {
    _named_by_modifier: "a modifier names the group",
    _heads_group_noun: "it heads a noun for people or for what people give",
    _beside_people: "it stands beside other groups of people",
    _aimed_at_people: "it is the object of words aimed at people",
    _addressed: "it is the object of a verb done to people",
    _acts_as_people: "it does or is what only people do or are",
    _acts_in_frame: "it is the subject of an obligation, a plan or a phrasal verb people do",
    _handed_a_task: "it receives something or is handed a task",
    _taken_up_as_they: "a later \"they\" takes it up",
    _upper_ranks_of: "it is a whole that people are part of",
    _glossed_as_people: "a gloss names people",
    _of_a_body: "it is the top of a named body",
    _receives: "it receives what is sent up",
}
GROUP_CUES = tuple(CUE_READINGS)


def listed_cue(token) -> bool:
    """One of the listed cues reads ``token`` as a group."""
    words = lm003_words()
    return any(cue(token, words) for cue in GROUP_CUES)


def quality_reading(token) -> bool:
    return _quality_reading(token, lm003_words())


