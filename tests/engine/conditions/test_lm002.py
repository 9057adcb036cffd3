"""LM002 (replacement): the conditions of its patterns, on sentences parsed by hand (no model)."""
from __future__ import annotations

from lintkit.engine.conditions.lm002 import not_both_required, not_concessive, not_coordinated, not_described_activity, not_relative_clause
from tests.hand_built import parsed, words_of


def test_managers_who_never_lead_describes_people():
    """"Managers who never lead" describes people; it does not command."""
    described = parsed(
        "Managers who never lead are everywhere .",
        pos="NOUN PRON ADV VERB AUX ADV PUNCT",
        deps="nsubj nsubj neg relcl ROOT advmod punct",
        heads="4 3 3 0 4 4 4",
    )
    assert not not_relative_clause(tuple(described[0:4]))
    commanded = parsed("Stop managing and lead .", pos="VERB VERB CCONJ VERB PUNCT", deps="ROOT xcomp cc conj punct", heads="0 0 1 1 0")
    assert not_relative_clause(tuple(commanded[0:4]))


def test_not_only_managers_but_also_leaders_asks_for_both():
    both = parsed(
        "We need not only managers but also leaders .",
        pos="PRON VERB PART ADV NOUN CCONJ ADV NOUN PUNCT",
        deps="nsubj ROOT neg advmod dobj cc advmod conj punct",
        heads="1 1 4 4 1 4 7 4 1",
    )
    assert not not_both_required(tuple(both[4:8]))
    instead = parsed("We need leaders , not managers .", pos="PRON VERB NOUN PUNCT PART NOUN PUNCT", deps="nsubj ROOT dobj punct neg appos punct", heads="1 1 1 2 5 2 1")
    assert not_both_required(tuple(instead[2:6]))


def test_most_leads_end_up_managing_reports_where_time_goes():
    reported = parsed(
        "Most leads end up managing , not leading .",
        pos="ADJ NOUN VERB ADP VERB PUNCT PART VERB PUNCT",
        deps="amod nsubj ROOT prt xcomp punct neg conj punct",
        heads="1 2 2 2 2 4 7 4 2",
        lemmas="most lead end up manage , not lead .",
    )
    assert not not_described_activity(words_of(reported, "managing", ",", "not", "leading"))
    prescribed = parsed("Start leading , not managing .", pos="VERB VERB PUNCT PART VERB PUNCT", deps="ROOT xcomp punct neg conj punct", heads="0 0 1 4 1 0")
    assert not_described_activity(tuple(prescribed[1:5]))


def test_a_concession_describes_and_does_not_reject():
    conceded = parsed(
        "They may not be managing anybody , but they are leading .",
        pos="PRON AUX PART AUX VERB PRON PUNCT CCONJ PRON AUX VERB PUNCT",
        deps="nsubj aux neg aux ROOT dobj punct cc nsubj aux conj punct",
        heads="4 4 4 4 4 4 4 4 10 10 4 4",
    )
    assert not not_concessive(tuple(conceded[2:11]))
    rejected = parsed("Do not manage them , lead them .", pos="AUX PART VERB PRON PUNCT VERB PRON PUNCT", deps="aux neg ROOT dobj punct conj dobj punct", heads="2 2 2 2 2 2 5 2")
    assert not_concessive(tuple(rejected[1:6]))


def test_remove_all_managers_and_team_leaders_acts_on_both_at_once():
    together = parsed("Remove all managers and leaders .", pos="VERB DET NOUN CCONJ NOUN PUNCT", deps="ROOT det dobj cc conj punct", heads="0 2 0 2 2 0")
    assert not not_coordinated(tuple(together[2:5]))
    swapped = parsed("Replace managers with leaders .", pos="VERB NOUN ADP NOUN PUNCT", deps="ROOT dobj prep pobj punct", heads="0 0 0 2 0")
    assert not_coordinated(tuple(swapped[1:4]))
