"""LM002 (replacement) read as two clauses set against each other, one for each side.

Writers rarely say "replace" outright. They give each side a clause of its own and let the contrast do the work:
one side holds you back while the other sets you free, one is replaceable and the other is not, one is what
people want and the other what they get, one is what you fall back on when you fail at the other, one is
preferred to the other in any phrasing ("I'd rather report to a leader than to a manager"), a thing to be led and
not a thing to be managed. The parse finds the clause of each side; the words that give each clause its value are
data (``[conditions.LM002]`` in ``rules/lexicon.toml``).
"""
from __future__ import annotations

from typing import Sequence

from lintkit.engine.conditions.lm002 import denies_its_head
from lintkit.engine.conditions.shared import SUBJECT_DEPS, asks, family_tokens, next_sentence_end, parallel_forms, passive_agents, token_after
from lintkit.engine.conditions.words import condition_words, pattern_lists

# How far up the parse a clause is looked for: a relative clause above a failure ("managers who fail to lead"), the
# copula above a clause ("all they ever get is management").
HOPS_UP = 3
# The parts of a copula that hold the clause a side is equated with: "what they get is", "is what people want".
CLEFT_DEPS = frozenset({"csubj", "nsubj", "ccomp", "advcl", "attr"})
# How "worth" takes the price it sets on a side: "worth a dozen managers" (the parser's npadvmod), "worth ten managers".
PRICE_DEPS = frozenset({"npadvmod", "dobj", "pobj"})
# Words a side may carry before "or" without setting them off: "a manager's calendar or a leader's whiteboard".
SIDE_WORDS = 2
# How far after a pair "but never both" may stand: "led or managed, but surely never both".
REFUSAL_REACH = 5
# Dependencies that set two phrases or clauses side by side: "someone who leads, not someone who manages".
PARALLEL_DEPS = frozenset({"conj", "appos", "parataxis", "ccomp", "advcl"})
# Climbed from a family verb to the people its relative clause describes: "a boss with a vision who leads me".
DESCRIBING_DEPS = frozenset({"relcl", "acl", "pobj", "prep"})
# Climbed from a side to the phrase that sets it aside: "as opposed to merely managing", "in lieu of managing".
ALTERNATIVE_DEPS = frozenset({"pobj", "pcomp", "prep", "advcl", "advmod", "relcl", "dobj"})
# A family noun whose verb is the act said of it: "follow a leader", "hire for leadership".
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "oprd"})


def _words():
    return condition_words("LM002")


def _pair(tokens: Sequence):
    """The first and last family word of a match, if they belong to different families."""
    family = family_tokens(tokens)
    if len(family) < 2 or family[0]._.lk_family == family[-1]._.lk_family:
        return None
    return family[0], family[-1]


def _negated(verb) -> bool:
    negations = pattern_lists()["negations"]
    return any(c.dep_ == "neg" or c.lower_ in negations for c in verb.children)


def _links(one, other) -> bool:
    """Two clauses set side by side: one joined to the other, or sentences in a row."""
    if one.i == other.i:
        return False
    if one.head.i == other.i or other.head.i == one.i:
        return True
    return one.sent.start != other.sent.start and (one.sent.end == other.sent.start or other.sent.end == one.sent.start)


def _subject_side(side):
    """The clause a side is the subject of, directly or as the modifier of its subject ("the managerial mindset")."""
    token = side
    if token.dep_ == "compound" and token.head.pos_ == "VERB":
        return token.head  # "Leadership matters" misread: a noun cannot modify a verb, so it is its subject
    if token.dep_ == "compound" and _misread_verdict(token.head):
        return token.head  # "1. Leadership matters; ..." misread as a noun phrase "leadership matters"
    if token.dep_ in {"compound", "amod", "poss"} and token.head.i > token.i:
        token = token.head
    if token.dep_ not in {"nsubj", "nsubjpass", "csubj"} or token.head.pos_ not in {"VERB", "AUX"}:
        return None
    return token.head


def _misread_verdict(noun) -> bool:
    """A plural noun that heads a clause of its own with nothing to determine it, whose lemma is a verb of
    judgement: the tagger's reading of "matters", "counts", "scales" after a word it took for a modifier."""
    return (noun.tag_ == "NNS" and noun.dep_ in {"ROOT", "ccomp", "conj", "parataxis", "dep", "npadvmod"}
            and noun.lemma_.lower() in _words()["judging_verbs"] and not any(c.dep_ in {"det", "poss", "amod"} for c in noun.children))


def _slighted(side) -> bool:
    """"bad management holds you back": a side run down by an adjective is a poor version of it, not the function."""
    return any(c.dep_ == "amod" and c.lower_ in _words()["pejoratives"] for c in [*side.children, *side.head.children])


def _valence(verb) -> str | None:
    """"holds you back" holds, "sets you free" frees (a verb that needs its particle has it); after a copula, the
    word said of the side: "is a cost" holds, "is an investment" frees."""
    words = _words()
    if verb.lemma_ == "be":
        said = next((c for c in verb.children if c.dep_ in {"attr", "acomp"} and c.i > verb.i), None)
        if said is None or _negated(verb):
            return None
        lemma = said.lemma_.lower()
        if said.pos_ == "NOUN" and lemma in words["cure_words"] and any(c.dep_ == "prep" for c in said.children):
            return None  # "the team leader is the fix for it" answers one matter, not what a team needs
        if lemma in words["burden_words"] | words["ailment_words"]:
            return "holds"
        return "frees" if lemma in words["boon_words"] | words["cure_words"] else None
    lemma = verb.lemma_.lower()
    if lemma in words["valence_particle_verbs"] and not any(c.lower_ in words["valence_particles"] for c in verb.subtree if c.i > verb.i):
        return None
    if lemma in words["holding_verbs"]:
        return "holds"
    if lemma in words["freeing_verbs"]:
        return "frees"
    return None


def held_back_then_freed(tokens: Sequence) -> bool:
    """"The managerial mindset is holding you back; the leadership mindset sets you free", "Management is a cost.
    Leadership is an investment.": each side the subject of a clause of its own, one a burden, the other a boon."""
    pair = _pair(tokens)
    if pair is None:
        return False
    verbs = [_subject_side(side) for side in pair]
    if None in verbs or not _links(*verbs):
        return False
    if any(_negated(v) for v in verbs) or any(_slighted(side) or _one_holder(side) for side in pair):
        return False
    return {_valence(v) for v in verbs} == {"holds", "frees"}


def _copula_clause(side):
    """The copula a side is the subject of, with its predicate word if it has one: "Managers are replaceable" ->
    ("are", "replaceable"); "Leaders aren't." -> ("are", None)."""
    verb = _subject_side(side)
    if verb is None or verb.lemma_ != "be":
        return None
    predicate = next((c for c in verb.children if c.dep_ in {"acomp", "attr"} and c.i > verb.i), None)
    return verb, predicate


def _modal_clause(side):
    """The verb a side is the subject of under a modal, with the modal: "Management won't save you" -> ("save", "will");
    a modal left standing alone ("Leadership will.") is its own verb."""
    verb = _subject_side(side)
    if verb is None:
        return None
    modals = _words()["remedy_modals"]
    if verb.lemma_.lower() in modals and verb.tag_ == "MD":
        return verb, verb.lemma_.lower()
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.lemma_.lower() in modals), None)
    return None if modal is None else (verb, modal.lemma_.lower())


def _denied_remedy(pair) -> bool:
    """"Management won't save you. Leadership will.", "Management can't fix this. Only leadership can.": what one side
    cannot do, the other can, said with one verb of remedy and the same modal."""
    clauses = [_modal_clause(side) for side in pair]
    if None in clauses:
        return False
    (first, modal), (second, echo) = clauses
    if modal != echo or not _links(first, second) or _negated(first) == _negated(second):
        return False
    said = first if first.tag_ != "MD" else second
    if said.tag_ == "MD" or said.lemma_.lower() not in _words()["remedy_verbs"]:
        return False
    return first.tag_ == "MD" or second.tag_ == "MD" or first.lemma_ == second.lemma_


def _verdict_clause(side):
    """The verb of judgement a side is the subject of ("Leadership matters" -> ("matters", "matters")), or the
    auxiliary that stands for it ("management doesn't." -> ("does", None)); a copula gives its predicate word."""
    copula = _copula_clause(side)
    if copula is not None:
        return copula
    verb = _subject_side(side)
    if verb is None:
        return None
    if verb.lemma_.lower() in _words()["judging_verbs"]:
        return verb, verb
    standing_alone = (verb.pos_ == "AUX" or verb.lemma_ == "do") and not any(c.dep_ in {"xcomp", "dobj", "acomp", "attr", "ccomp"} and c.i > verb.i for c in verb.children)
    return (verb, None) if standing_alone else None


def one_is_the_other_is_not(tokens: Sequence) -> bool:
    """"Managers are replaceable. Leaders aren't.", "Leadership matters; management doesn't.": the same verdict said
    of one side and denied of the other, the second clause repeating the word or leaving it out; or the same remedy
    ("Management won't save you. Leadership will.")."""
    pair = _pair(tokens)
    if pair is None:
        return False
    if _denied_remedy(pair):
        return True
    clauses = [_verdict_clause(side) for side in pair]
    if None in clauses:
        return False
    (first, said), (second, echoed) = clauses
    if not _links(first, second) or _negated(first) == _negated(second) or said is None:
        return False
    if said.lemma_.lower() not in _words()["polar_verdicts"] and not (said.i == first.i and said.lemma_ != "be"):
        return False
    if said.pos_ == "NOUN" and any(c.dep_ == "prep" for c in said.children):
        return False  # "the manager isn't the answer to your payroll question" names one matter, not what a team needs
    return echoed is None or echoed.lemma_ == said.lemma_


def _valued_by(side):
    """The verb that says what people make of a side: its own verb when it is the object ("employees crave
    leadership"), or the verb of the clause it is equated with ("Leadership is what people want", "all they ever get
    is management")."""
    if side.dep_ == "dobj" and side.head.pos_ == "VERB":
        return side.head
    clause = _copula_clause(side)
    if clause is not None:
        copula = clause[0]
    elif side.dep_ == "attr" and side.head.lemma_ == "be":
        copula = side.head
    else:
        return None
    clauses = sorted((c for c in copula.children if c.dep_ in CLEFT_DEPS), key=lambda c: c.dep_ not in SUBJECT_DEPS)
    for child in clauses:
        if any(t._.lk_family for t in child.subtree):
            continue  # "What people want is leadership; what they get is management": the other side's own clause
        verb = next((t for t in child.subtree if t.pos_ in {"VERB", "AUX"} and t.lemma_ != "be"), None)
        if verb is not None:
            return verb
    return None


def _clause_head(verb):
    """The copula a verb's clause is equated by ("all they ever get is" -> "is"), else the verb itself."""
    token = verb
    for _ in range(HOPS_UP):
        if token.head.i == token.i:
            break
        token = token.head
        if token.lemma_ == "be":
            return token
    return verb


def wanted_then_settled_for(tokens: Sequence) -> bool:
    """"Leadership is what people actually want. Management is just what they get.", "Employees crave leadership but
    all they ever get is management": one side is what people want, the other what they are given instead."""
    pair = _pair(tokens)
    if pair is None:
        return False
    verbs = [_valued_by(side) for side in pair]
    if None in verbs or not _links(*(_clause_head(v) for v in verbs)):
        return False
    if any(_negated(v) or _negated(_clause_head(v)) for v in verbs):
        return False
    words = _words()
    settled = [words["settled_verbs"] | (words["owning_verbs"] if side.dep_ != "dobj" else frozenset()) for side in pair]
    lemmas = [v.lemma_.lower() for v in verbs]
    return any(lemmas[i] in words["wanted_verbs"] and lemmas[1 - i] in settled[1 - i] for i in (0, 1))


def _failed_clause(side):
    """The clause that says someone failed at a side or cannot do it: "failed to lead", "unable to lead", "when you
    can't lead", "when leadership fails"."""
    words = _words()
    if side.dep_ in SUBJECT_DEPS and side.head.lemma_.lower() in words["failure_words"]:
        return side.head
    if side.dep_ == "xcomp" and side.head.lemma_.lower() in words["failure_words"]:
        return side.head
    if side.pos_ == "VERB" and _negated(side) and any(c.dep_ == "aux" and c.lower_ in words["ability_modals"] for c in side.children):
        return side
    return _not_yet_learned(side)


def _not_yet_learned(side):
    """"before we knew how to lead", "until you learn to lead": a side not yet learned is one not yet done."""
    words = _words()
    learning = side.head
    if side.dep_ != "xcomp" or learning.lemma_.lower() not in words["learning_verbs"]:
        return None
    return learning if any(c.dep_ == "mark" and c.lower_ in words["not_yet_marks"] for c in learning.children) else None


def _clause_of(token):
    """The head of the clause a word sits in, so the failed clause and the other side's can be told apart."""
    while token.dep_ not in {"advcl", "ROOT", "relcl", "ccomp", "conj", "parataxis"} and token.head.i != token.i:
        token = token.head
    return token


def _conditions(clause, main) -> bool:
    """``clause`` is the "if"/"when" clause of ``main`` (or of a clause below it)."""
    marks = _words()["fallback_marks"] | _words()["not_yet_marks"]
    if clause.dep_ != "advcl" or not any(c.lower_ in marks for c in clause.children if c.i < clause.i):
        return False
    return main.i == clause.head.i or main in clause.ancestors


def fallback_for_failure(tokens: Sequence) -> bool:
    """"Management is what you do when you can't lead", "If you have to manage people, you've already failed to lead
    them", "Managing is for people who can't lead": one side is what is left where the other fails. The side fallen
    back on is not denied, and not the subject of what people do ("if you fail to manage, your leaders will step in")."""
    pair = _pair(tokens)
    if pair is None:
        return False
    for failed, other in (pair, pair[::-1]):
        failure = _failed_clause(failed)
        if failure is None or _failed_clause(other) is not None:
            continue
        here, there = _clause_of(failure), _clause_of(other)
        if here.i == there.i or _negated(there) or _declined(other):
            continue  # "you can't lead if you refuse to manage": the other side refused is one both need, no fallback
        if _left_to(here, other):
            return True
        if _describes_people(failure):
            continue
        if other.dep_ in SUBJECT_DEPS and other.head.lemma_ != "be":
            continue
        if failure.i == getattr(_not_yet_learned(failed), "i", None) and not (other.dep_ in SUBJECT_DEPS and other.head.lemma_ == "be"):
            continue  # "you learn to manage before you learn to lead" tells an order; "management is what we did before ..." a stage
        if _conditions(here, there) or _conditions(there, here):
            return True
    return False


def _declined(side) -> bool:
    """"refuse to manage", "neglect to lead": a side someone declines to do, which a negation would say as "won't"."""
    return side.dep_ == "xcomp" and side.head.lemma_.lower() in _words()["declining_verbs"]


def _left_to(clause, side) -> bool:
    """"Management is for those who cannot lead": the side is said to be for the people the failed clause describes."""
    people = clause.head
    if clause.dep_ != "relcl" or people.dep_ != "pobj" or people.head.lower_ != "for":
        return False
    copula = _subject_side(side)
    return copula is not None and copula.lemma_ == "be" and people.head.head.i == copula.i


def _describes_people(token) -> bool:
    """"Managers who fail to lead ..." describes people."""
    return any(t.dep_ == "relcl" for t in [token, *token.ancestors][:HOPS_UP])


def preferred_before_than(tokens: Sequence) -> bool:
    """"I'd rather report to a leader than to a manager": the side preferred stands before "than" under the verb of
    the preference, the other inside the "than" phrase, or in the act that "than" marks ("would rather follow a leader
    than report to a manager")."""
    pair = _pair(tokens)
    than = next((t for t in tokens if t.lower_ == "than"), None)
    if pair is None or than is None:
        return False
    new, old = pair
    weighed = than.head if than.dep_ == "mark" else than
    if not (new.i < than.i < old.i) or new in weighed.subtree or old not in weighed.subtree:
        return False
    if any(c.dep_ == "relcl" for side in pair for c in side.children):
        return False  # "rather report to a manager I trust than to a leader I don't" weighs two people
    below = [t for t in [new, *new.ancestors] if t.i != than.head.i and than.head in t.ancestors]
    return not any(t.dep_ in SUBJECT_DEPS for t in below)  # a subject below the preference says who acts, not what is preferred


def _to_be_done(side):
    """The thing a side is to be done to, by an infinitive in the passive: "a flock to be led" -> "flock"."""
    if not (any(c.lower_ == "to" for c in side.children) and any(c.dep_ == "auxpass" for c in side.children)):
        return None
    if side.dep_ in {"relcl", "acl"}:
        return side.head
    return next((c for c in side.children if c.dep_ == "nsubjpass"), None)  # "but a community to be led", misread


def _thing_denied(thing) -> bool:
    """"not a herd", "a school is not a factory": a negation on the thing or on the copula that names it."""
    negations = pattern_lists()["negations"]
    if any(t.lower_ in negations for t in thing.doc[max(thing.sent.start, thing.i - 3):thing.i]):
        return True
    return thing.dep_ == "attr" and _negated(thing.head)


def one_thing_to_be_done_not_the_other(tokens: Sequence) -> bool:
    """"This is a flock to be led, not a herd to be managed", "A school is not a factory to be managed but a community
    to be led": the same whole named twice, once as a thing for one side and, denied, as a thing for the other."""
    things = _side_by_side(tokens, _to_be_done)
    return things is not None and _thing_denied(things[0]) != _thing_denied(things[1])


def _side_by_side(tokens: Sequence, read):
    """What ``read`` finds for each side of the pair, when that is two different words in one sentence or in two
    sentences in a row; else None."""
    pair = _pair(tokens)
    if pair is None:
        return None
    found = [read(side) for side in pair]
    if None in found or found[0].i == found[1].i:
        return None
    first, second = found
    return found if second.sent.start in {first.sent.start, first.sent.end} else None


def same_heads(tokens: Sequence) -> bool:
    """"Leadership roles are replacing management roles": where the first side modifies a noun, the other modifies the
    same noun, so the two functions are swapped and not two different things ("the leadership team replaced the
    management consultants")."""
    pair = _pair(tokens)
    if pair is None:
        return False
    first, last = pair
    if first.dep_ not in {"compound", "amod"} or first.head.i < first.i:
        return True
    return last.dep_ in {"compound", "amod"} and last.head.i > last.i and last.head.lemma_ == first.head.lemma_


def parallel_or_clefted(tokens: Sequence) -> bool:
    """Like set against like ("managing my team when I should be leading it"), or the other side named by a cleft,
    whatever its form ("calling it management when what we should be doing is leading people")."""
    if parallel_forms(tokens):
        return True
    pair = _pair(tokens)
    if pair is None:
        return False
    last = pair[1]
    before = last.doc[pair[0].i + 1:last.i]
    return any(t.lower_ == "what" for t in before) and last.i > 0 and last.doc[last.i - 1].lemma_ == "be"


def words_before_over_are_the_firsts(tokens: Sequence) -> bool:
    """"prefers leading through influence over managing": the words between the first side and "over" are its own
    phrase; "put leaders in charge over managers" sets people over people."""
    pair = _pair(tokens)
    if pair is None:
        return False
    first = pair[0]
    over = next((t for t in tokens if t.i > first.i and t.lower_ == "over"), None)
    return over is not None and all(t in first.subtree for t in first.doc[first.i + 1:over.i])


def _denies(token) -> bool:
    """A negation on a word: "not someone", "nobody has followed", "never manage", "no longer managed"; or a particle
    that turns the act against its object: "screen out managers"."""
    for child in token.children:
        if denies_its_head(child):
            return True
        if child.dep_ == "prt" and child.lower_ in _words()["refusing_particles"]:
            return True
        if child.dep_ == "advmod" and child.lower_ not in _words()["amounts"] and any(c.dep_ == "neg" for c in child.children):
            return True  # "no longer managed"; "not enough leading" weighs an amount, as "too much managing" does
    return False


def _polar_unit(side):
    """The words whose negation says a side is refused, and the act both sides must share (None for a side that is
    the act itself): a family verb with the people its relative clause describes ("someone who leads" -> leads,
    someone; "a boss with a vision who leads me" -> leads, vision, with, boss); a family noun as the object of a
    verb, that verb ("follow a leader" -> follow)."""
    if side._.lk_form == "verb":
        chain = [side]
        while chain[-1].dep_ in DESCRIBING_DEPS and len(chain) <= HOPS_UP and chain[-1].head.pos_ not in {"VERB", "AUX"}:
            chain.append(chain[-1].head)
        return chain, None
    act = side.head.head if side.dep_ == "pobj" else side.head
    if side.dep_ not in OBJECT_DEPS or act.pos_ != "VERB":
        return None
    return [act], act.lemma_.lower()


def _join(one, other):
    """Where two units are set side by side: the positions in each of the words the parse joins, or None."""
    for m, a in enumerate(one):
        for n, b in enumerate(other):
            if b.head.i == a.i and b.dep_ in PARALLEL_DEPS or a.head.i == b.i and a.dep_ in PARALLEL_DEPS:
                return m, n
    return None


def _described(one, other) -> bool:
    """What two named things do, or what one person does: "the song never manages a bridge; the verse leads", "not
    managed by the office; led by the team", "she leads the design team and doesn't manage anyone"."""
    actors = [_actor(verb) for verb in (one, other)]
    if any(actor is not None and (actor.pos_ == "PROPN" or actor.lower_ in _words()["particular_people"]) for actor in actors):
        return True
    lemmas = {None if actor is None else actor.lemma_.lower() for actor in actors}
    return len(lemmas) == 2 and None not in lemmas


def _actor(verb):
    """Who does the act, when the clause names them: the agent of a passive ("led by the product team"), else the
    subject; a pronoun only when it points at one person ("she")."""
    agent = next(iter(passive_agents(verb)), None)
    subject = agent or next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.pos_ == "PRON" and subject.lower_ not in _words()["particular_people"]:
        return None
    return subject


def _clause_verb(side):
    """The verb a side's clause turns on: the side itself when it is the act, else the verb it is the subject or
    object of ("they don't want a manager" -> want)."""
    if side._.lk_form == "verb":
        return side
    return side.head if side.head.pos_ in {"VERB", "AUX"} and side.head.i != side.i else None


def not_told_apart_by_actor(tokens: Sequence) -> bool:
    """"The project is led by volunteers, not managed by staff", "He manages the warehouse; he doesn't lead the
    union": two different doers, or one particular person, say who does what; they swap no function. Doers that are
    the sides themselves ("led by leaders, not managed by managers") tell nothing apart."""
    verbs = _side_by_side(tokens, _clause_verb)
    if verbs is None:
        return True
    if any(actor is not None and actor._.lk_family for actor in map(_actor, verbs)):
        return True
    return not _described(*verbs)


def not_one_person_beside_the_group(tokens: Sequence) -> bool:
    """"Leadership, not your manager, approves transfers", "signed by leadership, not your manager": one particular
    manager set beside "leadership" as the subject or the agent of an act says who does it, and swaps no function; so
    does one particular person beside another ("Your manager, not your team leader, approves leave"). "Be the leader
    your people deserve, not their manager" puts a role in place of another, and "Your leader, not your manager, is
    the one you follow" says what the roles are."""
    pair = _pair(tokens)
    if pair is None:
        return True
    people = [t for t in pair if _particular_person(t)]
    if not people or not (len(people) == 2 or any(t._.lk_form == "abstract" for t in pair)):
        return True
    if len(people) == 2 and any(t.head.lemma_ == "be" for t in pair):
        return True
    return not any(t.dep_ == "nsubj" and t.head.pos_ in {"VERB", "AUX"} or t.dep_ == "pobj" and t.head.dep_ == "agent" for t in pair)


def _particular_person(token) -> bool:
    """One role holder named by whose it is ("your manager", "my team leader")."""
    return token._.lk_form == "agent" and token.tag_ == "NN" and any(
        c.dep_ == "poss" and c.lower_ in _words()["particular_owners"] for c in token.children)


def affirmed_for_one_denied_for_other(tokens: Sequence) -> bool:
    """"Soldiers will follow a leader into fire; nobody has ever followed a manager", "someone who leads, not someone
    who manages", "led, no longer managed": one act said of one side and denied of the other, in parallel clauses or
    phrases. Subjects are left out: "leaders inspire, managers don't" tells two jobs apart."""
    pair = _pair(tokens)
    if pair is None:
        return False
    units = [_polar_unit(side) for side in pair]
    if None in units or units[0][1] != units[1][1] or units[0][0][0].i == units[1][0][0].i:
        return False
    if units[0][1] in _words()["fault_verbs"]:
        return False  # "I don't blame my manager, I blame leadership": who is at fault, not which function to keep
    (first, _), (second, _) = units
    join = _join(first, second)
    if join is None:
        return False
    if units[0][1] is None and _described(first[0], second[0]):
        return False
    # a negation above the join is said of both: "no real difference between managing and leading"
    denied = [any(_denies(t) for t in chain[:end + 1]) for chain, end in zip((first, second), join)]
    if denied[0] == denied[1]:
        return False
    limiters = _words()["limiters"] | _words()["concessive_modals"]
    refused = first if denied[0] else second
    near = {t.lower_ for t in refused[0].doc[max(refused[0].sent.start, refused[0].i - 3):refused[0].i]}
    return not near & limiters  # "don't just manage", "may not be managing" add or concede


def _quantity(side):
    """The word that says how much of a side is wanted: "manage less", "more leadership", "half the managing",
    "less managing tickets", "zero time managing", "all of it leading"."""
    words = _words()
    amounts = words["fewer_words"] | words["more_words"]
    if side.dep_ in SUBJECT_DEPS and side.head.pos_ == "VERB":
        return None  # "fewer managers reported burnout" counts who did something
    holders = [side]
    if side.dep_ in {"compound", "amod"} and side.head.i > side.i:
        holders.append(side.head)
    if side.dep_ == "relcl" and side.head.i < side.i and not (side.head.dep_ in SUBJECT_DEPS and side.head.head.pos_ == "VERB"):
        holders.append(side.head)  # "more people who can lead": the people asked for stand for what they do
    holders.extend(c for c in side.head.children if c.lemma_.lower() in words["effort_nouns"] and c.i < side.i)
    # "and all my time leading": the measure of effort may hang on the side itself, as a noun of extent before it
    holders.extend(c for c in side.children if c.lemma_.lower() in words["effort_nouns"] and c.i < side.i)
    for holder in holders:
        for child in holder.children:
            if child.i != side.i and child.lower_ in amounts:
                return child
    return None


def more_of_one_less_of_other(tokens: Sequence) -> bool:
    """"Manage less. Lead more.", "Half the managing, twice the leading", "zero time managing and all of it leading":
    each side given its own amount, one cut and the other raised. "The more you lead, the less you manage" relates
    the two; it is no call to swap them, and "more leadership and no less management" keeps both."""
    amounts = _side_by_side(tokens, _quantity)
    if amounts is None or any(a.i > 0 and a.doc[a.i - 1].lower_ == "the" for a in amounts):
        return False
    words = _words()
    cuts = [a.lower_ in words["fewer_words"] for a in amounts]
    if any(_denied_cut(a) for a in amounts):
        return False
    return cuts[0] != cuts[1]


def verdict_stands_alone(tokens: Sequence) -> bool:
    """"Leading always, managing never." ends on its verdict; "management never far behind" goes on to say how near,
    which keeps both."""
    after = token_after(tokens[-1])
    return after is None or after.is_punct or after.is_space


def _denied_cut(amount) -> bool:
    """"no fewer", "no less", "not less": a cut word under a negation keeps as much, it cuts nothing."""
    return amount.lower_ in _words()["fewer_words"] and amount.i > 0 and amount.doc[amount.i - 1].lower_ in pattern_lists()["negations"]


def not_kept_as_much(tokens: Sequence) -> bool:
    """"We need more leaders and no fewer managers": a side with a denied cut right before it is kept as it is."""
    return not any(t.i > 0 and _denied_cut(t.doc[t.i - 1]) for t in family_tokens(tokens))


def _corrects(token) -> bool:
    """"or rather": the word after it corrects the word before it."""
    doc = token.doc
    return token.lower_ == "rather" and token.i > 0 and doc[token.i - 1].lower_ in _words()["correction_openers"]


def _hyphened_to(prefix, word) -> bool:
    """"over-managed, under-led": a marker joined to the word by a hyphen is part of the word (a diagnosis of balance),
    not a phrase that sets the word aside."""
    doc = word.doc
    return prefix.i + 2 == word.i and doc[prefix.i + 1].text == "-" and not prefix.whitespace_ and not doc[prefix.i + 1].whitespace_


def _set_aside_by(side):
    """The word that puts the phrase of a side aside as the alternative, and the word that phrase hangs on: "leaders
    instead of managers" -> (instead, leaders), "leads, as opposed to merely managing" -> (opposed, is), "leads in
    lieu of managing" -> (lieu, leads)."""
    words = _words()
    markers = words["alternative_markers"] | words["choice_markers"]
    marker = None
    token = side
    for _ in range(HOPS_UP + 1):
        if any(_corrects(c) for c in [token, *token.children]):
            return None  # "good management, or rather leadership" renames, it does not prefer
        if token.lower_ in markers or any(c.dep_ in {"advmod", "mark"} and c.lower_ in markers and not _hyphened_to(c, token) for c in token.children):
            marker = token
        if token.dep_ not in ALTERNATIVE_DEPS or token.head.i == token.i:
            break
        token = token.head
    if marker is None:
        return None
    attached = token.head
    if marker.lower_ in words["choice_markers"] and not any(t.lemma_.lower() in words["choosing_verbs"] for t in [attached, *attached.ancestors][:HOPS_UP]):
        return None  # "over" sets one thing aside only after a choice: "take a team that's led over one that's managed"
    return marker, attached


def one_in_place_of_the_other(tokens: Sequence) -> bool:
    """"A great head teacher leads a school, as opposed to merely managing one", "she leads in lieu of managing",
    "I'll take a team that's led over one that's managed": one side in a phrase that names it as what the other is put instead of, that phrase
    hanging on the other side's clause."""
    pair = _pair(tokens)
    if pair is None:
        return False
    for new, old in (pair, pair[::-1]):
        found = _set_aside_by(old)
        if found is None:
            continue
        marker, attached = found
        if new in marker.subtree or attached not in [new, *new.ancestors]:
            continue
        subject = next((c for c in new.children if c.dep_ in SUBJECT_DEPS), None)
        if new.dep_ in SUBJECT_DEPS and new.head.pos_ == "VERB" or subject is not None and subject._.lk_family == old._.lk_family:
            continue  # "as opposed to managers, tech leads don't have reports" compares who does what; "good managers lead" do both
        return True
    return False


def _rating(side) -> str | None:
    """"a mediocre leader" is rated poor, "a brilliant manager" fine; a hyphenated rating ("a so-so leader") is read
    whole, however the tokenizer cut it."""
    words = _words()
    for child in side.children:
        if child.dep_ in {"amod", "compound"} and child.i < side.i:
            rating = {child.lemma_.lower(), "".join(t.text for t in child.subtree).lower()}
            if rating & words["poor_ratings"]:
                return "poor"
            if rating & words["fine_ratings"]:
                return "fine"
    return None


def poor_one_above_fine_other(tokens: Sequence) -> bool:
    """"A mediocre leader will always get more out of people than a brilliant manager": even a poor one of one side is
    put above a fine one of the other, whatever the comparison ("than", or a verb of overtaking), so the other side is
    never worth having."""
    pair = _pair(tokens)
    if pair is None:
        return False
    first, last = pair
    if _rating(first) != "poor" or _rating(last) != "fine" or first.dep_ != "nsubj":
        return False
    verb = first.head
    if verb.lemma_.lower() in _words()["overtaking_verbs"] and last.dep_ == "dobj" and last.head.i == verb.i:
        at_one_task = any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)  # "... at scheduling"
        return not _negated(verb) and not at_one_task  # "a so-so leader outperforms a flawless manager"
    than = last.head
    if than.lower_ != "than" or last.dep_ != "pobj" or verb not in [than, *than.ancestors]:
        return False
    lowering = _words()["fewer_words"] | _words()["poor_ratings"]  # "gets less out of people", "does worse"
    return any(t.tag_ in {"JJR", "RBR"} and t.lemma_.lower() not in lowering for t in verb.subtree if t.i < than.i)


def asked_for_without_the_other(tokens: Sequence) -> bool:
    """"We want leaders who never manage", "hire managers who don't lead": people of one side asked for on condition
    that they never do the other. "Managers who never lead, and leaders who never manage, both fail" asks for no one;
    "we don't want leaders who never manage" asks for both."""
    pair = _pair(tokens)
    if pair is None:
        return False
    people, act = pair
    if people._.lk_form != "agent" or act._.lk_form != "verb" or act.dep_ != "relcl" or act.head.i != people.i:
        return False
    asking = people.head
    if people.dep_ != "dobj" or asking.lemma_.lower() not in _words()["asking_verbs"] or _negated(asking):
        return False
    if any(c.dep_ in {"prep", "advmod", "acomp"} and c.i > act.i for c in act.children):
        return False  # "managers who don't lead by fear" refuse a way of leading, not leading
    return _denies(act)


def both_refused_after_choice(tokens: Sequence) -> bool:
    """"Decide whether you're a manager or a leader, because you cannot be both", "Manager or leader? Nobody can be
    both.": the pair put as a choice, and having both refused after it ("trying to do both will wreck you"). "A manager
    or a leader? You can be both." grants both."""
    words = _words()
    family = family_tokens(tokens)
    first, last = family[0], family[-1]
    doc = first.doc
    if first.dep_ in SUBJECT_DEPS:
        return False  # "whether managers or leaders run the retro; both cannot attend" asks who does a task
    if _both_denied_with_the_pair(first, last):
        return True
    asked = _pair_closes_a_question(last)
    if not asked and not _clauses_offered(first, last) and not any(t.lemma_.lower() in words["choice_cues"] for t in doc[first.sent.start:first.i]):
        return False
    for both in doc[last.i + 1:next_sentence_end(last)]:  # this sentence and the next
        if both.lower_ != "both":
            continue
        above = [a for a in both.ancestors][:HOPS_UP + 1]
        if any(any(denies_its_head(c) for c in a.children) or a.lemma_.lower() in words["ruin_verbs"] for a in above):
            return True
    return False


def _pair_closes_a_question(last) -> bool:
    """"Manager or leader?", "are we hiring leaders or managers for the new pods?": the pair, with at most a phrase of
    its own after it (no verb, no other family word), ends a question, so the question asks which of the two."""
    doc = last.doc
    end = next((t.i for t in doc[last.i + 1:last.sent.end] if t.text == "?"), None)
    if end is None:
        return False
    return not any(t.pos_ in {"VERB", "AUX"} or t._.lk_family or t.is_punct for t in doc[last.i + 1:end])


def _clauses_offered(first, last) -> bool:
    """"You can manage your people or you can lead them": two clauses of their own, joined by "or", offer the acts as
    alternatives, as a choice cue would."""
    return (last.dep_ == "conj" and last.head.i == first.i and first.pos_ == "VERB"
            and all(any(c.dep_ in SUBJECT_DEPS for c in side.children) for side in (first, last)))


def aside_set_off_before_or(tokens: Sequence) -> bool:
    """"the Road of Managing, which is paved and boring, or the Trail of Leading": words the first side carries before
    "or" are an aside set off by a comma. Unset words ("a manager from finance or a leader from the union") pick out a
    person by where they come from, a choice of who, not of the function."""
    first = family_tokens(tokens)[0]
    joint = next((t for t in tokens if t.lower_ == "or" and t.i > first.i), None)
    if joint is None:
        return True
    between = first.doc[first.i + 1:joint.i]
    if len(between) and between[0].text == ",":
        return True
    # nor may they be what the side names ("a management track or a leadership track": a choice of course)
    return len(between) <= SIDE_WORDS and not any(t.pos_ == "ADP" or t.i == first.head.i for t in between)


def _both_denied_with_the_pair(first, last) -> bool:
    """"a school could be led or managed but never both", "a manager or a leader, not both": the refusal of both hangs
    on the pair itself, so the pair is a choice however it is put ("led and managed, never one without the other"
    joins no "or")."""
    if not any(t.lower_ == "or" for t in first.doc[first.i + 1:last.i]):
        return False
    negations = pattern_lists()["negations"]
    for both in first.doc[last.i + 1:min(last.sent.end, last.i + 1 + REFUSAL_REACH)]:
        if both.lower_ != "both" or both.head.i not in {first.i, last.i}:
            continue
        return any(denies_its_head(c) for c in both.children) or both.doc[both.i - 1].lower_ in negations
    return False


def _described_group(pronoun):
    """The noun a relative clause opened by ``pronoun`` describes: the word right before it ("charities that ...")."""
    return pronoun.doc[pronoun.i - 1] if pronoun.i > pronoun.sent.start else None


def same_kind_both_ways(tokens: Sequence) -> bool:
    """"Charities that are led grow; charities that are merely managed shrink", "a director who leads keeps them; one
    who manages loses them": both groups are of one kind, so only the side that runs them tells their fortunes apart.
    "Managers who lead keep their teams; leaders who only manage lose them" sets two groups of the families themselves
    apart, and "schools that are led grow; hospitals that are managed shrink" two kinds of place."""
    relatives = [t for t in tokens if t.lower_ in _words()["relative_pronouns"] and t.dep_ != "mark"]
    if len(relatives) != 2:
        return False
    groups = [_described_group(r) for r in relatives]
    if None in groups or any(g._.lk_family or g.pos_ not in {"NOUN", "PRON", "PROPN", "NUM"} for g in groups):
        return False
    first, second = (g.lemma_.lower() for g in groups)
    return first == second or second in _words()["back_references"]


def _said_of(verb):
    """What a clause says its subject is or where it belongs: the copula's predicate ("is a fax machine"), or the
    place after another verb ("belongs in a museum", "goes on the scrapheap")."""
    if verb.lemma_ == "be":
        said = next((c for c in verb.children if c.dep_ in {"attr", "acomp"} and c.i > verb.i), None)
        if said is None:  # "leadership is what this century runs on": a free relative says it
            said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and any(
                t.tag_ in {"WP", "WDT"} and t.i < c.i for t in c.subtree)), None)
        return said
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i), None)
    return None if prep is None else next((c for c in prep.children if c.dep_ == "pobj"), None)


def _relic(said) -> bool:
    """"a fax machine", "a museum", "the history books", "a twentieth-century idea": the thing said or its compound
    names what time has left behind, or dates it to a time gone by."""
    words = _words()
    relics = words["relic_words"]
    modifiers = [c for c in said.children if c.dep_ in {"compound", "amod"}]
    return any(t.lemma_.lower() in relics for t in [said, *modifiers]) or any(
        t.lemma_.lower() in words["bygone_times"] and any(m.lower_ in words["bygone_markers"] for m in t.children) for t in modifiers)


def _one_holder(side) -> bool:
    """"Our old manager was a dinosaur": an owner or a word of tenure makes the side one holder of a post."""
    return any(c.dep_ == "poss" or c.lemma_.lower() in _words()["tenure_words"] for c in side.children)


def relic_then_successor(tokens: Sequence) -> bool:
    """"The manager is a fax machine. The leader is the smartphone.", "Management belongs in a museum. Leadership belongs
    in the boardroom.": the two sides said the same way in clauses side by side, one given to what time has left
    behind and the other not, so the other is what came after it."""
    pair = _pair(tokens)
    if pair is None or any(_one_holder(side) for side in pair):
        return False
    verbs = [_subject_side(side) for side in pair]
    if None in verbs or not _links(*verbs) or verbs[0].lemma_ != verbs[1].lemma_ or any(_negated(v) for v in verbs):
        return False
    said = [_said_of(v) for v in verbs]
    return None not in said and _relic(said[0]) != _relic(said[1])


def _worth_subject(side):
    """The subject a side makes worth something: the side itself, or the person its relative clause describes ("a nurse
    who leads"), unless that person is of the other family ("a manager who leads" asks a manager to lead)."""
    if side.dep_ == "relcl" and side.head.dep_ == "nsubj" and not side.head._.lk_family:
        return side.head
    return side if side.dep_ == "nsubj" else None


def _compared_with(than, deps=frozenset({"pobj"})):
    """What "than" weighs a side against: its object, or what a measure of it counts ("any number of managers"); with
    ``deps`` of a price, what "worth" prices a side at ("worth a dozen managers", "worth a whole floor of managers")."""
    thing = next((c for c in than.children if c.dep_ in deps), None)
    for _ in range(HOPS_UP):
        if thing is None or thing._.lk_family:
            return thing
        of = next((c for c in thing.children if c.dep_ == "prep" and c.lower_ in _words()["measure_links"]), None)
        thing = None if of is None else next((c for c in of.children if c.dep_ == "pobj"), None)
    return None


def worth_more_than_other(tokens: Sequence) -> bool:
    """"A senior nurse who leads is worth more to a ward than any number of managers": one side, or a person doing it,
    said to be worth more than any amount of the other, or worth a count of it ("worth a dozen managers"), whatever stands
    between them. One holder of a post ("than the manager she replaced") is a person weighed against a person."""
    pair = _pair(tokens)
    if pair is None:
        return False
    side, other = pair
    subject = _worth_subject(side)
    if subject is None or subject.head.lemma_ != "be" or _negated(subject.head):
        return False
    worth = next((c for c in subject.head.children if c.dep_ in {"acomp", "attr"} and c.i > subject.head.i), None)
    if worth is None or worth.lemma_.lower() not in _words()["worth_words"] and worth.lower_ not in _words()["worth_words"]:
        return False
    if any(c.dep_ == "prep" and c.lower_ in _words()["respect_prepositions"] for c in [*worth.children, *subject.head.children]):
        return False  # "leaders are better at vision than managers" weighs one skill, not the two functions
    than = next((t for t in subject.head.subtree if t.lower_ == "than" and worth.i < t.i < other.i), None)
    if than is None:
        if worth.lower_ != "worth" or getattr(_compared_with(worth, PRICE_DEPS), "i", None) != other.i:
            return False  # "is worth a dozen managers": the other side is the price itself
    elif other.i not in [t.i for t in [than.head, than.head.head]] and getattr(_compared_with(than), "i", None) != other.i:
        return False  # "than a dozen managers" may hang from the side it counts, or from its number
    return not any(c.dep_ in {"relcl", "poss"} for c in other.children) and not _one_holder(other)


def dispensable_then_needed(tokens: Sequence) -> bool:
    """"Leadership is a luxury; what a startup at this stage needs is management": one side said to be something a team
    can do without, the other what it needs, in clauses side by side."""
    pair = _pair(tokens)
    if pair is None:
        return False
    words = _words()
    for spare, needed in (pair, pair[::-1]):
        clause = _copula_clause(spare) if spare.dep_ == "nsubj" else None
        if clause is None or clause[1] is None or clause[1].lemma_.lower() not in words["dispensable_words"] or _negated(clause[0]):
            continue
        head = _needed_by(needed)
        if head is None or any(t._.lk_family == spare._.lk_family for t in needed.conjuncts):
            continue  # "what a startup needs is management and leadership alike" needs both
        if _links(clause[0], head):
            return True
    return False


def _needed_by(side):
    """The verb that needs a side ("our clinic needs management"), or the copula of a cleft whose clause needs it ("what
    a startup needs is management", also where the tagger reads "needs" as a noun); None when the need is denied."""
    needing = _words()["needing_verbs"]
    if side.dep_ == "dobj" and side.head.lemma_.lower() in needing:
        return None if _negated(side.head) else side.head
    if side.dep_ != "attr" or side.head.lemma_ != "be" or _negated(side.head):
        return None
    clause = next((c for c in side.head.children if c.dep_ == "csubj" and c.i < side.i), None)
    if clause is None or not any(t.lemma_.lower() in needing for t in clause.subtree) or _negated(clause):
        return None
    return side.head


def picked_in_the_next_sentence(tokens: Sequence) -> bool:
    """"Managers keep score. Leaders change the game. This book will turn you from the first into the second.", "...
    I know which one I'm choosing.": each side the subject of a clause of its own, and the sentence right after takes
    one of the two by its place in the pair or by "which one", with a verb of choosing or remaking that nothing denies,
    or a bare "be" ("Be the second."). "The second is harder" ranks and "which one are you?" asks."""
    pair = _pair(tokens)
    if pair is None:
        return False
    verbs = [_subject_side(side) for side in pair]
    if None in verbs or not _links(*verbs) or any(_negated(v) for v in verbs):
        return False
    doc = pair[1].doc
    end = pair[1].sent.end
    while end < len(doc) and doc[end].is_space:
        end += 1  # the blank line between two paragraphs of a post
    if end >= len(doc):
        return False
    picking = doc[end].sent
    if asks(picking) or any(t._.lk_family or t.lower_ in _words()["both_markers"] for t in picking):
        return False
    return any(_picks(target) for target in picking if _names_a_place_in_the_pair(target))


def _names_a_place_in_the_pair(token) -> bool:
    """"the second", "the latter", "which one"."""
    words = _words()
    if token.lower_ in words["pair_places"]:
        return True
    return token.lower_ == "one" and any(c.lower_ == "which" for c in token.children)


def _picks(target) -> bool:
    """The verb over a place in the pair takes it: "choose the latter", "turn you from the first into the second", "Be
    the second."."""
    words = _words()
    for verb in target.ancestors:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = verb.lemma_.lower()
        if _negated(verb):
            return False
        if lemma in words["choosing_verbs"] | words["remaking_verbs"]:
            return True
        if lemma in words["being_verbs"]:
            return verb.dep_ == "ROOT" and verb.tag_ == "VB" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        return False
    return False


def others_one_we_the_other(tokens: Sequence) -> bool:
    """"While other firms are still hiring managers, we've been hiring leaders": one side is what others do, set off by
    "while" or "whereas", the other what the writer does by the same verb, so the writer's side is the one chosen in
    its place. A different verb ("while the board hires managers, we train leaders") splits the work instead."""
    pair = _pair(tokens)
    if pair is None:
        return False
    first, last = pair
    theirs, ours = first.head, last.head
    if first.dep_ != "dobj" or last.dep_ != "dobj" or theirs.lemma_ != ours.lemma_ or theirs.head.i != ours.i or theirs.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _words()["others_marks"] for c in theirs.children) or _negated(theirs) or _negated(ours):
        return False
    writer = _words()["writer_doers"]
    subjects = [next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) for verb in (theirs, ours)]
    return None not in subjects and subjects[1].lower_ in writer and subjects[0].lower_ not in writer


CONDITIONS = {
    "others-one-we-the-other": others_one_we_the_other,
    "verdict-stands-alone": verdict_stands_alone,
    "not-kept-as-much": not_kept_as_much,
    "picked-in-the-next-sentence": picked_in_the_next_sentence,
    "both-refused-after-choice": both_refused_after_choice,
    "aside-set-off-before-or": aside_set_off_before_or,
    "same-kind-both-ways": same_kind_both_ways,
    "asked-for-without-the-other": asked_for_without_the_other,
    "poor-one-above-fine-other": poor_one_above_fine_other,
    "one-in-place-of-the-other": one_in_place_of_the_other,
    "affirmed-for-one-denied-for-other": affirmed_for_one_denied_for_other,
    "not-told-apart-by-actor": not_told_apart_by_actor,
    "not-one-person-beside-the-group": not_one_person_beside_the_group,
    "more-of-one-less-of-other": more_of_one_less_of_other,
    "held-back-then-freed": held_back_then_freed,
    "relic-then-successor": relic_then_successor,
    "worth-more-than-other": worth_more_than_other,
    "dispensable-then-needed": dispensable_then_needed,
    "one-is-the-other-is-not": one_is_the_other_is_not,
    "wanted-then-settled-for": wanted_then_settled_for,
    "fallback-for-failure": fallback_for_failure,
    "preferred-before-than": preferred_before_than,
    "same-heads": same_heads,
    "one-thing-to-be-done-not-the-other": one_thing_to_be_done_not_the_other,
    "parallel-or-clefted": parallel_or_clefted,
    "words-before-over-are-the-firsts": words_before_over_are_the_firsts,
}
