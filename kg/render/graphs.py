"""The concept graph (concepts and relations, no notes) as GraphML, GEXF or Cytoscape JSON, via networkx."""

from __future__ import annotations

import io
from typing import Any


def networkx(value: Any, variant: str = "graphml", **options: Any) -> bytes:
    """``value`` (a ``Backend``, or a networkx graph already made) as ``variant``: graphml, gexf or cytoscape."""
    import networkx as nx

    if isinstance(value, nx.Graph):
        graph = value
    else:
        from kg.network import concept_network

        graph = concept_network(value)
    if variant == "cytoscape":
        import json

        return json.dumps(nx.cytoscape_data(graph), ensure_ascii=False, indent=1).encode("utf-8")
    out = io.BytesIO()
    {"graphml": nx.write_graphml, "gexf": nx.write_gexf}[variant](graph, out)
    return out.getvalue()
