"""Settings are found by walking up from each file, and every mistake in them is named."""
from __future__ import annotations

import pytest

from lintkit.config_files import config_for, config_for_directory
from lintkit.errors import LintkitError
from lintkit.severity import Severity


@pytest.fixture(autouse=True)
def fresh_cache():
    config_for_directory.cache_clear()
    yield
    config_for_directory.cache_clear()


def test_pyproject_table_is_found_walking_up(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.lintkit]\nignore = ["lm004"]\nfail-on = "info"\n[tool.lintkit.severity]\nLM003 = "info"\n', encoding="utf-8")
    (tmp_path / "docs" / "deep").mkdir(parents=True)
    config = config_for(str(tmp_path / "docs" / "deep" / "memo.md"))
    assert config.ignore == ("LM004",) and config.fail_on is Severity.INFO
    assert config.severity_for("LM003") is Severity.INFO


def test_lintkit_toml_wins_over_pyproject_in_the_same_folder(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.lintkit]\nselect = ["LM001"]\n', encoding="utf-8")
    (tmp_path / ".lintkit.toml").write_text('select = ["LM002"]\n', encoding="utf-8")
    assert config_for(str(tmp_path / "memo.md")).select == ("LM002",)


def test_pyproject_without_a_lintkit_table_is_skipped(tmp_path):
    (tmp_path / ".lintkit.toml").write_text('ignore = ["LM003"]\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert config_for(str(tmp_path / "sub" / "memo.md")).ignore == ("LM003",)


@pytest.mark.parametrize(
    "body, key, allowed",
    [
        ('colour = "red"\n', "colour", "allowed: model, select"),
        ('fail-on = "loud"\n', "fail-on", "error, warning, info, hint"),
        ('[severity]\nLM001 = "bad"\n', "severity", "error, warning, info, hint"),
        ('[context]\nreported = "maybe"\n', "context.reported", "info, ignore, keep"),
        ('select = "LM001"\n', "select", "list of strings"),
        ('[[overrides]]\nfiles = []\n', "overrides[0].files", "at least one glob"),
        ("select = [\n", "", "invalid TOML"),
        ('exclude = ["\\\\"]\n', "exclude", "invalid pattern"),
        ('extend-exclude = ["drafts/", "!"]\n', "extend-exclude", "invalid pattern"),
        ('max-file-size = "huge"\n', "max-file-size", "e.g. \"50MB\""),
        ('max-file-size = 0\n', "max-file-size", "positive number of bytes"),
        ('rule-packs = ["/"]\n', "rule-packs", "holds no rule files"),
        ('rule-packs = [".lintkit.toml"]\n', "rule-packs", "is not a folder"),
        ('rule-packs = ["missing"]\n', "rule-packs", "does not exist"),
    ],
)
def test_bad_settings_name_the_file_the_key_and_the_allowed_values(tmp_path, body, key, allowed):
    (tmp_path / ".lintkit.toml").write_text(body, encoding="utf-8")
    with pytest.raises(LintkitError) as error:
        config_for(str(tmp_path / "memo.md"))
    message = error.value.one_line()
    assert ".lintkit.toml" in message and key in message and allowed in message


def test_overrides_apply_to_matching_files_only(tmp_path, lint):
    (tmp_path / ".lintkit.toml").write_text('[[overrides]]\nfiles = ["legacy/**"]\nignore = ["LM003"]\n', encoding="utf-8")
    config = config_for(str(tmp_path / "x.md"))
    legacy = str(tmp_path / "legacy" / "old.md")
    assert lint("Escalate to leadership.", path=legacy, config=config) == []
    assert [f.code for f in lint("Escalate to leadership.", path=str(tmp_path / "new.md"), config=config)] == ["LM003"]


def test_accepted_terms_silence_names_the_user_cannot_change(lint):
    from dataclasses import replace

    from lintkit.config import Config

    text = "Our leadership team approved it."
    assert [f.code for f in lint(text)] == ["LM003"]
    assert lint(text, config=replace(Config(), accepted_terms=("leadership team",))) == []


def test_default_excludes_are_replaced_by_exclude_and_extended_by_extend_exclude(tmp_path):
    from lintkit.config import DEFAULT_EXCLUDE

    (tmp_path / "a").mkdir()
    (tmp_path / "a" / ".lintkit.toml").write_text('extend-exclude = ["drafts/"]\n', encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / ".lintkit.toml").write_text('exclude = ["drafts/"]\n', encoding="utf-8")
    assert "node_modules/" in DEFAULT_EXCLUDE and ".venv/" in DEFAULT_EXCLUDE
    assert config_for(str(tmp_path / "a" / "x.md")).excluded == (*DEFAULT_EXCLUDE, "drafts/")
    assert config_for(str(tmp_path / "b" / "x.md")).excluded == ("drafts/",)


@pytest.mark.parametrize("value, size", [("1024", 1024), ('"50MB"', 50 << 20), ('"512 KiB"', 512 << 10), ('"2g"', 2 << 30)])
def test_max_file_size_takes_bytes_or_a_unit(tmp_path, value, size):
    (tmp_path / ".lintkit.toml").write_text(f"max-file-size = {value}\n", encoding="utf-8")
    assert config_for(str(tmp_path / "memo.md")).max_file_size == size
