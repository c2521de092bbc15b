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
