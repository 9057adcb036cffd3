"""LM001 (interchangeable): the conditions of its patterns, on sentences parsed by hand (no model)."""
from __future__ import annotations

import pytest

from lintkit.engine.conditions.lm001 import (
    about_the_role,
    aside_set_off,
    alternatives,
    column_names_the_other,
    complement_is_one,
    dash_not_closed,
    difference_then_denied,
    defines_by_the_act,
    denied_difference_question,
    difference_denied,
    headword,
    hyphen_or,
    merged_compound,
    modified_subject,
    named_in_place,
    not_about_people,
    named_by_verb,
    not_a_pass_frame,
    not_misnamed,
    not_one_of,
    not_progressive,
    not_then_split,
    not_then_told_apart,
    not_words_named,
    not_successor,
    not_third_party,
    one_thing,
    owned_definition_ends,
    opens_question,
    own_naming,
    pair_resumed_later,
    real_gloss_marker,
    renames,
    role_follows_from_role,
    same_kind,
    same_left_one,
    same_head_repeated,
    same_names_one,
    set_off_beside,
    short_answer,
    shrug_follows,
    subject_or_its_core,
    taken_up_as_what_the_other_is,
    takes_up_the_other,
    two_of_a_kind,
    whole_subject,
    writer_glosses,
    writer_says,
    writer_uses,
)
from tests.hand_built import Example

EXAMPLES = [
    # "Some managers are leaders" says what a few of them are; "managers are leaders" says what the side is.
    *(Example(whole_subject, f"{det}managers are leaders .".strip(), pos=("DET " if det else "") + "NOUN AUX NOUN PUNCT",
              deps=("det " if det else "") + "nsubj ROOT attr punct", heads="1 2 2 2 2" if det else "1 1 1 1",
              matched=f"{det}managers are leaders".strip(), holds=holds)
      for det, holds in [("Some ", False), ("", True)]),
    # A sentence end the parser ran over still opens the question after it; a comma does not.
    *(Example(opens_question, f"Intro — Ünïcödé {mark} Is a manager a leader ? Of course .",
              pos="PROPN PUNCT PROPN PUNCT AUX DET NOUN DET NOUN PUNCT ADV ADV PUNCT",
              deps="nmod punct nsubj punct ROOT det attr det appos punct advmod ROOT punct", heads="2 2 4 2 4 6 4 8 6 4 11 11 11",
              tags=f"NNP : NNP {mark} VBZ DT NN DT NN . RB RB .", lemmas=f"Intro — Ünïcödé {mark} be a manager a leader ? of course .",
              matched="Is a manager a leader ? Of course", holds=holds)
      for mark, holds in [(".", True), (",", False)]),
    # An answer that goes on after its denial keeps it by calling the two the same, and loses it to a take-back.
    Example(denied_difference_question, "Is a leader different from a manager ? No ; it is the same job .",
            pos="AUX DET NOUN ADJ ADP DET NOUN PUNCT INTJ PUNCT PRON AUX DET ADJ NOUN PUNCT",
            deps="ROOT det nsubj acomp prep det pobj punct intj punct nsubj ROOT det amod attr punct",
            heads="0 2 0 0 3 6 4 0 11 11 11 11 14 14 11 11", lemmas="be a leader different from a manager ? no ; it be the same job .",
            matched="leader different from a manager ? No", holds=True),
    Example(denied_difference_question, "Is a leader different from a manager ? No ; but it shows .",
            pos="AUX DET NOUN ADJ ADP DET NOUN PUNCT INTJ PUNCT CCONJ PRON VERB PUNCT",
            deps="ROOT det nsubj acomp prep det pobj punct intj punct cc nsubj ROOT punct",
            heads="0 2 0 0 3 6 4 0 12 12 12 12 12 12", lemmas="be a leader different from a manager ? no ; but it show .",
            matched="leader different from a manager ? No", holds=False),
    # A difference named, taken back with "but" and denied later is denied; one narrowed to something else ("in pay") is not.
    Example(difference_denied, "People draw a line between leaders and managers , but there is no difference .",
            pos="NOUN VERB DET NOUN ADP NOUN CCONJ NOUN PUNCT CCONJ PRON VERB DET NOUN PUNCT",
            deps="nsubj ROOT det dobj prep pobj cc conj punct cc expl conj det attr punct",
            heads="1 1 3 1 3 4 5 5 1 1 11 1 13 11 1", matched="leaders and managers", holds=True),
    Example(difference_denied, "People draw a line between leaders and managers , but there is no difference in pay .",
            pos="NOUN VERB DET NOUN ADP NOUN CCONJ NOUN PUNCT CCONJ PRON VERB DET NOUN ADP NOUN PUNCT",
            deps="nsubj ROOT det dobj prep pobj cc conj punct cc expl conj det attr prep pobj punct",
            heads="1 1 3 1 3 4 5 5 1 1 11 1 13 11 13 14 1", matched="leaders and managers", holds=False),
    # A pair joined by "versus" names its difference: dismissed, it is denied; a dismissed choice keeps them two.
    Example(difference_denied, "Leading vs managing is a distinction without a difference .",
            pos="VERB ADP VERB AUX DET NOUN ADP DET NOUN PUNCT", deps="csubj prep pobj ROOT det attr prep det pobj punct",
            heads="3 0 1 3 5 3 5 8 6 3", lemmas="lead vs manage be a distinction without a difference .",
            matched="Leading vs managing", holds=True),
    Example(difference_denied, "Leading vs managing is a false choice : you need both .",
            pos="VERB ADP VERB AUX DET ADJ NOUN PUNCT PRON VERB DET PUNCT", deps="csubj prep pobj ROOT det amod attr punct nsubj parataxis dobj punct",
            heads="3 0 1 3 6 6 3 3 9 3 9 3", lemmas="lead vs manage be a false choice : you need both .",
            matched="Leading vs managing", holds=False),
    # Two names for one thing make the pair one; two names for two things do not.
    Example(complement_is_one, "Leading and managing are two names for a single skill .", pos="VERB CCONJ VERB AUX NUM NOUN ADP DET ADJ NOUN PUNCT",
            deps="csubj cc conj ROOT nummod attr prep det amod pobj punct", heads="3 0 0 3 5 3 5 9 9 6 3",
            matched="Leading managing are names", holds=True),
    Example(complement_is_one, "Leading and managing are two names for two skills .", pos="VERB CCONJ VERB AUX NUM NOUN ADP NUM NOUN PUNCT",
            deps="csubj cc conj ROOT nummod attr prep nummod pobj punct", heads="3 0 0 3 5 3 5 8 6 3",
            matched="Leading managing are names", holds=False),
    # A denial said twice ("Not really, no.") still answers the question alone; "no idea" owns up to not knowing.
    Example(denied_difference_question, "Is a leader different from a manager ? Not really , no .",
            pos="AUX DET NOUN ADJ ADP DET NOUN PUNCT PART ADV PUNCT INTJ PUNCT", deps="ROOT det nsubj acomp prep det pobj punct ROOT advmod punct intj punct",
            heads="0 2 0 0 3 6 4 0 8 8 8 8 8", lemmas="be a leader different from a manager ? not really , no .",
            matched="leader different from a manager ? Not", holds=True),
    Example(denied_difference_question, "Is a leader different from a manager ? Not sure , no idea .",
            pos="AUX DET NOUN ADJ ADP DET NOUN PUNCT PART ADJ PUNCT DET NOUN PUNCT", deps="ROOT det nsubj acomp prep det pobj punct neg ROOT punct det appos punct",
            heads="0 2 0 0 3 6 4 0 9 9 9 12 9 9", lemmas="be a leader different from a manager ? not sure , no idea .",
            matched="leader different from a manager ? Not", holds=False),
    # Denied to be two of a kind of thing, the pair is one; two teams are two groups.
    Example(two_of_a_kind, "Leading and managing were never two things .", pos="VERB CCONJ VERB AUX ADV NUM NOUN PUNCT",
            deps="nsubj cc conj ROOT neg nummod attr punct", heads="3 0 0 3 3 6 3 3", matched="Leading managing two", holds=True),
    Example(two_of_a_kind, "Leaders and managers are n't two teams .", pos="NOUN CCONJ NOUN AUX PART NUM NOUN PUNCT",
            deps="nsubj cc conj ROOT neg nummod attr punct", heads="3 0 0 3 3 6 3 3", matched="Leaders managers two", holds=False),
    # The subject is the core of the first word: "the essence of leadership is management" equates them.
    Example(subject_or_its_core, "The essence of leadership is management .", pos="DET NOUN ADP NOUN AUX NOUN PUNCT",
            deps="det nsubj prep pobj ROOT attr punct", heads="1 4 1 2 4 4 4", matched="leadership management", holds=True),
    Example(subject_or_its_core, "The job of a manager is leadership development .", pos="DET NOUN ADP DET NOUN AUX NOUN NOUN PUNCT",
            deps="det nsubj prep det pobj ROOT compound attr punct", heads="1 5 1 4 2 5 7 5 5", matched="manager leadership", holds=False),
    # The second word opening a clause of its own past a comma is not what the first is said to be: two verdicts.
    Example(subject_or_its_core, "Leadership is in , management is out .", pos="NOUN AUX ADV PUNCT NOUN AUX ADV PUNCT",
            deps="nsubj ccomp advmod punct nsubj ROOT advmod punct", heads="1 5 1 5 5 5 5 5", tags="NN VBZ IN , NN VBZ RB .",
            lemmas="leadership be in , management be out .", matched="Leadership is in , management", holds=False),
    # A clause joined to the one before opens with its subject, however the parser hangs it; "and" between a
    # preposition's objects joins two nouns.
    Example(subject_or_its_core, "Strip away the buzzwords and leadership is just management .",
            pos="VERB ADV DET NOUN CCONJ NOUN AUX ADV NOUN PUNCT", deps="csubj advmod det dobj cc conj ROOT advmod attr punct",
            heads="6 0 3 0 3 3 6 8 6 6", lemmas="strip away the buzzword and leadership be just management .",
            matched="leadership is just management", holds=True),
    Example(subject_or_its_core, "The gap between managers and leaders is management .", pos="DET NOUN ADP NOUN CCONJ NOUN AUX NOUN PUNCT",
            deps="det nsubj prep pobj cc conj ROOT attr punct", heads="1 6 1 2 3 3 6 6 6",
            lemmas="the gap between manager and leader be management .", matched="leaders is management", holds=False),
    # With no comma after a fronted phrase the parser swallows the subject into its object and leaves "are" with none:
    # the word before the verb is its subject. A verb with a subject of its own keeps it.
    Example(subject_or_its_core, "Reminder that in this company managers are leaders .",
            pos="NOUN SCONJ ADP DET NOUN NOUN AUX NOUN PUNCT", deps="ROOT mark prep det compound pobj ccomp attr punct",
            heads="0 6 6 5 5 2 0 6 0", lemmas="reminder that in this company manager be leader .",
            matched="managers are leaders", holds=True),
    Example(subject_or_its_core, "Talks in this company managers give are leadership .",
            pos="NOUN ADP DET NOUN NOUN VERB AUX NOUN PUNCT", deps="nsubj prep det compound pobj relcl ROOT attr punct",
            heads="6 0 4 4 1 0 6 6 6", lemmas="talk in this company manager give be leadership .",
            matched="managers give are leadership", holds=False),
    # "They're the same" + any noun names what the pair is; another verb names what they share, "it" what a choice
    # brings, and "one person" counts heads.
    Example(same_names_one, "Supervisors , managers , leaders , they 're the same species .",
            pos="NOUN PUNCT NOUN PUNCT NOUN PUNCT PRON AUX DET ADJ NOUN PUNCT", deps="dep punct conj punct conj punct nsubj ROOT det amod attr punct",
            heads="7 0 0 2 2 7 7 7 10 10 7 7", lemmas="supervisor , manager , leader , they be the same species .",
            matched="managers leaders they 're same species", holds=True),
    Example(same_names_one, "Managers and leaders , they have the same goals .", pos="NOUN CCONJ NOUN PUNCT PRON VERB DET ADJ NOUN PUNCT",
            deps="dep cc conj punct nsubj ROOT det amod dobj punct", heads="5 0 0 5 5 5 8 8 5 5",
            lemmas="manager and leader , they have the same goal .", matched="Managers leaders they have same goals", holds=False),
    Example(same_names_one, "Manager or leader , it 's the same budget .", pos="NOUN CCONJ NOUN PUNCT PRON AUX DET ADJ NOUN PUNCT",
            deps="dep cc conj punct nsubj ROOT det amod attr punct", heads="5 0 0 5 5 5 8 8 5 5",
            lemmas="manager or leader , it be the same budget .", matched="Manager leader it 's same budget", holds=False),
    Example(same_names_one, "Leaders and managers differ , and that one person is rare .",
            pos="NOUN CCONJ NOUN VERB PUNCT CCONJ DET NUM NOUN AUX ADJ PUNCT", deps="nsubj cc conj ROOT punct cc det nummod nsubj conj acomp punct",
            heads="3 0 0 3 3 3 8 8 9 3 9 3", lemmas="leader and manager differ , and that one person be rare .",
            matched="Leaders managers that one person", holds=False),
    # One role said to follow from the other for the same person, now, is a definition; a quality, another time or
    # another person gives a cause.
    Example(role_follows_from_role, "She is a leader because she is a manager .", pos="PRON AUX DET NOUN SCONJ PRON AUX DET NOUN PUNCT",
            deps="nsubj ROOT det attr mark nsubj advcl det attr punct", heads="1 1 3 1 6 6 1 8 6 1", tags="PRP VBZ DT NN IN PRP VBZ DT NN .",
            lemmas="she be a leader because she be a manager .", matched="is leader is manager", holds=True),
    Example(role_follows_from_role, "She is a better leader because she was a manager .",
            pos="PRON AUX DET ADJ NOUN SCONJ PRON AUX DET NOUN PUNCT", deps="nsubj ROOT det amod attr mark nsubj advcl det attr punct",
            heads="1 1 4 4 1 7 7 1 9 7 1", tags="PRP VBZ DT JJR NN IN PRP VBD DT NN .",
            lemmas="she be a better leader because she be a manager .", matched="is leader was manager", holds=False),
    Example(role_follows_from_role, "Ana is a leader because Rui is a manager .", pos="PROPN AUX DET NOUN SCONJ PROPN AUX DET NOUN PUNCT",
            deps="nsubj ROOT det attr mark nsubj advcl det attr punct", heads="1 1 3 1 6 6 1 8 6 1", tags="NNP VBZ DT NN IN NNP VBZ DT NN .",
            lemmas="ana be a leader because rui be a manager .", matched="is leader is manager", holds=False),
    # A pronoun that takes the first name up as "what the other is" equates them; one that takes up what was said of
    # it, or a relative that goes on past its copula, does not.
    Example(taken_up_as_what_the_other_is, "Running the team means managing , which is what leadership is .",
            pos="VERB DET NOUN VERB VERB PUNCT PRON AUX PRON NOUN AUX PUNCT", deps="csubj det dobj ROOT xcomp punct nsubj advcl det attr ccomp punct",
            heads="3 2 0 3 3 3 7 3 9 10 7 3", lemmas="run the team mean manage , which be what leadership be .",
            matched="managing , which is what leadership is", holds=True),
    Example(taken_up_as_what_the_other_is, "The manager listens , which is what a leader is .",
            pos="DET NOUN VERB PUNCT PRON AUX PRON DET NOUN AUX PUNCT", deps="det nsubj ROOT punct nsubj advcl attr det nsubj ccomp punct",
            heads="1 2 2 2 5 2 9 8 9 5 2", lemmas="the manager listen , which be what a leader be .",
            matched="manager listens , which is what a leader is", holds=False),
    Example(taken_up_as_what_the_other_is, "I hired a manager , which is what leadership is about .",
            pos="PRON VERB DET NOUN PUNCT PRON AUX PRON NOUN AUX ADP PUNCT", deps="nsubj ROOT det dobj punct nsubj advcl attr nsubj ccomp prep punct",
            heads="1 1 3 1 1 6 1 9 9 6 9 1", lemmas="i hire a manager , which be what leadership be about .",
            matched="manager , which is what leadership is", holds=False),
    # A gloss marker glosses one word with the other: "managers (i.e. leaders)" glosses; "managers or leaders" does not.
    Example(real_gloss_marker, "managers ( i.e. leaders )", pos="NOUN PUNCT X NOUN PUNCT", deps="ROOT punct advmod appos punct", heads="0 0 3 0 0",
            matched="managers ( i.e. leaders", holds=True),
    Example(real_gloss_marker, "managers or leaders", pos="NOUN CCONJ NOUN", deps="ROOT cc conj", heads="0 0 0",
            matched="managers or leaders", holds=False),
    # The writer's usage is not a third party's: "We use the words interchangeably" is the writer's; "Critics use ..." reports others'.
    Example(not_third_party, "We use leader and manager interchangeably .", pos="PRON VERB NOUN CCONJ NOUN ADV PUNCT", deps="nsubj ROOT dobj cc conj advmod punct", heads="1 1 1 2 2 1 1",
            matched="use leader and manager interchangeably", holds=True),
    Example(not_third_party, "Critics use leader and manager interchangeably .", pos="NOUN VERB NOUN CCONJ NOUN ADV PUNCT", deps="nsubj ROOT dobj cc conj advmod punct", heads="1 1 1 2 2 1 1",
            matched="use leader and manager interchangeably", holds=False),
    # "One of its functions" is a part, not an equation.
    Example(not_one_of, "Leadership is one of its functions .", pos="NOUN AUX NUM ADP PRON NOUN PUNCT", deps="nsubj ROOT attr prep poss pobj punct", heads="1 1 1 2 5 3 1",
            matched="Leadership is one", holds=False),
    Example(not_one_of, "Management and leadership are one .", pos="NOUN CCONJ NOUN AUX NUM PUNCT", deps="nsubj cc conj ROOT attr punct", heads="3 0 0 3 3 3",
            matched="Management and leadership are one", holds=True),
    # "Not different people" says one person does both.
    Example(not_about_people, "Leaders and managers are n't different people .", pos="NOUN CCONJ NOUN AUX PART ADJ NOUN PUNCT", deps="nsubj cc conj ROOT neg amod attr punct", heads="3 0 0 3 3 6 3 3",
            matched="Leaders and managers are n't different", holds=False),
    Example(not_about_people, "Leaders and managers are n't really different .", pos="NOUN CCONJ NOUN AUX PART ADV ADJ PUNCT", deps="nsubj cc conj ROOT neg advmod acomp punct", heads="3 0 0 3 3 6 3 3",
            matched="Leaders and managers are n't really different", holds=True),
    # Two lowercase family nouns in one compound merge: "our leadership management program"; "Are managers leaders?" is a question, not a compound.
    Example(merged_compound, "our leadership management program", pos="PRON NOUN NOUN NOUN", deps="poss compound compound ROOT", heads="3 2 3 3", tags="PRP$ NN NN NN",
            matched="leadership management", holds=True),
    Example(merged_compound, "Are managers leaders ?", pos="AUX NOUN NOUN PUNCT", deps="ROOT nsubj attr punct", heads="0 0 0 0", tags="VBP NNS NNS .",
            matched="managers leaders", holds=False),
    # Like is set against like.
    Example(same_kind, "leading — managing", pos="VERB PUNCT VERB", deps="ROOT punct conj", heads="0 0 0",
            matched="leading — managing", holds=True),
    Example(same_kind, "leading — managers", pos="VERB PUNCT NOUN", deps="ROOT punct dobj", heads="0 0 0",
            matched="leading — managers", holds=False),
    # A hyphenated "or" merges and a plain "or" offers a choice.
    Example(hyphen_or, "management - or - leadership", pos="NOUN PUNCT CCONJ PUNCT NOUN", deps="ROOT punct cc punct conj", heads="0 0 0 0 0",
            matched="management - or - leadership", holds=True),
    Example(hyphen_or, "management or leadership", pos="NOUN CCONJ NOUN", deps="ROOT cc conj", heads="0 0 0",
            matched="management or leadership", holds=False),
    # "the new X" names a successor, one in the other's place (LM002), not a synonym.
    Example(not_successor, "Leadership is the new management .", pos="NOUN AUX DET ADJ NOUN PUNCT", deps="nsubj ROOT det amod attr punct", heads="1 1 4 4 1 1",
            matched="Leadership is the new management", holds=False),
    Example(not_successor, "Leadership is just a new name for management .", pos="NOUN AUX ADV DET ADJ NOUN ADP NOUN PUNCT", deps="nsubj ROOT advmod det amod attr prep pobj punct", heads="1 1 1 5 5 1 5 6 1",
            matched="Leadership is just a new name for management", holds=True),
    # An apposition set off by a comma renames; two words set against each other, or a question misread as an apposition, do not.
    Example(renames, "Leadership , the management of people , is hard .", pos="NOUN PUNCT DET NOUN ADP NOUN PUNCT AUX ADJ PUNCT",
            deps="nsubj punct det appos prep pobj punct ROOT acomp punct", heads="7 0 3 0 3 4 0 7 7 7", matched="Leadership management", holds=True),
    Example(renames, "Good management , poor leadership : the verdict .", pos="ADJ NOUN PUNCT ADJ NOUN PUNCT DET NOUN PUNCT",
            deps="amod ROOT punct amod appos punct det appos punct", heads="1 1 1 4 1 1 7 1 1", matched="management leadership", holds=False),
    Example(renames, "Is a manager a leader ?", pos="AUX DET NOUN DET NOUN PUNCT", deps="ROOT det nsubj det appos punct", heads="0 2 0 4 2 0",
            matched="manager leader", holds=False),
    # A shrug after the second name says outright that it renames, even a role held elsewhere.
    Example(renames, "Our manager , the choir 's leader , same thing , sang .",
            pos="PRON NOUN PUNCT DET NOUN PART NOUN PUNCT ADJ NOUN PUNCT VERB PUNCT", tags="PRP$ NN , DT NN POS NN , JJ NN , VBD .",
            deps="poss nsubj punct det poss case appos punct amod appos punct ROOT punct", heads="1 11 1 4 6 4 1 6 9 6 6 11 11",
            matched="manager leader", holds=True),
    # The cells of a table row are labels side by side, whatever the parser hangs on what.
    Example(renames, "Under 500 : your manager | Over 500 : leadership", pos="ADP NUM PUNCT PRON NOUN PUNCT ADP NUM PUNCT NOUN",
            deps="prep pobj punct poss ROOT punct prep pobj punct appos", heads="4 0 4 4 4 4 9 6 9 4", matched="manager leadership", holds=False),
    # One person, then her role in a body someone else owns, is two roles; a group renamed keeps its own possessor.
    Example(renames, "Our manager , the choir 's leader , sang .", pos="PRON NOUN PUNCT DET NOUN PART NOUN PUNCT VERB PUNCT",
            tags="PRP$ NN , DT NN POS NN , VBD .", deps="poss nsubj punct det poss case appos punct ROOT punct",
            heads="1 8 1 4 6 4 1 1 8 8", matched="manager leader", holds=False),
    Example(renames, "Our managers , the company 's leaders , train .", pos="PRON NOUN PUNCT DET NOUN PART NOUN PUNCT VERB PUNCT",
            tags="PRP$ NNS , DT NN POS NNS , VBP .", deps="poss nsubj punct det poss case appos punct ROOT punct",
            heads="1 8 1 4 6 4 1 1 8 8", matched="managers leaders", holds=True),
    Example(renames, "The manager , shift leader at weekends , locks up .", pos="DET NOUN PUNCT NOUN NOUN ADP NOUN PUNCT VERB ADP PUNCT",
            tags="DT NN , NN NN IN NNS , VBZ RP .", deps="det nsubj punct compound appos prep pobj punct ROOT prt punct",
            heads="1 8 1 4 1 4 5 1 8 8 8", matched="manager leader", holds=False),
    # A glossary entry opens its line or follows a label; mid-sentence, a colon after a family word is prose.
    Example(headword, "Glossary — Line manager : a leader .", pos="NOUN PUNCT NOUN NOUN PUNCT DET NOUN PUNCT",
            deps="ROOT punct compound appos punct det appos punct", heads="0 0 3 0 0 6 3 0", matched="manager : a leader", holds=True),
    Example(headword, "Ask the team leader : a manager .", pos="VERB DET NOUN NOUN PUNCT DET NOUN PUNCT",
            deps="ROOT det compound dobj punct det appos punct", heads="0 3 3 0 0 6 3 0", matched="leader : a manager", holds=False),
    # An entry's dash defines; a dash closed again later in the sentence sets off an aside.
    Example(dash_not_closed, "Leader — a manager of people .", pos="NOUN PUNCT DET NOUN ADP NOUN PUNCT",
            deps="ROOT punct det appos prep pobj punct", heads="0 0 3 0 3 4 0", matched="Leader — a manager", holds=True),
    Example(dash_not_closed, "Managers — the leaders — start .", pos="NOUN PUNCT DET NOUN PUNCT VERB PUNCT",
            deps="nsubj punct det appos punct ROOT punct", heads="5 0 3 0 0 5 5", matched="Managers — the leaders", holds=False),
    # Two subjects of one verb with only a comma between them are one apposition the parser split.
    Example(set_off_beside, "Our managers , the leaders , train .", pos="PRON NOUN PUNCT DET NOUN PUNCT VERB PUNCT",
            deps="poss nsubj punct det nsubj punct ROOT punct", heads="1 6 6 4 6 6 6 6", matched="managers leaders", holds=True),
    Example(set_off_beside, "Managers train leaders .", pos="NOUN VERB NOUN PUNCT", deps="nsubj ROOT dobj punct", heads="1 1 1 1",
            matched="Managers leaders", holds=False),
    # An apposition the parser hung on a word before the pair is still set off from the first name by one comma.
    Example(set_off_beside, "The memo went to our managers , the leaders of the clinic , on Monday .",
            pos="DET NOUN VERB ADP PRON NOUN PUNCT DET NOUN ADP DET NOUN PUNCT ADP PROPN PUNCT",
            deps="det nsubj ROOT prep poss pobj punct det appos prep det pobj punct prep pobj punct",
            heads="1 2 2 2 5 3 2 8 1 8 11 9 8 8 13 2", matched="managers leaders", holds=True),
    # Bare words after a comma are a list, however the parser hung them.
    Example(set_off_beside, "Leaders , managers , you have got the idea .", pos="NOUN PUNCT NOUN PUNCT PRON AUX VERB DET NOUN PUNCT",
            deps="nsubj punct conj punct nsubj aux ROOT det dobj punct", heads="6 0 0 6 6 6 6 8 6 6", matched="Leaders managers", holds=False),
    # A past ("once managers themselves"), a relation ("the managers' manager") or two counted people are not a second name.
    Example(renames, "The leaders , once managers themselves , know .", pos="DET NOUN PUNCT SCONJ NOUN PRON PUNCT VERB PUNCT",
            deps="det nsubj punct advmod nsubj appos punct ROOT punct", heads="1 7 7 4 7 4 7 7 7", matched="leaders managers", holds=False),
    Example(renames, "The leader , the managers ' manager , sets targets .", pos="DET NOUN PUNCT DET NOUN PART NOUN PUNCT VERB NOUN PUNCT",
            deps="det nsubj punct det poss case appos punct ROOT dobj punct", heads="1 8 1 4 6 4 1 1 8 8 8", matched="leader manager", holds=False),
    Example(renames, "( one manager , one leader )", pos="PUNCT NUM NOUN PUNCT NUM NOUN PUNCT",
            deps="punct nummod ROOT punct nummod appos punct", heads="2 2 2 2 5 2 2", matched="manager leader", holds=False),
    # "(we say leader)" is the writer's gloss; "managers who say they lead" report what they do.
    Example(writer_glosses, "manager ( we say leader )", pos="NOUN PUNCT PRON VERB NOUN PUNCT", deps="ROOT punct nsubj parataxis dobj punct", heads="0 3 3 0 3 3",
            matched="manager say leader", holds=True),
    Example(writer_glosses, "Managers who say they lead", pos="NOUN PRON VERB PRON VERB", deps="ROOT nsubj relcl nsubj ccomp", heads="0 2 0 4 2",
            matched="Managers say lead", holds=False),
    # "are named leaders" names; "are often called leaders" reports a usage.
    Example(own_naming, "Managers are named leaders .", pos="NOUN AUX VERB NOUN PUNCT", deps="nsubjpass auxpass ROOT oprd punct", heads="2 2 2 2 2",
            lemmas="manager be name leader .", matched="Managers named leaders", holds=True),
    Example(own_naming, "Managers are often called leaders .", pos="NOUN AUX ADV VERB NOUN PUNCT", deps="nsubjpass auxpass advmod ROOT oprd punct", heads="3 3 3 3 3 3",
            lemmas="manager be often call leader .", matched="Managers called leaders", holds=False),
    # Naming with "as" names its own object ("refer to our managers as leaders"), not a word deeper in the phrase.
    Example(named_by_verb, "We refer to our managers as leaders .", pos="PRON VERB ADP PRON NOUN ADP NOUN PUNCT",
            deps="nsubj ROOT prep poss pobj prep pobj punct", heads="1 1 1 4 2 1 5 1", lemmas="we refer to our manager as leader .",
            matched="refer managers as leaders", holds=True),
    Example(named_by_verb, "She is known as a leader in the field of management .", pos="PRON AUX VERB ADP DET NOUN ADP DET NOUN ADP NOUN PUNCT",
            deps="nsubjpass auxpass ROOT prep det pobj prep det pobj prep pobj punct", heads="2 2 2 2 5 3 5 8 6 8 9 2",
            lemmas="she be know as a leader in the field of management .", matched="known management as leader", holds=False),
    # "Our managers are leaders" speaks of the role; "my manager is a great leader" describes one person.
    Example(about_the_role, "My manager is a great leader .", pos="PRON NOUN AUX DET ADJ NOUN PUNCT",
            deps="poss nsubj ROOT det amod attr punct", heads="1 2 2 5 5 2 2", tags="PRP$ NN VBZ DT JJ NN .",
            matched="manager is leader", holds=False),
    Example(about_the_role, "Our managers are leaders .", pos="PRON NOUN AUX NOUN PUNCT",
            deps="poss nsubj ROOT attr punct", heads="1 2 2 2 2", tags="PRP$ NNS VBP NNS .",
            matched="managers are leaders", holds=True),
    # Two namings shrug the difference off, unless the sentence goes on to tell them apart.
    Example(not_then_told_apart, "Some call it leading , others call it managing ; the two are different jobs .",
            pos="DET VERB PRON VERB PUNCT NOUN VERB PRON VERB PUNCT DET NUM AUX ADJ NOUN PUNCT",
            deps="nsubj ROOT dobj oprd punct nsubj conj dobj oprd punct det nsubj conj amod attr punct",
            heads="1 1 1 1 1 6 1 6 6 1 11 12 1 14 12 1", matched="call it leading , others call it managing", holds=False),
    Example(not_then_told_apart, "Some call it leading , others call it managing ; it is the same job .",
            pos="DET VERB PRON VERB PUNCT NOUN VERB PRON VERB PUNCT PRON AUX DET ADJ NOUN PUNCT",
            deps="nsubj ROOT dobj oprd punct nsubj conj dobj oprd punct nsubj conj det amod attr punct",
            heads="1 1 1 1 1 6 1 6 6 1 11 1 14 14 11 1", matched="call it leading , others call it managing", holds=True),
    # "The same job" makes one of the pair; "different jobs" keeps two.
    Example(complement_is_one, "Leading and managing are the same job .", pos="VERB CCONJ VERB AUX DET ADJ NOUN PUNCT",
            deps="csubj cc conj ROOT det amod attr punct", heads="3 0 0 3 6 6 3 3", matched="Leading managing are job", holds=True),
    Example(complement_is_one, "Leading and managing are different jobs .", pos="VERB CCONJ VERB AUX ADJ NOUN PUNCT",
            deps="csubj cc conj ROOT amod attr punct", heads="3 0 0 3 5 3 3", matched="Leading managing are jobs", holds=False),
    # "Be it X or Y" grants either name; "X and Y" names both.
    Example(alternatives, "Be it leadership or management , the skill is the same .", pos="AUX PRON NOUN CCONJ NOUN PUNCT DET NOUN AUX DET ADJ PUNCT",
            deps="advcl nsubj attr cc conj punct det nsubj ROOT det attr punct", heads="8 0 0 2 2 8 7 8 8 10 8 8",
            matched="Be leadership management is same", holds=True),
    Example(alternatives, "Be it leadership and management , the skill is the same .", pos="AUX PRON NOUN CCONJ NOUN PUNCT DET NOUN AUX DET ADJ PUNCT",
            deps="advcl nsubj attr cc conj punct det nsubj ROOT det attr punct", heads="8 0 0 2 2 8 7 8 8 10 8 8",
            matched="Be leadership management is same", holds=False),
    # Taken up again, the pair is one job; "they are one team" is one group of people.
    Example(one_thing, "Leading and managing : the two are a single job .", pos="VERB CCONJ VERB PUNCT DET NUM AUX DET ADJ NOUN PUNCT",
            deps="ROOT cc conj punct det nsubj parataxis det amod attr punct", heads="0 0 0 0 5 6 0 9 9 6 0",
            matched="Leading managing two are job", holds=True),
    Example(one_thing, "Leaders and managers : they are one team .", pos="NOUN CCONJ NOUN PUNCT PRON AUX NUM NOUN PUNCT",
            deps="ROOT cc conj punct nsubj parataxis nummod attr punct", heads="0 0 0 0 5 0 7 5 0",
            matched="Leaders managers they are team", holds=False),
    # "That sort of management" takes up the leaders of the sentence before; after managers it takes up managers.
    Example(takes_up_the_other, "Leaders listen . That sort of management works .", pos="NOUN VERB PUNCT DET NOUN ADP NOUN VERB PUNCT",
            deps="nsubj ROOT punct det nsubj prep pobj ROOT punct", heads="1 1 1 4 7 4 5 7 7", matched="Leaders listen . That sort of management", holds=True),
    Example(takes_up_the_other, "Managers listen . That sort of management works .", pos="NOUN VERB PUNCT DET NOUN ADP NOUN VERB PUNCT",
            deps="nsubj ROOT punct det nsubj prep pobj ROOT punct", heads="1 1 1 4 7 4 5 7 7", matched="Managers listen . That sort of management", holds=False),
    # The learned score reads only sentences outside the shapes the rule passes: an equation is read; one function added
    # to the other ("also"), a difference named, a slash naming a pair ("the leader/manager divide") and two roles of a named person are not.
    Example(not_a_pass_frame, "Management is leadership .", pos="NOUN AUX NOUN PUNCT", deps="nsubj ROOT attr punct", heads="1 1 1 1",
            matched="Management leadership", holds=True),
    Example(not_a_pass_frame, "Managers also lead .", pos="NOUN ADV VERB PUNCT", deps="nsubj advmod ROOT punct", heads="2 2 2 2",
            matched="Managers lead", holds=False),
    Example(not_a_pass_frame, "the leader / manager divide", pos="DET NOUN SYM NOUN NOUN", deps="det compound punct compound ROOT", heads="4 3 3 4 4",
            matched="leader manager", holds=False),
    Example(not_a_pass_frame, "Dana , plant manager and union leader , spoke .", pos="PROPN PUNCT NOUN NOUN CCONJ NOUN NOUN PUNCT VERB PUNCT",
            deps="nsubj punct compound appos cc compound conj punct ROOT punct", heads="8 0 3 0 3 6 3 0 8 8", matched="manager leader", holds=False),
    Example(not_a_pass_frame, "There is a real difference between managing and leading .", pos="PRON VERB DET ADJ NOUN ADP VERB CCONJ VERB PUNCT",
            deps="expl ROOT det amod attr prep pcomp cc conj punct", heads="1 1 4 4 1 4 5 6 6 1", matched="managing leading", holds=False),
    # A predicate that counts the pair as two of a kind keeps them apart, unless "one" merges them after it.
    Example(not_a_pass_frame, "Managing and leading are two skills .", pos="VERB CCONJ VERB AUX NUM NOUN PUNCT",
            deps="csubj cc conj ROOT nummod attr punct", heads="3 0 0 3 5 3 3", matched="Managing leading", holds=False),
    Example(not_a_pass_frame, "Managing and leading are two skills but one job .", pos="VERB CCONJ VERB AUX NUM NOUN CCONJ NUM NOUN PUNCT",
            deps="csubj cc conj ROOT nummod attr cc nummod conj punct", heads="3 0 0 3 5 3 5 8 5 3", matched="Managing leading", holds=True),
    # A family word in scare quotes is still used when a determiner names someone by it; a bare quoted word is mentioned.
    Example(modified_subject, "A ‘ leader ’ is just a manager .", pos="DET PUNCT NOUN PUNCT AUX ADV DET NOUN PUNCT",
            deps="det punct nsubj punct ROOT advmod det attr punct", heads="2 2 4 2 4 7 7 4 4", matched="leader manager", holds=True),
    Example(modified_subject, "‘ Leader ’ is a manager .", pos="PUNCT NOUN PUNCT AUX DET NOUN PUNCT",
            deps="punct nsubj punct ROOT det attr punct", heads="1 3 1 3 5 3 3", matched="Leader manager", holds=False),
    # A pair taken up by "it" in the next sentence is made one job; set against ("but") or counted as heads ("the same
    # people") it is not.
    Example(pair_resumed_later, "Textbooks separate managing from leading . Anyone knows it is a single job .",
            pos="NOUN VERB VERB ADP VERB PUNCT PRON VERB PRON AUX DET ADJ NOUN PUNCT",
            deps="nsubj ROOT dobj prep pcomp punct nsubj ROOT nsubj ccomp det amod attr punct", heads="1 1 1 2 3 1 7 7 9 7 12 12 9 7",
            lemmas="textbooks separate manage from lead . anyone know it be a single job .",
            matched="managing from leading . Anyone knows it is a single job", holds=True),
    Example(pair_resumed_later, "Managers plan and leaders inspire , but it is the same job .",
            pos="NOUN VERB CCONJ NOUN VERB PUNCT CCONJ PRON AUX DET ADJ NOUN PUNCT",
            deps="nsubj ROOT cc nsubj conj punct cc nsubj conj det amod attr punct", heads="1 1 1 4 1 1 1 8 1 11 11 8 1",
            lemmas="manager plan and leader inspire , but it be the same job .",
            matched="Managers plan and leaders inspire , but it is the same job", holds=False),
    Example(pair_resumed_later, "Managers and leaders met . It was the same people .",
            pos="NOUN CCONJ NOUN VERB PUNCT PRON AUX DET ADJ NOUN PUNCT",
            deps="nsubj cc conj ROOT punct nsubj ROOT det amod attr punct", heads="3 0 0 3 3 6 6 9 9 6 6",
            lemmas="manager and leader meet . it be the same people .",
            matched="Managers and leaders met . It was the same people", holds=False),
    # "Someone who manages people" defines a leader; one person described, or another act, does not.
    Example(defines_by_the_act, "A leader is someone who manages people .", pos="DET NOUN AUX PRON PRON VERB NOUN PUNCT",
            deps="det nsubj ROOT attr nsubj relcl dobj punct", heads="1 2 2 2 5 3 5 2", matched="leader is someone manages", holds=True),
    Example(defines_by_the_act, "Our manager is someone who leads by example .", pos="PRON NOUN AUX PRON PRON VERB ADP NOUN PUNCT",
            deps="poss nsubj ROOT attr nsubj relcl prep pobj punct", heads="1 2 2 2 5 3 5 6 2", matched="manager is someone leads", holds=False),
    Example(defines_by_the_act, "A leader is someone who manages budgets .", pos="DET NOUN AUX PRON PRON VERB NOUN PUNCT",
            deps="det nsubj ROOT attr nsubj relcl dobj punct", heads="1 2 2 2 5 3 5 2", matched="leader is someone manages", holds=False),
    # A verbless "Same job." after the pair calls it one; "different title" differs only in a name, "different skills"
    # tells the two apart, and "same people" counts heads.
    *(Example(same_left_one, f"Every manager leads , every leader manages . Same {noun} , different {tail} .",
              pos="DET NOUN VERB PUNCT DET NOUN VERB PUNCT ADJ NOUN PUNCT ADJ NOUN PUNCT",
              deps="det nsubj ROOT punct det nsubj conj punct amod ROOT punct amod appos punct",
              heads="1 2 2 2 5 6 2 2 9 9 9 12 9 9", lemmas=f"every manager lead , every leader manage . same {noun} , different {tail} .",
              matched=f"leader manages . Same {noun}", holds=holds)
      for noun, tail, holds in [("job", "title", True), ("job", "skills", False), ("people", "title", False)]),
    # A difference stated, then taken back whole by the next sentence; a ranking states no difference, and a denial
    # that goes on is no bare denial.
    *(Example(difference_then_denied, sentence, pos=pos, deps=deps, heads=heads, matched=matched, holds=holds)
      for sentence, pos, deps, heads, matched, holds in [
          ("They say managing is different from leading . It is n't .",
           "PRON VERB VERB AUX ADJ ADP VERB PUNCT PRON AUX PART PUNCT",
           "nsubj ROOT csubj ccomp acomp prep pcomp punct nsubj ROOT neg punct", "1 1 3 1 3 4 5 1 9 9 9 9",
           "managing is different from leading . It is n't", True),
          ("They say managing is more work than leading . It is n't .",
           "PRON VERB VERB AUX ADJ NOUN ADP VERB PUNCT PRON AUX PART PUNCT",
           "nsubj ROOT csubj ccomp amod attr prep pcomp punct nsubj ROOT neg punct", "1 1 3 1 5 3 5 6 1 10 10 10 10",
           "managing is more work than leading . It is n't", False),
          ("They say managing is different from leading . It is n't for me .",
           "PRON VERB VERB AUX ADJ ADP VERB PUNCT PRON AUX PART ADP PRON PUNCT",
           "nsubj ROOT csubj ccomp acomp prep pcomp punct nsubj ROOT neg prep pobj punct", "1 1 3 1 3 4 5 1 9 9 9 9 11 9",
           "managing is different from leading . It is n't", False)]),
    # "Yes, same job" makes the two one; "Yes, same people" counts heads and qualifies the answer.
    *(Example(short_answer, f"Is a manager a leader ? Yes , same {noun} .", pos="AUX DET NOUN DET NOUN PUNCT INTJ PUNCT ADJ NOUN PUNCT",
              deps="ROOT det nsubj det attr punct intj punct amod ROOT punct", heads="0 2 0 4 0 0 9 9 9 9 9",
              matched="manager a leader ? Yes", holds=holds)
      for noun, holds in [("job", True), ("people", False)]),
    # A count of names ("two words") merges; a count of roles or jobs counts two things.
    *(Example(not_then_split, f"Manager and leader : two {noun} .", pos="NOUN CCONJ NOUN PUNCT NUM NOUN PUNCT",
              deps="ROOT cc conj punct nummod appos punct", heads="0 0 0 0 5 0 0", matched=f"Manager and leader : two {noun}", holds=holds)
      for noun, holds in [("words", True), ("roles", False), ("jobs", False)]),
    *(Example(not_then_split, f"Manager and leader : two {noun} , one {after} .", pos="NOUN CCONJ NOUN PUNCT NUM NOUN PUNCT NUM NOUN PUNCT",
              deps="ROOT cc conj punct nummod appos punct nummod appos punct", heads="0 0 0 0 5 0 0 8 0 0",
              matched=f"Manager and leader : two {noun}", holds=holds)
      for noun, after, holds in [("roles", "job", True), ("jobs", "person", False)]),
    # An entry addressed to its reader ends at the other word; a heading goes on to say what the piece is about.
    Example(owned_definition_ends, "Line manager : your direct leader .", pos="NOUN NOUN PUNCT PRON ADJ NOUN PUNCT",
            deps="compound ROOT punct poss amod appos punct", heads="1 1 1 5 5 1 1", matched="manager : your direct leader", holds=True),
    Example(owned_definition_ends, "Leadership : our managers on what changed .", pos="NOUN PUNCT PRON NOUN ADP PRON VERB PUNCT",
            deps="ROOT punct poss appos prep nsubj pcomp punct", heads="0 0 3 0 3 6 4 0", matched="Leadership : our managers", holds=False),
    # A denied difference confined to a label ("Nothing but the title") stays denied; one confined to what people do
    # names a difference.
    *(Example(denied_difference_question, f"What 's the diff between a manager and a leader ? Nothing but {rest} .",
              pos=f"PRON AUX DET NOUN ADP DET NOUN CCONJ DET NOUN PUNCT PRON ADP {rest_pos} PUNCT",
              deps=f"attr ROOT det nsubj prep det pobj cc det conj punct ROOT prep {rest_deps} punct",
              heads=f"1 1 3 1 3 6 4 6 9 6 1 11 11 {rest_heads} 11", matched="manager and a leader ? Nothing", holds=holds)
      for rest, rest_pos, rest_deps, rest_heads, holds in [
          ("the title", "DET NOUN", "det pobj", "14 12", True),
          ("how they treat people", "SCONJ PRON VERB NOUN", "advmod nsubj pcomp dobj", "15 15 12 15", False)]),
    # "The wrong word for leadership" denies the gloss that "the polite word for" gives.
    *(Example(not_misnamed, f"Management is the {adjective} word for leadership .", pos="NOUN AUX DET ADJ NOUN ADP NOUN PUNCT",
              deps="nsubj ROOT det amod attr prep pobj punct", heads="1 1 4 4 1 4 5 1", matched="Management is word for leadership", holds=holds)
      for adjective, holds in [("polite", True), ("wrong", False)]),
    # A person doing the other act now is no equation; an act said to be the other act is.
    Example(not_progressive, "Our manager is leading the offsite .", pos="PRON NOUN AUX VERB DET NOUN PUNCT", tags="PRP$ NN VBZ VBG DT NN .",
            deps="poss nsubj aux ROOT det dobj punct", heads="1 3 3 3 5 3 3", lemmas="our manager be lead the offsite .",
            matched="manager is leading", holds=False),
    Example(not_progressive, "Managing people is leading them .", pos="VERB NOUN AUX VERB PRON PUNCT", tags="VBG NNS VBZ VBG PRP .",
            deps="csubj dobj aux ROOT dobj punct", heads="3 0 3 3 3 3", lemmas="manage people be lead they .",
            matched="Managing people is leading", holds=True),
    # "two words, one job" merges; two of anything but words ("two jobs, one calendar") counts two functions.
    Example(not_then_split, "Leadership and management : two words , one job .", pos="NOUN CCONJ NOUN PUNCT NUM NOUN PUNCT NUM NOUN PUNCT",
            deps="ROOT cc conj punct nummod appos punct nummod appos punct", heads="0 0 0 0 5 0 0 8 0 0",
            matched="Leadership and management : two words", holds=True),
    Example(not_then_split, "Leadership and management : two jobs , one calendar .", pos="NOUN CCONJ NOUN PUNCT NUM NOUN PUNCT NUM NOUN PUNCT",
            deps="ROOT cc conj punct nummod appos punct nummod appos punct", heads="0 0 0 0 5 0 0 8 0 0",
            matched="Leadership and management : two jobs", holds=False),
    # A pair that modifies a noun for words talks about the words; one that modifies anything else merges them.
    Example(not_words_named, "We counted leader / manager words in each post .", pos="PRON VERB NOUN SYM NOUN NOUN ADP DET NOUN PUNCT",
            deps="nsubj ROOT nmod punct compound dobj prep det pobj punct", heads="1 1 4 4 5 1 1 8 6 1", matched="leader manager", holds=False),
    Example(not_words_named, "Our leader / manager training starts Monday .", pos="PRON NOUN SYM NOUN NOUN NOUN PROPN PUNCT",
            deps="poss nmod punct compound compound ROOT npadvmod punct", heads="3 3 3 4 5 5 5 5", matched="leader manager", holds=True),
    # A scope between subject and verb is an aside only when commas close it; "for managers" narrows the subject.
    Example(aside_set_off, "Leading , in this section , means managing it .", pos="VERB PUNCT ADP DET NOUN PUNCT VERB VERB PRON PUNCT",
            deps="advcl punct prep det pobj punct ROOT xcomp dobj punct", heads="6 6 6 4 2 6 6 6 7 6",
            lemmas="lead , in this section , mean manage it .", matched="Leading , in this section , means managing", holds=True),
    Example(aside_set_off, "Leadership for managers means managing yourself .", pos="NOUN ADP NOUN VERB VERB PRON PUNCT",
            deps="nsubj prep pobj ROOT xcomp dobj punct", heads="3 0 1 3 3 4 3", lemmas="leadership for manager mean manage yourself .",
            matched="Leadership for managers means managing", holds=False),
    # A free relative may say where it holds ("in a small team"); one left on a bare preposition names a topic.
    Example(taken_up_as_what_the_other_is, "Rotas mean managing , which is what leadership is in a small team .",
            pos="NOUN VERB VERB PUNCT PRON AUX PRON NOUN AUX ADP DET ADJ NOUN PUNCT",
            deps="nsubj ROOT xcomp punct nsubj advcl det nsubj ccomp prep det amod pobj punct", heads="1 1 1 1 5 1 7 8 5 8 12 12 9 1",
            lemmas="rota mean manage , which be what leadership be in a small team .", matched="managing , which is what leadership is", holds=True),
    Example(taken_up_as_what_the_other_is, "Rotas mean managing , which is what leadership is about .",
            pos="NOUN VERB VERB PUNCT PRON AUX PRON NOUN AUX ADP PUNCT",
            deps="nsubj ROOT xcomp punct nsubj advcl det nsubj ccomp prep punct", heads="1 1 1 1 5 1 7 8 5 8 1",
            lemmas="rota mean manage , which be what leadership be about .", matched="managing , which is what leadership is", holds=False),
    # An answer whose comma opens a clause keeps its denial by renaming, and loses it to a difference drawn.
    Example(denied_difference_question, "Is a leader different from a manager ? No , we renamed them .",
            pos="AUX DET NOUN ADJ ADP DET NOUN PUNCT INTJ PUNCT PRON VERB PRON PUNCT",
            deps="ROOT det nsubj amod prep det pobj punct intj punct nsubj ROOT dobj punct", heads="0 2 0 2 3 6 4 0 11 11 11 11 11 11",
            lemmas="be a leader different from a manager ? no , we rename they .", matched="leader different from a manager ? No", holds=True),
    Example(denied_difference_question, "Is a leader different from a manager ? No , they do different work .",
            pos="AUX DET NOUN ADJ ADP DET NOUN PUNCT INTJ PUNCT PRON VERB ADJ NOUN PUNCT",
            deps="ROOT det nsubj amod prep det pobj punct intj punct nsubj ROOT amod dobj punct", heads="0 2 0 2 3 6 4 0 11 11 11 11 13 11 11",
            lemmas="be a leader different from a manager ? no , they do different work .", matched="leader different from a manager ? No", holds=False),
    Example(denied_difference_question, "Is a leader different from a manager ? No — the titles name one job .",
            pos="AUX DET NOUN ADJ ADP DET NOUN PUNCT INTJ PUNCT DET NOUN VERB NUM NOUN PUNCT",
            deps="ROOT det nsubj amod prep det pobj punct intj punct det nsubj ROOT nummod dobj punct", heads="0 2 0 2 3 6 4 0 12 12 11 12 12 14 12 12",
            lemmas="be a leader different from a manager ? no — the title name one job .", matched="leader different from a manager ? No", holds=True),
    # A not-equal sign set between the two denies they are one.
    Example(renames, "Leadership ( ≠ management ) is scored apart .", pos="NOUN PUNCT PROPN NOUN PUNCT AUX VERB ADV PUNCT",
            deps="nsubjpass punct compound appos punct auxpass ROOT advmod punct", heads="6 3 3 0 3 6 6 6 6",
            lemmas="leadership ( ≠ management ) be score apart .", matched="Leadership ( ≠ management", holds=False),
    # "whatever your unit calls them" shrugs at the names; "whatever your title" narrows.
    Example(shrug_follows, "Leaders or managers , whatever your unit calls them , file it .",
            pos="NOUN CCONJ NOUN PUNCT PRON PRON NOUN VERB PRON PUNCT VERB PRON PUNCT",
            deps="nsubj cc conj punct dobj poss nsubj relcl dobj punct ROOT dobj punct", heads="10 0 0 0 7 6 7 0 7 10 10 10 10",
            lemmas="leader or manager , whatever your unit call they , file it .", matched="Leaders or managers", holds=True),
    Example(shrug_follows, "Leaders or managers , whatever your title , file it .", pos="NOUN CCONJ NOUN PUNCT PRON PRON NOUN PUNCT VERB PRON PUNCT",
            deps="nsubj cc conj punct conj poss nsubj punct ROOT dobj punct", heads="8 0 0 0 0 6 4 8 8 8 8",
            lemmas="leader or manager , whatever your title , file it .", matched="Leaders or managers", holds=False),
    # A pipe table row under a column of synonyms gives the second name as the first's; a column of bosses relates two.
    *(Example(column_names_the_other, f"| Role | {head} | |---|---| | Manager | Leader |",
              pos="PUNCT NOUN PUNCT ADV VERB PUNCT PUNCT PUNCT NOUN PUNCT NOUN PUNCT",
              deps="punct ROOT punct advmod acl punct punct punct appos punct appos punct", heads="1 1 1 4 1 1 1 1 1 1 1 1",
              matched="Manager | Leader", holds=holds)
      for head, holds in [("Also called", True), ("Reports to", False)]),
    # "we call managers leaders" names them; "call ... in" summons them.
    Example(named_in_place, "We call managers leaders .", pos="PRON VERB NOUN NOUN PUNCT", deps="nsubj ROOT compound dobj punct",
            heads="1 1 3 1 1", lemmas="we call manager leader .", matched="call managers leaders", holds=True),
    Example(named_in_place, "We call managers leaders in .", pos="PRON VERB NOUN NOUN ADP PUNCT", deps="nsubj ROOT compound dobj prt punct",
            heads="1 1 3 1 1 1", lemmas="we call manager leader in .", matched="call managers leaders", holds=False),
    # A bracketed name glosses when it repeats the first name's head noun; another head describes.
    Example(same_head_repeated, "Management skills ( leadership skills ) count .", pos="NOUN NOUN PUNCT NOUN NOUN PUNCT NOUN PUNCT",
            deps="compound nsubj punct compound appos punct ROOT punct", heads="1 6 1 4 1 4 6 6",
            lemmas="management skill ( leadership skill ) count .", matched="Management skills ( leadership skills )", holds=True),
    Example(same_head_repeated, "Managers ( leadership coaches ) help .", pos="NOUN PUNCT NOUN NOUN PUNCT VERB PUNCT",
            deps="nsubj punct compound appos punct ROOT punct", heads="5 3 3 0 3 5 5",
            lemmas="manager ( leadership coach ) help .", matched="Managers ( leadership coaches )", holds=False),
    # "When we say leader, we mean manager" is the writer's usage; "when people say" reports others'.
    *(Example(writer_says, f"When {who} say leader , {pron} mean manager .", pos=f"SCONJ {pos} VERB NOUN PUNCT PRON VERB NOUN PUNCT",
              deps="advmod nsubj ROOT dobj punct nsubj amod appos punct", heads="2 2 2 2 3 6 7 3 2",
              lemmas=f"when {who} say leader , {pron} mean manager .", matched="When " + who + " say leader , " + pron + " mean manager",
              holds=holds)
      for who, pron, pos, holds in [("we", "we", "PRON", True), ("people", "they", "NOUN", False)]),
    # "We use leader to mean manager" stipulates; "consultants use ..." reports a usage.
    *(Example(writer_uses, f"{who} use leader to mean manager .", pos=f"{pos} VERB NOUN PART VERB NOUN PUNCT",
              deps="nsubj ROOT dobj aux xcomp dobj punct", heads="1 1 1 4 1 4 1", lemmas=f"{who.lower()} use leader to mean manager .",
              matched="use leader to mean manager", holds=holds)
      for who, pos, holds in [("We", "PRON", True), ("Consultants", "NOUN", False)]),
    # Another spelling of the same thing glosses it.
    Example(real_gloss_marker, "Leadership ( sometimes written management ) counts .", pos="NOUN PUNCT ADV VERB NOUN PUNCT VERB PUNCT",
            deps="nsubj punct advmod amod appos punct ROOT punct", heads="6 3 3 4 0 6 6 6",
            lemmas="leadership ( sometimes write management ) count .", matched="Leadership ( sometimes written management", holds=True),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_the_condition_reads_the_example_as_the_spec_does(example):
    assert bool(example.condition(example.matched_words())) is example.holds
