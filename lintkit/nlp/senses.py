"""Decides, token by token, whether a lead/manage word is used in its organisational sense.

Rules match only tokens tagged here (``token._.lk_family``), so "the policy led
to confusion", "lead pipes", "memory management" or "Engineering Manager Ana
Ruiz" can never fire a rule. Each test below is one small function over a token
and the shared lexicon; the reason a word was set aside is kept in
``token._.lk_nonorg`` so ``--show-evidence`` and tests can say why.
"""
from __future__ import annotations

import functools
import re
from typing import Callable, Iterable

from lintkit.nlp.hashtags import is_hashtag_word
from lintkit.nlp.prefilter import family_forms
from lintkit.nlp.spacy_shortcuts import write_slots
from lintkit.resources import lexicon


# What rule patterns may test (``_ = { lk_family = "lead" }``): strings, "" when unset, since
# spaCy's Matcher fails on a token whose value is None ("an integer is required", spaCy 3.8).
MATCHED_EXTENSIONS = ("lk_family", "lk_form")
# How many words before "leading" a degree word may stand: "too busy leading", "far too caught up leading".
DEGREE_REACH = 4


def register_extensions() -> None:
    from spacy.tokens import Token

    for name in MATCHED_EXTENSIONS:
        if not Token.has_extension(name):
            Token.set_extension(name, default="")
    if not Token.has_extension("lk_nonorg"):
        Token.set_extension("lk_nonorg", default=None)


@functools.lru_cache(maxsize=1)
def senses() -> dict[str, frozenset[str]]:
    return {key: frozenset(words) for key, words in lexicon()["senses"].items()}


def _neighbour(token, step: int, skip_hyphens: bool = True):
    """The next (step=1) or previous (step=-1) token in the sentence, hyphens skipped."""
    i = token.i + step
    doc = token.doc
    while 0 <= i < len(doc) and skip_hyphens and doc[i].text in {"-", "–"}:
        i += step
    if not (0 <= i < len(doc)) or doc[i].sent != token.sent:
        return None
    return doc[i]


def _lower(token) -> str:
    return token.lower_ if token is not None else ""


def is_headline(sent) -> bool:
    """Title Case lines: capitals say nothing about names there."""
    words = [t for t in sent if t.is_alpha and len(t) > 3 and t.lower_ not in senses()["headline_small_words"]]
    return len(words) >= 3 and all(t.is_title or t.is_upper for t in words)


def in_proper_name(token) -> bool:
    """A capitalised family word inside a capitalised run holding a body's head noun.

    In a Title Case headline every word is capitalised, so only a head noun
    right next to the family word makes a name there ("Leadership Council").
    """
    if not (token.is_title or token.is_upper):
        return False
    heads = senses()["name_heads"]
    if is_headline(token.sent):
        neighbours = (_neighbour(token, -1, skip_hyphens=False), _neighbour(token, 1, skip_hyphens=False))
        return any(n is not None and n.lower_ in heads and (n.is_title or n.is_upper) for n in neighbours)
    return any(_name_head_in_run(token, step, heads) for step in (-1, 1))


def _name_head_in_run(token, step: int, heads) -> bool:
    """A name's head noun on one side of the word, in its capitalised run, short of "and".

    A head before the word makes a name only through a connector ("Office of
    Management"); right before it, it is a modifier ("Department Leadership").
    "and" ends the run: "TTSC Leadership and Front Office" joins two groups.
    """
    connectors = senses()["name_connectors"] - senses()["and_words"]
    connected = step == 1
    nxt = _neighbour(token, step, skip_hyphens=False)
    while nxt is not None and (nxt.is_title or nxt.is_upper or (nxt.lower_ in connectors and nxt.i != nxt.sent.start)):
        if nxt.lower_ in connectors:
            connected = True
        elif nxt.lower_ in heads and connected:
            return True
        nxt = _neighbour(nxt, step, skip_hyphens=False)
    return False


def is_title_before_name(token) -> bool:
    """"Engineering Manager Ana Ruiz": a capitalised role word directly before a person's name."""
    if not token.is_title or is_headline(token.sent):
        return False
    nxt = _neighbour(token, 1, skip_hyphens=False)
    return nxt is not None and nxt.is_title and nxt.tag_ == "NNP" and nxt.lower_ not in senses()["name_heads"]


def _led_abbreviation(token, s) -> bool:
    """"LED" and "LEDs" are the diode only in capitals (the plural's "s" stays lower case); "led" is the verb."""
    return token.lower_ in s["led_abbreviations"] and token.text[:3] == "LED" and token.text[3:] == token.lower_[3:]


def _lead_reason(token, form: str) -> str | None:
    s = senses()
    nxt, prev = _neighbour(token, 1), _neighbour(token, -1)
    word = token.lower_
    if _led_abbreviation(token, s) and not _caps_emphasis(token):
        return "a light-emitting diode"
    if form == "verb":
        causation = _lower(nxt) == "to" or any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children if not _has_object(token))
        if causation and not (_lower(nxt) == "to" and (_preferred_over(token, nxt) or _degree_infinitive(token, nxt))):
            return "causation ('led to')"
        if _lower(nxt) in s["phrasal_lead_particles"]:
            return "phrasal 'lead up to/into'"
        ranked = next((c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in s["ranking_objects"]), None)
        if ranked is not None:
            return f"'{token.text} the {ranked.text}' (first place in a ranking)"
        if word in s["lead_noun_forms"]:
            if _lower(prev) in s["lead_person_modifiers"] or is_lead_person(token):
                return None
            if _lower(nxt) in s["lead_nonorg_neighbours"] and not _infinitive_taking(token, prev, nxt):
                return f"'{token.text} {nxt.text}' (metal, role or prospect)"
            if _lower(prev) in s["lead_nonorg_modifiers"] and not _adverb_before_verb(token, prev):
                return f"'{prev.text} {token.text}' (a prospect or a head start)"
            chaser = _prospecting_verb_before(token)
            if chaser is not None:
                return f"'{chaser.text} {token.text}' (sales prospects)"
            if _lower(prev) in s["noun_determiners"] and token.pos_ in {"NOUN", "PROPN"}:
                return "a noun: the metal, a clue or first place"
        if word == "leading":
            if _lower(nxt) in s["leading_nonorg_heads"]:
                return f"'leading {nxt.text}' (foremost)"
            if token.dep_ == "amod" and _lower(prev) in s["foremost_markers"] and nxt is not None and nxt.i == token.head.i and nxt.lower_ not in s["led_groups"]:
                return "an adjective meaning foremost"
    if form in {"agent", "abstract"} and _lower(prev) in s["leader_nonorg_modifiers"]:
        return f"'{prev.text} {token.text}' (foremost in a market or field)"
    return None


def _infinitive_taking(token, prev, nxt) -> bool:
    """"to manage engineers is to lead engineers": after the infinitive's "to", with the next word its plural object,
    "lead" is the act done to people, not the title of "a lead engineer" ("promoted to lead engineer", "From Stage
    Manager to Lead Actor" name one post, in the singular)."""
    return prev is not None and prev.tag_ == "TO" and nxt.dep_ == "dobj" and nxt.head.i == token.i and nxt.tag_ in {"NNS", "NNPS"}


def _adverb_before_verb(token, prev) -> bool:
    """"You can only lead them", "we first lead by example": "only" or "first" is an adverb on a verb that has a
    subject, an auxiliary or an object of its own, not the adjective of "the only lead" or "our first lead"."""
    return prev.pos_ == "ADV" and prev.head.i == token.i and _acts_as_verb(token)


def _prospecting_verb_before(token):
    """"Stop chasing leads", "capture more leads", "nurture every lead": a verb of prospecting just before "lead(s)",
    past a determiner or an adjective, makes it a sales prospect whatever the parser hung it on."""
    s = senses()
    before = _neighbour(token, -1)
    if before is not None and before.pos_ in {"DET", "ADJ", "PRON"} and before.lower_ not in s["lead_person_possessives"]:
        before = _neighbour(before, -1)
    return before if _lower(before) in s["lead_prospect_verbs"] else None


def is_lead_person(token) -> bool:
    """"Our team leads, or managers as HR calls them,", "ask your lead": "lead" naming a person, whatever the tagger made of it.

    The tagger reads most "lead"/"leads" as verbs, so the person shows in the
    words around it: a role modifier before it ("team lead", "tech leads") when
    nothing after it takes it as a verb ("our team leads the market"); a
    possessive before a singular ("ask your lead", not "follow your lead"); a
    manager or leader word joined to it by "or", "aka", "not", "than", a dash
    or brackets ("a lead — a manager, in other words", "leads aka managers");
    or a plural whose predicate only people have ("the leads are managers",
    "our leads approve the budget"). Praise words that usually make a sales
    prospect or a head start ("good leads") give way only to a joined manager word.
    """
    s = senses()
    prev, nxt = _neighbour(token, -1), _neighbour(token, 1)
    if token.lower_ not in s["lead_noun_forms"] or _lower(nxt) in s["lead_nonorg_neighbours"]:
        return False
    if _lower(prev) in s["lead_nonorg_modifiers"]:
        return _lower(prev) in s["lead_person_adjectives"] and _beside_role_noun(token)
    if _lower(prev) in s["lead_person_modifiers"]:
        if token.lower_ == "lead":
            return not _acts_as_verb(token, prev) and _beside_role_noun(token, contrasts=False)
        return not _acts_as_verb(token, prev) and (_beside_role_noun(token) or not _takes_complement(token))
    if _lower(prev) in s["lead_person_possessives"] and token.lower_ == "lead":
        governor = token.head if token.dep_ in {"dobj", "pobj", "nsubj", "conj", "appos", "attr"} else token
        if token.dep_ == "pobj":
            governor = token.head.head
        return token.pos_ in {"NOUN", "PROPN"} and governor.lower_ not in s["lead_example_verbs"]
    if _acts_as_verb(token):
        return False
    return _beside_role_noun(token) or (token.lower_ == "leads" and _has_person_predicate(token))


def _acts_as_verb(token, modifier=None) -> bool:
    """A subject, auxiliary or object of its own, or "to", a modal or a pronoun subject before it.

    A role modifier the parser took for the subject ("[our team] leads, or
    managers") is not one: it is the word being tested.
    """
    verb_deps = {"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "obj", "attr", "prt", "dative"}
    skip = modifier.i if modifier is not None else -1
    if any(c.dep_ in verb_deps and c.i != skip for c in token.children):
        return True
    prev = _neighbour(token, -1)
    return prev is not None and prev.i != skip and prev.tag_ in {"TO", "MD", "PRP"}


def _takes_complement(token) -> bool:
    """An object or a preposition right after it (adverbs skipped): "our team leads the market", "leads by example".

    A slash pairs it with the word after, of whatever form ("leads/manages the squad", "tech leads/management"):
    only a role noun there, tested first, makes it a person.
    """
    nxt = _neighbour(token, 1)
    while nxt is not None and nxt.pos_ == "ADV":
        nxt = _neighbour(nxt, 1)
    if nxt is None:
        return False
    return nxt.text == "/" or nxt.pos_ in {"DET", "ADP", "NUM", "PART"} or (nxt.pos_ == "PRON" and nxt.tag_ not in {"WP", "WDT"})


def _beside_role_noun(token, contrasts: bool = True) -> bool:
    """A manager or leader word the parse joins to it, or that only linking words and marks separate from it.

    Without ``contrasts`` only a gloss or a list joins ("your team lead, aka your line manager"), not "not" or "than".
    """
    roles = senses()["lead_role_peers"]
    related = [c for c in token.children if c.dep_ in {"conj", "appos"}]
    if token.dep_ in {"conj", "appos"}:
        related.append(token.head)
    if contrasts and any(r.lower_ in roles for r in related):
        return True
    for step in (1, -1):
        word = _across_links(token, step, contrasts)
        if word is not None and word.dep_ in {"compound", "amod"} and word.head.i != token.i:
            word = word.head  # "not engineering managers"
        if _lower(word) in roles:
            return True
    return False


def _across_links(token, step: int, contrasts: bool = True):
    """The first word past the marks and linking words on one side ("leads (read: managers)", "a lead rather than a manager").

    A colon or "is" joins only right after a gloss word ("read:", "that is"): elsewhere it opens a clause or a
    predicate ("bury the lead: the managers voted", "the manager is the lead on the migration").
    """
    s = senses()
    links = s["lead_link_marks"] | s["lead_gloss_words"] | (s["lead_contrast_words"] if contrasts else frozenset())
    nxt = _neighbour(token, step)
    while nxt is not None:
        word = nxt.lower_
        glossed = word in s["lead_gloss_followers"] and _lower(_neighbour(nxt, -1)) in s["lead_gloss_words"]
        if not (word in links or glossed):
            return nxt
        nxt = _neighbour(nxt, step)
    return None


def _has_person_predicate(token) -> bool:
    """"The leads are managers", "our leads approve all expenses": what only people are or do."""
    s = senses()
    head = token.head
    if token.dep_ != "nsubj":
        return False
    if head.lemma_.lower() == "be":
        return any(c.dep_ == "attr" and c.lower_ in s["lead_role_peers"] for c in head.children)
    return head.lemma_.lower() in s["lead_person_verbs"]


def lead_form(token, form: str) -> str:
    """The lexicon's form of a family word, or "agent" for a "lead" that names a person."""
    return "agent" if form == "verb" and is_lead_person(token) else form


def _caps_emphasis(token) -> bool:
    """"want to be LED, not MANAGED": after a passive auxiliary or beside another all-caps family word,
    capitals are emphasis, not the diode (a Title Case line keeps only the short one in capitals)."""
    prev = _neighbour(token, -1)
    if prev is not None and prev.lemma_.lower() in senses()["passive_auxiliaries"]:
        return True
    forms = family_forms()
    return any(t.i != token.i and t.is_upper and len(t) > 2 and t.lower_ in forms for t in token.sent)


def _preferred_over(token, to) -> bool:
    """"We prefer leading to managing": a gerund chosen over a family word after "to" is a preference, not causation."""
    return (
        token.head.lemma_.lower() in senses()["preference_verbs"]
        and any(c.i == to.i + 1 and c.lower_ in family_forms() for c in to.children)
    )


def _degree_infinitive(token, to) -> bool:
    """"too busy leading to bother with managing": "to" opens the infinitive that "too" asks for, so it says what there
    is no room left for, not what the leading caused."""
    doc = token.doc
    after = _neighbour(to, 1)
    before = doc[max(token.sent.start, token.i - DEGREE_REACH):token.i]
    return after is not None and after.tag_ == "VB" and any(t.lower_ in senses()["degree_words"] for t in before)


def _has_object(token) -> bool:
    return any(c.dep_ in {"dobj", "obj", "attr"} for c in token.children)


def _past_an_aside(token):
    """The word after an aside that opens at ``token`` and closes with the same mark, no other stop inside: "managed,
    against every expectation, to win" says "managed to win"; anything else is ``token`` itself."""
    if token is None or token.text not in {",", "—"}:
        return token
    nxt, steps = _neighbour(token, 1), 0
    while nxt is not None and not nxt.is_punct and steps < 8:
        nxt, steps = _neighbour(nxt, 1), steps + 1
    if nxt is None or nxt.text != token.text or steps == 0:
        return token
    return _neighbour(nxt, 1)


def _manage_reason(token, form: str) -> str | None:
    s = senses()
    nxt, prev = _neighbour(token, 1), _neighbour(token, -1)
    if form == "verb":
        to = _past_an_aside(nxt)
        after = _neighbour(to, 1) if to is not None else None
        gerund_of = prev is not None and prev.lemma_.lower() in s["gerund_governors"]
        if _lower(to) == "to" and (after is None or after.tag_ == "VB") and not gerund_of and not _passive(token):
            return "'managed to' (succeeded)"
        if _lower(nxt) in s["managed_nonorg_heads"] and token.lower_ == "managed":
            return f"'managed {nxt.text}' (a service or runtime)"
        if _lower(nxt) in s["title_heads"] and token.lower_ == "managing":
            return f"'managing {nxt.text}' (a job title)"
        objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
        following = _first_content_word_after(token)
        if any(o.lower_ in s["manage_nonorg_objects"] for o in objects) or _lower(following) in s["manage_nonorg_objects"]:
            return "managing a thing, not people"
    if form in {"agent", "abstract"}:
        if _lower(prev) in s["management_nonorg_modifiers"]:
            return f"'{prev.text} {token.text}' (software or personal)"
        if form == "abstract" and _lower(nxt) in s["management_nonorg_heads"]:
            return f"'{token.text} {nxt.text}' (a software feature)"
    return None


def _passive(token) -> bool:
    """"Teachers have been managed to exhaustion": a passive has people managed, since nobody "is managed to" succeed,
    whatever the tagger makes of the word after "to"."""
    return any(c.dep_ == "auxpass" for c in token.children)


def _first_content_word_after(token):
    nxt = _neighbour(token, 1)
    while nxt is not None and (nxt.lower_ in senses()["noun_determiners"] or nxt.pos_ in {"ADJ", "DET", "PRON"} and nxt.dep_ in {"amod", "det", "poss"}):
        nxt = _neighbour(nxt, 1)
    return nxt


REASONS: dict[str, Callable] = {"lead": _lead_reason, "manage": _manage_reason}


IDENTIFIER_MARKS = set("@#{}_=<>|\\")
LONE_HASHTAG = re.compile(r"#[^\W\d_]+")


def in_identifier(token) -> bool:
    """"@cs-leadership", "c-18f-project-leadership": a handle or channel name, not prose.

    Hyphens alone do not make an identifier: "leadership-slash-management" is prose,
    and nor does a hashtag's "#": "#BornToLead" is read as its words.
    """
    if is_hashtag_word(token):
        return False
    doc = token.doc
    start = token.i
    while start > 0 and not doc[start - 1].whitespace_:
        start -= 1
    end = token.i
    while end < len(doc) - 1 and not doc[end].whitespace_:
        end += 1
    chunk = doc[start:end + 1].text.rstrip(".,;:!?)")
    if LONE_HASHTAG.fullmatch(chunk):
        return False  # "#Leadership #Management #SameThing": a one-word hashtag is read as its word, as a CamelCase one is
    return bool(IDENTIFIER_MARKS & set(chunk)) or any(ch.isdigit() for ch in chunk)


def nonorg_reason(token, family: str, form: str) -> str | None:
    """Why ``token`` is not used in its organisational sense, or None if it is."""
    if in_identifier(token):
        return "part of an identifier (a handle, channel or file name)"
    if in_proper_name(token):
        return "part of a proper name"
    if form not in {"abstract", "adjective"} and is_title_before_name(token):  # "leadership" and "managerial" are never job titles
        return "a job title before a name"
    return REASONS[family](token, form)


def lowercase_lemmas(doc) -> None:
    """Title Case lemmas ("Start", "Leaders") must match lower-case patterns too."""
    import numpy
    from spacy.attrs import LEMMA

    lemmas = doc.to_array(LEMMA).tolist()
    strings = doc.vocab.strings
    lowered = {}
    for value in set(lemmas):
        text = strings[value]
        if text != text.lower():
            lowered[value] = strings.add(text.lower())
    if lowered:
        doc.from_array([LEMMA], numpy.array([lowered.get(v, v) for v in lemmas], dtype=numpy.uint64))


def family_words(doc):
    """The tokens whose lower-case form is a family word, with its (family, form)."""
    from spacy.attrs import LOWER

    forms = family_forms()
    strings = doc.vocab.strings
    for i, value in enumerate(doc.to_array(LOWER).tolist()):
        entry = forms.get(strings[value])
        if entry is not None:
            yield doc[i], entry


def tag_senses(doc, accepted: Iterable[tuple[int, int]] = ()) -> None:
    """Set ``lk_family`` (the family, or "" for a word set aside) and ``lk_form`` on the family words of ``doc``.

    ``accepted`` are token index ranges of the user's accepted terms; words in
    them are names the user cannot change and are set aside.
    """
    if not len(doc):
        return
    lowercase_lemmas(doc)
    accepted_tokens = {i for start, end in accepted for i in range(start, end)}
    for token, (family, form) in family_words(doc):
        form = lead_form(token, form) if family == "lead" else form
        reason = "an accepted term" if token.i in accepted_tokens else nonorg_reason(token, family, form)
        token._.lk_nonorg = reason
        token._.lk_family = "" if reason else family
        token._.lk_form = form
        if not reason:
            write_slots(token, family, form)  # what the compiled patterns read, unless spaCy runs plain
