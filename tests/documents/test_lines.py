"""Lines as editors count them, and one copy of a line's text however many findings sit on it."""
from __future__ import annotations

from lintkit.documents.lines import LineIndex


def test_line_text_drops_the_line_break_of_each_kind():
    index = LineIndex("one\r\ntwo\rthree\nfour")
    assert [index.line_text(n) for n in range(4)] == ["one", "two", "three", "four"]
    assert index.position(len("one\r\ntwo\r") + 2) == (2, 2)


def test_findings_on_one_long_line_share_its_text(lint):
    # A paragraph kept on one line holds every finding of it: a copy of the line per
    # finding made a 6 MB paragraph take gigabytes.
    sentence = "We need leaders, not managers. The weather was fine all week long. "
    findings = lint("Notes\n\n" + sentence * 200 + "\n")
    assert len(findings) == 200
    assert all(f.lines == findings[0].lines and f.lines[0] is findings[0].lines[0] for f in findings)
