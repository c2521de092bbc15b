"""kg: study notes in Markdown → an RDF knowledge graph you can query, plan from and explore.

    import kg
    graph = kg.build("notes/")              # or kg.open(store=".kg") / kg.open(endpoint=URL)
    graph.select("SELECT ?x WHERE { ?x kg:uses c:BatchNorm }")
    graph.prereqs("Transformer").steps
    kg.extract("ResNet 使用 BN，而不是 LRN。")

The names below are the public library (see docs/python.md); they are
imported when first used, so ``import kg`` and ``kg --help`` stay instant.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = [
    "KnowledgeGraph",
    "build",
    "open",
    "extract",
    "KgError",
    "NotesError",
    "ConceptNotFound",
    "AmbiguousConcept",
    "QuerySyntaxError",
    "StoreError",
    "__version__",
]

_WHERE = {
    "KnowledgeGraph": "kg.api",
    "build": "kg.api",
    "open": "kg.api",
    "extract": "kg.pipeline",
    "KgError": "kg.errors",
    "NotesError": "kg.errors",
    "ConceptNotFound": "kg.errors",
    "AmbiguousConcept": "kg.errors",
    "QuerySyntaxError": "kg.errors",
    "StoreError": "kg.errors",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
