"""Result cache: the final findings of a file, keyed by everything that decides them.

The key hashes the file's bytes and display path, the effective configuration,
the content of every rule file (the lexicon included) and rule pack, lintkit's
version and the content of its code (an install from a newer commit keeps the version
number but may judge a sentence differently), and the spaCy model's name and version (read from package metadata, so a
cache hit never imports spaCy). Entries are JSON data, checked field by field on
reading: a cache folder may come from anyone (a committed folder, a restored CI
cache), so reading one must never run code or trust its shape. An entry holds its
key and a digest of its findings: one copied under another key, edited by hand or
cut short is a miss and is removed. Only regular files are read, up to a size.
Entries are written atomically (a temporary file, then ``os.replace``), so
concurrent runs never see half an entry; the temporary files a killed run left
behind are removed by the next run that writes, once they are old enough that
no live run can still be writing them.

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
import time
from pathlib import Path

from lintkit import version
from lintkit.findings import FileFindings, Finding
from lintkit.regular_files import read_regular

ENV_DIR = "LINTKIT_CACHE_DIR"
DEFAULT_DIR = ".lintkit_cache"
MAX_ENTRY_BYTES = 64 * 1024 * 1024  # larger is no entry lintkit wrote
FORMAT = "v3"  # bump when the entry format or the meaning of findings changes
TEMP_PREFIX, TEMP_SUFFIX = ".tmp-", ".part"
ORPHAN_SECONDS = 15 * 60  # no run takes this long to write one entry


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

    from lintkit.engine.loader import rule_files

    shipped = rules_dir()
    digest = hashlib.sha256()
    for folder in (shipped, *map(Path, rule_packs)):
        digest.update(str(folder).encode() + b"\0")
        if not folder.is_dir():
            continue
        # A pack is only its rule files: nothing else in a pack folder is read (or walked).
        files = sorted(p for p in shipped.rglob("*") if p.is_file()) if folder == shipped else rule_files(folder)
        for path in files:
            digest.update(str(path.relative_to(folder)).encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


@functools.lru_cache(maxsize=None)
def code_fingerprint(package: Path = Path(__file__).resolve().parent) -> str:
    """A hash of lintkit's own modules; read once per process (about 0.8 MB)."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode("utf-8", "surrogatepass") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def key_for(data: bytes, path: str, config) -> str:
    """The cache key of a file's findings under ``config`` (its effective settings)."""
    digest = hashlib.sha256()
    for part in (
        FORMAT,
        version.__version__,
        code_fingerprint(),
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
            data = read_regular(entry, MAX_ENTRY_BYTES)  # a FIFO or device planted as an entry must not block or flood the run
        except OSError:
            if os.path.lexists(entry):
                _remove(entry)
            return None
        try:
            found = json.loads(data)
            if not isinstance(found, dict) or found.get("key") != key or not isinstance(found.get("findings"), list):
                raise ValueError("not an entry for this key")
            if found.get("digest") != _digest(found["findings"]):
                raise ValueError("findings do not match their digest")
            unread = found.get("unread_blocks", 0)
            if not isinstance(unread, int) or isinstance(unread, bool) or unread < 0:
                raise ValueError("not a count of unread blocks")
            return FileFindings([Finding.from_data(item) for item in found["findings"]], unread)
        except (ValueError, TypeError, RecursionError):  # a corrupt or foreign entry is a miss, and goes
            _remove(entry)
            return None

    def _prepare(self) -> None:
        if self._ready:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        ignore = self.folder / ".gitignore"
        if not ignore.exists():
            _atomic_write(ignore, b"# created by lintkit: the cache is never committed\n*\n")
        remove_orphans(self.folder)
        self._ready = True

    def put(self, key: str, findings: list) -> None:
        """Store ``findings`` under ``key``, unless the entry would be too big to be read back.

        Each finding holds its source lines: the findings of a paragraph kept on
        one line hold it once each, and the entry grows with the square of its length.
        """
        if sum(len(line) for f in findings for line in f.lines) > MAX_ENTRY_BYTES:
            return  # at least a byte a character: no need to build the JSON to know
        try:
            self._prepare()
            entry = self._entry(key)
            entry.parent.mkdir(parents=True, exist_ok=True)
            items = [f.to_data() for f in findings]
            data = {"key": key, "digest": _digest(items), "findings": items, "unread_blocks": getattr(findings, "unread_blocks", 0)}
            encoded = json.dumps(data).encode("ascii")  # ASCII: a non-UTF-8 file name (a surrogate) writes too
            if len(encoded) <= MAX_ENTRY_BYTES:
                _atomic_write(entry, encoded)
        except OSError:
            pass  # a read-only or full disk must not fail the lint run


def _digest(items: list) -> str:
    """A digest of an entry's findings, as data (independent of how the JSON was spaced)."""
    return hashlib.sha256(json.dumps(items, sort_keys=True).encode("ascii")).hexdigest()


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)  # never follows a symlink; a folder planted as an entry stays (unlink refuses it)


def remove_orphans(folder: Path, now: float | None = None) -> int:
    """Remove the temporary files that killed runs left in the cache folder; how many went."""
    now = time.time() if now is None else now
    removed = 0
    for temp in (*folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"), *folder.glob(f"{FORMAT}/*/{TEMP_PREFIX}*{TEMP_SUFFIX}")):
        with contextlib.suppress(OSError):
            if now - temp.lstat().st_mtime > ORPHAN_SECONDS:
                temp.unlink()
                removed += 1
    return removed


def _atomic_write(path: Path, data: bytes) -> None:
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise

