"""LM002 (replacement): descriptions of people and of where time goes, requests for both, splits by object,
concessions and cited forms are not substitutions."""
from __future__ import annotations

from typing import Sequence

from lintkit.engine.conditions.shared import family_tokens
from lintkit.engine.conditions.words import condition_words


def _words():
    return condition_words("LM002")


def _relative(token, pronouns) -> bool:
    return bool(token._.lk_family) and token.dep_ == "relcl" and any(c.lower_ in pronouns for c in token.children)


def not_relative_clause(tokens: Sequence) -> bool:
    """"Managers who never lead, and leaders ..." describes people; it does not command.

    The same head on both sides ("not someone who manages, someone who leads") sets one
    kind of person against the other, which is the contrast itself.
    """
    pronouns = condition_words("LM002")["relative_pronouns"]
    relatives = [t for t in tokens if _relative(t, pronouns)]
    if not relatives:
        return True
    family = family_tokens(tokens)
    if len(relatives) == 2 and len({t._.lk_family for t in relatives}) == 2 and relatives == [family[0], family[-1]]:
        return relatives[0].head.lemma_.lower() == relatives[1].head.lemma_.lower()
    return False


def negated_wish(tokens: Sequence) -> bool:
    """"Nobody wants to be managed; ..." negates a wish; "we don't replace managers with ..." negates another act."""
    family = family_tokens(tokens)
    first_family = family[0]
    between = tokens[0].doc[tokens[0].i + 1:first_family.i]
    wishes = condition_words("LM002")["wish_verbs"]
    between = [t for t in between if not (t.dep_ == "auxpass" and t.head.i == first_family.i)]  # "can't be managed"
    # "We're not hiring a manager; we're hiring a leader": the same act, repeated for the other side.
    repeated = {t.lemma_ for t in tokens[0].doc[first_family.i + 1:family[-1].i] if t.pos_ == "VERB"}
    return all(t.lemma_ in wishes or t.lemma_ in repeated for t in between if t.pos_ in {"VERB", "AUX"})


def not_both_required(tokens: Sequence) -> bool:
    """"... not only managers but also leaders" asks for both."""
    words = condition_words("LM002")
    doc = tokens[0].doc
    window = doc[max(tokens[0].sent.start, tokens[0].i - 3):min(tokens[-1].sent.end, tokens[-1].i + 3)]
    lowered = [t.lower_ for t in window]
    negated = any(w in words["plain_negations"] for w in lowered)
    return not (words["both_markers"] & set(lowered) or ("just" in lowered and negated))


def not_described_activity(tokens: Sequence) -> bool:
    """"Most leads end up managing, not leading" reports where time goes; it does not prescribe."""
    verb = family_tokens(tokens)[0]
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "pobj":  # "end up in managing"
        verb = verb.head
    return not (verb.dep_ in {"xcomp", "pcomp", "advcl", "prep"} and verb.head.lemma_.lower() in _words()["activity_heads"])


def not_concessive(tokens: Sequence) -> bool:
    """"They may not be managing anybody, but they're leading": a concession describes, it does not reject."""
    doc = tokens[0].doc
    before = doc[max(tokens[0].sent.start, tokens[0].i - 2):tokens[0].i]
    return not any(t.lower_ in _words()["concessive_modals"] for t in before)


def not_coordinated(tokens: Sequence) -> bool:
    """"remove all managers and team leaders" acts on both at once; it does not put one in the other's place."""
    family = family_tokens(tokens)
    first, last = family[0], family[-1]
    return not (last.dep_ == "conj" and last.head.i == first.i)


def not_just_one(tokens: Sequence) -> bool:
    """"Managers don't just manage; they lead too": the second is added, not swapped in."""
    words = condition_words("LM002")
    family = family_tokens(tokens)
    doc = tokens[0].doc
    first = family[0]
    if first.i > 0 and doc[first.i - 1].lower_ in words["limiters"]:
        return False
    last = family[-1]
    after = doc[last.i + 1:min(last.sent.end, last.i + 4)]
    return not any(t.lower_ in words["both_markers"] for t in after)


QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


def _quote_at(doc, i) -> bool:
    return 0 <= i < len(doc) and doc[i].text in QUOTE_MARKS


def not_listed_form(tokens: Sequence) -> bool:
    """'forms such as "born leader", "leaders, not managers"': one quoted form in a list of them is cited, not said."""
    doc = tokens[0].doc
    start, end = tokens[0].i, tokens[-1].i
    if not (_quote_at(doc, start - 1) and _quote_at(doc, end + 1)):
        return True
    before = _quote_at(doc, start - 3) and doc[start - 2].text == ","
    after = end + 3 < len(doc) and doc[end + 2].text == "," and _quote_at(doc, end + 3)
    return not (before or after)


def picks_one(tokens: Sequence) -> bool:
    """After a contrast pair, a word that picks one side: "Be the latter", "Pick lead", "only one of them works"."""
    words = condition_words("LM002")
    target = tokens[-1]
    doc = target.doc
    verb = next((t for t in reversed(tokens[:-1]) if t.lower_ in words["pick_verbs"]), None)
    if verb is None:
        return False
    if target.lower_ == "one":
        if verb.lower_ not in _words()["one_pickers"]:
            return False
        if verb.lower_ == "only":
            rest = [t for t in doc[target.i + 1:target.sent.end] if t.lower_ != "of" and t.pos_ not in {"PRON", "DET"}]
            return bool(rest) and rest[0].lemma_.lower() in _words()["judging_verbs"]
    return True


def no_both_later(tokens: Sequence) -> bool:
    """"I'd rather be led than managed, but honestly I need both": the preference is taken back."""
    last = tokens[-1]
    rest = last.doc[last.i + 1:last.sent.end]
    return not any(t.lower_ in condition_words("LM002")["both_markers"] - {"only"} for t in rest)


def not_split_by_object(tokens: Sequence) -> bool:
    """"I used to manage the budget; now I lead the planning": different objects split the work, they do not swap it."""
    family = family_tokens(tokens)
    first, last = family[0], family[-1]
    doc = last.doc
    if any(t._.lk_family == first._.lk_family for t in doc[last.i + 1:min(last.sent.end, last.i + 5)]):
        return False  # "now I lead and manage", "led well and managed well"
    if any(t.dep_ == "neg" and t.head.i != first.i for t in tokens if t.i < first.i):
        return True  # "I don't have time to manage the rota; I need to lead the ward" rejects the first act itself
    ours = [c for c in first.children if c.dep_ == "dobj"]
    theirs = [c for c in last.children if c.dep_ == "dobj"]
    if not ours or not theirs:
        return True
    return theirs[0].pos_ == "PRON" or theirs[0].lemma_ == ours[0].lemma_


def obsolete_is_final(tokens: Sequence) -> bool:
    """"Management is over." ends the claim; "management is over a century old" measures it."""
    words = condition_words("LM002")
    word = next((t for t in tokens if t.lower_ in words["obsolete_words"]), None)
    if word is None or word.i + 1 >= len(word.doc):
        return True
    nxt = word.doc[word.i + 1]
    if nxt.text == "-" or (word.i > 0 and word.doc[word.i - 1].text == "-"):
        return False  # "the manager's day-to-day behaviour": part of a compound, not a verdict
    if word.lower_ == "out":  # "on its way out;" ends the claim, "out of the office" does not
        return nxt.pos_ in {"PUNCT", "CCONJ"}
    if nxt.lower_ == "by" and word.lower_ == "redundant":
        return family_tokens(tokens)[-1].head.i == nxt.i  # "made redundant by the leader", not "by the reorg"
    if nxt.lower_ in _words()["obsolete_heads"]:
        return True  # "a dying breed"
    return nxt.pos_ in {"PUNCT", "CCONJ", "ADV", "PART"} or nxt.lower_ in words["obsolete_words"] or nxt.lower_ in {"of", "news"}


def other_not_modifier(tokens: Sequence) -> bool:
    """"took leadership over the management team": a modifier names a group, not the function set aside."""
    return family_tokens(tokens)[-1].dep_ != "compound"


def same_act(tokens: Sequence) -> bool:
    """"Stop hiring managers and start hiring leaders": a verb before the first side must come back before the second."""
    act = tokens[1] if len(tokens) > 1 else None
    if act is None or act.pos_ != "VERB" or act._.lk_family:
        return True
    family = family_tokens(tokens)
    between = tokens[0].doc[family[0].i + 1:family[-1].i]
    return any(t.lemma_ == act.lemma_ for t in between)


def not_called_same(tokens: Sequence) -> bool:
    """"we didn't have 'leadership' — we had management, and it was the same thing": an equation, not a swap."""
    last = tokens[-1]
    rest = last.doc[last.i + 1:last.sent.end]
    return not any(t.lower_ in _words()["sameness_words"] for t in rest)


def no_longer(tokens: Sequence) -> bool:
    """"She's not a manager anymore — she leads": only a time word makes "not" a change, not a description."""
    return any(t.lower_ in _words()["temporal_ends"] for t in tokens)


def placing_released(tokens: Sequence) -> bool:
    """"put down the management toolkit and pick up leadership": "put" lets go only with "down"/"aside"."""
    verb = tokens[0]
    if verb.lemma_.lower() not in _words()["placing_verbs"]:
        return True
    return len(tokens) > 1 and tokens[1].lower_ in _words()["release_particles"]


def other_is_needed(tokens: Sequence) -> bool:
    """"managing my team when I should have been leading it": the "when" clause must call for the other side."""
    family = family_tokens(tokens)
    doc = tokens[0].doc
    between = doc[family[0].i + 1:family[-1].i]
    when = next((t for t in between if t.lower_ == "when"), None)
    if family[-1].dep_ in {"poss", "compound"}:
        return False  # "when you need a leader's sign-off" needs a thing, not the function
    return when is not None and any(t.lower_ in _words()["need_markers"] for t in doc[when.i + 1:family[-1].i])


def replaced_is_subject(tokens: Sequence) -> bool:
    """"most of what we call management could be deleted and replaced with leadership": the first side is what gets replaced."""
    family = family_tokens(tokens)
    verb = next((t for t in tokens if t.lemma_.lower() in _words()["replace_lemmas"]), None)
    if verb is None:
        return False
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(family[0] in s.subtree for s in subjects)


def _is_subject(token) -> bool:
    while token.dep_ in {"conj", "appos"} and token.head.i != token.i:
        token = token.head
    return token.dep_ in {"nsubj", "nsubjpass"}


def first_not_acting_subject(tokens: Sequence) -> bool:
    """"Managers step up when the project needs leadership": the first side answers the need; it is not set aside."""
    first = family_tokens(tokens)[0]
    return first._.lk_form == "verb" or not _is_subject(first)


def first_not_modifier(tokens: Sequence) -> bool:
    """"Management consulting is dying": a modifier names something else, which is what the claim is about."""
    return family_tokens(tokens)[0].dep_ != "compound"


def first_not_repeated(tokens: Sequence) -> bool:
    """"outgrew management and now leads a division and manages its budget": the first side comes back, so nothing is dropped."""
    family = family_tokens(tokens)
    first, last = family[0], family[-1]
    return not any(t._.lk_family == first._.lk_family for t in last.doc[last.i + 1:last.sent.end])


def second_bare(tokens: Sequence) -> bool:
    """"lead them without ever managing them" drops the act; "without managing every detail" only narrows it."""
    last = family_tokens(tokens)[-1]
    for child in last.children:
        if child.dep_ in {"dobj", "nsubj"} and child.pos_ != "PRON":
            return False
        if child.dep_ in {"prep", "acomp", "xcomp", "ccomp", "advcl"}:
            return False
    return True


def not_one_person_swap(tokens: Sequence) -> bool:
    """"Our manager was replaced by an interim leader": one person succeeding another, not a function swapped out."""
    family = family_tokens(tokens)
    first, last = family[0], family[-1]
    return not (first._.lk_form == "agent" and last._.lk_form == "agent" and first.tag_ == "NN" and last.tag_ == "NN")




def _with_particle(verb, particles) -> bool:
    """"put away", "let go of", "pick up": a verb that needs a particle to let go or take up has one."""
    if verb.lemma_.lower() not in _words()["particle_verbs"]:
        return True
    return any(c.lower_ in particles for c in verb.children if c.i > verb.i)


def _verbs_between(token, top) -> list[str]:
    """Lemmas of the verbs on the way up from ``token`` to ``top`` ("thinking" in "stop thinking of yourself as their manager")."""
    lemmas = []
    while token.i != top.i and token.head.i != token.i:
        token = token.head
        if token.i != top.i and token.pos_ == "VERB":
            lemmas.append(token.lemma_.lower())
    return lemmas


def _let_go_and_take_up(tokens):
    """The letting-go verb, the taking-up verb and the two sides of a let-go-take-up match, or None."""
    words = _words()
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
    words = _words()
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
    drop, take, old, new = found
    return _verbs_between(old, drop) == _verbs_between(new, take)


def path_in_order(tokens: Sequence) -> bool:
    """"the shift from a culture of management to a culture of leadership": one side after "from", the other after "to"."""
    family = family_tokens(tokens)
    start = next((t for t in tokens if t.lower_ in {"from", "beyond"}), None)
    end = next((t for t in tokens if start is not None and t.i > start.i and t.dep_ in {"prep", "dative"} and not t._.lk_family), None)
    if start is None or end is None or len(family) < 2:
        return False
    old, new = family[0], family[-1]
    return start.i < old.i < end.i < new.i and old in start.subtree and old not in end.subtree and new in end.subtree


def old_given_up(tokens: Sequence) -> bool:
    """"Management belongs to the industrial age; leadership belongs to ours": the earlier side is given to the past
    or let go, in the same sentence or the one before."""
    words = _words()
    family = family_tokens(tokens)
    owner = next((t for t in tokens if t.lemma_.lower() in {"belong", "be"} and not t._.lk_family), None)
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
    words = _words()
    family = family_tokens(tokens)
    if len(family) < 2:
        return False
    old, new = family[0], family[-1]
    yielding, rising = old.head, new.head
    if not (old.i < new.i and rising.head.i == yielding.i):
        return False
    return _with_particle(yielding, words["yielding_particles"]) and _with_particle(rising, words["rising_particles"])


def _clause_root(token):
    """The head of the clause a word sits in, climbing through complements ("someone willing to lead" -> "needs")."""
    links = _words()["clause_links"]
    while token.dep_ not in links and token.dep_ not in {"ROOT", "advcl"} and token.head.i != token.i:
        token = token.head
    return token


def _passive(token) -> bool:
    return token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children)


def denied_then_asked_for(tokens: Sequence) -> bool:
    """"doesn't need more management; it needs someone willing to lead": a clause denies one side, the next one, not
    denied, asks for the other (a verb of asking on both, or a passive on both) and for nothing of the first.

    "We don't need more managers; we need managers who lead" asks for the first side again: not a swap.
    """
    words = _words()
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
    return (denied.lemma_ in asking and yes.lemma_ in asking) or (_passive(old) and _passive(new))


CONDITIONS = {
    "not-relative-clause": not_relative_clause,
    "not-both-required": not_both_required,
    "negated-wish": negated_wish,
    "not-described-activity": not_described_activity,
    "not-concessive": not_concessive,
    "not-coordinated": not_coordinated,
    "not-just-one": not_just_one,
    "not-listed-form": not_listed_form,
    "picks-one": picks_one,
    "no-both-later": no_both_later,
    "not-split-by-object": not_split_by_object,
    "obsolete-is-final": obsolete_is_final,
    "other-not-modifier": other_not_modifier,
    "same-act": same_act,
    "not-called-same": not_called_same,
    "no-longer": no_longer,
    "placing-released": placing_released,
    "other-is-needed": other_is_needed,
    "replaced-is-subject": replaced_is_subject,
    "first-not-acting-subject": first_not_acting_subject,
    "first-not-modifier": first_not_modifier,
    "first-not-repeated": first_not_repeated,
    "second-bare": second_bare,
    "not-one-person-swap": not_one_person_swap,
    "let-go-before-take-up": let_go_before_take_up,
    "same-path-both-sides": same_path_both_sides,
    "path-in-order": path_in_order,
    "old-given-up": old_given_up,
    "handed-over": handed_over,
    "same-act-then-and-next": same_act_then_and_next,
    "denied-then-asked-for": denied_then_asked_for,
}
