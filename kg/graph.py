"""graph: documents, links and facts → RDF triples (pyoxigraph terms).

Each note file becomes its own list of triples (so a build can cache it):
the file, its questions/answers/blocks with text, line and the concepts they
are about, every fact as a direct triple, and one ``kg:Fact`` record per
sentence it was read from (RDF reification: rdf:subject/predicate/object,
the cue, the sentence, file, line, prov:wasDerivedFrom the item).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote

import pyoxigraph as ox

from kg.link import DiscoveredConcept, language_of
from kg.parse import Document, Item
from kg.relate import Assertion, ItemLinks
from kg.terms import DCTERMS, KG, NOTE_NS, PROV, RDF, SCHEMA, SKOS, XSD
from kg.vocab import Vocabulary

Triple = ox.Triple

_TYPE = ox.NamedNode(RDF.type)
_INT = ox.NamedNode(XSD.integer)
_BOOL = ox.NamedNode(XSD.boolean)


def _iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def _text(value: str) -> ox.Literal:
    return ox.Literal(value, language=language_of(value))


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_INT)


def _str(value: str) -> ox.Literal:
    return ox.Literal(value)


def file_iri(source: str) -> str:
    return f"{NOTE_NS}file/{quote(source, safe='/')}"


def item_iri(source: str, item: Item) -> str:
    return f"{file_iri(source)}#L{item.line}"


def fact_iri(a: Assertion, source: str) -> str:
    key = "\x1f".join((a.subject, a.relation, a.object, source, str(a.line), a.cue, a.sentence))
    return f"{NOTE_NS}fact/{hashlib.sha1(key.encode()).hexdigest()[:20]}"


@dataclass(frozen=True)
class Fact:
    """The bare triple of an assertion, kept to materialise kg:dependsOn."""

    subject: str
    relation: str
    object: str


def document_triples(doc: Document, facts: list[Assertion], links: list[ItemLinks]) -> list[ox.Triple]:
    """All triples one note file contributes."""
    out: list[ox.Triple] = []
    add = out.append
    f = _iri(file_iri(doc.source))
    add(Triple(f, _TYPE, _iri(KG.NoteFile)))
    add(Triple(f, _iri(KG.sourceFile), _str(doc.source)))
    if doc.sections:
        add(Triple(f, _iri(DCTERMS.title), _text(doc.sections[0].title)))

    item_nodes: list[tuple[ox.NamedNode, ox.NamedNode | None]] = []
    for item, link in zip(doc.items, links):
        node = _iri(item_iri(doc.source, item))
        answer_node: ox.NamedNode | None = None

        def common(n: ox.NamedNode, line: int, end: int, item: Item = item, link: ItemLinks = link) -> None:
            add(Triple(n, _iri(KG.sourceFile), _str(doc.source)))
            add(Triple(n, _iri(KG.line), _int(line)))
            add(Triple(n, _iri(KG.endLine), _int(end)))
            add(Triple(n, _iri(KG.inFile), f))
            if item.section is not None:
                add(Triple(n, _iri(KG.section), _text(" › ".join(item.section.path))))
            if link.topic:
                add(Triple(n, _iri(KG.topic), _iri(link.topic)))

        if item.kind == "qa" and item.question is not None:
            add(Triple(node, _TYPE, _iri(SCHEMA.Question)))
            add(Triple(node, _iri(SCHEMA.text), _text(item.question.text.strip())))
            common(node, item.line, item.question.last_line)
            for concept in link.question:
                add(Triple(node, _iri(SCHEMA.about), _iri(concept)))
            if item.answer:
                answer_node = _iri(item_iri(doc.source, item) + "-answer")
                add(Triple(node, _iri(SCHEMA.acceptedAnswer), answer_node))
                add(Triple(answer_node, _TYPE, _iri(SCHEMA.Answer)))
                add(Triple(answer_node, _iri(SCHEMA.text), _text(item.answer_text.strip() or "…")))
                common(answer_node, item.answer[0].first_line, item.end_line)
                for concept in link.answer:
                    add(Triple(answer_node, _iri(SCHEMA.about), _iri(concept)))
        else:
            add(Triple(node, _TYPE, _iri(KG.NoteBlock)))
            add(Triple(node, _iri(SCHEMA.text), _text(item.body_text.strip() or "…")))
            common(node, item.line, item.end_line)
            if item.label:
                add(Triple(node, _iri(KG.blockLabel), _text(item.label)))
            for concept in link.answer:
                add(Triple(node, _iri(SCHEMA.about), _iri(concept)))
        for target in item.links:
            add(Triple(node, _iri(KG.link), _str(target)))
        for target in item.images:
            add(Triple(node, _iri(KG.image), _str(target)))
        item_nodes.append((node, answer_node))

    for a in facts:
        s, p, o = _iri(a.subject), _iri(a.relation), _iri(a.object)
        add(Triple(s, p, o))
        record = _iri(fact_iri(a, doc.source))
        item = doc.items[a.item]
        question_node, answer_node = item_nodes[a.item]
        in_question = item.question is not None and a.line in item.question.lines
        origin = question_node if in_question or answer_node is None else answer_node
        add(Triple(record, _TYPE, _iri(KG.Fact)))
        add(Triple(record, _iri(RDF.subject), s))
        add(Triple(record, _iri(RDF.predicate), p))
        add(Triple(record, _iri(RDF.object), o))
        add(Triple(record, _iri(KG.cueText), _text(a.cue)))
        add(Triple(record, _iri(KG.negated), ox.Literal("true" if a.negated else "false", datatype=_BOOL)))
        add(Triple(record, _iri(KG.sentence), _text(a.sentence)))
        add(Triple(record, _iri(KG.sourceFile), _str(doc.source)))
        add(Triple(record, _iri(KG.line), _int(a.line)))
        add(Triple(record, _iri(PROV.wasDerivedFrom), origin))
    return out


def discovered_triples(found: Iterable[DiscoveredConcept]) -> list[ox.Triple]:
    """Concepts the notes made: typed kg:Concept, labelled, with how and where."""
    out: list[ox.Triple] = []
    seen: set[str] = set()
    for d in found:
        node = _iri(d.iri)
        if d.iri not in seen:
            seen.add(d.iri)
            out.append(Triple(node, _TYPE, _iri(KG.Concept)))
            out.append(Triple(node, _TYPE, _iri(SKOS.Concept)))
            out.append(Triple(node, _iri(SKOS.prefLabel), ox.Literal(d.label, language=d.lang)))
        out.append(Triple(node, _iri(KG.discovered), _str(d.how)))
        out.append(Triple(node, _iri(DCTERMS.source), _iri(file_iri(d.source))))
    return out


def lexicon_triples(vocab: Vocabulary) -> list[ox.Triple]:
    """skos:Concept on every lexicon concept, so queries need no RDFS reasoning."""
    concept = _iri(SKOS.Concept)
    return [Triple(_iri(iri), _TYPE, concept) for iri in vocab.concepts]


def depends_on_triples(facts: Iterable[Fact], vocab: Vocabulary) -> list[ox.Triple]:
    """kg:dependsOn from every relation the ontology declares prerequisite-implying.

    ``(p, inverted)`` pairs come from the ontology: ``uses`` (X needs Y) and
    the inverse of ``hasPart`` (so "X partOf Y" makes Y depend on X).
    """
    rules = dict(vocab.prerequisite)
    depends = _iri(KG.dependsOn)
    out: set[tuple[str, str]] = set()
    for f in facts:
        if f.relation not in rules or f.subject == f.object:
            continue
        out.add((f.object, f.subject) if rules[f.relation] else (f.subject, f.object))
    return [Triple(_iri(s), depends, _iri(o)) for s, o in sorted(out)]


def ontology_triples(vocab: Vocabulary) -> bytes:
    """The ontology files, re-serialised as one N-Triples document."""
    triples: list[ox.Triple] = []
    for path in vocab.files:
        triples.extend(q.triple for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    return to_ntriples(triples)


def to_ntriples(triples: Iterable[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""

