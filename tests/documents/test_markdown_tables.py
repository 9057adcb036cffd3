"""Table rows: each cell a segment whose characters point at their columns."""
from lintkit.documents import read_document
from lintkit.documents.markdown_tables import row_cells
from tests.documents.checks import assert_exact


def read(source):
    return read_document(source, "markdown")


def test_table_cells_are_segments():
    source = "| Role | What they do |\n|---|:-:|\n| *leaders* | set \\| direction |\n| managers | run `code` it |\n"
    document = read(source)
    assert [(s.kind, s.text) for s in document.segments] == [
        ("table_cell", "Role"),
        ("table_cell", "What they do"),
        ("table_cell", "leaders"),
        ("table_cell", "set | direction"),
        ("table_cell", "managers"),
        ("table_cell", "run  it"),
    ]
    assert_exact(source, document)


def test_table_in_a_blockquote_is_quoted():
    source = "> | a leader | b |\n> |---|---|\n> | managers | d |\n"
    document = read(source)
    assert [s.text for s in document.segments] == ["a leader", "b", "managers", "d"]
    assert all(s.quoted for s in document.segments)
    assert_exact(source, document)


def test_a_row_is_cut_at_unescaped_pipes_after_its_container_markers():
    line = "> - | *leaders* | set \\| direction |  "
    cells = row_cells(line)
    assert [content for content, _ in cells] == ["*leaders*", "set | direction"]
    content, columns = cells[1]
    assert "".join(line[c] for c in columns) == "set | direction"
    assert columns[4] == line.index("\\|") + 1  # the escaped pipe is the "|", not its backslash


def test_a_row_without_edge_pipes_keeps_its_first_and_last_cells():
    assert [content for content, _ in row_cells("a leader |  b")] == ["a leader", "b"]
