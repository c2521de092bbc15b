"""stats: what a graph holds, counted with SPARQL (so it works on any backend)."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.query import Backend
from kg.terms import local_name

FACTS_BY_RELATION = """
SELECT ?relation (COUNT(DISTINCT CONCAT(STR(?s), " ", STR(?o))) AS ?triples) (COUNT(DISTINCT ?f) AS ?sentences) WHERE {
  ?relation a kg:ConceptRelation .
  ?s ?relation ?o .
  OPTIONAL { ?f a kg:Fact ; rdf:subject ?s ; rdf:predicate ?relation ; rdf:object ?o }
} GROUP BY ?relation ORDER BY DESC(?triples) ?relation
"""

TOTALS = """
SELECT
  (COUNT(*) AS ?triples)
  (SUM(IF(?p = rdf:type && ?o = schema:Question, 1, 0)) AS ?questions)
  (SUM(IF(?p = rdf:type && ?o = kg:NoteFile, 1, 0)) AS ?files)
  (SUM(IF(?p = rdf:type && ?o = kg:Fact, 1, 0)) AS ?facts)
WHERE { ?s ?p ?o }
"""


@dataclass
class Stats:
    triples: int = 0
    files: int = 0
    questions: int = 0
    fact_records: int = 0
    concepts_by_class: dict[str, int] = field(default_factory=dict)
    facts_by_relation: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def concepts(self) -> int:
        return sum(self.concepts_by_class.values())


def graph_stats(backend: Backend) -> Stats:
    stats = Stats()
    total = backend.select(TOTALS)[0]
    stats.triples = int(total["triples"].value)
    stats.questions = int(total["questions"].value) if total.get("questions") else 0
    stats.files = int(total["files"].value) if total.get("files") else 0
    stats.fact_records = int(total["facts"].value) if total.get("facts") else 0
    from kg.network import mentioned_concepts, most_specific_classes

    classes = most_specific_classes(backend)
    by_class: dict[str, int] = {}
    for concept in mentioned_concepts(backend):
        if concept in classes:
            name = local_name(classes[concept])
            by_class[name] = by_class.get(name, 0) + 1
    stats.concepts_by_class = dict(sorted(by_class.items(), key=lambda kv: (-kv[1], kv[0])))
    for row in backend.select(FACTS_BY_RELATION):
        stats.facts_by_relation[local_name(row["relation"].value)] = (
            int(row["triples"].value),
            int(row["sentences"].value),
        )
    return stats


