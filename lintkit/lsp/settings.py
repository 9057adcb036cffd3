"""Editor-supplied settings, checked by the same rules as a settings file.

Editors pass settings as JSON (``initializationOptions`` or
``workspace/didChangeConfiguration``), in camelCase or snake_case; a typo there
must fail as loudly as one in ``.lintkit.toml``, so the table is normalised to
the file's kebab-case keys and validated by ``parse_settings``. Only the keys
the editor actually set override the file's settings.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from lintkit.config import Config, parse_settings

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
    "context": "context",
}


def _kebab(key: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", key).replace("_", "-").lower()


def overrides_from(options: Any) -> dict[str, Any]:
    """Config fields set by ``options`` (a ``{"lintkit": {...}}`` wrapper is accepted).

    Raises ``LintkitError`` naming the key for unknown keys and bad values.
    """
    if isinstance(options, dict) and isinstance(options.get(SECTION), dict):
        options = options[SECTION]
    if not isinstance(options, dict) or not options:
        return {}
    table = {_kebab(key): value for key, value in options.items()}
    if isinstance(table.get("context"), str):  # "context": "ignore" is short for {reported = "ignore"}
        table["context"] = {"reported": table["context"]}
    parsed = parse_settings(table, ORIGIN)
    return {field: getattr(parsed, field) for key, field in FIELDS.items() if key in table}


def apply(config: Config, overrides: dict[str, Any]) -> Config:
    return replace(config, **overrides) if overrides else config
