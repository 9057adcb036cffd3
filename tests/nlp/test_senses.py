"""Word senses: only the organisational sense of a lead/manage word can fire a rule."""
from __future__ import annotations

import pytest

from lintkit.nlp.senses import tag_senses

# (text, the family word in it that must be set aside)
NEVER_ORGANISATIONAL = [
    ("The policy led to confusion.", "led"),
    ("Bad data leads to bad decisions.", "leads"),
    ("Cutting corners is leading to outages.", "leading"),
    ("She managed to finish the report.", "managed"),
    ("She managed, against all the odds, to finish the report.", "managed"),  # an aside between "managed" and "to"
    ("We replaced the lead pipes.", "lead"),
    ("Old lead paint is a hazard.", "lead"),
    ("Children were tested for lead poisoning.", "lead"),
    ("The lead levels in the water rose.", "lead"),
    ("Our lead time is six weeks.", "lead"),
    ("The sales leads came from the webinar.", "leads"),
    ("We invested in lead generation.", "lead"),
    ("Stop chasing leads by hand and let the app book the calls.", "leads"),  # a verb of prospecting before it
    ("Capture more leads from every webinar.", "leads"),
    ("The lead singer left the band.", "lead"),
    ("She plays lead guitar.", "lead"),
    ("He landed the lead role.", "lead"),
    ("The runner took the lead in the race.", "lead"),
    ("Smoking is a leading cause of cancer.", "leading"),
    ("They are a leading provider of payroll software.", "leading"),
    ("That was a leading question.", "leading"),
    ("Strip the leading zeros.", "leading"),
    ("We fixed a bug in memory management.", "management"),
    ("Install it with your package manager.", "manager"),
    ("The window manager crashed.", "manager"),
    ("Use a password manager.", "manager"),
    ("Open the task manager.", "manager"),
    ("We moved to a managed service.", "managed"),
    ("The runtime executes managed code.", "managed"),
    ("We use managed identity for the app.", "managed"),
    ("The managing director approved the deal.", "managing"),
    ("He took an anger management course.", "management"),
    ("Good time management helps.", "management"),
    ("Patients learn to manage pain.", "manage"),
    ("Engineering Manager Ana Ruiz approved it.", "Manager"),
    ("She wrote to the Office of Management and Budget.", "Management"),
    ("The Leadership Council meets monthly.", "Leadership"),
    ("Ping @cs-leadership in the channel.", "leadership"),
    ("Post it in #leadership-team by noon.", "leadership"),  # a hyphened tag is a channel's name
    ("We are the market leader in payroll.", "leader"),
    ("Our thought leadership posts do well.", "leadership"),
    ("Swap the old bulbs for LED strips.", "LED"),
    ("Poor planning kept leading to management turnover.", "leading"),
    ("Too much pressure kept leading to burnout.", "leading"),  # "too" with no infinitive after "to"
    ("Follow my lead on this one.", "lead"),
    ("We extended our lead over the competition.", "lead"),
    ("Your lead time is six weeks.", "lead"),
    ("The sales team needs more qualified leads, not another manager.", "leads"),
    ("Don't bury the lead: the managers voted to strike.", "lead"),
    ("She landed the lead in the school play, and the stage manager was thrilled.", "lead"),
    ("Solder the leads of the capacitor first; the workshop manager will check them.", "leads"),
    ("City extended their lead to three points, and the manager was delighted.", "lead"),
    ("She leads the league in assists.", "leads"),
    ("The detective's only lead went cold.", "lead"),  # "only" as the adjective of a noun
    ("That was our first lead of the day.", "lead"),
    ("Which candidate is leading the poll this week?", "leading"),
]


def tagged(nlp, text, word):
    """The one token ``word`` of ``text``, after the sense layer has run."""
    doc = nlp(text)
    tag_senses(doc)
    (token,) = [t for t in doc if t.text == word]
    return token


@pytest.mark.parametrize("text, word", NEVER_ORGANISATIONAL)
def test_non_organisational_senses_are_set_aside(nlp, text, word):
    token = tagged(nlp, text, word)
    assert token._.lk_family == "" and token._.lk_nonorg


@pytest.mark.parametrize("text, word", NEVER_ORGANISATIONAL)
def test_non_organisational_senses_never_warn(lint, text, word):
    assert [f for f in lint(text) if f.severity.rank >= 2] == []


# (text, word, form): "lead" naming a person ("Team leads should", "ask your lead", "leads aka managers") is of the
# agent form, like "leader", whatever the tagger made of it; a team that leads something is still the verb, and one
# team lead set against another person ("not your team lead") keeps the tagger's reading.
ORGANISATIONAL = [
    ("She managed, as always, a team of forty.", "managed", "verb"),  # an aside, then an object: people managed
    ("She led the team through the outage.", "led", "verb"),
    ("Lead, don't manage.", "Lead", "verb"),
    ("Managers plan budgets.", "Managers", "agent"),
    ("Management approved the budget.", "Management", "abstract"),
    ("#Leadership #Management #SameThing", "Management", "abstract"),  # a one-word hashtag is read as its word
    ("He manages three teams.", "manages", "verb"),
    ("Chase the team leads for the status reports.", "leads", "verb"),  # a role word keeps the people a prospecting verb would not
    ("Talk to your team lead.", "lead", "verb"),
    ("Leading a team is hard.", "Leading", "verb"),
    ("Stop managing and start leading people.", "leading", "verb"),
    ("Team members want to be LED, not MANAGED.", "LED", "verb"),
    ("People Want To Be LED, Not MANAGED", "LED", "verb"),
    ("We prefer leading to managing, and we hire accordingly.", "leading", "verb"),
    ("She is too busy leading to bother managing anyone.", "leading", "verb"),  # "to" opens the infinitive "too" asks for
    ("Team leads should stop managing and start leading.", "leads", "agent"),
    ("Team leads need natural charisma above all else.", "leads", "agent"),
    ("Ask your lead whether it is ready.", "lead", "agent"),
    ("Talk to your lead about it.", "lead", "agent"),
    ("You can call me your manager, your lead, your boss, whatever.", "lead", "agent"),
    ("Our team leads the market.", "leads", "verb"),
    ("Our team leads by example.", "leads", "verb"),
    ("Our team leads, or managers as HR calls them, meet every Tuesday.", "leads", "agent"),
    ("We need team leads, not managers.", "leads", "agent"),
    ("Each squad has a lead — a manager, in other words — who runs the standup.", "lead", "agent"),
    ("Ask one of the leads aka managers if you need a budget code.", "leads", "agent"),
    ("Our leads (read: managers) approve all expenses.", "leads", "agent"),
    ("In this company the leads are managers.", "leads", "agent"),
    ("Every team should be run by a lead rather than a manager.", "lead", "agent"),
    ("Talk to your team lead, aka your line manager, before booking leave.", "lead", "agent"),
    ("Ask your manager, not your team lead, about leave requests.", "lead", "verb"),
    ("Good managers lead, and managers who don't are bosses.", "lead", "verb"),
    ("Do you have more IC devs or tech leads/management using it?", "leads", "verb"),
    ("Last year we dismantled the management layer.", "management", "abstract"),
    ("Unpaid helpers will walk away if you manage them; you can only lead them.", "lead", "verb"),  # "only" on a verb with a subject
    ("On a wet camp we first lead by example, then by instruction.", "lead", "verb"),
    ("Managerial Anglicanism is finished in this diocese.", "Managerial", "adjective"),  # an adjective is never a job title before a name  # a layer of managers, not of software
]


@pytest.mark.parametrize("text, word, form", ORGANISATIONAL)
def test_organisational_senses_are_kept(nlp, text, word, form):
    token = tagged(nlp, text, word)
    assert token._.lk_family in {"lead", "manage"} and token._.lk_form == form, token._.lk_nonorg


def test_accepted_terms_are_set_aside(nlp):
    doc = nlp("Our Leadership Forum decided it.")
    tag_senses(doc, accepted=[(1, 3)])
    assert doc[1]._.lk_family == "" and doc[1]._.lk_nonorg == "an accepted term"



# The same decisions on sentences parsed by hand, so each reason is tested without the model:
# (text, word, part of speech, dependencies, heads, tags, (lk_family, lk_nonorg)).
HAND_PARSED = [
    ("The policy led to confusion .", "led", "DET NOUN VERB ADP NOUN PUNCT", "det nsubj ROOT prep pobj punct", "1 2 2 2 3 2",
     "DT NN VBD IN NN .", ("", "causation ('led to')")),
    ("She led the team .", "led", "PRON VERB DET NOUN PUNCT", "nsubj ROOT det dobj punct", "1 1 3 1 1",
     "PRP VBD DT NN .", ("lead", None)),
    ("We replaced the lead pipes .", "lead", "PRON VERB DET NOUN NOUN PUNCT", "nsubj ROOT det compound dobj punct", "1 1 4 4 1 1",
     "PRP VBD DT NN NNS .", ("", "'lead pipes' (metal, role or prospect)")),
    ("She leads the league .", "leads", "PRON VERB DET NOUN PUNCT", "nsubj ROOT det dobj punct", "1 1 3 1 1",
     "PRP VBZ DT NN .", ("", "'leads the league' (first place in a ranking)")),
    ("She managed to finish .", "managed", "PRON VERB PART VERB PUNCT", "nsubj ROOT aux xcomp punct", "1 1 3 1 1",
     "PRP VBD TO VB .", ("", "'managed to' (succeeded)")),
    ("She managed , somehow , to finish .", "managed", "PRON VERB PUNCT ADV PUNCT PART VERB PUNCT", "nsubj ROOT punct advmod punct aux xcomp punct",
     "1 1 1 1 1 6 1 1", "PRP VBD , RB , TO VB .", ("", "'managed to' (succeeded)")),
    # A passive has people managed, even where the tagger reads the noun after "to" as a verb.
    ("Teachers have been managed to exhaustion .", "managed", "NOUN AUX AUX VERB PART VERB PUNCT", "nsubjpass aux auxpass ROOT aux xcomp punct",
     "3 3 3 3 5 3 3", "NNS VBP VBN VBN TO VB .", ("manage", None)),
    ("Engineering Manager Ana Ruiz approved it .", "Manager", "PROPN PROPN PROPN PROPN VERB PRON PUNCT",
     "compound compound compound nsubj ROOT dobj punct", "3 3 3 4 4 4 4", "NNP NNP NNP NNP VBD PRP .", ("", "a job title before a name")),
    ("The Leadership Council meets monthly .", "Leadership", "DET PROPN PROPN VERB ADV PUNCT", "det compound nsubj ROOT advmod punct",
     "2 2 3 3 3 3", "DT NNP NNP VBZ RB .", ("", "part of a proper name")),
    # After the infinitive's "to", with the role word its object, "lead" is the act ("to lead engineers"), not the title.
    ("Her job is to lead engineers .", "lead", "PRON NOUN AUX PART VERB NOUN PUNCT", "poss nsubj ROOT aux xcomp dobj punct",
     "1 2 2 4 2 4 2", "PRP$ NN VBZ TO VB NNS .", ("lead", None)),
    ("She became lead engineer .", "lead", "PRON VERB ADJ NOUN PUNCT", "nsubj ROOT amod attr punct",
     "1 1 3 1 1", "PRP VBD JJ NN .", ("", "'lead engineer' (metal, role or prospect)")),
]


@pytest.mark.parametrize("text, word, pos, deps, heads, tags, expected", HAND_PARSED)
def test_each_reason_on_a_sentence_parsed_by_hand(text, word, pos, deps, heads, tags, expected):
    from tests.hand_built import parsed

    doc = parsed(text, pos=pos, deps=deps, heads=heads, tags=tags, families=False)
    tag_senses(doc)
    (token,) = [t for t in doc if t.text == word]
    assert (token._.lk_family, token._.lk_nonorg) == expected
