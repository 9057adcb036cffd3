"""``lintkit lsp`` over real stdio, byte by byte: broken headers, ``exit`` codes and requests after ``shutdown``."""
from __future__ import annotations

import asyncio
import io
import json
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from lintkit.lsp.framing import MAX_LINE, BoundedReader, read_messages
from tests.helpers import REPO

INITIALIZE = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "rootUri": None, "capabilities": {}}}
SHUTDOWN = {"jsonrpc": "2.0", "id": 2, "method": "shutdown"}
EXIT = {"jsonrpc": "2.0", "method": "exit"}
HOVER = {"jsonrpc": "2.0", "id": 3, "method": "textDocument/hover",
         "params": {"textDocument": {"uri": "file:///memo.md"}, "position": {"line": 0, "character": 0}}}


def frame(message: dict, length: bytes | None = None) -> bytes:
    body = json.dumps(message).encode("utf-8")
    return b"Content-Length: " + (str(len(body)).encode() if length is None else length) + b"\r\n\r\n" + body


def serve(stream: bytes) -> tuple[int, dict, str]:
    """Feed ``stream`` to a fresh server; its exit code, its responses by id, and its stderr."""
    done = subprocess.run([sys.executable, "-m", "lintkit", "lsp"], input=stream, capture_output=True, cwd=REPO, timeout=120)
    responses, out = {}, done.stdout
    while out:
        head, _, rest = out.partition(b"\r\n\r\n")
        length = int(head.split(b"\r\n")[0].split(b":")[1])
        message = json.loads(rest[:length])
        responses[message.get("id")] = message
        out = rest[length:]
    return done.returncode, responses, done.stderr.decode("utf-8", "replace")


@pytest.mark.slow
def test_exit_without_shutdown_exits_1():
    code, responses, _ = serve(frame(INITIALIZE) + frame(EXIT))
    assert 1 in responses and code == 1


@pytest.mark.slow
def test_exit_after_shutdown_exits_0():
    code, responses, _ = serve(frame(INITIALIZE) + frame(SHUTDOWN) + frame(EXIT))
    assert responses[2]["result"] is None and code == 0


@pytest.mark.slow
def test_a_request_after_shutdown_is_answered_with_invalid_request():
    code, responses, _ = serve(frame(INITIALIZE) + frame(SHUTDOWN) + frame(HOVER) + frame(EXIT))
    assert responses[3]["error"]["code"] == -32600 and "shut down" in responses[3]["error"]["message"]
    assert code == 0


@pytest.mark.slow
@pytest.mark.parametrize("length", [b"99999999999", b"-5", b"abc", b"0", b"10", b" 1e3"])
def test_a_bad_content_length_is_logged_and_the_next_messages_are_answered(length):
    broken = frame({**INITIALIZE, "id": 99}, length)
    code, responses, err = serve(broken + frame(INITIALIZE) + frame(SHUTDOWN) + frame(EXIT))
    assert 99 not in responses and "capabilities" in responses[1]["result"] and responses[2]["result"] is None
    assert code == 0
    assert "MemoryError" not in err and "lintkit-lsp ERROR" in err


def test_a_message_right_after_a_long_broken_body_is_read():
    """The rest of a body cut short runs into the next header line, in pieces when it is long: the header is still found."""
    handled: list[dict] = []

    class Protocol:
        structure_message = staticmethod(lambda data: data)
        handle_message = staticmethod(handled.append)

    for cut in range(1, len("Content-Length: 12") + 2):  # the next header split at each place a piece of a line can end
        handled.clear()
        cut_short = b"Content-Length: 10\r\n\r\n" + b"{" * 10 + b"y" * (3 * MAX_LINE - cut)
        stream = io.BytesIO(cut_short + frame(INITIALIZE) + frame(SHUTDOWN))
        with ThreadPoolExecutor(1) as pool:
            asyncio.run(read_messages(threading.Event(), BoundedReader(stream, pool), Protocol()))
        assert [m["id"] for m in handled] == [1, 2], cut
