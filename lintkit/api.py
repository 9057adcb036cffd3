"""lint_text and lint_document: the one place that wires the layers together (runner.lint_paths reads files into them).

documents (markup -> prose + offset map) -> prefilter -> nlp (parse, senses,
context) -> engine (matches) -> findings (suppressions, policy, location).
Both functions are pure and module-level, so they pickle for multiprocessing or
a distributed engine.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from lintkit.config import Config
from lintkit.documents import markup_for_path, read_document
from lintkit.documents.model import Document, Segment
from lintkit.engine.loader import load_rules
from lintkit.engine.rule import Rule
from lintkit.findings import Evidence, Finding, LineIndex, locate
from lintkit.nlp.prefilter import has_candidate
from lintkit.policy import apply_policy
from lintkit.suppressions import UNUSED_SUPPRESSION, apply_suppressions

BATCH_SIZE = 32


def rules_for(rule_packs: tuple[str, ...] = ()) -> dict[str, Rule]:
    """Every rule by code: the shipped ones (the suppression meta-rule LM100 among them) and rule packs."""
    return _rules_for(tuple(rule_packs))


@functools.lru_cache(maxsize=8)
def _rules_for(rule_packs: tuple[str, ...]) -> dict[str, Rule]:
    return load_rules(rule_packs)


@dataclass
class Engine:
    """A loaded pipeline with its compiled rules; built once per process and settings."""

    nlp: object
    compiled: object
    requirements: object  # prefilter.RequirementIndex: which rules can fire in a text
    accepted: object = None  # a PhraseMatcher of the user's accepted terms


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


def _candidate_segments(document: Document) -> list[Segment]:
    return [s for s in document.segments if has_candidate(s.text)]


@functools.lru_cache(maxsize=8)
def requirements_for(rule_packs: tuple[str, ...] = ()):
    """What each pattern needs to co-occur in a window (derived from the rule files)."""
    from lintkit.nlp.prefilter import requirements

    return requirements(r for r in rules_for(rule_packs).values() if r.patterns)


@functools.lru_cache(maxsize=8)
def requirement_index(rule_packs: tuple[str, ...] = ()):
    """The requirements compiled for fast checks (a prefilter.RequirementIndex)."""
    from lintkit.nlp.prefilter import RequirementIndex

    return RequirementIndex(requirements_for(rule_packs))


@dataclass(frozen=True)
class Window:
    """A substring ``segment.text[start:end]`` to parse; offsets in it shift by ``start``.

    Its findings are those that start in ``segment.text[keep_start:keep_end]``:
    the pieces of an over-long paragraph overlap (see ``nlp.bounded``).
    """

    segment: int  # index into the candidate segments
    start: int
    end: int
    keep_start: int
    keep_end: int

    def owns(self, finding: Finding) -> bool:
        return self.keep_start <= self.start + finding.start < self.keep_end


def parse_windows(segments: list[Segment], config: Config, whole: bool = False) -> list[Window]:
    """The windows of ``segments`` that can fire a rule, in document order (each segment whole with ``whole``).

    No window is longer than ``nlp.bounded.MAX_WINDOW``, whatever the paragraph's length.
    """
    from lintkit.nlp.bounded import bounded_pieces
    from lintkit.nlp.prefilter import parse_windows as windows_of

    index = requirement_index(config.rule_packs)
    return [
        Window(i, piece.start, piece.end, piece.keep_start, piece.keep_end)
        for i, s in enumerate(segments)
        for start, end in ([(0, len(s.text))] if whole else windows_of(s.text, index))
        for piece in bounded_pieces(s.text, start, end)
    ]


def _evidence(match, text: str) -> tuple[Evidence, ...]:
    """The pattern, each family word's relation and what its conditions saw, in the words of ``text`` (the parser may have seen them recased)."""

    def word(token) -> str:
        return text[token.idx:token.idx + len(token.text)]

    from lintkit.engine.conditions import READINGS

    facts = [Evidence(match.pattern.id, "pattern")]
    for token in match.tokens:
        if token._.lk_family:
            facts.append(Evidence(word(token), token.dep_, word(token.head) if token.head.i != token.i else "ROOT"))
    readings = (READINGS[name](match.tokens) for name in match.pattern.conditions if name in READINGS)
    facts.extend(Evidence(reading, "reading") for reading in readings if reading)
    return tuple(facts)


def _findings_in_doc(doc, text: str, engine: Engine, path: str, block_context: str | None) -> list[Finding]:
    """Findings of a parsed window; ``start``/``end`` are character offsets in the window text."""
    from lintkit.nlp.context import context_of, quotations
    from lintkit.nlp.prefilter import words_of
    from lintkit.nlp.senses import tag_senses

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
                context=context_of(match.tokens, quoted, block_context=block_context, mentions=mentions),
                evidence=_evidence(match, text),
                replacement=fix[0] if fix else None,
                fix_safe=bool(fix and fix[1]),
            )
        )
    return findings


def _segment_context(segment: Segment) -> str | None:
    """Quoted in a block quote (unless it is the writer's call-out), attributed in a reading-list entry."""
    from lintkit.documents.callouts import is_callout
    from lintkit.nlp.context import ATTRIBUTED, QUOTED

    if segment.quoted and not is_callout(segment.text):
        return QUOTED
    return ATTRIBUTED if segment.cited else None


# A lone surrogate (text decoded with surrogateescape, or built by a program) cannot be
# encoded for spaCy's string store; it is parsed as U+FFFD, one character for one.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def parse_texts(texts: Sequence[str], contexts: Sequence[str | None], config: Config, path: str) -> list[list[Finding]]:
    """Window-relative findings of each text (module level, so a worker process can run it)."""
    from lintkit.nlp.case import for_parsing

    engine = engine_for(config.model, config.rule_packs, config.accepted_terms, config.plain_spacy)
    docs = engine.nlp.pipe([for_parsing(LONE_SURROGATE.sub("\ufffd", text)) for text in texts], batch_size=BATCH_SIZE)
    return [_findings_in_doc(doc, text, engine, path, c) for doc, text, c in zip(docs, texts, contexts)]


def _placed(finding: Finding, segment: Segment, base: int) -> Finding:
    start, end = segment.source_span(base + finding.start, base + finding.end)
    return replace(finding, start=start, end=end)


@dataclass(frozen=True)
class ParseWork:
    """The windows of one document to parse: their text and context, and where each sits in the source.

    Plain data, so one process can cut a document into windows and another parse them.
    """

    texts: tuple[str, ...] = ()
    contexts: tuple[str | None, ...] = ()
    placements: tuple[Window, ...] = ()  # per window: its segment's index, place and the span it owns
    segments: tuple[Segment, ...] = ()


def parse_work(document: Document, config: Config, *, whole: bool = False) -> ParseWork:
    """The windows of ``document`` that can fire a rule (each candidate segment whole with ``whole``)."""
    segments = _candidate_segments(document)
    if not segments:
        return ParseWork()
    windows = parse_windows(segments, config, whole)
    return ParseWork(
        tuple(segments[w.segment].text[w.start:w.end] for w in windows),
        tuple(_segment_context(segments[w.segment]) for w in windows),
        tuple(windows),
        tuple(segments),
    )


def placed(work: ParseWork, results: Sequence[list[Finding]], source: str) -> list[Finding]:
    """Window-relative findings (one list per window of ``work``) moved to offsets in ``source``."""
    return [
        _fix_as_written(_placed(f, work.segments[window.segment], window.start), text[f.start:f.end], source)
        for text, window, found in zip(work.texts, work.placements, results)
        for f in found
        if window.owns(f)  # a bounded piece of a long window reports only what starts in its own part
    ]


# Window-relative findings of each window text: ``parse_texts`` or anything that gives the same
# (spread over worker processes, or served from the findings of unchanged windows).
Parser = Callable[[Sequence[str], Sequence["str | None"], Config, str], list[list[Finding]]]


def find(document: Document, config: Config, path: str, *, whole: bool = False, parser: Parser | None = None) -> list[Finding]:
    """Raw findings of every rule (before suppressions and policy).

    Only candidate segments are looked at, and in them only the sentence windows
    that can fire a rule are parsed (``whole=True`` parses each candidate segment
    whole, the reference the windows are tested against; results are the same).
    """
    work = parse_work(document, config, whole=whole)
    if not work.texts:
        return []  # nothing to parse: spaCy is never imported
    return placed(work, (parser or parse_texts)(work.texts, work.contexts, config, path), document.source)


def _fix_as_written(finding: Finding, words: str, source: str) -> Finding:
    """The finding without its rewrite where the source does not read as the words the fix was made for.

    Markup inside the span (``**leaders**, not managers``) or a line break the
    reader joined would otherwise be lost or garbled by the edit.
    """
    if finding.replacement is None or source[finding.start:finding.end] == words:
        return finding
    return replace(finding, replacement=None, fix_safe=False)


def finish(document: Document, raw: list[Finding], *, path: str, config: Config) -> list[Finding]:
    """The findings reported: ``raw`` less what comments suppress (plus LM100), after the policy, with line and column."""
    index = LineIndex(document.source)
    rules = rules_for(config.rule_packs)
    kept = apply_suppressions(raw, document, index, path, lambda code: code in rules and config.is_selected(code), rules[UNUSED_SUPPRESSION], rules)
    return [locate(f, index) for f in apply_policy(kept, config)]


def lint_document(document: Document, *, path: str, config: Config, parser: Parser | None = None) -> list[Finding]:
    return finish(document, find(document, config, path, parser=parser), path=path, config=config)


def lint_text(text: str, *, path: str | None = None, config: Config | None = None, markup: str | None = None) -> list[Finding]:
    """Findings for ``text``; ``path`` names it in findings and picks the markup by extension."""
    if not isinstance(text, str):
        hint = " (decode bytes first, or lint a file with lint_paths)" if isinstance(text, (bytes, bytearray)) else ""
        raise TypeError(f"lint_text() takes the text as a str, not {type(text).__name__}{hint}")
    config = (config or Config()).for_file(path)
    markup = markup or (markup_for_path(path) if path else None) or "text"
    document = read_document(text, markup)
    return lint_document(document, path=path or "<text>", config=config)
