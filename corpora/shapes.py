"""Whether the rules' own examples keep their verdict in the shapes writers give sentences.

The examples in each rule pack are written as clean sentences. Real writers put a
label before them ("Hot take:", a speaker's name in a transcript, "Update —", a list
number), write them as Title Case headlines or in capitals, in lower case, or leave
off the final stop. This puts each shape on every flag and pass example of LM001-LM004
and counts, per rule, the flag examples no longer flagged by their rule and the pass
examples now flagged. Run by hand (a few minutes per shape)::

    python corpora/shapes.py                      # every shape
    python corpora/shapes.py --shape title --list # one shape, with the sentences
"""
from __future__ import annotations

import argparse
from typing import Callable

from lintkit import lint_text
from lintkit.accuracy import RULE_CODES
from lintkit.engine.loader import load_rules


def _title(text: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in text.split(" "))


SHAPES: dict[str, Callable[[str], str]] = {
    "as-written": lambda text: text,
    "label": lambda text: "Hot take: " + text,
    "speaker": lambda text: "Jane: " + text,
    "dash": lambda text: "Update — " + text,
    "numbered": lambda text: "1. " + text,
    "title": _title,
    "caps": str.upper,
    "lower": str.lower,
    "no-stop": lambda text: text.rstrip(".!"),
}


def shape_report(shape: Callable[[str], str]) -> dict[str, tuple[list[str], list[str], int, int]]:
    """Per rule: flag examples lost, pass examples now flagged, and how many of each there are."""
    report = {}
    for rule in load_rules().values():
        if rule.code not in RULE_CODES:
            continue
        lost = [ex.text for ex in rule.flag if not any(f.code == rule.code for f in lint_text(shape(ex.text)))]
        gained = [ex.text for ex in rule.passes if any(f.code == rule.code for f in lint_text(shape(ex.text)))]
        report[rule.code] = (lost, gained, len(rule.flag), len(rule.passes))
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shape", choices=sorted(SHAPES), action="append", help="a shape to try (default: all)")
    parser.add_argument("--list", action="store_true", help="print the sentences that changed verdict")
    args = parser.parse_args()
    print("| shape | " + " | ".join(f"{code} lost / new false alarms" for code in RULE_CODES) + " |")
    print("|---|" + "---:|" * len(RULE_CODES))
    details = []
    for name in args.shape or list(SHAPES):
        report = shape_report(SHAPES[name])
        cells = [f"{len(lost)}/{flags} / {len(gained)}/{passes}" for lost, gained, flags, passes in (report[c] for c in RULE_CODES)]
        print(f"| {name} | " + " | ".join(cells) + " |")
        for code in RULE_CODES:
            details += [f"{name} {code} lost: {SHAPES[name](text)}" for text in report[code][0]]
            details += [f"{name} {code} new false alarm: {SHAPES[name](text)}" for text in report[code][1]]
    if args.list:
        print("\n".join(["", *details]))


if __name__ == "__main__":
    main()
