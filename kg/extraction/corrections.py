"""corrections: the user's corrections applied to a build.

Two places, because corrections are of two kinds:

- names (alias, split) change what a mention in the notes refers to, so they act
  before extraction: ``corrected_vocabulary`` gives the lexicon the user's labels
  (and a split label its own placeholder, routed per file by ``route_split``);
- judgements on facts and concepts (reject, accept, assert, merge) act on the
  written graph: ``apply_corrections`` edits a pyoxigraph store in place, before
  it is swapped in, on full and incremental builds alike. It is idempotent, so
  an incremental build re-applies it to whatever a changed file brought back.

A correction that matches nothing (the notes changed) is returned, never dropped
in silence: the build summary and ``kg lint`` name it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from kg.model import Assertion, Correction, ItemLinks
from kg.terms import CONCEPT_NS, DCTERMS, KG, NOTE_NS, PROV, RDF, RDFS, SCHEMA, SKOS, XSD, XSD_NS, local_name
from kg.text import language_of, normalize, slug
from kg.vocab import ConceptEntry, Label, Vocabulary

USER = f"{NOTE_NS}user"  # prov:wasAttributedTo of what the user asserted


def correction_iri(c: Correction) -> str:
    return f"{NOTE_NS}correction/{hashlib.sha1(c.key.encode()).hexdigest()[:20]}"


def split_iri(label: str) -> str:
    """The placeholder a split label's mentions get until a file's context (or the user) picks one."""
    return f"{NOTE_NS}ambiguous/{hashlib.sha1(normalize(label).lower().encode()).hexdigest()[:16]}"


def describe(c: Correction) -> str:
    """One line a person recognises: `reject “ResNet uses Moving average”`."""
    if c.kind in ("reject", "accept", "assert"):
        return f"{c.kind} “{c.name or ' '.join(x.rsplit('/', 1)[-1].rsplit('#', 1)[-1] for x in (c.subject, c.relation, c.object))}”"
    if c.kind == "merge":
        return f"merge “{c.name or c.subject}” into {c.object.rsplit('/', 1)[-1]}"
    if c.kind == "alias":
        return f"alias {', '.join(c.labels)} for “{c.name or c.subject}”"
    return f"split “{c.labels[0]}” into {', '.join(c.into)}"


def lexical_key(corrections: list[Correction]) -> str:
    """What of the corrections changes how notes are read: part of every extraction cache key."""
    keys = sorted(f"{c.key}\x1e{c.choose}" for c in corrections if c.kind in ("alias", "split"))
    return hashlib.sha256("\n".join(keys).encode()).hexdigest()[:12] if keys else ""


def split_targets(vocab: Vocabulary, corrections: list[Correction]) -> dict[str, str]:
    """Each name a split routes to → its concept: the lexicon's when a label matches, else a new one."""
    by_label = {normalize(lab.text).lower(): e.iri for e in vocab.concepts.values() for lab in e.all_labels}
    out: dict[str, str] = {}
    for c in corrections:
        if c.kind == "split":
            for name in c.into:
                out[name] = by_label.get(normalize(name).lower(), CONCEPT_NS + slug(name))
    return out


def corrected_vocabulary(vocab: Vocabulary, corrections: list[Correction]) -> Vocabulary:
    """The lexicon with the user's aliases, and each split label taken from every concept it named."""
    key = lexical_key(corrections)
    if not key:
        return vocab
    concepts = {iri: replace(e, pref=list(e.pref), alt=list(e.alt)) for iri, e in vocab.concepts.items()}

    def entry(iri: str, name: str) -> ConceptEntry:
        if iri not in concepts:
            concepts[iri] = ConceptEntry(iri, KG.Concept, [Label(name or local_name(iri), language_of(name))])
        return concepts[iri]

    for c in corrections:
        if c.kind == "alias":
            target = entry(c.subject, c.name)
            have = {normalize(lab.text).lower() for lab in target.all_labels}
            target.alt.extend(Label(a, language_of(a)) for a in c.labels if normalize(a).lower() not in have)
    targets = split_targets(vocab, corrections)
    for c in corrections:
        if c.kind != "split":
            continue
        folded = normalize(c.labels[0]).lower()
        for e in concepts.values():
            e.pref[:] = [lab for lab in e.pref if normalize(lab.text).lower() != folded] or e.pref
            e.alt[:] = [lab for lab in e.alt if normalize(lab.text).lower() != folded]
        for name in c.into:
            entry(targets[name], name)
        concepts[split_iri(c.labels[0])] = ConceptEntry(split_iri(c.labels[0]), KG.Concept, [Label(c.labels[0], None)])
    return replace(vocab, concepts=concepts, fingerprint=f"{vocab.fingerprint}+{key}", memo={})


@dataclass
class SplitRouting:
    """Per file: which concept each split label means there (None: the file does not say)."""

    choices: dict[str, str | None] = field(default_factory=dict)  # placeholder IRI → concept IRI


def route_split(
    corrections: list[Correction],
    targets: dict[str, str],
    source: str,
    assertions: list[Assertion],
    links: list[ItemLinks],
) -> tuple[list[Assertion], list[ItemLinks], list[str]]:
    """Give a split label's mentions in one file the concept the user chose for the file, else the
    one of the candidates the file itself names (by another label), else nothing.

    Returns the assertions and links with placeholders replaced or dropped, and one line per
    label left ambiguous in this file (for the build summary and ``kg lint``).
    """
    splits = [c for c in corrections if c.kind == "split"]
    if not splits:
        return assertions, links, []
    mentioned = {x for link in links for x in (*link.question, *link.answer)}
    mentioned |= {x for a in assertions for x in (a.subject, a.object)}
    route: dict[str, str | None] = {}
    unresolved: list[str] = []
    for c in splits:
        placeholder = split_iri(c.labels[0])
        if placeholder not in mentioned:
            continue
        chosen = dict(c.choose).get(source)
        if chosen is not None:
            route[placeholder] = targets[chosen]
            continue
        named = [n for n in c.into if targets[n] in mentioned]
        if len(named) == 1:
            route[placeholder] = targets[named[0]]
        else:
            route[placeholder] = None
            unresolved.append(f"{source}: “{c.labels[0]}” could be {' or '.join(c.into)}; left out")

    def fix(iri: str) -> str | None:
        return route.get(iri, iri) if iri in route else iri

    kept = []
    for a in assertions:
        s, o = fix(a.subject), fix(a.object)
        if s is None or o is None or s == o:
            continue
        kept.append(replace(a, subject=s, object=o) if (s, o) != (a.subject, a.object) else a)
    new_links = [
        ItemLinks([y for x in link.question if (y := fix(x))], [y for x in link.answer if (y := fix(x))], link.topic)
        for link in links
    ]
    return kept, new_links, unresolved


@dataclass
class Outcome:
    """What applying the corrections did."""

    applied: int = 0
    unmatched: list[str] = field(default_factory=list)  # "kg-corrections.toml:12: reject “…”: …"
    self_loops: list[str] = field(default_factory=list)  # facts whose two ends became one concept

    def as_dict(self) -> dict[str, Any]:
        return {"applied": self.applied, "unmatched": self.unmatched, "self_loops": self.self_loops}


def apply_corrections(
    target: Any, corrections: list[Correction], vocab: Vocabulary, file_name: str
) -> Outcome:
    """Edit the store ``target`` (pyoxigraph) so it holds the corrected graph; idempotent."""
    import pyoxigraph as ox

    outcome = Outcome()
    graph = ox.DefaultGraph()
    node = ox.NamedNode

    def where(c: Correction) -> str:
        return f"{file_name}:{c.line}" if c.line else file_name

    def has_any(iri: str) -> bool:
        return next(iter(target.quads_for_pattern(node(iri), None, None, graph)), None) is not None

    final = renamer(corrections)  # merges, following chains (A into B, B into C) to the concept that stays

    relations = set(vocab.relations) - {KG.dependsOn}  # dependsOn is derived again afterwards
    label_preds = {SKOS.prefLabel, SKOS.altLabel}
    dropped = {RDF.type, KG.discovered, DCTERMS.source}
    for c in corrections:
        if c.kind != "merge":
            continue
        a, b = c.subject, final(c.object)
        if a == b or not has_any(b):
            outcome.unmatched.append(f"{where(c)}: {describe(c)}: no concept {b.rsplit('/', 1)[-1]} in the graph")
            continue
        as_subject = list(target.quads_for_pattern(node(a), None, None, graph))
        as_object = list(target.quads_for_pattern(None, None, node(a), graph))
        if not as_subject and not as_object:
            outcome.unmatched.append(f"{where(c)}: {describe(c)}: the notes no longer name it")
            continue
        b_labels = {q.object for q in target.quads_for_pattern(node(b), None, None, graph) if q.predicate.value in label_preds}
        for q in as_subject:
            target.remove(q)
            p = q.predicate.value
            if p in label_preds:
                if q.object not in b_labels:
                    target.add(ox.Quad(node(b), node(SKOS.altLabel), q.object, graph))
            elif p in dropped:
                continue
            elif q.object == node(b) and p in relations:
                outcome.self_loops.append(f"{where(c)}: after {describe(c)}: “{b.rsplit('/', 1)[-1]} {p.rsplit('#', 1)[-1]} itself” dropped")
            else:
                target.add(ox.Quad(node(b), q.predicate, q.object, graph))
        for q in as_object:
            target.remove(q)
            p = q.predicate.value
            if q.subject == node(b) and p in relations:
                outcome.self_loops.append(f"{where(c)}: after {describe(c)}: “{b.rsplit('/', 1)[-1]} {p.rsplit('#', 1)[-1]} itself” dropped")
                continue
            target.add(ox.Quad(q.subject, q.predicate, node(b), graph))
        outcome.applied += 1

    def records(s: str, p: str, o: str) -> list[Any]:
        rows = target.query(
            f"SELECT ?f WHERE {{ ?f a <{KG.Fact}> ; <{RDF.subject}> <{s}> ; <{RDF.predicate}> <{p}> ; <{RDF.object}> <{o}> "
            f"FILTER NOT EXISTS {{ ?f <{KG.assertedBy}> ?who }} }}"
        )
        return [r["f"] for r in rows]

    def is_concept(iri: str) -> bool:
        return bool(target.query(f"ASK {{ <{iri}> a <{SKOS.Concept}> }}"))

    for c in corrections:
        if c.kind not in ("reject", "accept", "assert"):
            continue
        s, p, o = final(c.subject), c.relation, final(c.object)
        correction = node(correction_iri(c))
        symmetric = p in vocab.relations and vocab.relations[p].symmetric
        pairs = [(s, o), (o, s)] if symmetric else [(s, o)]
        if c.kind == "assert":
            missing = [x for x in (s, o) if not is_concept(x)]
            if missing or p not in relations:
                what = f"no concept {missing[0].rsplit('/', 1)[-1]}" if missing else f"no relation {p}"
                outcome.unmatched.append(f"{where(c)}: {describe(c)}: {what} in the graph")
                continue
            target.add(ox.Quad(node(s), node(p), node(o), graph))
            record = node(f"{NOTE_NS}fact/user-{correction_iri(c).rsplit('/', 1)[-1]}")
            # its "sentence" is the user's note, at its line of the corrections file
            sentence = node(f"{record.value}-note")
            for about, pred, obj in (
                (sentence, RDF.type, node(KG.Sentence)),
                (sentence, SCHEMA.text, ox.Literal(c.note or "asserted by you, with no note")),
                (sentence, KG.sourceFile, ox.Literal(file_name)),
                (sentence, KG.line, ox.Literal(str(max(c.line, 1)), datatype=node(XSD.integer))),
                (record, RDF.type, node(KG.Fact)),
                (record, RDF.subject, node(s)),
                (record, RDF.predicate, node(p)),
                (record, RDF.object, node(o)),
                (record, KG.cueText, ox.Literal("asserted by you")),
                (record, KG.confidence, ox.Literal("1.000", datatype=node(f"{XSD_NS}decimal"))),
                (record, PROV.wasDerivedFrom, sentence),
                (record, KG.assertedBy, node(USER)),
                (record, KG.correction, correction),
            ):
                target.add(ox.Quad(about, node(pred), obj, graph))
        else:
            found = [(x, y, records(x, p, y)) for x, y in pairs]
            if not any(rs for _, _, rs in found) and not any(
                next(iter(target.quads_for_pattern(node(x), node(p), node(y), graph)), None) for x, y in pairs
            ):
                outcome.unmatched.append(f"{where(c)}: {describe(c)}: the notes no longer state it")
                continue
            marker = node(KG.rejectedBy if c.kind == "reject" else KG.acceptedBy)
            for x, y, rs in found:
                if c.kind == "reject":
                    target.remove(ox.Quad(node(x), node(p), node(y), graph))
                for r in rs:
                    target.add(ox.Quad(r, marker, correction, graph))
        outcome.applied += 1

    def named(iri: str, name: str) -> None:
        """A concept the corrections made (not the ontology, not discovery) gets a type and a name."""
        if not is_concept(iri):
            target.add(ox.Quad(node(iri), node(RDF.type), node(SKOS.Concept), graph))
        if not target.query(f"ASK {{ <{iri}> a ?c . ?c <{RDFS.subClassOf}>* <{KG.Concept}> }}"):
            target.add(ox.Quad(node(iri), node(RDF.type), node(KG.Concept), graph))
        if next(iter(target.quads_for_pattern(node(iri), node(SKOS.prefLabel), None, graph)), None) is None:
            target.add(ox.Quad(node(iri), node(SKOS.prefLabel), ox.Literal(name, language=language_of(name)), graph))

    for c in corrections:
        if c.kind == "alias":
            subject = final(c.subject)
            if c.name:
                named(subject, c.name)
            if not has_any(subject):
                outcome.unmatched.append(f"{where(c)}: {describe(c)}: no such concept in the graph")
                continue
            present = {q.object.value for q in target.quads_for_pattern(node(subject), None, None, graph) if q.predicate.value in label_preds}
            for label in c.labels:
                if label not in present:
                    target.add(ox.Quad(node(subject), node(SKOS.altLabel), ox.Literal(label, language=language_of(label)), graph))
            outcome.applied += 1
        elif c.kind == "split":
            targets = split_targets(vocab, corrections)
            for name in c.into:  # a name the notes may never spell out still becomes a concept to route to
                named(targets[name], name)
            placeholder = node(split_iri(c.labels[0]))
            for q in list(target.quads_for_pattern(placeholder, None, None, graph)):
                target.remove(q)  # the placeholder is no concept of its own
            outcome.applied += 1

    # every correction, queryable: what, when, by whom, why, and where it is written
    for c in corrections:
        n = node(correction_iri(c))
        values: list[tuple[str, Any]] = [
            (RDF.type, node(KG.Correction)),
            (KG.correctionKind, ox.Literal(c.kind)),
            (KG.sourceFile, ox.Literal(file_name)),
        ]
        if c.line:
            values.append((KG.line, ox.Literal(str(c.line), datatype=node(XSD.integer))))
        for pred, value in ((RDF.subject, c.subject), (RDF.predicate, c.relation), (RDF.object, c.object)):
            if value:
                values.append((pred, node(value)))
        for pred, text in ((DCTERMS.created, c.when), (DCTERMS.creator, c.by), (RDFS.comment, c.note), (RDFS.label, describe(c))):
            if text:
                values.append((pred, ox.Literal(text)))
        for pred, obj in values:
            target.add(ox.Quad(n, node(pred), obj, graph))
    return outcome


def renamer(corrections: list[Correction]) -> Callable[[str], str]:
    """IRI → the concept it was merged into (itself when not merged)."""
    into = {c.subject: c.object for c in corrections if c.kind == "merge"}

    def final(iri: str) -> str:
        seen = {iri}
        while iri in into and into[iri] not in seen:
            iri = into[iri]
            seen.add(iri)
        return iri

    return final
