"""review: the facts worth a person's look, and fact text read back into a triple.

Read side: speaks SPARQL through a Backend, never imports extraction.

- ``review_queue``: facts in the graph, weakest evidence first (the noisy-or of their
  sentences' confidences, then fewest sentences), leaving out what the user already
  accepted, rejected or asserted;
- ``parse_fact``: "ResNet uses Moving average" (or a fact record's id) → the concepts
  and relation it names, or one clear error naming the candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.concepts import Concept, describe, resolve
from kg.errors import AmbiguousConcept, ConceptNotFound, KgError
from kg.model import noisy_or
from kg.query import Backend
from kg.terms import KG_NS, NOTE_NS


@dataclass
class Reading:
    """One sentence a fact was read from."""

    source: str  # file:line
    sentence: str
    cue: str
    confidence: float


@dataclass
class ReviewItem:
    """A fact in the graph and the sentences behind it."""

    subject: Concept
    relation: str  # local name: uses
    object: Concept
    confidence: float
    readings: list[Reading]

    def text(self, lang: str = "en") -> str:
        return f"{self.subject.label(lang)} {self.relation} {self.object.label(lang)}"


def review_queue(backend: Backend, relation: str | None = None, concept: str | None = None) -> list[ReviewItem]:
    """Facts of the graph not yet reviewed, weakest evidence first."""
    filters = ""
    if relation:
        from kg.explore import resolve_relation

        filters += f" VALUES ?p {{ <{resolve_relation(backend, relation)[0]}> }}"
    if concept:
        iri = resolve(backend, concept).iri
        filters += f" FILTER(?s = <{iri}> || ?o = <{iri}>)"
    rows = backend.select(f"""
        SELECT ?s ?p ?o ?file ?line ?sentence ?cue ?conf WHERE {{
          ?p a kg:ConceptRelation . ?s ?p ?o . {filters}
          ?f a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:cueText ?cue ; kg:confidence ?conf ;
             prov:wasDerivedFrom ?from . ?from kg:sourceFile ?file ; kg:line ?line ; schema:text ?sentence .
          FILTER NOT EXISTS {{ ?g rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                               {{ ?g kg:acceptedBy ?x }} UNION {{ ?g kg:rejectedBy ?x }} UNION {{ ?g kg:assertedBy ?x }} }}
        }}""")
    grouped: dict[tuple[str, str, str], list[Reading]] = {}
    for r in rows:
        key = (r["s"].value, r["p"].value, r["o"].value)
        grouped.setdefault(key, []).append(
            Reading(f"{r['file'].value}:{r['line'].value}", r["sentence"].value, r["cue"].value, float(r["conf"].value))
        )
    names = describe(backend, sorted({x for s, _, o in grouped for x in (s, o)}))
    items = []
    for (s, p, o), readings in grouped.items():
        readings.sort(key=lambda x: (-x.confidence, x.source))
        items.append(
            ReviewItem(names[s], p[len(KG_NS) :], names[o], noisy_or([x.confidence for x in readings]), readings)
        )
    items.sort(key=lambda i: (i.confidence, len(i.readings), i.text()))
    return items


def _relation_names(backend: Backend) -> list[tuple[str, str]]:
    """(phrase, relation IRI) for every way a relation may be written: uses, partOf, "part of", "conflicts with"."""
    rows = backend.select("SELECT ?p ?label WHERE { ?p a kg:ConceptRelation . OPTIONAL { ?p rdfs:label ?label } }")
    names: set[tuple[str, str]] = set()
    for r in rows:
        iri = r["p"].value
        local = iri[len(KG_NS) :]
        if local == "dependsOn":
            continue  # derived from the other relations on every build: state one of those instead
        names.add((local, iri))
        names.add((re.sub(r"(?<=[a-z])(?=[A-Z])", " ", local).lower(), iri))
        if r.get("label") is not None:
            names.add((r["label"].value, iri))
    return sorted(names, key=lambda n: -len(n[0]))


def parse_fact(backend: Backend, text: str) -> tuple[Concept, str, Concept]:
    """The fact ``text`` names: "SUBJECT RELATION OBJECT" in labels or aliases, or a fact record's id.

    Every way of cutting the text at a relation's name is tried; exactly one must name two
    concepts. Raises KgError naming what was found instead.
    """
    raw = text.strip()
    record = raw if raw.startswith(NOTE_NS) else f"{NOTE_NS}{raw}" if raw.startswith("fact/") else ""
    if record:
        rows = backend.select(f"SELECT ?s ?p ?o WHERE {{ <{record}> rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }}")
        if not rows:
            raise KgError(f"no fact with id {raw!r} (ids are shown by `kg explain` and `kg review`)")
        found = describe(backend, [rows[0]["s"].value, rows[0]["o"].value])
        return found[rows[0]["s"].value], rows[0]["p"].value, found[rows[0]["o"].value]
    readings: list[tuple[Concept, str, Concept]] = []
    problems: list[str] = []
    lowered = raw.lower()
    for phrase, iri in _relation_names(backend):
        for m in re.finditer(rf"(?<!\S){re.escape(phrase.lower())}(?!\S)" if phrase.isascii() else re.escape(phrase), lowered):
            left, right = raw[: m.start()].strip(), raw[m.end() :].strip()
            if not left or not right:
                continue
            try:
                reading = (resolve(backend, left), iri, resolve(backend, right))
            except (ConceptNotFound, AmbiguousConcept) as exc:
                problems.append(str(exc))
                continue
            if all((r[0].iri, r[1], r[2].iri) != (reading[0].iri, iri, reading[2].iri) for r in readings):
                readings.append(reading)
    if len(readings) == 1:
        return readings[0]
    if len(readings) > 1:
        shown = "; ".join(f"{s.label()} {p[len(KG_NS):]} {o.label()}" for s, p, o in readings)
        raise KgError(f"{raw!r} can be read {len(readings)} ways: {shown}; use the concepts' exact labels")
    if problems:
        raise KgError(f"cannot read {raw!r} as SUBJECT RELATION OBJECT: {problems[0]}")
    relations = ", ".join(sorted({iri[len(KG_NS) :] for _, iri in _relation_names(backend)}))
    raise KgError(f"cannot read {raw!r} as SUBJECT RELATION OBJECT: no relation named in it (relations: {relations})")
