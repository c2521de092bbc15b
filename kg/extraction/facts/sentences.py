"""Sentences and their cue hits, and the text helpers every reading rule of ``kg.extraction.facts`` shares:
where a sentence and a clause end, the cue automaton, the word patterns built from the ontology's word sets,
brackets, formulas, the matcher as one file sees it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

from kg.extraction.mentions import Matcher
from kg.model import Assertion, Item, Mention, Section, Span
from kg.terms import KG, local_name
from kg.text import WORD_CHARS, normalize, opening_with
from kg.vocab import Cue, Relation, Vocabulary

# A soft line break ends a sentence only before a list marker: notes wrap long
# sentences ("…效果\n要好的多"), and a soft wrap must not split a fact. A hard
# break (two trailing spaces) does: the author broke the line on purpose.
_SENTENCE_END = re.compile(
    # every alternative starts at one of these characters or right after a line break: tested first, it spares
    # the alternatives' lookbehinds at every other position (sentence_bounds over 500 note files: 1.8 s → 0.27 s)
    r"(?:(?=[。！？!?；;.\n$\\\r…])|(?<=\n))(?:"
    r"(?<!\\)[。！？!?；;]|(?<!\be\.g)(?<!\bi\.e)(?<!\bvs)(?<!\bcf)(?<!\bal)(?<!\bFig)(?<!\bEq)(?<!\betc)\.(?=\s|$)"
    # 'e.g.', 'i.e.', 'vs.', 'et al.' end no sentence; 'etc.' does when a capital or a line's end follows. A soft
    # break before a list marker ends one too, but a decimal number wrapped onto the next line ('…the Random Forest
    # is⏎0.047 on the test set') is no '1.' marker; an outline number or a date before a name or a Chinese word
    # ('⏎1.2 ResNet uses …', '⏎2015.12 ResNet 使用 …') still is one
    r"|(?<=\betc)\.(?=\s*$|\s+[A-Z\u3400-\u9fff])|\n(?=\s*(?:\d+\s*(?:\.(?!\d)|[、)）])|\d+(?:\.\d+)+\s+[A-Z\u3400-\u9fff*_`\[]|[-*•]\s|[(（]\d+[)）]|$))"
    # a display formula on lines of its own ('…参数 T：\n$$\nSoftmax(z_i) = …\n$$\n由于参数 T 可以…'): the text after it
    # starts a sentence of its own, and the formula is one too; a name in it is no doer of the words that follow.
    # LaTeX's own delimiters as well: '\[ … \]' (written '\\[' in Markdown) and '\begin{equation} … \end{equation}',
    # a line that opens with one ends the sentence before it ('…a prediction matrix:\n\[ Z = \text{softmax}…')
    r"|(?:\$\$|\\\]|\\end\{[A-Za-z]+\*?\})[ \t]*(?=\n)|(?<=\n)(?=[ \t]*(?:\\\[|\\begin\{))"
    # a hard line break ('…共享相同的KV head  ⏎ 一个token的…'): the author ended the line on purpose; structure marks
    # it with a carriage return before the line feed
    # — unless the line stops mid-phrase, after a comma, a joining word or a preposition ('RYE uses WB and␣␣⏎SD'), or
    # the next line goes on in lower case ('RYE is faster␣␣⏎than WB'); a relation's cue right before the break is
    # RelatorBase._sentences' to keep ('Dropout 可以缓解␣␣⏎过拟合' stays whole)
    r"|(?<![,，、(（])(?<!\band)(?<!\bor)(?<!\bof)(?<!\bto)(?<!\bin)(?<!\bon)(?<!\bfor)(?<!\bwith)(?<!\bby)"
    r"(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bis)(?<!\bare)(?<!\bthan)(?<![和与及或的把被对在将])\r(?=\n(?![ \t]*[a-z]))"
    # "(rotation, flipping, color filters...) You can also use GANs": a full stop (an ellipsis, 'etc.') closing a
    # bracket, then a capitalised word: the writer left out the stop after the bracket
    r"|[.…][)）](?=[ \t]+[A-Z][a-z])"
    r")"
)
_CLAUSE_END = re.compile(r"[，,：:]")
CLAUSE_MARK = re.compile(r"[，,：:；;。]")
ENUMERATOR = re.compile(r"^[\s\u200b]*(?:\d{1,2}|[一二三四五六七八九十])\s*[、.．)）]\s*|^[\s\u200b]*[(（]\d{1,2}[)）]\s*")
POSSESSED = re.compile(r"\s*的\s*([\u3400-\u9fff])")  # "编码器的输出": the name owns the noun after 的
OWNED_LATIN_NAME = re.compile(r"\s*的\s*([A-Z][A-Za-z0-9\-]*)")  # "pytorch 的 FSDP": a name the name owns
OF_NOUN = re.compile(r"的\s*([\u3400-\u9fff]{2,6})\s*$")
# "Stone Oven 的 MAR 算法使用 …": after 的, a Latin word kg does not know and the Chinese noun it names
OF_LATIN_NOUN = re.compile(r"的\s*[A-Za-z][A-Za-z0-9\-]*\s*([\u3400-\u9fff]{1,6})\s*$")
# between a name and its examples: nothing, or the one noun the name modifies ("编码端架构", "ensemble methods"),
# then a comma or an opening bracket ("encoder-only (e.g., BERT)")
EXAMPLE_GAP = re.compile(r"^[\s*_`]*(?:[A-Za-z][A-Za-z\-]*|[\u3400-\u9fff]{1,4})?[\s*_`]*(?:[,，]\s*)?([(（]?)[\s*_`]*$")
# "5个卷积层", "3 x", "两个": a count right before a name
COUNT = re.compile(r"(?:\d+|[一二三四五六七八九十两几]+)\s*[个层组块]?\s*$")
COUNT_REST = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)\s*[个层组块]?|[\s，,、;；。.+和及与层]")
BRACKET_TAIL = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
NAME_BEFORE = re.compile(r"(?<![A-Za-z0-9\-_.])([A-Za-z][A-Za-z0-9\-_.]*) ?$")
CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
CJK_WORDS = re.compile(r"[\u3400-\u9fff]{1,6}")  # a short run of Chinese characters, a word or two
# "_Mosaic_ is an …": a capitalised word, emphasised or not, then a copula: the sentence's subject
COPULA_SUBJECT = re.compile(r"[\s\u200b*_`\[]*([A-Z][A-Za-z0-9\-]*)[*_`\]]*\s+(?:is|are|was|were)\s")
OPENING_NAME = re.compile(r"[\s\u200b*`\[]*([A-Z][A-Za-z0-9\-]*)(?:\]\([^)]*\))?\s")
# "Metaphor Systems has …": two capitalised words open the sentence, the second not at its start: a proper name
OPENING_TITLE_PAIR = re.compile(r"[\s\u200b*`\[]*([A-Z][a-z][A-Za-z0-9\-]*)\s+([A-Z][a-z][A-Za-z0-9\-]*)\b")
# "Foo uses", "BRCA基于", "**BRCA**基于" (the gap may end at the cue, right after the name and its emphasis)
UNKNOWN_SUBJECT = re.compile(r"^[\s\u200b*`(（]*(?:\d+[.、)）]\s*)?([A-Z][A-Za-z0-9\-]*)[*`_]*(?:\s|[\u3400-\u9fff]|$)")
# "huggingface的berttokenize使用的是…": a lower-case Latin name opening a Chinese clause is a name too
UNKNOWN_SUBJECT_CJK = re.compile(r"^[\s\u200b*`(（]*(?:\d+[.、)）]\s*)?([a-z][A-Za-z0-9\-]*)(?=[\u3400-\u9fff])")
# "Clip guided Editing 则是…": two to four Latin words, then Chinese: in a Chinese clause, a name even when its
# first word is an everyday one
# "Big Bird uses a sparse attention": two to four capitalised words, and nothing else, before the verb: a name
# ('Scales LR using …', 'In Training using …': a capitalised verb or preposition opening a phrase is no such name)
TITLE_CASE_SUBJECT = re.compile(r"[\s\u200b*`(（]*(?:\d+[.、)）]\s*)?([A-Z][a-z][a-z0-9\-]*)(?: [A-Z][a-z][a-z0-9\-]*){1,3}[*`_]*\s*")
LATIN_PHRASE_SUBJECT = re.compile(r"[A-Za-z][A-Za-z0-9\-]*(?: [A-Za-z][A-Za-z0-9\-]*){1,3}\s*[\u3400-\u9fff]")

LABEL = re.compile(r"^\s*(?:[0-9]+\s*[.、)）]\s*)?([^：:\n，,。]{1,24}?)\s*[：:]")
# "Deep Residual Learning for Image Recognition (CVPR 2016): introduces …": a title, then a bracket with a year,
# labels the item with a work (a paper), however long the title is
WORK_LABEL = re.compile(r"^\s*(?:[0-9]+\s*[.、)）]\s*)?([^：:\n。]{1,160}?)\s*[(（][^()（）\n]{0,40}\b(?:19|20)\d\d[)）]\s*[：:]")
PROBLEM, DOES_NOT_USE, COMPARED_WITH = KG.Problem, KG.doesNotUse, KG.comparedWith
UNNAMED = ""  # what the sentence before was about when that is a name kg does not know (no pronoun resolves to it)
# "五个卷积块和三个全连接层": numbers and measure words do not break a list
QUANTIFIER = re.compile(r"[0-9一二三四五六七八九十两几若干多每]+\s*[个种层类组]?")


# Longer than this, a "sentence" is a run nobody punctuated (a table dump, a list pasted into one
# line): it is read in pieces of this size, so every rule's work per sentence stays bounded and a
# build stays linear in the size of the notes.
MAX_SENTENCE = 400


# "…improvement of WDL and FNN.Compared with WDL, DeepFM …": a full stop with no space after it, between a
# word of three letters or more (not part of a dotted path: "torch.optim") and a capitalised word that goes on
# as prose (not "Adam(", "Cell.water", "ToTensor").
_GLUED_END = re.compile(r"(?<![.\w])[A-Za-z]{3,}\.(?=[A-Z][a-z]+(?:[\s,;:]|-[A-Z]))")


def glued_sentence_ends(text: str) -> list[int]:
    """Where a sentence ends at a full stop glued to the next sentence's first word ("FNN.Compared with …").

    Writers (and converters) drop the space after a full stop; read as one sentence, the two sentences' names
    pair up across the stop ("WDL and FNN" + "Compared with WDL" → WDL comparedWith FNN). Not inside inline
    code (an odd number of backticks before the stop), not in a dotted path or a call ("tf.keras.Model(",
    "Board.Cell.apple"), not when the next word has inner capitals ("torch.FloatTensor")."""
    ends = []
    for m in _GLUED_END.finditer(text):
        if text.count("`", 0, m.start()) % 2:
            continue
        ends.append(m.end())
    return ends


def sentence_bounds(text: str) -> list[int]:
    """Where sentences end; an over-long one is cut at its last clause mark or space before the limit."""
    bounds: list[int] = []
    pos = 0
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    glued = glued_sentence_ends(text)
    if glued:
        ends = sorted(set(ends) | set(glued))
    for end in ends + [len(text)]:
        while end - pos > MAX_SENTENCE:
            window = text[pos : pos + MAX_SENTENCE]
            cut = max(window.rfind(c) for c in "，,：: \t")
            cut = pos + (cut + 1 if cut > MAX_SENTENCE // 4 else MAX_SENTENCE)
            bounds.append(cut)
            pos = cut
        if end > pos:
            bounds.append(end)
            pos = end
    return bounds


class WordPatterns:
    """The patterns of this module that hold words, built from the ontology's word sets once per vocabulary
    (Vocabulary.derived): the words live in ontology/kg.ttl, the shape of each phrase (spaces, emphasis,
    punctuation, boundaries) here."""

    def __init__(self, vocab: Vocabulary) -> None:
        article = vocab.alternation("Article")
        # between an example marker and the first example: spaces, emphasis, a comma, an article
        self.example_lead = re.compile(rf"^[\s*_`,，:：]*(?:(?:{article})\s+)?[\s*_`]*$", re.IGNORECASE)
        # a word (a preposition) right before a name, an article between them
        self.word_before = re.compile(rf"\b([A-Za-z]+)\s+(?:(?:{article})\s+)?[*_`]*$", re.IGNORECASE)
        self.trailing_article = re.compile(rf"(?<=\S) (?:{article})$")  # 'an encoder and a decoder'
        self.article_before = re.compile(rf"\b(?:{article})\s+[*_`]*$", re.IGNORECASE)  # 'a PyTorch tutorial'
        self.article_around = re.compile(rf"^(?:{article})\s+|\s+(?:{article})$")
        # a clause opening with a connective, an article and a capitalised word: 'The Generator is …'
        connective = vocab.alternation("ClauseConnective")
        self.connective_lead = re.compile(rf"(?:{connective}),?\s+", re.IGNORECASE)  # 'Then we …', 'So, we …'
        name_article = vocab.alternation("NameArticle", capital=True)
        self.article_name = re.compile(
            rf"[\s\u200b*_`]*(?:(?:{connective}),?\s+)?(?:{name_article})\s+[*_`]*([A-Z][a-z]{{2,}})\b(?![\-.]\w)"
        )
        # "The model builds on …", "This stage was …": a clause opening with a determiner and a lower-case noun
        determiner = vocab.alternation("NounDeterminer", capital=True)
        self.determiner_noun = re.compile(rf"[\s\u200b*_`>-]*(?:{determiner})\s+([a-z][a-z\-]+)\b")
        # "an algorithm for general convex functions based on …": an indefinite article and a lower-case noun
        indefinite = vocab.alternation("IndefiniteArticle", capital=True)
        self.indefinite_noun = re.compile(rf"[\s\u200b*_`>-]*(?:{indefinite})\s+([a-z][a-z\-]+)\b")
        # "for general convex functions": a preposition, then one lower-case modifier, right before a name
        self.modified_after_word = re.compile(rf"\b([A-Za-z]+)\s+(?:(?:{article})\s+)?[a-z][a-z\-]*\s+[*_`]*$", re.IGNORECASE)
        # "… the bias correction used in Adam": a determiner and lower-case words right before a participle cue
        # (no kg:AuxiliaryWord among them: 'This was also derived from …' is a pronoun and its verb)
        aux = vocab.alternation("AuxiliaryWord", script="latin")
        word = rf"(?!(?:{aux})\b)[a-z][a-z\-]+"
        self.determiner_noun_end = re.compile(rf"\b(?:{determiner}|an?)\s+(?:{word}\s+){{0,3}}{word}\s*$")
        # 'does not need a large batch size', '不需要太多的 X': a word of amount right before a negated cue's object
        denied_latin, denied_cjk = (vocab.alternation("DeniedAmount", script=x) for x in ("latin", "cjk"))
        self.denied_amount = re.compile(rf"(?:^|\s)(?:{denied_latin})\s*$|(?:{denied_cjk})\s*$", re.IGNORECASE)
        tools, relatives = vocab.alternation("ToolNoun"), vocab.alternation("RelativePronoun")
        relative = rf"(?:{relatives})(?:'s|\s+is|\s+are|\s+was)?\s*$"
        # 'a library for SOTA GPs that's built on …': a tool noun, 'for'/'of', a few words, the name, then 'that/which'
        self.tool_before = re.compile(rf"\b(?:{tools})\s+(?:for|of)\s+(?:[\w\-]+\s+){{0,3}}$", re.IGNORECASE)
        self.relative_after = re.compile(rf"^s?\s*{relative}", re.IGNORECASE)
        # 'the most scalable GP library currently that's built on …', 'a Bayesian DL library that is built on …'
        self.tool_relative_after = re.compile(rf"^s?(?:\s+[A-Za-z]+)?\s+(?:{tools})(?:\s+[a-z]+)?\s+{relative}", re.IGNORECASE)
        # 'networks that use', 'methods which are based on': a plain lower-case plural noun, a relative pronoun and up
        # to two words (auxiliaries, adverbs) right before a cue
        self.plural_relative = re.compile(
            rf"(?<![\w\-])([a-z][a-z\-]*[a-z](?<!ss)(?<!us)(?<!is)s)\s+(?:{relatives})\s+((?:[a-z]+\s+){{0,2}})$"
        )
        # "The simple version of X …": the clause opens with a determiner and adjectives, nothing else, before the cue
        self.opening_noun_phrase = re.compile(rf"[\s\u200b*_`>-]*(?:{determiner}|[Aa]n?)\s+(?:{word}\s+){{0,3}}$")
        # "… introduces an approach combining X and Y": a noun phrase kg does not know, modified by a participle
        self.noun_then_participle = re.compile(rf"\b(?:{determiner}|an?)\s+(?:{word}\s+){{0,2}}{word}\s+[a-z]{{3,}}ing\s+$")
        # after an item label: the end, punctuation, or a joining word ('Yeast (a) 和 Soda (b)')
        joins_cjk = vocab.alternation("ItemConjunction", script="cjk")
        joins = vocab.alternation("ItemConjunction", script="latin")
        self.after_label = re.compile(rf"\s*(?:$|[、，,。.;；:：!?！？)）]|{joins_cjk}|(?:{joins})\b)")
        self.passive_purpose = re.compile(rf"\s+(?:{vocab.alternation('PassivePurpose')})\b")
        complement_cjk = vocab.alternation("ComparisonComplement", script="cjk")
        complement = vocab.alternation("ComparisonComplement", script="latin")
        self.comparison_complement = re.compile(rf"{complement_cjk}|(?:{complement})\b", re.IGNORECASE)
        comparison_cjk = vocab.alternation("ComparisonWord", script="cjk")
        comparison = vocab.alternation("ComparisonWord", script="latin")
        self.comparison_word = re.compile(rf"{comparison_cjk}|\b(?:{comparison})\b")
        the, of, over = (vocab.alternation(n) for n in ("DefiniteArticle", "Genitive", "AdvantageOver"))
        # "the advantages of A over B": the kg:Advantage word before 'of', then 'over' between the names
        self.advantage_of = re.compile(rf"(\w+)\s+(?:{of})\s+(?:(?:{the})\s+)?$")
        self.advantage_over = re.compile(rf"\s+(?:{over})\s+(?:(?:{the})\s+)?")
        self.of_the = re.compile(rf"\s+(?:{of})\s+(?:(?:{the})\s+)?")  # 'the N of X'
        self.the_before = re.compile(rf"(?:^|\s)(?:{the})\s+$", re.IGNORECASE)
        ranks = vocab.alternation("AdvantageModifier")  # 'A 相比 B 的主要优势'
        self.advantage_after = re.compile(rf"[\s*_`]*的?\s*(?:{ranks})?的?\s*([\u3400-\u9fff]{{2}})")
        self.place_after = re.compile(rf"[\u3400-\u9fff]{{0,4}}(?:{vocab.alternation('PlacePostposition')})")
        self.in_place = re.compile(rf"\s*[\u3400-\u9fff]{{0,3}}?({vocab.alternation('InsideMarker')})\s*")
        # an item marker inside a sentence, after a space, a comma or a joining word ('b) y 和 c) z')
        joined = "".join(rf"|(?<={re.escape(w)})" for w in sorted(t.strip() for t in vocab.cue_set("ItemConjunction") if not t.isascii()))
        lead = rf"(?:(?<=[\s，,；;：:、]){joined}|^)"
        self.inline_item = re.compile(
            # the characters a marker opens with, tested first (see kg.text.opening_with)
            r"(?=[a-hA-Hiv(（①-⑩])(?:"
            rf"{lead}(?:[a-hA-H]|i{{1,3}}|iv|vi{{0,3}}|ix)[)）]"
            rf"|{lead}[(（](?:[a-hA-H]|i{{1,3}}|iv|vi{{0,3}}|ix|\d{{1,2}})[)）]|[①-⑩])"
        )
        # 'This means that …', '这意味着…': a demonstrative alone, then a verb that says what a statement shows
        anaphora, propositions = vocab.alternation("Anaphora"), vocab.alternation("PropositionVerb")
        self.proposition_this = re.compile(
            rf"[\s\u200b*_`>]*(?:{anaphora})\s*(?:{propositions})(?![A-Za-z])", re.IGNORECASE
        )
        self.setting_noun = re.compile(rf"\s*([\u3400-\u9fff]{{1,3}}?)\s*({vocab.alternation('SettingCloser')})")
        # 'we reduce overfitting by using / with / via dropout': a means marker after the problem
        self.means_marker = re.compile(
            rf"(?:\s+problems?|\s+issues?)?\s*,?\s+(?:{vocab.alternation('MeansMarker')})\s+(?:(?:{article})\s+)?",
            re.IGNORECASE,
        )
        # ', we can use the': people (no concept) applying the name that follows
        # (or none: an imperative, 'use the'); in Chinese no spaces between the words ('我们可以使用', '可以采用')
        self.people_apply = re.compile(
            rf"[\s,，*_`]*(?:(?:{vocab.alternation('PeopleWord', script='latin')})\s+)?"
            rf"(?:(?:{vocab.alternation('ModalWord', script='latin')})\s+)*"
            rf"(?:{vocab.alternation('ApplyVerb', script='latin')})\s+(?:(?:{article})\s+)?"
            rf"|[\s,，*_`]*(?:{vocab.alternation('PeopleWord', script='cjk')})?(?:{vocab.alternation('ModalWord', script='cjk')})*"
            rf"(?:{vocab.alternation('ApplyVerb', script='cjk')})\s*",
            re.IGNORECASE,
        )
        self.possessive_pronoun = re.compile(rf"\s*(?:{vocab.alternation('PossessivePronoun')})\s*$", re.IGNORECASE)
        # 'We can add', 'you apply': a clause opening with a kg:PeopleWord (English) applying something (kg:ApplyVerb)
        self.people_opening = re.compile(
            rf"[\s*_`>-]*(?:{vocab.alternation('PeopleWord', script='latin')})\s+"
            rf"(?:(?:{vocab.alternation('ModalWord', script='latin')})\s+)*(?:{vocab.alternation('ApplyVerb', script='latin')})(?:e?[ds])?\b",
            re.IGNORECASE,
        )
        # '… to the ': a preposition of destination and perhaps an article, right before a name
        self.destination_before = re.compile(
            rf"\s(?:{vocab.alternation('DestinationPreposition')})\s+(?:(?:{article})\s+)?[*_`]*$", re.IGNORECASE
        )
        # 'adds a layer to the': words kg names nothing in, the preposition of a destination, perhaps a determiner
        self.moved_into = re.compile(
            rf"\s+[A-Za-z][A-Za-z0-9\-]*(?:\s+[A-Za-z0-9\-]+){{0,4}}\s+(?:{vocab.alternation('DestinationPreposition')})"
            rf"(?:\s+[a-z]+)?\s+"
        )
        count_latin, count_cjk = (vocab.alternation("CountWord", script=x) for x in ("latin", "cjk"))
        kinds_latin, kinds_cjk = (vocab.alternation("KindListNoun", script=x) for x in ("latin", "cjk"))
        # 'has two variants: A and B', 'comes in two flavors: A and B', '有两种模型：A 和 B', '主要有两种：A 和 B'
        self.kinds_after_name = re.compile(
            # the characters its words open with, tested first (see kg.text.opening_with)
            r"(?=\s*[hco主有])"
            rf"\s*(?:(?:has|have|comes in|come in|offers)\s+(?:{count_latin}|\d+)\s+(?:main\s+|major\s+|common\s+|basic\s+)?"
            rf"(?:{kinds_latin})|(?:主要)?有(?:{count_cjk}|\d+)种(?:主要的|常见的)?(?:{kinds_cjk})?)\s*[:：]\s*",
            re.IGNORECASE,
        )
        # 'X 分为 A 和 B 两种(模型)': the list stands between 分为 and the count
        self.kinds_before_count = re.compile(rf"\s*分为\s*(?P<list>.+?)\s*(?:{count_cjk}|\d+)种(?:{kinds_cjk})?")
        # 'There are two types of X: A and B'
        self.types_of = re.compile(
            opening_with([*(w.strip() for w in vocab.cue_set("CountWord") if w.isascii()), *"0123456789"])
            + rf"\b(?:{count_latin}|\d+)\s+(?:main\s+|major\s+)?(?:{kinds_latin})\s+of\s+(?:(?:{article})\s+)?", re.IGNORECASE
        )
        intro_latin, intro_cjk = (vocab.alternation("KindIntroNoun", script=x) for x in ("latin", "cjk"))
        # 'What regularization techniques …?', '常见的池化方法有：': a kg:KindIntroNoun right after a name
        self.kind_intro_after = re.compile(
            rf"[*_`]*(?:\s+(?:{intro_latin})\b|\s*的?\s*(?:{intro_cjk}))", re.IGNORECASE
        )
        # 'RL techniques like GRPO': 'like' right after a kg:KindIntroNoun opens examples of the kind
        self.kind_like = re.compile(rf"(?<=[A-Za-z])\s+(?:{intro_latin})[*_`]*\s+(like)\s", re.IGNORECASE)
        # 'Types of gradient descent:': a kg:KindIntroNoun and 'of' right before a name
        self.kind_intro_of = re.compile(
            rf"(?<![A-Za-z])(?:{intro_latin})\s+of\s+(?:(?:{article})\s+)?[*_`]*$", re.IGNORECASE
        )
        followers = sorted({t.strip() for t in vocab.cue_set("KindIntroFollower")}, key=len, reverse=True)
        # what may stand after a kg:KindIntroNoun: kg:KindIntroFollower words, spaces, markup and the end mark
        self.kind_intro_rest = re.compile(
            r"(?:\s|[*_`,，]|" + "|".join(rf"{re.escape(w)}(?![A-Za-z])" for w in followers) + r")*[:：?？]?", re.IGNORECASE
        )
        leads = sorted({t.strip() for t in vocab.cue_set("KindIntroLead")}, key=len, reverse=True)
        # what may stand before the name and its kind noun: kg:KindIntroLead words, digits, spaces, markup, emoji
        self.kind_intro_lead = re.compile(
            r"(?:[\s\d*_`#>\-,，、\u200b\u200d\ufe0f\u2b50\U0001f300-\U0001faff]|"
            + "|".join(rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])" for w in leads)
            + r")*",
            re.IGNORECASE,
        )
        signals = sorted({t.strip() for t in vocab.cue_set("KindListSignal")}, key=len, reverse=True)
        self.kind_list_signal = re.compile(
            opening_with(signals) + "(?:" + "|".join(rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])" for w in signals) + ")",
            re.IGNORECASE,
        )
        # a kg:OwnerPreposition right before a name after the kind noun ('… techniques for neural nets …')
        self.kind_intro_owner = re.compile(
            rf"(?:^|\s)(?:{vocab.alternation('OwnerPreposition', script='latin')})\s+(?:(?:{article})\s+)?[*_`]*$", re.IGNORECASE
        )
        self.comparative_words = frozenset(t.strip() for t in vocab.cue_set("ComparativeWord"))
        self.not_comparative = frozenset(t.strip() for t in vocab.cue_set("NotComparative"))


def inline_item_marks(text: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """The item markers of an enumeration written inside one sentence, as (start, end).

    A reader takes 'a) X, b) Y 和 c) 基于 Z 的 W' as a list of siblings: a cue inside one item ('基于' in c)
    reads only within that item, never with a name of another item ('Y uses Z'). A bare 'i)' inside an open
    bracket is a pair or an argument ('(u, i)'), not a marker."""
    marks = []
    # an item marker inside a running sentence: "a) SFT, b) reward-model tuning and c) RLHF", "（2）", "②"; a bare
    # letter or roman numeral only after a space, a comma or a joining word, never inside brackets ("(u, i)")
    words = vocab.derived("fact-word-patterns", WordPatterns)
    after_label = words.after_label
    for m in words.inline_item.finditer(text):
        if m.group()[0] not in "(（" and text.count("(", 0, m.start()) + text.count("（", 0, m.start()) > text.count(
            ")", 0, m.start()
        ) + text.count("）", 0, m.start()):
            continue
        if after_label.match(text, m.end()):
            continue  # "Yeast Powder (a) 和 Baking Soda (b)": a label after an item, not a marker opening one
        marks.append((m.start(), m.end()))
    return marks


# between 在 and a name: nothing or a count ('单个', '多个', '8 个'); after the name: a short noun, then the closer
QUANTIFIER_ONLY = re.compile(r"(?:[0-9一二三四五六七八九十两几多单每各]+\s*[个台张块块组]?)?")


_SIZE_SUFFIX = re.compile(r"[\s\-_]*\d+(?:\.\d+)?\s*[BMKbmk]\s*$")


def size_columns(cells: list[str]) -> bool:
    """Header cells that name one model at several parameter counts ('OPT-6.7B | OPT-13B | OPT-30B',
    'Llama 7B | Llama 13B'): the columns are sizes the table measures something at (cost, time), and a
    reader does not take them as models compared with each other. Two cells or more, each a size suffix on
    one and the same name."""
    if len(cells) < 2:
        return False
    stems = set()
    for cell in cells:
        text = cell.strip(" *_`")
        m = _SIZE_SUFFIX.search(text)
        if m is None or not text[: m.start()].strip():
            return False
        stems.add(text[: m.start()].strip().lower())
    return len(stems) == 1


WORD_CHAR_AFTER = re.compile(r"[A-Za-z]")  # 'you' is not the start of 'young'


CLAUSE_CHARS = re.compile(r"[(（\[【)）\]】，,：:]")


def clause_bounds(chunk: str, marks: re.Pattern[str] = CLAUSE_CHARS) -> list[tuple[int, int]]:
    """Clauses split at commas and colons (and the arrows of a pipeline, when ``marks`` has them), except
    inside brackets ("(fire together, wire together)").

    Only the brackets and marks are visited (a regex finds them), not every character of every sentence.
    """
    clauses, cpos, depth = [], 0, 0
    for found in marks.finditer(chunk):
        ch = found.group()
        if ch in "(（[【":
            depth += 1
        elif ch in ")）]】":
            if depth:
                depth -= 1
        elif depth == 0:  # a comma, colon or arrow outside brackets
            i = found.end()
            clauses.append((cpos, i))
            cpos = i
    clauses.append((cpos, len(chunk) + 1))
    return clauses


ALIAS_ASIDE = re.compile(r"^\s*[(（][^()（）]{1,40}[)）]")
LOWER_HYPHEN_PREFIX = re.compile(r"(?<![\w\-])([a-z][a-z0-9]+)-$")


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    cues: tuple[Cue, ...]
    sets: frozenset[str]  # local names of the cue sets the phrase belongs to ("Negation" …)

    def in_set(self, name: str) -> bool:
        return name in self.sets


_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ed|en)")  # 'outperformed', 'addressed', 'used', 'chosen'


class CueMatcher:
    """All cue phrases of the ontology in one automaton, longest match first."""

    def __init__(
        self,
        cues: Iterable[Cue],
        inner_adverbs: Iterable[str] = (),
        particles: Iterable[str] = (),
        be_verbs: Iterable[str] = (),
        passive_adverbs: Iterable[str] = (),
        with_participles: Mapping[str, str] | None = None,
        compared_after: Iterable[str] = (),
    ) -> None:
        """``with_participles``: participles that cue their relation (the IRI they map to) only in the passive with
        'with' ('EBMs are trained with MLE'; kg:TrainingParticiple); ``compared_after``: words that, before the clause
        ends, make what follows such a cue a comparison instead (kg:SamenessWord, kg:ComparisonWord)."""
        by_text: dict[str, list[Cue]] = {}
        adverbs = [normalize(a).strip() for a in inner_adverbs]
        cue_particles = frozenset(normalize(p).strip() for p in particles)
        bes = [normalize(b).strip() for b in be_verbs]
        passive = ["", *(normalize(a).strip() for a in passive_adverbs)]
        for cue in cues:
            key = normalize(cue.text)
            by_text.setdefault(key, []).append(cue)
            if cue.role == "cue" and key.isascii() and _PARTICIPLE.fullmatch(key):
                # 'PCA is clearly outperformed by MRL', 'overfitting was addressed by dropout': a participle cue in the
                # passive with 'by' names its doer after 'by'; the name before it is what is done to (an inverse cue)
                inverse = Cue(cue.text, "inverseCue", cue.target)
                for be in bes:
                    for adverb in passive:
                        by_text.setdefault(" ".join(w for w in (be, adverb, key, "by") if w), []).append(inverse)
            head, _, particle = key.rpartition(" ")
            if cue.role != "set" and head and key.isascii() and particle in cue_particles:
                # 'relies heavily on', 'builds directly on': an adverb between the verb and its particle
                for adverb in adverbs:
                    by_text.setdefault(f"{head} {adverb} {particle}", []).append(cue)
        with_phrases = set()
        for participle, target in (with_participles or {}).items():
            word = normalize(participle).strip()
            for be in bes:
                for adverb in passive:
                    text = " ".join(w for w in (be, adverb, word, "with") if w)
                    by_text.setdefault(text, []).append(Cue(text, "cue", target))
                    with_phrases.add(text)
        self._with_phrases = frozenset(with_phrases)
        words = "|".join(re.escape(normalize(w).strip()) for w in compared_after)
        # 'is trained with the same objective as GPT', '… with larger batches than BERT': the name after it is compared
        self._compared_after = re.compile(rf"[^.,;:!?]{{0,60}}?\b(?:{words})\b") if words else None
        self._automaton = ahocorasick.Automaton()
        for key, group in by_text.items():
            sets = frozenset(local_name(c.target) for c in group if c.role == "set")
            self._automaton.add_word(key, (len(key), tuple(group), sets))
        self._automaton.make_automaton()

    def find(self, text: str, norm: str | None = None) -> list[Hit]:
        norm = normalize(text) if norm is None else norm
        found = []
        word, size = WORD_CHARS, len(norm)
        for end_index, (length, cues, sets) in self._automaton.iter(norm):
            start, end = end_index - length + 1, end_index + 1
            # (normalize folds '*' to 'x' for '3*3'; as emphasis, '*not*', it is no letter of the word it wraps)
            if start > 0 and norm[start] in word and norm[start - 1] in word and text[start - 1] != "*":
                continue
            if end < size and norm[end - 1] in word and norm[end] in word and text[end] != "*":
                continue
            if self._compared_after and norm[start:end] in self._with_phrases and self._compared_after.match(norm, end):
                continue  # 'is trained with the same objective as GPT', '… with larger batches than BERT': a comparison
            found.append((start, end, cues, sets))
        # longest first, but a preposition idiom ('in lieu of') before any cue it overlaps, however long the cue
        # ('been used in'): its 'in' is never the cue's
        found.sort(key=lambda h: ("PrepositionIdiom" not in h[3], -(h[1] - h[0]), h[0]))
        taken = bytearray(size)
        hits = []
        for start, end, cues, sets in found:
            if taken.find(1, start, end) >= 0:  # any of it taken
                continue
            taken[start:end] = b"\x01" * (end - start)
            hits.append(Hit(start, end, cues, sets))
        hits.sort(key=lambda h: h.start)
        return hits


@dataclass
class Sentence:
    text: str  # the script folded (fold_script): rules written with simplified characters read traditional ones
    start: int  # offset in the span
    span: Span
    mentions: list[Mention]  # offsets relative to the sentence
    hits: list[Hit]
    clauses: list[tuple[int, int]]

    def clause_of(self, pos: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.clauses, (pos, 1 << 62)) - 1
        if 0 <= index < len(self.clauses) and self.clauses[index][0] <= pos < self.clauses[index][1]:
            return self.clauses[index]
        return self.clauses[-1]

    @property
    def line(self) -> int:
        # a sentence that opens a line of its paragraph holds the break before it: its line is the one after
        return self.span.line_at(self.start + len(self.text) - len(self.text.lstrip()))

    @property
    def quote(self) -> str:
        """The sentence as the notes write it, for a fact's provenance."""
        return self.span.text[self.start : self.start + len(self.text)].replace("\r", "")


@dataclass
class Reading:
    """One sentence being read (Relator._read): where it stands and what its passes share."""

    s: Sentence
    implicit: str | None  # the subject a clause with no name of its own is about (the item's topic)
    index: int  # the item's index in the document
    answer: list[Sentence]  # the answer's sentences, when the sentence is a question
    question: bool
    topic: str | None
    how: str  # how the implicit subject was found: "topic", "listed", "question" …
    previous: str | None  # the previous sentence's subject, for a pronoun
    out: list[Assertion] = field(default_factory=list)
    fired_clauses: set[tuple[int, int]] = field(default_factory=set)  # clauses a relation cue read
    clause_subject_used: set[tuple[int, int]] = field(default_factory=set)  # clauses whose implied subject is taken


@dataclass
class CueClause:
    """A relation cue in its clause, once the guards let it through (Relator._cue_clause)."""

    hit: Hit
    cue: Cue
    relation: Relation
    clause: tuple[int, int]
    cend: int  # the clause's end, or the next clause's when a contrast opens it ("使用 BN，而不是 LRN")
    negated: bool
    rel_iri: str | None  # the relation stated: the negated relation, or None when a negation states nothing
    contrast: Hit | None  # 'instead of', '而不是' after the cue
    obj_limit: int  # objects stand before this offset: the contrast, the next cue or the clause's end


class LocalMatcher:
    """The build's matcher as one file sees it: mentions of ``hidden`` concepts (another file's everyday-word
    concepts, mentions.local_concepts) and ``untied`` abbreviations (another file's short name of a discovered
    concept, mentions.abbreviation_files) are ordinary words here, not names."""

    def __init__(
        self,
        matcher: Matcher,
        hidden: frozenset[str],
        senses: dict[str, str] | None = None,
        titles: frozenset[str] = frozenset(),
        untied: frozenset[tuple[str, str]] = frozenset(),
    ) -> None:
        self.base = matcher
        self.hidden = hidden
        self.senses = senses or {}  # abbreviation key → the concept this file defines it as
        self.titles = titles  # other files' title-case names: here only when written capitalised
        self.untied = untied  # (abbreviation key, concept): another file's abbreviation of that name, not this one's

    def find(self, text: str, norm: str | None = None) -> list[Mention]:
        out = []
        for m in self.base.find(text, norm):
            key = normalize(m.surface) if self.senses or self.untied else ""
            if self.senses:
                # this file's own sense of the name first: the concept it defines the name as
                concept = self.senses.get(key) or (self.senses.get(key[:-1]) if key.endswith("s") else None)
                if concept:
                    m = Mention(m.start, m.end, concept, m.surface)
            if (
                m.concept not in self.hidden
                and not (m.concept in self.titles and m.surface.islower())
                and not (self.untied and (key, m.concept) in self.untied)
            ):
                out.append(m)
        return out

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "base":
            raise AttributeError(name)  # copying or pickling looks these up before ``base`` is set
        return getattr(self.base, name)


# after 基于: "模型的强化学习（", "值函数的方法（如": an 'X 的 Y' noun phrase that closes at a bracket
BASIS_NOUN = re.compile(r"[^，。,;；：:（()）]{1,16}的[^，。,;；：:（()）的]{1,12}\s*[（(]")
SLASH_JOINED = re.compile(r"\s*[/／]\s*")  # "显存 / 长上下文", "FP16/BF16": alternatives or items of a list
_WISE = re.compile(r"[ -]?wise\b", re.IGNORECASE)


def wise_adjective(text: str, m: Mention) -> bool:
    """'depth wise convolution', 'channel-wise attention', 'point wise': a name with 'wise' after it is an adverb or
    adjective of manner (along the depth, per channel), not the name."""
    return _WISE.match(text, m.end) is not None


def formula_symbol(text: str, m: Mention) -> bool:
    """'A(Q,K,V)=Softmax(QK^T)V', 'MaxPoll(ELU(Conv1d(X)))': a name glued to an operator of an equation before
    it is a function of the formula, not a name the sentence says something about. Glued to an opening bracket
    only, it is a formula when a call's bracket follows ('ELU(') or the run holds '=', '^', '_' or a TeX command;
    an alias in brackets ('批归一化(BN)') is not. (A name written alone in math, '$\\text{softmax}$', reaches
    here as plain 'softmax': structure.clean_inline unwraps it first.)"""
    start = m.start
    while start > max(0, m.start - 80) and not text[start - 1].isspace() and not CJK_CHAR.match(text[start - 1]):
        start -= 1
    prefix = text[start : m.start]
    if not prefix or prefix[-1] not in "=({[,+*/^_|":
        return False
    return text[m.end : m.end + 1] == "(" or any(c in prefix for c in "=^_\\")


def standalone(text: str, word: str) -> bool:
    """A Chinese word that does not end a longer word: no Chinese character right before it ('FP8 对', not '针对')."""
    return any(not CJK_CHAR.match(text[m.start() - 1 : m.start()] or " ") for m in re.finditer(re.escape(word), text))


def sections_of(item: Item) -> list[Section]:
    """The section an item is in, as a list (empty outside any section)."""
    out: list[Section] = []
    section = item.section
    if section is not None:
        out.append(section)
    return out


def modifier_gap(gap: str) -> bool:
    """'窗口形状为3×3、步幅为2的': a short modifier ending in 的 before the noun it describes."""
    return gap.endswith("的") and len(gap) <= 14 and not any(ch in gap for ch in "，,。；;：:")


def inside_brackets(text: str, pos: int, end: int) -> bool:
    """``pos`` lies inside a bracket that closes before ``end``: an aside ('(ReLU)'), not the sentence's words."""
    return bracket_start(text, end, 0) > pos or bool(re.search(r"[(（][^()（）]*$", text[:pos]))


def bracket_start(text: str, pos: int, floor: int) -> int:
    """Where the bracket holding ``pos`` opens (an aside takes its subject from inside), else ``floor``."""
    depth = 0
    for i in range(pos - 1, floor - 1, -1):
        ch = text[i]
        if ch in ")）]】":
            depth += 1
        elif ch in "(（[【":
            if depth == 0:
                return i + 1
            depth -= 1
    return floor


def _closing(text: str, pos: int, limit: int, opening: str, closing: str) -> int | None:
    """Where the bracket open at ``pos`` (opened before it) closes, before ``limit``; None when it does not."""
    depth = 0
    for i in range(pos, min(limit, len(text))):
        ch = text[i]
        if ch in opening:
            depth += 1
        elif ch in closing:
            if depth == 0:
                return i
            depth -= 1
    return None


def bracket_close(text: str, pos: int, limit: int) -> int:
    """Where the bracket that holds ``pos`` (opened before it) closes, before ``limit``; else ``limit``."""
    found = _closing(text, pos, limit, "(（[【", ")）]】")
    return limit if found is None else found


def closed_aside(text: str, pos: int, limit: int) -> int | None:
    """Where the round bracket holding ``pos`` opens, when it closes again before ``limit``; else None.

    'Sourdough (a kind of Rye Bread) uses …': what stands inside such a bracket is an aside, read on its own; the
    sentence around it goes on past it."""
    opened = -1
    depth = 0
    for i in range(pos - 1, max(-1, pos - 200), -1):
        ch = text[i]
        if ch in ")）":
            depth += 1
        elif ch in "(（":
            if depth == 0:
                opened = i
                break
            depth -= 1
    if opened < 0 or _closing(text, pos, limit, "(（", ")）") is None:
        return None
    return opened


def apply_polarity(facts: list[Assertion], polarity: bool | None, relations: dict) -> list[Assertion]:  # type: ignore[type-arg]
    """A yes/no question states nothing until its answer says yes or no."""
    if polarity is None:
        return []
    if polarity:
        return facts
    out = []
    for f in facts:
        if f.negated:
            continue  # "不…吗?" answered "no": a double negative, too unsure to keep
        neg = relations[f.relation].negated_as
        if neg:
            out.append(
                Assertion(f.subject, neg, f.object, f.cue, True, f.sentence, f.line, f.item, f.evidence, f.confidence)
            )
    return out


def unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def dedupe(facts: list[Assertion]) -> list[Assertion]:
    seen: set[tuple[str, str, str, int, str]] = set()
    out = []
    for f in facts:
        key = (f.subject, f.relation, f.object, f.line, f.cue)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
