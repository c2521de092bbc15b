"""Relation extraction on small notes written for the test, in both languages."""

from __future__ import annotations

import pytest

from kg.pipeline import extract


def triples(text):
    return {(s, p, o) for s, p, o, _ in extract(text)}


def test_cue_between_mentions_in_english_and_chinese():
    assert triples("ResNet uses BatchNorm.") == {("ResNet", "uses", "BatchNorm")}
    assert triples("ResNet 使用 BN。") == {("ResNet", "uses", "BatchNorm")}
    assert triples("残差连接可以解决退化问题。") == {("ResidualConnection", "mitigates", "DegradationProblem")}


def test_section_topic_is_the_subject_when_the_sentence_has_none():
    text = "### ResNet\n\n- $Q$: BN 和 conv relu 的关系是什么 ?\n    > $A$: bn 层在 conv 和 relu 之间\n"
    assert ("ResNet", "uses", "BatchNorm") in triples(text)
    # a vague cue ("加入") with a subject only inherited from the heading: recorded, below the default threshold
    weak = "## ResNet\n\nQ: 加入 BN 后要调整什么？\nA: 批大小。\n"
    assert ("ResNet", "uses", "BatchNorm") not in triples(weak)
    assert ("ResNet", "uses", "BatchNorm", False) in extract(weak, min_confidence=0.0)


def test_coordinated_objects_and_symmetric_pair_cues():
    assert triples("VGG 由五个卷积块和三个全连接层构成。") == {
        ("ConvBlock", "partOf", "VGG"),
        ("FullyConnected", "partOf", "VGG"),
    }
    assert triples("为什么不能同时使用 bn 和 dropout") == {("BatchNorm", "conflictsWith", "Dropout")}
    assert triples("BN and Dropout cannot be used together.") == {("BatchNorm", "conflictsWith", "Dropout")}
    assert triples("ReLU 相比 Sigmoid 更快。") == {("ReLU", "comparedWith", "Sigmoid")}


@pytest.mark.parametrize(
    "text",
    [
        "VGG 没有使用 LRN。",
        "VGG 不使用 LRN。",
        "VGG does not use LRN.",
        "VGG doesn't use LRN.",
        "Q: VGG 是否使用了 LRN？\nA: 没有，因为 LRN 没用。",
        "Q: Does VGG use LRN?\nA: No, it does not help.",
    ],
)
def test_negation_never_gives_a_positive_fact(text):
    facts = extract(text)
    assert ("VGG", "uses", "LRN", False) not in facts
    assert ("VGG", "doesNotUse", "LRN", True) in facts


@pytest.mark.parametrize(
    "text",
    [
        "Transformer 使用 LayerNorm 而不是 BatchNorm。",
        "Transformer 使用 LayerNorm 而非 BatchNorm。",
        "The Transformer uses LayerNorm instead of BatchNorm.",
        "The Transformer uses LayerNorm rather than BatchNorm.",
    ],
)
def test_contrast_keeps_one_side_and_negates_the_other(text):
    got = triples(text)
    assert ("Transformer", "uses", "LayerNorm") in got
    assert ("Transformer", "uses", "BatchNorm") not in got
    assert ("Transformer", "doesNotUse", "BatchNorm") in got
    assert ("LayerNorm", "comparedWith", "BatchNorm") in got


def test_negated_relation_without_a_negative_form_states_nothing():
    assert triples("Dropout 不能解决退化问题。") == set()
    assert triples("Dropout does not solve the degradation problem.") == set()


def test_yes_no_question_takes_its_polarity_from_the_answer():
    assert triples("Q: ResNet 是否使用了 BN？\nA: 是的，每个卷积后都有。") == {("ResNet", "uses", "BatchNorm")}
    assert triples("Q: ResNet 是否使用了 BN？\nA: 不确定。") == set()


def test_wh_question_takes_its_object_from_the_answer():
    assert triples("Q: AlexNet 中使用了什么激活函数？\nA: ReLU。") == {("AlexNet", "uses", "ReLU")}
    assert triples("Q: Which activation function does VGG use?\nA: ReLU after every convolution.") == {
        ("VGG", "uses", "ReLU")
    }
    assert triples("Q: AlexNet 使用了哪些减少过拟合的方法\nA: 数据扩增 和 Dropout。") >= {
        ("AlexNet", "uses", "DataAugmentation"),
        ("AlexNet", "uses", "Dropout"),
    }


def test_inverse_and_suffix_cues():
    assert triples("如何将赫布理论运用到 Inception 的设计中") == {("InceptionModule", "uses", "HebbianTheory")}
    assert triples("Inception 模块是 GoogLeNet 的一部分。") == {("InceptionModule", "partOf", "GoogLeNet")}
    assert triples("Overfitting is caused by large models without regularization.") == set()
    assert triples("Vanishing gradients are mitigated by residual connections.") == {
        ("ResidualConnection", "mitigates", "VanishingGradient")
    }


def test_anaphora_and_hypotheticals():
    assert triples("第一个层的卷积核过大，这导致计算量会很大") == {("LargeKernel", "causes", "ComputationalCost")}
    assert triples("### VGG\n\n如果使用 LRN，计算量会增加。") == set()  # a hypothetical, not a fact about VGG


def test_nominalised_cues_state_nothing():
    assert triples("而Dropout层的引入可能会削弱BN层的正则化效果") == set()


def test_unknown_heading_concept_is_a_topic():
    got = triples("## CapsNet\n\nQ: 为什么？\nA: 使用 dynamic routing 和 squash，采用 ReLU。\n")
    assert ("CapsNet", "uses", "ReLU") in got


def test_english_notes_in_other_layouts():
    text = (
        "# Sequence models\n\n## LSTM\n\n"
        "1. Why does the LSTM use gates?\n   The LSTM uses a gating mechanism to mitigate vanishing gradients.\n\n"
        "2. What replaced the RNN in machine translation?\n   The Transformer replaced RNNs.\n\n"
        "## Notes on training\n\n| Model | Uses |\n| --- | --- |\n| LSTM | gates |\n\n"
        "Adam is often used instead of plain SGD.\n"
    )
    got = triples(text)
    # "X uses A to mitigate B": A mitigates B (the second cue's subject is the first cue's object)
    assert ("LSTM", "uses", "GatingMechanism") in got and ("GatingMechanism", "mitigates", "VanishingGradient") in got
    assert ("Transformer", "replaces", "RNN") in got and ("LSTM", "replaces", "RNN") not in got  # the answer names it
    assert ("Adam", "comparedWith", "SGD") in got  # "is used instead of": a comparison, not "Adam doesNotUse SGD"
    assert not any(s == "Notes_on_training" for s, _, _ in got)  # generic headings are not concepts; tables not read


def test_a_numbered_question_and_its_lazy_continuation_are_split():
    from kg.extraction.structure import parse_text

    doc = parse_text("1. Why gates?\n   Because of vanishing gradients.\n", "x.md")
    assert (doc.items[0].question.text, doc.items[0].answer_text) == ("Why gates?", "Because of vanishing gradients.")
    assert doc.items[0].answer[0].first_line == 2


def test_a_second_cue_takes_the_first_cues_object_as_subject():
    got = triples("ZFNet 第一层采用了 7x7 的卷积核替代了 AlexNet。")
    assert ("ZFNet", "replaces", "AlexNet") not in got


@pytest.mark.parametrize(
    "text",
    [
        "In practice, it is not common to see L-BFGS applied to CNNs.",
        "## ResNet\n\nThen if we are using L2 regularization, W will be zero.",
        "LeNet-5 是由 LeCun 提出的卷积神经网络。",
    ],
)
def test_scoped_negation_hypotheticals_and_guarded_cues_state_nothing(text):
    assert triples(text) == set()


def test_broad_concepts_need_more_than_one_sentence():
    assert triples("ResNet uses the gradient.") == set()
    assert ("ResNet", "uses", "BatchNorm") in triples("ResNet uses BN.")


def test_reference_lists_state_no_facts():
    text = "## BN\n\nBN reduces overfitting.\n\n## References\n\n- GLU Variants Improve Transformer (2020)\n- ResNet uses BN.\n"
    got = triples(text)
    assert ("BatchNorm", "mitigates", "Overfitting") in got and ("ResNet", "uses", "BatchNorm") not in got


def test_a_cue_inside_a_name_is_part_of_the_name():
    # "别" (don't) inside 判别器 must not negate the sentence
    got = triples("## DCGAN\n\n**判别器**（discriminator）的结构。\n\n在判别器中使用 LeakyReLU。\n")
    assert not any(p == "doesNotUse" for _, p, _ in got)


def test_object_marker_turns_the_direction_of_put_into():
    assert triples("将动量加入 RMSProp 可以加速收敛。") == {("RMSProp", "uses", "Momentum")}


def test_comparison_phrases_are_not_subjects_and_methods_are_not_compared_with_problems():
    got = triples("与 ReLU 相比，GELU 减少了过拟合。")
    assert ("ReLU", "mitigates", "Overfitting") not in got
    assert triples("与 ReLU 相比 GELU 的计算量较大。") <= {("ReLU", "comparedWith", "GELU")}


def test_a_cue_describing_a_noun_states_no_fact():
    assert triples("dropout 可以防止 overfitting，而导致 overfitting 的位置往往在数据边界处。") == {
        ("Dropout", "mitigates", "Overfitting")
    }


def test_a_use_the_notes_call_unneeded_is_no_fact():
    assert triples("## BN\n\n由于使用了归一化，再使用 LRN 就显得没那么必要了。") == set()
