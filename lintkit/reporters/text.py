"""The default, human-facing format: one header per finding, the source line, and carets.

A writer fixes prose faster when they see the words in place, so each finding
shows its source line(s) with the matched words underlined. The line is drawn
behind a gutter, which shifts the terminal's tab stops, so tabs are expanded
here and every character is measured in terminal cells (wide CJK and emoji take
two, combining marks none): carets then sit under the matched words whatever
precedes them. Prose often keeps a whole paragraph on one line, so long lines
are cut to a window around the match.
"""
from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Callable, Sequence

from lintkit.findings import Finding
from lintkit.reporters.context import ReportContext
from lintkit.file_names import printable
from lintkit.severity import Severity

TAB_SIZE = 4
MAX_WIDTH = 96  # terminal cells of source shown per line
LEAD_WIDTH = 32  # cells kept before the match when a line is cut
ELLIPSIS = "…"

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_CYAN = "\x1b[36m"
_SEVERITY_COLOR = {
    Severity.ERROR: "\x1b[1;31m",
    Severity.WARNING: "\x1b[1;33m",
    Severity.INFO: "\x1b[1;34m",
    Severity.HINT: "\x1b[1;36m",
}

Cell = tuple[str, int]  # what one source character prints as, and its width in cells
Paint = Callable[[str, str], str]  # (ANSI style, text) -> text, styled or not


def render(findings: Sequence[Finding], context: ReportContext) -> str:
    """Every finding as a block, blank-line separated, then a summary; '' when none."""
    if not findings:
        return ""
    paint = _painter(context.color)
    blocks = ["\n".join(_finding_block(f, paint, context.show_evidence)) for f in findings]
    return "\n\n".join(blocks) + "\n\n" + paint(_BOLD, summary(findings)) + "\n"


def summary(findings: Sequence[Finding]) -> str:
    """``Found 3 findings (2 warnings, 1 info) in 2 files.``"""
    counts = Counter(f.severity for f in findings)
    parts = [
        _plural(counts[s], s.value)
        for s in sorted(counts, key=lambda s: s.rank, reverse=True)
    ]
    files = len({f.path for f in findings})
    return (
        f"Found {_plural(len(findings), 'finding')} ({', '.join(parts)}) "
        f"in {_plural(files, 'file')}."
    )


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 or noun == "info" else f"{n} {noun}s"


def _painter(color: bool) -> Paint:
    if not color:
        return lambda style, text: text
    return lambda style, text: f"{style}{text}{_RESET}" if text else text


def _finding_block(finding: Finding, paint: Paint, show_evidence: bool) -> list[str]:
    lines = [_header(finding, paint)]
    lines += _snippet(finding, paint)
    if finding.suggestion:
        lines.append(f"  {paint(_CYAN, 'suggestion:')} {finding.suggestion}")
    if show_evidence:
        lines += [f"  {paint(_DIM, 'evidence:')} {e}" for e in finding.evidence]
    return lines


def _header(finding: Finding, paint: Paint) -> str:
    tags = ", ".join(filter(None, [finding.severity.value, finding.context]))
    style = _SEVERITY_COLOR[finding.severity]
    where = f"{printable(finding.path)}:{finding.line}:{finding.column}:"
    return f"{paint(_BOLD, where)} {paint(style, finding.code)} [{paint(style, tags)}] {finding.message}"


def _snippet(finding: Finding, paint: Paint) -> list[str]:
    """Source rows with line numbers, each followed by a row of carets."""
    if not finding.lines:
        return []
    width = len(str(finding.line + len(finding.lines) - 1))
    caret_style = _SEVERITY_COLOR[finding.severity]
    rows: list[str] = []
    for k, (source, first, last) in enumerate(_marked_spans(finding)):
        shown, pad, carets = underline(source, first, last)
        number = str(finding.line + k).rjust(width)
        rows.append(f"  {paint(_DIM, f'{number} |')} {shown}".rstrip())
        rows.append(f"  {paint(_DIM, ' ' * width + ' |')} {' ' * pad}{paint(caret_style, '^' * carets)}")
    return rows


def _marked_spans(finding: Finding) -> list[tuple[str, int, int]]:
    """Each source line with the 0-based [first, last) character range the finding covers."""
    last_index = len(finding.lines) - 1
    spans = []
    for k, source in enumerate(finding.lines):
        first = finding.column - 1 if k == 0 else 0
        last = finding.end_column - 1 if k == last_index else len(source)
        spans.append((source, first, last))
    return spans


def underline(source: str, first: int, last: int) -> tuple[str, int, int]:
    """How to show ``source`` with characters ``first..last`` underlined.

    Returns the printable line (tabs expanded, cut to a window when long), the
    cells before the first caret, and the number of carets (at least one).
    """
    line = _measured(source)
    first = min(first, len(source))
    start, stop = _window(line, first)
    lead = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if stop < len(source) else ""
    shown = lead + line.shown(start, stop) + tail
    pad = len(lead) + line.width(start, first)
    carets = max(1, line.width(max(first, start), min(last, stop)))
    return shown, pad, carets


class MeasuredLine:
    """A source line with the running width (in cells) before each character.

    Many findings can sit on one long line (a paragraph kept on one line):
    the line is measured once and any stretch of it costs one subtraction.
    The widths are one machine integer per character, and the printable form
    is made only for the stretch shown: a multi-megabyte line must not cost a
    Python object per character.
    """

    def __init__(self, source: str):
        self.source = source
        self.before = _widths_before(source)

    def width(self, start: int, stop: int) -> int:
        """Cells taken by characters ``start..stop`` (0 for an empty or reversed range)."""
        end = len(self.source)
        return max(0, self.before[min(stop, end)] - self.before[min(start, end)])

    def shown(self, start: int, stop: int) -> str:
        """Characters ``start..stop`` as they print: tabs as the blanks they take, control characters as symbols."""
        return "".join(
            " " * (self.before[i + 1] - self.before[i]) if ch == "\t" else _glyph(ch)[0]
            for i, ch in enumerate(self.source[start:stop], start)
        )


@functools.lru_cache(maxsize=16)
def _measured(source: str) -> MeasuredLine:
    return MeasuredLine(source)


# Characters other than printable ASCII: only these can take other than one cell.
_NOT_ONE_CELL = re.compile(r"[^\x20-\x7e]")


def _widths_before(source: str) -> array:
    """``before[i]`` is the width of ``source[:i]`` in cells (tabs to the next stop of ``TAB_SIZE``)."""
    before = array("q", [0])
    column = position = 0
    for found in _NOT_ONE_CELL.finditer(source):
        i = found.start()
        before.extend(range(column + 1, column + 1 + i - position))  # printable ASCII: one cell each
        column += i - position
        ch = source[i]
        column += TAB_SIZE - column % TAB_SIZE if ch == "\t" else _glyph(ch)[1]
        before.append(column)
        position = i + 1
    before.extend(range(column + 1, column + 1 + len(source) - position))
    return before


def _glyph(ch: str) -> Cell:
    """What a non-tab character prints as, and how many terminal cells it takes."""
    category = unicodedata.category(ch)
    if category == "Cc":  # stray control characters would move the cursor
        return chr(0x2400 + ord(ch)) if ord(ch) < 0x20 else "\ufffd", 1
    if category in ("Mn", "Me", "Cf"):  # combining marks, ZWJ, variation selectors
        return ch, 0
    return ch, 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _window(line: MeasuredLine, first: int) -> tuple[int, int]:
    """The [start, stop) range of characters to show: all, or about MAX_WIDTH cells around the match.

    As many characters before the match as fit in LEAD_WIDTH cells, then as
    many as fit in MAX_WIDTH cells from there (found by bisection).
    """
    before = line.before
    if before[-1] <= MAX_WIDTH:
        return 0, len(line.source)
    start = bisect.bisect_left(before, before[first] - LEAD_WIDTH, 0, first + 1)
    stop = bisect.bisect_right(before, before[start] + MAX_WIDTH, start) - 1
    return start, stop
