"""LM002 (replacement) read as two frames: one side let go or declared over, the other taken up or declared rising.

Writers swap one function for the other in endless wordings ("retire the word manager and let our people lead",
"The Death of Management and the Rise of Leadership", "hire leaders early and skip the managers"). What stays
the same is the pair of frames: a word that ends one side (a verb that governs it, a verdict it is the subject
of, a farewell before it) and a word that takes up the other, in a clause of its own or the next sentence. The
words of each frame are data (``[conditions.LM002]`` in ``rules/lexicon.toml``); this module only finds where
they stand relative to each side.
"""
from __future__ import annotations

from typing import Sequence

from lintkit.engine.conditions.lm002 import denies_its_head, every_one, supposed, withheld
from lintkit.engine.conditions.shared import SUBJECT_DEPS, family_tokens, next_sentence_end, token_after
from lintkit.engine.conditions.words import condition_words, pattern_lists

# A name that credits a line ("John Kotter - ...") has at most this many words.
MAX_NAME_WORDS = 4
# How far a frame word may stand from its side: words before it in the same clause, or hops up the parse.
REACH_BEFORE = 5
REACH_AFTER = 4
# How far back from a verb of picking the word of choice may stand: "which of the two I'd hire".
CHOICE_REACH = 8
HOPS_UP = 4
# Dependencies a side hangs from on its way up to the verb that governs it ("stop trying to be a better manager").
# What a verdict after a side is said of: its subject, a headline's root, an owner ("It's leadership's turn").
VERDICT_DEPS = frozenset({"nsubj", "nsubjpass", "ROOT", "poss"})
MODIFIER_DEPS = frozenset({"compound", "amod"})
# Where a clause's verb stands, also when the tagger takes it for a noun: "leadership won, management lost".
CLAUSE_HEAD_DEPS = frozenset({"ROOT", "conj", "appos", "ccomp", "parataxis"})
NOUN_TAGS = frozenset({"NOUN", "PROPN", "PRON"})
# Where a noun stands as one of its clause's participants, so a pronoun after it may mean it.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
# How the errand of "go" or "come" hangs from it: "go lead", "go and lead", "come lead with us".
ERRAND_DEPS = frozenset({"advcl", "xcomp", "conj", "dobj"})
# Relations that make a word a noun phrase's head: "the lead", "our lead", "a good lead", "team lead".
NOUN_MARK_DEPS = frozenset({"det", "poss", "amod", "compound", "nummod"})
GOVERNED_DEPS = frozenset({"dobj", "pobj", "prep", "pcomp", "xcomp", "attr", "acomp", "compound", "amod", "oprd", "dative", "npadvmod", "advcl", "ccomp", "relcl", "appos", "nmod", "poss"})


def _words():
    return condition_words("LM002")


def _stands_for(side):
    """The word a side stands for in its clause: a modifier speaks for a noun that names a way of working ("the management
    handbook", "the managerial era"), not for a thing of its own ("the management meeting is over")."""
    heads = _words()["frame_heads"] | _words()["share_heads"]  # "the management duties are scrapped"
    # the written form too: "the managing days are behind us" (lemma "day", which would take in "a management day")
    while side.dep_ in MODIFIER_DEPS and side.head.i > side.i and (side.head.lemma_.lower() in heads or side.head.lower_ in heads):
        side = side.head
    return side


def _describes(side, cues) -> bool:
    """"done with management books", "step away from the manager's desk": a modifier or an owner left standing names
    a thing, not the function ("take management's place" names the function's place, a frame word itself)."""
    if side.dep_ == "poss":
        return not _names(side.head, cues)
    return side.dep_ in MODIFIER_DEPS and side.head.i > side.i and not _misread_verdict(side, cues)


def _misread_verdict(side, cues) -> bool:
    """"leadership won", "leadership flourishes" read by the tagger as a noun compound: the verdict right after the
    side, standing bare as a clause of its own, is still said of it ("the leadership focus" is a thing). A wh-word the
    tagger hangs on it as a modifier opens the clause ("Wherever leadership flourishes")."""
    verdict = side.head
    if side.dep_ != "compound" or verdict.i != side.i + 1 or not _names(verdict, cues):
        return False
    return verdict.dep_ in CLAUSE_HEAD_DEPS and not any(c.dep_ in {"det", "poss", "amod"} and c.tag_ != "WRB" for c in verdict.children)


def _names(token, cues) -> bool:
    return token.lower_ in cues or token.lemma_.lower() in cues


def _before(side, cues):
    """A frame word just before the side in its clause: "goodbye managing", "time to lead", "rip up the management handbook"."""
    doc = side.doc
    if side.dep_ in SUBJECT_DEPS and side.head.i > side.i:
        return None  # "let the team lead decide": the side does something of its own
    for token in reversed(doc[max(side.sent.start, side.i - REACH_BEFORE):side.i]):
        if token.text in _words()["frame_breaks"]:
            return None
        if _names(token, cues) and not (token.head.i == side.i and token.dep_ in MODIFIER_DEPS and token.pos_ != "VERB" and not _fragment(side)):
            return token  # a noun modifying the side is part of its name ("train leaders" misread as a compound)
    return None


def _fragment(side) -> bool:
    """"ENOUGH MANAGEMENT.": a side standing alone as its sentence, so a word before it frames it even as a modifier."""
    return side.dep_ == "ROOT" and all(t.i == side.i or t.head.i == side.i and t.i < side.i or t.is_punct for t in side.sent)


def _above(side, cues):
    """A frame word the side hangs from, as object, complement or modifier, never as subject ("the manager left")."""
    token = side
    heads, naming = _words()["frame_heads"], _words()["naming_prepositions"]
    for _ in range(HOPS_UP):
        if token.head.i == token.i or token.dep_ in SUBJECT_DEPS or token.dep_ not in GOVERNED_DEPS:
            return None
        if token.dep_ in MODIFIER_DEPS and token.head.lemma_.lower() not in heads:
            return None  # "ditch the management jargon" lets jargon go, not management
        if token.dep_ == "prep" and token.head.pos_ in NOUN_TAGS and token.lower_ not in naming:
            return None  # "time to read some fiction about leadership": the side only describes a thing ("her role as a manager" names it)
        token = token.head
        if _names(token, cues):
            return token
    return None


def _after(side, cues):
    """A verdict the side is the subject of, a few words on: "management is obsolete", "a leadership era has begun",
    "Management: optional"."""
    doc = side.doc
    end = min(side.sent.end, side.i + 1 + REACH_AFTER)
    labelled = side.i + 1 < len(doc) and doc[side.i + 1].text == ":"
    owner = side.head.head if side.dep_ in {"pobj", "pcomp"} and side.head.lower_ == "of" else side
    says_of = labelled or side.dep_ in VERDICT_DEPS or owner.dep_ in VERDICT_DEPS  # "the days of managing are behind us"
    if _misread_verdict(side, cues):
        return side.head
    for token in doc[side.i + 1:end]:
        if _names(token, cues):
            if _done_some_way(token, side):
                return None
            return token if says_of or token.lower_ in _words()["negated_ends"] else None
        if token.text in _words()["frame_breaks"] and not (token.text == ":" and token.i == side.i + 1):
            return None
        if token.dep_ == "dobj":
            return None  # "managers put their phones aside" sets a thing aside, not themselves
        if token.lower_ in pattern_lists()["negations"] or token._.lk_family:
            return None
    return None


def _done_some_way(verdict, side) -> bool:
    """"management done with enthusiasm", "leadership finished by the book": a participle saying how the side is
    done, right after it with no linking verb, is no verdict on it ("Management: done." and "management is done" are)."""
    if verdict.tag_ != "VBN" or verdict.i != side.i + 1:
        return False
    return any(c.dep_ in {"prep", "advmod", "agent"} and c.i > verdict.i for c in verdict.children)


def _let_go(side):
    """The word that lets the side go, or None."""
    words = _words()
    side = _stands_for(side)
    if side.dep_ == "relcl" or _describes(side, words["letting_go_frames"] | words["ending_verdicts"]):
        return None  # "tired of managers who can't lead" describes people
    cue = _passive(side, words["letting_go_frames"]) or _above(side, words["letting_go_frames"]) or _before(side, words["letting_go_frames"])
    if cue is not None and not _particle_missing(cue) and not _negation_missing(cue):
        return cue
    return (_after(side, words["ending_verdicts"]) or _idiom(side, words["dismissal_objects"]) or _labelled(side, words["ending_labels"])
            or _sent_away(side) or _let_go_by_pronoun(side) or _condemned_by_its_outcome(side))


def _condemned_by_its_outcome(side):
    """"If you're still managing your team, you're doing it wrong", "if a team needs managing, you've hired the wrong
    people": the act is supposed only to call what follows from it a fault, which lets it go. "If you only manage, ..."
    condemns doing nothing else, not the act."""
    words = _words()
    clause = side if side.dep_ == "advcl" else side.head if side.dep_ in {"xcomp", "ccomp"} and side.head.dep_ == "advcl" else None
    if clause is None or side._.lk_form != "verb" or any(c.lower_ in words["limiters"] for c in [*side.children, *clause.children]):
        return None
    if not any(c.dep_ == "mark" and c.lower_ in words["condemned_suppositions"] for c in clause.children):
        return None
    outcome = clause.head
    near = [c for c in outcome.children if c.i > clause.i] + [g for c in outcome.children if c.i > clause.i for g in c.children]
    if _negated_verb(outcome) or not any(t.lemma_.lower() in words["fault_verdicts"] for t in near):
        return None
    return outcome


def _negated_verb(verb) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _let_go_by_pronoun(side):
    """"Management had a good run, but it's time we retired it": the side, the topic of its clause, let go a clause or a
    sentence later by the pronoun that takes it up. Another thing of its number named in between could be what the
    pronoun means ("Management wrote a policy; we scrapped it"), unless the side's own verb of having holds it ("had a
    good run", "enjoyed its day")."""
    words = _words()
    if side.dep_ not in SUBJECT_DEPS | {"dobj"}:
        return None
    plural = side.tag_ in {"NNS", "NNPS"}
    doc = side.doc
    for token in doc[side.i + 1:next_sentence_end(side)]:
        if token._.lk_family:
            return None
        if token.lower_ in words["plural_pronouns" if plural else "singular_pronouns"] and token.dep_ in {"dobj", "nsubjpass"}:
            cue = _passive(token, words["letting_go_frames"]) or _above(token, words["letting_go_frames"])
            return cue if cue is not None and not _particle_missing(cue) else None
        held = token.head.i == side.head.i and token.head.lemma_.lower() in words["holding_verbs_of_own"]
        if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in ARGUMENT_DEPS and (token.tag_ in {"NNS", "NNPS"}) == plural and not held:
            return None
    return None


def _sent_away(side):
    """"We let the last three managers go": the side is who departs, at the bidding of a verb that lets it."""
    words = _words()
    verb = side.head
    if side.dep_ not in SUBJECT_DEPS or verb.dep_ not in {"ccomp", "xcomp"} or verb.lemma_.lower() not in words["departing_verbs"]:
        return None
    return verb.head if verb.head.lemma_.lower() in words["sending_verbs"] else None


def _labelled(side, labels):
    """A label that opens the line and gives its verdict on the side after it: "Outdated: managing people.", "Current:
    leading them." (slide bullets, changelogs)."""
    doc = side.doc
    start = side.sent.start
    if start + 1 >= side.i or doc[start + 1].text != ":" or not _names(doc[start], labels):
        return None
    between = doc[start + 2:side.i]
    return doc[start] if all(t.pos_ in {"DET", "ADJ", "PRON"} for t in between) and len(between) <= 2 else None


def _passive(side, cues):
    """A frame verb in the passive, the side its subject: "managers are being phased out", "leaders are hired"."""
    verb = side.head
    if side.dep_ != "nsubjpass" or not _names(verb, cues):
        return None
    return verb


def _in_object_of(holder, verb) -> bool:
    """Whether ``holder`` is the verb or stands in its object ("replace [our layer of managers] with ...")."""
    for _ in range(HOPS_UP):
        if holder.i == verb.i:
            return True
        if holder.dep_ not in {"dobj", "pobj", "prep"}:
            return False
        holder = holder.head
    return False


def _idiom(side, objects):
    """A verb whose object carries the frame, the side being who receives it: "show the managers the door", "give
    management the boot", "hand the keys to the leaders", "pass the baton to leadership"."""
    receiver = side.head if side.dep_ == "pobj" and side.head.lower_ == "to" else side
    if receiver.dep_ not in {"dative", "prep"} or receiver.head.pos_ != "VERB":
        return None
    verb = receiver.head
    if any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in verb.children):
        return verb
    return None


def _taken_up(side, drop):
    """The word that takes the side up, or None; "swap X for Y" takes Y up with the swapping verb itself."""
    words = _words()
    side = _stands_for(side)
    if _describes(side, words["taking_up_frames"] | words["rising_verdicts"]):
        return None
    if side.dep_ == "xcomp" and side.head.dep_ == "relcl":
        side = side.head  # "people who know how to lead", "someone who wants to lead": the person the clause describes
    if side.dep_ == "relcl" and side.head.i < side.i and not side.head._.lk_family:
        if _names(side.head, words["taking_up_frames"]):
            return side.head  # "it's time to lead", parsed as a clause describing "time"
        side = side.head  # "they need people who can lead", "replaced our managers with coaches who lead"
    if side.dep_ == "pobj" and side.head.lower_ in words["swap_prepositions"] and _in_object_of(side.head.head, drop):
        return side.head  # "replace the management layer with leaders", "replaced our layer of managers with leaders"
    if side.dep_ == "pobj" and side.head.dep_ == "agent" and side.head.head.lemma_.lower() in words["replace_lemmas"]:
        return side.head.head  # "managers are being phased out, replaced by leaders"
    if side._.lk_form == "abstract" and side.dep_ == "nsubj" and side.head.dep_ in {"ccomp", "xcomp"} and _names(side.head.head, words["sending_verbs"]):
        return side.head.head  # "let leadership do the work": the function, not a person, is given the job
    cue = (_passive(side, words["taking_up_frames"]) or _above(side, words["taking_up_frames"]) or _before(side, words["taking_up_frames"])
           or _idiom(side, words["handover_objects"]) or _put_in_its_place(side))
    if cue is not None and not _particle_missing(cue):
        return cue
    return (_after(side, words["rising_verdicts"]) or _labelled(side, words["rising_labels"]) or (side if _bare_command(side) else None)
            or _next_by_the_same_hand(side, drop) or _done_next(side, drop) or _ends_the_other(side, drop) or _subtitled(side, drop))


def _subtitled(side, drop):
    """"Beyond Management: Leading in the Age of AI", "Goodbye Managers — Leading Without a Title": a title that lets one
    side go, and the subtitle after it opens with the other, which the title offers in its place. A subtitle that
    opens otherwise ("Beyond Management: Notes on Leading") only names a topic, and a title that lets go of a thing the
    side only names ("Beyond the Manager Title: Leading Without Authority") lets no function go."""
    doc = side.doc
    mark = side.i - 1
    if mark <= drop.i or doc[mark].text not in _words()["subtitle_marks"]:
        return None
    title = doc[drop.i + 1:mark]
    if any(t.text in _words()["frame_breaks"] for t in title) or not any(t._.lk_family and t.dep_ not in MODIFIER_DEPS for t in title):
        return None
    return doc[mark]


def _ends_the_other(side, drop):
    """"LEADERSHIP KILLED MANAGEMENT", "in the end leading buried managing": the side is what put an end to the other, the
    subject of the very verb that lets it go, when that verb ends a thing for good (a group drops a topic from an agenda).
    Both must name the function (a noun of it or the act): "the leaders fired the manager" is people."""
    functions = {"abstract", "verb"}
    if side.dep_ != "nsubj" or side.head.i != drop.i or side._.lk_form not in functions:
        return None
    if drop.lemma_.lower() not in _words()["ending_for_good_verbs"]:
        return None
    if not any(c.dep_ == "dobj" and c._.lk_family and c._.lk_family != side._.lk_family and c._.lk_form in functions for c in drop.children):
        return None
    return side


def _done_next(side, drop):
    """"Priya stopped managing the claims team and led it", "each chapter is a thing he gave up so that he could lead":
    the side is what came after the letting go, an act joined to the verb that lets go with no subject of its own, or
    an act that giving something up was for."""
    if side._.lk_form != "verb" or side.i < drop.i:
        return None
    if side.dep_ == "conj" and side.head.i == drop.i and drop.pos_ == "VERB" and not any(c.dep_ in SUBJECT_DEPS for c in side.children):
        return side
    return _purpose(side)


def _purpose(clause):
    """The "so" of "so that I could lead", when ``clause`` is what something was done for."""
    words = _words()
    marks = [c for c in clause.children if c.dep_ == "mark"]
    if not (marks and all(m.lower_ in words["purpose_marks"] for m in marks) and marks[0].lower_ == "so"):
        return None
    if clause.dep_ == "advcl":
        return marks[0]
    if clause.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ in words["ability_modals"] for c in clause.children):
        return marks[0]  # "..., and stop managing my team so I can finally lead it": a long list leaves the clause cut off
    return None


def _next_by_the_same_hand(side, drop):
    """"Our parish council has laid management to rest; from Advent on, it will simply lead": whoever let the one side go
    is the subject that will do the other from now on, named again or taken up by a pronoun of its number."""
    words = _words()
    if side._.lk_form != "verb" or side.i < drop.i or not any(c.dep_ == "aux" and c.lower_ in words["future_auxiliaries"] for c in side.children):
        return None
    doer = next((c for c in side.children if c.dep_ == "nsubj"), None)
    dropper = next((c for c in drop.children if c.dep_ == "nsubj"), None)
    if doer is None or dropper is None or any(c._.lk_form == "agent" and c.tag_ == "NN" for c in drop.children):
        return None  # "we retired the old manager; we will lead the team ourselves": one person after another
    if doer.lower_ == dropper.lower_ or doer.lower_ in words["singular_pronouns"] and dropper.tag_ in {"NN", "NNP"}:
        return side
    return None


def _put_in_its_place(side):
    """"leadership put in its place", "appoint leaders in their stead": whatever the verb, the side is set where
    something else stood, which the owner of "place" names."""
    verb = side.head
    if side.dep_ not in SUBJECT_DEPS | {"dobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and any(
                c.dep_ == "pobj" and c.lemma_.lower() in _words()["vacated_places"] and any(g.dep_ == "poss" for g in c.children)
                for c in prep.children):
            return verb
    return None


def _bare_command(side) -> bool:
    """"Throw away the management playbook and lead from the heart": the side itself is the command that follows, also
    as the errand of a bare "go" or "come" ("Cancel them and go lead"), whatever the tagger makes of the side there."""
    command = side
    if side.dep_ in ERRAND_DEPS and side.head.i < side.i and side.head.lemma_.lower() in _words()["errand_verbs"]:
        command = side.head
    if _misread_command(command):
        return True
    if command.tag_ not in {"VB", "VBP"} or command.dep_ not in {"ROOT", "conj"}:
        return False
    return not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in command.children)


def _misread_command(side) -> bool:
    """"Lead, and forget the managing", "lead, lead, lead, and forget the managing": a bare verb form the tagger took
    for a noun, with nothing that makes it one (no determiner, owner or modifier), is a command when a plain command
    follows it in the same chain of "and"s. "The lead, and forget the rest" has a determiner and stays a noun."""
    if side._.lk_form != "verb" or side.tag_ not in {"NN", "NNP"}:
        return False
    if any(c.dep_ in NOUN_MARK_DEPS or c.dep_ in SUBJECT_DEPS for c in side.children):
        return False
    chain, todo = [], [side]
    while todo:
        token = todo.pop()
        chain.append(token)
        todo.extend(c for c in token.children if c.dep_ == "conj")
    return any(t.i > side.i and t.tag_ == "VB" and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in t.children) for t in chain)


def _negation_missing(cue) -> bool:
    """"No more managing" lets go; "more managing" asks for more."""
    if cue.lower_ not in _words()["negation_required_frames"]:
        return False
    negations = pattern_lists()["negations"]
    return not (any(c.dep_ == "neg" or c.lower_ in negations for c in cue.children) or cue.i > 0 and cue.doc[cue.i - 1].lower_ in negations)


def _particle_missing(verb) -> bool:
    """"phase out", "rip up", "bring in": these verbs frame a side only with their particle."""
    words = _words()
    if verb.lemma_.lower() not in words["frame_particle_verbs"]:
        return False
    return not any(c.lower_ in words["frame_particles"] for c in verb.children if c.i > verb.i)


def _denied(cue, other=None) -> bool:
    """A negation on the frame word or on the clauses above it: "learning to lead doesn't mean you stop managing",
    "nobody is asking you to stop managing", and an act withheld: "learn to lead without dropping any of the
    managing". The climb stops at the other frame word: "don't settle for management when your team deserves
    leadership" does not deny "deserves"."""
    negations = pattern_lists()["negations"]
    for token in [cue, *cue.ancestors]:
        if other is not None and token.i == other.i:
            break  # the other frame's own negation is its business
        if withheld(token):
            return True
        if any(denies_its_head(c) for c in token.children if c.i < cue.i or token.i == cue.i):
            return True
    doc = cue.doc
    before = doc[max(cue.sent.start, cue.i - 2):cue.i]
    return any(t.lower_ in negations for t in before)


def _points_back(side, cue) -> bool:
    """The people already named come back in the clause that takes the side up: "start training the ones you have to
    lead", "started training them to lead", "good ones train leaders"."""
    anaphors = _words()["back_references"]
    clause = [t for t in [side, *side.ancestors] if t.i >= cue.i or t.i == side.i]
    if any(t.dep_ == "relcl" and t.head.lemma_.lower() in anaphors for t in clause):
        return True
    return any(c.lemma_.lower() in anaphors and (c.dep_ == "dobj" or c.dep_ in SUBJECT_DEPS and c.lemma_.lower() == "one")
               for t in clause[1:] for c in t.children if c.i != side.i)  # the side's own object is fine: "lead them"


def _asks_for_old(new, take, old) -> bool:
    """"we need managers who lead": the side taken up is said of the other side itself, which is asked for again. A
    clause of purpose on the way up is a clause of its own ("gave up managing so that I could lead"), and so is a
    subtitle, whatever word of the title the parser hangs it on ("Beyond Managing: Leading With Purpose")."""
    if take.i == new.i - 1 and take.text in _words()["subtitle_marks"]:
        return False
    child = new
    for token in new.ancestors:
        if token.i == take.i or _purpose(child) is not None:
            return False
        if token._.lk_family == old._.lk_family:
            return True
        child = token
    return False


def _asks(token) -> bool:
    sentence = token.sent.text.rstrip()
    return sentence.endswith("?")


def dropped_then_taken_up(tokens: Sequence) -> bool:
    """One side let go and the other taken up, in either order, each by a frame word of its own that nothing denies."""
    family = family_tokens(tokens)
    if len(family) < 2:
        return False
    first, last = family[0], family[-1]
    if first._.lk_family == last._.lk_family:
        return False
    if _contrast_then_pick(first, last):
        return True
    for old, new in ((first, last), (last, first)):
        if old.i < new.i and (_instead(new) or _refused_then_required(old, new) or _described_then_required(old, new)):
            return True
        drop = _let_go(old)
        take = None if drop is None else _taken_up(new, drop)
        if take is None or drop.i == take.i:
            continue
        if _coordinated(old, new) or _people_coming_and_going(old, new) or _named_person_let_go(drop):
            continue
        if (drop.lower_ not in _words()["negated_ends"] and _denied(drop, take)) or supposed(drop):
            continue
        if _denied(take, drop) or supposed(take) or _asks(new) or _points_back(new, take) or _asks_for_old(new, take, old):
            continue
        return True
    return False


def _coordinated(old, new) -> bool:
    """"stop managing and leading": the two sides joined as one object share one frame."""
    return (new.dep_ == "conj" and new.head.i == old.i) or (old.dep_ == "conj" and old.head.i == new.i)


def _people_coming_and_going(old, new) -> bool:
    """"We fired our manager and hired a new team leader": one person after another, not a function swapped out.
    "Stop being a manager. Try being a leader." names roles (after "be"), which is the swap; "the manager era" and "the
    era of the manager" an era."""
    roles = {"attr", "oprd"}
    agents = all(t._.lk_form == "agent" and t.tag_ == "NN" and _stands_for(t).i == t.i and not _of_an_era(t) for t in (old, new))
    if every_one(old):
        return False  # "swapped every department manager for a team leader" swaps the function, one post at a time
    return agents and not ({old.dep_, new.dep_} & roles)


def _named_person_let_go(drop) -> bool:
    """"Priya replaced Mark as store manager and has led the team since": what the frame lets go is a person with a
    name, and the family word is the post they held, so one person follows another."""
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.pos_ == "PROPN" and c.ent_type_ in {"PERSON", ""} for c in drop.children)


def _of_an_era(side) -> bool:
    """"the era of the manager", "the age of the leader": a way of working named after its people."""
    return side.dep_ == "pobj" and side.head.lower_ == "of" and side.head.head.lemma_.lower() in _words()["frame_heads"]


def _refusal(side):
    """The negation that refuses a side: "you can't manage your way there", "the goal isn't to manage", "never needed
    a manager"; not a limit ("don't just manage"), a concession ("may not be managing") or a quantifier ("not every
    leader has to manage a team" says some need not, which refuses no side)."""
    words = _words()
    token = side
    for _ in range(HOPS_UP - 1):
        negation = next((c for c in token.children if c.dep_ == "neg"), None)
        if negation is not None:
            if _refuses_the_word_beside(token, negation):
                return None
            nearby = {t.lower_ for t in side.doc[max(token.sent.start, negation.i - 2):negation.i + 2]}
            following = token_after(negation)
            if following is not None and following.lower_ in words["universal_determiners"]:
                return None
            return None if nearby & (words["limiters"] | words["concessive_modals"]) else negation
        if token.dep_ in SUBJECT_DEPS or token.dep_ not in GOVERNED_DEPS or token.dep_ == "relcl" or token.head.i == token.i:
            return None  # "managers who can't lead" describes people
        if token.dep_ == "appos":
            return None  # "we cut paperwork, not a single manager": the parse hangs the side's "not" on what it is set against
        token = token.head
    return None


def _refuses_the_word_beside(token, negation) -> bool:
    """"Be a leader, not a boss": the parse hangs the "not" on the noun before it, but it refuses the word set beside
    that noun after it."""
    return token.pos_ in {"NOUN", "PROPN"} and negation.i > token.i and any(
        c.dep_ in {"appos", "conj", "npadvmod"} and c.i > negation.i for c in token.children)


def _refused_then_required(old, new) -> bool:
    """"You can't manage your way to a great culture; you have to lead your way there": one side refused, the other
    then required in a clause of its own."""
    refusal = _refusal(_stands_for(old))
    if refusal is None or supposed(refusal):
        return False
    if any(t._.lk_family == new._.lk_family for t in refusal.head.subtree):
        return False  # "it isn't management's job to lead every project": the refused clause holds the other side too
    take = _taken_up(new, refusal)
    if take is None or take.lemma_.lower() not in _words()["requiring_frames"] or take.i < refusal.i:
        return False
    if take.lemma_.lower() in _words()["have_to_lemmas"] and (take.i + 1 >= len(take.doc) or take.doc[take.i + 1].lower_ != "to"):
        return False  # "we didn't have leadership; we had management" owns, it does not require
    if _asks_for_old(new, take, old):
        return False
    return not (_denied(take) or supposed(take) or _asks(new) or _points_back(new, take) or refusal in take.ancestors and take.head.i == refusal.head.i)


def _described_then_required(old, new) -> bool:
    """"You're managing. You need to be leading.": what the reader is doing now, then the other side required of them in
    a clause or sentence of its own."""
    words = _words()
    if old.tag_ != "VBG" or old.dep_ not in {"ROOT", "conj", "ccomp", "parataxis"}:
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "be" for c in old.children):
        return False
    subjects = [t for c in old.children if c.dep_ in SUBJECT_DEPS for t in c.subtree]
    if not any(t.lower_ in words["addressees"] for t in subjects):  # "you're managing", "most of you are managing"
        return False
    if _denied(old) or supposed(old):
        return False
    take = _taken_up(new, old)
    if take is None or take.i < old.i or old in take.ancestors and not (take.dep_ == "conj" and take.head.i == old.i):
        return False  # "you're managing people who need to be led" describes them; "..., and they want to be led" answers
    if take.i != new.i and take.lemma_.lower() not in words["requiring_frames"]:
        return False  # a side that is itself the command ("You're managing. Go lead.") is required by it
    return not (_denied(take) or supposed(take) or _asks(new) or _points_back(new, take))


def _acts(side) -> bool:
    """The side is the subject of a clause of its own: "Managers push", "Leaders are an investment"."""
    return side.dep_ in {"nsubj", "nsubjpass"} and side.head.pos_ in {"VERB", "AUX"}


def _contrast_then_pick(first, last) -> bool:
    """"Managers push; leaders pull. Be the one who pulls.", "Managers count heads, leaders win hearts, so hire
    leaders": a contrast of the two as subjects, then a word that picks one or lets one go ("so stop hiring managers"),
    in that sentence or the next."""
    if not (_acts(first) and _acts(last)) or first.head.i == last.head.i:
        return False
    words = _words()
    doc = last.doc
    sentences = [last.sent]
    if last.sent.end < len(doc):
        sentences.append(doc[last.sent.end].sent)
    rest = [t for span in sentences for t in span if t.i > last.head.i]
    if any(t.lower_ in words["both_markers"] - words["limiters"] for t in rest):
        return False
    if any((t._.lk_family or t.lower_ in words["back_references"]) and _dropped(t) for t in rest):
        return True  # "leaders build teams, managers just staff them, so stop hiring managers", "so we're phasing them out"
    if any(t._.lk_family == first._.lk_family for t in rest):
        return False  # "... you need both", "so hire managers who lead"
    return any(t.lemma_.lower() in words["pick_frames"] and not _denied(t) and (t.tag_ == "VB" and _picks_a_side(t, last) or _asked_which(t))
               for t in rest)


def _asked_which(verb) -> bool:
    """"I know which one I'm choosing", "guess which of the two I'd hire": the pick told as an indirect question, a word
    of choice before the verb that someone does the picking of ("which is what matters" picks nothing)."""
    words = _words()
    asked = None
    for token in reversed(verb.doc[max(verb.sent.start, verb.i - CHOICE_REACH):verb.i]):
        if token.text in words["frame_breaks"] or token._.lk_family:
            return False
        if token.lower_ in words["choice_questions"]:
            asked = token
            break
    if asked is None or asked.dep_ in SUBJECT_DEPS:
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ not in words["choice_questions"] for c in verb.children)


def _dropped(side) -> bool:
    """A later mention of a side let go by a frame nothing denies or supposes: "so stop hiring managers"."""
    drop = _let_go(side)
    return drop is not None and not _denied(drop) and not supposed(drop)


def _bare_command_to_choose(verb, after) -> bool:
    """"Managers keep the lights on. Leaders change the world. Choose.": a command to choose that stands alone as its
    sentence leaves the reader only the two just contrasted to pick from. "Some days you will have to decide." tells,
    and "Choose?" asks."""
    return (
        verb.lemma_.lower() in _words()["choice_cues"]
        and verb.dep_ == "ROOT"
        and verb.i == verb.sent.start
        and all((t.is_punct and "?" not in t.text) or t.is_space for t in after)
    )


def _picks_a_side(verb, side) -> bool:
    """"Pick your spot", "choose wisely", "hire leaders": what the command picks is one of the two, or a side at all, or
    what the side was said to bring ("Managing gets you compliance; leading gets you commitment. Choose commitment.")."""
    words = _words()
    after = verb.doc[verb.i + 1:min(verb.sent.end, verb.i + 1 + REACH_AFTER)]
    if _bare_command_to_choose(verb, after):
        return True
    brought = {c.lemma_.lower() for c in side.head.children if c.dep_ in {"dobj", "attr", "oprd"} and c.pos_ in {"NOUN", "PROPN"}}
    return any(t.lower_ in words["pick_objects"] or t._.lk_family == side._.lk_family
               or t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in brought for t in after)


def _instead(side) -> bool:
    """"Be a leader instead", "start leading instead": the side is put in the place of what came before it."""
    doc = side.doc
    for token in doc[side.i + 1:min(side.sent.end, side.i + 1 + REACH_AFTER)]:
        if token.text in _words()["frame_breaks"] or token._.lk_family:
            return False
        if token.lower_ == "instead":
            following = token_after(token)
            return not (following is not None and following.lower_ == "of") and not _denied(token)
    return False


def not_credited_line(tokens: Sequence) -> bool:
    """"John Kotter - people cannot be managed into battle, they must be led": a line that opens with a name and a
    dash cites someone's words (book notes, quote lists); it is not the writer's claim."""
    sent = tokens[0].sent
    words = [t for t in sent if not t.is_space]
    names = 0
    while names < len(words) and words[names].pos_ == "PROPN" and not words[names]._.lk_family:
        names += 1
    return not (0 < names <= MAX_NAME_WORDS and names < len(words) and words[names].text in _words()["credit_dashes"])


def entails_letting_go(tokens: Sequence) -> bool:
    """"Leading meant giving up managing", "becoming a leader requires abandoning management": what it takes to do one side
    is to let the other go. The one side stands in the subject of the verb of entailing; what is let go is the other
    function itself, not a person ("becoming a leader means losing your manager"), and a verb that lets go only with
    its particle has it ("giving up", "letting go of", "leaving behind")."""
    words = _words()
    means = next((t for t in tokens if t.lemma_.lower() in words["entailing_verbs"] and not t._.lk_family), None)
    if means is None:
        return False
    drop = next((t for t in tokens if t.head.i == means.i and t.i != means.i and t.pos_ == "VERB" and t.lemma_.lower() in words["letting_go_verbs"]), None)
    subjects = [c for c in means.children if c.dep_ in {"nsubj", "csubj"}]
    new = next((t for t in family_tokens(tokens) if any(t in s.subtree for s in subjects)), None)
    if drop is None or new is None:
        return False
    old = next((t for t in family_tokens(tokens) if t in drop.subtree and t._.lk_family != new._.lk_family), None)
    if old is None or old._.lk_form == "agent" and old.dep_ not in {"attr", "oprd"}:
        return False  # "means losing your manager": a person, not the function
    if _stands_for(old).dep_ in MODIFIER_DEPS | {"poss"}:
        return False  # "means abandoning some leadership ideals": a thing named after the function
    return not _particle_missing(drop) and _let_go_completely(drop)


def _let_go_completely(drop) -> bool:
    """"letting go of managing" and "leaving management behind" let go; "letting managers decide" and "leaving
    managers room" do not."""
    words = _words()
    if drop.lemma_.lower() not in words["completed_letting_go"]:
        return True
    return any(c.lower_ in words["letting_go_completions"] for c in drop.children if c.i > drop.i)


CONDITIONS = {
    "entails-letting-go": entails_letting_go,
    "dropped-then-taken-up": dropped_then_taken_up,
    "not-credited-line": not_credited_line,
}
