"""The bundled example, end to end: build, the design's facts, provenance, SHACL."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import facts


def test_design_examples_are_direct_triples(example):
    got = facts(example)
    assert ("ResNet", "uses", "BatchNorm") in got
    assert ("BatchNorm", "conflictsWith", "Dropout") in got
    assert ("Conv3x3", "replaces", "LargeKernel") in got
    assert ("VGG", "doesNotUse", "LRN") in got
    assert ("ResidualConnection", "mitigates", "DegradationProblem") in got
    assert ("LargeKernel", "causes", "ComputationalCost") in got
    assert ("LayerNorm", "comparedWith", "BatchNorm") in got


def test_negations_in_the_example_are_never_positive(example):
    got = facts(example)
    assert ("VGG", "uses", "LRN") not in got
    assert ("Transformer", "uses", "BatchNorm") not in got
    assert ("Transformer", "doesNotUse", "BatchNorm") in got


def test_the_issue_query_finds_resnet(example):
    rows = example.select('SELECT ?x WHERE { ?x kg:uses ?bn . ?bn skos:altLabel "BN" }')
    assert [r["x"].value.rsplit("/", 1)[-1] for r in rows] == ["ResNet"]


def test_every_fact_has_provenance_to_its_sentence(example):
    rows = example.select("""
        SELECT ?cue ?sentence ?line ?file ?neg ?q WHERE {
          ?f a kg:Fact ; rdf:subject c:BatchNorm ; rdf:predicate kg:conflictsWith ; rdf:object c:Dropout ;
             kg:cueText ?cue ; prov:wasDerivedFrom ?from .
          ?from a kg:Sentence ; schema:text ?sentence ; kg:line ?line ; kg:sourceFile ?file ;
             prov:wasDerivedFrom ?q . ?q a schema:Question
          OPTIONAL { ?f kg:negated ?neg } }""")
    assert len(rows) == 1
    row = rows[0]
    assert row["cue"].value == "不能同时使用" and "dropout" in row["sentence"].value
    assert int(row["line"].value) == 219 and row["file"].value.endswith(".md") and row.get("neg") is None
    orphans = example.select(
        "SELECT ?s ?p ?o WHERE { ?p a kg:ConceptRelation . FILTER(?p != kg:dependsOn) ?s ?p ?o "
        "FILTER NOT EXISTS { ?f rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } }"
    )
    assert orphans == []  # no relation triple without a sentence behind it


def test_questions_answers_and_their_concepts(example):
    total = example.select("SELECT (COUNT(?q) AS ?n) WHERE { ?q a schema:Question }")[0]["n"].value
    linked = example.select(
        "SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE { ?q a schema:Question . "
        "{ ?q schema:about ?c } UNION { ?q schema:acceptedAnswer/schema:about ?c } }"
    )[0]["n"].value
    assert int(total) == 55 and int(linked) == 55
    row = example.select(
        "SELECT ?text ?line ?answer WHERE { ?q a schema:Question ; schema:text ?text ; kg:line ?line ; "
        'schema:acceptedAnswer/schema:text ?answer ; schema:about c:LRN . FILTER(CONTAINS(?text, "VGG")) }'
    )[0]
    assert int(row["line"].value) == 72 and row["answer"].value.startswith("没有")
    assert row["text"].language == "zh"


def test_depends_on_is_materialised_from_the_ontology(example):
    closure = {r["x"].value.rsplit("/", 1)[-1] for r in example.select("SELECT ?x WHERE { c:ResNet kg:dependsOn+ ?x }")}
    assert {"BatchNorm", "ResidualConnection", "DegradationProblem", "InternalCovariateShift"} <= closure
    # partOf is declared through its inverse: a part comes before the whole
    assert example.select("ASK { c:VGG kg:dependsOn c:ConvBlock }") is not None
    assert example.query("ASK { c:VGG kg:dependsOn c:ConvBlock }").boolean
    assert not example.query("ASK { c:ConvBlock kg:dependsOn c:VGG }").boolean
    # negative and symmetric relations never order study
    assert not example.query("ASK { c:VGG kg:dependsOn c:LRN }").boolean
    assert not example.query("ASK { c:BatchNorm kg:dependsOn c:Dropout }").boolean


def test_the_lexicon_is_large_and_bilingual(example):
    row = example.select("""SELECT (COUNT(DISTINCT ?c) AS ?n) (COUNT(DISTINCT ?zh) AS ?nzh) WHERE {
        ?c a skos:Concept ; skos:prefLabel ?en . FILTER(LANG(?en) = "en")
        OPTIONAL { ?c skos:prefLabel ?zh FILTER(LANG(?zh) = "zh") } }""")[0]
    assert int(row["n"].value) >= 150 and int(row["nzh"].value) >= 100
    for name in ("DenseNet", "Adam", "GELU", "BERT"):
        assert example.query(f"ASK {{ c:{name} a skos:Concept }}").boolean


@pytest.mark.slow
def test_built_graph_conforms_to_the_shacl_shapes(example_store, example):
    import pyshacl
    import rdflib

    from kg.export import export
    from kg.resources import shapes_file

    data = rdflib.Graph().parse(data=export(example, "nt").decode("utf-8"), format="nt")
    shapes = rdflib.Graph().parse(shapes_file(), format="turtle")
    conforms, _, report = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    assert conforms, report


def test_shacl_shapes_catch_a_broken_graph():
    import pyshacl
    import rdflib

    from kg.resources import shapes_file

    broken = rdflib.Graph().parse(
        data="""
        @prefix kg: <https://w3id.org/kg-notes/ns#> . @prefix schema: <https://schema.org/> .
        <urn:q> a schema:Question . <urn:f> a kg:Fact .""",
        format="turtle",
    )
    conforms, _, _ = pyshacl.validate(broken, shacl_graph=rdflib.Graph().parse(shapes_file()), inference="none")
    assert not conforms


EXPECTED = Path(__file__).parent / "expected"


def test_the_example_gives_exactly_its_judged_facts(example):
    """The graph's relation triples are the reviewed set: a missing fact or a new one fails."""
    expected = set()
    for line in (EXPECTED / "example-facts.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            s, p, o, verdict, _ = line.split("\t")
            assert verdict in ("correct", "borderline")
            expected.add((s, p, o))
    got = facts(example)
    assert got - expected == set(), "facts nobody has judged: judge them and update example-facts.tsv"
    assert expected - got == set(), "facts the example used to give are gone"


def test_no_trap_of_the_readers_gold_appears(example):
    from bench.quality import read_gold, trap_hits

    rows = example.select("SELECT ?s ?p ?o WHERE { ?p a kg:ConceptRelation . ?s ?p ?o FILTER(?p != kg:dependsOn) }")
    triples = [(r["s"].value, r["p"].value.rsplit("#", 1)[-1], r["o"].value) for r in rows]
    labels: dict[str, list[str]] = {}
    for r in example.select("SELECT ?c ?l WHERE { ?c skos:prefLabel|skos:altLabel ?l }"):
        labels.setdefault(r["c"].value, []).append(r["l"].value)
    gold = read_gold(EXPECTED / "example.gold")
    assert sum(g.trap for g in gold.facts) >= 10
    assert trap_hits(triples, labels, gold) == []
