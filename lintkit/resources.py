"""Where the shipped rule files live, in a source checkout and in a wheel.

The rules sit at the repository root (data apart from code); the build copies
them to ``lintkit/rules`` inside the wheel. Both layouts must work.
"""
from __future__ import annotations

import functools
from pathlib import Path

import tomli

from lintkit.errors import LintkitError

PACKAGE_DIR = Path(__file__).resolve().parent


def read_toml(path: Path, what: str) -> dict:
    """A TOML file's data, or one LintkitError line naming the file and the problem."""
    try:
        with open(path, "rb") as handle:
            return tomli.load(handle)  # not the standard tomllib: tomli's compiled wheels parse the rule packs three times faster
    except tomli.TOMLDecodeError as exc:
        raise LintkitError(f"invalid TOML ({exc})", path=str(path)) from None
    except OSError as exc:
        raise LintkitError(f"cannot read {what} ({exc.strerror})", path=str(path)) from None


def rules_dir() -> Path:
    installed = PACKAGE_DIR / "rules"
    if installed.is_dir():
        return installed
    return PACKAGE_DIR.parent / "rules"


@functools.lru_cache(maxsize=None)
def shipped_rule_data(name: str) -> dict:
    """A shipped rule file's data, parsed once: the loader builds the rule from it and the
    conditions take the rule's word lists from it, and parsing the packs is a good part of start-up."""
    return read_toml(rules_dir() / name, "rule file")


@functools.lru_cache(maxsize=None)
def lexicon() -> dict:
    """The shared word families and sense lists (``rules/lexicon.toml``)."""
    return read_toml(rules_dir() / "lexicon.toml", "lexicon")
