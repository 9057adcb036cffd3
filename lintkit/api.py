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
def engine_for(model: str, rule_packs: tuple[str, ...], accepted_terms: tuple[str, ...]) -> Engine:
    from lintkit.engine.matching import CompiledRules
    from lintkit.nlp.pipeline import load_pipeline

    nlp = load_pipeline(model)
    rules = [r for r in rules_for(rule_packs).values() if r.patterns]
    compiled = CompiledRules(rules, nlp.vocab)
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
    """The pattern and each family word's relation, in the words of ``text`` (the parser may have seen them recased)."""

    def word(token) -> str:
        return text[token.idx:token.idx + len(token.text)]

    facts = [Evidence(match.pattern.id, "pattern")]
    for token in match.tokens:
        if token._.lk_family:
            facts.append(Evidence(word(token), token.dep_, word(token.head) if token.head.i != token.i else "ROOT"))
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
        findings.append(
            Finding(
                path=path,
                code=rule.code,
                name=rule.name,
                severity=rule.severity,
                message=rule.message,
                start=first.idx,
                end=last.idx + len(last.text),
                suggestion=rule.suggestion,
                context=context_of(match.tokens, quoted, block_context=block_context, mentions=mentions),
                evidence=_evidence(match, text),
                replacement=rule.replacement,
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


def parse_texts(texts: list[str], contexts: list[str | None], config: Config, path: str) -> list[list[Finding]]:
    """Window-relative findings of each text (module level, so a worker process can run it)."""
    from lintkit.nlp.case import for_parsing

    engine = engine_for(config.model, config.rule_packs, config.accepted_terms)
    docs = engine.nlp.pipe([for_parsing(LONE_SURROGATE.sub("\ufffd", text)) for text in texts], batch_size=BATCH_SIZE)
    return [_findings_in_doc(doc, text, engine, path, c) for doc, text, c in zip(docs, texts, contexts)]


def _placed(finding: Finding, segment: Segment, base: int) -> Finding:
    start, end = segment.source_span(base + finding.start, base + finding.end)
    return replace(finding, start=start, end=end)


def find(document: Document, config: Config, path: str, *, whole: bool = False) -> list[Finding]:
    """Raw findings of every rule (before suppressions and policy).

    Only candidate segments are looked at, and in them only the sentence windows
    that can fire a rule are parsed (``whole=True`` parses each candidate segment
    whole, the reference the windows are tested against; results are the same).
    """
    segments = _candidate_segments(document)
    if not segments:
        return []  # nothing to parse: spaCy is never imported
    windows = parse_windows(segments, config, whole)
    if not windows:
        return []  # candidate words, but no rule can fire: spaCy is never imported
    texts = [segments[w.segment].text[w.start:w.end] for w in windows]
    contexts = [_segment_context(segments[w.segment]) for w in windows]
    from lintkit import parallel

    results = parallel.parse_texts(texts, contexts, config, path)
    findings: list[Finding] = []
    for window, found in zip(windows, results):
        findings.extend(_placed(f, segments[window.segment], window.start) for f in found if window.owns(f))
    return findings


def lint_document(document: Document, *, path: str, config: Config) -> list[Finding]:
    index = LineIndex(document.source)
    raw = find(document, config, path)
    rules = rules_for(config.rule_packs)
    kept = apply_suppressions(raw, document, index, path, lambda code: code in rules and config.is_selected(code), rules[UNUSED_SUPPRESSION])
    return [locate(f, index) for f in apply_policy(kept, config)]


def lint_text(text: str, *, path: str | None = None, config: Config | None = None, markup: str | None = None) -> list[Finding]:
    """Findings for ``text``; ``path`` names it in findings and picks the markup by extension."""
    if not isinstance(text, str):
        hint = " (decode bytes first, or lint a file with lint_paths)" if isinstance(text, (bytes, bytearray)) else ""
        raise TypeError(f"lint_text() takes the text as a str, not {type(text).__name__}{hint}")
    config = (config or Config()).for_file(path)
    markup = markup or (markup_for_path(path) if path else None) or "text"
    document = read_document(text, markup)
    return lint_document(document, path=path or "<text>", config=config)
