"""A short label before a colon or dash is a sentence of its own for the parser.

"Hot take: Leadership matters; management doesn't", "Jane: Leadership went to the board",
"Study guide, Unit 4: Managing is leading by another name": the small model runs the label into
what follows, making the label the root and the sentence a phrase hanging from it. A label of a
few words with no family word, opening a line, before a capitalised run of words, is marked as
ending a sentence (spaCy's parser keeps boundaries set before it runs); no token moves.
"""
from __future__ import annotations

from lintkit.nlp.prefilter import family_forms

LABEL_MARKS = frozenset({":", "—", "–", "-"})
MAX_LABEL_WORDS = 4
MIN_SENTENCE_WORDS = 3  # "Owner: Leadership (see below)" is a field and its value, not a label and a sentence


def mark_label_ends(doc) -> None:
    """Sets ``is_sent_start`` on the first word after each line-opening label in ``doc`` (made, not yet parsed)."""
    forms = family_forms()
    start = 0
    for token in doc:
        if token.text in LABEL_MARKS and token.whitespace_ and _is_label(doc[start:token.i], forms) and _sentence_follows(doc, token.i + 1):
            doc[token.i + 1].is_sent_start = True
        if _ends_line(token):
            start = token.i + 1


def label_before(token):
    """The label cut off before ``token``'s sentence, if one was: readers of the words around a claim still read it
    ("Myth: Leaders are born" is a claim rejected, as "the myth that leaders are born" is)."""
    doc = token.doc
    first = token.sent.start if doc.has_annotation("DEP") else token.i
    if first < 2 or doc[first - 1].text not in LABEL_MARKS:
        return None
    start = first - 1
    while start > 0 and not _ends_line(doc[start - 1]):
        start -= 1
    label = doc[start:first - 1]
    return label if _is_label(label, family_forms()) and _sentence_follows(doc, first) else None


def label_run_in(token):
    """The label opening ``token``'s line that the parser ran into the words after it, if one does: a slide or a
    table keeps its label even where what follows is not capitalised ("Myth: managers are leaders") or sits in the
    next cell ("Misconception | leadership is just management")."""
    doc = token.doc
    start = token.i
    while start > 0 and not _ends_line(doc[start - 1]):
        start -= 1
    mark = next((t.i for t in doc[start:token.i] if t.text in LABEL_MARKS or t.text == "|"), None)
    if mark is None or mark == start or token.sent.start > mark + 1:
        return None  # a later sentence on the line is past what the label rejects
    label = doc[start:mark]
    return label if _is_label(label, family_forms()) else None


def _ends_line(token) -> bool:
    return "\n" in token.text or "\n" in token.whitespace_


def _is_label(span, forms) -> bool:
    tokens = [t for t in span if not t.is_space]
    words = [t for t in tokens if t.is_alpha or t.like_num]
    return (0 < len(words) <= MAX_LABEL_WORDS and all(t.is_alpha or t.like_num or t.text in {",", "*", "#"} for t in tokens)
            and not any(t.lower_ in forms for t in words))


def _sentence_follows(doc, i: int) -> bool:
    if i >= len(doc) or not doc[i].text[:1].isupper():
        return False
    run = 0
    for token in doc[i:]:
        if token.is_punct or "\n" in token.whitespace_:
            break
        run += 1
    return run >= MIN_SENTENCE_WORDS
