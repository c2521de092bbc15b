"""Speed-ups that must not change what kg reads: each is checked against the slow way it replaced."""

from __future__ import annotations

import gc

from kg.text import _FOLD, _REMEMBER_LENGTH, _normalize, normalize


def test_ascii_folding_takes_the_short_way_to_the_same_text():
    """ASCII text skips the translation table ('-', '*' and line breaks are the only ASCII characters it maps)."""
    for text in ["Batch-Normalization", "3*3 conv", "ResNet-50", "a--b**c", "", "Plain words only", "Fast\nR-CNN\r\n"]:
        assert _normalize(text) == text.lower().translate(_FOLD)
    assert sorted(chr(k) for k in _FOLD if k < 128) == ["\n", "\r", "*", "-"]


def test_remembered_folding_is_the_same_as_folding_again():
    """Short strings are folded once and remembered; the answer is the one folding would give."""
    samples = [
        "BN",
        "批归一化（BN）",
        "Ｌａｙｅｒ　Ｎｏｒｍ",
        "使⽤",
        "İstanbul-Net",  # lower() makes two characters of İ: kept as it is, offsets stay
        "1×1 卷积",
        "x" * (_REMEMBER_LENGTH + 1),
        "Attention Is All You Need — a long sentence that is folded each time, never remembered.",
    ]
    for text in samples:
        first, second = normalize(text), normalize(text)
        assert first == second == _normalize(text)
        assert len(first) == len(text)


def test_a_build_collects_garbage_less_often_and_restores_the_collector():
    from kg.pipeline import _fewer_collections

    before = gc.get_threshold()
    with _fewer_collections():
        assert gc.get_threshold()[0] >= 50_000
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_reference_sections_are_told_once_per_path_and_the_same_way(vocab):
    """_in_references remembers its answer per section path within a document; the answer is the
    one the titles give (a numbered 'References' heading anywhere on the path)."""
    from kg.extraction.facts import Relator
    from kg.extraction.mentions import lexicon_matcher
    from kg.extraction.structure import parse_text

    relator = Relator(vocab, lexicon_matcher(vocab), {})
    doc = parse_text("# Notes\n\n## BN\n\nBN uses statistics.\n\n## 5. References\n\n- A paper about BN.\n\n- Another.\n", "r.md")
    answers = [relator._in_references(item) for item in doc.items]
    assert answers == [False, True, True]
    assert [relator._in_references(item) for item in doc.items] == answers  # remembered, the same
    assert len(relator._reference_paths) == 2


def test_document_triples_name_their_nodes_as_the_iri_functions_do():
    """document_ntriples builds the file IRI once per document and each sentence node once (speed);
    the nodes it writes are still exactly item_iri's, sentence_iri's and fact_iri's, and a sentence
    that states two facts is one node with its text once."""
    import pyoxigraph as ox

    from kg.extraction.rdf import document_ntriples, fact_iri, item_iri, sentence_iri
    from kg.extraction.structure import parse_text
    from kg.model import Assertion, ItemLinks
    from kg.terms import KG, SCHEMA

    doc = parse_text("# Nets\n\nResNet uses BatchNorm and ReLU.\n", "a b/笔记 1.md")
    text = "ResNet uses BatchNorm and ReLU."
    facts = [
        Assertion("https://w3id.org/kg-notes/concept/c1", KG.uses, "https://w3id.org/kg-notes/concept/c2", "uses", False, text, 3, 0),
        Assertion("https://w3id.org/kg-notes/concept/c1", KG.uses, "https://w3id.org/kg-notes/concept/c3", "uses", True, text, 3, 0, confidence=0.5),
    ]
    graph = ox.Store()
    nt = document_ntriples(doc, facts, [ItemLinks() for _ in doc.items])
    graph.bulk_load(nt.encode(), format=ox.RdfFormat.N_TRIPLES)
    sentence = ox.NamedNode(sentence_iri(doc.source, 3, text))
    item = ox.NamedNode(item_iri(doc.source, doc.items[0]))
    assert len(list(graph.quads_for_pattern(sentence, ox.NamedNode(SCHEMA.text), None))) == 1
    assert len(list(graph.quads_for_pattern(item, None, None))) > 0
    for a in facts:
        record = ox.NamedNode(fact_iri(a, doc.source))
        assert [q.object for q in graph.quads_for_pattern(record, ox.NamedNode(KG.cueText), None)] == [
            ox.Literal("uses", language="en")
        ]
        assert len(list(graph.quads_for_pattern(record, None, sentence))) == 1


def _clauses_char_by_char(chunk: str) -> list[tuple[int, int]]:
    """sentences.clause_bounds as it was written before it looked only at brackets and marks (the reference)."""
    clauses, cpos, depth = [], 0, 0
    for i, ch in enumerate(chunk):
        if ch in "(（[【":
            depth += 1
        elif ch in ")）]】" and depth:
            depth -= 1
        elif depth == 0 and ch in "，,：:":
            clauses.append((cpos, i + 1))
            cpos = i + 1
    clauses.append((cpos, len(chunk) + 1))
    return clauses


def test_clauses_visit_only_marks_and_split_as_before():
    import random

    from kg.extraction.facts.sentences import clause_bounds

    assert clause_bounds("Dropout（随机失活，正则化）：减少过拟合, 常用") == [(0, 18), (18, 24), (24, 28)]
    assert clause_bounds(")a, (b, c), d") == [(0, 3), (3, 11), (11, 14)]  # an unopened bracket closes nothing
    rng = random.Random(12)
    for _ in range(3000):
        text = "".join(rng.choice("ab ,，:：(（)）[]【】。") for _ in range(rng.randrange(0, 40)))
        assert clause_bounds(text) == _clauses_char_by_char(text), text
