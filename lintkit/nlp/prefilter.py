"""A cheap scan that decides what is worth parsing.

Most prose never mentions either word family; such text must not pay for spaCy
(not even its import). The scan is a single regular expression over the
lexicon's word forms.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from lintkit.resources import lexicon


def family_forms() -> dict[str, tuple[str, str]]:
    """Every family word form -> (family, form), e.g. "led" -> ("lead", "verb")."""
    forms: dict[str, tuple[str, str]] = {}
    for family, groups in lexicon()["families"].items():
        for form, words in groups.items():
            for word in words:
                forms[word] = (family, form)
    return forms


@functools.lru_cache(maxsize=1)
def candidate_pattern() -> re.Pattern[str]:
    words = sorted(family_forms(), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, words)) + r")(?![\w])", re.IGNORECASE)


def has_candidate(text: str) -> bool:
    return candidate_pattern().search(text) is not None


# --- Rule-aware windows --------------------------------------------------------
#
# A rule fires only where the words its pattern requires occur together: LM001 and
# LM002 need a word of each family, LM003 "leadership", LM004 a lead word and a
# trait word, and so on. Those requirements are derived from the compiled patterns
# (every non-optional token that names a family or a word list), so a rule file
# never has to restate them. A segment is cut into sentences by a cheap splitter
# and only the sentences that can fire some pattern (with their neighbour, for
# patterns that may span two sentences) are parsed.

WORD = re.compile(r"\w+")
PLAIN_WORD = re.compile(r"\w+\Z")
# A sentence ends at . ! or ? (and closing quotes or brackets), before blanks and
# a capital, digit or opening quote. It splits less often than the parser, never
# more, on ordinary prose; the parser's own boundaries decide the rules.
SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)\]]*(\s+)(?=[\"'“‘(\[]*[A-Z0-9])")
OPTIONAL_OPS = {"?", "*", "!"}

# Below these sizes a segment is parsed whole: the parse of a sentence can change
# with its neighbours, and a short paragraph costs little.
WHOLE_SEGMENT_SENTENCES = 3
WHOLE_SEGMENT_FRACTION = 0.6
# Sentences of parse context kept on each side of a sentence that can fire.
CONTEXT_SENTENCES = 1


@dataclass(frozen=True)
class Requirement:
    """The word sets a pattern needs: one word of each set must occur in the window."""

    rule: str
    pattern: str
    needs: tuple[frozenset[str], ...]
    cross_sentence: bool

    def satisfied_by(self, words: set[str] | frozenset[str]) -> bool:
        return all(not need.isdisjoint(words) for need in self.needs)


def _is_required(token: dict) -> bool:
    op = token.get("OP")
    if op is None or op == "+":
        return True
    if op in OPTIONAL_OPS:
        return False
    bounds = re.fullmatch(r"\{(\d*),?(\d*)\}", op)
    return bool(bounds and bounds.group(1) and int(bounds.group(1)) >= 1)


def _family_words(spec: dict) -> frozenset[str] | None:
    family = spec.get("lk_family")
    if family is None:
        return None
    forms = spec.get("lk_form")
    if isinstance(forms, dict):
        forms = forms.get("IN")
    elif isinstance(forms, str):
        forms = [forms]
    families = family.get("IN") if isinstance(family, dict) else [family]
    if not isinstance(families, list):
        return None
    return frozenset(
        word for word, (fam, form) in family_forms().items() if fam in families and (forms is None or form in forms)
    )


def _lower_words(value) -> frozenset[str] | None:
    if isinstance(value, str):
        words = [value]
    elif isinstance(value, dict) and isinstance(value.get("IN"), list):
        words = value["IN"]
    else:
        return None
    words = [str(w).lower() for w in words]
    # A word the cheap scan cannot see as one \w+ run ("n't", "i.e.", "c-level")
    # makes the whole set unusable as a requirement: keep the check conservative.
    if not words or not all(PLAIN_WORD.match(w) for w in words):
        return None
    return frozenset(words)


def _token_needs(token: dict) -> list[frozenset[str]]:
    needs = []
    for attrs in (token, token.get("RIGHT_ATTRS") or {}):
        family = _family_words(attrs.get("_") or {})
        if family is not None:
            needs.append(family)
        for key in ("LOWER", "NORM"):
            if key in attrs:
                words = _lower_words(attrs[key])
                if words is not None:
                    needs.append(words)
    return needs


def pattern_requirement(rule_code: str, pattern) -> list[Requirement]:
    """Requirements of a pattern (one per family order of ``$A``/``$B``)."""
    from lintkit.engine.matching import expand

    found = []
    for spec in expand(pattern.spec):
        needs: list[frozenset[str]] = []
        for token in spec:
            if isinstance(token, dict) and (pattern.kind != "token" or _is_required(token)):
                needs.extend(_token_needs(token))
        found.append(Requirement(rule_code, pattern.id, tuple(dict.fromkeys(needs)), pattern.cross_sentence))
    return found


def requirements(rules) -> tuple[Requirement, ...]:
    """Requirements of every pattern of ``rules`` (an iterable of Rule)."""
    return tuple(req for rule in rules for pattern in rule.patterns for req in pattern_requirement(rule.code, pattern))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (blanks between them left out)."""
    spans = []
    start = 0
    for found in SENTENCE_BREAK.finditer(text):
        spans.append((start, found.start(1)))
        start = found.end(1)
    spans.append((start, len(text)))
    return spans


def _words(text: str) -> frozenset[str]:
    return frozenset(WORD.findall(text.lower()))


def hot_sentences(text: str, spans: list[tuple[int, int]], reqs: tuple[Requirement, ...]) -> set[int]:
    """Indices of the sentences some requirement can be met in (both, for a cross-sentence pair)."""
    pattern = candidate_pattern()
    has_family = [pattern.search(text, s, e) is not None for s, e in spans]
    single = [r for r in reqs if not r.cross_sentence]
    pairs = [r for r in reqs if r.cross_sentence]
    words: dict[int, frozenset[str]] = {}

    def words_of(i: int) -> frozenset[str]:
        if i not in words:
            words[i] = _words(text[spans[i][0]:spans[i][1]])
        return words[i]

    hot: set[int] = set()
    for i, family in enumerate(has_family):
        if family and any(r.satisfied_by(words_of(i)) for r in single):
            hot.add(i)
        if pairs and i + 1 < len(spans) and (family or has_family[i + 1]):
            both = words_of(i) | words_of(i + 1)
            if any(r.satisfied_by(both) for r in pairs):
                hot.update((i, i + 1))
    return hot


def parse_windows(
    text: str,
    reqs: tuple[Requirement, ...],
    *,
    context: int = CONTEXT_SENTENCES,
    whole_sentences: int = WHOLE_SEGMENT_SENTENCES,
    whole_fraction: float = WHOLE_SEGMENT_FRACTION,
) -> list[tuple[int, int]]:
    """The character ranges of ``text`` worth parsing, in order; ``[(0, len(text))]`` for all of it.

    Every range starts and ends at sentence boundaries, so the text parsed is a
    substring of ``text`` and offsets shift by the range start. No quotation
    straddles a range edge (quoted clauses are found from quotation marks over
    the parsed text, so a cut quote would change what counts as quoted).
    """
    spans = sentence_spans(text)
    if len(spans) <= whole_sentences:
        return [(0, len(text))]
    hot = hot_sentences(text, spans, reqs)
    if not hot:
        return []
    chosen = sorted({j for i in hot for j in range(max(0, i - context), min(len(spans), i + context + 1))})
    runs: list[list[int]] = []
    for i in chosen:
        if runs and runs[-1][1] + 1 >= i:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    runs = _without_cut_quotes(text, spans, runs)
    windows = [(spans[a][0], spans[b][1]) for a, b in runs]
    if sum(e - s for s, e in windows) >= whole_fraction * len(text):
        return [(0, len(text))]
    return windows


def _without_cut_quotes(text: str, spans, runs: list[list[int]]) -> list[list[int]]:
    from lintkit.nlp.context import quote_spans

    quotes = [(s - 1, e) for s, e in quote_spans(text)]  # the marks included
    if not quotes:
        return runs
    starts = [s for s, _ in spans]

    def sentence_of(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    changed = True
    while changed:
        changed = False
        for run in runs:
            lo, hi = spans[run[0]][0], spans[run[1]][1]
            for qs, qe in quotes:
                if qs < hi and qe >= lo and (qs < lo or qe >= hi):
                    run[0] = min(run[0], sentence_of(qs))
                    run[1] = max(run[1], sentence_of(min(qe, len(text) - 1)))
                    lo, hi = spans[run[0]][0], spans[run[1]][1]
                    changed = True
        merged: list[list[int]] = []
        for run in sorted(runs):
            if merged and merged[-1][1] + 1 >= run[0]:
                merged[-1][1] = max(merged[-1][1], run[1])
            else:
                merged.append(run)
        runs = merged
    return runs
