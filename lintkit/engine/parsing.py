"""Window texts in, window-relative findings out: the loaded pipeline and compiled rules, and the loop over matches.

``parse_texts`` is module level and takes plain data, so a worker process (or a
cluster's worker) can run it on windows cut elsewhere.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from lintkit.config import Config
from lintkit.engine.loader import rules_for
from lintkit.engine.requirements import RequirementIndex, requirement_index
from lintkit.findings import Evidence, Finding
from lintkit.nlp.prefilter import words_of

if TYPE_CHECKING:  # spaCy and the matcher load with the pipeline, never for a text with no family word
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    from lintkit.engine.matching import CompiledRules, Match

BATCH_SIZE = 32
# A lone surrogate (text decoded with surrogateescape, or built by a program) cannot be
# encoded for spaCy's string store; it is parsed as U+FFFD, one character for one.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
TAB_AFTER_STOP = re.compile(r"(?<=[.!?])\t")
# A hyphen typed with a space on each side between words stands for a dash ("our manager - the leader, really - signs").
SPACED_HYPHEN = re.compile(r"(?:(?<=\w )|(?<=\w[\"'’”)] ))-(?= [A-Za-z\"'‘“(])")


@dataclass
class Engine:
    """A loaded pipeline with its compiled rules; built once per process and settings."""

    nlp: Language
    compiled: CompiledRules
    requirements: RequirementIndex  # which patterns can fire in a text
    accepted: PhraseMatcher | None = None  # the user's accepted terms


def engine_key(config: Config) -> tuple:
    """The settings an engine is built from: workers and cluster plug-ins load it with exactly these."""
    return config.model, config.rule_packs, config.accepted_terms, config.plain_spacy


@functools.lru_cache(maxsize=8)
def engine_for(model: str, rule_packs: tuple[str, ...], accepted_terms: tuple[str, ...], plain_spacy: bool = False) -> Engine:
    from lintkit.engine.matching import CompiledRules
    from lintkit.nlp.pipeline import load_pipeline

    nlp = load_pipeline(model, plain_spacy=plain_spacy)
    rules = [r for r in rules_for(rule_packs).values() if r.patterns]
    compiled = CompiledRules(rules, nlp.vocab, plain_spacy=plain_spacy)
    accepted = None
    if accepted_terms:
        from spacy.matcher import PhraseMatcher

        accepted = PhraseMatcher(nlp.vocab, attr="LOWER")
        accepted.add("ACCEPTED", [nlp.make_doc(term) for term in accepted_terms])
    return Engine(nlp, compiled, requirement_index(rule_packs), accepted)


def parse_texts(texts: Sequence[str], contexts: Sequence[str | None], config: Config, path: str) -> list[list[Finding]]:
    """Window-relative findings of each text (module level, so a worker process can run it)."""
    engine = engine_for(*engine_key(config))
    docs = engine.nlp.pipe((_tokens_for_parsing(engine.nlp, text) for text in texts), batch_size=BATCH_SIZE)
    return [_findings_in_doc(doc, text, engine, path, c) for doc, text, c in zip(docs, texts, contexts)]


def _tokens_for_parsing(nlp: Language, text: str) -> Doc:
    """``text`` as the parser should see it (case normalised, hashtags cut into words, pictographs blank, labels
    cut off), offsets unchanged."""
    from lintkit.nlp.case import for_parsing
    from lintkit.nlp.hashtags import hashtag_parts, split_hashtags
    from lintkit.nlp.labels import mark_label_ends
    from lintkit.nlp.pictographs import blank_pictographs
    from lintkit.nlp.sentences import mark_blank_after_stop, mark_subjectless_opener_ends

    # Blank space at the end (a pictograph blanked after the last sentence, a trailing line break) is not parsed: as a
    # token of its own it moved the parse of the sentence before it ("... is by definition a leader. 👩‍💼").
    text = blank_pictographs(LONE_SURROGATE.sub("\ufffd", text)).rstrip()
    tags = hashtag_parts(text)
    doc = nlp.make_doc(_with_final_stop(for_parsing(_spaced_hyphens_as_dashes(_tabs_after_stops_as_spaces(text)))))
    if tags:
        doc = split_hashtags(doc, tags)
    mark_label_ends(doc)
    mark_blank_after_stop(doc)
    mark_subjectless_opener_ends(doc)
    return doc


def _tabs_after_stops_as_spaces(text: str) -> str:
    """A tab after a sentence's stop as a space: the tokenizer makes a tab a word of its own, and the parser then ran
    the sentence on into the next ("Note.<tab>Managers or leaders?" read as one). One character for one, so no
    offset moves."""
    return TAB_AFTER_STOP.sub(" ", text)


def _spaced_hyphens_as_dashes(text: str) -> str:
    """A hyphen with a space on each side as the en dash it stands for: the rules read a dash as the edge of an aside or
    a gloss ("who has led - that is, managed - the club"), and the parser, trained on dashes, hangs the words around
    it better. A hyphen inside a word ("leader-manager") or before a number ("- 3") stays. One character for one, so
    no offset moves."""
    return SPACED_HYPHEN.sub("\u2013", text)


def _with_final_stop(text: str) -> str:
    """``text`` with a full stop after a last word that has none ("The moment you manage people, you are leading them"):
    the parser was trained on sentences that end, and reads one left open as a fragment. The stop is a token after
    every character of ``text``, so no offset moves, and no finding ends on it (a span ends on a word). Only after an
    ASCII letter or digit: a line that ends in other script or a pictograph is seldom an English sentence left open,
    and a stop there moved the parse of the sentence before it ("... she was a leader. 日本語")."""
    last = text[-1:]
    return text + "." if last.isascii() and last.isalnum() else text


def _claim_tokens(match: Match) -> tuple:
    """The words whose context is the finding's: all of the match, or its last sentence where that makes the claim."""
    if not match.pattern.claim_in_last_sentence:
        return match.tokens
    last = match.tokens[-1].sent.start
    return tuple(t for t in match.tokens if t.sent.start == last)


def _evidence(match: Match, text: str) -> tuple[Evidence, ...]:
    """The pattern, each family word's relation and what its conditions saw, in the words of ``text`` (the parser may have seen them recased)."""

    from lintkit.engine.conditions import READINGS

    def word(token) -> str:
        return text[token.idx:token.idx + len(token.text)]

    facts = [Evidence(match.pattern.id, "pattern")]
    for token in match.tokens:
        if token._.lk_family:
            facts.append(Evidence(word(token), token.dep_, word(token.head) if token.head.i != token.i else "ROOT"))
    readings = (READINGS[name](match.tokens) for name in match.pattern.conditions if name in READINGS)
    facts.extend(Evidence(reading, "reading") for reading in readings if reading)
    return tuple(facts)


def _findings_in_doc(doc: Doc, text: str, engine: Engine, path: str, block_context: str | None) -> list[Finding]:
    """Findings of a parsed window; ``start``/``end`` are character offsets in the window text."""
    from lintkit.nlp.context import context_of, quotations
    from lintkit.nlp.senses import tag_senses
    from lintkit.nlp.sentences import remember_sentences

    remember_sentences(doc)
    accepted = [(s, e) for _, s, e in engine.accepted(doc)] if engine.accepted is not None else []
    tag_senses(doc, accepted)
    quoted, mentions = quotations(doc)

    def can_fire(text: str) -> frozenset[tuple[str, str]]:
        lowered = text.lower()
        return engine.requirements.patterns(words_of(lowered), lowered)

    findings = []
    for match in engine.compiled(doc, can_fire):
        first, last = doc[match.span[0]], doc[match.span[1] - 1]
        rule = match.rule
        start, end = first.idx, last.idx + len(last.text)
        fix = rule.fix_for(match.pattern.id, text[:start], text[start:end], text[end:])
        findings.append(
            Finding(
                path=path,
                code=rule.code,
                name=rule.name,
                severity=rule.severity,
                message=rule.message,
                start=start,
                end=end,
                suggestion=rule.suggestion,
                context=context_of(_claim_tokens(match), quoted, block_context=block_context, mentions=mentions),
                evidence=_evidence(match, text),
                replacement=fix[0] if fix else None,
                fix_safe=bool(fix and fix[1]),
            )
        )
    return findings
