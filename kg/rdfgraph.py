"""rdfgraph: the built graph as an ``rdflib.Graph``, for the Python RDF ecosystem.

Backed by the store itself (oxrdflib's Oxigraph store, opened read-only), not a copy in
memory: ``len``, triple patterns, SPARQL and rdflib's serializers read the on-disk graph.
Against an endpoint, rdflib's own SPARQLStore. Imported only when asked for: the command
line's start-up never pays for rdflib.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.query import Backend, LocalBackend

if TYPE_CHECKING:
    import rdflib


def as_rdflib(backend: Backend) -> rdflib.Graph:
    """The graph behind ``backend`` as an rdflib Graph (read-only; the default graph of the store)."""
    import rdflib
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    from kg.terms import PREFIXES

    if isinstance(backend, LocalBackend):
        from oxrdflib import OxigraphStore

        graph = rdflib.Graph(store=OxigraphStore(store=backend.raw), identifier=DATASET_DEFAULT_GRAPH_ID)
    else:
        from rdflib.plugins.stores.sparqlstore import SPARQLStore

        url = getattr(backend, "url", None)
        if not url:
            raise TypeError(f"no rdflib view for {type(backend).__name__}")
        # no identifier: with one, SPARQLStore would scope every query to it (FROM <urn:x-rdflib:default>)
        graph = rdflib.Graph(store=SPARQLStore(url, returnFormat="json"))
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph
