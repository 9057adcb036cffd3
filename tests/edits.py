"""Random edit sequences, for the tests that compare what reuses a last result with what starts afresh."""
from __future__ import annotations

from hypothesis import strategies as st


@st.composite
def edits(draw, text: str, pieces: list[str], *, most: int = 6, span: int = 40):
    """Up to ``most`` edits (start, end, inserted), each placed in the text the previous ones left."""
    steps = []
    length = len(text)
    for _ in range(draw(st.integers(1, most))):
        start = draw(st.integers(0, length))
        end = draw(st.integers(start, min(length, start + span)))
        inserted = draw(st.sampled_from(["", *pieces]))
        steps.append((start, end, inserted))
        length += len(inserted) - (end - start)
    return steps
