"""LM003's cues for "leadership" naming a group of people: what its syntax and neighbours show.

Each cue is a construction, not a phrase: the role "leadership" plays in the parse
(subject of what only people do, object of what is done to people, a group among
groups...) and the words around it, tested against the word lists of
``[conditions.LM003]`` in ``rules/lexicon.toml`` and the rule's own ``[lists]``.
"""
from __future__ import annotations

from lintkit.engine.conditions.lm003_forces import a_time, bare, bearer, force_clause, force_subject, maxim
from lintkit.engine.conditions.lm003_owners import held_by_one_person, longed_for, shown_by_a_person, taken_up_as_it, wanted_from_people
from lintkit.engine.conditions.lm003_subjects import (
    acts_as_people, acts_in_frame, content_verb, distinction, hyphenated, in_people_state, is_acronym, names_a_doer, person_like, relation,
    starts_with_phrase,
)
from lintkit.engine.conditions.shared import asks, first_conjunct, token_after
from lintkit.engine.conditions.words import condition_words, family_word_forms
from lintkit.nlp.context import OPENING_QUOTES, QUOTE_MARKS
from lintkit.nlp.relations import denied_subject, marked_infinitive
from lintkit.nlp.senses import senses


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


def rank_denied(token) -> bool:
    """"Leadership is influencing others, a behavior, not a job title": the sentence denies it is a rank."""
    fillers, ranks = lm003_words()["rank_denial_fillers"], lm003_words()["denied_rank_nouns"]
    words = [t.lower_ for t in token.sent]
    return any(w == "not" and any(x in ranks for x in [y for y in words[i + 1:i + 4] if y not in fillers][:1])
               for i, w in enumerate(words))


def _quality_reading(token, words) -> bool:
    """Modifiers and heads that make it the activity: "open leadership", "leadership skills", "her leadership"."""
    if rank_denied(token) or _a_persons_quality(token, words):
        return True
    for child in token.children:
        if child.dep_ in {"amod", "compound", "nmod", "poss", "det"} and child.lower_ in words["leadership_quality_modifiers"] and _attached(child, token):
            return True
        if child.dep_ == "poss" and _owns_an_earlier_conjunct(child, token):
            continue
        if _a_name(child):  # "Aaron's leadership"; "Brenford's current leadership" is the firm's people at the top
            return child.is_title and not _group_word(child, words) and not _named_by_modifier(token, words) and not _held_in_turn(token, words)
        if child.dep_ == "poss" and (_one_person(child, words) or child.text.startswith("@") or _whose_one_person(child, words)):
            return True  # "goes to @li's leadership": an @-mention of project paperwork names one person; "whose" may stand for one
    if _hyphened_quality(token, words) or _of_people_at_work(token, words) or _graded_or_qualified(token, words):
        return True
    if token.dep_ in {"compound", "amod", "nmod"} and token.head.lower_ in words["leadership_quality_heads"] and not _informants(token.head, words):
        return True
    after = head_noun_after(token)
    if after is not None and after.lower_ in words["leadership_quality_heads"] and token.whitespace_ and not _informants(after, words) and (
            after.pos_ == "NOUN" or after.pos_ == "VERB" and token.head.i != after.i and not _a_subject_of(token, after)):
        return True  # "sending people to leadership courses": the parser read "to leadership" as an infinitive, the words say a course;
        # "dates for the next leadership skills workshop": "skills" read as a verb whose subject is something else
    if _personified(token, words):
        return True
    if token.dep_ == "conj" and token.head.dep_ in {"compound", "nmod"} and token.head.head.lower_ in words["leadership_quality_heads"]:
        return True  # "maintainer and leadership positions"
    return (_shown_as_conduct(token, words) or _discussed_as_topic(token, words) or _combined(token, words) or _moved_between(token, words) or _on_an_issue(token, words)
            or _in_a_field(token, words)
            or _market_position(token, words) or _by_a_manner(token, words) or _examined_with_a_practice(token, words)
            or _echoed_by_a_thing(token, words) or _defined_as_a_thing(token, words))


def _graded_or_qualified(token, words) -> bool:
    """"The quality of project leadership on their side", "a lack of leadership", "leadership without authority": a
    measure, a kind or an absence of it, or leading done without a thing (a title, authority), is the activity; the
    people at the top are not graded by "quality of" nor had "without authority"."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in words["grading_nouns"]:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "without" and any(g.dep_ == "pobj" and g.pos_ == "NOUN" and g.tag_ != "VBG" for g in c.children)
               for c in token.children)


def of_people_at_work(token) -> bool:
    return _of_people_at_work(token, lm003_words())


def _of_people_at_work(token, words) -> bool:
    """"Impressed by the leadership of the young organisers", "credit goes to the leadership of the parents": "of" and
    people named by what they do or are (not a body, not the factions of ``people_nouns``: "the leadership of the
    rebels" is their chiefs) say whose conduct it is, as "their leadership" does."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or any(c.dep_ in {"compound", "amod", "nmod", "poss"} for c in token.children if c.i < token.i):
        return False
    if token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_.lower() in words["people_only_verbs"]:
        return False  # "the leadership of the dockers voted to strike": what only people do keeps the dockers' chiefs
    people = [g for g in of.children if g.dep_ == "pobj"]
    return bool(people) and all(
        g.tag_ == "NNS" and g.lower_ not in words["people_nouns"] and g.lower_ not in words["peer_groups"] and not is_acronym(g)
        and (person_like(g, words) or g.lemma_.lower() in words["bearer_nouns"] or _described_by_who(g)) and not any(c.dep_ == "poss" for c in g.children)
        for g in people)


def _described_by_who(noun) -> bool:
    """"The block captains, who knocked on every door": a relative "who" says the noun is people."""
    relatives = lm003_words()["personal_relative_pronouns"]
    return any(c.dep_ == "relcl" and any(g.lower_ in relatives for g in c.children) for c in noun.children)


def _owns_an_earlier_conjunct(owner, token) -> bool:
    """"The mayor's office and council leadership": the parser may hang the owner of the first of two nouns on the last;
    an "and" between them says the owner's noun is the office, and "leadership" is a group beside it."""
    return any(t.dep_ == "cc" for t in token.doc[owner.i + 1:token.i])


def _informants(head, words) -> bool:
    """"Leadership sources told the Herald ...", "party leadership sources say": sources who tell reporters things are
    people close to the group; "leadership sources vary" are where the quality comes from."""
    return head.lower_ in words["informant_heads"] and head.dep_ == "nsubj" and head.head.lemma_.lower() in words["people_only_verbs"]


def shown_as_conduct(token) -> bool:
    return _shown_as_conduct(token, lm003_words())


def _shown_as_conduct(token, words) -> bool:
    """"Thanked the leadership shown during the crisis", "criticised the leadership she showed": leadership someone shows,
    exercises or provides is conduct, whatever is done to it; "the leadership that showed up" is people."""
    for clause in token.children:
        if clause.lemma_.lower() not in words["conduct_object_verbs"] or any(c.dep_ in {"dobj", "prt"} for c in clause.children):
            continue
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            return True
        if clause.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"} and c.lower_ != "that" for c in clause.children):
            return True
    return False


def _a_subject_of(token, verb) -> bool:
    """``token`` or a word it is joined to is the subject of ``verb`` ("leadership and HR skills ..." aside, "leadership
    values honesty" is a subject and its verb)."""
    return any(c.dep_.startswith("nsubj") and (c.i == token.i or token.i in {t.i for t in c.conjuncts}) for c in verb.children)


def _defined_as_a_thing(token, words) -> bool:
    """"Leadership at Ostrava Labs is something you do", "is a thing you earn": said to be a thing, it is the activity,
    wherever it is placed; "is someone you can email" and "is six people and a dog" say who the group is."""
    if token.dep_ != "nsubj" or token.head.lemma_ != "be":
        return False
    return any(c.dep_ == "attr" and c.lemma_.lower() in words["thing_words"] for c in token.head.children)


def examined_with_a_practice(token) -> bool:
    return _examined_with_a_practice(token, lm003_words())


def _examined_with_a_practice(token, words) -> bool:
    """"A review of leadership and governance", "standards of leadership and accountability": after "of" on a noun and
    joined only to bare nouns that name no people, it is one practice among those examined; "the approval of HR and
    leadership" and "a note from finance and leadership" join groups."""
    first = first_conjunct(token)
    if first.dep_ != "pobj" or first.head.lower_ != "of" or first.head.head.pos_ != "NOUN":
        return False
    others = [c for c in (first, *first.conjuncts) if c.i != token.i]
    return bool(others) and all(c.pos_ == "NOUN" and c.tag_ == "NN" and bare(c) and not c._.lk_family and not person_like(c, words)
                                and not bearer(c, words) for c in others)


def _by_a_manner(token, words) -> bool:
    """"Leadership by example won the day", "leadership by consensus": "by" and a bare noun say how it is done, a way of
    leading; "leadership by Friday" is a time and "leadership by the board" would name who. The parser often hangs the
    phrase on the verb, so "by" right after the word counts too."""
    following = [token.nbor(1)] if token.i + 1 < len(token.doc) else []
    return any(g.dep_ == "pobj" and g.tag_ == "NN" and not a_time(g, words) and not any(c.dep_ in {"det", "poss", "nummod"} for c in g.children)
               for by in {*(c for c in token.children if c.dep_ == "prep"), *following} if by.lower_ == "by" for g in by.children)


def _market_position(token, words) -> bool:
    """"Market leadership", "companies that focus on product leadership", "product leadership is not our strategy":
    a lead over rivals, which no people hold.

    "Product" and "technology" also name the function whose heads are meant ("escalate to product leadership"), so with
    them the phrase must be what a company pursues or be set as a strategy.
    """
    modifiers = {c.lower_ for c in token.children
                 if c.dep_ in {"compound", "amod", "nmod"} and c.i < token.i and not (c.i > 0 and c.nbor(-1).text == "-")}
    if any(m in words["lead_over_rivals_modifiers"] for m in modifiers):
        return True  # not "go-to-market leadership", the sales heads
    if not any(m in words["market_position_modifiers"] for m in modifiers):
        return False
    anchor = first_conjunct(token)
    governor = anchor.head.head if anchor.dep_ == "pobj" else anchor.head
    if anchor.dep_ in {"dobj", "pobj"} and governor.pos_ == "VERB" and governor.lemma_.lower() in words["position_verbs"]:
        return not any(c.dep_ == "prt" or c.dep_ == "prep" and c.i > anchor.i and not any(g.dep_ in {"pobj", "pcomp"} for g in c.children)
                       for c in governor.children)  # "win product leadership over": a particle, and people are persuaded
    return _set_as_strategy(token, anchor, governor, words)


def _set_as_strategy(token, anchor, governor, words) -> bool:
    """"Product leadership is not our strategy", "a strategy of product leadership", "the priorities of operational
    excellence, product leadership and customer intimacy": named as a strategy, or listed among strategies.

    A noun that people also give ("the priorities of product leadership") counts only with a list of things beside it.
    """
    if anchor.dep_ in {"nsubj", "attr"} and anchor.head.lemma_ == "be":
        return any(c.dep_ in {"nsubj", "attr"} and c.i != anchor.i and c.lemma_.lower() in words["position_nouns"] for c in anchor.head.children)
    of_noun = anchor.dep_ == "pobj" and anchor.head.lower_ == "of" or anchor.dep_ == "appos"
    if not of_noun or governor.lower_ not in words["position_nouns"]:
        return False
    if governor.lower_ not in words["decision_heads"]:
        return True
    others = [t for t in (anchor, *anchor.conjuncts) if t.i != token.i]
    return bool(others) and not any(person_like(t, words) or _group_word(t, words) or t._.lk_family for t in others)


def _hyphened_quality(token, words) -> bool:
    """"On-field leadership", "heavy-handed leadership": a modifier the parser splits at its hyphen ("on" above "field"),
    read whole, as it is written."""
    if token.i == token.sent.start:
        return False
    before = token.nbor(-1)
    return before.i >= token.left_edge.i and "-" in hyphenated(before) and hyphenated(before) in words["leadership_quality_modifiers"]


def _on_an_issue(token, words) -> bool:
    """"Leadership on climate has moved to cities", "leadership on pay equity came from the union": leading on an issue,
    a bare noun after "on" said of the subject; people are on something with a determiner or a name ("leadership on
    the call", "on Slack") or in a state ("on site", "on call"), and an object is asked about something ("check with
    leadership on pricing").
    """
    if relation(token) not in {"nsubj", "nsubjpass"}:
        return False  # "check with leadership on pricing": what people are asked about
    on = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    if on is None and token.i + 1 < token.sent.end and token.nbor(1).lower_ == "on" and token.nbor(1).head.i != token.i:
        on = token.nbor(1)  # the parser may hang the phrase on the verb
    issue = next((g for g in on.children if g.dep_ == "pobj"), None) if on is not None else None
    if issue is None or issue.pos_ != "NOUN" or issue.tag_ != "NN" or in_people_state(token, words):
        return False
    return not any(c.dep_ in {"det", "poss", "nummod"} for c in issue.children)


def _in_a_field(token, words) -> bool:
    """"Leadership in payments is shifting to the wallets", "the cooperative's leadership in fair-trade sourcing earned it an
    award": a lead in a field or a market, a bare common noun after "in" said of the subject, which no people hold.

    People are "in" a place or a body named or determined ("leadership in EMEA", "in the region", "in Zurich"), in a
    department ("leadership in finance") or in a state ("leadership in attendance"), and an object is asked about
    something ("check with leadership in legal").
    """
    if relation(token) not in {"nsubj", "nsubjpass"} or in_people_state(token, words):
        return False
    within = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    if within is None and token.i + 1 < token.sent.end and token.nbor(1).lower_ == "in" and token.nbor(1).head.i != token.i:
        within = token.nbor(1)  # the parser may hang the phrase on the verb
    field = next((g for g in within.children if g.dep_ == "pobj"), None) if within is not None else None
    if field is None or field.pos_ != "NOUN" or field.tag_ not in {"NN", "NNS"}:
        return False
    if any(c.dep_ in {"det", "poss", "nummod", "conj"} for c in field.children) or field.ent_type_:
        return False
    unit = field.lemma_.lower()
    return not (person_like(field, words) or _group_word(field, words) or unit in words["top_bodies"] or field.lower_ in words["top_bodies"]
                or unit in words["field_places"] or unit in words["people_in_states"] and not any(c.dep_ in {"compound", "amod"} for c in field.children))


def _held_in_turn(token, words) -> bool:
    """"Halvern's new leadership moved quickly", "Acme's former leadership": a name's leadership that is new, former or
    interim is the set of people who hold the top in turn; one person's conduct is not new or former."""
    return any(c.dep_ == "amod" and c.lower_ in words["tenure_modifiers"] and c.i < token.i for c in token.children)


def _combined(token, words) -> bool:
    """"The role combines product leadership with hands-on analytics": the activity joined to another one."""
    first = first_conjunct(token)
    return first.dep_ == "dobj" and first.head.lemma_.lower() in words["combining_verbs"]


def _moved_between(token, words) -> bool:
    """"A two-year break from leadership", "his path toward leadership": a move out of or into the role.

    The parser hangs "from" on a particle in "a step back from leadership", so the particle's head counts too.
    """
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in words["directed_prepositions"]:
        return False
    governor = prep.head.head if prep.head.dep_ in {"advmod", "prt"} else prep.head
    return _a_move(governor, words)


def _a_move(noun, words) -> bool:
    """``noun`` names a move into, out of or towards a role or field ("break", "path", "transition"), or is the verb of
    one ("she moved from sales to engineering and to leadership", "switched to leadership")."""
    if noun.pos_ == "VERB":
        return noun.lemma_.lower() in words["movement_nouns"]
    return noun.pos_ == "NOUN" and (noun.lower_ in words["movement_nouns"] or noun.lemma_.lower() in words["movement_nouns"])


def talked_about(token) -> bool:
    return _discussed_as_topic(token, lm003_words())


def _discussed_as_topic(token, words) -> bool:
    """"frustrated with leadership as a concept", "the leadership in this book", "Leadership, Burns's 1978 book":
    the idea or a title, not the people.

    The parser often hangs the phrase on the verb, so the preposition right after the word counts too.
    """
    if any(c.dep_ == "appos" and c.lemma_.lower() in words["topic_sources"] | words["topic_frames"] for c in token.children):
        return True
    if _questioned_by_a_work(token, words) or _named_an_idea(token, words) or _named_as_a_word(token) or _term_defined(token, words):
        return True
    if _field_of_study(token, words) or _quoted_title(token):
        return True
    following = [token.nbor(1)] if token.i + 1 < len(token.doc) else []
    for prep in {*(c for c in token.children if c.dep_ == "prep"), *following}:
        listed = {"as": "topic_frames", "in": "topic_sources"}.get(prep.lower_)
        if listed and any(c.dep_ == "pobj" and c.lemma_.lower() in words[listed] for c in prep.children):
            return True
    return False


def _quoted_title(token) -> bool:
    """'Section 1 of the Code, "Board Leadership and Company Purpose", is reported on page 84': a Title Case phrase in
    quotation marks that goes on past the word in capitals is the title of a section, a paper or a report. A quoted
    description that ends on the word ('the “Senior Leadership”') may still be the group."""
    doc, sent = token.doc, token.sent
    opening = next((t for t in reversed(doc[sent.start:token.i]) if t.text in QUOTE_MARKS), None)
    closing = next((t for t in doc[token.i + 1:sent.end] if t.text in QUOTE_MARKS), None)
    if not token.is_title or opening is None or closing is None or opening.text not in OPENING_QUOTES | {"\"", "``"}:
        return False
    inside = [t for t in doc[opening.i + 1:closing.i] if t.is_alpha]
    connectors = senses()["name_connectors"]
    return (len(inside) >= 3 and any(t.i > token.i and t.is_title for t in inside)
            and all(t.is_title or t.lower_ in connectors for t in inside))


def _field_of_study(token, words) -> bool:
    """"Research on school leadership", "a book about district leadership", "studies of school leadership", "the episode
    is about leadership": what a study or a work is about is a field, even where a modifier names a group ("school"); the people would have an
    owner's "'s" ("the paper on leadership's desk")."""
    prep = token.head
    if token.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.lemma_.lower() in words["topic_verbs"]:
        # "our proposal deals with leadership in rural parishes": what a writing deals with is its topic; "we deal
        # with leadership directly" is people dealing with people
        writers = [c for c in prep.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return bool(writers) and not any(person_like(w, words) or w.pos_ == "PRON" for w in writers)
    if token.dep_ != "pobj" or prep.lower_ not in words["topic_prepositions"] or prep.dep_ != "prep" or any(c.dep_ == "case" for c in token.children):
        return False
    # "the whole podcast is about leadership under pressure": a work said by "be" to be about it has it as its topic
    sources = [c for c in prep.head.children if c.dep_ == "nsubj"] if prep.head.lemma_ == "be" else [prep.head]
    return any(s.lemma_.lower() in words["topic_sources"] for s in sources)


def _named_as_a_word(token) -> bool:
    """"The word 'leadership' has drifted", "the words "management" and "leadership" changed": a noun for words names
    the word itself (with or without quotation marks, as the first of a pair or the second), and a word has no people
    in it."""
    first = first_conjunct(token)
    doc = first.doc
    j = first.i - 1
    while j >= first.sent.start and doc[j].text in QUOTE_MARKS:
        j -= 1
    return j >= first.sent.start and doc[j].lower_ in condition_words("shared")["word_nouns"]


def _term_defined(token, words) -> bool:
    """"What do we mean by leadership?", "By leadership we mean the ability to set direction", "what is meant by
    leadership": the word after "by" on a verb of meaning is the term being defined, not an agent. In the passive only
    "meant" says so: "the memo was understood by leadership as a threat" names who understood."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "by":
        return False
    verb = prep.head.lemma_.lower()
    return verb in words["meaning_verbs"] if prep.dep_ == "prep" else prep.dep_ == "agent" and verb == "mean"


def _named_an_idea(token, words) -> bool:
    """"Leadership stopped being a word on a poster", "leadership became an idea she could live by": the subject said to be
    (or to stop being) a word or an idea is the idea, whatever verb carries the "be"."""
    if relation(token) != "nsubj":
        return False
    verb = content_verb(token, words)
    return verb.lemma_.lower() in words["being_verbs"] and any(
        c.dep_ == "attr" and c.lemma_.lower() in words["topic_frames"] for c in verb.children)


def _questioned_by_a_work(token, words) -> bool:
    """"The novel asks whether leadership can survive grief", "the film wonders how leadership outlives victory": the bare
    word as the subject of the question a work poses is what the work is about; "the party leadership" stays a group."""
    if relation(token) != "nsubj" or any(c.dep_ in {"det", "poss", "amod", "compound", "nmod"} for c in token.children):
        return False
    clause = token.head
    if clause.dep_ != "ccomp" or not any(c.dep_ in {"mark", "advmod"} and c.lower_ in words["embedded_question_words"] for c in clause.children):
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in words["topic_sources"] for c in clause.head.children)


def a_persons_quality(token) -> bool:
    return _a_persons_quality(token, lm003_words())


def _a_persons_quality(token, words) -> bool:
    """"The leadership she showed", "... but she wore it lightly", "the leadership they prayed for", "asked for leadership
    from the bishops": a person shows it, it is taken up as a thing, longed for, or wanted from people."""
    return (shown_by_a_person(token, words) or held_by_one_person(token, words) or taken_up_as_it(token, words) or longed_for(token, words)
            or wanted_from_people(token, words))


def owned_by_one_person(token) -> bool:
    """"The captain's leadership carried the team": one person's conduct, not "the company's leadership"."""
    words = lm003_words()
    return any(c.dep_ == "poss" and _one_person(c, words) for c in token.children)


def _a_name(noun) -> bool:
    return noun.dep_ == "poss" and noun.pos_ == "PROPN" and noun.ent_type_ in {"", "PERSON"} and not is_acronym(noun)


def owned_by_a_name(token, verb) -> bool:
    """"Kwame's leadership split the squad", "Coach Ibarra's leadership rallied the side": a named owner's leadership
    doing what a force can do is the person's conduct.

    The parse cannot tell a person's name from a firm's, so a verb that needs a mind or an object from an
    office's paperwork keeps the group: "Acme's leadership ignored the warnings", "slashed the budget" are the
    firm's people at the top.
    """
    words = lm003_words()
    paperwork = words["deliverables"] | words["people_artefacts"]
    if verb.lemma_.lower() in words["people_only_verbs"] or any(c.dep_ == "dobj" and c.lemma_.lower() in paperwork for c in verb.children):
        return False
    return any(_a_name(c) and c.is_title and not _group_word(c, words) for c in token.children)


def _one_person(noun, words) -> bool:
    """"Captain", "coach", "founder", "grandmother": one person, whose leadership is conduct (a unit or a body is a group).

    An office one person holds keeps that reading however the tagger takes it: a title read as a name ("the
    Headmistress's leadership") or an adjective ("the abbess's"), or a short form that looks like a unit's ("the
    CFO's leadership on costs").
    """
    if noun.lower_ in words["personal_owners"]:
        return True
    if noun.tag_ == "NN" and person_like(noun, words) and any(
            c.dep_ in {"compound", "amod"} and c.lower_ in words["personal_owners"] for c in noun.children):
        return True  # "the chief executive's leadership": a title of one office, though "executive" alone may name a rank
    if noun.tag_ != "NN" or _group_word(noun, words) or noun.lower_ in words["peer_groups"]:
        return False
    word = noun.lemma_.lower()
    return word in words["personal_owners"] or word in words["bearer_nouns"] or names_a_doer(word)


def _whose_one_person(owner, words) -> bool:
    """"The lodge secretary whose leadership needed no training", "Tom Reid, whose leadership held the line": "whose"
    stands for the noun its clause hangs on, and one person's leadership is conduct ("the board whose leadership ..."
    is a group)."""
    if owner.lower_ != "whose":
        return False
    clause = owner.head
    for _ in range(3):
        if clause.dep_ == "relcl" or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ != "relcl":
        return False
    antecedent = clause.head
    if antecedent.pos_ == "PROPN":
        return antecedent.ent_type_ in {"", "PERSON"} and not is_acronym(antecedent) and not _group_word(antecedent, words)
    return _one_person(antecedent, words)


def _attached(modifier, token) -> bool:
    """A modifier the parser hung across a comma ("in the open, leadership and stakeholders know") modifies nothing."""
    return not any(t.is_punct for t in token.doc[min(modifier.i, token.i) + 1:max(modifier.i, token.i)])


def _group_word(token, words) -> bool:
    return token.lower_ in words["group_namers"] or token.lower_ in words["rank_modifiers"] or is_acronym(token)


def _a_bodys_people(token, words) -> bool:
    """"The regiment's leadership deserted the town", "lawyers sued the company's leadership": a body's possessive before
    a subject or an object, or after "of" on what people give ("the consent of the company's leadership"), is its
    people, as "company leadership" is. Its leadership "of the strike", "in cloud computing" or "under" which something
    happens is its conduct or its place in a market, and what it "is" may be either ("the company's leadership is what
    sets it apart")."""
    given = token.dep_ == "pobj" and token.head.lower_ == "of" and _gives_assent(token.head.head, words)
    if not (token.dep_ in {"nsubj", "nsubjpass", "dobj"} or given) or token.head.lemma_ == "be" or any(c.dep_ == "prep" for c in token.children):
        return False
    # a defined term in Title Case is a body too ("The Trust's leadership accepts", "the Parties' leadership"); a name that
    # is only an acronym may be one person's ("the CFO's leadership")
    return any(c.dep_ == "poss" and (c.tag_ in {"NN", "NNS"} and _group_word(c, words) or c.tag_ in {"NNP", "NNPS"} and c.lower_ in words["group_namers"])
               for c in token.children)


def _gives_assent(noun, words) -> bool:
    """"The written consent of the company's leadership", "the agreement of the Buyer's leadership": what people give, not
    "the quality of" or "the style of" it."""
    word = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (word in words["decision_heads"] or word in words["assent_nouns"])


def _the_whole_group(token, words) -> bool:
    """"The entire leadership was replaced", "sacked the whole leadership": all of "the" leadership is all its people."""
    children = list(token.children)
    return (any(c.dep_ == "amod" and c.lower_ in words["whole_group_modifiers"] for c in children)
            and any(c.dep_ == "det" and c.lower_ == "the" for c in children))


def _named_by_modifier(token, words) -> bool:
    """"TTS leadership", "agency leadership", "senior leadership": a modifier names the group.

    Only where "leadership" heads its phrase ("Customer Engineering Leadership Working Session"
    is a session), the modifier is not set against another ("corporate vs open source
    leadership": kinds of leading) and it is not a Title Case body one is in ("everyone in IDC Leadership").
    """
    modifies = token.dep_ == "compound" and token.head.i > token.i and all(t.is_alpha for t in token.doc[token.i + 1:token.head.i + 1])
    if modifies or _named_body(token) or _a_tenure(token, words):
        return False
    before = token.head
    if token.dep_ == "dobj" and before.i == token.i - 1 and before.pos_ in {"NOUN", "PROPN"} and _group_word(before, words):
        return True  # "submit it to district leadership": "to district" read as an infinitive, but a noun takes no object
    if _a_bodys_people(token, words) or _the_whole_group(token, words):
        return True
    versus = words["versus_words"]
    # "Growth areas for Q3: leadership, ...": a modifier the parser hung across a colon, a pipe or a dash modifies nothing
    # ("AE & TA leadership" and "AE, TA and PS leadership" keep theirs)
    return any(c.dep_ in {"compound", "amod", "nmod", "nummod"} and c.i < token.i and (_group_word(c, words) or _team_name(c, token, words))
               and not any(t.text in {":", ";", "|", "—", "–"} for t in token.doc[c.i + 1:token.i])
               and not any(t.lower_ in versus for t in token.doc[c.i:token.i]) for c in token.children)


def _described_in_people_state(token, words) -> bool:
    """"Out of touch leadership", "an out-of-touch leadership": a state only people are in (``people_state_phrases``),
    said before the word as it is said after it ("leadership is out of touch"). Only phrases of several words: one
    adjective ("engaged leadership", "aligned leadership") may describe the conduct."""
    if head_noun_after(token) is not None and head_noun_after(token).pos_ == "NOUN":
        return False  # "out-of-touch leadership training": the phrase describes the head after it
    before = token.doc.text[token.sent.start_char:token.idx].lower().replace("-", " ").split()
    return any(" " in phrase and before[-len(phrase.split()):] == phrase.split() for phrase in words["people_state_phrases"])


def _a_tenure(token, words) -> bool:
    """"The museum has been under interim leadership since June": "under" and a modifier of tenure only name a period
    ("under district leadership" keeps the district's people)."""
    modifiers = [c for c in token.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < token.i]
    return (token.dep_ == "pobj" and token.head.lower_ == "under" and bool(modifiers)
            and all(c.lower_ in words["tenure_modifiers"] for c in modifiers))


def _team_name(modifier, token, words) -> bool:
    """"Check with Cloud leadership", "Customer Success leadership signed off": a capitalised noun before a lowercase
    "leadership" in running prose is the name of a team or a unit, whose heads are meant; a kind of leading is an
    adjective ("Agile leadership") or lowercase ("servant leadership"), and a sentence's first word is capitalised anyway.

    Not a team that is led ("Core Team leadership" among a director's duties), nor a duty listed beside "financial
    management".
    """
    led = person_like(modifier, words) or modifier.lower_ in words["collective_heads"]
    return (token.is_lower and modifier.dep_ == "compound" and modifier.pos_ in {"NOUN", "PROPN"} and modifier.is_title
            and modifier.i > token.sent.start and modifier.i == token.i - 1 and not led and not distinction(token)
            and modifier.lower_ not in words["leadership_quality_modifiers"] and not modifier._.lk_family and _in_running_prose(token))


def _in_running_prose(token) -> bool:
    """Most words of the sentence are lowercase: a capital there marks a name, not a Title Case heading."""
    sentence = [t for t in token.sent if t.is_alpha]
    return sum(t.is_lower for t in sentence) * 2 > len(sentence)


def _named_body(token) -> bool:
    """"Everyone in IDC Leadership": capitalised inside running prose, the body or programme one is in."""
    return _in_running_prose(token) and token.is_title and not token.is_sent_start and token.dep_ == "pobj" and token.head.lower_ in lm003_words()["named_body_prepositions"]


def _next_word(token, marks=("-",)) -> str:
    """The written word after ``token``, hyphens kept ("buy-in", "sign-off"; slashes too if asked: "go/no-go"), lower case."""
    doc = token.doc
    if not token.whitespace_:
        return ""
    parts = []
    for i in range(token.i + 1, len(doc)):
        parts.append(doc[i].text)
        joined = i + 1 < len(doc) and not doc[i].whitespace_ and any(mark in (doc[i].text, doc[i + 1].text) for mark in marks)
        if not joined:
            break
    return "".join(parts).lower()


def learning_group(token, words) -> bool:
    """"We're starting a leadership circle for first-time organisers": after "a", a circle or cohort is formed to learn
    leading; "the leadership circle decided" is the inner circle at the top."""
    head = token.head
    return (token.dep_ == "compound" and head.i > token.i and head.lower_ in words["learning_group_heads"]
            and any(c.dep_ == "det" and c.lower_ in condition_words("shared")["indefinite_articles"] for c in head.children))


def _heads_group_noun(token, words) -> bool:
    """"leadership team", "leadership buy-in", "leadership town hall", "leadership's priorities": people, or what people give.

    A head written as two words ("town hall", "skip level") is read as its hyphened form.
    """
    heads = words["collective_heads"] | words["decision_heads"]
    if token.dep_ == "compound" and any(c.lower_ in words["role_handover_words"] for c in token.head.conjuncts):
        return False  # "facilitate leadership turnover and succession": beside a role word, the roles change hands
    if learning_group(token, words):
        return False
    if token.dep_ == "compound" and any(c.dep_ == "mark" or c.pos_ == "SCONJ" for c in token.head.children):
        return False  # "accept that leadership changes": a noun takes no "that", so the head is the verb of a clause misread
    if token.dep_ == "compound" and token.head.i > token.i and (token.head.lower_ in heads or _spaced_head(token) in heads or _informants(token.head, words)):
        return True  # "leadership sources told the Herald": informants close to the group
    written = next((w for w in (_next_word(token), _next_word(token, ("-", "/"))) if w in heads), None)
    if written is not None and (not _subject_of_next(token) or written != token.nbor(1).lower_):
        return True  # "[ ] leadership go/no-go": a head written across a hyphen or slash is a noun, whatever the parser made of "go"
    nxt = token_after(token)
    if nxt is not None and nxt.lower_ in words["possessive_markers"] and nxt.i + 1 < len(token.doc):
        owned = token.doc[nxt.i + 1]
        kin = token.dep_ == "poss" and (token.head.lower_ in words["kinship_figures"] or token.head.lower_ in words["leadership_quality_heads"])
        # "management, leadership's quieter sibling", "leadership's genetic basis"
        return (owned.lower_ not in words["leadership_quality_heads"] and not kin and owned.pos_ in {"NOUN", "ADJ", "VERB"}
                and not _era_arriving_or_passing(owned, words))
    return False


def _era_arriving_or_passing(owned, words) -> bool:
    """"Leadership's time has come", "management's days are numbered": an era's hour said to arrive or pass belongs to
    the activity; "leadership's time is precious" is the group's time to spend."""
    if owned.lower_ not in words["era_nouns"] or owned.dep_ != "nsubj":
        return False
    verb = owned.head
    said = [verb, *(c for c in verb.children if c.dep_ in {"acomp", "advmod", "attr", "prt", "oprd"})]
    return any(t.lemma_.lower() in words["era_verdicts"] or t.lower_ in words["era_verdicts"] for t in said)


def _spaced_head(token) -> str:
    """The compound head after ``token`` written with hyphens for its spaces ("town hall" -> "town-hall"), or ""."""
    words = token.doc[token.i + 1:token.head.i + 1]
    if len(words) != 2 or words[0].dep_ != "compound" or words[0].head.i != token.head.i:
        return ""
    return "-".join(t.lower_ for t in words)


def _subject_of_next(token) -> bool:
    """"Leadership asks a lot of a person": the next word is the verb "leadership" is the subject of, not a compound head."""
    return token.dep_ == "nsubj" and token.head.i == token.i + 1 and token.head.pos_ in {"VERB", "AUX"}


def _between_groups(token, words) -> bool:
    """"Tension between leadership and the crews grew", "the gap between leadership and the shop floor": set between it
    and a group of people, or a place that stands for the people working there, it is people.

    The parser may break the pair after "between" (here "crews" read as the subject of "grew"), so the noun
    across "and" counts where "leadership" has no conjunct (a parsed pair is ``_beside_people``'s).
    """
    doc = token.doc
    if token.dep_ != "pobj" or token.head.lower_ != "between" or token.conjuncts or token.i + 1 >= token.sent.end:
        return False
    if doc[token.i + 1].lower_ not in words["between_joiners"]:
        return False
    partner = next((t for t in doc[token.i + 2:token.sent.end] if t.pos_ not in {"DET", "ADJ"}), None)
    while partner is not None and partner.dep_ == "compound" and partner.head.i > partner.i:
        partner = partner.head  # "the front-line crews"
    people = partner is not None and (person_like(partner, words) or hyphenated(partner) in words["workforce_places"])
    return people and partner.pos_ in {"NOUN", "PROPN"} and not distinction(token)


def _subject_of_a_contact_clause(token, words) -> bool:
    """"Dashboards your leadership will actually read", "risks our leadership might miss": the subject of a relative
    clause with no "that", which the parser may hang on the noun before it as an apposition or an object.

    A modal must follow (an adverb may stand between) and head a verb after it; a verb that suits the activity
    ("lessons your leadership will teach you") is left alone, as for any subject.
    """
    if _contact_clause_read_as_compound(token, words):
        return True
    if token.dep_ not in {"appos", "dobj"} or token.head.i > token.i or token.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    doc = token.doc
    i = token.i + 1
    while i < token.sent.end and doc[i].pos_ == "ADV":
        i += 1
    modal = doc[i] if i < token.sent.end else None
    if modal is None or modal.tag_ != "MD" or modal.dep_ != "aux" or modal.head.i <= modal.i:
        return False
    verb = modal.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() not in words["abstract_predicates"] and not any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.i > token.i for c in verb.children)


def _contact_clause_read_as_compound(token, words) -> bool:
    """"The plan leadership approved last year", "read the memo leadership sent": a piece of work and then a verb, which
    the parser joins into "plan leadership" as if it were one noun; a paper no one calls "plan leadership" is the
    object of the clause, and the word its subject. The sentence has its own verb besides: otherwise the "clause" is
    the main one after a phrase of place ("in the summary leadership appears twice")."""
    doc = token.doc
    if token.i - 2 < token.sent.start or token.i + 1 >= token.sent.end:
        return False
    work, verb = doc[token.i - 1], doc[token.i + 1]
    return (work.dep_ == "compound" and work.head.i == token.i and doc[token.i - 2].dep_ in {"det", "poss"}
            and (work.lemma_.lower() in words["deliverables"] or work.lemma_.lower() in words["people_artefacts"]
                 or work.lemma_.lower() in words["governors_from"])  # "every promise leadership broke": what comes from people
            and verb.pos_ == "VERB" and verb.tag_ in {"VBD", "VBN", "VBZ", "VBP"}
            and not any(c.dep_ in {"agent", "dobj", "attr", "acomp"} for c in verb.children)  # "in my view leadership is a gift"
            and any(t.pos_ in {"VERB", "AUX"} and t.i not in {u.i for u in verb.subtree} for t in token.sent))  # "in the summary leadership appears twice": the main clause


def _renames_people(token, words) -> bool:
    """"The approvers for this RFC, i.e. leadership", "the decision makers — leadership, in other words —":
    an apposition that renames people names people.

    The parser hangs the apposition on the nearest noun ("this RFC"), so the noun phrase it
    stands in is walked up through its prepositions to the head ("approvers").
    """
    if token.dep_ != "appos" or token.i == 0 or token.nbor(-1).text == "(":
        return False  # "Support Engineering (Leadership)": a bracket names the track
    noun = token.head
    if not any(t.is_punct for t in token.doc[min(noun.i, token.i) + 1:max(noun.i, token.i)]):
        return False  # "teams today crave leadership": an apposition is set off; the parser misread a verb
    while not _people_noun(noun, words) and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head.head
    return _people_noun(noun, words)


def _people_noun(noun, words) -> bool:
    """A noun for people ("approvers", "stakeholders"), not a department, which a bracketed role track can follow."""
    return noun.lower_ not in words["peer_groups"] and not is_acronym(noun) and person_like(noun, words)


def _beside_people(token, words) -> bool:
    """"leadership and stakeholders", "HR, finance and leadership": a group among groups.

    Only the coordination "leadership" stands in, within its clause: a parenthesis
    ("Support Engineering (Leadership)") renames, and the parser's long conj chains
    across verbs join clauses, not groups.
    """
    first = first_conjunct(token)
    members = [m for m in [first, *(c for c in first.subtree if c.dep_ == "conj" and first_conjunct(c) == first)] if m.i != token.i]
    nearest = min(members, key=lambda m: abs(m.i - token.i), default=None)  # "balance leadership, authority and control"
    return nearest is not None and (person_like(nearest, words) or hyphenated(nearest) in words["workforce_places"]) and not _verb_between(nearest, token)


def _next_in_a_chain(token, words) -> bool:
    """"Your manager first, then leadership", "team lead, then security, then leadership", "to your manager, then to
    leadership", "team lead → security → leadership": the next stop in a chain of people, which the parser seldom reads
    as a coordination."""
    doc, start = token.doc, token.sent.start
    i = token.i - 1
    if i > start and doc[i].pos_ in {"ADP", "PART"} and doc[i].lower_ in words["escalation_prepositions"]:
        i -= 1  # "then to leadership"
    if i <= start:
        return False
    chain = condition_words("shared")
    if doc[i].text in chain["chain_arrows"]:
        i -= 1
    elif doc[i].lower_ in chain["chain_words"] and doc[i - 1].text in {",", ";"}:
        i -= 2
    else:
        return False
    # Any earlier stop will do: in "team manager → department head → leadership" the stop right before is a person the
    # lists do not name, and a chain with one stop of people is a chain of people.
    stops = [i, *(t.i - 1 for t in doc[start + 1:i] if t.text in chain["chain_arrows"]),
             *(t.i - 2 for t in doc[start + 2:i] if t.lower_ in chain["chain_words"] and doc[t.i - 1].text in {",", ";"})]
    return any(_person_stop(doc, j, start, words) for j in stops)


def _person_stop(doc, i, start, words) -> bool:
    """The stop of a chain that ends at ``i``, past adverbs ("your manager first"), names people."""
    while i > start and doc[i].pos_ == "ADV":
        i -= 1  # "your manager first, then ..."
    before = doc[i]
    return before.pos_ in {"NOUN", "PROPN", "VERB"} and (
        person_like(before, words) or before.lower_ in words["label_people"] or hyphenated(before) in words["label_people"])


def beside_a_quality(token) -> bool:
    """"Leadership, not luck, carried the side", "talent and leadership won it": set beside a quality or a fortune,
    coordinated or in a contrast, it is the quality too, whatever the verb; "leadership and the players" are people."""
    words = lm003_words()
    partners = [*token.conjuncts, *(c for c in token.children if c.dep_ == "appos")]
    if token.dep_ == "appos":
        partners.append(token.head)
    return any(p.pos_ == "NOUN" and p.lemma_.lower() in words["side_qualities"] for p in partners) or _echoed_by_a_thing(token, words)


def _echoed_by_a_thing(token, words) -> bool:
    """"Leadership returned with the captain, and so did the wins": "so did" hands the subject's verb on to a thing, so the
    subject is a thing of that kind too; "the leadership resigned, and so did the board" hands it on to people."""
    if token.dep_ != "nsubj" or any(c.dep_ in {"compound", "amod", "nmod", "poss"} for c in token.children):
        return False  # "the party leadership changed its tune, and so did the press": a group named, echoed by another
    echoes = [c for c in token.head.children if c.dep_ == "conj" and c.lemma_ in words["echo_verbs"]
              and any(a.dep_ == "advmod" and a.lower_ == "so" and a.i < c.i for a in c.children)]
    others = [g for c in echoes for g in c.children if g.dep_ in {"nsubj", "dobj"}]  # the parser may take "so did discipline" for an object
    return bool(others) and all(g.pos_ == "NOUN" and not (person_like(g, words) or bearer(g, words) or _group_word(g, words)) for g in others)


def _contrasted_with_people(token, words) -> bool:
    """"Involve participants across the community (not just project leadership!)": set against people, it is people."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].head.i == token.i and doc[i].dep_ in {"compound", "amod", "det"}:
        i -= 1
    if i < 1 or doc[i].lower_ not in words["not_just_adverbs"] or doc[i - 1].lower_ != "not":
        return False
    return any(person_like(t, words) or t.lower_ in words["indefinite_people"] for t in doc[max(token.sent.start, i - 8):i - 1])


def _set_against_us(token, words) -> bool:
    """"Why does leadership get a bonus and we don't", "leadership got raises and we didn't": a clause after the word's
    own that denies the same of "we" or "they" with a bare auxiliary sets the word beside people, as the ones who did
    or got it. The auxiliary has nothing of its own but its subject and "not": "and we didn't notice" says something
    else of us."""
    if relation(token) != "nsubj" or token.head.pos_ not in {"VERB", "AUX"}:
        return False
    verb = token.head
    for t in token.doc[verb.i + 1:token.sent.end]:
        if t.lower_ not in words["stranded_auxiliaries"] or not (t.head.i == verb.i or t.dep_ == "ROOT"):
            continue
        subject = denied_subject(t)
        if subject is not None and subject.lower_ in words["people_below_pronouns"]:
            return True
    return False


def _compared_with_people(token, words) -> bool:
    """"The nurses know more about staffing than leadership ever will", "we care more than leadership does": the word
    after "than" with only an auxiliary left of its clause is the subject of the people's own verb said again, so it
    does what they do; "teamwork matters more than leadership does" compares a thing, and "they want rest more than
    leadership" (no auxiliary) may compare what they want."""
    doc = token.doc
    if token.dep_ == "nsubj":  # "than leadership does": parsed as the subject of a bare "does" the comparison marks
        marker = next((c for c in token.head.children if c.dep_ == "mark" and c.lower_ in words["comparison_markers"]), None)
        if marker is None or any(c.dep_ not in {"mark", "nsubj", "advmod", "neg", "punct"} for c in token.head.children):
            return False
    elif token.dep_ == "pobj" and token.head.lower_ in words["comparison_markers"]:
        marker = token.head
        i = token.i + 1
        while i < token.sent.end and doc[i].pos_ == "ADV":
            i += 1
        if i >= token.sent.end or doc[i].pos_ != "AUX" or doc[i].dep_ == "aux" and doc[i].head.i > i:
            return False  # "than leadership will ever admit": the auxiliary has a verb of its own
    else:
        return False
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"} and any(c.dep_ == "nsubj" and c.i < marker.i for c in a.children)), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is None:
        return False
    # what the clause said again does is people's when only people do it ("know", "care"), or when people do it first
    return (verb.lemma_.lower() in words["people_only_verbs"] or person_like(subject, words) or subject.lower_ in words["indefinite_people"]
            or subject.tag_ == "PRP" and subject.lower_ not in words["plain_thing_pronouns"])


def _excepted_from_people(token, words) -> bool:
    """"Everyone except leadership took a pay cut", "all employees, including leadership, must ...": set apart from a group
    of people, or counted among it, it is people. Counted among people who are only the object of a preposition ("topics
    for new managers, including leadership") it may be one of the things before them."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in words["excepting_prepositions"]:
        return False
    if prep.lower_ == "including" and prep.head.dep_ == "pobj":
        return False
    return person_like(prep.head, words) or prep.head.lower_ in words["indefinite_people"]


def _verb_between(a, b) -> bool:
    return any(t.pos_ in {"VERB", "AUX"} for t in a.doc[min(a.i, b.i):max(a.i, b.i)])


GOVERNORS = {"to": "governors_to", "with": "governors_with", "from": "governors_from", "by": "governors_by", "for": "governors_for",
             "in": "governors_in", "on": "governors_on", "at": "governors_at", "toward": "governors_toward",
             "towards": "governors_toward", "through": "governors_through", "before": "governors_before", "against": "governors_against"}


def _a_noun(word) -> bool:
    """A noun, or a word the parser took for a verb though a determiner picks it out: "a go/no-go from leadership"."""
    return word.pos_ == "NOUN" or word.pos_ == "VERB" and any(c.dep_ == "det" for c in word.children)


def _aimed_at_people(token, words) -> bool:
    """"escalate to leadership", "a meeting with leadership", "sign-off from leadership", "trust in leadership"."""
    first = first_conjunct(token)
    prep = first.head if first.dep_ == "pobj" else None
    if prep is None or prep.pos_ != "ADP":
        return _after_to(token, words)
    listed = GOVERNORS.get(prep.lower_)
    governor = prep.head
    if prep.lower_ == "to" and _approached(governor, words):
        return False  # "she came close to the leadership twice": nearly won the post, not near the people
    if governor.lemma_ == "be":  # "the deck is for leadership": the subject is what the phrase is said of
        governor = next((c for c in governor.children if c.dep_ == "nsubj"), governor)
    made = next((c for c in governor.children if c.dep_ == "nsubjpass"), None) if governor.pos_ == "VERB" else None
    if made is not None and listed is not None and _governs(made, words[listed]):
        return True  # "a dashboard was produced for leadership", as "the dashboard is for leadership": said of what was made
    if listed is None or prep.lower_ == "for" and governor.pos_ == "VERB" and governor.lemma_.lower() in words["wanting_verbs"]:
        return False  # "the moment called for leadership": what is wanted, not whom it is for
    if prep.lower_ == "before" and any(c.dep_ in {"dobj", "nsubjpass"} and (c._.lk_family or person_like(c, words)) for c in governor.children):
        return False  # "she put management before leadership", "put people before leadership": an order of priorities
    before = token.doc[prep.i - 2] if prep.i >= 2 and token.doc[prep.i - 1].text == "," else token.doc[prep.i - 1] if prep.i else prep
    if any(_governs(g, words[listed]) for g in {governor, before} if g.pos_ != "VERB" or g is governor):
        return True  # the parser may hang an afterthought on a verb far back: "which fits into some strategy, from leadership"
    if prep.lower_ in words["path_prepositions"] and governor.dep_ == "dobj" and governor.head.lemma_.lower() in words[listed]:
        return True  # "route all inquiries through leadership", "demo the prototype for leadership": hung on the object, said of the verb
    if prep.lower_ in words["directed_prepositions"] and _a_noun(governor) and not (governor._.lk_family or _moved_between(token, words)):
        return True  # "a thumbs-up from leadership", "dissent toward leadership": sent by or aimed at people, not a move
    if prep.lower_ == "from" and _one_of_a_group(before, words) and not _moved_between(token, words):
        return True  # "one reader from leadership", "two VPs from leadership": a person who comes from a group of people,
        # wherever the parser hangs "from" ("had one reader from leadership")
    # A light verb with its noun: "the confidence we have in leadership", "we lost faith in leadership".
    if governor.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in words[listed] for c in governor.children):
        return True
    phrasal = governor.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ in words["people_particles"] for c in governor.children)
    if prep.lower_ == "with" and phrasal and governor.lemma_.lower() not in words["change_verbs"] | words["becoming_verbs"]:
        return True  # "take it up with leadership", "check in with leadership"; "grew up with leadership around her" is a life
    # "Report back to the council leadership": the parser hangs "to" on the particle; the verb before it passes something on.
    passer = governor.head if governor.dep_ in {"advmod", "prt"} and governor.head.i < governor.i else governor
    return _passed_to(prep, passer, words) or _done_by(prep, governor, words)


def _one_of_a_group(noun, words) -> bool:
    """A noun for a person or people ("reader", "VPs", "someone"), which a group that follows with "from" is made of."""
    return noun.pos_ in {"NOUN", "PRON"} and not noun._.lk_family and (person_like(noun, words) or noun.lower_ in words["indefinite_people"])


def _approached(governor, words) -> bool:
    """"Came close to the leadership", "got nearer to leadership than anyone": nearness reached by a verb of moving into
    a role (``field_verbs``) is how near someone came to the post; "stayed close to the leadership", "those close to the
    leadership" stand near people."""
    return (governor.lower_ in words["nearness_words"]
            and governor.head.i != governor.i and governor.head.lemma_.lower() in words["field_verbs"])


def _thanked_for_a_deed(token, words) -> bool:
    """"Huge thanks to leadership for the extra day off", "shoutout to leadership for approving it": thanks sent "to" someone
    "for" what they did go to people, however the parser hangs the words; "thanks to leadership, we shipped" (no "for")
    says what made something happen, and is left to the other cues."""
    doc, i = token.doc, token.i
    if i < 2 or i + 1 >= len(doc) or doc[i - 1].lower_ != "to" or doc[i + 1].lower_ != "for":
        return False
    return _governs(doc[i - 2], words["gratitude_words"])


def _repeated_preposition(token, words) -> bool:
    """"Clearance from security and from leadership", "a heads-up to your skip-level and to leadership": a preposition
    said again after "and" or "or" shares the first one's governor and sets its object beside the first one's. The parser
    often joins the second phrase to the first or reads "to leadership" as an infinitive, so the words decide."""
    first = _preposition_said_before(token)
    if first is None:
        return False
    word = first.lower_
    # "copy the request to finance and to leadership": the first "to" may be read as an infinitive's, its object as the verb
    objects, governor = ([c for c in first.children if c.dep_ == "pobj"], first.head) if first.dep_ == "prep" else ([first.head], first.head.head)
    mover = governor.head if governor.dep_ in {"advmod", "prt"} else governor
    clause = next((a for a in first.ancestors if a.pos_ == "VERB"), mover)  # "moved from sales to marketing": "to" hung on "sales"
    if _a_move(mover, words) or _a_move(clause, words) or any(c.dep_ == "nsubj" and _a_move(c, words) for c in mover.children):
        return False  # "her path to engineering and to leadership", "stepped away from sales and from leadership", "her path went
        # to sales, and later to leadership": fields one moves between
    return _governs(governor, words[GOVERNORS[word]]) or any(person_like(o, words) or hyphenated(o) in words["label_people"] for o in objects)


def _contrast_joins(doc, j, start, words) -> bool:
    """"From the cleaners than from leadership", "from a post, not from leadership": a preposition said again after a
    comparison's "than" or a denying "not" set off by a comma shares the first one's governor as "and" does, and sets
    its object against the first one's."""
    if doc[j].lower_ in words["comparison_markers"]:
        return True
    return doc[j].lower_ in words["negating_adverbs"] and j > start and doc[j - 1].text in {",", ";", "—", "–"}


def _preposition_said_before(token):
    """The first of a preposition said again right before ``token`` after "and" or "or" ("to finance and to
    leadership", "to your skip-level and to engineering leadership": the word's own modifiers may stand between), or None."""
    doc, i, words = token.doc, token.i, lm003_words()
    while i - 1 > token.sent.start and doc[i - 1].head.i == token.i and doc[i - 1].dep_ in {"compound", "amod", "det", "poss"}:
        i -= 1
    if i - 3 < token.sent.start or doc[i - 1].lower_ not in GOVERNORS:
        return None
    word = doc[i - 1].lower_
    j = i - 2
    while j > token.sent.start and doc[j].pos_ == "ADV" and doc[j].lower_ not in words["negating_adverbs"]:
        j -= 1  # "by your manager, then by HR, and finally by leadership": an adverb of order after "and"
    aside = _fallback_aside(doc, j, token.sent.start, words)
    if aside is not None:
        j = aside - 1 if doc[aside].text == "," else aside
        while j > token.sent.start and doc[j].pos_ == "ADV" and doc[j].lower_ not in words["negating_adverbs"]:
            j -= 1  # "and then, if unresolved, to leadership"
        if doc[j].text not in {",", ";"} and doc[j].lower_ not in words["chain_conjunctions"]:
            return None
    elif doc[j].lower_ not in words["chain_conjunctions"] and not _contrast_joins(doc, j, token.sent.start, words):
        return None
    return next((t for t in reversed(doc[token.sent.start:j]) if t.lower_ == word and t.dep_ in {"prep", "aux"}), None)


def _fallback_aside(doc, j, start, words):
    """"to your manager and then, if unresolved, to leadership", "with HR; failing that, with leadership": a condition set
    off by commas before the preposition said again is the next stop's condition, and the chain runs on across it. The
    index of the comma or semicolon that opens the aside (``j`` is the comma that closes it), or None."""
    if doc[j].text != ",":
        return None
    opening = next((t.i for t in reversed(doc[max(start, j - 6):j]) if t.text in {",", ";"}), None)
    if opening is None or opening + 1 >= j or doc[opening + 1].lower_ not in words["fallback_openers"]:
        return None
    return opening


def _governs(word, governors) -> bool:
    """``word`` is one of ``governors``, as a lemma, as written, or with the words hyphened onto it ("heads-up to leadership")."""
    return word.lemma_.lower() in governors or word.lower_ in governors or hyphenated(word) in governors


def _passed_to(prep, governor, words) -> bool:
    """"Communicate that to leadership", "talk to leadership first": what is said or handed on goes to people.

    A verb with "to" passes something on, whatever the verb; only the verbs that carry an
    idea or a person into a field or a role ("apply the workflow to leadership", "promote her
    to leadership", "rise to leadership": ``field_verbs``) make it the activity or the role.
    A verb's object must end right before "to", or the "to" belongs to that noun ("one
    approach to leadership"), and "from X to leadership" is a move between fields.
    """
    if prep.lower_ != "to" or governor.pos_ != "VERB" or governor.lemma_.lower() in words["field_verbs"] or prep.i == 0:
        return False
    before = prep.nbor(-1)
    while before.dep_ == "advmod" and before.i > governor.i + 1:
        before = before.nbor(-1)  # "carry the feedback upward to leadership": an adverb of direction between
    if any(a.lower_ == "from" for a in before.ancestors if a.i < before.i):
        return False
    objects = [c for c in governor.children if c.dep_ == "dobj"]
    return all(c.lower_ not in words["leadership_quality_heads"] and c.left_edge.i <= before.i <= c.right_edge.i for c in objects)


def _done_by(prep, governor, words) -> bool:
    """"Calculated by sales leadership", "hosted by leadership": the agent of a passive is who acted.

    Not where the verb suits the activity or weighs the two ("teams inspired by leadership",
    "management replaced by leadership"), unless what was done is a thing people hand down ("priorities
    defined by leadership", "goals driven by leadership"): the activity shapes culture, people write the goals.
    """
    return prep.dep_ == "agent" and governor.tag_ == "VBN" and (acted_by_people(governor, words) or _owned_outcome(governor, words))


def _owned_outcome(verb, words) -> bool:
    """The subject of ``verb`` is a thing people decide or hand down: a decision, priorities, a plan, a report
    (not "engagement" or "support", which the activity drives too)."""
    made = words["deliverables"]
    return any(c.dep_ in {"nsubj", "nsubjpass"} and (c.lemma_.lower() in made or c.lower_ in made) for c in verb.children)


def _owner_of_a_decision(token, words) -> bool:
    """"This decision belongs to leadership", "the final call falls to leadership": a decision that rests with someone
    rests with people; "leadership belongs to everyone" has the word as the subject, not the owner."""
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ == "with" and prep.head.lemma_ == "be":
        return _owned_outcome(prep.head, words)  # "the decision is now with leadership": where it lies, with "be"
    if token.dep_ != "pobj" or prep.lower_ not in words["ownership_prepositions"] or prep.head.pos_ != "VERB":
        return False
    verb = prep.head
    return verb.lemma_.lower() in words["ownership_verbs"] and _owned_outcome(verb, words)


def acted_by_people(verb, words) -> bool:
    """A passive verb whose agent is who acted, not a cause ("inspired by") or one of two functions weighed ("replaced by")."""
    lemma = verb.lemma_.lower()
    return lemma not in words["cause_verbs"] and lemma not in words["comparing_verbs"]


def _after_to(token, words) -> bool:
    """"be clear to leadership": the parser can read "to leadership" as an infinitive; the words still say it."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].lower_ != "to" or _preposition_said_before(token) is not None:
        return False  # "her path to engineering and to leadership": a "to" said again belongs to the first one's governor
    if _approached(doc[token.i - 2], words):
        return False  # "came close to leadership", read as an infinitive
    governors = [doc[token.i - 2], token.head] if token.dep_ == "xcomp" else [doc[token.i - 2]]
    if any(_governs(g, words["governors_to"]) for g in governors):
        return True
    # "talk to leadership first", "repeat the numbers to leadership": the verb "to" hangs on, as for a preposition
    return token.dep_ in {"xcomp", "advcl"} and token.head.i < token.i and _passed_to(doc[token.i - 1], token.head, words)


def _addressed(token, words) -> bool:
    """"Ask leadership", "engage leadership", "brief leadership", "bring leadership in": the object of what is done to people."""
    first = first_conjunct(token)
    after = head_noun_after(token)
    if after is not None and after.pos_ in {"NOUN", "PROPN"}:
        return False  # "update the leadership (i.e. management) training calendar": the calendar is the object
    if _imperative_read_as_name(token, words):
        return True
    if _summoned(first, words):
        return True
    if first.dep_ != "dobj":
        return False
    if first.head.lemma_.lower() == "tell" and any(c.lower_ == "apart" for c in first.head.children):
        return False  # "tell leadership apart from management": distinguishing the activity, not telling people
    verb = first.head.lemma_.lower()
    return verb in words["people_object_verbs"] or first.head.lower_ in words["object_verbs"]


def _bare_particle(word) -> bool:
    """"in" with no object of its own, before a clause, an adverb or the end ("bring leadership in when ...")."""
    after = token_after(word)
    return not any(g.dep_ == "pobj" for g in word.children) and (after is None or after.pos_ not in {"ADP", "NOUN", "PROPN", "DET", "ADJ"})


def _summoned(first, words) -> bool:
    """"Bring leadership in when ...", "call in leadership", "pull in leadership early": called into a matter with the
    particle "in", which the parser may read as a preposition (with the word as its object, or with no object at all);
    "bring leadership into every conversation" carries the activity somewhere."""
    if first.dep_ == "pobj" and first.head.lower_ == "in" and first.head.i == first.head.head.i + 1:
        verb = first.head.head  # "call in leadership"
    elif first.dep_ == "dobj" and any(c.lower_ == "in" and (c.dep_ == "prt" or c.i > first.i and _bare_particle(c)) for c in first.head.children):
        verb = first.head  # "bring leadership in", "pull in leadership"
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in words["summoning_verbs"]


def _sent_on_an_errand(token, words) -> bool:
    """"Accused leadership of stalling", "grilled leadership over the guidance", "pull leadership into the final round":
    the object of a verb that sends it on an errand, which only people run.

    Any verb will do but those whose object is the activity shown, given, placed or combined ("exercised leadership
    over a crew", "put leadership into practice", "support leadership at every level with coaching"); an object
    that is a thing ("strip leadership of its jargon") or a noun after the word ("the leadership AMA doc") is not people.
    """
    first = first_conjunct(token)
    after = head_noun_after(token)
    verb = first.head
    if first.dep_ == "nsubjpass":
        return _charged_with_a_deed(first, verb, words)
    if first.dep_ != "dobj" or verb.pos_ != "VERB" or (after is not None and after.pos_ in {"NOUN", "PROPN"}):
        return False
    lemma = verb.lemma_.lower()
    if any(lemma in words[name] for name in _ACTIVITY_OBJECT_VERBS):
        return False
    errands = [c for c in (*verb.children, *first.children) if c.dep_ == "prep" and c.i > first.i and c.lower_ in words["object_errand_prepositions"]
               and not any(g.dep_ == "pobj" and (a_time(g, words) or g.pos_ == "ADV") and not any(e.dep_ == "prep" for e in g.children)
                           for g in c.children)]
    # "remember her leadership for years", "held the leadership for long" say how long, no errand; "grilled leadership for an
    # hour over the guidance" still has one
    if any(t.lower_ in words["neuter_possessives"] or t.lemma_.lower() in words["rank_heads"] for c in errands for t in c.subtree):
        return False  # "strip leadership of its jargon", "encourage leadership with coaching at every level"
    errands = [c for c in errands if not any(g.dep_ == "pobj" and g._.lk_family for g in c.children)]  # "choose leadership over management": weighed
    # "drill leadership into him", "beat leadership into a child": a trait put into a person
    errands = [c for c in errands if not (c.lower_ == "into" and any(
        g.dep_ == "pobj" and (g.lower_ in words["instilled_into"] or g.lemma_.lower() in words["instilled_into"]) for g in c.children))]
    return any(c.lower_ != "of" or c.head.i == verb.i or any(g.dep_ == "pcomp" for g in c.children) for c in errands)


def _charged_with_a_deed(subject, verb, words) -> bool:
    """"The leadership was accused of keeping the losses quiet", "was suspected of hiding the memo": the passive of
    "accused leadership of stalling", a deed laid at its door, which only people do; "leadership is made of listening"
    says what the activity consists of, and "was accused of being a fad" what it is."""
    if verb.pos_ != "VERB" or any(verb.lemma_.lower() in words[name] for name in _ACTIVITY_OBJECT_VERBS):
        return False
    linking = {"be", *words["linking_verbs"]}
    return any(c.dep_ == "prep" and c.lower_ == "of" and c.i > subject.i
               and any(g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() not in linking for g in c.children)
               for c in verb.children)


def _walked_through(token, words) -> bool:
    """"Take leadership through the incident timeline", "run leadership through the numbers": the object of a verb that
    guides someone through a document, which only people read.

    Only a document or a deliverable as the path: "take leadership through a crisis" may be the activity carried on.
    """
    return _object_given_work(token, words, "guiding_verbs", "through", words["people_artefacts"] | words["deliverables"])


def _helped_with_work(token, words) -> bool:
    """"Support leadership with planning, comms and board prep", "help leadership with the forecast": the object of a
    verb of helping, with the work it is helped with, which only people do.

    A means given to the activity ("support leadership at every level with coaching") is no work of theirs.
    """
    work = words["deliverables"] | words["people_artefacts"] | words["assisted_work"]
    return _object_given_work(token, words, "assisting_verbs", "with", work, listed=True)


def _put_on_a_channel(token, words) -> bool:
    """"Add leadership to the thread", "keep leadership off the invite", "include leadership as reviewers": the object of a
    verb that puts it on a channel people read, or gives it a part people play, is people.

    A topic is put on an agenda or into a curriculum ("add leadership to the syllabus"), never on a thread or a call.
    """
    first = first_conjunct(token)
    verb = first.head
    if first.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in words["channel_verbs"]:
        return False
    after = head_noun_after(token)
    if after is not None and after.pos_ in {"NOUN", "PROPN"}:
        return False  # "add the leadership survey to the thread": the survey is the object
    places = [g for c in (*verb.children, *first.children) if c.dep_ == "prep" and c.i > first.i for g in c.children if g.dep_ == "pobj"
              and (c.lower_ in words["channel_prepositions"] and g.lower_ in words["reading_channels"] or c.lower_ == "as" and person_like(g, words))]
    return bool(places)


def _object_given_work(token, words, verbs: str, preposition: str, work, *, listed: bool = False) -> bool:
    """The object of a verb of the class ``verbs`` with a ``preposition`` after it whose object (or, when ``listed``,
    any item of its list) is in ``work``."""
    first = first_conjunct(token)
    verb = first.head
    if first.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in words[verbs]:
        return False
    items = [i for c in (*verb.children, *first.children) if c.dep_ == "prep" and c.lower_ == preposition and c.i > first.i
             for g in c.children if g.dep_ == "pobj" for i in ((g, *g.conjuncts) if listed else (g,))]
    return any(i.lower_ in work or i.lemma_.lower() in work for i in items)


def _imperative_read_as_name(token, words) -> bool:
    """"Tag leadership on the launch thread", "Checklist: shadow leadership at one staff meeting", "Ping Delivery leadership
    in the channel": a step that opens with a verb done to people, which the parser hung on the word as part of a name
    (the name of a team may stand between).

    Not where the phrase is a subject or an item of a list: "Shadow leadership is a myth", "Topics: shadow leadership,
    servant leadership" name kinds of leading.
    """
    if token.i == 0:
        return False
    opener = token.doc[token.left_edge.i] if token.left_edge.i < token.i else token.nbor(-1)
    between = token.doc[opener.i + 1:token.i]
    named = all(t.dep_ == "compound" and t.is_title and t.head.i == token.i for t in between)  # "Ping Delivery leadership"
    step = opener.i == token.sent.start or opener.i > 0 and opener.nbor(-1).text in {":", "-", "*", "•"}  # "Onboarding checklist: shadow leadership"
    if opener.i > 1 and opener.nbor(-1).text == "," and token.doc[token.sent.start].lower_ in words["awaited_subordinators"]:
        step = True  # "If the commander cannot be reached, page leadership": the step after the clause that says when
    return (step and named and token.is_lower and not token.conjuncts and opener.dep_ == "compound" and opener.head.i in {token.i, *(t.i for t in between)}
            and relation(token) not in {"nsubj", "nsubjpass"}
            and opener.lower_ in words["people_object_verbs"])


# Lists of verbs whose object is the activity: what it is shown, given, placed, combined, weighed or characterised as.
_ACTIVITY_OBJECT_VERBS = ("conduct_object_verbs", "combining_verbs", "abstract_predicates", "cause_verbs", "field_verbs",
                          "comparing_verbs", "characterising_verbs", "people_object_verbs")


def _given_time_to_act(token, words) -> bool:
    """"It took leadership three weeks to answer", "it took senior leadership a month to approve the hire": whoever "take"
    gives a span of time to do an act is people; with no span, "it takes leadership to change a culture" says what the
    change needs, the activity. The parser may hang the word on the span as a compound ("took leadership ages")."""
    if token.dep_ == "compound":  # "took real leadership years": an adjective hung on the span may be the quality's
        span, take = token.head, token.head.head
        if any(c.dep_ == "amod" for c in span.children):
            return False
    elif token.dep_ in {"dobj", "dative"}:
        take = token.head
        span = next((c for c in take.children if c.dep_ in {"npadvmod", "dobj"} and c.i > token.i), None)
    else:
        return False
    if span is None or span.dep_ not in {"npadvmod", "dobj"} or take.lemma_ != "take" or not a_time(span, words):
        return False
    return any(act.dep_ == "xcomp" and act.pos_ == "VERB" and marked_infinitive(act)
               and act.lemma_.lower() not in words["abstract_predicates"] for act in take.children)


def _handed_a_task(token, words) -> bool:
    """"Help leadership to forecast", "give leadership a summary", "get leadership on board": people receive or do."""
    if token.dep_ == "dative":
        return True
    if token.dep_ != "dobj":  # "Tech Giant's Leadership Under Fire"; "leadership under fire looks different" restricts a subject
        return (relation(token) not in {"nsubj", "nsubjpass"} and not about_the_activity(token)
                and in_people_state(token, words, phrases_only=True))  # "a study in leadership under fire" is its topic
    governor = token.head
    if in_people_state(token, words):
        return governor.lemma_.lower() not in words["appraising_verbs"]  # "get leadership on board", "keep leadership in the loop"
    if governor.lemma_.lower() not in words["enabling_verbs"]:
        return False
    # "requires leadership to be informed": the parser may hang a passive infinitive on the word; only a verb done to
    # people says it is the group ("requires leadership to be shown" is the activity)
    # "love leadership to come and see": a verb that suits the activity may be joined to one that does not
    tasks = [v for c in governor.children if c.dep_ in {"xcomp", "ccomp"} and c.i > token.i for v in (c, *c.conjuncts)]
    return any(v.pos_ == "VERB" and v.lemma_.lower() not in words["abstract_predicates"] for v in tasks) or any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.i > token.i and c.lemma_.lower() in words["people_object_verbs"]
        and {"to", "be"} <= {g.lower_ for g in c.children if g.dep_ in {"aux", "auxpass"}} for c in token.children)


def about_the_activity(token) -> bool:
    """"An approach to leadership", "a study in leadership under fire", "lessons on leadership": the object of a noun of
    what is learned, written or practised about leading is that activity, whatever state follows it."""
    return token.i >= 2 and token.nbor(-1).pos_ in {"ADP", "PART"} and token.nbor(-2).lower_ in lm003_words()["leadership_quality_heads"]


def _taken_up_as_they(token, words) -> bool:
    """"Engage leadership and they will show up": "they" after "leadership" with no other antecedent (a quality it is
    coordinated with makes the pair the antecedent).

    The activity is "it"; a later "they" whose only candidate is "leadership" names people.
    Not when the sentence also speaks of management ("leadership and management ... they are
    the same") or of anyone else who could be "they".
    """
    if distinction(token) or token.dep_ == "nsubjpass":
        return False  # "guild leadership is recognized as a responsibility, and they ...": someone else
    if any(c.lemma_.lower() in words["side_qualities"] for c in token.conjuncts):
        return False  # "charisma and leadership travel together, but they are different": "they" is the pair
    others_named = False
    for t in token.doc[token.i + 1:token.sent.end]:
        if _object_beside_it(token, t):
            # "Leadership keeps them there": the object of leadership's own verb is someone else, and a "they" in a
            # clause under it takes up the same people ("Leadership's already in them when they sign"); a clause of its
            # own may still go back to leadership ("Leadership keeps them there, and they approved the plan").
            others_named = others_named or t.lower_ in words["group_pronouns"]
            continue
        if t.lower_ in words["group_pronouns"] and t.tag_ in {"PRP", "PRP$"}:
            if others_named and t.head.dep_ in {"advcl", "relcl"}:
                return False
            return not any(_other_antecedent(u, words) for u in token.sent if u.i < t.i and u.i != token.i)
    return False


def _object_beside_it(subject, pronoun) -> bool:
    """A plain pronoun object of the very verb the word is the subject of cannot stand for that subject (it would be
    "themselves"): "Leadership keeps them there", "leadership gives them room", "leadership comes to them naturally".
    Nor can the owner of what a copula says the subject is: "leadership was their birthright" ("their own worst
    enemy" may be its own)."""
    if subject.dep_ not in {"nsubj", "csubj"} or pronoun.lower_.endswith(tuple(condition_words("shared")["reflexive_endings"])):
        return False  # "leadership kept the news to themselves": a reflexive is the subject
    verb = subject.head
    if pronoun.tag_ == "PRP" and pronoun.dep_ in {"dobj", "dative", "iobj"}:
        return pronoun.head.i == verb.i
    if pronoun.tag_ == "PRP" and pronoun.dep_ == "pobj":
        return pronoun.head.head.i == verb.i
    owned = pronoun.head
    return (pronoun.dep_ == "poss" and verb.lemma_ == "be" and owned.dep_ == "attr" and owned.head.i == verb.i
            and not any(c.lower_ == "own" for c in owned.children))


def _other_antecedent(token, words) -> bool:
    """A word "they" may take up instead: a plural, anyone, or one person ("decide who will take leadership of the rollout
    and write their name", "did the candidate describe a time they ...": a singular "they")."""
    someone = token.lower_ == "one" and token.i > 0 and token.nbor(-1).lower_ in words["indefinite_one_determiners"]  # "no one has it in their genes"
    one_person = token.tag_ == "WP" and token.lower_ in words["personal_relative_pronouns"] or token.tag_ == "NN" and (person_like(token, words) or token.lower_ in words["singular_they_nouns"])
    return (token.tag_ in {"NNS", "NNPS"} or token.lower_ in words["indefinite_people"] or someone or one_person
            or token.lower_ in family_word_forms("lead", "abstract"))


def _upper_ranks_of(token, words) -> bool:
    """"The highest levels of project leadership", "most of leadership", "the rest of leadership": part of a group.

    So is what only a group can be: "in front of leadership", "on behalf of leadership" (where one
    stands towards people), "disagreement among leadership" (a preposition that needs a plural),
    and what people do "at the N of" ("at the request of leadership"), some of a group "in" it ("few in the leadership"), and
    people who stand for or against it ("critics of the leadership").
    """
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ in words["plural_prepositions"]:
        return True
    if token.dep_ == "pobj" and prep.lower_ == "in" and any(c.dep_ in {"det", "poss"} for c in token.children) and (
            prep.head.lower_ in words["partitive_heads"] or prep.head.lemma_.lower() in words["stance_nouns"] or person_like(prep.head, words)):
        return True  # "few in the leadership believed it", "friends in the leadership", "reformers in the party leadership": people of a
        # group picked out by "the"; "many in leadership", "users in engineering leadership" hold the role
    if token.dep_ != "pobj" or prep.lower_ != "of":
        return False
    whole = prep.head
    if whole.dep_ == "pobj" and whole.head.lower_ == "at" and whole.lower_ not in words["core_nouns"] and any(c.lower_ == "the" for c in whole.children):
        return True  # "at the urging of leadership", "at the discretion of leadership"; not "at the heart of leadership"
    if whole.lower_ in words["partitive_heads"] or whole.lower_ in words["people_positions"]:
        return True
    if whole.lemma_.lower() in words["stance_nouns"] and not bare(token) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return True  # "critics of the leadership", "allies of the party leadership": people for or against people; "critics of
        # the leadership of Blair" judge one man's conduct, and bare "critics of leadership" an idea
    return whole.lower_ in words["rank_heads"] and any(c.lower_ in words["rank_modifiers"] for c in whole.children)


def _range_of_ranks(token, words) -> bool:
    """"Leadership to executive level meetups": one end of a range of ranks ("leadership level" alone is a skill level)."""
    rest = [t.lower_ for t in token.doc[token.i + 1:token.i + 4]]
    ranks = words["rank_modifiers"] | words["top_words"]
    return len(rest) == 3 and rest[0] == "to" and rest[1] in ranks and rest[2] in words["rank_heads"]


def _of_a_body(token, words) -> bool:
    """"Leadership at Acme", "leadership at the agency": the people at the top of a named body.

    Not a subject taught or discussed ("a course on leadership and management at the college").
    """
    if distinction(token) or (token.dep_ == "pobj" and token.head.lower_ in words["topic_prepositions"]) or said_to_consist_of_acts(token, words):
        return False
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "at":
            place = [g for g in prep.children if g.dep_ == "pobj"]
            if place and (place[0].pos_ == "PROPN" or place[0].lower_ in words["group_namers"]):
                return True
    return False


def said_to_consist_of_acts(token, words) -> bool:
    """"Leadership at the food bank means listening to volunteers", "leadership at our school involves saying no": what
    leading there consists of, given as acts, is the activity, not the people at the top."""
    verb = token.head
    return (token.dep_ == "nsubj" and verb.lemma_.lower() in words["consisting_predicates"]
            and any(c.dep_ in {"xcomp", "ccomp", "dobj"} and c.tag_ == "VBG" for c in verb.children))


def _receives(token, words) -> bool:
    """"Leadership gets a copy of every postmortem": what is sent up lands with people."""
    verb = token.head
    return (token.dep_ == "nsubj" and verb.lemma_.lower() in words["receiving_verbs"]
            and any(c.dep_ == "dobj" and c.lower_ in words["deliverables"] for c in verb.children))


def _glossed_as_people(token, words) -> bool:
    """"Platform leadership (directors and VPs)", "Engineering Leadership - managers, directors", "Leadership: @ana,
    @raj": a gloss naming people (an @-mention is a person's handle, whatever tag the parser gives it)."""
    doc = token.doc
    i = token.i + 1
    if i >= len(doc) or doc[i].text not in {"(", "-", "–", "—", ":"}:
        return False
    # speech repairs the word after a dash: "leadership — I mean the VPs — they were not happy"
    repair = starts_with_phrase(doc[i + 1:token.sent.end].text.lower(), words["repair_openers"]) if doc[i].text in {"—", "–"} else None
    if repair is not None:
        end = doc[i + 1].idx + len(repair)
        i = next(t.i for t in doc[i + 1:token.sent.end] if t.idx + len(t.text) >= end)  # the gloss starts after the repair's last word
    for t in doc[i + 1:min(i + 7, token.sent.end)]:
        if t.pos_ in {"VERB", "AUX"} or t.text in {")", ".", ";"}:
            return False
        if len(t.text) > 1 and t.text.startswith("@") and t.text[1].isalnum():
            # a list of handles; "Leadership: @kim wrote a thread on it" is a topic with a sentence under it
            return doc[i].text == "(" or not any(u.pos_ in {"VERB", "AUX"} for u in doc[t.i + 1:token.sent.end])
        if t.pos_ in {"NOUN", "PROPN"} and t.lower_ != token.lower_ and (person_like(t, words) or t.lower_ in words["top_words"]):
            return True  # "leadership — well, good leadership —" says the word again, no people
        if t.pos_ == "NOUN" and t.dep_ != "compound":
            return False  # the gloss is a thing: "Leadership: a reading list for new managers"
    return False


def _speaker_label(token, words) -> bool:
    """"Leadership: "we're a family"", "Also leadership: *lays off 200 people*", "**Leadership:** final sign-off": a label
    for who speaks or acts, or holds a duty.

    Only a "we" (quoted or not), an acted-out verb or a duty of sign-off after the colon names a speaker; a heading
    ("Leadership: a reading list"), a definition or a quoted one ("Leadership: "the capacity to
    translate vision into reality"") does not.
    """
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text.strip("*_") != ":":
        return False
    after = [t for t in doc[token.i + 2:token.i + 4] if not t.is_quote]
    if after and (after[0].lower_ in words["speaker_pronouns"] or after[0].text == "*" and len(after) > 1 and after[1].tag_ in {"VBZ", "VBD"}):
        return True
    if any(t.pos_ in {"VERB", "AUX"} for t in doc[token.i + 2:token.sent.end]):
        return False  # "Leadership: approval from peers matters less than you think" is a heading over a claim
    rest = doc[token.i + 2:token.sent.end].text.lower().lstrip("*_ ").removeprefix("final ")
    return starts_with_phrase(rest, words["label_duties"]) is not None  # "**Leadership:** final sign-off on headcount"


def _called_by_name(token, words) -> bool:
    """"Leadership, we need to talk", "Hey leadership, the build is red", "Read the room, leadership.": a name called
    out to whom the sentence speaks, which only people answer to.

    Set off at the start of the sentence, the clause after it must have a subject of its own or be a request
    ("Leadership, you will find, is mostly listening" leaves "is" without one: "leadership" is its subject); set off
    at the end, it follows a request or a question and is no item of a list ("focus on three things: clarity, courage, leadership").
    """
    doc, sent = token.doc, token.sent
    before = doc[token.i - 1] if token.i > sent.start else None
    if before is not None and before.lower_ in words["greeting_words"]:
        return True
    after = doc[token.i + 1] if token.i + 1 < sent.end else None
    if _thanked_by_name(doc, token, after):
        return True
    if before is not None and before.text in OPENING_QUOTES and after is not None and after.text == ",":
        close = next((t.i for t in doc[after.i + 1:sent.end] if t.text in QUOTE_MARKS), sent.end)
        return _spoken_to(doc, after.i + 1, close) and not any(_lacks_subject(t) for t in doc[after.i + 1:close])  # 'chanted "Leadership, come outside!"': a quoted sentence opens by calling it, which the parser leaves inside the one that quotes
    root = sent.root
    if token.i == sent.start and after is not None and after.text in {",", "—", "–"} and root.i > after.i:
        if any(_lacks_subject(t) for t in doc[after.i + 1:sent.end]):
            return False  # "Leadership, she wrote in her memoir, is a debt you pay forward": "is" takes it as subject
        if _cross_reference(root):
            return False  # "Leadership — see also Management": a glossary headword sends the reader on
        return any(c.dep_ in {"nsubj", "nsubjpass"} and c.i != token.i for c in root.children) or _request(root)
    ends = after is None or after.text in {".", "!", "?"}
    if before is None or before.text != "," or not ends or token.dep_ == "conj" or any(c.dep_ == "cc" for c in doc[sent.start:token.i]):
        return False
    return _request(root) or asks(sent)


def _cross_reference(root) -> bool:
    """"See also Management", "see Management": an index's "see" sends the reader to another headword (a capitalised
    word or one of the families); "see me after the meeting" calls someone."""
    if root.lemma_.lower() != "see" or any(c.dep_ == "nsubj" for c in root.children):
        return False
    sent_to = [t for t in root.subtree if t.i > root.i and (t.dep_ in {"dobj", "pobj", "npadvmod", "appos", "conj", "attr"} or t.dep_ == "ROOT")]
    return any(c.lower_ == "also" for c in root.children) or any(t.is_title or t._.lk_family for t in sent_to)


def _thanked_by_name(doc, token, after) -> bool:
    """"Thank you, leadership, for listening", "Thanks, leadership!": the name set off after thanks is whom they go to."""
    i = token.i - 1
    if i < 1 or doc[i].text != "," or (after is not None and after.text not in {",", ".", "!"}):
        return False
    word = doc[i - 1].lower_
    return word == "thanks" or word == "you" and i >= 2 and doc[i - 2].lower_ == "thank"


def _raised_to_act(token, words) -> bool:
    """"Leadership is expected to announce a decision", "is due to meet the mediator": the subject of a passive of
    expecting or saying is the one who is to do what follows, so that verb reads it; "leadership is expected of
    every officer" has no verb after it, and "is said to grow in importance" follows the activity."""
    verb = token.head
    if token.dep_ != "nsubjpass" or verb.lemma_.lower() not in words["raising_verbs"]:
        return False
    return any(act.dep_ == "xcomp" and act.pos_ == "VERB" and marked_infinitive(act)
               and _a_people_act(act, words) for act in verb.children)


def _a_people_act(act, words) -> bool:
    """A verb only people do, or one done to a piece of work they hand over ("to announce a decision"); not a verb
    that suits the activity ("to grow", "to matter")."""
    lemma = act.lemma_.lower()
    if lemma in words["abstract_predicates"]:
        return False
    work = words["deliverables"] | words["people_artefacts"] | words["decision_heads"]
    return lemma in words["people_only_verbs"] or any(c.dep_ == "dobj" and c.lemma_.lower() in work for c in act.children)


def _subject_after_for(token, words) -> bool:
    """"The requirement for leadership to countersign the forms", "no need for leadership to approve routine claims":
    after "for", the word is the subject of the infinitive right behind it, however the parser hung that verb, and the
    verb reads it as a subject's verb does; "room for leadership to grow" is the activity growing."""
    doc = token.doc
    if token.dep_ != "pobj" or token.head.lower_ != "for" or token.i + 2 >= token.sent.end:
        return False
    to, act = doc[token.i + 1], doc[token.i + 2]
    return to.lower_ == "to" and act.pos_ == "VERB" and act.tag_ == "VB" and _a_people_act(act, words)


def _spoken_to(doc, i, end) -> bool:
    """The words after a name called out speak to it: an imperative ("come outside") or "we"/"you" with a verb."""
    if i >= end:
        return False
    first = doc[i]
    if first.tag_ == "VB" and first.dep_ not in {"aux", "auxpass"}:
        return True
    return first.lower_ in lm003_words()["addressing_pronouns"] and i + 1 < end and doc[i + 1].pos_ in {"VERB", "AUX"}


def _lacks_subject(verb) -> bool:
    """A finite verb heading a clause with no subject of its own: the word set off before it is its subject."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ in {"aux", "auxpass", "xcomp", "acl", "relcl", "pcomp", "amod", "advcl"}:
        return False
    finite = verb.tag_ in {"VBZ", "VBD", "VBP"} or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBD", "VBP", "MD"} for c in verb.children)
    return finite and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} and c.i != verb.doc[verb.sent.start].i for c in verb.children)


def _request(verb) -> bool:
    """An imperative or a "please": a clause that asks someone to act."""
    bare = verb.tag_ == "VB" and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "mark"} for c in verb.children)
    return bare or any(c.lower_ == "please" for c in verb.children)


def _fills_a_people_field(token, words) -> bool:
    """"Decision owner: leadership", "Reviewers: legal, security and leadership", "| Stakeholders | Legal, leadership |":
    the value of a field that names people, alone or as an item of a list of them.

    "Leadership" must stand in a verbless list of nouns right after the colon (bold markers
    around it included: "**Owner:**") or after a table row's label cell, and the short label
    before it name a person or group.
    """
    doc = token.doc
    separator = _field_separator(token)
    # "Approver: leadership (for spend over budget)"; "| Approver: leadership | Status: pending |": the cell ends at its pipe
    aside = next((t.i for t in doc[token.i + 1:token.sent.end] if t.text in {"(", "—", "–", "|"}), token.sent.end)
    if separator is None or any(t.pos_ in {"VERB", "AUX"} for t in doc[separator.i:aside]):
        return False
    start = next((t.i + 1 for t in reversed(doc[separator.sent.start:separator.i]) if t.text == "|"), separator.sent.start)
    label = [t for t in doc[start:separator.i] if t.is_alpha]
    # the label word itself may be a participle the tagger calls a verb ("Consulted:", "Informed:" of a RACI list)
    return 0 < len(label) <= 4 and label[-1].lower_ in words["people_labels"] and not any(t.pos_ in {"VERB", "AUX"} for t in label[:-1])


def _value_beside_people_values(token, words) -> bool:
    """"over €500k: leadership" in a row whose other cells say "up to €50k: budget holder | to €500k: finance
    director", "above $250,000 — leadership; above $2M — board", "Requested by: data owner | Final decision: leadership":
    a value in a row of label-and-value fields, where another value of the row names people.

    The labels of an approval matrix or a delegation table are amounts or rungs and say nothing of people; the values
    beside the word say what the row holds. The word's own label must be an amount ("over €500k"), a field for people
    or a decision ("Final decision"), or a numbered rung of a ladder whose other rungs hold people ("Step 1: your
    manager; Step 3: leadership"). So "Speaker: CEO | Topic: leadership" stays a topic, and so does a syllabus
    ("Module 1: managers; Module 2: leadership"). Values are a few words with no verb or preposition, and the word
    ends its own.
    """
    fields = _row_fields(token.sent)
    own = next((f for f in fields if f[1] and token.i in {t.i for t in f[1]}), None)
    if own is None or len(fields) < 2 or getattr(_value_head(own[1], words), "i", None) != token.i:
        return False
    label, others = own[0], [f for f in fields if f is not own and f[1]]
    people = [f for f in others if (head := _value_head(f[1], words)) is not None and head.lower_ in words["people_nouns"] | words["label_people"]]
    if not people:
        return False
    numbered = any(t.like_num or any(c.isdigit() for c in t.text) for t in label)
    label_word = next((t.lower_ for t in label if t.is_alpha), "")
    first = label[0] if label else None  # an amount opens the label: "over €500k", "€50k–€500k", "6–20 days"
    amount = first is not None and numbered and (first.tag_ == "$" or first.text[:1] in "$€£¥" or first.like_num or first.text[:1].isdigit()
                                                 or first.lower_ in words["threshold_words"])
    ladder = numbered and label_word in words["ladder_labels"] and any(next((t.lower_ for t in f[0] if t.is_alpha), None) == label_word for f in people)
    return amount or ladder or next((t.lower_ for t in reversed(label) if t.is_alpha), "") in words["people_labels"] | words["decision_fields"]


def _row_fields(sent) -> list[tuple[list, list]]:
    """The fields of a row written on one line: cut at pipes and semicolons, each a label and the value after its last
    colon or dash (no separator: a label alone, with no value)."""
    fields, current = [], []
    for t in [*sent, None]:
        if t is None or t.text in {"|", ";"}:
            cut = max((i for i, u in enumerate(current) if u.text in {":", "—", "–"}), default=None)
            if current:
                fields.append((current, []) if cut is None else (current[:cut], [u for u in current[cut + 1:] if not u.is_punct]))
            current = []
        else:
            current.append(t)
    return fields


def _value_head(value, words):
    """The last word of a short verbless value ("finance director" -> director, "your manager" -> manager), or None.

    A job title the tagger reads as a verb ("team lead") is still a noun, and so is the first part of a hyphened word
    ("on-call engineer")."""
    alpha = [t for t in value if t.is_alpha]

    def clause_word(t) -> bool:
        hyphened = t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-"
        titled = t.lower_ in words["people_nouns"] | words["label_people"]
        return (t.pos_ in {"VERB", "AUX", "ADP", "SCONJ"} and not hyphened and not titled) or t.pos_ == "PRON" and t.tag_ != "PRP$"

    if not alpha or len(alpha) > 4 or any(clause_word(t) for t in value):
        return None
    return alpha[-1]


def _field_separator(token):
    """The colon or table pipe that opens the list ``token`` is an item of, walking back over the items before it; or None.

    The parser may end a sentence at the colon of a field inside a table row ("| Owner: Site Leadership | ..."): the
    colon right before the sentence still opens the value."""
    doc = token.doc
    for t in reversed(doc[token.sent.start:token.i]):
        if t.text.strip("*_") in {":", "|"}:
            return t
        if not (t.is_punct or t.pos_ in {"NOUN", "PROPN", "ADJ", "DET", "CCONJ"} or t.text == "&"):
            return None
    before = doc[token.sent.start - 1] if token.sent.start > 0 else None
    if before is not None and before.text.strip("*_") == ":" and "\n" not in before.whitespace_:
        return before
    return None


# Each listed cue, with what it saw in words (``--show-evidence`` says which one fired).
CUE_READINGS = {
    _named_by_modifier: "a modifier names the group",
    _described_in_people_state: "a state only people are in is said before it (\"out-of-touch leadership\")",
    _heads_group_noun: "it heads a noun for people or for what people give",
    _beside_people: "it stands beside other groups of people",
    _next_in_a_chain: "it is the next stop in a chain of people (\"your manager first, then leadership\")",
    _between_groups: "it is set between itself and a group of people",
    _renames_people: "it renames people in an apposition",
    _subject_of_a_contact_clause: "it is the subject of a relative clause with no \"that\" (\"dashboards your leadership will read\")",
    _contrasted_with_people: "it is set against people (\"not just leadership\")",
    _compared_with_people: "it does what people do, in a comparison (\"nurses know more than leadership ever will\")",
    _set_against_us: "it is set against people who did not do or get the same (\"leadership got raises and we didn't\")",
    _excepted_from_people: "it is set apart from people (\"everyone except leadership\")",
    _aimed_at_people: "it is the object of words aimed at people",
    _thanked_for_a_deed: "it is thanked for something done (\"thanks to leadership for the extra day off\")",
    _repeated_preposition: "it follows a preposition said again after \"and\", beside people or under words aimed at them",
    _owner_of_a_decision: "a decision rests with it (\"this decision belongs to leadership\")",
    _addressed: "it is the object of a verb done to people",
    _sent_on_an_errand: "it is the object of a verb that sends it on an errand (\"accused leadership of stalling\")",
    _walked_through: "it is guided through a document (\"take leadership through the timeline\")",
    _helped_with_work: "it is helped with its work (\"support leadership with board prep\")",
    _put_on_a_channel: "it is put on a channel people read or given a part people play (\"add leadership to the thread\")",
    acts_as_people: "it does or is what only people do or are",
    acts_in_frame: "it is the subject of an obligation, a plan or a phrasal verb people do",
    _handed_a_task: "it receives something or is handed a task",
    _given_time_to_act: "it is given a span of time to do an act (\"it took leadership three weeks to answer\")",
    _taken_up_as_they: "a later \"they\" takes it up",
    _upper_ranks_of: "it is a whole that people are part of, or stand before",
    _range_of_ranks: "it is one end of a range of ranks",
    _glossed_as_people: "a gloss names people",
    _of_a_body: "it is the top of a named body",
    _receives: "it receives what is sent up",
    _speaker_label: "it labels who speaks or acts (\"Leadership: 'we're a family'\")",
    _fills_a_people_field: "it fills a field that names people (\"Decision owner: leadership\")",
    _called_by_name: "it is called by name, as one calls out to people (\"Leadership, we need to talk\")",
    _raised_to_act: "it is expected or said to do what only people do (\"is expected to announce a decision\")",
    _subject_after_for: "it is the subject of an infinitive after \"for\" that only people do (\"the requirement for leadership to approve\")",
    _value_beside_people_values: "it is a value in a row of fields whose other values name people (\"over $500k: leadership; over $2M: board\")",
}
GROUP_CUES = tuple(CUE_READINGS)


def listed_cue(token) -> bool:
    """One of the listed cues reads ``token`` as a group."""
    words = lm003_words()
    return any(cue(token, words) for cue in GROUP_CUES)


def quality_reading(token) -> bool:
    return _quality_reading(token, lm003_words())


def personified(token, verb=None) -> bool:
    return _personified(token, lm003_words(), verb)


def _personified(token, words, verb=None) -> bool:
    """"Leadership ran in the family", "leadership demands sacrifice, my father used to say": a force or a saying.

    ``verb`` is the clause's verb where the parser need not make it the head ("leadership beckoned"
    read as a reduced clause). A later "they" ("if leadership calls, tell them") or a modifier that
    names the group ("senior leadership went out the window") keeps the people.
    """
    force = force_clause(verb, words) if verb is not None else force_subject(token, words) or maxim(token, words)
    return force and not (_taken_up_as_they(token, words) or _named_by_modifier(token, words))


