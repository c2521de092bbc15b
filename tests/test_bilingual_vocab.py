"""ontology/bilingual.ttl: core machine-learning terms with the English and Chinese names two licensed English–Chinese
glossaries pair (d2l-zh, Apache-2.0; Microsoft AI-System, CC BY 4.0; ontology/BILINGUAL.md)."""

from __future__ import annotations

import re

from kg.extraction.mentions import lexicon_matcher
from kg.pipeline import extract
from kg.resources import ontology_dir, ontology_files

from conftest import assert_lexicon_entries, lexicon_file_concepts

C = "https://w3id.org/kg-notes/concept/"
KG = "https://w3id.org/kg-notes/ns#"
BILINGUAL = ontology_dir() / "bilingual.ttl"


def bilingual_concepts() -> set[str]:
    return lexicon_file_concepts(BILINGUAL)


def test_bilingual_ttl_is_loaded_and_credits_both_sources():
    assert BILINGUAL in ontology_files()
    header = BILINGUAL.read_text(encoding="utf-8").split("@prefix", 1)[0]
    assert "d2l-ai/d2l-zh" in header and "microsoft/AI-System" in header
    assert "Creative Commons Attribution 4.0" in header and "Apache License 2.0" in header
    assert len(re.findall(r"\b[0-9a-f]{40}\b", header)) >= 2  # the commits the glossaries were read at


def test_every_entry_has_a_class_an_english_name_and_no_other_concepts_label(vocab):
    own = bilingual_concepts()
    assert len(own) >= 30
    classes = {KG + n for n in ("Technique", "Model", "Component", "Concept", "Problem", "Task", "Optimization")}
    assert_lexicon_entries(vocab, own, classes)


def test_the_chinese_and_the_english_name_are_one_concept(vocab):
    matcher = lexicon_matcher(vocab)
    zh = {m.concept for m in matcher.find("训练时使用负采样和重放缓冲区，注意鞍点。")}
    en = {m.concept for m in matcher.find("Training uses negative sampling and a replay buffer; mind saddle points.")}
    assert zh == en == {C + "NegativeSampling", C + "ReplayBuffer", C + "SaddlePoint"}


def test_an_ambiguous_chinese_compound_is_not_a_name():
    # 特征值 is an eigenvalue and also "a feature's value" (特征 + 值), as in "选择增益最大的那个特征的特征值作为分裂点"
    assert "特征值" not in BILINGUAL.read_text(encoding="utf-8")
    assert not extract("# 笔记\n\nXGBoost 选择增益最大的特征的特征值作为最佳分裂点。\n")


def test_notes_in_either_language_give_the_same_fact():
    zh = extract("# 笔记\n\nWord2Vec 使用负采样来加速训练。\n")
    en = extract("# Notes\n\nWord2Vec uses negative sampling to speed up training.\n")
    fact = ("Word2Vec", "uses", "NegativeSampling", False)
    assert fact in zh and fact in en
