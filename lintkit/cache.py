"""Result cache: the final findings of a file, keyed by everything that decides them.

The key hashes the file's bytes and display path, the effective configuration,
the content of every rule file (the lexicon included) and rule pack, lintkit's
version and the spaCy model's name and version (read from package metadata, so a
cache hit never imports spaCy). Entries are JSON data, checked field by field on
reading: a cache folder may come from anyone (a committed folder, a restored CI
cache), so reading one must never run code or trust its shape. They are written
atomically (a temporary file, then ``os.replace``), so concurrent runs never see
half an entry; an entry that cannot be read is ignored and rewritten.

Where: ``--cache-dir``, else ``LINTKIT_CACHE_DIR``, else ``.lintkit_cache/`` in the
current directory (with a ``.gitignore`` of ``*``), else the platform cache dir
when the current directory is not writable.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import tempfile
from pathlib import Path

from lintkit.findings import Finding

ENV_DIR = "LINTKIT_CACHE_DIR"
DEFAULT_DIR = ".lintkit_cache"
MAX_ENTRY_BYTES = 64 * 1024 * 1024  # larger is no entry lintkit wrote
FORMAT = "v2"  # bump when the entry format or the meaning of findings changes


def default_dir() -> Path:
    """``.lintkit_cache`` here if this folder is writable, else the platform cache dir."""
    here = Path.cwd()
    if os.access(here, os.W_OK):
        return here / DEFAULT_DIR
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("lintkit"))


def resolve_dir(cache_dir: str | os.PathLike | None = None) -> Path:
    if cache_dir:
        return Path(cache_dir)
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR])
    return default_dir()


@functools.lru_cache(maxsize=8)
def model_fingerprint(model: str) -> str:
    """Name and version of the pipeline ``model`` resolves to, without importing spaCy."""
    from importlib import metadata

    from lintkit.nlp.pipeline import candidates

    try:
        spacy_version = metadata.version("spacy")
    except metadata.PackageNotFoundError:
        spacy_version = "?"
    for name in candidates(model):
        try:
            return f"{name}-{metadata.version(name)}+spacy-{spacy_version}"
        except (metadata.PackageNotFoundError, ValueError):
            continue
    path = Path(model)
    if (path / "meta.json").is_file():  # a pipeline folder: its meta says what it is
        return f"{model}:{hashlib.sha256((path / 'meta.json').read_bytes()).hexdigest()}+spacy-{spacy_version}"
    return f"{model}+spacy-{spacy_version}"


@functools.lru_cache(maxsize=8)
def rules_fingerprint(rule_packs: tuple[str, ...]) -> str:
    """A hash of every rule file's content (shipped rules, lexicon, rule packs)."""
    from lintkit.resources import rules_dir

    digest = hashlib.sha256()
    for folder in (rules_dir(), *map(Path, rule_packs)):
        digest.update(str(folder).encode() + b"\0")
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                digest.update(str(path.relative_to(folder)).encode() + b"\0")
                digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def key_for(data: bytes, path: str, config) -> str:
    """The cache key of a file's findings under ``config`` (its effective settings)."""
    from lintkit import __version__

    digest = hashlib.sha256()
    for part in (
        FORMAT,
        __version__,
        path,
        repr(config),
        rules_fingerprint(tuple(config.rule_packs)),
        model_fingerprint(config.model),
    ):
        digest.update(str(part).encode("utf-8", "surrogatepass") + b"\0")
    digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


class Cache:
    """Findings stored per key under ``folder``; every failure to read or write is a miss, never an error."""

    def __init__(self, folder: str | os.PathLike | None = None):
        self.folder = resolve_dir(folder)
        self._ready = False

    def _entry(self, key: str) -> Path:
        return self.folder / FORMAT / key[:2] / f"{key[2:]}.json"

    def get(self, key: str):
        entry = self._entry(key)
        try:
            if not entry.is_file():  # a FIFO or device planted as an entry must not block or flood the run
                return None
            with open(entry, "rb") as handle:
                data = handle.read(MAX_ENTRY_BYTES + 1)
            if len(data) > MAX_ENTRY_BYTES:
                return None
            found = json.loads(data)
            if not isinstance(found, dict) or found.get("key") != key or not isinstance(found.get("findings"), list):
                return None
            return [Finding.from_data(item) for item in found["findings"]]
        except (OSError, ValueError, TypeError, RecursionError):  # a corrupt or foreign entry is a miss; put() rewrites it
            return None

    def _prepare(self) -> None:
        if self._ready:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        ignore = self.folder / ".gitignore"
        if not ignore.exists():
            _atomic_write(ignore, b"# created by lintkit: the cache is never committed\n*\n")
        self._ready = True

    def put(self, key: str, findings: list) -> None:
        try:
            self._prepare()
            entry = self._entry(key)
            entry.parent.mkdir(parents=True, exist_ok=True)
            data = {"key": key, "findings": [f.to_data() for f in findings]}
            _atomic_write(entry, json.dumps(data, ensure_ascii=False).encode("utf-8"))
        except OSError:
            pass  # a read-only or full disk must not fail the lint run


def _atomic_write(path: Path, data: bytes) -> None:
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise

