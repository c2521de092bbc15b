"""remote: the same Backend over the SPARQL 1.1 Protocol, and ``kg push``.

Works with any SPARQL 1.1 server: Oxigraph (``oxigraph serve``), Apache Jena
Fuseki, GraphDB, QLever, Virtuoso. Uses only the standard library's HTTP.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NoReturn

from kg.errors import EndpointError, QuerySyntaxError
from kg.query import Backend, Result, guard_query, refuse_updates
from kg.terms import PREFIXES

_USER_AGENT = "kg-notes (+SPARQL 1.1 Protocol)"


def _with_prefixes(sparql: str) -> str:
    declared = {p.lower() for p in _declared(sparql)}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p.lower() not in declared]
    return "\n".join(lines) + "\n" + sparql if lines else sparql


def _declared(sparql: str) -> list[str]:
    return re.findall(r"PREFIX\s+([\w.-]*):", sparql, flags=re.IGNORECASE)


def _oxigraph_default(url: str, path: str) -> str:
    """A bare server URL (no path) means Oxigraph's layout: /query, /update, /store."""
    parts = urllib.parse.urlsplit(url)
    if parts.path in ("", "/"):
        return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, parts.query, parts.fragment))
    return url


DEFAULT_TIMEOUT = 60.0  # seconds to connect and between reads, unless --timeout says otherwise


def split_credentials(url: str) -> tuple[str, str | None]:
    """``http://user:pass@host/…`` → (the URL without them, a Basic Authorization header).

    urllib would take ``user:pass@host`` for a host name; and an error message must never
    show the password. ``~/.netrc`` is read for the host when the URL carries none.
    """
    import base64

    parts = _parse_url(url)
    hostname = str(parts.hostname)  # _parse_url made sure there is one
    name = f"[{hostname}]" if ":" in hostname else hostname
    host = f"{name}:{parts.port}" if parts.port else name
    user, password = parts.username, parts.password
    if user is None:
        try:
            import netrc

            found = netrc.netrc().authenticators(hostname)
        except (OSError, netrc.NetrcParseError):
            found = None
        if found:
            user, password = found[0], found[2]
    clean = urllib.parse.urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))
    if user is None:
        return clean, None
    token = base64.b64encode(f"{urllib.parse.unquote(user)}:{urllib.parse.unquote(password or '')}".encode()).decode()
    return clean, f"Basic {token}"


_UNSAFE = re.compile(r"[\x00-\x20\x7f]")


def _parse_url(url: str) -> urllib.parse.SplitResult:
    """An http(s) URL with a host, or one line saying what is wrong with it (never its password)."""
    shown = _redact(url)
    if not url:
        raise EndpointError("the endpoint URL is empty")
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number from 0 to 65535
    except ValueError as exc:
        raise EndpointError(f"{shown!r} is not a valid URL: {exc}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointError(f"{shown!r} is not an http(s) URL")
    if _UNSAFE.search(url):
        raise EndpointError(f"{shown!r} is not a valid URL: it holds a space or a control character")
    return parts


_USERINFO = re.compile(r"^([^:/?#]*://[^:/?#@]*):[^@]*@")


def _redact(url: str) -> str:
    """The URL as it may be shown: without a password."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return _USERINFO.sub(r"\1:***@", url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def _http(request: urllib.request.Request, timeout: float | None, what: str = "query") -> bytes:
    request.add_header("User-Agent", _USER_AGENT)
    try:
        with urllib.request.urlopen(request, timeout=timeout or DEFAULT_TIMEOUT) as response:
            return response.read()  # type: ignore[no-any-return]
    except urllib.error.HTTPError as exc:
        _refused(request.full_url, exc.code, exc.reason, exc.read(), what)
    except urllib.error.URLError as exc:
        raise EndpointError(f"cannot reach {request.full_url}: {exc.reason}") from None
    except TimeoutError:
        raise EndpointError(f"{request.full_url} did not answer within {timeout or DEFAULT_TIMEOUT:g} s") from None
    except OSError as exc:
        raise EndpointError(f"cannot reach {request.full_url}: {exc}") from None
    except ValueError as exc:  # http.client.InvalidURL and the like: a URL it will not send
        raise EndpointError(f"cannot send to {request.full_url}: {exc}") from None


def _refused(url: str, code: int, reason: str, body: bytes, what: str) -> NoReturn:
    first = " ".join(body.decode("utf-8", "replace").split())[:300]
    if code == 400:
        error = QuerySyntaxError if what == "query" else EndpointError
        raise error(f"the endpoint rejected the {what} (HTTP 400): {first}") from None
    raise EndpointError(f"{url} answered HTTP {code} {reason}: {first}") from None


class _Unconfirmed(EndpointError):
    """The server received a whole request but did not answer in time: it may still apply it."""


def _put_stream(url: str, body: Iterable[bytes], content_type: str, auth: str | None, timeout: float | None) -> None:
    """``PUT`` a body of unknown length, chunked, as it is made; one request, one answer.

    A server that answers before reading it all (405, 411 …) and closes is heard: its
    answer is read after the broken pipe, as curl does.
    """
    import http.client

    seconds = timeout or DEFAULT_TIMEOUT
    parts = urllib.parse.urlsplit(url)
    connection_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    connection = connection_class(str(parts.hostname), parts.port, timeout=seconds)
    delivered = False
    try:
        connection.putrequest("PUT", parts.path + (f"?{parts.query}" if parts.query else ""))
        for name, value in (
            ("Content-Type", content_type),
            ("Transfer-Encoding", "chunked"),
            ("User-Agent", _USER_AGENT),
        ):
            connection.putheader(name, value)
        if auth:
            connection.putheader("Authorization", auth)
        connection.endheaders()
        try:
            for chunk in body:
                if chunk:
                    connection.send(b"%X\r\n" % len(chunk))
                    connection.send(chunk)
                    connection.send(b"\r\n")
            connection.send(b"0\r\n\r\n")
            delivered = True
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server stopped reading: its answer, if any, says why
        response = connection.getresponse()
        data = response.read()
    except TimeoutError:
        if delivered:
            raise _Unconfirmed(
                f"sent the whole graph to {url}, which did not confirm it within {seconds:g} s"
            ) from None
        raise EndpointError(f"{url} did not answer within {seconds:g} s") from None
    except (OSError, http.client.HTTPException) as exc:
        raise EndpointError(f"cannot reach {url}: {exc or type(exc).__name__}") from None
    finally:
        connection.close()
    if response.status >= 300:
        _refused(url, response.status, response.reason, data, "data")


class RemoteBackend(Backend):
    """A SPARQL 1.1 query endpoint (e.g. http://127.0.0.1:7878/query)."""

    def __init__(self, endpoint: str, timeout: float | None = None) -> None:
        clean, self.auth = split_credentials(endpoint)
        self.url = _oxigraph_default(clean, "/query")
        self.timeout = timeout

    def query(self, sparql: str, timeout: float | None = None, allow_service: bool = False) -> Result:
        import pyoxigraph as ox

        guard_query(sparql, allow_service)
        form = refuse_updates(sparql)
        graph = form in ("CONSTRUCT", "DESCRIBE")
        accept = "application/n-triples" if graph else "application/sparql-results+json"
        request = urllib.request.Request(
            self.url,
            data=urllib.parse.urlencode({"query": _with_prefixes(sparql)}).encode("utf-8"),
            headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
            method="POST",
        )
        if self.auth:
            request.add_header("Authorization", self.auth)
        data = _http(request, timeout or self.timeout)
        if graph:
            return Result(form, triples=[q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)])
        try:
            parsed = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
        except (SyntaxError, ValueError) as exc:
            raise EndpointError(f"{self.url} sent results that are not SPARQL JSON: {exc}") from None
        if isinstance(parsed, ox.QueryBoolean):
            return Result("ASK", boolean=bool(parsed))
        names = [v.value for v in parsed.variables]
        return Result("SELECT", names, [tuple(sol) for sol in parsed])


@dataclass
class PushReport:
    triples: int
    batches: int
    target: str
    protocol: str


def ntriples_batches(triples: bytes | Iterable[Any], size: int) -> Iterator[tuple[bytes, int]]:
    """(N-Triples document, triple count) per batch of ``size``, made one batch at a time.

    ``triples`` is an N-Triples document, or pyoxigraph quads of the default graph (as a store
    streams them), so a push holds one batch in memory, not the graph. At least one batch.
    """
    import itertools

    import pyoxigraph as ox

    items: Iterator[Any]
    if isinstance(triples, bytes):
        items = (line for line in triples.split(b"\n") if line.strip() and not line.startswith(b"#"))

        def encode(piece: list[Any]) -> bytes:
            return b"\n".join(piece) + b"\n"

    else:
        items = iter(triples)

        def encode(piece: list[Any]) -> bytes:
            # quads of the default graph serialise as N-Triples lines; N-Quads is the fast path
            return ox.serialize(piece, format=ox.RdfFormat.N_QUADS) or b""

    # a few thousand triples are made into bytes at a time: what is held is one batch of
    # bytes, not a batch of Python objects (50,000 Quads cost ~30 MB more)
    first = True
    while True:
        batch: list[bytes] = []
        count = 0
        while count < size:
            piece = list(itertools.islice(items, min(_PIECE, size - count)))
            if not piece:
                break
            batch.append(encode(piece))
            count += len(piece)
        if count or first:
            yield b"".join(batch), count
        first = False
        if count < size:
            return


_PIECE = 5_000  # triples made into bytes at a time


TriplesSource = bytes | Callable[[], Iterable[Any]]


def push(
    triples: TriplesSource,
    endpoint: str,
    graph: str | None = None,
    replace: bool = False,
    batch_triples: int = 50_000,
    timeout: float | None = None,
) -> PushReport:
    """Send triples to a server with the Graph Store HTTP Protocol, streamed in batches.

    ``triples``: an N-Triples document, or a function that returns a fresh stream of
    pyoxigraph quads of the default graph (``lambda: kg.export.stream_triples(backend)``):
    one batch is made, sent and dropped at a time, so memory does not grow with the graph.

    ``replace`` is atomic: the whole graph goes in one streamed ``PUT`` (chunked), which
    the Graph Store Protocol defines as one ``DROP`` + ``INSERT DATA`` request, carried out
    whole or not at all; a push cut off half-way leaves the server's previous graph. A
    server that will not take that (no store protocol, no chunked bodies) gets the batches
    in a staging graph and one ``MOVE`` into place, which is atomic too but copies the
    graph once more on the server. Without ``replace``, batches are added with ``POST``,
    or ``INSERT DATA`` where the server has no store protocol. ``timeout``: seconds to
    connect and between reads (default 60).
    """
    clean, auth = split_credentials(endpoint)
    store_url = _oxigraph_default(clean, "/store")
    update_url = _oxigraph_default(clean, "/update")
    target_query = urllib.parse.urlencode({"graph": graph}) if graph else "default"

    def stream() -> Iterator[tuple[bytes, int]]:
        return ntriples_batches(triples if isinstance(triples, bytes) else triples(), batch_triples)

    def send(url: str, data: bytes, method: str, content_type: str) -> None:
        request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": content_type})
        if auth:
            request.add_header("Authorization", auth)
        _http(request, timeout, what="data")

    def update(text: str) -> None:
        send(update_url, urllib.parse.urlencode({"update": text}).encode("utf-8"), "POST", _FORM)

    if replace:
        counted = {"triples": 0, "batches": 0}

        def body() -> Iterator[bytes]:
            for data, count in stream():
                counted["triples"] += count
                counted["batches"] += 1
                if data:
                    yield data

        try:
            _put_stream(f"{store_url}?{target_query}", body(), "application/n-triples", auth, timeout)
            return PushReport(
                counted["triples"], counted["batches"], store_url, "graph store protocol, one streamed PUT"
            )
        except _Unconfirmed as exc:  # the server had it all and may still be applying it
            raise EndpointError(
                f"{exc}: it holds either its previous graph or the whole new one, never a part (push again to be sure)"
            ) from None
        except EndpointError as exc:
            if not any(f"HTTP {code}" in str(exc) for code in (404, 405, 411, 415, 501)):
                raise EndpointError(
                    f"{exc}; nothing was replaced: the endpoint still holds its previous graph"
                ) from None
        return _push_staged(stream, send, update, store_url, update_url, graph)
    return _push_added(stream, send, update, store_url, update_url, graph)


def _push_added(
    stream: Callable[[], Iterator[tuple[bytes, int]]],
    send: Callable[..., None],
    update: Callable[[str], None],
    store_url: str,
    update_url: str,
    graph: str | None,
) -> PushReport:
    """Add the batches to the graph (``POST``, or ``INSERT DATA`` without the store protocol)."""
    query = urllib.parse.urlencode({"graph": graph}) if graph else "default"
    protocol, target = "graph store", store_url
    sent = batches = 0
    try:
        for index, (body, count) in enumerate(stream()):
            if protocol == "update":
                update(_insert_data(body, graph))
            else:
                try:
                    send(f"{store_url}?{query}", body, "POST", "application/n-triples")
                except EndpointError as exc:
                    if index > 0 or not any(f"HTTP {code}" in str(exc) for code in (404, 405, 415)):
                        raise
                    protocol, target = "update", update_url
                    update(_insert_data(body, graph))
            sent += count
            batches += 1
    except (EndpointError, QuerySyntaxError) as exc:
        if not sent:
            raise
        where = f"graph <{graph}>" if graph else "default graph"
        raise EndpointError(
            f"{exc}; {sent:,} triples were added to the endpoint's {where} before this (without --replace, "
            "a push that fails half-way leaves them)"
        ) from None
    return PushReport(sent, batches, target, f"{protocol} protocol")


def _push_staged(
    stream: Callable[[], Iterator[tuple[bytes, int]]],
    send: Callable[..., None],
    update: Callable[[str], None],
    store_url: str,
    update_url: str,
    graph: str | None,
) -> PushReport:
    """Replace through a staging graph: load the batches there, then one ``MOVE`` into place."""
    import uuid

    staging = f"urn:kg:staging:{uuid.uuid4()}"
    destination = f"GRAPH <{graph}>" if graph else "DEFAULT"
    protocol, target = "graph store", store_url
    sent = batches = 0
    moving = False
    try:
        for index, (body, count) in enumerate(stream()):
            if protocol == "update":
                update(_insert_data(body, staging))
            else:
                query = urllib.parse.urlencode({"graph": staging})
                try:
                    send(f"{store_url}?{query}", body, "PUT" if index == 0 else "POST", "application/n-triples")
                except EndpointError as exc:
                    if index > 0 or not any(f"HTTP {code}" in str(exc) for code in (404, 405, 415)):
                        raise
                    protocol, target = "update", update_url
                    update(_insert_data(body, staging))
            sent += count
            batches += 1
        moving = True
        update(f"MOVE SILENT GRAPH <{staging}> TO {destination}")  # one update: all or nothing
    except (EndpointError, QuerySyntaxError) as exc:
        if moving and "did not answer" in str(exc):  # the server may still carry the move out
            raise EndpointError(
                f"{exc}; the server got the final MOVE but did not confirm it: it holds either its "
                "previous graph or the whole new one, never a part (push again to be sure)"
            ) from None
        try:
            update(f"DROP SILENT GRAPH <{staging}>")
        except (EndpointError, QuerySyntaxError):
            pass
        raise EndpointError(f"{exc}; nothing was replaced: the endpoint still holds its previous graph") from None
    return PushReport(sent, batches, target, f"{protocol} protocol, staged and moved")


def _insert_data(body: bytes, graph: str | None) -> str:
    data = body.decode("utf-8")
    return f"INSERT DATA {{ GRAPH <{graph}> {{ {data} }} }}" if graph else f"INSERT DATA {{ {data} }}"


_FORM = "application/x-www-form-urlencoded; charset=utf-8"


def oxigraph_executable() -> str:
    """The `oxigraph` server program (PyPI package `oxigraph`), next to this Python or on PATH."""
    import shutil
    import sys
    from pathlib import Path

    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise EndpointError("the Oxigraph server is not installed: pip install oxigraph")
    return found
