"""LM003 in a document's structure: "Leadership" as a label among labels that name people.

A list item, table cell or heading that says only "Leadership" ("Engineering leadership",
"Leadership (for strategic accounts)") has no sentence to read its sense from; its siblings
give it. Beside "Supervisors" and "Director", or "Account Executive" and "Customer Engineer",
it names a group of people; beside "Communication" and "Ownership" it is a skill, under
"Technical leadership" and "Governance leadership" a kind of work. The labels are a few
words and are read as words, so no parse is needed: the findings are made where the
document is cut into windows, the same for every way of linting (command line, API,
language server, workers).

Siblings come from the segments' kinds and where they sit in the source: items of one
list (consecutive items whose marker is indented alike), cells of one table column or
row, headings of one level under the same parent heading.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator, Sequence

from lintkit.documents.model import Document, Segment
from lintkit.engine.conditions.lm003_cues import lm003_words
from lintkit.engine.rule import Rule
from lintkit.findings import Evidence, Finding

PATTERN_ID = "group-label"
LABEL_KINDS = ("heading", "list_item", "table_cell")
MAX_LABEL_WORDS = 5  # "Leadership", "Sales and Finance Leadership"; longer is a sentence or a title
MAX_LABEL_CHARS = 80

# A label whose head is "leadership": up to three words before it, a parenthesis or colon after.
_LABEL = re.compile(
    r"^(?P<before>(?:[\w.'’&-]+\s+){0,3}?)(?P<word>leadership)(?:\s*\([^()]*\))?\s*:?$", re.IGNORECASE
)
_PARENTHESES = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
_PARTS = re.compile(r"\s*(?:,|&|/|\+|\band\b|\bor\b)\s*", re.IGNORECASE)
_NUMBERING = re.compile(r"^\W*(?:\d+[.):]\s*)?")


@dataclass(frozen=True)
class GroupLabel:
    """A label segment read as a group: where "leadership" is in it and the siblings that name people."""

    segment: Segment
    start: int
    end: int
    people: tuple[str, ...]


def label_findings(document: Document, rule: Rule | None, path: str, context: Callable[[Segment], str | None]) -> list[Finding]:
    """LM003 findings on the group labels of ``document`` (source offsets, before suppressions and policy).

    ``context`` gives a segment's context (quoted in a block quote, attributed in a reading list).
    """
    if rule is None:
        return []
    return [_finding(label, rule, path, context(label.segment)) for label in group_labels(document.segments, document.source)]


def group_labels(segments: Sequence[Segment], source: str) -> Iterator[GroupLabel]:
    """The label segments that name a group of people by their siblings."""
    words = lm003_words()
    for i, segment in enumerate(segments):
        place = _label_word(segment, words)
        if place is None:
            continue
        siblings = [segments[j].text for j in _siblings(segments, source, i)]
        people = _people_among(siblings, words, heading=segment.kind == "heading", adjacent=_adjacent(segments, source, i))
        if people:
            yield GroupLabel(segment, *place, tuple(people))


def _label_word(segment: Segment, words) -> tuple[int, int] | None:
    """Where "leadership" is in a label that is only a group's name, or None.

    Not a label with a quality ("technical leadership"), a topic ("on leadership") or a
    contrast ("corporate vs open source leadership"): only names of groups before it.
    """
    if segment.kind not in LABEL_KINDS or len(segment.text) > MAX_LABEL_CHARS:
        return None
    numbering = _NUMBERING.match(segment.text).end()
    text = segment.text[numbering:].rstrip()
    match = _LABEL.match(text)
    if match is None:
        return None
    before = [w.lower() for w in match["before"].split()]
    excluded = words["leadership_quality_modifiers"] | words["label_function_words"]
    if any(w in excluded for w in before):
        return None
    return numbering + match.start("word"), numbering + match.end("word")


def _people_among(siblings: list[str], words, *, heading: bool, adjacent: list[str]) -> list[str]:
    """The siblings that name people, when they make the label a group; else nothing.

    Items and cells: at least two siblings name people or departments, they are at least
    half of the siblings, and one names people (or three name departments: "Engineering"
    and "Product" may be skills too). Headings: the nearest sibling before or after
    names people (a team page's "Leadership" then "Members"), or the items' rule holds. A
    sibling "Management" makes it a contrast of the two functions, not a list of groups.
    """
    others = [s for s in siblings if _head_words(s) and not _label_word_in(s)]
    if any("management" in _head_words(s) for s in others):
        return []
    people = [s for s in others if _names(s, words["label_people"] | words["people_nouns"])]
    units = [s for s in others if s not in people and _names(s, words["peer_groups"])]
    if len(people + units) >= 2 and 2 * len(people + units) >= len(others) and (people or len(units) >= 3):
        return people + units
    if heading:
        return [s for s in adjacent if _names(s, words["label_people"] | words["people_nouns"])]
    return []


def _label_word_in(text: str) -> bool:
    return "leadership" in text.lower()


def _head_words(text: str) -> list[str]:
    """The last word of each part of a short label ("Sales & Finance" -> sales, finance), lower case."""
    label = _PARENTHESES.sub("", text[_NUMBERING.match(text).end():]).strip().rstrip(":.")
    if not label or len(label.split()) > MAX_LABEL_WORDS:
        return []
    heads = []
    for part in _PARTS.split(label):
        tokens = re.findall(r"[\w'’-]+", part)
        if tokens:
            heads.append(tokens[-1].lower())
    return heads


def _names(text: str, heads) -> bool:
    """A short label one of whose parts ends in a word of ``heads``."""
    return any(head in heads for head in _head_words(text))


def _finding(label: GroupLabel, rule: Rule, path: str, context: str | None) -> Finding:
    start, end = label.segment.source_span(label.start, label.end)
    shown = ", ".join(list(dict.fromkeys(label.people))[:3])
    reading = f"a {label.segment.kind.replace('_', ' ')} among labels that name people ({shown})"
    reported = {name: getattr(rule, name) for name in ("code", "name", "severity", "message", "suggestion")}
    return Finding(path=path, start=start, end=end, context=context,
                   evidence=(Evidence(PATTERN_ID, "pattern"), Evidence(reading, "reading")), **reported)


# --------------------------------------------------------------------------- siblings


def _line_prefix(segment: Segment, source: str) -> str:
    """The source text before the segment on its first line: markers, indentation, pipes."""
    offset = segment.source_span(0, 1)[0]
    return source[source.rfind("\n", 0, offset) + 1:offset]


def _indent(prefix: str) -> int:
    return len(prefix) - len(prefix.lstrip(" \t>"))


def _heading_level(prefix: str) -> int:
    """An ATX heading's level from its ``#`` run; 0 where the markup does not say (setext, reST, HTML)."""
    marks = prefix.lstrip(" \t>")
    return len(marks) - len(marks.lstrip("#"))


def _siblings(segments: Sequence[Segment], source: str, i: int) -> list[int]:
    """The segments beside segment ``i`` in the document's structure (none across a block quote's edge)."""
    kind = segments[i].kind
    if kind == "list_item":
        found = _list_siblings(segments, source, i)
    elif kind == "table_cell":
        found = _cell_siblings(segments, source, i)
    else:
        found = _heading_siblings(segments, source, i)
    return [j for j in found if segments[j].quoted == segments[i].quoted]


def _run(segments: Sequence[Segment], i: int, kind: str) -> range:
    """The consecutive segments of ``kind`` around ``i``."""
    first, last = i, i
    while first > 0 and segments[first - 1].kind == kind:
        first -= 1
    while last + 1 < len(segments) and segments[last + 1].kind == kind:
        last += 1
    return range(first, last + 1)


def _list_siblings(segments, source, i) -> list[int]:
    """Items of the same list: marker indented alike, up to an item of the list that holds it."""
    indent = _indent(_line_prefix(segments[i], source))
    run = _run(segments, i, "list_item")
    found = []
    for step in (-1, 1):
        j = i + step
        while j in run:
            other = _indent(_line_prefix(segments[j], source))
            if other < indent:
                break
            if other == indent:
                found.append(j)
            j += step
    return found


def _cell_siblings(segments, source, i) -> list[int]:
    """Cells of the same column and of the same row (a Markdown row is a line, its columns counted by pipes)."""
    run = _run(segments, i, "table_cell")

    def place(j: int) -> tuple[int, int]:
        """(column, row): pipes before the cell on its line, and where that line starts."""
        start = segments[j].source_span(0, 1)[0]
        line = source.rfind("\n", 0, start) + 1
        return source.count("|", line, start), line

    column, row = place(i)
    if not column:
        return [j for j in run if j != i]  # no row syntax to read (HTML, docx): the table's cells
    return [j for j in run if j != i and any(a == b for a, b in zip(place(j), (column, row)))]


def _heading_siblings(segments, source, i) -> list[int]:
    """Headings of the same level under the same parent; with no level in the markup, the nearest headings."""
    levels = {j: _heading_level(_line_prefix(s, source)) for j, s in enumerate(segments) if s.kind == "heading"}
    level = levels[i]
    found = []
    for step in (-1, 1):
        for j in (range(i - 1, -1, -1) if step < 0 else range(i + 1, len(segments))):
            if j not in levels:
                continue
            if not level or not levels[j]:
                found.append(j)
                break
            if levels[j] < level:
                break
            if levels[j] == level:
                found.append(j)
    return found


def _adjacent(segments: Sequence[Segment], source: str, i: int) -> list[str]:
    """The texts of the nearest siblings before and after a heading."""
    if segments[i].kind != "heading":
        return []
    siblings = _siblings(segments, source, i)
    before = [j for j in siblings if j < i]
    after = [j for j in siblings if j > i]
    return [segments[j].text for j in (before[-1:] + after[:1])]
