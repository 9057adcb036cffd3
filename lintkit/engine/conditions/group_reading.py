"""A learned score for "leadership" naming people, where LM003's cues stall on wording nobody listed.

The cues in ``lm003`` test word lists; real writers put "leadership" under any verb that
takes a person ("leadership must help", "solicit leadership's buy-in"). A logistic model over
the same parse facts (relation, governing word, modifiers, neighbours) generalises from the
annotated real sentences in ``corpora/real``. Its weights are plain JSON data in the rules
folder (``LM003-group-reading.json``), trained by ``corpora/real/train_group_reading.py``;
nothing executable is ever loaded.
"""
from __future__ import annotations

from lintkit.engine.conditions import learned

WEIGHTS_FILE = "LM003-group-reading.json"


def features(token) -> list[str]:
    """Parse facts about one "leadership" token, as feature names."""
    head, dep = token.head, token.dep_
    out = ["bias", f"dep={dep}", f"head={head.lemma_.lower()}", f"dep+head={dep}:{head.lemma_.lower()}",
           f"headpos={head.pos_}", f"title={token.is_title and not token.is_sent_start}"]
    if dep == "pobj":
        governor = head.head
        out += [f"prep={head.lower_}", f"prep+gov={head.lower_}:{governor.lemma_.lower()}", f"govpos={governor.pos_}"]
    if dep in {"nsubj", "nsubjpass"}:
        siblings = list(head.children)
        out += [f"modal={any(c.tag_ == 'MD' for c in siblings)}", f"verbtag={head.tag_}"]
        out += [f"verbarg={c.dep_}" for c in siblings if c.dep_ in {"dobj", "ccomp", "xcomp", "acomp", "attr", "prep"}]
    if dep == "dobj":
        out += [f"objof={head.lemma_.lower()}"]
    for child in token.children:
        out += [f"child={child.dep_}", f"child={child.dep_}:{child.lower_}"]
    # A sentence's edges are its own: after a label cut off before parsing ("Hot take: Leadership can ...") the colon is
    # not a neighbour, as it is in "Owner: leadership".
    before = token.nbor(-1) if token.i > 0 and not token.is_sent_start else None
    after = token.nbor(1) if token.i + 1 < len(token.doc) and not token.nbor(1).is_sent_start else None
    out += [f"prev={before.lower_ if before is not None else '<s>'}", f"next={after.lower_ if after is not None else '</s>'}",
            f"nextpos={after.pos_ if after is not None else '</s>'}"]
    return out


def weights() -> tuple[dict[str, float], float]:
    """The learned weights and the decision threshold; no file means no learned score."""
    return learned.weights(WEIGHTS_FILE)


def score(token) -> float:
    """The probability that ``token`` names a group of people."""
    return learned.probability(weights()[0], features(token))


def names_group(token) -> bool:
    table, threshold = weights()
    return bool(table) and score(token) >= threshold
