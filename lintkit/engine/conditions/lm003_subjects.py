"""LM003's cues for "leadership" as a subject: it does, or is, what only people do or are.

"Leadership needs to trust", "leadership is aware", "leadership must ensure", "leadership
came back": the verb or the state says people. Also the word tests every LM003 cue shares
(a word for people, an acronym that names a unit, a contrast of the two functions, a state
only people are in), so that ``lm003_cues`` builds on this module and not the other way.
"""
from __future__ import annotations

import re

from lintkit.engine.conditions.shared import passive_agents, written_words
from lintkit.engine.conditions.words import condition_words, pattern_lists


def characterised(verb) -> bool:
    """"Leadership reduced to personality", "leadership seen as a title": a reduced passive that describes leadership.

    "To"/"as" right after the verb leaves no room for an object, so it cannot be something
    the group did ("leadership reduced the budget to zero").
    """
    after = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return (
        verb.lemma_.lower() in condition_words("LM003")["characterising_verbs"]
        and after is not None and after.lower_ in condition_words("LM003")["characterising_particles"]
    )


def is_acronym(token) -> bool:
    """"TTS", "SE", "18F": a unit's short name (a whole line in capitals is emphasis, not a name)."""
    text = token.text
    return (2 <= len(text) <= 6 and text.isalnum() and text.isupper()
            and not all(t.is_upper or not t.is_alpha for t in token.sent))


def relation(token) -> str:
    """``token.dep_``, except that the subject of an inverted question is a subject, and that of a verb with a
    by-agent and no auxiliary is a passive subject.

    In "Is leadership even reading ...?" the parser may call "leadership" a complement of
    "Is" when the auxiliary's head is the verb after it.
    """
    aux = token.head
    if token.dep_ == "attr" and aux.dep_ == "aux" and aux.i < token.i < aux.head.i and aux.head.pos_ == "VERB":
        return "nsubj"
    if _read_as_an_auxiliary(token):
        return "nsubj"
    if token.dep_ == "nsubj" and any(c.dep_ == "agent" for c in aux.children) and not any(c.dep_ in {"aux", "auxpass"} for c in aux.children):
        return "nsubjpass"  # "leadership shared by the whole team makes ...": a reduced passive the parser took for a past
    if _split_past(token) is not None or _past_after_subordinator(token) is not None or _past_read_as_modifier(token) is not None:
        return "nsubj"
    if _subject_across_an_aside(token):
        return "nsubj"
    return token.dep_


def _subject_across_an_aside(token) -> bool:
    """"So leadership, you know, kind of dropped the ball", "leadership, um, signed it anyway": speech sets a filler
    off between a subject and its verb, and the parser hangs the word on the verb as a loose modifier (or, after
    another sentence, as an adverbial clause, which a bare noun cannot be). The verb has no
    other subject, and nothing stands between but the aside: punctuation, interjections, adverbs and a clause like
    "you know" that the parser hangs on the verb beside it."""
    verb = token.head
    if token.dep_ not in {"npadvmod", "dep", "advcl"} or verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBZ", "VBP", "VBN"} or verb.i < token.i:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "aux", "auxpass"} for c in verb.children):
        return False  # a participle with no auxiliary is a past the parser mistook ("kind of fumbled the rollout")
    between = token.doc[token.i + 1:verb.i]
    asides = {t.i for c in verb.children if c.dep_ == "parataxis" and token.i < c.i < verb.i for t in c.subtree}
    return any(t.is_punct for t in between) and all(t.is_punct or t.pos_ in {"INTJ", "ADV"} or t.i in asides for t in between)


def _read_as_an_auxiliary(token) -> bool:
    """"Could leadership please clarify ...?", "Would leadership kindly confirm ...?": after a modal that opens a question
    the parser may take the word for a second auxiliary or leave it hanging on the verb; it stands where the subject of
    an inverted question stands, between the modal and the verb they both hang on."""
    verb = token.head
    if token.dep_ not in {"aux", "dep"} or verb.pos_ != "VERB" or not token.i < verb.i or token.i == 0:
        return False
    modal = token.nbor(-1)
    return modal.tag_ == "MD" and modal.head.i == verb.i and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _past_after_subordinator(token):
    """"After leadership caved on the overtime rule, ...": the parser may read the subordinator as a preposition, the word
    as its object and the past that follows as a clause hung on the word; the past is the word's own verb.

    A reduced passive ("after leadership shown by the nurses") keeps its agent and is left as parsed.
    """
    doc, subordinator = token.doc, token.head
    if token.dep_ != "pobj" or subordinator.lower_ not in condition_words("LM003")["awaited_subordinators"] or token.i + 1 >= len(doc):
        return None
    if any(t.head.i != token.i for t in doc[subordinator.i + 1:token.i]):
        return None  # only the word's own modifiers stand between: "after the leadership caved"
    verb = doc[token.i + 1]
    if verb.dep_ != "acl" or verb.head.i != token.i or verb.tag_ not in {"VBD", "VBN"}:
        return None
    return None if any(c.dep_ in {"agent", "aux", "auxpass"} for c in verb.children) else verb


def _past_read_as_modifier(token):
    """"The leadership dithered for a week", "the leadership scattered after the raid": the parser may leave the word as the
    root of a sentence whose only verb, the past right after it, it hangs on the word as a reduced clause; a sentence ended
    by a full stop is no caption, so the past is the word's own verb. A bare word may head a caption or a line of a
    résumé even so ("Leadership reimagined for a remote world."), so only a word a determiner or modifier picks out counts.

    A reduced passive keeps its agent or auxiliary ("the leadership elected by the congress") and is left as parsed.
    """
    doc = token.doc
    if token.dep_ != "ROOT" or token.i + 1 >= token.sent.end or written_words(token.sent)[-1].text not in {".", "!"}:
        return None
    if not any(c.dep_ in {"det", "poss", "amod", "compound", "nmod"} and c.i < token.i for c in token.children):
        return None
    verb = doc[token.i + 1]
    if verb.dep_ != "acl" or verb.head.i != token.i or verb.tag_ not in {"VBD", "VBN"}:
        return None
    return None if any(c.dep_ in {"agent", "aux", "auxpass"} for c in verb.children) else verb


def _split_past(token):
    """"The charity's leadership flip-flopped", "leadership fast-tracked the merger": the parser splits a hyphened verb
    after its subject and hangs the subject on the first half ("flip") or leaves it loose, or makes the subject the root
    and the past its modifier ("The party leadership back-pedalled on the pledge"); the verb is the last half."""
    doc = token.doc
    first, hyphen = token.i + 1, token.i + 2
    if token.dep_ not in {"compound", "dep", "ROOT"} or hyphen + 1 >= token.sent.end or doc[hyphen].text != "-":
        return None
    verb = doc[hyphen + 1]
    hung = token.head.i in {first, verb.i} or (token.dep_ == "ROOT" and verb.head.i == token.i and verb.dep_ in {"amod", "acl"})
    if doc[first].whitespace_ or doc[hyphen].whitespace_ or verb.pos_ != "VERB" or not hung:
        return None
    return verb


def content_verb(token, words):
    """The verb that says what the subject does: through "needs to trust", "continues to monitor".

    The parser sometimes hangs the subject of a question on its auxiliary ("Is leadership even
    reading ...?"); the verb is then the auxiliary's head.
    """
    verb = _split_past(token) or _past_after_subordinator(token) or _past_read_as_modifier(token) or token.head
    if verb.dep_ == "aux" and verb.head.pos_ == "VERB":
        verb = verb.head
    # "Leadership is to be notified within the hour": "be to" gives an order, and the passive after it is what is done
    # to the subject (an active "leadership is to serve" says what leading is, and is left on "be")
    ordered = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBN" and {"to", "be"} <= {g.lower_ for g in c.children}), None)
    if verb.lemma_ == "be" and ordered is not None:
        return ordered
    while verb.lemma_.lower() in words["catenative_verbs"]:
        nxt = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), None)
        if nxt is None:
            break
        verb = nxt
    return verb


def names_a_doer(word: str) -> bool:
    """"Founder", "surveyor", "organist", "foreman": a singular noun of what one person does or is, read by its ending."""
    return word.endswith(("er", "or", "ist", "man"))


def person_like(token, words) -> bool:
    word = token.lower_
    return (word in words["people_nouns"] or word in words["peer_groups"] or is_acronym(token)
            or (token.tag_ in {"NNS", "NNPS"} and word.endswith(("ers", "ors", "ists", "ees")) and word not in words["leadership_quality_heads"]))


def acts_as_people(token, words) -> bool:
    """"leadership needs to trust", "leadership is aware", "leadership unable to see", "leadership who set the goals"."""
    if _who_follows(token):
        return True
    for child in token.children:
        if child.dep_ == "relcl" and any(g.lower_ in words["personal_relative_pronouns"] for g in child.children):
            return True
        if child.dep_ == "relcl" and _cleft(token) and child.lemma_.lower() in words["agent_verbs"] | words["people_only_verbs"] and any(
                g.dep_ == "nsubj" and g.tag_ == "WDT" for g in child.children):
            return True  # "it was leadership that chose to ship it": the cleft's "that" clause says what it did
        if child.dep_ == "amod" and child.lower_ in words["human_states"] and (child.i > token.i or _asked_how(child, token)):
            return True  # "leadership unable to see", "how transparent leadership was"
        if (child.dep_ == "acl" and child.tag_ == "VBN" and child.i > token.i and child.lemma_.lower() in words["people_object_verbs"]
                and any(c.dep_ == "det" for c in token.children)):
            return True  # "the leadership, elected only in May, ...", "a leadership installed by the new owners": done to people;
            # bare, "leadership trusted by the players is worth more than tactics" may be the quality so done
    role = relation(token)
    if role not in {"nsubj", "nsubjpass"} or distinction(token):
        return False
    verb = content_verb(token, words)
    if role == "nsubjpass" or _passive_after_catenative(token, verb):  # "leadership was briefed", not "leadership is expected at every level"
        if acted_on_by_a_thing(verb, words):
            return False  # "leadership is informed by values"
        return verb.lemma_.lower() in words["people_object_verbs"] or verb.lower_ in words["human_states"]  # "is committed to"
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_.startswith("nsubj") for g in c.children))]
    if likened_to_a_thing(verb, words):
        return False  # "leadership felt like a burden": not what people feel
    if any(v.lemma_.lower() in words["people_only_verbs"] for v in verbs):
        return not asks_for_qualities(verb, words)  # "your leadership comes back and says ..."
    if any(v.lemma_.lower() in words["people_only_verbs"] | words["agent_verbs"] for v in _catenatives_above(token, verb, words)):
        return True  # "leadership has decided to go in a different direction", "leadership plans to make cuts": the
        # infinitive's verb may suit the activity, but deciding, planning or wanting it is what people do
    if any(_changes_decision(v, words) or _people_idiom(v, words) or _wants_work_done(v, words) for v in verbs):
        return True  # "unless leadership changes course", "not sure leadership will go for it", "leadership needs this live"
    if verb.lemma_ == "be":
        if verb.dep_ == "auxpass":  # the parser may hang the subject on "is" in "leadership is committed to"
            return verb.head.lower_ in words["human_states"]
        return (_states_a_view(verb, words) or _reached_as_people(verb, words) or _at_a_gathering(verb, words, token) or _away_for_a_time(verb, words)
                or _equated_with_people(verb, words)
                or any(c.dep_ in {"acomp", "attr"} and hyphenated(c) in words["human_states"] for c in verb.children))
    if verb.pos_ == "ADJ":  # a small clause: "we hold leadership accountable", "keep leadership happy"
        return hyphenated(verb) in words["human_states"]
    event = verb.tag_ == "VBD" or any(c.dep_ == "aux" for c in verb.children)
    if verb.pos_ == "VERB" and (event or verb.lemma_.lower() not in words["abstract_predicates"]) and any(
            c.dep_ == "dobj" and _artefact(c, words) for c in verb.children):
        return True  # "leadership writes a quarterly letter", "leadership holds a weekly meeting", "leadership is doing skip levels"
    if verb.lemma_ == "have":  # "leadership has questions about slide 7"; "has no idea what we do", "hasn't a clue"
        negated = any(c.dep_ == "neg" for c in verb.children)
        return any(c.dep_ == "dobj" and (c.lemma_.lower() in words["people_possessions"] or c.lemma_.lower() in words["unknowing_nouns"] and (
            negated or any(d.dep_ == "det" and d.lower_ in pattern_lists()["negations"] for d in c.children))) for c in verb.children)
    return False


def _wants_work_done(verb, words) -> bool:
    """"Leadership needs this live before the call", "wants it done by Friday", "expects them shipped": a piece of work,
    named by a pronoun, wanted in a finished state or by a date is what people ask of a team; the activity needs
    courage or "it more than ever", not it "done"."""
    if verb.lemma_.lower() not in words["work_wanting_verbs"]:
        return False
    if not any(c.dep_ == "dobj" and c.lower_ in words["plain_thing_pronouns"] for c in verb.children):
        return False
    states = words["work_states"]
    return any(c.dep_ in {"advmod", "acomp", "oprd", "xcomp", "ccomp", "prt", "amod"} and c.lower_ in states
               or c.dep_ == "prep" and c.lower_ in words["deadline_prepositions"] and any(g.dep_ == "pobj" for g in c.children)
               for c in [*verb.children, *(g for d in verb.children if d.dep_ == "dobj" for g in d.children)])


def _catenatives_above(token, verb, words) -> list:
    """The catenative verbs ``content_verb`` went through from the subject's own verb down to ``verb``
    ("decided" in "leadership decided to go"), nearest first."""
    chain = []
    while verb.dep_ == "xcomp" and verb.head.i != token.i and verb.head.lemma_.lower() in words["catenative_verbs"]:
        verb = verb.head
        chain.append(verb)
    return chain


def _passive_after_catenative(token, verb) -> bool:
    """"Leadership needs to be informed", "leadership has to be looped in": the subject of "need" or "have" is the one a
    passive after it is done to, so it is read as a passive subject, by the verb of the passive."""
    return verb.i != token.head.i and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)


def likened_to_a_thing(verb, words) -> bool:
    """"Leadership felt like a burden in those years", "looked like a trap to him", "felt like something I could do":
    likened to one thing, it is the activity as someone lived it; people at the top feel like outsiders, or like giving up."""
    if verb.lemma_.lower() not in {"feel", *words["linking_verbs"]}:
        return False
    likes = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "like" for g in c.children if g.dep_ == "pobj"]
    articles = condition_words("shared")["indefinite_articles"]
    return bool(likes) and all(
        g.tag_ == "NN" and not person_like(g, words)
        and (g.lower_ in words["indefinite_thing_pronouns"] or any(d.lower_ in articles for d in g.children)) for g in likes)


def asks_for_qualities(verb, words) -> bool:
    """"Leadership at sea demanded patience and a strong stomach": a verb that suits the activity, asking for qualities of
    no one in particular, says what leading takes; "leadership demanded loyalty from the ranks" asks it of people, and
    "demanded a rewrite" asks for work."""
    if verb.lemma_.lower() not in words["abstract_predicates"]:
        return False
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    if not any(o.lemma_.lower() in words["side_qualities"] | words["quality_sources"] for o in objects):
        return False
    asked = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in words["asked_of_prepositions"] for g in c.children if g.dep_ == "pobj"]
    articles = condition_words("shared")["indefinite_articles"]
    return all(g.lower_ in words["indefinite_people"] or any(d.lower_ in articles for d in g.children) for g in asked)


def _artefact(noun, words) -> bool:
    """What only people write, send or hold, as written, with the word before it hyphened on ("skip levels"), or as the
    one hyphened word the parser split into a phrase ("one-on-ones" read as "one" with "on ones" hung on it)."""
    doc = noun.doc
    before = doc[noun.i - 1] if noun.i > noun.sent.start else None
    spaced = f"{before.lower_}-{noun.lower_}" if before is not None and before.head.i == noun.i and before.dep_ in {"amod", "compound"} else ""
    phrase = doc[noun.left_edge.i:noun.right_edge.i + 1]
    written = phrase.text.lower() if not any(t.whitespace_ for t in phrase[:-1]) else ""
    return any(form in words["people_artefacts"] for form in (noun.lower_, noun.lemma_.lower(), hyphenated(noun), spaced, written))


def _reached_as_people(copula, words) -> bool:
    """"Leadership is easy to reach", "leadership was impossible to contact": the subject is the object of a verb done to
    people ("leadership is hard to define" is the object of a verb done to the activity)."""
    return any(verb.dep_ == "xcomp" and verb.pos_ == "VERB" and verb.lemma_.lower() in words["people_object_verbs"]
               and not any(c.dep_ == "dobj" for c in verb.children)
               for adjective in copula.children if adjective.dep_ == "acomp" for verb in adjective.children)


def _at_a_gathering(copula, words, subject=None) -> bool:
    """"Leadership is in another offsite", "is on a call with the investors", "is at the board dinner": only people are at
    a gathering. One that stands for every gathering ("leadership is in every meeting you run") or is told by what someone
    does in it is where the activity shows, and a gathering after another phrase ("on the agenda at the next meeting")
    is where a topic comes up.

    In a question the copula comes first ("why wasn't leadership at the all-hands?") and the parser may hang the phrase
    on the subject after it; it is still what the copula says of the subject."""
    phrases = [c for c in copula.children if c.dep_ in {"prep", "acomp", "attr"} and c.i > copula.i]
    if not phrases and subject is not None and copula.i < subject.i:
        phrases = [c for c in subject.children if c.dep_ == "prep" and c.i == subject.i + 1]
    phrase = phrases[0] if phrases else None
    if phrase is None or phrase.dep_ != "prep" or phrase.lower_ not in words["gathering_prepositions"]:
        return False
    return any((place.lemma_.lower() in words["gathering_nouns"] or place.lower_ in words["gathering_nouns"] or hyphenated(place) in words["gathering_nouns"])
               and not any(c.dep_ == "det" and c.lower_ in words["gathering_quantifiers"] or c.dep_ == "relcl" for c in place.children)
               for place in phrase.children if place.dep_ == "pobj")


def _equated_with_people(copula, words) -> bool:
    """"Leadership is the founders plus the two VPs", "leadership was just the people in the corner offices", "is six
    people and a dog": said by "be" to be certain people (counted, or named with "the", "those", "our"), it is that group.
    A bare plural is a maxim ("leadership is people"), so are people told by what they do ("leadership is the people who
    step up", "the followers you create"), and a denial ("leadership isn't the execs") says it is not."""
    if any(c.dep_ == "neg" for c in copula.children):
        return False
    attrs = [a for c in copula.children if c.dep_ == "attr" and c.i > copula.i for a in (c, *c.conjuncts)]
    return any(a.tag_ in {"NNS", "NNPS"} and (person_like(a, words) or a.lower_ in words["top_words"] or a.lower_ in condition_words("shared")["person_heads"])
               and any(c.dep_ in {"det", "nummod", "poss"} for c in a.children) and not any(c.dep_ in {"relcl", "acl"} for c in a.children)
               for a in attrs)


def _away_for_a_time(copula, words) -> bool:
    """"Leadership's out till Monday", "is away until the 12th", "is off today": people are out of the office for a time.

    The adverb must be the copula's first word of substance, with no phrase of its own but a time: "leadership is back in
    fashion this year" is the activity, back "in" something."""
    adverb = next((c for c in copula.children if c.dep_ in {"advmod", "prep", "acomp", "attr"} and c.i > copula.i), None)
    if adverb is None or adverb.dep_ != "advmod" or adverb.lower_ not in words["away_adverbs"]:
        return False
    phrases = [c for c in (*adverb.children, *copula.children) if c.dep_ == "prep"]
    if any(p.lower_ not in words["until_prepositions"] for p in phrases):
        return False
    if phrases:
        return True  # "till Monday", "until the offsite": how long, whatever the bound
    return any(c.dep_ == "npadvmod" and (c.ent_type_ in {"DATE", "TIME"} or c.lemma_.lower() in words["time_nouns"] | words["day_words"])
               for c in copula.children)


def _cleft(token) -> bool:
    """"It was leadership that ...": the word put in focus after an empty "it" and "be"."""
    copula = token.head
    return token.dep_ == "attr" and copula.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children)


def _who_follows(token) -> bool:
    """"Write for leadership, who will skim it": "who" takes up people, wherever the parser hangs its clause."""
    doc = token.doc
    i = token.i + 1 + (token.i + 1 < len(doc) and doc[token.i + 1].text == ",")
    return i < len(doc) and doc[i].lower_ in condition_words("LM003")["personal_relative_pronouns"] and doc[i].tag_ == "WP"


def _states_a_view(copula, words) -> bool:
    """"Leadership has been clear that ...", "has been clear: no new hires", "was explicit about the freeze": an adjective
    of holding or saying a view, with the view (a that-clause, or words after a colon) or its topic ("about").

    Not a result clause: "leadership is so clear that anyone can follow it"; nor a bare grade ("leadership was clear
    and calm"), which may say how well it was done.
    """
    adjectives = [c for c in copula.children if c.dep_ == "acomp" and c.lower_ in words["view_adjectives"]]
    if not adjectives or any(g.lower_ in words["result_degree_words"] for a in adjectives for g in a.children):
        return False
    doc = copula.doc
    for a in adjectives:
        end = max(t.i for t in a.subtree) + 1
        if end + 1 < copula.sent.end and doc[end].text == ":" and doc[end + 1].is_alpha:
            return True  # the view spelled out after a colon
        if any(g.dep_ == "prep" and g.lower_ == "about" and any(p.dep_ == "pobj" for p in g.children) for g in a.children):
            return True
    return any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
               for c in [*copula.children, *(g for a in adjectives for g in a.children)])


def hyphenated(token) -> str:
    """``token`` with the words hyphened onto it, lower case, as written: the parser splits "hands-off" into a compound
    before "off", "one-pager" into a number before "pager", and may leave "pre-read" as three loose words."""
    doc = token.doc
    start = token.i
    while start > token.sent.start and not doc[start - 1].whitespace_ and "-" in (doc[start - 1].text, doc[start].text):
        start -= 1
    return doc[start:token.i + 1].text.lower()


def _changes_decision(verb, words) -> bool:
    """"Changes course", "changed its mind": a reversal that only people decide, whatever "change" says elsewhere."""
    return verb.lemma_.lower() == "change" and any(
        c.dep_ in {"dobj", "advmod", "npadvmod"} and c.lower_ in words["changed_decisions"] for c in verb.children)


def _people_idiom(verb, words) -> bool:
    """"Go for it", "get behind this", "take the findings seriously": idioms of accepting or weighing that only people use."""
    rest = re.sub(r"\bits\b", "their", verb.doc.text[verb.idx + len(verb.text):verb.sent.end_char].lower())  # "make up its mind": a group's own
    if starts_with_phrase(f"{verb.lemma_.lower()}{rest}", words["people_idioms"]):
        return True
    said_of_people = verb.tag_ == "VBD" or any(c.dep_ == "aux" for c in verb.children)  # not the maxim "leadership takes people seriously"
    return said_of_people and verb.lemma_.lower() == "take" and any(c.dep_ == "advmod" and c.lower_ == "seriously" for c in verb.children)


def _asked_how(adjective, token) -> bool:
    """"How transparent leadership was": the adjective is said of the subject, the parser hangs it on the noun."""
    return (adjective.i == token.i - 1 and adjective.i > 0 and token.doc[adjective.i - 1].lower_ == "how"
            and token.head.lemma_ == "be" and token.head.i > token.i)


def acted_on_by_a_thing(verb, words) -> bool:
    """A by-phrase naming no person: "informed by values", not "briefed by the CFO" or "surprised by the results"."""
    if verb.lemma_.lower() in words["experiencer_verbs"]:
        return False  # "leadership was surprised by the results": people feel
    agents = passive_agents(verb)
    return bool(agents) and not any(person_like(a, words) or a.pos_ in {"PROPN", "PRON"} for a in agents)


def acts_in_frame(token, words) -> bool:
    """"Leadership must ensure", "leadership came back", "help leadership plan", "leadership was slow to respond".

    A verb that suits the activity ("leadership requires courage", "leadership can make or break
    a team") says nothing, nor does a bare past ("leadership fascinated him"); the same subject
    under an obligation or a plan, with a phrasal verb only people do, or handed a task, is the group.
    """
    if relation(token) != "nsubj" or distinction(token):
        return False
    if _plural_agreement(token, words):
        return True
    verb = content_verb(token, words)
    lemma = verb.lemma_.lower()
    if verb.pos_ == "AUX" or (verb.lemma_ == "be" and verb.pos_ != "VERB") or lemma in words["linking_verbs"]:
        return _conduct(verb, words) or in_people_state(verb, words, phrases_only=True)  # "leadership is (seems) out of touch"
    if verb.pos_ != "VERB" or characterised(verb) or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    event = verb.tag_ == "VBD" or any(c.dep_ == "aux" for c in verb.children)
    if lemma in words["becoming_verbs"] and event and in_people_state(verb, words, phrases_only=True):
        return True  # "leadership came under fire", "leadership has come under pressure from investors"
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ == "back")}
    if particles & words["people_particles"] and (lemma not in words["abstract_predicates"] or "back" in particles):
        return True  # "leadership came back", "leadership weighed in"
    if lemma in words["abstract_predicates"]:
        return False
    framed = any(c.dep_ in {"aux", "auxpass"} and c.lower_ in words["agent_auxiliaries"] for c in verb.children)
    enabled = verb.i == token.head.i and verb.dep_ in {"ccomp", "xcomp"} and verb.head.lemma_.lower() in words["enabling_verbs"]
    return framed or enabled


def _plural_agreement(token, words) -> bool:
    """"Our leadership have been brilliant", "leadership walk past it every day": a plural verb agrees with the people,
    never with the activity. An auxiliary is read by its listed forms; a lexical verb by its tag, the present without
    "-s", in a main clause: after a subordinator it may be a subjunctive ("it matters that leadership come from below").
    "Leadership were nowhere to be seen" says it in the past."""
    head = token.head
    forms = [head, *(c for c in head.children if c.dep_ in {"aux", "auxpass"})]
    if token.conjuncts:
        return False  # "your leadership and/or decisions have had": the coordination is plural
    main = not any(c.dep_ == "mark" for c in head.children)
    # a verb with a subject of its own besides the word was hung on it by a misparse ("the admiral learned leadership
    # ..., and his letters show"): its agreement is that subject's
    lexical = head.pos_ == "VERB" and main and not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i != token.i for c in head.children)
    # a plural past only heading the sentence: "if leadership were easy", "I wish leadership were simpler" are subjunctives
    past = main and head.dep_ == "ROOT"
    return token.tag_ == "NN" and any(f.i > token.i and (f.tag_ == "VBP" and (f.lower_ in words["plural_agreement"] or f is head and lexical)
                                                         or f.tag_ == "VBD" and past and f.lower_ in words["plural_past_agreement"])
                                      for f in forms)


def _conduct(verb, words) -> bool:
    """"Leadership was slow to respond": an adjective of conduct with the verb people do."""
    return any(c.dep_ == "acomp" and c.lower_ in words["conduct_adjectives"]
               and any(g.dep_ == "xcomp" and g.pos_ == "VERB" for g in c.children) for c in verb.children)


def in_people_state(token, words, *, phrases_only: bool = False) -> bool:
    """The words right after ``token`` say a state only people are in: "on board", "in the loop", "out of touch".

    After a copula only the phrases count: "leadership is informed by values" is the activity. The phrase must end where
    its last word's phrase ends: "in the dark winter of 1940" is a time, not "in the dark".
    """
    start = token.idx + len(token.text)
    rest = token.doc.text[start:token.sent.end_char]
    phrase = starts_with_phrase(rest.lstrip().lower(), [p for p in words["people_state_phrases"] if not phrases_only or " " in p])
    if phrase is None:
        return False
    end = start + len(rest) - len(rest.lstrip()) + len(phrase)
    last = next((t for t in token.doc[token.i + 1:token.sent.end] if t.idx < end <= t.idx + len(t.text)), None)
    return last is None or not (last.dep_ in {"amod", "compound"} and last.head.i > last.i)


def starts_with_phrase(text: str, phrases) -> str | None:
    """The one of ``phrases`` that ``text`` begins with as whole words ("on board", not "on boarding"), or None."""
    return next((phrase for phrase in phrases
                 if text.startswith(phrase) and text[len(phrase):len(phrase) + 1] in {"", " ", ",", ".", ";", ":", "!", "?", ")"}), None)


def distinction(token, *, labels_count: bool = False) -> bool:
    """"Management keeps the trains running; leadership decides where they go": a contrast of functions, not people.

    Not an alternative of who acts: "allow the team's leadership or management to solve the issues",
    nor a label the sentence hangs from ("Advice to Management: leadership needs to stop ..."), unless
    ``labels_count`` (the learned score, which never saw such labels set apart, stays cautious).
    """
    alternatives = {c.i for c in token.conjuncts if any(t.lower_ == "or" for t in token.doc[min(c.i, token.i):max(c.i, token.i)])}
    label_end = -1 if labels_count else _label_end(token)
    return any(t._.lk_family == "manage" and t.i != token.i and t.i not in alternatives and t.i > label_end and not _layer_of_people(t)
               and not _a_manager_elsewhere(t, token) for t in token.sent)


def _layer_of_people(token) -> bool:
    """"Middle managers", "line managers": people of a layer named by its place, acting beside the group, not the function."""
    layers = condition_words("LM003")["lower_layer_words"]
    return token.tag_ == "NNS" and any(c.dep_ in {"amod", "compound"} and c.lower_ in layers for c in token.children)


def _a_manager_elsewhere(manager, token) -> bool:
    """"Some new managers assume that leadership ...", "...; your manager is the approver": a manager picked out by a
    determiner, possessive or modifier is a person, and in a clause of its own (another head, not a conjunct) it is
    someone beside the group, not the function set against leadership. So is one who holds the view the clause of
    "leadership" states ("managers think leadership never reads it")."""
    if manager._.lk_form != "agent" or manager.head.i == token.head.i or manager.i in {c.i for c in token.conjuncts}:
        return False
    holds_the_view = manager.dep_ == "nsubj" and token.head.dep_ == "ccomp" and token.head.head.i == manager.head.i
    return holds_the_view or any(c.dep_ in {"det", "poss", "amod", "compound"} for c in manager.children)


def _label_end(token) -> int:
    """The colon closing a verbless label before ``token`` ("Advice to Management:"), or -1."""
    sent = token.sent
    colon = next((t for t in sent if t.text == ":" and t.i < token.i), None)
    if colon is None or any(t.pos_ in {"VERB", "AUX"} for t in token.doc[sent.start:colon.i]):
        return -1
    return colon.i


def functions_compared(token) -> bool:
    """"Leadership has replaced management", "Management keeps the lights on; leadership picks the next building":
    the two bare nouns as the two functions, weighed or set side by side, not people acting.

    Only bare nouns count ("middle management", "our leadership", "the leadership" name people), only
    a generic present or an infinitive ("leadership decided; management was told" is an event), and
    never a verb only people do ("leadership wants a date and management wants a budget").
    """
    words = condition_words("LM003")
    verb = token.head
    if any(c.dep_ == "dobj" and _bare_function(c, "manage") for c in verb.children) and verb.lemma_.lower() in words["comparing_verbs"]:
        return True
    if _bare_function(token, "lead") and (_obsoletes_management(token, verb, words) or _substitutes_for_management(token, words)):
        return True
    weighed = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in words["weighing_prepositions"]
               for g in c.children if g.dep_ == "pobj"]
    if _bare_function(token, "lead") and any(_bare_function(g, "manage") for g in weighed):
        return True  # "leadership won over management": one function set against the other ("met with management": people)
    if not _bare_function(token, "lead") or verb.tag_ not in {"VBZ", "VB"} or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    managing = [other.head for other in _pair_of_sentences(token) if other.lower_ == "management" and _bare_function(other, "manage")
                and other.head.i != verb.i and other.head.tag_ in {"VBZ", "VB", "VBP"}]
    if verb.lemma_.lower() in words["people_only_verbs"]:
        # "Leadership wants a date and management wants a budget": two groups of people; but
        # "management keeps the trains running; leadership decides where they go" sets upkeep against direction.
        return any(m.lemma_.lower() in words["upkeep_verbs"] and any(c.dep_ == "dobj" for c in m.children) for m in managing)
    return any(m.lemma_.lower() not in words["execution_verbs"] for m in managing)


def _pair_of_sentences(token) -> list:
    """The token's sentence, and a sentence beside it that opens with "management" when the token opens its own:
    "Management keeps the lights on. Leadership decides which rooms need light." sets the two functions side by side
    as a semicolon would."""
    doc, sentence = token.doc, token.sent
    tokens = list(sentence)
    if _first_word(sentence).i != token.i:
        return tokens
    if sentence.start > 0 and _first_word(before := doc[sentence.start - 1].sent).lower_ == "management":
        tokens = list(before) + tokens
    if sentence.end < len(doc) and _first_word(after := doc[sentence.end].sent).lower_ == "management":
        tokens += list(after)
    return tokens


def _first_word(sentence):
    return next((t for t in sentence if not (t.is_space or t.is_punct)), sentence[0])


def _obsoletes_management(token, verb, words) -> bool:
    """"Leadership has rendered management obsolete", "made management redundant": one function said to leave the other
    without use. The parser hangs "management obsolete" on the verb in several ways, so the pair is read in its words."""
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in words["obsoleting_verbs"]:
        return False
    after = list(verb.doc[verb.i + 1:min(verb.i + 5, verb.sent.end)])
    return any(_bare_function(m, "manage") and any(t.lower_ in words["obsolete_words"] for t in after if t.i > m.i) for m in after)


def _substitutes_for_management(token, words) -> bool:
    """"Do away with management altogether and rely on leadership instead": a bare "management" removed and bare
    "leadership" put in its place, the two functions swapped. Management acted on by people ("send it to management")
    is not removed, so "leadership" there stays the people it is sent to."""
    removed = [m for m in token.sent if m.i != token.i and _bare_function(m, "manage") and _removed(m, words)]
    if not removed:
        return False
    clause = _governing_verb(token)
    in_its_place = any(c.lower_ in words["substitute_adverbs"] for c in [*clause.children, *token.children])
    return in_its_place or any(clause.dep_ == "conj" and clause.head.i == _governing_verb(m).i for m in removed)


def _governing_verb(noun):
    """The verb ``noun`` is the object of, directly or through a preposition ("do away with management", "rely on leadership")."""
    return noun.head.head if noun.dep_ == "pobj" else noun.head


def _removed(noun, words) -> bool:
    verb = _governing_verb(noun)
    if noun.dep_ not in {"dobj", "pobj", "nmod", "compound"} or verb.pos_ != "VERB":
        return False
    particles = [c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod", "dobj"} and c.i > verb.i]
    lemma = verb.lemma_.lower()
    return lemma in words["removal_verbs"] or any(f"{lemma} {p}" in words["removal_verbs"] for p in particles)


def _bare_function(token, family: str) -> bool:
    """The noun alone, as a function: no determiner, possessive, modifier or compound before it."""
    return token._.lk_family == family and not any(c.dep_ in {"det", "poss", "amod", "compound", "nmod"} for c in token.children)


def finite_verb_of_subject(token, words):
    """The finite verb ``token`` is the active subject of, or None: a copula, a passive and a characterising
    verb ("leadership reduced to") are not what a subject does, nor is a contrast of the two functions."""
    if relation(token) != "nsubj" or distinction(token):
        return None
    verb = content_verb(token, words)
    if verb.pos_ != "VERB" or characterised(verb) or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if verb.i == token.i + 1 and verb.lower_ in words["leadership_quality_heads"]:
        return None  # "leadership approaches evolve": a compound the parser read as subject and verb
    finite = (verb.tag_ in {"VBZ", "VBD", "VBP"} or any(c.dep_ == "aux" for c in verb.children) or _past_read_as_participle(verb)
              or _mandative(verb)  # "requests that leadership publish the model": a base form after "that" is a finite subjunctive
              or verb.dep_ == "ROOT" and _split_past(token) is verb  # "back-pedalled on the pledge", tagged as a participle
              or getattr(_past_read_as_modifier(token), "i", None) == verb.i)  # "the leadership dithered for a week", hung on the word
    return verb if finite else None


def _mandative(verb) -> bool:
    """"The senate asks that leadership attend", "insists that leadership publish the model": a base form with its own
    subject and a subordinator, and no auxiliary, is a subjunctive, one act asked for; an infinitive has "to" (an
    auxiliary to the parser) and a bare infinitive after "let" or "help" has no subordinator."""
    return verb.tag_ == "VB" and any(c.dep_ == "mark" for c in verb.children) and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _past_read_as_participle(verb) -> bool:
    """"Leadership soft-launched the pricing": the parser may tag a hyphened past as a participle heading the sentence;
    with an object and no auxiliary it is a past, not a headline's passive ("Leadership reimagined")."""
    return verb.tag_ == "VBN" and verb.dep_ == "ROOT" and any(c.dep_ == "dobj" for c in verb.children)



_CLAUSAL = {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "cc", "csubj", "parataxis", "punct", "mark", "nsubj", "nsubjpass"}


def measured_as_a_variable(token, verb, words) -> bool:
    """"Leadership accounted for 12% of the variance", "emerged as the strongest predictor", "correlated with job crafting
    (r = .36)": a results section reports the word as a measured variable, whatever the verb, where the clause sets it
    beside the nouns of an analysis or a statistic follows; "leadership accounted for 14% of respondents" counts people.

    An object the verb acts on makes it people handling the analysis ("leadership dropped three of the predictors"),
    unless the object is the subject's own share or rank ("explained 9% of", "had the largest effect"); a clause of its
    own is not read ("leadership asked finance to re-run the regression").
    """
    sent = token.sent
    symbols = words["statistic_symbols"]
    if any(t.lower_ in symbols and t.i + 1 < sent.end and t.nbor(1).text in {"=", "<", ">", "≤", "≥"} for t in sent):
        return True
    if any(c.dep_ in {"dobj", "dative"} and not _a_share(c, words) for c in verb.children):
        return False
    stack = [c for c in verb.children if c.dep_ not in _CLAUSAL]
    while stack:
        t = stack.pop()
        if t.lower_ in words["measure_nouns"] and t.pos_ in {"NOUN", "PROPN"}:
            return True
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSAL)
    return False


def _a_share(noun, words) -> bool:
    """"9% of the variance", "the largest effect size", "no significant effect": how much of a measure the subject takes,
    its rank, or an effect it has; "assessed the effect of the closures" acts on a known one, and "dropped three of the
    predictors" on items of the analysis."""
    if noun.lower_ in words["share_words"] or any(c.tag_ in {"JJS", "RBS"} for c in noun.subtree if c.i < noun.i):
        return True
    return noun.lower_ in words["measure_nouns"] and not any(c.dep_ in {"det", "poss"} and c.lower_ not in words["measure_determiners"] for c in noun.children)
