"""LM003's learned group-reading score: plain data, bounded, and only where the listed cues are silent."""
from __future__ import annotations

import json
import math

from lintkit.engine.conditions import group_reading, lm003_cues
from lintkit.resources import rules_dir


def _leadership(nlp, text):
    return next(t for t in nlp(text) if t.lower_ == "leadership")


def test_the_weights_are_numbers_in_a_json_file():
    data = json.loads((rules_dir() / group_reading.WEIGHTS_FILE).read_text(encoding="utf-8"))
    assert 0.5 <= data["threshold"] < 1
    assert data["weights"] and all(isinstance(v, (int, float)) and math.isfinite(v) for v in data["weights"].values())


def test_the_score_is_a_probability(nlp):
    for text in ("Leadership can take many forms.", "We want leadership to see the demo.", "leadership"):
        assert 0.0 <= group_reading.score(_leadership(nlp, text)) <= 1.0


def test_the_score_finds_a_wording_no_listed_cue_covers(nlp, lint):
    token = _leadership(nlp, "Leadership toured the plant last week.")
    assert not lm003_cues.listed_cue(token) and group_reading.names_group(token)
    assert [f.code for f in lint("Leadership toured the plant last week.")] == ["LM003"]


def test_the_activity_scores_low(nlp):
    for text in ("She showed great leadership during the outage.", "Leadership is hard.", "Leadership must be earned."):
        assert not group_reading.names_group(_leadership(nlp, text))


def test_the_score_never_speaks_for_names_roles_or_contrasts(lint):
    for text in ("In its first year, Trainers Leadership made great strides.",
                 "The leadership of the project passed to Maya when Sam left.",
                 "Management copes with complexity, while leadership copes with change.",
                 "You might hone your own approach to leadership too.",
                 "| LM004 | charisma | info | leadership reduced to personality: \"a born leader\" |"):
        assert [f.code for f in lint(text) if f.code == "LM003"] == [], text


def _readings(lint, text):
    return [str(e) for f in lint(text) if f.code == "LM003" for e in f.evidence if e.relation == "reading"]


def test_the_evidence_shows_the_score_when_the_score_decided(lint):
    readings = _readings(lint, "The leadership changed twice in two years.")
    assert len(readings) == 1 and readings[0].startswith("read as: learned score 0.")
    score = float(readings[0].split("learned score ")[1].split()[0])
    threshold = float(readings[0].rstrip(")").rsplit(" ", 1)[1])
    assert score >= threshold


def test_the_evidence_names_the_cue_when_a_cue_decided(lint):
    assert _readings(lint, "Give leadership a short summary, not the whole deck.") == [
        "read as: it receives something or is handed a task"]


def test_the_subjects_verb_decides_before_the_score(lint):
    """An event whose verb does not suit the activity makes its subject the people; a generic present of one that suits it, the activity."""
    assert _readings(lint, "Leadership toured the plant last week.") == ["read as: it is the subject of an event whose verb does not suit the activity"]
    assert _readings(lint, "Leadership takes courage.") == []


def test_a_passive_agent_is_read_by_its_verb_alone(lint):
    assert _readings(lint, "The bonus pool is calculated by leadership each quarter.") == ["read as: it is the object of words aimed at people"]
    assert _readings(lint, "Teams are inspired by leadership, not by slogans.") == []


def test_a_sentence_edge_is_no_neighbour(nlp):
    """A label cut off before parsing ("Hot take:") is another sentence: the word after it opens its own, as it would
    alone; a value after a colon ("Owner: leadership") keeps the colon as its neighbour."""
    from lintkit.engine.parsing import _tokens_for_parsing

    def features(text):
        doc = nlp(_tokens_for_parsing(nlp, text))
        return group_reading.features(next(t for t in doc if t.lower_ == "leadership"))

    assert "prev=<s>" in features("Hot take: Leadership can turn a failing team around.")
    assert "prev=:" in features("Owner: leadership (see the plan below)")
