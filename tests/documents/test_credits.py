"""Notes on a credited work: one byline at the top makes the document's list items report the work."""
from __future__ import annotations

import pytest

from lintkit.documents.credits import is_note, notes_on_a_work
from lintkit.documents.markdown import read


def _segments(source: str):
    return read(source).segments


@pytest.mark.parametrize("source", [
    "title=Staff Engineer\n~~~~~~\n*(by Will Larson)*\n\n* Leadership sets the goals.\n",
    "*(by Skelton, Pais; ISBN 978-1942788812)* [Infographic](https://example.com/x.pdf)\n\n* Notes.\n",
    "# About\n\n* [The Manager's Path](https://example.com/book)\n* by Camille Fournier\n* O'Reilly, 2017\n\n# Take-Aways\n\n* Notes.\n",
    "# About\n\n* [Accelerate](https://example.com/a)\n* by Nicole Forsgren, Jez Humble, Gene Kim\n",
])
def test_a_byline_under_the_title_makes_notes_on_a_work(source):
    assert notes_on_a_work(_segments(source))


@pytest.mark.parametrize("source", [
    "By Jane Doe\n\nWe need leaders, not managers.\n",  # the writer's own byline, a plain paragraph
    "# Reading\n\n* [A](https://example.com/a)\n* by Ann Lee\n* [B](https://example.com/b)\n* by Bo Kim\n",  # a reading list
    "# Steps\n\n1. Plan.\n2. Cut scope.\n3. Ship.\n4. Rest.\n5. Review.\n\n* by Ann Lee\n",  # not at the top
    "* By EOD Monday, the scope is set.\n* Estimates follow.\n",  # a deadline, not a byline
    "The survey (by Gallup) found that leadership rarely listens.\n",  # a byline inside the writer's sentence
])
def test_other_bylines_credit_nothing(source):
    assert not notes_on_a_work(_segments(source))


def test_the_notes_are_the_list_items_not_the_writers_paragraphs():
    segments = _segments("# About\n\n* [Elastic Leadership](https://example.com/e)\n* by Roy Osherove\n\n"
                         "# Thoughts\n\nA fantastic read.\n\n# Take-Aways\n\n* Teams grow in phases.\n")
    assert [(s.text, is_note(s)) for s in segments] == [
        ("About", False), ("Elastic Leadership", True), ("by Roy Osherove", False), ("Thoughts", False),
        ("A fantastic read.", False), ("Take-Aways", False), ("Teams grow in phases.", True),
    ]
