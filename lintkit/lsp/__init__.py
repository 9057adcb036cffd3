"""The language server: lintkit in the editor, as a thin adapter over ``lint_text``.

Editors talk LSP; everything that decides what is flagged stays in the same
``lint_text`` the CLI calls, so a finding in the editor and a finding in CI are
the same finding. Only transport, scheduling and editor-shaped edits live here.
"""
