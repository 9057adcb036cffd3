"""Pull diagnostics, for a client that declares them (and prefers UTF-8, as Neovim 0.11 does)."""
from __future__ import annotations

import pytest
from lsprotocol import types as lsp

from tests.lsp.conftest import applied, change, open_document, recounted, spans

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

MEMO = "# Notes\n\n🎉 Party time! The board wants leaders, not managers.\n"


async def pull(client, uri, previous=None):
    return await client.text_document_diagnostic_async(
        lsp.DocumentDiagnosticParams(text_document=lsp.TextDocumentIdentifier(uri=uri), previous_result_id=previous)
    )


async def test_utf8_is_negotiated(pull_client):
    assert pull_client.server_capabilities.position_encoding == lsp.PositionEncodingKind.Utf8


async def test_pulled_diagnostics_count_utf8_and_nothing_is_pushed(pull_client):
    uri = (pull_client.root / "memo.md").as_uri()
    open_document(pull_client, uri, MEMO)
    report = await pull(pull_client, uri)
    assert report.kind == "full"
    assert spans(report.items) == [("LM002", 2, 33, 2, 54)]  # the emoji is four UTF-8 bytes
    assert report.items[0].source == "lintkit" and report.items[0].data["replacement"]
    unchanged = await pull(pull_client, uri, previous=report.result_id)
    assert unchanged.kind == "unchanged" and unchanged.result_id == report.result_id
    change(pull_client, uri, 2, (2, 0), (2, 4), "")  # delete the emoji (four UTF-8 bytes)
    edited = await pull(pull_client, uri, previous=report.result_id)
    assert edited.kind == "full" and spans(edited.items) == [("LM002", 2, 29, 2, 50)]
    assert pull_client.published == []  # a pulling client is never also pushed to


async def test_quick_fix_from_utf16_columns_sent_to_a_utf8_server_rewrites_the_flagged_words(pull_client):
    uri = (pull_client.root / "units.md").as_uri()
    open_document(pull_client, uri, MEMO)
    (diagnostic,) = (await pull(pull_client, uri)).items
    sent = recounted(diagnostic, MEMO.splitlines(keepends=True), "utf-8", "utf-16")
    assert sent.range != diagnostic.range  # the emoji is two UTF-16 units, four bytes
    actions = await pull_client.text_document_code_action_async(
        lsp.CodeActionParams(text_document=lsp.TextDocumentIdentifier(uri=uri), range=sent.range, context=lsp.CodeActionContext(diagnostics=[sent]))
    )
    fix = next(a for a in actions if a.title.startswith("Rewrite"))
    (edit,) = fix.edit.changes[uri]
    assert edit.range == diagnostic.range
    assert applied(MEMO, [edit], "utf-8") == MEMO.replace("leaders, not managers", edit.new_text)


async def test_settings_change_asks_the_client_to_pull_again(pull_client):
    uri = (pull_client.root / "refresh.md").as_uri()
    open_document(pull_client, uri, MEMO)
    await pull(pull_client, uri)
    before = pull_client.diagnostic_refresh_count
    settings = (pull_client.root / ".lintkit.toml")
    settings.write_text('ignore = ["LM002"]\n')
    pull_client.workspace_did_change_watched_files(
        lsp.DidChangeWatchedFilesParams(changes=[lsp.FileEvent(uri=settings.as_uri(), type=lsp.FileChangeType.Created)])
    )
    report = await pull(pull_client, uri)  # answered after the refresh request, which the server sent first
    assert pull_client.diagnostic_refresh_count == before + 1
    assert list(report.items) == []
    assert pull_client.registrations == []  # it declared no dynamic registration, so none was asked for
