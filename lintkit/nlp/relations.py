"""The parser's relation labels (ClearNLP, as spaCy's English pipelines use them) in words.

``--show-evidence`` explains why a finding fired; "leaders --dobj--> need"
means something only to a linguist, "leaders: object of 'need'" to everyone.
"""
from __future__ import annotations

# label -> how the word relates to its head, read as "<word>: <gloss> '<head>'"
GLOSSES = {
    "nsubj": "subject of",
    "nsubjpass": "subject of (passive)",
    "csubj": "clause as subject of",
    "dobj": "object of",
    "iobj": "indirect object of",
    "pobj": "object of the preposition",
    "dative": "indirect object of",
    "attr": "complement of",
    "acomp": "complement of",
    "oprd": "complement of",
    "appos": "apposition to",
    "conj": "joined by a conjunction to",
    "xcomp": "clause completing",
    "ccomp": "clause completing",
    "relcl": "relative clause on",
    "acl": "clause describing",
    "advcl": "adverbial clause of",
    "amod": "adjective describing",
    "compound": "compound with",
    "nmod": "modifier of",
    "npadvmod": "noun used as adverb with",
    "poss": "possessor of",
    "prep": "preposition attached to",
    "pcomp": "complement of the preposition",
    "agent": "agent (by-phrase) of",
    "advmod": "adverb modifying",
    "neg": "negation of",
    "aux": "auxiliary of",
    "auxpass": "auxiliary (passive) of",
    "dep": "loosely attached to",
    "parataxis": "set beside",
}


def gloss(word: str, relation: str, other: str) -> str:
    """One parse fact in words: "leaders: object of 'need'"."""
    if relation == "pattern":
        return f"pattern {word}"
    if relation == "reading":
        return f"read as: {word}"
    if relation == "ROOT" or not other or other == "ROOT":
        return f"{word}: the sentence's main word"
    return f"{word}: {GLOSSES.get(relation, f'{relation!r} relation to')} {other!r}"


def marked_infinitive(verb) -> bool:
    """"to lead", "to flourish": the verb carries the infinitive marker "to" as its auxiliary, however the parser hangs
    the clause (an xcomp, a side clause, a relative clause)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# What a verb phrase left out keeps beside its auxiliary: "It didn't.", "and we don't", "but they never did".
STRANDED_DEPS = frozenset({"nsubj", "neg", "punct", "cc", "intj", "advmod"})


def denied_subject(auxiliary):
    """The subject of a denied auxiliary whose verb phrase is left out ("It didn't.", "and we didn't"), else None.

    Such an echo denies of its subject what the clause before it said; an auxiliary with a word of its
    own ("and we didn't notice") says something else.
    """
    children = list(auxiliary.children)
    if not any(c.dep_ == "neg" for c in children) or any(c.dep_ not in STRANDED_DEPS for c in children):
        return None
    return next((c for c in children if c.dep_ == "nsubj"), None)
