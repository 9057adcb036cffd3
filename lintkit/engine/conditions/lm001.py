"""LM001 (interchangeable): what tells a gloss from a list, a dismissal from a distinction, and use from mention."""
from __future__ import annotations

import re
from typing import Sequence

from lintkit.engine.conditions.shared import (
    OPENING_POS,
    SUBJECT_DEPS,
    asks,
    family_tokens,
    first_conjunct,
    first_is_subject,
    is_negated,
    marked_as_supposed,
    next_sentence_end,
    not_question,
    parallel_forms,
    sentence_tokens_before,
    taken_in_part,
    token_after,
    written_words,
    word_after,
)
from lintkit.engine.conditions.words import condition_words
from lintkit.nlp.context import CLOSING_QUOTES, OPENING_QUOTES, has_own_subject

# Relations of a word that modifies the noun after it ("leadership/managerial style").
MODIFIER_DEPS = frozenset({"amod", "compound", "npadvmod", "nmod"})
CLAUSE_OPENERS = frozenset({":", ";", "—", "–"})
NOT_EQUAL_SIGNS = frozenset({"≠", "!=", "=/=", "<>"})
SENTENCE_ENDS = frozenset({".", "!", "…"})  # "?" ends a question, never an answer
LABEL_MARKS = frozenset({":", "—", "–", "|", "•", "-"})
CLAUSE_ENDS = frozenset({".", ";", "!", "?", ":", "—", "–", "("})
# Punctuation inside a pair ("leader/manager", "leadership-versus-management", "'managers' vs 'leaders'").
# What may stand between a list of names and the shrug that ends it: more names, their determiners, punctuation.
LIST_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})
PAIR_JOINERS = frozenset({"/", "-", "'", "’", '"', "“", "”"})
# Punctuation after which a word opens a clause of its own: "...; leadership is management".
CLAUSE_JOINING_MARKS = frozenset({",", ";", "—", "–"})
# Punctuation that may close "they're the same" ("the same, honestly", "the same; ...").
SAME_ENDS = frozenset({".", "!", ",", "—", "–", ";"})


def _words() -> dict[str, frozenset[str]]:
    return condition_words("LM001")


def parallel_or_modifying_one_noun(tokens: Sequence) -> bool:
    """"leadership/managerial style", "managerial/leadership skills": a noun and an adjective slashed before one noun
    both modify it, as two nouns or two adjectives would; anywhere else the forms must match."""
    if parallel_forms(tokens):
        return True
    family = family_tokens(tokens)
    first, last = family[0], family[-1]
    if {first._.lk_form, last._.lk_form} != {"abstract", "adjective"} or last.dep_ not in MODIFIER_DEPS:
        return False
    noun = last.head
    return noun.pos_ == "NOUN" and noun.i > last.i and first.dep_ in MODIFIER_DEPS and first.head.i in {last.i, noun.i}


def real_gloss_marker(tokens: Sequence) -> bool:
    """"managers (i.e. leaders)" glosses; "leaders that lead" or "leadership or management" do not. "Leadership
    (sometimes written 'management')" gives one word as the other's spelling of the same thing."""
    inner = [t.lower_ for t in tokens[1:-1]]
    words = _words()
    return any(w in words["gloss_markers"] or w in words["written_forms"] for w in inner) or ("that" in inner and "is" in inner)


def writer_says(tokens: Sequence) -> bool:
    """"When we say leader" or "wherever this guide says leader" is the writer's usage; "when people say leader"
    reports others'."""
    from lintkit.nlp.context import words as context_words

    w = context_words()
    speech_verbs = _words()["speech_verbs"]
    saying = next(t for t in tokens if t.lemma_ in speech_verbs and not t._.lk_family)
    if _reader_told(tokens, saying):
        return True
    said_by = [t for t in tokens if t.i < saying.i and t.pos_ in {"PRON", "NOUN", "PROPN"}]
    if not said_by:
        return False
    who = said_by[-1]
    if who.lower_ in w["writer_subjects"]:
        return True
    return who.lemma_.lower() in w["writer_documents"] and any(
        t.lower_ in w["writer_document_determiners"] for t in tokens if t.i < who.i)


def _reader_told(tokens: Sequence, saying) -> bool:
    """"Whenever they say leadership, hear management": whoever says it, the writer tells the reader how to take
    it; "when people say leader, they mean manager" only reports what the speakers mean."""
    reading_verbs = _words()["reading_verbs"]
    reading = next((t for t in tokens if t.i > saying.i and t.lemma_ in reading_verbs and not t._.lk_family), None)
    if reading is None or reading.dep_ != "ROOT":
        return False
    return not has_own_subject(reading, tokens[0])


def writer_uses(tokens: Sequence) -> bool:
    """"this course uses 'leadership' to mean management", "we use ... ", an instruction ("Use leader to mean
    manager"): the writer's own stipulation; another user ("some consultants use ...") reports a usage."""
    from lintkit.nlp.context import words as context_words

    w = context_words()
    verb = tokens[0]
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return verb.dep_ == "ROOT"
    who = subjects[0]
    if who.lower_ in w["writer_subjects"]:
        return True
    return who.lemma_.lower() in w["writer_documents"] and any(
        c.dep_ in {"det", "poss"} and c.lower_ in w["writer_document_determiners"] for c in who.children)


def named_in_place(tokens: Sequence) -> bool:
    """"we call managers leaders" names; "we call managers' leaders in", "call managers leaders together" summon
    people: the naming verb takes no particle or preposition, and the two names stand side by side."""
    naming = next(t for t in tokens if not t._.lk_family)
    named, name = sorted(family_tokens(tokens), key=lambda t: t.i)[:2]
    summoning_particles = _words()["summoning_particles"]
    summoned = [c for c in naming.children if c.i > name.i and (
        c.dep_ == "prt" or c.lower_ in summoning_particles
        or (c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children)))]
    if name.i != named.i + 1 or summoned:
        return False
    return not any(c.dep_ == "case" for c in named.children)


def same_head_repeated(tokens: Sequence) -> bool:
    """A noun after the bracketed name glosses only when it repeats the first name's noun ("Management skills
    (leadership skills)"); another noun makes the bracket a description ("managers (leadership team members)")."""
    family = family_tokens(tokens)
    last = family[-1]
    # only the noun right after the second name (past a closing quote) is its head: "leadership, or management as the
    # textbooks call it" has none
    after = [t for t in tokens if t.i > last.i and t.pos_ == "NOUN" and all(w.text in CLOSING_QUOTES for w in t.doc[last.i + 1:t.i])]
    if not after:
        return True
    before = [t for t in tokens if family[0].i < t.i < last.i and t.pos_ == "NOUN"]
    return bool(before) and before[0].lemma_.lower() == after[0].lemma_.lower()


def aside_set_off(tokens: Sequence) -> bool:
    """A scope between the subject and its verb is an aside only when commas close it on both sides and it names
    neither family: "Leading your team, in this section, means managing it" defines; "Leadership for managers means
    managing yourself first" narrows the subject to another group."""
    family = family_tokens(tokens)
    verb = next((t for t in tokens if t.i > family[0].i and t.lemma_ in _words()["equating_verbs"]), None)
    if verb is None:
        return True
    gap = [t for t in tokens if family[0].i < t.i < verb.i]
    commas = [t for t in gap if t.text == ","]
    scopes = [t for t in gap if t.lower_ in _words()["answer_scopes"]]
    if not commas and not scopes:
        return True
    if len(commas) != 2 or any(t._.lk_family for t in gap) or gap[-1].text != ",":
        return False
    return all(commas[0].i < t.i for t in scopes)


TABLE_RULE = re.compile(r"\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+")


def column_names_the_other(tokens: Sequence) -> bool:
    """A pipe table whose column says what the first column is also called ("| Role | Also called |", then "| Manager |
    Leader |"): the row gives the second name as the first's synonym. A column of anything else ("| Role | Reports to
    |") relates two people. The two cells hold the names alone, side by side in one row after the rule line."""
    first, second = family_tokens(tokens)[:2]
    text = first.doc.text
    rule = None
    for found in TABLE_RULE.finditer(text, 0, first.idx):
        rule = found
    if rule is None:
        return False
    width = rule.group().count("|") - 1
    header = [c.strip().lower() for c in text[:rule.start()].rstrip().strip("|").split("|")][-width:]
    cells, start = [], rule.end()
    for end in [i for i, ch in enumerate(text) if ch == "|" and i > rule.end()]:
        cells.append((start, end))
        start = end
    cells = [(a, b) for a, b in cells if text[a:b].strip("| \t")]
    place = {}
    for n, (a, b) in enumerate(cells):
        for token in (first, second):
            if a <= token.idx < b:
                place[token.i] = n
    if len(place) != 2 or place[second.i] != place[first.i] + 1 or place[first.i] // width != place[second.i] // width:
        return False
    column = place[second.i] % width
    if column < 1 or column >= len(header) or header[column] not in _words()["synonym_headers"]:
        return False
    return all(text[a:b].strip("| \t").lower() == t.lower_ for t, (a, b) in ((first, cells[place[first.i]]), (second, cells[place[second.i]])))


def not_third_party(tokens: Sequence) -> bool:
    """"We use the words interchangeably" is the writer's usage; "many people use ..." reports others'."""
    from lintkit.nlp.context import words

    verb = tokens[0]
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return True
    who = subjects[0]
    if verb.dep_ == "relcl" and who.tag_ in {"WP", "WDT"}:
        return verb.head.lower_ not in words()["third_parties"] | _words()["generic_people"]  # "anyone who uses ..."
    return who.lower_ not in words()["third_parties"]


def claim_or_tag_question(tokens: Sequence) -> bool:
    """A claim, or a claim with a question tag ("leadership is management, right?"); a real question asks."""
    if not_question(tokens):
        return True
    sent = tokens[0].sent
    words = [t for t in written_words(sent) if not t.is_punct or t.text == ","]
    tags = _words()["affirmations"] | _words()["question_tags"]
    return len(words) >= 3 and words[-2].text == "," and words[-1].lower_ in tags


def opens_question(tokens: Sequence) -> bool:
    """The copula opens its clause ("Honestly, isn't ...", "Ask yourself: aren't ..."): an inverted question, not "X isn't Y".
    A sentence end before it opens a clause too: the parser may run a short line into the question ("Intro — Ünïcödé. Is
    a manager a leader?")."""
    first = tokens[0]
    before = first.doc[first.sent.start:first.i]
    start = max((t.i + 1 for t in before if t.text in CLAUSE_OPENERS | SENTENCE_ENDS | {"?"}), default=first.sent.start)
    opening = first.doc[start:first.i]
    # "Why isn't management leadership?" asks for a reason and presupposes the difference.
    return all(t.pos_ in OPENING_POS and not t.tag_.startswith("W") for t in opening)


def _before_family(first) -> list:
    """Up to four tokens before the first family word, nearest first, stopping at clause punctuation."""
    found = []
    for i in range(first.i - 1, max(first.sent.start, first.i - 5) - 1, -1):
        token = first.doc[i]
        if token.is_punct and token.text not in {"'", "’"}:
            break
        found.append(token)
    return found


def names_the_difference(tokens: Sequence) -> bool:
    """The difference between the two is what is dismissed: "the distinction between X and Y", "the X vs Y debate",
    "X vs Y is a false distinction".

    A "vs." alone is not enough: "leadership vs. management is a false choice" dismisses the choice.
    """
    words = _words()
    dismissal = tokens[-1]
    inner = [t.lower_ for t in tokens] + ([dismissal.head.lower_] if dismissal.dep_ == "amod" else [])
    before = [t.lower_ for t in _before_family(family_tokens(tokens)[0])]
    # "X vs. Y is a false choice" dismisses the choice, not the difference: the difference itself must be named.
    named = (
        any(w in words["difference_words"] for w in inner)
        or any(b in words["difference_pair_prepositions"] and any(w in words["difference_words"] for w in before[n + 1:]) for n, b in enumerate(before))
    )
    return named


def denied_difference_question(tokens: Sequence) -> bool:
    """A question about the difference ("what's the difference?", "is X any different from Y?") answered
    with a short denial ("None.", "Not really.", "Not in my experience.")."""
    words = _words()
    question = tokens[0].sent
    if not any(t.lower_ in words["difference_words"] or t.lemma_ in words["difference_words"] for t in question):
        return False
    if any(not t.is_punct and (t.lower_ in words["question_stoppers"] or t.lemma_ in words["question_stoppers"]) for t in question):
        return False  # "Do you know the difference ...? No." owns up to not knowing
    answer = tokens[-1]
    if asks(answer.sent):
        return False  # "No? Read on."
    rest = written_words(answer.doc[answer.i + 1:answer.sent.end])
    for n, t in enumerate(rest):
        if t.text in SENTENCE_ENDS:
            return True  # the answer ends there, whatever the parser hangs after it ("None. 日本語")
        if t.text in CLAUSE_OPENERS or (t.text == "," and n + 1 < len(rest) and rest[n + 1].pos_ == "PRON"):
            # "No, we renamed them; the content is identical": a comma can open the clause that explains the denial
            return _goes_on_to_call_them_same(rest[n + 1:])
        if t.text == "," and n + 1 < len(rest) and _scopes_the_answer(rest[n + 1]):
            return True
        if t.lower_ in words["exception_words"]:
            return _only_a_label(rest[n + 1:])
        # A denial may be said twice ("Not really, no."): the second adds nothing to the answer.
        if not t.is_punct and not t.like_num and t.lower_ not in words["answer_tails"] and t.lower_ not in words["denials"]:
            return False  # a count is a scope's ("not in my thirty years"), a word outside the tails explains
    return True


def _scopes_the_answer(mark) -> bool:
    """"Nothing, once you've done both", "None, if you ask me": a clause of when or on what terms the denial holds, not a
    difference it grants ("None, unless you count the pay" names one, as "except" does)."""
    if mark.dep_ != "mark" or mark.lower_ not in _words()["answer_scope_marks"]:
        return False
    return not any(t._.lk_family or t.lower_ in _words()["difference_words"] for t in mark.head.subtree)


def supposition_then_unseen(tokens: Sequence) -> bool:
    """The clause the supposition hangs on takes the supposed difference up ("it", "one") and says it was never found:
    "..., I've yet to see it", "..., nobody has shown it to me", "..., I can't find it". "..., it's a small one" grants it."""
    supposed = tokens[0].head
    main = supposed.head
    if supposed.dep_ != "advcl" or main.i == supposed.i:
        return False
    return _taken_up_unseen(main, range(supposed.left_edge.i, supposed.right_edge.i + 1))


def granted_then_unseen(tokens: Sequence) -> bool:
    """A difference granted for the sake of argument, then not found: "Sure, you can draw a line between leading and
    managing, but nobody can find it", "you can talk about a difference ..., but I've never seen it". The clause after
    "but" takes the difference up and denies finding it; "..., but it's a fine one" grants it."""
    verb = tokens[0]
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if not any(c.dep_ == "cc" and c.lower_ in condition_words("shared")["clause_opening_conjunctions"] and c.i > tokens[-1].i for c in verb.children):
        return False
    turned = [c for c in verb.children if c.dep_ == "conj" and c.i > tokens[-1].i]
    return any(_taken_up_unseen(c, range(verb.left_edge.i, tokens[-1].i + 1)) for c in turned)


def _taken_up_unseen(main, skip: range) -> bool:
    words, negative_subjects = _words(), condition_words("shared")["negative_subjects"]
    outside = [t for t in main.subtree if t.i not in skip]
    verbs = [main, *(t for t in outside if t.dep_ == "xcomp" and t.head.i == main.i)]
    # what is not found is the difference ("find it", "seen it"): "nobody teaches it" leaves it there
    found = [v for v in verbs if v.lemma_.lower() in words["finding_verbs"]]
    taken_up = any(t.lower_ in words["difference_pronouns"] and t.dep_ in {"dobj", "nsubjpass"} and t.head in found for t in outside)
    unseen = any(c.dep_ == "neg" or c.lower_ in words["unseen_markers"] or (c.dep_ in SUBJECT_DEPS and c.lower_ in negative_subjects)
                 for v in verbs for c in v.children)
    return taken_up and unseen


def _only_a_label(rest) -> bool:
    """"Nothing except the title" keeps the denial: what it leaves is a label. "None, except how they treat people"
    names a difference."""
    words = _words()
    tail = []
    for t in rest:
        if t.text in SENTENCE_ENDS:
            break
        tail.append(t)
    return any(t.lower_ in words["label_nouns"] for t in tail) and not any(t.pos_ == "VERB" for t in tail)


def _goes_on_to_call_them_same(clause) -> bool:
    """An answer that goes on after its denial keeps it only by calling the two the same ("None, really; it's the
    same seat with a different nameplate"); an explanation ("Not really; one plans, the other inspires") or a
    take-back ("No — but it shows in a crisis") may be drawing the very difference the denial waved away."""
    words = _words()
    for t, n in zip(clause, [*clause[1:], None]):
        if t.lower_ in words["answer_sameness"]:
            return True
        if t.lower_ in words["pair_words"] and n is not None and n.text in words["equation_signs"]:
            return True
        # "— the words describe one job": "one" before a noun of sameness, not "one plans, the other inspires"
        if t.lower_ in words["oneness"] and n is not None and n.lower_ in words["same_nouns"] and n.lower_ not in words["person_nouns"]:
            return True
        if t.lower_ in words["take_backs"]:
            return False
    return False


def short_answer(tokens: Sequence) -> bool:
    """The answer stands alone ("Yes." "Yes; the two roles are identical."); "Yes, sometimes" and "Yes and no" qualify it,
    "Yes, same job" makes the two one."""
    answer = tokens[-1]
    after = written_words(answer.doc[answer.i + 1:answer.sent.end])
    if len(after) > 1 and after[0].text == "," and (after[1].lower_ in _words()["universal_tails"] or _made_one_after(answer)):
        return True  # "Yes, every single one.", "Yes, always.", "Yes, same job."
    laughs = _words()["laughs"]
    after = [t for n, t in enumerate(after) if not (t.lower_ in laughs and all(u.lower_ in laughs for u in after[:n]))]
    return not after or after[0].text in {".", "!", ";", "—", "–", ":"}  # a laugh after it ("yes lol") adds nothing


def not_then_split(tokens: Sequence) -> bool:
    """"two words, one job" merges; "two words, two jobs" splits again. A count of anything but names ("two roles",
    "three jobs") counts things, the opposite of a merge, unless the sentence goes on to make them one ("two titles,
    one job" counts names; "two roles, one job" takes the count back)."""
    counts = _words()["count_words"]
    if not any(t.lower_ in counts for t in tokens):
        return True
    if tokens[-1].lower_ not in _words()["word_plurals"] and not _made_one_after(tokens[-1]):
        return False
    return not _said_after(tokens, _words()["contrast_adjectives"] | counts | _words()["separating_words"])


def _made_one_after(token) -> bool:
    """"..., one job", "..., same job" makes one thing of what was counted; "one person" counts heads."""
    words = _words()
    rest = token.doc[token.i + 1:token.sent.end]
    return any(t.lower_ in words["oneness"] and n.lower_ in words["same_nouns"] and n.lower_ not in words["person_nouns"]
               for t, n in zip(rest, rest[1:]))


def not_then_told_apart(tokens: Sequence) -> bool:
    """"Some call it leading, others call it managing" shrugs, unless the sentence goes on to tell them apart ("; the
    two are different jobs")."""
    return not _said_after(tokens, _words()["telling_apart"])


def _said_after(tokens: Sequence, words: frozenset[str]) -> bool:
    last = tokens[-1]
    return any(t.lower_ in words for t in last.doc[last.i + 1:last.sent.end])


def not_between(tokens: Sequence) -> bool:
    """"a Manager/Leader pairing", "the manager–leader relationship" name a pair, not one thing; "respectively" splits."""
    family = family_tokens(tokens)
    last = family[-1]
    doc = last.doc
    following = [t.lower_ for t in doc[last.i + 1:min(len(doc), last.i + 3)]]
    return not any(w in _words()["pair_nouns"] for w in following) and not _slashes_a_list(family[0], last)


def _slashes_a_list(first, last) -> bool:
    """The slash lists, it does not merge: a third field slashed on ("Filter by: Leadership / Management / Finance")
    is a menu of areas, where a third title ("leader/manager/supervisor") still names one person; and a later cell
    that slashes two descriptions ("Manager / Leader | keeps things running / moves things forward") gives each its
    own, as "respectively" would; a cell that slashes the pair again ("| leading/managing |") merges it again."""
    doc = last.doc
    sent = last.sent
    if first._.lk_form != "agent":
        before = doc[first.i - 2] if first.i - 2 >= sent.start and doc[first.i - 1].text == "/" else None
        after = doc[last.i + 2] if last.i + 2 < sent.end and doc[last.i + 1].text == "/" else None
        if any(t is not None and t.pos_ in {"NOUN", "PROPN"} and not t._.lk_family for t in (before, after)):
            return True
    rest = doc[last.i + 1:sent.end]
    cell = next((t.i for t in rest if t.text in LABEL_MARKS), None)
    if cell is None:
        return False
    return any(t.text == "/" and t.i + 1 < sent.end and all(w.is_alpha for w in (doc[t.i - 1], doc[t.i + 1]))
               and not all(w._.lk_family for w in (doc[t.i - 1], doc[t.i + 1])) for t in doc[cell + 2:sent.end])


def not_mentioned(tokens: Sequence) -> bool:
    """A merged term quoted whole ("terms such as \"managers/leaders\"") is mentioned, not used; so is one that
    modifies a noun for words (``not_words_named``)."""
    doc = tokens[0].doc
    first, last = tokens[0].i, tokens[-1].i
    if not not_words_named(tokens):
        return False
    if first == 0 or last + 1 >= len(doc):
        return True
    closing = doc[last + 1]
    if closing.is_punct and closing.text not in CLOSING_QUOTES and last + 2 < len(doc):
        closing = doc[last + 2]
    return not (doc[first - 1].text in OPENING_QUOTES and closing.text in CLOSING_QUOTES)


def not_words_named(tokens: Sequence) -> bool:
    """The pair does not modify a noun for words, right after it or through hyphened modifiers: "leader/manager
    terms", "we counted leader/manager words", "posts with three leader/manager-family words" talk about words."""
    last = tokens[-1]
    word_nouns = condition_words("shared")["word_nouns"]
    for token in last.doc[last.i + 1:min(last.i + 4, last.sent.end)]:
        if token.lower_ in word_nouns:
            return False
        if token.is_punct and token.text != "-" or token.pos_ not in {"NOUN", "PROPN", "ADJ", "PUNCT"}:
            return True
    return True


def hyphen_or(tokens: Sequence) -> bool:
    """"management-or-leadership" and "management-as-leadership" merge; "management or leadership" offers a choice,
    and "management as leadership" is a phrase ("read management as leadership")."""
    inner = [t for t in tokens[1:-1]]
    if not any(t.lower_ in _words()["hyphened_links"] for t in inner):
        return True
    return sum(t.text == "-" for t in inner) == 2


def merged_compound(tokens: Sequence) -> bool:
    """"our leadership management program": two lowercase family nouns in one compound. Hyphened, only the
    abstract nouns merge ("leadership-management basics"): "a leader-manager role" names one person doing both."""
    first, second = family_tokens(tokens)[:2]
    if second.i > first.i + 1 and "agent" in (first._.lk_form, second._.lk_form):
        return False
    opens = first.i == first.sent.start and first.is_title  # "Leadership management training for new supervisors"
    if not ((first.is_lower or opens) and second.is_lower) or first.tag_ in {"NNS", "NNPS"}:
        return False  # "Are managers leaders?" is a question, not a compound
    before = [t for t in first.doc[first.sent.start:first.i] if t.pos_ not in {"PART", "ADV"}]
    if before and before[-1].pos_ == "AUX":
        return False  # "Is management leadership?", "Why isn't management leadership?"
    return first.dep_ in {"compound", "amod", "nmod"} and (first.head.i == second.i or first.head.i == second.head.i)


def which_refers_to_first(tokens: Sequence) -> bool:
    """"Manage your team, which is to say, lead it": "which" takes up the act; after a noun it may take up the noun
    ("Manage the budget, which is leadership's job")."""
    family = family_tokens(tokens)
    first, last = family[0], family[-1]
    doc = first.doc
    if last.i + 1 < len(doc) and doc[last.i + 1].lower_ in condition_words("shared")["possessive_clitics"]:
        return False
    gap = doc[first.i + 1:tokens[-1].i]
    if any(t.text == ";" or t.lower_ == "and" for t in gap):
        # A new clause takes up only an act ("she leads the shift; that's management"), and only as nothing more:
        # "that's leadership too" adds; after a noun ("he was our manager; that's leadership for you") it sums up.
        after = doc[last.i + 1].lower_ if last.i + 1 < len(doc) else ""
        return first._.lk_form == "verb" and after not in _words()["additive_adverbs"]
    if not _relative_is_subject(gap):
        return False
    inserted = next((t for t in gap if t.is_punct), None)
    return (inserted is None or inserted.i == first.i + 1 or first._.lk_form == "verb" or _act_on_people_before(first, inserted)
            or _time_phrase_between(first, inserted, family[-1]))


def _time_phrase_between(first, inserted, last) -> bool:
    """"made a manager that spring, which in that town meant a leader": the words between the noun and the comma are a
    phrase of time hanging on the verb (not on the noun), so "which" takes the noun up over it; "the manager of the
    hospital, which ..." hangs its words on the noun, and "which" may take up the hospital. "..., which meant our leader
    could rest" tells what followed: the second name is the subject of a clause of its own, no gloss."""
    if last.dep_ in SUBJECT_DEPS:
        return False
    between = first.doc[first.i + 1:inserted.i]
    phrase = next((t for t in between if t.dep_ == "npadvmod"), None)
    if phrase is None or phrase.head.i == first.i or phrase.head.pos_ not in {"VERB", "AUX"}:
        return False
    return all(t.i == phrase.i or t.head.i == phrase.i for t in between)


def _act_on_people_before(first, inserted) -> bool:
    """"your management of the team, which is your leadership": an act named with its people after "of" is taken up
    whole by "which", as the bare act would be; "the management of the hospital, which is a leader in cardiology" takes
    up the hospital."""
    doc = first.doc
    if first._.lk_form != "abstract" or first.i + 1 >= inserted.i or doc[first.i + 1].lower_ != "of":
        return False
    people = doc[inserted.i - 1]
    return people.lower_ in _words()["led_objects"] and people.head.i == first.i + 1


def _relative_is_subject(gap) -> bool:
    """Words between "which" and its verb only scope the gloss ("which for this post means managing"); a noun
    there is a subject of its own, and "which" its object ("managers, which the staff are leaders of"). An aside set
    off by commas right after the relative is the speaker's ("which, let's be honest, just means managing")."""
    words = _words()
    relative = next((t for t in gap if t.lower_ in words["gloss_relatives"]), None)
    if relative is None:
        return True
    start = relative.i
    after = [t for t in gap if t.i > relative.i]
    if after and after[0].text == ",":
        start = next((t.i for t in after[1:] if t.text == ","), start)
    link = next((t for t in gap if t.i > start and t.lower_ in words["gloss_links"]), None)
    end = link.i if link is not None else start + 1
    between = [t for t in gap if start < t.i < end and t.pos_ in {"DET", "ADJ", "NOUN", "PROPN", "ADP"}]
    return not between or between[0].lower_ in words["answer_scopes"]


def subject_of_clause(tokens: Sequence) -> bool:
    """"As leaders in the company, managers set the tone": the second family word is the subject the phrase describes."""
    first = tokens[0]
    if first.i > 0 and first.doc[first.i - 1].lower_ in _words()["comparing_words"]:
        return False  # "just as leaders do, managers ..." compares
    return first_conjunct(family_tokens(tokens)[-1]).dep_ in SUBJECT_DEPS


def resumed_claim_not_negated(tokens: Sequence) -> bool:
    """"A and B ...; they're the same job": only the resuming clause is the claim, so only a negation there counts
    ("we didn't have 'leadership' — we had management, and it was the same thing" still claims)."""
    words = [t.lower_ for t in tokens]
    pronoun = max(i for i, w in enumerate(words) if w in _words()["resumers"])
    doc = tokens[0].doc
    end = min(tokens[-1].i + 2, tokens[0].sent.end)
    clause = [t.lower_ for t in tokens[pronoun:]] + [t.lower_ for t in doc[tokens[-1].i + 1:end]]
    if any(w in _words()["clause_negators"] for w in clause):
        return False
    # "Call it leadership or management, it's the same job": the naming shrug is its own finding (call-it-either);
    # "Stop calling managers leaders; it's the same job" names people, not "it", and stays here.
    nearby = list(doc[max(tokens[0].sent.start, tokens[0].i - 3):tokens[0].i]) + list(tokens[:pronoun])
    words = _words()
    return not any(t.lemma_ in words["naming_verbs"] and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in words["named_pronouns"] for t in nearby)


def nothing_added(tokens: Sequence) -> bool:
    """"A leader does what a manager does" equates; "... and more", "..., plus set direction" adds to it."""
    last = tokens[-1]
    return not any(t.lower_ in _words()["additions"] for t in last.doc[last.i + 1:last.sent.end])


def aside_holds_no_name(tokens: Sequence) -> bool:
    """The aside between the first word and the copula is a comment ("in plain English"), not a list of names
    ("Leaders, managers and coaches, are ...") or a description holding one ("The leader, a manager by training,")."""
    first = tokens[0]
    commas = [t for t in tokens if t.text == ","]
    aside = first.doc[commas[0].i + 1:commas[1].i] if len(commas) > 1 else []
    return not any(t._.lk_family or t.pos_ in {"NOUN", "PROPN"} and t.dep_ == "appos" for t in aside)


def same_unqualified(tokens: Sequence) -> bool:
    """"Both words mean the same", "they're the same job" make the pair one; "the same salary band" names something
    the two share, and "the same to recruiters, but not to your team" takes it back."""
    words = _words()
    last = tokens[-1]
    doc = last.doc
    nxt = token_after(last)
    if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"} and not _same_noun_names_one(nxt, tokens):
        return False
    return not any(t.lower_ in words["take_backs"] for t in doc[last.i + 1:last.sent.end])


def headword(tokens: Sequence) -> bool:
    """The first word is an entry's headword: it opens its line, or follows a label ("Glossary — Leader:"), with at
    most its own modifiers before it ("Line manager:"), or carries its part of speech, which only an entry does ("In
    our glossary, Leadership (n.): ..."). Mid-sentence, "the team leader: a manager ..." is prose."""
    first = tokens[0]
    doc = first.doc
    tags = _words()["part_of_speech_tags"]
    if any(t.lower_ in tags and not t.is_punct for t in doc[first.i + 1:first.i + 4]):
        return True
    i = first.i - 1
    while i >= first.sent.start and doc[i].head.i == first.i and doc[i].dep_ in {"compound", "amod"}:
        i -= 1
    return i < first.sent.start or doc[i].text in LABEL_MARKS or "\n" in doc[i].text


def label_answered_alone(tokens: Sequence) -> bool:
    """"Leadership? Just management.": the question is the word alone, with at most its own modifiers ("Their
    so-called leaders?"), and the answer stops at the other word or dresses it ("with better slides", ", nothing more"). "Is this leadership?
    Management, at best" weighs one case; "Leadership? Management? Which?" lists two; "Management's job" and
    "Management does it better" say something else of the other word."""
    first, last = tokens[0], tokens[-1]
    before = [t for t in first.doc[first.sent.start:first.i] if not (t.is_space or t.is_punct)]
    if any(t.i < first.left_edge.i for t in before):
        return False
    nxt = word_after(last, in_sentence=True)
    if nxt is None:
        return True
    return nxt.text != "?" and nxt.text not in condition_words("shared")["possessive_clitics"] and (nxt.is_punct or nxt.pos_ == "ADP")


def reference_stands_alone(tokens: Sequence) -> bool:
    """"People management. See Leadership." sends the reader to the other entry as the same one; what follows the
    reference may only repeat that ("..., which is the same concept"), since "See Leadership for how they differ" sends
    the reader on to a distinction."""
    last = tokens[-1]
    rest = [t for t in last.doc[last.i + 1:last.sent.end] if not (t.is_punct or t.is_space)]
    return not rest or any(t.lower_ in _words()["oneness_words"] for t in rest)


def dash_not_closed(tokens: Sequence) -> bool:
    """"Leadership (n.) — the management of people" defines; "Managers — the leaders of tomorrow — start in May"
    closes the dash again: an aside in a sentence, not an entry."""
    dashes = {t.text for t in tokens if t.text in {"—", "–"}}
    last = tokens[-1]
    return not any(t.text in dashes for t in last.doc[last.i + 1:last.sent.end])


def not_possessive(tokens: Sequence) -> bool:
    """"Leaders: a manager's guide" names whose guide it is; it does not define one by the other. A lone apostrophe is
    a plural's possessive ("the managers' manager") only after an "s" that no quotation mark opened: "read 'manager'"
    closes a quote."""
    last = tokens[-1]
    doc = last.doc
    after = doc[last.i + 1].lower_ if last.i + 1 < len(doc) else ""
    if after in {"'", "’"}:
        return not (last.lower_.endswith("s") and not (last.i > 0 and doc[last.i - 1].text in OPENING_QUOTES))
    return after not in {"'s", "’s"}


def answer_not_a_clause(tokens: Sequence) -> bool:
    """An answer that opens on a grade defines by a phrase ("What is leadership? → Good management."); graded and made
    a subject, the other word is what the answer speaks about ("What is a leader? Good managers disagree.")."""
    name = family_tokens(tokens)[-1]
    before = name.doc[name.i - 1] if name.i > 0 else None
    while before is not None and before.dep_ == "compound" and before.i > 0:
        before = name.doc[before.i - 1]
    return not (before is not None and before.pos_ == "ADJ" and name.dep_ in SUBJECT_DEPS)


def owned_definition_ends(tokens: Sequence) -> bool:
    """"Line manager: your direct leader; ..." defines the headword for its reader: the phrase ends at the other word.
    "Leadership: our managers on what changed" is a heading, and the words after it say what the piece is about."""
    if not any(t.lower_ in condition_words("LM001")["owned_openers"] for t in tokens):
        return True
    last = tokens[-1]
    doc = last.doc
    if last.i + 1 >= last.sent.end:
        return True
    after = doc[last.i + 1]
    return (after.is_punct and after.text not in {"'", "’"}) or after.lower_ in _words()["owning_followers"]


def difference_then_denied(tokens: Sequence) -> bool:
    """The pair's sentence states a difference (undenied), and the next sentence is nothing but its denial: "It isn't."
    A ranking ("more work than") is no difference, and a denial that goes on ("It isn't, really, but ...") is
    read no further than a short tail."""
    words = _words()
    family = family_tokens(tokens)
    sent = family[0].sent
    if family[-1].sent.start != sent.start:
        return False
    if not any(t.lower_ in words["difference_words"] or t.lower_ in words["stated_differences"] for t in sent):
        return False
    if any(t.lower_ in words["clause_negators"] for t in sent):
        return False
    denial = tokens[-1]
    if denial.sent.start != sent.end:
        return False
    rest = denial.doc[denial.i + 1:denial.sent.end]
    opener = next((t for t in rest if t.text in CLAUSE_OPENERS), None)
    end = opener.i if opener is not None else denial.sent.end
    tail = [t for t in denial.doc[denial.i + 1:end] if not (t.is_punct or t.is_space)]  # a blanked pictograph is no word
    if not all(t.lower_ in words["answer_tails"] for t in tail):
        return False
    # "They aren't; I've been both and it's the same job": a clause after the denial keeps it by calling them one
    return opener is None or _goes_on_to_call_them_same(list(denial.doc[opener.i + 1:denial.sent.end]))


def difference_asked_then_none(tokens: Sequence) -> bool:
    """The difference between the two is named ("Explain the difference between a leader and a manager", "ask anyone
    the diff between leading and managing"), and a later sentence says there is none: "There isn't one.", "There is no
    real difference." Only the pair's own difference counts (the noun, then "between" and at most determiners and
    adjectives before the first name); a sentence that already denies it is read by other patterns; and the denial
    ends there, or gives its reason ("..., because both answer for their staff"), never a scope of its own ("There is
    no difference in pay") or a noun that makes "one" count something else ("There isn't one right answer")."""
    words = _words()
    family = family_tokens(tokens)
    first, last = family[0], family[-1]
    sent = first.sent
    if last.sent.start != sent.start or any(t.lower_ in words["clause_negators"] for t in sent):
        return False
    if not _names_pair_difference(first):
        return False
    denial = tokens[-1]
    if denial.sent.start == sent.start or asks(denial.sent):
        return False
    there = next(t for t in reversed(tokens) if t.lower_ == "there")
    said = denial.doc[there.i:denial.i + 1]
    if denial.lower_ != "none" and not any(t.lower_ in words["clause_negators"] for t in said):
        return False
    return _denial_ends(denial)


def _names_pair_difference(first) -> bool:
    """A difference noun stands before the first name, with only "between" and determiners or adjectives after it."""
    words = _words()
    for token in reversed(first.doc[first.sent.start:first.i]):
        if token.lower_ in words["difference_words"] and token.pos_ in {"NOUN", "PROPN"}:
            gap = first.doc[token.i + 1:first.i]
            return any(t.lower_ == "between" for t in gap) and all(
                t.lower_ == "between" or t.pos_ in {"DET", "ADJ", "PRON"} for t in gap)
    return False


def _denial_ends(denial) -> bool:
    """Nothing but answer tails follows the denial to its sentence's end, or a comma and a reason ("because ...")."""
    words = _words()
    for token in denial.doc[denial.i + 1:denial.sent.end]:
        if token.is_punct and token.text in {",", "—", "–"}:
            after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            return after is None or after.lower_ in words["reason_marks"] or after.is_punct
        if not (token.is_punct or token.is_space or token.lower_ in words["answer_tails"]):
            return False
    return True


def same_left_one(tokens: Sequence) -> bool:
    """A verbless "Same job." after the pair makes it one thing: the noun names a function, not heads ("same people")
    or a place ("same team"), the pair is not split by object ("manages the rota and leads the team"), the sentence
    asks nothing, and what follows differs, if anything does, only in a name ("Same job, different title"; "Same job,
    different skills" tells them apart). A run of them counts by its function noun: "same checklist, same headaches,
    same job"."""
    words = _words()
    noun = _last_of_same_run(tokens[-1])
    if noun.lower_ not in words["same_nouns"] or noun.lower_ in words["person_nouns"]:
        return False
    if asks(noun.sent):
        return False  # "Same job? No way."
    objects = {c.lower_ for t in family_tokens(tokens) if t._.lk_form == "verb" for c in t.children if c.dep_ == "dobj"}
    if len(objects) > 1:
        return False  # "manages the rota and leads the team" splits by object
    rest = list(noun.doc[noun.i + 1:noun.sent.end])
    for n, t in enumerate(rest):
        if t.lower_ in words["contrast_adjectives"] or t.lower_ == "two":
            following = rest[n + 1] if n + 1 < len(rest) else None
            if following is None or following.lower_ not in words["label_nouns"]:
                return False
    return True


def _last_of_same_run(noun):
    """The noun that ends a run of "same X, same Y, same Z" begun at ``noun`` (``noun`` itself when no run follows)."""
    doc, end = noun.doc, noun.sent.end
    i = noun.i
    while i + 3 < end and doc[i + 1].text == "," and doc[i + 2].lower_ == "same" and not doc[i + 3].is_punct:
        i += 3
    return doc[i]


def same_kind(tokens: Sequence) -> bool:
    """Set like against like: two verbs ("leading—managing, really—"), or two nouns."""
    family = family_tokens(tokens)
    return len(family) >= 2 and (family[0]._.lk_form == "verb") == (family[-1]._.lk_form == "verb")


def not_about_people(tokens: Sequence) -> bool:
    """"Leaders and managers aren't different people" says one person does both, and "aren't different species,
    but they do different work" takes the denial back; "aren't really different" alone equates."""
    last = tokens[-1]
    doc = last.doc
    following = [t.lower_ for t in doc[last.i + 1:min(last.i + 3, last.sent.end)]]
    rest = [t.lower_ for t in doc[last.i + 1:last.sent.end]]
    return not any(w in _words()["person_nouns"] for w in following) and not any(w in _words()["take_backs"] for w in rest)


def whole_subject(tokens: Sequence) -> bool:
    """"Some managers are leaders; some are not" says what a few of them are, not that the two are one."""
    return not taken_in_part(family_tokens(tokens)[0])


def subject_or_its_core(tokens: Sequence) -> bool:
    """The first word is the subject, or names what the subject is the core of: "the essence of leadership is good
    management", "the job of a leader, put simply, is management" equate the two as "leadership is management" does;
    "the job of a manager is leadership development" says what the job is about."""
    first, last = family_tokens(tokens)[0], family_tokens(tokens)[-1]
    if _opens_a_clause_of_its_own(last, tokens):
        return False  # "Leadership is in, management is out": two verdicts side by side
    if first_is_subject(tokens) or _opens_joined_clause(first) or _subject_taken_by_fronted_phrase(first):
        return True
    if first.dep_ != "pobj" or first.head.lower_ != "of" or last.dep_ == "compound":
        return False
    core = first.head.head
    return core.lower_ in _words()["core_nouns"] and core.dep_ in SUBJECT_DEPS


def _subject_taken_by_fronted_phrase(first) -> bool:
    """"(Reminder that) in this company managers are leaders": with no comma after a fronted phrase the parser reads
    "this company managers" as one noun, the object of "in", and leaves "are" with no subject; the word right before
    the verb is its subject. "the gap between managers and leaders is ..." has a subject of its own."""
    doc = first.doc
    if first.dep_ != "pobj" or first.i + 1 >= len(doc):
        return False
    verb = doc[first.i + 1]
    return verb.lemma_ == "be" and first.head.head.i == verb.i and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _opens_joined_clause(first) -> bool:
    """The first word, with nothing but its determiners and adjectives before it, opens a clause joined to an earlier
    one ("..., and managing it is leading it", "Strip away the buzzwords and leadership is just management", "...
    because managing is leading"): it is that clause's subject, however the parser hangs it on the clause before.
    After a family word or a preposition's object the joiner links two nouns ("between managers and leaders")."""
    doc = first.doc
    j = first.i - 1
    while j >= first.sent.start and (doc[j].pos_ in {"DET", "ADJ", "NUM"} or doc[j].tag_ == "PRP$"):
        j -= 1
    if j <= first.sent.start:
        return False
    joiner, before = doc[j], doc[j - 1]
    if joiner.text in CLAUSE_JOINING_MARKS:
        return True
    if joiner.pos_ == "VERB" and joiner.lemma_ in _words()["bare_clause_verbs"]:
        return True  # "I've come to believe managing just is leading": the clause believed, with no "that"
    if joiner.lower_ not in _words()["clause_joiners"]:
        return False
    return before.text in CLAUSE_JOINING_MARKS or not (before._.lk_family or before.dep_ == "pobj" or before.pos_ == "ADP")


def _opens_a_clause_of_its_own(last, tokens: Sequence) -> bool:
    """The second word is the subject of a verb after it, past a comma, a semicolon or a joining word: it is not what the
    first is said to be."""
    if last.dep_ not in SUBJECT_DEPS or last.head.i < last.i or any(t.i == last.head.i for t in tokens):
        return False
    return any(t.text in {",", ";"} or t.dep_ == "cc" for t in tokens if t.i < last.i and t.lemma_ != "be" and not t._.lk_family)


def two_of_a_kind(tokens: Sequence) -> bool:
    """"were never two things", "aren't two jobs": denied to be two of a kind of thing ("job", "role", "discipline");
    "aren't two teams here" counts groups, not kinds."""
    last = tokens[-1]
    if last.lower_ != "two":
        return True
    noun = next((t for t in last.doc[last.i + 1:min(last.i + 4, last.sent.end)] if t.pos_ == "NOUN"), None)
    return noun is not None and noun.lower_ in _words()["same_nouns"] and noun.lower_ not in _words()["person_nouns"]


def named_side_not_listed(tokens: Sequence) -> bool:
    """"tech lead = engineering manager" equates two posts; "leadership = project managers, heads of department and
    the COO" names who is in a group: a side named with what it is of, and followed by more names, is a list of members
    or of several mappings, not the other function."""
    last = tokens[-1]
    doc = last.doc
    if last.i == 0 or doc[last.i - 1].dep_ != "compound" or doc[last.i - 1]._.lk_family:
        return True
    nxt = token_after(last)
    return nxt is None or nxt.lower_ not in _words()["list_continuers"]


def not_set_against_a_third(tokens: Sequence) -> bool:
    """"are no different from each other" denies their difference; "are no different from any other skill" says
    both are like a third thing, and keeps the two apart."""
    last = tokens[-1]
    doc = last.doc
    words = _words()
    after = [t for t in doc[last.i + 1:last.sent.end] if t.pos_ != "DET" or t.lower_ in words["reciprocal_words"]]
    if not after or after[0].lower_ not in words["difference_prepositions"]:
        return True
    return len(after) > 1 and after[1].lower_ in words["reciprocal_words"]


def object_taken_up(tokens: Sequence) -> bool:
    """"If you manage a team you lead a team" says one act twice; "if you manage a budget you lead a team" joins
    two tasks. A noun after the second verb must repeat the first verb's, or be the people led."""
    family = family_tokens(tokens)
    first, last = family[0], family[-1]
    after = [t for t in tokens if t.i > last.i and t.pos_ == "NOUN"]
    if not after or after[0].lower_ == "people":
        return True
    before = [t for t in tokens if first.i < t.i < last.i and t.pos_ == "NOUN"]
    return bool(before) and before[0].lemma_.lower() == after[0].lemma_.lower()




def same_act_object(tokens: Sequence) -> bool:
    """"Managing a ward is leading it", "leading a school is managing a school" say one act twice; "leading a school
    is managing a crisis a day" says what one act takes. The second act's object, if it has one, takes the first's
    up: a pronoun, the people, or the same noun."""
    first, second = family_tokens(tokens)[:2]
    if first.i > second.i:
        first, second = second, first
    taken = next((c for c in second.children if c.dep_ == "dobj"), None)
    if taken is None or taken.lower_ in _words()["taken_up_objects"]:
        return True
    given = next((c for c in first.children if c.dep_ == "dobj"), None)
    return given is not None and given.lemma_.lower() == taken.lemma_.lower()


def act_stands_as_subject(tokens: Sequence) -> bool:
    """An aside between the first act and "is" ("Leading a team, in plain terms, is managing it") makes the parser read
    the act as an adverbial clause, though it is still all the subject there is. An act with a subordinator of its own
    ("When leading, one is managing") or a second verb with its own subject ("Leading a team, she is managing it")
    really is adverbial."""
    pair = family_tokens(tokens)[:2]
    first = next((t for t in pair if t.dep_ == "advcl"), None)
    if first is None:
        return True
    second = first.head
    if first.i > second.i or any(
        (c.dep_ in SUBJECT_DEPS or c.dep_ == "expl") and not _object_read_as_subject(first, c) for c in second.children if c is not first
    ):
        return False
    return not any(c.dep_ == "mark" or (c.dep_ in {"aux", "advmod"} and c.i < first.i) for c in first.children)


def _object_read_as_subject(act, subject) -> bool:
    """"Leading an open-source project is managing it": with no break after the first act, the parser may take its
    object for the second verb's subject; a noun that follows the act with no mark between is still the act's object.
    "Leading a team, she is managing it" has a comma and a pronoun of its own."""
    doc = act.doc
    between = doc[act.i + 1:subject.i]
    return act.i < subject.i and subject.pos_ in {"NOUN", "PROPN"} and not any(t.is_punct and t.tag_ != "HYPH" for t in between)


def not_one_of(tokens: Sequence) -> bool:
    """"Leadership is one of its functions" makes a part, not an equation; "they are one" merges."""
    last = tokens[-1]
    doc = last.doc
    return not (last.lower_ == "one" and last.i + 1 < len(doc) and doc[last.i + 1].lower_ in _words()["part_nouns"])


def dismissive_predicate(tokens: Sequence) -> bool:
    """"the label makes no difference", "the title doesn't matter": a difference or mattering counts only when denied."""
    last = tokens[-1]
    if last.lower_ not in _words()["difference_predicates"] and last.lemma_ not in _words()["difference_predicates"]:
        return True
    family = family_tokens(tokens)
    gap = [t.lower_ for t in last.doc[family[-1].i + 1:last.i]]
    words = _words()
    return any(w in words["clause_negators"] or w in words["scant_quantities"] for w in gap)


def aside_renames(tokens: Sequence) -> bool:
    """"Our leaders—the managers, team leads and supervisors who run our floors—" renames the group;
    "leaders—the managers especially—" or "leaders—managers too—" only adds to it."""
    family = family_tokens(tokens)
    doc = tokens[0].doc
    tail = [t.lower_ for t in doc[family[1].i + 1:tokens[-1].i + 1]]
    return not any(w in _words()["aside_adders"] for w in tail)


def either_name_repeated(tokens: Sequence) -> bool:
    """"call it A or B" and "call it A, call it B" offer one thing two names; "call it A, B is ..." does not.
    "Do you call yourself a leader or a manager?" asks which name a person uses ("does it matter whether you call
    it A or B?" still shrugs)."""
    family = family_tokens(tokens)
    between = [t for t in tokens if family[0].i < t.i < family[-1].i]
    repeated = any(t.lower_ == "or" for t in between) or any(t.lemma_ in _words()["naming_verbs"] for t in between)
    asks_a_person = tokens[1].lower_.endswith(tuple(condition_words("shared")["reflexive_endings"])) and not not_question(tokens)
    return repeated and not asks_a_person


def _difference_noun(first, last):
    """The noun naming the difference of a pair: before it ("the divide separating X from Y", "no real diff between
    X and Y") or right after it ("the X vs Y debate", "the X/Y split"); no clause punctuation in between."""
    doc, sent, nouns = first.doc, first.sent, _words()["difference_nouns"]
    before = reversed(doc[max(sent.start, first.i - 4):first.i])
    after = doc[last.i + 1:min(sent.end, last.i + 3)]
    for side in (before, after):
        for token in side:
            if token.lower_ in nouns:
                return token
            if token.is_punct and token.text not in PAIR_JOINERS:
                break
    return None


def _versus(first, last, rest):
    """"Leading vs managing is a distinction without a difference": a pair joined by "versus" names its difference
    itself, so what is said of the pair is said of the difference. What follows may dismiss the choice between them
    instead ("is a false choice: you need both"), which keeps them two."""
    words = _words()
    if any(t.lower_ in words["choice_words"] for t in rest):
        return None
    return next((t for t in first.doc[first.i + 1:last.i] if t.lower_ in words["versus_words"]), None)


def _after_the_question(token) -> list:
    """The words after ``token`` to its clause's end; when a fragment asks about the pair ("Leader vs manager?",
    "Difference between managing and leading?"), the answer in the next sentence too ("It's all semantics."), after
    its label if it has one ("A: Doesn't matter")."""
    doc, end = token.doc, token.sent.end
    rest = written_words(doc[token.i + 1:end])
    if rest and rest[0].text == "?" and end < len(doc):
        answer = written_words(doc[end:next_sentence_end(token)])
        labelled = len(answer) > 2 and answer[0].lower_ in _words()["answer_labels"] and answer[1].text == ":"
        return answer[2:] if labelled else answer
    return rest


def _dismissed_after(token) -> bool:
    """The clause after ``token`` dismisses what it names ("is purely academic", "is a false distinction",
    "is a distinction without a difference", "is made up", "? It doesn't exist"), with no negation before the
    dismissal unless what is negated is the difference's existing or mattering."""
    words = _words()
    negated = False
    for t in _after_the_question(token):
        if negated and (t.lemma_ in words["negated_dismissals"] or t.lower_ in words["negated_differences"]):
            # "It doesn't exist.", "Not different at all."; "doesn't matter who gets the credit" waves away something else
            return all(_names_the_words(c) for c in t.children if c.dep_ in {"ccomp", "csubj"})
        if t.lower_ in words["clause_negators"]:
            negated = True
            continue
        if t.text in CLAUSE_ENDS or t.lower_ in words["take_backs"] or negated:
            return False
        if t.lower_ == "up":
            if t.i > 0 and t.doc[t.i - 1].lemma_ == "make":
                return True
        elif t.lower_ in words["dismissals"]:
            return True
        if t.lower_ == "without" and any(n.lower_ in words["difference_nouns"] for n in t.doc[t.i + 1:t.i + 4]):
            return True
    return False


def _names_the_words(clause) -> bool:
    """"which word you use", "what you call them": a clause about the names themselves."""
    words = _words()
    return any(t.lower_ in condition_words("shared")["word_nouns"] or t.lemma_ in words["naming_verbs"] for t in clause.subtree)


def _denied_noun(noun) -> bool:
    """"no real difference", "zero distinction": the difference itself is denied just before its noun; or no one
    perceives it: "I've never seen the difference", "I can't spot any distinction". A denial bounded in time ("I
    didn't see the difference until I managed a team") or taken back (", but your team will feel it") grants it."""
    words = _words()
    after = [t.lower_ for t in noun.doc[noun.i + 1:noun.sent.end]]
    if any(w in words["time_limits"] or w in words["take_backs"] for w in after):
        return False
    before = noun.doc[max(noun.sent.start, noun.i - 3):noun.i]
    if any(t.lower_ in words["difference_denials"] for t in before):
        return True
    verb = noun.head
    perceived = noun.dep_ == "dobj" and verb.lemma_ in words["perception_verbs"]
    return perceived and any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def difference_denied(tokens: Sequence) -> bool:
    """The pair's difference is named and denied or dismissed: "the divide separating leaders from managers is purely
    academic", "the leader vs manager debate is a distinction without a difference", "no real diff between managers
    and leaders"; or, with no noun beside the pair, the clause goes on to deny one ("Leadership vs. Management: There
    Is No Difference", "a leader or a manager, and honestly there is no meaningful difference between the two").
    A fragment that asks about the pair is answered in the next sentence ("Leader vs manager? It's all semantics.")."""
    family = family_tokens(tokens)
    first, last = family[0], family[-1]
    if last.i + 1 < last.sent.end and last.doc[last.i + 1].lower_ in _words()["led_objects"]:
        last = last.doc[last.i + 1]  # "leading teams or managing teams?": the pair ends with its object
    rest = written_words(last.doc[last.i + 1:last.sent.end])
    asked = not not_question(tokens)
    if asked and not (rest and rest[0].text == "?"):
        return False  # a real question ("Is the line between X and Y artificial?"), not a fragment with its answer
    noun = _difference_noun(first, last) or _versus(first, last, rest)
    if noun is not None and ((not asked and _denied_noun(noun)) or _dismissed_after(max(noun, last, key=lambda t: t.i))):
        return True
    # A difference named and then denied in the next clause or answer: "people draw a line between leaders and
    # managers, but in practice there's no real difference", "the difference between X and Y? I mean, there's no
    # real difference".
    if asked:
        answer = _after_the_question(last)
        return _dismissed_after(last) or any(_denied_pair_difference(t) for t in answer)
    if noun is not None and any(_none_there(t) for t in rest):
        return True
    return any(_denied_pair_difference(t) for t in rest)


def _none_there(token) -> bool:
    """"the difference between leading and managing ... I'm sure there isn't one": the difference named beside the
    pair, then said not to exist by a pronoun that takes it up in a denied "there is"."""
    verb = token.head
    return (token.lower_ in _words()["difference_pronouns"] and token.dep_ in {"attr", "nsubj"} and verb.lemma_ == "be"
            and any(c.dep_ == "expl" for c in verb.children) and any(c.dep_ == "neg" for c in verb.children))


def _denied_pair_difference(token) -> bool:
    """A difference noun denied after the pair is the pair's difference unless a phrase on the noun narrows it to
    something else: "there's no real difference (in practice)" denies it, "there's no difference in how much they're
    paid" does not; "I've never seen the difference in twenty years" hangs its phrase on the verb."""
    if token.lower_ not in _words()["difference_nouns"] or not _denied_noun(token):
        return False
    return not _narrowed(token)


def _narrowed(token) -> bool:
    """A phrase on the word of difference narrows it to something other than the pair ("no difference in pay"); one of
    manner only qualifies it ("no difference in practice")."""
    words = _words()
    return any(
        c.dep_ == "prep" and c.lower_ in words["narrowing_prepositions"]
        and not any(o.lower_ in words["manner_nouns"] for o in c.children)
        for c in token.children
    )


def difference_not_narrowed(tokens: Sequence) -> bool:
    """"Leading a ward doesn't differ from managing one" denies the difference of the two; "leaders did not differ
    from managers in job satisfaction" compares two groups on a measure, and says nothing of the two functions. The
    parser hangs the measure on the verb or on the second side. A degree ("as much as", "greatly") grants one."""
    words = _words()
    verb = next(t for t in tokens if t.lemma_ == "differ")
    if any(t.dep_ == "advmod" and t.lower_ in words["degree_adverbs"] for t in verb.subtree):
        return False  # "doesn't differ as much as the books claim" grants a difference and measures it
    if any(c.dep_ == "prep" and c.lower_ in words["disagreeing_prepositions"] for c in verb.children):
        return False  # "does not differ from our manager on this point": two people who agree
    return not _narrowed(verb) and not _narrowed(family_tokens(tokens)[-1])


def _is_shrug(token, tokens: Sequence) -> bool:
    """"whatever" or "whichever" ending a list ("leader, manager, whatever,"), "same thing", "six of one", "identical
    people": a shrug that calls the names one thing. "whatever your title" narrows instead, so a noun may not follow."""
    words = _words()
    doc = token.doc
    nxt = token_after(token)
    if asks(token.sent):
        return False  # "Are leadership and management the same?" asks
    if token.lower_ in words["shrug_words"] and _someone_names_it(token):
        return True  # "whatever your business unit calls it": the names are one thing that others label
    if token.lower_ in words["shrug_words"] and (nxt is None or nxt.is_punct or nxt.lower_ in words["shrug_followers"] or nxt.lower_ in words["shrug_words"]):
        # "whatever.", "Identical, in my book.", "potato potahto"; "whatever you are, …" speaks to either, whichever they are
        return not (nxt is not None and nxt.pos_ == "PRON" and token.i + 2 < len(doc) and doc[token.i + 2].lemma_ == "be")
    if token.lower_ in words["sameness_words"] or token.lower_ == "six":
        return nxt is not None and (_same_noun_names_one(nxt, tokens) or (token.lower_ == "six" and nxt.lower_ == "of"))
    return False


def _someone_names_it(token) -> bool:
    """"whatever your business unit calls it", "whichever your region calls them": the shrug's clause is a verb of
    naming with "it" or "them" for its object, whoever its subject; "whatever your title" has no verb at all."""
    doc = token.doc
    for t in doc[token.i + 1:min(token.sent.end, token.i + 6)]:
        if t.pos_ in {"VERB", "AUX"}:
            nxt = token_after(t)
            return t.lemma_ in _words()["naming_verbs"] and nxt is not None and nxt.lower_ in _words()["object_pronouns"]
        if t.is_punct:
            return False
    return False


def shrug_follows(tokens: Sequence) -> bool:
    """A list of names ends in a shrug with no verb of its own between: "Tomato, tomahto: leader, manager, whatever",
    "Manager, leader, team captain — same thing, different hat", "Leadership? Management? Six of one, half a dozen
    of the other", "I'm a manager. Or a leader. Pick whichever word you like". "Managers or leaders get the same
    laptop" has a verb of its own and a thing, not a name, after "same"."""
    words = _words()
    last = family_tokens(tokens)[-1]
    doc = last.doc
    for token in written_words(doc[last.i + 1:min(len(doc), last.i + 9)]):
        if _is_shrug(token, tokens):
            counted = [t for t in doc[last.i + 1:token.i] if t.pos_ == "NUM"]
            if token.pos_ == "NUM" and counted and not all(t.head.lower_ in condition_words("shared")["word_nouns"] for t in counted):
                return False  # "leader, manager, coach: three roles, one person" counts; "two words, one job" names one thing twice
            return not any(t.lower_ in words["clause_negators"] for t in doc[last.i + 1:token.i]) and not _both_kept_after(token)
        if token.text in {".", "!", ";"} and token.sent.end > token.i + 1 and token.i > last.i + 1:
            return False
        # "leading it, whatever": the act's own object is part of its name in the list
        taken = token.lower_ in words["object_pronouns"] and token.head.i == last.i
        if not (token.is_punct or token.pos_ in LIST_POS or token.tag_ == "PRP$" or token.lemma_ in words["shrug_glue"] or token._.lk_family
                or _answer_label(token) or taken):
            return False
    return False


def _both_kept_after(shrug) -> bool:
    """"Leadership or management, whichever you pick, you need both": the shrug is over which to start with, and
    "both" standing alone later in the sentence keeps the two apart."""
    return any(t.lower_ == "both" and t.dep_ in {"dobj", "nsubj", "pobj", "attr"} for t in shrug.doc[shrug.i + 1:shrug.sent.end])


def _answer_label(token) -> bool:
    """The label that opens an answer under a question, whatever the parser calls it: "A:", "GUEST:"."""
    nxt = token_after(token)
    return token.lower_ in _words()["answer_labels"] and nxt is not None and nxt.text == ":"


def not_successor(tokens: Sequence) -> bool:
    """"Leadership is the new management" names a successor, one in the other's place (LM002), not a synonym."""
    last = tokens[-1]
    before = [t.lower_ for t in last.doc[max(0, last.i - 2):last.i]]
    return not (len(before) == 2 and before[0] == "the" and before[1] in _words()["successor_words"])


def _scare_quoted(token) -> bool:
    """A family word in quotation marks that is still used, not mentioned: a determiner or owner names a person or
    thing by it ("a 'leader' is just a manager", "your \"leader\""); a bare quoted word is the word ("'Leader' is
    another word for manager")."""
    return _quoted(token) and any(c.dep_ in {"det", "poss"} for c in token.children)


def modified_subject(tokens: Sequence) -> bool:
    """The copula's subject carries a clause or phrase of its own before the copula ("Any Manager You'd Actually
    Follow Is ...", "A manager by any other name is ..."), or a side stands in scare quotes ("a 'leader' is just a
    manager"), which the plain copular pattern cannot read across; a bare subject is the plain pattern's."""
    family = family_tokens(tokens)
    subject = next(t for t in family if t.dep_ == "nsubj")
    if any(_scare_quoted(t) for t in family):
        return True
    return any(c.dep_ in {"relcl", "acl", "prep"} and subject.i < c.i < subject.head.i and not (c.dep_ == "relcl" and c._.lk_family)
               for c in subject.children)  # "a manager who manages well is a leader": ``who-does-is`` reads the act


def plain_complement(tokens: Sequence) -> bool:
    """Only words that keep the equation stand between the copula and its complement ("is already a leader"), not a
    comparison or a hedge ("is a better leader", "is also a leader")."""
    words = _words()
    family = family_tokens(tokens)
    complement = next(t for t in family if t.dep_ == "attr")
    between = complement.doc[complement.head.i + 1:complement.i]
    return len(between) <= 6 and all(
        t.lower_ in words["equation_fillers"] or (t.pos_ == "ADJ" and t.lower_ not in words["contrast_adjectives"])
        or (t.text in OPENING_QUOTES and _scare_quoted(complement)) for t in between
    )


def second_name(tokens: Sequence) -> bool:
    """The participle gives a second name: set off right after the first ("Management — known these days as
    leadership —") or marked as another name ("otherwise known", "better known"); the name is its own complement
    ("as leaders", "called leaders"), not a word deeper in a clause. "Managers known as good leaders" praises."""
    words = _words()
    name = family_tokens(tokens)[-1]
    participle = next(t for t in tokens if t.lower_ in words["naming_participles"])
    if name._.lk_form == "verb" and name.head.lower_ != "as":
        return False  # an act names only after "as" ("defined as managing"); "called in to manage" gives a task
    if name.head.i != participle.i and name.head.lower_ != "as":
        return False
    if any(c.dep_ == "prep" and c.lower_ in words["reputation_prepositions"] and not _definition_scope(participle, c) for c in participle.children):
        return False  # "known for their work as leaders" is a reputation
    # Up from "as" to the participle only through places and times ("referred to in most of this handbook as"),
    # never through what the participle is known for or with ("known for their work as leaders").
    node, hops = name.head, 0
    while node.i != participle.i and node.dep_ in {"prep", "pobj"} and node.lower_ not in words["reputation_or_agent_prepositions"] and hops < 5:
        node, hops = node.head, hops + 1
    if node.i != participle.i:
        return False
    marked = any(c.dep_ == "advmod" and c.lower_ in words["naming_adverbs"] for c in participle.children)
    plain = all(c.lower_ in words["gloss_fillers"] and c.pos_ != "ADJ" for c in name.children if c.dep_ in {"amod", "det", "poss"})
    return marked or (set_off(tokens) and plain)


def _definition_scope(participle, prep) -> bool:
    """"defined for this form as managing": a definition's "for" names the text or purpose it holds in, not what
    anyone is known for."""
    if participle.lower_ not in _words()["defining_participles"] or prep.lower_ != "for":
        return False
    text_determiners = _words()["text_determiners"]
    return any(d.dep_ in {"det", "poss"} and d.lower_ in text_determiners
               for o in prep.children if o.dep_ == "pobj" for d in o.children)


def set_off(tokens: Sequence) -> bool:
    """The first word is followed at once by a dash, comma or bracket: an aside, not a clause of its own ("Managers
    are often called leaders" reports a usage). A table row written as a line sets its next cell off with a pipe
    ("Leadership | Also called: management")."""
    named = family_tokens(tokens)[0]
    doc = named.doc
    return named.i + 1 < len(doc) and doc[named.i + 1].text in {"—", "–", ",", "(", "|"}


def into_one(tokens: Sequence) -> bool:
    """The merged pair ends up in one thing: the word of oneness sits in an "into" or "as" phrase under the verb
    ("into a single discipline", "as one"), not elsewhere ("merge the same two teams")."""
    words = _words()
    merge = next(t for t in tokens if t.lemma_ in words["merge_verbs"])
    one = [t for t in tokens if t.lower_ in words["oneness"] and t.i != merge.i][-1]  # "combined" may be the verb
    node = one
    while node.i != merge.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in words["becoming_prepositions"]:
            return True
        node = node.head
    return False


def confined_to_label(tokens: Sequence) -> bool:
    """A confining word stands by the label ("in name only", "only in the title", "the only difference ... is the
    title") and the label ends its phrase ("differ in name only" but not "differ in the names of the tasks they own")."""
    words = _words()
    last = tokens[-1]
    doc = last.doc
    after = doc[last.i + 1] if last.i + 1 < last.sent.end else None
    if after is not None and not after.is_punct and after.lower_ not in words["confiners"] and after.pos_ not in {"CCONJ", "ADV"}:
        return False
    return any(t.lower_ in words["confiners"] for t in tokens) or (after is not None and after.lower_ in words["confiners"])


def elliptic_denial(tokens: Sequence) -> bool:
    """The answer's own clause is negated ("there isn't", "it doesn't", "there's none"); "there's one" grants a difference."""
    words = _words()
    pronouns = words["answer_pronouns"]
    pronoun = max(i for i, t in enumerate(tokens) if t.lower_ in pronouns)
    return any(t.lower_ in words["clause_negators"] or t.lower_ in words["elliptic_negations"]
               for t in tokens[pronoun + 1:])


def not_negated_or_dismissed(tokens: Sequence) -> bool:
    """Not negated, unless the negation only says the naming does not matter: "it doesn't matter whether you call it
    leading or managing" shrugs as much as "call it what you like"."""
    if not is_negated(tokens):
        return True
    before = sentence_tokens_before(tokens)
    frame = next((t for t in reversed(before) if t.lemma_ in _words()["difference_predicates"]), None)
    if frame is None or not any(c.dep_ == "neg" for c in frame.children):
        return False
    return all(t.lower_ in _words()["naming_shrug_words"] for t in before[frame.i - before.start + 1:])


def answer_names_only_a_label(tokens: Sequence) -> bool:
    """The pair's question asks for the difference and the next sentence answers with nothing but a label or the pay
    ("About $20k a year and a LinkedIn headline", "The job title."): no verb, and every noun a label, a sum or a
    modifier of one. "Vision." or "One plans, the other inspires." name a real difference."""
    words = _words()
    question, answer = tokens[0].sent, tokens[-1].sent
    if answer.start == question.start or not asks(question):
        return False
    if not any(t.lower_ in words["difference_words"] or t.lemma_ in words["difference_words"] for t in question):
        return False
    if any(t.lower_ in words["question_stoppers"] or t.lemma_ in words["question_stoppers"] for t in question if not t.is_punct):
        return False  # "Do you know the difference ...? The title." asks what the reader knows
    allowed = words["label_nouns"] | words["pay_words"]
    named = False
    for t in written_words(answer):
        if t.pos_ in {"NOUN", "PROPN"}:
            if t.lower_ in allowed or t.text[:1].isdigit():  # "20k"
                named = True
            elif not (t.dep_ in {"compound", "nmod", "poss"} and t.head.lower_ in allowed):
                return False
        elif t.pos_ in {"VERB", "AUX", "PRON"}:
            return False
    return named


def asked_then_denied(tokens: Sequence) -> bool:
    """Someone asked about the difference (a verb of asking and a word of difference before the answer) and the
    writer's answer denies it: a bare negation ("I said it doesn't", "I told them nothing") or a sameness left
    unnegated in its clause ("they're the same"); "I said they're not the same" keeps the difference."""
    words = _words()
    answering_verbs = condition_words("LM002")["answering_verbs"]
    answer_verb = next(t for t in tokens if t.lemma_ in answering_verbs and t.i > family_tokens(tokens)[-1].i)
    asked = tokens[0].doc[tokens[0].sent.start:answer_verb.i]
    if not any(t.lemma_ in words["question_verbs"] for t in asked):
        return False
    if not any(t.lower_ in words["difference_words"] or t.lemma_ in words["difference_words"] | words["separating_verbs"] for t in asked):
        return False
    last = tokens[-1]
    clause_start = max((t.i for t in tokens if t.i > answer_verb.i and t.text in {",", "—", "–", ":"}), default=answer_verb.i)
    clause = [t for t in tokens if t.i > clause_start]
    if last.lower_ in words["same_answers"]:
        return not any(t.lower_ in words["clause_negators"] for t in clause)
    doc = last.doc
    ends = last.i + 1 >= last.sent.end or doc[last.i + 1].is_punct
    if last.lower_ in words["nothing_words"]:
        return ends
    # An elliptic denial ends its clause on the negation and has the difference for subject: "it doesn't", "there isn't".
    return ends and any(t.lower_ in words["answer_pronouns"] for t in clause[:-1])


def same_in_identity(tokens: Sequence) -> bool:
    """"The same" equates the functions unless what is the same is a measure of the people ("the same age", "the
    same pay grade") or quoted words that are "the same word" (talk about the words). A pattern may match past the
    word of sameness ("Leader | Manager | same pay band"), so it is the last such word of the match."""
    sameness = _words()["sameness_words"]
    same = next((t for t in reversed(tokens) if t.lower_ in sameness), tokens[-1])
    head = next((t for t in same.doc[same.i + 1:same.sent.end] if t.pos_ not in {"ADJ", "ADV"}), None)
    return head is None or head.pos_ not in {"NOUN", "PROPN"} or _one_in_identity(head, tokens)


def _one_in_identity(head, tokens: Sequence) -> bool:
    """A measure two groups can share ("age", "grade") leaves them two; so does quoting the words "the same word"."""
    words = _words()
    if head.lower_ in condition_words("shared")["word_nouns"]:
        doc = head.doc
        return not any(t.i > 0 and doc[t.i - 1].text in OPENING_QUOTES for t in family_tokens(tokens))
    return head.lower_ not in words["sameness_measures"]


def _same_noun_names_one(noun, tokens: Sequence) -> bool:
    """What the pair is said to be "the same" of names the one thing they are, whatever the noun ("same soup, different
    bowl", "they're the same species"), where the pair itself, or "they", is linked to it by "be" alone: no list
    foresees every noun a writer reaches for. A measure the two groups share ("the same age") or "the same word" said
    of the quoted words leaves them two; another verb ("they have the same goals") names something they share; and
    "it" may stand for whatever the choice between them brings ("it's the same budget line either way"), so there
    only the nouns of one function count."""
    doc = noun.doc
    if noun.lower_ in _words()["same_nouns"]:
        return True
    if noun.pos_ != "NOUN" or doc[noun.i - 1].lower_ != "same" or not _one_in_identity(noun, tokens):
        return False  # "one handles admin": only "same" names one thing by any noun
    start = next((t.i for t in reversed(doc[noun.sent.start:noun.i]) if t.is_punct or t._.lk_family), noun.sent.start)
    between = doc[start:noun.i]
    if any(t.lower_ in _words()["singular_resumers"] for t in between):
        return False
    return all(t.lemma_ == "be" for t in between if t.pos_ in {"VERB", "AUX"})


def same_names_one(tokens: Sequence) -> bool:
    """A resumed pair is one thing where "the same" ends its clause or names it (see ``_same_noun_names_one``); after
    "one" or "identical" a person ("and that one person can rarely be both") counts heads, not functions."""
    same, after = tokens[-2], tokens[-1]
    if after.is_punct:
        return after.text in SAME_ENDS
    if same.lower_ != "same":
        return after.lower_ in _words()["same_nouns"] and after.lower_ not in _words()["person_nouns"]
    return _same_noun_names_one(after, tokens)


def role_follows_from_role(tokens: Sequence) -> bool:
    """"My mom is a leader because she is a manager" makes the one follow from the other as what the words mean. A
    quality ("a better leader because she was a manager for years") or another time says what experience taught, and
    another person in the reason ("because her mother is a manager") gives a cause, not a definition."""
    family = family_tokens(tokens)
    if len(family) < 2:
        return False
    reason = next((t.head for t in family if t.head.dep_ == "advcl"), None)
    link = reason.head if reason is not None else None
    if link is None or not any(c.dep_ == "mark" and c.lower_ in _words()["reason_marks"] for c in reason.children):
        return False
    if any(c.dep_ == "amod" for t in family for c in t.children) or (link.tag_ == "VBD") != (reason.tag_ == "VBD"):
        return False
    subjects = [next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) for verb in (link, reason)]
    if None in subjects:
        return False
    holder, again = subjects
    return again.pos_ == "PRON" or again.lower_ == holder.lower_


def taken_up_as_what_the_other_is(tokens: Sequence) -> bool:
    """"managing eleven egos, which is what leadership is", "their leader, obviously, since that's what a manager is":
    the pronoun takes up the first name itself (no verb says something of it first: "the manager listens, which is
    what a leader is" equates listening), and the free relative ends at its copula ("what a manager is for" names a
    purpose, "what leaders are paid to do" a task)."""
    first, copula = tokens[0], tokens[-1]
    doc = first.doc
    pronoun = next(t for t in reversed(tokens) if t.lower_ == "what").i - 2
    while doc[pronoun].lower_ not in _words()["resuming_relatives"]:
        pronoun -= 1
    if any(t.pos_ in {"VERB", "AUX"} and not t._.lk_family for t in doc[first.i + 1:pronoun]):
        return False
    after = token_after(copula)
    return after is None or after.is_punct or after.pos_ == "CCONJ" or _scoping_phrase(after)


def _scoping_phrase(token) -> bool:
    """"which is what leadership is at the team level" only says where the equation holds; a preposition left without
    its object ("what leadership is about", "what a manager is in charge of") makes the relative name a topic."""
    if token.pos_ != "ADP" or not any(c.dep_ == "pobj" for c in token.children):
        return False
    return not any(t.pos_ == "ADP" and not any(c.dep_ == "pobj" for c in t.children) for t in token.subtree)


def not_called_a_myth(tokens: Sequence) -> bool:
    """The writer does not call the equation a myth: "It's a myth that managers are leaders", "it's false that ..."
    talk about the claim (SPEC: "it is a myth that they are interchangeable" passes). "The myth that ... refuses to
    die" names a belief, which the context layer marks as attributed. A view no one holds is denied the same way:
    "Nobody who has run a ward believes leading and managing are identical"."""
    if _held_by_no_one(tokens[0]):
        return False
    doc, sent = tokens[0].doc, tokens[0].sent
    that = next((t for t in reversed(sentence_tokens_before(tokens)[-4:]) if t.lower_ == "that"), None)
    if that is None:
        return True
    lead_in = doc[max(sent.start, that.i - 3):that.i]
    # a verdict itself denied ("it's not false that ...", "it isn't nonsense that ...") asserts the clause
    return not any(t.lower_ in _words()["dismissals"] and t.dep_ in {"attr", "acomp"} and not any(c.dep_ == "neg" for c in t.head.children)
                   for t in lead_in)


def _held_by_no_one(token) -> bool:
    """The clause the word is in is the view of a verb of holding a view whose subject is no one ("nobody believes",
    "no one seriously thinks"): however long the subject ("Nobody who has run a ward believes ..."), the writer denies
    the view. A factive verb ("nobody realises that ...") takes its clause as true and is not among them."""
    node = token
    while node.dep_ != "ccomp" and node.head.i != node.i:
        node = node.head
    verb = node.head
    if node.dep_ != "ccomp" or verb.lemma_ not in _words()["held_view_verbs"]:
        return False
    no_one = condition_words("shared")["negative_subjects"]
    return any(c.dep_ in SUBJECT_DEPS and (c.lower_ in no_one or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
               for c in verb.children)


def equation_not_described(tokens: Sequence) -> bool:
    """"The equivalence of leadership and management" asserts; "the widespread equation of leadership with
    management" describes others' usage."""
    noun = tokens[0]
    return not any(c.dep_ == "amod" and c.lower_ in _words()["usage_adjectives"] for c in noun.children)


def answer_not_asked(tokens: Sequence) -> bool:
    """The sentence that calls them one is a claim, not another question ("They're the same, aren't they?" asks)."""
    return not asks(tokens[-1].sent)


def concept_to_concept(tokens: Sequence) -> bool:
    """The verb sets one side against the other: the first word (or "the concept of" it) is its subject, the second
    (or "the concept of" it) its object or the object of its "to"/"into"; "leaders who translate strategy into
    management reports" makes a leader the doer, not the thing equated."""
    words = _words()
    verb = next(t for t in tokens if t.lemma_ in words["correspondence_verbs"])
    first, second = sorted(family_tokens(tokens), key=lambda t: t.i)[:2]

    def head_of(token):
        node = token
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in words["concept_nouns"]:
            node = node.head.head  # "the concept of leadership"
        return node

    subject, complement = head_of(first), head_of(second)
    if subject.dep_ not in SUBJECT_DEPS or subject.head.i != verb.i:
        return False
    if complement.dep_ == "dobj" and complement.head.i == verb.i:
        return True
    if complement.dep_ != "pobj" or complement.head.lower_ not in words["correspondence_prepositions"]:
        return False
    prep = complement.head
    if prep.dep_ == "conj" and prep.head.dep_ == "prep":
        prep = prep.head  # "translates, in practice, into management" parsed as "in ... into" coordinated
    return prep.head.i == verb.i


SET_OFF_MARKS = frozenset({",", "—", "–", "("})
ASIDE_ENDS = frozenset({",", ")", "—", "–", ";", ":", ".", "!", "?"})


def _indefinite(token) -> bool:
    """"A leader", "an old manager": a description of someone, where "the leaders of this company" identifies."""
    return any(c.dep_ == "det" and c.lower_ in condition_words("shared")["indefinite_articles"] for c in token.children)


def _modifiers(token) -> set[str]:
    """What sets one word of a pair apart: its adjectives, prepositional phrases, amounts and places ("poor", "at the
    top", "zero leadership, wall-to-wall management", "managers everywhere, leaders nowhere")."""
    return {" ".join(w.lower_ for w in c.subtree) for c in token.children if c.dep_ in {"amod", "prep", "nummod", "nmod", "advmod"}}


def about_the_role(tokens: Sequence) -> bool:
    """"A manager is a leader" and "our managers are leaders" speak of the role; "my manager is a great leader"
    describes one person."""
    first, second = family_tokens(tokens)[:2]
    one_person = first.tag_ == "NN" and any(c.dep_ == "poss" for c in first.children)
    return not (one_person and _indefinite(second))


def not_progressive(tokens: Sequence) -> bool:
    """"Our manager is leading the offsite", "managers are leading the change": a person who is doing the act now, the
    copula an auxiliary of the other side's verb; "managing people is leading them" equates two acts, and so does
    "being a manager is leading", whose subject is the act of being one (the parser still reads the copula as an
    auxiliary)."""
    first, second = family_tokens(tokens)[:2]
    if first._.lk_form != "agent" or second.tag_ != "VBG":
        return True
    if _being_one(first):
        return True
    return not any(c.dep_ == "aux" and c.lemma_ == "be" for c in second.children)


def not_compared_in_degree(tokens: Sequence) -> bool:
    """"A leader is just as good as her managers", "managing is as effective as leading": "as good as" compares two
    things on one scale, which keeps them two; "the same as" names one thing."""
    than = family_tokens(tokens)[-1].head
    if than.lower_ != "as" or than.i < 2:
        return True
    degree, first_as = than.doc[than.i - 1], than.doc[than.i - 2]
    return not (first_as.lower_ == "as" and degree.pos_ in ("ADJ", "ADV") and degree.lower_ != "same")


def not_mere_possibility(tokens: Sequence) -> bool:
    """"Managers can be leaders, and leaders can be managers" says what each may become, not that they are one; a
    modal of possibility on the copula takes the equation back to a chance ("must be" and "will be" still equate)."""
    modals = _words()["possibility_modals"]
    return not any(c.dep_ == "aux" and c.lower_ in modals for t in tokens if t.pos_ in {"AUX", "VERB"} for c in t.children)


def _being_one(token) -> bool:
    """"being a manager": the word is what a gerund "being" with no subject of its own makes someone. Read from the
    words, since the parser hangs the gerund anywhere ("hot take: being a manager is leading" on "take") and may make
    the word the verb's subject; "him being a manager", "her being a manager" give the gerund a subject."""
    doc = token.doc
    j = token.i - 1
    while j >= token.sent.start and (doc[j].pos_ in {"DET", "ADJ", "ADV"} or doc[j].tag_ == "PRP$"):
        j -= 1
    if j < token.sent.start or doc[j].lower_ != "being":
        return False
    return j == token.sent.start or doc[j - 1].pos_ not in {"PRON", "NOUN", "PROPN"}


def renames(tokens: Sequence) -> bool:
    """The second name, set off by a comma, dash, bracket or colon, renames the first (a shrug after it says so
    outright, whatever else the aside holds: "your manager (well, team leader, same difference)"): not one item of a list ("managers, leaders and supervisors"), not a pair
    set against each other ("good management, poor leadership", "leadership at the top, management in the
    middle"), not a part of the first ("the managers especially"), not a description ("a manager by training",
    "a natural leader", "once managers themselves"), not a role held elsewhere ("our manager, leader of the
    running club"), not a relation between the two ("the managers' manager"), not two counted groups ("one
    manager, one leader"), not a list of labels, not a share-out ("respectively")."""
    named, name = family_tokens(tokens)[:2]
    doc = named.doc
    between = doc[named.i + 1:name.i]
    if not any(t.text in SET_OFF_MARKS or t.text == ":" for t in between):
        return False  # "Is a manager a leader?" is a question the parser read as an apposition
    if _joined(named, between):
        return False  # "the leader–manager double act" joins two into a pair, as a hyphen does
    if any(t.lower_ in _words()["greeting_words"] for t in between):
        return False  # "Goodbye manager, hello leader" greets one and sees the other off
    if any(t.text.lstrip("([") in NOT_EQUAL_SIGNS for t in between):
        return False  # "Leadership (≠ management)" sets one beside the other to deny they are one
    if shrug_follows(tokens):
        return True  # "the shop's manager for years, its leader, the same thing": the writer says it renames
    chain = condition_words("shared")
    if any(t.text in chain["chain_arrows"] or t.lower_ in chain["chain_words"] and doc[t.i - 1].text in SET_OFF_MARKS for t in between):
        return False  # "escalate to your manager, then leadership" names the next stop in a chain of people
    if any(t.text in {";", "|"} for t in between) or (name.i + 1 < len(doc) and doc[name.i + 1].text == ":"):
        return False  # "management: getting things done; leadership: deciding which" is a list of labels, and so are the cells of a table row
    if _coordinated(named, name):
        return False
    if _in_a_series(name):
        return False  # "every manager, every leader, every boss should read this" lists them
    if _taken_up_as_many(name):
        return False  # "leaders, managers – they end up wearing different hats" lists the subjects a pronoun takes up
    if _modifiers(named) and _modifiers(name) and _modifiers(named) != _modifiers(name):
        return False
    words = _words()
    if any(t.lower_ in words["subset_words"] | words["background_words"] for t in doc[named.i + 1:name.right_edge.i + 1]):
        return False  # "our leaders — the managers especially —" names a part of them; "once managers" a past
    if _indefinite(name) or _title_held(name) or _role_in_another_body(named, name):
        return False  # "the leader, a manager by training," and "our manager, leader of the choir," describe her
    if any(c.dep_ == "amod" and c.lower_ not in words["identity_adjectives"] for c in name.children):
        return False  # "the manager, a natural leader," describes her; "the real managers of the project" renames
    if any(c.dep_ == "poss" and c._.lk_family for c in name.children):
        return False  # "the leader, the managers' manager," is a relation between the two
    if any(c.dep_ == "nummod" for c in named.children) and any(c.dep_ == "nummod" for c in name.children):
        return False  # "one hiring manager, one team leader" counts two people
    return not any(t.lower_ in words["pair_nouns"] for t in named.sent)


def _coordinated(named, name) -> bool:
    """The two are conjuncts of a list ("managers, leaders and supervisors"); two names with nothing but a comma
    between them and no other conjunct ("the leaders, the managers of the six offices, were asked") are an
    apposition the parser took for a list."""
    if named.dep_ == "conj" or any(c.dep_ in {"conj", "cc", "preconj"} for c in name.children):
        return True
    others = [c for c in named.children if c.dep_ in {"conj", "cc", "preconj"} and c.i != name.i]
    return bool(others) or (name.dep_ == "conj" and name.head.i != named.i)


def _title_held(name) -> bool:
    """A bare singular title with its "of" ("leader of the office running club") names a role held, often
    elsewhere; "the leaders of this firm" identifies a group."""
    bare = not any(c.dep_ in {"det", "poss"} for c in name.children)
    held = any(c.dep_ == "prep" and c.lower_ == "of" for c in name.children)
    return bare and held and name.tag_ == "NN"


def _joined(named, between) -> bool:
    """A dash with no space on either side ("leader–manager") joins two words into one pair-name, like a hyphen;
    an apposition is set off ("leaders – the managers –")."""
    return not named.whitespace_ and all(t.text in {"—", "–", "-"} and not t.whitespace_ for t in between)


def _role_in_another_body(named, name) -> bool:
    """One person, then a role she holds in a body someone else owns: "our manager, the choir's leader,", "the
    manager, team leader on the night shift,". A group renamed keeps its own possessor ("our managers, the
    company's leaders,"), and so does the reader's own ("your manager, your leader at work,")."""
    if named.tag_ != "NN":
        return False
    owner = next((c for c in name.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner.pos_ != "PRON" and not owner._.lk_family
    bare = not any(c.dep_ == "det" for c in name.children)
    return bare and name.tag_ == "NN" and any(c.dep_ == "prep" and c.lower_ in _words()["role_prepositions"] for c in name.children)


def _in_a_series(name) -> bool:
    """Another noun phrase follows the second name after a comma: the two are items of a list, not one renamed."""
    doc = name.doc
    after = _last_word(name).i + 1
    return after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].pos_ in {"DET", "NOUN", "PROPN", "ADJ"}




def _taken_up_as_many(name) -> bool:
    """The two, bare, are taken up after a dash by a plural pronoun as the subject of what follows ("leaders,
    managers – they end up wearing four hats"): a list set out ahead of its clause, not one name given another."""
    doc = name.doc
    after = _last_word(name).i + 1
    return (
        after + 1 < len(doc) and doc[after].text in {"—", "–"} and doc[after + 1].lower_ in _words()["resuming_pronouns"]
        and doc[after + 1].dep_ in {"nsubj", "nsubjpass"} and not any(c.dep_ in {"det", "poss"} for c in name.children)
    )


def _last_word(token):
    """The last word of a phrase; the parser often hangs the comma after it on it too."""
    return max((t for t in token.subtree if not t.is_punct), key=lambda t: t.i)


def set_off_beside(tokens: Sequence) -> bool:
    """Two words the parser gave one head, hung one on the other as a list, or whose apposition it hung on a word
    before them ("set by the managers, the leaders of each ward,") are an apposition only when a single comma, dash
    or bracket parts them and the second closes like an aside."""
    named, name = family_tokens(tokens)[:2]
    siblings = named.head.i == name.head.i and named.dep_ == name.dep_
    if not (siblings or name.head.i == named.i or (name.dep_ == "appos" and name.head.i < named.i)):
        return False
    if name.dep_ == "conj" and not any(c.dep_ in {"det", "poss"} for c in name.children):
        return False  # "leaders, managers, you've got..." lists bare words; "the leaders, the managers of ..." identifies
    doc = named.doc
    between = doc[named.i + 1:name.left_edge.i]
    last = _last_word(name).i
    closes = last + 1 >= len(doc) or doc[last + 1].text in ASIDE_ENDS
    return len(between) == 1 and between[0].text in SET_OFF_MARKS and closes


def writer_glosses(tokens: Sequence) -> bool:
    """The aside is the writer's own gloss ("we say", "by which we mean"), not what the first word's holders say
    ("managers who say they lead"); only "mean" takes a whole clause ("by which we mean how they manage")."""
    words = _words()
    gloss = next(t for t in tokens if t.lemma_ in words["gloss_verbs"] and not t._.lk_family)
    name = family_tokens(tokens)[-1]
    if name.dep_ == "ccomp" and gloss.lemma_ != "mean":
        return False
    subjects = [c for c in gloss.children if c.dep_ in SUBJECT_DEPS]
    by = any(c.dep_ == "prep" and c.lower_ == "by" for c in gloss.children)
    if gloss.lemma_ == "mean":
        return by  # "by which we mean" glosses; "managers, I mean leaders" repairs a slip of the tongue
    if name._.lk_form == "verb" or name.dep_ == "xcomp":
        return False  # a word is glossed by a word: "leaders called to manage a crisis" are summoned
    if subjects and subjects[0].dep_ == "nsubjpass" and subjects[0].tag_ in {"WP", "WDT"}:
        return True  # "one lead who is also called the squad's manager": the first word itself given the other name
    return by or not subjects or subjects[0].lower_ in _words()["writer_reader_pronouns"]


def points_back_to_first(tokens: Sequence) -> bool:
    """"By that" points back to the nearest name before it, in the same sentence."""
    gloss = next(t for t in tokens if t.lemma_ == "mean")
    named = family_tokens(tokens)[0]
    between = gloss.doc[named.i + 1:gloss.i]
    return named.sent.start == gloss.sent.start and not any(t._.lk_family for t in between)


def own_naming(tokens: Sequence) -> bool:
    """The writer (or the writer's organisation) names one by the other; a usage reported ("are often called",
    "people call managers leaders") is talk about the words."""
    from lintkit.nlp.context import words as context_words

    naming = next(t for t in tokens if t.lemma_ in _words()["renaming_verbs"] and not t._.lk_family)
    words = _words()
    if any(c.dep_ == "advmod" and c.lower_ in words["usage_adverbs"] and c.lower_ not in words["second_name_adverbs"]
           for c in naming.children):
        return False
    named, name = family_tokens(tokens)[0], family_tokens(tokens)[-1]
    if _indefinite(name) and not _indefinite(named):
        return False  # "fans called the manager a leader of men" praises; "a manager is known as a team leader" renames
    if name.text[:1].isupper() and name.i != name.sent.start:
        return False  # "the manager was named Leader of the Year" is an award's name
    if _scoped_to_others(naming):
        return False  # "in some firms managers are also called leaders", "known as leaders by their teams"
    subjects = [c for c in naming.children if c.dep_ in {"nsubj", "agent"}]
    return not subjects or subjects[0].lower_ not in context_words()["third_parties"]


def _scoped_to_others(naming) -> bool:
    """A naming said to hold somewhere else ("in some firms", "in many cultures") or to be given by someone named
    ("by their teams") is others' usage; "by us" is the writer's."""
    scopes = _words()["usage_scopes"]
    for prep in (t for t in naming.sent if t.dep_ in {"prep", "agent"}):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.dep_ == "agent" or prep.lower_ == "by":  # the parser may hang "by their staff" on the name
                if obj.lower_ not in _words()["writer_objects"]:
                    return True
            elif any(d.dep_ in {"det", "amod"} and d.lower_ in scopes for d in obj.children):
                return True
    return False


def named_by_verb(tokens: Sequence) -> bool:
    """What is named is the naming verb's own subject or object, or the object of its "to" ("refer to our managers
    as"); a word deeper in the phrase ("known as a leader in the field of management") is not what is named."""
    naming = next(t for t in tokens if t.lemma_ in _words()["renaming_verbs"] and not t._.lk_family)
    named = next(t for t in family_tokens(tokens) if not (t.dep_ == "pobj" and t.head.lower_ == "as"))
    named = first_conjunct(named)  # "supervisors and managers are designated as leaders"
    if named.dep_ == "pobj":
        return named.head.lower_ == "to" and named.head.head.i == naming.i
    return named.head.i == naming.i


def _oneness(complement) -> bool:
    words = _words()
    if complement.lower_ in condition_words("shared")["word_nouns"] and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" and _oneness(o) for o in c.children)
        for c in complement.children
    ):
        return True  # "two names for a single skill", "different words for the same job": only the names are two
    if complement.lower_ in words["oneness_words"]:
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in complement.children)  # "one of the skills"
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in complement.children):
        return False  # "one part of the job", "the same side of the coin"
    marks = [c.lower_ for c in complement.children if c.dep_ in {"amod", "nummod", "det"}]
    return any(m in words["oneness_words"] for m in marks)


def complement_is_one(tokens: Sequence) -> bool:
    """The complement makes one thing of them: "the same job", "one competence", "identical"."""
    complement = next((t for t in tokens if t.dep_ in {"attr", "acomp"} and not t._.lk_family), None)
    if complement is None:
        return False  # the complement is a name itself ("management is leadership"): an equation, not a pair made one
    if any(c.lower_ == "both" for c in complement.head.children):
        return False  # "are both one part of the job" keeps two
    return _oneness(complement) and (complement.pos_ != "NOUN" or _one_in_identity(complement, tokens))


def one_thing(tokens: Sequence) -> bool:
    """Taken up again, the pair is made one thing ("the two are a single job", "they are identical"), not one group of
    people ("they are one team"); only a negation or a supposition ("as if") in that later clause takes the claim
    back."""
    words = _words()
    complement = next((t for t in tokens if t.dep_ in {"attr", "acomp"} and not t._.lk_family), None)
    if complement is None:
        return False
    if any(c.lower_ in words["clause_negators"] for c in [*complement.head.children, *complement.children]):
        return False  # "..., and they are not the same job"
    if marked_as_supposed(complement.head):
        return False  # "people toss 'leader' and 'manager' around as if they were interchangeable"
    return complement_is_one(tokens) and (complement.pos_ != "NOUN" or complement.lower_ in words["same_nouns"])


def _is_be(token) -> bool:
    """"be", also as the "re" and "s" the tokenizer cuts from "theyre" and "thats", which keep their own lemma."""
    return token.lemma_ == "be" or (token.lower_ in _words()["be_contractions"] and token.tag_.startswith("VB"))


def pair_resumed_later(tokens: Sequence) -> bool:
    """A pronoun further on takes up the pair only where nothing else was named or set against it in between: it is
    the subject of "be" in the pair's sentence or the next one, no third name and no "but", "both" or "also" comes
    between, the pair's sentence does not count them two ("two skills"), and the resuming clause is neither a
    question nor a supposition. "It" with "the same people" counts heads at a meeting, not functions."""
    words = _words()
    family = family_tokens(tokens)
    if len(family) != 2:
        return False
    pair = family[-1]
    pronoun = max((t for t in tokens if t.i + 1 < len(t.doc) and _is_be(t.doc[t.i + 1]) and t.lower_ in words["resumers"]),
                  key=lambda t: t.i, default=None)
    if pronoun is None:
        return False  # an "s" or "re" that is no verb ("that s-bend"): nothing takes the pair up
    link = pronoun.head
    if pronoun.dep_ != "nsubj" or not _is_be(link):
        return False
    if pronoun.sent.start != pair.sent.start and pronoun.sent.start != pair.sent.end:
        return False  # a sentence between the pair and the pronoun may have given "it" something else to stand for
    between = pair.doc[pair.i + 1:pronoun.i]
    kept_apart = words["setting_against"] | words["additive_words"]
    if any(t.lower_ in kept_apart for t in [*between, *pair.sent]) or _counted_apart(pair.sent):
        return False
    if marked_as_supposed(link):
        return False
    if pronoun.lower_ in words["singular_resumers"] and tokens[-1].lower_ in words["person_nouns"]:
        return False
    return not_question([t for t in tokens if t.i >= pronoun.i])


def not_misnamed(tokens: Sequence) -> bool:
    """"The wrong word for leadership" denies the gloss it seems to give."""
    word = next(t for t in tokens if t.dep_ == "attr" and not t._.lk_family)
    return not any(c.lower_ in _words()["misnaming_adjectives"] for c in word.children)


def defines_by_the_act(tokens: Sequence) -> bool:
    """A definition speaks of any holder of the name ("a leader", "leaders", "every manager"); "our new manager is
    someone who leads by example" describes one person. The act defines the name only when it is done to what both
    functions act on, or to nothing named, and nothing is added to it ("someone who also manages", "who manages
    budgets")."""
    words = _words()
    named, act = family_tokens(tokens)[:2]
    determiners = [c.lower_ for c in named.children if c.dep_ in {"det", "poss"}]
    shared = condition_words("shared")
    generic = shared["indefinite_articles"] | shared["universal_quantifiers"]
    if not (any(d in generic for d in determiners) or not determiners and named.tag_ == "NNS"):
        return False
    if any(c.lower_ in words["additive_words"] for c in act.children):
        return False
    objects = [c for c in act.children if c.dep_ == "dobj"]
    return all(o.lower_ in words["led_objects"] or o.lower_ in words["person_nouns"] for o in objects)


def alternatives(tokens: Sequence) -> bool:
    """The pair is offered as alternative names ("be it X or Y", "whether it is X or Y") before the clause that
    makes one thing of them."""
    first = family_tokens(tokens)[0]
    clause = next(t for t in tokens if t.dep_ == "advcl")
    if first.dep_ not in {"attr", "oprd", "dobj", "acomp"}:
        return False  # "Either a leader or a manager must sign" names who acts, not what the thing is called
    return clause.i < clause.head.i and any(c.dep_ == "cc" and c.lower_ in _words()["alternative_coordinators"] for c in first.children)


def takes_up_the_other(tokens: Sequence) -> bool:
    """"That sort of management" points back to the last thing named, so it renames only when that was a word of
    the other family, in the same or the previous sentence, and the previous sentence does not name this family
    itself ("Managers plan; leaders inspire. That sort of leadership ...")."""
    family = family_tokens(tokens)
    if len(family) != 2:
        return False
    named, name = family
    if named.sent.start == name.sent.start:
        return True
    doc = name.doc
    previous = doc[name.sent.start - 1].sent
    return named.sent.start == previous.start and not any(t._.lk_family == name._.lk_family for t in previous)


def _quoted(token) -> bool:
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text in OPENING_QUOTES and doc[token.i + 1].text in CLOSING_QUOTES


def _counted_apart(sentence) -> bool:
    """"Managing well and leading well are two skills", "they are separate jobs": a predicate that counts the pair as
    two of a kind keeps them apart, unless a denial takes that back or "one" merges them after it ("two words, one job").
    "Managing is one skill and leading is another" counts them apart too: "one" there opens a count that "another"
    closes in the clause joined to it."""
    words = _words()
    for said in sentence:
        if said.dep_ != "attr" or said.lower_ not in words["same_nouns"] or any(c.lower_ in words["clause_negators"] for c in said.head.children):
            continue
        if any(c.dep_ == "nummod" and c.lower_ == "two" or c.dep_ == "amod" and c.lower_ in words["negated_differences"] for c in said.children):
            return not any(t.lower_ in words["merging_words"] for t in sentence[said.i - sentence.start + 1:])
        if any(c.dep_ == "nummod" and c.lower_ == "one" for c in said.children) and _other_one_after(said):
            return True
    return False


def _other_one_after(said) -> bool:
    """A clause joined to the one that says ``said`` ("... is one skill, and leading is another") has "another" for
    its predicate: the count goes on to a second thing. A comma splice ("Leading is one job, managing is another")
    hangs the first clause under the second."""
    clause = said.head
    joined = [c for c in clause.children if c.dep_ in {"conj", "parataxis"}]
    joined += [clause.head] if clause.dep_ in {"conj", "ccomp", "parataxis"} else []
    return any(c.dep_ == "attr" and c.lower_ == "another" for verb in joined for c in verb.children)


def not_a_pass_frame(tokens: Sequence) -> bool:
    """The sentence has none of the shapes the rule passes, which a score fitted on claims cannot tell from one:
    a family word quoted as a word ("'leader' and 'manager' get swapped"), one added to the other ("both", "also",
    "complementary"), one set against the other (a replacement cue: the other rule's claim), a difference named
    ("there's a real difference between managing and leading": the rule's own patterns read a denied one), a
    comparative (``_compared``), a slash
    or pair naming the two between them ("the leader/manager divide"), or a role named beside a person's name
    ("Dana Reyes, plant manager and union leader").
    """
    words = _words()
    sentence = tokens[0].sent
    family = [t for t in sentence if t._.lk_family]
    if any(_quoted(t) for t in family) or not not_between(tokens):
        return False
    kept_apart = words["additive_words"] | words["replacement_cues"] | words["difference_words"]
    if any(t.lower_ in kept_apart for t in sentence) or _counted_apart(sentence) or _held_by_the_other(family) or _compared(sentence):
        return False
    if any(t.lower_ in words["distributive_words"] and t.dep_ != "det" for t in sentence):
        return False  # "management or leadership experience (we'll ask about each separately)": two taken one at a time
    return not any(t.dep_ == "appos" and t.head.pos_ == "PROPN" or t.head.dep_ == "appos" and t.head.head.pos_ == "PROPN"
                   for t in family)


def _compared(sentence) -> bool:
    """A comparative with "than" sets one against the other ("leadership, in our view, means more than management",
    "managing is harder than leading"): two things measured, not one thing named twice."""
    return any(t.lower_ == "than" and t.i > sentence.start and (t.nbor(-1).tag_ in {"JJR", "RBR"} or t.nbor(-1).lower_ == "other")
               for t in sentence)


def _held_by_the_other(family: list) -> bool:
    """One side is what the other has, needs or does: the other is the subject of a relative clause on the noun
    the first is said to be ("Managing is a skill every leader needs", "leadership is something managers learn"),
    so the sentence relates the two. "A leader is someone who manages" defines one by the other: there the family
    word is the relative clause's verb, not its subject."""
    for holder in family:
        clause = holder.head
        if holder.dep_ in SUBJECT_DEPS and clause.dep_ == "relcl" and not clause.head._.lk_family:
            inside = {t.i for t in clause.subtree}
            if any(t.i not in inside for t in family if t.i != holder.i):
                return True
    return False



def existence_denied(tokens: Sequence) -> bool:
    """The "no" denies that something exists ("there is no leadership that isn't management", "no such thing as
    leadership apart from management", "no leadership apart from management exists"), not that some of a kind do
    something ("no leader who isn't a manager gets promoted here")."""
    noun = tokens[0].head
    if noun.dep_ == "ROOT":
        return True  # "No such thing as leadership separate from management."
    if noun.dep_ == "attr":
        return noun.head.lemma_ == "be" and any(c.dep_ == "expl" for c in noun.head.children)
    return noun.dep_ in SUBJECT_DEPS and noun.head.lemma_ == "exist"


def job_wholly_the_other(tokens: Sequence) -> bool:
    """The job is said to be the other and nothing more: a modifier of the job ("whole", "only"), an adverb before the
    other ("simply", "all"), or a tail that closes the matter after it ("and there's nothing else to it", "full stop");
    without one, "a manager's job is leadership" asks managers to lead as well."""
    words = _words()
    job = next(t for t in tokens if t.dep_ == "nsubj" and not t._.lk_family)
    other = next(t for t in tokens if t._.lk_family and t.dep_ != "poss")
    if any(c.dep_ in {"amod", "advmod"} and c.lower_ in words["whole_job_modifiers"] for c in job.children):
        return True
    if any(t.lower_ in words["whole_job_adverbs"] for t in other.doc[job.i + 1:other.i]):
        return True
    tail = " ".join(t.lower_ for t in other.doc[other.i + 1:other.sent.end] if not t.is_punct)
    return any(phrase in tail for phrase in words["whole_job_tails"])

CONDITIONS = {
    "existence-denied": existence_denied,
    "named-side-not-listed": named_side_not_listed,
    "job-wholly-the-other": job_wholly_the_other,
    "whole-subject": whole_subject,
    "not-successor": not_successor,
    "real-gloss-marker": real_gloss_marker,
    "aside-set-off": aside_set_off,
    "writer-says": writer_says,
    "writer-uses": writer_uses,
    "named-in-place": named_in_place,
    "same-head-repeated": same_head_repeated,
    "column-names-the-other": column_names_the_other,
    "not-third-party": not_third_party,
    "claim-or-tag-question": claim_or_tag_question,
    "opens-question": opens_question,
    "names-the-difference": names_the_difference,
    "denied-difference-question": denied_difference_question,
    "difference-not-narrowed": difference_not_narrowed,
    "short-answer": short_answer,
    "not-between": not_between,
    "not-then-split": not_then_split,
    "not-mentioned": not_mentioned,
    "not-words-named": not_words_named,
    "hyphen-or": hyphen_or,
    "merged-compound": merged_compound,
    "subject-of-clause": subject_of_clause,
    "which-refers-to-first": which_refers_to_first,
    "resumed-claim-not-negated": resumed_claim_not_negated,
    "same-kind": same_kind,
    "headword": headword,
    "reference-stands-alone": reference_stands_alone,
    "label-answered-alone": label_answered_alone,
    "same-unqualified": same_unqualified,
    "nothing-added": nothing_added,
    "aside-holds-no-name": aside_holds_no_name,
    "not-possessive": not_possessive,
    "answer-not-a-clause": answer_not_a_clause,
    "owned-definition-ends": owned_definition_ends,
    "same-left-one": same_left_one,
    "difference-then-denied": difference_then_denied,
    "difference-asked-then-none": difference_asked_then_none,
    "dash-not-closed": dash_not_closed,
    "not-about-people": not_about_people,
    "not-set-against-a-third": not_set_against_a_third,
    "object-taken-up": object_taken_up,
    "same-act-object": same_act_object,
    "act-stands-as-subject": act_stands_as_subject,
    "two-of-a-kind": two_of_a_kind,
    "subject-or-its-core": subject_or_its_core,
    "not-one-of": not_one_of,
    "dismissive-predicate": dismissive_predicate,
    "aside-renames": aside_renames,
    "either-name-repeated": either_name_repeated,
    "difference-denied": difference_denied,
    "shrug-follows": shrug_follows,
    "modified-subject": modified_subject,
    "plain-complement": plain_complement,
    "second-name": second_name,
    "set-off": set_off,
    "into-one": into_one,
    "confined-to-label": confined_to_label,
    "elliptic-denial": elliptic_denial,
    "not-negated-or-dismissed": not_negated_or_dismissed,
    "answer-names-only-a-label": answer_names_only_a_label,
    "asked-then-denied": asked_then_denied,
    "not-called-a-myth": not_called_a_myth,
    "equation-not-described": equation_not_described,
    "answer-not-asked": answer_not_asked,
    "concept-to-concept": concept_to_concept,
    "named-by-verb": named_by_verb,
    "about-the-role": about_the_role,
    "not-progressive": not_progressive,
    "not-compared-in-degree": not_compared_in_degree,
    "not-mere-possibility": not_mere_possibility,
    "supposition-then-unseen": supposition_then_unseen,
    "granted-then-unseen": granted_then_unseen,
    "not-then-told-apart": not_then_told_apart,
    "renames": renames,
    "set-off-beside": set_off_beside,
    "writer-glosses": writer_glosses,
    "same-in-identity": same_in_identity,
    "same-names-one": same_names_one,
    "role-follows-from-role": role_follows_from_role,
    "taken-up-as-what-the-other-is": taken_up_as_what_the_other_is,
    "points-back-to-first": points_back_to_first,
    "own-naming": own_naming,
    "complement-is-one": complement_is_one,
    "one-thing": one_thing,
    "alternatives": alternatives,
    "pair-resumed-later": pair_resumed_later,
    "not-misnamed": not_misnamed,
    "defines-by-the-act": defines_by_the_act,
    "takes-up-the-other": takes_up_the_other,
    "not-a-pass-frame": not_a_pass_frame,
    "parallel-or-modifying-one-noun": parallel_or_modifying_one_noun,
}
