"""The language server end to end, over stdio, as an editor that takes pushed diagnostics sees it."""
from __future__ import annotations

import pytest
from lsprotocol import types as lsp

from tests.lsp.conftest import applied, change, open_document, published, recounted, spans

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

MEMO = """# Team notes

We need leaders, not managers.
🎉 Party time! The board wants leaders, not managers.

Plain line with nothing to report.
"""
# 0-based (line, start, end) in UTF-16 code units: the emoji is two units
MEMO_SPANS = [("LM002", 2, 8, 2, 29), ("LM002", 3, 31, 3, 52)]
REPLACEMENT = "leaders as well as managers"  # the not-contrast fix in rules/LM002-replacement.toml


def uri_of(client, name: str) -> str:
    return (client.root / name).as_uri()


async def test_capabilities_and_registrations(client):
    caps = client.server_capabilities
    assert caps.position_encoding == lsp.PositionEncodingKind.Utf16
    assert caps.text_document_sync.change == lsp.TextDocumentSyncKind.Incremental
    assert caps.text_document_sync.open_close and caps.text_document_sync.save
    assert caps.diagnostic_provider.identifier == "lintkit"
    assert list(caps.code_action_provider.code_action_kinds) == [lsp.CodeActionKind.QuickFix]
    assert caps.hover_provider
    # registration happens after `initialized`; a request/response round trip orders it before this check
    await client.text_document_hover_async(lsp.HoverParams(text_document=lsp.TextDocumentIdentifier(uri=uri_of(client, "none.md")), position=lsp.Position(0, 0)))
    watched = [r for r in client.registrations if r.method == lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES]
    assert len(watched) == 1
    assert sorted(w["globPattern"] for w in watched[0].register_options["watchers"]) == ["**/.lintkit.toml", "**/pyproject.toml"]


async def test_open_publishes_exact_ranges_after_an_emoji(client):
    uri = uri_of(client, "memo.md")
    open_document(client, uri, MEMO)
    diagnostics = await published(client, uri, 1)
    assert spans(diagnostics) == MEMO_SPANS
    first = diagnostics[0]
    assert first.source == "lintkit"
    assert first.severity == lsp.DiagnosticSeverity.Warning
    assert first.code_description.href == "https://lintkit.dev/rules/LM002-replacement"
    assert "substitutes" in first.message
    assert first.data["replacement"] == REPLACEMENT and first.data["name"] == "replacement" and first.data["suggestion"]


async def test_incremental_edit_updates_diagnostics(client):
    uri = uri_of(client, "edit.md")
    open_document(client, uri, MEMO)
    await published(client, uri, 1)
    change(client, uri, 2, (2, 0), (2, 0), "Note: ")  # shifts the first finding right
    change(client, uri, 3, (3, 0), (4, 0), "")  # deletes the emoji line
    diagnostics = await published(client, uri, 3)
    assert spans(diagnostics) == [("LM002", 2, 14, 2, 35)]


async def code_actions(client, uri, diagnostics, only=None):
    return await client.text_document_code_action_async(
        lsp.CodeActionParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri),
            range=diagnostics[0].range,
            context=lsp.CodeActionContext(diagnostics=diagnostics, only=only),
        )
    )


async def test_quick_fix_applies_the_rules_rewrite(client):
    uri = uri_of(client, "fix.md")
    open_document(client, uri, MEMO)
    diagnostics = await published(client, uri, 1)
    actions = await code_actions(client, uri, diagnostics[1:2])
    fix = next(a for a in actions if a.title.startswith("Rewrite"))
    assert fix.kind == lsp.CodeActionKind.QuickFix and fix.is_preferred
    (document_edit,) = fix.edit.document_changes
    assert document_edit.text_document.uri == uri and document_edit.text_document.version == 1
    assert list(document_edit.edits) == [lsp.TextEdit(range=lsp.Range(lsp.Position(3, 31), lsp.Position(3, 52)), new_text=REPLACEMENT)]
    assert list(fix.diagnostics) == diagnostics[1:2]
    assert await code_actions(client, uri, diagnostics[1:2], only=[lsp.CodeActionKind.Refactor]) is None


RANK_MEMO = "# Plan\n\nThe plan is simple.\n🎉 Party! Please escalate to leadership at once.\n"


@pytest.mark.parametrize("columns", ["utf-16", "utf-8"])  # as negotiated; in bytes, as Neovim 0.7 sends them back
async def test_quick_fix_rewrites_the_flagged_word_whatever_units_the_client_sends_back(client, columns):
    uri = uri_of(client, f"rank-{columns}.md")
    open_document(client, uri, RANK_MEMO)
    (diagnostic,) = await published(client, uri, 1)
    sent = recounted(diagnostic, RANK_MEMO.splitlines(keepends=True), "utf-16", columns)
    actions = await code_actions(client, uri, [sent])
    fix = next(a for a in actions if a.title.startswith("Rewrite"))
    (document_edit,) = fix.edit.document_changes
    (edit,) = document_edit.edits
    assert edit.range == diagnostic.range  # the server's range, never the one the client sent
    assert applied(RANK_MEMO, document_edit.edits, "utf-16") == RANK_MEMO.replace("leadership", edit.new_text)
    assert edit.new_text and "leadership" not in edit.new_text


@pytest.mark.parametrize(
    ("name", "language_id", "text", "line", "after"),
    [
        # Markdown: the comment ends the flagged line (a comment line above it would split the paragraph)
        ("indented.md", "markdown", "Intro.\n\n  - We need leaders, not managers.\n", 2, "Intro.\n\n  - We need leaders, not managers. <!-- lintkit: disable-line=LM002 -->\n"),
        ("quoted.md", "markdown", "> Intro.\n> We need leaders, not managers.\n", 1, "> Intro.\n> We need leaders, not managers. <!-- lintkit: disable-line=LM002 -->\n"),
        ("page.html", "html", "<p>\n  We need leaders, not managers.\n</p>\n", 1, "<p>\n  <!-- lintkit: disable-next-line=LM002 -->\n  We need leaders, not managers.\n</p>\n"),
        ("notes.txt", "plaintext", "Intro.\r\n\tWe need leaders, not managers.\r\n", 1, "Intro.\r\n\tlintkit: disable-next-line=LM002\r\n\tWe need leaders, not managers.\r\n"),
        # reST explicit markup needs a blank line before it (mid-paragraph) and ends at one
        ("guide.rst", "restructuredtext", "Intro.\nWe need leaders, not managers.\n", 1, "Intro.\n\n.. lintkit: disable-next-line=LM002\n\nWe need leaders, not managers.\n"),
        ("first.rst", "restructuredtext", "We need leaders, not managers.\n", 0, ".. lintkit: disable-next-line=LM002\n\nWe need leaders, not managers.\n"),
    ],
)
async def test_disable_action_inserts_the_markups_comment(client, name, language_id, text, line, after):
    uri = uri_of(client, name)
    open_document(client, uri, text, language_id)
    diagnostics = await published(client, uri, 1)
    assert [(d.code, d.range.start.line) for d in diagnostics] == [("LM002", line)]
    actions = await code_actions(client, uri, diagnostics)
    disable = next(a for a in actions if a.title == "Disable LM002 on this line")
    (document_edit,) = disable.edit.document_changes
    (edit,) = document_edit.edits
    assert applied(text, [edit], "utf-16") == after
    start, end = edit.range.start, edit.range.end
    change(client, uri, 2, (start.line, start.character), (end.line, end.character), edit.new_text)  # apply it, as the editor would
    assert await published(client, uri, 2) == []  # suppressed, and the comment counts as used


async def test_code_actions_without_client_diagnostics_use_the_servers(client):
    uri = uri_of(client, "cursor.md")
    open_document(client, uri, MEMO)
    await published(client, uri, 1)
    cursor = lsp.Range(lsp.Position(2, 12), lsp.Position(2, 12))
    actions = await client.text_document_code_action_async(
        lsp.CodeActionParams(text_document=lsp.TextDocumentIdentifier(uri=uri), range=cursor, context=lsp.CodeActionContext(diagnostics=[]))
    )
    assert [a.title for a in actions] == [f"Rewrite as “{REPLACEMENT}” (LM002)", "Disable LM002 on this line"]


async def test_hover_shows_the_rules_explanation(client):
    uri = uri_of(client, "hover.md")
    open_document(client, uri, MEMO)
    await published(client, uri, 1)
    hover = await client.text_document_hover_async(lsp.HoverParams(text_document=lsp.TextDocumentIdentifier(uri=uri), position=lsp.Position(3, 40)))
    assert hover.contents.kind == lsp.MarkupKind.Markdown
    assert hover.contents.value.startswith("**LM002 replacement** (warning)")
    for part in ("**What it flags.**", "**Why it matters.**", "**Use instead:**", "(https://lintkit.dev/rules/LM002-replacement)"):
        assert part in hover.contents.value
    assert hover.range == lsp.Range(lsp.Position(3, 31), lsp.Position(3, 52))
    nothing = await client.text_document_hover_async(lsp.HoverParams(text_document=lsp.TextDocumentIdentifier(uri=uri), position=lsp.Position(5, 3)))
    assert nothing is None


async def test_close_clears_diagnostics(client):
    uri = uri_of(client, "close.md")
    open_document(client, uri, MEMO)
    await published(client, uri, 1)
    client.text_document_did_close(lsp.DidCloseTextDocumentParams(text_document=lsp.TextDocumentIdentifier(uri=uri)))
    assert await published(client, uri, None) == []


async def test_save_republishes(client):
    uri = uri_of(client, "save.md")
    open_document(client, uri, MEMO)
    await published(client, uri, 1)
    mark = len(client.published)
    client.text_document_did_save(lsp.DidSaveTextDocumentParams(text_document=lsp.TextDocumentIdentifier(uri=uri)))
    assert spans(await published(client, uri, 1, after=mark)) == MEMO_SPANS


HUGE = "word " * 4000 + "We need leaders, not managers."
MALFORMED = [
    ("junk.md", "\x00\x01\x02\ufffd\ufeff" * 200 + "\x7f\x1b[31m" + "\udcff".encode("utf-8", "surrogatepass").decode("utf-8", "replace")),
    ("unclosed.md", "<!-- lintkit: disable\n```python\nWe need leaders\n**bold [link](http://\n<div><p>Leaders, not managers"),
    ("unclosed.html", "<html><body><p>We need <b>leaders, not <i>managers<!-- ok"),
    ("unclosed.rst", ".. note::\n\n   ``We need leaders\n\n.. lintkit: disable=\n`unclosed <http://"),
    ("huge.md", HUGE),
]


async def test_malformed_documents_leave_the_server_alive_and_correct(client):
    for name, text in MALFORMED:
        uri = uri_of(client, name)
        open_document(client, uri, text, "markdown")
        await published(client, uri, 1)  # answered, whatever the findings
    huge = await published(client, uri_of(client, "huge.md"), 1)
    assert spans(huge) == [("LM002", 0, 20008, 0, 20029)]
    uri = uri_of(client, "junk.md")
    change(client, uri, 2, (0, 0), (1000, 0), MEMO)
    assert spans(await published(client, uri, 2)) == MEMO_SPANS
    errors = [m for m in client.log_messages if m.type == lsp.MessageType.Error]
    assert errors == []


async def test_a_burst_of_rapid_edits_ends_with_the_final_texts_diagnostics(client):
    uri = uri_of(client, "burst.md")
    open_document(client, uri, "Draft.\n")
    typed = " The board said: we need leaders, not managers."
    pieces = [typed[i * len(typed) // 20:(i + 1) * len(typed) // 20] for i in range(20)]
    column = len("Draft.")
    for version, piece in enumerate(pieces, start=2):  # typed without waiting, as fast as the client can send
        change(client, uri, version, (0, column), (0, column), piece)
        column += len(piece)
    diagnostics = await published(client, uri, 21)
    assert spans(diagnostics) == [("LM002", 0, 31, 0, 52)]  # "Draft. The board said: we need [leaders, not managers]."
    versions = {p.version for p in client.published if p.uri == uri}
    assert versions <= {1, 21}, versions  # debounced: no diagnostics for text the editor no longer shows


async def test_settings_file_change_reloads_configuration(client, tmp_path):
    (tmp_path / ".lintkit.toml").write_text('ignore = ["LM002"]\n')
    uri = (tmp_path / "memo.md").as_uri()
    open_document(client, uri, MEMO)
    assert await published(client, uri, 1) == []
    mark = len(client.published)
    (tmp_path / ".lintkit.toml").write_text('select = ["LM002"]\nseverity = { LM002 = "error" }\n')
    settings_uri = (tmp_path / ".lintkit.toml").as_uri()
    client.workspace_did_change_watched_files(
        lsp.DidChangeWatchedFilesParams(changes=[lsp.FileEvent(uri=settings_uri, type=lsp.FileChangeType.Changed)])
    )
    diagnostics = await published(client, uri, 1, after=mark)
    assert spans(diagnostics) == MEMO_SPANS
    assert {d.severity for d in diagnostics} == {lsp.DiagnosticSeverity.Error}


async def test_editor_settings_override_the_settings_file(client):
    uri = uri_of(client, "editor-settings.md")
    open_document(client, uri, MEMO)
    await published(client, uri, 1)
    mark = len(client.published)
    client.workspace_did_change_configuration(lsp.DidChangeConfigurationParams(settings={"lintkit": {"severity": {"LM002": "hint"}}}))
    diagnostics = await published(client, uri, 1, after=mark)
    assert {d.severity for d in diagnostics} == {lsp.DiagnosticSeverity.Hint}
    mark = len(client.published)
    client.workspace_did_change_configuration(lsp.DidChangeConfigurationParams(settings={"lintkit": {}}))
    diagnostics = await published(client, uri, 1, after=mark)
    assert {d.severity for d in diagnostics} == {lsp.DiagnosticSeverity.Warning}


async def test_a_broken_settings_file_is_logged_and_the_server_keeps_serving(client, tmp_path):
    (tmp_path / ".lintkit.toml").write_text('select = "LM002"\n')
    uri = (tmp_path / "memo.md").as_uri()
    open_document(client, uri, MEMO)
    assert await published(client, uri, 1) == []
    errors = [m.message for m in client.log_messages if m.type == lsp.MessageType.Error]
    assert any(".lintkit.toml: select: must be a list of strings" in message for message in errors), errors
    other = uri_of(client, "still-serving.md")
    open_document(client, other, MEMO)
    assert spans(await published(client, other, 1)) == MEMO_SPANS
