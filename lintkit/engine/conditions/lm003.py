"""LM003 (rank): when "leadership" names people rather than an activity, and when management is set below it.

The cues of the group reading are in ``lm003_cues``; this module holds the conditions
the rule's patterns name.
"""
from __future__ import annotations

from typing import Sequence

from lintkit.engine.conditions import group_reading
from lintkit.engine.conditions.lm003_cues import (
    CUE_READINGS, a_persons_quality, about_the_activity, acted_by_people, beside_a_quality, examined_with_a_practice, head_noun_after, leadership_token, learning_group, lm003_words, of_people_at_work, owned_by_a_name, owned_by_one_person,
    personified, quality_reading, rank_denied, said_to_consist_of_acts, shown_as_conduct, talked_about,
)
from lintkit.engine.conditions.lm003_forces import bare, prepositional_objects
from lintkit.engine.conditions.lm003_subjects import (
    acted_on_by_a_thing, asks_for_qualities, characterised, content_verb, distinction, likened_to_a_thing, finite_verb_of_subject, functions_compared, hyphenated,
    measured_as_a_variable, person_like, relation,
)
from lintkit.engine.conditions.shared import token_after, word_before
from lintkit.engine.conditions.words import condition_words, pattern_lists
from lintkit.nlp.context import OPENING_QUOTES
from lintkit.nlp.relations import marked_infinitive
from lintkit.nlp.senses import senses


def leadership_not_quality(tokens: Sequence) -> bool:
    """"senior leadership roles", "leadership skills", "a review of leadership and governance": the activity, not the people at the top."""
    token = leadership_token(tokens)
    nxt = head_noun_after(token)
    return ((nxt is None or nxt.lower_ not in lm003_words()["leadership_quality_heads"]) and not examined_with_a_practice(token) and not shown_as_conduct(token)
            and not of_people_at_work(token) and not talked_about(token))


def leadership_not_abstract_subject(tokens: Sequence) -> bool:
    """"Her leadership decided the outcome" describes conduct; "the leadership decided" names people."""
    token = leadership_token(tokens)
    before = token.nbor(-1) if token.i > 0 else None
    if rank_denied(token) or before is not None and hyphenated(before) in lm003_words()["leadership_quality_modifiers"]:
        return False
    if token.dep_ == "oprd":
        return False  # "what I call leadership now is mostly listening": the name given to something, not a doer
    governor = token.head if token.dep_ == "pobj" else before
    if governor is not None and governor.lower_ in lm003_words()["abstract_prepositions"]:
        return False  # "management without leadership feels safe", "experience in people leadership (management) preferred"
    if (functions_compared(token) or personified(token) or owned_by_one_person(token) or a_persons_quality(token) or talked_about(token)
            or beside_a_quality(token) or _echoes_the_quality(token) or said_to_consist_of_acts(token, lm003_words())):
        return False  # "leadership ran in the family", "the captain's leadership carried the team", "grit and leadership": whatever verb the pattern saw
    if token.dep_ == "nsubj" and measured_as_a_variable(token, token.head, lm003_words()):
        return False  # "leadership accounted for 12% of the variance": a variable in a results section, whatever the verb
    verb = tokens[-1]
    if _inside_another_clause(token, verb):
        return False  # "Engineers who want to move into leadership should ask their manager": "should ask" is theirs
    if likened_to_a_thing(verb, lm003_words()):
        return False  # "leadership felt like a burden": likened to a thing, not what people feel
    if verb.i > 0 and verb.nbor(-1).lower_ == "to" and distinction(token):
        return False  # "you need management to keep the lights on and leadership to decide": each function given its task
    auxiliaries = senses()["passive_auxiliaries"]  # "leadership is expected", "leadership gets demanded of you"
    reduced = verb.dep_ == "acl" and verb.head.i == token.i or relation(token) == "nsubjpass"  # "leadership shared by the whole team makes ..."
    passive = verb.tag_ in {"VBN", "VBD"} and (reduced or any(t.lemma_ in auxiliaries for t in tokens[tokens.index(token) + 1:-1]) or _passive_by_ellipsis(verb))
    if passive and (verb.lemma_ not in lm003_words()["people_object_verbs"] or acted_on_by_a_thing(verb, lm003_words())):
        return False  # "guild leadership is recognized", "leadership is informed by values": leadership is what is acted on
    return leadership_not_quality(tokens)


def _inside_another_clause(token, verb) -> bool:
    """The word ends a phrase of an earlier verb ("move into leadership") and the verb after it has a subject of its own
    (not a relative pronoun standing for the word): the two only stand side by side."""
    prep = token.head
    if token.dep_ != "pobj" or prep.head.pos_ != "VERB" or prep.head.i > token.i:
        return False
    clause = verb.head if verb.dep_ in {"aux", "auxpass"} else verb  # the pattern may end on "should" of "should ask"
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and all(s.tag_ not in {"WDT", "WP"} and s.i != token.i and token.i not in {c.i for c in s.conjuncts} for s in subjects)


def _passive_by_ellipsis(verb) -> bool:
    """"management should be abolished and leadership put in its place": the second passive drops its auxiliary."""
    return verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children)


def listed_with_groups(tokens: Sequence) -> bool:
    """"HR, finance and leadership" lists groups; "budgeting, hiring, leadership, compliance" lists topics:
    an activity in the list ("hiring", a gerund) makes every item a topic, "compliance" included."""
    token = leadership_token(tokens)
    groups = lm003_words()["peer_groups"]
    items = [*token.conjuncts, *(t for t in tokens if t.i != token.i and t.pos_ in {"NOUN", "PROPN", "VERB"})]
    return not any(t.lower_ not in groups and (t.tag_ == "VBG" or t.lower_.endswith("ing") and t.pos_ == "NOUN") for t in items)


def leadership_not_qualified(tokens: Sequence) -> bool:
    """"Mozilla's open leadership team" is named for the practice; "our leadership team" is the people at the top.
    "A leadership circle for first-time organisers" is a group newly formed to learn leading; "the leadership circle
    decided" is the inner circle."""
    token = leadership_token(tokens)
    if learning_group(token, lm003_words()):
        return False
    return token.i == 0 or token.nbor(-1).lower_ not in lm003_words()["leadership_quality_modifiers"]


def leadership_heads_phrase(tokens: Sequence) -> bool:
    """"Run it past leadership" names the people; "ran past the leadership building" passes a place."""
    return leadership_token(tokens).dep_ != "compound"


def verb_not_an_owner(tokens: Sequence) -> bool:
    """"PM leadership if you want the role" messages people; in "the PM's leadership kept the launch on track" the
    word is a person owning the leadership, whose conduct it is."""
    owner = token_after(tokens[0])
    return tokens[0].dep_ != "poss" and not (owner is not None and owner.lower_ in condition_words("shared")["possessive_clitics"])


def passive_done_by_people(tokens: Sequence) -> bool:
    """"Approved by leadership" names who acted; "teams inspired by leadership" and "management replaced by
    leadership" speak of the activity."""
    return acted_by_people(tokens[0], lm003_words())


def eventive_verb(tokens: Sequence) -> bool:
    """"Leadership flew in", "leadership will go for it": an event, which only people make.

    A generic present ("leadership shapes culture") describes the activity and is left alone.
    """
    verb = tokens[-1]
    token = leadership_token(tokens)
    if characterised(verb) or personified(token, verb) or owned_by_a_name(token, verb):
        return False
    if verb.tag_ in {"VBD", "VBG", "VBN"}:
        return True
    return any(t.lower_ in lm003_words()["event_auxiliaries"] for t in tokens[:-1])



def opens_an_action_item(tokens: Sequence) -> bool:
    """"Leadership to circulate the revised budget by Friday": the word opens its sentence (the text's start, a line's,
    or after a stop or a bullet) and the words after the infinitive make no statement of which the phrase would be the
    subject ("Leadership to serve others is the goal"). Read from the words, not the parse, which reads such a
    fragment one way alone and another after its neighbour."""
    words = lm003_words()
    token = tokens[0]
    doc = token.doc
    before = word_before(token)
    gap = doc.text[before.idx + len(before.text):token.idx] if before is not None else ""
    if before is not None and before.text not in words["action_item_openers"] and "\n" not in gap:
        return False
    for t in doc[tokens[-1].i + 1:]:
        if t.text in words["action_item_ends"]:
            break
        if t.lower_ in words["action_item_predicates"]:
            return False
    return True


def awaited_as_people(tokens: Sequence) -> bool:
    """"Waiting on leadership", "waiting for leadership to sign off", "we waited for leadership": people whose word is awaited.

    A place or a company said in the narrative past to have waited "for" it, with nothing asked of it and no later
    "they" ("the village waited for leadership, and none came"), longs for the quality, as "the moment called for
    leadership" does; staff, a team or "we" wait for their bosses.
    """
    verb, token = tokens[0], leadership_token(tokens)
    if tokens[1].lower_ != "for" or verb.tag_ != "VBD" or tokens[-1].lower_ in lm003_words()["awaited_word_followers"]:
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    words = lm003_words()
    if subject is None or subject.pos_ == "PRON" or person_like(subject, words):
        return True
    return any(t.lower_ in words["group_pronouns"] and t.tag_ in {"PRP", "PRP$"} for t in token.doc[token.i + 1:token.sent.end])


def management_acts(tokens: Sequence) -> bool:
    """"... and middle management executes it", "middle management gets stuck with delivering it": the lower layer doing the work,
    or passing on what the top handed down ("branch managers are left to explain them"). Speech restarts the clause after
    a dash with a pronoun for the layer ("middle management just — they execute it"): the same subject, said again."""
    words = lm003_words()
    layer = words["management_layer_words"]
    token = next(t for t in reversed(tokens) if t._.lk_family == "manage" or t.lower_ in layer)
    lumbered = words["lumbered_words"]
    doc = token.doc
    i = token.i + 1
    while i < len(doc) and (doc[i].pos_ in {"ADV", "AUX", "PART"} or doc[i].lower_ in lumbered
                            or doc[i].text in {"—", "–", "--"} and i + 1 < len(doc) and doc[i + 1].lower_ in words["people_below_pronouns"]
                            or doc[i].lower_ in words["people_below_pronouns"] and doc[i - 1].text in {"—", "–", "--"}):
        i += 1
    if i >= len(doc):
        return False
    verb = doc[i]
    if verb.lemma_.lower() in words["relay_verbs"]:
        return any(c.dep_ == "dobj" and c.lower_ in words["handed_down_pronouns"] for c in verb.children)
    return verb.lemma_.lower() in words["execution_verbs"]


def ranks_the_two(tokens: Sequence) -> bool:
    """"Leadership sets the direction; middle management carries it out" ranks the two: a layer is named, or the
    lower side takes up what the top handed down ("carries it out"), or "leadership" names the top and gives direction.

    "Leaders inspire, managers administer" sets two kinds of people side by side, and "Leadership wins championships;
    management just fills out the roster" credits one function with results and belittles the other: both weigh the
    functions (LM001, LM002), and neither names a layer or hands anything down.
    """
    words = lm003_words()
    first = tokens[0]
    if first._.lk_form == "abstract" and (quality_reading(first) or not leadership_not_quality([first]) or not leadership_not_qualified([first])):
        return False  # "Good leadership sets the tone", "leadership training sets expectations": the activity, not a layer
    lower = next(t for t in reversed(tokens) if t._.lk_family == "manage")
    if any(t.lower_ in words["top_layer_words"] or t.lower_ in words["lower_layer_words"] for t in first.sent):
        return True
    if any(t.lower_ in words["handed_down_pronouns"] and t.dep_ in {"dobj", "pobj", "advmod"} for t in lower.head.subtree):
        return True
    return first.lower_ != "leaders" and first.head.lemma_.lower() not in words["outcome_verbs"]


def middle_acts(tokens: Sequence) -> bool:
    """"Middle management runs the day-to-day while leadership steers": a lower layer set under the top.

    Without a layer word ("middle", "line"), management must be doing the executing, so
    "management is doing things right; leadership is doing the right things" (a distinction) passes.
    """
    if tokens[0].lower_ not in lm003_words()["management_layer_words"]:
        # "The Aldmoor line had bred leaders; leadership ran in their blood": a layer word with no management word after
        # it names a layer only as a modifier ("line staff", "the middle tier"), not as a noun of its own (a lineage)
        return bool(tokens[1]._.lk_family) or tokens[0].dep_ in {"amod", "compound", "nmod"}
    return management_acts(tokens[:2])


def layers_assigned(tokens: Sequence) -> bool:
    """"Leading is what the executives do and managing is what everyone else does": each function given a layer.

    The sentence is cut at the last clause break between the two words (a semicolon, dash or
    "while" before a comma or "and"); one side must name the top ("executives", "the board",
    "above"), the other the layers below ("the rest", "everyone else", "the middle"), each only
    its own, each side speaks of its own function only, and neither side denies it ("leadership
    isn't only for the top").
    """
    words = lm003_words()
    first, second = tokens[0], tokens[-1]
    sent = first.sent
    cuts = [t for t in tokens[1:-1] if t.lower_ in words["layer_separators"]]
    if not cuts:
        return False
    strong = [t for t in cuts if t.lower_ not in words["layer_soft_separators"]]
    cut = (strong or cuts)[-1]  # "leadership at the top and in the middle, and management ..." is cut at the last comma
    start = max((t.i + 1 for t in sent if t.i < first.i and t.text in {";", ":"}), default=sent.start)
    end = next((t.i for t in sent if t.i > second.i and t.text in {";", ":"}), sent.end)
    sides = {first._.lk_family: first.doc[start:cut.i], second._.lk_family: first.doc[cut.i + 1:end]}
    if len(sides) != 2 or any(t.lower_ in pattern_lists()["negations"] for side in sides.values() for t in side):
        return False
    if any(t._.lk_family not in {"", family} for family, side in sides.items() for t in side):
        return False  # "senior leaders need management skills, and junior managers need leadership skills": both on each side
    top, below = words["top_layer_words"], words["lower_layer_words"]

    def names(side, layer) -> bool:
        return any(t.lower_ in layer for t in side)

    return (names(sides["lead"], top) and not names(sides["lead"], below)
            and names(sides["manage"], below) and not names(sides["manage"], top))


def managing_kept_below(tokens: Sequence) -> bool:
    """"Leadership sets the raid schedule and the officers just manage the sign-ups": other people, confined to
    managing ("just", "only", "merely"), set beside "leadership" as the subject of the other clause make it the top
    layer. "Managers just manage" is left to the patterns that weigh the two functions, and a manage verb with no
    subject of its own is done by the same people ("leadership sets goals and doesn't just manage")."""
    manage = next((t for t in reversed(tokens) if t._.lk_family == "manage" and t._.lk_form == "verb"), None)
    if manage is None:
        return False
    confining = lm003_words()["mere_managing_adverbs"]
    # "us mods are only here to manage the queue": the subject and the confining word sit on the clause it completes
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in manage.children)
    clause = manage.head if manage.dep_ in {"xcomp", "advcl"} and manage.head.i > tokens[0].i and not own_subject else manage
    adverbs = [c for h in {manage, clause} for c in h.children if c.dep_ == "advmod"]
    adverbs += [g for a in adverbs for g in a.children if g.dep_ == "advmod"]
    if not any(a.lower_ in confining for a in adverbs):
        return False
    if tokens[0].dep_ != "nsubj":
        return False  # "leadership was shared, and each of us simply managed our own stall": what is done to the activity
    words = lm003_words()
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i < tokens[0].i or any(t._.lk_family for t in subject.subtree):
        return False
    # people below: "the officers", "the rest of us", "we"; not "the tools" or "I" speaking for themselves
    return (person_like(subject, words) or subject.lower_ in words["people_below_pronouns"]
            or any(t.lower_ in words["lower_layer_words"] for t in subject.subtree))


def top_of_a_rank(tokens: Sequence) -> bool:
    """"Leadership is for the core team" reserves it for people; "leadership is at the core of what we do" and "at the
    top of our agenda" place the activity in a thing. A top or core "of" something is a rank only in a hierarchy."""
    last = tokens[-1]
    after = token_after(last)
    if after is None or after.lower_ != "of":
        return True
    places = lm003_words()["rank_places"]
    return any(t.lower_ in places for t in after.subtree)


def why_a_group(tokens: Sequence) -> str | None:
    """Why "leadership" names a group of people, in words, or None when it is the activity.

    A quality reading ("open leadership", "leadership skills") wins over every cue; then the
    first listed cue that fires; the learned score speaks for the wordings the cues do not
    cover, and says its value against its threshold. One decision serves the condition and
    the evidence, so ``--show-evidence`` always says why the rule fired.
    """
    token = leadership_token(tokens)
    if quality_reading(token) or functions_compared(token) or _echoes_the_quality(token):
        return None  # "rely on leadership instead" after management is done away with: the function put in its place
    words = lm003_words()
    reading = next((text for cue, text in CUE_READINGS.items() if cue(token, words)), None)
    if reading is not None or not _open_to_score(token):
        return reading
    decided, reading = _read_by_role(token, words)
    if decided:
        return reading
    if group_reading.names_group(token):
        _, threshold = group_reading.weights()
        reading = f"learned score {group_reading.score(token):.2f} (group reading from {threshold:.2f})"
    return reading


def _echoes_the_quality(token) -> bool:
    """"The moment called for leadership, and leadership answered": the bare word said again after a bare mention of the
    quality in the same sentence is that quality answering; after "escalate to leadership" it is the same people."""
    if not bare(token):
        return False
    return any(t.lower_ == token.lower_ and t.dep_ in {"dobj", "pobj"} and bare(t) and why_a_group((t,)) is None
               for t in token.doc[token.sent.start:token.i])


def _read_by_role(token, words) -> tuple[bool, str | None]:
    """Roles whose reading the parse gives by default, so the learned score stays out of them.

    An event whose subject is "leadership" (a past, a perfect, a modal: "leadership tweaked the
    formula", "leadership will weigh the options") is the people unless its verb suits the
    activity (``abstract_predicates``: "leadership required courage"): the listed people verbs
    cannot name every verb a handbook puts after the group. A present is an event too where the
    clause waits for it ("until leadership blesses it", "only if leadership waives it": a time or a
    condition) or puts it on a calendar ("every quarter leadership publishes the priorities"). A
    generic present of a verb that suits the activity says what leading is ("leadership takes
    courage"); any other generic present ("leadership fuels growth", "leadership reviews the
    numbers") and an event of a verb that suits the activity ("the leadership changed twice") are
    left to the score. A passive's agent is read by its verb alone ("teams inspired by leadership").
    """
    verb = finite_verb_of_subject(token, words)
    if verb is None:
        return token.dep_ == "pobj" and token.head.dep_ == "agent", None
    if measured_as_a_variable(token, verb, words):
        return True, None  # "leadership explained 9% of the variance": a variable in a results section
    abstract = verb.lemma_.lower() in words["abstract_predicates"]
    if verb.tag_ in {"VBZ", "VBP"} and not any(c.dep_ == "aux" for c in verb.children) and not _awaited_or_scheduled(token, verb, words):
        return abstract, None
    if abstract:
        if _handles_work(verb, words):
            return True, "it is the subject of an event done to a piece of work people hand over"
        return _bare_infinitive_of_the_activity(verb), None
    return True, "it is the subject of an event whose verb does not suit the activity"


def _bare_infinitive_of_the_activity(verb) -> bool:
    """"It is hard for leadership to flourish without trust", "for leadership to emerge, people need room": an
    infinitive of a verb that suits the activity, with nothing it does to anyone or anything, says what the activity
    needs, not one act of a group; "for leadership to come back to us" (a particle) or "to change the plan" (an
    object) stays with the score."""
    def done_to(child) -> bool:  # a "where"/"when" clause the parser hangs as a complement says where, not what
        return child.dep_ in {"dobj", "dative", "prt", "xcomp", "ccomp", "attr", "acomp", "oprd"} and not (
            child.dep_ == "ccomp" and child.doc[child.left_edge.i].tag_ == "WRB")

    return (verb.tag_ == "VB" and marked_infinitive(verb)
            and not any(done_to(c) for c in verb.children))


def _handles_work(verb, words) -> bool:
    """"When leadership changes a priority", "leadership will look at the budgets", "once leadership has set the plan":
    a verb that suits the activity in general, done once to a decision or a piece of work people hand over, is people
    at work; the activity changes culture and sets a tone, not the Q3 priorities."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    if auxiliaries and all(c.lemma_ == "do" for c in auxiliaries):
        return False  # "project leadership does not come with any authority": "do" carries a generic present, not one act
    work = words["deliverables"]  # an agenda or a meeting is shaped by the activity too: "every quarter leadership shapes the agenda"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += prepositional_objects(verb, "prep")
    return any(o.lemma_.lower() in work or o.lower_ in work for o in objects)


def _awaited_or_scheduled(token, verb, words) -> bool:
    """"Until leadership blesses it", "once leadership signs", "each Monday leadership posts the metrics": a present the
    clause waits for or keeps on a calendar is one act at a time, not what leading is.

    The subordinator may sit on the verb the subject hangs from ("if leadership needs to see it"); a calendar word is a
    unit of the calendar after "every", "each", "once a" or "twice a", or an adverb of a schedule ("quarterly").
    """
    if verb.lemma_.lower() in words["linking_verbs"] or any(c.dep_ == "acomp" for c in verb.children):
        return False  # "if leadership sounds intimidating": how the activity strikes someone
    reached = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    reached += prepositional_objects(verb, "prep", {"to"})
    if any(_someone(n, words) for n in reached):
        return False  # "if leadership excites you", "when leadership appeals to people": what the activity does to someone
    clause = token.head
    if any(c.dep_ in {"mark", "advmod"} and c.lower_ in words["awaited_subordinators"] and c.i < token.i for c in (*clause.children, *verb.children)):
        return True
    for t in clause.subtree:
        if t.lower_ in words["schedule_adverbs"]:
            return True
        before = [u.lower_ for u in t.doc[max(t.sent.start, t.i - 2):t.i]]
        if t.lemma_.lower() in words["calendar_units"] and before and (
                before[-1] in words["distributive_determiners"] or before[-1] in words["rate_determiners"] and len(before) == 2 and before[0] in words["frequency_adverbs"]):
            return True
    # "week 3, leadership sets the budgets": a numbered slot of a timeline
    for t in token.doc[token.sent.start:token.i]:
        if t.lemma_.lower() in words["calendar_units"] and t.i + 1 < token.i and token.doc[t.i + 1].like_num:
            return True
    return False


def _someone(noun, words) -> bool:
    """A person or people, not a thing a pronoun stands for ("it", "them": the request, the numbers)."""
    things = words["plain_thing_pronouns"]
    return noun.lower_ in words["indefinite_people"] or noun.pos_ == "PRON" and noun.lower_ not in things or person_like(noun, words)


def leadership_names_group(tokens: Sequence) -> bool:
    """The sense of "leadership" from its syntax and neighbours: a group of people, in any role in the sentence."""
    return why_a_group(tokens) is not None


def _open_to_score(token) -> bool:
    """Where the learned score may speak: not a contrast of functions, a Title Case name, "the leadership of X" (the role),
    leadership characterised, graded, likened to a thing, asking for qualities or set beside a quality ("leadership, not luck")."""
    named = token.is_title and not _opens_line(token)
    about = about_the_activity(token)  # "an approach to leadership"
    described = token.dep_.startswith("nsubj") and characterised(token.head)  # "leadership reduced to personality"
    verb = content_verb(token, lm003_words()) if token.dep_ == "nsubj" else None
    takes = verb is not None and (asks_for_qualities(verb, lm003_words()) or likened_to_a_thing(verb, lm003_words()))  # "demanded patience", "felt like a burden"
    return not (distinction(token, labels_count=True) or named or about or described or takes or _graded(token) or beside_a_quality(token) or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children))


def _graded(token) -> bool:
    """"The leadership on the pitch was superb", "leadership was poor all season": "be" with a word that grades conduct
    says how well it was done; people at the top are angry, aware or away (``human_states``, read by the cues first)."""
    words = lm003_words()
    return token.dep_ == "nsubj" and token.head.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lower_ in words["leadership_quality_modifiers"] and c.lower_ not in words["human_states"]
        for c in token.head.children)


def _opens_line(token) -> bool:
    """"- Leadership slow-walked the policy", "1. Leadership signs": capitalised as the first word of a list item, not a name.

    So is the first word of a quoted sentence the parser left inside the one that quotes it ("the CFO said: “Leadership
    will ...”"): an opening quotation mark after a space or a colon starts it. So is the first word after a label
    and a colon or dash ("Jane: Leadership went to the board", "Update — Leadership signed off")."""
    if token.i > 1 and token.nbor(-1).text in OPENING_QUOTES and (token.nbor(-2).whitespace_ or token.nbor(-2).text == ":"):
        return True
    if token.i > 1 and token.nbor(-1).text in {":", "—", "–"} and token.nbor(-1).whitespace_:
        return True
    return all(t.is_punct or t.like_num or t.text in {"*", "•"} for t in token.doc[token.sent.start:token.i])


def answer_without_verb(tokens: Sequence) -> bool:
    """"Who signs off? Leadership." and "Leadership, after the review" name who; "Who showed it? Leadership came from the
    night shift" answers with a clause of its own, where the word is read as anywhere else. A participle that only
    describes a noun ("with HR's written agreement") makes no clause."""
    token = leadership_token(tokens)
    return not any(t.pos_ == "VERB" and t.dep_ != "amod" for t in token.doc[token.i + 1:token.sent.end])


def acts_not_shared(tokens: Sequence) -> bool:
    """"a board for teams that lead and manage themselves": the manage verb joined to the lead verb with no subject of
    its own is done by the same people, so no layer is set below another; "the board leads and managers manage" has
    a subject on each side."""
    lead = next((t for t in tokens if t._.lk_family == "lead" and t._.lk_form == "verb"), None)
    manage = next((t for t in reversed(tokens) if t._.lk_family == "manage" and t._.lk_form == "verb"), None)
    if lead is None or manage is None:
        return True
    joined = manage.dep_ == "conj" and manage.head.i == lead.i
    return not (joined and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in manage.children))


CONDITIONS = {
    "acts-not-shared": acts_not_shared,
    "answer-without-verb": answer_without_verb,
    "leadership-not-quality": leadership_not_quality,
    "leadership-not-abstract-subject": leadership_not_abstract_subject,
    "leadership-not-qualified": leadership_not_qualified,
    "leadership-heads-phrase": leadership_heads_phrase,
    "eventive-verb": eventive_verb,
    "passive-done-by-people": passive_done_by_people,
    "verb-not-an-owner": verb_not_an_owner,
    "awaited-as-people": awaited_as_people,
    "opens-an-action-item": opens_an_action_item,
    "management-acts": management_acts,
    "middle-acts": middle_acts,
    "ranks-the-two": ranks_the_two,
    "layers-assigned": layers_assigned,
    "managing-kept-below": managing_kept_below,
    "top-of-a-rank": top_of_a_rank,
    "leadership-names-group": leadership_names_group,
    "listed-with-groups": listed_with_groups,
}

# What a condition saw, in words, for ``--show-evidence``.
READINGS = {"leadership-names-group": why_a_group}
