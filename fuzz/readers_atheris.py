"""Fuzzing the readers: any bytes read as a document or fail with a one-line LintkitError.

With atheris installed (``pip install atheris``) the search is coverage-guided:

    python fuzz/readers_atheris.py -max_total_time=300

Without it, or with ``--plain``, a random-mutation loop over seed documents runs instead:

    python fuzz/readers_atheris.py --plain --seconds 300

The first byte of an input picks the markup, the rest is the file. Any other
exception is a bug: atheris stops on it, the plain loop prints the input and exits 1.
"""
from __future__ import annotations

import random
import sys
import time
import traceback

from lintkit.documents import read_bytes
from lintkit.errors import LintkitError

MARKUPS = ("markdown", "rst", "html", "text", "docx")
SEEDS = [
    b"# Title\n\n> We need **leaders**, not [managers](x).\n\n- a\n  - b\n\n| a | b |\n|---|---|\n| c | d |\n",
    b"Title\n=====\n\n.. note:: We need leaders, not managers.\n\n* item ``code``\n\n.. code-block:: python\n\n   x\n",
    b"<html><body><p>We need <b>leaders</b>, not managers &amp; more.</p><blockquote>Lead.</blockquote></body></html>",
    b"We need leaders, not managers.\n\nlintkit: disable-next-line=LM002\nManagement is leadership.\n",
]


def one_input(data: bytes) -> None:
    markup = MARKUPS[data[0] % len(MARKUPS)] if data else "text"
    try:
        read_bytes(data[1:], f"fuzz.{markup}", markup)
    except LintkitError as error:
        if "\n" in error.one_line():
            raise AssertionError(f"a multi-line error: {error.one_line()!r}") from None


def mutated(rng: random.Random, data: bytes) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        choice = rng.random()
        where = rng.randint(0, len(data))
        if choice < 0.1 and data:
            data[min(where, len(data) - 1)] = rng.randrange(256)
        elif choice < 0.6:
            data[where:where] = rng.choice(SEEDS)[rng.randint(0, 40):][: rng.randint(1, 40)]
        elif choice < 0.8 and data:
            del data[where:where + rng.randint(1, 16)]
        else:
            data[where:where] = bytes(rng.choice(b"<>[]()*_`#|\\&;:.-= \n\t\"'") for _ in range(rng.randint(1, 6)))
    return bytes(data)


def plain_loop(seconds: float, seed: int = 0) -> int:
    rng = random.Random(seed)
    deadline = time.monotonic() + seconds
    tried = 0
    while time.monotonic() < deadline:
        data = bytes([rng.randrange(256)]) + mutated(rng, rng.choice(SEEDS))
        tried += 1
        try:
            one_input(data)
        except Exception:
            print(f"failing input after {tried} tries: {data!r}")
            traceback.print_exc()
            return 1
    print(f"{tried} inputs, no failure")
    return 0


def main(argv: list[str]) -> int:
    if "--plain" not in argv:
        try:
            import atheris
        except ImportError:
            print("atheris is not installed: running the plain mutation loop", file=sys.stderr)
        else:
            atheris.instrument_all()  # the readers, markdown-it and docutils, for coverage
            atheris.Setup([argv[0], *argv[1:]], one_input)
            atheris.Fuzz()
            return 0
    seconds = float(argv[argv.index("--seconds") + 1]) if "--seconds" in argv else 60.0
    return plain_loop(seconds)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
