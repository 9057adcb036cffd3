"""Clients for the end-to-end language server tests.

Each test module gets one server process (the spaCy pipeline loads once per
module, not per test). The clients declare capabilities the way editors do, so
the server is tested against what it may and may not send: ``client`` pushes
and counts UTF-16 (the protocol's default), ``pull_client`` pulls diagnostics
and prefers UTF-8, as Neovim 0.11 does.
"""
from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest_lsp
from lsprotocol import types as lsp
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features
from pygls.protocol import default_converter

ROOT = Path(__file__).resolve().parents[2]
SERVER = [sys.executable, "-m", "lintkit", "lsp"]  # the command an editor runs
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
TIMEOUT = 30.0


def make_client() -> LanguageClient:
    """pytest-lsp's client, also keeping every publishDiagnostics (with its version) and registration."""
    client = LanguageClient(converter_factory=default_converter)
    register_lsp_features(client, {k: v for k, v in DEFAULT_CLIENT_FEATURES.items() if k != lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS})
    client.published = []
    client.registrations = []

    @client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def publish(params: lsp.PublishDiagnosticsParams):
        client.diagnostics[params.uri] = params.diagnostics
        client.published.append(params)

    @client.feature(lsp.CLIENT_REGISTER_CAPABILITY)
    def register(params: lsp.RegistrationParams):
        client.registrations.extend(params.registrations)

    return client


def capabilities(*, pull: bool, encodings: list[str] | None = None) -> lsp.ClientCapabilities:
    return lsp.ClientCapabilities(
        general=lsp.GeneralClientCapabilities(position_encodings=encodings) if encodings else None,
        text_document=lsp.TextDocumentClientCapabilities(
            synchronization=lsp.TextDocumentSyncClientCapabilities(did_save=True),
            publish_diagnostics=lsp.PublishDiagnosticsClientCapabilities(version_support=True, code_description_support=True, data_support=True),
            hover=lsp.HoverClientCapabilities(content_format=[lsp.MarkupKind.Markdown, lsp.MarkupKind.PlainText]),
            code_action=lsp.CodeActionClientCapabilities(
                code_action_literal_support=lsp.ClientCodeActionLiteralOptions(
                    code_action_kind=lsp.ClientCodeActionKindOptions(value_set=[lsp.CodeActionKind.QuickFix])
                ),
                is_preferred_support=True,
                data_support=True,
            ),
            diagnostic=lsp.DiagnosticClientCapabilities(related_document_support=False) if pull else None,
        ),
        workspace=lsp.WorkspaceClientCapabilities(
            workspace_edit=lsp.WorkspaceEditClientCapabilities(document_changes=not pull),
            did_change_watched_files=lsp.DidChangeWatchedFilesClientCapabilities(dynamic_registration=not pull),
            diagnostics=lsp.DiagnosticWorkspaceClientCapabilities(refresh_support=True) if pull else None,
            configuration=True,
        ),
    )


async def start(client: LanguageClient, caps: lsp.ClientCapabilities, root: Path, init_options=None):
    result = await client.initialize_session(
        lsp.InitializeParams(
            capabilities=caps,
            root_uri=root.as_uri(),
            workspace_folders=[lsp.WorkspaceFolder(uri=root.as_uri(), name="docs")],
            initialization_options=init_options,
        )
    )
    client.server_capabilities = result.capabilities
    return result


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER, server_env=ENV, client_factory=make_client), scope="module")
async def client(lsp_client: LanguageClient, tmp_path_factory):
    root = tmp_path_factory.mktemp("push-workspace")
    lsp_client.root = root
    await start(lsp_client, capabilities(pull=False), root)
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER, server_env=ENV, client_factory=make_client), scope="module")
async def pull_client(lsp_client: LanguageClient, tmp_path_factory):
    root = tmp_path_factory.mktemp("pull-workspace")
    lsp_client.root = root
    await start(lsp_client, capabilities(pull=True, encodings=["utf-8", "utf-16"]), root)
    yield
    await lsp_client.shutdown_session()


# one valid setting and one misspelt key, as a user might write them in an editor's init_options
INIT_OPTIONS = {"severity": {"LM002": "hint"}, "selct": ["LM001"]}


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER, server_env=ENV, client_factory=make_client), scope="module")
async def configured_client(lsp_client: LanguageClient, tmp_path_factory):
    root = tmp_path_factory.mktemp("configured-workspace")
    lsp_client.root = root
    await start(lsp_client, capabilities(pull=False), root, init_options=INIT_OPTIONS)
    yield
    await lsp_client.shutdown_session()


async def published(client: LanguageClient, uri: str, version: int | None, *, after: int = 0) -> list[lsp.Diagnostic]:
    """Diagnostics published for ``uri`` at ``version`` (among those after index ``after``), waiting for them."""

    async def wait():
        while True:
            for params in reversed(client.published[after:]):
                if params.uri == uri and params.version == version:
                    return list(params.diagnostics)
            await client.wait_for_notification(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)

    return await asyncio.wait_for(wait(), TIMEOUT)


def spans(diagnostics) -> list[tuple[str, int, int, int, int]]:
    return [(str(d.code), d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character) for d in diagnostics]


def open_document(client: LanguageClient, uri: str, text: str, language_id: str = "markdown", version: int = 1) -> None:
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(text_document=lsp.TextDocumentItem(uri=uri, language_id=language_id, version=version, text=text)))


def change(client: LanguageClient, uri: str, version: int, start: tuple[int, int], end: tuple[int, int], text: str) -> None:
    """One incremental edit: replace ``start``..``end`` (line, character) with ``text``."""
    span = lsp.Range(start=lsp.Position(*start), end=lsp.Position(*end))
    client.text_document_did_change(
        lsp.DidChangeTextDocumentParams(
            text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[lsp.TextDocumentContentChangePartial(range=span, text=text)],
        )
    )


def units(text: str, encoding: str) -> int:
    """``text``'s length in ``encoding`` code units, as a client counts columns."""
    if encoding == "utf-16":
        return len(text.encode("utf-16-le")) // 2
    return len(text.encode("utf-8")) if encoding == "utf-8" else len(text)


def code_points(line: str, character: int, encoding: str) -> int:
    """How many code points of ``line`` its first ``character`` units in ``encoding`` hold."""
    return next((i for i in range(len(line) + 1) if units(line[:i], encoding) >= character), len(line))


def column_in(line: str, character: int, source: str, target: str) -> int:
    """Column ``character`` (counted in ``source`` units on ``line``) counted in ``target`` units."""
    return units(line[: code_points(line, character, source)], target)


def recounted(diagnostic: lsp.Diagnostic, lines: list[str], source: str, target: str) -> lsp.Diagnostic:
    """``diagnostic`` as a client that counts in ``target`` units sends it back."""
    start, end = diagnostic.range.start, diagnostic.range.end
    span = lsp.Range(
        lsp.Position(start.line, column_in(lines[start.line], start.character, source, target)),
        lsp.Position(end.line, column_in(lines[end.line], end.character, source, target)),
    )
    return lsp.Diagnostic(range=span, message=diagnostic.message, code=diagnostic.code, source=diagnostic.source, severity=diagnostic.severity)


def applied(text: str, edits, encoding: str) -> str:
    """``text`` after the editor applies ``edits`` (positions counted in ``encoding``), last edit first."""
    lines = text.splitlines(keepends=True)

    def offset(position: lsp.Position) -> int:
        before = sum(len(line) for line in lines[: position.line])
        line = lines[position.line] if position.line < len(lines) else ""
        return before + code_points(line, position.character, encoding)

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end):]
    return text
