"""Properties of every reader: offsets are exact, increasing, and code never leaks into prose."""
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lintkit.documents import read_document
from lintkit.documents.markdown import HTML_ELEMENT_BLOCK
from lintkit.documents.html_text import shown
from lintkit.documents.lines import normalize_breaks
from lintkit.documents.markdown_parser import PARSER
from lintkit.documents.prose import URL, Prose, _url_pattern

WORDS = ["leaders", "managers", "team", "café", "naïve", "Ünïcode", "2024", "a", "x1"]
EMOJI = ["👩‍💼", "🚀", "😀", "🧑🏽‍🚀"]
SENTINELS = ["zzcode", "zzurl", "zzalt", "zzcomment", "zzhtml"]

word = st.sampled_from(WORDS + EMOJI)
phrase = st.lists(word, min_size=1, max_size=3).map(" ".join)
inline = st.one_of(
    word,
    word,
    phrase.map(lambda p: f"*{p}*"),
    phrase.map(lambda p: f"**{p}**"),
    phrase.map(lambda p: f"_{p}_"),
    phrase.map(lambda p: f"~~{p}~~"),
    phrase.map(lambda p: f"[{p}](https://example.com/zzurl)"),
    phrase.map(lambda p: f'[{p}](<zzurl a.html> "zzurl title")'),
    phrase.map(lambda p: f"[{p}][ref]"),
    st.just("`zzcode`"),
    st.just("`` zzcode ` zzcode ``"),
    st.just("<span class='zzhtml'>"),
    st.just("</span>"),
    st.just("<!-- zzcomment -->"),
    st.just("![zzalt and more](zzalt.png)"),
    st.just("<https://zzurl.example.com>"),
    st.just("https://zzurl.example.com/path"),
    st.just("\\*"),
    st.just("&amp;"),
    st.just(","),
)
separator = st.sampled_from([" ", "  ", "\t", " \t "])
content = st.lists(st.tuples(inline, separator), min_size=1, max_size=8).map(
    lambda pairs: "".join(text + space for text, space in pairs).rstrip()
)
prefix = st.sampled_from(["", "", "", "> ", "> > ", ">\t", "- ", "* ", "1. ", "  ", "- > ", "# ", "## "])
line = st.one_of(st.tuples(prefix, content).map("".join), st.just(""), st.just(">")).map(lambda text: [text])
cell = st.one_of(content, st.just(""), content.map(lambda text: text + " \\| " + text))


def table_lines(first_prefix, header, rows):
    prefix = " " * len(first_prefix) if first_prefix[:1] in "-1" else first_prefix
    lines = [first_prefix + "| " + " | ".join(header) + " |", prefix + "|" + "---|" * len(header)]
    return lines + [prefix + "| " + " | ".join(row) + " |" for row in rows]


table = st.builds(
    table_lines,
    st.sampled_from(["", "> ", "- ", "1. ", "> - "]),
    st.lists(cell, min_size=1, max_size=3),
    st.lists(st.lists(cell, min_size=1, max_size=4), max_size=3),
)
newline = st.sampled_from(["\n", "\r\n", "\r"])
markdown_source = st.tuples(st.lists(line | table, min_size=1, max_size=10), newline).map(
    lambda parts: parts[1].join(sum(parts[0], []) + ["", "[ref]: https://example.com/zzurl", ""])
)


def is_checked(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char) == "So"


def assert_offsets_are_exact(source, document):
    for segment in document.segments:
        assert all(0 <= offset < len(source) for offset in segment.offsets)
        assert all(a < b for a, b in zip(segment.offsets, segment.offsets[1:])), segment
        for char, offset in zip(segment.text, segment.offsets):
            if is_checked(char):
                assert source[offset] == char, (source, segment.text, char, offset)


def _html_block_text(token):
    """What a browser shows of a block of HTML the Markdown reader reads: Markdown inside one is raw text."""
    if token.type == "html_block" and token.level == 0 and HTML_ELEMENT_BLOCK.match(token.content):
        return [segment.text for segment in shown(token.content)[0]]
    return []


def html_block_texts(source):
    return [text for token in PARSER.parse(normalize_breaks(source), {}) for text in _html_block_text(token)]


def markdown_it_texts(source):
    """The prose markdown-it itself sees in each inline block, built without any alignment."""
    texts = []
    for token in PARSER.parse(normalize_breaks(source), {}):
        texts.extend(_html_block_text(token))
        if token.type != "inline":
            continue
        prose, in_autolink = Prose(), False
        for child in token.children:
            if in_autolink or child.info == "auto":
                in_autolink = child.type != "link_close"
            elif child.type in ("text", "text_special"):
                prose.extend(child.content, [0] * len(child.content))
            elif child.type in ("softbreak", "hardbreak"):
                prose.space(0)
        segment = prose.segment()
        if segment is not None:
            texts.append(segment.text)
    return texts


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(markdown_source)
def test_markdown_offsets_are_exact_and_code_never_leaks(source):
    document = read_document(source, "markdown")
    assert_offsets_are_exact(source, document)
    raw = html_block_texts(source)  # its tags and attributes never leak (tests/documents/test_html.py); its text is shown
    for segment in document.segments:
        assert segment.text in raw or not any(sentinel in segment.text for sentinel in SENTINELS), (source, segment.text)
    # Alignment never drops a block or changes its prose: the text is what markdown-it itself reads.
    assert [segment.text for segment in document.segments] == markdown_it_texts(source)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(markdown_source)
def test_plain_text_offsets_are_exact(source):
    assert_offsets_are_exact(source, read_document(source, "text"))


def assert_reads_any_text(source, markup):
    assert_offsets_point_into(source, read_document(source, markup))


def assert_offsets_point_into(source, document):
    """Each prose character maps into ``source``, in order, to itself (or to the ``&`` of an entity; U+FFFD stands for a NUL)."""
    for segment in document.segments:
        assert all(0 <= offset < len(source) for offset in segment.offsets)
        assert all(a < b for a, b in zip(segment.offsets, segment.offsets[1:])), segment
        for char, offset in zip(segment.text, segment.offsets):
            if is_checked(char) and char != "\ufffd":
                assert source[offset] in (char, "&"), (source, segment.text, char, offset)


any_text = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=200) | st.lists(
    st.sampled_from(["*", "_", "`", "[", "]", "(", ")", "<", ">", "!", "\\", "&", ";", "#", "-", ":", ".", "|",
                     "=", "~", " ", "\t", "\n", "\r\n", "\r", "a", "word", "👩‍💼", "<p>", "</p>", "<!--", "-->",
                     "..", "::", "&amp;", "http://x.y", "1.", "    "]),
    max_size=60,
).map("".join)


@pytest.mark.parametrize("markup", ["markdown", "rst", "html", "text"])
@settings(max_examples=300)
@given(source=any_text)
def test_every_reader_reads_any_text(markup, source):
    assert_reads_any_text(source, markup)


url_text = st.lists(
    st.sampled_from(["http://", "HTTPS://", "ftp://", "www.", "WwW.", "mailto:", "MailTo:", "@", "a.b", "x", "-", ".",
                     ":", "/", " ", "\n", "leaders", "ß", "İ", "<", ")"]),
    max_size=20,
).map("".join)


@settings(max_examples=300)
@given(text=url_text)
def test_the_cheaper_url_pattern_finds_what_url_finds(text):
    pattern = _url_pattern(text)
    found = [m.span() for m in pattern.finditer(text)] if pattern is not None else []
    assert found == [m.span() for m in URL.finditer(text)]
