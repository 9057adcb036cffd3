"""Who is speaking: the writer, a quoted speaker, or a reported third party.

A writer who quotes a mistake, or reports it to refute it, has not made it.
Quoted clauses are found from quotation marks (a quoted clause, not scare quotes
around a word or two, nor a quoted phrase the writer's own claim is built
around); attribution from the parse: a clause governed by a reporting verb whose
subject is not the writer (or what it tells someone to do), before, after or set
into it ("Leadership, the lawsuit alleges, knew ..."), the content of a noun of
saying or believing that is not the writer's ("the VP's pitch is that ...",
"the prevailing wisdom is that ..."), a passive "it is said that", a view the
writer says they dropped, a source ("according to", "per the deck", "as Kotter
put it", "reportedly"), what others cast as what ("textbooks define leadership
as ..."), or a refuting frame ("it is a myth that"). A question the writer asks, a question reported as asked, and a clause
across a semicolon are not reports.
"""
from __future__ import annotations

import functools
import itertools
import re

from lintkit.nlp.labels import label_before, label_run_in
from lintkit.nlp.prefilter import SENTENCE_BREAK
from lintkit.nlp.relations import denied_subject, marked_infinitive
from lintkit.resources import lexicon

QUOTED = "quoted"
ATTRIBUTED = "attributed"
OPENERS = {"“": "”", "„": "”", "«": "»", "‘": "’", '"': '"', "'": "'"}
OPENING_QUOTES = frozenset(OPENERS)
CLOSING_QUOTES = frozenset(OPENERS.values())
# Every quotation mark, with the doubled backticks and apostrophes some writers type for them.
QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES | {"``", "''"}
REPORTED_DEPS = {"ccomp", "parataxis"}  # what a reporting verb governs ("learn to lead" is not a report)
NOUN_POS = {"NOUN", "PROPN"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
CLAUSE_DEPS = {"advcl", "ccomp", "xcomp", "acl", "relcl", "csubj", "parataxis", "conj"}
WH_TAGS = {"WDT", "WP", "WP$", "WRB"}
CLAUSE_BREAK = ";"  # a clause before a semicolon is not what a verb after it reports
ENDORSING_DEPS = {"ROOT", "conj", "relcl", "ccomp", "acomp", "oprd", "xcomp"}  # "I agree", "she's right"; not "the right move"
REFUTED_DEPS = REPORTED_DEPS | {"xcomp", "acl", "relcl", "prep", "pobj", "pcomp", "advcl", "appos"}
MIN_QUOTED_WORDS = 4  # this many words make a quoted clause even without a verb (a slogan, a title)
MIN_QUOTED_CLAUSE = 3  # fewer words than this are scare quotes


@functools.lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    return {key: frozenset(values) for key, values in lexicon()["context"].items()}


# French and Swiss typography set guillemets off by a space ("« Diriger, c'est gérer »"): the marks point one way, so a
# space on their inner side cannot make an apostrophe-like mark of them.
GUILLEMET_SPACES = frozenset(" \u00a0\u202f")


def _can_open(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] == "«" and after in GUILLEMET_SPACES:
        after = text[i + 2] if i + 2 < len(text) else " "
    return not after.isspace() and (before.isspace() or before in "([{—–-:;,/")


def _can_close(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] == "»" and before in GUILLEMET_SPACES:
        before = text[i - 2] if i >= 2 else " "
    return not before.isspace() and not after.isalnum()


_OPENER = re.compile("[" + re.escape("".join(OPENERS)) + "]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (inside the marks) of quotations in ``text``.

    A quote left open runs to the end of the text, as a quotation that goes on
    into the next paragraph does. The scan jumps from mark to mark: the
    prefilter runs it over whole paragraphs before anything is parsed.
    """
    spans = []
    i = 0
    n = len(text)
    known: dict[str, tuple[int, int]] = {}
    while True:
        found = _OPENER.search(text, i)
        if found is None:
            return spans
        i = found.start()
        ch = text[i]
        if not _can_open(text, i):
            i += 1
            continue
        j = _closing(text, OPENERS[ch], i + 1, known)
        if ch == "'" and j >= n:  # a lone apostrophe, not a quote
            i += 1
            continue
        spans.append((i + 1, j))
        i = j + 1


def _closing(text: str, closer: str, start: int, known: dict[str, tuple[int, int]]) -> int:
    """The first ``closer`` at or after ``start`` that can close a quote (``len(text)`` if none).

    ``known[closer]`` keeps the last search, ``(from, found)``: it answers for any
    start up to ``found``. Without it every lone apostrophe ("'90s", "'em") would
    search to the end of the text again, a cost that grows with the square of a
    long paragraph.
    """
    searched, found = known.get(closer, (len(text) + 1, -1))
    if searched <= start <= found:
        return found
    j = text.find(closer, start)
    while j != -1 and not _can_close(text, j):
        j = text.find(closer, j + 1)
    found = len(text) if j == -1 else j
    known[closer] = (start, found)
    return found


def quotations(doc) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Token ranges of the quotations in ``doc``: those that hold a clause, and every quoted phrase of two words or more.

    A match touching a quoted clause is quoted. A phrase is a mention: a mistake
    wholly inside one ('"managers (i.e. leaders)"' in a list of phrases to avoid)
    is an example quoted, while one quoted word is a scare quote.
    """
    clauses, mentions = [], []
    for start, end in quote_spans(doc.text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue  # empty marks ('""') quote nothing
        wordish = sum(t.is_alpha for t in span)
        has_verb = any(t.pos_ in {"VERB", "AUX"} for t in span)
        closed = span[-1].text in {"!", ".", "?"}  # a quoted sentence, even a verbless slogan
        if wordish >= MIN_QUOTED_WORDS or (wordish >= 2 and closed) or (has_verb and wordish >= MIN_QUOTED_CLAUSE):
            clauses.append((span.start, span.end))
        if wordish >= 2:
            mentions.append((span.start, span.end))
    return clauses, mentions


def _subject(verb):
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    return None


def _is_passive(verb) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def _is_negated(verb) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _ability_denied(verb) -> bool:
    """"I don't think leadership can be taught", "I don't believe you can coach it": what the writer denies is that it
    can be learned, and the denial is the writer's claim, not a view put aside."""
    w = words()
    return any(c.dep_ == "ccomp" and c.lemma_.lower() in w["learning_verbs"] and not _is_negated(c)
               and any(a.dep_ == "aux" and a.lower_ in w["ability_modals"] for a in c.children) for c in verb.children)


def _denial_denied(verb) -> bool:
    """"I wouldn't say leaders aren't born", "I don't think managers aren't leaders", "nobody could tell me leadership
    isn't innate": a denial of the clause refused, by a "not" or by no one, is a double negative that holds it."""
    subject = _subject(verb)
    refused = _is_negated(verb) or (subject is not None and subject.lower_ in words()["withholding_subjects"])
    return refused and any(c.dep_ in {"ccomp", "xcomp"} and _is_negated(c) for c in verb.children)


def _dropped_view(verb) -> bool:
    """"I used to think", "I once believed": the writer reports a view given up."""
    w = words()["dropped_view_markers"]
    if verb.head.i != verb.i and verb.head.lower_ == "used" and verb.dep_ == "xcomp":
        return True
    return any(c.lower_ in w and c.dep_ in {"advmod", "aux"} for c in verb.children)


def _later_recanted(verb) -> bool:
    """"For years I believed X; I no longer do": a past view given up later in the text."""
    if verb.tag_ != "VBD":
        return False
    sent = verb.sent
    following = sent.doc[sent.end:sent.end + 40]
    text = (sent.text + " " + following.text).lower().replace("’", "'")
    return any(phrase in text for phrase in words()["recanting_phrases"]) or _denied_by_an_echo(sent) or _turned_against(verb)


def _turned_against(verb) -> bool:
    """"I thought you were born with it. But it seems it's a learned skill.": a past belief the next sentence opens
    against is one the writer has given up; "I thought so. And I still do." keeps it."""
    w = words()
    sent = verb.sent
    if verb.lemma_.lower() not in w["former_view_verbs"] or sent.end >= len(sent.doc):
        return False
    opener = next((t for t in sent.doc[sent.end:] if not t.is_space), None)
    return opener is not None and opener.lower_ in w["turning_openers"]


def _denied_by_an_echo(sent) -> bool:
    """"Back in 2018 I believed the path ... meant dropping the admin. It didn't.": the next sentence is only a pronoun
    and a denied auxiliary, the view's verb left out, which says the view turned out false."""
    doc = sent.doc
    if sent.end >= len(doc):
        return False
    following = doc[sent.end].sent
    root = following.root
    said = [t for t in following if not (t.is_punct or t.is_space)]
    subject = denied_subject(root)
    return len(said) <= 4 and root.tag_ in {"VBD", "VBZ", "VBP", "MD"} and subject is not None and subject.tag_ == "PRP"


# A cue governs a clause of a few dozen words. In a "sentence" of thousands (a table row or a
# list flattened into one line) looking further changes nothing but the cost, which would
# grow with the square of the sentence.
NEAR_TOKENS = 100


def _sentence_near(token):
    """The tokens of ``token``'s sentence at most NEAR_TOKENS away (found without ``token.sent``, which scans it all)."""
    doc = token.doc
    start = token.i
    while start > 0 and token.i - start < NEAR_TOKENS and not doc[start].is_sent_start:
        start -= 1
    end = token.i + 1
    while end < len(doc) and end - token.i <= NEAR_TOKENS and not doc[end].is_sent_start:
        end += 1
    return doc[start:end]


def _split_sentence(token):
    """The part of ``token``'s sentence the window splitter keeps with it ("(ch. 1): ..." is cut after "ch.").

    A cue that reads the words around a token reads no further, so a window and the whole
    paragraph it was cut from give the same context.
    """
    near = _sentence_near(token)
    doc, base = token.doc, near.start_char
    start, end = base, near.end_char
    for found in SENTENCE_BREAK.finditer(doc.text, base, near.end_char):
        if found.end(1) <= token.idx:
            start = found.end(1)
        elif found.start(1) > token.idx:
            end = found.start(1)
            break
    return doc.char_span(start, end, alignment_mode="expand") or near


def _endorsed(token) -> bool:
    """"They say X, and I agree", "which I found persuasive", "and I think she's right": the writer makes the view their own."""
    near = _sentence_near(token)
    text = near.text.lower().replace("’", "'")
    return (
        any(phrase in text for phrase in words()["endorsing_phrases"])
        or any(_writer_endorses(t) or _verdict_on_the_speaker(t, token) for t in near)
        or _writer_view_before_a_colon(token)
    )


def _verdict_on_the_speaker(word, token) -> bool:
    """"my grandma always said X and honestly she was right": after the report, the writer judges its speaker right,
    taken up by a pronoun; the copula stands on its own ("and she was right", not "I doubt she was right")."""
    w = words()
    copula = word.head
    if word.i < token.i or word.lower_ not in w["verdict_words"] or word.dep_ != "acomp" or copula.lemma_ != "be":
        return False
    subject = _subject(copula)
    return (subject is not None and subject.lower_ in w["reported_speakers"] and copula.dep_ in {"ROOT", "conj"}
            and not _is_negated(copula))


def _writer_view_before_a_colon(token) -> bool:
    """"... because it says what we believe: X", "something I believe deeply: X", "the lesson I take from it is simple:
    X": the last verb before the colon is the writer's own holding of a view, so what the colon gives is the writer's.

    "What she believes: X", "I used to think: X", "I don't believe: X" keep it someone else's or a view dropped.
    """
    w = words()
    sentence = _split_sentence(token)
    before = token.doc[sentence.start:token.i]
    colons = [t.i for t in before if t.is_punct and ":" in t.text]
    if not colons or any(t.text == CLAUSE_BREAK for t in token.doc[colons[-1]:token.i]):
        return False
    verb = next((t for t in reversed(token.doc[sentence.start:colons[-1]]) if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in w["writer_view_verbs"]:
        return False
    if any(t.lower_ in w["refuting_words"] for t in token.doc[verb.i + 1:colons[-1]]):
        return False  # "the consultant says what I believe is wrong: ...": the writer's view is of the claim, against it
    subject = _subject(verb)
    return (
        subject is not None
        and subject.lower_ in w["writer_subjects"]
        and not (_is_negated(verb) or _dropped_view(verb) or _later_recanted(verb))
    )


def _writer_endorses(word) -> bool:
    """An endorsing predicate ("agree", "right", "persuasive") that the writer asserts, unnegated, on the way up to the writer as subject."""
    w = words()
    if word.lemma_.lower() not in w["endorsing_words"] or word.dep_ not in ENDORSING_DEPS:
        return False
    own = _subject(word) if word.pos_ == "VERB" else None
    if own is not None and own.lower_ not in w["writer_subjects"]:
        return False  # "members believe leadership has agreed to the merger; we have seen ...": a party consenting, not the writer agreeing
    for verb in itertools.islice(itertools.chain((word,), word.ancestors), 4):
        if _is_negated(verb):
            return False
        subject = _subject(verb)
        if subject is not None and subject.lower_ in w["writer_subjects"]:
            return True
    return False


def asks_to_agree(sent) -> bool:
    """"(Does) anyone else think the split is made up?": the writer's own view, put to the reader to share. So is one
    opened by an adverb that gives the answer before it is asked: "Surely a good manager is a leader?"."""
    if not sent.text.rstrip().endswith("?"):
        return False
    w = words()
    opening = [t for t in sent if not (t.is_punct or t.is_space)][:4]
    if opening and opening[0].lower_ in w["answer_giving_openers"]:
        return True
    while opening and opening[0].lemma_.lower() == "do":
        opening = opening[1:]
    return (
        len(opening) >= 3
        and opening[0].lower_ in w["others_asked"]
        and opening[1].lower_ == "else"
        and opening[2].lemma_.lower() in w["opinion_verbs"]
    )


def presupposed_by_why(sent, first) -> bool:
    """"Why pay for leadership courses when leaders are born?": a question that opens with "why" asks about its first
    half and takes the clause after "when" (or "since") as true, so a match that lies wholly after the mark is said."""
    w = words()
    opening = [t for t in sent if not (t.is_punct or t.is_space)][:2]
    if not any(t.lower_ in w["why_words"] for t in opening):
        return False
    marks = [t for t in sent if t.lower_ in w["presupposing_marks"] and t.i > opening[0].i + 1 and t.i < first.i]
    return bool(marks)


def presupposed_by_premise(sent, first, last) -> bool:
    """"Given that leaders are born, why train anyone?", "Since leadership is charisma, what's the point of courses?": a
    question opened by a premise asks on the strength of it, so a match that lies wholly inside the premise (up to its
    comma) is said."""
    said = [t for t in sent if not (t.is_punct or t.is_space)]
    openers = words()["premise_openers"]
    size = next((n for n in (2, 1) if len(said) > n and " ".join(t.lower_ for t in said[:n]) in openers), 0)
    if not size:
        return False
    opener_end = said[size - 1].i
    comma = next((t for t in sent if t.i > opener_end and t.text == ","), None)
    return comma is not None and first.i > opener_end and last.i < comma.i


def reporting_frame(verb) -> str | None:
    """ATTRIBUTED if ``verb`` reports someone else's words or a view the writer rejects."""
    w = words()
    lemma = verb.lemma_.lower()
    if lemma in w["reporting_nouns"] and verb.pos_ in NOUN_POS:
        return None if _owned_by_writer(verb) or _adopted_by_writer(verb) or _copy_label(verb) else ATTRIBUTED
    said = _subject(verb)
    if lemma == "have" and said is not None and said.lemma_.lower() in w["going_round_nouns"] and any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
        return ATTRIBUTED  # "rumour has it that ...", "word has it that ...": a view going round, no one's in particular
    if lemma == "be" and said is not None and _story_going_round(said, verb):
        return ATTRIBUTED  # "word among the staff is that ...", "the rumour is that ...": the same story, told with "be"
    # the parse may hang the that-clause on the copula itself: "she was adamant that ..."
    convinced = lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in w["reporting_adjectives"] for c in verb.children)
    if verb.lower_ in w["reporting_adjectives"] and verb.head.i != verb.i and _subject(verb) is None:
        verb = verb.head  # "she was convinced that ...": the subject sits on the copula
    elif not (convinced or _casts(verb) or lemma in w["reporting_verbs"]):
        return None
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be":
        return None  # "which is to say ...": the writer glosses their own words
    if _writer_persuaded(verb) or _said_rightly(verb):
        return None
    subject = _speaker(verb)
    if subject is not None and (_asks_the_reader(verb, subject) or _writer_experience(subject)):
        return None
    if _writer_hedge(verb, subject) or _minuted(verb, subject) or _text_told_what_to_say(verb, subject):
        return None
    if subject is None:
        # "used to think leaders were born that way": a view dropped, its "I" left out as in a post
        return ATTRIBUTED if _is_passive(verb) or _dropped_view(verb) else None
    if _revealed_to_the_reader(verb, subject) or (subject.lower_ in w["withholding_subjects"] and _denial_denied(verb)):
        return None
    if subject.lower_ in w["writer_subjects"] or _writer_document(subject) or _writer_among(verb):
        if _writer_receives(verb) or _dropped_view(verb) or (_is_negated(verb) and not _denial_denied(verb) and not _ability_denied(verb)) or _later_recanted(verb):
            return ATTRIBUTED
        return None
    return ATTRIBUTED


def _said_rightly(verb) -> bool:
    """"The author argues, rightly, that ...", "she convincingly shows that ...": the writer's verdict on the saying
    grants what is said, so it is the writer's view too ("wrongly" leaves it the speaker's)."""
    return not _is_negated(verb) and any(c.dep_ == "advmod" and c.lower_ in words()["endorsing_adverbs"] for c in verb.children)


def _revealed_to_the_reader(verb, subject) -> bool:
    """"Here's the secret nobody in HR will tell you: ...": what no one else tells the reader, the writer does, so the
    view is the writer's; "nobody says that ..." tells no one and is left as it was."""
    w = words()
    return (subject.lower_ in w["withholding_subjects"] and verb.lemma_.lower() in w["revealing_verbs"]
            and any(c.dep_ in {"dobj", "dative"} and c.lower_ in w["addressees"] for c in verb.children))


def _writer_among(verb) -> bool:
    """"All three of us agreed ...", "both of us think ...": a group the writer counts themself in speaks for the writer
    (a note's label before a colon may be parsed as a second subject: "Panel write-up: all three of us agreed ...")."""
    writer = words()["writer_subjects"]
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.lower_ in writer for p in c.children)
               for subject in verb.children if subject.dep_ in SUBJECT_DEPS for c in subject.children)


def _writer_hedge(verb, subject) -> bool:
    """"It can be argued that ...", "it could be said that ...": a modal passive with no one behind it is how essays and
    abstracts hedge the writer's own claim. "It was said that ..." (no modal) reports others, and so does a hedge the
    writer answers with a contrast ("It could be argued that X. However, ..."): that sets the view up to knock it down."""
    w = words()
    if not _is_passive(verb) or _is_negated(verb) or (subject is not None and subject.lower_ != "it"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in w["hedging_modals"] for c in verb.children):
        return False
    sent = verb.sent
    after = [t.lower_ for t in sent.doc[verb.i + 1:sent.end]]
    following = sent.doc[sent.end:sent.end + 2]
    return not any(t in w["contrasting_conjunctions"] for t in after + [t.lower_ for t in following])


def _minuted(verb, subject) -> bool:
    """"It is noted that ...", "it was agreed that ...", "it is recommended that ...": an impersonal passive of a record is
    how minutes and reports state the meeting's own finding, decision or advice; "it is said that ..." and "it is claimed
    that ..." still report others, and so does a record said to be common ("it is often recommended that ...")."""
    w = words()
    return (_is_passive(verb) and not _is_negated(verb) and (subject is None or subject.lower_ == "it")
            and verb.lemma_.lower() in w["recording_verbs"]
            and not any(c.dep_ == "advmod" and c.lower_ in w["general_report_adverbs"] for c in verb.children))


def _text_told_what_to_say(verb, subject) -> bool:
    """"slide 4 should say we want ...", "the wiki must say that ...": a text told what it ought to say is the writer
    dictating its words, so they are the writer's own; a person told so ("she should say ...") may not hold the view,
    and a denied duty ("the memo shouldn't say ...") rejects it."""
    if subject is None or _a_person(subject) or subject.pos_ not in NOUN_POS or _is_negated(verb):
        return False
    return any(c.dep_ == "aux" and c.lower_ in words()["duty_modals"] for c in verb.children)


def _story_going_round(said, copula) -> bool:
    """"Word among the staff is that ...", "the rumour is that ...": a noun of a story going round, unqualified ("the last
    word", "my word" are the writer's), and "that" opening the clause right after "be"."""
    if said.lemma_.lower() not in words()["going_round_nouns"] or any(c.dep_ in {"poss", "amod", "compound"} for c in said.children):
        return False
    return any(c.dep_ == "ccomp" and c.left_edge.i == copula.i + 1 and c.left_edge.lower_ == "that" for c in copula.children)


def _speaker(verb):
    """Who reports: the verb's subject, the subject of the verb it completes ("they used to say") or whose errand it is
    ("readers write in to say"), or the noun a participle describes ("my old coach, used to say ...", which the parse often hangs on "coach")."""
    subject = _subject(verb)
    # "listeners write in to say that ...", "she rang to tell us that ...": the report is the errand of the subject's act
    errand = verb.dep_ == "advcl" and marked_infinitive(verb)
    # "she has spent her career insisting that ...", "he goes round telling people that ...": a bare participle reports
    # for the subject of the act it goes with
    # ("Assuming that ..., we" opens the writer's own supposition)
    manner = (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i
              and not any(c.dep_ in {"mark", "aux"} for c in verb.children))
    holder = verb.head if verb.dep_ in {"xcomp", "conj"} or errand or manner else verb
    if subject is None and holder.i != verb.i:
        subject = _subject(holder)
        if manner and subject is not None and not _a_person(subject):
            return None  # "the numbers are clear, suggesting that ...": the writer's own reading of a thing
    if subject is None and holder.dep_ == "acl" and holder.head.pos_ in NOUN_POS | {"PRON"} and not any(
            t.text == ":" for t in verb.doc[holder.head.i + 1:holder.i]):
        subject = holder.head  # but "Assessor note: treat X as Y" is a label over the writer's instruction
    if subject is None and holder.dep_ == "pcomp" and holder.head.lower_ == "as" and holder.head.head.pos_ in {"VERB", "AUX"}:
        subject = _subject(holder.head.head)  # "Drucker is often misquoted as saying that ...": the one credited with the words
    if subject is not None and subject.i < verb.i and any(t.text == ":" for t in verb.doc[subject.i + 1:verb.i]):
        return None  # "nit: just say lead here, ...": a label over the writer's instruction, which the parser took for its subject
    return subject


def _a_person(word) -> bool:
    """Someone who can hold a view: a name, a personal pronoun, or one of the others who talk ("critics", "my boss")."""
    w = words()
    return (word.pos_ == "PROPN" or (word.pos_ == "PRON" and word.lower_ not in w["impersonal_pronouns"])
            or word.lower_ in w["third_parties"])


def _writer_persuaded(verb) -> bool:
    """"This book finally convinced me that ...": the writer was brought round and now holds the view."""
    w = words()
    return (
        verb.lemma_.lower() in w["persuading_verbs"]
        and not _is_passive(verb)
        and any(c.dep_ in {"dobj", "dative"} and c.lower_ in w["writer_subjects"] for c in verb.children)
        and not (_is_negated(verb) or _dropped_view(verb) or _later_recanted(verb))
    )


def _writer_experience(subject) -> bool:
    """"Everything I've seen says ...", "all I know suggests ...", "my experience suggests ...": what the writer has seen
    speaks for the writer.

    "The coach I worked with says ..." is a person the writer knows: someone else.
    """
    w = words()
    if subject.lemma_.lower() not in w["experience_heads"]:
        return False
    if any(c.dep_ == "relcl" and (s := _subject(c)) is not None and s.lower_ in w["writer_subjects"] for c in subject.children):
        return True
    owner = _owner(subject)  # "my experience suggests ...", "the evidence of my own career suggests ...": the writer's own
    return owner is not None and (_owned_by_writer(subject) or _owned_by_writer(owner))


def _owned_by_writer(noun) -> bool:
    """"My view is that ...", "our mantra": the writer's own view, named with a noun."""
    w = words()
    owner = _owner(noun)
    if any(c.dep_ == "conj" and c.lower_ in w["writer_own_pronouns"] for c in noun.children):
        return True  # "Morgan's thesis, and mine: ...": the writer shares the view they name
    return owner is not None and (owner.lower_ in w["writer_possessives"] or owner.lower_ in w["writer_subjects"])


def _adopted_by_writer(noun) -> bool:
    """"We hold the view that ...", "I've come round to the view that ...": the writer takes the view as their own.

    The view is the object of the writer's verb of holding, or of its "to" ("at");
    "I don't share the view", "I used to hold the view" keep it someone else's.
    """
    w = words()
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in w["view_prepositions"]:
        verb = noun.head.head
        if verb.pos_ != "VERB" and verb.dep_ in {"advmod", "prt"}:
            verb = verb.head  # "come round to the view"
    else:
        return False
    subject = _subject(verb)
    return (
        verb.lemma_.lower() in w["adopting_verbs"]
        and subject is not None
        and subject.lower_ in w["writer_subjects"]
        and not (_is_negated(verb) or _dropped_view(verb) or _later_recanted(verb))
    )


def _owner(noun):
    """Whose the view is: "the VP's pitch", "their claim", "the argument of the critics"."""
    holders = words()["holder_prepositions"]
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in holders:  # "the consensus among the panelists"
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _writer_receives(verb) -> bool:
    """"We often hear that", "I read that", "we were told that": the writer as the one a view reached."""
    w = words()
    lemma = verb.lemma_.lower()
    return lemma in w["reception_verbs"] or (lemma in w["telling_verbs"] and _is_passive(verb))


def _asks_the_reader(verb, subject) -> bool:
    """"Do you think leadership reads the survey?", "Does anyone actually believe ...?": the writer's own question.

    Asking the reader (or anyone) whether they hold a view is the writer's rhetoric, not a view credited to someone.
    """
    w = words()
    if subject.lower_ in w["others_asked"] and asks_to_agree(verb.sent):
        return True
    return (
        subject.lower_ in w["addressees"]
        and verb.lemma_.lower() in w["opinion_verbs"]
        and _sentence_near(verb).text.rstrip().endswith("?")
    )


def _writer_document(subject) -> bool:
    """"This guide assumes ...", "our playbook says ...": the writer's own text speaks for the writer."""
    w = words()
    return subject.lemma_.lower() in w["writer_documents"] and any(
        c.dep_ in {"det", "poss"} and c.lower_ in w["writer_document_determiners"] for c in subject.children)


def _refuted_by(head) -> bool:
    """"It is a mistake to think ...", "the myth of ...": a frame that rejects what it holds.

    Denied, it affirms: "the test doesn't lie: ...", "it is not a myth that ..." are the writer's claims.
    """
    refuting = words()["refuting_words"]
    if _is_negated(head):
        return False
    if head.dep_ in {"acomp", "attr"} and _is_negated(head.head):
        return False  # "it wouldn't be wrong to call them ...": the verdict's copula is denied
    return head.lower_ in refuting or any(c.lower_ in refuting and c.dep_ in {"attr", "acomp", "nsubj", "dobj"} for c in head.children)


def _fault_we_commit(clause, copula) -> bool:
    """"The biggest mistake is that we keep promoting X when we should Y": the clause is what the writer's own side
    does wrong, told in the writer's words; "the mistake is that people think X" still reports a view."""
    w = words()
    if clause.dep_ != "ccomp" or not any(c.dep_ == "nsubj" and c.lower_ in w["committed_faults"] for c in copula.children):
        return False
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and subject.lower_ in w["writer_subjects"] and reporting_frame(clause) is None


def attribution(token) -> str | None:
    """Whether the clause holding ``token`` is attributed to someone other than the writer."""
    w = words()
    if _endorsed(token):
        return None  # "they say X, and I agree": the writer makes the claim their own
    heads = list(itertools.islice(token.ancestors, NEAR_TOKENS))
    if any(t.lower_ in w["source_markers"] for t in (token, *heads)):
        return None  # the source named by "according to" is the writer's own wording
    if any(cue(token) for cue in (_reported_in_words, _aside_in_words, _view_named_before_a_colon, _view_set_off_before_that, _hearsay, _said_as, _refuted_by_label)):
        return ATTRIBUTED
    child = token
    for head in heads:
        if child.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in words()["contrasting_conjunctions"] for c in head.children if c.i < child.i):
            return None  # "critics claim X, but our view is Y": Y is the writer's
        if (_reported_by(child, head) or _reported_aside(head)) and not _quotation_between(head, token):
            return ATTRIBUTED
        if child.dep_ in REFUTED_DEPS and _refuted_by(head) and not _fault_we_commit(child, head):
            return ATTRIBUTED
        if any(_names_a_source(c) for c in head.children if c.i != child.i):  # "per leadership's request": the source itself is the writer's wording
            return ATTRIBUTED
        child = head
    return None


def _refuted_by_label(token) -> bool:
    """"Myth: Leaders are born": a label that rejects the sentence after it, cut off from it for the parser or run
    into it ("Myth: leaders are born"). A label that offers the verdict as one of two ("True or False:", "Myth or
    fact:") asks the reader, and rejects nothing."""
    label = label_before(token) or label_run_in(token)
    if label is None:
        return False
    if any(t.lower_ == "or" for t in label):
        return not _keyed_as_true(token)
    return any(t.lower_ in words()["refuting_words"] for t in label)


def _keyed_as_true(token) -> bool:
    """A quiz prompt ("True or False: ...") holds its claim only where the key after it says so ("Answer: True");
    answered "False", or left for the reader, it is put up to be judged, not made."""
    w = words()
    doc = token.doc
    for t in doc[token.sent.end:min(len(doc), token.sent.end + 6)]:
        if t.is_space or t.is_punct or t.lower_ in w["quiz_key_labels"]:
            continue
        return t.lower_ in w["quiz_verdicts"]
    return False


def _reported_by(clause, head) -> bool:
    """Whether ``head`` gives ``clause`` (a clause, or a word on the way up to one) as someone else's words."""
    if _interrogative(clause, head) or _across_a_break(clause, head) or _verb_has_its_own_object(clause, head):
        return False
    if clause.dep_ == "parataxis" and _in_brackets(clause):
        return False  # "The survey asks about your leader (read: your manager)": the writer's own gloss, not the survey's words
    reported = (
        clause.dep_ in REPORTED_DEPS
        or _told_to(clause, head)
        or _promised_by_others(clause, head)
        or _gerund_opens_the_report(clause)
        or _subject_taken_as_object(clause, head)
        or _equation_taken_as_object(clause, head)
        or _cast_as(clause, head)
        or (head.lemma_.lower() in words()["reporting_nouns"] and (clause.dep_ == "appos" or _content_clause(clause, head)))
        or _believed_in(clause, head)
    )
    return bool(reported and (reporting_frame(head) or _reports_through(head))) or _content_of_a_view(clause, head) or _content_hung_on_holders(clause, head)


def _copy_label(noun) -> bool:
    """"Tagline: Fewer managers, more leaders": a label for the writer's own copy, owned by no one, heads the writer's
    words, as "The idea: we lead" does; "The vendor's pitch: ..." and "Conventional wisdom: ..." stay someone else's."""
    doc = noun.doc
    return (noun.i + 1 < len(doc) and doc[noun.i + 1].text == ":" and noun.lemma_.lower() in words()["copy_labels"]
            and not _held_by_others(noun))


def _content_hung_on_holders(clause, holders) -> bool:
    """"There is a fashionable view among church writers that vicars should lead": the parser hangs the view's
    that-clause on the people who hold it, as a relative clause with "that" for its object. A clause with a subject of
    its own after "that", on the holders of someone else's view, is the view's content."""
    if clause.dep_ != "relcl" or holders.dep_ != "pobj" or holders.head.lower_ not in words()["holder_prepositions"]:
        return False
    view = holders.head.head
    if view.pos_ not in NOUN_POS or view.lemma_.lower() not in words()["reporting_nouns"]:
        return False
    that = clause.doc[clause.left_edge.i]
    if that.lower_ != "that" or not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i != that.i for c in clause.children):
        return False
    return _held_by_others(view) and not _owned_by_writer(view)


def _in_brackets(clause) -> bool:
    edge = clause.left_edge
    return edge.text == "(" or (edge.i > 0 and clause.doc[edge.i - 1].text == "(")


def _reports_through(verb) -> bool:
    """"Leaders are born, my grandfather used to say": the parse hangs the clause on "used", whose "to say" reports it."""
    return any(
        c.dep_ == "xcomp" and c.lemma_.lower() in words()["reporting_verbs"]
        and all(d.dep_ in {"aux", "advmod"} for d in c.children)  # "used to say"; "like to argue about it" is a quarrel
        and reporting_frame(c)
        for c in verb.children)


ASIDE_MARKS = {",", "—", "–", "-", "("}


def _reported_aside(verb) -> bool:
    """"Leadership, the lawsuit alleges, knew about the defect": a report set into the clause it reports."""
    w = words()
    for aside in verb.children:
        subject = _subject(aside)
        if aside.dep_ != "parataxis" or subject is None or aside.lemma_.lower() not in w["reporting_verbs"]:
            continue
        opening = subject.left_edge.i
        set_off = opening > 0 and verb.doc[opening - 1].text in ASIDE_MARKS  # "(read: managers)" glosses, it is no aside
        if set_off and subject.lower_ not in w["addressees"] and reporting_frame(aside):  # "..., you see"
            return True
    return False


def _said_as(token) -> bool:
    """"As Kotter put it, ...", "as the old saying goes, ...", "as my father used to say, ...": an "as" clause
    before the claim credits it to its subject ("as I like to say" keeps it the writer's, "as you said" agrees)."""
    w = words()
    for head in itertools.islice(itertools.chain((token,), token.ancestors), NEAR_TOKENS):
        for clause in head.children:
            if clause.dep_ != "advcl" or clause.i > token.i or not any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children):
                continue
            lemma, subject = clause.lemma_.lower(), _subject(clause)
            if subject is not None and subject.lower_ in w["addressees"]:
                continue  # "as you said": the speaker agrees with the one spoken to
            if lemma in w["as_saying_verbs"]:
                said = subject is not None and (
                    subject.lemma_.lower() in w["reporting_nouns"] or any(c.dep_ == "dobj" and c.lower_ == "it" for c in clause.children))
                if said and subject.lower_ not in w["writer_subjects"]:
                    return True
            elif (lemma in w["reporting_verbs"] and reporting_frame(clause)) or _reports_through(clause):
                return True
    return False


def _hearsay(token) -> bool:
    """"Leadership reportedly signed off": an adverb on the clause's verb credits it to unnamed others."""
    hearsay = words()["hearsay_adverbs"]
    verb = next((t for t in (token, *token.ancestors) if t.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and any(c.dep_ == "advmod" and c.lower_ in hearsay for c in verb.children)


def _verb_has_its_own_object(clause, verb) -> bool:
    """"Leadership is just aura: you feel it before ...": a clause before a verb that has an object of its own
    ("it") is not what the verb reports ("Leaders are born, she told me" still is). Nor is it where the verb reports
    a clause of its own after it: "Her leadership is innate — colleagues say she ran the playground at six" reports
    the playground, and the claim before the dash is the writer's."""
    personal = words()["personal_objects"]
    return clause.i < verb.i and any(
        (c.dep_ == "dobj" and c.lower_ not in personal) or (c.dep_ == "ccomp" and c.i > verb.i) for c in verb.children)


def _cast_as(word, verb) -> bool:
    """"Many textbooks define leadership as the management of people": what a verb casts as what is its subject's view.

    The passive ("leadership is defined as ...") names no one: a glossary's own definition. A person
    cast ("see yourself as a leader") is a self-image, not a view of one thing as another.
    """
    return (
        _casts(verb)
        and not _is_passive(verb)
        # a past participle set after its noun is the passive cut short: "Leadership, defined as managing people"
        and not (verb.dep_ == "acl" and verb.tag_ == "VBN")
        and (word.dep_ == "dobj" or (word.dep_ == "prep" and word.lower_ == "as"))
        and not any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in verb.children)  # "see yourself as a leader": a self-image
    )


def _casts(verb) -> bool:
    """A verb of defining with its "as": "define X as Y", "see X as Y"."""
    return verb.lemma_.lower() in words()["defining_verbs"] and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def _told_to(clause, verb) -> bool:
    """"Leadership keeps telling us to lead": what someone is told to do is what the teller says.

    "This book taught me to lead" is a skill the writer took up, not an instruction reported.
    """
    return (
        clause.dep_ == "xcomp"
        and verb.lemma_.lower() in words()["instructing_verbs"]
        and marked_infinitive(clause)
        and any(c.dep_ in {"dobj", "dative"} for c in verb.children if c.i < clause.i)
    )


def _promised_by_others(clause, verb) -> bool:
    """"Some coaches promise to turn you from a manager into a leader": what others promise to do is their pitch, as
    what they say is. Only a subject named as others counts: "TeamPulse promises to turn managers into leaders" is
    how a writer speaks of its own product."""
    subject = _subject(verb)
    return (
        clause.dep_ == "xcomp"
        and verb.lemma_.lower() in words()["promising_verbs"]
        and subject is not None
        and (subject.lower_ in words()["third_parties"] or any(c.dep_ in {"det", "amod"} and c.lower_ in words()["others_determiners"] for c in subject.children))
    )


def _gerund_opens_the_report(clause) -> bool:
    """"My mentor told me being a manager and being a leader is no different": a reported clause whose subject is a
    gerund, which the parser hangs on the verb as its complement; "taught me to lead" has its "to"."""
    return clause.dep_ == "xcomp" and clause.lower_ == "being" and not any(c.dep_ == "aux" for c in clause.children)


def _subject_taken_as_object(word, verb) -> bool:
    """"believed leadership was charisma": the parse makes the reported clause's subject the verb's object. The rest
    of the clause may hang on the verb the report completes ("I used to assume a leader and a manager were the same":
    "were" on "used"), or the report may be taken for the subject of that rest ("Hamish reckoned leadership was
    simply management": "reckoned" as the clausal subject of "was")."""
    if word.dep_ != "dobj":
        return False
    holders = [verb, verb.head] if verb.dep_ == "xcomp" and verb.head.i < verb.i else [verb]
    if any(c.dep_ == "ccomp" and c.i > word.i and _subject(c) is None for holder in holders for c in holder.children):
        return True
    return verb.dep_ == "csubj" and verb.head.i > word.i and verb.head.pos_ in {"VERB", "AUX"}


def _equation_taken_as_object(word, verb) -> bool:
    """"Half the comments claim leaders = managers": the parser reads the sign as no verb and makes both sides
    objects of the reporting verb (or a gerund side its complement: "i used to think leading = managing"); the
    equation, not a thing, is what the verb reports."""
    if word.dep_ not in {"dobj", "xcomp"} or word.head.i != verb.i:
        return False
    doc, signs = word.doc, words()["equation_signs"]
    return any(0 <= j < len(doc) and doc[j].text in signs for j in (word.i - 1, word.i + 1))


def _believed_in(clause, noun) -> bool:
    """"A popular belief in natural leaders": what a belief is "in" is its content, as a that-clause would be."""
    return clause.dep_ == "prep" and clause.lower_ == "in" and clause.i == noun.i + 1 and noun.lemma_.lower() in words()["believing_nouns"]


def _content_clause(clause, noun) -> bool:
    """"The claim that we need leaders", "the author's thesis: leaders are born": the noun's content.

    "The mantra (that) managers repeat" is a relative clause: no "that" of its own. After
    a colon, as after "is", an unowned view ("the idea: we lead") is the writer explaining.
    """
    if clause.dep_ == "prep" and clause.i == noun.i + 1:
        # "a common belief in hiring that ...": the parser hangs the content on the phrase that narrows the noun
        return any(t.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in t.children)
                   for t in clause.subtree)
    if clause.dep_ not in {"acl", "relcl"}:
        return False
    if any(c.dep_ == "mark" for c in clause.children):
        return True
    return _owner(noun) is not None and any(t.pos_ == "PUNCT" and ":" in t.text for t in clause.doc[noun.i + 1:clause.i])


def _content_of_a_view(clause, copula) -> bool:
    """"The VP's whole pitch is that we lead now", "there's a popular idea that managers are obsolete".

    A that-clause after "be" states the view the subject names, someone else's when
    it is owned by someone else ("the VP's pitch"); an unowned subject ("the idea is
    that ...") is the writer explaining. After "there is", the view is out there: held by others.
    """
    doc = copula.doc
    after_that = clause.dep_ == "ccomp" and copula.i + 1 < clause.i and doc[copula.i + 1].lower_ == "that"  # "that" tagged as a determiner
    if copula.lemma_ != "be" or not (after_that or any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)):
        return False
    nouns = words()["reporting_nouns"]
    existential = any(c.dep_ == "expl" for c in copula.children)
    around = list(copula.children)
    if copula.dep_ == "xcomp":
        around += [c for c in copula.head.children if c.dep_ == "nsubj"]  # "the received wisdom seems to be that ..."
    for child in around:
        if child.i > clause.i or child.pos_ not in NOUN_POS or child.lemma_.lower() not in nouns:
            continue
        # "it is a popular belief (in recruitment) that ...": the "it" puts off the view a noun everyone holds names
        put_off = any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children) and _held_by_others(child)
        if (child.dep_ == "nsubj" and _held_by_others(child)) or (child.dep_ == "attr" and (existential or put_off)):
            return not _owned_by_writer(child)
    return False


def _held_by_others(noun) -> bool:
    """A view with an owner ("the VP's pitch") or one that is everyone's ("the prevailing wisdom", "the popular idea")."""
    held = words()["widely_held"]
    return _owner(noun) is not None or any(c.dep_ == "amod" and c.lower_ in held for c in noun.children)


SET_OFF_MARKS = frozenset({",", "—", "–"})  # what stands between a view's noun and the "that" that spells it out


def _view_set_off_before_that(token) -> bool:
    """"The speaker's thesis, that leadership should replace management, fell apart": someone's view named, then spelt
    out by a "that" clause set off by a comma or dash. Read from the words, since the parse may take "that" for a
    determiner there; "my argument, that ..." is the writer's."""
    doc = token.doc
    before = doc[_split_sentence(token).start:token.i]
    for n in range(len(before) - 1, 1, -1):
        if before[n].text == CLAUSE_BREAK:
            return False
        if before[n].lower_ != "that" or before[n - 1].text not in SET_OFF_MARKS:
            continue
        noun = before[n - 2]
        return (noun.pos_ in NOUN_POS and noun.lemma_.lower() in words()["reporting_nouns"] and _held_by_others(noun)
                and not _owned_by_writer(noun))
    return False


def _view_named_before_a_colon(token) -> bool:
    """"The author's thesis (ch. 1): charisma is the whole of leadership": someone's view named, then given after a colon.

    Whatever the parse makes of the parts, the words after the colon are the view. An unowned
    view ("The idea: we lead") is the writer explaining, as after "is".
    """
    before = token.doc[_split_sentence(token).start:token.i]
    colons = [t.i for t in before if t.is_punct and ":" in t.text]  # "(ch. 1):" is one token
    if not colons or any(t.text == CLAUSE_BREAK for t in token.doc[colons[-1]:token.i]):
        return False
    nouns = words()["reporting_nouns"]
    return any(
        t.pos_ in NOUN_POS and t.lemma_.lower() in nouns and _held_by_others(t) and not _owned_by_writer(t)
        for t in token.doc[before.start:colons[-1]]
    )


def _interrogative(clause, verb) -> bool:
    """"The survey asked how much confidence we have in leadership", "she asked whether ...": a question, not a view held.

    "Whether" and "if" open a question under any verb; a wh-word does under a verb
    of asking ("told us how leaders must ..." still reports what they said). The word
    must open this clause, not a clause inside it ("they say if you lead, ...").
    """
    w = words()
    first = clause.left_edge
    wh = first.tag_ in WH_TAGS and first.lower_ != "that"
    if not (first.lower_ in w["interrogative_marks"] or (wh and verb.lemma_.lower() in w["question_verbs"])):
        return False
    while first.i != clause.i:
        if first.dep_ in CLAUSE_DEPS or first.i == first.head.i:
            return False
        first = first.head
    return True


def _across_a_break(clause, verb) -> bool:
    """"Step one is alignment; step two is telling the org": a verb does not report a clause before a semicolon."""
    return clause.i < verb.i and any(t.text == CLAUSE_BREAK for t in clause.doc[clause.i:verb.i])


def _names_a_source(word) -> bool:
    """"According to X", "per the consultant's deck": someone else as the source of what the clause says.

    "Per" names a source only with a determiner, an owner or a name ("per the deck",
    "per HR"); "per week", "per person" are rates. The writer's own text or findings
    ("per our handbook", "according to our survey") speak for the writer; a person the
    writer knows ("according to my old boss") is still someone else.
    """
    w = words()
    if word.lower_ in w["source_markers"]:
        to = next((c for c in word.children if c.dep_ == "prep"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        return source is None or not (_writer_document(source) or _made_by_writer(source))
    if word.lower_ not in w["source_prepositions"]:
        return False
    source = next((c for c in word.children if c.dep_ == "pobj"), None)
    return (
        source is not None
        and (source.pos_ == "PROPN" or any(c.dep_ in {"det", "poss"} for c in source.children))
        and not _writer_document(source)
    )


def _made_by_writer(source) -> bool:
    """"According to a graph I drew", "according to the figures we collected": a source the writer made is the writer's."""
    return any(
        c.dep_ == "relcl" and (subject := _subject(c)) is not None and subject.lower_ in words()["writer_subjects"]
        for c in source.children)


def _reported_in_words(token) -> bool:
    """"Some argue X", "critics claim X": a third party's report verb just before, whatever the parse says.

    A report reaches no further than a semicolon or a contrasting conjunction
    ("critics claim X, but our team Y"), and a report of "whatever" they say
    concedes it instead of reporting what follows.
    """
    w = words()
    before = token.doc[_sentence_near(token).start:token.i]
    for i, candidate in enumerate(before):
        heard = candidate.lower_ in w["reception_verb_forms"] and _that_follows(before, i)
        if not (heard or candidate.lower_ in w["report_verb_forms"]):
            continue  # the word tests first: the two below read every word between, at every word of the sentence
        if _quotation_between(candidate, token) or _report_closed(candidate, before[i + 1:]):
            continue
        if token.head.i == candidate.i and token.dep_ in {"dobj", "dative"}:
            continue  # "can someone tell leadership the env is down": the one told is not part of what is told
        if _occasion_of_saying(candidate, token):
            continue  # "whenever they say leadership, hear management": the saying only times the writer's instruction
        if heard:
            return True  # "we often hear that ...": a view that reached the writer, whoever hears it
        subject_words = [t.lower_ for t in before[max(0, i - 5):i]]
        if any(s in w["third_parties"] for s in subject_words) and not any(s in w["writer_subjects"] for s in subject_words):
            return True
        if candidate.tag_ == "VBN" and _said_by_no_one(subject_words):
            return True  # "it was alleged at the meeting that ...", which the parser may read as a relative clause on "meeting"
    return False


def _occasion_of_saying(report, token) -> bool:
    """A report in a "when" or "if" clause that times the writer's instruction ("when recruiters say leadership,
    read management") says when to do it; a word of the instruction is not among what was said. A main clause with
    a subject of its own ("when people say leader, they mean manager") still tells what the speakers mean."""
    if report.dep_ != "advcl" or token.i in {t.i for t in report.subtree}:
        return False
    occasions = words()["occasion_markers"]
    if not any(c.dep_ in {"mark", "advmod"} and c.lower_ in occasions for c in report.children):
        return False
    return not has_own_subject(report.head, report.left_edge)


def has_own_subject(verb, opening) -> bool:
    """Whether ``verb`` has a subject of its own. A label before a colon ahead of ``opening`` ("Tip: when they say
    leadership, hear management") is no subject of what follows it, however the parse hangs it on the verb."""
    doc = verb.doc
    return any(c.dep_ in SUBJECT_DEPS and not any(t.text == ":" for t in doc[c.i + 1:opening.i]) for c in verb.children)


def _said_by_no_one(subject_words) -> bool:
    """"It was said", "it has been claimed": an empty "it" and a form of "be" before a report in the passive."""
    w = words()
    tail = subject_words[-3:]
    if "it" not in tail or tail[-1] not in w["passive_report_be"]:
        return False
    after_it = tail[tail.index("it") + 1:]
    return bool(after_it) and all(t in w["passive_report_be"] | w["passive_report_fillers"] for t in after_it)


HEARD_IT_BREAKS = frozenset({"—", "–", ",", ":", "-"})  # what stands before the "that" of "hear it ... — that"
HEARD_IT_REACH = 8  # "you hear it at every conference — that ...": the words "it" may stand ahead of its clause


def _that_follows(before, i) -> bool:
    """"We often hear that ...", and "you hear it at every conference — that ...": the "that" clause right after the
    verb of hearing, or after an "it" it spells out, set off by a break."""
    if i + 1 < len(before) and before[i + 1].lower_ == "that":
        return True
    if not (i + 1 < len(before) and before[i + 1].lower_ == "it"):
        return False
    ahead = before[i + 2:i + 2 + HEARD_IT_REACH]
    return any(t.lower_ == "that" and n and ahead[n - 1].text in HEARD_IT_BREAKS for n, t in enumerate(ahead))


ASIDE_WORDS = 6  # an aside "the paper reports" is a few words between commas


def _aside_in_words(token) -> bool:
    """"The whistle-blower, the paper reports, had warned leadership": a report set off by commas in the
    token's sentence, read from the words when the parse makes "reports" a noun."""
    w = words()
    sentence = _split_sentence(token)
    commas = [t.i for t in sentence if t.text == ","]
    for opening, closing in zip(commas, commas[1:]):
        aside = token.doc[opening + 1:closing]
        if not 2 <= len(aside) <= ASIDE_WORDS or opening < token.i < closing or aside[0].lower_ == "as":
            continue  # "as noted" is the writer's own earlier word (an "as" clause is read by _said_as)
        if aside[0].lower_ in w["concessive_openers"] and (aside[0].lower_ != "no" or aside[1].lower_ == "matter"):
            continue  # "whatever the rota says", "no matter what HR says": a concession, not whose claim it is
        last = aside[-1].lower_
        if any(c.dep_ == "amod" for c in aside[-1].children):
            continue  # "Leadership, i.e. managing direct reports, is ...": the people who report, not a report
        if last in w["aside_report_forms"] and not any(t.lower_ in w["writer_subjects"] | w["addressees"] for t in aside):
            return True
    return False


def _report_closed(report, between) -> bool:
    """The report's clause ends before the word: a semicolon or "but" comes between, or it reports "whatever" was said."""
    contrasting = words()["contrasting_conjunctions"]
    return (
        any(t.text == CLAUSE_BREAK or (t.dep_ == "cc" and t.lower_ in contrasting) for t in between)
        or any(c.dep_ == "dobj" and c.tag_ in WH_TAGS for c in report.children)
    )


def context_of(tokens, quoted_ranges, *, block_context: str | None = None, mentions=()) -> str | None:
    """The context of a match: quoted, attributed or None (the writer's own claim).

    ``block_context`` is the whole block's: a block quote is quoted, a reading-list entry attributed.
    """
    if block_context is not None:
        return block_context
    family = [t for t in tokens if t._.lk_family]
    if any(start <= t.i < end for t in tokens for start, end in quoted_ranges) and not _said_around_a_quotation(family, mentions):
        return QUOTED
    if len(family) >= 2 and any(all(start <= t.i < end for t in family) and not _quoted_as_modifier(family[0].doc, start, end)
                                for start, end in mentions):
        return QUOTED  # the whole mistake is the quoted example; one family word in quotes is a scare quote
    if _said_around_a_quotation(family, mentions):
        # "the board asked, 'Do we need a manager?' and I said no, we need a leader": who asked the quoted part
        # does not say whose the claim is; the words outside the quotation do
        family = [t for t in family if not any(start <= t.i < end for start, end in mentions)]
    if any(attribution(t) for t in family):
        return ATTRIBUTED
    return None


def _quoted_as_modifier(doc, start, end) -> bool:
    """"a single 'leadership / management' competency": a quoted phrase between a determiner or an adjective and the
    noun it describes is used, in scare quotes, as the writer's own name for a thing; a phrase quoted after a verb or a
    noun ("avoid 'managers (i.e. leaders)'", "the phrase 'leader/manager'") is mentioned."""
    if start < 2 or end + 1 >= len(doc) or not (doc[start - 1].is_quote and doc[end].is_quote):
        return False
    return doc[start - 2].pos_ in {"DET", "ADJ"} and doc[end + 1].pos_ == "NOUN"


def _said_around_a_quotation(family, mentions) -> bool:
    """"Quit googling 'how to manage Gen Z' and start figuring out how to lead them": the match's claim
    is the writer's, made with a quoted phrase; a family word of it stands outside every quotation.

    ``mentions`` holds every quoted phrase of two words or more, the quoted clauses among them.
    """
    inside = [any(start <= t.i < end for start, end in mentions) for t in family]
    return any(inside) and not all(inside)


def _quotation_between(report, token) -> bool:
    """'She said "hello" and then escalated ...': the report's words are the closed quotation, not what follows it.

    Whatever the parse hangs under the report ('you say "you had your chance", and if your
    leadership comes back ...'), a word after the closed quotation is outside what was said.
    Only the words between are scanned: the whole window's text would cost its length at every report.
    """
    between = token.doc[report.i + 1:token.i].text
    return any(end < len(between) for _, end in quote_spans(between))
