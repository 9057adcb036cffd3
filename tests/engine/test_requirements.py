"""What each pattern needs to co-occur in a window, read off the rule files, and the index that checks it fast.

None of these tests loads spaCy: the requirements must be known before the model exists.
"""
from __future__ import annotations

import random

import pytest

from lintkit.engine import requirements
from lintkit.engine.requirements import requirement_index, requirements_for
from lintkit.nlp.prefilter import family_forms, sentence_spans, words_of


@pytest.fixture(scope="module")
def reqs():
    return requirements_for(())


@pytest.fixture(scope="module")
def index():
    return requirement_index(())


def _by_rule(reqs, code):
    return [r for r in reqs if r.rule == code]


def test_every_pattern_needs_a_family_word(reqs):
    families = set(family_forms())
    assert reqs
    for req in reqs:
        assert any(need.words & families for need in req.needs), (req.rule, req.pattern)


def test_lm001_needs_both_families(reqs):
    lead = {w for w, (fam, _) in family_forms().items() if fam == "lead"}
    manage = {w for w, (fam, _) in family_forms().items() if fam == "manage"}
    for req in _by_rule(reqs, "LM001"):
        words = [need.words for need in req.needs]
        assert any(w <= lead for w in words) and any(w <= manage for w in words), req.pattern


def test_requirements_read_word_lists_but_not_optional_tokens(reqs):
    born = [r for r in reqs if r.pattern == "born-to-lead"]
    assert born and any("born" in n.words for n in born[0].needs)
    for req in _by_rule(reqs, "LM003"):
        # "@group_determiners" is optional in collective-subject: it must not be required
        assert not any("our" in need.words and "leadership" not in need.words for need in req.needs if req.pattern == "collective-subject")


def test_non_word_forms_are_matched_as_substrings():
    need = requirements._required_word(("n't", "not"))
    assert need.words == {"not"} and need.other == ("n't",)
    index = requirements.RequirementIndex((requirements.Requirement("LM002", "p", (need,), False),))
    assert index.patterns(words_of("don't"), "don't") == {("LM002", "p")}
    assert index.patterns(words_of("do it"), "do it") == set()


def _rule_word_texts(reqs, seed: int, count: int) -> list[str]:
    """Texts of most of the words some patterns need (in odd cases), filler and sentence breaks."""
    rng = random.Random(seed)
    filler = ["x", "Leaders", "MANAGED", "İ", '"', "the"]
    breaks = [". ", "! ", "? ", ". The ", '." ', " ", " ", " "]
    texts = []
    for _ in range(count):
        needs = [need for req in rng.sample(reqs, rng.randint(1, min(3, len(reqs)))) for need in req.needs if rng.random() < 0.85]
        words = [rng.choice(sorted(need.words) + list(need.other)) for need in needs] + rng.choices(filler, k=rng.randint(0, 6))
        rng.shuffle(words)
        texts.append("".join(rng.choice([word, word.upper()]) + rng.choice(breaks) for word in words))
    return texts


def _plain_patterns(reqs, words, lowered, cross_sentence):
    """The plain definition the index must agree with: every need of the pattern met.

    A form of word characters only lies inside one of the tokenizer's words, as a token does ("won" is not in
    "won't", which is "wo" and "n't"); any other form anywhere in the text.
    """

    def found(form):
        inside_a_word = requirements.PLAIN_WORD.match(form) and len(form) >= requirements.PREFIX
        return any(form in word for word in words) if inside_a_word else form in lowered

    def satisfied(need):
        return need.words & words or any(map(found, need.other))

    return {
        (req.rule, req.pattern)
        for req in reqs
        if (cross_sentence is None or req.cross_sentence == cross_sentence) and all(satisfied(n) for n in req.needs)
    }


def test_the_index_agrees_with_the_plain_requirement_check(reqs, index):
    for text in _rule_word_texts(reqs, 5, 300):
        lowered = text.lower()
        words = words_of(lowered)
        for cross in (None, False, True):
            assert index.patterns(words, lowered, cross_sentence=cross) == _plain_patterns(reqs, words, lowered, cross)


def test_needs_met_across_sentences_are_those_of_the_joined_text(reqs, index):
    spaced_req = requirements.Requirement("LM002", "p", (requirements._required_word(("lead", "a b")),), True)
    spaced = requirements.RequirementIndex((spaced_req,))
    for each, its_reqs in ((index, reqs), (spaced, (spaced_req,))):
        for text in _rule_word_texts(its_reqs, 6, 200):
            lows = [text[s:e].lower() for s, e in sentence_spans(text)]
            parts = [(low, each.satisfied(words_of(low), low)) for low in lows]
            joined = each.satisfied(frozenset().union(*map(words_of, lows)), " ".join(lows))
            assert each.met_across(parts) == joined, text
    assert spaced.met_across([(low, 0) for low in ("x a.", "b y.")]) == 0
    assert spaced.met_across([(low, 0) for low in ("x a", "b y.")]) == 1


def test_a_form_of_word_characters_is_found_inside_any_word():
    need = requirements.RequiredWord(frozenset(), ("taught", "teach"))
    index = requirements.RequirementIndex((requirements.Requirement("LM004", "p", (need,), False),))
    for text in ("It is self-taught.", "No one TEACHES it.", "Untaught, unteachable"):
        low = text.lower()
        assert index.patterns(words_of(low), low) == {("LM004", "p")}, text
    assert index.patterns(words_of("it is learned."), "it is learned.") == set()


def _can_fire(index, pattern: tuple[str, str], sentence: str) -> bool:
    low = sentence.lower()
    return pattern in index.patterns(words_of(low), low)


def test_a_pattern_needs_the_words_its_conditions_cannot_hold_without(index):
    # "lead-is-what-no-learning-gives" names only "be" and a lead word; its condition needs teaching
    pattern = ("LM004", "lead-is-what-no-learning-gives")
    assert _can_fire(index, pattern, "Leadership is a gift no classroom can give.")
    assert _can_fire(index, pattern, "Leading men is not something the army trains into you.")
    assert _can_fire(index, pattern, "Leadership is a thing that can't be drilled into anyone.")
    assert not _can_fire(index, pattern, "Leadership is a job that nobody wants.")
    before = ("LM004", "lead-before-first-skills")
    assert _can_fire(index, before, "He was a leader before he could talk.")
    assert not _can_fire(index, before, "He was a leader when he could talk.")


def test_a_likeness_or_a_foil_of_learning_makes_a_sentence_worth_parsing(index):
    # a sentence with "leader" and "like" is not parsed for the likeness: it needs the inborn trait it is likened to
    likened = ("LM004", "likened-to-an-inborn-trait")
    assert _can_fire(index, likened, "Leading a crew is like perfect pitch.")
    assert not _can_fire(index, likened, "Leading a crew is like herding cats.")
    # a source set against learning needs the learning it is set against, not only "not"
    foil = ("LM004", "source-set-against-learning")
    assert _can_fire(index, foil, "Leadership is temperament, not training.")
    assert not _can_fire(index, foil, "Leadership is temperament, not luck.")
    # what the ones who lead brought into the world needs the world they came into
    arrival = ("LM004", "came-into-the-world-with")
    assert _can_fire(index, arrival, "The ones who lead came into the world with it.")
    assert not _can_fire(index, arrival, "The ones who lead came into the room with it.")


def test_every_declared_need_names_a_condition_and_lists_of_its_rule():
    from lintkit.engine.conditions import CONDITIONS
    from lintkit.engine.conditions.words import condition_words
    from lintkit.resources import lexicon

    for condition, need in lexicon()["needs"].items():
        assert condition in CONDITIONS
        words = condition_words(need["rule"])
        assert set(need.get("words", [])) | set(need.get("lemmas", [])) <= set(words), condition
        assert requirements.condition_need(condition) is not None, f"{condition}: a lemma missing from rules/lemma-forms.toml"


@pytest.mark.parametrize("spec, reach", [
    ([{"LOWER": "a"}, {"LOWER": "b", "OP": "?"}, {"LOWER": "c"}], 3),
    ([{"LOWER": "a"}, {"OP": "{0,8}"}, {"LOWER": "c", "OP": "{1,2}"}, {"LOWER": "d", "OP": "{3}"}], 14),
    ([{"LOWER": "a"}, {"LOWER": "b", "OP": "!"}, {"LOWER": "c"}], 2),
    ([{"LOWER": "a"}, {"OP": "*"}, {"LOWER": "c"}], None),
    ([{"LOWER": "a"}, {"OP": "{2,}"}, {"LOWER": "c"}], None),
])
def test_a_token_pattern_reaches_as_many_tokens_as_its_repeats_allow(spec, reach):
    assert requirements._reach(spec) == reach


def _reaching(index, pattern: tuple[str, str], text: str) -> bool:
    low = text.lower()
    found = index.patterns(words_of(low), low)
    return pattern in found and index.within_reach(frozenset({pattern}), lambda: index.pieces(low))


def test_a_token_pattern_whose_words_lie_too_far_apart_cannot_fire(index):
    # "some-just-have-it": a lead word, at most eight words, a break, "some" ... "have it"
    pattern = ("LM004", "some-just-have-it")
    assert _reaching(index, pattern, "Leadership? Some people just have it.")
    far = ("Leadership matters. Some of us were at the offsite in Leeds for the whole of the week before last, in the "
           "rain, with the heating off, and we still have it.")
    assert not _reaching(index, pattern, far) and _can_fire(index, pattern, far)
    # a dependency pattern's words may be anywhere in its sentence
    assert index.within_reach(frozenset({("LM004", "lead-is-what-no-learning-gives")}), lambda: [])


def test_pieces_meet_what_each_piece_meets_alone(reqs, index):
    for text in _rule_word_texts(reqs, 8, 200):
        low = text.lower()
        assert index.pieces(low) == [index.satisfied(words_of(piece), piece) for piece in low.split()]


def test_a_need_close_enough_is_found_in_any_run_of_pieces():
    a, b, c = 1, 2, 4
    assert requirements._close_enough([a, 0, 0, b | c], a | b | c, 4)
    assert not requirements._close_enough([a, 0, 0, b | c], a | b | c, 3)
    assert requirements._close_enough([b, 0, a, 0, c, b], a | b | c, 4)
    assert not requirements._close_enough([b, 0, a, 0, c, 0, 0, b], a | b | c, 4)
    assert requirements._close_enough([0, 0], 0, 1)
