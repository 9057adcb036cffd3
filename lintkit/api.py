"""lint_text and lint_document: the one place that wires the layers together (runner.lint_paths reads files into them).

documents (markup -> prose + offset map) -> engine.windows (what to parse) ->
engine.parsing (parse, senses, context, matches) -> findings (suppressions,
policy, location). Both functions are pure and module-level, so they pickle for
multiprocessing or a distributed engine; parsing goes through a ``Parser`` the
caller may pass in (worker processes, a cluster, the windows of an editor's
last lint).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Sequence

from lintkit.config import Config
from lintkit.documents import markup_for_path, plaintext, read_document
from lintkit.documents.model import Document, Suppression, moved
from lintkit.documents.text_parts import LinesInParts, text_parts
from lintkit.engine.loader import rules_for
from lintkit.engine import parsing
from lintkit.engine.windows import parse_work, placed
from lintkit.findings import Finding, LineIndex, locate
from lintkit.nlp.prefilter import candidate_starts
from lintkit.policy import apply_policy
from lintkit.suppressions import UNUSED_SUPPRESSION, apply_suppressions

# Window-relative findings of each window text: ``engine.parsing.parse_texts`` or anything that gives the same
# (spread over worker processes, or served from the findings of unchanged windows).
Parser = Callable[[Sequence[str], Sequence["str | None"], Config, str], list[list[Finding]]]


def find(document: Document, config: Config, path: str, *, whole: bool = False, parser: Parser | None = None) -> list[Finding]:
    """Raw findings of every rule (before suppressions and policy).

    Only candidate segments are looked at, and in them only the sentence windows
    that can fire a rule are parsed (``whole=True`` parses each candidate segment
    whole, the reference the windows are tested against; results are the same).
    """
    work = parse_work(document, config, path=path, whole=whole)
    if not work.texts:
        return []  # nothing to parse: spaCy is never imported
    return placed(work, (parser or parsing.parse_texts)(work.texts, work.contexts, config, path), document.source)


def finish(document: Document, raw: list[Finding], *, path: str, config: Config, index: LineIndex | None = None) -> list[Finding]:
    """The findings reported: ``raw`` less what comments suppress (plus LM100), after the policy, with line and column.

    ``index`` gives the lines of a document whose source is not held whole (``lint_in_parts``).
    """
    index = index or LineIndex(document.source)
    rules = rules_for(config.rule_packs)
    kept = apply_suppressions(raw, document, index, path, lambda code: code in rules and config.is_selected(code), rules[UNUSED_SUPPRESSION], rules)
    return [locate(f, index) for f in apply_policy(kept, config)]


def lint_document(document: Document, *, path: str, config: Config, parser: Parser | None = None) -> list[Finding]:
    return finish(document, find(document, config, path, parser=parser), path=path, config=config)


def lint_in_parts(raw: bytes, *, path: str, config: Config, parser: Parser | None = None) -> list[Finding]:
    """What ``lint_document`` gives for a big plain-text file, holding one part of its text at a time (``documents.text_parts``).

    Each part's findings and comments are moved to offsets in the whole file;
    comments then apply across parts, as they do in one document.
    """
    found: list[Finding] = []
    comments: list[Suppression] = []
    lines = LinesInParts(raw)
    for part in text_parts(raw, path):
        lines.add(part)
        document = plaintext.read_sparse(part.text, candidate_starts)
        found += [replace(f, start=f.start + part.char_base, end=f.end + part.char_base) for f in find(document, config, path, parser=parser)]
        comments += [moved(comment, part.char_base, part.line_base) for comment in document.suppressions]
    return finish(Document("", (), tuple(comments)), found, path=path, config=config, index=lines)


def lint_text(text: str, *, path: str | None = None, config: Config | None = None, markup: str | None = None) -> list[Finding]:
    """Findings for ``text``; ``path`` names it in findings and picks the markup by extension."""
    if not isinstance(text, str):
        hint = " (decode bytes first, or lint a file with lint_paths)" if isinstance(text, (bytes, bytearray)) else ""
        raise TypeError(f"lint_text() takes the text as a str, not {type(text).__name__}{hint}")
    config = (config or Config()).for_file(path)
    markup = markup or (markup_for_path(path) if path else None) or "text"
    document = read_document(text, markup)
    return lint_document(document, path=path or "<text>", config=config)
