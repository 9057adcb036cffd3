"""The windows of a document worth parsing: the candidate segments cut to the sentences some pattern can fire in.

A segment is cut into sentences by a cheap splitter (``nlp.prefilter``) and only
the sentences that meet some pattern's requirements (with their neighbours, for
patterns that may span sentences, and the reply after a question) are parsed; ``whole=True`` parses every
candidate segment whole, the reference the windows are tested against.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from functools import partial
from typing import Sequence

from lintkit.config import Config
from lintkit.documents.callouts import is_callout
from lintkit.documents.credits import is_note, notes_on_a_work
from lintkit.documents.model import Document, Segment
from lintkit.documents.offsets import OffsetMap
from lintkit.engine.requirements import RequirementIndex, requirement_index
from lintkit.findings import Finding
from lintkit.nlp.bounded import bounded_pieces
from lintkit.nlp.prefilter import CROSS_SENTENCE_SPAN, candidate_pattern, family_sentences, has_candidate, sentence_spans, words_of

# When windows would cover this much of a segment, the segment is parsed whole.
# (Windows of the firing sentences alone give the same findings as whole
# paragraphs; see tests/test_identical_results.py.)
WHOLE_SEGMENT_FRACTION = 0.9


def sentences_that_can_fire(text: str, spans: list[tuple[int, int]], index: RequirementIndex) -> set[int]:
    """Indices of the sentences some requirement can be met in (both, for a cross-sentence pair)."""
    has_family = family_sentences(text, spans)
    pairs = index.cross_sentence
    scanned: dict[int, tuple[str, int]] = {}
    pieces: dict[int, list[int]] = {}

    def scan(i: int) -> tuple[str, int]:
        """Sentence i lower-cased, and the needs it meets."""
        if i not in scanned:
            low = text[spans[i][0]:spans[i][1]].lower()
            scanned[i] = low, index.satisfied(words_of(low), low)
        return scanned[i]

    def pieces_of(group: range) -> list[int]:
        """The needs met by each blank-separated piece of the sentences of ``group``, in order."""
        for i in group:
            if i not in pieces:
                pieces[i] = index.pieces(scan(i)[0])
        return [met for i in group for met in pieces[i]]

    hot: set[int] = set()
    for i, family in enumerate(has_family):
        # Both kinds: a cross-sentence pattern may also match inside one sentence ("Leading people: you've got it or
        # you haven't"), which a paragraph parsed whole would report.
        if family:
            found = index.resolved(scan(i)[1])
            if found and index.within_reach(found, partial(pieces_of, range(i, i + 1))):
                hot.add(i)
        # A cross-sentence pattern spans two parser sentences; the splitter may cut one of
        # them in two ("Management? Outdated. Leadership? Essential."), so runs of up to
        # CROSS_SENTENCE_SPAN splitter sentences are checked.
        group = range(i, min(len(spans), i + CROSS_SENTENCE_SPAN))
        if pairs and len(group) > 1 and any(has_family[j] for j in group):
            found = index.resolved(index.met_across([scan(j) for j in group]), cross_sentence=True)
            if found and index.within_reach(found, partial(pieces_of, group)):
                hot.update(group)
    # A question is read with its reply: "Was she born to lead? Hard to say." and "Can it be taught? No." claim or not
    # by the sentence after the mark, which a paragraph parsed whole would show the conditions.
    hot.update(i + 1 for i in list(hot) if i + 1 < len(spans) and text[spans[i][0]:spans[i][1]].rstrip().endswith("?"))
    return hot


def sentence_windows(
    text: str,
    index: RequirementIndex,
    *,
    whole_fraction: float = WHOLE_SEGMENT_FRACTION,
) -> list[tuple[int, int]]:
    """The character ranges of ``text`` worth parsing, in order; ``[(0, len(text))]`` for all of it.

    Every range starts and ends at sentence boundaries, so the text parsed is a
    substring of ``text`` and offsets shift by the range start. No quotation
    straddles a range edge (quoted clauses are found from quotation marks over
    the parsed text, so a cut quote would change what counts as quoted).
    """
    spans = sentence_spans(text)
    hot = sentences_that_can_fire(text, spans, index)
    if not hot:
        return []
    chosen = sorted(hot)
    runs: list[list[int]] = []
    for i in chosen:
        if runs and runs[-1][1] + 1 >= i:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    runs = _without_cut_quotes(text, spans, runs)
    windows = [(spans[a][0], spans[b][1]) for a, b in runs]
    if sum(e - s for s, e in windows) >= whole_fraction * len(text):
        windows = [(0, len(text))]
    return [piece for window in windows for piece in _trimmed(text, window)]


# A "sentence" longer than this is not prose the splitter could cut (a table flattened
# into one line, a list without full stops); only the text around its family words
# is parsed, since a parse of several thousand unpunctuated words means nothing.
LONG_WINDOW = 1500
NEAR_FAMILY_WORD = 300


def _trimmed(text: str, window: tuple[int, int]) -> list[tuple[int, int]]:
    start, end = window
    if end - start <= LONG_WINDOW:
        return [window]
    pieces: list[list[int]] = []
    for match in candidate_pattern().finditer(text, start, end):
        lo = text.rfind(" ", start, max(start, match.start() - NEAR_FAMILY_WORD))
        hi = text.find(" ", min(end, match.end() + NEAR_FAMILY_WORD), end)
        lo, hi = (start if lo == -1 else lo + 1), (end if hi == -1 else hi)
        if pieces and lo <= pieces[-1][1]:
            pieces[-1][1] = max(pieces[-1][1], hi)
        else:
            pieces.append([lo, hi])
    return [(lo, hi) for lo, hi in pieces if text[lo:hi].strip()]


def _without_cut_quotes(text: str, spans, runs: list[list[int]]) -> list[list[int]]:
    """The runs widened to whole sentences around every quotation that crosses their edges, merged where they meet.

    Quotations are in order and never overlap, so those touching a run are found
    by bisection: the cost is linear in the number of runs and quotations.
    """
    from lintkit.nlp.context import quote_spans

    last = len(text) - 1
    quotes = [(s - 1, min(e, last)) for s, e in quote_spans(text)]  # the marks included (an open quote runs to the end)
    if not quotes:
        return runs
    starts = [s for s, _ in spans]
    quote_starts = [qs for qs, _ in quotes]
    quote_ends = [qe for _, qe in quotes]

    def sentence_of(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    def widened(first: int, final: int) -> tuple[int, int]:
        while True:
            touching = bisect.bisect_left(quote_ends, spans[first][0]), bisect.bisect_left(quote_starts, spans[final][1])
            if touching[0] >= touching[1]:
                return first, final
            wider = min(first, sentence_of(quotes[touching[0]][0])), max(final, sentence_of(quotes[touching[1] - 1][1]))
            if wider == (first, final):
                return first, final
            first, final = wider

    merged: list[list[int]] = []
    for run in runs:
        first, final = widened(*run)
        while merged and merged[-1][1] + 1 >= first:
            previous = merged.pop()
            first, final = min(previous[0], first), max(previous[1], final)
        merged.append([first, final])
    return merged


def candidate_segments(document: Document) -> list[Segment]:
    """The segments holding a family word (no other can fire a rule)."""
    return [s for s in document.segments if has_candidate(s.text)]


@dataclass(frozen=True)
class Window:
    """A substring ``segment.text[start:end]`` to parse; offsets in it shift by ``start``.

    Its findings are those that start in ``segment.text[keep_start:keep_end]``:
    the pieces of an over-long paragraph overlap (see ``nlp.bounded``).
    """

    segment: int  # index into the candidate segments
    start: int
    end: int
    keep_start: int
    keep_end: int

    def owns(self, finding: Finding) -> bool:
        return self.keep_start <= self.start + finding.start < self.keep_end


def parse_windows(segments: list[Segment], config: Config, whole: bool = False) -> list[Window]:
    """The windows of ``segments`` that can fire a rule, in document order (each segment whole with ``whole``).

    No window is longer than ``nlp.bounded.MAX_WINDOW``, whatever the paragraph's length.
    """
    index = requirement_index(config.rule_packs)
    return [
        Window(i, piece.start, piece.end, piece.keep_start, piece.keep_end)
        for i, s in enumerate(segments)
        for start, end in ([(0, len(s.text))] if whole else sentence_windows(s.text, index))
        for piece in bounded_pieces(s.text, start, end)
    ]


def segment_context(segment: Segment, notes: bool = False) -> str | None:
    """Quoted in a block quote (unless it is the writer's call-out), attributed in a reading-list entry
    or, with ``notes`` (the document is notes on a credited work), in a list item noting what the work says."""
    from lintkit.nlp.context import ATTRIBUTED, QUOTED

    if segment.quoted and not is_callout(segment.text):
        return QUOTED
    return ATTRIBUTED if segment.cited or (notes and is_note(segment)) else None


@dataclass(frozen=True)
class ParseWork:
    """The windows of one document to parse: their text and context, and where each sits in the source.

    Plain data, so one process can cut a document into windows and another parse them.
    """

    texts: tuple[str, ...] = ()
    contexts: tuple[str | None, ...] = ()
    placements: tuple[Window, ...] = ()  # per window: its segment's index, place and the span it owns
    offsets: tuple[OffsetMap, ...] = ()  # per candidate segment (its text is not needed to place a finding)
    labels: tuple[Finding, ...] = ()  # findings read from the document's structure, not parsed (source offsets)


def parse_work(document: Document, config: Config, *, path: str, whole: bool = False) -> ParseWork:
    """The windows of ``document`` that can fire a rule (each candidate segment whole with ``whole``).

    Group labels ("Leadership" among list items naming people) need the document's other
    segments, which only this step sees, and no parse: their findings are made here.
    """
    segments = candidate_segments(document)
    if not segments:
        return ParseWork()
    from lintkit.engine.conditions.lm003_labels import label_findings
    from lintkit.engine.loader import rules_for

    windows = parse_windows(segments, config, whole)
    context = partial(segment_context, notes=notes_on_a_work(document.segments))
    return ParseWork(
        tuple(segments[w.segment].text[w.start:w.end] for w in windows),
        tuple(context(segments[w.segment]) for w in windows),
        tuple(windows),
        tuple(s.offsets for s in segments),
        tuple(label_findings(document, rules_for(config.rule_packs).get("LM003"), path, context)),
    )


def placed(work: ParseWork, results: Sequence[list[Finding]], source: str) -> list[Finding]:
    """Window-relative findings (one list per window of ``work``) moved to offsets in ``source``, and the labels' findings."""
    owned = [
        (n, _fix_as_written(_placed(f, work.offsets[window.segment], window.start), text[f.start:f.end], source))
        for n, (text, window, found) in enumerate(zip(work.texts, work.placements, results))
        for f in found
        if window.owns(f)  # a bounded piece of a long window reports only what starts in its own part
    ]
    by_window: dict[int, list[Finding]] = {}
    for n, f in owned:
        by_window.setdefault(n, []).append(f)
    found = [f for n, f in owned if not _seen_by_the_piece_before(f, by_window.get(n - 1, ()))]
    taken = [(f.start, f.end) for f in found if f.code in {label.code for label in work.labels}]
    return found + [label for label in work.labels if not any(s < label.end and label.start < e for s, e in taken)]


def _seen_by_the_piece_before(finding: Finding, before: Sequence[Finding]) -> bool:
    """A finding the piece before kept runs on past its cut ("Managers are leaders. | Leaders are managers." is one
    claim stated both ways): this piece, which sees only the part after the cut, finds that part again. Pieces
    overlap only their neighbours, so only the one before is looked at."""
    return any(f.code == finding.code and f.start < finding.end and finding.start < f.end for f in before)


def _placed(finding: Finding, offsets: OffsetMap, base: int) -> Finding:
    start, end = offsets.source_span(base + finding.start, base + finding.end)
    return replace(finding, start=start, end=end)


def _fix_as_written(finding: Finding, words: str, source: str) -> Finding:
    """The finding without its rewrite where the source does not read as the words the fix was made for.

    Markup inside the span (``**leaders**, not managers``) or a line break the
    reader joined would otherwise be lost or garbled by the edit.
    """
    if finding.replacement is None or source[finding.start:finding.end] == words:
        return finding
    return replace(finding, replacement=None, fix_safe=False)
