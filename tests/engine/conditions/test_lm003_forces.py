"""LM003: "leadership" as a force or quality that happens to people, on sentences parsed by hand (no model).

The same verbs name the people at the top when the rest of the clause gives them an errand,
an object, a date or a later "they".
"""
from __future__ import annotations

import pytest

from lintkit.engine.conditions.lm003 import eventive_verb, leadership_names_group, leadership_not_abstract_subject
from tests.hand_built import Example


def subject(text, pos, deps, heads, tags, lemmas, holds):
    return Example(leadership_names_group, text, pos=pos, deps=deps, heads=heads, tags=tags, lemmas=lemmas, matched="Leadership", holds=holds)


EXAMPLES = [
    # The object of leadership's own verb is someone else, not a later "they" taking it up; a "they" after it still is.
    subject("Leadership keeps them there , and that part is learned .", "NOUN VERB PRON ADV PUNCT CCONJ DET NOUN AUX VERB PUNCT",
            "nsubj ROOT dobj advmod punct cc det nsubjpass auxpass conj punct", "1 1 1 1 1 1 7 9 9 1 9",
            "NN VBZ PRP RB , CC DT NN VBZ VBN .", "leadership keep they there , and that part be learn .", holds=False),
    subject("Leadership keeps them there , and they approved the plan .", "NOUN VERB PRON ADV PUNCT CCONJ PRON VERB DET NOUN PUNCT",
            "nsubj ROOT dobj advmod punct cc nsubj conj det dobj punct", "1 1 1 1 1 1 7 1 9 7 7",
            "NN VBZ PRP RB , CC PRP VBD DT NN .", "leadership keep they there , and they approve the plan .", holds=True),
    # Nor is the object of a preposition on that verb, or the owner of what a copula says it is ("their own" may be its own).
    subject("Leadership comes to them naturally .", "NOUN VERB ADP PRON ADV PUNCT", "nsubj ROOT prep pobj advmod punct", "1 1 1 2 1 1",
            "NN VBZ IN PRP RB .", "leadership come to they naturally .", holds=False),
    subject("Leadership was their birthright .", "NOUN AUX PRON NOUN PUNCT", "nsubj ROOT poss attr punct", "1 1 3 1 1",
            "NN VBD PRP$ NN .", "leadership be their birthright .", holds=False),
    subject("Leadership was their own worst enemy .", "NOUN AUX PRON ADJ ADJ NOUN PUNCT", "nsubj ROOT poss amod amod attr punct", "1 1 5 5 5 1 1",
            "NN VBD PRP$ JJ JJS NN .", "leadership be their own bad enemy .", holds=True),
    # What comes upon a person may bring a manner, a particle or a time; a topic makes it a test people set.
    subject("Leadership tested him in ways .", "NOUN VERB PRON ADP NOUN PUNCT", "nsubj ROOT dobj prep pobj punct", "1 1 1 1 3 1",
            "NN VBD PRP IN NNS .", "leadership test he in way .", holds=False),
    subject("Leadership tested him on the process .", "NOUN VERB PRON ADP DET NOUN PUNCT", "nsubj ROOT dobj prep det pobj punct", "1 1 1 1 5 3 1",
            "NN VBD PRP IN DT NN .", "leadership test he on the process .", holds=True),
    subject("Leadership wore her down .", "NOUN VERB PRON ADP PUNCT", "nsubj ROOT dobj prt punct", "1 1 1 1 1",
            "NN VBD PRP RP .", "leadership wear she down .", holds=False),
    # A phrase of how long is a time, whatever its preposition; a phrase of what for is an errand.
    subject("Leadership eluded him for a decade .", "NOUN VERB PRON ADP DET NOUN PUNCT", "nsubj ROOT dobj prep det pobj punct", "1 1 1 1 5 3 1",
            "NN VBD PRP IN DT NN .", "leadership elude he for a decade .", holds=False),
    subject("Leadership tested him for the audit .", "NOUN VERB PRON ADP DET NOUN PUNCT", "nsubj ROOT dobj prep det pobj punct", "1 1 1 1 5 3 1",
            "NN VBD PRP IN DT NN .", "leadership test he for the audit .", holds=True),
    # A role passes to one person holding an office; the people at the top go to that person with an errand.
    subject("Leadership passed to the sergeant .", "NOUN VERB ADP DET NOUN PUNCT", "nsubj ROOT prep det pobj punct", "1 1 1 4 2 1",
            "NN VBD IN DT NN .", "leadership pass to the sergeant .", holds=False),
    subject("Leadership passed to the sergeant with a plan .", "NOUN VERB ADP DET NOUN ADP DET NOUN PUNCT",
            "nsubj ROOT prep det pobj prep det pobj punct", "1 1 1 4 2 1 7 5 1",
            "NN VBD IN DT NN IN DT NN .", "leadership pass to the sergeant with a plan .", holds=True),
    # A calling "to" a person has no errand.
    subject("Leadership called to her .", "NOUN VERB ADP PRON PUNCT", "nsubj ROOT prep pobj punct", "1 1 1 2 1",
            "NN VBD IN PRP .", "leadership call to she .", holds=False),
    # A quality comes back to a group; the people at the top come back with a plan.
    subject("Leadership returned to the squad .", "NOUN VERB ADP DET NOUN PUNCT", "nsubj ROOT prep det pobj punct", "1 1 1 4 2 1",
            "NN VBD IN DT NN .", "leadership return to the squad .", holds=False),
    subject("Leadership returned to the board with a plan .", "NOUN VERB ADP DET NOUN ADP DET NOUN PUNCT",
            "nsubj ROOT prep det pobj prep det pobj punct", "1 1 1 4 2 1 7 5 1",
            "NN VBD IN DT NN IN DT NN .", "leadership return to the board with a plan .", holds=True),
    # A verb said only with where and when tells what became of a quality; a later doing, a verb only people do
    # or a phrase of what they act on keeps the people.
    subject("Leadership waned across the party after the election .", "NOUN VERB ADP DET NOUN ADP DET NOUN PUNCT",
            "nsubj ROOT prep det pobj prep det pobj punct", "1 1 1 4 2 1 7 5 1",
            "NN VBD IN DT NN IN DT NN .", "leadership wane across the party after the election .", holds=False),
    subject("Leadership gathered in the lobby after the launch .", "NOUN VERB ADP DET NOUN ADP DET NOUN PUNCT",
            "nsubj ROOT prep det pobj prep det pobj punct", "1 1 1 4 2 1 7 5 1",
            "NN VBD IN DT NN IN DT NN .", "leadership gather in the lobby after the launch .", holds=False),
    subject("Leadership slipped into the room and listened .", "NOUN VERB ADP DET NOUN CCONJ VERB PUNCT",
            "nsubj ROOT prep det pobj cc conj punct", "1 1 1 4 2 1 1 1",
            "NN VBD IN DT NN CC VBD .", "leadership slip into the room and listen .", holds=True),
    subject("Leadership caved after the walkout .", "NOUN VERB ADP DET NOUN PUNCT", "nsubj ROOT prep det pobj punct", "1 1 1 4 2 1",
            "NN VBD IN DT NN .", "leadership cave after the walkout .", holds=True),
    subject("Leadership dithered over the shortlist .", "NOUN VERB ADP DET NOUN PUNCT", "nsubj ROOT prep det pobj punct", "1 1 1 4 2 1",
            "NN VBD IN DT NN .", "leadership dither over the shortlist .", holds=True),
    # A verb of change in degree or state tells what became of the quality wherever it went and whenever, with no
    # phrase of where and when needed; an object, or a phrase of what people act on, keeps the people.
    subject("Leadership spilled from the classroom to the playground .", "NOUN VERB ADP DET NOUN ADP DET NOUN PUNCT",
            "nsubj ROOT prep det pobj prep det pobj punct", "1 1 1 4 2 1 7 5 1",
            "NN VBD IN DT NN IN DT NN .", "leadership spill from the classroom to the playground .", holds=False),
    subject("Leadership spilled the news to the press .", "NOUN VERB DET NOUN ADP DET NOUN PUNCT",
            "nsubj ROOT det dobj prep det pobj punct", "1 1 3 1 1 6 4 1",
            "NN VBD DT NN IN DT NN .", "leadership spill the news to the press .", holds=True),
    *(subject(f"Leadership wavered over the {noun} .", "NOUN VERB ADP DET NOUN PUNCT", "nsubj ROOT prep det pobj punct", "1 1 1 4 2 1",
              "NN VBD IN DT NN .", f"leadership waver over the {noun} .", holds=holds)
      for noun, holds in [("season", False), ("shortlist", True)]),
    # A quality sinks to a new low; what it grows into, with "a", is something new: a team of people.
    subject("Leadership sank to a new low .", "NOUN VERB ADP DET ADJ NOUN PUNCT", "nsubj ROOT prep det amod pobj punct", "1 1 1 5 5 2 1",
            "NN VBD IN DT JJ NN .", "leadership sink to a new low .", holds=False),
    subject("Leadership grew into a team .", "NOUN VERB ADP DET NOUN PUNCT", "nsubj ROOT prep det pobj punct", "1 1 1 4 2 1",
            "NN VBD IN DT NN .", "leadership grow into a team .", holds=True),
    subject("Leadership dwindled to a crew .", "NOUN VERB ADP DET NOUN PUNCT", "nsubj ROOT prep det pobj punct", "1 1 1 4 2 1",
            "NN VBD IN DT NN .", "leadership dwindle to a crew .", holds=True),
    # A quality fades from where it was; people fade from view.
    *(subject(f"Leadership faded from {rest} .", f"NOUN VERB ADP {pos} PUNCT", f"nsubj ROOT prep {deps} punct", f"1 1 1 {heads} 1",
              f"NN VBD IN {tags} .", f"leadership fade from {rest} .", holds=holds)
      for rest, pos, deps, heads, tags, holds in [
          ("the touchline", "DET NOUN", "det pobj", "4 2", "DT NN", False),
          ("view", "NOUN", "pobj", "2", "NN", True)]),
    # A quality has no number: a group shrinks to a head count.
    *(subject(f"Leadership shrank to {rest} .", f"NOUN VERB ADP {pos} PUNCT", f"nsubj ROOT prep {deps} punct", f"1 1 1 {heads} 1",
              f"NN VBD IN {tags} .", f"leadership shrink to {lemmas} .", holds=holds)
      for rest, pos, deps, heads, tags, lemmas, holds in [
          ("nothing", "PRON", "pobj", "2", "NN", "nothing", False),
          ("three people", "NUM NOUN", "nummod pobj", "4 2", "CD NNS", "three people", True)]),
    *(subject(f"Leadership does n't {verb} overnight .", "NOUN AUX PART VERB ADV PUNCT", "nsubj aux neg ROOT advmod punct", "3 3 3 3 3 3",
              "NN VBZ RB VB RB .", f"leadership do not {verb} overnight .", holds=holds)
      for verb, holds in [("hatch", False), ("relent", True)]),
    # A phrase set off before the clause sets the scene for all of it, not an errand of its subject.
    Example(leadership_names_group, "For her , leadership crystallised during the shift .", pos="ADP PRON PUNCT NOUN VERB ADP DET NOUN PUNCT",
            deps="prep pobj punct nsubj ROOT prep det pobj punct", heads="4 0 4 4 4 4 7 5 4", tags="IN PRP , NN VBD IN DT NN .",
            lemmas="for she , leadership crystallise during the shift .", matched="leadership", holds=False),
    *(Example(leadership_names_group, f"For a generation , leadership skipped the {noun} .", pos="ADP DET NOUN PUNCT NOUN VERB DET NOUN PUNCT",
              deps="prep det pobj punct nsubj ROOT det dobj punct", heads="5 2 0 5 5 5 7 5 5", tags="IN DT NN , NN VBD DT NN .",
              lemmas=f"for a generation , leadership skip the {noun} .", matched="leadership", holds=holds)
      for noun, holds in [("family", False), ("meeting", True)]),
    # A clause with a subject of its own tells what others did; a second verb the parser leaves unplaced is the subject's doing.
    subject("Leadership unravelled within days , and every officer argued .", "NOUN VERB ADP NOUN PUNCT CCONJ DET NOUN VERB PUNCT",
            "nsubj ROOT prep pobj punct cc det nsubj conj punct", "1 1 1 2 1 1 7 8 1 1",
            "NN VBD IN NNS , CC DT NN VBD .", "leadership unravel within day , and every officer argue .", holds=False),
    subject("Leadership wavered , then approved the cuts .", "NOUN VERB PUNCT ADV VERB DET NOUN PUNCT",
            "nsubj ROOT punct advmod dep det dobj punct", "1 1 1 4 1 6 4 1",
            "NN VBD , RB VBD DT NNS .", "leadership waver , then approve the cut .", holds=True),
    # Joined to a quality, it shares the quality's fate; beside a department it is one group among others.
    *(Example(leadership_names_group, f"{other} and leadership withered after the war .", pos="NOUN CCONJ NOUN VERB ADP DET NOUN PUNCT",
              deps="nsubj cc conj ROOT prep det pobj punct", heads="3 0 0 3 3 6 4 3", tags="NN CC NN VBD IN DT NN .",
              lemmas=f"{other.lower()} and leadership wither after the war .", matched="leadership", holds=holds)
      for other, holds in [("Discipline", False), ("Finance", True)]),
    # "Broke out" and "broke down" said of a force close their phrase; with an object, something brought out.
    subject("Leadership broke down completely .", "NOUN VERB ADP ADV PUNCT", "nsubj ROOT prt advmod punct", "1 1 1 1 1",
            "NN VBD RP RB .", "leadership break down completely .", holds=False),
    subject("Leadership broke out the champagne .", "NOUN VERB ADP DET NOUN PUNCT", "nsubj ROOT prt det dobj punct", "1 1 1 4 1 1",
            "NN VBD RP DT NN .", "leadership break out the champagne .", holds=True),
    # A quality that leaves people, or comes in the form of someone; the people at the top send a memo.
    subject("Leadership faded from the team .", "NOUN VERB ADP DET NOUN PUNCT", "nsubj ROOT prep det pobj punct", "1 1 1 4 2 1",
            "NN VBD IN DT NN .", "leadership fade from the team .", holds=False),
    # It drains out of a company of people it lived in; the people at the top retreat from people they deal with.
    subject("Leadership drained out of the squad .", "NOUN VERB ADP ADP DET NOUN PUNCT", "nsubj ROOT prt prep det pobj punct", "1 1 1 2 5 3 1",
            "NN VBD RP IN DT NN .", "leadership drain out of the squad .", holds=False),
    subject("Leadership retreated from the staff .", "NOUN VERB ADP DET NOUN PUNCT", "nsubj ROOT prep det pobj punct", "1 1 1 4 2 1",
            "NN VBD IN DT NN .", "leadership retreat from the staff .", holds=True),
    # A band of people is a company the quality grows among.
    subject("Leadership grew among a band of volunteers .", "NOUN VERB ADP DET NOUN ADP NOUN PUNCT", "nsubj ROOT prep det pobj prep pobj punct",
            "1 1 1 4 2 4 5 1", "NN VBD IN DT NN IN NNS .", "leadership grow among a band of volunteer .", holds=False),
    subject("Leadership arrived in the form of a keeper .", "NOUN VERB ADP DET NOUN ADP DET NOUN PUNCT",
            "nsubj ROOT prep det pobj prep det pobj punct", "1 1 1 4 2 4 7 5 1",
            "NN VBD IN DT NN IN DT NN .", "leadership arrive in the form of a keeper .", holds=False),
    subject("Leadership arrived in the form of a memo .", "NOUN VERB ADP DET NOUN ADP DET NOUN PUNCT",
            "nsubj ROOT prep det pobj prep det pobj punct", "1 1 1 4 2 4 7 5 1",
            "NN VBD IN DT NN IN DT NN .", "leadership arrive in the form of a memo .", holds=True),
    # A person's conduct, told by a clause whose subject is the person, is where the quality lives.
    subject("Leadership lived in the way she listened .", "NOUN VERB ADP DET NOUN PRON VERB PUNCT", "nsubj ROOT prep det pobj nsubj relcl punct",
            "1 1 1 4 2 6 4 1", "NN VBD IN DT NN PRP VBD .", "leadership live in the way she listen .", holds=False),
    # The quality lives in a person or a family; "ran the numbers" is an errand.
    subject("Leadership ran in the family .", "NOUN VERB ADP DET NOUN PUNCT", "nsubj ROOT prep det pobj punct", "1 1 1 4 2 1",
            "NN VBD IN DT NN .", "leadership run in the family .", holds=False),
    subject("Leadership grew in him .", "NOUN VERB ADP PRON PUNCT", "nsubj ROOT prep pobj punct", "1 1 1 2 1",
            "NN VBD IN PRP .", "leadership grow in he .", holds=False),
    subject("Leadership ran the numbers .", "NOUN VERB DET NOUN PUNCT", "nsubj ROOT det dobj punct", "1 1 3 1 1",
            "NN VBD DT NNS .", "leadership run the number .", holds=True),
    # A part of a person it sits on; "sat on the committee" names a body people sit on.
    subject("Leadership sat on her shoulders .", "NOUN VERB ADP PRON NOUN PUNCT", "nsubj ROOT prep poss pobj punct", "1 1 1 4 2 1",
            "NN VBD IN PRP$ NNS .", "leadership sit on her shoulder .", holds=False),
    subject("Leadership sat on the committee .", "NOUN VERB ADP DET NOUN PUNCT", "nsubj ROOT prep det pobj punct", "1 1 1 4 2 1",
            "NN VBD IN DT NN .", "leadership sit on the committee .", holds=True),
    # A relative clause can say where the quality lives; "the leadership that approved it" did something.
    Example(leadership_names_group, "The leadership that emerged in her left .", pos="DET NOUN PRON VERB ADP PRON VERB PUNCT",
            deps="det nsubj nsubj relcl prep pobj ROOT punct", heads="1 6 3 1 3 4 6 6", tags="DT NN WDT VBD IN PRP VBD .",
            lemmas="the leadership that emerge in she leave .", matched="leadership", holds=False),
    # An idiom of a force, closing its phrase; with an object after it, something handed out.
    subject("Leadership went out the window .", "NOUN VERB ADP DET NOUN PUNCT", "nsubj ROOT prep det pobj punct", "1 1 1 4 2 1",
            "NN VBD IN DT NN .", "leadership go out the window .", holds=False),
    subject("Leadership kicked in an extra week .", "NOUN VERB ADP DET ADJ NOUN PUNCT", "nsubj ROOT prep det amod pobj punct", "1 1 1 5 5 2 1",
            "NN VBD IN DT JJ NN .", "leadership kick in an extra week .", holds=True),
    # The role handed on to an heir, with no object; passing a complaint on is an errand.
    subject("Leadership passed to his daughter .", "NOUN VERB ADP PRON NOUN PUNCT", "nsubj ROOT prep poss pobj punct", "1 1 1 4 2 1",
            "NN VBD IN PRP$ NN .", "leadership pass to his daughter .", holds=False),
    subject("Leadership passed the complaint to HR .", "NOUN VERB DET NOUN ADP NOUN PUNCT", "nsubj ROOT det dobj prep pobj punct", "1 1 3 1 1 4 1",
            "NN VBD DT NN IN NN .", "leadership pass the complaint to hr .", holds=True),
    # The role passes to one person brought in by "a" or by name; people at the top return to a place or a matter.
    subject("Leadership passed to a surveyor .", "NOUN VERB ADP DET NOUN PUNCT", "nsubj ROOT prep det pobj punct", "1 1 1 4 2 1",
            "NN VBD IN DT NN .", "leadership pass to a surveyor .", holds=False),
    subject("Leadership passed to Adeyemi .", "NOUN VERB ADP PROPN PUNCT", "nsubj ROOT prep pobj punct", "1 1 1 2 1",
            "NN VBD IN NNP .", "leadership pass to adeyemi .", holds=False),
    # "The" with a superlative of age or standing singles out one person; with any other it is a matter people return to.
    subject("Leadership fell to the oldest deacon .", "NOUN VERB ADP DET ADJ NOUN PUNCT", "nsubj ROOT prep det amod pobj punct", "1 1 1 5 5 2 1",
            "NN VBD IN DT JJS NN .", "leadership fall to the old deacon .", holds=False),
    subject("Leadership returned to the biggest question .", "NOUN VERB ADP DET ADJ NOUN PUNCT", "nsubj ROOT prep det amod pobj punct", "1 1 1 5 5 2 1",
            "NN VBD IN DT JJS NN .", "leadership return to the big question .", holds=True),
    # A title before the noun ("deputy") makes one office-holder of it, as "the captain" is.
    subject("Leadership passed to the deputy clerk .", "NOUN VERB ADP DET NOUN NOUN PUNCT", "nsubj ROOT prep det compound pobj punct", "1 1 1 5 5 2 1",
            "NN VBD IN DT NN NN .", "leadership pass to the deputy clerk .", holds=False),
    subject("Leadership returned to a corner of the room .", "NOUN VERB ADP DET NOUN ADP DET NOUN PUNCT",
            "nsubj ROOT prep det pobj prep det pobj punct", "1 1 1 4 2 4 7 5 1",
            "NN VBD IN DT NN IN DT NN .", "leadership return to a corner of the room .", holds=True),
    # Where a side plays is a place, like "in" and "after"; what people are "on" is what they act on.
    subject("Leadership evaporated on the ice .", "NOUN VERB ADP DET NOUN PUNCT", "nsubj ROOT prep det pobj punct", "1 1 1 4 2 1",
            "NN VBD IN DT NN .", "leadership evaporate on the ice .", holds=False),
    subject("Leadership evaporated on the rollout .", "NOUN VERB ADP DET NOUN PUNCT", "nsubj ROOT prep det pobj punct", "1 1 1 4 2 1",
            "NN VBD IN DT NN .", "leadership evaporate on the rollout .", holds=True),
    subject("Leadership collapsed on the field after the whistle .", "NOUN VERB ADP DET NOUN ADP DET NOUN PUNCT",
            "nsubj ROOT prep det pobj prep det pobj punct", "1 1 1 4 2 1 7 5 1",
            "NN VBD IN DT NN IN DT NN .", "leadership collapse on the field after the whistle .", holds=False),
    # A phrase of when beside the heir is no errand; a phrase of what for is.
    subject("Leadership passed to his daughter for the first time .", "NOUN VERB ADP PRON NOUN ADP DET ADJ NOUN PUNCT",
            "nsubj ROOT prep poss pobj prep det amod pobj punct", "1 1 1 4 2 1 8 8 5 1",
            "NN VBD IN PRP$ NN IN DT JJ NN .", "leadership pass to his daughter for the first time .", holds=False),
    subject("Leadership passed to his daughter for the review .", "NOUN VERB ADP PRON NOUN ADP DET NOUN PUNCT",
            "nsubj ROOT prep poss pobj prep det pobj punct", "1 1 1 4 2 1 7 5 1",
            "NN VBD IN PRP$ NN IN DT NN .", "leadership pass to his daughter for the review .", holds=True),
    # A calling with no errand; a meeting called, or a call at a date under a modal, is the group.
    subject("Leadership is calling you .", "NOUN AUX VERB PRON PUNCT", "nsubj aux ROOT dobj punct", "2 2 2 2 2",
            "NN VBZ VBG PRP .", "leadership be call you .", holds=False),
    subject("Leadership is calling a meeting .", "NOUN AUX VERB DET NOUN PUNCT", "nsubj aux ROOT det dobj punct", "2 2 2 4 2 2",
            "NN VBZ VBG DT NN .", "leadership be call a meeting .", holds=True),
    subject("Leadership will be calling you on Monday .", "NOUN AUX AUX VERB PRON ADP PROPN PUNCT", "nsubj aux aux ROOT dobj prep pobj punct",
            "3 3 3 3 3 3 5 3", "NN MD VB VBG PRP IN NNP .", "leadership will be call you on monday .", holds=True),
    # A later "they" takes up the caller.
    Example(leadership_names_group, "If leadership calls , tell them .", pos="SCONJ NOUN VERB PUNCT VERB PRON PUNCT",
            deps="mark nsubj advcl punct ROOT dobj punct", heads="2 2 4 4 4 4 4", tags="IN NN VBZ , VB PRP .",
            lemmas="if leadership call , tell they .", matched="leadership", holds=True),
    # What comes upon a person, with nothing after it but a time; a person sent somewhere is the group's doing.
    subject("Leadership found him early .", "NOUN VERB PRON ADV PUNCT", "nsubj ROOT dobj advmod punct", "1 1 1 1 1",
            "NN VBD PRP RB .", "leadership find he early .", holds=False),
    subject("Leadership found him a mentor .", "NOUN VERB PRON DET NOUN PUNCT", "nsubj ROOT dative det dobj punct", "1 1 1 4 1 1",
            "NN VBD PRP DT NN .", "leadership find he a mentor .", holds=True),
    # Spread over every level, it is the function.
    subject("Leadership failed at every level .", "NOUN VERB ADP DET NOUN PUNCT", "nsubj ROOT prep det pobj punct", "1 1 1 4 2 1",
            "NN VBD IN DT NN .", "leadership fail at every level .", holds=False),
    # A generic present handed down as a saying states what leading is; a report of what was said names the group.
    subject("Leadership demands sacrifice , my father used to say .", "NOUN VERB NOUN PUNCT PRON NOUN VERB PART VERB PUNCT",
            "nsubj ccomp dobj punct poss nsubj ROOT aux xcomp punct", "1 6 1 6 5 6 6 8 6 6", "NN VBZ NN , PRP$ NN VBD TO VB .",
            "leadership demand sacrifice , my father use to say .", holds=False),
    subject("Leadership wants the report , my boss said .", "NOUN VERB DET NOUN PUNCT PRON NOUN VERB PUNCT",
            "nsubj ccomp det dobj punct poss nsubj ROOT punct", "1 7 3 1 7 6 7 7 7", "NN VBZ DT NN , PRP$ NN VBD .",
            "leadership want the report , my boss say .", holds=True),
    # One person's leadership is conduct; a company's is its people at the top.
    *(Example(leadership_not_abstract_subject, f"The {owner} 's leadership carried the team .", pos="DET NOUN PART NOUN VERB DET NOUN PUNCT",
              deps="det poss case nsubj ROOT det dobj punct", heads="1 3 1 4 4 6 4 4", tags="DT NN POS NN VBD DT NN .",
              lemmas=f"the {owner} 's leadership carry the team .", matched="leadership carried", holds=holds)
      for owner, holds in [("captain", False), ("company", True)]),
    # What a moment calls for is wanted, not addressed.
    Example(leadership_names_group, "The moment called for leadership .", pos="DET NOUN VERB ADP NOUN PUNCT",
            deps="det nsubj ROOT prep pobj punct", heads="1 2 2 2 3 2", tags="DT NN VBD IN NN .",
            lemmas="the moment call for leadership .", matched="leadership", holds=False),
    # A quality turns up from an unlikely place; people come back from somewhere.
    subject("Leadership came from an unlikely place .", "NOUN VERB ADP DET ADJ NOUN PUNCT", "nsubj ROOT prep det amod pobj punct",
            "1 1 1 5 5 2 1", "NN VBD IN DT JJ NN .", "leadership come from a unlikely place .", holds=False),
    subject("Leadership came back from the offsite .", "NOUN VERB ADV ADP DET NOUN PUNCT", "nsubj ROOT advmod prep det pobj punct",
            "1 1 1 1 5 3 1", "NN VBD RB IN DT NN .", "leadership come back from the offsite .", holds=True),
    # A quality that is missing is not there; people missing something miss it, or miss a meeting.
    *(subject(f"Leadership was missing {rest} .", f"NOUN AUX VERB {pos} PUNCT", f"nsubj aux ROOT {deps} punct", f"2 2 2 {heads} 2",
              f"NN VBD VBG {tags} .", f"leadership be miss {lemmas} .", holds=holds)
      for rest, pos, deps, heads, tags, lemmas, holds in [
          ("in the second half", "ADP DET ADJ NOUN", "prep det amod pobj", "2 6 6 3", "IN DT JJ NN", "in the second half", False),
          ("the point", "DET NOUN", "det dobj", "4 2", "DT NN", "the point", True),
          ("from the meeting", "ADP DET NOUN", "prep det pobj", "2 5 3", "IN DT NN", "from the meeting", True)]),
    # "Is mostly listening" defines the activity by what it consists of; "is finally listening" is people at work.
    *(subject(f"Leadership is {adverb} {verb} {rest}.".replace("  ", " "), f"NOUN AUX ADV VERB {pos}PUNCT", f"nsubj aux advmod ROOT {deps}punct",
              f"3 3 3 3 {heads}3", f"NN VBZ RB VBG {tags}.", f"leadership be {adverb} {lemma} {rest}.".replace("  ", " "), holds=holds)
      for adverb, verb, lemma, rest, pos, deps, heads, tags, holds in [
          ("mostly", "listening", "listen", "", "", "", "", "", False),
          ("finally", "listening", "listen", "", "", "", "", "", True),
          ("mostly", "ignoring", "ignore", "the survey ", "DET NOUN ", "det dobj ", "5 3 ", "DT NN ", True)]),
    # A gerund weighed against another gerund defines the activity; weighed against what people think, it is people at work.
    subject("Leadership is asking rather than telling .", "NOUN AUX VERB ADV ADP VERB PUNCT", "nsubj aux ROOT advmod prep conj punct",
            "2 2 2 4 2 2 2", "NN VBZ VBG RB IN VBG .", "leadership be ask rather than tell .", holds=False),
    subject("Leadership is listening more than staff realise .", "NOUN AUX VERB ADV ADP NOUN VERB PUNCT",
            "nsubj aux ROOT advmod mark nsubj advcl punct", "2 2 2 2 6 6 3 2", "NN VBZ VBG RBR IN NNS VBP .",
            "leadership be listen more than staff realise .", holds=True),
    # A state the quality is in, inside a person; people are in a state in a room.
    *(subject(f"Leadership was quiet in {place} .", f"NOUN AUX ADJ ADP {pos}PUNCT", f"nsubj ROOT acomp prep {deps}punct",
              f"1 1 1 1 {heads}1", f"NN VBD JJ IN {tags}.", f"leadership be quiet in {lemmas} .", holds=holds)
      for place, pos, deps, heads, tags, lemmas, holds in [
          ("him", "PRON ", "pobj ", "3 ", "PRP ", "he", False),
          ("the meeting", "DET NOUN ", "det pobj ", "5 3 ", "DT NN ", "the meeting", True)]),
    # The parser may hang the verb on the noun ("leadership beckoned" as a reduced clause): still a calling.
    Example(eventive_verb, "Leadership beckoned .", pos="NOUN VERB PUNCT", deps="ROOT acl punct", heads="0 0 0", tags="NN VBD .",
            lemmas="leadership beckon .", matched="Leadership beckoned", holds=False),
    # A named owner's leadership doing what a force can do is the person's conduct; a verb that needs a mind or
    # an office's paperwork as the object keeps a firm's people at the top.
    *(Example(eventive_verb, f"{owner} 's leadership {verb} the {thing} .", pos="PROPN PART NOUN VERB DET NOUN PUNCT",
              deps="poss case nsubj ROOT det dobj punct", heads="2 0 3 3 5 3 3", tags="NNP POS NN VBD DT NN .",
              lemmas=f"{owner.lower()} 's leadership {lemma} the {thing} .", matched=f"leadership {verb}", holds=holds)
      for owner, verb, lemma, thing, holds in [
          ("Kwame", "split", "split", "squad", False),
          ("Acme", "ignored", "ignore", "warnings", True),
          ("Nokia", "slashed", "slash", "budget", True)]),
    # Down a line of descent goes a quality or a role; handing a thing down the line is people at work.
    Example(leadership_names_group, "Leadership flowed down the Okonkwo line .", pos="NOUN VERB ADP DET PROPN NOUN PUNCT",
            deps="nsubj ROOT prt det compound dobj punct", heads="1 1 1 5 5 1 1",
            tags="NN VBD RP DT NNP NN .", lemmas="leadership flow down the okonkwo line .",
            matched="Leadership", holds=False),
    Example(leadership_names_group, "Leadership passed the memo down the line .", pos="NOUN VERB DET NOUN ADP DET NOUN PUNCT",
            deps="nsubj ROOT det dobj prep det pobj punct", heads="1 1 3 1 1 6 4 1",
            tags="NN VBD DT NN IN DT NN .", lemmas="leadership pass the memo down the line .",
            matched="Leadership", holds=True),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_the_clause_tells_the_force_from_the_group(example):
    assert bool(example.condition(example.matched_words())) is example.holds



def _written(text: str, pos: str, deps: str, heads: str, tags: str, lemmas: str):
    """A sentence parsed by hand, spaced as written: hyphened words stay joined ("on-field", "flip-flopped")."""
    import re

    from spacy.tokens import Doc

    from tests.hand_built import tag_families, vocab

    found = list(re.finditer(r"'s|\w+|[^\w\s]", text))
    words = [m.group() for m in found]
    spaces = [m.end() < len(text) and text[m.end()] == " " for m in found]
    doc = Doc(vocab(), words=words, spaces=spaces, pos=pos.split(), deps=deps.split(), heads=[int(h) for h in heads.split()],
              tags=tags.split(), lemmas=lemmas.split())
    tag_families(doc)
    return doc


@pytest.mark.parametrize("text, pos, deps, heads, tags, lemmas, second, holds", [
    ("The moment called for leadership, and leadership answered.", "DET NOUN VERB ADP NOUN PUNCT CCONJ NOUN VERB PUNCT",
     "det nsubj ROOT prep pobj punct cc nsubj conj punct", "1 2 2 2 3 2 2 8 2 2", "DT NN VBD IN NN , CC NN VBD .",
     "the moment call for leadership , and leadership answer .", 7, False),
    ("Escalate to leadership, and leadership answered.", "VERB ADP NOUN PUNCT CCONJ NOUN VERB PUNCT",
     "ROOT prep pobj punct cc nsubj conj punct", "0 0 1 0 0 6 0 0", "VB IN NN , CC NN VBD .",
     "escalate to leadership , and leadership answer .", 5, True),
])
def test_the_word_said_again_reads_as_it_was_first_read(text, pos, deps, heads, tags, lemmas, second, holds):
    """Said again after the quality a moment called for, it is that quality answering; after "escalate to", the same people."""
    doc = _written(text, pos, deps, heads, tags, lemmas)
    assert leadership_names_group((doc[second],)) is holds
    assert leadership_not_abstract_subject((doc[second], doc[second + 1])) is holds


def test_a_modifier_split_at_its_hyphen_is_read_whole():
    """"The on-field leadership went quiet": "on-field" says where the leading is done, though the parser hangs "on" above "field"."""
    doc = _written("The on-field leadership went quiet.", "DET ADP PUNCT NOUN NOUN VERB ADJ PUNCT", "det nmod punct pobj nsubj ROOT acomp punct",
                   "4 4 1 1 5 5 5 5", "DT IN HYPH NN NN VBD JJ .", "the on - field leadership go quiet .")
    assert not leadership_names_group((doc[4],))


@pytest.mark.parametrize("text, pos, deps, heads, tags, lemmas", [
    ("The charity's leadership flip-flopped on pay.", "DET NOUN PART NOUN NOUN PUNCT VERB ADP NOUN PUNCT",
     "det poss case compound nsubj punct ROOT prep pobj punct", "1 3 1 4 6 6 6 6 7 6", "DT NN POS NN NN HYPH VBD IN NN .",
     "the charity 's leadership flip - flop on pay ."),
    ("The leadership back-pedalled on pay.", "DET NOUN ADV PUNCT VERB ADP NOUN PUNCT", "det dep advmod punct ROOT prep pobj punct",
     "1 4 4 4 4 4 5 4", "DT NN RB HYPH VBN IN NN .", "the leadership back - pedal on pay ."),
    ("The party leadership back-pedalled on pay.", "DET NOUN NOUN ADV PUNCT VERB ADP NOUN PUNCT",
     "det compound ROOT advmod punct amod prep pobj punct", "2 2 2 5 5 2 5 6 2", "DT NN NN RB HYPH VBN IN NN .",
     "the party leadership back - pedal on pay ."),
])
def test_the_subject_of_a_hyphened_past_the_parser_split_is_its_subject(text, pos, deps, heads, tags, lemmas):
    """The parser hangs the subject on the first half of "flip-flopped", leaves it loose before "back-pedalled", or
    makes it the root with the past as its modifier."""
    doc = _written(text, pos, deps, heads, tags, lemmas)
    assert leadership_names_group((next(t for t in doc if t.lower_ == "leadership"),))
