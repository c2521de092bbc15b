"""serve: the local graph over the SPARQL 1.1 Protocol, read-only, with limits that hold.

``kg serve`` is a small HTTP front in Python and a few worker processes that run
the queries. Why not ``oxigraph serve-read-only``, which kg ran before: that
server parses on its own threads' stacks, so one 12 KB query of 3,000 nested
``{`` aborts the whole process; it runs ``SERVICE`` (any client can make it
fetch from any address); and a query whose client has left, or that passed its
time, keeps its thread busy (pyoxigraph, like Oxigraph, cannot interrupt a query
from another thread). Here:

- the front checks every request before any parser sees it: its size
  (``--max-request``), kg.query's guard (length, nesting, operator count),
  ``SERVICE`` unless ``--allow-service``, and updates, which it refuses;
- a query runs in a worker process (one per core by default) on a 256 MB stack;
  when it passes ``--timeout``, grows past ``--max-memory`` or its client goes
  away, its worker is killed, which really frees the CPU and memory, and a fresh
  worker takes its place; a worker that crashes takes only its own query down;
- workers end with the front: on SIGTERM, SIGINT or SIGHUP it kills them and
  exits; if the front itself is killed (SIGKILL), the kernel kills them
  (``PR_SET_PDEATHSIG``);
- results are streamed in the format the client's ``Accept`` asks for.

Protocol between the front and a worker: frames of one kind byte, a 4-byte
big-endian length and a payload, over the worker's stdin and stdout.
"""

from __future__ import annotations

import json
import os
import queue
import select
import socket
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, BinaryIO

from kg.errors import EndpointError, KgError, QueryRefused, QuerySyntaxError, StoreError
from kg.store import GraphStore

DEFAULT_TIMEOUT = 30.0  # seconds a query may run
DEFAULT_MAX_REQUEST = 1 << 20  # bytes of a request body
DEFAULT_MAX_MEMORY = 1024  # MB of resident memory per worker
STREAM_AFTER = 1 << 20  # an answer bigger than this is sent chunked as it is made
IO_TIMEOUT = 30.0  # seconds a client may take to send its request or to read the answer
MAX_CONNECTIONS = 64  # open connections at once; more are answered 503 at once
_FRAME = struct.Struct(">cI")


@dataclass
class ServeOptions:
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = DEFAULT_TIMEOUT
    max_request: int = DEFAULT_MAX_REQUEST
    max_memory: int = DEFAULT_MAX_MEMORY  # MB; 0: no limit
    workers: int = 0  # 0: one per core, at most 8
    allow_service: bool = False

    def worker_count(self) -> int:
        return self.workers or min(os.cpu_count() or 2, 8)


# ---------------------------------------------------------------------- formats


def _offers(graph: bool) -> list[tuple[str, tuple[str, ...]]]:
    """(pyoxigraph format name, media types) kg serve answers in, its first choice first: kg.render's table."""
    from kg.render import served

    return [
        (entry.variant, (entry.media_type.split(";")[0].strip(), *entry.also))
        for entry in served("triples" if graph else "rows")
    ]


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """An Accept header as (media range, quality), in the client's order; none means ``*/*``."""
    ranges = []
    for part in (header or "*/*").split(","):
        fields = [f.strip() for f in part.split(";")]
        media, quality = fields[0].lower(), 1.0
        for field in fields[1:]:
            name, _, value = field.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = max(0.0, min(1.0, float(value)))
                except ValueError:
                    quality = 0.0
        if media:
            ranges.append((media, quality))
    return ranges


def choose_format(accept: list[tuple[str, float]], graph: bool) -> tuple[str, str] | None:
    """(pyoxigraph format name, media type) that the client prefers, or None if it takes none of ours."""
    offers = _offers(graph)
    best: tuple[float, int, int] | None = None
    chosen = None
    for rank, (name, types) in enumerate(offers):
        for media in types:
            for order, (wanted, quality) in enumerate(accept):
                kind = wanted.split("/", 1)[0]
                if quality <= 0 or not (
                    wanted == media or wanted == "*/*" or wanted == f"{kind}/*" and media.startswith(f"{kind}/")
                ):
                    continue
                specific = 0 if "*" in wanted else 1
                key = (quality, specific, -order * 100 - rank)
                if best is None or key > best:
                    best, chosen = key, (name, types[0])
    return chosen


# ---------------------------------------------------------------------- the worker process


def _write_frame(out: BinaryIO, kind: bytes, payload: bytes = b"") -> None:
    out.write(_FRAME.pack(kind, len(payload)) + payload)


def _read_frame(source: BinaryIO) -> tuple[bytes, bytes] | None:
    head = source.read(_FRAME.size)
    if len(head) < _FRAME.size:
        return None
    kind, length = _FRAME.unpack(head)
    payload = source.read(length)
    return (kind, payload) if len(payload) == length else None


class _Frames:
    """A file-like sink for pyoxigraph's serializers: 64 KB data frames."""

    def __init__(self, out: BinaryIO) -> None:
        self.out, self.buffer = out, bytearray()

    def write(self, data: bytes) -> int:
        self.buffer += data
        if len(self.buffer) >= 1 << 16:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self.buffer:
            _write_frame(self.out, b"D", bytes(self.buffer))
            self.buffer.clear()


def _error_frame(out: BinaryIO, status: int, message: str) -> None:
    _write_frame(out, b"E", json.dumps({"status": status, "message": message}).encode("utf-8"))


def _answer(store: Any, request: dict[str, Any], out: BinaryIO) -> None:
    """Run one query and send its answer as frames: H (media type), D…, then Z; or E."""
    import pyoxigraph as ox

    from kg.query import one_line, syntax_error
    from kg.terms import PREFIXES

    try:
        default = [ox.NamedNode(iri) for iri in request.get("default", [])] or None
        named = [ox.NamedNode(iri) for iri in request.get("named", [])] or None
        answer = store.query(request["query"], prefixes=PREFIXES, default_graph=default, named_graphs=named)
    except SyntaxError as exc:
        return _error_frame(out, 400, str(syntax_error(exc)))
    except ValueError as exc:  # a graph IRI that is not one
        return _error_frame(out, 400, f"bad request: {one_line(exc)}")
    except (OSError, RuntimeError) as exc:
        return _error_frame(out, 500, f"the query failed: {one_line(exc)}")
    graph = not isinstance(answer, ox.QuerySolutions | ox.QueryBoolean)
    chosen = choose_format([tuple(r) for r in request.get("accept", [])], graph)  # type: ignore[misc]
    if chosen is None:
        kinds = ", ".join(types[0] for _, types in _offers(graph))
        return _error_frame(out, 406, f"this answer comes as {kinds}; the request's Accept takes none of them")
    name, media = chosen
    form = getattr(ox.RdfFormat if graph else ox.QueryResultsFormat, name)
    _write_frame(out, b"H", media.encode("utf-8"))
    sink = _Frames(out)
    try:
        answer.serialize(sink, format=form)
    except (OSError, RuntimeError, ValueError, SyntaxError) as exc:
        message = one_line(exc)
        sink.buffer.clear()
        return _error_frame(out, 500, f"the query failed while running: {message}")
    sink.flush()
    _write_frame(out, b"Z")


def _die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this process when the front dies (Linux), and check it is still there."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL
    except (OSError, AttributeError):  # not Linux: the front's exit kills workers by itself
        pass
    if os.getppid() != parent:
        os._exit(1)


def worker_main(location: str, parent: int) -> None:
    """A worker: open the store read-only, then answer queries from stdin until it closes."""
    import signal

    import pyoxigraph as ox

    from kg.query import QUERY_STACK

    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the front, which ends the workers
    out = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)  # anything printed by mistake goes to stderr, not into the frames
    source = os.fdopen(0, "rb", buffering=0)

    def loop() -> None:
        try:
            store = ox.Store.read_only(location)
        except OSError as exc:
            _error_frame(out, 500, f"cannot open the graph {location}: {exc}")
            return
        _write_frame(out, b"R", str(os.getpid()).encode())
        while (frame := _read_frame(source)) is not None:
            _answer(store, json.loads(frame[1]), out)

    threading.stack_size(QUERY_STACK)  # the parsers recurse; the main thread's 8 MB is not enough
    worker = threading.Thread(target=loop, name="kg-serve-worker")
    worker.start()
    worker.join()


# ---------------------------------------------------------------------- the front: workers


class _Deadline(Exception):
    pass


class _ClientGone(Exception):
    pass


class _TooBig(Exception):
    def __init__(self, megabytes: float) -> None:
        self.megabytes = megabytes


class _Ended(Exception):
    def __init__(self, code: int | None) -> None:
        self.code = code


class _Worker:
    def __init__(self, location: str) -> None:
        self.location = location
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kg.serve", location, str(os.getpid())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            start_new_session=True,  # Ctrl-C in a terminal reaches the front only
        )
        self.fd = self.proc.stdout.fileno()  # type: ignore[union-attr]
        self.buffer = bytearray()
        self.page = os.sysconf("SC_PAGE_SIZE")

    @property
    def pid(self) -> int:
        return self.proc.pid

    def submit(self, request: dict[str, Any]) -> None:
        payload = json.dumps(request).encode("utf-8")
        try:
            self.proc.stdin.write(_FRAME.pack(b"Q", len(payload)) + payload)  # type: ignore[union-attr]
            self.proc.stdin.flush()  # type: ignore[union-attr]
        except OSError:
            raise _Ended(self.proc.poll()) from None

    def rss_mb(self) -> float:
        try:
            with open(f"/proc/{self.proc.pid}/statm") as handle:
                return int(handle.read().split()[1]) * self.page / 2**20
        except (OSError, ValueError, IndexError):
            return 0.0

    def next(self, deadline: float, client: socket.socket | None = None, memory: int = 0) -> tuple[bytes, bytes]:
        """The next frame; raises _Deadline, _ClientGone, _TooBig or _Ended instead of waiting past them."""
        while True:
            if len(self.buffer) >= _FRAME.size:
                kind, length = _FRAME.unpack_from(self.buffer)
                if len(self.buffer) >= _FRAME.size + length:
                    payload = bytes(self.buffer[_FRAME.size : _FRAME.size + length])
                    del self.buffer[: _FRAME.size + length]
                    return kind, payload
            left = deadline - time.monotonic()
            if left <= 0:
                raise _Deadline()
            watched: list[Any] = [self.fd] + ([client] if client is not None else [])
            ready, _, _ = select.select(watched, [], [], min(left, 0.1) if memory else left)
            if self.fd in ready:
                data = os.read(self.fd, 1 << 16)
                if not data:
                    try:
                        raise _Ended(self.proc.wait(timeout=2))
                    except subprocess.TimeoutExpired:
                        raise _Ended(None) from None
                self.buffer += data
            if client is not None and client in ready and not _still_there(client):
                raise _ClientGone()
            if memory and (used := self.rss_mb()) > memory:
                raise _TooBig(used)

    def kill(self, close: bool = True) -> None:
        """End the process; ``close`` its pipes too, unless another thread may be reading them."""
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout) if close else ():
            if stream is not None:
                stream.close()


def _still_there(client: socket.socket) -> bool:
    """False when the client closed or reset its connection (readable, and nothing to read)."""
    try:
        return bool(client.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT))
    except BlockingIOError:
        return True
    except OSError:
        return False


class _Pool:
    """Worker processes: idle ones wait in a queue; a killed one is replaced in the background.

    Workers are started by one long-lived thread: the kernel's "kill me when my parent
    dies" follows the thread that started a process, not the process.
    """

    def __init__(self, graph_store: GraphStore, size: int, log: Callable[[str], None]) -> None:
        self.graph_store, self.size, self.log = graph_store, size, log
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.live: set[_Worker] = set()
        self.lock = threading.Lock()
        self.closed = False
        self.orders: queue.Queue[tuple[Callable[[], Any], queue.Queue[Any]]] = queue.Queue()
        threading.Thread(target=self._spawner, name="kg-serve-spawner", daemon=True).start()

    def _spawner(self) -> None:
        while True:
            make, reply = self.orders.get()
            try:
                reply.put(make())
            except BaseException as exc:  # noqa: BLE001 - handed to the thread that asked
                reply.put(exc)

    def location(self) -> str:
        return str(self.graph_store.current.resolve() / "oxigraph")

    def _start(self) -> _Worker:
        """A new worker, ready to answer (started on the spawner thread)."""
        reply: queue.Queue[Any] = queue.Queue()
        self.orders.put((lambda: _Worker(self.location()), reply))
        worker = reply.get()
        if isinstance(worker, BaseException):
            raise worker
        with self.lock:
            self.live.add(worker)
        try:
            kind, payload = worker.next(time.monotonic() + 60)
        except (_Deadline, _Ended):
            self._drop(worker)
            raise StoreError(f"a query worker could not start on {worker.location}") from None
        if kind != b"R":
            self._drop(worker)
            raise StoreError(json.loads(payload)["message"] if kind == b"E" else "a query worker did not start")
        return worker

    def start(self) -> None:
        starters = [threading.Thread(target=self._add) for _ in range(self.size)]
        for thread in starters:
            thread.start()
        for thread in starters:
            thread.join()
        if self.idle.qsize() < self.size:
            self.close()
            raise StoreError(f"the query workers could not open the graph in {self.graph_store.root}/")

    def _add(self) -> None:
        try:
            self.idle.put(self._start())
        except (KgError, OSError) as exc:
            if not self.closed:
                self.log(f"kg serve: {exc}")

    def take(self, deadline: float, wanted: Callable[[], bool], min_left: float = 0.0) -> _Worker | None:
        """An idle worker on the current graph, or None when the deadline passes or the client leaves.

        A worker freed with less than ``min_left`` of the request's time to go is put back: a query that
        waited almost its whole time is answered busy, not started and cut off a moment later as 'still
        running' (which would also make the answer depend on which of two equal deadlines fires first)."""
        while not self.closed and wanted():
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            try:
                worker = self.idle.get(timeout=min(left, 0.2))
            except queue.Empty:
                continue
            if worker.proc.poll() is not None or worker.location != self.location():
                self.replace(worker, wait=True)  # dead, or a rebuild made a new graph current
                continue
            if deadline - time.monotonic() < min_left:
                self.idle.put(worker)
                return None
            return worker
        return None

    def give_back(self, worker: _Worker) -> None:
        self.idle.put(worker)

    def replace(self, worker: _Worker, wait: bool = False) -> None:
        """Kill a worker (which frees whatever its query held) and start another."""
        self._drop(worker)
        if self.closed:
            return

        def refill() -> None:
            while not self.closed:
                try:
                    self.idle.put(self._start())
                    return
                except (KgError, OSError) as exc:
                    self.log(f"kg serve: {exc}; trying again in 1 s")
                    time.sleep(1)

        if wait:
            refill()
        else:
            threading.Thread(target=refill, daemon=True).start()

    def _drop(self, worker: _Worker) -> None:
        worker.kill()
        with self.lock:
            self.live.discard(worker)

    def close(self) -> None:
        self.closed = True
        with self.lock:
            workers = list(self.live)
            self.live.clear()
        for worker in workers:
            worker.kill(close=False)  # a request thread may be reading its pipe: it sees the end, then closes


# ---------------------------------------------------------------------- the front: HTTP


_HELP = """kg serve: this graph, read-only, over the SPARQL 1.1 Protocol.

Queries: GET /query?query=…, or POST /query with a form (query=…) or with
Content-Type: application/sparql-query. Answers in the format your Accept
header asks for (SPARQL JSON, XML, CSV, TSV; Turtle, N-Triples, RDF/XML, JSON-LD).
"""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "kg-serve"
    server: _Server

    timeout = IO_TIMEOUT  # seconds a client may take to send its request, or to take the answer
    status: int | str = "-"

    def setup(self) -> None:
        super().setup()
        # headers and body go in separate writes: without this, Nagle's algorithm and the
        # client's delayed ACK hold every answer back by 40 ms
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    # -- routing

    def do_GET(self) -> None:
        path, _, query = self.path.partition("?")
        if path == "/query":
            params = self._params(query)
            if params is not None:
                self._query(params)
        elif path == "/":
            self._reply(200, _HELP)
        elif path in ("/update", "/store"):
            self._read_only()
        else:
            self._reply(404, f"nothing at {path}: queries go to /query")

    def do_POST(self) -> None:
        path, _, query = self.path.partition("?")
        if path != "/query":
            self._read_only() if path in ("/update", "/store") else self._refuse_body(404, f"nothing at {path}")
            return
        body = self._body()
        if body is None:
            return
        params = self._params(query)
        if params is None:
            return
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == "application/x-www-form-urlencoded":
            form = self._params(body, "the form")
            if form is None:
                return
            for name, values in form.items():
                params.setdefault(name, []).extend(values)
        elif kind == "application/sparql-query":
            try:
                params.setdefault("query", []).append(body.decode("utf-8"))
            except UnicodeDecodeError as exc:
                self._reply(400, f"the query is not UTF-8 text (byte {exc.start})")
                return
        else:
            self._reply(
                415, "send the query as application/x-www-form-urlencoded (query=…) or as application/sparql-query"
            )
            return
        self._query(params)

    def do_PUT(self) -> None:
        self._read_only()

    do_DELETE = do_PATCH = do_PUT

    def _read_only(self) -> None:
        self._refuse_body(
            405,
            "kg serve is read-only: it answers queries at /query; change the graph by editing your notes and running `kg build`",
        )

    # -- reading the request

    def _params(self, text: str | bytes, what: str = "the URL") -> dict[str, list[str]] | None:
        import urllib.parse

        try:
            raw = text.decode("ascii") if isinstance(text, bytes) else text
            return urllib.parse.parse_qs(raw, keep_blank_values=True, errors="strict", max_num_fields=1000)
        except UnicodeDecodeError as exc:
            self._reply(400, f"{what} is not UTF-8 text (byte {exc.start})")
        except ValueError as exc:
            self._reply(400, f"{what} cannot be read: {exc}")
        return None

    def _body(self) -> bytes | None:
        """The request body, or None once an error has been sent (no length, too long, too slow)."""
        limit = self.server.options.max_request
        if self.headers.get("Transfer-Encoding"):
            self._refuse_body(411, "send the request with a Content-Length (chunked bodies are not read)")
            return None
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self._refuse_body(411, "send the request with a Content-Length")
            return None
        if length < 0 or length > limit:
            self._refuse_body(413, f"the request is {length:,} bytes; kg serve takes at most {limit:,} (--max-request)")
            return None
        try:
            body = self.rfile.read(length)
        except OSError:
            body = b""
        if len(body) < length:
            self.close_connection = True
            return None
        return body

    def _refuse_body(self, status: int, message: str) -> None:
        """Answer without reading a body, then let the client's remaining bytes drain before closing."""
        self._reply(status, message)
        self.close_connection = True
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_WR)
            self.connection.settimeout(1.0)
            drained, started = 0, time.monotonic()
            while drained < 16 * self.server.options.max_request and time.monotonic() - started < 2:
                data = self.connection.recv(1 << 16)
                if not data:
                    break
                drained += len(data)
        except OSError:
            pass

    # -- answering

    def _reply(self, status: int, text: str, headers: tuple[tuple[str, str], ...] = ()) -> None:
        body = (text.rstrip("\n") + "\n").encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """http.server's own refusals (a line too long, a bad request line) as one plain line too."""
        self.close_connection = True
        try:
            self._reply(code, message or self.responses.get(code, ("error",))[0])
        except OSError:
            pass

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        self.status = code

    def _query(self, params: dict[str, list[str]]) -> None:
        from kg.query import guard_query, refuse_updates

        options = self.server.options
        started = time.monotonic()
        if "update" in params:
            self._reply(405, "kg serve is read-only and runs no SPARQL Update")
            return
        texts = params.get("query", [])
        if len(texts) != 1:
            self._reply(
                400, "give one query: ?query=… or a form field query=…" if not texts else "give one query, not several"
            )
            return
        text = texts[0]
        try:
            guard_query(text, options.allow_service)
            refuse_updates(text, who="kg serve")
        except (QueryRefused, QuerySyntaxError) as exc:
            self._reply(400, str(exc).replace("--allow-service", "kg serve --allow-service"))
            return
        request = {
            "query": text,
            "accept": parse_accept(self.headers.get("Accept")),
            "default": params.get("default-graph-uri", []),
            "named": params.get("named-graph-uri", []),
        }
        deadline = started + options.timeout
        pool = self.server.pool
        # a query is started only with a quarter of its time (at most half a second) still to go
        min_left = min(0.5, options.timeout / 4)
        worker = pool.take(deadline, lambda: _still_there_or_quiet(self.connection), min_left)
        if worker is None:
            if pool.closed:
                self.close_connection = True
                self._reply(503, "kg serve is stopping")
            elif _still_there_or_quiet(self.connection):
                self._reply(
                    503,
                    f"all {pool.size} query workers stayed busy for {options.timeout:g} s (kg serve --timeout); try again",
                    (("Retry-After", "5"),),
                )
            else:
                self.close_connection = True
            return
        self._run(worker, request, deadline)

    def _run(self, worker: _Worker, request: dict[str, Any], deadline: float) -> None:
        options, pool = self.server.options, self.server.pool
        held: list[bytes] = []
        size = 0
        streaming = False
        media = "application/octet-stream"
        try:
            worker.submit(request)
            while True:
                kind, payload = worker.next(deadline, self.connection, options.max_memory)
                if kind == b"H":
                    media = payload.decode("utf-8")
                elif kind == b"D":
                    if streaming:
                        self._chunk(payload)
                        continue
                    held.append(payload)
                    size += len(payload)
                    if size > STREAM_AFTER:
                        self._start(media, None)
                        streaming = True
                        for part in held:
                            self._chunk(part)
                        held = []
                elif kind == b"E":
                    error = json.loads(payload)
                    pool.give_back(worker)
                    if streaming:
                        self.close_connection = True  # no final chunk: the client sees a cut answer
                        self.server.log(f"kg serve: answer cut off: {error['message']}")
                    else:
                        self._reply(error["status"], error["message"])
                    return
                elif kind == b"Z":
                    pool.give_back(worker)
                    if streaming:
                        self.wfile.write(b"0\r\n\r\n")
                    else:
                        self._start(media, b"".join(held))
                    return
        except _Deadline:
            pool.replace(worker)
            self._fail(streaming, 503, f"query still running after {options.timeout:g} s (kg serve --timeout); stopped")
        except _TooBig as exc:
            pool.replace(worker)
            self._fail(
                streaming,
                503,
                f"the query needed more than {options.max_memory:,} MB ({exc.megabytes:,.0f} MB; kg serve --max-memory); stopped",
            )
        except _ClientGone:
            pool.replace(worker)
            self.close_connection = True
            self.server.log("kg serve: a client left before its answer; its query was stopped")
        except _Ended as exc:
            pool.replace(worker)
            if pool.closed:
                self.close_connection = True
                self._fail(streaming, 503, "kg serve stopped before the query ended")
                return
            how = f"signal {-exc.code}" if exc.code is not None and exc.code < 0 else f"exit code {exc.code}"
            self._fail(streaming, 500, f"the query ended its worker process ({how}); kg serve goes on")
        except OSError:  # writing to a client that left or stopped reading
            pool.replace(worker)
            self.close_connection = True

    def _fail(self, streaming: bool, status: int, message: str) -> None:
        self.server.log(f"kg serve: {message}")
        if streaming:
            self.close_connection = True
            return
        try:
            self._reply(status, message)
        except OSError:
            self.close_connection = True

    def _start(self, media: str, body: bytes | None) -> None:
        self.send_response(200)
        content_type = media
        if (media.startswith("text/") or media.endswith("json")) and "charset" not in media:
            content_type += "; charset=utf-8"
        self.send_header("Content-Type", content_type)
        self.send_header("Vary", "Accept")
        if body is None:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body is not None:
            self.wfile.write(body)

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(b"%X\r\n%s\r\n" % (len(data), data))

    def handle_one_request(self) -> None:
        started = time.monotonic()
        self.status = "-"
        super().handle_one_request()
        if getattr(self, "command", None) and self.status != "-":
            path = (self.path or "").partition("?")[0]
            self.server.log(
                f"{self.client_address[0]} {self.command} {path} {self.status} {(time.monotonic() - started) * 1000:.0f} ms"
            )


def _still_there_or_quiet(client: socket.socket) -> bool:
    ready, _, _ = select.select([client], [], [], 0)
    return not ready or _still_there(client)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def __init__(self, options: ServeOptions, pool: _Pool, log: Callable[[str], None]) -> None:
        self.options, self.pool, self.log = options, pool, log
        self.active = 0
        self.counter = threading.Lock()
        if ":" in options.host:
            self.address_family = socket.AF_INET6
        super().__init__((options.host, options.port), _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.counter:
            full = self.active >= MAX_CONNECTIONS
            if not full:
                self.active += 1
        if full:
            try:
                request.sendall(
                    b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 21\r\nConnection: close\r\n\r\ntoo many connections\n"
                )
                request.shutdown(socket.SHUT_WR)
                # closing with the client's request unread would send a reset, which can destroy the answer
                # before the client reads it: read what has arrived (without waiting for more)
                request.setblocking(False)
                while request.recv(1 << 16):
                    pass
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self.counter:
                self.active -= 1


def serve(
    graph_store: GraphStore,
    options: ServeOptions,
    log: Callable[[str], None],
    ready: Callable[[str], None] | None = None,
) -> int:
    """Serve ``graph_store`` until SIGTERM, SIGINT or SIGHUP; returns the exit code (0).

    ``log`` gets one line per request and per stopped query; ``ready`` gets the line
    that says where the endpoint is, once it answers. The HTTP server runs on its own
    thread; the main thread only waits for a signal, so a signal never lands inside
    the server's code (socketserver would take an exception raised there for a failed
    request and go on serving).
    """
    import signal

    graph_store.open().query("ASK {}")  # a clear error now if there is no graph
    pool = _Pool(graph_store, options.worker_count(), log)
    server: _Server | None = None
    stopping = threading.Event()
    received: list[int] = []
    previous: dict[int, Any] = {}

    def stop(signum: int, frame: Any) -> None:
        received.append(signum)
        stopping.set()

    try:
        for wanted in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            previous[wanted] = signal.signal(wanted, stop)
        pool.start()  # the workers first: once the port answers, so do they
        if not stopping.is_set():
            try:
                server = _Server(options, pool, log)
            except OSError as exc:
                raise EndpointError(f"cannot listen on {options.host}:{options.port}: {exc.strerror or exc}") from None
            host = f"[{options.host}]" if ":" in options.host else options.host
            limits = (
                f"{pool.size} worker{'s' if pool.size != 1 else ''}, {options.timeout:g} s per query, "
                f"{options.max_request:,}-byte requests, "
                + (f"{options.max_memory:,} MB per query" if options.max_memory else "no memory limit")
                + (", SERVICE allowed" if options.allow_service else "")
            )
            (ready or log)(
                f"Serving {graph_store.root}/ read-only at http://{host}:{server.server_address[1]}/query "
                f"({limits}; Ctrl-C stops)"
            )
            threading.Thread(target=server.serve_forever, args=(0.2,), name="kg-serve-http", daemon=True).start()
            while not stopping.wait(1.0):
                pass
        log(f"kg serve: stopped ({signal.Signals(received[0]).name})")
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if server is not None:
            server.shutdown()  # no new requests
        pool.close()  # a query in flight ends now: its client is told kg serve stopped
        if server is not None:
            waited = time.monotonic() + 2
            while server.active and time.monotonic() < waited:  # let those answers go out
                time.sleep(0.02)
            server.server_close()
    return 0


if __name__ == "__main__":  # a worker: python -m kg.serve LOCATION PARENT_PID
    worker_main(sys.argv[1], int(sys.argv[2]))
