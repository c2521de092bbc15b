"""export: the whole graph in a format of kg.render's table — RDF (Turtle, N-Triples, JSON-LD,
TriG, RDF/XML: everything) or the concept graph (GraphML, GEXF, Cytoscape JSON: concepts and
relations, for Gephi or Cytoscape)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.query import Backend, LocalBackend


def export_formats() -> list[str]:
    from kg.render import formats

    return formats("graph")


def export(backend: Backend, fmt: str = "turtle") -> bytes:
    """The graph behind ``backend`` in ``fmt`` (a name or alias from kg.render's ``graph`` entries)."""
    from kg.render import render, to_bytes

    return to_bytes(render("graph", backend, fmt))


def export_to(backend: Backend, fmt: str, path: Path) -> int:
    """Write the export to ``path``; the number of bytes written."""
    data = export(backend, fmt)
    path.write_bytes(data)
    return len(data)


def stream_triples(backend: LocalBackend) -> Iterator[Any]:
    """Every triple of the local graph, as pyoxigraph quads of the default graph, read lazily."""
    import pyoxigraph as ox

    return iter(backend.raw.quads_for_pattern(None, None, None, ox.DefaultGraph()))
