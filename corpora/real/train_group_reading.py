"""Train LM003's learned group-reading score on the real-prose dev split and the tuned written sets.

    python corpora/real/train_group_reading.py [--root ../shared/corpora] [--l2 1 3 ...] [--threshold T] [--write]

Every "leadership" token that LM003's group condition reads in an annotated dev sentence
is an example: positive in a sentence labelled LM003 with one such token, negative in a
sentence without LM003 (sentences labelled LM003 with several tokens are left out: the
label does not say which). Cross-validation by file scores the rule as it runs: a token
is reported when the rule without the score already reports it, or when the score is
consulted there (the listed cues silent, no quality reading, no name or contrast) and
reaches the threshold. With several ``--l2`` values the one with the best cross-validated
F1 is kept. ``--write`` fits on every file and writes the weights (plain JSON) to
rules/LM003-group-reading.json. The test split and the never-tuned sets are never read.
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence
from unittest import mock

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import learned_scores  # noqa: E402
from learned_scores import ANNOTATIONS, REPO, Text, covered, fit, predict, vocabulary  # noqa: E402

from lintkit import lint_text  # noqa: E402
from lintkit.engine import conditions  # noqa: E402
from lintkit.engine.conditions import group_reading  # noqa: E402
from lintkit.evaluate_real import default_root  # noqa: E402
FOLDS = 5
# The written sets lintkit was tuned on; the never-tuned ones and the test split stay unseen.
WRITTEN = ("dev.jsonl", "registers.jsonl", "web.jsonl")
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
MIN_PRECISION = 0.95  # the threshold chosen by cross-validation keeps at least this precision
LEADERSHIP = re.compile(r"\bleaderships?\b", re.IGNORECASE)


@dataclass(frozen=True)
class Example:
    """One "leadership" token: its features, its gold label and what the rule does there without the score."""

    source: str  # the file (or written item) it comes from: folds never split a source
    names: tuple[str, ...]
    label: bool
    reported: bool  # the rule reports it with the score switched off
    consulted: bool  # the rule asks the score about it


def real_dev_texts(root: Path) -> Iterable[Text]:
    for t in learned_scores.real_dev_texts(root, "LM003"):
        if not (t.labelled and len(LEADERSHIP.findall(t.text)) > 1):  # the label would not say which "leadership"
            yield t


def written_texts(names: Sequence[str] = WRITTEN) -> Iterable[Text]:
    return learned_scores.written_texts(names, "LM003")


def examples_of(t: Text) -> list[Example]:
    """Lint ``t`` with the score switched off, recording each token the group condition and the score see."""
    seen: dict[tuple[int, int], object] = {}  # by (document, position): several patterns may ask about one token
    consulted: set[tuple[int, int]] = set()
    original = conditions.CONDITIONS["leadership-names-group"]

    def condition(tokens):
        token = next(tok for tok in tokens if LEADERSHIP.fullmatch(tok.text))
        seen.setdefault((id(token.doc), token.i), token)
        return original(tokens)

    def score_silent(token):
        consulted.add((id(token.doc), token.i))
        return False

    with mock.patch.dict(conditions.CONDITIONS, {"leadership-names-group": condition}), \
            mock.patch.object(group_reading, "names_group", score_silent):
        found = [(f.start, f.end) for f in lint_text(t.text, path=t.path) if f.code == "LM003"]
        out = []
        for key, token in seen.items():
            offset = learned_scores.offset_in(t.text, token)
            label = t.labelled if t.gold is None else covered(offset, t.gold, bool(t.gold))
            out.append(Example(t.source, tuple(group_reading.features(token)), label,
                               covered(offset, found, bool(found)), key in consulted))
    return out


def collect(texts: Iterable[Text]) -> list[Example]:
    return [e for t in texts for e in examples_of(t)]


def fold_of(name: str) -> int:
    return learned_scores.fold_of(name, FOLDS)


def cross_validate(examples: Sequence[Example], l2: float) -> np.ndarray:
    """Each example's score from a model fitted without its fold (folds by file)."""
    scores = np.zeros(len(examples))
    for k in range(FOLDS):
        train = [e for e in examples if fold_of(e.source) != k]
        held = [i for i, e in enumerate(examples) if fold_of(e.source) == k]
        vocab = vocabulary([e.names for e in train])
        w = fit([e.names for e in train], [e.label for e in train], vocab, l2=l2)
        scores[held] = predict(w, vocab, [examples[i].names for i in held])
    return scores


def report(examples: Sequence[Example], scores, threshold: float) -> tuple[float, float, float, int, int, int]:
    """Precision, recall, F1 and counts of the rule when the score speaks from ``threshold``."""
    tp = fp = fn = 0
    for e, s in zip(examples, scores):
        said = e.reported or (e.consulted and s >= threshold)
        tp += said and e.label
        fp += said and not e.label
        fn += (not said) and e.label
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp, fp, fn


def best_threshold(examples, scores, min_precision: float = MIN_PRECISION) -> float | None:
    """The threshold with the best F1 among those keeping ``min_precision`` (the highest, on a tie)."""
    kept = [(report(examples, scores, t)[2], t) for t in THRESHOLDS if report(examples, scores, t)[0] >= min_precision]
    return max(kept)[1] if kept else None


def write_weights(examples: Sequence[Example], l2: float, threshold: float, path: Path = REPO / "rules" / group_reading.WEIGHTS_FILE) -> Path:
    return learned_scores.write_weights([e.names for e in examples], [e.label for e in examples], l2, threshold, path,
                                        "LM003 group-reading weights; trained by corpora/real/train_group_reading.py on the real dev split")


def _line(label: str, figures) -> str:
    p, r, f, tp, fp, fn = figures
    return f"{label}: P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp} fp {fp} fn {fn})"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=None)
    parser.add_argument("--l2", type=float, nargs="+", default=[1.0], help="L2 strength; with several, cross-validation picks")
    parser.add_argument("--threshold", type=float, default=None, help=f"threshold to write (default: best F1 with P >= {MIN_PRECISION})")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    root = args.root or default_root(ANNOTATIONS)
    examples = collect([*real_dev_texts(root), *written_texts()])
    print(f"{len(examples)} tokens, {sum(e.label for e in examples)} group readings, "
          f"{sum(e.consulted for e in examples)} where the score is consulted")
    print(_line("rule without the score", report(examples, np.zeros(len(examples)), 2.0)))
    chosen = None
    for l2 in args.l2:
        scores = cross_validate(examples, l2)
        threshold = args.threshold if args.threshold is not None else best_threshold(examples, scores)
        for t in THRESHOLDS:
            print(_line(f"l2 {l2:<4} score >= {t:.2f}", report(examples, scores, t)) + f"  [{FOLDS}-fold by file]")
        f1 = report(examples, scores, threshold)[2] if threshold is not None else -1.0
        if threshold is not None and (chosen is None or f1 > chosen[2]):
            chosen = (l2, threshold, f1)
    if chosen is None:
        print(f"no threshold keeps precision {MIN_PRECISION}")
        return 1
    l2, threshold, _ = chosen
    print(f"chosen: l2 {l2}, threshold {threshold}")
    if args.write:
        path = write_weights(examples, l2, threshold)
        print(f"wrote {path.name} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
