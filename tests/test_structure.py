from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import NotesError
from kg.extraction.structure import find_note_files, parse_file, parse_text
from kg.resources import example_notes_dir


def qa(doc):
    return [(i.question.text, i.answer_text) for i in doc.items if i.kind == "qa"]


def test_example_form_dollar_q_with_blockquote_answers():
    doc = parse_text(
        "### ResNet\n\n- $Q$: BN 和 conv relu 的关系是什么 ?\n    > $A$: bn 层在 conv 和 relu 之间\n\n"
        "- $Q$: 为什么不能同时使用 bn 和 dropout\n    > $A$: 1. 冲突的噪声引入<br>\n    > 2. 减弱BN的优势\n\n"
        "    > <br> 3. 第三点\n",
        "x.md",
    )
    assert qa(doc)[0] == ("BN 和 conv relu 的关系是什么 ?", "bn 层在 conv 和 relu 之间")
    question, answer = qa(doc)[1]
    assert "<br>" not in answer and "$A$" not in answer
    assert "1. 冲突的噪声引入" in answer and "3. 第三点" in answer  # answers span several > lines and blocks
    items = [i for i in doc.items if i.kind == "qa"]
    assert items[0].line == 3 and items[1].line == 6 and items[1].end_line == 10
    assert items[0].section.title == "ResNet"


def test_q_a_colon_lines_and_chinese_markers():
    doc = parse_text("Q: What is BN?\nA: A normalisation.\n\n问：什么是感受野？\n答：输出像素映射的区域。\n", "x.md")
    assert qa(doc) == [("What is BN?", "A normalisation."), ("什么是感受野？", "输出像素映射的区域。")]
    assert [i.answer[0].first_line for i in doc.items] == [2, 5]


def test_bold_markers_and_following_paragraph_answer():
    doc = parse_text(
        "**Q**: Why BN?\n\nBecause of covariate shift.\n\n**Q:** Why Dropout?\n\n**A**: Overfitting.\n", "x.md"
    )
    assert qa(doc) == [("Why BN?", "Because of covariate shift."), ("Why Dropout?", "Overfitting.")]


def test_numbered_questions_with_and_without_space():
    doc = parse_text(
        "1.Transformer为何使用多头注意力？\n\n为了多个子空间。\n\n2. Why LayerNorm?\n\nLengths vary.\n", "x.md"
    )
    assert qa(doc) == [("1.Transformer为何使用多头注意力？", "为了多个子空间。"), ("Why LayerNorm?", "Lengths vary.")]


def test_numbered_lines_inside_an_answer_are_not_questions():
    doc = parse_text("- $Q$: 数据扩增怎么做？\n    > $A$: 两种\n    > 1. 平移？\n    > 2. 改变 RGB\n", "x.md")
    assert len(qa(doc)) == 1


def test_heading_as_question_takes_the_blocks_under_it():
    doc = parse_text(
        "# Dropout\n\n## Why can't BN and Dropout be used together?\n\nVariance shift.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## Next\n\ntext\n",
        "x.md",
    )
    assert qa(doc)[0][0] == "Why can't BN and Dropout be used together?"
    assert "Variance shift." in qa(doc)[0][1] and "1 | 2" in qa(doc)[0][1]
    assert doc.items[0].section.title == "Dropout"  # the question belongs to the section above
    assert doc.items[1].kind == "block" and doc.items[1].body_text == "text"


def test_github_emoji_codes_are_no_words_of_a_heading():
    # made-up: '## :question: Why …?' asks; ':pushpin:' is drawn as an emoji, no word of the section's title
    doc = parse_text("# ResNet\n\n## :pushpin: Useful concepts\n\ntext\n\n## :question: Why do ResNets work?\n\nShortcuts.\n", "x.md")
    assert doc.items[0].section.title == "Useful concepts"
    assert qa(doc)[0][0] == "Why do ResNets work?"


def test_blocks_grouped_under_bold_labels():
    doc = parse_text("### VGG\n\n**背景介绍**\n\n2014 年第二名\n\n**成果**\n\n- 成绩好\n- 泛化好\n", "x.md")
    blocks = [(i.label, i.body_text) for i in doc.items]
    assert blocks == [("背景介绍", "2014 年第二名"), ("成果", "成绩好\n泛化好")]


def test_math_entities_tags_links_images_are_kept_readable():
    doc = parse_text(
        "Q: 为何除以 $\\sqrt{d_k}$？\nA: 因为 $\\text{ softmax}$ 会饱和 &amp; <b>梯度</b>很小。"
        " [paper](https://x.org/p) ![fig](img/a.png)\n",
        "x.md",
    )
    item = doc.items[0]
    assert item.question.text == "为何除以 \\sqrt{d_k}？"
    assert "softmax 会饱和 & 梯度很小" in item.answer_text
    assert item.links == ["https://x.org/p"] and item.images == ["img/a.png"]


def test_picture_after_a_question_belongs_to_it():
    doc = parse_text(
        "- $Q$: 动量？\n    > $A$: 加权平均\n\n![m](../img/m.png)\n\n- $Q$: 下一个？\n    > $A$: 是\n", "x.md"
    )
    assert doc.items[0].images == ["../img/m.png"] and len(doc.items) == 2


def test_a_picture_over_a_rule_line_is_no_heading():
    # '![alt text](x.png)' over '----' parses as a setext heading; it is a picture illustrating the item before it,
    # and 'alt text' names no section (a reader sees an image and a rule)
    doc = parse_text("## FastText\n\nIt is fast.\n\n![alt text](img/fasttext.png)\n----------\n\n## TextCNN\n\nIt is deep.\n", "x.md")
    assert [i.section.title for i in doc.items] == ["FastText", "TextCNN"]
    assert doc.items[0].images == ["img/fasttext.png"]


def test_code_blocks_are_kept_but_marked(tmp_path):
    doc = parse_text("# T\n\nQ: how?\nA: like this\n\n```python\nuse(bn)\n```\n", "x.md")
    spans = doc.items[0].answer
    assert spans[-1].code and spans[-1].text == "use(bn)" and spans[-1].first_line == 7


def test_front_matter_is_skipped_and_lines_kept():
    doc = parse_text("---\ntitle: x\n---\n\nQ: a?\nA: b\n", "x.md")
    assert qa(doc) == [("a?", "b")] and doc.items[0].line == 5


def test_a_toml_front_matter_between_plus_lines_is_skipped_and_gives_its_title():
    # Hugo's TOML front matter ('+++' lines, 'title = "…"') is front matter too: its keys are no text of the notes
    doc = parse_text('+++\nauthors = ["x"]\ntitle = "Random Forests"\n+++\n\nBagging of trees.\n', "x.md")
    assert [(s.title, s.line) for s in doc.sections] == [("Random Forests", 3)]
    assert [(i.line, i.spans[0].text) for i in doc.items] == [(6, "Bagging of trees.")]


def test_a_front_matter_title_is_the_posts_heading_when_the_body_has_none():
    # a blog shows the title as the post's heading: a reader takes it as what the post is about
    doc = parse_text('---\nlayout: post\ntitle: "Random Forests"\n---\n\nBagging of trees.\n', "x.md")
    assert [(s.title, s.level, s.line) for s in doc.sections] == [("Random Forests", 1, 3)]
    assert doc.items[0].line == 6
    # the body's own level-1 heading is the heading; the title is not a second one
    doc = parse_text("---\ntitle: Notes\n---\n# Random Forests\n\nBagging.\n", "x.md")
    assert [s.title for s in doc.sections] == ["Random Forests"]
    # a folded title ('title: >') is no one-line title
    assert parse_text("---\ntitle: >\n  Random Forests\n---\n\nBagging.\n", "x.md").sections == []
    # a '# References' closing the post lists its sources: it is no heading of the post's own
    doc = parse_text("---\ntitle: Random Forests\n---\n\nBagging.\n\n# References\n\n[1] Breiman.\n", "x.md")
    assert [(s.title, s.level) for s in doc.sections] == [("Random Forests", 1), ("References", 1)]
    doc = parse_text("---\ntitle: Random Forests\n---\n\nBagging.\n\n# 参考文献：\n\n[1] Breiman.\n", "x.md")
    assert [s.title for s in doc.sections][0] == "Random Forests"


def test_example_file_parses_into_55_questions_with_lines():
    path = next(example_notes_dir().glob("*.md"))
    doc = parse_file(path)
    questions = [i for i in doc.items if i.kind == "qa"]
    assert len(questions) == 55
    lines = path.read_text("utf-8").splitlines()
    for item in questions:
        assert "$Q$" in lines[item.line - 1] or "Q" in lines[item.line - 1]
    assert [s.title for s in doc.sections] == ["论文要点", "AlexNet", "VGG", "GoogLeNet", "ResNet", "transformer 模型"]


def test_folders_are_read_recursively_and_hidden_folders_skipped(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".obsidian").mkdir()
    (tmp_path / "a" / "one.md").write_text("Q: x?\nA: y\n")
    (tmp_path / "a" / "b" / "two.markdown").write_text("Q: x?\nA: y\n")
    (tmp_path / ".obsidian" / "skip.md").write_text("Q: x?\nA: y\n")
    (tmp_path / "note.txt").write_text("not markdown")
    assert [src for _, src in find_note_files([tmp_path])] == ["a/b/two.markdown", "a/one.md"]


def test_bad_input_names_the_file_and_line(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_bytes("第一行\n第二行\n".encode() + b"\xff\xfe broken\n")
    with pytest.raises(NotesError, match=r"bad\.md:3: not UTF-8"):
        parse_file(bad)
    with pytest.raises(NotesError, match="no such file"):
        find_note_files([tmp_path / "missing"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(NotesError, match="no Markdown files"):
        find_note_files([tmp_path / "empty"])


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("#-*>$QA:：问答 \n1.?？`|![]()<>abBN卷积")), max_size=300))
def test_any_text_parses_with_lines_inside_the_file(text):
    doc = parse_text(text, "fuzz.md")
    n_lines = text.count("\n") + 1
    for item in doc.items:
        assert 1 <= item.line <= item.end_line <= n_lines + 1
        for span in item.spans:
            assert all(1 <= line <= n_lines + 1 for line in span.lines)
            assert len(span.lines) == span.text.count("\n") + 1


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=200).filter(lambda t: t.strip()))
def test_any_note_text_becomes_valid_ntriples(text):
    import pyoxigraph as ox

    from kg.extraction.rdf import document_ntriples
    from kg.model import ItemLinks

    doc = parse_text(f"Q: {text}\nA: {text}\n\n{text}\n", "odd name ü.md")
    triples = list(
        ox.parse(document_ntriples(doc, [], [ItemLinks() for _ in doc.items]).encode(), format=ox.RdfFormat.N_TRIPLES)
    )
    texts = [t.object.value for t in triples if t.predicate.value == "https://schema.org/text"]
    assert len(texts) == sum(2 if i.answer else 1 for i in doc.items)


def test_a_table_of_contents_is_not_read_as_notes():
    doc = parse_text("- [Can X replace Y?](#can-x)\n    - [Why Z?](#why-z)\n\n## A\n\nSee [the paper](#ref) for ResNet.\n")
    assert [(i.kind, i.body_text) for i in doc.items] == [("block", "See the paper for ResNet.")]


def test_a_short_label_alone_on_its_line_labels_the_blocks_after_it():
    from kg.extraction.structure import parse_text

    doc = parse_text("### LReLU\n\n优点：\n1. 避免梯度消失；\n\nAdvantages:\n\n- fast\n")
    labels = [item.label for item in doc.items]
    assert labels == ["优点", "Advantages"]


def test_a_bold_paragraph_of_sentences_is_text_not_a_label():
    text = (
        "**16. Convolution layer (CONV) ― The convolution layer uses filters. Its hyperparameters include the stride.**\n\n"
        "translation\n\n**背景介绍**\n\n2014 年第二名\n"
    )
    doc = parse_text(text, "x.md")
    assert "The convolution layer uses filters" in doc.items[0].body_text
    assert doc.items[0].label is None
    assert (doc.items[-1].label, doc.items[-1].body_text) == ("背景介绍", "2014 年第二名")  # a short one still labels


def test_a_bold_label_above_a_colon_fence_line_is_a_label_not_a_crash():
    # Docusaurus admonitions close with ':::'; a bold line right above one used to be taken as a whole-bold
    # paragraph (the colons were stripped as if they ended the label), then lose its only bold term: IndexError
    doc = parse_text(":::tip\n\n**Summary**\n:::\n\nDropout reduces overfitting.\n", "fence.md")
    assert any("Dropout reduces overfitting." in span.text for item in doc.items for span in item.spans)
    assert parse_text("**Advantages**：\n\n- fast\n", "label.md").items  # a colon on the label's own line still labels


def prose_and_code(doc):
    """The document's prose spans as (lines, text), and its code spans' texts."""
    spans = [span for item in doc.items for span in item.spans]
    return [(s.lines, s.text) for s in spans if not s.code], [s.text for s in spans if s.code]


def test_a_text_fence_of_sentences_is_read_line_by_line_and_code_fences_stay_code():
    # answers kept in ```text fences (interview notes) are the notes' sentences: each line a unit of its own,
    # the whole fence one item; a python fence, a formula fence and a drawn tree stay code
    text = (
        "## 序列模型\n\n"
        "```text\nGRU 使用更新门控制记忆\n第二行说明 LSTM 的遗忘门，\n以及输入门。\nh = GRU(x)\n```\n\n"
        "```python\n# GRU 使用更新门\nmodel = GRU(hidden=128)\n```\n\n"
        "```\nh_t = (1 - z_t) * h_{t-1} + z_t * n_t\n```\n\n"
        "```\n循环网络\n├── GRU 门控循环单元\n└── LSTM 长短期记忆网络\n```\n"
    )
    doc = parse_text(text, "fence.md")
    prose, code = prose_and_code(doc)
    assert prose == [((4,), "GRU 使用更新门控制记忆"), ((5, 6), "第二行说明 LSTM 的遗忘门，\n以及输入门。")]
    assert len([item for item in doc.items if any(not s.code for s in item.spans)]) == 1
    assert len(code) == 3 and code[0].startswith("# GRU") and "├──" in code[2]


def test_an_indented_paragraph_of_sentences_is_prose_and_indented_code_stays_code():
    # an editor's export indents paragraphs four spaces: CommonMark makes a code block of them, a reader sees
    # the notes' sentences; indented code, and an indented block that holds a fence, stay code
    text = (
        "# 强化学习\n\n"
        "    传统强化学习例如 TD 学习，在连续动作空间上力不从心。\n\n"
        "## 代码\n\n"
        "    model = DQN(hidden=16)\n    loss = mse(q, target)\n\n"
        "- 安装\n\n        ```bash\n        pip install gym\n        ```\n"
    )
    prose, code = prose_and_code(parse_text(text, "indented.md"))
    assert ((3,), "传统强化学习例如 TD 学习，在连续动作空间上力不从心。") in prose
    assert not any("DQN(" in t or "pip" in t for _, t in prose)
    assert any(c.startswith("model = DQN") for c in code) and any("pip install" in c for c in code)


def test_prose_fence_detection():
    from kg.extraction.structure import _prose_fence

    assert _prose_fence("text", "The encoder maps each word to a vector of numbers.\nThe decoder reads it back.\n")
    assert _prose_fence("", "卷积层通过卷积核提取局部特征\n池化层减少空间维度\n")
    assert not _prose_fence("python", "卷积层通过卷积核提取局部特征\n")  # another language's fence
    assert not _prose_fence("", "def f(x):\n    return x + 1\n")
    assert not _prose_fence("text", "loss = -sum(y * log(p))\nacc = mean(pred == y)\n")
    assert not _prose_fence("", "please\n    indented line one\n    indented line two\n")  # an indented block


def test_a_label_item_opens_a_section_and_keeps_its_own_lines():
    doc = parse_text("# D\n\n* **DETR**: an end-to-end detector\n  with transformers\n  * uses an encoder\n", "x.md")
    assert [s.title for s in doc.sections] == ["D", "DETR"]
    spans = [sp for item in doc.items for sp in item.spans]
    described = next(sp for sp in spans if "end-to-end" in sp.text)
    assert described.lines == (3, 4) and "with transformers" in described.text
    assert any("uses an encoder" in sp.text for item in doc.items if item.section.title == "DETR" for sp in item.spans)


def test_a_site_generators_template_tags_are_not_words_of_the_notes():
    # structure._TEMPLATE_TAG: '{% cite x %}' (Jekyll, Hexo) and '{{< ref "x" >}}' (Hugo) are markup for the site
    doc = parse_text('Rye Bread {% cite rye_2017 %} is a bread. See {{< ref "rye" >}} too.\n', "x.md")
    text = " ".join(s.text for item in doc.items for s in item.body)
    assert "cite" not in text and "ref" not in text and "Rye Bread" in text and "See" in text


def test_a_template_tag_inside_an_html_block_is_markup_too():
    # a Jekyll theme wraps its figures in <div>s: '{% include figure.liquid path="a.png" class="z-depth-1" %}'
    # inside an html block, then a caption line; the tag's attributes ('depth') are not words of the notes
    doc = parse_text('<div class="row">\n{% include figure.liquid path="rye.png" class="z-depth-1" %}\n</div>\n', "x.md")
    text = " ".join(s.text for item in doc.items for s in item.body)
    assert "depth" not in text and "include" not in text


def test_an_html_table_of_numbers_is_data_not_prose():
    # structure.data_table: a data frame a notebook printed ('<th>RyeShare</th>' over '<td>0.35</td>' cells) is program
    # output, read as code: its column names are no names of the notes. A table of words stays prose, and the lines
    # after the table keep their numbers
    frame = (
        '<table border="1" class="dataframe">\n<thead><tr><th></th><th>RyeShare</th><th>ProofTime</th></tr></thead>\n'
        "<tbody><tr><th>0</th><td>0.35</td><td>12.5</td></tr><tr><th>1</th><td>0.40</td><td>NaN</td></tr></tbody>\n"
        "</table>\n\nRyeNet bakes.\n"
    )
    doc = parse_text(frame, "x.md")
    prose = [s for item in doc.items for s in item.spans if not s.code]
    assert [s.text for s in prose] == ["RyeNet bakes."] and prose[0].lines == (6,)
    assert any("RyeShare" in s.text for item in doc.items for s in item.spans if s.code)
    words = "<table>\n<tr><td>RyeNet</td><td>bakes rye</td></tr>\n<tr><td>SpeltNet</td><td>bakes spelt</td></tr>\n</table>\n"
    assert any("SpeltNet" in s.text for item in parse_text(words, "x.md").items for s in item.spans if not s.code)
    # empty or image-only cells count for neither side (a layout table with one line of prose stays prose), and prose
    # in the same HTML block as a table of numbers stays prose, on its own line
    layout = '<table>\n<tr><td><img src="a.png"></td><td></td><td><img src="b.png"></td><td>RyeNet bakes rye.</td></tr>\n</table>\n'
    assert any("RyeNet bakes" in s.text for item in parse_text(layout, "x.md").items for s in item.spans if not s.code)
    mixed = "<div>\n<table><tr><td>1.5</td><td>2.5</td><td>3.5</td><td>4.5</td></tr></table>\n<p>SpeltNet bakes.</p>\n</div>\n"
    spans = [s for item in parse_text(mixed, "x.md").items for s in item.spans]
    assert [s.text.split() for s in spans if not s.code] == [["SpeltNet", "bakes."]]
    assert any("1.5" in s.text for s in spans if s.code)
    # each part starts at its own first line (the graph names a block by its first line: two parts of one first line
    # would be one node with two texts)
    blocks = [item for item in parse_text(mixed, "x.md").items]
    firsts = [s.lines[0] for item in blocks for s in item.spans if s.text.strip()]
    assert sorted(firsts) == [2, 3]


def test_a_tag_in_an_image_alt_text_is_markup():
    # structure._inline_text: a note exported from a reference manager writes the whole <img> tag as the alt text
    # ('![\\<img data-attachment-key="K7KXTPIF" …>](…)'); its attribute values are no words. A plain alt text stays
    doc = parse_text('![\\<img alt="" data-attachment-key="RYE7KEY9" src="/a/RYE7KEY9.png">](/a/RYE7KEY9.png)\n\nRyeNet bakes. ![RyeNet diagram](x.png)\n', "x.md")
    text = " ".join(s.text for item in doc.items for s in item.spans)
    assert "RYE7KEY9" not in text and "attachment" not in text and "RyeNet diagram" in text
    # a comparison or an arrow in a caption is no tag
    doc = parse_text("![RyeNet (error < 5%) beats SpeltNet (error > 7%); Crumb <-> Crust](x.png)\n", "x.md")
    assert "error < 5%) beats SpeltNet (error > 7%); Crumb <-> Crust" in " ".join(s.text for item in doc.items for s in item.spans)


def test_italics_around_words_lose_their_marks_and_emphasis_inside_a_word_keeps_them():
    # structure._inline_text: '*Rye Bread*' and '_Spelt_' are italics, whose marks are no letters of the name (normalize
    # folds '*' to 'x', and '_' is a word character); '3*3*3' parsed as emphasis inside a word keeps its asterisks
    doc = parse_text("We bake *Rye Bread* with _Spelt_ flour in a 3*3*3 oven, *not* a 5*5 one.\n", "x.md")
    assert [s.text for item in doc.items for s in item.spans] == [
        "We bake Rye Bread with Spelt flour in a 3*3*3 oven, not a 5*5 one."
    ]
    # a Chinese character beside the mark is no word the mark sits inside
    doc = parse_text("你用*Rye Bread*的面粉\n", "x.md")
    assert [s.text for item in doc.items for s in item.spans] == ["你用Rye Bread的面粉"]


def test_an_html_heading_alone_on_its_line_opens_a_section():
    # structure._HTML_HEADING: '<h2 id="8.x">8.RyeNet的结构？</h2>' is a heading on the page; a bold label before it no
    # longer labels what comes after it
    text = '<h2 id="8.rye">8.RyeNet</h2>\n\n**Crust**\n\n- crisp\n\n<h3 style="color:red">Spelt <b>Loaf</b></h3>\n\nsoft\n'
    doc = parse_text(text, "x.md")
    assert [(s.title, s.level, s.line) for s in doc.sections] == [("8.RyeNet", 2, 1), ("Spelt Loaf", 3, 7)]
    assert [(it.label, it.section.title) for it in doc.items] == [("Crust", "8.RyeNet"), (None, "Spelt Loaf")]


def test_a_highlight_loses_its_marks_and_struck_out_text_is_not_read():
    # structure._HIGHLIGHT: Obsidian's '==Rye Bread==' marks glue '=' to the name; 'a == b' compares and stays.
    # '~~…~~' is what the author struck out (retracted), not what the notes say; the lines after it keep their numbers
    doc = parse_text("We bake ==Rye Bread== when a == b.\n\n~~Spelt uses rye.~~ Oat uses ~~rye~~\nbarley.\n", "x.md")
    assert [(s.text, s.lines) for item in doc.items for s in item.spans] == [
        ("We bake Rye Bread when a == b.", (1,)),
        (" Oat uses \nbarley.", (3, 4)),
    ]


def test_a_pre_or_theme_code_element_is_code_even_across_blank_lines_and_later_lines_keep_their_numbers():
    # structure._CODE_ELEMENT: al-folio's '<d-code block language="python">' and '<pre class="brush: python">' hold a
    # program that runs over blank lines, where Markdown would read 'class RyeBlock(nn.Module):' as a paragraph
    text = (
        '<d-code block language="python">\nclass RyeBlock(nn.Module):\n\n    def bake(self):\n        return RyeLoaf()\n'
        "</d-code>\n\nRyeNet bakes bread.\n\n<pre class=\"brush: python\">\n\nSpeltLayer(oat_dim)\n</pre>\n"
    )
    doc = parse_text(text, "x.md")
    spans = [sp for item in doc.items for sp in item.spans]
    words = " ".join(sp.text for sp in spans)
    assert "RyeBlock" not in words and "RyeLoaf" not in words and "SpeltLayer" not in words
    assert [sp.lines for sp in spans if "RyeNet bakes" in sp.text] == [(8,)]
    # Jekyll's highlight block is code as well
    doc = parse_text("{% highlight python %}\nclass RyeBlock:\n\n    pass\n{% endhighlight %}\n\nRyeNet bakes.\n", "x.md")
    assert [(sp.text, sp.lines) for item in doc.items for sp in item.spans] == [("RyeNet bakes.", (7,))]


def test_an_html_comment_is_hidden_text_and_the_lines_after_it_keep_their_numbers():
    # structure._HTML_COMMENT: '<!-- In this sense, X is different compared to Y -->' is a draft the author hid from
    # the page; a block that goes on after a comment spanning lines keeps each line's own number
    doc = parse_text(
        "<!-- RyeNet is a kind of SpeltNet compared to OatNet -->\n\n<div>\n<!-- hidden\nlines -->\nRyeNet bakes.\n</div>\n",
        "x.md",
    )
    spans = [s for item in doc.items for s in item.body]
    text = " ".join(s.text for s in spans)
    assert "SpeltNet" not in text and "hidden" not in text and "lines" not in text
    baking = next(s for s in spans if "RyeNet bakes." in s.text)
    assert baking.lines[baking.text.split("\n").index("RyeNet bakes.")] == 6


def test_a_list_item_that_asks_opens_a_question_its_nested_items_answer(vocab):
    # _Items._starts_question: '* How to keep rye bread fresh' (an English question word, no '?') or '* 为什么面包会变硬？'
    # opening a list item is a question; the items nested under it answer it. A statement item stays a block.
    text = (
        "## Bread\n\n* How to keep rye bread fresh\n    * Freeze it\n    * Wrap it\n"
        "* 为什么面包会变硬？\n    * 水分流失\n* Rye bread is dense.\n"
    )
    got = [(i.kind, i.question.text if i.question else None, [a.text for a in i.answer]) for i in parse_text(text, "x.md", vocab=vocab).items]
    assert got == [
        ("qa", "How to keep rye bread fresh", ["Freeze it", "Wrap it"]),
        ("qa", "为什么面包会变硬？", ["水分流失"]),
        ("block", None, []),
    ]


def test_a_bold_list_statement_with_a_clause_mark_is_read_not_a_label():
    # ItemBuilder.other / _bold_statement: '1. **采用了 WB 做底，并引入了 SD**' (as '4. **Loss 计算方面采用了
    # TaskAlignedAssigner 正样本分配策略，并引入了 Distribution Focal Loss**' in a list of a model's changes) is one of
    # the list's statements in bold, read as text; a short bold item ('- **优点**') still labels what follows it
    from kg.pipeline import extract

    breads = "RYE（Rye Yeast Evolution）、WB（White Bread）和 SD（Sour Dough）都是面包。\n\n## RYE\n\n"
    read = {(s, p, o) for s, p, o, _ in extract(breads + "1. **采用了 WB 做底，并引入了 SD**\n", min_confidence=0.3)}
    assert ("Rye_Yeast_Evolution", "uses", "White_Bread") in read
    doc = parse_text(breads + "- **优点**\n\n  使用 WB 做底。\n", "x.md")
    assert any(item.label == "优点" for item in doc.items)


def test_an_mdx_pages_module_lines_are_code_not_prose():
    # _MDX_MODULE_LINES: 'import TOCInline from "@/components/TOCInline";' opens a Next.js or Docusaurus page; the
    # component names it imports are no concepts of the notes (they were discovered as acronyms); prose that merely
    # starts with 'import' stays prose
    text = (
        'import TOCInline from "@/components/TOCInline";\nimport PDFViewer from "@/components/PDFViewer";\n\n'
        "We import the data from the source and study it.\n"
    )
    spans = [sp for item in parse_text(text, "post.mdx.md").items for sp in item.spans]
    assert [sp.code for sp in spans] == [True, False]
    from kg.extraction.mentions import discover, lexicon_matcher
    from kg.vocab import load_vocabulary

    vocab = load_vocabulary()
    found = {d.label for d in discover(parse_text(text, "post.mdx.md"), lexicon_matcher(vocab), vocab)}
    assert not found & {"TOCInline", "PDFViewer"}


def test_blog_template_tags_are_no_words_of_the_notes():
    # _TEMPLATE_TAG: '# {{ page.title }}' is filled in by the site; it names no concept and heads no section of its
    # own words, and '{% include toc.html %}' says nothing. LaTeX braces ('$x_{{i}}$') stay; line numbers stay.
    doc = parse_text("# {{ page.title }}\n\nRYE uses $x_{{i}}$ here.\n\n{% include toc.html %}\n## {{ site.name | upcase }} WB\n\ntext\n")
    assert [s.title for s in doc.sections] == ["", "WB"]
    assert doc.items[0].body[0].text == "RYE uses x_{{i}} here."
    assert doc.items[0].line == 3 and doc.items[-1].line == 8
    assert "page.title" not in repr(doc) and "include" not in repr(doc)


def test_a_latex_bracket_alone_on_a_line_stays_a_formula_delimiter():
    # structure._LATEX_DISPLAY_LINE: Markdown reads '\[' as an escaped bracket; alone on its line it opens a LaTeX
    # display formula, so it is kept as '\[' and the sentences end around the formula ('\[1\] ref' lines are left)
    from kg.pipeline import extract

    doc = parse_text("The output of RYE is:\n\\[\nZ = W(X)\n\\]\nIt is fine.\n\n\\[1\\] a reference\n", "x.md")
    spans = [sp.text for item in doc.items for sp in item.spans]
    assert spans == ["The output of RYE is:\n\\[\nZ = W(X)\n\\]\nIt is fine.", "[1] a reference"]
    preamble = "RYE (Rye Yeast Evolution), WB (White Bread), SD (Sour Dough) and CB (Corn Bread) are breads.\n\n"
    text = preamble + "The output of RYE is:\n\\[\nZ = \\mathrm{WB}(X)\n\\]\nSD uses CB.\n"
    assert {(s, r, o) for s, r, o, _ in extract(text, min_confidence=0)} == {("Sour_Dough", "uses", "Corn_Bread")}


def test_a_heading_right_under_a_layout_tag_line_is_a_heading():
    # CommonMark reads '<br>' alone on a line as an HTML block that runs to the next blank line, which would swallow the
    # '#### …' under it and leave every later section under the heading before; kramdown and marked (and a reader) see
    # the heading. The tag line holds no words: it is read as blank, and every line keeps its number
    text = (
        "# Survey\n\n## Part A\n\nIntro text.\n<br>\n#### Paper One (2022)\n\nPaper one uses dropout.\n\n"
        '<div id="two"></div>\n### Paper Two\n\nPaper two text.\n'
    )
    doc = parse_text(text, "x.md")
    by_line = {item.line: item.section.title.strip() for item in doc.items if item.section is not None}
    assert by_line[9] == "Paper One (2022)"
    assert by_line[14] == "Paper Two"
    # an image alone on its line above a heading is read the same way; a tag line above ordinary text stays as it was
    kept = parse_text("<br>\ntext under a break\n\n<img src='a.png'>\n## After\n\nafter text\n", "y.md")
    assert any("text under a break" in s.text for item in kept.items for s in item.spans)
    assert [item.section.title.strip() for item in kept.items if item.line == 7] == ["After"]


def test_footnote_marks_are_no_part_of_a_heading_or_sentence():
    text = "### GMN(Graph Matching Network)[^15]\n\nGMN adds cross-graph attention[^16].\n\n[^15]: Li et al. 2019.\n"
    doc = parse_text(text, "x.md")
    assert doc.sections[-1].title == "GMN(Graph Matching Network)"
    spans = [s.text for i in doc.items for s in i.spans]
    assert "GMN adds cross-graph attention." in spans
    assert any(s.startswith("[^15]:") for s in spans)  # the footnote's own definition keeps its mark
