"""ontology/mlglossary.ttl: machine-learning terms from the Machine Learning Glossary (CC BY 4.0;
ontology/MLGLOSSARY.md) that the rest of the lexicon lacked, and other names the glossary gives known concepts."""

from __future__ import annotations

import re

from kg.extraction.mentions import lexicon_matcher
from kg.pipeline import extract
from kg.resources import ontology_dir, ontology_files

from conftest import assert_lexicon_entries, lexicon_file_concepts

C = "https://w3id.org/kg-notes/concept/"
KG = "https://w3id.org/kg-notes/ns#"
MLGLOSSARY = ontology_dir() / "mlglossary.ttl"


def test_mlglossary_ttl_is_loaded_and_credits_its_source():
    assert MLGLOSSARY in ontology_files()
    text = MLGLOSSARY.read_text(encoding="utf-8")
    header = text.split("@prefix", 1)[0]
    assert "Creative Commons Attribution 4.0" in header and "machine-learning-glossary/glossary" in header
    assert re.search(r"commit [0-9a-f]{40}", header)
    # every entry names the glossary page it comes from
    entries = [line for line in text.splitlines() if line.startswith("c:")]
    assert entries and all(re.search(r"# terms/[\w.-]+\.md$", line) for line in entries)


def test_every_glossary_concept_has_a_class_and_an_english_name_and_no_other_concepts_label(vocab):
    own = lexicon_file_concepts(MLGLOSSARY)
    assert len(own) >= 100
    assert "@zh" not in MLGLOSSARY.read_text(encoding="utf-8")
    classes = {KG + n for n in ("Technique", "Model", "Task", "Problem", "Concept", "Component", "Optimization",
                                "Regularization", "Initialization")}
    assert_lexicon_entries(vocab, own, classes)


def test_core_terms_are_known_in_the_forms_notes_write(vocab):
    matcher = lexicon_matcher(vocab)
    text = "Bagging and boosting, a bag-of-words model, Gibbs sampling, one-hot encoding, IoU and the hinge loss."
    found = {m.concept.removeprefix(C) for m in matcher.find(text)}
    assert {"Bagging", "Boosting", "BagOfWords", "GibbsSampling", "OneHotEncoding", "JaccardIndex", "HingeLoss"} <= found


def test_the_glossarys_other_names_join_the_concepts_kg_has(vocab):
    # its redirect pages: 'Backprop' is backpropagation, 'Non-max suppression' is NMS
    matcher = lexicon_matcher(vocab)
    assert [m.concept.removeprefix(C) for m in matcher.find("Backprop")] == ["Backpropagation"]
    assert [m.concept.removeprefix(C) for m in matcher.find("Non-max suppression")] == ["NonMaximumSuppression"]


def test_a_name_that_would_swallow_an_everyday_adjective_or_an_abbreviation_is_left_out(vocab):
    # 'Parametric clustering' ends in a kind word, so a note's 'parametric' would fold into it; LDA stays linear
    # discriminant analysis (MLGLOSSARY.md, 'Left out')
    labels = {lab.text.lower() for c in vocab.concepts.values() for lab in c.all_labels}
    assert "parametric clustering" not in labels and "latent dirichlet allocation" not in labels
    assert "transduction" not in labels


def test_a_note_names_a_glossary_method_and_its_fact_is_read():
    # made-up note: the notes made no concept of bagging, the lexicon knows it
    facts = extract("# Ensembles\n\nRandom forests use bagging.\n")
    assert ("RandomForest", "uses", "Bagging", False) in facts
