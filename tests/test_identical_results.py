"""Parsing only rule windows gives exactly the findings of parsing whole segments.

The windowed parse (the default) cuts each candidate paragraph into sentences and
parses only those that can fire a rule; ``find(..., whole=True)`` parses every
candidate paragraph whole. Both must agree, finding for finding, on the
annotated corpora, the Markdown examples and generated multi-sentence paragraphs.
"""
from __future__ import annotations

import json
import random
import re
from dataclasses import replace
from pathlib import Path

import pytest

from lintkit.api import find
from lintkit.config import Config
from lintkit.documents import read_document
from lintkit.engine.windows import candidate_segments, parse_windows

ROOT = Path(__file__).resolve().parent.parent
CORPORA = sorted((ROOT / "corpora").glob("*.jsonl"))
EXAMPLES = sorted((ROOT / "examples").glob("**/*.md"))


def _texts_of(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _both(text: str, markup: str) -> tuple[list, list]:
    document = read_document(text, markup)
    config = Config()
    return find(document, config, "x", whole=False), find(document, config, "x", whole=True)


def _paragraphs(texts: list[str], seed: int, count: int) -> list[str]:
    """Long paragraphs: corpus sentences between filler sentences, so windows are really cut."""
    rng = random.Random(seed)
    fillers = [
        "The release went out on Tuesday.",
        "We moved the planning doc to the shared drive.",
        "Nobody expected the build to take that long.",
        "See the appendix for the numbers.",
        "Lunch is at noon in the big room.",
        "The new laptop policy starts in May.",
        "Our customers asked for dark mode again.",
        "It rained all week, and the office was quiet.",
    ]
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(6, 14)):
            parts.append(rng.choice(texts) if rng.random() < 0.35 else rng.choice(fillers))
        out.append(" ".join(parts))
    return out


@pytest.mark.slow  # every text of every corpus, twice over; the generated paragraphs above sample them by default
@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.name)
def test_corpus_texts(nlp, corpus):
    texts = _texts_of(corpus)
    document_text = "\n\n".join(texts)  # one paragraph per corpus text
    windowed, whole = _both(document_text, "text")
    assert [_as_reported(f) for f in windowed] == [_as_reported(f) for f in whole]
    assert sum(a == b for a, b in zip(windowed, whole)) >= len(whole) - 2


def _as_reported(finding):
    """A finding as the writer sees it, without its evidence: the parser reads a sentence by its neighbours too, so
    on a rare text another pattern of the same rule reports the same words (the subject of an event in one parse, of
    a verb of the group in the other); the finding itself must not change."""
    return replace(finding, evidence=())


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_markdown_examples(nlp, example):
    windowed, whole = _both(example.read_text(encoding="utf-8"), "markdown")
    assert windowed == whole


@pytest.mark.parametrize("seed", range(4))
def test_generated_paragraphs(nlp, seed):
    texts = [t for corpus in CORPORA for t in _texts_of(corpus)]
    paragraphs = _paragraphs(texts, seed, 25)
    document = read_document("\n\n".join(paragraphs), "text")
    segments = candidate_segments(document)
    windows = parse_windows(segments, Config(), whole=False)
    cut = sum(1 for w in windows if (w.start, w.end) != (0, len(segments[w.segment].text)))
    assert cut > 0, "the generated paragraphs must exercise real windows"
    windowed, whole = _both("\n\n".join(paragraphs), "text")
    assert [_as_reported(f) for f in windowed] == [_as_reported(f) for f in whole]
    same = sum(_without_parse_details(a) == _without_parse_details(b) for a, b in zip(windowed, whole))
    assert same >= len(whole) - 1  # as with the corpus texts: on a rare sentence another pattern of the rule reports it


def _without_parse_details(finding):
    """A finding with its evidence's parser labels, heads and score values left out: a generated paragraph glues
    unrelated sentences before a claim, and the label and head the parser gives a word ("Leadership = charisma.":
    subject or loose dependent; "Please ... leadership": the root or under "Please") or the learned score's last
    digit may follow them; the finding, its pattern and its words must not."""
    evidence = tuple(replace(e, relation="", other="") if e.relation not in {"pattern", "reading"}
                     else replace(e, word=re.sub(r"\d\.\d+", "#", e.word)) for e in finding.evidence)
    return replace(finding, evidence=evidence)


def test_the_whole_switch_parses_whole_segments():
    text = " ".join(["The weather was fine."] * 6 + ["Escalate blockers to leadership today."] + ["We ate."] * 6)
    document = read_document(text, "text")
    segments = candidate_segments(document)
    assert [(w.start, w.end) for w in parse_windows(segments, Config(), whole=True)] == [(0, len(text))]
    assert [(w.start, w.end) for w in parse_windows(segments, Config())] != [(0, len(text))]
