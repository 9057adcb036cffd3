"""Settings from the editor: a bad key is shown as a warning naming it, and the valid keys still apply."""
from __future__ import annotations

import pytest
from lsprotocol import types as lsp

from tests.lsp.conftest import open_document, published

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

MEMO = "# Notes\n\nWe need leaders, not managers.\n"


def warnings_shown(client) -> list[str]:
    return [m.message for m in client.messages if m.type == lsp.MessageType.Warning]


async def test_init_options_apply_the_valid_severity_and_name_the_misspelt_key(configured_client):
    uri = (configured_client.root / "memo.md").as_uri()
    open_document(configured_client, uri, MEMO)
    diagnostics = await published(configured_client, uri, 1)
    assert [(d.code, d.severity) for d in diagnostics] == [("LM002", lsp.DiagnosticSeverity.Hint)]
    assert warnings_shown(configured_client) == ["lintkit settings from the editor: selct: unknown key (did you mean 'select'?)"]


async def test_changed_settings_with_a_bad_value_keep_the_good_ones(configured_client):
    uri = (configured_client.root / "changed.md").as_uri()
    open_document(configured_client, uri, MEMO)
    await published(configured_client, uri, 1)
    shown, mark = len(configured_client.messages), len(configured_client.published)
    configured_client.workspace_did_change_configuration(
        lsp.DidChangeConfigurationParams(settings={"lintkit": {"severity": {"LM002": "error"}, "ignore": "LM001"}})
    )
    diagnostics = await published(configured_client, uri, 1, after=mark)
    assert [(d.code, d.severity) for d in diagnostics] == [("LM002", lsp.DiagnosticSeverity.Error)]
    new = configured_client.messages[shown:]
    assert [(m.type, m.message) for m in new] == [(lsp.MessageType.Warning, "lintkit settings from the editor: ignore: must be a list of strings")]
