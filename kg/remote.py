"""remote: the same Backend over the SPARQL 1.1 Protocol, and ``kg push``.

Works with any SPARQL 1.1 server: Oxigraph (``oxigraph serve``), Apache Jena
Fuseki, GraphDB, QLever, Virtuoso. Uses only the standard library's HTTP.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from kg.errors import EndpointError, QuerySyntaxError
from kg.query import Backend, Result, refuse_updates
from kg.terms import PREFIXES

_USER_AGENT = "kg-notes (+SPARQL 1.1 Protocol)"


def _with_prefixes(sparql: str) -> str:
    declared = {p.lower() for p in _declared(sparql)}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p.lower() not in declared]
    return "\n".join(lines) + "\n" + sparql if lines else sparql


def _declared(sparql: str) -> list[str]:
    import re

    return re.findall(r"PREFIX\s+([\w.-]*):", sparql, flags=re.IGNORECASE)


def _oxigraph_default(url: str, path: str) -> str:
    """A bare server URL (no path) means Oxigraph's layout: /query, /update, /store."""
    parts = urllib.parse.urlsplit(url)
    if parts.path in ("", "/"):
        return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, parts.query, parts.fragment))
    return url


def _http(request: urllib.request.Request, timeout: float | None) -> bytes:
    request.add_header("User-Agent", _USER_AGENT)
    try:
        with urllib.request.urlopen(request, timeout=timeout or 300) as response:
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
        raise EndpointError(f"{request.full_url} did not answer within {timeout or 300:g} s") from None
    except OSError as exc:
        raise EndpointError(f"cannot reach {request.full_url}: {exc}") from None


class RemoteBackend(Backend):
    """A SPARQL 1.1 query endpoint (e.g. http://127.0.0.1:7878/query)."""

    def __init__(self, endpoint: str, timeout: float | None = None) -> None:
        if not endpoint.startswith(("http://", "https://")):
            raise EndpointError(f"{endpoint!r} is not an http(s) URL")
        self.url = _oxigraph_default(endpoint, "/query")
        self.description = self.url
        self.timeout = timeout

    def query(self, sparql: str, timeout: float | None = None) -> Result:
        import pyoxigraph as ox

        form = refuse_updates(sparql)
        graph = form in ("CONSTRUCT", "DESCRIBE")
        accept = "application/n-triples" if graph else "application/sparql-results+json"
        request = urllib.request.Request(
            self.url,
            data=urllib.parse.urlencode({"query": _with_prefixes(sparql)}).encode("utf-8"),
            headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
            method="POST",
        )
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

    ``replace`` makes the first batch a PUT (the graph's old triples go), so
    pushing twice gives the same graph, not doubled triples. A server without
    the store protocol gets SPARQL 1.1 Update (``INSERT DATA``) instead.
    """
    store_url = _oxigraph_default(endpoint, "/store")
    target = f"{store_url}?{urllib.parse.urlencode({'graph': graph}) if graph else 'default'}"
    lines = [line for line in ntriples.split(b"\n") if line.strip() and not line.startswith(b"#")]
    batches = [lines[i : i + batch_triples] for i in range(0, len(lines), batch_triples)] or [[]]
    try:
        for index, batch in enumerate(batches):
            method = "PUT" if replace and index == 0 else "POST"
            request = urllib.request.Request(
                target,
                data=b"\n".join(batch) + b"\n",
                method=method,
                headers={"Content-Type": "application/n-triples"},
            )
            _http(request, timeout)
        return PushReport(len(lines), len(batches), target, "graph store")
    except EndpointError as exc:
        if not any(code in str(exc) for code in ("HTTP 404", "HTTP 405", "HTTP 415")):
            raise
    update_url = _oxigraph_default(endpoint, "/update")
    for index, batch in enumerate(batches):
        body = b"\n".join(batch).decode("utf-8")
        data = f"INSERT DATA {{ GRAPH <{graph}> {{ {body} }} }}" if graph else f"INSERT DATA {{ {body} }}"
        if replace and index == 0:
            data = (f"CLEAR SILENT GRAPH <{graph}> ;\n" if graph else "CLEAR SILENT DEFAULT ;\n") + data
        request = urllib.request.Request(
            update_url,
            data=urllib.parse.urlencode({"update": data}).encode("utf-8"),
            method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
        )
        _http(request, timeout)
    return PushReport(len(lines), len(batches), update_url, "update")


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
