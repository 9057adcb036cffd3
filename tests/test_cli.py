"""lintkit check / rules / explain, as a user runs them."""
from __future__ import annotations

import json
import os
import sys

import pytest

from tests.helpers import FIXTURES, run_entry_point, run_in_process

EXPECTED_SPEC_FLAGS = [
    (3, 1, "LM001"), (5, 1, "LM001"), (7, 1, "LM001"), (9, 1, "LM001"), (11, 6, "LM001"),
    (13, 9, "LM001"), (15, 7, "LM001"), (17, 10, "LM001"), (19, 13, "LM001"), (21, 9, "LM001"),
    (23, 1, "LM001"), (25, 9, "LM001"), (27, 9, "LM002"), (29, 1, "LM002"), (31, 9, "LM002"),
    (33, 1, "LM002"), (35, 6, "LM002"), (37, 17, "LM002"), (39, 1, "LM002"), (41, 1, "LM002"),
    (43, 22, "LM002"), (45, 1, "LM002"), (47, 1, "LM002"), (49, 11, "LM002"), (51, 30, "LM002"),
    (53, 1, "LM002"), (55, 12, "LM002"), (57, 29, "LM002"), (59, 5, "LM003"), (61, 13, "LM003"),
    (63, 1, "LM003"), (65, 15, "LM003"), (67, 1, "LM003"), (69, 1, "LM003"), (71, 1, "LM004"),
    (73, 1, "LM004"), (75, 9, "LM004"), (77, 1, "LM004"),
]


def _jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_spec_flag_examples_are_reported_at_their_line_and_column(capsys, nlp):
    run = run_in_process(capsys, "check", str(FIXTURES / "spec_flags.md"), "--format", "jsonl")
    found = [(f["line"], f["column"], f["code"]) for f in _jsonl(run.out)]
    assert found == EXPECTED_SPEC_FLAGS
    assert run.code == 1


def test_spec_pass_examples_exit_zero(capsys, nlp):
    run = run_in_process(capsys, "check", str(FIXTURES / "spec_passes.md"))
    assert (run.code, run.out) == (0, "")


def test_the_articles_hard_cases_report_info_with_context(capsys, nlp):
    run = run_in_process(capsys, "check", str(FIXTURES / "hard_cases.md"), "--format", "jsonl")
    found = [(f["line"], f["code"], f["severity"], f["context"]) for f in _jsonl(run.out)]
    assert found == [(3, "LM002", "info", "quoted"), (6, "LM002", "info", "attributed")]
    assert run.code == 0


def test_text_output_shows_location_snippet_and_suggestion(capsys, nlp, tmp_path):
    memo = tmp_path / "memo.md"
    memo.write_text("# Memo\n\nWe need leaders, not managers.\n", encoding="utf-8")
    run = run_in_process(capsys, "check", str(memo))
    assert run.out.startswith(f"{memo}:3:9: LM002 [warning] ")
    assert "leaders, not managers" in run.out and "^^^^" in run.out and "suggestion:" in run.out


def test_show_evidence_names_the_pattern_and_relations(capsys, nlp, tmp_path):
    memo = tmp_path / "memo.txt"
    memo.write_text("We need leaders, not managers.\n", encoding="utf-8")
    run = run_in_process(capsys, "check", str(memo), "--show-evidence")
    assert "evidence:" in run.out and "not-contrast" in run.out and "leaders" in run.out


def test_select_ignore_and_severity_override(capsys, nlp):
    path = str(FIXTURES / "spec_flags.md")
    only = _jsonl(run_in_process(capsys, "check", path, "--format", "jsonl", "--select", "LM004").out)
    assert {f["code"] for f in only} == {"LM004"}
    rest = _jsonl(run_in_process(capsys, "check", path, "--format", "jsonl", "--ignore", "LM001,LM002").out)
    assert {f["code"] for f in rest} == {"LM003", "LM004"}
    run = run_in_process(capsys, "check", path, "--select", "LM003", "--severity", "LM003=info")
    assert run.code == 0 and "[info]" in run.out


def test_fail_on_info_fails_on_info_findings(capsys, nlp):
    path = str(FIXTURES / "hard_cases.md")
    assert run_in_process(capsys, "check", path).code == 0
    assert run_in_process(capsys, "check", path, "--fail-on", "info").code == 1


def test_context_policy_ignore_hides_quoted_and_keep_restores_severity(capsys, nlp):
    path = str(FIXTURES / "hard_cases.md")
    assert run_in_process(capsys, "check", path, "--context-policy", "ignore").out == ""
    run = run_in_process(capsys, "check", path, "--context-policy", "keep", "--format", "jsonl")
    assert {f["severity"] for f in _jsonl(run.out)} == {"warning"} and run.code == 1


def test_folder_walk_honours_gitignore_and_include(capsys, nlp, tmp_path):
    (tmp_path / ".gitignore").write_text("drafts/\n", encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "old.md").write_text("We need leaders, not managers.\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "memo.md").write_text("Lead, don't manage.\n", encoding="utf-8")
    (tmp_path / "docs" / "script.py").write_text("# We need leaders, not managers.\n", encoding="utf-8")
    run = run_in_process(capsys, "check", str(tmp_path), "--format", "jsonl")
    assert [os.path.basename(f["path"]) for f in _jsonl(run.out)] == ["memo.md"]


def test_glob_argument(capsys, nlp, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("Lead, don't manage.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Lead, don't manage.\n", encoding="utf-8")
    run = run_in_process(capsys, "check", "*.md", "--format", "jsonl")
    assert [f["path"] for f in _jsonl(run.out)] == ["a.md"]


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda d: str(d / "missing.md"), "no such file or directory"),
        (lambda d: (d / "empty").mkdir() or str(d / "empty"), "no files to lint"),
        (lambda d: (d / "bin.md").write_bytes(b"lead\x00\x01\x02") and str(d / "bin.md"), "binary"),
        (lambda d: (d / "latin.md").write_bytes("We need leaders, not managers. caf\xe9".encode("latin-1")) and str(d / "latin.md"), "not valid UTF-8"),
        (lambda d: str(d / "nomatch-*.md"), "no files match"),
    ],
    ids=["missing", "empty-folder", "binary", "invalid-utf8", "glob-matches-nothing"],
)
def test_bad_input_is_one_line_exit_2_and_other_files_still_reported(capsys, nlp, tmp_path, make, expected):
    good = tmp_path / "good.md"
    good.write_text("We need leaders, not managers.\n", encoding="utf-8")
    bad = make(tmp_path)
    run = run_in_process(capsys, "check", bad, str(good))
    errors = run.err.strip().splitlines()
    assert len(errors) == 1 and expected in errors[0] and bad in errors[0]
    assert "Traceback" not in run.err
    assert run.code == 2 and f"{good}:1:9: LM002" in run.out


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(capsys, nlp, tmp_path):
    secret = tmp_path / "secret.md"
    secret.write_text("Lead, don't manage.\n", encoding="utf-8")
    secret.chmod(0)
    run = run_in_process(capsys, "check", str(secret))
    assert run.code == 2 and "cannot read file" in run.err


def test_broken_config_names_file_key_and_allowed_values(capsys, nlp, tmp_path):
    (tmp_path / ".lintkit.toml").write_text('fail-on = "sometimes"\n', encoding="utf-8")
    memo = tmp_path / "memo.md"
    memo.write_text("Lead, don't manage.\n", encoding="utf-8")
    run = run_in_process(capsys, "check", str(memo))
    line = run.err.strip()
    assert run.code == 2 and ".lintkit.toml" in line and "fail-on" in line and "warning" in line and "\n" not in line


def test_usage_errors_exit_2(capsys):
    assert run_in_process(capsys, "check").code == 2
    assert run_in_process(capsys, "check", "x.md", "--severity", "LM003").code == 2
    assert run_in_process(capsys, "explain", "LM999").code == 2


def test_rules_lists_every_rule(capsys):
    run = run_in_process(capsys, "rules")
    assert [line.split()[0] for line in run.out.splitlines()] == ["LM001", "LM002", "LM003", "LM004", "LM100"]


def test_explain_prints_rationale_and_the_examples_the_tests_run(capsys):
    from lintkit.engine.loader import rules_for

    run = run_in_process(capsys, "explain", "lm002")
    assert run.out.startswith("LM002 replacement (warning)")
    assert "Kotter" in run.out and "We need [leaders, not managers]." in run.out
    assert all(ex.text in run.out for ex in rules_for()["LM002"].passes)


def test_lintkit_never_writes_to_the_files_it_lints(capsys, nlp, tmp_path):
    memo = tmp_path / "memo.md"
    memo.write_text("We need leaders, not managers.\n", encoding="utf-8")
    before = (memo.read_bytes(), memo.stat().st_mtime_ns)
    run_in_process(capsys, "check", str(memo))
    assert (memo.read_bytes(), memo.stat().st_mtime_ns) == before


@pytest.mark.slow
def test_entry_point_leaves_every_output_complete(tmp_path):
    """The command exits without the interpreter's tear-down: the report file and stderr must be whole."""
    memo = tmp_path / "memo.md"
    memo.write_text("We need leaders, not managers.\n", encoding="utf-8")
    report = tmp_path / "report.json"
    run = run_entry_point("check", str(memo), "missing.md", "--format", "json", "--output-file", str(report), cwd=tmp_path)
    assert run.code == 2 and run.err.strip() == "error: missing.md: no such file or directory"
    assert [f["code"] for f in json.loads(report.read_text(encoding="utf-8"))["findings"]] == ["LM002"]


@pytest.mark.slow
def test_installed_entry_point_reads_stdin_and_exits_1(tmp_path):
    run = run_entry_point("check", "-", "--stdin-filename", "memo.md", cwd=tmp_path, stdin=b"# Memo\n\nLead, don't manage.\n")
    assert run.code == 1 and run.out.startswith("memo.md:3:1: LM002 [warning]")


@pytest.mark.slow
def test_file_without_family_words_never_imports_spacy(tmp_path):
    memo = tmp_path / "plain.md"
    memo.write_text("# Lunch\n\nThe team ate pizza on Friday.\n", encoding="utf-8")
    probe = "import sys; from lintkit.cli import main\ntry:\n    main(['check', sys.argv[1]])\nexcept SystemExit as e:\n    print(e.code, 'spacy' in sys.modules, 'thinc' in sys.modules)"
    import subprocess

    from tests.helpers import REPO

    done = subprocess.run([sys.executable, "-c", probe, str(memo)], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.stdout.split() == ["0", "False", "False"], done.stderr


def test_a_report_never_overwrites_an_input(tmp_path, capsys):
    memo = tmp_path / "memo.md"
    memo.write_text("We need leaders, not managers.\n", encoding="utf-8")
    run = run_in_process(capsys, "check", str(memo), "-o", str(memo))
    assert run.code == 2 and run.err == f"error: {memo}: is also an input file: refusing to overwrite it with the report\n"
    assert memo.read_text(encoding="utf-8") == "We need leaders, not managers.\n"


@pytest.mark.slow
def test_closed_standard_input_is_a_one_line_error(tmp_path):
    import shlex
    import subprocess

    from tests.helpers import entry_point

    done = subprocess.run(["sh", "-c", f"{shlex.join(entry_point())} check - <&-"], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", "error: -: cannot read standard input (it is closed or unreadable)\n")


def test_max_file_size_option(tmp_path, capsys):
    memo = tmp_path / "memo.md"
    memo.write_text("We need leaders, not managers.\n", encoding="utf-8")
    run = run_in_process(capsys, "check", str(memo), "--max-file-size", "10", "--no-cache")
    assert (run.code, run.err) == (2, f"error: {memo}: is larger than the limit of 10 bytes: not read (see max-file-size)\n")
    run = run_in_process(capsys, "check", str(memo), "--max-file-size", "lots")
    assert run.code == 2 and "invalid size 'lots'" in run.err


ODD = "odd\n\x1bname"  # a newline and a terminal escape, both legal in a POSIX file name
ODD_SHOWN = "odd\\n\\x1bname"


@pytest.mark.parametrize("options", [(), ("--format", "github"), ("--statistics",)])
def test_control_characters_in_file_names_are_escaped_in_every_error_and_note_line(capsys, nlp, tmp_path, monkeypatch, options):
    monkeypatch.chdir(tmp_path)
    os.mkdir("d")
    with open("d/memo.md", "w", encoding="utf-8") as memo:
        memo.write("We need leaders, not managers.\n")
    with open(f"d/{ODD}.md", "wb") as binary:
        binary.write(b"\xff\xfe\x00b\x00a\x00d")
    os.symlink("nowhere.md", f"d/{ODD}-link.md")
    os.mkfifo(f"d/{ODD}-pipe.md")
    run = run_in_process(capsys, "check", "d", f"{ODD}-missing.md", *options)
    assert run.code == 2 and "\x1b" not in run.out + run.err
    assert run.err.splitlines() == [
        f"note: d/{ODD_SHOWN}-pipe.md: skipped, a FIFO is not a regular file",
        f"error: d/{ODD_SHOWN}-link.md: broken symbolic link",
        f"error: {ODD_SHOWN}-missing.md: no such file or directory",
        f"error: d/{ODD_SHOWN}.md: is UTF-16 encoded; lintkit reads UTF-8 text",
    ]
    if options[:1] == ("--format",):
        assert f"::error title=lintkit::d/{ODD_SHOWN}.md: is UTF-16 encoded; lintkit reads UTF-8 text" in run.out.splitlines()


def test_control_characters_in_report_and_settings_file_names_are_escaped(capsys, nlp, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.mkdir(ODD)
    with open(f"{ODD}/.lintkit.toml", "w", encoding="utf-8") as settings:
        settings.write('fail-on = "sometimes"\n')
    with open(f"{ODD}/memo.md", "w", encoding="utf-8") as memo:
        memo.write("We need leaders, not managers.\n")
    run = run_in_process(capsys, "check", f"{ODD}/memo.md")
    assert run.code == 2 and "\x1b" not in run.err
    assert run.err.splitlines() == [f"error: {tmp_path}/{ODD_SHOWN}/.lintkit.toml: fail-on: invalid value 'sometimes' (allowed: error, warning, info, hint)"]
    os.remove(f"{ODD}/.lintkit.toml")
    run = run_in_process(capsys, "check", f"{ODD}/memo.md", "-o", f"{ODD}/missing/report.txt")
    assert run.err.splitlines() == [f"error: {ODD_SHOWN}/missing/report.txt: cannot write the report (No such file or directory)"]


def test_a_dangling_symlink_is_one_error_line_and_the_other_files_are_still_reported(capsys, nlp, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.mkdir("d")
    with open("d/memo.md", "w", encoding="utf-8") as memo:
        memo.write("We need leaders, not managers.\n")
    os.symlink("gone.md", "d/a-link.md")  # sorted before the memo: it must not stop the walk or the run
    run = run_in_process(capsys, "check", "d", "--format", "jsonl")
    assert run.code == 2 and run.err == "error: d/a-link.md: broken symbolic link\n"
    assert [(f["path"], f["code"]) for f in _jsonl(run.out)] == [("d/memo.md", "LM002")]
    run = run_in_process(capsys, "check", "d/a-link.md")
    assert (run.code, run.out, run.err) == (2, "", "error: d/a-link.md: broken symbolic link\n")
