"""Headlines and capitals are parsed in sentence case, and every offset still holds."""
from __future__ import annotations

from hypothesis import given, strategies as st

from lintkit.nlp.case import for_parsing


def test_title_case_and_capitals_become_sentence_case():
    assert for_parsing("Stop Managing, Start Leading Your Teams") == "Stop managing, start leading your teams"
    assert for_parsing("PEOPLE WANT TO BE LED, NOT MANAGED") == "People want to be led, not managed"


def test_acronyms_and_names_keep_their_capitals():
    assert for_parsing("Why TTS Leadership Wants Your Feedback") == "Why TTS leadership wants your feedback"
    assert for_parsing("Meet The New Leadership Council Members") == "Meet the new Leadership Council members"


def test_a_role_or_a_lone_capital_a_is_no_name():
    assert for_parsing("Our Manager Lost The Vote And The Team Leader Won It.") == "Our manager lost the vote and the team leader won it."
    assert for_parsing("Leading A Team Is Managing It.") == "Leading a team is managing it."
    assert for_parsing("Leadership & Team Management with 2 IC CEs") == "Leadership & Team Management with 2 IC ces"


def test_a_short_headline_is_told_by_its_capitalised_small_words():
    assert for_parsing("Leadership Is Baked In.") == "Leadership is baked in."
    assert for_parsing("What We Need Are Leaders. What We Have Are Managers.") == "What we need are leaders. What we have are managers."
    assert for_parsing("Acme Leadership") == "Acme Leadership"
    assert for_parsing("I asked Jane Doe.") == "I asked Jane Doe."


def test_ordinary_prose_is_untouched_sentence_by_sentence():
    text = "Our leadership team met. Leaders Are Born, Not Made Anyway. Escalate to Ana."
    assert for_parsing(text) == "Our leadership team met. Leaders are born, not made anyway. Escalate to Ana."


@given(st.text())
def test_the_length_never_changes(text):
    assert len(for_parsing(text)) == len(text)


def test_a_camelcase_hashtag_is_parsed_in_sentence_case():
    assert for_parsing("Some are just #BornToLead.") == "Some are just #Borntolead."
    assert for_parsing("see example.com/page#BornToLead") == "see example.com/page#BornToLead"


def test_a_slogan_shouted_inside_a_sentence_is_lowered_but_acronyms_stay():
    assert for_parsing("The mug read “LEAD, DON'T MANAGE” in gold.") == "The mug read “lead, don't manage” in gold."
    assert for_parsing("Ask the HR MANAGER first.") == "Ask the HR MANAGER first."  # one long word: a title, maybe an acronym
    assert for_parsing("Our IT LEADERSHIP TEAM decided it.") == "Our IT leadership team decided it."
    assert for_parsing("We READ THE BOOK twice.") == "We READ THE BOOK twice."  # no family word



def test_a_contraction_shouted_alone_is_lowered_and_keeps_its_length():
    text = "Stop buying books!!! You either HAVE IT or you DON'T. The IT team CAN’T help."
    parsed = for_parsing(text)
    assert parsed == "Stop buying books!!! You either HAVE IT or you don't. The IT team can’t help."
    assert len(parsed) == len(text)
