"""Re-linting an open document after an edit: only the windows whose text changed are parsed again.

Every lint reads the whole text again (a Markdown text's inline blocks that did
not change are taken from the last read: ``documents.markdown.BlockReuse``) and
cuts it into parse windows afresh; parsing the windows is what costs. A window's
findings depend on nothing but its text, its context (quoted, attributed) and
the pipeline and rules the settings choose, so they are kept per document under
that key and served again, as they are, to the next lint: offsets in them are
relative to the window, and the window's place in the new text moves them. A
window a cross-sentence pattern could reach into a changed sentence is cut to
include that sentence, so its text has changed too and it is parsed again.

The result is the findings of a full lint, finding for finding
(tests/lsp/test_incremental.py edits documents at random and compares).
"""
from __future__ import annotations

import functools
from typing import Callable, Sequence

from lintkit import api
from lintkit.engine import parsing
from lintkit.config import Config
from lintkit.documents import markdown, read_document
from lintkit.findings import Finding

WindowKey = tuple[str, "str | None"]  # a window's text and context
# New windows are parsed this many at a time (as a full lint batches them), with a look
# between batches for a newer version of the text.
BATCH = parsing.BATCH_SIZE
# A pause this long ends a burst of typing. Re-linting after an edit parses only the changed
# windows, and a lint the editor has moved past stops early, so it can be short: as long as
# the document's last lint took, within these bounds (a document that lints in 10 ms is not
# kept waiting 100 ms; one that takes longer is not re-linted faster than it can be).
DEBOUNCE_SECONDS = (0.05, 0.1)


def debounce(last_lint_seconds: float | None) -> float:
    """The pause that ends a burst of typing in a document whose last lint took ``last_lint_seconds``."""
    shortest, longest = DEBOUNCE_SECONDS
    return longest if last_lint_seconds is None else min(longest, max(shortest, last_lint_seconds))


class Superseded(Exception):
    """The text changed while it was being linted: this lint's result would be thrown away."""


class DocumentWindows:
    """The window findings of one open document's last lint, reused by its next one."""

    def __init__(self) -> None:
        self.settings: tuple | None = None
        self.found: dict[WindowKey, list[Finding]] = {}
        self.parsed = 0  # windows parsed by the last lint (the rest were reused)
        self.blocks = markdown.BlockReuse()

    def lint(self, text: str, *, path: str | None, config: Config, markup: str, superseded: Callable[[], bool] = lambda: False) -> list[Finding]:
        """What ``api.lint_text(text, path=path, config=config, markup=markup)`` returns.

        ``superseded`` says whether a newer text is waiting; if so, ``Superseded`` is raised.
        """
        document = markdown.read(text, self.blocks) if markup == "markdown" else read_document(text, markup)
        parser = functools.partial(self.parse, superseded=superseded)
        return api.lint_document(document, path=path or "<text>", config=config.for_file(path), parser=parser)

    def parse(
        self, texts: Sequence[str], contexts: Sequence[str | None], config: Config, path: str, *, superseded: Callable[[], bool] = lambda: False
    ) -> list[list[Finding]]:
        """An ``api.Parser``: the stored findings of known windows, a parse of the others.

        Raises ``Superseded`` between batches once a newer text is waiting; what was
        parsed so far is kept, so the next lint starts with it.
        """
        settings = (config.model, config.rule_packs, config.accepted_terms, path)
        if settings != self.settings:
            self.settings, self.found = settings, {}
        keys = list(zip(texts, contexts))
        new = list(dict.fromkeys(key for key in keys if key not in self.found))
        for start in range(0, len(new), BATCH):
            if superseded():
                raise Superseded
            batch = new[start:start + BATCH]
            self.found.update(zip(batch, parsing.parse_texts([t for t, _ in batch], [c for _, c in batch], config, path)))
        self.parsed = len(new)
        self.found = {key: self.found[key] for key in keys}  # what the text no longer holds is forgotten
        return [self.found[key] for key in keys]
