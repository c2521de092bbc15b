"""remote: the same Backend over the SPARQL 1.1 Protocol, and ``kg push``.

Works with any SPARQL 1.1 server: Oxigraph (``oxigraph serve``), Apache Jena
Fuseki, GraphDB, QLever, Virtuoso. Uses only the standard library's HTTP.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

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


def _http(request: urllib.request.Request, timeout: float | None) -> bytes:
    request.add_header("User-Agent", _USER_AGENT)
    try:
        with urllib.request.urlopen(request, timeout=timeout or DEFAULT_TIMEOUT) as response:
            return response.read()  # type: ignore[no-any-return]
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", "replace").strip()
        first = " ".join(body.split())[:300]
        if exc.code == 400:
            raise QuerySyntaxError(f"the endpoint rejected the query (HTTP 400): {first}") from None
        raise EndpointError(f"{request.full_url} answered HTTP {exc.code} {exc.reason}: {first}") from None
    except urllib.error.URLError as exc:
        raise EndpointError(f"cannot reach {request.full_url}: {exc.reason}") from None
    except TimeoutError:
        raise EndpointError(f"{request.full_url} did not answer within {timeout or DEFAULT_TIMEOUT:g} s") from None
    except OSError as exc:
        raise EndpointError(f"cannot reach {request.full_url}: {exc}") from None
    except ValueError as exc:  # http.client.InvalidURL and the like: a URL it will not send
        raise EndpointError(f"cannot send to {request.full_url}: {exc}") from None


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


def push(
    ntriples: bytes,
    endpoint: str,
    graph: str | None = None,
    replace: bool = False,
    batch_triples: int = 50_000,
    timeout: float | None = None,
) -> PushReport:
    """Send N-Triples to a server with the Graph Store HTTP Protocol, in batches.

    ``replace`` is atomic: the batches go into a staging graph, and one SPARQL Update
    moves it into place (``MOVE``), so a push that fails half-way leaves the server's
    previous graph as it was. Without ``replace``, batches are added. A server without
    the store protocol gets SPARQL 1.1 Update (``INSERT DATA``) instead.
    """
    import uuid

    clean, auth = split_credentials(endpoint)
    store_url = _oxigraph_default(clean, "/store")
    update_url = _oxigraph_default(clean, "/update")
    lines = [line for line in ntriples.split(b"\n") if line.strip() and not line.startswith(b"#")]
    batches = [lines[i : i + batch_triples] for i in range(0, len(lines), batch_triples)] or [[]]
    staging = f"urn:kg:staging:{uuid.uuid4()}" if replace else None
    into = staging or graph
    destination = f"GRAPH <{graph}>" if graph else "DEFAULT"

    def send(url: str, data: bytes, method: str, content_type: str) -> None:
        request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": content_type})
        if auth:
            request.add_header("Authorization", auth)
        _http(request, timeout)

    def update(text: str) -> None:
        send(update_url, urllib.parse.urlencode({"update": text}).encode("utf-8"), "POST", _FORM)

    protocol, target = "graph store", store_url
    try:
        try:
            for index, batch in enumerate(batches):
                query = urllib.parse.urlencode({"graph": into}) if into else "default"
                send(
                    f"{store_url}?{query}",
                    b"\n".join(batch) + b"\n",
                    "PUT" if index == 0 and staging else "POST",
                    "application/n-triples",
                )
        except EndpointError as exc:
            if not any(code in str(exc) for code in ("HTTP 404", "HTTP 405", "HTTP 415")):
                raise
            protocol, target = "update", update_url
            for batch in batches:
                body = b"\n".join(batch).decode("utf-8")
                update(f"INSERT DATA {{ GRAPH <{into}> {{ {body} }} }}" if into else f"INSERT DATA {{ {body} }}")
        if staging:
            update(f"MOVE SILENT GRAPH <{staging}> TO {destination}")  # one update: all or nothing
    except (EndpointError, QuerySyntaxError) as exc:
        if staging:
            try:
                update(f"DROP SILENT GRAPH <{staging}>")
            except (EndpointError, QuerySyntaxError):
                pass
            raise EndpointError(f"{exc}; nothing was replaced: the endpoint still holds its previous graph") from None
        raise
    return PushReport(len(lines), len(batches), target, protocol)


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


def serve_command(store_path: str, host: str = "127.0.0.1", port: int = 7878) -> list[str]:
    """The command that serves a kg store read-only over the SPARQL 1.1 Protocol."""
    return [oxigraph_executable(), "serve-read-only", "--location", store_path, "--bind", f"{host}:{port}"]
