"""A typo in a rule code is an error, never a silent "nothing selected" (each case once passed without a word)."""
from __future__ import annotations

import pytest

from lintkit.codes import did_you_mean, unknown_code_problem
from lintkit.config_files import TOP_KEYS
from tests.helpers import run_in_process

KNOWN = ("LM001", "LM002", "LM003", "LM004", "LM100")


@pytest.fixture
def memo(tmp_path):
    path = tmp_path / "memo.md"
    path.write_text("Escalate to leadership.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "args,line",
    [
        (("--select", "XYZ"), "error: --select: unknown rule code or prefix 'XYZ' (known: LM001, LM002, LM003, LM004, LM100)"),
        (("--select", "LM0003"), "error: --select: unknown rule code or prefix 'LM0003' (did you mean LM003?)"),
        (("--ignore", "LM00X"), "error: --ignore: unknown rule code or prefix 'LM00X' (did you mean LM004?)"),
        (("--severity", "LM0003=info"), "error: --severity: unknown rule code or prefix 'LM0003' (did you mean LM003?)"),
    ],
)
def test_unknown_codes_on_the_command_line(capsys, memo, args, line):
    run = run_in_process(capsys, "check", *args, str(memo))
    assert (run.code, run.out, run.err) == (2, "", line + "\n")


def test_codes_and_prefixes_that_name_rules_are_accepted(capsys, nlp, memo):
    run = run_in_process(capsys, "check", "--select", "LM,lm00", "--ignore", "LM004", "--severity", "lm003=info", "--no-cache", str(memo))
    assert run.code == 0 and "LM003 [info]" in run.out


def test_every_settings_problem_at_once_with_did_you_mean(capsys, tmp_path):
    (tmp_path / ".lintkit.toml").write_text(
        'selct = ["LM001"]\nselect = ["LM9"]\nfail-on = "warn"\n[severity]\nLM0003 = "info"\n'
        '[[overrides]]\nfiles = ["*.md"]\nignore = ["LM04"]\n',
        encoding="utf-8",
    )
    (tmp_path / "memo.md").write_text("Escalate to leadership.\n", encoding="utf-8")
    run = run_in_process(capsys, "check", "--no-cache", str(tmp_path / "memo.md"))
    config = tmp_path / ".lintkit.toml"
    assert run.code == 2
    assert run.err.splitlines() == [
        f"error: {config}: selct: unknown key (did you mean select?) (allowed: {', '.join(TOP_KEYS)})",
        f"error: {config}: fail-on: invalid value 'warn' (did you mean warning?) (allowed: error, warning, info, hint)",
        f"error: {config}: select: unknown rule code or prefix 'LM9' (known: LM001, LM002, LM003, LM004, LM100)",
        f"error: {config}: severity: unknown rule code or prefix 'LM0003' (did you mean LM003?)",
        f"error: {config}: overrides[0].ignore: unknown rule code or prefix 'LM04' (did you mean LM004?)",
    ]


def test_a_rule_packs_codes_are_known(capsys, nlp, tmp_path):
    from tests.helpers import REPO

    pack = tmp_path / "pack"
    pack.mkdir()
    rule = (REPO / "rules" / "LM004-charisma.toml").read_text(encoding="utf-8")
    (pack / "ACME004-charisma.toml").write_text(rule.replace('code = "LM004"', 'code = "ACME004"', 1), encoding="utf-8")
    (tmp_path / ".lintkit.toml").write_text('rule-packs = ["pack"]\nselect = ["ACME"]\n', encoding="utf-8")
    (tmp_path / "memo.md").write_text("She is a born leader.\n", encoding="utf-8")
    run = run_in_process(capsys, "check", "--no-cache", "--ignore", "ACME004", str(tmp_path / "memo.md"))
    assert run.code == 0 and run.err == ""


def test_an_unknown_code_in_a_suppression_comment_is_lm100_naming_it(lint):
    text = "<!-- lintkit: disable=LM0003 -->\nEscalate to leadership.\n<!-- lintkit: enable=LM0003 -->\n"
    found = [(f.code, f.line, f.message) for f in lint(text, path="memo.md")]
    named = "This lintkit comment names LM0003, which is not a rule (did you mean LM003?)."
    assert found == [("LM100", 1, named), ("LM003", 2, found[1][2]), ("LM100", 3, named)]


def test_a_comment_naming_several_unknown_codes_is_reported_once(lint):
    found = [(f.code, f.start, f.end, f.message) for f in lint("lintkit: disable-next-line=LM002leaders,leaders", path="memo.txt")]
    assert found == [("LM100", 0, 47, "This lintkit comment names LEADERS and LM002LEADERS, which are not rules.")]


def test_did_you_mean_picks_the_closest_known_code():
    assert did_you_mean("LM0003", KNOWN) == " (did you mean LM003?)"
    assert did_you_mean("XYZ", KNOWN) == ""
    assert unknown_code_problem("LM", KNOWN) is None and unknown_code_problem("LM10", KNOWN) is None
