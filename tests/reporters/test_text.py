import bisect
import re
import tracemalloc
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from lintkit.findings import Finding, LineIndex, locate
from lintkit.reporters import ReportContext, text
from lintkit.severity import Severity

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _one(source: str, matched: str, severity=Severity.WARNING, **extra) -> Finding:
    start = source.index(matched)
    bare = Finding("a.md", "LM002", "leadership-management-synonyms", severity, "msg", start, start + len(matched), **extra)
    return locate(bare, LineIndex(source))


def test_snapshot_with_evidence(findings, snapshot):
    snapshot("text.txt", text.render(findings, ReportContext(show_evidence=True)))


def test_evidence_only_when_asked(findings):
    plain = text.render(findings, ReportContext())
    assert "evidence:" not in plain
    assert plain.splitlines() == [
        line for line in text.render(findings, ReportContext(show_evidence=True)).splitlines() if not line.startswith("  evidence:")
    ]


def test_carets_line_up_after_emoji_and_tab(findings):
    block = text.render([findings[2]], ReportContext()).split("\n\n")[0]
    assert block.splitlines() == [
        "docs/guide.md:4:25: LM001 [warning] Inspiring is leading, not managing.",
        "  4 | Our 🚀 launch   team needs managers who inspire.",
        "    |                            ^^^^^^^^^^^^^^^^^^^^",
        "  suggestion: Say 'leaders' if you mean the people who inspire.",
    ]


def test_quoted_info_shows_context_in_brackets(findings):
    assert text.render([findings[3]], ReportContext()).startswith(
        "docs/notes.txt:1:16: LM003 [info, quoted] Management is equated with leadership.\n"
    )


def test_multi_line_finding_underlines_each_line(findings):
    block = text.render([findings[4]], ReportContext(show_evidence=True)).split("\n\n")[0]
    assert block.splitlines() == [
        "docs/notes.txt:2:6: LM003 [error] Managers are equated with leaders.",
        "  2 | Good managers are",
        "    |      ^^^^^^^^^^^^",
        "  3 | leaders by definition.",
        "    | ^^^^^^^",
        "  evidence: managers: subject of 'are'",
        "  evidence: leaders: complement of 'are'",
    ]


def test_no_findings_renders_nothing():
    assert text.render([], ReportContext()) == ""


def test_summary_counts_severities_and_files(findings):
    assert text.summary(findings) == "Found 5 findings (1 error, 2 warnings, 1 info, 1 hint) in 3 files."
    assert text.summary(findings[1:2]) == "Found 1 finding (1 warning) in 1 file."
    assert text.summary([findings[3], findings[3]]) == "Found 2 findings (2 info) in 1 file."


def test_colour_only_when_asked(findings):
    plain = text.render(findings, ReportContext(show_evidence=True))
    coloured = text.render(findings, ReportContext(show_evidence=True, color=True))
    assert "\x1b" not in plain
    assert "\x1b[1;33mLM002\x1b[0m" in coloured
    assert "\x1b[1;31m^^^^^^^\x1b[0m" in coloured  # error carets in red
    assert ANSI.sub("", coloured) == plain


def test_wide_characters_take_two_cells():
    shown, pad, carets = text.underline("管理者とleaders", 4, 11)
    assert (shown, pad, carets) == ("管理者とleaders", 8, 7)
    shown, pad, carets = text.underline("リーダー", 0, 4)
    assert carets == 8


def test_combining_marks_take_no_cell():
    source = "cafe\u0301 leaders"
    shown, pad, carets = text.underline(source, source.index("leaders"), len(source))
    assert (pad, carets) == (5, 7)


def test_tabs_expand_to_tab_stops():
    assert text.underline("\tx", 1, 2) == ("    x", 4, 1)
    assert text.underline("ab\tx", 3, 4) == ("ab  x", 4, 1)


def test_control_characters_are_made_visible():
    shown, pad, carets = text.underline("a\x0bleaders", 2, 9)
    assert shown == "a\u240bleaders"
    assert (pad, carets) == (2, 7)


def test_empty_match_still_gets_a_caret():
    assert text.underline("leaders", 7, 7) == ("leaders", 7, 1)


def test_long_lines_are_cut_around_the_match():
    source = "word " * 60 + "leaders and managers" + " word" * 60
    first = source.index("leaders")
    shown, pad, carets = text.underline(source, first, first + len("leaders and managers"))
    assert shown.startswith(text.ELLIPSIS) and shown.endswith(text.ELLIPSIS)
    assert len(shown) <= text.MAX_WIDTH + 2
    assert shown[pad:pad + carets] == "leaders and managers"


def test_match_longer_than_the_window_is_cut_too():
    source = "x" * 10 + "y" * 300
    shown, pad, carets = text.underline(source, 10, 310)
    assert shown == "x" * 10 + "y" * (text.MAX_WIDTH - 10) + text.ELLIPSIS
    assert (pad, carets) == (10, text.MAX_WIDTH - 10)


def test_finding_without_source_lines_gets_header_only(findings):
    bare = replace(findings[1], lines=(), suggestion=None)
    assert text.render([bare], ReportContext()).split("\n\n")[0] == (
        "docs/guide.md:3:9: LM002 [warning] 'leaders' and 'managers' are offered as synonyms."
    )


def test_gutter_width_fits_the_largest_line_number():
    source = "\n" * 8 + "good managers are\nleaders\n"
    finding = _one(source, "managers are\nleaders")
    rows = text.render([finding], ReportContext()).splitlines()[1:5]
    assert rows == [
        "   9 | good managers are",
        "     |      ^^^^^^^^^^^^",
        "  10 | leaders",
        "     | ^^^^^^^",
    ]


def test_a_long_line_with_thousands_of_findings_is_measured_once():
    sentence = "We need leaders, not managers. "
    source = sentence * 3300  # a 100 KB line: minutes if each finding measured the whole line
    index = LineIndex(source)
    bare = Finding("a.md", "LM002", "replacement", Severity.WARNING, "msg", 0, 0)
    starts = [k * len(sentence) + sentence.index("leaders") for k in range(3300)]
    findings = [locate(replace(bare, start=s, end=s + len("leaders, not managers")), index) for s in starts]
    blocks = text.render(findings, ReportContext()).split("\n\n")[:-1]
    assert len(blocks) == 3300
    for block in blocks:
        _, shown, carets = block.splitlines()
        shown, carets = shown.split("| ", 1)[1], carets.split("| ", 1)[1]
        assert shown[carets.index("^"):carets.index("^") + carets.count("^")] == "leaders, not managers"


def _underline_cell_by_cell(source: str, first: int, last: int) -> tuple[str, int, int]:
    """The definition: each character's printed form and width, tabs to the next stop, then the same window."""
    cells, column = [], 0
    for ch in source:
        tab = text.TAB_SIZE - column % text.TAB_SIZE
        cell = (" " * tab, tab) if ch == "\t" else text._glyph(ch)
        cells.append(cell)
        column += cell[1]
    before = [0]
    for _, width in cells:
        before.append(before[-1] + width)
    first = min(first, len(cells))
    if before[-1] <= text.MAX_WIDTH:
        start, stop = 0, len(cells)
    else:
        start = bisect.bisect_left(before, before[first] - text.LEAD_WIDTH, 0, first + 1)
        stop = bisect.bisect_right(before, before[start] + text.MAX_WIDTH, start) - 1
    lead, tail = (text.ELLIPSIS if start > 0 else ""), (text.ELLIPSIS if stop < len(cells) else "")
    width = lambda a, b: max(0, before[min(b, len(cells))] - before[min(a, len(cells))])  # noqa: E731
    shown = lead + "".join(c for c, _ in cells[start:stop]) + tail
    return shown, len(lead) + width(start, first), max(1, width(max(first, start), min(last, stop)))


@given(st.text(alphabet=st.sampled_from(list("ab leaders\t管é\u0301\x0b👍,")), max_size=300), st.data())
def test_long_lines_are_shown_as_measured_cell_by_cell(source, data):
    first = data.draw(st.integers(0, len(source) + 2))
    last = data.draw(st.integers(first, len(source) + 3))
    assert text.underline(source, first, last) == _underline_cell_by_cell(source, first, last)


def test_a_multi_megabyte_line_is_measured_in_a_few_bytes_a_character():
    # A paragraph kept on one line was measured as a Python tuple per character: a 6 MB
    # paragraph's report took over 700 MB.
    source = "We need leaders, not managers, said the café owner\t👍. " * 4000
    tracemalloc.start()
    try:
        text.MeasuredLine(source)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 12 * len(source)
