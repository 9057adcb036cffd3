"""Loading the pipeline: only what the rules read, quickly, and one clear line when it cannot load."""
from __future__ import annotations

import pytest

from lintkit.errors import LintkitError
from lintkit.nlp.pipeline import UNUSED_COMPONENTS, load_pipeline


def test_unread_components_are_left_out(nlp):
    assert not set(UNUSED_COMPONENTS) & set(nlp.pipe_names)
    assert {"tok2vec", "tagger", "parser"} <= set(nlp.pipe_names)


def test_a_missing_model_is_one_line():
    with pytest.raises(LintkitError) as raised:
        load_pipeline("no_such_model_pkg")
    message = str(raised.value)
    assert "no_such_model_pkg" in message and "pip install" in message and "\n" not in message
