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
from typing import Iterator

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
    return next(_family_word_starts(text), None) is not None


@functools.lru_cache(maxsize=1)
def _stems() -> re.Pattern[str]:
    """Literal starts of the family words, for a scan that skips most of a big text quickly."""
    return re.compile("|".join(sorted({re.escape(w[:3]) for w in family_forms()})))


def candidate_starts(text: str, lowered: str | None = None) -> list[int]:
    """Offsets of every family word in ``text`` (what ``candidate_pattern().finditer`` finds, 3-5x faster).

    ``lowered`` is ``text.lower()`` when the caller has it already (a big file's text is lowered once).
    """
    return list(_family_word_starts(text, lowered))


def _family_word_starts(text: str, lowered: str | None = None) -> Iterator[int]:
    lowered = text.lower() if lowered is None else lowered
    full = candidate_pattern()
    if len(lowered) != len(text):  # lower() changed lengths (rare letters): offsets would not line up
        return (m.start() for m in full.finditer(text))
    return (m.start() for m in _stems().finditer(lowered) if full.match(text, m.start()))


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

# When windows would cover this much of a segment, the segment is parsed whole.
# (Windows of the firing sentences alone give the same findings as whole
# paragraphs; see tests/test_identical_results.py.)
WHOLE_SEGMENT_FRACTION = 0.9
# Splitter sentences a cross-sentence pattern is checked over.
CROSS_SENTENCE_SPAN = 3


@dataclass(frozen=True)
class Need:
    """One required token: its lower-case form is one of ``words`` (plain \\w+ words) or ``other``."""

    words: frozenset[str]
    other: tuple[str, ...] = ()  # forms the word scan cannot see whole ("n't", "i.e.", "c-suite")


@dataclass(frozen=True)
class Requirement:
    """What a pattern needs: every ``Need`` met in the window (a sentence, or two for cross-sentence patterns)."""

    rule: str
    pattern: str
    needs: tuple[Need, ...]
    cross_sentence: bool


def _is_required(token: dict) -> bool:
    op = token.get("OP")
    if op is None or op == "+":
        return True
    if op in OPTIONAL_OPS:
        return False
    bounds = re.fullmatch(r"\{(\d*),?(\d*)\}", op)
    return bool(bounds and bounds.group(1) and int(bounds.group(1)) >= 1)


def _family_words(spec: dict) -> Need | None:
    family = spec.get("lk_family")
    if family is None:
        return None
    forms = spec.get("lk_form")
    if isinstance(forms, dict):
        forms = forms.get("IN")
    elif isinstance(forms, str):
        forms = [forms]
    families = family.get("IN") if isinstance(family, dict) else [family]
    if not isinstance(families, list) or (forms is not None and not isinstance(forms, list)):
        return None
    return _need(word for word, (fam, form) in family_forms().items() if fam in families and (forms is None or form in forms))


def _need(words) -> Need | None:
    words = [str(w).lower() for w in words]
    if not words:
        return None
    return Need(frozenset(w for w in words if PLAIN_WORD.match(w)), tuple(sorted({w for w in words if not PLAIN_WORD.match(w)})))


def _lower_words(value) -> Need | None:
    if isinstance(value, str):
        return _need([value])
    if isinstance(value, dict) and isinstance(value.get("IN"), list):
        return _need(value["IN"])
    return None


def _token_needs(token: dict) -> list[Need]:
    needs = []
    for attrs in (token, token.get("RIGHT_ATTRS") or {}):
        if not isinstance(attrs, dict):
            continue
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
        needs: list[Need] = []
        for token in spec:
            if isinstance(token, dict) and (pattern.kind != "token" or _is_required(token)):
                needs.extend(_token_needs(token))
        found.append(Requirement(rule_code, pattern.id, tuple(dict.fromkeys(needs)), pattern.cross_sentence))
    return found


class RequirementIndex:
    """The requirements compiled for fast checks: which needs a sentence meets, then which patterns.

    Checking each pattern's needs one by one against every sentence is slow with
    a few hundred patterns; here a sentence's words are looked up once, and a
    pattern can fire when all its needs are among the met ones. A set of needs
    is a bit mask (bit i for need i), so a union is one ``|`` and a subset test
    one ``&``.
    """

    def __init__(self, reqs: tuple[Requirement, ...]):
        needs = list(dict.fromkeys(need for req in reqs for need in req.needs))
        bit = {need: 1 << i for i, need in enumerate(needs)}
        self.by_word: dict[str, int] = {}
        by_form: dict[str, int] = {}
        for need in needs:
            for word in need.words:
                self.by_word[word] = self.by_word.get(word, 0) | bit[need]
            for form in need.other:
                by_form[form] = by_form.get(form, 0) | bit[need]
        self.words = frozenset(self.by_word)
        # Forms filed under one character of theirs (the first that is not a word character,
        # the rarer kind): one substring test rules out a whole file ("n't", "isn’t", "c-suite").
        self.by_form_key: dict[str, list[tuple[str, int]]] = {}
        for form, mask in by_form.items():
            self.by_form_key.setdefault(WORD.sub("", form)[:1] or form, []).append((form, mask))
        # Only a form with a blank can occur across the blank that joins two sentences.
        self.spaced_forms = [(form, mask) for form, mask in by_form.items() if " " in form]
        self.groups: dict[bool, list[tuple[int, tuple[str, str]]]] = {False: [], True: []}
        for req in reqs:
            mask = sum(bit[need] for need in set(req.needs))
            self.groups[req.cross_sentence].append((mask, (req.rule, req.pattern)))
        self.cross_sentence = bool(self.groups[True])
        # The same few sets of met needs recur in sentence after sentence: each is resolved once.
        self._resolved: dict[tuple[int, bool | None], frozenset[tuple[str, str]]] = {}

    def met(self, words: frozenset[str], lowered: str) -> int:
        """The needs (a bit mask) met by text with these words and this lower-case form."""
        found = 0
        for word in words & self.words:
            found |= self.by_word[word]
        for key, forms in self.by_form_key.items():
            if key in lowered:
                for form, mask in forms:
                    if form in lowered:
                        found |= mask
        return found

    def met_across(self, parts: list[tuple[str, int]]) -> int:
        """The needs met by consecutive sentences (lower-cased text, needs met) joined by blanks."""
        found = 0
        for _, mask in parts:
            found |= mask
        if self.spaced_forms:
            joined = " ".join(lowered for lowered, _ in parts)
            for form, mask in self.spaced_forms:
                if form in joined:
                    found |= mask
        return found

    def patterns(self, words: frozenset[str], lowered: str, *, cross_sentence: bool | None = None) -> frozenset[tuple[str, str]]:
        """(rule code, pattern id) of the patterns whose needs are all met (of one kind, or of both)."""
        return self.resolved(self.met(words, lowered), cross_sentence)

    def resolved(self, met: int, cross_sentence: bool | None = None) -> frozenset[tuple[str, str]]:
        """The patterns (of one kind, or of both) whose needs are all in ``met``."""
        key = (met, cross_sentence)
        found = self._resolved.get(key)
        if found is None:
            kinds = (False, True) if cross_sentence is None else (cross_sentence,)
            found = self._resolved[key] = frozenset(
                pattern for kind in kinds for mask, pattern in self.groups[kind] if mask & met == mask
            )
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


CONTRACTION = re.compile(r"n['’]t\b")


def words_of(lowered: str) -> frozenset[str]:
    """The words of lower-cased text as the tokenizer cuts contractions: "don't" gives "do"."""
    return frozenset(WORD.findall(CONTRACTION.sub(" n't", lowered)))


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


def hot_sentences(text: str, spans: list[tuple[int, int]], index: RequirementIndex) -> set[int]:
    """Indices of the sentences some requirement can be met in (both, for a cross-sentence pair)."""
    has_family = family_sentences(text, spans)
    pairs = index.cross_sentence
    scanned: dict[int, tuple[str, int]] = {}

    def scan(i: int) -> tuple[str, int]:
        """Sentence i lower-cased, and the needs it meets."""
        if i not in scanned:
            low = text[spans[i][0]:spans[i][1]].lower()
            scanned[i] = low, index.met(words_of(low), low)
        return scanned[i]

    hot: set[int] = set()
    for i, family in enumerate(has_family):
        if family and index.resolved(scan(i)[1], cross_sentence=False):
            hot.add(i)
        # A cross-sentence pattern spans two parser sentences; the splitter may cut one of
        # them in two ("Management? Outdated. Leadership? Essential."), so runs of up to
        # CROSS_SENTENCE_SPAN splitter sentences are checked.
        group = range(i, min(len(spans), i + CROSS_SENTENCE_SPAN))
        if pairs and len(group) > 1 and any(has_family[j] for j in group):
            if index.resolved(index.met_across([scan(j) for j in group]), cross_sentence=True):
                hot.update(group)
    return hot


def parse_windows(
    text: str,
    index: RequirementIndex,
    *,
    whole_fraction: float = WHOLE_SEGMENT_FRACTION,
) -> list[tuple[int, int]]:
    """The character ranges of ``text`` worth parsing, in order; ``[(0, len(text))]`` for all of it.

    Every range starts and ends at sentence boundaries, so the text parsed is a
    substring of ``text`` and offsets shift by the range start. No quotation
    straddles a range edge (quoted clauses are found from quotation marks over
    the parsed text, so a cut quote would change what counts as quoted).
    """
    spans = sentence_spans(text)
    hot = hot_sentences(text, spans, index)
    if not hot:
        return []
    chosen = sorted(hot)
    runs: list[list[int]] = []
    for i in chosen:
        if runs and runs[-1][1] + 1 >= i:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    runs = _without_cut_quotes(text, spans, runs)
    windows = [(spans[a][0], spans[b][1]) for a, b in runs]
    if sum(e - s for s, e in windows) >= whole_fraction * len(text):
        windows = [(0, len(text))]
    return [piece for window in windows for piece in _trimmed(text, window)]


# A "sentence" longer than this is not prose the splitter could cut (a table flattened
# into one line, a list without full stops); only the text around its family words
# is parsed, since a parse of several thousand unpunctuated words means nothing.
LONG_WINDOW = 1500
NEAR_FAMILY_WORD = 300


def _trimmed(text: str, window: tuple[int, int]) -> list[tuple[int, int]]:
    start, end = window
    if end - start <= LONG_WINDOW:
        return [window]
    pieces: list[list[int]] = []
    for match in candidate_pattern().finditer(text, start, end):
        lo = text.rfind(" ", start, max(start, match.start() - NEAR_FAMILY_WORD))
        hi = text.find(" ", min(end, match.end() + NEAR_FAMILY_WORD), end)
        lo, hi = (start if lo == -1 else lo + 1), (end if hi == -1 else hi)
        if pieces and lo <= pieces[-1][1]:
            pieces[-1][1] = max(pieces[-1][1], hi)
        else:
            pieces.append([lo, hi])
    return [(lo, hi) for lo, hi in pieces if text[lo:hi].strip()]


def _without_cut_quotes(text: str, spans, runs: list[list[int]]) -> list[list[int]]:
    """The runs widened to whole sentences around every quotation that crosses their edges, merged where they meet.

    Quotations are in order and never overlap, so those touching a run are found
    by bisection: the cost is linear in the number of runs and quotations.
    """
    from lintkit.nlp.context import quote_spans

    last = len(text) - 1
    quotes = [(s - 1, min(e, last)) for s, e in quote_spans(text)]  # the marks included (an open quote runs to the end)
    if not quotes:
        return runs
    starts = [s for s, _ in spans]
    quote_starts = [qs for qs, _ in quotes]
    quote_ends = [qe for _, qe in quotes]

    def sentence_of(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    def widened(first: int, final: int) -> tuple[int, int]:
        while True:
            touching = bisect.bisect_left(quote_ends, spans[first][0]), bisect.bisect_left(quote_starts, spans[final][1])
            if touching[0] >= touching[1]:
                return first, final
            wider = min(first, sentence_of(quotes[touching[0]][0])), max(final, sentence_of(quotes[touching[1] - 1][1]))
            if wider == (first, final):
                return first, final
            first, final = wider

    merged: list[list[int]] = []
    for run in runs:
        first, final = widened(*run)
        while merged and merged[-1][1] + 1 >= first:
            previous = merged.pop()
            first, final = min(previous[0], first), max(previous[1], final)
        merged.append([first, final])
    return merged
