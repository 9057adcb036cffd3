"""Which pattern costs the most, and on which sentence? CPU seconds of each matcher on each span it runs over.

Run by hand, never as a test:

    python benchmarks/pattern_cost.py PATH [PATH ...] [--top 15]

PATH is a file or a folder, found as ``lintkit check`` finds them. Each file
is read, cut into the windows lintkit parses and parsed once; then every
pattern's matcher runs, alone and timed, over each span the engine gives it
(each sentence that holds its words, or the whole window for a pattern that
may cross sentences). Printed: the slowest (pattern, sentence) pairs with the
file and the sentence's length in tokens, then the total per pattern. A wide
``{a,b}`` range over a wildcard once took 12 s and 1.4 GB on one 32-word
sentence here: this is the script that finds such a pattern.
"""
from __future__ import annotations

import argparse
import collections
import heapq
import time

from lintkit.config import Config
from lintkit.discovery import expand
from lintkit.engine import parsing, windows
from lintkit.nlp.case import for_parsing
from lintkit.nlp.prefilter import words_of
from lintkit.nlp.senses import tag_senses
from lintkit.runner import file_document


def _windows(path: str, config: Config) -> list[str]:
    with open(path, "rb") as handle:
        document = file_document(handle.read(), path)
    segments = windows.candidate_segments(document)
    return [segments[w.segment].text[w.start:w.end] for w in windows.parse_windows(segments, config)]


def _timed_spans(doc, engine) -> list[tuple[float, tuple[str, str], object]]:
    """CPU seconds of each matcher over each span the engine would run it on (a matcher its patterns share goes by the first's name)."""

    def can_fire(text: str):
        lowered = text.lower()
        return engine.requirements.patterns(words_of(lowered), lowered)

    timed = []
    for name, runs in engine.compiled.runs(doc, can_fire):  # the spans CompiledRules runs each matcher over
        token_kind, matcher = engine.compiled.matcher(name)
        for span, _ in runs:
            started = time.process_time()
            matcher(span, with_alignments=True) if token_kind else matcher(doc)
            timed.append((time.process_time() - started, name, span))
    return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--top", type=int, default=15, help="how many of the slowest (pattern, sentence) pairs to print")
    args = parser.parse_args()
    config = Config()
    engine = parsing.engine_for(config.model, config.rule_packs, config.accepted_terms)
    paths, errors, _ = expand(tuple(args.paths))
    for error in errors:
        print(error)
    slowest: list[tuple[float, str, str, int, str]] = []
    totals: collections.Counter = collections.Counter()
    for path in paths:
        texts = _windows(path, config)
        for doc in engine.nlp.pipe([for_parsing(text) for text in texts], batch_size=parsing.BATCH_SIZE):
            tag_senses(doc, [])
            for seconds, name, span in _timed_spans(doc, engine):
                totals[name] += seconds
                row = (seconds, ":".join(name), path, len(span), " ".join(span.text.split())[:100])
                heapq.heappush(slowest, row) if len(slowest) < args.top else heapq.heappushpop(slowest, row)
    print(f"{len(paths)} files; the {args.top} slowest (pattern, span) pairs, CPU seconds:")
    for seconds, name, path, tokens, text in sorted(slowest, reverse=True):
        print(f"{seconds:9.4f}  {name:40}  {tokens:4} tokens  {path}\n           {text}")
    print("\nCPU seconds per pattern (the ten costliest):")
    for name, seconds in totals.most_common(10):
        print(f"{seconds:9.3f}  {':'.join(name)}")


if __name__ == "__main__":
    main()
