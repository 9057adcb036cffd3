"""Where the shipped rule files live, in a source checkout and in a wheel.

The rules sit at the repository root (data apart from code); the build copies
them to ``lintkit/rules`` inside the wheel. Both layouts must work.
"""
from __future__ import annotations

import functools
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

from lintkit.errors import LintkitError

PACKAGE_DIR = Path(__file__).resolve().parent


def read_toml(path: Path, what: str) -> dict:
    """A TOML file's data, or one LintkitError line naming the file and the problem."""
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise LintkitError(f"invalid TOML ({exc})", path=str(path)) from None
    except OSError as exc:
        raise LintkitError(f"cannot read {what} ({exc.strerror})", path=str(path)) from None


def rules_dir() -> Path:
    installed = PACKAGE_DIR / "rules"
    if installed.is_dir():
        return installed
    return PACKAGE_DIR.parent / "rules"


@functools.lru_cache(maxsize=None)
def lexicon() -> dict:
    """The shared word families and sense lists (``rules/lexicon.toml``)."""
    return read_toml(rules_dir() / "lexicon.toml", "lexicon")
