"""The concept graph as networkx: concepts the notes mention, and the relations between them.

Read through a Backend with SPARQL, so it works on the local store and on a
remote endpoint alike. Used by ``kg path``, ``kg viz`` and the graph exports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.query import Backend
from kg.terms import local_name

if TYPE_CHECKING:
    import networkx as nx

RELATIONS = """
SELECT ?s ?p ?o (COUNT(DISTINCT ?f) AS ?n) (MIN(?line) AS ?first) (SAMPLE(?file) AS ?source) WHERE {
  ?p a kg:ConceptRelation . FILTER(?p != kg:dependsOn)
  ?s ?p ?o .
  OPTIONAL { ?f a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?from .
             ?from kg:line ?line ; kg:sourceFile ?file }
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
        return local_name(self.iri)


def most_specific_classes(backend: Backend, iris: list[str] | None = None) -> dict[str, str]:
    """Concept → its most specific kg class (ResNet → kg:Model, not kg:Concept).

    Plain patterns and the choice made in Python: the same question as one
    SPARQL query with FILTER NOT EXISTS took 8 s on 2,000 concepts.
    """
    parents: dict[str, set[str]] = {}
    for r in backend.select("SELECT ?sub ?sup WHERE { ?sub rdfs:subClassOf+ ?sup . ?sup rdfs:subClassOf* kg:Concept }"):
        parents.setdefault(r["sub"].value, set()).add(r["sup"].value)
    classes = set(parents) | {c for ps in parents.values() for c in ps}
    scope = ""
    if iris is not None:
        if not iris:
            return {}
        scope = "VALUES ?c { " + " ".join(f"<{i}>" for i in iris) + " }"
    found: dict[str, set[str]] = {}
    for r in backend.select(f"SELECT ?c ?class WHERE {{ {scope} ?c a ?class }}"):
        if r["class"].value in classes:
            found.setdefault(r["c"].value, set()).add(r["class"].value)
    out = {}
    for concept, types in found.items():
        specific = [t for t in types if not any(t in parents.get(other, ()) for other in types if other != t)]
        out[concept] = sorted(specific)[0]
    return out


def mentioned_concepts(backend: Backend) -> dict[str, int]:
    """Concepts the notes mention (in an item or a fact), with how many items are about each."""
    counts: dict[str, int] = {}
    for r in backend.select("SELECT ?c (COUNT(DISTINCT ?item) AS ?n) WHERE { ?item schema:about ?c } GROUP BY ?c"):
        counts[r["c"].value] = int(r["n"].value)
    for role in ("subject", "object"):
        for r in backend.select(f"SELECT DISTINCT ?c WHERE {{ ?f a kg:Fact ; rdf:{role} ?c }}"):
            counts.setdefault(r["c"].value, 0)
    return counts


def load_concepts(backend: Backend) -> dict[str, ConceptInfo]:
    mentioned = mentioned_concepts(backend)
    classes = most_specific_classes(backend)
    concepts = {iri: ConceptInfo(iri, classes[iri], items=n) for iri, n in mentioned.items() if iri in classes}
    for r in backend.select("SELECT ?c ?label WHERE { ?c skos:prefLabel ?label }"):
        info = concepts.get(r["c"].value)
        if info is not None:
            lang = (r["label"].language or "").split("-")[0]
            info.labels.setdefault(lang, r["label"].value)
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
