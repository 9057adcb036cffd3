"""CPU seconds of spaCy's import, load and token tagging with lintkit's shortcuts and without (``plain_spacy``).

Run by hand, never as a test:

    python benchmarks/spacy_shortcuts.py [--rounds 3]

Each run is a fresh process (imports are cached per process); the two modes run
in turn so a load that comes and goes hits both alike. The texts are the
annotated corpus sentences (``corpora/*.jsonl``), twice.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL_COMPONENTS = ("tok2vec", "tagger", "parser")
ONE_RUN = r"""
import json, sys, time
from pathlib import Path

plain = sys.argv[1] == "plain"
start = time.process_time()
from lintkit.nlp.spacy_shortcuts import import_spacy
import_spacy(plain)
imported = time.process_time()
from lintkit.nlp.pipeline import load_pipeline
nlp = load_pipeline(plain_spacy=plain)
loaded = time.process_time()
texts = [json.loads(line)["text"] for corpus in sorted(Path("corpora").glob("*.jsonl"))
         for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()] * 2
docs = [nlp.make_doc(text) for text in texts]
model = [proc for name, proc in nlp.pipeline if name in sys.argv[2:]]
rest = [proc for name, proc in nlp.pipeline if name not in sys.argv[2:]]
before_model = time.process_time()
for proc in model:
    docs = list(proc.pipe(docs, batch_size=64))
before_rest = time.process_time()
for proc in rest:
    docs = [proc(doc) for doc in docs]
done = time.process_time()
print(json.dumps({"import": imported - start, "load": loaded - imported, "model": before_rest - before_model,
                  "attributes": done - before_rest, "tokens": sum(len(doc) for doc in docs)}))
"""
PARTS = ("import", "load", "attributes", "model")


def one_run(mode: str) -> dict:
    out = subprocess.run([sys.executable, "-c", ONE_RUN, mode, *MODEL_COMPONENTS], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    runs: dict[str, list[dict]] = {"shortcuts": [], "plain": []}
    for n in range(args.rounds):
        for mode in ("shortcuts", "plain") if n % 2 == 0 else ("plain", "shortcuts"):
            runs[mode].append(one_run(mode))
    print(f"{runs['shortcuts'][0]['tokens']:,} tokens; CPU seconds, median of {args.rounds} runs each (pair ratios)\n")
    print("| part | shortcuts | plain | shortcuts / plain per round |\n|---|---:|---:|---|")
    for part in PARTS:
        ours, plain = [r[part] for r in runs["shortcuts"]], [r[part] for r in runs["plain"]]
        ratios = " ".join(f"{a / b:.2f}" for a, b in zip(ours, plain))
        print(f"| {part} | {statistics.median(ours):.2f} | {statistics.median(plain):.2f} | {ratios} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
