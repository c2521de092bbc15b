"""ontology/sklearn.ttl: classic machine-learning methods named by scikit-learn's user guide (BSD-3-Clause;
ontology/SKLEARN.md), which the deep-learning taxonomy left out."""

from __future__ import annotations

import re

from kg.extraction.mentions import lexicon_matcher
from kg.pipeline import extract
from kg.resources import ontology_dir, ontology_files

from conftest import assert_lexicon_entries, lexicon_file_concepts

C = "https://w3id.org/kg-notes/concept/"
KG = "https://w3id.org/kg-notes/ns#"
SKLEARN = ontology_dir() / "sklearn.ttl"


def sklearn_concepts() -> set[str]:
    return lexicon_file_concepts(SKLEARN)


def test_sklearn_ttl_is_loaded_and_credits_its_source():
    assert SKLEARN in ontology_files()
    header = SKLEARN.read_text(encoding="utf-8").split("@prefix", 1)[0]
    assert "BSD-3-Clause" in header and "scikit-learn" in header
    # every block names the user-guide file and the commit it was read at
    assert re.findall(r"doc/modules/\w+\.rst at [0-9a-f]{40}", SKLEARN.read_text(encoding="utf-8"))


def test_every_sklearn_concept_has_a_class_and_an_english_name_and_no_other_concepts_label(vocab):
    own = sklearn_concepts()
    assert len(own) >= 60
    assert "@zh" not in SKLEARN.read_text(encoding="utf-8")
    classes = {KG + n for n in ("Technique", "Model", "Regularization", "Concept")}
    assert_lexicon_entries(vocab, own, classes)


def test_classic_names_are_known_in_the_forms_notes_write(vocab):
    matcher = lexicon_matcher(vocab)
    text = "A Gaussian mixture model, the lasso, DBSCAN, an isolation forest and k-fold cross-validation."
    found = {m.concept.removeprefix(C) for m in matcher.find(text)}
    assert {"GaussianMixtureModel", "Lasso", "DBSCAN", "IsolationForest"} <= found


def test_a_chinese_note_names_a_classic_method_through_its_english_name():
    # made-up note: the Chinese name given with the English one becomes the known concept's alias, so the fact
    # is read about the lexicon's concept, not one this note alone made
    facts = extract("# 笔记\n\n高斯混合模型（Gaussian Mixture Model）使用 EM 算法估计参数。\n")
    assert ("GaussianMixtureModel", "uses", "ExpectationMaximization", False) in facts
