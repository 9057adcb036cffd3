"""LM004 (charisma): a trait (charisma, presence, personality) made the whole of leading.

Naming a trait as part of leading is fine; the rule flags it as all, or as what alone sets leaders
apart, so these conditions ask whether anything in the clause grants a share, learning or a hedge.
"""
from __future__ import annotations

from typing import Sequence

from lintkit.engine.conditions.lm004_basics import CLAUSE_END, PREDICATE_DEPS, a_persons_make_up, denied_head, governing_verb, learning_denied, learns, lm004_words
from lintkit.engine.conditions.lm004_lead_word import generic_lead
from lintkit.engine.conditions.shared import SUBJECT_DEPS, asks, is_negated, path_up_to, token_after, word_after
from lintkit.engine.conditions.words import condition_words, pattern_lists


def temperament_sets_the_bar(tokens: Sequence) -> bool:
    """The temperament is the subject of the clause that shuts it out of leading ("Introverts will never be leaders",
    "quiet types are not leadership material") or what an "if" clause makes the reader ("if you're not an extravert,
    you're not leadership material"), and the sentence does not go on to learning or take it back ("they become
    leaders through practice", "but many do"). Where the sentence goes on to name the trait ("Quiet people can't lead;
    leading takes a big personality you're born with"), that is where the claim is read, once."""
    kind, words = tokens[0], lm004_words()
    node = kind.head if kind.dep_ in {"amod", "compound"} else kind
    if node.i != kind.i and node.lower_ not in words["temperament_heads"]:
        return False  # "quiet weeks", "shy smile": a temperament of people only
    supposed = node.dep_ in PREDICATE_DEPS and any(c.dep_ == "mark" and c.lower_ in words["condition_marks"] for c in node.head.children)
    if node.dep_ not in SUBJECT_DEPS and not supposed:
        return False
    rest = kind.doc[tokens[-1].i + 1:tokens[-1].sent.end]
    return not any(learns(t) or t.lower_ in words["take_backs"] or t.lower_ in words["innate_cues"] for t in rest)


# Denials written as one word, as the tokenizer keeps them inside a hyphenated compound ("you-have-it-or-you-don't").


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
    words = lm004_words()
    lead = tokens[0]
    if any((learns(t) or t.lower_ in words["learnable"]) and not learning_denied(t) for t in tokens[0].doc[lead.sent.start:tokens[-1].sent.end]):
        return False
    having = words["having_lemmas"] | words["arriving_lemmas"]
    have = next(t for t in tokens[1:] if t.lemma_.lower() in having and t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass"})
    denials, auxiliaries = words["one_token_denials"], words["denied_auxiliary_lemmas"]
    if not any(t.lower_ in words["lacking_words"] and (t.dep_ == "neg" or t.lower_ in denials
                                                       or t.lemma_.lower() in auxiliaries) for t in tokens if t.i > have.i):
        return False
    objects = [c for c in have.children if c.dep_ in {"dobj", "attr"}]
    # What one arrives "with" is what one has: "the instinct to lead. You either arrive with it or you don't".
    objects = objects or [g for c in have.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    if not objects:  # "the leading part you either brought with you", "leadership is something you have or you don't"
        return have.dep_ == "relcl" and any(t.i == lead.i for t in (have.head, *have.head.children, *_kind_of(have.head).head.children))
    held = objects[0]
    if held._.lk_family:
        return False
    in_person = any(c.lower_ == "in" and any(g.pos_ == "PRON" for g in c.children) for c in held.children)
    return held.lower_ in words["vague_things"] or held.lower_ in words["traits"] or in_person


def can_or_cannot_for_good(tokens: Sequence) -> bool:
    """"Either you can lead a raid or you can't" sorts people for good: anyone at all ("you", "people") is able or not,
    with "either" to make it a split. One person ("either he can lead it or he can't"), one occasion ("tonight", "yet")
    or learning named in the sentence ("... and reps are how you get there") makes it a test, not a gift."""
    words = lm004_words()
    lead = next(t for t in tokens if t._.lk_family)
    sentence = lead.doc[lead.sent.start:lead.sent.end]
    if not any(t.lower_ == "either" for t in tokens):
        return False
    if not any(c.dep_ in SUBJECT_DEPS and c.lower_ in words["generic_able"] for c in lead.children):
        return False
    if any(t.lower_ in words["occasion_words"] for t in sentence):
        return False
    return not any((learns(t) or t.lower_ in words["learnable"]) and not learning_denied(t) for t in sentence)


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
    words = lm004_words()
    trait = tokens[0]
    if trait.lower_ == "factor":
        before = [t for t in trait.doc[max(0, trait.i - 3):trait.i] if t.lower_ not in {"'", "’", '"', "-"} and t.lower_ != "the"]
        if not before or before[-1].lower_ not in words["x_factor_letters"]:
            return False
    verb = next(t for t in tokens[1:] if t.lemma_ == "be")
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return any(c.i == trait.i or (c.lower_ in words["trait_pronouns"] and c.i > trait.i) for c in subjects) or (
        bool(subjects) and subjects[0].dep_ == "nsubj" and trait in list(subjects[0].subtree))


def one_thing_named(tokens: Sequence) -> bool:
    """"Charisma and leadership are the same (thing)" makes one thing of the two; "the same age-old topic" or "the same
    ones we used" names something else they share."""
    last = tokens[-1]
    nxt = token_after(last)
    if nxt is None or nxt.pos_ not in {"NOUN", "PROPN", "ADJ", "PRON", "NUM"}:
        return True
    return nxt.lower_ in lm004_words()["one_thing_nouns"]


def make_up_of_a_person(tokens: Sequence) -> bool:
    """The make-up leading is set into is a person's ("their character", "some personalities", "the genome"), not a
    thing's ("our company's DNA")."""
    holder = next(t for t in tokens if t.dep_ == "pobj" and t.lower_ in lm004_words()["make_up"])
    owners = [c for c in holder.children if c.dep_ == "poss"]
    return not owners or a_persons_make_up(holder)


def trait_of_the_person(tokens: Sequence) -> bool:
    """The trait word is the person's, not an event or a present.

    "The leader was born in Leeds", "new leaders are born every day in a crisis" tell when and where;
    "leadership is a gift we give to others" is a gift given, not one received at birth.
    """
    last, words = tokens[-1], lm004_words()
    nxt = token_after(last)
    if last.lower_ in words["being_there_words"]:
        if any(t.lower_ == "about" for t in tokens) or (nxt is not None and nxt.lower_ in words["presence_prepositions"]):
            return False  # "leadership is about presence, showing up", "presence on the floor": being there, not an aura
    if nxt is None:
        return True
    if last.lower_ in words["trust_words"] and nxt.lower_ in words["trust_complements"]:
        placed_in = token_after(nxt)
        return nxt.lower_ == "in" and placed_in is not None and placed_in.lower_.endswith(tuple(condition_words("shared")["reflexive_endings"]))
    # A closing quotation mark is sometimes parsed as the noun the trait word modifies ("«leadership is pure personality»"):
    # the word after it is then the head, if it is a word at all ("«leadership is a personality test»").
    head = nxt if last.head.is_punct else last.head
    if last.dep_ == "compound" and last.head.i > last.i and not head.is_punct and head.lower_ not in words["trait_heads"] | words["chat_tags"]:
        return False  # "leadership is a personality test", "a vibe shift": a thing named after the trait; not "a personality trait", "charisma tbh"
    if last.lower_ in words["skill_adjectives"] and nxt.pos_ in {"NOUN", "PROPN", "ADJ", "ADP"}:
        return False  # "leaders are gifted communicators", "gifted at budgets": a skill named, not an endowment
    if last.lower_ == "born":
        return nxt.pos_ in {"PUNCT", "CCONJ"} or nxt.lower_ in words["born_continuations"]
    if last.lower_ in words["given_words"]:
        rest = last.doc[last.i + 1:last.sent.end]
        giver = [t for t in rest[1:3] if t.lower_ != "the"][:1]
        if nxt.lower_ == "from" and giver and giver[0].lower_ in words["innate_givers"]:
            return True  # "a gift from God", "a gift from the gods"
        return nxt.lower_ not in words["giving_prepositions"] and not any(t.lemma_.lower() in words["giving_verbs"] for t in rest)
    return True


def no_hedge_between(tokens: Sequence) -> bool:
    """Nothing between the lead word and the trait weakens the claim ("leadership is rarely innate", "partly charisma")."""
    family = next(t for t in tokens if t._.lk_family)
    last = tokens[-1]
    return not any(t.lower_ in lm004_words()["hedges"] for t in family.doc[family.i + 1:last.i])


def trait_wins_the_comparison(tokens: Sequence) -> bool:
    """"Leadership is less learned than inherited": what "less" weakens is the learning before "than"; the trait
    after it is what leading is said to be. "Less charisma than practice" puts the trait before "than" and passes."""
    doc = tokens[0].doc
    less = next(t for t in tokens if t.lower_ in lm004_words()["lesser_words"])
    than = next((t for t in doc[less.i + 1:tokens[-1].i] if t.lower_ == "than"), None)
    if than is None:
        return False
    before = doc[less.i + 1:than.i]
    return not any(t.lower_ in lm004_words()["traits"] or t.lower_ in lm004_words()["innate"] for t in before)


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
    return not any(t.lower_ in lm004_words()["weak_measures"] or t.lower_ in lm004_words()["denial_words"] for t in said)


# Number words for a share of leadership: "ninety percent presence" is most of it, "ten percent charisma" is not.
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}


def most_of_it(tokens: Sequence) -> bool:
    """A share in the claim is most of leadership ("90% charisma", "ninety percent presence"), not a small part ("10% charisma").
    The share is read from the whole stretch of the match, which a parse-read match does not list word by word."""
    doc = tokens[0].doc
    # only a number of a share: "one thing", "two words" count things ("comes down to one thing: personality")
    marks = lm004_words()["share_marks"]
    numbers = [t for t in doc[tokens[0].i:tokens[-1].i + 1] if t.like_num and (after := token_after(t)) is not None and after.lower_ in marks]
    if not numbers:
        return True
    text = numbers[0].lower_.replace(",", "")
    try:
        value = float(text)
    except ValueError:
        value = NUMBER_WORDS.get(text, 0)
    return value >= 50


def lacks_the_trait(tokens: Sequence) -> bool:
    """"If you don't have charisma, you can't lead": the supposition is a lack, so the claim is that the trait is needed."""
    first = tokens[0]
    if first.lower_ != "if":
        return True
    lacks = lm004_words()["lack_markers"]
    return any(t.dep_ == "neg" or t.lower_ in lacks or t.lemma_.lower() == "lack"
               for t in tokens[1:] if t.i < next(x.i for x in tokens if x.lower_ in lm004_words()["traits"]))


def trait_is_the_whole(tokens: Sequence) -> bool:
    """What the trait is said to be is all of leading, not a part of it: a noun of the whole ("the whole substance of
    leadership", "the beating heart of leadership") or one that "only", "sole" or "all" makes the whole ("the only thing
    that matters", "all a leader needs"). A relative clause on it must be of need or mattering ("the only thing people
    notice about a leader" ranks nothing), and "a part", "one aspect" or "an ingredient" of leadership is a share."""
    words = lm004_words()
    trait = next(t for t in tokens if t.lower_ in words["charisma_words"] and not t._.lk_family)
    whole = next((c for c in trait.head.children if c.dep_ == "attr"), None)
    return whole is not None and _names_the_whole(whole, words)


def whole_is_the_trait(tokens: Sequence) -> bool:
    """The same said the other way round: "All a leader needs is charisma", "the only thing a leader needs is a
    magnetic personality". The trait must stand alone: "all a leader needs is charisma and a plan" lists."""
    words = lm004_words()
    trait = next(t for t in tokens if t.lower_ in words["charisma_words"] and not t._.lk_family)
    if any(c.dep_ == "conj" and c.lower_ not in words["charisma_words"] for c in trait.children):
        return False
    whole = next((c for c in trait.head.children if c.dep_ in {"nsubj", "csubj"}), None)
    return whole is not None and _names_the_whole(whole, words)


def _names_the_whole(whole, words) -> bool:
    """``whole`` names all of leading or all it needs, not a part of it (see ``trait_is_the_whole``)."""
    mattering = words["need_verbs"] | words["mattering_lemmas"]
    if whole.lemma_.lower() in words["need_verbs"]:  # "all a leader needs", read as a noun "needs" or a clause
        return any(c.lower_ == "all" for c in whole.subtree)
    kids = list(whole.children)
    the_one = any(c.lower_ == "one" for c in kids) and any(c.dep_ == "det" and c.lower_ == "the" for c in kids)
    total = the_one or whole.lemma_.lower() in words["whole_nouns"] or any(
        c.dep_ in {"amod", "predet", "det", "advmod"} and c.lower_ in words["whole_modifiers"] for c in kids)
    # A concession the parser hangs on the noun ("whatever the consultants say") restricts nothing.
    relatives = [c for c in kids if c.dep_ == "relcl" and not any(t.lower_ in words["concessive_words"] for t in c.subtree)]
    return total and all(r.lemma_.lower() in mattering for r in relatives)


def trait_not_questioned(tokens: Sequence) -> bool:
    """The clause naming the trait claims it: "What makes a leader? Honestly, it's mostly genetics." answers the
    question; "Leadership? Is it really just charisma?" only asks."""
    last = tokens[-1]
    return not asks(last.sent)


def it_stands_alone(tokens: Sequence) -> bool:
    """"Some people just have it." ends the thought; "some people just have it easier" (or "have it taught to them")
    goes on to say how, which is not a gift of the few."""
    last = tokens[-1]
    nxt = word_after(last, in_sentence=True)
    return nxt is None or (nxt.is_punct and nxt.text != "-") or nxt.lower_ in lm004_words()["it_tails"]


def pronoun_takes_up_the_leaders(tokens: Sequence) -> bool:
    """"Real leaders don't need a seminar. They walked in with it": the pronoun opening the next clause is the lead
    word's own people ("they" for leaders, "she"/"he" for a leader), so what they arrive with is said of them; a
    pronoun for someone else ("we arrive with it") or a lead word that is not a person ("leadership ...; they") is not."""
    lead = tokens[0]
    pronoun = next(t for t in tokens[1:] if t.pos_ == "PRON" and t.dep_ in SUBJECT_DEPS)
    if any(t.pos_ == "PRON" and t.dep_ in SUBJECT_DEPS for t in lead.doc[lead.i + 1:pronoun.i] if t.sent.start == pronoun.sent.start):
        return False
    words = lm004_words()
    between = lead.doc[lead.i + 1:pronoun.i]
    things = [t for t in between if t.tag_ == "NN" and t.dep_ in {"dobj", "pobj", "attr"}]
    if any(t.lower_ not in words["learning_nouns"] | words["learning_places"] for t in things):
        return False  # "The leaders ordered a cake. They came in with it": the thing they bring
    if lead.tag_ == "NNS":
        return pronoun.lower_ == "they"
    return lead.tag_ == "NN" and lead.lower_ != "leadership" and pronoun.lower_ in words["singular_third_persons"]


# Words for a person between "who"/"what" and its verb besides pronouns and names: "who a person is", "who someone is".
# Pronouns that name a thing, not a person: "what it is", "what that was".


def a_person_named(tokens: Sequence) -> bool:
    """"Leadership is who you are", "leading was simply what Jim was": the words before the last verb name the
    person leading is said to be; "leadership is what it is" or "what is needed" name no one."""
    words = lm004_words()
    asked = next(t for t in tokens if t.lower_ in words["identity_question_words"])
    named = [t for t in tokens if asked.i < t.i < tokens[-1].i]
    things, people = words["thing_pronouns"], words["person_words"]
    if not named or any(t.lower_ in things for t in named):
        return False
    return all(t.pos_ in {"PRON", "PROPN"} or t.lower_ in people for t in named)


def ranked_first(tokens: Sequence) -> bool:
    """What leading needs is reduced to the trait: "just need charisma" before it, or "more than anything",
    "above all", "first and foremost" right after it or fronted before the clause; "need charisma, but ... more"
    ranks it lower."""
    words = lm004_words()
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
    words = lm004_words()
    sentence = tokens[0].doc[tokens[0].sent.start:tokens[-1].sent.end]
    for share in sentence:
        if share.lemma_.lower() not in words["share_nouns"] or share.dep_ not in {"attr", "dobj", "appos"}:
            continue
        kids = list(share.children)
        the_one = any(c.lower_ == "one" for c in kids) and any(c.dep_ in {"det", "poss"} and c.lower_ not in words["indefinite_determiners"] for c in kids)
        some = not the_one and any(c.dep_ in {"det", "nummod"} and c.lower_ in words["one_of_many_determiners"] for c in kids)
        main = any(c.lower_ in words["main_share_modifiers"] or c.tag_ == "JJS" for c in kids if c.dep_ in {"amod", "advmod", "compound"})
        if some and not main:
            return False
    return True


def the_whole_of_it(tokens: Sequence) -> bool:
    """"is everything" or "is all that matters" makes the trait the whole; "is all over the news" does not."""
    last = tokens[-1]
    return last.lower_ == "everything" or last.lemma_.lower() in lm004_words()["mattering_lemmas"]


def _steps_keep_the_claim(path, verb) -> bool:
    """Each step from the trait up to the predicate stays inside what the clause says leading is or comes from: no
    other verb ("is about managing your temperament"), no clause of its own, and only prepositions that link."""
    words = lm004_words()
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
    words = lm004_words()
    rest = trait.doc[trait.i + 1:trait.sent.end]

    def grants(token) -> bool:
        if token.lemma_.lower() not in words["learning_lemmas"] and token.lower_ not in words["learning_lemmas"]:
            return False
        if token.pos_ in {"VERB", "AUX"}:
            return any(c.dep_ in SUBJECT_DEPS and c.lower_ in words["referring_pronouns"] for c in token.children)
        governing = governing_verb(token)
        return governing.i == verb.i or (governing.dep_ == "conj" and governing.head.i == verb.i)  # "... and shaped by practice"

    return any(grants(t) for t in rest) and not any(t.dep_ == "neg" or t.lower_ in condition_words("shared")["negative_subjects"] for t in rest)


def trait_linked_by_predicate(tokens: Sequence) -> bool:
    """The trait is what the predicate says of the lead word, a few steps down through links that equate, reduce or
    source ("comes down to", "a matter of", "stems from"); nothing between them grants more than the trait ("more
    than charisma"), and no learning is granted after it. A need ("leadership requires charisma") reduces leading to
    the trait only when ranked first ("just needs", "above all") or inborn ("requires an inborn charisma")."""
    words = lm004_words()
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
    if any(t._.lk_family == "manage" for t in path) and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in trait.children):
        return False  # "leaders are just managers with a louder Slack presence": a presence on a named platform is no trait of
        # the person; "leaders are just managers with charisma" still reduces the difference to the trait
    if any(t.lower_ in words["beyond_words"] for t in trait.doc[min(verb.i, trait.i) + 1:trait.i]):
        return False
    if _more_granted_after(trait, verb):
        return False
    body = trait.lower_ in words["body_of_the_person"]
    if body and not a_persons_make_up(trait):
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
    words = lm004_words()
    trait = tokens[-1]
    link = next(t for t in tokens if t.lemma_ in words["equating_lemmas"])
    lowered = [t.lower_ for t in trait.doc[link.i + 1:trait.i]]
    if any(w in words["outweighing_words"] for w in lowered) and not any(w in words["outweighing_deniers"] for w in lowered):
        return False
    if "in" in lowered and any(w in condition_words("shared")["indefinite_articles"] for w in lowered[lowered.index("in"):]):
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
    return any(t.lower_ in lm004_words()["weakening_tails"] for t in rest[:clause])


def _inborn(trait) -> bool:
    """The trait is an innate word or has one just before it ("an inborn charisma", "a natural gift for people")."""
    return any(t.lower_ in lm004_words()["innate"] for t in trait.doc[max(trait.sent.start, trait.i - 2):trait.i + 1])


def credited_to_the_trait_alone(tokens: Sequence) -> bool:
    """How one person led is a description ("she led by charm and careful planning"); it reduces leading to the trait
    when the trait gets all the credit: "alone" after it, "sheer", "nothing but" or "the only way he knew" before it,
    "and nothing else" after it, or a method denied for it ("not by any method but by presence"). A denial that
    reaches the trait ("did not lead by charm alone", "not by presence but by drill", "no one leads by charm alone"), a
    share ("partly", "too") and a passive ("was led by instinct alone", guided) do not."""
    words = lm004_words()
    lead, trait = tokens[0], tokens[-1]
    doc = lead.doc
    negative = condition_words("shared")["negative_subjects"]
    for child in lead.children:
        if child.dep_ == "auxpass" or (child.i < lead.i and (child.dep_ == "neg" or child.lower_ == "never")):
            return False
        if child.dep_ in SUBJECT_DEPS and (child.lower_ in negative or any(d.lower_ in words["negative_determiners"] for d in child.children)):
            return False  # "no one leads by charisma alone", "few people lead by charm alone"
    denied, corrected = False, False
    denying, correcting = words["denying_words"], words["correcting_words"]
    for token in doc[lead.i + 1:trait.i]:
        if token.lower_ in denying:
            denied = True
        elif denied and token.lower_ in correcting:
            denied, corrected = False, True
    if denied:
        return False
    rest = [t for t in doc[trait.i + 1:trait.sent.end] if not t.is_space]
    clause = next((n for n, t in enumerate(rest) if t.text in {";", ".", "!", "?"}), len(rest))
    rest = rest[:clause]
    if any(t.lower_ in words["weakening_tails"] or t.lower_ in words["learning_foils"] or learns(t) for t in rest):
        return False
    sole = words["sole_credit_words"]
    if corrected or any(t.lower_ in sole for t in doc[lead.i + 1:trait.i]):
        return True
    if rest and rest[0].lower_ == "alone":
        return True
    lowered = [t.lower_ for t in rest]
    heads, tails = words["nothing_else_heads"], words["nothing_else_tails"]
    return any(lowered[n] in heads and lowered[n + 1] in tails for n in range(len(lowered) - 1))


# Parts of speech of the words that lead up to a trait after "it's": "it's all", "it's in the", "it's just pure".
LEAD_UP_POS = frozenset({"DET", "ADP", "ADV", "PRON", "ADJ"})


# Parts of speech of a plain noun phrase, the object a lead verb takes before the copula of a label.
NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def label_taken_up_whole(tokens: Sequence) -> bool:
    """A trait that ends one sentence is a label for leading only when the next opens on a pronoun that takes it up and
    ends on the lead word, or on "is" after it: "... is charisma. That's all leadership is." ("We need charisma. That's
    the leadership team's job" goes on to name something else.) A relative clause of the trait's own may stand before
    the mark ("a personality that filled the room. That is leadership.")."""
    trait, lead = tokens[0], tokens[-1]
    mark = next((t for t in trait.doc[trait.i + 1:lead.i] if t.is_punct), lead)
    # "who" opens a clause about a person the parser may hang on the trait: "someone with charisma who can also plan"
    relative = {t.i for c in trait.children if c.dep_ in {"relcl", "acl"} and not any(w.tag_ == "WP" for w in c.subtree) for t in c.subtree}
    if any(t.i not in relative for t in trait.doc[trait.i + 1:mark.i]):
        return False  # only the trait's own relative clause stands between it and the label's mark
    if trait.sent.start == lead.sent.start:
        return True
    opener = lead.doc[lead.sent.start]
    if opener.lower_ not in lm004_words()["trait_pronouns"]:
        return False
    rest = [t for t in lead.doc[lead.i + 1:lead.sent.end] if not t.is_space]
    if lead.pos_ == "VERB":  # what the lead word takes: "That's all leading a climbing team is"
        while rest and rest[0].pos_ in NOUN_PHRASE_POS:
            rest = rest[1:]
    if rest and rest[0].lemma_ == "be":
        rest = rest[1:]
        if len(rest) > 1 and rest[0].text == "," and (rest[1].pos_ == "SCONJ" or rest[1].tag_ == "WRB"):
            return True  # a clause of time after it: "That's all leading is, when the weather turns"
    return all(t.is_punct for t in rest)


def owed_wholly_to_the_trait(tokens: Sequence) -> bool:
    """What leaders owe to the trait is the whole of what they achieve ("their success", "everything"), not "some of
    it"; the trait is what it is owed to (the object of "to", or the clause the parser hangs on "everything"), alone
    ("to charisma and hard work" shares it) and unhedged ("partly to charisma")."""
    words = lm004_words()
    verb = next(t for t in tokens if t.lemma_ == "owe")
    trait = tokens[-1] if tokens[-1].i != verb.i else None
    owed = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if trait is None or owed is None or owed.lower_ not in words["owed_wholes"]:
        return False
    if any(c.lower_ in words["partial_determiners"] for c in owed.children):
        return False  # "owe some success to charisma"
    path = path_up_to(trait, verb)
    if not path or len(path) > 3 or any(n.dep_ not in {"pobj", "prep", "relcl", "dobj"} for n in path):
        return False
    if any(n.dep_ == "conj" or any(c.dep_ in {"conj", "cc"} for c in n.children) for n in path):
        return False
    return not any(t.lower_ in words["hedges"] or t.lower_ in words["weakening_tails"] for t in verb.subtree)


def trait_decides_who_leads(tokens: Sequence) -> bool:
    """A trait that settles who leads makes leading the trait's outcome. The lead word must be in the question it
    settles (a "who", "which" or "whether" clause: "decides whether she becomes a leader", not "decides how a leader
    spends the budget"); the trait must settle it alone and outright: not one of several ("personality, together with
    experience, decides ..."), not hedged ("partly determines", "often decides"), and a noun of deciding only as the one
    ("the single determinant", not "a determinant" or "one determinant" among others)."""
    words = lm004_words()
    lead = next(t for t in tokens if t._.lk_family)
    decider = next(t for t in tokens if t.lemma_.lower() in words["deciding_verbs"] | words["deciding_nouns"])
    trait = next(t for t in tokens if t.i not in {lead.i, decider.i} and t.lower_ in words["traits"])
    if any(c.dep_ in {"conj", "cc"} or (c.dep_ == "prep" and c.lower_ != "of") for c in trait.children):
        return False
    path = path_up_to(lead, decider)
    if not path or not any(
            n.dep_ in {"ccomp", "pcomp", "relcl", "advcl", "xcomp"} and any(c.lower_ in words["question_openers"] for c in n.subtree if c.i < n.i)
            for n in path):
        return False
    verb = decider.head if decider.dep_ == "attr" else decider
    if any(c.lower_ in words["hedges"] or c.lower_ in words["weakening_tails"] for c in verb.children if c.dep_ in {"advmod", "neg", "npadvmod"}):
        return False
    if decider.dep_ == "attr":
        return any(c.dep_ == "det" and c.lower_ == "the" for c in decider.children) and not any(c.dep_ == "nummod" for c in decider.children)
    return True


def leader_is_the_conclusion(tokens: Sequence) -> bool:
    """After "therefore" or "so", the leader is what the trait is said to make someone ("charismatic, therefore a
    leader"), not the subject of a new clause ("she is charismatic, so a leader would notice her") nor anything a verb
    after it does."""
    lead = tokens[-1]
    if lead.dep_ in SUBJECT_DEPS:
        return False
    rest = [t for t in lead.doc[lead.i + 1:lead.sent.end] if not t.is_space]
    return not any(t.pos_ in {"VERB", "AUX"} and t.head.i == t.i or t.head.i == lead.i and t.dep_ == "relcl" for t in rest[:3])


def trait_has_no_partner(tokens: Sequence) -> bool:
    """The trait is had alone or with other traits ("having charisma and presence"); "having charisma and a plan" grants
    a share to something that is learned."""
    words = lm004_words()
    return all(c.lower_ in words["traits"] for c in tokens[-1].conjuncts)


def likeness_said_of_a_person(tokens: Sequence) -> bool:
    """An inborn trait leading is likened to is said of people ("the way some people are tall"), or named as a noun
    ("like perfect pitch"); an adjective before a noun ("leads like a tall man walking") describes how someone leads,
    and makes no likeness to a trait."""
    likeness = next(t for t in reversed(tokens) if t.lower_ in lm004_words()["inborn_likenesses"])
    return likeness.pos_ != "ADJ" or likeness.dep_ in PREDICATE_DEPS or likeness.dep_ == "conj"


def lead_named_after_its_trait(tokens: Sequence) -> bool:
    """"It's in the DNA, leadership", "Hereditary, this leading lark": the trait is said first, alone or after "it's",
    and the lead word comes after the comma as what "it" stood for, ending the clause. The words before the trait
    may only lead up to it ("it's all", "it's in the"), not hedge or turn it ("it's more than charisma, leadership",
    "it's never genetic"); the lead word must be the thing named, alone or as a vague "thing" ("It's a gift,
    leadership training for kids" names the training)."""
    words = lm004_words()
    trait, lead = tokens[0], tokens[-1]
    before = [t for t in trait.doc[trait.sent.start:trait.i] if not t.is_space]
    if before:
        if len(before) < 2 or before[0].lower_ not in words["trait_pronouns"] or before[1].lemma_ != "be":
            return False
        if any(t.pos_ not in LEAD_UP_POS or t.lower_ in words["hedges"] | words["claim_breaks"] for t in before[2:]):
            return False
    if lead.dep_ in {"compound", "amod"} and lead.head.lower_ not in words["dislocated_heads"]:
        return False
    beside = {t.i for c in lead.children if c.dep_ in {"conj", "cc", "punct", "appos"} for t in c.subtree}
    own = {t.i for t in lead.subtree if t.i not in beside} | {lead.head.i if lead.dep_ in {"compound", "amod"} else lead.i}
    for t in lead.doc[lead.i + 1:lead.sent.end]:
        if t.text in CLAUSE_END - {","}:
            break
        if t.i not in own and not t.is_space:
            return False
    return True



def the_rest_lack_it(tokens: Sequence) -> bool:
    """"Some people have leadership and some don't": the denial belongs to the second half, which says the rest lack
    what the first half gives the few. The claim stands unless the first half is itself denied ("It isn't true that
    some people have leadership and some don't", "nobody has leadership and some don't")."""
    lead = next(t for t in tokens if t._.lk_family)
    having = [t for t in tokens if t.i <= lead.i]
    return not is_negated(having) and not denied_head(lead)


def said_wholly(tokens: Sequence) -> bool:
    """"Shaped entirely by personality" makes the trait the whole of leading; "shaped by personality" makes it one
    influence among many, which the spec lets pass."""
    return any(t.lower_ in lm004_words()["wholly_adverbs"] for t in tokens)


def never_leads_without_it(tokens: Sequence) -> bool:
    """"If he lacks the born authority that makes people follow, he will never lead": a lack that bars leading for good.
    A particular thing left unled ("you'll never lead this team") is one task, and a lack itself denied ("if you don't
    lack charisma") supposes the opposite."""
    lead = next(t for t in tokens if t._.lk_family)
    specific = lm004_words()["specific_determiners"]
    if any(c.dep_ == "dobj" and any(d.dep_ in {"det", "poss"} and d.lower_ in specific for d in c.children) for c in lead.children):
        return False
    lack = next(c for c in lead.children if c.dep_ == "advcl" and c.lemma_.lower() == "lack")
    return not any(c.dep_ == "neg" for c in lack.children)


def _emanation_read_as_a_noun(verb, lead) -> bool:
    """The emanating verb the parser took for a noun modifying the lead word ("some ppl just ooze leadership": "ooze"
    a compound on "leadership"), which no English noun phrase is: it is the verb where an adverb of the clause stands
    just before it ("just", "simply"), and no negation or negative subject ("nobody in that office exudes leadership",
    whose "office exudes leadership" the parser reads as one noun phrase) comes before it."""
    if verb.dep_ != "compound" or verb.head.i != lead.i or verb.i == 0 or not lead._.lk_family:
        return False
    before, sent = verb.doc[verb.i - 1], verb.sent
    negative = condition_words("shared")["negative_subjects"]
    if any(t.lower_ in negative for t in verb.doc[sent.start:verb.i]):
        return False  # "nobody in that office exudes leadership"
    return before.pos_ == "ADV" and before.dep_ != "neg" and before.lower_ not in pattern_lists()["negations"]


def radiated_by_the_lead(tokens: Sequence) -> bool:
    """Leadership given off like an aura ("she exudes leadership", "the captain just radiates it", "leaders don't learn
    it; they radiate it") makes it a presence a person has rather than something done or learned. The emanating verb
    is the claim, so only its own negation denies it ("she doesn't radiate leadership"); one in an earlier clause is the
    contrast the claim is set against. What is given off is the lead word itself, or "it" given off by the leader, by a
    pronoun after the leaders, or after the lead word that "it" takes up ("she doesn't do leadership; she radiates it")."""
    given = tokens[-1]  # what is given off ends the match, the object of the emanating verb
    verb, lead = given.head, tokens[0] if given.lower_ == "it" else given
    negative = condition_words("shared")["negative_subjects"]
    if given.i == lead.i and _emanation_read_as_a_noun(tokens[0], lead):
        return True  # "some ppl just ooze leadership", the verb parsed as a noun on the lead word
    if given.dep_ != "dobj" or not lead._.lk_family:
        return False
    if any(c.dep_ == "neg" or (c.dep_ in SUBJECT_DEPS and c.lower_ in negative) for c in verb.children):
        return False
    if given.i == lead.i:
        return True  # "some people just ooze leadership"
    if lead.i > verb.i:
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return False
    if subject.i == lead.i or (lead.dep_ == "poss" and subject.i == lead.head.i):
        return True  # "our leader just radiates it"
    return subject.pos_ == "PRON" and subject.lower_ not in lm004_words()["thing_pronouns"]  # "... leadership; she radiates it"


CONDITIONS: dict = {
    "radiated-by-the-lead": radiated_by_the_lead,
    "never-leads-without-it": never_leads_without_it,
    "the-rest-lack-it": the_rest_lack_it,
    "said-wholly": said_wholly,
    "lead-named-after-its-trait": lead_named_after_its_trait,
    "likeness-said-of-a-person": likeness_said_of_a_person,
    "pronoun-takes-up-the-leaders": pronoun_takes_up_the_leaders,
    "trait-decides-who-leads": trait_decides_who_leads,
    "owed-wholly-to-the-trait": owed_wholly_to_the_trait,
    "a-person-named": a_person_named,
    "credited-to-the-trait-alone": credited_to_the_trait_alone,
    "trait-has-no-partner": trait_has_no_partner,
    "leader-is-the-conclusion": leader_is_the_conclusion,
    "label-taken-up-whole": label_taken_up_whole,
    "trait-not-outweighed": trait_not_outweighed,
    "trait-of-the-person": trait_of_the_person,
    "temperament-sets-the-bar": temperament_sets_the_bar,
    "has-it-or-not": has_it_or_not,
    "can-or-cannot-for-good": can_or_cannot_for_good,
    "most-of-it": most_of_it,
    "lacks-the-trait": lacks_the_trait,
    "trait-not-questioned": trait_not_questioned,
    "it-stands-alone": it_stands_alone,
    "ranked-first": ranked_first,
    "the-whole-of-it": the_whole_of_it,
    "not-one-share": not_one_share,
    "no-hedge-between": no_hedge_between,
    "trait-wins-the-comparison": trait_wins_the_comparison,
    "not-played-down": not_played_down,
    "trait-linked-by-predicate": trait_linked_by_predicate,
    "make-up-of-a-person": make_up_of_a_person,
    "one-thing-named": one_thing_named,
    "trait-is-the-subject": trait_is_the_subject,
    "its-as-it-is": its_as_it_is,
    "trait-is-the-whole": trait_is_the_whole,
    "whole-is-the-trait": whole_is_the_trait,
}
