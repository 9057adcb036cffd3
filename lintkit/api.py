"""lint_text and lint_paths: the one place that wires the layers together.

documents (markup -> prose + offset map) -> prefilter -> nlp (parse, senses,
context) -> engine (matches) -> findings (suppressions, policy, location).
Both functions are pure and module-level, so they pickle for multiprocessing or
a distributed engine.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from lintkit.config import Config
from lintkit.documents import markup_for_path, read_document
from lintkit.documents.model import Document, Segment
from lintkit.engine.loader import load_rules
from lintkit.engine.rule import Rule
from lintkit.findings import Evidence, Finding, LineIndex, locate
from lintkit.nlp.prefilter import has_candidate
from lintkit.policy import apply_policy
from lintkit.suppressions import UNUSED_SUPPRESSION, apply_suppressions

BATCH_SIZE = 64


@functools.lru_cache(maxsize=8)
def rules_for(rule_packs: tuple[str, ...] = ()) -> dict[str, Rule]:
    """Every rule by code, the shipped ones, rule packs and the suppression meta-rule."""
    rules = load_rules(rule_packs)
    rules[UNUSED_SUPPRESSION.code] = UNUSED_SUPPRESSION
    return rules


@dataclass
class Engine:
    """A loaded pipeline with its compiled rules; built once per process and settings."""

    nlp: object
    compiled: object
    accepted: object = None
    accepted_terms: tuple[str, ...] = field(default=())


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
    return Engine(nlp, compiled, accepted, accepted_terms)


def _candidate_segments(document: Document) -> list[Segment]:
    return [s for s in document.segments if has_candidate(s.text)]


def _evidence(match) -> tuple[Evidence, ...]:
    facts = [Evidence(match.pattern.id, "pattern")]
    for token in match.tokens:
        if token._.lk_family:
            facts.append(Evidence(token.text, token.dep_, token.head.text if token.head.i != token.i else "ROOT"))
    return tuple(facts)


def _findings_in_segment(doc, segment: Segment, engine: Engine, path: str) -> list[Finding]:
    from lintkit.nlp.context import context_of, is_callout, quoted_clauses
    from lintkit.nlp.senses import tag_senses

    accepted = [(s, e) for _, s, e in engine.accepted(doc)] if engine.accepted is not None else []
    tag_senses(doc, accepted)
    quoted = quoted_clauses(doc)
    block_quoted = segment.quoted and not is_callout(segment.text)
    findings = []
    for match in engine.compiled(doc):
        first, last = doc[match.span[0]], doc[match.span[1] - 1]
        start, end = segment.source_span(first.idx, last.idx + len(last.text))
        rule = match.rule
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
                context=context_of(match.tokens, quoted, block_quoted=block_quoted),
                evidence=_evidence(match),
                replacement=rule.replacement,
            )
        )
    return findings


def find(document: Document, config: Config, path: str) -> list[Finding]:
    """Raw findings of every rule (before suppressions and policy)."""
    segments = _candidate_segments(document)
    if not segments:
        return []  # nothing to parse: spaCy is never imported
    engine = engine_for(config.model, config.rule_packs, config.accepted_terms)
    findings: list[Finding] = []
    docs = engine.nlp.pipe((s.text for s in segments), batch_size=BATCH_SIZE)
    for doc, segment in zip(docs, segments):
        findings.extend(_findings_in_segment(doc, segment, engine, path))
    return findings


def lint_document(document: Document, *, path: str, config: Config) -> list[Finding]:
    index = LineIndex(document.source)
    rules = rules_for(config.rule_packs)
    raw = find(document, config, path)
    kept = apply_suppressions(raw, document, index, path, lambda code: code in rules and config.is_selected(code))
    return [locate(f, index) for f in apply_policy(kept, config)]


def lint_text(text: str, *, path: str | None = None, config: Config | None = None, markup: str | None = None) -> list[Finding]:
    """Findings for ``text``; ``path`` names it in findings and picks the markup by extension."""
    config = (config or Config()).for_file(path)
    markup = markup or (markup_for_path(path) if path else None) or "text"
    document = read_document(text, markup)
    return lint_document(document, path=path or "<text>", config=config)
