"""ontology/aio.ttl: the learning paradigms, model families and tasks taken from the Artificial
Intelligence Ontology (AIO, CC BY 4.0; ontology/AIO.md), and the field-level concepts concepts.ttl
names in both languages (reinforcement learning, supervised learning …)."""

from __future__ import annotations

import re

import pytest

from kg.extraction.mentions import discover, fold_key, lexicon_matcher
from kg.extraction.structure import parse_text
from kg.resources import ontology_dir, ontology_files

from conftest import lexicon_file_concepts

C = "https://w3id.org/kg-notes/concept/"
KG = "https://w3id.org/kg-notes/ns#"
AIO = ontology_dir() / "aio.ttl"


def aio_concepts() -> set[str]:
    """The IRIs aio.ttl gives a class to (its own concepts, not the altLabels it adds to known ones)."""
    return lexicon_file_concepts(AIO)


def test_aio_ttl_is_loaded_and_shipped_with_the_other_ontology_files():
    assert AIO in ontology_files()
    header = AIO.read_text(encoding="utf-8").split("@prefix", 1)[0]
    assert "CC BY 4.0" in header and "397851c547d1c4d8f06ef184f63c1d40bc86937a" in header  # licence, source commit


def test_every_aio_concept_has_a_kg_class_and_an_english_label_and_no_chinese_one(vocab):
    own = aio_concepts()
    assert len(own) >= 60
    assert "@zh" not in AIO.read_text(encoding="utf-8")
    glossary_zh = set(re.findall(r'"([^"]+)"@zh', (ontology_dir() / "zh-labels.ttl").read_text(encoding="utf-8")))
    classes = {KG + n for n in ("Technique", "Model", "Component", "ActivationFunction", "Task")}
    for iri in own:
        entry = vocab.concepts[iri]
        assert entry.cls in classes, iri
        assert [lab for lab in entry.pref if lab.lang == "en"], iri
        # AIO gives no Chinese names and none were made up: the only ones an AIO concept has come from the
        # licensed glossaries of zh-labels.ttl (ontology/ZH-LABELS.md), never from aio.ttl
        zh = {lab.text for lab in entry.all_labels if lab.lang == "zh"}
        assert zh <= glossary_zh, (iri, zh - glossary_zh)


def test_no_aio_label_is_a_label_of_another_concept(vocab):
    owner: dict[str, set[str]] = {}
    for entry in vocab.concepts.values():
        for lab in entry.all_labels:
            owner.setdefault(fold_key(lab.text), set()).add(entry.iri)
    shared = {k: iris for k, iris in owner.items() if len(iris) > 1 and iris & aio_concepts()}
    assert not shared


@pytest.fixture(scope="module")
def matcher(vocab):
    return lexicon_matcher(vocab)


def test_reinforcement_learning_in_chinese_and_english_is_one_concept(matcher, vocab):
    # made-up notes: the paradigm named three ways, in two languages, and defined with its abbreviation
    text = (
        "## 强化学习\n\n"
        "强化学习（Reinforcement Learning，简称RL）让智能体从奖励中学习。\n\n"
        "Reinforcement learning differs from supervised learning: an RL agent is never shown the right action.\n"
    )
    found = {(m.surface, m.concept.removeprefix(C)) for m in matcher.find(text)}
    rl = {
        concept
        for surface, concept in found
        if surface in ("强化学习", "Reinforcement Learning", "Reinforcement learning", "RL")
    }
    assert rl == {"ReinforcementLearning"}
    assert ("supervised learning", "SupervisedLearning") in found
    # the bracket gives names kg knows already: nothing new is discovered from it
    assert not [d for d in discover(parse_text(text, "x.md"), matcher, vocab) if d.label in ("RL", "强化学习")]


def test_a_longer_name_ending_in_a_paradigm_keeps_its_abbreviation_to_itself(matcher, vocab):
    # '基于人工反馈的强化学习（RLHF）': the run before the bracket is cut to its last word, 强化学习; RLHF is a
    # concept of its own, so the two known names of one bracket define nothing and RLHF stays apart from RL
    doc = parse_text("## 对齐\n\n我们使用基于人工反馈的强化学习（RLHF）微调语言模型，RLHF 依赖奖励模型。\n", "x.md")
    assert not [d for d in discover(doc, matcher, vocab) if d.label == "RLHF"]
    found = {m.surface: m.concept.removeprefix(C) for m in matcher.find(doc.items[0].spans[0].text)}
    assert found["RLHF"] == "RLHF" and found["强化学习"] == "ReinforcementLearning"


def test_paradigms_are_distinct_concepts(matcher):
    text = "监督学习、无监督学习、自监督学习、半监督学习 and self-supervised learning"
    found = [m.concept.removeprefix(C) for m in matcher.find(text)]
    assert found == [
        "SupervisedLearning",
        "UnsupervisedLearning",
        "SelfSupervisedLearning",
        "SemiSupervisedLearning",
        "SelfSupervisedLearning",
    ]


def test_no_two_lexicon_concepts_share_a_name_up_to_an_ing_ending(vocab):
    # Every lexicon file together (concepts, taxonomy, aio, glossary, zh-labels): two concepts whose names a reader
    # takes for one name ('Masked Language Model' / 'Masked Language Modeling') would make the notes' definition
    # '掩码语言模型（Masked Language Model，MLM）' name two known concepts, and nothing would be defined (session 18)
    owner: dict[str, set[str]] = {}
    for entry in vocab.concepts.values():
        for lab in entry.all_labels:
            key = fold_key(lab.text)
            if key.isascii() and len(key) > 6 and key.endswith("ing"):
                key = key[:-3]
            owner.setdefault(key, set()).add(entry.iri)
    assert {k: iris for k, iris in owner.items() if len(iris) > 1} == {}
