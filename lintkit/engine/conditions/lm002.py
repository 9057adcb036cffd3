"""LM002 (replacement): descriptions of people and of where time goes, requests for both, splits by object,
concessions and cited forms are not substitutions."""
from __future__ import annotations

from typing import Sequence

from lintkit.engine.conditions.shared import QUANTIFIER_DEPS, SUBJECT_DEPS, asks, family_tokens, marked_as_supposed, next_sentence_end, taken_in_part, token_after, written_words
from lintkit.engine.conditions.words import condition_words, pattern_lists
from lintkit.nlp.context import QUOTE_MARKS
from lintkit.nlp.senses import senses


SENTENCE_ENDS = frozenset(".!?…")


def _words():
    return condition_words("LM002")


def denies_its_head(child) -> bool:
    """A word that denies the word it hangs on: "not", "never", or a subject such as "nobody" ("nobody wants leaders
    in place of managers")."""
    negative_subjects = condition_words("shared")["negative_subjects"]
    return child.dep_ == "neg" or child.lower_ in pattern_lists()["negations"] or child.dep_ in SUBJECT_DEPS and child.lower_ in negative_subjects


def withheld(token) -> bool:
    """An act governed by a preposition that withholds it: "grow into a leader without ever abandoning management"."""
    return token.dep_ == "pcomp" and token.head.lower_ in _words()["withholding_prepositions"]


def every_one(side) -> bool:
    """"every manager", "each team leader": a side taken whole, so what happens to it happens as a rule."""
    return any(c.dep_ == "det" and c.lower_ in _words()["universal_determiners"] for c in side.children)


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
    if relatives == [family[0]] and all(t in family[0].subtree for t in family):
        return True  # "managers who lead, not manage": the contrast is what the relative clause asks of them
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
    # "I don't blame my manager, I blame leadership": fault laid on someone else, said again, is not a choice of function.
    repeated -= set(condition_words("LM002")["fault_verbs"])
    return all(t.lemma_ in wishes or t.lemma_ in repeated for t in between if t.pos_ in {"VERB", "AUX"})


def not_both_required(tokens: Sequence) -> bool:
    """"... not only managers but also leaders" asks for both."""
    words = condition_words("LM002")
    doc = tokens[0].doc
    window = doc[max(tokens[0].sent.start, tokens[0].i - 3):min(tokens[-1].sent.end, tokens[-1].i + 3)]
    lowered = [t.lower_ for t in window]
    negated = any(w in words["plain_negations"] for w in lowered)
    # "only" asks for both after a negation ("not only managers but leaders"); alone it excludes the other side
    # ("only leadership will get us there").
    not_only = any(w == "only" and n and lowered[n - 1] in words["plain_negations"] for n, w in enumerate(lowered))
    # "more leading, not less managing": what is refused is a cut in the other side, so both stay.
    not_less = any(w in words["reduction_words"] and n and lowered[n - 1] in words["plain_negations"] for n, w in enumerate(lowered))
    return not ((words["both_markers"] - {"only"}) & set(lowered) or not_only or not_less or ("just" in lowered and negated))


def not_described_activity(tokens: Sequence) -> bool:
    """"Most leads end up managing, not leading" reports where time goes; it does not prescribe."""
    family = family_tokens(tokens)
    if _doings_compared(family[0], family[-1]):
        return False
    verb = family[0]
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "pobj":  # "end up in managing"
        verb = verb.head
    if verb.tag_ == "VBG" and _objects(verb) == [verb.head]:
        verb = verb.head  # "end up managing schedules", the act read as a modifier of its object
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in _words()["report_auxiliaries"] for c in verb.children):
        return False  # "I was managing the rota and not leading anyone": a past progressive tells what kept someone busy
    if _told_of_someone(verb) or _an_aptitude(family[0]):
        return False
    return not (verb.dep_ in {"xcomp", "pcomp", "advcl", "prep", "dobj"} and verb.head.lemma_.lower() in _words()["activity_heads"])


def _told_of_someone(verb) -> bool:
    """"We were managed, just never really led", "I was managed for years and never led": a past passive told of the
    writer or of one person says what was done to them; "teams want to be led, not managed" asks for it."""
    words = _words()
    return (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in words["report_auxiliaries"] for c in verb.children)
            and any(c.dep_ == "nsubjpass" and (c.lower_ in words["reporting_subjects"] or c.pos_ == "PROPN") for c in verb.children))


def _an_aptitude(side) -> bool:
    """"Pete's strength is management, not leadership", "Her background is in management, not leadership": what one
    is good at or comes from, said with "be", describes a person; "our need is leadership, not management" asks."""
    side = _named_at(side)
    if side.dep_ == "pobj":
        side = side.head
    verb = side.head
    if verb.lemma_ != "be" or side.dep_ not in {"attr", "prep", "nsubj", "acomp"}:
        return False
    return any(c.i != side.i and c.dep_ in {"nsubj", "attr"} and c.lemma_.lower() in _words()["aptitude_nouns"] for c in verb.children)


def _doings_compared(first, last) -> bool:
    """"I manage more than I lead", "most supervisors manage far more than they lead": two acts, each told of its
    own subject without a modal, weighed by a comparative, report how someone's days go. "We should lead more than
    we manage" (a modal) and "lead more than you manage" (no subject) still prescribe."""
    def told(verb) -> bool:
        return (verb.pos_ == "VERB" and verb.tag_ in {"VBP", "VBZ", "VBD"}
                and any(c.dep_ == "nsubj" for c in verb.children) and not any(c.tag_ == "MD" for c in verb.children))

    scale = last.head
    return (last.dep_ == "advcl" and scale.tag_ in {"JJR", "RBR"} and scale.head.i == first.i
            and told(first) and told(last))


def not_roles_side_by_side(tokens: Sequence) -> bool:
    """"Managers plan, leaders inspire", "Managers count beans; leaders change minds": two kinds of people, each given a
    short act of its own in the present, side by side, is a distinction of the two jobs, not one put in the other's
    place. Read from the words, since the tagger often takes the first act for a noun ("Managers plan"). A verdict
    ("managers are out, leaders are in"), a denial, a modal or a word of comparison keeps the rule's reading."""
    family = family_tokens(tokens)
    first, last = family[0], family[-1]
    sent = first.sent
    if last.sent.start != sent.start or first.i != sent.start or {first._.lk_form, last._.lk_form} != {"agent"}:
        return True
    if first.tag_ != "NNS" or last.tag_ != "NNS" or not first.i + 2 <= last.i <= first.i + 6:
        return True
    end = next((t.i for t in sent if t.i > last.i and t.text in SENTENCE_ENDS), sent.end)
    acts = [sent.doc[first.i + 1:last.i], sent.doc[last.i + 1:end]]
    if sent.doc[last.i - 1].text not in {",", ";"} or not 1 <= len(acts[1]) <= 5:
        return True
    words = _words()

    def plain_act(words_of_act) -> bool:
        if not words_of_act:
            return False  # "Managers, leaders, same difference": no act at all
        verb = words_of_act[0]
        return (verb.tag_ in {"VBP", "NN"} and verb.lemma_.lower() not in words["verdict_lemmas"]
                and not any(t.lower_ in pattern_lists()["negations"] or t.lower_ in words["verdict_lemmas"] or t.tag_ in {"MD", "JJR", "RBR"}
                            for t in words_of_act))

    return not all(plain_act([t for t in act if not t.is_punct]) for act in acts)


def not_concessive(tokens: Sequence) -> bool:
    """"They may not be managing anybody, but they're leading", "she isn't yet leading; she's managing well": a
    concession or a report of progress describes, it does not reject."""
    doc = tokens[0].doc
    first = family_tokens(tokens)[0]
    before = doc[max(tokens[0].sent.start, tokens[0].i - 2):max(tokens[0].i, first.i)]
    return not any(t.lower_ in _words()["concessive_modals"] for t in before)


def not_coordinated(tokens: Sequence) -> bool:
    """"remove all managers and team leaders" acts on both at once; it does not put one in the other's place."""
    family = family_tokens(tokens)
    first, last = family[0], family[-1]
    return not (last.dep_ == "conj" and last.head.i == first.i)


def other_not_joined_after(tokens: Sequence) -> bool:
    """"It's not leadership versus management; it's leadership and management": the one asked for comes with the other."""
    last = family_tokens(tokens)[-1]
    return not any(c.dep_ == "conj" and c._.lk_family and c._.lk_family != last._.lk_family for c in last.children)


def not_just_one(tokens: Sequence) -> bool:
    """"Managers don't just manage; they lead too": the second is added, not swapped in."""
    words = condition_words("LM002")
    family = family_tokens(tokens)
    doc = tokens[0].doc
    first = family[0]
    if first.i > 0 and doc[first.i - 1].lower_ in words["limiters"]:
        return False
    last = family[-1]
    if _limited_denial_before(last):
        return False  # "lead your school, don't just manage it": more than managing, so managing stays
    after = doc[last.i + 1:min(last.sent.end, last.i + 4)]
    return not any(t.lower_ in words["both_markers"] and not _done_beside_people(t, last) for t in after)


def _limited_denial_before(side) -> bool:
    """"don't just manage", "not merely managing", "never simply manage": a limiter between a negation and the side."""
    doc = side.doc
    if side.i < 2 or doc[side.i - 1].lower_ not in condition_words("LM002")["limiters"]:
        return False
    return doc[side.i - 2].lower_ in _words()["plain_negations"] or doc[side.i - 2].lower_ == "never"


def _done_beside_people(marker, act) -> bool:
    """"we lead alongside them", "she leads beside the volunteers": a preposition on the act itself whose object is who
    the act is done with, not a second act ("they lead alongside managing", "leading beside it"). On a person ("a leader
    beside you") or on another verb ("hire leaders alongside them") it still adds one side to the other."""
    if marker.head.i != act.i or act._.lk_form != "verb":
        return False
    objects = [c for c in marker.children if c.dep_ in {"pobj", "pcomp"}]
    return bool(objects) and not any(o._.lk_family or o.lower_ in _words()["act_pronouns"] for o in objects)


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
    """After a contrast pair, a word that picks one side: "Be the latter", "Pick lead", "only one of them works".

    "Only one" that is the subject of its clause says that one side alone does what the clause says, whatever the verb
    ("Should you manage or lead? Only one will get you promoted"); "only one person knows" counts someone else."""
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
            if target.dep_ in SUBJECT_DEPS and target.head.pos_ in {"VERB", "AUX"} and not any(denies_its_head(c) for c in target.head.children):
                return _one_of_the_pair(target)
            rest = [t for t in doc[target.i + 1:target.sent.end] if t.lower_ != "of" and t.pos_ not in {"PRON", "DET"}]
            return bool(rest) and rest[0].lemma_.lower() in _words()["judging_verbs"]
    return True


def _one_of_the_pair(one) -> bool:
    """"only one", "only one of them", "only one of the two" counts the pair just named; "only one of us", "only one of
    the candidates" counts people."""
    whole = next((p for c in one.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
    if whole is None or whole._.lk_family:
        return True
    return whole.pos_ in {"PRON", "DET", "NUM"} and whole.lower_ not in _words()["counted_people"]


def other_not_denied_after(tokens: Sequence) -> bool:
    """"Managing is no longer part of the job; leading never was": the side after the break is denied as well, so
    nothing is kept in the other's place."""
    last = family_tokens(tokens)[-1]
    for t in last.doc[last.i + 1:last.sent.end]:
        if t.is_punct:
            break
        if t.lower_ in pattern_lists()["negations"]:
            return False
    return True


def no_both_later(tokens: Sequence) -> bool:
    """"I'd rather be led than managed, but honestly I need both": the preference is taken back. "Both" as what someone
    described has had or done ("any founder who has hired both knows it") vouches for the claim instead."""
    last = tokens[-1]
    rest = last.doc[last.i + 1:last.sent.end]
    if any(t.lower_ == "as" and t.i + 1 < rest.end and t.doc[t.i + 1].lower_ == "well" for t in rest):
        return False  # "don't stop managing; start leading as well": "as well" adds, as "too" does
    return not any(t.lower_ in condition_words("LM002")["both_markers"] - {"only"} and not _had_by_someone(t) for t in rest)


def _had_by_someone(both) -> bool:
    """"who has hired both", "anyone who has worked for both": "both" inside a clause that describes a person."""
    holder = both.head.head if both.dep_ == "pobj" else both.head
    return both.lower_ == "both" and both.dep_ in {"dobj", "pobj"} and holder.dep_ == "relcl"


def not_split_by_object(tokens: Sequence) -> bool:
    """"I used to manage the budget; now I lead the planning": different objects split the work, they do not swap it."""
    family = family_tokens(tokens)
    first, last = family[0], family[-1]
    doc = last.doc
    if any(t._.lk_family == first._.lk_family for t in doc[last.i + 1:min(last.sent.end, last.i + 5)]):
        return False  # "now I lead and manage", "led well and managed well"
    if any(t.dep_ == "neg" and t.head.i != first.i for t in tokens if t.i < first.i):
        return True  # "I don't have time to manage the rota; I need to lead the ward" rejects the first act itself
    return not _objects_differ(first, last)


def destination_not_a_post(tokens: Sequence) -> bool:
    """"She moved from engineering into management, and later into leadership of the whole division": a leadership of
    a named unit at the end of a path is a post someone took, a career told, not a way of working put in management's
    place ("from management to leadership" leaves it behind)."""
    last = family_tokens(tokens)[-1]
    return not any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and any(d.dep_ in {"det", "poss"} for d in o.children)
                                                                for o in c.children)
                   for c in last.children)


def _objects_differ(first, last) -> bool:
    """Each act has an object of its own and the second is not the first again ("lead them", "lead one")."""
    ours = _objects(first)
    theirs = _objects(last)  # an object of the first side's own decides whether there is a split at all
    if not ours or not theirs:
        return False
    bare_one = theirs[0].lemma_ == "one" and not any(theirs[0].children)  # "managing a team ... lead one", not "one-to-ones"
    return not (theirs[0].pos_ == "PRON" or theirs[0].lemma_ == ours[0].lemma_ or bare_one)


def same_object_both_ways(tokens: Sequence) -> bool:
    """"The question isn't how to manage your people but how to lead them": the same people in both wordings; "how to
    manage the budget but how to lead the project" splits the work by object, though a denial stands before it."""
    family = family_tokens(tokens)
    return not _objects_differ(family[0], family[-1])


def _objects(act) -> list:
    """What an act is done to; "started leading hiking tours" read as a modifier of "tours" still names its object, "the
    managing days" names no object."""
    heads = _words()["frame_heads"]
    if act.tag_ == "VBG" and act.dep_ in {"amod", "compound"} and act.head.i > act.i and act.head.pos_ == "NOUN":
        # "the managing days are behind us": a time or way of working is no object
        return [] if act.head.lower_ in heads or act.head.lemma_.lower() in heads else [act.head]
    return [c for c in act.children if c.dep_ == "dobj"]


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
    return (nxt.pos_ in {"PUNCT", "CCONJ", "ADV", "PART"} or nxt.lower_ in words["obsolete_words"] or nxt.lower_ in words["obsolete_closers"]
            or _closing_scope(word, nxt))


def _closing_scope(word, prep) -> bool:
    """"Management by spreadsheet has had its day in the force; ...", "managers are history at this school.": a phrase
    of where the verdict holds, closing its clause, keeps it a verdict ("over a century old" measures). A participle
    with a place is what is done there ("management is done in the back office")."""
    if word.tag_ == "VBN" or prep.pos_ != "ADP" or prep.head.i not in {word.i, word.head.i} or prep.lower_ not in _words()["scope_prepositions"]:
        return False
    end = max(t.i for t in prep.subtree) + 1
    return end >= len(word.doc) or word.doc[end].pos_ in {"PUNCT", "CCONJ"}


def other_not_modifier(tokens: Sequence) -> bool:
    """"took leadership over the management team": a modifier names a group, not the function set aside; so does an
    owner, on either side ("no room for leaders' pet projects", "we cut the managers' budget and hired leaders"), and a
    first side that modifies a thing ("we scrapped the management rota and the team leaders plan the shifts"), unless
    the thing stands for the function ("ditch the management layer", "the management duties are scrapped")."""
    family = family_tokens(tokens)
    first = family[0]
    thing = first.dep_ == "compound" and first.head.lemma_.lower() not in _words()["frame_heads"] | _words()["share_heads"]
    return family[-1].dep_ not in {"compound", "poss"} and first.dep_ != "poss" and not thing


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
    """"managing my team when I should have been leading it", "you manage where you should lead": the "when" or
    "where" clause must call for the other side."""
    family = family_tokens(tokens)
    doc = tokens[0].doc
    between = doc[family[0].i + 1:family[-1].i]
    when = next((t for t in between if t.lower_ in _words()["need_conjunctions"]), None)
    if family[-1].dep_ in {"poss", "compound"}:
        return False  # "when you need a leader's sign-off" needs a thing, not the function
    return when is not None and any(t.lower_ in _words()["need_markers"] for t in doc[when.i + 1:family[-1].i])


def replaced_is_subject(tokens: Sequence) -> bool:
    """"most of what we call management could be deleted and replaced with leadership", "management needs to be replaced
    by leadership": the first side is what gets replaced."""
    family = family_tokens(tokens)
    verb = next((t for t in tokens if t.lemma_.lower() in _words()["replace_lemmas"]), None)
    if verb is None:
        return False
    while verb.dep_ in {"conj", "xcomp"} and verb.head.i != verb.i:
        verb = verb.head  # "management needs to be replaced by leadership": the subject of the verb that wants it
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(family[0] in s.subtree for s in subjects)


def _named_at(token):
    """Where a side joined to others or set beside them in apposition stands in its clause: the first of them
    ("leadership, not management", "management, the craft")."""
    while token.dep_ in {"conj", "appos"} and token.head.i != token.i:
        token = token.head
    return token


def _is_subject(token) -> bool:
    return _named_at(token).dep_ in {"nsubj", "nsubjpass"}


def first_not_acting_subject(tokens: Sequence) -> bool:
    """"Managers step up when the project needs leadership": the first side answers the need; it is not set aside."""
    first = family_tokens(tokens)[0]
    return first._.lk_form == "verb" or not _is_subject(first)


def first_not_modifier(tokens: Sequence) -> bool:
    """"Management consulting is dying": a modifier names something else, which is what the claim is about. The
    adjective "managerial" names a way of running things wherever the parser hangs it ("Managerial Christianity is
    finished"), so what is declared over is that way."""
    first = family_tokens(tokens)[0]
    return first.dep_ != "compound" or first._.lk_form == "adjective"


def first_not_repeated(tokens: Sequence) -> bool:
    """"outgrew management and now leads a division and manages its budget": the first side comes back, so nothing is dropped."""
    family = family_tokens(tokens)
    first, last = family[0], family[-1]
    return not any(t._.lk_family == first._.lk_family for t in last.doc[last.i + 1:last.sent.end])


def second_bare(tokens: Sequence) -> bool:
    """"lead them without ever managing them" drops the act; "without managing every detail" only narrows it, and so
    does "don't lead the incident review" (what some people leave undone once, not a function refused). People at
    large ("never manage people") are the act's own object, and the other side ("a leader never manages") is no
    narrowing."""
    last = family_tokens(tokens)[-1]
    own = {t.i for t in tokens}
    for child in last.children:
        if child.i in own:
            continue
        if child.dep_ in {"dobj", "nsubj"} and child.pos_ != "PRON" and child.lemma_.lower() not in senses()["led_groups"]:
            return False
        if child.dep_ in {"prep", "acomp", "xcomp", "ccomp", "advcl"}:
            return False
    return True


def needer_is_the_other_side(tokens: Sequence) -> bool:
    """"A real leader doesn't need to manage anyone", "a team that is led needs no manager": the one who needs is the
    other side itself, not something it only names ("the leadership team doesn't need a manager for this"), and what
    is not needed is the other side itself, not being done to ("leaders don't need to be managed") or someone for an
    errand ("needs no leader to tell her what to do")."""
    need = next((t for t in tokens if t.lemma_.lower() in _words()["needing_verbs"]), None)
    if need is None:
        return False
    needed = [t for t in family_tokens(tokens) if t.head.i == need.i and t.dep_ in {"dobj", "xcomp"}]
    needer = [t for t in family_tokens(tokens) if t not in needed]
    if not needed or not needer or any(c.dep_ in {"auxpass", "acl", "relcl"} for c in needed[0].children):
        return False
    if any(c.dep_ == "advcl" and c.i > needed[0].i for c in need.children):
        return False  # "needs no leader to tell her what to do" wants someone for one errand
    side = needer[0]
    subject = side.head if side.dep_ == "relcl" else side
    return subject.dep_ in SUBJECT_DEPS and subject.head.i == need.i


def first_is_spent(tokens: Sequence) -> bool:
    """"Every hour you spend managing ...": the first side is what the time goes on, not a thing named beside it."""
    first = family_tokens(tokens)[0]
    if first.dep_ in SUBJECT_DEPS:
        return False  # "managers spend hours in meetings": who spends, not what on
    return any(t.lemma_.lower() in _words()["spending_words"] for t in (first.head, first.head.head))


def whole_side(tokens: Sequence) -> bool:
    """"A leader never manages" speaks of the side; "some managers never lead" of a few of its members, and so does
    "not all managers need to lead"."""
    first = family_tokens(tokens)[0]
    return not (taken_in_part(first) or any(c.dep_ in QUANTIFIER_DEPS and _denied_universal(c) for c in first.children))


def _denied_universal(determiner) -> bool:
    """"not every", "not all": the negation right before a universal determiner leaves some of the side out."""
    words = _words()
    return (determiner.lower_ in words["universal_determiners"] and determiner.i > 0
            and determiner.doc[determiner.i - 1].lower_ in words["plain_negations"])


def not_one_person_swap(tokens: Sequence) -> bool:
    """"Our manager was replaced by an interim leader": one person succeeding another, not a function swapped out.
    What happens as a rule ("in our company the manager is replaced by the leader", present tense, no owner) is the
    function."""
    family = family_tokens(tokens)
    first, last = family[0], family[-1]
    if not (first._.lk_form == "agent" and last._.lk_form == "agent" and first.tag_ == "NN" and last.tag_ == "NN"):
        return True
    return _as_a_rule(first) or _kind_needed(last)


def answer_said_by_someone(tokens: Sequence) -> bool:
    """"'Do we need a manager?' and I said no, we need a leader": words between a question and the "no" that answers
    it must report the answer; "Manager or leader? I never chose leadership" is a statement with its own "never"."""
    question = next((t for t in tokens if t.text == "?"), None)
    if question is None:
        return True
    refusals = pattern_lists()["negations"] | _words()["refusals"]
    between = []
    for token in question.doc[question.i + 1:tokens[-1].i + 1]:
        if token.lower_ in refusals:
            break
        between.append(token)
    if not any(t.pos_ == "PRON" for t in between):
        return True
    return any(t.lemma_.lower() in _words()["answering_verbs"] for t in between)


def _kind_needed(side) -> bool:
    """"Do we need a new manager? No, we need a leader": "a leader" needed is any one of a kind, the function asked
    for, not a person who follows another into a post. The want may hold both sides ("we need not a manager but a
    leader") or be said as a pseudo-cleft ("what the branch lacked was not a manager but a leader")."""
    if not any(c.dep_ == "det" and c.lower_ in condition_words("shared")["indefinite_articles"] for c in side.children):
        return False
    while side.dep_ == "conj" and side.head.i != side.i:
        side = side.head
    asking = _words()["kind_asking_verbs"]
    if side.dep_ == "dobj":
        return side.head.lemma_.lower() in asking
    if side.dep_ != "attr":
        return False
    copula = side.head
    # the parse hangs the want on "what" as a clausal subject or on the wanting noun as a participle: read the words
    what = next((t for t in copula.subtree if t.tag_ == "WP" and t.i < copula.i), None)
    return what is not None and any(t.pos_ == "VERB" and t.lemma_.lower() in asking for t in copula.doc[what.i + 1:copula.i])


def _as_a_rule(side) -> bool:
    """The side is the subject of a present-tense passive and has no owner ("the manager is replaced by ..."), or every
    one of its kind is meant ("swapped every department manager for a team leader")."""
    if every_one(side):
        return True
    verb = side.head
    if side.dep_ != "nsubjpass" or any(c.dep_ == "poss" for c in side.children):
        return False
    return any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)



def no_role_named(tokens: Sequence) -> bool:
    """"Ask the team lead instead of managing it yourself": "lead" after a determiner and a role word names the person
    in that role, whatever the tagger made of it, so it is no side of a swap."""
    doc = tokens[0].doc
    roles = senses()["lead_person_modifiers"]
    determiners = senses()["noun_determiners"]
    return not any(
        t.lower_ == "lead" and t.i >= 2 and doc[t.i - 1].lower_ in roles and doc[t.i - 2].lower_ in determiners
        for t in family_tokens(tokens)
    )


def not_rejected_question(tokens: Sequence) -> bool:
    """"More managing, less leading? No thanks.", "Stop managing and start leading today? Nope.": a proposal put as a
    question and turned down at once is the writer's refusal of it."""
    doc = tokens[0].doc
    rest = [t for t in doc[max(t.i for t in tokens) + 1:] if not t.is_space]
    end = next((n for n, t in enumerate(rest) if t.text[0] in SENTENCE_ENDS), None)
    if end is None or not rest[end].text.startswith("?"):
        return True
    answer = next((t for t in rest[end:] if not t.is_punct), None)
    if rest[end].i + 1 < len(doc) and doc[rest[end].i + 1].text in QUOTE_MARKS:
        return True  # 'A reader asks: "Isn't it time we replaced managers with leaders?" No.': the question is the
        # reader's, quoted, and a quoted claim is reported even where the writer turns it down
    if answer is None:
        return True
    opener = next((t for t in tokens[0].sent if not t.is_punct and not t.is_space), tokens[0])
    if _asks_who(opener) and answer.lower_ in _words()["somebody_answers"]:
        return False  # "Who needs managers when you have leaders? We do.": someone after all
    if _asks_who(tokens[0]):  # "Who needs managers when you have leaders? Not us.": "no one" is the answer it wants
        return True
    return answer.lower_ not in pattern_lists()["negations"] | _words()["refusals"]


def _asks_who(opener) -> bool:
    """The word is the "who" that asks the question; where the match opens on it, the claim is the answer "no one" it
    expects, and a proposal inside a "who" question ("Who wants more managing and less leading? Not me.") is still
    turned down."""
    return opener.lower_ in _words()["nobody_questions"] and opener.dep_ in SUBJECT_DEPS


def not_comparison_denied(tokens: Sequence) -> bool:
    """"Do we need more managers? No. We need leaders." turns one side down; "Are leaders and managers the same? No.
    Leaders set direction" answers a question that weighs both, and goes on to tell them apart."""
    first = min(tokens, key=lambda t: t.i)
    other = max(tokens, key=lambda t: t.i)._.lk_family
    question = first.sent
    return not (any(t._.lk_family == other for t in question)
                and any(t.lower_ in _words()["comparison_words"] for t in question))


def supposed(cue) -> bool:
    """"if you stop managing", "if you pick leader": a supposition on the word or a clause above it frames nothing."""
    return any(marked_as_supposed(t) for t in [cue, *cue.ancestors])


def _taken_alone(picked) -> bool:
    """No word of the families follows the side picked in its sentence: "I picked a leader who also manages" takes both."""
    return not any(t._.lk_family for t in picked.doc[picked.i + 1:picked.sent.end])


def picked_after_choice(tokens: Sequence) -> bool:
    """"If I have to pick between a manager and a leader, I pick the leader": "between" belongs to a choice, and the
    side picked is taken whole and alone. "The gap between managers and leaders" is no choice; "choose the management
    course" picks a thing, and "picks managing on Mondays and leading on Fridays" both."""
    between = next((t for t in tokens if t.lower_ == "between"), None)
    picked = tokens[-1]
    words = _words()
    if between is None or between.head.lemma_.lower() not in words["choice_heads"] | words["choosing_verbs"]:
        return False
    if picked.dep_ in {"compound", "amod"} and picked.head.i > picked.i:
        return False
    return _taken_alone(picked)


def choice_between_required(tokens: Sequence) -> bool:
    """"A manager must choose between managing and leading", "Pick between leadership and management": the two set as
    a choice someone has to make, so that taking one gives the other up. "You don't have to choose between managing and
    leading" and "if you had to choose between ..." make no such demand; "choose between the management track and the
    leadership track" picks a course, and "choose between a manager and a leader for this hire" a person."""
    between = next((t for t in tokens if t.lower_ == "between"), None)
    if between is None or between.head.pos_ != "VERB" or between.head.lemma_.lower() not in _words()["choice_heads"]:
        return False
    verb = between.head
    sides = family_tokens(tokens)
    if any(side._.lk_form == "agent" or side.dep_ in {"compound", "amod"} for side in sides):
        return False
    after = token_after(sides[-1])
    if after is not None and after.pos_ in {"NOUN", "PROPN"}:
        return False  # "between management and leadership courses": the pair names kinds of a thing
    commanded = verb.dep_ == "ROOT" and verb.tag_ == "VB" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    requiring = _words()["requiring_auxiliaries"]
    required = any(c.dep_ == "aux" and c.lower_ in requiring for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _words()["requiring_heads"])
    if not (commanded or required):
        return False
    if supposed(verb) or verb.sent.text.rstrip().endswith("?"):
        return False
    return not any(denies_its_head(c) for t in [verb, *verb.ancestors] for c in t.children)


# Where a side taken by a verb of choosing stands: its object or complement ("I chose leader", "we picked to lead"),
# or after one of the picked_prepositions ("we went for leadership").
PICKED_DEPS = frozenset({"dobj", "attr", "oprd", "xcomp"})


def picked_after_or_choice(tokens: Sequence) -> bool:
    """"Leader or manager: a bishop has to choose. I chose leader.", "Manager or leader? We picked leaders.": the two
    put as alternatives joined by "or", then one of them taken whole by a verb of choosing in that sentence or the next,
    which nothing denies or supposes. "Is she a manager or a leader? We hired her as a manager" takes a person, "I chose
    the management course" a thing, and "I picked a leader who also manages" both."""
    family = family_tokens(tokens)
    if len(family) != 3:
        return False
    first, second, picked = family
    if not (second.dep_ == "conj" and second.head.i == first.i and any(c.lower_ == "or" for c in first.children)):
        return False
    verb = picked.head
    if picked.dep_ == "pobj" and verb.lower_ in _words()["picked_prepositions"]:
        verb = verb.head
    elif picked.dep_ not in PICKED_DEPS:
        return False
    if verb.lemma_.lower() not in _words()["choosing_verbs"] or verb.i < second.i:
        return False
    if verb.sent.start not in {second.sent.start, second.sent.end} or asks(verb.sent):
        return False  # the pick is made in the choice's sentence or the next one, and is not itself asked
    if supposed(verb) or any(denies_its_head(c) for t in [verb, *verb.ancestors] for c in t.children):
        return False  # "I never chose leadership", "if you pick leader"
    return _taken_alone(picked)


def answered_with_one(tokens: Sequence) -> bool:
    """"Managers or leaders? Leaders." picks one side in answer to a question that asks which is wanted; "Is she a
    manager or a leader? A manager." only says what someone is, "Do you report to a manager or a leader?" asks a
    fact, and "Leaders, when the plan changes" answers with a condition."""
    words = _words()
    answer = tokens[-1]
    rest = written_words(answer.doc[answer.i + 1:answer.sent.end])
    if not all(t.is_punct or t.pos_ == "PRON" or t.lower_ in words["pick_tails"] for t in rest):
        return False
    if any(t._.lk_family for t in answer.doc[answer.sent.start:answer.i]):
        return False  # the answer sentence carries a side of its own before the one picked
    first = tokens[0]
    if first.pos_ == "VERB":
        return True  # "Should I manage them or lead them?" asks which act to do
    verb = next((t for t in first.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return True  # "Managers or leaders?"
    lemma = verb.lemma_.lower()
    if lemma in words["choosing_verbs"] | words["needing_verbs"] | words["choice_heads"]:
        return True
    if lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in words["worth_words"] for c in verb.children):
        return True  # "What's better, a manager or a leader?" asks which to prefer
    # "Should I be a manager or a leader?" asks what to become; "Is she a manager or a leader?" what someone is.
    return lemma in words["being_verbs"] and any(c.dep_ == "aux" for c in verb.children)


def wanted_either_way(tokens: Sequence) -> bool:
    """"Do your people need a manager? Or do they need a leader?", "Do we want a service that is managed, or one that is
    led?": a question of what is wanted, with one side or the other as what is wanted, asks the reader to pick one of them
    and presumes nobody needs both. "Is she a manager or a leader?" asks what someone is, "Do you report to a manager or
    a leader?" asks a fact, and "Do we need managers or leaders? Both." takes the choice back."""
    words = _words()
    sides = family_tokens(tokens)
    first, last = sides[0], sides[-1]
    wishes = [_wish_of(side) for side in (first, last)]
    if any(w is None or w.lemma_.lower() not in words["wanted_verbs"] or any(c.dep_ == "neg" for c in w.children) for w in wishes):
        return False
    if wishes[0].lemma_.lower() != wishes[1].lemma_.lower():
        return False
    if first.sent.start != last.sent.start and not asks(first.sent):
        return False
    return not _reply_keeps_both(last)


def _reply_keeps_both(last) -> bool:
    """The sentence after the question takes its choice back: "Do we need managers or leaders? Both.", "It depends."."""
    doc = last.doc
    reply = doc[last.sent.end].sent if last.sent.end < len(doc) else doc[0:0]
    both = _words()["both_markers"] - {"only"}
    return any(t.lower_ in both or t.lemma_.lower() == "depend" for t in reply)


def asks_which_kind_you_are(tokens: Sequence) -> bool:
    """"Are you a manager or a leader?", "Which are you: a manager who controls, or a leader who inspires?", "Leader or
    manager — which are you?": a quiz's question of which of the two kinds the reader is takes them as kinds no one is at
    once. The question must end with the pair (a clause describing the second side may follow): "are you a manager or a
    leader at Acme?" asks a post held somewhere. "Are you hiring a manager or a leader?" (an auxiliary) asks what someone
    does, and "Both." or "It depends." in reply takes the choice back."""
    family = family_tokens(tokens)
    first, last = family[0], family[-1]
    be = next((t for t in tokens if t.lemma_.lower() == "be" and not t._.lk_family), None)
    if be is None or be.dep_ in {"aux", "auxpass"} or first.sent.start != last.sent.start or not asks(last.sent):
        return False
    in_match = {t.i for t in tokens}
    described = {t.i for c in last.children if c.dep_ in {"relcl", "acl"} for t in c.subtree}
    after = [t for t in last.doc[last.i + 1:last.sent.end] if not t.is_punct and not t.is_space]
    if any(t.i not in in_match and t.i not in described for t in after):
        return False
    return not (_reply_keeps_both(last) or _reply_weighs_the_pair(last))


def asks_which_to_choose(tokens: Sequence) -> bool:
    """"Management or leadership: which will you choose?", "Which will you pick: managing or leading?": the reader asked
    to choose one of the two, as a quiz asks which kind they are, takes them as alternatives no one takes both of. The
    question ends with its verb or its pair ("which will you choose for the pilot?" asks about one project), nothing
    denies the choosing, and "Both." or "It depends." in reply takes the choice back."""
    family = family_tokens(tokens)
    first, last = family[0], family[-1]
    verb = next((t for t in tokens if t.lemma_.lower() in _words()["choosing_verbs"] and not t._.lk_family), None)
    if verb is None or first.sent.start != last.sent.start or not asks(last.sent):
        return False
    if any(denies_its_head(c) for t in [verb, *verb.ancestors] for c in t.children):
        return False
    end = max(verb.i, last.i)
    if any(not (t.is_punct or t.is_space) for t in last.doc[end + 1:last.sent.end]):
        return False
    return not (_reply_keeps_both(last) or _reply_weighs_the_pair(last))


def _reply_weighs_the_pair(last) -> bool:
    """"Are you more of a leader or a manager? Is there a difference?", "Leader or manager — which are you? That's a false
    choice. They're the same animal.": a reply (over its next two sentences) that asks or says whether the two differ,
    naming neither, answers another question than which one the reader is."""
    doc = last.doc
    start = last.sent.end
    while start < len(doc) and _speaker_label(doc[start].sent):
        start = doc[start].sent.end  # "A:" before the answer
    reply = doc[start:next_sentence_end(doc[start])] if start < len(doc) else doc[0:0]
    return not any(t._.lk_family for t in reply) and any(t.lower_ in _words()["comparison_words"] for t in reply)


def _speaker_label(sent) -> bool:
    """"A:", "Me:": a sentence of a word or two closed by a colon names who speaks next."""
    said = written_words(sent)
    return len(said) <= 3 and said[-1].text == ":"


def _wish_of(side):
    """The verb a side is wanted by: the first verb above it that is not the other side ("want to manage or to lead")."""
    return next((t for t in side.ancestors if t.pos_ in {"VERB", "AUX"} and not t._.lk_family), None)


def verdicts_close_their_clauses(tokens: Sequence) -> bool:
    """"Leadership is in, management is out": the verdict after each side ends its clause, so it is said of the side
    itself; "leadership is in the room, management is out on the floor" says where people are."""
    first = family_tokens(tokens)[0]
    verdict = next(t for t in tokens if t.i > first.i and t.lower_ not in _words()["verdict_copulas"])
    return all(_closes_its_clause(t) for t in (verdict, tokens[-1]))


def _closes_its_clause(token) -> bool:
    doc = token.doc
    return token.i + 1 == len(doc) or doc[token.i + 1].is_punct or doc[token.i + 1].lower_ in condition_words("shared")["clause_closing_conjunctions"]


def remade_to_a_kind(tokens: Sequence) -> bool:
    """"upgrade your managers to leaders" remakes one kind of person into the other as "into" does; a bare "to" reads so
    only after a verb of remaking that takes it ("upgrade", "convert", not "promote a manager to team leader", a move
    between posts) and before a person: "develop managers to lead" asks them to do both, and "to leadership" names
    a role; "upgrade the manager dashboard to the leader edition" remakes a thing."""
    family = family_tokens(tokens)
    first, last = family[0], family[-1]
    remaking = _words()["remaking_prepositions"]
    prep = next((t for t in reversed(tokens) if first.i < t.i < last.i and t.lower_ in remaking), None)
    if prep is None or prep.lower_ == "into":
        return True
    verb = next((t for t in tokens if t.i < first.i and t.lemma_.lower() in _words()["remaking_verbs"]), None)
    people = all(side._.lk_form == "agent" and side.dep_ not in {"compound", "amod", "nmod"} for side in (first, last))  # not "the manager dashboard"
    return verb is not None and verb.lemma_.lower() in _words()["remaking_to_verbs"] and people


def not_a_path_of_people(tokens: Sequence) -> bool:
    """"On-call engineer → team lead → engineering manager → leadership": a person and then the group at the top, as one
    link of a longer chain, is the path a question takes through people; "Manager → leader" is a growth."""
    sides = family_tokens(tokens)
    first, last = sides[0], sides[-1]
    arrows = {t.text for t in first.doc[first.i + 1:last.i]}
    forms = {first._.lk_form, last._.lk_form}
    longer = any(t.text in arrows for t in first.sent if not first.i < t.i < last.i)
    return not (longer and forms == {"agent", "abstract"})


def not_one_role_ranked(tokens: Sequence) -> bool:
    """"a manager who leads > a manager who just manages" ranks two kinds of manager (one who also leads): the act
    before the sign describes a person of the other side's family, so both sides are that role. "leaders > managers"
    ranks the two."""
    family = family_tokens(tokens)
    first, last = family[0], family[-1]
    holder = first.head
    return not (first.dep_ == "relcl" and holder.i < first.i and holder._.lk_family == last._.lk_family)


def not_a_named_person(tokens: Sequence) -> bool:
    """"my team lead doesnt manage" says what one person does: a determiner before the first word (past a role
    noun such as "team") makes it a noun naming someone, however the tagger read it; "Lead, don't manage" has none."""
    first = family_tokens(tokens)[0]
    doc = first.doc
    j = first.i - 1
    if j >= first.sent.start and doc[j].pos_ in {"NOUN", "PROPN"}:
        j -= 1
    return not (j >= first.sent.start and (doc[j].tag_ in {"PRP$", "DT", "WP$"} or doc[j].dep_ == "poss"))


def not_an_inability(tokens: Sequence) -> bool:
    """"leaders who cant manage exist", "the leader of my group could NOT manage a calendar": what some people, or one
    person, cannot do describes them; it sets neither side in the other's place. "A true leader never manages" and
    "leaders can't manage" said of them all are left to the score."""
    family = family_tokens(tokens)
    first, last = family[0], family[-1]
    if last._.lk_form != "verb" or first._.lk_form != "agent":
        return True
    unable = any(c.dep_ == "aux" and c.lower_ in _words()["ability_modals"] for c in last.children) and any(
        c.dep_ == "neg" for c in last.children)
    if not unable:
        return True
    some = last.dep_ == "relcl" and last.head.i == first.i
    one = any(c.dep_ == "prep" and c.lower_ == "of" for c in first.children) or any(
        c.dep_ == "poss" for c in first.children)
    return not (some or one)


def no_fault_laid(tokens: Sequence) -> bool:
    """"I don't blame my manager, I blame leadership", "thank your manager, not leadership": a side that is the object
    of a verb laying fault or credit names whom it falls on, not a function to keep or drop."""
    faults = condition_words("LM002")["fault_verbs"]
    for side in family_tokens(tokens):
        verb = side.head.head if side.dep_ == "pobj" else side.head
        if side.dep_ in {"dobj", "pobj", "conj"} and verb.pos_ == "VERB" and verb.lemma_.lower() in faults:
            return False
    return True


def instead_opens_its_phrase(tokens: Sequence) -> bool:
    """"Instead of managers, we need leaders" sets the phrase before the side it makes way for. After a side of its own
    ("it isn't leaders instead of managers; it's both") the phrase belongs to that side, whose own pattern reads the
    negation there."""
    doc = tokens[0].doc
    for token in reversed(doc[max(tokens[0].sent.start, tokens[0].i - 4):tokens[0].i]):
        if token._.lk_family:
            return False
        if token.pos_ not in {"DET", "PRON", "NOUN", "ADJ", "PROPN", "PUNCT"}:
            return True
    return True


CONDITIONS = {
    "no-fault-laid": no_fault_laid,
    "not-one-role-ranked": not_one_role_ranked,
    "not-an-inability": not_an_inability,
    "not-a-named-person": not_a_named_person,
    "answer-said-by-someone": answer_said_by_someone,
    "remade-to-a-kind": remade_to_a_kind,
    "verdicts-close-their-clauses": verdicts_close_their_clauses,
    "not-a-path-of-people": not_a_path_of_people,
    "same-object-both-ways": same_object_both_ways,
    "picked-after-choice": picked_after_choice,
    "choice-between-required": choice_between_required,
    "picked-after-or-choice": picked_after_or_choice,
    "whole-side": whole_side,
    "not-relative-clause": not_relative_clause,
    "not-both-required": not_both_required,
    "negated-wish": negated_wish,
    "not-described-activity": not_described_activity,
    "not-roles-side-by-side": not_roles_side_by_side,
    "not-concessive": not_concessive,
    "not-coordinated": not_coordinated,
    "other-not-joined-after": other_not_joined_after,
    "not-just-one": not_just_one,
    "not-listed-form": not_listed_form,
    "picks-one": picks_one,
    "no-both-later": no_both_later,
    "other-not-denied-after": other_not_denied_after,
    "not-split-by-object": not_split_by_object,
    "destination-not-a-post": destination_not_a_post,
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
    "needer-is-the-other-side": needer_is_the_other_side,
    "first-is-spent": first_is_spent,
    "not-one-person-swap": not_one_person_swap,
    "no-role-named": no_role_named,
    "not-rejected-question": not_rejected_question,
    "not-comparison-denied": not_comparison_denied,
    "answered-with-one": answered_with_one,
    "wanted-either-way": wanted_either_way,
    "asks-which-kind-you-are": asks_which_kind_you_are,
    "asks-which-to-choose": asks_which_to_choose,
    "instead-opens-its-phrase": instead_opens_its_phrase,
}
