"""Measure lintkit against the annotated corpora (precision and recall per rule).

Run it as a report::

    python -m lintkit.evaluate corpora/              # every written split, then the real-prose dev and test
    python -m lintkit.evaluate corpora/ --split all  # every file in the folder, pooled
    python -m lintkit.evaluate corpora/dev.jsonl --quiet
    python -m lintkit.evaluate corpora/ --json

The corpus format is described in :mod:`lintkit.corpus`, how a split is
scored in :mod:`lintkit.corpus_scoring`, the real prose in
:mod:`lintkit.evaluate_real`. Only :func:`main` calls ``lintkit.lint_text``.
The exit code is 0 whatever the scores are (this is a report); it is 2 when a
corpus file is malformed or the linter cannot be imported, with a one-line
message naming the file and line.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

from lintkit import evaluate_real
from lintkit.accuracy import CorpusError
from lintkit.corpus import SPLITS, load_corpus
from lintkit.corpus_scoring import LintFunction, SplitResult, predict, score

# Splits that judge the rules and are never read for tuning: their tables are
# printed, their sentences (misses, false alarms) only on request, so tuning
# cannot drift towards them by accident.
HELD_OUT: frozenset[str] = frozenset({
    "test", "untuned", "web-untuned", "web3-untuned", "web4-untuned", "web5-untuned", "web6-untuned",
    "web7-untuned", "web8-untuned", "web9-untuned", "web10-untuned", "web11-untuned", "web12-untuned",
    "web13-untuned", "web14-untuned", "web15-untuned", "web16-untuned", "web17-untuned",
    "web18-untuned", "web19-untuned", "web20-untuned", "web21-untuned", "web22-untuned", "web23-untuned", "web24-untuned",
    "web25-untuned", "web26-untuned", "web27-untuned", "web28-untuned", "web29-untuned", "web30-untuned", "web31-untuned",
    "web32-untuned", "web33-untuned", "web34-untuned", "web35-untuned", "web36-untuned",
    "web37-untuned", "web38-untuned", "web39-untuned", "web40-untuned",
    "web41-untuned", "web42-untuned", "web43-untuned", "web44-untuned",
    "web45-untuned", "web46-untuned", "web47-untuned", "web48-untuned",
    "web49-untuned", "web50-untuned", "web51-untuned", "web52-untuned",
    "web53-untuned", "web54-untuned", "web55-untuned", "web56-untuned",
    "web57-untuned", "web58-untuned", "web59-untuned", "web60-untuned",
    "web61-untuned", "web62-untuned", "web63-untuned", "web64-untuned",
    "web65-untuned", "web66-untuned", "web67-untuned", "web68-untuned",
    "web69-untuned", "web70-untuned", "web71-untuned", "web72-untuned",
    "web73-untuned", "web74-untuned", "web75-untuned", "web76-untuned",
    "web77-untuned", "web78-untuned", "web79-untuned", "web80-untuned",
    "web81-untuned", "web82-untuned", "web83-untuned", "web84-untuned",
    "web85-untuned", "web86-untuned", "web87-untuned", "web88-untuned",
    "web89-untuned", "web90-untuned", "web91-untuned", "web92-untuned",
    "web93-untuned", "web94-untuned", "web95-untuned", "web96-untuned",
    "web97-untuned", "web98-untuned", "web99-untuned", "web100-untuned",
    "web101-untuned", "web102-untuned",
    evaluate_real.HELD_OUT_SPLIT})


# --------------------------------------------------------------------------- output


def _shorten(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_result(result: SplitResult, *, quiet: bool = False) -> str:
    lines = [f"== {result.name}: {result.items} items ==", *result.table()]
    if result.context_matched:
        pct = 100.0 * result.context_correct / result.context_matched
        lines.append(f"context: {result.context_correct}/{result.context_matched} matched findings "
                     f"with the right context ({pct:.1f}%)")
    else:
        lines.append("context: no matched findings")
    lines.append(f"negative-sense: {result.negative_sense_warnings} warning-level findings "
                 f"on {result.negative_sense_items} items (must be 0)")
    if result.linter_errors:
        lines.append(f"linter errors: {len(result.linter_errors)} items raised (scored as no findings)")
    if quiet:
        return "\n".join(lines)

    def ctx(value: str | None) -> str:
        return value or "own"

    sections = [
        ("misses", result.misses,
         lambda e: f"  {e.item_id} {e.code} {e.span!r} [{ctx(e.expected_context)}] | {_shorten(e.text)}"),
        ("false alarms", result.false_alarms,
         lambda e: f"  {e.item_id} {e.code} {e.span!r} [{e.severity}, {ctx(e.got_context)}] | {_shorten(e.text)}"),
        ("wrong context", result.context_errors,
         lambda e: f"  {e.item_id} {e.code} {e.span!r} expected {ctx(e.expected_context)}, "
                   f"got {ctx(e.got_context)} | {_shorten(e.text)}"),
    ]
    for title, errors, render in sections:
        if errors:
            lines.append("")
            lines.append(f"{title} ({len(errors)}):")
            lines.extend(render(e) for e in errors)
    if result.linter_errors:
        lines.append("")
        lines.append(f"linter errors ({len(result.linter_errors)}):")
        lines.extend(f"  {item_id}: {message}" for item_id, message in result.linter_errors)
    return "\n".join(lines)


# --------------------------------------------------------------------------- CLI


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m lintkit.evaluate",
        description="Score lintkit against annotated corpora: precision, recall and F1 per rule.",
    )
    parser.add_argument("corpus", help="a corpus folder (dev.jsonl, test.jsonl) or a single .jsonl file")
    parser.add_argument("--split", choices=("dev", "test", "all"), default=None,
                        help="folder only: one split, or 'all' pooled (default: dev and test, each on its own)")
    parser.add_argument("--quiet", action="store_true", help="print only the tables")
    parser.add_argument("--show-held-out", action="store_true",
                        help="also list the misses and false alarms of the held-out splits "
                             f"({', '.join(sorted(HELD_OUT))}); never read them while tuning")
    parser.add_argument("--json", action="store_true", help="print machine-readable results")
    parser.add_argument("--real-root", type=Path, help="the real prose that real/annotations.jsonl points into (default: ../shared/corpora beside the repository)")
    parser.add_argument("--no-real", action="store_true", help="skip the real-prose splits")
    return parser


def _default_lint() -> LintFunction:
    from lintkit import lint_text  # the public API; imported late so scoring needs no model

    return lambda text: lint_text(text, path=None, config=None)


def main(argv: Sequence[str] | None = None, *, lint: LintFunction | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        splits = load_corpus(args.corpus, args.split)
    except CorpusError as exc:
        print(f"lintkit.evaluate: {exc}", file=sys.stderr)
        return 2
    if lint is None:
        try:
            lint = _default_lint()
        except ImportError as exc:
            print(f"lintkit.evaluate: cannot import lintkit.lint_text ({exc})", file=sys.stderr)
            return 2
    results = []
    for name, items in splits.items():
        predictions, errors = predict(items, lint)
        results.append(score(name, items, predictions, errors))
    real, real_root = _real_prose(args)

    quiet = evaluate_real.hides_sentences(args, HELD_OUT)
    if args.json:  # a held-out split's sentences stay out of the JSON too, unless asked for
        payload = {"corpus": str(args.corpus), "splits": {r.name: r.as_dict() for r in results}}
        payload["real"] = {r.name: r.as_dict() for r in real}
        for name, split in [*payload["splits"].items(), *payload["real"].items()]:
            if quiet(name):
                evaluate_real.strip_sentences(split)
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        print("\n\n".join([*(format_result(r, quiet=quiet(r.name)) for r in results),
                            *(evaluate_real.format_real(r, real_root, quiet=quiet(r.name)) for r in real)]))
    return 0


def _real_prose(args) -> tuple[list, Path | None]:
    """The real-prose splits beside a corpus folder (``real/annotations.jsonl``), when its prose is there."""
    annotations = Path(args.corpus) / "real" / "annotations.jsonl"
    if not annotations.is_file() or args.no_real:
        return [], None
    root = args.real_root or evaluate_real.default_root(annotations)
    if not root.is_dir():
        print(f"lintkit.evaluate: real prose not found at {root} (pass --real-root); real splits skipped", file=sys.stderr)
        return [], None
    splits = ["all"] if args.split == "all" else [args.split] if args.split in SPLITS else list(SPLITS)
    return evaluate_real.evaluate(annotations, root, splits=splits), root


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
