"""Reading an edited Markdown text with the blocks of its last read gives the document a fresh read gives."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lintkit.documents import markdown
from tests.edits import edits

DOCUMENT = """# Handbook

We need leaders, not managers, if we want this [organisation][org] to grow.

> Management is leadership; the two words mean the same thing.

- Sam manages the release calendar.
- [Why teams need great leaders](https://example.org/leaders) by Sam.

| Role | Who leads |
|---|---|
| Manager | The leadership team |

<!-- lintkit: disable=LM001 -->
Stop managing and start leading.

```
leaders in code
```

[org]: https://example.org
"""
# Pieces an edit may insert: line and paragraph breaks, container and table markup, fences,
# link references and their definitions, suppression comments, a tab and Windows line breaks.
PIECES = [
    "\n", "\n\n", "\r\n", "> ", "- ", "1. ", "# ", "    ", "\t", "|", "| x |\n", "```\n", "**", "`", "[", "]", "[org]", "[x]: https://x.org\n",
    "[org]: https://other.org\n", "<!-- lintkit: disable-next-line -->\n", "<!--", "-->", "leaders", "Management ", "---\n",
]


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_a_read_that_reuses_blocks_equals_a_fresh_read(data):
    text, reuse = DOCUMENT, markdown.BlockReuse()
    assert markdown.read(text, reuse) == markdown.read(text)
    for start, end, inserted in data.draw(edits(DOCUMENT, PIECES, most=8, span=30)):
        text = text[:start] + inserted + text[end:]
        assert markdown.read(text, reuse) == markdown.read(text), text


def test_only_the_edited_block_is_read_again():
    reuse = markdown.BlockReuse()
    markdown.read(DOCUMENT, reuse)
    blocks = reuse.read
    edited = DOCUMENT.replace("Sam manages", "Sam really manages")
    assert markdown.read(edited, reuse) == markdown.read(edited)
    assert blocks > 5 and reuse.read == 1
    assert markdown.read("\n\n" + edited, reuse) == markdown.read("\n\n" + edited) and reuse.read == 0  # moved, not read
