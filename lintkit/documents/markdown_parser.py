"""The one markdown-it parser the Markdown reader and its inline walk share, set up for lintkit.

CommonMark with tables and strikethrough; YAML, TOML (``+++``) and JBake
(``key=value`` … ``~~~~``) front matter kept out of the prose; escapes and
entities left as tokens of their own, since each maps to its own source span;
and a nesting limit far above markdown-it's default, which would drop deeper
text without a word.
"""
from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from mdit_py_plugins.front_matter import front_matter_plugin

_HEADER_FIELD = re.compile(r"[A-Za-z][\w-]*=")
_HEADER_END = re.compile(r"~{3,}")

# markdown-it drops whatever lies deeper than ``maxNesting`` token levels (20 by default: 20
# block quotes, or 10 nested lists, since a list and its item are a level each). Its parsers
# recurse once per level (three or four Python frames), so the reader raises the recursion
# limit while a document is read. Deeper than the limit, the file is refused rather than read in part.
MAX_NESTING = 100_000
FRAMES_PER_LEVEL = 4


def _toml_front_matter(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    """Metadata at the top of the file: ``+++`` … ``+++`` (Hugo's TOML front matter), or
    ``key=value`` lines closed by a ``~~~~~~`` line (JBake's header)."""

    def text(line: int) -> str:
        return state.src[state.bMarks[line]:state.eMarks[line]].rstrip()

    if start_line != 0:
        return False
    if text(0) == "+++":
        closing = next((line for line in range(1, end_line) if text(line) == "+++"), None)
    elif _HEADER_FIELD.match(text(0)):
        closing = next((line for line in range(1, end_line) if not _HEADER_FIELD.match(text(line))), None)
        closing = closing if closing is not None and _HEADER_END.fullmatch(text(closing)) else None
    else:
        return False
    if closing is None:
        return False
    if not silent:
        token = state.push("front_matter", "", 0)
        token.map = [0, closing + 1]
        token.hidden = True
        state.line = closing + 1
    return True


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(front_matter_plugin)
    md.block.ruler.before(
        "table", "toml_front_matter", _toml_front_matter,
        {"alt": ["paragraph", "reference", "blockquote", "list"]},
    )
    # Escapes and entities must stay separate tokens: each maps to its own source span.
    md.core.ruler.disable("text_join")
    md.options["maxNesting"] = MAX_NESTING
    return md


PARSER = _parser()
# The block pass alone: a reader that reuses unchanged blocks parses the inline content of the others itself.
BLOCK_PARSER = _parser()
BLOCK_PARSER.core.ruler.disable("inline")
