"""lintkit's settings as values: what to check, how to report it, which files; the defaults.

Every layer may read a ``Config``; reading one from a settings file (and
checking it against the rules) is ``config_files``.
"""
from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from lintkit.severity import Severity

CONTEXT_POLICIES = ("info", "ignore", "keep")
DEFAULT_INCLUDE: tuple[str, ...] = ()  # none set: every extension a markup is read from (documents/markups.py)
# Folders that hold tools' copies, builds and dependencies, not the writer's prose (ruff's list, plus
# Sphinx's _build and the result cache). Setting ``exclude`` replaces them; ``extend-exclude`` adds to them.
DEFAULT_EXCLUDE = (
    ".bzr/", ".direnv/", ".eggs/", ".git/", ".git-rewrite/", ".hg/", ".ipynb_checkpoints/", ".mypy_cache/", ".nox/",
    ".pants.d/", ".pyenv/", ".pytest_cache/", ".pytype/", ".ruff_cache/", ".svn/", ".tox/", ".venv/", ".vscode/",
    "__pypackages__/", "_build/", "buck-out/", "build/", "dist/", "node_modules/", "site-packages/", "venv/", ".lintkit_cache/",
)
MAX_FILE_SIZE = 50 * 1024 * 1024  # bytes; a bigger file is an error line, never a slow read
SIZE_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "kib": 1024, "m": 1024**2, "mb": 1024**2, "mib": 1024**2, "g": 1024**3, "gb": 1024**3, "gib": 1024**3}
_SIZE = re.compile(r"^\s*([0-9]+)\s*([a-z]*)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Override:
    """Settings that apply only to files matching ``files`` (globs relative to the config's folder)."""

    files: tuple[str, ...]
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    severity: tuple[tuple[str, Severity], ...] | None = None
    accepted_terms: tuple[str, ...] | None = None
    context_policy: str | None = None  # the settings key "context"


@dataclass(frozen=True)
class Config:
    model: str = "auto"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    fail_on: Severity = Severity.WARNING
    accepted_terms: tuple[str, ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    max_file_size: int = MAX_FILE_SIZE
    rule_packs: tuple[str, ...] = ()
    context_policy: str = "info"  # how quoted/attributed findings are reported (the settings key "context")
    overrides: tuple[Override, ...] = field(default=())
    source: str | None = None  # the file these settings came from
    root: str | None = None  # its folder: globs are relative to it
    plain_spacy: bool = False  # spaCy as packaged, without nlp.spacy_shortcuts (same findings, slower)

    def severity_for(self, code: str) -> Severity | None:
        return dict(self.severity).get(code)

    def is_selected(self, code: str) -> bool:
        chosen = not self.select or any(code.startswith(prefix) for prefix in self.select)
        return chosen and not any(code.startswith(prefix) for prefix in self.ignore)

    @property
    def excluded(self) -> tuple[str, ...]:
        """Every exclude glob in force: ``exclude`` (or the defaults) and ``extend-exclude``."""
        return self.exclude + self.extend_exclude

    def for_file(self, path: str | None) -> "Config":
        """These settings with the overrides that match ``path`` applied."""
        if not self.overrides or path is None:
            return self
        relative = _relative(path, self.root)
        config = self
        for override in self.overrides:
            if any(fnmatch.fnmatch(relative, glob) or PurePosixPath(relative).match(glob) for glob in override.files):
                changes = {k: getattr(override, k) for k in ("select", "ignore", "accepted_terms", "context_policy") if getattr(override, k) is not None}
                if override.severity is not None:
                    changes["severity"] = tuple({**dict(config.severity), **dict(override.severity)}.items())
                config = replace(config, **changes)
        return config


def _relative(path: str, root: str | None) -> str:
    resolved = Path(path).resolve()
    if root:
        try:
            return resolved.relative_to(Path(root)).as_posix()
        except ValueError:
            pass
    return Path(path).as_posix()


def parse_size(value) -> int:
    """Bytes from an integer, or from a string such as "50MB" or "512 KiB" (K, M and G are powers of 1024)."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    found = _SIZE.match(value) if isinstance(value, str) else None
    if not found or found.group(2).lower() not in SIZE_UNITS or int(found.group(1)) == 0:
        raise ValueError(f"invalid size {value!r} (a positive number of bytes, or e.g. \"50MB\", \"512KB\")")
    return int(found.group(1)) * SIZE_UNITS[found.group(2).lower()]


def is_valid_glob(glob: str) -> bool:
    """Whether git would read ``glob`` as a pattern (a lone ``\\`` or ``!`` it would not)."""
    import pathspec

    try:
        pathspec.GitIgnoreSpec.from_lines([glob])
    except (ValueError, TypeError):
        return False
    return True
