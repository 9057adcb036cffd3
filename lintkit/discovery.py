"""Which files a ``lintkit check PATH...`` run reads.

Folders are walked honouring .gitignore files (hidden folders are skipped), then
filtered by the configured include and exclude globs (the default excludes leave
out dependencies, virtual environments and build output); a glob's matches
honour .gitignore and the excludes too. A file named explicitly is always read.
Only regular files are read from a folder or a glob: a FIFO would block and a
device such as /dev/zero never ends, so they are skipped with a note. Every path
that yields nothing, or cannot be looked at (a symlink loop), is an error naming it.
"""
from __future__ import annotations

import errno
import functools
import glob
import os
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path

import pathspec

from lintkit.config import Config, is_valid_glob
from lintkit.config_files import config_for
from lintkit.documents.markups import INCLUDE_GLOBS, STDIN
from lintkit.errors import LintkitError
from lintkit.regular_files import kind_of, read_regular
from lintkit.file_names import printable

GLOB_CHARS = set("*?[")
MAX_GITIGNORE_BYTES = 4 * 1024 * 1024
WALK_SETTINGS = ("include", "exclude", "extend_exclude")  # the command-line settings that decide what a walk finds


@functools.lru_cache(maxsize=64)
def _spec(globs: tuple[str, ...]) -> pathspec.PathSpec:
    """Globs compiled once; a line git would not read as a pattern (a lone ``\\``) matches nothing, as in git."""
    return pathspec.GitIgnoreSpec.from_lines([g for g in globs if is_valid_glob(g)])


def _gitignore(folder: Path) -> pathspec.PathSpec | None:
    try:
        data = read_regular(folder / ".gitignore", MAX_GITIGNORE_BYTES)
    except OSError:
        return None  # none, unreadable, or not a regular file
    return _spec(tuple(data.decode("utf-8", errors="replace").splitlines()))


def _matches(globs: tuple[str, ...], relative: str) -> bool:
    return _spec(tuple(globs)).match_file(relative)


def _relative(absolute: Path, root: Path, otherwise: Path) -> str:
    """``absolute`` relative to the settings' folder ``root`` (globs are written from there), else to ``otherwise``."""
    return (absolute.relative_to(root) if absolute.is_relative_to(root) else absolute.relative_to(otherwise)).as_posix()


def stat_problem(exc: OSError, path: str) -> str:
    """Why a path cannot be looked at, in words."""
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT:
        return "broken symbolic link" if os.path.lexists(path) else "no such file or directory"
    return f"cannot read ({exc.strerror or exc})"


@dataclass
class Discovery:
    """The files found so far, the errors for paths that gave nothing, and notes on what was skipped."""

    files: list[str] = field(default_factory=list)
    errors: list[LintkitError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    _ignores: dict[Path, tuple] = field(default_factory=dict)

    def gitignores(self, directory: Path) -> tuple[tuple[Path, pathspec.PathSpec], ...]:
        """The .gitignore files in force in ``directory`` (an absolute path): its own and those above, up to the repository's top."""
        if directory not in self._ignores:
            top = (directory / ".git").exists() or directory.parent == directory
            inherited = () if top else self.gitignores(directory.parent)
            own = _gitignore(directory)
            self._ignores[directory] = inherited + (((directory, own),) if own is not None else ())
        return self._ignores[directory]

    def ignored(self, absolute: Path, is_dir: bool) -> bool:
        suffix = "/" if is_dir else ""
        return any(spec.match_file(absolute.relative_to(base).as_posix() + suffix) for base, spec in self.gitignores(absolute.parent))

    def add_regular(self, path: Path) -> None:
        """Take ``path`` if it is a regular file (after following links); skip anything else with a note or an error."""
        try:
            mode = os.stat(path).st_mode
        except OSError as exc:
            self.errors.append(LintkitError(stat_problem(exc, str(path)), path=str(path)))
            return
        if stat.S_ISREG(mode):
            self.files.append(str(path))
        else:
            self.notes.append(f"{printable(str(path))}: skipped, a {kind_of(mode)} is not a regular file")

    def walk(self, folder: Path, config: Config) -> int:
        """Add the lintable files under ``folder``, sorted; how many were found."""
        before = self._count()
        top = folder.resolve()
        root = Path(config.root) if config.root else top

        def relative_to_root(absolute: Path) -> str:
            return _relative(absolute, root, top)

        def unreadable(exc: OSError) -> None:
            self.errors.append(LintkitError(f"cannot read folder ({exc.strerror or exc})", path=exc.filename))

        include = config.include or INCLUDE_GLOBS
        for dirpath, dirnames, filenames in os.walk(folder, onerror=unreadable):
            here = Path(dirpath)
            absolute_here = top / here.relative_to(folder)
            dirnames[:] = sorted(
                d for d in dirnames
                if not d.startswith(".")
                and not self.ignored(absolute_here / d, True)
                and not _matches(config.excluded, relative_to_root(absolute_here / d) + "/")
            )
            for name in sorted(filenames):
                absolute = absolute_here / name
                relative = relative_to_root(absolute)
                if self.ignored(absolute, False) or not (_matches(include, name) or _matches(include, relative)):
                    continue
                if not _matches(config.excluded, relative):
                    self.add_regular(here / name)
        return self._count() - before

    def _count(self) -> int:
        return len(self.files) + len(self.errors) + len(self.notes)

    def glob(self, pattern: str, cli_settings: dict) -> int:
        """Add the files matching ``pattern`` that neither .gitignore nor the excludes leave out; how many matched."""
        matched = sorted(p for p in glob.glob(pattern, recursive=True) if not os.path.isdir(p))
        for path in map(Path, matched):
            absolute = path.parent.resolve() / path.name
            config = _walk_config(str(path.parent / "_"), cli_settings)  # the folder's settings: resolving a symlink loop would fail
            relative = _relative(absolute, Path(config.root) if config.root else Path.cwd().resolve(), Path(absolute.anchor))
            if not self.ignored(absolute, False) and not _matches(config.excluded, relative):
                self.add_regular(path)
        return len(matched)


def _walk_config(path: str, cli_settings: dict) -> Config:
    config = config_for(path)
    return replace(config, **{k: v for k, v in cli_settings.items() if k in WALK_SETTINGS})


def expand(arguments: tuple[str, ...], cli_settings: dict | None = None) -> tuple[list[str], list[LintkitError], list[str]]:
    """Files to lint for the command-line arguments, errors for those that name nothing, and notes on skipped files.

    ``cli_settings`` are the command line's settings (``exclude``, ``extend_exclude``), over the files' own.
    """
    found = Discovery()
    cli_settings = cli_settings or {}
    for argument in arguments:
        if argument == STDIN:
            found.files.append(argument)
            continue
        try:
            mode = os.stat(argument).st_mode
        except OSError as exc:
            if exc.errno == errno.ENOENT and GLOB_CHARS & set(argument):
                if not found.glob(argument, cli_settings):
                    found.errors.append(LintkitError("no files match this pattern", path=argument))
            else:
                found.errors.append(LintkitError(stat_problem(exc, argument), path=argument))
            continue
        if stat.S_ISREG(mode):
            found.files.append(argument)
        elif stat.S_ISDIR(mode):
            if not found.walk(Path(argument), _walk_config(str(Path(argument) / "_"), cli_settings)):
                found.errors.append(LintkitError("no files to lint in this folder (see include/exclude and .gitignore)", path=argument))
        else:
            found.errors.append(LintkitError(f"is a {kind_of(mode)}, not a regular file", path=argument))
    return list(dict.fromkeys(found.files)), found.errors, found.notes
