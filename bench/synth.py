"""Seeded synthetic data for benchmarks and scale tests.

- ``concept_graph_ntriples``: a concept graph (labels, classes, relations with
  fact records) of a given size, straight to N-Triples.
- ``note_collection``: Markdown note files in the example's formats (mixed
  Chinese and English, Q&A and plain blocks, lexicon and made-up concepts).
"""

from __future__ import annotations

import random
from pathlib import Path

C = "https://w3id.org/kg-notes/concept/"
KG = "https://w3id.org/kg-notes/ns#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
XSD_INT = "<http://www.w3.org/2001/XMLSchema#integer>"
CLASSES = ["Model", "Component", "Technique", "Problem", "Normalization", "Regularization", "Optimization"]
RELATIONS = ["uses", "partOf", "mitigates", "replaces", "improvesOn", "conflictsWith", "comparedWith", "causes"]
PREREQ = {"uses": False, "mitigates": False, "replaces": False, "improvesOn": False, "partOf": True}


def concept_graph_ntriples(n_concepts: int, edges_per_concept: float = 2.0, seed: int = 7, facts: bool = True) -> str:
    """A DAG-ish concept graph with dependsOn materialised, as N-Triples text (~10 triples per concept + ~14 per edge)."""
    rng = random.Random(seed)
    out: list[str] = []
    add = out.append
    for i in range(n_concepts):
        iri = f"<{C}Syn{i}>"
        cls = CLASSES[i % len(CLASSES)]
        add(f"{iri} <{RDF}type> <{KG}{cls}> .")
        add(f"{iri} <{RDF}type> <{SKOS}Concept> .")
        add(f'{iri} <{SKOS}prefLabel> "Synthetic concept {i}"@en .')
        add(f'{iri} <{SKOS}prefLabel> "合成概念{i}"@zh .')
        add(f'{iri} <{SKOS}altLabel> "SC{i}" .')
        q = f"<urn:kg-bench:q{i}>"
        add(f"{q} <{RDF}type> <{SCHEMA}Question> .")
        add(f'{q} <{SCHEMA}text> "What is synthetic concept {i}?"@en .')
        add(f"{q} <{SCHEMA}about> {iri} .")
        add(f'{q} <{KG}sourceFile> "bench/n{i // 100}.md" .')
        add(f'{q} <{KG}line> "{1 + i % 100}"^^{XSD_INT} .')
    n_edges = int(n_concepts * edges_per_concept)
    for e in range(n_edges):
        # two designated targets: the last concept is a hub that needs a fifth of the graph;
        # the one before it is a typical concept whose plan has tens of steps
        if e < 8:
            a, b = n_concepts - 1, rng.randrange(n_concepts // 2, n_concepts - 2)
        elif e < 11:
            a, b = n_concepts - 2, rng.randrange(1, min(60, n_concepts - 2))
        else:
            a = rng.randrange(1, max(2, n_concepts - 2))  # the two targets get only the edges above
            b = rng.randrange(0, a)  # always towards a lower number: acyclic
        rel = rng.choice(RELATIONS)
        s, o = f"<{C}Syn{a}>", f"<{C}Syn{b}>"
        if PREREQ.get(rel):
            s, o = o, s  # "lower partOf higher": every prerequisite still points to a lower number
        add(f"{s} <{KG}{rel}> {o} .")
        if rel in PREREQ:
            add(f"{o} <{KG}dependsOn> {s} ." if PREREQ[rel] else f"{s} <{KG}dependsOn> {o} .")
        if facts:
            f = f"<urn:kg-bench:f{e}>"
            add(f"{f} <{RDF}type> <{KG}Fact> .")
            add(f"{f} <{RDF}subject> {s} .")
            add(f"{f} <{RDF}predicate> <{KG}{rel}> .")
            add(f"{f} <{RDF}object> {o} .")
            add(f'{f} <{KG}cueText> "{rel}"@en .')
            add(f'{f} <{KG}confidence> "0.800"^^<http://www.w3.org/2001/XMLSchema#decimal> .')
            sentence = f"<urn:kg-bench:s{e}>"  # provenance as a build writes it: fact → sentence → item
            add(f"{f} <http://www.w3.org/ns/prov#wasDerivedFrom> {sentence} .")
            add(f"{sentence} <{RDF}type> <{KG}Sentence> .")
            add(f'{sentence} <{SCHEMA}text> "Synthetic concept {a} {rel} synthetic concept {b}."@en .')
            add(f'{sentence} <{KG}sourceFile> "bench/n{a // 100}.md" .')
            add(f'{sentence} <{KG}line> "{1 + a % 100}"^^{XSD_INT} .')
            add(f"{sentence} <http://www.w3.org/ns/prov#wasDerivedFrom> <urn:kg-bench:q{a}> .")
    return "\n".join(out) + "\n"


def build_synthetic_store(root: Path, n_concepts: int, edges_per_concept: float = 2.0, seed: int = 7) -> Path:
    """A real on-disk kg store holding the ontology plus a synthetic concept graph."""
    import tempfile

    from kg.extraction.rdf import ontology_triples
    from kg.store import GraphStore
    from kg.vocab import default_vocabulary

    store = GraphStore(root)
    store.root.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("wb", dir=store.root, suffix=".nt", delete=False) as handle:
        handle.write(ontology_triples(default_vocabulary()))
        handle.write(concept_graph_ntriples(n_concepts, edges_per_concept, seed).encode("utf-8"))
        path = Path(handle.name)
    try:
        store.publish(path, {"synthetic": n_concepts})
    finally:
        path.unlink(missing_ok=True)
    return store.root


LEXICON_TERMS_EN = [
    "ResNet",
    "BatchNorm",
    "Dropout",
    "ReLU",
    "LayerNorm",
    "Transformer",
    "VGG",
    "attention",
    "residual connection",
    "overfitting",
    "vanishing gradient",
    "Adam",
    "GELU",
    "DenseNet",
    "BERT",
]
LEXICON_TERMS_ZH = [
    "批归一化",
    "残差连接",
    "过拟合",
    "梯度消失",
    "多头注意力",
    "卷积",
    "池化",
    "正则化",
    "数据增强",
    "感受野",
]
CUES_EN = ["uses", "replaces", "mitigates", "is part of", "conflicts with", "improves on", "does not use"]
CUES_ZH = ["使用", "替代", "解决", "缓解", "不能同时使用", "的一部分", "没有使用"]


def _term(rng: random.Random, made_up: list[str]) -> str:
    pool = rng.random()
    if pool < 0.4:
        return rng.choice(LEXICON_TERMS_EN)
    if pool < 0.75:
        return rng.choice(LEXICON_TERMS_ZH)
    return rng.choice(made_up)


def note_text(rng: random.Random, index: int, target_bytes: int) -> str:
    made_up = [f"SynNet{index % 50}", f"Block{index % 30}X", f"ZetaNorm{index % 20}"]
    parts = [f"## {rng.choice(made_up + LEXICON_TERMS_EN[:6])}\n\n"]
    size = len(parts[0].encode())
    q = 0
    while size < target_bytes:
        q += 1
        a, b = _term(rng, made_up), _term(rng, made_up)
        style = rng.random()
        if style < 0.35:
            block = (
                f"- $Q$: {a} 为什么{rng.choice(CUES_ZH)} {b}？\n"
                f"    > $A$: {a} {rng.choice(CUES_ZH)} {b}，这导致计算量下降。<br>\n"
                f"    > {b} 和 {_term(rng, made_up)} 的关系很紧密。\n\n"
            )
        elif style < 0.6:
            block = f"Q: Why does {a} {rng.choice(CUES_EN)} {b}?\nA: Because {a} {rng.choice(CUES_EN)} {b} in most settings.\n\n"
        elif style < 0.75:
            block = f"{q}. {a} 和 {b} 有什么区别？\n\n{a} 相比 {b} 更稳定, {a} uses {_term(rng, made_up)}.\n\n"
        elif style < 0.9:
            block = f"**背景**\n\n{a} {rng.choice(CUES_ZH)} {b}，在 ImageNet 上取得了好成绩。\n\n"
        else:
            block = f"### Why {a}?\n\n{a} {rng.choice(CUES_EN)} {b}. See `code({q})` and $x_{q}$.\n\n"
        parts.append(block)
        size += len(block.encode())
    return "".join(parts)


def note_collection(folder: Path, total_bytes: int, files: int | None = None, seed: int = 11) -> list[Path]:
    """Write a reproducible collection of about ``total_bytes`` in ``files`` files."""
    rng = random.Random(seed)
    files = files or max(1, total_bytes // 10_000)
    folder.mkdir(parents=True, exist_ok=True)
    per_file = max(200, total_bytes // files)
    paths = []
    for i in range(files):
        sub = folder / f"topic{i % 10}"
        sub.mkdir(exist_ok=True)
        path = sub / f"note{i:05}.md"
        path.write_text(note_text(rng, i, per_file), "utf-8")
        paths.append(path)
    return paths
