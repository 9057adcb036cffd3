"""LM002 (replacement) read across two clauses: one side let go and the other taken up, a path from one to the
other, one side handed to the past, denied in one clause and asked for in the next.

The parse, not the word order, joins the two sides, so any wording between them fits; the conditions check
what a dependency pattern cannot say (which side came first, that the two clauses do the same act, that a side
is not just the subject of what people do).
"""
from __future__ import annotations

from typing import Sequence

from lintkit.engine.conditions.lm002 import denies_its_head
from lintkit.engine.conditions.shared import family_tokens
from lintkit.engine.conditions.words import condition_words


def _with_particle(verb, particles) -> bool:
    """"put away", "let go of", "pick up": a verb that needs a particle to let go or take up has one."""
    if verb.lemma_.lower() not in condition_words("LM002")["particle_verbs"]:
        return True
    return any(c.lower_ in particles for c in verb.children if c.i > verb.i)


def _act(verb) -> str | None:
    """The act a letting-go or taking-up verb governs, unless it is a side itself: "thinking" in "stop thinking of
    yourself as their manager"; None in "stop managing"."""
    acts = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB" and not c._.lk_family]
    return acts[0].lemma_.lower() if acts else None


def _let_go_and_take_up(tokens):
    """The letting-go verb, the taking-up verb and the two sides of a let-go-take-up match, or None."""
    words = condition_words("LM002")
    drop = next((t for t in tokens if t.lemma_.lower() in words["letting_go_verbs"] and not t._.lk_family), None)
    family = family_tokens(tokens)
    if drop is None or len(family) < 2:
        return None
    take = next((t for t in tokens if t.head.i == drop.i and t.i != drop.i and t.lemma_.lower() in words["taking_up_verbs"]), None)
    return None if take is None else (drop, take, family[0], family[-1])


def _through_subject(token, top) -> bool:
    """Whether ``token`` hangs under ``top`` as (part of) its subject: "the manager left" says who, not what is let go."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ in {"nsubj", "nsubjpass"}:
            return True
        token = token.head
    return False


def let_go_before_take_up(tokens: Sequence) -> bool:
    """"Stop managing and start leading": the side let go comes first, outside the clause that takes the other up."""
    found = _let_go_and_take_up(tokens)
    if found is None:
        return False
    drop, take, old, new = found
    words = condition_words("LM002")
    if not (drop.i < old.i < take.i <= new.i and old not in take.subtree and new in take.subtree):
        return False
    if _through_subject(old, drop) or _through_subject(new, take):
        return False  # "the manager left and a new leader started": people coming and going
    return _with_particle(drop, words["letting_go_particles"]) and _with_particle(take, words["taking_up_particles"])


def same_path_both_sides(tokens: Sequence) -> bool:
    """"stop thinking of yourself as their manager and start thinking of yourself as their leader": the same act on
    both sides; "stop hiring managers and start training leaders" changes the act, not the function."""
    found = _let_go_and_take_up(tokens)
    if found is None:
        return False
    drop, take, _, _ = found
    return _act(drop) == _act(take)


def path_in_order(tokens: Sequence) -> bool:
    """"the shift from a culture of management to a culture of leadership": one side after "from", the other after "to"."""
    family = family_tokens(tokens)
    starts = condition_words("LM002")["path_starts"]
    start = next((t for t in tokens if t.lower_ in starts), None)
    end = next((t for t in tokens if start is not None and t.i > start.i and not t._.lk_family
                and (t.dep_ in {"prep", "dative"} or t.dep_ == "conj" and t.head.i == start.i)), None)  # "beyond X and into Y"
    if start is None or end is None or len(family) < 2:
        return False
    old, new = family[0], family[-1]
    return start.i < old.i < end.i < new.i and old in start.subtree and old not in end.subtree and new in end.subtree


def old_given_up(tokens: Sequence) -> bool:
    """"Management belongs to the industrial age; leadership belongs to ours": the earlier side is given to the past
    or let go, in the same sentence or the one before."""
    words = condition_words("LM002")
    family = family_tokens(tokens)
    owner = next((t for t in tokens if t.lemma_.lower() in words["belonging_lemmas"] and not t._.lk_family), None)
    if owner is None or len(family) < 2:
        return False
    old = family[0]
    clause = old
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    if clause.i == owner.i:
        return False  # "management is the past and leadership the future" is one clause: a comparison, not a hand-over
    if any(t.lemma_.lower() in words["letting_go_verbs"] for t in [clause, *clause.ancestors]):
        return True  # "forget management, because the future belongs to leaders"
    past = words["past_times"] | words["obsolete_words"]
    owners = {t.i for t in owner.subtree} if owner in clause.subtree else set()
    return any(t.lower_ in past or _is_year(t) for t in clause.subtree if t.i not in owners)


def _is_year(token) -> bool:
    """"Managing is so 2010": a year dates a side."""
    return token.like_num and len(token.text) == 4 and token.text[:2] in {"19", "20"}


def _adjacent_sentences(first, second) -> bool:
    return first.sent.start == second.sent.start or first.sent.end == second.sent.start


def same_act_then_and_next(tokens: Sequence) -> bool:
    """"Management got us here. Leadership will get us there.": one side did the act, the other will do it next."""
    family = family_tokens(tokens)
    before = next((t for t in tokens if t.tag_ == "VBD"), None)
    after = tokens[-1]
    if before is None or len(family) < 2:
        return False
    return before.lemma_ == after.lemma_ and family[0].head.i == before.i and _adjacent_sentences(family[0], family[-1])





def handed_over(tokens: Sequence) -> bool:
    """"management has stepped aside and leadership has taken over": "step", "give", "take" need their particle
    ("step aside", "give way", "take over"); "leadership stepped up" alone takes nothing over."""
    words = condition_words("LM002")
    family = family_tokens(tokens)
    if len(family) < 2:
        return False
    old, new = family[0], family[-1]
    yielding, rising = old.head, new.head
    if not (old.i < new.i and rising.head.i == yielding.i):
        return False
    return _with_particle(yielding, words["yielding_particles"]) and _with_particle(rising, words["rising_particles"])


def ended_then_risen(tokens: Sequence) -> bool:
    """"THE END OF MANAGEMENT — How Leaders Are Taking Over", "the decline of management and the rise of leadership": one
    side's end named as a noun, and the other the subject of a verb of taking over or the owner of a noun of rising.
    "At the end of management training" dates something, "nobody is announcing the end of management" denies it, and
    "leaders took over" with nothing ended is no swap."""
    words = condition_words("LM002")
    family = family_tokens(tokens)
    if len(family) < 2:
        return False
    ending, new = tokens[0], family[-1]
    if ending.lower_ not in words["ending_nouns"] or ending.dep_ == "pobj" and ending.head.lower_ in words["time_prepositions"]:
        return False
    if any(denies_its_head(c) for t in [ending, *ending.ancestors] for c in t.children):
        return False  # "Nobody is announcing the end of management", "not the end of management"
    rising = new.head
    if new.dep_ in {"nsubj", "nsubjpass"} and rising.lemma_.lower() in words["rising_verbs"]:
        return _with_particle(rising, words["rising_particles"]) and not any(c.dep_ == "neg" for c in rising.children)
    return new.dep_ == "pobj" and rising.head.lower_ in words["rising_nouns"]


def _clause_root(token):
    """The head of the clause a word sits in, climbing through complements ("someone willing to lead" -> "needs")."""
    links = condition_words("LM002")["clause_links"]
    while token.dep_ not in links and token.dep_ not in {"ROOT", "advcl"} and token.head.i != token.i:
        token = token.head
    return token


def denied_then_asked_for(tokens: Sequence) -> bool:
    """"doesn't need more management; it needs someone willing to lead": a clause denies one side, the next one, not
    denied, asks for the other with a verb of asking, and for nothing of the first.

    "We don't need more managers; we need managers who lead" asks for the first side again: not a swap.
    """
    words = condition_words("LM002")
    family = family_tokens(tokens)
    denied = next((t.head for t in tokens if t.dep_ == "neg"), None)
    if denied is None or len(family) < 2:
        return False
    old, new = family[0], family[-1]
    no, yes = _clause_root(denied), _clause_root(new)
    if yes.i == no.i or yes.i < no.i and no.head.i != yes.i:
        return False
    linked = (no.head.i == yes.i and no.dep_ in words["clause_links"]) or (yes.head.i == no.i and yes.dep_ in words["clause_links"])
    if not linked or any(c.dep_ == "neg" for c in yes.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in words["supposing_marks"] for c in [*no.children, *yes.children]):
        return False  # "if you don't need managers, ..." supposes
    if _through_subject(old, denied) or _through_subject(new, yes):
        return False  # "the managers didn't want it; the leaders needed it" says who wanted what
    own = {t.i for t in no.subtree} if no in yes.subtree else set()
    if any(t._.lk_family == old._.lk_family for t in yes.subtree if t.i not in own):
        return False
    asking = words["asking_verbs"]
    return denied.lemma_ in asking and yes.lemma_ in asking


def same_means_refused(tokens: Sequence) -> bool:
    """"Lead with vision, not with management", "manage by the numbers, never by leadership": the act done one way, and
    the other side refused as the way to do it, with the same preposition before each way. "Lead with your team, not
    against it" sets two stances, not two functions; "lead with vision, not by title" refuses no side; "managers who lead
    with vision, not with management" describes people."""
    family = family_tokens(tokens)
    first, last = family[0], family[-1]
    if first.dep_ in {"relcl", "acl"}:
        return False
    means = condition_words("LM002")["means_prepositions"]
    ways = [t for t in tokens if first.i < t.i < last.i and t.lower_ in means]
    if len(ways) < 2 or ways[0].lower_ != ways[-1].lower_:
        return False
    return ways[0].head.i == first.i


CONDITIONS = {
    "same-means-refused": same_means_refused,
    "let-go-before-take-up": let_go_before_take_up,
    "same-path-both-sides": same_path_both_sides,
    "path-in-order": path_in_order,
    "old-given-up": old_given_up,
    "handed-over": handed_over,
    "ended-then-risen": ended_then_risen,
    "same-act-then-and-next": same_act_then_and_next,
    "denied-then-asked-for": denied_then_asked_for,
}
