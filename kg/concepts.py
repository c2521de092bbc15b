"""Finding concepts by name: any label or alias, any case, either language, or the IRI.

``resolve`` answers one concept or raises (ConceptNotFound with the nearest
labels, AmbiguousConcept with the candidates); ``search`` ranks concepts for
a free-text query (substring and fuzzy, CJK included). Both speak SPARQL
through a Backend, so they work on a remote endpoint too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from kg.errors import AmbiguousConcept, ConceptNotFound
from kg.query import Backend
from kg.terms import CONCEPT_NS, expand, local_name
from kg.text import normalize

_SAFE_IRI = re.compile(r"https?://[^\s<>\"{}|^`\\]+")


@dataclass
class Concept:
    """A concept with its labels by language ("" for language-neutral aliases) and class."""

    iri: str
    cls: str = ""
    pref: dict[str, str] = field(default_factory=dict)
    alt: dict[str, list[str]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return local_name(self.iri)

    @property
    def class_name(self) -> str:
        return local_name(self.cls) if self.cls else "Concept"

    def label(self, lang: str = "en") -> str:
        for want in (lang, "en", "zh", ""):
            if want in self.pref:
                return self.pref[want]
        return self.name

    def labels(self) -> dict[str, str]:
        """Preferred label per language, for JSON output."""
        return dict(sorted(self.pref.items()))

    def all_labels(self) -> list[str]:
        return list(self.pref.values()) + [a for values in self.alt.values() for a in values]


def _literal(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def describe(backend: Backend, iris: list[str]) -> dict[str, Concept]:
    """Labels and most specific class of each concept."""
    if not iris:
        return {}
    values = " ".join(f"<{i}>" for i in iris)
    from kg.network import most_specific_classes

    out = {i: Concept(i) for i in iris}
    for iri, cls in most_specific_classes(backend, iris).items():
        out[iri].cls = cls
    for predicate in ("prefLabel", "altLabel"):
        rows = backend.select(f"SELECT ?c ?l WHERE {{ VALUES ?c {{ {values} }} ?c skos:{predicate} ?l }}")
        for r in rows:
            concept = out[r["c"].value]
            lang = (r["l"].language or "").split("-")[0]
            if predicate == "prefLabel":
                concept.pref.setdefault(lang, r["l"].value)
            else:
                bucket = concept.alt.setdefault(lang, [])
                if r["l"].value not in bucket:
                    bucket.append(r["l"].value)
    for concept in out.values():
        for bucket in concept.alt.values():
            bucket.sort()
    return out


def _all_labels(backend: Backend) -> list[tuple[str, str, bool]]:
    rows = backend.select("""
        SELECT ?c ?l ?pref WHERE { ?c a skos:Concept .
          { ?c skos:prefLabel ?l BIND(true AS ?pref) } UNION { ?c skos:altLabel ?l BIND(false AS ?pref) } }""")
    return [(r["c"].value, r["l"].value, r["pref"].value == "true") for r in rows]


def resolve(backend: Backend, name: str) -> Concept:
    """The one concept ``name`` refers to: a label or alias (any case, zh or en), a local name, or an IRI."""
    text = name.strip()
    if not text:
        raise ConceptNotFound(name, [])
    if text.startswith(("http://", "https://", "<")) or text.startswith("c:"):
        candidates = [expand(text)]
    else:
        candidates = [CONCEPT_NS + text]
    for iri in candidates:
        if not _SAFE_IRI.fullmatch(iri):
            continue  # "Batch Normalization" is a label, not a local name
        if backend.query(f"ASK {{ <{iri}> a skos:Concept }}").boolean:
            return describe(backend, [iri])[iri]
    key = normalize(text)
    matches = {
        (r["c"].value, r["pref"].value == "true")
        for r in backend.select(f"""
            SELECT DISTINCT ?c ?pref WHERE {{ ?c a skos:Concept .
              {{ ?c skos:prefLabel ?l BIND(true AS ?pref) }} UNION {{ ?c skos:altLabel ?l BIND(false AS ?pref) }}
              FILTER(LCASE(STR(?l)) = LCASE({_literal(text)})) }}""")
    }
    if not matches:
        # the index form folds ×/* and full-width letters; compare in Python
        matches = {(c, pref) for c, label, pref in _all_labels(backend) if normalize(label) == key}
    by_concept: dict[str, bool] = {}
    for iri, pref in matches:
        by_concept[iri] = by_concept.get(iri, False) or pref
    if len(by_concept) > 1 and sum(by_concept.values()) == 1:
        by_concept = {c: p for c, p in by_concept.items() if p}  # a preferred label beats an alias
    if len(by_concept) == 1:
        iri = next(iter(by_concept))
        return describe(backend, [iri])[iri]
    if by_concept:
        found = describe(backend, sorted(by_concept))
        raise AmbiguousConcept(name, [f"{c.label()} ({c.class_name}, {c.iri})" for c in found.values()])
    raise ConceptNotFound(name, suggest(backend, text))


def suggest_mentioned(backend: Backend, text: str, limit: int = 3) -> list[str]:
    """The labels nearest to ``text`` among the concepts the notes mention."""
    from rapidfuzz import fuzz, process

    rows = backend.select(
        "SELECT DISTINCT ?l WHERE { ?x schema:about ?c . ?c skos:prefLabel|skos:altLabel ?l }"
    )
    labels = sorted({r["l"].value for r in rows})
    found = process.extract(text, labels, scorer=fuzz.WRatio, limit=limit, score_cutoff=60)
    return [label for label, _, _ in found]


def suggest(backend: Backend, text: str, limit: int = 3) -> list[str]:
    """The labels nearest to a name that matched nothing."""
    return [hit.label for hit in search(backend, text, limit=limit, min_score=55)]


@dataclass
class SearchHit:
    iri: str
    label: str  # the label or alias that matched
    score: float
    concept: Concept | None = None


def search(backend: Backend, text: str, limit: int = 10, min_score: float = 60) -> list[SearchHit]:
    """Concepts whose labels or aliases match ``text``, best first (exact, prefix, substring, fuzzy)."""
    from rapidfuzz import fuzz

    key = normalize(text.strip())
    if not key:
        return []
    best: dict[str, SearchHit] = {}
    for iri, label, pref in _all_labels(backend):
        norm = normalize(label)
        if norm == key:
            score = 100.0
        elif norm.startswith(key):
            score = 95.0 - min(len(norm) - len(key), 20) * 0.1
        elif key in norm:
            score = 90.0 - min(len(norm) - len(key), 40) * 0.1
        else:
            score = max(fuzz.ratio(key, norm), fuzz.partial_ratio(key, norm) * 0.9 if len(key) >= 3 else 0) * 0.85
        score += 0.5 if pref else 0.0
        if score >= min_score and (iri not in best or score > best[iri].score):
            best[iri] = SearchHit(iri, label, score)
    hits = sorted(best.values(), key=lambda h: (-h.score, h.label.lower()))[:limit]
    described = describe(backend, [h.iri for h in hits])
    for hit in hits:
        hit.concept = described[hit.iri]
    return hits
