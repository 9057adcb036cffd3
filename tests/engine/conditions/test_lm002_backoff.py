"""LM002's learned back-off: the guards that pass, before the score speaks, the near misses shaped like a swap."""
from __future__ import annotations

import pytest

from lintkit.engine.conditions.lm002_backoff import (
    no_side_in_a_name, no_side_named_as_a_word, not_added_to_the_other, not_both_roles_asked, not_one_person_succeeded, not_people_over_people, one_side_per_sentence, short_sentences_across,
    swap_not_denied,
)
from lintkit.nlp.senses import tag_senses


def _pair(nlp, text):
    """The words from the first family word of ``text`` to its last, as the back-off's pattern matches them."""
    doc = nlp(text)
    tag_senses(doc)
    family = [t for t in doc if t._.lk_family]
    return doc[family[0].i:family[-1].i + 1]


@pytest.mark.parametrize("text,holds", [
    ("No, we are not replacing our managers with leaders; both jobs stay.", False),
    ("Nobody is suggesting we ditch management for leadership.", False),
    ("We never said leaders should take the place of managers.", False),
    ("This reorg does not swap managers for leaders.", False),
    ("We need leaders, not managers.", True),  # one side denied: the claim itself
    ("Lead, don't manage.", True),
    ("My team doesn't need a manager, they need someone who will lead them.", True),  # denied, then asserted
    ("Our people don't want to be managed, they want to be led.", True),
    # Each side in a clause describing a different participant: the denial sets the two against each other.
    ("Folks who insist a charity must be managed have never volunteered for one that's led.", True),
    ("Whoever manages the kiosk hasn't met the new scout leader.", False),  # one side only: what someone has not done
    # The act between the sides withheld ("without abandoning") keeps both; a side withheld is the claim.
    ("You can grow into a leader without ever abandoning management.", False),
    ("Ten habits that help you lead your crew without ever managing them.", True),
    # A side denied with a hedge says one act does not imply the other; denied outright, it is the claim.
    ("Anyone who manages a team hasn't necessarily led one.", False),
    ("A true leader never manages.", True),
    # A side held by a denied verb of letting go is kept, whatever clause brings the other side in.
    ("Never quit managing the budget once you begin to lead the crew.", False),
    ("Quit managing the budget once you begin to lead the crew.", True),
    # So is a side held by a denied verb of taking its place.
    ("This tool won't replace your managers. It just helps them lead.", False),
    ("This tool will replace your managers. It just needs someone to lead.", True),
    # The state a verb of causing brings about holds only as far as that verb does, so its denial reaches it.
    ("Learning to lead won't make your management skills obsolete.", False),
    ("Learning to lead will make your management skills obsolete.", True),
])
def test_a_denial_over_both_sides_takes_the_swap_back(nlp, text, holds):
    assert swap_not_denied(_pair(nlp, text)) is holds


@pytest.mark.parametrize("text,holds", [
    ("Our ward manager has been succeeded by an interim leader while she is on maternity leave.", False),
    ("When our project manager was promoted, her deputy took over as the team's leader.", False),
    ("Mr Okafor, the branch manager, was replaced last week by the regional team leader.", False),
    ("We promoted her from team leader to manager last spring.", False),  # the posts one person moves between
    ("I was a product manager for years; leading came later.", False),  # one person's past post
    ("We made our managers redundant and promoted leaders in their place.", True),  # the kind, in the plural
    ("Why hire a manager when a leader costs the same?", True),  # no holder of a post, no person's events
])
def test_one_person_succeeding_another_is_no_swap_of_functions(nlp, text, holds):
    assert not_one_person_succeeded(_pair(nlp, text)) is holds


@pytest.mark.parametrize("text,holds", [
    ("The managers report to a leader in each region.", False),
    ("Every team leader answers to a site manager.", False),
    ("Each shift manager now reports to the clinical leader on duty.", False),
    ("Replace your managers with leaders.", True),
    ("Management is reporting, leadership is vision.", True),  # functions, not people
])
def test_people_set_over_people_is_an_org_chart(nlp, text, holds):
    assert not_people_over_people(_pair(nlp, text)) is holds


@pytest.mark.parametrize("text,holds", [
    ("Soldiers can smell a manager a mile away. Give them a leader.", True),
    ("Management got us through the startup years. It will not get us through the next ten. For that we need leadership.", True),
    ("This is the second post in the Leadership Tuesday series. I am still focusing on managing yourself, this time on "
     "how to make sure that the important things get done before the day is over.", False),
    ("That is all I had to say on managing yourself. I beg you to take good care of yourself. Next week I will "
     "cover becoming a leader.", False),  # the sentence between turns to something else
    ("Managers? Gone. Leaders are what we need.", True),  # a beat between
    ("Team managers? The depot has dozens. What it is missing is leaders.", True),  # an amount counts the side on
    ("Team managers? The depot has a canteen. What it is missing is leaders.", False),
    ("There is no difference between managing and leading. Stop pretending there is a difference between managing and leading.",
     False),  # two claims, not one over two sentences
    ("Could you lead a team you don't own? Tell us about a time you did it without managing anyone.", False),  # a prompt asks for a story
    ("Stop managing. Tell them a story and lead.", True),  # "tell" with no story asked for
])
def test_a_claim_over_several_sentences_is_read_in_short_ones(nlp, text, holds):
    assert short_sentences_across(_pair(nlp, text)) is holds


@pytest.mark.parametrize("text,holds", [
    ("We don't need managers. We need leaders.", True),
    ("Direct your questions at leadership, not at your manager. Direct your questions at leadership, not at your manager.",
     False),  # a sentence and its repetition
])
def test_a_pair_over_sentences_holds_one_side_in_each(nlp, text, holds):
    assert one_side_per_sentence(_pair(nlp, text)) is holds


@pytest.mark.parametrize("text,holds", [
    ("This is the second post in the Leadership Tuesday series; I am still writing about managing yourself.", False),
    ("Our motto for the year: Leadership in, management out.", True),
])
def test_a_capital_inside_a_sentence_makes_a_name(nlp, text, holds):
    assert no_side_in_a_name(_pair(nlp, text)) is holds


@pytest.mark.parametrize("text,holds", [
    ("We treat leading as just another word for managing.", False),
    ("Call it managing if you like; we want leading.", True),
])
def test_a_side_a_word_stands_for_is_named_not_swapped(nlp, text, holds):
    assert no_side_named_as_a_word(_pair(nlp, text)) is holds


@pytest.mark.parametrize("text,holds", [
    ("Be the leader your crew trusts and the manager your budget needs.", False),
    ("Become a leader people follow AND a manager they rely on.", False),
    ("Be the leader they need and stop being their manager.", True),  # one role let go between the two
    ("Be the leader your team needs, not another manager.", True),
])
def test_one_verb_of_being_asking_both_roles_sets_neither_aside(nlp, text, holds):
    assert not_both_roles_asked(_pair(nlp, text)) is holds


@pytest.mark.parametrize("text,holds", [
    ("You'll be leading in addition to managing.", False),  # "in addition to": the other side is added, both stay
    ("Level 3 adds leading a guild on top of managing your squad.", False),  # "on top of"
    ("Besides managing, you'll be leading.", False),
    ("You'll be leading instead of managing.", True),  # "instead of" sets one aside
    ("Rather than managing, you'll be leading.", True),
])
def test_a_side_brought_in_by_a_phrase_of_addition_is_kept(nlp, text, holds):
    assert not_added_to_the_other(_pair(nlp, text)) is holds
