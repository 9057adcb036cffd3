"""Which files a ``lintkit check PATH...`` run reads.

Folders are walked honouring .gitignore files (and hidden folders are skipped),
then filtered by the configured include/exclude globs. A file named explicitly
is always read. Every path that yields nothing is an error naming it.
"""
from __future__ import annotations

import glob
import os
from pathlib import Path

import pathspec

from lintkit.config import Config, config_for
from lintkit.errors import LintkitError

GLOB_CHARS = set("*?[")


def _gitignore(folder: Path) -> pathspec.PathSpec | None:
    ignore = folder / ".gitignore"
    if not ignore.is_file():
        return None
    try:
        lines = ignore.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return pathspec.GitIgnoreSpec.from_lines(lines)


def _matches(globs: tuple[str, ...], relative: str) -> bool:
    spec = pathspec.GitIgnoreSpec.from_lines(globs)
    return spec.match_file(relative)


def _ignored(path: Path, is_dir: bool, specs: list[tuple[Path, pathspec.PathSpec]]) -> bool:
    for base, spec in specs:
        relative = path.relative_to(base).as_posix() + ("/" if is_dir else "")
        if spec.match_file(relative):
            return True
    return False


def walk(folder: Path, config: Config) -> list[Path]:
    """Lintable files under ``folder``, sorted, honouring .gitignore and include/exclude."""
    found: list[Path] = []
    root = Path(config.root) if config.root else folder.resolve()
    specs: list[tuple[Path, pathspec.PathSpec]] = []
    for parent in reversed([folder.resolve(), *folder.resolve().parents]):
        spec = _gitignore(parent)
        if spec is not None:
            specs.append((parent, spec))
        if (parent / ".git").exists():
            specs = [(b, s) for b, s in specs if b == parent or parent in b.parents or b in parent.parents]
    for dirpath, dirnames, filenames in os.walk(folder):
        here = Path(dirpath)
        spec = _gitignore(here.resolve())
        local = specs + ([(here.resolve(), spec)] if spec is not None and all(b != here.resolve() for b, _ in specs) else [])
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not _ignored(here.resolve() / d, True, local))
        for name in sorted(filenames):
            path = here / name
            resolved = path.resolve()
            if _ignored(resolved, False, local):
                continue
            try:
                relative = resolved.relative_to(root).as_posix()
            except ValueError:
                relative = path.as_posix()
            if _matches(config.include, name) or _matches(config.include, relative):
                if not (config.exclude and _matches(config.exclude, relative)):
                    found.append(path)
    return found


def expand(arguments: tuple[str, ...]) -> tuple[list[str], list[LintkitError]]:
    """Files to lint for the command-line arguments, and errors for those that name nothing."""
    files: list[str] = []
    errors: list[LintkitError] = []
    for argument in arguments:
        path = Path(argument)
        if argument == "-" or path.is_file():
            files.append(argument)
        elif path.is_dir():
            found = walk(path, config_for(str(path / "_")))
            if not found:
                errors.append(LintkitError("no files to lint in this folder (see include/exclude and .gitignore)", path=argument))
            files.extend(str(p) for p in found)
        elif GLOB_CHARS & set(argument):
            matched = sorted(p for p in glob.glob(argument, recursive=True) if Path(p).is_file())
            if not matched:
                errors.append(LintkitError("no files match this pattern", path=argument))
            files.extend(matched)
        elif path.exists():
            errors.append(LintkitError("is not a regular file or folder", path=argument))
        else:
            errors.append(LintkitError("no such file or directory", path=argument))
    unique = list(dict.fromkeys(files))
    return unique, errors
