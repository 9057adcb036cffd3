"""LM002's learned back-off: what its score cannot see, read from the parse before the score speaks.

The score is fitted on sentences that swap one function for the other, so it reads the shape of a swap
(two sides, a verb of change or choice between them) and not what is swapped. Near misses of that shape
pass: two acts on different objects (a split by object, tested by ``not-split-by-object``), one person
succeeding another, a swap the sentence denies, and people set over people. Each guard below reads one of
them from the parse and the rule's word lists, so a new wording of the same near miss passes too.
"""
from __future__ import annotations

from typing import Sequence

from lintkit.engine.conditions.lm002 import denies_its_head, withheld
from lintkit.engine.conditions.shared import SUBJECT_DEPS, family_tokens, path_up_to
from lintkit.engine.conditions.words import condition_words, pattern_lists

# Relations by which a clause with its own subject hangs from another: "they don't want a manager, they want a leader".
CLAUSE_DEPS = frozenset({"conj", "ccomp", "parataxis", "advcl"})
# Relations by which a clause describes a person or thing: "anyone [who thinks ...]", "one [being led]".
DESCRIBING_DEPS = frozenset({"relcl", "acl"})
# Tags of one person, thing or name, as opposed to a kind taken in the plural.
SINGULAR_TAGS = frozenset({"NN", "NNP"})
# The longest sentence, in words, that a claim made over two or three sentences is read in: such claims are
# short and parallel ("Management got us here. It won't get us further. For that we need leadership."); in
# longer sentences a family word in the next one starts another topic.
LONGEST_SENTENCE_ACROSS = 15
# The longest sentence, in words, that stands between the two sides as a beat of the claim: "Managers? Gone.".
LONGEST_BEAT = 3


def _words():
    return condition_words("LM002")


def _sides(tokens: Sequence):
    family = family_tokens(tokens)
    return family[0], family[-1]


def _up(token) -> list:
    return [token, *token.ancestors]


def _lowest_common_head(a, b):
    """The lowest word both hang from, or None when they stand in different sentences."""
    above_a = {t.i for t in _up(a)}
    return next((t for t in _up(b) if t.i in above_a), None)


def _has_own_subject(verb) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _asserted_clause_between(top, side) -> bool:
    """A clause of its own, not denied, between the common head and a side: "they don't want a manager, [they want]
    a leader" sets a denial against an assertion, which is the contrast a swap makes, not a denial of it."""
    return any(t.dep_ in CLAUSE_DEPS and _has_own_subject(t) and not any(denies_its_head(c) for c in t.children) and not _brought_about(t)
               for t in _below(top, side))


def _brought_about(clause) -> bool:
    """"Learning to lead won't make [your management skills obsolete]": the complement of a verb of causing is the state
    it brings about, asserted no more than that verb is, so a denial on the verb reaches it."""
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _words()["causing_verbs"]


def _described_apart(top, first, last) -> bool:
    """"Anyone who still thinks a team should be managed hasn't worked in one that's properly led": each side sits in a
    clause describing a different participant of the denied word, so the denial tells the holder of one view that they
    lack the other, which sets the two against each other; it does not take a swap back."""
    return all(any(t.dep_ in DESCRIBING_DEPS for t in [side, *_below(top, side)]) for side in (first, last))


def _below(top, token) -> list:
    """The words ``token`` hangs from up to ``top``, neither included; none when ``top`` is no head of it."""
    path = path_up_to(token, top)
    return path[1:] if path else []


def swap_not_denied(tokens: Sequence) -> bool:
    """"No, we are not replacing our managers with leaders", "nobody is suggesting we ditch management for
    leadership", "we never said leaders should take the place of managers": a denial on a word both sides hang from
    takes the swap back. A denial of one side only ("leaders, not managers", "lead, don't manage") is the claim."""
    first, last = _sides(tokens)
    if _hedged_denial(first) or _hedged_denial(last) or _kept(first) or _kept(last):
        return False
    top = _lowest_common_head(first, last)
    if top is None or _asserted_clause_between(top, first) or _asserted_clause_between(top, last) or _described_apart(top, first, last):
        return True
    governing = [t for t in _up(top) if t.i not in {first.i, last.i}]
    return not any(denies_its_head(c) for t in governing for c in t.children if c.i not in {first.i, last.i}) and not _withheld_between(first, last)


def _kept(side) -> bool:
    """"Don't stop managing when you start leading", "never drop management just because you lead": a side governed by
    a denied verb of letting go is kept, whatever clause brings the other side in; so is one a denied verb of taking
    its place governs ("our app doesn't replace managers. It helps them lead")."""
    head = side.head
    words = _words()
    return (side.dep_ in {"xcomp", "dobj"} and head.i != side.i and head.lemma_.lower() in words["letting_go_verbs"] | words["overtaking_verbs"]
            and any(denies_its_head(c) for c in head.children))


def _hedged_denial(side) -> bool:
    """"Anyone who manages a team hasn't necessarily led one": a side denied with a hedge says one act does not imply
    the other, a distinction; "a true leader never manages" denies it outright, which is the claim."""
    hedges = _words()["hedges"]
    return any(c.dep_ == "neg" for c in side.children) and any(c.lower_ in hedges for c in side.children)


def _withheld_between(first, last) -> bool:
    """"Grow into a leader without ever abandoning management": the act between the sides is withheld, so both stay.
    A side withheld itself is the claim ("lead your crew without ever managing them")."""
    return any(withheld(t) for t in _between(first, last))


def _named(side) -> bool:
    """"Mr Okafor, the branch manager", "our manager, Priya,": the side is a person with a name."""
    if side.dep_ == "appos" and side.head.pos_ == "PROPN":
        return True
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in side.children)


def _held(side) -> bool:
    """"our manager", "the team's leader", "the manager", "from team leader to manager": one holder of a post, or the
    post a person moves between, rather than the kind."""
    determiners = [c for c in side.children if c.dep_ in {"det", "poss"}]
    return not determiners or any(c.dep_ == "poss" or c.lower_ in _words()["definite_determiners"] for c in determiners)


def _past_role(side) -> bool:
    """"I was a product manager", "Maria was a team leader": a post one person held once, which is their story."""
    verb = side.head
    return (side.dep_ == "attr" and verb.lemma_ == "be" and verb.tag_ == "VBD"
            and any(c.dep_ in SUBJECT_DEPS and (c.lower_ in _words()["person_pronouns"] or c.pos_ == "PROPN") for c in verb.children))


def not_one_person_succeeded(tokens: Sequence) -> bool:
    """"Our ward manager has been succeeded by an interim leader while she is on leave", "we promoted her from team
    leader to manager", "I was a product manager": one person in a post, with a name, a past of their own or an
    owner and a person's events around them (leave, interim, promotion, retirement); not the function."""
    events = _words()["person_events"]
    sentence = tokens[0].sent
    in_events = any(t.lower_ in events or t.lemma_.lower() in events for t in sentence)
    for side in _sides(tokens):
        if side._.lk_form != "agent" or side.tag_ not in SINGULAR_TAGS:
            continue
        if _named(side) or _past_role(side) or in_events and _held(side):
            return False
    return True


def _between(first, last) -> list:
    """The words on the parse path between two words of one sentence, neither of them included."""
    top = _lowest_common_head(first, last)
    if top is None:
        return []
    path = _below(top, first) + _below(top, last)
    return [*path, top] if top.i not in {first.i, last.i} else path


def not_people_over_people(tokens: Sequence) -> bool:
    """"The managers report to a leader in each region", "every team leader answers to a site manager": one group of
    people set over the other is an org chart, not a function replaced."""
    first, last = _sides(tokens)
    if first._.lk_form != "agent" or last._.lk_form != "agent":
        return True
    ranking = _words()["ranking_words"]
    return not any(t.lemma_.lower() in ranking or t.lower_ in ranking for t in _between(first, last))


def one_side_per_sentence(tokens: Sequence) -> bool:
    """A pair over sentences holds one side in each: "Direct your questions at leadership, not at your manager. Direct
    your questions at leadership, ..." pairs a sentence with its own repetition, not one side with the other."""
    first, last = _sides(tokens)
    if first.sent.start == last.sent.start:
        return True
    return not (any(t._.lk_family == last._.lk_family for t in first.sent) or any(t._.lk_family == first._.lk_family for t in last.sent))


def short_sentences_across(tokens: Sequence) -> bool:
    """"Soldiers can smell a manager a mile away. Give them a leader.": a pair over several sentences is read only
    when each of them is short and the first and last hold one side each, the way a claim split into sentences
    is written; "... between managing and leading. Let's stop ... managing and leading." pairs two claims."""
    first, last = _sides(tokens)
    if first.sent.start == last.sent.start:
        return True
    if not one_side_per_sentence(tokens):
        return False
    sentences = {t.sent.start: t.sent for t in first.doc[first.sent.start:last.sent.end]}.values()
    if any(_words_in(s) > LONGEST_SENTENCE_ACROSS for s in sentences) or _account_asked_for(last):
        return False
    return all(_bridges(s) for s in sentences if s.start not in (first.sent.start, last.sent.start))


def _account_asked_for(side) -> bool:
    """"Can you lead without authority? Tell us about a time you influenced a team you didn't manage.": a question
    bank's prompt asks for a story, and the side inside it is part of the story asked for, not a choice."""
    root = side.sent.root
    if root.lemma_.lower() not in _words()["account_verbs"] or any(c.dep_ in SUBJECT_DEPS for c in root.children):
        return False
    return any(t.lower_ in _words()["account_nouns"] for t in side.ancestors)


def _words_in(sentence) -> int:
    return sum(not (t.is_punct or t.is_space) for t in sentence)


def _bridges(sentence) -> bool:
    """A sentence between the two sides carries the first on ("It won't get us further.") or is a beat ("Gone.");
    "We've got plenty." counts it. "I beg you to take good care of yourself." between "managing yourself" and
    "becoming a leader" turns to something else, and the next family word starts another topic."""
    if _words_in(sentence) <= LONGEST_BEAT:
        return True
    subjects, amounts = _words()["bridge_subjects"], _words()["bridge_amounts"]
    # "We've got plenty.": an amount with no noun of its own counts the side named before it
    return any(t.dep_ in SUBJECT_DEPS and t.head == sentence.root and t.lower_ in subjects
               or t.lower_ in amounts and t.head == sentence.root and not any(c.dep_ == "prep" for c in t.children) for t in sentence)


def no_side_in_a_name(tokens: Sequence) -> bool:
    """"the second post in the Leadership Tuesday series": a capital inside a sentence (headlines are parsed in
    sentence case) makes the word part of a name of a series, body or document, which is no function."""
    return not any(side.is_title and side.i > side.sent.start and side.nbor(-1).is_alpha for side in _sides(tokens))


def no_side_named_as_a_word(tokens: Sequence) -> bool:
    """"We treat leading as just another word for managing": a side that is what a word is a word for is named, not
    set against the other; whether the names are one is LM001's question."""
    words = condition_words("shared")["word_nouns"]
    return not any(side.dep_ in {"pobj", "pcomp"} and side.head.lower_ == "for" and side.head.head.lower_ in words for side in _sides(tokens))


def not_both_roles_asked(tokens: Sequence) -> bool:
    """"Be the leader your team needs AND the manager your company relies on": one verb of being asks for both roles,
    the second joined by "and" with nothing but a determiner before it, so neither is set aside. "Be the leader they
    need and stop being their manager" lets one go between the two."""
    first, last = _sides(tokens)
    if first.sent.start != last.sent.start or first.dep_ not in {"attr", "oprd"} or first.head.lemma_.lower() not in _words()["being_verbs"]:
        return True
    between = first.doc[first.i + 1:last.i]
    if any(t.lower_ in pattern_lists()["negations"] for t in between):
        return True
    joins = [t for t in between if t.lower_ in _words()["role_joiners"]]
    return not (joins and all(t.pos_ in {"DET", "PRON", "ADJ"} for t in first.doc[joins[-1].i + 1:last.i]))


def no_side_set_against_an_outsider(tokens: Sequence) -> bool:
    """"Be a leader, not a boss, and you'll still manage the rota": a side already set against a word of neither family
    has its contrast, so the other side later in the sentence is no second half of it."""
    return not any(_set_against_an_outsider(side) for side in _sides(tokens))


def _set_against_an_outsider(side) -> bool:
    negations = [c for c in side.children if c.dep_ == "neg" and c.i > side.i]
    return bool(negations) and any(c.dep_ in {"appos", "conj"} and c.i > negations[0].i and not any(t._.lk_family for t in c.subtree)
                                   for c in side.children)


def not_added_to_the_other(tokens: Sequence) -> bool:
    """"You'll be leading in addition to managing", "Level 4 adds leading on top of managing your own", "besides
    managing, you'll be leading": a side brought in by a phrase of addition is kept, and the other is added to it."""
    words = _words()
    for side in _sides(tokens):
        if side.dep_ not in {"pobj", "pcomp"}:
            continue
        prep = side.head
        if prep.lower_ in words["adding_prepositions"]:
            return False
        if prep.head.dep_ == "pobj" and prep.head.lower_ in words["adding_nouns"] and prep.head.head.pos_ == "ADP":
            return False
    return True


CONDITIONS = {
    "not-added-to-the-other": not_added_to_the_other,
    "not-both-roles-asked": not_both_roles_asked,
    "no-side-set-against-an-outsider": no_side_set_against_an_outsider,
    "no-side-in-a-name": no_side_in_a_name,
    "no-side-named-as-a-word": no_side_named_as_a_word,
    "one-side-per-sentence": one_side_per_sentence,
    "short-sentences-across": short_sentences_across,
    "swap-not-denied": swap_not_denied,
    "not-one-person-succeeded": not_one_person_succeeded,
    "not-people-over-people": not_people_over_people,
}
