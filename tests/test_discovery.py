"""Which files ``lintkit check PATH...`` reads: folders, globs, .gitignore, excludes, and what is never opened."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from lintkit.config_files import config_for_directory
from lintkit.discovery import expand

MEMO = "We need leaders, not managers.\n"


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config_for_directory.cache_clear()
    (tmp_path / ".git").mkdir()  # the top of a repository: no .gitignore above it applies
    yield
    config_for_directory.cache_clear()


def _files(*names: str) -> None:
    for name in names:
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_text(MEMO, encoding="utf-8")


def test_a_fifo_and_a_link_to_a_device_in_a_folder_are_skipped_with_a_note():
    _files("d/memo.md")
    os.mkfifo("d/pipe.md")  # reading it would block forever
    os.symlink("/dev/zero", "d/zero.md")  # reading it would never end
    found = expand(("d",))
    assert found[:2] == (["d/memo.md"], [])
    assert found[2] == ["d/pipe.md: skipped, a FIFO is not a regular file", "d/zero.md: skipped, a character device is not a regular file"]


def test_a_symlink_loop_in_a_folder_is_an_error_for_that_path_only():
    _files("d/memo.md")
    os.symlink("b.md", "d/a.md")
    os.symlink("a.md", "d/b.md")
    files, errors = expand(("d",))[:2]
    assert files == ["d/memo.md"]
    assert [e.one_line() for e in errors] == ["d/a.md: symbolic link loop", "d/b.md: symbolic link loop"]


def test_a_dangling_symlink_in_a_folder_is_an_error_for_that_path_only():
    _files("d/memo.md", "d/sub/notes.md")
    os.symlink("gone.md", "d/a.md")
    os.symlink("../gone", "d/sub/b.md")
    files, errors, notes = expand(("d",))
    assert (files, notes) == (["d/memo.md", "d/sub/notes.md"], [])
    assert [e.one_line() for e in errors] == ["d/a.md: broken symbolic link", "d/sub/b.md: broken symbolic link"]


def test_special_files_named_on_the_command_line_are_one_line_errors():
    os.mkfifo("pipe.md")
    os.symlink("loop.md", "loop.md")
    os.symlink("gone.md", "dangling.md")
    files, errors = expand(("pipe.md", "/dev/zero", "loop.md", "missing.md", "dangling.md"))[:2]
    assert files == []
    assert [e.one_line() for e in errors] == [
        "pipe.md: is a FIFO, not a regular file",
        "/dev/zero: is a character device, not a regular file",
        "loop.md: symbolic link loop",
        "missing.md: no such file or directory",
        "dangling.md: broken symbolic link",
    ]


def test_a_gitignore_line_git_cannot_read_is_skipped_as_git_does():
    _files("d/memo.md", "d/draft.md")
    Path(".gitignore").write_text("\\\n!\nd/draft.md\n", encoding="utf-8")
    files, errors = expand(("d",))[:2]
    assert (files, errors) == (["d/memo.md"], [])


def test_dependencies_environments_and_builds_are_left_out_by_default():
    _files("docs/memo.md", "node_modules/pkg/README.md", ".venv/lib/x.md", "venv/x.md", "build/html/x.html", "dist/x.md",
           "lib/site-packages/p/x.md", "_build/x.html", "__pypackages__/x.md", "deep/node_modules/y.md")
    assert expand((".",))[0] == ["docs/memo.md"]


def test_extend_exclude_adds_to_the_defaults_and_exclude_replaces_them():
    _files("docs/memo.md", "docs/drafts/x.md", "node_modules/pkg/README.md")
    assert expand((".",), {"extend_exclude": ("drafts/",)})[0] == ["docs/memo.md"]
    assert expand((".",), {"exclude": ("drafts/",)})[0] == ["docs/memo.md", "node_modules/pkg/README.md"]
    Path(".lintkit.toml").write_text('extend-exclude = ["docs/"]\n', encoding="utf-8")
    config_for_directory.cache_clear()
    assert expand((".",))[1][0].problem.startswith("no files to lint")


def test_a_glob_honours_gitignore_and_the_excludes_but_a_named_file_is_always_read():
    _files("docs/memo.md", "docs/secret.md", "node_modules/x.md")
    Path(".gitignore").write_text("secret.md\n", encoding="utf-8")
    assert expand(("**/*.md",))[0] == ["docs/memo.md"]
    assert expand(("docs/secret.md", "node_modules/x.md"))[0] == ["docs/secret.md", "node_modules/x.md"]
