from dataclasses import replace

from lintkit.reporters import ReportContext, github


def test_snapshot(findings, snapshot):
    snapshot("github.txt", github.render(findings, ReportContext(errors=["docs/missing.md: no such file"])))


def test_single_line_annotation(findings):
    assert github.annotation(findings[1]) == (
        "::warning file=docs/guide.md,line=3,col=9,endLine=3,endColumn=29,"
        "title=LM002 leadership-management-synonyms::"
        "'leaders' and 'managers' are offered as synonyms.%0A"
        "Suggestion: Pick the one you mean: leading and managing are different work."
    )


def test_multi_line_annotation_gives_lines_only(findings):
    assert github.annotation(findings[4]) == (
        "::error file=docs/notes.txt,line=2,endLine=3,title=LM003 management-is-leadership::"
        "Managers are equated with leaders."
    )


def test_info_and_hint_are_notices(findings):
    assert github.annotation(findings[0]).startswith("::notice ")
    assert github.annotation(findings[3]).startswith("::notice ")


def test_file_property_is_escaped(findings):
    assert github.annotation(findings[0]).startswith("::notice file=docs/faq%3A 100%25%2C v2.md,line=2,")


def test_escaping_rules():
    assert github.escape_data("100%\r\nnext: a, b") == "100%25%0D%0Anext: a, b"
    assert github.escape_property("100%\r\nnext: a, b") == "100%25%0D%0Anext%3A a%2C b"


def test_stdin_has_no_file(findings):
    assert github.annotation(replace(findings[1], path="-")).startswith("::warning line=3,col=9,")


def test_errors_become_error_annotations():
    assert github.render([], ReportContext(errors=["a.md: cannot decode, not UTF-8"])) == (
        "::error title=lintkit::a.md: cannot decode, not UTF-8\n"
    )
    assert github.render([], ReportContext()) == ""
