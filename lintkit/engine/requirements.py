"""What each rule pattern needs to co-occur in a window, derived from the patterns themselves.

A rule fires only where the words its pattern requires occur together: LM001 and
LM002 need a word of each family, LM003 "leadership", LM004 a lead word and a
trait word, and so on. Those requirements are read off the patterns (every
non-optional token that names a family or a word list), so a rule file never has
to restate them; ``engine.windows`` parses only the sentences that meet some.
A condition that tests words of its own declares them (``[needs]`` in the
lexicon), and a token pattern's words must also lie close enough together for
its few tokens to cover them.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable

from lintkit.engine.lemma_needs import forms_needed
from lintkit.engine.loader import rules_for
from lintkit.nlp.prefilter import WORD, family_forms, words_of
from lintkit.resources import lexicon

PLAIN_WORD = re.compile(r"\w+\Z")
PREFIX = 3  # forms inside words are filed under this many first characters
MAX_HELD_WORDS = 200_000  # words (and pieces) whose needs are remembered (a few MB), emptied when full


@dataclass(frozen=True)
class RequiredWord:
    """One required token: its lower-case form is one of ``words`` (plain \\w+ words) or ``other``."""

    words: frozenset[str]
    other: tuple[str, ...] = ()  # forms the word scan cannot see whole ("n't", "i.e.", "c-suite")


@dataclass(frozen=True)
class Requirement:
    """What a pattern needs: every ``RequiredWord`` met in the window (a sentence, or two for cross-sentence patterns)."""

    rule: str
    pattern: str
    needs: tuple[RequiredWord, ...]
    cross_sentence: bool
    # A token pattern's most tokens; the needs of its own tokens (``near``) lie within that many
    # blank-separated pieces of text. None for a dependency pattern, whose words may be anywhere in a sentence.
    reach: int | None = None
    near: tuple[RequiredWord, ...] = ()


def _family_words(spec: dict) -> RequiredWord | None:
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
    return _family_forms_word(tuple(map(str, families)), None if forms is None else tuple(map(str, forms)))


@functools.lru_cache(maxsize=None)
def _family_forms_word(families: tuple[str, ...], forms: tuple[str, ...] | None) -> RequiredWord | None:
    """The words of these families (in these forms): the same few tests recur in hundreds of patterns."""
    return _required_word(tuple(word for word, (fam, form) in family_forms().items() if fam in families and (forms is None or form in forms)))


@functools.lru_cache(maxsize=None)
def _required_word(words: tuple) -> RequiredWord | None:
    words = [str(w).lower() for w in words]
    if not words:
        return None
    return RequiredWord(frozenset(w for w in words if PLAIN_WORD.match(w)), tuple(sorted({w for w in words if not PLAIN_WORD.match(w)})))


def _lower_words(value) -> RequiredWord | None:
    if isinstance(value, str):
        return _required_word((value,))
    if isinstance(value, dict) and isinstance(value.get("IN"), list) and all(isinstance(v, str) for v in value["IN"]):
        return _required_word(tuple(value["IN"]))
    return None


def _lemma_values(value) -> list | None:
    """The lemmas a ``LEMMA`` test accepts: a plain value or an ``IN`` list (None for any other test)."""
    lemmas = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) else None
    return lemmas if isinstance(lemmas, list) else None


def _lemma_words(value) -> RequiredWord | None:
    """A lemma test as the strings its words hold ("teach" or "taught"), when the table knows every lemma."""
    lemmas = _lemma_values(value)
    forms = forms_needed(lemmas) if lemmas is not None else None
    return None if forms is None else RequiredWord(frozenset(), forms)


def _token_needs(token: dict) -> list[RequiredWord]:
    needs = []
    for attrs in (token, token.get("RIGHT_ATTRS") or {}):
        if not isinstance(attrs, dict):
            continue
        family = _family_words(attrs.get("_") or {})
        if family is not None:
            needs.append(family)
        for key, read in (("LOWER", _lower_words), ("NORM", _lower_words), ("LEMMA", _lemma_words)):
            if key in attrs:
                words = read(attrs[key])
                if words is not None:
                    needs.append(words)
    return needs


def _required_tokens(pattern):
    """Each variant of ``pattern``: its spec, and the token specs a match cannot do without."""
    from lintkit.engine.matching import expand, is_required  # the matcher's conditions load only when some file is worth parsing

    for spec in expand(pattern.spec):
        yield spec, [token for token in spec if isinstance(token, dict) and (pattern.kind != "token" or is_required(token))]


def lemmas_tested(rules) -> set[str]:
    """The lemmas the required tokens of ``rules``' patterns and their conditions' needs test (what
    ``rules/lemma-forms.toml`` must cover)."""
    found: set[str] = set()
    for rule in rules:
        for pattern in rule.patterns:
            for _, tokens in _required_tokens(pattern):
                for token in tokens:
                    for attrs in (token, token.get("RIGHT_ATTRS") or {}):
                        lemmas = _lemma_values(attrs.get("LEMMA")) if isinstance(attrs, dict) else None
                        found.update(lemma for lemma in lemmas or () if isinstance(lemma, str))
            for condition in pattern.conditions:
                found.update(_needed_words(condition, "lemmas"))
    return found


def _declared_need(condition: str) -> dict:
    """The lexicon's ``[needs]`` entry of ``condition`` ({} when it declares none)."""
    return lexicon().get("needs", {}).get(condition) or {}


def _needed_words(condition: str, kind: str) -> tuple[str, ...]:
    """The words (``kind`` "words") or lemmas ("lemmas") of the lists ``condition`` needs one of."""
    from lintkit.engine.conditions.words import condition_words  # as for ``expand``: conditions load only when needed

    need = _declared_need(condition)
    words = condition_words(need["rule"]) if need else {}
    return tuple(sorted({word for name in need.get(kind, ()) for word in words[name]}))


@functools.lru_cache(maxsize=None)
def condition_need(condition: str) -> RequiredWord | None:
    """The words ``condition`` cannot hold without (the lexicon's ``[needs]``), as one more required token.

    A condition tests words the pattern does not name ("a gift no classroom can give": the teaching is the
    condition's), so without this every sentence with the pattern's own words would be parsed for it. None when
    the condition declares nothing, or a lemma it needs is not in the forms table.
    """
    if not _declared_need(condition):
        return None
    lemmas = _needed_words(condition, "lemmas")
    forms = forms_needed(lemmas) if lemmas else ()
    words = _needed_words(condition, "words")
    plain = _required_word(words) if words else RequiredWord(frozenset())
    return None if forms is None else RequiredWord(plain.words, tuple(sorted({*plain.other, *forms})))


def pattern_requirement(rule_code: str, pattern) -> list[Requirement]:
    """Requirements of a pattern (one per family order of ``$A``/``$B``): its required tokens' and its conditions'."""
    conditions = [need for need in map(condition_need, pattern.conditions) if need is not None]
    found = []
    for spec, tokens in _required_tokens(pattern):
        near = tuple(dict.fromkeys(need for token in tokens for need in _token_needs(token)))
        reach = _reach(spec) if pattern.kind == "token" else None
        found.append(Requirement(rule_code, pattern.id, tuple(dict.fromkeys(near + tuple(conditions))), pattern.cross_sentence, reach, near))
    return found


BOUNDS = re.compile(r"\{(\d*)(,?)(\d*)\}")


def _reach(spec: list) -> int | None:
    """The most tokens a match of a token spec covers (None when a repeat has no upper bound)."""
    total = 0
    for token in spec:
        op = token.get("OP") if isinstance(token, dict) else None
        if op in (None, "?"):
            total += 1
        elif op != "!":  # a negated token matches no word of its own
            bounds = BOUNDS.fullmatch(op)
            if bounds is None or (bounds.group(2) and not bounds.group(3)):
                return None
            total += int(bounds.group(3) or bounds.group(1) or 0)
    return total


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
        # Forms of word characters only ("teach", "taught": a lemma's) lie inside one word of the text:
        # each word is searched once for all of them, and what it holds is kept for the next sentence.
        inner = {form: mask for form, mask in by_form.items() if PLAIN_WORD.match(form) and len(form) >= PREFIX}
        self.inner: dict[str, list[tuple[str, int]]] = {}  # by their first three characters
        for form, mask in inner.items():
            self.inner.setdefault(form[:PREFIX], []).append((form, mask))
        self._held: dict[str, int] = {}
        self._pieces: dict[str, int] = {}
        # The other forms filed under one character of theirs (the first that is not a word character,
        # the rarer kind): one substring test rules out a whole file ("n't", "isn’t", "c-suite").
        self.by_form_key: dict[str, list[tuple[str, int]]] = {}
        for form, mask in by_form.items():
            if form not in inner:
                self.by_form_key.setdefault(WORD.sub("", form)[:1], []).append((form, mask))
        # Only a form with a blank can occur across the blank that joins two sentences.
        self.spaced_forms = [(form, mask) for form, mask in by_form.items() if " " in form]
        spaced = 0
        for _, mask in self.spaced_forms:
            spaced |= mask
        # Per pattern, what its own tokens need and how many pieces they may spread over (a need a spaced
        # form meets can lie across pieces, so it is left to the sentence's check).
        self.reaches: dict[tuple[str, str], list[tuple[int, int | None]]] = {}
        for req in reqs:
            self.reaches.setdefault((req.rule, req.pattern), []).append((sum(bit[need] for need in set(req.near)) & ~spaced, req.reach))
        self._reaches_of: dict[frozenset[tuple[str, str]], tuple[tuple[int, int], ...] | None] = {}
        # Per kind (cross-sentence or not), the patterns by their needs: patterns needing the same are checked once.
        by_needs: dict[bool, dict[int, list[tuple[str, str]]]] = {False: {}, True: {}}
        for req in reqs:
            by_needs[req.cross_sentence].setdefault(sum(bit[need] for need in set(req.needs)), []).append((req.rule, req.pattern))
        self.groups = {kind: [(mask, tuple(patterns)) for mask, patterns in masks.items()] for kind, masks in by_needs.items()}
        self.cross_sentence = bool(self.groups[True])
        # The same few sets of met needs recur in sentence after sentence: each is resolved once.
        self._resolved: dict[tuple[int, bool | None], frozenset[tuple[str, str]]] = {}

    def satisfied(self, words: frozenset[str], lowered: str) -> int:
        """The needs (a bit mask) met by text with these words and this lower-case form."""
        found = 0
        for word in words & self.words:
            found |= self.by_word[word]
        if self.inner:
            held = self._held
            for word in words:
                mask = held.get(word)
                found |= self.held_in(word) if mask is None else mask
        for key, forms in self.by_form_key.items():
            if key in lowered:
                for form, mask in forms:
                    if form in lowered:
                        found |= mask
        return found

    def held_in(self, word: str) -> int:
        """The needs met by the word-character forms inside ``word``, worked out once per word.

        The words are the tokenizer's ("don't" gives "do"), and a token lies inside one of them,
        so a lemma's form in a token is found in its word.
        """
        held = 0
        for start in range(len(word) - PREFIX + 1):
            for form, mask in self.inner.get(word[start:start + PREFIX], ()):
                if word.startswith(form, start):
                    held |= mask
        if len(self._held) >= MAX_HELD_WORDS:
            self._held.clear()
        self._held[word] = held
        return held

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

    def pieces(self, lowered: str) -> list[int]:
        """The needs met by each blank-separated piece of lower-case text, in order (a form with no blank lies
        inside one piece). Pieces recur ("the", "and"), so each is worked out once."""
        known = self._pieces
        met = []
        for piece in lowered.split():
            found = known.get(piece)
            if found is None:
                if len(known) >= MAX_HELD_WORDS:
                    known.clear()
                found = known[piece] = self.satisfied(words_of(piece), piece)
            met.append(found)
        return met

    def within_reach(self, patterns: frozenset[tuple[str, str]], pieces: Callable[[], list[int]]) -> bool:
        """Whether one of ``patterns`` (whose needs the text meets) can have its own words close enough for a match.

        A token lies inside one blank-separated piece of text, and every piece a match touches holds one of its
        tokens, so a match of at most n tokens lies within n pieces: a pattern of a few tokens whose words the
        sentence (or the sentences around it) hold only far apart cannot fire there. ``pieces()`` gives the
        needs met by each piece; it is called only when every pattern here has a reach.
        """
        reaches = self._reaches_of.get(patterns, False)
        if reaches is False:
            pairs = {pair for pattern in patterns for pair in self.reaches.get(pattern, ((0, None),))}
            reaches = self._reaches_of[patterns] = None if any(reach is None for _, reach in pairs) else tuple(pairs)
        if reaches is None:
            return True
        met = pieces()
        return any(_close_enough(met, mask, reach) for mask, reach in reaches)

    def patterns(self, words: frozenset[str], lowered: str, *, cross_sentence: bool | None = None) -> frozenset[tuple[str, str]]:
        """(rule code, pattern id) of the patterns whose needs are all met (of one kind, or of both)."""
        return self.resolved(self.satisfied(words, lowered), cross_sentence)

    def resolved(self, satisfied: int, cross_sentence: bool | None = None) -> frozenset[tuple[str, str]]:
        """The patterns (of one kind, or of both) whose needs are all in ``satisfied``."""
        key = (satisfied, cross_sentence)
        found = self._resolved.get(key)
        if found is None:
            kinds = (False, True) if cross_sentence is None else (cross_sentence,)
            found = self._resolved[key] = frozenset(
                pattern for kind in kinds for mask, patterns in self.groups[kind] if mask & satisfied == mask for pattern in patterns
            )
        return found


def _close_enough(pieces: list[int], mask: int, reach: int) -> bool:
    """Whether some ``reach`` consecutive pieces together meet every need in ``mask``."""
    if not mask:
        return True
    hits = [(i, met & mask) for i, met in enumerate(pieces) if met & mask]
    for n, (first, met) in enumerate(hits):
        found = met
        for i, more in hits[n + 1:]:
            if i >= first + reach or found == mask:
                break
            found |= more
        if found == mask:
            return True
    return False


def requirements(rules) -> tuple[Requirement, ...]:
    """Requirements of every pattern of ``rules`` (an iterable of Rule)."""
    return tuple(req for rule in rules for pattern in rule.patterns for req in pattern_requirement(rule.code, pattern))


@functools.lru_cache(maxsize=8)
def requirements_for(rule_packs: tuple[str, ...] = ()) -> tuple[Requirement, ...]:
    """What each pattern of the shipped rules and these packs needs to co-occur in a window."""
    return requirements(r for r in rules_for(rule_packs).values() if r.patterns)


@functools.lru_cache(maxsize=8)
def requirement_index(rule_packs: tuple[str, ...] = ()) -> RequirementIndex:
    """The requirements compiled for fast checks."""
    return RequirementIndex(requirements_for(rule_packs))
