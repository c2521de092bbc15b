"""Patterns that hold words are built from the ontology's word sets (issue 8 item 7): each one here must match
exactly what the regex with the words written inline matched before the words moved to ontology/kg.ttl.

These pin the move (the graph stayed byte-identical). A word added to one of these sets later is a change of
behaviour: update the reference here with it, after checking the graph's changes."""

from __future__ import annotations

import re

import pytest

from kg.vocab import default_vocabulary

# strings that exercise the patterns: articles, capitals, joined words, CJK, emphasis, word boundaries
SAMPLES = [
    "", " ", "the ", "The ", "an ", "a ", "An ", "A ", "these ", "Such layers", "such layers", "the model builds",
    "The model builds", "Their encoder", "those models", "Our Encoder uses", "our Encoder", "then the Generator is",
    "so, the Discriminator uses", "but a Generator", "here an Encoder", "and Its Head", "thus This Thing",
    "The Generator-based", "The Gen.x", "The Ab", "THE Generator", "then The Generator", "Then the Generator",
    " *the* `x`", ", the ", "：the ", ", an", "a,", "trained on the ", "trained on ", "trained on a ",
    "using an ", "based on the *", "used in", "x and", "x and ", "x the", "x an", "x a", "and a", "an encoder and a",
    " 和 Soda", "和", "与", "及b", "、", "。", ")", " and Soda", " andy", " or", " orange", "or", "!",
    " to produce", " as a", " ask", " toward", " To", "to", "\tas", " as", "于B", "的x", "to B", "To B", "with B",
    "without B", "tomorrow", "Withal", "比", "A 比 B 快", "faster than B", "thanks", "Than", "nothan", "the a",
    "an apple", "the", "a", "a the", "The The",
]


@pytest.fixture(scope="module")
def words():
    from kg.extraction.facts import WordPatterns

    return WordPatterns(default_vocabulary())


def _same(new: re.Pattern[str], old: re.Pattern[str], how: str, samples: list[str] | None = None) -> None:
    for text in SAMPLES if samples is None else samples:
        a, b = getattr(new, how)(text), getattr(old, how)(text)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text


def test_alternation_escapes_words_longest_first_and_capitalises_on_request():
    v = default_vocabulary()
    assert v.alternation("Article") == "the|an|a"
    assert v.alternation("NameArticle", capital=True) == "[Tt]his|[Ii]ts|[Oo]ur|[Tt]he|[Aa]n|[Aa]"
    assert v.alternation("ItemConjunction", script="cjk") == "与|及|和"
    assert v.alternation("ItemConjunction", script="latin") == "and|or"
    assert v.alternation("Coordination", script="latin").split("|")[:2] == [re.escape("as well as"), re.escape(", and")]
    assert re.escape("+") in v.alternation("Coordination").split("|")
    assert v.alternation("Concept") == "(?!)"  # no words: a pattern that never matches
    assert re.compile(v.alternation("Concept")).search("anything") is None


def test_fact_patterns_built_from_word_sets_match_the_inline_words_they_replace(words):
    # the regexes exactly as facts.py wrote them before the words moved to kg:Article, kg:NameArticle,
    # kg:ClauseConnective, kg:NounDeterminer, kg:ItemConjunction, kg:PassivePurpose, kg:ComparisonComplement
    # and kg:ComparisonWord
    old = {
        "example_lead": re.compile(r"^[\s*_`,，:：]*(?:the\s+|an?\s+)?[\s*_`]*$", re.IGNORECASE),
        "word_before": re.compile(r"\b([A-Za-z]+)\s+(?:(?:the|a|an)\s+)?[*_`]*$", re.IGNORECASE),
        "trailing_article": re.compile(r"(?<=\S) (?:a|an|the)$"),
        "article_around": re.compile(r"^(?:the|a|an)\s+|\s+(?:the|a|an)$"),
        "article_name": re.compile(
            r"[\s\u200b*_`]*(?:(?:then|so|and|but|thus|here|now),?\s+)?(?:[Tt]he|[Aa]n?|[Tt]his|[Oo]ur|[Ii]ts)\s+[*_`]*([A-Z][a-z]{2,})\b(?![\-.]\w)"
        ),
        "determiner_noun": re.compile(r"[\s\u200b*_`>-]*(?:[Tt]he|[Tt]his|[Tt]hese|[Oo]ur|[Ii]ts|[Tt]heir|[Ss]uch)\s+([a-z][a-z\-]+)\b"),
        "after_label": re.compile(r"\s*(?:$|[和与及、，,。.;；:：!?！？)）]|(?:and|or)\b)"),
        "passive_purpose": re.compile(r"\s+(?:to|as)\b"),
        "comparison_complement": re.compile(r"于|的|(?:to|with)\b", re.IGNORECASE),
        "comparison_word": re.compile(r"比|\bthan\b"),
    }
    for name, pattern in old.items():
        for how in ("match", "search", "fullmatch"):
            _same(getattr(words, name), pattern, how)
    for text in SAMPLES:
        assert words.trailing_article.sub("", text) == old["trailing_article"].sub("", text)
        assert words.article_around.sub("", text) == old["article_around"].sub("", text)


MORE_SAMPLES = [
    "advantages of ", "advantages of the ", "advantage Of the ", "benefits of  the  ", "the benefit of a ",
    " over ", " over the ", " Over the ", " over  ", "over the", " over a ", " of ", " of the ", " of the  ", " of a ",
    " the ", "the ", "The ", " THE ", "xthe ", "其the ", " 的主要优势", "的最大优点", " 主要优势", "*的 好处", "的其他优势",
    "设计中", "的设计里", "设计上的", "五个字都没有内", "中", "abc中", " 节点上", "数据集 下", "集群中", "上",
    "数据集之上", "节点里",
]


def test_more_fact_patterns_built_from_word_sets_match_the_inline_words_they_replace(words):
    # kg:DefiniteArticle, kg:Genitive, kg:AdvantageOver, kg:AdvantageModifier, kg:PlacePostposition, kg:SettingCloser
    old = {
        "advantage_of": re.compile(r"(\w+)\s+of\s+(?:the\s+)?$"),
        "advantage_over": re.compile(r"\s+over\s+(?:the\s+)?"),
        "of_the": re.compile(r"\s+of\s+(?:the\s+)?"),
        "the_before": re.compile(r"(?:^|\s)the\s+$", re.IGNORECASE),
        "advantage_after": re.compile(r"[\s*_`]*的?\s*(?:主要|最大)?的?\s*([\u3400-\u9fff]{2})"),
        "place_after": re.compile(r"[\u3400-\u9fff]{0,4}[中里上内]"),
        "setting_noun": re.compile(r"\s*([\u3400-\u9fff]{1,3}?)\s*([上下中])"),
    }
    for name, pattern in old.items():
        for how in ("match", "search", "fullmatch"):
            _same(getattr(words, name), pattern, how, SAMPLES + MORE_SAMPLES)


def test_word_sets_that_replaced_inline_word_lists_hold_the_same_words():
    v = default_vocabulary()

    def words(name: str) -> set[str]:
        return {w.strip() for w in v.cue_set(name)}

    assert words("WhereasBlocker") == set("且是言不已")  # 而且, 而是, 而言, 而不(是), 而已
    assert words("ContrastSideLead") == {"the", "在", "对于", "而"}
    assert words("TaskLead") == set("的种个类")
    assert words("PhraseEndParticle") == set("的了和与及")
    assert words("UseVerb") == {"使用", "采用", "用"}
    assert {w for w in words("ComparisonFrame") if len(w) == 1} == set("与和跟同")
    assert words("AdverbSuffix") == {"ly"} and words("ParticipleSuffix") == {"ed"}
    assert words("ParticipleModifier") == {"most", "more", "less", "often", "widely"}
    assert {w for w in words("NominalPrefix") if w.isascii()} == {"the", "a", "an", "its", "their"}
    assert words("RelativePronoun") == {"that", "which"} and words("IndefiniteArticle") == {"a", "an"}
    assert words("DefiniteArticle") == {"the"}


MENTION_SAMPLES = [
    " and breadth first", "- and breadth-first", " or spatial wise", " orx spatial wise", " and Breadth-First-x",
    "Mixture", "of", "Of", "the", "via", "by", "byte", "The", "Mixture of Experts ", "Learning to Rank ", "x of ",
    "Vaswani et al., 2017", "ET AL", "arXiv:1706", "see Section 3", "SEE", "seed", "foresee it", "如图 2", "见下文",
    "2017", "1, 2", "http://x", "https:", "Conv 2017)", "BN or BatchNorm", "BN 或 BN2", "a, b；c、d", "Norm",
    "NIN由三层的多层", "用户画像", "的", "为", "学习率为 0.01", "等于 -1.5", "dropout = 0.5", "是 3", "为 x",
    "fully ", "widely-", "x", "shuffled", "speed", "need", "bed", "used", "Interleaved", "Speeded", "Speed",
    "Fine-Grained", "Pre-trained", "Exploring", "Ring", "Learning", "Visualizing",
]


def test_mention_patterns_built_from_word_sets_match_the_inline_words_they_replace():
    # the regexes exactly as mentions.py wrote them before the words moved to kg:SharedTailJoin, kg:LongFormWord,
    # kg:CitationMark, kg:CitationVerb, kg:AlternativeWord, kg:NameBreakParticle, kg:ValueCopula, kg:AdverbSuffix,
    # kg:ParticipleSuffix and kg:GerundSuffix
    from kg.extraction.mentions import mention_words

    words = mention_words(default_vocabulary())
    long_form_word = re.compile(r"[A-Z][A-Za-z0-9]*(?:-[A-Za-z][A-Za-z0-9]*)*|of|for|and|with|in|on|to|the|via|by")
    old = {
        "coordinated_tail": re.compile(r"-? (?:and|or) [a-z]+[- ]([A-Za-z]+)(?![A-Za-z\-])"),
        "long_form_word": long_form_word,
        "long_form_run": re.compile(rf"(?:(?:{long_form_word.pattern})[ \t]+)+$"),
        "not_a_name": re.compile(
            r"^\s*(?:\d{4}|[0-9.,%\s×x*+\-/]+)\s*$|et al|arxiv|\bhttps?:|\bsee\b|如图|见|\d{4}[)）]?$", re.IGNORECASE
        ),
        "alternatives": re.compile(r"[,，;；、]|\bor\b|或"),
        # (or, and, such as, for example, namely: added to kg:NameBreakParticle after the refactor)
        "particles": re.compile(r"或者|以及|例如|比如|诸如|[的由是在和与了将把用为及或对从以被如即]"),
        "value_statement": re.compile(r"(?:为|是|等于|=)\s*-?[\d.]+\s*$"),
        "adverb_or_hyphen_end": re.compile(r"(?:ly|-)\s*$"),
        "participle_end": re.compile(r"[a-z]{3}(?<!e)ed$"),
        "participle_word": re.compile(r"[A-Z][a-z]{3,}(?<!e)ed"),
        "hyphened_participle": re.compile(r"[A-Za-z]+-[A-Za-z]+ed"),
        "gerund_word": re.compile(r"[A-Z][a-z]{2,}ing"),
    }
    for name, pattern in old.items():
        for how in ("match", "search", "fullmatch"):
            _same(getattr(words, name), pattern, how, MENTION_SAMPLES + SAMPLES)
        for text in MENTION_SAMPLES + SAMPLES:
            if name in ("alternatives", "particles"):
                assert getattr(words, name).split(text) == pattern.split(text)
    assert set(words.coordinated_starts) == {" a", " o", "- "} and words.gerund_suffixes == ("ing",)


def test_question_and_answer_markers_built_from_word_sets_match_the_inline_words_they_replace():
    # structure.py's markers before the words moved to kg:QuestionLabel and kg:AnswerLabel
    from kg.extraction.structure import qa_markers

    q, a = qa_markers(default_vocabulary())
    old_q = re.compile(r"^\s*(?:\$\s*Q\s*\$|Q\d*|问|问题|Question)\s*[:：.]\s*", re.IGNORECASE)
    old_a = re.compile(r"^\s*(?:\$\s*A\s*\$|A\d*|答|回答|答案|Answer)\s*[:：.]\s*", re.IGNORECASE | re.MULTILINE)
    samples = ["问：x", "问题：x", "问题 : x", "Question: x", "QUESTION. x", "Q1: x", "$Q$: x", "问答：x", "Questions: x",
               "答：y", "回答: y", "答案. y", "Answer: y", "answer:y", "A2. y", "$ A $：y", "答复：y", "x\n答：y", "Q: a\nA: b"]  # fmt: skip
    for text in samples + SAMPLES:
        for new, old in ((q, old_q), (a, old_a)):
            m, n = new.match(text), old.match(text)
            assert (m and m.span()) == (n and n.span()), text
            assert new.sub("", text, count=1) == old.sub("", text, count=1)
            assert [x.span() for x in new.finditer(text)] == [x.span() for x in old.finditer(text)]


def test_inside_marker_and_inline_item_patterns_match_the_inline_words_they_replace(words):
    # kg:InsideMarker ('X 中的 Y') and the kg:ItemConjunction words before an inline item marker ('b) y 和 c) z')
    old_in_place = re.compile(r"\s*[\u3400-\u9fff]{0,3}?(中的|中|里的|内的)\s*")
    old_item = re.compile(
        r"(?:(?<=[\s，,；;：:、和及与])|^)(?:[a-hA-H]|i{1,3}|iv|vi{0,3}|ix)[)）]"
        r"|(?:(?<=[\s，,；;：:、和及与])|^)[(（](?:[a-hA-H]|i{1,3}|iv|vi{0,3}|ix|\d{1,2})[)）]|[①-⑩]"
    )
    samples = [" 中的 Y", "计算中 Y", "里的x", "结构内的", "一二三四中", "中", "内", "a) x, b) y 和 c) z", "y与b) z", "y及(2) z",
               "x或c) z", "(u, i)", "f(x) and g(a)", "② x", "vi) x", "ab) x", "Yeast (a) 和 Soda (b)。", "a)", "，(iv)"]  # fmt: skip
    for text in samples + SAMPLES:
        a, b = words.in_place.match(text), old_in_place.match(text)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text
        assert [m.span() for m in words.inline_item.finditer(text)] == [m.span() for m in old_item.finditer(text)], text
