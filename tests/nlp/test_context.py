"""Who is speaking: quoted clauses, attributed clauses, and the writer's own claims."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lintkit.documents.callouts import is_callout
from lintkit.nlp import context
from lintkit.nlp.context import quote_spans


def contexts(lint, text, path=None):
    return [(f.code, f.context, str(f.severity)) for f in lint(text, path=path)]


@pytest.mark.parametrize(
    "text",
    [
        'An executive once told me: "I don\'t have time to manage this, I need to lead."',
        "He wrote: “We need leaders, not managers.”",
        "The banner said ‘Lead, don’t manage!’ in red letters.",
    ],
)
def test_quoted_clauses_are_info_with_context(lint, text):
    assert contexts(lint, text) == [("LM002", "quoted", "info")]


@pytest.mark.parametrize(
    "text",
    [
        "Some people still argue that we must replace management with leadership.",
        "Critics claim we need leaders, not managers.",
        "We often hear that leaders are born, not made.",
        "It is often said that management is leadership.",
        "I used to think management was leadership; I was wrong.",
        "It is a mistake to think leadership replaces management.",
        "The mistake is that people think we need leaders, not managers.",  # a view held, inside the fault
        "My boss will tell you that we need leaders, not managers.",  # someone who does tell
        "The consultant's pitch — that leaders should replace managers — went down badly.",  # a view spelt out after a dash
        "According to the consultants, we need leaders, not managers.",
        "You hear it in every staffroom: that heads should lead and never manage.",  # "it" spelled out by the "that" clause
        "Some parents believe district leadership has agreed to the closure in private; we have found no sign of it.",  # "agreed to" consents, endorses nothing
        "Word in the corridors is that leaders are born, not made.",  # a story going round, told with "be"
        "It was claimed at the hearing that we need leaders, not managers.",  # an empty "it" and a passive report, whatever the parse
        "It is alleged in the claim that site leadership ignored the warnings.",  # an impersonal passive of a claim reports others
        "It is often recommended that we hire leaders, not managers.",  # a record said to be common reports a view going round
        "Kotter is sometimes misquoted as saying that we need leaders, not managers.",  # the one credited with the words speaks
        "Readers often write in to say that leaders are born, not made.",  # the report is the errand of the readers' act
        "The consultant told us what she believes: we need leaders, not managers.",  # her view before a colon stays hers
        "The author says what I believe is a myth: we need leaders, not managers.",  # the writer's view is against the claim
        "used to think we needed leaders, not managers. then I ran a team for a year",  # a view dropped, its "I" left out
        "I thought we needed leaders, not managers. But then I ran a team for a year.",  # the next sentence turns against it
        "I believed we needed leaders, not managers. However, the last reorganisation settled it.",  # turned against
        "Back in school I believed we needed leaders, not managers. Ten years of running a warehouse cured me of that.",  # experience rid the writer of it
        "The author argues, wrongly, that we need leaders, not managers.",  # a verdict against the saying
    ],
)
def test_attributed_clauses_are_info_with_context(lint, text):
    found = contexts(lint, text)
    assert found and all(c == "attributed" and s == "info" for _, c, s in found), found


@pytest.mark.parametrize(
    "text, code",
    [
        ("I think we need leaders, not managers.", "LM002"),
        ("The vicar asked, 'Do we need another manager?' and I said no, we need a leader.", "LM002"),  # the writer answers
        ("I hear it, and we need leaders, not managers.", "LM002"),  # "it" with no "that" clause after it
        ("We need leaders, not managers, and I mean it.", "LM002"),
        ("I think we need leaders, not managers. But not everyone agrees.", "LM002"),  # a present view, whatever follows
        ("They say management is leadership, and I agree.", "LM001"),
        ("My first boss always said we need leaders, not managers, and honestly she was right.", "LM002"),  # the writer's verdict on the speaker
        ("This guide assumes leadership has signed off.", "LM003"),
        ("Our playbook says to escalate to leadership within the hour.", "LM003"),
        ("Our scoring model says leadership must sign off on every senior offer.", "LM003"),  # the team's own instrument
        ("Have you ever walked leadership through a proposal?", "LM003"),
        ("If the outage is escalated to senior leadership, page the on-call engineer.", "LM003"),
        ("Anyone else think the leader/manager split is made up?", "LM001"),
        ("Does anyone else feel leaders and managers are the same?", "LM001"),
        ("Isn't every manager a leader?", "LM001"),
        ("Whether you're a leader or a manager, there is no meaningful difference.", "LM001"),
        ("The biggest mistake we make is that we keep hiring managers when we need leaders.", "LM002"),  # a fault committed, not a view
        ("The truth nobody will tell you: your team doesn't need a manager. It needs a leader.", "LM002"),  # what no one else tells
        ("My argument, that we need leaders rather than managers, survived the panel.", "LM002"),  # the writer's own view spelt out
        ("The author argues, rightly, that we need leaders, not managers.", "LM002"),  # the writer's verdict grants the saying
        ("Her thesis, and mine: we need leaders, not managers.", "LM002"),  # a view the writer shares
        ("Given that management is leadership, why hire both?", "LM001"),  # the premise a question rests on
    ],
)
def test_the_writers_own_claims_keep_their_severity(lint, text, code):
    assert contexts(lint, text) == [(code, None, "warning")]


@pytest.mark.parametrize("text", ["Is a manager a leader?", "Does anyone think leaders and managers are the same?", "Whether leadership is management is an open question."])
def test_open_questions_and_suppositions_do_not_claim(lint, text):
    assert contexts(lint, text) == []


def test_scare_quotes_around_a_word_do_not_make_a_quote(lint):
    assert contexts(lint, 'Our "leadership" decided to freeze hiring.') == [("LM003", None, "warning")]


def test_markdown_blockquote_is_quoted_but_a_callout_is_the_writers(lint):
    assert contexts(lint, "> We need leaders, not managers.\n", path="a.md") == [("LM002", "quoted", "info")]


def test_lines_quoted_with_a_greater_than_sign_in_plain_text_are_quoted(lint):
    assert contexts(lint, "> We need leaders, not managers.\n\nsource?") == [("LM002", "quoted", "info")]
    assert contexts(lint, "> source?\nWe need leaders, not managers.") == [("LM002", None, "warning")]
    assert contexts(lint, "> **Note:** we need leaders, not managers.\n", path="a.md") == [("LM002", None, "warning")]


@pytest.mark.parametrize(
    "text, code",
    [
        ("Her predecessor believed leaders were born, not made.", "LM004"),  # a person believes a clause
        ("It could be argued that we need leaders, not managers. However, both are needed.", "LM002"),  # a hedge set up to be answered
        ("It might be said that we need leaders, not managers, but that misses the point.", "LM002"),
        ("Per the vendor's whitepaper, managers should evolve into leaders.", "LM002"),  # "per" names a source
        ("The consultant's whole argument is that we need leaders, not managers.", "LM002"),  # someone's argument is that ...
        ("Their message was that we need leaders, not managers.", "LM002"),
        ("There's a popular notion that we need leaders, not managers.", "LM002"),  # a view that is out there
        ("It is a popular belief in recruitment that every manager is a leader.", "LM001"),  # a view everyone holds, put off by "it"
        ("It's a common view among recruiters that a leader is just a manager.", "LM001"),  # the phrase that narrows it holds the clause
        ("The author's thesis: leaders are born.", "LM004"),  # a view named before a colon
        ("Our executives keep urging us to lead, not manage.", "LM002"),  # what others tell us to do
        ("I was told we need leaders, not managers.", "LM002"),  # the writer on the receiving end
        ("Critics claim we need leaders, not managers, and I don't think they're right.", "LM002"),
        ("I used to hold the view that leaders are born.", "LM004"),  # a view held and dropped
        ("I came across the idea that leaders are born.", "LM004"),  # met, not adopted
        ("According to my old boss, leaders are born.", "LM004"),  # a person the writer knows is someone else
        ("My old coach swore that leaders are born.", "LM004"),  # any verb of saying: swear, admit, remind, boast ...
        ("The founder boasted that his company has leaders, not managers.", "LM002"),
        ("Our first coach used to insist that a squad must be led, never managed.", "LM002"),  # whoever "used to" say it
        ("Her old boss was adamant that leaders are born — she spent years unlearning it.", "LM004"),  # a conviction on the copula
        ("Most textbooks define leadership as the management of people.", "LM001"),  # what others cast as what
        ("The received wisdom seems to be that we need leaders, not managers.", "LM002"),  # everyone's view
        ("The author's thesis, in chapter one: leaders are born.", "LM004"),  # a view named, then given after a colon
        ("Leaders are born, my grandfather used to say.", "LM004"),  # a report after the clause, through "used to"
        ("We need leaders, not managers, the memo says.", "LM002"),  # a report set off after the clause
        ("Leadership reportedly signed off on the cuts in March.", "LM003"),  # hearsay: unnamed others
        ("Leadership, the lawsuit alleges, knew about the defect for two years.", "LM003"),  # a report set into the clause
        ("As Kotter put it, we need leaders, not managers.", "LM002"),  # an "as" clause credits the claim
        ("We keep hearing that a leader is just a manager with a podcast.", "LM001"),  # a view that reached the writer
        ("The received view at head office was that leadership is just management done well.", "LM001"),  # a view everyone holds
        ("The plant, the union says, needs leaders, not managers.", "LM002"),  # an aside read from the words
        ("As the old saying goes, leaders are born, not made.", "LM004"),
        ("The consensus among the panelists was that we need leaders, not managers.", "LM002"),  # the panelists' view
        ("The headline screamed that managers are obsolete and leaders are the future.", "LM002"),  # any verb of saying
        ("Rumour has it that leadership will cancel the offsite.", "LM003"),  # a view going round, no one's in particular
        ("Half the thread insists leaders = managers.", "LM001"),  # an equation sign the parser reads as no verb
        ("Some bootcamps promise to turn every manager into a leader.", "LM002"),  # what others promise to do is their pitch
        ("Other programs vow to replace your managers with leaders.", "LM002"),
        ("My mentor told me being a manager and being a leader is no different.", "LM001"),  # a gerund opens the report
        ("Half the team thinks leading = managing.", "LM001"),  # a gerund side the parser makes the verb's complement
        ("There is a fashionable view among some bishops that parishes should be led instead of managed.", "LM002"),  # the view's clause hung on its holders
        ("My uncle has spent thirty years insisting that teams should be led, not managed.", "LM002"),  # a participle reports for the subject of its act
        ("When we started, we believed a manager was a leader; our first clients showed us otherwise.", "LM001"),  # a firm's view, dropped
        ("His experience suggests that we need leaders, not managers.", "LM002"),  # someone else's experience
        ("The wiki says that we need leaders, not managers.", "LM002"),  # a text reporting, told nothing
        ("Priya should say that we need leaders, not managers.", "LM002"),  # a person told what to say may not hold the view
        ("There's a popular belief in born leaders, and the data says otherwise.", "LM004"),  # what a belief is "in" is its content
    ],
)
def test_views_of_others_in_more_wordings_are_attributed(lint, text, code):
    assert contexts(lint, text) == [(code, "attributed", "info")]


@pytest.mark.parametrize(
    "text, code",
    [
        ("Do you really think leadership reads these reports?", "LM003"),  # a question to the reader
        ("Does anybody honestly believe leadership reads these reports?", "LM003"),  # a rhetorical question
        ("The poll asked whether we trust leadership.", "LM003"),  # a question reported as asked
        ("Phase one is leadership buy-in; phase two is telling everyone else.", "LM003"),  # a semicolon ends the clause
        ("I told my team we need leaders, not managers.", "LM002"),  # the writer tells
        ("This course taught me to lead, not manage.", "LM002"),  # a lesson taken up, not an instruction reported
        ("The idea is that we need leaders, not managers.", "LM002"),  # an unowned idea: the writer explaining
        ("My pitch is that we need leaders, not managers.", "LM002"),
        ("The idea: we need leaders, not managers.", "LM002"),  # an unowned idea after a colon: the writer explaining
        ("We lead, which is to say we manage.", "LM001"),  # "which is to say" glosses
        ("Whatever the critics say about budgets, we need leaders, not managers.", "LM002"),  # conceded, not reported
        ("The vendor's argument, which I find persuasive, is that we need leaders, not managers.", "LM002"),  # endorsed
        ("Critics claim we need leaders, not managers, and I think they're right.", "LM002"),
        ("We meet twice per week and we need leaders, not managers.", "LM002"),  # "per week" is a rate
        ("Per our handbook, managers should graduate to leaders.", "LM002"),  # a source the writer owns
        ("We hold the view that a leader is just a manager.", "LM001"),  # a view the writer takes as their own
        ("I've come round to the view that a leader is just a manager.", "LM001"),
        ("According to our survey, managers should graduate to leaders.", "LM002"),
        ("Stop searching 'how to manage remote teams' and start learning how to lead them.", "LM002"),  # a quoted search, the claim outside
        ("Everything I have seen in twenty years says we need leaders, not managers.", "LM002"),  # what the writer has seen speaks for the writer
        ("Ten years on the job convinced me that we need leaders, not managers.", "LM002"),  # brought round: now the writer's
        ("We need leaders, not managers: you feel it the moment you walk in.", "LM002"),  # "feel it" reports nothing before it
        ("We need leaders, not managers — staff say the old guard ran every meeting.", "LM002"),  # the saying reports its own clause after it
        ("The data doesn't lie: we need leaders, not managers.", "LM002"),  # a denied refutation affirms
        ("This workshop treats leadership and management as one discipline.", "LM001"),  # the writer's own course
        ("Leadership is defined as the management of people.", "LM001"),  # a passive definition names no one else
        ("Per leadership's request, the launch notes go out on Friday.", "LM003"),  # the source is the writer's own wording
        ("Leadership signed off on the cuts, you see.", "LM003"),  # "you see" reports nothing
        ("The poster puts it in words I believe myself: we need leaders, not managers.", "LM002"),  # the writer's view before a colon
        ("My mentor's book ends on the lesson I took from her: swap your managers for leaders.", "LM002"),  # a lesson the writer draws
        ("As I put it last year, we need leaders, not managers.", "LM002"),  # the writer's own words
        ("On Mondays, as noted, we need leaders, not managers.", "LM002"),  # the writer's own earlier note
        ("As the company goes public, we need leaders, not managers.", "LM002"),  # "as" of time
        ("Our consensus is that we need leaders, not managers.", "LM002"),
        ("Our leaders (read: managers) approve all PTO requests.", "LM001"),  # "read:" glosses, it is no report
        ("There's no real difference between leading and managing, people just like to argue about it.", "LM001"),  # a quarrel
        ("Can someone tell leadership the staging server is down?", "LM003"),  # the one told is not part of what is told
        ("My old boss kept saying that managing differs from leading. It doesn't.", "LM001"),  # the denial after the report is the writer's
        ("Crewline promises to turn every manager into a leader.", "LM002"),  # a product the writer speaks of, not others
        ("Leader, manager, whatever the sign says, she runs the place.", "LM001"),  # a concession set off by commas
        ("Our managers, or leaders, no matter what the handbook says, open the hall.", "LM001"),
        ("Whenever an interviewer says leadership, hear management.", "LM001"),  # the saying times the writer's instruction
        ("Interviewer note: treat managing and leading as one competency.", "LM001"),  # a label over the writer's instruction
        ("Staff handbook, section 2: Team leadership, defined for this handbook as managing rotas, is reviewed yearly.", "LM001"),  # a participle's definition names no one
        ("It can be argued that we need leaders, not managers.", "LM002"),  # a modal passive hedges the writer's own claim
        ("It is noted that the draft was shared with leadership before the audit.", "LM003"),  # minutes record the meeting's own finding
        ("It was agreed that leadership would brief the trustees in May.", "LM003"),  # a decision the meeting minutes
        ("It is recommended that leadership review the gifts register every quarter.", "LM003"),  # an audit report's own advice
        ("Slide 4 should say that we need leaders, not managers.", "LM002"),  # a text told what to say: the writer's dictation
        ("The onboarding wiki must say we want leading over managing.", "LM002"),
        ("This paper argues that we need leaders, not managers.", "LM002"),  # the writer's own paper
        ("Our results suggest that we need leaders, not managers.", "LM002"),  # the writer's own findings
        ("Leaders outperform managers three to one, according to a tally I kept all year.", "LM002"),  # a source the writer made
        ("Assuming that we need leaders, not managers, the budget has to change.", "LM002"),  # a participle before the clause supposes
        ("We believed a manager was a leader, and our first clients agreed.", "LM001"),  # a past view nobody took back
        ("My experience suggests that we need leaders, not managers.", "LM002"),  # what the writer has lived through
        ("The evidence of my own career suggests that we need leaders, not managers.", "LM002"),
        ("I wouldn't say a shift manager isn't a leader.", "LM001"),  # the writer denies a denial: an own claim
    ],
)
def test_the_writers_own_voice_in_more_wordings_keeps_its_severity(lint, text, code):
    assert contexts(lint, text) == [(code, None, "warning")]


def test_a_book_under_review_still_speaks_for_its_author(lint):
    assert contexts(lint, "This book argues that we need leaders, not managers.") == [("LM002", "attributed", "info")]


def test_quote_spans_pair_marks_and_skip_apostrophes():
    text = "Don't say “lead, don't manage” or 'we need leaders' again."
    spans = [text[s:e] for s, e in quote_spans(text)]
    assert spans == ["lead, don't manage", "we need leaders"]


def test_guillemets_set_off_by_spaces_still_quote():
    # French typography puts a space (often a narrow no-break one) inside the marks.
    text = "La note dit : « Managers are leaders here. » Then\u00a0«\u202fwe lead\u202f» ends."
    spans = [text[s:e].strip() for s, e in quote_spans(text)]
    assert spans == ["Managers are leaders here.", "we lead"]


def test_lone_apostrophes_in_a_long_paragraph_look_at_each_mark_a_bounded_number_of_times(monkeypatch):
    # "'cause" can open a quote that nothing closes: each such mark used to search
    # every later apostrophe again, a cost with the square of the paragraph's length.
    sentences = 2000
    text = "Leaders say 'cause they don't know. " * sentences
    looked_at = []
    can_close = context._can_close
    monkeypatch.setattr(context, "_can_close", lambda text, i: looked_at.append(i) or can_close(text, i))
    assert quote_spans(text) == []
    assert len(looked_at) <= 2 * text.count("'")


def test_callout_detection():
    assert is_callout("[!NOTE] Read this") and is_callout("Tip: try it") and not is_callout("He said so")


@pytest.mark.parametrize(
    "text",
    [
        '| LM001 | "managers (i.e. leaders)" |',
        'Avoid phrases like "leadership/management experience" in job ads.',
    ],
)
def test_a_quoted_example_of_the_whole_mistake_is_quoted(lint, text):
    assert contexts(lint, text, path="rules.md") == [("LM001", "quoted", "info")]


@pytest.mark.parametrize(
    "text",
    [
        'Escalate to "senior leadership" now.',  # scare quotes around the group's name
        'She said "hello" and then escalated to leadership.',  # the report is the closed quotation
        'He said "we can ship on Friday", and then leadership asked for a delay.',  # whatever the parse hangs under "said"
    ],
)
def test_words_outside_a_quotation_keep_the_writers_voice(lint, text):
    assert contexts(lint, text) == [("LM003", None, "warning")]


def test_a_reading_list_entry_is_attributed_to_the_work_it_cites(lint):
    text = "- [Why Great Companies Need Leaders, Not Managers](https://example.com/a) - a blog post\n"
    assert contexts(lint, text, path="reading.md") == [("LM002", "attributed", "info")]


def test_notes_under_a_linked_article_are_attributed_and_under_a_mailing_list_are_the_writers(lint):
    article = "- [Squads That Failed](https://example.com/posts/why-squads-failed/)\n  - Priorities must be set by leadership.\n"
    mailing_list = "- [eng-leads](https://groups.example.com/forum)\n  - Write here to reach the whole leadership team.\n"
    assert contexts(lint, article, path="notes.md") == [("LM003", "attributed", "info")]
    assert contexts(lint, mailing_list, path="notes.md") == [("LM003", None, "warning")]


def test_empty_quotation_marks_quote_nothing(lint):
    assert all(context is None for _, context, _ in contexts(lint, 'Leadership ""'))
    assert contexts(lint, 'We need leaders, not managers "" “”.') == [("LM002", None, "warning")]


QUOTE_MARKS = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", " ", "  "]
QUOTED_WORDS = ["leaders", "managers", "Leadership", "not", "we need", ",", ".", "said", "is"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(QUOTE_MARKS + QUOTED_WORDS), max_size=20).map(lambda parts: "Leadership " + "".join(parts)))
def test_any_quote_heavy_text_lints(lint, text):
    for finding in lint(text):
        assert 0 <= finding.start < finding.end <= len(text)


# Attribution on sentences parsed by hand: the parse alone decides, no model is loaded.


def _attributed(text: str, word: str, **parse):
    from lintkit.nlp.context import attribution
    from tests.hand_built import parsed

    doc = parsed(text, **parse)
    (token,) = [t for t in doc if t.text == word]
    return attribution(token)


# (sentence, the family word, its parse, the attribution expected): a claim someone else holds, a view the
# writer dropped, a myth refuted, or a source named is "attributed"; the writer's own belief is not.
ATTRIBUTIONS = [
    # an aside that ends in "direct reports" names people, not a report
    ("Leadership , i.e. managing direct reports , is assessed .", "Leadership",
     dict(pos="NOUN PUNCT X VERB ADJ NOUN PUNCT AUX VERB PUNCT", deps="nsubjpass punct advmod acl amod dobj punct auxpass ROOT punct",
          heads="8 0 3 0 5 3 8 8 8 8", lemmas="leadership , i.e. manage direct report , be assess ."), None),
    # a bracketed "(read: ...)" is the writer's gloss, not the words of the survey that asks
    ("The survey asks about your leader ( read : your manager ) .", "manager",
     dict(pos="DET NOUN VERB ADP PRON NOUN PUNCT VERB PUNCT PRON NOUN PUNCT PUNCT",
          deps="det nsubj ROOT prep poss pobj punct parataxis punct poss dobj punct punct", heads="1 2 2 2 5 3 7 2 7 10 7 7 2",
          lemmas="the survey ask about your leader ( read : your manager ) ."), None),
    ("Critics claim that leadership is management .", "leadership",
     dict(pos="NOUN VERB SCONJ NOUN AUX NOUN PUNCT", deps="nsubj ROOT mark nsubj ccomp attr punct", heads="1 1 4 4 1 4 1"), "attributed"),
    ("We believe that leadership is management .", "leadership",
     dict(pos="PRON VERB SCONJ NOUN AUX NOUN PUNCT", deps="nsubj ROOT mark nsubj ccomp attr punct", heads="1 1 4 4 1 4 1"), None),
    ("I used to think leadership was management .", "leadership",
     dict(pos="PRON VERB PART VERB NOUN AUX NOUN PUNCT", deps="nsubj ROOT aux xcomp nsubj ccomp attr punct", heads="1 1 3 1 5 3 5 1"), "attributed"),
    ("It is a myth that leaders are born .", "leaders",
     dict(pos="PRON AUX DET NOUN SCONJ NOUN AUX VERB PUNCT", deps="nsubj ROOT det attr mark nsubjpass auxpass acl punct", heads="1 1 3 1 7 7 7 3 1"), "attributed"),
    ("According to Drucker , managers plan .", "managers",
     dict(pos="VERB ADP PROPN PUNCT NOUN VERB PUNCT", deps="prep prep pobj punct nsubj ROOT punct", heads="5 0 1 5 5 5 5"), "attributed"),
    # the parse takes the believed clause's subject for the verb's object
    ("My director believed leadership was charisma .", "leadership",
     dict(pos="PRON NOUN VERB NOUN AUX NOUN PUNCT", deps="poss nsubj ROOT dobj ccomp attr punct", heads="1 2 2 2 2 4 2",
          lemmas="my director believe leadership be charisma ."), "attributed"),
    # ... with the rest of the clause hung on "used", which the report completes
    ("I used to assume leaders were managers .", "leaders",
     dict(pos="PRON VERB PART VERB NOUN AUX NOUN PUNCT", deps="nsubj ROOT aux xcomp dobj ccomp attr punct", heads="1 1 3 1 3 1 5 1",
          lemmas="i use to assume leader be manager ."), "attributed"),
    # ... or with the report taken for the clausal subject of the rest; the writer's own present view stays the writer's
    *((f"{who} reckoned leadership was management .", "leadership",
       dict(pos=f"{pos} VERB NOUN AUX NOUN PUNCT", deps="nsubj csubj dobj ROOT attr punct", heads="1 3 1 3 3 3",
            lemmas=f"{who.lower()} reckon leadership be management ."), expected)
      for who, pos, expected in [("Hamish", "PROPN", "attributed"), ("I", "PRON", None)]),
    # a past view of the writer's, then a pronoun and a denied auxiliary with the view's verb left out: it proved false
    *((f"I believed leaders would replace managers . They did{neg} .", "leaders",
       dict(pos="PRON VERB NOUN AUX VERB NOUN PUNCT PRON AUX " + ("PART " if neg else "") + "PUNCT",
            deps="nsubj ROOT nsubj aux ccomp dobj punct nsubj ROOT " + ("neg " if neg else "") + "punct",
            heads="1 1 4 4 1 4 1 8 8 " + ("8 8" if neg else "8"), tags="PRP VBD NNS MD VB NNS . PRP VBD " + ("RB " if neg else "") + ".",
            lemmas="i believe leader will replace manager . they do " + ("not " if neg else "") + "."), expected)
      for neg, expected in [(" n't", "attributed"), ("", None)]),
    ("Per the deck , managers lead .", "managers",
     dict(pos="ADP DET NOUN PUNCT NOUN VERB PUNCT", deps="prep det pobj punct nsubj ROOT punct", heads="5 2 0 5 5 5 5"), "attributed"),
    ("Per week , managers lead .", "managers",
     dict(pos="ADP NOUN PUNCT NOUN VERB PUNCT", deps="prep pobj punct nsubj ROOT punct", heads="4 0 4 4 4 4"), None),
    ("Their pitch is that managers lead .", "managers",
     dict(pos="PRON NOUN AUX SCONJ NOUN VERB PUNCT", deps="poss nsubj ROOT mark nsubj ccomp punct", heads="1 2 2 5 5 2 2",
          lemmas="their pitch be that manager lead ."), "attributed"),
    ("The pitch is that managers lead .", "managers",
     dict(pos="DET NOUN AUX SCONJ NOUN VERB PUNCT", deps="det nsubj ROOT mark nsubj ccomp punct", heads="1 2 2 5 5 2 2",
          lemmas="the pitch be that manager lead ."), None),
    # a bare label over the writer's own copy in a listing heads the writer's words; someone's tagline is theirs
    ("Tagline : managers lead .", "managers",
     dict(pos="NOUN PUNCT NOUN VERB PUNCT", deps="ROOT punct nsubj ccomp punct", heads="0 0 3 0 0",
          lemmas="tagline : manager lead ."), None),
    ("Their tagline : managers lead .", "managers",
     dict(pos="PRON NOUN PUNCT NOUN VERB PUNCT", deps="poss ROOT punct nsubj ccomp punct", heads="1 1 1 4 1 1",
          lemmas="their tagline : manager lead ."), "attributed"),
    ("They asked how leadership decides .", "leadership",
     dict(pos="PRON VERB SCONJ NOUN VERB PUNCT", deps="nsubj ROOT advmod nsubj ccomp punct", heads="1 1 4 4 1 1",
          tags="PRP VBD WRB NN VBZ .", lemmas="they ask how leadership decide ."), None),
    ("They said how leadership decides .", "leadership",
     dict(pos="PRON VERB SCONJ NOUN VERB PUNCT", deps="nsubj ROOT advmod nsubj ccomp punct", heads="1 1 4 4 1 1",
          tags="PRP VBD WRB NN VBZ .", lemmas="they say how leadership decide ."), "attributed"),
    # a view going round with no one's name on it: "rumour has it that ..."; a rumour that has something else wrong is no frame
    ("Rumour has it that leadership decides .", "leadership",
     dict(pos="NOUN VERB PRON SCONJ NOUN VERB PUNCT", deps="nsubj ROOT dobj mark nsubj ccomp punct", heads="1 1 1 5 5 1 1",
          tags="NN VBZ PRP IN NN VBZ .", lemmas="rumour have it that leadership decide ."), "attributed"),
    ("Rumour has its uses ; leadership decides .", "leadership",
     dict(pos="NOUN VERB PRON NOUN PUNCT NOUN VERB PUNCT", deps="nsubj ROOT poss dobj punct nsubj conj punct", heads="1 1 3 1 1 6 1 1",
          tags="NN VBZ PRP$ NNS : NN VBZ .", lemmas="rumour have its use ; leadership decide ."), None),
    # the view's that-clause hung on the people who hold it, "that" read as a relative pronoun; on people who hold no view, nothing
    ("There is a view among critics that managers lead .", "managers",
     dict(pos="PRON VERB DET NOUN ADP NOUN SCONJ NOUN VERB PUNCT", deps="expl ROOT det attr prep pobj dobj nsubj relcl punct",
          heads="1 1 3 1 3 4 8 8 5 1", lemmas="there be a view among critic that manager lead ."), "attributed"),
    ("There is a critic among friends that managers lead .", "managers",
     dict(pos="PRON VERB DET NOUN ADP NOUN SCONJ NOUN VERB PUNCT", deps="expl ROOT det attr prep pobj dobj nsubj relcl punct",
          heads="1 1 3 1 3 4 8 8 5 1", lemmas="there be a critic among friend that manager lead ."), None),
    # a participle after its act reports for the act's subject: hers, or the writer's
    ("She spent years insisting that managers lead .", "managers",
     dict(pos="PRON VERB NOUN VERB SCONJ NOUN VERB PUNCT", deps="nsubj ROOT dobj advcl mark nsubj ccomp punct", heads="1 1 1 1 6 6 3 1",
          tags="PRP VBD NNS VBG IN NNS VBP .", lemmas="she spend year insist that manager lead ."), "attributed"),
    ("I spent years insisting that managers lead .", "managers",
     dict(pos="PRON VERB NOUN VERB SCONJ NOUN VERB PUNCT", deps="nsubj ROOT dobj advcl mark nsubj ccomp punct", heads="1 1 1 1 6 6 3 1",
          tags="PRP VBD NNS VBG IN NNS VBP .", lemmas="i spend year insist that manager lead ."), None),
    # a thing's participle is the writer's reading of it
    ("The numbers are clear , suggesting that managers lead .", "managers",
     dict(pos="DET NOUN AUX ADJ PUNCT VERB SCONJ NOUN VERB PUNCT", deps="det nsubj ROOT acomp punct advcl mark nsubj ccomp punct",
          heads="1 2 2 2 2 2 8 8 5 2", tags="DT NNS VBP JJ , VBG IN NNS VBP .", lemmas="the number be clear , suggest that manager lead ."), None),
    # a source the writer made speaks for the writer; one someone else made does not
    ("According to a graph I drew , managers plan .", "managers",
     dict(pos="VERB ADP DET NOUN PRON VERB PUNCT NOUN VERB PUNCT", deps="prep prep det pobj nsubj relcl punct nsubj ROOT punct",
          heads="8 0 3 1 5 3 8 8 8 8"), None),
    ("According to a graph they drew , managers plan .", "managers",
     dict(pos="VERB ADP DET NOUN PRON VERB PUNCT NOUN VERB PUNCT", deps="prep prep det pobj nsubj relcl punct nsubj ROOT punct",
          heads="8 0 3 1 5 3 8 8 8 8"), "attributed"),
    ("Leadership rules ; critics say otherwise .", "Leadership",
     dict(pos="NOUN VERB PUNCT NOUN VERB ADV PUNCT", deps="nsubj ccomp punct nsubj ROOT advmod punct", heads="1 4 4 4 4 4 4",
          lemmas="leadership rule ; critic say otherwise ."), None),
]


@pytest.mark.parametrize("text,word,parse,expected", ATTRIBUTIONS, ids=[text for text, *_ in ATTRIBUTIONS])
def test_the_parse_decides_who_holds_the_claim(text, word, parse, expected):
    assert _attributed(text, word, **parse) == expected


def test_a_quoted_clause_is_quoted_and_one_quoted_word_is_not():
    from lintkit.nlp.context import QUOTED, context_of, quotations
    from tests.hand_built import parsed

    clause = parsed(
        "He wrote : “ We need leaders . ”",
        pos="PRON VERB PUNCT PUNCT PRON VERB NOUN PUNCT PUNCT",
        deps="nsubj ROOT punct punct nsubj ccomp dobj punct punct",
        heads="1 1 1 5 5 1 5 5 5",
    )
    quoted, mentions = quotations(clause)
    assert context_of((clause[6],), quoted, mentions=mentions) == QUOTED
    scare = parsed("Our “ leaders ” decide .", pos="PRON PUNCT NOUN PUNCT VERB PUNCT", deps="poss punct nsubj punct ROOT punct", heads="2 2 4 2 4 4")
    quoted, mentions = quotations(scare)
    assert context_of((scare[2],), quoted, mentions=mentions) is None


def test_a_quoted_pair_naming_a_thing_is_used_and_one_after_a_verb_is_mentioned():
    """A quoted pair between a determiner and the noun it describes is the writer's own name for a thing; the same pair
    quoted as the object of a verb is an example mentioned."""
    from lintkit.nlp.context import QUOTED, context_of, quotations
    from tests.hand_built import parsed

    used = parsed(
        "a single ‘ leadership / management ’ competency",
        pos="DET ADJ PUNCT NOUN SYM NOUN PUNCT NOUN",
        deps="det amod punct compound punct compound punct ROOT",
        heads="7 7 7 7 7 7 7 7",
    )
    quoted, mentions = quotations(used)
    assert mentions and context_of((used[3], used[5]), quoted, mentions=mentions) is None
    mentioned = parsed(
        "avoid ‘ leadership / management ’ here",
        pos="VERB PUNCT NOUN SYM NOUN PUNCT ADV",
        deps="ROOT punct dobj punct conj punct advmod",
        heads="0 2 0 2 2 2 0",
    )
    quoted, mentions = quotations(mentioned)
    assert context_of((mentioned[2], mentioned[4]), quoted, mentions=mentions) == QUOTED


def test_a_label_the_parser_takes_for_the_subject_of_a_saying_is_not_its_speaker():
    """"nit: just say lead here, ...": a review label over the writer's own instruction; "Sam said ..." still reports."""
    from lintkit.nlp.context import attribution
    from tests.hand_built import parsed

    labelled = parsed(
        "nit : say leaders are managers",
        pos="NOUN PUNCT VERB NOUN AUX NOUN",
        deps="nsubj punct ROOT nsubj ccomp attr",
        heads="2 2 2 4 2 4",
        lemmas="nit : say leader be manager",
    )
    assert attribution(labelled[3]) is None
    said = parsed(
        "Sam said leaders are managers",
        pos="PROPN VERB NOUN AUX NOUN",
        deps="nsubj ROOT nsubj ccomp attr",
        heads="1 1 3 1 3",
        lemmas="Sam say leader be manager",
    )
    assert attribution(said[2]) == "attributed"


@pytest.mark.parametrize(
    "text",
    [
        "I don't think leadership can be taught.",  # the denied ability is the writer's claim
        "I don't believe you can teach someone to lead.",
        "I wouldn't say leadership isn't inborn.",  # a denial refused: a double negative that holds it
        "Nobody could tell me leadership isn't an innate quality.",
    ],
)
def test_a_claim_made_by_the_writers_own_negation_is_the_writers(lint, text):
    assert [(code, ctx) for code, ctx, _ in contexts(lint, text)] == [("LM004", None)]
