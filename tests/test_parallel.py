"""--jobs N gives the findings, errors and order of --jobs 1 (files, and windows of one file)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from lintkit import parallel
from lintkit.runner import lint_paths

ROOT = Path(__file__).resolve().parent.parent


def test_chunks_are_contiguous_and_cover_everything():
    assert parallel.chunks([], 4) == []
    for sizes, parts in [([5] * 10, 3), ([1, 100, 1, 1, 100], 2), ([3], 8), (list(range(50)), 7)]:
        runs = parallel.chunks(sizes, parts)
        assert runs[0][0] == 0 and runs[-1][1] == len(sizes) and len(runs) <= parts
        assert all(a[1] == b[0] for a, b in zip(runs, runs[1:]))


def test_default_jobs():
    assert parallel.default_jobs(1) == 1
    assert parallel.default_jobs(8) == 1
    assert parallel.default_jobs(100) >= 1


def _corpus_texts() -> list[str]:
    texts = []
    for corpus in sorted((ROOT / "corpora").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def _key(result):
    return [(f.path, f.start, f.end, f.code, f.context, f.evidence) for f in result.findings], [e.one_line() for e in result.errors]


@pytest.mark.slow
def test_many_files_same_as_one_job(tmp_path, nlp):
    texts = _corpus_texts()
    paths = []
    for n in range(12):
        path = tmp_path / f"doc{n:02}.md"
        path.write_text("\n\n".join(texts[n * 20:(n + 1) * 20]), encoding="utf-8")
        paths.append(str(path))
    (tmp_path / "bad.md").write_bytes(b"\xff\xfe\x00bad")
    paths.insert(5, str(tmp_path / "bad.md"))
    paths.append(str(tmp_path / "missing.md"))
    one = lint_paths(paths, jobs=1)
    two = lint_paths(paths, jobs=2)
    assert one.findings and len(one.errors) == 2
    assert _key(two) == _key(one) and two.files == one.files


@pytest.mark.slow
def test_one_big_file_split_over_workers(tmp_path, nlp, monkeypatch):
    texts = _corpus_texts()
    filler = "The release went out on Tuesday. Nobody expected the build to take that long."
    body = "\n\n".join(f"{filler} {t} {filler}" for t in texts)
    path = tmp_path / "big.txt"
    path.write_text(body, encoding="utf-8")
    monkeypatch.setattr(parallel, "MIN_PARALLEL_WINDOWS", 4)
    one = lint_paths([str(path)], jobs=1)
    two = lint_paths([str(path)], jobs=2)
    assert len(one.findings) > 20
    assert _key(two) == _key(one)
