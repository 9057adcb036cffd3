"""Headlines and shouting in sentence case, for the parser's eyes only.

The small English model tags Title Case and ALL CAPS words as proper nouns, so
"Stop Managing, Start Leading" parses as a name, not two commands. Such a text
is handed to the parser in sentence case, character for character the same
length, so every offset still points into the original; findings quote the
source, not this copy. Capitals that carry meaning stay: the first word,
acronyms in a Title Case line, and a name's head noun with the family word
beside it ("Leadership Council").
"""
from __future__ import annotations

import functools
import re

from lintkit.nlp.hashtags import hashtag_parts
from lintkit.nlp.prefilter import family_forms, sentence_spans
from lintkit.resources import lexicon

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_LONG_WORDS = 3  # as senses.is_headline: fewer long words say nothing about the line's case


def _lower(text: str) -> str:
    """Lower case that never changes the length ("İ" stays as it is)."""
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _style(words: list[str], small: frozenset[str]) -> str | None:
    long_words = [w for w in words if len(w) > 3 and w.lower() not in small]
    if len(long_words) >= 2 and all(w.isupper() for w in words if len(w) > 1):
        return "caps"
    if len(long_words) < 2 or not all(w[0].isupper() for w in long_words):
        return None
    # Two long words may be a name ("Acme Leadership"); a short word in capitals after the first word is not
    # written in a sentence ("Leadership Is Baked In", "What We Need Are Leaders").
    if len(long_words) >= MIN_LONG_WORDS or any(len(w) <= 3 and w[0].isupper() and w != "I" for w in words[1:]):
        return "title"
    return None


@functools.lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    senses = lexicon()["senses"]
    return frozenset(senses["headline_small_words"]), frozenset(senses["name_heads"])


def for_parsing(text: str) -> str:
    """Each Title Case or ALL CAPS sentence of ``text`` in sentence case, the rest as it is.

    Sentence by sentence, with the splitter that cuts parse windows, so a
    sentence is parsed the same whether it comes alone or in its paragraph.
    A CamelCase hashtag's words after its first are lower-cased too: "#BornToLead"
    is parsed as "#Born to lead" once its token is cut (``hashtags.split_hashtags``).
    """
    spans = sentence_spans(text)
    if len(spans) == 1:
        return _hashtags_in_sentence_case(_sentence_case(text))
    out = list(text)
    for start, end in spans:
        out[start:end] = _sentence_case(text[start:end])
    return _hashtags_in_sentence_case("".join(out))


def _hashtags_in_sentence_case(text: str) -> str:
    tags = hashtag_parts(text)
    if not tags:
        return text
    out = list(text)
    for parts in tags:
        for start, end in parts[1:]:
            out[start:end] = _lower(text[start:end])
    return "".join(out)


def _sentence_case(text: str) -> str:
    small, heads = _words()
    matches = list(WORD.finditer(text))
    style = _style([m.group() for m in matches], small)
    if style is None:
        return _shouted_runs_lowered(text, matches, small)
    family = family_forms()
    words = [m.group().lower() for m in matches]
    keep = set()
    for n, word in enumerate(words):
        if word in heads and style == "title":
            # A name of a body stays in capitals with its family word ("Leadership Council", "Team Management");
            # "Team Leader" is a role and "A Team" no name.
            beside = [k for k in (n - 1, n + 1) if 0 <= k < len(words) and words[k] in family and family[words[k]][1] != "agent"]
            if beside:
                keep.update([n, *beside])
        elif style == "title" and matches[n].group().isupper() and 2 <= len(word) <= 5:
            keep.add(n)  # an acronym: "TTS Leadership"; a lone "A" is the article
    out = list(text)
    for n, m in enumerate(matches):
        if n in keep:
            continue
        lowered = _lower(m.group())
        if n == 0:
            lowered = m.group()[0] + lowered[1:]
        out[m.start():m.end()] = lowered
    return "".join(out)


def _shouted_runs_lowered(text: str, matches: list, small: frozenset[str]) -> str:
    """A slogan shouted inside a sentence otherwise in lower case ("the banner read “LEAD, DON'T MANAGE,” which, okay")
    in lower case: the tagger reads a run of capitals as a name and leaves "DON'T" whole. Only a run of two or more
    long words with a family word in it is lowered, and only its long words and contractions, so acronyms stay
    ("HR MANAGER" is left alone, "IT LEADERSHIP TEAM" becomes "IT leadership team"). A contraction shouted alone
    ("you either have it or you DON'T") is lowered wherever it stands."""
    family = family_forms()
    out = None
    run: list = []
    for m in [*matches, None]:
        shouted = m is not None and m.group().isupper() and len(m.group()) > 1
        if shouted and (not run or _only_marks(text[run[-1].end():m.start()])):
            run.append(m)
            continue
        long_words = [r for r in run if len(r.group()) > 3 and r.group().lower() not in small]
        if len(long_words) >= 2 and any(r.group().lower() in family for r in run):
            out = out or list(text)
            for r in run:
                if len(r.group()) > 3 or "'" in r.group() or "’" in r.group():  # "IT", "HR" may be acronyms
                    out[r.start():r.end()] = _lower(r.group())
        run = [m] if shouted else []
    for m in matches:  # a shouted contraction is never an acronym, and the tokenizer splits only its lower-case form
        if m.group().isupper() and ("'" in m.group() or "’" in m.group()):
            out = out or list(text)
            out[m.start():m.end()] = _lower(m.group())
    return text if out is None else "".join(out)


def _only_marks(between: str) -> bool:
    return all(not c.isalnum() for c in between)

