"""A cheap scan that decides what is worth parsing: family words, sentences, words.

Most prose never mentions either word family; such text must not pay for spaCy
(not even its import). The scan is a single regular expression over the
lexicon's word forms; a sentence splitter and a word scan let the engine's
windows (``engine.windows``) check sentences against what its patterns need.
"""
from __future__ import annotations

import bisect
import functools
import re
from types import MappingProxyType
from typing import Iterator, Mapping

from lintkit.nlp.hashtags import hashtag_parts, hidden_words
from lintkit.resources import lexicon


@functools.lru_cache(maxsize=1)
def family_forms() -> Mapping[str, tuple[str, str]]:
    """Every family word form -> (family, form), e.g. "led" -> ("lead", "verb").

    Built once: the sense layer asks for it at every family word, the reader at every text.
    """
    forms: dict[str, tuple[str, str]] = {}
    for family, groups in lexicon()["families"].items():
        for form, words in groups.items():
            for word in words:
                forms[word] = (family, form)
    return MappingProxyType(forms)


@functools.lru_cache(maxsize=1)
def candidate_pattern() -> re.Pattern[str]:
    words = sorted(family_forms(), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, words)) + r")(?![\w])", re.IGNORECASE)


def has_candidate(text: str) -> bool:
    return next(_family_word_starts(text), None) is not None or next(_hashtag_family_words(text), None) is not None


@functools.lru_cache(maxsize=1)
def _stems() -> re.Pattern[str]:
    """Literal starts of the family words, for a scan that skips most of a big text quickly."""
    return re.compile("|".join(sorted({re.escape(w[:3]) for w in family_forms()})))


def candidate_starts(text: str, lowered: str | None = None) -> list[int]:
    """Offsets of every family word in ``text`` (what ``candidate_pattern().finditer`` finds, faster).

    ``lowered`` is ``text.lower()`` when the caller has it already (a big file's text is lowered once).
    """
    return sorted([*_family_word_starts(text, lowered), *_hashtag_family_words(text)])


def _hashtag_family_words(text: str) -> Iterator[int]:
    """Starts of the family words inside CamelCase hashtags ("#BornToLead"), which the word-bounded scan cannot see."""
    forms = family_forms()
    return (start for parts in hashtag_parts(text) for start, end in parts if text[start:end].lower() in forms)


def _family_word_starts(text: str, lowered: str | None = None) -> Iterator[int]:
    lowered = text.lower() if lowered is None else lowered
    full = candidate_pattern()
    if len(lowered) != len(text):  # lower() changed lengths (rare letters): offsets would not line up
        return (m.start() for m in full.finditer(text))
    return (m.start() for m in _stems().finditer(lowered) if full.match(text, m.start()))


WORD = re.compile(r"\w+")
# A sentence ends at . ! or ? (and closing quotes or brackets), before blanks and
# a capital, digit or opening quote. It splits less often than the parser, never
# more, on ordinary prose; the parser's own boundaries decide the rules.
SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)\]]*(\s+)(?=[\"'“‘(\[]*[A-Z0-9])")
# Splitter sentences a cross-sentence pattern is checked over.
CROSS_SENTENCE_SPAN = 3


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (blanks between them left out)."""
    spans = []
    start = 0
    for found in SENTENCE_BREAK.finditer(text):
        spans.append((start, found.start(1)))
        start = found.end(1)
    spans.append((start, len(text)))
    return spans


CONTRACTION = re.compile(r"n['’]t\b")
# Contractions typed without the apostrophe, which the tokenizer still cuts in two: "arent" gives "are" and "nt".
BARE_CONTRACTION = re.compile(r"\b(are|is|was|were|do|does|did|ca|wo|sha|should|could|would|have|has|had|ai|must|need|might)nt\b")
# and after a pronoun: "theyre" gives "they" and "re", "thats" gives "that" and "s"
BARE_PRONOUN_CONTRACTION = re.compile(r"\b(?:(they|you)(re|ve|ll)|(that|what|there|who|he|she)(s)|(i)(m|ve))\b")


def words_of(lowered: str) -> frozenset[str]:
    """The words of lower-cased text as the tokenizer cuts contractions: "don't" gives "do".

    A hashtag adds every word it may hold ("#borntolead" holds "born", "to", "lead").
    """
    cut = BARE_CONTRACTION.sub(r"\1 nt", CONTRACTION.sub(" n't", lowered))
    cut = BARE_PRONOUN_CONTRACTION.sub(lambda m: " ".join(g for g in m.groups() if g), cut)
    return frozenset(WORD.findall(cut)) | hidden_words(lowered)


def family_sentences(text: str, spans: list[tuple[int, int]]) -> list[bool]:
    """For each sentence span, whether it holds a family word.

    The words are found once in the whole text and placed by bisection: a family
    word holds no blank, so it never straddles the blanks between sentences.
    """
    starts = [s for s, _ in spans]
    has_family = [False] * len(spans)
    for offset in candidate_starts(text):
        has_family[bisect.bisect_right(starts, offset) - 1] = True
    return has_family
