"""How the quality benchmark reads a gold file (fast; the corpus run itself is in test_quality.py)."""

from __future__ import annotations

from bench import quality


def test_a_gold_fact_matches_by_every_name_of_its_concept_line(tmp_path):
    gold = tmp_path / "x.gold"
    gold.write_text(
        "concept: Masked Language Modeling = MLM = 掩码语言建模\n"
        "concept: Transformer\n"
        "fact L3: BERT | uses | Masked Language Modeling\n",
        "utf-8",
    )
    (fact,) = quality.read_gold(gold).facts
    assert fact.object == {quality.key("Masked Language Modeling"), "mlm", "掩码语言建模"}
    assert fact.subject == {"bert"}


def _gold_fact(tmp_path, line: str) -> quality.GoldFact:
    gold = tmp_path / "x.gold"
    gold.write_text(line + "\n", "utf-8")
    (fact,) = quality.read_gold(gold).facts
    return fact


def test_a_graph_fact_matches_the_gold_relations_the_ontology_entails(tmp_path):
    transformer, encoding = {"transformer"}, {quality.key("Positional Encoding")}
    uses = _gold_fact(tmp_path, "fact L1: Transformer | uses | Positional Encoding")
    part = _gold_fact(tmp_path, "fact L1: Positional Encoding | partOf | Transformer")
    # "PE partOf Transformer" entails "Transformer uses PE" (kg:hasPart ⊑ kg:uses, inverse of kg:partOf)
    assert quality._compatible("partOf", encoding, transformer, uses)
    # … but not the other way: using a thing does not make it a part
    assert not quality._compatible("uses", transformer, encoding, part)
    # a non-symmetric relation never matches reversed, a symmetric one does
    assert not quality._compatible("uses", encoding, transformer, uses)
    compared = _gold_fact(tmp_path, "fact L1: Transformer | comparedWith | Positional Encoding")
    assert quality._compatible("comparedWith", encoding, transformer, compared)


def test_a_trap_is_hit_through_an_entailed_relation_too(tmp_path):
    trap = _gold_fact(tmp_path, "trap L1: VGG | uses | LRN")
    assert trap.trap
    assert quality._compatible("partOf", {"lrn"}, {"vgg"}, trap)
