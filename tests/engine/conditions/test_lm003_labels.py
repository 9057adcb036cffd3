"""LM003 on group labels: "Leadership" as a list item, cell or heading among labels that name people."""
from __future__ import annotations

import pytest

from lintkit.documents import read_document
from lintkit.engine.conditions.lm003_labels import group_labels

FLAGGED = {
    "a team page's heading before its members": (
        "# Cloud team\n\n## Mission\n\nRun the platform.\n\n## Leadership\n\n{{team_leads}}\n\n## Members\n\n{{team}}\n"
    ),
    "a heading among headings for people": (
        "## Who we are\n\n### Structure\n\nText.\n\n### Supervisors\n\nText.\n\n### Director\n\nText.\n\n### Leadership\n\nSee the org chart.\n\n## FAQ\n"
    ),
    "a stakeholder among roles": (
        "Stakeholders:\n\n- Implementation Engineer\n- Technical Account Manager\n- Customer Engineer\n"
        "- Account Executive\n- Leadership (particularly for strategic accounts)\n"
    ),
    "a group named by a modifier among groups": "- Product managers\n- Designers\n- Engineering leadership\n- Customers\n",
    "a cell in a column of groups": (
        "| Audience | Channel |\n|---|---|\n| Engineers | #eng |\n| Leadership | #leads |\n| Customers | #help |\n"
    ),
    "a cell in a row of groups": "| Engineers | Leadership | Staff |\n|---|---|---|\n| a | b | c |\n",
    "departments in an org list": "- Engineering\n- Product\n- Sales\n- Leadership\n",
}

PASSED = {
    "a skill among skills": "- Communication\n- Delegation\n- Leadership\n- Negotiation\n- Teamwork\n",
    "a heading over prose about leading, among topics": (
        "## Technical skills\n\nText.\n\n## Leadership\n\nLeading means setting direction.\n\n## Communication\n\nText.\n"
    ),
    "kinds of leading, each with the roles under it": (
        "## Technical leadership\n\n- Maintainer\n- Architect\n\n## Governance leadership\n\n- Board member\n- Executive director\n"
    ),
    "a contrast of the two functions": "## Managers\n\nText.\n\n## Leadership\n\nText.\n\n## Management\n\nText.\n",
    "a quality before it": "- Engineers\n- Designers\n- Technical leadership\n- Customers\n",
    "a topic, not a group": "- Engineers\n- Designers\n- On leadership\n- Customers\n",
    "a course name, where leadership is not the head": "- Engineers\n- Designers\n- Leadership Development Program\n- Customers\n",
    "the name of a body": "- Engineers\n- Designers\n- Leadership Council\n- Customers\n",
    "a nested list whose parent items name people": "- Engineers\n  - Leadership\n  - Ownership\n- Designers\n- Customers\n",
    "a lone departments pair": "- Engineering\n- Leadership\n- Communication\n",
    "siblings across a block quote's edge": "## Leadership\n\n> ## Members\n",
    "a sentence, not a label": "- Engineers\n- Designers\n- Leadership sets the direction for the whole company.\n- Customers\n",
}


def _labels(text: str, markup: str = "markdown") -> list[str]:
    document = read_document(text, markup)
    return [label.segment.text[label.start:label.end] for label in group_labels(document.segments, document.source)]


@pytest.mark.parametrize("text", FLAGGED.values(), ids=FLAGGED.keys())
def test_a_label_among_labels_that_name_people_is_the_group(text):
    assert [word.lower() for word in _labels(text)] == ["leadership"]


@pytest.mark.parametrize("text", PASSED.values(), ids=PASSED.keys())
def test_a_label_among_skills_topics_or_kinds_of_leading_is_not(text):
    assert _labels(text) == []


def test_html_list_items_are_siblings_too():
    html = "<ul>\n<li>Engineers</li>\n<li>Designers</li>\n<li>Leadership</li>\n</ul>\n"
    assert _labels(html, "html") == ["Leadership"]


def test_the_finding_is_placed_in_the_source_and_says_why(lint):
    text = "Who to ask:\n\n- Your supervisor\n- HR business partners\n- **Leadership**\n"
    [finding] = [f for f in lint(text, path="ask.md") if f.code == "LM003"]
    assert (finding.line, finding.column, finding.matched) == (5, 5, "Leadership")
    assert [e.word for e in finding.evidence][0] == "group-label"
    assert "among labels that name people" in finding.evidence[-1].word


def test_a_label_in_a_block_quote_is_quoted_and_a_comment_disables_it(lint):
    quoted = "> - Engineers\n> - Designers\n> - Leadership\n"
    assert [(f.code, f.context) for f in lint(quoted, path="q.md")] == [("LM003", "quoted")]
    disabled = "<!-- lintkit: disable=LM003 -->\n\n- Engineers\n- Designers\n- Leadership\n"
    assert [f.code for f in lint(disabled, path="d.md")] == []


def test_a_label_the_parse_already_flags_is_reported_once(lint):
    text = "- Engineers\n- Designers\n- Senior leadership\n- Customers\n"
    assert [f.matched for f in lint(text, path="once.md") if f.code == "LM003"] == ["Senior leadership"]


TEAM_PAGE = FLAGGED["a team page's heading before its members"]


def _group_label_findings(findings) -> list[tuple[str, int, str]]:
    return [(f.path, f.line, f.matched) for f in findings if f.evidence and f.evidence[0].word == "group-label"]


def test_a_reader_in_a_worker_makes_the_label_findings_with_the_files_path():
    from lintkit import parallel
    from lintkit.config import Config
    from lintkit.runner import file_document

    _, work = parallel._read_and_cut(file_document, TEAM_PAGE.encode(), "team.md", Config())
    assert [(f.path, TEAM_PAGE[f.start:f.end]) for f in work.labels] == [("team.md", "Leadership")]


def test_the_language_server_and_the_cache_give_the_label_finding_as_lint_text_does(lint, tmp_path):
    from lintkit.config import Config
    from lintkit.lsp.incremental import DocumentWindows
    from lintkit.runner import lint_paths

    expected = _group_label_findings(lint(TEAM_PAGE, path=str(tmp_path / "team.md")))
    assert len(expected) == 1
    windows = DocumentWindows()
    for _ in range(2):  # the second lint reuses every window's findings
        found = windows.lint(TEAM_PAGE, path=str(tmp_path / "team.md"), config=Config(), markup="markdown")
        assert _group_label_findings(found) == expected
    (tmp_path / "team.md").write_text(TEAM_PAGE, encoding="utf-8")
    for _ in range(2):  # written to the cache, then served from it
        result = lint_paths([str(tmp_path / "team.md")], use_cache=True, cache_dir=str(tmp_path / "cache"))
        assert _group_label_findings(result.findings) == expected


@pytest.mark.slow
def test_workers_give_the_label_finding_as_one_job_does(tmp_path, nlp, monkeypatch):
    from lintkit import parallel
    from lintkit.runner import lint_paths

    monkeypatch.setattr(parallel, "MIN_PARALLEL_BYTES", 1)
    monkeypatch.setattr(parallel, "MIN_PARALLEL_CHARS", 0)
    paths = []
    for n in range(3):
        (tmp_path / f"team{n}.md").write_text(TEAM_PAGE, encoding="utf-8")
        paths.append(str(tmp_path / f"team{n}.md"))
    one, two = lint_paths(paths, jobs=1), lint_paths(paths, jobs=2)
    assert len(_group_label_findings(one.findings)) == 3
    assert list(two.findings) == list(one.findings)
