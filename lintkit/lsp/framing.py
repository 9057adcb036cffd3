"""The language server's stdio stream: message framing and the end of a session.

pygls reads ``Content-Length`` headers trusting them: an absurd length is
allocated at once (MemoryError), and after a short, negative or non-numeric
one the rest of that body runs into the next header line, so every later
message is lost and the server stays alive but deaf. Here a header is looked
for anywhere in a line (so a message right after a broken one is read again), a
length outside 1 byte..64 MiB is refused with an error on stderr, and no line is
read unbounded.

LSP 3.17 also asks that ``exit`` end the process with code 1 unless ``shutdown``
came first, and that a request after ``shutdown`` get an ``InvalidRequest``
error; pygls exits 0 either way and leaves such requests unanswered.
"""
from __future__ import annotations

import asyncio
import json
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import BinaryIO

from lsprotocol import types as lsp
from pygls.exceptions import JsonRpcException, JsonRpcInvalidRequest
from pygls.io_ import StdoutWriter
from pygls.protocol import LanguageServerProtocol

log = logging.getLogger(__name__)

MAX_CONTENT_LENGTH = 64 * 1024 * 1024
MAX_LINE = 64 * 1024  # a header line; longer runs (the tail of a broken body) are read in pieces
HEADER = b"content-length:"


class LintkitProtocol(LanguageServerProtocol):
    """pygls' protocol, answering requests that come after ``shutdown`` with an error."""

    def handle_message(self, message) -> None:
        method = getattr(message, "method", None)
        if self._shutdown and method not in (None, lsp.EXIT) and getattr(message, "id", None) is not None:
            error = JsonRpcInvalidRequest(f"the server is shut down: {method} is not answered (only 'exit' is)")
            self._send_response(message.id, error=error.to_response_error())
            return
        super().handle_message(message)

    def notify_data(self, method: str, params, **data) -> None:
        """A notification of ``params`` with some fields given as JSON data already (unstructured once, not on every send)."""
        self._send_data({"jsonrpc": self.VERSION, "method": method, "params": {**self._converter.unstructure(params), **data}})


def content_length(value: bytes) -> int | None:
    """The body length a ``Content-Length`` value gives, or None (logged) if it is not one lintkit will read."""
    text = value.strip()
    if not text.isdigit() or not 0 < int(text) <= MAX_CONTENT_LENGTH:
        log.error("ignored a message with Content-Length %r (a number of bytes from 1 to %d): waiting for the next header", text[:40], MAX_CONTENT_LENGTH)
        return None
    return int(text)


class BoundedReader:
    """Lines of at most MAX_LINE bytes and bodies of a given length from a binary stream, off the event loop."""

    def __init__(self, stream: BinaryIO, executor: ThreadPoolExecutor):
        self.stream, self.executor = stream, executor

    async def readline(self) -> bytes:
        return await asyncio.get_running_loop().run_in_executor(self.executor, self.stream.readline, MAX_LINE)

    async def readexactly(self, size: int) -> bytes:
        return await asyncio.get_running_loop().run_in_executor(self.executor, self.stream.read, size)


async def read_messages(stop: threading.Event, reader: BoundedReader, protocol: LanguageServerProtocol, on_error=None) -> None:
    """Hand every well-framed message to ``protocol`` until the stream ends; skip and log what is not."""
    length: int | None = None
    carry = b""  # the end of a cut line: a header may straddle the cut
    while not stop.is_set():
        piece = await reader.readline()
        if not piece:
            return
        line, carry = carry + piece, b""
        if not line.endswith(b"\n"):
            carry = line[-len(HEADER) - 24:]
            continue
        if not line.strip():  # the blank line that ends the headers
            if length is not None:
                body = await reader.readexactly(length)
                if len(body) < length:
                    return
                length = None
                _dispatch(body, protocol, on_error)
            continue
        at = line.lower().rfind(HEADER)
        if at < 0:
            continue  # another header (Content-Type), or the tail of a broken body
        if at > 0:
            log.error("skipped %d bytes that were not a message before a Content-Length header", at)
        length = content_length(line[at + len(HEADER):])


def _dispatch(body: bytes, protocol: LanguageServerProtocol, on_error) -> None:
    try:
        protocol.handle_message(json.loads(body, object_hook=protocol.structure_message))
    except Exception as exc:  # noqa: BLE001 - a bad message is logged; the next one is read
        log.exception("unable to handle a message")
        if on_error is not None:
            on_error(exc, JsonRpcException)


def serve_stdio(server, stdin: BinaryIO, stdout: BinaryIO) -> int:
    """Serve ``server`` over the streams until ``exit`` or end of input; the process's exit code."""
    server._stop_event = threading.Event()
    server.protocol.set_writer(StdoutWriter(stdout))
    code = 0
    try:
        asyncio.run(read_messages(server._stop_event, BoundedReader(stdin, server.thread_pool), server.protocol, server.report_server_error))
    except SystemExit as exc:  # pygls' ``exit`` handler: 0 after ``shutdown``, else 1
        code = exc.code if isinstance(exc.code, int) else 1
    except BrokenPipeError:
        log.error("the client closed the connection")
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
    return code
