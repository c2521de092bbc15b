"""Precision guards: what a reader never takes as a concept, and readings a reader does not make.

Each rule has its own test; the words the rules use live in ontology/kg.ttl.
"""

from __future__ import annotations

import pytest

from kg.extraction.mentions import (
    _is_date,
    _is_lower_abbreviation,
    _is_step,
    _modifier_of_cjk_noun,
    discover,
    lexicon_matcher,
)
from kg.extraction.structure import parse_text
from kg.pipeline import extract


@pytest.fixture(scope="module")
def matcher(vocab):
    return lexicon_matcher(vocab)


def labels(text, matcher, vocab):
    return {d.label for d in discover(parse_text(text, "x.md"), matcher, vocab)}


def readings(text):
    return {(s, p, o) for s, p, o, _ in extract(text, min_confidence=0.3)}


def check_readings(preamble, fact, *, absent=(), present=()):
    """The fact is read from none of the ``absent`` texts and from each ``present`` one, each after the preamble."""
    for text in absent:
        assert fact not in readings(preamble + text), text
    for text in present:
        assert fact in readings(preamble + text), text



# two made-up breads, defined the way notes define names, for the reading tests below
BREADS_ZH = "RYE（Rye Yeast Evolution）和 WB（White Bread）都是面包。\n\n"
BREADS3_ZH = "RYE（Rye Yeast Evolution）、WB（White Bread）和 SD（Sour Dough）都是面包。\n\n"  # the two and a third, SD
BREADS_EN = "RYE (Rye Yeast Evolution) and WB (White Bread) are breads.\n\n"  # the two, defined in English
CORN_RYE_ZH = "玉米面包（Corn Bread）是一种面包。黑麦粉（Rye Flour）是一种面粉。\n\n"  # two names of several words
CORN_RYE_YEAST_ZH = CORN_RYE_ZH.rstrip() + "酵母粉（Yeast Powder）是一种发酵剂。\n\n"  # and a third

# ---------------------------------------------------------------- concepts


def test_a_bold_lower_case_symbol_of_a_formula_is_no_concept(matcher, vocab):
    # _maths_words: '$H,W = \\frac{H_0}{frac}$ where **frac** is 32' defines a symbol; a capitalised bold name used in a
    # formula stays a name
    assert "frac" not in labels("The map is $H,W = \\frac{H_0}{frac}$ where **frac** is 32 for the model.\n", matcher, vocab)
    assert "Zorbnet" in labels("**Zorbnet** is a model: $L = Zorbnet(x) + 1$.\n", matcher, vocab)
    # a lower-case name the formula applies as a function is the notes' name, not a symbol
    assert "zorbnorm" in labels("**zorbnorm** normalizes each channel: $y = zorbnorm(x)$.\n", matcher, vocab)
    # the TeX command '\\frac' is no symbol: the bold word stays a name when the formula does not use it
    assert "frac" in labels("The map is $H,W = \\frac{H_0}{W_0}$ where **frac** is 32 for the model.\n", matcher, vocab)


def test_a_date_is_not_a_concept(matcher, vocab):
    dates = {"年", "月", "oct"}
    assert _is_date("年 10 月", dates) and _is_date("2018 年 6 月", dates) and _is_date("oct 2019", dates)
    assert not _is_date("resnet 50", dates) and not _is_date("年代", dates)
    text = "- **2018 年 10 月**：BERT\n- **2019 年 6 月**：XLNet\n\n## 2018 年 10 月\n\nBERT.\n"
    assert not {label for label in labels(text, matcher, vocab) if "月" in label}


def test_an_id_is_not_a_concept(matcher, vocab):
    # NameShape.ok / is_identifier: a word switching between letters and digits five times or more is a video,
    # commit or record id; names that mix them a few times stay
    text = (
        "+ [Rye 论文逐段精读 | BV1C3411s7t9](https://example.org/video/BV1C3411s7t9)\n"
        "+ [Rye 论文 | RyeNet50](https://example.org/video/RyeNet50)\n"
    )
    assert labels(text, matcher, vocab) == {"RyeNet50"}


def test_a_heading_word_left_alone_a_toc_and_a_group_in_function_form_are_not_concepts(matcher, vocab):
    # HeadingReader.name: 'Inverse Problems' less its generic word leaves 'Inverse', an everyday word, so no name
    # ('Kmeans implementation' keeps Kmeans, a rare word); kg:GenericHeading 'TOC', '目录'; an acronym written
    # as a function ('SE(3)', 'SO(3)') is a group, not a name, however often it comes
    text = (
        "## Papers on Inverse Problems\n\nText.\n\n## Kmeans implementation\n\nText.\n\n# TOC\n\n- a\n\n"
        "## 目录\n\n- b\n\nSE(3) 等变性。SE(3) 不变。SE(3) 群。\n"
    )
    found = labels(text, matcher, vocab)
    assert "Kmeans" in found and not found & {"Inverse", "TOC", "目录", "SE"}


def test_an_adjective_a_heading_word_leaves_alone_is_not_a_name(matcher, vocab):
    # HeadingReader.name, lone_adjective (kg:AdjectiveEnding): 'Iterative method' less its generic word leaves
    # 'Iterative', a rarer word than 'Inverse' but an adjective (English never writes 'iteratives'), so no name;
    # a coined word ('Kmeans') or a noun with such an ending ('Residuals' is written) stays
    text = "## Iterative method 迭代攻击\n\nText.\n\n## Discriminative approach\n\nText.\n\n## Kmeans method\n\nText.\n"
    found = labels(text, matcher, vocab)
    assert "Kmeans" in found and not found & {"Iterative", "Discriminative"}


def test_a_factor_of_a_tensor_shape_is_a_symbol_not_an_acronym(matcher, vocab):
    # _SHAPE_FACTOR_AFTER/_BEFORE: 'WF x HF x C' gives a feature map's width and height; 'RYB' beside 'x' with a
    # number on the other side ('8 x RYB') is still a name
    text = (
        "- Input: WF x HF x C\n- Output: WF x HF x D\n- 对于WF x HF中的每个向量\n\n"
        "We train on 8 x RYB cards. RYB cards are fast; RYB again.\n"
    )
    found = labels(text, matcher, vocab)
    assert "RYB" in found and not found & {"WF", "HF"}


def test_a_technique_heading_with_a_stage_word_under_a_model_is_the_models_stage():
    # HeadingReader.model_stage, kg:StageWord: '### RL训练' under '### RyeGo' is RyeGo's RL stage; what the stage uses,
    # RyeGo uses. A name joined of plain words ('## Mixed Bakes') is no model a stage belongs to.
    text = "## RyeGo\n\n### RL训练\n\n使用了残差网络。\n"
    found = readings(text)
    assert ("RyeGo", "uses", "ResNet") in found and ("ReinforcementLearning", "uses", "ResNet") not in found
    assert ("ReinforcementLearning", "uses", "ResNet") in readings("## Mixed Bakes\n\n### RL训练\n\n使用了残差网络。\n")


def test_a_name_before_a_phase_noun_says_when_not_who():
    # on_setting, kg:PhaseNoun: 'RL过程中，' is during RL; what the clause does is the section's model's doing, not RL's
    found = readings("## RyeNet\n\n- RL过程中，使用了残差网络。\n")
    assert ("RyeNet", "uses", "ResNet") in found and ("ReinforcementLearning", "uses", "ResNet") not in found
    assert ("ReinforcementLearning", "uses", "ResNet") in readings("## RyeNet\n\n- RL，使用了残差网络。\n")


def test_names_joined_before_compared_to_an_unnamed_side_are_not_compared_with_each_other():
    # _read_pair_cue: 'improves BLEU and ROUGE compared to the previous state of the art': one side, the other unnamed;
    # with a named other side each is compared with it
    assert not readings("- RyeNet improves BLEU and ROUGE compared to the previous state of the art.\n")
    found = readings("- ResNet and VGG compared to AlexNet are deeper.\n")
    assert ("ResNet", "comparedWith", "AlexNet") in found and ("ResNet", "comparedWith", "VGG") not in found


def test_the_object_of_one_gerund_does_not_do_the_next_coordinated_one():
    # GERUND_CONJUNCT, OBJECT_OF_GERUND: in 'the cost of training ResNet from scratch or using Adam' ResNet is what is
    # trained; 'using Adam' has no doer named. A participle after a comma still goes with the name before it.
    assert ("ResNet", "uses", "Adam") not in readings("- It avoids the cost of training ResNet from scratch or using Adam.\n")
    assert ("ResNet", "uses", "ResidualConnection") in readings("- ResNet is deep, employing residual connections.\n")


def test_multi_scale_alone_is_an_adjective_in_english():
    # ontology: 'multi-scale' is no other name of multi-scale training ('multi-scale features', 'Multi-Scale
    # Deformable Attention' describe other things); the full name still is
    assert not {f for f in readings("- PSPNet uses multi-scale features.\n") if "MultiScaleTraining" in f}
    assert ("VGG", "uses", "MultiScaleTraining") in readings("- VGG uses multi-scale training.\n")


def test_a_measure_after_a_comparative_and_a_modifier_is_no_side():
    # _graded_measure: 'better overall BLEU compared to DETR' grades BLEU; the side is the clause's subject
    found = readings("- Deformable DETR achieves better overall BLEU compared to DETR.\n")
    assert ("DeformableDETR", "comparedWith", "DetectionTransformer") in found
    assert not {f for f in found if f[0] == "BilingualEvaluationUnderstudy"}


def test_the_new_thing_after_with_may_carry_modifiers():
    # unnamed_replaced: 'replace recurrence with multi-head self-attention': the agent uses the new thing
    found = readings("- Transformers replace recurrence with multi-head self-attention.\n")
    assert ("Transformer", "uses", "SelfAttention") in found and not {f for f in found if f[1] == "replaces"}


def test_a_notebook_heading_names_its_topic_and_a_plural_generic_word_is_generic(matcher, vocab):
    # kg:FileExtension in HeadingReader.name: '## Rye Bread.ipynb' is a notebook on Rye Bread; 'Summaries' is the plural
    # of the generic heading word 'summary'
    from kg.extraction.mentions import HeadingReader

    headings = vocab.derived("headings", HeadingReader)
    assert headings.name("Rye Bread.ipynb") == "Rye Bread" and headings.name("Summaries") == ""
    # generic words of a section on how something is done: what they leave is an everyday word, so no name
    assert headings.name("Computational Efficiency") == "" == headings.name("Data preparation") == headings.name("Hands-On Notebooks")
    assert "Rye Bread.ipynb" not in labels("## Rye Bread.ipynb\n\nText.\n\n## Summaries\n\nText.\n", matcher, vocab)


def test_a_known_name_ending_in_a_generic_heading_word_is_that_name(matcher, vocab):
    # HeadingReader.name: '高斯过程' is a name of the lexicon (Gaussian process) though 过程 (process) is a generic
    # heading word; the heading names it whole, not '高斯'. '面团过程' (no name) still loses the generic word
    from kg.extraction.mentions import HeadingReader

    headings = vocab.derived("headings", HeadingReader)
    assert headings.name("1.4 高斯过程：直接定义核函数") == "高斯过程"
    assert headings.name("面团过程") == "面团"
    assert "高斯" not in labels("### 1.4 高斯过程：直接定义核函数\n\n- 回顾一下前面的思路。\n", matcher, vocab)


def test_a_place_postposition_closing_a_chinese_heading_leaves_the_place_as_its_name(matcher, vocab):
    # kg:PlacePostposition in HeadingReader.name: '面包烘焙中的应用' is about uses in bread baking; the name is 面包烘焙,
    # not '面包烘焙中'. A postposition that is a character of a longer word ('线上', online) stays
    from kg.extraction.mentions import HeadingReader

    headings = vocab.derived("headings", HeadingReader)
    assert headings.name("3.面包烘焙中的应用") == "面包烘焙" and headings.name("酸面团发酵里的技巧") == "酸面团发酵"
    assert headings.name("线上") == "线上"
    assert "面包烘焙中" not in labels("## 3.面包烘焙中的应用\n\nText.\n", matcher, vocab)


def test_a_checklist_step_is_not_a_concept(matcher, vocab):
    steps = {"deploy", "apply", "iterate", "读取"}
    assert _is_step("Deploy model", steps) and _is_step("Iterate", steps) and _is_step("读取数据", steps)
    assert not _is_step("ApplyNet", steps) and not _is_step("Mask R-CNN", steps)
    text = "* **Deploy model.** Deploy models.\n* **Iterate.** Iterate the steps.\n\nDeploy model again; Iterate.\n"
    assert labels(text, matcher, vocab) == set()
    # a notebook's section heading opening with a verb of its workflow ('# Simulate Data', '## Specify the Prior'):
    # round 323's Stan notebooks
    text = "# Simulate Data\n\nWe simulate crumb data.\n\n## Specify Crumb Priors\n\nThe Crumb Priors are flat.\n"
    assert not {"Simulate Data", "Specify Crumb Priors"} & labels(text, matcher, vocab)
    # a gerund before a head noun names a kind of thing ('Preprocessing Layers', a Keras API; review63)
    assert "Preprocessing Layers" in labels("## Preprocessing Layers\n\nPreprocessing Layers are used.\n", matcher, vocab)
    # 修改 (modify) opens a step too ('## 修改yolov1代码', round 325's darknet log)
    assert "修改面包机" not in labels("## 修改面包机代码\n\n修改面包机的配置。\n\n### 修改面包机\n\n再次修改。\n", matcher, vocab)


def test_a_bold_file_name_is_no_concept(matcher, vocab):
    # '**yolo-face.cfg**' (round 325): a configuration file of the author's project, as '## train.py' is a script
    text = "首先是**crumb-face.cfg**<br>\n\n然后训练 `crumb-face.cfg` 和 **crumb-face.cfg** 网络。\n"
    assert "crumb-face.cfg" not in labels(text, matcher, vocab)
    assert "Crumb Face" in labels("首先是**Crumb Face**。\n\n然后训练 **Crumb Face** 网络。\n", matcher, vocab)


def test_organisations_people_and_everyday_words_are_not_concepts(matcher, vocab):
    text = (
        "NVIDIA and GitHub, NVIDIA and GitHub. $LeCun$ 提出，$LeCun$ 的名字。\n\n"
        "**收敛** 很快，**收敛** 稳定；**均值为0**，**均值为0**。\n"
    )
    assert not labels(text, matcher, vocab) & {"NVIDIA", "GitHub", "LeCun", "收敛", "均值为0"}


def test_an_acronym_always_before_the_same_chinese_noun_is_part_of_that_name(matcher, vocab):
    from kg.extraction.mentions import HeadingReader

    headings = HeadingReader(vocab)
    assert _modifier_of_cjk_noun(["散度", "散度"], headings)
    assert not _modifier_of_cjk_noun(["网络", "网络"], headings)  # "RPN 网络": a head noun, RPN is the name
    assert not _modifier_of_cjk_noun(["散度", "改进"], headings) and not _modifier_of_cjk_noun(["散度"], headings)
    assert "JS" not in labels("最小化 JS 散度。\n\nJS 散度是常数。\n", matcher, vocab)
    assert "QRS" in labels("QRS 网络很好。\n\nQRS 网络生成框。\n", matcher, vocab)


# ---------------------------------------------------------------- facts


def test_a_clause_the_authors_open_does_not_continue_the_sentence_subject():
    text = "基于GPTQ（不带或带LoRC），我们对使用FP8或INT8对激活进行量化进行全面比较。"
    assert not any(s == "GPTQ" for s, _, _ in readings(text))
    assert ("RNN", "causes", "VanishingGradient") in readings("RNN 在处理长期依赖时会遇到困难，会造成梯度消失。")


def test_a_method_applied_to_a_name_of_unknown_kind_is_not_used_by_it():
    text = (
        "ZeroQuant 是一种方法。ZeroQuant 很好。\n\n（3）ZeroQuant可以直接应用于GPT-J和GPT-NeoX等。\n\n"
        "GPT-J 很大。GPT-J 很好。"
    )
    assert readings(text) == set()
    assert ("Convolution", "uses", "BatchNorm") in readings("BN 应用于卷积层。")


def test_an_unknown_conjunct_with_an_unknown_modifier_keeps_the_subject_back():
    assert readings("通过 FP8 激活和权重量化导致最小的模型退化。") == set()


def test_a_sentence_opening_with_an_unknown_name_becomes_what_it_refers_to():
    text = (
        "The decoder accepts the encoder's hidden states. Donut is a more general model. "
        "It uses a Swin Transformer as the encoder."
    )
    assert readings(text) == set()
    # linked to its own page, the name is a concept: 'It' is Donut (kg.extraction.mentions.linked_names)
    linked = text.replace("Donut is", "[Donut](model_doc/donut) is")
    assert readings(linked) == {("Donut", "uses", "SwinTransformer")}
    assert readings("ResNet is deep. It uses BN.") == {("ResNet", "uses", "BatchNorm")}


def test_a_contrast_joins_only_the_names_beside_it():
    assert readings(
        "The attention is computed from these separate vectors instead of a single vector containing the word "
        "and position embeddings."
    ) == set()
    assert ("DegradationProblem", "comparedWith", "Overfitting") in readings("这是退化问题而不是过拟合问题。")
    assert ("VGG", "doesNotUse", "LRN") in readings("VGG uses BN instead of LRN.")


def test_a_contrast_between_two_kinds_of_one_named_thing_denies_nothing():
    text = (
        "Longformer is new. It uses a combination of local windowed attention and global attention to create "
        "a sparse attention matrix instead of a full attention matrix."
    )
    assert not any(p == "doesNotUse" for _, p, _ in readings(text))


def test_a_sentence_defining_an_unknown_noun_states_nothing_about_the_topic():
    assert readings("## ResNet\n\n- 世界知识是深的，使用 BN。") == set()
    assert ("ResNet", "uses", "BatchNorm") in readings("## ResNet\n\n- 该网络是深的，使用 BN。")
    assert ("ResNet", "uses", "BatchNorm") in readings("## ResNet\n\n- 网络是深的，使用 BN。")


def test_an_acronym_that_stands_alone_once_at_most_is_part_of_its_longer_name(matcher, vocab):
    from kg.extraction.mentions import _continues, _longer_names

    rests = _longer_names("KV", ["kv cache"], [])
    assert _continues(" Cache 的大小", rests) and not _continues(" heads", rests)
    text = "## KV Cache\n\nKV Cache 很大。KV Cache 很快。KV 是键值。\n"
    assert "KV" not in labels(text, matcher, vocab)
    assert "QRS" in labels("QRS 很好。\n\nQRS 很强。\n", matcher, vocab)


def test_a_phrase_opening_with_an_adverb_of_degree_is_no_name(matcher, vocab):
    text = "They are **highly correlated** here; highly correlated again.\n"
    assert "highly correlated" not in labels(text, matcher, vocab)


def test_what_a_work_is_based_on_is_not_the_subject_of_the_next_verb():
    assert readings("ResNet 基于 VGG 使用 BN。") == {("ResNet", "uses", "VGG")}
    assert readings("基于 Dropout 改进 BN，提出了新方法。") == set()
    assert readings("网络基于 VGG 实现的 ResNet。") == set()
    assert ("BatchNorm", "replaces", "LRN") in readings("X 使用 BN 替换 LRN。")


def test_a_chinese_noun_phrase_before_the_cue_is_the_clause_own_subject():
    text = "## Sigmoid\n\n### 3、初试化方法\n\n- 首先**代价函数**使用的是**交叉熵代价函数**，相比对于二次代价函数会更好。"
    assert readings(text) == set()
    assert readings("## ResNet\n\n- 代价函数使用 BN。") == set()
    assert readings("## ResNet\n\n- 网络使用 BN。") == {("ResNet", "uses", "BatchNorm")}
    assert readings("## ResNet\n\n- 该网络使用 BN。") == {("ResNet", "uses", "BatchNorm")}
    assert readings("## ResNet\n\n- 输出层使用 BN。") == {("ResNet", "uses", "BatchNorm")}


# ---------------------------------------------------------------- practice6: names and referents on new notes


def test_a_name_hyphenated_to_an_unknown_capitalised_word_is_a_longer_name(matcher):
    from kg.extraction.mentions import Matcher

    assert matcher.find("ResNet-Ultra is new") == []  # "ResNet-Ultra" is another model, not ResNet
    found = {m.surface for m in matcher.find("ResNet-50 and a CNN-LSTM model")}
    assert {"ResNet-50", "CNN", "LSTM"} <= found  # a number or a known name after the hyphen keeps it
    notes = Matcher([("DeepSpeed", "c:DeepSpeed"), ("ZeRO", "c:ZeRO"), ("DP", "c:DP")])
    assert [m.surface for m in notes.find("DeepSpeed ZeRO use DeepSpeed-Ulysses, ZeRO-DP")] == ["DeepSpeed", "ZeRO", "ZeRO", "DP"]


def test_a_pronoun_after_a_comparison_frame_refers_to_the_name_after_it():
    # (the frame itself compares ResNet with VGG, as 'Unlike VGG, ResNet …' does)
    assert readings("与 VGG 不同，ResNet 更深。它使用 BN。") == {("ResNet", "uses", "BatchNorm"), ("ResNet", "comparedWith", "VGG")}
    assert ("ResNet", "uses", "BatchNorm") in readings("Unlike VGG, ResNet is deep. It uses BN.")
    # a likeness frames the same way: 'Like YOLO, the FFN predicts the box. It predicts … using softmax': 'it' is the FFN
    found = readings("Like VGG, ResNet is deep. It uses BN.")
    assert ("ResNet", "uses", "BatchNorm") in found and ("VGG", "uses", "BatchNorm") not in found
    # the name after the frame is one kg does not know: 'it' is that name, not VGG nor the topic
    assert readings("# ResNet\n\n与 VGG 不同，Whisper 模型的输出更短。它使用 BN。\n") == set()


def test_a_section_headed_by_a_code_name_does_not_inherit_the_parent_topic():
    from kg.extraction.mentions import names_code

    assert names_code("`dqn_atari.py`") and names_code("2.1 `nn.Linear`") and names_code("train.py")
    assert not names_code("Deep Q-Learning (DQN)") and not names_code("`dqn.py` in practice")
    # a dotted path of identifiers is code too ('#### model.config'); a capitalised name with a dot is not
    assert names_code("model.config") and names_code("3.2 torch.utils.data") and not names_code("Node.js Notes")
    # 'it' is the script (a concept when the notes make it one), never the parent heading's ResNet
    assert not {s for s, _, _ in readings("# ResNet\n\n## `dqn_atari.py`\n\n- It uses BN.\n")} & {"ResNet"}
    assert ("ResNet", "uses", "BatchNorm") in readings("# ResNet\n\n## Details\n\n- It uses BN.\n")


def test_a_heading_that_is_a_code_name_makes_no_concept(matcher, vocab):
    # '#### model.config' then '`model.config` stores the configuration': an attribute of the program, no concept
    text = "#### model.config\n\n`model.config` 用于存储配置。\n\n#### RyeNet\n\nRyeNet 很快。\n"
    found = labels(text, matcher, vocab)
    assert "model.config" not in found and "RyeNet" in found


def test_a_label_wrapped_over_two_lines_is_one_name_with_one_space():
    from kg.extraction.mentions import clean_label

    # clean_label: '[Transformer\nTransducer](…)', a link text the author's editor wrapped, names one concept; so does
    # a name typed with two spaces
    assert clean_label("Transformer\nTransducer") == "Transformer Transducer"
    assert clean_label("**Highest  Educational Qualification**") == "Highest Educational Qualification"


def test_a_long_word_in_capitals_is_shouting_not_an_acronym(matcher, vocab):
    from kg.extraction.mentions import common_words

    words = common_words()
    assert words.is_common("METHODS") and words.is_common("WARNING")  # a paper's section title, quoted
    assert not words.is_common("ALBERT") and not words.is_common("ELECTRA") and not words.is_common("CNN")
    text = 'Trained as in the paper (see "Training" under "METHODS" on page 6, and "METHODS" on page 7).\n'
    assert "METHODS" not in labels(text, matcher, vocab)


def test_eight_capitals_spelling_a_plain_word_are_shouting(matcher, vocab):
    # CommonWords.EN_LONG_SHOUT: acronyms are rarely eight letters long, so a word that long in capitals needs only to
    # be a plain word ('incorrect' 3.9) to be the word shouted; a rare one ('MEGABYTE' 2.2) may still be a name
    from kg.extraction.mentions import common_words

    words = common_words()
    assert words.is_common("INCORRECT") and words.is_common("PROJECTION")
    assert not words.is_common("MEGABYTE") and not words.is_common("SELFIE")  # (six letters: the acronym threshold)
    text = "## Results\n\n- INCORRECT: the sign of class 2 was read as class 5.\n- INCORRECT: class 34 was read as 17.\n"
    assert "INCORRECT" not in labels(text, matcher, vocab)


def test_an_everyday_activity_before_a_head_noun_is_no_name(matcher, vocab):
    # mentions.everyday_gerund_kind: 'Learning Algorithm', a report template's heading, is the learning algorithm
    # of the report, no concept; a technical gerund ('Warping layer', 'Ranking model') still names one
    text = "## Learning Algorithm\n\nThe learning algorithm is RyeNet.\n\n## Warping Layer\n\nIt bends the map.\n"
    found = labels(text, matcher, vocab)
    assert "Learning Algorithm" not in found and "Warping Layer" in found
    assert "Ranking model" in labels("## Ranking model\n\nIt orders the items.\n", matcher, vocab)


def test_a_numbered_part_in_a_layer_table_names_no_concept(matcher, vocab):
    # mentions.numbered_part: 'Convolutional Layer 1', 'Layer 3 Dropout' count the layers of one network in its table
    table = (
        "## RyeNet\n\n| Layer | Output | Description |\n| --- | --- | --- |\n"
        "| Convolutional Layer 1 | 28x28x16 | 5x5 convolution |\n| Layer 3 Dropout | 14x14x16 | keep 0.5 |\n"
        "| Warping Layer | 14x14x16 | bends the map |\n"
    )
    found = labels(table, matcher, vocab)
    assert "Convolutional Layer 1" not in found and "Layer 3 Dropout" not in found
    assert "Warping Layer" in found  # (a layer kind without a number is still a name)


def test_a_greek_letter_name_alone_is_a_symbol_not_a_concept(matcher, vocab):
    # kg:GreekLetterName: '**Epsilon**' in one note's hyperparameter list is its exploration rate; another note's
    # epsilon is a constant in a denominator. Two or three capitals ('TAU', 'PI') may be an acronym and stay
    from kg.extraction.mentions import greek_letter_name

    text = "## Hyperparameters\n\nThe agent explores with epsilon.\n\n4) **Epsilon (Start):** 1.0\n5) **Epsilon (End):** 0.01\n"
    assert "Epsilon" not in labels(text, matcher, vocab)
    letters = vocab.cue_set("GreekLetterName")
    assert greek_letter_name("lambda", letters) and greek_letter_name("THETA", letters)
    assert not greek_letter_name("TAU", letters) and not greek_letter_name("PI", letters)


def test_a_rubric_heading_names_no_concept(matcher, vocab):
    # kg:GenericHeading 'rubric': '## Rubric Points' in a course report template names a part of the report
    text = "# RyeNet report\n\n## Rubric Points\n\nThe strategy was to use a convolution neural network.\n"
    assert "Rubric Points" not in labels(text, matcher, vocab)
    assert "Writeup" not in labels("# RyeNet\n\n## Writeup\n\nThe model was trained with Adam.\n", matcher, vocab)
    assert not any(s == "Rubric_Points" for s, _, _ in readings(text))


def test_a_likeness_cue_glued_to_a_noun_suffix_is_a_noun_not_a_comparison():
    # Relator._inside_word, kg:NounSuffix: '相似度分布' is a similarity distribution, the segmenter leaves 度 a word
    # of its own; no comparison between the names around it. '与 WB 相似' still compares
    zh = BREADS_ZH
    fact = ("Rye_Yeast_Evolution", "comparedWith", "White_Bread")
    assert fact not in readings(zh + "通过最小化 RYE 中相似度分布的 WB 散度来训练。\n")
    assert fact in readings(zh + "RYE 与 WB 相似。\n")


def test_capitals_inside_inline_maths_are_a_formulas_symbols_not_an_acronym(matcher, vocab):
    # Span.maths (structure.clean_inline_maths): cleaning takes the dollars off, the offsets keep where the formula
    # stood, so 'WX' in '$Z = WX + B$' twice is no concept; a formula that is one word in text type
    # ('$\\text{POOLX}$') is that word, a name the notes write in their maths
    assert "WX" not in labels("- hypothesis: $h(x) = WX + B$\n- logistic: $Z = WX + B$, then $h(x) = sigmoid(Z)$\n", matcher, vocab)
    assert "WX" in labels("- hypothesis: WX + B\n- logistic: Z = WX + B\n", matcher, vocab)
    assert "POOLX" in labels("GCN 使用 $\\text{POOLX}$ 聚合。\n\nGIN 不使用 $\\text{POOLX}$。\n", matcher, vocab)
    # plus_variants: '$ResNet50+ 1$' adds inside a formula; no variant 'ResNet50+' is named there
    assert "ResNet50+" not in labels("- the count is $ResNet50+ 1$ in total.\n- ResNet50 is a model.\n", matcher, vocab)


def test_a_chinese_name_inside_a_longer_everyday_word_is_not_named():
    from kg.extraction.mentions import Matcher

    notes = Matcher([("量化", "c:Quantization")])
    assert notes.find("进行了模型轻量化处理") == []  # 轻量化: making a model light, not quantization
    assert [m.surface for m in notes.find("对激活使用静态量化")] == ["量化"]


def test_a_chinese_name_whose_first_characters_an_everyday_word_takes_is_not_named():
    # Matcher._straddled_by_word: '主流面包' (mainstream bread) is 主流/面包 to a reader, no 流面包; '使用流面包' is
    # 使用/流/面包 and names it. The everyday word must end where a word of the name ends: '下列主权重矩阵' cuts
    # 主权/重, but 权重 is the name's own word (列主 权重矩阵, a column-major weight matrix)
    from kg.extraction.mentions import Matcher

    notes = Matcher([("流面包", "c:FlowBread"), ("权重矩阵", "c:WeightMatrix")])
    assert notes.find("很多主流面包都用它") == []
    assert [m.surface for m in notes.find("我们使用流面包")] == ["流面包"]
    assert [m.surface for m in notes.find("使用以下列主权重矩阵格式")] == ["权重矩阵"]
    # and only when the cut it makes is likelier than reading the name whole: '太过拟合' is 太/过拟合, not 太过/拟合
    fitted = Matcher([("过拟合", "c:Overfitting")])
    assert [m.surface for m in fitted.find("能防止模型太过拟合")] == ["过拟合"]
    assert [m.surface for m in fitted.find("模型不过拟合时")] == ["过拟合"]
    assert ("Rye_Yeast_Evolution", "uses", "Flow_Bread") not in readings(
        "RYE（Rye Yeast Evolution）是一种面包。流面包（Flow Bread）是一种面包。\n\nRYE 使用主流面包。\n"
    )


def test_names_chained_by_hyphens_are_one_term():
    # base._outside_name_chains: 'RYE-WB-SD' (a layer order, a model built of parts) is one term; '…的差异不大' after two
    # orders compares the orders, and '包括 RYE-WB-SD' lists one model, not RYE. A chain with other words keeps its names
    got = readings(BREADS3_ZH + "## 顺序\n\n顺序应该是RYE-WB-SD。但 RYE-SD-WB 和上述的差异不大。\n")
    assert not {r for r in got if r[1] == "comparedWith"}
    assert ("Rye_Yeast_Evolution", "partOf", "Corn_Bread") not in readings(
        BREADS3_ZH + "玉米面包（Corn Bread）是一种面包。\n\n玉米面包包括RYE-WB-SD。\n"
    )
    from kg.extraction.facts.base import _outside_name_chains
    from kg.model import Mention

    text = "RYE-to-WB baking"  # a chain with a word of its own is a phrase about its names: they stay
    names = [Mention(0, 3, "c:RYE", "RYE"), Mention(7, 9, "c:WB", "WB")]
    assert _outside_name_chains(text, names) == names
    chained = [Mention(0, 3, "c:RYE", "RYE"), Mention(4, 6, "c:WB", "WB"), Mention(7, 9, "c:SD", "SD")]
    assert _outside_name_chains("RYE-WB-SD blocks", chained) == []


def test_what_a_difference_lies_in_is_no_side_of_it():
    # DIFFERENCE_LIES_IN in ClauseReader._read_pair_cue: 'A 与 B 的区别在于 C' compares A with B; C is what differs.
    # With no side before the cue ('区别在于 RYE 和 WB 的面粉不同') the names after it are the sides
    got = readings(BREADS3_ZH + "RYE 与 WB 的区别只在于 SD 的状态。\n")
    assert ("Rye_Yeast_Evolution", "comparedWith", "White_Bread") in got
    assert not {r for r in got if "Sour_Dough" in r}
    assert not {r for r in readings(BREADS3_ZH + "它与 WB 的区别在于 SD。\n") if r[1] == "comparedWith"}
    assert ("Rye_Yeast_Evolution", "comparedWith", "White_Bread") in readings(BREADS3_ZH + "区别在于 RYE 和 WB 的面粉不同。\n")


def test_a_section_word_heading_keeps_its_parents_topic():
    # kg:GenericHeading: 'Pseudocode', 'Synopsis', '配置' name a part of the notes, not a concept; under
    # '# RYE' such a section still speaks of RYE
    for word in ("Synopsis", "Pseudocode", "Remarks", "配置"):
        got = readings(BREADS_EN + f"# RYE\n\n## {word}\n\nIt uses WB for the crust.\n")
        assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in got, word
        assert not {r for r in got if r[0] not in ("Rye_Yeast_Evolution", "White_Bread")}, word


def test_a_hard_line_break_ends_what_the_line_says():
    # structure._inline_text marks a hard break (two trailing spaces) with '\r\n'; sentences._SENTENCE_END ends a
    # sentence there: '…RYE 差异只在面粉上␣␣⏎极大地降低了 WB 的需求' compares nothing with WB. A soft wrap does not
    from kg.extraction.structure import parse_text as parse

    text = BREADS3_ZH + "## 做法\n\n一个面包的不同部分的 RYE 差异只在面粉上  \n极大地降低了 WB 的需求\n"
    assert not {r for r in readings(text) if r[1] == "comparedWith"}
    spans = [sp.text for item in parse("RYE 很好  \nWB 也好\n而 SD 一般\n", "x.md").items for sp in item.body]
    assert spans == ["RYE 很好\r\nWB 也好\n而 SD 一般"]
    # a line that stops mid-phrase goes on: after a joining word, before a lower-case word, right after a cue
    three = "RYE (Rye Yeast Evolution), WB (White Bread) and SD (Sour Dough) are breads.\n\n"
    assert ("Rye_Yeast_Evolution", "uses", "Sour_Dough") in readings(three + "RYE uses WB and  \nSD.\n")
    assert ("Rye_Yeast_Evolution", "comparedWith", "White_Bread") in readings(three + "RYE is faster  \nthan WB.\n")
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(three + "RYE uses  \nWB for the crust.\n")
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(BREADS3_ZH + "RYE 使用了  \nWB 来发酵。\n")


def test_a_numbered_chinese_line_that_asks_is_a_question_without_a_question_mark():
    # _ItemBuilder._asks_unmarked: '6、面包里是怎么发酵的。' then its answers, one per line, is a question like one
    # ending in '？'; its first answer's name is no subject of the next ('WB uses SD'). A label before a colon
    # ('1. 面粉：是否过筛') or a long line is a statement
    from kg.extraction.structure import parse_text as parse

    text = "6、面包里是怎么发酵的。  \n① 使用 WB  \n② 加入 SD\n"
    items = parse(text, "x.md").items
    assert [it.question.text.strip() for it in items if it.question] == ["6、面包里是怎么发酵的。"]
    assert ("White_Bread", "uses", "Sour_Dough") not in readings(BREADS3_ZH + text)
    assert not [it for it in parse("1. 面粉：是否过筛  \n要过两遍\n", "x.md").items if it.question]
    # steps numbered alike ('1、判断是否使用 WB' then '2、…') and weak question words (是否, 什么 alone) ask nothing
    steps = "## 做法\n\n1、判断是否使用 WB\n2、加入 SD\n3、使用 RYE 烤\n"
    assert not [it for it in parse(steps, "x.md").items if it.question]
    assert not {r for r in readings(BREADS3_ZH + steps) if r[0] == "White_Bread"}
    assert not [it for it in parse("1、不管什么面包都可以加 WB\n它使用 SD\n", "x.md").items if it.question]


def test_a_name_after_for_in_an_unknown_noun_phrase_is_no_doer():
    # ClauseGuards.preposition_object: 'an algorithm for general RYE based on WB' says the algorithm builds on WB; RYE
    # is what the algorithm is for. An indefinite article opens such a phrase as 'the' does, and one modifier may
    # stand between the preposition and the name
    for text in ("## Idea\n\n1. an algorithm for general RYE based on WB\n", "## Idea\n\nAn algorithm for RYE based on WB.\n"):
        assert ("Rye_Yeast_Evolution", "uses", "White_Bread") not in readings(BREADS_EN + text), text
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(BREADS_EN + "## Idea\n\nA RYE variant based on WB.\n")


def test_a_stressed_chinese_modifier_is_not_a_concept(matcher, vocab):
    text = (
        "## LoRA\n\n更新量通常是**低秩**的。将更新分解为两个低秩矩阵。低秩分解很常用。用低秩近似减少内存。\n\n"
        "## SpeechT5\n\nSpeechT5会使用一个称为**后处理网络**（post-net）的模型。后处理网络由几个卷积层组成。\n"
    )
    found = labels(text, matcher, vocab)
    assert "低秩" not in found and "后处理网络" in found


def test_single_letter_symbols_of_a_formula_do_not_join_into_names():
    from kg.extraction.structure import clean_inline

    assert clean_inline(r"$\mathbf{B}\mathbf{A}\mathbf{x}$") == "B A x"
    assert "DeltaW" not in clean_inline(r"$\Delta\mathbf{W}$")
    assert clean_inline(r"$\mathbf{W}_Q$") == "W_Q" and clean_inline(r"$\text{ softmax}$") == "softmax"


def test_kramdown_inline_maths_between_double_dollars_is_one_formula():
    from kg.extraction.structure import clean_inline_maths

    # Jekyll blogs (kramdown) write inline maths as '$$h^2+h$$': one formula each, not a lone '$' pairing with the
    # next formula's dollar (round 321's check found 'Pre-LayerNorm' in the prose between two such formulas taken
    # for maths)
    text, maths = clean_inline_maths(r"参数是 $$h^2+h$$，再考虑两个 Pre-LayerNorm（scale $$\gamma$$ 和 bias $$\beta$$）")
    assert "$" not in text
    at = text.index("Pre-LayerNorm")
    assert not any(a <= at < b for a, b in maths)
    assert [text[a:b] for a, b in maths] == ["h^2+h", "\\gamma", "\\beta"]
    # prices are no maths: a closing dollar has no space before it and no digit after it (pandoc's rule; review63)
    text, maths = clean_inline_maths("A GPU hour costs $5 with crumb-attention and $10 without.")
    assert maths == () and "$5" in text


def test_a_participle_after_an_unknown_noun_describes_that_noun():
    assert readings("OSLO has the tensor parallelism implementation based on the Transformers.") == set()
    assert readings("ResNet training based on SGD is slow.") == set()
    # a head noun, an auxiliary or nothing between name and participle keeps the name the subject
    assert ("ResNet", "uses", "ResidualConnection") in readings("The ResNet model based on residual connections is deep.")
    assert ("ResNet", "uses", "ResidualConnection") in readings("ResNet is based on residual connections.")
    assert ("AlexNet", "uses", "Dropout") in readings("Dropout, used in AlexNet, reduces overfitting.")


def test_two_formats_joined_by_a_slash_are_not_one_name(vocab):
    from kg.extraction.mentions import NameShape

    shape = NameShape(vocab)
    assert not shape.ok("FP16/BF16") and not shape.ok("ROIHead/Fast R-CNN")
    assert shape.ok("ResNet-50") and shape.ok("INT8")


def test_variants_of_a_name_are_still_the_name_before_a_participle():
    # kg:HeadNoun 'variants': "SGD variants based on momentum" keeps SGD the subject
    assert ("SGD", "uses", "Momentum") in readings("SGD variants based on momentum are more standard.")


def test_a_name_that_only_owns_the_subject_does_not_carry_to_the_next_clause():
    text = "编码器的输出被传递到右边的解码器，使用一种称为交叉注意力的机制。"
    assert not {s for s, _, _ in readings(text)} & {"Encoder"}
    assert ("RNN", "causes", "VanishingGradient") in readings("RNN 在处理长期依赖时会遇到困难，会造成梯度消失。")


def test_an_organisation_abbreviation_is_not_a_concept(matcher, vocab):
    text = "DeepSpeed ZeRO Integration:\n- HF Trainer integration\n- HF Accelerate\n"
    assert "HF" not in labels(text, matcher, vocab)


def test_an_ordinary_or_standard_kind_of_model_names_no_kind(matcher, vocab):
    # kind_phrases: 'the normal model', 'a vanilla model' say which one (kg:SizeModifier), not what kind
    text = "The normal model works. The normal model is simple. The normal model is fast.\n\n" + (
        "The vanilla model overfits. The vanilla model is slow. The vanilla model is fine.\n\n"
        "The sourdough model scores. The sourdough model is trained. The sourdough model can be hacked.\n"
    )
    found = labels(text, matcher, vocab)
    assert "normal model" not in found and "vanilla model" not in found
    robust = "A robust model helps. A robust model is needed. A robust model works.\n"
    assert "robust model" not in labels(robust, matcher, vocab)
    assert "sourdough model" in found  # (a kind the lexicon does not know: the rule still names it)


def test_a_table_row_of_the_authors_own_run_is_not_a_method(matcher, vocab):
    # table_row_names: 'Ours + RAG' under | Method | is the authors' run (kg:AuthorPossessive)
    text = "| Method | Acc |\n|---|---|\n| Ours + RAG | 92.0 |\n| 我们的方法 | 91 |\n| ColBERTv2 | 90.1 |\n"
    found = labels(text, matcher, vocab)
    assert not {label for label in found if label.startswith(("Ours", "我们"))}
    assert "ColBERTv2" in found


def test_an_analogy_in_brackets_is_not_a_translated_name(matcher, vocab):
    # TranslationReader: after 像/好比 (kg:AnalogyMarker) the notes liken the idea to an everyday thing
    text = "KV cache 就像便利贴（post-it notes），把算过的东西记下来。梯度累积（gradient accumulation）很常用。\n"
    found = labels(text, matcher, vocab)
    assert not {label for label in found if "便利贴" in label or label == "post-it notes"}
    assert "梯度累积" in found


def test_a_list_item_field_with_a_value_or_a_platform_is_not_a_definition(matcher, vocab):
    # definition_leads: '- Top5: 0.91' is a field and its value; 'LaTeX', 'iOS' are tools (kg:NotAConcept)
    text = "- Top5: 0.91\n- v2: +3% after the reranker\n- LaTeX: formulas\n- iOS: deploy on phone\n- SmartBrush: inpainting\n"
    found = labels(text, matcher, vocab)
    assert not found & {"Top5", "v2", "LaTeX", "iOS"}
    assert "SmartBrush" in found


def test_a_name_at_the_tail_of_a_hyphenated_modifier_is_not_what_is_used():
    # Relator._hyphen_modifier: 'next-token objective' speaks of an objective, not of tokens
    found = readings("# Notes\n\nGPT-3 was pretrained with next-token prediction. BERT uses a masked-token objective.\n")
    assert not {f for f in found if f[2] == "Token"}
    kept = readings("# Notes\n\nThe decoder uses crumb-attention over the encoder outputs.\n")
    assert ("Decoder", "uses", "Attention") in kept


def test_a_problem_that_happens_is_not_caused_by_the_section_topic():
    # Relator._bare_occurrence: '会发生' with no name before it in the clause states what happens, no cause
    assert not readings("# Dropout\n\n训练时会发生过拟合，所以用 dropout。\n") & {("Dropout", "causes", "Overfitting")}
    assert ("LearningRate", "causes", "ExplodingGradient") in readings("# Notes\n\n学习率太大会发生梯度爆炸。\n")
    kept = readings("# Sigmoid\n\n层数多时很容易就会出现梯度消失（在 sigmoid 接近饱和区时）。\n")
    assert ("Sigmoid", "causes", "VanishingGradient") in kept


def test_a_translated_name_is_not_cut_inside_a_word_at_a_particle_character(matcher, vocab):
    # TranslationReader.chinese_name: 用 in 用户, 在 in 在线 are no particles there
    text = "用户画像（user profile）和物品特征（item features）拼接。在线学习（online learning）很常见。\n"
    found = labels(text, matcher, vocab)
    assert "用户画像" in found and "户画像" not in found


def test_a_notebook_service_linked_by_name_is_not_a_concept(matcher, vocab):
    # linked_names: '[Colab](…/colab)' points to a website (kg:OrganizationName), not an idea
    text = "Try [Colab](https://colab.research.google.com/colab) or [Kaggle](https://www.kaggle.com/kaggle).\n"
    assert not labels(text, matcher, vocab) & {"Colab", "Kaggle"}


def test_a_name_framed_by_zai_shang_is_where_a_comparison_is_made():
    # guard Relator.in_setting_frame: '在 Stone Oven 上' says where the breads are compared, so Stone Oven is
    # compared with nothing; the same comparison without the frame still holds
    from kg.pipeline import extract

    defs = "酸面团（Sourdough）是一种面包。石板炉（Stone Oven）是一种烤炉。酵母面包（Yeast Bread）也是一种面包。\n\n"
    framed = extract(defs + "Sourdough 在 Stone Oven 上相比 Yeast Bread 更慢。\n", min_confidence=0)
    assert all("Stone_Oven" not in (s, o) for s, _, o, _ in framed)
    plain = extract(defs + "Sourdough 相比 Yeast Bread 更酸。\n", min_confidence=0)
    assert ("Sourdough", "comparedWith", "Yeast_Bread", False) in plain


def test_a_use_cue_right_after_instead_of_names_what_is_rejected():
    # guard Relator.rejected_use: 'Instead of using Yeast Powder …, Sourdough is …' says Sourdough does without
    # it; 'uses A instead of B' still reads A as used and B as not
    defs = "酸面团（Sourdough）是一种面包。酵母粉（Yeast Powder）是一种发酵剂。小苏打（Baking Soda）也是一种发酵剂。\n\n"
    rejected = defs + "## Sourdough\n\nInstead of using Yeast Powder as most breads do, Sourdough is leavened by wild yeast.\n"
    assert ("Sourdough", "uses", "Yeast_Powder", False) not in extract(rejected, min_confidence=0)
    kept = extract(defs + "Sourdough uses Yeast Powder instead of Baking Soda.\n", min_confidence=0)
    assert ("Sourdough", "uses", "Yeast_Powder", False) in kept
    assert ("Sourdough", "doesNotUse", "Baking_Soda", True) in kept


def test_what_follows_cong_is_what_a_change_replaces():
    # guard Relator.changed_from: 'Sourdough 将发酵剂从 Baking Soda 换成了 Yeast Powder' — the bread made the
    # change; Yeast Powder replaces Baking Soda, not the bread. Without 从 the subject is read as before.
    defs = "酸面团（Sourdough）是一种面包。酵母粉（Yeast Powder）是一种发酵剂。小苏打（Baking Soda）也是一种发酵剂。\n\n"
    changed = extract(defs + "Sourdough 将发酵剂从 Baking Soda 换成了 Yeast Powder。\n", min_confidence=0)
    assert ("Yeast_Powder", "replaces", "Baking_Soda", False) in changed
    assert ("Yeast_Powder", "replaces", "Sourdough", False) not in changed
    plain = extract(defs + "Baking Soda 换成了 Yeast Powder。\n", min_confidence=0)
    assert ("Yeast_Powder", "replaces", "Baking_Soda", False) in plain
    # changed_from_unnamed: the old thing is no name kg knows ('老面'), so nothing is replaced by the reading
    unnamed = extract(defs + "Sourdough 将发酵剂从老面换成了 Yeast Powder。\n", min_confidence=0)
    assert not [f for f in unnamed if f[1] == "replaces"]


def test_a_count_glued_before_a_chinese_name_makes_another_term():
    # guard Matcher.counted_compound (kg:CountPrefix): '双发酵' and '多发酵' are other techniques than 发酵;
    # '发酵' alone, and after a word that is no count ('自然发酵'), is still the name
    from kg.extraction.mentions import Matcher

    m = Matcher([("发酵", "c:Ferment")], count_prefixes=["二", "多", "双"])
    assert [x.surface for x in m.find("面包采用双发酵工艺")] == []
    assert [x.surface for x in m.find("多发酵")] == []
    assert [x.surface for x in m.find("自然发酵很慢，发酵需要时间")] == ["发酵", "发酵"]


def test_a_one_word_name_hyphened_to_first_or_free_is_an_adjective():
    # guard Matcher.adjective_compound (kg:CompoundTail): 'crust-first baking' and 'gluten-free bread' do not
    # name the crust or gluten; 'gluten-based' and plain 'gluten' still do
    from kg.extraction.mentions import Matcher

    m = Matcher([("gluten", "c:Gluten"), ("crust", "c:Crust")], compound_tails=["first", "free"])
    assert m.find("crust-first baking of gluten-free bread") == []
    assert [x.surface for x in m.find("gluten-based dough; gluten matters")] == ["gluten", "gluten"]


def test_a_term_opening_with_ti_qu_is_a_step():
    # kg:StepVerb now holds 提取 (extract): '提取面粉筋度' is an instruction; '面粉提取物' is not opened by it
    from kg.extraction.mentions import _is_step

    steps = {"提取", "读取"}
    assert _is_step("提取面粉筋度", steps) and not _is_step("面粉提取物", steps)


def test_a_heading_naming_tasks_is_generic():
    # kg:GenericHeading now holds 任务 (task): '#### 烘焙任务' is a section about the tasks of baking, named by
    # 烘焙 once the generic word is stripped, like '烘焙策略'
    from kg.extraction.mentions import HeadingReader
    from kg.vocab import default_vocabulary

    headings = HeadingReader(default_vocabulary())
    assert headings.name("烘焙任务") == "烘焙" and headings.name("下游任务") == "下游"


def test_a_name_ending_in_a_problem_word_names_a_problem(vocab):
    # named_problem / discovered_classes: '面包伪影', 'Crumb Artifacts' and the word alone are problems, so under
    # '### 面包伪影' a 'use X' line (a remedy) is not read as the artifact using X; '去伪影' (a verb phrase) and
    # a name that only holds the word ('Artifact Oven') are not problems
    from kg.extraction.mentions import named_problem
    from kg.pipeline import discovered_classes
    from kg.terms import KG

    heads = vocab.cue_set("ProblemHead")
    assert named_problem("面包伪影", heads) and named_problem("Crumb Artifacts", heads) and named_problem("伪影", heads)
    assert not named_problem("去伪影", heads) and not named_problem("Artifact Oven", heads)
    # an overhead is a cost: 'baking overhead', '烘焙开销' are problems ('Corn Bread introduces a baking overhead' uses none)
    assert named_problem("baking overhead", heads) and named_problem("烘焙开销", heads)
    # an imbalance is a problem: under '## 面团不均衡', '采用石板烤箱' remedies it; the imbalance uses nothing
    assert named_problem("面团不均衡", heads) and named_problem("crumb imbalance", heads) and named_problem("面团不平衡", heads)
    oven = "石板烤箱（Stone Oven）是一种烤箱。\n\n## 面团不均衡\n\n- 采用石板烤箱\n"
    assert not [f for f in extract(oven, min_confidence=0) if f[1] == "uses"]
    defs = "玉米面包（Corn Bread）是一种面包。烘焙开销（Baking Overhead）是一种成本。\n\n"
    assert not any(f[1] == "uses" for f in extract(defs + "Corn Bread introduces a significant baking overhead.\n", min_confidence=0))
    classes = discovered_classes([("Crumb Artifacts", "c:a"), ("面包屑", "c:a"), ("Oven", "c:o")], {}, vocab)
    assert classes == {"c:a": KG.Problem, "c:o": KG.Concept}
    text = "# 烘焙\n\n### 面包伪影（Crumb Artifact）\n\n#### 减少方法\n\n- 使用石板烤箱（Stone Oven）而非铁盘\n"
    assert not any(s.startswith("面包伪影") or s.startswith("Crumb") for s, _, _ in readings(text))



def test_a_bold_term_that_a_heading_word_reduces_to_an_ordinary_word_names_nothing(matcher, vocab):
    # stripped_to_plain_word: '**结构缺失**' (a description: 'missing structure') is no 缺失 once 结构 goes;
    # '**酵母结构**' keeps 酵母 out too, but a bold name that keeps a coined word ('**面团醒发器结构**') stays
    from kg.extraction.mentions import common_words, stripped_to_plain_word

    common = common_words()
    assert stripped_to_plain_word("结构缺失", "缺失", common) and stripped_to_plain_word("镜像结构", "镜像", common)
    assert not stripped_to_plain_word("面团醒发器结构", "面团醒发器", common)
    assert not stripped_to_plain_word("Adam 总结", "Adam", common) and not stripped_to_plain_word("缺失", "缺失", common)
    assert not stripped_to_plain_word("发酵：", "发酵", common)  # only the colon of a run-in label went
    text = "- **结构缺失**：面包中的结构缺失很常见，结构缺失要避免。\n- **面团醒发器结构**：面团醒发器很贵，面团醒发器要清洗。\n"
    found = labels(text, matcher, vocab)
    assert "缺失" not in found and "面团醒发器" in found


def test_a_label_opening_with_a_verb_of_doing_is_a_step(matcher, vocab):
    # kg:StepVerb (增加, 改变, 使用 …): '**增加烘烤时间**', '**改变烤盘位置**' say what to do, not what things are
    # called; a label naming a thing ('**烘烤时间**') is a name
    text = (
        "## 烤焦的面包\n\n- **增加烘烤时间**：\n  - 烘烤时间加长\n- **改变烤盘位置**：\n  - 烤盘位置放低\n"
        "- **烘烤时间**：烘烤时间决定颜色，烘烤时间很重要。\n"
    )
    found = labels(text, matcher, vocab)
    assert "增加烘烤时间" not in found and "改变烤盘位置" not in found and "烘烤时间" in found


def test_a_datasets_heading_is_a_part_of_the_notes(matcher, vocab):
    # kg:GenericHeading 'Datasets' / '数据集': the heading over a table of data sets names a part of the notes,
    # not a concept; '面包数据集' is the 面包 data set
    text = "# Bread\n\n### Datasets\n\n| name | use |\n| --- | --- |\n| Loaves | crust |\n\n## 面包数据集\n\n- 很多面包。\n"
    found = labels(text, matcher, vocab)
    assert "Datasets" not in found and "面包数据集" not in found
    # 'Glossary', 'Researches' (a list of papers) name parts of the notes too
    assert not {"Glossary", "Researches"} & labels("# Bread\n\n## Glossary\n\n- crust\n\n## Researches\n\n- loaves\n", matcher, vocab)


def facts_of_two_notes(tmp_path, a: str, b: str) -> set:
    """The facts of a graph built from two notes, a.md and b.md, in the real on-disk store."""
    from kg.pipeline import build
    from kg.query import LocalBackend
    from kg.store import GraphStore

    from conftest import facts

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text(a, "utf-8")
    (notes / "b.md").write_text(b, "utf-8")
    store = GraphStore(tmp_path / ".kg")
    build([notes], store)
    return set(facts(LocalBackend(store)))


def test_an_everyday_word_one_note_made_a_concept_is_a_name_only_in_that_note(tmp_path, vocab):
    # local_concepts / everyday_name / LocalMatcher: one baker's heading '## 风味' (flavour, an everyday word)
    # is that note's topic; in another note '风味' is prose, and reading it as the concept there gives facts
    # nobody wrote. A coined name ('醒发箱') or an acronym defined in brackets is a name in every note.
    from kg.extraction.mentions import DiscoveredConcept, common_words, everyday_name, local_concepts

    common = common_words()
    assert everyday_name("风味", common) and everyday_name("精度", common)
    assert not everyday_name("醒发箱", common) and not everyday_name("生成器", common)
    assert not everyday_name("Datasets", common) and not everyday_name("sour dough", common)
    found = [
        DiscoveredConcept("c:t", "风味", "zh", "heading", "a.md", 1),
        DiscoveredConcept("c:p", "醒发箱", "zh", "heading", "a.md", 5),
        DiscoveredConcept("c:s", "SD", "en", "acronym", "a.md", 7),
    ]
    assert local_concepts(found, common) == {"c:t": frozenset({"a.md"})}
    # the everyday word with a head noun after it in another note ('风味算法', flavour algorithm) names no more
    heads = vocab.cue_set("HeadNoun")
    with_head = [*found, DiscoveredConcept("c:t", "风味算法", "zh", "heading", "b.md", 3)]
    assert local_concepts(with_head, common, (), heads) == {"c:t": frozenset({"a.md", "b.md"})}
    assert local_concepts([*found, DiscoveredConcept("c:t", "风味面包", "zh", "heading", "b.md", 3)], common, (), heads) == {}
    # a lexicon concept the notes give an everyday Chinese name ('精度' for a known concept) stays a name anywhere
    alias = [DiscoveredConcept("c:known", "精度", "zh", "alias", "a.md", 2)]
    assert local_concepts(alias, common, {"c:known"}) == {} and "c:known" in local_concepts(alias, common)
    read = facts_of_two_notes(
        tmp_path,
        "# 面包\n\n## 风味\n\n- 风味取决于醒发箱。\n\n## 醒发箱\n\n- 醒发箱控制温度。\n",
        "# 蛋糕\n\n## 黄油蛋糕\n\n- 黄油蛋糕使用醒发箱。\n- 黄油蛋糕与风味有关。\n\n## 奶油\n\n- 奶油过多会导致风味下降。\n",
    )
    assert ("黄油蛋糕", "uses", "醒发箱") in read  # a coined name is a name in every note
    assert not any("风味" in (s, o) for s, _, o in read)  # prose in b.md: without the rule, 奶油 causes 风味


def test_the_name_a_work_builds_on_is_not_the_subject_of_the_verb_after_it():
    # Relator._basis_closed with kg:BasisCloser: '在 WB 基础上引入 YEAST' (on the basis of WB, introduces YEAST):
    # the bread the sentence is about (RYE) uses YEAST, WB does not; 'WB 使用 YEAST' still says WB uses it
    text = (
        "## 10. WB\n\nWB（White Bread）是一种面包。\n\n## 11. RYE\n\n### 功能描述\n\n"
        "RYE（Rye Yeast Evolution）是面包师在 2019 年提出的面包，在 WB 基础上引入**麸皮层**（BRAN + 酵母）和"
        "**发酵层**（YEAST），改善风味。\n"
    )
    read = readings(text)
    assert ("Rye_Yeast_Evolution", "uses", "YEAST") in read and ("White_Bread", "uses", "YEAST") not in read
    assert ("White_Bread", "uses", "YEAST") in readings("## 10. WB\n\nWB（White Bread）是一种面包，WB 使用 YEAST（酵母）。\n")


def test_a_name_plus_part_is_that_name(vocab):
    # kg:KindWord 部分 (used by unify's kind_of_named): '**SD 部分**' (the SD part of a recipe) is SD; a part
    # no other name of the notes names ('Crust 部分') stays its own concept
    from kg.extraction.mentions import DiscoveredConcept, unify

    found = [
        DiscoveredConcept("c:sd", "SD", "en", "parenthesis", "a.md", 1),
        DiscoveredConcept("c:sdp", "SD 部分", "zh", "bold", "a.md", 3),
        DiscoveredConcept("c:crust", "Crust 部分", "zh", "bold", "a.md", 4),
    ]
    merged = {d.label: d.iri for d in unify(found, [], vocab.cue_set("HeadNoun") + vocab.cue_set("KindWord"), [], vocab.cue_set("KindWord"))}
    assert merged["SD 部分"] == merged["SD"] == "c:sd" and merged["Crust 部分"] == "c:crust"


def test_bold_labels_under_a_heading_of_properties_name_no_concepts(matcher, vocab):
    # aspect_heading with kg:AspectHeading: under '#### 特征表现' (what a burnt loaf looks like) or 'Properties
    # of Sourdough', '**焦斑（Dark Spots）**：…' and '**Chewy:** …' describe; under '#### 减少方法' the same
    # shape of label names a method ('**石板烘烤（Stone Baking）**：…') and stays a concept
    from kg.extraction.mentions import aspect_heading

    words = [w.lower() for w in vocab.cue_set("AspectHeading")]
    assert aspect_heading("特征表现", words) and aspect_heading("Properties of Sourdough", words)
    assert not aspect_heading("减少方法", words) and not aspect_heading("Features of Rye", words)
    text = (
        "## 烤焦\n\n#### 特征表现\n\n- **焦斑（Dark Spots）**：表面的焦斑很多，焦斑发黑\n\n"
        "#### 减少方法\n\n- **石板烘烤（Stone Baking）**：使用石板烘烤，石板烘烤更均匀\n\n"
        "## Properties of Sourdough\n\n- **Chewy:** a chewy crumb; Chewy loaves keep.\n"
    )
    found = labels(text, matcher, vocab)
    assert not {"焦斑", "Dark Spots", "Chewy"} & found and {"石板烘烤", "Stone Baking"} <= found


def test_bold_labels_under_a_bold_line_of_advantages_name_no_concepts(matcher, vocab):
    # aspect_items: a bold line standing as a heading ('**Advantages of Sourdough**') heads the list below it;
    # its labels ('**Shelf Life:**') are properties. A bold line of no aspect ('**Ingredients**') keeps them.
    text = (
        "Sourdough is old.\n\n**Advantages of Sourdough**\n\n1. **Shelf Life:** it keeps; Shelf Life matters.\n"
        "2. **Tangy Flavour:** acids; Tangy Flavour wins.\n\n## Rye\n\n**Ingredients**\n\n"
        "1. **Levain Starter:** flour and water; Levain Starter ferments.\n"
    )
    found = labels(text, matcher, vocab)
    assert not {"Shelf Life", "Tangy Flavour"} & found and "Levain Starter" in found


def test_a_known_name_plus_activation_function_or_update_is_that_name(vocab):
    # kg:KindWord 激活函数 / 激励函数 / activation function / update (used by unify): 'ReLu激励函数' is ReLU,
    # 'Momentum update' is Momentum; 'Crumb update' (no known 'Crumb') stays its own name
    from kg.extraction.mentions import DiscoveredConcept, lexicon_terms, unify

    found = [
        DiscoveredConcept("c:r", "ReLu激励函数", "zh", "bold", "a.md", 1),
        DiscoveredConcept("c:m", "Momentum update", "en", "heading", "a.md", 2),
        DiscoveredConcept("c:c", "Crumb update", "en", "heading", "a.md", 3),
    ]
    kinds = vocab.cue_set("KindWord")
    merged = {d.label: d.iri for d in unify(found, lexicon_terms(vocab), vocab.cue_set("HeadNoun") + kinds, [], kinds)}
    assert merged["ReLu激励函数"].endswith("/ReLU") and merged["Momentum update"].endswith("/Momentum")
    assert merged["Crumb update"] == "c:c"


# ---------------------------------------------------------------- precision round 9 (unseen-note errors)


def test_a_known_name_inside_an_acronyms_long_form_is_a_word_of_that_name():
    # long_form_spans: 'Long Form (LF)' and 'LF（Long Form）' are one name; a shorter known name inside is no mention
    from kg.extraction.mentions import long_form_spans

    def spans(t):
        return [t[a:b] for a, b in long_form_spans(t)]

    assert spans("the Hierarchical Residual Attention Network (HRAN) is new") == ["Hierarchical Residual Attention Network"]
    assert spans("PALM（Pathways Attention Language Model）很大") == ["Pathways Attention Language Model"]
    assert spans("We use Layer Normalization (LN) here") == ["Layer Normalization"]  # the known name is the whole form
    assert spans("the model (GPT) is big") == [] and spans("a Transformer (see BERT)") == []
    assert spans("Dropout (DO) is simple") == []  # one word: no long form
    found = readings("## HRAN\n\nThe Hierarchical Residual Attention Network (HRAN) improves on VGG.\n")
    assert found and not {f for f in found if "Attention" in (f[0], f[2])}  # the long name, not Attention, is the subject


def test_a_capitalised_noun_after_the_is_a_name_not_the_topic():
    # Relator._article_name_subject: 'The Critic is similar to VGG' under ## ResNet is about the Critic (unknown)
    assert not readings("## ResNet\n\nThe Critic is similar to VGG.\n\nThe Sampler uses dropout.\n")
    # not when the noun is lower case or a known name: the sentence is about the topic or that name
    assert ("ResNet", "comparedWith", "VGG") in readings("## ResNet\n\nThe network is similar to VGG.\n")
    assert ("Transformer", "uses", "Attention") in readings("## ResNet\n\nThe Transformer uses attention.\n")


def test_the_name_after_dui_is_what_the_verb_works_on():
    # Relator._target_marked (kg:TargetMarker 对): '对 X 使用 Y' applies Y to X; X does not use Y
    found = readings("## 方法\n\n对全连接层使用 dropout，效果更好。\n")
    assert ("FullyConnected", "uses", "Dropout") not in found
    # a name before 对 is still the doer; 相对 / 对比 are other words
    assert ("ResNet", "uses", "BatchNorm") in readings("## 模型\n\nResNet 对卷积层的输出使用 BN。\n")
    assert ("VGG", "uses", "ReLU") in readings("## 模型\n\n相对而言，VGG 使用 ReLU。\n")


def test_a_definition_names_its_kind_after_de_not_what_it_is_based_on():
    # Relator._kind_after_basis: 'A 是一种基于 X 的 Y（Z）': Y and Z are the kind, not what A uses
    found = readings("## LeNet\n\nLeNet 是一种基于 Energy-Based 的卷积神经网络（CNN），用于手写识别。\n")
    assert not {f for f in found if f[0] == "LeNet" and f[1] == "uses" and f[2] in ("CNN", "ConvolutionalNeuralNetwork")}
    assert ("ViT", "uses", "Transformer") in readings("## ViT\n\nViT 是一种基于 Transformer 的模型。\n")


def test_clauses_telling_how_two_work_together_are_no_contrast():
    # Relator._interacting: '…A 等待 B…，而 B …': the first clause names B as what A acts on
    found = readings("## 训练\n\nLayerNorm 要等待 BatchNorm 的结果，而 BatchNorm 要先统计均值。\n")
    assert not {f for f in found if f[1] == "comparedWith"}
    found = readings("## 训练\n\nLayerNorm 对一个样本做标准化，而 BatchNorm 对一个 batch 做标准化。\n")
    assert ("LayerNorm", "comparedWith", "BatchNorm") in found or ("BatchNorm", "comparedWith", "LayerNorm") in found


def test_bijiao_glued_to_one_word_is_rather_not_compare():
    # Relator._degree_reading (kg:DegreeAdverb 比较 / 相对): '本身比较稀疏' is 'rather sparse'
    assert not readings("## 向量\n\n由于词向量矩阵本身比较稀疏，训练耗时会比较长。\n")
    found = readings("## Norm\n\nBN 与 LN 比较，LN 更适合 RNN。\n")  # two sides around the cue: still compared
    assert ("BatchNorm", "comparedWith", "LayerNorm") in found or ("LayerNorm", "comparedWith", "BatchNorm") in found


def test_a_quality_glued_to_an_attribute_noun_is_a_measure_not_the_better_one():
    # Relator._quality_measured: '…，泛化性能往往优于 WB': generalization names what is measured, not what is better;
    # also when the notes made '泛化性' a name and the noun 性能 begins inside it. A model measured is the doer.
    fact = ("Generalization", "improvesOn", "White_Bread")
    check_readings(BREADS3_ZH, fact, absent=["RYE 的欠拟合风险很小，泛化性能往往优于 WB。\n"])
    defined = BREADS3_ZH + "- 泛化性 (Generalizable): 面包能放得更久。\n\n"
    assert not {f for f in readings(defined + "RYE 的欠拟合风险很小，泛化性能往往优于 WB。\n") if f[1] == "improvesOn" and f[2] == "White_Bread"}
    assert ("Rye_Yeast_Evolution", "improvesOn", "White_Bread") in readings(BREADS3_ZH + "RYE 的泛化性能优于 WB。\n")


def test_a_name_after_an_auxiliary_and_its_verb_is_worked_on_not_the_user():
    # Relator._worked_on_before_participle (kg:FiniteAuxiliary): 'Performer can "estimate" regular dot-product attention
    # using FAVOR+': attention is what is estimated; the auxiliary's subject uses FAVOR+. A name that opens its clause
    # keeps the reading.
    check_readings(
        BREADS_EN,
        ("DotProductAttention", "uses", "Dropout"),
        absent=['The model can "estimate" regular dot-product attention using dropout.\n', "It can compute dot-product attention using dropout.\n"],
        present=["Dot-product attention using dropout is common.\n"],
    )


def test_why_not_suggests_a_use_and_denies_nothing():
    # Relator.suggested (kg:SuggestionWord): 'why not use X for …?' proposes X; 'Why does WB not use RYE?' still denies
    check_readings(
        BREADS_EN,
        ("White_Bread", "doesNotUse", "Rye_Yeast_Evolution"),
        absent=["WB: why not use RYE for the crust?\n"],
        present=["Why does WB not use RYE?\n", "WB does not use RYE.\n"],
    )


def test_a_distributive_pronoun_before_the_verb_is_its_doer():
    # Relator.distributive_doer (kg:DistributivePronoun): '(e.g., one using RYE, another using WB)': 'another'
    # uses WB, not RYE (inside a bracket the commas split no clauses)
    check_readings(
        BREADS_EN,
        ("Rye_Yeast_Evolution", "uses", "White_Bread"),
        absent=["We bake several loaves (e.g., one using RYE, another using WB, and so on).\n"],
        present=["We bake several loaves (e.g., RYE using WB, and so on).\n"],
    )
    check_readings(BREADS3_ZH, ("Rye_Yeast_Evolution", "uses", "White_Bread"), absent=["做两个面包（一个使用 RYE，另一个使用 WB）。\n"])


def test_bijiao_before_a_short_modifier_and_a_list_is_rather_not_compare():
    # Relator.degree_modifier_before: '目前比较流行的当属 A 和 B' lists the rather popular ones; '比较 A 和 B',
    # '比较了 A 和 B' compare them
    check_readings(
        BREADS3_ZH,
        ("Rye_Yeast_Evolution", "comparedWith", "White_Bread"),
        absent=["目前比较流行的当属RYE和WB方法。\n", "比较常用的有RYE、WB。\n"],
        present=["比较RYE和WB。\n", "比较了RYE和WB。\n"],
    )


def test_a_kind_listed_under_its_own_kind_is_related_not_a_part():
    # Relator._kinds_not_parts: '常见的池化操作包括最大池化和平均池化': kinds of pooling (skos:broader), not parts
    found = readings("## CNN\n\n常见的池化操作包括最大池化和平均池化。\n")
    assert ("MaxPooling", "relatedTo", "Pooling") in found and not {f for f in found if f[1] == "partOf"}
    found = readings("## GoogLeNet\n\nGoogLeNet 包括 Inception 模块。\n")  # no kind between them: a part
    assert ("InceptionModule", "partOf", "GoogLeNet") in found
    # one narrower name alone stays a part (the lexicon files the kernel under Convolution)
    assert ("ConvolutionKernel", "partOf", "Convolution") in readings("## CNN\n\nThe convolution layer contains filters.\n")


def test_not_needed_is_a_negative():
    # kg:doesNotUse cues 不需要 / 无需 / does not need; Relator._negated_before counts kg:NotNeeded words too
    found = readings("## ViT\n\nViT 不需要卷积。ViT 不需要使用卷积。\n")
    assert ("ViT", "doesNotUse", "Convolution") in found and ("ViT", "uses", "Convolution") not in found
    assert ("ResNet", "doesNotUse", "Dropout") in readings("## ResNet\n\nResNet does not need dropout.\n")
    assert not {f for f in readings("## ResNet\n\nResNet 需要 Dropout。\n") if f[1] == "doesNotUse"}  # needed: no negative


def test_a_negation_of_a_large_amount_denies_the_amount_not_the_thing():
    # ClauseGuards.denies_an_amount (kg:DeniedAmount): 'does not need a large batch size', '不需要太多的 X': some of it
    # may well be used; only the amount is denied
    for text in (
        "## ResNet\n\nResNet does not need a large batch size.\n",
        "## ResNet\n\nResNet 不需要太多的 Dropout。\n",
        "## ResNet\n\nResNet 不需要大的 batch size。\n",
    ):
        assert not {f for f in readings(text) if f[1] == "doesNotUse"}, text
    assert ("ResNet", "doesNotUse", "BatchSize") in readings("## ResNet\n\nResNet does not need a batch size.\n")


def test_a_name_before_hou_and_an_adding_verb_is_a_place():
    # Relator._in_place_phrase: 后 before any use cue ('后加入', '后添加'), not only 使用/采用, makes the name a place
    found = readings("## 模型\n\nResNet 中，卷积层后加入 BN。\n")
    assert ("Convolution", "uses", "BatchNorm") not in found
    assert ("FeedForwardNetwork", "uses", "ReLU") in readings("## 网络\n\n前馈网络使用 ReLU。\n")  # 前馈 is a word


def test_conference_and_publisher_names_are_not_concepts(matcher, vocab):
    # not_a_concept (kg:VenueName): where a paper appeared names no concept of the notes
    text = "## Refs\n\n- Bob. Some Paper. In AAAI, 2019. PMLR.\n- Ann. Other Paper. NeurIPS 2020. AAAI, PMLR.\n\n## HAN\n\nHAN 用 DBLP 和 IMDB。IMDB, DBLP.\n"
    found = labels(text, matcher, vocab)
    assert not found & {"AAAI", "PMLR", "NeurIPS"}


def test_a_clause_opening_with_instead_of_rejects_every_verb_in_it():
    # Relator._contrast_opens_clause: 'Instead of A-ing X and B-ing Y, Z …': neither X nor Y is used
    found = readings("## Plan\n\nInstead of training a ResNet and using dropout, the team fine-tunes VGG.\n")
    assert not {f for f in found if f[2] == "Dropout" and f[1] == "uses"}
    found = readings("## VGG\n\nVGG uses ReLU instead of sigmoid, and it uses dropout.\n")  # the contrast opens no clause
    assert ("VGG", "uses", "ReLU") in found


def test_a_name_with_a_file_type_tail_is_a_tool_not_the_name(matcher):
    # Matcher.find (_DOTTED_TAIL): 'llama.cpp', 'BERT.js' name tools; 'BN.' ending a sentence is BN
    assert not matcher.find("quantize it with bert.cpp today")
    assert [m.surface for m in matcher.find("ResNet uses BN. Then")] == ["ResNet", "BN"]


def test_the_noun_of_pay_attention_to_is_the_everyday_word(matcher):
    # Matcher.find (kg:HeedVerb): 'it pays too much attention to data' names no attention mechanism; tokens that
    # 'receive low attention' and a heading that puns ('Pay attention!') still name it
    assert "attention" not in [m.surface for m in matcher.find("it pays too much attention to data")]
    assert "attention" not in [m.surface for m in matcher.find("pay close attention to the loss")]
    assert "attention" in [m.surface for m in matcher.find("tokens receive low attention")]
    assert "attention" in [m.surface for m in matcher.find("Pay attention!")]


def test_a_name_between_two_dots_of_a_code_path_is_a_module(matcher):
    # Matcher.find (_dotted_segment): 'sklearn.ensemble.VotingClassifier', 'torch.nn.dropout.Module' name modules;
    # the path's last part and a name that ends a sentence ('… with an ensemble. Dropout …') are still names
    assert not matcher.find("use sklearn.ensemble.VotingClassifier here")
    assert not matcher.find("see torch.dropout.Module here")
    assert [m.surface for m in matcher.find("call torch.nn.Dropout here")] == ["Dropout"]
    assert [m.surface for m in matcher.find("an ensemble.Dropout helps")] == ["ensemble", "Dropout"]


def test_a_dotted_name_the_code_path_goes_on_past_is_not_named():
    # Matcher.find (_PATH_GOES_ON): a module path the notes made a name ('torch.nn') followed by more of the path
    # ('torch.nn.CrossEntropyLoss', 'torch.nn.parallel.X') names a class inside the module, not the module;
    # the module alone, or ending a sentence, is still named
    from kg.extraction.mentions import Matcher

    notes = Matcher([("bread.oven", "c:Oven")])
    assert not notes.find("use bread.oven.Baker here") and not notes.find("use bread.oven.parallel.Baker here")
    assert [m.surface for m in notes.find("bread.oven is a module. Then bread.oven.")] == ["bread.oven", "bread.oven"]


def test_items_of_a_list_of_alternatives_are_not_the_topics_doing():
    # Relator._alternatives_intro (kg:AlternativesIntro): '有以下几种方法：(1)… (2)… (3) SPP': each item is one way
    text = "## SPP\n\n通常来说，有以下几种方法：\n\n（1）对输入进行 resize。\n\n（2）替换网络中的全连接层。\n\n（3）最后一个是 SPP。\n"
    assert ("SPP", "replaces", "FullyConnected") not in readings(text)
    text = "## Adam\n\nThere are several ways to tune it:\n\n1. Replace the fully connected layer.\n"
    assert not readings(text)
    # a colon list of the topic's features is still about the topic
    found = readings("## ResNet\n\nResNet 的特点：\n\n1. 使用 BN。\n2. 使用 ReLU。\n")
    assert ("ResNet", "uses", "BatchNorm") in found and ("ResNet", "uses", "ReLU") in found


# ---------------------------------------------------------------- session 13: held-out round 9 readings


def test_one_kind_changed_into_another_kind_replaces_nothing():
    # the name right before 'changed into' is what changes; when both name one concept, the container
    # named earlier in the sentence is not what is replaced
    text = "## Speech model\n\n我们将解码器模块中的正弦位置编码更改为旋转位置编码，以便外推。\n"
    assert not {r for r in readings(text) if r[1] == "replaces"}
    text = "## Speech model\n\n我们把 FFN 中的 ReLU 更改为 GeLU。\n"
    assert ("GELU", "replaces", "ReLU") in {(s.rsplit("/", 1)[-1], p, o.rsplit("/", 1)[-1]) for s, p, o in readings(text)}


def test_a_table_header_compares_models_not_measures():
    text = "## Detectors\n\n| 模型 | ResNet | FLOPs | VGG | FLOPs |\n| --- | --- | --- | --- | --- |\n| S | 1 | 2 | 3 | 4 |\n"
    found = {(s.rsplit("/", 1)[-1], p, o.rsplit("/", 1)[-1]) for s, p, o in readings(text)}
    assert ("ResNet", "comparedWith", "VGG") in found
    assert not {f for f in found if "ComputationalCost" in (f[0], f[2])}


def test_a_table_header_over_rows_of_named_things_lists_what_they_are_scored_on():
    # LayoutReader._rows_name_concepts: rows that open with breads make the header's columns the tests each bread is
    # scored on; RYE and WB are not compared there. Rows of sizes keep the header a comparison
    scored = "| Bread | RYE | WB |\n| --- | --- | --- |\n| SD | 1 | 2 |\n| Sour Dough | 3 | 4 |\n"
    sized = "| Bread | RYE | WB |\n| --- | --- | --- |\n| small | 1 | 2 |\n| large | 3 | 4 |\n"
    check_readings(BREADS3_ZH + "## 面包\n\n", ("Rye_Yeast_Evolution", "comparedWith", "White_Bread"), absent=[scored], present=[sized])


def test_names_side_by_side_in_a_table_header_are_a_weak_comparison():
    # columns of one table are compared only sometimes (5 of 12 judged right): kept as a record below the
    # default threshold, out of the direct graph that plans and pages read
    from kg.extraction.confidence import DEFAULT_THRESHOLD, SUBJECT_EVIDENCE

    assert SUBJECT_EVIDENCE["table header"] < DEFAULT_THRESHOLD
    text = "## Detectors\n\n| 模型 | ResNet | VGG |\n| --- | --- | --- |\n| S | 1 | 2 |\n"
    assert ("ResNet", "comparedWith", "VGG") not in {(s, p, o) for s, p, o, _ in extract(text)}
    assert ("ResNet", "comparedWith", "VGG") in {(s.rsplit("/", 1)[-1], p, o.rsplit("/", 1)[-1]) for s, p, o in readings(text)}


def test_a_lower_case_abbreviation_matches_only_in_lower_case(matcher):
    assert _is_lower_abbreviation("lr") and not _is_lower_abbreviation("loss") and not _is_lower_abbreviation("LR")
    text = "CTR 模型中，FM 代替 LR 建模特征交叉；训练时 lr 取 0.01。"
    found = {m.concept.rsplit("/", 1)[-1] for m in matcher.find(text)}
    assert found >= {"LearningRate"}
    assert len([m for m in matcher.find(text) if m.concept.endswith("/LearningRate")]) == 1


def test_a_version_after_a_hyphen_keeps_its_decimals(matcher, vocab):
    text = (
        "## OPT-1.3B\n\nOPT-1.3B 是一个小模型。我们在单个节点上训练 OPT-1.3B 模型。\n\n"
        "- OPT-1.3B 使用 ZeRO。\n- GPT-3.5 使用 RLHF。\n- GPT-3.5 比 GPT-3 好。\n"
    )
    found = labels(text, matcher, vocab)
    assert "OPT-1" not in found
    assert {"OPT-1.3B", "GPT-3.5"} <= found


def test_an_aside_compares_only_the_name_it_directly_follows():
    text = "## CNN\n\nVGG 很深，这是一个（通常比 ResNet 小的）网络。\n\nAlexNet 之后出现了一个（效果比 ResNet 好）网络。\n"
    assert not {r for r in readings(text) if r[1] in ("comparedWith", "improvesOn")}
    # (better, 好, makes the aside's name improve on the other: kg:BetterWord)
    text = "## 激活\n\nReLU 的收敛速度比 sigmoid 快的多。\n\n## CNN\n\nResNet（效果比 VGG 好）是残差网络。\n"
    found = {(s.rsplit("/", 1)[-1], p, o.rsplit("/", 1)[-1]) for s, p, o in readings(text)}
    assert {("ReLU", "comparedWith", "Sigmoid"), ("ResNet", "improvesOn", "VGG")} <= found


def test_the_name_changed_is_not_the_agent_of_the_change():
    text = "## XNet\n\nXNet 的结构如图，XNet 在 ResNet 的基础上，将 ResNet 中的 ReLU 更换为了 GeLU。\n"
    found = {(s.rsplit("/", 1)[-1], p, o.rsplit("/", 1)[-1]) for s, p, o in readings(text)}
    assert ("GELU", "replaces", "ReLU") in found
    assert ("ReLU", "uses", "GELU") not in found


def test_a_decimal_point_keeps_versions_apart():
    from kg.extraction.mentions import fold_key

    assert fold_key("OPT-1.3B") != fold_key("OPT-13B")
    assert fold_key("GPT-3.5") != fold_key("GPT-35")
    assert fold_key("Dense-Nets") == fold_key("DenseNet") and fold_key("e.g. ResNet") == fold_key("eg ResNet")


def test_a_full_stop_glued_to_the_next_word_ends_a_sentence():
    # glued_sentence_ends: 'Rye Bread.Compared with Sourdough, …' is two sentences; names do not pair across
    # the stop. Dotted paths, calls, inline code and inner capitals are not sentence ends.
    from kg.extraction.facts import glued_sentence_ends

    assert glued_sentence_ends("made of Rye Bread.Compared with it") == [len("made of Rye Bread.")]
    assert glued_sentence_ends("the oven.During baking") == [len("the oven.")]
    for code in ("use torch.optim.Adam(x)", "bake.Cell.water", "oven.FloatTensor here", "`bake.Bread here`", "e.g.The"):
        assert glued_sentence_ends(code) == []
    defs = "酸面团（Sourdough）是一种面包。黑麦面包（Rye Bread）是一种面包。玉米面包（Corn Bread）也是一种面包。\n\n"
    glued = extract(defs + "Corn Bread improves on Sourdough and Rye Bread.Compared with Sourdough, Corn Bread is sweeter.\n", min_confidence=0)
    assert ("Sourdough", "comparedWith", "Rye_Bread", False) not in glued
    assert ("Corn_Bread", "comparedWith", "Sourdough", False) in glued


def test_the_means_a_clause_opens_with_does_not_use_what_it_achieves():
    # ClauseGuards.means_opening: '通过 Yeast Powder 实现的 Corn Bread' (Corn Bread made by means of yeast powder)
    # and '通过 X 实现 Y' name X as the means, which does not use Y; a mitigating cue after the means still reads
    # ('通过 X 减少 Y': X mitigates Y), and a name before 通过 still does the verb
    defs = (
        "玉米面包（Corn Bread）是一种面包。酵母粉（Yeast Powder）是一种发酵剂。小苏打（Baking Soda）也是一种发酵剂。"
        "塌陷（Collapse）是一种问题。\n\n"
    )
    facts = extract(defs + "通过 Yeast Powder 实现的 Corn Bread 通常很松软。\n", min_confidence=0)
    assert ("Yeast_Powder", "uses", "Corn_Bread", False) not in facts
    facts = extract(defs + "通过排序+Yeast Powder实现 Corn Bread。\n", min_confidence=0)
    assert ("Yeast_Powder", "uses", "Corn_Bread", False) not in facts
    facts = extract(defs + "Corn Bread 通过 Yeast Powder 实现 Baking Soda 的效果。\n", min_confidence=0)
    assert ("Corn_Bread", "uses", "Yeast_Powder", False) in facts
    facts = extract(defs + "# Corn Bread\n\n通过 Yeast Powder 减少过拟合。\n", min_confidence=0)
    assert ("Yeast_Powder", "mitigates", "Overfitting", False) in facts


def test_a_verb_after_and_shares_the_first_verbs_subject():
    # Relator.coordinated_verb: 'Corn Bread uses Yeast Powder instead of Baking Soda in the dough and uses
    # Rye Flour …': the second 'uses' is Corn Bread's, not Baking Soda's (the name in the first verb phrase)
    defs = (
        "玉米面包（Corn Bread）是一种面包。酵母粉（Yeast Powder）是一种发酵剂。小苏打（Baking Soda）也是一种发酵剂。"
        "黑麦粉（Rye Flour）是一种面粉。\n\n"
    )
    text = defs + "Corn Bread uses Yeast Powder instead of Baking Soda in the dough and uses Rye Flour as the base.\n"
    facts = extract(text, min_confidence=0)
    assert ("Corn_Bread", "uses", "Rye_Flour", False) in facts
    assert ("Baking_Soda", "uses", "Rye_Flour", False) not in facts
    # a new subject after 'and' keeps its own verb
    other = extract(defs + "Corn Bread uses Yeast Powder and Baking Soda uses Rye Flour.\n", min_confidence=0)
    assert ("Baking_Soda", "uses", "Rye_Flour", False) in other


def test_a_cue_inside_an_inline_enumeration_item_reads_only_within_it():
    # Relator.item_bounds / inline_item_marks: 'b) 黑麦面包 和 c) 基于小苏打的发酵' lists siblings, Rye Bread
    # does not use Baking Soda; a whole cue inside one item still reads
    from kg.extraction.facts import inline_item_marks
    from kg.vocab import default_vocabulary

    v = default_vocabulary()
    assert [m for m in inline_item_marks("a) x, b) y 和 c) z", v)] == [(0, 2), (6, 8), (13, 15)]
    assert inline_item_marks("a rating (u, i) is", v) == [] and inline_item_marks("f(x) and g(a)", v) == []
    assert inline_item_marks("Yeast (a) 和 Soda (b)。", v) == []  # labels after items, not markers opening them
    defs = "酸面团（Sourdough）是一种面包。小苏打（Baking Soda）是一种发酵剂。黑麦面包（Rye Bread）是一种面包。酵母粉（Yeast Powder）也是一种发酵剂。\n\n"
    listed = defs + "面包房复刻了老配方，并确保包括a) 酸面团（Sourdough），b) 黑麦面包（Rye Bread）和 c) 基于小苏打（Baking Soda）的发酵在内的三个步骤。\n"
    assert not any(s == "Rye_Bread" for s, _, _, _ in extract(listed, min_confidence=0))
    within = extract(defs + "流程：a) Sourdough 使用 Yeast Powder，b) Rye Bread 使用 Baking Soda。\n", min_confidence=0)
    assert ("Sourdough", "uses", "Yeast_Powder", False) in within and ("Rye_Bread", "uses", "Baking_Soda", False) in within


def test_a_how_to_clause_has_the_reader_as_its_doer():
    # Relator.reader_instruction: 'how to bake a Sourdough using Yeast Powder' and '如何利用 X 来做你自己的面包'
    # are ways for the reader: Sourdough (what is baked) and the section's topic use nothing here
    defs = "酸面团（Sourdough）是一种面包。酵母粉（Yeast Powder）是一种发酵剂。黑麦面包（Rye Bread）也是一种面包。\n\n"
    howto = extract(defs + "Baking guide: a tutorial on how to bake a Sourdough using Yeast Powder.\n", min_confidence=0)
    assert ("Sourdough", "uses", "Yeast_Powder", False) not in howto
    topic = extract(defs + "## Rye Bread\n\n此外，我们还演示了如何利用 Yeast Powder 来做你自己的面包。\n", min_confidence=0)
    assert ("Rye_Bread", "uses", "Yeast_Powder", False) not in topic
    # a sentence opening with 如何 is a question (test_facts: '如何将赫布理论运用到 Inception 的设计中' still reads)
    named = extract(defs + "本节说明 Sourdough 如何使用 Yeast Powder。\n", min_confidence=0)
    assert ("Sourdough", "uses", "Yeast_Powder", False) in named
    assert ("Sourdough", "uses", "Yeast_Powder", False) in extract(defs + "Sourdough is baked using Yeast Powder.\n", min_confidence=0)


def test_a_name_before_a_place_noun_in_zai_shang_is_not_the_doer():
    # Relator.placed_in_setting: '在单个 Stone Oven 炉膛上使用 …' says where the baking happens; the oven uses
    # nothing, and the clause names no other doer. '在 Sourdough 中使用 …' (inside it) still reads
    defs = "石板炉（Stone Oven）是一种烤炉。酵母粉（Yeast Powder）是一种发酵剂。酸面团（Sourdough）是一种面包。\n\n"
    placed = extract(defs + "## Sourdough\n\n在单个 Stone Oven 炉膛上使用 Yeast Powder 烘烤。\n", min_confidence=0)
    assert not any(s == "Stone_Oven" for s, _, _, _ in placed)
    inside = extract(defs + "在 Sourdough 中使用 Yeast Powder。\n", min_confidence=0)
    assert ("Sourdough", "uses", "Yeast_Powder", False) in inside


def test_header_columns_of_one_models_sizes_compare_nothing():
    # size_columns: '| GPUs | Loaf-7B | Loaf-13B |' lists one model's sizes (a cost table's columns); two
    # different names in a header are still compared
    from kg.extraction.facts import size_columns

    assert size_columns(["Loaf-6.7B", "Loaf-13B", "Loaf-30B"]) and size_columns(["Loaf 7B", "Loaf 13B"])
    assert not size_columns(["Loaf-13B", "Bun-7B"]) and not size_columns(["Loaf-50", "Loaf-101"])
    assert not size_columns(["Loaf-13B"]) and not size_columns(["7B", "13B"])
    defs = "小面包（Loaf-7B）是一种面包。大面包（Loaf-13B）也是一种面包。酸面团（Sourdough）是一种面包。黑麦面包（Rye Bread）是一种面包。\n\n"
    sizes = extract(defs + "| 烤箱 | Loaf-7B | Loaf-13B |\n| --- | --- | --- |\n| 1 | 2 h | 3 h |\n", min_confidence=0)
    assert not any(p == "comparedWith" for _, p, _, _ in sizes)
    two = extract(defs + "| 烤箱 | Sourdough | Rye Bread |\n| --- | --- | --- |\n| 1 | 2 h | 3 h |\n", min_confidence=0)
    assert ("Sourdough", "comparedWith", "Rye_Bread", False) in two


def test_and_similar_before_a_noun_compares_nothing():
    # Relator.similar_kind_conjunct: 'Sourdough及类似面包引发了烘焙（Baking）的风潮', 'Sourdough and similar
    # breads …': more of a kind, not a comparison; 'Sourdough 与 Rye Bread 类似', 'similar to Rye Bread' still compare
    defs = "酸面团（Sourdough）是一种面包。黑麦面包（Rye Bread）是一种面包。烘焙（Baking）是一种手艺。\n\n"
    kind = extract(defs + "近日来，Sourdough及类似产品引发了人工智能（AI）领域的一场风潮。\n", min_confidence=0)
    assert not any(p == "comparedWith" for _, p, _, _ in kind)
    assert ("Sourdough", "comparedWith", "Rye_Bread", False) in extract(defs + "Sourdough 与 Rye Bread 类似。\n", min_confidence=0)
    assert ("Sourdough", "comparedWith", "Rye_Bread", False) in extract(defs + "Sourdough is similar to Rye Bread.\n", min_confidence=0)



def test_a_name_inside_a_prepositional_phrase_is_not_the_subject_of_an_unknown_noun_phrase():
    # Relator.preposition_object: 'The loaf builds on Sourdough (S4) but adds a twist by incorporating Rye Flour':
    # the doer is 'the loaf'; Sourdough, after 'on', uses nothing here. A clause opening with a name still reads.
    defs = "酸面团（Sourdough）是一种面包。黑麦粉（Rye Flour）是一种面粉。\n\n"
    text = defs + "- **Design**: The loaf builds on Sourdough (S4) but adds a twist by incorporating Rye Flour, which helps.\n"
    assert ("Sourdough", "uses", "Rye_Flour", False) not in extract(text, min_confidence=0)
    named = defs + "- **Design**: Sourdough builds on old recipes but adds a twist by incorporating Rye Flour.\n"
    assert ("Sourdough", "uses", "Rye_Flour", False) in extract(named, min_confidence=0)
    # a pronoun opening the clause is its subject: 'It is baked on Sourdough crumbs using Rye Flour' (## Rye Bread)
    more = "黑麦面包（Rye Bread）是一种面包。\n\n## Rye Bread\n\nIt is baked on Sourdough crumbs using Rye Flour.\n"
    facts = extract(defs + more, min_confidence=0)
    assert ("Sourdough", "uses", "Rye_Flour", False) not in facts and ("Rye_Bread", "uses", "Rye_Flour", False) in facts


def test_a_passive_participle_cue_names_what_is_used():
    # Relator.passive_participle: 'Classic loaves like Sourdough are not used as starters' says nothing of a user;
    # Sourdough is what is (not) used. An active cue ('Sourdough never used Yeast Powder') still reads.
    defs = "酸面团（Sourdough）是一种面包。酵种（Starter）是一种发酵剂。酵母粉（Yeast Powder）是一种发酵剂。\n\n"
    passive = extract("Classic breads like Sourdough are not used as Yeast Powder here.\n\n" + defs, min_confidence=0)
    assert not any(s == "Sourdough" for s, _, _, _ in passive)
    active = extract(defs + "Sourdough used Yeast Powder in the old days.\n", min_confidence=0)
    assert ("Sourdough", "uses", "Yeast_Powder", False) in active
    # with nothing between: a passive before 'to' (a purpose) names no user either
    purpose = extract(defs + "Yeast Powder is introduced to produce a Sourdough.\n", min_confidence=0)
    assert ("Yeast_Powder", "uses", "Sourdough", False) not in purpose


def test_a_pronoun_after_a_comparison_frame_is_not_the_compared_name():
    # Relator.compared_aside: 'Unlike Rye Bread, it uses Yeast Powder' / '与 Rye Bread 不同，它使用 Yeast Powder'
    # under ## Sourdough: 'it' is Sourdough, never Rye Bread, the one set aside
    defs = "酸面团（Sourdough）是一种面包。黑麦面包（Rye Bread）是一种面包。酵母粉（Yeast Powder）是一种发酵剂。\n\n"
    for text in ("Unlike Rye Bread, it uses Yeast Powder.", "与 Rye Bread 不同，它使用 Yeast Powder。"):
        facts = extract(defs + "## Sourdough\n\n" + text + "\n", min_confidence=0)
        assert ("Rye_Bread", "uses", "Yeast_Powder", False) not in facts
    assert ("Sourdough", "uses", "Yeast_Powder", False) in extract(
        defs + "## Sourdough\n\n与 Rye Bread 不同，它使用 Yeast Powder。\n", min_confidence=0
    )
    # a pronoun after a plain clause still takes that clause's name
    plain = extract(defs + "## Sourdough\n\nRye Bread 很常见，它使用 Yeast Powder。\n", min_confidence=0)
    assert ("Rye_Bread", "uses", "Yeast_Powder", False) in plain


def test_the_reader_as_subject_is_not_the_sections_topic():
    # Relator.reader_subject: 'You can use Yeast Powder to bake your own loaf', '用户可以使用 Yeast Powder 来烤自己的
    # 面包' under ## Sourdough: the reader does it; a named subject before the cue still reads
    defs = "酸面团（Sourdough）是一种面包。酵母粉（Yeast Powder）是一种发酵剂。\n\n"
    for text in ("You can use Yeast Powder to bake your own loaf.", "用户可以使用 Yeast Powder 来烤自己的面包。"):
        assert ("Sourdough", "uses", "Yeast_Powder", False) not in extract(defs + "## Sourdough\n\n" + text + "\n", min_confidence=0)
    named = extract(defs + "## Sourdough\n\nSourdough uses Yeast Powder, so you can bake it fast.\n", min_confidence=0)
    assert ("Sourdough", "uses", "Yeast_Powder", False) in named


def test_a_name_in_a_bracketed_aside_is_not_the_subject():
    # closed_aside / Relator.aside_mention: 'Sourdough (a kind of Rye Bread) uses Yeast Powder' is Sourdough's use;
    # the aside is read on its own. An alias in brackets ('酸面团（Sourdough）使用…') is no aside.
    from kg.extraction.facts import closed_aside

    text = "Sourdough (a kind of Rye Bread) uses Yeast Powder"
    assert closed_aside(text, text.index("Rye"), text.index("uses")) == text.index("(")
    assert closed_aside(text, text.index("Yeast"), len(text)) is None
    defs = "酸面团（Sourdough）是一种面包。黑麦面包（Rye Bread）是一种面包。酵母粉（Yeast Powder）是一种发酵剂。\n\n"
    facts = extract(defs + "Sourdough (a kind of Rye Bread) uses Yeast Powder.\n", min_confidence=0)
    assert ("Sourdough", "uses", "Yeast_Powder", False) in facts and ("Rye_Bread", "uses", "Yeast_Powder", False) not in facts
    alias = extract(defs + "酸面团（Sourdough）使用 Yeast Powder。\n", min_confidence=0)
    assert ("Sourdough", "uses", "Yeast_Powder", False) in alias


def test_words_holding_a_negation_character_negate_nothing():
    # kg:Blocker: '分别' (respectively), '识别', '特别', '类别', '非常' hold 别 / 非 but negate nothing; a real
    # negation ('别使用', '不使用') still negates
    defs = "酸面团（Sourdough）是一种面包。黑麦面包（Rye Bread）是一种面包。酵母粉（Yeast Powder）是一种发酵剂。\n\n"
    for word in ("分别", "识别", "特别", "类别", "非常"):
        facts = extract(defs + f"Sourdough {word}使用 Yeast Powder。\n", min_confidence=0)
        assert ("Sourdough", "doesNotUse", "Yeast_Powder", True) not in facts, word
    assert ("Sourdough", "comparedWith", "Rye_Bread", False) in extract(defs + "Sourdough 与 Rye Bread 非常相似。\n", min_confidence=0)
    for word in ("别", "不"):
        facts = extract(defs + f"Sourdough {word}使用 Yeast Powder。\n", min_confidence=0)
        assert ("Sourdough", "doesNotUse", "Yeast_Powder", True) in facts, word


def test_respectively_pairs_two_lists_item_by_item():
    # Relator.respective: 'A、B 与 C 分别使用 X、Y 和 Z' pairs A-X, B-Y, C-Z; lists that cannot be paired give nothing
    defs = (
        "酸面团（Sourdough）是一种面包。黑麦面包（Rye Bread）是一种面包。玉米面包（Corn Bread）是一种面包。"
        "酵母粉（Yeast Powder）是一种发酵剂。小苏打（Baking Soda）是一种发酵剂。黑麦粉（Rye Flour）是一种面粉。\n\n"
    )
    zh = extract(defs + "Sourdough、Rye Bread 与 Corn Bread 分别使用 Yeast Powder、Baking Soda 和 Rye Flour。\n", min_confidence=0)
    assert {(s, o) for s, p, o, _ in zh if p == "uses"} == {
        ("Sourdough", "Yeast_Powder"), ("Rye_Bread", "Baking_Soda"), ("Corn_Bread", "Rye_Flour")
    }
    en = extract(defs + "Sourdough, Rye Bread and Corn Bread use Yeast Powder, Baking Soda and Rye Flour respectively.\n", min_confidence=0)
    assert not any(p == "uses" for _, p, _, _ in en)
    assert ("Sourdough", "uses", "Yeast_Powder", False) in extract(defs + "Sourdough 使用 Yeast Powder。\n", min_confidence=0)
    # one subject with 分别 uses each object (in its own place)
    one = extract(defs + "Sourdough 分别使用了 Yeast Powder 和 Baking Soda。\n", min_confidence=0)
    assert ("Sourdough", "uses", "Yeast_Powder", False) in one and ("Sourdough", "uses", "Baking_Soda", False) in one


def test_not_only_and_not_necessarily_are_no_denials():
    # kg:Blocker (不但, 不只, 不光 …: 'not only'), kg:Hedge (不一定, 未必: 'not necessarily'), kg:VerbCoordination
    # (又: '既使用 A 又使用 B' shares its subject)
    defs = "酸面团（Sourdough）是一种面包。酵母粉（Yeast Powder）是一种发酵剂。小苏打（Baking Soda）是一种发酵剂。\n\n"
    for text in ("Sourdough 不但使用 Yeast Powder，还使用 Baking Soda。", "Sourdough 不只使用 Yeast Powder。"):
        facts = extract(defs + text + "\n", min_confidence=0)
        assert ("Sourdough", "uses", "Yeast_Powder", False) in facts and not any(p == "doesNotUse" for _, p, _, _ in facts)
    for text in ("Sourdough 不一定使用 Yeast Powder。", "Sourdough 未必使用 Yeast Powder。", "Sourdough 很少使用 Yeast Powder。", "Sourdough rarely uses Yeast Powder."):
        assert extract(defs + text + "\n", min_confidence=0) == [], text
    both = extract(defs + "Sourdough 既使用 Yeast Powder 又使用 Baking Soda。\n", min_confidence=0)
    assert ("Sourdough", "uses", "Baking_Soda", False) in both and ("Yeast_Powder", "uses", "Baking_Soda", False) not in both
    assert ("Sourdough", "doesNotUse", "Yeast_Powder", True) in extract(defs + "Sourdough 不需要 Yeast Powder。\n", min_confidence=0)


def test_ti_huan_wei_names_the_new_thing_last():
    # kg:replaces inverse cues 替换为 / 替换成 / 被替换为: 'A 替换为 B', 'A 被替换为 B' say B takes A's place
    defs = "酸面团（Sourdough）是一种面包。酵母粉（Yeast Powder）是一种发酵剂。小苏打（Baking Soda）是一种发酵剂。\n\n"
    for text in ("Baking Soda 被替换为 Yeast Powder。", "Sourdough 中的 Baking Soda 替换为 Yeast Powder。", "Sourdough 将 Baking Soda 替换为 Yeast Powder。"):
        facts = extract(defs + text + "\n", min_confidence=0)
        assert ("Yeast_Powder", "replaces", "Baking_Soda", False) in facts, text
        assert ("Baking_Soda", "replaces", "Yeast_Powder", False) not in facts, text
    assert ("Yeast_Powder", "replaces", "Baking_Soda", False) in extract(defs + "Yeast Powder 替换 Baking Soda。\n", min_confidence=0)


def test_who_reports_a_clause_does_not_do_its_verb():
    # Relator.reported_clause_start: 'Rye Bread 的作者认为 Sourdough 使用了 Yeast Powder', 'Bakers of Rye Bread
    # showed that Sourdough uses Yeast Powder': Sourdough uses it, Rye Bread only says so
    defs = "酸面团（Sourdough）是一种面包。黑麦面包（Rye Bread）是一种面包。酵母粉（Yeast Powder）是一种发酵剂。\n\n"
    for text in ("Rye Bread 的作者认为 Sourdough 使用了 Yeast Powder。", "The bakers of Rye Bread showed that Sourdough uses Yeast Powder."):
        facts = extract(defs + text + "\n", min_confidence=0)
        assert ("Rye_Bread", "uses", "Yeast_Powder", False) not in facts, text
        assert ("Sourdough", "uses", "Yeast_Powder", False) in facts, text
    assert extract(defs + "Rye Bread 的作者认为使用 Yeast Powder 更好。\n", min_confidence=0) == []


def test_the_one_let_do_it_does_it():
    # Relator.reported_clause_start(kind="Causative"): 'Yeast Powder allows Sourdough to use Rye Flour', 'Yeast
    # Powder 使得 Sourdough 可以使用 Rye Flour': Sourdough uses Rye Flour; with no name after the causative, nothing
    defs = "酸面团（Sourdough）是一种面包。酵母粉（Yeast Powder）是一种发酵剂。黑麦粉（Rye Flour）是一种面粉。\n\n"
    for text in ("Yeast Powder allows Sourdough to use Rye Flour.", "Yeast Powder 使得 Sourdough 可以使用 Rye Flour。"):
        facts = extract(defs + text + "\n", min_confidence=0)
        assert ("Sourdough", "uses", "Rye_Flour", False) in facts and ("Yeast_Powder", "uses", "Rye_Flour", False) not in facts
    assert extract(defs + "Yeast Powder 使得面包可以使用更多 Rye Flour。\n", min_confidence=0) == []
    assert ("Sourdough", "uses", "Rye_Flour", False) in extract(defs + "Sourdough 使用 Rye Flour。\n", min_confidence=0)


def test_an_opening_participle_phrase_belongs_to_the_next_clauses_subject():
    # Relator.participle_subject: 'Using Yeast Powder, Rye Bread outperforms Sourdough' (## Corn Bread): Rye Bread
    # uses Yeast Powder, not Corn Bread; a list continued after the comma ('Uses Yeast Powder, Rye Flour, and …')
    # keeps the topic
    defs = (
        "酸面团（Sourdough）是一种面包。黑麦面包（Rye Bread）是一种面包。玉米面包（Corn Bread）是一种面包。"
        "酵母粉（Yeast Powder）是一种发酵剂。黑麦粉（Rye Flour）是一种面粉。小苏打（Baking Soda）是一种发酵剂。\n\n## Corn Bread\n\n"
    )
    facts = extract(defs + "Using Yeast Powder, Rye Bread outperforms Sourdough.\n", min_confidence=0)
    assert ("Rye_Bread", "uses", "Yeast_Powder", False) in facts and ("Corn_Bread", "uses", "Yeast_Powder", False) not in facts
    listed = extract(defs + "* Uses Yeast Powder, Rye Flour, and Baking Soda instead of eggs.\n", min_confidence=0)
    assert ("Yeast_Powder", "uses", "Rye_Flour", False) not in listed and ("Rye_Flour", "uses", "Baking_Soda", False) not in listed


def test_rather_than_a_better_b_and_replacing_with_an_instrument():
    # kg:Contrast 与其 / kg:Blocker 不如: '与其使用 A，不如使用 B' (rather than A, better B) uses B, not A;
    # Relator.instrument_before: 'Sourdough 用 Yeast Powder 取代了 Baking Soda': Yeast Powder replaces Baking Soda
    defs = "酸面团（Sourdough）是一种面包。玉米面包（Corn Bread）是一种面包。酵母粉（Yeast Powder）是一种发酵剂。小苏打（Baking Soda）是一种发酵剂。\n\n"
    rather = extract(defs + "## Corn Bread\n\n与其使用 Baking Soda，不如使用 Yeast Powder。\n", min_confidence=0)
    assert ("Corn_Bread", "uses", "Baking_Soda", False) not in rather
    assert ("Corn_Bread", "doesNotUse", "Yeast_Powder", True) not in rather
    for marker in ("用", "以"):
        facts = extract(defs + f"Sourdough {marker} Yeast Powder 取代了 Baking Soda。\n", min_confidence=0)
        assert ("Yeast_Powder", "replaces", "Baking_Soda", False) in facts and ("Sourdough", "replaces", "Baking_Soda", False) not in facts
    assert ("Yeast_Powder", "replaces", "Baking_Soda", False) in extract(defs + "Yeast Powder 取代了 Baking Soda。\n", min_confidence=0)


def test_part_of_a_family_is_a_kind_not_a_component():
    # Relator.family_member: 'Sourdough is part of the Leavened Bread family' is a kind of (relatedTo); a plain
    # 'part of' keeps partOf
    defs = "酸面团（Sourdough）是一种面包。发酵面包（Leavened Bread）是一类面包。酵母粉（Yeast Powder）是一种发酵剂。\n\n"
    family = extract(defs + "Sourdough is part of the Leavened Bread family.\n", min_confidence=0)
    assert ("Sourdough", "partOf", "Leavened_Bread", False) not in family
    assert ("Sourdough", "relatedTo", "Leavened_Bread", False) in family
    plain = extract(defs + "Yeast Powder is part of Sourdough.\n", min_confidence=0)
    assert ("Yeast_Powder", "partOf", "Sourdough", False) in plain
    # the whole side of an inverse cue ('Leavened Bread 系列包含 Sourdough', the series holds its members) is a kind
    # too; a plain whole ('Sourdough 包含 Yeast Powder') keeps its parts
    series = extract(defs + "Leavened Bread 系列包含 Sourdough 等。\n", min_confidence=0)
    assert ("Sourdough", "partOf", "Leavened_Bread", False) not in series
    assert ("Sourdough", "relatedTo", "Leavened_Bread", False) in series
    assert ("Yeast_Powder", "partOf", "Sourdough", False) in extract(defs + "Sourdough 包含 Yeast Powder。\n", min_confidence=0)
    # only models are a series' members; a part every member has stays a part, and 类似 (similarly) names no class
    assert ("ResidualConnection", "partOf", "ResNet") in readings("# Nets\n\nResNet 系列网络包含残差连接。\n")
    assert ("Encoder", "partOf", "Transformer") in readings("# Nets\n\nTransformer 类似地包含 Encoder 和 Decoder。\n")


def test_a_relative_clause_after_a_kind_of_phrase_is_about_the_subject():
    # Relator.kind_relative: 'Sourdough is a type of Leavened Bread that uses Yeast Powder': Sourdough uses it;
    # a relative clause after a plain object still describes that object
    defs = "酸面团（Sourdough）是一种面包。发酵面包（Leavened Bread）是一类面包。酵母粉（Yeast Powder）是一种发酵剂。\n\n"
    facts = extract(defs + "Sourdough is a type of Leavened Bread that uses Yeast Powder.\n", min_confidence=0)
    assert ("Sourdough", "uses", "Yeast_Powder", False) in facts and ("Leavened_Bread", "uses", "Yeast_Powder", False) not in facts


def test_a_sequence_naming_the_topic_itself_is_a_lineage():
    # Relator._read_sequences: 'Sourdough -> Rye Bread -> Corn Bread' under ## Corn Bread is a lineage: Corn Bread
    # uses neither; a pipeline of other names under the topic still reads (a label before the arrows is no step)
    defs = "酸面团（Sourdough）是一种面包。黑麦面包（Rye Bread）是一种面包。玉米面包（Corn Bread）是一种面包。酵母粉（Yeast Powder）是一种发酵剂。黑麦粉（Rye Flour）是一种面粉。\n\n"
    lineage = extract(defs + "## Corn Bread\n\nSourdough -> Rye Bread -> Corn Bread\n", min_confidence=0)
    assert not any(s == "Corn_Bread" and p == "uses" for s, p, _, _ in lineage)
    steps = extract(defs + "## Corn Bread\n\n+ Corn Bread 流程：**Rye Flour -> Yeast Powder -> 烘烤**\n", min_confidence=0)
    assert ("Corn_Bread", "uses", "Yeast_Powder", False) in steps


def test_a_name_before_de_and_an_unknown_latin_noun_is_only_its_owner():
    # Relator.of_latin_noun: 'Stone Oven 的 MAR 算法使用 Yeast Powder': the MAR algorithm (unknown) uses it, the oven
    # only owns it; 'Stone Oven 使用 Yeast Powder' still reads
    defs = "石板炉（Stone Oven）是一种烤炉。酵母粉（Yeast Powder）是一种发酵剂。\n\n"
    assert extract(defs + "Stone Oven 的 MAR 算法使用 Yeast Powder。\n", min_confidence=0) == []
    assert ("Stone_Oven", "uses", "Yeast_Powder", False) in extract(defs + "Stone Oven 使用 Yeast Powder。\n", min_confidence=0)


def test_a_name_worked_on_before_a_participle_of_means_is_not_its_user():
    def short(text):
        return {(s.rsplit("/", 1)[-1], p, o.rsplit("/", 1)[-1]) for s, p, o in readings(text)}

    # the name is the object of a verb or a preposition: how the (unnamed) doer works, not what the name uses
    text = "## Training\n\nThe recipe consists of fine-tuning the ResNet using momentum.\n\nWe distil a VGG using Dropout.\n"
    assert not {r for r in short(text) if r[1] == "uses"}
    # the name opens its clause: it is the one using
    text = "## Training\n\nResNet reaches a low error using momentum.\n\nVGG is trained using Dropout.\n"
    assert {("ResNet", "uses", "Momentum"), ("VGG", "uses", "Dropout")} <= short(text)


def test_a_label_before_a_colon_names_what_its_nested_items_are_about():
    def short(text):
        return {(s.rsplit("/", 1)[-1], p, o.rsplit("/", 1)[-1]) for s, p, o in readings(text)}

    text = (
        "## Detectors\n\n"
        "* Two stage:\n"
        "  * Faster R-CNN: a detector with region proposals and a second stage that refines boxes\n"
        "    * uses a region proposal network.\n"
    )
    found = short(text)
    assert ("FasterRCNN", "uses", "RegionProposalNetwork") in found
    assert not {r for r in found if r[0] == "Two_stage"}


def test_a_heading_whose_items_sit_under_its_sub_headings_still_states_its_relation():
    text = "## CNN\n\n#### BN 和 LN 的区别\n\n- LN：按样本归一化，例如\n    - 用于 RNN；\n"
    found = {(s.rsplit("/", 1)[-1], p, o.rsplit("/", 1)[-1]) for s, p, o in readings(text)}
    assert ("BatchNorm", "comparedWith", "LayerNorm") in found


def test_people_in_general_doing_something_is_not_the_topic_doing_it():
    text = (
        "## ResNet\n\n在 CV 领域中，大家经常使用的是 Dropout。\n\n人们通常使用 Dropout。\n\nPeople often use dropout.\n"
    )
    assert not readings(text)
    assert readings("## ResNet\n\n我们使用 Dropout。\n")  # the authors: the paper's method does


def test_a_degree_adverb_before_a_modifier_compares_nothing():
    assert not {r for r in readings("## ResNet\n\n这里用比较灵活的 Dropout。\n") if r[1].endswith("comparedWith")}
    text = "## CNN\n\n比较 BN 和 LN 的不同。\n"
    assert {r for r in readings(text) if r[1].endswith("comparedWith")}


def test_each_step_of_an_arrow_pipeline_is_a_clause_of_its_own():
    text = "## Fast and Furious\n\n* quantize 3D → voxel grid with channels in RGB + time → a single stage detector similar to SSD\n"
    assert not {r for r in readings(text) if r[1].endswith("comparedWith")}
    text = "## VGG\n\nConv ==> Pool ==> FC ==> Softmax\n"  # a layer sequence still lists the model's parts
    assert len({r for r in readings(text) if r[0] == "VGG"}) >= 3


def test_contributors_and_acknowledgements_name_no_concept(matcher, vocab):
    text = "# 致谢\n\n感谢以下贡献者：\n\n@[huiwenzhang](https://github.com/huiwenzhang)\n\n## Acknowledgements\n\n- x\n"
    assert labels(text, matcher, vocab) == set()
    # a linked name that is no handle is still a concept the author points to
    assert "HuBERT" in labels("## Speech\n\n[HuBERT](https://x.org/model_doc/hubert) 用于语音。\n", matcher, vocab)


def test_a_name_and_a_participle_title_a_group_not_a_concept(matcher, vocab):
    text = "## Detectors\n\n* Transformer based:\n  * uses attention.\n\n## CNN-based\n\n- uses convolution.\n"
    assert not {label for label in labels(text, matcher, vocab) if "based" in label}


def test_an_unknown_noun_right_after_a_chinese_cue_is_its_object():
    text = "## ResNet\n\nResNet 使用轻量级内存管理系统来处理 Dropout 和中间结果，同时使用 BN。\n"
    assert readings(text) == {("ResNet", "uses", "BatchNorm")}
    assert ("ResNet", "uses", "Dropout") in readings("## ResNet\n\nResNet 使用了大量的 Dropout。\n")


def test_a_heading_left_opening_with_a_preposition_names_nothing(matcher, vocab):
    text = "## Detection\n\n* features from frames: fc6 features of each box\n  * 4096-d vector\n"
    assert not {label for label in labels(text, matcher, vocab) if "frames" in label}


def test_the_authors_between_a_name_and_the_cue_are_its_subject():
    text = "## Re-ranking\n\nRe-ranks items by criteria (filter, promote) We can use ML models for clickbait.\n"
    assert not {r for r in readings(text) if r[1] == "uses"}
    assert ("ResNet", "uses", "BatchNorm") in readings("## Nets\n\nResNet uses BN, and we use dropout.\n")


def test_a_later_clause_the_authors_open_is_theirs_not_the_first_names():
    # the authors_opening check in ClauseReader._unnamed_subject: 'RYE is slow, so we use WB instead' says the authors turn to
    # WB; RYE uses nothing. A frame the authors write inside ('在 RYE 中，我们…') is read as before
    fact = ("Rye_Yeast_Evolution", "uses", "White_Bread")
    check_readings(
        BREADS_ZH,
        fact,
        absent=[
            "RYE is slow, so we use WB instead.\n",
            "RYE 需要很大的存储空间，所以我们使用 WB 进行编码。\n",
            "RYE 编码的性能较差, 因此我们使用 WB。\n",
        ],
        present=["RYE is slow, so it uses WB.\n", "RYE 需要很大的存储空间，所以使用 WB。\n"],
    )


def test_a_copula_after_an_unknown_object_opens_another_predicate():
    text = "## Llama\n\nSFT 和 DPO 使用小规模训练的原因是发现 SFT 和 DPO 会过度约束模型。\n"
    assert not {r for r in readings(text) if r[1] == "uses"}
    assert ("ResNet", "uses", "Dropout") in readings("## ResNet\n\nResNet 使用的是 Dropout。\n")


def test_a_title_word_beside_a_known_name_names_an_article(matcher, vocab):
    text = "## Reading\n\n- [The Illustrated Transformer](https://x.io/illustrated-transformer) and **Transformer Explained**.\n- **Gated Attention** is used twice: **Gated Attention**.\n"
    found = labels(text, matcher, vocab)
    assert not {label for label in found if "Illustrated" in label or "Explained" in label}
    assert "Gated Attention" in found  # a participle that names a kind is no title word


def test_an_everyday_word_numbered_is_a_list_label(matcher, vocab):
    text = "## LR\n\n- **way1**：把结果映射为 2y-1，**way1** 更简单\n- **way2**：换成 tanh，**way2** 更快\n- **mgpt2** 和 **mgpt2** 都是模型\n"
    found = labels(text, matcher, vocab)
    assert not {label for label in found if label.startswith("way")}
    assert "mgpt2" in found  # a name that is no everyday word stays


def test_an_alternative_to_a_name_is_what_is_used():
    text = "## Hybrids\n\nThe hybrid transformers implement alternatives to the attention mechanism.\n"
    assert not {r for r in readings(text) if r[1] == "uses"}
    assert ("ResNet", "uses", "Dropout") in readings("## Nets\n\nResNet uses Dropout in the FC layers.\n")


def test_a_hyphenated_adjective_and_a_heading_of_ways_name_nothing(matcher, vocab):
    text = "## 知识蒸馏方式\n\n- 离线蒸馏\n\n## Conv\n\nThe kernel is **spatial-agnostic** and **spatial-agnostic** again; **channel-wise** twice: **channel-wise**.\n"
    found = labels(text, matcher, vocab)
    assert not {label for label in found if "agnostic" in label or "wise" in label or "方式" in label}


def test_a_name_used_as_a_function_of_a_formula_is_no_end_of_a_fact():
    # formula_symbol: 'A(Q,K,V)=Softmax(…)', 'MaxPoll(ELU(…))' are symbols of an equation; an alias in brackets
    # and a name opening a formula the prose uses are names
    from kg.extraction.facts import formula_symbol
    from kg.model import Mention

    def symbol(text, name):
        i = text.index(name)
        return formula_symbol(text, Mention(i, i + len(name), "c", name))

    assert symbol("A(Q,K,V)=Softmax(QK^T)V", "Softmax") and symbol("X_{j+1}=MaxPoll(ELU(Conv1d(X)))", "ELU")
    assert not symbol("批归一化(BN)是一种方法", "BN") and not symbol("使用 ReLU(x)=max(0,x)", "ReLU")
    assert not symbol("(ReLU, GELU)", "GELU")
    text = "# Informer\n\n我们的过程为 $X_{j+1}=MaxPoll(ELU(Conv1d([X_j]_{AB})))$ 其中 [\\cdot]_{AB} 包含 self-attention。\n"
    assert not {r for r in readings(text) if "ELU" in r[0] + r[2]}


def test_a_name_ending_in_latency_is_a_problem_nobody_uses():
    # kg:ProblemHead: 'inference latency' is filed with the problems, so 'introduces no inference latency' and
    # 'the latency introduced by adapters' state no use; 'X addresses the latency' is read as mitigating it
    text = (
        "# AdapterDrop\n\n推理延迟（Inference Latency）是模型推理所需的时间。\n\nProblem addressed: AdapterDrop addresses "
        "the inference latency introduced by Adapter modules.\n\n## LoRA\n\nLoRA 没有引入推理延迟。\n"
    )
    assert set(extract(text, min_confidence=0.3)) == {("AdapterDrop", "mitigates", "Inference_Latency", False)}


def test_a_clause_going_on_after_then_keeps_the_doer_of_the_clause_before():
    # continued_in_setting: after 然后 (kg:SequenceConnective) the name set after 在 is where the doer of the
    # clause before acts; alone, '在 X 的每个块中使用 Y' still makes X the user
    text = "# Sourdough\n\n它将面粉冻结，然后在 ResNet 的每一层使用 BN。\n"
    assert not {r for r in readings(text) if r[1] == "uses"}
    text = "# Sourdough\n\n在 ResNet 的每一个残差块中使用 BN。\n"
    assert ("ResNet", "uses", "BatchNorm") in {(s, p, o) for s, p, o, _ in extract(text, min_confidence=0.3)}


def test_a_property_after_a_container_cue_is_no_part():
    # kg:AttributeNoun: 'Transformer 中的计算复杂度' is a property of the Transformer; 'Transformer 中的前馈神经网络'
    # is a part
    defs = "二次时间复杂度（quadratic time complexity）是一个问题。\n\n"
    assert not {r for r in readings(defs + "# Informer\n\n它处理 Transformer 中二次时间复杂度的挑战。\n") if r[1] == "partOf"}
    assert ("FeedForwardNetwork", "partOf", "Transformer") in {
        (s, p, o) for s, p, o, _ in extract("# Transformer\n\nTransformer 中的前馈神经网络。\n", min_confidence=0.3)
    }


def test_a_name_the_notes_call_a_problem_after_a_container_cue_is_no_part():
    # kg:ProblemNoun: 'Transformer 中的遗忘门问题' is a problem that arises in the Transformer, not a part of it
    defs = "遗忘门（Forget Gate）很常见。\n\n"
    got = {(s, p, o) for s, p, o, _ in extract(defs + "# 笔记\n\n它缓解 Transformer 中的遗忘门问题。\n", min_confidence=0.0)}
    assert ("Forget_Gate", "partOf", "Transformer") not in got
    got = {(s, p, o) for s, p, o, _ in extract(defs + "# 笔记\n\nTransformer 中的遗忘门很重要。\n", min_confidence=0.0)}
    assert ("Forget_Gate", "partOf", "Transformer") in got
    # a known component stays a part, and 'X 的问题' is a problem X has, not X called a problem
    got = {(s, p, o) for s, p, o, _ in extract("# 笔记\n\nTransformer 中 Dropout 的问题在于训练和推理不一致。\n", min_confidence=0.0)}
    assert ("Dropout", "partOf", "Transformer") in got
    got = {(s, p, o) for s, p, o, _ in extract("# 笔记\n\nTransformer中Decoder情况下需要使用掩码。\n", min_confidence=0.0)}
    assert ("Decoder", "partOf", "Transformer") in got


def test_a_name_a_heading_compares_against_is_not_the_sections_topic():
    # HeadingReader.compared_base: 'Improvement over X', 'Advantages over X' (generic words, then a kg:ComparisonBase
    # word) list how the parent's topic differs from X; 'Notes on X' and 'A vs B' still name their topic
    text = "## ResNet\n\n### Advantages over VGG\n\n- It uses batch normalization.\n"
    assert ("ResNet", "uses", "BatchNorm") in {(s, p, o) for s, p, o, _ in extract(text, min_confidence=0.3)}
    text = "## Sourdough\n\n- Improvement over [ResNet](#resnet)\n  - It uses batch normalization.\n"
    assert not {f for f in extract(text, min_confidence=0.3) if f[0] == "ResNet"}
    text = "## Notes on ResNet\n\n- It uses batch normalization.\n"
    assert ("ResNet", "uses", "BatchNorm") in {(s, p, o) for s, p, o, _ in extract(text, min_confidence=0.3)}
    # the imperative 'Compare with X' after a generic word is such a heading too ('### Discussion: Compare with DETR')
    text = "## ResNet\n\n### Discussion: Compare with VGG\n\n- It uses batch normalization.\n"
    assert ("ResNet", "uses", "BatchNorm") in {(s, p, o) for s, p, o, _ in extract(text, min_confidence=0.3)}


def test_the_difference_between_two_things_never_takes_the_topic_as_a_side():
    # names_both_sides (kg:BothSides): 'difference between A and B' names both sides after the cue; with one
    # unknown side nothing is compared, with two known ones they are
    text = "# ResNet\n\nWe look at the difference between BatchNorm and the current predictions.\n"
    assert not {r for r in readings(text) if r[1] == "comparedWith"}
    text = "# Notes\n\nThe difference between BatchNorm and LayerNorm is the axis.\n"
    assert ("BatchNorm", "comparedWith", "LayerNorm") in {(s, p, o) for s, p, o, _ in extract(text, min_confidence=0.3)}


def test_an_acronym_tied_by_its_initials_is_that_name_only_in_the_notes_that_tie_it(tmp_path):
    # mentions.abbreviation_files and facts.LocalMatcher: notes headed 'Crumb Density' that write 'CD' read CD as
    # Crumb Density (its initials); another note's 'CD' (a cake decorator there) is not Crumb Density. A name
    # defined in brackets ('Proof Time (PT)') is a name in every note, and so is an acronym tied to a lexicon name.
    from kg.extraction.facts import LocalMatcher
    from kg.extraction.mentions import DiscoveredConcept, Matcher, abbreviation_files

    found = [
        DiscoveredConcept("c:cd", "Crumb Density", "en", "heading", "a.md", 1),
        DiscoveredConcept("c:cd", "CD", "en", "initials", "a.md", 3),
        DiscoveredConcept("c:pt", "Proof Time", "en", "parenthesis", "a.md", 5),
        DiscoveredConcept("c:pt", "PT", "en", "alias", "a.md", 5),
        DiscoveredConcept("c:known", "BT", "en", "initials", "a.md", 7),
        DiscoveredConcept("c:cd", "Crumb Density", "en", "bold", "c.md", 2),
    ]
    ties = abbreviation_files(found, lexicon_iris={"c:known"})
    assert ties == {("cd", "c:cd"): frozenset({"a.md", "c.md"})}  # c.md writes the name out: CD may be it there
    matcher = Matcher(sorted({(d.label, d.iri) for d in found}))
    elsewhere = LocalMatcher(matcher, frozenset(), None, frozenset(), frozenset(ties))
    assert [m.concept for m in elsewhere.find("CD and PT and BT and Crumb Density")] == ["c:pt", "c:known", "c:cd"]

    from conftest import build_notes, facts

    backend = build_notes(
        tmp_path,
        {
            "a.md": "# Bread\n\n## Crumb Density\n\nCrumb Density matters. CD grows with proofing. High CD uses Rye Flour (RF).\n\n"
            "## Loaves\n\nCD is measured in grams. A loaf relies on CD and RF.\n",
            "b.md": "# Cakes\n\n## Piping\n\nThe CD framework uses Rye Flour. CD decorates cakes.\n",
        },
    )
    read = facts(backend)
    assert not any("Crumb_Density" in (s, o) and "Piping" in (s + o) for s, _, o in read), read
    about = backend.select(
        "SELECT ?file WHERE { ?m schema:about c:Crumb_Density ; kg:sourceFile ?file }"
    )
    assert {r["file"].value for r in about} == {"a.md"}


def test_a_tex_command_is_no_acronym():
    # Matcher.find: '\pi ^{\theta}' in a formula is the policy π, not the acronym PI; '\tanh' is still tanh
    from kg.extraction.mentions import Matcher

    m = Matcher([("PI", "c:pi"), ("Proof Index", "c:pi"), ("tanh", "c:tanh")])
    assert [x.surface for x in m.find(r"the policy \pi ^{\theta} and PI")] == ["PI"]
    assert [x.concept for x in m.find(r"we use \tanh for a")] == ["c:tanh"]


def test_a_name_after_but_is_not_the_object_of_the_verb_before_it():
    # Relator._turns_before with kg:Adversative: 'WB 没有使用但是 RYE 使用了' (WB did not use it, but RYE did): what
    # WB does not use is unsaid, RYE opens the next clause; with nothing between them, RYE is the object
    intro = "WB（White Bread）和 RYE（Rye Yeast Evolution）都是面包。"
    assert not readings(intro + "WB 没有实际使用但是 RYE 使用了。\n") & {
        ("White_Bread", "doesNotUse", "Rye_Yeast_Evolution"),
        ("White_Bread", "uses", "Rye_Yeast_Evolution"),
    }
    assert ("White_Bread", "doesNotUse", "Rye_Yeast_Evolution") in readings(intro + "WB 没有使用 RYE。\n")
    english = "White Bread (WB) and Rye Yeast Evolution (RYE) are breads. "
    assert ("White_Bread", "uses", "Rye_Yeast_Evolution") not in readings(english + "WB uses, but RYE does not.\n")


def test_its_after_a_clause_that_says_what_something_is_refers_to_that_something():
    # Relator._implicit_subject with _opens_copula: 'RYE，是 WB 的扩展，其使用 SALT' (RYE, an extension of WB, uses
    # SALT): 其 is RYE, said before the copula clause, not WB, the name inside it
    intro = "WB（White Bread）、RYE（Rye Yeast Evolution）和 SALT（Sea Salt）。\n\n"
    read = readings(intro + "RYE，是 WB 的扩展，其使用 SALT 调味。\n")
    assert ("Rye_Yeast_Evolution", "uses", "Sea_Salt") in read and ("White_Bread", "uses", "Sea_Salt") not in read


def test_a_name_ending_in_data_set_words_is_a_data_set():
    # pipeline.discovered_classes with kg:DatasetHead: 'Validation Set' discovered from the notes is a kg:Dataset, so
    # '模型在验证集上产生了过拟合' (the model overfits on the validation set) does not make the set a cause
    from kg.extraction.mentions import named_dataset

    heads = ["dataset", "validation set", "corpus", "验证集", "数据集"]
    assert named_dataset("Validation Set", heads) and named_dataset("交叉验证集", heads) and named_dataset("Pile corpus", heads)
    assert not named_dataset("Settings", heads) and not named_dataset("Corpus Callosum Net", heads)
    text = "验证集（Validation Set）用于调参。过拟合（Overfitting）很常见。模型在验证集上产生了过拟合。Dropout 缓解过拟合。\n"
    read = readings(text)
    assert ("Dropout", "mitigates", "Overfitting") in read and ("Validation_Set", "causes", "Overfitting") not in read


def test_a_difference_between_something_unnamed_and_two_names_compares_neither_name_with_the_other():
    # Relator._first_side_unnamed: 'the difference between this new bread and the classic WB and RYE loaves' has
    # an unnamed first side; WB and RYE are the second side together, not compared with each other
    intro = "White Bread (WB) and Rye Yeast Evolution (RYE) are breads. "
    read = readings(intro + "The figure shows the difference between this new bread and the classic WB and RYE loaves.\n")
    assert ("White_Bread", "comparedWith", "Rye_Yeast_Evolution") not in read
    read = readings(intro + "The figure shows the difference between WB and RYE loaves.\n")
    assert ("White_Bread", "comparedWith", "Rye_Yeast_Evolution") in read


def test_a_comparison_frame_before_we_compares_the_authors_work_not_the_topic():
    # Relator._authors_follow: under '## Rye Yeast Evolution', 'Similar to the starter, we fold the dough' compares
    # the authors' unnamed step with the starter, not RYE; when the sentence names the topic after 'we' it stays
    intro = "## Rye Yeast Evolution (RYE)\n\nRYE is a bread. The Sour Starter (SS) is a culture.\n\n"
    read = readings(intro + "Similar to the SS, we fold the dough twice.\n")
    assert ("Rye_Yeast_Evolution", "comparedWith", "Sour_Starter") not in read
    read = readings(intro + "Similar to the SS, we fold the dough twice with RYE.\n")
    assert ("Rye_Yeast_Evolution", "comparedWith", "Sour_Starter") in read


def test_a_cue_right_after_another_verb_opens_that_verbs_object():
    # Relator.in_verb_object: 'RYE 始终优于基于酵母的 WB' (RYE outperforms the yeast-based WB): 基于 opens the noun
    # phrase 优于 takes, so RYE does not use WB; a verb chain with a name between keeps both readings
    intro = "WB（White Bread）和 RYE（Rye Yeast Evolution）都是面包。"
    read = readings(intro + "下图表示，RYE 始终优于基于酵母的 WB。\n")
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") not in read
    assert ("Dropout", "mitigates", "Overfitting") in readings("Dropout 可以用于解决过拟合。\n")


def test_a_name_is_of_the_kind_of_its_head():
    # pipeline.headed_by_kind: a discovered name ending in a known problem or data set is one; ending in a known task it
    # is a task only after a data set's name ('ImageNet classification'), not 'Replaced Token Detection'
    from kg.pipeline import headed_by_kind
    from kg.terms import KG

    kinds = {"overfitting": KG.Problem, "detection": KG.Task, "imagenet": KG.Dataset, "过拟合": KG.Problem}
    assert headed_by_kind("ImageNet Detection", kinds) == KG.Task
    assert headed_by_kind("Replaced Token Detection", kinds) is None
    assert headed_by_kind("severe overfitting", kinds) == KG.Problem and headed_by_kind("严重过拟合", kinds) == KG.Problem
    assert headed_by_kind("Overfitting", kinds) is None and headed_by_kind("Detection Transformer", kinds) is None
    # end to end: the experiment heading is a task, so 'we use' under it says nothing of the heading
    read = readings("# Paper\n\n## ImageNet Classification\n\nWe use BatchNorm after each layer.\n")
    assert not any(s.startswith("ImageNet") for s, _, _ in read), read


def test_a_latin_name_before_a_chinese_noun_is_not_what_is_caused():
    # Relator._problem_confidence: '会用 RYE 产生 SOUR 过程' (use RYE to produce the SOUR process): the object of 产生 is
    # the longer phrase, not SOUR; written as a problem ('SOUR 问题') it is
    intro = "RYE（Rye Yeast Evolution）是面包，SOUR（Sour Taste）是口味。"
    assert ("Rye_Yeast_Evolution", "causes", "Sour_Taste") not in readings(intro + "会用 RYE 产生 SOUR 过程，然后烘烤。\n")
    assert ("Rye_Yeast_Evolution", "causes", "Sour_Taste") in readings(intro + "RYE 会导致 SOUR 问题。\n")


def test_an_output_verb_causes_only_a_problem():
    # kg:OutputVerb: '由 RYE 产生 DB（Dough Ball）' says what RYE outputs; 'RYE 产生 SOUR 问题' and 'RYE 导致 DB' still cause
    intro = "RYE（Rye Yeast Evolution）是面包，DB（Dough Ball）是面团，SOUR（Sour Taste）是口味。"
    assert ("Rye_Yeast_Evolution", "causes", "Dough_Ball") not in readings(intro + "烘烤时还会由 RYE 产生 DB，送进烤箱。\n")
    assert ("Rye_Yeast_Evolution", "causes", "Sour_Taste") in readings(intro + "RYE 会产生 SOUR 问题。\n")
    assert ("Rye_Yeast_Evolution", "causes", "Dough_Ball") in readings(intro + "RYE 会导致 DB。\n")


def test_an_implication_verb_after_an_unknown_noun_opens_another_predicate():
    # kg:ImplicationVerb in Relator._unknown_object_first: '采用不同温度的烤箱意味着不同程度的 SOUR' (using ovens of
    # different heat means different SOUR): SOUR is what it means, not what the section's RYE uses
    text = "## RYE（Rye Yeast Evolution）\n\nSOUR（Sour Taste）是口味。\n\n采用不同温度的烤箱意味着不同程度的 SOUR，最后冷却。\n"
    assert ("Rye_Yeast_Evolution", "uses", "Sour_Taste") not in readings(text)


def test_what_describes_the_kind_a_definition_gives_describes_the_defined_name():
    # Relator._kind_of_head: 'RYE is a sourdough framework built on WB': the framework is RYE, so RYE is built on WB;
    # 'RYE has a sourdough implementation built on WB' is about the implementation (the reduced relative)
    intro = "White Bread (WB), Rye Yeast Evolution (RYE) and Sour Dough (SD) are breads. "
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(intro + "RYE is a SD framework built on WB.\n")
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") not in readings(intro + "RYE has the SD implementation built on WB.\n")


def test_an_unanswered_yes_no_question_and_a_dummy_it_state_nothing():
    # Relator._asks_yes_no: '* should we use WB in RYE?' in a list under a heading asks, it does not say RYE uses WB
    # (a question with its answer is read by the Q&A rules); 'It is also possible to use WB' has a dummy 'it'
    # (kg:ExpletiveOpener): neither the topic nor the sentence before uses WB; 'It uses WB' still does
    intro = "## Rye Yeast Evolution (RYE)\n\nWhite Bread (WB) is a bread. RYE is a bread too.\n\n"
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") not in readings(intro + "* should we use WB in RYE?\n")
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") not in readings(intro + "Should RYE use WB?\n")
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(intro + "Why does RYE use WB?\n")
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") not in readings(intro + "RYE is dense. It is also possible to use WB.\n")
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(intro + "RYE is dense. It uses WB.\n")


def test_a_name_before_a_relative_clause_with_de_modifies_the_name_after_it():
    # Relator._relative_gap in _head_of: '现代 RYE 烤箱配备的 SALT 装置可以减少 SOUR' (the SALT unit RYE ovens carry
    # reduces SOUR): SALT does it, RYE only says whose it is
    intro = "RYE（Rye Yeast Evolution）、SALT（Sea Salt）和 SOUR（Sour Taste）。SOUR 是一种问题。\n\n"
    read = readings(intro + "现代 RYE 烤箱配备的 SALT 装置可以显著减少 SOUR，但无法完全消除。\n")
    assert ("Rye_Yeast_Evolution", "mitigates", "Sour_Taste") not in read and ("Sea_Salt", "mitigates", "Sour_Taste") in read


def test_what_a_chinese_includes_lists_is_a_part_only_of_a_whole():
    # kg:InclusionVerb (Relator.elaborates_clause_end): '，包括 A、B' opening a clause elaborates what the clause
    # before ends with, as ', including' does: after '被许多面包店使用' the list names bakeries, no parts of RYE.
    # Relator.relation_noun_includes: 'RYE 的变体包括 A' lists RYE's variants. kg:StructureNoun: 'RYE 的结构包括 A'
    # lists its make-up, so A is a part, though 结构 is a noun kg does not know
    intro = BREADS3_ZH
    part = ("White_Bread", "partOf", "Rye_Yeast_Evolution")
    assert part not in readings(intro + "RYE 被许多面包店使用，包括 WB 和 SD。\n")
    assert part not in readings(intro + "RYE 的变体包括 WB 和 SD。\n")
    assert part in readings(intro + "RYE 的结构包括 WB 和 SD。\n")
    assert part in readings(intro + "RYE 包括 WB 和 SD。\n")


def test_an_adverb_before_the_verb_does_not_hide_the_noun_a_name_describes():
    # kg:PreverbAdverb (Relator._unknown_head): 'RYE 的配料主要包括 WB' lists RYE's ingredients, as 'RYE 的配料包括 WB'
    # does; 主要 (mainly) ends no noun. 'RYE 的结构主要包括 WB' still lists RYE's make-up
    intro = BREADS3_ZH
    part = ("White_Bread", "partOf", "Rye_Yeast_Evolution")
    for adverb in ("", "主要", "通常", "不仅"):
        assert part not in readings(intro + f"RYE 的配料{adverb}包括 WB 和 SD。\n"), adverb
    assert part in readings(intro + "RYE 的结构主要包括 WB 和 SD。\n")


def test_a_clause_framed_on_the_basis_of_a_name_says_the_subject_improves_on_it():
    # kg:BasisFrameOpener (Relator.basis_frame): '在 WB 的基础上引入了 SD' opening a clause is a frame: the sentence's
    # subject builds on WB; 'RYE 是 WB 的改进' (a copula) is read as before, and a lone frame with no subject states nothing
    intro = BREADS3_ZH
    improves = ("Rye_Yeast_Evolution", "improvesOn", "White_Bread")
    assert improves in readings(intro + "RYE 借鉴了 SD，在 WB 面包的基础上引入了新的发酵。\n")
    assert improves in readings(intro + "RYE 是在 WB 的基础上改进的。\n")
    assert not any(p == "improvesOn" for _, p, _ in readings(intro + "在 WB 的基础上引入了新的发酵。\n"))


def test_skipping_a_name_is_not_using_it_and_a_step_inside_a_name_is_not_the_name():
    # kg:doesNotUse cues 'skips', '跳过了'; Relator._inside_unknown in _objects_after: '跳过了 WB 中的烘烤步骤'
    # skips a step inside WB (a noun kg does not know), it says nothing of WB itself
    intro = BREADS3_ZH
    assert ("Rye_Yeast_Evolution", "doesNotUse", "Sour_Dough") in readings(intro + "RYE 直接烘烤，跳过了 SD。\n")
    assert ("Rye_Yeast_Evolution", "doesNotUse", "Sour_Dough") in readings(
        "Rye Yeast Evolution (RYE) and Sour Dough (SD) are breads.\n\nRYE is baked directly, skipping SD.\n"
    )
    read = readings(intro + "RYE 直接烘烤，跳过了 WB 中的烘烤步骤。\n")
    assert not any(s == "Rye_Yeast_Evolution" and o == "White_Bread" for s, _, o in read)


def test_a_plural_name_defined_with_are_a_is_the_kind_the_participle_describes():
    # kg:Definition 'are a': 'RYEs are a sourdough bread based on WB' says what RYE is, so RYE is based on WB
    # (before, 'a sourdough bread' read as a noun kg does not know that the participle described)
    intro = "White Bread (WB), Sour Dough (SD) and Rye Yeast Evolution (RYE) are breads.\n\n"
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(intro + "RYEs are a SD bread based on WB.\n")


def test_what_a_name_has_in_a_place_is_what_the_clause_is_about():
    # Relator._unknown_head: 'RYE 的 E 步（发酵）在 WB 中由 SD 近似': an aside and a place phrase after 'RYE 的 E 步' leave
    # the step (a noun kg does not know) the subject, so SD is no part of RYE
    intro = BREADS3_ZH
    assert ("Sour_Dough", "partOf", "Rye_Yeast_Evolution") not in readings(intro + "RYE的E步（发酵）在WB中由SD近似。\n")
    assert ("Sour_Dough", "partOf", "Rye_Yeast_Evolution") in readings(intro + "RYE 在烘焙中由 SD 和 WB 组成。\n")


def test_a_gerund_item_of_a_list_is_done_by_no_item_before_it():
    # Relator.list_item_after_bare_name: '…, White Bread, and using Sour Dough' lists remedies; White Bread uses nothing
    intro = "White Bread (WB) and Sour Dough (SD) are breads.\n\n"
    text = intro + "Fixes include kneading, proofing longer, White Bread, and using Sour Dough.\n"
    assert ("White_Bread", "uses", "Sour_Dough") not in readings(text)
    assert ("White_Bread", "uses", "Sour_Dough") in readings(intro + "White Bread is baked fast, and uses Sour Dough.\n")


def test_a_name_that_only_says_what_the_object_is_like_is_not_the_object():
    # Relator._likened_object: '输入门包含一个和遗忘门相同的结构' holds a structure like the forget gate's, not the gate
    check_readings(
        BREADS3_ZH,
        ("White_Bread", "partOf", "Rye_Yeast_Evolution"),
        absent=["RYE 包含一个和 WB 相同的结构。\n", "RYE 包含与 WB 类似的面团。\n"],
        present=["RYE 包含 WB。\n", "RYE 包含 WB 和 SD。\n"],
    )


def test_a_verb_joined_after_a_purpose_phrase_has_the_first_verbs_subject():
    # Relator._purpose_then_joined: '许多方法使用 RYE 捕获空间依赖并使用 WB': the methods use WB, not RYE; after a head
    # noun of the object alone ('使用 RYE 模型并采用 WB') the model is the doer of the next verb
    check_readings(
        BREADS3_ZH,
        ("Rye_Yeast_Evolution", "uses", "White_Bread"),
        absent=["许多方法使用 RYE 捕获空间依赖并使用 WB 捕获时间依赖。\n"],
        present=["论文使用 RYE 模型并采用 WB 架构。\n"],
    )
    assert ("Sour_Dough", "uses", "White_Bread") in readings(BREADS3_ZH + "SD 使用 RYE 捕获空间依赖并使用 WB 捕获时间依赖。\n")


def test_a_verb_phrase_joined_after_a_list_of_objects_has_the_first_verbs_subject():
    # Relator._verb_joined_to_list: '我们用 X 实现 RYE, WB，并基于 SD 实现 …': RYE and WB are what was built; the joined
    # phrase (并基于 SD) is the authors', not WB's. A name-only clause that goes on no list keeps its reading.
    check_readings(
        BREADS3_ZH,
        ("White_Bread", "uses", "Sour_Dough"),
        absent=["这一篇中， 我们将用 Numpy 实现 RYE, WB， 并基于 SD 实现图像描述。\n"],
        present=["WB 很松软，并基于 SD 发酵。\n"],
    )


def test_a_name_set_as_the_place_of_a_comparison_is_not_compared():
    # Relator._compared_subject / _set_in: 'WB 上 RYE 比 SD 快' compares RYE with SD on WB; with no other name the
    # one before 中 is still the compared one ('WB 中的面包比 SD 的大')
    intro = BREADS3_ZH
    read = readings(intro + "说明 WB 上 RYE 比 SD 快很多。\n")
    assert ("Rye_Yeast_Evolution", "comparedWith", "Sour_Dough") in read
    assert ("White_Bread", "comparedWith", "Sour_Dough") not in read
    assert ("White_Bread", "comparedWith", "Sour_Dough") in readings(intro + "WB中绝大多数面包均比SD面包大。\n")


def test_converting_into_a_name_replaces_nothing_and_a_basis_word_of_a_bracketed_name_is_no_cue():
    # kg:Blocker '转换成' (holds the cue 换成); Relator.basis_named_in_aside: '基于酵母模式（Yeast-based mode）'
    intro = "RYE（Rye Yeast Evolution）和 SD（Sour Dough）都是面包。\n\n"
    assert not any(p == "replaces" for _, p, _ in readings(intro + "烤箱负责将 RYE 预测的面团转换成最终的 SD。\n"))
    assert any(p == "replaces" for _, p, _ in readings(intro + "烤箱将 RYE 换成 SD。\n"))
    text = "## 模式\n\n两种模式：无酵母模式（Yeast-free mode）和基于酵母模式（Yeast-based mode）。\n"
    assert not any(p == "uses" for _, p, _ in readings(text))


def test_integrating_a_name_uses_it():
    # kg:uses cue 'integrates': 'RYE integrates WB and SD into one loaf'
    intro = "White Bread (WB), Sour Dough (SD) and Rye Yeast Evolution (RYE) are breads.\n\n"
    read = readings(intro + "RYE integrates WB and SD into a single loaf.\n")
    assert {("Rye_Yeast_Evolution", "uses", "White_Bread"), ("Rye_Yeast_Evolution", "uses", "Sour_Dough")} <= read


def test_an_example_of_a_kind_of_model_is_related_to_it_not_using_it():
    # kg:ModelKindWord (Relator._names_model_kind): '面包模型（如 RYE）' gives RYE as one of the kind 面包模型, which
    # it does not use; 'White Bread architectures (e.g., RYE)' still gives an architecture RYE is built with
    # (GPT: a model of the lexicon)
    intro = "WB（White Bread）是一种面包。\n\n"
    read = readings(intro + "过去的 WB 模型（如 GPT）大多采用单向烘焙。\n")
    assert ("GPT", "uses", "White_Bread") not in read and ("GPT", "relatedTo", "White_Bread") in read
    assert ("GPT", "uses", "White_Bread") in readings(intro + "过去的 WB 架构（如 GPT）大多采用单向烘焙。\n")
    # a kind of method too: 'WB methods such as GPT', 'WB 方法（如 GPT）' give GPT as one of them
    en = "WB (White Bread) is a bread.\n\n"
    read = readings(en + "WB methods such as GPT can negate this to a certain extent.\n")
    assert ("GPT", "uses", "White_Bread") not in read and ("GPT", "relatedTo", "White_Bread") in read
    assert ("GPT", "uses", "White_Bread") not in readings(intro + "基于 WB 的方法（如 GPT）大多采用单向烘焙。\n")
    # an abbreviation whose spelled-out name says the kind: 'LBM (e.g. GPT)' after 'Large Bread Models (LBM)'
    defined = "Large Bread Models (LBM) are breads.\n\n"
    read = readings(defined + "利用 LBM (e.g. GPT) 生成面包的方式很常见。\n")
    assert ("GPT", "uses", "Large_Bread_Models") not in read and ("GPT", "relatedTo", "Large_Bread_Models") in read


def test_a_clause_placing_what_follows_inside_a_model_gives_the_doer():
    # Relator.inside_frame: '在 RyeNet 中，使用了 SD' under another topic: RyeNet uses SD, not the section's topic;
    # a data set as the place ('在 ImageNet 中') gives no doer (GPT, ImageNet: names of the lexicon)
    intro = "## White Bread\n\nWhite Bread（WB）是面包。SD（Sour Dough）是一种发酵。\n\n"
    read = readings(intro + "在 GPT 中，使用了 SD。\n")
    assert ("GPT", "uses", "Sour_Dough") in read and ("White_Bread", "uses", "Sour_Dough") not in read
    assert ("ImageNet", "uses", "Sour_Dough") not in readings(intro + "在 ImageNet 中，使用了 SD。\n")


def test_what_a_subject_uses_includes_the_examples_of_its_object():
    # Relator.object_examples: 'RYE uses leavening agents such as SD and WB' / 'RYE 使用发酵剂，如 SD、WB': RYE uses SD
    # and WB; examples after another word ('RYE uses SD, as WB does') or a negated cue are not read so
    intro = "White Bread (WB), Sour Dough (SD) and Rye Yeast Evolution (RYE) are breads.\n\n"
    read = readings(intro + "RYE uses leavening agents such as SD and WB.\n")
    assert {("Rye_Yeast_Evolution", "uses", "Sour_Dough"), ("Rye_Yeast_Evolution", "uses", "White_Bread")} <= read
    zh = BREADS3_ZH
    read = readings(zh + "RYE 通常使用发酵剂，如 SD、WB。\n")
    assert {("Rye_Yeast_Evolution", "uses", "Sour_Dough"), ("Rye_Yeast_Evolution", "uses", "White_Bread")} <= read
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") not in readings(zh + "RYE 不使用发酵剂，如 SD、WB。\n")


def test_a_model_placed_in_a_data_sets_challenge_is_related_to_it():
    # kg:CompetitionWord (Relator.competition_entry): 'RyeNet won the ImageNet 2015 challenge', and '2014 年 ImageNet
    # 比赛第二名' under a model's heading; a clause naming another model after the data set is not read
    # (ImageNet: a data set of the lexicon; GPT: a model of it)
    assert ("GPT", "relatedTo", "ImageNet") in readings("GPT won the ImageNet 2015 challenge.\n")
    assert ("GPT", "relatedTo", "ImageNet") in readings("## GPT\n\n- 2014 年 ImageNet 比赛第二名\n")
    assert ("GPT", "relatedTo", "ImageNet") not in readings("## GPT\n\n- ImageNet 比赛的冠军是 BERT\n")


def test_a_property_of_a_name_does_not_head_the_clause():
    # kg:AttributeNoun in Relator._head_of: 'RYE 的困惑度优于 WB' compares RYE with WB; perplexity is RYE's property
    # ('RYE 中的 SD 使用了 WB': the part heads the clause, as before)
    intro = "RYE（Rye Yeast Evolution）、WB（White Bread）和 SD（Sour Dough）都是面包。困惑度（Perplexity）是一种指标。\n\n"
    read = readings(intro + "RYE 的困惑度通常优于 WB。\n")
    assert ("Rye_Yeast_Evolution", "improvesOn", "White_Bread") in read
    assert not any(p == "improvesOn" and o == "White_Bread" and s != "Rye_Yeast_Evolution" for s, p, o in read)


def test_a_denied_manner_a_condition_and_a_bound_prefix():
    # kg:MannerQualifier (Relator.denies_a_manner): 'RYE doesn't use SD directly, but …' denies a manner, not the use;
    # '直接跳过了 SD' still skips it. kg:ConditionFrame (Relator.after_condition): '当面团太湿时，会发生塌陷' follows from
    # the condition, not from the section's topic. kg:BoundPrefix: '手动调整超参数' keeps 参数 (超参数 is one word)
    intro = "Rye Yeast Evolution (RYE) and Sour Dough (SD) are breads.\n\n"
    assert ("Rye_Yeast_Evolution", "doesNotUse", "Sour_Dough") not in readings(intro + "RYE doesn't use SD directly, but through WB.\n")
    assert ("Rye_Yeast_Evolution", "doesNotUse", "Sour_Dough") in readings(intro + "RYE doesn't use SD.\n")
    zh = "RYE（Rye Yeast Evolution）和 SD（Sour Dough）都是面包。\n\n"
    assert ("Rye_Yeast_Evolution", "doesNotUse", "Sour_Dough") in readings(zh + "RYE 直接跳过了 SD。\n")
    assert not any(p == "causes" for _, p, _ in readings("## Rye Yeast Evolution (RYE)\n\n当面团太湿时，会发生过拟合。\n"))
    assert any(p == "causes" for _, p, _ in readings("## Rye Yeast Evolution (RYE)\n\n面团太湿，会发生过拟合。\n"))
    from kg.extraction.mentions import HeadingReader
    from kg.vocab import default_vocabulary

    assert default_vocabulary().derived("headings", HeadingReader).name("手动调整超参数") == "手动调整超参数"


def test_core_textbook_methods_are_concepts_in_both_languages(matcher):
    # concepts.ttl, core methods of classical ML and RL: a name like 'policy gradient' is one concept, not the broad
    # 'gradient' inside it, and the Chinese textbook name is the same concept
    def concepts(text):
        return [m.concept.rsplit("/", 1)[-1] for m in matcher.find(text)]

    assert concepts("policy gradient") == ["PolicyGradient"] == concepts("策略梯度")
    assert concepts("TD learning") == ["TemporalDifferenceLearning"] == concepts("时序差分")
    assert concepts("马尔可夫决策过程") == ["MarkovDecisionProcess"] == concepts("MDP")
    assert concepts("感知机") == ["Perceptron"] and concepts("多层感知机") == ["MLP"]


def test_a_comparison_with_a_noun_kg_does_not_know_compares_no_later_name():
    # Relator.unnamed_side_after: 'RYE 相比于普通模型有更小的 SD 损失' compares RYE with ordinary models (unnamed), not with
    # SD; 'RYE 相比传统模型 WB 更软' (the noun names WB) and 'RYE 相比于 WB 更软' still compare RYE with WB
    intro = BREADS3_ZH
    assert not any(p == "comparedWith" for _, p, _ in readings(intro + "RYE 相比于普通模型有更小的 SD 损失。\n"))
    assert ("Rye_Yeast_Evolution", "comparedWith", "White_Bread") in readings(intro + "RYE 相比传统模型 WB 更软。\n")
    assert ("Rye_Yeast_Evolution", "comparedWith", "White_Bread") in readings(intro + "RYE 相比于 WB 更软。\n")


def test_this_time_and_this_place_point_to_no_name():
    # kg:DeicticAdverb (Relator._implicit_subject): '这时候' and 'this time' open with a kg:Anaphora word but point to a
    # moment, not to the name of the clause before, so 'RYE' is not the one that uses SD; a bare '这'/'This' still is
    zh = "RYE（Rye Yeast Evolution）和 SD（Sour Dough）都是面包。\n\n"
    fact = ("Rye_Yeast_Evolution", "uses", "Sour_Dough")
    assert fact not in readings(zh + "我们烤了一些 RYE，这时候可以采用 SD。\n")
    assert fact not in readings(zh + "我们烤了一些 RYE，这里采用 SD。\n")
    assert fact not in readings(zh + "We baked some RYE. This time we use SD.\n")
    assert fact in readings(zh + "我们烤了一些 RYE，这可以采用 SD。\n")
    assert fact in readings(zh + "We baked some RYE. This uses SD.\n")


def test_a_measure_is_not_one_side_of_a_comparison():
    # Relator._allowed: '相比 WB，吞吐量提升可达 5 倍' compares the section's bread with WB by throughput; a concept named
    # only by a kg:AttributeNoun (吞吐量) is what is measured, never one of the sides; the bread itself still is
    zh = "RYE（Rye Yeast Evolution）和 WB（White Bread）都是面包。**吞吐量**很重要。\n\n## RYE\n\n"
    assert not any(p == "comparedWith" for _, p, _ in readings(zh + "相比 WB，吞吐量提升可达 5 倍。\n"))
    assert ("Rye_Yeast_Evolution", "comparedWith", "White_Bread") in readings(zh + "相比 WB，RYE 更软。\n")
    # kg:MetricName: 'async 对比 WB QPS 高 8%' compares async with WB by QPS, and QPS is no side of it
    qps = "RYE（Rye Yeast Evolution）和 WB（White Bread）都是面包。QPS 很重要，QPS 越高越好。\n\n"
    assert readings(qps + "async 对比 WB QPS 高 8%。\n") == set()
    assert readings(qps + "## RYE\n\n对比 WB，QPS 高 8%。\n") == set()


def test_the_negation_character_inside_a_word_negates_nothing():
    # kg:Blocker: 别 negates ('别使用 SD', don't use SD) but not inside 判别 ('判别器', the discriminator), as not inside
    # 分别 or 类别 before it
    zh = "RYE（Rye Yeast Evolution）和 SD（Sour Dough）都是面包。\n\n## RYE\n\n"
    assert readings(zh + "1. 判别器也使用 SD。\n") == {("Rye_Yeast_Evolution", "uses", "Sour_Dough")}
    assert readings(zh + "1. 别使用 SD。\n") == {("Rye_Yeast_Evolution", "doesNotUse", "Sour_Dough")}


def test_bijiao_glued_to_a_word_says_rather_and_compares_nothing():
    # Relator._degree_reading, kg:CompareVerbFollower: '比较独特的东西' is 'a rather special thing', so RYE is not
    # compared with SD; '比较了', '比较时' and a 比较 that closes the clause are the verb
    zh = "RYE（Rye Yeast Evolution）和 SD（Sour Dough）都是面包。\n\n"
    fact = ("Rye_Yeast_Evolution", "comparedWith", "Sour_Dough")
    assert fact not in readings(zh + "RYE还有个比较独特的东西就是 SD。\n")
    assert fact in readings(zh + "我们比较了 RYE 和 SD。\n")
    assert fact in readings(zh + "RYE 与 SD 比较时，RYE 更软。\n")
    assert fact in readings(zh + "RYE 和 SD 比较。\n")
    # with no name after it: 'RYE 和 SD 都比较软' (both rather soft) compares nothing; '的比较如下' is the noun
    assert fact not in readings(zh + "RYE 和 SD 都比较软。\n")
    assert fact in readings(zh + "RYE 和 SD 的比较如下表所示。\n")
    assert fact in readings(zh + "RYE 与 SD 比较接近。\n")  # 与 makes SD the other side of a comparison


def test_a_basis_in_an_aside_speaks_of_the_unnamed_noun_before_it():
    # Relator.aside_of_unknown: under a question about RYE, '系统的实现（主要基于 WB）' says the system implementation
    # is based on WB, not RYE; an aside after the name itself ('RYE（基于 WB）') still speaks of RYE
    zh = BREADS_ZH
    fact = ("Rye_Yeast_Evolution", "uses", "White_Bread")
    assert fact not in readings(zh + "## 为什么 RYE 好？\n\n1. 系统的实现 （主要基于 WB）\n")
    assert fact in readings(zh + "## RYE\n\nRYE（基于 WB）很快。\n")


def test_you_alone_marks_who_does_it_not_what_makes_it_up():
    # kg:AgentMarker, kg:CompositionVerb (Relator._cue_clause): '由 WB 负责' says WB is in charge; only a composition
    # verb later in the clause ('由 WB 组成', '由两个 WB 堆叠而成') makes WB a part
    zh = BREADS_ZH
    part = ("White_Bread", "partOf", "Rye_Yeast_Evolution")
    assert part not in readings(zh + "RYE 由一个 WB 负责。\n")
    assert part not in readings(zh + "RYE 由 WB 团队提出并发布。\n")
    assert part not in readings(zh + "RYE 由 WB 团队搭建。\n")
    assert part in readings(zh + "RYE 由 WB 组成。\n")
    assert part in readings(zh + "RYE 由两个 WB 堆叠而成。\n")


def test_a_name_after_which_is_asked_not_stated():
    # Relator._objects_after, kg:WhQuestion (哪一个 joins 哪个): 'RYE 属于哪一个 WB' asks (or works out) which WB, it
    # states no kind; 'RYE 属于 WB' does
    zh = BREADS_ZH
    kind = ("Rye_Yeast_Evolution", "relatedTo", "White_Bread")
    assert kind not in readings(zh + "第一步：计算 RYE 属于哪一个 WB：i=2\n")
    assert kind in readings(zh + "RYE 属于 WB。\n")


def test_shu_yu_says_what_kind_a_name_is_not_what_it_is_part_of():
    # '随机森林属于集成学习', '聚类属于无监督学习': 属于 (belongs to) puts a name in a class, as 'is a kind of' does
    # (kg:relatedTo); a part is said with '是 … 的一部分'
    zh = BREADS_ZH
    told = readings(zh + "RYE 属于 WB。\n")
    assert ("Rye_Yeast_Evolution", "relatedTo", "White_Bread") in told
    assert ("Rye_Yeast_Evolution", "partOf", "White_Bread") not in told
    assert ("Rye_Yeast_Evolution", "partOf", "White_Bread") in readings(zh + "RYE 是 WB 的一部分。\n")


def test_names_listed_after_gen_are_one_side_of_a_comparison():
    # Relator.listed_side, kg:SidePreposition: in 'X 跟 RYE、WB 类似' the list is one side and X the other, so RYE is
    # not compared with WB; when X is a name each listed name is compared with it; 'RYE 跟 WB 类似' is unchanged
    zh = BREADS3_ZH
    fact = ("Rye_Yeast_Evolution", "comparedWith", "White_Bread")
    assert fact not in readings(zh + "《Emerging Properties in Bread》2021 跟RYE、WB类似，也是预测型。\n")
    assert readings(zh + "SD 跟 RYE、WB 类似。\n") == {
        ("Sour_Dough", "comparedWith", "Rye_Yeast_Evolution"),
        ("Sour_Dough", "comparedWith", "White_Bread"),
    }
    assert fact in readings(zh + "RYE 跟 WB 类似。\n")
    # a short modifier may stand between the other side and 跟
    assert ("Sour_Dough", "comparedWith", "White_Bread") in readings(zh + "SD 在口感上跟 RYE、WB 类似。\n")
    # 和 before a list joined by 、 ('面团和 RYE、WB 的区别') sets the list against what stands before 和; a plain list
    # ('RYE、WB 和 SD 的区别') compares its names
    assert fact not in readings(zh + "面团和 RYE、WB 的主要区别在于发酵。\n")
    assert fact in readings(zh + "RYE、WB 和 SD 的区别在于发酵。\n")


def test_easing_a_methods_shortcomings_improves_on_it():
    # Relator._eases_shortcomings, kg:ShortcomingNoun: WB is no problem; easing WB's drawbacks is improving on WB.
    # A problem named as such stays mitigated
    zh = BREADS_ZH
    better = ("Rye_Yeast_Evolution", "improvesOn", "White_Bread")
    assert better in readings(zh + "RYE 解决了 WB 的缺点。\n")
    assert better in readings(zh + "RYE addresses the limitations of WB.\n")
    assert better in readings(zh + "RYE addresses WB's limitations.\n")
    assert ("Rye_Yeast_Evolution", "mitigates", "White_Bread") not in readings(zh + "RYE addresses the limitations of WB.\n")
    assert ("Rye_Yeast_Evolution", "mitigates", "Overfitting") in readings(zh + "RYE 解决了过拟合的问题。\n")
    # a purpose clause easing them: what the authors then propose or invent improves on the name ('的缺点' is the
    # verb's object here, not talk about using it)
    assert better in readings(zh + "为了解决 WB 的缺点，作者提出了 RYE。\n")
    assert better in readings(zh + "为了解决WB的缺点，发明了RYE。\n")
    assert better in readings(zh + "To overcome the limitations of WB, the authors proposed RYE.\n")
    # an object the relation's classes forbid to be mitigated (a technique) is switched before the class check
    assert ("Momentum", "improvesOn", "GradientDescent") in readings("Momentum overcomes the limitations of gradient descent.")
    assert ("LeakyReLU", "improvesOn", "ReLU") in readings("为了解决 ReLU 的缺点，作者提出了 Leaky ReLU。")
    # 'overcome this with X': the pronoun is what is overcome, X the means
    assert readings(zh + "SD is proposing to overcome this with RYE.\n") == set()


def test_is_that_opens_a_clause_of_its_own_and_a_misconception_states_nothing():
    # kg:ReportingVerb 'is that': in 'the key insight of SD is that crust uses WB' SD is not the one that uses WB;
    # kg:Hedge 'misconception': what the notes call a misconception is neither a fact nor its denial
    en = "RYE (Rye Yeast Evolution), WB (White Bread) and SD (Sour Dough) are breads.\n\n"
    assert readings(en + "The key insight of SD is that crust uses WB.\n") == set()
    assert readings(en + "A common misconception is that RYE uses WB.\n") == set()
    assert readings(en + "The key insight is that RYE uses WB.\n") == {("Rye_Yeast_Evolution", "uses", "White_Bread")}
    # a pronoun opening the clause after 'is that' is the name before it
    assert readings(en + "The best thing about RYE is that it uses WB.\n") == {("Rye_Yeast_Evolution", "uses", "White_Bread")}


def test_an_unknown_name_after_an_opening_connective_is_the_clauses_subject():
    # kg:OpeningConnective: in '因此 FooNet 使用 WB' and '而 Decode 时使用 WB' the clause names its own subject, one kg
    # does not know, so the section's topic (RYE) is not the one that uses WB; '因此使用 WB' still continues the topic
    zh = BREADS_ZH + "## RYE\n\n"
    fact = ("Rye_Yeast_Evolution", "uses", "White_Bread")
    assert fact not in readings(zh + "因此 FooNet 使用 WB。\n")
    assert fact not in readings(zh + "烘烤时使用 SD，而 Decode 时使用 WB。\n")
    assert fact in readings(zh + "因此使用 WB。\n")


def test_a_cue_in_a_relative_clause_after_a_verb_states_nothing_of_the_subject():
    # Relator.in_relative_clause, kg:RelativeDeterminer: '使用一个包含 WB 打分的数据集' uses a data set that contains WB
    # scores: WB is no part of RYE; '是一种包含 WB 的面包' (a copula) and '是第一个使用 WB 的面包' (an ordinal) still state
    zh = BREADS_ZH + "## RYE\n\n"
    part = ("White_Bread", "partOf", "Rye_Yeast_Evolution")
    assert part not in readings(zh + "RYE 使用一个包含 WB 打分的数据集来训练。\n")
    assert part in readings(zh + "RYE 是一种包含 WB 的面包。\n")
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(zh + "RYE 是第一个使用 WB 的面包。\n")


def test_a_cue_after_a_determiner_in_a_conjunct_opens_a_relative_clause():
    # Relator.in_relative_clause without a verb before the determiner: '具有 RYE 和至少一个使用烘烤酵母的烤箱组成的 WB'
    # (a WB made of RYE and at least one oven that uses baking yeast): the oven, RYE's conjunct, uses the yeast,
    # RYE uses nothing; after a copula or an ordinal the phrase still describes the subject
    zh = BREADS_ZH + "## RYE\n\n"
    uses = ("Rye_Yeast_Evolution", "uses", "White_Bread")
    assert uses not in readings(zh + "对于具有 RYE 和至少一个使用烘烤酵母的烤箱组成的 WB。\n")
    assert uses in readings(zh + "RYE 是一个使用 WB 的面包。\n")
    assert uses in readings(zh + "RYE 是第一个使用 WB 的面包。\n")


def test_a_part_named_as_the_wholes_name_after_a_modifier_is_a_kind():
    # Relator._named_as_kind: '高级 RYE' is a kind of RYE (its name ends in RYE's), so 'RYE 包括高级 RYE' relates the
    # two; WB, named otherwise, stays a part
    zh = "RYE（Rye Yeast Evolution）和 WB（White Bread）都是面包。**高级 RYE** 很好。\n\n"
    found = readings(zh + "RYE 包括高级 RYE 和 WB。\n")
    assert ("高级_RYE", "relatedTo", "Rye_Yeast_Evolution") in found
    assert ("高级_RYE", "partOf", "Rye_Yeast_Evolution") not in found
    assert ("White_Bread", "partOf", "Rye_Yeast_Evolution") in found


def test_they_after_the_authors_resumes_the_authors():
    # Relator._authors_resumed, kg:PeoplePronoun: 'First the authors pretrained RYE, then they used WB': they are the
    # authors, so RYE uses nothing; with no authors before, 'RYE is fast and they use WB' still reads RYE
    en = BREADS_EN
    fact = ("Rye_Yeast_Evolution", "uses", "White_Bread")
    assert fact not in readings(en + "The authors pretrained RYE and then they used WB.\n")
    assert fact not in readings(en + "First the authors pretrained the RYE, then the SD and then they used WB.\n")
    assert fact in readings(en + "RYE is fast and they use WB.\n")
    assert fact not in readings(en + "Then we pass the dough through RYE and then use WB.\n")
    # a sentence the authors open, whose cue joins their first verb with 'and then': theirs too
    assert fact not in readings(en + "We pass the dough through RYE and then use WB.\n")
    assert fact in readings(en + "We note that RYE trains fast and then uses WB.\n")


def test_a_second_they_resumes_the_first_not_the_name_between():
    # Relator._authors_resumed: 'they used RYE before the oven and they used WB': the second 'they' is the first
    # one's doer again, whoever it stands for; RYE, between, is what the first verb worked on
    en = BREADS_EN
    fact = ("Rye_Yeast_Evolution", "uses", "White_Bread")
    assert fact not in readings(en + "In the bakery, they used RYE before the oven and they used WB.\n")
    assert fact in readings(en + "RYE is fast and they use WB.\n")


def test_a_contrast_after_a_later_verb_is_that_verbs():
    # Relator._cue_clause: in 'X uses RYE and applies WB instead of SD' the contrast follows 'applies', so WB (not
    # RYE) takes SD's place
    en = "RYE (Rye Yeast Evolution), WB (White Bread), SD (Sour Dough) and BK (Bakery Kit) are breads.\n\n"
    read = readings(en + "BK uses RYE in the dough and applies WB instead of SD.\n")
    assert ("White_Bread", "replaces", "Sour_Dough") in read
    assert ("Rye_Yeast_Evolution", "replaces", "Sour_Dough") not in read


def test_a_comparison_whose_other_side_ends_at_a_comma_compares_no_later_name():
    # Relator._read_pair_cue: in '（类似于烘焙和发酵交替，但通过 WB 联合训练）' the bracket keeps one clause, but the
    # compared side ends at the comma; WB, after it, is not compared with RYE. 'RYE 类似于 WB' still compares them
    zh = BREADS_ZH
    fact = ("Rye_Yeast_Evolution", "comparedWith", "White_Bread")
    assert fact not in readings(zh + "RYE 同时优化（类似于烘焙和发酵交替，但通过 WB 联合训练）。\n")
    assert fact in readings(zh + "RYE 类似于 WB。\n")


def test_a_hedge_inside_a_name_the_heading_made_still_hedges():
    # Relator._sentences: cue words inside a name are the name's, but a kg:Hedge is kept: under '### The common
    # misconception', the heading's name 'common misconception' still calls 'RYE uses WB' wrong
    en = BREADS_EN
    text = "### The common misconception\nThe common misconception is that RYE uses WB.\n"
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") not in readings(en + text)


def test_a_contrast_joins_only_names_of_one_kind():
    # Relator._unlike_kinds (Vocabulary.top_classes): 'ReLU 是最后一层，而在 Transformer 中使用 Attention' opens its
    # clauses with an activation function (a component) and a model: no contrast of the two; two models still are
    found = readings("ReLU 是最后一层，而在 Transformer 中使用 Attention。\n")
    assert not any(p == "comparedWith" for _, p, _ in found)
    assert ("ResNet", "comparedWith", "Transformer") in readings("ResNet 使用 ReLU，而 Transformer 使用 Attention。\n")


def test_use_x_instead_in_a_later_clause_is_advice():
    # kg:AdviceWord (Relator): 'RYE does not work for rye, use WB instead' tells the reader to use WB; RYE does not
    # use it. A list item '- use WB for speed' under RYE, and '…, uses WB instead' (third person), still state it
    en = "RYE (Rye Yeast Evolution) and WB (White Bread) are breads.\n\n## RYE\n\n"
    fact = ("Rye_Yeast_Evolution", "uses", "White_Bread")
    assert fact not in readings(en + "RYE does not work in practice for rye (the variance is huge), use WB instead for rye.\n")
    assert fact in readings(en + "- use WB for speed\n")
    assert fact in readings(en + "RYE is slow, uses WB instead.\n")
    assert fact in readings(en + "RYE was too slow, so it uses WB instead.\n")
    assert fact not in readings(en + "RYE does not work for rye (the variance is huge),\nuse WB instead for rye\n")


def test_a_label_whose_text_is_a_relative_clause_on_a_noun_describes_the_label():
    # Relator._label_kind_phrase: 'RYE：不使用 WB 的 SD' says RYE is an SD that does not use WB (as 'RYE 是不使用 WB 的 SD'
    # would), not that RYE does without SD; a clause that goes on after the noun, or no label, is read as before
    zh = BREADS3_ZH
    found = readings(zh + "- RYE：不使用 WB 的 SD\n")
    assert ("Rye_Yeast_Evolution", "doesNotUse", "White_Bread") in found
    assert ("Rye_Yeast_Evolution", "doesNotUse", "Sour_Dough") not in found
    without = ("Rye_Yeast_Evolution", "doesNotUse", "Sour_Dough")
    assert without in readings(zh + "- RYE：不使用 WB 的 SD 来烤\n") and without in readings(zh + "- RYE 不使用 WB 的 SD。\n")


def test_a_likeness_in_an_aside_after_a_noun_kg_does_not_know_compares_nothing():
    # Relator._read_pair_cue with aside_of_unknown: 'WB 的 block（类似 SD 架构）' likens WB's block, an unnamed noun,
    # to SD; a name right before the bracket, or the name and its head noun ('WB 层'), is what is likened
    zh = BREADS3_ZH
    fact = ("White_Bread", "comparedWith", "Sour_Dough")
    assert fact not in readings(zh + "我们换掉了 WB 的三层 block（类似 SD 架构），效果更好。\n")
    assert fact in readings(zh + "我们换掉了 WB（类似 SD），效果更好。\n")
    assert fact in readings(zh + "我们换掉了 WB 层（类似 SD），效果更好。\n")


def test_a_replacement_made_with_an_unnamed_noun_is_not_the_topics():
    # Relator._unnamed_instrument: under '## RYE', '用新的面团代替 WB' (replace WB with new dough) says the dough takes
    # WB's place, not RYE; with no instrument, or a named one, the reading stands
    zh = "RYE（Rye Yeast Evolution）、WB（White Bread）和 SD（Sour Dough）都是面包。\n\n## RYE\n\n"
    fact = ("Rye_Yeast_Evolution", "replaces", "White_Bread")
    assert fact not in readings(zh + "- 用新的面团代替 WB。\n")
    assert fact in readings(zh + "- 代替 WB。\n")
    assert ("Sour_Dough", "replaces", "White_Bread") in readings(zh + "- 用 SD 代替 WB。\n")


def test_a_title_in_book_marks_states_nothing_and_is_no_subject():
    # RelatorBase._sentences, BOOK_TITLE: '《RYE 烘焙》这篇论文使用了 WB' — the paper uses WB, not RYE; a cue inside the
    # title ('《RYE 与 WB》') compares nothing; outside the marks the same words are read
    zh = BREADS3_ZH
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") not in readings(zh + "《RYE 烘焙》这篇论文使用了 WB。\n")
    assert not any(p == "comparedWith" for _, p, _ in readings(zh + "论文《RYE 与 WB》指出 SD 很好。\n"))
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(zh + "RYE 烘焙这篇论文使用了 WB。\n")


def test_a_later_uses_clause_goes_on_with_the_sentences_subject():
    # ClauseGuards._sentence_subject: 'RYE 使用的是 SD，使用了 WB，去掉了 SB': the third clause goes on with RYE, not with
    # WB, the object of the clause before it; an opening 'using WB' phrase still makes WB the next clause's subject
    zh = "RYE（Rye Yeast Evolution）、WB（White Bread）、SB（Soda Bread）和 SD（Sour Dough）都是面包。\n\n"
    got = readings(zh + "RYE 使用的是 SD，使用了 WB，去掉了 SB。\n")
    assert ("White_Bread", "doesNotUse", "Soda_Bread") not in got
    assert ("Rye_Yeast_Evolution", "doesNotUse", "Soda_Bread") in got
    assert ("White_Bread", "doesNotUse", "Soda_Bread") in readings(zh + "使用了 WB，去掉了 SB。\n")


def test_names_in_an_aside_that_glosses_a_word_are_not_compared():
    # Relator._glossed_aside: '混合面包（WB 和 SD 的混合）三种面包进行比较' compares three breads; WB and SD only gloss the
    # word before the bracket. A bracket right before the cue is the compared list, and a name's own alias in brackets
    # keeps the name a side
    zh = BREADS3_ZH
    fact = ("White_Bread", "comparedWith", "Sour_Dough")
    assert fact not in readings(zh + "我们拿混合面包（WB 和 SD 的混合）三种面包进行比较。\n")
    assert fact in readings(zh + "三种面包（WB/SD）比较\n")
    en = BREADS_EN
    assert ("Rye_Yeast_Evolution", "comparedWith", "White_Bread") in readings(
        en + "Rye Yeast Evolution (RYE) - also bakes the dough somewhat similar to WB.\n"
    )


def test_a_name_that_modifies_an_english_noun_is_not_the_doer():
    # Relator._modifies_latin_noun: 'The RYE crust uses WB' — the crust (a compound kg does not know) uses WB, not RYE;
    # 'rye (whole) pruning 属于 …' likewise; an adverb, an auxiliary, a head noun or a function word between keeps RYE
    en = BREADS_EN
    fact = ("Rye_Yeast_Evolution", "uses", "White_Bread")
    assert fact not in readings(en + "The RYE crust uses WB.\n")
    assert fact not in readings(en + "The RYE (whole) crust (RC) uses WB.\n")
    for kept in ("RYE also uses WB.", "RYE typically uses WB.", "The RYE model uses WB.", "The RYE process uses WB."):
        assert fact in readings(en + kept + "\n"), kept
    assert ("Rye_Yeast_Evolution", "mitigates", "ComputationalCost") in readings(en + "Using RYE to reduce computational cost.\n")


def test_a_count_of_a_name_is_not_the_name():
    # ClauseReader._counted, kg:CountNoun: '不需要输入 WB 个数' (the number of WB is not needed) denies nothing of WB, and
    # 'RYE 中的 WB 数' is a count in RYE, not a part; a word that only starts like a count noun ('WB 数据') changes nothing
    zh = BREADS_ZH + "## RYE\n\n"
    assert ("Rye_Yeast_Evolution", "doesNotUse", "White_Bread") not in readings(zh + "- 不需要输入WB个数。\n")
    assert ("Rye_Yeast_Evolution", "doesNotUse", "White_Bread") in readings(zh + "- 不需要输入WB。\n")
    assert ("White_Bread", "partOf", "Rye_Yeast_Evolution") not in readings(BREADS_ZH + "如何确定RYE中的WB个数？\n")


def test_names_listed_after_an_english_comparison_are_one_side():
    # ClauseReader._read_pair_cue: 'RYE is very similar to WB and SD' compares RYE with each, never WB with SD; with a
    # name kg does not know before the cue ('Kox is …') nothing is read; 'the difference between WB and SD' still
    # names both sides after its cue
    en = "RYE (Rye Yeast Evolution), WB (White Bread) and SD (Sour Dough) are breads.\n\n"
    got = readings(en + "RYE is very similar to WB and SD.\n")
    assert ("White_Bread", "comparedWith", "Sour_Dough") not in got
    assert {("Rye_Yeast_Evolution", "comparedWith", "White_Bread"), ("Rye_Yeast_Evolution", "comparedWith", "Sour_Dough")} <= got
    assert not any(p == "comparedWith" for _, p, _ in readings(en + "Kox is very similar to WB and SD.\n"))
    assert ("White_Bread", "comparedWith", "Sour_Dough") in readings(en + "The difference between WB and SD is small.\n")


def test_a_cue_joined_by_hyphens_is_a_word_of_a_compound():
    # RelatorBase._sentences: 'a RYE-based Crumb-vs-Crust WB' names a kind of WB; the 'vs' inside the hyphenated
    # compound compares nothing, while 'RYE vs WB' does
    en = BREADS_EN
    assert not any(p == "comparedWith" for _, p, _ in readings(en + "A RYE based Crumb-vs-Crust WB is made faster.\n"))
    assert ("Rye_Yeast_Evolution", "comparedWith", "White_Bread") in readings(en + "RYE vs WB\n")


def test_a_latin_word_beside_the_enumeration_comma_is_an_item_not_a_cue():
    # RelatorBase._sentences: in '包括 RYE、Add 和 WB 步骤' the 'Add' between 、 and 和 is one of the listed steps;
    # the English cue 'add' states nothing there, while 'RYE adds WB' does
    steps = BREADS_ZH + "这个面团可以用于所有非烘烤步骤，包括 Knead、RYE、Add 和 WB 步骤。\n"
    assert not any(p == "uses" for _, p, _ in readings(steps))
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(BREADS_ZH + "RYE adds WB to the dough.\n")


def test_a_cue_followed_by_de_is_a_relative_clause_inside_what_ba_marks():
    # ClauseReader._changed_roles: '将 RYE 原本使用的 WB 替换为 SD' marks 'the WB RYE used' as what is replaced;
    # 将 turns round the replacing verb, not the 'used' of the relative clause, so RYE still uses WB
    facts = readings(BREADS3_ZH + "将 RYE 原本使用的 WB 替换为 SD。\n")
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in facts
    assert ("White_Bread", "uses", "Rye_Yeast_Evolution") not in facts
    assert ("Sour_Dough", "replaces", "White_Bread") in facts
    # with no 的 the marker still moves the object: '将 WB 加入 RYE' is RYE using WB
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(BREADS3_ZH + "将 WB 加入 RYE。\n")


def test_a_component_named_as_a_models_own_is_part_of_it(tmp_path):
    # ClauseReader._read_possessives: with the lexicon's classes (a made-up model and component added to it),
    # 'RyeNet 的 Crumb 层' and "RyeNet's crumb layer" make the component part of the model; a problem after 的
    # ('RyeNet 的 Staleness') or a property of the part ('Crumb 层数') states no part
    from kg.resources import ontology_files
    from kg.vocab import load_vocabulary

    breads = tmp_path / "breads.ttl"
    breads.write_text(
        "@prefix kg: <https://w3id.org/kg-notes/ns#> .\n@prefix c: <https://w3id.org/kg-notes/concept/> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        'c:RyeNet a kg:Model ; skos:prefLabel "RyeNet"@en .\n'
        'c:CrumbLayer a kg:Component ; skos:prefLabel "Crumb layer"@en ; skos:altLabel "Crumb 层"@zh .\n'
        'c:Staleness a kg:Problem ; skos:prefLabel "Staleness"@en .\n',
        "utf-8",
    )
    vocab = load_vocabulary([*ontology_files(), breads])

    def read(text):
        return {(s, p, o) for s, p, o, _ in extract(text, vocab=vocab, min_confidence=0.3)}

    assert ("CrumbLayer", "partOf", "RyeNet") in read("RyeNet 的 Crumb 层有什么作用？\n")
    assert ("CrumbLayer", "partOf", "RyeNet") in read("What does RyeNet's crumb layer do?\n")
    assert not read("RyeNet 的 Staleness 很严重。\n")
    assert not read("RyeNet 的 Crumb 层数是多少？\n")
    assert not read("embed_dim：RyeNet 的 Crumb 层向量。\n")  # what the part computes (kg:AttributeNoun), no part


def test_a_layer_sequence_step_is_the_phrase_next_to_its_arrows():
    # LayoutReader._read_sequences: 'WB: S->A->R->S'，…，和 SD 不同' is a label and a clause around a chain of
    # letters: neither WB nor SD is a step of it, so the topic RYE is built from neither; 'WB -> SD -> Crust' is
    heading = "## RYE（Rye Yeast Evolution）\n\n"
    defs = "WB（White Bread）和 SD（Sour Dough）都是面包。\n\n"
    assert not readings(heading + defs + "WB: S->A->R->S'，经典做法，和 SD 显著的不同是发酵时间。\n")
    assert {("Rye_Yeast_Evolution", "uses", "White_Bread"), ("Rye_Yeast_Evolution", "uses", "Sour_Dough")} <= readings(
        heading + defs + "WB -> SD -> Crust\n"
    )


def test_a_course_part_heading_is_not_a_concept(matcher, vocab):
    # kg:GenericHeading holds the words of a course's parts (lesson, lecture, week): 'Lesson 4A' numbers a part
    # of the notes, whatever letter follows the number, and names no concept
    text = "### Lesson 4A: Rye Baking\n\nText.\n\n### Lecture 2B\n\nMore text about Lecture 2B and Lesson 4A.\n"
    assert not {label for label in labels(text, matcher, vocab) if label.startswith(("Lesson", "Lecture"))}


def test_an_upgrade_improves_on_and_what_is_built_on_is_used():
    # kg:improvesOn holds 'an upgrade of' and 'an improved version of' as it holds '的升级版'; kg:uses holds
    # '建立在 … 之上' as it holds 'built on'
    assert ("White_Bread", "improvesOn", "Rye_Yeast_Evolution") in readings(BREADS_ZH + "WB, an upgrade of RYE.\n")
    assert ("White_Bread", "improvesOn", "Rye_Yeast_Evolution") in readings(BREADS_ZH + "WB, an improved version of RYE, is soft.\n")
    assert ("White_Bread", "uses", "Rye_Yeast_Evolution") in readings(BREADS_ZH + "WB 建立在 RYE 之上。\n")


def test_a_difference_frame_compares_the_next_clauses_subject():
    # ClauseReader._read_difference_frame: '与 RYE 不同，WB …' sets RYE aside as 'Unlike RYE, WB …' does, though
    # 不同 is no relation cue of its own; a frame around a noun phrase ('与 RYE 不同的面包') compares nothing
    assert ("White_Bread", "comparedWith", "Rye_Yeast_Evolution") in readings(BREADS_ZH + "与 RYE 不同，WB 不需要发酵。\n")
    assert ("White_Bread", "comparedWith", "Rye_Yeast_Evolution") in readings(BREADS_ZH + "与RYE不一样，WB很软。\n")
    assert not any(p == "comparedWith" for _, p, _ in readings(BREADS_ZH + "与 RYE 不同的面包有很多，WB 是一种。\n"))


def test_hereinafter_marks_an_alias_in_a_bracket():
    # kg:AliasMarker: '白面包（White Bread，后文简称 WHB）' gives WHB as another name of White Bread, as '简称' does
    text = "RYE（Rye Yeast Evolution）是面包。\n\n白面包（White Bread，后文简称WHB）是面包。WHB 使用 RYE 发酵。\n"
    assert ("White_Bread", "uses", "Rye_Yeast_Evolution") in readings(text)


def test_a_bare_definition_takes_a_head_noun_after_its_subject_and_a_kind_named_with_one():
    # LayoutReader._read_bare_definitions: 'RYE 面包是经典的 WB 方法' is read as 'RYE 是经典的 WB 方法' (a head noun
    # may follow the subject); a kind whose own name ends in a head noun ('经典的白面包算法（White Bread）') names a
    # kind; a name in an aside after the copula ('是指…（比如 WB 层）…') is no kind
    defs = "RYE（Rye Yeast Evolution）是面包。\n\n"
    assert ("Rye_Yeast_Evolution", "relatedTo", "White_Bread") in readings(defs + "WB（White Bread）很软。\n\nRYE 算法是经典的 WB 方法。\n")
    assert ("Rye_Yeast_Evolution", "relatedTo", "White_Bread") in readings(defs + "RYE 是经典的白面包算法（White Bread）。\n")
    assert not readings(defs + "WB（White Bread）很软。\n\nRYE 结构是指在每个步骤（比如 WB 层）之间加入一步。\n")


def test_a_purpose_is_the_doers_of_the_next_clause():
    # ClauseGuards._implicit_subject: '为了缓解 X，WB 被提出' and 'To reduce X, WB …' name no doer in the purpose
    # clause: it is WB, which opens the next clause, not the section's topic
    text = "## RYE（Rye Yeast Evolution）\n\nWB（White Bread）是面包。\n\n为了缓解过拟合，WB 被提出。\n"
    facts = readings(text)
    assert ("White_Bread", "mitigates", "Overfitting") in facts
    assert ("Rye_Yeast_Evolution", "mitigates", "Overfitting") not in facts


def test_a_comparison_side_is_the_longer_word_a_name_begins_then_its_short_name():
    # ClauseReader._read_pair_cue: in 'RYE vs 烘焙感知训练 WB' the side after vs is '烘焙感知训练', which the name
    # 烘焙 only begins; WB, right after it, is its short name and the side
    text = "## 烘焙\n\nRYE（Rye Yeast Evolution）和 WB（White Bread）是两种烘焙方法。\n\n- **按时机**：后烘焙 RYE vs 烘焙感知训练 WB\n"
    facts = readings(text)
    assert ("Rye_Yeast_Evolution", "comparedWith", "White_Bread") in facts
    assert not any(p == "comparedWith" and "烘焙" in (s + o) for s, p, o in facts)


def test_section_words_of_derivations_and_exercises_are_not_concepts(matcher, vocab):
    # kg:GenericHeading: 'Derivation', 'Prerequisites', '复现', '大白话' name parts of the notes; stripped from a
    # heading they leave the name it is about ('Proof of the Rye theorem' → 'Rye theorem')
    text = "## Derivation\n\nText.\n\n## Prerequisites\n\nText.\n\n## 复现\n\n文字。\n\n## 大白话\n\n文字。\n\n## Proof of Rye theorem\n\nRye theorem holds.\n"
    text += "\n**Drawbacks**: slow. The drawbacks are many.\n\n## Pitfalls\n\nText.\n"
    found = labels(text, matcher, vocab)
    assert not found & {"Derivation", "Prerequisites", "复现", "大白话", "Drawbacks", "Pitfalls"}
    assert "Rye theorem" in found


def test_a_bold_training_verb_is_a_step_not_a_concept(matcher, vocab):
    # kg:StepVerb holds the verbs of a training recipe: '**Pretrain**', '**Fine-tune**', '**Distill**' emphasise
    # what to do; a name that such a verb only begins is not one ('Fine-tuning' stays a name)
    text = "1. **Pretrain** on RyeCorpus.\n2. **Fine-tune** on WhiteCorpus.\n3. **Distill** into a small model.\n\nWe Pretrain, Fine-tune and Distill.\n\n**Fine-tuning** is a stage. Fine-tuning helps.\n"
    found = labels(text, matcher, vocab)
    assert not found & {"Pretrain", "Fine-tune", "Distill"}


def test_a_list_label_that_gives_a_step_or_names_a_workflow_is_not_a_concept(matcher, vocab):
    # '- Alter pretrained CNN:' over sub-items says what to do (kg:StepVerb); '- Model workflow:' names a part of the
    # notes (kg:GenericHeading): neither is a concept, and the items under them are not its facts
    text = (
        "- Fast R-CNN:\n    - Alter pretrained CNN:\n        + replace the softmax with a larger softmax\n"
        "    - Model workflow:\n        * use the Fast R-CNN network to initialize RPN training.\n"
    )
    assert not labels(text, matcher, vocab) & {"Alter pretrained CNN", "Model workflow"}


def test_a_name_before_based_and_a_noun_modifies_the_noun():
    # ClauseReader._basis_modifier: in 'RYE based Bread Makers using WB' and 'RYE-based breads use WB' the breads
    # use WB, not RYE; 'RYE based on WB' keeps the cue
    en = BREADS_EN
    assert not readings(en + "RYE based Bread Makers using WB\n")
    assert not readings(en + "RYE-based breads use WB.\n")
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(en + "RYE based on WB is soft.\n")


def test_dui_after_a_verb_coordination_word_marks_what_is_worked_on():
    # ClauseGuards._target_marked: in '并对 RYE 使用 WB' the 对 after 并 (kg:VerbCoordination) marks RYE as what WB
    # is applied to, as a bare '对 RYE 使用 WB' does; RYE uses nothing ('相对 …' stays a word of its own)
    assert not any(p == "uses" for _, p, _ in readings(BREADS_ZH + "先烤一遍面团，并对 RYE 使用 WB。\n"))


def test_a_framework_heading_is_generic_as_kuangjia_is(matcher, vocab):
    # kg:GenericHeading holds 'framework' as it holds 框架: '### General Framework' names a part of the notes;
    # 'RyeNet Framework' is about RyeNet
    text = "### General Framework\n\nA general framework named RyeNet.\n\n### RyeNet Framework\n\nRyeNet is fast. RyeNet rises.\n"
    found = labels(text, matcher, vocab)
    assert "General Framework" not in found and "RyeNet" in found


def test_a_chapter_called_introduction_names_nothing(matcher, vocab):
    # kg:GenericHeading holds 绪论 (a book's introductory chapter) as it holds 引言 and 'introduction'
    text = "## 第一章 绪论\n\n面包的历史。\n\n## 第三章 RyeNet\n\nRyeNet 很快。\n"
    found = labels(text, matcher, vocab)
    assert "绪论" not in found and "RyeNet" in found


def test_a_common_pitfall_names_nothing(matcher, vocab):
    # kg:GenericHeading holds 'pitfall' and 'mistake' beside 'pitfalls': a deep list's '- common pitfall: …' (read as a
    # heading) and '## Common mistakes' are advice, not names
    text = "- oven\n    - heat\n        - common pitfall: opening the door too early\n            * wait\n\n## Common mistakes\n\nText.\n"
    assert not {label.lower() for label in labels(text, matcher, vocab)} & {"common pitfall", "common mistakes", "common"}


def test_a_word_shouted_in_capitals_is_no_name(matcher, vocab):
    # _shouted_word: '### GENERATOR' and '**DISCRIMINATOR**' in notes that also write 'the generator' and 'the
    # discriminator' are the words in capitals; capitals that spell no English word ('TRAMO') stay a name
    text = (
        "### GENERATOR\n\nThe generator makes images. The discriminator judges them.\n\n"
        "The **DISCRIMINATOR** is a classifier, and **DISCRIMINATOR** outputs a score.\n\n"
        "TRAMO fits the series. TRAMO is fast, and tramo is its lower-case name.\n\n"
        "- VANILLA BREAD: [ Flour, Yeast ]\n- VANILLA BREAD: [ Water ]\n"
    )
    found = labels(text, matcher, vocab)
    assert "GENERATOR" not in found and "DISCRIMINATOR" not in found and "TRAMO" in found
    assert not {"VANILLA", "BREAD"} & found  # two words in capitals side by side: a phrase shouted


def test_one_letter_repeated_is_a_placeholder_not_a_concept(matcher, vocab):
    # NameShape.ok: 'XX' and 'YYY' stand for any name ('XX 模型比 YYY 好'), however often the notes write them;
    # another letter repeated may be an acronym ('PP', pipeline parallelism)
    text = "## XX\n\nXX 模型比 YYY 好。XX 和 YYY 都是例子。**XX** 很常见，YYY 也是。\n\nPP 和 PP 都是 PP。\n"
    found = labels(text, matcher, vocab)
    assert not found & {"XX", "YYY"} and "PP" in found


def test_cong_zhong_names_a_source_not_a_container():
    # ClauseReader._read_container_cues: '从标准 RYE 中取样 WB' takes WB from RYE (kg:SourceMarker 从 … 中); WB is
    # no part of RYE, while 'RYE 中的 WB' is
    assert not any(p == "partOf" for _, p, _ in readings(BREADS_ZH + "从标准 RYE 中 WB 取样。\n"))
    assert ("White_Bread", "partOf", "Rye_Yeast_Evolution") in readings(BREADS_ZH + "RYE 中 WB 很重要。\n")


def test_vs_between_two_unnamed_words_compares_those_words():
    # ClauseReader._between_unnamed: 'RYE on a Crumb vs Crust WB' compares crumb and crust, not RYE with WB;
    # 'RYE vs WB' and 'RYE versus WB' compare the names
    en = BREADS_EN
    assert not any(p == "comparedWith" for _, p, _ in readings(en + "Baking RYE on a Crumb vs Crust WB tray.\n"))
    assert ("Rye_Yeast_Evolution", "comparedWith", "White_Bread") in readings(en + "RYE versus WB\n")


def test_a_name_and_its_alias_are_never_related():
    # '老面包(RYE)' makes 老面包 a name of RYE; '老面包通过RYE…' then names one concept twice: no fact of it with itself
    got = readings(BREADS_ZH + "老面包(RYE)很香。老面包通过RYE进行发酵。\n")
    assert not {(s, p, o) for s, p, o in got if s == o}


def test_the_target_marker_after_an_adverb_still_marks_a_target():
    # '单独对 WB 使用 SD': 对 after an adverb marks WB as what 使用 works on, so WB is not what RYE introduces;
    # 对 inside a word of its own (对称, 对角: kg:NotTargetMarker) marks nothing, and the name stays the object
    rye_uses_wb = ("Rye_Yeast_Evolution", "uses", "White_Bread")
    assert rye_uses_wb not in readings(BREADS3_ZH + "RYE 引入了一种单独对 WB 使用 SD 的机制。\n")
    assert rye_uses_wb in readings(BREADS3_ZH + "RYE 使用对称的 WB 结构。\n")
    assert rye_uses_wb in readings(BREADS3_ZH + "RYE 使用具有对角纹路的 WB。\n")


def test_a_name_things_go_into_holds_no_part():
    # "把面粉放到 RYE 中 WB 烘烤": 到 … 中 says where the flour goes (kg:DestinationMarker), so what follows 中 is what is
    # done there, no part of RYE; with 的 after 中 ('加入到 RYE 中的 WB') the part is named
    assert ("White_Bread", "partOf", "Rye_Yeast_Evolution") not in readings(BREADS3_ZH + "直接把面粉放到 RYE 中 WB 烘烤。\n")
    assert ("White_Bread", "partOf", "Rye_Yeast_Evolution") in readings(BREADS3_ZH + "把 SD 加入到 RYE 中的 WB。\n")


def test_a_sentence_opening_with_a_pronoun_stays_about_what_the_pronoun_stood_for():
    # under '## RYE', 'This is another bread … a WB.' is about RYE; the next 'This …' is RYE again, not WB
    text = BREADS_EN + "SD (Sour Dough) is a bread too.\n\n## RYE\n\n"
    got = readings(text + "This is another bread that is used to make a WB. This is an extension to SD.\n")
    assert ("White_Bread", "relatedTo", "Sour_Dough") not in got
    assert ("Rye_Yeast_Evolution", "relatedTo", "Sour_Dough") in got


def test_a_dummy_it_before_an_infinitive_names_no_doer():
    # 'making it easier to use WB' (kg:ExpletiveObject): nobody named uses WB, not RYE before it
    got = readings(BREADS_EN + "For small kitchens, RYE might be simpler, potentially making it easier to use WB.\n")
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") not in got


def test_the_part_named_inside_a_whole_and_its_head_noun_is_what_is_replaced():
    # '将 WB 模块中的 SD 替换为 RYE': a head noun (模块) between the whole and 中的; RYE takes SD's place, not WB's
    got = readings(BREADS3_ZH + "在模块层面，作者即将WB模块中的SD替换为了RYE。\n")
    assert ("Rye_Yeast_Evolution", "replaces", "Sour_Dough") in got
    assert ("Rye_Yeast_Evolution", "replaces", "White_Bread") not in got


def test_a_pair_cue_before_de_describes_the_names_listed():
    # '与烘焙相关的 RYE、WB、SD': 相关 + 的 says the listed breads have to do with baking; it relates none of them
    # to another, while 'RYE、WB 和 SD 相关' does
    assert not readings(BREADS3_ZH + "- 扎实的基础：与烘焙相关的RYE、WB、SD\n")
    assert ("Rye_Yeast_Evolution", "relatedTo", "White_Bread") in readings(BREADS3_ZH + "RYE、WB 和 SD 相关。\n")


def test_an_enhanced_version_or_a_successor_improves_on_its_base():
    # '的增强版本', 'an enhanced version of', 'the successor to' say what '的改进版' and 'an improved version of' say
    assert ("Rye_Yeast_Evolution", "improvesOn", "White_Bread") in readings(BREADS_ZH + "RYE 是 WB 的增强版本，引入了酵母。\n")
    assert ("Rye_Yeast_Evolution", "improvesOn", "White_Bread") in readings(BREADS_EN + "RYE is an enhanced version of WB.\n")
    assert ("Rye_Yeast_Evolution", "improvesOn", "White_Bread") in readings(BREADS_EN + "RYE is the successor to WB.\n")


def test_a_sequence_of_whole_models_is_a_lineage():
    # 'AlexNet -> VGG -> ResNet' under another model's heading: models one after another are a history, not the
    # layers it is built from; a sequence with parts among its steps still reads (the lexicon's classes decide)
    defs = "CORN（Corn Oven Net）是一种视觉模型。\n\n"
    history = extract(defs + "## CORN\n\n回顾发展历程：AlexNet -> VGG -> ResNet，加深网络是有效的。\n", min_confidence=0)
    assert not any(s == "Corn_Oven_Net" for s, _, _, _ in history)
    steps = extract(defs + "## CORN\n\n结构：ResNet -> Dropout -> Softmax\n", min_confidence=0)
    assert ("Corn_Oven_Net", "uses", "Dropout", False) in steps


def test_a_basis_phrase_closed_by_de_before_a_name_is_an_unnamed_basis():
    # '基于石磨研磨的 WB': the basis is stone milling (no name kg knows) and WB the noun it describes, so RYE does not
    # use WB for it; a word before 的 only describes the name ('基于新的 WB': WB is the basis)
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") not in readings(BREADS_ZH + "RYE 基于石磨研磨的 WB 做成。\n")
    listed = BREADS_ZH + "## RYE\n\n* 对面包进行扩展，如 Alice 提出的基于石磨研磨的 WB 算法\n"
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") not in readings(listed)
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(BREADS_ZH + "RYE 基于新的 WB 做了改进。\n")


def test_a_tex_command_is_not_a_concept(matcher, vocab):
    # '\newcommand{\AVps}{…}' then '$\AVps$', '\FVps' again and again: commands a formula uses, never names
    text = (
        "\\newcommand{\\AVps}{\\hat{A}}\n\nIt fits a value function $\\FVps$ with a neural net. Then evaluate "
        "$\\AVps$ and $\\QVps$ and $\\AVps$ and \\FVps, \\QVps.\n"
    )
    assert not {label for label in labels(text, matcher, vocab) if label.endswith("Vps")}


def test_a_table_row_name_with_its_short_form_in_brackets_is_one_name(matcher, vocab):
    # '| Rye Yeast Evolution (RYE) | …' under a header ending in a head noun: the row names Rye Yeast Evolution,
    # RYE is its short form, and the cell is no label of its own
    table = "| 模型 | 说明 |\n| --- | --- |\n| Rye Yeast Evolution (RYE) | 使用酵母 |\n| White Bread（WB） | 使用面粉 |\n"
    found = labels(table, matcher, vocab)
    assert "Rye Yeast Evolution" in found and "White Bread" in found
    assert not any("(" in label or "（" in label for label in found)


def test_denying_a_single_one_denies_no_object():
    # '不再采用单一的 WB 或 SD，而是…' (kg:SingleQualifier): using one of them alone is denied, not WB or SD
    got = readings(BREADS3_ZH + "RYE 不再采用单一的 WB 或 SD，而是采用 WB 和 SD 的混合。\n")
    assert not {(s, p, o) for s, p, o in got if p == "doesNotUse"}
    assert ("Rye_Yeast_Evolution", "doesNotUse", "White_Bread") in readings(BREADS3_ZH + "RYE 不采用 WB。\n")


def test_an_item_written_as_a_citation_states_no_fact():
    # '1. Baker, S. & Miller, T. (2018). Estimation of RYE using WB. Journal …': a source's title, even outside
    # a 'References' section; the same words as a sentence of the notes still read
    cited = BREADS_EN + "**Oven Based Estimators**\n\n1. Baker, S. & Miller, T. (2018). RYE using WB. Journal of Bread, 113(523).\n"
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") not in readings(cited)
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(BREADS_EN + "1. RYE uses WB since 2018.\n")


def test_the_noun_before_a_participle_cue_is_what_it_says_is_used():
    # 'similar to the yeast correction used in WB': the correction is what WB uses, not RYE the sentence is about;
    # 'This was also derived from …' is a pronoun and its verb, and still reads
    text = (
        "At the start of baking, RYE reduces to plain dough, to overcome this, similar to the yeast correction used "
        "in WB, a dough target is corrected as follows:\n"
    )
    assert ("White_Bread", "uses", "Rye_Yeast_Evolution") not in readings(BREADS_EN + text)
    assert ("White_Bread", "uses", "Rye_Yeast_Evolution") in readings(BREADS_EN + "RYE is used in WB.\n")


def test_a_lesser_degree_before_a_cue_states_no_relation():
    # 'RYE … is less prone to overfitting' (kg:LesserDegree): less of it than something else, not that RYE causes it
    text = "Hence, RYE has much less water and is less prone to overfitting.\n"
    assert ("Rye_Yeast_Evolution", "causes", "Overfitting") not in readings(BREADS_EN + text)
    assert ("Rye_Yeast_Evolution", "causes", "Overfitting") in readings(BREADS_EN + "RYE is prone to overfitting.\n")


def test_a_name_wrapped_across_lines_is_one_name():
    # a soft line break inside a paragraph is a space: 'Fast\nR-CNN' names Fast R-CNN, not the R-CNN after the break
    got = readings("组合Fast R-CNN和YOLO，在Fast\nR-CNN上使用YOLO预测背景。\n")
    assert ("FastRCNN", "uses", "YOLO") in got and ("RCNN", "uses", "YOLO") not in got


def test_a_comparison_with_a_wh_clause_likens_what_is_done():
    # ClauseGuards.compares_a_clause: 'similar to how Rye Flour feeds the starter' likens a process, not Corn Bread to
    # Rye Flour; a clause that is a name and one verb ('similar to how Rye Flour works') still likens that name
    defs = CORN_RYE_YEAST_ZH
    facts = extract(defs + "Corn Bread is similar to how Rye Flour feeds the Yeast Powder.\n", min_confidence=0)
    assert not any(f[1] == "comparedWith" for f in facts)
    facts = extract(defs + "Corn Bread rises in a way similar to what Yeast Powder does to dough.\n", min_confidence=0)
    assert not any(f[1] == "comparedWith" for f in facts)
    facts = extract(defs + "Corn Bread is similar to how Rye Flour works.\n", min_confidence=0)
    assert ("Corn_Bread", "comparedWith", "Rye_Flour", False) in facts
    facts = extract(defs + "Corn Bread is similar to Rye Flour.\n", min_confidence=0)
    assert ("Corn_Bread", "comparedWith", "Rye_Flour", False) in facts


def test_an_acronym_and_the_name_it_spells_are_never_related():
    # Relator._spelled_out_pair: the notes make SFM and 'Slow Fermentation Method' two concepts (a heading each);
    # 'SFM is a kind of Slow Fermentation Method' names one thing twice, and relating the two says nothing. The
    # long form's facts with other names still read
    text = (
        "## SFM\n\nSFM bakes bread.\n\n## Slow Fermentation Method\n\nSFM is a kind of Slow Fermentation Method. "
        "Corn Bread uses Slow Fermentation Method.\n\n## Corn Bread\n\nCorn Bread is bread.\n"
    )
    facts = extract(text, min_confidence=0)
    assert not any({f[0], f[2]} == {"SFM", "Slow_Fermentation"} for f in facts)
    assert ("Corn_Bread", "uses", "Slow_Fermentation", False) in facts


def test_a_comparison_whose_other_side_is_an_unknown_name_compares_nothing_known():
    # ClauseGuards.unknown_side_before: under '# Corn Bread', '比较SFX和Rye Flour' compares SFX (a Latin word kg does
    # not know) with Rye Flour, not the section's bread; with both names known the two are compared
    defs = CORN_RYE_YEAST_ZH
    facts = extract(defs + "# Corn Bread\n\n## 2. 比较SFX和Rye Flour，说说什么情景下更好\n\n很好。\n", min_confidence=0)
    assert not any(f[1] == "comparedWith" for f in facts)
    facts = extract(defs + "# Corn Bread\n\n## 2. 比较Yeast Powder和Rye Flour\n\n很好。\n", min_confidence=0)
    assert ("Yeast_Powder", "comparedWith", "Rye_Flour", False) in facts


def test_a_word_holding_a_cue_shadows_it():
    # kg:CueHolder: in '如相关系数、Dropout、BatchNorm 等方法' the 相关 inside 相关系数 (the correlation coefficient, one name of
    # a list) relates nothing; 'Dropout 与 BatchNorm 相关' still does
    facts = extract("需要分析的技术，如相关系数、卡方检验、Dropout、BatchNorm、后验概率等方法。\n", min_confidence=0)
    assert not any(f[1] == "relatedTo" for f in facts)
    assert ("Dropout", "relatedTo", "BatchNorm", False) in extract("Dropout 与 BatchNorm 相关。\n", min_confidence=0)


def test_an_english_comparison_with_unnamed_models_at_a_named_place_compares_nothing():
    # ClauseGuards.unnamed_side_after, English branch: 'compared to all other breads on the Rye Flour list' compares
    # with breads kg cannot name; Rye Flour is where, not a side. 'compared to other breads such as Rye Flour' and
    # 'compared to Rye Flour on …' still compare
    defs = CORN_RYE_ZH
    text = "Corn Bread is the best-rising open model compared to all other models on the Rye Flour leaderboard.\n"
    assert not any(f[1] == "comparedWith" for f in extract(defs + text, min_confidence=0))
    for kept in ("Corn Bread rises more compared to other models such as Rye Flour.\n", "Corn Bread is faster compared to Rye Flour on ovens.\n"):
        assert ("Corn_Bread", "comparedWith", "Rye_Flour", False) in extract(defs + kept, min_confidence=0)


def test_improving_a_measure_on_names_is_not_being_better_than_them():
    # ClauseReader._measure_after: 'Corn Bread significantly improves Rye Flour and Yeast Powder performance' raises a
    # measure (kg:AttributeNoun) taken on them; Corn Bread is better than neither. 'improves on Rye Flour' still is
    defs = CORN_RYE_YEAST_ZH
    text = "Corn Bread training significantly improves Rye Flour and Yeast Powder performance.\n"
    assert not any(f[1] == "improvesOn" for f in extract(defs + text, min_confidence=0))
    # a score is such a measure ('fine-tuning improves the summarization score')
    scored = "Corn Bread training significantly improves the Rye Flour score.\n"
    assert not any(f[1] == "improvesOn" for f in extract(defs + scored, min_confidence=0))
    assert ("Corn_Bread", "improvesOn", "Rye_Flour", False) in extract(defs + "Corn Bread improves on Rye Flour.\n", min_confidence=0)


def test_a_pronoun_after_an_unnamed_approach_built_of_names_is_not_those_names():
    # Relator._first_name_modifies_unknown: 'this post introduces an approach combining Yeast Powder and Baking Soda …
    # This replaces the traditional Corn Bread': 'this' is the approach, a noun kg does not know, not Yeast Powder.
    # Introduced by name ('introduces Yeast Powder and Baking Soda'), the first name is what the pronoun stands for
    defs = "玉米面包（Corn Bread）是一种面包。黑麦粉（Rye Flour）是一种面粉。酵母粉（Yeast Powder）是一种发酵剂。小苏打（Baking Soda）也是一种发酵剂。\n\n"
    tail = " for baking, which serve as a base for Rye Flour. This replaces the traditional Corn Bread.\n"
    text = "To address this issue, this post introduces an approach combining Yeast Powder and Baking Soda" + tail
    assert not any(f[1] == "replaces" for f in extract(defs + text, min_confidence=0))
    text = "To address this issue, this post introduces Yeast Powder and Baking Soda" + tail
    assert ("Yeast_Powder", "replaces", "Corn_Bread", False) in extract(defs + text, min_confidence=0)


def test_a_name_after_comma_and_with_a_verb_opens_a_new_clause():
    # Relator._new_clause_subject (kg:FiniteAuxiliary): in 'Corn Bread makes more headlines compared to Rye Flour, and
    # Yeast Powder might slow it down', Yeast Powder is the subject of a new clause, not a second side compared
    defs = CORN_RYE_YEAST_ZH
    text = "Corn Bread is making more headlines compared to Rye Flour, and Yeast Powder might have the effect of slowing it.\n"
    facts = extract(defs + text, min_confidence=0)
    assert ("Corn_Bread", "comparedWith", "Rye_Flour", False) in facts
    assert not any("Yeast_Powder" in (f[0], f[2]) for f in facts if f[1] == "comparedWith")


def test_a_name_modifying_a_noun_with_a_purpose_does_not_do_the_purpose():
    # ClauseReader._modifies_latin_noun, the infinitive branch: 'a Corn Bread tutorial to implement a Rye Flour model'
    # is a tutorial's purpose; Corn Bread uses nothing. Without an article before the name, or with a verb after it
    # ('Corn Bread needs to use', 'the Corn Bread managed to use'), the name still does the verb
    defs = CORN_RYE_ZH
    assert extract(defs + "This is a Corn Bread tutorial to implement a Rye Flour model.\n", min_confidence=0) == []
    for kept in ("Corn Bread needs to use Rye Flour.\n", "In tests the Corn Bread managed to use Rye Flour.\n"):
        assert ("Corn_Bread", "uses", "Rye_Flour", False) in extract(defs + kept, min_confidence=0)


def test_a_name_said_to_be_the_same_before_a_comma_is_compared_with_nothing():
    # ClauseGuards.predicated_alone: '（两处的 Yeast Powder 相同，Rye Flour 相同，但意义不同）' says each is the same in two
    # places; Yeast Powder is not compared with Rye Flour. '与 Yeast Powder 相同，Rye Flour …' (a frame) and
    # 'Yeast Powder 与 Rye Flour 相同' still compare
    defs = "黑麦粉（Rye Flour）是一种面粉。酵母粉（Yeast Powder）是一种发酵剂。\n\n"
    text = "两者的区别在于位置（两处的Yeast Powder相同，Rye Flour相同，但显然意义不同）。\n"
    assert not any(f[1] == "comparedWith" for f in extract(defs + text, min_confidence=0))
    for kept in ("与 Yeast Powder 相同，Rye Flour 也很好。\n", "Yeast Powder 与 Rye Flour 相同。\n"):
        facts = extract(defs + kept, min_confidence=0)
        assert any(f[1] == "comparedWith" and {f[0], f[2]} == {"Yeast_Powder", "Rye_Flour"} for f in facts)


def test_the_authors_implementing_a_name_is_no_fact_about_the_topic():
    # ClauseGuards.writer_builds (kg:BuildVerb): under '# Corn Bread', 'we can implement a Rye Flour model using …' has
    # the authors write code; Corn Bread uses nothing. A pronoun for the topic ('It implements Rye Flour') still reads
    defs = CORN_RYE_ZH
    text = "# Corn Bread\n\nNow, we can implement a Rye Flour model using one of the following approaches:\n"
    assert extract(defs + text, min_confidence=0) == []
    assert extract(defs + "# Corn Bread\n\nWe implemented Rye Flour.\n", min_confidence=0) == []
    assert ("Corn_Bread", "uses", "Rye_Flour", False) in extract(defs + "# Corn Bread\n\nIt implements Rye Flour.\n", min_confidence=0)


def test_chinese_implement_is_no_use():
    # 实现 is no kg:uses cue: 'PyTorch 实现 ELMo' (ELMo written in PyTorch), '通过小卷积核实现了降维' (achieves a goal);
    # neither names what is built with what
    defs = CORN_RYE_ZH
    assert extract(defs + "Corn Bread 实现 Rye Flour 文本分类。\n", min_confidence=0) == []
    assert extract(defs + "# Corn Bread\n\n它实现了 Rye Flour。\n", min_confidence=0) == []


def test_a_count_of_names_does_not_do_the_verb():
    # ClauseGuards.counted_subject (kg:QuantityWord): 'The number of loaves, Corn Bread and rolls is computed using Rye
    # Flour' makes the count the subject; Corn Bread uses nothing. So too 'Corn Bread 的数量…'. A clause after a
    # count's own ('The number of loaves grows, Corn Bread uses Rye Flour') still reads
    defs = CORN_RYE_ZH
    assert extract(defs + "The number of loaves, Corn Bread and rolls is computed using the Rye Flour method.\n", min_confidence=0) == []
    assert extract(defs + "Corn Bread 的数量使用 Rye Flour 计算。\n", min_confidence=0) == []
    kept = extract(defs + "The number of loaves grows, Corn Bread uses Rye Flour.\n", min_confidence=0)
    assert ("Corn_Bread", "uses", "Rye_Flour", False) in kept


def test_a_pronoun_after_an_instead_of_frame_is_the_name_after_it():
    # kg:ComparisonFrame 'instead of': 'Instead of using a fixed Yeast Powder for each loaf, Corn Bread looks at … It uses
    # Rye Flour': 'it' is Corn Bread, the name after the frame, not Yeast Powder
    defs = CORN_RYE_YEAST_ZH
    text = "Instead of using a fixed Yeast Powder for each loaf, Corn Bread looks at the whole dough first. It uses Rye Flour.\n"
    facts = extract(defs + text, min_confidence=0)
    assert ("Corn_Bread", "uses", "Rye_Flour", False) in facts
    assert ("Yeast_Powder", "uses", "Rye_Flour", False) not in facts


def test_a_name_not_needed_to_do_something_does_not_do_it():
    # ClauseGuards.unneeded_for (kg:NotNeeded before the name): 'we don't need an entire Corn Bread to adopt Rye Flour'
    # says nothing adopts it; 'we need Yeast Powder to reduce Collapse'-shaped sentences still read
    defs = CORN_RYE_ZH
    text = "It turns out we don't need an entire Corn Bread to adopt Rye Flour for most tasks.\n"
    assert extract(defs + text, min_confidence=0) == []
    assert ("Corn_Bread", "uses", "Rye_Flour", False) in extract(defs + "We need Corn Bread to adopt Rye Flour.\n", min_confidence=0)


def test_a_cue_inside_a_longer_word_is_no_verb():
    # RelatorBase._inside_word: 'the widely-used WB' (a cue glued by a hyphen after an adverb) and '选择性' (a
    # cue the word list cuts as one word with a kg:NounSuffix) are adjectives; '带来性能' keeps its verb (性能 is a word)
    en = BREADS_EN + "## RYE\n\n"
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") not in readings(en + "We discuss the historical RYE and the widely-used WB.\n")
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(en + "RYE commonly uses WB.\n")
    zh = BREADS_ZH + "## RYE\n\n"
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") not in readings(zh + "RYE 通常是选择性 WB。\n")
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(zh + "RYE 选择 WB。\n")


def test_the_object_marker_after_a_verb_and_before_a_spelled_out_acronym_marks_what_is_replaced():
    # Relator._marked_object: '提出将 A 替换为 B' (将 cut as its own word after 提出) and '将老面包RYE替换为 WB' (the
    # acronym glued after its Chinese name, which kg does not know): B replaces A; the sentence's subject makes
    # the change, it is not what is replaced; '即将' (about to) is no marker
    zh = BREADS3_ZH + "## SD\n\n"
    for sentence in ("SD提出将 RYE 替换为 WB", "SD提出将老面包RYE替换为 WB", "SD将老面包RYE替换为 WB"):
        found = readings(zh + sentence + "，从而减少烘烤时间。\n")
        assert ("White_Bread", "replaces", "Rye_Yeast_Evolution") in found, sentence
        assert ("White_Bread", "replaces", "Sour_Dough") not in found, sentence


def test_a_participle_after_a_plain_noun_describes_the_noun_not_the_implied_subject():
    # Relator._participle_of_unknown_noun: 'They bake as well as alternatives based on WB' (no name before the cue):
    # the alternatives are based on WB, not RYE, whom 'they' stands for; 'it used WB' (a pronoun), 'N blocks
    # based on WB' (a kg:PartNoun, RYE's own blocks) and 'they are based on WB' keep the reading
    en = BREADS_EN + "## RYE\n\nRYE is a bread. "
    uses = ("Rye_Yeast_Evolution", "uses", "White_Bread")
    assert uses not in readings(en + "They bake as well as alternatives based on WB.\n")
    assert uses in readings(en + "They are based on WB.\n")
    assert uses in readings(en + "Then it used WB.\n")
    assert uses in readings(BREADS_EN + "## RYE\n\n- N blocks based on WB.\n")


def test_a_clause_opening_with_the_verb_shares_a_persons_subject_after_it():
    # Relator.person_does_opening_verb: 'Using WB, we bake …' and '使用 WB，我们可以…': the authors use WB, not the
    # section's RYE; 'Using WB, RYE bakes' names its doer, and '由 WB 组成，我们…' (a passive frame) stays the topic's
    en = BREADS_EN + "## RYE\n\n"
    uses = ("Rye_Yeast_Evolution", "uses", "White_Bread")
    assert uses not in readings(en + "Using WB, we give the dough a better crust.\n")
    assert uses in readings(en + "Using WB, RYE gets a better crust.\n")
    zh = BREADS_ZH + "## RYE\n\n"
    assert uses not in readings(zh + "使用 WB，我们可以得到更好的面包皮。\n")
    assert ("White_Bread", "partOf", "Rye_Yeast_Evolution") in readings(zh + "RYE：由 WB 组成，我们尝试不同的烤法。\n")


def test_an_unnamed_thing_moved_into_a_name_leaves_the_name_a_destination():
    # Relator.unnamed_marked: '通过 RYE 将香气引入 WB' (brings the aroma into WB through RYE): WB is where the aroma
    # goes, nothing uses it; '将 RYE 引入 WB' (a name marked) still says WB uses RYE
    zh = BREADS_ZH + "## 面包\n\n"
    found = readings(zh + "然后通过 RYE 将香气引入 WB。\n")
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") not in found
    assert ("White_Bread", "uses", "Rye_Yeast_Evolution") in readings(zh + "然后将 RYE 引入 WB。\n")


def test_the_passive_marker_before_a_cue_marks_what_is_moved():
    # Relator.passive_patient, kg:PassiveMarker: 'SD（老面包）在烘烤时被加入 WB' is '将 SD 加入 WB': WB uses SD, not the reverse
    zh = BREADS3_ZH + "## 面包\n\n"
    found = readings(zh + "SD（一种老面包）在烘烤时被加入 WB，面包师通过它区分口味。\n")
    assert ("White_Bread", "uses", "Sour_Dough") in found
    assert ("Sour_Dough", "uses", "White_Bread") not in found


def test_an_unknown_latin_name_before_a_comparison_marker_is_the_side_compared():
    # Relator.unknown_name_side: under '### 酥脆测试', '- **RYE_LARGE**比 WB 高出 8%' compares RYE_LARGE (a name kg does
    # not know) with WB; the heading is no side. Under '## RYE', '- 其表现比 WB 好' still compares RYE
    zh = BREADS_ZH + "## SD\n\n### 酥脆测试\n\n"
    found = readings(zh + "- **RYE_LARGE**比 WB 高出 8%。\n")
    assert not any(p in ("comparedWith", "improvesOn") and o == "White_Bread" for s, p, o in found)
    assert ("Rye_Yeast_Evolution", "improvesOn", "White_Bread") in readings(BREADS_ZH + "## RYE\n\n- 其表现比 WB 好。\n")


def test_names_in_a_bracket_remarking_on_an_unnamed_object_are_no_objects():
    # Relator.remark_in_bracket: '将一些面团替换成crumb(一部分是WB,…)' replaces dough with crumb, a word kg does not
    # know; the bracket remarks on the crumb, so WB replaces nothing and RYE uses no WB. A bracket that gives an
    # example ('（如 WB）') or another name ('（简称WB）') still names the object
    zh = BREADS3_ZH + "## 面包\n\n"
    found = readings(zh + "RYE 中的做法是将一些面团替换成crumb(一部分是WB,一部分保持不变)，然后烘烤。\n")
    assert not any(p == "replaces" for s, p, o in found)
    check_readings(
        zh,
        ("Rye_Yeast_Evolution", "uses", "White_Bread"),
        absent=["RYE 使用一种酵母（其中一部分是 WB）。\n"],
        present=["RYE 使用一种酵母（如 WB）。\n", "RYE 使用一种酵母（简称WB）。\n"],
    )


def test_a_difference_that_is_computed_compares_nothing():
    # Relator.measured_difference, kg:MeasureVerb: 'minimizes the difference between RYE and WB crusts' computes a
    # quantity; 'the difference between RYE and WB is …' and 'RYE 和 WB 之间的差异在于…' still compare them
    compared = ("Rye_Yeast_Evolution", "comparedWith", "White_Bread")
    check_readings(
        BREADS_EN + "## Breads\n\n",
        compared,
        absent=[
            "The baker minimizes the difference between RYE and WB crusts.\n",
            "A scale is used to measure the difference between RYE and WB.\n",
        ],
        present=["The difference between RYE and WB is the crust.\n"],
    )
    zh = BREADS_ZH + "## 面包\n\n"
    check_readings(zh, compared, absent=["训练时最小化 RYE 和 WB 之间的差异。\n"], present=["RYE 和 WB 之间的差异在于面包皮。\n"])
    assert not any(p == "comparedWith" for s, p, o in readings(zh + "面包师提供了一个衡量 RYE 与 WB 差异的标准。\n"))


def test_a_bracket_right_after_a_comparison_cue_glosses_it_and_names_no_side():
    # Relator._read_pair_cue: '同一块面团的 RYE 对比（SD 酵母）' says with which yeast the comparison was made; SD is no
    # side. 'RYE 对比 SD' still compares the two, and 'RYE 和 WB 的对比（…）' keeps its sides before the cue
    zh = BREADS3_ZH + "## 面包\n\n"
    assert not any(o == "Sour_Dough" for s, p, o in readings(zh + "同一块面团的 RYE 对比（SD 酵母）：\n"))
    assert ("Rye_Yeast_Evolution", "comparedWith", "Sour_Dough") in readings(zh + "RYE 对比 SD：\n")
    assert ("Rye_Yeast_Evolution", "comparedWith", "White_Bread") in readings(zh + "RYE 和 WB 的对比（SD 面粉）：\n")


def test_the_first_item_of_a_labelled_list_is_not_what_the_whole_list_is_about():
    # Relator._label_focus: under a bold label ('**Improvements**') each numbered item opens with its own label; the
    # first item's name (RYE) is not the subject of '2. Add a crumb layer: similar to …'. A block that opens with a
    # name's label still speaks about that name
    en = BREADS_EN + "## Bakery\n\n"
    listed = "**Improvements**\n1. RYE: helped a bit with the crust;\n2. Add a crumb layer: similar to the crust of WB;\n"
    assert not any(p == "comparedWith" for s, p, o in readings(en + listed))
    compared = ("Rye_Yeast_Evolution", "comparedWith", "White_Bread")
    assert compared in readings(en + "RYE: the crust is crisp; similar to WB.\n")


def test_names_joined_by_a_plus_after_a_comparison_cue_are_one_side():
    # Relator._read_pair_cue: '这种面包可以看作是两者的结合，类似 RYE + WB' likens the bread to the sum of the two; RYE and
    # WB are not compared with each other. 'RYE 与 WB 类似' still compares them
    check_readings(
        BREADS3_ZH + "## 面包\n\n",
        ("Rye_Yeast_Evolution", "comparedWith", "White_Bread"),
        absent=["这种面包可以看作是两者的结合，类似 RYE + WB。\n"],
        present=["RYE 与 WB 类似。\n"],
    )


def test_a_chinese_name_ending_inside_an_everyday_word_is_not_there():
    # base._straddles_word: '引入上下文感知的酵母表示' (yeast representations) holds 酵母表 only as 酵母 + 表示 (to
    # represent): the name's last character makes an everyday word with the next. '引入…的酵母表。' names it
    check_readings(
        "RYE（Rye Yeast Evolution）是一种面包。酵母表（Yeast Table）是一种面包工具。\n\n## 面包\n\n",
        ("Rye_Yeast_Evolution", "uses", "Yeast_Table"),
        absent=["RYE 首次引入上下文感知的酵母表示。\n", "RYE 引入酵母表示方法。\n"],
        present=["RYE 首次引入上下文感知的酵母表。\n"],
    )


def test_an_item_labelled_as_a_solution_states_no_use_by_the_topic():
    # Relator._span_label, kg:RemedyLabel: under '## RYE', '* solution：减少烘烤时间，使用 WB' says WB remedies RYE's
    # drawback, not that RYE uses WB; an item labelled with another generic word ('特点：') still speaks of RYE
    check_readings(
        BREADS_ZH + "## RYE\n\n",
        ("Rye_Yeast_Evolution", "uses", "White_Bread"),
        absent=["* 缺点：面包太硬。\n* solution：减少烘烤时间，使用 WB\n"],
        present=["* 特点：减少烘烤时间，使用 WB\n"],
    )


def test_a_name_hyphened_after_a_capitalised_word_is_the_tail_of_a_longer_name():
    # base._capital_hyphen_prefix: 'the Sour-White Bread loaf' (as 'the Beta-Bernoulli model') names a loaf of its
    # own kind; White Bread alone does nothing there. A known name before the hyphen still joins two names
    check_readings(
        BREADS_EN + "## Breads\n\n",
        ("White_Bread", "uses", "Rye_Yeast_Evolution"),
        absent=["An example for the Sour-White Bread loaf is below, which uses RYE.\n"],
        present=["An example for the White Bread loaf is below, which uses RYE.\n"],
    )


def test_the_owner_of_what_a_cue_acts_on_is_not_its_doer():
    # ClauseGuards.owner_in_object: under '## RYE', '解决 RYE 的过拟合问题，通常是使用 WB' names RYE as what has the
    # problem; RYE neither remedies it nor uses the remedy. Without the owner, the topic still does both
    for fact in [("Rye_Yeast_Evolution", "mitigates", "Overfitting"), ("Rye_Yeast_Evolution", "uses", "White_Bread")]:
        check_readings(
            BREADS_ZH + "## RYE\n\n",
            fact,
            absent=["解决 RYE 的过拟合问题，通常是使用 WB。\n"],
            present=["解决过拟合问题，通常是使用 WB。\n"],
        )
    check_readings(
        BREADS_EN + "## RYE\n\n",
        ("Rye_Yeast_Evolution", "mitigates", "Overfitting"),
        absent=["Usually it addresses the overfitting of RYE.\n"],
        present=["Usually it addresses the overfitting of WB.\n"],
    )


def test_a_verb_after_and_with_an_auxiliary_keeps_the_first_verbs_subject():
    # ClauseGuards._coordinated_auxiliary: 'RYE is built on WB and can provide another way to address overfitting'
    # joins a second verb phrase of RYE ('and can …'); WB, the first verb's object, addresses nothing there
    text = "RYE is built on WB and can provide another way to address overfitting.\n"
    check_readings(BREADS_EN + "## Breads\n\n", ("White_Bread", "mitigates", "Overfitting"), absent=[text])
    check_readings(BREADS_EN + "## Breads\n\n", ("Rye_Yeast_Evolution", "mitigates", "Overfitting"), present=[text])
    # a phrase may close the first verb's object before 'and is': WB is still no doer of the second phrase
    text = "This bread is from the RYE paper and uses the ideas from deep WB in the oven domain and is a method based on the SD.\n"
    en = "RYE (Rye Yeast Evolution), WB (White Bread) and SD (Sour Dough) are breads.\n\n## Breads\n\n"
    check_readings(en, ("White_Bread", "uses", "Sour_Dough"), absent=[text])


def test_a_glossed_name_in_a_likeness_phrase_is_not_the_object():
    # ClauseGuards._relative_clause, GLOSS_AFTER: 'RYE 采用了与 WB（White Bread）相似的策略' uses a strategy like WB's;
    # the bracket glosses WB and the likeness phrase goes on after it, as it does without the bracket
    check_readings(
        BREADS_ZH + "## 面包\n\n",
        ("Rye_Yeast_Evolution", "uses", "White_Bread"),
        absent=["RYE 采用了与 WB（White Bread）相似的策略。\n", "RYE 采用了与 WB 相似的策略。\n"],
        present=["RYE 采用了 WB（White Bread）。\n"],
    )


def test_latin_words_opening_a_chinese_clause_are_its_subject():
    # Relator._unnamed_subject, LATIN_PHRASE_SUBJECT: '而Soft white loaf 则是利用 WB' opens the clause with a name kg
    # does not know, though its first word is an everyday one; the sentence's first name does not use WB
    check_readings(
        BREADS_ZH + "## 面包\n\n",
        ("Rye_Yeast_Evolution", "uses", "White_Bread"),
        absent=["RYE V2 的任务是使用面粉进行bake，而Soft white loaf 则是利用WB (White Bread ) 计算。\n"],
        present=["RYE V2 的任务是使用面粉进行bake，而 RYE 则是利用WB (White Bread ) 计算。\n"],
    )


def test_names_after_a_pronoun_object_and_a_preposition_are_not_the_verbs_object():
    # Relator._objects_after, PRONOUN_OBJECT: 'RYE applies it to WB' applies something else to WB; RYE uses
    # 'it', not WB. With the name as the object ('applies WB to the dough') RYE uses WB
    check_readings(
        BREADS_EN + "## Breads\n\n",
        ("Rye_Yeast_Evolution", "uses", "White_Bread"),
        absent=["RYE applies it to WB.\n", "RYE applies them on WB.\n"],
        present=["RYE applies WB to the dough.\n", "RYE uses it with WB.\n"],
    )


def test_which_after_a_kind_phrase_refers_to_the_member_not_the_kind():
    # ClauseGuards._relative_after_kind: 'SD is a general class of RYE loaves, which combines WB and flour': the
    # relative clause describes SD, the member; RYE, the kind, combines nothing. Without the kind phrase 'which'
    # is still the last name
    text = "SD is a general class of RYE loaves, which combines WB and flour.\n"
    check_readings(
        BREADS3_ZH + "## 面包\n\n",
        ("Rye_Yeast_Evolution", "uses", "White_Bread"),
        absent=[text],
        present=["SD is sold next to RYE loaves, which combines WB and flour.\n"],
    )
    check_readings(BREADS3_ZH + "## 面包\n\n", ("Sour_Dough", "uses", "White_Bread"), present=[text])


def test_a_name_after_a_use_verb_and_to_is_where_the_object_goes():
    # Relator._objects_after, DESTINATION_AFTER: 'a change that I added to the WB recipe' adds something to WB; the
    # change does not use WB. 'RYE added WB to the dough' still uses WB
    check_readings(
        BREADS_EN + "## Breads\n\n",
        ("Rye_Yeast_Evolution", "uses", "White_Bread"),
        absent=["This RYE is a small change that I added to the WB recipe.\n", "RYE integrates into WB.\n"],
        present=["RYE added WB to the dough.\n"],
    )


def test_a_verb_inside_a_likeness_frame_is_what_is_compared():
    # ClauseGuards.verb_in_likeness_frame: under '如何使用 RYE？', '和使用 WB 一样，只需要换掉面粉' says RYE is used the way
    # WB is; RYE does not use WB. A clause that opens with the verb itself still reads under the question
    check_readings(
        BREADS_ZH + "**Q: 如何使用 RYE？**\n\n",
        ("Rye_Yeast_Evolution", "uses", "White_Bread"),
        absent=["A: 和使用 WB 一样，只需要换掉面粉就能使用了。\n"],
        present=["A: 使用 WB，只需要换掉面粉就能使用了。\n"],
    )


def test_a_name_before_shang_opening_a_clause_is_where_the_work_is_done():
    # ClauseGuards.on_setting: 'WB 2018上的面包烘烤任务，并使用 SD' (as 'CMRC 2018上的…任务蒸馏') names the data set the
    # work is done on; WB does not use SD. A name that does the verb ('WB 烘烤面包，并使用 SD') still does
    check_readings(
        BREADS3_ZH + "## 面包\n\n",
        ("White_Bread", "uses", "Sour_Dough"),
        absent=["* 示例 (中文): WB 2018上的面包烘烤任务，并使用 SD 做增强。\n", "* 示例 (中文): WB(白面包)任务上，使用 SD 做增强。\n"],
        present=["* 示例 (中文): WB 烘烤面包，并使用 SD 做增强。\n"],
    )


def test_a_cue_closed_by_shi_is_a_time_phrase_with_no_named_doer():
    # ClauseGuards.cue_in_when_phrase: 'RYE 越来越硬, 使用 WB 进行烘烤时很难…' says 'when one bakes with WB'; RYE, the
    # clause before's subject, does not use WB. Without 时 the clause goes on with RYE
    check_readings(
        BREADS_ZH + "## 面包\n\n",
        ("Rye_Yeast_Evolution", "uses", "White_Bread"),
        absent=["RYE 越来越硬, 使用 WB 进行烘烤时很难获得好的口感。\n"],
        present=["RYE 越来越硬, 使用 WB 进行烘烤。\n"],
    )


def test_a_verb_phrase_after_an_enumeration_comma_keeps_the_subject():
    # PARALLEL_VERB_GAP: 'RYE 使用 WB 做底、使用 SD 调味' lists two verb phrases of RYE (as '并使用' would); WB, the
    # first verb's object, does not use SD
    text = "RYE 使用 WB 做底、都使用 SD 调味。\n"
    check_readings(BREADS3_ZH + "## 面包\n\n", ("White_Bread", "uses", "Sour_Dough"), absent=[text, text.replace("都", "")])
    check_readings(BREADS3_ZH + "## 面包\n\n", ("Rye_Yeast_Evolution", "uses", "Sour_Dough"), present=[text, text.replace("都", "")])


def test_a_pronoun_does_not_stand_for_a_name_after_the_clause_subject():
    # ClauseGuards._not_first_subject: in 'Once KNEAD has shaped a RYE loaf…, it uses WB' (as 'Once SEATS has identified an
    # ARIMA model…, it uses the WK filter') the clause before is about KNEAD, a name kg does not know, or 'the baker';
    # RYE is what it shaped, and 'it' is not RYE. When RYE opens the clause, 'it' is RYE
    check_readings(
        BREADS_EN,
        ("Rye_Yeast_Evolution", "uses", "White_Bread"),
        absent=[
            "Once KNEAD has shaped a RYE loaf for each batch, it uses WB to finish the crust.\n",
            "Once the baker has shaped a RYE loaf for each batch, it uses WB to finish the crust.\n",
        ],
        present=["Once RYE has been shaped for each batch, it uses WB to finish the crust.\n"],
    )


def test_a_comparison_with_an_unknown_name_compares_nothing_after_the_cue():
    # ClauseGuards.unknown_partner_before: 'Pumpernickel 与 RYE 的区别就是在 WB 中…' (as 'Mixtral 8x7B与LLaMA模型的区别就是在
    # attention计算中…') compares RYE with Pumpernickel, a name kg does not know; WB is where the difference lies
    check_readings(
        BREADS3_ZH,
        ("Rye_Yeast_Evolution", "comparedWith", "White_Bread"),
        absent=["Pumpernickel 8x 与 RYE 面包的区别就是在 WB 的烘烤中加入了黑麦。\n"],
    )
    check_readings(
        BREADS3_ZH,
        ("Sour_Dough", "comparedWith", "Rye_Yeast_Evolution"),
        present=["SD 与 RYE 面包的区别就是在 WB 的烘烤中加入了黑麦。\n"],
    )


def test_a_list_after_a_cue_and_a_problem_noun_lists_problems_not_objects():
    # LayoutReader._open_cue: 'RYE 与 WB 结合会存在如下两个问题：' (as 'DL与RL结合会存在如下四个问题：') opens a list of the
    # problems combining them brings (kg:ProblemNoun closes the lead); the items are not what is combined
    items = "\n\n1. SD 太酸\n2. 面包太硬\n"
    for fact in [("White_Bread", "uses", "Sour_Dough"), ("Rye_Yeast_Evolution", "uses", "Sour_Dough")]:
        check_readings(BREADS3_ZH, fact, absent=["RYE 与 WB 结合会存在如下两个问题：" + items])
    check_readings(BREADS3_ZH, ("Rye_Yeast_Evolution", "uses", "Sour_Dough"), present=["RYE 结合了两种面包：" + items])


def test_a_list_after_a_bare_agent_marker_is_no_list_of_parts():
    # LayoutReader._open_cue with kg:AgentMarker: '有一些由简至繁的模型:' (models from simple to complex) opens a list of
    # models, not of what the subject is made of; '由以下部分组成:' (with kg:CompositionVerb) still does
    from kg.pipeline import extract

    items = "\n* BN\n* LN\n"
    assert extract("# Notes\n\nResNet 有一些由简至繁的模型:" + items, min_confidence=0.0) == []
    assert ("BatchNorm", "partOf", "ResNet", False) in extract("# Notes\n\nResNet 由以下部分组成:" + items)


def test_capitals_opening_an_everyday_word_mark_acronym_letters(matcher, vocab):
    # CommonWords.is_common: 'SAmple' in 'Graph SAmple and aggreGatE' is the everyday word 'sample' with the letters
    # GraphSAGE takes in capitals; a name whose capitals mark its own acronym ('GloVe', 'RoPE') stays a name
    from kg.extraction.mentions import common_words

    words = common_words()
    assert words.is_common("SAmple") and words.is_common("DEtection")
    assert not words.is_common("GloVe") and not words.is_common("RoPE") and not words.is_common("XGBoost")
    text = "## 面包烘焙\n\nBakeSAGE 取自 Bake SAmple and bake, SAmple指如何对面包进行采样。\n"
    assert "SAmple" not in labels(text, matcher, vocab)


def test_a_contrast_between_an_owned_name_and_a_bare_one_contrasts_the_owned_one():
    # LayoutReader._owned_side: 'RYE 的 WB 是白的，而 SD 是酸的' (as 'Q-learning的行为策略就是…，而目标策略就是…')
    # contrasts RYE's WB with SD, not RYE; when both sides are owners ('RYE 的面包…，而 SD 的面包…') the owners are
    check_readings(
        BREADS3_ZH,
        ("Rye_Yeast_Evolution", "comparedWith", "Sour_Dough"),
        absent=["RYE 的 WB 是白的，而 SD 是酸的。\n"],
        present=["RYE 的面包是白的，而 SD 的面包是酸的。\n"],
    )
    check_readings(BREADS3_ZH, ("White_Bread", "comparedWith", "Sour_Dough"), present=["RYE 的 WB 是白的，而 SD 是酸的。\n"])


def test_names_a_plot_draws_against_each_other_are_not_compared():
    # ClauseGuards.plotted_axes: 'A plot of RYE vs WB' (as '{alt='Plot of RMSE vs epochs …'}') and 'the RYE vs WB curve'
    # put one against the other as axes (kg:PlotNoun); 'RYE vs WB' alone compares them
    check_readings(
        BREADS_EN,
        ("Rye_Yeast_Evolution", "comparedWith", "White_Bread"),
        absent=["A plot of RYE vs WB for each batch.\n", "The RYE vs WB curve for each batch.\n", "The chart plots RYE vs WB.\n"],
        present=["RYE vs WB for each batch.\n"],
    )


def test_a_two_character_chinese_name_one_note_made_is_a_name_only_in_that_note(tmp_path):
    # everyday_name with LOCAL_CJK_CHARS: one baker's heading '## 醒发' (proofing; as '采样', '度量', '调参') is a
    # word of the language however rare in the word list; another note writing it means the activity. A longer
    # coined name ('醒发箱') stays a name in every note
    from kg.extraction.mentions import common_words, everyday_name

    common = common_words()
    assert common.zipf_zh("醒发") < common.ZH_LOCAL and everyday_name("醒发", common)
    assert not everyday_name("醒发箱", common) and not everyday_name("SD", common)
    read = facts_of_two_notes(
        tmp_path,
        "# 面包\n\n## 醒发\n\n- 醒发需要醒发箱。\n\n## 醒发箱\n\n- 醒发箱控制温度。\n",
        "# 蛋糕\n\n## 黄油蛋糕\n\n- 黄油蛋糕使用醒发箱。\n- 黄油蛋糕使用醒发。\n",
    )
    assert ("黄油蛋糕", "uses", "醒发箱") in read
    assert ("黄油蛋糕", "uses", "醒发") not in read


def test_a_three_character_everyday_word_one_note_bolded_is_a_name_only_in_that_note(tmp_path):
    # CommonWords.ZH_LOCAL: one baker's bold '**面包店**' (bakery, 3.4 in the word list; as '**上下文**', context, 3.3)
    # is that note's emphasis; in another note the word is prose, and reading it as the concept there gives facts
    # nobody wrote ('黄油蛋糕使用面包店的烤箱' says where the oven is, not that the cake uses the bakery)
    from kg.extraction.mentions import CommonWords, common_words, everyday_name

    common = common_words()
    assert CommonWords.ZH_LOCAL <= common.zipf_zh("面包店") < 3.5 and everyday_name("面包店", common)
    read = facts_of_two_notes(
        tmp_path,
        "# 面包\n\n## 醒发箱\n\n- 在**面包店**里，醒发箱控制温度。\n- 醒发箱使用**面包店**。\n",
        "# 蛋糕\n\n## 黄油蛋糕\n\n- 黄油蛋糕使用面包店。\n",
    )
    assert ("黄油蛋糕", "uses", "面包店") not in read


def test_an_everyday_word_glossed_by_everyday_words_names_nothing():
    # mentions._everyday_gloss: '面包店(bread shop)' (as '上下文(context word)') translates a word of the language;
    # it makes no concept, so no other note's '面包店' (or '上下文信息') is read as one. A coined word glossed the
    # same way ('醒发箱（proofing box）', '遗忘门（Forget Gate）') is the notes' term and stays one
    from kg.extraction.mentions import discover, lexicon_matcher
    from kg.extraction.structure import parse_text
    from kg.vocab import default_vocabulary

    vocab = default_vocabulary()
    doc = parse_text("# 面包\n\n一个面包师有若干个面包店(bread shop)。醒发箱（proofing box）控制温度。\n", "a.md")
    labels = {d.label for d in discover(doc, vocab.derived("lexicon-matcher", lexicon_matcher), vocab)}
    assert "醒发箱" in labels and "proofing box" in labels
    assert "面包店" not in labels and "bread shop" not in labels


def test_where_people_put_something_is_not_what_serves_their_purpose():
    # Guards.people_destination: 'We can add a penalty term … to the error function to avoid overfitting' (round
    # 143): the name after 'to' is where the people put something; what they put there serves the purpose
    check_readings(
        "",
        ("ResNet", "mitigates", "Overfitting"),
        absent=["We can add a penalty term to ResNet to avoid overfitting.", "We add dropout to ResNet to avoid overfitting."],
        present=["ResNet is used to avoid overfitting."],
    )
    check_readings("", ("Dropout", "mitigates", "Overfitting"), present=["We add dropout to ResNet to avoid overfitting."])


def test_names_joined_by_plus_are_one_model_not_two_sides():
    # clauses._plus_joined: '和前面经典的 CNN+BLSTM+CNN 的做法类似' (round 141) likens the paper's method to one
    # combined model; its parts are not compared with each other. Names on two sides of the cue still are
    check_readings(
        "",
        ("CNN", "comparedWith", "LSTM"),
        absent=["论文的做法和经典的 CNN+LSTM+CRF 的做法类似。", "This is similar to the classic CNN + LSTM model."],
        present=["CNN 和 LSTM 类似。", "CNN+CRF 与 LSTM+CRF 相比更快。"],
    )


def test_capitalised_words_before_the_verb_name_their_own_subject():
    # TITLE_CASE_SUBJECT: under a list about the Transformer, 'Big Bird uses a sparse attention' (round 146) is
    # about Big Bird, a name kg does not know, not the topic; 'In Training using …' opens with a preposition
    check_readings(
        "## Transformer\n\n",
        ("Transformer", "uses", "Attention"),
        absent=["- Big Bird uses a sparse attention which scales linearly.\n"],
        present=["- It uses a sparse attention which scales linearly.\n", "- In Practice uses a sparse attention.\n"],
    )


def test_a_clause_ending_in_dehua_is_a_condition():
    # kg:ConditionFrame '…的话' (an empty opening): under *结构风险*, '只考虑经验风险的话，会出现过拟合' says what follows
    # from considering only the empirical risk, not what the section's topic causes
    check_readings(
        "## ResNet\n\n",
        ("ResNet", "causes", "Overfitting"),
        absent=["- 只考虑训练误差的话，会出现过拟合的现象。\n"],
        present=["- 训练时间太长，会出现过拟合的现象。\n"],
    )


def test_a_use_phrase_followed_by_a_negation_says_what_cannot_be_done():
    # Guards.use_phrase_denied: under ## RNN, '使用传统的 CNN 难以处理长序列的问题，而 RNN …' says what using a CNN cannot
    # do; the RNN does not use one. '使用 BN 可以加速训练' under a model still says the model uses BN
    check_readings(
        "## RNN\n\n",
        ("RNN", "uses", "CNN"),
        absent=["- 使用传统的 CNN 难以处理长序列的问题，而 RNN 通过隐藏状态传递信息。\n", "- 使用 CNN 无法处理长序列。\n"],
        present=["- 使用 CNN 可以提取局部特征。\n", "- 使用 CNN 非常有效。\n", "- 使用 CNN 不仅更快，而且更准。\n"],
    )


def test_a_method_noun_right_after_a_used_name_is_its_head():
    """'使用 WB 方法' is using the WB method: 方法 right after the name (no 的) is the name's head noun. With 的, or
    after what a cue solves, the noun names methods ('使用 WB 的方法有哪些', '解决过拟合方法有'), and no fact."""
    check_readings(
        "# 笔记\n\n" + BREADS_ZH,
        ("Rye_Yeast_Evolution", "uses", "White_Bread"),
        present=["RYE 使用 WB 方法。\n", "RYE 采用了 WB 策略。\n"],
        absent=["RYE 使用 WB 的方法有哪些？\n"],
    )


def test_amounts_set_side_by_side_by_a_contrast_are_no_denial():
    """'using only 5 million parameters, as opposed to AlexNet': the contrast sets the amounts side by side; it says
    nothing about what GoogLeNet does not use. A named thing kept against a named thing is still a denial."""
    check_readings(
        "# Notes\n\n" + BREADS_EN,
        ("Rye_Yeast_Evolution", "doesNotUse", "White_Bread"),
        absent=["RYE rises well, using only 5 million yeast cells, as opposed to WB.\n"],
        present=["RYE uses dropout as opposed to WB.\n"],
    )


def test_a_problem_said_to_come_out_smaller_is_not_caused():
    """'hence leading to the computational costs being 9 times smaller', '导致过拟合的风险降低': the subject eases the
    problem; 'with fewer samples' after it is a condition and leaves the cause as it is."""
    check_readings(
        "# Notes\n\n" + BREADS_EN,
        ("Rye_Yeast_Evolution", "causes", "Overfitting"),
        absent=[
            "RYE sets f to 3, hence leading to overfitting being about $$9$$ times smaller.\n",
            "RYE causes overfitting to be less severe.\n",
        ],
        present=["RYE causes overfitting.\n", "RYE causes overfitting with fewer samples.\n"],
    )
    check_readings(
        "# 笔记\n\n" + BREADS_ZH,
        ("Rye_Yeast_Evolution", "causes", "Overfitting"),
        absent=["RYE 导致过拟合的风险降低。\n"],
        present=["RYE 导致过拟合。\n"],
    )


def test_a_verb_phrase_between_two_names_leaves_the_first_as_the_object():
    """'使用 WB 更新第一阶段的 SD': WB is used (to update SD), the words before 的 are a verb phrase, no modifier of SD.
    '使用基于 WB 训练的 SD': a verb right before 的 is a relative clause, and SD stays the head."""
    check_readings(
        "# 笔记\n\n" + BREADS3_ZH,
        ("Rye_Yeast_Evolution", "uses", "White_Bread"),
        present=["RYE 使用 WB 更新第一阶段的 SD。\n"],
        absent=["RYE 使用 WB 训练的 SD。\n"],
    )
    check_readings(
        "# 笔记\n\n" + BREADS3_ZH,
        ("Rye_Yeast_Evolution", "uses", "Sour_Dough"),
        present=["RYE 使用 WB 训练的 SD。\n"],
        absent=["RYE 使用 WB 更新第一阶段的 SD。\n"],
    )


def test_a_name_after_a_participle_of_means_is_no_doer_of_the_next():
    """'Train using standard maximum likelihood using teacher forcing': both participles say how the training is done;
    the name between them is what the first one uses, not who uses the second. A name opening the clause keeps it."""
    check_readings(
        "# Notes\n\n" + BREADS_EN,
        ("White_Bread", "uses", "Dropout"),
        absent=["Bake using standard WB using dropout.\n"],
        present=["WB using dropout rises faster.\n"],
    )


def test_a_gerund_cue_after_a_sequence_preposition_is_no_use_of_the_topic():
    """Under a section on RYE, '- applied this after applying dropout': a step done before RYE, not what RYE uses."""
    check_readings(
        BREADS_EN + "# RYE\n\n",
        ("Rye_Yeast_Evolution", "uses", "Dropout"),
        absent=["- applied this after applying dropout in some layers\n"],
        present=["- applied this while applying dropout in some layers\n"],
    )


def test_an_owner_before_the_object_of_a_replacement_is_not_what_is_replaced():
    """"RYE replaces WB's crust layers with dropout": what is replaced is the layers WB owns, not WB; "uses WB's
    dropout" still names what is used. A plural written with an apostrophe ("a stack of WB's.") owns nothing."""
    check_readings(
        "# Notes\n\n" + BREADS_EN,
        ("Rye_Yeast_Evolution", "replaces", "White_Bread"),
        absent=[
            "RYE replaces WB's crust layers with something else.\n",
            "RYE replaces WB\u2019s crust layers with something else.\n",  # a typographic apostrophe
            "RYE replaces WB's dropout layers.\n",
        ],
        present=["RYE replaces WB in most recipes.\n"],
    )
    check_readings(
        "# Notes\n\n" + BREADS_EN,
        ("Dropout", "replaces", "BatchNorm"),
        present=["RYE replaces WB's batch normalization layers (which are plain layers with a gate) with dropout.\n"],
    )
    check_readings(
        "# Notes\n\n" + BREADS_EN,
        ("Rye_Yeast_Evolution", "mitigates", "White_Bread"),
        absent=["RYE solves WB's staleness problem.\n"],
    )


def test_an_acronym_before_based_is_a_mention():
    """'RYE is an LSTM-based model': a hyphen and 'based' after an acronym say what RYE is built on; the acronym is
    no part of a longer word there, as it is in 'LN-free' or 'Pre-LN'."""
    check_readings(
        "# Notes\n\n" + BREADS_EN,
        ("Rye_Yeast_Evolution", "uses", "LSTM"),
        present=["RYE is an LSTM-based model.\n", "RYE is an LSTM based model.\n"],
        absent=["RYE is an LSTM-free model.\n"],
    )


def test_a_negation_in_emphasis_still_denies():
    """'RYE does *not* use dropout': the asterisks are emphasis, not letters of the word (normalize folds '*' to
    'x' for '3*3'); the cue inside bold ('**uses**') is read too."""
    check_readings(
        "# Notes\n\n" + BREADS_EN,
        ("Rye_Yeast_Evolution", "uses", "Dropout"),
        absent=["RYE does *not* use dropout.\n", "RYE will **not** be using dropout.\n"],
        present=["RYE **uses** dropout.\n"],
    )
    check_readings(
        "# Notes\n\n" + BREADS_EN, ("Rye_Yeast_Evolution", "doesNotUse", "Dropout"), present=["RYE does *not* use dropout.\n"]
    )


def test_the_combination_of_reads_as_a_combination_of():
    """'RYE is the combination of dropout and WB': the article does not change what the phrase says."""
    check_readings(
        "# Notes\n\n" + BREADS_EN,
        ("Rye_Yeast_Evolution", "uses", "Dropout"),
        present=["RYE is the combination of dropout and WB.\n", "RYE is a combination of dropout and WB.\n"],
    )


def test_a_heading_naming_only_the_other_side_relates_the_sections_topic_to_it():
    # '## Relation to K-means' under '# Gaussian mixture model': the heading's first side is the section's topic
    related = ("Rye_Yeast_Evolution", "relatedTo", "White_Bread")
    compared = ("Rye_Yeast_Evolution", "comparedWith", "White_Bread")
    body = "\n\nBoth are baked.\n"
    check_readings(
        BREADS_EN + "# RYE\n\nIt is a bread.\n\n",
        related,
        present=["## Relation to WB" + body, "## 2. Connection with White Bread" + body, "### Relationship to WB:" + body],
        # the heading goes on past the name, or names no other side: it states nothing of the topic
        absent=["## Relation to WB in the oven" + body, "## WB" + body, "## Notes on WB" + body],
    )
    check_readings(BREADS_EN + "# RYE\n\nIt is a bread.\n\n", compared, present=["#### Comparison with WB" + body])
    zh = BREADS_ZH + "# RYE\n\nRYE 是一种面包。\n\n"
    check_readings(zh, related, present=["### 1.3 和 WB 的关系" + body], absent=["### 1.3 WB 的关系" + body])
    check_readings(zh, compared, present=["## 跟 WB 的区别" + body])
    # the section is not WB's: what its lines say with no subject is not said of WB
    assert ("White_Bread", "uses", "Sour_Dough") not in readings(
        BREADS_EN + "SD (Sour Dough) is a bread.\n\n# RYE\n\n## Comparison with WB\n\n- Uses SD (Sour Dough)\n"
    )


def test_a_broad_name_of_another_name_in_a_heading_leaves_the_section_to_the_other():
    # mentions.section_topics with HeadingReader.broad_of_owner: 'Estimating the Parameters of a Partially-Observed
    # GMM' is the GMM's section, not the parameters' (round 368 read 'Weights relatedTo k-Means' from the heading
    # 'Relationship to K-Means Clustering' under it). Only a broad name (kg:broad: weights, gradient) is an aspect
    body = "\n\n#### Relationship to K-Means Clustering\n\nIt is a soft version of it.\n"
    got = readings("## Estimating the Parameters of a Partially-Observed LSTM" + body)
    assert ("LSTM", "relatedTo", "KMeansClustering") in got and ("Weight", "relatedTo", "KMeansClustering") not in got
    # two names of their own keep the first as the topic ('ResNet of VGG' is no aspect)
    got = readings("## Dropout of a Partially-Observed LSTM" + body)
    assert ("Dropout", "relatedTo", "KMeansClustering") in got


def test_the_differences_between_two_names_compare_them():
    check_readings(
        BREADS_EN,
        ("Rye_Yeast_Evolution", "comparedWith", "White_Bread"),
        present=["Now that we know the differences between RYE and WB, below is the recipe.\n"],
    )


def test_a_denied_denial_states_neither_use_nor_its_absence():
    # '依赖于' (relies on) states a use and '摒弃' (abandons) its absence; '并没有 100% 摒弃' denies the abandoning
    uses = ("Rye_Yeast_Evolution", "uses", "White_Bread")
    without = ("Rye_Yeast_Evolution", "doesNotUse", "White_Bread")
    check_readings(BREADS_ZH, uses, present=["RYE 完全依赖于 WB。\n"])
    check_readings(BREADS_ZH, without, present=["RYE 完全摒弃了 WB。\n"])
    for text in ("RYE 并没有 100% 摒弃 WB。\n", "RYE 并没有完全摒弃 WB。\n"):
        found = readings(BREADS_ZH + text)
        assert without not in found and uses not in found, text


def test_selecting_a_number_of_instances_uses_nothing():
    # kg:SelectVerb: '选择 128 个 RoIs' picks instances; '选择了 WB' (chose WB) still says what RYE uses
    uses = ("Rye_Yeast_Evolution", "uses", "White_Bread")
    check_readings(
        BREADS_ZH,
        uses,
        absent=["RYE 选择 128 个 WB 用于训练。\n", "RYE 选择两个 WB 进行合并。\n"],
        present=["RYE 选择了 WB。\n"],
    )
    check_readings(BREADS_EN, uses, absent=["RYE selects 2000 WB for training.\n"], present=["RYE chooses WB as its base.\n"])


def test_a_part_of_an_act_on_a_name_is_no_part_of_the_name():
    # GERUND_ACT after a 'part of' cue: 'the trickiest part of creating WB' is a step of making it
    part = ("Rye_Yeast_Evolution", "partOf", "White_Bread")
    check_readings(
        BREADS_EN,
        part,
        absent=["# RYE\n\nThe trickiest part of creating a WB is choosing the right size.\n"],
        present=["RYE is part of the WB.\n"],
    )


def test_a_name_after_fei_is_its_opposite():
    # 非 glued before a name makes its opposite, as 反 and 逆 do: methods other than deep learning are no kind of it
    other = "这些都是非深度学习的方法，例如 SVM。\n"
    assert not [f for f in extract(other, min_confidence=0) if f[2] == "DeepLearning"]
    assert [f for f in extract(other.replace("非", ""), min_confidence=0) if f[2] == "DeepLearning"]


def test_this_after_a_list_of_names_stands_for_none_of_them():
    # 'this' after 'A, B and C …' sums the list up (or stands for one the text does not say): not the first name
    listed = "# Notes\n\nThere are skip connections, layer normalization and dropout on each token. This consists of the attention layer.\n"
    assert not [f for f in extract(listed, min_confidence=0) if f[0] == "Attention"]
    single = "# Notes\n\nThere is a skip connection on each token. This consists of the attention layer.\n"
    assert ("Attention", "partOf", "ResidualConnection", False) in extract(single, min_confidence=0)


def test_what_one_can_use_under_a_heading_is_advice_not_the_headings_use():
    # 'May use X', '可以使用 X' under a heading, naming no doer: the reader may use it; 'Also uses X' is the topic's,
    # 'may cause' (a possibility, not advice) stays the topic's, a subject the sentence names goes on, and a block
    # labelled 优点 says what the topic can do
    uses = ("Rye_Yeast_Evolution", "uses", "White_Bread")
    check_readings(
        BREADS_EN,
        uses,
        absent=["## RYE\n\nMay use WB with batch alignment.\n", "## RYE\n\nYou can also use WB here.\n"],
        present=["## RYE\n\nAlso uses WB.\n", "## RYE\n\nRYE can use WB.\n"],
    )
    check_readings(
        BREADS_ZH,
        uses,
        absent=["## RYE\n\n可以使用 WB 调用不同的方法。\n", "## RYE\n\n也可以采用 WB。\n"],
        present=[
            "## RYE\n\n通常使用 WB。\n",
            "## RYE\n\nRYE 用来做面包，可以采用 WB。\n",
            "## RYE\n\n- **优点**：可以采用 WB。\n",
            "## RYE\n\n- 优点：\n  - 可以使用 WB。\n",  # the label opens a nested list
            "## RYE 有什么用？\n\n可以使用 WB。\n",  # the answer's 'can' echoes the question
        ],
    )
    assert ("Softplus", "causes", "VanishingGradient", False) in extract(
        "## Softplus\n\n缺点：导数常常小于 1，也可能出现梯度消失的问题。\n", min_confidence=0
    )


def test_names_after_qubie_yu_are_one_side_not_compared_with_each_other():
    # '区别于 A 和 B，C …': A and B are set against C, as after 不同于 or 相对于
    compared = ("Rye_Yeast_Evolution", "comparedWith", "White_Bread")
    check_readings(
        BREADS3_ZH,
        compared,
        absent=["区别于 RYE 和 WB，SD 的训练并没有使用神经网络。\n"],
        present=["RYE 和 WB 的区别在于训练方式。\n", "区别于 WB，RYE 没有使用神经网络。\n"],
    )



def test_a_name_likened_to_other_words_is_not_compared_with_the_subject():
    # '引入了类似漏斗的 WB 结构': WB is likened to a funnel; RYE introduces it and is compared with nothing, while
    # '不同于传统的 WB' and '类似于之前的 WB' (modifiers, kg:SideModifier) keep WB as the other side
    compared = ("Rye_Yeast_Evolution", "comparedWith", "White_Bread")
    check_readings(
        BREADS_ZH,
        compared,
        absent=["RYE 还引入了类似漏斗的 WB 结构，先压缩再还原。\n"],
        present=[
            "RYE 不同于传统的 WB。\n",
            "RYE 相对于之前的 WB 改动很小。\n",
            "RYE 类似于面包店中的 WB。\n",
            "RYE 不同于其他的 WB。\n",  # no likeness cue: the words before 的 only pick WB out
            "RYE 等价于简化版的 WB。\n",
        ],
    )
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(BREADS_ZH + "RYE 还引入了类似漏斗的 WB 结构。\n")


def test_a_contrasted_setting_has_a_doer_of_its_own():
    # '…，而在过去的视觉任务中主要使用 WB': done in that setting, set against the opening name, not done by it;
    # without the contrast ('在训练中必须使用 WB') the clause goes on with the opening name
    uses = ("Rye_Yeast_Evolution", "uses", "White_Bread")
    check_readings(
        BREADS_ZH,
        uses,
        absent=["RYE 使用自监督学习，而在过去的视觉任务中主要使用 WB。\n"],
        present=[
            "RYE 是一种面包，在训练中必须使用 WB。\n",
            "RYE 使用自监督学习，而在这里使用 WB。\n",
            "RYE 先发酵面团，而在这个过程中使用 WB。\n",  # 而 goes on: no past setting is set against it
        ],
    )


def test_what_a_name_makes_differ_is_compared_not_the_name():
    # '间隔最大使它有别于感知机' (kg:Causative): 它 differs, not the name that makes it
    compared = ("Rye_Yeast_Evolution", "comparedWith", "White_Bread")
    check_readings(
        BREADS_ZH, compared, absent=["RYE 使它有别于 WB。\n"], present=["RYE 有别于 WB。\n", "RYE 即使很小也不同于 WB。\n"]
    )


def test_a_list_is_about_the_name_its_intro_presents_not_where_it_was_presented():
    # '在 WB 2012 上提出了 RYE：' then a list: the items speak of RYE; WB only places the presentation
    listed = ("Rye_Yeast_Evolution", "uses", "Sour_Dough")
    check_readings(
        BREADS3_ZH,
        listed,
        absent=[],
        present=["## 历史\n\n2012 年，作者在 WB 2012 上提出了 RYE：\n\n- 8 层；\n- 使用 SD。\n"],
    )
    assert ("White_Bread", "uses", "Sour_Dough") not in readings(
        BREADS3_ZH + "## 历史\n\n2012 年，作者在 WB 2012 上提出了 RYE：\n\n- 8 层；\n- 使用 SD。\n"
    )


def test_a_name_before_a_verb_of_its_own_ends_the_object_list():
    # 'RYE contains X and WB contains Y': WB opens a clause of its own, it is no part of RYE
    part = ("White_Bread", "partOf", "Rye_Yeast_Evolution")
    check_readings(
        BREADS_EN + "SD (Sour Dough) is a bread.\n\n",
        part,
        absent=["RYE contains 110M parameters and WB contains 340M parameters.\n"],
        present=["RYE contains SD and WB.\n"],
    )
    # a comparison after the list is no verb of WB's own
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(
        BREADS_EN + "SD (Sour Dough) is a bread.\n\nRYE uses SD and WB unlike other breads.\n"
    )


def test_a_part_owned_through_a_kind_noun_is_the_contrasted_side():
    # 'AE模型的Encoder会…，而Decoder…': the owner's part is contrasted, whether 的 runs into a Latin name or a kind
    # noun (kg:HeadNoun, 模型) sits between the owner and 的
    owner = ("Rye_Yeast_Evolution", "comparedWith", "White_Bread")
    part = ("Sour_Dough", "comparedWith", "White_Bread")
    for text in ("RYE的SD会把面团发酵，而WB则负责烘烤。\n", "RYE 模型的 SD 会把面团发酵，而 WB 则负责烘烤。\n"):
        got = readings(BREADS3_ZH + text)
        assert owner not in got, text
        assert part in got or ("White_Bread", "comparedWith", "Sour_Dough") in got, text


def test_owners_are_contrasted_when_the_second_has_the_part_too():
    # 'metapath2vec的softmax…，而metapath2vec++则…，softmax是…': each owner has the part, the owners differ
    text = "RYE的SD是在所有面团上发酵，而WB则是区分面团，SD是在同类面团上发酵。\n"
    got = readings(BREADS3_ZH + text)
    assert ("Sour_Dough", "comparedWith", "White_Bread") not in got
    assert ("Rye_Yeast_Evolution", "comparedWith", "White_Bread") in got


def test_a_name_compared_against_is_not_what_it_stands_for():
    # 'Active play offers benefits over experience replay. It only requires …': 'it' is active play, a name kg
    # does not know, not the name after 'over' (kg:ComparedSideWord)
    used = ("Rye_Yeast_Evolution", "uses", "Sour_Dough")
    check_readings(
        BREADS_EN + "SD (Sour Dough) is a bread.\n\n",
        used,
        absent=[
            "Active baking offers benefits over RYE for making loaves. It only requires SD.\n",
            "Slow baking is often better than RYE. It uses SD.\n",
        ],
        present=["RYE offers benefits over WB for making loaves. It only requires SD.\n"],
    )
    # the marker may open the sentence: 'it' is the name the comparison is about
    got = readings(BREADS_EN + "SD (Sour Dough) is a bread.\n\nVersus RYE, WB is faster to bake. It uses SD.\n")
    assert used not in got and ("White_Bread", "uses", "Sour_Dough") in got


def test_a_difference_between_with_one_name_after_compares_nothing():
    # 'the difference between the CDF at the edges': both sides of a kg:JointSideCue follow it; with one name
    # there, the difference is a quantity and the name before the cue is no side
    compared = ("Sour_Dough", "comparedWith", "Rye_Yeast_Evolution")
    check_readings(
        BREADS_EN + "SD (Sour Dough) is a bread.\n\n",
        compared,
        absent=[
            "SD then becomes a calculation of the difference between RYE at the edges.\n",
            "SD shows the differences between RYE and other breads.\n",
        ],
        present=["SD differs from RYE in its flour.\n"],
    )
    assert ("Rye_Yeast_Evolution", "comparedWith", "White_Bread") in readings(
        BREADS_EN + "What is the difference between RYE and WB?\n"
    )


def test_what_a_relative_clause_says_causes_is_the_first_verbs_object():
    # '残差连接可以解决网络层数过多而造成的梯度消失问题': the words between the two verbs, naming nothing, cause the
    # problem after 的; the first verb eases it. The doer of 解决 causes nothing
    caused = ("Rye_Yeast_Evolution", "causes", "Sour_Dough")
    eased = ("Rye_Yeast_Evolution", "mitigates", "Sour_Dough")
    for text in ("RYE 可以缓解面团过多导致的 SD 问题。\n", "RYE 可以解决烘烤时间过长而造成的 SD。\n"):
        got = readings(BREADS3_ZH + text)
        assert caused not in got, text
        assert eased in got, text
    # a name between the verbs is the relative clause's doer
    assert ("White_Bread", "causes", "Sour_Dough") in readings(BREADS3_ZH + "RYE 解决了 WB 造成的 SD 问题。\n")


def test_improving_a_quality_of_a_name_is_no_improvement_on_it():
    # 'adding RYE modules improves the performance of a WB': RYE makes WB better, it is no better successor of it
    better = ("Rye_Yeast_Evolution", "improvesOn", "White_Bread")
    check_readings(
        BREADS_EN,
        better,
        absent=["RYE substantially improves the performance of a WB.\n", "RYE improves the overall accuracy of WB.\n"],
        present=["RYE improves WB.\n", "RYE improves on WB.\n"],
    )


def test_the_object_of_an_infinitive_does_not_do_the_next_verb():
    # 'The idea is to then throw away the decoder and use just the encoder': the decoder is thrown away, it uses nothing
    used = ("Rye_Yeast_Evolution", "uses", "White_Bread")
    check_readings(
        BREADS_EN,
        used,
        absent=["The idea is to then throw away the RYE and use just the WB for loaves.\n"],
        present=["RYE is baked slowly and uses WB.\n"],
    )


def test_a_purpose_after_a_passive_with_its_agent_is_the_agents():
    # 'The dense layer is followed by a dropout layer to help prevent overfitting': the dropout layer prevents it
    pre = BREADS_EN + "Overfitting is a problem. SD (Sour Dough) is a bread.\n\n"
    eased = ("Rye_Yeast_Evolution", "mitigates", "Overfitting")
    check_readings(
        pre,
        eased,
        absent=["The RYE is followed by a SD layer to help prevent overfitting.\n"],
        present=["The RYE is used to help prevent overfitting.\n"],
    )
    assert ("Sour_Dough", "mitigates", "Overfitting") in readings(
        pre + "The RYE is followed by a SD layer to help prevent overfitting.\n"
    )
    # a verb joined by 'and' is the subject's again, not a purpose of the agent's
    assert eased in readings(pre + "The RYE is usually followed by WB and helps prevent overfitting.\n")
    # 'by applying': a means, no agent; the label's name still does it
    assert ("Attention", "uses", "Softmax") in readings(
        "**Attention.** The attention matrix is obtained by applying the softmax function column-wise to the scores.\n"
    )


def test_a_definite_version_phrase_says_nothing_is_a_version():
    # '## What about Normalization?' › 'the analysis above is only for the vanilla version of attention': the phrase
    # names plain attention; normalization is no version of it. 'X is the vanilla version of Y' still says what X is
    kind = ("Rye_Yeast_Evolution", "relatedTo", "White_Bread")
    check_readings(
        BREADS_EN,
        kind,
        absent=["## What about RYE?\n\nHowever, the analysis above is only for the vanilla version of WB.\n"],
        present=[
            "RYE is a version of WB.\n",
            "RYE is the vanilla version of WB.\n",
            "The RYE is a variant of WB.\n",  # the cue's own article: 'is a variant of' says what the RYE is
        ],
    )


def test_the_name_before_the_copula_is_what_a_comparative_compares():
    # '… focus on RNN architectures and show that LSTMs are strictly more powerful than GRUs': LSTMs, not RNN
    pre = BREADS_EN + "SD (Sour Dough) is a bread.\n\n"
    got = readings(pre + "They study many RYE recipes and show that SD is strictly more popular than WB.\n")
    assert ("Rye_Yeast_Evolution", "comparedWith", "White_Bread") not in got
    assert ("Sour_Dough", "comparedWith", "White_Bread") in got


def test_every_form_of_a_verb_of_saying_opens_a_reported_clause():
    # kg:ReportingVerb holds each form ('challenged that', 'proved that', 'mentioned that'), not only the present:
    # 'N-BEATS paper challenged that DL architectures … can perform better than hybrid models': DL's claim, not N-BEATS'
    pre = BREADS_EN + "SD (Sour Dough) is a bread.\n\n"
    for verb in ("challenged", "proved", "argued", "concluded"):
        got = readings(pre + f"The RYE paper {verb} that SD bakes can perform better than WB.\n")
        assert ("Rye_Yeast_Evolution", "improvesOn", "White_Bread") not in got, verb
    check_readings(
        pre, ("Rye_Yeast_Evolution", "improvesOn", "White_Bread"), present=["The RYE paper shows that RYE can perform better than WB.\n"]
    )


def test_the_agent_of_a_reduced_relative_clause_does_nothing_the_clause_says():
    # guards.participle_agent: 'A Conv followed by BN is equivalent to a single Conv operator': BN describes the
    # Conv it follows; it is no side of the comparison and does no verb ('The RYE followed by WB uses SD': RYE does);
    # after a be-verb the passive is the clause's own ('RYE is followed by WB to …', read elsewhere)
    pre = BREADS_EN + "SD (Sour Dough) is a bread.\n\n"
    check_readings(
        pre,
        ("White_Bread", "comparedWith", "Sour_Dough"),
        absent=["A RYE followed by WB is equivalent to a single SD.\n"],
        present=["A RYE and WB is equivalent to a single SD.\n"],
    )
    check_readings(
        pre,
        ("White_Bread", "uses", "Sour_Dough"),
        absent=["The RYE followed by WB uses SD for the crust.\n", "The crust followed by WB uses SD.\n"],
        present=["The RYE is followed by WB, which uses SD for the crust.\n", "After RYE, WB uses SD for the crust.\n"],
    )
    assert ("Rye_Yeast_Evolution", "uses", "Sour_Dough") in readings(pre + "The RYE followed by WB uses SD for the crust.\n")


def test_a_problem_asked_about_inside_a_name_is_not_remedied_by_it():
    # guards.remedy_asked_within: 'lightgbm中怎么避免过拟合？', '深度学习中是怎么解决过拟合的': the problem arises in
    # the name; the answer names the remedies
    pre = BREADS3_ZH + "过拟合（overfitting）是一个问题。\n\n"
    check_readings(
        pre,
        ("Rye_Yeast_Evolution", "mitigates", "Overfitting"),
        absent=["RYE 中怎么避免过拟合？\n", "RYE 中是怎么解决过拟合的？\n"],
        present=["RYE 可以避免过拟合。\n", "RYE 中可以避免过拟合。\n"],
    )
    # a technique asked how it does so is the remedy: 'dropout 中是如何防止过拟合的？'
    check_readings(BREADS3_ZH, ("Dropout", "mitigates", "Overfitting"), present=["dropout 中是如何防止过拟合的？\n"])


def test_a_cue_in_a_bracket_takes_its_objects_from_inside_it():
    # 'PROGOL（将逆归结改进为逆蕴含）和 ALEPH 是 ILP 系统': the bracket closes the aside's clause; ILP is no object
    check_readings(
        "## RYE\n\n" + BREADS3_ZH,
        ("White_Bread", "improvesOn", "Sour_Dough"),
        absent=["PRO（将 WB 改进为 Oats）和 ALE 都是 SD 面包。\n", "PRO（将 WB 改进）和 SD 都是面包。\n"],
    )
    check_readings(
        "## RYE\n\n" + BREADS3_ZH, ("Sour_Dough", "improvesOn", "White_Bread"), present=["PRO（将 WB 改进为 SD）和 ALE 都是面包。\n"]
    )


def test_what_is_improved_into_something_is_what_it_improves_on():
    # kg:improvesOn's inverse cues '改进为', '改良成': 'A 改进为 B' makes B the better one; 将/把 marks A, the doer of
    # the sentence only makes the change; a marked object kg does not name ('把…的过程改进成…') leaves nothing
    pre = "## RYE\n\n" + BREADS3_ZH
    check_readings(
        pre,
        ("Sour_Dough", "improvesOn", "White_Bread"),
        present=["RYE 将 WB 改进为 SD。\n", "WB 被改良为 SD。\n", "RYE（将 WB 改进为 SD）和 WB 都是面包。\n"],
    )
    check_readings(pre, ("White_Bread", "improvesOn", "Sour_Dough"), absent=["RYE 将 WB 改进为 SD。\n"])
    # without 将/把/被, 改进 is a noun and 为 'is': 'RYE 的主要改进为 SD' (its main improvement is SD) improves on nothing
    check_readings(pre, ("Sour_Dough", "improvesOn", "Rye_Yeast_Evolution"), absent=["RYE 的主要改进为 SD。\n"])
    check_readings(pre, ("Sour_Dough", "improvesOn", "Rye_Yeast_Evolution"), absent=["RYE 将 WB 改进为 SD。\n"])
    got = readings(pre + "RYE：把揉面的过程改进成 SD。\n")
    assert not any(p == "improvesOn" for _, p, _ in got), got


def test_a_latin_word_kg_does_not_know_after_a_chinese_comparison_cue_is_the_other_side():
    # UNKNOWN_LATIN_SIDE: 'YOLOv3 相比v2也就增加了残差模型Darknet-53和FPN结构': v2 is compared; the names are added
    check_readings(
        BREADS3_ZH,
        ("White_Bread", "comparedWith", "Sour_Dough"),
        absent=["RYE相比v2也就增加了 WB 和 SD。\n"],
    )
    check_readings(BREADS3_ZH, ("Sour_Dough", "comparedWith", "White_Bread"), present=["相比 WB，SD 更软。\n"])
    # a joining word or more Latin words after it: 'MLE 等价于 minimizing KL divergence' still compares
    check_readings(BREADS3_ZH, ("Rye_Yeast_Evolution", "comparedWith", "Sour_Dough"), present=["RYE 等价于 minimizing SD。\n"])
    # nor one that only describes the name after it ('类似于 PyTorch 中的 WB'), nor one joined to it ('类似 Qwen 和 WB')
    check_readings(
        BREADS3_ZH,
        ("Rye_Yeast_Evolution", "comparedWith", "White_Bread"),
        present=["RYE 类似于 PyTorch 中的 WB。\n", "RYE 类似 Qwen 和 WB。\n"],
    )


def test_what_a_name_owns_is_what_is_replaced_unless_the_noun_stands_for_the_name():
    # _owned_by_noun: 'permutation layers of Real NVP are replaced with invertible 1x1 convolutions': the layers are
    # replaced, Real NVP is not; kg:StandInNoun ('the concept of duration models is used … to replace attention')
    # stands for the name itself
    check_readings(
        BREADS_EN,
        ("White_Bread", "replaces", "Rye_Yeast_Evolution"),
        absent=["In the later paper, the crust layers of RYE are replaced with WB.\n"],
        present=["In the later paper, the concept of RYE is replaced with WB.\n", "The use of RYE is replaced with WB.\n"],
    )
    # only the passive's patient: 'The authors of RYE replace WB with SD' still says SD replaces WB
    check_readings(
        BREADS_EN + "SD (Sour Dough) is a bread.\n\n",
        ("Sour_Dough", "replaces", "White_Bread"),
        present=["The authors of RYE replace WB with SD.\n"],
    )


def test_a_property_not_needed_is_no_object_not_used():
    # NEEDED_PROPERTY: '强化学习不需要奖励函数本身是可导的': what RL does without is a differentiable reward, and it
    # still uses the reward
    check_readings(
        BREADS3_ZH,
        ("Rye_Yeast_Evolution", "doesNotUse", "White_Bread"),
        absent=["RYE 不需要 WB 本身是可导的。\n", "RYE 不需要 WB 是可导的。\n"],
        # a reason or a purpose after the object is no property of it; the English 'to be …' may be a purpose too
        present=["RYE 不需要 WB。\n", "RYE 不需要 WB 是因为它使用了 SD。\n", "RYE 不需要 WB 为其提供初始化。\n",
                 "RYE does not need WB to be competitive.\n"],
    )


def test_a_name_reported_by_an_unnamed_paper_is_not_what_the_list_after_is_about():
    # _reported_name: '## DN-DETR' then '这篇文章指出DETR收敛慢…。因此…提出了一个方法：' and '- 在DAB-DETR的基础上…':
    # the paper (the section's topic) proposes the method; DETR is only what it reports on
    pre = "## SD\n\n" + BREADS3_ZH
    item = "因此提出了一个方法：\n\n- 在 WB 的基础上改进了训练。\n"
    reported = {(s, p, o) for s, p, o, _ in extract(pre + "这篇文章指出 RYE 收敛慢，还有一个原因。" + item, min_confidence=0.0)}
    assert ("Sour_Dough", "improvesOn", "White_Bread") in reported
    assert ("Rye_Yeast_Evolution", "improvesOn", "White_Bread") not in reported
    said = {(s, p, o) for s, p, o, _ in extract(pre + "RYE 收敛慢，还有一个原因。" + item, min_confidence=0.0)}
    assert ("Rye_Yeast_Evolution", "improvesOn", "White_Bread") in said
    # a reporter that is no paper (kg:PaperSelfReference) leaves the name what the list is about
    told = {(s, p, o) for s, p, o, _ in extract(pre + "前面提到 RYE 收敛慢，还有一个原因。" + item, min_confidence=0.0)}
    assert ("Rye_Yeast_Evolution", "improvesOn", "White_Bread") in told


def test_a_list_the_authors_introduce_is_about_the_sections_topic():
    # _list_intro: '本文的改进方法受到Deformable Conv的启发，每个query只与…稀疏的图像特征进行交互，具体做法：': the list
    # tells the authors' own method, the section's topic, not the first name of the intro
    pre = "## SD\n\n" + BREADS3_ZH
    item = "每个面包只与少量的 RYE 交互，具体做法：\n\n- 使用了 WB。\n"
    authors = {(s, p, o) for s, p, o, _ in extract(pre + "本文的方法受到 RYE 的启发，" + item, min_confidence=0.0)}
    assert ("Sour_Dough", "uses", "White_Bread") in authors and ("Rye_Yeast_Evolution", "uses", "White_Bread") not in authors
    named = {(s, p, o) for s, p, o, _ in extract(pre + "RYE 的方法很特别，" + item, min_confidence=0.0)}
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in named
    # only the authors' possessive ('本文的…', '我们的…') opens their own work; other author sentences name the list's owner
    for intro in ("我们回顾一下 RYE 的做法：", "本文使用的 RYE 有以下特点：", "本文所对比的 RYE 结构如下："):
        got = {(s, p, o) for s, p, o, _ in extract(pre + intro + "\n\n- 使用了 WB。\n", min_confidence=0.0)}
        assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in got, intro


def test_a_name_placed_inside_the_other_side_of_a_comparison_is_no_side():
    # PLACED_SIDE: 'CART…不同于我们在基尼系数中的计算…': the side is the computation done in the Gini section
    check_readings(
        BREADS3_ZH,
        ("Sour_Dough", "comparedWith", "Rye_Yeast_Evolution"),
        absent=["SD 不同于我们在 RYE 中的计算。\n", "SD 不同于在 RYE 中的做法。\n", "SD 不同于在 RYE 里面的做法。\n"],
        present=["SD 不同于 RYE。\n"],
    )


def test_names_in_a_bracket_after_a_side_are_what_it_is_made_of_not_sides():
    # _bracket_owner: 'SwiGLU (SiLU + gating mechanism) versus standard ReLU' compares SwiGLU; the bracket says what it
    # is made of
    pre = "RYE (Rye Yeast Evolution), WB (White Bread), SD (Sour Dough) and CB (Corn Bread) are breads.\n\n"
    for sentence in ("We evaluated SD (RYE + WB) versus CB.\n", "We evaluated SD (made of RYE and WB) versus CB.\n"):
        got = {(s, p, o) for s, p, o, _ in extract(pre + sentence, min_confidence=0.0)}
        assert ("Sour_Dough", "comparedWith", "Corn_Bread") in got, sentence
        assert not {("Rye_Yeast_Evolution", "comparedWith", "Corn_Bread"), ("White_Bread", "comparedWith", "Corn_Bread")} & got
    # a bracket opening with a coordination word adds a side: 'Adam (and AdamW) versus SGD' compares both
    joined = {(s, p, o) for s, p, o, _ in extract(pre + "We evaluated SD (and RYE) versus CB.\n", min_confidence=0.0)}
    assert {("Sour_Dough", "comparedWith", "Corn_Bread"), ("Rye_Yeast_Evolution", "comparedWith", "Corn_Bread")} <= joined


def test_a_participle_after_an_adverb_describes_the_name_after_it():
    # _attributive_after_adverb: 'a popular and widely used surrogate model', 'two other frequently used kernels': the
    # participle describes the name after it, nothing uses it; 'is widely used in', an auxiliary ('have strictly used')
    # or a name before the adverb ('X, consistently outperformed Y') keep the verb
    pre = "RYE (Rye Yeast Evolution), WB (White Bread), SD (Sour Dough) and CB (Corn Bread) are breads.\n\n"
    fact = ("Rye_Yeast_Evolution", "uses", "White_Bread")
    for described in ("RYE has become a popular and widely used WB.\n", "RYE and CB are two other frequently used WB.\n"):
        assert fact not in {(s, p, o) for s, p, o, _ in extract(pre + described, min_confidence=0.0)}, described
    assert ("White_Bread", "uses", "Rye_Yeast_Evolution") in {
        (s, p, o) for s, p, o, _ in extract(pre + "RYE is widely used in WB.\n", min_confidence=0.0)
    }
    assert fact in {(s, p, o) for s, p, o, _ in extract(pre + "RYE have strictly used WB.\n", min_confidence=0.0)}
    # no noun phrase begun before the adverb (a pronoun, a relative, a noun and 'and'): the participle is the verb
    for verb in ("## RYE\n\nIt successfully used WB after every step.\n", "RYE is the bread that originally used WB.\n",
                 "RYE was baked on the stones and successfully used WB.\n"):
        assert fact in {(s, p, o) for s, p, o, _ in extract(pre + verb, min_confidence=0.0)}, verb


def test_people_other_than_the_subject_do_what_their_clause_says_not_the_topic():
    # _outside_agent_subject, kg:OutsideAgent: under '## RYE', 'Commonly, analysts use WB here' says what analysts do;
    # a kind noun ('The models use …'), a pronoun ('It always uses …'), a part ('All heads use …') and the authors
    # ('We use …') leave the topic the subject
    pre = "RYE (Rye Yeast Evolution), WB (White Bread), SD (Sour Dough) and CB (Corn Bread) are breads.\n\n## RYE\n\n"
    fact = ("Rye_Yeast_Evolution", "uses", "White_Bread")
    for outside in ("Commonly, analysts use WB here.\n", "Analysts can also use WB here.\n", "分析师使用 WB。\n"):
        assert fact not in {(s, p, o) for s, p, o, _ in extract(pre + outside, min_confidence=0.0)}, outside
    for kept in ("The models use WB here.\n", "It always uses WB here.\n", "All heads use WB.\n", "We use WB here.\n"):
        assert fact in {(s, p, o) for s, p, o, _ in extract(pre + kept, min_confidence=0.0)}, kept


def test_a_name_after_a_new_predicate_is_no_side_of_an_english_comparison():
    # ClauseReader._new_predicate_between: 'posts related to sports is much less predictive than knowing … NBA' relates
    # the posts to sports, words kg does not know ('is' begins a new predicate); a name after a side's own modifiers,
    # however many, is still the side
    pre = "RYE (Rye Yeast Evolution), WB (White Bread), SD (Sour Dough) and CB (Corn Bread) are breads.\n\n"
    far = "RYE is related to sports and is much less tasty than the crust of WB.\n"
    assert ("Rye_Yeast_Evolution", "relatedTo", "White_Bread") not in {
        (s, p, o) for s, p, o, _ in extract(pre + far, min_confidence=0.0)
    }
    for near in ("RYE is equivalent to a weighted infinite sum of WB.\n", "RYE is compared with the previous state-of-the-art WB.\n",
                 "RYE is similar to the much older and more widely known WB.\n"):
        assert ("Rye_Yeast_Evolution", "comparedWith", "White_Bread") in {
            (s, p, o) for s, p, o, _ in extract(pre + near, min_confidence=0.0)
        }, near


def test_a_quantified_group_opening_the_clause_is_its_own_subject():
    # _quantified_group_subject: 'most model architectures normalize … using LayerNorm' is what those do, not the
    # section's topic; a pronoun or a bare verb still speaks of the topic
    check_readings(
        BREADS_EN + "## RYE\n\n",
        ("Rye_Yeast_Evolution", "uses", "White_Bread"),
        absent=[
            "A key consideration: most model architectures normalize layer outputs using something like WB or SD.",
            "Many bakeries bake loaves using WB.",
            "Some bakeries bake loaves using WB.",
        ],
        # a pronoun still speaks of the topic, after an adverb or in the group's clause; 'all' includes the topic
        present=[
            "It bakes loaves using WB.",
            "Most importantly it uses WB after every bake.",
            "Most of the time it uses WB.",
            "Most frameworks bake it using WB.",
            "All three breads use WB.",
        ],
    )


def test_what_a_replacement_replaces_is_a_noun_the_name_only_modifies_or_owns():
    # replaced_noun_not_name: 'replace mean-field WB posteriors with …', 'replace the full return of RYE with SD': the
    # posteriors, RYE's return are replaced; the name's kind ('WB layers') or a place ('WB in the loaves') leaves it
    preamble = "RYE (Rye Yeast Evolution), WB (White Bread), SD (Sour Dough) and CB (Corn Bread) are breads.\n\n"
    check_readings(
        preamble,
        ("Sour_Dough", "replaces", "White_Bread"),
        absent=[
            "CB replaces mean-field WB approximate posteriors with SD.",
            "CB replaces the full crust of WB with SD.",
            "CB replaces the left-to-right crust of WB with SD.",
        ],
        present=[
            "CB replaces WB with SD.",
            "CB replaces WB layers with SD.",
            "CB replaces stacks of WB with SD.",
            "CB replaces all of the WB layers with SD.",
            "CB replaced every instance of WB with SD.",
        ],
    )
    # the agent still uses the new one, also when the section's topic is the agent
    for text in ("CB replaces mean-field WB approximate posteriors with SD.", "CB methods replace the full crust of WB with SD."):
        assert ("Corn_Bread", "uses", "Sour_Dough") in readings(preamble + text), text
    assert ("Corn_Bread", "uses", "Sour_Dough") in readings(preamble + "## CB\n\nIt replaces the full crust of WB with SD.")
    # 'used by' names an agent, not a replacement
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") not in readings(
        preamble + "## RYE\n\nwe replace the default CB architecture used by WB with the SD architecture."
    )


def test_a_likeness_inside_a_verbs_object_compares_nothing_with_the_subject():
    # likeness_in_verb_object: 'ResNet 使用了类似 Dropout 的随机丢弃结构' uses a structure like dropout; ResNet, a model, is
    # compared neither with Dropout nor with the name after 的. Two of one kind are likened ('GRU 采用了类似 LSTM 的门控机制'),
    # and a likeness that is the clause's predicate compares (a relative clause before it: 'RYE 采用的结构类似 WB 的结构')
    got = readings("ResNet 使用了类似 Dropout 的随机丢弃结构。\n") | readings("ResNet 使用了类似 Dropout 的 BatchNorm。\n")
    assert not {f for f in got if f[1] == "comparedWith"}, got
    assert ("GRU", "comparedWith", "LSTM") in readings("GRU 采用了类似 LSTM 的门控机制。\n")
    preamble = "RYE（Rye Yeast Evolution）、WB（White Bread）、SD（Sour Dough）和 CB（Corn Bread）都是面包。\n\n"
    assert ("Rye_Yeast_Evolution", "comparedWith", "White_Bread") in readings(preamble + "RYE 的结构类似于 WB 的结构。")
    assert ("Rye_Yeast_Evolution", "comparedWith", "White_Bread") in readings(preamble + "RYE 采用的结构类似 WB 的结构。")


def test_the_name_before_a_combining_ba_phrase_uses_each_name_it_combines():
    # combined_names: 'CB 将 RYE 与 WB 结合在一起', 'CB 是将 RYE 和 WB 结合在一起的面包': CB uses both; with no name before
    # 将 ('有人将 RYE 与 WB 结合…'), no one named does
    preamble = "RYE（Rye Yeast Evolution）、WB（White Bread）、SD（Sour Dough）和 CB（Corn Bread）都是面包。\n\n"
    for text in ("CB 将 RYE 与 WB 结合在一起。", "CB 是将 RYE 和 WB 结合在一起的面包。", "CB将RYE、WB相结合。"):
        got = readings(preamble + text)
        assert {("Corn_Bread", "uses", "Rye_Yeast_Evolution"), ("Corn_Bread", "uses", "White_Bread")} <= got, text
    assert not {f for f in readings(preamble + "有人将 RYE 与 WB 的理念结合在了一起。") if f[1] == "uses"}
    # a name after a use or means word is the instrument, not who combines
    for text in ("使用 CB 将 RYE 与 WB 结合在一起。", "SD 通过 CB 将 RYE 与 WB 结合在一起。", "SD 用 CB 把 RYE 和 WB 结合起来。"):
        assert ("Corn_Bread", "uses", "Rye_Yeast_Evolution") not in readings(preamble + text), text


def test_a_training_methods_name_before_a_network_noun_names_a_network_not_the_method():
    # _models_named_after (kg:NetworkNoun): 'BP神经网络包括输入层…' is about a network trained with backpropagation;
    # its layers are no part of backpropagation
    for text in ("一个BP神经网络包括输入层（Input Layer）和输出层（Output Layer）。", "BP神经网络使用 Dropout 防止过拟合。"):
        got = readings(text + "\n")
        assert not {f for f in got if "Backpropagation" in (f[0], f[2])}, got
    assert ("Backpropagation", "uses", "Chain_Rule") in readings("BP 使用链式法则（Chain Rule）计算梯度。\n")
    # a method that is a verb's object, with 网络 opening the next clause, stays the method
    assert ("ResNet", "uses", "SGD") in readings("ResNet 采用 SGD 网络收敛更稳定。\n")
    assert ("ResNet", "uses", "GradientClipping") in readings("ResNet uses gradient clipping network-wide.\n")


def test_what_was_used_before_is_not_the_topics_doing():
    # ClauseReader._unnamed_subject with kg:PriorPractice: under '## RYE', '使用 WB 做底，之前使用的都是 SD' (as
    # '使用重叠的最大池化，之前使用的都是平均池化' under AlexNet) says SD is what was used before RYE; RYE uses WB
    heading = BREADS3_ZH + "## RYE\n\n"
    check_readings(
        heading,
        ("Rye_Yeast_Evolution", "uses", "Sour_Dough"),
        absent=["- 使用 WB 做底，之前使用的都是 SD。\n", "- 之前使用 SD 做底。\n", "- Previously, uses SD for the crust.\n"],
        present=["- 使用 SD 做底。\n", "- Uses SD for the crust.\n"],
    )
    check_readings(heading, ("Rye_Yeast_Evolution", "uses", "White_Bread"), present=["- 使用 WB 做底，之前使用的都是 SD。\n"])


def test_a_demonstrative_with_a_noun_of_its_own_is_not_the_name_before():
    # ClauseGuards._determiner: 'This toy dataset is available as part of scikit-learn' and '这个基础词表包含…' are about
    # the dataset and the vocabulary the demonstrative goes with, not the name the sentence before was about. A
    # pronoun 'This' with its verb after it ('This uses', 'This also uses'), or '这个' with a kind noun ('这个方法',
    # '这一结构'), is that name again
    check_readings(
        BREADS_EN,
        ("Rye_Yeast_Evolution", "uses", "White_Bread"),
        absent=["RYE rises slowly. This toy oven uses WB to finish the crust.\n"],
        present=[
            "RYE rises slowly. This uses WB to finish the crust.\n",
            "RYE rises slowly. This also uses WB to finish the crust.\n",
        ],
    )
    check_readings(
        BREADS_ZH,
        ("Rye_Yeast_Evolution", "uses", "White_Bread"),
        absent=["RYE 发酵很慢。这个烤箱使用了 WB 来烤面包皮。\n"],
        present=["RYE 发酵很慢。这个方法使用了 WB 来烤面包皮。\n", "RYE 发酵很慢。这一结构使用了 WB 来烤面包皮。\n"],
    )


def test_a_measure_is_never_used_nor_a_side_even_with_a_longer_name_ending_in_it():
    # Relator._allowed and _measures: 'RYE 比 WB 实现了 24% 的吞吐量增益' (as 'ZeRO++ 比 ZeRO-3 实现了 24% 的吞吐量增益')
    # says what RYE reaches; a measure (a concept named by kg:AttributeNoun words) is never used nor a part. A
    # clause a bracket cut short ('需要平衡吞吐量（Throughput）') gives the measure a longer name that ends in the
    # attribute noun; it stays a measure, so it is no side of a comparison either
    defined = BREADS3_ZH + "吞吐量（Throughput）是每秒烤出的面包数。\n\n需要平衡吞吐量（Throughput）和能耗。\n\n"
    check_readings(
        defined,
        ("Rye_Yeast_Evolution", "uses", "Throughput"),
        absent=["对于 2k 的面团，RYE 比 WB 实现了 24% 到 29% 的吞吐量增益。\n"],
    )
    check_readings(defined, ("Throughput", "comparedWith", "Rye_Yeast_Evolution"), absent=["相比 RYE，吞吐量提升 5 倍。\n"])
    check_readings(defined, ("Rye_Yeast_Evolution", "uses", "White_Bread"), present=["RYE 使用了 WB。\n"])


def test_a_name_the_notes_write_as_a_data_sets_is_a_data_set():
    # mentions.dataset_names and pipeline.discovered_classes: 'CMRC 2018 数据集', 'the GLUE benchmark', or a row of a
    # table headed '| 数据集 | …': a reader files the name with ImageNet, so it is never a side of a comparison with a
    # bread nor what uses one; a bread may still use it
    preamble = BREADS_ZH + "BAKE（Bread Assessment Kit Evaluation）是一套评测。\n\n"
    kit = "Bread_Assessment_Kit_Evaluation"
    for mark in [
        "我们在 BAKE 数据集上评测。\n\n",
        "We score breads on the BAKE benchmark.\n\n",
        "| 数据集 | 大小 |\n| --- | --- |\n| BAKE | 10K |\n\n",
    ]:
        check_readings(preamble, ("Rye_Yeast_Evolution", "comparedWith", kit), present=["RYE 与 BAKE 相比，面包皮更脆。\n"])
        check_readings(preamble + mark, ("Rye_Yeast_Evolution", "comparedWith", kit), absent=["RYE 与 BAKE 相比，面包皮更脆。\n"])
        check_readings(preamble + mark, (kit, "uses", "Rye_Yeast_Evolution"), absent=["BAKE 使用了 RYE。\n"])
        check_readings(preamble + mark, ("Rye_Yeast_Evolution", "uses", kit), present=["RYE 使用了 BAKE。\n"])


def test_a_comparison_frame_may_say_how_usual_the_set_aside_name_is():
    # Relator._comparison_opener, kg:SideModifier: '与传统的卷积神经网络（CNN）不同，GNN…' and 'Unlike the traditional RYE, WB…'
    # still only set one name aside; the next clause's subject is compared with it
    check_readings(
        BREADS3_ZH, ("White_Bread", "comparedWith", "Rye_Yeast_Evolution"), present=["与传统的 RYE 相比，WB 的面包皮更脆。\n"]
    )
    check_readings(
        BREADS_EN,
        ("White_Bread", "comparedWith", "Rye_Yeast_Evolution"),
        present=["Unlike the traditional RYE, WB has a crisp crust.\n"],
    )


def test_a_name_doing_the_verb_of_a_relative_clause_is_not_the_compared_side():
    # Relator._doer_of_relative: '相对于常见的 DPO、PPO，DeepSeek 采用的强化学习算法是 GRPO' compares the algorithm WB adopts,
    # not WB: a verb cue and 的 right after the name make it the doer of a clause over another noun
    check_readings(
        BREADS3_ZH,
        ("White_Bread", "comparedWith", "Rye_Yeast_Evolution"),
        absent=["与 RYE 相比，WB 采用的面团更软。\n"],
        present=["与 RYE 相比，WB 的面团更软。\n"],
    )


def test_a_clause_that_is_one_more_item_of_the_compared_list_is_no_other_side():
    # Relator._comparison_opener: '对比HT(Hashing trick), ECOC(…), PMI(…)，BE…' lists what BE is compared with; the
    # clause after the first comma is only the next item, and its name is no side compared with the first
    check_readings(
        "",
        ("Corn_Dough", "comparedWith", "Apple_Bread"),
        absent=["7. 对比AB(Apple Bread), CD(Corn Dough), EF(Egg Flour)，GH 拥有即时操作等优点。\n"],
    )


def test_an_abbreviation_given_in_the_plural_names_the_concept_in_the_singular_in_those_notes(tmp_path):
    # mentions.singular_abbreviations and singular_abbreviation_files: '酸面团（Sour Doughs, SDs）' then 'SD 使用了 WB' in the
    # same note: SD is the concept. In another note the same letters are no name of it ('分布Sd加权': a symbol)
    a = "酸面团（Sour Doughs, SDs）是一种面团。\n\nWB（White Bread）是面包。\n\nSD 使用了 WB。\n"
    b = "WB（White Bread）是面包。\n\nWB 使用了 SD。\n"
    found = facts_of_two_notes(tmp_path, a, b)
    assert ("Sour_Doughs", "uses", "White_Bread") in found
    assert ("White_Bread", "uses", "Sour_Doughs") not in found


def test_a_two_letter_acronym_one_note_defines_names_that_concept_in_that_note_only(tmp_path):
    # mentions.short_acronym_files: 'SD(Smart Deceivers)' in a crowdsourcing note; in a diffusion note 'SD' is
    # Stable Diffusion, no name of it (seen-p read 'Smart Deceivers uses Latent Space'). Two letters name a different
    # thing in almost every field; a longer acronym defined in brackets stays a name anywhere, as a glossary's is
    a = "面团分为三类：FD(Fast Doughs), SD(Sour Doughs), RB(Rye Breads)。\n\nSD 使用了 WB（White Bread）。\n\nSDX(Sour Dough Extra) 是面团。\n"
    b = "WB（White Bread）是面包。\n\nSD 使用了 WB。\n\nWB 使用了 SDX。\n"
    found = facts_of_two_notes(tmp_path, a, b)
    assert ("Sour_Doughs", "uses", "White_Bread") in found  # in the note that defines it, SD is that name
    assert ("White_Bread", "uses", "Sour_Dough_Extra") in found  # three letters: a name in every note
    # b's 'SD 使用了 WB' is its own SD's: only a's reading of SD gives the fact, from a's sentence
    backend_rows = [t for t in found if t[0] == "Sour_Doughs"]
    assert backend_rows == [("Sour_Doughs", "uses", "White_Bread")]
    b2 = "WB（White Bread）是面包。\n\nSD 使用了 Dropout。\n"
    (tmp_path / "2").mkdir()
    assert ("Sour_Doughs", "uses", "Dropout") not in facts_of_two_notes(tmp_path / "2", a, b2)
    # a note that writes the name out reads the acronym as it, and the plural is tied like the singular (review70)
    (tmp_path / "3").mkdir()
    b3 = "Sour Doughs are common.\n\nSD 使用了 Dropout。\n\nResNet uses SDs.\n"
    assert ("Sour_Doughs", "uses", "Dropout") in facts_of_two_notes(tmp_path / "3", a, b3)
    (tmp_path / "4").mkdir()
    b4 = "WB（White Bread）是面包。\n\nResNet uses SDs.\n"
    assert ("ResNet", "uses", "Sour_Doughs") not in facts_of_two_notes(tmp_path / "4", a, b4)


def test_the_core_idea_of_a_name_is_what_it_uses():
    # kg:uses cues '的核心思想是', '的核心是', "'s core idea is": 'LSTM 的核心是门控机制' says what LSTM is built on
    check_readings(
        BREADS_ZH,
        ("Rye_Yeast_Evolution", "uses", "White_Bread"),
        present=["RYE 的核心思想是 WB。\n", "RYE 的核心是 WB。\n"],
    )
    check_readings(BREADS_EN, ("Rye_Yeast_Evolution", "uses", "White_Bread"), present=["RYE's core idea is WB.\n"])
    # a name in italics is still the name ('*White Bread*', '_WB_'): the marks are no letters of it
    check_readings(
        BREADS_EN, ("Rye_Yeast_Evolution", "uses", "White_Bread"), present=["RYE is baked using *White Bread*.\n", "RYE uses _WB_ daily.\n", "RYE uses ==WB== daily.\n"]
    )
    # a participle cue in the passive with 'by' names its doer after 'by', whatever the form of 'be' and an adverb
    # between; a negated passive states nothing
    check_readings(
        BREADS_EN,
        ("White_Bread", "improvesOn", "Rye_Yeast_Evolution"),
        present=["RYE is clearly outperformed by WB.\n", "RYE was outperformed by WB on all tasks.\n", "RYE is surpassed by WB.\n"],
    )
    check_readings(
        BREADS_EN,
        ("Rye_Yeast_Evolution", "improvesOn", "White_Bread"),
        absent=["RYE is clearly outperformed by WB.\n", "RYE was outperformed by WB on all tasks.\n"],
    )
    check_readings(
        BREADS_EN, ("White_Bread", "improvesOn", "Rye_Yeast_Evolution"), absent=["RYE is not outperformed by WB.\n"]
    )
    # an act done on the name after 'by' ('by removing WB') is what does it, not the name; 'by using WB' keeps WB
    check_readings(BREADS_EN, ("White_Bread", "mitigates", "Overfitting"), absent=["Overfitting was addressed by removing WB.\n"])
    check_readings(BREADS_EN, ("White_Bread", "mitigates", "Overfitting"), present=["Overfitting was addressed by WB.\n"])
    # what the author struck out is retracted
    check_readings(BREADS_EN, ("Rye_Yeast_Evolution", "uses", "White_Bread"), absent=["~~RYE uses WB daily.~~\n"])


def test_the_answer_to_how_to_solve_a_names_own_problem_does_not_make_the_name_the_remedy():
    # Relator._asks_remedy_of_own_problem: under '## 如何解决RNN梯度爆炸和弥散的问题？' the answers ('为了解决梯度弥散的问题，
    # 我们介绍了两种方法') remedy RYE's own problem; RYE has it and mitigates nothing. A question about what RYE does
    # reads the same answer as RYE's remedy
    answer = "为了解决梯度消失问题，我们介绍了两种方法。\n"
    fact = ("Rye_Yeast_Evolution", "mitigates", "VanishingGradient")
    check_readings(BREADS_ZH, fact, absent=["## 1. 如何解决 RYE 梯度消失的问题？\n\n" + answer], present=["## 1. RYE 有什么作用？\n\n" + answer])
    check_readings(
        BREADS_EN,
        fact,
        absent=["## 1. How to solve the vanishing gradient of RYE?\n\nTo solve the vanishing gradient problem, two methods were proposed.\n"],
    )


def test_use_after_a_resource_noun_is_the_noun_usage():
    # kg:NominalPrefix '内存', '显存', '带宽', '资源': 'LoRA 通过减少内存使用来加速 RLHF' reduces memory usage to speed RLHF
    # up; 使用 there is a noun, and LoRA uses nothing
    check_readings(
        BREADS_ZH,
        ("Rye_Yeast_Evolution", "uses", "White_Bread"),
        absent=["RYE 通过减少内存使用来加速 WB。\n", "RYE 可以减少显存使用和 WB 的通信。\n"],
        present=["RYE 使用了 WB。\n"],
    )


def test_a_capitalised_pair_opening_a_sentence_is_a_name_pronouns_may_stand_for():
    # ClauseGuards._opens_with_unknown_name (OPENING_TITLE_PAIR): 'Rye Systems has a suite of filters …' is about Rye
    # Systems, a name kg does not know; 'They' in the next sentence is that name, not the filters it mentions
    text = "Rye Systems has a suite of filters and options. They can even use chain of thought prompting.\n"
    assert extract(text, min_confidence=0) == []
    kept = "Convolution kernels are small filters. They use chain of thought prompting.\n"
    assert ("ConvolutionKernel", "uses", "ChainOfThoughtPrompting", False) in extract(kept, min_confidence=0)


def test_a_display_formula_ends_the_sentence_before_it():
    # sentence_bounds: '…参数 T：\n$$\nCorn Bread(z) = z/T\n$$\n由于参数 T 可以使用 Yeast Powder 学习' — the name inside the
    # formula is no doer of the words after it; text that runs on without a formula keeps its subject
    defs = CORN_RYE_YEAST_ZH
    text = "论文提出在 Rye Flour 中添加参数 T：\n$$\nCorn Bread(z) = z / T\n$$\n由于参数 T 可以使用 Yeast Powder 自动学习。\n"
    assert not any(f[2] == "Yeast_Powder" for f in extract(defs + text, min_confidence=0))
    kept = "Corn Bread 的公式如下，$Corn Bread(z) = z / T$，它可以使用 Yeast Powder 自动学习。\n"
    assert ("Corn_Bread", "uses", "Yeast_Powder", False) in extract(defs + kept, min_confidence=0)


def test_a_demonstrative_alone_before_a_verb_of_a_statement_stands_for_no_name():
    # ClauseGuards (kg:PropositionVerb): 'This is the reason for using X', 'This stands in contrast to X', 'This means
    # that …', '这其中…': 'this' points to what the sentence before said, not to its name; 'This uses X' still reads
    defs = CORN_RYE_YEAST_ZH
    for text in (
        "Corn Bread is very soft. This is the reason for using Yeast Powder in bread.\n",
        "Corn Bread is very soft. This stands in contrast to Rye Flour.\n",
        "Corn Bread 很软。这其中就可能包含 Yeast Powder。\n",
        "Corn Bread is baked with others. This is done using Yeast Powder.\n",
    ):
        assert extract(defs + text, min_confidence=0) == [], text
    assert ("Corn_Bread", "uses", "Yeast_Powder", False) in extract(
        defs + "Corn Bread is very soft. This uses Yeast Powder.\n", min_confidence=0
    )


def test_a_pronoun_reading_with_an_end_the_notes_only_made_is_a_record_only():
    # confidence.SUBJECT_EVIDENCE["pronoun"]: 'it' resolved to the sentence before's subject is right less often than
    # a subject the clause names; with an end known only as an acronym the notes use, the reading stays a record
    text = "# Notes\n\nResNet is very deep. It uses QZX.\n\nQZX is a trick. QZX is cheap.\n"
    assert ("ResNet", "uses", "QZX", False) not in extract(text)
    assert ("ResNet", "uses", "QZX", False) in extract(text, min_confidence=0)
    known = "# Notes\n\nResNet is very deep. It uses batch normalization.\n"
    assert ("ResNet", "uses", "BatchNorm", False) in extract(known)


def test_a_how_to_lead_before_a_list_gives_no_uses_of_what_is_worked_on():
    # LayoutReader._open_cue and ClauseGuards.reader_instruction: 'Lesson treats how to bake Corn Bread using two
    # methods:' then a list: the reader bakes with them, Corn Bread uses none; 'Corn Bread uses two ingredients:' does
    defs = CORN_RYE_YEAST_ZH
    listed = "\n- Rye Flour\n- Yeast Powder\n"
    how = extract(defs + "## Notes\n\nLesson treats how to bake Corn Bread using two methods:" + listed, min_confidence=0)
    assert not any(f[0] == "Corn_Bread" and f[1] == "uses" for f in how)
    kept = extract(defs + "## Notes\n\nCorn Bread uses two ingredients:" + listed, min_confidence=0)
    assert {("Corn_Bread", "uses", "Rye_Flour", False), ("Corn_Bread", "uses", "Yeast_Powder", False)} <= set(kept)


def test_a_bold_link_alone_on_its_line_names_the_work_the_blocks_after_it_are_about():
    # structure._ItemBuilder.work and Relator._work_topic: under '## Corn Bread', '**[A Study of Crumbs](https://…)**'
    # then '- use Yeast Powder': the paper uses it, not the section's Corn Bread; a plain bold label keeps the topic
    defs = CORN_RYE_YEAST_ZH
    papers = (
        "## Corn Bread\n\n**[A Study of Crumb Texture](https://example.org/a)**\n\n- use Yeast Powder\n\n"
        "**[Bread at Scale](https://example.org/b)**\n\n- use Rye Flour\n"
    )
    assert not [f for f in extract(defs + papers, min_confidence=0) if f[0] == "Corn_Bread"]
    plain = "## Corn Bread\n\n**Method**\n\n- use Yeast Powder\n"
    assert ("Corn_Bread", "uses", "Yeast_Powder", False) in extract(defs + plain, min_confidence=0)


def test_a_kind_cue_inside_the_opening_noun_phrase_links_nothing():
    # ClauseReader._unnamed_subject, WordPatterns.opening_noun_phrase: 'The simple version of Corn Bread can be
    # written …' under '## Rye Flour' is about that version; 'It is a simple version of Corn Bread' links the two
    defs = CORN_RYE_ZH
    for text in (
        "## Rye Flour\n\nThe simple version of a Corn Bread can be written in a few lines of pseudocode:\n",
        "## Rye Flour\n\nA faster version of Corn Bread was proposed in 2019.\n",
    ):
        assert extract(defs + text, min_confidence=0) == [], text
    kept = "## Rye Flour\n\nIt is a simple version of Corn Bread.\n"
    assert ("Rye_Flour", "relatedTo", "Corn_Bread", False) in extract(defs + kept, min_confidence=0)


def test_a_chinese_name_two_notes_translate_as_two_things_stays_two_concepts(tmp_path):
    # split_translations in unify and the pipeline's per-file senses: '烤箱层（Oven Layer）' in a.md and
    # '烤箱层（Crust Head）' in b.md are two things; each note's 烤箱层 is its own, and the word joins neither
    read = facts_of_two_notes(
        tmp_path,
        "# 面包\n\n烤箱层（Oven Layer）是面包的一层。烤箱层使用黑麦粉（Rye Flour）。\n",
        "# 模型\n\n烤箱层（Crust Head）是模型的一层。烤箱层使用酵母粉（Yeast Powder）。\n",
    )
    assert ("Oven_Layer", "uses", "Rye_Flour") in read and ("Crust_Head", "uses", "Yeast_Powder") in read


def test_replacing_an_unnamed_thing_under_a_topic_means_the_topic_uses_the_new_one():
    # ClauseReader._read_verb_cue (unnamed_replaced, now with an implied subject): under '## Corn Bread',
    # 'Replaces the old crust with Yeast Powder.' says Corn Bread uses Yeast Powder, not that it replaces it
    defs = CORN_RYE_YEAST_ZH
    for text in (
        "## Corn Bread\n\nReplaces the old crust with Yeast Powder.\n",
        "## Corn Bread\n\n- replaces the old crust with Yeast Powder.\n",
    ):
        found = extract(defs + text, min_confidence=0)
        assert ("Corn_Bread", "uses", "Yeast_Powder", False) in found, text
        assert not [f for f in found if f[1] == "replaces"], text


def test_a_title_with_its_venue_and_year_labels_an_item_about_that_work():
    # WORK_LABEL and Relator._span_label: '- **A Study of Crumb Texture** (Bread Conf 2016): uses Yeast Powder.' under
    # '## Papers': the paper uses it, not the file's topic; a title kg knows whole ('Corn Bread (… 2016):') is the subject
    defs = CORN_RYE_YEAST_ZH
    text = "# Corn Bread\n\n## Papers\n\n- **A Study of Crumb Texture** (Bread Conf 2016): uses Yeast Powder.\n"
    assert not [f for f in extract(defs + text, min_confidence=0) if f[0] == "Corn_Bread"]
    known = "# Breads\n\n## Papers\n\n- **Corn Bread** (Bread Conf 2016): uses Yeast Powder.\n"
    assert ("Corn_Bread", "uses", "Yeast_Powder", False) in extract(defs + known, min_confidence=0)


def test_an_equivalence_with_an_act_compares_no_name():
    # GERUND_ACT in ClauseReader._read_pair_cue: 'Baking Corn Bread is equivalent to minimizing the Rye Flour' likens
    # two acts; Corn Bread is not compared with Rye Flour. 'Corn Bread is equivalent to a Rye Flour' still compares
    defs = CORN_RYE_ZH
    assert extract(defs + "Corn Bread is equivalent to minimizing the Rye Flour.\n", min_confidence=0) == []
    kept = extract(defs + "Corn Bread is equivalent to a Rye Flour.\n", min_confidence=0)
    assert ("Corn_Bread", "comparedWith", "Rye_Flour", False) in kept


def test_a_gerund_coordinated_with_a_name_is_not_done_by_it():
    # ClauseGuards._coordinated_gerund: 'Corn Bread and applying Rye Flour reduce the cost' names two things done side
    # by side; 'Corn Bread works by applying Rye Flour' still says Corn Bread uses it
    defs = CORN_RYE_ZH
    assert extract(defs + "Corn Bread and applying Rye Flour reduce the cost.\n", min_confidence=0) == []
    kept = extract(defs + "Corn Bread works by applying Rye Flour.\n", min_confidence=0)
    assert ("Corn_Bread", "uses", "Rye_Flour", False) in kept


def test_a_relative_clause_after_a_tool_noun_describes_the_tool():
    # ClauseGuards.tool_described (kg:ToolNoun): 'a library for Corn Bread that is built on Rye Flour' and 'the Corn
    # Bread library that is built on Rye Flour' say what the library is built on; 'Corn Bread is a model that is built
    # on Rye Flour' still says Corn Bread is
    defs = CORN_RYE_ZH
    for text in (
        "This is a special library for SOTA Corn Bread that's built on top of Rye Flour.\n",
        "This is the most scalable Corn Bread library currently that is built on top of Rye Flour.\n",
        "This is a popular Corn Bread DL library that is built on top of Rye Flour.\n",
    ):
        assert extract(defs + text, min_confidence=0) == [], text
    kept = extract(defs + "Corn Bread is a model that is built on top of Rye Flour.\n", min_confidence=0)
    assert ("Corn_Bread", "uses", "Rye_Flour", False) in kept


def test_advice_about_the_topic_itself_is_not_a_use_of_it():
    # Relator._own_variant: under '## Corn Bread', '- Use Corn Bread Loaves' is advice about the topic (its
    # larger form), not something Corn Bread uses; '- Use Rye Flour' still is; a named subject keeps its reading
    defs = CORN_RYE_ZH + "大玉米面包（Corn Bread Loaves）是一种面包。\n\n"
    found = extract(defs + "## Corn Bread\n\n- Use Corn Bread Loaves\n- Use Rye Flour.\n", min_confidence=0)
    assert ("Corn_Bread", "uses", "Rye_Flour", False) in found
    assert ("Corn_Bread", "uses", "Corn_Bread_Loaves", False) not in found


def test_a_bare_verb_cue_after_an_article_or_of_modifies_the_noun_after_it():
    # ClauseGuards.attributive_cue: 'a wider range of substitute words predicted by the Rye Flour task' names words;
    # nothing replaces anything. 'Corn Bread can substitute Rye Flour' still says Corn Bread replaces it
    defs = CORN_RYE_ZH
    text = "Apply Corn Bread by offering a wider range of substitute words predicted by the Rye Flour task.\n"
    assert extract(defs + text, min_confidence=0) == []
    kept = extract(defs + "Corn Bread can substitute Rye Flour.\n", min_confidence=0)
    assert ("Corn_Bread", "replaces", "Rye_Flour", False) in kept


def test_de_written_for_di_after_a_manner_word_leaves_the_verb_a_verb():
    # Guards._manner_de (kg:MannerAdverb): '有效的避免' is '有效地避免' (effectively avoids) when 了 or a name follows;
    # 'Dropout层的引入' (the introduction of a Dropout layer) stays a noun
    assert ("DenseNet", "mitigates", "Overfitting") in readings("DenseNet有效的降低了过拟合。")
    assert ("DenseNet", "mitigates", "Overfitting") in readings("## DenseNet\n\n它可以有效的避免过拟合的问题。\n")
    assert readings("## DenseNet\n\nDropout层的引入。\n") == set()


def test_an_opening_use_phrase_does_not_make_its_object_the_doer_of_the_next_use():
    # Guards._sentence_subject: '使用 X 作为 …，利用 Y …' — two 'using' phrases side by side share one doer (here the
    # section's); X does not use Y. What X itself brings about ('…, preventing overfitting') is still X's.
    found = readings("## ResNet\n\n使用 Dropout 作为正则化手段，利用 Adam 优化模型。\n")
    assert ("Dropout", "uses", "Adam") not in found
    assert {("ResNet", "uses", "Dropout"), ("ResNet", "uses", "Adam")} <= found
    assert ("EarlyStopping", "mitigates", "Overfitting") in readings(
        "## Training\n\nImplement early stopping to halt training when performance plateaus, preventing overfitting.\n"
    )


def test_a_sentence_about_what_a_name_owns_is_not_about_the_sections_topic():
    # Relator.possessed_opening: under the question '为什么用 ReLU 而不用 Sigmoid', 'Sigmoid的导数…，会导致梯度消失' says
    # sigmoid (whose derivative it is) causes it, not ReLU; a use in such a sentence is no one's kg knows
    found = readings("# 为什么用 ReLU 而不用 Sigmoid\n\n- Sigmoid的导数在饱和区接近0，会导致梯度消失。\n")
    assert ("Sigmoid", "causes", "VanishingGradient") in found
    assert ("ReLU", "causes", "VanishingGradient") not in found
    found = readings("## ResNet\n\n- BatchNorm的输出很稳定，使用 Dropout 训练。\n")
    assert not any(o == "Dropout" for _, _, o in found)


def test_an_activity_and_head_noun_glossed_as_another_thing_is_that_name_only_in_the_notes_that_gloss_it(tmp_path):
    # mentions.activity_glosses: one note's '训练模型（Proofing Model）' (training + model, glossed as something else)
    # names the proofing model there; another note's '训练模型' is training a model. A gloss that translates the
    # activity word ('优势函数（Advantage Function）') is the field's name, a name anywhere
    from kg.extraction.mentions import DiscoveredConcept, activity_glosses

    found = [
        DiscoveredConcept("c:pm", "训练模型", "zh", "parenthesis", "a.md", 3),
        DiscoveredConcept("c:pm", "Proofing Model", "en", "parenthesis", "a.md", 3),
        DiscoveredConcept("c:af", "优势函数", "zh", "parenthesis", "a.md", 5),
        DiscoveredConcept("c:af", "Advantage Function", "en", "parenthesis", "a.md", 5),
        DiscoveredConcept("c:rm", "奖励模型", "zh", "parenthesis", "a.md", 7),
    ]
    got = activity_glosses(found, ["训练", "优势", "advantage"], ["模型", "函数"])
    assert got == {("训练模型", "c:pm"): frozenset({"a.md"})}

    from conftest import build_notes, facts

    backend = build_notes(
        tmp_path,
        {"a.md": "# 面包\n\n训练模型（Proofing Model）使用 RF（Rye Flour）。\n", "b.md": "# 蛋糕\n\n这样训练模型使用 WB（White Bread）。\n"},
    )
    read = facts(backend)
    assert ("Proofing_Model", "uses", "Rye_Flour") in read
    assert not any("Proofing_Model" in (s, o) and "White_Bread" in (s, o) for s, _, o in read), read


def test_a_clause_after_a_verb_first_clause_goes_on_with_the_sentences_subject():
    # ClauseGuards._sentence_subject: 'WB 加入了 SD，控制硬度，防止过拟合': '控制硬度' opens with its verb and has no subject
    # of its own, so the clause after it goes on with WB, the sentence's subject, not with the question's first name
    zh = (
        "## 硬度\n\n**硬度**越高越难吃。\n\nRYE（Rye Yeast Evolution）、WB（White Bread）和 SD（Sour Dough）都是面包。\n\n"
        "#### RYE 和 WB 的比较？\n\n- RYE 以 SD 作为酵母\n"
    )
    got = readings(zh + "- WB 在面团中加入了 SD，控制硬度，防止过拟合。\n")
    assert ("White_Bread", "mitigates", "Overfitting") in got
    assert ("Rye_Yeast_Evolution", "mitigates", "Overfitting") not in got


def test_a_related_cue_before_de_is_a_relative_clause_about_the_noun_after_it():
    # Relator._read_pair_cue: '与 X 相关的 Y' is 'the Y related to X': it relates Y (when kg knows it) to X, never the
    # clause's subject; a noun kg does not know after 的 leaves nothing to read
    zh = "RYE（Rye Yeast Evolution）、WB（White Bread）和 SD（Sour Dough）都是面包。\n\n## RYE\n\n"
    assert readings(zh + "图里展示了和 WB 相关的 SD 的发展路线。\n") == {("Sour_Dough", "relatedTo", "White_Bread")}
    assert not any(p == "relatedTo" for _, p, _ in readings(zh + "RYE 只考虑与 WB 最相关的数据点。\n"))
    assert ("Rye_Yeast_Evolution", "relatedTo", "White_Bread") in readings(zh + "RYE 与 WB 相关。\n")


def test_a_compared_name_followed_by_de_and_a_name_compares_the_owned_name():
    # Relator._read_pair_cue: '类似于 WB 的 SD' likens to SD, the name WB owns; an owned name kg does not know leaves
    # no side to read
    zh = "RYE（Rye Yeast Evolution）、WB（White Bread）和 SD（Sour Dough）都是面包。\n\n"
    got = readings(zh + "RYE 类似于 WB 的 SD。\n")
    assert ("Rye_Yeast_Evolution", "comparedWith", "Sour_Dough") in got
    assert ("Rye_Yeast_Evolution", "comparedWith", "White_Bread") not in got
    assert not any(p == "comparedWith" for _, p, _ in readings(zh + "RYE 类似于 WB 的 FSDX。\n"))


def test_using_something_the_notes_say_works_poorly_is_no_use():
    # ClauseGuards.poor_outcome_after: a kg:PoorOutcome phrase after the cue, in its clause or the next one, reports
    # that using it fails ('RYE 使用 SD 效果不佳', '也可以使用 SD，但经测试效果不佳', 'using SD works poorly')
    zh = "RYE（Rye Yeast Evolution）和 SD（Sour Dough）都是面包。\n\n"
    fact = ("Rye_Yeast_Evolution", "uses", "Sour_Dough")
    check_readings(
        zh,
        fact,
        absent=("RYE 等面包使用 SD 效果不佳。\n", "RYE 也可以使用 SD，但经测试效果不佳。\n", "RYE using SD works poorly.\n"),
        present=("RYE 使用 SD，效果很好。\n",),
    )


def test_a_layer_holding_parts_under_a_topic_that_is_no_model_says_nothing_of_the_topic():
    # Relator._unnamed_subject with part_noun_before: '模型中的每一层都包含了 A 和 B' under a question about LayerNorm (a
    # normalisation, no model): the layer is some model's; under a model's heading the parts are the model's
    text = "模型中的每一层都包含了多个自注意力机制和前馈神经网络。\n"
    assert not any(o == "LayerNorm" for _, _, o in readings("## 为什么要用 LayerNorm？\n\n" + text))
    assert ("SelfAttention", "partOf", "Transformer") in readings("## Transformer\n\n" + text)


def test_ba_after_a_place_and_before_a_modified_list_marks_what_is_replaced():
    # ClauseGuards._marked_object: '在 RYE 等面包中将原先的 SD、WB 换成 YB' — 将 after 中 is the object marker (no
    # '中将'), '原先的' only modifies the list, and the list's first name is replaced; RYE is where, and uses YB
    zh = "RYE（Rye Yeast Evolution）、WB（White Bread）、YB（Yeast Bread）和 SD（Sour Dough）都是面包。\n\n"
    got = readings(zh + "为什么在 RYE 等面包中将原先的 SD、WB 换成 YB 可以取得比较好的效果？\n")
    assert ("Yeast_Bread", "replaces", "Sour_Dough") in got
    assert ("Rye_Yeast_Evolution", "uses", "Yeast_Bread") in got
    assert ("Yeast_Bread", "replaces", "Rye_Yeast_Evolution") not in got


def test_a_use_that_becomes_inferior_is_no_use():
    # kg:PoorOutcome holds 'becomes inferior' / 'performs worse': 'We can use SD however after a point, it will become
    # inferior' reports the use failing
    zh = "RYE（Rye Yeast Evolution）和 SD（Sour Dough）都是面包。\n\n## RYE\n\n"
    assert ("Rye_Yeast_Evolution", "uses", "Sour_Dough") not in readings(
        zh + "We totally can use SD however after a certain point, it will become inferior.\n"
    )


def test_thats_why_points_to_a_statement_not_to_the_last_name():
    # kg:PropositionVerb holds the contracted 's why / 's because: 'That's why we use SD' gives the reason the sentence
    # before stated; 'that' is no name, so RYE (named there) does not use SD
    zh = "RYE（Rye Yeast Evolution）和 SD（Sour Dough）都是面包。\n\n## Bread\n\n"
    fact = ("Rye_Yeast_Evolution", "uses", "Sour_Dough")
    text = "The RYE matrix can grow really easily on long texts. That's why we are using SD.\n"
    assert fact not in readings(zh + text)
    assert fact not in readings(zh + text.replace("That's", "That’s"))


def test_based_on_x_de_y_reads_no_part_of_x():
    # Relator._read_possessives: '基于 RNN 的 attention' is attention based on RNN (kg:Basis before the first name),
    # not RNN's own attention; 'RNN 的 attention' alone still is
    zh = "## Attention\n\n"
    assert ("Attention", "partOf", "RNN") not in readings(zh + "相对于简单的基于RNN的attention，CNN 的效果更好。\n")
    assert ("Attention", "partOf", "RNN") in readings(zh + "相对于简单的RNN的attention，CNN 的效果更好。\n")


def test_a_link_alone_on_its_line_states_no_fact_of_the_notes():
    # Span.linked: '- [Title](https://…)' is a pointer to another text; its title is what that text claims
    fact = ("Rye_Yeast_Evolution", "comparedWith", "White_Bread")
    check_readings(
        BREADS_ZH,
        fact,
        absent=[
            "参考：\n\n- [RYE 和 WB 的区别](https://example.org/a)\n- [面包](https://example.org/b)\n",
            # an address with spaces is no link to the parser; the line is still one link to a reader
            "参考：\n\n- [RYE 和 WB 的区别](https://example.org/a#:~:text=RYE 和 WB 的区别)\n",
        ],
        present=["- [RYE](https://example.org/a) 和 WB 的区别在于发酵。\n", "- RYE 和 WB 的区别（[链接](https://example.org/a)）\n"],
    )


def test_models_named_after_a_component_are_not_the_component():
    # Relator._models_named_after: 'attention models' are a family of models (kg:ModelNoun after a kg:Component)
    check_readings(
        "",
        ("GAN", "uses", "Attention"),
        absent=["# Notes\n\nThe GAN uses attention models.\n", "# Notes\n\nGAN 使用注意力模型。\n"],
        present=["# Notes\n\nThe GAN uses attention.\n", "# Notes\n\nGAN 使用注意力。\n"],
    )


def test_two_cue_verbs_before_de_and_a_plain_noun_describe_that_noun():
    # _verb_pair_before_noun: '配合使用的效果' is the effect of using them together; no object follows the verbs
    check_readings(
        BREADS3_ZH,
        ("Rye_Yeast_Evolution", "uses", "White_Bread"),
        absent=["RYE 和 SD 配合使用的效果和 WB 一样。\n"],
        present=["RYE 配合 WB 使用。\n"],
    )


def test_a_name_a_reference_verb_points_to_holds_no_part():
    # kg:ReferenceVerb before a container cue: '参考 RYE 中 WB 的方法' sends the reader to RYE to look at WB's way
    check_readings(
        BREADS3_ZH,
        ("White_Bread", "partOf", "Rye_Yeast_Evolution"),
        absent=["参考RYE中WB的方法，我们可以写一个简单的代码。\n", "参考 RYE 中 WB 的方法，我们可以写一个简单的代码。\n"],
        present=["RYE中的WB很重要。\n"],
    )


def test_a_name_used_in_its_own_clause_is_no_subject_for_the_next():
    # Relator._used_in_own_clause: 'RYE就不能使用了' puts RYE first as what is (not) used; it uses nothing after
    check_readings(
        BREADS3_ZH,
        ("Rye_Yeast_Evolution", "uses", "White_Bread"),
        absent=["当面包变大时，RYE就不能使用了，此时往往使用WB。\n"],
        present=["当面包变大时，RYE就不能烘焙了，此时往往使用WB。\n"],
    )


def test_a_closing_question_particle_asks_yes_or_no():
    # kg:QuestionParticle: '…么？' asks, as '吗' does; 什么, 怎么, 这么 before the mark are words of their own
    uses = ("Rye_Yeast_Evolution", "uses", "White_Bread")
    check_readings(
        BREADS3_ZH,
        uses,
        absent=["- RYE 可以使用 WB 么？\n", "## RYE 使用 WB 么？\n\n不是。\n"],
        present=["- RYE 为什么使用 WB？\n", "- 那 RYE 为什么要这么使用 WB？\n", "## RYE 使用 WB 么？\n\n是的。\n"],
    )
    assert ("Rye_Yeast_Evolution", "doesNotUse", "White_Bread") in readings(BREADS3_ZH + "## RYE 使用 WB 么？\n\n不是。\n")


def test_names_coordinated_after_pronoun_and_he_are_one_side_of_a_likeness():
    # listed_side: '这和 RYE 和 WB 得到的结果类似' likens what was just said (这) to what RYE and WB give together
    check_readings(
        BREADS3_ZH,
        ("Rye_Yeast_Evolution", "comparedWith", "White_Bread"),
        absent=["可以看出，这和RYE和WB得到的结果类似。\n"],
        present=["可以看出，RYE和WB得到的结果类似。\n"],
    )


def test_a_likeness_describing_a_noun_after_de_compares_no_names():
    # '和 RYE、SD 类似的黑麦粉配方': the likeness describes a recipe kg does not know; kg:PossessionVerb keeps
    # '具有相似的' a comparison of the two names
    flour = BREADS3_ZH + "黑麦粉（Rye Flour）是一种面粉。\n\n"
    check_readings(
        flour, ("White_Bread", "comparedWith", "Rye_Yeast_Evolution"), absent=["WB 也用一个和 RYE、SD 类似的黑麦粉配方。\n"]
    )
    check_readings(flour, ("Rye_Yeast_Evolution", "comparedWith", "Sour_Dough"), present=["RYE 与 SD 具有相似的口感。\n"])


def test_names_joined_before_a_side_preposition_are_one_side():
    # coordinated_side: 'RYE和WB与SD有关' relates each of RYE and WB to SD, not RYE to WB; with no name after 与 the
    # other side is a noun kg does not know
    found = readings(BREADS3_ZH + "RYE和WB与SD有关。\n")
    assert {("Rye_Yeast_Evolution", "relatedTo", "Sour_Dough"), ("White_Bread", "relatedTo", "Sour_Dough")} <= found
    assert ("Rye_Yeast_Evolution", "relatedTo", "White_Bread") not in found
    check_readings(
        BREADS3_ZH,
        ("Rye_Yeast_Evolution", "relatedTo", "White_Bread"),
        absent=["RYE和WB与面团大小、烘焙时间有关。\n"],
        present=["RYE与WB有关。\n"],
    )


def test_a_negated_cue_in_a_when_phrase_is_a_condition_not_a_denial():
    # cue_in_when_phrase for a negated cue: 'RYE未使用WB时的效果' is how RYE does without WB in an ablation
    check_readings(
        BREADS3_ZH,
        ("Rye_Yeast_Evolution", "doesNotUse", "White_Bread"),
        absent=["下图是RYE未使用WB时的效果。\n"],
        present=["RYE未使用WB。\n"],
    )


def test_the_name_a_compared_degree_is_measured_on_is_no_side():
    # ClauseReader._read_pair_cue, COMPARED_DEGREE_COMPLEMENT: 'RYE is less sensitive to WB compared to SD' compares
    # RYE (the clause's subject) with SD; WB is what the degree is measured on. With a pronoun for the subject
    # nothing is compared; 'WB compared to SD' without the degree phrase still compares WB
    check_readings(
        BREADS3_ZH,
        ("White_Bread", "comparedWith", "Sour_Dough"),
        absent=["RYE is less sensitive to the WB compared to SD.\n", "It is more robust to WB compared with SD.\n"],
        present=["RYE uses WB compared to SD.\n"],
    )
    assert ("Rye_Yeast_Evolution", "comparedWith", "Sour_Dough") in readings(
        BREADS3_ZH + "RYE is less sensitive to the WB compared to SD.\n"
    )
    assert not any(f[1] == "comparedWith" for f in readings(BREADS3_ZH + "It is more robust to WB compared with SD.\n"))


def test_every_name_the_clause_after_a_purpose_coordinates_serves_it():
    # ClauseGuards.purpose_partners: 'To address overfitting, we use dropout and data augmentation' names two remedies;
    # the purpose clause took only the first as its doer before
    defs = "过拟合（overfitting）是一个问题。\n\n"
    for text in (
        "## Bread\n\n为了解决过拟合问题，使用了 RYE 和 WB。\n",
        "## Bread\n\nTo address overfitting, we use RYE and WB.\n",
    ):
        found = readings(BREADS_ZH + defs + text)
        assert ("Rye_Yeast_Evolution", "mitigates", "Overfitting") in found, text
        assert ("White_Bread", "mitigates", "Overfitting") in found, text


def test_a_word_slash_joined_to_a_listed_name_is_another_name_of_it():
    # RelatorBase._coordinated, SLASH_ALTERNATIVE_*: 'RYE 由 WB、烤制/SD 和小麦组成' lists three parts; 烤制 (a word kg
    # does not know) is another name of SD. A path ('RYE/contrib/WB/…') lists nothing
    text = "## RYE\n\nRYE 由 WB、烤制/SD 和小麦组成。\n"
    assert ("Sour_Dough", "partOf", "Rye_Yeast_Evolution") in readings(BREADS3_ZH + text)
    text = "## RYE\n\nRYE 由 WB、SD/烤制 和 酵母组成。\n"
    assert ("Sour_Dough", "partOf", "Rye_Yeast_Evolution") in readings(BREADS3_ZH + text)
    path = "在RYE中，SD 的相关实现代码是在 RYE/contrib/WB/python/ops/wrapper.py 文件中。\n"
    assert ("Rye_Yeast_Evolution", "relatedTo", "White_Bread") not in readings(BREADS3_ZH + path)


def test_regarding_a_name_as_a_kind_relates_it_like_a_definition():
    # kg:Definition holds 'can be seen as a', '可以看作一个' …: 'RYE 可以看作一个非常简单的 WB' says what kind RYE is, as
    # 'RYE 是一个非常简单的 WB' does; without a name for the subject nothing is said
    for text in ("RYE 可以看作一个非常简单的 WB。\n", "RYE can be seen as a very simple WB.\n", "RYE 可以视为一种 WB。\n"):
        assert ("Rye_Yeast_Evolution", "relatedTo", "White_Bread") in readings(BREADS_ZH + "## Bread\n\n" + text), text
    assert not any(f[1] == "relatedTo" for f in readings(BREADS_ZH + "## RYE\n\n这个过程可以看作一个 WB。\n"))


def test_the_absence_of_a_name_is_no_doer():
    # kg:AbsenceLead before the doer: 'The lack of RYE causes overfitting', '忽略此 RYE 会导致过拟合' say what RYE's
    # absence does; RYE causes nothing (nor does the section's topic)
    defs = BREADS_ZH + "过拟合（overfitting）是一个问题。\n\n## WB\n\n"
    check_readings(
        defs,
        ("Rye_Yeast_Evolution", "causes", "Overfitting"),
        absent=["The lack of RYE causes overfitting.\n", "忽略此 RYE 会导致过拟合。\n", "Removing RYE leads to overfitting.\n"],
        present=["RYE causes overfitting.\n"],
    )
    assert not any(f[1] == "causes" for f in readings(defs + "缺少 RYE 会导致过拟合。\n"))


def test_a_compared_degree_keeps_two_names_of_a_kind_and_every_subject():
    # review of COMPARED_DEGREE_COMPLEMENT: 'less sensitive to LayerNorm compared to BatchNorm' compares the two
    # normalizations (one kind, the subject another); 'vs' compares the words beside it; coordinated subjects are each a side
    found = readings("## Notes\n\nResNet is less sensitive to LayerNorm compared to BatchNorm.\n")
    assert ("LayerNorm", "comparedWith", "BatchNorm") in found and ("ResNet", "comparedWith", "BatchNorm") not in found
    assert ("Dropout", "comparedWith", "BatchNorm") in readings("## Notes\n\nResNet is more robust to Dropout vs BatchNorm.\n")
    found = readings(BREADS3_ZH + "RYE and WB are less sensitive to CB compared to SD.\n")
    assert {("Rye_Yeast_Evolution", "comparedWith", "Sour_Dough"), ("White_Bread", "comparedWith", "Sour_Dough")} <= found


def test_a_purpose_partner_must_be_an_object_of_the_same_verb():
    # review of purpose_partners: 'we use RYE and WB performs better' — WB opens a clause of its own
    defs = BREADS_ZH + "过拟合（overfitting）是一个问题。\n\n## Bread\n\n"
    found = readings(defs + "To address overfitting, we use RYE and WB performs better.\n")
    assert ("White_Bread", "mitigates", "Overfitting") not in found


def test_a_slash_word_after_a_glued_conjunction_is_still_an_alternative_name():
    # review of SLASH_ALTERNATIVE_BEFORE: unspaced '和烤制/SD' — 和 joins the list, 烤制 is SD's other name
    assert ("Sour_Dough", "partOf", "Rye_Yeast_Evolution") in readings(BREADS3_ZH + "## RYE\n\nRYE 由 WB和烤制/SD构成。\n")


def test_an_absence_word_inside_a_hyphenated_modifier_is_no_absence():
    # review of kg:AbsenceLead: 'a noise-removing RYE' is a kind of RYE, present, and it is the doer
    defs = BREADS_ZH + "过拟合（overfitting）是一个问题。\n\n## Notes\n\n"
    assert ("Rye_Yeast_Evolution", "mitigates", "Overfitting") in readings(defs + "A noise-removing RYE reduces overfitting.\n")


def test_the_model_a_clause_opens_with_is_no_component_named_before():
    # kg:WorkModelNoun: 'softmax输出的可能性不能用来校正，模型采用RYE搜索' — the model searches with RYE, softmax does not;
    # after a model's name ('ResNet 很深，该模型采用 RYE') the model may be that name
    check_readings(
        BREADS_ZH + "## Notes\n\n",
        ("Softmax", "uses", "Rye_Yeast_Evolution"),
        absent=["softmax输出的可能性不能用来校正，模型采用RYE搜索。\n", "softmax 很慢，模型采用 RYE 搜索。\n"],
        present=["softmax输出的可能性不能用来校正，采用RYE搜索。\n"],
    )
    assert ("ResNet", "uses", "Rye_Yeast_Evolution") in readings(BREADS_ZH + "## Notes\n\nResNet 很深，该模型采用 RYE。\n")


def test_an_act_after_a_contrast_word_is_what_is_set_aside():
    # ACT_NOUN_AFTER: 'instead of comparison with other WB' sets the comparing aside, not WB: nothing is compared
    found = readings(BREADS_ZH + "## RYE\n\nIn this post, I will only cover the RYE recipe instead of comparison with other WB.\n")
    assert not any(f[1] == "comparedWith" for f in found)
    control = "## RYE\n\nIn this post, I will only cover the RYE recipe instead of WB.\n"
    assert ("Rye_Yeast_Evolution", "comparedWith", "White_Bread") in readings(BREADS_ZH + control)


def test_what_lacks_a_name_after_a_comparison_cue_is_the_side():
    # kg:AbsenceLead after a comparison cue: 'RYE 相比于不带 WB 的版本' compares RYE with a version without WB
    check_readings(
        BREADS_ZH + "## Notes\n\n",
        ("Rye_Yeast_Evolution", "comparedWith", "White_Bread"),
        absent=["RYE 相比于不带 WB 的版本，效果更好。\n"],
        present=["RYE 相比于 WB，效果更好。\n"],
    )


def test_where_a_name_comes_from_is_no_cause():
    # kg:Blocker '来源于': 'RYE 来源于 WB' says RYE derives from WB (a name, an idea, a method's origin); it holds the
    # cause cue 源于 but names no cause
    assert ("White_Bread", "causes", "Rye_Yeast_Evolution") not in readings("## 面包\n\n" + BREADS3_ZH + "这里提到，RYE来源于WB。\n")
    # what comes from it is a problem: its origin is its cause (kg:OriginCue)
    assert ("White_Bread", "causes", "VanishingGradient") in readings("## 面包\n\n" + BREADS3_ZH + "梯度消失来源于WB。\n")


def test_the_next_items_of_a_list_of_objects_do_not_become_the_subject():
    # ClauseGuards._continues_object_list: '…采用了WB，SD或者RYE这类面包，同时使用 Dropout …': SD and RYE, after a
    # comma, are more things used; the clause after them goes on with the doer of the list's verb (the topic)
    text = "## CB\n\n" + BREADS3_ZH + "选用相似的面包采用了WB，SD或者RYE这类面包，同时使用 Dropout 来选取面包。\n"
    got = readings(text)
    assert ("Sour_Dough", "uses", "Dropout") not in got
    assert ("CB", "uses", "Dropout") in got and ("CB", "uses", "Sour_Dough") in got
    # a list of three, one item per clause: back over the items to the verb that began the list
    got = readings(BREADS3_ZH + "面包店使用了面粉。SD使用WB，RYE，进而使用Dropout。\n")
    assert ("Rye_Yeast_Evolution", "uses", "Dropout") not in got and ("Sour_Dough", "uses", "Dropout") in got


def test_a_list_under_a_reference_label_states_no_facts():
    # LayoutReader._in_references: '> Ref:' over a numbered list of paper titles lists sources, as a 'References'
    # heading does; prose under the label after the list is the author's own and is still read
    listed = "## RYE\n\n" + BREADS3_ZH + "对于 WB 的选择：\n\n* WB 很简单。\n\n> Ref:\n>\n> 1. SD Networks on Breads with Fast WB Filtering\n> 2. Wavelets on breads via WB and SD theory\n"
    assert ("White_Bread", "uses", "Sour_Dough") not in readings(listed)
    prose = "## RYE\n\n" + BREADS3_ZH + "**Ref:**\n**On the importance of baking**\n\nRYE 使用了 WB。\n"
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(prose)
    # the author's own sentences listed under '参考：' are read; so is a '### Ref' section (ref is no heading word)
    own = "## RYE\n\n" + BREADS3_ZH + "参考：\n\n- RYE 使用了 WB。\n- SD 很简单。\n"
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(own)
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(BREADS3_ZH + "### Ref\n\nRYE 使用了 WB。\n")


def test_a_heading_that_is_a_bare_verb_of_a_step_is_no_concept(matcher, vocab):
    # kg:StepVerb 'optimize', 'minimize': '## Optimize' titles what the section does, it names nothing
    text = "## Optimize\n\nWe optimize the bread loss.\n\n## Minimise\n\nText.\n\n## Encode\n\nText.\n"
    assert not labels(text, matcher, vocab) & {"Optimize", "Minimise", "Encode"}


def test_authors_cited_by_name_are_no_concept(matcher, vocab):
    # kg:AuthorCitation: '***Wang et al. (2016)***' in bold, again and again in a paper-notes file, cites people
    text = (
        "## 面包\n\n***Xu et al. (2015)*** 在面团上应用WB. 例如***Wang et al.(2016)*** 提出一种面包. "
        "***Wang et al. (2017)*** 将面包用于烘焙. ***Wang et al. (2018)*** 改进了面包.\n"
    )
    assert not {label for label in labels(text, matcher, vocab) if "et al" in label}


def test_a_heading_about_a_name_names_it(matcher, vocab):
    # kg:GenericHeading holds 关于 (about) as it holds 'about': '### 关于crop' is a section about crop, named crop,
    # and its facts are crop's, not a concept called '关于crop'
    found = labels("## 关于RyeNet\n\nRyeNet 很快。\n", matcher, vocab)
    assert "关于RyeNet" not in found and "RyeNet" in found
    got = readings(BREADS3_ZH + "## 关于 RYE\n\nRYE 使用 WB 做外皮。\n\n## 关于 SD\n\n一般会使用 WB。\n")
    assert ("Sour_Dough", "uses", "White_Bread") in got
    assert not {r for r in got if "关于" in r[0] or "关于" in r[2]}


def test_a_gloss_that_describes_names_nothing(matcher, vocab):
    # kg:AdjectiveEnding: an English adjective in brackets after a Chinese word ('异步（Asynchronous）', '指数衰减
    # （Exponential）') translates how the thing is, not what it is called; the word list holds it but never in the
    # plural. A noun with such an ending ('启发法（Heuristic）': heuristics) is a name defined
    found = {d.label for d in discover(parse_text("酵母分为发酵式（Fermentative）与休眠（Quiescent）两种。\n", "x.md"), matcher, vocab)}
    assert not found & {"Fermentative", "Quiescent", "发酵式", "休眠"}
    # 'exponentials' is written, but some thirty times less often than 'exponential': still an adjective
    found = {d.label for d in discover(parse_text("烤箱温度按指数升温（Exponential）上升。\n", "x.md"), matcher, vocab)}
    assert "Exponential" not in found
    found = {d.label for d in discover(parse_text("烤箱使用启发法（Heuristic）调温。\n", "x.md"), matcher, vocab)}
    assert "Heuristic" in found


def test_a_latex_display_formula_is_no_part_of_the_sentence_around_it(tmp_path):
    # sentences._SENTENCE_END: '\[ … \]' (written '\\[' in Markdown) and '\begin{equation} … \end{equation}' on lines
    # of their own end the sentence before and after them, as '$$' does, and TeX spacing ('\;') ends none: a name
    # set in the formula ('\text{WB}') is no doer of the words after it, and a fact after it is on its own line
    from conftest import build_notes

    formula = "Stack two breads to make a loaf:\n\\\\[ Z = \\text{SD}\\left(\n    A\\; \\text{WB}\\left(\n    X \\right), \\\\]\n"
    assert not {r for r in readings(BREADS3_ZH + formula + "and bake the loaf using RYE.\n") if r[0] == "White_Bread"}, "x"
    text = BREADS_EN + "The oven:\n\\\\[\\begin{equation}\nH = \\sigma(H W).\n\\end{equation}\n\\\\]\nClearly RYE uses WB.\n"
    assert text.splitlines()[7] == "Clearly RYE uses WB."
    backend = build_notes(tmp_path, {"oven.md": text})
    rows = backend.select(
        """SELECT ?line WHERE { ?f a kg:Fact ; rdf:predicate kg:uses ; prov:wasDerivedFrom/kg:line ?line }"""
    )
    assert [int(r["line"].value) for r in rows] == [8]


def test_a_list_of_changes_made_to_a_name_is_not_what_it_does():
    # kg:ModificationIntro: '无非是将 RYE 进行了一点点修改：', 'We modify the RYE loaf as follows:' introduce the changes
    # that make the section's own bread (CB) out of RYE: the items say what CB does, not what RYE does. A list
    # another colon sentence introduces still speaks of the name it holds
    text = BREADS3_ZH + "CB（Corn Bread）也是面包。\n\n## CB\n\n无非是将 RYE 进行了一点点修改：\n\n* 中间使用了 WB，且使用 SD 而非 WB。\n"
    got = readings(text)
    assert ("Corn_Bread", "uses", "Sour_Dough") in got and not {r for r in got if r[0] == "Rye_Yeast_Evolution"}
    english = BREADS_EN + "CB (Corn Bread) is a bread.\n\n## CB\n\n"
    assert not {r for r in readings(english + "We modify the RYE loaf as follows:\n\n- it uses WB for the crust\n") if r[0] == "Rye_Yeast_Evolution"}
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(english + "The RYE loaf has two parts:\n\n- it uses WB for the crust\n")


def test_a_heading_comparing_two_names_has_neither_as_its_topic():
    # kg:VersusWord: '## 1. RYE vs. WB' compares the two (a fact of its own); neither is the section's topic, and an
    # answer under it that names no doer says nothing of RYE. 'vs.' with its full stop is the generic word 'vs'
    from kg.extraction.mentions import HeadingReader
    from kg.vocab import default_vocabulary

    headings = default_vocabulary().derived("headings", HeadingReader)
    assert headings.name("Euclidean vs. Cosine Distance") == "" and headings.name("RYE v.s. WB") == ""
    got = readings(BREADS3_ZH + "## 1. RYE vs. WB\n\n### Q. 外皮有何不同？\n\n使用 SD。\n")
    assert ("Rye_Yeast_Evolution", "comparedWith", "White_Bread") in got
    assert not {r for r in got if r[2] == "Sour_Dough"}
    assert ("Rye_Yeast_Evolution", "uses", "Sour_Dough") in readings(BREADS3_ZH + "## 1. RYE\n\n### Q. 外皮有何不同？\n\n使用 SD。\n")


def test_introduce_in_its_plural_form_is_the_weak_use_cue():
    # 'introduce' after a plural subject is 'introduces' (a kg:WeakCue of uses): 'RYE and SD introduce a WB crust'
    got = readings(BREADS3_ZH + "RYE and SD introduce a WB crust.\n")
    assert {("Rye_Yeast_Evolution", "uses", "White_Bread"), ("Sour_Dough", "uses", "White_Bread")} <= got


def test_what_an_infinitive_in_the_subject_acts_on_does_nothing():
    # 'One way to fix RYE is to use WB': the way is to use WB; RYE is what 'to fix' acts on. '… is to introduce …'
    # likewise. Without the copula, the name the infinitive takes still does the purpose ('use RYE to avoid SD')
    for text in ("One way to fix RYE is to use WB.\n", "An idea to overcome the RYE limits is to introduce WB layers.\n"):
        assert not readings(BREADS3_ZH + text), text
    assert ("Rye_Yeast_Evolution", "mitigates", "Sour_Dough") in readings(BREADS3_ZH + "It is common to use RYE to avoid SD.\n")


def test_a_heading_that_talks_about_a_name_names_it(matcher, vocab):
    # kg:GenericHeading holds 浅谈, 谈谈, 漫谈, 初探 (a talk on, a first look at), 解读, 精读, 梳理, 入门: '## 浅谈RyeNet'
    # is a section on RyeNet, not a concept called 浅谈RyeNet
    for title in ("浅谈RyeNet", "谈谈 RyeNet", "RyeNet 入门", "RyeNet 精读", "初探 RyeNet"):
        found = labels(f"## {title}\n\nRyeNet 很快。\n", matcher, vocab)
        assert "RyeNet" in found and title not in found, title


def test_a_name_inside_a_relative_clause_does_not_do_the_main_verb():
    # 'A flow that results in a triangular Jacobian uses coupling layers': 'that results in …' describes the flow;
    # the flow uses them, not the Jacobian. The clause's verb comes right after the pronoun; 'a claim that WB …' and
    # 'showed that WB …' open clauses with subjects of their own
    check_readings(
        BREADS3_ZH,
        ("White_Bread", "uses", "Sour_Dough"),
        absent=["The bread that contains WB uses SD.\n", "A loaf which has a WB crust uses SD.\n"],
        present=[
            "There is a claim that the WB uses SD.\n",
            "The authors showed that WB uses SD.\n",
            "The paper shows that baked WB uses SD.\n",  # a reported clause (kg:ReportingVerb 'shows that')
            "We fold the dough so that baked WB uses SD.\n",  # 'so that' is a conjunction
            "The table lists that this WB uses SD.\n",  # a determiner, not a verb, after 'that'
        ],
    )
    check_readings(
        BREADS3_ZH,
        ("White_Bread", "improvesOn", "Sour_Dough"),
        absent=["A model that uses WB improves on SD.\n", "RYE that uses WB improves on SD.\n"],
        present=["For the same reason that WB improves on SD, it sells.\n"],
    )


def test_an_english_likeness_after_an_object_compares_nothing():
    # 'it compresses past context into a single hidden state similar to RNNs': 'similar to' right after a name that
    # words other than an article precede says in passing what the object is like (kg:LikenessPhrase); a name
    # opening the clause, or a verb between, still compares
    check_readings(
        BREADS3_ZH,
        ("White_Bread", "comparedWith", "Sour_Dough"),
        absent=["It packs the dough into a single WB similar to SD.\n", "They bake a WB (similar to SD) at night.\n"],
        present=[
            "WB is very similar to SD.\n",
            "Similar to SD, WB is soft.\n",
            "The WB similar to SD is soft.\n",
            "Here WB (similar to SD) has two crusts.\n",  # a verb after the likened name: WB is the subject
        ],
    )


def test_a_contrast_sets_aside_only_what_stands_right_before_it():
    # 'solves the bottleneck problem as it lets the decoder look at the input sequence instead of the final hidden
    # state': what the contrast keeps is the phrase right before it, which kg does not name, not the cue's object
    far = "RYE uses WB as it lets the baker look at the crust of the loaf instead of the SD.\n"
    check_readings(BREADS3_ZH, ("White_Bread", "replaces", "Sour_Dough"), absent=[far], present=["RYE uses WB instead of SD.\n"])
    check_readings(
        BREADS3_ZH, ("Rye_Yeast_Evolution", "doesNotUse", "Sour_Dough"), absent=[far], present=["RYE uses WB flour instead of SD.\n"]
    )
    # far from the object but rejecting a name of its own ('uses BatchNorm after every convolution layer instead of
    # Dropout') still rejects it; a bracket or comma between the contrast and the name ends the rejected side first
    check_readings(
        BREADS3_ZH,
        ("White_Bread", "replaces", "Sour_Dough"),
        absent=["RYE uses WB which bakes (but not always) well in SD.\n"],
        present=["RYE uses WB after every baking step instead of SD.\n"],
    )


def test_a_comparison_frame_is_said_of_the_name_its_sentence_opens_with():
    # 'Unlike the RNN, the Transformer does not …' under '## Positional Encoding': an article may open the main
    # clause's subject, which is compared, not the section's topic
    check_readings(
        BREADS3_ZH,
        ("White_Bread", "comparedWith", "Sour_Dough"),
        present=["Unlike the SD, the WB is baked at night.\n", "## RYE\n\nUnlike the SD, the WB is baked at night.\n"],
        absent=["Compared with SD, the crust of WB is thin.\n"],  # the name owns the subject: its crust is compared
    )
    check_readings(
        BREADS3_ZH,
        ("Rye_Yeast_Evolution", "comparedWith", "Sour_Dough"),
        absent=[
            "## RYE\n\nUnlike the SD, the WB is baked at night.\n",
            "## RYE\n\nUnlike SD, where the dough rests, WB is baked at night.\n",  # a relative clause before the main one
            "## RYE\n\n- Unlike SD and the old loaves, WB is baked at night.\n",
        ],
        present=["## RYE\n\nUnlike SD, it is baked at night.\n", "## RYE\n\n- Unlike SD, RYE is baked at night.\n"],
    )


def test_a_later_comparison_clause_goes_on_with_the_sentences_subject():
    # 'Transformers process all tokens in parallel, unlike RNNs' under another heading: the first clause's subject is
    # compared. A likeness may liken the act ('Hyena applies a gating interaction, similar to LSTMs'), so a subject
    # other than the topic reads nothing; a label ('WB and SD: …') or an owner ('the crust of WB') is no subject
    check_readings(
        BREADS3_ZH,
        ("White_Bread", "comparedWith", "Sour_Dough"),
        present=["## RYE\n\nWB bakes all loaves at once, unlike SD.\n"],
        absent=["## RYE\n\nWB bakes all loaves at once, similar to SD.\n"],
    )
    check_readings(
        BREADS3_ZH,
        ("Rye_Yeast_Evolution", "comparedWith", "Sour_Dough"),
        absent=["## RYE\n\nWB bakes all loaves at once, unlike SD.\n", "## RYE\n\nWB bakes all loaves at once, similar to SD.\n"],
        present=["## RYE\n\nThe crust of WB is thin, unlike SD.\n", "## RYE\n\nWB and Corn: bakers like them, unlike SD.\n"],
    )


def test_an_unnamed_doer_does_both_coordinated_verbs():
    # 'This approach simply reshapes the sequence of embeddings … and then applies bilinear upsampling': the clause's
    # doer is the approach, a noun kg does not know; the name inside the first verb's object does not do the second
    check_readings(
        BREADS3_ZH,
        ("White_Bread", "uses", "Sour_Dough"),
        absent=[
            "This approach simply reshapes the crust of WB and then applies SD.\n",
            "The baker folds the WB dough and uses SD.\n",
        ],
        present=[
            "WB folds the dough and uses SD.\n",  # the name is the doer
            "The baker says that WB folds the dough and uses SD.\n",  # the name opens a clause of its own
        ],
    )


def test_a_participle_after_a_comma_describes_the_noun_before_it():
    # 'Recall the original transformer architecture, designed for NLP' under '## ViT': the participle phrase
    # describes the noun before its comma, not the section's topic; when that noun is no name, nothing is read
    check_readings(
        BREADS3_ZH,
        ("Rye_Yeast_Evolution", "uses", "Sour_Dough"),
        absent=["## RYE\n\nThe crust is thick, based on SD.\n", "## RYE\n\nThe WB, based on SD, is soft.\n"],
    )
    check_readings(BREADS3_ZH, ("White_Bread", "uses", "Sour_Dough"), present=["## RYE\n\nThe WB, based on SD, is soft.\n"])



def test_the_session_65_rules_keep_what_their_review_found_right():
    # the review's probes (/work/notes/review65-report.md): a subject of another kind than the compared name is no
    # side ('Dropout is rarely used in Transformers, unlike in CNNs'); a name after a verb of letting or showing does
    # its own verbs ('This trick allows ResNet to …'); a participle after a clause whose subject is 'It' describes
    # that subject; a made thing is built with what a 'using' phrase names ('Build a CNN using convolution')
    assert ("Transformer", "comparedWith", "CNN") in readings("## Transformer\n\nDropout is rarely used in Transformers, unlike in CNNs.\n")
    assert ("ViT", "comparedWith", "CNN") in readings("## ViT\n\nUnlike CNNs, the attention in ViT is global from the first layer.\n")
    assert ("ResNet", "mitigates", "VanishingGradient") in readings(
        "## ResNet\n\nThis trick allows ResNet to train very deep networks and avoid vanishing gradients.\n"
    )
    assert ("ViT", "uses", "Transformer") in readings("## ViT\n\nThe figure shows ViT splits images into patches and uses a Transformer.\n")
    assert ("ResNet", "relatedTo", "VGG") in readings("## ResNet\n\nIt stacks residual blocks with BatchNorm, inspired by VGG.\n")
    assert ("CNN", "uses", "MaxPooling") in readings("Build a CNN using convolution and max pooling.\n")
    assert ("Adam", "uses", "RMSProp") in readings("## Optimizers\n\nWe train with Adam (Kingma and Ba), based on RMSProp and momentum.\n")
    # and what the rules are for still holds
    assert not readings("## ResNet\n\nBuild the network from residual blocks and use BatchNorm after each convolution.\n")
    assert ("GRU", "comparedWith", "LSTM") in readings("## RNN\n\nCompared with LSTM, the GRU has fewer gates.\n")


def test_a_line_announcing_kinds_makes_each_named_list_item_a_kind():
    # layouts._read_kind_item_lists: 'What regularization techniques do you know?', '常见的正则化方法有：' or a heading
    # '## Types of gradient descent', then items that each open with a name: each name is a kind of the announced one
    question = (
        "**What regularization techniques for neural nets do you know? ⭐️**\n\n"
        "* L1 Regularization - Defined as the sum of absolute values.\n"
        "* Dropout: randomly drops units.\n"
        "* Data Augmentation, which creates fake data.\n"
    )
    found = readings(question)
    assert {("L1Regularization", "relatedTo", "RegularizationConcept"), ("Dropout", "relatedTo", "RegularizationConcept"),
            ("DataAugmentation", "relatedTo", "RegularizationConcept")} <= found
    assert ("Dropout", "relatedTo", "RegularizationConcept") in readings("# 正则化\n\n常见的正则化方法有：\n\n1. L1正则化：使权重稀疏\n2. Dropout：随机丢弃神经元\n")
    assert ("AveragePooling", "relatedTo", "Pooling") in readings("# CNN\n\nOther pooling techniques include:\n\n- Average pooling, the output is the mean.\n")
    assert ("SGD", "relatedTo", "GradientDescent") in readings("## Types of gradient descent\n\n- Stochastic gradient descent: one sample per step.\n")


def test_a_list_of_something_else_than_the_kinds_relates_nothing():
    # the list is of what the last noun before the colon names ('three models', '优点'), a line between the intro and
    # the list ends it, an item that opens with a verb names no kind, and remedies listed for a problem are no kinds of it
    assert ("BERT", "relatedTo", "Pruning") not in readings(
        "# Pruning\n\nThe above mentioned pruning methods were evaluated for three models:\n\n- BERT (12 layers)\n"
    )
    assert not any(o == "RegularizationConcept" for _, _, o in readings("# MLR\n\n正则化方法有三个明显的优点：\n\n- Dropout：好\n"))
    assert ("Dropout", "relatedTo", "RegularizationConcept") not in readings(
        "# NN\n\nRegularization techniques:\n\nThey all reduce variance.\n\n- Dropout: drops units.\n"
    )
    assert ("Dropout", "relatedTo", "RegularizationConcept") not in readings(
        "# NN\n\nRegularization techniques:\n\n- Use dropout after each layer.\n"
    )
    assert ("Dropout", "relatedTo", "Overfitting") not in readings("# NN\n\nMethods for overfitting:\n\n- Dropout: drops units.\n")


def test_like_after_a_noun_of_kinds_opens_examples():
    # layouts._read_examples: 'RL techniques like GRPO and PPO' lists kinds of RL as 'such as' does; 'like' elsewhere
    # says likeness, not membership ('It works like ResNet')
    found = readings("# LLM\n\nRegularization techniques like dropout and weight decay are common.\n")
    assert {("Dropout", "relatedTo", "RegularizationConcept"), ("WeightDecay", "relatedTo", "RegularizationConcept")} <= found
    assert ("ResNet", "relatedTo", "RegularizationConcept") not in readings("# LLM\n\nRegularization works like ResNet does.\n")


def test_a_kind_noun_in_a_line_about_something_else_announces_no_kinds():
    # the session-66 review (/work/notes/r66/review66-report.md): only kg:KindIntroLead words before the name and its
    # kind noun ('Which models use …', 'Compare A and B methods', 'Evaluation metrics for …', '训练GPT的技术'), names
    # after it only after 'for'/'in'/'of' ('Pooling methods in the following CNN'), a label or an image between items
    # ends the list, and an item keyed by a name whose value opens with another name is no kind ('- VGG: max pooling')
    absent = {
        "# NN\n\nWhich models use regularization techniques?\n\n- VGG\n- ResNet\n": ("VGG", "relatedTo", "RegularizationConcept"),
        "# NN\n\nCompare bagging and boosting methods:\n\n- Bagging: parallel.\n": ("Bagging", "relatedTo", "Boosting"),
        "# NN\n\nEvaluation metrics for clustering algorithms:\n\n- K-means: fast.\n": ("KMeansClustering", "relatedTo", "Clustering"),
        "# NN\n\n优化GPT的方法有：\n\n- LoRA：低秩\n": ("LowRankAdaptation", "relatedTo", "GPT"),
        "# NN\n\nPooling methods in the following CNN:\n\n- VGG\n": ("VGG", "relatedTo", "Pooling"),
        "# NN\n\nPooling methods:\n\n- VGG: max pooling.\n": ("VGG", "relatedTo", "Pooling"),
        "# NN\n\nOther pooling techniques include:\n\n- Average pooling\n\nExample:\n\n- VGG\n": ("VGG", "relatedTo", "Pooling"),
        "# NN\n\nImageNet methods like ResNet dominate.\n": ("ResNet", "relatedTo", "ImageNet"),
    }
    for text, fact in absent.items():
        assert fact not in readings(text), text
    # and a short line, read as the list's label, still announces it; a definition opening with the item's own name
    # is no key and value
    assert ("Dropout", "relatedTo", "RegularizationConcept") in readings("# NN\n\nRegularization techniques:\n\n- Dropout\n- Weight decay\n")
    assert ("Dropout", "relatedTo", "RegularizationConcept") in readings(
        "# NN\n\nCommon regularization techniques:\n\n- Dropout: Dropout randomly drops units.\n"
    )


def test_a_line_naming_the_kind_itself_announces_its_kinds_with_a_signal_word():
    # layouts._kinds_announced: 'What activation functions do you know?', '常见的激活函数有：' name the kind with no kind
    # noun; a kg:KindListSignal word (know, common, 常见, 哪些 …) says a list of kinds follows. Without one ('What is
    # dropout?', 'Dropout:', a heading '## ResNet') the line announces nothing, and a phrase made a name with such a word
    # in it ('一些激活函数') is no kind
    assert ("ReLU", "relatedTo", "ActivationFunctionConcept") in readings(
        "# NN\n\nWhat activation functions do you know?\n\n- ReLU: max(0, x).\n"
    )
    assert ("Tanh", "relatedTo", "ActivationFunctionConcept") in readings("# NN\n\n常见的激活函数有：\n\n- ReLU\n- Tanh\n")
    assert ("BatchNorm", "relatedTo", "Dropout") not in readings("# NN\n\nWhat is dropout?\n\n- BatchNorm: also regularizes.\n")
    assert ("BatchNorm", "relatedTo", "Dropout") not in readings("# NN\n\nDropout:\n\n- BatchNorm: x\n")
    assert ("BatchNorm", "relatedTo", "ResNet") not in readings("## ResNet\n\n- BatchNorm: after each convolution.\n")


def test_buguo_however_is_no_negation():
    # kg:Blocker: '不过' (however), '不但', '不光' (not only) hold 不 but negate nothing ('像 ESN 一样初始化，不过使用 momentum
    # 学习' learns with momentum); a plain 不 before the cue still negates it
    assert ("RNN", "uses", "Momentum") in readings("## RNN\n\n- 像 ESN 一样初始化，不过使用 momentum 学习。\n")
    assert ("RNN", "doesNotUse", "Momentum") not in readings("## RNN\n\n- 像 ESN 一样初始化，不过使用 momentum 学习。\n")
    assert ("VGG", "doesNotUse", "BatchNorm") in readings("## VGG\n\nVGG 不使用 BN。\n")


def test_a_heading_fragment_cut_across_book_title_brackets_is_no_concept(matcher, vocab):
    # mentions: '《神经网络》课程笔记' cut to '神经网络》课程' names nothing; a balanced title keeps its name
    found = labels('---\ntitle: "《神经网络》课程笔记"\n---\n\n## 《神经网络》课程笔记\n\n神经网络很强。\n', matcher, vocab)
    assert not any("》" in x or "《" in x for x in found)


def test_a_relative_clause_after_an_unnamed_plural_noun_describes_that_noun():
    # guards.relative_of_unnamed_plural: 'ResNet outperforms networks that use Dropout', 'Unlike approaches that use
    # BN, …': the relative clause after a plain plural noun says what those unnamed things do; neither the name before
    # nor the section's topic uses the object. Only after a comparison: the doer's own plurals ('has deep layers that
    # use', 'consists of two networks that use', 'is among the first networks that use'), a kg:GroupTie word ('other',
    # 'one of') or a part noun ('blocks that use') keep the reading
    check_readings(
        "# LoRA\n\n",
        ("ResNet", "uses", "Dropout"),
        absent=[
            "ResNet outperforms networks that use Dropout.\n",
            "ResNet surpasses deep networks which are based on Dropout.\n",
        ],
        present=[
            "ResNet is one of the networks that use Dropout.\n",
            "ResNet and other networks that use Dropout train fast.\n",
            "ResNet stacks blocks that use Dropout.\n",
            "ResNet - a family of deep networks that use Dropout.\n",
            "ResNet outperforms other networks that use Dropout.\n",
            "ResNet has deep layers that use Dropout.\n",
            "ResNet consists of two networks that use Dropout.\n",
            "ResNet is among the first networks that use Dropout.\n",
            "ResNet uses Dropout.\n",
        ],
    )
    check_readings(
        "# ResNet\n\n",
        ("ResNet", "uses", "BatchNorm"),
        absent=[
            "Unlike approaches that use BatchNorm, it trains fast.\n",
            "Our method is simple compared to sampling methods that rely on BatchNorm.\n",
            "Our method outperforms baselines that rely on BatchNorm.\n",
        ],
        present=["It relies on BatchNorm.\n"],
    )


def test_a_step_closed_by_hou_hands_the_next_verb_to_the_same_doer():
    # guards._step_then_joined: '通过 sigmoid 转换为概率分布后通过交叉熵计算损失', '利用 Dropout 丢弃神经元后使用 Adam':
    # a verb phrase closed by 后 (kg:StepCloser) ends the first step; the name the first verb took does not do the
    # second. The clause's own doer still does both; '在 X 的最后一层之后' is a place, not a step
    check_readings("# Loss\n\n", ("Sigmoid", "uses", "CrossEntropy"), absent=["一般会通过 sigmoid 转换为概率后通过交叉熵计算损失。\n"])
    check_readings("# Loss\n\n", ("Dropout", "uses", "Adam"), absent=["利用 Dropout 随机丢弃神经元后使用 Adam 优化。\n"])
    check_readings("# Loss\n\n", ("ResNet", "uses", "Dropout"), present=["ResNet 通过 BN 加速训练后使用 Dropout。\n"])
    # the step may hold a name of its own (归一化): still the doer's next step
    check_readings("# Loss\n\n", ("BatchNorm", "uses", "ReLU"), absent=["ResNet 使用 BN 进行归一化后使用 ReLU。\n"])
    check_readings("# Loss\n\n", ("ResNet", "uses", "ReLU"), present=["ResNet 使用 BN 进行归一化后使用 ReLU。\n"])
    check_readings("# Loss\n\n", ("UNet", "uses", "Dropout"), present=["这可以通过在 U-Net 的最后一个卷积层之后添加 dropout 来实现。\n"])


def test_a_heading_of_changes_made_is_generic():
    # kg:GenericHeading: '模型架构修改', '数据输入修改' (changes to the model architecture, to the data input) name a
    # part of the notes, what the writer changed; the section keeps its parent's topic and the heading is no concept
    text = "# 适配\n\n## ResNet\n\n### 模型架构修改\n\n使用 Dropout。\n"
    found = readings(text)
    assert ("ResNet", "uses", "Dropout") in found
    assert not any(s == "模型架构修改" for s, _, _ in found)


def test_a_passive_participle_after_an_unnamed_phrase_says_who_uses_that_phrase():
    # guards.participle_of_unnamed_phrase: 'LayoutLM extends the core idea used in BERT': the inverse cue 'used in'
    # says BERT uses the idea, an unnamed phrase after the verb; LayoutLM is not what BERT uses. A name right before
    # the cue ('the same tokenizer used in BERT') or a be-verb ('Dropout is the method used in AlexNet') keeps it
    check_readings(
        "# Doc\n\nLayoutLM is a document model.\n\n",
        ("BERT", "uses", "LayoutLM"),
        absent=["LayoutLM extends the core idea used in BERT.\n", "LayoutLM adopts the masking strategy used in BERT.\n"],
    )
    check_readings("# Doc\n\n", ("BERT", "uses", "Tokenization"), present=["LayoutLM uses the same tokenizer used in BERT.\n"])
    check_readings(
        "# Doc\n\n",
        ("AlexNet", "uses", "Dropout"),
        present=[
            "Dropout is the regularizer used in AlexNet.\n",
            "Dropout remains the regularizer used in AlexNet.\n",
            "We apply Dropout with the rate used in AlexNet.\n",
        ],
    )
    check_readings("# Doc\n\n", ("LeNet", "uses", "ReLU"), absent=["ReLU replaced the function used in LeNet.\n"])


def test_a_comparison_side_held_in_a_place_is_the_name_inside_it():
    # Relator._held_name: 'BN 类似于 Transformer 中的 LN', 'ViT 的角色类似于自然语言建模中的 Tokenizer': after 中的 (a
    # kg:Locative word of place) the side is the name inside, not the whole that holds it; a bare 的 ('类似 GRU 的门控
    # 机制', a GRU-like mechanism) keeps its reading
    check_readings("# Norm\n\n", ("BatchNorm", "comparedWith", "LayerNorm"), present=["BN 类似于 Transformer 中的 LN。\n"])
    check_readings("# Norm\n\n", ("BatchNorm", "comparedWith", "Transformer"), absent=["BN 类似于 Transformer 中的 LN。\n"])
    # a name that only modifies a longer noun after it is no side: 'GPT 中的 Transformer 解码器'
    check_readings("# Norm\n\n", ("BERT", "comparedWith", "GPT"), present=["BERT 类似于 GPT 中的 Transformer 解码器。\n"])


def test_a_capitalised_hyphened_word_opens_a_longer_name():
    # MentionFinder.find: 'Grouped-Query Attention', 'Multi-Query Attention' (a word of two capitalised parts joined by a
    # hyphen, then a space) name a longer name kg does not know; the known 'Attention' at its end is not mentioned alone
    found = readings("# Qwen\n\nResNet uses Multi-Head Attention rather than Grouped-Query Attention.\n")
    assert ("ResNet", "uses", "MultiHeadAttention") in found
    assert ("ResNet", "doesNotUse", "Attention") not in found and ("MultiHeadAttention", "replaces", "Attention") not in found
    # a verb's form before the name does something to it: 'Fine-Tuning BERT' is BERT
    assert ("BERT", "uses", "Adam") in readings("# NLP\n\nFine-Tuning BERT uses Adam.\n")


def test_an_otherwise_clause_denies_nothing():
    # kg:Hypothetical: '不然没法通过 tensor parallelism 进行加速', '否则无法使用 Adam' say what fails when a step is not
    # taken: the topic is not said to do without it
    check_readings("# vLLM\n\n", ("VLLM", "doesNotUse", "Adam"), absent=["必须先归一化，否则无法使用 Adam 训练。\n", "先改为并行形式，不然没法使用 Adam。\n"], present=["vLLM 不使用 Adam。\n"])


def test_used_in_as_part_of_a_preposition_idiom_is_no_use():
    # kg:PrepositionIdiom: 'Dropout is used in conjunction with BN', '… in addition to weight decay', '… in practice': the
    # 'in' opens a longer preposition, so 'is used in' is no cue and the name after it does not use the subject
    check_readings(
        "# Training\n\n",
        ("BatchNorm", "uses", "Dropout"),
        absent=[
            "Dropout is used in conjunction with batch normalization.\n",
            "Dropout is often used in combination with batch normalization.\n",
            "Dropout is used in addition to batch normalization.\n",
        ],
        present=["Dropout is used in batch normalization.\n"],
    )
    check_readings("# Training\n\n", ("BatchNorm", "uses", "Dropout"), absent=["Dropout is used in lieu of batch normalization.\n"])
    # an adverb idiom is no preposition: the agent after it still does the using
    check_readings("# Training\n\n", ("VGG", "uses", "Dropout"), present=["Dropout is used in practice by VGG.\n"])
    # the idiom elsewhere in the sentence leaves the sentence's own verb alone
    check_readings("# Training\n\n", ("ResNet", "uses", "Dropout"), present=["In addition to BN, ResNet uses Dropout.\n"])


def test_a_likeness_word_before_listed_names_compares_none_of_them():
    # guards.likeness_before_listed_names: '类似的 BART，GPT 等模型' (similar models such as BART and GPT): a Chinese
    # comparison word with 的 after it and no name before it in the clause is an adjective on the names after it
    for pair in (("BART", "comparedWith", "GPT"), ("GPT", "comparedWith", "BART")):  # either order
        check_readings("# T5\n\n", pair, absent=["我猜测类似的 BART，GPT 等模型的解码过程也差不多。\n", "其他类似的 BART，GPT 等模型也差不多。\n"])
    check_readings("# T5\n\n", ("BART", "comparedWith", "GPT"), present=["BART 与 GPT 有相似的结构。\n", "BART 和 GPT 类似。\n"])
    # a pronoun or a word pointing back before the cue is the other side: the topic is compared
    check_readings("# T5\n\n", ("T5", "comparedWith", "BART"), present=["和它类似的 BART 也使用 Transformer。\n"])
    check_readings("# ResNet\n\n", ("ResNet", "comparedWith", "DenseNet"), present=["与前者类似的 DenseNet 也使用跳跃连接。\n"])


def test_a_name_after_a_comparative_is_the_measure_not_a_side():
    # ClauseReader._graded_measure: 'UNet has a better DICE score compared to Transformer', 'leading to weaker inductive
    # bias compared with CNN': the name right after an English comparative is what the comparison grades; the side is
    # the clause's subject, and with no name there the sentence compares nothing
    preamble = "# Seg\n\nWe report the Dice coefficient (DICE).\n\n"
    check_readings(preamble, ("Dice_coefficient", "comparedWith", "Transformer"), absent=["UNet has a better DICE score compared to Transformer.\n"])
    check_readings(preamble, ("UNet", "comparedWith", "Transformer"), present=["UNet has a better DICE score compared to Transformer.\n"])
    check_readings("# Seg\n\n", ("Dropout", "comparedWith", "BatchNorm"), absent=["It leads to weaker Dropout compared with BatchNorm.\n"])
    # a name that is no comparative's object keeps its side; so does a graded name opening the clause, and an -er word
    # that grades nothing ('consider', 'adapter')
    check_readings(
        "# Seg\n\n",
        ("Dropout", "comparedWith", "BatchNorm"),
        present=[
            "Dropout compared to BatchNorm is simpler.\n",
            "A simpler Dropout compared to BatchNorm works well.\n",
            "We consider Dropout compared to BatchNorm.\n",
        ],
    )
    # the same after 'in comparison to' (kg:MeasuredComparisonOpener; review69): the subject is the side, not the score
    sentence = "UNet has a better DICE score in comparison to Transformer.\n"
    check_readings(preamble, ("Dice_coefficient", "comparedWith", "Transformer"), absent=[sentence])
    check_readings(preamble, ("UNet", "comparedWith", "Transformer"), present=[sentence])


def test_an_activity_and_its_device_named_alike_are_two_translations(tmp_path):
    # split_translations with the lexicon's names and _activity_and_agent: '解码（Decoding）' in one note and
    # '即解码（decoder）' (the lexicon's Decoder) in another translate 解码 as two things, the activity and the device;
    # 'Decoding' and 'decoder' share letters, not a meaning. Each note reads 解码 its own way
    read = facts_of_two_notes(
        tmp_path,
        "# 推理\n\n## 解码（Decoding）\n\n- BERT 使用解码。\n",
        "# 自编码器\n\n编码器压缩输入，再重构原始的输入数据，即解码（decoder）。\n\nGPT 使用解码器。T5 使用解码。\n",
    )
    assert ("BERT", "uses", "Decoding") in read and ("BERT", "uses", "Decoder") not in read
    assert ("GPT", "uses", "Decoder") in read and ("T5", "uses", "Decoder") in read


def test_a_comparison_side_that_only_opens_a_longer_name_is_no_side():
    # _read_pair_cue with heads_longer_name: 'similar to a sigmoid belief network' compares with the belief network,
    # a name kg does not know; 'sigmoid' is only its first word. A head noun right after the name keeps it the side
    check_readings(
        "# RBM\n\n",
        ("RestrictedBoltzmannMachine", "comparedWith", "Sigmoid"),
        absent=["An RBM is similar to a sigmoid belief network.\n", "RBM 等价于 infinitely deep sigmoid belief net。\n"],
    )
    check_readings("# Norm\n\n", ("BatchNorm", "comparedWith", "LayerNorm"), present=["BN is similar to LN layers.\n"])
    # a capitalised name before a few words and a head noun is still the side ('Adam optimization algorithm')
    check_readings("# Opt\n\n", ("AdamW", "comparedWith", "Adam"), present=["AdamW is similar to Adam optimization algorithm.\n"])


def test_the_amount_a_verb_changes_or_a_skill_graded_is_no_comparison_side():
    # ClauseReader._changed_amount and COMPARED_DEGREE_COMPLEMENT: 'UNet reduces the DICE loss compared to VGG' (the
    # object of a mitigates cue) and 'ResNet is superior at in-context Dropout compared to VGG' (after a comparative and
    # its preposition) name what the two are measured by; the side is the clause's subject
    check_readings("# Seg\n\n", ("DiceLoss", "comparedWith", "VGG"), absent=["UNet reduces the DICE loss compared to VGG.\n"])
    check_readings("# Seg\n\n", ("UNet", "comparedWith", "VGG"), present=["UNet reduces the DICE loss compared to VGG.\n"])
    check_readings(
        "# Seg\n\n", ("Dropout", "comparedWith", "VGG"), absent=["ResNet is superior at in-context Dropout compared to VGG.\n"]
    )
    check_readings("# Seg\n\n", ("ResNet", "comparedWith", "VGG"), present=["ResNet is superior at in-context Dropout compared to VGG.\n"])


def test_a_gerunds_object_counted_by_a_letter_does_not_use_what_follows():
    # _worked_on with a one-letter count after a gerund: 'transforming N embeddings of size d using attention' says how
    # the decoder transforms them; the embeddings, the gerund's object, use nothing. A count in digits after another
    # verb ('has 12 Transformer layers using LayerNorm') keeps the layers' use
    check_readings(
        "# DETR\n\n",
        ("Embedding", "uses", "Attention"),
        absent=["The decoder follows the architecture, transforming N embeddings of size d using attention.\n"],
    )
    check_readings("# DETR\n\n", ("Transformer", "uses", "LayerNorm"), present=["The model has 12 Transformer layers using LayerNorm.\n"])
    # the pronoun I is no count: 'During training I fine-tune BERT using LoRA' keeps BERT's use
    check_readings("# DETR\n\n", ("BERT", "uses", "LowRankAdaptation"), present=["During training I fine-tune BERT using LoRA.\n"])


def test_an_opening_phrase_ending_in_a_name_after_de_is_a_noun_not_the_next_subjects_act():
    # participle_subject, _noun_phrase_opening: '含有 A 的 U-Net 结构' is a U-Net that holds A (a noun phrase), not
    # 'holding A, the encoder …'; an opening phrase without 的 and a name still belongs to the next clause's subject
    found = readings("## 生成器的结构\n\n含有残差连接的U-Net结构，encoder 采用卷积。\n")
    assert ("Encoder", "uses", "Convolution") in found
    assert not {f for f in found if f[2] == "Encoder"}
    assert ("ResNet", "uses", "ResidualConnection") in readings("利用残差连接，ResNet 缓解了梯度消失。")


def test_a_broader_name_right_after_a_name_heads_its_phrase_and_is_no_second_mention():
    # Relator._without_kind_heads: 'RMSProp优化器' is RMSProp (the lexicon files it under gradient descent, itself an
    # optimizer), so the comparison's side before 与 is RMSProp, not the optimizer; 'the ReLU activation function' is
    # ReLU. A broader name apart from the name ('ReLU 是一种激活函数') keeps its own mention
    assert ("RMSProp", "comparedWith", "AdamW") in readings("RMSProp优化器与AdamW相比收敛更快。")
    assert not {f for f in readings("RMSProp优化器与AdamW相比收敛更快。") if "Optimizer" in f}
    assert ("RMSProp", "comparedWith", "AdamW") in readings("RMSProp 优化器与 AdamW 相比收敛更快。")
    assert ("ReLU", "relatedTo", "ActivationFunctionConcept") in readings("ReLU 是一种激活函数。")
    found = readings("The `ReLU` activation function is better than Sigmoid.")
    assert not {f for f in found if "ActivationFunctionConcept" in f}


def test_an_author_year_citation_item_states_no_fact():
    # _AUTHOR_YEAR: 'Baker & Miller (2018). RYE using WB: …', 'Baker. (2018). …', 'Baker et al. (2018). …' are a reading
    # list's sources; an entry that opens with a name kg knows and its year ('RYE (2018). It uses WB.') is the notes' own
    for cited in (
        "- Baker & Miller (2018). RYE using WB: introduces a bread.\n",
        "- Baker. (2018). RYE using WB: a bread.\n",
        "- Baker et al. (2018). RYE using WB.\n",
    ):
        assert ("Rye_Yeast_Evolution", "uses", "White_Bread") not in readings(BREADS_EN + "Classic papers\n" + cited), cited
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(BREADS_EN + "- RYE (2018). It uses WB.\n")


def test_a_question_asking_why_a_name_is_chosen_lets_no_answer_verb_be_the_names():
    # _asks_use_of: '为什么选择 RYE 做分支？' asks why RYE is chosen; the answer's '选择的面粉' is no use of RYE's. A
    # question that names its doer before the verb ('为什么 RYE 使用 WB？') keeps the answers about that doer
    for answer in ("首先很明显，设计时选择的 WB 大小要考虑速度。\n", "使用 WB 可以更快。\n"):
        asked = BREADS_ZH + "## 为什么选择 RYE 做分支？\n\n" + answer
        assert ("Rye_Yeast_Evolution", "uses", "White_Bread") not in readings(asked), answer
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(BREADS_ZH + "## 为什么 RYE 使用 WB？\n\n它使用 WB 加速。\n")
    # an answer that opens with a pronoun speaks of the focus ('它' is RYE)
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(BREADS_ZH + "## 为什么选择 RYE？\n\n它使用 WB。\n")


def test_a_paper_title_heading_with_its_venue_has_no_topic_but_the_name_before_its_colon():
    # paper_title_name: '### Baking Rye With Yeast Powder (KDD 2018)' is a paper kg does not know, not RYE; the list under
    # it does not speak of RYE. 'RYE: Baking Breads With Yeast (KDD 2018)' names its model before the colon
    titled = BREADS_EN + "## Papers\n\n### Rye Yeast Evolution With Many Breads (KDD 2018)\n\n- based on WB\n"
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") not in readings(titled)
    named = BREADS_EN + "## Papers\n\n### RYE: Baking Many Breads With Yeast (KDD 2018)\n\n- based on WB\n"
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(named)


def test_what_is_minimized_using_an_optimizer_uses_nothing():
    # _optimized_before (kg:OptimizeVerb's participles): 'RYE serves as the objective, which is minimized using WB' says
    # WB minimises RYE; RYE does not use WB. 'RYE is trained using WB' keeps RYE's use
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") not in readings(
        BREADS_EN + "RYE serves as the objective function which is minimized using WB.\n"
    )
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in readings(BREADS_EN + "RYE is trained using WB.\n")


def test_a_heading_naming_a_pair_gives_neither_as_the_topic():
    # HeadingReader.pair_only (kg:PairJoin): under '## RYE 和 WB' a sentence without its own subject speaks of both or
    # of either; it is read about neither. A heading naming one ('## RYE') keeps its topic
    paired = BREADS_ZH + "## RYE 和 WB\n\n- 使用 Dropout 防止过拟合。\n"
    assert not {f for f in readings(paired) if f[2] == "Dropout"}
    assert ("Rye_Yeast_Evolution", "uses", "Dropout") in readings(BREADS_ZH + "## RYE\n\n- 使用 Dropout 防止过拟合。\n")


def test_a_cue_opening_what_a_removal_verb_takes_away_is_no_use():
    # in_verb_object, _removal_before (kg:AbsenceLead): '移除了基于 sparse voxel 的后端' removes a back end built on
    # sparse voxels; ZorbNet does not use it. Without the removal verb the item still says what ZorbNet builds on
    lead = "## ZorbNet\n\n把体素引入到了重建中。\n\n将体素引入到点云重建里很厉害，作者做的几个消融实验：\n\n1. "
    tail = "基于 sparse voxel 的后端，转而使用一个 2D 的后端，发现精度不如之前。\n"
    assert ("ZorbNet", "uses", "Sparsity") not in readings(lead + "移除了" + tail)
    assert ("ZorbNet", "uses", "Sparsity") in readings(lead + tail)
