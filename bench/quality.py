"""Extraction quality on real notes: `python -m bench quality`.

Builds each corpus set (bench/corpus/dev, bench/corpus/holdout, and the
bundled example) into a fresh store and compares the graph with the gold
files written by reading the notes (format: bench/corpus/README.md):

- recall: gold facts present in the graph (a concept matches by any of its
  labels or aliases). A graph fact matches a gold relation when the ontology
  entails it (`entailing_relations`): the relation itself or a
  sub-property, either way round for a symmetric relation, and reversed
  for a property whose inverse is a sub-property ("X partOf Y" entails
  "Y uses X" because kg:hasPart is declared a sub-property of kg:uses);
- precision: every fact of the graph is either matched to a gold fact
  (correct), matched to a trap (wrong), or looked up in the judged file
  ``bench/corpus/judged.tsv`` (correct / wrong / borderline, judged by
  reading its sentence). Facts nobody has judged yet are listed in
  ``bench/out/to-judge.tsv`` and left out of the figure, which says how many;
  a fixed-seed sample of 60 is reported as QUALITY.md asks;
- junk: discovered concepts judged junk in ``bench/corpus/judged-concepts.tsv``
  (a discovered concept that is a gold concept counts as good);
- duplicates: pairs of nodes that name one gold concept, or whose labels
  fold to the same key;
- traps: graph facts that a gold ``trap`` line forbids (must be 0).

Only the direct relation triples count (what plans, pages and queries see);
the facts kept below the confidence threshold are stored as records only.
"""

from __future__ import annotations

import csv
import json
import math
import random
import re
import sys
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent
CORPUS = HERE / "corpus"
JUDGED = CORPUS / "judged.tsv"
JUDGED_CONCEPTS = CORPUS / "judged-concepts.tsv"
JUDGED_DUPLICATES = CORPUS / "judged-duplicates.tsv"
FLOORS = CORPUS / "floors.json"
OUT = HERE / "out"
SETS: dict[str, tuple[Path, Path | None]] = {
    "dev": (CORPUS / "dev", CORPUS / "dev"),
    "holdout": (CORPUS / "holdout", CORPUS / "holdout"),
    # unseen notes without gold: precision, junk and duplicates only, read once a round like holdout;
    # once read they move to seen-p (judged, kept to re-measure precision), as held-out files move to dev
    "unseen-p": (CORPUS / "unseen-p", None),
    # a second unseen sample, kept back while the first is read and worked on, so that a session
    # ends with a first reading of notes no rule was written from
    "unseen-p2": (CORPUS / "unseen-p2", None),
    "seen-p": (CORPUS / "seen-p", None),
    "example": (ROOT / "examples" / "notes", ROOT / "tests" / "expected"),
}

_GOLD_LINE = re.compile(r"^(fact|trap)\s+L(\d+)\s*:\s*(.+?)\s*\|\s*(\w+)\s*\|\s*(.+?)\s*$")


def key(name: str) -> str:
    """How a reader compares names: case, width, spaces, hyphens and a plural -s do not matter."""
    text = unicodedata.normalize("NFKC", name).lower().replace("×", "x").replace("*", "x")
    text = re.sub(r"[\s\-_‐–—·.'’`]+", "", text)
    if text.isascii() and len(text) > 3 and text.endswith("s") and not text.endswith("ss"):
        text = text[:-2] if re.search(r"(?:x|ss|sh|tch)es$", text) else text[:-1]  # "boxes", "losses", "patches"
    return text


@dataclass
class GoldFact:
    line: int
    subject: frozenset[str]  # keys of every name of the subject
    relation: str
    object: frozenset[str]
    trap: bool
    text: str


@dataclass
class Gold:
    facts: list[GoldFact] = field(default_factory=list)
    concepts: list[frozenset[str]] = field(default_factory=list)

    def concept_keys(self) -> set[str]:
        return {k for c in self.concepts for k in c}


def names(field_text: str) -> frozenset[str]:
    return frozenset(key(n) for n in field_text.split(" = ") if n.strip())


def with_concept_names(side: frozenset[str], concepts: list[frozenset[str]]) -> frozenset[str]:
    """The names of one side of a gold fact, with every other name of the concept lines it names."""
    return side.union(*(c for c in concepts if c & side))


def read_gold(path: Path) -> Gold:
    gold = Gold()
    for number, raw in enumerate(path.read_text("utf-8").splitlines(), 1):
        line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        if line.startswith("concept:"):
            gold.concepts.append(names(line[len("concept:") :]))
            continue
        m = _GOLD_LINE.match(line)
        if not m:
            raise SystemExit(f"{path}:{number}: not a gold line: {raw!r}")
        kind, at, s, rel, o = m.groups()
        gold.facts.append(GoldFact(int(at), names(s), rel, names(o), kind == "trap", line))
    # a fact names a concept by one of its names: it matches by any name its concept line gives
    # ("BERT | uses | Masked Language Modeling" with "concept: Masked Language Modeling = MLM")
    for f in gold.facts:
        f.subject = with_concept_names(f.subject, gold.concepts)
        f.object = with_concept_names(f.object, gold.concepts)
    # a concept named only in a fact is still a concept, and its names are one concept
    for f in gold.facts:
        for side in (f.subject, f.object):
            if not any(side & c for c in gold.concepts):
                gold.concepts.append(side)
    return gold


@dataclass(frozen=True)
class GraphFact:
    file: str
    subject: str  # IRI
    relation: str  # local name
    object: str
    line: int
    sentence: str
    confidence: float


@dataclass
class GraphView:
    facts: list[GraphFact]
    labels: dict[str, list[str]]  # IRI → every label
    preferred: dict[str, str]
    discovered: dict[str, str]  # IRI → label, concepts the notes made
    mentioned: set[str]
    # the facts kept below the confidence threshold: kg:Fact records whose triple is not in the graph
    held: list[GraphFact] = field(default_factory=list)


def build_graph(notes: Path, work: Path) -> GraphView:
    from kg.pipeline import build
    from kg.query import LocalBackend
    from kg.store import GraphStore

    store = GraphStore(work / "store")
    build([notes], store, incremental=False)
    backend = LocalBackend(store)

    def records(shown: bool) -> list[GraphFact]:
        # FILTER EXISTS, not a plain ?s ?p ?o pattern: Oxigraph joins the plain pattern by
        # scanning the whole store (284 s on dev), the filter probes each record's triple (0.1 s)
        rows = backend.select(
            """SELECT ?s ?p ?o ?file ?line ?sentence ?conf WHERE {
                 ?f a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?from .
                 ?from kg:sourceFile ?file ; kg:line ?line ; schema:text ?sentence .
                 OPTIONAL { ?f kg:confidence ?conf }
                 FILTER (%s EXISTS { ?s ?p ?o }) }"""
            % ("" if shown else "NOT")
        )
        return [
            GraphFact(
                r["file"].value,
                r["s"].value,
                r["p"].value.rsplit("#", 1)[-1],
                r["o"].value,
                int(r["line"].value),
                r["sentence"].value,
                float(r["conf"].value) if r["conf"] is not None else 1.0,
            )
            for r in rows
        ]

    facts = records(shown=True)
    labels: dict[str, list[str]] = defaultdict(list)
    preferred: dict[str, str] = {}
    for r in backend.select("SELECT ?c ?l ?p WHERE { VALUES ?p { skos:prefLabel skos:altLabel } ?c ?p ?l }"):
        iri = r["c"].value
        labels[iri].append(r["l"].value)
        if r["p"].value.endswith("prefLabel") and (iri not in preferred or r["l"].language == "en"):
            preferred[iri] = r["l"].value
    discovered = {
        r["c"].value: r["l"].value
        for r in backend.select("SELECT ?c ?l WHERE { ?c kg:discovered ?how ; skos:prefLabel ?l }")
    }
    mentioned = {r["c"].value for r in backend.select("SELECT DISTINCT ?c WHERE { ?x schema:about ?c }")}
    mentioned |= {f.subject for f in facts} | {f.object for f in facts}
    return GraphView(facts, dict(labels), preferred, discovered, mentioned, records(shown=False))


def _tsv(path: Path) -> list[list[str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [row for row in csv.reader(fh, delimiter="\t") if row and not row[0].startswith("#")]


def read_judged() -> dict[tuple[str, ...], str]:
    """judged.tsv: file, line, subject, relation, object, verdict, sentence."""
    return {tuple(row[:5]): row[5] for row in _tsv(JUDGED) if len(row) >= 6}


def read_judged_duplicates() -> dict[frozenset[str], str]:
    """judged-duplicates.tsv: label A, label B, verdict (same or different)."""
    return {frozenset(row[:2]): row[2] for row in _tsv(JUDGED_DUPLICATES) if len(row) >= 3}


def read_judged_concepts() -> dict[str, str]:
    """judged-concepts.tsv: label, verdict (good or junk)."""
    return {row[0]: row[1] for row in _tsv(JUDGED_CONCEPTS) if len(row) >= 2}


@dataclass
class FileScore:
    name: str
    gold: int = 0
    found: int = 0
    facts: int = 0
    correct: float = 0.0
    wrong: int = 0
    borderline: int = 0
    unjudged: int = 0
    traps: int = 0
    missed: list[str] = field(default_factory=list)

    @property
    def judged(self) -> int:
        return self.facts - self.unjudged

    @property
    def precision(self) -> float:
        return (self.correct + 0.5 * self.borderline) / self.judged if self.judged else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class SetScore:
    name: str
    files: list[FileScore]
    by_relation: dict[str, FileScore]
    verdicts: list[tuple[GraphFact, str]]  # every graph fact with its verdict
    discovered: int
    junk: int
    junk_judged: int
    duplicates: list[tuple[str, str]]  # pairs judged the same concept
    duplicates_unjudged: list[tuple[str, str]]
    concepts: int
    to_judge: list[list[str]]
    concepts_to_judge: list[str]
    # the same, among discovered concepts that stand on a fact of the graph: what `kg viz` draws by default
    # (it leaves out concepts with no edge); a concept only mentioned is still in the graph and counted above
    junk_in_facts: int = 0
    judged_in_facts: int = 0
    junk_on_facts: list[str] = field(default_factory=list)  # their labels, for bench/out/junk-on-facts.txt
    # gold concepts (concept lines and fact ends, per file) that some node the graph mentions names: a ceiling on
    # recall, since a fact whose end is no node cannot be found
    gold_concepts: int = 0
    gold_concepts_found: int = 0
    # the gold facts the graph missed, by how many of their two ends some mentioned node names (2, 1, 0): a miss
    # with both ends named is the reading's; the others wait on the concepts being found first
    missed_by_named_ends: tuple[int, int, int] = (0, 0, 0)
    # the facts kept below the confidence threshold (kg:Fact records only), with their verdicts where judged: the
    # other side of what the confidence decides
    held_verdicts: list[tuple[GraphFact, str]] = field(default_factory=list)
    held_to_judge: list[list[str]] = field(default_factory=list)

    @property
    def total(self) -> FileScore:
        t = FileScore("total")
        for f in self.files:
            for k in ("gold", "found", "facts", "correct", "wrong", "borderline", "unjudged", "traps"):
                setattr(t, k, getattr(t, k) + getattr(f, k))
        return t


def _matches(keys_of_node: set[str], gold_side: frozenset[str]) -> bool:
    return bool(keys_of_node & gold_side)


@cache
def entailing_relations(ontology: Path = ROOT / "ontology" / "kg.ttl") -> dict[str, frozenset[tuple[str, bool]]]:
    """For each relation R of the ontology, the (relation, reversed) pairs whose facts entail R.

    RDFS and OWL entailment over the declared vocabulary only: "X P Y" entails
    "X R Y" when P is R or a sub-property of it (rdfs:subPropertyOf*), "Y R X"
    when P's inverse is (owl:inverseOf), and both ways when R is symmetric.
    The gold says what a reader reads; the graph may say it with an
    equivalent triple, and the scoring should not punish the ontology's own
    equivalences (nor let a trap hide behind one).
    """
    from rdflib import Graph, Namespace
    from rdflib.namespace import OWL, RDF, RDFS

    from kg.terms import KG_NS

    kg_ns = Namespace(KG_NS)
    g = Graph().parse(ontology, format="turtle")
    name = lambda iri: str(iri).rsplit("#", 1)[-1]  # noqa: E731
    relations = set(g.subjects(RDF.type, kg_ns.ConceptRelation))
    inverse = {**{a: b for a, b in g.subject_objects(OWL.inverseOf)}, **{b: a for a, b in g.subject_objects(OWL.inverseOf)}}
    symmetric = set(g.subjects(RDF.type, OWL.SymmetricProperty))
    out: dict[str, frozenset[tuple[str, bool]]] = {}
    for r in relations:
        pairs: set[tuple[str, bool]] = set()
        for p in relations:
            if r in g.transitive_objects(p, RDFS.subPropertyOf):  # p ⊑* r (includes p == r)
                pairs.add((name(p), False))
                if p in symmetric:
                    pairs.add((name(p), True))
                if p in inverse:
                    pairs.add((name(inverse[p]), True))
        out[name(r)] = frozenset(pairs)
    return out


def _compatible(fact_rel: str, fs: set[str], fo: set[str], g: GoldFact) -> bool:
    for rel, reversed_ in entailing_relations().get(g.relation, frozenset({(g.relation, False)})):
        if rel != fact_rel:
            continue
        s, o = (g.object, g.subject) if reversed_ else (g.subject, g.object)
        if _matches(fs, s) and _matches(fo, o):
            return True
    return False


def _one_fact_per_gold(gold_facts: list[GoldFact], present: list[tuple[set[str], str, set[str], GraphFact]]) -> set[int]:
    """The gold facts (their indexes) the graph finds, each credited by a graph fact of its own: one fact of a node
    that merges two concepts ('GPT' standing for GPT-2 and GPT-3 too) must not answer a gold fact about each. A
    maximum bipartite matching between gold facts and the graph facts compatible with them."""
    import networkx as nx

    # a relation the gold lists at two lines is one relation: found once, it is found at both
    same: dict[tuple[frozenset[str], str, frozenset[str]], list[int]] = defaultdict(list)
    for i, g in enumerate(gold_facts):
        if not g.trap:
            same[(g.subject, g.relation, g.object)].append(i)
    graph = nx.Graph()
    golds = [("g", first[0]) for first in same.values()]
    graph.add_nodes_from(golds)
    for indexes in same.values():
        g = gold_facts[indexes[0]]
        for j, (fs, rel, fo, _) in enumerate(present):
            if _compatible(rel, fs, fo, g):
                graph.add_edge(("g", indexes[0]), ("f", j))
    matching = nx.bipartite.hopcroft_karp_matching(graph, top_nodes=golds)
    firsts = {i for kind, i in matching if kind == "g"}
    return {i for indexes in same.values() if indexes[0] in firsts for i in indexes}


def score_set(name: str, notes: Path, gold_dir: Path | None, work: Path) -> SetScore:
    view = build_graph(notes, work)
    judged = read_judged()
    judged_concepts = read_judged_concepts()

    def node_keys(iri: str) -> set[str]:
        return {key(label) for label in view.labels.get(iri, [])} | {key(iri.rsplit("/", 1)[-1])}

    def label(iri: str) -> str:
        return view.preferred.get(iri, iri.rsplit("/", 1)[-1])

    def verdict_of(file: str, gold: Gold, fs: set[str], rel: str, fo: set[str], fact: GraphFact) -> str:
        """'trap', 'correct' from the gold, else the judged verdict ('' while unjudged)."""
        matched = [g for g in gold.facts if _compatible(rel, fs, fo, g)]
        if any(g.trap for g in matched):
            return "trap"
        if matched:
            return "correct"
        return judged.get((file, str(fact.line), label(fact.subject), rel, label(fact.object)), "")

    files: list[FileScore] = []
    by_relation: dict[str, FileScore] = defaultdict(lambda: FileScore(""))
    verdicts: list[tuple[GraphFact, str]] = []
    to_judge: list[list[str]] = []
    golds: dict[str, Gold] = {}
    missed_facts: list[tuple[FileScore, int, GoldFact]] = []
    facts_by_file: dict[str, list[GraphFact]] = defaultdict(list)
    for fact in view.facts:
        facts_by_file[fact.file].append(fact)
    held_verdicts: list[tuple[GraphFact, str]] = []  # the facts kept below the threshold, one per triple and file
    held_by_file: dict[str, list[GraphFact]] = defaultdict(list)
    held_to_judge: list[list[str]] = []  # the unjudged among them, as to_judge lists the shown ones
    for fact in view.held:
        held_by_file[fact.file].append(fact)
    for md in sorted(notes.glob("*.md")):
        if gold_dir is None:
            gold = Gold()  # a precision-only set: every fact is judged by reading its sentence
        else:
            gold_path = gold_dir / (md.stem + ".gold") if name != "example" else gold_dir / "example.gold"
            if not gold_path.exists():
                continue
            gold = golds[md.name] = read_gold(gold_path)
        score = FileScore(md.stem)
        # one verdict per distinct triple of the file (a fact read from three sentences counts once)
        distinct: dict[tuple[str, str, str], GraphFact] = {}
        for fact in sorted(facts_by_file.get(md.name, []), key=lambda f: f.line):
            distinct.setdefault((fact.subject, fact.relation, fact.object), fact)
        present: list[tuple[set[str], str, set[str], GraphFact]] = [
            (node_keys(f.subject), f.relation, node_keys(f.object), f) for f in distinct.values()
        ]
        credited = _one_fact_per_gold(gold.facts, present)
        for i, g in enumerate(gold.facts):
            if g.trap:
                continue
            score.gold += 1
            by_relation[g.relation].gold += 1
            if i in credited:
                score.found += 1
                by_relation[g.relation].found += 1
            else:
                score.missed.append(f"L{g.line}: {g.text.split(':', 1)[1].strip()}")
                missed_facts.append((score, len(score.missed) - 1, g))
        for fs, rel, fo, fact in present:
            score.facts += 1
            rel_score = by_relation[rel]
            rel_score.facts += 1
            verdict = verdict_of(md.name, gold, fs, rel, fo, fact)
            if not verdict:
                jkey = (md.name, str(fact.line), label(fact.subject), rel, label(fact.object))
                to_judge.append([*jkey, fact.sentence.replace("\t", " ").replace("\n", " ")])
            verdicts.append((fact, verdict))
            for s in (score, rel_score):
                if verdict == "correct":
                    s.correct += 1
                elif verdict in ("wrong", "trap"):
                    s.wrong += 1
                    s.traps += verdict == "trap"
                elif verdict == "borderline":
                    s.borderline += 1
                else:
                    s.unjudged += 1
        files.append(score)
        held: dict[tuple[str, str, str], GraphFact] = {}
        for fact in sorted(held_by_file.get(md.name, []), key=lambda f: f.line):
            held.setdefault((fact.subject, fact.relation, fact.object), fact)
        for f in held.values():
            verdict = verdict_of(md.name, gold, node_keys(f.subject), f.relation, node_keys(f.object), f)
            held_verdicts.append((f, verdict))
            if not verdict:
                jkey = (md.name, str(f.line), label(f.subject), f.relation, label(f.object))
                held_to_judge.append([*jkey, f.sentence.replace("\t", " ").replace("\n", " ")])

    gold_keys = set().union(*(g.concept_keys() for g in golds.values())) if golds else set()
    mentioned_keys = set().union(*(node_keys(iri) for iri in view.mentioned)) if view.mentioned else set()
    gold_concepts = sum(len(g.concepts) for g in golds.values())
    gold_concepts_found = sum(1 for g in golds.values() for c in g.concepts if c & mentioned_keys)
    named_ends = [0, 0, 0]  # index: how many ends of a missed gold fact no mentioned node names
    for score, i, g in missed_facts:
        unnamed = (not g.subject & mentioned_keys) + (not g.object & mentioned_keys)
        named_ends[unnamed] += 1
        # `--missed` says which misses are the reading's (both ends named) and which wait on concepts
        score.missed[i] += f"  [ends named: {2 - unnamed}]"

    shown = {iri for iri in view.discovered if iri in view.mentioned}
    junk = junk_judged = 0
    concepts_to_judge = []
    on_facts = {f.subject for f in view.facts} | {f.object for f in view.facts}
    junk_in_facts = judged_in_facts = 0
    junk_on_facts: list[str] = []
    for iri in sorted(shown):
        lab = view.discovered[iri]
        if node_keys(iri) & gold_keys:
            junk_judged += 1
            judged_in_facts += iri in on_facts
            continue
        verdict = judged_concepts.get(lab)
        if verdict is None:
            concepts_to_judge.append(lab)
            continue
        junk_judged += 1
        junk += verdict == "junk"
        judged_in_facts += iri in on_facts
        junk_in_facts += iri in on_facts and verdict == "junk"
        if iri in on_facts and verdict == "junk":
            junk_on_facts.append(lab)

    # duplicates: two mentioned nodes that name one gold concept, or fold to one key
    nodes = sorted(view.mentioned)
    duplicates: set[tuple[str, str]] = set()
    by_key: dict[str, set[str]] = defaultdict(set)
    for iri in nodes:
        for k in node_keys(iri):
            by_key[k].add(iri)
    # and two nodes whose names differ only by a generic head word ('cross-attention' / 'cross-attention
    # mechanism', '注意力' / '注意力机制'): candidates for a reader to judge, not duplicates by themselves
    for iri in nodes:
        for lab in view.labels.get(iri, []):
            bare = _without_head(lab)
            if bare is not None and key(bare):
                by_key["head:" + key(bare)].add(iri)
                by_key["head:" + key(lab)].add(iri)
    for group in by_key.values():
        if len(group) > 1:
            ordered = sorted(group)
            duplicates.update((a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :])
    for gold in golds.values():
        for concept in gold.concepts:
            hits = sorted(iri for iri in nodes if node_keys(iri) & concept)
            duplicates.update((a, b) for i, a in enumerate(hits) for b in hits[i + 1 :])
    judged_pairs = read_judged_duplicates()
    pairs = sorted({tuple(sorted((label(a), label(b)))) for a, b in duplicates})
    return SetScore(
        name,
        files,
        dict(by_relation),
        verdicts,
        len(shown),
        junk,
        junk_judged,
        [p for p in pairs if judged_pairs.get(frozenset(p)) == "same"],
        [p for p in pairs if frozenset(p) not in judged_pairs],
        len(nodes),
        to_judge,
        concepts_to_judge,
        junk_in_facts,
        judged_in_facts,
        junk_on_facts,
        gold_concepts,
        gold_concepts_found,
        (named_ends[0], named_ends[1], named_ends[2]),
        held_verdicts,
        held_to_judge,
    )


@cache
def _heads() -> tuple[str, ...]:
    from kg.vocab import default_vocabulary

    words = default_vocabulary().cue_set("HeadNoun") + ["mechanism", "mechanisms", "technique", "approach"]
    return tuple(sorted({w.strip().lower() for w in words}, key=len, reverse=True))


def _without_head(label: str) -> str | None:
    """The label without a generic head word at its end ('Cross-Attention Mechanism' → 'Cross-Attention'), or None."""
    text = label.strip()
    for head in _heads():
        if head.isascii():
            if text.lower().endswith(" " + head):
                return text[: -len(head) - 1]
        elif text.endswith(head) and len(text) > len(head) + 1:
            return text[: -len(head)]
    return None


def trap_hits(facts: list[tuple[str, str, str]], labels: dict[str, list[str]], gold: Gold) -> list[str]:
    """The graph facts (subject IRI, relation local name, object IRI) that a gold trap forbids."""

    def node_keys(iri: str) -> set[str]:
        return {key(label) for label in labels.get(iri, [])} | {key(iri.rsplit("/", 1)[-1])}

    return [
        f"{s} {p} {o}: {g.text}"
        for s, p, o in facts
        for g in gold.facts
        if g.trap and _compatible(p, node_keys(s), node_keys(o), g)
    ]


def sample_precision(verdicts: list[tuple[GraphFact, str]], n: int = 60, seed: int = 0) -> tuple[int, float, float]:
    """QUALITY.md's figure: a fixed-seed sample, correct/n and (correct + ½ borderline)/n over the judged."""
    judged = sorted(
        ((f, v) for f, v in verdicts if v),
        key=lambda fv: (fv[0].file, fv[0].line, fv[0].subject, fv[0].relation, fv[0].object),
    )
    pick = random.Random(seed).sample(judged, min(n, len(judged)))
    if not pick:
        return 0, 0.0, 0.0
    correct = sum(v == "correct" for _, v in pick)
    border = sum(v == "borderline" for _, v in pick)
    return len(pick), correct / len(pick), (correct + 0.5 * border) / len(pick)


CONFIDENCE_BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


def calibration(
    verdicts: list[tuple[GraphFact, str]], bands: tuple[float, ...] = CONFIDENCE_BANDS
) -> list[tuple[str, int, float, float]]:
    """Does a fact's confidence mean what it says? Per confidence band: (band, judged facts, mean confidence,
    precision with borderline as ½). A calibrated model has precision near the mean confidence in every band."""
    out = []
    for i, low in enumerate(bands):
        high = bands[i + 1] if i + 1 < len(bands) else 1.01
        band = [(f, v) for f, v in verdicts if v and low <= f.confidence < high]
        if not band:
            continue
        right = sum(1.0 if v == "correct" else 0.5 if v == "borderline" else 0.0 for _, v in band)
        mean = sum(f.confidence for f, _ in band) / len(band)
        out.append((f"{low:.1f}–{min(high, 1.0):.1f}", len(band), mean, right / len(band)))
    return out


def ranking_auc(verdicts: Iterable[tuple[GraphFact, str]]) -> tuple[float, int, int]:
    """How well confidence orders the judged facts: the chance that a correct fact has a higher confidence than a
    wrong one (ties count ½; borderline and unjudged facts left out), with the numbers of correct and wrong facts.
    0.5 is a coin; measured over the facts shown and held back alike, since either side alone is a truncated range."""
    scored = [(f.confidence, v == "correct") for f, v in verdicts if v in ("correct", "wrong", "trap")]
    right = sum(1 for _, ok in scored if ok)
    wrong = len(scored) - right
    if not right or not wrong:
        return math.nan, right, wrong
    # Mann-Whitney: the ranks of the correct facts among all, ties given their average rank
    scored.sort(key=lambda cv: cv[0])
    rank_sum, i = 0.0, 0
    while i < len(scored):
        j = i
        while j < len(scored) and scored[j][0] == scored[i][0]:
            j += 1
        average = (i + 1 + j) / 2
        rank_sum += average * sum(1 for _, ok in scored[i:j] if ok)
        i = j
    return (rank_sum - right * (right + 1) / 2) / (right * wrong), right, wrong


def pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def report(scores: Iterable[SetScore]) -> str:
    lines = ["## Extraction quality on real notes", ""]
    lines.append(
        "`python -m bench quality`: precision over the judged facts of the graph (gold-matched or judged by "
        "reading the sentence; borderline counts ½), recall against the gold, junk among discovered concepts, "
        "duplicate node pairs, trap hits. Corpus: bench/corpus/SOURCES.md."
    )
    for s in scores:
        t = s.total
        lines += ["", f"### {s.name}", ""]
        lines += [
            "| file | facts | judged | precision | gold | recall | F1 | traps |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for f in [*s.files, t]:
            lines.append(
                f"| {f.name} | {f.facts} | {f.judged} | {pct(f.precision)} | {f.gold or '–'} | "
                f"{pct(f.recall) if f.gold else '–'} | {pct(f.f1) if f.gold else '–'} | {f.traps} |"
            )
        n, strict, half = sample_precision(s.verdicts)
        lines += [
            "",
            f"- all {t.judged} judged facts: correct {pct(t.correct / t.judged) if t.judged else '–'}, "
            f"correct + ½ borderline {pct(t.precision) if t.judged else '–'}",
            f"- sample of {n} judged facts (seed 0): correct {pct(strict)}, correct + ½ borderline {pct(half)}",
            f"- discovered concepts shown: {s.discovered}; junk {s.junk} of {s.junk_judged} judged "
            f"({pct(s.junk / s.junk_judged) if s.junk_judged else 'n/a'}); among those on a fact (what `kg viz` "
            f"draws by default): junk {s.junk_in_facts} of {s.judged_in_facts} "
            f"({pct(s.junk_in_facts / s.judged_in_facts) if s.judged_in_facts else 'n/a'})",
            *(
                [
                    f"- gold concepts named by a node the graph mentions: {s.gold_concepts_found} of {s.gold_concepts} "
                    f"({pct(s.gold_concepts_found / s.gold_concepts)}); a fact with an end outside them cannot be found",
                    f"- missed gold facts: {s.missed_by_named_ends[0]} with both ends named by a mentioned node (the "
                    f"reading missed them), {s.missed_by_named_ends[1]} with one, {s.missed_by_named_ends[2]} with neither",
                ]
                if s.gold_concepts
                else []
            ),
            f"- duplicate pairs (judged the same concept): {len(s.duplicates)} among {s.concepts} concepts "
            f"({100 * len(s.duplicates) / max(1, s.concepts):.1f} per 100)"
            + (": " + "; ".join(f"{a} / {b}" for a, b in s.duplicates[:8]) if s.duplicates else "")
            + (f"; {len(s.duplicates_unjudged)} candidate pairs not judged yet" if s.duplicates_unjudged else ""),
            f"- trap hits: {t.traps}",
            "",
            "| relation | facts | precision | gold | recall |",
            "| --- | --- | --- | --- | --- |",
        ]
        for rel, r in sorted(s.by_relation.items()):
            precision = pct(r.precision) if r.judged else "–"
            lines.append(f"| {rel} | {r.facts} | {precision} | {r.gold} | {pct(r.recall) if r.gold else '–'} |")
        held = [v for _, v in s.held_verdicts]
        held_judged = [v for v in held if v]
        held_right = sum(1.0 if v == "correct" else 0.5 if v == "borderline" else 0.0 for v in held_judged)
        auc, right, wrong = ranking_auc([*s.verdicts, *s.held_verdicts])
        lines += [
            "",
            f"- held back below the confidence threshold (kg:Fact records only, out of plans and pages): {len(held)} "
            f"facts, {len(held_judged)} judged: correct "
            f"{pct(held_judged.count('correct') / len(held_judged)) if held_judged else '–'}, correct + ½ borderline "
            f"{pct(held_right / len(held_judged)) if held_judged else '–'}",
            f"- confidence ranks a correct fact above a wrong one (AUC over the judged facts shown and held back, "
            f"{right} correct, {wrong} wrong): {'–' if math.isnan(auc) else f'{auc:.3f}'}",
            "",
            "| confidence | judged facts (shown and held back) | mean confidence | precision (½ borderline) |",
            "| --- | --- | --- | --- |",
        ]
        for band, n, mean, precision in calibration([*s.verdicts, *s.held_verdicts]):
            lines.append(f"| {band} | {n} | {mean:.2f} | {pct(precision)} |")
    return "\n".join(lines) + "\n"


READINGS_HEADER = ["set", "file", "line", "subject", "relation", "object", "verdict", "confidence", "sentence"]


def readings_rows(score: SetScore, held: bool = False) -> list[list[str]]:
    """Every distinct fact of a set with its verdict ('' while unjudged), confidence and sentence: the list a reader
    goes through to see what changed between two runs (``diff`` two copies of bench/out/readings.tsv). With
    ``held``, the facts held back below the threshold instead (bench/out/held-readings.tsv): what a change of the
    confidence model would show or hide."""
    rows = []
    for fact, verdict in score.held_verdicts if held else score.verdicts:
        rows.append(
            [
                score.name,
                fact.file,
                str(fact.line),
                fact.subject.rsplit("/", 1)[-1],
                fact.relation,
                fact.object.rsplit("/", 1)[-1],
                verdict,
                f"{fact.confidence:.2f}",
                " ".join(fact.sentence.split()),
            ]
        )
    return sorted(rows, key=lambda r: (r[1], int(r[2]), r[3], r[4], r[5]))


def write_results(text: str, path: Path = HERE / "RESULTS.md", marker: str = "quality") -> None:
    """Replace one marked section of RESULTS.md (the speed tables and other sections stay)."""
    start, end = f"<!-- {marker} -->", f"<!-- /{marker} -->"
    block = f"{start}\n{text}{end}\n"
    old = path.read_text("utf-8") if path.exists() else "# Benchmark results\n"
    if start in old and end in old:
        new = old[: old.index(start)] + block + old[old.index(end) + len(end) + 1 :]
    else:
        new = old.rstrip("\n") + "\n\n" + block
    path.write_text(new, "utf-8")


def run(sets: list[str]) -> list[SetScore]:
    out = []
    for name in sets:
        notes, gold_dir = SETS[name]
        if not any(notes.glob("*.md")):
            continue  # no held-out files between rounds (bench/corpus/HOLDOUT.md)
        with tempfile.TemporaryDirectory(prefix=f"kg-quality-{name}-") as tmp:
            out.append(score_set(name, notes, gold_dir, Path(tmp)))
    return out


def main(argv: list[str]) -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m bench quality", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "sets", nargs="*", help="dev, example, holdout, unseen-p, unseen-p2, seen-p (default: dev example; the others only when named)"
    )
    parser.add_argument("--missed", action="store_true", help="list the gold facts not found")
    parser.add_argument("--no-write", action="store_true", help="print only; leave bench/RESULTS.md alone")
    parser.add_argument("--set-floors", action="store_true", help="record each file's F1 as its floor (tests hold it)")
    args = parser.parse_args(argv)
    # held-out files are read on purpose, once a round, never as a side effect of a tuning run
    scores = run(args.sets or ["dev", "example"])
    text = report(scores)
    print(text)
    OUT.mkdir(exist_ok=True)
    with (OUT / "to-judge.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        for s in scores:
            w.writerows(s.to_judge)
    with (OUT / "junk-on-facts.txt").open("w", encoding="utf-8") as fh:
        # discovered concepts judged junk that stand on a fact: what `kg viz` draws, the junk a user sees first
        for s in scores:
            fh.writelines(f"{s.name}\t{lab}\n" for lab in sorted(s.junk_on_facts))
    with (OUT / "held-to-judge.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        for s in scores:
            w.writerows(s.held_to_judge)
    with (OUT / "readings.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(READINGS_HEADER)
        for s in scores:
            w.writerows(readings_rows(s))
    with (OUT / "held-readings.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(READINGS_HEADER)
        for s in scores:
            w.writerows(readings_rows(s, held=True))
    (OUT / "concepts-to-judge.txt").write_text("\n".join(c for s in scores for c in s.concepts_to_judge) + "\n")
    (OUT / "duplicates-to-judge.tsv").write_text(
        "".join(f"{a}\t{b}\n" for s in scores for a, b in s.duplicates_unjudged)
    )
    (OUT / "quality.json").write_text(
        json.dumps(
            {
                s.name: {f.name: {"precision": f.precision, "recall": f.recall, "f1": f.f1} for f in s.files}
                for s in scores
            },
            indent=1,
        )
    )
    pending = sum(len(s.to_judge) for s in scores)
    if pending:
        print(f"{pending} facts not judged yet: bench/out/to-judge.tsv", file=sys.stderr)
    if args.missed:
        for s in scores:
            for f in s.files:
                for m in f.missed:
                    print(f"{s.name}/{f.name} missed {m}")
    if not args.no_write:
        write_results(text)
    if args.set_floors:
        floors = json.loads(FLOORS.read_text("utf-8")) if FLOORS.exists() else {}
        floors = {k: v for k, v in floors.items() if k.split("/", 1)[0] not in {s.name for s in scores}}
        floors.update(
            {
                f"{s.name}/{f.name}": math.floor(f.f1 * 100) / 100
                for s in scores
                if SETS[s.name][1] is not None  # no F1 without gold
                for f in s.files
            }
        )
        FLOORS.write_text(json.dumps(floors, indent=1, sort_keys=True) + "\n")
        print(f"wrote {FLOORS}")


if __name__ == "__main__":
    main(sys.argv[1:])
