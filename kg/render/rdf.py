"""RDF syntaxes (Turtle, N-Triples, JSON-LD, TriG, RDF/XML, N-Quads) for a CONSTRUCT's triples or a whole graph.

One function serves every RDF entry of kg.render's table; the entry's ``variant``
is the pyoxigraph ``RdfFormat`` name.
"""

from __future__ import annotations

from typing import Any


def serialize(value: Any, variant: str = "TURTLE", **options: Any) -> bytes:
    """``value`` in the RDF syntax ``variant``: a query ``Result`` (its triples), a list of triples,
    or a ``Backend`` (the whole graph; a local store is dumped as it is, without a query)."""
    import pyoxigraph as ox

    from kg.query import Backend, LocalBackend
    from kg.terms import PREFIXES

    rdf = getattr(ox.RdfFormat, variant)
    kwargs: dict[str, Any] = {}
    if rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML):
        kwargs["prefixes"] = PREFIXES
    quads = rdf in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS)
    if isinstance(value, LocalBackend):
        if not quads:
            kwargs["from_graph"] = ox.DefaultGraph()
        return value.raw.dump(format=rdf, **kwargs) or b""
    if isinstance(value, Backend):
        value = value.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    triples = value.triples if hasattr(value, "triples") else value
    if quads:
        items: list[Any] = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]
    else:
        items = list(triples)
    return ox.serialize(items, format=rdf, **kwargs) or b""
