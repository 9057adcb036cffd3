"""What the training scripts of lintkit's learned scores share: the texts they read and the logistic model they fit.

The texts are the real-prose dev split (``annotations.jsonl``) and the tuned written
sets; the test split and the never-tuned sets are never read. The model is logistic
regression over binary features, fitted by full-batch gradient descent on a sparse
matrix held as index arrays (numpy only), and written as plain JSON.
"""
from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from lintkit.corpus import load_jsonl  # noqa: E402
from lintkit.evaluate_real import load_annotations  # noqa: E402

ANNOTATIONS = REPO / "corpora" / "real" / "annotations.jsonl"


@dataclass(frozen=True)
class Text:
    """A text to lint, where it comes from, and the gold findings of one rule in it."""

    source: str
    path: str
    text: str
    gold: tuple[tuple[int, int], ...] | None  # the rule's spans; None: the whole text is one sentence's label
    labelled: bool = False  # for ``gold=None``: the sentence carries the rule's label


def real_dev_texts(root: Path, code: str) -> Iterable[Text]:
    """The real dev sentences, each with whether it carries ``code``."""
    for a in load_annotations(ANNOTATIONS):
        if a.split == "dev":
            text = (root / a.file).read_text(encoding="utf-8")[a.start:a.end]
            yield Text(a.file, a.file, text, None, code in a.labels)


def written_texts(names: Sequence[str], code: str) -> Iterable[Text]:
    for name in names:
        for item in load_jsonl(REPO / "corpora" / name):
            gold = tuple((f.start, f.end) for f in item.findings if f.code == code)
            yield Text(f"written:{item.id}", item.id, item.text, gold)


def example_texts(code: str) -> Iterable[Text]:
    """The flag and pass examples of the rule ``code``: the near misses its patterns were written to leave alone."""
    from lintkit.engine.loader import load_rule_file

    for path in sorted((REPO / "rules").glob(f"{code}-*.toml")):
        rule = load_rule_file(path)
        for n, example in enumerate((*rule.flag, *rule.passes)):
            yield Text(f"example:{code}:{n}", f"{code}-example-{n}", example.text, example.spans)


def offset_in(text: str, token) -> int | None:
    """Where ``token`` sits in ``text`` (the parse window is a piece of it, perhaps with its case changed)."""
    at = text.lower().find(token.doc.text.lower())
    return None if at < 0 else at + token.idx


def covered(offset: int | None, spans: Sequence[tuple[int, int]], whole: bool) -> bool:
    return whole if offset is None else any(s <= offset < e for s, e in spans)


def vocabulary(rows: Sequence[Sequence[str]], min_count: int = 2) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for names in rows:
        for n in set(names):
            counts[n] += 1
    return {n: i for i, n in enumerate(sorted(n for n, c in counts.items() if c >= min_count))}


class _Sparse:
    """Binary rows as one array of column indices and the length of each row."""

    def __init__(self, rows: Sequence[Sequence[str]], vocab: dict[str, int]):
        cols = [[vocab[n] for n in set(names) if n in vocab] for names in rows]
        self.lengths = np.array([len(c) for c in cols])
        self.index = np.array([i for c in cols for i in c], dtype=int)
        self.row = np.repeat(np.arange(len(cols)), self.lengths)
        self.shape = (len(cols), len(vocab))

    def dot(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.row, weights=w[self.index], minlength=self.shape[0])

    def tdot(self, r: np.ndarray) -> np.ndarray:
        return np.bincount(self.index, weights=r[self.row], minlength=self.shape[1])


def fit(rows, labels, vocab, l2=1.0, steps=400, rate=0.5, weights=None):
    """Logistic regression by full-batch gradient descent on binary features; ``weights`` count some examples more."""
    x = _Sparse(rows, vocab)
    y = np.asarray(labels, dtype=float)
    k = np.ones(len(y)) if weights is None else np.asarray(weights, dtype=float)
    w = np.zeros(len(vocab))
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x.dot(w), -30, 30)))
        grad = x.tdot(k * (p - y)) / k.sum() + l2 * w / k.sum()
        w -= rate * grad * 4
    return w


def predict(w, vocab, rows) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(_Sparse(rows, vocab).dot(w), -30, 30)))


def fold_of(name: str, folds: int) -> int:
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % folds


def write_weights(rows, labels, l2: float, threshold: float, path: Path, about: str, weights=None, steps: int = 400) -> Path:
    """Fit on every example and write the weights, rounded, as plain JSON (never pickle: the linter loads it)."""
    vocab = vocabulary(rows)
    w = fit(rows, labels, vocab, l2=l2, weights=weights, steps=steps)
    table = {n: round(float(w[i]), 4) for n, i in sorted(vocab.items()) if abs(w[i]) >= 1e-3}
    out = {"about": about, "threshold": threshold, "l2": l2, "examples": len(rows), "weights": table}
    path.write_text(json.dumps(out, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return path
