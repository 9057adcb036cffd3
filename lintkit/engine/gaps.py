"""Token patterns of two fixed ends with a gap of any words between them, matched as their two ends.

"A family word, up to twenty words of anything, the other family word" is a
common shape among the contrast patterns. spaCy's Matcher gets a wide range as
one pattern per count (``engine.matching.spacy_patterns``) and starts all of
them at every word of a span, carrying each open one with its alignment word by
word through the gap: such a matcher cost about eight times a plain one per
word on bulk-1M. Here each end is matched once over the span and the ends are
joined where the gap between them has an allowed length, which is the same set
of matches with the same alignments (the gap's words aligned to the gap's spec).
"""
from __future__ import annotations

import re
from collections import defaultdict

GAP_OP = re.compile(r"\{(\d*),(\d+)\}")


def gap_shape(spec: list) -> tuple[int, int, int] | None:
    """(index, fewest, most words) of the gap when ``spec`` is fixed words, one gap of any words, fixed words; else None.

    A fixed word is a spec with no operator; the gap is a spec holding nothing
    but a ``{a,b}`` range.
    """
    ops = [i for i, token in enumerate(spec) if "OP" in token]
    if len(ops) != 1 or ops[0] in (0, len(spec) - 1) or set(spec[ops[0]]) != {"OP"}:
        return None
    bounds = GAP_OP.fullmatch(str(spec[ops[0]]["OP"]))
    if bounds is None:
        return None
    return ops[0], int(bounds.group(1) or 0), int(bounds.group(2))


class GapMatcher:
    """Called as spaCy's Matcher is with ``with_alignments=True``, for specs that all have a ``gap_shape``."""

    def __init__(self, vocab, keyed: list[tuple[str, list]], *, validate: bool = True):
        from spacy.matcher import Matcher

        self.ends = Matcher(vocab, validate=validate)
        self.joins: dict[int, tuple[int, int, int, int, int]] = {}  # per key: (gap index, fewest, most, head length, tail length)
        self.sides: dict[int, tuple[int, bool]] = {}  # per end's key: (the spec's key, is the head)
        for key, spec in keyed:
            gap, fewest, most = gap_shape(spec)
            key_id = vocab.strings.add(key)
            self.joins[key_id] = (gap, fewest, most, gap, len(spec) - gap - 1)
            for is_head, end in ((True, spec[:gap]), (False, spec[gap + 1:])):
                end_key = f"{key}|{'head' if is_head else 'tail'}"
                self.ends.add(end_key, [end])
                self.sides[vocab.strings.add(end_key)] = (key_id, is_head)

    def __len__(self) -> int:
        return len(self.joins)

    def __call__(self, span, with_alignments: bool = True) -> list[tuple[int, int, int, list[int]]]:
        """(key, start, end, alignment) of each match in ``span`` (offsets in it), in the order spaCy finds them."""
        heads: dict[int, list[int]] = defaultdict(list)
        tails: dict[int, list[int]] = defaultdict(list)
        for end_key, start, _ in self.ends(span):
            key, is_head = self.sides[end_key]
            (heads if is_head else tails)[key].append(start)
        found = []
        for order, (key, (gap, fewest, most, head, tail)) in enumerate(self.joins.items()):
            for tail_start in tails.get(key, ()):
                for start in heads.get(key, ()):
                    words = tail_start - start - head
                    if fewest <= words <= most:
                        alignment = [*range(head), *[gap] * words, *range(gap + 1, gap + 1 + tail)]
                        found.append((tail_start + tail, start, order, key, alignment))
        found.sort(key=lambda match: match[:3])
        return [(key, start, end, alignment) for end, start, _, key, alignment in found]
