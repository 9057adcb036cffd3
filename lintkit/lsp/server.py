"""``lintkit lsp``: the language server, over stdio.

Parsing with spaCy takes milliseconds per paragraph but a second or two to load,
so the pipeline is loaded once (warmed at ``initialized``) and every lint runs
on one worker thread, off the event loop: hovers and code actions answer while
a long document is being parsed, and one thread means the pipeline is never used
by two lints at once. Typing produces a burst of changes; they are debounced and
any result for a version the editor has already moved past is dropped, so the
editor only ever sees diagnostics for the text it is showing.

Clients that pull diagnostics (``textDocument/diagnostic``) are never also sent
pushed ones: two sources for the same diagnostics show them twice.
"""
from __future__ import annotations

import asyncio
import gc
import logging
import os
import sys
import time
import traceback
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from lintkit import rule_docs
from lintkit.config_files import CONFIG_FILES, config_for, config_for_directory
from lintkit.documents.markups import LANGUAGE_IDS, TEXT_MARKUPS, markup_for_path
from lintkit.engine.rule import Rule
from lintkit.errors import LintkitError
from lintkit.findings import Finding
from lintkit.lsp import actions, framing, matching, settings
from lintkit.lsp.diagnostics import DocumentDiagnostics
from lintkit.lsp.incremental import DocumentWindows, Superseded, debounce
from lintkit.reporters.lsp import SOURCE
from lintkit.version import __version__

log = logging.getLogger(__name__)

WARM_UP_TEXT = "We need leaders, not managers."
YOUNG_OBJECTS_COLLECTED = 20_000  # the garbage collector's first threshold once the pipeline is loaded
CONFIG_GLOBS = tuple(f"**/{name}" for name in CONFIG_FILES)


@dataclass(frozen=True)
class Result:
    """What one lint of one version of a document produced."""

    version: int | None
    generation: int  # settings generation the lint ran under
    findings: tuple[Finding, ...] = ()
    diagnostics: list[lsp.Diagnostic] = field(default_factory=list)
    published: list[dict] = field(default_factory=list)  # the diagnostics as JSON data, for pushing
    rules: dict[str, Rule] = field(default_factory=dict)
    markup: str = "text"
    error: str | None = None
    id: str = field(default_factory=lambda: uuid.uuid4().hex)


class LintkitServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(
            "lintkit", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental, protocol_cls=framing.LintkitProtocol
        )
        self.linter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lintkit-lint")
        self.pull = False
        self.init_overrides: dict[str, Any] = {}
        self.editor_overrides: dict[str, Any] = {}
        self.generation = 0
        self.results: dict[str, Result] = {}
        self.pending: dict[str, asyncio.Task] = {}
        self.inflight: dict[tuple[str, int | None, int], asyncio.Future] = {}
        self.shown_errors: set[str] = set()
        self.windows: dict[str, DocumentWindows] = {}  # per open document: the findings of its last lint's windows
        self.diagnostics: dict[str, DocumentDiagnostics] = {}  # per open document: its last lint's diagnostics
        self.lint_seconds: dict[str, float] = {}  # per open document: how long its last lint took

    def start_io(self, stdin=None, stdout=None) -> int:
        """Serve over stdio with lintkit's guarded framing (see lsp/framing.py); the exit code."""
        return framing.serve_stdio(self, stdin or sys.stdin.buffer, stdout or sys.stdout.buffer)

    # -- what to lint, and how ------------------------------------------------

    def capability(self, *path: str) -> Any:
        value: Any = self.client_capabilities
        for name in path:
            value = getattr(value, name, None)
            if value is None:
                return None
        return value

    def markup_of(self, uri: str, language_id: str | None) -> str | None:
        """From the file's extension, else from the editor's language id; None for what is not prose."""
        path = to_fs_path(uri) if uri.startswith("file:") else None
        if path and os.path.splitext(path)[1] and markup_for_path(path) in TEXT_MARKUPS:
            return markup_for_path(path)
        return LANGUAGE_IDS.get(language_id or "")

    def lint(self, uri: str, version: int | None, generation: int, text: str, language_id: str | None) -> Result | None:
        """Runs on the lint thread; None when the document moved on before the lint began."""
        if self.is_stale(uri, version, generation):
            return None
        markup = self.markup_of(uri, language_id)
        if markup is None:
            return Result(version, generation)
        path = to_fs_path(uri) if uri.startswith("file:") else None
        try:
            from lintkit.engine.loader import rules_for

            started = time.perf_counter()
            config = settings.apply(config_for(path), {**self.init_overrides, **self.editor_overrides})
            windows = self.windows.setdefault(uri, DocumentWindows())
            findings = windows.lint(text, path=path, config=config, markup=markup, superseded=lambda: self.is_stale(uri, version, generation))
            rules = rules_for(config.rule_packs)
            encoding = self.workspace.position_encoding or lsp.PositionEncodingKind.Utf16
            urls = {code: rule.url for code, rule in rules.items()}
            diagnostics, published = self.diagnostics.setdefault(uri, DocumentDiagnostics()).of(findings, urls, encoding, self.protocol._converter)
            self.lint_seconds[uri] = time.perf_counter() - started
        except Superseded:
            return None
        except LintkitError as exc:
            return Result(version, generation, markup=markup, error=exc.one_line())
        except Exception:  # any bug in one document must not take the server down
            return Result(version, generation, markup=markup, error=f"lintkit failed on {uri}:\n{traceback.format_exc()}")
        return Result(version, generation, tuple(findings), diagnostics, published, rules, markup)

    def is_stale(self, uri: str, version: int | None, generation: int) -> bool:
        document = self.workspace.text_documents.get(uri)
        return document is None or document.version != version or generation != self.generation

    async def result_for(self, uri: str) -> Result | None:
        """The lint of the document's current text (shared by every caller asking for it)."""
        document = self.workspace.text_documents.get(uri)
        if document is None:
            return None
        cached = self.results.get(uri)
        if cached and cached.version == document.version and cached.generation == self.generation:
            return cached
        key = (uri, document.version, self.generation)
        future = self.inflight.get(key)
        if future is None:
            loop = asyncio.get_running_loop()
            future = loop.run_in_executor(self.linter, self.lint, uri, document.version, self.generation, document.source, document.language_id)
            self.inflight[key] = future
            future.add_done_callback(lambda done: self.finished(key, done))
        result = await asyncio.shield(future)
        if result is not None and not self.is_stale(uri, result.version, result.generation):
            self.results[uri] = result
        return result

    async def latest_result(self, uri: str) -> Result | None:
        """The lint of the newest text: the text may change while it is linted, so ask again (up to three times)."""
        result = None
        for _ in range(3):
            result = await self.result_for(uri)
            if result is not None and not self.is_stale(uri, result.version, result.generation):
                break
        return result

    def finished(self, key, future: asyncio.Future) -> None:
        """Runs on the event loop once per lint: report its error, if any."""
        self.inflight.pop(key, None)
        if future.cancelled():
            return
        error = future.exception()
        result = Result(None, 0, error=f"lintkit failed on {key[0]}: {error!r}") if error else future.result()
        if result is not None and result.error:
            self.window_log_message(lsp.LogMessageParams(type=lsp.MessageType.Error, message=result.error))
            first_line = result.error.splitlines()[0]
            if first_line not in self.shown_errors:  # once, not on every keystroke
                self.shown_errors.add(first_line)
                self.window_show_message(lsp.ShowMessageParams(type=lsp.MessageType.Error, message=first_line))

    # -- pushing ----------------------------------------------------------------

    def schedule(self, uri: str, delay: float = 0.0) -> None:
        """Lint ``uri`` after ``delay`` seconds, replacing a lint scheduled earlier; push mode only."""
        if self.pull:
            return
        previous = self.pending.pop(uri, None)
        if previous is not None:
            previous.cancel()
        self.pending[uri] = asyncio.ensure_future(self.push(uri, delay))

    async def push(self, uri: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        result = await self.result_for(uri)
        if result is None or self.is_stale(uri, result.version, result.generation):
            return  # an edit or a settings change came in meanwhile; its own lint will publish
        self.protocol.notify_data(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS, lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[], version=result.version), diagnostics=result.published)

    def reload(self) -> None:
        """Settings changed: forget every result and lint again (or ask a pulling client to pull)."""
        config_for_directory.cache_clear()
        self.generation += 1
        self.results.clear()
        self.shown_errors.clear()
        if self.pull:
            if self.capability("workspace", "diagnostics", "refresh_support"):
                self.workspace_diagnostic_refresh(None)
            return
        for uri in list(self.workspace.text_documents):
            self.schedule(uri)

    def report_settings_problems(self, problems: list[str]) -> None:
        """Each bad editor setting, shown as a warning (the valid ones still apply) and logged."""
        for problem in problems:
            self.window_log_message(lsp.LogMessageParams(type=lsp.MessageType.Warning, message=problem))
            self.window_show_message(lsp.ShowMessageParams(type=lsp.MessageType.Warning, message=problem))

    def forget(self, uri: str) -> None:
        task = self.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        self.results.pop(uri, None)
        self.windows.pop(uri, None)
        self.diagnostics.pop(uri, None)
        self.lint_seconds.pop(uri, None)


server = LintkitServer()


@server.feature(lsp.INITIALIZE)
def initialize(ls: LintkitServer, params: lsp.InitializeParams) -> None:
    ls.pull = params.capabilities.text_document is not None and params.capabilities.text_document.diagnostic is not None
    ls.init_overrides, problems = settings.overrides_from(params.initialization_options)
    ls.report_settings_problems(problems)


@server.feature(lsp.INITIALIZED)
async def initialized(ls: LintkitServer, params: lsp.InitializedParams) -> None:
    ls.linter.submit(warm_up, {**ls.init_overrides})
    registrations = []
    if ls.capability("workspace", "did_change_watched_files", "dynamic_registration"):
        watchers = [lsp.FileSystemWatcher(glob_pattern=glob) for glob in CONFIG_GLOBS]
        registrations.append(
            lsp.Registration(
                id=f"lintkit-config-files-{uuid.uuid4().hex[:8]}",
                method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=lsp.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
            )
        )
    if ls.capability("workspace", "did_change_configuration", "dynamic_registration"):
        registrations.append(lsp.Registration(id=f"lintkit-settings-{uuid.uuid4().hex[:8]}", method=lsp.WORKSPACE_DID_CHANGE_CONFIGURATION))
    if registrations:
        try:
            await ls.client_register_capability_async(lsp.RegistrationParams(registrations=registrations))
        except Exception as exc:  # the client refused: settings are then read at start-up only
            ls.window_log_message(lsp.LogMessageParams(type=lsp.MessageType.Warning, message=f"lintkit could not register for settings changes: {exc}"))


def warm_up(overrides: dict[str, Any]) -> None:
    """Load the pipeline before the first document needs it (runs on the lint thread)."""
    try:
        from lintkit.api import lint_text

        lint_text(WARM_UP_TEXT, config=settings.apply(config_for(None), overrides), markup="text")
    except Exception:  # the first real lint reports it to the editor
        log.debug("warm-up failed", exc_info=True)
    # The pipeline's objects live as long as the server: frozen, they are left out of every
    # full garbage collection, which would otherwise walk all of them during a lint.
    gc.freeze()
    # A re-lint allocates thousands of objects that die with it: collecting after every 700 (the default) took 8% of its time.
    gc.set_threshold(YOUNG_OBJECTS_COLLECTED, *gc.get_threshold()[1:])


@server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: LintkitServer, params: lsp.DidOpenTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri)


@server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: LintkitServer, params: lsp.DidChangeTextDocumentParams) -> None:
    uri = params.text_document.uri
    ls.schedule(uri, debounce(ls.lint_seconds.get(uri)))


@server.feature(lsp.TEXT_DOCUMENT_DID_SAVE, lsp.SaveOptions(include_text=False))
def did_save(ls: LintkitServer, params: lsp.DidSaveTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri)


@server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: LintkitServer, params: lsp.DidCloseTextDocumentParams) -> None:
    ls.forget(params.text_document.uri)
    if not ls.pull:  # a pulling client clears its own diagnostics on close
        ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[]))


@server.feature(
    lsp.TEXT_DOCUMENT_DIAGNOSTIC,
    lsp.DiagnosticOptions(identifier=SOURCE, inter_file_dependencies=False, workspace_diagnostics=False),
)
async def diagnostic(ls: LintkitServer, params: lsp.DocumentDiagnosticParams) -> lsp.DocumentDiagnosticReport:
    result = await ls.latest_result(params.text_document.uri)
    if result is None:
        return lsp.RelatedFullDocumentDiagnosticReport(items=[])
    if params.previous_result_id == result.id:
        return lsp.RelatedUnchangedDocumentDiagnosticReport(result_id=result.id)
    return lsp.RelatedFullDocumentDiagnosticReport(items=result.diagnostics, result_id=result.id)


def current_result(ls: LintkitServer, uri: str) -> Result | None:
    """The last result, if it still describes the text the editor has."""
    document = ls.workspace.text_documents.get(uri)
    result = ls.results.get(uri)
    if document is None or result is None or result.version != document.version:
        return None
    return result


@server.feature(
    lsp.TEXT_DOCUMENT_CODE_ACTION,
    lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix], resolve_provider=False),
)
async def code_action(ls: LintkitServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction] | None:
    """Actions built from the server's own findings for the text being edited, never from the client's ranges."""
    only = params.context.only
    if only and not any(lsp.CodeActionKind.QuickFix.value.startswith(str(getattr(kind, "value", kind))) for kind in only):
        return None
    uri = params.text_document.uri
    result = await ls.latest_result(uri)
    document = ls.workspace.text_documents.get(uri)
    if result is None or document is None or result.version != document.version:
        return None
    reported = [d for d in params.context.diagnostics if d.source == SOURCE]
    if reported:
        mine = matching.server_diagnostics(reported, matching.candidates(result.findings, result.diagnostics))
    else:
        mine = actions.overlapping(result.diagnostics, params.range)
    return actions.code_actions(
        mine,
        uri=uri,
        version=result.version,
        lines=document.lines,
        markup=result.markup,
        document_changes=bool(ls.capability("workspace", "workspace_edit", "document_changes")),
        encoding=ls.workspace.position_encoding or lsp.PositionEncodingKind.Utf16,
    ) or None


@server.feature(lsp.TEXT_DOCUMENT_HOVER)
def hover(ls: LintkitServer, params: lsp.HoverParams) -> lsp.Hover | None:
    result = current_result(ls, params.text_document.uri)
    if result is None:
        return None
    found = actions.covering(result.diagnostics, params.position)
    rule = actions.rule_for(result.rules, found) if found else None
    if rule is None:
        return None
    formats = ls.capability("text_document", "hover", "content_format") or []
    if lsp.MarkupKind.Markdown in formats:
        contents = lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=rule_docs.as_markdown(rule))
    else:
        contents = lsp.MarkupContent(kind=lsp.MarkupKind.PlainText, value=rule_docs.as_text(rule))
    return lsp.Hover(contents=contents, range=found.range)


@server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def did_change_watched_files(ls: LintkitServer, params: lsp.DidChangeWatchedFilesParams) -> None:
    if any(change.uri.rstrip("/").rsplit("/", 1)[-1] in CONFIG_FILES for change in params.changes):
        ls.reload()


@server.feature(lsp.WORKSPACE_DID_CHANGE_CONFIGURATION)
async def did_change_configuration(ls: LintkitServer, params: lsp.DidChangeConfigurationParams) -> None:
    options = params.settings
    if not (isinstance(options, dict) and settings.SECTION in options) and ls.capability("workspace", "configuration"):
        try:  # clients that send no settings here expect the server to ask for them
            (options,) = await ls.workspace_configuration_async(lsp.ConfigurationParams(items=[lsp.ConfigurationItem(section=settings.SECTION)]))
        except Exception as exc:
            ls.window_log_message(lsp.LogMessageParams(type=lsp.MessageType.Warning, message=f"lintkit could not read the editor's settings: {exc}"))
            options = None
    ls.editor_overrides, problems = settings.overrides_from(options)
    ls.report_settings_problems(problems)
    ls.reload()


@server.feature(lsp.SHUTDOWN)
def shutdown(ls: LintkitServer, params: None) -> None:
    for task in ls.pending.values():
        task.cancel()
    ls.pending.clear()
    ls.linter.shutdown(wait=False, cancel_futures=True)


def main() -> None:
    """Serve over stdio; anything a library prints goes to stderr, never into the protocol stream."""
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="lintkit-lsp %(levelname)s %(name)s: %(message)s")
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr
    sys.exit(server.start_io(stdin, stdout))
