"""Latency from ``didChange`` to ``publishDiagnostics`` in ``lintkit lsp``, on Markdown documents of ~2,000 and ~20,000 words.

Typing latency is what a writer feels: the server waits for a pause in typing
(the debounce) and then lints the document again (parsing only the windows the
edit changed), so the figure that matters is the time from an edit to its
diagnostics, with and without the debounce delay, and the server's CPU time per
edit (the figure a machine busy with other work distorts least). Targets: p95 with the debounce
at most 150 ms (2,000 words) and 300 ms (20,000 words).
Run by hand:  python benchmarks/lsp_latency.py [--edits 30] [--words 2000,20000]
"""
from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types as lsp
from pygls.lsp.client import LanguageClient

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from lintkit.lsp.incremental import DEBOUNCE_SECONDS  # noqa: E402 - (shortest, longest): the pause is the last lint's time within them

PARAGRAPHS = [
    "The quarterly review covered hiring, budgets and the roadmap for the data platform. "
    "Each team presented its progress against the plan agreed in January, and the finance "
    "group walked through the revised forecast for the second half of the year.",
    "We need leaders, not managers, if we want this organisation to grow.",
    "Sam manages the release calendar and keeps the dependencies between teams visible. "
    "Her weekly notes list what shipped, what slipped and who is blocked, which saves "
    "everyone a meeting.",
    "Management is leadership; the two words mean the same thing in our company.",
    "The onboarding guide explains how to request access, where the runbooks live and how "
    "incidents are escalated outside office hours. New starters pair with a buddy for two weeks.",
    "Stop managing and start leading: that is the message of this year's offsite.",
]


def document(words: int = 2000) -> str:
    parts, count, i = ["# Operations handbook\n"], 0, 0
    while count < words:
        text = PARAGRAPHS[i % len(PARAGRAPHS)]
        if i % 7 == 3:
            parts.append(f"## Section {i // 7 + 1}\n")
        parts.append(text + "\n")
        count += len(text.split())
        i += 1
    return "\n".join(parts)


def cpu_seconds(pid: int) -> float | None:
    """CPU seconds the process has used so far (Linux: /proc), None where that cannot be read."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def run(edits: int, words: int) -> None:
    client = LanguageClient("lsp-latency", "1")
    arrived: dict[int, asyncio.Future] = {}

    @client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_publish(params: lsp.PublishDiagnosticsParams):
        future = arrived.get(params.version)
        if future is not None and not future.done():
            future.set_result((time.perf_counter(), len(params.diagnostics)))

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    await client.start_io(sys.executable, "-c", "from lintkit.cli import main; main(['lsp'])", env=env)
    await client.initialize_async(lsp.InitializeParams(capabilities=lsp.ClientCapabilities(), process_id=os.getpid()))
    client.initialized(lsp.InitializedParams())

    text = document(words)
    uri = (ROOT / "benchmarks" / "latency.md").as_uri()
    arrived[1] = asyncio.get_running_loop().create_future()
    started = time.perf_counter()
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(lsp.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)))
    opened_at, found = await asyncio.wait_for(arrived[1], 120)
    print(f"document: {len(text.split())} words, {len(text.splitlines())} lines, {found} findings")
    print(f"didOpen -> publishDiagnostics (includes model load/warm-up): {1000 * (opened_at - started):.0f} ms")

    lines = text.splitlines()
    raw = []
    server_cpu = cpu_seconds(client._server.pid)
    for n in range(edits):
        version = n + 2
        line = 2 + (n * 5) % (len(lines) - 2)
        arrived[version] = asyncio.get_running_loop().create_future()
        edit = lsp.TextDocumentContentChangePartial(range=lsp.Range(lsp.Position(line, 0), lsp.Position(line, 0)), text="Indeed, ")
        sent = time.perf_counter()
        client.text_document_did_change(
            lsp.DidChangeTextDocumentParams(lsp.VersionedTextDocumentIdentifier(uri=uri, version=version), [edit])
        )
        received, _ = await asyncio.wait_for(arrived[version], 60)
        raw.append(received - sent)

    spent = cpu_seconds(client._server.pid)
    shortest, longest = DEBOUNCE_SECONDS
    minus = [r - shortest for r in raw]
    print(f"{edits} edits, debounce {shortest * 1000:.0f} to {longest * 1000:.0f} ms (the last lint's time within those bounds)")
    print(f"didChange -> publishDiagnostics, raw:            median {1000 * statistics.median(raw):.0f} ms, p95 {1000 * percentile(raw, 0.95):.0f} ms")
    print(f"didChange -> publishDiagnostics, minus the shortest debounce: median {1000 * statistics.median(minus):.0f} ms, p95 {1000 * percentile(minus, 0.95):.0f} ms")
    if server_cpu is not None and spent is not None:  # the figure a busy machine distorts least
        print(f"server CPU per edit (re-lint and publish): {1000 * (spent - server_cpu) / edits:.0f} ms")

    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=30, help="number of didChange edits to time")
    parser.add_argument("--words", default="2000,20000", help="comma-separated document sizes in words")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    for words in (int(w) for w in args.words.split(",")):
        print()
        asyncio.run(run(args.edits, words))


if __name__ == "__main__":
    main()
