"""rdf: documents, links and facts → RDF triples (pyoxigraph terms).

Each note file becomes its own list of triples (so a build can cache it):
the file, its questions/answers/blocks with text, line and the concepts they
are about, every fact as a direct triple, and one ``kg:Fact`` record per
reading of it (RDF reification: rdf:subject/predicate/object, the cue, the
confidence, ``kg:negated true`` when read through a negation).

Provenance is a chain, each link written once: fact record
``prov:wasDerivedFrom`` a ``kg:Sentence`` (its text, file and line), which
``prov:wasDerivedFrom`` the question, answer or block it is in. A sentence
that states three facts is stored once, not copied into three records; an
answer's file, section and topic are its question's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote

import pyoxigraph as ox

from kg.extraction.confidence import combined
from kg.model import ALIAS_HOWS, Assertion, DiscoveredConcept, Document, Item, ItemLinks
from kg.terms import DCTERMS, KG, NOTE_NS, PROV, RDF, SCHEMA, SKOS, XSD, XSD_NS
from kg.text import language_of
from kg.vocab import Vocabulary

Triple = ox.Triple

_TYPE = ox.NamedNode(RDF.type)


def _iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def _str(value: str) -> ox.Literal:
    return ox.Literal(value)


def file_iri(source: str) -> str:
    return f"{NOTE_NS}file/{quote(source, safe='/')}"


def item_iri(source: str, item: Item) -> str:
    return _item_in(file_iri(source), item.line)


def sentence_iri(source: str, line: int, text: str) -> str:
    """One node per sentence: the line and a digest of its text (a line can hold several)."""
    return _sentence_in(file_iri(source), line, text)


def _item_in(file: str, line: int) -> str:
    return f"{file}#L{line}"


def _sentence_in(file: str, line: int, text: str) -> str:
    return f"{file}#S{line}-{hashlib.sha1(text.encode()).hexdigest()[:10]}"


def fact_iri(a: Assertion, source: str) -> str:
    key = "\x1f".join((a.subject, a.relation, a.object, source, str(a.line), a.cue, a.sentence))
    return f"{NOTE_NS}fact/{hashlib.sha1(key.encode()).hexdigest()[:20]}"


@dataclass(frozen=True)
class Fact:
    """The bare triple of an assertion, kept to materialise kg:dependsOn."""

    subject: str
    relation: str
    object: str


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nt_text(value: str) -> str:
    """A language-tagged literal in N-Triples syntax."""
    return f'"{value.translate(_ESCAPES)}"@{language_of(value)}'


def _nt_str(value: str) -> str:
    return f'"{value.translate(_ESCAPES)}"'


def _nt_int(value: int) -> str:
    return f'"{value}"^^<{XSD.integer}>'


def confident_triples(
    facts: list[Assertion], threshold: float, negations: dict[str, str] | None = None
) -> set[tuple[str, str, str]]:
    """The relation triples whose sentences in this file, together, reach the threshold.

    ``negations`` maps a relation to the one that denies it (uses → doesNotUse): when a
    file states both, the better-supported one stays, and on a tie the denial does.
    """
    # readings of one item that found their subject the same way are one piece of evidence, not several:
    # three sentences of an answer that all inherit the question's topic count as much as the best one
    # and a sentence the notes repeat word for word (pasted under two headings) is one piece of evidence too
    by_triple: dict[tuple[str, str, str], dict[tuple[int, str], float]] = {}
    keys_of_text: dict[tuple[str, str, str, str], tuple[int, str]] = {}
    for a in facts:
        triple = (a.subject, a.relation, a.object)
        group = by_triple.setdefault(triple, {})
        key = (a.item, a.evidence) if a.evidence != "explicit" else (a.item, f"{a.evidence}@{a.line}")
        key = keys_of_text.setdefault((*triple, " ".join(a.sentence.split())), key)
        group[key] = max(group.get(key, 0.0), a.confidence)
    support = {t: combined(values.values()) for t, values in by_triple.items()}
    kept = {t for t, value in support.items() if value >= threshold}
    for (s, p, o), value in support.items():
        denial = (s, (negations or {}).get(p, ""), o)
        if denial in support and support[denial] >= value:
            kept.discard((s, p, o))
    return kept


def document_ntriples(
    doc: Document, facts: list[Assertion], links: list[ItemLinks], kept: set[tuple[str, str, str]] | None = None
) -> str:
    """All triples one note file contributes, as N-Triples text.

    Every fact gets its ``kg:Fact`` record (with its confidence); only the
    triples in ``kept`` (default: all) are written as direct triples.

    Written as text rather than through pyoxigraph objects: at 100 MB of notes
    this is the build's inner loop, and the store parses N-Triples natively.
    """
    out: list[str] = []
    add = out.append
    t_type, t_text, t_about = f"<{RDF.type}>", f"<{SCHEMA.text}>", f"<{SCHEMA.about}>"
    t_file, t_line, t_end = f"<{KG.sourceFile}>", f"<{KG.line}>", f"<{KG.endLine}>"
    t_in, t_section, t_topic = f"<{KG.inFile}>", f"<{KG.section}>", f"<{KG.topic}>"
    base = file_iri(doc.source)  # quoted once per document, not once per item and sentence
    f = f"<{base}>"
    source = _nt_str(doc.source)
    add(f"{f} {t_type} <{KG.NoteFile}> .")
    add(f"{f} {t_file} {source} .")
    if doc.sections:
        add(f"{f} <{DCTERMS.title}> {_nt_text(doc.sections[0].title)} .")

    def common(n: str, line: int, end: int, item: Item, link: ItemLinks, placed: bool = True) -> None:
        add(f"{n} {t_file} {source} .")
        add(f"{n} {t_line} {_nt_int(line)} .")
        add(f"{n} {t_end} {_nt_int(end)} .")
        if not placed:
            return  # an answer: its file node, section and topic are its question's
        add(f"{n} {t_in} {f} .")
        if item.section is not None:
            add(f"{n} {t_section} {_nt_text(' › '.join(item.section.path))} .")
        if link.topic:
            add(f"{n} {t_topic} <{link.topic}> .")

    item_nodes: list[tuple[str, str | None]] = []
    for item, link in zip(doc.items, links):
        node = f"<{_item_in(base, item.line)}>"
        answer_node: str | None = None
        if item.kind == "qa" and item.question is not None:
            add(f"{node} {t_type} <{SCHEMA.Question}> .")
            add(f"{node} {t_text} {_nt_text(item.question.text.strip())} .")
            common(node, item.line, item.question.last_line, item, link)
            for concept in link.question:
                add(f"{node} {t_about} <{concept}> .")
            if item.answer:
                answer_node = f"<{_item_in(base, item.line)}-answer>"
                add(f"{node} <{SCHEMA.acceptedAnswer}> {answer_node} .")
                add(f"{answer_node} {t_type} <{SCHEMA.Answer}> .")
                add(f"{answer_node} {t_text} {_nt_text(item.answer_text.strip() or '…')} .")
                common(answer_node, item.answer[0].first_line, item.end_line, item, link, placed=False)
                for concept in link.answer:
                    add(f"{answer_node} {t_about} <{concept}> .")
        else:
            add(f"{node} {t_type} <{KG.NoteBlock}> .")
            add(f"{node} {t_text} {_nt_text(item.body_text.strip() or '…')} .")
            common(node, item.line, item.end_line, item, link)
            if item.label:
                add(f"{node} <{KG.blockLabel}> {_nt_text(item.label)} .")
            for concept in link.answer:
                add(f"{node} {t_about} <{concept}> .")
        for target in item.links:
            add(f"{node} <{KG.link}> {_nt_str(target)} .")
        for target in item.images:
            add(f"{node} <{KG.image}> {_nt_str(target)} .")
        item_nodes.append((node, answer_node))

    # a sentence's node (and its triples) once per (line, text); a cue's literal once per cue text
    sentences: dict[tuple[int, str], str] = {}
    cue_literals: dict[str, str] = {}
    t_derived, t_negated = f"<{PROV.wasDerivedFrom}>", f'<{KG.negated}> "true"^^<{XSD.boolean}>'
    t_fact, t_subject, t_predicate, t_object = f"<{KG.Fact}>", f"<{RDF.subject}>", f"<{RDF.predicate}>", f"<{RDF.object}>"
    t_cue, t_confidence, decimal = f"<{KG.cueText}>", f"<{KG.confidence}>", f"<{XSD_NS}decimal>"
    for a in facts:
        s, p, o = f"<{a.subject}>", f"<{a.relation}>", f"<{a.object}>"
        if kept is None or (a.subject, a.relation, a.object) in kept:
            add(f"{s} {p} {o} .")
        sentence = sentences.get((a.line, a.sentence))
        if sentence is None:
            sentence = f"<{_sentence_in(base, a.line, a.sentence)}>"
            sentences[(a.line, a.sentence)] = sentence
            item = doc.items[a.item]
            question_node, answer_node = item_nodes[a.item]
            in_question = item.question is not None and a.line in item.question.lines
            origin = question_node if in_question or answer_node is None else answer_node
            add(f"{sentence} {t_type} <{KG.Sentence}> .")
            add(f"{sentence} {t_text} {_nt_text(a.sentence)} .")
            add(f"{sentence} {t_file} {source} .")
            add(f"{sentence} {t_line} {_nt_int(a.line)} .")
            add(f"{sentence} {t_derived} {origin} .")
        record = f"<{fact_iri(a, doc.source)}>"
        cue = cue_literals.get(a.cue)
        if cue is None:
            cue = cue_literals[a.cue] = _nt_text(a.cue)
        add(f"{record} {t_type} {t_fact} .")
        add(f"{record} {t_subject} {s} .")
        add(f"{record} {t_predicate} {p} .")
        add(f"{record} {t_object} {o} .")
        add(f"{record} {t_cue} {cue} .")
        if a.negated:
            add(f"{record} {t_negated} .")
        add(f'{record} {t_confidence} "{a.confidence:.3f}"^^{decimal} .')
        add(f"{record} {t_derived} {sentence} .")
    return "\n".join(out) + "\n"


def discovered_triples(found: Iterable[DiscoveredConcept]) -> list[ox.Triple]:
    """Concepts the notes made (typed kg:Concept, labelled, with how and where), and the
    aliases the notes gave to any concept ("批归一化（BN）"), as skos:altLabel."""
    out: list[ox.Triple] = []
    seen: set[str] = set()
    labels: set[tuple[str, str]] = set()
    for d in found:
        node = _iri(d.iri)
        if d.how in ALIAS_HOWS:
            if (d.iri, d.label) not in labels:
                labels.add((d.iri, d.label))
                out.append(Triple(node, _iri(SKOS.altLabel), ox.Literal(d.label, language=d.lang)))
            continue
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
