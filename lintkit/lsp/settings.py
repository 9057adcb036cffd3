"""Editor-supplied settings, checked by the same rules as a settings file.

Editors pass settings as JSON (``initializationOptions`` or
``workspace/didChangeConfiguration``), in camelCase or snake_case; a typo there
must be reported as clearly as one in ``.lintkit.toml``, so keys are normalised
to the file's kebab-case and each value is validated by ``parse_settings``. Each
key is checked on its own: one misspelt key is reported and the valid ones still
apply. Only the keys the editor actually set override the file's settings.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import replace
from typing import Any

from lintkit.config import Config
from lintkit.config_files import parse_settings
from lintkit.errors import LintkitError

SECTION = "lintkit"
ORIGIN = "lintkit settings from the editor"
# settings-file key -> Config field, for the keys an editor may override
FIELDS = {
    "model": "model",
    "select": "select",
    "ignore": "ignore",
    "severity": "severity",
    "fail-on": "fail_on",
    "accepted-terms": "accepted_terms",
    "include": "include",
    "exclude": "exclude",
    "rule-packs": "rule_packs",
    "context": "context_policy",
}


def _kebab(key: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", key).replace("_", "-").lower()


def overrides_from(options: Any) -> tuple[dict[str, Any], list[str]]:
    """Config fields set by the valid keys of ``options``, and a one-line problem for each bad key.

    A ``{"lintkit": {...}}`` wrapper is accepted; a problem names the key and what is wrong with it.
    """
    if isinstance(options, dict) and isinstance(options.get(SECTION), dict):
        options = options[SECTION]
    if not options:  # none sent; Lua's empty table may arrive as []
        return {}, []
    if not isinstance(options, dict):
        return {}, [LintkitError(f"must be a table of settings, not {type(options).__name__}", path=ORIGIN).one_line()]
    overrides: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in options.items():
        try:
            name, field = _field(str(key))
            overrides[field] = getattr(parse_settings({name: _expanded(name, value)}, ORIGIN), field)
        except LintkitError as exc:
            problems.append(exc.one_line())
    return overrides, problems


def _field(key: str) -> tuple[str, str]:
    """The settings-file name and Config field of an editor's ``key``; ``LintkitError`` with a guess if unknown."""
    name = _kebab(key)
    if name in FIELDS:
        return name, FIELDS[name]
    guess = difflib.get_close_matches(name, FIELDS, n=1)
    hint = f" (did you mean '{guess[0]}'?)" if guess else f" (allowed: {', '.join(FIELDS)})"
    raise LintkitError(f"unknown key{hint}", path=ORIGIN, key=key)


def _expanded(name: str, value: Any) -> Any:
    """``"context": "ignore"`` is short for ``{reported = "ignore"}``."""
    return {"reported": value} if name == "context" and isinstance(value, str) else value


def apply(config: Config, overrides: dict[str, Any]) -> Config:
    return replace(config, **overrides) if overrides else config
