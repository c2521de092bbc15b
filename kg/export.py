"""export: the whole graph as Turtle, N-Triples, JSON-LD, TriG or RDF/XML,
and the concept graph as GraphML, GEXF or Cytoscape JSON."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from kg.formats import format_triples, rdf_format
from kg.query import Backend, LocalBackend

RDF_EXPORTS = ("turtle", "nt", "jsonld", "trig", "xml")
GRAPH_EXPORTS = ("graphml", "gexf", "cytoscape")


def export_rdf(backend: Backend, fmt: str) -> bytes:
    """Serialise every triple of the graph in an RDF format."""
    import pyoxigraph as ox

    from kg.terms import PREFIXES

    if isinstance(backend, LocalBackend):
        rdf = rdf_format(fmt)
        kwargs: dict[str, Any] = {}
        if rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML):
            kwargs["prefixes"] = PREFIXES
        if rdf not in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
            kwargs["from_graph"] = ox.DefaultGraph()
        return backend.raw.dump(format=rdf, **kwargs) or b""
    result = backend.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    return format_triples(result.triples, fmt).encode("utf-8")


def stream_triples(backend: LocalBackend) -> Iterator[Any]:
    """Every triple of the local graph, as pyoxigraph quads of the default graph, read lazily."""
    import pyoxigraph as ox

    return iter(backend.raw.quads_for_pattern(None, None, None, ox.DefaultGraph()))


def export_graph(backend: Backend, fmt: str, out: IO[bytes]) -> None:
    """The concept graph (concepts and relations, no notes) for Gephi or Cytoscape."""
    import networkx as nx

    from kg.network import concept_network

    graph = concept_network(backend)
    if fmt == "graphml":
        nx.write_graphml(graph, out)
    elif fmt == "gexf":
        nx.write_gexf(graph, out)
    elif fmt == "cytoscape":
        out.write(json.dumps(nx.cytoscape_data(graph), ensure_ascii=False, indent=1).encode("utf-8"))
    else:  # pragma: no cover - the CLI's choice list prevents it
        raise ValueError(fmt)


def export(backend: Backend, fmt: str, path: Path | None, stdout: IO[bytes]) -> None:
    if fmt in GRAPH_EXPORTS:
        if path is None:
            export_graph(backend, fmt, stdout)
        else:
            with open(path, "wb") as handle:
                export_graph(backend, fmt, handle)
        return
    data = export_rdf(backend, fmt)
    if path is None:
        stdout.write(data)
    else:
        path.write_bytes(data)
