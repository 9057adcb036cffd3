"""Code actions and hovers as pure functions of diagnostics and document lines.

The quick fix reads the rewrite back from the diagnostic's ``data`` (set by the
LSP reporter from the rule file's fixes), so what the editor offers is exactly
what the rule's data wrote; it is preferred only when that fix is marked safe.
The suppression comment must be one each markup's reader recognises: an HTML
comment in Markdown and HTML, a ``..`` comment in reStructuredText (which only
starts explicit markup after a blank line), a bare ``lintkit:`` line in text.
In Markdown a comment line inside a paragraph interrupts it (the paragraph
renders as two), so there the comment ends the flagged line instead.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from lsprotocol import types as lsp

from lintkit.documents.markups import comment, is_comment_line
from lintkit.engine.rule import Rule
from lintkit.reporters.lsp import unit_counter
from lintkit.suppressions import UNUSED_SUPPRESSION

_INDENT = re.compile(r"[ \t]*")
# what must stay last on a Markdown line: a hard-break backslash or a table row's closing pipe, spaces, the line break
_MARKDOWN_LINE_TAIL = re.compile(r"[ \t]*(?:(?<!\\)[\\|])?[ \t]*[\r\n]*\Z")


def disable_comment(markup: str, code: str, action: str = "disable-next-line") -> str:
    return comment(markup, f"lintkit: {action}={code}")


def _ending(line: str) -> str:
    stripped = line.rstrip("\r\n")
    return line[len(stripped):] or "\n"


def disable_edit(lines: Sequence[str], line: int, markup: str, code: str, encoding: str = "utf-16") -> lsp.TextEdit:
    """Disable ``code`` on 0-based ``line``: a disable-line comment ending it in Markdown, else a comment line above."""
    text = lines[line] if line < len(lines) else ""
    if markup == "markdown":
        return _end_of_line_comment(text, line, code, encoding)
    indent = _INDENT.match(text).group()
    eol = _ending(text)
    comment = f"{indent}{disable_comment(markup, code)}{eol}"
    if markup == "rst":  # explicit markup needs a blank line before it and ends at one
        above = lines[line - 1] if line > 0 else ""
        comment = ("" if not above.strip() else eol) + comment + eol
    at = lsp.Position(line=line, character=0)
    return lsp.TextEdit(range=lsp.Range(start=at, end=at), new_text=comment)


def _end_of_line_comment(text: str, line: int, code: str, encoding: str) -> lsp.TextEdit:
    """Insert ``<!-- lintkit: disable-line=CODE -->`` after the line's words, before what must stay last."""
    cut = _MARKDOWN_LINE_TAIL.search(text).start()
    at = lsp.Position(line=line, character=unit_counter(encoding)(text[:cut]))
    return lsp.TextEdit(range=lsp.Range(start=at, end=at), new_text=f" {disable_comment('markdown', code, 'disable-line')}")


def _workspace_edit(uri: str, version: int | None, edits: list[lsp.TextEdit], document_changes: bool) -> lsp.WorkspaceEdit:
    if document_changes:
        identifier = lsp.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
        return lsp.WorkspaceEdit(document_changes=[lsp.TextDocumentEdit(text_document=identifier, edits=edits)])
    return lsp.WorkspaceEdit(changes={uri: edits})


def code_actions(
    diagnostics: Sequence[lsp.Diagnostic],
    *,
    uri: str,
    version: int | None,
    lines: Sequence[str],
    markup: str,
    document_changes: bool = False,
    encoding: str = "utf-16",
) -> list[lsp.CodeAction]:
    """A quick fix per diagnostic with a rewrite, and one "disable" action per rule and line."""
    actions: list[lsp.CodeAction] = []
    disabled: set[tuple[str, int]] = set()
    for diagnostic in diagnostics:
        code = str(diagnostic.code)
        data = diagnostic.data if isinstance(diagnostic.data, dict) else {}
        replacement = data.get("replacement")
        if replacement:
            edit = lsp.TextEdit(range=diagnostic.range, new_text=replacement)
            actions.append(
                lsp.CodeAction(
                    title=f"Rewrite as “{replacement}” ({code})",
                    kind=lsp.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    is_preferred=data.get("safe") is True,  # only a rewrite that reads right in place
                    edit=_workspace_edit(uri, version, [edit], document_changes),
                )
            )
        line = diagnostic.range.start.line
        if code == UNUSED_SUPPRESSION:
            removal = _remove_comment(lines, diagnostic.range, markup)
            actions.append(
                lsp.CodeAction(
                    title="Remove the unused lintkit comment",
                    kind=lsp.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    edit=_workspace_edit(uri, version, [removal], document_changes),
                )
            )
        elif (code, line) not in disabled:
            disabled.add((code, line))
            actions.append(
                lsp.CodeAction(
                    title=f"Disable {code} on this line",
                    kind=lsp.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    edit=_workspace_edit(uri, version, [disable_edit(lines, line, markup, code, encoding)], document_changes),
                )
            )
    return actions


def _remove_comment(lines: Sequence[str], span: lsp.Range, markup: str) -> lsp.TextEdit:
    """Delete the comment; when it is alone on its line, delete the line too."""
    line = span.start.line
    text = lines[line] if line < len(lines) else ""
    alone = span.end.line == line and is_comment_line(markup, text)
    if alone:
        whole = lsp.Range(start=lsp.Position(line=line, character=0), end=lsp.Position(line=line + 1, character=0))
        return lsp.TextEdit(range=whole, new_text="")
    return lsp.TextEdit(range=span, new_text="")


def covering(diagnostics: Sequence[lsp.Diagnostic], position: lsp.Position) -> lsp.Diagnostic | None:
    """The first diagnostic whose range holds ``position`` (same units as the diagnostics)."""
    at = (position.line, position.character)
    for diagnostic in diagnostics:
        start, end = diagnostic.range.start, diagnostic.range.end
        if (start.line, start.character) <= at < (end.line, end.character):
            return diagnostic
    return None


def overlapping(diagnostics: Sequence[lsp.Diagnostic], span: lsp.Range) -> list[lsp.Diagnostic]:
    """Diagnostics that touch ``span`` (a cursor, or a selection)."""
    lo, hi = (span.start.line, span.start.character), (span.end.line, span.end.character)
    return [
        d for d in diagnostics
        if (d.range.start.line, d.range.start.character) <= hi and lo <= (d.range.end.line, d.range.end.character)
    ]


def rule_for(rules: Mapping[str, Rule], diagnostic: lsp.Diagnostic) -> Rule | None:
    return rules.get(str(diagnostic.code))
