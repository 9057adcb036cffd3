"""Hashtags read as the words they join: "#BornToLead" is "born to lead" to the rules.

A CamelCase hashtag hides its words from the word scans and from the parser.
Its parts are cut at the capitals, without touching a character, so the
tokens of a part point into the original text and a finding lands on the
hashtag itself. Only a "#" that starts a word counts: "page#Leadership" is a
link's fragment and "x#y" code. An all-lowercase hashtag is not cut (there is
no safe place to cut "#leadershipmatters"), but its words may be anywhere in
it, so the word scan counts every substring as a word it might hold.
"""
from __future__ import annotations

import re

HASHTAG = re.compile(r"#([^\W\d_][^\W_]*)")  # a literal first, so the scan skips ahead quickly
OPENS_A_WORD = frozenset(" \t\n\r\f\v([\"'“‘")  # what may stand before a hashtag's "#"
PART = re.compile(r"[A-Z][a-z]+|[a-z]+|[A-Z]+(?![a-z])|\d+")
LONGEST_WORD_IN_TAG = 20  # longer hashtags are not scanned for hidden words


def _hashtags(text: str):
    """Each "#word" that starts a word of ``text``."""
    return (m for m in HASHTAG.finditer(text) if m.start() == 0 or text[m.start() - 1] in OPENS_A_WORD)


def hashtag_parts(text: str) -> list[list[tuple[int, int]]]:
    """The character spans of each CamelCase hashtag's words in ``text`` (two or more words each)."""
    if "#" not in text:
        return []
    tags = []
    for found in _hashtags(text):
        body, offset = found.group(1), found.start(1)
        parts = [(offset + m.start(), offset + m.end()) for m in PART.finditer(body)]
        if len(parts) > 1 and parts[-1][1] - parts[0][0] == len(body):
            tags.append(parts)
    return tags


WORD_STARTS = "lk_hashtag_word_starts"  # doc.user_data key: where the words cut from hashtags start


def is_hashtag_word(token) -> bool:
    """Whether ``token`` is one of the words ``split_hashtags`` cut a hashtag into."""
    return token.idx in token.doc.user_data.get(WORD_STARTS, ())


def hidden_words(lowered: str) -> set[str]:
    """Every substring of each lower-case hashtag: the words it may hold, for scans that must not miss one."""
    if "#" not in lowered:
        return set()
    words = set()
    for found in _hashtags(lowered):
        body = found.group(1)
        for start in range(len(body)):
            words.update(body[start:end] for end in range(start + 1, min(len(body), start + LONGEST_WORD_IN_TAG) + 1))
    return words


def split_hashtags(doc, tags: list[list[tuple[int, int]]]):
    """``doc`` (tokenized, not parsed) with each CamelCase hashtag token cut into its words (``tags``, from
    ``hashtag_parts`` of the text before its case was changed), ready for the parser.

    A new Doc, not a retokenized one: a split token's parts had to be given heads
    before the parse, and the parse could leave one of them its own head without
    a label, a tree on which a descendant search never ends.
    """
    from spacy.tokens import Doc

    starts = {parts[0][0]: parts for parts in tags}
    words, spaces, norms = [], [], []
    for token in doc:
        parts = starts.get(token.idx)
        if parts is None or parts[-1][1] != token.idx + len(token.text):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
            norms.append(token.norm_)
            continue
        orths = [doc.text[s:e] for s, e in parts]
        words += orths
        spaces += [False] * (len(orths) - 1) + [bool(token.whitespace_)]
        norms += [orth.lower() for orth in orths]
    split = Doc(doc.vocab, words=words, spaces=spaces)
    for token, norm in zip(split, norms):
        token.norm_ = norm
    split.user_data[WORD_STARTS] = {start for parts in tags for start, _ in parts}
    return split
