"""lint_text: offsets point at the right characters, whatever surrounds them."""
from __future__ import annotations

import pickle
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lintkit import lint_text
from lintkit.engine.loader import rules_for
from lintkit.errors import LintkitError
from lintkit.nlp.case import for_parsing
from lintkit.nlp.labels import MAX_LABEL_WORDS

FLAG_EXAMPLES = [(rule.code, ex) for rule in rules_for().values() if rule.patterns for ex in rule.flag]
NOISE = ["👩‍💼", "🚀", "\t", "Ünïcödé", "日本語", "café", "naïve", "—", "“quote”", "x" * 3]
BREAKS = ["\n\n", "\r\n\r\n", "\n \n"]
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _position(source: str, offset: int) -> tuple[int, int]:
    lines = re.split(r"\r\n|\r|\n", source[:offset])
    return len(lines), len(lines[-1]) + 1


def _opens_its_line(text: str) -> bool:
    """What only the start of a line makes: a heading or list marker, a short label before a colon or dash ("Outcome
    of the trials: ..."), or a text of several lines. Text before it on the same line would unmake it."""
    head = re.split(r"[:—–]", text, maxsplit=1)
    return "\n" in text or bool(re.match(r"\s*([#>*+-]|\d+[.)])\s", text)) or (len(head) == 2 and len(head[0].split()) <= MAX_LABEL_WORDS)


@st.composite
def documents(draw):
    """A Markdown or text document: noisy paragraphs around one rule example, optionally emphasised."""
    code, example = draw(st.sampled_from(FLAG_EXAMPLES))
    before = " ".join(draw(st.lists(st.sampled_from(NOISE), max_size=4)))
    after = " ".join(draw(st.lists(st.sampled_from(NOISE), max_size=4)))
    sentence = example.text
    emphasise = draw(st.booleans())
    if emphasise:
        sentence = re.sub(r"^(\w+)", r"**\1**", sentence)
    breaks = draw(st.sampled_from(BREAKS))
    # Noise never opens a line: a leading tab would make a Markdown code block. A headline
    # ("From Manager to Leader: A Field Guide") keeps a line of its own, or it is no headline; so does
    # a sentence left without a stop ("Wherever leadership flourishes, management withers"), or the
    # noise would be words of that sentence.
    if for_parsing(example.text) != example.text or not example.text.rstrip().endswith(tuple(".!?…\"”’')")) or _opens_its_line(example.text):
        prefix = draw(st.sampled_from(["", "# Title" + breaks, "Intro " + before + breaks]))
        text = prefix + sentence + breaks + after + breaks + "Done."
    else:
        # A prefix on the same line is a sentence of its own: "Note: If your team ..." would be another sentence to parse.
        prefix = draw(st.sampled_from(["", "Note.\t", "# Title" + breaks, "Intro " + before + breaks, "Intro " + before + ". "]))
        text = prefix + sentence + " " + after + breaks + "Done."
    return code, example, text, emphasise


@SETTINGS
@given(documents(), st.sampled_from(["memo.md", "memo.txt"]))
def test_every_finding_points_at_its_matched_words(lint, case, path):
    code, example, text, emphasised = case
    if emphasised and path.endswith(".txt"):
        return  # asterisks are literal prose in plain text
    if path.endswith(".md") and example.text.startswith("|"):
        return  # a table in plain text; Markdown reads a table cell by cell, apart from its header
    findings = [f for f in lint(text, path=path) if f.code == code]
    expected = [example.text[s:e].replace("**", "") for s, e in example.spans]  # an example may hold markup of its own
    assert [f.matched.replace("**", "") for f in findings] == expected
    for finding in findings:
        assert finding.matched == text[finding.start:finding.end]
        assert (finding.line, finding.column) == _position(text, finding.start)
        assert (finding.end_line, finding.end_column) == _position(text, finding.end)


ALPHABET = ["lead", "leaders", "managers", "management", "not", ",", ".", " ", "\n", "\r\n", "\t", "👩‍💼", "**", "`", "[", "](", ")", "<!--", "-->", "lintkit: disable", ">", "#", "'", '"', "\x00", "\ud7ff", "é"]


@SETTINGS
@given(st.lists(st.sampled_from(ALPHABET), max_size=40).map("".join), st.sampled_from(["a.md", "a.txt", "a.rst", "a.html"]))
def test_any_input_lints_or_fails_cleanly(lint, text, path):
    try:
        findings = lint(text, path=path)
    except LintkitError as error:
        assert "\n" not in error.one_line()
        return
    for finding in findings:
        assert finding.matched == text[finding.start:finding.end]


def test_findings_and_the_function_pickle(lint):
    findings = lint("We need leaders, not managers.")
    assert pickle.loads(pickle.dumps(findings)) == findings
    assert pickle.loads(pickle.dumps(lint_text)) is lint_text


def test_code_is_never_flagged(lint):
    text = "# Notes\n\n```\nWe need leaders, not managers.\n```\n\nRun `lead, don't manage` now.\n\n    Lead, don't manage.\n"
    assert lint(text, path="notes.md") == []


def test_sentence_across_inline_markup_is_one_sentence(lint):
    text = "We need **leaders**, not [managers](https://example.com/managers).\n"
    (finding,) = lint(text, path="memo.md")
    assert finding.matched == "leaders**, not [managers"
    assert (finding.line, finding.column) == (1, 11)


def test_columns_after_emoji_tab_and_crlf(lint):
    text = "Intro 🚀 line.\r\n\r\n\t👩‍💼 We need leaders, not managers.\r\n"
    (finding,) = lint(text, path="memo.txt")
    assert (finding.line, finding.column) == (3, 14)  # tab, three code points of emoji, space, "We need "
    assert finding.matched == "leaders, not managers"


@pytest.mark.parametrize("value, named", [(None, "NoneType"), (b"We need leaders, not managers.", "bytes"), (42, "int")])
def test_text_that_is_not_a_str_is_a_clear_type_error(value, named):
    with pytest.raises(TypeError, match=rf"lint_text\(\) takes the text as a str, not {named}"):
        lint_text(value)


@pytest.mark.parametrize("surrogate", ["\ud800", "\udcff", "\udfff"])
def test_a_lone_surrogate_is_parsed_as_a_replacement_character(lint, surrogate):
    text = f"Intro {surrogate} text. We need leaders, not managers {surrogate}."
    (finding,) = lint(text)
    assert finding.matched == text[finding.start:finding.end] == "leaders, not managers"


COMMENTS = ["lintkit: disable", "lintkit: enable", "lintkit: disable=LM002", "lintkit: enable=LM002", "lintkit: disable-next-line", "lintkit: disable-line=LM001", "lintkit: disable=LM0O2"]


@st.composite
def big_text_files(draw):
    """A plain-text file of rule examples, noise, blank lines and suppression comments, and a part size that cuts it often."""
    pieces = draw(st.lists(st.one_of(st.sampled_from([ex.text for _, ex in FLAG_EXAMPLES]), st.sampled_from(NOISE), st.sampled_from(COMMENTS)), min_size=1, max_size=12))
    breaks = [draw(st.sampled_from(["\n", "\n\n", "\r\n \r\n", "\n\n\n"])) for _ in pieces]
    return "".join(piece + brk for piece, brk in zip(pieces, breaks)).encode(), draw(st.integers(1, 300))


@SETTINGS
@given(big_text_files())
def test_a_text_file_linted_in_parts_gives_the_findings_of_the_whole(lint, monkeypatch, case):
    from lintkit.api import lint_document, lint_in_parts
    from lintkit.config import Config
    from lintkit.documents import decode, read_document, text_parts

    raw, part_bytes = case
    config = Config().for_file("big.txt")
    whole = decode(raw, "big.txt")
    expected = lint_document(read_document(whole, "text"), path="big.txt", config=config)
    monkeypatch.setattr(text_parts, "PART_BYTES", part_bytes)
    found = lint_in_parts(raw, path="big.txt", config=config)
    assert found == expected
    for finding in found:
        assert finding.matched == whole[finding.start:finding.end]
        assert (finding.line, finding.column) == _position(whole, finding.start)


def test_notes_on_a_credited_work_report_its_claims_at_info(lint):
    source = ("# About\n\n* [Staff Engineer](https://example.com/book)\n* by Will Larson\n\n"
              "# Take-Aways\n\n* Leadership wants a date before the quarter ends.\n\n"
              "# Thoughts\n\nIn my team, leadership wants a date too.\n")
    found = [(f.code, f.context, f.severity) for f in lint(source, path="notes.md")]
    assert found == [("LM003", "attributed", "info"), ("LM003", None, "warning")]
