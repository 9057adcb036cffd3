"""LM002 (replacement): the conditions of its patterns, on sentences parsed by hand (no model)."""
from __future__ import annotations

import pytest

from lintkit.engine.conditions.lm002 import (
    answer_said_by_someone, answered_with_one, asks_which_kind_you_are, choice_between_required, not_split_by_object, no_role_named, not_a_path_of_people, not_both_required, not_concessive, not_coordinated, not_described_activity, not_one_person_swap, not_roles_side_by_side,
    not_comparison_denied, not_rejected_question, not_relative_clause, other_not_modifier, picked_after_choice, remade_to_a_kind, second_bare,
)
from lintkit.engine.conditions.lm002 import destination_not_a_post, first_not_modifier, no_both_later, no_fault_laid, not_just_one, other_not_denied_after, not_a_named_person, not_an_inability, not_one_role_ranked, whole_side
from lintkit.engine.conditions.lm002 import asks_which_to_choose, picks_one
from lintkit.engine.conditions.lm002_clauses import ended_then_risen, same_means_refused
from lintkit.engine.conditions.lm002_contrasts import aside_set_off_before_or, fallback_for_failure, held_back_then_freed, not_kept_as_much, not_one_person_beside_the_group, verdict_stands_alone
from lintkit.engine.conditions.lm002_frames import dropped_then_taken_up
from lintkit.engine.conditions.lm002 import instead_opens_its_phrase
from lintkit.engine.conditions.lm002_backoff import no_side_set_against_an_outsider
from lintkit.engine.conditions.lm002_contrasts import both_refused_after_choice, others_one_we_the_other, relic_then_successor
from tests.hand_built import Example

EXAMPLES = [
    # "Only one" as the subject after an either/or pair says one side alone does it; "only one of us" counts people.
    Example(picks_one, "Manage or lead ? Only one will get you promoted .", pos="VERB CCONJ VERB PUNCT ADV NUM AUX VERB PRON VERB PUNCT",
            deps="ROOT cc conj punct advmod nsubj aux ROOT nsubj ccomp punct", heads="0 0 0 0 5 7 7 7 9 7 7",
            matched="Manage lead Only one", holds=True),
    Example(picks_one, "Manage or lead ? Only one of us can decide .", pos="VERB CCONJ VERB PUNCT ADV NUM ADP PRON AUX VERB PUNCT",
            deps="ROOT cc conj punct advmod nsubj prep pobj aux ROOT punct", heads="0 0 0 0 5 9 5 6 9 9 9",
            matched="Manage lead Only one", holds=False),
    # The reader asked to choose one of the pair; a question that goes on past its verb asks about something else.
    Example(asks_which_to_choose, "Management or leadership : which will you choose ?", pos="NOUN CCONJ NOUN PUNCT PRON AUX PRON VERB PUNCT",
            deps="dep cc conj punct dobj aux nsubj ROOT punct", heads="7 0 0 7 7 7 7 7 7",
            matched="Management leadership which will you choose", holds=True),
    Example(asks_which_to_choose, "Management or leadership : which will you choose for the pilot ?",
            pos="NOUN CCONJ NOUN PUNCT PRON AUX PRON VERB ADP DET NOUN PUNCT",
            deps="dep cc conj punct dobj aux nsubj ROOT prep det pobj punct", heads="7 0 0 7 7 7 7 7 7 10 8 7",
            matched="Management leadership which will you choose", holds=False),
    # One side's end named, the other taking over or rising after it; an end that dates something swaps nothing.
    Example(ended_then_risen, "The end of management : leaders take over .", pos="DET NOUN ADP NOUN PUNCT NOUN VERB ADP PUNCT",
            deps="det ROOT prep pobj punct nsubj ROOT prt punct", heads="1 1 1 2 1 6 6 6 6",
            lemmas="the end of management : leader take over .", matched="end management leaders", holds=True),
    Example(ended_then_risen, "The decline of management and the rise of leadership .", pos="DET NOUN ADP NOUN CCONJ DET NOUN ADP NOUN PUNCT",
            deps="det ROOT prep pobj cc det conj prep pobj punct", heads="1 1 1 2 1 6 1 6 7 1",
            matched="decline management leadership", holds=True),
    Example(ended_then_risen, "At the end of management training , leaders take over .", pos="ADP DET NOUN ADP NOUN NOUN PUNCT NOUN VERB ADP PUNCT",
            deps="prep det pobj prep compound pobj punct nsubj ROOT prt punct", heads="8 2 0 2 5 3 8 8 8 8 8",
            lemmas="at the end of management training , leader take over .", matched="end management leaders", holds=False),
    Example(ended_then_risen, "The end of management : leaders step back .", pos="DET NOUN ADP NOUN PUNCT NOUN VERB ADV PUNCT",
            deps="det ROOT prep pobj punct nsubj ROOT advmod punct", heads="1 1 1 2 1 6 6 6 6",
            lemmas="the end of management : leader step back .", matched="end management leaders", holds=False),
    # "managerial" names a way of running things even where the parser makes it a compound; a noun modifier names a thing.
    Example(first_not_modifier, "Managerial Christianity is finished ; we need leadership .", pos="PROPN PROPN AUX ADJ PUNCT PRON VERB NOUN PUNCT",
            deps="compound nsubj ROOT acomp punct nsubj ROOT dobj punct", heads="1 2 2 2 2 6 6 6 6",
            matched="Managerial Christianity is finished ; we need leadership", holds=True),
    Example(first_not_modifier, "Management consulting is finished ; we need leadership .", pos="NOUN NOUN AUX ADJ PUNCT PRON VERB NOUN PUNCT",
            deps="compound nsubj ROOT acomp punct nsubj ROOT dobj punct", heads="1 2 2 2 2 6 6 6 6",
            matched="Management consulting is finished ; we need leadership", holds=False),
    # "alongside" on the act with people as its object says who the act is done with; with an act as its object it adds one.
    Example(not_just_one, "We do n't manage the kids ; we lead alongside them .", pos="PRON AUX PART VERB DET NOUN PUNCT PRON VERB ADP PRON PUNCT",
            deps="nsubj aux neg ROOT det dobj punct nsubj ROOT prep pobj punct", heads="3 3 3 3 5 3 3 8 8 8 9 8",
            tags="PRP VBP RB VB DT NNS : PRP VBP IN PRP .", lemmas="we do not manage the kid ; we lead alongside they .",
            matched="n't manage the kids ; we lead", holds=True),
    Example(not_just_one, "We do n't manage the kids ; we lead alongside it .", pos="PRON AUX PART VERB DET NOUN PUNCT PRON VERB ADP PRON PUNCT",
            deps="nsubj aux neg ROOT det dobj punct nsubj ROOT prep pobj punct", heads="3 3 3 3 5 3 3 8 8 8 9 8",
            tags="PRP VBP RB VB DT NNS : PRP VBP IN PRP .", lemmas="we do not manage the kid ; we lead alongside it .",
            matched="n't manage the kids ; we lead", holds=False),
    # "don't just manage" asks for more than managing; "don't manage" refuses it.
    *(Example(not_just_one, f"Lead the school , do n't {limit}manage it .", pos="VERB DET NOUN PUNCT AUX PART " + ("ADV " if limit else "") + "VERB PRON PUNCT",
              deps="ROOT det dobj punct aux neg " + ("advmod " if limit else "") + "conj dobj punct",
              heads="0 2 0 0 {v} {v} {adv}{v} {v} 0".format(v=7 if limit else 6, adv="7 " if limit else ""),
              tags="VB DT NN , VB RB " + ("RB " if limit else "") + "VB PRP .", matched=f"Lead the school , do n't {limit}manage", holds=holds)
      for limit, holds in [("just ", False), ("", True)]),
    Example(not_just_one, "Managers plan ; hire leaders alongside them .", pos="NOUN VERB PUNCT VERB NOUN ADP PRON PUNCT",
            deps="nsubj ROOT punct ROOT dobj prep pobj punct", heads="1 1 1 3 3 3 5 3",
            tags="NNS VBP : VB NNS IN PRP .", lemmas="manager plan ; hire leader alongside they .",
            matched="Managers plan ; hire leaders", holds=False),
    # A first side that modifies a thing names the thing; a head that stands for the function keeps the swap.
    Example(other_not_modifier, "We scrapped the management rota and hired leaders .", pos="PRON VERB DET NOUN NOUN CCONJ VERB NOUN PUNCT",
            deps="nsubj ROOT det compound dobj cc conj dobj punct", heads="1 1 4 4 1 1 1 6 1", tags="PRP VBD DT NN NN CC VBD NNS .",
            lemmas="we scrap the management rota and hire leader .", matched="scrapped management leaders", holds=False),
    Example(other_not_modifier, "We scrapped the management layer and hired leaders .", pos="PRON VERB DET NOUN NOUN CCONJ VERB NOUN PUNCT",
            deps="nsubj ROOT det compound dobj cc conj dobj punct", heads="1 1 4 4 1 1 1 6 1", tags="PRP VBD DT NN NN CC VBD NNS .",
            lemmas="we scrap the management layer and hire leader .", matched="scrapped management leaders", holds=True),
    # A verdict that ends its clause stands; one that goes on ("never far behind") says how near.
    Example(verdict_stands_alone, "Leading always , managing never .", pos="VERB ADV PUNCT VERB ADV PUNCT",
            deps="ROOT advmod punct conj advmod punct", heads="0 0 0 0 3 0", tags="VBG RB , VBG RB .",
            lemmas="lead always , manage never .", matched="Leading never", holds=True),
    Example(verdict_stands_alone, "Leadership first , management never far behind .", pos="NOUN ADV PUNCT NOUN ADV ADV ADV PUNCT",
            deps="ROOT advmod punct appos neg advmod advmod punct", heads="0 0 0 0 6 6 3 0", tags="NN RB , NN RB RB RB .",
            lemmas="leadership first , management never far behind .", matched="Leadership never", holds=False),
    # "No fewer" before a side keeps as many of it; a plain "fewer" cuts.
    Example(not_kept_as_much, "We need more leaders and no fewer managers .", pos="PRON VERB ADJ NOUN CCONJ DET ADJ NOUN PUNCT",
            deps="nsubj ROOT amod dobj cc det amod conj punct", heads="1 1 3 1 3 6 7 3 1", tags="PRP VBP JJR NNS CC DT JJR NNS .",
            lemmas="we need more leader and no few manager .", matched="leaders managers", holds=False),
    Example(not_kept_as_much, "We need more leaders and fewer managers .", pos="PRON VERB ADJ NOUN CCONJ ADJ NOUN PUNCT",
            deps="nsubj ROOT amod dobj cc amod conj punct", heads="1 1 3 1 3 6 3 1", tags="PRP VBP JJR NNS CC JJR NNS .",
            lemmas="we need more leader and few manager .", matched="leaders managers", holds=True),
    # A "no" to a question that weighs both sides tells them apart; a "no" to one side asked alone turns it down.
    Example(not_comparison_denied, "Are leaders and managers the same ? No . Leaders set direction .",
            pos="AUX NOUN CCONJ NOUN DET ADJ PUNCT INTJ PUNCT NOUN VERB NOUN PUNCT", deps="ROOT nsubj cc conj det acomp punct ROOT punct nsubj ROOT dobj punct",
            heads="0 0 1 1 5 0 0 7 7 10 10 10 10", lemmas="be leader and manager the same ? no . leader set direction .",
            matched="managers Leaders", holds=False),
    Example(not_comparison_denied, "Do we need more managers ? No . We need leaders .",
            pos="AUX PRON VERB ADJ NOUN PUNCT INTJ PUNCT PRON VERB NOUN PUNCT", deps="aux nsubj ROOT amod dobj punct ROOT punct nsubj ROOT dobj punct",
            heads="2 2 2 4 2 2 6 6 9 9 9 9", lemmas="do we need more manager ? no . we need leader .",
            matched="managers leaders", holds=True),
    # Fault laid on one side and then the other picks out who is to blame; hiring one and not the other keeps a function.
    *(Example(no_fault_laid, f"{verb} the leaders , not the managers .", pos="VERB DET NOUN PUNCT PART DET NOUN PUNCT",
              deps="ROOT det dobj punct neg det appos punct", heads="0 2 0 2 6 6 2 0", tags="VB DT NNS , RB DT NNS .",
              lemmas=f"{verb.lower()} the leader , not the manager .", matched="leaders managers", holds=holds)
      for verb, holds in [("Blame", False), ("Hire", True)]),
    # A bare "to" after a verb of remaking makes one kind of person into the other, as "into" does; after "promote" it
    # is a move between posts, and before a verb it is what people are trained for.
    *(Example(remade_to_a_kind, f"{verb} your managers to leaders .", pos="VERB PRON NOUN ADP NOUN PUNCT", deps="ROOT poss dobj prep pobj punct",
              heads="0 2 0 0 3 0", tags="VB PRP$ NNS IN NNS .", lemmas=f"{verb.lower()} your manager to leader .",
              matched=f"{verb} managers to leaders", holds=holds)
      for verb, holds in [("Upgrade", True), ("Convert", True), ("Promote", False)]),
    Example(remade_to_a_kind, "Develop your managers to lead .", pos="VERB PRON NOUN PART VERB PUNCT", deps="ROOT poss dobj aux xcomp punct",
            heads="0 2 0 4 0 0", tags="VB PRP$ NNS TO VB .", lemmas="develop your manager to lead .", matched="Develop managers to lead", holds=False),
    Example(remade_to_a_kind, "Upgrade the manager dashboard to the leader edition .", pos="VERB DET NOUN NOUN ADP DET NOUN NOUN PUNCT",
            deps="ROOT det compound dobj prep det compound pobj punct", heads="0 3 3 0 0 7 7 4 0", tags="VB DT NN NN IN DT NN NN .",
            lemmas="upgrade the manager dashboard to the leader edition .", matched="Upgrade manager dashboard to the leader", holds=False),
    Example(remade_to_a_kind, "Turn managers into leaders .", pos="VERB NOUN ADP NOUN PUNCT", deps="ROOT dobj prep pobj punct",
            heads="0 0 0 2 0", tags="VB NNS IN NNS .", lemmas="turn manager into leader .", matched="Turn managers into leaders", holds=True),
    # What some people, or one person, cannot do describes them; said of the whole side it is left to the score.
    Example(not_an_inability, "leaders who ca n't manage exist .", pos="NOUN PRON AUX PART VERB VERB PUNCT", tags="NNS WP MD RB VB VBP .",
            deps="nsubj nsubj aux neg relcl ROOT punct", heads="5 4 4 4 0 5 5", lemmas="leader who can not manage exist .",
            matched="leaders who ca n't manage", holds=False),
    Example(not_an_inability, "leaders ca n't manage .", pos="NOUN AUX PART VERB PUNCT", tags="NNS MD RB VB .",
            deps="nsubj aux neg ROOT punct", heads="3 3 3 3 3", lemmas="leader can not manage .",
            matched="leaders ca n't manage", holds=True),
    # A determiner before the word (past a role noun) names a person; an imperative has none.
    Example(not_a_named_person, "my team lead does n't manage .", pos="PRON NOUN NOUN AUX PART VERB PUNCT", tags="PRP$ NN NN VBZ RB VB .",
            deps="poss compound nsubj aux neg ROOT punct", heads="2 2 5 5 5 5 5", lemmas="my team lead do not manage .",
            matched="lead does n't manage", holds=False),
    Example(not_a_named_person, "Lead , do n't manage .", pos="VERB PUNCT AUX PART VERB PUNCT", tags="VB , VB RB VB .",
            deps="ROOT punct aux neg conj punct", heads="0 0 4 4 0 0", lemmas="lead , do not manage .",
            matched="Lead , do n't manage", holds=True),
    # A sign that ranks two kinds of one role ranks no side over the other; the two roles ranked is a preference.
    Example(not_one_role_ranked, "managers who lead > a manager .", pos="NOUN PRON VERB PUNCT DET NOUN PUNCT",
            deps="ROOT nsubj relcl punct det appos punct", heads="0 2 0 0 5 0 0", matched="lead > a manager", holds=False),
    Example(not_one_role_ranked, "leaders > managers .", pos="NOUN PUNCT NOUN PUNCT",
            deps="ROOT punct appos punct", heads="0 0 0 0", matched="leaders > managers", holds=True),
    # One particular manager set beside "leadership" as the subject of an act says who does it; as an object wanted
    # in place of the other, it is still a swap.
    Example(not_one_person_beside_the_group, "Leadership , not your manager , approves it .", pos="NOUN PUNCT PART PRON NOUN PUNCT VERB PRON PUNCT",
            deps="nsubj punct neg poss appos punct ROOT dobj punct", heads="6 0 4 4 0 0 6 6 6", tags="NN , RB PRP$ NN , VBZ PRP .",
            matched="Leadership , not your manager", holds=False),
    Example(not_one_person_beside_the_group, "We need leadership , not your manager .", pos="PRON VERB NOUN PUNCT PART PRON NOUN PUNCT",
            deps="nsubj ROOT dobj punct neg poss appos punct", heads="1 1 1 2 6 6 2 1", tags="PRP VBP NN , RB PRP$ NN .",
            matched="leadership , not your manager", holds=True),
    # An owner names whose thing is let go, on either side: no function is set aside.
    Example(other_not_modifier, "We cut the managers ' budget and hired leaders .", pos="PRON VERB DET NOUN PART NOUN CCONJ VERB NOUN PUNCT",
            deps="nsubj ROOT det poss case dobj cc conj dobj punct", heads="1 1 3 5 3 1 1 1 7 1", matched="cut the managers ' budget and hired leaders",
            holds=False),
    Example(other_not_modifier, "We cut the managers and hired leaders .", pos="PRON VERB DET NOUN CCONJ VERB NOUN PUNCT",
            deps="nsubj ROOT det dobj cc conj dobj punct", heads="1 1 3 1 1 1 5 1", matched="cut the managers and hired leaders", holds=True),
    # So does one particular person beside another; what the two roles are, said with "is", is a claim about them.
    Example(not_one_person_beside_the_group, "Your manager , not your team leader , approves leave .",
            pos="PRON NOUN PUNCT PART PRON NOUN NOUN PUNCT VERB NOUN PUNCT", deps="poss nsubj punct neg poss compound appos punct ROOT dobj punct",
            heads="1 8 1 1 6 6 1 1 8 8 8", tags="PRP$ NN , RB PRP$ NN NN , VBZ NN .",
            matched="manager , not your team leader", holds=False),
    Example(not_one_person_beside_the_group, "Your leader , not your manager , is the one .",
            pos="PRON NOUN PUNCT PART PRON NOUN PUNCT AUX DET NOUN PUNCT", deps="poss nsubj punct neg poss appos punct ROOT det attr punct",
            heads="1 7 1 1 5 1 1 7 9 7 7", tags="PRP$ NN , RB PRP$ NN , VBZ DT NN .",
            lemmas="your leader , not your manager , be the one .",
            matched="leader , not your manager", holds=True),
    # A person and then the group at the top, as one link of a longer chain of arrows, is a path through people; the two
    # ends alone, or a person at both ends, are a growth.
    *(Example(not_a_path_of_people, text, pos=" ".join(["NOUN", "SYM"] * (n - 1) + ["NOUN"]), deps=" ".join(["nmod", "punct"] * (n - 1) + ["ROOT"]),
              heads=" ".join([str(2 * (n - 1))] * (2 * n - 1)), matched=matched, holds=holds)
      for text, n, matched, holds in [("Engineer → manager → leadership", 3, "manager → leadership", False),
                                      ("Manager → leadership", 2, "Manager → leadership", True),
                                      ("Engineer → manager → leader", 3, "manager → leader", True)]),
    # An either/or question about the two answered with one of them alone picks a side; what someone is, or an
    # answer with a condition, picks nothing.
    Example(answered_with_one, "Managers or leaders ? Leaders .", pos="NOUN CCONJ NOUN PUNCT NOUN PUNCT", deps="ROOT cc conj punct ROOT punct",
            heads="0 0 0 0 4 4", lemmas="manager or leader ? leader .", matched="Managers or leaders ? Leaders", holds=True),
    Example(answered_with_one, "Should I be a manager or a leader ? A leader .", pos="AUX PRON AUX DET NOUN CCONJ DET NOUN PUNCT DET NOUN PUNCT",
            deps="aux nsubj ROOT det attr cc det conj punct det ROOT punct", heads="2 2 2 4 2 4 7 4 2 10 10 10",
            lemmas="should i be a manager or a leader ? a leader .", matched="manager or a leader ? A leader", holds=True),
    Example(answered_with_one, "Is she a manager or a leader ? A manager .", pos="AUX PRON DET NOUN CCONJ DET NOUN PUNCT DET NOUN PUNCT",
            deps="ROOT nsubj det attr cc det conj punct det ROOT punct", heads="0 0 3 0 3 6 3 0 9 9 9",
            lemmas="be she a manager or a leader ? a manager .", matched="manager or a leader ? A manager", holds=False),
    Example(answered_with_one, "Managers or leaders ? Leaders when plans change .", pos="NOUN CCONJ NOUN PUNCT NOUN ADV NOUN VERB PUNCT",
            deps="ROOT cc conj punct ROOT advmod nsubj relcl punct", heads="0 0 0 0 4 7 7 4 4",
            lemmas="manager or leader ? leader when plan change .", matched="Managers or leaders ? Leaders", holds=False),
    # "What's better, X or Y?" asks which to prefer; "Is she a manager or a leader?" (above) what someone is.
    Example(answered_with_one, "What 's better , a manager or a leader ? A leader .", pos="PRON AUX ADJ PUNCT DET NOUN CCONJ DET NOUN PUNCT DET NOUN PUNCT",
            deps="nsubj ROOT acomp punct det conj cc det conj punct det ROOT punct", heads="1 1 1 1 5 1 5 8 5 1 11 11 11",
            lemmas="what be well , a manager or a leader ? a leader .", matched="manager or a leader ? A leader", holds=True),
    # "only" after a negation asks for both; alone it shuts the other side out.
    Example(not_both_required, "Management got us here , but only leadership will get us there .",
            pos="NOUN VERB PRON ADV PUNCT CCONJ ADV NOUN AUX VERB PRON ADV PUNCT", deps="nsubj ROOT dobj advmod punct cc advmod nsubj aux conj dobj advmod punct",
            heads="1 1 1 1 1 1 7 9 9 1 9 9 1", lemmas="management get we here , but only leadership will get we there .",
            matched="Management got us here , but only leadership", holds=True),
    # "between" belongs to a choice, and the side picked after it is taken alone; a gap between the two is no choice.
    Example(picked_after_choice, "Pick between managers and leaders , pick leaders .", pos="VERB ADP NOUN CCONJ NOUN PUNCT VERB NOUN PUNCT",
            deps="ROOT prep pobj cc conj punct conj dobj punct", heads="0 0 1 2 2 0 0 6 0", lemmas="pick between manager and leader , pick leader .",
            matched="between managers and leaders , pick leaders", holds=True),
    Example(picked_after_choice, "The gap between managers and leaders shrinks , so hire leaders .",
            pos="DET NOUN ADP NOUN CCONJ NOUN VERB PUNCT CCONJ VERB NOUN PUNCT", deps="det nsubj prep pobj cc conj ROOT punct cc conj dobj punct",
            heads="1 6 1 2 3 3 6 6 6 6 9 6", lemmas="the gap between manager and leader shrink , so hire leader .",
            matched="between managers and leaders , hire leaders", holds=False),
    # One side fallen back on where the other fails; declined ("refuse to manage") it is one that leading needs too.
    Example(fallback_for_failure, "If you have to manage , you failed to lead .", pos="SCONJ PRON VERB PART VERB PUNCT PRON VERB PART VERB PUNCT",
            tags="IN PRP VBP TO VB , PRP VBD TO VB .", deps="mark nsubj advcl aux xcomp punct nsubj ROOT aux xcomp punct",
            heads="2 2 7 4 2 7 7 7 9 7 7", lemmas="if you have to manage , you fail to lead .", matched="manage , you failed to lead", holds=True),
    Example(fallback_for_failure, "You ca n't lead if you refuse to manage .", pos="PRON AUX PART VERB SCONJ PRON VERB PART VERB PUNCT",
            tags="PRP MD RB VB IN PRP VBP TO VB .", deps="nsubj aux neg ROOT mark nsubj advcl aux xcomp punct",
            heads="3 3 3 3 6 6 3 8 6 3", lemmas="you can not lead if you refuse to manage .", matched="lead if you refuse to manage", holds=False),
    # A choice between the two that must be made gives one up; one denied, or already made, or between people, does not.
    Example(choice_between_required, "You have to choose between managing and leading .", pos="PRON VERB PART VERB ADP NOUN CCONJ NOUN PUNCT",
            tags="PRP VBP TO VB IN NN CC NN .", deps="nsubj ROOT aux xcomp prep pcomp cc conj punct", heads="1 1 3 1 3 4 5 5 1",
            lemmas="you have to choose between managing and leading .", matched="between managing and leading", holds=True),
    Example(choice_between_required, "You do n't have to choose between managing and leading .",
            pos="PRON AUX PART VERB PART VERB ADP NOUN CCONJ NOUN PUNCT", tags="PRP VBP RB VB TO VB IN NN CC NN .",
            deps="nsubj aux neg ROOT aux xcomp prep pcomp cc conj punct", heads="3 3 3 3 5 3 5 6 7 7 3",
            lemmas="you do not have to choose between managing and leading .", matched="between managing and leading", holds=False),
    Example(choice_between_required, "You must choose between a manager and a leader .", pos="PRON AUX VERB ADP DET NOUN CCONJ DET NOUN PUNCT",
            tags="PRP MD VB IN DT NN CC DT NN .", deps="nsubj aux ROOT prep det pobj cc det conj punct", heads="2 2 2 2 5 3 5 8 5 2",
            lemmas="you must choose between a manager and a leader .", matched="between manager and leader", holds=False),
    Example(choice_between_required, "She chose between managing and leading .", pos="PRON VERB ADP NOUN CCONJ NOUN PUNCT",
            tags="PRP VBD IN NN CC NN .", deps="nsubj ROOT prep pcomp cc conj punct", heads="1 1 1 2 3 3 1",
            lemmas="she choose between managing and leading .", matched="between managing and leading", holds=False),
    # "Managers who never lead" describes people; it does not command.
    Example(not_relative_clause, "Managers who never lead are everywhere .", pos="NOUN PRON ADV VERB AUX ADV PUNCT", deps="nsubj nsubj neg relcl ROOT advmod punct", heads="4 3 3 0 4 4 4",
            matched="Managers who never lead", holds=False),
    Example(not_relative_clause, "Stop managing and lead .", pos="VERB VERB CCONJ VERB PUNCT", deps="ROOT xcomp cc conj punct", heads="0 0 1 1 0",
            matched="Stop managing and lead", holds=True),
    # "Not only managers but also leaders" asks for both.
    Example(not_both_required, "We need not only managers but also leaders .", pos="PRON VERB PART ADV NOUN CCONJ ADV NOUN PUNCT", deps="nsubj ROOT neg advmod dobj cc advmod conj punct", heads="1 1 4 4 1 4 7 4 1",
            matched="managers but also leaders", holds=False),
    Example(not_both_required, "We need leaders , not managers .", pos="PRON VERB NOUN PUNCT PART NOUN PUNCT", deps="nsubj ROOT dobj punct neg appos punct", heads="1 1 1 2 5 2 1",
            matched="leaders , not managers", holds=True),
    # "Most leads end up managing" reports where time goes.
    Example(not_described_activity, "Most leads end up managing , not leading .", pos="ADJ NOUN VERB ADP VERB PUNCT PART VERB PUNCT", deps="amod nsubj ROOT prt xcomp punct neg conj punct", heads="1 2 2 2 2 4 7 4 2",
            lemmas="most lead end up manage , not lead .", matched="managing , not leading", holds=False),
    Example(not_described_activity, "Start leading , not managing .", pos="VERB VERB PUNCT PART VERB PUNCT", deps="ROOT xcomp punct neg conj punct", heads="0 0 1 4 1 0",
            matched="leading , not managing", holds=True),
    # A leadership of a named unit at the end of a path is a post taken; leadership alone is a way of working.
    *(Example(destination_not_a_post, f"She moved from management into leadership{rest} .", pos=f"PRON VERB ADP NOUN ADP NOUN{pos} PUNCT",
              deps=f"nsubj ROOT prep pobj prep pobj{deps} punct", heads=f"1 1 1 2 1 4{heads} 1", matched="management into leadership", holds=holds)
      for rest, pos, deps, heads, holds in [
          (" of the division", " ADP DET NOUN", " prep det pobj", " 5 8 6", False),
          ("", "", "", "", True)]),
    # A past passive told of the writer reports what was done to them; told of a kind ("teams") it keeps the claim.
    Example(not_described_activity, "We were managed , never led .", pos="PRON AUX VERB PUNCT ADV VERB PUNCT", tags="PRP VBD VBN , RB VBN .",
            deps="nsubjpass auxpass ROOT punct neg advcl punct", heads="2 2 2 2 5 2 2", lemmas="we be manage , never lead .",
            matched="managed , never led", holds=False),
    Example(not_described_activity, "Teams were led , not managed .", pos="NOUN AUX VERB PUNCT PART VERB PUNCT", tags="NNS VBD VBN , RB VBN .",
            deps="nsubjpass auxpass ROOT punct neg conj punct", heads="2 2 2 2 5 2 2", lemmas="team be lead , not manage .",
            matched="led , not managed", holds=True),
    # What a person is good at, said with "be", describes them; a need said with "be" asks.
    *(Example(not_described_activity, f"{owner} {noun} is management , not leadership .", pos="PRON NOUN AUX NOUN PUNCT PART NOUN PUNCT",
              deps="poss nsubj ROOT attr punct neg appos punct", heads="1 2 2 2 3 6 3 2",
              lemmas=f"{owner.lower()} {noun} be management , not leadership .", matched="management , not leadership", holds=holds)
      for owner, noun, holds in [("Her", "strength", False), ("Our", "need", True)]),
    # Two acts, each told of its own subject and weighed by a comparative, report how the days go; a modal prescribes.
    Example(not_described_activity, "I manage more than I lead .", pos="PRON VERB ADJ SCONJ PRON VERB PUNCT", deps="nsubj ROOT dobj mark nsubj advcl punct",
            heads="1 1 1 5 5 2 1", tags="PRP VBP JJR IN PRP VBP .", matched="manage more than I lead", holds=False),
    Example(not_described_activity, "We should lead more than we manage .", pos="PRON AUX VERB ADV SCONJ PRON VERB PUNCT", deps="nsubj aux ROOT advmod mark nsubj advcl punct",
            heads="2 2 2 2 6 6 3 2", tags="PRP MD VB JJR IN PRP VBP .", matched="lead more than we manage", holds=True),
    # Two kinds of people, each given a short act of its own, side by side, are two jobs told apart; a verdict is a claim.
    Example(not_roles_side_by_side, "Managers plan , leaders inspire .", pos="NOUN NOUN PUNCT NOUN VERB PUNCT", deps="compound dep punct nsubj ROOT punct",
            heads="1 4 4 4 4 4", tags="NNS NN , NNS VBP .", lemmas="manager plan , leader inspire .", matched="Managers plan , leaders", holds=False),
    Example(not_roles_side_by_side, "Managers are out , leaders are in .", pos="NOUN AUX ADV PUNCT NOUN AUX ADV PUNCT",
            deps="nsubj ROOT advmod punct nsubj conj advmod punct", heads="1 1 1 1 5 1 5 1", tags="NNS VBP RB , NNS VBP RB .",
            lemmas="manager be out , leader be in .", matched="Managers are out , leaders", holds=True),
    Example(not_roles_side_by_side, "Managers , leaders , same difference .", pos="NOUN PUNCT NOUN PUNCT ADJ NOUN PUNCT",
            deps="ROOT punct conj punct amod appos punct", heads="0 0 0 2 5 0 0", tags="NNS , NNS , JJ NN .",
            matched="Managers , leaders", holds=True),
    # A concession describes and does not reject.
    Example(not_concessive, "They may not be managing anybody , but they are leading .", pos="PRON AUX PART AUX VERB PRON PUNCT CCONJ PRON AUX VERB PUNCT",
            deps="nsubj aux neg aux ROOT dobj punct cc nsubj aux conj punct", heads="4 4 4 4 4 4 4 4 10 10 4 4",
            matched="not be managing anybody , but they are leading", holds=False),
    Example(not_concessive, "Do not manage them , lead them .", pos="AUX PART VERB PRON PUNCT VERB PRON PUNCT", deps="aux neg ROOT dobj punct conj dobj punct", heads="2 2 2 2 2 2 5 2",
            matched="not manage them , lead", holds=True),
    # "Remove all managers and team leaders" acts on both at once.
    Example(not_coordinated, "Remove all managers and leaders .", pos="VERB DET NOUN CCONJ NOUN PUNCT", deps="ROOT det dobj cc conj punct", heads="0 2 0 2 2 0",
            matched="managers and leaders", holds=False),
    Example(not_coordinated, "Replace managers with leaders .", pos="VERB NOUN ADP NOUN PUNCT", deps="ROOT dobj prep pobj punct", heads="0 0 0 2 0",
            matched="managers with leaders", holds=True),
    # One person succeeding another is no swap of functions; what happens as a rule is.
    Example(not_one_person_swap, "Our manager was replaced by a leader .", pos="PRON NOUN AUX VERB ADP DET NOUN PUNCT",
            tags="PRP$ NN VBD VBN IN DT NN .", deps="poss nsubjpass auxpass ROOT agent det pobj punct", heads="1 3 3 3 3 6 4 3",
            matched="manager was replaced by a leader", holds=False),
    Example(not_one_person_swap, "The manager is replaced by the leader .", pos="DET NOUN AUX VERB ADP DET NOUN PUNCT",
            tags="DT NN VBZ VBN IN DT NN .", deps="det nsubjpass auxpass ROOT agent det pobj punct", heads="1 3 3 3 3 6 4 3",
            matched="manager is replaced by the leader", holds=True),
    # "The team lead" is a person in a role, whatever the tagger made of "lead".
    Example(no_role_named, "Ask the team lead instead of managing it .", pos="VERB DET NOUN VERB ADV ADP VERB PRON PUNCT",
            deps="ROOT det nsubj ccomp advmod prep pcomp dobj punct", heads="0 2 3 0 5 3 5 6 0",
            matched="lead instead of managing", holds=False),
    Example(no_role_named, "Lead instead of managing .", pos="VERB ADV ADP VERB PUNCT", deps="ROOT advmod prep pcomp punct", heads="0 2 0 2 0",
            matched="Lead instead of managing", holds=True),
    # A proposal put as a question and turned down at once is refused.
    Example(not_rejected_question, "More managing , less leading ? No thanks .", pos="ADJ NOUN PUNCT ADJ NOUN PUNCT INTJ NOUN PUNCT",
            deps="amod ROOT punct amod appos punct intj ROOT punct", heads="1 1 1 4 1 1 7 7 7",
            matched="More managing , less leading", holds=False),
    Example(not_rejected_question, "More leading , less managing ? Yes please .", pos="ADJ NOUN PUNCT ADJ NOUN PUNCT INTJ INTJ PUNCT",
            deps="amod ROOT punct amod appos punct intj ROOT punct", heads="1 1 1 4 1 1 7 7 7",
            matched="More leading , less managing", holds=True),
    # One task left undone narrows the act; people at large and the other side do not.
    Example(second_bare, "Our managers do n't lead the review .", pos="PRON NOUN AUX PART VERB DET NOUN PUNCT",
            deps="poss nsubj aux neg ROOT det dobj punct", heads="1 4 4 4 4 6 4 4",
            matched="managers do n't lead", holds=False),
    Example(second_bare, "Leaders do n't manage people .", pos="NOUN AUX PART VERB NOUN PUNCT", deps="nsubj aux neg ROOT dobj punct", heads="3 3 3 3 3 3",
            matched="Leaders do n't manage", holds=True),
    # "not all" and "not every" leave some of the side out, as "some" does.
    Example(whole_side, "Not all managers need to lead .", pos="PART DET NOUN VERB PART VERB PUNCT", deps="neg det nsubj ROOT aux xcomp punct",
            heads="1 2 3 3 5 3 3", lemmas="not all manager need to lead .", matched="managers need to lead", holds=False),
    Example(whole_side, "All managers need to lead .", pos="DET NOUN VERB PART VERB PUNCT", deps="det nsubj ROOT aux xcomp punct",
            heads="1 2 2 4 2 2", lemmas="all manager need to lead .", matched="managers need to lead", holds=True),
    # One side the problem, the other the answer, is a burden set against a boon; one person someone has, or an
    # answer to one matter, is not.
    Example(held_back_then_freed, "Management is the problem ; leadership is the answer .", pos="NOUN AUX DET NOUN PUNCT NOUN AUX DET NOUN PUNCT",
            deps="nsubj ROOT det attr punct nsubj ccomp det attr punct", heads="1 1 3 1 1 6 1 8 6 1",
            lemmas="management be the problem ; leadership be the answer .", matched="Management is the problem ; leadership", holds=True),
    Example(held_back_then_freed, "My manager is the problem ; the leader is the fix .", pos="PRON NOUN AUX DET NOUN PUNCT DET NOUN AUX DET NOUN PUNCT",
            tags="PRP$ NN VBZ DT NN : DT NN VBZ DT NN .", deps="poss nsubj ROOT det attr punct det nsubj ccomp det attr punct",
            heads="1 2 2 4 2 2 7 8 2 10 8 2", lemmas="my manager be the problem ; the leader be the fix .",
            matched="manager is the problem ; the leader", holds=False),
    Example(held_back_then_freed, "Management is the problem ; leadership is the fix for it .", pos="NOUN AUX DET NOUN PUNCT NOUN AUX DET NOUN ADP PRON PUNCT",
            deps="nsubj ROOT det attr punct nsubj ccomp det attr prep pobj punct", heads="1 1 3 1 1 6 1 8 6 8 9 1",
            lemmas="management be the problem ; leadership be the fix for it .", matched="Management is the problem ; leadership", holds=False),
    # A title that lets one side go, and a subtitle that opens with the other, whatever the parser hangs it on.
    Example(dropped_then_taken_up, "Beyond Managing : Leading With Purpose", pos="ADP VERB PUNCT VERB ADP NOUN", deps="ROOT pobj punct acl prep pobj",
            heads="0 0 0 1 3 4", lemmas="beyond manage : lead with purpose", matched="Managing : Leading", holds=True),
    Example(dropped_then_taken_up, "Beyond Managing : Notes on Leading", pos="ADP VERB PUNCT NOUN ADP VERB", deps="ROOT pobj punct appos prep pcomp",
            heads="0 0 0 1 3 4", lemmas="beyond manage : note on lead", matched="Managing : Notes on Leading", holds=False),
    # The act done one way and the other side refused as the way, the same preposition before each; people described
    # by the act, or another preposition, refuse no side.
    Example(same_means_refused, "Lead with vision , not with management .", pos="VERB ADP NOUN PUNCT PART ADP NOUN PUNCT",
            deps="ROOT prep pobj punct neg prep pobj punct", heads="0 0 1 0 5 0 5 0", lemmas="lead with vision , not with management .",
            matched="Lead with vision , not with management", holds=True),
    Example(same_means_refused, "Lead with vision , not by management .", pos="VERB ADP NOUN PUNCT PART ADP NOUN PUNCT",
            deps="ROOT prep pobj punct neg prep pobj punct", heads="0 0 1 0 5 0 5 0", lemmas="lead with vision , not by management .",
            matched="Lead with vision , not by management", holds=False),
    Example(same_means_refused, "Managers who lead with vision , not with management , stay .",
            pos="NOUN PRON VERB ADP NOUN PUNCT PART ADP NOUN PUNCT VERB PUNCT", deps="nsubj nsubj relcl prep pobj punct neg prep pobj punct ROOT punct",
            heads="10 2 0 2 3 2 7 2 7 2 10 10", lemmas="manager who lead with vision , not with management , stay .",
            matched="lead with vision , not with management", holds=False),
    Example(dropped_then_taken_up, "Beyond the Manager Title : Leading Without Authority", pos="ADP DET NOUN NOUN PUNCT VERB ADP NOUN",
            deps="ROOT det compound pobj punct acl prep pobj", heads="0 3 3 0 0 3 5 6", lemmas="beyond the manager title : lead without authority",
            matched="Manager Title : Leading", holds=False),
    # A contrast of the two, then a command that picks what one side was said to bring; "both" takes the pick back.
    Example(dropped_then_taken_up, "Managing gets you compliance ; leading gets you commitment . Choose commitment .",
            pos="NOUN VERB PRON NOUN PUNCT VERB VERB PRON NOUN PUNCT VERB NOUN PUNCT", tags="NN VBZ PRP NN : VBG VBZ PRP NN . VB NN .",
            deps="nsubj ccomp dative dobj punct nsubj ROOT dative attr punct ROOT dobj punct", heads="1 6 1 1 6 6 6 6 6 6 10 10 10",
            lemmas="managing get you compliance ; lead get you commitment . choose commitment .", matched="Managing gets you compliance ; leading", holds=True),
    Example(dropped_then_taken_up, "Managing gets you compliance ; leading gets you commitment . Choose both .",
            pos="NOUN VERB PRON NOUN PUNCT VERB VERB PRON NOUN PUNCT VERB PRON PUNCT", tags="NN VBZ PRP NN : VBG VBZ PRP NN . VB DT .",
            deps="nsubj ccomp dative dobj punct nsubj ROOT dative attr punct ROOT dobj punct", heads="1 6 1 1 6 6 6 6 6 6 10 10 10",
            lemmas="managing get you compliance ; lead get you commitment . choose both .", matched="Managing gets you compliance ; leading", holds=False),
    # A bare command to choose, a sentence of its own after the contrast, picks one; asked, or told as a fact, it does not.
    *(Example(dropped_then_taken_up, f"Managers count ; leaders inspire . Choose {mark}",
              pos="NOUN VERB PUNCT NOUN VERB PUNCT VERB PUNCT", tags="NNS VBP : NNS VBP . VB .",
              deps="nsubj ccomp punct nsubj ROOT punct ROOT punct", heads="1 4 4 4 4 4 6 6",
              lemmas=f"manager count ; leader inspire . choose {mark}", matched="Managers count ; leaders", holds=holds)
      for mark, holds in [(".", True), ("!", True), ("?", False)]),
    Example(dropped_then_taken_up, "Managers count ; leaders inspire . You must decide .",
            pos="NOUN VERB PUNCT NOUN VERB PUNCT PRON AUX VERB PUNCT", tags="NNS VBP : NNS VBP . PRP MD VB .",
            deps="nsubj ccomp punct nsubj ROOT punct nsubj aux ROOT punct", heads="1 4 4 4 4 4 8 8 8 8",
            lemmas="manager count ; leader inspire . you must decide .", matched="Managers count ; leaders", holds=False),
    # "Not every leader has to manage a team" says some need not: no side is refused.
    Example(dropped_then_taken_up, "Not every leader has to manage a team .", pos="PART DET NOUN VERB PART VERB DET NOUN PUNCT",
            tags="RB DT NN VBZ TO VB DT NN .", deps="neg det nsubj ROOT aux xcomp det dobj punct", heads="2 2 3 3 5 3 7 5 3",
            lemmas="not every leader have to manage a team .", matched="leader has to manage", holds=False),
    # "not less managing" refuses a cut in the other side, so both stay; without "less" the other side is refused.
    Example(not_both_required, "Give them more leading , not less managing .", pos="VERB PRON ADJ NOUN PUNCT PART ADJ NOUN PUNCT",
            deps="ROOT dative amod dobj punct neg amod appos punct", heads="0 0 3 0 3 7 7 3 0", matched="leading , not less managing", holds=False),
    Example(not_both_required, "Give them more leading , not managing .", pos="VERB PRON ADJ NOUN PUNCT PART NOUN PUNCT",
            deps="ROOT dative amod dobj punct neg appos punct", heads="0 0 3 0 3 6 3 0", matched="leading , not managing", holds=True),
    # A past progressive tells what kept someone busy; the present one may still prescribe.
    Example(not_described_activity, "I was managing the rota and not leading anyone .", pos="PRON AUX VERB DET NOUN CCONJ PART VERB PRON PUNCT",
            tags="PRP VBD VBG DT NN CC RB VBG NN .", deps="nsubj aux ROOT det dobj cc neg conj dobj punct", heads="2 2 2 4 2 2 7 2 7 2",
            lemmas="i be manage the rota and not lead anyone .", matched="managing the rota and not leading", holds=False),
    Example(not_described_activity, "From now on we are leading and not managing .", pos="ADP ADV ADP PRON AUX VERB CCONJ PART VERB PUNCT",
            tags="IN RB IN PRP VBP VBG CC RB VBG .", deps="prep pcomp prep nsubj aux ROOT cc neg conj punct", heads="5 0 0 5 5 5 5 8 5 5",
            lemmas="from now on we be lead and not manage .", matched="leading and not managing", holds=True),
    # "a leader" needed is one of a kind, the function; "our manager was replaced by a leader" is one person's successor.
    Example(not_one_person_swap, "Do we need a manager ? No , we need a leader .", pos="AUX PRON VERB DET NOUN PUNCT INTJ PUNCT PRON VERB DET NOUN PUNCT",
            tags="VBP PRP VB DT NN . UH , PRP VBP DT NN .", deps="aux nsubj ROOT det dobj punct intj punct nsubj ROOT det dobj punct",
            heads="2 2 2 4 2 2 9 9 9 9 11 9 9", matched="manager ? No , we need a leader", holds=True),
    # Words a side carries before "or" are an aside when a comma sets them off; a bare "from finance" picks a person.
    Example(aside_set_off_before_or, "Choose managing , which pays , or leading .", pos="VERB VERB PUNCT PRON VERB PUNCT CCONJ VERB PUNCT",
            deps="ROOT xcomp punct nsubj relcl punct cc conj punct", heads="0 0 1 4 1 1 1 1 0",
            matched="managing , which pays , or leading", holds=True),
    Example(aside_set_off_before_or, "Choose a manager from finance or a leader .", pos="VERB DET NOUN ADP NOUN CCONJ DET NOUN PUNCT",
            deps="ROOT det dobj prep pobj cc det conj punct", heads="0 2 0 2 3 2 7 2 0",
            matched="manager from finance or a leader", holds=False),
    Example(aside_set_off_before_or, "Choose a management track or a leadership track .", pos="VERB DET NOUN NOUN CCONJ DET NOUN NOUN PUNCT",
            deps="ROOT det compound dobj cc det compound conj punct", heads="0 3 3 0 3 7 7 3 0",
            matched="management track or a leadership", holds=False),
    # A want said as a pseudo-cleft asks for the kind too; what someone got or hired is one person.
    *(Example(not_one_person_swap, f"What the office {verb} was not a manager but a leader .",
              pos="PRON DET NOUN VERB AUX PART DET NOUN CCONJ DET NOUN PUNCT", tags="WP DT NN VBD VBD RB DT NN CC DT NN .",
              deps="dobj det nsubj csubj ROOT neg det attr cc det conj punct", heads="3 2 3 4 4 4 7 4 7 10 7 4",
              lemmas=f"what the office {lemma} be not a manager but a leader .", matched="not a manager but a leader", holds=holds)
      for verb, lemma, holds in [("lacked", "lack", True), ("hired", "hire", False)]),
    Example(not_one_person_swap, "We need not a manager but a leader .", pos="PRON VERB PART DET NOUN CCONJ DET NOUN PUNCT",
            tags="PRP VBP RB DT NN CC DT NN .", deps="nsubj ROOT neg det dobj cc det conj punct", heads="1 1 1 4 1 4 7 4 1",
            matched="not a manager but a leader", holds=True),
    # Words between a question and its "no" must report the answer: "I never chose leadership" is a statement.
    Example(answer_said_by_someone, "Manager ? I said no , leaders .", pos="NOUN PUNCT PRON VERB INTJ PUNCT NOUN PUNCT",
            deps="ROOT punct nsubj ROOT intj punct dobj punct", heads="0 0 3 3 3 3 3 3", lemmas="manager ? i say no , leader .",
            matched="Manager ? I said no , leaders", holds=True),
    Example(answer_said_by_someone, "Manager or leader ? I never chose leadership .", pos="NOUN CCONJ NOUN PUNCT PRON ADV VERB NOUN PUNCT",
            deps="ROOT cc conj punct nsubj neg ROOT dobj punct", heads="0 0 0 0 6 6 6 6 6", lemmas="manager or leader ? i never choose leadership .",
            matched="leader ? I never chose leadership", holds=False),
    # "the managing days" names a time of working, no object to split the work by; "the managing tours" names one.
    Example(not_split_by_object, "Now we lead it , and the managing days are behind us .",
            pos="ADV PRON VERB PRON PUNCT CCONJ DET VERB NOUN AUX ADP PRON PUNCT", tags="RB PRP VBP PRP , CC DT VBG NNS VBP IN PRP .",
            deps="advmod nsubj ROOT dobj punct cc det amod nsubj conj prep pobj punct", heads="2 2 2 2 2 2 8 8 9 2 9 10 9",
            lemmas="now we lead it , and the manage day be behind us .", matched="lead it , and the managing", holds=True),
    Example(not_split_by_object, "Now we lead it , and the managing tours are behind us .",
            pos="ADV PRON VERB PRON PUNCT CCONJ DET VERB NOUN AUX ADP PRON PUNCT", tags="RB PRP VBP PRP , CC DT VBG NNS VBP IN PRP .",
            deps="advmod nsubj ROOT dobj punct cc det amod nsubj conj prep pobj punct", heads="2 2 2 2 2 2 8 8 9 2 9 10 9",
            lemmas="now we lead it , and the manage tour be behind us .", matched="lead it , and the managing", holds=False),
    # A bare "Lead" the tagger took for a noun is a command when a plain command follows it; "the lead" stays a noun.
    Example(dropped_then_taken_up, "Lead , and forget the managing .", pos="NOUN PUNCT CCONJ VERB DET NOUN PUNCT", tags="NN , CC VB DT NN .",
            deps="ROOT punct cc conj det dobj punct", heads="0 0 0 0 5 3 0", lemmas="lead , and forget the managing .",
            matched="Lead , and forget the managing", holds=True),
    Example(dropped_then_taken_up, "The lead , and forget the managing .", pos="DET NOUN PUNCT CCONJ VERB DET NOUN PUNCT", tags="DT NN , CC VB DT NN .",
            deps="det ROOT punct cc conj det dobj punct", heads="1 1 1 1 1 6 4 1", lemmas="the lead , and forget the managing .",
            matched="lead , and forget the managing", holds=False),
    # "As well" after the side taken up adds it to the other, as "too" does; without it the other side is let go.
    *(Example(no_both_later, f"Do n't stop managing ; start leading{tail} .", pos=f"AUX PART VERB VERB PUNCT VERB VERB{pos} PUNCT",
              deps=f"aux neg ROOT xcomp punct conj xcomp{deps} punct", heads=f"2 2 2 2 2 2 5{heads} 2",
              matched="stop managing ; start leading", holds=holds)
      for tail, pos, deps, heads, holds in [(" as well", " ADV ADV", " advmod advmod", " 8 6", False), ("", "", "", "", True)]),
    # The side after the break denied as well keeps nothing in the other's place.
    Example(other_not_denied_after, "Managing is no longer needed ; leading never was .", pos="VERB AUX ADV ADV ADJ PUNCT VERB ADV AUX PUNCT",
            deps="nsubj ROOT neg advmod acomp punct nsubj neg conj punct", heads="1 1 3 4 1 1 8 8 1 1",
            matched="Managing is no longer needed ; leading", holds=False),
    Example(other_not_denied_after, "Managing is no longer needed ; leading is .", pos="VERB AUX ADV ADV ADJ PUNCT VERB AUX PUNCT",
            deps="nsubj ROOT neg advmod acomp punct nsubj conj punct", heads="1 1 3 4 1 1 7 1 1",
            matched="Managing is no longer needed ; leading", holds=True),
    # The function's tasks or duties let go let the function go; a meeting of managers scrapped lets a meeting go.
    *(Example(dropped_then_taken_up, f"Managers become leaders , and the management {noun} are scrapped .",
              pos="NOUN VERB NOUN PUNCT CCONJ DET NOUN NOUN AUX VERB PUNCT", deps="nsubj ROOT attr punct cc det compound nsubjpass auxpass conj punct",
              heads="1 1 1 1 1 7 7 9 9 1 1", tags="NNS VBP NNS , CC DT NN NNS VBP VBN .",
              lemmas=f"manager become leader , and the management {lemma} be scrap .", matched="leaders , and the management", holds=holds)
      for noun, lemma, holds in [("tasks", "task", True), ("meetings", "meeting", False)]),
]


# Questions, hedges and asides around a swap: a fronted "instead of" opens its phrase only where no side stands before it;
# "no one" answers a "who needs" question as it asks; a quoted question keeps its claim when the writer turns it down; a
# side already set against a word of neither family ("a leader, not a boss") is no half of a back-off pair; a refusal
# hung on the noun before an apposition refuses the apposition; a purpose clause cut off as a sentence of its own still
# takes its side up; clauses of their own joined by "or" offer a choice; a time gone by dates one side.
EXAMPLES += [
    Example(instead_opens_its_phrase, 'Instead of managers , our depots need leaders .', pos="ADV ADP NOUN PUNCT PRON NOUN VERB NOUN PUNCT",
            deps="advmod prep pobj punct poss nsubj ROOT dobj punct", heads="1 6 1 6 5 6 6 6 6",
            tags="RB IN NNS , PRP$ NNS VBP NNS .", lemmas='instead of manager , our depot need leader .',
            matched='Instead of managers , our depots need leaders', holds=True),
    Example(instead_opens_its_phrase, "It is n't coaches instead of managers ; it 's coaches and managers .", pos="PRON AUX PART NOUN ADV ADP NOUN PUNCT PRON AUX NOUN CCONJ NOUN PUNCT",
            deps="nsubj ccomp neg attr advmod cc pobj punct nsubj ROOT attr cc conj punct", heads="1 9 1 1 5 3 5 9 9 9 9 10 10 9",
            tags="PRP VBZ RB NNS RB IN NNS : PRP VBZ NNS CC NNS .", lemmas='it be not coach instead of manager ; it be coach and manager .',
            matched="instead of managers ; it 's coaches", holds=True),
    Example(instead_opens_its_phrase, "It is n't a leader instead of a manager ; it 's leaders and managers .", pos="PRON AUX PART DET NOUN ADV ADP DET NOUN PUNCT PRON AUX NOUN CCONJ NOUN PUNCT",
            deps="nsubj ccomp neg det attr advmod cc det conj punct nsubj ROOT attr cc conj punct", heads="1 11 1 4 1 6 4 8 4 11 11 11 11 12 12 11",
            tags="PRP VBZ RB DT NN RB IN DT NN : PRP VBZ NNS CC NNS .", lemmas='it be not a leader instead of a manager ; it be leader and manager .',
            matched="instead of manager ; it 's leaders", holds=False),
    Example(not_rejected_question, 'Who needs managers when you have leaders ? Not us .', pos="PRON VERB NOUN SCONJ PRON VERB NOUN PUNCT PART PRON PUNCT",
            deps="nsubj ROOT dobj advmod nsubj advcl dobj punct neg ROOT punct", heads="1 1 1 5 5 1 5 1 9 9 9",
            tags="WP VBZ NNS WRB PRP VBP NNS . RB PRP .", lemmas='who need manager when you have leader ? not we .',
            matched='Who needs managers when you have leaders', holds=True),
    Example(not_rejected_question, 'Who needs managers when you have leaders ? We do .', pos="PRON VERB NOUN SCONJ PRON VERB NOUN PUNCT PRON VERB PUNCT",
            deps="nsubj ROOT dobj advmod nsubj advcl dobj punct nsubj ROOT punct", heads="1 1 1 5 5 1 5 1 9 9 9",
            tags="WP VBZ NNS WRB PRP VBP NNS . PRP VBP .", lemmas='who need manager when you have leader ? we do .',
            matched='managers when you have leaders', holds=False),
    Example(not_rejected_question, 'Want more managing and less leading ? Not me .', pos="VERB ADV VERB CCONJ ADV ADJ PUNCT PART PRON PUNCT",
            deps="ROOT advmod dobj cc advmod conj punct neg ROOT punct", heads="0 2 0 2 5 2 0 8 8 8",
            tags="VB RBR VBG CC RBR JJ . RB PRP .", lemmas='want more manage and less leading ? not I .',
            matched='more managing and less leading', holds=False),
    Example(not_rejected_question, 'She asked , " Why not swap the managers for leaders ? " No .', pos="PRON VERB PUNCT PUNCT SCONJ PART VERB DET NOUN ADP NOUN PUNCT PUNCT INTJ PUNCT",
            deps="nsubj ROOT punct punct advmod neg ccomp det dobj prep pobj punct punct ROOT punct", heads="1 1 1 1 6 6 1 8 6 6 9 1 1 13 13",
            tags="PRP VBD , `` WRB RB VB DT NNS IN NNS . '' UH .", lemmas='she ask , " why not swap the manager for leader ? " no .',
            matched='managers for leaders', holds=True),
    Example(no_side_set_against_an_outsider, 'Be a leader , not a boss , and you will still manage the rota .', pos="AUX DET NOUN PUNCT PART DET NOUN PUNCT CCONJ PRON AUX ADV VERB DET NOUN PUNCT",
            deps="ROOT det attr punct neg det appos punct cc nsubj aux advmod conj det dobj punct", heads="0 2 0 2 2 6 2 0 0 12 12 12 0 14 12 12",
            tags="VB DT NN , RB DT NN , CC PRP MD RB VB DT NN .", lemmas='be a leader , not a boss , and you will still manage the rota .',
            matched='leader , not a boss , and you will still manage', holds=False),
    Example(no_side_set_against_an_outsider, 'Be a leader and you will never need to manage the rota .', pos="AUX DET NOUN CCONJ PRON AUX ADV VERB PART VERB DET NOUN PUNCT",
            deps="ROOT det attr cc nsubj aux neg conj aux xcomp det dobj punct", heads="0 2 0 0 7 7 7 0 9 7 11 9 7",
            tags="VB DT NN CC PRP MD RB VB TO VB DT NN .", lemmas='be a leader and you will never need to manage the rota .',
            matched='leader and you will never need to manage', holds=True),
    Example(dropped_then_taken_up, 'Be a coach , not a cop , and stop managing people so you can lead them .', pos="AUX DET NOUN PUNCT PART DET NOUN PUNCT CCONJ VERB VERB NOUN SCONJ PRON AUX VERB PRON PUNCT",
            deps="ROOT det attr punct neg det appos punct cc conj xcomp dobj mark nsubj aux advcl dobj punct", heads="0 2 0 2 2 6 2 0 0 0 9 10 15 15 15 9 15 0",
            tags="VB DT NN , RB DT NN , CC VB VBG NNS IN PRP MD VB PRP .", lemmas='be a coach , not a cop , and stop manage people so you can lead they .',
            matched='managing people so you can lead', holds=True),
    Example(dropped_then_taken_up, 'Be a leader , not a boss , and you will still have to manage the rota .', pos="AUX DET NOUN PUNCT PART DET NOUN PUNCT CCONJ PRON AUX ADV VERB PART VERB DET NOUN PUNCT",
            deps="ROOT det attr punct neg det appos punct cc nsubj aux advmod conj aux xcomp det dobj punct", heads="0 2 0 2 2 6 2 0 0 12 12 12 0 14 12 16 14 12",
            tags="VB DT NN , RB DT NN , CC PRP MD RB VB TO VB DT NN .", lemmas='be a leader , not a boss , and you will still have to manage the rota .',
            matched='leader , not a boss , and you will still have to manage', holds=False),
    Example(both_refused_after_choice, "You can manage your people or you can lead them ; you ca n't do both .", pos="PRON AUX VERB PRON NOUN CCONJ PRON AUX VERB PRON PUNCT PRON AUX PART VERB PRON PUNCT",
            deps="nsubj aux ccomp poss dobj cc nsubj aux conj dobj punct nsubj aux neg ROOT dobj punct", heads="2 2 14 4 2 2 8 8 2 8 14 14 14 14 14 14 14",
            tags="PRP MD VB PRP$ NNS CC PRP MD VB PRP : PRP MD RB VB DT .", lemmas='you can manage your people or you can lead they ; you can not do both .',
            matched='manage your people or you can lead', holds=True),
    Example(both_refused_after_choice, 'You can manage your people or you can lead them , and most of us do both .', pos="PRON AUX VERB PRON NOUN CCONJ PRON AUX VERB PRON PUNCT CCONJ ADJ ADP PRON VERB PRON PUNCT",
            deps="nsubj aux ROOT poss dobj cc nsubj aux conj dobj punct cc nsubj prep pobj conj dobj punct", heads="2 2 2 4 2 2 8 8 2 8 8 8 15 12 13 8 15 15",
            tags="PRP MD VB PRP$ NNS CC PRP MD VB PRP , CC JJS IN PRP VBP DT .", lemmas='you can manage your people or you can lead they , and most of we do both .',
            matched='manage your people or you can lead', holds=False),
    Example(relic_then_successor, 'Management is a twentieth - century idea ; leadership is a modern one .', pos="NOUN AUX DET ADJ PUNCT NOUN NOUN PUNCT NOUN AUX DET ADJ NUM PUNCT",
            deps="nsubj ccomp det amod punct compound attr punct nsubj ROOT det amod attr punct", heads="1 9 6 5 5 6 1 9 9 9 12 12 9 9",
            tags="NN VBZ DT JJ HYPH NN NN : NN VBZ DT JJ CD .", lemmas='management be a twentieth - century idea ; leadership be a modern one .',
            matched='Management is a twentieth - century idea ; leadership', holds=True),
    Example(relic_then_successor, 'Management is a twentieth - century idea ; leadership is a twentieth - century idea too .', pos="NOUN AUX DET ADJ PUNCT NOUN NOUN PUNCT NOUN AUX DET ADJ PUNCT NOUN NOUN ADV PUNCT",
            deps="nsubj ccomp det amod punct compound attr punct nsubj ROOT det amod punct compound attr advmod punct", heads="1 9 6 5 5 6 1 9 9 9 14 13 13 14 9 9 9",
            tags="NN VBZ DT JJ HYPH NN NN : NN VBZ DT JJ HYPH NN NN RB .", lemmas='management be a twentieth - century idea ; leadership be a twentieth - century idea too .',
            matched='Management is a twentieth - century idea ; leadership', holds=False),
]


# What others do with one side, set off by "while", against what the writer does with the other by the same verb.
EXAMPLES += [
    Example(others_one_we_the_other, 'While other firms hire managers , we hire leaders .', pos="SCONJ ADJ NOUN VERB NOUN PUNCT PRON VERB NOUN PUNCT",
            deps="mark amod nsubj advcl dobj punct nsubj ROOT dobj punct", heads="3 2 3 7 3 7 7 7 7 7",
            tags="IN JJ NNS VBP NNS , PRP VBP NNS .", lemmas='while other firm hire manager , we hire leader .',
            matched='managers , we hire leaders', holds=True),
    Example(others_one_we_the_other, 'While the board hires managers , we train leaders .', pos="SCONJ DET NOUN VERB NOUN PUNCT PRON VERB NOUN PUNCT",
            deps="mark det nsubj advcl dobj punct nsubj ROOT dobj punct", heads="3 2 3 7 3 7 7 7 7 7",
            tags="IN DT NN VBZ NNS , PRP VBP NNS .", lemmas='while the board hire manager , we train leader .',
            matched='managers , we train leaders', holds=False),
]


# A supposition whose outcome the writer calls a fault lets the supposed act go; "only" condemns doing nothing else.
EXAMPLES += [
    Example(dropped_then_taken_up, 'If you are still managing your crew , you are doing it wrong ; lead them .', pos="SCONJ PRON AUX ADV VERB PRON NOUN PUNCT PRON AUX VERB PRON ADV PUNCT VERB PRON PUNCT",
            deps="mark nsubj aux advmod advcl poss dobj punct nsubj aux ccomp dobj advmod punct ROOT dobj punct", heads="4 4 4 4 10 6 4 10 10 10 14 10 10 14 14 14 14",
            tags="IN PRP VBP RB VBG PRP$ NN , PRP VBP VBG PRP RB : VB PRP .", lemmas='if you be still manage your crew , you be do it wrong ; lead they .',
            matched='managing your crew , you are doing it wrong ; lead', holds=True),
    Example(dropped_then_taken_up, 'If you only manage your crew , you are doing it wrong ; lead them too .', pos="SCONJ PRON ADV VERB PRON NOUN PUNCT PRON AUX VERB PRON ADV PUNCT VERB PRON ADV PUNCT",
            deps="mark nsubj advmod advcl poss dobj punct nsubj aux ccomp dobj advmod punct ROOT dobj advmod punct", heads="3 3 3 9 5 3 9 9 9 13 9 9 13 13 13 13 13",
            tags="IN PRP RB VBP PRP$ NN , PRP VBP VBG PRP RB : VB PRP RB .", lemmas='if you only manage your crew , you be do it wrong ; lead they too .',
            matched='manage your crew , you are doing it wrong ; lead', holds=False),
    # The reader asked which of the two kinds they are, the question ending with the pair; a post held somewhere, an
    # auxiliary "are" (what someone does) and a reply of "both" are no such question.
    *(Example(asks_which_kind_you_are, f"Are you a manager or a leader{tail} ?", pos="AUX PRON DET NOUN CCONJ DET NOUN " + ("ADP PROPN " if tail else "") + "PUNCT",
              deps="ROOT nsubj det attr cc det conj " + ("prep pobj " if tail else "") + "punct", heads="0 0 3 0 3 6 3 " + ("6 7 0" if tail else "0"),
              tags="VBP PRP DT NN CC DT NN " + ("IN NNP " if tail else "") + ".", lemmas=f"be you a manager or a leader{tail.lower()} ?",
              matched="Are you a manager or a leader", holds=holds)
      for tail, holds in [("", True), (" at Acme", False)]),
    Example(asks_which_kind_you_are, "Are you hiring a manager or a leader ?", pos="AUX PRON VERB DET NOUN CCONJ DET NOUN PUNCT",
            deps="aux nsubj ROOT det dobj cc det conj punct", heads="2 2 2 4 2 4 7 4 2", tags="VBP PRP VBG DT NN CC DT NN .",
            lemmas="be you hire a manager or a leader ?", matched="Are you hiring a manager or a leader", holds=False),
    Example(asks_which_kind_you_are, "Are you a manager or a leader ? Both .", pos="AUX PRON DET NOUN CCONJ DET NOUN PUNCT DET PUNCT",
            deps="ROOT nsubj det attr cc det conj punct ROOT punct", heads="0 0 3 0 3 6 3 0 8 8", tags="VBP PRP DT NN CC DT NN . DT .",
            lemmas="be you a manager or a leader ? both .", matched="Are you a manager or a leader", holds=False),
    Example(asks_which_kind_you_are, "Are you a manager or a leader ? Is there a difference ?", pos="AUX PRON DET NOUN CCONJ DET NOUN PUNCT AUX PRON DET NOUN PUNCT",
            deps="ROOT nsubj det attr cc det conj punct ROOT expl det attr punct", heads="0 0 3 0 3 6 3 0 8 8 11 8 8",
            tags="VBP PRP DT NN CC DT NN . VBZ EX DT NN .", lemmas="be you a manager or a leader ? be there a difference ?",
            matched="Are you a manager or a leader", holds=False),  # the reply asks whether they differ
    Example(asks_which_kind_you_are, "Which are you : a manager who plans , or a leader who dreams ?",
            pos="PRON AUX PRON PUNCT DET NOUN PRON VERB PUNCT CCONJ DET NOUN PRON VERB PUNCT",
            deps="attr ROOT nsubj punct det appos nsubj relcl punct cc det conj nsubj relcl punct", heads="1 1 1 1 5 1 7 5 5 5 11 5 13 11 1",
            tags="WDT VBP PRP : DT NN WP VBZ , CC DT NN WP VBZ .", lemmas="which be you : a manager who plan , or a leader who dream ?",
            matched="Which are you : a manager who plans , or a leader", holds=True),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_the_condition_reads_the_example_as_the_spec_does(example):
    assert bool(example.condition(example.matched_words())) is example.holds


@pytest.mark.parametrize("text,flagged", [
    ("A real leader doesn't need to manage anyone.", True),
    ("A team that is led needs no manager.", True),  # the side needing describes its subject
    ("Leaders don't need to be managed.", False),  # being done to, not an act of their own
    ("The leadership team doesn't need a manager for this.", False),  # the side only names a group
    ("Managers don't need to lead every project.", False),  # one task, not the function
    ("Some leaders never need to manage.", False),  # a few of them
    ("The manager needs no leader to tell her what to do.", False),  # someone for one errand
])
def test_one_side_said_to_need_none_of_the_other(lint, text, flagged):
    found = [f.evidence[0].word for f in lint(text) if f.code == "LM002"]
    assert ("one-needs-none-of-the-other" in found) is flagged


@pytest.mark.parametrize("text", [
    "Management needs to be replaced by leadership, and fast.",
    "Managers deserve to be replaced by real leaders.",
])
def test_a_replacement_wished_on_the_subject_is_flagged(lint, text):
    assert [f.evidence[0].word for f in lint(text) if f.code == "LM002"] == ["passive-replace"]


@pytest.mark.parametrize("text,flagged", [
    ("Every minute spent managing is a minute taken away from leading.", True),
    ("Time spent managing is time lost to leading.", True),
    ("Managers spend hours in meetings that take time from leading.", False),  # who spends, not what on
    ("Time spent managing is never time taken from leading.", False),  # denied
    ("We are too focused on leadership to care about management.", True),
    ("She is too busy leading the offsite to manage the rota.", False),  # a split by object
    ("Managing vs. Leading — you only get to pick one.", True),
    ("Leading vs. managing: you need both.", False),
    ("Stop managing your calendar and start leading your one-to-ones.", False),  # a split by object, not "lead one"
])
def test_time_taken_absorption_and_picks_after_versus(lint, text, flagged):
    assert any(f.code == "LM002" for f in lint(text)) is flagged


@pytest.mark.parametrize("text,flagged", [
    ("One good leader is worth ten managers, and any founder who has hired both knows it.", True),  # both, as experience
    ("A leader beats a manager every time, as anyone who has worked for both will tell you.", True),
    ("One good leader is worth ten managers, but a growing firm needs both.", False),  # both asked for
    ("I'd rather be led than managed, though honestly I need both.", False),
])
def test_both_as_what_someone_has_had_does_not_take_the_claim_back(lint, text, flagged):
    assert any(f.code == "LM002" for f in lint(text)) is flagged


@pytest.mark.parametrize("text,flagged", [
    ("Does your school need another administrator who manages? Or does it need someone who leads?", True),  # two questions
    ("Do our volunteers want to be managed, or do they want to be led?", True),
    ("Do your nurses need a manager or a leader?", True),  # one verb, its objects joined by "or"
    ("Is Priya a manager or a leader?", False),  # what someone is
    ("Do you report to the regional manager or to the team leader?", False),  # a fact asked
    ("Does the project need a manager or a leader? Honestly, both.", False),  # answered with both
    ("Do I need leadership training or management training?", False),  # the sides name kinds of training
])
def test_an_either_or_question_about_what_is_wanted_asks_to_pick_one(lint, text, flagged):
    assert any(f.code == "LM002" for f in lint(text)) is flagged


@pytest.mark.parametrize("text,flagged", [
    ("Are we hiring leaders or managers for the new depots? We can't have both.", True),  # the pair's own phrase before "?"
    ("Are we hiring leaders or managers for the new depots? We can have both.", False),  # both granted
    ("Should leaders or managers run the depot review? Both can't attend.", False),  # who does a task
])
def test_a_pair_closing_a_question_with_a_phrase_of_its_own_is_still_a_choice(lint, text, flagged):
    assert any(f.code == "LM002" for f in lint(text)) is flagged


@pytest.mark.parametrize("text,flagged", [
    ("Most of you manage where you should lead.", True),  # "where" calls for the other side, like "when"
    ("You keep managing the crew where you could be leading it.", True),
    ("She manages the office in Leeds, where the team leaders should be local.", False),  # a relative clause of place
    ("He manages the stores where the leaders work.", False),  # no call for the other side
])
def test_a_where_clause_calling_for_the_other_side_sets_one_aside(lint, text, flagged):
    assert any(f.code == "LM002" for f in lint(text)) is flagged


@pytest.mark.parametrize("text,flagged", [
    ("Spend less time managing the night crew and more time leading them.", True),  # the object taken up again
    ("Spend less time managing your rota and more time leading it.", True),
    ("Spend less time managing the budget and more time leading the crew.", False),  # a split by object
])
def test_less_and_more_time_with_the_same_object_is_a_swap(lint, text, flagged):
    assert any(f.code == "LM002" for f in lint(text)) is flagged
