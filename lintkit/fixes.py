"""Safe fixes applied to a file's text: ``lintkit check --fix`` and ``--diff``.

Only rewrites the rule files mark safe are applied, never to words in a quoted
or attributed clause (the writer is reporting someone else's words, and the
fix would put words in their mouth), and only where the text still reads as
the words the finding was made for. Everything else in the file stays
byte-for-byte as it was. Code and front matter are never findings, so they are
never touched.
"""
from __future__ import annotations

import difflib
import os
import stat
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lintkit.documents import decode
from lintkit.errors import LintkitError
from lintkit.file_names import c_quoted
from lintkit.findings import Finding

_BOM = b"\xef\xbb\xbf"


def _header(side: str, path: str) -> str:
    return c_quoted(f"{side}/{path}")


def is_applicable(finding: Finding) -> bool:
    """A safe rewrite of the writer's own words."""
    return finding.replacement is not None and finding.fix_safe and finding.context is None


def fixed_text(text: str, findings: Iterable[Finding]) -> tuple[str, list[Finding]]:
    """``text`` with every applicable fix made, and the findings fixed.

    Of two overlapping findings only the first is fixed (the next run fixes
    the other if it is still there); a finding whose words are no longer at
    its offsets is left alone.
    """
    applied: list[Finding] = []
    for finding in sorted(filter(is_applicable, findings), key=lambda f: (f.start, f.end)):
        if applied and finding.start < applied[-1].end:
            continue
        if text[finding.start:finding.end] == finding.matched:
            applied.append(finding)
    pieces, at = [], 0
    for finding in applied:
        pieces += [text[at:finding.start], finding.replacement]
        at = finding.end
    pieces.append(text[at:])
    return "".join(pieces), applied


@dataclass(frozen=True)
class FileFix:
    path: str
    before: str
    after: str
    applied: tuple[Finding, ...]
    bom: bool = False

    def diff(self) -> str:
        lines = difflib.unified_diff(
            self.before.splitlines(keepends=True), self.after.splitlines(keepends=True), _header("a", self.path), _header("b", self.path)
        )
        return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)

    def write(self) -> None:
        write_atomically(self.path, (_BOM if self.bom else b"") + self.after.encode("utf-8"))


def plan(findings: Sequence[Finding], fixable_path) -> list[FileFix]:
    """One FileFix per file that has something to fix; ``fixable_path(path)`` says whose text can be written back."""
    by_path: dict[str, list[Finding]] = {}
    for finding in findings:
        if is_applicable(finding) and fixable_path(finding.path):
            by_path.setdefault(finding.path, []).append(finding)
    fixes = []
    for path, found in by_path.items():
        raw = _read(path)
        before = decode(raw, path)
        after, applied = fixed_text(before, found)
        if applied:
            fixes.append(FileFix(path, before, after, tuple(applied), raw.startswith(_BOM)))
    return fixes


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise LintkitError(f"cannot read file ({exc.strerror or exc})", path=path) from None


def write_atomically(path: str, data: bytes) -> None:
    """Replace ``path``'s content in one step (a temporary file in the same folder, renamed), keeping its mode.

    A crash or a full disk leaves either the old file or the new one, never half of each.
    """
    target = Path(path).resolve()  # through a symbolic link, to the file it names
    mode = stat.S_IMODE(target.stat().st_mode)
    handle = tempfile.NamedTemporaryFile(dir=target.parent, prefix=f".{target.name}.", suffix=".lintkit-fix", delete=False)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, mode)
        os.replace(handle.name, target)
    except OSError as exc:
        Path(handle.name).unlink(missing_ok=True)
        raise LintkitError(f"cannot write the fixed file ({exc.strerror or exc})", path=path) from None
