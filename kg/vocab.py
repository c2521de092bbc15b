"""The vocabulary read from ontology/: concepts with labels, relations with cues.

Everything the extractor knows comes from here; there is no word list in
Python. The Turtle files are parsed with pyoxigraph and read back with SPARQL.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import OntologyError
from kg.resources import ontology_files
from kg.terms import KG, KG_NS, PREFIXES, PREREQUISITE_RELATIONS, local_name


@dataclass(frozen=True)
class Label:
    text: str
    lang: str | None  # "en", "zh" or None for language-neutral aliases


@dataclass
class ConceptEntry:
    """A concept the lexicon knows: class, preferred labels, aliases."""

    iri: str
    cls: str
    pref: list[Label] = field(default_factory=list)
    alt: list[Label] = field(default_factory=list)
    broad: bool = False  # kg:broad: a general notion ("gradient"), rarely what a fact is about
    broader: set[str] = field(default_factory=set)  # skos:broader, transitively

    def label(self, lang: str = "en") -> str:
        for want in (lang, "en", "zh", None):
            for lab in self.pref:
                if lab.lang == want:
                    return lab.text
        return self.alt[0].text if self.alt else local_name(self.iri)

    @property
    def all_labels(self) -> list[Label]:
        return self.pref + self.alt


@dataclass(frozen=True)
class Relation:
    iri: str
    name: str  # local name: "uses"
    label: str
    symmetric: bool
    negated_as: str | None
    # classes (with their subclasses) that may not stand on either end: kg:forbiddenSubjectClass …
    forbidden_subject: frozenset[str] = frozenset()
    forbidden_object: frozenset[str] = frozenset()
    ends_alike: bool = False  # kg:endsAlike: a problem, a task or a dataset only with its own kind
    joins_kinds: frozenset[str] = frozenset()  # kg:joinsKind: kinds an ends-alike relation may still join to a method


@dataclass(frozen=True)
class Cue:
    """A phrase and what it does: a relation role, or a cue set (Negation …)."""

    text: str
    role: str  # cue, inverseCue, suffixCue, pairCue, placementCue, containerCue, or "set"
    target: str  # relation IRI, or cue-set IRI


@dataclass
class Vocabulary:
    concepts: dict[str, ConceptEntry]
    relations: dict[str, Relation]
    cues: list[Cue]
    classes: dict[str, str]  # class IRI → English label
    prerequisite: list[tuple[str, bool]]  # (relation IRI, inverted?) that imply dependsOn
    section_rules: list[tuple[str, str, str]]  # (relation, subject class, topic class)
    files: list[Path]
    fingerprint: str
    # concept class IRI → its ancestor right under kg:Concept (kg:Normalization → kg:Technique), itself for those
    top_classes: dict[str, str] = field(default_factory=dict)
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def cue_set(self, name: str) -> list[str]:
        key = f"cue_set:{name}"
        if key not in self.memo:
            iri = getattr(KG, name)
            by_set = self.memo.get("cue_sets")
            if by_set is None:  # every set's words in one pass over the cues (a build asks for ~280 sets)
                by_set = {}
                for c in self.cues:
                    if c.role == "set":
                        by_set.setdefault(c.target, []).append(c.text)
                self.memo["cue_sets"] = by_set
            self.memo[key] = by_set.get(iri, [])
        return list(self.memo[key])

    def alternation(self, name: str, *, script: str | None = None, capital: bool = False) -> str:
        """The words of cue set `name` as regular-expression alternatives, for a pattern built at load time.

        Each word stripped and escaped, longest first (then alphabetical), so a longer word wins over its
        prefix ('an' before 'a'); no group around them, the caller adds it with the boundaries it needs.
        ``script``: "latin" for the ASCII words only, "cjk" for the others. ``capital``: a lower-case first
        letter also matches its capital ('[Tt]he'), for a pattern that is otherwise case-sensitive. An empty
        set gives a pattern that never matches."""
        words = {w.strip() for w in self.cue_set(name)} - {""}
        if script == "latin":
            words = {w for w in words if w.isascii()}
        elif script == "cjk":
            words = {w for w in words if not w.isascii()}
        parts = []
        for w in sorted(words, key=lambda w: (-len(w), w)):
            if capital and w[0].isascii() and w[0].islower():
                parts.append(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}")
            else:
                parts.append(re.escape(w))
        return "|".join(parts) or "(?!)"

    def derived(self, key: str, make: Any) -> Any:
        """Something built from the vocabulary once (a matcher, a pattern) and reused for every file."""
        if key not in self.memo:
            self.memo[key] = make(self)
        return self.memo[key]


_PREFIX_LINES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def _rows(store, query: str) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    results = store.query(_PREFIX_LINES + query)
    names = [v.value for v in results.variables]
    return [{n: sol[n] for n in names} for sol in results]


def _lang(lit) -> str | None:  # type: ignore[no-untyped-def]
    lang = getattr(lit, "language", None)
    return lang.split("-")[0].lower() if lang else None


def load_vocabulary(files: list[Path] | None = None) -> Vocabulary:
    """Parse the ontology's Turtle files. Raises OntologyError with file:line on bad Turtle."""
    import pyoxigraph as ox

    files = files if files is not None else ontology_files()
    store = ox.Store()
    digest = hashlib.sha256()
    for path in files:
        data = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + data)
        try:
            store.load(data, format=ox.RdfFormat.TURTLE, base_iri=KG_NS)
        except SyntaxError as exc:
            raise OntologyError(f"{path}: {str(exc).splitlines()[0]}") from None

    classes = {
        str(r["c"].value): str(r["label"].value)
        for r in _rows(
            store,
            """SELECT ?c ?label WHERE { ?c a owl:Class ; rdfs:label ?label .
            FILTER(langMatches(lang(?label), "en")) FILTER(STRSTARTS(STR(?c), STR(kg:))) }""",
        )
    }
    concepts: dict[str, ConceptEntry] = {}
    for r in _rows(
        store,
        """SELECT ?c ?cls WHERE { ?c a ?cls . ?cls rdfs:subClassOf* kg:Concept .
            FILTER(?cls != kg:Concept || NOT EXISTS { ?c a ?other . ?other rdfs:subClassOf+ kg:Concept }) }""",
    ):
        iri = str(r["c"].value)
        concepts.setdefault(iri, ConceptEntry(iri, str(r["cls"].value)))
    for r in _rows(store, "SELECT ?c ?p ?l WHERE { VALUES ?p { skos:prefLabel skos:altLabel } ?c ?p ?l }"):
        entry = concepts.get(str(r["c"].value))
        if entry is None:
            continue
        label = Label(str(r["l"].value), _lang(r["l"]))
        (entry.pref if str(r["p"].value).endswith("prefLabel") else entry.alt).append(label)
    for r in _rows(store, "SELECT ?c WHERE { ?c kg:broad true }"):
        if str(r["c"].value) in concepts:
            concepts[str(r["c"].value)].broad = True
    for r in _rows(store, "SELECT ?c ?b WHERE { ?c skos:broader+ ?b }"):
        if str(r["c"].value) in concepts:
            concepts[str(r["c"].value)].broader.add(str(r["b"].value))
    for entry in concepts.values():
        if not entry.pref:
            raise OntologyError(f"concept {entry.iri} has no skos:prefLabel")
        entry.pref.sort(key=lambda lab: (lab.lang or "", lab.text))
        entry.alt.sort(key=lambda lab: (lab.lang or "", lab.text))

    relations: dict[str, Relation] = {}
    for r in _rows(
        store,
        """SELECT ?p ?label ?sym ?neg WHERE {
            ?p a kg:ConceptRelation .
            OPTIONAL { ?p rdfs:label ?label FILTER(langMatches(lang(?label), "en")) }
            BIND(EXISTS { ?p a owl:SymmetricProperty } AS ?sym)
            OPTIONAL { ?p kg:negatedAs ?neg } }""",
    ):
        iri = str(r["p"].value)
        relations[iri] = Relation(
            iri=iri,
            name=iri[len(KG_NS) :],
            label=str(r["label"].value) if r["label"] is not None else iri[len(KG_NS) :],
            symmetric=r["sym"].value == "true",
            negated_as=str(r["neg"].value) if r["neg"] is not None else None,
        )

    forbidden: dict[tuple[str, str], set[str]] = {}
    for r in _rows(
        store,
        """SELECT ?p ?side ?sub WHERE {
            VALUES ?side { kg:forbiddenSubjectClass kg:forbiddenObjectClass }
            ?p ?side ?cls . ?sub rdfs:subClassOf* ?cls }""",
    ):
        forbidden.setdefault((str(r["p"].value), str(r["side"].value)), set()).add(str(r["sub"].value))
    alike = {str(r["p"].value) for r in _rows(store, "SELECT ?p WHERE { ?p kg:endsAlike true }")}
    joins: dict[str, set[str]] = {}
    for r in _rows(store, "SELECT ?p ?k WHERE { ?p kg:joinsKind ?k }"):
        joins.setdefault(str(r["p"].value), set()).add(str(r["k"].value))
    for iri, rel in list(relations.items()):
        relations[iri] = Relation(
            rel.iri,
            rel.name,
            rel.label,
            rel.symmetric,
            rel.negated_as,
            frozenset(forbidden.get((iri, KG.forbiddenSubjectClass), ())),
            frozenset(forbidden.get((iri, KG.forbiddenObjectClass), ())),
            iri in alike,
            frozenset(joins.get(iri, ())),
        )

    cues: list[Cue] = []
    for r in _rows(
        store,
        """SELECT ?t ?role ?text WHERE {
            VALUES ?role { kg:cue kg:inverseCue kg:suffixCue kg:pairCue kg:placementCue kg:containerCue }
            ?t ?role ?text }""",
    ):
        target = str(r["t"].value)
        role = str(r["role"].value)[len(KG_NS) :]
        if target in relations:
            cues.append(Cue(str(r["text"].value), role, target))
        else:
            cues.append(Cue(str(r["text"].value), "set", target))
    cues.sort(key=lambda c: (c.target, c.role, c.text))

    prerequisite: list[tuple[str, bool]] = []
    for r in _rows(store, PREREQUISITE_RELATIONS):
        prerequisite.append((str(r["p"].value), r["inv"].value == "true"))
    prerequisite = sorted(set(prerequisite))
    section_rules = sorted(
        (str(r["p"].value), str(r["s"].value), str(r["t"].value))
        for r in _rows(store, "SELECT ?p ?s ?t WHERE { ?p kg:sectionSubjectClass ?s ; kg:sectionTopicClass ?t }")
    )
    top_classes = {
        str(r["c"].value): str(r["top"].value)
        for r in _rows(
            store,
            "SELECT ?c ?top WHERE { ?c rdfs:subClassOf* ?top . ?top rdfs:subClassOf kg:Concept . FILTER(?top != kg:Concept) }",
        )
    }
    return Vocabulary(
        concepts,
        relations,
        cues,
        classes,
        prerequisite,
        section_rules,
        list(files),
        digest.hexdigest()[:16],
        top_classes,
    )


@lru_cache(maxsize=4)
def default_vocabulary() -> Vocabulary:
    return load_vocabulary()
