from __future__ import annotations

import pytest

from kg.extraction.mentions import _is_step, discover, lexicon_matcher
from kg.extraction.structure import parse_text

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


def test_parameters_in_general_are_not_a_networks_weights(matcher):
    # 'camera parameters', 'the distribution model uses these parameters' (a mean and a variance): the lexicon
    # keeps 'weights' and '权重' for the network's weights and no longer folds every 'parameters' into them
    assert names(matcher, "It predicts camera parameters.") == []
    assert names(matcher, "the weights of the network") == [("weights", "Weight")]


def test_a_hyphened_spelling_of_a_known_name_is_that_name(matcher):
    # 'auto-encoder' is a spelling of autoencoder; the variational one is the VAE, not the plain autoencoder
    assert names(matcher, "a Variational Auto-Encoder and an auto-encoder") == [
        ("Variational Auto-Encoder", "VAE"),
        ("auto-encoder", "Autoencoder"),
    ]


def test_word_boundaries_for_latin_script(matcher):
    assert names(matcher, "BNN and PReLU and ReLUx") == [("PReLU", "PReLU")]
    assert names(matcher, "ReLUs and residual connections") == [
        ("ReLUs", "ReLU"),
        ("residual connections", "ResidualConnection"),
    ]
    assert names(matcher, "bn层在conv和relu之间") == [("bn层", "BatchNorm"), ("conv", "Convolution"), ("relu", "ReLU")]


def test_a_version_tag_is_written_glued_to_the_name_or_apart(matcher):
    # mentions._VERSION_GLUED: the lexicon writes 'YOLOv3'; notes write 'YOLO v3' and 'Yolo-v3' as often, which are
    # not the first YOLO; a tag the lexicon has no name for leaves the name ('conv 2' is no version)
    assert names(matcher, "YOLO v3, Yolo-v3 and YOLOv3") == [("YOLO v3", "YOLOv3"), ("Yolo-v3", "YOLOv3"), ("YOLOv3", "YOLOv3")]
    assert names(matcher, "the conv 2 layer") == [("conv", "Convolution")]


def test_a_space_at_a_latin_chinese_boundary_is_written_or_not(matcher):
    # the lexicon writes 'EM距离' and 'KL散度'; notes write 'EM 距离' as often: the longer name still wins over EM
    assert names(matcher, "EM 距离和 EM距离") == [("EM 距离", "WassersteinDistance"), ("EM距离", "WassersteinDistance")]
    assert names(matcher, "EM 算法") == [("EM 算法", "ExpectationMaximization")]


def test_longest_match_wins(matcher):
    assert names(matcher, "Layer Normalization") == [("Layer Normalization", "LayerNorm")]
    assert names(matcher, "Leaky ReLU") == [("Leaky ReLU", "LeakyReLU")]
    assert names(matcher, "weight decay") == [("weight decay", "WeightDecay")]


def test_a_notes_name_does_not_cut_a_known_chinese_name_after_a_known_one(vocab):
    from kg.extraction.mentions import lexicon_matcher

    # another note's heading made 'LSTM梯度' a name; here LSTM and 梯度消失 (vanishing gradient) stand side by side
    made = "https://w3id.org/kg-notes/concept/LSTM梯度"
    m = lexicon_matcher(vocab, [("LSTM梯度", made), ("烘焙面团", "https://w3id.org/kg-notes/concept/烘焙面团")])
    found = m.find("如何解决LSTM梯度消失的问题？")
    assert [x.surface for x in found] == ["LSTM", "梯度消失"] and made not in {x.concept for x in found}
    assert [x.concept for x in m.find("LSTM梯度的计算")] == [made]  # the notes' name alone stays theirs
    # a notes' name whose head is no known name keeps its reading
    assert [x.surface for x in m.find("烘焙面团发酵")][:1] == ["烘焙面团"]


def test_multiplication_signs_are_one_spelling(matcher):
    for text in ("1*1 卷积", "1x1 卷积", "1×1 卷积"):
        assert [c for _, c in names(matcher, text)] == ["Conv1x1"]


def test_all_capital_aliases_do_not_fire_on_common_words(matcher):
    assert names(matcher, "in deep layers") == []
    assert names(matcher, "IN layers") == [("IN", "InstanceNorm")]
    assert names(matcher, "bn 和 dropout") == [("bn", "BatchNorm"), ("dropout", "Dropout")]


def test_a_two_letter_acronym_is_not_a_capital_with_a_small_index():
    # 'Dm' is D_m, the weights of boosting round m, not DM (a diffusion model); 'DM' and 'dm' still name it
    from kg.extraction.mentions import Matcher

    m = Matcher([("DM", "c:dm"), ("GM", "c:gm")])
    assert [x.surface for x in m.find("使用当期分布Dm加权的训练数据集，学习基本分类器Gm(x)")] == []
    assert [x.surface for x in m.find("DM and dm; GMs")] == ["DM", "dm", "GMs"]


def test_a_head_noun_after_a_name_does_not_make_the_longer_overlapping_name(matcher):
    # 'pooling layer' is longer than 'max pooling', but its 'layer' only says what kind of thing max pooling is
    assert names(matcher, "the last max pooling layer") == [("max pooling", "MaxPooling")]
    assert names(matcher, "a pooling layer") == [("pooling layer", "Pooling")]


def test_capitals_that_spell_an_everyday_word_match_only_when_not_written_in_lower_case():
    # Matcher: 'Rye Infused Starter Extract (RISE)' makes RISE a name; 'rise' is an everyday English word, so "let
    # the dough rise" names nothing, while "RISE" and "Rise" (a heading's capital) still do; a rarer spelled word
    # ('rye') written in lower case keeps naming its acronym
    from kg.extraction.mentions import CommonWords, Matcher, common_words

    assert common_words().zipf_en("rise") >= CommonWords.EN_LOWER_ACRONYM > common_words().zipf_en("rye")
    m = Matcher([("RISE", "c:rise"), ("RYE", "c:rye")])
    found = m.find("let the dough rise; RISE helps, Rise too; rye and RYE")
    assert [x.concept for x in found] == ["c:rise", "c:rise", "c:rye", "c:rye"]


def test_unknown_terms_become_concepts_from_headings_bold_and_acronyms(matcher, vocab):
    doc = parse_text(
        "## Capsule Networks\n\nQ: What does **dynamic routing** do?\nA: It routes with RYB and CapsNet. OK. RYB again in CapsNet, by dynamic routing.\n",
        "x.md",
    )
    found = {(d.label, d.how) for d in discover(doc, matcher, vocab)}
    assert found == {
        ("Capsule Networks", "heading"),
        ("dynamic routing", "bold"),
        ("RYB", "acronym"),
        ("CapsNet", "acronym"),
    }


def test_label_like_bold_paragraphs_and_known_terms_are_not_discovered(matcher, vocab):
    doc = parse_text("## ResNet\n\n**背景介绍**\n\n2015 年 **BN** 很流行\n", "x.md")
    assert discover(doc, matcher, vocab) == []


def test_a_bold_term_only_ever_used_as_a_run_in_label_is_an_aspect_not_a_concept(matcher, vocab):
    labels = (
        "## Sourdough\n\n1. **Crumb Elasticity:** the dough stretches.\n2. **Oven Spring:** it rises.\n\n"
        "## Rye\n\n- **Crumb Elasticity**: lower than wheat.\n- **口感细腻**：入口即化\n\n### 对比\n\n- **口感细腻**：更软\n"
    )
    assert {d.label for d in discover(parse_text(labels, "x.md"), matcher, vocab)} == {"Sourdough"}  # a heading
    # the same bold name that the notes also use in their running text is a concept
    used = labels + "\nBakers measure **Crumb Elasticity** with a press.\n"
    assert "Crumb Elasticity" in {d.label for d in discover(parse_text(used, "x.md"), matcher, vocab)}


def test_a_run_in_label_is_found_as_the_pattern_it_replaces_finds_it():
    """_label_opening_end answers what the per-label regular expression answered (it was compiled once per bold term)."""
    import random
    import re

    from kg.extraction.mentions import _label_opening_end

    rng = random.Random(5)
    alphabet = [" ", "\t", "\n", "\u3000", "-", "*", "+", "1", "٣", ".", ")", "、", ":", "：", "a", "好", "(", "\\"]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        i = rng.randrange(len(text) + 1)
        term = text[i : rng.randrange(i, len(text) + 1)] if rng.random() < 0.7 else rng.choice(alphabet) * 2
        label = term.strip().rstrip(":：")
        match = re.match(r"\s*(?:[-*+]\s+|\d+[.)、]\s*)?" + re.escape(label) + r"\s*[:：]", text)
        assert _label_opening_end(text, label) == (match.end() if match else 0), (text, label)


def test_common_words_placeholders_and_figure_labels_are_not_concepts(matcher, vocab):
    doc = parse_text(
        "## Then\n\nONE thing: XX is a placeholder, see 图17 and Figure 3. **直接** and **Useful concept**.\n", "x.md"
    )
    assert discover(doc, matcher, vocab) == []
    # a panel of a figure named in brackets ('特定共享(Figure 1c)', 'Fig. 2b') points into the paper, it names nothing
    panel = parse_text("与特定共享(Figure 1c)的区别：RyeNet 更好。\n\n如图（图 2b）所示。\n", "x.md")
    assert not {"Figure 1c", "图 2b"} & {c.label for c in discover(panel, matcher, vocab)}
    from kg.extraction.mentions import _is_figure

    assert all(_is_figure(k, {"figure", "图"}) for k in ("figure s1", "figure a.1", "figure 1c-d", "图3-1(a)"))
    assert not any(_is_figure(k, {"figure", "图"}) for k in ("figure out", "gpt 4", "figure"))


def test_numbered_statements_sources_and_style_sheets_name_no_concept(matcher, vocab):
    # kg:FigureWord now holds numbered statements ('**Theorem 1**', cited again as 'Theorem 1'); a references
    # section lists sources, whose run-together venue words ('InProceedings') are no concepts of the notes; a
    # <style> element is CSS ('font-weight'), no prose
    doc = parse_text(
        "## Proof\n\n>**Theorem 1** (Theorem 4.3 in [17], informal) Consider the problem.\n\n"
        "Theorem 1 focuses on bread. Motivated from Theorem 1, we bake.\n\n"
        "## References\n\n- [1] L. Bottou. Fast convergence. InProceedings of the symposium on learning.\n"
        "- [7] P. Isola. Image translation. InProceedings of the IEEE conference on computer vision.\n",
        "x.md",
    )
    assert discover(doc, matcher, vocab) == []
    # a numbered algorithm box or an item the notes go through ('Scenario 2', 'Variant 1') is no name either; a name
    # with a number ('Qwen 2') or the word in a name ('Genetic Algorithm') stays
    items = parse_text(
        "## Algorithm 1\n\ntext\n\n## Scenario 2\n\ntext\n\n## Variant 1\n\ntext\n\n## Outcome 1\n\ntext\n\n"
        "## Qwen 2\n\ntext\n\n## Sourdough Algorithm\n\ntext\n",
        "y.md",
    )
    assert {c.label for c in discover(items, matcher, vocab)} == {"Qwen 2", "Sourdough Algorithm"}
    styled = parse_text("<style>\np { font-weight: bold; }\n</style>\n\nRyeNet bakes.\n", "x.md")
    assert not any("font-weight" in span.text for item in styled.items for span in item.spans)


def test_labels_are_cleaned_of_markers_and_unclosed_brackets():
    from kg.extraction.mentions import clean_label

    assert clean_label("⚪ SPADE") == "SPADE"
    assert clean_label("Spatially-Adaptive Denormalization (SPADE") == "Spatially-Adaptive Denormalization"
    assert clean_label("**Disadvantages:**") == "Disadvantages"
    # a quote whose partner was cut off with the end it stood at goes too; an apostrophe stays
    assert clean_label("Dumb' Rye Model") == "Dumb Rye Model" and clean_label('"Rye" bread') == "Rye bread"
    assert clean_label("Bayes' theorem") == "Bayes' theorem" and clean_label("Rye's crust") == "Rye's crust"
    # zero-width spaces an editor left inside a name ('H\u200b2\u200bO') are no part of it
    assert clean_label("H\u200b2\u200bO") == "H2O"
    # the article of the sentence a gloss was taken from is no part of the name; before a capital it marks a title
    assert clean_label("The rye family") == "rye family" and clean_label("The Rye Pile") == "The Rye Pile"


def test_a_lower_camel_case_code_term_is_an_identifier_not_a_concept(matcher, vocab):
    # _code_name: `doughSize` (a variable) is code; `mRYE`, one letter before the capitals, may be a name
    text = "Here `doughSize` is the size and `RyeNet` the model.\n\nAgain `doughSize` and `RyeNet`.\n"
    found = {d.label for d in discover(parse_text(text, "x.md"), matcher, vocab)}
    assert "doughSize" not in found and "RyeNet" in found


def test_names_defined_in_brackets_become_one_concept_with_every_label(matcher, vocab):
    from kg.extraction.mentions import defined_names

    assert list(defined_names("We use Spatially-Adaptive Denormalization (SPADE) here.")) == [
        ("Spatially-Adaptive Denormalization", ["SPADE"], 42)
    ]
    assert list(defined_names("**切换归一化（Switchable Normalization, SN）**同时使用")) == [
        ("切换归一化", ["Switchable Normalization", "SN"], 7)
    ]
    assert list(defined_names("as shown (see 2015)")) == [] and list(defined_names("large network (BM) x")) == []
    # two names in one bracket that are not one name spelled out and shortened are examples or alternatives: the
    # bracket defines nothing ('句子嵌入（Doc2Vec或Sent2vec）', '面包酵母（RYE、SD）')
    assert list(defined_names("使用面包酵母（RyeNet或SourNet）发酵")) == []
    assert list(defined_names("使用面包酵母（RYE、SD）发酵")) == []
    assert list(defined_names("面包酵母（Rye Yeast Fermentation, RYF）发酵")) == [("面包酵母", ["Rye Yeast Fermentation", "RYF"], 4)]
    doc = parse_text("## Norms\n\n**切换归一化（Switchable Normalization, SN）** 同时使用 BN 和 LN。\n", "x.md")
    found = discover(doc, matcher, vocab)
    iris = {d.iri for d in found}
    assert len(iris) == 1 and {d.label for d in found} == {"切换归一化", "Switchable Normalization", "SN"}
    known = discover(parse_text("批次规范化（BN）很常用。\n", "x.md"), matcher, vocab)
    assert [(d.label, d.how, d.iri.rsplit("/", 1)[-1]) for d in known] == [("批次规范化", "alias", "BatchNorm")]


def test_a_term_in_bold_once_is_emphasis_not_a_concept(matcher, vocab):
    once = discover(parse_text("## Notes\n\nThis is **really important** here.\n", "x.md"), matcher, vocab)
    assert once == []
    twice = discover(parse_text("**Capsule routing** is new.\n\nCapsule routing again.\n", "x.md"), matcher, vocab)
    assert [d.label for d in twice] == ["Capsule routing"]


def test_sizes_events_shapes_and_joined_names_are_not_concepts(matcher, vocab):
    text = "FC 4096 and FC 4096, CVPR 2020 and CVPR 2020, `MxN` `MxN`, **ROIHead/Fast R-CNN** ROIHead/Fast R-CNN.\n"
    labels = {d.label for d in discover(parse_text(text, "x.md"), matcher, vocab)}
    assert not labels & {"FC 4096", "CVPR 2020", "MxN", "ROIHead/Fast R-CNN"}


def test_a_heading_names_what_stands_before_its_subtitle(vocab):
    from kg.extraction.mentions import HeadingReader

    reader = HeadingReader(vocab)
    assert reader.name("二，KV Cache：推理阶段的工程优化") == "KV Cache"
    assert reader.name("Adam: adaptive moment estimation") == "Adam"
    # the notes' parts are no names (kg:GenericHeading): a section of slides or handouts under a paper's post
    assert reader.name("幻灯片") == "" and reader.name("Slides") == "" and reader.name("课件") == ""


def test_a_numbered_part_of_a_series_is_named_by_its_subtitle(vocab):
    from kg.extraction.mentions import HeadingReader

    reader = HeadingReader(vocab)
    # a label and a number before the colon number a part ('Lecture 6', 'Figure 4', 'Baking Notes 2'): the subtitle
    # names the section (made-up breads)
    # (a name only when the subtitle is one name kg knows; a title like 'Rye Fermentation' names nothing itself, and
    # the section's topic is what the title names)
    assert reader.name("Lecture 6: Transformer") == "Transformer"
    assert reader.name("Figure 4: Spelt Crumb") == "" and reader.name("Lecture 3: Planning by Dynamic Programming") == ""
    assert reader.name("Baking Notes 2: Dropout") == "Dropout"
    # a name with a version number before the colon is the name ('Llama' is a rare word)
    assert reader.name("Llama 2: Open Foundation and Fine-Tuned Chat Models") == "Llama 2"
    # a program's module or class path heads its docs; it names no concept
    assert reader.name("ryelib.models.loaf.RyeLoaf") == ""
    # emoji decorate a heading; 'Logs' and 'Core' name a part of the notes, not a concept
    assert reader.name("🔥 SpeltNet ⭐") == "SpeltNet"
    assert reader.name("🐛 Bug Logs") == "" and reader.name("SpeltNet's Core") == "SpeltNet's"


def test_a_name_before_its_translation_starts_after_for_example_and_or():
    from kg.extraction.mentions import defined_names

    # made-up breads: 如 (such as) and 或者 (or) are no part of the names they introduce
    text = "可以使用如全麦面团（Whole Wheat Dough）或者黑麦面团（Rye Dough）等做法"
    assert [(n, a) for n, a, _ in defined_names(text)] == [("全麦面团", ["Whole Wheat Dough"]), ("黑麦面团", ["Rye Dough"])]


def test_a_quoted_name_before_a_bracket_is_the_name_the_bracket_defines():
    from kg.extraction.mentions import defined_names

    # a made-up bread: the quotes around the long form stand between it and its abbreviation, no more
    assert [(n, a) for n, a, _ in defined_names('面包店采用"Sourdough Leavened Loaf"(简称SLL)的做法')] == [
        ("Sourdough Leavened Loaf", ["SLL"])
    ]
    assert [(n, a) for n, a, _ in defined_names("我们称之为“酸面团”（Sourdough）")] == [("酸面团", ["Sourdough"])]
    # a quotation that closed long before is no name's: nothing opened the quote within reach
    assert list(defined_names('x" and then a long run of words about baking bread at home (SLL)')) == []


def test_a_name_defined_in_brackets_is_an_alias_before_a_heading_can_make_it_new(matcher, vocab):
    from kg.extraction.mentions import discover
    from kg.extraction.structure import parse_text

    doc = parse_text("# 引言\n\nTT(Tensor Train) 是一种分解。\n\n## 四，TT：分解\n\nTT 的细节。\n")
    found = discover(doc, matcher, vocab)
    assert len({d.iri for d in found if d.label in ("TT", "Tensor Train")}) == 1


def test_formula_superscripts_activities_and_ids_are_not_concepts(matcher, vocab):
    from kg.extraction.mentions import discover
    from kg.extraction.structure import parse_text

    text = (
        "## Pretraining BERT\n\n缓存 $W^{DKV}h_t$ 和 $W^{DKV}x$。\n\n## Fine-Tuning BERT\n\n"
        "Each ID maps to a token; the ID is stored.\n"
    )
    labels = {d.label for d in discover(parse_text(text), matcher, vocab)}
    assert not labels & {"DKV", "Pretraining BERT", "Fine-Tuning BERT", "ID"}


def test_latin_words_before_a_chinese_name_make_the_known_longer_name():
    from kg.extraction.mentions import Matcher

    m = Matcher(
        [("Transformer", "T"), ("Transformer encoder", "TE"), ("Encoder", "E"), ("编码器", "E")]
        + [("解码器", "D"), ("decoder", "D"), ("初始化", "I"), ("initialization", "I"), ("Xavier initialization", "XI")]
    )

    def found(text):
        return [(x.surface, x.concept) for x in m.find(text)]

    assert found("BERT | Transformer编码器 | MLM") == [("Transformer编码器", "TE")]
    assert found("使用 Xavier 初始化的网络") == [("Xavier 初始化", "XI")]
    # no such longer name is known: the two names stay two; a word between them keeps them apart
    assert found("Transformer解码器") == [("Transformer", "T"), ("解码器", "D")]
    assert found("Transformer的编码器") == [("Transformer", "T"), ("编码器", "E")]


def test_an_abbreviation_that_keeps_the_first_words_of_its_name():
    from kg.extraction.mentions import defined_names

    text = "序列到序列的掩码语言建模 Seq2Seq Masked Language Modeling(Seq2Seq MLM)"
    assert [(n, a) for n, a, _ in defined_names(text)] == [("Seq2Seq Masked Language Modeling", ["Seq2Seq MLM"])]
    assert list(defined_names("we train Seq2Seq models (Seq2Seq MLM)")) == []
    assert list(defined_names("a Deep Network (Deep QN) here")) == []


def test_a_heading_number_is_a_number_that_stands_apart():
    from kg.extraction.mentions import _HEADING_NOISE

    assert _HEADING_NOISE.sub("", "1/t decay") == "1/t decay"
    assert _HEADING_NOISE.sub("", "1x1 conv") == "1x1 conv"
    assert _HEADING_NOISE.sub("", "2.3 SomeNet") == "SomeNet"
    # an outline's Roman and letter levels ('## II.A. Segment anything')
    assert _HEADING_NOISE.sub("", "II.A. Segment anything") == "Segment anything"
    assert _HEADING_NOISE.sub("", "I.B. Prompting models") == "Prompting models"
    assert _HEADING_NOISE.sub("", "VIT model") == "VIT model"
    assert _HEADING_NOISE.sub("", "III.A.1. Details") == "Details"
    # a Roman level of two letters or more before a word is a number too ('### III. Methodology', 'IV. Results')
    assert _HEADING_NOISE.sub("", "IV. Results") == "Results"
    assert _HEADING_NOISE.sub("", "III. Methodology") == "Methodology"
    assert _HEADING_NOISE.sub("", "IV(A) estimates") == "IV(A) estimates"
    assert _HEADING_NOISE.sub("", "3、方法") == "方法"


def test_a_chinese_numeral_is_a_heading_number_only_before_a_separator():
    from kg.extraction.mentions import _HEADING_NOISE

    assert _HEADING_NOISE.sub("", "三、方法") == "方法"
    assert _HEADING_NOISE.sub("", "第三章 方法") == "方法"
    assert _HEADING_NOISE.sub("", "二次代价函数") == "二次代价函数"  # quadratic cost, not "section 2: 次代价函数"
    assert _HEADING_NOISE.sub("", "一阶矩估计") == "一阶矩估计"


def test_capitals_inside_a_web_address_are_not_acronyms(vocab):
    url = "见 https://example.org/S%E5%9E%8B%EF%BC%88XYZ%EF%BC%89.pdf 和 %E5%9E%8B%EF%BC"
    doc = parse_text(f"Q: 链接？\nA: {url}\n\nQ: 再来？\nA: {url}\n", "x.md")
    labels = {d.label for d in discover(doc, lexicon_matcher(vocab), vocab)}
    assert not labels & {"EF", "BC", "XYZ", "E5"}
    doc = parse_text("Q: 什么是 XYZ？\nA: XYZ 是一种方法。\n\nQ: 再来？\nA: XYZ 很好。\n", "y.md")
    assert "XYZ" in {d.label for d in discover(doc, lexicon_matcher(vocab), vocab)}


def test_label_definitions_read_a_bold_label_as_a_small_heading(matcher, vocab):
    from kg.extraction.mentions import label_definitions

    text = (
        "预训练任务：\n\n- **序列到序列的掩码语言建模 Seq2Seq Masked Language Modeling(Seq2Seq MLM)**\n\n"
        "它通常用于生成任务。\n"
    )
    doc = parse_text(text, "x.md")
    assert list(label_definitions(doc)) == [("Seq2Seq Masked Language Modeling", ["Seq2Seq MLM"], 5)]
    found = {d.label: d.how for d in discover(doc, matcher, vocab)}
    assert found["Seq2Seq Masked Language Modeling"] == "parenthesis" and found["Seq2Seq MLM"] == "alias"


def test_label_names_take_only_name_shaped_labels(matcher, vocab):
    from kg.extraction.mentions import label_names

    text = (
        "## LSTM\n\n**忘记层门**\n\n决定丢弃哪些信息。\n\n**导数**\n\n它的导数很简单。\n\n**网络结构如下**\n\n三层。\n"
    )
    assert [t for t, _ in label_names(parse_text(text, "x.md"), matcher, vocab)] == ["忘记层门"]


def test_long_defined_names_cut_at_the_function_word(matcher, vocab):
    from kg.extraction.mentions import long_defined_names

    text = "ESPNet 主要提出一种高效空间金字塔卷积模块（ESP Module），该模块很轻。\n"
    doc = parse_text(text, "x.md")
    assert list(long_defined_names(doc, vocab)) == [("高效空间金字塔卷积模块", ["ESP Module"], 1)]
    found = {d.label: d.how for d in discover(doc, matcher, vocab)}
    assert found["ESP Module"] == "parenthesis" and found["高效空间金字塔卷积模块"] == "alias"
    # a short name is defined_names()'s; a long run with no head noun is a sentence, not a name
    assert (
        list(long_defined_names(parse_text("我们今天讨论的是一个非常复杂的问题（Hard Problem）。\n", "x.md"), vocab))
        == []
    )


def test_enumerated_headings_drop_their_bracketed_number(matcher, vocab):
    from kg.extraction.mentions import enumerated_headings

    text = "## (1) Non-Contextual Embedding\n\ntext\n\n### ② 为什么要预训练？\n\ntext\n\n## 1. Plain Heading\n\ntext\n"
    assert list(enumerated_headings(parse_text(text, "x.md"), matcher, vocab)) == [("Non-Contextual Embedding", 1)]
    labels = {d.label for d in discover(parse_text(text, "x.md"), matcher, vocab)}
    assert "Non-Contextual Embedding" in labels and not any(label.startswith("1)") for label in labels)


def test_a_defined_chinese_name_may_hold_a_cue_inside_one_of_its_words(matcher, vocab):
    # 控制 (control) is a cue, but 控制流图 cuts 控制流/图: the control-flow graph, a name the notes define
    doc = parse_text("## Graphs\n\n图表示有：控制流图（Control Flow Graph, CFG)与程序依赖图。\n", "x.md")
    found = {d.label: d.how for d in discover(doc, matcher, vocab)}
    assert found == {"Control Flow Graph": "parenthesis", "CFG": "alias", "控制流图": "alias"}
    # a cue that is a word of its own is a verb and its object, no name, even with a bracket after it
    doc = parse_text("## Tricks\n\n我们要防止梯度爆炸（Exploding Gradient）。\n", "x.md")
    assert "防止梯度爆炸" not in {d.label for d in discover(doc, matcher, vocab)}


def test_names_the_notes_define_pass_the_common_word_filter(matcher, vocab):
    from kg.extraction.mentions import common_words

    common = common_words()
    assert common.is_coined("forget gate") and common.is_coined("通道注意力") and common.is_coined("遗忘门")
    assert not common.is_coined("表达能力") and not common.is_coined("Researcher") and not common.is_coined("过程")
    doc = parse_text("## LSTM\n\n遗忘门（Forget Gate）决定丢弃什么。通道注意力（Channel Attention）加权通道。\n", "x.md")
    found = {d.label: d.how for d in discover(doc, matcher, vocab)}
    assert found == {
        "Forget Gate": "parenthesis",
        "遗忘门": "alias",
        "Channel Attention": "parenthesis",
        "通道注意力": "alias",
    }
    # an everyday word stays one, defined or not ("学院派(Researcher)"), and so does a phrase used in passing
    everyday = discover(parse_text("一派为学院派(Researcher)，另一派为工程派(Engineer)。\n", "x.md"), matcher, vocab)
    assert everyday == []
    assert discover(parse_text("## Notes\n\nThe forget gate and the target network.\n", "x.md"), matcher, vocab) == []
    # the long form of a never-a-concept word is none either; a name the notes used before takes the definition
    assert discover(parse_text("It beats the State of the Art (SOTA).\n", "x.md"), matcher, vocab) == []
    text = "SPADE is fast. SPADE is robust.\n\n**Spatially-Adaptive Denormalization (SPADE)**\n\nMore.\n"
    spade = discover(parse_text(text, "x.md"), matcher, vocab)
    assert len({d.iri for d in spade}) == 1 and {d.label for d in spade} == {"SPADE", "Spatially-Adaptive Denormalization"}
    rf = discover(parse_text("RF is fast. RF is robust.\n\n**rotation forest (RF)**\n\nMore.\n", "x.md"), matcher, vocab)
    assert len({d.iri for d in rf}) == 1 and {d.label for d in rf} == {"RF", "rotation forest"}


def test_lower_case_translations_define_a_name(matcher, vocab):
    from kg.extraction.mentions import TranslationReader

    reader = TranslationReader(vocab)

    def read(text):
        return [(n, a) for n, a, _ in reader.names(text)]

    assert read("LSTM 有遗忘门（forget gate）和输入门") == [("遗忘门", ["forget gate"])]
    assert read("当训练样本线性可分时，通过硬边界（hard margin）最大化") == [("硬边界", ["hard margin"])]
    assert read("剪枝的基本策略有预剪枝（pre-pruning）和后剪枝（post-pruning）。") == [
        ("预剪枝", ["pre-pruning"]),
        ("后剪枝", ["post-pruning"]),
    ]
    assert read("通过特征响应来引入通道注意力(channel attention)") == [("通道注意力", ["channel attention"])]
    # a one-word translation only when the name stands alone; a cut shorter than the English is a fragment
    assert read("使用随机丢弃技术（dropout）") == [] and read("步长（stride）为 2") == [("步长", ["stride"])]
    assert read("上下文无关的嵌入(non-contextual embedding)") == []
    assert read("这样做（in general）") == [] and read("ResNet (residual network)") == []
    assert read("忽略了内存限制（memory-bounded）") == []
    doc = parse_text("## 回归\n\n回归树（regression tree）是一种模型。回归树很常用。\n", "x.md")
    found = {d.label: d.how for d in discover(doc, matcher, vocab)}
    assert found.get("regression tree") == "parenthesis" and found.get("回归树") == "alias"
    # a translation into a name the lexicon knows (Decision Tree, from aio.ttl) makes the Chinese a name of it
    doc = parse_text("## 决策\n\n决策树（decision tree）是一种模型。决策树很常用。\n", "x.md")
    known = [(d.label, d.iri.rsplit("/", 1)[-1]) for d in discover(doc, matcher, vocab)]
    assert known == [("决策树", "DecisionTree")]


def test_chinese_is_cut_into_words_by_frequency():
    from kg.extraction.mentions import common_words

    assert common_words().segment_zh("通过硬边界") == ["通过", "硬", "边界"]


def test_the_compact_word_lists_answer_as_wordfreq_does():
    """kg keeps wordfreq's lists as sorted 64-bit keys (3 MB a language, not ~100 MB of strings):
    every frequency must be wordfreq's own, to the bit, and a word it lacks must stay unknown."""
    import math

    import wordfreq

    from kg.extraction.mentions import WordList

    for lang in ("zh", "en"):
        words = WordList.load(lang)
        listed = wordfreq.get_frequency_dict(lang)
        assert len(words._keys) == len(listed)
        for word, freq in list(listed.items())[::97]:  # every 97th word, all buckets
            assert words.zipf(word) == math.log10(freq) + 9, word
        for absent in ("qzxqzv", "量化学习率调度器", "\ud800"):
            assert words.zipf(absent) == 0.0
    zh, listed = WordList.load("zh"), wordfreq.get_frequency_dict("zh")
    # '来' and 'eg' (both listed, in different buckets) are the same two bytes to Python's str hash
    assert zh.zipf("来") == math.log10(listed["来"]) + 9 != zh.zipf("eg") == math.log10(listed["eg"]) + 9


def test_the_compact_word_lists_are_kept_between_builds_and_read_back_the_same(tmp_path, monkeypatch):
    from kg.extraction import mentions

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = mentions.WordList.load("zh")  # computed, then written for the next process
    (kept,) = (tmp_path / "kg").glob("wordfreq-*-zh-blake2b.keys")
    monkeypatch.setattr(mentions, "_utf8_hash", lambda word: 0)  # a read-back must not hash the list again
    again = mentions.WordList.load("zh")
    assert again._keys == built._keys and again._zipfs == built._zipfs
    kept.write_bytes(b"\x00" * 3)  # a torn file is ignored, not trusted
    assert mentions._cached_keys("zh") is None


def test_a_hyphenated_modifier_makes_a_longer_name(matcher, vocab):
    from kg.extraction.mentions import hyphenated_kinds

    text = "The decoder has crumb-attention.\n\nCrumb-attention reads the encoder; attention is older.\n"
    assert list(hyphenated_kinds(parse_text(text, "x.md"), matcher)) == [("crumb-attention", 1)]
    found = {d.label: d.how for d in discover(parse_text(text, "x.md"), matcher, vocab)}
    assert found.get("crumb-attention") == "compound"
    # once is a passing word; a known name before the hyphen joins two names
    assert list(hyphenated_kinds(parse_text("One crumb-attention.\n", "x.md"), matcher)) == []
    assert list(hyphenated_kinds(parse_text("CNN-LSTM and CNN-LSTM.\n", "x.md"), matcher)) == []
    # 'Multi-channel bilstm-crf model for …' (round 141, twice: a paper title and its reference): a hyphened word
    # before another hyphened name modifies that name; it is no name of its own
    title = "论文(Crumb-attention bilstm-crf model for bread) 使用 X。\n\n[2] Crumb-attention bilstm-crf model for bread\n"
    assert list(hyphenated_kinds(parse_text(title, "x.md"), matcher)) == []
    # a LaTeX label and the references to it (round 321: '\\label{boost-gradient}', '$(\\ref{boost-gradient})$') are
    # keys of a formula, not words of the prose
    maths = "$$\\begin{equation}\\label{crumb-attention} y = x \\end{equation}$$\n\nSee $(\\ref{crumb-attention})$ and $(\\ref{crumb-attention})$.\n"
    assert list(hyphenated_kinds(parse_text(maths, "x.md"), matcher)) == []
    unfenced = "\\begin{equation}\\label{crumb-attention}\ny = x\n\\end{equation}\n\nBy $(\\ref{crumb-attention})$.\n"
    assert list(hyphenated_kinds(parse_text(unfenced, "x.md"), matcher)) == []


def test_a_known_name_in_the_plural_in_brackets_is_that_name(matcher, vocab):
    # 'Residual Crumb Networks (ResNets)': the long form is one more name of the known ResNet, not a new concept
    text = "# Notes\n\nThe paper builds Residual Crumb Networks (ResNets) from crumbs.\n"
    found = {d.label: d.iri.removeprefix(C) for d in discover(parse_text(text, "x.md"), matcher, vocab)}
    assert found == {"Residual Crumb Networks": "ResNet", "ResNets": "ResNet"}


def test_a_heading_or_bold_phrase_opening_with_a_comparative_names_no_concept(matcher, vocab):
    # kg:GradedModifier: 'Larger Crumb Size' compares a setting; a name defined in brackets keeps its comparative
    text = (
        "# Notes\n\n## Larger Crumb Size\n\nIt bakes slowly.\n\n**Lower crumb layers** bake faster.\n\n"
        "The Higher Crumb Quality (HCQ) test is used.\n\n## Crumb Quality\n\nIt matters.\n"
    )
    found = {d.label for d in discover(parse_text(text, "x.md"), matcher, vocab)}
    assert "Higher Crumb Quality" in found and "Crumb Quality" in found
    assert not {"Larger Crumb Size", "Lower crumb layers"} & found


def test_a_title_opening_with_the_gerund_of_a_step_verb_names_no_concept(matcher, vocab):
    # _is_step: 'Choosing Crumb Features' (choose, a kg:StepVerb) is an activity; 'Crumb Plotting' and a lower-case
    # participle ('running crumb') stay names
    text = (
        "# Notes\n\n## Choosing Crumb Features\n\nText.\n\n## Plotting Crumb Maps\n\nText.\n\n"
        "## Crumb Plotting\n\nText.\n"
    )
    found = {d.label for d in discover(parse_text(text, "x.md"), matcher, vocab)}
    assert "Crumb Plotting" in found
    assert not {"Choosing Crumb", "Choosing Crumb Features", "Plotting Crumb Maps"} & found
    steps = {"choose", "plot", "run"}
    assert _is_step("Choosing Crumb", steps) and _is_step("Plotting Maps", steps) and _is_step("Running Crumbs", steps)
    assert not _is_step("running crumb", steps) and not _is_step("Choosing", steps) and not _is_step("Crumb Plotting", steps)


def test_a_table_of_models_names_one_per_row(matcher, vocab):
    from kg.extraction.mentions import table_row_names

    text = (
        "| 预训练模型 | 结构 | 预训练任务 |\n| --- | --- | --- |\n"
        "| [UniLM](https://x.io/unilm.html) | Transformer编码器 | MLM+知识检索(Knowledge Retrieval) |\n"
        "| 局部全连接层$L_{11}$ | - | - |\n| BERT | Transformer编码器 | MLM |\n"
    )
    rows = list(table_row_names(parse_text(text, "x.md"), matcher, vocab))
    assert (["知识检索", "Knowledge Retrieval"], 3) in rows
    assert (["UniLM"], 3) in rows and (["局部全连接层"], 4) in rows
    assert all(names != ["BERT"] for names, _ in rows)  # known already
    # a first column headed by no head noun ('名称', 'Step') lists no names
    other = "| 步骤 | 说明 |\n| --- | --- |\n| 读取数据 | 先读 |\n"
    assert list(table_row_names(parse_text(other, "x.md"), matcher, vocab)) == []


def test_a_name_linked_to_its_own_page(matcher):
    from kg.extraction.mentions import linked_names

    text = (
        "[HuBERT](model_doc/hubert) is similar to Wav2Vec2. See [the paper](https://arxiv.org/abs/2208.01626)"
        " and [Jurassic-1](https://x.io/2021/jurassic1.html).\n"
    )
    assert [t for t, _ in linked_names(parse_text(text, "x.md"), matcher)] == ["HuBERT", "Jurassic-1"]
    slug = "[tokenization-in-nlp](https://x.in/tokenization-in-nlp/)\n"
    assert list(linked_names(parse_text(slug, "x.md"), matcher)) == []
    # a title whose last word is an everyday word names an article or a repository, not a concept
    titles = "* [LoRA insights](https://x.ai/pages/lora-insights/) and [Smol Vision](https://github.com/m/smol-vision)\n"
    assert list(linked_names(parse_text(titles, "x.md"), matcher)) == []
    kept = "* [Stable Diffusion](https://x.ai/stable-diffusion) draws images.\n"
    assert [t for t, _ in linked_names(parse_text(kept, "x.md"), matcher)] == ["Stable Diffusion"]
    # a link whose text is its own address names no page: a word elsewhere in the item that spells the last
    # path segment ('Recurrent Layers' beside '[http://keras.io/layers/recurrent/](…)') is no linked name
    shown = "The docs for Recurrent layers are here: [http://keras.io/layers/recurrent/](http://keras.io/layers/recurrent/)\n"
    assert list(linked_names(parse_text(shown, "x.md"), matcher)) == []


def test_capitalised_words_before_a_known_head_make_a_name(matcher, vocab):
    from kg.extraction.mentions import titled_kinds

    text = (
        "The RPN feeds the Proposal Layer with anchors.\n\nProposal Layer picks the boxes.\n\n"
        "The Network is deep. The Network is wide.\n"
    )
    assert list(titled_kinds(parse_text(text, "x.md"), matcher, vocab)) == [("Proposal Layer", 1)]
    # capitals at a sentence's start only, or a name used once, prove nothing
    once = "We add a Proposal Layer.\n"
    assert list(titled_kinds(parse_text(once, "x.md"), matcher, vocab)) == []
    opening = "Proposal Layer picks.\n\nProposal Layer again.\n"
    assert list(titled_kinds(parse_text(opening, "x.md"), matcher, vocab)) == []


def test_a_noun_before_a_head_noun_the_notes_repeat_is_a_kind(matcher, vocab):
    from kg.extraction.mentions import kind_phrases

    text = (
        "BYOL trains the online network against a sourdough network.\n\n"
        "The sourdough network is an average. The sourdough networks are slow.\n\n"
        "The previous layer feeds the previous layer and the previous layer.\n\n"
        "A fully connected layer, a fully connected layer, a fully connected layer.\n"
    )
    assert list(kind_phrases(parse_text(text, "x.md"), matcher, vocab)) == [("sourdough network", 1)]  # (not a name the lexicon knows)
    # each use led by another word of content ('rye', 'wheat', 'spelt'): the tail of longer names, never one alone
    tails = "A rye crumb network. The wheat crumb network. Then spelt crumb network and rye crumb networks.\n"
    assert list(kind_phrases(parse_text(tails, "x.md"), matcher, vocab)) == []


def test_a_list_item_opening_with_a_name_and_a_colon_defines_it(matcher):
    from kg.extraction.mentions import definition_leads

    text = "- metapath2vec：异构图嵌入方法，使用skip-gram做嵌入\n- Example: something\n- BERT: known\n- HERec: 类型限制\n"
    assert [t for t, _ in definition_leads(parse_text(text, "x.md"), matcher)] == ["metapath2vec", "HERec"]


def test_plurals_of_never_concepts_and_hyphenated_participles_name_nothing(vocab):
    from kg.extraction.mentions import NameShape, _stopped, kind_phrases, lexicon_matcher, not_a_concept

    stop = not_a_concept(vocab)
    assert _stopped("ids", stop) and _stopped("faq", stop) and not _stopped("gans", stop)
    shape = NameShape(vocab)
    assert not shape.ok("Fine-Grained") and shape.ok("Fine-Grained Features") and shape.ok("Pre-LN")
    text = "A learning algorithm, a learning algorithm and one more learning algorithm.\n"
    assert list(kind_phrases(parse_text(text, "x.md"), lexicon_matcher(vocab), vocab)) == []


def test_a_segment_of_a_file_path_in_a_link_names_nothing(matcher):
    # guard in_path: '[recipes/baking/cake2](…/cake2)' points to a folder, not a concept; a short 'A/B' pair
    # and a plain name linked to its page still are names
    from kg.extraction.mentions import in_path, linked_names

    text = "See the example at [recipes/baking/cake2](https://x.io/recipes/baking/cake2) and [./tools/oven3](https://x.io/oven3).\n"
    assert list(linked_names(parse_text(text, "x.md"), matcher)) == []
    kept = "[Sourdough](https://x.io/wiki/sourdough) rises slowly.\n"
    assert [t for t, _ in linked_names(parse_text(kept, "x.md"), matcher)] == ["Sourdough"]
    assert in_path("in a/b/c2 here", 7, 9) and not in_path("flour/water ratio", 6, 11)


def test_a_name_linked_to_a_profile_page_is_a_person(matcher, vocab):
    # kg:ProfileSite: '[Pavel Izmailov](https://twitter.com/pavel_izmailov)' credits a person (seen-p: five such
    # names judged junk); a repository two segments deep is still a thing the notes point to
    people = (
        "Thanks to [Crumb Baker](https://twitter.com/crumbbaker), [Rye Miller](https://medium.com/@ryemiller), "
        "[Amini](https://www.mit.edu/~amini/) and [sovrasov](https://github.com/sovrasov).\n\n"
        "Crumb Baker, Rye Miller, Amini and sovrasov again.\n"
    )
    def labels(text):
        return {d.label for d in discover(parse_text(text, "x.md"), matcher, vocab)}

    assert not {"Crumb Baker", "Rye Miller", "Amini", "sovrasov"} & labels(people)
    deep = (
        "Thanks to [Crumb Baker](https://www.linkedin.com/in/crumbbaker/) and [sourbaker](https://mobile.twitter.com/sourbaker).\n\n"
        "Crumb Baker and sourbaker again.\n"
    )
    assert not {"Crumb Baker", "sourbaker"} & labels(deep)
    kept = "[Sourdough](https://github.com/bakers/sourdough) rises slowly. Sourdough again.\n"
    assert "Sourdough" in labels(kept)


def test_a_bold_clause_ending_in_a_verb_of_change_is_no_concept(vocab):
    # guard is_change_clause: '**面团体积增加**', '**酸度突然降低**', 'the dough rises' say what happens to an
    # amount; '**酵母发酵**' and names ending in 下降 / 消失 ('坐标下降') are not caught
    from kg.extraction.mentions import is_change_clause

    changes = {"增加", "降低", "rises"}
    assert is_change_clause("面团体积增加", changes) and is_change_clause("酸度突然降低", changes)
    assert is_change_clause("the dough rises", changes)
    assert not is_change_clause("增加", changes) and not is_change_clause("rises", changes)
    assert not is_change_clause("酵母发酵", changes) and not is_change_clause("坐标下降", changes)
    text = "- **面团体积增加**：烤好后面团体积增加。\n- **酵母发酵**：酵母发酵产生气体，酵母发酵很慢。\n"
    labels = {c.label for c in discover(parse_text(text, "x.md"), lexicon_matcher(vocab), vocab)}
    assert "面团体积增加" not in labels and "酵母发酵" in labels


def test_a_bold_term_ending_in_a_state_adjective_is_no_concept(vocab):
    # guard is_change_clause with kg:StateAdjective: '**发酵速度慢**', '**面团温度高**' say how much of something
    # there is; an everyday word ending in the same character ('后方回声增强': 增强) and a short term are names
    from kg.extraction.mentions import is_change_clause

    states = {"慢", "强", "高"}
    assert is_change_clause("发酵速度慢", set(), states) and is_change_clause("面团温度高", set(), states)
    assert not is_change_clause("后方回声增强", set(), states) and not is_change_clause("速慢", set(), states)
    text = "- **发酵速度慢**：冬天发酵速度慢。\n- **酵母发酵**：酵母发酵产生气体。\n"
    labels = {c.label for c in discover(parse_text(text, "x.md"), lexicon_matcher(vocab), vocab)}
    assert "发酵速度慢" not in labels and "酵母发酵" in labels


def test_a_heading_of_a_verb_and_its_object_is_a_step_not_a_concept(vocab):
    # verb_and_object: '### 获取面团发酵曲线', '**构建面团网格**' open with a verb of doing (kg:ActionVerb,
    # kg:ObtainVerb) and go on with its object: a step of the method. A one-character noun glued to the verb
    # (kg:VerbNounTail: '获取率') makes a name, so does a short rest, and a term the notes define with its
    # abbreviation in brackets ('训练后发酵（PTF）') is a name whatever its words
    from kg.extraction.mentions import verb_and_object

    verbs, tails = {"获取", "构建", "提取", "训练"}, {"率"}
    def never(rest: str) -> bool:
        return False

    assert verb_and_object("获取面团发酵曲线", verbs, tails, never) and verb_and_object("构建面团网格", verbs, tails, never)
    assert not verb_and_object("获取率", verbs, tails, never) and not verb_and_object("获取率曲线", verbs, tails, never)
    assert not verb_and_object("构建面团", verbs, tails, never)  # a two-character rest reads as one name
    assert verb_and_object("构建面团", verbs, tails, lambda rest: rest == "面团")  # ...unless it is a known name
    assert not verb_and_object("面团网格", verbs, tails, never) and not verb_and_object("Build grids", verbs, tails, never)
    # a rest kg does not know that ends in a head noun names the thing the verb describes ('预测编码网络', review67)
    assert not verb_and_object("构建面团网络", verbs, tails, never, ("网络", "器"))
    assert verb_and_object("构建面团网络", verbs, tails, lambda rest: rest == "面团网络", ("网络", "器"))
    text = (
        "## 酸面包\n\n### 获取面团发酵曲线\n\n每小时记录一次。\n\n### 获取率\n\n获取率决定面粉的颜色。\n\n"
        "**构建面团网格**：反复揉面。\n\n训练后发酵（PTF）是一种常见做法。\n"
    )
    labels = {c.label for c in discover(parse_text(text, "x.md"), lexicon_matcher(vocab), vocab)}
    assert "获取面团发酵曲线" not in labels and "构建面团网格" not in labels
    assert {"酸面包", "获取率", "训练后发酵"} <= labels


def test_a_handle_or_a_citation_key_after_an_at_sign_is_no_name(vocab):
    # 'Loaves taken from @RyeBakes', 'as [@Smith73] showed': an account's handle and a citation key are written after
    # '@'; the same word without it is a name
    text = "Loaves taken from @RyeBakes and @RyeBakes again.\n\nSpelt proofs slowly, as [@Smith73] showed.\n\nThe RyeNet bakes. RyeNet proofs.\n"
    labels = {c.label for c in discover(parse_text(text, "x.md"), lexicon_matcher(vocab), vocab)}
    assert "RyeBakes" not in labels and "Smith73" not in labels and "RyeNet" in labels
    # an '@' inside a word says 'at': 'RyeAdapter@MHSA' applies an adapter at MHSA, whose name stays one
    inside = "We apply RyeAdapter@MHSA only.\n\nRyeAdapter@MHSA beats RyeAdapter@FFN.\n"
    assert "MHSA" in {c.label for c in discover(parse_text(inside, "x.md"), lexicon_matcher(vocab), vocab)}


def test_an_acronym_spelling_a_name_the_notes_write_out_is_that_name():
    # spelled_out: 'SB' in notes that write 'Sour Bread' is Sour Bread; 'LR' in notes naming both 'Loaf Rise'
    # and 'Low Rye' is left alone, and a name of one word spells nothing
    from kg.extraction.mentions import initials, spelled_out

    assert initials("Sour Bread") == "SB" and initials("Self-Raising Flour") == "SRF" and initials("Bread") == ""
    names = [("Sour Bread", "c:sour"), ("Loaf Rise", "c:rise"), ("Low Rye", "c:rye"), ("Rye", "c:rye2")]
    assert spelled_out("SB", names) == "c:sour" and spelled_out("SBs", names) == "c:sour"
    assert spelled_out("LR", names) is None and spelled_out("R", names) is None


def test_an_acronym_two_written_out_names_spell_is_the_one_written_last_before_it():
    # last_spelled_before: 'Loaf Rise' and 'Low Rye' both spell LR; 'LR' first stands after 'Low Rye', which the
    # reader takes it for (made-up breads, as mentions of two concepts)
    from kg.extraction.mentions import last_spelled_before
    from kg.model import Mention

    text = "loaf rise is slow. later, low rye bakes. lr and sb differ. low rye again."
    written = [Mention(0, 9, "c:rise", "Loaf Rise"), Mention(26, 33, "c:rye", "Low Rye"), Mention(59, 66, "c:rye", "Low Rye")]
    assert last_spelled_before("LR", written, text) == "c:rye"
    # a name written once, last before it, in notes that write the other as often is no reason to choose it
    assert last_spelled_before("LR", written[:2], text) is None
    assert last_spelled_before("LR", written[:1] + written[2:], text) is None  # 'Low Rye' only after it
    assert last_spelled_before("LR", written[1:], text) is None  # one concept spells it: spelled_out's case
    assert last_spelled_before("SB", written, text) is None


def test_an_acronym_used_long_before_a_name_that_spells_it_stays_its_own_name(vocab):
    # written_out_first: 'SB' used from the first line of bakery notes, whose initials a name glossed once at
    # the end ('焦壳（Sour Bread）') happens to spell, is its own name; written out first (or a few lines
    # after the first 'SB'), it is that name
    from kg.extraction.mentions import written_out_first

    late = "# Bakery\n\n" + "".join(f"- The SB loaf {i} needs a hot oven; SB rises.\n" for i in range(15))
    late += "\n## Crust\n\n- 焦壳（Sour Bread）is rare.\n"
    found = {d.label: d.iri for d in discover(parse_text(late, "x.md"), lexicon_matcher(vocab), vocab)}
    assert found["SB"] != found["Sour Bread"]
    early = "# Bakery\n\n- 焦壳（Sour Bread）is old.\n- SB needs time; SB rises slowly.\n"
    found = {d.label: d.iri for d in discover(parse_text(early, "x.md"), lexicon_matcher(vocab), vocab)}
    assert found["SB"] == found["Sour Bread"]
    doc = parse_text(early, "x.md")
    assert written_out_first(4, ["Sour Bread"], doc) and written_out_first(1, ["Sour Bread"], doc)
    assert not written_out_first(3, ["Sour Bread"], parse_text(late, "x.md"))


def test_a_name_plus_a_kind_word_is_that_name():
    # kind_of_named, used by unify: '发酵技术' where '发酵' is named, 'proofing technique' beside 'proofing';
    # a name that only ends like another ('酸面团' and '面团' with no kind word) is its own
    from kg.extraction.mentions import DiscoveredConcept, kind_of_named, unify

    suffixes = ["技术", "technique", "方法"]
    assert kind_of_named("发酵技术", {"发酵"}, suffixes) == "发酵"
    assert kind_of_named("proofingtechnique", {"proofing"}, suffixes) == "proofing"
    assert kind_of_named("酸面团", {"面团"}, suffixes) is None and kind_of_named("技术", {""}, suffixes) is None
    found = [
        DiscoveredConcept("c:ferment", "发酵", "zh", "heading", "a.md", 1),
        DiscoveredConcept("c:ferment-tech", "发酵技术", "zh", "bold", "b.md", 3),
        DiscoveredConcept("c:sour", "酸面团", "zh", "bold", "b.md", 4),
        DiscoveredConcept("c:dough", "面团", "zh", "bold", "b.md", 5),
    ]
    merged = {d.label: d.iri for d in unify(found, [], suffixes)}
    assert merged["发酵技术"] == "c:ferment" and merged["酸面团"] == "c:sour" and merged["面团"] == "c:dough"


def test_merging_names_plus_kind_words_never_loops():
    # _root: two concepts each named like the other plus a kind word ('面团技术' / '面团', '发酵' / '发酵技术'
    # swapped between them) merge one way and stop, instead of chasing each other
    from kg.extraction.mentions import DiscoveredConcept, unify

    found = [
        DiscoveredConcept("c:I", "面团技术", "zh", "bold", "x.md", 1),
        DiscoveredConcept("c:I", "发酵", "zh", "bold", "x.md", 2),
        DiscoveredConcept("c:J", "面团", "zh", "bold", "y.md", 1),
        DiscoveredConcept("c:J", "发酵技术", "zh", "bold", "y.md", 2),
    ]
    assert len({d.iri for d in unify(found, [], ["技术"])}) == 1


def test_two_notes_merging_a_pair_in_opposite_directions_make_one_node():
    # _merged: 'sour bread (SB)' in one note and 'SB' spelling out 'Sour Bread' in another merge the two
    # discovered nodes each into the other; the group, not the direction, decides: one node
    from kg.extraction.mentions import DiscoveredConcept, unify

    found = [
        DiscoveredConcept("c:sour_bread", "sour bread", "en", "parenthesis", "a.md", 1),
        DiscoveredConcept("c:sour_bread", "SB", "en", "alias", "a.md", 1),
        DiscoveredConcept("c:Sour_Bread", "Sour Bread", "en", "heading", "b.md", 1),
        DiscoveredConcept("c:Sour_Bread", "SB", "en", "alias", "b.md", 3),
    ]
    assert {d.iri for d in unify(found, [])} == {"c:sour_bread"}


def test_a_known_name_after_model_is_that_name():
    # operand_of (kg:OperandPrefix): '模型发酵' discovered where the lexicon knows 发酵 is 发酵; a name that only
    # starts with the prefix ('模型师') is its own
    from kg.extraction.mentions import DiscoveredConcept, operand_of, unify

    known = {"发酵": "c:Ferment"}
    assert operand_of("模型发酵", known, ["模型"]) == "发酵" and operand_of("模型师", known, ["模型"]) is None
    found = [DiscoveredConcept("c:x", "模型发酵", "zh", "heading", "a.md", 1)]
    assert unify(found, [("发酵", "c:Ferment")], [], ["模型"])[0].iri == "c:Ferment"
    kmeans = [
        DiscoveredConcept("c:Kmeans", "Kmeans", "en", "acronym", "a.md", 1),
        DiscoveredConcept("c:kmc", "k-Means Clustering", "en", "heading", "b.md", 1),
    ]
    assert len({d.iri for d in unify(kmeans, [], ["clustering"])}) == 1


def test_a_role_before_a_head_noun_is_no_kind(matcher, vocab):
    # kg:SizeModifier now holds roles ('baseline', 'candidate'): 'the baseline model' three times names whichever
    # model the notes compare against, not a kind; 'starter model' three times still is one
    from kg.extraction.mentions import kind_phrases

    roles = "The baseline model bakes. The baseline model rests. A candidate model, a candidate model, a candidate model.\n"
    assert list(kind_phrases(parse_text(roles * 2, "x.md"), matcher, vocab)) == []
    kept = "The starter model rises. The starter model rests. The starter model bakes.\n"
    assert [t for t, _ in kind_phrases(parse_text(kept, "x.md"), matcher, vocab)] == ["starter model"]


def test_a_name_whose_known_form_adds_a_kind_word_is_that_name():
    # named_with_kind: 'Kneading' discovered where the lexicon knows 'Kneading technique' is it; 'Crumb' where
    # only 'Crumb layer' is known (a head noun, not a kind word) stays its own
    from kg.extraction.mentions import DiscoveredConcept, named_with_kind, unify

    known = {"kneadingtechnique": "c:Knead", "crumblayer": "c:CrumbLayer"}
    assert named_with_kind("kneading", known, ["technique"]) == "kneadingtechnique"
    assert named_with_kind("crumb", known, ["technique"]) is None
    found = [
        DiscoveredConcept("c:kn", "Kneading", "en", "heading", "a.md", 1),
        DiscoveredConcept("c:cr", "Crumb", "en", "heading", "a.md", 2),
    ]
    lexicon = [("Kneading technique", "c:Knead"), ("Crumb layer", "c:CrumbLayer")]
    got = {d.label: d.iri for d in unify(found, lexicon, ["layer", "technique"], [], ["technique"])}
    assert got == {"Kneading": "c:Knead", "Crumb": "c:cr"}


def test_a_word_of_the_language_is_no_known_name_with_its_kind_word_left_off():
    # unify: '## Kernels' is kernels, not the lexicon's 'Kernel Activation Function' with 'activation function'
    # (kg:KindWord) left unsaid; a coined name ('Kneading', no dictionary word) still folds into its known form
    from kg.extraction.mentions import DiscoveredConcept, unify

    found = [
        DiscoveredConcept("c:ke", "Kernels", "en", "heading", "a.md", 1),
        DiscoveredConcept("c:kn", "Kneading", "en", "heading", "a.md", 2),
    ]
    lexicon = [("Kernel Activation Function", "c:KAF"), ("Kneading activation function", "c:Knead")]
    got = {d.label: d.iri for d in unify(found, lexicon, [], [], ["activation function"], adjective_endings=["al"])}
    assert got == {"Kernels": "c:ke", "Kneading": "c:Knead"}
    # an adjective alone (kg:AdjectiveEnding) still stands for the kind it describes: '## Spectral' is Spectral Clustering
    spectral = [DiscoveredConcept("c:sp", "Spectral", "en", "heading", "a.md", 1)]
    got = unify(spectral, [("Spectral Clustering", "c:SC")], [], [], ["clustering"], adjective_endings=["al"])
    assert got[0].iri == "c:SC"


def test_an_activity_and_its_agent_share_letters_not_a_meaning():
    # mentions._activity_and_agent: 'Decoding' beside 'decoder' (one word each, -ing against -er, one stem) names two
    # things; 'Clustering' beside 'Cluster' (the noun and its own -ing) and two activities are no such pair
    from kg.extraction.mentions import _activity_and_agent

    assert _activity_and_agent(["Decoding", "Decoding Latency"], ["decoder"])
    assert not _activity_and_agent(["Clustering"], ["Cluster"])
    assert not _activity_and_agent(["Tokenization"], ["Tokenizing"])


def test_a_number_with_a_unit_is_an_amount_not_a_concept(vocab):
    # guard is_measurement: '480p' clips, '60 fps', '32GB' disks, '13B' weights, '3天' are amounts; a name with
    # digits ('3D', 'T5', 'Word2Vec') is not one
    from kg.extraction.mentions import NameShape, is_measurement

    units = {"p", "fps", "gb", "b", "天"}
    assert all(is_measurement(t, units) for t in ("480p", "60 fps", "32GB", "13B", "3天"))
    assert not any(is_measurement(t, units) for t in ("3D", "T5", "Word2Vec", "2048"))
    shape = NameShape(vocab)
    assert not shape.ok("720p") and shape.ok("3D Pooling")


def test_a_heading_placing_something_before_or_after_a_name_is_not_a_name(matcher, vocab):
    # NameShape.ok, kg:Postposition: '###### QMB之前：' and '###### QMBs之后' walk through a network in order (the
    # part before the QMB blocks, the part after them); 'QMB' is the name, 'QMB之前' a place in the network
    from kg.extraction.mentions import NameShape, discover
    from kg.extraction.structure import parse_text

    text = "## 网络结构\n\n###### QMB之前：\n\n两个卷积层。\n\n###### QMBs\n\n八个 QMB 块。\n\n###### QMBs之后\n\n一个全连接层。\n"
    found = {d.label for d in discover(parse_text(text, "x.md"), matcher, vocab)}
    assert "QMBs" in found
    assert not found & {"QMB之前", "QMBs之后"}
    shape = NameShape(vocab)
    assert not shape.ok("卷积层之间") and shape.ok("前馈网络") and shape.ok("后验分布")


def test_a_title_phrase_opening_with_a_preposition_is_not_a_name(vocab):
    # NameShape.ok, kg:Preposition: '## Beyond RYE: …' and '#### From a teacher solution' are a title's phrases;
    # 'in', 'on', 'over' and 'per' open names written apart ('On Policy', 'Over Smoothing')
    from kg.extraction.mentions import NameShape

    shape = NameShape(vocab)
    assert not any(shape.ok(t) for t in ("Beyond RYE", "From a teacher solution", "Towards Sourdough", "Without Yeast"))
    assert all(shape.ok(t) for t in ("On Policy", "Over Smoothing", "In Context Learning", "Beyond"))


def test_a_heading_about_somebodys_part_of_the_text_is_not_a_name(matcher, vocab):
    # NameShape.ok, kg:OwnerDeterminer: '## 2.2. My interpretation' in a reproduction report is the student's part
    from kg.extraction.mentions import NameShape, discover
    from kg.extraction.structure import parse_text

    text = "# RYE Nets\n\n## 2.2. My interpretation\n\nRYE Nets use WB layers.\n\n## Our Method\n\nIt works.\n"
    assert not {d.label.lower() for d in discover(parse_text(text, "x.md"), matcher, vocab)} & {"my interpretation", "our method"}
    shape = NameShape(vocab)
    assert not shape.ok("Their Results") and shape.ok("Mystery Net")


def test_a_camelcase_word_ending_in_a_folder_word_names_a_repository(vocab):
    # guard names_folder: 'BakeryExamples', 'OvenUtils' are somebody's folders of code; 'ResNets', 'ConvNets',
    # 'FastText' end in no folder word
    from kg.extraction.mentions import NameShape, names_folder

    folders = {"examples", "utils"}
    assert names_folder("BakeryExamples", folders) and names_folder("OvenUtils", folders)
    assert not any(names_folder(t, folders) for t in ("ResNets", "ConvNets", "FastText", "Examples"))
    assert not NameShape(vocab).ok("CookieTools")


def test_chinese_words_then_one_letter_name_a_variable(vocab):
    # guard ends_in_variable: '节点j' (node j), '下标 k', '权重 w' are symbols of a formula; 'BN层', '面包QK' end
    # in Chinese or in a name
    from kg.extraction.mentions import NameShape, ends_in_variable

    assert ends_in_variable("节点j") and ends_in_variable("下标 k") and ends_in_variable("角度 φ")
    assert not any(ends_in_variable(t) for t in ("BN层", "面包QK", "ResNet", "发酵"))
    assert not NameShape(vocab).ok("样本x")


def test_a_chinese_term_with_a_copula_inside_is_a_clause(vocab):
    # guard is_clause: '面团有弹性' (the dough is elastic), '温度是 t' state something; words holding the character
    # ('有效性', '所有样本', '是否') and a name that opens with it (caught elsewhere) are not clauses
    from kg.extraction.mentions import NameShape, is_clause

    verbs = {"是", "有", "具有"}
    assert is_clause("面团有弹性", verbs) and is_clause("温度是 t", verbs)
    assert not any(is_clause(t, verbs) for t in ("有效性", "所有样本", "是否收敛", "烘焙"))
    assert not NameShape(vocab).ok("烤箱有余温")


def test_capitals_inside_maths_are_symbols_not_acronyms(vocab):
    # guard maths_spans in discover: a '$$…$$' block holds a formula's symbols ('OldBKT' twice there is no
    # acronym); the same capitals twice in the prose still make one. (Inline '$…$' reaches discover unwrapped
    # by the parser, so only what stays between dollar signs is caught.)
    from kg.extraction.mentions import maths_spans

    assert maths_spans("a $T^{BKT}$ b $$x + \\text{OldDough}$$ c") == [(2, 11), (14, 37)]
    inside = "Intro line.\n\n$$\n\\text{NewBKT} = \\text{OldBKT} + \\text{OldBKT}\n$$\n"
    assert "OldBKT" not in {d.label for d in discover(parse_text(inside, "x.md"), lexicon_matcher(vocab), vocab)}
    prose = "OldBKT ovens bake fast. An OldBKT oven browns the crust.\n"
    assert "OldBKT" in {d.label for d in discover(parse_text(prose, "x.md"), lexicon_matcher(vocab), vocab)}


def test_an_ordinal_with_its_measure_word_is_heading_noise():
    # '第三个烤箱' (the third oven): 第, the number and the measure word 个 are dropped like '第3章'
    from kg.extraction.mentions import _HEADING_NOISE

    assert _HEADING_NOISE.sub("", "第三个烤箱") == "烤箱" and _HEADING_NOISE.sub("", "第3章 面包") == "面包"
    assert _HEADING_NOISE.sub("", "个性化推荐") == "个性化推荐"


def test_a_name_cut_before_a_longer_abbreviation_joins_nothing():
    # longer_abbreviation_owners, used by unify: one note writes '发酵（FM）', another '低温的发酵（FMLT）' whose
    # name was cut at 的: the shared name 发酵 is FM's, so FMLT stays a concept of its own and loses the cut
    # name; two notes giving one name the same abbreviation, or abbreviations neither of which extends the
    # other ('SB' / 'BS'), merge as before
    from kg.extraction.mentions import DiscoveredConcept, longer_abbreviation_owners, unify

    abbreviations = {"c:FM": {"FM"}, "c:FMLT": {"FMLT"}, "c:SB": {"SB"}, "c:BS": {"BS"}}
    assert longer_abbreviation_owners({"c:FM", "c:FMLT"}, abbreviations) == {"c:FMLT"}
    assert longer_abbreviation_owners({"c:SB", "c:BS"}, abbreviations) == set()
    found = [
        DiscoveredConcept("c:FM", "FM", "en", "parenthesis", "a.md", 1),
        DiscoveredConcept("c:FM", "发酵", "zh", "alias", "a.md", 1),
        DiscoveredConcept("c:FMLT", "FMLT", "en", "parenthesis", "b.md", 2),
        DiscoveredConcept("c:FMLT", "发酵", "zh", "alias", "b.md", 2),
        DiscoveredConcept("c:RISE", "RISE", "en", "parenthesis", "c.md", 3),
        DiscoveredConcept("c:RISE", "醒发", "zh", "alias", "c.md", 3),
        DiscoveredConcept("c:proof", "醒发", "zh", "heading", "d.md", 4),
    ]
    out = unify(found, [])
    names = {(d.iri, d.label) for d in out}
    assert ("c:FM", "发酵") in names and ("c:FMLT", "FMLT") in names
    assert not any(iri == "c:FMLT" and label == "发酵" for iri, label in names)
    assert len({d.iri for d in out if d.label == "醒发"}) == 1  # no abbreviations in conflict: merged as before


def test_no_name_is_left_pointing_at_a_node_that_lost_its_own_names():
    # unify: 'Rye-Yeast-Evolution (RYE)' in one note goes to the node of 'Rye-Yeast evolution (RY)' in another (one
    # key), and its own spelling is cut; a third note's acronym 'RYE', first merged into the cut node, follows it
    # there too. Before, it kept the cut node's IRI, a node with no label of its own and no rdf:type, so the
    # graph failed its shapes (schema:about a non-concept)
    from kg.extraction.mentions import unify
    from kg.model import ALIAS_HOWS, DiscoveredConcept

    found = [
        DiscoveredConcept("c:Rye_Yeast_evolution", "Rye-Yeast evolution", "en", "parenthesis", "a.md", 1),
        DiscoveredConcept("c:Rye_Yeast_evolution", "RY", "en", "alias", "a.md", 1),
        DiscoveredConcept("c:Rye_Yeast_Evolution", "Rye-Yeast-Evolution", "en", "parenthesis", "b.md", 2),
        DiscoveredConcept("c:Rye_Yeast_Evolution", "RYE", "en", "alias", "b.md", 2),
        DiscoveredConcept("c:RY", "RY", "en", "acronym", "c.md", 3),
        DiscoveredConcept("c:RYE", "RYE", "en", "acronym", "c.md", 4),
    ]
    out = unify(found, [])
    own = {d.iri for d in out if d.how not in ALIAS_HOWS}
    assert {d.iri for d in out} <= own
    assert {d.iri for d in out if d.label == "RYE"} == {"c:Rye_Yeast_evolution"}


def test_a_lone_participle_describes_and_names_nothing(vocab):
    # guard is_participle: 'Laminated', 'Proofed' alone describe; 'Speed', 'Seed' end in -eed, 'Fermented Dough'
    # is two words (a name may open with an adjective)
    from kg.extraction.mentions import NameShape, is_participle

    assert is_participle("Laminated") and is_participle("Proofed")
    assert not any(is_participle(t) for t in ("Speed", "Seed", "Fermented Dough", "GraphSAGE", "Bed"))
    assert not NameShape(vocab).ok("Kneaded") and NameShape(vocab).ok("Kneaded Dough")


def test_a_title_sorting_things_by_how_usual_they_are_heads_a_group(vocab):
    # guard names_group (kg:GroupModifier): 'Traditional Breads', 'Popular Sourdough Starters' head the group a
    # section lists; 'Traditional Chinese Medicine' has no plural, 'Recurrent Models' no such word
    from kg.extraction.mentions import NameShape, names_group

    mods = {"traditional", "popular"}
    assert names_group("Traditional Breads", mods) and names_group("Popular Sourdough Starters", mods)
    assert not any(names_group(t, mods) for t in ("Traditional Chinese Medicine", "Recurrent Models", "Popular Glass"))
    assert not NameShape(vocab).ok("Modern Ovens")


def test_an_ing_word_before_a_known_name_titles_an_article(matcher):
    # guard gerund_on_name: 'Exploring Dropout', 'Understanding Batch Normalization' are titles about a known name;
    # 'Learning Rate Warmup' and 'Baking Soda' (the rest names nothing known) are left to the other rules
    from kg.extraction.mentions import gerund_on_name

    assert gerund_on_name("Exploring Dropout", matcher) and gerund_on_name("Understanding Batch Normalization", matcher)
    assert not any(gerund_on_name(t, matcher) for t in ("Learning Rate Warmup", "Baking Soda", "Dropout", "Ring Dropout"))


def test_a_name_a_hyphened_gerund_acts_on_is_no_mention(matcher):
    # Matcher.adjective_compound: 'the token-mixing MLP', 'a dropout-tuning run': the name is what the -ing word
    # after the hyphen acts on, and the compound describes the noun after it; the noun is named, the name is not
    assert names(matcher, "convolution replaces the token-mixing MLP") == [("convolution", "Convolution"), ("MLP", "MLP")]
    assert names(matcher, "a dropout-tuning run") == []
    # with no noun after the compound, it names the activity done with the name ('uses softmax-weighting.')
    assert names(matcher, "it uses softmax-weighting.") == [("softmax", "Softmax")]
    assert names(matcher, "add dropout-based noise") == [("dropout", "Dropout")]


def test_two_words_sharing_one_compound_tail_are_both_adjectives(matcher):
    # guard Matcher.coordinated_compound: 'depth and breadth first traversal' is depth-first and breadth-first;
    # 'dropout and noise free runs', 'dropout- and noise-free runs' are dropout-free; with no kg:CompoundTail after the second word the name stays
    assert names(matcher, "compare dropout and noise free runs") == []
    assert names(matcher, "compare dropout- and noise-free runs") == []
    assert names(matcher, "add dropout and noise to the runs") == [("dropout", "Dropout")]


def test_a_word_joined_before_a_name_shares_its_head(matcher):
    # Matcher._shared_head_names (kg:SharedHeadJoin): 'L1 and L2 regularization' names L1 regularization too, and
    # 'L1' alone (a name of its own) gives way to it; only a name the lexicon knows counts
    assert names(matcher, "L1 and L2 regularization prevent overfitting") == [
        ("L1", "L1Regularization"), ("L2 regularization", "L2Regularization"), ("overfitting", "Overfitting")
    ]
    assert names(matcher, "the risk of exploding or vanishing gradients") == [
        ("exploding", "ExplodingGradient"), ("vanishing gradients", "VanishingGradient")
    ]
    assert names(matcher, "L1/L2 正则化") == [("L1", "L1Regularization"), ("L2 正则化", "L2Regularization")]
    assert names(matcher, "最大和平均池化") == [("最大", "MaxPooling"), ("平均池化", "AveragePooling")]
    assert names(matcher, "deep and average pooling") == [("average pooling", "AveragePooling")]  # 'deep pooling': no name


def test_a_chinese_long_form_has_a_character_for_each_capital():
    # guard holds_initials in defined_names: '**慢发酵SFM**（进阶）' puts a remark (advanced) in brackets, '发酵（SFM）'
    # names one word of the three; '慢速发酵法（SFM）', '浮点（FP）' are long forms
    from kg.extraction.mentions import defined_names, holds_initials

    assert holds_initials("慢速发酵法", "SFM") and holds_initials("浮点", "FP") and holds_initials("酵母", "YEAST")
    assert not holds_initials("进阶", "SFM") and not holds_initials("发酵", "SFM")
    assert list(defined_names("用 SFM（进阶）做面包")) == []
    assert [(n, a) for n, a, _ in defined_names("慢速发酵法（SFM）做面包")] == [("慢速发酵法", ["SFM"])]
    assert [(n, a) for n, a, _ in defined_names("SFM（慢速发酵法）做面包")] == [("慢速发酵法", ["SFM"])]


def test_a_definition_joining_two_known_concepts_defines_nothing(vocab):
    # guard names_two_known in _define: '面团的水分和批归一化 (ReLUs)' puts a bracket after the wrong name (a translation
    # moved it): BN and ReLU are both known, so neither becomes a name of the other; a new name beside one
    # known name ('批归一化（BNX）') still is one of its names
    from kg.extraction.mentions import names_two_known

    m = lexicon_matcher(vocab)

    def named(k):
        return m.concept_of.get(k)

    def key(n):
        return n.lower()

    assert names_two_known(["批归一化", "ReLUs"], key, named)
    assert not names_two_known(["批归一化", "BNX"], key, named)
    text = "面团的水分和批归一化 (ReLUs) 都要小心。\n"
    found = discover(parse_text(text, "x.md"), m, vocab)
    assert not any(d.label == "ReLUs" and d.iri.endswith("/BatchNorm") for d in found)


def test_a_broad_name_with_a_head_noun_is_a_kind_not_a_name_of_its_member(vocab):
    # guard the kind step of _define: '神经网络模型（SFMNet-5）' names a kind (神经网络, a broad concept, plus a head
    # noun) and one of its members; the kind is no name of the member, known or not. A definition where the
    # other name is the kind's own ('神经网络模型（NN）') still gives the kind that name
    m = lexicon_matcher(vocab)
    text = "1989 年提出的神经网络模型（SFMNet-5），用来发面。\n\n神经网络模型（NN）很常见。\n"
    found = discover(parse_text(text, "x.md"), m, vocab)
    labels = {d.label: d.iri.rsplit("/", 1)[1] for d in found}
    assert "神经网络模型" not in labels or labels["神经网络模型"] == m.concept_of["神经网络"].rsplit("/", 1)[1]
    assert not any(d.label == "神经网络模型" and "SFMNet" in d.iri for d in found)


def test_a_capitalised_word_hyphened_to_capitals_is_one_name():
    # _ACRONYM: 'Post-BK' and 'Sour-AB' are single names (as 'Post-LN', 'Colossal-AI' are); a lone capitalised word
    # ('Post') is none, and neither are the capitals after a lower-case word and a hyphen ('post-BK', as in
    # 'transformer-XL'): they end that word's name, which is no acronym
    from kg.extraction.mentions import _ACRONYM

    assert [m.group(0) for m in _ACRONYM.finditer("Post-BK and Sour-AB, not post-BK or Post")] == ["Post-BK", "Sour-AB"]


def test_pronouns_question_words_and_naming_verbs_open_no_name(vocab):
    # kg:FunctionWord: '它重叠度', '什么需要烘焙' are pieces of sentences; '称为慢速发酵（slow fermentation）' defines
    # 慢速发酵, the name after 称为 (called)
    from kg.extraction.mentions import NameShape, TranslationReader

    shape = NameShape(vocab)
    assert not shape.ok("它重叠度") and not shape.ok("什么需要烘焙") and not shape.ok("者说交并比")
    assert shape.ok("重叠度")
    reader = TranslationReader(vocab)
    assert [n for n, _, _ in reader.names("这种做法称为慢速发酵（slow fermentation）")] == ["慢速发酵"]


def test_a_letter_that_is_a_word_of_a_name_is_no_typo():
    # guard one_letter_word_apart in unify: 'Sour Bread' beside the known 'Sour K-Bread' lacks the word 'K' (two
    # names); 'Sourdogh' beside 'Sourdough' lacks a letter of a word (a typo, merged)
    from kg.extraction.mentions import DiscoveredConcept, fold_key, one_letter_word_apart, unify

    assert one_letter_word_apart(fold_key("Sour Bread"), ["Sour K-Bread"])
    assert not one_letter_word_apart(fold_key("Sourdogh"), ["Sourdough"])
    lexicon = [("Sour K-Bread", "c:SKB"), ("Sourdough Starter", "c:SS")]
    found = [
        DiscoveredConcept("c:sb", "Sour Bread", "en", "bold", "a.md", 1),
        DiscoveredConcept("c:typo", "Sourdough Startr", "en", "bold", "a.md", 2),
    ]
    out = {d.label: d.iri for d in unify(found, lexicon)}
    assert out["Sour Bread"] == "c:sb" and out["Sourdough Startr"] == "c:SS"


def test_a_letter_that_opens_a_word_or_sits_in_a_short_one_changes_the_word():
    # guards word_initial_substitution and short_word_substitution in unify: 'BreadFlow' beside the known 'BreadGlow',
    # 'hdough' beside 'E-dough' differ in a letter that opens a word; 'RyeNat' beside 'RyeNet' in a letter of a word of
    # three letters (one letter makes another word): two names each time; 'Sourdogh Starter' (a letter inside a
    # longer word) is a typo
    from kg.extraction.mentions import (
        DiscoveredConcept,
        fold_key,
        short_word_substitution,
        unify,
        word_initial_substitution,
    )

    assert word_initial_substitution("BreadFlow", fold_key("BreadGlow"))
    assert word_initial_substitution("hdough", fold_key("E-dough"))
    assert not word_initial_substitution("Sourdogh Startr", fold_key("Sourdogh Starter"))
    assert short_word_substitution("RyeNat", fold_key("RyeNet"))
    assert not short_word_substitution("Sourdough Startor", fold_key("Sourdough Starter"))
    lexicon = [("BreadGlow", "c:BG"), ("Sourdough Starter", "c:SS"), ("RyeNet", "c:RN")]
    found = [
        DiscoveredConcept("c:bf", "BreadFlow", "en", "heading", "a.md", 1),
        DiscoveredConcept("c:typo", "Sourdough Startor", "en", "bold", "a.md", 2),
        DiscoveredConcept("c:rnat", "RyeNat", "en", "heading", "a.md", 3),
    ]
    out = {d.label: d.iri for d in unify(found, lexicon)}
    assert out["BreadFlow"] == "c:bf" and out["Sourdough Startor"] == "c:SS" and out["RyeNat"] == "c:rnat"


def test_everyday_words_whose_letters_happen_to_spell_a_known_abbreviation_define_nothing(vocab):
    # M-ore formaL tErms: the letters stand in order, but a known abbreviation's new long form must be a name
    m = lexicon_matcher(vocab)
    found = discover(parse_text("The same in more formal terms (MLE):\n\nWe bake with a Bread Loaf Machine (BN).\n", "x.md"), m, vocab)
    assert "more formal terms" not in {d.label for d in found}
    assert "Bread Loaf Machine" in {d.label for d in found}


def test_an_abbreviation_spelled_out_as_another_name_is_another_concept(vocab):
    # guards redefines_abbreviation (in _define) and other_expansions (in unify): 'Bread Loaf Machine (BN)' redefines
    # BN, which kg knows as batch normalisation, so it is a concept of its own; two notes spelling 'SFD' out as
    # 'Slow Fermented Dough' and 'Sugar Free Dessert' make two concepts; 'Slow-Fermented Dough' and 'slow fermentation
    # dough' (one first word) one
    from kg.extraction.mentions import DiscoveredConcept, other_expansions, redefines_abbreviation, unify

    m = lexicon_matcher(vocab)
    labels = {c.iri: [lab.text for lab in c.all_labels] for c in vocab.concepts.values()}
    assert redefines_abbreviation(["Bread Loaf Machine", "BN"], m.concept_of.get, labels.get)
    assert not redefines_abbreviation(["Batch Norm Layer", "BN"], m.concept_of.get, labels.get)
    found = discover(parse_text("We bake with a Bread Loaf Machine (BN) every day.\n", "x.md"), m, vocab)
    assert {d.label for d in found if not d.iri.endswith("/BatchNorm")} >= {"Bread Loaf Machine", "BN"}  # BN: this file's sense
    words = {"c:a": ({"slow"}, {"slow", "fermented", "dough"}), "c:b": ({"sugar"}, {"sugar", "free", "dessert"}),
             "c:c": ({"slow"}, {"slow", "fermentation", "dough"})}
    assert other_expansions({"c:a", "c:b", "c:c"}, words, set()) == {"c:b"}
    two = [
        DiscoveredConcept("c:a", "Slow Fermented Dough", "en", "parenthesis", "a.md", 1),
        DiscoveredConcept("c:a", "SFD", "en", "alias", "a.md", 1),
        DiscoveredConcept("c:b", "Sugar Free Dessert", "en", "parenthesis", "b.md", 1),
        DiscoveredConcept("c:b", "SFD", "en", "alias", "b.md", 1),
    ]
    assert len({d.iri for d in unify(two, [])}) == 2
    # a name written as capitalised words run together spells those words: 'SlowFermentedDough (SFD)' and 'Sugar Free
    # Dessert (SFD)' are two concepts too
    camel = [
        DiscoveredConcept("c:a", "SlowFermentedDough", "en", "parenthesis", "a.md", 1),
        DiscoveredConcept("c:a", "SFD", "en", "alias", "a.md", 1),
        *two[2:],
    ]
    assert len({d.iri for d in unify(camel, [])}) == 2


def test_an_abbreviation_spelled_out_through_another_name_is_that_concept():
    # unify (_linked_long_words): one note defines 'SFD' as the lexicon's Slow Fermented Dough; other notes head a
    # section 'SFD' and write it '无糖甜点（SFD）', and a third writes '无糖甜点（Sugar Free Dessert）': those notes spell
    # SFD out as Sugar Free Dessert through the Chinese name, so their SFD is that concept, not the lexicon's
    from kg.extraction.mentions import DiscoveredConcept, unify

    found = [
        DiscoveredConcept("c:SlowFermentedDough", "SFD", "en", "alias", "a.md", 1),
        DiscoveredConcept("c:SFD", "SFD", "en", "heading", "b.md", 1),
        DiscoveredConcept("c:SFD", "无糖甜点", "zh", "alias", "b.md", 3),
        DiscoveredConcept("c:SugarFree", "Sugar Free Dessert", "en", "parenthesis", "c.md", 2),
        DiscoveredConcept("c:SugarFree", "无糖甜点", "zh", "alias", "c.md", 2),
    ]
    out = {(d.label, d.source): d.iri for d in unify(found, [("Slow Fermented Dough", "c:SlowFermentedDough")])}
    assert out[("SFD", "a.md")] == "c:SlowFermentedDough"
    assert out[("SFD", "b.md")] == out[("Sugar Free Dessert", "c.md")] != "c:SlowFermentedDough"


def test_an_abbreviation_spelled_out_three_ways_is_one_node_per_way():
    # unify (_expansion_clusters): 'SFD' spelled out as Sugar Free Dessert in one note and as Slow Fermented Dough
    # and Slow-Fermentation Dough (forms of one name) in two others: two nodes, the slow ones merged, not three
    from kg.extraction.mentions import DiscoveredConcept, unify

    found = [
        DiscoveredConcept("c:a", "Sugar Free Dessert", "en", "parenthesis", "a.md", 1),
        DiscoveredConcept("c:a", "SFD", "en", "alias", "a.md", 1),
        DiscoveredConcept("c:b", "Slow Fermented Dough", "en", "parenthesis", "b.md", 1),
        DiscoveredConcept("c:b", "SFD", "en", "alias", "b.md", 1),
        DiscoveredConcept("c:c", "Slow-Fermentation Dough", "en", "parenthesis", "c.md", 1),
        DiscoveredConcept("c:c", "SFD", "en", "alias", "c.md", 1),
    ]
    out = {d.source: d.iri for d in unify(found, []) if d.label == "SFD"}
    assert out["b.md"] == out["c.md"] != out["a.md"]


def test_two_spellings_of_one_word_spell_one_name():
    # other_expansions (_forms_of_one_word): 'Rotary Proofing Drum' and 'Rotation Proofing Drum' (RPD) are one name
    # spelled two ways; 'Rye Proofing Drum' is another name
    from kg.extraction.mentions import other_expansions

    words = {"c:a": ({"rotary"}, {"rotary", "proofing", "drum"}), "c:b": ({"rotation"}, {"rotation", "proofing", "drum"}),
             "c:c": ({"rye"}, {"rye", "proofing", "drum"})}
    assert other_expansions({"c:a", "c:b", "c:c"}, words, set()) == {"c:c"}
    # two words that only open alike are two words: 'Crumble Loaf' and 'Crumpet Loaf' (CL) are two names
    words = {"c:a": ({"crumble"}, {"crumble", "loaf"}), "c:b": ({"crumpet"}, {"crumpet", "loaf"})}
    assert other_expansions({"c:a", "c:b"}, words, set()) == {"c:b"}


def test_a_known_name_with_a_head_noun_after_it_is_that_name(vocab):
    # unify: a heading 'Crumb Folding Mechanism' (or '… 机制') in some note is the lexicon's crumb folding: the head noun
    # (kg:HeadNoun, in English as in Chinese) adds nothing to the name
    from kg.extraction.mentions import DiscoveredConcept, unify

    found = [
        DiscoveredConcept("c:m", "Crumb Folding Mechanism", "en", "heading", "a.md", 1),
        DiscoveredConcept("c:z", "面团折叠机制", "zh", "heading", "b.md", 1),
    ]
    heads = vocab.cue_set("HeadNoun") + vocab.cue_set("KindWord")
    out = {d.label: d.iri for d in unify(found, [("Crumb folding", "c:CF"), ("面团折叠", "c:CF")], heads)}
    assert out == {"Crumb Folding Mechanism": "c:CF", "面团折叠机制": "c:CF"}


def test_a_plural_written_as_a_name_of_its_own_matches_that_name():
    # Matcher.find: 'SFDs' is its own label (of c:b) beside 'SFD' (of c:a): the exact match wins over 'SFD' + s
    from kg.extraction.mentions import Matcher

    m = Matcher([("SFD", "c:a"), ("SFDs", "c:b"), ("loaf", "c:l")])
    assert [(x.surface, x.concept) for x in m.find("SFDs and SFD and loafs")] == [("SFDs", "c:b"), ("SFD", "c:a"), ("loafs", "c:l")]


def test_an_abbreviation_a_file_defines_means_its_expansion_there():
    # file_senses and facts.LocalMatcher: one note writes 'Sour Dough (SD)', another 'Sugar Dust (SD)'; the build's
    # matcher gives SD to one of them, and each file reads SD (and 'SDs') as it defines it; a third file that
    # defines nothing reads the build's sense
    from kg.extraction.facts import LocalMatcher
    from kg.extraction.mentions import DiscoveredConcept, Matcher, file_senses

    found = [
        DiscoveredConcept("c:sour", "Sour Dough", "en", "parenthesis", "a.md", 1),
        DiscoveredConcept("c:sour", "SD", "en", "alias", "a.md", 1),
        DiscoveredConcept("c:dust", "Sugar Dust", "en", "parenthesis", "b.md", 1),
        DiscoveredConcept("c:dust", "SD", "en", "alias", "b.md", 1),
    ]
    matcher = Matcher(sorted({(d.label, d.iri) for d in found}))
    senses = file_senses(found, matcher.concept_of)
    first = matcher.concept_of["sd"]
    other = "c:dust" if first == "c:sour" else "c:sour"
    defining = "b.md" if other == "c:dust" else "a.md"
    assert senses == {defining: {"sd": other}}
    there = LocalMatcher(matcher, frozenset(), senses[defining])
    assert [m.concept for m in there.find("SD and SDs")] == [other, other]
    assert [m.concept for m in matcher.find("SD")] == [first]


def test_a_title_of_everyday_words_is_a_name_elsewhere_only_when_capitalised():
    # title_case_names and facts.LocalMatcher: one note's heading 'Fresh Bread Models' (everyday words, capitalised)
    # is a concept; in another note 'fresh bread models' in lower case are ordinary words, 'Fresh Bread Models'
    # still the name; a bracket-defined name or a rarer word ('Sourdough Starters') is a name anywhere
    from kg.extraction.facts import LocalMatcher
    from kg.extraction.mentions import DiscoveredConcept, Matcher, common_words, title_case_names

    found = [
        DiscoveredConcept("c:fbm", "Fresh Bread Models", "en", "heading", "a.md", 1),
        DiscoveredConcept("c:ss", "Sourdough Starters", "en", "heading", "a.md", 2),
        DiscoveredConcept("c:pm", "Proof Method", "en", "parenthesis", "a.md", 3),
    ]
    titles = title_case_names(found, common_words())
    assert titles == {"c:fbm": frozenset({"a.md"})}
    matcher = Matcher([(d.label, d.iri) for d in found])
    other = LocalMatcher(matcher, frozenset(), None, frozenset(titles))
    assert [m.concept for m in other.find("we bake fresh bread models daily")] == []
    assert [m.concept for m in other.find("the Fresh Bread Models and sourdough starters")] == ["c:fbm", "c:ss"]
    # one word alone is an ordinary word at a lower frequency ('Fermentation', Zipf 3.3) than words of a longer
    # name are; a rarer one ('Proofing', 2.8) is a name anywhere
    one = [
        DiscoveredConcept("c:f", "Fermentation", "en", "bold", "a.md", 1),
        DiscoveredConcept("c:p", "Proofing", "en", "heading", "a.md", 2),
    ]
    assert title_case_names(one, common_words()) == {"c:f": frozenset({"a.md"})}


def test_numbered_item_labels_and_units_written_after_numbers_are_not_concepts(matcher, vocab):
    # is_item_label: '## 4. E1：…' numbers an experiment; an acronym the notes write after a number ('16 GB',
    # '3.35 TB/s') is a unit there; the same letters used as a name ('DB算法' twice, never after a number) stay
    doc = parse_text(
        "## 4. E1：Oven A vs Oven B\n\nE1 bakes at 16 GB and E1 again. The log takes 3 TB/s, TB twice: 2 TB.\n\n"
        "## 5. Q3：Sourdough\n\nQ3 as well.\n\n"
        "## Crumb\n\nThe detector is based on DB算法 and DB算法 again.\n",
        "x.md",
    )
    found = {d.label for d in discover(doc, matcher, vocab)}
    assert not found & {"E1", "Q3", "GB", "TB"}
    assert {"Crumb", "DB"} <= found


def test_a_heading_that_opens_with_the_authors_is_no_concept(matcher, vocab):
    # kg:AuthorPronoun: '## 我们尝试过的方法' says what the authors tried, '**本文方法**' whose method; a heading
    # that opens with the reader ('You Only…', '用户…') may still be a name
    doc = parse_text(
        "## 我们尝试过的方法\n\n一些文字。\n\n## We bake sourdough\n\ntext\n\n**本文烤箱**\n\n## 用户烤箱\n\ntext\n\n"
        "## You Only Bake Once\n\ntext\n\n## Weizen Oven\n\ntext\n",
        "x.md",
    )
    found = {d.label for d in discover(doc, matcher, vocab)}
    assert not found & {"我们尝试过", "We bake sourdough", "本文烤箱"}
    assert {"用户烤箱", "You Only Bake Once", "Weizen Oven"} <= found


def test_a_heading_cut_after_its_verb_at_dao_is_no_concept(matcher, vocab):
    # kg:FunctionWord 到: '## 扩展到面包发酵' (extended to bread rising) leaves '到面包发酵' once the verb is cut, a
    # piece of the clause; a name holding 到 inside a word of its own ('端到端烘焙') stays
    doc = parse_text("## 扩展到面包发酵\n\n一些文字。\n\n## 端到端烘焙\n\n一些文字。\n", "x.md")
    found = {d.label for d in discover(doc, matcher, vocab)}
    assert not any(label.startswith("到") for label in found)
    assert "端到端烘焙" in found


def test_ranges_with_units_joined_names_and_bound_adjectives_are_not_concepts(vocab):
    # NameShape: '5-6 倍' is an amount (a range and its unit); 'CRNN+CTC' joins two names; 'Compute-bound',
    # 'IO-bound' describe (kg:AdjectiveSuffix 'bound'); 'C++' is not two names and 'Lower Bound' is no hyphened adjective
    from kg.extraction.mentions import NameShape

    shape = NameShape(vocab)
    assert not any(shape.ok(t) for t in ("5-6 倍", "3~5 倍", "CRNN+CTC", "Ours + RAG", "Compute-bound", "memory-bound"))
    assert all(shape.ok(t) for t in ("C++", "Lower Bound", "Sourdough-7"))


def test_a_chinese_name_too_short_for_the_long_form_beside_it_is_not_its_translation(matcher, vocab):
    # too_short_to_translate: '酵面法（SDBA，Sour Dough Bread Activation）' — 3 characters for 4 English words name the
    # broader thing; the abbreviation and its long form still define one concept. Names kept in Latin ('DeepSpeed',
    # 'Q') need no characters: '混合引擎（DeepSpeed Big Hybrid Engine）', 'Q网络（Q Network）' are translations, and
    # two-word long forms are left alone ('焦壳（Sour Bread）')
    from kg.extraction.mentions import too_short_to_translate

    assert too_short_to_translate("酵面法", ["酵面法", "SDBA", "Sour Dough Bread Activation"])
    assert not too_short_to_translate("大混合引擎", ["大混合引擎", "DeepSpeed Big Hybrid Engine"])
    assert too_short_to_translate("混合引擎", ["混合引擎", "Big Hybrid Engine Kit"])
    assert not too_short_to_translate("焦壳", ["焦壳", "Sour Bread"])
    assert not too_short_to_translate("Q网络", ["Q网络", "Q Network"])
    assert not too_short_to_translate("批归一化", ["批归一化", "Batch Normalization", "BN"])
    doc = parse_text("## X\n\n烘焙时直接采用酵面法（SDBA，Sour Dough Bread Activation）的方式。\n", "x.md")
    labels = {d.label for d in discover(doc, matcher, vocab)}
    assert "Sour Dough Bread Activation" in labels and "SDBA" in labels and "酵面法" not in labels


def test_a_word_saying_another_name_follows_is_no_part_of_the_name(vocab):
    # kg:AliasMarker: '（Reinforcement learning，简称RL）', '(a.k.a. ConvNet)'; 'Akaike' is not 'aka' + 'ike'
    from kg.extraction.mentions import defined_names

    assert list(defined_names("烘焙学（Bread science，简称BS）很难。", vocab)) == [("烘焙学", ["Bread science", "BS"], 3)]
    assert list(defined_names("The Akaike Information Criterion (AIC) is used.", vocab))[0][0] == "Akaike Information Criterion"


def test_a_heading_of_generic_words_in_the_plural_names_nothing(vocab):
    # HeadingReader._latin_generic: 'Key Architectures' is 'key architecture' in the plural, a part of the notes;
    # 'Transformers' is no plural of a generic word
    from kg.extraction.mentions import HeadingReader

    headings = HeadingReader(vocab)
    assert headings.name("Key Architectures") == "" and headings.name("ResNet Architectures") == "ResNet"
    assert headings.name("Transformers") == "Transformers"


def test_a_generic_heading_word_glued_to_its_translation_names_nothing(vocab):
    # HeadingReader._name, _SCRIPT_BOUNDARY: '##### Module模块' is 'Module 模块' written without the space, both generic;
    # a name glued to a generic word keeps the whole heading ('ResNet模型'), as before
    from kg.extraction.mentions import HeadingReader

    headings = HeadingReader(vocab)
    assert headings.name("Module模块") == "" and headings.name("Module 模块") == ""
    assert headings.name("ResNet模型") == "ResNet模型"


def test_plurals_in_es_fold_to_one_name():
    # fold_key: 'anchor boxes' is 'anchor box', 'losses' 'loss', 'patches' 'patch'; 'KV caches' is 'KV cache' + s
    from kg.extraction.mentions import fold_key

    assert fold_key("anchor boxes") == fold_key("anchor box") and fold_key("Losses") == fold_key("loss")
    assert fold_key("image patches") == fold_key("image patch") and fold_key("KV caches") == fold_key("KV cache")


def test_contrastive_learning_has_its_chinese_name(matcher):
    from kg.pipeline import extract

    # the lexicon's field concepts carry their textbook Chinese names; without 对比学习, the cue 对比 (compare) inside it
    # compared the methods listed after it ('与对比学习方法如 MoCo 和 SimCLR 不同')
    assert [m.concept.rsplit("/", 1)[-1] for m in matcher.find("基于对比学习的模型")] == ["ContrastiveLearning"]
    assert not any(r == "comparedWith" for _, r, _ in extract("与一些对比学习方法如 MoCo 和 SimCLR 不同的是，CLIP 使用文本。"))


def test_a_capitalised_word_before_a_known_name_in_chinese_text_is_part_of_a_longer_name(matcher):
    # _in_title_name: 'Page Attention基于…' opens a Chinese sentence; Chinese has no sentence case, so 'Page' is capitalised
    # as a word of the name 'Page Attention', which is not the lexicon's Attention; in English 'Page' may be the sentence's
    assert [m.surface for m in matcher.find("Page Attention基于页表对缓存进行优化。")] == []
    assert [m.surface for m in matcher.find("Attention 基于查询和键。")] == ["Attention"]
    assert "Attention" in [m.surface for m in matcher.find("Then Attention weights the values.")]


def test_plural_capitals_of_everyday_words_and_ordinal_indices_are_not_concepts(matcher, vocab):
    # CommonWords.is_common: 'INPUTS' in '输入（INPUTS）' is the plural of an everyday word in capitals, while 'LLMS' and
    # 'GPUS' are acronyms; NameShape.ok: 'i-th', 'k-th' index a formula
    from kg.extraction.mentions import NameShape, common_words

    common = common_words()
    assert common.is_common("INPUTS") and common.is_common("OUTPUTS")
    assert not common.is_common("LLMS") and not common.is_common("GPUS")
    shape = NameShape(vocab)
    assert not shape.ok("i-th") and not shape.ok("k-th") and not shape.ok("2nd") and shape.ok("ResNet") and shape.ok("BST")
    assert not shape.ok("全量/增量推理") and shape.ok("增量推理")  # two names sharing a head, as "FP16/BF16"


def test_a_discovered_name_whose_iri_is_a_lexicon_concepts_is_another_label_of_it(matcher, vocab):
    # discover: '`LogisticRegression`' in code mints the IRI of the lexicon's Logistic Regression; it is recorded as an
    # alias (skos:altLabel), so the concept keeps one English prefLabel and `kg check` (SHACL) finds no violation
    doc = parse_text("## LR\n\n`LogisticRegression` is fit with `LogisticRegression` twice.\n", "x.md")
    found = [d for d in discover(doc, matcher, vocab) if d.label == "LogisticRegression"]
    assert found and all(d.how == "alias" and d.iri.endswith("/LogisticRegression") for d in found)


def test_an_abbreviation_given_to_two_names_defines_neither(vocab):
    # defined_names: 'SD' after two different layers says what each is made of, so neither is a name of SD; the
    # single 'WB' still defines its layer, and one thing named twice ('Proofing … the proofing step') keeps its name
    from kg.extraction.mentions import defined_names

    found = [(n, a) for n, a, _ in defined_names("面团层（SD）→ 中间层（WB）→ 外皮层（SD）", vocab)]
    assert found == [("中间层", ["WB"])]
    found = [(n, a) for n, a, _ in defined_names("Proofing (PRF) ― The proofing step (PRF) lets dough rise.", vocab)]
    assert [a for _, a in found] == [["PRF"], ["PRF"]]


def test_a_code_term_the_files_code_assigns_is_a_variable(matcher, vocab):
    # discover: `Crumbness` is assigned in the file's code block, so in the prose it is that program's variable, not
    # a concept; `SourScore`, never assigned there, is still taken for one
    text = (
        "## Baking\n\n```python\nCrumbness = bake(dough)\nProofscore: float = 2.0\ndef knead(x):\n    return x\n```\n\n"
        "The array `Crumbness` holds the crumb; `Crumbness` again. `SourScore` rates it; `SourScore` again. `knead` too, "
        "`knead`. `Proofscore`, `Proofscore`.\n"
    )
    found = {d.label for d in discover(parse_text(text, "x.md"), matcher, vocab)}
    assert "SourScore" in found
    assert not found & {"Crumbness", "knead", "Proofscore"}


def test_a_questions_heading_abbreviated_names_nothing(matcher, vocab):
    # kg:GenericHeading 'ques': '## Ques' heads the author's questions, as '## Questions' does
    found = {d.label for d in discover(parse_text("# Sourdough\n\n## Ques\n\n1. Why does it rise?\n", "x.md"), matcher, vocab)}
    assert "Ques" not in found and "Sourdough" in found
    # and the document-part headings of Chinese notes: 正文 (main text), 备注 (remarks), 待补充 (to be added), 源码
    for part in ("正文", "备注", "待补充", "源码"):
        found = {d.label for d in discover(parse_text(f"# 酸面包\n\n## {part}\n\n酸面包很好。\n", "x.md"), matcher, vocab)}
        assert part not in found and "酸面包" in found


def test_capitals_the_notes_made_a_name_are_their_word_in_lower_case(vocab):
    # Matcher notes_from, CommonWords.EN_LOWER_NOTES_ACRONYM: a note's formula writes 'SUM' and 'COMBINE' in capitals,
    # which makes them names; elsewhere 'their sum' and 'combines' are the words (zipf 4.3 and 4.1, under the 4.4 the
    # lexicon's acronyms need: 'cnn' in lower case still names the CNN)
    from kg.extraction.mentions import lexicon_matcher

    m = lexicon_matcher(vocab, [("SUM", "c:sum"), ("COMBINE", "c:combine")])
    found = [(x.surface, x.concept.rsplit("/", 1)[-1]) for x in m.find("it combines cnn layers; their sum is SUM")]
    assert found == [("cnn", "CNN"), ("SUM", "c:sum")]


def test_a_mixed_case_name_the_notes_made_is_its_word_in_lower_case(vocab):
    # Matcher, the mixed-case branch of _everyday_acronyms: 'SeaL (Sea Loaf)' makes SeaL a name; 'a 16-seal stamp'
    # writes the word seal (zipf 4.3) in lower case, which is no mention of it; 'SeaL' and 'SEAL' still are
    from kg.extraction.mentions import lexicon_matcher

    m = lexicon_matcher(vocab, [("SeaL", "c:seal")])
    found = [x.surface for x in m.find("a 16-seal stamp; SeaL bakes; SEAL too")]
    assert found == ["SeaL", "SEAL"]


def test_a_lower_case_plural_that_is_an_everyday_word_is_that_word(vocab):
    # Matcher.find, _everyday_plurals: a note's 'TRIE' (a document model) makes TRIE a name; another note's 'tries to
    # use' writes the verb (zipf 4.5), not two TRIEs, though 'trie' alone is rare (2.1); 'TRIEs', 'TRIE' still name it
    from kg.extraction.mentions import lexicon_matcher

    m = lexicon_matcher(vocab, [("TRIE", "c:trie")])
    found = [x.surface for x in m.find("it tries to use TRIE; two TRIEs")]
    assert found == ["TRIE", "TRIEs"]


def test_a_chinese_name_with_a_device_suffix_is_the_device(vocab):
    # Matcher.find, MentionWords.device_suffixes (kg:NameSuffix, one Chinese character): '发面器' (a proofer) is a device
    # named after 发面 (proofing), not 发面; the name alone, or before another character, is still found
    from kg.extraction.mentions import lexicon_matcher

    m = lexicon_matcher(vocab, [("发面", "c:proofing")])
    assert [x.surface for x in m.find("发面器很好")] == []
    assert [x.surface for x in m.find("发面很好，发面时要小心")] == ["发面", "发面"]


def test_capitals_inside_a_word_with_accented_letters_are_no_acronym(matcher, vocab):
    # _ACRONYM: 'BRÖTCHEN' and 'TÜLU' are words of accented Latin letters; the capitals after the accented one ('TCHEN',
    # 'LU') are no acronym of their own, while 'SFM' beside them is one
    text = "BRÖTCHEN 2 is a bread. TÜLU 2 is a model. SFM bakes BRÖTCHEN with SFM flour.\n"
    found = {d.label for d in discover(parse_text(text, "x.md"), matcher, vocab)}
    assert not found & {"TCHEN", "LU"}
    assert "SFM" in found


def test_capitals_joined_by_a_middle_dot_are_one_name_not_an_acronym(matcher, vocab):
    # _ACRONYM: 'BAGU·E' is one name written with a middle dot; its capitals before the dot ('BAGU') or after it are
    # no acronym of their own, while 'SFM' beside it is one
    text = "It all starts with BAGU·E. BAGU·E uses SFM flour. SFM is sour. We bake BAGU·E daily. SFM again.\n"
    found = {d.label for d in discover(parse_text(text, "x.md"), matcher, vocab)}
    assert not found & {"BAGU", "E"}
    assert "SFM" in found


def test_capitals_hyphened_to_a_lower_case_word_end_its_name(matcher, vocab):
    # _ACRONYM: in 'loaf-XQ' the capitals end the name loaf-XQ; 'XQ' is no acronym of its own, so a T-shirt size XQ in
    # other notes is never read as it. 'Post-LN'-shaped names (a capitalised word hyphened to capitals) stay whole
    text = "# Breads\n\nWe bake loaf-XQ daily. The loaf-XQ is long (XQ = eXtra Quick). The loaf-XQ oven is hot.\n"
    assert "XQ" not in {d.label for d in discover(parse_text(text, "x.md"), matcher, vocab)}


def test_an_everyday_word_in_camel_case_is_no_name():
    # CommonWords.is_common: 'MisLeading' (a remark in odd case) is the everyday word misleading; 'AlexNet', 'SeaBread'
    # (no everyday word in lower case) and 'LeNet5' stay shaped like names
    from kg.extraction.mentions import CommonWords

    words = CommonWords()
    assert words.is_common("MisLeading")
    assert not words.is_common("AlexNet") and not words.is_common("SeaBread") and not words.is_common("LeNet5")
    # capitals marking an acronym's letters spell no word of their own, even when the letters do ('RoPE', 'MoE', 'GloVe')
    assert not any(words.is_common(w) for w in ("RoPE", "MoE", "GloVe", "ZeRO", "BiT"))


def test_two_generic_heading_words_translated_define_no_name(matcher, vocab):
    # discover, HeadingReader.all_generic: '基本概念 (Basic Concepts)' gives each generic heading word its
    # translation, which defines no concept; 'Crumb Rise Estimation (CRE)', with one generic word, still names one
    text = "### Chapter 1: 基本概念 (Basic Concepts)\n\n面包。\n\nCrumb Rise Estimation (CRE) measures rise.\n"
    found = {d.label for d in discover(parse_text(text, "x.md"), matcher, vocab)}
    assert not found & {"Basic Concepts", "基本概念"}
    assert "Crumb Rise Estimation" in found


def test_a_chinese_name_cut_at_de_keeps_its_modifier_when_the_rest_is_an_everyday_noun():
    # defined_names: in '冷藏级别的发酵（Cold-level Fermentation）' the words after 的 (发酵, fermentation) are an everyday
    # noun, the head of the name, so the Chinese name keeps its modifier; '…由三层的多层酵母层（Multi Yeast Layer）'
    # cuts to the longer name as before
    from kg.extraction.mentions import defined_names

    assert [(n, a) for n, a, _ in defined_names("面团在冷藏级别的发酵（Cold-level Fermentation）中变酸。")] == [
        ("冷藏级别的发酵", ["Cold-level Fermentation"])
    ]
    assert [n for n, _, _ in defined_names("面团由三层的多层酵母层（Multi Yeast Layer）组成。")] == ["多层酵母层"]


def test_a_generic_heading_word_bound_into_a_longer_word_stays(vocab):
    # HeadingReader.name: '结构化面团' (structured dough) opens with 结构 (structure), a kg:GenericHeading word, but the
    # segmenter reads 结构化 as one word: nothing is stripped; '特点 RYE' still loses its heading word
    from kg.extraction.mentions import HeadingReader

    reader = HeadingReader(vocab)
    assert reader.name("结构化面团") == "结构化面团"
    assert reader.name("特点 RYE") == "RYE" and reader.name("模型结构") == ""


def test_a_name_that_differs_from_a_known_one_by_a_capital_is_another_name():
    # capital_substitution: 'ChebNet' is no typo of 'CheXNet': where they differ one writes a capital inside the
    # word, the other a small letter; 'AlexNte' (letters of one kind swapped) is still AlexNet's typo
    from kg.extraction.mentions import capital_substitution

    assert capital_substitution("RyebNet", ["RyeXNet"])
    assert not capital_substitution("AlexNte", ["AlexNet"]) and not capital_substitution("Resnet", ["ResNet"])


def test_a_version_in_code_is_not_a_concept(matcher, vocab):
    # _code_name: `V1` and `V2` name versions of whatever the text is about; `L1`, a letter and a digit, stays a name
    text = "Sample from `V1` and `V2`, then `V1` again and `V2`.\n\nUse `L1` here and `L1` there.\n"
    found = {d.label for d in discover(parse_text(text, "x.md"), matcher, vocab)}
    assert not {"V1", "V2"} & found


def test_names_a_code_block_imports_or_a_dotted_path_reaches_are_code(matcher, vocab):
    # imported_names and the '.' before an acronym: 'from bakery import RyeOven' makes RyeOven that program's class,
    # and 'bakery.ovens.StoneOven' a member of a module; a CamelCase name the prose uses alone stays a name
    text = (
        "```python\nfrom bakery import RyeOven\n```\n\n"
        "RyeOven bakes, RyeOven cools. Use bakery.ovens.StoneOven or bakery.ovens.StoneOven.\n\n"
        "CrumbNet is good. CrumbNet is fast.\n"
    )
    found = {d.label for d in discover(parse_text(text, "x.md"), matcher, vocab)}
    assert "RyeOven" not in found and "StoneOven" not in found and "CrumbNet" in found


def test_a_name_the_prose_discusses_before_the_code_imports_it_stays_a_name(matcher, vocab):
    # imported_by_code_first: 'RyeOven beats StoneOven' and then 'from bakery import RyeOven, StoneOven' is a library
    # that implements the notes' methods under their names; written as `code` first it is still the library's class
    from kg.extraction.mentions import _word_in

    assert _word_in("RyeOven", "RyeOven bakes") and _word_in("RyeOven", "a RyeOven.") and not _word_in("Oven", "RyeOven")
    assert not _word_in("RyeOven", "bakery.RyeOven") and not _word_in("RyeOven", "RyeOvens")
    text = (
        "RyeOven bakes better than StoneOven. RyeOven cools fast, and `CrumbOven` is a class.\n\n"
        "```python\nfrom bakery import RyeOven, StoneOven, CrumbOven\n```\n\n"
        "RyeOven again, StoneOven again, CrumbOven again and CrumbOven.\n"
    )
    found = {d.label for d in discover(parse_text(text, "x.md"), matcher, vocab)}
    assert {"RyeOven", "StoneOven"} <= found and "CrumbOven" not in found


@pytest.mark.slow
def test_reading_a_heading_is_the_same_in_every_process():
    # HeadingReader's generic words and the relator's word sets come from sets, whose order changes with Python's hash
    # seed: rules that stop at the first word that fits must try them in one fixed order ('核心思想' is two generic
    # words, whichever is tried first)
    import os
    import subprocess
    import sys

    script = (
        "from kg.extraction.mentions import HeadingReader\n"
        "from kg.pipeline import extract\n"
        "from kg.vocab import default_vocabulary\n"
        "h = default_vocabulary().derived('headings', HeadingReader)\n"
        "print([h.name(t) for t in ('核心思想', '结构化面团', '特点 RYE')])\n"
        "print(sorted(extract('# RYE（Rye Yeast Evolution）\\n- 核心思想：<br>\\n RYE 大大减少 SD 的参数量。\\n', min_confidence=0.0)))\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in (1, 2, 3)
    }
    assert len(outputs) == 1, outputs


def test_a_stem_written_with_a_device_head_and_a_method_head_names_two_things():
    # unify, kg:MethodHead: '发酵网络' beside '发酵模型' and '发酵方法' (with '发酵' named too): the network is one thing,
    # the model and the method another, and neither folds into the bare stem; method heads alone ('面团模型',
    # '面团算法') stay one concept with the stem
    from kg.extraction.mentions import DiscoveredConcept, unify

    names = ["发酵", "发酵网络", "发酵模型", "发酵方法", "面团", "面团模型", "面团算法"]
    # each name its own discovered concept, in its own file; the bare stems from headings
    found = [
        DiscoveredConcept(f"c:{i}", name, "zh", "heading" if len(name) == 2 else "bold", f"{i}.md", 1)
        for i, name in enumerate(names)
    ]
    heads, methods = ["网络", "模型", "方法", "算法"], ["模型", "方法", "算法"]
    merged = {d.label: d.iri for d in unify(found, [], heads, [], [], methods)}
    assert merged["发酵网络"] != merged["发酵模型"] and merged["发酵网络"] != merged["发酵"]
    assert merged["发酵模型"] == merged["发酵方法"] != merged["发酵"]
    assert merged["面团"] == merged["面团模型"] == merged["面团算法"]


def test_a_chinese_name_cut_at_de_to_a_known_stem_is_no_name_of_the_bracket(matcher, vocab):
    # discover's cut_short: in '沿面包展开的反向传播算法(Back Propagation Through Bread, BPTB)' the Chinese name before
    # the bracket was cut at 的; 反向传播算法 is backpropagation, and the English name holds that and more ('Through
    # Bread'). The long form and BPTB are one new concept; the cut name is not one of its labels. A head noun alone
    # added ('反向传播算法（Back Propagation Algorithm, BPA）') keeps the three names together
    found = discover(parse_text("训练需要使用沿面包展开的反向传播算法(Back Propagation Through Bread, BPTB)。\n", "x.md"), matcher, vocab)
    iris = {d.iri for d in found if d.label in ("Back Propagation Through Bread", "BPTB")}
    assert len(iris) == 1 and not {d.label for d in found if d.iri in iris} & {"反向传播算法"}
    found = discover(parse_text("训练需要使用反向传播算法（Back Propagation Algorithm, BPA）。\n", "x.md"), matcher, vocab)
    assert {d.label for d in found} >= {"反向传播算法", "BPA"}
    # with no English name, the abbreviation says the same: BPTB opens with BP, backpropagation's initials, and goes on
    found = discover(parse_text("推导了面包的反向传播算法(BPTB)后。\n", "x.md"), matcher, vocab)
    assert "反向传播算法" not in {d.label for d in found if d.iri in {e.iri for e in found if e.label == "BPTB"}}


def test_one_notes_agent_name_does_not_take_another_notes_everyday_heading():
    # unify, kg:AgentHead: one note defines '发酵模型（leavening model）' (the model that predicts the rise), another
    # has the heading '## 发酵' (fermentation, an everyday word). The model is no name of fermentation: folding the
    # bare heading into it made '发酵' a name of the leavening model in every note. A note that writes both folds
    # them, and a method head ('发酵算法') still names the activity's method.
    from kg.extraction.mentions import DiscoveredConcept, common_words, everyday_name, unify

    common = common_words()
    heads, methods, agents = ["模型", "算法", "模块"], ["模型", "算法"], ["模型", "网络", "模块"]

    def merged(*found: DiscoveredConcept) -> dict[str, str]:
        out = unify(list(found), [], heads, [], [], methods, lambda label: everyday_name(label, common), agents)
        return {d.label: d.iri for d in out}

    model = DiscoveredConcept("c:leavening_model", "发酵模型", "zh", "alias", "a.md", 3)
    english = DiscoveredConcept("c:leavening_model", "leavening model", "en", "parenthesis", "a.md", 3)
    heading = DiscoveredConcept("c:发酵", "发酵", "zh", "heading", "b.md", 5)
    apart = merged(model, english, heading)
    assert apart["发酵"] != apart["leavening model"]
    same_note = merged(model, english, DiscoveredConcept("c:发酵", "发酵", "zh", "heading", "a.md", 9))
    assert same_note["发酵"] == same_note["leavening model"]
    method = merged(DiscoveredConcept("c:发酵算法", "发酵算法", "zh", "bold", "a.md", 3), heading)
    assert method["发酵"] == method["发酵算法"]
    # a rare bare word (not everyday) keeps apart too when the agent name is defined in brackets: '面团上下文' is no
    # everyday word, yet one note's '面团上下文模块（dough context module）' is not another note's bold '面团上下文'
    device = DiscoveredConcept("c:dough_context_module", "面团上下文模块", "zh", "alias", "a.md", 3)
    device_en = DiscoveredConcept("c:dough_context_module", "dough context module", "en", "parenthesis", "a.md", 3)
    rare = DiscoveredConcept("c:面团上下文", "面团上下文", "zh", "bold", "b.md", 5)
    assert not everyday_name("面团上下文", common)
    apart = merged(device, device_en, rare)
    assert apart["面团上下文"] != apart["dough context module"]
    bolded = merged(DiscoveredConcept("c:面团上下文模块", "面团上下文模块", "zh", "bold", "a.md", 3), rare)
    assert bolded["面团上下文"] == bolded["面团上下文模块"]  # not defined in brackets: one concept, as before


def test_plus_signs_after_a_name_make_a_variant_of_it():
    from kg.pipeline import extract

    # plus_variant, plus_variants and unify: 'Yeast Powder++' and 'RYE2+' are later variants, names of their own;
    # 'BN+ReLU' and 'RYE2+WB' add two things, and a typo fold never drops a plus sign
    defs = "酵母粉（Yeast Powder）是一种发酵剂。黑麦二号（RYE2）是一种面粉。白面包（White Bread）是一种面包。\n\n"
    facts = extract(defs + "RYE2+ 使用了 White Bread。Yeast Powder++ uses White Bread.\n", min_confidence=0)
    assert ("RYE2_plus", "uses", "White_Bread", False) in facts
    assert ("Yeast_Powder_plus_plus", "uses", "White_Bread", False) in facts
    assert not any(f[0] in ("RYE2", "Yeast_Powder") for f in facts)
    assert ("RYE2", "uses", "White_Bread", False) in extract(defs + "RYE2+WB 的 RYE2 使用了 White Bread。\n", min_confidence=0)
    assert ("RYE2", "uses", "White_Bread", False) in extract(defs + "RYE2 使用了 White Bread。\n", min_confidence=0)


def test_a_name_does_not_start_inside_a_hyphenated_name():
    # Matcher.find, _without_tails_of_hyphenated: in 'the Q-Learning algorithm', 'Learning algorithm' (a name other notes
    # made) starts after the hyphen of Q-Learning and is the tail run on, not a name; longest-first took it before
    from kg.vocab import default_vocabulary

    matcher = lexicon_matcher(default_vocabulary(), [("Learning algorithm", "urn:x:LearningAlgorithm")])
    found = matcher.find("DQN is a variant of the Q-Learning algorithm.")
    assert [m.surface for m in found] == ["DQN", "Q-Learning"]
    assert [m.surface for m in matcher.find("A learning algorithm updates.")] == ["learning algorithm"]


def test_a_capitalised_everyday_word_in_code_font_is_a_library_class_not_a_concept(matcher, vocab):
    # `Crusty` (a class some library names with an everyday word): another note's prose 'crusty' is the word
    text = "Wrap the layers in `Crusty` or `RyeNet`.\n\nAgain `Crusty` and `RyeNet`.\n"
    found = {d.label for d in discover(parse_text(text, "x.md"), matcher, vocab)}
    assert "Crusty" not in found and "RyeNet" in found


def test_a_count_and_one_character_is_a_modifier_not_a_name_even_defined_in_brackets(matcher, vocab):
    # '二阶(Quadric)泰勒展开': 三叶 says how many leaves (three-leaf), a modifier of what follows, not a concept
    text = "三叶(Trefoil)面包很香，三叶面包常见。\n\n黑麦酸面团（Rye Sourdough）也很香。\n"
    found = {d.label for d in discover(parse_text(text, "x.md"), matcher, vocab)}
    assert not found & {"三叶", "Trefoil"} and "黑麦酸面团" in found


def test_a_bracket_that_states_something_names_nothing(matcher, vocab):
    # _defined_names (words.bracket_statement, kg:Copula): '运行K次 RyeRank（K是主题数）' says what K is; the bracket
    # gives RyeRank no other name. A bracket that is a name ('白面包（White Bread）') still defines one
    found = {d.label for d in discover(parse_text("需要运行K次 RyeRank（K是主题数）。\n", "x.md"), matcher, vocab)}
    assert "K是主题数" not in found
    found = {d.label for d in discover(parse_text("白面包（White Bread）很好。\n", "x.md"), matcher, vocab)}
    assert {"白面包", "White Bread"} <= found


def test_a_capitalised_word_before_a_head_noun_is_not_a_known_acronym():
    # unify, _stem_as_written: 'InBlock' (a class, defined as '输入块（`InBlock`）') opens with the word 'In', not the
    # acronym IN the lexicon writes in capitals; 'RYE块' and casual 'rye块' in small letters still fold into RYE
    from kg.extraction.mentions import DiscoveredConcept, unify

    lexicon = [("RYE", "c:Rye"), ("IN", "c:Inner")]
    found = [
        DiscoveredConcept("c:InBlock", "InBlock", "en", "parenthesis", "a.md", 1),
        DiscoveredConcept("c:RYE_block", "RYEBlock", "en", "heading", "a.md", 2),
        DiscoveredConcept("c:rye_block", "ryeblock", "en", "heading", "b.md", 2),
    ]
    iris = {d.label: d.iri for d in unify(found, lexicon, ["block"])}
    assert iris == {"InBlock": "c:InBlock", "RYEBlock": "c:Rye", "ryeblock": "c:Rye"}



def test_a_latin_name_sharing_no_word_with_a_known_concepts_names_is_no_alias_of_it(matcher, vocab):
    # discover's foreign_name: '随机森林（Bagging）' gives the random forest's kind; Bagging is no other name of the
    # lexicon's Random Forest, whose Latin names share no word with it; '随机森林（Random Forests）' is one
    kind = discover(parse_text("- 随机森林（Bagging）\n", "x.md"), matcher, vocab)
    assert not [d for d in kind if d.label == "Bagging"]
    same = discover(parse_text("- 随机森林（Random Forests）\n", "x.md"), matcher, vocab)
    assert [(d.label, d.how, d.iri.rsplit("/", 1)[-1]) for d in same] == [("Random Forests", "alias", "RandomForest")]


def test_an_everyday_chinese_kind_beside_a_latin_name_is_no_name_of_it(matcher, vocab):
    # discover's described: '基础模型（Code Llama）' (the base model) says which role Code Llama plays; it does not
    # translate the name, so another note's '多个基础模型' is no mention of it. A translation keeps the head noun
    # ('基础模型（Base Model）') and stays a name
    role = discover(parse_text("#### Code Llama\n\n- 发布了 Code Llama。\n  - 基础模型（Code Llama）\n", "x.md"), matcher, vocab)
    assert not [d for d in role if d.label == "基础模型"]
    same = discover(parse_text("- 基础模型（Base Model）\n", "x.md"), matcher, vocab)
    assert ("基础模型", "alias") in [(d.label, d.how) for d in same]


def test_a_chinese_name_two_notes_translate_as_two_things_joins_neither():
    # split_translations, unify: '烤箱层（Oven Layer）' in a.md and '烤箱层（Crust Head）' in b.md name two things, and the
    # Chinese word does not merge them; each note keeps its own reading. Translations sharing a word do merge.
    from kg.extraction.mentions import DiscoveredConcept, split_translations, unify

    found = [
        DiscoveredConcept("c:Oven_Layer", "Oven Layer", "en", "parenthesis", "a.md", 1),
        DiscoveredConcept("c:Oven_Layer", "烤箱层", "zh", "alias", "a.md", 1),
        DiscoveredConcept("c:Crust_Head", "Crust Head", "en", "parenthesis", "b.md", 1),
        DiscoveredConcept("c:Crust_Head", "烤箱层", "zh", "alias", "b.md", 1),
    ]
    assert split_translations(found) == {"烤箱层": {"c:Oven_Layer": frozenset({"a.md"}), "c:Crust_Head": frozenset({"b.md"})}}
    assert len({d.iri for d in unify(found, [])}) == 2
    same = found[:2] + [
        DiscoveredConcept("c:oven_layers", "oven layers", "en", "parenthesis", "b.md", 1),
        DiscoveredConcept("c:oven_layers", "烤箱层", "zh", "alias", "b.md", 1),
    ]
    assert split_translations(same) == {} and len({d.iri for d in unify(same, [])}) == 1


def test_a_chinese_name_one_note_gives_only_letters_for_is_parted_unless_they_spell_the_other_name():
    # split_translations: '烤箱模型(MOF)' in a.md and '烤箱模型（oven model）' in b.md: MOF is not the initials of 'oven
    # model', so the two are two things; 'OM' would spell it, and the notes name one thing
    from kg.extraction.mentions import DiscoveredConcept, split_translations

    def notes(letters: str) -> list[DiscoveredConcept]:
        return [
            DiscoveredConcept(f"c:{letters}", letters, "en", "parenthesis", "a.md", 1),
            DiscoveredConcept(f"c:{letters}", "烤箱模型", "zh", "alias", "a.md", 1),
            DiscoveredConcept("c:oven_model", "oven model", "en", "parenthesis", "b.md", 1),
            DiscoveredConcept("c:oven_model", "烤箱模型", "zh", "alias", "b.md", 1),
        ]

    assert split_translations(notes("MOF")) == {
        "烤箱模型": {"c:MOF": frozenset({"a.md"}), "c:oven_model": frozenset({"b.md"})}
    }
    assert split_translations(notes("OM")) == {}


def test_a_chinese_name_starts_after_a_word_that_says_another_name_follows():
    # kg:NameBreakParticle '或者说', '也叫', '称为': '…也叫黑麦包或者说酸面团（Sour Dough）' defines 酸面团, not 说酸面团
    from kg.extraction.mentions import defined_names

    assert [n for n, _, _ in defined_names("它也叫黑麦包或者说酸面团（Sour Dough）。")] == ["酸面团"]
    assert [n for n, _, _ in defined_names("一个外部设备，称为醒发箱（Proofer）。")] == ["醒发箱"]


def test_a_name_in_capitals_or_a_short_capitalised_word_keeps_its_s():
    # fold_key and Matcher.find: 'DARTS' is a name, not DART's plural (an acronym's plural is 'DARTs'), and the
    # library 'Darts' is no plural of DART either; 'CNNs', 'DenseNets' and 'anchor boxes' are still plurals
    from kg.extraction.mentions import Matcher, fold_key

    assert fold_key("DARTS") != fold_key("DART") and fold_key("Darts") != fold_key("DART")
    assert fold_key("CNNs") == fold_key("CNN") and fold_key("DenseNets") == fold_key("DenseNet")
    assert fold_key("anchor boxes") == fold_key("anchor box")
    m = Matcher([("DART", "c:Dart"), ("CNN", "c:Cnn")])
    assert [x.concept for x in m.find("DARTS and DARTs and CNNs")] == ["c:Dart", "c:Cnn"]


def test_an_ordinal_reference_is_no_name_even_with_a_translation(matcher, vocab):
    # kg:FunctionWord '第': '第二种烤法（Crumb Baking）' is 'the second way of baking', a reference to a list the notes
    # gave, not another name of Crumb Baking (which stays a concept of its own)
    found = {d.label for d in discover(parse_text("第二种烤法（Crumb Baking）更好。第二种烤法很常见。\n", "x.md"), matcher, vocab)}
    assert "第二种烤法" not in found


def test_a_concept_whose_own_names_are_all_cut_leaves_no_node_with_only_other_names():
    # unify: 'Rye-Sour-Blend (RSB)' in a.md and 'Rye-Sour blend (RS)' in b.md fold to one key; the concept that owns the
    # longer abbreviation loses its name to the group, and its 'RSB' follows that name instead of naming a node that
    # has no name of its own (which `kg check` reports: a mention of no skos:Concept)
    from kg.extraction.mentions import DiscoveredConcept, unify

    found = [
        DiscoveredConcept("c:Rye_Sour_Blend", "Rye-Sour-Blend", "en", "parenthesis", "a.md", 1),
        DiscoveredConcept("c:Rye_Sour_Blend", "RSB", "en", "alias", "a.md", 1),
        DiscoveredConcept("c:Rye_Sour_blend", "Rye-Sour blend", "en", "parenthesis", "b.md", 1),
        DiscoveredConcept("c:Rye_Sour_blend", "RS", "en", "alias", "b.md", 1),
    ]
    out = unify(found, [])
    named = {d.iri for d in out if d.how not in ("alias", "initials")}
    assert named and all(d.iri in named for d in out)


def test_a_display_formula_is_no_prose_and_names_nothing(matcher, vocab):
    # structure: a paragraph that is one $$ … $$ formula becomes a code block; '\partial \mathrm{loss}' would read
    # as the words 'partial loss'. A paragraph holding prose between two formulas stays prose
    formula = "# 笔记\n\n$$\n\\frac{\\partial \\mathrm{loss}}{\\partial z} = \\hat{y} - y \\text{ if $y = 1$}\n$$\n"
    assert not any("partial" in d.label for d in discover(parse_text(formula, "x.md"), matcher, vocab))
    doc = parse_text(formula + "\n$$a$$ Sourdough uses Yeast $$b$$\n", "x.md")
    prose = [span.text for item in doc.items for span in item.spans if not span.code]
    assert any("Sourdough" in text for text in prose)
    assert not any("partial" in text for text in prose)


def test_a_name_a_bracket_translates_starts_after_a_number_and_its_measure_word(matcher, vocab):
    # MentionWords.after_count: '2000 个候选框（Region Proposals）', '两种酵母（Rye Yeast）': the number and the
    # kg:MeasureWord count the thing; the name is what follows them. 多 is no number: '多层感知器' keeps its 多层
    def labels(text):
        return {d.label for d in discover(parse_text("# T\n\n" + text + "\n", "x.md"), matcher, vocab)}

    assert "候选框" in labels("R-CNN 先生成大约 2000 个候选框（Region Proposals），再分类。")
    assert "个候选框" not in labels("R-CNN 先生成大约 2000 个候选框（Region Proposals），再分类。")
    assert "候选框" in labels("R-CNN 先生成大约 2000 个候选框（region proposals），再分类。")
    assert "酵母" in labels("面包用到两种酵母（Rye Yeast）。")
    # the count bounds the name even when the run of Chinese before it is longer than a name is: what stands before
    # 一类 is no part of it, so it is no sentence glued to a name either
    assert "酸面团发酵法" in labels("这些传统面包大多属于一类酸面团发酵法（Sour Dough Fermentation）。")
    # not digits glued to the measure word ('16位浮点数': 位 is the name's bit), nor a numeral inside a word (单一类型)
    assert "浮点数" not in labels("模型权重默认采用16位浮点数（Half Precision）。")
    assert "型嵌入编码" not in labels("当前主流深度学习框架默认单一类型嵌入编码（Single Type Embedding）。")
    assert "多层感知器" in labels("多层感知器（Multi-Layer Perceptron）很常见。") | {
        n for n, _ in names(matcher, "多层感知器")
    }


def test_a_convnet_in_chinese_is_the_cnn_and_its_parts_are_read(matcher):
    # '卷积网络' names the convolutional neural network (kg:CNN), not the convolution operation; the CNN is no
    # kg:broad notion, so its parts read from one sentence pass the threshold
    assert names(matcher, "卷积网络") == [("卷积网络", "CNN")]
    from kg.pipeline import extract

    got = {(s, p, o) for s, p, o, _ in extract("# CNN\n\n目前卷积神经网络一般是由卷积层、汇聚层和全连接层交叉堆叠而成的前馈神经网络。\n")}
    assert ("Convolution", "partOf", "CNN") in got


def test_an_ordinal_number_and_measure_word_are_part_of_the_name(vocab):
    # MentionWords.after_count with kg:OrdinalPrefix: '第一类错误' (type I error) keeps its 第一类; '两种酵母' loses 两种
    from kg.extraction.mentions import mention_words

    words = mention_words(vocab)
    assert words.after_count("", "第一类错误") == "第一类错误"
    assert words.after_count("", "面包用到两种酵母") == "酵母"


def test_a_fact_on_a_concept_only_another_note_made_is_less_sure(tmp_path):
    """One author's 'Speaker Classifier (SPC)' is another's statistical process control: a note that never made the
    concept reads the shared name as a guess, so its facts on it weigh less than the same sentence in the note that
    made it. (A two-letter acronym, 'SC', is no name in the other note at all: mentions.short_acronym_files.)"""
    from kg.extraction.confidence import FOREIGN_END

    from conftest import build_notes

    backend = build_notes(
        tmp_path,
        {
            "made.md": "# Speakers\n\nA **Speaker Classifier (SPC)** labels voices.\n\nThe SPC uses dropout.\n",
            "other.md": "# Coding\n\nThe SPC uses dropout.\n",
        },
    )
    rows = backend.select(
        """SELECT ?file ?conf WHERE { ?f a kg:Fact ; rdf:predicate kg:uses ; rdf:object ?o ; kg:confidence ?conf ;
             prov:wasDerivedFrom/kg:sourceFile ?file . ?o skos:prefLabel ?l FILTER(LCASE(STR(?l)) = "dropout") }"""
    )
    conf = {r["file"].value: float(r["conf"].value) for r in rows}
    assert set(conf) == {"made.md", "other.md"}
    assert conf["other.md"] == pytest.approx(conf["made.md"] - FOREIGN_END)


def _uses_confidence_by_file(tmp_path, notes: dict[str, str]) -> dict[str, float]:
    """Build ``notes`` into a store and give each file's confidence of its one kg:uses fact record."""
    from conftest import build_notes

    backend = build_notes(tmp_path, notes)
    rows = backend.select(
        """SELECT ?file ?conf WHERE { ?f a kg:Fact ; rdf:predicate kg:uses ; kg:confidence ?conf ;
             prov:wasDerivedFrom/kg:sourceFile ?file }"""
    )
    return {r["file"].value: float(r["conf"].value) for r in rows}


def test_a_vague_cue_on_a_concept_only_another_note_made_is_held_back(tmp_path):
    """A weak cue ('introduces') is one guess, a name only another note made a concept a second: stacked like an
    inherited subject (confidence.FOREIGN_END_INHERITED), the fact falls below the threshold; in the note that made
    the concept, the same sentence stays shown."""
    from kg.extraction.confidence import DEFAULT_THRESHOLD, FOREIGN_END_INHERITED, SUBJECT_EVIDENCE, WEAK_CUE

    conf = _uses_confidence_by_file(
        tmp_path,
        {
            "made.md": "# Speakers\n\nA **Speaker Classifier (SPC)** labels voices.\n\nThe SPC introduces dropout.\n",
            "other.md": "# Coding\n\nThe SPC introduces dropout.\n",
        },
    )
    made = SUBJECT_EVIDENCE["explicit"] - WEAK_CUE
    assert conf["made.md"] == pytest.approx(made) and made >= DEFAULT_THRESHOLD
    assert conf["other.md"] == pytest.approx(made - FOREIGN_END_INHERITED)
    assert conf["other.md"] < DEFAULT_THRESHOLD


def test_another_notes_one_word_name_as_an_english_subject_is_held_back(tmp_path):
    """A heading 'Estimation' makes a concept in one note; in another note's English, 'Estimation on held-out data
    prevents overfitting' may be that author's plain word, so the fact falls below the threshold there
    (confidence.PLAIN_FOREIGN_SUBJECT; a plural as its singular). In Chinese prose the Latin word is a term, and a
    coined name ('Rebake') is no plain word: both keep the ordinary foreign-end weight."""
    from kg.extraction.confidence import DEFAULT_THRESHOLD, FOREIGN_END, PLAIN_FOREIGN_SUBJECT

    from conftest import build_notes

    backend = build_notes(
        tmp_path,
        {
            "made.md": "## Estimation\n\nEstimation uses dropout.\n\n## Rebake\n\nRebake uses dropout.\n\n"
            "## Baselines\n\nBaselines use dropout.\n",
            "other.md": "# Notes\n\nEstimation uses dropout.\n\nRebake uses dropout.\n\nBaselines use dropout.\n",
            "zh.md": "# 笔记\n\nEstimation 使用了 dropout。\n",
        },
    )
    rows = backend.select(
        """SELECT ?file ?s ?conf WHERE { ?f a kg:Fact ; rdf:subject ?s ; rdf:predicate kg:uses ; kg:confidence ?conf ;
             prov:wasDerivedFrom/kg:sourceFile ?file }"""
    )
    conf = {(r["file"].value, r["s"].value.rsplit("/", 1)[-1]): float(r["conf"].value) for r in rows}
    made = conf[("made.md", "Estimation")]
    assert made >= DEFAULT_THRESHOLD
    assert conf[("other.md", "Estimation")] == pytest.approx(made - FOREIGN_END - PLAIN_FOREIGN_SUBJECT)
    assert conf[("other.md", "Estimation")] < DEFAULT_THRESHOLD
    assert conf[("zh.md", "Estimation")] == pytest.approx(made - FOREIGN_END)
    assert conf[("other.md", "Rebake")] == pytest.approx(conf[("made.md", "Rebake")] - FOREIGN_END)
    # a plural counts as its singular: 'baselines' is rarer in the word list than 'baseline', as plain a word
    assert conf[("other.md", "Baselines")] < DEFAULT_THRESHOLD <= conf[("made.md", "Baselines")]


def test_an_es_plural_names_the_concept(matcher):
    # 'batch' → 'batches', 'softmax' → 'softmaxes': English adds -es after s, x, z, ch, sh
    found = {m.concept.rsplit("/", 1)[-1] for m in matcher.find("SGD uses mini-batches; the scores go through softmaxes.")}
    assert {"Minibatch", "Softmax"} <= found
    assert not matcher.find("mini-batche")  # no plural without its 's'


def test_a_word_of_the_language_is_no_misspelling_of_a_name_one_letter_away():
    # unify (dictionary_word): a heading 'Produce' is the verb, not a misspelt 'Producer' the lexicon knows
    # ('Optimize' beside Optimizer, read then in every 'we optimize …'); 'Producr', no word, is the typo
    from kg.extraction.mentions import DiscoveredConcept, unify

    lexicon = [("Producer", "c:Producer")]
    found = [
        DiscoveredConcept("c:Produce", "Produce", "en", "heading", "a.md", 1),
        DiscoveredConcept("c:Producr", "Producr", "en", "heading", "b.md", 1),
    ]
    out = {d.label: d.iri for d in unify(found, lexicon)}
    assert out == {"Produce": "c:Produce", "Producr": "c:Producer"}


def test_a_slip_between_two_known_names_makes_neither_the_other(vocab):
    # discover: 'CDF（概率密度函数）' glosses the cumulative distribution function with the density function's name,
    # an author's slip; both are lexicon names, so the density function stays itself in every note
    m = lexicon_matcher(vocab)
    found = discover(parse_text("蓝色曲线表示CDF（概率密度函数），红色曲线表示分布。\n", "x.md"), m, vocab)
    assert not {d.label for d in found} & {"概率密度函数", "CDF"}
    assert [x.concept.rsplit("/", 1)[-1] for x in m.find("高斯概率密度函数")] == ["ProbabilityDensityFunction"]


def test_an_answer_on_a_concept_only_another_note_made_is_held_back(tmp_path):
    """An answer read against its question's subject is one guess; a name only another note made a concept is a
    second. Stacked (confidence.FOREIGN_END_INHERITED), the fact falls below the threshold; the same answer in the
    note that made the concept stays shown."""
    from kg.extraction.confidence import DEFAULT_THRESHOLD, FOREIGN_END_INHERITED, SUBJECT_EVIDENCE

    conf = _uses_confidence_by_file(
        tmp_path,
        {
            # (three letters: a two-letter acronym another note defines is no name in this one at all)
            "made.md": "RYE (Rye Yeast Evolution) and WBL (White Bread Loaf) are breads.\n\n## How is RYE baked?\n\nUse WBL.\n",
            "other.md": "RYE (Rye Yeast Evolution) is a bread.\n\n## How is RYE baked?\n\nUse WBL.\n",
        },
    )
    assert conf["made.md"] == pytest.approx(SUBJECT_EVIDENCE["question"]) and conf["made.md"] >= DEFAULT_THRESHOLD
    assert conf["other.md"] == pytest.approx(SUBJECT_EVIDENCE["question"] - FOREIGN_END_INHERITED)
    assert conf["other.md"] < DEFAULT_THRESHOLD


def test_notes_that_spell_an_abbreviation_out_otherwise_mean_their_own(tmp_path):
    """'fully-connected networks (FCNs)' where kg knows FCN as the fully convolutional network: the C is spelled
    'connected' here, so in these notes FCN is the fully-connected network (mentions.redefines_abbreviation,
    file_senses; the plural's singular too). A slip ('DPO (Direct Policy Optimization)' in notes that also write
    'Direct Preference Optimization'), a long form that opens no name kg knows ('Long Short Time Memory') or swapped
    letters ('Flase Positive (FP)') redefine nothing."""
    from kg.extraction.mentions import _letter_spelled_otherwise

    from conftest import build_notes

    assert _letter_spelled_otherwise("fully-connected networks", "FCNs", ["Fully convolutional network"], {"network"})
    assert not _letter_spelled_otherwise("Convolution Neural Nets", "CNN", ["Convolutional Neural Network"], {"net", "network"})
    assert not _letter_spelled_otherwise("Flase Positive", "FP", ["False Positive"], set())
    backend = build_notes(
        tmp_path,
        {
            "gcn.md": "We compare GCNs with fully-connected networks (FCNs), the simplest.\n\nA GCN outperformed a FCN.\n",
            "dpo.md": "Direct Preference Optimization (DPO) is simple.\n\n## DPO (Direct Policy Optimization) vs. RLHF\n\nDPO is compared with RLHF.\n",
            "dpo2.md": "## DPO (Direct Policy Optimization)\n\nDPO is compared with RLHF.\n",
            "lstm.md": "LSTM (Long Short Time Memory) is a network.\n\nThe LSTM uses dropout.\n",
        },
    )
    rows = backend.select("SELECT ?o WHERE { ?s kg:improvesOn ?o . ?s skos:prefLabel ?l FILTER(STR(?l) = 'Graph Convolutional Network') }")
    assert [r["o"].value.rsplit("/", 1)[-1] for r in rows] == ["fully_connected_networks"]
    rows = backend.select("SELECT ?o WHERE { ?s kg:comparedWith ?o }")
    assert {r["o"].value.rsplit("/", 1)[-1] for r in rows} >= {"RLHF"}
    for slip in ("Direct Policy", "Short Time"):  # a long form that opens no name kg knows is a slip of the pen
        assert not backend.select(f"SELECT ?c WHERE {{ ?c skos:prefLabel ?l FILTER(CONTAINS(STR(?l), '{slip}')) }}")


def test_a_heading_that_sees_one_thing_as_another_names_the_first_when_known(vocab):
    from kg.extraction.mentions import HeadingReader

    reader = HeadingReader(vocab)
    # 'X as Y' titles a view of X (round 316's '### DeepLabv3 as Encoder' became a junk concept of its own)
    assert reader.name("DeepLabv3 as Encoder") == "DeepLabv3"
    assert reader.name("Dropout as a Bayesian Approximation") == "Dropout"
    # an X kg does not know as one name: the title names nothing
    assert reader.name("Critics as baselines") == ""
    assert reader.name("Serve your model as a web app") == ""
    # 'as used in', 'as in', 'as well as' say where X is, not what it is seen as (review62)
    assert reader.name("ResNet as used in Mask R-CNN") != "ResNet"
    assert reader.name("Dropout as well as BatchNorm") != "Dropout"


def test_a_name_written_again_with_one_word_misspelled_is_that_name():
    # misspelled_groups / misspelled_word: 'Gaussion distribution' beside 'Gaussian Distribution' (seen-p notes also
    # wrote 'reigon proposals', 'Feedforword Neural Networks'); the slip is no English word, the other's word is
    from kg.extraction.mentions import DiscoveredConcept, unify

    def merged(a: str, b: str) -> bool:
        found = [
            DiscoveredConcept("c:a", a, "en", "heading", "a.md", 1),
            DiscoveredConcept("c:b", b, "en", "heading", "b.md", 1),
        ]
        return len({d.iri for d in unify(found, [], ["model"])}) == 1

    assert merged("Gaussion distribution", "Gaussian Distribution")
    assert merged("Rye Fermentaiton", "Rye Fermentation")
    # two words of the language, a name coined of one word, a letter that makes another name: all stay apart
    assert not merged("relay attacks", "replay attacks")
    assert not merged("Roformer", "Reformer")
    assert not merged("Improved WGAN", "Improved GAN")
    # a coined name with a capital inside, or names sharing only a head noun, are two names (review62)
    assert not merged("RoFormer Model", "Reformer Model")
    assert not merged("Mixtral Model", "Mistral Model")
    # the right spelling names the node, whatever the order the names sort in
    found = [
        DiscoveredConcept("c:Schdduled_Sampling", "Schdduled Sampling", "en", "heading", "a.md", 1),
        DiscoveredConcept("c:Scheduled_Sampling", "Scheduled Sampling", "en", "heading", "b.md", 1),
    ]
    assert {d.iri for d in unify(found, [], ["model"])} == {"c:Scheduled_Sampling"}


def test_net_glued_to_a_name_makes_a_network_of_its_own():
    # 'DPPNET' in one note is no name of another note's 'DPP (Determinantal Point Process)': 'net' glued to letters
    # names a network (PointNet, PSMNet); 'SPC net' and 'SPC 网络' written apart still name SPC
    from kg.extraction.mentions import DiscoveredConcept, unify

    dpp = [
        DiscoveredConcept("c:DPP", "Determinantal Point Process", "en", "parenthesis", "a.md", 1),
        DiscoveredConcept("c:DPP", "DPP", "en", "alias", "a.md", 1),
    ]
    glued = unify(
        [*dpp, DiscoveredConcept("c:DPPNET", "DPPNET", "en", "label", "b.md", 9)], [], ["net", "网络"], glued_heads=["net"]
    )
    assert {d.label: d.iri for d in glued}["DPPNET"] == "c:DPPNET"
    for apart in ("DPP net", "DPP 网络"):
        merged = unify([*dpp, DiscoveredConcept("c:x", apart, "en", "label", "b.md", 9)], [], ["net", "网络"], glued_heads=["net"])
        assert {d.label: d.iri for d in merged}[apart] == "c:DPP"


def test_a_possessive_is_no_part_of_a_name():
    # made-up: "## U-Net's Success" with its generic words dropped leaves "U-Net's"; the possessive is the sentence's
    from kg.extraction.mentions import clean_label

    assert clean_label("U-Net's") == "U-Net" and clean_label("Alzheimer’s") == "Alzheimer"
    assert clean_label("Bayes' theorem") == "Bayes' theorem"


def test_a_module_opening_a_code_path_is_no_mention():
    # made-up: 'nn.Dropout()' names dropout; 'nn' is torch's module, not a neural network
    from kg.pipeline import default_vocabulary, extract

    found = [m.surface for m in lexicon_matcher(default_vocabulary()).find("AlexNet 使用了 nn.Dropout()。")]
    assert found == ["AlexNet", "Dropout"]
    assert ("AlexNet", "uses", "Dropout", False) in extract("# AlexNet\n\nAlexNet 使用了 `nn.Dropout()`。\n")
