"""The concept graph as networkx: concepts the notes mention, and the relations between them.

Read through a Backend with SPARQL, so it works on the local store and on a
remote endpoint alike. Used by ``kg path``, ``kg viz`` and the graph exports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.query import Backend

if TYPE_CHECKING:
    import networkx as nx

CONCEPTS = """
SELECT ?c ?class ?label ?lang (COUNT(DISTINCT ?item) AS ?items) WHERE {
  { ?item schema:about ?c } UNION { ?f a kg:Fact ; rdf:subject ?c } UNION { ?f a kg:Fact ; rdf:object ?c }
  ?c a ?class . ?class rdfs:subClassOf* kg:Concept .
  FILTER NOT EXISTS { ?c a ?sub . ?sub rdfs:subClassOf+ ?class . FILTER(?sub != ?class) }
  OPTIONAL { ?c skos:prefLabel ?label BIND(LANG(?label) AS ?lang) }
} GROUP BY ?c ?class ?label ?lang
"""

RELATIONS = """
SELECT ?s ?p ?o (COUNT(DISTINCT ?f) AS ?n) (MIN(?line) AS ?first) (SAMPLE(?file) AS ?source) WHERE {
  ?p a kg:ConceptRelation . FILTER(?p != kg:dependsOn)
  ?s ?p ?o .
  OPTIONAL { ?f a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:line ?line ; kg:sourceFile ?file }
} GROUP BY ?s ?p ?o
"""


@dataclass
class ConceptInfo:
    iri: str
    cls: str
    labels: dict[str, str] = field(default_factory=dict)  # lang → preferred label
    items: int = 0

    def label(self, lang: str = "en") -> str:
        for want in (lang, "en", "zh", ""):
            if want in self.labels:
                return self.labels[want]
        return self.iri.rsplit("/", 1)[-1]


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def load_concepts(backend: Backend) -> dict[str, ConceptInfo]:
    concepts: dict[str, ConceptInfo] = {}
    for row in backend.select(CONCEPTS):
        iri = row["c"].value
        info = concepts.setdefault(iri, ConceptInfo(iri, row["class"].value))
        info.items = max(info.items, int(row["items"].value))
        if row.get("label") is not None:
            lang = row["lang"].value if row.get("lang") is not None else ""
            info.labels.setdefault(lang, row["label"].value)
    return concepts


def concept_network(backend: Backend, lang: str = "en") -> nx.MultiDiGraph:
    """Nodes: concepts (label, labels per language, class, items); edges: relations with provenance."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    concepts = load_concepts(backend)
    for iri, info in concepts.items():
        graph.add_node(
            iri,
            label=info.label(lang),
            label_en=info.labels.get("en", ""),
            label_zh=info.labels.get("zh", ""),
            cls=local_name(info.cls),
            items=info.items,
        )
    for row in backend.select(RELATIONS):
        s, p, o = row["s"].value, row["p"].value, row["o"].value
        if s not in graph or o not in graph:
            continue
        graph.add_edge(
            s,
            o,
            key=local_name(p),
            relation=local_name(p),
            sentences=int(row["n"].value),
            line=int(row["first"].value) if row.get("first") is not None else 0,
            source=row["source"].value if row.get("source") is not None else "",
        )
    return graph
