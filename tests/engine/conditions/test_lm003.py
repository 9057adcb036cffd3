"""LM003 (rank): the conditions of its patterns, on sentences parsed by hand (no model)."""
from __future__ import annotations

import pytest

from lintkit.engine.conditions.lm003 import (
    acts_not_shared, answer_without_verb, awaited_as_people, management_acts, managing_kept_below, middle_acts, opens_an_action_item, leadership_names_group, leadership_not_abstract_subject, leadership_not_qualified, leadership_not_quality, passive_done_by_people, ranks_the_two,
    top_of_a_rank, verb_not_an_owner,
)
from lintkit.engine.conditions.lm003_cues import (
    _aimed_at_people, _a_bodys_people, _beside_people, _compared_with_people, _excepted_from_people, _given_time_to_act, _glossed_as_people, _handed_a_task, _repeated_preposition, _set_against_us,
    _subject_after_for, _value_beside_people_values, lm003_words, quality_reading, talked_about,
)
from lintkit.engine.conditions.lm003_subjects import _plural_agreement, acts_as_people
from lintkit.engine.conditions.lm003_subjects import distinction
from tests.hand_built import Example


def read_as_the_activity(tokens):
    """The quality reading wins over every cue, so it is tested on its own where the cues would not speak anyway."""
    return quality_reading(tokens[0])


def talked_about_first(tokens):
    return talked_about(tokens[0])


def subject_after_for(tokens):
    return _subject_after_for(tokens[0], lm003_words())


def repeated_preposition(tokens):
    return _repeated_preposition(tokens[0], lm003_words())


def compared_with_people(tokens):
    return _compared_with_people(tokens[0], lm003_words())


def given_time_to_act(tokens):
    return _given_time_to_act(tokens[0], lm003_words())


def aimed_at_people(tokens):
    return _aimed_at_people(tokens[0], lm003_words())


def beside_people(tokens):
    return _beside_people(tokens[0], lm003_words())


def plural_agreement(tokens):
    return _plural_agreement(tokens[0], lm003_words())


def excepted_from_people(tokens):
    return _excepted_from_people(tokens[0], lm003_words())


def a_bodys_people(tokens):
    return _a_bodys_people(tokens[0], lm003_words())


def handed_a_task(tokens):
    return _handed_a_task(tokens[0], lm003_words())


def ordered_as_people(tokens):
    return acts_as_people(tokens[0], lm003_words())


def glossed_as_people(tokens):
    return _glossed_as_people(tokens[0], lm003_words())


def set_against_us(tokens):
    return _set_against_us(tokens[0], lm003_words())


def value_beside_people_values(tokens):
    return _value_beside_people_values(tokens[0], lm003_words())


def set_against_management(tokens):
    """Whether a manage word in the sentence makes the word one of two functions; a manager who is a person elsewhere does not."""
    return distinction(tokens[0])


EXAMPLES = [
    # Deciding or wanting to do something is people's, whatever verb the infinitive after it has; a catenative that only
    # says how things go ("tends to") leaves the infinitive's verb to speak.
    Example(ordered_as_people, "Leadership has decided to go .", pos="NOUN AUX VERB PART VERB PUNCT", deps="nsubj aux ROOT aux xcomp punct",
            heads="2 2 2 4 2 2", tags="NN VBZ VBN TO VB .", lemmas="leadership have decide to go .", matched="Leadership", holds=True),
    Example(ordered_as_people, "Leadership tends to go wrong .", pos="NOUN VERB PART VERB ADJ PUNCT", deps="nsubj ROOT aux xcomp acomp punct",
            heads="1 1 3 1 3 1", tags="NN VBZ TO VB JJ .", lemmas="leadership tend to go wrong .", matched="Leadership", holds=False),
    # "Than from" and ", not from" say a preposition again as "and from" does: set against people, or after a verb of
    # hearing, it is people; set against books it may be the activity, and a move between fields is no source.
    *(Example(repeated_preposition, f"We learned more from the {noun} than from leadership .", pos="PRON VERB ADJ ADP DET NOUN ADP ADP NOUN PUNCT",
              deps="nsubj ROOT dobj prep det pobj prep prep pobj punct", heads="1 1 1 1 5 3 1 6 7 1", tags="PRP VBD JJR IN DT NNS IN IN NN .",
              lemmas=f"we learn more from the {lemma} than from leadership .", matched="leadership", holds=holds)
      for noun, lemma, holds in [("porters", "porter", True), ("books", "book", False)]),
    Example(repeated_preposition, "We heard it from the news , not from leadership .", pos="PRON VERB PRON ADP DET NOUN PUNCT PART ADP NOUN PUNCT",
            deps="nsubj ROOT dobj prep det pobj punct neg prep pobj punct", heads="1 1 1 1 5 3 1 8 1 8 1", tags="PRP VBD PRP IN DT NN , RB IN NN .",
            lemmas="we hear it from the news , not from leadership .", matched="leadership", holds=True),
    Example(repeated_preposition, "She moved from sales , not from leadership .", pos="PRON VERB ADP NOUN PUNCT PART ADP NOUN PUNCT",
            deps="nsubj ROOT prep pobj punct neg prep pobj punct", heads="1 1 1 2 1 6 1 6 1", tags="PRP VBD IN NNS , RB IN NN .",
            lemmas="she move from sale , not from leadership .", matched="leadership", holds=False),
    # A person from a group of people is one of them, wherever the parser hangs "from"; a break from it is a move out of the role.
    Example(aimed_at_people, "The blog had one reader from leadership .", pos="DET NOUN VERB NUM NOUN ADP NOUN PUNCT",
            deps="det nsubj ROOT nummod dobj prep pobj punct", heads="1 2 2 4 2 2 5 2", tags="DT NN VBD CD NN IN NN .",
            lemmas="the blog have one reader from leadership .", matched="leadership", holds=True),
    Example(aimed_at_people, "I needed a break from leadership .", pos="PRON VERB DET NOUN ADP NOUN PUNCT",
            deps="nsubj ROOT det dobj prep pobj punct", heads="1 1 3 1 3 4 1", tags="PRP VBD DT NN IN NN .",
            lemmas="I need a break from leadership .", matched="leadership", holds=False),
    # The name given to something ("what I call leadership") is no subject of the verb after it.
    Example(leadership_not_abstract_subject, "What I call leadership is deciding .", pos="PRON PRON VERB NOUN AUX VERB PUNCT",
            deps="dobj nsubj csubj oprd aux ROOT punct", heads="2 2 5 2 5 5 5", tags="WP PRP VBP NN VBZ VBG .",
            lemmas="what I call leadership be decide .", matched="leadership deciding", holds=False),
    Example(leadership_not_abstract_subject, "The leadership is deciding .", pos="DET NOUN AUX VERB PUNCT", deps="det nsubj aux ROOT punct",
            heads="1 3 3 3 3", tags="DT NN VBZ VBG .", lemmas="the leadership be decide .", matched="leadership deciding", holds=True),
    # After "than", with only an auxiliary left of its clause, the word does what the clause before it does: a verb only
    # people do, or people doing it, make it people; a thing that matters compares a thing.
    *(Example(compared_with_people, f"{subject} {verb} more than leadership ever will .", pos="NOUN VERB ADV SCONJ NOUN ADV AUX PUNCT",
              deps="nsubj ROOT dobj mark pobj advmod advcl punct", heads="1 1 1 6 3 6 1 1", tags="NNS VBP RBR IN NN RB MD .",
              lemmas=f"{subject.lower()} {verb} more than leadership ever will .", matched="leadership", holds=holds)
      for subject, verb, holds in [("Porters", "know", True), ("Rules", "matter", False)]),
    Example(compared_with_people, "Porters know more than leadership will admit .", pos="NOUN VERB ADV SCONJ NOUN AUX VERB PUNCT",
            deps="nsubj ROOT dobj mark nsubj aux advcl punct", heads="1 1 1 6 6 6 1 1", tags="NNS VBP RBR IN NN MD VB .",
            lemmas="porter know more than leadership will admit .", matched="leadership", holds=False),
    # "Than leadership does", parsed as the subject of a bare "does": people's verb said again.
    Example(compared_with_people, "We care more than leadership does .", pos="PRON VERB ADV SCONJ NOUN VERB PUNCT",
            deps="nsubj ROOT advmod mark nsubj advcl punct", heads="1 1 1 5 5 2 1", tags="PRP VBP RBR IN NN VBZ .",
            lemmas="we care more than leadership do .", matched="leadership", holds=True),
    # A lexical verb in the plural agrees with people; after a subordinator the same form may be a subjunctive.
    Example(plural_agreement, "Leadership never listen to the staff .", pos="NOUN ADV VERB ADP DET NOUN PUNCT",
            deps="nsubj neg ROOT prep det pobj punct", heads="2 2 2 2 5 3 2", tags="NN RB VBP IN DT NN .",
            matched="Leadership", holds=True),
    Example(plural_agreement, "It matters that leadership come from below .", pos="PRON VERB SCONJ NOUN VERB ADP ADV PUNCT",
            deps="nsubj ROOT mark nsubj ccomp prep pcomp punct", heads="1 1 4 4 1 4 5 1", tags="PRP VBZ IN NN VBP IN RB .",
            lemmas="it matter that leadership come from below .", matched="leadership", holds=False),
    # Beside a place that stands for the people who work there it is people; a bottom line is a result.
    Example(beside_people, "The gap between leadership and the bottom line grew .", pos="DET NOUN ADP NOUN CCONJ DET NOUN NOUN VERB PUNCT",
            deps="det nsubj prep pobj cc det compound conj ROOT punct", heads="1 8 1 2 3 7 7 3 8 8", tags="DT NN IN NN CC DT NN NN VBD .",
            matched="leadership", holds=False),
    Example(beside_people, "The gap between leadership and the shop floor grew .", pos="DET NOUN ADP NOUN CCONJ DET NOUN NOUN VERB PUNCT",
            deps="det nsubj prep pobj cc det compound conj ROOT punct", heads="1 8 1 2 3 7 7 3 8 8", tags="DT NN IN NN CC DT NN NN VBD .",
            matched="leadership", holds=True),
    # A verb the parser gave a subject of its own besides the word agrees with that subject.
    Example(plural_agreement, "The leadership : teams set goals .", pos="DET NOUN PUNCT NOUN VERB NOUN PUNCT",
            deps="det nsubj punct nsubj ROOT dobj punct", heads="1 4 4 4 4 4 4", tags="DT NN : NNS VBP NNS .",
            lemmas="the leadership : team set goal .", matched="leadership", holds=False),
    # A plural past heading the sentence agrees with people; after "if" it is a subjunctive.
    Example(plural_agreement, "Leadership were absent .", pos="NOUN AUX ADJ PUNCT", deps="nsubj ROOT acomp punct", heads="1 1 1 1",
            tags="NN VBD JJ .", lemmas="leadership be absent .", matched="Leadership", holds=True),
    Example(plural_agreement, "If leadership were easy , we would know .", pos="SCONJ NOUN AUX ADJ PUNCT PRON AUX VERB PUNCT",
            deps="mark nsubj advcl acomp punct nsubj aux ROOT punct", heads="2 2 7 2 7 7 7 7 7", tags="IN NN VBD JJ , PRP MD VB .",
            lemmas="if leadership be easy , we would know .", matched="leadership", holds=False),
    # "Against" people: a vote or a grievance is turned on people; an argument may be against an idea.
    *(Example(aimed_at_people, f"Members {verb} against leadership .", pos="NOUN VERB ADP NOUN PUNCT", deps="nsubj ROOT prep pobj punct",
              heads="1 1 1 2 1", tags="NNS VBD IN NN .", lemmas=f"member {lemma} against leadership .", matched="leadership", holds=holds)
      for verb, lemma, holds in [("voted", "vote", True), ("argued", "argue", False)]),
    # A task handed over may join a verb that suits the activity to one that does not: "come and see" is people's.
    *(Example(handed_a_task, f"We 'd love leadership to {first} and {second} .", pos="PRON AUX VERB NOUN PART VERB CCONJ VERB PUNCT",
              deps="nsubj aux ROOT dobj aux xcomp cc conj punct", heads="2 2 2 2 5 2 5 5 2", tags="PRP MD VB NN TO VB CC VB .",
              lemmas=f"we would love leadership to {first} and {second} .", matched="leadership", holds=holds)
      for first, second, holds in [("come", "see", True), ("grow", "flourish", False)]),
    # The subject of an inverted question the parser took for a second auxiliary: an act only people do.
    Example(leadership_names_group, "Could leadership please clarify the dates ?", pos="AUX AUX INTJ VERB DET NOUN PUNCT",
            deps="aux aux intj ROOT det dobj punct", heads="3 3 3 3 5 3 3", tags="MD VB UH VB DT NNS .",
            lemmas="could leadership please clarify the date ?", matched="leadership", holds=True),
    # A subjunctive after "that" asks one act of people; the same form of a verb that suits the activity is left alone.
    *(Example(leadership_names_group, f"We ask that leadership {verb} .", pos="PRON VERB SCONJ NOUN VERB PUNCT",
              deps="nsubj ROOT mark nsubj ccomp punct", heads="1 1 4 4 1 1", tags="PRP VBP IN NN VB .",
              lemmas=f"we ask that leadership {verb} .", matched="leadership", holds=holds)
      for verb, holds in [("reply", True), ("emerge", False)]),
    # After "for", the word is the subject of the infinitive right behind it: people countersign, the activity grows.
    Example(subject_after_for, "We dropped the need for leadership to countersign reports .", pos="PRON VERB DET NOUN ADP NOUN PART VERB NOUN PUNCT",
            deps="nsubj ROOT det dobj prep pobj aux acl dobj punct", heads="1 1 3 1 3 4 7 3 7 1", tags="PRP VBD DT NN IN NN TO VB NNS .",
            lemmas="we drop the need for leadership to countersign report .", matched="leadership", holds=True),
    Example(subject_after_for, "We left room for leadership to grow .", pos="PRON VERB NOUN ADP NOUN PART VERB PUNCT",
            deps="nsubj ROOT dobj prep pobj aux acl punct", heads="1 1 1 2 3 6 2 1", tags="PRP VBD NN IN NN TO VB .",
            lemmas="we leave room for leadership to grow .", matched="leadership", holds=False),
    # A value in a row of fields beside values that name people: under an amount or a rung of a ladder, not under a topic or a module.
    Example(value_beside_people_values, "over $ 5k : director ; over $ 9k : leadership", pos="ADP SYM NUM PUNCT NOUN PUNCT ADP SYM NUM PUNCT NOUN",
            deps="prep nmod pobj punct ROOT punct prep nmod pobj punct appos", heads="4 2 0 4 4 4 10 8 6 10 4", tags="IN $ CD : NN : IN $ CD : NN",
            matched="leadership", holds=True),
    Example(value_beside_people_values, "Speaker : CEO | Topic : leadership", pos="NOUN PUNCT PROPN PUNCT NOUN PUNCT NOUN",
            deps="ROOT punct appos punct appos punct appos", heads="0 0 0 0 0 4 4", tags="NN : NNP NFP NN : NN", matched="leadership", holds=False),
    *(Example(value_beside_people_values, f"{label} 1 : your manager ; {label} 3 : leadership", pos="NOUN NUM PUNCT PRON NOUN PUNCT NOUN NUM PUNCT NOUN",
              deps="ROOT nummod punct poss appos punct appos nummod punct appos", heads="0 0 0 4 0 0 0 6 0 6", tags="NN CD : PRP$ NN : NN CD : NN",
              matched="leadership", holds=holds)
      for label, holds in [("Step", True), ("Module", False)]),
    # "Be to" gives an order, and the passive after it is what is done to the subject: people are notified, the activity encouraged.
    # Speech restarts the lower layer's clause after a dash with "they": the same subject, doing the work or not.
    *(Example(management_acts, f"Leadership sets goals and middle management — they {verb} them .",
              pos="NOUN VERB NOUN CCONJ ADJ NOUN PUNCT PRON VERB PRON PUNCT", deps="nsubj ROOT dobj cc amod conj punct nsubj conj dobj punct",
              heads="1 1 1 1 5 1 8 8 1 8 1", tags="NN VBZ NNS CC JJ NN : PRP VBP PRP .",
              lemmas=f"leadership set goal and middle management — they {lemma} they .", matched="Leadership management", holds=holds)
      for verb, lemma, holds in [("execute", "execute", True), ("resent", "resent", False)]),
    # A bare auxiliary denies the same of "we": people who did not get it; an auxiliary with a verb of its own says something else.
    Example(set_against_us, "leadership got raises and we did n't .", pos="NOUN VERB NOUN CCONJ PRON VERB PART PUNCT",
            deps="nsubj ROOT dobj cc nsubj conj neg punct", heads="1 1 1 1 5 1 5 1", tags="NN VBD NNS CC PRP VBD RB .",
            lemmas="leadership get raise and we do not .", matched="leadership", holds=True),
    Example(set_against_us, "leadership failed and we did n't notice .", pos="NOUN VERB CCONJ PRON AUX PART VERB PUNCT",
            deps="nsubj ROOT cc nsubj aux neg conj punct", heads="1 1 1 6 6 6 1 1", tags="NN VBD CC PRP VBD RB VB .",
            lemmas="leadership fail and we do not notice .", matched="leadership", holds=False),
    # A spoken repair after a dash glosses the word: people, or the word said again.
    *(Example(glossed_as_people, f"Leadership — I mean {gloss} — went quiet .", pos=f"NOUN PUNCT PRON VERB {pos} PUNCT VERB ADJ PUNCT",
              deps=f"nsubj punct nsubj parataxis {deps} punct ROOT acomp punct", heads="7 7 3 7 5 3 7 7 7 7",
              tags=f"NN : PRP VBP {tags} : VBD JJ .", lemmas=f"leadership — i mean {lemmas} — go quiet .", matched="Leadership", holds=holds)
      for gloss, pos, deps, tags, lemmas, holds in [("the VPs", "DET NOUN", "det dobj", "DT NNS", "the vp", True),
                                                    ("good leadership", "ADJ NOUN", "amod dobj", "JJ NN", "good leadership", False)]),
    # Not having an idea or a clue is people not knowing; having one is not.
    *(Example(ordered_as_people, f"Leadership has {det} idea .", pos="NOUN VERB DET NOUN PUNCT", deps="nsubj ROOT det dobj punct",
              heads="1 1 3 1 1", tags="NN VBZ DT NN .", lemmas=f"leadership have {det} idea .", matched="Leadership", holds=holds)
      for det, holds in [("no", True), ("an", False)]),
    # Fillers set off between the subject and its verb: the parser hangs the word on the verb, which has no other subject.
    *(Example(ordered_as_people, f"So leadership , you know , {verb} the plan .", pos="ADV NOUN PUNCT PRON VERB PUNCT VERB DET NOUN PUNCT",
              deps="advmod npadvmod punct nsubj parataxis punct ROOT det dobj punct", heads="1 6 6 4 6 6 6 8 6 6", tags="RB NN , PRP VBP , VBD DT NN .",
              lemmas=f"so leadership , you know , {lemma} the plan .", matched="leadership", holds=holds)
      for verb, lemma, holds in [("scrapped", "scrap", True), ("shaped", "shape", False)]),
    # After another sentence the parser may call the same word an adverbial clause of the verb instead.
    Example(ordered_as_people, "So leadership , you know , scrapped the plan .", pos="ADV NOUN PUNCT PRON VERB PUNCT VERB DET NOUN PUNCT",
            deps="advmod advcl punct nsubj parataxis punct ROOT det dobj punct", heads="1 6 6 4 6 6 6 8 6 6", tags="RB NN , PRP VBP , VBD DT NN .",
            lemmas="so leadership , you know , scrap the plan .", matched="leadership", holds=True),
    # Said by "be" to be certain people, it is that group; people told by what they do make a maxim.
    Example(ordered_as_people, "Leadership is the founders and two VPs .", pos="NOUN AUX DET NOUN CCONJ NUM NOUN PUNCT",
            deps="nsubj ROOT det attr cc nummod conj punct", heads="1 1 3 1 3 6 3 1", tags="NN VBZ DT NNS CC CD NNS .",
            lemmas="leadership be the founder and two vp .", matched="Leadership", holds=True),
    Example(ordered_as_people, "Leadership is the people who step up .", pos="NOUN AUX DET NOUN PRON VERB ADP PUNCT",
            deps="nsubj ROOT det attr nsubj relcl prt punct", heads="1 1 3 1 5 3 5 1", tags="NN VBZ DT NNS WP VBP RP .",
            lemmas="leadership be the people who step up .", matched="Leadership", holds=False),
    # A question puts the copula first, and the parser may hang the gathering on the subject.
    Example(ordered_as_people, "Why was n't leadership at the offsite ?", pos="SCONJ AUX PART NOUN ADP DET NOUN PUNCT",
            deps="advmod ROOT neg nsubj prep det pobj punct", heads="1 1 1 1 3 6 4 1", tags="WRB VBD RB NN IN DT NN .",
            lemmas="why be not leadership at the offsite ?", matched="leadership", holds=True),
    Example(ordered_as_people, "Why is leadership at every level rare ?", pos="SCONJ AUX NOUN ADP DET NOUN ADJ PUNCT",
            deps="advmod ROOT nsubj prep det pobj acomp punct", heads="1 1 1 2 5 3 1 1", tags="WRB VBZ NN IN DT NN JJ .",
            lemmas="why be leadership at every level rare ?", matched="leadership", holds=False),
    *(Example(ordered_as_people, f"Leadership is to be {verb} .", pos="NOUN AUX PART AUX VERB PUNCT", deps="nsubj ROOT aux auxpass xcomp punct",
              heads="1 1 4 4 1 1", tags="NN VBZ TO VB VBN .", lemmas=f"leadership be to be {lemma} .", matched="Leadership", holds=holds)
      for verb, lemma, holds in [("notified", "notify", True), ("encouraged", "encourage", False)]),
    # "Take" with a span of time before the act gives the act to people; with no span it says what the act needs.
    Example(given_time_to_act, "It took leadership three weeks to answer .", pos="PRON VERB NOUN NUM NOUN PART VERB PUNCT",
            deps="nsubj ROOT dobj nummod npadvmod aux xcomp punct", heads="1 1 1 4 1 6 1 1", tags="PRP VBD NN CD NNS TO VB .",
            lemmas="it take leadership three week to answer .", matched="leadership", holds=True),
    Example(given_time_to_act, "It takes leadership to change a culture .", pos="PRON VERB NOUN PART VERB DET NOUN PUNCT",
            deps="nsubj ROOT dobj aux xcomp det dobj punct", heads="1 1 1 4 1 6 4 1", tags="PRP VBZ NN TO VB DT NN .",
            lemmas="it take leadership to change a culture .", matched="leadership", holds=False),
    # A passive infinitive the parser hangs on the object of "require": done to people, or the activity shown.
    *(Example(handed_a_task, f"It requires leadership to be {verb} .", pos="PRON VERB NOUN PART AUX VERB PUNCT", deps="nsubj ROOT dobj aux auxpass acl punct",
              heads="1 1 1 5 5 2 1", tags="PRP VBZ NN TO VB VBN .", lemmas=f"it require leadership to be {lemma} .", matched="leadership", holds=holds)
      for verb, lemma, holds in [("informed", "inform", True), ("shown", "show", False)]),
    # A preposition said again past a condition set off by commas is the next stop of the chain; a move between fields is not.
    Example(repeated_preposition, "Send it to your manager and then , if unresolved , to leadership .",
            pos="VERB PRON ADP PRON NOUN CCONJ ADV PUNCT SCONJ ADJ PUNCT PART VERB PUNCT",
            deps="ROOT dobj prep poss pobj cc advmod punct mark advcl punct aux conj punct", heads="0 0 0 4 2 0 12 12 9 12 12 12 0 0",
            tags="VB PRP IN PRP$ NN CC RB , IN JJ , TO VB .", matched="leadership", holds=True),
    Example(repeated_preposition, "She moved from sales to marketing and then to leadership .",
            pos="PRON VERB ADP NOUN ADP NOUN CCONJ ADV PART VERB PUNCT", deps="nsubj ROOT prep pobj prep pobj cc advmod aux conj punct",
            heads="1 1 1 2 3 4 1 9 9 1 1", tags="PRP VBD IN NNS IN NN CC RB TO VB .", lemmas="she move from sale to marketing and then to leadership .",
            matched="leadership", holds=False),
    # Counted among people it is people; among people who are only a preposition's object it may be one of the things before them.
    Example(excepted_from_people, "All employees , including leadership , must comply .", pos="DET NOUN PUNCT VERB NOUN PUNCT AUX VERB PUNCT",
            deps="det nsubj punct prep pobj punct aux ROOT punct", heads="1 7 1 1 3 1 7 7 7", tags="DT NNS , VBG NN , MD VB .",
            matched="leadership", holds=True),
    Example(excepted_from_people, "It covers topics for managers , including leadership .", pos="PRON VERB NOUN ADP NOUN PUNCT VERB NOUN PUNCT",
            deps="nsubj ROOT dobj prep pobj punct prep pobj punct", heads="1 1 1 2 3 4 4 6 1", tags="PRP VBZ NNS IN NNS , VBG NN .",
            matched="leadership", holds=False),
    # A job title the tagger reads as a verb still names people on the rung before; a skill does not.
    *(Example(value_beside_people_values, f"Grade 5 : {value} ; Grade 7 : leadership", pos=f"NOUN NUM PUNCT {pos} PUNCT NOUN NUM PUNCT NOUN",
              deps="ROOT nummod punct nsubj appos punct appos nummod punct appos", heads="0 0 0 4 0 0 0 6 0 6", tags=f"NN CD : {tags} : NN CD : NN",
              matched="leadership", holds=holds)
      for value, pos, tags, holds in [("team lead", "NOUN VERB", "NN VB", True), ("technical skills", "ADJ NOUN", "JJ NNS", False)]),
    # A participle that describes a noun after the answer makes no clause; a verb of its own does.
    Example(answer_without_verb, "Only leadership , with HR 's written consent .", pos="ADJ NOUN PUNCT ADP PROPN PART VERB NOUN PUNCT",
            deps="amod ROOT punct prep poss case amod pobj punct", heads="1 1 1 1 7 4 7 3 1", tags="JJ NN , IN NNP POS VBN NN .",
            matched="leadership", holds=True),
    Example(answer_without_verb, "Leadership came through .", pos="NOUN VERB ADV PUNCT", deps="nsubj ROOT advmod punct", heads="1 1 1 1",
            tags="NN VBD RB .", matched="Leadership", holds=False),
    # What leading at a named body consists of, given as acts, is the activity; an intention ("means to close") is people's.
    Example(leadership_names_group, "Leadership at the school means listening .", pos="NOUN ADP DET NOUN VERB VERB PUNCT",
            deps="nsubj prep det pobj ROOT xcomp punct", heads="4 0 3 1 4 4 4", tags="NN IN DT NN VBZ VBG .", lemmas="leadership at the school mean listen .",
            matched="Leadership", holds=False),
    Example(leadership_names_group, "Leadership at the school decided .", pos="NOUN ADP DET NOUN VERB PUNCT",
            deps="nsubj prep det pobj ROOT punct", heads="4 0 3 1 4 4", tags="NN IN DT NN VBD .", lemmas="leadership at the school decide .",
            matched="Leadership", holds=True),
    Example(leadership_not_abstract_subject, "Leadership at the school means listening .", pos="NOUN ADP DET NOUN VERB VERB PUNCT",
            deps="nsubj prep det pobj ROOT xcomp punct", heads="4 0 3 1 4 4 4", tags="NN IN DT NN VBZ VBG .", lemmas="leadership at the school mean listen .",
            matched="Leadership at the school", holds=False),
    # An action item of minutes opens its sentence and states nothing of the phrase; the phrase as a subject does not.
    Example(opens_an_action_item, "Item deferred . Leadership to circulate the budget .", pos="NOUN VERB PUNCT NOUN PART VERB DET NOUN PUNCT",
            deps="nsubj ROOT punct ROOT aux acl det dobj punct", heads="1 1 1 3 5 3 7 5 3", tags="NN VBN . NN TO VB DT NN .",
            matched="Leadership to circulate", holds=True),
    Example(opens_an_action_item, "Leadership to serve others is the goal .", pos="NOUN PART VERB NOUN AUX DET NOUN PUNCT",
            deps="nsubj aux acl dobj ROOT det attr punct", heads="4 2 0 2 4 6 4 4", tags="NN TO VB NNS VBZ DT NN .",
            matched="Leadership to serve", holds=False),
    Example(opens_an_action_item, "We want leadership to decide .", pos="PRON VERB NOUN PART VERB PUNCT",
            deps="nsubj ROOT nsubj aux ccomp punct", heads="1 1 4 4 1 1", tags="PRP VBP NN TO VB .",
            matched="leadership to decide", holds=False),
    # The word after "by" on a verb of meaning is the term defined; in the passive, only "meant" says so.
    # What a writing deals with is its topic; people dealing with it deal with people.
    *(Example(talked_about_first, f"{who} with leadership .", pos=f"{pos} VERB ADP NOUN PUNCT", deps=f"{deps} ROOT prep pobj punct",
              heads=heads, tags=f"{tags} IN NN .", lemmas=f"{lemmas} with leadership .", matched="leadership", holds=holds)
      for who, pos, deps, heads, tags, lemmas, holds in [
          ("The proposal deals", "DET NOUN", "det nsubj", "1 2 2 2 3 2", "DT NN VBZ", "the proposal deal", True),
          ("We deal", "PRON", "nsubj", "1 1 1 2 1", "PRP VBP", "we deal", False)]),
    Example(talked_about_first, "What do we mean by leadership ?", pos="PRON AUX PRON VERB ADP NOUN PUNCT", deps="dobj aux nsubj ROOT prep pobj punct",
            heads="3 3 3 3 3 4 3", lemmas="what do we mean by leadership ?", matched="leadership", holds=True),
    Example(talked_about_first, "It was understood by leadership as a threat .", pos="PRON AUX VERB ADP NOUN ADP DET NOUN PUNCT",
            deps="nsubjpass auxpass ROOT agent pobj prep det pobj punct", heads="2 2 2 2 3 2 7 5 2",
            lemmas="it be understand by leadership as a threat .", matched="leadership", holds=False),
    # After "of", a body's possessive names its people where the noun before is what people give, not a grade of conduct.
    *(Example(a_bodys_people, f"We need the {noun} of the company 's leadership .", pos="PRON VERB DET NOUN ADP DET NOUN PART NOUN PUNCT",
              deps="nsubj ROOT det dobj prep det poss case pobj punct", heads="1 1 3 1 3 6 8 6 4 1", tags="PRP VBP DT NN IN DT NN POS NN .",
              lemmas=f"we need the {noun} of the company 's leadership .", matched="leadership", holds=holds)
      for noun, holds in [("consent", True), ("quality", False)]),
    # A unit or body of people outside an office ("regiment", "newsroom", "club") owns its people at the top, as "the
    # company's" does; one person's possessive ("the captain's") stays that person's conduct.
    *(Example(a_bodys_people, f"The {owner} 's leadership deserted the town .", pos="DET NOUN PART NOUN VERB DET NOUN PUNCT",
              deps="det poss case nsubj ROOT det dobj punct", heads="1 3 1 4 4 6 4 4", tags="DT NN POS NN VBD DT NN .",
              lemmas=f"the {owner} 's leadership desert the town .", matched="leadership", holds=holds)
      for owner, holds in [("regiment", True), ("newsroom", True), ("club", True), ("captain", False)]),
    # A quoted Title Case phrase that goes on past the word in capitals is a section's or a paper's title; a quoted
    # description that ends on the word may still name the group.
    Example(talked_about_first, "Section 1 , “ Board Leadership and Company Purpose ” , is on page 12 .",
            pos="NOUN NUM PUNCT PUNCT PROPN PROPN CCONJ PROPN PROPN PUNCT PUNCT AUX ADP NOUN NUM PUNCT",
            deps="nsubj nummod punct punct compound appos cc compound conj punct punct ROOT prep pobj nummod punct",
            heads="11 0 0 5 5 0 5 8 5 5 0 11 11 12 13 11", tags="NN CD , `` NNP NNP CC NNP NNP '' , VBZ IN NN CD .",
            lemmas="section 1 , “ board leadership and company purpose ” , be on page 12 .", matched="Leadership", holds=True),
    Example(talked_about_first, "The memo asked “ Senior Leadership ” to sign .", pos="DET NOUN VERB PUNCT ADJ PROPN PUNCT PART VERB PUNCT",
            deps="det nsubj ROOT punct amod dobj punct aux xcomp punct", heads="1 2 2 5 5 2 5 8 2 2", tags="DT NN VBD `` JJ NNP '' TO VB .",
            lemmas="the memo ask “ senior leadership ” to sign .", matched="Leadership", holds=False),
    # "Leadership skills" is the activity, not the people at the top.
    Example(leadership_not_quality, "Leadership skills matter .", pos="NOUN NOUN VERB PUNCT", deps="compound nsubj ROOT punct", heads="1 2 2 2",
            matched="Leadership skills matter", holds=False),
    Example(leadership_not_quality, "Leadership decided it .", pos="NOUN VERB PRON PUNCT", deps="nsubj ROOT dobj punct", heads="1 1 1 1",
            matched="Leadership decided", holds=True),
    # A parenthesis does not hide the head noun: "leadership (i.e. management) training" is training.
    Example(leadership_not_quality, "Leadership ( i.e. management ) training helps .", pos="NOUN PUNCT X NOUN PUNCT NOUN VERB PUNCT",
            deps="compound punct advmod appos punct nsubj ROOT punct", heads="5 0 3 0 0 6 6 6",
            matched="Leadership helps", holds=False),
    # Examined beside a practice it is one too; beside a group it is people.
    Example(leadership_not_quality, "A review of leadership and governance began .", pos="DET NOUN ADP NOUN CCONJ NOUN VERB PUNCT",
            deps="det nsubj prep pobj cc conj ROOT punct", heads="1 6 1 2 3 3 6 6", tags="DT NN IN NN CC NN VBD .",
            matched="review of leadership", holds=False),
    Example(leadership_not_quality, "A review of HR and leadership began .", pos="DET NOUN ADP PROPN CCONJ NOUN VERB PUNCT",
            deps="det nsubj prep pobj cc conj ROOT punct", heads="1 6 1 2 3 3 6 6", tags="DT NN IN NNP CC NN VBD .",
            matched="review of HR and leadership", holds=True),
    # A noun for words names the word itself: "the word leadership" has no people in it; "the party leadership" has.
    *(Example(leadership_not_abstract_subject, f"The {noun} leadership drifted .", pos="DET NOUN NOUN VERB PUNCT",
              deps="det compound nsubj ROOT punct", heads="2 2 3 3 3", tags="DT NN NN VBD .",
              lemmas=f"the {noun} leadership drift .", matched="leadership drifted", holds=holds)
      for noun, holds in [("word", False), ("party", True)]),
    # "To" hung on a particle still follows its verb: reported back to people, come back to the role.
    *(Example(leadership_names_group, f"{subject} {verb} back to leadership .", pos="NOUN VERB ADV ADP NOUN PUNCT", deps="nsubj ROOT advmod prep pobj punct",
              heads="1 1 1 2 3 1", tags=f"{tag} VBD RB IN NN .", lemmas=f"{subject.lower()} {lemma} back to leadership .", matched="leadership", holds=holds)
      for subject, tag, verb, lemma, holds in [("Officers", "NNS", "reported", "report", True), ("She", "PRP", "came", "come", False)]),
    # Elected, appointed or installed in a reduced clause, "the leadership" is the people it was done to.
    *(Example(leadership_names_group, f"The leadership , {verb} in May , faces a vote .", pos="DET NOUN PUNCT VERB ADP PROPN PUNCT VERB DET NOUN PUNCT",
              deps="det nsubj punct acl prep pobj punct ROOT det dobj punct", heads="1 7 1 1 3 4 1 7 9 7 7",
              tags="DT NN , VBN IN NNP , VBZ DT NN .", lemmas=f"the leadership , {lemma} in may , face a vote .", matched="leadership", holds=holds)
      for verb, lemma, holds in [("elected", "elect", True), ("shown", "show", False)]),
    # Accused of a deed in the passive, as in the active, it is people; accused of being something, it is a thing.
    *(Example(leadership_names_group, f"Leadership was accused of {gerund} .", pos="NOUN AUX VERB ADP AUX NOUN PUNCT" if rest else "NOUN AUX VERB ADP VERB PUNCT",
              deps=f"nsubjpass auxpass ROOT prep pcomp {'attr ' if rest else ''}punct".replace("  ", " "),
              heads="2 2 2 2 3 4 2" if rest else "2 2 2 2 3 2", tags=f"NN VBD VBN IN VBG {'NN ' if rest else ''}.",
              lemmas=f"leadership be accuse of {lemma} .", matched="Leadership", holds=holds)
      for gerund, lemma, rest, holds in [("stalling", "stall", False, True), ("being fads", "be fad", True, False)]),
    # What a study is about is a field, even with a group before it; a study sent to the same words goes to people.
    Example(leadership_names_group, "We read research on district leadership .", pos="PRON VERB NOUN ADP NOUN NOUN PUNCT",
            deps="nsubj ROOT dobj prep compound pobj punct", heads="1 1 1 2 5 3 1", tags="PRP VBD NN IN NN NN .",
            lemmas="we read research on district leadership .", matched="leadership", holds=False),
    Example(leadership_names_group, "We sent research to district leadership .", pos="PRON VERB NOUN ADP NOUN NOUN PUNCT",
            deps="nsubj ROOT dobj prep compound pobj punct", heads="1 1 1 1 5 3 1", tags="PRP VBD NN IN NN NN .",
            lemmas="we send research to district leadership .", matched="leadership", holds=True),
    # "So did" hands the verb on to a thing, and the subject is a thing of that kind; handed on to people, it is people.
    Example(leadership_names_group, "Leadership faded , and so did discipline .", pos="NOUN VERB PUNCT CCONJ ADV AUX NOUN PUNCT",
            deps="nsubj ROOT punct cc advmod conj nsubj punct", heads="1 1 1 1 5 1 5 5", tags="NN VBD , CC RB VBD NN .",
            lemmas="leadership fade , and so do discipline .", matched="Leadership", holds=False),
    Example(leadership_names_group, "The leadership resigned , and so did the board .", pos="DET NOUN VERB PUNCT CCONJ ADV AUX DET NOUN PUNCT",
            deps="det nsubj ROOT punct cc advmod conj det nsubj punct", heads="1 2 2 2 2 6 2 8 6 6", tags="DT NN VBD , CC RB VBD DT NN .",
            lemmas="the leadership resign , and so do the board .", matched="leadership", holds=True),
    # "Her leadership" describes conduct and "the leadership" names people.
    Example(leadership_not_abstract_subject, "Good leadership decided the outcome .", pos="ADJ NOUN VERB DET NOUN PUNCT", deps="amod nsubj ROOT det dobj punct", heads="1 2 2 4 2 2",
            matched="leadership decided", holds=False),
    Example(leadership_not_abstract_subject, "The leadership decided .", pos="DET NOUN VERB PUNCT", deps="det nsubj ROOT punct", heads="1 2 2 2", tags="DT NN VBD .",
            matched="leadership decided", holds=True),
    # A phrase of an earlier verb ends on the word, and the verb after it has a subject of its own: side by side only.
    Example(leadership_not_abstract_subject, "Engineers who want to move into leadership should ask their manager .",
            pos="NOUN PRON VERB PART VERB ADP NOUN AUX VERB PRON NOUN PUNCT",
            deps="nsubj nsubj relcl aux xcomp prep pobj aux ROOT poss dobj punct", heads="8 2 0 4 2 4 5 8 8 10 8 8",
            tags="NNS WP VBP TO VB IN NN MD VB PRP$ NN .", matched="leadership should ask", holds=False),
    # "Management without leadership" is about the activity.
    Example(leadership_not_abstract_subject, "Management without leadership feels safe .", pos="NOUN ADP NOUN VERB ADJ PUNCT", deps="nsubj prep pobj ROOT acomp punct", heads="3 0 1 3 3 3",
            matched="leadership feels", holds=False),
    # The preposition that governs it counts even with a modifier between: "experience in people leadership".
    Example(leadership_not_abstract_subject, "Experience in people leadership ( management ) preferred .",
            pos="NOUN ADP NOUN NOUN PUNCT NOUN PUNCT VERB PUNCT", deps="nsubj prep compound pobj punct appos punct ROOT punct",
            heads="7 0 3 1 3 3 7 7 7", tags="NN IN NNS NN -LRB- NN -RRB- VBN .",
            matched="leadership ( management ) preferred", holds=False),
    # An object sent on an errand ("of", "over", "into", "with") is people, whatever the verb; an activity shown,
    # placed or combined is not, nor is one function weighed over the other.
    *(Example(leadership_names_group, f"Investors {verb} leadership {prep} the {noun} .", pos="NOUN VERB NOUN ADP DET NOUN PUNCT",
              deps="nsubj ROOT dobj prep det pobj punct", heads="1 1 1 1 5 3 1", tags="NNS VBD NN IN DT NN .",
              lemmas=f"investor {lemma} leadership {prep} the {noun} .", matched="leadership", holds=holds)
      for verb, lemma, prep, noun, holds in [("hammered", "hammer", "over", "delay", True), ("dragged", "drag", "into", "argument", True),
                                             ("exercised", "exercise", "over", "crew", False), ("put", "put", "into", "practice", False),
                                             ("combined", "combine", "with", "coding", False), ("chose", "choose", "over", "management", False)]),
    # "Into" a person puts the activity in them as a trait; "into" a place or an argument still moves people.
    *(Example(leadership_names_group, f"Coaches {verb} leadership into the {noun} .", pos="NOUN VERB NOUN ADP DET NOUN PUNCT",
              deps="nsubj ROOT dobj prep det pobj punct", heads="1 1 1 1 5 3 1", tags="NNS VBD NN IN DT NN .",
              lemmas=f"coach {lemma} leadership into the {noun} .", matched="leadership", holds=holds)
      for verb, lemma, noun, holds in [("drilled", "drill", "recruit", False), ("beat", "beat", "boy", False), ("pulled", "pull", "room", True)]),
    # A noun sent from people or aimed at them names them; a move out of or towards the role does not.
    *(Example(leadership_names_group, f"A {noun} {prep} leadership came .", pos="DET NOUN ADP NOUN VERB PUNCT",
              deps="det nsubj prep pobj ROOT punct", heads="1 4 1 2 4 4", tags="DT NN IN NN VBD .",
              lemmas=f"a {noun} {prep} leadership come .", matched="leadership", holds=holds)
      for noun, prep, holds in [("nudge", "from", True), ("suspicion", "toward", True), ("break", "from", False), ("path", "toward", False)]),
    # What is done "at the N of" people names them; the heart of the activity does not.
    *(Example(leadership_names_group, f"It was paid at the {noun} of leadership .", pos="PRON AUX VERB ADP DET NOUN ADP NOUN PUNCT",
              deps="nsubjpass auxpass ROOT prep det pobj prep pobj punct", heads="2 2 2 2 5 3 5 6 2", tags="PRP VBD VBN IN DT NN IN NN .",
              lemmas=f"it be pay at the {noun} of leadership .", matched="leadership", holds=holds)
      for noun, holds in [("discretion", True), ("heart", False)]),
    # The subject of an event is the people unless the verb suits the activity, whatever the verb.
    Example(leadership_names_group, "Leadership tweaked the formula .", pos="NOUN VERB DET NOUN PUNCT", deps="nsubj ROOT det dobj punct",
            heads="1 1 3 1 1", tags="NN VBD DT NN .", lemmas="leadership tweak the formula .", matched="Leadership", holds=True),
    Example(leadership_names_group, "Leadership unlocks potential .", pos="NOUN VERB NOUN PUNCT", deps="nsubj ROOT dobj punct",
            heads="1 1 1 1", tags="NN VBZ NN .", lemmas="leadership unlock potential .", matched="Leadership", holds=False),
    # A generic present says what leading is like, unless a cue or the score says otherwise.
    Example(leadership_names_group, "Leadership lives in choices .", pos="NOUN VERB ADP NOUN PUNCT", deps="nsubj ROOT prep pobj punct",
            heads="1 1 1 2 1", tags="NN VBZ IN NNS .", lemmas="leadership live in choice .", matched="Leadership", holds=False),
    # "Product leadership" a company pursues or sets as its strategy is a lead over rivals; aimed at, it is people.
    *(Example(leadership_names_group, f"Firms that {verb} {prep} product leadership win .", pos="NOUN PRON VERB ADP NOUN NOUN VERB PUNCT",
              deps="nsubj nsubj relcl prep compound pobj ROOT punct", heads="6 2 0 2 5 3 6 6", tags="NNS WDT VBP IN NN NN VBP .",
              lemmas=f"firm that {verb} {prep} product leadership win .", matched="leadership", holds=holds)
      for verb, prep, holds in [("focus", "on", False), ("compete", "on", False), ("report", "to", True)]),
    Example(leadership_names_group, "Product leadership is not our strategy .", pos="NOUN NOUN AUX PART PRON NOUN PUNCT",
            deps="compound nsubj ROOT neg poss attr punct", heads="1 2 2 2 5 2 2", tags="NN NN VBZ RB PRP$ NN .",
            lemmas="product leadership be not our strategy .", matched="leadership", holds=False),
    Example(leadership_names_group, "We chose market leadership .", pos="PRON VERB NOUN NOUN PUNCT", deps="nsubj ROOT compound dobj punct",
            heads="1 1 3 1 1", tags="PRP VBD NN NN .", lemmas="we choose market leadership .", matched="leadership", holds=False),
    # A noun takes no object: "to district leadership" read as an infinitive still names the district's heads.
    Example(leadership_names_group, "Send it to district leadership .", pos="VERB PRON PART NOUN NOUN PUNCT",
            deps="ROOT dobj aux advcl dobj punct", heads="0 0 3 0 3 0", tags="VB PRP TO NN NN .",
            lemmas="send it to district leadership .", matched="leadership", holds=True),
    # The subject is the object of a verb done to people ("easy to reach"), not of one done to the activity ("hard to define").
    *(Example(leadership_names_group, f"Leadership is easy to {verb} .", pos="NOUN AUX ADJ PART VERB PUNCT",
              deps="nsubj ROOT acomp aux xcomp punct", heads="1 1 1 4 2 1", tags="NN VBZ JJ TO VB .",
              lemmas=f"leadership be easy to {verb} .", matched="Leadership", holds=holds)
      for verb, holds in [("reach", True), ("define", False)]),
    # An event that holds a gathering only people hold, even with a verb that suits the activity ("doing skip levels").
    *(Example(leadership_names_group, f"Leadership is doing {obj} .", pos=f"NOUN AUX VERB {pos} PUNCT",
              deps=f"nsubj aux ROOT {deps} punct", heads=heads, tags=f"NN VBZ VBG {tags} .",
              lemmas=f"leadership be do {lemmas} .", matched="Leadership", holds=holds)
      for obj, pos, deps, heads, tags, lemmas, holds in [
          ("skip levels", "ADJ NOUN", "amod dobj", "2 2 2 4 2 2", "JJ NNS", "skip level", True),
          ("the right things", "DET ADJ NOUN", "det amod dobj", "2 2 2 5 5 2 2", "DT JJ NNS", "the right thing", False)]),
    # A later "their" may take up the one person "who" names, not the people at the top.
    Example(leadership_names_group, "Ask who takes leadership and get their name .", pos="VERB PRON VERB NOUN CCONJ VERB PRON NOUN PUNCT",
            deps="ROOT nsubj ccomp dobj cc conj poss dobj punct", heads="0 2 0 2 2 2 7 5 0", tags="VB WP VBZ NN CC VB PRP$ NN .",
            lemmas="ask who take leadership and get their name .", matched="leadership", holds=False),
    # What a verb passes on "to leadership" goes to people, unless the verb carries it into a field.
    *(Example(leadership_names_group, f"{verb.title()} the {noun}s to leadership .", pos="VERB DET NOUN ADP NOUN PUNCT", deps="ROOT det dobj prep pobj punct",
              heads="0 2 0 0 3 0", tags="VB DT NNS IN NN .", lemmas=f"{verb} the {noun} to leadership .", matched="leadership", holds=holds)
      for verb, noun, holds in [("repeat", "number", True), ("apply", "lesson", False)]),
    # The parser may read "to leadership" as an infinitive; the verb before it still passes the numbers on.
    Example(leadership_names_group, "Repeat the numbers to leadership .", pos="VERB DET NOUN PART VERB PUNCT", deps="ROOT det dobj aux advcl punct",
            heads="0 2 0 4 0 0", tags="VB DT NNS TO VB .", lemmas="repeat the number to leadership .", matched="leadership", holds=True),
    # An apposition set off by a comma renames people, however far the parser hangs it; a bracket names a track.
    Example(leadership_names_group, "The approvers for this RFC , i.e. leadership , left .", pos="DET NOUN ADP DET PROPN PUNCT ADV NOUN PUNCT VERB PUNCT",
            deps="det nsubj prep det pobj punct advmod appos punct ROOT punct", heads="1 9 1 4 2 4 7 4 9 9 9",
            tags="DT NNS IN DT NNP , FW NN , VBD .", matched="leadership", holds=True),
    Example(leadership_names_group, "Support Engineering ( Leadership )", pos="NOUN NOUN PUNCT NOUN PUNCT",
            deps="compound ROOT punct appos punct", heads="1 1 3 1 1", tags="NN NN -LRB- NN -RRB-", matched="Leadership", holds=False),
    # "Who" after it takes up people, wherever the parser hangs its clause.
    Example(leadership_names_group, "Write for leadership , who skim it .", pos="VERB ADP NOUN PUNCT PRON VERB PRON PUNCT",
            deps="ROOT prep pobj punct nsubj ccomp dobj punct", heads="0 0 1 0 5 0 5 0", tags="VB IN NN , WP VBP PRP .",
            matched="leadership", holds=True),
    # Aimed "at" people; passed "through" them, with the phrase hung on the verb's object.
    Example(leadership_names_group, "Direct them at leadership .", pos="VERB PRON ADP NOUN PUNCT", deps="ROOT dobj prep pobj punct",
            heads="0 0 0 2 0", tags="VB PRP IN NN .", matched="leadership", holds=True),
    Example(leadership_names_group, "Route requests through leadership .", pos="VERB NOUN ADP NOUN PUNCT", deps="ROOT dobj prep pobj punct",
            heads="0 0 1 2 0", tags="VB NNS IN NN .", matched="leadership", holds=True),
    Example(leadership_names_group, "Growth through leadership matters .", pos="NOUN ADP NOUN VERB PUNCT", deps="nsubj prep pobj ROOT punct",
            heads="3 0 1 3 3", tags="NN IN NN VBZ .", matched="leadership", holds=False),
    # An item of a verbless list that fills a field naming people, after a colon or a table row's label cell, is people;
    # the same list under a label of topics is not.
    *(Example(leadership_names_group, f"{label} : platform , design and leadership", pos="NOUN PUNCT NOUN PUNCT NOUN CCONJ NOUN",
              deps="ROOT punct appos punct conj cc conj", heads="0 0 0 2 2 4 4", tags="NNS : NN , NN CC NN", matched="leadership", holds=holds)
      for label, holds in [("Reviewers", True), ("Topics", False)]),
    *(Example(leadership_names_group, f"| {label} | Platform , leadership |", pos="PUNCT NOUN PUNCT PROPN PUNCT NOUN PUNCT",
              deps="punct ROOT punct appos punct conj punct", heads="1 1 1 1 3 3 1", tags="NFP NNS NFP NNP , NN NFP", matched="leadership", holds=holds)
      for label, holds in [("Approvers", True), ("Skills", False)]),
    # Guided through a document, it is people; carried through a crisis, the activity.
    *(Example(leadership_names_group, f"Take leadership through the {noun} .", pos="VERB NOUN ADP DET NOUN PUNCT", deps="ROOT dobj prep det pobj punct",
              heads="0 0 0 4 2 0", tags="VB NN IN DT NN .", lemmas=f"take leadership through the {noun} .", matched="leadership", holds=holds)
      for noun, holds in [("timeline", True), ("crisis", False)]),
    # Managers named by their layer are people acting beside the group, not the function set against it.
    Example(leadership_names_group, "Leadership is out of touch and middle managers pass it .",
            pos="NOUN AUX ADP ADP NOUN CCONJ ADJ NOUN VERB PRON PUNCT", deps="nsubj ROOT prep prep pobj cc amod nsubj conj dobj punct",
            heads="1 1 1 2 3 1 7 8 1 8 1", tags="NN VBZ IN IN NN CC JJ NNS VBP PRP .", lemmas="leadership be out of touch and middle manager pass it .",
            matched="Leadership", holds=True),
    # A head written as two words is read as its hyphened form: a town hall is held by people, a book club is not theirs.
    *(Example(leadership_names_group, f"Join the leadership {first} {second} .", pos="VERB DET NOUN NOUN NOUN PUNCT",
              deps="ROOT det compound compound dobj punct", heads="0 4 4 4 0 0", tags="VB DT NN NN NN .", matched="leadership", holds=holds)
      for first, second, holds in [("town", "hall", True), ("book", "club", False)]),
    # Set between itself and people across a pair the parser broke ("crews" read as the subject), it is people.
    *(Example(leadership_names_group, f"Tension between leadership and the {noun} grew .", pos="NOUN ADP NOUN CCONJ DET NOUN VERB PUNCT",
              deps="nsubj prep pobj cc det nsubj ROOT punct", heads="6 0 1 0 5 6 6 6", tags="NN IN NN CC DT NNS VBD .",
              lemmas=f"tension between leadership and the {noun} grow .", matched="leadership", holds=holds)
      for noun, holds in [("crews", True), ("profits", False)]),
    # Helped with its work, it is people; helped with a means given to the activity, not.
    *(Example(leadership_names_group, f"Analysts support leadership with {noun} .", pos="NOUN VERB NOUN ADP NOUN PUNCT",
              deps="nsubj ROOT dobj prep pobj punct", heads="1 1 1 1 3 1", tags="NNS VBP NN IN NN .",
              lemmas=f"analyst support leadership with {noun} .", matched="leadership", holds=holds)
      for noun, holds in [("planning", True), ("coaching", False)]),
    # The subject of a relative clause with no "that", hung on the noun before it: people, unless the verb suits the activity.
    *(Example(leadership_names_group, f"Decks your leadership can {verb} .", pos="NOUN PRON NOUN AUX VERB PUNCT",
              deps="nsubj poss dobj aux ROOT punct", heads="4 2 0 4 4 4", tags="NNS PRP$ NN MD VB .",
              lemmas=f"deck your leadership can {verb} .", matched="leadership", holds=holds)
      for verb, holds in [("skim", True), ("inspire", False)]),
    # Where one stands towards people, and a preposition that needs a group.
    Example(leadership_names_group, "Present it in front of leadership .", pos="VERB PRON ADP NOUN ADP NOUN PUNCT",
            deps="ROOT dobj prep pobj prep pobj punct", heads="0 0 0 2 3 4 0", tags="VB PRP IN NN IN NN .", matched="leadership", holds=True),
    Example(leadership_names_group, "They disagree among leadership .", pos="PRON VERB ADP NOUN PUNCT",
            deps="nsubj ROOT prep pobj punct", heads="1 1 1 2 1", tags="PRP VBP IN NN .", matched="leadership", holds=True),
    # A verb with a by-agent and no auxiliary is a reduced passive: leadership is what is shared.
    Example(leadership_not_abstract_subject, "Leadership shared by the team helps .", pos="NOUN VERB ADP DET NOUN VERB PUNCT",
            deps="nsubj ROOT agent det pobj advcl punct", heads="1 1 1 4 2 1 1", tags="NN VBD IN DT NN VBZ .",
            lemmas="leadership share by the team help .", matched="Leadership shared", holds=False),
    # Set apart from people, it is people; set apart from a topic, a topic.
    Example(leadership_names_group, "Everyone except leadership left .", pos="PRON ADP NOUN VERB PUNCT",
            deps="nsubj prep pobj ROOT punct", heads="3 0 1 3 3", tags="NN IN NN VBD .", matched="leadership", holds=True),
    Example(leadership_names_group, "Everything except leadership is easy .", pos="PRON ADP NOUN AUX ADJ PUNCT",
            deps="nsubj prep pobj ROOT acomp punct", heads="3 0 1 3 3 3", tags="NN IN NN VBZ JJ .", matched="leadership", holds=False),
    # A passive with "get" makes leadership what is acted on, as one with "be" does.
    Example(leadership_not_abstract_subject, "Leadership gets demanded of you .", pos="NOUN AUX VERB ADP PRON PUNCT",
            deps="nsubjpass auxpass ROOT prep pobj punct", heads="2 2 2 2 3 2", tags="NN VBZ VBN IN PRP .",
            lemmas="leadership get demand of you .", matched="Leadership gets demanded", holds=False),
    # The agent of a passive is who acted, unless the verb suits the activity or weighs the two functions.
    Example(passive_done_by_people, "The pool is calculated by leadership .", pos="DET NOUN AUX VERB ADP NOUN PUNCT",
            deps="det nsubjpass auxpass ROOT agent pobj punct", heads="1 3 3 3 3 4 3", tags="DT NN VBZ VBN IN NN .",
            lemmas="the pool be calculate by leadership .", matched="calculated by leadership", holds=True),
    Example(passive_done_by_people, "Teams are inspired by leadership .", pos="NOUN AUX VERB ADP NOUN PUNCT",
            deps="nsubjpass auxpass ROOT agent pobj punct", heads="2 2 2 2 3 2", tags="NNS VBP VBN IN NN .",
            lemmas="team be inspire by leadership .", matched="inspired by leadership", holds=False),
    # Management done away with and leadership relied on in its place: the two functions swapped, not people.
    Example(leadership_names_group, "Do away with management and rely on leadership instead .",
            pos="VERB ADV ADP NOUN CCONJ VERB ADP NOUN ADV PUNCT", deps="ROOT advmod prep pobj cc conj prep pobj advmod punct",
            heads="0 0 0 2 0 0 5 6 5 0", tags="VB RB IN NN CC VB IN NN RB .",
            lemmas="do away with management and rely on leadership instead .", matched="leadership", holds=False),
    # Management sent something is people, so leadership, sent it next, is people too.
    Example(leadership_names_group, "Send it to management and escalate it to leadership instead .",
            pos="VERB PRON ADP NOUN CCONJ VERB PRON ADP NOUN ADV PUNCT", deps="ROOT dobj prep pobj cc conj dobj prep pobj advmod punct",
            heads="0 0 0 2 0 0 5 5 7 5 0", tags="VB PRP IN NN CC VB PRP IN NN RB .",
            lemmas="send it to management and escalate it to leadership instead .", matched="leadership", holds=True),
    # One function said to leave the other without use weighs the two: no one acts.
    Example(leadership_not_abstract_subject, "Leadership has rendered management obsolete .", pos="NOUN AUX VERB NOUN ADJ PUNCT",
            deps="nsubj aux ROOT compound dobj punct", heads="2 2 2 4 2 2", tags="NN VBZ VBN NN JJ .",
            lemmas="leadership have render management obsolete .", matched="Leadership has rendered", holds=False),
    Example(leadership_not_abstract_subject, "The leadership has rendered the process obsolete .", pos="DET NOUN AUX VERB DET NOUN ADJ PUNCT",
            deps="det nsubj aux ROOT det nsubj ccomp punct", heads="1 3 3 3 5 6 3 3", tags="DT NN VBZ VBN DT NN JJ .",
            lemmas="the leadership have render the process obsolete .", matched="leadership has rendered", holds=True),
    # One person's office owns conduct however the tagger takes its title (a name, a short form); a body's does not.
    *(Example(leadership_names_group, f"The {owner} 's leadership carried the side .", pos=f"DET {pos} PART NOUN VERB DET NOUN PUNCT",
              deps="det poss case nsubj ROOT det dobj punct", heads="1 3 1 4 4 6 4 4", tags=f"DT {tag} POS NN VBD DT NN .",
              lemmas=f"the {owner.lower()} 's leadership carry the side .", matched="leadership", holds=holds)
      for owner, pos, tag, holds in [("CFO", "PROPN", "NNP", False), ("Headmistress", "PROPN", "NNP", False),
                                     ("abbess", "ADJ", "JJ", False), ("foreman", "NOUN", "NN", False), ("club", "NOUN", "NN", True)]),
    # A title of one office written in two words owns conduct too; an office building's people do not.
    *(Example(leadership_names_group, f"The {first} {second} 's leadership carried the firm .", pos="DET NOUN NOUN PART NOUN VERB DET NOUN PUNCT",
              deps="det compound poss case nsubj ROOT det dobj punct", heads="2 2 4 2 5 5 7 5 5", tags="DT NN NN POS NN VBD DT NN .",
              lemmas=f"the {first} {second} 's leadership carry the firm .", matched="leadership", holds=holds)
      for first, second, holds in [("chief", "executive", False), ("head", "office", True)]),
    # "Be" with a word that grades conduct says how well it was done; a state people are in names them.
    *(Example(leadership_names_group, f"The leadership was {word} .", pos="DET NOUN AUX ADJ PUNCT", deps="det nsubj ROOT acomp punct",
              heads="1 2 2 2 2", tags="DT NN VBD JJ .", lemmas=f"the leadership be {word} .", matched="leadership", holds=holds)
      for word, holds in [("superb", False), ("furious", True)]),
    # A verb that suits the activity, asking for qualities of no one in particular, says what leading takes; asked of people, it is theirs.
    *(Example(leadership_names_group, f"Leadership demanded patience{rest} .", pos="NOUN VERB NOUN" + " ADP NOUN" * bool(rest) + " PUNCT",
              deps="nsubj ROOT dobj" + " prep pobj" * bool(rest) + " punct", heads="1 1 1" + " 1 3" * bool(rest) + " 1",
              tags="NN VBD NN" + " IN NN" * bool(rest) + " .", lemmas=f"leadership demand patience{rest} .", matched="Leadership", holds=holds)
      for rest, holds in [("", False), (" from staff", True)]),
    # The bare word in the question a work poses is what the work is about; asked by people, it is a group.
    *(Example(leadership_names_group, f"The {asker} asks whether leadership can survive .", pos="DET NOUN VERB SCONJ NOUN AUX VERB PUNCT",
              deps="det nsubj ROOT mark nsubj aux ccomp punct", heads="1 2 2 6 6 6 2 2", tags="DT NN VBZ IN NN MD VB .",
              lemmas=f"the {asker} ask whether leadership can survive .", matched="leadership", holds=holds)
      for asker, holds in [("novel", False), ("union", True)]),
    # Said to be (or to stop being) a word or an idea, it is the idea; said to become a team, it is people.
    *(Example(leadership_names_group, f"Leadership stopped being a {noun} .", pos="NOUN VERB AUX DET NOUN PUNCT",
              deps="nsubj ROOT xcomp det attr punct", heads="1 1 1 4 2 1", tags="NN VBD VBG DT NN .",
              lemmas=f"leadership stop be a {noun} .", matched="Leadership", holds=holds)
      for noun, holds in [("word", False), ("team", True)]),
    # "By" and a bare noun say how it is done, even where the parser hangs the phrase on the verb; "by Friday" is a time.
    *(Example(leadership_names_group, f"Leadership by {noun} won .", pos=f"NOUN ADP {pos} VERB PUNCT", deps="nsubj prep pobj ROOT punct",
              heads="3 3 1 3 3", tags=f"NN IN {tag} VBD .", lemmas=f"leadership by {noun.lower()} win .", matched="Leadership", holds=holds)
      for noun, pos, tag, holds in [("example", "NOUN", "NN", False), ("Friday", "PROPN", "NNP", True)]),
    # Joined to a quality, whatever event the pattern saw, it is a quality; joined to a group, people.
    *(Example(leadership_not_abstract_subject, f"{first} and leadership saw the plan .", pos="NOUN CCONJ NOUN VERB DET NOUN PUNCT",
              deps="nsubj cc conj ROOT det dobj punct", heads="3 0 0 3 5 3 3", tags="NN CC NN VBD DT NN .",
              lemmas=f"{first.lower()} and leadership see the plan .", matched="leadership saw", holds=holds)
      for first, holds in [("Grit", False), ("Staff", True)]),
    # Likened to one thing, it is the activity as someone lived it; people feel like outsiders.
    *(Example(leadership_not_abstract_subject, f"Leadership felt like {like} .", pos="NOUN VERB ADP " + ("DET NOUN" if like.startswith("a ") else "NOUN") + " PUNCT",
              deps="nsubj ROOT prep " + ("det pobj" if like.startswith("a ") else "pobj") + " punct",
              heads="1 1 1 " + ("4 2 1" if like.startswith("a ") else "2 1"), tags="NN VBD IN " + ("DT NN" if like.startswith("a ") else "NNS") + " .",
              lemmas=f"leadership feel like {like} .", matched="Leadership felt", holds=holds)
      for like, holds in [("a burden", False), ("outsiders", True)]),
    # A named owner's leadership is the person's conduct, unless a modifier names the group at the top of a body.
    *(Example(leadership_names_group, f"Brenford 's {modifier} leadership left .", pos="PROPN PART ADJ NOUN VERB PUNCT",
              deps="poss case amod nsubj ROOT punct", heads="3 0 3 4 4 4", tags="NNP POS JJ NN VBD .",
              lemmas=f"brenford 's {modifier} leadership leave .", matched="leadership", holds=holds)
      for modifier, holds in [("current", True), ("steady", False)]),
    # A body's possessive makes its leadership people, as "company leadership" does; one person's makes it conduct, and
    # so does what the body's leadership is "of".
    *(Example(leadership_names_group, f"The {owner} 's leadership deserted the town .", pos="DET NOUN PART NOUN VERB DET NOUN PUNCT",
              deps="det poss case nsubj ROOT det dobj punct", heads="1 3 1 4 4 6 4 4", tags="DT NN POS NN VBD DT NN .",
              lemmas=f"the {owner} 's leadership desert the town .", matched="leadership", holds=holds)
      for owner, holds in [("company", True), ("captain", False)]),
    Example(leadership_names_group, "The company 's leadership of the strike deserted the town .",
            pos="DET NOUN PART NOUN ADP DET NOUN VERB DET NOUN PUNCT", deps="det poss case nsubj prep det pobj ROOT det dobj punct",
            heads="1 3 1 7 3 6 4 7 9 7 7", tags="DT NN POS NN IN DT NN VBD DT NN .",
            lemmas="the company 's leadership of the strike desert the town .", matched="leadership", holds=False),
    # Leadership someone shows is conduct, whatever is done to it; the leadership that shows up is people.
    # "Whose" stands for the noun its clause hangs on: one person's leadership is conduct, a firm's is its people.
    Example(read_as_the_activity, "The ferryman whose leadership needed no training retired .", pos="DET NOUN DET NOUN VERB DET NOUN VERB PUNCT",
            deps="det nsubj poss nsubj relcl det dobj ROOT punct", heads="1 7 3 4 1 6 4 7 7", tags="DT NN WP$ NN VBD DT NN VBD .",
            lemmas="the ferryman whose leadership need no training retire .", matched="leadership", holds=True),
    Example(read_as_the_activity, "The firm whose leadership needed no advice collapsed .", pos="DET NOUN DET NOUN VERB DET NOUN VERB PUNCT",
            deps="det nsubj poss nsubj relcl det dobj ROOT punct", heads="1 7 3 4 1 6 4 7 7", tags="DT NN WP$ NN VBD DT NN VBD .",
            lemmas="the firm whose leadership need no advice collapse .", matched="leadership", holds=False),
    Example(read_as_the_activity, "Staff thanked the leadership shown during the crisis .", pos="NOUN VERB DET NOUN VERB ADP DET NOUN PUNCT",
            deps="nsubj ROOT det dobj acl prep det pobj punct", heads="1 1 3 1 3 4 7 5 1", tags="NNS VBD DT NN VBN IN DT NN .",
            lemmas="staff thank the leadership show during the crisis .", matched="leadership", holds=True),
    Example(read_as_the_activity, "Staff thanked the leadership that showed up .", pos="NOUN VERB DET NOUN PRON VERB ADP PUNCT",
            deps="nsubj ROOT det dobj nsubj relcl prt punct", heads="1 1 3 1 5 3 5 1", tags="NNS VBD DT NN WDT VBD RP .",
            lemmas="staff thank the leadership that show up .", matched="leadership", holds=False),
    # All of "the" leadership is all of a group; all of hers is her conduct.
    *(Example(leadership_names_group, f"{det} entire leadership was replaced .", pos="DET ADJ NOUN AUX VERB PUNCT",
              deps="det amod nsubjpass auxpass ROOT punct" if det == "The" else "poss amod nsubjpass auxpass ROOT punct",
              heads="2 2 4 4 4 4", tags=("DT" if det == "The" else "PRP$") + " JJ NN VBD VBN .",
              lemmas=f"{det.lower()} entire leadership be replace .", matched="leadership", holds=holds)
      for det, holds in [("The", True), ("Her", False)]),
    # Set beside a quality or a fortune it is the quality; beside people, people.
    *(Example(leadership_names_group, f"Leadership , not {other} , carried the side .", pos="NOUN PUNCT PART NOUN PUNCT VERB DET NOUN PUNCT",
              deps="nsubj punct neg appos punct ROOT det dobj punct", heads="5 0 3 0 3 5 7 5 5", tags="NN , RB NN , VBD DT NN .",
              lemmas=f"leadership , not {other} , carry the side .", matched="Leadership", holds=holds)
      for other, holds in [("luck", False), ("staff", True)]),
    # "Leaders ..., managers ..." sets two kinds of people side by side; a layer word, or the lower side taking up
    # what the top handed down, ranks them.
    Example(ranks_the_two, "Leaders inspire , managers administer .", pos="NOUN VERB PUNCT NOUN VERB PUNCT",
            deps="nsubj ROOT punct nsubj conj punct", heads="1 1 1 4 1 1", matched="Leaders inspire , managers administer", holds=False),
    Example(ranks_the_two, "Leaders decide at the top , managers below execute .", pos="NOUN VERB ADP DET NOUN PUNCT NOUN ADV VERB PUNCT",
            deps="nsubj ROOT prep det pobj punct nsubj advmod conj punct", heads="1 1 1 4 2 1 8 8 1 1",
            matched="Leaders decide at the top , managers below execute", holds=True),
    Example(ranks_the_two, "Leaders decide , managers carry it out .", pos="NOUN VERB PUNCT NOUN VERB PRON ADP PUNCT",
            deps="nsubj ROOT punct nsubj conj dobj prt punct", heads="1 1 1 4 1 4 4 1",
            matched="Leaders decide , managers carry it out", holds=True),
    # The word that opens the pair must be the group: training in leading, or good leading, sets no layer above anyone.
    *(Example(ranks_the_two, f"{opening} sets goals and site managers carry them out .",
              pos=f"{pos} VERB NOUN CCONJ NOUN NOUN VERB PRON ADP PUNCT",
              deps=f"{deps} ROOT dobj cc compound nsubj conj dobj prt punct",
              heads=f"{heads} {n} {n} {n} {n + 4} {n + 5} {n} {n + 5} {n + 5} {n}",
              tags=f"{tags} VBZ NNS CC NN NNS VBP PRP RP .", lemmas=f"{opening.lower()} set goal and site manager carry they out .",
              matched=f"{start} sets goals and site managers carry them out", holds=holds)
      for opening, start, pos, deps, heads, tags, n, holds in [
          ("Leadership", "Leadership", "NOUN", "nsubj", "1", "NN", 1, True),
          ("Good leadership", "leadership", "ADJ NOUN", "amod nsubj", "1 2", "JJ NN", 2, False),
          ("Leadership training", "Leadership training", "NOUN NOUN", "compound nsubj", "1 2", "NN NN", 2, False)]),
    # "Leadership" names the top where it gives direction, not where it is credited with results.
    Example(ranks_the_two, "Leadership earns loyalty ; management only tracks attendance .",
            pos="NOUN VERB NOUN PUNCT NOUN ADV VERB NOUN PUNCT", deps="nsubj ROOT dobj punct nsubj advmod conj dobj punct",
            heads="1 1 1 1 6 6 1 6 1", lemmas="leadership earn loyalty ; management only track attendance .",
            matched="Leadership earns loyalty ; management only tracks attendance", holds=False),
    # A present a clause of time or condition waits for is one act, which people do, unless its verb suits the activity.
    *(Example(leadership_names_group, f"Wait until leadership {verb} it .", pos="VERB SCONJ NOUN VERB PRON PUNCT",
              deps="ROOT mark nsubj advcl dobj punct", heads="0 3 3 0 3 0", tags="VB IN NN VBZ PRP .",
              lemmas=f"wait until leadership {lemma} it .", matched="leadership", holds=holds)
      for verb, lemma, holds in [("blesses", "bless", True), ("shapes", "shape", False)]),
    # So is a present kept on a calendar ("every quarter"), unless its verb suits the activity.
    *(Example(leadership_names_group, f"Every quarter leadership {verb} the agenda .", pos="DET NOUN NOUN VERB DET NOUN PUNCT",
              deps="det npadvmod nsubj ROOT det dobj punct", heads="1 3 3 3 5 3 3", tags="DT NN NN VBZ DT NN .",
              lemmas=f"every quarter leadership {lemma} the agenda .", matched="leadership", holds=holds)
      for verb, lemma, holds in [("posts", "post", True), ("shapes", "shape", False)]),
    # The next stop in a chain of people is people; in a chain of topics, a topic.
    *(Example(leadership_names_group, f"{first} first , then leadership .", pos="NOUN ADV PUNCT ADV NOUN PUNCT",
              deps="nsubj advmod punct advmod ROOT punct", heads="4 4 4 4 4 4", tags="NN RB , RB NN .",
              lemmas=f"{first.lower()} first , then leadership .", matched="leadership", holds=holds)
      for first, holds in [("Managers", True), ("Craft", False)]),
    # The agent of a verb that suits the activity is people where what was done is a thing people hand down.
    *(Example(leadership_names_group, f"The {noun} is defined by leadership .", pos="DET NOUN AUX VERB ADP NOUN PUNCT",
              deps="det nsubjpass auxpass ROOT agent pobj punct", heads="1 3 3 3 3 4 3", tags="DT NN VBZ VBN IN NN .",
              lemmas=f"the {noun} be define by leadership .", matched="leadership", holds=holds)
      for noun, holds in [("plan", True), ("culture", False)]),
    # A decision that belongs to it names its owner.
    Example(leadership_names_group, "The decision belongs to leadership .", pos="DET NOUN VERB ADP NOUN PUNCT",
            deps="det nsubj ROOT prep pobj punct", heads="1 2 2 2 3 2", tags="DT NN VBZ IN NN .",
            lemmas="the decision belong to leadership .", matched="leadership", holds=True),
    Example(ranks_the_two, "Leadership thinks , management does .", pos="NOUN VERB PUNCT NOUN VERB PUNCT",
            deps="nsubj ROOT punct nsubj conj punct", heads="1 1 1 4 1 1", matched="Leadership thinks , management does", holds=True),
    # A place or a company that waited "for" it in the past longs for the quality; staff, "we" or a pending state wait for bosses.
    *(Example(awaited_as_people, f"The {who} waited for leadership .", pos="DET NOUN VERB ADP NOUN PUNCT",
              deps="det nsubj ROOT prep pobj punct", heads="1 2 2 2 3 2", tags="DT NN VBD IN NN .",
              lemmas=f"the {who} wait for leadership .", matched="waited for leadership .", holds=holds)
      for who, holds in [("village", False), ("staff", True)]),
    Example(awaited_as_people, "The village waited for leadership , but they never came .", pos="DET NOUN VERB ADP NOUN PUNCT CCONJ PRON ADV VERB PUNCT",
            deps="det nsubj ROOT prep pobj punct cc nsubj neg conj punct", heads="1 2 2 2 3 2 2 9 9 2 2", tags="DT NN VBD IN NN , CC PRP RB VBD .",
            lemmas="the village wait for leadership , but they never come .", matched="waited for leadership ,", holds=True),
    Example(awaited_as_people, "The village is waiting for leadership .", pos="DET NOUN AUX VERB ADP NOUN PUNCT",
            deps="det nsubj aux ROOT prep pobj punct", heads="1 3 3 3 3 4 3", tags="DT NN VBZ VBG IN NN .",
            lemmas="the village be wait for leadership .", matched="waiting for leadership .", holds=True),
    # A preposition said again after "and" shares the first one's governor and sets the two objects side by side, even
    # where the parser reads the second "to" as an infinitive's.
    *(Example(leadership_names_group, f"Copy it to {first} and to leadership .", pos="VERB PRON ADP NOUN CCONJ PART VERB PUNCT",
              deps="ROOT dobj prep pobj cc aux conj punct", heads="0 0 0 2 0 6 0 0", tags="VB PRP IN NN CC TO VB .",
              lemmas=f"copy it to {first} and to leadership .", matched="leadership", holds=holds)
      for first, holds in [("finance", True), ("scale", False)]),
    # After a move, the second "to" leads into a field, even where the first object is a department.
    Example(leadership_names_group, "She wrote about her path to engineering and to leadership .",
            pos="PRON VERB ADP PRON NOUN ADP NOUN CCONJ PART VERB PUNCT", deps="nsubj ROOT prep poss pobj prep pobj cc aux xcomp punct",
            heads="1 1 1 4 2 4 5 2 9 1 1", tags="PRP VBD IN PRP$ NN IN NN CC TO VB .",
            lemmas="she write about her path to engineering and to leadership .", matched="leadership", holds=False),
    # A verb that suits the activity, done once to a piece of work people hand over, is people at work.
    *(Example(leadership_names_group, f"Wait until leadership changes the {noun} .", pos="VERB SCONJ NOUN VERB DET NOUN PUNCT",
              deps="ROOT mark nsubj advcl det dobj punct", heads="0 3 3 0 5 3 0", tags="VB IN NN VBZ DT NN .",
              lemmas=f"wait until leadership change the {noun} .", matched="leadership", holds=holds)
      for noun, holds in [("date", True), ("culture", False)]),
    # A numbered slot of a timeline keeps a present on the calendar, like "every quarter".
    *(Example(leadership_names_group, f"{slot} , leadership sets the budget .", pos=f"{pos} PUNCT NOUN VERB DET NOUN PUNCT",
              deps=f"{deps} punct nsubj ROOT det dobj punct", heads=heads, tags=f"{tags} , NN VBZ DT NN .",
              lemmas=f"{slot.lower()} , leadership set the budget .", matched="leadership", holds=holds)
      for slot, pos, deps, heads, tags, holds in [("Week 3", "NOUN NUM", "npadvmod nummod", "4 0 4 4 4 6 4 4", "NN CD", True),
                                                  ("Overall", "ADV", "advmod", "3 3 3 3 5 3 3", "RB", False)]),
    # Any stop of a chain that names people makes it a chain of people, even where the stop right before is a person no
    # list names.
    *(Example(leadership_names_group, f"{first} → {second} → leadership", pos="NOUN SYM NOUN SYM NOUN",
              deps="nmod punct nmod punct ROOT", heads="4 4 4 4 4", tags="NN SYM NN SYM NN",
              lemmas=f"{first.lower()} → {second} → leadership", matched="leadership", holds=holds)
      for first, second, holds in [("Manager", "head", True), ("Strategy", "execution", False)]),
    # A step after the clause that says when ("if", "once") opens with its verb, even where the parser hangs it on the word
    # as a name; after a clause of reason it does not count as a step.
    *(Example(leadership_names_group, f"{sub} nobody reaches the commander , page leadership .", pos="SCONJ PRON VERB DET NOUN PUNCT NOUN NOUN PUNCT",
              deps="mark nsubj ROOT det dobj punct compound appos punct", heads="2 2 2 4 2 4 7 4 2", tags="IN NN VBZ DT NN , NN NN .",
              lemmas=f"{sub.lower()} nobody reach the commander , page leadership .", matched="leadership", holds=holds)
      for sub, holds in [("If", True), ("Since", False)]),
    # The answer to a question about who names who only as a fragment; an answer with its own verb is read as anywhere else.
    Example(answer_without_verb, "Who signs ? Leadership , after the review .", pos="PRON VERB PUNCT NOUN PUNCT ADP DET NOUN PUNCT",
            deps="nsubj ROOT punct ROOT punct prep det pobj punct", heads="1 1 1 3 3 3 7 5 3", matched="Leadership", holds=True),
    Example(answer_without_verb, "Who helped ? Leadership came from the crew .", pos="PRON VERB PUNCT NOUN VERB ADP DET NOUN PUNCT",
            deps="nsubj ROOT punct nsubj ROOT prep det pobj punct", heads="1 1 1 4 4 4 7 5 4", matched="Leadership", holds=False),
    # A piece of work and then a verb is a clause with no "that" the parser read as one noun: the word is its subject.
    *(Example(leadership_names_group, f"Read the {noun} leadership sent .", pos="VERB DET NOUN NOUN VERB PUNCT",
              deps="ROOT det compound dobj acl punct", heads="0 3 3 0 3 0", tags="VB DT NN NN VBN .",
              lemmas=f"read the {noun} leadership send .", matched="leadership", holds=holds)
      for noun, holds in [("memo", True), ("scout", False)]),
    # "For leadership" after "be" is said of the subject: a deck is made for people, an award is given for the activity.
    *(Example(leadership_names_group, f"The {noun} is for leadership .", pos="DET NOUN AUX ADP NOUN PUNCT",
              deps="det nsubj ROOT prep pobj punct", heads="1 2 2 2 3 2", tags="DT NN VBZ IN NN .",
              lemmas=f"the {noun} be for leadership .", matched="leadership", holds=holds)
      for noun, holds in [("deck", True), ("award", False)]),
    # The first word of a quoted sentence is capitalised as a sentence starts, not as a name.
    Example(leadership_names_group, "The CFO said : “ Leadership will look at the budgets . ”",
            pos="DET PROPN VERB PUNCT PUNCT NOUN AUX VERB ADP DET NOUN PUNCT PUNCT",
            deps="det nsubj ccomp punct punct nsubj aux ROOT prep det pobj punct punct", heads="1 2 7 7 7 7 7 7 7 10 8 7 7",
            tags="DT NNP VBD : `` NN MD VB IN DT NNS . ''", lemmas="the cfo say : “ leadership will look at the budget . ”",
            matched="Leadership", holds=True),
    # "For long" says how long the position was held, like "for years"; "for questioning" sends people on an errand.
    *(Example(leadership_names_group, f"No one held the leadership for {what} .", pos=f"DET NOUN VERB DET NOUN ADP {pos} PUNCT",
              deps="det nsubj ROOT det dobj prep pobj punct", heads="1 2 2 4 2 2 5 2", tags=f"DT NN VBD DT NN IN {tag} .",
              lemmas=f"no one hold the leadership for {what} .", matched="leadership", holds=holds)
      for what, pos, tag, holds in [("long", "ADV", "RB", False), ("questioning", "NOUN", "NN", True)]),
    # A share of a measure of the analysis is a variable's; a share of the budget is what people spent.
    *(Example(condition, f"Leadership accounted for 12 % of the {noun} .", pos="NOUN VERB ADP NUM NOUN ADP DET NOUN PUNCT",
              deps="nsubj ROOT prep nummod pobj prep det pobj punct", heads="1 1 1 4 2 4 7 5 1", tags="NN VBD IN CD NN IN DT NN .",
              lemmas=f"leadership account for 12 % of the {noun} .", matched="Leadership accounted", holds=holds)
      for condition in (leadership_names_group, leadership_not_abstract_subject)
      for noun, holds in [("variance", False), ("budget", True)]),
    # "For leadership" after a passive is said of what was made, as after "be": a dashboard is made for people.
    *(Example(leadership_names_group, f"{det} {noun} was produced for leadership .", pos="DET NOUN AUX VERB ADP NOUN PUNCT",
              deps="det nsubjpass auxpass ROOT prep pobj punct", heads="1 3 3 3 3 4 3", tags="DT NN VBD VBN IN NN .",
              lemmas=f"{det.lower()} {noun} be produce for leadership .", matched="leadership", holds=holds)
      for det, noun, holds in [("A", "dashboard", True), ("An", "award", False)]),
    # A headword sent on to another by "see also" is an index entry; a name called and asked to see someone is people.
    Example(leadership_names_group, "Leadership — see also Management .", pos="NOUN PUNCT VERB ADV PROPN PUNCT",
            deps="npadvmod punct ROOT advmod dobj punct", heads="2 2 2 2 2 2", tags="NN : VB RB NNP .",
            lemmas="leadership — see also management .", matched="Leadership", holds=False),
    Example(leadership_names_group, "Leadership , see me after lunch .", pos="NOUN PUNCT VERB PRON ADP NOUN PUNCT",
            deps="npadvmod punct ROOT dobj prep pobj punct", heads="2 2 2 2 2 4 2", tags="NN , VB PRP IN NN .",
            lemmas="leadership , see I after lunch .", matched="Leadership", holds=True),
    # Told something, it is people; told apart from management, it is the activity distinguished.
    *(Example(leadership_names_group, f"Tell leadership {rest} .", pos=f"VERB NOUN {pos} PUNCT", deps=f"ROOT dobj {deps} punct",
              heads=f"0 0 {heads} 0", tags=f"VB NN {tags} .", lemmas=f"tell leadership {rest} .", matched="leadership", holds=holds)
      for rest, pos, deps, heads, tags, holds in [
          ("apart from management", "ADV ADP NOUN", "advmod prep pobj", "0 0 3", "RB IN NN", False),
          ("about the outage", "ADP DET NOUN", "prep det pobj", "0 4 2", "IN DT NN", True)]),
    # What the activity needs to grow is said in an infinitive of a verb that suits it; a decision is the people's.
    *(Example(leadership_names_group, f"It is hard for leadership to {verb} .", pos="PRON AUX ADJ SCONJ NOUN PART VERB PUNCT",
              deps="nsubj ROOT acomp mark nsubj aux advcl punct", heads="1 1 1 6 6 6 1 1", tags="PRP VBZ JJ IN NN TO VB .",
              lemmas=f"it be hard for leadership to {verb} .", matched="leadership", holds=holds)
      for verb, holds in [("flourish", False), ("decide", True)]),
    # An era's hour arriving is the activity's; time to spend is the people's.
    *(Example(leadership_names_group, f"Leadership 's time {verb} {what} .", pos=f"NOUN PART NOUN AUX {pos} PUNCT",
              deps=f"poss case nsubj {deps} punct", heads=f"2 0 {heads}", tags=f"NN POS NN VBZ {tag} .",
              lemmas=f"leadership 's time {lemma} {what} .", matched="Leadership", holds=holds)
      for verb, what, pos, deps, heads, tag, lemma, holds in [
          ("has", "come", "VERB", "aux ROOT", "4 4 4 4", "VBN", "have", False),
          ("is", "precious", "ADJ", "ROOT acomp", "3 3 3 3", "JJ", "be", True)]),
    # Said to be a thing, it is the activity; said to be someone, the people.
    *(Example(read_as_the_activity, f"Leadership here is {what} you {verb} .", pos="NOUN ADV AUX PRON PRON VERB PUNCT",
              deps="nsubj advmod ROOT attr nsubj relcl punct", heads="2 0 2 2 5 3 2", tags="NN RB VBZ NN PRP VBP .",
              lemmas=f"leadership here be {what} you {verb} .", matched="Leadership", holds=holds)
      for what, verb, holds in [("something", "do", True), ("someone", "email", False)]),
    # Only people are at a gathering; one that stands for every gathering is where the activity shows.
    *(Example(leadership_names_group, f"Leadership is in {det} meeting .", pos="NOUN AUX ADP DET NOUN PUNCT",
              deps="nsubj ROOT prep det pobj punct", heads="1 1 1 4 2 1", tags="NN VBZ IN DT NN .",
              lemmas=f"leadership be in {det} meeting .", matched="Leadership", holds=holds)
      for det, holds in [("a", True), ("every", False)]),
    # Away for a time only people are; back "in" something is the activity.
    *(Example(leadership_names_group, f"Leadership is {adverb} {prep} {noun} .", pos="NOUN AUX ADV ADP NOUN PUNCT",
              deps="nsubj ROOT advmod prep pobj punct", heads="1 1 1 2 3 1", tags="NN VBZ RB IN NN .",
              lemmas=f"leadership be {adverb} {prep} {noun} .", matched="Leadership", holds=holds)
      for adverb, prep, noun, holds in [("away", "until", "friday", True), ("back", "in", "fashion", False)]),
    # Thanks "to" it "for" something done go to people; "thanks to leadership ," says what caused something.
    *(Example(leadership_names_group, f"Thanks to leadership {rest} .", pos=f"NOUN ADP NOUN {pos} PUNCT",
              deps=f"ROOT prep pobj {deps} punct", heads=f"0 0 1 {heads} 0", tags=f"NNS IN NN {tags} .",
              lemmas=f"thanks to leadership {rest.lower()} .", matched="leadership", holds=holds)
      for rest, pos, deps, heads, tags, holds in [
          ("for the day", "ADP DET NOUN", "prep det pobj", "0 5 3", "IN DT NN", True),
          (", we shipped", "PUNCT PRON VERB", "punct nsubj dep", "0 5 0", ", PRP VBD", False)]),
    # A quality head the tagger read as a verb is still the head of a noun, unless "leadership" is that verb's subject.
    Example(read_as_the_activity, "Dates for the leadership skills workshop .", pos="NOUN ADP DET NOUN VERB NOUN PUNCT",
            deps="nsubj prep det pobj ROOT dobj punct", heads="4 0 3 1 4 4 4", tags="NNS IN DT NN VBZ NN .",
            lemmas="date for the leadership skill workshop .", matched="leadership", holds=True),
    Example(read_as_the_activity, "Leadership values candour .", pos="NOUN VERB NOUN PUNCT",
            deps="nsubj ROOT dobj punct", heads="1 1 1 1", tags="NN VBZ NN .",
            lemmas="leadership value candour .", matched="Leadership", holds=False),
    # A subordinator read as a preposition: the past the parser hung on the word is the word's own verb, unless it has an agent.
    *(Example(leadership_names_group, f"After leadership {verb} , staff returned .", pos=f"ADP NOUN VERB {pos}PUNCT NOUN VERB PUNCT",
              deps=f"prep pobj acl {deps}punct nsubj ROOT punct", heads=f"{5 + n} 0 1 {heads}{5 + n} {5 + n} {5 + n} {5 + n}",
              tags=f"IN NN VBN {tags}, NNS VBD .", lemmas=f"after leadership {lemma} , staff return .", matched="leadership", holds=holds)
      for verb, lemma, pos, deps, heads, tags, n, holds in [
          ("caved", "cave", "", "", "", "", 0, True),
          ("shown by nurses", "show by nurse", "ADP NOUN ", "agent pobj ", "2 3 ", "IN NNS ", 2, False)]),
    # A manager holding the view, or picked out by a possessive in a clause of its own, is a person beside the group;
    # bare managers doing one thing while leadership does another set the two apart.
    Example(set_against_management, "Managers think leadership will veto it .", pos="NOUN VERB NOUN AUX VERB PRON PUNCT",
            deps="nsubj ROOT nsubj aux ccomp dobj punct", heads="1 1 4 4 1 4 1", tags="NNS VBP NN MD VB PRP .",
            lemmas="manager think leadership will veto it .", matched="leadership", holds=False),
    Example(set_against_management, "Your manager approves it ; leadership decides .", pos="PRON NOUN VERB PRON PUNCT NOUN VERB PUNCT",
            deps="poss nsubj ROOT dobj punct nsubj conj punct", heads="1 2 2 2 2 6 2 2", tags="PRP$ NN VBZ PRP : NN VBZ .",
            lemmas="your manager approve it ; leadership decide .", matched="leadership", holds=False),
    Example(set_against_management, "Managers plan and leadership decides .", pos="NOUN VERB CCONJ NOUN VERB PUNCT",
            deps="nsubj ROOT cc nsubj conj punct", heads="1 1 1 4 1 1", tags="NNS VBP CC NN VBZ .",
            lemmas="manager plan and leadership decide .", matched="leadership", holds=True),
    # A passive after "need to" is done to its subject: informed, it is people; earned, the activity.
    *(Example(leadership_names_group, f"Leadership needs to be {verb} .", pos="NOUN VERB PART AUX VERB PUNCT",
              deps="nsubj ROOT aux auxpass xcomp punct", heads="1 1 4 4 1 1", tags="NN VBZ TO VB VBN .",
              lemmas=f"leadership need to be {lemma} .", matched="Leadership", holds=holds)
      for verb, lemma, holds in [("informed", "inform", True), ("earned", "earn", False)]),
    # A go/no-go the parser takes for a verb is a noun when a determiner picks it out: sent by people.
    *(Example(leadership_names_group, f"We {words} from leadership .", pos=f"PRON VERB {pos}ADP NOUN PUNCT",
              deps=f"nsubj ROOT {deps}prep pobj punct", heads=f"1 1 {heads}{3 if det else 1} {4 if det else 2} 1",
              tags=f"PRP VBP {tags}IN NN .", matched="leadership", holds=det)
      for words, pos, deps, heads, tags, det in [("need a go", "DET VERB ", "det dobj ", "3 1 ", "DT VB ", True),
                                                  ("went", "", "", "", "", False)]),
    # Put on a channel people read, or given a part people play, it is people; put in a curriculum or as a topic, the activity.
    *(Example(leadership_names_group, f"Add leadership {prep} {det}{noun} .", pos=f"VERB NOUN ADP {'DET ' if det else ''}NOUN PUNCT",
              deps=f"ROOT dobj prep {'det ' if det else ''}pobj punct", heads=f"0 0 0 {'4 ' if det else ''}2 0",
              tags=f"VB NN IN {'DT ' if det else ''}{tag} .", lemmas=f"add leadership {prep} {det}{lemma} .", matched="leadership", holds=holds)
      for prep, det, noun, lemma, tag, holds in [("to", "the ", "thread", "thread", "NN", True), ("to", "the ", "curriculum", "curriculum", "NN", False),
                                                 ("as", "", "reviewers", "reviewer", "NNS", True), ("as", "a ", "topic", "topic", "NN", False)]),
    # A preposition said again after "and" shares the first one's governor, the word's own modifier between or not:
    # reported to people, it is people; switched to a field, it is the role.
    *(Example(leadership_names_group, f"She {verb} to finance and to {mod}leadership .", pos=f"PRON VERB ADP NOUN CCONJ ADP {'NOUN ' if mod else ''}NOUN PUNCT",
              deps=f"nsubj ROOT prep pobj cc conj {'compound ' if mod else ''}pobj punct",
              heads=f"1 1 1 2 2 2 {'7 5 1' if mod else '5 1'}", tags=f"PRP VBD IN NN CC IN {'NN ' if mod else ''}NN .",
              lemmas=f"she {lemma} to finance and to {mod}leadership .", matched="leadership", holds=holds)
      for verb, lemma, mod, holds in [("reported", "report", "", True), ("reported", "report", "site ", True),
                                      ("switched", "switch", "", False), ("switched", "switch", "people ", False)]),
    # A month after "every" keeps a present on the calendar, as "every quarter" does.
    *(Example(leadership_names_group, f"Leadership sets the budget {when} .", pos=f"NOUN VERB DET NOUN {pos}PUNCT",
              deps=f"nsubj ROOT det dobj {deps}punct", heads=f"1 1 3 1 {heads}1", tags=f"NN VBZ DT NN {tags}.",
              lemmas=f"leadership set the budget {when.lower()} .", matched="Leadership", holds=holds)
      for when, pos, deps, heads, tags, holds in [("every March", "DET PROPN ", "det npadvmod ", "5 1 ", "DT NNP ", True),
                                                  ("with care", "ADP NOUN ", "prep pobj ", "1 4 ", "IN NN ", False)]),
    # An adverb of order may stand between "and" and the preposition said again; a path that goes somewhere is a move.
    *(Example(leadership_names_group, f"{subject} {verb} to finance , and later to leadership .", pos="NOUN VERB ADP NOUN PUNCT CCONJ ADV ADP NOUN PUNCT",
              deps="nsubj ROOT prep pobj punct cc advmod conj pobj punct", heads="1 1 1 2 1 1 7 2 7 1", tags=f"{tag} VBD IN NN , CC RB IN NN .",
              lemmas=f"{subject.lower()} {lemma} to finance , and later to leadership .", matched="leadership", holds=holds)
      for subject, tag, verb, lemma, holds in [("Officers", "NNS", "reported", "report", True), ("Paths", "NNS", "went", "go", False)]),
    # Called in with the particle "in", it is people; brought in through a means, the activity.
    *(Example(leadership_names_group, f"Bring leadership in {rest} .", pos=f"VERB NOUN ADP {pos} PUNCT", deps=f"ROOT dobj {deps} punct",
              heads=f"0 0 {heads} 0", tags=f"VB NN {tags} .", lemmas=f"bring leadership in {rest} .", matched="leadership", holds=holds)
      for rest, pos, deps, heads, tags, holds in [("now", "ADV", "prt advmod", "0 0", "RP RB", True),
                                                  ("through coaching", "ADP NOUN", "prep prep pobj", "0 0 3", "IN IN NN", False)]),
    # A label with a duty of sign-off after its colon names who holds it; with a heading's topic, it names the topic.
    *(Example(leadership_names_group, f"Leadership : final {noun} .", pos="NOUN PUNCT ADJ NOUN PUNCT", deps="ROOT punct amod appos punct",
              heads="0 0 3 0 0", tags="NN : JJ NN .", matched="Leadership", holds=holds)
      for noun, holds in [("approval", True), ("thoughts", False)]),
    # Items of the analysis the verb acts on make it people handling the analysis.
    Example(leadership_names_group, "Leadership dropped three of the predictors .", pos="NOUN VERB NUM ADP DET NOUN PUNCT",
            deps="nsubj ROOT dobj prep det pobj punct", heads="1 1 1 2 5 3 1", tags="NN VBD CD IN DT NNS .",
            lemmas="leadership drop three of the predictor .", matched="Leadership dropped", holds=True),
    # A later "they" takes up a pair that coordinates leadership with a quality, not people; with a group it is people.
    Example(leadership_names_group, "Charisma and leadership travel together , but they differ .", pos="NOUN CCONJ NOUN NOUN ADV PUNCT CCONJ PRON VERB PUNCT",
            deps="nsubj cc conj ROOT advmod punct cc nsubj conj punct", heads="3 0 0 3 3 3 3 8 3 8",
            tags="NN CC NN NN RB , CC PRP VBP .", lemmas="charisma and leadership travel together , but they differ .", matched="leadership", holds=False),
    # A later "they" after an object of leadership's own verb takes up those people, not leadership.
    Example(leadership_names_group, "Leadership is already in them when they sign .", pos="NOUN AUX ADV ADP PRON SCONJ PRON VERB PUNCT",
            deps="nsubj ROOT advmod prep pobj advmod nsubj advcl punct", heads="1 1 1 1 3 7 7 1 1",
            tags="NN VBZ RB IN PRP WRB PRP VBP .", lemmas="leadership be already in they when they sign .", matched="Leadership", holds=False),
    Example(leadership_names_group, "Finance and leadership travel together , but they differ .", pos="NOUN CCONJ NOUN VERB ADV PUNCT CCONJ PRON VERB PUNCT",
            deps="nsubj cc conj ROOT advmod punct cc nsubj conj punct", heads="3 0 0 3 3 3 3 8 3 8",
            tags="NN CC NN VBP RB , CC PRP VBP .", lemmas="finance and leadership travel together , but they differ .", matched="leadership", holds=True),
    # Close to it by staying near, it is people; close to it by coming, it is the post nearly reached.
    *(Example(leadership_names_group, f"{subject} {verb} close to the leadership .", pos=f"{pos} VERB {close_pos} ADP DET NOUN PUNCT",
              deps=f"nsubj ROOT {close_dep} prep det pobj punct", heads="1 1 1 2 5 3 1", tags=f"{tag} VBD {close_tag} IN DT NN .",
              lemmas=f"{subject.lower()} {lemma} close to the leadership .", matched="leadership", holds=holds)
      for subject, pos, tag, verb, lemma, close_pos, close_dep, close_tag, holds in [
          ("Aides", "NOUN", "NNS", "stayed", "stay", "ADJ", "acomp", "JJ", True),
          ("She", "PRON", "PRP", "came", "come", "ADV", "advmod", "RB", False)]),
    # "Under fire" after the word is people under fire, unless the word is the topic of a study or a lesson.
    Example(leadership_names_group, "A study in leadership under fire .", pos="DET NOUN ADP NOUN ADP NOUN PUNCT",
            deps="det ROOT prep pobj prep pobj punct", heads="1 1 1 2 3 4 1", tags="DT NN IN NN IN NN .", matched="leadership", holds=False),
    # Some "in" the leadership are people of a group; "in" bare leadership they hold the role.
    *(Example(leadership_names_group, f"Few in {det}leadership agreed .", pos=f"ADJ ADP {'DET ' if det else ''}NOUN VERB PUNCT",
              deps=f"nsubj prep {'det ' if det else ''}pobj ROOT punct", heads="4 0 3 1 4 4" if det else "3 0 1 3 3",
              tags=f"JJ IN {'DT ' if det else ''}NN VBD .", matched="leadership", holds=holds)
      for det, holds in [("the ", True), ("", False)]),
    # A sentence whose only verb is a past hung on the word as a reduced clause: the past is the word's own, so the
    # word is the subject of an event; a bare word with no full stop may be a caption.
    *(Example(leadership_names_group, f"{det}leadership scattered after the raid{stop}", pos=f"{'DET ' if det else ''}NOUN VERB ADP DET NOUN{' PUNCT' if stop else ''}",
              deps=f"{'det ' if det else ''}ROOT acl prep det pobj{' punct' if stop else ''}",
              heads=("1 1 1 2 5 3" if det else "0 0 1 4 2") + (" 1" if stop and det else " 0" if stop else ""),
              tags=f"{'DT ' if det else ''}NN VBN IN DT NN{' .' if stop else ''}", lemmas=f"{det.lower()}leadership scatter after the raid{stop}",
              matched="leadership", holds=holds)
      for det, stop, holds in [("The ", " .", True), ("", "", False)]),
    # Critics "of the leadership" stand against people; "of leadership" bare they judge an idea.
    *(Example(leadership_names_group, f"Critics of {det}leadership resigned .", pos=f"NOUN ADP {'DET ' if det else ''}NOUN VERB PUNCT",
              deps=f"nsubj prep {'det ' if det else ''}pobj ROOT punct", heads="4 0 3 1 4 4" if det else "3 0 1 3 3",
              tags=f"NNS IN {'DT ' if det else ''}NN VBD .", lemmas=f"critic of {det}leadership resign .", matched="leadership", holds=holds)
      for det, holds in [("the ", True), ("", False)]),
    # Kept "in the dark" are people; "in the dark winter" is a time the phrase only begins.
    Example(leadership_names_group, "Hope for leadership in the dark winter .", pos="NOUN ADP NOUN ADP DET ADJ NOUN PUNCT",
            deps="ROOT prep pobj prep det amod pobj punct", heads="0 0 1 2 6 6 3 0", tags="NN IN NN IN DT JJ NN .", matched="leadership", holds=False),
    Example(leadership_names_group, "Hope for leadership in the dark .", pos="NOUN ADP NOUN ADP DET NOUN PUNCT",
            deps="ROOT prep pobj prep det pobj punct", heads="0 0 1 2 5 3 0", tags="NN IN NN IN DT NN .", matched="leadership", holds=True),
    # Sources who say things are informants close to the group; sources that vary are where the quality comes from.
    *(Example(leadership_names_group, f"Leadership sources {verb} .", pos="NOUN NOUN VERB PUNCT", deps="compound nsubj ROOT punct",
              heads="1 2 2 2", tags="NN NNS VBD .", lemmas=f"leadership source {lemma} .", matched="Leadership", holds=holds)
      for verb, lemma, holds in [("said", "say", True), ("varied", "vary", False)]),
    # Reformers "in the leadership" are people of a group; "in leadership" bare they hold the role.
    *(Example(leadership_names_group, f"Reformers in {det}leadership agreed .", pos=f"NOUN ADP {'DET ' if det else ''}NOUN VERB PUNCT",
              deps=f"nsubj prep {'det ' if det else ''}pobj ROOT punct", heads="4 0 3 1 4 4" if det else "3 0 1 3 3",
              tags=f"NNS IN {'DT ' if det else ''}NN VBD .", lemmas=f"reformer in {det}leadership agree .", matched="leadership", holds=holds)
      for det, holds in [("the ", True), ("", False)]),
    # An owner before "A and B leadership" is the first noun's ("the mayor's office"): the person owns no conduct here.
    Example(read_as_the_activity, "The mayor 's office and council leadership agreed .", pos="DET NOUN PART NOUN CCONJ NOUN NOUN VERB PUNCT",
            deps="det poss case nmod cc conj nsubj ROOT punct", heads="1 6 1 6 3 3 7 7 7", tags="DT NN POS NN CC NN NN VBD .",
            lemmas="the mayor 's office and council leadership agree .", matched="leadership", holds=False),
    Example(read_as_the_activity, "The mayor 's leadership helped .", pos="DET NOUN PART NOUN VERB PUNCT",
            deps="det poss case nsubj ROOT punct", heads="1 3 1 4 4 4", tags="DT NN POS NN VBD .",
            lemmas="the mayor 's leadership help .", matched="leadership", holds=True),
    # "Of" and people named by what they do say whose conduct it is; a faction's chiefs, or what only people do, stay a group.
    *(Example(read_as_the_activity, f"Staff praised the leadership of the {people} .", pos="NOUN VERB DET NOUN ADP DET NOUN PUNCT",
              deps="nsubj ROOT det dobj prep det pobj punct", heads="1 1 3 1 3 6 4 1", tags="NNS VBD DT NN IN DT NNS .",
              lemmas=f"staff praise the leadership of the {lemma} .", matched="leadership", holds=holds)
      for people, lemma, holds in [("organisers", "organiser", True), ("parents", "parent", True), ("rebels", "rebel", False)]),
    Example(read_as_the_activity, "The leadership of the dockers voted .", pos="DET NOUN ADP DET NOUN VERB PUNCT",
            deps="det nsubj prep det pobj ROOT punct", heads="1 5 1 4 2 5 5", tags="DT NN IN DT NNS VBD .",
            lemmas="the leadership of the docker vote .", matched="leadership", holds=False),
    # A matter set "before" people is laid before them to judge; a function set before another is an order of priorities.
    Example(leadership_names_group, "The matter was brought before leadership .", pos="DET NOUN AUX VERB ADP NOUN PUNCT",
            deps="det nsubjpass auxpass ROOT prep pobj punct", heads="1 3 3 3 3 4 3", tags="DT NN VBD VBN IN NN .",
            lemmas="the matter be bring before leadership .", matched="leadership", holds=True),
    Example(leadership_names_group, "She put management before leadership .", pos="PRON VERB NOUN ADP NOUN PUNCT",
            deps="nsubj ROOT dobj prep pobj punct", heads="1 1 1 1 3 1", tags="PRP VBD NN IN NN .",
            lemmas="she put management before leadership .", matched="leadership", holds=False),
    # "Under" and a modifier of tenure name a period; "under" and a body's name keep the body's people.
    *(Example(leadership_names_group, f"The museum is under {modifier} leadership .", pos="DET NOUN AUX ADP ADJ NOUN PUNCT" if adj else "DET NOUN AUX ADP NOUN NOUN PUNCT",
              deps=f"det nsubj ROOT prep {'amod' if adj else 'compound'} pobj punct", heads="1 2 2 2 5 3 2",
              tags=f"DT NN VBZ IN {'JJ' if adj else 'NN'} NN .", lemmas=f"the museum be under {modifier} leadership .", matched="leadership", holds=holds)
      for modifier, adj, holds in [("interim", True, False), ("district", False, True)]),
    # A quoted sentence that opens by calling the word and then asks or speaks to it calls people; a list in quotes does not.
    Example(leadership_names_group, 'They chanted " Leadership , come out ! "', pos="PRON VERB PUNCT NOUN PUNCT VERB ADV PUNCT PUNCT",
            deps="nsubj ROOT punct dobj punct conj advmod punct punct", heads="1 1 1 1 1 1 5 1 1", tags="PRP VBD `` NN , VB RB . ''",
            lemmas='they chant " leadership , come out ! "', matched="Leadership", holds=True),
    Example(leadership_names_group, 'It covered " leadership , budgets and hiring "', pos="PRON VERB PUNCT NOUN PUNCT NOUN CCONJ NOUN PUNCT",
            deps="nsubj ROOT punct dobj punct conj cc conj punct", heads="1 1 1 1 3 3 5 5 1", tags="PRP VBD `` NN , NNS CC NN ''",
            lemmas='it cover " leadership , budget and hiring "', matched="leadership", holds=False),
    # Set off after thanks, the word is whom they go to; thanks "to" it name a cause.
    Example(leadership_names_group, "Thank you , leadership , for listening .", pos="VERB PRON PUNCT NOUN PUNCT ADP VERB PUNCT",
            deps="ROOT dobj punct npadvmod punct prep pcomp punct", heads="0 0 0 0 0 0 5 0", tags="VBP PRP , NN , IN VBG .",
            lemmas="thank you , leadership , for listen .", matched="leadership", holds=True),
    # Expected to do what only people do, it is the one who is to do it; expected "of" someone, it is the activity.
    Example(leadership_names_group, "Leadership is expected to announce a decision .", pos="NOUN AUX VERB PART VERB DET NOUN PUNCT",
            deps="nsubjpass auxpass ROOT aux xcomp det dobj punct", heads="2 2 2 4 2 6 4 2", tags="NN VBZ VBN TO VB DT NN .",
            lemmas="leadership be expect to announce a decision .", matched="Leadership", holds=True),
    Example(leadership_names_group, "Leadership is expected of every officer .", pos="NOUN AUX VERB ADP DET NOUN PUNCT",
            deps="nsubjpass auxpass ROOT prep det pobj punct", heads="2 2 2 2 5 3 2", tags="NN VBZ VBN IN DT NN .",
            lemmas="leadership be expect of every officer .", matched="Leadership", holds=False),
    # A decision that "is with" someone lies with people; a problem "with" it is a fault in it.
    *(Example(leadership_names_group, f"The {noun} is with leadership .", pos="DET NOUN AUX ADP NOUN PUNCT",
              deps="det nsubj ROOT prep pobj punct", heads="1 2 2 2 3 2", tags="DT NN VBZ IN NN .",
              lemmas=f"the {noun} be with leadership .", matched="leadership", holds=holds)
      for noun, holds in [("decision", True), ("problem", False)]),
    # A passive done to people by a regime or an army keeps the people.
    Example(leadership_names_group, "The leadership was arrested .", pos="DET NOUN AUX VERB PUNCT", deps="det nsubjpass auxpass ROOT punct",
            heads="1 3 3 3 3", tags="DT NN VBD VBN .", lemmas="the leadership be arrest .", matched="leadership", holds=True),
    # One subject leading and managing sets no layer below another; a subject on each side does.
    Example(acts_not_shared, "A board for teams that lead and manage themselves .", pos="DET NOUN ADP NOUN PRON VERB CCONJ VERB PRON PUNCT",
            deps="det ROOT prep pobj nsubj relcl cc conj dobj punct", heads="1 1 1 2 5 3 5 5 7 1", tags="DT NN IN NNS WDT VBP CC VBP PRP .",
            matched="board lead manage", holds=False),
    Example(acts_not_shared, "The board leads and managers manage .", pos="DET NOUN VERB CCONJ NOUN VERB PUNCT",
            deps="det nsubj ROOT cc nsubj conj punct", heads="1 2 2 2 5 2 2", tags="DT NN VBZ CC NNS VBP .",
            lemmas="the board lead and manager manage .", matched="board leads manage", holds=True),
    # A state only people are in, said before the word, is said of people; before a head noun it describes that noun.
    *(Example(leadership_names_group, f"We have out of touch leadership {tail}.", pos="PRON VERB ADP ADP NOUN NOUN " + pos + "PUNCT",
              deps="nsubj ROOT amod prep pobj " + deps + "punct", heads=heads, tags="PRP VBP IN IN NN NN " + tags + ".",
              lemmas=f"we have out of touch leadership {tail}.", matched="leadership", holds=holds)
      for tail, pos, deps, heads, tags, holds in [
          ("", "", "dobj ", "1 1 5 2 3 1 1", "", True),
          ("courses ", "NOUN ", "compound dobj ", "1 1 6 2 3 6 1 1", "NNS ", False)]),
    # Turnover at the top is its people changing; set beside a role word ("succession") it is the roles changing hands.
    *(Example(leadership_names_group, f"Leadership turnover {tail}hurts .", pos="NOUN NOUN " + pos + "VERB PUNCT",
              deps="compound nsubj " + deps + "ROOT punct", heads=heads, tags="NN NN " + tags + "VBZ .",
              lemmas=f"leadership turnover {tail}hurt .", matched="Leadership", holds=holds)
      for tail, pos, deps, heads, tags, holds in [
          ("", "", "", "1 2 2 2", "", True),
          ("and succession ", "CCONJ NOUN ", "cc conj ", "1 4 1 1 4 4", "CC NN ", False)]),
    # Other people confined to managing beside "leadership" as a subject set it above them; managers who "just manage",
    # tools, a manage verb without the confining word, and leadership that is itself shared set no layer.
    *(Example(managing_kept_below, f"Leadership sets goals and {who} {adverb}manage shifts .",
              pos="NOUN VERB NOUN CCONJ " + pos + ("ADV " if adverb else "") + "VERB NOUN PUNCT",
              deps="nsubj ROOT dobj cc " + deps + ("advmod " if adverb else "") + "conj dobj punct",
              heads=heads, tags="NN VBZ NNS CC " + tags + ("RB " if adverb else "") + "VBP NNS .",
              lemmas=f"leadership set goal and {who.lower()} {adverb}manage shift .", matched="Leadership manage", holds=holds)
      for who, adverb, pos, deps, tags, heads, holds in [
          ("the officers", "just ", "DET NOUN ", "det nsubj ", "DT NNS ", "1 1 1 1 5 7 7 1 7 1", True),
          ("the officers", "", "DET NOUN ", "det nsubj ", "DT NNS ", "1 1 1 1 5 6 1 6 1", False),
          ("the tools", "only ", "DET NOUN ", "det nsubj ", "DT NNS ", "1 1 1 1 5 7 7 1 7 1", False),
          ("managers", "just ", "NOUN ", "nsubj ", "NNS ", "1 1 1 1 6 6 1 6 1", False)]),
    Example(managing_kept_below, "Leadership was shared and the stewards simply managed gates .",
            pos="NOUN AUX VERB CCONJ DET NOUN ADV VERB NOUN PUNCT", deps="nsubjpass auxpass ROOT cc det nsubj advmod conj dobj punct",
            heads="2 2 2 2 5 7 7 2 7 2", tags="NN VBD VBN CC DT NNS RB VBD NNS .",
            lemmas="leadership be share and the steward simply manage gate .", matched="Leadership managed", holds=False),
    # A top or a core "of" something is a rank only in a hierarchy: "at the core of everything" places the activity.
    *(Example(top_of_a_rank, f"Leadership is {prep} the {word} {tail}.", pos="NOUN AUX ADP DET NOUN " + pos + "PUNCT",
              deps="nsubj ROOT prep det pobj " + deps + "punct", heads=heads, matched=f"Leadership {word}", holds=holds)
      for prep, word, tail, pos, deps, heads, holds in [
          ("for", "core", "team ", "NOUN ", "pobj ", "1 1 1 5 5 2 1", True),
          ("at", "core", "of everything ", "ADP PRON ", "prep pobj ", "1 1 1 4 2 4 5 1", False),
          ("for", "top", "of the hierarchy ", "ADP DET NOUN ", "prep det pobj ", "1 1 1 4 2 4 7 5 1", True)]),
    # After a verb that judges, "under pressure" is how the leading was done; after one that keeps, where people are kept.
    *(Example(leadership_names_group, f"They {verb} the team 's leadership under pressure .",
              pos="PRON VERB DET NOUN PART NOUN ADP NOUN PUNCT", deps="nsubj ROOT det poss case dobj prep pobj punct",
              heads="1 1 3 5 3 1 1 6 1", tags=f"PRP {tag} DT NN POS NN IN NN .",
              lemmas=f"they {lemma} the team 's leadership under pressure .", matched="leadership", holds=holds)
      for verb, tag, lemma, holds in [("praised", "VBD", "praise", False), ("kept", "VBD", "keep", True)]),
    # A gloss of @-handles names people, whatever tag the parser gives a handle; a sentence after the handle makes a topic.
    Example(leadership_names_group, "Leadership : @kim , @bo", pos="NOUN PUNCT NUM PUNCT NOUN", deps="ROOT punct appos punct appos",
            heads="0 0 0 2 2", tags="NN : CD , NN", matched="Leadership", holds=True),
    Example(leadership_names_group, "Leadership : @kim wrote a thread .", pos="NOUN PUNCT PROPN VERB DET NOUN PUNCT",
            deps="ROOT punct nsubj appos det dobj punct", heads="0 0 3 0 5 3 0", tags="NN : NNP VBD DT NN .",
            lemmas="leadership : @kim write a thread .", matched="Leadership", holds=False),
    # After "a", a circle is formed to learn leading; "the" circle is the one at the top.
    *(Example(leadership_not_qualified, f"We started {det} leadership circle .", pos="PRON VERB DET NOUN NOUN PUNCT",
              deps="nsubj ROOT det compound dobj punct", heads="1 1 4 4 1 1", matched="leadership circle", holds=holds)
      for det, holds in [("a", False), ("the", True)]),
    # A bare common noun after "in" said of the subject is a field, where a lead over rivals is held; a department, a place
    # or a body with a determiner is where people sit.
    *(Example(read_as_the_activity, f"Leadership in {field} shifted .", pos="NOUN ADP " + pos + "VERB PUNCT",
              deps="nsubj prep " + deps + "ROOT punct", heads=heads, tags="NN IN " + tags + "VBD .",
              lemmas=f"leadership in {lemma} shift .", matched="Leadership", holds=holds)
      for field, lemma, pos, deps, tags, heads, holds in [
          ("payments", "payment", "NOUN ", "pobj ", "NNS ", "3 0 1 3 3", True),
          ("wind power", "wind power", "NOUN NOUN ", "compound pobj ", "NN NN ", "4 0 3 1 4 4", True),
          ("finance", "finance", "NOUN ", "pobj ", "NN ", "3 0 1 3 3", False),
          ("the region", "the region", "DET NOUN ", "det pobj ", "DT NN ", "4 0 3 1 4 4", False),
          ("stores", "store", "NOUN ", "pobj ", "NNS ", "3 0 1 3 3", False),
          ("charge", "charge", "NOUN ", "pobj ", "NN ", "3 0 1 3 3", False)]),
    # A name's new or former leadership is the people who hold the top in turn; a name's leadership alone is the person's conduct.
    *(Example(read_as_the_activity, f"Halvern 's {tenure}leadership moved .", pos="PROPN PART " + ("ADJ " if tenure else "") + "NOUN VERB PUNCT",
              deps="poss case " + ("amod " if tenure else "") + "nsubj ROOT punct", heads="3 0 3 4 4 4" if tenure else "2 0 3 3 3",
              tags="NNP POS " + ("JJ " if tenure else "") + "NN VBD .", lemmas=f"halvern 's {tenure}leadership move .", matched="leadership", holds=holds)
      for tenure, holds in [("new ", False), ("former ", False), ("", True)]),
    # Remarks and commentary are what people give, as comments are; a possession only people hold ("confidence in the team").
    Example(leadership_names_group, "Leadership commentary begins on page 4 .", pos="NOUN NOUN VERB ADP NOUN NUM PUNCT",
            deps="compound nsubj ROOT prep pobj nummod punct", heads="1 2 2 2 3 4 2", tags="NN NN VBZ IN NN CD .",
            lemmas="leadership commentary begin on page 4 .", matched="Leadership", holds=True),
    # "Reviews" after the word are what people give; after "that" the parser's noun is the verb of a clause.
    Example(leadership_names_group, "The leadership reviews take time .", pos="DET NOUN NOUN VERB NOUN PUNCT",
            deps="det compound nsubj ROOT dobj punct", heads="2 2 3 3 3 3", tags="DT NN NNS VBP NN .",
            lemmas="the leadership review take time .", matched="leadership", holds=True),
    *(Example(leadership_names_group, "Accept that leadership reviews .", pos="VERB SCONJ NOUN NOUN PUNCT",
              deps=f"ROOT {dep} compound dobj punct", heads="0 3 3 0 0", tags="VB IN NN NNS .",
              lemmas="accept that leadership review .", matched="leadership", holds=False)
      for dep in ("mark", "det")),  # the conjunction read as a determiner too
    Example(read_as_the_activity, "The leadership in exile issued a statement .", pos="DET NOUN ADP NOUN VERB DET NOUN PUNCT",
            deps="det nsubj prep pobj ROOT det dobj punct", heads="1 4 1 2 4 6 4 4", tags="DT NN IN NN VBD DT NN .",
            lemmas="the leadership in exile issue a statement .", matched="leadership", holds=False),  # a state only people are in
    *(Example(leadership_names_group, f"Leadership has {noun} in the team .", pos="NOUN VERB NOUN ADP DET NOUN PUNCT",
              deps="nsubj ROOT dobj prep det pobj punct", heads="1 1 1 2 5 3 1", tags="NN VBZ NN IN DT NN .",
              lemmas=f"leadership have {noun} in the team .", matched="Leadership", holds=holds)
      for noun, holds in [("confidence", True), ("courage", False)]),
    # A cleft's "that" clause says what the word in focus did: choosing is people's; making a difference may be the activity's.
    *(Example(leadership_names_group, f"It was leadership that {verb} it .", pos="PRON AUX NOUN PRON VERB PRON PUNCT",
              deps="nsubj ROOT attr nsubj relcl dobj punct", heads="1 1 1 4 2 4 1", tags="PRP VBD NN WDT VBD PRP .",
              lemmas=f"it be leadership that {lemma} it .", matched="leadership", holds=holds)
      for verb, lemma, holds in [("chose", "choose", True), ("shaped", "shape", False)]),
    Example(leadership_names_group, "Sympathy for leadership under fire .", pos="NOUN ADP NOUN ADP NOUN PUNCT",
            deps="ROOT prep pobj prep pobj punct", heads="0 0 1 2 3 0", tags="NN IN NN IN NN .", matched="leadership", holds=True),
    # A table cell ends at its pipe: the verb of the next cell ("pending") does not make the field a sentence.
    Example(leadership_names_group, "Approver : leadership | Status : pending", pos="NOUN PUNCT NOUN NOUN PROPN PUNCT VERB",
            deps="ROOT punct compound compound appos punct acl", heads="0 0 4 4 0 4 4", tags="NN : NN NN NNP : VBG",
            lemmas="approver : leadership | status : pend", matched="leadership", holds=True),
    Example(leadership_names_group, "Skill : leadership | Status : pending", pos="NOUN PUNCT NOUN NOUN PROPN PUNCT VERB",
            deps="ROOT punct compound compound appos punct acl", heads="0 0 4 4 0 4 4", tags="NN : NN NN NNP : VBG",
            lemmas="skill : leadership | status : pend", matched="leadership", holds=False),
    # A modifier the parser hung across a colon modifies nothing; right before the word it names the group.
    Example(leadership_names_group, "Growth areas for Q3 : leadership , communication .", pos="NOUN NOUN ADP PROPN PUNCT NOUN PUNCT NOUN PUNCT",
            deps="compound ROOT prep nmod punct pobj punct appos punct", heads="1 1 1 5 3 2 5 5 1", tags="NN NNS IN NNP : NN , NN .",
            matched="leadership", holds=False),
    Example(leadership_names_group, "Send it to QA leadership .", pos="VERB PRON ADP PROPN NOUN PUNCT",
            deps="ROOT dobj prep nmod pobj punct", heads="0 0 0 4 2 0", tags="VB PRP IN NNP NN .", matched="leadership", holds=True),
    Example(leadership_names_group, "Ask AE & TA leadership .", pos="VERB PROPN CCONJ PROPN NOUN PUNCT",
            deps="ROOT nmod cc conj dobj punct", heads="0 4 1 1 0 0", tags="VB NNP CC NNP NN .", matched="leadership", holds=True),
    # One person's post in a project or an incident owns conduct; a unit owns people.
    *(Example(read_as_the_activity, f"The {owner} 's leadership kept the radius small .", pos=f"DET {pos} PART NOUN VERB DET NOUN NOUN PUNCT",
              deps="det poss case nsubj ROOT det compound dobj punct", heads="1 3 1 4 4 7 7 4 4", tags=f"DT {tag} POS NN VBD DT NN NN .",
              matched="leadership", holds=holds)
      for owner, pos, tag, holds in [("IC", "PROPN", "NNP", True), ("DRI", "PROPN", "NNP", True), ("@li", "NOUN", "NN", True), ("division", "NOUN", "NN", False)]),
    # A measure or an absence "of" it, or leading without a thing, is the activity; the approval "of" it is people's.
    *(Example(read_as_the_activity, f"We judged the {noun} of leadership .", pos="PRON VERB DET NOUN ADP NOUN PUNCT",
              deps="nsubj ROOT det dobj prep pobj punct", heads="1 1 3 1 3 4 1", tags="PRP VBD DT NN IN NN .",
              matched="leadership", holds=holds)
      for noun, holds in [("quality", True), ("lack", True), ("approval", False)]),
    Example(read_as_the_activity, "Leadership without authority works .", pos="NOUN ADP NOUN VERB PUNCT", deps="nsubj prep pobj ROOT punct",
            heads="3 0 1 3 3", tags="NN IN NN VBZ .", matched="Leadership", holds=True),
    Example(read_as_the_activity, "Leadership without consulting us decided .", pos="NOUN ADP VERB PRON VERB PUNCT",
            deps="nsubj prep pcomp dobj ROOT punct", heads="4 0 1 2 4 4", tags="NN IN VBG PRP VBD .", matched="Leadership", holds=False),
    # Clear with the view after a colon states it, as people do; clear and calm grades the conduct.
    Example(leadership_names_group, "The leadership has been clear : no hires .", pos="DET NOUN AUX AUX ADJ PUNCT DET NOUN PUNCT",
            deps="det nsubj aux ROOT acomp punct det appos punct", heads="1 3 3 3 3 3 7 1 3", tags="DT NN VBZ VBN JJ : DT NNS .",
            lemmas="the leadership have be clear : no hire .", matched="leadership", holds=True),
    Example(leadership_names_group, "Leadership was clear about the freeze .", pos="NOUN AUX ADJ ADP DET NOUN PUNCT",
            deps="nsubj ROOT acomp prep det pobj punct", heads="1 1 1 2 5 3 1", tags="NN VBD JJ IN DT NN .",
            lemmas="leadership be clear about the freeze .", matched="Leadership", holds=True),
    Example(leadership_names_group, "Leadership was clear and calm .", pos="NOUN AUX ADJ CCONJ ADJ PUNCT", deps="nsubj ROOT acomp cc conj punct",
            heads="1 1 1 2 2 1", tags="NN VBD JJ CC JJ .", lemmas="leadership be clear and calm .", matched="Leadership", holds=False),
    # A piece of work wanted finished or by a date is asked of a team by people; the activity needs "it more than ever".
    Example(leadership_names_group, "Leadership needs this live before the call .", pos="NOUN VERB PRON ADV ADP DET NOUN PUNCT",
            deps="nsubj ROOT dobj advmod prep det pobj punct", heads="1 1 1 1 1 6 4 1", tags="NN VBZ DT RB IN DT NN .",
            lemmas="leadership need this live before the call .", matched="Leadership", holds=True),
    Example(leadership_names_group, "Leadership wants it by Friday .", pos="NOUN VERB PRON ADP PROPN PUNCT",
            deps="nsubj ROOT dobj prep pobj punct", heads="1 1 1 1 3 1", tags="NN VBZ PRP IN NNP .",
            lemmas="leadership want it by friday .", matched="Leadership", holds=True),
    Example(leadership_names_group, "Leadership needs it more than ever .", pos="NOUN VERB PRON ADJ ADP ADV PUNCT",
            deps="nsubj ROOT dobj advmod prep pcomp punct", heads="1 1 1 1 3 4 1", tags="NN VBZ PRP JJR IN RB .",
            lemmas="leadership need it more than ever .", matched="Leadership", holds=False),
    # "PM" messages people as a verb; with "'s" it is a person owning the leadership.
    Example(verb_not_an_owner, "The PM 's leadership kept it calm .", pos="DET PROPN PART NOUN VERB PRON ADJ PUNCT",
            deps="det poss case nsubj ROOT dobj oprd punct", heads="1 3 1 4 4 4 4 4", matched="PM leadership", holds=False),
    Example(verb_not_an_owner, "PM leadership today .", pos="VERB NOUN NOUN PUNCT", deps="ROOT dobj npadvmod punct", heads="0 0 0 0",
            tags="VB NN NN .", matched="PM leadership", holds=True),
    # A layer word with no management word after it names a layer only as a modifier ("line staff"), not as a lineage.
    Example(middle_acts, "The Aldmoor line had bred leaders ; leadership ran in their blood .", pos="DET ADJ NOUN AUX VERB NOUN PUNCT NOUN VERB ADP PRON NOUN PUNCT",
            deps="det amod nsubj aux amod dep punct nsubj ROOT prep poss pobj punct", heads="2 2 4 4 5 8 8 8 8 8 11 9 8",
            tags="DT JJ NN VBD VBN NNS : NN VBD IN PRP$ NN .", lemmas="the aldmoor line have breed leader ; leadership run in their blood .",
            matched="line had bred leaders ; leadership ran", holds=False),
    Example(middle_acts, "Line staff handle the rota , and leadership sets the plan .", pos="NOUN NOUN VERB DET NOUN PUNCT CCONJ NOUN VERB DET NOUN PUNCT",
            deps="compound nsubj ROOT det dobj punct cc nsubj conj det dobj punct", heads="1 2 2 4 2 2 2 8 2 10 8 8",
            tags="NN NN VBP DT NN , CC NN VBZ DT NN .", lemmas="line staff handle the rota , and leadership set the plan .",
            matched="Line staff handle the rota , and leadership sets", holds=True),
]


def test_a_head_written_across_a_slash_is_a_noun_whatever_the_parser_made_of_its_first_part():
    """"[ ] leadership go/no-go": the parser makes "go" a verb with "leadership" as its subject; the written word is a decision."""
    from spacy.tokens import Doc

    from tests.hand_built import tag_families, vocab

    words = ["Next", ":", "leadership", "go", "/", "no", "-", "go"]
    doc = Doc(vocab(), words=words, spaces=[False, True, True, False, False, False, False, False],
              pos=["ADJ", "PUNCT", "NOUN", "VERB", "SYM", "DET", "PUNCT", "VERB"],
              deps=["ROOT", "punct", "nsubj", "parataxis", "punct", "det", "punct", "conj"], heads=[0, 0, 3, 0, 3, 7, 7, 3],
              tags=["JJ", ":", "NN", "VB", "SYM", "DT", "HYPH", "VB"])
    tag_families(doc)
    assert leadership_names_group((doc[2],))


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_the_condition_reads_the_example_as_the_spec_does(example):
    assert bool(example.condition(example.matched_words())) is example.holds
