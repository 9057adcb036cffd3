"""Compiles rule patterns into spaCy matchers once, and runs them over a parsed Doc.

Patterns are data (see rules/README.md). Two conveniences are expanded here
rather than written twice in every rule file: ``"$A"``/``"$B"`` stand for the
two families in both orders, so "leaders, not managers" and "managers, not
leaders" share one pattern; and ``"SPAN": true`` marks the tokens a finding
should cover.

Patterns name the sense layer's tags as token extension attributes
(``_ = { lk_family = "lead", lk_form = "verb" }``); a name the sense layer does
not set is an error when rules load. Unless spaCy runs plain, they are
translated to the token slots the sense layer also writes
(``nlp.spacy_shortcuts.in_slots``).
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from lintkit.engine.conditions import CONDITIONS, LEARNED_CLAIMS
from lintkit.engine.rule import Pattern, Rule
from lintkit.errors import LintkitError
from lintkit.nlp.context import QUOTE_MARKS
from lintkit.nlp.senses import MATCHED_EXTENSIONS, family_words
from lintkit.resources import rules_dir
from lintkit.nlp.spacy_shortcuts import in_slots, read_slots

FAMILY_ORDERS = ({"$A": "lead", "$B": "manage"}, {"$A": "manage", "$B": "lead"})
SPAN_KEY = "SPAN"
# The most optional copies of one token spec left to spaCy; a wider range is compiled as one exact count per length.
MAX_OPTIONAL_COPIES = 8
RANGE_OP = re.compile(r"\{(\d*),(\d*)\}")
OPTIONAL_OPS = {"?", "*", "!"}
# Word attributes whose tests in a pattern are read as needs of the span it runs on (hash values, as spaCy stores them).
WORD_ATTRIBUTES = ("LEMMA", "LOWER", "ORTH", "NORM", "TAG", "DEP")
Need = tuple[str, frozenset]  # what is tested ("family", "sense" or a word attribute) and the values that pass


@dataclass(frozen=True)
class Match:
    rule: Rule
    pattern: Pattern
    tokens: tuple  # spaCy tokens the pattern matched, in document order
    span: tuple[int, int]  # token range the finding covers


def _substitute(value, order):
    if isinstance(value, str):
        return order.get(value, value)
    if isinstance(value, list):
        return [_substitute(v, order) for v in value]
    if isinstance(value, dict):
        return {k: _substitute(v, order) for k, v in value.items()}
    return value


def _uses_placeholders(spec) -> bool:
    return "$A" in repr(spec) or "$B" in repr(spec)


def expand(spec: list) -> list[list]:
    """Both family orders for a spec that names ``$A``/``$B``, each also after a label (see ``_after_label``)."""
    orders = [_substitute(spec, order) for order in FAMILY_ORDERS] if _uses_placeholders(spec) else [spec]
    return [variant for ordered in orders for variant in _after_label(ordered)]


def _after_label(spec: list) -> list[list]:
    """A spec that opens a sentence also opens the clause after a label: "Note: What is leadership, if not ...".

    The parser keeps "Note:" in the sentence, so ``IS_SENT_START`` alone would miss it.
    """
    first = spec[0] if spec else None
    if not isinstance(first, dict) or first.get("IS_SENT_START") is not True:
        return [spec]
    opening = {key: value for key, value in first.items() if key != "IS_SENT_START"}
    return [spec, [{"ORTH": ":"}, {"IS_SPACE": True, "OP": "?"}, opening, *spec[1:]]]


def _checked(token: dict, attrs_key: str | None, slots: bool) -> dict:
    """``token`` if the extensions it names are ones the sense layer sets (spaCy would fail only at match time), in slots with ``slots``."""
    target = token.get(attrs_key, {}) if attrs_key else token
    for name in target.get("_", {}):
        if name not in MATCHED_EXTENSIONS:
            raise ValueError(f"unknown token extension {name!r} (allowed: {', '.join(MATCHED_EXTENSIONS)})")
    if slots:
        in_slots(target)
    return token


def split_span_marks(spec: list, kind: str = "token", *, slots: bool = True) -> tuple[list, frozenset[int]]:
    """The spec ready for spaCy (sense tags read from the token slots with ``slots``), and the indices of the token specs marked ``SPAN``."""
    attrs_key = "RIGHT_ATTRS" if kind == "dependency" else None
    clean = [_own_copy(token, attrs_key) for token in spec]
    marked = frozenset(i for i, token in enumerate(clean) if isinstance(token, dict) and token.pop(SPAN_KEY, False))
    return [_checked(token, attrs_key, slots) for token in clean], marked


def _own_copy(token, attrs_key: str | None):
    """A token spec whose dicts this module changes (the spec, its ``RIGHT_ATTRS``) are copies: the rule keeps
    its pattern as loaded. The values inside are only read, so they are shared (a deep copy of every pattern
    was a tenth of start-up)."""
    if not isinstance(token, dict):
        return token
    copied = dict(token)
    if attrs_key and isinstance(copied.get(attrs_key), dict):
        copied[attrs_key] = dict(copied[attrs_key])
    return copied


def _invalid(rule: Rule, pattern: Pattern, exc: Exception) -> LintkitError:
    message = " ".join(str(exc).split())[:300]
    return LintkitError(f"invalid {pattern.kind} pattern ({message})", path=rule.path, key=f"patterns.{pattern.id}")


def _shipped(rule: Rule) -> bool:
    """Whether a rule comes with lintkit (its patterns are checked by the tests, so they can be built when needed)."""
    return bool(rule.path) and Path(rule.path).parent == rules_dir()


def _exact_counts(token: dict) -> list[dict]:
    """One spec per count for a wide ``{a,b}`` range; the spec itself otherwise."""
    found = RANGE_OP.fullmatch(str(token.get("OP", "")))
    if found is None or not found.group(2):
        return [token]
    low, high = int(found.group(1) or 0), int(found.group(2))
    if high - low <= MAX_OPTIONAL_COPIES:
        return [token]
    return [{**token, "OP": f"{{{count}}}"} for count in range(low, high + 1)]


def spacy_patterns(spec: list) -> list[list]:
    """The token patterns spaCy's Matcher gets for one spec: the same matches, with no range wider than ``MAX_OPTIONAL_COPIES``.

    spaCy turns ``{a,b}`` into ``a`` required and ``b - a`` optional copies and
    keeps one state for every way of spreading a run of words over the optional
    copies: C(24, k) states for k words under ``{1,25}``, seconds and gigabytes on one
    long sentence (measured in benchmarks/README.md). An exact count ``{k}`` has one way. ``{0}`` drops the token
    and keeps the others' indices, so alignments and ``SPAN`` marks hold; spaCy
    reports a (start, end) once per key, whichever count found it.
    """
    return [list(tokens) for tokens in itertools.product(*(_exact_counts(token) for token in spec))]


def is_required(token: dict) -> bool:
    """Whether a token spec of a token pattern must match a word (it is not optional, repeated from zero or negated)."""
    op = token.get("OP")
    if op is None or op == "+":
        return True
    if op in OPTIONAL_OPS:
        return False
    bounds = re.fullmatch(r"\{(\d*),?(\d*)\}", op)
    return bool(bounds and bounds.group(1) and int(bounds.group(1)) >= 1)


def _tag_values(value) -> frozenset[str] | None:
    """The values a pattern's test of one attribute accepts: a plain value or an ``IN`` list (None for any other test: no need is read from it)."""
    if isinstance(value, str):
        return frozenset([value]) if value else None
    if isinstance(value, dict) and list(value) == ["IN"] and isinstance(value["IN"], list):
        return frozenset(value["IN"])
    return None


def word_needs(spec: list, kind: str = "token") -> tuple[Need, ...]:
    """What the words of a span must hold for a spec to match there: one need per test of a required token.

    The word scan behind ``can_fire`` reads the text, not the parse: it sees
    "lead" but not its sense (the sense layer sets "lead paint" aside), nor a
    lemma ("stepped" for "step") or a tag. A need is (what is tested, the values
    that pass): a family (``"family"``), a family with its form (``"sense"``,
    as pairs), or a word attribute in ``WORD_ATTRIBUTES``; each token is
    tested alone, so a need is one that no match can do without.
    """
    needs = []
    for token in spec:
        if not isinstance(token, dict) or (kind == "token" and not is_required(token)):
            continue
        attrs = token.get("RIGHT_ATTRS") if kind == "dependency" else token
        if not isinstance(attrs, dict):
            continue
        tags = attrs.get("_") if isinstance(attrs.get("_"), dict) else {}
        families, forms = _tag_values(tags.get("lk_family")), _tag_values(tags.get("lk_form"))
        if families and forms:
            needs.append(("sense", frozenset(itertools.product(families, forms))))
        elif families:
            needs.append(("family", families))
        needs.extend((name, values) for name in WORD_ATTRIBUTES if name in attrs and (values := _tag_values(attrs[name])))
    return tuple(needs)


def _hashed(needs: tuple[Need, ...]) -> tuple[Need, ...]:
    """Needs with the values of word attributes as the ids spaCy stores for them."""
    from spacy.strings import get_string_id

    return tuple((need, values if need in ("family", "sense") else frozenset(map(get_string_id, values))) for need, values in needs)


class _Words:
    """What the words of a doc hold, per span (family, sense and the word attributes in ``WORD_ATTRIBUTES``), read once per doc."""

    def __init__(self, doc, slots: bool):
        if slots:  # where the patterns read them
            self.tagged = read_slots(doc)
        else:
            self.tagged = [(token.i, token._.lk_family, token._.lk_form) for token, _ in family_words(doc) if token._.lk_family]
        # The word attributes, then each word's head (as an offset) and whether it starts a sentence.
        self.attributes = doc.to_array([*WORD_ATTRIBUTES, "HEAD", "SENT_START"]) if len(doc) else None
        self.held: dict[tuple[int, int, str], set] = {}

    def trees_in_sentences(self) -> bool:
        """Whether the head of every word is in the word's sentence, so that each parse tree lies in one sentence.

        The parser draws its sentences around its trees; a doc whose sentences
        were set otherwise has its dependency patterns matched whole.
        """
        if self.attributes is None:
            return True
        import numpy

        heads, starts = self.attributes[:, len(WORD_ATTRIBUTES):].T
        sentence = numpy.cumsum(starts == 1)
        return bool((sentence[numpy.arange(len(sentence), dtype=numpy.uint64) + heads] == sentence).all())

    def _holds(self, start: int, end: int, need: str) -> set:
        held = self.held.get((start, end, need))
        if held is None:
            if need == "family":
                held = {family for i, family, _ in self.tagged if start <= i < end}
            elif need == "sense":
                held = {(family, form) for i, family, form in self.tagged if start <= i < end}
            else:
                held = set(self.attributes[start:end, WORD_ATTRIBUTES.index(need)].tolist())
            self.held[start, end, need] = held
        return held

    def meet(self, alternatives: list[tuple[Need, ...]], start: int, end: int) -> bool:
        """Whether the words of tokens ``start:end`` meet every need of one of the alternatives (the specs of a matcher)."""
        return any(all(not self._holds(start, end, need).isdisjoint(values) for need, values in needs) for needs in alternatives)


class CompiledRules:
    """Each pattern in a Matcher (or DependencyMatcher) of its own, shared by patterns with the same words.

    One matcher per pattern, so a window or sentence where a pattern cannot
    fire (most of LM001's need both families and a gloss word) never runs it:
    matching is a large part of the cost. Patterns whose token specs are the same
    (two family words a few tokens apart, told apart by their conditions) share
    one matcher, run once per window for all of them.

    The matchers of the packs lintkit ships are built when first run: building
    all of them is a sixth of a second before anything can be parsed, and a
    handbook needs fewer than half of them, a memo one in seven (the tests build
    every one). Workers forked before any is built each build only what their
    windows need, in parallel. A pack from elsewhere is built whole at once, so
    a mistake in any of its patterns is reported when the rules load.
    """

    def __init__(self, rules: Iterable[Rule], vocab, *, plain_spacy: bool = False):
        self.vocab = vocab
        self.matchers: dict[tuple[str, str], tuple[bool, object]] = {}  # (is a token pattern, matcher), one per shared spec, once built
        self.unbuilt: dict[tuple[str, str], tuple[Rule, Pattern, list[tuple[str, list]]]] = {}  # per matcher: its specs for spaCy, by key
        self.sharers: dict[tuple[str, str], list[tuple[str, str]]] = {}  # the patterns each matcher runs for, in rule order
        self.owner_of: dict[tuple[str, str], tuple[str, str]] = {}  # the pattern whose matcher each pattern shares
        self.keys: dict[int, list[tuple[Rule, Pattern, frozenset[int]]]] = {}
        self.per_sentence: set[tuple[str, str]] = set()  # token patterns that cannot span two sentences
        self.per_tree: set[tuple[str, str]] = set()  # dependency patterns: a match is one parse tree
        self.order: list[tuple[str, str]] = []  # every pattern, in rule order: the order its matches are yielded in
        self.slots = not plain_spacy
        self.needs: dict[tuple[str, str], list[tuple[Need, ...]]] = {}  # per matcher: what each of its specs needs of a span
        first_with_spec: dict[tuple, tuple[str, str]] = {}
        for rule in rules:
            built_when_run = _shipped(rule)
            for pattern in rule.patterns:
                name = (rule.code, pattern.id)
                self.order.append(name)
                if pattern.kind == "token" and not pattern.cross_sentence:
                    self.per_sentence.add(name)
                elif pattern.kind == "dependency":
                    self.per_tree.add(name)
                specs = list(expand(pattern.spec))
                signature = (pattern.kind, pattern.cross_sentence, repr(specs))
                owner = first_with_spec.setdefault(signature, name)
                self.owner_of[name] = owner
                if owner != name:
                    self.sharers[owner].append(name)
                    for n, spec in enumerate(specs):
                        _, marked = split_span_marks(spec, pattern.kind, slots=not plain_spacy)
                        self.keys[vocab.strings[f"{owner[0]}:{owner[1]}:{n}"]].append((rule, pattern, marked))
                    continue
                self.sharers[name] = [name]
                self.needs[name] = [_hashed(word_needs(spec, pattern.kind)) for spec in specs]
                cleaned = []
                for n, spec in enumerate(specs):
                    key = f"{rule.code}:{pattern.id}:{n}"
                    try:
                        clean, marked = split_span_marks(spec, pattern.kind, slots=not plain_spacy)
                    except Exception as exc:
                        raise _invalid(rule, pattern, exc) from None
                    cleaned.append((key, clean))
                    self.keys[vocab.strings[key]] = [(rule, pattern, marked)]
                self.unbuilt[name] = (rule, pattern, cleaned)
                if not built_when_run:
                    self.matcher(name)

    def matcher(self, owner: tuple[str, str]) -> tuple[bool, object]:
        """The matcher ``owner``'s patterns share, (is a token pattern, matcher), built the first time it is asked for."""
        built = self.matchers.get(owner)
        if built is None:
            built = self.matchers[owner] = self._build(*self.unbuilt[owner])
        return built

    def _build(self, rule: Rule, pattern: Pattern, cleaned: list[tuple[str, list]]) -> tuple[bool, object]:
        from spacy.matcher import DependencyMatcher, Matcher

        from lintkit.engine.gaps import GapMatcher, gap_shape

        token_kind = pattern.kind == "token"
        if token_kind and all(gap_shape(clean) for _, clean in cleaned):
            try:
                return True, GapMatcher(self.vocab, cleaned)
            except Exception as exc:
                raise _invalid(rule, pattern, exc) from None
        matcher = Matcher(self.vocab, validate=True) if token_kind else DependencyMatcher(self.vocab, validate=True)
        for key, clean in cleaned:
            try:
                matcher.add(key, spacy_patterns(clean) if token_kind else [clean])
            except Exception as exc:
                raise _invalid(rule, pattern, exc) from None
        return token_kind, matcher

    def _spans(self, doc, can_fire, words: _Words) -> dict[tuple[str, str], list]:
        """Where each pattern runs: over the whole doc, or, if it cannot span sentences, over each sentence it can fire in.

        Running a pattern only over the sentences holding its words cuts the
        matching work about threefold on real text. A dependency pattern's
        sentences are where one of its trees can be (see ``runs``), as long as
        every tree lies in one sentence.
        """
        if can_fire is None:
            return {name: [doc] for names in self.sharers.values() for name in names}
        by_sentence = self.per_sentence | self.per_tree if words.trees_in_sentences() else self.per_sentence
        spans: dict[tuple[str, str], list] = {}
        text = doc.text
        for name in can_fire(text):
            if name not in by_sentence:
                spans[name] = [doc]
        for sentence in doc.sents:
            for name in can_fire(text[sentence.start_char:sentence.end_char]):
                if name in by_sentence:
                    spans.setdefault(name, []).append(sentence)
        return spans

    def runs(self, doc, can_fire=None) -> Iterator[tuple[tuple[str, str], list[tuple[object, set]]]]:
        """Each matcher's runs: its name and the spans it runs over, each once, with the sharers that can fire there.

        A span whose words cannot meet the needs of any of the matcher's specs
        (``word_needs``: its "lead" set aside as paint, no lemma "step") is left
        out: no match could come of it, and running the matcher there would cost
        as much as where it matches. A DependencyMatcher reads the whole doc, so
        it runs once there for the sentences that hold the words of a tree of its:
        most windows that hold them all hold them in different sentences.
        """
        words = _Words(doc, self.slots)
        spans = self._spans(doc, can_fire, words)
        for owner in dict.fromkeys(self.owner_of[name] for name in spans if name in self.owner_of):  # most matchers have nowhere to run in a window
            runs: dict[tuple[int, int, bool], tuple[object, set]] = {}  # each span once (the whole doc told from its only sentence)
            for name in self.sharers[owner]:
                for span in spans.get(name, ()):
                    bounds = (0, len(doc), True) if span is doc else (span.start, span.end, False)
                    runs.setdefault(bounds, (span, set()))[1].add(name)
            met = [(span, names) for (start, end, _), (span, names) in runs.items() if words.meet(self.needs[owner], start, end)]
            if owner in self.per_tree and met:
                met = [(doc, set().union(*(names for _, names in met)))]
            yield owner, met

    def _matched(self, owner: tuple[str, str], doc, span) -> Iterator[tuple[int, tuple, list]]:
        """The matches of a matcher over a span: (key, tokens in document order, (token, index of its spec) pairs)."""
        token_kind, matcher = self.matcher(owner)
        if not token_kind:
            for key, token_ids in matcher(doc):
                yield key, tuple(sorted((doc[i] for i in token_ids), key=lambda t: t.i)), [(doc[i], n) for n, i in enumerate(token_ids)]
            return
        offset = 0 if span is doc else span.start
        for key, start, end, alignment in matcher(span, with_alignments=True):
            tokens = tuple(doc[offset + start:offset + end])
            yield key, tokens, list(zip(tokens, alignment))

    def _candidates(self, doc, can_fire):
        found: dict[tuple[str, str], list] = {}
        for owner, runs in self.runs(doc, can_fire):
            for name in self.sharers[owner]:
                found[name] = []
            for span, names in runs:
                for key, tokens, placed in self._matched(owner, doc, span):
                    for rule, pattern, marked in self.keys[key]:
                        if (rule.code, pattern.id) in names:
                            span_tokens = [t for t, spec_index in placed if spec_index in marked]
                            found[(rule.code, pattern.id)].append((rule, pattern, tokens, span_tokens))
        for name in self.order:
            yield from found.get(name, ())

    def __call__(self, doc, can_fire: Callable[[str], set[tuple[str, str]]] | None = None) -> list[Match]:
        """Matches in ``doc``; ``can_fire(text)`` names the (rule code, pattern id) pairs that can fire in a text (all, when None)."""
        found = []
        for rule, pattern, tokens, span_tokens in self._candidates(doc, can_fire):
            if not pattern.cross_sentence and len({t.sent.start for t in tokens}) > 1:
                continue
            if not _conditions_hold(pattern, tokens):
                continue
            found.append(Match(rule, pattern, tokens, finding_span(tokens, span_tokens)))
        return yielded(converses_joined(best_matches(without_overreach(found))))


def _conditions_hold(pattern: Pattern, tokens) -> bool:
    """Every condition of the pattern holds; one that finds no word of the kind it looks for (a parse unlike the
    ones it was written for, as in garbled input) does not hold, rather than abort the file."""
    try:
        for name in pattern.conditions:  # a loop, not all(...): in a generator StopIteration turns into RuntimeError
            if not CONDITIONS[name](tokens):
                return False
    except StopIteration:
        return False
    return True


def converses_joined(matches: list[Match]) -> list[Match]:
    """An equation and its converse in the next sentence ("Managers are leaders. Leaders are managers.") are one claim
    stated both ways, as they are inside one sentence, where a rule with one finding per sentence already makes them
    one: a single finding from the first's start to the second's end."""
    kept: list[Match] = []
    for match in matches:
        before = kept[-1] if kept else None
        if before is not None and _converse_of(before, match):
            kept[-1] = Match(before.rule, before.pattern, (*before.tokens, *match.tokens), (before.span[0], match.span[1]))
        else:
            kept.append(match)
    return kept


def _converse_of(first: Match, second: Match) -> bool:
    if first.pattern.id != second.pattern.id or first.rule.code != second.rule.code or not first.rule.one_finding_per_sentence:
        return False
    sentences = [{t.sent.start for t in m.tokens} for m in (first, second)]
    if any(len(s) != 1 for s in sentences) or first.tokens[0].sent.end != second.tokens[0].sent.start:
        return False
    doc = first.tokens[0].doc
    if any(t.text in QUOTE_MARKS for t in doc[first.tokens[0].sent.start:second.tokens[0].sent.end]):
        return False  # a quoted half and the writer's own are two findings with two contexts
    sides = [[t._.lk_family for t in doc[m.span[0]:m.span[1]] if t._.lk_family] for m in (first, second)]
    return all(len(s) == 2 and s[0] != s[1] for s in sides) and sides[0] == sides[1][::-1]


def without_overreach(matches: list[Match]) -> list[Match]:
    """Drop a match that runs on into a later sentence holding a match of the same rule of its own.

    Two flagged sentences in a row ("Managers are out; leaders are in. Out with
    the managers, in with the leaders.") are two findings: a cross-sentence
    match bridging them would otherwise win as the longest and hide both.
    """
    sentences = {id(m): sorted({t.sent.start for t in m.tokens}) for m in matches}
    # From the last sentence back, so a bridge into a sentence whose own match was
    # itself dropped (a repeated pair: S1 S2 S1 S2 bridges as S2 S1) hides nothing.
    own: set[tuple[str, int]] = set()
    kept: set[int] = set()
    for match in sorted(matches, key=lambda m: sentences[id(m)][0], reverse=True):
        first, *later = sentences[id(match)]
        if not any((match.rule.code, start) in own for start in later):
            kept.add(id(match))
            own.add((match.rule.code, first))
    return [m for m in matches if id(m) in kept]


def finding_span(tokens, span_tokens) -> tuple[int, int]:
    """Marked tokens if any; else first to last family word; else the whole match."""
    chosen = list(span_tokens) or [t for t in tokens if t._.lk_family]
    if len(chosen) < 2 and not span_tokens:
        chosen = list(tokens)
    return min(t.i for t in chosen), max(t.i for t in chosen) + 1


def is_back_off(pattern: Pattern) -> bool:
    """A pattern whose finding a learned claim score decides: it adds findings where the rule's other patterns are silent."""
    return any(name in LEARNED_CLAIMS for name in pattern.conditions)


def yielded(matches: list[Match]) -> list[Match]:
    """A family word that one rule reads as a side of its claim is that claim's: a rule that ``yields_to`` it reports nothing on the word.

    LM003 reads "leadership" as the people at the top by its role; in "Leadership won, management
    lost" or "the management shall be exchanged by leadership" the same role makes it one of the two
    functions an LM002 claim sets against each other, which is what the sentence says.
    """
    sides = {(m.rule.code, t.i) for m in matches for t in m.tokens if _a_side(t)}
    kept = [m for m in matches if not any((code, t.i) in sides for code in m.rule.yields_to for t in m.tokens if t._.lk_family)]
    return [m for m in kept if not (is_back_off(m.pattern) and _read_by_another_rule(m, kept))]


def _read_by_another_rule(back_off: Match, matches: list[Match]) -> bool:
    """A back-off's claim about a pair (a word of each family) whose two words another rule's construction reads as
    the sides of its own claim: two claims about one pair exclude each other, and the construction says which the
    sentence makes ("The minute you start managing people you are leading them" names one act twice, it swaps
    nothing), where the learned score only weighed the words."""
    family = [t for t in back_off.tokens if t._.lk_family]
    if len({t._.lk_family for t in family}) < 2:
        return False
    words = {t.i for t in family}
    return any(m.rule.code != back_off.rule.code and not is_back_off(m.pattern) and words <= {t.i for t in m.tokens if _a_side(t)}
               for m in matches)


def _a_side(token) -> bool:
    """A family word that can be a side of a claim: not a modifier of another noun ("our leadership team" is people)."""
    return bool(token._.lk_family) and not (token.dep_ in {"compound", "amod"} and token.head.pos_ in {"NOUN", "PROPN"})


def best_matches(matches: list[Match]) -> list[Match]:
    """One finding per overlapping group of a rule: the longest match wins; a back-off only in a sentence where no other pattern of its rule matched;
    one finding per sentence for a rule whose claim is the sentence's (``one_finding_per_sentence``).

    A back-off's span (two words anywhere in a sentence) may be longer than the
    finding a pattern made there, or beside it: it never replaces that finding,
    nor its context, nor adds a second finding for the same claim.
    """
    kept: list[Match] = []
    claimed: set[tuple[str, int]] = set()  # (rule, sentence start) of the findings patterns made
    reported: set[tuple[str, int]] = set()  # (rule, sentence start) of every finding, for rules with one per sentence
    for match in sorted(matches, key=lambda m: (m.rule.code, is_back_off(m.pattern), -(m.span[1] - m.span[0]), m.span[0])):
        back_off = is_back_off(match.pattern)
        sentence = (match.rule.code, match.tokens[0].sent.start)
        if (back_off and sentence in claimed) or (match.rule.one_finding_per_sentence and sentence in reported):
            continue
        if not any(k.rule.code == match.rule.code and k.span[0] < match.span[1] and match.span[0] < k.span[1] for k in kept):
            kept.append(match)
            reported.add(sentence)
            if not back_off:
                claimed.update((match.rule.code, t.sent.start) for t in match.tokens)
    return sorted(kept, key=lambda m: (m.span[0], m.rule.code))
