from __future__ import annotations

import pytest

from kg.extract.mentions import discover, lexicon_matcher
from kg.extract.structure import parse_text

C = "https://w3id.org/kg-notes/concept/"


@pytest.fixture(scope="module")
def matcher(vocab):
    return lexicon_matcher(vocab)


def names(matcher, text):
    return [(m.surface, m.concept.removeprefix(C)) for m in matcher.find(text)]


def test_aliases_in_both_languages_and_any_case(matcher):
    assert names(matcher, "BN, batchnorm, Batch Normalization, 批归一化 and 批量归一化") == [
        ("BN", "BatchNorm"),
        ("batchnorm", "BatchNorm"),
        ("Batch Normalization", "BatchNorm"),
        ("批归一化", "BatchNorm"),
        ("批量归一化", "BatchNorm"),
    ]


def test_word_boundaries_for_latin_script(matcher):
    assert names(matcher, "BNN and PReLU and ReLUx") == [("PReLU", "PReLU")]
    assert names(matcher, "ReLUs and residual connections") == [
        ("ReLUs", "ReLU"),
        ("residual connections", "ResidualConnection"),
    ]
    assert names(matcher, "bn层在conv和relu之间") == [("bn层", "BatchNorm"), ("conv", "Convolution"), ("relu", "ReLU")]


def test_longest_match_wins(matcher):
    assert names(matcher, "Layer Normalization") == [("Layer Normalization", "LayerNorm")]
    assert names(matcher, "Leaky ReLU") == [("Leaky ReLU", "LeakyReLU")]
    assert names(matcher, "weight decay") == [("weight decay", "WeightDecay")]


def test_multiplication_signs_are_one_spelling(matcher):
    for text in ("1*1 卷积", "1x1 卷积", "1×1 卷积"):
        assert [c for _, c in names(matcher, text)] == ["Conv1x1"]


def test_all_capital_aliases_do_not_fire_on_common_words(matcher):
    assert names(matcher, "in deep layers") == []
    assert names(matcher, "IN layers") == [("IN", "InstanceNorm")]
    assert names(matcher, "bn 和 dropout") == [("bn", "BatchNorm"), ("dropout", "Dropout")]


def test_unknown_terms_become_concepts_from_headings_bold_and_acronyms(matcher, vocab):
    doc = parse_text(
        "## Capsule Networks\n\nQ: What does **dynamic routing** do?\nA: It routes with EM and CapsNet. OK.\n", "x.md"
    )
    found = {(d.label, d.how) for d in discover(doc, matcher, vocab)}
    assert found == {
        ("Capsule Networks", "heading"),
        ("dynamic routing", "bold"),
        ("EM", "acronym"),
        ("CapsNet", "acronym"),
    }


def test_label_like_bold_paragraphs_and_known_terms_are_not_discovered(matcher, vocab):
    doc = parse_text("## ResNet\n\n**背景介绍**\n\n2015 年 **BN** 很流行\n", "x.md")
    assert discover(doc, matcher, vocab) == []
