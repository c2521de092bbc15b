"""Moving around the graph: concept cards (show), paths between concepts, and
where a fact came from (explain). SPARQL through a Backend, local or remote."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from kg.concepts import Concept, describe, resolve
from kg.errors import KgError
from kg.query import Backend
from kg.terms import KG_NS, NOTE_NS


@dataclass
class Edge:
    relation: str  # local name
    other: Concept
    sources: list[str] = field(default_factory=list)  # file:line


@dataclass
class Card:
    concept: Concept
    outgoing: dict[str, list[Edge]]
    incoming: dict[str, list[Edge]]
    questions: list[dict[str, str]]


def _edges(backend: Backend, iri: str, outgoing: bool) -> dict[str, list[Edge]]:
    pattern = f"<{iri}> ?p ?x" if outgoing else f"?x ?p <{iri}>"
    fact = f"rdf:subject <{iri}> ; rdf:object ?x" if outgoing else f"rdf:subject ?x ; rdf:object <{iri}>"
    rows = backend.select(f"""
        SELECT ?p ?x (GROUP_CONCAT(DISTINCT CONCAT(?file, ":", STR(?line)); separator=" ") AS ?where) WHERE {{
          ?p a kg:ConceptRelation . FILTER(?p != kg:dependsOn)
          {pattern} .
          OPTIONAL {{ ?f {fact} ; rdf:predicate ?p ; prov:wasDerivedFrom ?from . ?from kg:sourceFile ?file ; kg:line ?line }}
        }} GROUP BY ?p ?x ORDER BY ?p ?x""")
    others = describe(backend, sorted({r["x"].value for r in rows}))
    grouped: dict[str, list[Edge]] = {}
    for r in rows:
        where = sorted(r["where"].value.split(), key=_source_key) if r.get("where") is not None else []
        grouped.setdefault(r["p"].value[len(KG_NS) :], []).append(
            Edge(r["p"].value[len(KG_NS) :], others[r["x"].value], where)
        )
    return grouped


def _source_key(where: str) -> tuple[str, int]:
    file, _, line = where.rpartition(":")
    return file, int(line) if line.isdigit() else 0


def concept_card(backend: Backend, name: str) -> Card:
    """Labels in both languages, class, relations out and in, and the questions about it."""
    concept = resolve(backend, name)
    rows = backend.select(f"""
        SELECT ?text ?file ?line WHERE {{
          ?q a schema:Question ; schema:about <{concept.iri}> ; schema:text ?text ; kg:sourceFile ?file ; kg:line ?line
        }} ORDER BY ?file ?line""")
    questions = [{"question": r["text"].value, "source": f"{r['file'].value}:{r['line'].value}"} for r in rows]
    return Card(concept, _edges(backend, concept.iri, True), _edges(backend, concept.iri, False), questions)


@dataclass
class Hop:
    source: Concept
    relation: str
    target: Concept
    forward: bool  # True when the notes state "source relation target"


class Route(NamedTuple):
    """How two concepts are connected: ``hops`` from ``start`` to ``end`` (``[]``: one concept; None: no path)."""

    start: Concept
    end: Concept
    hops: list[Hop] | None


def concept_path(backend: Backend, start: str, end: str) -> Route:
    """The shortest chain of relations between two concepts, in either direction (None: no path)."""
    import networkx as nx

    from kg.network import concept_network

    a, b = resolve(backend, start), resolve(backend, end)
    graph = concept_network(backend)
    undirected = nx.Graph()
    for s, o, data in graph.edges(data=True):
        undirected.add_edge(s, o)
        undirected.edges[s, o].setdefault("relations", []).append((s, data["relation"], o))
    if a.iri == b.iri:
        return Route(a, b, [])
    if a.iri not in undirected or b.iri not in undirected:
        return Route(a, b, None)
    try:
        nodes = nx.shortest_path(undirected, a.iri, b.iri)
    except nx.NetworkXNoPath:
        return Route(a, b, None)
    described = describe(backend, nodes)
    hops = []
    for x, y in zip(nodes, nodes[1:]):
        relations = sorted(undirected.edges[x, y]["relations"], key=lambda r: (r[0] != x, r[1]))
        s, rel, o = relations[0]
        hops.append(Hop(described[x], rel, described[y], forward=(s == x)))
    return Route(a, b, hops)


@dataclass
class Evidence:
    subject: Concept
    relation: str
    object: Concept
    cue: str
    negated: bool
    sentence: str
    source: str
    question: str
    confidence: float | None = None  # from the sentence's evidence; None for graphs without it
    rejected: str | None = None  # the user's reason when they rejected this reading (kg reject)
    id: str = ""  # the fact record, for `kg reject fact/…`


def resolve_relation(backend: Backend, name: str) -> tuple[str, bool]:
    """A relation by local name ('uses'), prefixed name ('kg:uses') or label ('conflicts with')."""
    rows = backend.select("""
        SELECT ?p ?label (EXISTS { ?p a owl:SymmetricProperty } AS ?sym) WHERE {
          ?p a kg:ConceptRelation . OPTIONAL { ?p rdfs:label ?label } }""")
    key = name.strip().removeprefix("kg:").replace("_", " ").lower()
    for r in rows:
        local = r["p"].value[len(KG_NS) :]
        labels = {local.lower(), r["label"].value.lower() if r.get("label") is not None else ""}
        if key in labels or key.replace(" ", "") == local.lower():
            return r["p"].value, r["sym"].value == "true"
    known = sorted({r["p"].value[len(KG_NS) :] for r in rows})
    raise KgError(f"no relation named {name!r}; relations are: {', '.join(known)}")


class Explanation(NamedTuple):
    """Where the graph got ``subject relation object``: each sentence that states it (``[]``: none)."""

    subject: Concept
    relation: str  # local name
    object: Concept
    evidence: list[Evidence]


def explain(backend: Backend, subject: str, relation: str, obj: str) -> Explanation:
    """Each sentence a fact was read from, with file, line, cue and whether it was negated."""
    s, o = resolve(backend, subject), resolve(backend, obj)
    rel, symmetric = resolve_relation(backend, relation)
    pairs = [(s.iri, o.iri)] + ([(o.iri, s.iri)] if symmetric else [])
    evidence: list[Evidence] = []
    for x, y in pairs:
        rows = backend.select(f"""
            SELECT ?f ?cue ?neg ?sentence ?file ?line ?qtext ?conf ?why WHERE {{
              ?f a kg:Fact ; rdf:subject <{x}> ; rdf:predicate <{rel}> ; rdf:object <{y}> ;
                 kg:cueText ?cue ; prov:wasDerivedFrom ?from .
              ?from schema:text ?sentence ; kg:sourceFile ?file ; kg:line ?line .
              OPTIONAL {{ ?f kg:negated ?neg }}
              OPTIONAL {{ ?f kg:confidence ?conf }}
              OPTIONAL {{ ?f kg:rejectedBy ?c . OPTIONAL {{ ?c rdfs:comment ?note }} BIND(COALESCE(?note, "") AS ?why) }}
              OPTIONAL {{ ?from prov:wasDerivedFrom ?item .
                          {{ ?item a schema:Question ; schema:text ?qtext }}
                          UNION {{ ?q schema:acceptedAnswer ?item ; schema:text ?qtext }} }}
            }} ORDER BY ?file ?line""")
        d = describe(backend, [x, y])
        for r in rows:
            evidence.append(
                Evidence(
                    d[x],
                    rel[len(KG_NS) :],
                    d[y],
                    r["cue"].value,
                    r.get("neg") is not None and r["neg"].value == "true",
                    r["sentence"].value,
                    f"{r['file'].value}:{r['line'].value}",
                    r["qtext"].value if r.get("qtext") is not None else "",
                    float(r["conf"].value) if r.get("conf") is not None else None,
                    r["why"].value if r.get("why") is not None else None,
                    r["f"].value.removeprefix(NOTE_NS),
                )
            )
    return Explanation(s, rel[len(KG_NS) :], o, evidence)
