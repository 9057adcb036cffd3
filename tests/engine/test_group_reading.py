"""LM003's learned group-reading score: plain data, bounded, and only where the listed cues are silent."""
from __future__ import annotations

import json
import math

from lintkit.engine.conditions import group_reading, lm003
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
    token = _leadership(nlp, "We want leadership to see the demo.")
    assert not lm003.listed_cue(token) and group_reading.names_group(token)
    assert [f.code for f in lint("We want leadership to see the demo.")] == ["LM003"]


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
