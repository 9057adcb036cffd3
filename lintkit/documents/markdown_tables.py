"""A Markdown table row cut into cells the way markdown-it cuts it, each character with its column.

markdown-it gives a table cell's inline token the row's line but no column, so
the reader splits the source line itself: container markers (block quotes,
list items) first, then unescaped pipes, then the blanks around each cell.
"""
from __future__ import annotations

import re

# Blockquote markers and list markers before a table row (a row itself never starts with one).
_CONTAINER_PREFIX = re.compile(r"(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*\s*")


def row_cells(line: str) -> list[tuple[str, list[int]]]:
    """Each cell of a table row as markdown-it sees it: content and source column per character."""
    column = _CONTAINER_PREFIX.match(line).end()
    row_end = len(line.rstrip())
    cells: list[tuple[str, list[int]]] = []
    chars: list[str] = []
    columns: list[int] = []
    while column < row_end:
        char = line[column]
        if char == "|" and column and line[column - 1] == "\\":
            chars[-1:], columns[-1:] = ["|"], [column]
        elif char == "|":
            cells.append(_trimmed_cell(chars, columns))
            chars, columns = [], []
        else:
            chars.append(char)
            columns.append(column)
        column += 1
    cells.append(_trimmed_cell(chars, columns))
    if cells and not cells[0][0]:
        cells.pop(0)
    if cells and not cells[-1][0]:
        cells.pop()
    return cells


def _trimmed_cell(chars: list[str], columns: list[int]) -> tuple[str, list[int]]:
    start, end = 0, len(chars)
    while start < end and chars[start].isspace():
        start += 1
    while end > start and chars[end - 1].isspace():
        end -= 1
    return "".join(chars[start:end]), columns[start:end]
